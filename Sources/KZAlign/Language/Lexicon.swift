/// Placeholder until the lexicon lands.
final class Lexicon: @unchecked Sendable {
    static let fileName = "lexicon.bin"
    let languages: [String] = []
    init(path: String) throws {}
    func addEvidence(text: Substring, codes: [String], weight: Float, maxWords: Int, scores: inout [Float]) {}
}
