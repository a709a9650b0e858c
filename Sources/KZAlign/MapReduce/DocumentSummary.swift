/// One line of `kzalign map`'s output: everything the per-document stages
/// produced for one input, and everything the reduce needs, as JSON.
///
/// ```json
/// {"kzalign": "summary", "version": 1, "tool": "0.1.0", "pipelineHash": "…",
///  "order": ["001_x.txt", 0], "input": {…run.json input…}, "document": {…}}
/// ```
/// `document` is absent for inputs that were skipped or failed. The reduce
/// refuses summaries from another pipeline (`pipelineHash`) or tool version.
public struct DocumentSummary: Sendable, Equatable {
    public static let formatVersion = 1

    /// Sort key that reproduces `kzalign run`'s order: the file's path relative to
    /// the corpus root, then the 1-based line for JSONL (0 for whole files).
    public var order: SummaryOrder
    public var input: RunManifest.Input
    public var document: Document?

    public init(order: SummaryOrder, input: RunManifest.Input, document: Document?) {
        self.order = order
        self.input = input
        self.document = document
    }
}

/// Where an input stands in the corpus order.
public struct SummaryOrder: Sendable, Equatable, Comparable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public static func < (lhs: SummaryOrder, rhs: SummaryOrder) -> Bool {
        if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
        return lhs.line < rhs.line
    }
}

/// Why a summary line cannot be used.
public enum SummaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON, or truncated.
    case malformed(file: String, line: Int, message: String)
    /// Written by another pipeline or kzalign version.
    case mismatch(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .malformed(file, line, message): return "\(file):\(line): not a kzalign summary line: \(message)"
        case let .mismatch(file, line, message): return "\(file):\(line): \(message)"
        }
    }
}
