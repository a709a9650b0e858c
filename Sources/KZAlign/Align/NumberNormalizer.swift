/// Normalises written numbers across conventions to one canonical form:
/// 3,000 = 3 000 = 3.000 = 3'000 = 3000; 2,5 (German, French, Russian, Turkish…)
/// = 2.5 (English). A separator followed by exactly three digits is a digit-group
/// separator unless it is the language's decimal separator and occurs once at the end
/// of a number with no other grouping ("2,500" is 2500 in English but 2.5 in German).
public enum NumberNormalizer {
    /// Languages writing a decimal point (CLDR `decimal` symbol "."); the others
    /// kzalign meets (de, fr, ru, kk, ky, uz, uk, tr, es, it, pl, pt…) write a comma.
    public static let decimalPointLanguages: Set<String> = ["en", "zh", "ja", "ko", "he", "th", "hi", "ar", "ms", "sw", "ga"]

    /// The decimal separator of `language` ("." or ",").
    public static func decimalSeparator(language: String) -> Character {
        let base = LanguageTag.base(language)
        return decimalPointLanguages.contains(base) ? "." : ","
    }

    /// Canonical form of a number token (ASCII digits with `.`, `,`, `'` or spaces):
    /// digits without grouping, "." before decimals, trailing decimal zeros removed
    /// ("2,50" in German → "2.5", "3.000" in German → "3000", "3,000" in English → "3000").
    public static func canonical(_ raw: String, language: String) -> String {
        let decimal = decimalSeparator(language: language)
        // Split into digit groups and the separators between them.
        var groups: [String] = [""]
        var separators: [Character] = []
        for ch in raw {
            if ch.isASCII && ch.isNumber { groups[groups.count - 1].append(ch) }
            else { separators.append(ch); groups.append("") }
        }
        var integer = ""
        var fraction = ""
        if separators.isEmpty {
            integer = groups[0]
        } else {
            let last = separators.count - 1
            let lastSep = separators[last]
            let decimalAtEnd = lastSep == decimal && separators.filter({ $0 == decimal }).count == 1
            // The language's decimal separator, once and last, starts the fraction.
            if decimalAtEnd {
                integer = groups[0...last].joined()
                fraction = groups[last + 1]
            } else if separators.allSatisfy({ $0 == separators[0] }) && groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                integer = groups.joined()
            } else if lastSep == "." || lastSep == "," {
                // mixed: "1,234.5" or "1.234,5": the last separator is the decimal one
                integer = groups.dropLast().joined()
                fraction = groups[groups.count - 1]
            } else {
                integer = groups.joined()
            }
        }
        while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
        if integer.isEmpty { integer = "0" }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }
}
