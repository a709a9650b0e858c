import Foundation

/// `alignments.jsonl`: one cross-language link per line (DESIGN.md). For a
/// one-to-many link `segment` names the first segment and `segments` all; a link made through a
/// third language names that segment as the evidence's `via`.
public struct AlignmentsJSONLFormat: OutputFormat {
    public static let formatName = "alignments"
    public static let fileNames = ["alignments.jsonl"]
    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        let out = try StreamingOutputFile(url: directory.appendingPathComponent(Self.fileNames[0]))
        for link in result.corpus.alignments {
            var w = JSONWriter()
            w.beginObject()
            w.key("source"); Self.side(link.source, &w)
            w.key("target"); Self.side(link.target, &w)
            w.field("score", link.score)
            w.key("evidence")
            w.beginObject()
            w.field("entities", strings: link.evidence.entities)
            w.field("concepts", strings: link.evidence.concepts)
            w.field("numbers", strings: link.evidence.numbers)
            w.field("lexical", link.evidence.lexical)
            if let via = link.evidence.via { w.field("via", via) }
            w.endObject()
            w.endObject()
            try out.append(w.bytes)
            try out.append(0x0A)
        }
        try out.finish()
    }

    static func side(_ side: Alignment.Side, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("document", side.document)
        w.field("segment", side.segments.first ?? "")
        if side.segments.count > 1 { w.field("segments", strings: side.segments) }
        w.field("language", side.language)
        w.endObject()
    }
}
