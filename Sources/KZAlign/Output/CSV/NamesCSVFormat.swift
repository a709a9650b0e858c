import Foundation

/// Writes `names.csv`, the canonical name index flattened for spreadsheets and
/// OpenRefine: one row per entity, variant and language.
///
/// Columns: `entity_id, canonical, type, variant, language, script, count`.
/// `script` is the ISO 15924 code of the variant's letters (`Cyrl`, `Latn`;
/// `Cyrl+Latn` when mixed, most frequent first). `count` is the number of
/// mentions of that spelling in that language (language of the segment, else
/// of the document); when the corpus carries no mentions for a variant, one
/// row gives its languages separated by spaces and its total count.
/// RFC 4180: UTF-8 without BOM, CRLF, a header row, quotes where needed.
/// Rows follow `corpus.entities` order, then variant order, then language.
public struct NamesCSVFormat: OutputFormat {
    public static let formatName = "csv"
    public static let fileNames = ["names.csv"]
    public static let header = ["entity_id", "canonical", "type", "variant", "language", "script", "count"]

    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        let url = directory.appendingPathComponent(Self.fileNames[0])
        try Data(csv(for: result.corpus).utf8).writeOutput(to: url)
    }

    /// The file's text.
    public func csv(for corpus: Corpus) -> String {
        let counts = MentionCounts(corpus)
        var writer = CSVWriter()
        writer.row(Self.header)
        for entity in corpus.entities {
            for variant in entity.variants {
                let script = CorpusLookup.scriptCode(of: variant.form)
                for (language, count) in counts.languageCounts(of: variant, entity: entity.id) {
                    writer.row([entity.id, entity.canonical, entity.type, variant.form, language, script, String(count)])
                }
            }
        }
        return writer.text
    }
}
