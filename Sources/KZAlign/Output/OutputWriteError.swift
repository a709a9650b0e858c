/// Why an output format could not write its file.
public enum OutputWriteError: Error, Equatable, CustomStringConvertible {
    /// SQLite refused an operation on `file`.
    case sqlite(file: String, message: String)
    /// A file could not be written (disk full, permissions).
    case cannotWrite(file: String, message: String)
    /// An output format failed; the run's earlier outputs were kept.
    case format(name: String, message: String)

    public var description: String {
        switch self {
        case let .sqlite(file, message):
            return "cannot write SQLite index \(file): \(message)"
        case let .cannotWrite(file, message):
            return "cannot write \(file): \(message)"
        case let .format(name, message):
            return "output format \(name): \(message)"
        }
    }
}

import Foundation

extension Data {
    /// Writes into a staging folder, turning Foundation's error into an `OutputWriteError` naming the file.
    func writeOutput(to url: URL) throws {
        do {
            try write(to: url, options: .atomic)
        } catch {
            throw OutputWriteError.cannotWrite(file: url.path, message: error.localizedDescription)
        }
    }
}
