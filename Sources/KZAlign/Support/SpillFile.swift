#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An anonymous temporary file that data is moved into while it is not needed in memory (the
/// idea of Spark's `MEMORY_AND_DISK` storage level): written once, front to back, then read at
/// any offset from any thread. The file is unlinked as soon as it is created, so it takes no name
/// in the folder and its space is given back when this object goes (or the process ends, however
/// it ends).
final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    /// Bytes written so far: the offset of the next write.
    private(set) var size = 0

    /// A new empty file in `directory`.
    /// - Throws: `Failure` when the file cannot be created there.
    init(directory: URL) throws(Failure) {
        var template = Array("\(directory.path)/kzalign-spill-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(operation: "create a temporary file in \(directory.path)", code: errno) }
        descriptor = fd
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    }

    /// A file already open for reading and writing, taken over (closed with this object).
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `bytes`; returns the offset they start at.
    /// - Throws: `Failure` when the write fails (a full disk).
    @discardableResult
    func append(_ bytes: [UInt8]) throws(Failure) -> Int {
        let start = size
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Failure(operation: "write the temporary file", code: errno) }
            written += n
        }
        size += bytes.count
        return start
    }

    /// The `count` bytes at `offset`.
    /// - Throws: `Failure` when they cannot be read back.
    func read(offset: Int, count: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Failure(operation: "read the temporary file back", code: n == 0 ? EIO : errno) }
            done += n
        }
        return bytes
    }

    /// A system call on the file failed.
    struct Failure: Error, CustomStringConvertible {
        var operation: String
        var code: Int32
        var description: String { "cannot \(operation): \(String(cString: strerror(code)))" }
    }
}
