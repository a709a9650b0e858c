/// A string as a dictionary key compared and hashed by its UTF-8 bytes. `String` compares and
/// hashes by canonical equivalence, normalizing non-ASCII text as it goes: memo tables of
/// Cyrillic or Arabic words spent most of a look-up there. Two spellings that are canonically
/// equivalent but encoded differently are different keys here (a memo then holds both).
///
/// Thread safety: a value type.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }
}
