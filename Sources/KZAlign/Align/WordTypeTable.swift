/// The distinct content words of a `FeatureTable`'s segments, each stored once: its own key,
/// information and key list (`TokenKeyLists.Word`), numbered in order of first occurrence. A word's
/// keys depend only on the word (its folded form, its language's dictionaries and frequencies), so
/// the same word in a million segments has the same record; segments keep 4-byte word-type ids
/// instead of a copy each. In a 100,000-document run (2.3 million segments, 10 content words and
/// 47 keys a segment) the copies took 310 bytes a segment, the ids 40.
///
/// Word `t`'s keys are `keys[start(t)..<words[t].end]`, as in `TokenKeyLists`. Types are found by
/// their content (own key, information, keys) in an open-addressing table (linear probing; an
/// FNV-1a hash taking a 32-bit value at a time).
///
/// Thread safety: `id(keys:own:information:)` mutates; `view` is read by any thread once the
/// table no longer changes (views are valid until the next `id` call that adds a type, and while
/// the table is alive).
final class WordTypeTable: @unchecked Sendable {
    /// Read-only buffers of the types (valid as `view` says).
    struct View: @unchecked Sendable {
        var words: UnsafeBufferPointer<TokenKeyLists.Word>
        var keys: UnsafeBufferPointer<Int32>

        /// Where type `t`'s keys start in `keys`.
        @inline(__always)
        func start(_ t: Int) -> Int { t == 0 ? 0 : Int(words[t - 1].end) }

        /// Type `t`'s keys.
        @inline(__always)
        func keys(_ t: Int) -> UnsafeBufferPointer<Int32> {
            UnsafeBufferPointer(rebasing: keys[start(t)..<Int(words[t].end)])
        }
    }

    private var words = UnsafeMutableBufferPointer<TokenKeyLists.Word>.allocate(capacity: 0)
    private var keys = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)
    private(set) var count = 0
    private var keyCount = 0
    /// Type id + 1 in each slot, 0 when empty.
    private var slots: [Int32] = []

    init() {}

    deinit {
        words.deallocate()
        keys.deallocate()
    }

    /// The types' buffers as they are now.
    var view: View {
        View(words: UnsafeBufferPointer(rebasing: words[0..<count]), keys: UnsafeBufferPointer(rebasing: keys[0..<keyCount]))
    }

    /// The id of the word with these keys, own key and information, numbered next if it is new.
    func id(keys wordKeys: some Collection<Int32>, own: Int32, information: Float) -> Int32 {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var i = home(Self.hash(wordKeys, own: own, information: information))
        while slots[i] != 0 {
            let t = Int(slots[i] - 1)
            if matches(t, wordKeys, own: own, information: information) { return Int32(t) }
            i = (i + 1) & mask
        }
        append(wordKeys, own: own, information: information)
        slots[i] = Int32(count)
        return Int32(count - 1)
    }

    private func matches(_ t: Int, _ wordKeys: some Collection<Int32>, own: Int32, information: Float) -> Bool {
        guard words[t].own == own, words[t].information.bitPattern == information.bitPattern else { return false }
        let stored = view.keys(t)
        return stored.count == wordKeys.count && stored.elementsEqual(wordKeys)
    }

    private func append(_ wordKeys: some Collection<Int32>, own: Int32, information: Float) {
        if count == words.count { words = Self.grown(words, to: max(1_024, words.count * 2)) }
        if keyCount + wordKeys.count > keys.count {
            keys = Self.grown(keys, to: max(4_096, keys.count * 2, keyCount + wordKeys.count))
        }
        for key in wordKeys {
            keys[keyCount] = key
            keyCount += 1
        }
        words[count] = TokenKeyLists.Word(end: Int32(keyCount), own: own, information: information)
        count += 1
    }

    private static func grown<T>(_ buffer: UnsafeMutableBufferPointer<T>, to capacity: Int) -> UnsafeMutableBufferPointer<T> {
        let larger = UnsafeMutableBufferPointer<T>.allocate(capacity: capacity)
        _ = larger.initialize(fromContentsOf: buffer)
        buffer.deallocate()
        return larger
    }

    private func grow() {
        let capacity = max(1_024, slots.count * 2)
        slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        let view = self.view
        for t in 0..<count {
            var i = home(Self.hash(view.keys(t), own: words[t].own, information: words[t].information))
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(t + 1)
        }
    }

    @inline(__always)
    private func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash) & (slots.count - 1) }

    /// FNV-1a over the own key, the information's bits and the keys.
    private static func hash(_ wordKeys: some Collection<Int32>, own: Int32, information: Float) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ value: UInt32) { hash = (hash ^ UInt64(value)) &* 0x0100_0000_01b3 }
        mix(UInt32(bitPattern: own))
        mix(information.bitPattern)
        for key in wordKeys { mix(UInt32(bitPattern: key)) }
        // FNV's low bits mix poorly for word-sized inputs: fold the high half in
        return hash ^ (hash >> 29)
    }
}
