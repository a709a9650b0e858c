extension MentionFinder {
    /// True when keying the words `run` of a segment as one text (`NameKeyer.key` of the span, as
    /// the gazetteer pass does for Cyrillic spans) can give another key than the words' own keys
    /// joined; false only where the two are provably equal, so that keying the span again can be
    /// skipped (it was half of a Russian document's names time: a span for every capitalised word).
    ///
    /// The span's key differs from its words' keys when: its first and last words read as a
    /// masculine genitive (Карима Масимова, only with `genitiveReading`); it has more than two
    /// parts and one is a patronymic (left out of a span's key, kept in a word's own); a word is
    /// keyed from other text than the span's (a spoofed word's skeleton, a headline's capitals,
    /// an elision or possessive cut off: apostrophes), is an acronym, splits into several parts
    /// (hyphens, dots) or is not in Cyrillic script (a Latin word's spelling convention is guessed
    /// from the word alone); or two words are joined by anything but part separators (spaces,
    /// commas, dots, hyphens, quotes: other characters stay inside a part of the span) or the
    /// second starts with a combining mark (which a separator before it does not split from).
    /// Separators compose with no neighbour, so NFC of the span is that of its words.
    /// - Parameters:
    ///   - words: the segment's words (`words(of:offset:)`), each keyed (`parts`, `isAcronym`).
    ///   - scalars: the segment's text; `offset`: the scalar offset of its start in the document.
    static func spanKeyMayDiffer(_ words: [Word], _ run: ClosedRange<Int>, scalars: [Unicode.Scalar], offset: Int,
                                 headline: Bool, genitiveReading: Bool) -> Bool {
        if headline { return true }
        for k in run {
            let word = words[k]
            guard !word.suspicious, !word.isAcronym, word.parts.count == 1 else { return true }
            let lower = word.start - offset, upper = word.end - offset
            guard word.text.unicodeScalars.count == upper - lower, NameKeyer.script(of: word.text) == .cyrillic else { return true }
            for scalar in scalars[lower..<upper] where NameKeyer.isPartSeparator(scalar) || MentionFinder.isApostrophe(scalar) {
                return true
            }
            if k > run.lowerBound {
                for scalar in scalars[(words[k - 1].end - offset)..<lower] where !NameKeyer.isPartSeparator(scalar) {
                    return true
                }
                if NameKeyer.extendsCharacter(scalars[lower]) { return true }
            }
        }
        if run.count > 2, words[run].contains(where: { NameKeyer.isPatronymic($0.parts[0]) }) { return true }
        if genitiveReading {
            let ends = [NameKeyer.clean(words[run.lowerBound].text), NameKeyer.clean(words[run.upperBound].text)]
            if NameKeyer.masculineGenitiveToNominative(ends) != ends { return true }
        }
        return false
    }

    /// True when a name may run on from `previous` to the next word `next` of a segment: at most two
    /// characters between them, neither a colon nor a semicolon ("Нурлан Бауулулы: Не …", a
    /// speaker's name before what they said). `scalars`: the segment's text; `offset`: the scalar
    /// offset of its start in the document.
    static func nameContinues(from previous: Word, to next: Word, scalars: [Unicode.Scalar], offset: Int) -> Bool {
        next.start - previous.end <= 2
            && !scalars[(previous.end - offset)..<(next.start - offset)].contains(where: { $0 == ":" || $0 == ";" })
    }

    /// The apostrophes a name part can carry (' ’ ʼ).
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "ʼ"
    }
}
