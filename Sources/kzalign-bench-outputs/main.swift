import Foundation
import KZAlign
import KZAlignTestSupport

// kzalign-bench-outputs bench [--documents N] [--repeats R] [--dir DIR]
//   Times each output format on a generated corpus; prints medians and the ratio
//   to the baseline: writing documents.jsonl (DocumentsJSONLFormat, the JSON output every run writes).
//   --formats sqlite,report,csv limits the formats timed; --no-baseline skips the baseline (for profiling).
// kzalign-bench-outputs fixture DIR
//   Writes every output format for the injected-markup fixture corpus into DIR.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func option(_ name: String, _ arguments: [String]) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

let arguments = Array(CommandLine.arguments.dropFirst())
let formats: [any OutputFormat.Type] = [SQLiteIndexFormat.self, HTMLReportFormat.self, NamesCSVFormat.self]

switch arguments.first {
case "fixture":
    guard arguments.count == 2 else {
        FileHandle.standardError.write(Data("usage: kzalign-bench-outputs fixture DIR\n".utf8))
        exit(2)
    }
    let directory = URL(fileURLWithPath: arguments[1], isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for format in formats { try format.init().write(OutputFixture.result(), to: directory) }
    print("wrote \(formats.flatMap { $0.fileNames }.joined(separator: ", ")) to \(directory.path)")

case "bench":
    let documents = Int(option("--documents", arguments) ?? "") ?? 10_000
    let repeats = Int(option("--repeats", arguments) ?? "") ?? 3
    let directory = URL(fileURLWithPath: option("--dir", arguments) ?? NSTemporaryDirectory() + "kzalign-bench-outputs", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var corpus: Corpus!
    let generate = seconds { corpus = SyntheticCorpus.corpus(documents: documents) }
    let result = RunResult(corpus: corpus, manifest: RunManifest(toolVersion: "bench", icuVersion: "72.1", pipelineHash: "bench"))
    let segments = corpus.documents.reduce(0) { $0 + $1.segments.count }
    let mentions = corpus.documents.reduce(0) { $0 + $1.mentions.count }
    let bytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
    print(String(format: "corpus: %d documents, %d segments, %d mentions, %d entities, %d links, %.1f MB text (generated in %.1f s)",
                 documents, segments, mentions, corpus.entities.count, corpus.alignments.count, Double(bytes) / 1e6, generate))
    let skipBaseline = arguments.contains("--no-baseline")
    let baseline = skipBaseline ? .nan : median(try (0..<repeats).map { _ in try seconds { try DocumentsJSONLFormat().write(result, to: directory) } })
    func row(_ name: String, _ time: Double, _ ratio: Double, _ megabytes: Double?) {
        let padded = name.padding(toLength: 36, withPad: " ", startingAt: 0)
        print(padded + String(format: "%9.2f %9.2f", time, ratio) + (megabytes.map { String(format: " %10.1f", $0) } ?? ""))
    }
    print("format".padding(toLength: 36, withPad: " ", startingAt: 0) + " median s     ratio    size MB")
    func size(_ name: String) -> Double {
        Double(((try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path))?[.size] as? Int) ?? 0) / 1e6
    }
    row("baseline documents documents.jsonl", baseline, 1.0, size("documents.jsonl"))
    var total = 0.0
    let only = option("--formats", arguments).map { Set($0.split(separator: ",").map(String.init)) }
    for format in formats where only?.contains(format.formatName) ?? true {
        let time = median(try (0..<repeats).map { _ in try seconds { try format.init().write(result, to: directory) } })
        total += time
        row("\(format.formatName) \(format.fileNames[0])", time, time / baseline, size(format.fileNames[0]))
    }
    row("sqlite + report + csv", total, total / baseline, nil)

default:
    FileHandle.standardError.write(Data("usage: kzalign-bench-outputs bench [--documents N] [--repeats R] [--dir DIR] [--formats a,b] | fixture DIR\n".utf8))
    exit(2)
}
