import Foundation
import Testing
@testable import KZAlign

@Suite("Incremental runs with the summary cache")
struct SummaryCacheTests {
    func setUp(stages: String = #"[{"type": "ingest"}, {"type": "segment"}]"#) throws -> (TemporaryDirectory, Pipeline) {
        let directory = try TemporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds.path) {
            try directory.write("corpus/\(file)", try Data(contentsOf: TestPaths.seeds.appendingPathComponent(file)))
        }
        let pipeline = try PipelineLoader().load(file: try directory.write("pipeline.json",
            #"{"stages": "# + stages + "}"))
        return (directory, pipeline)
    }

    /// Also as `kzalign run` does it, with documents left incomplete through the reduce: the cache
    /// is then written from documents whose segment texts are left out, and read back that way.
    @Test(arguments: [true, false])
    func rerunMapsOnlyNewInputsAndGivesTheSameOutputs(completesDocuments: Bool) throws {
        // Latin forms too: most of them are their segment's text
        let (directory, pipeline) = try setUp(stages: #"[{"type": "ingest"}, {"type": "segment"}, {"type": "detect-language"}, {"type": "transliterate"}]"#)
        let cache = SummaryCache(directory: directory.url.appendingPathComponent("cache"), pipelineHash: pipeline.hash)
        var runner = PipelineRunner(pipeline: pipeline, jobs: 2)
        runner.completesDocuments = completesDocuments
        let first = try runner.run(cache: cache)
        #expect(first.2 == .init(hits: 0, misses: 5))
        try directory.write("corpus/new.txt", "A new article about Almaty.")
        let (loaded, _) = runner.cachedSummaries(runner.corpusFiles(), cache: cache)
        #expect(loaded.count == 5 && loaded.allSatisfy { ($0.document?.leftOutSegmentTexts == nil) == completesDocuments })
        let second = try runner.run(cache: cache)
        #expect(second.2 == .init(hits: 5, misses: 1))
        let uncached = try PipelineRunner(pipeline: pipeline, jobs: 2).run()
        try OutputWriter().write(second.0, formats: ["documents"], timings: second.1, to: directory.url.appendingPathComponent("a"))
        try OutputWriter().write(uncached.0, formats: ["documents"], timings: uncached.1, to: directory.url.appendingPathComponent("b"))
        for file in ["documents.jsonl", "run.json"] {
            #expect(try Data(contentsOf: directory.url.appendingPathComponent("a/\(file)"))
                    == Data(contentsOf: directory.url.appendingPathComponent("b/\(file)")))
        }
    }

    @Test func corruptEntriesAreRecomputed() throws {
        let (directory, pipeline) = try setUp()
        let cacheURL = directory.url.appendingPathComponent("cache")
        let cache = SummaryCache(directory: cacheURL, pipelineHash: pipeline.hash)
        let runner = PipelineRunner(pipeline: pipeline, jobs: 1)
        _ = try runner.run(cache: cache)
        let entries = FileManager.default.enumerator(at: cacheURL, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "jsonl" }
        #expect(entries.count == 5)
        let victim = entries.sorted { $0.path < $1.path }[0]
        let text = try String(contentsOf: victim, encoding: .utf8)
        try Data(text.prefix(text.count / 2).utf8).write(to: victim)
        let again = try runner.run(cache: cache)
        #expect(again.2 == .init(hits: 4, misses: 1))
        #expect(again.0.corpus.documents.count == 5)
    }

    @Test func changedPipelineOrDataFileChangesTheHash() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "Text.")
        try directory.write("rules.txt", "one")
        let json = #"{"stages": [{"type": "ingest", "options": {"extraBoilerplate": [{"name": "rules.txt", "pattern": "x"}]}}, {"type": "segment"}]}"#
        let file = try directory.write("pipeline.json", json)
        let before = try PipelineLoader().load(file: file).hash
        try directory.write("rules.txt", "two")
        let afterDataChange = try PipelineLoader().load(file: file).hash
        #expect(before != afterDataChange)
        try directory.write("pipeline.json", json.replacingOccurrences(of: "\"segment\"}", with: "\"segment\", \"options\": {\"maxHeadingLength\": 90}}"))
        #expect(try PipelineLoader().load(file: file).hash != afterDataChange)
    }
}
