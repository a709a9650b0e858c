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

    /// The first line whose end is at or after `offset` (binary search).
    func lineIndex(containing offset: Int) -> Int? {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].end < offset { low = mid + 1 } else { high = mid }
        }
        return low < lines.count ? low : nil
    }

    func nextContentLine(after index: Int) -> Int? {
        var i = index + 1
        while i < lines.count {
            if !lines[i].isBlank { return i }
            i += 1
        }
        return nil
    }

    /// The scalar ending just before UTF-16 offset `end`, and where it starts.
    private func scalar(endingAt end: Int) -> (Unicode.Scalar, Int)? {
        guard end > 0 else { return nil }
        let last = units[end - 1]
        if UTF16.isTrailSurrogate(last), end >= 2, UTF16.isLeadSurrogate(units[end - 2]) {
            return (UTF16.decode(UTF16.EncodedScalar([units[end - 2], last])), end - 2)
        }
        return (Unicode.Scalar(last) ?? "\u{FFFD}", end - 1)
    }

    /// The scalar starting at UTF-16 offset `start`, and where the next one starts.
    private func scalar(startingAt start: Int) -> (Unicode.Scalar, Int)? {
        guard start < units.count else { return nil }
        let first = units[start]
        if UTF16.isLeadSurrogate(first), start + 1 < units.count, UTF16.isTrailSurrogate(units[start + 1]) {
            return (UTF16.decode(UTF16.EncodedScalar([first, units[start + 1]])), start + 2)
        }
        return (Unicode.Scalar(first) ?? "\u{FFFD}", start + 1)
    }

    /// Final punctuation of a sentence, looking through closing quotes and brackets.
    func endsWithTerminalPunctuation(_ line: Line) -> Bool {
        var end = line.contentEnd
        while end > line.contentStart, let (scalar, start) = scalar(endingAt: end) {
            if Self.closers.contains(scalar) { end = start; continue }
            return Self.terminals.contains(scalar)
        }
        return false
    }

    /// A comma, hyphen or conjunction-like ending: the sentence surely goes on.
    func endsWithConnector(_ line: Line) -> Bool {
        guard line.contentEnd > line.contentStart, let (last, _) = scalar(endingAt: line.contentEnd) else { return false }
        return Self.connectors.contains(last)
    }

    func startsWithLowercase(_ line: Line) -> Bool {
        var start = line.contentStart
        while start < line.contentEnd, let (scalar, next) = scalar(startingAt: start) {
            if Self.openers.contains(scalar) { start = next; continue }
            return scalar.properties.isLowercase
        }
        return false
    }

    /// A line that is only a date, or a place and a date ("10.1.2022", "January 6, 2024", "ALMATY, Jan 5").
    func isDateline(_ line: Line) -> Bool {
        guard !line.isBlank, line.trimmedLength <= 60, hasNumber(line) else { return false }
        return Self.looksLikeDate(String(decoding: units[line.contentStart..<line.contentEnd], as: UTF16.self))
    }

    /// True when a scalar of the line has a numeric type: `looksLikeDate` needs a number
    /// (`Character.isNumber` tests the first scalar's numeric type), so lines without one
    /// are passed over before a string is built.
    private func hasNumber(_ line: Line) -> Bool {
        for i in line.contentStart..<line.contentEnd {
            let unit = units[i]
            if unit >= 0x30, unit <= 0x39 { return true }
            if unit < 0x80 { continue }
            guard let scalar = Unicode.Scalar(unit) else { return true } // a surrogate: decide on the string
            if scalar.properties.numericType != nil { return true }
        }
        return false
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

    /// Classifies a segment: whole lines (one, or several joined) without final
    /// punctuation are a heading; a short date line is a dateline; anything else a sentence.
    func kind(of range: Range<Int>, maxHeadingLength: Int) -> Segment.Kind {
        guard let first = lineIndex(containing: range.lowerBound),
              let last = lineIndex(containing: range.upperBound) else { return .sentence }
        let wholeLines = lines[first].contentStart == range.lowerBound && lines[last].contentEnd == range.upperBound
        guard wholeLines else { return .sentence }
        if first == last, isDateline(lines[first]) { return .dateline }
        if !endsWithTerminalPunctuation(lines[last]), range.count <= maxHeadingLength { return .heading }
        return .sentence
    }

    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…", "։", "۔", "؟", "。", "！", "？", ":"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "«", ")", "]", "“", "‘", "›"]
    static let connectors: Set<Unicode.Scalar> = [",", ";", "-", "–", "—", "(", "/"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "«", "»", "„", "(", "[", "‹", "—", "–", "-"]
}
