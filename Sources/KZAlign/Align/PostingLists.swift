/// The inverted index of the comparable aligner: for each key id, the segments that have it, in
/// segment order, stored flat (compressed sparse rows: one array of segment numbers and one of
/// start offsets) instead of an array per key. A 300,000-segment corpus has about a million keys;
/// an array each cost a heap block and its growth slack, about a third of the index's memory.
struct PostingLists: Sendable {
    /// Start of key `k`'s list in `items`; `starts[k + 1]` is its end.
    private let starts: [Int]
    private let items: [Int32]

    /// Indexes each segment under its `keyUnion` and `anchors` (ids below `keyCount`).
    init(_ features: [SegmentFeatures], keyCount: Int) {
        var starts = [Int](repeating: 0, count: keyCount + 1)
        for f in features {
            for key in f.keyUnion { starts[Int(key) + 1] += 1 }
            for key in f.anchors { starts[Int(key) + 1] += 1 }
        }
        for k in 0..<keyCount { starts[k + 1] += starts[k] }
        var next = starts
        var items = [Int32](repeating: 0, count: starts[keyCount])
        for (i, f) in features.enumerated() {
            for key in f.keyUnion { items[next[Int(key)]] = Int32(i); next[Int(key)] += 1 }
            for key in f.anchors { items[next[Int(key)]] = Int32(i); next[Int(key)] += 1 }
        }
        self.starts = starts
        self.items = items
    }

    /// Number of segments with key `key` (its document frequency).
    @inline(__always)
    func count(_ key: Int) -> Int { starts[key + 1] - starts[key] }

    /// The segments with key `key`, in segment order.
    @inline(__always)
    subscript(key: Int) -> ArraySlice<Int32> { items[starts[key]..<starts[key + 1]] }
}
