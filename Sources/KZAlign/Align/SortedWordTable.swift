/// A read-only word → keys table kept as sorted text lines (`word<TAB>key key …\n`) in one byte
/// buffer, found by binary search: no per-word strings or dictionaries are built, so a table of
/// hundreds of thousands of words loads in the time it takes to find its line starts, and its keys
/// are decoded only for the words looked up.
///
/// Thread safety: immutable; share freely.
struct SortedWordTable: Sendable {
    private let bytes: [UInt8]
    /// Offset in `bytes` of each line's word, in word order (bytewise).
    private let lineStarts: [Int32]

    var count: Int { lineStarts.count }

    /// From lines already sorted bytewise by word (`bytes` holds only such lines).
    init(sortedLines bytes: [UInt8]) {
        var starts: [Int32] = []
        ByteSearch.forEachLine(bytes) { start, _ in starts.append(Int32(start)) }
        self.init(bytes: bytes, wordStarts: starts)
    }

    /// Over lines of a larger buffer: `wordStarts` are where each line's word starts in `bytes`
    /// (after any prefix of the line), in bytewise word order. Tables made from one buffer share
    /// it (a lexicon cache read once holds every language's table).
    init(bytes: [UInt8], wordStarts: [Int32]) {
        self.bytes = bytes
        self.lineStarts = wordStarts
    }

    /// From a dictionary (sorts it).
    init(_ table: [String: [String]]) {
        let sorted = table.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        var bytes: [UInt8] = []
        for (word, keys) in sorted {
            bytes.append(contentsOf: word)
            bytes.append(0x09)
            bytes.append(contentsOf: keys.joined(separator: " ").utf8)
            bytes.append(0x0A)
        }
        self.init(sortedLines: bytes)
    }

    /// The keys of `word`, or nil when it is not in the table.
    func keys(_ word: String) -> [String]? {
        var target = word
        return target.withUTF8 { w -> [String]? in
            find(w).map { decodeKeys(line: Int(lineStarts[$0]) + w.count + 1) }
        }
    }

    /// Whether the word spelled by the UTF-8 bytes `word` is in the table (nothing decoded).
    func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool { find(word) != nil }

    /// The index of `word`'s line, by binary search.
    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let order = compare(line: Int(lineStarts[mid]), with: word)
            if order == 0 { return mid }
            if order < 0 { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The table's `word<TAB>keys` lines (for writing a cache).
    var lineBytes: [UInt8] {
        var lines: [UInt8] = []
        for start in lineStarts {
            var end = Int(start)
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lines.append(contentsOf: bytes[Int(start)..<end])
            lines.append(0x0A)
        }
        return lines
    }

    /// Bytewise order of the line's word against `word`: <0, 0 or >0.
    private func compare(line start: Int, with word: UnsafeBufferPointer<UInt8>) -> Int {
        var i = start, j = 0
        while true {
            let a = i < bytes.count ? bytes[i] : 0x09
            let lineEnded = a == 0x09
            let wordEnded = j == word.count
            if lineEnded || wordEnded { return lineEnded == wordEnded ? 0 : (lineEnded ? -1 : 1) }
            if a != word[j] { return a < word[j] ? -1 : 1 }
            i += 1; j += 1
        }
    }

    private func decodeKeys(line keyStart: Int) -> [String] {
        var end = keyStart
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        guard keyStart < end else { return [] }
        return bytes[keyStart..<end].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
}
