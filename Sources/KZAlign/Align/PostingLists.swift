/// The inverted index of the comparable aligner: for each key id, the segments that have it, in
/// segment order, stored flat (compressed sparse rows: one array of segment numbers and one of
/// start offsets) instead of an array per key. A 300,000-segment corpus has about a million keys;
/// an array each cost a heap block and its growth slack, about a third of the index's memory.
///
/// Only the lists of keys held by at most `maxListed` segments are stored: a more frequent key
/// never proposes candidates (`ComparableAligner.Configuration.maxPostings`), and its document
/// frequency is all the aligner reads of it. In a 100,000-document corpus such keys held nine
/// in ten of the 93 million entries (370 MB).
struct PostingLists: Sendable {
    /// Number of segments with each key (document frequency), listed or not.
    private let counts: [Int32]
    /// Start of key `k`'s list in `items`; `starts[k + 1]` is its end (empty for unlisted keys).
    private let starts: [Int]
    private let items: [Int32]

    /// Indexes each segment under its word keys (`FeatureView.sortedKeyUnion(into:)`) and anchors
    /// (ids below `keyCount`), listing the segments of the keys that at most `maxListed` segments have.
    init(_ features: FeatureTable, keyCount: Int, maxListed: Int = .max) {
        var counts = [Int32](repeating: 0, count: keyCount)
        var union: [Int32] = []
        for i in 0..<features.count {
            let f = features[i]
            f.sortedKeyUnion(into: &union)
            for key in union { counts[Int(key)] += 1 }
            for key in f.anchors { counts[Int(key)] += 1 }
        }
        var starts = [Int](repeating: 0, count: keyCount + 1)
        for k in 0..<keyCount { starts[k + 1] = starts[k] + (Int(counts[k]) <= maxListed ? Int(counts[k]) : 0) }
        var next = starts
        var items = [Int32](repeating: 0, count: starts[keyCount])
        for i in 0..<features.count {
            let f = features[i]
            f.sortedKeyUnion(into: &union)
            for key in union where next[Int(key)] < starts[Int(key) + 1] { items[next[Int(key)]] = Int32(i); next[Int(key)] += 1 }
            for key in f.anchors where next[Int(key)] < starts[Int(key) + 1] { items[next[Int(key)]] = Int32(i); next[Int(key)] += 1 }
        }
        self.counts = counts
        self.starts = starts
        self.items = items
    }

    /// Number of segments with key `key` (its document frequency).
    @inline(__always)
    func count(_ key: Int) -> Int { Int(counts[key]) }

    /// The segments with key `key`, in segment order; empty when more than `maxListed` have it.
    @inline(__always)
    subscript(key: Int) -> ArraySlice<Int32> { items[starts[key]..<starts[key + 1]] }
}
