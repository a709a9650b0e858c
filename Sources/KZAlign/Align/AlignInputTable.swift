/// The comparable aligner's inputs held in columns: what `[AlignInput]` holds, without a heap
/// block per segment id and per entity list.
///
/// Documents, languages and anchor ids (entity and concept ids) are each stored once and numbered
/// in order of first appearance; every segment keeps their numbers, its id's UTF-8 bytes in one
/// shared buffer and its anchors in one shared list. About 40 bytes a segment against 150–250
/// for an `AlignInput` (four strings, two arrays, and a heap-allocated id), for millions of
/// segments. Texts are not held: the comparable aligner reads them a chunk at a time
/// (`ComparableAligner.prepare(_:texts:)`).
struct AlignInputTable: Sendable {
    /// Distinct document ids, in order of first appearance.
    private var documentNumbers = StringNumbering()
    /// Distinct languages, in order of first appearance.
    private var languageNumbers = StringNumbering()
    /// Per segment: its document's number in `documents`.
    private(set) var documentOf: [Int32] = []
    /// Per segment: its language's number in `languages`.
    private(set) var languageOf: [Int32] = []
    /// Segment ids' UTF-8 bytes, one after the other; segment `i`'s end at `idEnds[i]`.
    private var idBytes: [UInt8] = []
    private var idEnds: [Int] = []
    /// Distinct entity and concept ids.
    private var anchorNames = StringNumbering()
    /// Per segment, its entity numbers then its concept numbers (into `anchorNames`): segment `i`'s
    /// start at `anchorStarts[i]` (`anchorStarts` has one more element, the end), its concepts at
    /// `conceptStarts[i]`.
    private var anchors: [Int32] = []
    private var anchorStarts: [Int] = [0]
    private var conceptStarts: [Int] = []
    init() {}

    /// The table of `inputs` (their texts are not kept).
    init(_ inputs: some Sequence<AlignInput>) {
        append(contentsOf: inputs)
        finish()
    }

    /// Number of segments.
    var count: Int { documentOf.count }

    /// Distinct document ids, in order of first appearance.
    var documents: [String] { documentNumbers.values }

    /// Distinct languages, in order of first appearance.
    var languages: [String] { languageNumbers.values }

    /// Adds `inputs` after those already held, keeping their order.
    mutating func append(contentsOf inputs: some Sequence<AlignInput>) {
        for input in inputs {
            documentOf.append(documentNumbers.number(input.document))
            languageOf.append(languageNumbers.number(input.language))
            var id = input.segment
            id.withUTF8 { idBytes.append(contentsOf: $0) }
            idEnds.append(idBytes.count)
            for entity in input.entities { anchors.append(anchorNames.number(entity)) }
            conceptStarts.append(anchors.count)
            for concept in input.concepts { anchors.append(anchorNames.number(concept)) }
            anchorStarts.append(anchors.count)
        }
    }

    /// Drops the build-time look-ups (a table may still be appended to after, at the cost of
    /// numbering again what it has already seen: don't).
    mutating func finish() {
        documentNumbers.dropLookup()
        languageNumbers.dropLookup()
        anchorNames.dropLookup()
    }

    /// Segment `i`'s document id.
    func document(_ i: Int) -> String { documentNumbers[documentOf[i]] }

    /// Segment `i`'s language.
    func language(_ i: Int) -> String { languageNumbers[languageOf[i]] }

    /// Segment `i`'s id.
    func segment(_ i: Int) -> String {
        let start = i == 0 ? 0 : idEnds[i - 1]
        return idBytes[start..<idEnds[i]].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Segment `i`'s entity ids, as its input listed them.
    func entities(_ i: Int) -> [String] { anchors[anchorStarts[i]..<conceptStarts[i]].map { anchorNames[$0] } }

    /// Segment `i`'s concept ids, as its input listed them.
    func concepts(_ i: Int) -> [String] { anchors[conceptStarts[i]..<anchorStarts[i + 1]].map { anchorNames[$0] } }

    /// Segment `i` as an `AlignInput`, with an empty text.
    subscript(i: Int) -> AlignInput {
        AlignInput(document: document(i), segment: segment(i), language: language(i), text: "",
                   entities: entities(i), concepts: concepts(i))
    }
}
