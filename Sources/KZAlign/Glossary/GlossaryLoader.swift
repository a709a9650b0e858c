import Foundation

/// Loads and merges the glossary sources a pipeline names: CLDR concepts
/// first (when asked for), then each file in order (`.tbx` / `.xml` as TBX,
/// anything else as the TSV format). Every error names file and line.
public struct GlossaryLoader: Sendable {
    /// Files in order; later ones extend earlier ones.
    public var files: [(url: URL, displayName: String)]
    public var cldrCountries: Bool
    /// Languages whose CLDR names become variants.
    public var cldrLanguages: [String]
    /// Language codes that become `language` concepts (empty: none).
    public var languageConcepts: [String]
    /// TBX: the language whose term is the concept's label.
    public var tbxLabelLanguage: String

    public init(files: [(url: URL, displayName: String)], cldrCountries: Bool = true,
                cldrLanguages: [String] = [], languageConcepts: [String] = [], tbxLabelLanguage: String = "en") {
        self.files = files
        self.cldrCountries = cldrCountries
        self.cldrLanguages = cldrLanguages
        self.languageConcepts = languageConcepts
        self.tbxLabelLanguage = tbxLabelLanguage
    }

    /// The merged glossary.
    /// - Throws: `GlossaryError`.
    public func load() throws -> Glossary {
        let valid = GlossaryTSVReader.icuLanguageCodes
        var glossary = Glossary()
        if cldrCountries {
            try glossary.add(CLDRConcepts.countries(in: cldrLanguages))
            try glossary.add(CLDRConcepts.languages(languageConcepts, in: cldrLanguages))
        }
        for file in files {
            let ext = file.url.pathExtension.lowercased()
            let concepts = ext == "tbx" || ext == "xml"
                ? try TBXImporter.read(contentsOf: file.url, displayName: file.displayName,
                                       labelLanguage: tbxLabelLanguage, validLanguages: valid)
                : try GlossaryTSVReader.read(contentsOf: file.url, displayName: file.displayName, validLanguages: valid)
            try glossary.add(concepts)
        }
        try glossary.checkComplete()
        return glossary
    }
}
