import Foundation

/// English lemmas for the aligner's pivot keys: "said" → "say", "died" → "die", "people" stays,
/// "identities" → "identity", so that an English inflected form meets the dictionary headword
/// that other languages' words translate to.
///
/// The algorithm is WordNet's `morphy` (Miller et al., WordNet 3.0; morphy(7WN)): a word in an
/// exception list (`verb.exc`: "said say", `noun.exc`: "children child") takes its base; a word
/// that is itself a lemma stays; otherwise the detachment rules of each part of speech are tried
/// in order and the first candidate that is a WordNet lemma wins. Data: Debian `wordnet-base`
/// (`/usr/share/wordnet`, WordNet licence). Without it every word is its own lemma.
///
/// Thread safety: immutable after loading; share freely.
public final class EnglishLemmatizer: Sendable {
    public static let defaultFolder = "/usr/share/wordnet"

    private let lemmas: Set<String>
    private let exceptions: [String: String]

    init(lemmas: Set<String>, exceptions: [String: String]) {
        self.lemmas = lemmas
        self.exceptions = exceptions
    }

    /// No data: every word is its own lemma.
    public static let identity = EnglishLemmatizer(lemmas: [], exceptions: [:])

    /// True when WordNet data was loaded.
    public var isEmpty: Bool { lemmas.isEmpty }

    /// morphy's detachment rules (suffix, replacement), nouns, then verbs, then adjectives.
    static let rules: [(String, String)] = [
        ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"), ("s", ""),
        ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
        ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ]

    /// The lemma of a lowercased English word (the word itself when none is found).
    public func lemma(_ word: String) -> String {
        guard !lemmas.isEmpty else { return word }
        if let base = exceptions[word] { return base }
        if lemmas.contains(word) { return word }
        for (suffix, replacement) in Self.rules where word.count > suffix.count + 1 && word.hasSuffix(suffix) {
            let candidate = String(word.dropLast(suffix.count)) + replacement
            if lemmas.contains(candidate) { return candidate }
        }
        return word
    }

    /// Loads `index.{noun,verb,adj,adv}` (lemma lists) and `{noun,verb,adj}.exc` from `folder`;
    /// nil when the folder has no WordNet data.
    public static func load(folder: String = defaultFolder) -> EnglishLemmatizer? {
        var lemmas = Set<String>()
        for part in ["noun", "verb", "adj", "adv"] {
            guard let data = FileManager.default.contents(atPath: "\(folder)/index.\(part)") else { continue }
            for line in data.split(separator: 0x0A) where line.first != 0x20 {
                guard let space = line.firstIndex(of: 0x20) else { continue }
                let lemma = String(decoding: line[line.startIndex..<space], as: UTF8.self)
                if !lemma.contains("_") { lemmas.insert(lemma) }
            }
        }
        guard !lemmas.isEmpty else { return nil }
        var exceptions: [String: String] = [:]
        for part in ["noun", "verb", "adj"] {
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(part).exc") else { continue }
            for line in data.split(separator: 0x0A) {
                let fields = line.split(separator: 0x20)
                guard fields.count >= 2 else { continue }
                let word = String(decoding: fields[0], as: UTF8.self)
                // the first listed part of speech wins ("left" is an adjective before it is a verb form)
                if exceptions[word] == nil { exceptions[word] = String(decoding: fields[1], as: UTF8.self) }
            }
        }
        return EnglishLemmatizer(lemmas: lemmas, exceptions: exceptions)
    }
}
