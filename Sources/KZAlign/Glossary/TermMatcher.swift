/// Finds glossary terms in text: every variant on token boundaries, each by
/// its case and inflection rules, then longest span first, one concept per
/// span, no two terms overlapping.
///
/// Rules, in order:
/// 1. Text is split by `TermTokenizer`; words inside URLs, e-mail addresses
///    and domain names (`URLMask`) are skipped.
/// 2. From every word the trie is walked word by word; consecutive words of a
///    multi-word variant may be separated only by up to three spaces,
///    hyphens, apostrophes or full stops, with at most one line break.
/// 3. Hyphenated compounds ("OVKS-Kräfte", "ОДКБ-ның"), apostrophe suffixes
///    ("KGAÖ'nün", "CSTO's") and elided articles ("l'OTSC", "d’OTSC") need no
///    rule: hyphens and apostrophes separate words, so the variant matches
///    alone. Variants flagged `word` refuse them.
/// 4. An inflected word (stem + non-empty ending) counts only in segments
///    whose language belongs to the ending's family, or whose language is unknown.
/// 5. Among overlapping candidates the longest (in scalars) wins, then the
///    leftmost; within one span, the variant whose language is the segment's
///    language wins, then the concept defined first.
///
/// Thread safety: not thread-safe (memo of word keys); one per worker.
public final class TermMatcher {
    /// A term found: scalar offsets into the scanned text and the concept's index in the glossary.
    public struct Match: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var conceptID: String
        public var concept: Int
        public var variant: Int
    }

    public let index: TermIndex
    /// Only variants of the segment's language (or `mul`) match, when set.
    public let languageScoped: Bool
    private let keyer: TermKeyerBox

    public init(index: TermIndex, languageScoped: Bool = false) {
        self.index = index
        self.languageScoped = languageScoped
        self.keyer = TermKeyerBox(TokenKeyer(index: index))
    }

    /// Terms in a whole string (no URL masking of other ranges): for tests and `kzalign`-style tools.
    public func matches(in text: String, language: String? = nil) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        return matches(in: scalars, range: 0..<scalars.count, masked: URLMask.ranges(in: scalars), language: language)
    }

    /// Terms in `scalars[range]`, offsets relative to `scalars`. `masked`: sorted ranges where no word is read.
    public func matches(in scalars: [Unicode.Scalar], range: Range<Int>, masked: [Range<Int>],
                        language: String?) -> [Match] {
        var spans = TermTokenizer.tokens(scalars, in: range)
        if !masked.isEmpty {
            var m = 0
            spans.removeAll { span in
                while m < masked.count, masked[m].upperBound <= span.start { m += 1 }
                return m < masked.count && masked[m].contains(span.start)
            }
        }
        guard !spans.isEmpty else { return [] }
        let keyer = self.keyer.value
        keyer.trimIfFull()
        var keyRanges: [Range<Int>] = []
        keyRanges.reserveCapacity(spans.count)
        for span in spans { keyRanges.append(keyer.keys(scalars, span.start..<span.end)) }
        let tokenKeys = keyer.memo.keys
        let primary = language.map(Self.primary) ?? ""
        // Inflected forms count only in text of the ending's language family (any family when unknown).
        let known = !primary.isEmpty && primary != "und" && primary != "mul"
        let textFamily: Int8 = known ? family(of: primary) : -1

        var candidates: [Match] = []
        var frontier: [(node: Int32, word: Int)] = []
        for i in 0..<spans.count where !keyRanges[i].isEmpty {
            frontier.append((0, i))
            while let (node, j) = frontier.popLast() {
                for k in keyRanges[j] {
                    let key = tokenKeys[k]
                    if key.family >= 0, textFamily != -1, key.family != textFamily { continue }
                    let next = index.next(node, key.id)
                    guard next >= 0 else { continue }
                    let wordLength = spans[j].end - spans[j].start
                    let end = spans[j].start + Int(key.length)
                    let entries = index.terminals(at: next)
                    if !entries.isEmpty,
                       let entry = choose(entries, language: primary, scalars: scalars,
                                          start: spans[i].start, end: end) {
                        candidates.append(Match(start: spans[i].start, end: end,
                                                conceptID: index.glossary.concepts[Int(entry.concept)].id,
                                                concept: Int(entry.concept), variant: Int(entry.variant)))
                    }
                    if Int(key.length) == wordLength, j + 1 < spans.count,
                       Self.joinable(scalars, spans[j].end, spans[j + 1].start) {
                        frontier.append((next, j + 1))
                    }
                }
            }
        }
        return Self.selectLongest(candidates)
    }

    private var familyMemo: [String: Int8] = [:]

    /// Index into `index.families` of a language's family; -2 when the glossary uses none for it.
    private func family(of language: String) -> Int8 {
        if let known = familyMemo[language] { return known }
        let value = InflectionFamily.of(language: language)
            .flatMap { f in index.families.firstIndex { $0.family == f } }.map { Int8($0) } ?? -2
        familyMemo[language] = value
        return value
    }

    private func choose(_ entries: Range<Int>, language: String, scalars: [Unicode.Scalar],
                        start: Int, end: Int) -> TermIndex.Entry? {
        var best: TermIndex.Entry?
        if entries.count == 1, !languageScoped {
            let only = index.terminalEntries[entries.lowerBound]
            if !index.glossary.concepts[Int(only.concept)].variants[Int(only.variant)].flags.contains(.wholeWord) {
                return only
            }
        }
        for e in entries {
            let entry = index.terminalEntries[e]
            let variant = index.glossary.concepts[Int(entry.concept)].variants[Int(entry.variant)]
            let variantLanguage = Self.primary(variant.language)
            if languageScoped, variantLanguage != "mul", !language.isEmpty, language != "und",
               variantLanguage != language { continue }
            if variant.flags.contains(.wholeWord), !Self.standsAlone(scalars, start, end) { continue }
            if best == nil { best = entry }
            if variantLanguage == language { return entry }
        }
        return best
    }

    static func primary(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    @inline(__always)
    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2010, 0x2011, 0x27, 0x2019, 0x02BC, 0x60, 0xB4: return true
        default: return false
        }
    }

    /// True when no hyphen or apostrophe glues the span to a neighbouring word.
    static func standsAlone(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        if start >= 2, isJoiner(s[start - 1]), TermTokenizer.kind(s[start - 2]) != .separator { return false }
        if end + 1 < s.count, isJoiner(s[end]), TermTokenizer.kind(s[end + 1]) != .separator { return false }
        if start >= 1, TermTokenizer.kind(s[start - 1]) != .separator { return false }
        if end < s.count, TermTokenizer.kind(s[end]) != .separator { return false }
        return true
    }

    /// True when the gap between two words may lie inside one multi-word term.
    static func joinable(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        let gap = to - from
        guard gap >= 1, gap <= 3 else { return gap == 0 }
        var newlines = 0
        for k in from..<to {
            let v = s[k].value
            if v == 0x0A || v == 0x0D || v == 0x2028 {
                newlines += 1
                if newlines > 1 { return false }
            } else if !(URLMask.isSpace(s[k]) || isJoiner(s[k]) || v == 0x2E) {
                return false
            }
        }
        return true
    }

    /// Longest first, then leftmost; drops candidates overlapping a chosen one. Result sorted by start.
    static func selectLongest(_ candidates: [Match]) -> [Match] {
        guard candidates.count > 1 else { return candidates }
        let ordered = candidates.sorted {
            let a = $0.end - $0.start, b = $1.end - $1.start
            if a != b { return a > b }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.concept < $1.concept
        }
        var chosen: [Match] = []
        for candidate in ordered
        where !chosen.contains(where: { $0.start < candidate.end && candidate.start < $0.end }) {
            chosen.append(candidate)
        }
        return chosen.sorted { $0.start < $1.start }
    }
}

/// Holds the non-thread-safe keyer of one matcher.
final class TermKeyerBox {
    let value: TokenKeyer
    init(_ value: TokenKeyer) { self.value = value }
}
