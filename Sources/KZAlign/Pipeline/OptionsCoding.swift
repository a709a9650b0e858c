import Foundation

/// Decodes and encodes stage options between `JSONValue` and their Codable types,
/// turning decoding failures into `PipelineError`s with JSON paths.
enum OptionsCoding {
    static func encode(_ options: any StageOptions) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(options), let value = try? JSONParser.parse(Array(data)) else {
            return .object([])
        }
        return value
    }

    /// Decodes `value` (the `options` object, or nil) with `factory`, checking
    /// unknown keys against what the options type encodes.
    static func decode(_ value: JSONValue?, factory: StageFactory, file: String, path: String) throws -> any StageOptions {
        let given = value ?? .object([])
        guard case .object = given else {
            throw PipelineError.wrongType(file: file, path: path, expected: "an object", found: given.typeName)
        }
        let options: any StageOptions
        do {
            options = try factory.decodeOptions(Data(given.serialized.utf8), JSONDecoder())
        } catch let error as DecodingError {
            throw pipelineError(error, file: file, path: path)
        } catch let error as OptionError {
            throw PipelineError.invalidValue(file: file, path: "\(path).\(error.key)", message: error.message)
        }
        try rejectUnknownKeys(given: given, known: encode(options), file: file, path: path,
                              freeForm: Set(type(of: options).freeFormKeys))
        return options
    }

    /// Walks `given` against `known` (the encoded options with defaults) and
    /// throws for the first key the options type does not have.
    static func rejectUnknownKeys(given: JSONValue, known: JSONValue, file: String, path: String,
                                  root: String? = nil, freeForm: Set<String> = []) throws {
        let root = root ?? path
        switch (given, known) {
        case let (.object(givenMembers), .object(knownMembers)):
            let knownKeys = knownMembers.map(\.key)
            // Maps keyed by data (language → scheme) accept any key; their values are still checked.
            if freeForm.contains(relative(path, to: root)) { return }
            for member in givenMembers {
                guard let knownValue = knownMembers.first(where: { $0.key == member.key })?.value else {
                    throw PipelineError.unknownKey(file: file, path: "\(path).\(member.key)", valid: knownKeys.sorted())
                }
                try rejectUnknownKeys(given: member.value, known: knownValue, file: file, path: "\(path).\(member.key)",
                                      root: root, freeForm: freeForm)
            }
        case let (.array(givenItems), .array(knownItems)):
            for (index, item) in givenItems.enumerated() where index < knownItems.count {
                try rejectUnknownKeys(given: item, known: knownItems[index], file: file, path: "\(path)[\(index)]",
                                      root: root, freeForm: freeForm)
            }
        default:
            return
        }
    }

    private static func relative(_ path: String, to root: String) -> String {
        path.hasPrefix(root + ".") ? String(path.dropFirst(root.count + 1)) : path
    }

    static func pipelineError(_ error: DecodingError, file: String, path: String) -> PipelineError {
        func join(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(path) { result, key in
                if let index = key.intValue { return "\(result)[\(index)]" }
                return "\(result).\(key.stringValue)"
            }
        }
        switch error {
        case let .typeMismatch(type, context):
            return .wrongType(file: file, path: join(context.codingPath), expected: describe(type), found: "a value of another type")
        case let .valueNotFound(type, context):
            return .wrongType(file: file, path: join(context.codingPath), expected: describe(type), found: "null")
        case let .keyNotFound(key, context):
            return .missingKey(file: file, path: join(context.codingPath + [key]), expected: "a value")
        case let .dataCorrupted(context):
            return .invalidValue(file: file, path: join(context.codingPath), message: context.debugDescription)
        @unknown default:
            return .invalidValue(file: file, path: path, message: "\(error)")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "an array of strings"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
