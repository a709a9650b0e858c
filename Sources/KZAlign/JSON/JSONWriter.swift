/// Writes compact JSON with keys in the order they are written: kzalign's
/// outputs follow DESIGN.md's key order and must be byte-identical across runs.
///
/// Strings are written as UTF-8 with only `"`, `\` and control characters
/// escaped (plus U+2028/U+2029, so the output is also valid JavaScript).
/// Numbers: integers as integers; other doubles rounded to 4 decimals.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]

    public init() { output.reserveCapacity(1024) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output.append(",") }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func beginObject() { separator(); output.append("{"); needsComma.append(false) }
    public mutating func endObject() { output.append("}"); needsComma.removeLast() }
    public mutating func beginArray() { separator(); output.append("["); needsComma.append(false) }
    public mutating func endArray() { output.append("]"); needsComma.removeLast() }

    /// Writes `"key":` inside an object; the next value call writes the value.
    public mutating func key(_ key: String) {
        separator()
        appendString(key)
        output.append(":")
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String) { separator(); appendString(value) }
    public mutating func int(_ value: Int) { separator(); output.append(String(value)) }
    public mutating func bool(_ value: Bool) { separator(); output.append(value ? "true" : "false") }
    public mutating func null() { separator(); output.append("null") }

    public mutating func double(_ value: Double) {
        separator()
        output.append(JSONWriter.format(value))
    }

    /// Deterministic number text: integers without a fraction, others rounded to 4 decimals.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    // Convenience for key + value pairs.
    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Double) { key(name); double(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
    public mutating func field(_ name: String, _ value: Double?) {
        key(name)
        if let value { double(value) } else { null() }
    }
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for item in strings { string(item) }
        endArray()
    }

    /// Writes any JSONValue (objects keep their key order).
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(b): bool(b)
        case let .number(n): double(n)
        case let .string(s): string(s)
        case let .array(items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case let .object(members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    private mutating func appendString(_ value: String) {
        output.append("\"")
        var plainStart = value.unicodeScalars.startIndex
        var index = plainStart
        let scalars = value.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escaped: String?
            switch scalar.value {
            case 0x22: escaped = "\\\""
            case 0x5C: escaped = "\\\\"
            case 0x0A: escaped = "\\n"
            case 0x0D: escaped = "\\r"
            case 0x09: escaped = "\\t"
            case 0x00..<0x20, 0x2028, 0x2029, 0x7F:
                let hex = String(scalar.value, radix: 16)
                escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped = nil
            }
            if let escaped {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output.append(escaped)
                index = scalars.index(after: index)
                plainStart = index
            } else {
                index = scalars.index(after: index)
            }
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
        output.append("\"")
    }
}
