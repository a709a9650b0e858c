import Foundation

/// Writes `report.html`: one self-contained static page (no network) with an
/// overview, the canonical name index, concepts, the aligned statements side
/// by side per language pair with matching names, terms and numbers
/// highlighted, and the documents, filterable in plain JavaScript.
///
/// Contract: every piece of corpus text is HTML-escaped server-side (the page
/// works without JavaScript; the script only hides rows), and a
/// Content-Security-Policy allows only the page's own script (by hash), inline
/// styles and no fetches. Deterministic: the same result gives the same bytes.
/// Large corpora are cut at `limits` with a note pointing at `index.sqlite`.
public struct HTMLReportFormat: OutputFormat {
    public static let formatName = "report"
    public static let fileNames = ["report.html"]

    /// How much of a large corpus the page shows (the rest stays in index.sqlite).
    public struct Limits: Sendable, Equatable {
        /// Links shown per language pair, best score first.
        public var linksPerPair: Int
        /// Entities in the name index, most-mentioned first.
        public var entities: Int
        /// Rows in the document table.
        public var documents: Int
        /// Documents drawn in the languages-per-document chart.
        public var chartDocuments: Int
        /// Entities in the most-mentioned chart.
        public var chartEntities: Int

        public init(linksPerPair: Int = 500, entities: Int = 2_000, documents: Int = 2_000,
                    chartDocuments: Int = 25, chartEntities: Int = 15) {
            self.linksPerPair = linksPerPair
            self.entities = entities
            self.documents = documents
            self.chartDocuments = chartDocuments
            self.chartEntities = chartEntities
        }
    }

    public var limits: Limits

    public init() { limits = Limits() }

    public init(limits: Limits) { self.limits = limits }

    public func write(_ result: RunResult, to directory: URL) throws {
        let url = directory.appendingPathComponent(Self.fileNames[0])
        try Data(html(for: result).utf8).writeOutput(to: url)
    }

    /// The page's HTML.
    public func html(for result: RunResult) -> String {
        ReportPage(result: result, limits: limits).render()
    }
}
