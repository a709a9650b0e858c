/// One input document as it moves through the pipeline.
///
/// Offsets everywhere (segments, mentions, terms) are 0-based Unicode scalar
/// (code point) offsets into `text`, end exclusive: the convention of Python
/// and spaCy-style tools (DESIGN.md, output contract).
public struct Document: Sendable, Equatable {
    /// Stable id: the path relative to the corpus root without its extension,
    /// or the `id` field of a JSONL line.
    public var id: String
    /// Where it came from, relative to the pipeline file's folder
    /// (`corpus/001_x.txt`, or `corpus/batch.jsonl:12` for a JSONL line).
    public var path: String
    /// SHA-256 (hex) of the source bytes (of the line, for JSONL).
    public var sha256: String
    /// NFC text with boilerplate lines removed; what offsets refer to.
    public var text: String
    /// Optional metadata a JSONL line may carry.
    public var metadata: Metadata
    /// BCP-47 language of the document, `und` when unknown; nil before detection.
    public var language: String?
    /// Confidence of `language` in [0, 1].
    public var languageConfidence: Double?
    public var segments: [Segment]
    public var mentions: [Mention]
    public var terms: [TermMention]
    /// Ingest facts worth reporting (replaced byte sequences, boilerplate lines removed, encoding).
    public var ingest: IngestReport
    /// Set while the segments' texts are left out (`leaveOutSegmentTexts()`), nil otherwise.
    var leftOutSegmentTexts: LeftOutSegmentTexts?

    public init(id: String, path: String, sha256: String, text: String, metadata: Metadata = Metadata(),
                ingest: IngestReport = IngestReport()) {
        self.id = id
        self.path = path
        self.sha256 = sha256
        self.text = text
        self.metadata = metadata
        self.language = nil
        self.languageConfidence = nil
        self.segments = []
        self.mentions = []
        self.terms = []
        self.ingest = ingest
    }

    /// Optional fields a JSONL document may carry.
    public struct Metadata: Sendable, Equatable {
        public var url: String?
        public var date: String?
        public var title: String?
        /// A language the source declared (JSONL `language`); detection may confirm or override it.
        public var declaredLanguage: String?
        public init(url: String? = nil, date: String? = nil, title: String? = nil, declaredLanguage: String? = nil) {
            self.url = url
            self.date = date
            self.title = title
            self.declaredLanguage = declaredLanguage
        }
    }
}

/// What ingest observed about one document's bytes.
public struct IngestReport: Sendable, Equatable {
    /// The charset the bytes were decoded from ("UTF-8", "windows-1251").
    public var encoding: String
    /// Invalid byte sequences replaced by U+FFFD.
    public var replacedSequences: Int
    /// Boilerplate lines removed, by rule name.
    public var boilerplateRemoved: [String: Int]

    public init(encoding: String = "UTF-8", replacedSequences: Int = 0, boilerplateRemoved: [String: Int] = [:]) {
        self.encoding = encoding
        self.replacedSequences = replacedSequences
        self.boilerplateRemoved = boilerplateRemoved
    }
}

/// A sentence, heading or dateline of a document.
public struct Segment: Sendable, Equatable {
    /// What a segment is.
    public enum Kind: String, Sendable, Codable {
        /// Running text ending in sentence punctuation (or at a paragraph's end).
        case sentence
        /// A short line without final punctuation standing alone: a title or a heading.
        case heading
        /// A date, place-and-date or byline line.
        case dateline
    }

    /// `<document id>:<index>`, index 0-based in document order.
    public var id: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// `text` sliced at `start..<end`.
    public var text: String
    public var language: String?
    public var languageConfidence: Double?
    /// The segment in Latin script (transliterate stage).
    public var latin: String?
    /// The segment with mentions and terms replaced by canonical forms (filled after the reduce).
    public var canonical: String?

    public init(id: String, start: Int, end: Int, kind: Kind, text: String) {
        self.id = id
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
    }
}

/// A name mention found in a document.
public struct Mention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var surface: String
    /// Canonical entity id; empty until the names reduce has clustered mentions.
    public var entity: String
    public var segment: String
    /// person, place, org or unknown.
    public var type: String
    /// The language-aware match key the clustering uses.
    public var key: String
    /// Latin form of the surface.
    public var latin: String
    /// True when ICU's spoof checker found mixed or confusable scripts.
    public var suspicious: Bool

    public init(start: Int, end: Int, surface: String, entity: String = "", segment: String,
                type: String = "unknown", key: String = "", latin: String = "", suspicious: Bool = false) {
        self.start = start
        self.end = end
        self.surface = surface
        self.entity = entity
        self.segment = segment
        self.type = type
        self.key = key
        self.latin = latin
        self.suspicious = suspicious
    }
}

/// A glossary term found in a document.
public struct TermMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var surface: String
    public var concept: String
    public var segment: String

    public init(start: Int, end: Int, surface: String, concept: String, segment: String) {
        self.start = start
        self.end = end
        self.surface = surface
        self.concept = concept
        self.segment = segment
    }
}
