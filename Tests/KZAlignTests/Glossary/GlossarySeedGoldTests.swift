import Foundation
import Testing
@testable import KZAlign

/// The org rows of the seed gold (`/work/shared/gold/seeds/names.tsv`) whose
/// entity is a glossary concept: every occurrence of the gold surface in the
/// seed text must come out as a term of that concept, at the right offsets.
@Suite("Glossary against the seed gold")
struct GlossarySeedGoldTests {
    struct GoldRow: Hashable { let file: String, surface: String, concept: String }

    static let glossaryConcepts: Set<String> = ["csto", "knb", "mazhilis"]

    func goldRows() throws -> [GoldRow] {
        let text = try String(contentsOf: GlossaryTestSupport.gold, encoding: .utf8)
        return Set(text.split(separator: "\n").dropFirst().compactMap { line -> GoldRow? in
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count >= 4, cells[3] == "org", Self.glossaryConcepts.contains(cells[2]) else { return nil }
            return GoldRow(file: cells[0], surface: cells[1], concept: cells[2])
        }).sorted { ($0.file, $0.surface) < ($1.file, $1.surface) }
    }

    /// Scalar offsets of `surface` in `text` where it stands on word boundaries.
    func occurrences(of surface: String, in text: String) -> [Int] {
        let t = Array(text.unicodeScalars), s = Array(surface.unicodeScalars)
        var result: [Int] = []
        guard t.count >= s.count else { return [] }
        for i in 0...(t.count - s.count) where Array(t[i..<(i + s.count)]) == s {
            let before = i == 0 || !(t[i - 1].properties.isAlphabetic || t[i - 1].properties.numericType != nil)
            let j = i + s.count
            let after = j == t.count || !(t[j].properties.isAlphabetic || t[j].properties.numericType != nil)
            if before && after { result.append(i) }
        }
        return result
    }

    @Test("the gold lists the glossary's seed organisations")
    func goldIsRead() throws {
        let concepts = Set(try goldRows().map(\.concept))
        #expect(concepts == Self.glossaryConcepts)
    }

    @Test("every seed mention of the CSTO, the KNB and the Majilis is mapped, with offsets that slice the surface")
    func seedMentions() throws {
        let stage = try GlossaryTestSupport.stage()
        let processor = try stage.makeProcessor()
        for row in try goldRows() {
            let url = GlossaryTestSupport.seeds.appendingPathComponent(row.file + ".txt")
            let text = try String(contentsOf: url, encoding: .utf8)
            var document = GlossaryTestSupport.document(id: row.file, text: text, language: "und")
            try processor.process(&document)
            let expected = occurrences(of: row.surface, in: text)
            #expect(!expected.isEmpty, "\(row.surface) not in \(row.file)")
            let scalars = Array(text.unicodeScalars)
            for start in expected {
                let term = document.terms.first { $0.start == start }
                #expect(term?.concept == row.concept, "\(row.file) @\(start) \(row.surface): \(String(describing: term))")
                #expect(term?.surface == row.surface)
                if let term {
                    #expect(TermTokenizer.string(scalars, term.start..<term.end) == term.surface)
                    let segment = document.segments.first { $0.id == term.segment }
                    #expect(segment.map { $0.start <= term.start && term.end <= $0.end } == true,
                            "segment \(term.segment) does not contain \(term)")
                }
            }
        }
    }

    @Test("no term inside the seed URLs")
    func seedURLs() throws {
        let processor = try GlossaryTestSupport.stage().makeProcessor()
        let id = "002_9d3dbf308f13503b"
        let text = try String(contentsOf: GlossaryTestSupport.seeds.appendingPathComponent(id + ".txt"), encoding: .utf8)
        var document = GlossaryTestSupport.document(id: id, text: text, language: "de")
        try processor.process(&document)
        let scalars = Array(text.unicodeScalars)
        let urls = URLMask.ranges(in: scalars)
        #expect(urls.count >= 4)
        for term in document.terms {
            #expect(!urls.contains { $0.overlaps(term.start..<term.end) }, "\(term) inside a URL")
        }
        #expect(document.terms.contains { $0.concept == "kazakhstan" && $0.surface == "Kasachstan" })
    }
}
