/// Reads one JSON object of a configuration file with exact paths in errors:
/// typed getters with defaults, and `finish()` rejecting keys nobody asked for.
struct JSONObjectReader {
    let file: String
    let path: String
    private let members: [(key: String, value: JSONValue)]
    private var consumed: [String] = []

    init(_ value: JSONValue, file: String, path: String) throws {
        guard case let .object(members) = value else {
            throw PipelineError.wrongType(file: file, path: path.isEmpty ? "(top level)" : path, expected: "an object", found: value.typeName)
        }
        self.file = file
        self.path = path
        self.members = members
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    mutating func value(_ key: String) -> JSONValue? {
        consumed.append(key)
        return members.first { $0.key == key }?.value
    }

    mutating func string(_ key: String, default defaultValue: String) throws -> String {
        guard let value = value(key) else { return defaultValue }
        guard case let .string(s) = value else {
            throw PipelineError.wrongType(file: file, path: childPath(key), expected: "a string", found: value.typeName)
        }
        return s
    }

    mutating func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        guard let value = value(key) else { return defaultValue }
        guard case let .bool(b) = value else {
            throw PipelineError.wrongType(file: file, path: childPath(key), expected: "true or false", found: value.typeName)
        }
        return b
    }

    mutating func int(_ key: String, default defaultValue: Int) throws -> Int {
        guard let value = value(key) else { return defaultValue }
        guard case let .number(n) = value, n == n.rounded(), abs(n) < 1e15 else {
            throw PipelineError.wrongType(file: file, path: childPath(key), expected: "a whole number", found: value.typeName)
        }
        return Int(n)
    }

    mutating func strings(_ key: String, default defaultValue: [String]) throws -> [String] {
        guard let value = value(key) else { return defaultValue }
        guard case let .array(items) = value else {
            throw PipelineError.wrongType(file: file, path: childPath(key), expected: "an array of strings", found: value.typeName)
        }
        return try items.enumerated().map { index, item in
            guard case let .string(s) = item else {
                throw PipelineError.wrongType(file: file, path: "\(childPath(key))[\(index)]", expected: "a string", found: item.typeName)
            }
            return s
        }
    }

    /// Throws for the first key present but never read, listing `valid`.
    func finish(valid: [String]) throws {
        for member in members where !consumed.contains(member.key) {
            throw PipelineError.unknownKey(file: file, path: childPath(member.key), valid: valid)
        }
    }
}
