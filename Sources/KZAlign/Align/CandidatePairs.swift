/// The comparable aligner's candidate pairs (a < b), sorted and unique, each packed into one
/// `UInt64` (a in the high half): tens of millions in a large corpus, so they are gathered,
/// sorted and deduplicated in one array rather than copied into a set or a second array.
struct CandidatePairs: RandomAccessCollection, Sendable {
    private var packed: [UInt64]

    /// The pairs found by `workers` workers over `segments` segments, sorted and without
    /// duplicates. Worker `w` is given its chunk of the segments and its own region of one buffer,
    /// room for `perSegment` pairs per segment of the chunk, and returns how many it wrote (each
    /// `pack`ed; a pair may be found from both of its sides). One buffer of the largest possible
    /// size is written once, compacted, sorted and deduplicated in place: growing per-worker lists
    /// and copying them into one array had two copies of every pair, and growth slack, alive at once.
    init(segments: Int, perSegment: Int, workers: Int,
         fill: @Sendable (_ chunk: Range<Int>, _ region: UnsafeMutableBufferPointer<UInt64>) -> Int) {
        let chunkSize = (segments + workers - 1) / Swift.max(workers, 1)
        let chunk = { @Sendable (w: Int) -> Range<Int> in
            Swift.min(segments, w * chunkSize)..<Swift.min(segments, (w + 1) * chunkSize)
        }
        packed = Array(unsafeUninitializedCapacity: segments * perSegment) { buffer, initialized in
            let box = SendableBox(buffer)
            let written = ParallelMap.map(Array(0..<workers), jobs: workers) { w -> Int in
                let segmentRange = chunk(w)
                guard !segmentRange.isEmpty else { return 0 }
                let region = segmentRange.lowerBound * perSegment..<segmentRange.upperBound * perSegment
                return Swift.min(region.count, fill(segmentRange, UnsafeMutableBufferPointer(rebasing: box.value[region])))
            }
            var n = 0
            for w in 0..<workers where written[w] > 0 {
                let start = chunk(w).lowerBound * perSegment
                if start != n, let base = buffer.baseAddress {
                    (base + n).update(from: base + start, count: written[w])
                }
                n += written[w]
            }
            var filled = UnsafeMutableBufferPointer(rebasing: buffer[0..<n])
            initialized = filled.sortMovingUniqueToFront()
        }
    }

    /// The packed form of the pair (a, b).
    @inline(__always)
    static func pack(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }

    @inline(__always)
    subscript(index: Int) -> (Int32, Int32) {
        let value = packed[index]
        return (Int32(bitPattern: UInt32(truncatingIfNeeded: value >> 32)), Int32(bitPattern: UInt32(truncatingIfNeeded: value)))
    }
}
