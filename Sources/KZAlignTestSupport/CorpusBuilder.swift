import KZAlign

/// Builds documents with correct scalar offsets from segment strings, for
/// tests and benchmarks: segments are joined by a space, and each name or
/// term is located by searching its surface in the segment it is given for.
public struct CorpusBuilder {
    public init() {}

    /// A name to mark in segment `segment` (0-based): the first occurrence of `surface`.
    public struct Name {
        public var segment: Int
        public var surface: String
        public var entity: String
        public var type: String
        public init(_ segment: Int, _ surface: String, entity: String, type: String) {
            self.segment = segment
            self.surface = surface
            self.entity = entity
            self.type = type
        }
    }

    /// A glossary term to mark in segment `segment`.
    public struct Term {
        public var segment: Int
        public var surface: String
        public var concept: String
        public init(_ segment: Int, _ surface: String, concept: String) {
            self.segment = segment
            self.surface = surface
            self.concept = concept
        }
    }

    public func document(id: String, language: String, segments texts: [String], names: [Name] = [], terms: [Term] = [],
                         title: String? = nil) -> Document {
        let text = texts.joined(separator: " ")
        var document = Document(id: id, path: "corpus/\(id).txt", sha256: String(repeating: "0", count: 64), text: text,
                                metadata: Document.Metadata(title: title))
        document.language = language
        document.languageConfidence = 0.97
        var start = 0
        for (index, segmentText) in texts.enumerated() {
            let length = segmentText.unicodeScalars.count
            var segment = Segment(id: "\(id):\(index)", start: start, end: start + length, kind: .sentence, text: segmentText)
            segment.language = language
            document.segments.append(segment)
            start += length + 1
        }
        for name in names {
            let segment = document.segments[name.segment]
            guard let offset = Self.scalarOffset(of: name.surface, in: segment.text) else {
                preconditionFailure("\(name.surface) not in segment \(segment.id)")
            }
            document.mentions.append(Mention(start: segment.start + offset, end: segment.start + offset + name.surface.unicodeScalars.count,
                                             surface: name.surface, entity: name.entity, segment: segment.id, type: name.type,
                                             key: name.surface.lowercased(), latin: name.surface))
        }
        for term in terms {
            let segment = document.segments[term.segment]
            guard let offset = Self.scalarOffset(of: term.surface, in: segment.text) else {
                preconditionFailure("\(term.surface) not in segment \(segment.id)")
            }
            document.terms.append(TermMention(start: segment.start + offset, end: segment.start + offset + term.surface.unicodeScalars.count,
                                              surface: term.surface, concept: term.concept, segment: segment.id))
        }
        return document
    }

    /// Entities (or concepts) whose variants are the distinct surfaces the documents mention, with counts.
    public func entities(from documents: [Document], canonical: [String: (name: String, type: String)], concepts: Bool = false) -> [Entity] {
        var order: [String] = []
        var variants: [String: [String: (languages: Set<String>, documents: Set<String>, count: Int, order: Int)]] = [:]
        for document in documents {
            let found: [(String, String)] = concepts ? document.terms.map { ($0.concept, $0.surface) }
                                                     : document.mentions.map { ($0.entity, $0.surface) }
            for (id, surface) in found {
                if variants[id] == nil { order.append(id); variants[id] = [:] }
                var entry = variants[id]![surface] ?? ([], [], 0, variants[id]!.count)
                entry.languages.insert(document.language ?? "und")
                entry.documents.insert(document.id)
                entry.count += 1
                variants[id]![surface] = entry
            }
        }
        return order.map { id in
            let info = canonical[id] ?? (id, "unknown")
            let list = variants[id]!.sorted { $0.value.order < $1.value.order }.map { form, entry in
                Entity.Variant(form: form, latin: form, key: form.lowercased(), languages: entry.languages.sorted(),
                               documents: entry.documents.sorted(), count: entry.count)
            }
            return Entity(id: id, canonical: info.name, type: info.type, origin: concepts ? "glossary" : "gazetteer", variants: list)
        }
    }

    static func scalarOffset(of needle: String, in text: String) -> Int? {
        let haystack = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - pattern.count) where haystack[i..<(i + pattern.count)].elementsEqual(pattern) {
            return i
        }
        return nil
    }
}
