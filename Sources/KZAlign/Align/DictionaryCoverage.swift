extension TranslationLexicon {
    /// Notes for `run.json` on what the dictionaries give the corpus's `languages` (BCP-47 tags,
    /// one note per language whatever its scripts: "uz" and "uz-Cyrl" are Uzbek; "en" and "und"
    /// need none): which dictionary files were read, and each language that
    /// none of them translates, with what its segments still link through. A user reading a
    /// Ukrainian or Kazakh run learns there why its links are few, and what to install where a
    /// dictionary exists but is missing.
    /// - Parameter folders: where the dictionaries were looked for (named when none was found).
    func coverageNotes(languages: Set<String>, folders: [String]) -> [String] {
        var notes: [String] = []
        let wanted = Set(languages.map(LanguageTag.base)).subtracting(["en", "und"])
        guard !wanted.isEmpty else { return notes }
        if sources.isEmpty {
            notes.append("align: no bilingual dictionary found in \(folders.joined(separator: ", ")) "
                + "(scripts/setup.sh installs the Debian dict-freedict-* and mueller7-dict packages it lists); "
                + "segments link through names, terms, numbers, dates and cognates only")
        } else {
            notes.append("align: dictionaries read: \(sources.joined(separator: ", "))")
        }
        for language in wanted.sorted() where headwordCount(language) == 0 {
            let name = Self.displayName(language)
            if let donor = Self.borrowsFrom[language], headwordCount(donor) > 0 {
                notes.append("align: no dictionary translates \(name) words; they are looked up in the "
                    + "\(Self.displayName(donor)) dictionaries (loanwords), and the others meet the other side only as cognates, "
                    + "names, terms, numbers and dates")
            } else if !sources.isEmpty {
                notes.append("align: no installed dictionary translates \(name) words; its segments link through names, "
                    + "terms, numbers, dates and cognates only (the language's Debian dict-freedict-* package, where one exists, adds its words)")
            }
        }
        return notes
    }

    /// "Kazakh (kk)", from CLDR through ICU; the code alone where ICU has no name.
    private static func displayName(_ code: String) -> String {
        LocaleNames.language(code, in: "en").map { "\($0) (\(code))" } ?? code
    }
}
