import Foundation
import Testing
@testable import KZAlign

/// Comparable alignment of the seed corpus against /work/shared/gold/seeds/alignments.tsv, with
/// the repository's own segmenter. Until the detect-language stage lands, each document's
/// language is guessed here from a handful of function words (test scaffolding only), and no
/// entity or concept ids are available, so this measures the lexical + number/date + cognate
/// part alone. `scripts/eval-align.sh` measures the full pipeline.
@Suite("Align: seed gold (comparable)")
struct AlignSeedGoldTests {
    static let seeds = URL(fileURLWithPath: "/work/shared/seeds")
    static let gold = URL(fileURLWithPath: "/work/shared/gold/seeds/alignments.tsv")

    static func guessLanguage(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let cues: [String: Set<String>] = ["en": ["the", "and", "of", "was", "were"], "de": ["der", "die", "und", "das", "nicht"],
                                           "fr": ["les", "des", "et", "est", "une"]]
        func votes(_ cue: Set<String>) -> Int { words.filter { cue.contains($0) }.count }
        return cues.max { a, b in votes(a.value) < votes(b.value) }!.key
    }

    static func normalise(_ s: String) -> String {
        s.replacingOccurrences(of: "’", with: "'").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A segment overlaps a quote when one contains the other or they share 20 characters.
    static func overlaps(_ segment: String, _ quote: String) -> Bool {
        let a = normalise(segment), b = normalise(quote)
        if a.contains(b) || b.contains(a) { return true }
        let chars = Array(b)
        guard chars.count >= 20 else { return false }
        for start in stride(from: 0, through: chars.count - 20, by: 5) where a.contains(String(chars[start..<start + 20])) { return true }
        return false
    }

    static func metrics(_ links: [Alignment], _ texts: [String: String]) -> String {
        guard let gold = try? String(contentsOf: Self.gold, encoding: .utf8).split(separator: "\n").dropFirst()
            .map({ $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }).filter({ $0.count >= 5 }) else { return "" }
        func matches(_ link: Alignment, _ g: [String]) -> Bool {
            let s = link.source.segments.compactMap { texts[$0] }.joined(separator: " ")
            let t = link.target.segments.compactMap { texts[$0] }.joined(separator: " ")
            return (link.source.document == g[0] && link.target.document == g[2] && Self.overlaps(s, g[1]) && Self.overlaps(t, g[3]))
                || (link.target.document == g[0] && link.source.document == g[2] && Self.overlaps(t, g[1]) && Self.overlaps(s, g[3]))
        }
        let equivalent = gold.filter { $0[4] == "equivalent" }
        let found = equivalent.filter { g in links.contains { matches($0, g) } }
        let good = links.filter { l in gold.contains { matches(l, $0) } }
        return "recall \(found.count)/\(equivalent.count) matching \(good.count)/\(links.count)"
    }

    @Test("recall of equivalent pairs and share of links matching gold")
    func seeds() throws {
        try #require(FileManager.default.fileExists(atPath: Self.gold.path), "seed gold not found at \(Self.gold.path)")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var inputs: [AlignInput] = []
        var texts: [String: String] = [:]
        let segmenter = SentenceSegmenter()
        for file in files {
            let text = try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
            let id = String(file.dropLast(4)), language = Self.guessLanguage(text)
            let scalars = Array(text.unicodeScalars)
            for (i, span) in try segmenter.segment(text, language: language).enumerated() {
                var view = String.UnicodeScalarView(); view.append(contentsOf: scalars[span.start..<span.end])
                let segment = String(view)
                inputs.append(AlignInput(document: id, segment: "\(id):\(i)", language: language, text: segment))
                texts["\(id):\(i)"] = segment
            }
        }
        let lexicon = try TranslationLexicon.load(languages: ["en", "de", "fr"], cacheFolder: URL(fileURLWithPath: ".cache/kzalign"))
        if ProcessInfo.processInfo.environment["KZ_ALIGN_SWEEP"] != nil {
            for threshold in [1.0, 1.1, 1.2, 1.3] {
                for k in [2, 4, 8] {
                    for floor in [0.02, 0.05, 0.1] {
                        var c = ComparableAligner.Configuration(); c.threshold = threshold; c.marginK = k; c.neighbourFloor = floor
                        let l = ComparableAligner(configuration: c, lexicon: lexicon).align(inputs)
                        print("SWEEP threshold \(threshold) k \(k) floor \(floor) links \(l.count) " + Self.metrics(l, texts))
                    }
                }
            }
        }
        let links = ComparableAligner(lexicon: lexicon).align(inputs)
        let gold = try String(contentsOf: Self.gold, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }.filter { $0.count >= 5 }
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
        print("seed gold: \(links.count) links, recall of equivalent \(found.count)/\(equivalent.count) = \(recall), links matching gold \(good.count)/\(links.count) = \(precision)")
        for g in equivalent where !found.contains(g) { print("MISSED \(g[0]) \(g[1].prefix(60)) <-> \(g[2]) \(g[3].prefix(60))") }
        for l in links where !good.contains(l) {
            print("EXTRA \(l.score) \(l.source.segments.compactMap { texts[$0] }.joined().prefix(70)) <-> \(l.target.segments.compactMap { texts[$0] }.joined().prefix(70))")
        }
        // Measured without names/glossary ids: recall 8/16, 12/19 links matching (issue target: 0.90 / 0.80).
        // These bars guard against regressions; they are not the target.
        #expect(recall >= 0.45)
        #expect(precision >= 0.55)
    }
}
