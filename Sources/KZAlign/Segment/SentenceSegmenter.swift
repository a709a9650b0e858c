/// A segment's extent in scalar offsets, before it becomes a `Segment`.
public struct SegmentSpan: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: Segment.Kind
    /// The same extent in UTF-8 offsets (for slicing the Swift string in O(1)).
    public var utf8Start: Int
    public var utf8End: Int
}

/// Splits a document into sentences, headings and datelines.
///
/// ICU's sentence break iterator (UAX #29, with CLDR's abbreviation
/// suppressions for the document's language when it is known) does the
/// splitting on a copy of the text in which line breaks that do not end a
/// unit are turned into spaces. A line break ends a unit when the line before
/// it is a heading or dateline, or when a blank line follows unless the next
/// paragraph continues the sentence (the line before lacks final punctuation
/// and the next begins in lower case: titles and sentences that web pages
/// break after a URL). ICU's suppression list also swallows the end of sentences that
/// end in an acronym ("… from the CSTO. The …", "… NATO. The …": CLDR lists "O." and its
/// matcher reads only the last letters); those boundaries are restored. Boundaries ICU puts inside URLs, after initials
/// ("M.P. Gagarin") and after German-style ordinals ("am 10. Januar") are
/// removed.
///
/// Thread safety: owns break iterators; one thread at a time (one per worker).
public final class SentenceSegmenter {
    private var iterators: [String: BreakIterator] = [:]
    /// Headings: lines without final punctuation up to this many characters.
    public var maxHeadingLength = 200

    public init() {}

    private func iterator(for language: String?, suppressAbbreviations: Bool) throws -> BreakIterator {
        let locale = Self.breakLocale(for: language)
        let key = suppressAbbreviations ? locale + "@ss" : locale
        if let cached = iterators[key] { return cached }
        let created = try BreakIterator(.sentence, locale: locale, suppressAbbreviations: suppressAbbreviations)
        iterators[key] = created
        return created
    }

    /// The ICU locale whose sentence rules and suppressions fit `language`.
    static func breakLocale(for language: String?) -> String {
        guard let language, language != "und", !language.isEmpty else { return "en" }
        return String(language.prefix { $0 != "-" && $0 != "_" })
    }

    /// Segments `text`; offsets are Unicode scalar offsets into `text`.
    public func segment(_ text: String, language: String? = nil) throws -> [SegmentSpan] {
        let units = text.utf16Units
        if units.isEmpty { return [] }
        let lines = LineLayout(units)
        var work = units
        var forced = Set<Int>()
        for (index, line) in lines.lines.enumerated() {
            guard line.end < units.count else { continue } // last line has no LF
            let next = lines.nextContentLine(after: index)
            let blankFollows = next.map { $0 > index + 1 } ?? true
            let nextLine = next.map { lines.lines[$0] }
            if line.isBlank { continue }
            let continues: Bool
            if let nextLine {
                let startsLower = lines.startsWithLowercase(nextLine)
                let ends = lines.endsWithTerminalPunctuation(line)
                if blankFollows {
                    continues = !ends && startsLower && !lines.isDateline(line)
                } else {
                    let headingLike = !ends && !lines.endsWithConnector(line) && line.trimmedLength <= 80
                        && !startsLower || lines.isDateline(line)
                    continues = !headingLike
                }
            } else {
                continues = false
            }
            if continues {
                // Turn every LF between this line and the next content line into a space.
                let stop = nextLine?.start ?? units.count
                for i in line.end..<stop where work[i] == 0x0A { work[i] = 0x20 }
            } else {
                forced.insert(line.end + 1)
            }
        }
        var boundaries = try iterator(for: language, suppressAbbreviations: true).boundaries(in: work).offsets.map(Int.init)
        if BoundaryRepair.mayHaveSuppressedAcronymEnd(work) {
            let plain = try iterator(for: language, suppressAbbreviations: false).boundaries(in: work).offsets.map(Int.init)
            boundaries = BoundaryRepair.restoreAcronymEnds(suppressed: boundaries, plain: plain, in: work)
        }
        boundaries = BoundaryRepair.repair(boundaries, in: work, forced: forced)

        // Scalar and UTF-8 offsets of the span ends, by one cursor moving forward through the units
        // (span ends only grow), rather than a table of every unit's offsets.
        var cursor = OffsetCursor(units: units)
        var spans: [SegmentSpan] = []
        for i in 1..<boundaries.count {
            var start = boundaries[i - 1]
            var end = boundaries[i]
            while start < end, Self.isTrimmable(units[start]) { start += 1 }
            while end > start, Self.isTrimmable(units[end - 1]) { end -= 1 }
            guard start < end, Self.hasContent(units[start..<end]) else { continue }
            let kind = lines.kind(of: start..<end, maxHeadingLength: maxHeadingLength)
            let (scalarStart, utf8Start) = cursor.advance(to: start)
            let (scalarEnd, utf8End) = cursor.advance(to: end)
            spans.append(SegmentSpan(start: scalarStart, end: scalarEnd, kind: kind, utf8Start: utf8Start, utf8End: utf8End))
        }
        return spans
    }

    static func isTrimmable(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x0A || unit == 0x09 || unit == 0x0D || unit == 0xA0 || unit == 0x200B
            || unit == 0xFEFF || unit == 0x3000 || (0x2000...0x200A).contains(unit)
    }

    /// True when the units hold a letter or a digit (not only punctuation and symbols).
    static func hasContent(_ units: ArraySlice<UInt16>) -> Bool {
        for unit in units {
            switch unit {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            case 0..<0x80: continue
            case 0xD800...0xDFFF: return true // astral: letters, ideographs or emoji; keep it
            default:
                if let scalar = Unicode.Scalar(unit), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    return true
                }
            }
        }
        return false
    }
}

/// Walks UTF-16 offsets forward, counting the Unicode scalars and UTF-8 bytes before each.
struct OffsetCursor {
    let units: [UInt16]
    private var unit = 0
    private var scalar = 0
    private var utf8 = 0

    init(units: [UInt16]) { self.units = units }

    /// The scalar and UTF-8 offsets of UTF-16 offset `target` (≥ the last target asked for).
    mutating func advance(to target: Int) -> (scalar: Int, utf8: Int) {
        while unit < target {
            let value = units[unit]
            switch value {
            case 0..<0x80: utf8 += 1
            case 0x80..<0x800: utf8 += 2
            case 0xD800..<0xDC00: utf8 += 4 // a lead surrogate: the pair is one scalar of 4 bytes
            case 0xDC00..<0xE000: scalar -= 1 // its trail: counted with the lead
            default: utf8 += 3
            }
            scalar += 1
            unit += 1
        }
        return (scalar, utf8)
    }
}
