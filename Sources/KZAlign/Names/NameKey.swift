/// The match key of a name: one key per name part (patronymics left out),
/// plus a coarser sound-class key per part. Two spellings of one name in
/// different conventions (Tokajew, Tokaïev, Токаев, Tokayev'in) get the same
/// key; `NameMatcher` decides the rest. Rules: `NameKeyRules` (one table).
public struct NameKey: Sendable, Equatable, Hashable {
    /// Canonical key of each name part, in order ("kasim", "jomart", "tokaev").
    public var parts: [String]
    /// Sound-class key of each part ("kaSim", "Jomart", "tokaev").
    public var classes: [String]
    /// Keys of each part without case endings stripped ("aktobe" where `parts` has "aktob"):
    /// the matcher accepts either, since an ending and a final letter of the name look alike.
    public var rawParts: [String] = []
    /// True when the surface was written in capitals only and short (an acronym: KNB, ОДКБ).
    public var isAcronym: Bool

    /// The key as one string ("kasim jomart tokaev").
    public var joined: String { parts.joined(separator: " ") }
    /// The last part (the surname of a person in Western order).
    public var last: String { parts.last ?? "" }
    public var isEmpty: Bool { parts.isEmpty }
}

/// Builds `NameKey`s. Language-aware: the mention's language chooses the case
/// endings stripped, the transliteration scheme of non-Latin tokens and the
/// spelling conventions rewritten.
///
/// Thread safety: holds memoizing transliterators: one thread at a time (one per worker).
public final class NameKeyer {
    private let pool: TransliteratorPool
    /// Part keys per language and reading, keyed by the part's bytes (parts are NFC: `clean`).
    private let partMemo = LanguageWordMemo<(String, String)>(limit: 200_000)

    public init(schemes: [String: String] = [:], catalog: SchemeCatalog = .standard) {
        pool = TransliteratorPool(catalog: catalog) { TransliterationScheme.matching(for: $0, overrides: schemes) }
    }

    /// The key of `name` written in `language` (BCP-47; nil or "und" when unknown).
    /// - Parameter genitiveReading: allow reading "Карима Масимова" as the genitive of a man's
    ///   name; the names stage turns it off at the start of a sentence, where a name is nominative.
    public func key(_ name: String, language: String?, genitiveReading: Bool = true) -> NameKey {
        // one table per language and reading (both change the key)
        let table = keyMemo.table((language ?? "und") + (genitiveReading ? "\u{3}" : "\u{4}"))
        return keyMemo.value(name, in: table) { computeKey(name, language: language, genitiveReading: genitiveReading) }
    }

    private let keyMemo = LanguageWordMemo<NameKey>(limit: 200_000)

    private func computeKey(_ name: String, language: String?, genitiveReading: Bool) -> NameKey {
        let cleaned = NameKeyer.clean(name)
        let original = NameKeyer.parts(of: cleaned)
        let raw = genitiveReading ? NameKeyer.masculineGenitiveToNominative(original) : original
        var language = language
        if let guess = NameKeyer.guessLatinConvention(cleaned) {
            // Letters only Turkish or Polish use decide even inside another language's text
            // (a Turkish spelling quoted in French); weaker hints only when the language is unknown.
            if guess == "tr" || guess == "pl" || NameKeyer.primary(language) == "und" || language == "en" { language = guess }
        }
        let isAcronym = raw.count == 1 && {
            let letters = cleaned.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
        }()
        var parts: [String] = []
        var classes: [String] = []
        var rawParts: [String] = []
        for (index, part) in raw.enumerated() {
            let (key, soundClass) = isAcronym ? NameKeyer.acronym(part, pool: pool) : partKey(part, language: language)
            if key.isEmpty { continue }
            if raw.count > 2, NameKeyer.isPatronymic(key) { continue }
            parts.append(key)
            classes.append(soundClass)
            // The reading without case endings stripped and without the genitive reading (Дарига Назарбаева).
            rawParts.append(isAcronym ? key : partKey(original[index], language: language, stripEndings: false).0)
        }
        return NameKey(parts: parts, classes: classes, rawParts: rawParts, isAcronym: isAcronym)
    }

    /// Key and class key of one name part.
    public func partKey(_ part: String, language: String?, stripEndings: Bool = true) -> (String, String) {
        let table = partMemo.table((language ?? "und") + (stripEndings ? "\u{1}" : "\u{2}"))
        return partMemo.value(part, in: table) { computePartKey(part, language: language, stripEndings: stripEndings) }
    }

    private func computePartKey(_ part: String, language: String?, stripEndings: Bool) -> (String, String) {
        let script = NameKeyer.script(of: part)
        // The language whose rules apply: the mention's, unless the part's script says otherwise.
        let ruleLanguage: String
        switch script {
        case .cyrillic: ruleLanguage = NameKeyer.cyrillicLanguage(part, declared: language)
        case .arabic: ruleLanguage = "ar"
        case .hebrew: ruleLanguage = "he"
        case .han: ruleLanguage = "zh"
        case .latin, .other: ruleLanguage = NameKeyer.primary(language)
        }
        var text = NameKeyer.lowercase(part, language: ruleLanguage)
        text = NameKeyer.stripApostropheSuffix(text, language: ruleLanguage)
        if stripEndings {
            text = NameKeyer.apply(.caseEndings, to: text, language: ruleLanguage, firstOnly: true, minimumStem: 2)
        }
        if script != .latin {
            let transliterator = try? pool.transliterator(for: ruleLanguage)
            text = transliterator?.latin(ofToken: text) ?? text
            text = NameKeyer.lowercase(text, language: "en")
        }
        text = NameKeyer.apply(.letterRules, to: text, language: ruleLanguage)
        text = NameKeyer.asciiLetters(text)
        let conventionLanguage = script == .latin ? ruleLanguage : "en"
        text = NameKeyer.apply(.conventionRules, to: text, language: conventionLanguage)
        text = NameKeyer.apply(.canonicalRules, to: text, language: conventionLanguage)
        text = NameKeyer.glideJToI(text)
        text = NameKeyer.collapseDoubles(text)
        var soundClass = NameKeyer.apply(.soundClasses, to: text, language: conventionLanguage)
        soundClass = NameKeyer.collapseDoubles(soundClass)
        if script == .arabic || script == .hebrew {
            // Abjads write few vowels: compare consonant skeletons (vowel letters dropped).
            soundClass = String(soundClass.filter { !"aeiouv".contains($0) })
        }
        return (text, soundClass)
    }

    // MARK: - Pieces

    /// "Карима Масимова" is the genitive of "Карим Масимов", not a woman: a given name in
    /// -а/-я after a consonant stem followed by a surname in -ова/-ева/-ина is read as the
    /// masculine genitive (Russian declension), and both parts are put in the nominative.
    /// A surname alone in -ова stays feminine (its own person).
    static func masculineGenitiveToNominative(_ parts: [String]) -> [String] {
        guard parts.count >= 2, let first = parts.first, let last = parts.last,
              script(of: first) == .cyrillic, first.count >= 4,
              first.hasSuffix("а") || first.hasSuffix("я"),
              ["ова", "ева", "ёва", "ина", "ына"].contains(where: { last.hasSuffix($0) }) else { return parts }
        let stem = first.dropLast()
        guard let consonant = stem.last, !"аеёиоуыэюяйьъ".contains(consonant) else { return parts }
        var result = parts
        result[0] = String(stem) + (first.hasSuffix("я") ? "ь" : "")
        result[result.count - 1] = String(last.dropLast())
        return result
    }

    enum Script { case latin, cyrillic, arabic, hebrew, han, other }

    static func script(of text: String) -> Script {
        for scalar in text.unicodeScalars {
            // ASCII without the Unicode property look-up: letters are Latin, the rest not alphabetic.
            if scalar.value < 0x80 {
                if (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A { return .latin }
                continue
            }
            guard ScalarTable.shared.isAlphabetic(scalar) else { continue }
            return script(ofLetter: scalar)
        }
        return .latin
    }

    /// The script of an alphabetic scalar.
    static func script(ofLetter scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x0400...0x052F: return .cyrillic
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x0590...0x05FF: return .hebrew
        case 0x3400...0x9FFF, 0x20000...0x2FFFF: return .han
        case 0...0x024F, 0x1E00...0x1EFF: return .latin
        default: return .other
        }
    }

    /// The spelling convention a Latin-script name shows by itself (ı ş ğ: Turkish;
    /// sch, -ow/-ew: German; ï, -ou-: French; sz cz ł ż: Polish), nil when it shows none.
    public static func guessLatinConvention(_ name: String) -> String? {
        switch script(of: name) {
        case .cyrillic, .arabic, .hebrew, .han: return nil // lowercase letters of the same script
        case .latin, .other: break // (the Kelvin sign K, .other, lowercases to a Latin k)
        }
        let lower = name.lowercased()
        if lower.isAllASCII { return asciiLatinConvention(lower) }
        return latinConvention(ofLowercased: lower)
    }

    /// `guessLatinConvention`'s tests on a lowercased name.
    static func latinConvention(ofLowercased lower: String) -> String? {
        guard script(of: lower) == .latin else { return nil }
        if lower.contains(where: { "ışğİ".contains($0) }) { return "tr" }
        if lower.contains(where: { "łżśź".contains($0) }) || lower.containsBytes("sz") || lower.containsBytes("cz") { return "pl" }
        if lower.containsBytes("sch") || lower.containsBytes("tsch") { return "de" }
        let words = lower.split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { $0.hasSuffix("ow") || $0.hasSuffix("ew") || $0.hasSuffix("ows") || $0.hasSuffix("ews") || $0.hasSuffix("ijew") }) { return "de" }
        if lower.contains(where: { "ïë".contains($0) }) || lower.containsBytes("ou") || lower.hasSuffix("ieff") || lower.hasSuffix("off") { return "fr" }
        if lower.contains(where: { "çö".contains($0) }) { return "tr" }
        return nil
    }

    /// The same answer as `latinConvention(ofLowercased:)` for an ASCII name, on its bytes (a
    /// quarter of the keying time went to the Character-by-Character tests): the letters that
    /// tell Turkish, Polish and French (ı ş ğ ł ż ś ź ï ë ç ö) are not ASCII, so only the
    /// digraphs and endings can answer, and an ASCII word is a run of a–z.
    static func asciiLatinConvention(_ lower: String) -> String? {
        if lower.containsBytes("sz") || lower.containsBytes("cz") { return "pl" }
        if lower.containsBytes("sch") { return "de" }
        let bytes = Array(lower.utf8)
        var start = 0
        while start < bytes.count {
            guard bytes[start] >= 0x61 && bytes[start] <= 0x7A else { start += 1; continue }
            var end = start
            while end < bytes.count, bytes[end] >= 0x61 && bytes[end] <= 0x7A { end += 1 }
            let word = bytes[start..<end]
            for ending in ["ow", "ew", "ows", "ews", "ijew"] where word.count >= ending.utf8.count && word.suffix(ending.utf8.count).elementsEqual(ending.utf8) {
                return "de"
            }
            start = end
        }
        if lower.containsBytes("ou") || lower.utf8.hasByteSuffix("ieff".utf8) || lower.utf8.hasByteSuffix("off".utf8) { return "fr" }
        return nil
    }

    static func primary(_ language: String?) -> String {
        guard let language, !language.isEmpty else { return "und" }
        return String(language.split(separator: "-").first ?? "und")
    }

    /// Kazakh letters say kk, Ukrainian ones uk, Kyrgyz ones (ң ө ү without Kazakh-only letters) ky.
    static func cyrillicLanguage(_ text: String, declared: String?) -> String {
        let declaredPrimary = primary(declared)
        if ["ru", "uk", "kk", "ky", "be", "tg", "mn"].contains(declaredPrimary) { return declaredPrimary }
        if declared == "uz-Cyrl" { return "uz-Cyrl" }
        if text.contains(where: { "әғқұһіӘҒҚҰҺІ".contains($0) }) { return "kk" }
        if text.contains(where: { "їєґЇЄҐ".contains($0) }) { return "uk" }
        if text.contains(where: { "ңөүҢӨҮ".contains($0) }) { return "ky" }
        if text.contains(where: { "ўҳЎҲ".contains($0) }) { return "uz-Cyrl" }
        return "ru"
    }

    static func lowercase(_ text: String, language: String) -> String {
        language == "tr" || language == "az" ? Normalizer.lowercase(text, locale: language) : text.lowercased()
    }

    /// Invisible characters (zero-width, bidi marks, soft hyphen) removed; NFC.
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C: continue
            default: scalars.append(scalar)
            }
        }
        return Normalizer.normalize(String(scalars), .nfc)
    }

    /// Name parts: split on spaces, hyphens and dots; French elision (l', d', qu') and
    /// English possessive removed.
    static func parts(of name: String) -> [String] {
        // Split on scalars, not Characters (grapheme breaking was a twentieth of a multilingual run);
        // a separator followed by a combining mark belongs to that mark's character and does not split.
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = name.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if isPartSeparator(scalar), !(next.map(extendsCharacter) ?? false) {
                if !current.isEmpty { pieces.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { pieces.append(String(current)) }
        return pieces
            .map { part -> String in
                // every prefix ends in an apostrophe: a part without one keeps its letters
                guard part.unicodeScalars.contains(where: { $0 == "'" || $0 == "’" }) else { return part }
                var part = part
                for prefix in ["qu'", "qu’", "l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’", "Qu'", "Qu’"] where part.hasPrefix(prefix) && part.count > prefix.count + 1 {
                    part.removeFirst(prefix.count)
                    break
                }
                return part
            }
            .filter { $0.contains(where: \.isLetter) }
    }

    /// True for a part key that is a patronymic (Kemelevich, Ayanuly), left out of a name of more
    /// than two parts.
    static func isPatronymic(_ key: String) -> Bool {
        NameKeyRules.patronymicEndings.contains(where: { key.hasSuffix($0) && key.count > $0.count + 2 })
    }

    static func isPartSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "‐", "–", ".", ",", "(", ")", "\"", "“", "”", "«", "»": return true
        // no letter is a space: most scalars asked about are letters, answered from the table
        default: return !ScalarTable.shared.isAlphabetic(scalar) && scalar.properties.isWhitespace
        }
    }

    /// True for scalars that never start a character (combining marks, joiners, variation selectors).
    static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if ScalarTable.shared.isMark(scalar) { return true }
        return scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// The consonant skeleton of a part's sound class, for matching names written in an abjad
    /// (Arabic, Hebrew script: short vowels unwritten, long vowels and glides written with the
    /// same letters as w and y) against Latin or Cyrillic forms: vowels, glides and h dropped,
    /// f/v dropped with them (Arabic writes v as ف or و), q read as k and p as b (Arabic has
    /// neither k/q distinction in loanwords nor p), doubles collapsed. Following the
    /// consonant-skeleton matching of Arabic-script names in JRC-Names (Steinberger et al. 2011).
    /// توكاييف and Tokayev both give "tk"; كريم ماسيموف and Karim Masimov "krm mSm".
    static func abjadSkeleton(_ soundClass: String) -> String {
        var out: [UInt8] = []
        for byte in soundClass.utf8 {
            var b = byte
            switch b {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x76, 0x77, 0x79, 0x68, 0x66: continue // a e i o u v w y h f
            case 0x71: b = 0x6B // q → k
            case 0x70: b = 0x62 // p → b
            default: break
            }
            if out.last != b { out.append(b) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The skeletons of a name's part classes joined by spaces, or nil when a part has fewer than
    /// `minimumPart` letters or all together fewer than `minimumTotal` (short skeletons collide).
    static func abjadSkeleton(classes: [String], minimumPart: Int, minimumTotal: Int) -> String? {
        let parts = classes.map(abjadSkeleton)
        guard parts.allSatisfy({ $0.count >= minimumPart }), parts.reduce(0, { $0 + $1.count }) >= minimumTotal else { return nil }
        return parts.joined(separator: " ")
    }

    static func stripApostropheSuffix(_ text: String, language: String) -> String {
        guard let index = text.firstIndex(where: { $0 == "'" || $0 == "’" || $0 == "ʼ" }) else { return text }
        let stem = text[..<index]
        let suffix = text[text.index(after: index)...]
        if suffix == "s" || (NameKeyRules.apostropheSuffixLanguages.contains(language) && stem.count >= 3 && suffix.count <= 5) {
            return String(stem)
        }
        return text
    }

    static func apply(_ rules: [NameKeyRules.Rule], to text: String, language: String,
                      firstOnly: Bool = false, minimumStem: Int = 0) -> String {
        applyApplicable(rules.filter { $0.languages.isEmpty || $0.languages.contains(language) }, to: text,
                        firstOnly: firstOnly, minimumStem: minimumStem)
    }

    /// The same for one of `NameKeyRules`' tables, whose rules are filtered per language once.
    static func apply(_ table: NameKeyRules.Table, to text: String, language: String,
                      firstOnly: Bool = false, minimumStem: Int = 0) -> String {
        applyApplicable(NameKeyRules.rules(table, language: language), to: text, firstOnly: firstOnly, minimumStem: minimumStem)
    }

    /// Applies `rules` (all applicable to the language) in order.
    private static func applyApplicable(_ rules: [NameKeyRules.Rule], to text: String,
                                        firstOnly: Bool, minimumStem: Int) -> String {
        var text = text
        for index in rules.indices {
            // two fields read in place: copying a whole rule (four strings and a set) per step was a
            // third of this loop
            let from = rules[index].from, to = rules[index].to
            switch rules[index].position {
            case .anywhere:
                text = text.replacingAll(from, with: to)
            case .start:
                if text.utf8.starts(with: from.utf8), text.hasPrefix(from) { text = to + text.dropFirst(from.count) }
            case .end:
                if text.utf8.hasByteSuffix(from.utf8), text.hasSuffix(from), text.count - from.count >= minimumStem {
                    text = text.dropLast(from.count) + to
                    if firstOnly { return text }
                }
            case .beforeConsonant:
                if text.contains(from) {
                    let characters = Array(text), pattern = Array(from)
                    var output = ""
                    var i = 0
                    while i < characters.count {
                        if i + pattern.count < characters.count, Array(characters[i..<(i + pattern.count)]) == pattern,
                           !vowels.contains(characters[i + pattern.count]) {
                            output += to
                            i += pattern.count
                        } else {
                            output.append(characters[i])
                            i += 1
                        }
                    }
                    text = output
                }
            case .afterConsonant:
                if text.utf8.hasByteSuffix(from.utf8), text.hasSuffix(from), text.count - from.count >= minimumStem,
                   let before = text.dropLast(from.count).last, !"аеёиоуыэюяйьъaeiouy".contains(before) {
                    text = text.dropLast(from.count) + to
                    if firstOnly { return text }
                }
            case .betweenVowels:
                text = replaceBetweenVowels(text, from, to)
            }
        }
        return text
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    static func replaceBetweenVowels(_ text: String, _ from: String, _ to: String) -> String {
        // In ASCII text every Character is its byte, so no byte match means no match.
        if text.isAllASCII, !text.containsBytes(from) { return text }
        let characters = Array(text)
        let pattern = Array(from)
        var output = ""
        var index = 0
        while index < characters.count {
            if index > 0, index + pattern.count < characters.count,
               Array(characters[index..<(index + pattern.count)]) == pattern,
               vowels.contains(characters[index - 1]), vowels.contains(characters[index + pattern.count]) {
                output += to
                index += pattern.count
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }

    /// Accents removed, only a–z kept (after NFKD, which returns ASCII text as it is).
    static func asciiLetters(_ text: String) -> String {
        // A byte in A–Z or a–z is always that scalar in UTF-8 (every byte of another scalar is ≥ 0x80).
        let normalized = Normalizer.normalize(text, .nfkd)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(normalized.utf8.count)
        for byte in normalized.utf8 {
            if byte >= 0x61 && byte <= 0x7A { bytes.append(byte) } else if byte >= 0x41 && byte <= 0x5A { bytes.append(byte + 32) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// j after a vowel and not before one is the й of GOST/scientific/Polish spellings
    /// (Semej, Bajkonur): written i as BGN and ICAO would (Semei, Baikonur).
    static func glideJToI(_ text: String) -> String {
        guard text.containsBytes("j") else { return text }
        let characters = Array(text)
        var output = ""
        for (i, character) in characters.enumerated() {
            if character == "j", i > 0, vowels.contains(characters[i - 1]), i + 1 == characters.count || !vowels.contains(characters[i + 1]) {
                output.append("i")
            } else {
                output.append(character)
            }
        }
        return output
    }

    static func collapseDoubles(_ text: String) -> String {
        // ASCII but CR (CR LF is one Character): each Character is its byte
        if text.isAllASCII, !text.utf8.contains(0x0D) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 where byte != bytes.last { bytes.append(byte) }
            return bytes.count == text.utf8.count ? text : String(decoding: bytes, as: UTF8.self)
        }
        return collapseDoubleCharacters(text)
    }

    /// `collapseDoubles` Character by Character (any text).
    static func collapseDoubleCharacters(_ text: String) -> String {
        var output = ""
        var previous: Character? = nil
        for character in text where character != previous {
            output.append(character)
            previous = character
        }
        return output
    }

    static func acronym(_ part: String, pool: TransliteratorPool) -> (String, String) {
        var text = part
        if script(of: part) != .latin, let transliterator = try? pool.transliterator(for: cyrillicLanguage(part, declared: nil)) {
            text = transliterator.latin(ofToken: part)
        }
        let key = asciiLetters(text.lowercased())
        return (key, key)
    }
}

extension String {
    /// Every occurrence of `target` replaced, by a byte search on UTF-8 (no Foundation):
    /// keys are short and this runs for every rule of the table.
    func replacingAll(_ target: String, with replacement: String) -> String {
        // most rules find nothing: a memchr scan first, without allocating
        guard !target.isEmpty, containsBytes(target) else { return self }
        let pattern = Array(target.utf8), first = pattern[0]
        var source = self
        return source.withUTF8 { bytes -> String in
            let with = Array(replacement.utf8)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            var i = 0
            while i < bytes.count {
                if i + pattern.count <= bytes.count && bytes[i] == first
                    && (pattern.count == 1 || bytes[i..<(i + pattern.count)].elementsEqual(pattern)) {
                    output += with
                    i += pattern.count
                } else {
                    output.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension String.UTF8View {
    /// Whether the bytes end with `suffix`'s bytes: a cheap first test before `hasSuffix`
    /// (which compares Characters and is far slower).
    @inline(__always)
    func hasByteSuffix(_ suffix: String.UTF8View) -> Bool {
        let n = suffix.count
        guard n <= count else { return false }
        return self[index(endIndex, offsetBy: -n)...].elementsEqual(suffix)
    }
}
