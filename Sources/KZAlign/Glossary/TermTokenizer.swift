/// Splits text into the tokens glossary matching works on: maximal runs of
/// letters, digits and combining marks; each ideograph (Han, kana) is a token
/// of its own, since Chinese and Japanese write without spaces. Everything
/// else (spaces, punctuation, hyphens, apostrophes) separates tokens, so a
/// variant can only match on token boundaries: "KNB" is never found inside
/// "KNBX". The same tokenizer splits glossary variants and text, so both sides
/// agree by construction.
///
/// Thread safety: stateless.
public enum TermTokenizer {
    /// A token as scalar offsets into the scanned scalars, end exclusive.
    public struct Span: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    enum Kind { case separator, word, ideograph }

    @inline(__always)
    static func kind(_ s: Unicode.Scalar) -> Kind {
        let v = s.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) { return .word }
            return .separator
        }
        // Fast paths: Latin-1 and Latin Extended letters, Cyrillic, Arabic letters and marks.
        if v >= 0xC0 && v <= 0x24F { return (v == 0xD7 || v == 0xF7) ? .separator : .word }
        if v >= 0x400 && v <= 0x52F { return (v >= 0x482 && v <= 0x489 && v != 0x483) ? .separator : .word }
        if v >= 0x621 && v <= 0x65F { return .word }
        if (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x3FFFF) {
            return .ideograph
        }
        let p = s.properties
        if p.isAlphabetic { return p.isIdeographic ? .ideograph : .word }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            // ZWNJ / ZWJ join Persian and Indic words.
            return (v == 0x200C || v == 0x200D) ? .word : .separator
        }
    }

    /// Tokens of `scalars[range]`, offsets relative to `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Span] {
        var result: [Span] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            switch kind(scalars[i]) {
            case .separator:
                i += 1
            case .ideograph:
                result.append(Span(start: i, end: i + 1))
                i += 1
            case .word:
                let start = i
                i += 1
                while i < end, kind(scalars[i]) == .word { i += 1 }
                result.append(Span(start: start, end: i))
            }
        }
        return result
    }

    /// Tokens of a string, as strings (for glossary variants).
    public static func tokenStrings(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count).map { string(scalars, $0.start..<$0.end) }
    }

    /// The string of `scalars[range]`, built straight from UTF-8 (the generic
    /// `UnicodeScalarView.append` path is several times slower).
    @inline(__always)
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        ScalarString.make(scalars[range])
    }
}
