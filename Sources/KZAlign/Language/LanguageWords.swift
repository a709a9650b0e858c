import Foundation

/// Word frequencies per language for short-text identification: the Zipf
/// frequency (log10 of occurrences per billion words; Speer et al., PyPI
/// `wordfreq` 3.1.1, data CC BY-SA 4.0) of each listed word in each language,
/// built by `scripts/setup.d/23-langid-words.sh` (`scripts/tools/build-langid-words.py`)
/// into `models/langid-words.bin`, and read with `pread` (`PositionalFile`):
/// a lookup reads the few slots it probes; nothing of the table stays resident.
///
/// A hunspell dictionary (`Lexicon`) says only whether a language has a word;
/// a frequency says how much more likely the word is in one language than in
/// another ("casa" is common in Spanish and Italian, "the" only in English),
/// which is the unigram language model of naive-Bayes word-level language ID
/// (e.g. Grefenstette 1995, "Comparing two language identification schemes").
///
/// Thread safety: immutable; safe from any thread.
final class LanguageWords: @unchecked Sendable {
    static let fileName = "langid-words.bin"

    private let file: PositionalFile
    private let slotsOffset: Int
    private let slotCount: UInt64
    private let width: Int
    /// Codes with a frequency list, in column order.
    let languages: [String]

    /// Opens the file at `path`.
    /// - Throws: `LanguageError.invalidModel` when it is not a version-1 `KZLWORDS` file.
    init(path: String) throws {
        file = try PositionalFile(path: path)
        func fail(_ reason: String) -> LanguageError { .invalidModel(path: path, reason: reason) }
        let head = try file.header(count: 24, magic: "KZLWORDS", version: 1)
        let count = Int(head.littleEndian(UInt32.self, at: 12)), slotCount = Int(head.littleEndian(UInt32.self, at: 16))
        let header = (24 + 8 * count + 63) / 64 * 64
        width = 4 + count
        guard count > 0, slotCount > 0, header + slotCount * width <= file.count else { throw fail("truncated file") }
        let codes = file.bytes(at: 24, count: 8 * count)
        languages = (0..<count).map { j in String(decoding: codes[(8 * j)..<(8 * j + 8)].prefix { $0 != 0 }, as: UTF8.self) }
        slotsOffset = header
        self.slotCount = UInt64(slotCount)
    }

    /// The column of `code`, nil when it has no frequency list.
    func column(of code: String) -> Int? { languages.firstIndex(of: code) }

    /// The per-language bytes (Zipf × 10, 0 = not listed; one per `languages`) of the
    /// word with hashes `(h1, h2)` from `Lexicon.hashes`, nil when no language lists it.
    func row(_ h1: UInt64, _ h2: UInt64) -> [UInt8]? {
        let key = UInt32(truncatingIfNeeded: h2)
        let batch = 8
        var i = Int(h1 % slotCount)
        var buffer = [UInt8](repeating: 0, count: batch * width)
        while true {
            let n = min(batch, Int(slotCount) - i)
            let read = buffer.withUnsafeMutableBytes {
                file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<(n * width)]), at: slotsOffset + i * width)
            }
            guard read == n * width else { return nil }
            for s in 0..<n {
                let at = s * width
                let found = (0..<4).reduce(UInt32(0)) { $0 | UInt32(buffer[at + $1]) << (8 * $1) }
                if found == key { return Array(buffer[(at + 4)..<(at + width)]) }
                if found == 0 { return nil }
            }
            i += n
            if i == Int(slotCount) { i = 0 }
        }
    }
}
