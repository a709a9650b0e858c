import Foundation

/// Documents held compressed while a corpus stage builds large structures of its own: each one
/// encoded by `DocumentBinaryCodec` (every field) and compressed into an LZ4 frame (`LZ4Frame`),
/// whose checksum catches data that comes back changed. The storage-level idea of Spark's `MEMORY_ONLY_SER` (data kept
/// serialized and compressed, decoded when read again).
///
/// The align stage reads only segment ids, languages, texts and the entity and concept ids; its
/// features and candidate pairs would otherwise sit on top of every document's text, segments
/// and mentions (2.4 of the 6.0 GB a 100,000-document run peaked at).
///
/// Packed into a `SpillFile` (Spark's `MEMORY_AND_DISK`), the data goes to a temporary file a chunk
/// at a time and is read back a document at a time: the align stage then holds none of it.
struct PackedDocuments: Sendable {
    /// Where a document's compressed encoding is.
    private enum Stored: Sendable {
        case memory([UInt8])
        /// In `file`: `size` bytes from `offset`.
        case file(offset: Int, size: Int)
    }

    /// Each document's compressed encoding, in order.
    private var stored: [Stored]
    /// Length of each document's encoding before compression.
    private var lengths: [Int]
    /// The file the `.file` encodings are in.
    private var file: SpillFile?
    /// Why the data stayed in memory (from the document it failed at), when a write to the file failed.
    private(set) var spillFailure: SpillFile.Failure?

    /// Packs `documents` on `jobs` threads (`packing`, in one chunk).
    init(_ documents: [Document], jobs: Int) {
        var documents = documents
        self = Self.packing(&documents, jobs: jobs, chunk: documents.count, visit: { _ in () }, receive: { _ in })
    }

    /// An empty set whose documents will go to `file` (in memory when nil).
    private init(file: SpillFile?, capacity: Int = 0) {
        stored = []
        lengths = []
        self.file = file
        stored.reserveCapacity(capacity)
        lengths.reserveCapacity(capacity)
    }

    /// Adds a document's packed data, to the file while it can be written.
    private mutating func append(_ data: [UInt8], length: Int) {
        lengths.append(length)
        if let file, spillFailure == nil {
            do {
                stored.append(.file(offset: try file.append(data), size: data.count))
                return
            } catch {
                spillFailure = error
            }
        }
        stored.append(.memory(data))
    }

    /// Packs `documents` `chunk` at a time on `jobs` threads, emptying the array as it goes: each
    /// chunk's documents are released once packed, so that the packed data and what the caller
    /// makes of the documents (`visit`'s results, made on the packing threads) can take the memory
    /// of the documents packed before them. The caller must hold no other reference to the
    /// documents for their memory to be freed.
    /// - Parameter visit: called with each document before it is released, on any thread.
    /// - Returns: the packed documents, and `visit`'s results in document order.
    static func packing<T: Sendable>(_ documents: inout [Document], jobs: Int, chunk: Int = 1_024,
                                     visit: @Sendable (Document) -> T) -> (packed: PackedDocuments, visited: [T]) {
        var visited: [T] = []
        visited.reserveCapacity(documents.count)
        let packed = packing(&documents, jobs: jobs, chunk: chunk, visit: visit) { visited += $0 }
        return (packed, visited)
    }

    /// `packing(_:jobs:chunk:visit:)` handing `visit`'s results to `receive` a chunk at a time, in
    /// document order, on the calling thread, so that the caller can keep what it needs of them in
    /// a form of its own rather than hold every result at once.
    /// - Parameter file: where the packed data goes, a chunk at a time, the memory each chunk's
    ///   documents leave handed back to the system as it goes (`ProcessMemory.releaseFreeMemory`);
    ///   nil: memory. Should a write fail, the data stays in memory from there on (`spillFailure`).
    static func packing<T: Sendable>(_ documents: inout [Document], jobs: Int, chunk: Int = 1_024, into file: SpillFile? = nil,
                                     visit: @Sendable (Document) -> T, receive: ([T]) -> Void) -> PackedDocuments {
        var set = PackedDocuments(file: file, capacity: documents.count)
        var start = 0
        while start < documents.count {
            let range = start..<min(documents.count, start + max(1, chunk))
            let results = ParallelMap.map(Array(documents[range]), jobs: jobs) { document in
                let encoded = DocumentBinaryCodec.encode(document)
                return (encoded.withUnsafeBufferPointer { (LZ4Frame.compress($0), $0.count) }, visit(document))
            }
            for index in range { documents[index] = Document(id: "", path: "", sha256: "", text: "") }
            for ((data, length), _) in results { set.append(data, length: length) }
            receive(results.map(\.1))
            if file != nil { ProcessMemory.releaseFreeMemory() }
            start = range.upperBound
        }
        documents = []
        return set
    }

    var count: Int { lengths.count }

    /// Bytes of packed data (compressed), in memory or spilled.
    var byteCount: Int {
        stored.reduce(0) { total, data in
            switch data {
            case let .memory(bytes): total + bytes.count
            case let .file(_, size): total + size
            }
        }
    }

    /// Whether some packed data is in a temporary file rather than in memory.
    var isSpilled: Bool { stored.contains { if case .file = $0 { true } else { false } } }

    /// The documents again, equal to those packed.
    /// - Throws: `Corrupt` naming the first document whose data does not decode (memory
    ///   corrupted: never expected) or cannot be read back from its temporary file.
    func unpacked(jobs: Int) throws(Corrupt) -> [Document] {
        try unpacked(0..<count, jobs: jobs)
    }

    /// Every document again, equal to those packed, leaving the packed set empty: each chunk of
    /// `chunk` documents' packed data is released once they are decoded, so that the documents take
    /// its memory rather than sit beside all of it (0.4 GB for 100,000 documents). The caller must
    /// hold no other copy of this set for that memory to be freed.
    /// - Throws: `Corrupt`, as `unpacked(jobs:)`; the set is then empty.
    mutating func unpackingAll(jobs: Int, chunk: Int = 1_024) throws(Corrupt) -> [Document] {
        var documents: [Document] = []
        documents.reserveCapacity(count)
        defer { self = PackedDocuments(file: nil) }
        var start = 0
        while start < count {
            let range = start..<min(count, start + max(1, chunk))
            documents += try unpacked(range, jobs: jobs)
            for index in range { stored[index] = .memory([]) }
            start = range.upperBound
        }
        return documents
    }

    /// The documents at `positions` (0-based, in corpus order) again, equal to those packed; the
    /// packed set is unchanged.
    /// - Throws: `Corrupt`, as `unpacked(jobs:)`.
    func unpacked(_ positions: Range<Int>, jobs: Int) throws(Corrupt) -> [Document] {
        let results = ParallelMap.map(Array(positions), jobs: jobs) { index -> Result<Document, Corrupt> in
            do {
                let data = switch stored[index] {
                case let .memory(bytes): bytes
                case let .file(offset, size): try file!.read(offset: offset, count: size)
                }
                return .success(try DocumentBinaryCodec.decode(try LZ4Frame.decompress(data, count: lengths[index])))
            } catch is DocumentBinaryCodec.Truncated {
                return .failure(Corrupt(position: index + 1, reason: "the data ends early or holds an impossible value"))
            } catch {
                return .failure(Corrupt(position: index + 1, reason: "\(error)")) // the file's read or decompression failed
            }
        }
        return try results.map { result throws(Corrupt) in try result.get() }
    }

    /// A packed document that does not decode.
    struct Corrupt: Error, CustomStringConvertible {
        /// 1-based position of the document in corpus order.
        var position: Int
        var reason: String
        var description: String {
            "document \(position) of the corpus, held packed during the align stage, does not decode (\(reason)); "
                + "unless its temporary file could not be read back, this is a bug in kzalign, or memory was corrupted: please report it"
        }
    }
}
