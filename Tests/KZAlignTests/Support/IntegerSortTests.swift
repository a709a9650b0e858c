import Testing
@testable import KZAlign

@Suite("IntegerSort: introsort of integer buffers")
struct IntegerSortTests {
    private func sorted<T: FixedWidthInteger>(_ values: [T], depthLimit: Int? = nil) -> [T] {
        var copy = values
        copy.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            IntegerSort.sort(base, count: buffer.count, depthLimit: depthLimit)
        }
        return copy
    }

    @Test("agrees with the standard sort on random, sorted, reversed, constant and few-valued inputs of every size up to 300",
          arguments: [nil, 0, 1, 3])
    func agreesWithStandardSort(depthLimit: Int?) {
        var random = SplitMix(seed: 2026)  // reproducible, so that a failure can be replayed
        for n in 0...300 {
            let wide = (0..<n).map { _ in Int32.random(in: .min ... .max, using: &random) }
            let few = (0..<n).map { _ in Int32.random(in: -2...2, using: &random) }
            let ascending = (0..<n).map { Int32($0) }
            let pipe = (0..<n).map { Int32(min($0, n - $0)) }
            for values in [wide, few, ascending, Array(ascending.reversed()), pipe, [Int32](repeating: 7, count: n)] {
                #expect(sorted(values, depthLimit: depthLimit) == values.sorted(), "n = \(n)")
            }
        }
    }

    @Test("sorts 64-bit pairs and 100,000 values with many repeats")
    func largeAndWide() {
        var random = SplitMix(seed: 7)
        let pairs = (0..<100_000).map { _ in UInt64.random(in: 0..<5_000, using: &random) << 32 | UInt64.random(in: 0..<3, using: &random) }
        // compared as one Bool: a failure would otherwise print 100,000 values
        let pairsAgree = sorted(pairs) == pairs.sorted()
        #expect(pairsAgree, "100,000 UInt64 pairs")
        let ints = (0..<100_000).map { _ in Int32.random(in: 0..<1_000, using: &random) }
        let intsAgree = sorted(ints) == ints.sorted()
        #expect(intsAgree, "100,000 Int32 with repeats")
    }

    @Test("sortAndRemoveDuplicates on integers keeps one of each value, ascending")
    func uniqueIntegers() {
        var values: [Int32] = [9, -3, 9, 0, -3, Int32.max, Int32.min, 0, 9]
        values.sortAndRemoveDuplicates()
        #expect(values == [Int32.min, -3, 0, 9, Int32.max])
        var buffer: [UInt64] = [3, 3, 1]
        let unique = buffer.withUnsafeMutableBufferPointer { $0.sortMovingUniqueToFront() }
        #expect(Array(buffer.prefix(unique)) == [1, 3])
    }
}
