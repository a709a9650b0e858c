/// UTF-16 code units of Swift strings, for handing text to ICU.
///
/// Native Swift strings are stored as UTF-8. `Array(text.utf16)` walks the
/// UTF-16 view one index at a time (with breadcrumbs for long strings), which
/// took about a tenth of ingest + segment; transcoding the contiguous UTF-8
/// storage in one pass (RFC 3629 §3 decoding, Unicode §3.9 D91 surrogate pairs)
/// is several times faster and gives the same units.
enum UTF16Units {
    /// The UTF-16 code units of well-formed UTF-8 (what a Swift string's storage holds).
    static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let count = bytes.count
        var unitCount = 0
        for i in 0..<count {
            let byte = base[i]
            // Every non-continuation byte starts one unit; a 4-byte lead starts a surrogate pair.
            unitCount &+= (byte & 0xC0 != 0x80 ? 1 : 0) &+ (byte >= 0xF0 ? 1 : 0)
        }
        return [UInt16](unsafeUninitializedCapacity: unitCount) { out, initialized in
            var i = 0
            var o = 0
            while i < count {
                let b0 = UInt32(base[i])
                if b0 < 0x80 {
                    out[o] = UInt16(truncatingIfNeeded: b0)
                    i += 1; o += 1
                } else if b0 < 0xE0 {
                    out[o] = UInt16(truncatingIfNeeded: (b0 & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F))
                    i += 2; o += 1
                } else if b0 < 0xF0 {
                    out[o] = UInt16(truncatingIfNeeded: (b0 & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6
                        | UInt32(base[i + 2] & 0x3F))
                    i += 3; o += 1
                } else {
                    let scalar = (b0 & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                        | UInt32(base[i + 3] & 0x3F)
                    let offset = scalar &- 0x10000
                    out[o] = UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10))
                    out[o + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF))
                    i += 4; o += 2
                }
            }
            initialized = o
        }
    }
}

extension StringProtocol {
    /// The UTF-16 code units (the same as `Array(utf16)`, transcoded from contiguous UTF-8 in one pass).
    var utf16Units: [UInt16] {
        utf8.withContiguousStorageIfAvailable { UTF16Units.transcode($0) } ?? Array(utf16)
    }
}
