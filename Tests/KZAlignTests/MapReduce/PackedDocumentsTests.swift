import Foundation
import Testing
@testable import KZAlign

@Suite("Documents packed in memory")
struct PackedDocumentsTests {
    @Test func unpackedDocumentsEqualThoseOfASeedRun() throws {
        let pipeline = try PipelineLoader().load(file: TestPaths.repository.appendingPathComponent("pipeline.json"))
        let (result, _) = try PipelineRunner(pipeline: pipeline, jobs: 2).run()
        let documents = result.corpus.documents
        #expect(documents.count == 5)
        #expect(documents.allSatisfy { !$0.segments.isEmpty && $0.segments.allSatisfy { $0.canonical != nil } })
        let packed = PackedDocuments(documents, jobs: 2)
        #expect(packed.count == documents.count)
        #expect(try packed.unpacked(jobs: 2) == documents)
        #expect(try packed.unpacked(jobs: 1) == documents)
        // compressed: well under the documents' own summary JSON
        let json = documents.reduce(0) { total, document in
            var writer = JSONWriter()
            SummaryCodec.encodeDocument(document, &writer)
            return total + writer.output.utf8.count
        }
        #expect(packed.byteCount * 3 < json)
    }

    @Test func binaryCodecRoundTripsEveryFieldAndRejectsTruncatedData() throws {
        let document = Document.everyFieldSample()
        let bytes = DocumentBinaryCodec.encode(document)
        #expect(try DocumentBinaryCodec.decode(bytes) == document)
        #expect(try DocumentBinaryCodec.decode(DocumentBinaryCodec.encode(Document(id: "", path: "", sha256: "", text: ""))).text == "")
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: DocumentBinaryCodec.Truncated.self) { try DocumentBinaryCodec.decode(Array(bytes.prefix(cut))) }
        }
        #expect(throws: DocumentBinaryCodec.Truncated.self) { try DocumentBinaryCodec.decode(bytes + [0]) }
    }

    /// The binary codec of packed documents, and the summary JSON of the cache and `map`.
    static let codecs: [(name: String, roundTrip: @Sendable (Document) throws -> Document?)] = [
        ("binary", { try DocumentBinaryCodec.decode(DocumentBinaryCodec.encode($0)) }),
        ("summary", { document in
            let summary = DocumentSummary(order: SummaryOrder(file: "d", line: 0),
                                          input: .init(path: "d", document: document.id, status: .ok), document: document)
            return try SummaryCodec.decode(SummaryCodec.encode(summary, pipelineHash: "h"), pipelineHash: "h", file: "f", lineNumber: 1).document
        }),
    ]

    @Test("Decoded documents share repeated strings: segment ids in mentions and terms, Latin forms equal to a text or surface",
          arguments: codecs.indices)
    func decodedDocumentsShareRepeatedStrings(codec: Int) throws {
        let suffix = "/a longer id than fifteen bytes"
        var document = Document.everyFieldSample()
        for s in document.segments.indices {
            document.segments[s].id += suffix
            document.segments[s].latin = document.segments[s].text
        }
        for m in document.mentions.indices { document.mentions[m].segment += suffix }
        for t in document.terms.indices { document.terms[t].segment += suffix }
        document.mentions.append(Mention(start: 0, end: 7, surface: "Masimov Karim, a longer surface", segment: document.segments[0].id,
                                         latin: "Masimov Karim, a longer surface"))
        document.mentions.append(Mention(start: 0, end: 7, surface: "Masimov", segment: "no such segment, a long id"))
        let back = try #require(try Self.codecs[codec].roundTrip(document))
        #expect(back == document)
        func storage(_ string: String?) -> UnsafeRawPointer? {
            string?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        }
        #expect(storage(back.mentions[0].segment) != nil && storage(back.mentions[0].segment) == storage(back.segments[0].id))
        #expect(storage(back.terms[0].segment) == storage(back.segments[1].id))
        #expect(storage(back.segments[0].latin) == storage(back.segments[0].text))
        #expect(storage(back.mentions[2].latin) != nil && storage(back.mentions[2].latin) == storage(back.mentions[2].surface))
    }

    @Test("Segment texts left out come back as they were, sharing storage, through either codec")
    func segmentTextsLeftOutAreRestored() throws {
        let document = Document.everyFieldSample()
        var left = document
        left.leaveOutSegmentTexts()
        #expect(left.segments.allSatisfy { $0.text.isEmpty })
        #expect(left.segments[0].latin == "Masimov priyekhal." && left.segments[0].canonical == "", "a Latin form apart from the text stays")
        #expect(left.segments[1].latin == "" && left.segments[1].canonical == nil)
        #expect(left != document)
        var twice = left
        twice.leaveOutSegmentTexts()
        #expect(twice == left)
        let restored = left.withSegmentTexts()
        #expect(restored == document)
        func storage(_ string: String?) -> UnsafeRawPointer? {
            string?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        }
        #expect(storage(restored.segments[0].canonical) != nil && storage(restored.segments[0].canonical) == storage(restored.segments[0].text))
        // packed documents keep them left out; summaries are written whole
        let unpacked = try DocumentBinaryCodec.decode(DocumentBinaryCodec.encode(left))
        #expect(unpacked == left && unpacked.withSegmentTexts() == document)
        func summary(_ document: Document) -> String {
            SummaryCodec.encode(DocumentSummary(order: SummaryOrder(file: "d", line: 0),
                                                input: .init(path: "d", document: document.id, status: .ok), document: document), pipelineHash: "h")
        }
        #expect(summary(left) == summary(document))
        let empty = Document(id: "e", path: "e", sha256: "", text: "")
        var stillEmpty = empty
        stillEmpty.leaveOutSegmentTexts()
        #expect(stillEmpty == empty)
    }

    @Test func segmentTextsAreReadBackForAnyRangeOfInputs() throws {
        func document(_ id: String, _ texts: [String]) -> Document {
            var document = Document(id: id, path: id, sha256: "", text: texts.joined(separator: " "))
            document.segments = texts.enumerated().map { Segment(id: "\(id):\($0)", start: 0, end: 0, kind: .sentence, text: $1) }
            return document
        }
        // an empty document between two others, and one at the end
        let documents = [document("a", ["a0", "a1", "a2"]), document("b", []), document("c", ["c0", "c1"]), document("d", [])]
        let packed = PackedDocuments(documents, jobs: 2)
        let inputStarts = [0, 3, 3, 5]
        let all = documents.flatMap { $0.segments.map(\.text) }
        for lower in 0...all.count {
            for upper in lower...all.count {
                let texts = try AlignStage.segmentTexts(lower..<upper, of: packed, inputStarts: inputStarts, jobs: 2)
                #expect(texts == Array(all[lower..<upper]), "inputs \(lower)..<\(upper)")
            }
        }
        // the inputs the stage makes for the comparable aligner leave the texts to this read
        #expect(AlignStage.inputs(of: documents[0], texts: false).allSatisfy { $0.text.isEmpty })
        #expect(AlignStage.inputs(of: documents[0], texts: true).map(\.text) == ["a0", "a1", "a2"])
    }

    @Test func packingAChunkAtATimeEmptiesTheArrayAndVisitsEveryDocumentInOrder() throws {
        let documents = (0..<7).map { i -> Document in
            var document = Document.everyFieldSample()
            document.id = "doc-\(i)"
            return document
        }
        for (chunk, jobs) in [(1, 1), (3, 2), (100, 2)] {
            var held = documents
            let (packed, ids) = PackedDocuments.packing(&held, jobs: jobs, chunk: chunk) { $0.id }
            #expect(held.isEmpty)
            #expect(ids == documents.map(\.id), "chunk \(chunk)")
            #expect(try packed.unpacked(jobs: jobs) == documents)
            var taken = packed
            #expect(try taken.unpackingAll(jobs: jobs, chunk: chunk) == documents, "chunk \(chunk)")
            #expect(taken.count == 0 && packed.count == documents.count, "the set unpacked is left empty, its copies as they were")
        }
    }

    @Test("Documents spilled to a temporary file read back as they were packed, and leave no file behind")
    func spilledDocumentsReadBack() throws {
        let documents = (0..<5).map { i -> Document in
            var document = Document.everyFieldSample()
            document.id = "doc-\(i)"
            document.text += String(repeating: " Токаев", count: i * 40)
            return document
        }
        let folder = try TemporaryDirectory()
        let bytes = PackedDocuments(documents, jobs: 2).byteCount
        var held = documents
        let packed = PackedDocuments.packing(&held, jobs: 2, chunk: 2, into: try SpillFile(directory: folder.url), visit: { _ in () },
                                             receive: { _ in })
        #expect(packed.isSpilled && packed.spillFailure == nil && packed.byteCount == bytes && packed.count == documents.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty, "the file is unlinked at once")
        #expect(try packed.unpacked(jobs: 2) == documents)
        #expect(try packed.unpacked(1..<4, jobs: 2) == Array(documents[1..<4]))
        #expect(try AlignStage.segmentTexts(1..<3, of: packed, inputStarts: [0, 2, 4, 6, 8], jobs: 1)
                == [documents[0].segments[1].text, documents[1].segments[0].text])
        var taken = packed
        #expect(try taken.unpackingAll(jobs: 2, chunk: 2) == documents)
        #expect(taken.count == 0 && !taken.isSpilled)
        // where no file can be made, the stage packs into memory
        #expect(throws: SpillFile.Failure.self) { try SpillFile(directory: folder.url.appendingPathComponent("missing")) }
        // a full disk (/dev/full): what could not be written stays in memory, and reads back
        let full = open("/dev/full", O_RDWR)
        try #require(full >= 0)
        held = documents
        let kept = PackedDocuments.packing(&held, jobs: 2, chunk: 2, into: SpillFile(descriptor: full), visit: { _ in () }, receive: { _ in })
        #expect(kept.spillFailure?.description.contains("No space left") == true && !kept.isSpilled)
        #expect(try kept.unpacked(jobs: 2) == documents)
    }

    @Test func noDocumentsPackToNothing() throws {
        let packed = PackedDocuments([], jobs: 2)
        #expect(packed.count == 0)
        #expect(try packed.unpacked(jobs: 2).isEmpty)
    }

    @Test func lz4FramesRoundTripAndRejectCorruptData() throws {
        let text = Array(String(repeating: "Токаев обратился к ОДКБ. Tokayev turned to the CSTO. ", count: 50).utf8)
        let compressed = text.withUnsafeBufferPointer { LZ4Frame.compress($0) }
        #expect(compressed.count < text.count / 4)
        #expect(try LZ4Frame.decompress(compressed, count: text.count) == text)
        // a length other than the data's, either way
        #expect(throws: LZ4Frame.Failure.self) { try LZ4Frame.decompress(compressed, count: text.count - 1) }
        #expect(throws: LZ4Frame.Failure.self) { try LZ4Frame.decompress(compressed, count: text.count + 1) }
        // flipped bytes in the middle: the frame's content checksum catches them
        var corrupt = compressed
        for i in corrupt.count / 3..<corrupt.count / 3 + 8 { corrupt[i] ^= 0x5A }
        #expect(throws: LZ4Frame.Failure.self) { try LZ4Frame.decompress(corrupt, count: text.count) }
        // a frame cut short, and one followed by other bytes
        #expect(throws: LZ4Frame.Failure.self) { try LZ4Frame.decompress(Array(compressed.dropLast(3)), count: text.count) }
        #expect(throws: LZ4Frame.Failure.self) { try LZ4Frame.decompress(compressed + [0], count: text.count) }
        #expect(try LZ4Frame.decompress([UInt8]([].withUnsafeBufferPointer { LZ4Frame.compress($0) }), count: 0).isEmpty)
    }
}
