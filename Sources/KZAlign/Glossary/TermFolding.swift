/// The case-insensitive matching key of a token: ICU NFKC_Casefold (UAX #15,
/// Unicode case folding), then three folds that spelling practice needs:
/// the combining dot of Turkish "İ" removed and dotless "ı" read as "i"
/// (so İstanbul, ISTANBUL and istanbul meet), and Russian "ё" read as "е"
/// (usually written without dots).
///
/// Thread safety: stateless.
enum TermFolding {
    static func fold(_ token: String) -> String {
        var ascii = true
        for u in token.utf8 where u >= 0x80 { ascii = false; break }
        if ascii { return token.lowercased() }
        let folded = Normalizer.normalize(token, .nfkcCasefold)
        var out = String.UnicodeScalarView()
        var changed = false
        for s in folded.unicodeScalars {
            switch s.value {
            case 0x0307: changed = true
            case 0x0131: out.append("i"); changed = true
            case 0x0451: out.append("\u{0435}"); changed = true
            default: out.append(s)
            }
        }
        return changed ? String(out) : folded
    }

    /// True when the token's first scalar is an uppercase letter, or a letter
    /// of a script without case (Arabic, Han): what the `cap` flag requires.
    static func isCapitalized(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter { return true }
        return !p.isCased && p.isAlphabetic
    }
}
