import CICU

/// Cardinal numbers spelled out as one word ("twelve", "zwölf", "douze", "двенадцати",
/// "on iki" is two words and is left out) from CLDR's rule-based number formats (ICU RBNF
/// spellout rule sets), so that "Twelve police officers" and "12 policías" share an anchor.
///
/// Covers 3–100, the hundreds and 1,000; 0, 1 and 2 are left out because their words are
/// articles or pronouns in many languages ("un", "ein", "one of them"). Every public
/// cardinal and numbering rule set of the language is used (genders and, where CLDR has
/// them, cases: Russian "двенадцати"). Words with a space or hyphen are skipped (single
/// tokens only). Thread safety: immutable after `init`; building opens ICU formatters.
public struct NumberWords: Sendable {
    /// Lowercased word → value.
    public let values: [String: Int]

    /// The values covered: 3…100, 200…900 by hundreds, 1,000.
    public static let coveredValues: [Int] = Array(3...100) + stride(from: 200, through: 900, by: 100) + [1000]

    /// Builds the table for `language` (BCP-47; the base language's CLDR data is used).
    /// Empty when ICU has no spellout rules for it.
    public init(language: String) {
        let locale = LanguageTag.base(language)
        var table: [String: Int] = [:]
        let numbers = Self.coveredValues.map(Int64.init)
        var ruleSet: Int32 = 0
        while let name = Self.ruleSetName(locale: locale, index: ruleSet) {
            defer { ruleSet += 1 }
            guard name.contains("spellout-cardinal") || name.contains("spellout-numbering"),
                  !name.contains("year"), !name.contains("verbose") else { continue }
            let (joined, status) = fillUTF16(initialCapacity: 8192) { buffer, capacity, status in
                numbers.withUnsafeBufferPointer { kz_spellout(locale, ruleSet, $0.baseAddress, Int32($0.count), buffer, capacity, &status) }
            }
            guard status <= 0 else { continue }
            for (value, word) in zip(Self.coveredValues, joined.split(separator: "\n", omittingEmptySubsequences: false)) {
                let lower = word.lowercased()
                guard !lower.isEmpty, !lower.contains(where: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" || $0 == "\u{00AD}" }),
                      table[lower] == nil else { continue }
                table[lower] = value
            }
        }
        values = table
    }

    private static func ruleSetName(locale: String, index: Int32) -> String? {
        let (name, status) = fillUTF16(initialCapacity: 64) { buffer, capacity, status in
            kz_spellout_rule_set_name(locale, index, buffer, capacity, &status)
        }
        return status > 0 || name.isEmpty ? nil : name
    }
}
