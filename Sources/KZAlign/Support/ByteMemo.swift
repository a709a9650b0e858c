#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A memo from byte strings to byte strings (a token's UTF-8 to its transliteration), built for
/// many lookups of short keys: keys and values live in one byte arena, the table is open
/// addressing with linear probing (Knuth, TAOCP vol. 3, §6.4, algorithm L) over FNV-1a hashes
/// (Fowler, Noll, Vo). A lookup hashes the bytes in place and allocates nothing, where a
/// `[[UInt8]: [UInt8]]` lookup copies the key into an array and runs SipHash over it byte by byte.
///
/// Not thread-safe (a value type; one per worker).
struct ByteMemo {
    /// 12 bytes: the low half of the key's hash (a quick filter before the bytes are compared, and
    /// enough to re-place it when the table grows), where the key starts in the arena, and the
    /// lengths of the key and of the value that follows it there. Word sets hold millions.
    private struct Entry {
        var hash: UInt32
        var keyStart: Int32
        var keyLength: UInt16
        var valueLength: UInt16
    }

    /// Longest key or value held, in bytes; `insert` ignores longer ones (a lookup then misses).
    static let maxLength = Int(UInt16.max)

    /// Slot → entry index + 1 (0: empty). Its count is a power of two, at least twice `entries.count`.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    private var arena: [UInt8] = []

    /// Number of keys held.
    var count: Int { entries.count }

    /// Forgets every key (keeps the storage).
    mutating func removeAll() {
        for i in slots.indices { slots[i] = 0 }
        entries.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Calls `body` with the value stored for `key`, if there is one; returns whether there was.
    @inline(__always)
    func withValue(for key: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let h = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                arena.withUnsafeBufferPointer { bytes in
                    while true {
                        let stored = slots[slot]
                        if stored == 0 { return false }
                        let entry = entries[Int(stored) - 1]
                        if entry.hash == UInt32(truncatingIfNeeded: h) && Int(entry.keyLength) == key.count
                            && (key.count == 0 || memcmp(bytes.baseAddress! + Int(entry.keyStart), key.baseAddress!, key.count) == 0) {
                            let valueStart = Int(entry.keyStart) + Int(entry.keyLength)
                            body(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueStart + Int(entry.valueLength)]))
                            return true
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Stores `value` for `key` (a key not yet present). A key or value longer than `maxLength`
    /// bytes is not stored.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: [UInt8]) {
        guard key.count <= Self.maxLength, value.count <= Self.maxLength else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(key)
        let keyStart = Int32(arena.count)
        arena.append(contentsOf: key)
        arena.append(contentsOf: value)
        entries.append(Entry(hash: UInt32(truncatingIfNeeded: h), keyStart: keyStart,
                             keyLength: UInt16(key.count), valueLength: UInt16(value.count)))
        place(entries.count - 1, hash: h)
    }

    /// Drops the spare capacity that growing by doubling left (up to half of each array), for a
    /// memo that is complete (a loaded word set).
    mutating func shrinkToFit() {
        entries = entries.withUnsafeBufferPointer { Array($0) }
        arena = arena.withUnsafeBufferPointer { Array($0) }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        // The low 32 bits of the hash give the same slot as the full hash while the table has fewer than 2³² slots.
        for (index, entry) in entries.enumerated() { place(index, hash: UInt64(entry.hash)) }
    }
}
