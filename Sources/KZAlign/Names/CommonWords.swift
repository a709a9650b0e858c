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
    /// Plain word lists (one inflected form per line) preferred over hunspell stems where Debian
    /// ships one: `wngerman`, `wfrench`, `wamerican` (`/usr/share/dict`).
    public static let wordLists: [String: String] = [
        "de": "/usr/share/dict/ngerman", "fr": "/usr/share/dict/french", "en": "/usr/share/dict/american-english",
    ]
    private var compoundMemo: [String: Bool] = [:]
    private let folder: String
    private let lock = NSLock()
    private var words: [String: WordSet] = [:]

    public init(folder: String = "/usr/share/hunspell") { self.folder = folder }

    /// True when `word` (as written) is a common word of `language`: its lowercase form is a
    /// lowercase dictionary entry, or (German) the capitalised form is a noun entry.
    public func isCommon(_ word: String, language: String) -> Bool {
        let set = dictionary(language)
        return isCommon(word, language: language, in: set)
    }

    /// The same with the language's word set already fetched (`words(for:)`), without the lock.
    public func isCommon(_ word: String, language: String, in set: WordSet) -> Bool {
        if set.isEmpty { return false }
        // Turkish and Kazakh write case endings after an apostrophe on capitalised words ("Ocak'ta").
        let lower = NameKeyer.stripApostropheSuffix(word.lowercased(), language: language)
        if set.contains(lower) || (NameTriggers.calendarWords[language]?.contains(lower) ?? false) { return true }
        // Proper adjectives and demonyms (Syrian, Turkish, Pakistani) are capitalised dictionary entries, not names.
        if language != "de", set.contains(word), NameTriggers.demonymEndings.contains(where: { lower.hasSuffix($0) }) { return true }
        if language == "de", isGermanCompoundNoun(word, set) { return true }
        if set.isEmpty { return false }
        for ending in NameTriggers.inflections[language] ?? [] where lower.hasSuffix(ending) && lower.count - ending.count >= 4 {
            let stem = String(lower.dropLast(ending.count))
            if set.contains(stem) { return true }
            if language == "de", let first = stem.first, set.contains(first.uppercased() + stem.dropFirst()) { return true }
        }
        return language == "de" && set.contains(word) && word.first?.isUppercase == true
    }

    /// A German compound whose last element (≥ 4 letters) is a dictionary noun
    /// (Regierungsinformationskanal → Kanal, Politikwissenschaftler → Wissenschaftler).
    func isGermanCompoundNoun(_ word: String, _ set: WordSet) -> Bool {
        lock.lock()
        if let known = compoundMemo[word] { lock.unlock(); return known }
        lock.unlock()
        let result = compound(Array(word), set, depth: 0)
        lock.lock(); compoundMemo[word] = result; lock.unlock()
        return result
    }

    /// head + tail where the tail is a dictionary noun and the head a dictionary word
    /// (optionally with a linking -s-/-es-/-n-) or itself such a compound.
    private func compound(_ characters: [Character], _ set: WordSet, depth: Int) -> Bool {
        guard characters.count >= 7, depth < 3 else { return false }
        for split in stride(from: characters.count - 4, through: 3, by: -1) {
            let tail = String(characters[split...])
            guard set.contains(tail.prefix(1).uppercased() + tail.dropFirst()) else { continue }
            let head = String(characters[..<split])
            var heads = [head]
            for link in ["s", "es", "n", "en"] where head.hasSuffix(link) && head.count - link.count >= 3 {
                heads.append(String(head.dropLast(link.count)))
            }
            for candidate in heads {
                let capitalised = candidate.prefix(1).uppercased() + candidate.dropFirst()
                if set.contains(capitalised) || set.contains(candidate.lowercased()) { return true }
            }
            if compound(Array(head), set, depth: depth + 1) { return true }
        }
        return false
    }

    /// Calls `body` with each non-empty line of `text` as UTF-8 bytes, split at LF, CR or CRLF
    /// (kk_KZ.dic has CRLF line ends). Bytes, not Characters: splitting a String by Character
    /// made loading the word lists a third of a multilingual run's names stage.
    static func forEachLine(of text: String, _ body: (ArraySlice<UInt8>) -> Void) {
        let bytes = Array(text.utf8)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A || bytes[i] == 0x0D {
            if i > start { body(bytes[start..<i]) }
            start = i + 1
        }
    }

    /// Whether a dictionary is installed for `language`.
    public func hasDictionary(_ language: String) -> Bool { !dictionary(language).isEmpty }

    /// The word set of `language` (empty when none is installed), for repeated lookups.
    public func words(for language: String) -> WordSet { dictionary(language) }

    private func dictionary(_ language: String) -> WordSet {
        lock.lock(); defer { lock.unlock() }
        if let known = words[language] { return known }
        var set = WordSet()
        if let list = CommonWords.wordLists[language], let text = try? String(contentsOfFile: list, encoding: .utf8) {
            CommonWords.forEachLine(of: text) { line in line.withUnsafeBufferPointer { set.insertNormalizing($0) } }
        }
        if let name = CommonWords.dictionaries[language],
           let data = FileManager.default.contents(atPath: "\(folder)/\(name).dic") {
            // The .aff file's SET line names the encoding (pl_PL is ISO-8859-2).
            let aff = (try? String(contentsOfFile: "\(folder)/\(name).aff", encoding: .isoLatin1)) ?? ""
            let encoding: String.Encoding = aff.contains("SET ISO8859-2") ? .isoLatin2 : aff.contains("SET ISO8859-1") ? .isoLatin1 : .utf8
            let text = String(data: data, encoding: encoding) ?? String(decoding: data, as: UTF8.self)
            var first = true
            CommonWords.forEachLine(of: text) { line in
                if first { first = false; return } // the word count
                // "word/FLAGS", "word<TAB>po:…" (morphological fields) or "word".
                let end = line.firstIndex { $0 == 0x2F || $0 == 0x09 || $0 == 0x20 } ?? line.endIndex
                line[line.startIndex..<end].withUnsafeBufferPointer { word in
                    // words start with a letter (Alphabetic, as Character.isLetter has it)
                    guard !word.isEmpty, UTF8Decoding.unicodeScalar(word, at: 0).scalar.properties.isAlphabetic else { return }
                    set.insertNormalizing(word)
                }
            }
        }
        set.finishLoading()
        words[language] = set
        return set
    }
}
