import Foundation
import Testing
@testable import KZAlign

@Suite("Map and reduce over summaries")
struct MapReduceTests {
    /// The default pipeline (every stage) on the sample corpus.
    func seedPipeline(_ directory: TemporaryDirectory) throws -> Pipeline {
        try PipelineLoader().load(file: TestPaths.repository.appendingPathComponent("pipeline.json"))
    }

    func write(_ result: RunResult, _ timings: RunTimings, _ pipeline: Pipeline, to url: URL) throws {
        try OutputWriter().write(result, formats: pipeline.config.output.formats, timings: timings, to: url)
    }

    @Test func mapAndReduceInPartitionsEqualsRun() throws {
        let directory = try TemporaryDirectory()
        let pipeline = try seedPipeline(directory)
        let runner = PipelineRunner(pipeline: pipeline, jobs: 2)
        let (runResult, runTimings) = try runner.run()
        try write(runResult, runTimings, pipeline, to: directory.url.appendingPathComponent("run"))

        // Two partitions, in reverse order, through the text encoding and back.
        let files = runner.corpusFiles()
        let partitions = [Array(files.suffix(2)), Array(files.prefix(files.count - 2))]
        var lines: [String] = []
        for partition in partitions {
            lines += try runner.map(files: partition).summaries.map { SummaryCodec.encode($0, pipelineHash: pipeline.hash) }
        }
        let decoded = try lines.enumerated().map { try SummaryCodec.decode($1, pipelineHash: pipeline.hash, file: "part", lineNumber: $0 + 1) }
        let (reduced, reduceTimings) = try runner.reduce(decoded)
        try write(reduced, reduceTimings, pipeline, to: directory.url.appendingPathComponent("reduce"))
        for file in ["documents.jsonl", "run.json", "names.json", "concepts.json", "alignments.jsonl"] {
            let a = try Data(contentsOf: directory.url.appendingPathComponent("run/\(file)"))
            let b = try Data(contentsOf: directory.url.appendingPathComponent("reduce/\(file)"))
            #expect(a == b, "\(file) differs between run and map+reduce")
        }
    }

    @Test func summariesRoundTripEveryField() throws {
        let document = Document.everyFieldSample()
        let summary = DocumentSummary(order: SummaryOrder(file: "d.jsonl", line: 2),
                                      input: .init(path: "corpus/d.jsonl:3", document: document.id, status: .ok, messages: ["m"], encoding: "UTF-8"),
                                      document: document)
        let line = SummaryCodec.encode(summary, pipelineHash: "h")
        #expect(try SummaryCodec.decode(line, pipelineHash: "h", file: "f", lineNumber: 1) == summary)
    }

    @Test func foreignOrTruncatedSummariesAreRejected() throws {
        let summary = DocumentSummary(order: SummaryOrder(file: "a", line: 0),
                                      input: .init(path: "a", document: nil, status: .skipped, messages: ["empty file"]), document: nil)
        let line = SummaryCodec.encode(summary, pipelineHash: "h1")
        #expect(throws: SummaryError.self) { try SummaryCodec.decode(line, pipelineHash: "h2", file: "f", lineNumber: 4) }
        do {
            _ = try SummaryCodec.decode(String(line.prefix(line.count / 2)), pipelineHash: "h1", file: "part-0001", lineNumber: 7)
            Issue.record("a truncated line was accepted")
        } catch let error as SummaryError {
            #expect("\(error)".hasPrefix("part-0001:7:"))
        }
        let directory = try TemporaryDirectory()
        let file = try directory.write("s.jsonl", line + "\n" + String(line.prefix(20)))
        #expect(throws: SummaryError.self) { try SummaryReader.read([file], pipelineHash: "h1") }
    }

    @Test func mapCommandReadsFileReferencesAndInlineDocuments() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "Tokayev asked the CSTO for help.")
        try directory.write("pipeline.json", #"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        let input = """
        {"file": "a.txt"}
        {"id": "inline-1", "text": "Токаев обратился к ОДКБ.", "language": "ru"}
        not json
        """
        let mapped = try CommandResult.run(["map", "pipeline.json"], stdin: input + "\n", in: directory.url)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let lines = mapped.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        try directory.write("part.jsonl", mapped.stdout)
        let reduced = try CommandResult.run(["reduce", "pipeline.json", "part.jsonl", "--out", "out"], in: directory.url)
        #expect(reduced.status == 1) // the bad stdin line is an error input
        let documents = try directory.read("out/documents.jsonl").split(separator: "\n")
        #expect(documents.count == 2)
        let other = try directory.write("other.json", #"{"stages": [{"type": "ingest"}]}"#)
        let foreign = try CommandResult.run(["reduce", other.path, "part.jsonl", "--out", "out2"], in: directory.url)
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("part.jsonl:1"))
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out2").path))
    }
}
