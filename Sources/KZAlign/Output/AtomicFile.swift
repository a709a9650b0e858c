import Foundation

/// Writes files so that readers see either the old or the new content, never a mix.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `url`, then renames it over `url`.
    ///
    /// - Parameter durable: flush the data to disk before the rename (Foundation's `Data.write`
    ///   does an fsync). Pass false for files that may be lost in a crash but must never be
    ///   seen half-written, such as cache entries: one fsync per document made cached runs
    ///   spend more time in the kernel than in kzalign.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        if durable {
            try data.write(to: temporary)
        } else {
            try writeWithoutSync(data, to: temporary)
        }
        try replace(url, with: temporary)
    }

    /// open(2), write(2), close(2): no fsync.
    private static func writeWithoutSync(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError(url) }
        var failed = false
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 { if errno == EINTR { continue }; failed = true; return }
                offset += written
            }
        }
        let error = failed ? posixError(url) : nil
        if close(descriptor) != 0 && error == nil { throw posixError(url) }
        if let error { try? FileManager.default.removeItem(at: url); throw error }
    }

    private static func posixError(_ url: URL) -> CocoaError {
        let code = errno
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
            NSLocalizedDescriptionKey: "cannot write: \(String(cString: strerror(code)))"])
    }

    /// Moves `source` over `destination` with rename(2): atomic on one file system.
    public static func replace(_ destination: URL, with source: URL) throws {
        if rename(source.path, destination.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: source)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path,
                NSLocalizedDescriptionKey: "cannot move into place: \(String(cString: strerror(code)))"])
        }
    }
}
