/// Removes sentence boundaries ICU's rules put where no sentence ends:
/// inside URLs, after initials ("M.P. Gagarin", "J. R. R. Tolkien"), and
/// after day ordinals written with a period ("am 10. Januar", "2. Januar").
/// Forced boundaries (line structure) are kept.
enum BoundaryRepair {
    static func repair(_ boundaries: [Int], in units: [UInt16], forced: Set<Int>) -> [Int] {
        guard boundaries.count > 2 else { return boundaries }
        let urls = urlRanges(in: units)
        var result: [Int] = [boundaries[0]]
        for boundary in boundaries.dropFirst().dropLast() {
            if forced.contains(boundary) { result.append(boundary); continue }
            if urls.contains(where: { $0.lowerBound < boundary && boundary < $0.upperBound }) { continue }
            let beforeRange = wordRange(endingBefore: boundary, in: units)
            // Initials and ordinals are short and end in a period; anything else is a real end.
            guard beforeRange.count <= 6, beforeRange.count >= 2, units[beforeRange.upperBound - 1] == 0x2E else {
                result.append(boundary)
                continue
            }
            let before = String(decoding: units[beforeRange], as: UTF16.self)
            if isInitials(before) { continue }
            let previous = String(decoding: units[wordRange(endingBefore: beforeRange.lowerBound, in: units)], as: UTF16.self)
            let next = String(decoding: units[nextWordRange(startingAfter: boundary, in: units)], as: UTF16.self)
            if isDayOrdinal(before, previousWord: previous, nextWord: next) { continue }
            result.append(boundary)
        }
        result.append(boundaries[boundaries.count - 1])
        return result
    }

    /// True when `units` has two uppercase letters, a period and a space in a row ("TO. "): the
    /// only place where `restoreAcronymEnds` can act (it needs an acronym of two or more capitals
    /// before the period), so the second ICU pass is skipped elsewhere, after initials ("M. ") too.
    static func mayHaveSuppressedAcronymEnd(_ units: [UInt16]) -> Bool {
        guard units.count >= 4 else { return false }
        for i in 2..<(units.count - 1) where units[i] == 0x2E {
            let next = units[i + 1]
            guard next == 0x20 || next == 0x0A || next == 0xA0 else { continue }
            if mayEndUppercaseLetter(units[i - 1]), mayEndUppercaseLetter(units[i - 2]) { return true }
        }
        return false
    }

    /// True when a UTF-16 unit may be the last unit of an uppercase letter: an uppercase
    /// BMP letter, a combining mark (after its base) or a surrogate (astral letters).
    private static func mayEndUppercaseLetter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x0400...0x042F: return true
        case 0..<0xC0: return false
        case 0x0300...0x036F, 0xD800...0xDFFF: return true
        default: return Unicode.Scalar(unit)?.properties.isUppercase == true
        }
    }

    /// Puts back boundaries that abbreviation suppression removed after an acronym of two or
    /// more capital letters without inner periods ("CSTO.", "NATO.", "ОДКБ.") when the next word
    /// starts with a capital: acronyms are not abbreviations, so such a period ends a sentence.
    /// Suppressions after real abbreviations ("Mr.", "U.S.", "z. B.") stay.
    static func restoreAcronymEnds(suppressed: [Int], plain: [Int], in units: [UInt16]) -> [Int] {
        let kept = Set(suppressed)
        var restored = suppressed
        for boundary in plain where !kept.contains(boundary) {
            let before = String(decoding: units[wordRange(endingBefore: boundary, in: units)], as: UTF16.self)
            guard before.hasSuffix(".") else { continue }
            let word = before.dropLast().drop { !$0.isLetter }
            guard word.count >= 2, word.allSatisfy({ $0.isLetter && $0.isUppercase }) else { continue }
            let next = String(decoding: units[nextWordRange(startingAfter: boundary, in: units)], as: UTF16.self)
            guard let first = next.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase else { continue }
            restored.append(boundary)
        }
        return restored.count == suppressed.count ? suppressed : restored.sorted()
    }

    /// `http://…`, `https://…`, `www.…` up to the next space; a final period or comma is not part of it.
    static func urlRanges(in units: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let starts: [[UInt16]] = [Array("http://".utf16), Array("https://".utf16), Array("www.".utf16)]
        var i = 0
        while i < units.count {
            if units[i] == 0x68 || units[i] == 0x77, i == 0 || SentenceSegmenter.isTrimmable(units[i - 1]) || units[i - 1] == 0x28,
               starts.contains(where: { units[i...].starts(with: $0) }) {
                var end = i
                while end < units.count, !SentenceSegmenter.isTrimmable(units[end]) { end += 1 }
                while end > i, [0x2E, 0x2C, 0x29, 0x3B].contains(units[end - 1]) { end -= 1 }
                ranges.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return ranges
    }

    /// The last non-space run before `boundary` ("M.P.", "10.").
    static func wordRange(endingBefore boundary: Int, in units: [UInt16]) -> Range<Int> {
        var end = boundary
        while end > 0, SentenceSegmenter.isTrimmable(units[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !SentenceSegmenter.isTrimmable(units[start - 1]) { start -= 1 }
        return start..<end
    }

    /// One to three single capital letters each followed by a period: "M.", "M.P.", "J.R.R.".
    static func isInitials(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 6, scalars.count % 2 == 0 else { return false }
        for i in stride(from: 0, to: scalars.count, by: 2) {
            guard scalars[i].properties.isUppercase, scalars[i + 1] == "." else { return false }
        }
        return true
    }

    /// "10." before a month name ("am 5. Januar", "5. stycznia"), or after a short
    /// lowercase word ("bis 10. der"): a day ordinal, not a sentence end.
    static func isDayOrdinal(_ word: String, previousWord: String, nextWord: String) -> Bool {
        guard word.hasSuffix("."), let day = Int(word.dropLast()), (1...31).contains(day) else { return false }
        let nextLetters = nextWord.prefix { $0.isLetter }
        if !nextLetters.isEmpty, MonthNames.shared.month(of: nextLetters) != nil { return true }
        return previousWord.count <= 4 && previousWord.first?.isLowercase == true && previousWord.allSatisfy(\.isLetter)
    }

    /// The first non-space run at or after `boundary`.
    static func nextWordRange(startingAfter boundary: Int, in units: [UInt16]) -> Range<Int> {
        var start = boundary
        while start < units.count, SentenceSegmenter.isTrimmable(units[start]) { start += 1 }
        var end = start
        while end < units.count, !SentenceSegmenter.isTrimmable(units[end]) { end += 1 }
        return start..<end
    }
}
