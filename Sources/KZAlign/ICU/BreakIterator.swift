import CICU

/// An ICU break iterator (UAX #29 boundaries, with CLDR's locale tailorings).
///
/// Thread safety: not thread-safe; one thread at a time. `clone()` gives an
/// independent copy for another thread. Not `Sendable`.
public final class BreakIterator {
    /// What kind of boundaries it finds.
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    /// ICU's rule status of a word boundary: what kind of token ends there.
    public enum WordStatus: Sendable {
        case none, number, letter, kana, ideograph
        init(_ raw: Int32) {
            switch raw {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideograph
            default: self = .none
            }
        }
        /// True for tokens made of letters, digits or ideographs (not spaces or punctuation).
        public var isWordLike: Bool { self != .none }
    }

    public let kind: Kind
    public let locale: String
    private let handle: OpaquePointer

    /// Opens an iterator. For sentences, `suppressAbbreviations` adds CLDR's
    /// per-language abbreviation list ("Mr.", "z. B.", "M.") via `@ss=standard`.
    public init(_ kind: Kind, locale: String, suppressAbbreviations: Bool = false) throws {
        let fullLocale = suppressAbbreviations && kind == .sentence ? "\(locale)@ss=standard" : locale
        var status: Int32 = 0
        guard let handle = kz_break_open(kind.rawValue, fullLocale, &status) else {
            throw ICUError.failure(operation: "opening a \(kind) break iterator for '\(fullLocale)'",
                                   icuError: ICUError.errorName(status))
        }
        self.kind = kind
        self.locale = fullLocale
        self.handle = handle
    }

    private init(kind: Kind, locale: String, handle: OpaquePointer) {
        self.kind = kind
        self.locale = locale
        self.handle = handle
    }

    deinit { kz_break_close(handle) }

    /// An independent copy for another thread.
    public func clone() throws -> BreakIterator {
        var status: Int32 = 0
        guard let copy = kz_break_clone(handle, &status) else {
            throw ICUError.failure(operation: "clone of break iterator", icuError: ICUError.errorName(status))
        }
        return BreakIterator(kind: kind, locale: locale, handle: copy)
    }

    /// Every boundary in `utf16` as UTF-16 offsets, 0 and `utf16.count` included,
    /// with the rule status of each (meaningful for word iterators).
    public func boundaries(in utf16: [UInt16]) -> (offsets: [Int32], statuses: [Int32]) {
        var capacity = utf16.count / 4 + 16
        while true {
            var offsets = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let count = Int(kz_break_boundaries(handle, utf16, Int32(utf16.count), &offsets, &statuses,
                                                Int32(capacity), &status))
            if count <= capacity {
                offsets.removeSubrange(count...)
                statuses.removeSubrange(count...)
                return (offsets, statuses)
            }
            capacity = count
        }
    }
}
