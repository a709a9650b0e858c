/// `run.json`: the manifest. Deterministic: no clock values (see timings.json).
enum RunManifestWriter {
    static func json(_ result: RunResult) -> String {
        let manifest = result.manifest
        let corpus = result.corpus
        var w = JSONWriter()
        w.beginObject()
        w.field("tool", "kzalign")
        w.field("version", manifest.toolVersion)
        w.field("icu", manifest.icuVersion)
        w.field("pipelineHash", manifest.pipelineHash)
        w.key("counts")
        w.beginObject()
        w.field("inputs", manifest.inputs.count)
        w.field("ok", manifest.inputs.filter { $0.status == .ok }.count)
        w.field("skipped", manifest.inputs.filter { $0.status == .skipped }.count)
        w.field("error", manifest.inputs.filter { $0.status == .error }.count)
        w.field("documents", corpus.documents.count)
        w.field("segments", corpus.documents.reduce(0) { $0 + $1.segments.count })
        w.field("mentions", corpus.documents.reduce(0) { $0 + $1.mentions.count })
        w.field("terms", corpus.documents.reduce(0) { $0 + $1.terms.count })
        w.field("entities", corpus.entities.count)
        w.field("concepts", corpus.concepts.count)
        w.field("alignments", corpus.alignments.count)
        w.field("replacedSequences", corpus.documents.reduce(0) { $0 + $1.ingest.replacedSequences })
        w.field("boilerplateLinesRemoved", corpus.documents.reduce(0) { $0 + $1.ingest.boilerplateRemoved.values.reduce(0, +) })
        w.endObject()
        w.key("stages")
        w.beginArray()
        for stage in manifest.stageTimings {
            w.beginObject()
            w.field("name", stage.name)
            w.field("type", stage.type)
            w.endObject()
        }
        w.endArray()
        w.key("inputs")
        w.beginArray()
        for input in manifest.inputs {
            w.beginObject()
            w.field("path", input.path)
            w.field("document", input.document)
            w.field("status", input.status.rawValue)
            if let encoding = input.encoding { w.field("encoding", encoding) }
            w.field("messages", strings: input.messages)
            w.endObject()
        }
        w.endArray()
        w.field("notes", strings: manifest.notes + corpus.notes)
        w.field("timings", "timings.json")
        w.endObject()
        return w.output + "\n"
    }
}
