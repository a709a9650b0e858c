import Foundation
import Testing
@testable import KZAlign

@Suite("Transliteration")
struct TransliterationTests {
    @Test func memoizedTokensEqualICUOnWholeText() throws {
        let text = "Президент Касым-Жомарт Токаев заявил, что Ёлка и ёж в Подъезде. Щука, ЩУКА, Щ; объём 3,5 млн — «Известия»."
        let icu = try Transliterator(id: "Russian-Latin/BGN")
        let memo = try TokenTransliterator(scheme: "Russian-Latin/BGN")
        #expect(memo.transliterate(text) == icu.transliterate(text))
        #expect(memo.transliterate(text) == icu.transliterate(text)) // second pass from the memo
    }

    @Test func latinTokensPassThrough() throws {
        let memo = try TokenTransliterator(scheme: "Any-Latin; Latin-ASCII")
        #expect(memo.transliterate("Janaözen и Жанаозен") == "Janaözen i Zanaozen")
    }

    @Test func schemesFollowTheLanguage() {
        #expect(TransliterationScheme.display(for: "ru") == "Russian-Latin/BGN")
        #expect(TransliterationScheme.display(for: "kk") == "Kazakh-Latin/BGN")
        #expect(TransliterationScheme.display(for: "uz-Cyrl") == "uz_Cyrl-uz_Latn")
        #expect(TransliterationScheme.display(for: "zh-Hans") == "Han-Latin/Names")
        #expect(TransliterationScheme.display(for: "de") == TransliterationScheme.fallback)
        #expect(TransliterationScheme.display(for: "kk", overrides: ["kk": "Any-Latin"]) == "Any-Latin")
    }

    @Test func kazakhMatchingSchemeGivesPressForms() throws {
        let memo = try TokenTransliterator(scheme: TransliterationScheme.matching(for: "kk"))
        #expect(memo.transliterate("Тоқаев Жаңаөзен") == "Tokayev Zhanaozen")
    }

    @Test func ruleFileSyntaxErrorNamesFileAndLine() throws {
        let url = TestScratch.file("kz-bad-rules", suffix: ".txt")
        try "а > a ;\nб > b ;\nв > > v ;\n".write(to: url, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var catalog = SchemeCatalog.standard
        #expect {
            _ = try catalog.addRuleFile(url, displayPath: "rules/bad.txt")
        } throws: { error in
            "\(error)".contains("rules/bad.txt:3")
        }
    }

    @Test func stageSetsLatinPerSegmentLanguage() throws {
        let context = StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"), jsonPath: "stages[0]")
        let stage = try TransliterateStage(options: .init(), context: context)
        var document = Document(id: "d", path: "d.txt", sha256: "", text: "Тоқаев сөйледі. Токаев сказал.")
        document.language = "kk"
        var first = Segment(id: "d:0", start: 0, end: 15, kind: .sentence, text: "Тоқаев сөйледі.")
        first.language = "kk"
        var second = Segment(id: "d:1", start: 16, end: 30, kind: .sentence, text: "Токаев сказал.")
        second.language = "ru"
        document.segments = [first, second]
        try stage.makeProcessor().process(&document)
        #expect(document.segments[0].latin?.hasPrefix("Toqaev") == true)
        #expect(document.segments[1].latin == "Tokayev skazal.")
    }

    @Test func unknownSchemeIsAnOptionError() {
        var options = TransliterateStage.Options()
        options.schemes = ["ru": "Russian-Latin/NOPE"]
        let context = StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"), jsonPath: "stages[0]")
        #expect(throws: OptionError.self) { _ = try TransliterateStage(options: options, context: context) }
    }
}
