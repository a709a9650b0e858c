import Foundation

/// The `glossary` stage: finds glossary terms (multilingual terms and
/// acronyms) in every segment and maps them to canonical concepts.
///
/// Map (per document): writes `Document.terms` (scalar offsets, the id of
/// the segment that holds the term). Reduce (corpus): fills `Corpus.concepts`
/// with every concept seen and its variants. Each segment's `canonical` text
/// is built afterwards by the runner (`CanonicalText.fill`: names and terms,
/// longer span first, terms win ties).
/// Matching rules: `TermMatcher`. File format: `docs/glossary.md`.
public struct GlossaryStage: DocumentStage, CorpusStage {
    public static let typeName = "glossary"
    public static let summary = "maps multilingual terms and acronyms to canonical concepts"
    public static let requires: Set<Capability> = [.segments, .language]
    public static let provides: Set<Capability> = [.terms, .concepts]

    /// The 14 languages kzalign supports.
    public static let supportedLanguages = ["ru", "kk", "ky", "uz", "uk", "tr", "en", "de", "fr", "es", "it", "pl", "ar", "zh"]

    public struct Options: StageOptions {
        /// Glossary files (TSV, or TBX for `.tbx`/`.xml`), resolved against the pipeline's folder; later ones extend earlier ones.
        public var glossaries: [String] = ["glossaries/terms.tsv"]
        /// Add country concepts (and `languageConcepts`) from ICU's CLDR display names.
        public var cldr: Bool = true
        /// Languages whose CLDR names become variants.
        public var cldrLanguages: [String] = GlossaryStage.supportedLanguages
        /// Language codes that become `language` concepts (with `cldr`).
        public var languageConcepts: [String] = GlossaryStage.supportedLanguages
        /// Match a variant only in segments of its own language (or `mul`/unknown).
        public var languageScoped: Bool = false
        /// TBX: the language whose term becomes a concept's label.
        public var tbxLabelLanguage: String = "en"

        public init() {}

        enum CodingKeys: String, CodingKey {
            case glossaries, cldr, cldrLanguages, languageConcepts, languageScoped, tbxLabelLanguage
        }

        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&glossaries, .glossaries)
            try c.fill(&cldr, .cldr)
            try c.fill(&cldrLanguages, .cldrLanguages)
            try c.fill(&languageConcepts, .languageConcepts)
            try c.fill(&languageScoped, .languageScoped)
            try c.fill(&tbxLabelLanguage, .tbxLabelLanguage)
        }

        public func validate() throws {
            let valid = GlossaryTSVReader.icuLanguageCodes
            if let empty = glossaries.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw OptionError(key: "glossaries[\(empty)]", "an empty path; give a glossary file (.tsv or .tbx)")
            }
            for (key, list) in [("cldrLanguages", cldrLanguages), ("languageConcepts", languageConcepts)] {
                for (i, code) in list.enumerated() where !GlossaryTSVReader.isKnownLanguage(code, valid) {
                    throw OptionError(key: "\(key)[\(i)]", "unknown language code '\(code)'; use ISO 639 codes such as \(GlossaryStage.supportedLanguages.joined(separator: ", "))")
                }
            }
            if !GlossaryTSVReader.isKnownLanguage(tbxLabelLanguage, valid) {
                throw OptionError(key: "tbxLabelLanguage", "unknown language code '\(tbxLabelLanguage)'")
            }
        }
    }

    public let options: Options
    public let index: TermIndex

    /// Loads every glossary now, so a bad file stops the run before any document is read.
    /// - Throws: `GlossaryError` naming file and line.
    public init(options: Options, context: StageContext) throws {
        self.options = options
        let loader = GlossaryLoader(
            files: options.glossaries.map { (context.resolveData($0), $0) },
            cldrCountries: options.cldr, cldrLanguages: options.cldrLanguages,
            languageConcepts: options.cldr ? options.languageConcepts : [],
            tbxLabelLanguage: options.tbxLabelLanguage)
        self.index = TermIndex(glossary: try loader.load())
    }

    public func makeProcessor() throws -> any DocumentProcessor {
        GlossaryProcessor(matcher: TermMatcher(index: index, languageScoped: options.languageScoped))
    }

    public func reduce(_ corpus: inout Corpus) throws {
        corpus.concepts = ConceptCollector(glossary: index.glossary).collect(corpus.documents)
    }
}

/// Per-worker glossary matching.
final class GlossaryProcessor: DocumentProcessor {
    let matcher: TermMatcher

    init(matcher: TermMatcher) { self.matcher = matcher }

    func process(_ document: inout Document) throws {
        let scalars = Array(document.text.unicodeScalars)
        let masked = URLMask.ranges(in: scalars)
        var terms: [TermMention] = []
        func scan(_ range: Range<Int>, segment: String, language: String?) {
            for match in matcher.matches(in: scalars, range: range, masked: masked, language: language) {
                terms.append(TermMention(start: match.start, end: match.end,
                                         surface: TermTokenizer.string(scalars, match.start..<match.end),
                                         concept: match.conceptID, segment: segment))
            }
        }
        if document.segments.isEmpty {
            scan(0..<scalars.count, segment: "", language: document.language)
        } else {
            for segment in document.segments {
                let range = max(0, segment.start)..<min(scalars.count, max(segment.start, segment.end))
                scan(range, segment: segment.id, language: segment.language ?? document.language)
            }
        }
        document.terms = terms
        // One id per span: an acronym the names stage only discovered (no gazetteer entity) where
        // the glossary finds a term is the term's concept, not a new entity (Kazakh ҰҚШҰ is the
        // CSTO; Turkish KGAÖ'den is KGAÖ with a case ending). Other names stay: a country in a case
        // form ("Казахстана") is both a place mention and a concept term, as documented.
        if !terms.isEmpty && document.mentions.contains(where: \.entity.isEmpty) {
            document.mentions.removeAll { mention in
                mention.entity.isEmpty && GlossaryProcessor.isAcronymLike(mention.surface)
                    && terms.contains { $0.start < mention.end && mention.start < $0.end }
            }
        }
    }

    /// 2–6 letters, all capitals, before an optional apostrophe or hyphen suffix ("ҰҚШҰ", "KGAÖ'den").
    static func isAcronymLike(_ surface: String) -> Bool {
        let head = surface.prefix { $0 != "'" && $0 != "’" && $0 != "-" }
        let letters = head.filter(\.isLetter)
        return (2...6).contains(letters.count) && letters.count == head.count && letters.allSatisfy(\.isUppercase)
    }
}
