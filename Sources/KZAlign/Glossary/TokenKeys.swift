/// A trie key a text word satisfies, and where in the word the match ends.
struct TokenKey: Sendable, Equatable {
    let id: Int32
    /// Scalars of the word the key covers: the whole word, or the opening part of a compound.
    let length: Int32
}

/// Computes, for a text word, every key of a `TermIndex` it satisfies: its
/// exact form, its folded form, stem + ending for each inflection family the
/// glossary uses, the opening part of a closed compound, and (Arabic script)
/// the word without its proclitics (و ب ل ف ك and the article ال).
/// Results are memoized per word form: words repeat, so almost every lookup
/// after the first few thousand words is one hash lookup.
///
/// Thread safety: not thread-safe (owns a cache); one per worker.
final class TokenKeyer {
    private let index: TermIndex
    private var cache: [String: [TokenKey]] = [:]
    private let cacheLimit: Int

    init(index: TermIndex, cacheLimit: Int = 400_000) {
        self.index = index
        self.cacheLimit = cacheLimit
    }

    private static let arabicProclitics: [String] = [
        "وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ب", "ل", "ف", "ك",
    ].map { Normalizer.normalize($0, .nfkcCasefold) }

    /// Keys of `word` (`capitalized`: its first scalar starts with a capital or is caseless).
    func keys(for word: String) -> [TokenKey] {
        if let known = cache[word] { return known }
        var result: [TokenKey] = []
        let length = Int32(word.unicodeScalars.count)
        let keyIDs = index.keyIDs
        if let id = keyIDs["=" + word] { result.append(TokenKey(id: id, length: length)) }
        let first = word.unicodeScalars.first!
        let capitalized = index.hasCapitalized && TermFolding.isCapitalized(first)
        let folded = TermFolding.fold(word)
        addFolded(folded, wordLength: length, capitalized: capitalized, into: &result)

        if index.hasCompounds {
            let scalars = Array(folded.unicodeScalars)
            if scalars.count == Int(length), scalars.count >= 6 {
                for cut in 3...(scalars.count - 3) {
                    let prefix = TermTokenizer.string(scalars, 0..<cut)
                    if let id = keyIDs["+" + prefix] { result.append(TokenKey(id: id, length: Int32(cut))) }
                    if capitalized, let id = keyIDs["C+" + prefix] { result.append(TokenKey(id: id, length: Int32(cut))) }
                }
            }
        }
        if (0x0600...0x06FF).contains(first.value) {
            for clitic in Self.arabicProclitics where folded.hasPrefix(clitic) {
                let rest = String(folded.unicodeScalars.dropFirst(clitic.unicodeScalars.count))
                if rest.unicodeScalars.count >= 2 {
                    addFolded(rest, wordLength: length, capitalized: true, into: &result)
                }
            }
        }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }

    private func addFolded(_ folded: String, wordLength: Int32, capitalized: Bool, into result: inout [TokenKey]) {
        let keyIDs = index.keyIDs
        func add(_ key: String) {
            if let id = keyIDs[key], !result.contains(TokenKey(id: id, length: wordLength)) {
                result.append(TokenKey(id: id, length: wordLength))
            }
        }
        add("~" + folded)
        if capitalized { add("C~" + folded) }
        guard !index.families.isEmpty else { return }
        let scalars = Array(folded.unicodeScalars)
        for (family, tag, endings) in index.families {
            let longest = family.stacksSuffixes ? 2 * family.maxEndingLength : family.maxEndingLength
            let limit = min(longest, scalars.count - 1)
            for suffixLength in 0...limit {
                let cut = scalars.count - suffixLength
                let suffix = Array(scalars[cut...])
                guard family.accepts(suffix: suffix, endingSet: endings) else { continue }
                let stem = TermTokenizer.string(scalars, 0..<cut)
                add(tag + stem)
                if capitalized { add("C" + tag + stem) }
            }
        }
    }
}
