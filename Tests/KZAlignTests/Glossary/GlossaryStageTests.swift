import Foundation
import Testing
@testable import KZAlign

/// The stage end to end: map, reduce into concepts, canonical text with names overlap.
@Suite("Glossary stage")
struct GlossaryStageTests {
    @Test("registered with its contract")
    func registered() throws {
        let factory = try #require(StageRegistry.standard.factory(named: "glossary"))
        #expect(factory.requires == [.segments, .language])
        #expect(factory.provides == [.terms, .concepts])
    }

    @Test("reduce collects concepts in the entity shape, with languages, documents and counts")
    func reduce() throws {
        let stage = try GlossaryTestSupport.stage()
        let processor = try stage.makeProcessor()
        var de = GlossaryTestSupport.document(id: "de1", text: "Die OVKS kam.\nDie OVKS-Kräfte gingen.", language: "de")
        var ru = GlossaryTestSupport.document(id: "ru1", text: "ОДКБ завершила миссию в Казахстане.", language: "ru")
        try processor.process(&de)
        try processor.process(&ru)
        #expect(de.terms.map(\.segment) == ["de1:0", "de1:1"])
        var corpus = Corpus(documents: [de, ru])
        try stage.reduce(&corpus)
        let csto = try #require(corpus.concepts.first { $0.id == "csto" })
        #expect(csto.origin == "glossary" && csto.type == "org")
        #expect(csto.canonical == "Collective Security Treaty Organization")
        #expect(csto.variants.map(\.form) == ["OVKS", "ОДКБ"])
        #expect(csto.variants[0].count == 2 && csto.variants[0].languages == ["de"] && csto.variants[0].documents == ["de1"])
        #expect(csto.variants[1].latin == "ODKB")
        let kz = try #require(corpus.concepts.first { $0.id == "kazakhstan" })
        #expect(kz.wikidata == "Q232" && kz.type == "country")
        #expect(corpus.concepts.map(\.id) == corpus.concepts.map(\.id).sorted())
        CanonicalText.fill(&corpus)
        #expect(corpus.documents[0].segments[0].canonical == "Die Collective Security Treaty Organization kam.")
    }

    @Test("an acronym the names stage only discovered is dropped where the glossary knows it")
    func discoveredAcronymYieldsToTerm() throws {
        let text = "ҰҚШҰ Қазақстанға көмек жіберді."
        var document = GlossaryTestSupport.document(id: "d", text: text, language: "kk")
        document.mentions = [
            Mention(start: 0, end: 4, surface: "ҰҚШҰ", entity: "", segment: "d:0", type: "unknown"),
            Mention(start: 5, end: 16, surface: "Қазақстанға", entity: "", segment: "d:0", type: "place"),
        ]
        try GlossaryTestSupport.stage().makeProcessor().process(&document)
        #expect(document.terms.contains { $0.surface == "ҰҚШҰ" && $0.concept == "csto" }, "\(document.terms)")
        // The acronym is the concept now; a country in a case form stays a name mention too.
        #expect(document.mentions.map(\.surface) == ["Қазақстанға"])
    }

    @Test("canonical text: the longer span wins, a term wins a tie with a name mention")
    func overlapRule() throws {
        let text = "Ex-KNB chief Karim Masimov in court."
        var document = GlossaryTestSupport.document(id: "d", text: text, language: "en")
        try GlossaryTestSupport.stage().makeProcessor().process(&document)
        #expect(document.terms.map(\.surface) == ["KNB"])
        // The names stage found "KNB" (a tie with the term) and "Karim Masimov".
        document.mentions = [
            Mention(start: 3, end: 6, surface: "KNB", entity: "knb", segment: "d:0", type: "org"),
            Mention(start: 13, end: 26, surface: "Karim Masimov", entity: "karim-masimov", segment: "d:0", type: "person"),
        ]
        var corpus = Corpus(documents: [document])
        corpus.entities = [Entity(id: "knb", canonical: "[names: KNB]", type: "org", origin: "gazetteer"),
                           Entity(id: "karim-masimov", canonical: "Karim Masimov", type: "person", origin: "gazetteer")]
        try GlossaryTestSupport.stage().reduce(&corpus)
        CanonicalText.fill(&corpus)
        #expect(corpus.documents[0].segments[0].canonical == "Ex-National Security Committee chief Karim Masimov in court.")
    }

    @Test("canonical text replaces spans at code point offsets, in any script, and leaves out a span past the segment")
    func substituteAtCodePoints() {
        // the segment starts at code point 10 of its document; "é" and "👍" are one code point each
        let segment = Segment(id: "d:1", start: 10, end: 31, kind: .sentence, text: "ОДКБ é 👍 Токаев said.")
        #expect(segment.text.unicodeScalars.count == 21)
        let replaced = CanonicalText.substitute(segment, [(start: 10, end: 14, text: "CSTO"),
                                                          (start: 19, end: 25, text: "Tokayev"),
                                                          (start: 26, end: 31, text: "stated.")])
        #expect(replaced == "CSTO é 👍 Tokayev stated.")
        #expect(CanonicalText.substitute(segment, [(start: 17, end: 18, text: "x"), (start: 29, end: 40, text: "!")])
                    == "ОДКБ é x Токаев said.", "a span past the segment's end is left out")
        #expect(CanonicalText.substitute(segment, []) == segment.text)
    }

    @Test("language-scoped matching keeps variants to their language")
    func languageScoped() throws {
        let index = try GlossaryTestSupport.stage().index
        let scoped = TermMatcher(index: index, languageScoped: true)
        #expect(scoped.matches(in: "Prices of GPL rose.", language: "en").isEmpty)
        #expect(scoped.matches(in: "Le prix du GPL a augmenté.", language: "fr").map(\.conceptID) == ["lpg"])
        #expect(TermMatcher(index: index).matches(in: "Prices of GPL rose.", language: "en").map(\.conceptID) == ["lpg"])
    }
}
