import Foundation

/// `transliterate`: sets `Segment.latin`, the segment in Latin script, with the
/// scheme chosen by the segment's language (`TransliterationScheme.display`),
/// token by token with a per-worker memo.
public struct TransliterateStage: DocumentStage {
    public static let typeName = "transliterate"
    public static let summary = "Latin form of every segment, scheme chosen by language (BGN/PCGN where ICU has it)"
    public static let requires: Set<Capability> = [.segments, .language]
    public static let provides: Set<Capability> = [.latin]

    public struct Options: StageOptions {
        /// Language → ICU transform id, overriding the defaults ("kk": "Any-Latin").
        public var schemes: [String: String] = [:]
        /// Language → path of an ICU transliteration rules file (relative to the pipeline file).
        public var ruleFiles: [String: String] = [:]

        public init() {}

        enum CodingKeys: String, CodingKey { case schemes, ruleFiles }

        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&schemes, .schemes)
            try c.fill(&ruleFiles, .ruleFiles)
        }

        public func validate() throws {
            for (language, id) in schemes where id.trimmingCharacters(in: .whitespaces).isEmpty {
                throw OptionError(key: "schemes.\(language)", "an ICU transform id is required (e.g. \"Russian-Latin/BGN\")")
            }
            for (language, path) in ruleFiles where path.isEmpty {
                throw OptionError(key: "ruleFiles.\(language)", "a path to an ICU rules file is required")
            }
        }
    }

    /// Language → scheme name (ICU id or rule-file scheme), after options.
    public let overrides: [String: String]
    public let catalog: SchemeCatalog

    public init(options: Options, context: StageContext) throws {
        var catalog = SchemeCatalog.standard
        var overrides = options.schemes
        for (language, path) in options.ruleFiles.sorted(by: { $0.key < $1.key }) {
            overrides[language] = try catalog.addRuleFile(context.resolveData(path), displayPath: path)
        }
        // Open every named scheme once so an unknown id stops the run before any document is read.
        for (language, scheme) in overrides.sorted(by: { $0.key < $1.key }) {
            do {
                _ = try catalog.open(scheme)
            } catch let error as ICUError {
                throw OptionError(key: "schemes.\(language)", error.description)
            }
        }
        self.overrides = overrides
        self.catalog = catalog
    }

    public func makeProcessor() throws -> any DocumentProcessor {
        Processor(pool: TransliteratorPool(catalog: catalog) { TransliterationScheme.display(for: $0, overrides: overrides) })
    }

    final class Processor: DocumentProcessor {
        let pool: TransliteratorPool
        init(pool: TransliteratorPool) { self.pool = pool }

        func process(_ document: inout Document) throws {
            for index in document.segments.indices {
                let language = document.segments[index].language ?? document.language
                let transliterator = try pool.transliterator(for: language)
                document.segments[index].latin = transliterator.transliterate(document.segments[index].text)
            }
        }
    }
}

/// One memoizing transliterator per scheme, for one worker thread.
///
/// Thread safety: one thread at a time (holds `TokenTransliterator`s).
public final class TransliteratorPool {
    private let catalog: SchemeCatalog
    private let schemeFor: (String?) -> String
    private var byScheme: [String: TokenTransliterator] = [:]
    private var byLanguage: [String: TokenTransliterator] = [:]

    /// - Parameter scheme: maps a language (nil when unknown) to a scheme name.
    public init(catalog: SchemeCatalog = .standard, scheme: @escaping (String?) -> String) {
        self.catalog = catalog
        self.schemeFor = scheme
    }

    /// The memoizing transliterator for `language`'s scheme.
    public func transliterator(for language: String?) throws -> TokenTransliterator {
        let languageKey = language ?? "und"
        if let known = byLanguage[languageKey] { return known }
        let scheme = schemeFor(language)
        let transliterator: TokenTransliterator
        if let shared = byScheme[scheme] {
            transliterator = shared
        } else {
            transliterator = try TokenTransliterator(scheme: scheme, catalog: catalog)
            byScheme[scheme] = transliterator
        }
        byLanguage[languageKey] = transliterator
        return transliterator
    }
}
