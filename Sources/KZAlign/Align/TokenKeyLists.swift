/// The content words of a segment with their key lists, stored flat: word `i`'s keys are
/// `keys[start(i)..<words[i].end]`, and `words[i]` also carries the word's own key and weight. Two
/// arrays for all words instead of one per word, and one record per word instead of three parallel
/// arrays: a 300,000-segment corpus has millions of content words, and each array cost a heap block
/// (header and allocator overhead) that outweighed the keys themselves.
struct TokenKeyLists: Sendable, Equatable {
    /// One content word.
    struct Word: Sendable, Equatable {
        /// End offset in `keys` of the word's list.
        var end: Int32
        /// The word's own folded key (for its corpus IDF weight).
        var own: Int32
        /// How informative the word is in its language (`WordFrequencies`), in (0, 1].
        var information: Float
    }

    /// Every word's keys, word after word.
    private(set) var keys: [Int32] = []
    /// Each word's end offset, own key and information.
    private(set) var words: [Word] = []

    init() {}

    /// Number of words.
    var count: Int { words.count }
    var indices: Range<Int> { 0..<words.count }

    /// Where word `i`'s keys start in `keys`.
    @inline(__always)
    func start(_ i: Int) -> Int { i == 0 ? 0 : Int(words[i - 1].end) }

    /// Word `i`'s keys.
    subscript(i: Int) -> ArraySlice<Int32> { keys[start(i)..<Int(words[i].end)] }

    /// Word `i`'s own key.
    @inline(__always)
    func own(_ i: Int) -> Int32 { words[i].own }

    /// Word `i`'s information.
    @inline(__always)
    func information(_ i: Int) -> Float { words[i].information }

    /// Adds a word with `list` as its keys.
    mutating func append<S: Sequence>(_ list: S, own: Int32, information: Float) where S.Element == Int32 {
        keys.append(contentsOf: list)
        words.append(Word(end: Int32(keys.count), own: own, information: information))
    }

    mutating func reserveCapacity(words wordCount: Int, keys keyCount: Int) {
        words.reserveCapacity(wordCount)
        keys.reserveCapacity(keyCount)
    }

    /// The words of `self` followed by those of `other`.
    static func + (lhs: TokenKeyLists, rhs: TokenKeyLists) -> TokenKeyLists {
        var joined = lhs
        joined.reserveCapacity(words: lhs.count + rhs.count, keys: lhs.keys.count + rhs.keys.count)
        for i in rhs.indices { joined.append(rhs[i], own: rhs.own(i), information: rhs.information(i)) }
        return joined
    }
}
