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
        #expect(corpus.documents[0].segments[0].canonical == "Die Collective Security Treaty Organization kam.")
    }

    @Test("canonical text: the longer span wins, a term wins a tie with a name mention")
    func overlapRule() {
        let segment = Segment(id: "d:0", start: 0, end: 36, kind: .sentence, text: "Ex-KNB chief Karim Masimov in court.")
        // names found "KNB" (tie with the term) and "Karim Masimov"; the term "KNB" wins the tie.
        let replacements = [
            CanonicalText.Replacement(start: 3, end: 6, text: "[entity knb]", isTerm: false),
            CanonicalText.Replacement(start: 3, end: 6, text: "National Security Committee", isTerm: true),
            CanonicalText.Replacement(start: 13, end: 26, text: "Karim Masimov", isTerm: false),
            CanonicalText.Replacement(start: 19, end: 26, text: "[term inside a longer name]", isTerm: true),
        ]
        #expect(CanonicalText.build(segment, replacements: replacements)
                == "Ex-National Security Committee chief Karim Masimov in court.")
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
