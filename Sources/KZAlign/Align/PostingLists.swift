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
    /// `jobs` threads each take one run of segments, in both passes (counting, then listing), so the
    /// lists are in segment order whatever `jobs` is.
    init(_ features: FeatureTable, keyCount: Int, maxListed: Int = .max, jobs: Int = 1) {
        let jobs = max(1, min(jobs, features.count))
        let bounds = (0...jobs).map { features.count * $0 / jobs }
        // Calls `body` with each key of each segment of run `w`.
        @Sendable func forEachKey(ofRun w: Int, _ body: (_ key: Int, _ segment: Int32) -> Void) {
            var union: [Int32] = []
            for i in bounds[w]..<bounds[w + 1] {
                let f = features[i]
                f.sortedKeyUnion(into: &union)
                for key in union { body(Int(key), Int32(i)) }
                for key in f.anchors { body(Int(key), Int32(i)) }
            }
        }
        // each run's count of each key, in a buffer per run that later says where its segments go
        let runSlots = (0..<jobs).map { _ in UnsafeMutableBufferPointer<Int32>.allocate(capacity: keyCount) }
        defer { for slots in runSlots { slots.deallocate() } }
        let runs = SendableBox(runSlots)
        _ = ParallelMap.map(Array(0..<jobs), jobs: jobs) { w -> Int in
            let slots = runs.value[w]
            slots.initialize(repeating: 0)
            forEachKey(ofRun: w) { key, _ in slots[key] += 1 }
            return 0
        }
        let counts = runSlots.dropFirst().reduce(into: Array(runSlots[0])) { total, run in
            for k in 0..<keyCount { total[k] += run[k] }
        }
        var starts = [Int](repeating: 0, count: keyCount + 1)
        for k in 0..<keyCount { starts[k + 1] = starts[k] + (Int(counts[k]) <= maxListed ? Int(counts[k]) : 0) }
        // each run's counts become where its segments go in each listed key's list: after the runs before it
        for k in 0..<keyCount where Int(counts[k]) <= maxListed {
            var next = Int32(starts[k])
            for slots in runSlots {
                let count = slots[k]
                slots[k] = next
                next += count
            }
        }
        var items = [Int32](repeating: 0, count: starts[keyCount])
        items.withUnsafeMutableBufferPointer { buffer in
            // each run writes its own slots
            let output = SendableBox(buffer)
            _ = ParallelMap.map(Array(0..<jobs), jobs: jobs) { w -> Int in
                let next = runs.value[w]
                forEachKey(ofRun: w) { key, segment in
                    guard Int(counts[key]) <= maxListed else { return }
                    output.value[Int(next[key])] = segment
                    next[key] += 1
                }
                return 0
            }
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
