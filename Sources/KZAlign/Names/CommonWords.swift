import Foundation

/// Common words per language, from the hunspell dictionaries Debian installs
/// by name (`hunspell-en-us`, `hunspell-de-de`, `hunspell-fr`, `hunspell-ru`, …;
/// `/usr/share/hunspell/<locale>.dic`): a capitalised word that is a common
/// word of the text's language is not a name by itself (German capitalises
/// every noun: "Sicherheit" is in `de_DE.dic`, "Tokajew" is not).
///
/// Thread safety: loads each language once under a lock; lookups are thread-safe.
public final class CommonWords: @unchecked Sendable {
    /// Language → hunspell dictionary file name.
    public static let dictionaries: [String: String] = [
        "en": "en_US", "de": "de_DE", "fr": "fr", "ru": "ru_RU", "tr": "tr_TR", "uk": "uk_UA", "kk": "kk_KZ",
        "es": "es_ES", "it": "it_IT", "pl": "pl_PL", "uz": "uz_UZ", "ar": "ar",
    ]
    private let folder: String
    private let lock = NSLock()
    private var words: [String: Set<String>] = [:]

    public init(folder: String = "/usr/share/hunspell") { self.folder = folder }

    /// True when `word` (as written) is a common word of `language`: its lowercase form is a
    /// lowercase dictionary entry, or (German) the capitalised form is a noun entry.
    public func isCommon(_ word: String, language: String) -> Bool {
        let set = dictionary(language)
        if set.isEmpty { return false }
        let lower = word.lowercased()
        if set.contains(lower) || NameTriggers.calendarWords.contains(lower) { return true }
        for ending in NameTriggers.inflections[language] ?? [] where lower.hasSuffix(ending) && lower.count - ending.count >= 4 {
            let stem = String(lower.dropLast(ending.count))
            if set.contains(stem) { return true }
            if language == "de", let first = stem.first, set.contains(first.uppercased() + stem.dropFirst()) { return true }
        }
        return language == "de" && set.contains(word) && word.first?.isUppercase == true && !set.contains("=" + word)
    }

    /// Whether a dictionary is installed for `language`.
    public func hasDictionary(_ language: String) -> Bool { !dictionary(language).isEmpty }

    private func dictionary(_ language: String) -> Set<String> {
        lock.lock(); defer { lock.unlock() }
        if let known = words[language] { return known }
        var set: Set<String> = []
        if let name = CommonWords.dictionaries[language],
           let text = try? String(contentsOfFile: "\(folder)/\(name).dic", encoding: .utf8) {
            for line in text.split(separator: "\n").dropFirst() {
                let word = line.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
                guard let first = word.first, first.isLetter else { continue }
                if first.isLowercase || language == "de" { set.insert(word) }
            }
        }
        words[language] = set
        return set
    }
}
