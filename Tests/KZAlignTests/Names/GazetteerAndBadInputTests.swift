import Foundation
import Testing
@testable import KZAlign

@Suite("Names: gazetteer and bad input")
struct GazetteerAndBadInputTests {
    func write(_ text: String) throws -> URL {
        let url = TestScratch.file("kz-names", suffix: ".tsv")
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url
    }

    @Test(arguments: [
        ("good\tperson\tGood Name\n", nil as String?),
        ("# comment\nbad id\tperson\tX\n", "x.tsv:2"),
        ("a\tperson\n", "x.tsv:1"),
        ("a\tfriend\tA\n", "x.tsv:1"),
        ("a\tperson\tA\nb\tplace\tB\tru:Б;;de:B\n", "x.tsv:2"),
        ("a\tperson\tA\na\tperson\tA2\n", "x.tsv:2"),
    ])
    func malformedLinesNameFileAndLine(_ example: (String, String?)) throws {
        let url = try write(example.0)
        defer { try? FileManager.default.removeItem(at: url) }
        var gazetteer = Gazetteer()
        if let expected = example.1 {
            #expect { try gazetteer.load(url, displayPath: "x.tsv") } throws: { "\($0)".hasPrefix(expected) }
        } else {
            try gazetteer.load(url, displayPath: "x.tsv")
            #expect(gazetteer.entry("good")?.preferred == "Good Name")
        }
    }

    @Test func shippedGazetteerLoadsAndCountriesComeFromCLDR() throws {
        var gazetteer = Gazetteer.countries()
        try gazetteer.load(URL(fileURLWithPath: SeedCorpus.repositoryRoot + "/glossaries/names.tsv"), displayPath: "glossaries/names.tsv")
        for id in ["kazakhstan", "russia", "belarus", "kyrgyzstan", "astana", "knb", "csto", "kassym-jomart-tokayev"] {
            #expect(gazetteer.entry(id) != nil, "\(id)")
        }
        let kazakhstan = gazetteer.entry("kazakhstan")!
        #expect(kazakhstan.forms.contains { $0.form == "Kasachstan" })
        #expect(kazakhstan.forms.contains { $0.form == "Казахстан" })
        #expect(gazetteer.entry("belarus")!.forms.contains { $0.form == "Weißrussland" })
    }

    func run(_ text: String, language: String, gazetteer: [String] = ["glossaries/names.tsv"]) throws -> Corpus {
        var document = Document(id: "doc", path: "doc.txt", sha256: "", text: text)
        document.language = language
        document.segments = SeedCorpus.segments(of: text, documentID: "doc", language: language)
        var options = NamesStage.Options()
        options.gazetteer = gazetteer
        return try SeedCorpus.runNames([document], options: options)
    }

    @Test func oneCharacterNamesAndInitialsMakeNoEntities() throws {
        let corpus = try run("A. B. said X met Y in Z on Monday.\nI.\n", language: "en", gazetteer: [])
        #expect(corpus.entities.isEmpty, "\(corpus.entities.map(\.canonical))")
    }

    @Test func arabicParticlesAreNotNames() throws {
        // في ("in") keys like Fiji (فيجي) once vowels and glides fold; a two-letter word in an
        // uncased script never starts a name.
        let corpus = try run("قتل ما لا يقل عن 225 شخصا في 5 يناير.\n", language: "ar")
        #expect(corpus.documents[0].mentions.isEmpty, "\(corpus.documents[0].mentions.map(\.surface))")
    }

    @Test func arabicScriptPersonsMatchTheirLatinEntityBySkeleton() throws {
        let corpus = try run("طلب الرئيس قاسم جومارت توكاييف المساعدة. واعتقل كريم ماسيموف بتهمة الخيانة.\n", language: "ar")
        let found = corpus.documents[0].mentions.map { ($0.surface, $0.entity) }
        #expect(found.contains { $0 == ("قاسم جومارت توكاييف", "kassym-jomart-tokayev") }, "\(found)")
        #expect(found.contains { $0 == ("كريم ماسيموف", "karim-masimov") }, "\(found)")
        // Common words around them (the president, the help, treason) are not names.
        #expect(found.count == 2, "\(found)")
    }

    /// Also with the segment texts left out during the reduce, as `kzalign run` holds documents.
    @Test(arguments: [false, true])
    func arabicScriptPersonJoinsAPersonTheRunFoundInLatin(leavingOutSegmentTexts: Bool) throws {
        // Not in the gazetteer: found in English by the title, in Arabic by its consonant skeleton.
        func document(_ id: String, _ text: String, _ language: String) -> Document {
            var d = Document(id: id, path: "\(id).txt", sha256: "", text: text)
            d.language = language
            d.segments = SeedCorpus.segments(of: text, documentID: id, language: language)
            return d
        }
        let corpus = try SeedCorpus.runNames([
            document("en", "Prosecutor General Nurlan Abdirov said the investigation was over.\n", "en"),
            document("ar", "قال المدعي العام نورلان عبديروف إن التحقيق انتهى.\n", "ar"),
            document("ar2", "قال نورلان عبدييف شيئا آخر.\n", "ar"),
        ], leavingOutSegmentTexts: leavingOutSegmentTexts)
        let english = try #require(corpus.documents[0].mentions.first { $0.surface == "Nurlan Abdirov" })
        let arabic = corpus.documents[1].mentions.map { ($0.surface, $0.entity) }
        #expect(arabic.contains { $0 == ("نورلان عبديروف", english.entity) }, "\(arabic)")
        // Another skeleton (Abdiyev) is not this person.
        #expect(!corpus.documents[2].mentions.contains { $0.entity == english.entity })
    }

    @Test func kazakhAndTurkishCommonWordsAreNotNames() throws {
        // kk_KZ.dic has CRLF line ends; its words (Президенті, Дүйсенбі) must still load.
        let kk = try run("Ресей Президенті Владимир Путин Дүйсенбі күні Астанада болды.\n", language: "kk")
        let kkSurfaces = Set(kk.documents[0].mentions.map(\.surface))
        #expect(kkSurfaces.isDisjoint(with: ["Президенті", "Дүйсенбі", "Ресей Президенті"]), "\(kkSurfaces)")
        #expect(kkSurfaces.contains("Владимир Путин"))
        // Turkish: a month with a case ending after the apostrophe, a title with a possessive ending.
        let tr = try run("Rusya Devlet Başkanı Vladimir Putin Ocak'ta Astana'ya geldi.\n", language: "tr")
        let trSurfaces = Set(tr.documents[0].mentions.map(\.surface))
        #expect(trSurfaces.isDisjoint(with: ["Başkanı", "Ocak'ta"]), "\(trSurfaces)")
        #expect(trSurfaces.contains("Vladimir Putin"))
    }

    @Test func russianCountryInGenitiveIsTheCountry() throws {
        let corpus = try run("Президент России Владимир Путин встретился с министром Турции.\n", language: "ru")
        let ids = corpus.documents[0].mentions.map(\.entity)
        #expect(ids.contains("russia") && ids.contains("turkey"), "\(corpus.documents[0].mentions.map { ($0.surface, $0.entity) })")
    }

    @Test func allCapsHeadlineGivesOnlyKnownNames() throws {
        let corpus = try run("TOKAYEV SAYS THE COUP WAS PLANNED BY FOREIGN FIGHTERS IN ALMATY\n", language: "en")
        #expect(Set(corpus.entities.map(\.id)) == ["kassym-jomart-tokayev", "almaty"], "\(corpus.entities.map(\.id))")
    }

    @Test func namesGluedToPunctuationKeepCleanOffsets() throws {
        let text = "Officials met (Tokayev),\"Masimov\"; and—Almaty… later «Асылов».\n"
        let corpus = try run(text, language: "en")
        let scalars = Array(text.unicodeScalars)
        for mention in corpus.documents[0].mentions {
            let slice = String(String.UnicodeScalarView(scalars[mention.start..<mention.end]))
            #expect(slice == mention.surface)
            #expect(mention.surface.first?.isLetter == true && mention.surface.last?.isLetter == true, "\(mention.surface)")
        }
        #expect(Set(corpus.documents[0].mentions.map(\.surface)).isSuperset(of: ["Tokayev", "Masimov", "Almaty"]))
    }

    @Test func rtlMarksAndZeroWidthCharactersInsideNames() throws {
        let text = "Talks with Toka\u{200B}yev and \u{200F}Masimov\u{200E} in Alm\u{00AD}aty ended.\n"
        let corpus = try run(text, language: "en")
        let ids = Set(corpus.documents[0].mentions.map(\.entity))
        #expect(ids.isSuperset(of: ["almaty"]))
        #expect(corpus.entities.allSatisfy { !$0.id.isEmpty })
    }

    @Test func mixedScriptNameIsFlaggedAndMatched() throws {
        // "Tokayev" with a Cyrillic а.
        let corpus = try run("Kassym-Jomart Tokayev spoke. Later Tok\u{0430}yev left.\n", language: "en")
        let spoofed = corpus.documents[0].mentions.first { $0.surface.contains("\u{0430}") }
        #expect(spoofed?.suspicious == true)
        #expect(spoofed?.entity == "kassym-jomart-tokayev")
    }

    @Test func surnameSharedButNotFirstNameStaysApart() throws {
        let corpus = try run("Karim Masimov met Nurlan Masimov in Astana. Masimov then left.\n", language: "en", gazetteer: [])
        let karim = corpus.documents[0].mentions.first { $0.surface == "Karim Masimov" }!.entity
        let nurlan = corpus.documents[0].mentions.first { $0.surface == "Nurlan Masimov" }!.entity
        #expect(karim != nurlan)
    }

    @Test func clippedAndSurnameMentionsLinkToTheFullNameOfTheirDocument() throws {
        let corpus = try run("Le procureur Berik Asilov a parlé. Asov a déclaré que Tokajew et Asilov étaient là.\n", language: "fr", gazetteer: [])
        let mentions = corpus.documents[0].mentions
        let full = mentions.first { $0.surface == "Berik Asilov" }!.entity
        #expect(mentions.first { $0.surface == "Asov" }?.entity == full)
        #expect(mentions.first { $0.surface == "Asilov" }?.entity == full)
    }

    @Test func russianCaseFormsAndFeminineSurnames() throws {
        let text = "Встреча Карима Масимова с Токаевым. Масимову предъявили обвинение. Гульнара Масимова не пришла.\n"
        let corpus = try run(text, language: "ru")
        let mentions = corpus.documents[0].mentions
        #expect(mentions.first { $0.surface == "Карима Масимова" }?.entity == "karim-masimov")
        #expect(mentions.first { $0.surface == "Масимову" }?.entity == "karim-masimov")
        #expect(mentions.first { $0.surface == "Токаевым" }?.entity == "kassym-jomart-tokayev")
        #expect(mentions.first { $0.surface == "Гульнара Масимова" }?.entity != "karim-masimov")
    }

    @Test func emptyGazetteerAndNoCountriesWork() throws {
        var options = NamesStage.Options()
        options.gazetteer = []
        options.countries = false
        var document = Document(id: "d", path: "d.txt", sha256: "", text: "Kassym-Jomart Tokayev visited Moscow.")
        document.language = "en"
        document.segments = SeedCorpus.segments(of: document.text, documentID: "d", language: "en")
        let corpus = try SeedCorpus.runNames([document], options: options)
        #expect(corpus.entities.contains { $0.id == "kassym-jomart-tokayev" && $0.origin == "discovered" })
    }
}
