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

/// The per-segment summary alignment works on (the "alignment anchors" of DESIGN.md's map/reduce
/// split). Key ids index a `KeyInterner`. Seven arrays (two of them often empty, which costs no
/// allocation) and the rest inline; the comparable aligner, which holds millions, keeps them flat in
/// a `FeatureTable` instead and makes a `SegmentFeatures` only of the few segments it merges.
struct SegmentFeatures: Sendable {
    /// Per content word: its keys (its own folded key and English translation keys, sorted), its
    /// own key and its information.
    var tokenKeys: TokenKeyLists
    /// Union of all token keys, sorted; left empty in compact features (those of the comparable
    /// aligner, `FeatureExtractor.table(_:jobs:texts:)`), where membership scans `tokenKeys.keys`
    /// and `FeatureView.sortedKeyUnion(into:)` computes it. It held a third of those features' key ids.
    var keyUnion: [Int32]
    /// Entity, concept, number and date anchors as interned ids, sorted.
    var anchors: [Int32]
    /// The canonical numbers, then the dates (`NumberDateExtractor`): the scorer and the evidence
    /// read them as one set.
    var numbers: [String]
    /// Hashed character trigrams of the folded Latin words, sorted and unique.
    var trigrams: [Int32]
    /// Length in characters (Gale–Church).
    var length: Int
    /// The Bloom filter of `keyUnion`, for fast negative membership tests; nil where the scorer
    /// is given a `KeyProbe` instead (the comparable aligner's many segments).
    var bloom: KeyBloom? = KeyBloom()

    /// The features of this segment and `other` read as one text (a 1-2 or 2-1 bead).
    func merged(with other: SegmentFeatures) -> SegmentFeatures {
        SegmentFeatures(tokenKeys: tokenKeys + other.tokenKeys,
                        keyUnion: SortedSets.union(keyUnion, other.keyUnion),
                        anchors: SortedSets.union(anchors, other.anchors),
                        numbers: numbers + other.numbers,
                        trigrams: SortedSets.union(trigrams, other.trigrams), length: length + other.length + 1,
                        bloom: bloom.flatMap { mine in other.bloom.map { mine | $0 } })
    }

    @inline(__always)
    func containsKey(_ key: Int32) -> Bool {
        guard bloom?.mayContain(key) ?? true else { return false }
        // an empty union with keys: compact features (a union is empty only where the keys are)
        return keyUnion.isEmpty ? tokenKeys.keys.contains(key) : SortedSets.contains(keyUnion, key)
    }
}

extension Alignment.Evidence {
    /// What the two sides of a link share: the entity and concept ids of their inputs (`a`, `b`:
    /// the segments of each side), the numbers and dates of their features (`features`,
    /// `otherFeatures`: each side's segments read as one), and `lexical` rounded to 0.001.
    init<A: Sequence, B: Sequence>(sharedBy a: A, _ b: B, features: SegmentFeatures, _ otherFeatures: SegmentFeatures,
                                   lexical: Double) where A.Element == AlignInput, B.Element == AlignInput {
        func ids(_ inputs: some Sequence<AlignInput>, _ key: KeyPath<AlignInput, [String]>) -> Set<String> {
            Set(inputs.flatMap { $0[keyPath: key] }.filter { !$0.isEmpty })
        }
        self.init(entities: ids(a, \.entities).intersection(ids(b, \.entities)).sorted(),
                  concepts: ids(a, \.concepts).intersection(ids(b, \.concepts)).sorted(),
                  numbers: Set(features.numbers).intersection(otherFeatures.numbers).sorted(),
                  lexical: (lexical * 1000).rounded() / 1000)
    }
}

/// Interns string keys to dense integer ids.
final class KeyInterner {
    private(set) var ids: [String: Int32] = [:]
    /// The key of each id.
    private(set) var keys: [String] = []
    func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        keys.append(key)
        return id
    }
    var count: Int { ids.count }
}

/// Builds `SegmentFeatures`. A `SegmentKeyer` per worker finds each segment's keys and numbers them
/// in its own table; one pass in input order then gives every key its shared id, looking a key's
/// string up once per worker table rather than once per occurrence. Ids are therefore assigned in
/// order of first occurrence in the input, whatever the number of workers or which worker keyed
/// which segment. Not thread-safe itself.
final class FeatureExtractor {
    let lexicon: TranslationLexicon
    let frequencies: WordFrequencies
    let lemmatizer: EnglishLemmatizer
    let interner = KeyInterner()
    private var keyers: [SegmentKeyer] = []
    /// Per keyer: shared id of each of its local ids (-1 until first seen).
    private var sharedIDs: [[Int32]] = []
    /// Segments `features(_:jobs:texts:)` keys before it interns their keys (`table` keys a
    /// `FeatureTable.blockSize` at a time, as the table takes them).
    let keyingChunk: Int

    init(lexicon: TranslationLexicon, frequencies: WordFrequencies = .empty, lemmatizer: EnglishLemmatizer = .identity,
         keyingChunk: Int = FeatureTable.blockSize) {
        self.lexicon = lexicon
        self.frequencies = frequencies
        self.lemmatizer = lemmatizer
        self.keyingChunk = max(1, keyingChunk)
    }

    func features(_ input: AlignInput) -> SegmentFeatures {
        if keyers.isEmpty { keyers = [SegmentKeyer(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer, worker: 0)] }
        let keyed = keyers[0].keyed(input)
        return intern(keyed, localKeys: [keyers[0].table.keys])
    }

    /// The features of every input, keyed on `jobs` workers (tokenizing, folding, dictionary and
    /// number look-ups were half of a large comparable run's time on one core), then interned, each
    /// with its Bloom filter and key union (the parallel aligner's; the comparable aligner keeps
    /// compact features in a table: `table(_:jobs:texts:)`).
    func features(_ inputs: [AlignInput], jobs: Int) -> [SegmentFeatures] {
        features(inputs, jobs: jobs, texts: { range in inputs[range].map(\.text) })
    }

    /// `features(_:jobs:)` with the inputs' texts read from `texts`, a chunk of inputs at a
    /// time (the inputs' own `text` is not read): the caller may hold the texts compressed and
    /// decode each chunk's when it is keyed.
    /// - Parameter texts: the texts of the inputs in the range, one per input, in order.
    /// - Throws: what `texts` throws.
    func features(_ inputs: [AlignInput], jobs: Int, texts: (Range<Int>) throws -> [String]) rethrows -> [SegmentFeatures] {
        var features: [SegmentFeatures] = []
        features.reserveCapacity(inputs.count)
        try forEachChunk(inputs.count, { inputs[$0] }, chunk: keyingChunk, jobs: jobs, compact: false, texts: texts) {
            features += $0
        }
        return features
    }

    /// The compact features of every input in a `FeatureTable` (what the comparable aligner holds
    /// for millions of segments), keyed as `features(_:jobs:texts:)` keys them, without Bloom filter
    /// or key union: the comparable aligner's scorer is given `KeyProbe`s loaded with the keys.
    /// - Throws: what `texts` throws.
    func table(_ inputs: AlignInputTable, jobs: Int, texts: (Range<Int>) throws -> [String]) rethrows -> FeatureTable {
        var table = FeatureTable()
        try forEachChunk(inputs.count, { inputs[$0] }, chunk: FeatureTable.blockSize, jobs: jobs, compact: true, texts: texts) {
            table.append($0[...])
        }
        return table
    }

    /// Keys `count` inputs `chunk` at a time on `jobs` workers and interns each chunk's keys, in
    /// input order, while the workers key the next chunk, handing `body` each chunk's features.
    /// `input` gives an input (its text is not read; workers ask for their own inputs), `texts`
    /// the texts of a range of inputs.
    private func forEachChunk(_ count: Int, _ input: @escaping @Sendable (Int) -> AlignInput, chunk: Int, jobs: Int, compact: Bool,
                              texts: (Range<Int>) throws -> [String], body: ([SegmentFeatures]) -> Void) rethrows {
        let registry = KeyerRegistry(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer, first: keyers.count)
        // A chunk at a time, the same keyers for every chunk: the local key lists of every segment
        // at once (before interning) set a 100,000-document run's peak memory. Interning runs on
        // one thread: the workers key the next chunk meanwhile, so that the interning of one
        // chunk and the keying of the next share the cores.
        let ranges = stride(from: 0, to: count, by: chunk).map { $0..<min(count, $0 + chunk) }
        // Starts keying `range`, whose texts are `chunkTexts`, on the workers.
        func keying(_ range: Range<Int>, _ chunkTexts: [String]) -> BackgroundWork<[KeyedSegment]> {
            registry.rewind()
            return BackgroundWork {
                ParallelMap.mapWithState(Array(range), jobs: jobs, makeState: { registry.make() }) { keyer, i in
                    var segment = input(i)
                    segment.text = chunkTexts[i - range.lowerBound]
                    return keyer.keyed(segment)
                }
            }
        }
        guard !ranges.isEmpty else { return }
        var pending = keying(ranges[0], try texts(ranges[0]))
        for index in ranges.indices {
            do {
                var keyed = pending.wait()
                keyers += registry.keyers.dropFirst(keyers.count - registry.first)
                // The keyers' key strings as of this chunk: copies (copy-on-write) that the next
                // chunk's keying, which adds to the keyers' tables, leaves alone.
                let localKeys = keyers.map { $0.table.keys }
                if index + 1 < ranges.count { pending = keying(ranges[index + 1], try texts(ranges[index + 1])) }
                var features: [SegmentFeatures] = []
                features.reserveCapacity(keyed.count)
                for i in keyed.indices {
                    features.append(intern(keyed[i], localKeys: localKeys, compact: compact))
                    // Free the segment's local key lists at once: the lists with shared ids, of about the
                    // same sizes, reuse their memory.
                    keyed[i].tokenKeys = TokenKeyLists()
                    keyed[i].anchors = []
                }
                body(features)
            }
            // The chunk's lists are freed once `body` has them (a table copies them into a block of
            // its own): their pages go back to the system rather than stay resident, scattered
            // between the blocks, until the next chunk reuses some of them.
            if compact { ProcessMemory.releaseFreeMemory() }
        }
    }

    /// The shared id of keyer `worker`'s key `local`; `localKeys` holds each keyer's key strings.
    private func sharedID(_ local: Int32, worker: Int, localKeys: [[String]]) -> Int32 {
        while sharedIDs.count <= worker { sharedIDs.append([]) }
        let keys = localKeys[worker]
        if sharedIDs[worker].count < keys.count {
            sharedIDs[worker].append(contentsOf: repeatElement(-1, count: keys.count - sharedIDs[worker].count))
        }
        let known = sharedIDs[worker][Int(local)]
        if known >= 0 { return known }
        let id = interner.id(keys[Int(local)])
        sharedIDs[worker][Int(local)] = id
        return id
    }

    private func intern(_ segment: KeyedSegment, localKeys: [[String]], compact: Bool = false) -> SegmentFeatures {
        var tokenKeys = TokenKeyLists()
        tokenKeys.reserveCapacity(words: segment.tokenKeys.count, keys: segment.tokenKeys.keys.count)
        var union = Set<Int32>()
        var ids: [Int32] = []
        for i in segment.tokenKeys.indices {
            ids.removeAll(keepingCapacity: true)
            for local in segment.tokenKeys[i] { ids.append(sharedID(local, worker: segment.worker, localKeys: localKeys)) }
            let own = ids[0]
            ids.sortAndRemoveDuplicates()
            tokenKeys.append(ids, own: own, information: segment.tokenKeys.information(i))
            if !compact { union.formUnion(ids) }
        }
        var anchorIDs = segment.anchors.map { sharedID($0, worker: segment.worker, localKeys: localKeys) }
        anchorIDs.sortAndRemoveDuplicates()
        var features = segment.features
        features.tokenKeys = tokenKeys
        features.keyUnion = union.sorted()
        features.anchors = anchorIDs
        features.bloom = compact ? nil : KeyBloom(features.keyUnion)
        return features
    }
}

/// Makes the keyers of the parallel passes, numbering them, and keeps them for the interning pass.
private final class KeyerRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var keyers: [SegmentKeyer] = []
    private var handedOut = 0
    private let lexicon: TranslationLexicon
    private let frequencies: WordFrequencies
    private let lemmatizer: EnglishLemmatizer
    /// Worker number of the first keyer this registry makes.
    let first: Int

    init(lexicon: TranslationLexicon, frequencies: WordFrequencies, lemmatizer: EnglishLemmatizer, first: Int) {
        self.lexicon = lexicon
        self.frequencies = frequencies
        self.lemmatizer = lemmatizer
        self.first = first
    }

    /// The next keyer of this pass: one made before `rewind`, else a new one.
    func make() -> SegmentKeyer {
        lock.lock()
        defer { lock.unlock() }
        defer { handedOut += 1 }
        if handedOut < keyers.count { return keyers[handedOut] }
        let keyer = SegmentKeyer(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer, worker: first + keyers.count)
        keyers.append(keyer)
        return keyer
    }

    /// Starts a pass: `make` hands out the keyers made so far again (a keyer is used by one worker at a time).
    func rewind() {
        lock.lock()
        handedOut = 0
        lock.unlock()
    }
}

/// Similarity measures on sorted id arrays.
enum SortedSets {
    @inline(__always)
    static func intersectionCount<X: FixedWidthInteger, Y: FixedWidthInteger>(_ a: UnsafeBufferPointer<X>, _ b: UnsafeBufferPointer<Y>) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            let x = Int64(a[i]), y = Int64(b[j])
            if x == y { n += 1; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
        }
        return n
    }

    @inline(__always)
    static func contains(_ a: [Int32], _ x: Int32) -> Bool {
        a.withUnsafeBufferPointer { contains($0, x) }
    }

    @inline(__always)
    static func contains(_ a: UnsafeBufferPointer<Int32>, _ x: Int32) -> Bool {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < a.count && a[lo] == x
    }

    static func dice(_ a: [Int32], _ b: [Int32]) -> Double {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in dice(x, y) } }
    }

    @inline(__always)
    static func dice(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> Double {
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
    static func numberConflict(_ a: FeatureView, _ b: FeatureView) -> Double {
        guard !a.numbers.isEmpty, !b.numbers.isEmpty else { return 0 }
        let na = Set(a.numbers), nb = Set(b.numbers)
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

    /// Matched and total weight of `x`'s content words and anchors against `y`, whose word keys
    /// `yKeys` answers for.
    @inline(__always)
    private func side<Y: KeyMembership>(_ x: FeatureView, against y: FeatureView, keys yKeys: Y)
        -> (matchedWords: Double, words: Double, matchedAnchors: Double, anchors: Double) {
        var matchedWords = 0.0, words = 0.0, matchedAnchors = 0.0, anchors = 0.0
        for t in x.wordTypes {
            let entry = x.types.words[Int(t)]
            let w = weight(entry.own) * Double(entry.information)
            words += w
            for key in x.types.keys(Int(t)) where yKeys.containsKey(key) { matchedWords += w; break }
        }
        for anchor in x.anchors {
            let w = weight(anchor) * Self.anchorBoost
            anchors += w
            if SortedSets.contains(y.anchors, anchor) { matchedAnchors += w }
        }
        return (matchedWords, words, matchedAnchors, anchors)
    }

    /// Weight of a segment's content words and anchors (what `overlap` shares out).
    func totalWeight(_ x: SegmentFeatures) -> Double {
        var total = 0.0
        for word in x.tokenKeys.words { total += weight(word.own) * Double(word.information) }
        for anchor in x.anchors { total += weight(anchor) * Self.anchorBoost }
        return total
    }

    func overlap(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Overlap {
        a.withView { va in b.withView { vb in overlap(va, vb, aKeys: a, bKeys: b) } }
    }

    /// `overlap(a, b)` with each side's word keys answered by `aKeys` and `bKeys`.
    @inline(__always)
    func overlap<A: KeyMembership, B: KeyMembership>(_ a: FeatureView, _ b: FeatureView, aKeys: A, bKeys: B) -> Overlap {
        let x = side(a, against: b, keys: bKeys), y = side(b, against: a, keys: aKeys)
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
        a.withView { va in b.withView { vb in score(va, vb, aKeys: a, bKeys: b) } }
    }

    /// `score(a, b)` of two views, each answering its own key look-ups (`FeatureView.containsKey`).
    func score(_ a: FeatureView, _ b: FeatureView) -> Score {
        score(a, b, aKeys: a, bKeys: b)
    }

    /// `score(a, b)` with each side's word keys answered by `aKeys` and `bKeys` (`KeyProbe`s when
    /// one side is scored against many).
    @inline(__always)
    func score<A: KeyMembership, B: KeyMembership>(_ a: FeatureView, _ b: FeatureView, aKeys: A, bKeys: B) -> Score {
        let o = overlap(a, b, aKeys: aKeys, bKeys: bKeys)
        let cognate = TrigramIDs.dice(a.trigrams, b.trigrams)
        let anchor = SortedSets.dice(a.anchors, b.anchors)
        // Containment: a short sentence ("Tokayev sought assistance from the CSTO.") inside a
        // long one that says more: the symmetric share is low, the short side's coverage high.
        let containment = Self.containmentFactor * o.lighterCoverage * min(1, o.lighterWeight / Self.containmentWeight)
        var total = 0.85 * max(o.all, containment) + 0.15 * cognate
        let conflict = Self.numberConflict(a, b)
        // no number in common: ×0.1 (the same actors, another death toll); some in common but
        // each side has its own: ×0.85 (a long sentence adding a figure the other lacks)
        let factor = conflict >= 1 ? 0.1 : (conflict > 0 ? 0.85 : 1)
        total *= factor
        return Score(total: total, lexical: o.words, anchor: anchor, cognate: cognate,
                     symmetric: (0.85 * o.all + 0.15 * cognate) * factor)
    }
}
