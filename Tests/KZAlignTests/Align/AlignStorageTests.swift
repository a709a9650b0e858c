import Testing
@testable import KZAlign

/// The compact stores of the comparable aligner: what they hold must be exactly what was put in.
@Suite("Align: compact feature and candidate storage")
struct AlignStorageTests {
    @Test("A key Bloom filter never says no to a key it holds, and says no to most others")
    func keyBloom() {
        let keys = (0..<40).map { Int32($0 * 7_919 + 13) }
        let bloom = KeyBloom(keys)
        #expect(keys.allSatisfy(bloom.mayContain))
        let absent = (100_000..<110_000).map(Int32.init)
        let passed = absent.filter(bloom.mayContain).count
        #expect(passed < 200, "\(passed) of 10,000 absent keys passed (expected about 0.6 %)")
        let other = KeyBloom([5, 6])
        #expect((bloom | other).mayContain(5) && (bloom | other).mayContain(keys[0]))
    }

    @Test("Candidate pairs from several workers come out sorted, unique and complete", arguments: [1, 2, 3, 8])
    func candidatePairs(workers: Int) {
        let segments = 5, perSegment = 3
        // every segment proposes its neighbours on both sides: each pair is found twice
        let pairs = CandidatePairs(segments: segments, perSegment: perSegment, workers: workers) { chunk, out in
            #expect(out.count == chunk.count * perSegment)
            var n = 0
            for i in chunk {
                for j in [i - 1, i + 1] where j >= 0 && j < segments {
                    out[n] = CandidatePairs.pack(Int32(min(i, j)), Int32(max(i, j)))
                    n += 1
                }
            }
            return n
        }
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [1, 2], [2, 3], [3, 4]])
    }
}
