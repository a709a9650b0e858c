import CICU

/// CLDR month names through ICU's date format symbols.
///
/// Thread safety: stateless; every call opens its own ICU formatter. Cache the
/// results (see `MonthNames.shared`) where it matters.
public enum CalendarNames {
    /// How a month name is written.
    public enum Form: Int32, Sendable, CaseIterable {
        /// Inside a date ("2 января", "2 janvier").
        case formatWide = 0
        /// On its own ("январь").
        case standaloneWide = 1
        case formatAbbreviated = 2
        case standaloneAbbreviated = 3
    }

    /// The name of `month` (1 = January) in `locale`; nil when ICU has none.
    public static func month(_ month: Int, locale: String, form: Form = .formatWide) -> String? {
        guard (1...12).contains(month) else { return nil }
        let (name, status) = fillUTF16(initialCapacity: 32) { buffer, capacity, status in
            kz_month_name(locale, Int32(month - 1), form.rawValue, buffer, capacity, &status)
        }
        return status > 0 || name.isEmpty ? nil : name
    }
}

extension CalendarNames {
    /// The long and full date patterns of `locale` (CLDR through ICU), e.g. "d 'de' MMMM 'de' y".
    public static func datePatterns(locale: String) -> [String] {
        [0, 1].compactMap { style in
            let (pattern, status) = fillUTF16(initialCapacity: 64) { buffer, capacity, status in
                kz_date_pattern(locale, Int32(style), buffer, capacity, &status)
            }
            return status > 0 || pattern.isEmpty ? nil : pattern
        }
    }

    /// The words a language writes between the parts of a date, lowercased: the quoted literals
    /// of letters in its long and full date patterns ("de" in Spanish and Portuguese "5 de enero
    /// de 2022", "ж" in Kazakh "2022 ж. 5 қаңтар", "г" in Russian "2022 г."). Empty for most.
    public static func dateLinkingWords(locale: String) -> Set<String> {
        var words: Set<String> = []
        for pattern in datePatterns(locale: locale) {
            // quoted literals: 'de', 'ж'. ('' is an escaped apostrophe)
            for (index, literal) in pattern.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            where index % 2 == 1 {
                for word in literal.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count <= 4 {
                    words.insert(String(word))
                }
            }
        }
        return words
    }
}

/// Month names of many languages, lowercased, mapped to month numbers 1–12.
public struct MonthNames: Sendable {
    /// Lowercased name (any form, abbreviation periods removed) → month number.
    public let months: [String: Int]

    /// Builds the table from CLDR for `languages`.
    public init(languages: [String]) {
        var table: [String: Int] = [:]
        for language in languages {
            for month in 1...12 {
                for form in CalendarNames.Form.allCases {
                    guard var name = CalendarNames.month(month, locale: language, form: form) else { continue }
                    name = name.lowercased().trimmingCharacters(in: ["."])
                    if name.count >= 3, Int(name) == nil { table[name] = month }
                }
            }
        }
        months = table
    }

    /// The month a word names, if any ("januar", "января", "Jan.").
    public func month(of word: Substring) -> Int? {
        months[word.lowercased().trimmingCharacters(in: ["."])]
    }

    /// The languages kzalign knows best.
    public static let shared = MonthNames(languages: ["en", "de", "fr", "ru", "kk", "ky", "uz", "uk", "tr", "es", "it", "pl", "ar", "zh"])
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
