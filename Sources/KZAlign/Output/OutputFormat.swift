import Foundation

/// One output file format `kzalign run` can write (`output.formats` in the pipeline).
///
/// Contract: `write` puts its files into `directory`, a private staging folder;
/// the runner moves them into the output folder only when every format has
/// written successfully, so a failed run never replaces earlier outputs.
/// Output must be deterministic: the same corpus gives byte-identical files.
public protocol OutputFormat: Sendable {
    /// The name used in `output.formats` ("documents", "sqlite", "report").
    static var formatName: String { get }
    /// The files it writes, relative to the output folder.
    static var fileNames: [String] { get }
    init()
    func write(_ result: RunResult, to directory: URL) throws
}

/// Everything a run produced, as output formats see it.
public struct RunResult: Sendable {
    public var corpus: Corpus
    public var manifest: RunManifest
    /// Set when the run left its documents incomplete (`PipelineRunner.completesDocuments` false):
    /// their segments have no canonical texts and may have their texts left out, and formats
    /// that write segments take each document through `completed(_:)`.
    public var pendingCanonicalText: CanonicalText?

    public init(corpus: Corpus, manifest: RunManifest, pendingCanonicalText: CanonicalText? = nil) {
        self.corpus = corpus
        self.manifest = manifest
        self.pendingCanonicalText = pendingCanonicalText
    }

    /// `document` complete, with its segments' texts and canonical texts: as it is, or filled
    /// now when the run left them to the outputs (`pendingCanonicalText`).
    public func completed(_ document: Document) -> Document {
        var filled = document.withSegmentTexts()
        pendingCanonicalText?.fill(&filled)
        return filled
    }
}

/// The run manifest (run.json).
public struct RunManifest: Sendable, Equatable {
    /// One input and what became of it.
    public struct Input: Sendable, Equatable {
        public enum Status: String, Sendable { case ok, skipped, error }
        /// Path relative to the pipeline folder (`corpus/a.jsonl:3` for a JSONL line).
        public var path: String
        /// Document id when one was made.
        public var document: String?
        public var status: Status
        /// Why it was skipped or failed; warnings for ok inputs (replaced bytes).
        public var messages: [String]
        public var encoding: String?

        public init(path: String, document: String?, status: Status, messages: [String] = [], encoding: String? = nil) {
            self.path = path
            self.document = document
            self.status = status
            self.messages = messages
            self.encoding = encoding
        }
    }

    public struct StageTiming: Sendable, Equatable {
        public var name: String
        public var type: String
        public var seconds: Double
        /// The process's peak resident memory when the stage ended (MB; timings.json only):
        /// the first stage whose figure is near the run's peak is the one that set it.
        public var peakMemoryMB: Double? = nil
    }

    public var toolVersion: String
    public var icuVersion: String
    /// SHA-256 of the pipeline's effective configuration.
    public var pipelineHash: String
    public var inputs: [Input]
    public var stageTimings: [StageTiming]
    public var notes: [String]

    public init(toolVersion: String, icuVersion: String, pipelineHash: String, inputs: [Input] = [],
                stageTimings: [StageTiming] = [], notes: [String] = []) {
        self.toolVersion = toolVersion
        self.icuVersion = icuVersion
        self.pipelineHash = pipelineHash
        self.inputs = inputs
        self.stageTimings = stageTimings
        self.notes = notes
    }
}
