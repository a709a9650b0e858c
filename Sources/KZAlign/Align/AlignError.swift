import Foundation

/// Errors of the aligner: dictionaries, option values, parallel input files.
public enum AlignError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A FreeDict `.index` line that is not `headword<TAB>offset<TAB>length` in dictd base64.
    case badIndexLine(file: String, line: Int, text: String)
    /// A file that could not be read (missing, unreadable).
    case unreadable(file: String, reason: String)
    /// A `.dict.dz` that zlib could not decompress (zlib's error code).
    case badCompressedData(file: String, code: Int32)
    /// An index entry pointing outside the dictionary data.
    case entryOutOfRange(file: String, line: Int)
    /// A dictionary named in options was not found in any search folder.
    case dictionaryNotFound(name: String, searched: [String])
    /// A line of a data file (word frequencies) that does not have the expected shape.
    case malformedData(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .badIndexLine(file, line, text):
            return "\(file):\(line): expected 'headword<TAB>offset<TAB>length' (dictd base64), found '\(text.prefix(80))'"
        case let .unreadable(file, reason):
            return "\(file): cannot read (\(reason))"
        case let .badCompressedData(file, code):
            return "\(file): not a valid gzip/dictzip file (zlib error \(code))"
        case let .entryOutOfRange(file, line):
            return "\(file):\(line): entry offset/length points past the end of the .dict data"
        case let .malformedData(file, line, message):
            return line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case let .dictionaryNotFound(name, searched):
            return "dictionary '\(name)' not found in \(searched.joined(separator: ", ")); install Debian package \(TranslationLexicon.package(of: name)) (scripts/setup.sh does)"
        }
    }
}
