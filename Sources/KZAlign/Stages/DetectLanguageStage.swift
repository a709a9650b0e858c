import Foundation

/// `detect-language`: sets `language` and `languageConfidence` on every
/// document (from its whole text) and every segment.
///
/// A segment keeps its own language when its own evidence is good enough
/// (confidence ≥ `inheritBelow`); otherwise it inherits its document's
/// language with the document's confidence scaled by `inheritedScale`, so an
/// inherited language is visible as a low confidence. Segments without
/// letters once URLs and e-mail addresses are removed (digits, punctuation, a
/// bare link) are `und` with confidence 0. A document that mixes languages
/// gets its main language; its segments keep their own. A segment that mixes
/// scripts and writes at least `documentScriptShare` of its letters in its
/// document's script (an Arabic sentence around a Latin name, a Kazakh one
/// around "PlayStation") is read in that script alone.
public struct DetectLanguageStage: DocumentStage {
    public static let typeName = "detect-language"
    public static let summary = "identify the language of each document and segment (BCP-47, with confidence)"
    public static let requires: Set<Capability> = [.segments]
    public static let provides: Set<Capability> = [.language]

    public struct Options: StageOptions {
        /// Candidate languages (BCP-47 codes the model knows).
        public var languages: [String] = LanguageIdentifier.defaultLanguages
        /// Below this confidence a document or segment that inherits nothing is `und`.
        public var minimumConfidence: Double = 0.3
        /// A segment whose own confidence is below this inherits the document's language.
        public var inheritBelow: Double = 0.6
        /// An inherited language's confidence: the document's confidence times this.
        public var inheritedScale: Double = 0.5
        /// A segment whose own guess writes another script than its document's language,
        /// but which writes at least this share of its letters in the document's script,
        /// is identified from those letters alone.
        public var documentScriptShare: Double = 0.25

        public init() {}

        enum CodingKeys: String, CodingKey { case languages, minimumConfidence, inheritBelow, inheritedScale, documentScriptShare }

        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&languages, .languages)
            try c.fill(&minimumConfidence, .minimumConfidence)
            try c.fill(&inheritBelow, .inheritBelow)
            try c.fill(&inheritedScale, .inheritedScale)
            try c.fill(&documentScriptShare, .documentScriptShare)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(languages, forKey: .languages)
            try c.encode(minimumConfidence, forKey: .minimumConfidence)
            try c.encode(inheritBelow, forKey: .inheritBelow)
            try c.encode(inheritedScale, forKey: .inheritedScale)
            try c.encode(documentScriptShare, forKey: .documentScriptShare)
        }

        public func validate() throws {
            guard !languages.isEmpty else { throw OptionError(key: "languages", "needs at least one language") }
            for (key, value) in [("minimumConfidence", minimumConfidence), ("inheritBelow", inheritBelow),
                                 ("inheritedScale", inheritedScale),
                                 ("documentScriptShare", documentScriptShare)] where !(0...1).contains(value) {
                throw OptionError(key: key, "must be between 0 and 1, got \(value)")
            }
            // Codes are checked against the model when it is installed (always in init).
            if let identifier = try? LanguageIdentifier.shared() { try Self.check(languages, with: identifier) }
        }

        static func check(_ languages: [String], with identifier: LanguageIdentifier) throws {
            for (i, code) in languages.enumerated() where !identifier.knownLanguages.contains(code) {
                throw OptionError(key: "languages[\(i)]",
                                  "unknown language '\(code)'; valid codes: \(identifier.knownLanguages.joined(separator: ", "))")
            }
        }
    }

    public let options: Options
    let identifier: LanguageIdentifier
    let candidates: LanguageSet

    public init(options: Options, context: StageContext) throws {
        try options.validate()
        identifier = try LanguageIdentifier.shared()
        try Options.check(options.languages, with: identifier)
        candidates = try identifier.languageSet(options.languages)
        self.options = options
    }

    /// For tests and library users with their own identifier.
    public init(options: Options, identifier: LanguageIdentifier) throws {
        try options.validate()
        try Options.check(options.languages, with: identifier)
        self.identifier = identifier
        candidates = try identifier.languageSet(options.languages)
        self.options = options
    }

    public func makeProcessor() throws -> any DocumentProcessor { Processor(stage: self) }

    /// Sets the languages of `document` and its segments.
    public func detect(_ document: inout Document) {
        let whole = identifier.identify(LinkStripper.strip(document.text)[...], candidates: candidates)
        let documentGuess = whole.confidence >= options.minimumConfidence
            ? whole : LanguageGuess(language: "und", confidence: whole.confidence)
        document.language = documentGuess.language
        document.languageConfidence = rounded(documentGuess.confidence)
        for index in document.segments.indices {
            let guess = segmentGuess(document.segments[index].text, document: documentGuess)
            document.segments[index].language = guess.language
            document.segments[index].languageConfidence = rounded(guess.confidence)
        }
    }

    func segmentGuess(_ text: String, document: LanguageGuess) -> LanguageGuess {
        let stripped = LinkStripper.strip(text)[...]
        var own = identifier.identify(stripped, candidates: candidates)
        if !own.isUndetermined, !document.isUndetermined, own.language != document.language,
           let script = identifier.script(of: document.language), identifier.script(of: own.language) != script,
           identifier.letterShare(stripped, script: script) >= options.documentScriptShare {
            // with documentScriptShare 0 the segment may have no letters in that script: keep its own guess
            let reread = identifier.identify(stripped, candidates: candidates, readingOnly: script)
            if !reread.isUndetermined { own = reread }
        }
        if own.isUndetermined { return .undetermined }
        if own.confidence >= options.inheritBelow || document.isUndetermined {
            return own.confidence >= options.minimumConfidence ? own : LanguageGuess(language: "und", confidence: own.confidence)
        }
        let inherited = document.confidence * options.inheritedScale
        return LanguageGuess(language: document.language, confidence: min(inherited, options.inheritBelow))
    }

    private func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    final class Processor: DocumentProcessor {
        let stage: DetectLanguageStage
        init(stage: DetectLanguageStage) { self.stage = stage }
        func process(_ document: inout Document) throws { stage.detect(&document) }
    }
}

/// Removes URLs and e-mail addresses, whose letters say nothing about the language around them.
enum LinkStripper {
    static func strip(_ text: String) -> String {
        guard text.containsBytes("://") || text.containsBytes("www.") || text.containsBytes("@") else { return text }
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let lower = word.lowercased()
            if lower.containsBytes("://") || lower.hasPrefix("www.") || (lower.containsBytes("@") && lower.containsBytes(".")) { continue }
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}
