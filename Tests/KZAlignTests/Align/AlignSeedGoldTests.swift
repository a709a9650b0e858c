import Foundation
import Testing
@testable import KZAlign

/// Comparable alignment of the seed corpus against `../shared/gold/seeds/alignments.tsv`, through
/// the repository's own `pipeline.json` (every stage: languages, entity and concept ids, the
/// align stage's defaults). Scored as `scripts/eval-align.py` scores it: a link matches a gold
/// pair when its two sides overlap the two quotes (one contains the other, or they share 20
/// characters after whitespace and quote normalisation).
@Suite("Align: seed gold (comparable, full pipeline)")
struct AlignSeedGoldTests {
    static let gold = TestPaths.gold.appendingPathComponent("alignments.tsv")

    static func normalise(_ s: String) -> String {
        s.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func overlaps(_ segment: String, _ quote: String) -> Bool {
        let a = normalise(segment), b = normalise(quote)
        if a.contains(b) || b.contains(a) { return true }
        let chars = Array(b)
        guard chars.count >= 20 else { return false }
        for start in 0...(chars.count - 20) where a.contains(String(chars[start..<start + 20])) { return true }
        return false
    }

    @Test("recall of equivalent pairs and share of links matching gold")
    func seeds() throws {
        try #require(FileManager.default.fileExists(atPath: Self.gold.path), "seed gold not found at \(Self.gold.path)")
        let pipeline = try PipelineLoader().load(file: TestPaths.repository.appendingPathComponent("pipeline.json"))
        let corpus = try PipelineRunner(pipeline: pipeline, jobs: 2).run().0.corpus
        var texts: [String: String] = [:]
        for document in corpus.documents { for segment in document.segments { texts[segment.id] = segment.text } }
        let gold = try String(contentsOf: Self.gold, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }.filter { $0.count >= 5 }
        let links = corpus.alignments
        func matches(_ link: Alignment, _ g: [String]) -> Bool {
            let s = link.source.segments.compactMap { texts[$0] }.joined(separator: " ")
            let t = link.target.segments.compactMap { texts[$0] }.joined(separator: " ")
            return (link.source.document == g[0] && link.target.document == g[2] && Self.overlaps(s, g[1]) && Self.overlaps(t, g[3]))
                || (link.target.document == g[0] && link.source.document == g[2] && Self.overlaps(t, g[1]) && Self.overlaps(s, g[3]))
        }
        let equivalent = gold.filter { $0[4] == "equivalent" }
        let found = equivalent.filter { g in links.contains { matches($0, g) } }
        let good = links.filter { l in gold.contains { matches(l, $0) } }
        let recall = Double(found.count) / Double(equivalent.count)
        let precision = links.isEmpty ? 0 : Double(good.count) / Double(links.count)
        print("seed gold: \(links.count) links, recall of equivalent \(found.count)/\(equivalent.count), links matching gold \(good.count)/\(links.count)")
        // Measured 2026-11-22: recall 11/16 = 0.69, 12/13 = 0.92 of links match gold (issue target 0.90 / 0.80).
        // These bars guard against regressions; the recall target is not met.
        #expect(recall >= 0.6)
        #expect(precision >= 0.8)
        // The issue's own examples.
        #expect(links.contains { l in matches(l, ["001_53500de52b8dc419", "The whereabouts of about 2,000 guns is still unknown",
                                                   "004_99ab632297edd7c5", "L’emplacement d’environ 2 000 armes est encore inconnue"]) })
        #expect(links.contains { l in matches(l, ["000_3f5580583e8d3f41", "Tokayev sought assistance from the CSTO.",
                                                   "002_9d3dbf308f13503b", "dass er an die Organisation des Vertrags über kollektive Sicherheit"]) })
    }
}
