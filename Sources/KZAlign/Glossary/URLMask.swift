/// Finds the parts of a text no term may match in: URLs, e-mail addresses
/// and bare domain names ("iz.ru/1274761/…", "odkb-csto.org"), so "OVKS" or
/// "kazakhstan" inside a link is never a term.
///
/// A whitespace-delimited chunk is masked whole when it contains "://",
/// starts with "www.", holds an "@" followed later by ".", or has a domain
/// shape: a letter or digit, ".", two to six lowercase ASCII letters, then the
/// chunk's end, "/", ":" or closing punctuation.
enum URLMask {
    /// True for the Unicode `White_Space` characters (PropList.txt: U+0009–000D,
    /// 0020, 0085, 00A0, 1680, 2000–200A, 2028, 2029, 202F, 205F, 3000), without a property lookup.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        switch v {
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Masked scalar ranges of `scalars`, sorted, not overlapping.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        let n = scalars.count
        while i < n {
            while i < n, isSpace(scalars[i]) { i += 1 }
            let start = i
            var hasDot = false, hasSlashOrAt = false
            while i < n, !isSpace(scalars[i]) {
                let v = scalars[i].value
                if v == 0x2E { hasDot = true } else if v == 0x2F || v == 0x40 { hasSlashOrAt = true }
                i += 1
            }
            guard start < i, hasDot else { continue }
            if isLink(scalars, start..<i, hasSlashOrAt: hasSlashOrAt) { result.append(start..<i) }
        }
        return result
    }

    private static func isLink(_ s: [Unicode.Scalar], _ r: Range<Int>, hasSlashOrAt: Bool) -> Bool {
        let chunk = TermTokenizer.string(s, r)
        if hasSlashOrAt, chunk.containsBytes("://") { return true }
        let lower = chunk.lowercased()
        if lower.hasPrefix("www.") || lower.hasPrefix("(www.") { return true }
        if hasSlashOrAt, let at = chunk.firstIndex(of: "@"), chunk[at...].containsBytes(".") { return true }
        // Domain shape.
        var j = r.lowerBound + 1
        while j < r.upperBound - 2 {
            if s[j].value == 0x2E, TermTokenizer.kind(s[j - 1]) == .word {
                var k = j + 1
                while k < r.upperBound, s[k].value >= 0x61, s[k].value <= 0x7A { k += 1 }
                let letters = k - j - 1
                if letters >= 2, letters <= 6 {
                    if k == r.upperBound { return true }
                    let next = s[k].value
                    if next == 0x2F || next == 0x3A { return true }
                    if (k + 1 == r.upperBound || !(TermTokenizer.kind(s[k + 1]) == .word))
                        && ",;)]\"'»”".unicodeScalars.contains(s[k]) && letters <= 3 {
                        return true
                    }
                }
            }
            j += 1
        }
        return false
    }
}
