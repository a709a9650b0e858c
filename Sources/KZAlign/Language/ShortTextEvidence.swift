import Foundation

/// Lexical evidence for short text (at most `Parameters.lexiconMaxWords`
/// words), where the byte n-gram model sees too few bytes. Two sources, each
/// added per word to every candidate written in the text's script:
///
/// - frequency (`LanguageWords`, from wordfreq): `frequencyWeight × Zipf` of
///   the word in the candidate's list, 0 when the list lacks it — a unigram
///   word model in log space (log P(w | L) = ln 10 · Zipf + const);
/// - membership (`Lexicon`, from hunspell): `lexiconWeight` when the
///   candidate's dictionary has the word form — this covers inflected and
///   rare forms outside the frequency lists, and Kazakh, which wordfreq lacks.
///
/// A candidate that a source does not cover (no list or no dictionary: ky, uz
/// Latin, zh; kk for frequencies) gets that source's mean over the covered
/// candidates, so it is neither favoured nor ruled out.
struct ShortTextEvidence {
    let lexicon: Lexicon?
    let words: LanguageWords?

    /// Adds the evidence for `text` to `scores` (one per code of `codes`; only
    /// `allowed` candidates are looked at). Does nothing for longer text.
    func add(text: Substring, codes: [String], allowed: [Bool], parameters: LanguageIdentifier.Parameters,
             scores: inout [Float]) {
        let maxWords = parameters.lexiconMaxWords
        let lexiconWeight = lexicon == nil ? 0 : parameters.lexiconWeight
        let frequencyWeight = words == nil ? 0 : parameters.frequencyWeight
        guard lexiconWeight > 0 || frequencyWeight > 0 else { return }
        // Long text: the n-gram model has enough; skip before normalising anything.
        guard text.utf8.count <= maxWords * 48 else { return }
        var separators = 0
        for byte in text.utf8 where byte == 32 || byte == 9 { separators += 1 }
        guard separators < maxWords else { return }
        let k = codes.count
        var inDictionary = [Bool](repeating: false, count: k)
        var column = [Int](repeating: -1, count: k)
        for i in 0..<k where allowed[i] {
            if lexiconWeight > 0, lexicon?.contains(0, 1, language: codes[i]) != nil { inDictionary[i] = true }
            if frequencyWeight > 0, let c = words?.column(of: codes[i]) { column[i] = c }
        }
        guard inDictionary.contains(true) || column.contains(where: { $0 >= 0 }) else { return }
        let list = Lexicon.words(in: text, limit: maxWords)
        guard !list.isEmpty, list.count <= maxWords else { return }
        var membership = [Float](repeating: 0, count: k)
        var frequency = [Float](repeating: 0, count: k)
        for word in list {
            let (h1, h2) = Lexicon.hashes(word)
            if frequencyWeight > 0, let row = words?.row(h1, h2) {
                for i in 0..<k where column[i] >= 0 {
                    frequency[i] += frequencyWeight * Float(row[column[i]]) / 10
                }
            }
            if let lexicon {
                for i in 0..<k where inDictionary[i] && lexicon.contains(h1, h2, language: codes[i]) == true {
                    membership[i] += lexiconWeight
                }
            }
        }
        ShortTextEvidence.addWithMean(membership, covered: inDictionary, to: &scores)
        ShortTextEvidence.addWithMean(frequency, covered: column.map { $0 >= 0 }, to: &scores)
    }

    /// Adds `bonus[i]` to covered candidates and the covered mean to the others.
    private static func addWithMean(_ bonus: [Float], covered: [Bool], to scores: inout [Float]) {
        var sum: Float = 0, n = 0
        for i in bonus.indices where covered[i] { sum += bonus[i]; n += 1 }
        guard n > 0 else { return }
        let mean = sum / Float(n)
        for i in bonus.indices { scores[i] += covered[i] ? bonus[i] : mean }
    }
}
