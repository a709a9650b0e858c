/// Decoding of well-formed UTF-8, the encoding of a Swift string's storage (RFC 3629 §3).
/// One decoder for the byte-level loops that read string storage directly (UTF-16 for ICU,
/// the NFC quick check, token transliteration, the align tokenizer, canonical text).
enum UTF8Decoding {
    /// The value of the scalar starting at `position` and its length in bytes (1–4).
    /// `bytes` must be well-formed UTF-8 and `position` the start of a scalar.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[position])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
            | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F), 4)
    }

    /// The same as a `Unicode.Scalar` (U+FFFD for a value that is not one, which well-formed
    /// UTF-8 never gives).
    @inline(__always)
    static func unicodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let (value, length) = scalar(bytes, at: position)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
