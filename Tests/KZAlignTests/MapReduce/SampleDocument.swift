@testable import KZAlign

extension Document {
    /// A document with every field set (a segment's Latin and canonical forms equal to its text
    /// included), for codec round trips.
    static func everyFieldSample() -> Document {
        var document = Document(id: "d/ü", path: "corpus/d.jsonl:3", sha256: "ab", text: "Масимов приехал. 😀 Tokajew",
                                metadata: .init(url: "u", date: "2022", title: "t", declaredLanguage: "ru"),
                                ingest: IngestReport(encoding: "windows-1251", replacedSequences: 2, boilerplateRemoved: ["loading": 1, "ad": 3]))
        document.language = "ru"
        document.languageConfidence = 0.123456789
        var first = Segment(id: "d/ü:0", start: 0, end: 16, kind: .sentence, text: "Масимов приехал.")
        first.language = "ru"
        first.languageConfidence = 0.5
        first.latin = "Masimov priyekhal."
        first.canonical = first.text
        var second = Segment(id: "d/ü:1", start: 17, end: 26, kind: .heading, text: "😀 Tokajew")
        second.latin = second.text
        document.segments = [first, second]
        document.mentions = [Mention(start: 0, end: 7, surface: "Масимов", entity: "karim-masimov", segment: "d/ü:0", type: "person",
                                     key: "masimov", latin: "Masimov", suspicious: true),
                             Mention(start: 19, end: 26, surface: "Tokajew", segment: "d/ü:1")]
        document.terms = [TermMention(start: 19, end: 26, surface: "Tokajew", concept: "x", segment: "d/ü:1")]
        return document
    }
}
