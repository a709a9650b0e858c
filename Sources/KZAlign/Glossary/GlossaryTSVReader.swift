import Foundation

/// Reads the kzalign glossary TSV (documented in `docs/glossary.md`): one row
/// per variant, tab-separated, UTF-8, with the header
/// `id  type  label  wikidata  lang  variant  flags`.
///
/// A concept's first row gives `type` and `label` (and `wikidata` when
/// known); its later rows, in this file or a later one, may leave them empty
/// or repeat them. Lines starting with `#` and blank lines are ignored; a
/// cell wrapped in double quotes (as spreadsheets export) is unquoted.
///
/// Thread safety: stateless.
public enum GlossaryTSVReader {
    /// The header row, exactly.
    public static let columns = ["id", "type", "label", "wikidata", "lang", "variant", "flags"]

    /// Reads a file; `displayName` is what errors call it (the path as the pipeline wrote it).
    /// - Throws: `GlossaryError` naming the file and line.
    public static func read(contentsOf url: URL, displayName: String,
                            validLanguages: Set<String>) throws -> [GlossaryConcept] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GlossaryError.unreadable(file: displayName, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GlossaryError.unreadable(file: displayName, reason: "not valid UTF-8")
        }
        return try parse(text, file: displayName, validLanguages: validLanguages)
    }

    /// Parses TSV text. Concepts come out in first-appearance order.
    public static func parse(_ text: String, file: String, validLanguages: Set<String>) throws -> [GlossaryConcept] {
        var concepts: [GlossaryConcept] = []
        var indexByID: [String: Int] = [:]
        var sawHeader = false
        var lineNumber = 0
        var languageMemo: [String: Bool] = [:]
        var flagMemo: [String: VariantFlags] = [:]
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let line = bytes[lineStart..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == 0x23 /* # */ { continue }
            let cells = splitCells(line)
            if !sawHeader {
                let names = cells.map { $0.lowercased() }
                guard Array(names.prefix(columns.count)) == columns || Array(names.prefix(6)) == Array(columns.prefix(6))
                else {
                    throw GlossaryError.malformedLine(
                        file: file, line: lineNumber,
                        reason: "the first row must be the header '\(columns.joined(separator: "<TAB>"))'")
                }
                sawHeader = true
                continue
            }
            guard cells.count == 6 || cells.count == 7 else {
                throw GlossaryError.malformedLine(
                    file: file, line: lineNumber,
                    reason: "expected 7 tab-separated columns (\(columns.joined(separator: ", "))), found \(cells.count)")
            }
            let id = cells[0], type = cells[1].lowercased(), label = cells[2], wikidata = cells[3]
            let language = cells[4], form = cells[5], flagText = cells.count > 6 ? cells[6] : ""
            let here = GlossaryError.Location(file: file, line: lineNumber)
            guard isValidID(id) else {
                throw GlossaryError.malformedLine(
                    file: file, line: lineNumber,
                    reason: "concept id '\(id)' must be lowercase letters, digits and '-' (a slug such as 'csto')")
            }
            if !wikidata.isEmpty, !isValidWikidata(wikidata) {
                throw GlossaryError.malformedLine(file: file, line: lineNumber,
                                                  reason: "wikidata '\(wikidata)' is not an item id such as Q232")
            }
            guard !language.isEmpty else {
                throw GlossaryError.malformedLine(file: file, line: lineNumber, reason: "the lang column is empty")
            }
            let languageOK: Bool
            if let known = languageMemo[language] { languageOK = known } else {
                languageOK = isKnownLanguage(language, validLanguages)
                languageMemo[language] = languageOK
            }
            guard languageOK else {
                throw GlossaryError.unknownLanguage(file: file, line: lineNumber, code: language)
            }
            let variantForm = Normalizer.normalize(form, .nfc)
            guard variantForm.unicodeScalars.contains(where: { TermTokenizer.kind($0) != .separator }) else {
                throw GlossaryError.emptyVariant(file: file, line: lineNumber)
            }
            let flags: VariantFlags
            if let known = flagMemo[flagText] { flags = known } else {
                flags = try parseFlags(flagText, file: file, line: lineNumber)
                flagMemo[flagText] = flags
            }
            let variant = GlossaryVariant(form: variantForm, language: language, flags: flags, source: here)

            if let index = indexByID[id] {
                var concept = concepts[index]
                if !label.isEmpty {
                    if concept.label.isEmpty {
                        concept.label = label
                        concept.source = here
                    } else if concept.label != label {
                        throw GlossaryError.conflictingConcept(id: id, field: "label", first: concept.source,
                                                               firstValue: concept.label, second: here, secondValue: label)
                    }
                }
                if !type.isEmpty {
                    if concept.type.isEmpty { concept.type = type } else if concept.type != type {
                        throw GlossaryError.conflictingConcept(id: id, field: "type", first: concept.source,
                                                               firstValue: concept.type, second: here, secondValue: type)
                    }
                }
                if !wikidata.isEmpty {
                    if let known = concept.wikidata, known != wikidata {
                        throw GlossaryError.conflictingConcept(id: id, field: "wikidata", first: concept.source,
                                                               firstValue: known, second: here, secondValue: wikidata)
                    }
                    concept.wikidata = wikidata
                }
                concept.variants.append(variant)
                concepts[index] = concept
            } else {
                indexByID[id] = concepts.count
                concepts.append(GlossaryConcept(id: id, type: type, label: label,
                                                wikidata: wikidata.isEmpty ? nil : wikidata,
                                                variants: [variant], source: here))
            }
        }
        if !sawHeader, lineNumber > 0 {
            throw GlossaryError.malformedLine(file: file, line: max(lineNumber, 1),
                                              reason: "no header row '\(columns.joined(separator: "<TAB>"))'")
        }
        return concepts
    }

    static func parseFlags(_ text: String, file: String, line: Int) throws -> VariantFlags {
        var flags: VariantFlags = []
        for name in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            guard let flag = VariantFlags.names.first(where: { $0.0 == name.lowercased() })?.1 else {
                throw GlossaryError.unknownFlag(file: file, line: line, flag: String(name),
                                                valid: VariantFlags.names.map(\.0))
            }
            flags.insert(flag)
        }
        if flags.contains(.wholeWord), !flags.isDisjoint(with: [.inflects, .compound]) {
            throw GlossaryError.malformedLine(file: file, line: line,
                                              reason: "flag 'word' cannot be combined with 'inflects' or 'compound'")
        }
        if flags.contains(.caseSensitive), flags.contains(.capitalized) {
            throw GlossaryError.malformedLine(file: file, line: line,
                                              reason: "flags 'cs' and 'cap' exclude each other (cs already fixes the case)")
        }
        return flags
    }

    /// Tab-separated cells of one line, each trimmed of spaces and unquoted.
    static func splitCells(_ line: ArraySlice<UInt8>) -> [String] {
        var cells: [String] = []
        var start = line.startIndex
        var i = line.startIndex
        while true {
            if i == line.endIndex || line[i] == 0x09 {
                var a = start, b = i
                while a < b, line[a] == 0x20 { a += 1 }
                while b > a, line[b - 1] == 0x20 { b -= 1 }
                cells.append(unquote(String(decoding: line[a..<b], as: UTF8.self)))
                if i == line.endIndex { break }
                start = i + 1
            }
            i += 1
        }
        return cells
    }

    static func unquote(_ trimmed: String) -> String {
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") {
            return String(trimmed.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        return trimmed
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "-" || $0 == "."
        }
    }

    static func isValidWikidata(_ value: String) -> Bool {
        value.count >= 2 && value.hasPrefix("Q") && value.dropFirst().allSatisfy(\.isASCII) && value.dropFirst().allSatisfy(\.isNumber)
    }

    /// A BCP-47 tag whose primary subtag ICU knows (or `mul`), with optional
    /// script (4 letters) and region (2 letters or 3 digits) subtags.
    public static func isKnownLanguage(_ tag: String, _ valid: Set<String>) -> Bool {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = parts.first?.lowercased(), primary == "mul" || valid.contains(primary) else { return false }
        for part in parts.dropFirst() {
            let letters = part.allSatisfy { $0.isASCII && $0.isLetter }
            let digits = part.allSatisfy { $0.isASCII && $0.isNumber }
            guard (letters && (part.count == 4 || part.count == 2)) || (digits && part.count == 3) else { return false }
        }
        return true
    }

    /// ICU's ISO 639 codes (computed once).
    public static let icuLanguageCodes: Set<String> = Set(LocaleNames.languageCodes)
}
