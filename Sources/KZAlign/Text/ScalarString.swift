/// Strings built from Unicode scalars, encoded straight to UTF-8 (the generic
/// `String.UnicodeScalarView` path transcodes slowly) at their exact length: a string of up to
/// 15 UTF-8 bytes is then stored inline, with no heap block, where reserving four bytes per
/// scalar allocated one for every name mention ("Tokayev": 28 bytes reserved) and kept it for
/// the whole run.
enum ScalarString {
    /// The string of `scalars`.
    @inline(__always)
    static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        if length == 0 { return "" }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    out[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    out[n] = UInt8(0xC0 | (v >> 6)); out[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    out[n] = UInt8(0xE0 | (v >> 12)); out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    out[n] = UInt8(0xF0 | (v >> 18)); out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }
}
