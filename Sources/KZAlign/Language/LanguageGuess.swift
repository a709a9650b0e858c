/// The answer of language identification for one text.
public struct LanguageGuess: Sendable, Equatable, CustomStringConvertible {
    /// BCP-47 code (`ru`, `kk`, `uz`, `uz-Cyrl`, `zh`), or `und` when the evidence is too thin.
    public var language: String
    /// In [0, 1]: roughly the probability that `language` is right. Low for
    /// short or ambiguous text; 0 for `und` from text without letters.
    public var confidence: Double

    public init(language: String, confidence: Double) {
        self.language = language
        self.confidence = confidence
    }

    /// `und` with no confidence: text without any letters.
    public static let undetermined = LanguageGuess(language: "und", confidence: 0)

    public var isUndetermined: Bool { language == "und" }

    public var description: String { "\(language) \(confidence)" }
}

/// A set of candidate languages (BCP-47 codes the model knows), order-independent.
public struct LanguageSet: Sendable, Hashable, CustomStringConvertible {
    /// Sorted, without duplicates.
    public let codes: [String]

    public init<S: Sequence>(_ codes: S) where S.Element == String {
        self.codes = Array(Set(codes)).sorted()
    }

    public func contains(_ code: String) -> Bool { codes.contains(code) }

    public var description: String { codes.joined(separator: ",") }
}
