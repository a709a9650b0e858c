import Foundation

/// What a stage needs from earlier stages and what it adds.
/// Building a pipeline checks that every requirement is provided earlier.
public enum Capability: String, Sendable, CaseIterable, Comparable {
    case documents, segments, language, latin, mentions, terms, entities, concepts, alignments

    public static func < (lhs: Capability, rhs: Capability) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A stage's options: decoded from its `options` object in the pipeline file.
///
/// Contract: `init()` holds every default (written once); decoding fills only
/// the keys present (use `KeyedDecodingContainer.fill`); encoding writes every
/// key, so `kzalign config --effective` shows the defaults and unknown keys can
/// be detected by comparing with what was given. Use no optional properties.
public protocol StageOptions: Codable, Sendable, Equatable {
    init()
    /// Checks ranges and choices; throw `OptionError` naming the key.
    func validate() throws
    /// Keys (paths below `options`, like "schemes") whose values are maps keyed by
    /// data (language codes), so any key is allowed inside them.
    static var freeFormKeys: [String] { get }
}

extension StageOptions {
    public func validate() throws {}
    public static var freeFormKeys: [String] { [] }
}

/// Options for stages that have none.
public struct NoOptions: StageOptions {
    public init() {}
}

/// An out-of-range or invalid option value, reported at `stages[i].options.<key>`.
public struct OptionError: Error, Equatable, Sendable {
    /// The key path below `options` ("languages", "schemes.ru").
    public var key: String
    public var message: String
    public init(key: String, _ message: String) {
        self.key = key
        self.message = message
    }
}

/// What a stage sees while it is built: where relative paths resolve and which
/// stages came before it.
public struct StageContext: Sendable {
    /// The folder that holds the pipeline file; relative paths resolve against it.
    public var baseDirectory: URL
    /// The JSON path of this stage's object ("stages[3]") for error messages.
    public var jsonPath: String
    /// The types of the stages before this one, in order.
    public var earlierStages: [String]

    public init(baseDirectory: URL, jsonPath: String, earlierStages: [String] = []) {
        self.baseDirectory = baseDirectory
        self.jsonPath = jsonPath
        self.earlierStages = earlierStages
    }

    /// `path` resolved against the pipeline's folder (absolute paths stay as they are).
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
    }

    /// A data file an option names (gazetteer, glossary, rule file): `resolve(path)` when that
    /// exists; else, for a relative path, the file kzalign ships under that name
    /// (`ShippedData`: the defaults "glossaries/names.tsv" and "glossaries/terms.tsv" work from a
    /// pipeline in any folder); else `resolve(path)`, whose absence the loader reports.
    public func resolveData(_ path: String) -> URL {
        ShippedData.resolve(path, against: baseDirectory)
    }
}

/// The data files kzalign ships (`glossaries/`, rule files), found by a relative path in the
/// folder named by `KZALIGN_DATA`, then in the repository the executable was built in.
public enum ShippedData {
    public static let environmentVariable = "KZALIGN_DATA"

    /// The folders searched, in order.
    public static func searchFolders() -> [URL] {
        var folders: [URL] = []
        if let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty {
            folders.append(URL(fileURLWithPath: value, isDirectory: true))
        }
        if let repository = ModelLocator.repositoryFolder() { folders.append(repository) }
        return folders
    }

    /// `path` against `base` when that file exists (absolute paths as they are); else the shipped
    /// file of that relative name; else `path` against `base`.
    public static func resolve(_ path: String, against base: URL) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        let local = base.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: local.path) { return local }
        return locate(path) ?? local
    }

    /// The first existing file `path` (relative) in the search folders.
    public static func locate(_ path: String) -> URL? {
        searchFolders().map { $0.appendingPathComponent(path) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}

/// A registered pipeline stage type.
///
/// A stage does its per-document work in `DocumentStage.makeProcessor()` (a map
/// over documents, run on all cores) and its corpus-level work in
/// `CorpusStage.reduce(_:)` (run once over the whole corpus). A stage may be both.
/// Stages never print; they report through the values they return.
public protocol Stage: Sendable {
    associatedtype Options: StageOptions
    /// The `type` name in the pipeline file ("segment").
    static var typeName: String { get }
    /// One line for `--help` and error messages.
    static var summary: String { get }
    static var requires: Set<Capability> { get }
    static var provides: Set<Capability> { get }
    /// Builds the stage; load data files here so a bad file stops the run before any document is read.
    /// - Throws: `PipelineError` (for a file: `.invalidFile`) or `OptionError`.
    init(options: Options, context: StageContext) throws
}

/// Per-worker state of a document stage. Not shared between threads:
/// put non-thread-safe ICU objects (transliterators, break iterators) here.
public protocol DocumentProcessor: AnyObject {
    /// Transforms one document. Throwing marks that document as failed in
    /// run.json; the rest of the corpus goes on.
    func process(_ document: inout Document) throws
}

/// A stage with per-document (map) work.
public protocol DocumentStage: Stage {
    /// A fresh processor for one worker thread.
    func makeProcessor() throws -> any DocumentProcessor
}

/// A stage with corpus-level (reduce) work.
public protocol CorpusStage: Stage {
    /// Runs once over the whole corpus after every document stage has run.
    func reduce(_ corpus: inout Corpus) throws
}

extension KeyedDecodingContainer {
    /// Overwrites `value` with the decoded value of `key` when the key is present.
    public func fill<T: Decodable>(_ value: inout T, _ key: Key) throws {
        if let decoded = try decodeIfPresent(T.self, forKey: key) { value = decoded }
    }
}
