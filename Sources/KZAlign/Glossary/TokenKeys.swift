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
/// after the first few thousand words is one hash lookup. Key strings are
/// looked up as bytes (tag + UTF-8 text) without building them.
///
/// Thread safety: not thread-safe (owns a cache); one per worker.
final class TokenKeyer {
    private let index: TermIndex
    private let cacheLimit: Int
    /// Word forms seen, with their keys (one struct, so a lookup is one exclusivity check).
    private(set) var memo = WordMemo()

    init(index: TermIndex, cacheLimit: Int = 400_000) {
        self.index = index
        self.cacheLimit = cacheLimit
    }

    private static let arabicProclitics: [String] = [
        "وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ب", "ل", "ف", "ك",
    ].map { Normalizer.normalize($0, .nfkcCasefold) }

    private static let exactTag: [UInt8] = Array("=".utf8), plainTag: [UInt8] = Array("~".utf8)
    private static let capPlainTag: [UInt8] = Array("C~".utf8)
    private static let openTag: [UInt8] = Array("+".utf8), capOpenTag: [UInt8] = Array("C+".utf8)

    /// Empties the memo when it holds `cacheLimit` words. Call between texts only:
    /// it invalidates the ranges `keys(_:_:)` returned.
    func trimIfFull() {
        if memo.count >= cacheLimit { memo = WordMemo() }
    }

    /// Keys of the word `scalars[range]`, as indexes into `memo.keys` (valid until `trimIfFull`).
    func keys(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            h ^= UInt64(scalars[i].value)
            h = h &* 0x100_0000_01b3
        }
        if let known = memo.find(scalars, range, hash: h) { return known }
        let result = keys(for: TermTokenizer.string(scalars, range))
        return memo.add(scalars, range, hash: h, keys: result)
    }

    /// Keys of `word` (computed, not memoized).
    func keys(for word: String) -> [TokenKey] {
        var result: [TokenKey] = []
        let length = Int32(word.unicodeScalars.count)
        let keyIDs = index.keyIDs
        let exact = keyIDs.find(Self.exactTag, word)
        if exact >= 0 { result.append(TokenKey(id: exact, length: length)) }
        let first = word.unicodeScalars.first!
        let capitalized = index.hasCapitalized && TermFolding.isCapitalized(first)
        let folded = TermFolding.fold(word)
        let opens = index.openings.contains(TermIndex.opening(folded))
        addFolded(folded, wordLength: length, capitalized: capitalized, stems: opens, into: &result)

        if index.hasCompounds, opens {
            let bytes = Array(folded.utf8)
            let ends = Self.scalarEnds(bytes)
            if ends.count == Int(length), ends.count >= 6 {
                bytes.withUnsafeBufferPointer { all in
                    for cut in 3...(ends.count - 3) {
                        let prefix = UnsafeBufferPointer(rebasing: all[0..<ends[cut - 1]])
                        let id = Self.openTag.withUnsafeBufferPointer { keyIDs.find($0, prefix) }
                        if id >= 0 { result.append(TokenKey(id: id, length: Int32(cut))) }
                        if capitalized {
                            let id = Self.capOpenTag.withUnsafeBufferPointer { keyIDs.find($0, prefix) }
                            if id >= 0 { result.append(TokenKey(id: id, length: Int32(cut))) }
                        }
                    }
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
        return result
    }

    /// Byte offset of the end of each scalar of UTF-8 `bytes`.
    private static func scalarEnds(_ bytes: [UInt8]) -> [Int] {
        var ends: [Int] = []
        ends.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() where i + 1 == bytes.count || bytes[i + 1] & 0xC0 != 0x80 {
            _ = b
            ends.append(i + 1)
        }
        return ends
    }

    private func addFolded(_ folded: String, wordLength: Int32, capitalized: Bool, stems: Bool,
                           into result: inout [TokenKey]) {
        let keyIDs = index.keyIDs
        let bytes = Array(folded.utf8)
        bytes.withUnsafeBufferPointer { all in
            func add(_ tag: [UInt8], _ text: UnsafeBufferPointer<UInt8>, family: Int8 = -1) {
                let id = tag.withUnsafeBufferPointer { keyIDs.find($0, text) }
                if id >= 0, !result.contains(where: { $0.id == id }) {
                    result.append(TokenKey(id: id, length: wordLength, family: family))
                }
            }
            add(Self.plainTag, all)
            if capitalized { add(Self.capPlainTag, all) }
            guard stems, !index.stemFamilyLists.isEmpty else { return }
            // Every prefix that is a known stem, then its remainder checked against that stem's families' endings.
            let ends = Self.scalarEnds(bytes)
            let scalarCount = ends.count
            let limit = min(index.longestSuffix, scalarCount - 1)
            guard limit >= 0 else { return }
            var scalars: [Unicode.Scalar]?
            for suffixLength in 0...limit {
                let cut = scalarCount - suffixLength
                let stem = UnsafeBufferPointer(rebasing: all[0..<(cut == 0 ? 0 : ends[cut - 1])])
                let stemID = index.stems.find(UnsafeBufferPointer(start: nil, count: 0), stem)
                guard stemID >= 0 else { continue }
                if scalars == nil { scalars = Array(folded.unicodeScalars) }
                let suffix = Array(scalars![cut...])
                for f in index.stemFamilyLists[Int(stemID)] {
                    let (family, _, endings) = index.families[Int(f)]
                    let longest = family.stacksSuffixes ? 2 * family.maxEndingLength : family.maxEndingLength
                    guard suffixLength <= longest, family.accepts(suffix: suffix, endingSet: endings) else { continue }
                    let keyFamily: Int8 = suffixLength == 0 ? -1 : f
                    add(index.familyTags[Int(f)], stem, family: keyFamily)
                    if capitalized { add(index.capitalFamilyTags[Int(f)], stem, family: keyFamily) }
                }
            }
        }
    }
}

/// The `TokenKeyer` memo: word forms keyed by a 64-bit FNV-1a hash of their
/// scalars and checked against the stored scalars, in an open-addressing
/// table with linear probing (Knuth, *TAOCP* vol. 3, §6.4, Algorithm L): a hit
/// costs no String, no allocation and no reference counting. Entry `e`'s
/// scalars are `scalars[scalarStart[e]..<scalarStart[e + 1]]`, its keys
/// `keys[keyStart[e]..<keyStart[e + 1]]`.
struct WordMemo {
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)
    private var shift: UInt64 = 64 - 12
    private var hashes: [UInt64] = []
    private var scalarStart: [Int32] = [0]
    private var keyStart: [Int32] = [0]
    private var scalars: [UInt32] = []
    /// Keys of every memoized word, back to back.
    private(set) var keys: [TokenKey] = []

    /// Number of words.
    var count: Int { hashes.count }

    @inline(__always)
    private func home(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The key range of `text[range]` (whose scalar hash is `hash`), when memoized.
    @inline(__always)
    func find(_ text: [Unicode.Scalar], _ range: Range<Int>, hash h: UInt64) -> Range<Int>? {
        let mask = slots.count - 1
        var s = home(h)
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if hashes[e] == h {
                let start = Int(scalarStart[e]), end = Int(scalarStart[e + 1])
                if end - start == range.count {
                    var same = true
                    var k = start
                    for i in range {
                        if scalars[k] != text[i].value { same = false; break }
                        k += 1
                    }
                    if same { return Int(keyStart[e])..<Int(keyStart[e + 1]) }
                }
            }
            s = (s + 1) & mask
        }
    }

    /// Memoizes `text[range]` (not yet present) with its keys; returns their range in `keys`.
    mutating func add(_ text: [Unicode.Scalar], _ range: Range<Int>, hash h: UInt64, keys result: [TokenKey]) -> Range<Int> {
        let e = Int32(hashes.count)
        hashes.append(h)
        for i in range { scalars.append(text[i].value) }
        scalarStart.append(Int32(scalars.count))
        let first = keys.count
        keys.append(contentsOf: result)
        keyStart.append(Int32(keys.count))
        if hashes.count * 2 > slots.count {
            shift -= 1
            slots = Array(repeating: -1, count: slots.count * 2)
            for (e, h) in hashes.enumerated() { place(Int32(e), h) }
        } else {
            place(e, h)
        }
        return first..<keys.count
    }

    private mutating func place(_ e: Int32, _ h: UInt64) {
        let mask = slots.count - 1
        var s = home(h)
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = e
    }
}
