import Foundation

/// Word-form membership per language: Bloom filters over the forms of the
/// installed hunspell dictionaries (Debian `hunspell-*`), built by
/// `scripts/setup.d/21-lexicon.sh` into `models/lexicon.bin`. A lookup may
/// say yes for a word the dictionary lacks (about 0.5 % of the time), never no
/// for one it has.
///
/// Used as evidence for short text, where the n-gram model sees too few
/// bytes: a word a language's dictionary knows counts for that language
/// (`ShortTextEvidence`).
///
/// Thread safety: immutable; safe from any thread.
final class Lexicon: @unchecked Sendable {
    static let fileName = "lexicon.bin"

    private struct Filter {
        let offset: Int
        let bitCount: UInt64
        let probes: Int

        func contains(_ h1: UInt64, _ h2: UInt64, in file: PositionalFile) -> Bool {
            for i in 0..<probes {
                let bit = (h1 &+ UInt64(i) &* h2) % bitCount
                if file.byte(at: offset + Int(bit >> 3)) & (1 << UInt8(bit & 7)) == 0 { return false }
            }
            return true
        }
    }

    /// Read with `pread`, not mapped: see `PositionalFile`.
    private let file: PositionalFile
    private let filters: [String: Filter]
    /// Codes with a dictionary, sorted.
    let languages: [String]

    init(path: String) throws {
        file = try PositionalFile(path: path)
        func fail(_ reason: String) -> LanguageError { .invalidModel(path: path, reason: reason) }
        let head = try file.header(count: 16, magic: "KZLEXICN", version: 1)
        func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 { bytes.littleEndian(UInt32.self, at: at) }
        func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 { bytes.littleEndian(UInt64.self, at: at) }
        let count = Int(u32(head, 12))
        let table = file.bytes(at: 16, count: count * 40)
        guard table.count == count * 40 else { throw fail("truncated table") }
        var filters: [String: Filter] = [:]
        for i in 0..<count {
            let entry = i * 40
            let code = String(decoding: table[entry..<(entry + 16)].prefix { $0 != 0 }, as: UTF8.self)
            let bits = u64(table, entry + 16)
            let probes = Int(u32(table, entry + 24))
            let offset = Int(u64(table, entry + 32))
            guard bits > 0, offset + Int(bits / 8) <= file.count else { throw fail("truncated filter for \(code)") }
            filters[code] = Filter(offset: offset, bitCount: bits, probes: probes)
        }
        self.filters = filters
        languages = filters.keys.sorted()
    }

    /// Whether `code`'s dictionary has `word` (already normalised by `words(in:)`).
    func contains(_ word: [UInt8], language code: String) -> Bool? {
        let (h1, h2) = Lexicon.hashes(word)
        return contains(h1, h2, language: code)
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

    /// Whether `code`'s dictionary has the word with hashes `(h1, h2)` from `hashes(_:)`;
    /// nil when `code` has no dictionary.
    func contains(_ h1: UInt64, _ h2: UInt64, language code: String) -> Bool? {
        filters[code]?.contains(h1, h2, in: file)
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
