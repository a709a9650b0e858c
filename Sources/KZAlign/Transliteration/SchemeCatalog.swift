import Foundation

/// Where transliteration schemes come from: ICU's registered ids, kzalign's
/// own rule sets (`TransliterationScheme.centralAsianToRussianBGNID`), and
/// custom ICU rule files named in a pipeline.
///
/// Thread safety: immutable after init; `open` returns a new transliterator each time.
public struct SchemeCatalog: Sendable {
    /// Rule sets by scheme name (name → ICU rule text and the file it came from).
    public private(set) var ruleSets: [String: RuleSet]

    public struct RuleSet: Sendable, Equatable {
        public var rules: String
        /// The file the rules were read from, for error messages; nil for built-in rules.
        public var file: String?
    }

    /// ICU ids plus kzalign's built-in rule sets.
    public static let standard = SchemeCatalog(ruleSets: [
        TransliterationScheme.centralAsianToRussianBGNID:
            RuleSet(rules: TransliterationScheme.centralAsianToRussianBGN, file: nil),
    ])

    init(ruleSets: [String: RuleSet]) { self.ruleSets = ruleSets }

    /// The scheme name under which a rule file is registered.
    public static func schemeName(ofRuleFile path: String) -> String { "file:" + path }

    /// Reads an ICU rules file and registers it as `schemeName(ofRuleFile:)`.
    /// The rules are compiled once here so a syntax error stops the run early.
    /// - Throws: `TransliterationError` naming the file (and the rule line for a syntax error).
    public mutating func addRuleFile(_ url: URL, displayPath: String) throws -> String {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TransliterationError.unreadableRuleFile(path: displayPath, reason: error.localizedDescription)
        }
        let name = SchemeCatalog.schemeName(ofRuleFile: displayPath)
        do {
            _ = try Transliterator(id: name, rules: text)
        } catch let ICUError.invalidTransliterationRules(_, line, offset, icuError) {
            throw TransliterationError.invalidRules(path: displayPath, line: line, offset: offset, icuError: icuError)
        }
        ruleSets[name] = RuleSet(rules: text, file: displayPath)
        return name
    }

    /// A new transliterator for `scheme`.
    /// - Throws: `ICUError.unknownTransliterator` for an id ICU does not know.
    public func open(_ scheme: String) throws -> Transliterator {
        if let set = ruleSets[scheme] {
            return try Transliterator(id: scheme, rules: set.rules)
        }
        return try Transliterator(id: scheme)
    }
}

/// Errors of the transliteration stage and its data files.
public enum TransliterationError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadableRuleFile(path: String, reason: String)
    case invalidRules(path: String, line: Int, offset: Int, icuError: String)

    public var description: String {
        switch self {
        case let .unreadableRuleFile(path, reason):
            return "\(path): cannot read ICU transliteration rules: \(reason)"
        case let .invalidRules(path, line, offset, icuError):
            return "\(path):\(line): ICU transliteration rule syntax error at offset \(offset) (\(icuError))"
        }
    }
}
