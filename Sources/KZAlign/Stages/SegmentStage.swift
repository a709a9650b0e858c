/// Splits each document into segments (sentences, headings, datelines) with
/// ICU's sentence break iterator; see `SentenceSegmenter`.
public struct SegmentStage: DocumentStage {
    public static let typeName = "segment"
    public static let summary = "ICU sentence segmentation; joins sentences cut by hard line breaks; headings and datelines kept apart"
    public static let requires: Set<Capability> = [.documents]
    public static let provides: Set<Capability> = [.segments]

    public struct Options: StageOptions {
        /// Lines without final punctuation up to this length are headings. Default 200.
        public var maxHeadingLength = 200

        public init() {}

        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&maxHeadingLength, .maxHeadingLength)
        }

        public func validate() throws {
            guard maxHeadingLength >= 1 else { throw OptionError(key: "maxHeadingLength", "must be at least 1") }
        }
    }

    public let options: Options

    public init(options: Options, context: StageContext) throws {
        self.options = options
    }

    public func makeProcessor() throws -> any DocumentProcessor {
        let segmenter = SentenceSegmenter()
        segmenter.maxHeadingLength = options.maxHeadingLength
        return Processor(segmenter: segmenter)
    }

    final class Processor: DocumentProcessor {
        let segmenter: SentenceSegmenter
        init(segmenter: SentenceSegmenter) { self.segmenter = segmenter }

        func process(_ document: inout Document) throws {
            let spans = try segmenter.segment(document.text, language: document.metadata.declaredLanguage ?? document.language)
            let text = document.text
            document.segments = spans.enumerated().map { index, span in
                let lower = text.utf8.index(text.utf8.startIndex, offsetBy: span.utf8Start)
                let upper = text.utf8.index(text.utf8.startIndex, offsetBy: span.utf8End)
                return Segment(id: "\(document.id):\(index)", start: span.start, end: span.end, kind: span.kind,
                               text: String(text[lower..<upper]))
            }
        }
    }
}
