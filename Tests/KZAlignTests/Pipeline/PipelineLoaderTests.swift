import Foundation
import Testing
@testable import KZAlign

@Suite("Pipeline loading and validation")
struct PipelineLoaderTests {
    /// Loads `json` from a folder that has a `corpus/` with one file.
    func load(_ json: String) throws -> Pipeline {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "Hello world.")
        return try PipelineLoader().load(file: try directory.write("pipeline.json", json))
    }

    func error(_ json: String) -> PipelineError? {
        do {
            _ = try load(json)
            return nil
        } catch let error as PipelineError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    @Test func defaultsFillAMinimalPipeline() throws {
        let pipeline = try load(#"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        #expect(pipeline.config.corpus.root == "corpus")
        #expect(pipeline.config.output.dir == "out")
        #expect(pipeline.config.corpus.encoding == "auto")
        #expect(pipeline.stages.map(\.typeName) == ["ingest", "segment"])
    }

    @Test("names and glossary with their default files work from a pipeline in any folder (the shipped gazetteer and glossary)")
    func defaultDataFilesAreTheShippedOnes() throws {
        let pipeline = try load(#"{"stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "detect-language"}, {"type": "names"}, {"type": "glossary"}]}"#)
        let names = try #require(pipeline.stages.compactMap { $0.documentStage as? NamesStage }.first)
        #expect(names.index.entries["karim-masimov"] != nil, "the shipped gazetteer knows Karim Masimov")
        let shipped = try #require(ShippedData.locate("glossaries/names.tsv"))
        #expect(FileManager.default.fileExists(atPath: shipped.path))
        // a path the pipeline names and nobody ships stays an error naming it
        do {
            _ = try load(#"{"stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "detect-language"}, {"type": "names", "options": {"gazetteer": ["glossaries/mine.tsv"]}}]}"#)
            Issue.record("a missing gazetteer loaded")
        } catch {
            #expect("\(error)".contains("glossaries/mine.tsv"))
        }
    }

    @Test func unknownStageTypeNamesPathAndChoices() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest"}, {"type": "segmnet"}]}"#))
        guard case let .unknownStageType(_, path, type, available) = error else { Issue.record("got \(error)"); return }
        #expect(path == "stages[1].type")
        #expect(type == "segmnet")
        #expect(available.contains("segment"))
        #expect("\(error)".contains("stages[1].type"))
    }

    @Test func misspeltOptionKeyIsRejected() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest"}, {"type": "segment", "options": {"maxHeadingLenght": 3}}]}"#))
        guard case let .unknownKey(_, path, valid) = error else { Issue.record("got \(error)"); return }
        #expect(path == "stages[1].options.maxHeadingLenght")
        #expect(valid == ["maxHeadingLength"])
    }

    @Test func misspeltTopLevelKeyIsRejected() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest"}], "ouput": {"dir": "x"}}"#))
        guard case let .unknownKey(_, path, valid) = error else { Issue.record("got \(error)"); return }
        #expect(path == "ouput")
        #expect(valid.contains("output"))
    }

    @Test func stringWhereNumberBelongs() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest"}, {"type": "segment", "options": {"maxHeadingLength": "long"}}]}"#))
        guard case let .wrongType(_, path, expected, _) = error else { Issue.record("got \(error)"); return }
        #expect(path == "stages[1].options.maxHeadingLength")
        #expect(expected == "a whole number")
    }

    @Test func alignSecondLinkRatioOutOfRange() throws {
        let json = #"{"stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "detect-language"}, {"type": "align", "options": {"secondLinkRatio": 1.5}}]}"#
        let error = try #require(self.error(json))
        guard case let .invalidValue(_, path, message) = error else { Issue.record("got \(error)"); return }
        #expect(path == "stages[3].options.secondLinkRatio")
        #expect(message.contains("(0, 1]"))
    }

    @Test func outOfRangeValueNamesTheKey() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest"}, {"type": "segment", "options": {"maxHeadingLength": 0}}]}"#))
        guard case let .invalidValue(_, path, message) = error else { Issue.record("got \(error)"); return }
        #expect(path == "stages[1].options.maxHeadingLength")
        #expect(message.contains("at least 1"))
    }

    @Test func stageBeforeWhatItNeedsIsRejected() throws {
        // segment needs documents, which only ingest provides; ingest must come first.
        let error = try #require(self.error(#"{"stages": [{"type": "segment"}, {"type": "ingest"}]}"#))
        #expect("\(error)".contains("stages[0]"))
    }

    @Test func unmetRequirementNamesTheProvider() throws {
        let registry = StageRegistry([StageFactory(IngestStage.self), StageFactory(SegmentStage.self), StageFactory(NeedsSegments.self)])
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "x")
        let file = try directory.write("pipeline.json", #"{"stages": [{"type": "ingest"}, {"type": "needs-segments"}, {"type": "segment"}]}"#)
        #expect(throws: PipelineError.unmetRequirement(file: file.path, path: "stages[1].type", stage: "needs-segments",
                                                       missing: "segments", providedBy: ["segment"])) {
            try PipelineLoader(registry: registry).load(file: file)
        }
    }

    @Test func missingCorpusFolder() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("pipeline.json", #"{"corpus": {"root": "nowhere"}, "stages": [{"type": "ingest"}]}"#)
        do {
            _ = try PipelineLoader().load(file: file)
            Issue.record("expected an error")
        } catch let error as PipelineError {
            guard case let .missingPath(_, path, resolved, _) = error else { Issue.record("got \(error)"); return }
            #expect(path == "corpus.root")
            #expect(resolved.hasSuffix("/nowhere"))
        }
    }

    @Test func syntaxErrorHasLineAndColumn() throws {
        let error = try #require(self.error("{\n  \"stages\": [\n    {\"type\": \"ingest\"},\n  ]\n}"))
        guard case let .syntax(_, line, _, _) = error else { Issue.record("got \(error)"); return }
        #expect(line == 4)
    }

    @Test func unknownEncodingAndFormatAreRejected() throws {
        let encoding = try #require(self.error(#"{"corpus": {"encoding": "klingon-8"}, "stages": [{"type": "ingest"}]}"#))
        #expect("\(encoding)".contains("corpus.encoding"))
        let format = try #require(self.error(#"{"output": {"formats": ["documents", "pdf"]}, "stages": [{"type": "ingest"}]}"#))
        #expect("\(format)".contains("output.formats[1]"))
        #expect("\(format)".contains("documents"))
    }

    @Test func duplicateStageNeedsAName() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "segment"}]}"#))
        #expect("\(error)".contains("stages[2]"))
        _ = try load(#"{"stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "segment", "name": "resegment"}]}"#)
    }

    @Test func effectiveConfigShowsEveryDefault() throws {
        let pipeline = try load(#"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        let json = pipeline.config.effectiveJSON()
        #expect(json.contains("\"maxHeadingLength\": 200"))
        #expect(json.contains("\"removeBoilerplate\": true"))
        #expect(json.contains("\"encoding\": \"auto\""))
        // The effective configuration is itself a valid pipeline that loads to the same thing.
        let again = try load(json)
        #expect(again.hash == pipeline.hash)
    }

    @Test func invalidBoilerplateRegexIsReported() throws {
        let error = try #require(self.error(#"{"stages": [{"type": "ingest", "options": {"extraBoilerplate": [{"name": "x", "pattern": "(unclosed"}]}}]}"#))
        #expect("\(error)".contains("stages[0].options.boilerplate[9].pattern") || "\(error)".contains("pattern"))
    }
}

/// A test stage that needs segments.
struct NeedsSegments: DocumentStage {
    static let typeName = "needs-segments"
    static let summary = "test"
    static let requires: Set<Capability> = [.segments]
    static let provides: Set<Capability> = []
    init(options: NoOptions, context: StageContext) {}
    func makeProcessor() throws -> any DocumentProcessor { Nothing() }
    final class Nothing: DocumentProcessor { func process(_ document: inout Document) throws {} }
}
