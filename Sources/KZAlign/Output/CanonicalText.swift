/// Builds each segment's `canonical` text: every name mention replaced by its
/// entity's canonical form and every glossary term by its concept's label.
///
/// Overlap rule: where a mention and a term overlap, the longer span wins; on
/// equal length the term wins (its label is curated). Spans are never nested.
public enum CanonicalText {
    public static func fill(_ corpus: inout Corpus) {
        let entityNames = Dictionary(corpus.entities.map { ($0.id, $0.canonical) }, uniquingKeysWith: { first, _ in first })
        let conceptNames = Dictionary(corpus.concepts.map { ($0.id, $0.canonical) }, uniquingKeysWith: { first, _ in first })
        for d in corpus.documents.indices {
            let document = corpus.documents[d]
            var replacements: [(start: Int, end: Int, text: String, priority: Int)] = []
            for mention in document.mentions {
                if let name = entityNames[mention.entity] { replacements.append((mention.start, mention.end, name, 0)) }
            }
            for term in document.terms {
                if let label = conceptNames[term.concept] { replacements.append((term.start, term.end, label, 1)) }
            }
            let chosen = choose(replacements)
            for s in corpus.documents[d].segments.indices {
                let segment = corpus.documents[d].segments[s]
                let inside = chosen.filter { $0.start >= segment.start && $0.end <= segment.end }
                corpus.documents[d].segments[s].canonical = inside.isEmpty ? segment.text : substitute(segment, inside)
            }
        }
    }

    /// Longest span first, then terms before mentions, then leftmost; drop anything overlapping a chosen span.
    static func choose(_ spans: [(start: Int, end: Int, text: String, priority: Int)]) -> [(start: Int, end: Int, text: String)] {
        let ordered = spans.sorted {
            let l0 = $0.end - $0.start, l1 = $1.end - $1.start
            if l0 != l1 { return l0 > l1 }
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            return $0.start < $1.start
        }
        var chosen: [(start: Int, end: Int, text: String)] = []
        for span in ordered where !chosen.contains(where: { $0.start < span.end && span.start < $0.end }) {
            chosen.append((span.start, span.end, span.text))
        }
        return chosen.sorted { $0.start < $1.start }
    }

    static func substitute(_ segment: Segment, _ spans: [(start: Int, end: Int, text: String)]) -> String {
        let scalars = Array(segment.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var position = 0
        for span in spans {
            let start = span.start - segment.start, end = span.end - segment.start
            guard start >= position, end <= scalars.count else { continue }
            out.append(contentsOf: scalars[position..<start])
            out.append(contentsOf: span.text.unicodeScalars)
            position = end
        }
        out.append(contentsOf: scalars[position...])
        return String(out)
    }
}
