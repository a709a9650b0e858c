/// A string compared and hashed by its UTF-8 bytes, not by Unicode canonical
/// equivalence as `String` is, with its hash computed once: dictionary
/// probes that miss compare two integers instead of two strings. Sound here
/// because every key is already normalized (NFC text, NFKC_Casefold keys).
struct ByteKey: Hashable, Sendable {
    let string: String
    let hashCode: UInt64

    init(_ string: String) {
        var s = string
        // FNV-1a, 64 bit.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        s.withUTF8 { bytes in
            for b in bytes {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
        }
        self.string = s
        self.hashCode = h
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.hashCode == b.hashCode && a.string.utf8.elementsEqual(b.string.utf8)
    }
}
