import CZlib
import Foundation

/// Reads a FreeDict dictionary in dictd format: a `.index` file of
/// `headword<TAB>offset<TAB>length` lines (offset and length in dictd's base64,
/// into the uncompressed data) and the data as `.dict.dz` (gzip with a dictzip
/// header) or plain `.dict`. Format: dictd(8) / dictfmt(1).
///
/// FreeDict entries start with a headword line (`word /pron/ <pos>`), followed by
/// translation lines (comma-separated, sometimes numbered "1. …"); lines indented
/// with spaces are notes, synonyms and cross references. Dictionaries built from
/// Wiktionary add a definition in the source language after a translation line;
/// `FreeDictReader` keeps only short comma-separated items, so long definitions drop out.
public struct FreeDictReader: Sendable {
    /// One headword with its translations as written (phrases allowed).
    public struct Entry: Sendable, Equatable {
        public var headword: String
        public var translations: [String]
    }

    public let name: String
    public let indexURL: URL
    public let dataURL: URL

    /// A reader for `<folder>/<name>.index` + `<name>.dict.dz` (or `.dict`).
    public init(folder: URL, name: String) throws {
        self.name = name
        indexURL = folder.appendingPathComponent(name + ".index")
        let dz = folder.appendingPathComponent(name + ".dict.dz")
        let plain = folder.appendingPathComponent(name + ".dict")
        dataURL = FileManager.default.fileExists(atPath: dz.path) ? dz : plain
        guard FileManager.default.fileExists(atPath: indexURL.path) else {
            throw AlignError.unreadable(file: indexURL.path, reason: "no such file")
        }
    }

    /// Every entry in index order; metadata entries (`00database…`) are skipped.
    /// - Throws: `AlignError` naming the file and line of the first malformed index line.
    public func entries() throws -> [Entry] {
        let data = try Self.load(dataURL)
        let indexBytes: [UInt8]
        do { indexBytes = Array(try Data(contentsOf: indexURL)) } catch {
            throw AlignError.unreadable(file: indexURL.path, reason: error.localizedDescription)
        }
        var result: [Entry] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart < indexBytes.count {
            var lineEnd = lineStart
            while lineEnd < indexBytes.count, indexBytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart { continue }
            let line = indexBytes[lineStart..<lineEnd]
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 3, let offset = Self.base64Value(fields[fields.count - 2]),
                  let length = Self.base64Value(fields[fields.count - 1]) else {
                throw AlignError.badIndexLine(file: indexURL.path, line: lineNumber,
                                              text: String(decoding: line, as: UTF8.self))
            }
            let headword = String(decoding: fields[0], as: UTF8.self)
            if headword.hasPrefix("00database") || headword.hasPrefix("00-database") { continue }
            guard offset + length <= data.count else {
                throw AlignError.entryOutOfRange(file: indexURL.path, line: lineNumber)
            }
            let body = String(decoding: data[offset..<(offset + length)], as: UTF8.self)
            let translations = Self.translations(inEntry: body)
            if !translations.isEmpty { result.append(Entry(headword: headword, translations: translations)) }
        }
        return result
    }

    /// The uncompressed bytes of a `.dict.dz` (gzip) or `.dict` file.
    static func load(_ url: URL) throws -> [UInt8] {
        let raw: Data
        do { raw = try Data(contentsOf: url) } catch {
            throw AlignError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        guard url.pathExtension == "dz" else { return Array(raw) }
        return try raw.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws -> [UInt8] in
            var output: UnsafeMutablePointer<UInt8>? = nil
            var outputLength = 0
            let base = buffer.bindMemory(to: UInt8.self).baseAddress
            let code = kz_gunzip(base, buffer.count, &output, &outputLength)
            guard code == 0, let output else { throw AlignError.badCompressedData(file: url.path, code: code) }
            defer { kz_gunzip_free(output) }
            return Array(UnsafeBufferPointer(start: output, count: outputLength))
        }
    }

    /// dictd's base64 number: digits `A–Z a–z 0–9 + /`, most significant first.
    static func base64Value(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 10 else { return nil }
        var value = 0
        for byte in bytes {
            let digit: Int
            switch byte {
            case 0x41...0x5A: digit = Int(byte) - 0x41
            case 0x61...0x7A: digit = Int(byte) - 0x61 + 26
            case 0x30...0x39: digit = Int(byte) - 0x30 + 52
            case 0x2B: digit = 62
            case 0x2F: digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }

    /// Translation items of one entry's text (headword line excluded).
    static func translations(inEntry body: String) -> [String] {
        var items: [String] = []
        for (index, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if index == 0 { continue } // headword /pron/ <pos>
            if rawLine.first == " " || rawLine.first == "\t" { continue } // notes, synonyms, "see:"
            var line = String(rawLine)
            line = stripBracketed(line)
            for piece in line.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                var item = piece.trimmingCharacters(in: .whitespaces)
                // numbered senses "1. word", trailing sense numbers "word 2."
                while let first = item.first, first.isNumber || first == "." {
                    item.removeFirst()
                    item = item.trimmingCharacters(in: .whitespaces)
                }
                while let last = item.last, last.isNumber || last == "." {
                    item.removeLast()
                    item = item.trimmingCharacters(in: .whitespaces)
                }
                let words = item.split(separator: " ").count
                if item.isEmpty || words > 3 { continue }
                items.append(item)
            }
        }
        return items
    }

    /// Removes `<…>`, `[…]`, `(…)`, `{…}` and `/…/` groups.
    static func stripBracketed(_ line: String) -> String {
        var out = ""
        var depth = 0
        var inSlash = false
        for ch in line {
            switch ch {
            case "<", "[", "(", "{": depth += 1
            case ">", "]", ")", "}": depth = max(0, depth - 1)
            case "/" where depth == 0: inSlash.toggle()
            default: if depth == 0 && !inSlash { out.append(ch) }
            }
        }
        return out
    }
}
