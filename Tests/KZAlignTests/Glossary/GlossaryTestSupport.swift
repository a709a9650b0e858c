import Foundation
@testable import KZAlign

/// Shared fixtures for the glossary tests: the shipped glossary (with CLDR
/// concepts), built once.
enum GlossaryTestSupport {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = URL(fileURLWithPath: "/work/shared/seeds")
    static let gold = URL(fileURLWithPath: "/work/shared/gold/seeds/names.tsv")

    /// The stage with default options, resolved against the repository root.
    static let shippedStage: Result<GlossaryStage, any Error> = Result {
        try GlossaryStage(options: .init(), context: StageContext(baseDirectory: repoRoot, jsonPath: "stages[0]"))
    }

    static func stage() throws -> GlossaryStage { try shippedStage.get() }

    /// (surface, concept) of every term in `text`.
    static func terms(_ text: String, language: String? = nil) throws -> [(String, String)] {
        let matcher = TermMatcher(index: try stage().index)
        let scalars = Array(text.unicodeScalars)
        return matcher.matches(in: text, language: language).map {
            (TermTokenizer.string(scalars, $0.start..<$0.end), $0.conceptID)
        }
    }

    /// A document whose segments are its non-empty lines.
    static func document(id: String, text: String, language: String) -> Document {
        var document = Document(id: id, path: id + ".txt", sha256: "", text: text)
        document.language = language
        var offset = 0
        var index = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                var segment = Segment(id: "\(id):\(index)", start: offset, end: offset + length, kind: .sentence,
                                      text: String(line))
                segment.language = language
                document.segments.append(segment)
                index += 1
            }
            offset += length + 1
        }
        return document
    }

    /// Writes `contents` to a fresh temporary file and returns its URL.
    static func temporaryFile(_ name: String, _ contents: String) throws -> URL {
        let folder = try TestScratch.folder("kzalign-glossary-tests")
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url, atomically: false, encoding: .utf8)
        return url
    }
}
