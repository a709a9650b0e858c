/// Answers "does this segment have key k?" exactly, for the many questions of scoring one segment
/// against its candidates: an open-addressing hash set (linear probing; Knuth's multiplicative
/// hash, as `KeyBloom`) of the segment's word keys, loaded into buffers a worker reuses from one
/// segment to the next (a generation stamp marks the live slots, so nothing is cleared). It lets
/// the comparable aligner keep no Bloom filter per segment (176 bytes each with its array
/// header) while giving the scorer the same answers.
///
/// Thread safety: one thread at a time.
struct KeyProbe: KeyMembership {
    private var slots: [Int32] = []
    private var stamps: [UInt32] = []
    private var generation: UInt32 = 0
    private var shift: UInt32 = 32

    init() {}

    /// Holds `keys` from now on, instead of what it held before. A key listed twice takes two slots
    /// (the table is sized for every entry) and answers as once: a segment's word keys repeat a
    /// few per cent of the time, and loading them as they are is cheaper than making them unique.
    mutating func load<Keys: Collection<Int32>>(_ keys: Keys) {
        var capacity = 64
        while capacity < keys.count * 2 { capacity <<= 1 }
        if capacity > slots.count {
            slots = [Int32](repeating: 0, count: capacity)
            stamps = [UInt32](repeating: 0, count: capacity)
            generation = 0
            shift = 32 - UInt32(capacity.trailingZeroBitCount)
        }
        generation &+= 1
        if generation == 0 {
            for i in stamps.indices { stamps[i] = 0 }
            generation = 1
        }
        let mask = slots.count - 1
        let generation = self.generation, shift = self.shift
        slots.withUnsafeMutableBufferPointer { slots in
            stamps.withUnsafeMutableBufferPointer { stamps in
                for key in keys {
                    var i = Self.home(key, shift: shift)
                    while stamps[i] == generation { i = (i + 1) & mask }
                    stamps[i] = generation
                    slots[i] = key
                }
            }
        }
    }

    /// The first slot of `key` in an open-addressing table of 2^(32 − `shift`) slots (Knuth's
    /// multiplicative hash); `TrigramNumbering` probes from it too.
    @inline(__always)
    static func home(_ key: Int32, shift: UInt32) -> Int {
        Int((UInt32(bitPattern: key) &* 2_654_435_761) >> shift)
    }

    @inline(__always)
    func containsKey(_ key: Int32) -> Bool {
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            stamps.withUnsafeBufferPointer { stamps in
                var i = Self.home(key, shift: shift)
                while stamps[i] == generation {
                    if slots[i] == key { return true }
                    i = (i + 1) & mask
                }
                return false
            }
        }
    }
}

/// Membership of word keys in one side of a pair (`SegmentFeatures` itself, or a `KeyProbe`
/// loaded with its keys).
protocol KeyMembership {
    func containsKey(_ key: Int32) -> Bool
}

extension SegmentFeatures: KeyMembership {}
