import Foundation

/// `names`: finds name mentions per document (map) and clusters them across
/// documents and languages into canonical entities (reduce). docs/names.md.
public struct NamesStage: DocumentStage, CorpusStage {
    public static let typeName = "names"
    public static let summary = "name mentions (gazetteer + discovery) clustered into canonical entities across languages"
    public static let requires: Set<Capability> = [.segments, .language]
    public static let provides: Set<Capability> = [.mentions, .entities]

    public struct Options: StageOptions {
        /// Gazetteer files (names.tsv format), later files extend earlier ones; `[]` works.
        public var gazetteer: [String] = ["glossaries/names.tsv"]
        /// Generate country entities from ICU CLDR region names.
        public var countries = true
        /// Find names no gazetteer knows (capitalised sequences).
        public var discover = true
        /// Minimum Jaro–Winkler similarity of two different name-part keys.
        public var partThreshold = 0.9
        /// Minimum overall name score for "same".
        public var nameThreshold = 0.85
        /// Language → ICU id for the matching transliteration (overrides the defaults).
        public var schemes: [String: String] = [:]

        public init() {}
        enum CodingKeys: String, CodingKey { case gazetteer, countries, discover, partThreshold, nameThreshold, schemes }
        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&gazetteer, .gazetteer)
            try c.fill(&countries, .countries)
            try c.fill(&discover, .discover)
            try c.fill(&partThreshold, .partThreshold)
            try c.fill(&nameThreshold, .nameThreshold)
            try c.fill(&schemes, .schemes)
        }
        public func validate() throws {
            guard (0.5...1).contains(partThreshold) else { throw OptionError(key: "partThreshold", "must be between 0.5 and 1") }
            guard (0.5...1).contains(nameThreshold) else { throw OptionError(key: "nameThreshold", "must be between 0.5 and 1") }
            for (index, path) in gazetteer.enumerated() where path.isEmpty {
                throw OptionError(key: "gazetteer[\(index)]", "a path to a names.tsv file is required")
            }
        }
    }

    public let options: Options
    public let index: GazetteerIndex
    let commonWords: CommonWords

    public init(options: Options, context: StageContext) throws {
        var gazetteer = options.countries ? Gazetteer.countries() : Gazetteer()
        for path in options.gazetteer {
            try gazetteer.load(context.resolveData(path), displayPath: path)
        }
        self.options = options
        self.index = GazetteerIndex(gazetteer, keyer: NameKeyer(schemes: options.schemes))
        self.commonWords = CommonWords()
    }

    public func makeProcessor() throws -> any DocumentProcessor {
        Processor(finder: MentionFinder(index: index, commonWords: commonWords, schemes: options.schemes, discover: options.discover))
    }

    final class Processor: DocumentProcessor {
        let finder: MentionFinder
        init(finder: MentionFinder) { self.finder = finder }
        func process(_ document: inout Document) throws {
            document.mentions = finder.mentions(in: document)
        }
    }

    public func reduce(_ corpus: inout Corpus) throws {
        // Persons the run names in Latin or Cyrillic, found again in Arabic and Hebrew script.
        let (skeletons, maxParts) = MentionFinder.knownPersonSkeletons(corpus.documents)
        if !skeletons.isEmpty {
            // each document on its own, on every core (a finder per worker: its keyer is not thread-safe)
            let extras = ParallelMap.mapWithState(corpus.documents, jobs: ProcessInfo.processInfo.activeProcessorCount, makeState: {
                MentionFinder(index: index, commonWords: commonWords, schemes: options.schemes, discover: false)
            }) { finder, document in
                finder.knownPersonMentions(in: document.withSegmentTexts(), known: skeletons, maxParts: maxParts)
            }
            for (d, extra) in extras.enumerated() where !extra.isEmpty {
                corpus.documents[d].mentions = (corpus.documents[d].mentions + extra).sorted { $0.start < $1.start }
            }
        }
        let reducer = NamesReducer(index: index, matcher: NameMatcher(partThreshold: options.partThreshold, nameThreshold: options.nameThreshold))
        reducer.reduce(&corpus)
    }
}
