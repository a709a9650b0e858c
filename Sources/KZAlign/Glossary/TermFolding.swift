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
        return fastFold(token) ?? icuFold(token)
    }

    /// Largest scalar (exclusive) `simpleFolds` covers: Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic.
    static let simpleLimit: UInt32 = 0x530

    /// Per-scalar folds below `simpleLimit`, computed once by `icuFold`: the folded scalar, or 0
    /// when a scalar needs the full algorithm (its fold is not one scalar, it has a non-zero
    /// combining class or may compose, or the fold may). A word made only of covered scalars
    /// folds scalar by scalar: every one is a normalization starter that composes with
    /// nothing here (NFC_Quick_Check=Yes; the quick-check "Maybe" characters all lie above
    /// U+0530), so NFKC_Casefold of the word is the concatenation of their folds.
    static let simpleFolds: [UInt32] = (0..<simpleLimit).map { v in
        guard v >= 0x80, let s = Unicode.Scalar(v), s.properties.canonicalCombiningClass == .notReordered,
              !(0x300..<0x370).contains(v) else { return 0 }
        let folded = Array(icuFold(String(Character(s))).unicodeScalars)
        guard folded.count == 1, folded[0].value < simpleLimit, folded[0].value >= 0x20,
              !(0x300..<0x370).contains(folded[0].value),
              folded[0].properties.canonicalCombiningClass == .notReordered else { return 0 }
        return folded[0].value
    }

    /// The fold of a word of covered scalars, or nil.
    static func fastFold(_ token: String) -> String? {
        let table = simpleFolds
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(token.utf8.count)
        for s in token.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : s)
                continue
            }
            guard v < simpleLimit else { return nil }
            let f = table[Int(v)]
            guard f != 0 else { return nil }
            out.append(Unicode.Scalar(f)!)
        }
        return TermTokenizer.string(out, 0..<out.count)
    }

    /// The full fold through ICU.
    static func icuFold(_ token: String) -> String {
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
