import Foundation
import Testing
@testable import KZAlign

@Suite("Align: inflected forms reach their dictionary headwords (hunspell-derived tables)")
struct InflectionTableTests {
    @Test("a table keeps the forms whose lemmas are headwords, only those lemmas, and no headword")
    func filtering() throws {
        let headwords = SortedWordTable(["juger": ["judge", "try"], "mourir": ["die"], "mort": ["death"], "être": ["exist"]])
        let file = TestScratch.file("kz-forms", suffix: ".tsv")
        let lines = ["jugeait\tjuger", "jugé\tjuger", "mort\tmourir", "morts\tmort mourir", "morue\tmorue", "étions\têtre"]
        try Data((lines.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.joined(separator: "\n") + "\n").utf8)
            .write(to: file)
        let table = try #require(InflectionTable.read(file, headwords: headwords))
        #expect(table.keys("jugé") == ["juger"])
        #expect(table.keys("morts") == ["mort", "mourir"])
        #expect(table.keys("mort") == nil, "a headword keeps its own entry")
        #expect(table.keys("morue") == nil, "a lemma the dictionary lacks is dropped")
        #expect(table.count == 4)
        #expect(InflectionTable.read(TestScratch.file("kz-missing", suffix: ".tsv"), headwords: headwords) == nil)
    }

    @Test("an inflected form takes its headwords' usual senses, each headword in turn")
    func lookup() throws {
        let lexicon = TranslationLexicon(dictionaries: ["fr": ["juger": ["judge", "try", "deem", "rate", "sentenc"],
                                                               "mort": ["death", "dead"], "mourir": ["die", "perish", "expire"]]],
                                         inflections: ["fr": ["jugé": ["juger"], "morts": ["mort", "mourir"]]], sources: [])
        #expect(lexicon.englishKeys("jugé", language: "fr") == ["judge", "try", "deem", "rate"])
        #expect(lexicon.englishKeys("morts", language: "fr") == ["death", "die", "dead", "perish"], "each headword's senses in turn")
        #expect(lexicon.englishKeys("jugé", language: "fr", inflected: false).isEmpty, "four letters: too short for the prefix rule")
        #expect(lexicon.inflectedFormCount("fr") == 2)
        let note = try #require(InflectionTable.missingNote(lexicon: lexicon, folder: nil))
        #expect(note.contains("models/lemmas") && note.contains("scripts/setup.sh"))
        #expect(InflectionTable.missingNote(lexicon: lexicon, folder: URL(fileURLWithPath: "/tmp")) == nil)
        #expect(InflectionTable.missingNote(lexicon: .empty, folder: nil) == nil, "no dictionaries: nothing to inflect")
    }

    /// The installed tables (`scripts/setup.d/24-lemmas.sh`) and dictionaries, as a run uses them.
    @Test("real hunspell forms meet their translations: jugé, murieron, беспорядков, обвинении")
    func installed() throws {
        let folder = try #require(InflectionTable.defaultFolder, "models/lemmas is missing: run scripts/setup.sh")
        let cache = try TestScratch.folder("kz-inflection-cache")
        // Russian words take English keys through Polish–Russian and Polish–English
        let dictionaries = ["fra-eng", "spa-eng", "pol-rus", "pol-eng"]
        for name in dictionaries { try FreeDictTests.requireInstalled(name) }
        let lexicon = try TranslationLexicon.load(languages: ["fr", "es", "ru"], folders: [FreeDictTests.folder.path],
                                                  only: dictionaries, cacheFolder: cache, inflectionFolder: folder)
        let bare = try TranslationLexicon.load(languages: ["fr", "es", "ru"], folders: [FreeDictTests.folder.path],
                                               only: dictionaries, inflectionFolder: nil)
        for (word, language, key) in [("jugé", "fr", "judge"), ("murieron", "es", "die"), ("беспорядков", "ru", "disord"), ("обвинении", "ru", "accusa")] {
            #expect(lexicon.englishKeys(word, language: language).contains(key),
                    "\(word) should reach \(key): \(lexicon.englishKeys(word, language: language))")
            #expect(!bare.englishKeys(word, language: language).contains(key), "\(word) reached \(key) without the tables")
            #expect(lexicon.inflectedFormCount(language) > 10_000)
        }
        // read back from the cache the first load wrote
        let again = try TranslationLexicon.load(languages: ["fr", "es", "ru"], folders: [FreeDictTests.folder.path],
                                                only: dictionaries, cacheFolder: cache, inflectionFolder: folder)
        #expect(again.englishKeys("jugé", language: "fr") == lexicon.englishKeys("jugé", language: "fr"))
        #expect(again.inflectedFormCount("ru") == lexicon.inflectedFormCount("ru"))
    }
}
