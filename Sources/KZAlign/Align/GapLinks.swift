extension ComparableAligner {
    /// Margin a pair needs to fill a gap between links of its two documents: it scores at least
    /// as well as the mean of its two sides' runner-up candidates.
    static let gapMinMargin = 1.0
    /// How far, in segments of each document, the links that bracket a gap pair may lie from it.
    static let gapWindow: Int32 = 4

    /// Links that fill the gaps between the links of two documents that translate each other in
    /// stretches: a pair (x, y) whose margin is below the threshold but at least `gapMinMargin`,
    /// bracketed by links of its two documents (`LinkGrid.brackets`). Where two documents run in
    /// step, the links around a gap say where its counterpart is, and a pair there only has to
    /// stand out from its neighbours, not pass the threshold: Bleualign's second pass (Sennrich
    /// and Volk 2010, "MT-based sentence alignment for OCR-generated parallel texts", AMTA) aligns
    /// the sentences left between its anchor beads the same way. Comparable news, whose links
    /// rarely run in step, gains little: both brackets must exist.
    ///
    /// Only segments with no link yet into the other document are tried, and each takes one gap
    /// link there, best margin first. A gap link brackets further pairs, so passes repeat until
    /// one adds nothing (a stretch of translation fills from both ends).
    func gapLinks(groups: [LinkGroup], candidates: CandidatePairs, totals: [Double], knn: [Double],
                  features: FeatureTable, scorer: PairScorer, doc: [Int32], linkCount: [LinkKey: Int]) -> [Scored] {
        var grid = LinkGrid(doc: doc)
        for group in groups {
            for s in group.sources {
                for t in group.targets { grid.insert(s, t) }
            }
        }
        // pairs that could fill a gap: two free segments of two documents linked at least twice
        var linked = Set(linkCount.keys)
        // neither segment has a link into the other's document yet
        func free(_ a: Int32, _ b: Int32) -> Bool { LinkKey.ofPair(a, b, doc: doc).allSatisfy { !linked.contains($0) } }
        var pool: [(a: Int32, b: Int32, margin: Double)] = []
        for (idx, (a, b)) in candidates.enumerated() where totals[idx] >= configuration.minScore {
            let margin = Self.margin(totals[idx], a, b, knn: knn)
            guard margin >= Self.gapMinMargin, grid.linkCount(a, b) >= 2, free(a, b) else { continue }
            pool.append((a, b, margin))
        }
        pool.sort { $0.margin != $1.margin ? $0.margin > $1.margin : ($0.a, $0.b) < ($1.a, $1.b) }
        var result: [Scored] = []
        while true {
            // which pairs are bracketed is decided on the links before the pass
            let bracketedNow = pool.filter { grid.brackets($0.a, $0.b) }
            var added = 0
            for pair in bracketedNow where free(pair.a, pair.b) {
                linked.formUnion(LinkKey.ofPair(pair.a, pair.b, doc: doc))
                grid.insert(pair.a, pair.b)
                result.append(Scored(a: pair.a, b: pair.b, margin: pair.margin,
                                     score: scorer.score(features[Int(pair.a)], features[Int(pair.b)])))
                added += 1
            }
            guard added > 0 else { break }
            pool.removeAll { !free($0.a, $0.b) }
        }
        return result
    }

    /// Links as points (x, y), x < y, per pair of documents. Documents are contiguous runs of
    /// segment numbers, so x's document is always the lower-numbered one and the distance between
    /// two segments of one document is the difference of their numbers.
    struct LinkGrid {
        let doc: [Int32]
        private var points: [DocumentPair: Set<UInt64>] = [:]

        init(doc: [Int32]) { self.doc = doc }

        /// Records a link between segments `a` and `b` (either order).
        mutating func insert(_ a: Int32, _ b: Int32) {
            let (x, y) = a < b ? (a, b) : (b, a)
            points[DocumentPair(doc[Int(x)], doc[Int(y)]), default: []].insert(CandidatePairs.pack(x, y))
        }

        /// Links recorded between the documents of `a` and `b`.
        func linkCount(_ a: Int32, _ b: Int32) -> Int { points[DocumentPair(doc[Int(a)], doc[Int(b)])]?.count ?? 0 }

        /// Whether the documents of `a` and `b` hold a link (p, q) before the pair in both
        /// (0 < x − p ≤ `gapWindow` and 0 < y − q ≤ `gapWindow`) and one after it in both.
        func brackets(_ a: Int32, _ b: Int32) -> Bool {
            let (x, y) = a < b ? (a, b) : (b, a)
            guard let set = points[DocumentPair(doc[Int(x)], doc[Int(y)])], set.count >= 2 else { return false }
            func any(_ direction: Int32) -> Bool {
                for dx in 1...ComparableAligner.gapWindow {
                    for dy in 1...ComparableAligner.gapWindow where set.contains(CandidatePairs.pack(x + direction * dx, y + direction * dy)) { return true }
                }
                return false
            }
            return any(-1) && any(1)
        }
    }

    /// Two documents, the lower-numbered first.
    struct DocumentPair: Hashable {
        var first: Int32
        var second: Int32
        init(_ a: Int32, _ b: Int32) { (first, second) = a < b ? (a, b) : (b, a) }
    }
}
