#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// True when every UTF-8 byte is ASCII (below 0x80): every Character is then one scalar and
    /// one byte, except CR LF.
    var isAllASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// True when the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes.
    ///
    /// For the ASCII needles kzalign looks for ("://", " ", "sz") in NFC text this is what
    /// `contains(_:)` answers, but `contains(_:)` with a string argument goes through Foundation's
    /// `range(of:)` (NSString, grapheme-aware comparison), which took several percent of a
    /// multilingual run; this is a `memchr`/`memcmp` scan over contiguous storage.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern -> Bool in
            guard !pattern.isEmpty else { return true }
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, pattern) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains($0, pattern) }
        }
    }
}

enum ByteSearch {
    /// True when `pattern` (non-empty) occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress, haystack.count >= pattern.count else { return false }
        let first = Int32(patternBase[0])
        var offset = 0
        let lastStart = haystack.count - pattern.count
        while offset <= lastStart {
            guard let hit = memchr(base + offset, first, lastStart - offset + 1) else { return false }
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + position, patternBase, pattern.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }
}

extension ByteSearch {
    /// Calls `body` with the start and end (exclusive, before the `\n`) of each line of `bytes`,
    /// in order; a last line without `\n` counts.
    @inline(__always)
    static func forEachLine<C: RandomAccessCollection>(_ bytes: C, _ body: (Int, Int) throws -> Void) rethrows
        where C.Element == UInt8, C.Index == Int {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
            try body(start, end)
            start = end + 1
        }
    }
}
