import Foundation

/// A token of a segment as the aligner sees it: a run of letters, or a number
/// with its digit-group and decimal separators.
struct AlignToken: Sendable, Equatable {
    enum Kind: Sendable { case word, number }
    var kind: Kind
    /// Lowercased surface (numbers: digits and separators, ASCII digits).
    var text: String
    /// True when the surface started with an uppercase letter.
    var capitalized: Bool
}

/// Splits text into word and number tokens without ICU (fast enough for
/// hundreds of thousands of segments). Letters and combining marks form words;
/// apostrophes split words ("l'emplacement" → "l", "emplacement"); digits
/// (any script's decimal digits, mapped to ASCII) joined by `.` `,` `'` or a
/// space / no-break space before a 3-digit group form one number token.
enum AlignTokenizer {
    static func tokens(_ text: String) -> [AlignToken] {
        var text = text
        return text.withUTF8 { tokens(utf8: $0) }
    }

    /// The tokens of the UTF-8 text `utf8` (valid UTF-8).
    private static func tokens(utf8: UnsafeBufferPointer<UInt8>) -> [AlignToken] {
        let table = ScalarTable.shared
        // the scalars, and where each starts in `utf8` (one more: the end), so that a word is
        // copied from the text's bytes at once
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        scalars.reserveCapacity(utf8.count)
        starts.reserveCapacity(utf8.count + 1)
        var offset = 0
        while offset < utf8.count {
            let (scalar, length) = UTF8Decoding.unicodeScalar(utf8, at: offset)
            scalars.append(scalar)
            starts.append(offset)
            offset += length
        }
        starts.append(offset)
        var result: [AlignToken] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if let d = asciiDigit(s, table) {
                var number = String(d)
                var j = i + 1
                while j < scalars.count {
                    if let d2 = asciiDigit(scalars[j], table) { number.append(d2); j += 1; continue }
                    let sep = scalars[j]
                    guard j + 1 < scalars.count, asciiDigit(scalars[j + 1], table) != nil else { break }
                    if sep == "." || sep == "," || sep == "'" || sep == "’" {
                        number.unicodeScalars.append(sep == "’" ? "'" : sep); j += 1; continue
                    }
                    if sep == " " || sep == "\u{00A0}" || sep == "\u{202F}" || sep == "\u{2009}" {
                        // a space groups digits only before exactly three digits, after a group of at most three
                        var k = j + 1
                        var count = 0
                        while k < scalars.count, asciiDigit(scalars[k], table) != nil { k += 1; count += 1 }
                        let lastGroup = number.split(whereSeparator: { !$0.isNumber }).last?.count ?? 0
                        if count == 3 && lastGroup <= 3 { number.append(" "); j += 1; continue }
                    }
                    break
                }
                result.append(AlignToken(kind: .number, text: number, capitalized: false))
                i = j
                continue
            }
            if table.isAlphabetic(s) {
                // letters and marks; a hyphen splits ("Nur-Sultan" → "nur", "sultan")
                var j = i
                var lowercase = true
                while j < scalars.count, table.isWordPart(scalars[j]) {
                    if table.changesWhenLowercased(scalars[j]) { lowercase = false }
                    j += 1
                }
                let surface = String(decoding: UnsafeBufferPointer(rebasing: utf8[starts[i]..<starts[j]]), as: UTF8.self)
                result.append(AlignToken(kind: .word, text: lowercase ? surface : surface.lowercased(),
                                         capitalized: table.isUppercase(s)))
                i = j
                continue
            }
            i += 1
        }
        return result
    }

    /// The ASCII digit of a decimal digit in any script (Arabic-Indic, Devanagari, …).
    @inline(__always)
    static func asciiDigit(_ s: Unicode.Scalar, _ table: ScalarTable = .shared) -> Character? {
        if s.value >= 0x30 && s.value <= 0x39 { return Character(s) }
        guard s.value > 0x7F, table.isDecimalDigit(s), let v = s.properties.numericValue else { return nil }
        return Character(String(Int(v)))
    }
}

/// Folds words to a Latin ASCII key for cognate and name matching
/// ("Janaözen" → "janaozen", "Токаев" → "tokaev"), memoized per word.
///
/// Thread safety: owns an ICU transliterator; one thread at a time.
final class LatinFolder {
    private let transliterator: Transliterator?
    private var memo: [String: String] = [:]

    init() {
        transliterator = try? Transliterator(id: "Any-Latin; Latin-ASCII; Lower")
    }

    func fold(_ word: String) -> String {
        if word.isAllASCII { return word.lowercased() }
        if let known = memo[word] { return known }
        let folded = transliterator?.transliterate(word).lowercased() ?? word.lowercased()
        let clean = String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) })
        if memo.count > 500_000 { memo.removeAll(keepingCapacity: true) }
        memo[word] = clean
        return clean
    }
}

/// Light stemming shared by every language's keys: English plural/verb endings
/// are cut, then the word is truncated to its first six letters (truncation
/// stemming, a standard cross-language retrieval baseline).
enum KeyStemmer {
    static let prefixLength = 6

    static func key(_ folded: String) -> String {
        var w = Substring(folded)
        if w.count > 4 {
            if w.hasSuffix("ies") { w = w.dropLast(3) + "y" }
            else if w.hasSuffix("sses") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") { w = w.dropLast(2) }
            else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") { w = w.dropLast() }
        } else if w.count == 4, w.hasSuffix("s"), !w.hasSuffix("ss") {
            w = w.dropLast()
        }
        if w.count > 6 && w.hasSuffix("ing") { w = w.dropLast(3) }
        else if w.count > 5 && w.hasSuffix("ed") { w = w.dropLast(2) }
        return String(w.prefix(prefixLength))
    }
}
