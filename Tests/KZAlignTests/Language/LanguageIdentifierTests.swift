import Foundation
import Testing
@testable import KZAlign

@Suite("Language identification")
struct LanguageIdentifierTests {
    @Test("the seed articles are in English, German and French, each identified with confidence")
    func seedArticles() throws {
        let identifier = try installedIdentifier()
        let folder = URL(fileURLWithPath: "/work/shared/seeds")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(files.count == 5)
        var found: Set<String> = []
        for file in files {
            let guess = identifier.identify(try String(contentsOf: file, encoding: .utf8))
            #expect(["en", "de", "fr"].contains(guess.language), "\(file.lastPathComponent): \(guess)")
            #expect(guess.confidence > 0.9, "\(file.lastPathComponent): \(guess)")
            found.insert(guess.language)
        }
        #expect(found == ["en", "de", "fr"])
    }

    @Test("quotes of the alignment gold are in the language of their article")
    func goldQuotesAgreeWithTheirArticle() throws {
        let identifier = try installedIdentifier()
        let gold = try String(contentsOfFile: "/work/shared/gold/seeds/alignments.tsv", encoding: .utf8)
        var checked = 0
        for row in gold.split(separator: "\n").dropFirst() {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { continue }
            for (file, quote) in [(fields[0], fields[1]), (fields[2], fields[3])] where quote.split(separator: " ").count >= 6 {
                let article = try String(contentsOfFile: "/work/shared/seeds/\(file).txt", encoding: .utf8)
                #expect(identifier.identify(quote).language == identifier.identify(article).language, "\(file): \(quote)")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test("Ukrainian and Russian are told apart", arguments: [
        ("Верховна Рада ухвалила закон про державний бюджет на наступний рік.", "uk"),
        ("Государственная дума приняла закон о федеральном бюджете на следующий год.", "ru"),
        ("Київ", "uk"),
        ("Він сказав, що це неможливо.", "uk"),
        ("Он сказал, что это невозможно.", "ru"),
    ])
    func ukrainianRussian(text: String, language: String) throws {
        #expect(try installedIdentifier().identify(text).language == language)
    }

    @Test("Kazakh, Russian and Kyrgyz are told apart", arguments: [
        ("Қазақстан Республикасының Президенті жаңа заңға қол қойды.", "kk"),
        ("Президент Республики Казахстан подписал новый закон.", "ru"),
        ("Кыргыз Республикасынын Президенти жаңы мыйзамга кол койду.", "ky"),
        ("Үкімет отырысында мәселе қаралды.", "kk"),
        ("Өкмөттүн жыйынында маселе каралды.", "ky"),
    ])
    func kazakhRussianKyrgyz(text: String, language: String) throws {
        #expect(try installedIdentifier().identify(text).language == language)
    }

    @Test("text without letters is und with confidence 0", arguments: [
        "", "   ", "12345", "3,000 — 10.1.2022", "!!! ??? ...", "+7 (727) 123-45-67",
    ])
    func undeterminedWithoutLetters(text: String) throws {
        let guess = try installedIdentifier().identify(text)
        #expect(guess == .undetermined)
    }

    @Test("a bare URL gives no language in the stage, and thin evidence gives low confidence")
    func thinEvidence() throws {
        let identifier = try installedIdentifier()
        #expect(LinkStripper.strip("https://www.example.com/news/2022/01/05") == "")
        let sentence = identifier.identify("The president signed the new law on Tuesday after a long debate.")
        let word = identifier.identify("Tokayev")
        #expect(sentence.confidence > 0.9)
        #expect(word.confidence < sentence.confidence)
    }

    @Test("candidates restrict the answer, and restricting helps short text")
    func candidateRestriction() throws {
        let identifier = try installedIdentifier()
        let deEn = try identifier.languageSet(["de", "en"])
        #expect(identifier.identify("Haus", candidates: deEn).language == "de")
        #expect(deEn.codes.contains(identifier.identify("Это русский текст", candidates: deEn).language)
                || identifier.identify("Это русский текст", candidates: deEn).isUndetermined)
        // On single words of the test data, 12 candidates beat all languages the model knows.
        let twelve = try identifier.languageSet(["ar", "de", "en", "es", "fr", "it", "kk", "pl", "ru", "tr", "uk", "zh"])
        let all = try identifier.languageSet(identifier.knownLanguages)
        var restricted = 0.0, unrestricted = 0.0
        for language in ["de", "es", "kk", "uk"] {
            let words = try lines(of: testDataFolder.appendingPathComponent("\(language)/single-words.txt"), count: 100)
            restricted += accuracy(words, language, identifier, twelve)
            unrestricted += accuracy(words, language, identifier, all)
        }
        // Measured: 0.86 restricted, 0.81 with all 140 languages.
        #expect(restricted / 4 > unrestricted / 4 + 0.02, "restricted \(restricted / 4), all \(unrestricted / 4)")
    }

    @Test("an unknown language code is an error listing the valid codes")
    func unknownCode() throws {
        let identifier = try installedIdentifier()
        #expect(throws: LanguageError.self) { try identifier.languageSet(["en", "xx"]) }
        do { _ = try identifier.languageSet(["xx"]) } catch {
            #expect("\(error)".contains("valid codes"))
            #expect("\(error)".contains("kk"))
        }
    }

    @Test("Kyrgyz and Uzbek (Latin and Cyrillic) fixtures", arguments: ["ky", "uz", "uz-Cyrl"])
    func ownFixtures(language: String) throws {
        let identifier = try installedIdentifier()
        let items = try lines(of: fixtureFolder.appendingPathComponent("\(language).txt"), count: 100)
        #expect(items.count >= 16)
        #expect(accuracy(items, language, identifier, identifier.defaultSet) >= 0.9)
    }

    @Test("a 1 MB line and invalid UTF-8 are answered without trouble")
    func badInput() throws {
        let identifier = try installedIdentifier()
        let long = String(repeating: "Das ist ein ganz normaler deutscher Satz. ", count: 25_000)
        #expect(identifier.identify(long).language == "de")
        let broken = String(decoding: [0x48, 0x61, 0x75, 0x73, 0xFF, 0xFE, 0x20, 0x61] as [UInt8], as: UTF8.self)
        _ = identifier.identify(broken)
    }
}

@Suite("Short-text evidence: word frequencies and lexicon")
struct ShortTextEvidenceTests {
    static let twelve = ["ar", "de", "en", "es", "fr", "it", "kk", "pl", "ru", "tr", "uk", "zh"]

    @Test("frequent single words get their language among 12 candidates", arguments: [
        ("the", "en"), ("which", "en"), ("pero", "es"), ("después", "es"), ("anche", "it"), ("perché", "it"),
    ])
    func frequentWords(word: String, language: String) throws {
        let identifier = try installedIdentifier()
        #expect(identifier.words != nil, "models/langid-words.bin missing: run scripts/setup.sh")
        let candidates = try identifier.languageSet(Self.twelve)
        #expect(identifier.identify(word, candidates: candidates).language == language)
    }

    @Test("without langid-words.bin (or lexicon.bin) identification still works")
    func missingWordFrequencies() throws {
        let installed = try installedIdentifier()
        let models = try ModelLocator.locate(NaiveBayesModel.fileName).deletingLastPathComponent()
        let folder = TestScratch.file("kzalign-langid")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(NaiveBayesModel.fileName),
                                                   withDestinationURL: models.appendingPathComponent(NaiveBayesModel.fileName))
        let noLexicon = try LanguageIdentifier(modelPath: folder.appendingPathComponent(NaiveBayesModel.fileName).path)
        #expect(noLexicon.words == nil && noLexicon.lexicon == nil)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(Lexicon.fileName),
                                                   withDestinationURL: models.appendingPathComponent(Lexicon.fileName))
        let lexiconOnly = try LanguageIdentifier(modelPath: folder.appendingPathComponent(NaiveBayesModel.fileName).path)
        #expect(lexiconOnly.words == nil && lexiconOnly.lexicon != nil)
        let candidates = try installed.languageSet(Self.twelve)
        for identifier in [noLexicon, lexiconOnly] {
            #expect(identifier.identify("Die Regierung hat das Gesetz beschlossen.", candidates: candidates).language == "de")
            #expect(identifier.identify("12345") == .undetermined)
            #expect(!identifier.identify("Haus", candidates: candidates).isUndetermined)
        }
    }

    @Test("a damaged words file is an error, not a crash")
    func damagedFile() throws {
        let path = TestScratch.file("kzalign-words", suffix: ".bin").path
        try Data("KZLWORDS".utf8 + [1, 0, 0, 0, 10, 0, 0, 0]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: LanguageError.self) { try LanguageWords(path: path) }
    }
}
