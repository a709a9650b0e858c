import Foundation

/// A gazetteer of known entities: the rows of `glossaries/names.tsv`-format
/// files plus country entities generated from ICU's CLDR region names.
/// Format: docs/names.md.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var type: String
        public var preferred: String
        /// Every form (preferred first) with its language ("und" when not given).
        public var forms: [(language: String, form: String)]
        public static func == (a: Entry, b: Entry) -> Bool {
            a.id == b.id && a.type == b.type && a.preferred == b.preferred
                && a.forms.map { "\($0.language):\($0.form)" } == b.forms.map { "\($0.language):\($0.form)" }
        }
    }

    public private(set) var entries: [Entry] = []
    private var indexByID: [String: Int] = [:]

    public static let types: Set<String> = ["person", "place", "org", "unknown"]
    /// The languages whose CLDR country names are loaded (the supported languages).
    public static let countryLanguages = ["en", "ru", "kk", "ky", "uz", "uk", "tr", "de", "fr", "es", "it", "pl", "ar", "zh"]

    public init() {}

    public func entry(_ id: String) -> Entry? { indexByID[id].map { entries[$0] } }

    /// Country entities from CLDR display names, id = slug of the English name.
    public static func countries() -> Gazetteer {
        var gazetteer = Gazetteer()
        for code in LocaleNames.regionCodes where code.count == 2 && code.allSatisfy(\.isLetter) {
            guard let english = LocaleNames.region(code, in: "en") else { continue }
            var forms: [(String, String)] = [("en", english)]
            for language in countryLanguages.dropFirst() {
                if let name = LocaleNames.region(code, in: language) { forms.append((language, name)) }
            }
            gazetteer.add(Entry(id: slug(english), type: "place", preferred: english, forms: forms))
        }
        return gazetteer
    }

    /// Adds an entry; an existing id gets the new forms appended (and keeps its type and preferred form).
    public mutating func add(_ entry: Entry) {
        if let index = indexByID[entry.id] {
            for form in entry.forms where !entries[index].forms.contains(where: { $0 == form }) {
                entries[index].forms.append(form)
            }
        } else {
            indexByID[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// Parses one gazetteer file and adds its rows.
    /// - Throws: `NamesError.malformedGazetteer` naming file and line.
    public mutating func load(_ url: URL, displayPath: String) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw NamesError.unreadableGazetteer(path: displayPath, reason: error.localizedDescription)
        }
        var seen: Set<String> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let number = offset + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func fail(_ message: String) -> NamesError { .malformedGazetteer(path: displayPath, line: number, message: message) }
            guard fields.count == 3 || fields.count == 4 else {
                throw fail("expected 3 or 4 tab-separated columns (id, type, preferred, aliases), found \(fields.count)")
            }
            let (id, type, preferred) = (fields[0], fields[1], fields[2])
            guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
                throw fail("id '\(id)' must be a lowercase slug (a-z, 0-9, -)")
            }
            guard Gazetteer.types.contains(type) else {
                throw fail("type '\(type)' must be one of person, place, org, unknown")
            }
            guard !preferred.isEmpty else { throw fail("the preferred form is empty") }
            guard seen.insert(id).inserted else { throw fail("duplicate id '\(id)'") }
            var forms: [(String, String)] = [("und", preferred)]
            if fields.count == 4 && !fields[3].isEmpty {
                for alias in fields[3].split(separator: ";", omittingEmptySubsequences: false) {
                    let alias = alias.trimmingCharacters(in: .whitespaces)
                    guard !alias.isEmpty else { throw fail("an empty alias (two ';' in a row)") }
                    if let colon = alias.firstIndex(of: ":"), alias[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }),
                       alias.distance(from: alias.startIndex, to: colon) <= 8 {
                        let form = alias[alias.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                        guard !form.isEmpty else { throw fail("alias '\(alias)' has a language but no form") }
                        forms.append((String(alias[..<colon]), form))
                    } else {
                        forms.append(("und", alias))
                    }
                }
            }
            if let index = indexByID[id] {
                // A row for a generated country: keep CLDR's preferred form and type, add aliases.
                entries[index].forms.append(contentsOf: forms.dropFirst().map { (language: $0.0, form: $0.1) })
            } else {
                add(Entry(id: id, type: type, preferred: preferred, forms: forms.map { (language: $0.0, form: $0.1) }))
            }
        }
    }

    /// A stable ASCII slug: "Karim Masimov" → "karim-masimov", "Côte d’Ivoire" → "cote-d-ivoire".
    public static func slug(_ text: String) -> String {
        let special: [Character: String] = ["ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                                            "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ə": "a", "Ə": "a"]
        let mapped = text.map { special[$0] ?? String($0) }.joined()
        let ascii = Normalizer.normalize(mapped, .nfkd).unicodeScalars.filter { $0.isASCII }
        var slug = ""
        var pendingDash = false
        for scalar in ascii {
            let character = Character(scalar)
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.append(Character(character.lowercased()))
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}

/// Errors of the names stage and its data files.
public enum NamesError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadableGazetteer(path: String, reason: String)
    case malformedGazetteer(path: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .unreadableGazetteer(path, reason): return "\(path): cannot read the gazetteer: \(reason)"
        case let .malformedGazetteer(path, line, message): return "\(path):\(line): \(message)"
        }
    }
}
