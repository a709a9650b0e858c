/// Why a pipeline cannot run. Raised before any document is read; the
/// executable exits with status 2 on any of these.
///
/// Every message names the file and, for the pipeline file, the JSON path of
/// the offending key (`stages[2].options.scheme`) and what was expected.
public enum PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadableFile(file: String, reason: String)
    /// The pipeline file is not valid JSON.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A key the schema does not have; `valid` lists the keys allowed there.
    case unknownKey(file: String, path: String, valid: [String])
    /// A required key is absent.
    case missingKey(file: String, path: String, expected: String)
    /// A value of the wrong JSON type.
    case wrongType(file: String, path: String, expected: String, found: String)
    /// A value of the right type but out of range or not one of the choices.
    case invalidValue(file: String, path: String, message: String)
    /// `type` names no registered stage.
    case unknownStageType(file: String, path: String, type: String, available: [String])
    /// A stage needs something no earlier stage provides.
    case unmetRequirement(file: String, path: String, stage: String, missing: String, providedBy: [String])
    /// A folder or file the pipeline names does not exist.
    case missingPath(file: String, path: String, resolved: String, expected: String)
    /// A data file named by the pipeline (gazetteer, glossary, rules) is malformed.
    case invalidDataFile(file: String, line: Int?, message: String)
    /// The pipeline's `version` is not one this kzalign reads.
    case unsupportedVersion(file: String, found: Int, supported: [Int])

    public var description: String {
        switch self {
        case let .unreadableFile(file, reason):
            return "\(file): cannot read: \(reason)"
        case let .syntax(file, line, column, message):
            return "\(file):\(line):\(column): invalid JSON: \(message)"
        case let .unknownKey(file, path, valid):
            return "\(file): at `\(path)`: unknown key; valid keys here: \(valid.joined(separator: ", "))"
        case let .missingKey(file, path, expected):
            return "\(file): at `\(path)`: missing; expected \(expected)"
        case let .wrongType(file, path, expected, found):
            return "\(file): at `\(path)`: expected \(expected), found \(found)"
        case let .invalidValue(file, path, message):
            return "\(file): at `\(path)`: \(message)"
        case let .unknownStageType(file, path, type, available):
            return "\(file): at `\(path)`: no stage type \"\(type)\"; available stage types: \(available.joined(separator: ", "))"
        case let .unmetRequirement(file, path, stage, missing, providedBy):
            let providers = providedBy.isEmpty ? "no stage provides it" : "add \(providedBy.map { "\"\($0)\"" }.joined(separator: " or ")) before it"
            return "\(file): at `\(path)`: stage \"\(stage)\" needs \(missing), which no earlier stage provides; \(providers)"
        case let .missingPath(file, path, resolved, expected):
            return "\(file): at `\(path)`: \(resolved) does not exist; expected \(expected)"
        case let .invalidDataFile(file, line, message):
            return line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
        case let .unsupportedVersion(file, found, supported):
            return "\(file): at `version`: version \(found) is not supported; this kzalign reads version \(supported.map(String.init).joined(separator: ", "))"
        }
    }
}
