import Foundation

/// `documents.jsonl`: one document per line, as DESIGN.md's output contract specifies.
public struct DocumentsJSONLFormat: OutputFormat {
    public static let formatName = "documents"
    public static let fileNames = ["documents.jsonl"]
    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        let out = try StreamingOutputFile(url: directory.appendingPathComponent(Self.fileNames[0]))
        for document in result.corpus.documents {
            try out.append(Self.lineBytes(result.completed(document)))
            try out.append(0x0A)
        }
        try out.finish()
    }

    /// The JSON line of one document (no trailing newline).
    public static func line(_ document: Document) -> String {
        String(decoding: lineBytes(document), as: UTF8.self)
    }

    /// The JSON line of one document as UTF-8 (no trailing newline).
    public static func lineBytes(_ document: Document) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", document.id)
        w.field("path", document.path)
        w.field("sha256", document.sha256)
        w.field("language", document.language)
        w.field("languageConfidence", document.languageConfidence)
        if let url = document.metadata.url { w.field("url", url) }
        if let date = document.metadata.date { w.field("date", date) }
        if let title = document.metadata.title { w.field("title", title) }
        w.field("encoding", document.ingest.encoding)
        w.field("text", document.text)
        w.key("segments")
        w.beginArray()
        for segment in document.segments {
            w.beginObject()
            w.field("id", segment.id)
            w.field("start", segment.start)
            w.field("end", segment.end)
            w.field("kind", segment.kind.rawValue)
            w.field("language", segment.language)
            w.field("languageConfidence", segment.languageConfidence)
            w.field("latin", segment.latin)
            w.field("canonical", segment.canonical)
            w.endObject()
        }
        w.endArray()
        w.key("mentions")
        w.beginArray()
        for mention in document.mentions {
            w.beginObject()
            w.field("start", mention.start)
            w.field("end", mention.end)
            w.field("surface", mention.surface)
            w.field("entity", mention.entity)
            w.field("type", mention.type)
            w.field("segment", mention.segment)
            if mention.suspicious { w.field("suspicious", true) }
            w.endObject()
        }
        w.endArray()
        w.key("terms")
        w.beginArray()
        for term in document.terms {
            w.beginObject()
            w.field("start", term.start)
            w.field("end", term.end)
            w.field("surface", term.surface)
            w.field("concept", term.concept)
            w.field("segment", term.segment)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}
