/// The lines of a UTF-16 text and the typographic facts segmentation needs.
struct LineLayout {
    struct Line {
        /// UTF-16 offsets: `start..<end` excludes the LF.
        var start: Int
        var end: Int
        var contentStart: Int
        var contentEnd: Int
        var isBlank: Bool { contentStart >= contentEnd }
        var trimmedLength: Int { max(0, contentEnd - contentStart) }
    }

    let units: [UInt16]
    private(set) var lines: [Line] = []
    /// For each line index, the index of the line that contains a UTF-16 offset is found by binary search.

    init(_ units: [UInt16]) {
        self.units = units
        var start = 0
        for i in 0...units.count where i == units.count || units[i] == 0x0A {
            var contentStart = start
            var contentEnd = i
            while contentStart < contentEnd, SentenceSegmenter.isTrimmable(units[contentStart]) { contentStart += 1 }
            while contentEnd > contentStart, SentenceSegmenter.isTrimmable(units[contentEnd - 1]) { contentEnd -= 1 }
            lines.append(Line(start: start, end: i, contentStart: contentStart, contentEnd: contentEnd))
            start = i + 1
        }
    }

    func nextContentLine(after index: Int) -> Int? {
        var i = index + 1
        while i < lines.count {
            if !lines[i].isBlank { return i }
            i += 1
        }
        return nil
    }

    private func scalars(_ range: Range<Int>) -> String.UnicodeScalarView {
        String(decoding: units[range], as: UTF16.self).unicodeScalars
    }

    /// Final punctuation of a sentence, looking through closing quotes and brackets.
    func endsWithTerminalPunctuation(_ line: Line) -> Bool {
        guard !line.isBlank else { return false }
        let text = scalars(line.contentStart..<line.contentEnd)
        for scalar in text.reversed() {
            if Self.closers.contains(scalar) { continue }
            return Self.terminals.contains(scalar)
        }
        return false
    }

    /// A comma, hyphen or conjunction-like ending: the sentence surely goes on.
    func endsWithConnector(_ line: Line) -> Bool {
        guard let last = scalars(line.contentStart..<line.contentEnd).last else { return false }
        return [",", ";", "-", "–", "—", "(", "/"].contains(Character(last))
    }

    func startsWithLowercase(_ line: Line) -> Bool {
        guard let first = scalars(line.contentStart..<min(line.contentEnd, line.contentStart + 4)).first(where: {
            !Self.openers.contains($0)
        }) else { return false }
        return first.properties.isLowercase
    }

    /// A line that is only a date, or a place and a date ("10.1.2022", "January 6, 2024", "ALMATY, Jan 5").
    func isDateline(_ line: Line) -> Bool {
        guard !line.isBlank, line.trimmedLength <= 60 else { return false }
        return Self.looksLikeDate(String(decoding: units[line.contentStart..<line.contentEnd], as: UTF16.self))
    }

    /// A date ("10.1.2022", "2022-01-10"), or a month name with a day or year
    /// ("January 6, 2024", "6 января 2024 г.", "ALMATY, Jan. 5"), with at most a
    /// few other words (a place, a weekday).
    static func looksLikeDate(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" || $0 == "(" || $0 == ")" })
        guard words.count <= 7 else { return false }
        if words.contains(where: isNumericDate) { return true }
        let hasMonth = words.contains { MonthNames.shared.month(of: $0.prefix { $0.isLetter }) != nil }
        let hasNumber = words.contains { word in
            let digits = word.prefix { $0.isNumber }
            return !digits.isEmpty && digits.count <= 4
        }
        return hasMonth && hasNumber && words.filter { $0.first?.isLetter == true }.count <= 4
    }

    /// "10.1.2022", "10/01/22", "2022-01-10".
    static func isNumericDate(_ word: Substring) -> Bool {
        let parts = word.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts.contains { $0.count == 4 || $0.count == 2 }
    }

    /// Classifies a segment: a whole line without final punctuation is a heading;
    /// a short date line is a dateline; anything else a sentence.
    func kind(of range: Range<Int>, maxHeadingLength: Int) -> Segment.Kind {
        guard let lineIndex = lines.firstIndex(where: { $0.end >= range.lowerBound }) else { return .sentence }
        let line = lines[lineIndex]
        let wholeLine = line.contentStart == range.lowerBound && line.contentEnd == range.upperBound
        if wholeLine, isDateline(line) { return .dateline }
        if wholeLine, !endsWithTerminalPunctuation(line), line.trimmedLength <= maxHeadingLength { return .heading }
        return .sentence
    }

    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…", "։", "۔", "؟", "。", "！", "？", ":"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "«", ")", "]", "“", "‘", "›"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "«", "»", "„", "(", "[", "‹", "—", "–", "-"]
}
