import Foundation

/// Inflected forms of the words of a language, each with its dictionary form(s), as the
/// language's hunspell dictionary generates them: `models/lemmas/<language>.tsv`, built by
/// `scripts/setup.d/24-lemmas.sh` (`scripts/tools/build-lemmas.py`) from the Debian hunspell-*
/// packages, lines `form<TAB>lemma[ lemma…]` sorted bytewise.
///
/// Bilingual dictionaries list headwords ("juger", "беспорядок", "morir"); news text inflects them
/// ("jugé", "беспорядки", "murieron"). `TranslationLexicon` keeps, per language, the forms whose
/// dictionary form is one of its headwords and that are not headwords themselves, and looks a
/// word it does not know up under its headwords before trying a prefix.
public enum InflectionTable {
    /// The folder of the per-language files (`models/lemmas`, found by `ModelLocator`); nil when
    /// setup has not built it (the lexicon then works without inflections).
    public static var defaultFolder: URL? { try? ModelLocator.locate("lemmas") }

    /// A run note when the lexicon has headword tables but setup has not built the inflection
    /// files; nil otherwise.
    static func missingNote(lexicon: TranslationLexicon, folder: URL? = defaultFolder) -> String? {
        guard folder == nil, !lexicon.languages.isEmpty else { return nil }
        return "align: models/lemmas not found in \(ModelLocator.searchFolders().map(\.path).joined(separator: ", ")) "
            + "(scripts/setup.sh builds it); inflected forms such as \"jugé\" or \"беспорядков\" reach their dictionary headwords only when these are a prefix of them"
    }

    /// The file of `language` in `folder`.
    public static func file(_ language: String, in folder: URL) -> URL {
        folder.appendingPathComponent("\(language).tsv")
    }

    /// The lines of the file at `url` whose form `headwords` lacks and whose lemmas it has, with
    /// only those lemmas, as a table (form → lemmas); nil when the file is missing or keeps nothing.
    static func read(_ url: URL, headwords: SortedWordTable) -> SortedWordTable? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var kept: [UInt8] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            ByteSearch.forEachLine(bytes) { start, end in
                guard let tab = bytes[start..<end].firstIndex(of: 0x09) else { return }
                guard !headwords.contains(utf8: UnsafeBufferPointer(rebasing: bytes[start..<tab])) else { return }
                let lemmas = bytes[(tab + 1)..<end].split(separator: 0x20)
                    .filter { headwords.contains(utf8: UnsafeBufferPointer(rebasing: $0)) }
                guard !lemmas.isEmpty else { return }
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...tab]))
                for (i, lemma) in lemmas.enumerated() {
                    if i > 0 { kept.append(0x20) }
                    kept.append(contentsOf: UnsafeBufferPointer(rebasing: lemma))
                }
                kept.append(0x0A)
            }
        }
        return kept.isEmpty ? nil : SortedWordTable(sortedLines: kept)
    }

    /// The name under which a language's inflections are stored in the lexicon cache, beside
    /// its headword table ("fr" → "fr~forms").
    static func cacheName(_ language: String) -> String { language + cacheSuffix }
    static let cacheSuffix = "~forms"
}
