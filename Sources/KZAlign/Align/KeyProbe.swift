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
        startGeneration(count: keys.count)
        withSlots { table in
            for key in keys { table.insert(key) }
        }
    }

    /// Holds the word keys of `view` from now on, as `load(_:)` with them listed word after word.
    mutating func load(_ view: FeatureView) {
        startGeneration(count: view.keyCount)
        withSlots { table in
            for t in view.wordTypes {
                for key in view.types.keys(Int(t)) { table.insert(key) }
            }
        }
    }

    /// Makes room for `count` keys and starts a new generation (an empty set).
    @inline(__always)
    private mutating func startGeneration(count: Int) {
        var capacity = 64
        while capacity < count * 2 { capacity <<= 1 }
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
    }

    /// The slots of the current generation, for inserting keys (the table has room for them).
    private struct Filling {
        let slots: UnsafeMutableBufferPointer<Int32>
        let stamps: UnsafeMutableBufferPointer<UInt32>
        let generation: UInt32, shift: UInt32

        @inline(__always)
        func insert(_ key: Int32) {
            let mask = slots.count - 1
            var i = KeyProbe.home(key, shift: shift)
            while stamps[i] == generation { i = (i + 1) & mask }
            stamps[i] = generation
            slots[i] = key
        }
    }

    @inline(__always)
    private mutating func withSlots(_ body: (Filling) -> Void) {
        let generation = self.generation, shift = self.shift
        slots.withUnsafeMutableBufferPointer { slots in
            stamps.withUnsafeMutableBufferPointer { stamps in
                body(Filling(slots: slots, stamps: stamps, generation: generation, shift: shift))
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
