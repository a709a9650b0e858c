import Foundation

/// Word-form membership per language: Bloom filters over the forms of the
/// installed hunspell dictionaries (Debian `hunspell-*`), built by
/// `scripts/setup.d/21-lexicon.sh` into `models/lexicon.bin`. A lookup may
/// say yes for a word the dictionary lacks (about 0.5 % of the time), never no
/// for one it has.
///
/// Used as evidence for short text, where the n-gram model sees too few
/// bytes: a word a language's dictionary knows counts for that language.
///
/// Thread safety: immutable; safe from any thread.
final class Lexicon: @unchecked Sendable {
    static let fileName = "lexicon.bin"

    private struct Filter {
        let bits: UnsafePointer<UInt8>
        let bitCount: UInt64
        let probes: Int

        func contains(_ h1: UInt64, _ h2: UInt64) -> Bool {
            for i in 0..<probes {
                let bit = (h1 &+ UInt64(i) &* h2) % bitCount
                if bits[Int(bit >> 3)] & (1 << UInt8(bit & 7)) == 0 { return false }
            }
            return true
        }
    }

    private let file: MappedFile
    private let filters: [String: Filter]
    /// Codes with a dictionary, sorted.
    let languages: [String]

    init(path: String) throws {
        file = try MappedFile(path: path)
        func fail(_ reason: String) -> LanguageError { .invalidModel(path: path, reason: reason) }
        guard file.count >= 16, memcmp(file.base, "KZLEXICN", 8) == 0 else { throw fail("bad magic") }
        let base = file.base
        guard base.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == 1 else { throw fail("unsupported version") }
        let count = Int(base.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        var filters: [String: Filter] = [:]
        for i in 0..<count {
            let entry = 16 + i * 40
            guard entry + 40 <= file.count else { throw fail("truncated table") }
            let codeBytes = (0..<16).map { base.load(fromByteOffset: entry + $0, as: UInt8.self) }.prefix { $0 != 0 }
            let code = String(decoding: codeBytes, as: UTF8.self)
            let bits = base.loadUnaligned(fromByteOffset: entry + 16, as: UInt64.self)
            let probes = Int(base.loadUnaligned(fromByteOffset: entry + 24, as: UInt32.self))
            let offset = Int(base.loadUnaligned(fromByteOffset: entry + 32, as: UInt64.self))
            guard bits > 0, offset + Int(bits / 8) <= file.count else { throw fail("truncated filter for \(code)") }
            filters[code] = Filter(bits: (base + offset).assumingMemoryBound(to: UInt8.self), bitCount: bits, probes: probes)
        }
        self.filters = filters
        languages = filters.keys.sorted()
    }

    /// Whether `code`'s dictionary has `word` (already normalised by `words(in:)`).
    func contains(_ word: [UInt8], language code: String) -> Bool? {
        guard let filter = filters[code] else { return nil }
        let (h1, h2) = Lexicon.hashes(word)
        return filter.contains(h1, h2)
    }

    static func hashes(_ word: [UInt8]) -> (UInt64, UInt64) {
        (UInt64(CRC32.checksum(word, seed: 0)), UInt64(CRC32.checksum(word, seed: 0x9E37_79B9) | 1))
    }

    /// The words of `text` as the builder normalises them: NFC, lowercased,
    /// combining marks dropped, runs of letters (general category L*), UTF-8.
    static func words(in text: Substring, limit: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current = ""
        func finish() {
            if !current.isEmpty { result.append(Array(current.lowercased().utf8)); current = "" }
        }
        // Text is normally NFC already; compose only when a combining mark is present.
        let hasMark = text.unicodeScalars.contains { $0.value >= 0x300 && $0.properties.generalCategory == .nonspacingMark }
        let source = hasMark ? text.precomposedStringWithCanonicalMapping : String(text)
        for scalar in source.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                current.unicodeScalars.append(scalar)
            default:
                finish()
                if result.count > limit { return result }
            }
        }
        finish()
        return result
    }

    /// Adds lexical evidence to `scores` (one per code in `codes`; only the
    /// `allowed` ones, those written in the text's script) for text of at most `maxWords` words: each word known to a candidate's dictionary
    /// adds `weight` to it. Candidates without a dictionary get the mean bonus
    /// of those with one, so they are neither favoured nor ruled out.
    func addEvidence(text: Substring, codes: [String], allowed: [Bool], weight: Float, maxWords: Int,
                     scores: inout [Float]) {
        // Long text: the n-gram model has enough; skip before normalising anything.
        guard text.utf8.count <= maxWords * 48 else { return }
        var separators = 0
        for byte in text.utf8 where byte == 32 || byte == 9 { separators += 1 }
        guard separators < maxWords else { return }
        guard codes.indices.contains(where: { allowed[$0] && filters[codes[$0]] != nil }) else { return }
        let words = Lexicon.words(in: text, limit: maxWords)
        guard !words.isEmpty, words.count <= maxWords else { return }
        var bonus = [Float](repeating: 0, count: codes.count)
        var covered = [Bool](repeating: false, count: codes.count)
        for word in words {
            let (h1, h2) = Lexicon.hashes(word)
            for (i, code) in codes.enumerated() where allowed[i] {
                guard let filter = filters[code] else { continue }
                covered[i] = true
                if filter.contains(h1, h2) { bonus[i] += weight }
            }
        }
        let withDictionary = (0..<codes.count).filter { covered[$0] }
        guard !withDictionary.isEmpty else { return }
        let mean = withDictionary.reduce(Float(0)) { $0 + bonus[$1] } / Float(withDictionary.count)
        for i in 0..<codes.count { scores[i] += covered[i] ? bonus[i] : mean }
    }
}

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) with zlib's
/// `crc32(seed, bytes)` semantics, so Python's `zlib.crc32(b, seed)` matches.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8], seed: UInt32) -> UInt32 {
        var crc = ~seed
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }
}
