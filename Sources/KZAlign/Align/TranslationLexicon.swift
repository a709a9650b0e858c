import Foundation

/// A translation lexicon built from installed FreeDict dictionaries, with English
/// as the pivot: every word of every language maps to a set of English keys
/// (`KeyStemmer` keys of its English translations). Two words of different
/// languages translate each other when their key sets meet; German–French words
/// meet through deu-eng/fra-eng, and through deu-fra/fra-deu whose French or
/// German side is mapped on to English in a second hop.
///
/// Thread safety: immutable after loading; share freely.
public final class TranslationLexicon: Sendable {
    /// ISO 639-1 → FreeDict's ISO 639-3 code.
    public static let freeDictCodes: [String: String] = [
        "en": "eng", "de": "deu", "fr": "fra", "ru": "rus", "tr": "tur", "es": "spa", "it": "ita",
        "pl": "pol", "ar": "ara", "uk": "ukr", "kk": "kaz", "nl": "nld", "pt": "por", "cs": "ces",
    ]
    /// Languages with no dictionary of their own, written in Cyrillic, whose vocabulary of
    /// politics, law and administration is largely borrowed from Russian (Kazakh отставка,
    /// полиция, министр; Kyrgyz, Tatar, Bashkir, Tajik, Mongolian likewise): their words are
    /// also looked up in the Russian table, so a loanword with a case ending ("отставкаға")
    /// meets its Russian and English counterparts. Their weights stay those of unbridged
    /// languages (`headwordCount` is 0): most of their words have no entry.
    public static let borrowsFrom: [String: String] = ["kk": "ru", "ky": "ru", "tt": "ru", "ba": "ru", "tg": "ru", "mn": "ru"]
    /// Where Debian installs dictd files.
    public static let defaultFolders = ["/usr/share/dictd"]
    /// dictd dictionaries other than FreeDict's that are read too, by name (as `dictionaries`
    /// lists it): the language pair they translate and the Debian package that installs them.
    /// Mueller's English–Russian dictionary has 46,000 headwords where FreeDict's eng-rus has 1,700.
    public static let otherDictionaries: [String: (pair: String, package: String)] = [
        "mueller7": ("eng-rus", "mueller7-dict"),
    ]

    /// A dictionary's two languages (ISO 639-3, from and to: ["deu", "eng"]), its files' name
    /// without extension ("freedict-deu-eng", "mueller7") and its entries' layout.
    static func describe(_ name: String) -> (languages: [String], file: String, format: FreeDictReader.EntryFormat) {
        let (pair, file, format): (String, String, FreeDictReader.EntryFormat) =
            otherDictionaries[name].map { ($0.pair, name, .mueller) } ?? (name, "freedict-" + name, .freeDict)
        return (pair.split(separator: "-").map(String.init), file, format)
    }

    /// The Debian package that installs dictionary `name`.
    public static func package(of name: String) -> String {
        otherDictionaries[name]?.package ?? "dict-freedict-" + name
    }

    /// language → lowercased headword → English keys.
    private let tables: [String: SortedWordTable]
    /// language → inflected form → its headwords in `tables` (`InflectionTable`).
    private let inflections: [String: SortedWordTable]
    /// Dictionaries read, for notes and docs ("freedict-deu-eng").
    public let sources: [String]

    init(tables: [String: SortedWordTable], inflections: [String: SortedWordTable] = [:], sources: [String]) {
        self.tables = tables
        self.inflections = inflections
        self.sources = sources
    }

    convenience init(dictionaries: [String: [String: [String]]], inflections: [String: [String: [String]]] = [:],
                     sources: [String]) {
        self.init(tables: dictionaries.mapValues { SortedWordTable($0) },
                  inflections: inflections.mapValues { SortedWordTable($0) }, sources: sources)
    }

    /// An empty lexicon: only identical words and cognates will match.
    public static let empty = TranslationLexicon(tables: [String: SortedWordTable](), sources: [])

    /// The languages that have a table.
    public var languages: [String] { tables.keys.sorted() }

    /// Number of headwords known for `language`.
    public func headwordCount(_ language: String) -> Int { tables[language]?.count ?? 0 }

    /// Number of inflected forms known for `language` (`InflectionTable`).
    public func inflectedFormCount(_ language: String) -> Int { inflections[language]?.count ?? 0 }

    /// English keys of a lowercased word of `language`, usual senses first; for an inflected form
    /// not in the dictionary, the keys of its headwords as the language's hunspell dictionary
    /// inflects them ("jugé" → juger; `InflectionTable`); for an inflected form not in
    /// the dictionary, the keys of the longest headword that is a prefix of it
    /// (at most four letters shorter, at least four long). English words are their own key.
    /// A word with "ё" not found is looked up again with "е" (Mueller's headwords write "е").
    /// An Arabic word not found is looked up again without its proclitics (`ArabicProclitics`:
    /// "والحكومة" → "حكومة").
    /// A language without a table of its own uses the one it borrows from (`borrowsFrom`).
    /// `inflected: false` skips the inflection tables.
    public func englishKeys(_ word: String, language: String, inflected: Bool = true) -> [String] {
        if language == "en" { return [] }
        let source = tables[language] != nil ? language : Self.borrowsFrom[language]
        guard let source, let table = tables[source] else { return [] }
        let forms = inflected ? inflections[source] : nil
        if let keys = Self.keys(word, in: table, inflections: forms) { return keys }
        // Mueller's headwords write "е" for "ё" (`MuellerEntry`), as most news does
        if word.contains("ё"), let keys = Self.keys(word.replacingOccurrences(of: "ё", with: "е"), in: table, inflections: forms) {
            return keys
        }
        if language == "ar" {
            for stripped in ArabicProclitics.stripped(word) {
                if let keys = Self.keys(stripped, in: table, inflections: forms) { return keys }
            }
        }
        return []
    }

    /// The word's keys; else those of its headwords (`inflections`); else those of the longest
    /// headword that is a prefix of it (at most four letters shorter, at least four long).
    private static func keys(_ word: String, in table: SortedWordTable, inflections: SortedWordTable?) -> [String]? {
        if let keys = table.keys(word) { return keys }
        if let lemmas = inflections?.keys(word) {
            // each headword's senses in turn ("morts": mort's first, mourir's first, mort's second …)
            let lists = lemmas.compactMap { table.keys($0) }
            var keys: [String] = []
            var rank = 0
            while keys.count < maxInflectedKeys, lists.contains(where: { rank < $0.count }) {
                for list in lists where rank < list.count && keys.count < maxInflectedKeys && !keys.contains(list[rank]) {
                    keys.append(list[rank])
                }
                rank += 1
            }
            if !keys.isEmpty { return keys }
        }
        let count = word.count
        guard count > 4 else { return nil }
        var length = count - 1
        while length >= max(4, count - 4) {
            if let keys = table.keys(String(word.prefix(length))) { return keys }
            length -= 1
        }
        return nil
    }

    /// Loads every installed FreeDict dictionary that links one of `languages` (or a
    /// language one of them borrows from) to English (directly, or through a dictionary
    /// between two of the requested languages). `only` restricts to the named dictionaries ("deu-eng").
    /// - Throws: `AlignError` naming the file and line of a malformed dictionary,
    ///   or `.dictionaryNotFound` for a name in `only` that is not installed.
    ///
    /// With `cacheFolder`, the built tables are stored there as `lexicon-<hash>.tsv` (the hash
    /// covers the languages, the dictionaries' names and sizes) and read back on later loads:
    /// parsing the large deu-eng/eng-deu dictionaries takes tens of seconds, the cache about a second.
    /// Each corpus with other languages (or other installed dictionaries) gets its own file, up to
    /// ~110 MB: the folder keeps the `cachesKept` most recently used (`pruneCaches`).
    ///
    /// `inflectionFolder` holds the hunspell-derived inflection files (`InflectionTable`); without
    /// it, inflected forms reach headwords only through the prefix rule.
    public static func load(languages: Set<String>, folders: [String] = defaultFolders,
                            only: [String] = [], cacheFolder: URL? = nil,
                            inflectionFolder: URL? = InflectionTable.defaultFolder) throws -> TranslationLexicon {
        let languages = languages.union(languages.compactMap { borrowsFrom[$0] })
        let installed = installedDictionaries(folders: folders)
        for name in only where installed[name] == nil {
            throw AlignError.dictionaryNotFound(name: name, searched: folders)
        }
        var cacheURL: URL? = nil
        if let cacheFolder {
            var fingerprint = "ranked-v12|" + languages.sorted().joined(separator: ",") + "|" + only.sorted().joined(separator: ",")
            func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
            for (name, folder) in installed.sorted(by: { $0.key < $1.key }) {
                fingerprint += "|\(name):\(size(folder.appendingPathComponent(describe(name).file + ".index").path))"
            }
            if let inflectionFolder {
                for language in languages.sorted() {
                    fingerprint += "|forms-\(language):\(size(InflectionTable.file(language, in: inflectionFolder).path))"
                }
            }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in fingerprint.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3 }
            let url = cacheFolder.appendingPathComponent("lexicon-\(String(hash, radix: 16)).tsv")
            cacheURL = url
            if let cached = readCache(url) {
                // marks it used, for `pruneCaches`
                try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
                return cached
            }
        }
        let built = try build(languages: languages, installed: installed, only: only, inflectionFolder: inflectionFolder)
        if let cacheURL {
            built.writeCache(cacheURL)
            pruneCaches(in: cacheURL.deletingLastPathComponent(), keeping: cachesKept)
        }
        return built
    }

    /// Lexicon caches a cache folder keeps (`pruneCaches`).
    public static let cachesKept = 4

    /// Deletes the lexicon caches (`lexicon-*.tsv`, and `.tmp` files a crash left) in `folder` beyond
    /// the `keeping` most recently used (modified: a load that reads a cache touches it). Other files
    /// are never touched; errors (a file already gone, a read-only folder) are ignored.
    public static func pruneCaches(in folder: URL, keeping: Int) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        var caches: [(name: String, used: Date)] = []
        for name in names where name.hasPrefix("lexicon-") && (name.hasSuffix(".tsv") || name.hasSuffix(".tsv.tmp")) {
            let attributes = try? manager.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            caches.append((name, attributes?[.modificationDate] as? Date ?? .distantPast))
        }
        caches.sort { $0.used != $1.used ? $0.used > $1.used : $0.name < $1.name }
        for cache in caches.dropFirst(max(0, keeping)) { try? manager.removeItem(at: folder.appendingPathComponent(cache.name)) }
    }

    private func writeCache(_ url: URL) {
        var out = Array(("# kzalign translation lexicon cache: language<TAB>word<TAB>keys, words sorted bytewise; sources "
            + sources.joined(separator: ",") + "\n").utf8)
        let blocks = tables.map { ($0.key, $0.value) } + inflections.map { (InflectionTable.cacheName($0.key), $0.value) }
        for (language, table) in blocks.sorted(by: { $0.0 < $1.0 }) {
            let lines = table.lineBytes
            var start = 0
            while start < lines.count {
                var end = start
                while end < lines.count, lines[end] != 0x0A { end += 1 }
                out.append(contentsOf: language.utf8)
                out.append(0x09)
                out.append(contentsOf: lines[start..<min(end + 1, lines.count)])
                start = end + 1
            }
        }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.appendingPathExtension("tmp")
        if (try? Data(out).write(to: temporary)) != nil {
            _ = try? FileManager.default.removeItem(at: url)
            try? FileManager.default.moveItem(at: temporary, to: url)
        }
    }

    /// Reads a cache written by `writeCache`: one pass to cut it into per-language line blocks;
    /// words are found later by binary search. Nil when the file is missing or not a cache.
    private static func readCache(_ url: URL) -> TranslationLexicon? {
        // read once; every table keeps offsets into this one buffer (no per-language copies)
        guard let file = try? PositionalFile(path: url.path) else { return nil }
        let bytes = file.bytes(at: 0, count: file.count)
        guard bytes.count == file.count else { return nil }
        var sources: [String] = []
        var starts: [String: [Int32]] = [:]
        var start = 0
        var currentLanguage: [UInt8] = []
        var current: [Int32] = []
        func flush() {
            if !currentLanguage.isEmpty { starts[String(decoding: currentLanguage, as: UTF8.self)] = current }
            current = []
        }
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            if bytes[start] == 0x23 {
                let text = String(decoding: bytes[start..<end], as: UTF8.self)
                guard text.contains("sorted bytewise") else { return nil }
                if let range = text.range(of: "sources ") {
                    sources = text[range.upperBound...].split(separator: ",").map(String.init)
                }
                continue
            }
            guard let tab = bytes[start..<end].firstIndex(of: 0x09) else { return nil }
            if !bytes[start..<tab].elementsEqual(currentLanguage) {
                flush()
                currentLanguage = Array(bytes[start..<tab])
                guard starts[String(decoding: currentLanguage, as: UTF8.self)] == nil else { return nil } // not sorted
            }
            current.append(Int32(tab + 1))
        }
        flush()
        var tables: [String: SortedWordTable] = [:], inflections: [String: SortedWordTable] = [:]
        for (name, wordStarts) in starts {
            let table = SortedWordTable(bytes: bytes, wordStarts: wordStarts)
            if name.hasSuffix(InflectionTable.cacheSuffix) {
                inflections[String(name.dropLast(InflectionTable.cacheSuffix.count))] = table
            } else {
                tables[name] = table
            }
        }
        return TranslationLexicon(tables: tables, inflections: inflections, sources: sources)
    }

    /// Infinitive endings by language, longest first (reflexive forms before plain ones).
    /// Dictionaries list verbs in the infinitive, which is rarely a prefix of an inflected form
    /// (Spanish "dimitió" / "dimitir", Turkish "tutuklandı" / "tutuklamak", Russian "арестован" /
    /// "арестовать"); its stem is.
    static let infinitiveEndings: [String: [String]] = [
        "ru": ["ться", "тись", "ть", "ти", "чь"], "uk": ["тися", "ться", "ти", "ть"], "pl": ["ć"],
        "es": ["arse", "erse", "irse", "ar", "er", "ir"], "pt": ["ar", "er", "ir"],
        "it": ["arsi", "ersi", "irsi", "are", "ere", "ire"], "fr": ["er", "ir", "re"],
        "de": ["eln", "ern", "en"], "nl": ["en"], "tr": ["mak", "mek"],
    ]
    /// A stem shorter than this is not added (short stems would catch unrelated words).
    static let minimumInfinitiveStem = 5

    /// Adds the forms under which text meets a headword that the dictionary lists otherwise: each
    /// infinitive's stem (it reaches inflected forms through the prefix rule of `englishKeys`), and
    /// an Arabic headword without its article (ara-eng lists "الحكومة", text also writes "حكومة"),
    /// unless that form is a headword already.
    private static func addBareHeadwords(_ table: inout [String: RankedKeys], language: String) {
        var added: [String: RankedKeys] = [:]
        for (word, keys) in table where !word.contains(" ") {
            guard let bare = bareForm(of: word, language: language), table[bare] == nil else { continue }
            for (key, rank) in keys { add([key], rank: rank, to: &added[bare, default: [:]]) }
        }
        table.merge(added) { own, _ in own }
    }

    /// The infinitive's stem ("dimitir" → "dimit"), the Arabic headword without "ال"; nil otherwise.
    static func bareForm(of headword: String, language: String) -> String? {
        if language == "ar" { return ArabicProclitics.withoutArticle(headword) }
        guard let ending = infinitiveEndings[language]?.first(where: { headword.hasSuffix($0) }) else { return nil }
        let stem = String(headword.dropLast(ending.count))
        return stem.count >= minimumInfinitiveStem ? stem : nil
    }

    /// English keys of a word with the rank of the best sense that gave each (lower is better).
    private typealias RankedKeys = [String: Int]

    private static func add(_ keys: [String], rank: Int, to ranked: inout RankedKeys) {
        for key in keys where (ranked[key] ?? Int.max) > rank { ranked[key] = rank }
    }

    /// Keys in rank order (first-listed senses first, then alphabetical).
    private static func ordered(_ ranked: RankedKeys) -> [String] {
        ranked.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map(\.key)
    }

    private static func build(languages: Set<String>, installed: [String: URL], only: [String],
                              inflectionFolder: URL?) throws -> TranslationLexicon {
        let wanted = Set(languages.compactMap { freeDictCodes[$0] })
        let toISO = Dictionary(uniqueKeysWithValues: freeDictCodes.map { ($1, $0) })
        func usable(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

        // A key's rank is the position of the sense that gave it: a dictionary lists a headword's
        // usual translations first ("personne" → person, people … nobody), so truncating a long
        // key list keeps the usual senses, not the alphabetically first ones.
        var first: [String: [String: RankedKeys]] = [:] // iso → word → key → rank
        var direct: [String: [String: RankedKeys]] = [:] // the same, from dictionaries that are no pivot
        var sources: [String] = []
        /// The entries of dictionary `name` in `folder`, its file recorded in `sources`.
        func entries(of name: String, in folder: URL) throws -> [FreeDictReader.Entry] {
            let dictionary = describe(name)
            sources.append(dictionary.file)
            return try FreeDictReader(folder: folder, name: dictionary.file, format: dictionary.format).entries()
        }
        // Pivots: a language M that shares a dictionary with a wanted language L (deu-rus gives
        // Russian words German translations) needs its own English keys, even when no document
        // is in M. eng-rus has 1,700 entries; deu-rus, fra-rus, ita-rus and pol-rus add tens of thousands.
        var pivots = Set<String>()
        for name in installed.keys where usable(name) {
            let parts = describe(name).languages
            guard parts.count == 2, parts[0] != "eng", parts[1] != "eng",
                  toISO[parts[0]] != nil, toISO[parts[1]] != nil else { continue }
            if wanted.contains(parts[0]) { pivots.insert(parts[1]) }
            if wanted.contains(parts[1]) { pivots.insert(parts[0]) }
        }
        let hop1 = wanted.union(pivots)
        // Hop 1: L-eng and eng-L.
        for (name, folder) in installed.sorted(by: { $0.key < $1.key }) where usable(name) {
            let dictionary = describe(name)
            let parts = dictionary.languages
            guard parts.count == 2 else { continue }
            if parts[1] == "eng", hop1.contains(parts[0]), let iso = toISO[parts[0]] {
                for entry in try entries(of: name, in: folder) {
                    let head = entry.headword.lowercased()
                    for (position, translation) in entry.translations.enumerated() {
                        let keys = englishContentKeys([translation])
                        if !keys.isEmpty { add(keys.sorted(), rank: position, to: &first[iso, default: [:]][head, default: [:]]) }
                    }
                }
            } else if parts[0] == "eng", hop1.contains(parts[1]), let iso = toISO[parts[1]] {
                // A dictionary of another kind (Mueller's) gives its language's own words keys but
                // makes it no pivot for the others: with Mueller's Russian as a pivot, German words
                // took keys through deu-rus, and the German–French parallel set lost two beads of 572.
                let own = dictionary.format != .freeDict
                if own && !wanted.contains(parts[1]) { continue }
                var table = (own ? direct.removeValue(forKey: iso) : first.removeValue(forKey: iso)) ?? [:]
                for entry in try entries(of: name, in: folder) {
                    let keys = englishContentKeys([entry.headword]).sorted()
                    guard !keys.isEmpty else { continue }
                    for (position, translation) in entry.translations.enumerated() where !translation.contains(" ") {
                        add(keys, rank: position, to: &table[translation.lowercased(), default: [:]])
                    }
                }
                if own { direct[iso] = table } else { first[iso] = table }
            }
        }
        // A pivot with a small English table (Russian: 1,700 entries) adds more noise than meaning.
        for (iso, table) in first where table.count < minPivotHeadwords {
            if let code = freeDictCodes[iso], !wanted.contains(code) { first[iso] = nil }
        }
        // Hop 2: L-M and M-L where M has English keys (ranks add up, plus one for the extra hop).
        var second: [String: [String: RankedKeys]] = [:]
        for (name, folder) in installed.sorted(by: { $0.key < $1.key }) where usable(name) {
            let parts = describe(name).languages
            guard parts.count == 2, parts[0] != "eng", parts[1] != "eng",
                  wanted.contains(parts[0]) || wanted.contains(parts[1]),
                  let a = toISO[parts[0]], let b = toISO[parts[1]] else { continue }
            for entry in try entries(of: name, in: folder) {
                let head = entry.headword.lowercased()
                // headword (a) gets the English keys of its b translations
                if wanted.contains(parts[0]), let bTable = first[b], bTable.count >= minPivotHeadwords {
                    for (position, t) in entry.translations.enumerated() where !t.contains(" ") {
                        for (key, rank) in bTable[t.lowercased()] ?? [:] {
                            add([key], rank: position + rank + 1, to: &second[a, default: [:]][head, default: [:]])
                        }
                    }
                }
                // each b translation gets the English keys of the a headword
                if wanted.contains(parts[1]), (first[a]?.count ?? 0) >= minPivotHeadwords, let aKeys = first[a]?[head], !aKeys.isEmpty {
                    for (position, t) in entry.translations.enumerated() where !t.contains(" ") {
                        for (key, rank) in aKeys {
                            add([key], rank: position + rank + 1, to: &second[b, default: [:]][t.lowercased(), default: [:]])
                        }
                    }
                }
            }
        }
        var tables: [String: [String: [String]]] = [:]
        let wantedISO = Set(wanted.compactMap { toISO[$0] })
        for iso in Set(first.keys).union(second.keys).union(direct.keys) where wantedISO.contains(iso) {
            var merged = first[iso] ?? [:]
            for more in [second[iso], direct[iso]] {
                for (word, keys) in more ?? [:] {
                    for (key, rank) in keys { add([key], rank: rank, to: &merged[word, default: [:]]) }
                }
            }
            addBareHeadwords(&merged, language: iso)
            tables[iso] = merged.mapValues { Array(ordered($0).prefix(maxKeysPerWord)) }
        }
        let headwords = tables.mapValues { SortedWordTable($0) }
        var inflections: [String: SortedWordTable] = [:]
        if let inflectionFolder {
            for (iso, table) in headwords {
                inflections[iso] = InflectionTable.read(InflectionTable.file(iso, in: inflectionFolder), headwords: table)
            }
        }
        return TranslationLexicon(tables: headwords, inflections: inflections, sources: sources)
    }

    /// A language serves as a pivot (deu-rus giving Russian words English keys through German)
    /// only when it has at least this many words with English keys of its own.
    public static let minPivotHeadwords = 10_000

    /// English keys kept per word (its best-ranked senses).
    public static let maxKeysPerWord = 16
    /// English keys an inflected form takes from its headwords: their usual senses only. A form
    /// may belong to several headwords ("été": summer, or a form of être) and a headword's later
    /// senses are its rarer ones; with all sixteen, the added matches raised runner-up scores more
    /// than counterparts' (seed links matching gold 13/15 → 7/8; with four, 15/16).
    public static let maxInflectedKeys = 4

    /// Installed dictionaries (FreeDict's by language pair, "deu-eng", and `otherDictionaries` by
    /// name, "mueller7" → folder), first folder wins.
    public static func installedDictionaries(folders: [String] = defaultFolders) -> [String: URL] {
        var found: [String: URL] = [:]
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for file in names where file.hasSuffix(".index") {
                let base = String(file.dropLast(".index".count))
                let name = base.hasPrefix("freedict-") ? String(base.dropFirst("freedict-".count))
                                                       : (otherDictionaries[base] != nil ? base : nil)
                if let name, found[name] == nil { found[name] = url }
            }
        }
        return found
    }

    /// Keys of the content words of English translations (function words and
    /// one- or two-letter words dropped).
    static func englishContentKeys(_ translations: [String]) -> Set<String> {
        var keys = Set<String>()
        for translation in translations {
            let words = translation.lowercased().split(whereSeparator: { !$0.isLetter })
            if words.count > 3 { continue }
            for word in words where word.count >= 3 && !englishFunctionWords.contains(String(word)) {
                keys.insert(KeyStemmer.key(String(word)))
            }
        }
        return keys
    }

    /// English function words, which carry no content for matching.
    static let englishFunctionWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "which", "who", "whom",
        "what", "not", "are", "was", "were", "been", "being", "has", "have", "had", "its", "his", "her",
        "their", "our", "your", "one", "something", "someone", "somebody", "sth", "smb", "into", "onto",
        "about", "over", "under", "out", "off", "all", "any", "some", "such", "very", "also", "than",
        "then", "there", "here", "they", "them", "she", "him", "you", "can", "will", "would", "shall",
        "should", "may", "might", "must", "does", "did", "doing", "get", "make", "etc",
    ]
}
