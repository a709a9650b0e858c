import Foundation

/// The pipeline file (`pipeline.json`), version 1.
///
/// ```json
/// {"version": 1,
///  "corpus": {"root": "corpus", "include": ["**/*.txt", "**/*.jsonl"], "exclude": [], "encoding": "auto"},
///  "output": {"dir": "out", "formats": ["documents", "names", …]},
///  "stages": [{"type": "ingest"}, {"type": "segment", "options": {…}}, …]}
/// ```
/// Relative paths resolve against the folder holding the pipeline file.
public struct PipelineConfig: Sendable {
    public static let supportedVersions = [1]

    /// Where the documents come from.
    public struct CorpusConfig: Sendable, Equatable {
        /// Folder of input files. Default `corpus`.
        public var root = "corpus"
        /// Glob patterns (relative to `root`, `**` crosses folders) of files to read.
        public var include = ["**/*.txt", "**/*.jsonl"]
        /// Glob patterns of files to leave out.
        public var exclude: [String] = []
        /// `auto` (BOM, UTF-8, else ICU's charset detector) or an ICU charset name.
        public var encoding = "auto"
        public init() {}
    }

    /// Where results go.
    public struct OutputConfig: Sendable, Equatable {
        /// Output folder. Default `out`.
        public var dir = "out"
        /// Output formats to write; default: every registered format.
        public var formats: [String] = OutputRegistry.standard.formatNames
        /// Keep a cache of per-document summaries in `<dir>/.kzalign-cache`, so a
        /// rerun maps only new or changed inputs. Default true.
        public var cache = true
        public init() {}
    }

    /// One stage instance as the file lists it.
    public struct StageEntry: Sendable {
        public var type: String
        /// Optional instance name, needed when a type appears twice.
        public var name: String?
        public var options: any StageOptions
        /// `stages[i]`
        public var jsonPath: String
    }

    public var version = 1
    public var corpus = CorpusConfig()
    public var output = OutputConfig()
    public var stages: [StageEntry] = []

    public init() {}

    /// The configuration with every default filled in, as pretty JSON.
    public func effectiveJSON(pretty: Bool = true) -> String {
        let value = effectiveValue()
        return pretty ? value.prettyPrinted() : value.serialized
    }

    /// The configuration as a JSON value, keys in schema order.
    public func effectiveValue() -> JSONValue {
        let stageValues: [JSONValue] = stages.map { entry in
            var members: [(key: String, value: JSONValue)] = [("type", .string(entry.type))]
            if let name = entry.name { members.append(("name", .string(name))) }
            members.append(("options", OptionsCoding.encode(entry.options)))
            return .object(members)
        }
        return .object([
            ("version", .number(Double(version))),
            ("corpus", .object([
                ("root", .string(corpus.root)),
                ("include", .array(corpus.include.map(JSONValue.string))),
                ("exclude", .array(corpus.exclude.map(JSONValue.string))),
                ("encoding", .string(corpus.encoding)),
            ])),
            ("output", .object([
                ("dir", .string(output.dir)),
                ("formats", .array(output.formats.map(JSONValue.string))),
                ("cache", .bool(output.cache)),
            ])),
            ("stages", .array(stageValues)),
        ])
    }
}
