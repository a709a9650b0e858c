import Foundation
@testable import KZAlign

/// Scores names-stage output against a gold `names.tsv` (file, surface, entity, type)
/// by mention: a gold row is found when a mention of that document has that surface
/// (or contains it on word boundaries); grouping is scored with B-cubed
/// (Bagga & Baldwin 1998) over the gold rows, an unfound row being its own cluster.
struct NamesGoldScorer {
    struct GoldRow: Hashable { var file: String; var surface: String; var entity: String }
    struct Result {
        var recall: Double
        var precision: Double
        var bcubedRecall: Double
        var f1: Double
        var missing: [GoldRow]
        /// Pairs of gold rows of different gold entities given one predicted entity.
        var falseMerges: [(GoldRow, GoldRow)]
        /// Gold entities whose rows were given more than one predicted entity.
        var splits: [String: [String]] = [:]
        var report: String {
            var lines = [String(format: "mention recall %.3f  B-cubed P %.3f R %.3f F1 %.3f", recall, precision, bcubedRecall, f1)]
            lines += missing.map { "missing: \($0.file)\t\($0.surface)" }
            lines += splits.sorted { $0.key < $1.key }.map { "split: \($0.key) → \($0.value.joined(separator: ", "))" }
            lines += falseMerges.map { "false merge: \($0.0.surface) (\($0.0.entity)) ~ \($0.1.surface) (\($0.1.entity))" }
            return lines.joined(separator: "\n")
        }
    }

    static func gold(_ path: String) throws -> [GoldRow] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t").map(String.init)
            return f.count >= 3 ? GoldRow(file: f[0], surface: f[1], entity: f[2]) : nil
        }
    }

    static func score(gold: [GoldRow], documents: [Document]) -> Result {
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        var predicted: [GoldRow: String] = [:]
        var missing: [GoldRow] = []
        for row in gold {
            let mentions = byID[row.file]?.mentions ?? []
            let wanted = NameKeyer.clean(row.surface)
            if let exact = mentions.first(where: { NameKeyer.clean($0.surface) == wanted }) {
                predicted[row] = exact.entity
            } else if let containing = mentions.first(where: { containsWords(NameKeyer.clean($0.surface), wanted) }) {
                predicted[row] = containing.entity
            } else {
                missing.append(row)
            }
        }
        var precision = 0.0, recall = 0.0
        var falseMerges: [(GoldRow, GoldRow)] = []
        for (i, row) in gold.enumerated() {
            let goldCluster = gold.filter { $0.entity == row.entity }
            let predictedCluster: [GoldRow] = predicted[row].map { p in gold.filter { predicted[$0] == p } } ?? [row]
            let overlap = Double(predictedCluster.filter { $0.entity == row.entity }.count)
            precision += overlap / Double(predictedCluster.count)
            recall += overlap / Double(goldCluster.count)
            for other in predictedCluster where other.entity != row.entity && gold.firstIndex(of: other)! > i {
                falseMerges.append((row, other))
            }
        }
        var splits: [String: [String]] = [:]
        for entity in Set(gold.map(\.entity)) {
            let rows = gold.filter { $0.entity == entity }
            let ids = Set(rows.compactMap { predicted[$0] })
            if ids.count > 1 {
                splits[entity] = rows.map { "\($0.surface)=\(predicted[$0] ?? "-")" }
            }
        }
        let n = Double(gold.count)
        let p = precision / n, r = recall / n
        return Result(recall: Double(gold.count - missing.count) / n, precision: p, bcubedRecall: r,
                      f1: p + r == 0 ? 0 : 2 * p * r / (p + r), missing: missing, falseMerges: falseMerges, splits: splits)
    }

    static func containsWords(_ text: String, _ part: String) -> Bool {
        guard let range = text.range(of: part) else { return false }
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
    }
}

/// The seed articles segmented simply (one segment per non-empty line) with a
/// stop-word language guess, until the pipeline's ingest/segment/detect stages are used here.
enum SeedCorpus {
    static let folder = "/work/shared/seeds"

    static func documents(folder: String = folder) throws -> [Document] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { file in
            let text = Normalizer.normalize(try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8), .nfc)
            var document = Document(id: String(file.dropLast(4)), path: "corpus/\(file)", sha256: "", text: text)
            document.language = guessLanguage(text)
            document.segments = segments(of: text, documentID: document.id, language: document.language)
            return document
        }
    }

    static func segments(of text: String, documentID: String, language: String?) -> [Segment] {
        var result: [Segment] = []
        var start = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                var segment = Segment(id: "\(documentID):\(result.count)", start: start, end: start + length, kind: .sentence, text: String(line))
                segment.language = language
                result.append(segment)
            }
            start += length + 1
        }
        return result
    }

    static func guessLanguage(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        let markers: [String: Set<Substring>] = ["en": ["the", "and", "of", "was"], "de": ["der", "die", "und", "das"],
                                                  "fr": ["le", "la", "les", "des", "et"], "ru": ["и", "в", "не", "на"]]
        return markers.max { a, b in words.filter(a.value.contains).count < words.filter(b.value.contains).count }!.key
    }

    /// Runs the names stage (map and reduce) over `documents`.
    /// The names stage's map and reduce over `documents`; with `leavingOutSegmentTexts`, the
    /// reduce sees the documents as `kzalign run` holds them (`Document.leaveOutSegmentTexts()`).
    static func runNames(_ documents: [Document], options: NamesStage.Options = .init(), leavingOutSegmentTexts: Bool = false) throws -> Corpus {
        let context = StageContext(baseDirectory: URL(fileURLWithPath: repositoryRoot), jsonPath: "stages[0]")
        let stage = try NamesStage(options: options, context: context)
        let processor = try stage.makeProcessor()
        var corpus = Corpus(documents: documents)
        for i in corpus.documents.indices {
            try processor.process(&corpus.documents[i])
            if leavingOutSegmentTexts { corpus.documents[i].leaveOutSegmentTexts() }
        }
        try stage.reduce(&corpus)
        return corpus
    }

    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }
}
