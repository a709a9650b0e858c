import Foundation

/// The library's entry points for Swift programs.
///
/// ```swift
/// import KZAlign
///
/// let pipeline = try KZAlign.loadPipeline(json: #"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
/// let result = try KZAlign.run(pipeline, documents: [
///     InputDocument(id: "a", text: "Tokayev asked the CSTO for help.", language: "en"),
/// ])
/// for document in result.corpus.documents { print(document.id, document.segments.count) }
/// ```
///
/// Nothing is read from or written to disk except the data files the
/// pipeline's stages name (gazetteers, glossaries, models). Use
/// `OutputWriter` to write the standard files when you want them.
public enum KZAlign {
    /// Loads and checks a pipeline file; relative paths resolve against its folder.
    /// - Throws: `PipelineError` naming the file and JSON path.
    public static func loadPipeline(file: URL) throws -> Pipeline {
        try PipelineLoader().load(file: file)
    }

    /// Loads and checks a pipeline given as JSON text. Relative paths (data files
    /// the stages name) resolve against `baseDirectory` (default: the current directory).
    /// The corpus folder need not exist when documents are supplied in memory.
    public static func loadPipeline(json: String, baseDirectory: URL? = nil) throws -> Pipeline {
        let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return try PipelineLoader().load(bytes: Array(json.utf8), fileName: "(pipeline)", baseDirectory: base,
                                         requireCorpus: false)
    }

    /// Runs `pipeline` on documents supplied in memory and returns everything it
    /// produced: documents with segments, languages, mentions and terms; the
    /// entity and concept indexes; the alignments; the manifest.
    public static func run(_ pipeline: Pipeline, documents: [InputDocument],
                           jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> RunResult {
        try PipelineRunner(pipeline: pipeline, jobs: jobs).run(documents: documents).0
    }
}
