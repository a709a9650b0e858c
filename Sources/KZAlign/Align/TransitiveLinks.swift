extension ComparableAligner {
    /// Margin a link through a third language needs: the pair scores at least as well as the mean
    /// of its two sides' runner-up candidates. Pairs whose numbers or dates conflict lose nine
    /// tenths of their score (`PairScorer`) and stay far below it.
    static let transitiveMinMargin = 1.0

    /// Links between two segments that the links so far join through a third, in another document
    /// and language: if x ↔ y and y ↔ z are linked, x and z say the same thing, and their own
    /// score only has to stand out from their neighbours (`transitiveMinMargin`), not pass the
    /// threshold. This is the idea of Simard (1999), "Text-translation alignment: three languages
    /// are better than two" (EMNLP/VLC): a third version disambiguates what two cannot. Words that
    /// the dictionaries barely bridge (Kazakh has no FreeDict dictionary) then still link where a
    /// better-served language vouches for both sides.
    ///
    /// Only pairs in different documents and languages (or the same language when `sameLanguage`
    /// is on) with no link yet between the two documents on either side are tried; each segment
    /// takes at most one such link into each document, best margin first. Returns the links with
    /// the segment they were found through (the lowest-numbered one when several join them).
    func transitiveLinks(groups: [LinkGroup], features: FeatureTable, knn: [Double], scorer: PairScorer,
                         doc: [Int32], lang: [Int32], linkCount: [LinkKey: Int]) -> [(pair: Scored, via: Int32)] {
        var partners: [Int32: Set<Int32>] = [:]
        for group in groups {
            for x in group.sources { partners[x, default: []].formUnion(group.targets) }
            for y in group.targets { partners[y, default: []].formUnion(group.sources) }
        }
        var found: [(pair: Scored, via: Int32)] = []
        var tried = Set<UInt64>()
        for pivot in partners.keys.sorted() {
            let linked = partners[pivot]!.sorted()
            for (i, x) in linked.enumerated() {
                for y in linked[(i + 1)...] {
                    let dx = doc[Int(x)], dy = doc[Int(y)]
                    guard dx != dy, configuration.sameLanguage || lang[Int(x)] != lang[Int(y)],
                          linkCount[LinkKey(segment: x, otherDocument: dy)] == nil,
                          linkCount[LinkKey(segment: y, otherDocument: dx)] == nil,
                          tried.insert(CandidatePairs.pack(x, y)).inserted else { continue }
                    let score = scorer.score(features[Int(x)], features[Int(y)])
                    let margin = Self.margin(score.total, x, y, knn: knn)
                    if margin >= Self.transitiveMinMargin {
                        found.append((Scored(a: x, b: y, margin: margin, score: score), pivot))
                    }
                }
            }
        }
        found.sort { $0.pair.margin != $1.pair.margin ? $0.pair.margin > $1.pair.margin : ($0.pair.a, $0.pair.b) < ($1.pair.a, $1.pair.b) }
        var taken = Set<LinkKey>()
        return found.filter { link in
            let keys = [LinkKey(segment: link.pair.a, otherDocument: doc[Int(link.pair.b)]),
                        LinkKey(segment: link.pair.b, otherDocument: doc[Int(link.pair.a)])]
            guard keys.allSatisfy({ !taken.contains($0) }) else { return false }
            taken.formUnion(keys)
            return true
        }
    }
}
