import Foundation

/// One line of `kzalign map`'s standard input: a reference to a corpus file
/// (`{"file": "2024/01/a.txt"}`, relative to `corpus.root`), which map reads
/// exactly as `run` would, or a document given inline
/// (`{"id": …, "text": …, "language"?, "url"?, "date"?, "title"?}`).
public enum MapInputLine: Sendable, Equatable {
    case file(String)
    case document(InputDocument)

    /// Parses a line; `lineNumber` names it in errors.
    public static func parse(_ line: String, lineNumber: Int) -> Result<MapInputLine, SummaryError> {
        func fail(_ message: String) -> Result<MapInputLine, SummaryError> {
            .failure(.malformed(file: "stdin", line: lineNumber, message: message))
        }
        guard let value = try? JSONParser.parse(line), case let .object(members) = value else {
            return fail("expected a JSON object: {\"file\": …} or {\"id\": …, \"text\": …}")
        }
        var fields: [String: String] = [:]
        for member in members {
            guard case let .string(s) = member.value else {
                if case .null = member.value { continue }
                return fail("field \"\(member.key)\" must be a string")
            }
            fields[member.key] = s
        }
        if let file = fields["file"] { return .success(.file(file)) }
        guard let id = fields["id"], !id.isEmpty else { return fail("missing string field \"id\" (or \"file\")") }
        guard let text = fields["text"] else { return fail("missing string field \"text\" (document \(id))") }
        return .success(.document(InputDocument(id: id, text: text, language: fields["language"], url: fields["url"],
                                                date: fields["date"], title: fields["title"], path: fields["path"])))
    }
}

extension PipelineRunner {
    /// Maps a batch of stdin lines to summaries (in line order): file references
    /// are read from the corpus folder, inline documents ingested as given, bad
    /// lines become error summaries.
    public func map(lines: [(number: Int, text: String)]) throws -> [DocumentSummary] {
        var files: [CorpusFile] = []
        var documents: [InputDocument] = []
        var failures: [DocumentSummary] = []
        let root = pipeline.corpusRoot
        for (number, text) in lines {
            switch MapInputLine.parse(text, lineNumber: number) {
            case let .success(.file(path)):
                let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
                let relative = url.standardizedFileURL.path.hasPrefix(root.path + "/")
                    ? String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)) : path
                let base = pipeline.baseDirectory.path
                let display = url.standardizedFileURL.path.hasPrefix(base + "/")
                    ? String(url.standardizedFileURL.path.dropFirst(base.count + 1)) : url.path
                files.append(CorpusFile(url: url.standardizedFileURL, relativePath: relative, displayPath: display))
            case let .success(.document(document)):
                documents.append(document)
            case let .failure(error):
                failures.append(DocumentSummary(order: SummaryOrder(file: "stdin", line: number),
                                                input: .init(path: "stdin:\(number)", document: nil, status: .error,
                                                             messages: ["\(error)"]), document: nil))
            }
        }
        var summaries = failures
        if !files.isEmpty { summaries += try map(files: files).summaries }
        if !documents.isEmpty { summaries += try map(documents: documents).summaries }
        return summaries
    }
}

/// Reads summary files for `kzalign reduce`.
public enum SummaryReader {
    /// Every summary in `files`, checked against the pipeline. Any bad line fails
    /// the whole read: a reduce over a partial or foreign summary set would
    /// replace good outputs with wrong ones. With `leavingOutSegmentTexts`, each document's
    /// segment texts are left out as it is read, for a reduce whose runner does not complete
    /// documents (`PipelineRunner.completesDocuments` false).
    public static func read(_ files: [URL], pipelineHash: String, leavingOutSegmentTexts: Bool = false) throws -> [DocumentSummary] {
        var summaries: [DocumentSummary] = []
        for file in files {
            let data: Data
            do {
                data = try Data(contentsOf: file)
            } catch {
                throw SummaryError.malformed(file: file.path, line: 0, message: "cannot read: \(error.localizedDescription)")
            }
            let text = String(decoding: data, as: UTF8.self)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                var summary = try SummaryCodec.decode(String(line), pipelineHash: pipelineHash, file: file.path, lineNumber: index + 1)
                if leavingOutSegmentTexts { summary.document?.leaveOutSegmentTexts() }
                summaries.append(summary)
            }
            if !data.isEmpty, data.last != 0x0A {
                throw SummaryError.malformed(file: file.path, line: text.split(separator: "\n").count,
                                             message: "the file does not end with a newline; it may be truncated")
            }
        }
        return summaries
    }
}
