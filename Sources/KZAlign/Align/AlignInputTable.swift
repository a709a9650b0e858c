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
    private(set) var documents: [String] = []
    /// Distinct languages, in order of first appearance.
    private(set) var languages: [String] = []
    /// Per segment: its document's number in `documents`.
    private(set) var documentOf: [Int32] = []
    /// Per segment: its language's number in `languages`.
    private(set) var languageOf: [Int32] = []
    /// Segment ids' UTF-8 bytes, one after the other; segment `i`'s end at `idEnds[i]`.
    private var idBytes: [UInt8] = []
    private var idEnds: [Int] = []
    /// Distinct entity and concept ids.
    private var anchorNames: [String] = []
    /// Per segment, its entity numbers then its concept numbers (into `anchorNames`): segment `i`'s
    /// start at `anchorStarts[i]` (`anchorStarts` has one more element, the end), its concepts at
    /// `conceptStarts[i]`.
    private var anchors: [Int32] = []
    private var anchorStarts: [Int] = [0]
    private var conceptStarts: [Int] = []
    /// Build-time look-ups, emptied by `finish()`.
    private var documentNumber: [String: Int32] = [:]
    private var languageNumber: [String: Int32] = [:]
    private var anchorNumber: [String: Int32] = [:]

    init() {}

    /// The table of `inputs` (their texts are not kept).
    init(_ inputs: some Sequence<AlignInput>) {
        append(contentsOf: inputs)
        finish()
    }

    /// Number of segments.
    var count: Int { documentOf.count }

    /// Adds `inputs` after those already held, keeping their order.
    mutating func append(contentsOf inputs: some Sequence<AlignInput>) {
        for input in inputs {
            documentOf.append(Self.number(input.document, in: &documents, &documentNumber))
            languageOf.append(Self.number(input.language, in: &languages, &languageNumber))
            var id = input.segment
            id.withUTF8 { idBytes.append(contentsOf: $0) }
            idEnds.append(idBytes.count)
            for entity in input.entities { anchors.append(Self.number(entity, in: &anchorNames, &anchorNumber)) }
            conceptStarts.append(anchors.count)
            for concept in input.concepts { anchors.append(Self.number(concept, in: &anchorNames, &anchorNumber)) }
            anchorStarts.append(anchors.count)
        }
    }

    /// Drops the build-time look-ups (a table may still be appended to after, at the cost of
    /// numbering again what it has already seen: don't).
    mutating func finish() {
        documentNumber = [:]
        languageNumber = [:]
        anchorNumber = [:]
    }

    private static func number(_ value: String, in values: inout [String], _ numbers: inout [String: Int32]) -> Int32 {
        if let number = numbers[value] { return number }
        let number = Int32(values.count)
        numbers[value] = number
        values.append(value)
        return number
    }

    /// Segment `i`'s document id.
    func document(_ i: Int) -> String { documents[Int(documentOf[i])] }

    /// Segment `i`'s language.
    func language(_ i: Int) -> String { languages[Int(languageOf[i])] }

    /// Segment `i`'s id.
    func segment(_ i: Int) -> String {
        let start = i == 0 ? 0 : idEnds[i - 1]
        return idBytes[start..<idEnds[i]].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Segment `i`'s entity ids, as its input listed them.
    func entities(_ i: Int) -> [String] { anchors[anchorStarts[i]..<conceptStarts[i]].map { anchorNames[Int($0)] } }

    /// Segment `i`'s concept ids, as its input listed them.
    func concepts(_ i: Int) -> [String] { anchors[conceptStarts[i]..<anchorStarts[i + 1]].map { anchorNames[Int($0)] } }

    /// Segment `i` as an `AlignInput`, with an empty text.
    subscript(i: Int) -> AlignInput {
        AlignInput(document: document(i), segment: segment(i), language: language(i), text: "",
                   entities: entities(i), concepts: concepts(i))
    }

    /// The segments in `range` as `AlignInput`s, with empty texts.
    func inputs(_ range: Range<Int>) -> [AlignInput] { range.map { self[$0] } }
}
