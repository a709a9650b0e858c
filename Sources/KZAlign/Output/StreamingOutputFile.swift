import Foundation

/// A file in the staging folder written in pieces through a 1 MB buffer, so that a
/// format whose file is large (documents.jsonl: about five times the corpus) never
/// holds the whole file in memory. Atomicity comes from the staging folder
/// (`OutputWriter` renames the finished file into place), not from this type.
///
/// Errors name the file, as `OutputWriteError.cannotWrite`.
final class StreamingOutputFile {
    private let url: URL
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        self.url = url
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.error(url) }
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// Appends bytes, writing the buffer out when it is full.
    func append(_ bytes: some Collection<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Appends one byte.
    func append(_ byte: UInt8) throws {
        buffer.append(byte)
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func finish() throws {
        try flush()
        let closing = descriptor
        descriptor = -1
        if Foundation.close(closing) != 0 { throw Self.error(url) }
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.error(url)
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func error(_ url: URL) -> OutputWriteError {
        .cannotWrite(file: url.path, message: String(cString: strerror(errno)))
    }
}
