/// Indexes over a `Corpus` that output formats share: documents, entities and
/// concepts by id, and segments by id (through the `<document id>:<index>`
/// convention, so no table of all segment ids is built).
struct CorpusLookup {
    struct SegmentLocation: Hashable {
        var document: Int
        var segment: Int
    }

    let corpus: Corpus
    /// The first document with each id (a later duplicate is ignored by every format).
    private(set) var documentIndex: [String: Int] = [:]
    private(set) var entityIndex: [String: Int] = [:]
    private(set) var conceptIndex: [String: Int] = [:]

    init(_ corpus: Corpus) {
        self.corpus = corpus
        documentIndex.reserveCapacity(corpus.documents.count)
        for (d, document) in corpus.documents.enumerated() where documentIndex[document.id] == nil {
            documentIndex[document.id] = d
        }
        for (e, entity) in corpus.entities.enumerated() where entityIndex[entity.id] == nil {
            entityIndex[entity.id] = e
        }
        for (c, concept) in corpus.concepts.enumerated() where conceptIndex[concept.id] == nil {
            conceptIndex[concept.id] = c
        }
    }

    /// Where segment `id` is, if it exists in a (first-of-its-id) document.
    /// `document`, when given, is the index the segment must belong to.
    /// Ids that do not follow the convention are found by a search of `document`'s segments.
    func location(ofSegment id: String, inDocument document: Int? = nil) -> SegmentLocation? {
        let colon = id.lastIndex(of: ":")
        let position = colon.flatMap { Int(id[id.index(after: $0)...]) }
        guard let d = document ?? colon.flatMap({ documentIndex[String(id[..<$0])] }) else { return nil }
        let segments = corpus.documents[d].segments
        if let position, position >= 0, position < segments.count, segments[position].id == id {
            return SegmentLocation(document: d, segment: position)
        }
        return segments.firstIndex { $0.id == id }.map { SegmentLocation(document: d, segment: $0) }
    }

    /// The segment `id` and its document, with their segments' texts (restored when the run left them out).
    func segment(_ id: String) -> (document: Document, segment: Segment)? {
        guard let location = location(ofSegment: id) else { return nil }
        let document = corpus.documents[location.document].withSegmentTexts()
        return (document, document.segments[location.segment])
    }

    /// The language of a segment: its own, else its document's, else `und`.
    static func language(of segment: Segment, in document: Document) -> String {
        segment.language ?? document.language ?? "und"
    }

    /// ISO 15924 code(s) of the letters of `text`: the most frequent first, joined by `+` when mixed; `Zyyy` when none.
    static func scriptCode(of text: String) -> String {
        let scripts = UnicodeScript.scripts(in: text[...])
        return scripts.isEmpty ? "Zyyy" : scripts.map(\.script).joined(separator: "+")
    }
}

/// How often each entity, and each spelling of it per language, is mentioned.
struct MentionCounts {
    struct SpellingKey: Hashable {
        var entity: String
        var form: String
    }

    /// Mentions per entity id.
    private(set) var perEntity: [String: Int] = [:]
    /// Mentions per (entity, surface form), by language of the segment (else the document, else `und`).
    private(set) var perSpelling: [SpellingKey: [String: Int]] = [:]

    init(_ corpus: Corpus) {
        for document in corpus.documents {
            for mention in document.mentions where !mention.entity.isEmpty {
                perEntity[mention.entity, default: 0] += 1
                var language = document.language ?? "und"
                if let colon = mention.segment.lastIndex(of: ":"), let position = Int(mention.segment[mention.segment.index(after: colon)...]),
                   position >= 0, position < document.segments.count, let own = document.segments[position].language {
                    language = own
                }
                perSpelling[SpellingKey(entity: mention.entity, form: mention.surface), default: [:]][language, default: 0] += 1
            }
        }
    }

    /// One row per language a variant was seen in, with the count in that
    /// language. From the mentions when they are present; otherwise one row
    /// with the variant's languages joined by a space and its total count.
    func languageCounts(of variant: Entity.Variant, entity: String) -> [(language: String, count: Int)] {
        if let counts = perSpelling[SpellingKey(entity: entity, form: variant.form)], !counts.isEmpty {
            return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        let languages = variant.languages.isEmpty ? "und" : variant.languages.sorted().joined(separator: " ")
        return [(languages, variant.count)]
    }
}
