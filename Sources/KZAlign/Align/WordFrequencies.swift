import Foundation

/// How informative a word is, from its frequency in a language: function words ("the",
/// "pour", "и", "ve", "في") weigh almost nothing, ordinary content words fully.
///
/// Data: `models/wordfreq.tsv`, exported by `scripts/setup.d/22-wordfreq.sh` from PyPI
/// `wordfreq` (Speer et al.; data CC BY-SA 4.0), lines `LANG<TAB>WORD<TAB>ZIPF` where ZIPF is
/// log10 of the frequency per billion words. Languages wordfreq lacks (Kazakh, Kyrgyz, Uzbek)
/// get no table; their words weigh 1 and only the corpus IDF tells them apart.
///
/// The weight is a clipped linear function of the Zipf value, a smoothed form of the
/// self-information −log p(w) that IDF weighting approximates (Robertson 2004, "Understanding
/// inverse document frequency", J. Documentation 60(5)): `(7 − zipf) / 3` clamped to
/// [`floor`, 1]: zipf ≥ 6.85 ("the", "pour", "und") → 0.05; zipf 5.5 → 0.5; zipf ≤ 4 → 1.
///
/// Thread safety: immutable after loading; share freely.
public final class WordFrequencies: Sendable {
    public static let fileName = "wordfreq.tsv"
    public static let floor: Float = 0.05

    /// language → word → weight
    private let tables: [String: [String: Float]]

    init(tables: [String: [String: Float]]) { self.tables = tables }

    /// No data: every word weighs 1.
    public static let empty = WordFrequencies(tables: [:])

    /// The languages with a table.
    public var languages: [String] { tables.keys.sorted() }

    /// True when `language` has frequency data.
    public func covers(_ language: String) -> Bool { tables[language] != nil }

    /// Weight in [`floor`, 1] of a lowercased word of `language` (1 for unknown words and languages).
    @inline(__always)
    public func weight(_ word: String, language: String) -> Float {
        tables[language]?[word] ?? 1
    }

    static func weight(zipf: Float) -> Float {
        min(1, max(floor, (7 - zipf) / 3))
    }

    /// Loads the tables of `languages` (base codes: "uz-Cyrl" → "uz") from `url`.
    /// - Throws: `AlignError.malformedData` naming the file and line of a bad line.
    public static func load(_ url: URL, languages: Set<String>) throws -> WordFrequencies {
        let wanted = Set(languages.map { String($0.prefix { $0 != "-" && $0 != "_" }) })
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw AlignError.unreadable(file: url.path, reason: "missing or not readable")
        }
        var tables: [String: [String: Float]] = [:]
        var lineNumber = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            try ByteSearch.forEachLine(bytes) { start, end in
                lineNumber += 1
                guard end > start, bytes[start] != 0x23 else { return }
                // language: up to the first tab; skip unwanted languages without decoding the rest
                var tab1 = start
                while tab1 < end, bytes[tab1] != 0x09 { tab1 += 1 }
                let language = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab1]), as: UTF8.self)
                guard wanted.contains(language) else { return }
                var tab2 = end
                while tab2 > tab1, bytes[tab2 - 1] != 0x09 { tab2 -= 1 }
                guard tab1 < end, tab2 > tab1 + 1,
                      let zipf = Float(String(decoding: UnsafeBufferPointer(rebasing: bytes[tab2..<end]), as: UTF8.self)) else {
                    throw AlignError.malformedData(file: url.path, line: lineNumber, message: "expected LANG<TAB>WORD<TAB>ZIPF")
                }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab1 + 1)..<(tab2 - 1)]), as: UTF8.self)
                tables[language, default: [:]][word] = weight(zipf: zipf)
            }
        }
        return WordFrequencies(tables: tables)
    }

    /// Loads `wordfreq.tsv` found by `ModelLocator`, or nil when it is not installed.
    public static func locate(languages: Set<String>) throws -> WordFrequencies? {
        guard let url = try? ModelLocator.locate(fileName) else { return nil }
        return try load(url, languages: languages)
    }
}

/// The word-level data the aligners use beside the dictionaries, loaded together.
public enum AlignWordData {
    /// Word frequencies (`models/wordfreq.tsv`) for `languages` and English lemmas (WordNet),
    /// each replaced by a neutral stand-in when missing, with a note saying what is missing.
    /// - Throws: `AlignError` for a frequency file that exists but is malformed.
    public static func load(languages: Set<String>,
                            wordNetFolder: String = EnglishLemmatizer.defaultFolder) throws
        -> (frequencies: WordFrequencies, lemmatizer: EnglishLemmatizer, notes: [String]) {
        var notes: [String] = []
        var frequencies = WordFrequencies.empty
        if let found = try WordFrequencies.locate(languages: languages) {
            frequencies = found
        } else {
            notes.append("align: \(WordFrequencies.fileName) not found in \(ModelLocator.searchFolders().map(\.path).joined(separator: ", ")) (scripts/setup.sh builds it); every word weighs the same, so function words count as content")
        }
        var lemmatizer = EnglishLemmatizer.identity
        if languages.contains(where: { $0 == "en" || $0.hasPrefix("en-") }) {
            if let found = EnglishLemmatizer.load(folder: wordNetFolder) {
                lemmatizer = found
            } else {
                notes.append("align: no WordNet data in \(wordNetFolder) (Debian wordnet-base; scripts/setup.sh installs it); English inflected forms such as \"said\" will not meet their dictionary headwords")
            }
        }
        return (frequencies, lemmatizer, notes)
    }
}
