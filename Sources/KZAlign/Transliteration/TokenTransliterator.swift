/// Transliterates running text token by token and memoizes per token.
///
/// ICU transliteration of running text is slow (NOTES.md: `Russian-Latin/BGN`
/// ≈ 2 MB/s, `Any-Latin` ≈ 0.3 MB/s), but words repeat: the memo maps each
/// distinct token to its Latin form once. A token is a maximal run of letters
/// and combining marks (an apostrophe between letters stays inside, as in
/// Ukrainian п’ять); everything else — spaces, digits, punctuation — is copied
/// as it is. Tokens written only in Latin letters pass through untouched, so
/// the result equals ICU's on the whole text word for word (checked by
/// `scripts/bench-translit.sh` against `uconv`).
///
/// Thread safety: owns an ICU transliterator and a mutable memo: one thread at
/// a time. Make one per worker (`clone()`).
public final class TokenTransliterator {
    /// The scheme it applies (an ICU id or a rule-set name).
    public let scheme: String
    private let transliterator: Transliterator
    /// Token bytes (UTF-8) → Latin bytes, looked up in place without copying the token.
    private var memo = ByteMemo()
    /// The memo is emptied when it grows past this many tokens (bounded memory).
    public var memoLimit = 400_000

    /// Opens `scheme` through `catalog` (ICU ids, kzalign's own rule sets, custom rule files).
    public init(scheme: String, catalog: SchemeCatalog = .standard) throws {
        self.scheme = scheme
        self.transliterator = try catalog.open(scheme)
    }

    private init(scheme: String, transliterator: Transliterator) {
        self.scheme = scheme
        self.transliterator = transliterator
    }

    /// An independent copy (empty memo) for another thread.
    public func clone() throws -> TokenTransliterator {
        TokenTransliterator(scheme: scheme, transliterator: try transliterator.clone())
    }

    /// Number of distinct tokens memoized so far.
    public var memoCount: Int { memo.count }

    /// The Latin form of `text`: every non-Latin token transliterated, the rest copied.
    ///
    /// Text that is already Latin comes back as the same `String`, sharing its storage
    /// (a corpus holds every segment's Latin form until its outputs are written).
    public func transliterate(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source in transliteratedIfChanged(source).map { String(decoding: $0, as: UTF8.self) } } ?? text
    }

    /// The same as UTF-8 bytes (for writing out without building a `String`).
    public func transliteratedUTF8(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { source in transliteratedIfChanged(source) ?? Array(source) }
    }

    /// The same on UTF-8 bytes (valid UTF-8 assumed, as Swift strings are), or nil when no token
    /// needed transliterating: the text is its own Latin form, and nothing was copied.
    private func transliteratedIfChanged(_ source: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        let count = source.count
        var copyStart = 0
        var position = 0
        while position < count {
            let (scalar, length) = UTF8Decoding.unicodeScalar(source, at: position)
            guard TokenTransliterator.isTokenScalar(scalar) else {
                position += length
                continue
            }
            let tokenStart = position
            var needsICU = !TokenTransliterator.isLatinOrCommon(scalar)
            position += length
            while position < count {
                let (next, nextLength) = UTF8Decoding.unicodeScalar(source, at: position)
                if TokenTransliterator.isTokenScalar(next) {
                    if !needsICU && !TokenTransliterator.isLatinOrCommon(next) { needsICU = true }
                    position += nextLength
                } else if TokenTransliterator.isInnerApostrophe(next) {
                    let after = position + nextLength
                    guard after < count, TokenTransliterator.isTokenScalar(UTF8Decoding.unicodeScalar(source, at: after).0)
                    else { break }
                    position = after
                } else {
                    break
                }
            }
            guard needsICU else { continue }
            if output.isEmpty { output.reserveCapacity(count + count / 4) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copyStart..<tokenStart]))
            let token = UnsafeBufferPointer(rebasing: source[tokenStart..<position])
            if !memo.withValue(for: token, { output.append(contentsOf: $0) }) {
                let value = Array(transliterator.transliterate(String(decoding: token, as: UTF8.self)).utf8)
                if memo.count >= memoLimit { memo.removeAll() }
                memo.insert(token, value: value)
                output.append(contentsOf: value)
            }
            copyStart = position
        }
        if copyStart == 0 { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copyStart..<count]))
        return output
    }

    /// The Latin form of one token (memoized).
    public func latin(ofToken token: String) -> String {
        let key = Array(token.utf8)
        return key.withUnsafeBufferPointer { key in
            var known: String?
            if memo.withValue(for: key, { known = String(decoding: $0, as: UTF8.self) }), let known { return known }
            let value = transliterator.transliterate(token)
            if memo.count >= memoLimit { memo.removeAll() }
            memo.insert(key, value: Array(value.utf8))
            return value
        }
    }


    @inline(__always)
    static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        // Cyrillic letters (U+0400–U+0481, U+048A–U+052F): the common case, without a property lookup.
        if (value >= 0x0400 && value <= 0x0481) || (value >= 0x048A && value <= 0x052F) { return true }
        return ScalarTable.shared.isLetterOrMark(scalar)
    }

    @inline(__always)
    static func isInnerApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Latin letters (Basic Latin to Latin Extended-B, IPA, Latin Extended
    /// Additional/C/D/E), combining marks and other common characters: no ICU needed.
    @inline(__always)
    static func isLatinOrCommon(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0370 { return true }
        if value >= 0x1E00 && value <= 0x1EFF { return true }
        if value >= 0x2C60 && value <= 0x2C7F { return true }
        if value >= 0xA720 && value <= 0xA7FF { return true }
        if value >= 0xAB30 && value <= 0xAB6F { return true }
        if value >= 0x1AB0 && value <= 0x1AFF { return true }
        if value >= 0x1DC0 && value <= 0x1DFF { return true }
        if value >= 0x2000 && value <= 0x206F { return true }
        if value >= 0xFE00 && value <= 0xFE0F { return true }
        return false
    }
}
