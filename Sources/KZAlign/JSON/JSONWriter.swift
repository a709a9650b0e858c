/// Writes compact JSON with keys in the order they are written: kzalign's
/// outputs follow DESIGN.md's key order and must be byte-identical across runs.
///
/// Strings are written as UTF-8 with only `"`, `\` and control characters
/// escaped (plus U+2028/U+2029, so the output is also valid JavaScript).
/// Numbers: integers as integers; other doubles rounded to 4 decimals.
public struct JSONWriter {
    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    public init() { bytes.reserveCapacity(1024) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast() }
    public mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast() }

    /// Writes `"key":` inside an object; the next value call writes the value.
    public mutating func key(_ key: String) {
        separator()
        appendString(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String) { separator(); appendString(value) }
    public mutating func int(_ value: Int) { separator(); append(String(value)) }
    public mutating func bool(_ value: Bool) { separator(); append(value ? "true" : "false") }
    public mutating func null() { separator(); append("null") }

    /// Writes pre-formatted JSON text as a value (a number's exact digits).
    public mutating func raw(_ json: String) { separator(); append(json) }

    public mutating func double(_ value: Double) {
        separator()
        append(JSONWriter.format(value))
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
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                // most bytes need nothing: all but controls, '"', '\\', DEL and U+2028/U+2029's lead byte
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xE2 {
                    index += 1
                    continue
                }
                var escape: String?
                var width = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20, 0x7F: escape = JSONWriter.unicodeEscape(UInt32(byte))
                case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default: break
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                    bytes.append(contentsOf: escape.utf8)
                    index += width
                    plainStart = index
                } else {
                    index += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
