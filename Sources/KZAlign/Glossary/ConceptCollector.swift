/// The reduce of the glossary stage: every concept seen in the corpus, in
/// the `Entity` shape `concepts.json` writes (DESIGN.md), with each surface
/// form seen as a variant: its Latin form, its folded key, the languages of
/// the segments it was seen in, the documents and the count.
///
/// Order is stable: concepts by id; variants by count (descending), then form.
struct ConceptCollector {
    let glossary: Glossary

    func collect(_ documents: [Document]) -> [Entity] {
        struct Seen {
            var languages = Set<String>()
            var documents = Set<String>()
            var count = 0
        }
        var seen: [String: [String: Seen]] = [:]
        for document in documents {
            var segmentLanguage: [String: String] = [:]
            for segment in document.segments { segmentLanguage[segment.id] = segment.language }
            for term in document.terms {
                let language = segmentLanguage[term.segment] ?? document.language ?? "und"
                var entry = seen[term.concept, default: [:]][term.surface, default: Seen()]
                entry.languages.insert(language)
                entry.documents.insert(document.id)
                entry.count += 1
                seen[term.concept, default: [:]][term.surface] = entry
            }
        }
        let latin = LatinForms()
        var result: [Entity] = []
        for id in seen.keys.sorted() {
            guard let concept = glossary.concept(id: id), let forms = seen[id] else { continue }
            let variants = forms.map { form, s in
                Entity.Variant(form: form, latin: latin.latin(form, languages: s.languages),
                               key: TermFolding.fold(form), languages: s.languages.sorted(),
                               documents: s.documents.sorted(), count: s.count)
            }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.form < $1.form }
            result.append(Entity(id: id, canonical: concept.label, type: concept.type, origin: "glossary",
                                 variants: variants, wikidata: concept.wikidata))
        }
        return result
    }
}

/// Latin forms of term surfaces: Latin-script forms as written; Cyrillic by
/// the BGN/PCGN scheme of the language (Russian, Kazakh, Kyrgyz, Ukrainian),
/// other scripts by ICU `Any-Latin`. One thread (owns transliterators).
final class LatinForms {
    private var transliterators: [String: Transliterator] = [:]

    private static let schemes = ["ru": "Russian-Latin/BGN", "kk": "Kazakh-Latin/BGN", "ky": "Kirghiz-Latin/BGN",
                                  "uk": "Ukrainian-Latin/BGN"]

    func latin(_ form: String, languages: Set<String>) -> String {
        let isLatin = form.unicodeScalars.allSatisfy { $0.isASCII || ($0.value >= 0x80 && $0.value < 0x250) || !$0.properties.isAlphabetic }
        if isLatin { return form }
        let language = languages.sorted().first.map(TermMatcher.primary) ?? ""
        let id = Self.schemes[language] ?? "Any-Latin"
        if transliterators[id] == nil { transliterators[id] = try? Transliterator(id: id) }
        return transliterators[id]?.transliterate(form) ?? form
    }
}
