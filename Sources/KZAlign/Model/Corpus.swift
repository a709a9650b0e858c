/// Everything the corpus-level (reduce) stages read and write.
public struct Corpus: Sendable {
    /// Documents in stable order (sorted by path, then line).
    public var documents: [Document]
    /// Canonical entities (names stage).
    public var entities: [Entity]
    /// Glossary concepts seen (glossary stage).
    public var concepts: [Entity]
    /// Cross-language links (align stage).
    public var alignments: [Alignment]
    /// Corpus-level remarks for run.json ("align: document x has no segments").
    public var notes: [String]

    public init(documents: [Document]) {
        self.documents = documents
        self.entities = []
        self.concepts = []
        self.alignments = []
        self.notes = []
    }
}

/// A canonical entity (or glossary concept) with every variant seen.
public struct Entity: Sendable, Equatable {
    public var id: String
    public var canonical: String
    /// person, place, org or unknown (concepts: the glossary's type).
    public var type: String
    /// gazetteer or discovered (concepts: glossary).
    public var origin: String
    public var variants: [Variant]
    /// Extra identifiers (Wikidata "Q…"), when known.
    public var wikidata: String?

    public init(id: String, canonical: String, type: String, origin: String, variants: [Variant] = [], wikidata: String? = nil) {
        self.id = id
        self.canonical = canonical
        self.type = type
        self.origin = origin
        self.variants = variants
        self.wikidata = wikidata
    }

    /// One spelling of an entity.
    public struct Variant: Sendable, Equatable {
        public var form: String
        public var latin: String
        public var key: String
        public var languages: [String]
        public var documents: [String]
        public var count: Int

        public init(form: String, latin: String, key: String, languages: [String], documents: [String], count: Int) {
            self.form = form
            self.latin = latin
            self.key = key
            self.languages = languages
            self.documents = documents
            self.count = count
        }
    }
}

/// A link between two segments that say the same thing.
public struct Alignment: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        public var document: String
        /// Segment ids; more than one for a one-to-many link.
        public var segments: [String]
        public var language: String
        public init(document: String, segments: [String], language: String) {
            self.document = document
            self.segments = segments
            self.language = language
        }
    }

    public struct Evidence: Sendable, Equatable {
        public var entities: [String]
        public var concepts: [String]
        public var numbers: [String]
        public var lexical: Double
        /// For a link made through a third language (both sides linked to this segment, their own
        /// margin below the threshold): the segment's id. Nil for every other link.
        public var via: String?
        public init(entities: [String] = [], concepts: [String] = [], numbers: [String] = [], lexical: Double = 0,
                    via: String? = nil) {
            self.entities = entities
            self.concepts = concepts
            self.numbers = numbers
            self.lexical = lexical
            self.via = via
        }
    }

    public var source: Side
    public var target: Side
    public var score: Double
    public var evidence: Evidence

    public init(source: Side, target: Side, score: Double, evidence: Evidence) {
        self.source = source
        self.target = target
        self.score = score
        self.evidence = evidence
    }
}
