import Foundation

/// A pipeline read from its file, checked, and built: ready to run.
public struct Pipeline: Sendable {
    /// The configuration with defaults filled in.
    public let config: PipelineConfig
    /// The stages, built, in file order.
    public let stages: [BuiltStage]
    /// The folder relative paths resolve against.
    public let baseDirectory: URL
    /// The pipeline file as given (for messages).
    public let fileName: String
    /// SHA-256 of the effective configuration and of every data file its
    /// options name: changes whenever any option or data file does.
    public let hash: String

    /// `config.corpus.root` resolved.
    public var corpusRoot: URL { resolve(config.corpus.root) }
    /// `config.output.dir` resolved.
    public var outputDirectory: URL { resolve(config.output.dir) }

    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL
            : baseDirectory.appendingPathComponent(path).standardizedFileURL
    }

    /// Computes `hash`: the effective configuration, then the content hash of each
    /// option string that names an existing file (gazetteers, glossaries, rules).
    static func fingerprint(_ config: PipelineConfig, base: URL) -> String {
        var material = config.effectiveValue().serialized
        var seen: Set<String> = []
        func visit(_ value: JSONValue) {
            switch value {
            case let .string(s) where !s.isEmpty && s.count < 4096:
                // as the stages find it (`StageContext.resolveData`): a shipped file counts too
                let url = ShippedData.resolve(s, against: base)
                var isDirectory: ObjCBool = false
                guard seen.insert(url.path).inserted, FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                      !isDirectory.boolValue, let data = try? Data(contentsOf: url) else { return }
                material += "\u{0}\(s)\u{0}\(SHA256.hex(data))"
            case let .array(items): items.forEach(visit)
            case let .object(members): members.forEach { visit($0.value) }
            default: break
            }
        }
        for stage in config.stages { visit(OptionsCoding.encode(stage.options)) }
        return SHA256.hex(Array(material.utf8))
    }
}

/// Reads, validates and builds pipelines.
public struct PipelineLoader: Sendable {
    public var registry: StageRegistry
    public var outputs: OutputRegistry

    public init(registry: StageRegistry = .standard, outputs: OutputRegistry = .standard) {
        self.registry = registry
        self.outputs = outputs
    }

    /// Reads and checks `file`, then builds every stage (loading the data files
    /// stages name). Nothing is written and no document is read.
    /// - Throws: `PipelineError` naming the file and JSON path.
    public func load(file: URL) throws -> Pipeline {
        let name = file.path
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: file))
        } catch {
            throw PipelineError.unreadableFile(file: name, reason: FileManager.default.fileExists(atPath: file.path)
                                               ? error.localizedDescription : "no such file")
        }
        return try load(bytes: bytes, fileName: name, baseDirectory: file.deletingLastPathComponent())
    }

    /// Reads and checks a pipeline given as bytes; relative paths resolve against `baseDirectory`.
    public func load(bytes: [UInt8], fileName: String, baseDirectory: URL, requireCorpus: Bool = true) throws -> Pipeline {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch let error as JSONParser.SyntaxError {
            throw PipelineError.syntax(file: fileName, line: error.line, column: error.column, message: error.message)
        }
        let config = try decode(json, fileName: fileName)
        let base = baseDirectory.standardizedFileURL
        if requireCorpus { try checkPaths(config, fileName: fileName, base: base) }
        let stages = try build(config, fileName: fileName, base: base)
        return Pipeline(config: config, stages: stages, baseDirectory: base, fileName: fileName,
                        hash: Pipeline.fingerprint(config, base: base))
    }

    func decode(_ json: JSONValue, fileName: String) throws -> PipelineConfig {
        var config = PipelineConfig()
        var top = try JSONObjectReader(json, file: fileName, path: "")
        config.version = try top.int("version", default: 1)
        guard PipelineConfig.supportedVersions.contains(config.version) else {
            throw PipelineError.unsupportedVersion(file: fileName, found: config.version, supported: PipelineConfig.supportedVersions)
        }
        if let corpusValue = top.value("corpus") {
            var corpus = try JSONObjectReader(corpusValue, file: fileName, path: "corpus")
            config.corpus.root = try corpus.string("root", default: config.corpus.root)
            config.corpus.include = try corpus.strings("include", default: config.corpus.include)
            config.corpus.exclude = try corpus.strings("exclude", default: config.corpus.exclude)
            config.corpus.encoding = try corpus.string("encoding", default: config.corpus.encoding)
            try corpus.finish(valid: ["root", "include", "exclude", "encoding"])
            if config.corpus.encoding != "auto", !CharsetConverter.isKnown(config.corpus.encoding) {
                throw PipelineError.invalidValue(file: fileName, path: "corpus.encoding",
                    message: "ICU has no charset \"\(config.corpus.encoding)\"; use \"auto\" or a name such as UTF-8, UTF-16, windows-1251, KOI8-R")
            }
            if config.corpus.include.isEmpty {
                throw PipelineError.invalidValue(file: fileName, path: "corpus.include", message: "must list at least one pattern, such as \"**/*.txt\"")
            }
        }
        if let outputValue = top.value("output") {
            var output = try JSONObjectReader(outputValue, file: fileName, path: "output")
            config.output.dir = try output.string("dir", default: config.output.dir)
            config.output.formats = try output.strings("formats", default: config.output.formats)
            config.output.cache = try output.bool("cache", default: config.output.cache)
            try output.finish(valid: ["dir", "formats", "cache"])
            for (index, format) in config.output.formats.enumerated() where outputs.format(named: format) == nil {
                throw PipelineError.invalidValue(file: fileName, path: "output.formats[\(index)]",
                    message: "no output format \"\(format)\"; available formats: \(outputs.formatNames.joined(separator: ", "))")
            }
        }
        guard let stagesValue = top.value("stages") else {
            throw PipelineError.missingKey(file: fileName, path: "stages",
                expected: "an array of stages, such as [{\"type\": \"ingest\"}, {\"type\": \"segment\"}]")
        }
        try top.finish(valid: ["version", "corpus", "output", "stages"])
        guard case let .array(stageValues) = stagesValue else {
            throw PipelineError.wrongType(file: fileName, path: "stages", expected: "an array of stage objects", found: stagesValue.typeName)
        }
        var seenNames: Set<String> = []
        for (index, stageValue) in stageValues.enumerated() {
            let path = "stages[\(index)]"
            var reader = try JSONObjectReader(stageValue, file: fileName, path: path)
            guard let typeValue = reader.value("type") else {
                throw PipelineError.missingKey(file: fileName, path: "\(path).type",
                    expected: "a stage type: \(registry.typeNames.joined(separator: ", "))")
            }
            guard case let .string(type) = typeValue else {
                throw PipelineError.wrongType(file: fileName, path: "\(path).type", expected: "a string", found: typeValue.typeName)
            }
            guard let factory = registry.factory(named: type) else {
                throw PipelineError.unknownStageType(file: fileName, path: "\(path).type", type: type, available: registry.typeNames)
            }
            let nameValue = reader.value("name")
            var name: String?
            if let nameValue {
                guard case let .string(n) = nameValue, !n.isEmpty else {
                    throw PipelineError.wrongType(file: fileName, path: "\(path).name", expected: "a non-empty string", found: nameValue.typeName)
                }
                name = n
            }
            let instanceName = name ?? type
            guard seenNames.insert(instanceName).inserted else {
                throw PipelineError.invalidValue(file: fileName, path: name == nil ? "\(path).type" : "\(path).name",
                    message: "a second \"\(instanceName)\" stage; give each instance a distinct \"name\"")
            }
            let options = try OptionsCoding.decode(reader.value("options"), factory: factory, file: fileName, path: "\(path).options")
            try reader.finish(valid: ["type", "name", "options"])
            config.stages.append(.init(type: type, name: name, options: options, jsonPath: path))
        }
        try checkOrder(config, fileName: fileName)
        return config
    }

    /// Every stage's requirements must be provided by an earlier stage (spaCy's pipe analysis).
    func checkOrder(_ config: PipelineConfig, fileName: String) throws {
        guard let first = config.stages.first, first.type == IngestStage.typeName else {
            throw PipelineError.invalidValue(file: fileName, path: config.stages.isEmpty ? "stages" : "stages[0].type",
                message: "the first stage must be {\"type\": \"ingest\"}, which reads the corpus")
        }
        var provided: Set<Capability> = []
        for entry in config.stages {
            let factory = registry.factory(named: entry.type)!
            for need in factory.requires.sorted() where !provided.contains(need) {
                let providers = registry.factories.filter { $0.provides.contains(need) }.map(\.typeName)
                throw PipelineError.unmetRequirement(file: fileName, path: "\(entry.jsonPath).type", stage: entry.type,
                                                     missing: need.rawValue, providedBy: providers)
            }
            provided.formUnion(factory.provides)
        }
    }

    func checkPaths(_ config: PipelineConfig, fileName: String, base: URL) throws {
        let root = config.corpus.root.hasPrefix("/") ? URL(fileURLWithPath: config.corpus.root) : base.appendingPathComponent(config.corpus.root)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PipelineError.missingPath(file: fileName, path: "corpus.root", resolved: root.path, expected: "a folder of documents")
        }
    }

    func build(_ config: PipelineConfig, fileName: String, base: URL) throws -> [BuiltStage] {
        var built: [BuiltStage] = []
        for entry in config.stages {
            let factory = registry.factory(named: entry.type)!
            let context = StageContext(baseDirectory: base, jsonPath: entry.jsonPath, earlierStages: built.map(\.typeName))
            do {
                built.append(try factory.build(entry.options, context))
            } catch let error as OptionError {
                throw PipelineError.invalidValue(file: fileName, path: "\(entry.jsonPath).options.\(error.key)", message: error.message)
            }
        }
        return built
    }
}
