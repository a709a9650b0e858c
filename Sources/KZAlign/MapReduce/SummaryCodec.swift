/// Encodes and decodes `DocumentSummary` lines. The encoding is lossless for
/// every field of `Document` the stages fill, so map + reduce gives the same
/// outputs as one `kzalign run`.
public enum SummaryCodec {
    /// One JSON line (no trailing newline).
    public static func encode(_ summary: DocumentSummary, pipelineHash: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("kzalign", "summary")
        w.field("version", DocumentSummary.formatVersion)
        w.field("tool", KZAlignVersion.current)
        w.field("pipelineHash", pipelineHash)
        w.key("order")
        w.beginArray()
        w.string(summary.order.file)
        w.int(summary.order.line)
        w.endArray()
        w.key("input")
        encodeInput(summary.input, &w)
        if let document = summary.document {
            w.key("document")
            encodeDocument(document.withSegmentTexts(), &w) // the Latin and canonical forms left out with the texts
        }
        w.endObject()
        return w.output
    }

    static func encodeInput(_ input: RunManifest.Input, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("path", input.path)
        w.field("document", input.document)
        w.field("status", input.status.rawValue)
        w.field("encoding", input.encoding)
        w.field("messages", strings: input.messages)
        w.endObject()
    }

    static func encodeDocument(_ d: Document, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", d.id)
        w.field("path", d.path)
        w.field("sha256", d.sha256)
        w.field("language", d.language)
        w.key("languageConfidence"); exact(d.languageConfidence, &w)
        w.field("url", d.metadata.url)
        w.field("date", d.metadata.date)
        w.field("title", d.metadata.title)
        w.field("declaredLanguage", d.metadata.declaredLanguage)
        w.field("encoding", d.ingest.encoding)
        w.field("replacedSequences", d.ingest.replacedSequences)
        w.key("boilerplateRemoved")
        w.beginObject()
        for (rule, count) in d.ingest.boilerplateRemoved.sorted(by: { $0.key < $1.key }) { w.field(rule, count) }
        w.endObject()
        w.field("text", d.text)
        w.key("segments")
        w.beginArray()
        for s in d.segments {
            w.beginArray()
            w.string(s.id); w.int(s.start); w.int(s.end); w.string(s.kind.rawValue)
            optional(s.language, &w); exact(s.languageConfidence, &w); optional(s.latin, &w); optional(s.canonical, &w)
            w.endArray()
        }
        w.endArray()
        w.key("mentions")
        w.beginArray()
        for m in d.mentions {
            w.beginArray()
            w.int(m.start); w.int(m.end); w.string(m.surface); w.string(m.entity); w.string(m.segment)
            w.string(m.type); w.string(m.key); w.string(m.latin); w.bool(m.suspicious)
            w.endArray()
        }
        w.endArray()
        w.key("terms")
        w.beginArray()
        for t in d.terms {
            w.beginArray()
            w.int(t.start); w.int(t.end); w.string(t.surface); w.string(t.concept); w.string(t.segment)
            w.endArray()
        }
        w.endArray()
        w.endObject()
    }

    /// Doubles are written with all their digits here (not rounded like outputs),
    /// so a decoded summary equals the encoded one.
    private static func exact(_ value: Double?, _ w: inout JSONWriter) {
        if let value { w.raw(value.description) } else { w.null() }
    }

    private static func optional(_ value: String?, _ w: inout JSONWriter) {
        if let value { w.string(value) } else { w.null() }
    }

    /// Decodes one line, checking that it comes from this pipeline and version.
    public static func decode(_ line: String, pipelineHash: String, file: String, lineNumber: Int) throws -> DocumentSummary {
        func malformed(_ message: String) -> SummaryError { .malformed(file: file, line: lineNumber, message: message) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch let error as JSONParser.SyntaxError {
            throw malformed("invalid JSON at column \(error.column) (\(error.message)); the line may be truncated")
        }
        guard value["kzalign"] == .string("summary") else { throw malformed("no \"kzalign\": \"summary\" marker") }
        guard value["version"] == .number(Double(DocumentSummary.formatVersion)) else {
            throw SummaryError.mismatch(file: file, line: lineNumber, message: "summary format \(value["version"]?.serialized ?? "?") is not \(DocumentSummary.formatVersion)")
        }
        guard case let .string(tool)? = value["tool"], tool == KZAlignVersion.current else {
            throw SummaryError.mismatch(file: file, line: lineNumber,
                message: "written by kzalign \(value["tool"]?.serialized ?? "?"), this is \(KZAlignVersion.current); run `kzalign map` again")
        }
        guard case let .string(hash)? = value["pipelineHash"], hash == pipelineHash else {
            throw SummaryError.mismatch(file: file, line: lineNumber,
                message: "written by another pipeline (hash \(value["pipelineHash"]?.serialized ?? "?")); run `kzalign map` with this pipeline")
        }
        var reader = FieldReader(error: malformed)
        guard case let .array(orderParts)? = value["order"], orderParts.count == 2 else { throw malformed("missing order") }
        let order = SummaryOrder(file: try reader.string(orderParts[0]), line: try reader.int(orderParts[1]))
        guard let inputValue = value["input"] else { throw malformed("missing input") }
        let input = try decodeInput(inputValue, &reader)
        let document = try value["document"].map { try decodeDocument($0, &reader) }
        return DocumentSummary(order: order, input: input, document: document)
    }

    static func decodeInput(_ v: JSONValue, _ r: inout FieldReader) throws -> RunManifest.Input {
        guard let status = RunManifest.Input.Status(rawValue: try r.string(v["status"])) else { throw r.error("bad input status") }
        return RunManifest.Input(path: try r.string(v["path"]), document: try r.optionalString(v["document"]), status: status,
                                 messages: try r.strings(v["messages"]), encoding: try r.optionalString(v["encoding"]))
    }

    /// `value`, or `original` (sharing its storage) when they are equal.
    private static func shared(_ value: String, _ original: String) -> String {
        value == original ? original : value
    }

    static func decodeDocument(_ v: JSONValue, _ r: inout FieldReader) throws -> Document {
        var boilerplate: [String: Int] = [:]
        if case let .object(members)? = v["boilerplateRemoved"] {
            for member in members { boilerplate[member.key] = try r.int(member.value) }
        }
        var d = Document(id: try r.string(v["id"]), path: try r.string(v["path"]), sha256: try r.string(v["sha256"]),
                         text: try r.string(v["text"]),
                         metadata: .init(url: try r.optionalString(v["url"]), date: try r.optionalString(v["date"]),
                                         title: try r.optionalString(v["title"]),
                                         declaredLanguage: try r.optionalString(v["declaredLanguage"])),
                         ingest: IngestReport(encoding: try r.string(v["encoding"]),
                                              replacedSequences: try r.int(v["replacedSequences"]),
                                              boilerplateRemoved: boilerplate))
        d.language = try r.optionalString(v["language"])
        d.languageConfidence = try r.optionalDouble(v["languageConfidence"])
        // Segment texts are sliced from the document text by code point offsets.
        let scalarCount = d.text.unicodeScalars.count
        var slicer = ScalarSlicer(d.text)
        d.segments = try r.array(v["segments"]).map { item in
            let f = try r.array(item)
            guard f.count == 8 else { throw r.error("segment with \(f.count) fields") }
            let start = try r.int(f[1]), end = try r.int(f[2])
            guard 0 <= start, start <= end, end <= scalarCount else { throw r.error("segment offsets out of range") }
            guard let kind = Segment.Kind(rawValue: try r.string(f[3])) else { throw r.error("bad segment kind") }
            var s = Segment(id: try r.string(f[0]), start: start, end: end, kind: kind, text: slicer.slice(start..<end))
            s.language = try r.optionalString(f[4])
            s.languageConfidence = try r.optionalDouble(f[5])
            s.latin = try r.optionalString(f[6]).map { Self.shared($0, s.text) }
            s.canonical = try r.optionalString(f[7]).map { Self.shared($0, s.text) }
            return s
        }
        // Strings equal to one already decoded take its storage, as the stages left them: a
        // segment's Latin and canonical forms equal to its text, a mention's or term's segment id,
        // a mention's Latin form equal to its surface.
        var segmentIDs: [String: String] = [:]
        for s in d.segments where segmentIDs[s.id] == nil { segmentIDs[s.id] = s.id }
        d.mentions = try r.array(v["mentions"]).map { item in
            let f = try r.array(item)
            guard f.count == 9 else { throw r.error("mention with \(f.count) fields") }
            let surface = try r.string(f[2]), segment = try r.string(f[4])
            return Mention(start: try r.int(f[0]), end: try r.int(f[1]), surface: surface, entity: try r.string(f[3]),
                           segment: segmentIDs[segment] ?? segment, type: try r.string(f[5]), key: try r.string(f[6]),
                           latin: Self.shared(try r.string(f[7]), surface), suspicious: try r.bool(f[8]))
        }
        d.terms = try r.array(v["terms"]).map { item in
            let f = try r.array(item)
            guard f.count == 5 else { throw r.error("term with \(f.count) fields") }
            let segment = try r.string(f[4])
            return TermMention(start: try r.int(f[0]), end: try r.int(f[1]), surface: try r.string(f[2]), concept: try r.string(f[3]),
                               segment: segmentIDs[segment] ?? segment)
        }
        return d
    }
}

/// Typed access to decoded JSON fields, failing with one error type.
struct FieldReader {
    let error: (String) -> SummaryError

    func string(_ v: JSONValue?) throws -> String {
        guard case let .string(s)? = v else { throw error("expected a string") }
        return s
    }
    func optionalString(_ v: JSONValue?) throws -> String? {
        switch v {
        case nil, .null?: return nil
        case let .string(s)?: return s
        default: throw error("expected a string or null")
        }
    }
    func int(_ v: JSONValue?) throws -> Int {
        guard case let .number(n)? = v, n == n.rounded() else { throw error("expected a whole number") }
        return Int(n)
    }
    func optionalDouble(_ v: JSONValue?) throws -> Double? {
        switch v {
        case nil, .null?: return nil
        case let .number(n)?: return n
        default: throw error("expected a number or null")
        }
    }
    func bool(_ v: JSONValue?) throws -> Bool {
        guard case let .bool(b)? = v else { throw error("expected true or false") }
        return b
    }
    func strings(_ v: JSONValue?) throws -> [String] { try array(v).map { try string($0) } }
    func array(_ v: JSONValue?) throws -> [JSONValue] {
        guard case let .array(a)? = v else { throw error("expected an array") }
        return a
    }
}
