/// A trie key a text word satisfies, and where in the word the match ends.
struct TokenKey: Sendable, Equatable {
    let id: Int32
    /// Scalars of the word the key covers: the whole word, or the opening part of a compound.
    let length: Int32
    /// The inflection family (index into `TermIndex.families`) whose non-empty ending this key
    /// stripped, or -1: such a key only counts in text of that family's languages (or of unknown language).
    var family: Int8 = -1
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
    private var cache: [ByteKey: [TokenKey]] = [:]
    /// Memo keyed by a 64-bit FNV-1a hash of the word's scalars, checked
    /// against the stored scalars: a hit costs no String at all.
    private var scalarCache: [UInt64: (scalars: [Unicode.Scalar], keys: [TokenKey])] = [:]
    private let cacheLimit: Int

    init(index: TermIndex, cacheLimit: Int = 400_000) {
        self.index = index
        self.cacheLimit = cacheLimit
    }

    private static let arabicProclitics: [String] = [
        "وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ب", "ل", "ف", "ك",
    ].map { Normalizer.normalize($0, .nfkcCasefold) }

    /// Keys of the word `scalars[range]`.
    func keys(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [TokenKey] {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            h ^= UInt64(scalars[i].value)
            h = h &* 0x100_0000_01b3
        }
        if let entry = scalarCache[h] {
            if entry.scalars.count == range.count, entry.scalars.elementsEqual(scalars[range]) { return entry.keys }
            return keys(for: TermTokenizer.string(scalars, range))   // hash collision: compute, do not cache
        }
        let result = keys(for: TermTokenizer.string(scalars, range))
        if scalarCache.count >= cacheLimit { scalarCache.removeAll(keepingCapacity: true) }
        scalarCache[h] = (Array(scalars[range]), result)
        return result
    }

    /// Keys of `word` (`capitalized`: its first scalar starts with a capital or is caseless).
    func keys(for word: String) -> [TokenKey] {
        if let known = cache[ByteKey(word)] { return known }
        var result: [TokenKey] = []
        let length = Int32(word.unicodeScalars.count)
        let keyIDs = index.keyIDs
        if let id = keyIDs[ByteKey("=" + word)] { result.append(TokenKey(id: id, length: length)) }
        let first = word.unicodeScalars.first!
        let capitalized = index.hasCapitalized && TermFolding.isCapitalized(first)
        let folded = TermFolding.fold(word)
        let opens = index.openings.contains(TermIndex.opening(folded))
        addFolded(folded, wordLength: length, capitalized: capitalized, stems: opens, into: &result)

        if index.hasCompounds, opens {
            let scalars = Array(folded.unicodeScalars)
            if scalars.count == Int(length), scalars.count >= 6 {
                for cut in 3...(scalars.count - 3) {
                    let prefix = TermTokenizer.string(scalars, 0..<cut)
                    if let id = keyIDs[ByteKey("+" + prefix)] { result.append(TokenKey(id: id, length: Int32(cut))) }
                    if capitalized, let id = keyIDs[ByteKey("C+" + prefix)] { result.append(TokenKey(id: id, length: Int32(cut))) }
                }
            }
        }
        if (0x0600...0x06FF).contains(first.value) {
            for clitic in Self.arabicProclitics where folded.hasPrefix(clitic) {
                let rest = String(folded.unicodeScalars.dropFirst(clitic.unicodeScalars.count))
                if rest.unicodeScalars.count >= 2 {
                    addFolded(rest, wordLength: length, capitalized: true, stems: true, into: &result)
                }
            }
        }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[ByteKey(word)] = result
        return result
    }

    private func addFolded(_ folded: String, wordLength: Int32, capitalized: Bool, stems: Bool,
                           into result: inout [TokenKey]) {
        let keyIDs = index.keyIDs
        func add(_ key: String, family: Int8 = -1) {
            if let id = keyIDs[ByteKey(key)], !result.contains(where: { $0.id == id }) {
                result.append(TokenKey(id: id, length: wordLength, family: family))
            }
        }
        add("~" + folded)
        if capitalized { add("C~" + folded) }
        guard stems, !index.stemFamilies.isEmpty else { return }
        // Every prefix that is a known stem, then its remainder checked against that stem's families' endings.
        let scalars = Array(folded.unicodeScalars)
        let limit = min(index.longestSuffix, scalars.count - 1)
        guard limit >= 0 else { return }
        for suffixLength in 0...limit {
            let cut = scalars.count - suffixLength
            let stem = TermTokenizer.string(scalars, 0..<cut)
            guard let families = index.stemFamilies[ByteKey(stem)] else { continue }
            let suffix = Array(scalars[cut...])
            for f in families {
                let (family, tag, endings) = index.families[Int(f)]
                let longest = family.stacksSuffixes ? 2 * family.maxEndingLength : family.maxEndingLength
                guard suffixLength <= longest, family.accepts(suffix: suffix, endingSet: endings) else { continue }
                let keyFamily: Int8 = suffixLength == 0 ? -1 : f
                add(tag + stem, family: keyFamily)
                if capitalized { add("C" + tag + stem, family: keyFamily) }
            }
        }
    }
}
