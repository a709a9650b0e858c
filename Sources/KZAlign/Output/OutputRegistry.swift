import Foundation

/// The output formats kzalign can write, by name (`output.formats`).
public struct OutputRegistry: Sendable {
    public let formats: [any OutputFormat.Type]

    public init(_ formats: [any OutputFormat.Type]) { self.formats = formats }

    /// Every format shipped with kzalign. `run.json` and `timings.json` are always written.
    public static let standard = OutputRegistry([
        DocumentsJSONLFormat.self,
        NamesJSONFormat.self,
        ConceptsJSONFormat.self,
        AlignmentsJSONLFormat.self,
        SQLiteIndexFormat.self,
        HTMLReportFormat.self,
        NamesCSVFormat.self,
        TMXFormat.self,
    ])

    public var formatNames: [String] { formats.map { $0.formatName } }

    public func format(named name: String) -> (any OutputFormat.Type)? {
        formats.first { $0.formatName == name }
    }
}
