/// The one-line summary printed at the end of a run.
public struct RunSummary: Sendable {
    public let documents: Int
    public let languages: [String: Int]
    public let entities: Int
    public let concepts: Int
    public let links: Int
    public let failures: Int
    public let skipped: Int
    public let seconds: Double

    public init(result: RunResult, timings: RunTimings) {
        documents = result.corpus.documents.count
        var languages: [String: Int] = [:]
        for document in result.corpus.documents { languages[document.language ?? "und", default: 0] += 1 }
        self.languages = languages
        entities = result.corpus.entities.count
        concepts = result.corpus.concepts.count
        links = result.corpus.alignments.count
        failures = result.manifest.inputs.filter { $0.status == .error }.count
        skipped = result.manifest.inputs.filter { $0.status == .skipped }.count
        seconds = timings.wallSeconds
    }

    /// "5 documents (en 3, de 1, fr 1), 61 entities, 12 concepts, 14 links, 0 failed, 0 skipped, 0.84 s"
    public var line: String {
        let languageList = languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let time = (seconds * 100).rounded() / 100
        return "\(documents) documents (\(languageList)), \(entities) entities, \(concepts) concepts, \(links) links, "
            + "\(failures) failed, \(skipped) skipped, \(time) s"
    }
}
