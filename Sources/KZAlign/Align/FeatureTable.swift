/// One segment's features as the scorer reads them: buffers into storage that some owner
/// (`SegmentFeatures.withView`, or a `FeatureTable`) keeps alive and unchanged while the view is
/// used. The segment's content words are word types (`wordTypes`) of `types`, which holds each
/// type's own key, information and keys once for all the segments that use it.
struct FeatureView {
    /// The segment's content words, in order, as ids into `types`.
    var wordTypes: UnsafeBufferPointer<Int32>
    var types: WordTypeTable.View
    /// Entity, concept, number and date anchor ids, sorted.
    var anchors: UnsafeBufferPointer<Int32>
    /// The canonical numbers, then the dates.
    var numbers: UnsafeBufferPointer<String>
    /// Character trigram ids, sorted and unique.
    var trigrams: TrigramIDs
    var length: Int

    /// Number of content words.
    var wordCount: Int { wordTypes.count }

    /// Content word `i`'s own key, information (and end offset in `types.keys`).
    @inline(__always)
    func word(_ i: Int) -> TokenKeyLists.Word { types.words[Int(wordTypes[i])] }

    /// Content word `i`'s keys.
    @inline(__always)
    func keys(ofWord i: Int) -> UnsafeBufferPointer<Int32> { types.keys(Int(wordTypes[i])) }

    /// Number of word keys, over all words (a key two words share counts twice).
    var keyCount: Int {
        var total = 0
        for t in wordTypes { total += types.keys(Int(t)).count }
        return total
    }

    /// Fills `buffer` with the union of the word keys, sorted and unique; `buffer` keeps its
    /// capacity from one call to the next.
    func sortedKeyUnion(into buffer: inout [Int32]) {
        buffer.removeAll(keepingCapacity: true)
        for t in wordTypes { buffer.append(contentsOf: types.keys(Int(t))) }
        buffer.sortAndRemoveDuplicates()
    }
}

/// A view answers key membership by scanning its keys (as compact features without a Bloom filter
/// or key union do): for the few pairs scored outside the bulk pass, which uses `KeyProbe`s.
extension FeatureView: KeyMembership {
    @inline(__always)
    func containsKey(_ key: Int32) -> Bool { wordTypes.contains { types.keys(Int($0)).contains(key) } }
}

/// A segment's character trigrams as ids, sorted: 16 bits each in a `FeatureTable` whose trigram
/// vocabulary fits in 16 bits (a corpus's folded Latin words hold some tens of thousands), 32 bits
/// elsewhere. Only ids of one numbering are compared (one table's, or the hashes of
/// `SegmentFeatures` made by a `FeatureExtractor`).
enum TrigramIDs {
    case narrow(UnsafeBufferPointer<UInt16>)
    case wide(UnsafeBufferPointer<Int32>)

    var count: Int {
        switch self {
        case let .narrow(ids): ids.count
        case let .wide(ids): ids.count
        }
    }

    /// The ids as 32-bit values, in order.
    var values: [Int32] {
        switch self {
        case let .narrow(ids): ids.map { Int32($0) }
        case let .wide(ids): Array(ids)
        }
    }

    /// Dice coefficient of the two sets.
    @inline(__always)
    static func dice(_ a: TrigramIDs, _ b: TrigramIDs) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 0 }
        let shared = switch (a, b) {
        case let (.narrow(x), .narrow(y)): SortedSets.intersectionCount(x, y)
        case let (.wide(x), .wide(y)): SortedSets.intersectionCount(x, y)
        case let (.narrow(x), .wide(y)): SortedSets.intersectionCount(x, y)
        case let (.wide(x), .narrow(y)): SortedSets.intersectionCount(x, y)
        }
        return 2 * Double(shared) / Double(total)
    }
}

extension SegmentFeatures {
    /// Calls `body` with a view of these features (valid only inside `body`): its words are types
    /// of their own (word `i` is type `i`).
    @inline(__always)
    func withView<R>(_ body: (FeatureView) throws -> R) rethrows -> R {
        try tokenKeys.keys.withUnsafeBufferPointer { keys in
            try tokenKeys.words.withUnsafeBufferPointer { words in
                try withUnsafeTemporaryAllocation(of: Int32.self, capacity: words.count) { identity in
                    for i in 0..<words.count { identity.initializeElement(at: i, to: Int32(i)) }
                    return try anchors.withUnsafeBufferPointer { anchors in
                        try numbers.withUnsafeBufferPointer { numbers in
                            try trigrams.withUnsafeBufferPointer { trigrams in
                                try body(FeatureView(wordTypes: UnsafeBufferPointer(identity),
                                                     types: WordTypeTable.View(words: words, keys: keys),
                                                     anchors: anchors, numbers: numbers, trigrams: .wide(trigrams), length: length))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The comparable aligner's features of every segment, stored flat: each block of
/// `blockSize` segments holds one buffer per kind (word-type ids, anchors, numbers, trigrams) and
/// one record of offsets per segment, where `[SegmentFeatures]` held four or five arrays per
/// segment, each a heap block with its header and allocator overhead (about 200 of a segment's
/// 830 bytes in a 100,000-document run, with its 2.3 million segments). The words' keys are held
/// once per distinct word (`WordTypeTable`). Blocks are allocated at their exact size once their
/// segments are interned, so the table has no growth slack and is never copied. Immutable once
/// built (copies share its word types); views (`subscript`) stay valid while the table is alive
/// and nothing is appended.
struct FeatureTable: Sendable {
    /// Segments per block (all blocks but the last are full).
    static let blockSize = 32_768

    private var blocks: [FeatureBlock] = []
    /// Each block's buffers, read without reference counting in the scoring loops.
    private var pointers: [FeatureBlock.Pointers] = []
    private(set) var count = 0
    /// Each trigram hash's id, in order of first occurrence: the table stores ids, 16 bits each
    /// while there are at most 65,536 of them (half the memory of the hashes, a fifth of the
    /// table's), 32 bits after. Intersections, and so every score, are those of the hashes.
    private var trigramIDs = TrigramNumbering()
    /// Every distinct content word, and its buffers as of the last append.
    private let wordTypes = WordTypeTable()
    private var typeView: WordTypeTable.View
    /// Whether trigram ids take 32 bits (the vocabulary outgrew 16).
    private(set) var wideTrigrams = false
    static let narrowTrigramLimit = Int(UInt16.max) + 1

    init() {
        typeView = wordTypes.view
    }

    /// A table of `features`, in order.
    init(_ features: [SegmentFeatures]) {
        self.init()
        var start = 0
        while start < features.count {
            let end = min(features.count, start + Self.blockSize)
            append(features[start..<end])
            start = end
        }
    }

    /// Adds `features` after the segments already held; every block before must be full.
    mutating func append(_ features: ArraySlice<SegmentFeatures>) {
        guard !features.isEmpty else { return }
        precondition(count % Self.blockSize == 0 && features.count <= Self.blockSize,
                     "FeatureTable: blocks of \(Self.blockSize) segments are appended whole")
        var ids: [Int32] = [], types: [Int32] = []
        ids.reserveCapacity(features.reduce(0) { $0 + $1.trigrams.count })
        types.reserveCapacity(features.reduce(0) { $0 + $1.tokenKeys.count })
        for f in features {
            let start = ids.count
            for hash in f.trigrams { ids.append(trigramIDs.id(hash)) }
            ids.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[start...]).sortIntegers() }
            for w in f.tokenKeys.indices {
                types.append(wordTypes.id(keys: f.tokenKeys[w], own: f.tokenKeys.own(w), information: f.tokenKeys.information(w)))
            }
        }
        typeView = wordTypes.view
        if !wideTrigrams && trigramIDs.count > Self.narrowTrigramLimit {
            wideTrigrams = true
            for (index, block) in blocks.enumerated() {
                block.widenTrigrams()
                pointers[index] = block.pointers
            }
        }
        let block = FeatureBlock(features, wordTypes: types, trigramIDs: ids, wide: wideTrigrams)
        blocks.append(block)
        pointers.append(block.pointers)
        count += features.count
    }

    /// The view of segment `i`.
    @inline(__always)
    subscript(i: Int) -> FeatureView {
        pointers[i / Self.blockSize].view(i % Self.blockSize, types: typeView)
    }

    /// Number of distinct content words (word types) the segments share.
    var wordTypeCount: Int { wordTypes.count }

    /// Segment `i`'s features as an array-backed copy (no Bloom filter, no key union, as compact
    /// features; trigrams as this table's ids): for the few segments merged, linked beyond their
    /// partners or quoted as evidence, compared only with other copies from this table.
    func features(_ i: Int) -> SegmentFeatures {
        let view = self[i]
        var tokenKeys = TokenKeyLists()
        tokenKeys.reserveCapacity(words: view.wordCount, keys: view.keyCount)
        for w in 0..<view.wordCount {
            let word = view.word(w)
            tokenKeys.append(view.keys(ofWord: w), own: word.own, information: word.information)
        }
        return SegmentFeatures(tokenKeys: tokenKeys, keyUnion: [], anchors: Array(view.anchors), numbers: Array(view.numbers),
                               trigrams: view.trigrams.values, length: view.length, bloom: nil)
    }
}

/// One block of a `FeatureTable`: buffers allocated at their exact size, freed with the block.
private final class FeatureBlock: @unchecked Sendable {
    /// Where each segment's entries start in the block's buffers (the next record holds the ends).
    struct Offsets {
        var types: UInt32, anchors: UInt32, numbers: UInt32, trigrams: UInt32
        var length: Int32
    }

    /// The block's buffers (owned by the block).
    struct Pointers: @unchecked Sendable {
        var offsets: UnsafeMutableBufferPointer<Offsets>
        /// Each segment's content words as `WordTypeTable` ids.
        var types: UnsafeMutableBufferPointer<Int32>
        var anchors: UnsafeMutableBufferPointer<Int32>
        var numbers: UnsafeMutableBufferPointer<String>
        /// Trigram ids: 16-bit, or (when `wide`) 32-bit in `wideTrigrams`.
        var trigrams: UnsafeMutableBufferPointer<UInt16>
        var wideTrigrams: UnsafeMutableBufferPointer<Int32>
        var wide: Bool

        @inline(__always)
        func view(_ i: Int, types typeView: WordTypeTable.View) -> FeatureView {
            let from = offsets[i], to = offsets[i + 1]
            func slice<T>(_ buffer: UnsafeMutableBufferPointer<T>, _ lo: UInt32, _ hi: UInt32) -> UnsafeBufferPointer<T> {
                UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[Int(lo)..<Int(hi)])
            }
            return FeatureView(wordTypes: slice(types, from.types, to.types), types: typeView,
                               anchors: slice(anchors, from.anchors, to.anchors), numbers: slice(numbers, from.numbers, to.numbers),
                               trigrams: wide ? .wide(slice(wideTrigrams, from.trigrams, to.trigrams))
                                   : .narrow(slice(trigrams, from.trigrams, to.trigrams)),
                               length: Int(from.length))
        }
    }

    private(set) var pointers: Pointers

    /// - Parameters:
    ///   - wordTypes: every segment's content words as word-type ids, one segment after the other.
    ///   - trigramIDs: every segment's trigram ids (as many as its hashes), one after the other.
    init(_ features: ArraySlice<SegmentFeatures>, wordTypes: [Int32], trigramIDs: [Int32], wide: Bool) {
        let offsets = UnsafeMutableBufferPointer<Offsets>.allocate(capacity: features.count + 1)
        var next = Offsets(types: 0, anchors: 0, numbers: 0, trigrams: 0, length: 0)
        for (i, f) in features.enumerated() {
            next.length = Int32(clamping: f.length)
            offsets[i] = next
            next.types += UInt32(f.tokenKeys.count)
            next.anchors += UInt32(f.anchors.count)
            next.numbers += UInt32(f.numbers.count)
            next.trigrams += UInt32(f.trigrams.count)
        }
        next.length = 0
        offsets[features.count] = next
        func filled<T>(_ total: UInt32, _ part: (SegmentFeatures) -> [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: Int(total))
            var n = 0
            for f in features {
                let items = part(f)
                _ = UnsafeMutableBufferPointer(rebasing: buffer[n..<(n + items.count)]).initialize(from: items)
                n += items.count
            }
            return buffer
        }
        let types = UnsafeMutableBufferPointer<Int32>.allocate(capacity: wordTypes.count)
        _ = types.initialize(from: wordTypes)
        pointers = Pointers(offsets: offsets, types: types,
                            anchors: filled(next.anchors) { $0.anchors }, numbers: filled(next.numbers) { $0.numbers },
                            trigrams: .allocate(capacity: wide ? 0 : trigramIDs.count),
                            wideTrigrams: .allocate(capacity: wide ? trigramIDs.count : 0), wide: wide)
        if wide {
            _ = pointers.wideTrigrams.initialize(from: trigramIDs)
        } else {
            _ = pointers.trigrams.initialize(from: trigramIDs.lazy.map { UInt16($0) })
        }
    }

    /// Stores the trigram ids in 32 bits from now on.
    func widenTrigrams() {
        guard !pointers.wide else { return }
        let wide = UnsafeMutableBufferPointer<Int32>.allocate(capacity: pointers.trigrams.count)
        _ = wide.initialize(from: pointers.trigrams.lazy.map { Int32($0) })
        pointers.wideTrigrams.deallocate()
        pointers.trigrams.deallocate()
        pointers.trigrams = .allocate(capacity: 0)
        pointers.wideTrigrams = wide
        pointers.wide = true
    }

    deinit {
        pointers.offsets.deallocate()
        pointers.types.deallocate()
        pointers.anchors.deallocate()
        pointers.numbers.deinitialize().deallocate()
        pointers.trigrams.deallocate()
        pointers.wideTrigrams.deallocate()
    }
}

/// Numbers trigram hashes in order of first occurrence: an open-addressing table (linear probing,
/// Knuth's multiplicative hash, as `KeyProbe`), as a `Dictionary` would but without hashing each of
/// the 190 million look-ups of a 100,000-document corpus through SipHash.
private struct TrigramNumbering {
    private var hashes: [Int32] = []
    private var ids: [Int32] = []
    private var shift: UInt32 = 32
    private(set) var count = 0

    /// The id of `hash`, numbered next if it is new.
    mutating func id(_ hash: Int32) -> Int32 {
        if 2 * (count + 1) > hashes.count { grow() }
        let mask = hashes.count - 1
        var i = KeyProbe.home(hash, shift: shift)
        while ids[i] >= 0 {
            if hashes[i] == hash { return ids[i] }
            i = (i + 1) & mask
        }
        hashes[i] = hash
        ids[i] = Int32(count)
        count += 1
        return ids[i]
    }

    private mutating func grow() {
        let capacity = max(1_024, hashes.count * 2)
        let (oldHashes, oldIDs) = (hashes, ids)
        hashes = [Int32](repeating: 0, count: capacity)
        ids = [Int32](repeating: -1, count: capacity)
        shift = 32 - UInt32(capacity.trailingZeroBitCount)
        let mask = capacity - 1
        for (hash, id) in zip(oldHashes, oldIDs) where id >= 0 {
            var i = KeyProbe.home(hash, shift: shift)
            while ids[i] >= 0 { i = (i + 1) & mask }
            hashes[i] = hash
            ids[i] = id
        }
    }
}
