import Foundation
import Testing
@testable import KZAlign

/// Comparable mode on the gettext German–French test set (real translations, one message per
/// line, gold beads in `gold.txt`): two documents that translate each other.
@Suite("Align: links between links of documents in step")
struct GapLinksTests {
    struct TranslatedPair {
        var german: [String]
        var french: [String]
        /// Gold beads as (German lines, French lines).
        var beads: [(Set<Int>, Set<Int>)]

        init() throws {
            let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/align/gettext-de-fr-test")
            func lines(_ name: String) throws -> [String] {
                try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
            }
            german = try lines("de.txt")
            french = try lines("fr.txt")
            beads = try lines("gold.txt").map { line in
                let sides = line.split(separator: ":", omittingEmptySubsequences: false).map { side in
                    Set(side.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) })
                }
                return (sides[0], sides[1])
            }
        }

        /// The two sides as documents "de" and "fr", the French lines in `order`.
        func inputs(frenchOrder order: [Int]) -> [AlignInput] {
            german.enumerated().map { AlignInput(document: "de", segment: "de:\($0)", language: "de", text: $1) }
                + order.map { AlignInput(document: "fr", segment: "fr:\($0)", language: "fr", text: french[$0]) }
        }

        /// Whether some German and some French line of `link` form a gold bead.
        func isCorrect(_ link: Alignment) -> Bool {
            func lines(_ side: Alignment.Side) -> Set<Int> { Set(side.segments.compactMap { Int($0.split(separator: ":")[1]) }) }
            let (de, fr) = link.source.document == "de" ? (lines(link.source), lines(link.target)) : (lines(link.target), lines(link.source))
            return beads.contains { !$0.0.isDisjoint(with: de) && !$0.1.isDisjoint(with: fr) }
        }
    }

    @Test("translations in step gain correct links between their links; shuffled, they gain none")
    func translationsGainLinksInStep() throws {
        let lexicon = try TranslationLexicon.load(languages: ["de", "fr"], only: ["deu-fra", "fra-deu", "fra-eng", "eng-fra"],
                                                  cacheFolder: URL(fileURLWithPath: ".cache/kzalign"))
        func aligner(gapLinks: Bool) -> ComparableAligner {
            var configuration = ComparableAligner.Configuration()
            configuration.gapLinks = gapLinks
            return ComparableAligner(configuration: configuration, lexicon: lexicon)
        }
        let pair = try TranslatedPair()
        let inOrder = pair.inputs(frenchOrder: Array(pair.french.indices))
        let without = aligner(gapLinks: false).align(inOrder)
        let with = aligner(gapLinks: true).align(inOrder)
        let added = with.filter { link in !without.contains { $0.source == link.source && $0.target == link.target } }
        let correct = added.filter(pair.isCorrect).count
        print("gettext de–fr test in comparable mode: \(without.count) links without gap links, \(added.count) more with them, \(correct) right")
        #expect(added.count >= without.count / 4, "\(added.count) gap links beside \(without.count)")
        // measured: 42 of 45 beside 103 links (the wrong three: neighbouring near-identical messages)
        #expect(Double(correct) >= 0.9 * Double(added.count), "\(correct) of \(added.count) gap links correct")
        // each gap link has a margin below the threshold: it passed only through its brackets
        let threshold = ComparableAligner.Configuration().threshold
        #expect(added.allSatisfy { $0.score >= ComparableAligner.gapMinMargin && $0.score < threshold })

        // the same French lines out of order: no pair lies between two links in both documents
        let shuffled = pair.french.indices.map { ($0 * 389) % pair.french.count }
        #expect(Set(shuffled).count == pair.french.count)
        let scattered = pair.inputs(frenchOrder: shuffled)
        let scatteredWithout = aligner(gapLinks: false).align(scattered)
        let scatteredWith = aligner(gapLinks: true).align(scattered)
        #expect(scatteredWith.count == scatteredWithout.count, "\(scatteredWith.count - scatteredWithout.count) gap links out of order")
        #expect(scatteredWithout.count >= without.count / 2)
    }
}
