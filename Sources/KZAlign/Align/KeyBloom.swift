/// A 1,024-bit Bloom filter of a segment's word keys with two hash functions (Bloom 1970; the two
/// indexes are two 10-bit fields of one multiplicative hash, Knuth's golden-ratio constant): it
/// answers most "does the other side have this key?" questions of the scorer without a binary
/// search. With ~40 keys a segment, about 0.6 % of absent keys pass (3.8 % with one hash); merged
/// beads of the parallel aligner's coarse levels hold hundreds of keys, which filled a 512-bit
/// filter and made that mode a fifth slower. An array of its own (176 bytes a segment with header
/// and allocator overhead): held inline (`InlineArray`), it saved ~7 % of a 10,000-document run's
/// peak memory but made every `SegmentFeatures` copy larger, and the parallel aligner a tenth slower.
/// The comparable aligner keeps none: it scores each segment against its candidates through
/// `KeyProbe`s, loaded once per segment.
struct KeyBloom: Sendable {
    /// Shared by every empty filter until its first insert (copy on write).
    private static let noBits = [UInt64](repeating: 0, count: 16)
    private var words = KeyBloom.noBits

    init() {}

    init<S: Sequence>(_ keys: S) where S.Element == Int32 {
        for key in keys { insert(key) }
    }

    @inline(__always)
    private static func positions(_ key: Int32) -> (Int, Int) {
        let h = UInt32(bitPattern: key) &* 2_654_435_761
        return (Int(h >> 22), Int((h >> 12) & 1_023))
    }

    mutating func insert(_ key: Int32) {
        let (p, q) = Self.positions(key)
        words[p >> 6] |= 1 << UInt64(p & 63)
        words[q >> 6] |= 1 << UInt64(q & 63)
    }

    /// False only when `key` was never inserted.
    @inline(__always)
    func mayContain(_ key: Int32) -> Bool {
        let (p, q) = Self.positions(key)
        return words.withUnsafeBufferPointer { bits in
            bits[p >> 6] & (1 << UInt64(p & 63)) != 0 && bits[q >> 6] & (1 << UInt64(q & 63)) != 0
        }
    }

    /// The filter of both sets.
    static func | (lhs: KeyBloom, rhs: KeyBloom) -> KeyBloom {
        var joined = lhs
        for i in 0..<16 { joined.words[i] |= rhs.words[i] }
        return joined
    }
}
