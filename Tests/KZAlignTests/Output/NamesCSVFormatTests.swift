import Foundation
import Testing
@testable import KZAlign
import KZAlignTestSupport

@Suite("names.csv")
struct NamesCSVFormatTests {
    @Test func parsesBackWithQuotesCommasAndNewlines() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try NamesCSVFormat().write(OutputFixture.result(), to: directory)
        let data = try Data(contentsOf: directory.appendingPathComponent("names.csv"))
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.hasPrefix("\u{FEFF}"), "no byte-order mark")
        let rows = parseCSV(text)
        #expect(rows.first == NamesCSVFormat.header)
        #expect(rows.dropFirst().allSatisfy { $0.count == NamesCSVFormat.header.count })
        // The awkward variant and canonical survive quoting intact.
        let amanat = rows.filter { $0[0] == "amanat" }
        #expect(amanat.contains { $0[3] == OutputFixture.awkwardVariant && $0[4] == "ru" && $0[5] == "Cyrl" && $0[6] == "1" })
        #expect(amanat.allSatisfy { $0[1] == "Amanat, \"party\"" && $0[2] == "org" })
        #expect(text.contains("\r\n"), "RFC 4180 line ends")
    }

    @Test func oneRowPerVariantAndLanguageWithScripts() throws {
        let rows = parseCSV(NamesCSVFormat().csv(for: OutputFixture.corpus())).dropFirst()
        let masimov = rows.filter { $0[0] == "karim-masimov" }.map { [$0[3], $0[4], $0[5], $0[6]] }
        #expect(masimov == [["Karim Massimov", "en", "Latn", "1"], ["Мәсімов", "kk", "Cyrl", "1"], ["Карим Масимов", "ru", "Cyrl", "1"]])
        // Counts add up to the mentions of each entity.
        let mentions = OutputFixture.corpus().documents.flatMap(\.mentions)
        for entity in Set(rows.map { $0[0] }) {
            let total = rows.filter { $0[0] == entity }.reduce(0) { $0 + Int($1[6])! }
            #expect(total == mentions.filter { $0.entity == entity }.count, "\(entity)")
        }
    }

    @Test func mixedScriptSpellingNamesBothScripts() {
        var corpus = Corpus(documents: [])
        // "Масимов" with a Latin "o": a confusable spelling a spreadsheet user should see.
        corpus.entities = [Entity(id: "x", canonical: "X", type: "person", origin: "discovered",
                                  variants: [.init(form: "Масимoв", latin: "", key: "", languages: ["ru", "kk"], documents: [], count: 4)])]
        let rows = parseCSV(NamesCSVFormat().csv(for: corpus)).dropFirst()
        #expect(Array(rows) == [["x", "X", "person", "Масимoв", "kk ru", "Cyrl+Latn", "4"]])
    }

    @Test func sameCorpusGivesSameBytes() {
        #expect(NamesCSVFormat().csv(for: OutputFixture.corpus()) == NamesCSVFormat().csv(for: OutputFixture.corpus()))
    }
}
