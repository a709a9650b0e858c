/// The language-independent anchors of one segment's numbers and dates.
public struct NumberDateAnchors: Sendable, Equatable {
    /// Canonical numbers not part of a date ("3000", "2.5", "18").
    public var numbers: [String]
    /// Dates: "2022-01-02" (day and year), "01-02" (day, no year) and "2022-01" (month and year).
    /// A date with a year also yields its "MM-DD" form so it meets a yearless mention.
    public var dates: [String]
}

/// Extracts numbers and dates from tokens. Not thread-safe (caches month tables).
final class NumberDateExtractor {
    private var monthTables: [String: [String: Int]] = [:]
    private var numberWordTables: [String: NumberWords] = [:]

    /// The value a single spelled-out number word has in `language` ("zwölf" → 12), from CLDR.
    func numberWord(_ word: String, language: String) -> Int? {
        if let table = numberWordTables[language] { return table.values[word] }
        let table = NumberWords(language: language)
        numberWordTables[language] = table
        return table.values[word]
    }

    func months(_ language: String) -> [String: Int] {
        if let t = monthTables[language] { return t }
        let t = MonthNames(languages: [LanguageTag.base(language)]).months
        monthTables[language] = t
        return t
    }

    /// What a word of a language says as part of a number or date: the month it names (words of
    /// three or more characters) and the number it spells.
    struct WordFacts {
        var month: Int?
        var number: Int?
    }

    /// The facts of `word` (lowercased) of `language`. A caller that meets every word of every
    /// segment remembers them per word (`SegmentKeyer`'s word memo).
    func facts(_ word: String, language: String) -> WordFacts {
        WordFacts(month: word.count >= 3 ? month(of: word, language: language) : nil,
                  number: numberWord(word, language: language))
    }

    /// Languages that add case and possessive suffixes of up to four letters to a month name
    /// (Kazakh "қаңтарында", Kyrgyz "январында", Uzbek "yanvarida", Hungarian "januárban"): the
    /// Turkic languages, Hungarian, Finnish and Estonian.
    static let agglutinativeLanguages: Set<String> = ["tr", "az", "kk", "ky", "uz", "tk", "tt", "ba", "ug", "hu", "fi", "et"]
    private var linkingTables: [String: Set<String>] = [:]

    /// Words `language` writes between a date's parts ("de": "5 de enero de 2022"), from CLDR.
    func linkingWords(_ language: String) -> Set<String> {
        if let known = linkingTables[language] { return known }
        let words = CalendarNames.dateLinkingWords(locale: LanguageTag.base(language))
        linkingTables[language] = words
        return words
    }
    private var stemTables: [String: [String: Int]] = [:]

    /// The month a word names in `language` (or English), allowing a case ending of up to
    /// two letters after a full month name ("январе", "Januars"), four in agglutinative languages.
    func month(of word: String, language: String) -> Int? {
        let table = months(language)
        if let m = table[word] { return m }
        let count = word.count
        if count >= 5 {
            let stems: [String: Int]
            if let known = stemTables[language] { stems = known } else {
                var built: [String: Int] = [:]
                for (name, m) in table where name.count >= 5 { built[String(name.dropLast())] = m }
                stemTables[language] = built
                stems = built
            }
            let agglutinative = Self.agglutinativeLanguages.contains(LanguageTag.base(language))
            for cut in 1...(agglutinative ? 4 : 2) where count - cut >= 4 {
                let stem = String(word.dropLast(cut))
                if let m = table[stem] { return m }
                // "январе" / "январь": the same stem with another ending (Kyrgyz "январында")
                if cut == 1 || agglutinative, let m = stems[stem] { return m }
            }
        }
        if language != "en", let m = months("en")[word] { return m }
        return nil
    }

    /// The numbers and dates of one segment's tokens (of `language`).
    func extract(_ tokens: [AlignToken], language: String) -> NumberDateAnchors {
        extract(tokens, language: language,
                facts: tokens.map { $0.kind == .word ? facts($0.text, language: language) : WordFacts() })
    }

    /// `extract(_:language:)` with each token's facts given (`facts[i]` for `tokens[i]`; empty
    /// facts for a token that is not a word).
    func extract(_ tokens: [AlignToken], language: String, facts: [WordFacts]) -> NumberDateAnchors {
        var consumed = Set<Int>()
        var dates: [String] = []
        func plainInt(_ i: Int) -> Int? {
            guard i >= 0, i < tokens.count, tokens[i].kind == .number, !consumed.contains(i),
                  tokens[i].text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(tokens[i].text)
        }
        for (i, token) in tokens.enumerated() where token.kind == .word {
            guard let m = facts[i].month else { continue }
            // English "may"/"march" are also common words: require a capital letter there.
            if language.hasPrefix("en") && !token.capitalized { continue }
            var day: Int? = nil
            var yearIndex: Int? = nil
            // The day next to the month, or across one of the language's date words ("5 de enero").
            let linking = linkingWords(language)
            func isLinking(_ j: Int) -> Bool {
                j >= 0 && j < tokens.count && tokens[j].kind == .word && linking.contains(tokens[j].text)
            }
            for j in [i - 1, i - 2, i + 1] where j != i - 2 || isLinking(i - 1) {
                if let d = plainInt(j), (1...31).contains(d) { day = d; consumed.insert(j); break }
            }
            func isYear(_ j: Int) -> Bool {
                plainInt(j).map { (1000...2999).contains($0) && tokens[j].text.count == 4 } ?? false
            }
            for j in [i + 1, i + 2] where isYear(j) { yearIndex = j; break }
            if yearIndex == nil {
                // a year before the month ("2022. január 5.", "2022 ж. 5 қаңтар", "2022 жылғы 5
                // қаңтарда"), with only the day and at most one word (CLDR's "ж", its inflected
                // "жылғы") between
                var j = i - 1, words = 0
                while j >= 0 && i - j <= 3 && !isYear(j) {
                    if consumed.contains(j) { j -= 1; continue }
                    guard tokens[j].kind == .word, words == 0 else { break }
                    words += 1; j -= 1
                }
                if j >= 0 && i - j <= 3 && isYear(j) { yearIndex = j }
            }
            let mm = m < 10 ? "0\(m)" : "\(m)"
            if let day {
                let dd = day < 10 ? "0\(day)" : "\(day)"
                dates.append("\(mm)-\(dd)")
                if let yearIndex {
                    consumed.insert(yearIndex)
                    dates.append("\(tokens[yearIndex].text)-\(mm)-\(dd)")
                }
            } else if let yearIndex {
                consumed.insert(yearIndex)
                dates.append("\(tokens[yearIndex].text)-\(mm)")
            }
        }
        var numbers: [String] = []
        for (i, token) in tokens.enumerated() where !consumed.contains(i) {
            if token.kind == .number {
                numbers.append(NumberNormalizer.canonical(token.text, language: language))
            } else if let value = facts[i].number {
                numbers.append(String(value))
            }
        }
        return NumberDateAnchors(numbers: Array(Set(numbers)).sorted(), dates: Array(Set(dates)).sorted())
    }
}
