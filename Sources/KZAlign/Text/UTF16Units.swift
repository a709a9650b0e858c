/// UTF-16 code units of Swift strings, for handing text to ICU.
///
/// Native Swift strings are stored as UTF-8. `Array(text.utf16)` walks the
/// UTF-16 view one index at a time (with breadcrumbs for long strings), which
/// took about a tenth of ingest + segment; transcoding the contiguous UTF-8
/// storage in one pass (`UTF8Decoding`, Unicode §3.9 D91 surrogate pairs)
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
                let byte = base[i]
                if byte < 0x80 { // ASCII, most of most texts, without the decoder's branches
                    out[o] = UInt16(byte)
                    i += 1; o += 1
                    continue
                }
                let (scalar, length) = UTF8Decoding.scalar(bytes, at: i)
                i += length
                if scalar < 0x10000 {
                    out[o] = UInt16(truncatingIfNeeded: scalar)
                    o += 1
                } else {
                    let offset = scalar &- 0x10000
                    out[o] = UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10))
                    out[o + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF))
                    o += 2
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
