import Foundation
import Testing
@testable import KZAlign

@Suite("Align: FreeDict reader and pivot lexicon")
struct FreeDictTests {
    static let folder = URL(fileURLWithPath: "/usr/share/dictd")
    static func requireInstalled(_ name: String) throws {
        let path = folder.appendingPathComponent("freedict-\(name).index").path
        try #require(FileManager.default.fileExists(atPath: path),
                     "FreeDict \(name) is not installed: run scripts/setup.sh (Debian package dict-freedict-\(name))")
    }

    @Test("reads the installed French–English dictionary (dictzip data, base64 index)")
    func frenchEnglish() throws {
        try Self.requireInstalled("fra-eng")
        let entries = try FreeDictReader(folder: Self.folder, name: "freedict-fra-eng").entries()
        #expect(entries.count > 5_000)
        let byHead = Dictionary(entries.map { ($0.headword, $0.translations) }, uniquingKeysWith: +)
        #expect(byHead["ambassade"]?.contains("embassy") == true)
        #expect(byHead["amas"]?.contains("heap") == true)
    }

    @Test("Mueller's English–Russian entries give their Russian translations, usual senses first, examples left out")
    func muellerEntries() throws {
        try #require(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("mueller7.index").path),
                     "Mueller's dictionary is not installed: run scripts/setup.sh (Debian package mueller7-dict)")
        let entries = try FreeDictReader(folder: Self.folder, name: "mueller7", format: .mueller).entries()
        #expect(entries.count > 40_000)
        let byHead = Dictionary(entries.map { ($0.headword, $0.translations) }, uniquingKeysWith: +)
        let people = try #require(byHead["people"])
        #expect(Array(people.prefix(3)) == ["народ", "нация", "люди"])
        #expect(!people.contains("молодежь")) // "young people молодёжь" is an example
        #expect(!people.contains { $0.contains("употр") }) // a comment in parentheses
        #expect(byHead["unrest"] == ["беспокойство", "волнение", "беспорядки", "волнения"])
        #expect(byHead["resign"]?.contains("уходить в отставку") == true)
        #expect(byHead["kill"]?.first == "убивать")
        // the layout, on an entry written here: homonyms, labels, numbered senses, ё
        let text = "die\n   _I  [daI]\n      1. _n.\n         1) (_pl. dice) игральная кость; to play with dice\n         жульничать\n   _II [daI] _v.\n         1) умереть, скончаться (of, from - от чего-л.); ещё\n"
        #expect(MuellerEntry.translations(inEntry: text) == ["игральная кость", "умереть", "скончаться", "еще"])
    }

    @Test("Russian words meet English through Mueller's dictionary, with ё or е")
    func russianThroughMueller() throws {
        try #require(TranslationLexicon.installedDictionaries()["mueller7"] != nil,
                     "Mueller's dictionary is not installed: run scripts/setup.sh (Debian package mueller7-dict)")
        let lexicon = try TranslationLexicon.load(languages: ["ru"], only: ["mueller7"], inflectionFolder: nil)
        #expect(lexicon.englishKeys("беспорядки", language: "ru").contains(KeyStemmer.key("unrest")))
        #expect(lexicon.englishKeys("люди", language: "ru").contains(KeyStemmer.key("people")))
        #expect(lexicon.englishKeys("молодёжь", language: "ru").contains(KeyStemmer.key("youth")))
        #expect(lexicon.sources == ["mueller7"])
        // It serves Russian words only: Russian as a pivot for German (deu-rus) does not read it.
        let german = try TranslationLexicon.load(languages: ["de"], only: ["deu-rus", "mueller7"], inflectionFolder: nil)
        #expect(german.sources == ["freedict-deu-rus"])
    }

    @Test("A lexicon cache folder keeps the most recently used caches and nothing else is touched")
    func cachePruning() throws {
        let cache = try TestScratch.folder("lexicon-cache"), empty = try TestScratch.folder("no-dictionaries")
        let manager = FileManager.default
        func age(_ name: String, hours: Double) throws {
            try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -hours * 3_600)],
                                      ofItemAtPath: cache.appendingPathComponent(name).path)
        }
        for hours in 1...5 {
            try Data("# old\n".utf8).write(to: cache.appendingPathComponent("lexicon-old\(hours).tsv"))
            try age("lexicon-old\(hours).tsv", hours: Double(hours))
        }
        try Data("keep me".utf8).write(to: cache.appendingPathComponent("notes.txt"))
        try age("notes.txt", hours: 9)
        _ = try TranslationLexicon.load(languages: ["xx"], folders: [empty.path], cacheFolder: cache, inflectionFolder: nil)
        let left = Set(try manager.contentsOfDirectory(atPath: cache.path))
        let written = left.filter { $0.hasPrefix("lexicon-") && !$0.hasPrefix("lexicon-old") }
        #expect(written.count == 1, "the load writes its cache: \(left.sorted())")
        #expect(left == written.union(["lexicon-old1.tsv", "lexicon-old2.tsv", "lexicon-old3.tsv", "notes.txt"]),
                "the new cache and the three most recent old ones stay: \(left.sorted())")
        // a load that reads a cache marks it used
        try age(written.first!, hours: 10)
        _ = try TranslationLexicon.load(languages: ["xx"], folders: [empty.path], cacheFolder: cache, inflectionFolder: nil)
        let modified = try manager.attributesOfItem(atPath: cache.appendingPathComponent(written.first!).path)[.modificationDate] as? Date
        #expect(modified.map { $0.timeIntervalSinceNow > -600 } == true)
        TranslationLexicon.pruneCaches(in: cache, keeping: 0)
        #expect(try manager.contentsOfDirectory(atPath: cache.path) == ["notes.txt"])
    }

    @Test("dictd base64 numbers and entry parsing")
    func formatDetails() {
        #expect(FreeDictReader.base64Value(ArraySlice(Array("B".utf8))) == 1)
        #expect(FreeDictReader.base64Value(ArraySlice(Array("BA".utf8))) == 64)
        #expect(FreeDictReader.base64Value(ArraySlice(Array("b/".utf8))) == 27 * 64 + 63)
        #expect(FreeDictReader.base64Value(ArraySlice(Array("*".utf8))) == nil)
        let items = FreeDictReader.translations(inEntry: "English /iŋgliʃ/\n1. английский\n2. англичанка\n   Synonym: {x}\n")
        #expect(items == ["английский", "англичанка"])
    }

    @Test("a malformed index names file and line")
    func malformedIndex() throws {
        let dir = TestScratch.file("kz-freedict")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("word /w/\nmot\n".utf8).write(to: dir.appendingPathComponent("freedict-xxx-eng.dict"))
        try Data("word\tA\tN\nbroken line\n".utf8).write(to: dir.appendingPathComponent("freedict-xxx-eng.index"))
        #expect(throws: AlignError.badIndexLine(file: dir.appendingPathComponent("freedict-xxx-eng.index").path, line: 2, text: "broken line")) {
            _ = try FreeDictReader(folder: dir, name: "freedict-xxx-eng").entries()
        }
    }

    @Test("German and French words meet through English; Russian through German–Russian")
    func pivot() throws {
        try Self.requireInstalled("deu-eng")
        try Self.requireInstalled("fra-eng")
        try Self.requireInstalled("deu-rus")
        let lexicon = try TranslationLexicon.load(languages: ["de", "fr", "ru"], folders: [Self.folder.path],
                                                  cacheFolder: TestScratch.root.appendingPathComponent("kz-align-cache"))
        let waffe = Set(lexicon.englishKeys("waffen", language: "de"))
        let arme = Set(lexicon.englishKeys("armes", language: "fr"))
        #expect(!waffe.intersection(arme).isEmpty, "Waffen/armes should share an English key: \(waffe.sorted().prefix(10)) / \(arme.sorted().prefix(10))")
        #expect(!lexicon.englishKeys("оружие", language: "ru").isEmpty)
    }

    @Test("Kazakh loanwords with case endings take the Russian word's English keys; Turkic words do not")
    func kazakhBorrowsRussian() throws {
        try Self.requireInstalled("pol-rus")
        try Self.requireInstalled("pol-eng")
        let lexicon = try TranslationLexicon.load(languages: ["kk", "en"], folders: [Self.folder.path], only: ["pol-rus", "pol-eng"])
        #expect(lexicon.headwordCount("kk") == 0, "Kazakh has no dictionary of its own; its weights stay unbridged")
        let russian = Set(lexicon.englishKeys("отставка", language: "ru"))
        let kazakh = Set(lexicon.englishKeys("отставкаға", language: "kk"))
        #expect(!russian.isEmpty)
        #expect(kazakh == russian, "отставкаға (dative) should take отставка's keys: \(kazakh.sorted()) / \(russian.sorted())")
        #expect(lexicon.englishKeys("наразылықтан", language: "kk").isEmpty)
        #expect(lexicon.englishKeys("отставкаға", language: "tr").isEmpty, "only the languages listed borrow")
    }

    @Test("inflected verbs reach their infinitive through its stem (dimitió → dimitir, tutuklandı → tutuklamak)")
    func infinitiveStems() throws {
        try Self.requireInstalled("spa-eng")
        try Self.requireInstalled("tur-eng")
        try Self.requireInstalled("eng-tur")
        // the stems alone: without the hunspell inflection tables, which would find dimitió first
        let lexicon = try TranslationLexicon.load(languages: ["es", "tr"], folders: [Self.folder.path],
                                                  only: ["spa-eng", "tur-eng", "eng-tur"], inflectionFolder: nil)
        let dimitir = lexicon.englishKeys("dimitir", language: "es")
        #expect(!dimitir.isEmpty)
        #expect(lexicon.englishKeys("dimitió", language: "es") == dimitir)
        let tutuklamak = lexicon.englishKeys("tutuklamak", language: "tr")
        #expect(!tutuklamak.isEmpty)
        #expect(lexicon.englishKeys("tutuklandı", language: "tr") == tutuklamak)
    }

    @Test("Arabic words are looked up again without the article and the particles before it (Light10 prefixes)")
    func arabicProclitics() throws {
        #expect(ArabicProclitics.stripped("والحكومة") == ["حكومة"])
        #expect(ArabicProclitics.stripped("للحكومة") == ["حكومة"])
        #expect(ArabicProclitics.stripped("وبالحكومة") == ["بالحكومة", "حكومة"])
        #expect(ArabicProclitics.stripped("الأمن") == ["أمن"])
        #expect(ArabicProclitics.stripped("ولد") == [], "too short to strip")
        try Self.requireInstalled("ara-eng")
        try Self.requireInstalled("eng-ara")
        let lexicon = try TranslationLexicon.load(languages: ["ar"], folders: [Self.folder.path], only: ["ara-eng", "eng-ara"])
        let government = lexicon.englishKeys("حكومة", language: "ar")
        #expect(!government.isEmpty)
        #expect(lexicon.englishKeys("والحكومة", language: "ar") == government)
    }
}
