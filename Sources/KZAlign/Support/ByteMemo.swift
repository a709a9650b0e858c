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
    private struct Entry {
        var hash: UInt64
        var keyStart: Int32
        var keyLength: Int32
        var valueStart: Int32
        var valueLength: Int32
    }

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
                        if entry.hash == h && Int(entry.keyLength) == key.count
                            && (key.count == 0 || memcmp(bytes.baseAddress! + Int(entry.keyStart), key.baseAddress!, key.count) == 0) {
                            body(UnsafeBufferPointer(rebasing: bytes[Int(entry.valueStart)..<Int(entry.valueStart + entry.valueLength)]))
                            return true
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Stores `value` for `key` (a key not yet present).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: [UInt8]) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(key)
        let keyStart = Int32(arena.count)
        arena.append(contentsOf: key)
        let valueStart = Int32(arena.count)
        arena.append(contentsOf: value)
        entries.append(Entry(hash: h, keyStart: keyStart, keyLength: Int32(key.count),
                             valueStart: valueStart, valueLength: Int32(value.count)))
        place(entries.count - 1, hash: h)
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() { place(index, hash: entry.hash) }
    }
}
