import Foundation

/// A bead of a monotonic alignment: consecutive source and target sentence
/// indices (0-based); one side may be empty (a sentence left unaligned).
public struct Bead: Sendable, Equatable, CustomStringConvertible {
    public var source: [Int]
    public var target: [Int]
    /// Similarity of the two sides in [0, 1] (0 for a bead with an empty side).
    public var score: Double
    /// Entities, concepts, numbers and dates both sides share; lexical overlap.
    public var evidence: Alignment.Evidence
    public init(source: [Int], target: [Int], score: Double = 0, evidence: Alignment.Evidence = .init()) {
        self.source = source
        self.target = target
        self.score = score
        self.evidence = evidence
    }

    public static func == (lhs: Bead, rhs: Bead) -> Bool { lhs.source == rhs.source && lhs.target == rhs.target }

    /// The `[i,j]:[k]` form Vecalign and Bertalign print.
    public var description: String {
        "[" + source.map(String.init).joined(separator: ",") + "]:[" + target.map(String.init).joined(separator: ",") + "]"
    }
}

/// Aligns two documents that translate each other, sentence by sentence, in order.
///
/// Method (after Vecalign: Thompson & Koehn 2019, "Vecalign: Improved Sentence
/// Alignment in Linear Time and Space", EMNLP): beads 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1;
/// the dynamic program first runs on coarsened documents (neighbouring sentences merged
/// pairwise, recursively, until the grid is small), and at each finer level only in a band of
/// `bandWidth` sentences around the path found at the coarser one, so time and memory grow
/// linearly with length. A bead's cost is its dissimilarity normalised by how dissimilar each
/// side is to random sentences of the other side (Vecalign's hubness correction), plus a
/// Gale–Church length term (Gale & Church 1993, "A program for aligning sentences in bilingual
/// corpora", Computational Linguistics 19(1)), weighted by the number of sentences the bead
/// covers. Similarity: dictionary-translated word overlap, number/date/name anchors and
/// character-trigram overlap of the Latin forms (cognates). Leaving a sentence unaligned costs
/// the 20th percentile of the 1-1 costs of sampled sentence pairs.
public struct ParallelAligner: Sendable {
    public struct Configuration: Sendable, Equatable {
        /// Half-width of the search band around the coarse path, in sentences.
        public var bandWidth: Int = 5
        /// Grids with at most this many cells are searched in full.
        public var fullSearchCells: Int = 2_500
        /// Percentile of sampled 1-1 costs used as the cost of leaving a sentence unaligned.
        public var skipPercentile: Double = 0.2
        /// Extra cost per sentence a bead covers beyond two (1-2 and 2-1 pay once, 2-2 twice).
        public var mergePenalty: Double = 0.3
        /// Weight of the Gale–Church length term.
        public var lengthWeight: Double = 0.08
        public init() {}
    }

    public var configuration: Configuration
    public var lexicon: TranslationLexicon
    public var frequencies: WordFrequencies
    public var lemmatizer: EnglishLemmatizer

    /// `frequencies` weights words by how informative they are (default: every word weighs 1);
    /// `lemmatizer` keys English words by lemma (default: none).
    public init(configuration: Configuration = Configuration(), lexicon: TranslationLexicon,
                frequencies: WordFrequencies = .empty, lemmatizer: EnglishLemmatizer = .identity) {
        self.configuration = configuration
        self.lexicon = lexicon
        self.frequencies = frequencies
        self.lemmatizer = lemmatizer
    }

    /// Beads covering every sentence of both sides exactly once, in order.
    public func align(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) -> [Bead] {
        align(source: source.enumerated().map { AlignInput(document: "s", segment: "\($0.offset)", language: sourceLanguage, text: $0.element) },
              target: target.enumerated().map { AlignInput(document: "t", segment: "\($0.offset)", language: targetLanguage, text: $0.element) })
    }

    /// Beads covering every segment of both sides exactly once, in order; entity and concept
    /// ids in the inputs count as anchors.
    public func align(source: [AlignInput], target: [AlignInput]) -> [Bead] {
        if source.isEmpty && target.isEmpty { return [] }
        if source.isEmpty { return target.indices.map { Bead(source: [], target: [$0]) } }
        if target.isEmpty { return source.indices.map { Bead(source: [$0], target: []) } }
        let extractor = FeatureExtractor(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer)
        let xs = source.map { extractor.features($0) }
        let ys = target.map { extractor.features($0) }
        // key weights: inverse frequency over the two documents
        var df = [Int](repeating: 0, count: extractor.interner.count)
        for f in xs + ys { for k in f.keyUnion { df[Int(k)] += 1 } }
        let total = Double(xs.count + ys.count)
        let weights = df.map { Float(log((total + 1) / Double(max($0, 1))) + 0.1) }
        let lengthRatio = Double(ys.reduce(0) { $0 + $1.length } + 1) / Double(xs.reduce(0) { $0 + $1.length } + 1)
        let model = CostModel(scorer: PairScorer(keyWeight: weights), lengthRatio: lengthRatio,
                              configuration: configuration)
        let path = alignLevel(xs, ys, model: model)
        return path.map { step in
            var bead = Bead(source: Array(step.i0..<step.i1), target: Array(step.j0..<step.j1))
            guard step.i1 > step.i0, step.j1 > step.j0 else { return bead }
            let a = xs[step.i0..<step.i1].dropFirst().reduce(xs[step.i0]) { Self.merge($0, $1) }
            let b = ys[step.j0..<step.j1].dropFirst().reduce(ys[step.j0]) { Self.merge($0, $1) }
            bead.score = (model.similarity(a, b) * 1000).rounded() / 1000
            bead.evidence = Alignment.Evidence(sharedBy: source[step.i0..<step.i1], target[step.j0..<step.j1],
                                               features: a, b, lexical: model.scorer.lexical(a, b))
            return bead
        }
    }

    struct Step { var i0: Int; var i1: Int; var j0: Int; var j1: Int }

    struct CostModel {
        var scorer: PairScorer
        var lengthRatio: Double
        var configuration: Configuration

        func similarity(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Double {
            let lex = scorer.lexical(a, b)
            let cognate = SortedSets.dice(a.trigrams, b.trigrams)
            var sim = 0.7 * lex + 0.3 * cognate
            if !a.anchors.isEmpty || !b.anchors.isEmpty {
                sim = 0.8 * sim + 0.2 * SortedSets.dice(a.anchors, b.anchors)
            }
            return sim
        }

        /// Gale–Church: squared normalised length difference / 2, capped.
        func lengthCost(_ a: SegmentFeatures, _ b: SegmentFeatures) -> Double {
            let lx = Double(a.length), ly = Double(b.length)
            let delta = (ly - lx * lengthRatio) / (6.8 * max((lx + ly / lengthRatio) / 2, 1)).squareRoot()
            return min(delta * delta / 2, 8)
        }
    }

    /// One level of the recursive search.
    private func alignLevel(_ xs: [SegmentFeatures], _ ys: [SegmentFeatures], model: CostModel) -> [Step] {
        let n = xs.count, m = ys.count
        var lo = [Int](repeating: 0, count: n + 1)
        var hi = [Int](repeating: m, count: n + 1)
        if n * m > configuration.fullSearchCells && n >= 4 && m >= 4 {
            let coarse = alignLevel(Self.coarsen(xs), Self.coarsen(ys), model: model)
            lo = [Int](repeating: Int.max, count: n + 1)
            hi = [Int](repeating: Int.min, count: n + 1)
            for step in coarse {
                let i0 = min(2 * step.i0, n), i1 = min(2 * step.i1, n)
                let j0 = min(2 * step.j0, m), j1 = min(2 * step.j1, m)
                for i in i0...i1 { lo[i] = min(lo[i], j0); hi[i] = max(hi[i], j1) }
            }
            let w = configuration.bandWidth
            for i in 0...n {
                if lo[i] == Int.max { lo[i] = i > 0 ? lo[i - 1] : 0; hi[i] = i > 0 ? hi[i - 1] : 0 }
                lo[i] = max(0, lo[i] - w); hi[i] = min(m, hi[i] + w)
            }
            for i in 1...n { lo[i] = max(lo[i], lo[i - 1]) }
            for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) }
            lo[0] = 0; hi[n] = m
            for i in 0...n where hi[i] < lo[i] { hi[i] = lo[i] }
        }
        return dynamicProgram(xs, ys, lo: lo, hi: hi, model: model)
    }

    /// Merges neighbouring sentences pairwise (the coarse document).
    static func coarsen(_ fs: [SegmentFeatures]) -> [SegmentFeatures] {
        stride(from: 0, to: fs.count, by: 2).map { i in i + 1 < fs.count ? merge(fs[i], fs[i + 1]) : fs[i] }
    }

    static func merge(_ a: SegmentFeatures, _ b: SegmentFeatures) -> SegmentFeatures { a.merged(with: b) }

    private func dynamicProgram(_ xs: [SegmentFeatures], _ ys: [SegmentFeatures], lo: [Int], hi: [Int],
                                model: CostModel) -> [Step] {
        let n = xs.count, m = ys.count
        // merged neighbours: x2[i] = xs[i] + xs[i+1]
        let x2 = n > 1 ? (0..<(n - 1)).map { Self.merge(xs[$0], xs[$0 + 1]) } : []
        let y2 = m > 1 ? (0..<(m - 1)).map { Self.merge(ys[$0], ys[$0 + 1]) } : []
        // hubness: mean dissimilarity of each sentence to sampled sentences of the other side
        var rng = SplitMix(seed: UInt64(n &* 31 &+ m))
        let samples = 8
        let rx = xs.map { x in (0..<samples).map { _ in 1 - model.similarity(x, ys[Int(rng.next() % UInt64(m))]) }.reduce(0, +) / Double(samples) }
        let ry = ys.map { y in (0..<samples).map { _ in 1 - model.similarity(xs[Int(rng.next() % UInt64(n))], y) }.reduce(0, +) / Double(samples) }
        func cost(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
            let a = i1 - i0 == 1 ? xs[i0] : x2[i0]
            let b = j1 - j0 == 1 ? ys[j0] : y2[j0]
            let sim = model.similarity(a, b)
            var hub = 0.0
            for i in i0..<i1 { hub += rx[i] }
            for j in j0..<j1 { hub += ry[j] }
            hub /= Double(i1 - i0 + j1 - j0)
            let normalised = (1 - sim) / max(hub, 0.05)
            let sentences = Double(i1 - i0 + j1 - j0) / 2
            var c = normalised * sentences + configuration.lengthWeight * model.lengthCost(a, b)
            c += configuration.mergePenalty * Double(i1 - i0 + j1 - j0 - 2)
            return c
        }
        // skip cost: percentile of sampled 1-1 costs
        var sampled: [Double] = []
        let sampleCount = min(2000, n * m)
        for _ in 0..<sampleCount {
            let i = Int(rng.next() % UInt64(n)), j = Int(rng.next() % UInt64(m))
            sampled.append(cost(i, i + 1, j, j + 1))
        }
        sampled.sort()
        let skip = sampled.isEmpty ? 1 : sampled[min(sampled.count - 1, Int(Double(sampled.count) * configuration.skipPercentile))]
        // banded DP
        var dp: [[Double]] = (0...n).map { [Double](repeating: .infinity, count: hi[$0] - lo[$0] + 1) }
        var back: [[UInt8]] = (0...n).map { [UInt8](repeating: 0, count: hi[$0] - lo[$0] + 1) }
        let moves: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)]
        func value(_ i: Int, _ j: Int) -> Double {
            guard i >= 0, j >= lo[i], j <= hi[i] else { return .infinity }
            return dp[i][j - lo[i]]
        }
        dp[0][0 - lo[0]] = 0
        for i in 0...n {
            for j in lo[i]...hi[i] {
                if i == 0 && j == 0 { continue }
                var best = Double.infinity
                var bestMove: UInt8 = 0
                for (index, (a, b)) in moves.enumerated() {
                    let pi = i - a, pj = j - b
                    guard pi >= 0, pj >= 0 else { continue }
                    let previous = value(pi, pj)
                    guard previous < .infinity else { continue }
                    let c: Double = (a == 0 || b == 0) ? skip * Double(a + b) : cost(pi, i, pj, j)
                    if previous + c < best { best = previous + c; bestMove = UInt8(index) }
                }
                dp[i][j - lo[i]] = best
                back[i][j - lo[i]] = bestMove
            }
        }
        // backtrack
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let (a, b) = moves[Int(back[i][j - lo[i]])]
            if a == 0 && b == 0 { break }
            steps.append(Step(i0: i - a, i1: i, j0: j - b, j1: j))
            i -= a; j -= b
        }
        steps.reverse()
        return steps
    }
}

/// A small deterministic random generator (SplitMix64) for reproducible sampling.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
