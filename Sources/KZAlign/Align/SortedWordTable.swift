/// A read-only word → keys table kept as sorted text lines (`word<TAB>key key …\n`) in one byte
/// buffer, found by binary search: no per-word strings or dictionaries are built, so a table of
/// hundreds of thousands of words loads in the time it takes to find its line starts, and its keys
/// are decoded only for the words looked up.
///
/// Thread safety: immutable; share freely.
struct SortedWordTable: Sendable {
    private let bytes: [UInt8]
    /// Start offset of each line, in word order (bytewise).
    private let lineStarts: [Int32]

    var count: Int { lineStarts.count }

    /// From lines already sorted bytewise by word (`bytes` holds only such lines).
    init(sortedLines bytes: [UInt8]) {
        var starts: [Int32] = []
        var start = 0
        while start < bytes.count {
            starts.append(Int32(start))
            while start < bytes.count, bytes[start] != 0x0A { start += 1 }
            start += 1
        }
        self.bytes = bytes
        self.lineStarts = starts
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
            var lo = 0, hi = lineStarts.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                let order = compare(line: Int(lineStarts[mid]), with: w)
                if order == 0 { return decodeKeys(line: Int(lineStarts[mid]) + w.count + 1) }
                if order < 0 { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
    }

    /// The table's lines as they are stored (for writing a cache).
    var lineBytes: [UInt8] { bytes }

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
