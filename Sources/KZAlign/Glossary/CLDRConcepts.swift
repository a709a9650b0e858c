import Foundation

/// Country and language concepts generated from ICU's CLDR display names,
/// so "Kasachstan", "Kazakhstan", "Казахстан", "Kazakistan", "Қазақстан" and
/// "哈萨克斯坦" are one concept without anyone typing them.
///
/// Ids are the slug of the English CLDR name (`kazakhstan`, `russia`,
/// `united-states`; languages: `kazakh`, `russian`), the ids the names stage
/// uses for the same places. A glossary file may extend these concepts
/// (historic exonyms such as "Weißrussland", a Wikidata id) by repeating the
/// id with an empty or identical label and type.
///
/// Thread safety: stateless.
public enum CLDRConcepts {
    /// Where generated concepts say they come from (in errors and docs).
    public static let sourceName = "CLDR display names (ICU \(icuVersion))"

    /// Region codes that are not countries or territories (CLDR macro-regions and private-use codes).
    static let excludedRegions: Set<String> = ["ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "AQ"]

    /// One `country` concept per ISO 3166-1 region with an English CLDR name,
    /// with its name in each of `languages` as a variant. Variants are flagged
    /// `cap` (a country name starts with a capital: "Turkey", not "turkey")
    /// and `inflects` where the language has an inflection family.
    public static func countries(in languages: [String]) -> [GlossaryConcept] {
        var result: [GlossaryConcept] = []
        var seenIDs = Set<String>()
        for code in LocaleNames.regionCodes.sorted()
        where code.count == 2 && code.allSatisfy(\.isLetter) && !excludedRegions.contains(code) {
            guard let english = LocaleNames.region(code, in: "en") else { continue }
            let id = ConceptSlug.make(english)
            guard !id.isEmpty, seenIDs.insert(id).inserted else { continue }
            let source = GlossaryError.Location(file: "\(sourceName) region \(code)", line: 0)
            var variants: [GlossaryVariant] = []
            var forms = Set<String>()
            for language in languages {
                guard let name = LocaleNames.region(code, in: language) else { continue }
                for form in parts(of: Normalizer.normalize(name, .nfc))
                where forms.insert(language + "\t" + form).inserted {
                    variants.append(GlossaryVariant(form: form, language: language, flags: flags(for: language),
                                                    source: source))
                }
            }
            result.append(GlossaryConcept(id: id, type: "country", label: english, variants: variants, source: source))
        }
        return result
    }

    /// One `language` concept per code in `codes` that has an English CLDR
    /// name, with its name in each of `displayLanguages`. Variants are
    /// case-insensitive (many languages write language names in lowercase:
    /// "kazakh", "казахский") and do not inflect: inflected forms of a language
    /// name are mostly the adjective ("kasachische Behörden"), not the language.
    public static func languages(_ codes: [String], in displayLanguages: [String]) -> [GlossaryConcept] {
        var result: [GlossaryConcept] = []
        var seenIDs = Set<String>()
        for code in codes {
            guard let english = LocaleNames.language(code, in: "en") else { continue }
            let id = ConceptSlug.make(english)
            guard !id.isEmpty, seenIDs.insert(id).inserted else { continue }
            let source = GlossaryError.Location(file: "\(sourceName) language \(code)", line: 0)
            var variants: [GlossaryVariant] = []
            var forms = Set<String>()
            for language in displayLanguages {
                guard let name = LocaleNames.language(code, in: language) else { continue }
                let form = Normalizer.normalize(name, .nfc)
                guard forms.insert(language + "\t" + form).inserted else { continue }
                variants.append(GlossaryVariant(form: form, language: language, flags: [], source: source))
            }
            result.append(GlossaryConcept(id: id, type: "language", label: english, variants: variants, source: source))
        }
        return result
    }

    /// "Myanmar (Burma)" → ["Myanmar", "Burma"]: a parenthesised alternative is a variant of its own.
    static func parts(of name: String) -> [String] {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return [name] }
        let main = name[..<open].trimmingCharacters(in: .whitespaces)
        let inner = name[name.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return [main, inner].filter { !$0.isEmpty }
    }

    static func flags(for language: String) -> VariantFlags {
        InflectionFamily.of(language: language) == nil ? [.capitalized] : [.capitalized, .inflects]
    }
}
