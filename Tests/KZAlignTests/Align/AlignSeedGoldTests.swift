import Foundation
import Testing
@testable import KZAlign

/// Comparable alignment scored against gold TSVs (fileA quoteA fileB quoteB strength), through a
/// pipeline file run end to end (every stage: languages, entity and concept ids, the align stage's
/// options). Scored as `scripts/eval-align.py` scores it: a link matches a gold pair when its two
/// sides overlap the two quotes (one contains the other, or they share 20 characters after
/// whitespace and quote normalisation).
@Suite("Align: gold corpora (comparable, full pipeline)")
struct AlignSeedGoldTests {
    struct Scored {
        var links: [Alignment]
        var recall: Double
        var precision: Double
        var matches: (Alignment, [String]) -> Bool
    }

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

    /// Runs `pipeline` and scores its links against `gold`.
    static func score(pipeline file: URL, gold: URL) throws -> Scored {
        try #require(FileManager.default.fileExists(atPath: gold.path), "gold not found at \(gold.path)")
        let pipeline = try PipelineLoader().load(file: file)
        let corpus = try PipelineRunner(pipeline: pipeline, jobs: 2).run().0.corpus
        var texts: [String: String] = [:]
        for document in corpus.documents { for segment in document.segments { texts[segment.id] = segment.text } }
        let rows = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }.filter { $0.count >= 5 }
        let links = corpus.alignments
        let matches: (Alignment, [String]) -> Bool = { link, g in
            let s = link.source.segments.compactMap { texts[$0] }.joined(separator: " ")
            let t = link.target.segments.compactMap { texts[$0] }.joined(separator: " ")
            return (link.source.document == g[0] && link.target.document == g[2] && overlaps(s, g[1]) && overlaps(t, g[3]))
                || (link.target.document == g[0] && link.source.document == g[2] && overlaps(t, g[1]) && overlaps(s, g[3]))
        }
        let equivalent = rows.filter { $0[4] == "equivalent" }
        let found = equivalent.filter { g in links.contains { matches($0, g) } }
        let good = links.filter { l in rows.contains { matches(l, $0) } }
        print("\(gold.lastPathComponent): \(links.count) links, recall of equivalent \(found.count)/\(equivalent.count), links matching gold \(good.count)/\(links.count)")
        return Scored(links: links, recall: Double(found.count) / Double(max(equivalent.count, 1)),
                      precision: links.isEmpty ? 0 : Double(good.count) / Double(links.count), matches: matches)
    }

    @Test("seed corpus: recall of equivalent pairs and share of links matching gold")
    func seeds() throws {
        let scored = try Self.score(pipeline: TestPaths.repository.appendingPathComponent("pipeline.json"),
                                    gold: TestPaths.gold.appendingPathComponent("alignments.tsv"))
        // Measured 2026-12-04: recall 15/16 = 0.94, 16/17 = 0.94 of links match gold (12/16 and 16/17 before
        // residual links next to their partners, below). 2026-12-03: 12/16 (11/16 and 15/16 before
        // links through a third language). 2026-12-02: recall 10/16 = 0.63, 13/15 = 0.87 (issue target 0.90 / 0.80).
        // (11/16 before infinitive stems: "the investigation determined those responsible…" was en 8's
        // first link to fr 6; with stems en 8 ↔ fr 4, also right, scores higher, and fr 6 falls short
        // of the second-link ratio.) The issue's targets: recall ≥ 0.90 with ≥ 0.80 of links matching gold.
        #expect(scored.recall >= 0.9)
        #expect(scored.precision >= 0.85)
        // The English article says in two sentences what the French one says in three, crossing: en 14
        // "The whereabouts of about 2,000 guns is still unknown, … Massimov is on trial …" is linked to
        // fr 16 (the guns); its rest lies in fr 18, next to that partner (a residual link at margin 1.4),
        // and fr 18 also holds en 15's "More information will be given …", which joins as a 2-1 bead.
        #expect(scored.links.contains { l in scored.matches(l, ["001_53500de52b8dc419", "Massimov is on trial as one of the main organisers",
                                                                 "004_99ab632297edd7c5", "Masimov était jugé comme l’un des principaux organisateurs"]) })
        #expect(scored.links.contains { l in scored.matches(l, ["001_53500de52b8dc419", "More information will be given when the trials are concluded",
                                                                 "004_99ab632297edd7c5", "des informations plus claires seraient fournies"]) })
        // Two links that grow into the same bead are written once, and no segment pair is in two links
        // (links sharing one side whose other sides overlap are one).
        let beads = scored.links.map { $0.source.segments + ["→"] + $0.target.segments }
        #expect(Set(beads).count == beads.count)
        let pairs = scored.links.flatMap { link in link.source.segments.flatMap { s in link.target.segments.map { [s, $0] } } }
        #expect(Set(pairs).count == pairs.count)
        // The issue's own examples.
        #expect(scored.links.contains { l in scored.matches(l, ["001_53500de52b8dc419", "The whereabouts of about 2,000 guns is still unknown",
                                                                 "004_99ab632297edd7c5", "L’emplacement d’environ 2 000 armes est encore inconnue"]) })
        #expect(scored.links.contains { l in scored.matches(l, ["000_3f5580583e8d3f41", "Tokayev sought assistance from the CSTO.",
                                                                 "002_9d3dbf308f13503b", "dass er an die Organisation des Vertrags über kollektive Sicherheit"]) })
    }

    /// Six short articles (en ru kk tr es ar) carrying the same four statements
    /// (Tests/Fixtures/align/multilingual/make.py): a statement said in six languages must not
    /// count as its own competition in the margin, and a different death toll is not a counterpart.
    @Test("the same statement in six languages: linked across language pairs")
    func multilingual() throws {
        let folder = TestPaths.repository.appendingPathComponent("Tests/Fixtures/align/multilingual")
        let scored = try Self.score(pipeline: folder.appendingPathComponent("pipeline.json"),
                                    gold: folder.appendingPathComponent("alignments.tsv"))
        // Measured 2026-12-03: recall 60/61 = 0.98, 60/62 = 0.97 of links match gold (57/61 and 57/59
        // before links through a third language). 2026-12-02: 56/61 = 0.92, 56/58 = 0.97 (53/61 before Kazakh
        // words were also looked up in the Russian table, 55/61 before infinitive stems: "dimitió" meets
        // "dimitir"). Kazakh has no FreeDict dictionary of its own,
        // which is most of what is still missed.
        #expect(scored.recall >= 0.95)
        #expect(scored.precision >= 0.85)
        // "Twelve police officers died" (en) is not "18 police officers died" (ru).
        #expect(!scored.links.contains { l in scored.matches(l, ["english", "Twelve police officers died in Almaty",
                                                                  "russian", "В Алматы погибли 18 сотрудников полиции"]) })
        #expect(!scored.links.contains { l in scored.matches(l, ["russian", "В Алматы погибли 18 сотрудников полиции",
                                                                  "spanish", "Doce policías murieron en Almaty"]) })
        // Kazakh "отставкаға кетті" (a Russian loanword with a dative ending) meets "resigned".
        #expect(scored.links.contains { l in scored.matches(l, ["english", "The government resigned after protests over fuel prices",
                                                                 "kazakh", "Жанармай бағасына қарсы наразылықтан кейін үкімет отставкаға кетті"]) })
        // Spanish "el 5 de enero" is a date (CLDR's "de"), as "5 января" and "January 5" are.
        #expect(scored.links.contains { l in scored.matches(l, ["english", "Kazakh President Kassym-Jomart Tokayev asked the CSTO for help on January 5",
                                                                 "spanish", "El presidente de Kazajistán, Kasim-Yomart Tokáyev, pidió ayuda a la OTSC"]) })
        // Kazakh, which no dictionary serves, reaches Spanish although on its own the pair's margin is
        // 1.6, under the threshold: it lies between two links of the two articles, which list the
        // statements in the same order (gapLinks); without those, through a segment linked to both
        // (transitiveLinks; `multilingualWithoutLowerMarginLinks`).
        let kazakhSpanish = try #require(scored.links.first { scored.matches($0, Self.masimovKazakhSpanish) })
        #expect(kazakhSpanish.score < AlignStage.Options().threshold)
        // A link made through a segment: both of its sides are linked to that segment.
        for link in scored.links {
            guard let via = link.evidence.via else { continue }
            for side in [link.source, link.target] {
                #expect(scored.links.contains { other in
                    (other.source.segments.contains(via) && other.target.segments.contains(side.segments[0]))
                        || (other.target.segments.contains(via) && other.source.segments.contains(side.segments[0]))
                }, "\(side.segments[0]) is not linked to \(via)")
            }
        }
    }

    static let masimovKazakhSpanish = ["kazakh", "Бұрынғы ҰҚК төрағасы Кәрім Мәсімов", "spanish", "El exjefe de seguridad Karim Masímov fue detenido"]

    /// The multilingual fixture run with `options` added to its align stage.
    static func scoreMultilingual(options: String) throws -> Scored {
        let folder = TestPaths.repository.appendingPathComponent("Tests/Fixtures/align/multilingual")
        let directory = try TemporaryDirectory()
        // the fixture's pipeline, its relative paths made absolute
        let json = try String(contentsOf: folder.appendingPathComponent("pipeline.json"), encoding: .utf8)
            .replacingOccurrences(of: #""root": "corpus""#, with: #""root": "\#(folder.path)/corpus""#)
            .replacingOccurrences(of: "../../../../glossaries", with: TestPaths.repository.appendingPathComponent("glossaries").path)
            .replacingOccurrences(of: #"{"type": "align"}"#,
                                  with: #"{"type": "align", "options": {\#(options), "cacheFolder": "\#(folder.path)/.cache/kzalign"}}"#)
        let file = try directory.write("pipeline.json", json)
        return try Self.score(pipeline: file, gold: folder.appendingPathComponent("alignments.tsv"))
    }

    @Test("without gap links, Kazakh reaches Spanish through a third language; without either, only pairs past the threshold link")
    func multilingualWithoutLowerMarginLinks() throws {
        let noGaps = try Self.scoreMultilingual(options: #""gapLinks": false"#)
        let through = try #require(noGaps.links.first { noGaps.matches($0, Self.masimovKazakhSpanish) })
        #expect(through.evidence.via != nil)
        let neither = try Self.scoreMultilingual(options: #""gapLinks": false, "transitiveLinks": false"#)
        #expect(!neither.links.contains { $0.evidence.via != nil })
        #expect(!neither.links.contains { neither.matches($0, Self.masimovKazakhSpanish) })
        #expect(!neither.links.contains { $0.score < AlignStage.Options().threshold })
        #expect(neither.recall >= 0.85)
    }
}
