/// A 512-bit Bloom filter of a segment's word keys with two hash functions (Bloom 1970; the two
/// indexes are two 9-bit fields of one multiplicative hash, Knuth's golden-ratio constant), held
/// inline in `SegmentFeatures`: it answers most "does the other side have this key?" questions of
/// the scorer without a binary search. With ~40 keys a segment, about 2 % of absent keys pass.
/// Inline rather than an array: a 1,024-bit array per segment cost 176 bytes with its header,
/// about 400 MB at 2.3 million segments.
struct KeyBloom: Sendable, Equatable {
    private var bits = SIMD8<UInt64>(repeating: 0)

    init() {}

    init<S: Sequence>(_ keys: S) where S.Element == Int32 {
        for key in keys { insert(key) }
    }

    @inline(__always)
    private static func positions(_ key: Int32) -> (Int, Int) {
        let h = UInt32(bitPattern: key) &* 2_654_435_761
        return (Int(h >> 23), Int((h >> 14) & 511))
    }

    mutating func insert(_ key: Int32) {
        let (p, q) = Self.positions(key)
        bits[p >> 6] |= 1 << UInt64(p & 63)
        bits[q >> 6] |= 1 << UInt64(q & 63)
    }

    /// False only when `key` was never inserted.
    @inline(__always)
    func mayContain(_ key: Int32) -> Bool {
        let (p, q) = Self.positions(key)
        return bits[p >> 6] & (1 << UInt64(p & 63)) != 0 && bits[q >> 6] & (1 << UInt64(q & 63)) != 0
    }

    /// The filter of both sets.
    static func | (lhs: KeyBloom, rhs: KeyBloom) -> KeyBloom {
        var joined = lhs
        joined.bits |= rhs.bits
        return joined
    }
}
