import Foundation

/// One segment as the aligner receives it: text plus the language-independent
/// ids earlier stages attached (entity ids from names, concept ids from glossary).
public struct AlignInput: Sendable, Equatable {
    public var document: String
    public var segment: String
    public var language: String
    public var text: String
    public var entities: [String]
    public var concepts: [String]

    public init(document: String, segment: String, language: String, text: String,
                entities: [String] = [], concepts: [String] = []) {
        self.document = document
        self.segment = segment
        self.language = language
        self.text = text
        self.entities = entities
        self.concepts = concepts
    }
}

/// The compact per-segment summary alignment works on (the "alignment anchors"
/// of DESIGN.md's map/reduce split). Key ids index a `KeyInterner`.
struct SegmentFeatures: Sendable {
    /// Per content word: its keys (its own folded key first, then English translation keys), sorted.
    var tokenKeys: [[Int32]]
    /// The folded key of each content word (for its corpus IDF weight).
    var tokenOwnKey: [Int32]
    /// How informative each content word is in its language (`WordFrequencies`), in (0, 1].
    var tokenInformation: [Float]
    /// Union of all token keys, sorted.
    var keyUnion: [Int32]
    /// Entity, concept, number and date anchors as interned ids, sorted.
    var anchors: [Int32]
    var entities: [String]
    var concepts: [String]
    var numbers: [String]
    var dates: [String]
    /// Hashed character trigrams of the folded Latin words, sorted and unique.
    var trigrams: [Int32]
    /// Length in characters (Gale–Church).
    var length: Int
    /// A 1,024-bit Bloom filter of `keyUnion` (one hash), for fast negative membership tests.
    var bloom: [UInt64] = []

    static func bloom(of keys: [Int32]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 16)
        for key in keys {
            let h = Int((UInt32(bitPattern: key) &* 2_654_435_761) >> 22)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        return bits
    }

    /// The features of this segment and `other` read as one text (a 1-2 or 2-1 bead).
    func merged(with other: SegmentFeatures) -> SegmentFeatures {
        SegmentFeatures(tokenKeys: tokenKeys + other.tokenKeys, tokenOwnKey: tokenOwnKey + other.tokenOwnKey,
                        tokenInformation: tokenInformation + other.tokenInformation,
                        keyUnion: SortedSets.union(keyUnion, other.keyUnion),
                        anchors: SortedSets.union(anchors, other.anchors),
                        entities: entities + other.entities, concepts: concepts + other.concepts,
                        numbers: numbers + other.numbers, dates: dates + other.dates,
                        trigrams: SortedSets.union(trigrams, other.trigrams), length: length + other.length + 1,
                        bloom: zip(bloom, other.bloom).map { $0 | $1 })
    }

    @inline(__always)
    func mayContain(_ key: Int32) -> Bool {
        let h = Int((UInt32(bitPattern: key) &* 2_654_435_761) >> 22)
        return bloom[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    @inline(__always)
    func containsKey(_ key: Int32) -> Bool {
        mayContain(key) && SortedSets.contains(keyUnion, key)
    }
}

/// Interns string keys to dense integer ids.
final class KeyInterner {
    private(set) var ids: [String: Int32] = [:]
    func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }
    var count: Int { ids.count }
}

/// Builds `SegmentFeatures`. Not thread-safe (memo tables, ICU transliterator).
final class FeatureExtractor {
    let lexicon: TranslationLexicon
    let frequencies: WordFrequencies
    let lemmatizer: EnglishLemmatizer
    let interner = KeyInterner()
    private let folder = LatinFolder()
    private let numbers = NumberDateExtractor()
    private var translationMemo: [String: [Int32]] = [:]

    /// English keys used per word: its best-ranked senses (`TranslationLexicon` orders them).
    static let maxTranslationKeys = 12
    /// Words less informative than this (function words: "the", "pour", "und", "и") are not content words.
    static let minInformation: Float = 0.12
    /// Weight factor of the words of a language no installed dictionary covers (Kazakh, Kyrgyz, Uzbek
    /// today): they can meet the other side only as cognates, so their failing to match says little;
    /// at full weight they would drown the names, terms and numbers such a sentence shares.
    static let unbridgedWordFactor: Float = 0.35

    init(lexicon: TranslationLexicon, frequencies: WordFrequencies = .empty, lemmatizer: EnglishLemmatizer = .identity) {
        self.lexicon = lexicon
        self.frequencies = frequencies
        self.lemmatizer = lemmatizer
    }

    func features(_ input: AlignInput) -> SegmentFeatures {
        let tokens = AlignTokenizer.tokens(input.text)
        let language = input.language.split(separator: "-").first.map(String.init) ?? input.language
        let anchors = numbers.extract(tokens, language: language)
        var tokenKeys: [[Int32]] = []
        var ownKeys: [Int32] = []
        var information: [Float] = []
        var union = Set<Int32>()
        var trigrams = Set<Int32>()
        let measured = frequencies.covers(language)
        let bridged = language == "en" || lexicon.headwordCount(language) > 0
        for token in tokens where token.kind == .word {
            let folded = folder.fold(token.text)
            addTrigrams(folded, into: &trigrams)
            // Content words: 4+ letters, or 3 ("war", "gas", "вор") where frequencies say they carry content.
            let length = token.text.count
            guard length >= 4 || (length == 3 && measured) else { continue }
            var info = frequencies.weight(token.text, language: language)
            if info < Self.minInformation { continue }
            if !bridged { info *= Self.unbridgedWordFactor }
            if length == 3 && info < 0.5 { continue }
            if !measured && language == "en" && TranslationLexicon.englishFunctionWords.contains(folded) { continue }
            // English words are keyed by lemma, as the dictionaries' English sides are ("said" → say)
            let own = interner.id(KeyStemmer.key(language == "en" ? lemmatizer.lemma(folded) : folded))
            var keys = [own]
            keys.append(contentsOf: translationKeys(token.text, language: language))
            keys = Array(Set(keys)).sorted()
            tokenKeys.append(keys)
            ownKeys.append(own)
            information.append(info)
            union.formUnion(keys)
        }
        var anchorIDs: [Int32] = []
        for e in Set(input.entities) where !e.isEmpty { anchorIDs.append(interner.id("\u{1}e:" + e)) }
        for c in Set(input.concepts) where !c.isEmpty { anchorIDs.append(interner.id("\u{1}c:" + c)) }
        for n in anchors.numbers { anchorIDs.append(interner.id("\u{1}n:" + n)) }
        for d in anchors.dates { anchorIDs.append(interner.id("\u{1}d:" + d)) }
        let sortedUnion = union.sorted()
        return SegmentFeatures(tokenKeys: tokenKeys, tokenOwnKey: ownKeys, tokenInformation: information, keyUnion: sortedUnion,
                               anchors: Array(Set(anchorIDs)).sorted(),
                               entities: Array(Set(input.entities.filter { !$0.isEmpty })).sorted(),
                               concepts: Array(Set(input.concepts.filter { !$0.isEmpty })).sorted(),
                               numbers: anchors.numbers, dates: anchors.dates,
                               trigrams: trigrams.sorted(), length: input.text.count,
                               bloom: SegmentFeatures.bloom(of: sortedUnion))
    }

    private func translationKeys(_ word: String, language: String) -> [Int32] {
        if language == "en" { return [] }
        let memoKey = language + "\u{0}" + word
        if let known = translationMemo[memoKey] { return known }
        // Very polysemous words (a few hundred headwords have 50+ keys) cost time and match anything:
        // keep at most `maxTranslationKeys`.
        // Dictionary glosses are not always lemmas ("mort" → "died"): a key the stemmer left whole is
        // keyed by its lemma, as English text is ("238 people died" → die).
        let ids = lexicon.englishKeys(word, language: language).prefix(Self.maxTranslationKeys).map { key -> Int32 in
            let lemma = key.count < KeyStemmer.prefixLength ? lemmatizer.lemma(key) : key
            return interner.id(lemma == key ? key : KeyStemmer.key(lemma))
        }
        if translationMemo.count > 1_000_000 { translationMemo.removeAll(keepingCapacity: true) }
        translationMemo[memoKey] = ids
        return ids
    }

    private func addTrigrams(_ word: String, into set: inout Set<Int32>) {
        let chars = Array(("#" + word + "#").utf8)
        guard chars.count >= 3 else { return }
        for i in 0...(chars.count - 3) {
            let h = (Int32(chars[i]) &* 65_599 &+ Int32(chars[i + 1])) &* 65_599 &+ Int32(chars[i + 2])
            set.insert(h)
        }
    }
}

/// Similarity measures on sorted id arrays.
enum SortedSets {
    @inline(__always)
    static func intersectionCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    @inline(__always)
    static func contains(_ a: [Int32], _ x: Int32) -> Bool {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < a.count && a[lo] == x
    }

    static func dice(_ a: [Int32], _ b: [Int32]) -> Double {
        let total = a.count + b.count
        return total == 0 ? 0 : 2 * Double(intersectionCount(a, b)) / Double(total)
    }

    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
            else if i >= a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
            else { out.append(a[i]); i += 1; j += 1 }
        }
        return out
    }
}

/// Scores a pair of segments (or blocks of segments) from their features.
struct PairScorer {
    /// Weight of a folded key (inverse document frequency), indexed by key id.
    var keyWeight: [Float]

    func weight(_ key: Int32) -> Double {
        Int(key) < keyWeight.count ? Double(keyWeight[Int(key)]) : 1
    }

    /// Share of content-word weight on both sides whose word (or a translation of it) occurs on the other side.
    func lexical(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Double {
        overlap(a, b).words
    }

    /// 1 when both sides have numbers or dates and none are shared; 0.5 when some are shared but
    /// each side has one the other lacks; 0 otherwise.
    static func numberConflict(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Double {
        let na = Set(a.numbers).union(a.dates), nb = Set(b.numbers).union(b.dates)
        guard !na.isEmpty, !nb.isEmpty else { return 0 }
        let shared = na.intersection(nb)
        if shared.isEmpty {
            // a date with and without year ("01-02" vs "2022-01-02") is caught by the "MM-DD" form
            return 1
        }
        return (na.subtracting(shared).isEmpty || nb.subtracting(shared).isEmpty) ? 0 : 0.5
    }

    struct Score {
        var total: Double
        var lexical: Double
        var anchor: Double
        var cognate: Double
        /// The symmetric share alone (no containment): it grows when an added neighbour says
        /// more of what the other side says and falls when the neighbour is unrelated.
        var symmetric: Double = 0
    }

    /// How much more an anchor (entity, concept, number or date id) weighs than a content word
    /// of the same IDF: anchors are language-independent, so a shared one is strong evidence.
    static let anchorBoost = 1.5

    /// Share of the weight of both sides' units (content words weighted by IDF × information,
    /// anchors by IDF × `anchorBoost`) that the other side matches. One measure for words and
    /// anchors, so that a single shared frequent name ("Asov a déclaré") weighs what its rarity
    /// says and not half the score.
    struct Overlap {
        /// Matched share of the content-word weight of both sides (the lexical evidence).
        var words: Double
        /// Matched share of all weight (words and anchors) of both sides.
        var all: Double
        /// Matched share of the lighter side's own weight, and that weight.
        var lighterCoverage: Double
        var lighterWeight: Double
    }

    /// Matched and total weight of `x`'s content words and anchors against `y`.
    @inline(__always)
    private func side(_ x: SegmentFeatures, against y: SegmentFeatures)
        -> (matchedWords: Double, words: Double, matchedAnchors: Double, anchors: Double) {
        var matchedWords = 0.0, words = 0.0, matchedAnchors = 0.0, anchors = 0.0
        for i in x.tokenKeys.indices {
            let w = weight(x.tokenOwnKey[i]) * Double(x.tokenInformation[i])
            words += w
            if x.tokenKeys[i].contains(where: { y.containsKey($0) }) { matchedWords += w }
        }
        for anchor in x.anchors {
            let w = weight(anchor) * Self.anchorBoost
            anchors += w
            if SortedSets.contains(y.anchors, anchor) { matchedAnchors += w }
        }
        return (matchedWords, words, matchedAnchors, anchors)
    }

    func overlap(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Overlap {
        let x = side(a, against: b), y = side(b, against: a)
        let totalWords = x.words + y.words
        let weightA = x.words + x.anchors, weightB = y.words + y.anchors
        let matchedA = x.matchedWords + x.matchedAnchors, matchedB = y.matchedWords + y.matchedAnchors
        let total = weightA + weightB
        let (lighterMatched, lighterWeight) = weightA <= weightB ? (matchedA, weightA) : (matchedB, weightB)
        return Overlap(words: totalWords == 0 ? 0 : (x.matchedWords + y.matchedWords) / totalWords,
                       all: total == 0 ? 0 : (matchedA + matchedB) / total,
                       lighterCoverage: lighterWeight == 0 ? 0 : lighterMatched / lighterWeight,
                       lighterWeight: lighterWeight)
    }

    /// Weight a segment needs before its coverage alone can carry a link (about three content
    /// words): a headline of one or two words is covered by any sentence that mentions them.
    static let containmentWeight = 10.0
    /// How much a short segment wholly contained in a long one scores, relative to full overlap.
    static let containmentFactor = 0.75

    func score(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Score {
        let o = overlap(a, b)
        let cognate = SortedSets.dice(a.trigrams, b.trigrams)
        let anchor = SortedSets.dice(a.anchors, b.anchors)
        // Containment: a short sentence ("Tokayev sought assistance from the CSTO.") inside a
        // long one that says more: the symmetric share is low, the short side's coverage high.
        let containment = Self.containmentFactor * o.lighterCoverage * min(1, o.lighterWeight / Self.containmentWeight)
        var total = 0.85 * max(o.all, containment) + 0.15 * cognate
        let conflict = Self.numberConflict(a, b)
        // no number in common: ×0.3 (the same actors, another death toll); some in common but
        // each side has its own: ×0.85 (a long sentence adding a figure the other lacks)
        let factor = conflict >= 1 ? 0.3 : (conflict > 0 ? 0.85 : 1)
        total *= factor
        return Score(total: total, lexical: o.words, anchor: anchor, cognate: cognate,
                     symmetric: (0.85 * o.all + 0.15 * cognate) * factor)
    }
}
