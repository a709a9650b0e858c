import Testing
@testable import KZAlign

@Suite("ByteMemo: byte-string memo")
struct ByteMemoTests {
    private func lookup(_ memo: ByteMemo, _ key: String) -> String? {
        var found: String?
        let bytes = Array(key.utf8)
        let hit = bytes.withUnsafeBufferPointer { key in memo.withValue(for: key) { found = String(decoding: $0, as: UTF8.self) } }
        return hit ? found : nil
    }

    @Test("keeps every key through growth, tells keys that differ in one byte apart, and forgets on removeAll")
    func roundTrip() {
        var memo = ByteMemo()
        for i in 0..<5_000 {
            let key = Array("слово\(i)".utf8)
            key.withUnsafeBufferPointer { memo.insert($0, value: Array("slovo\(i)".utf8)) }
        }
        #expect(memo.count == 5_000)
        #expect(lookup(memo, "слово0") == "slovo0")
        #expect(lookup(memo, "слово4999") == "slovo4999")
        #expect(lookup(memo, "слово5000") == nil)
        #expect(lookup(memo, "слово") == nil)
        Array("".utf8).withUnsafeBufferPointer { memo.insert($0, value: Array("empty".utf8)) }
        #expect(lookup(memo, "") == "empty")
        memo.removeAll()
        #expect(memo.count == 0)
        #expect(lookup(memo, "слово0") == nil)
    }

    @Test("keys and values up to 65,535 bytes are kept, longer ones are not stored, and shrinking keeps every value")
    func lengthsAndShrink() {
        var memo = ByteMemo()
        let longest = String(repeating: "ж", count: ByteMemo.maxLength / 2)        // 65,534 bytes
        let tooLong = String(repeating: "x", count: ByteMemo.maxLength + 1)
        Array(longest.utf8).withUnsafeBufferPointer { memo.insert($0, value: Array(longest.utf8)) }
        Array(tooLong.utf8).withUnsafeBufferPointer { memo.insert($0, value: Array("v".utf8)) }
        Array("k".utf8).withUnsafeBufferPointer { memo.insert($0, value: Array(tooLong.utf8)) }
        for i in 0..<3_000 { Array("w\(i)".utf8).withUnsafeBufferPointer { memo.insert($0, value: Array("v\(i)".utf8)) } }
        memo.shrinkToFit()
        #expect(lookup(memo, longest) == longest)
        #expect(lookup(memo, tooLong) == nil)
        #expect(lookup(memo, "k") == nil)
        #expect(lookup(memo, "w2999") == "v2999")
        #expect(memo.count == 3_001)
    }
}
