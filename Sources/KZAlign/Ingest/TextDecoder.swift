/// Turns a file's bytes into text: BOMs, UTF-8 (valid or with a few bad
/// sequences), UTF-16, and legacy charsets found by ICU's detector.
public enum TextDecoder {
    /// Decoded text and how it was decoded.
    public struct Result: Equatable, Sendable {
        public var text: String
        public var encoding: String
        public var replacedSequences: Int
    }

    /// Why bytes are not a text document.
    public enum Rejection: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case binary
        case undetectable

        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary: return "binary file (NUL bytes or control characters, no text encoding found)"
            case .undetectable: return "no charset could be detected; set corpus.encoding to the file's charset"
            }
        }
    }

    /// Decodes `bytes`. With `encoding` "auto": a BOM decides; else valid UTF-8
    /// is UTF-8; else mostly-valid UTF-8 is UTF-8 with the bad sequences
    /// replaced; else ICU's charset detector decides (Windows-1251, KOI8-R, …).
    /// Any other `encoding` is used as given (a BOM still wins).
    public static func decode(_ bytes: [UInt8], encoding: String = "auto") throws -> Result {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw Rejection.empty }
        if let (charset, bomLength) = byteOrderMark(bytes) {
            let decoded = try CharsetConverter.decode(bytes[bomLength...], charset: charset)
            return Result(text: decoded.text, encoding: charset, replacedSequences: decoded.replacedSequences)
        }
        if encoding != "auto" {
            let decoded = try CharsetConverter.decode(bytes[...], charset: encoding)
            return Result(text: decoded.text, encoding: encoding, replacedSequences: decoded.replacedSequences)
        }
        let sample = bytes.prefix(8192)
        if sample.contains(0) {
            // UTF-16 or UTF-32 without a BOM, or binary.
            if let detection = CharsetConverter.detect(Array(bytes.prefix(65536))),
               detection.charset.hasPrefix("UTF-16") || detection.charset.hasPrefix("UTF-32"), detection.confidence >= 50 {
                let decoded = try CharsetConverter.decode(bytes[...], charset: detection.charset)
                return Result(text: decoded.text, encoding: detection.charset, replacedSequences: decoded.replacedSequences)
            }
            throw Rejection.binary
        }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }.count
        if controls * 20 > sample.count { throw Rejection.binary }

        if let text = String(validating: bytes, as: UTF8.self) {
            return Result(text: text, encoding: "UTF-8", replacedSequences: 0)
        }
        let asUTF8 = try CharsetConverter.decode(bytes[...], charset: "UTF-8")
        // Valid multi-byte sequences are rare by chance in legacy 8-bit text (Windows-1251,
        // KOI8-R): when they are at least as many as the broken ones, the file is UTF-8
        // with some damage. Keep UTF-8 and count the damage.
        let validMultibyte = asUTF8.text.unicodeScalars.lazy.filter { $0.value >= 0x80 && $0 != "\u{FFFD}" }.count
        if validMultibyte >= asUTF8.replacedSequences {
            return Result(text: asUTF8.text, encoding: "UTF-8", replacedSequences: asUTF8.replacedSequences)
        }
        guard let detection = CharsetConverter.detect(bytes), detection.charset != "UTF-8" else {
            return Result(text: asUTF8.text, encoding: "UTF-8", replacedSequences: asUTF8.replacedSequences)
        }
        let decoded = try CharsetConverter.decode(bytes[...], charset: detection.charset)
        return Result(text: decoded.text, encoding: detection.charset, replacedSequences: decoded.replacedSequences)
    }

    /// The charset a byte order mark announces, and the mark's length.
    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }
}
