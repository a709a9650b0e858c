import Foundation

/// `names.json`: the canonical name index.
public struct NamesJSONFormat: OutputFormat {
    public static let formatName = "names"
    public static let fileNames = ["names.json"]
    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        try Data(EntityIndexJSON.json(key: "entities", result.corpus.entities).utf8)
            .writeOutput(to: directory.appendingPathComponent(Self.fileNames[0]))
    }
}

/// `concepts.json`: the glossary concepts found, in the shape of `names.json`.
public struct ConceptsJSONFormat: OutputFormat {
    public static let formatName = "concepts"
    public static let fileNames = ["concepts.json"]
    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        try Data(EntityIndexJSON.json(key: "concepts", result.corpus.concepts).utf8)
            .writeOutput(to: directory.appendingPathComponent(Self.fileNames[0]))
    }
}

/// Shared JSON shape of entities and concepts: one entity per line inside the array,
/// so the file diffs well and stays greppable.
enum EntityIndexJSON {
    static func json(key: String, _ entities: [Entity]) -> String {
        var out = "{\"\(key)\":[\n"
        for (index, entity) in entities.enumerated() {
            out += object(entity)
            out += index == entities.count - 1 ? "\n" : ",\n"
        }
        return out + "]}\n"
    }

    static func object(_ entity: Entity) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", entity.id)
        w.field("canonical", entity.canonical)
        w.field("type", entity.type)
        w.field("origin", entity.origin)
        if let wikidata = entity.wikidata { w.field("wikidata", wikidata) }
        w.key("variants")
        w.beginArray()
        for variant in entity.variants {
            w.beginObject()
            w.field("form", variant.form)
            w.field("latin", variant.latin)
            w.field("key", variant.key)
            w.field("languages", strings: variant.languages)
            w.field("documents", strings: variant.documents)
            w.field("count", variant.count)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }
}
