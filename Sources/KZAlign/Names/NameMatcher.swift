/// Decides whether two names are spellings of the same entity: the one
/// decision both `kzalign names score` and the names stage's clustering use.
///
/// Per name part: equal canonical keys match; otherwise the sound-class keys
/// (`NameKeyRules.soundClasses`) must be equal, or the keys must be close
/// (Jaro–Winkler ≥ `partThreshold` and at most one class-key edit). Guards
/// reject the classic false friends whatever the similarity:
/// - **prefix**: one key a proper prefix of the other by ≥ 2 letters (Kyzyl / Kyzylorda);
/// - **ending**: the last two sound classes differ (Aktau / Aktobe, Masimov / Mamin);
/// - **gender**: a feminine surname against its masculine form (Karimova / Karimov);
/// - **length**: parts shorter than 4 letters match only exactly (or as an initial).
/// Multi-part names: the surnames (last parts) must match, and given names,
/// when both sides have one, must match too (Karim Masimov ≠ Nurlan Masimov);
/// either order of parts is tried (Масимов Карим).
/// Jaro–Winkler: Winkler (1990), as used by OpenSanctions' matchers and JRC-Names.
public struct NameMatcher: Sendable {
    /// Minimum Jaro–Winkler similarity of two non-identical part keys.
    public var partThreshold: Double
    /// Minimum overall score for `same`.
    public var nameThreshold: Double

    public init(partThreshold: Double = 0.9, nameThreshold: Double = 0.85) {
        self.partThreshold = partThreshold
        self.nameThreshold = nameThreshold
    }

    /// Score in [0, 1] and the decision for two keys.
    public func score(_ a: NameKey, _ b: NameKey) -> (score: Double, same: Bool) {
        if a.isEmpty || b.isEmpty { return (0, false) }
        if a.isAcronym || b.isAcronym {
            let same = a.isAcronym && b.isAcronym && a.joined == b.joined
            return (same ? 1 : 0, same)
        }
        if a.parts == b.parts { return (1, true) }
        var best = (score: 0.0, same: false)
        // Either order of parts for two multi-part names (Масимов Карим); a single part is a surname.
        let orders = a.parts.count > 1 && b.parts.count > 1 ? [b, reversed(b)] : [b]
        for candidate in orders {
            let result = ordered(a, candidate)
            if result.score > best.score { best = result }
        }
        return best
    }

    private func reversed(_ key: NameKey) -> NameKey {
        NameKey(parts: key.parts.reversed(), classes: key.classes.reversed(), rawParts: key.rawParts.reversed(), isAcronym: key.isAcronym)
    }

    /// a and b with their last parts aligned.
    private func ordered(_ a: NameKey, _ b: NameKey) -> (score: Double, same: Bool) {
        let surname = partWithRaw(a, a.parts.count - 1, b, b.parts.count - 1)
        guard surname.same else { return (surname.score * 0.5, false) }
        let givenA = Array(a.parts.indices.dropLast())
        let givenB = Array(b.parts.indices.dropLast())
        if givenA.isEmpty || givenB.isEmpty {
            // A surname alone against a full name: the same person unless context says otherwise.
            let score = surname.score * (givenA.count == givenB.count ? 1 : 0.9)
            return (score, score >= nameThreshold)
        }
        // Given names: each part of the shorter list must match a part of the longer, in order.
        let swap = givenA.count > givenB.count
        let (short, long) = swap ? (givenB, givenA) : (givenA, givenB)
        let (shortKey, longKey) = swap ? (b, a) : (a, b)
        var total = surname.score
        var start = 0
        for i in short {
            let key = shortKey.parts[i]
            var found: Double? = nil
            for index in start..<long.count {
                let other = longKey.parts[long[index]]
                if key.count == 1 || other.count == 1 {
                    if key.first == other.first { found = 0.95; start = index + 1; break }
                    continue
                }
                let result = partWithRaw(shortKey, i, longKey, long[index])
                if result.same { found = result.score; start = index + 1; break }
            }
            guard let found else { return (total / Double(short.count + 1) * 0.5, false) }
            total += found
        }
        let score = total / Double(short.count + 1)
        return (score, score >= nameThreshold)
    }

    /// Part i of a against part j of b, trying the keys with and without case endings stripped.
    func partWithRaw(_ a: NameKey, _ i: Int, _ b: NameKey, _ j: Int) -> (score: Double, same: Bool) {
        var best = part(a.parts[i], a.classes[i], b.parts[j], b.classes[j])
        if best.same { return best }
        let rawA = i < a.rawParts.count ? a.rawParts[i] : a.parts[i]
        let rawB = j < b.rawParts.count ? b.rawParts[j] : b.parts[j]
        if rawA == a.parts[i] && rawB == b.parts[j] { return best }
        let classRawA = rawA == a.parts[i] ? a.classes[i] : NameKeyer.classKey(rawA)
        let classRawB = rawB == b.parts[j] ? b.classes[j] : NameKeyer.classKey(rawB)
        for (x, cx, y, cy) in [(rawA, classRawA, rawB, classRawB), (rawA, classRawA, b.parts[j], b.classes[j]),
                               (a.parts[i], a.classes[i], rawB, classRawB)] where x != a.parts[i] || y != b.parts[j] {
            let result = part(x, cx, y, cy)
            if result.same { return result }
            if result.score > best.score { best = result }
        }
        return best
    }

    /// One name part against another.
    public func part(_ a: String, _ classA: String, _ b: String, _ classB: String) -> (score: Double, same: Bool) {
        if a == b { return (1, true) }
        let similarity = NameMatcher.jaroWinkler(a, b)
        if a.count < 4 || b.count < 4 {
            // Short names (Osh, Och, Oş) match only on equal sound classes.
            let same = a.count >= 2 && b.count >= 2 && classA == classB && a.first == b.first
            return (same ? 0.95 : similarity * 0.5, same)
        }
        // Guards.
        if NameMatcher.genderDiffers(a, b) { return (similarity * 0.5, false) }
        // A final vowel apart: a case form of the other (Астаны/Астана, Карима/Карим, Душанбе/Душанб).
        if NameMatcher.differOnlyInFinalVowel(a, b) { return (0.93, true) }
        if a.hasPrefix(b) || b.hasPrefix(a) { return (similarity * 0.5, false) }
        if String(classA.suffix(2)) != String(classB.suffix(2)) { return (similarity * 0.6, false) }
        if classA == classB { return (max(similarity, 0.95), true) }
        let edits = NameMatcher.levenshtein(classA, classB, limit: 2)
        // One edit, and only on vowels or glides: Jomart/Jomert, not Tokayev/Tokarev.
        if edits <= 1 && similarity >= partThreshold && NameMatcher.consonants(classA) == NameMatcher.consonants(classB) {
            return (similarity, true)
        }
        return (similarity * 0.8, false)
    }

    static func differOnlyInFinalVowel(_ a: String, _ b: String) -> Bool {
        let (sa, sb) = (stem(a), stem(b))
        return sa == sb && sa.count >= 4 && a != b
    }

    /// `key` without a final vowel (a, e, i, o, u).
    static func stem(_ key: String) -> Substring {
        if let last = key.utf8.last, last == 0x61 || last == 0x65 || last == 0x69 || last == 0x6F || last == 0x75 {
            return key.dropLast()
        }
        return key[...]
    }

    /// The stem `differOnlyInFinalVowel` compares, when it is long enough to count (≥ 4 letters).
    static func finalVowelStem(_ key: String) -> String? {
        let stem = stem(key)
        return stem.count >= 4 ? String(stem) : nil
    }

    static func consonants(_ key: String) -> String { String(key.filter { !"aeiouJ".contains($0) }) }

    static func genderDiffers(_ a: String, _ b: String) -> Bool {
        for (feminine, masculine) in NameKeyRules.feminineEndings {
            if a.hasSuffix(feminine) && b.hasSuffix(masculine) && a.dropLast(feminine.count) == b.dropLast(masculine.count) { return true }
            if b.hasSuffix(feminine) && a.hasSuffix(masculine) && b.dropLast(feminine.count) == a.dropLast(masculine.count) { return true }
        }
        return false
    }

    /// Jaro–Winkler similarity (prefix scale 0.1, up to 4 characters).
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let s = Array(a.utf8), t = Array(b.utf8)
        if s.isEmpty || t.isEmpty { return s.isEmpty && t.isEmpty ? 1 : 0 }
        let window = max(0, max(s.count, t.count) / 2 - 1)
        var matchedS = [Bool](repeating: false, count: s.count)
        var matchedT = [Bool](repeating: false, count: t.count)
        var matches = 0
        for i in 0..<s.count {
            let low = max(0, i - window), high = min(t.count - 1, i + window)
            if low > high { continue }
            for j in low...high where !matchedT[j] && s[i] == t[j] {
                matchedS[i] = true; matchedT[j] = true; matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in 0..<s.count where matchedS[i] {
            while !matchedT[k] { k += 1 }
            if s[i] != t[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(s.count) + m / Double(t.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, s.count, t.count) && s[prefix] == t[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    public static func levenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let s = Array(a.utf8), t = Array(b.utf8)
        if abs(s.count - t.count) > limit { return limit + 1 }
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowMin = i
            for j in 1...t.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[t.count]
    }
}
