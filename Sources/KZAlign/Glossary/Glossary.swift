/// Concepts merged from several glossary sources, in the order they were added.
///
/// A later source may extend a concept an earlier one defined (add variants,
/// fill a missing Wikidata id); the same id with a different label, type or
/// Wikidata id is a `GlossaryError.conflictingConcept` naming both places.
public struct Glossary: Sendable {
    /// Concepts in definition order.
    public private(set) var concepts: [GlossaryConcept] = []
    private var indexByID: [String: Int] = [:]

    public init() {}

    /// Concepts from `sources`, merged in order.
    public init(merging sources: [[GlossaryConcept]]) throws {
        for source in sources { try add(source) }
        try checkComplete()
    }

    /// Every concept must have a label and a type once all sources are merged.
    /// - Throws: `GlossaryError.malformedLine` at the concept's first row.
    public func checkComplete() throws {
        for concept in concepts where concept.label.isEmpty || concept.type.isEmpty {
            throw GlossaryError.malformedLine(
                file: concept.source.file, line: concept.source.line,
                reason: "concept '\(concept.id)' has no \(concept.label.isEmpty ? "label" : "type"): its first row must give type and label")
        }
    }

    public func concept(id: String) -> GlossaryConcept? {
        indexByID[id].map { concepts[$0] }
    }

    /// Number of variants over all concepts.
    public var variantCount: Int { concepts.reduce(0) { $0 + $1.variants.count } }

    /// Adds concepts, merging variants into concepts with the same id.
    /// - Throws: `GlossaryError.conflictingConcept` when a field disagrees.
    public mutating func add(_ incoming: [GlossaryConcept]) throws {
        for concept in incoming {
            guard let index = indexByID[concept.id] else {
                indexByID[concept.id] = concepts.count
                concepts.append(concept)
                continue
            }
            var existing = concepts[index]
            if existing.label.isEmpty {
                existing.label = concept.label
                existing.source = concept.source
            } else if !concept.label.isEmpty {
                try Self.check(existing, concept, field: "label", existing.label, concept.label)
            }
            if existing.type.isEmpty {
                existing.type = concept.type
            } else if !concept.type.isEmpty {
                try Self.check(existing, concept, field: "type", existing.type, concept.type)
            }
            if let wikidata = concept.wikidata {
                if let known = existing.wikidata {
                    try Self.check(existing, concept, field: "wikidata", known, wikidata)
                } else {
                    existing.wikidata = wikidata
                }
            }
            var seen = Set(existing.variants.map { VariantKey($0) })
            for variant in concept.variants where seen.insert(VariantKey(variant)).inserted {
                existing.variants.append(variant)
            }
            concepts[index] = existing
        }
    }

    private static func check(_ first: GlossaryConcept, _ second: GlossaryConcept, field: String,
                              _ a: String, _ b: String) throws {
        guard a != b else { return }
        throw GlossaryError.conflictingConcept(id: first.id, field: field, first: first.source, firstValue: a,
                                               second: second.source, secondValue: b)
    }

    private struct VariantKey: Hashable {
        let form: String, language: String, flags: VariantFlags
        init(_ v: GlossaryVariant) { form = v.form; language = v.language; flags = v.flags }
    }
}
