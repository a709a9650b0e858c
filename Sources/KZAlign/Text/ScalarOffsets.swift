/// Maps UTF-16 offsets (what ICU works in) to Unicode scalar offsets (what
/// kzalign's outputs use) for one string.
public struct ScalarOffsets: Sendable {
    /// The string's UTF-16 code units, for passing to ICU.
    public let utf16: [UInt16]
    /// `scalarIndex[i]` is the scalar offset of UTF-16 offset `i` (count + 1 entries).
    private let scalarIndex: [Int32]

    public init(_ text: String) {
        let units = text.utf16Units
        var index = [Int32](repeating: 0, count: units.count + 1)
        var scalar: Int32 = 0
        var i = 0
        while i < units.count {
            index[i] = scalar
            if UTF16.isLeadSurrogate(units[i]), i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) {
                index[i + 1] = scalar
                i += 2
            } else {
                i += 1
            }
            scalar += 1
        }
        index[units.count] = scalar
        self.utf16 = units
        self.scalarIndex = index
    }

    /// Number of Unicode scalars.
    public var scalarCount: Int { Int(scalarIndex[utf16.count]) }

    /// The scalar offset of a UTF-16 offset.
    @inline(__always)
    public func scalarOffset(ofUTF16 offset: Int) -> Int { Int(scalarIndex[offset]) }

    /// The substring between two UTF-16 offsets.
    public func substring(utf16 range: Range<Int>) -> String {
        String(decoding: utf16[range], as: UTF16.self)
    }
}

/// A word-like token of a text, with both offset systems.
public struct Token: Sendable, Equatable {
    /// The token's text.
    public var text: String
    /// Unicode scalar offsets into the tokenized text, end exclusive.
    public var start: Int
    public var end: Int
    /// UTF-16 offsets, end exclusive.
    public var utf16Start: Int
    public var utf16End: Int
    /// ICU's classification: letters, number, ideograph, …
    public var status: BreakIterator.WordStatus
}

/// Splits text into word tokens with ICU's word break iterator (UAX #29).
///
/// Thread safety: owns a break iterator, so one thread at a time; make one per worker.
public final class WordTokenizer {
    private let iterator: BreakIterator

    public init(locale: String = "root") throws {
        iterator = try BreakIterator(.word, locale: locale)
    }

    /// Word-like tokens (letters, numbers, ideographs), punctuation and spaces left out.
    /// Offsets are relative to `text`.
    public func tokens(in text: String) -> [Token] {
        tokens(in: ScalarOffsets(text))
    }

    /// Tokens of a pre-mapped text (reuse `ScalarOffsets` when you also need other offsets).
    public func tokens(in offsets: ScalarOffsets) -> [Token] {
        let (bounds, statuses) = iterator.boundaries(in: offsets.utf16)
        var result: [Token] = []
        result.reserveCapacity(bounds.count / 2)
        for i in 1..<max(bounds.count, 1) {
            let status = BreakIterator.WordStatus(statuses[i])
            guard status.isWordLike else { continue }
            let start = Int(bounds[i - 1])
            let end = Int(bounds[i])
            result.append(Token(text: offsets.substring(utf16: start..<end),
                                start: offsets.scalarOffset(ofUTF16: start),
                                end: offsets.scalarOffset(ofUTF16: end),
                                utf16Start: start, utf16End: end, status: status))
        }
        return result
    }
}
