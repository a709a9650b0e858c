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
///
/// The same reader reads Mueller's English–Russian dictionary (`mueller7`), whose entries are laid
/// out otherwise (`MuellerEntry`).
public struct FreeDictReader: Sendable {
    /// How an entry's text is laid out.
    public enum EntryFormat: Sendable {
        /// FreeDict's: translation lines after the headword line, notes indented.
        case freeDict
        /// Mueller's: indented, numbered senses with labels and examples (`MuellerEntry`).
        case mueller
    }

    /// One headword with its translations as written (phrases allowed).
    public struct Entry: Sendable, Equatable {
        public var headword: String
        public var translations: [String]
    }

    public let name: String
    public let indexURL: URL
    public let dataURL: URL
    public let format: EntryFormat

    /// A reader for `<folder>/<name>.index` + `<name>.dict.dz` (or `.dict`), whose entries are laid
    /// out as `format` says.
    public init(folder: URL, name: String, format: EntryFormat = .freeDict) throws {
        self.name = name
        self.format = format
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
            let body = data[offset..<(offset + length)]
            let translations = format == .mueller ? MuellerEntry.translations(inEntry: String(decoding: body, as: UTF8.self))
                                                  : Self.translations(inEntry: body)
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
        translations(inEntry: ArraySlice(Array(body.utf8)))
    }

    /// Translation items of one entry's UTF-8 bytes (headword line excluded). Works on bytes:
    /// every delimiter involved is ASCII.
    static func translations(inEntry body: ArraySlice<UInt8>) -> [String] {
        var items: [String] = []
        var lineStart = body.startIndex
        var first = true
        var line: [UInt8] = []
        while lineStart < body.endIndex {
            var lineEnd = lineStart
            while lineEnd < body.endIndex, body[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if first { first = false; continue } // headword /pron/ <pos>
            guard lineEnd > lineStart else { continue }
            let head = body[lineStart]
            if head == 0x20 || head == 0x09 { continue } // notes, synonyms, "see:"
            // strip bracketed groups and /pronunciations/
            line.removeAll(keepingCapacity: true)
            var depth = 0
            var inSlash = false
            for byte in body[lineStart..<lineEnd] {
                switch byte {
                case 0x3C, 0x5B, 0x28, 0x7B: depth += 1
                case 0x3E, 0x5D, 0x29, 0x7D: depth = max(0, depth - 1)
                case 0x2F where depth == 0: inSlash.toggle()
                default: if depth == 0 && !inSlash { line.append(byte) }
                }
            }
            var start = 0
            while start <= line.count {
                var end = start
                while end < line.count, line[end] != 0x2C, line[end] != 0x3B { end += 1 }
                var lo = start, hi = end
                // trim spaces, digits and dots (sense numbers "1. word", "word 2.")
                func trimmable(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x2E || (b >= 0x30 && b <= 0x39) }
                while lo < hi, trimmable(line[lo]) { lo += 1 }
                while hi > lo, trimmable(line[hi - 1]) { hi -= 1 }
                if hi > lo {
                    var spaces = 0
                    for i in lo..<hi where line[i] == 0x20 { spaces += 1 }
                    if spaces <= 2 { items.append(String(decoding: line[lo..<hi], as: UTF8.self)) }
                }
                start = end + 1
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
