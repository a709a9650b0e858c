import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory-mapped file. Pages load on first touch and are shared
/// with the page cache, so a large model costs little until it is used.
///
/// Thread safety: immutable after init; safe to read from any thread.
final class MappedFile: @unchecked Sendable {
    let path: String
    let base: UnsafeRawPointer
    let count: Int

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw LanguageError.invalidModel(path: path, reason: "cannot open: errno \(errno)") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else {
            throw LanguageError.invalidModel(path: path, reason: "empty or unreadable file")
        }
        let size = Int(info.st_size)
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else {
            throw LanguageError.invalidModel(path: path, reason: "mmap failed: errno \(errno)")
        }
        // Lookups jump around the file: no read-ahead, so only touched pages become resident.
        _ = madvise(pointer, size, Int32(MADV_RANDOM))
        base = UnsafeRawPointer(pointer)
        count = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }
}

/// A read-only file read with `pread` at the offsets asked for, for tables
/// that are probed at a few random places per lookup (the word tables of
/// short-text evidence). Unlike a mapping, nothing becomes resident in the
/// process: a memory-mapped page fault maps the whole fault-around window
/// (64 KB on Linux, whatever `MADV_RANDOM` says) of pages already cached, so
/// a few hundred random lookups made a 27 MB mapped table fully resident. The
/// kernel's page cache still serves the reads.
///
/// Thread safety: immutable after init; `pread` has no shared file offset, so
/// reads may run from any thread.
final class PositionalFile: @unchecked Sendable {
    let path: String
    let count: Int
    private let fd: Int32

    /// Opens `path`.
    /// - Throws: `LanguageError.invalidModel` when it cannot be opened or is empty.
    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LanguageError.invalidModel(path: path, reason: "cannot open: errno \(errno)") }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else {
            close(fd)
            throw LanguageError.invalidModel(path: path, reason: "empty or unreadable file")
        }
        count = Int(info.st_size)
    }

    deinit { close(fd) }

    /// Reads up to `buffer.count` bytes at `offset`; returns how many were read (0 past the end or on error).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return done
    }

    /// The byte at `offset` (0 past the end).
    func byte(at offset: Int) -> UInt8 {
        var value: UInt8 = 0
        _ = withUnsafeMutableBytes(of: &value) { read(into: $0, at: offset) }
        return value
    }

    /// `count` bytes at `offset` (fewer at the end of the file).
    func bytes(at offset: Int, count: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = out.withUnsafeMutableBytes { read(into: $0, at: offset) }
        out.removeLast(count - n)
        return out
    }

    /// The first `count` bytes of a kzalign model file: an 8-byte ASCII `magic`, then a little-endian
    /// u32 format version, which must be `version`.
    /// - Throws: `LanguageError.invalidModel` naming the file on a short file, another magic or version.
    func header(count: Int, magic: String, version: UInt32) throws -> [UInt8] {
        let head = bytes(at: 0, count: count)
        guard head.count == count, head.starts(with: Array(magic.utf8)) else {
            throw LanguageError.invalidModel(path: path, reason: "bad magic")
        }
        guard head.littleEndian(UInt32.self, at: 8) == version else {
            throw LanguageError.invalidModel(path: path, reason: "unsupported version")
        }
        return head
    }
}

extension Array where Element == UInt8 {
    /// The little-endian unsigned integer of `T`'s width at byte `offset`.
    func littleEndian<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type, at offset: Int) -> T {
        (0..<MemoryLayout<T>.size).reduce(T(0)) { $0 | T(self[offset + $1]) << (8 * $1) }
    }
}
