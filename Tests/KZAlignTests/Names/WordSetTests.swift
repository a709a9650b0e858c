import Testing
@testable import KZAlign

@Suite("WordSet: dictionary words as bytes")
struct WordSetTests {
    @Test("a word loaded in NFD is found in NFC; absent words and prefixes are not found")
    func normalizing() {
        var set = WordSet()
        let decomposed = Array("cafe\u{301}".utf8) // "café" with a combining acute (NFD)
        decomposed.withUnsafeBufferPointer { set.insertNormalizing($0) }
        Array("Sicherheit".utf8).withUnsafeBufferPointer { set.insertNormalizing($0) }
        set.insert("Sicherheit") // a duplicate is kept once
        #expect(set.count == 2)
        #expect(set.contains("caf\u{E9}"))
        #expect(set.contains("Sicherheit"))
        #expect(!set.contains("sicherheit"))
        #expect(!set.contains("caf"))
        #expect(!WordSet().contains("x") && WordSet().isEmpty)
    }
}
