/// Why a glossary could not be loaded. Every case names the file and line
/// (1-based) so an analyst can fix the spreadsheet row; loading stops before
/// any document is read.
public enum GlossaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// A line has the wrong number of columns or a missing required field.
    case malformedLine(file: String, line: Int, reason: String)
    /// A variant cell is empty (or only spaces / punctuation, so it has no tokens).
    case emptyVariant(file: String, line: Int)
    /// The language code is not an ISO 639 code ICU knows (nor `mul`).
    case unknownLanguage(file: String, line: Int, code: String)
    /// A flag the format does not define.
    case unknownFlag(file: String, line: Int, flag: String, valid: [String])
    /// The same concept id with a different label, type or Wikidata id.
    case conflictingConcept(id: String, field: String, first: Location, firstValue: String,
                            second: Location, secondValue: String)
    /// A TBX file that is not well-formed XML or lacks the TBX structure.
    case invalidTBX(file: String, line: Int, reason: String)

    /// A place in a glossary source: file and 1-based line (0 for generated concepts such as CLDR names).
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
        public var description: String { line > 0 ? "\(file):\(line)" : file }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read glossary: \(reason)"
        case let .malformedLine(file, line, reason):
            return "\(file):\(line): malformed glossary line: \(reason)"
        case let .emptyVariant(file, line):
            return "\(file):\(line): empty variant: the variant column must hold a term with at least one letter or digit"
        case let .unknownLanguage(file, line, code):
            return "\(file):\(line): unknown language code '\(code)': use an ISO 639 code ICU knows (en, ru, kk, uz-Cyrl …) or 'mul' for any language"
        case let .unknownFlag(file, line, flag, valid):
            return "\(file):\(line): unknown flag '\(flag)'; valid flags: \(valid.joined(separator: ", "))"
        case let .conflictingConcept(id, field, first, firstValue, second, secondValue):
            return "\(second): concept '\(id)' has \(field) '\(secondValue)', but \(first) gave it \(field) '\(firstValue)'; use one \(field) per id or a new id"
        case let .invalidTBX(file, line, reason):
            return "\(file):\(line): invalid TBX: \(reason)"
        }
    }
}
