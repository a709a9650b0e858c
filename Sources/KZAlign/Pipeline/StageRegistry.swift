import Foundation

/// A stage type as the registry knows it: its name, contract, and how to
/// decode its options and build it.
public struct StageFactory: Sendable {
    public let typeName: String
    public let summary: String
    public let requires: Set<Capability>
    public let provides: Set<Capability>
    /// Decodes the options object (JSON bytes) and validates it.
    let decodeOptions: @Sendable (Data, JSONDecoder) throws -> any StageOptions
    /// The default options, for `config --effective` and docs.
    let defaultOptions: @Sendable () -> any StageOptions
    /// Builds the stage from decoded options.
    let build: @Sendable (any StageOptions, StageContext) throws -> BuiltStage

    public init<S: Stage>(_ type: S.Type) {
        typeName = S.typeName
        summary = S.summary
        requires = S.requires
        provides = S.provides
        decodeOptions = { data, decoder in
            let options = try decoder.decode(S.Options.self, from: data)
            try options.validate()
            return options
        }
        defaultOptions = { S.Options() }
        build = { options, context in
            let stage = try S(options: options as! S.Options, context: context)
            return BuiltStage(typeName: S.typeName, options: options,
                              ingest: stage as? IngestStage,
                              documentStage: stage as? any DocumentStage,
                              corpusStage: stage as? any CorpusStage)
        }
    }
}

/// A stage built from the pipeline file, ready to run.
public struct BuiltStage: Sendable {
    public let typeName: String
    public let options: any StageOptions
    /// Set for the ingest stage, which reads the corpus.
    public let ingest: IngestStage?
    public let documentStage: (any DocumentStage)?
    public let corpusStage: (any CorpusStage)?
}

/// The one explicit list of stage types kzalign knows. No import-time registration.
public struct StageRegistry: Sendable {
    public let factories: [StageFactory]

    public init(_ factories: [StageFactory]) { self.factories = factories }

    /// The stage types shipped with kzalign, in their usual pipeline order.
    public static let standard = StageRegistry([
        StageFactory(IngestStage.self),
        StageFactory(SegmentStage.self),
        StageFactory(DetectLanguageStage.self),
        StageFactory(TransliterateStage.self),
        StageFactory(NamesStage.self),
        StageFactory(GlossaryStage.self),
        StageFactory(AlignStage.self),
    ])

    public func factory(named name: String) -> StageFactory? {
        factories.first { $0.typeName == name }
    }

    public var typeNames: [String] { factories.map(\.typeName) }
}
