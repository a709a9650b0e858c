import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Imports a TBX termbase (TermBase eXchange, ISO 30042; the TBX-Basic
/// dialect) as glossary concepts.
///
/// Both the TBX 2 (2008) and TBX 3 (2019) element names are read:
/// `termEntry` / `conceptEntry` is a concept (its `id` attribute, slugified,
/// is the concept id), `langSet` / `langSec` with `xml:lang` gives the
/// language, `tig` / `ntig` / `termSec` holds one `term`. Mapping:
/// - `termNote type="termType"` `acronym`, `abbreviation`, `initialism`,
///   `shortForm`: the variant is case-sensitive (`cs`);
/// - `termNote type="x-kzalign-flags"` (a private extension): the TSV flags;
/// - `descrip type="subjectField"` (on the entry): the concept type, default `term`;
/// - `xref` / `ref` whose `target` names a Wikidata item: the Wikidata id;
/// - label: the first full-form term in `labelLanguage`, else the first term.
///
/// Thread safety: stateless.
public enum TBXImporter {
    public static func read(contentsOf url: URL, displayName: String, labelLanguage: String = "en",
                            validLanguages: Set<String>) throws -> [GlossaryConcept] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GlossaryError.unreadable(file: displayName, reason: error.localizedDescription)
        }
        return try parse(data, file: displayName, labelLanguage: labelLanguage, validLanguages: validLanguages)
    }

    public static func parse(_ data: Data, file: String, labelLanguage: String = "en",
                             validLanguages: Set<String>) throws -> [GlossaryConcept] {
        let delegate = TBXDelegate(file: file, labelLanguage: labelLanguage, validLanguages: validLanguages)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        let ok = parser.parse()
        if let error = delegate.error { throw error }
        guard ok else {
            throw GlossaryError.invalidTBX(file: file, line: parser.lineNumber,
                                           reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML")
        }
        guard delegate.sawRoot else {
            throw GlossaryError.invalidTBX(file: file, line: 1, reason: "the root element must be <martif> or <tbx>")
        }
        return delegate.concepts
    }
}

/// XMLParser delegate collecting TBX entries. Single use, one thread.
private final class TBXDelegate: NSObject, XMLParserDelegate {
    let file: String
    let labelLanguage: String
    let validLanguages: Set<String>
    var concepts: [GlossaryConcept] = []
    var error: GlossaryError?
    var sawRoot = false

    private struct PendingTerm {
        var form = ""
        var language = ""
        var flags: VariantFlags = []
        var line = 0
        var fullForm = true
    }
    private var entryID: String?
    private var entryLine = 0
    private var entryType: String?
    private var entryWikidata: String?
    private var entryTerms: [PendingTerm] = []
    private var language: String?
    private var term: PendingTerm?
    private var text = ""
    private var capture: String?   // "term", "termType", "flags", "subjectField"
    private var anonymousEntries = 0

    init(file: String, labelLanguage: String, validLanguages: Set<String>) {
        self.file = file
        self.labelLanguage = labelLanguage
        self.validLanguages = validLanguages
    }

    private func fail(_ parser: XMLParser, _ error: GlossaryError) {
        if self.error == nil { self.error = error }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "martif", "tbx":
            sawRoot = true
        case "termEntry", "conceptEntry":
            entryLine = parser.lineNumber
            anonymousEntries += 1
            entryID = attributes["id"].map(Self.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "tbx-\(anonymousEntries)"
            entryType = nil
            entryWikidata = nil
            entryTerms = []
        case "langSet", "langSec":
            guard let lang = attributes["xml:lang"] ?? attributes["lang"], !lang.isEmpty else {
                fail(parser, .invalidTBX(file: file, line: parser.lineNumber, reason: "<\(name)> without xml:lang"))
                return
            }
            guard GlossaryTSVReader.isKnownLanguage(lang, validLanguages) else {
                fail(parser, .unknownLanguage(file: file, line: parser.lineNumber, code: lang))
                return
            }
            language = lang
        case "tig", "ntig", "termSec":
            term = PendingTerm(language: language ?? "", line: parser.lineNumber)
        case "term":
            if term == nil { term = PendingTerm(language: language ?? "", line: parser.lineNumber) }
            term?.line = parser.lineNumber
            capture = "term"; text = ""
        case "termNote":
            switch attributes["type"] {
            case "termType": capture = "termType"; text = ""
            case "x-kzalign-flags": capture = "flags"; text = ""
            default: break
            }
        case "descrip":
            if attributes["type"] == "subjectField", term == nil { capture = "subjectField"; text = "" }
        case "xref", "ref":
            if let target = attributes["target"], let q = Self.wikidataID(in: target) { entryWikidata = q }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "term":
            term?.form = Normalizer.normalize(value, .nfc)
            capture = nil
        case "termNote" where capture == "termType":
            if ["acronym", "abbreviation", "initialism", "shortform", "abbreviatedform"].contains(value.lowercased()) {
                term?.flags.insert(.caseSensitive)
                term?.fullForm = false
            }
            capture = nil
        case "termNote" where capture == "flags":
            do {
                let flags = try GlossaryTSVReader.parseFlags(value, file: file, line: parser.lineNumber)
                term?.flags.formUnion(flags)
            } catch let error as GlossaryError {
                fail(parser, error)
            } catch {}
            capture = nil
        case "descrip" where capture == "subjectField":
            entryType = value.lowercased()
            capture = nil
        case "tig", "ntig", "termSec":
            if let pending = term {
                guard !TermTokenizer.tokenStrings(pending.form).isEmpty else {
                    fail(parser, .emptyVariant(file: file, line: pending.line))
                    return
                }
                entryTerms.append(pending)
            }
            term = nil
        case "langSet", "langSec":
            language = nil
        case "termEntry", "conceptEntry":
            finishEntry(parser)
        default:
            break
        }
    }

    private func finishEntry(_ parser: XMLParser) {
        guard let id = entryID else { return }
        guard !entryTerms.isEmpty else {
            fail(parser, .invalidTBX(file: file, line: entryLine, reason: "entry '\(id)' has no <term>"))
            return
        }
        let inLabelLanguage = entryTerms.filter { InflectionFamily.of(language: $0.language) != nil
            ? TermMatcher.primary($0.language) == labelLanguage : $0.language == labelLanguage }
        let label = (inLabelLanguage.first(where: \.fullForm) ?? inLabelLanguage.first
                     ?? entryTerms.first(where: \.fullForm) ?? entryTerms[0]).form
        let variants = entryTerms.map {
            GlossaryVariant(form: $0.form, language: $0.language, flags: $0.flags,
                            source: GlossaryError.Location(file: file, line: $0.line))
        }
        concepts.append(GlossaryConcept(id: id, type: entryType ?? "term", label: label, wikidata: entryWikidata,
                                        variants: variants, source: GlossaryError.Location(file: file, line: entryLine)))
        entryID = nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil {
            error = .invalidTBX(file: file, line: parser.lineNumber, reason: "not well-formed XML (\(parseError.localizedDescription))")
        }
    }

    static func slug(_ id: String) -> String {
        ConceptSlug.make(id)
    }

    static func wikidataID(in target: String) -> String? {
        guard target.contains("wikidata.org") else { return nil }
        guard let last = target.split(separator: "/").last, last.hasPrefix("Q"),
              last.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }), last.count > 1 else { return nil }
        return String(last)
    }
}
