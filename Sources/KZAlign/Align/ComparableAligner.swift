import Foundation

/// Links segments of comparable documents in different languages.
///
/// 1. Candidates come from an inverted index over anchors (entity, concept,
///    number and date ids) and word keys (folded words and their English
///    translations); keys with more than `maxPostings` segments are not used to
///    find candidates. Each segment keeps its `candidatesPerSegment` best
///    candidates by summed key weight. Never all pairs.
/// 2. Each candidate pair gets a score (`PairScorer`): translated-word overlap,
///    anchor overlap and character-trigram similarity of the Latin forms, cut
///    when numbers or dates conflict (same actors, a different death toll).
/// 3. Margin (Artetxe & Schwenk 2019, "Margin-based parallel corpus mining with
///    multilingual sentence embeddings", ACL): score / mean(knn(x), knn(y)), where
///    knn(x) is the mean of x's `k` best candidate scores, leaving out its single best candidate
///    in each language (its potential counterpart there) (missing neighbours count as
///    `neighbourFloor`). A pair is linked when margin ≥ `threshold` and score ≥ `minScore`,
///    best first, each segment at most once per other document, except that a segment may
///    take the neighbour of its partner as well (one sentence saying what two say).
/// 4. A pair between two links of its documents, one before and one after it in both, is
///    linked at a lower margin (`GapLinks.swift`): documents that translate each other in
///    stretches.
/// 5. Two segments linked to the same third one are linked to each other at a lower margin
///    (`TransitiveLinks.swift`).
public struct ComparableAligner: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var threshold: Double = 1.8
        public var minScore: Double = 0.1
        public var marginK: Int = 4
        public var neighbourFloor: Double = 0.05
        public var sameLanguage: Bool = false
        public var maxPostings: Int = 256
        public var candidatesPerSegment: Int = 24
        /// A second link of a segment into the same document needs this share of its first link's score.
        public var secondLinkRatio: Double = 0.85
        /// Link what a linked segment says beyond its partner (`residualLinks`).
        public var residualLinks = true
        /// Link pairs that lie between two links of their documents at a lower margin (`gapLinks`).
        public var gapLinks = true
        /// Link two segments that are each linked to the same third one when their own margin is at
        /// least `transitiveMinMargin` (`transitiveLinks`).
        public var transitiveLinks = true
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

    /// Links among `inputs`. Deterministic: the same inputs give the same links in the same order.
    public func align(_ inputs: [AlignInput]) -> [Alignment] {
        let table = AlignInputTable(inputs)
        return align(table, prepared: prepare(table, texts: { range in inputs[range].map(\.text) }))
    }

    /// What `prepare` returns: the segments' features and how many key ids they use.
    struct Prepared {
        var features: FeatureTable
        /// Number of distinct key ids in `features`.
        var keyCount: Int
    }

    /// The features of the segments in `inputs`, whose texts `texts` gives a chunk of inputs at a
    /// time (`FeatureExtractor.table(_:jobs:texts:)`), keyed with the lexicon, frequencies and
    /// lemmatizer: the one step that reads them. A caller holding the only reference to a large
    /// lexicon may let it go before `align(_:prepared:)` builds the index and candidate pairs.
    func prepare(_ inputs: AlignInputTable, texts: (Range<Int>) throws -> [String]) rethrows -> Prepared {
        guard inputs.count > 1 else { return Prepared(features: FeatureTable(), keyCount: 0) }
        let extractor = FeatureExtractor(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer)
        // flat, and no Bloom filter per segment: the bulk scoring loads each side into a KeyProbe
        let features = try extractor.table(inputs, jobs: workers, texts: texts)
        return Prepared(features: features, keyCount: extractor.interner.count)
    }

    /// Links among `inputs` from their `prepare`d features (reads neither lexicon, frequencies nor
    /// lemmatizer).
    func align(_ inputs: AlignInputTable, prepared: Prepared) -> [Alignment] {
        guard inputs.count > 1 else { return [] }
        let features = prepared.features, keyCount = prepared.keyCount
        // document and language ids, numbered in order of first appearance
        let doc = inputs.documentOf, lang = inputs.languageOf
        // postings and weights
        let postings = PostingLists(features, keyCount: keyCount, maxListed: configuration.maxPostings, jobs: workers)
        let n = Double(inputs.count)
        var weights = [Float](repeating: 1, count: keyCount)
        for key in 0..<keyCount {
            let df = max(postings.count(key), 1)
            weights[key] = Float(log((n + 1) / Double(df)) + 0.1)
        }
        let scorer = PairScorer(keyWeight: weights)
        let candidates = candidatePairs(features: features, postings: postings, weights: weights, doc: doc, lang: lang)
        // score every candidate pair once, keeping only the total (the full score is computed again
        // for the few pairs that pass the margin): millions of pairs in a large corpus
        var totals = [Double](repeating: 0, count: candidates.count)
        let workers = self.workers
        let chunk = (candidates.count + workers - 1) / max(workers, 1)
        totals.withUnsafeMutableBufferPointer { buffer in
            // each worker writes its own range
            let output = SendableBox(buffer)
            _ = ParallelMap.map(Array(0..<workers), jobs: workers) { w -> Int in
                let lo = w * chunk, hi = min(candidates.count, lo + chunk)
                // pairs are sorted by their first side: it is loaded once for all its candidates
                var aKeys = KeyProbe(), bKeys = KeyProbe()
                var loaded: Int32 = -1
                for idx in lo..<max(lo, hi) {
                    let (a, b) = candidates[idx]
                    if a != loaded { aKeys.load(features[Int(a)]); loaded = a }
                    bKeys.load(features[Int(b)])
                    output.value[idx] = scorer.score(features[Int(a)], features[Int(b)], aKeys: aKeys, bKeys: bKeys).total
                }
                return 0
            }
        }
        // k-nearest means (Artetxe & Schwenk's margin denominator), with one change for corpora that
        // carry the same statement in many languages: in each other language a segment's single best
        // candidate (its potential counterpart there) is left out of its neighbour pool, so that five
        // true counterparts in five languages do not count as each other's competitors. The pool is
        // the rest: runner-ups in every language.
        let knn = neighbourMeans(candidates: candidates, totals: totals, lang: lang, count: inputs.count)
        // accepted pairs, best margin first
        var accepted: [Scored] = []
        for (idx, (a, b)) in candidates.enumerated() where totals[idx] >= configuration.minScore {
            let margin = Self.margin(totals[idx], a, b, knn: knn)
            if margin >= configuration.threshold {
                accepted.append(Scored(a: a, b: b, margin: margin, score: scorer.score(features[Int(a)], features[Int(b)])))
            }
        }
        accepted.sort {
            if $0.margin != $1.margin { return $0.margin > $1.margin }
            if $0.a != $1.a { return $0.a < $1.a }
            return $0.b < $1.b
        }
        // competitive linking per document pair, then one-to-many extension
        var linkOf: [LinkKey: Int] = [:] // → index into groups
        var groups: [LinkGroup] = []
        // A segment takes its best link in each other document, and a second one only when that
        // scores nearly as well (`secondLinkRatio`): a long sentence that says what two separate
        // sentences say elsewhere. Tempting neighbours rarely come that close after the margin.
        var firstScore: [LinkKey: Double] = [:]
        var linkCount: [LinkKey: Int] = [:]
        func addLink(_ pair: Scored, symmetric: Double) {
            groups.append(LinkGroup(sources: [pair.a], targets: [pair.b], best: pair, symmetric: symmetric))
            for key in LinkKey.ofPair(pair.a, pair.b, doc: doc) {
                if linkOf[key] == nil { linkOf[key] = groups.count - 1; firstScore[key] = pair.score.total }
                linkCount[key, default: 0] += 1
            }
        }
        for pair in accepted {
            let allowed = LinkKey.ofPair(pair.a, pair.b, doc: doc).allSatisfy { key in
                guard let count = linkCount[key] else { return true }
                return count < 2 && pair.score.total >= configuration.secondLinkRatio * (firstScore[key] ?? 0)
            }
            guard allowed else { continue }
            addLink(pair, symmetric: pair.score.symmetric)
        }
        if configuration.residualLinks {
            for pair in residualLinks(groups: groups.map(\.best), features: features, candidates: candidates,
                                      knn: knn, scorer: scorer, doc: doc, lang: lang, linkCount: linkCount) {
                // the pair's score is its residual's; the group keeps the whole segments' symmetric score
                addLink(pair, symmetric: scorer.score(features[Int(pair.a)], features[Int(pair.b)]).symmetric)
            }
        }
        // One sentence may say what two neighbouring sentences say elsewhere (Vecalign's 1-2 and
        // 2-1 beads): a neighbour of one side joins the link when the merged text's symmetric score
        // against the other side beats the link's. Unrelated neighbours lower it (their words add
        // weight and match nothing), so only a real continuation passes. A neighbour already linked
        // once into the other document may still join (two links at most, as for second links): in
        // news, one long sentence often restates two of another's, each of which has its own match.
        for g in groups.indices {
            for sideIsSource in [false, true] {
                var side = sideIsSource ? groups[g].sources : groups[g].targets
                let other = sideIsSource ? groups[g].targets : groups[g].sources
                guard other.count == 1 else { continue }
                let otherFeatures = features.features(Int(other[0]))
                let otherDocument = doc[Int(other[0])]
                var extended = true
                while extended && side.count < 3 {
                    extended = false
                    let sorted = side.sorted()
                    for candidate in [Int(sorted[0]) - 1, Int(sorted[sorted.count - 1]) + 1] {
                        guard candidate >= 0, candidate < inputs.count,
                              doc[candidate] == doc[Int(side[0])],
                              linkCount[LinkKey(segment: Int32(candidate), otherDocument: otherDocument), default: 0] < 2 else { continue }
                        let merged = (sorted + [Int32(candidate)]).sorted().map { features.features(Int($0)) }
                        let text = merged.dropFirst().reduce(merged[0]) { $0.merged(with: $1) }
                        let score = scorer.score(text, otherFeatures).symmetric
                        if score > groups[g].symmetric {
                            side.append(Int32(candidate))
                            groups[g].symmetric = score
                            let key = LinkKey(segment: Int32(candidate), otherDocument: otherDocument)
                            if linkOf[key] == nil { linkOf[key] = g }
                            linkCount[key, default: 0] += 1
                            extended = true
                            break
                        }
                    }
                }
                if sideIsSource { groups[g].sources = side } else { groups[g].targets = side }
            }
        }
        // Between links of two documents that run in step (`GapLinks.swift`), after the beads have
        // grown: each gap pair is a single segment on each side.
        if configuration.gapLinks {
            for pair in gapLinks(groups: groups, candidates: candidates, totals: totals, knn: knn,
                                 features: features, scorer: scorer, doc: doc, linkCount: linkCount) {
                addLink(pair, symmetric: pair.score.symmetric)
            }
        }
        // Through a third language, after the beads have grown: one step, not a closure (a
        // transitive link is no pivot for another).
        if configuration.transitiveLinks {
            for (pair, via) in transitiveLinks(groups: groups, features: features, knn: knn, scorer: scorer,
                                               doc: doc, lang: lang, linkCount: linkCount) {
                groups.append(LinkGroup(sources: [pair.a], targets: [pair.b], best: pair, symmetric: pair.score.symmetric, via: via))
            }
        }
        // build alignments: source is the side whose first segment comes first in input order
        var result: [Alignment] = []
        for (group, s, t) in Self.mergingOverlaps(groups) {
            let a = Int(group.best.a), b = Int(group.best.b)
            var evidence = Alignment.Evidence(sharedBy: CollectionOfOne(inputs[a]), CollectionOfOne(inputs[b]),
                                              features: features.features(a), features.features(b), lexical: group.best.score.lexical)
            evidence.via = group.via.map { inputs.segment(Int($0)) }
            let first = Int(s[0]), second = Int(t[0])
            result.append(Alignment(
                source: .init(document: inputs.document(first), segments: s.map { inputs.segment(Int($0)) }, language: inputs.language(first)),
                target: .init(document: inputs.document(second), segments: t.map { inputs.segment(Int($0)) }, language: inputs.language(second)),
                score: (group.best.margin * 1000).rounded() / 1000,
                evidence: evidence))
        }
        result.sort { ($0.source.document, $0.source.segments.first ?? "", $0.target.document, $0.target.segments.first ?? "")
            < ($1.source.document, $1.source.segments.first ?? "", $1.target.document, $1.target.segments.first ?? "") }
        return result
    }

    /// The links to write, each with its two sides sorted, the side whose first segment comes first
    /// in input order first. Two links that share a segment pair are one link, the union of the
    /// two (8+9 ↔ 4 and 9 ↔ 4 are 8+9 ↔ 4; 16 ↔ 14+15 and 16 ↔ 15+16+17 are 16 ↔ 14+15+16+17;
    /// 14 ↔ 25+26 and 14+15 ↔ 26 are 14+15 ↔ 25+26): links grow into beads and residual links
    /// reach next to their partners, and a pair is not written twice. A link sharing pairs with
    /// several earlier ones joins them all. The earliest, whose margin is highest, keeps its pair,
    /// score and evidence.
    static func mergingOverlaps(_ groups: [LinkGroup]) -> [(group: LinkGroup, first: [Int32], second: [Int32])] {
        var links: [(group: LinkGroup, first: [Int32], second: [Int32])?] = []
        var linkOfPair: [UInt64: Int] = [:]
        func pairs(_ first: [Int32], _ second: [Int32]) -> [UInt64] {
            first.flatMap { x in second.map { CandidatePairs.pack(x, $0) } }
        }
        for group in groups {
            var s = group.sources.sorted(), t = group.targets.sorted()
            if t[0] < s[0] { swap(&s, &t) }
            // every earlier link sharing a pair joins the first of them
            let sharing = Set(pairs(s, t).compactMap { linkOfPair[$0] }).sorted()
            guard let index = sharing.first else {
                for pair in pairs(s, t) { linkOfPair[pair] = links.count }
                links.append((group, s, t))
                continue
            }
            var first = Set(s), second = Set(t)
            for other in sharing {
                first.formUnion(links[other]!.first)
                second.formUnion(links[other]!.second)
                if other != index { links[other] = nil }
            }
            links[index]!.first = first.sorted()
            links[index]!.second = second.sorted()
            for pair in pairs(links[index]!.first, links[index]!.second) { linkOfPair[pair] = index }
        }
        return links.compactMap { $0 }
    }

    /// The margin of a pair of segments `a` and `b` whose score is `total`: the score over the mean
    /// of the two sides' neighbour means (`knn`); 0 when both are 0.
    @inline(__always)
    static func margin(_ total: Double, _ a: Int32, _ b: Int32, knn: [Double]) -> Double {
        let denominator = (knn[Int(a)] + knn[Int(b)]) / 2
        return denominator > 0 ? total / denominator : 0
    }

    /// Weight a residual needs to be tried (about six content words): what is left of a short
    /// sentence after its link is a word or two, which any neighbour may share.
    static let residualMinWeight = 2 * PairScorer.containmentWeight
    /// Score a residual link needs besides its margin. A residual's neighbours score little (it is
    /// what its partner did not cover), which inflates its margin; short residuals of a six-language
    /// fixture's sentences reached margin 2.4 on scores of 0.10–0.18 against unrelated sentences,
    /// where the seeds' right residual links scored 0.27–0.49.
    static let residualMinScore = 0.2
    /// How far from a segment's partner a residual's candidate counts as next to it: at most this
    /// many segments away, none of those between them linked into the segment's document.
    static let nearbyResidualReach: Int32 = 4
    /// Margin a residual link next to the segment's partner needs: the residual scores at least as
    /// well there as the mean of its runner-ups. One sentence often says what two or three say in
    /// a translation, the rest of it next to its partner, maybe past a sentence of the
    /// translation's own (Vecalign's 1-2 and 1-3 beads, with gaps).
    static let nearbyResidualMinMargin = 1.0

    /// knn(x) of every segment: the mean of its `marginK` best candidate scores after leaving out
    /// its single best candidate in each language (missing neighbours count as `neighbourFloor`).
    /// Each segment's scores are gathered in one flat adjacency (compressed rows), not an array per
    /// segment and language.
    private func neighbourMeans(candidates: CandidatePairs, totals: [Double], lang: [Int32], count: Int) -> [Double] {
        // A segment's candidate pairs, in pair order, are those where it is the second side, then
        // those where it is the first: pairs are sorted by their first side, and a < b. The first
        // kind is listed per segment (a pair index, 4 bytes each: tens of millions in a large
        // corpus); the second is one contiguous run of pairs, found by its start.
        var secondOffsets = [Int](repeating: 0, count: count + 1)
        var firstStarts = [Int](repeating: 0, count: count + 1)
        for (a, b) in candidates { firstStarts[Int(a) + 1] += 1; secondOffsets[Int(b) + 1] += 1 }
        for i in 0..<count {
            firstStarts[i + 1] += firstStarts[i]
            secondOffsets[i + 1] += secondOffsets[i]
        }
        var next = Array(secondOffsets.dropLast())
        var asSecond = [Int32](repeating: 0, count: candidates.count)
        for (index, (_, b)) in candidates.enumerated() {
            asSecond[next[Int(b)]] = Int32(index); next[Int(b)] += 1
        }
        next = []
        var mean = RunnerUpMean(k: configuration.marginK, floor: configuration.neighbourFloor)
        var pairs: [Int] = []
        return (0..<count).map { x in
            pairs.removeAll(keepingCapacity: true)
            for entry in secondOffsets[x]..<secondOffsets[x + 1] { pairs.append(Int(asSecond[entry])) }
            pairs.append(contentsOf: firstStarts[x]..<firstStarts[x + 1])
            return mean(pairs.indices, language: { entry in
                let (a, b) = candidates[pairs[entry]]
                return lang[Int(Int(a) == x ? b : a)]
            }, score: { totals[pairs[$0]] })
        }
    }

    /// The margin's neighbour mean of one segment from its candidate scores: the mean of the `k`
    /// best after leaving out the single best in each language (ties: the first), missing
    /// neighbours counted as `floor`. Keeps its buffers from one segment to the next.
    private struct RunnerUpMean {
        let k: Int
        let floor: Double
        private var best: [(language: Int32, entry: Int)] = []
        private var pool: [Double] = []

        init(k: Int, floor: Double) {
            self.k = max(1, k)
            self.floor = floor
        }

        /// The mean over `entries`, each with its candidate's language and score.
        mutating func callAsFunction(_ entries: Range<Int>, language: (Int) -> Int32, score: (Int) -> Double) -> Double {
            best.removeAll(keepingCapacity: true)
            pool.removeAll(keepingCapacity: true)
            for e in entries {
                if let j = best.firstIndex(where: { $0.language == language(e) }) {
                    if score(e) > score(best[j].entry) { best[j].entry = e }
                } else {
                    best.append((language(e), e))
                }
            }
            for e in entries where !best.contains(where: { $0.entry == e }) { pool.append(score(e)) }
            let top = pool.sorted(by: >).prefix(k)
            return (top.reduce(0, +) + floor * Double(k - top.count)) / Double(k)
        }
    }

    /// Threads for keying, candidate search and scoring: the cores, at most eight.
    private var workers: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) }

    struct Scored { var a: Int32; var b: Int32; var margin: Double; var score: PairScorer.Score }
    /// A segment and another document: what a segment's links into that document are counted by.
    struct LinkKey: Hashable {
        var segment: Int32
        var otherDocument: Int32

        /// The keys of the pair (a, b): a's link into b's document, then b's into a's (`doc`: each
        /// segment's document).
        static func ofPair(_ a: Int32, _ b: Int32, doc: [Int32]) -> [LinkKey] {
            [LinkKey(segment: a, otherDocument: doc[Int(b)]), LinkKey(segment: b, otherDocument: doc[Int(a)])]
        }
    }
    /// A link as it grows: its two sides (one segment each, until neighbours join), the pair that
    /// made it, the merged sides' symmetric score, and the segment it was made through, if any.
    struct LinkGroup {
        var sources: [Int32]
        var targets: [Int32]
        var best: Scored
        var symmetric: Double
        var via: Int32?
    }

    /// Links of what linked segments say beyond their partners (`SegmentFeatures.residual`): a long
    /// sentence holding two statements, the first linked, the second said in another sentence of the
    /// same document. For each segment linked into a document, its residual is scored against the
    /// segment's candidates there; the best is linked when its margin (the residual's own
    /// neighbours, the candidate's as in the main pass) passes the threshold and the candidate has
    /// fewer than two links into the segment's document; failing that, the best candidate next to
    /// the segment's partner (`nearbyResidualReach`) is linked at margin ≥
    /// `nearbyResidualMinMargin`. Residuals lighter than `residualMinWeight` (about six content
    /// words) are not tried, and links need `residualMinScore`.
    private func residualLinks(groups: [Scored], features: FeatureTable,
                               candidates: CandidatePairs, knn: [Double], scorer: PairScorer,
                               doc: [Int32], lang: [Int32], linkCount: [LinkKey: Int]) -> [Scored] {
        var partners: [LinkKey: [Int32]] = [:]
        for pair in groups {
            partners[LinkKey(segment: pair.a, otherDocument: doc[Int(pair.b)]), default: []].append(pair.b)
            partners[LinkKey(segment: pair.b, otherDocument: doc[Int(pair.a)]), default: []].append(pair.a)
        }
        guard !partners.isEmpty else { return [] }
        var candidatesOf: [Int32: [Int32]] = [:]
        for key in partners.keys { candidatesOf[key.segment] = [] }
        for (a, b) in candidates {
            if candidatesOf[a] != nil { candidatesOf[a]!.append(b) }
            if candidatesOf[b] != nil { candidatesOf[b]!.append(a) }
        }
        var found: [Scored] = []
        var mean = RunnerUpMean(k: configuration.marginK, floor: configuration.neighbourFloor)
        let keys = partners.keys.sorted { ($0.segment, $0.otherDocument) < ($1.segment, $1.otherDocument) }
        for key in keys {
            let linked = partners[key]!
            let residual = features.features(Int(key.segment)).residual(after: linked.map { features.features(Int($0)) })
            guard scorer.totalWeight(residual) >= Self.residualMinWeight else { continue }
            let scored = (candidatesOf[key.segment] ?? []).map { ($0, scorer.score(residual, features.features(Int($0)))) }
            let neighbours = mean(scored.indices, language: { lang[Int(scored[$0].0)] }, score: { scored[$0].1.total })
            let ownDocument = doc[Int(key.segment)]
            func nextToPartner(_ z: Int32) -> Bool {
                linked.contains { partner in
                    abs(partner - z) <= Self.nearbyResidualReach && (min(partner, z) + 1..<max(partner, z)).allSatisfy {
                        linkCount[LinkKey(segment: $0, otherDocument: ownDocument)] == nil
                    }
                }
            }
            // the best candidate, and the best one next to the segment's partner
            var best: Scored?, bestNearby: Scored?
            for (z, s) in scored where doc[Int(z)] == key.otherDocument && !linked.contains(z) && s.total >= Self.residualMinScore {
                let pair = Scored(a: min(key.segment, z), b: max(key.segment, z),
                                  margin: s.total / ((neighbours + knn[Int(z)]) / 2), score: s)
                if pair.margin > (best?.margin ?? 0) { best = pair }
                if pair.margin > (bestNearby?.margin ?? 0), nextToPartner(z) { bestNearby = pair }
            }
            if let best, best.margin >= configuration.threshold {
                found.append(best)
            } else if let bestNearby, bestNearby.margin >= Self.nearbyResidualMinMargin {
                found.append(bestNearby)
            }
        }
        found.sort { $0.margin != $1.margin ? $0.margin > $1.margin : ($0.a, $0.b) < ($1.a, $1.b) }
        var counts = linkCount
        var taken = Set<UInt64>()
        var result: [Scored] = []
        for pair in found where taken.insert(CandidatePairs.pack(pair.a, pair.b)).inserted {
            // the candidate side must have room (two links into the other document at most)
            let keys = LinkKey.ofPair(pair.a, pair.b, doc: doc)
            guard keys.contains(where: { partners[$0] != nil }),
                  keys.allSatisfy({ partners[$0] != nil || counts[$0, default: 0] < 2 }) else { continue }
            for key in keys { counts[key, default: 0] += 1 }
            result.append(pair)
        }
        return result
    }

    /// Candidate pairs (a < b) from the inverted index.
    private func candidatePairs(features: FeatureTable, postings: PostingLists, weights: [Float],
                                doc: [Int32], lang: [Int32]) -> CandidatePairs {
        let count = features.count
        let cap = configuration.maxPostings
        let perSegment = configuration.candidatesPerSegment
        let sameLanguage = configuration.sameLanguage
        return CandidatePairs(segments: count, perSegment: perSegment, workers: workers) { chunk, out in
            var accumulator = [Float](repeating: 0, count: count)
            var touched: [Int32] = []
            var union: [Int32] = []
            var written = 0
            for i in chunk {
                let f = features[i]
                touched.removeAll(keepingCapacity: true)
                // word keys, then anchors (counted double; the two never share an id)
                func accumulate(_ keys: some Sequence<Int32>, boost: Float) {
                    for key in keys {
                        let list = postings[Int(key)]
                        guard list.count > 1, list.count <= cap else { continue }
                        let w = weights[Int(key)] * boost
                        for j32 in list {
                            let j = Int(j32)
                            if j == i || doc[j] == doc[i] { continue }
                            if !sameLanguage && lang[j] == lang[i] { continue }
                            if accumulator[j] == 0 { touched.append(j32) }
                            accumulator[j] += w
                        }
                    }
                }
                f.sortedKeyUnion(into: &union)
                accumulate(union, boost: 1)
                accumulate(f.anchors, boost: 2)
                let best = touched.sortedPrefix(perSegment) {
                    accumulator[Int($0)] != accumulator[Int($1)] ? accumulator[Int($0)] > accumulator[Int($1)] : $0 < $1
                }
                for j in best {
                    out[written] = i < Int(j) ? CandidatePairs.pack(Int32(i), j) : CandidatePairs.pack(j, Int32(i))
                    written += 1
                }
                for j in touched { accumulator[Int(j)] = 0 }
            }
            // Both sides may have found a pair: CandidatePairs drops the duplicates.
            return written
        }
    }
}
