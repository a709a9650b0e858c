/// Renders a segment's text as escaped HTML with `<mark>` around spans
/// (names, terms, numbers), from scalar offsets into the document's text.
struct SegmentHighlighter {
    /// A span to mark, in document scalar offsets, end exclusive.
    struct Span {
        var start: Int
        var end: Int
        /// CSS classes, e.g. "name match".
        var classes: String
        /// Tooltip (escaped on output).
        var title: String
    }

    /// The segment's text with non-overlapping spans marked; earlier and then
    /// longer spans win where spans overlap. Spans outside the segment are ignored.
    static func html(segment: Segment, spans: [Span]) -> String {
        let scalars = Array(segment.text.unicodeScalars)
        let ordered = spans
            .map { Span(start: $0.start - segment.start, end: $0.end - segment.start, classes: $0.classes, title: $0.title) }
            .filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }
            .sorted { ($0.start, -$0.end, $0.classes) < ($1.start, -$1.end, $1.classes) }
        var out = ""
        var position = 0
        for span in ordered where span.start >= position {
            out += HTML.escape(text(scalars[position..<span.start]))
            out += "<mark class=\"\(span.classes)\" title=\"\(HTML.escape(span.title))\">"
            out += HTML.escape(text(scalars[span.start..<span.end]))
            out += "</mark>"
            position = span.end
        }
        out += HTML.escape(text(scalars[position...]))
        return out
    }

    /// Every occurrence of `needle` in the segment, as document offsets (numbers from alignment evidence).
    static func occurrences(of needle: String, in segment: Segment) -> [(start: Int, end: Int)] {
        let pattern = Array(needle.unicodeScalars)
        let haystack = Array(segment.text.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        var found: [(Int, Int)] = []
        var i = 0
        while i + pattern.count <= haystack.count {
            if haystack[i..<(i + pattern.count)].elementsEqual(pattern),
               !isDigit(before: i, in: haystack), !isDigit(at: i + pattern.count, in: haystack) {
                found.append((segment.start + i, segment.start + i + pattern.count))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return found
    }

    private static func isDigit(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        index > 0 && scalars[index - 1].properties.numericType != nil
    }

    private static func isDigit(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        index < scalars.count && scalars[index].properties.numericType != nil
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars)
        return string
    }
}
