import Foundation

/// Reads a JSONL file: one JSON object per line with string fields `id` and
/// `text`, optional `language`, `url`, `date`, `title`. A bad line is
/// reported with its line number; the other lines still become documents.
struct JSONLDocumentReader {
    let reader: IngestStage.Reader

    static let knownFields = ["id", "text", "language", "url", "date", "title"]

    func read(_ bytes: [UInt8], file: CorpusFile, encoding: String) -> [IngestOutcome] {
        let text: String
        do {
            // JSONL is UTF-8 by definition (RFC 8259 §8.1); still accept a BOM or UTF-16.
            text = try TextDecoder.decode(bytes, encoding: encoding == "auto" ? "auto" : encoding).text
        } catch let rejection as TextDecoder.Rejection {
            return [.rejected(.init(path: file.displayPath, document: nil, status: .skipped, messages: [rejection.description]))]
        } catch {
            return [.rejected(.init(path: file.displayPath, document: nil, status: .error, messages: ["\(error)"]))]
        }
        var outcomes: [IngestOutcome] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let path = "\(file.displayPath):\(index + 1)"
            outcomes.append(readLine(trimmed, path: path))
        }
        if outcomes.isEmpty {
            outcomes.append(.rejected(.init(path: file.displayPath, document: nil, status: .skipped, messages: ["no JSON lines"])))
        }
        return outcomes
    }

    func readLine(_ line: String, path: String) -> IngestOutcome {
        func fail(_ message: String) -> IngestOutcome {
            .rejected(.init(path: path, document: nil, status: .error, messages: [message]))
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch let error as JSONParser.SyntaxError {
            return fail("invalid JSON at column \(error.column): \(error.message)")
        } catch {
            return fail("invalid JSON: \(error)")
        }
        guard case let .object(members) = value else {
            return fail("expected a JSON object with string fields \"id\" and \"text\", found \(value.typeName)")
        }
        var fields: [String: String] = [:]
        for member in members where Self.knownFields.contains(member.key) {
            switch member.value {
            case let .string(s): fields[member.key] = s
            case .null: continue
            default: return fail("field \"\(member.key)\" must be a string, found \(member.value.typeName)")
            }
        }
        guard let id = fields["id"], !id.isEmpty else { return fail("missing string field \"id\"") }
        guard let text = fields["text"] else { return fail("missing string field \"text\" (document \(id))") }
        let metadata = Document.Metadata(url: fields["url"], date: fields["date"], title: fields["title"],
                                         declaredLanguage: fields["language"].flatMap { $0.isEmpty ? nil : $0 })
        return reader.makeDocument(text: text, sha256: SHA256.hex(Array(line.utf8)), id: id, path: path,
                                   encoding: "UTF-8", replaced: text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count,
                                   metadata: metadata)
    }
}
