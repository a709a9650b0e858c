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
