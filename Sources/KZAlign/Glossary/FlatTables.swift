/// Hash tables for the glossary index's hot paths. Both use open addressing
/// with linear probing (Knuth, *TAOCP* vol. 3, §6.4, Algorithm L) in flat
/// arrays: a lookup allocates nothing, retains nothing and hashes with a
/// multiply instead of `Hasher`'s SipHash.

/// FNV-1a, 64 bit (Fowler, Noll, Vo), continued from `h`.
@inline(__always)
func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, _ h: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    var h = h
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
    }
    return h
}

/// Maps byte strings (a short tag followed by UTF-8 text, e.g. `~` + a folded
/// word) to dense ids 0, 1, 2, … in insertion order. The strings live in one
/// byte arena; tag and text are hashed and compared without concatenating them.
struct ByteTable: Sendable {
    private var arena: [UInt8] = []
    /// String `i` is `arena[offsets[i]..<offsets[i + 1]]`.
    private var offsets: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Id per slot, -1 when empty.
    private var slots: [Int32]
    private var shift: UInt64

    /// Number of strings.
    var count: Int { hashes.count }

    init(expectedCount: Int = 8) {
        var size = 16, bits: UInt64 = 4
        while size < expectedCount * 2 { size *= 2; bits += 1 }
        slots = Array(repeating: -1, count: size)
        shift = 64 - bits
        hashes.reserveCapacity(expectedCount)
        offsets.reserveCapacity(expectedCount + 1)
    }

    @inline(__always)
    private func home(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    private func equals(_ id: Int, _ tag: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == tag.count + bytes.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<tag.count where a[start + k] != tag[k] { return false }
            let base = start + tag.count
            for k in 0..<bytes.count where a[base + k] != bytes[k] { return false }
            return true
        }
    }

    /// The id of `tag` + `bytes`, or -1.
    @inline(__always)
    func find(_ tag: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = fnv1a(bytes, fnv1a(tag))
        let mask = slots.count - 1
        var s = home(h)
        while true {
            let id = slots[s]
            if id < 0 { return -1 }
            if hashes[Int(id)] == h, equals(Int(id), tag, bytes) { return id }
            s = (s + 1) & mask
        }
    }

    /// The id of `tag` + `text`, or -1.
    func find(_ tag: [UInt8], _ text: String) -> Int32 {
        var text = text
        return tag.withUnsafeBufferPointer { t in text.withUTF8 { find(t, $0) } }
    }

    /// The id of `tag` + `bytes`, adding it when new.
    mutating func insert(_ tag: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let found = find(tag, bytes)
        if found >= 0 { return found }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let id = Int32(hashes.count)
        let h = fnv1a(bytes, fnv1a(tag))
        hashes.append(h)
        arena.append(contentsOf: tag)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        let mask = slots.count - 1
        var s = home(h)
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = id
        return id
    }

    /// The id of `tag` + `text`, adding it when new.
    mutating func insert(_ tag: [UInt8], _ text: String) -> Int32 {
        var text = text
        return tag.withUnsafeBufferPointer { t in text.withUTF8 { insert(t, $0) } }
    }

    private mutating func grow() {
        shift -= 1
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, h) in hashes.enumerated() {
            var s = home(h)
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(id)
        }
    }
}

/// Maps 64-bit keys (never `UInt64.max`) to `Int32` values: the trie's edges.
struct EdgeTable: Sendable {
    private struct Slot { var key: UInt64; var value: Int32 }
    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(expectedCount: Int = 8) {
        var size = 16, bits: UInt64 = 4
        while size < expectedCount * 2 { size *= 2; bits += 1 }
        slots = Array(repeating: Slot(key: .max, value: 0), count: size)
        shift = 64 - bits
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = home(key)
            while true {
                let slot = slots[s]
                if slot.key == key { return slot.value }
                if slot.key == .max { return -1 }
                s = (s + 1) & mask
            }
        }
    }

    /// Sets a key that is not in the table yet.
    mutating func insertNew(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var s = home(key)
        while slots[s].key != .max { s = (s + 1) & mask }
        slots[s] = Slot(key: key, value: value)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        shift -= 1
        slots = Array(repeating: Slot(key: .max, value: 0), count: old.count * 2)
        count = 0
        for slot in old where slot.key != .max { insertNew(slot.key, slot.value) }
    }
}
