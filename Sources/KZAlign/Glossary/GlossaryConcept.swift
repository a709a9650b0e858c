/// How a variant may be matched. Written in the TSV `flags` column as a
/// comma-separated list (`cs,inflects`); empty means the defaults.
public struct VariantFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `cs`: case-sensitive (acronyms: "KNB" must not match "knb" in a URL slug or "Sco" in a name).
    public static let caseSensitive = VariantFlags(rawValue: 1 << 0)
    /// `word`: a standalone word only: not joined to a hyphenated compound
    /// ("OVKS-Kräfte"), an apostrophe suffix ("KGAÖ'nün") or an elided article ("l'OTSC").
    public static let wholeWord = VariantFlags(rawValue: 1 << 1)
    /// `inflects`: each word may carry a grammatical ending of the variant's
    /// language (чрезвычайное положение → чрезвычайного положения, Қазақстан → Қазақстанның).
    public static let inflects = VariantFlags(rawValue: 1 << 2)
    /// `compound`: may open a closed compound word (German "Flüssiggas" in
    /// "Flüssiggaspreise"); the span is the variant's part.
    public static let compound = VariantFlags(rawValue: 1 << 3)
    /// `cap`: case-insensitive, but the text word must start with a capital
    /// letter (or be in a script without case): proper names that are also
    /// common words ("Turkey", "Chad").
    public static let capitalized = VariantFlags(rawValue: 1 << 4)

    /// Flag names as written in the TSV, in documentation order.
    public static let names: [(String, VariantFlags)] = [
        ("cs", .caseSensitive), ("word", .wholeWord), ("inflects", .inflects),
        ("compound", .compound), ("cap", .capitalized),
    ]

    /// The TSV spelling (`cs,inflects`).
    public var tsv: String {
        Self.names.filter { contains($0.1) }.map(\.0).joined(separator: ",")
    }
}

/// One spelling of a concept in a glossary.
public struct GlossaryVariant: Sendable, Hashable {
    /// The term as written ("OVKS", "Organisation des Vertrags über kollektive Sicherheit").
    public var form: String
    /// BCP-47 language of the variant ("de", "uz-Cyrl"), or `mul` for any language.
    public var language: String
    public var flags: VariantFlags
    /// Where it was defined ("glossaries/terms.tsv:12").
    public var source: GlossaryError.Location

    public init(form: String, language: String, flags: VariantFlags = [], source: GlossaryError.Location) {
        self.form = form
        self.language = language
        self.flags = flags
        self.source = source
    }
}

/// A canonical concept: one id, its label and type, and every variant that names it.
public struct GlossaryConcept: Sendable, Hashable {
    /// Stable id, lowercase slug ("csto", "kazakhstan").
    public var id: String
    /// org, body, legal, energy, country, language, … (free text, lowercase).
    public var type: String
    /// The canonical label written into a segment's `canonical` text.
    public var label: String
    /// Wikidata item ("Q232"), when known.
    public var wikidata: String?
    public var variants: [GlossaryVariant]
    /// Where the concept was first defined.
    public var source: GlossaryError.Location

    public init(id: String, type: String, label: String, wikidata: String? = nil,
                variants: [GlossaryVariant] = [], source: GlossaryError.Location) {
        self.id = id
        self.type = type
        self.label = label
        self.wikidata = wikidata
        self.variants = variants
        self.source = source
    }
}
