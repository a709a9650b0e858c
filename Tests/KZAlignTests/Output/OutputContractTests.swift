import Foundation
import Testing
@testable import KZAlign

@Suite("Output contract: determinism, atomic writes, offsets")
struct OutputContractTests {
    func seedPipeline(in directory: TemporaryDirectory, out: String = "out") throws -> Pipeline {
        let file = try directory.write("pipeline.json", """
        {"corpus": {"root": "\(TestPaths.seeds.path)"}, "output": {"dir": "\(out)"},
         "stages": [{"type": "ingest"}, {"type": "segment"}]}
        """)
        return try PipelineLoader().load(file: file)
    }

    func runAndWrite(_ pipeline: Pipeline, jobs: Int, to directory: URL) throws {
        let (result, timings) = try PipelineRunner(pipeline: pipeline, jobs: jobs).run()
        try OutputWriter().write(result, formats: pipeline.config.output.formats, timings: timings, to: directory)
    }

    @Test func outputsAreByteIdenticalAcrossRunsAndWorkerCounts() throws {
        let directory = try TemporaryDirectory()
        let pipeline = try seedPipeline(in: directory)
        let one = directory.url.appendingPathComponent("one"), two = directory.url.appendingPathComponent("two")
        try runAndWrite(pipeline, jobs: 1, to: one)
        try runAndWrite(pipeline, jobs: 4, to: two)
        for file in ["documents.jsonl", "run.json", "names.json", "concepts.json", "alignments.jsonl"] {
            let a = try Data(contentsOf: one.appendingPathComponent(file))
            let b = try Data(contentsOf: two.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between --jobs 1 and --jobs 4")
        }
    }

    @Test("Documents left incomplete (segment texts left out, canonical texts to fill) give the files of a run that completed them",
          arguments: ["pipeline.json", "Tests/Fixtures/align/multilingual/pipeline.json"])
    func documentsCompletedAsOutputsAreWritten(pipelineFile: String) throws {
        let pipeline = try PipelineLoader().load(file: TestPaths.repository.appendingPathComponent(pipelineFile))
        let (filled, filledTimings) = try PipelineRunner(pipeline: pipeline, jobs: 2).run()
        var runner = PipelineRunner(pipeline: pipeline, jobs: 2)
        runner.completesDocuments = false
        let (pending, pendingTimings) = try runner.run()
        #expect(filled.pendingCanonicalText == nil && pending.pendingCanonicalText != nil)
        #expect(pending.corpus.documents.allSatisfy { $0.segments.allSatisfy { $0.canonical == nil && $0.text.isEmpty } })
        #expect(pending.corpus.documents.allSatisfy { $0.segments.isEmpty || $0.leftOutSegmentTexts != nil })
        #expect(!pending.corpus.alignments.isEmpty, "the TMX and the report quote linked segments")
        #expect(filled.corpus.documents.contains { $0.segments.contains { $0.canonical != $0.text } }, "names replaced somewhere")
        #expect(pending.corpus.documents.map(pending.completed) == filled.corpus.documents)
        let directory = try TemporaryDirectory()
        let one = directory.url.appendingPathComponent("filled"), two = directory.url.appendingPathComponent("pending")
        let formats = OutputRegistry.standard.formatNames
        let written = try OutputWriter().write(filled, formats: formats, timings: filledTimings, to: one)
        try OutputWriter().write(pending, formats: formats, timings: pendingTimings, to: two)
        #expect(written.contains("documents.jsonl") && written.contains("index.sqlite"))
        for file in written where file != "timings.json" {
            #expect(try Data(contentsOf: one.appendingPathComponent(file)) == Data(contentsOf: two.appendingPathComponent(file)), "\(file) differs")
        }
    }

    /// timings.json carries each stage's time and, on Linux, the peak memory when it ended: a
    /// high-water mark, so it never falls from one stage to the next, and the run's peak closes it.
    @Test func timingsNameEveryStageWithItsPeakMemory() throws {
        let directory = try TemporaryDirectory()
        let pipeline = try seedPipeline(in: directory)
        try runAndWrite(pipeline, jobs: 2, to: directory.url.appendingPathComponent("out"))
        let timings = try JSONParser.parse(try directory.read("out/timings.json"))
        guard case let .array(stages)? = timings["stages"] else { Issue.record("no stages"); return }
        #expect(stages.compactMap { if case let .string(name)? = $0["name"] { name } else { nil } } == ["ingest", "segment"])
        #if os(Linux)
        let peaks = stages.compactMap { if case let .number(peak)? = $0["peakMemoryMB"] { peak } else { nil } }
        guard case let .number(run)? = timings["peakMemoryMB"] else { Issue.record("no peakMemoryMB for the run"); return }
        #expect(peaks.count == 2 && peaks[0] > 0)
        #expect(zip(peaks, peaks.dropFirst()).allSatisfy { $0 <= $1 } && peaks.last! <= run)
        #endif
    }

    @Test func documentsFollowTheContract() throws {
        let directory = try TemporaryDirectory()
        let pipeline = try seedPipeline(in: directory)
        try runAndWrite(pipeline, jobs: 2, to: directory.url.appendingPathComponent("out"))
        let lines = try directory.read("out/documents.jsonl").split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let value = try JSONParser.parse(String(line))
            guard case let .object(members) = value else { Issue.record("not an object"); continue }
            #expect(Array(members.map(\.key).prefix(3)) == ["id", "path", "sha256"])
            guard case let .string(text)? = value["text"], case let .array(segments)? = value["segments"],
                  case let .string(documentID)? = value["id"] else {
                Issue.record("text or segments missing"); continue
            }
            let scalars = Array(text.unicodeScalars)
            for segment in segments {
                guard case let .number(start)? = segment["start"], case let .number(end)? = segment["end"],
                      case let .string(id)? = segment["id"] else { Issue.record("bad segment"); continue }
                #expect(Int(start) < Int(end) && Int(end) <= scalars.count)
                #expect(id.hasPrefix(documentID + ":"))
            }
            guard case let .string(path)? = value["path"], case let .string(sha)? = value["sha256"] else { continue }
            #expect(path.hasSuffix(".txt"))
            #expect(sha.count == 64)
        }
        let manifest = try JSONParser.parse(try directory.read("out/run.json"))
        guard case let .object(counts)? = manifest["counts"] else { Issue.record("no counts"); return }
        #expect(counts.first { $0.key == "documents" }?.value == .number(5))
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func failedWriteKeepsEarlierOutputs() throws {
        let directory = try TemporaryDirectory()
        let pipeline = try seedPipeline(in: directory)
        let out = directory.url.appendingPathComponent("out")
        try runAndWrite(pipeline, jobs: 2, to: out)
        let before = try Data(contentsOf: out.appendingPathComponent("documents.jsonl"))
        let (result, timings) = try PipelineRunner(pipeline: pipeline).run()
        var changed = result
        changed.corpus.documents.removeLast()
        let failing = OutputWriter(registry: OutputRegistry([DocumentsJSONLFormat.self, FailingFormat.self]))
        #expect(throws: (any Error).self) {
            try failing.write(changed, formats: ["documents", "failing"], timings: timings, to: out)
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("documents.jsonl")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func jsonWriterEscapesAndRoundTrips() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("text", "quote \" backslash \\ newline \n tab \t bell \u{7} sep \u{2028} Қазақ 😀")
        w.field("score", 0.912345)
        w.field("count", 3.0)
        w.endObject()
        #expect(w.output.contains("\\u0007"))
        #expect(w.output.contains("\\u2028"))
        #expect(w.output.contains("\"score\":0.9123"))
        #expect(w.output.contains("\"count\":3"))
        let back = try JSONParser.parse(w.output)
        #expect(back["text"] == .string("quote \" backslash \\ newline \n tab \t bell \u{7} sep \u{2028} Қазақ 😀"))
    }
}

/// An output format that always fails, to test that failures keep earlier outputs.
struct FailingFormat: OutputFormat {
    static let formatName = "failing"
    static let fileNames = ["failing.txt"]
    init() {}
    func write(_ result: RunResult, to directory: URL) throws {
        throw CocoaError(.fileWriteOutOfSpace)
    }
}
