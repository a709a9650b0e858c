/// Indexes over a `Corpus` that several output formats need: where a segment
/// lives, which entity and concept ids exist, and how often each spelling of an
/// entity was seen in each language.
struct CorpusLookup {
    struct SegmentLocation: Hashable {
        var document: Int
        var segment: Int
    }

    struct SpellingKey: Hashable {
        var entity: String
        var form: String
    }

    let corpus: Corpus
    private(set) var documentIndex: [String: Int] = [:]
    private(set) var segmentLocation: [String: SegmentLocation] = [:]
    private(set) var entityIndex: [String: Int] = [:]
    private(set) var conceptIndex: [String: Int] = [:]
    /// Mentions per entity id.
    private(set) var mentionsPerEntity: [String: Int] = [:]
    /// Mentions per (entity, surface form), by language of the segment (else the document, else `und`).
    private(set) var spellingLanguages: [SpellingKey: [String: Int]] = [:]

    init(_ corpus: Corpus) {
        self.corpus = corpus
        for (d, document) in corpus.documents.enumerated() {
            if documentIndex[document.id] == nil { documentIndex[document.id] = d }
            var segmentOfId: [String: Int] = [:]
            for (s, segment) in document.segments.enumerated() {
                if segmentLocation[segment.id] == nil { segmentLocation[segment.id] = SegmentLocation(document: d, segment: s) }
                segmentOfId[segment.id] = s
            }
            for mention in document.mentions where !mention.entity.isEmpty {
                mentionsPerEntity[mention.entity, default: 0] += 1
                let language = segmentOfId[mention.segment].flatMap { document.segments[$0].language }
                    ?? document.language ?? "und"
                spellingLanguages[SpellingKey(entity: mention.entity, form: mention.surface), default: [:]][language, default: 0] += 1
            }
        }
        for (e, entity) in corpus.entities.enumerated() where entityIndex[entity.id] == nil {
            entityIndex[entity.id] = e
        }
        for (c, concept) in corpus.concepts.enumerated() where conceptIndex[concept.id] == nil {
            conceptIndex[concept.id] = c
        }
    }

    func segment(_ id: String) -> (document: Document, segment: Segment)? {
        guard let location = segmentLocation[id] else { return nil }
        let document = corpus.documents[location.document]
        return (document, document.segments[location.segment])
    }

    /// The language of a segment: its own, else its document's, else `und`.
    static func language(of segment: Segment, in document: Document) -> String {
        segment.language ?? document.language ?? "und"
    }

    /// One row per language a variant was seen in, with the count in that
    /// language. From the mentions when they are present; otherwise one row
    /// with the variant's languages joined by a space and its total count.
    func languageCounts(of variant: Entity.Variant, entity: String) -> [(language: String, count: Int)] {
        if let counts = spellingLanguages[SpellingKey(entity: entity, form: variant.form)], !counts.isEmpty {
            return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        let languages = variant.languages.isEmpty ? "und" : variant.languages.sorted().joined(separator: " ")
        return [(languages, variant.count)]
    }

    /// ISO 15924 code(s) of the letters of `text`: the most frequent first, joined by `+` when mixed; `Zyyy` when none.
    static func scriptCode(of text: String) -> String {
        let scripts = UnicodeScript.scripts(in: text[...])
        return scripts.isEmpty ? "Zyyy" : scripts.map(\.script).joined(separator: "+")
    }
}
