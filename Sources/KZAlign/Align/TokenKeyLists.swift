/// The key lists of a segment's content words, stored flat: word `i`'s keys are
/// `keys[start(i)..<ends[i]]`. One array for all words instead of one per word: a 300,000-segment
/// corpus has millions of content words, and an array each cost a heap block (header and
/// allocator overhead) that outweighed the keys themselves.
struct TokenKeyLists: Sendable, Equatable {
    /// Every word's keys, word after word.
    private(set) var keys: [Int32] = []
    /// End offset in `keys` of each word's list.
    private(set) var ends: [Int32] = []

    init() {}

    /// Number of words.
    var count: Int { ends.count }
    var indices: Range<Int> { 0..<ends.count }

    /// Where word `i`'s keys start in `keys`.
    @inline(__always)
    func start(_ i: Int) -> Int { i == 0 ? 0 : Int(ends[i - 1]) }

    /// Word `i`'s keys.
    subscript(i: Int) -> ArraySlice<Int32> { keys[start(i)..<Int(ends[i])] }

    /// Adds a word with `list` as its keys.
    mutating func append<S: Sequence>(_ list: S) where S.Element == Int32 {
        keys.append(contentsOf: list)
        ends.append(Int32(keys.count))
    }

    mutating func reserveCapacity(words: Int, keys keyCount: Int) {
        ends.reserveCapacity(words)
        keys.reserveCapacity(keyCount)
    }

    /// The words of `self` followed by those of `other`.
    static func + (lhs: TokenKeyLists, rhs: TokenKeyLists) -> TokenKeyLists {
        var joined = lhs
        joined.reserveCapacity(words: lhs.count + rhs.count, keys: lhs.keys.count + rhs.keys.count)
        for i in rhs.indices { joined.append(rhs[i]) }
        return joined
    }
}
