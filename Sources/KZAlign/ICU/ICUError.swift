import CICU

/// Errors raised by kzalign's ICU wrappers.
public enum ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU has no transliterator with this id; `suggestions` are registered ids that look close.
    case unknownTransliterator(id: String, suggestions: [String])
    /// A custom transliteration rule set failed to compile at `line` (1-based), `offset` in it.
    case invalidTransliterationRules(id: String, line: Int, offset: Int, icuError: String)
    /// ICU has no converter for this charset name.
    case unknownCharset(String)
    /// Any other ICU failure: the operation and ICU's error name.
    case failure(operation: String, icuError: String)

    public var description: String {
        switch self {
        case let .unknownTransliterator(id, suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "ICU has no transliterator '\(id)'\(hint) (`uconv -L` lists them)"
        case let .invalidTransliterationRules(id, line, offset, icuError):
            return "transliteration rules '\(id)': syntax error at rule line \(line), offset \(offset) (\(icuError))"
        case let .unknownCharset(name):
            return "ICU has no converter for charset '\(name)' (`uconv -l` lists them)"
        case let .failure(operation, icuError):
            return "ICU \(operation) failed: \(icuError)"
        }
    }

    static func check(_ status: Int32, _ operation: String) throws {
        if status > 0 { throw ICUError.failure(operation: operation, icuError: errorName(status)) }
    }

    static func errorName(_ status: Int32) -> String { String(cString: kz_error_name(status)) }
}

/// Calls a C function that fills a UTF-16 buffer and returns the length it needs,
/// retrying once with the exact size when the first guess was too small.
@inline(__always)
func fillUTF16(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) -> (String, Int32) {
    var capacity = max(initialCapacity, 16)
    while true {
        var status: Int32 = 0
        var needed: Int32 = 0
        let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = body(buffer.baseAddress!, Int32(capacity), &status)
            count = (status <= 0 && Int(needed) <= capacity) ? Int(needed) : 0
        }
        if status > 0 { return ("", status) }
        if Int(needed) <= capacity { return (String(decoding: result, as: UTF16.self), status) }
        capacity = Int(needed) + 1
    }
}

/// The version of the system ICU kzalign is linked against ("72.1").
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    kz_icu_version(&buffer, 32)
    return string(fromCBuffer: buffer)
}

/// A Swift string from a NUL-terminated C buffer.
func string(fromCBuffer buffer: [CChar]) -> String {
    buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
}
