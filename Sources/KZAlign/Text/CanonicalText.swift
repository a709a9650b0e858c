/// Builds a segment's `canonical` text: the segment with every name mention
/// replaced by its entity's canonical form and every glossary term by its
/// concept's label (DESIGN.md).
///
/// Overlap rule (names and glossary both find "KNB" or "Kazakhstan"): the
/// longer span wins; on a tie, the glossary term wins. Mentions without an
/// entity id, or whose id has no known canonical form, are left as written.
public enum CanonicalText {
    /// One replacement: scalar offsets into the document text.
    public struct Replacement: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var isTerm: Bool
        public init(start: Int, end: Int, text: String, isTerm: Bool) {
            self.start = start
            self.end = end
            self.text = text
            self.isTerm = isTerm
        }
    }

    /// The non-overlapping replacements to apply, sorted by start: longest first, terms before mentions on a tie.
    public static func resolve(_ replacements: [Replacement]) -> [Replacement] {
        let ordered = replacements.sorted {
            let a = $0.end - $0.start, b = $1.end - $1.start
            if a != b { return a > b }
            if $0.isTerm != $1.isTerm { return $0.isTerm }
            return $0.start < $1.start
        }
        var chosen: [Replacement] = []
        for r in ordered where r.end > r.start && !chosen.contains(where: { $0.start < r.end && r.start < $0.end }) {
            chosen.append(r)
        }
        return chosen.sorted { $0.start < $1.start }
    }

    /// `segment.text` with the replacements that fall inside it applied.
    public static func build(_ segment: Segment, replacements: [Replacement]) -> String {
        let inside = resolve(replacements.filter { $0.start >= segment.start && $0.end <= segment.end })
        guard !inside.isEmpty else { return segment.text }
        let scalars = Array(segment.text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var cursor = 0
        for r in inside {
            let from = r.start - segment.start, to = r.end - segment.start
            out.append(contentsOf: scalars[cursor..<from])
            out.append(contentsOf: r.text.unicodeScalars)
            cursor = to
        }
        out.append(contentsOf: scalars[cursor...])
        return String(out)
    }

    /// Fills `canonical` of every segment of every document from the corpus's
    /// entities (mentions) and concepts (terms).
    public static func fill(_ corpus: inout Corpus) {
        var entityLabels: [String: String] = [:]
        for entity in corpus.entities { entityLabels[entity.id] = entity.canonical }
        var conceptLabels: [String: String] = [:]
        for concept in corpus.concepts { conceptLabels[concept.id] = concept.canonical }
        for d in corpus.documents.indices {
            let document = corpus.documents[d]
            var replacements: [Replacement] = []
            for m in document.mentions {
                if let label = entityLabels[m.entity] {
                    replacements.append(Replacement(start: m.start, end: m.end, text: label, isTerm: false))
                }
            }
            for t in document.terms {
                if let label = conceptLabels[t.concept] {
                    replacements.append(Replacement(start: t.start, end: t.end, text: label, isTerm: true))
                }
            }
            for s in document.segments.indices {
                corpus.documents[d].segments[s].canonical = build(document.segments[s], replacements: replacements)
            }
        }
    }
}
