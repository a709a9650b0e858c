import CICU

/// Charset detection and conversion through ICU (`ucsdet`, `ucnv`).
///
/// Thread safety: stateless; every call opens and closes its own ICU objects.
public enum CharsetConverter {
    /// What ICU's detector guessed for a byte string.
    public struct Detection: Equatable, Sendable {
        /// ICU's charset name ("windows-1251", "KOI8-R", "UTF-8").
        public var charset: String
        /// The detector's confidence, 0–100.
        public var confidence: Int
        /// The detector's language guess ("ru"), empty when it has none.
        public var language: String
    }

    /// Text decoded to a Swift string, with the number of byte sequences that
    /// were invalid in the source charset and became U+FFFD.
    public struct Decoded: Equatable, Sendable {
        public var text: String
        public var replacedSequences: Int
    }

    /// ICU's best guess at the charset of `bytes`; nil when it has none.
    public static func detect(_ bytes: [UInt8]) -> Detection? {
        var name = [CChar](repeating: 0, count: 64)
        var language = [CChar](repeating: 0, count: 16)
        var confidence: Int32 = 0
        var status: Int32 = 0
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                kz_charset_detect(chars.baseAddress, Int32(chars.count), &name, 64, &language, 16, &confidence, &status)
            }
        }
        let charset = string(fromCBuffer: name)
        guard status <= 0, !charset.isEmpty else { return nil }
        return Detection(charset: charset, confidence: Int(confidence), language: string(fromCBuffer: language))
    }

    /// True when ICU has a converter for `charset` (a name or an alias).
    public static func isKnown(_ charset: String) -> Bool { kz_charset_known(charset) == 1 }

    /// Decodes `bytes` from `charset`. Invalid sequences become U+FFFD and are counted.
    /// - Throws: `ICUError.unknownCharset` when ICU has no such converter.
    public static func decode(_ bytes: ArraySlice<UInt8>, charset: String) throws -> Decoded {
        guard isKnown(charset) else { throw ICUError.unknownCharset(charset) }
        var replaced: Int32 = 0
        var failure: Int32 = 0
        let text: String = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let (result, status) = fillUTF16(initialCapacity: chars.count + 16) { out, capacity, status in
                    kz_convert_to_utf16(charset, chars.baseAddress, Int32(chars.count), out, capacity, &replaced, &status)
                }
                failure = status
                return result
            }
        }
        try ICUError.check(failure, "conversion from \(charset)")
        return Decoded(text: text, replacedSequences: Int(replaced))
    }
}

extension CharsetConverter {
    /// Encodes `text` in `charset` (for writing legacy files and test fixtures).
    /// - Throws: `ICUError.unknownCharset` when ICU has no such converter.
    public static func encode(_ text: String, charset: String) throws -> [UInt8] {
        guard isKnown(charset) else { throw ICUError.unknownCharset(charset) }
        let source = text.utf16Units
        var capacity = source.count * 4 + 16
        while true {
            var status: Int32 = 0
            var needed: Int32 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    needed = kz_convert_from_utf16(charset, source, Int32(source.count), chars.baseAddress, Int32(capacity), &status)
                }
                count = Int(needed) <= capacity && status <= 0 ? Int(needed) : 0
            }
            try ICUError.check(status, "conversion to \(charset)")
            if Int(needed) <= capacity { return bytes }
            capacity = Int(needed)
        }
    }
}
