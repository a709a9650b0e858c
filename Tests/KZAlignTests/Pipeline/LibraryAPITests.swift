import Foundation
import Testing
import KZAlign

@Suite("Library API: pipelines on in-memory documents")
struct LibraryAPITests {
    @Test func runsOnDocumentsSuppliedInMemory() throws {
        let pipeline = try KZAlign.loadPipeline(json: #"{"corpus": {"root": "does-not-matter"}, "stages": [{"type": "ingest"}, {"type": "segment"}]}"#)
        let result = try KZAlign.run(pipeline, documents: [
            InputDocument(id: "en-1", text: "Tokayev asked the CSTO for help. Peacekeepers arrived on January 6.", language: "en"),
            InputDocument(id: "ru-1", text: "Токаев обратился к ОДКБ.\r\n\r\nЧитайте также: другое", language: "ru"),
            InputDocument(id: "en-1", text: "duplicate"),
            InputDocument(id: "empty", text: "   "),
        ], jobs: 2)
        #expect(result.corpus.documents.map(\.id) == ["en-1", "ru-1"])
        #expect(result.corpus.documents[0].segments.map(\.text) == ["Tokayev asked the CSTO for help.", "Peacekeepers arrived on January 6."])
        #expect(result.corpus.documents[1].text == "Токаев обратился к ОДКБ.\n")
        #expect(result.corpus.documents[1].ingest.boilerplateRemoved == ["read-more": 1])
        #expect(result.manifest.inputs.map(\.status) == [.ok, .ok, .error, .skipped])
    }
}
