import Foundation
import Testing
@testable import KZAlign

@Suite("Documents the map keeps")
struct DocumentCapacityTests {
    /// The map holds every document of the corpus at once: lists built by appending keep up to
    /// half their buffer unused unless they are copied to their size.
    @Test("A mapped document's segment and mention lists take no more room than they hold")
    func mappedListsHaveNoSpareCapacity() throws {
        let repository = TestPaths.repository
        let pipeline = try KZAlign.loadPipeline(json: """
            {"corpus": {"root": "\(TestPaths.seeds.path)"}, "stages": [{"type": "ingest"}, {"type": "segment"},
             {"type": "detect-language"}, {"type": "transliterate"},
             {"type": "names", "options": {"gazetteer": ["\(repository.path)/glossaries/names.tsv"]}}]}
            """)
        let (result, _) = try PipelineRunner(pipeline: pipeline, jobs: 2).run()
        let documents = result.corpus.documents
        #expect(documents.count == 5 && documents.contains { $0.mentions.count >= 20 })
        for document in documents {
            #expect(document.mentions.capacity < document.mentions.count + 4,
                    "\(document.id): capacity \(document.mentions.capacity) for \(document.mentions.count) mentions")
            #expect(document.segments.capacity < document.segments.count + 4)
        }

        var document = Document(id: "d", path: "d", sha256: "", text: "")
        for i in 0..<129 {
            document.segments.append(Segment(id: "d:\(i)", start: i, end: i + 1, kind: .sentence, text: "x"))
            document.mentions.append(Mention(start: i, end: i + 1, surface: "x", segment: "d:\(i)"))
        }
        let before = document
        #expect(document.segments.capacity > 140 && document.mentions.capacity > 140)
        document.releaseSpareCapacity()
        #expect(document == before)
        #expect(document.segments.capacity < 133 && document.mentions.capacity < 133)
    }
}
