import Foundation
import Testing
@testable import KZAlign

@Suite("kzalign command line")
struct CommandLineTests {
    @Test func runWritesOutputsAndExitsZero() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "Tokayev asked the CSTO for help. Peacekeepers arrived.")
        try directory.write("pipeline.json", #"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        let result = try CommandResult.run(["run", "pipeline.json", "--quiet"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out/documents.jsonl").path))
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out/run.json").path))
    }

    @Test func failedInputsGiveExitCodeOne() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/good.txt", "A sentence.")
        try directory.write("corpus/feed.jsonl", "{\"id\": \"x\"}\n")
        try directory.write("pipeline.json", #"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        let result = try CommandResult.run(["run", "pipeline.json", "--out", "elsewhere", "-q"], in: directory.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("corpus/feed.jsonl:1"))
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("elsewhere/run.json").path))
    }

    @Test func validateRejectsBrokenPipelinesWithExitTwoAndTouchesNothing() throws {
        let cases: [(String, String)] = [
            (#"{"stages": [{"type": "ingest"}, {"type": "tokenize"}]}"#, "stages[1].type"),
            (#"{"stages": [{"type": "ingest", "optoins": {}}]}"#, "stages[0].optoins"),
            (#"{"stages": [{"type": "ingest"}, {"type": "segment", "options": {"maxHeadingLength": "200"}}]}"#, "stages[1].options.maxHeadingLength"),
            (#"{"stages": [{"type": "segment"}, {"type": "ingest"}]}"#, "stages[0]"),
            (#"{"corpus": {"root": "missing"}, "stages": [{"type": "ingest"}]}"#, "corpus.root"),
        ]
        for (json, path) in cases {
            let directory = try TemporaryDirectory()
            try directory.write("corpus/a.txt", "Text.")
            try directory.write("pipeline.json", json)
            for command in [["validate", "pipeline.json"], ["run", "pipeline.json"]] {
                let result = try CommandResult.run(command, in: directory.url)
                #expect(result.status == 2, "\(command) \(json)")
                #expect(result.stderr.contains(path), "expected \(path) in: \(result.stderr)")
            }
            #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out").path))
        }
    }

    @Test func configEffectiveAndVersion() throws {
        let result = try CommandResult.run(["config", "--effective", TestPaths.repository.appendingPathComponent("pipeline.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"maxHeadingLength\": 200"))
        let version = try CommandResult.run(["--version"])
        #expect(version.stdout.contains(KZAlignVersion.current))
        #expect(version.stdout.contains("ICU"))
    }

    #if os(Linux)
    /// The executable allocates with jemalloc (`Sources/CJemalloc`), with its decay setting: asked
    /// through `MALLOC_CONF` to print its statistics at exit, jemalloc names itself and its options.
    @Test func executableAllocatesWithJemalloc() throws {
        let result = try CommandResult.run(["--version"], environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("jemalloc statistics"), "the kzalign executable is not using jemalloc")
        #expect(result.stderr.contains("opt.dirty_decay_ms: 1000"))
    }
    #endif
}

@Suite("Interrupted runs")
struct InterruptedRunTests {
    /// A run killed mid-way (SIGKILL, no chance to clean up) leaves the previous outputs intact and readable.
    @Test func killedRunKeepsPreviousOutputs() throws {
        let directory = try TemporaryDirectory()
        try directory.write("pipeline.json", #"{"output": {"cache": false}, "stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        try directory.write("corpus/first.txt", "The first run wrote this. It has two sentences.")
        let first = try CommandResult.run(["run", "pipeline.json", "-q"], in: directory.url)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: directory.url.appendingPathComponent("out/documents.jsonl"))

        // A second run over a corpus large enough to be killed before it writes.
        let seeds = try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path).sorted()
        for index in 0..<3000 {
            let seed = try Data(contentsOf: TestPaths.seeds.appendingPathComponent(seeds[index % seeds.count]))
            try directory.write("corpus/bulk/\(index).txt", seed)
        }
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = ["run", "pipeline.json", "-q", "--jobs", "1"]
        process.currentDirectoryURL = directory.url
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.4)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard process.terminationReason == .uncaughtSignal else {
            Issue.record("the run finished in under 0.4 s before it could be killed; enlarge the corpus")
            return
        }
        let after = try Data(contentsOf: directory.url.appendingPathComponent("out/documents.jsonl"))
        #expect(after == before)
        #expect(try JSONParser.parse(String(decoding: after.split(separator: 0x0A)[0], as: UTF8.self))["id"] == .string("first"))
        #expect(try JSONParser.parse(try directory.read("out/run.json"))["tool"] == .string("kzalign"))
    }
}
