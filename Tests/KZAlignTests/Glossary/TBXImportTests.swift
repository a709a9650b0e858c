import Foundation
import Testing
@testable import KZAlign

/// TBX-Basic import: concepts, languages, acronyms, flags, Wikidata, errors with lines.
@Suite("TBX import")
struct TBXImportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csto-basic.tbx")
    let valid = GlossaryTSVReader.icuLanguageCodes

    @Test("entries become concepts with label, type, Wikidata and flagged variants")
    func importsEntries() throws {
        let concepts = try TBXImporter.read(contentsOf: Self.fixture, displayName: "csto-basic.tbx", validLanguages: valid)
        #expect(concepts.map(\.id) == ["csto", "curfew-1"])
        let csto = concepts[0]
        #expect(csto.label == "Collective Security Treaty Organization")
        #expect(csto.type == "org")
        #expect(csto.wikidata == "Q12345")
        #expect(csto.variants.map(\.language) == ["en", "en", "de", "ru"])
        #expect(csto.variants[0].flags == [.caseSensitive])
        #expect(csto.variants[2].form == "OVKS" && csto.variants[2].flags == [.caseSensitive])
        #expect(csto.variants[3].flags == [.inflects])
        #expect(csto.variants[0].source.line > 1)
        #expect(concepts[1].label == "curfew" && concepts[1].type == "term")
    }

    @Test("a TBX glossary drives the stage like a TSV one")
    func tbxInStage() throws {
        var options = GlossaryStage.Options()
        options.glossaries = [Self.fixture.path]
        options.cldr = false
        let stage = try GlossaryStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/"),
                                                                              jsonPath: "stages[0]"))
        let matcher = TermMatcher(index: stage.index)
        let found = matcher.matches(in: "Die OVKS verhängte keine Ausgangssperre; Генсек Организации Договора о коллективной безопасности; the ovks").map(\.conceptID)
        #expect(found == ["csto", "csto"])
    }

    @Test("an unknown xml:lang names the line")
    func unknownLanguage() {
        let xml = """
        <?xml version="1.0"?>
        <tbx type="TBX-Basic"><text><body>
        <conceptEntry id="c1">
        <langSec xml:lang="zz9"><termSec><term>x</term></termSec></langSec>
        </conceptEntry></body></text></tbx>
        """
        #expect(throws: GlossaryError.unknownLanguage(file: "t.tbx", line: 4, code: "zz9")) {
            _ = try TBXImporter.parse(Data(xml.utf8), file: "t.tbx", validLanguages: valid)
        }
    }

    @Test("an empty term is an empty variant")
    func emptyTerm() {
        let xml = "<martif type=\"TBX-Basic\"><text><body><termEntry id=\"a\">\n<langSet xml:lang=\"en\"><tig><term> </term></tig></langSet></termEntry></body></text></martif>"
        #expect(throws: GlossaryError.emptyVariant(file: "t.tbx", line: 2)) {
            _ = try TBXImporter.parse(Data(xml.utf8), file: "t.tbx", validLanguages: valid)
        }
    }

    @Test("malformed XML is an error with its line")
    func malformed() {
        let xml = "<martif type=\"TBX-Basic\">\n<text><body>\n<termEntry id=\"a\"><langSet xml:lang=\"en\"></termEntry>\n</body></text></martif>"
        do {
            _ = try TBXImporter.parse(Data(xml.utf8), file: "t.tbx", validLanguages: valid)
            Issue.record("no error")
        } catch let GlossaryError.invalidTBX(file, line, _) {
            #expect(file == "t.tbx" && line == 3)
        } catch {
            Issue.record("got \(error)")
        }
    }
}
