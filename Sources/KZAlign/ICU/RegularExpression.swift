import CICU

/// An ICU regular expression (ICU syntax, as `NSRegularExpression` on Apple platforms).
///
/// Thread safety: not thread-safe while matching; `clone()` one per thread. Not `Sendable`.
public final class RegularExpression {
    public let pattern: String
    private let handle: OpaquePointer

    /// - Throws: `ICUError.failure` naming the pattern and the offset of the error.
    public init(_ pattern: String, caseInsensitive: Bool = false) throws {
        let utf16 = Array(pattern.utf16)
        var status: Int32 = 0
        var offset: Int32 = 0
        guard let handle = kz_regex_open(utf16, Int32(utf16.count), caseInsensitive ? 1 : 0, &offset, &status) else {
            throw ICUError.failure(operation: "compiling regular expression \(pattern) (error near offset \(offset))",
                                   icuError: ICUError.errorName(status))
        }
        self.pattern = pattern
        self.handle = handle
    }

    private init(pattern: String, handle: OpaquePointer) {
        self.pattern = pattern
        self.handle = handle
    }

    deinit { kz_regex_close(handle) }

    public func clone() throws -> RegularExpression {
        var status: Int32 = 0
        guard let copy = kz_regex_clone(handle, &status) else {
            throw ICUError.failure(operation: "cloning regular expression", icuError: ICUError.errorName(status))
        }
        return RegularExpression(pattern: pattern, handle: copy)
    }

    /// Matches the whole of `text`. Returns nil for no match, else the 1-based
    /// number of the first capture group that took part (0 when none did).
    public func matchWhole(_ text: some StringProtocol) -> Int? {
        let utf16 = text.utf16Units
        var status: Int32 = 0
        let result = kz_regex_match_whole(handle, utf16, Int32(utf16.count), &status)
        return status > 0 || result < 0 ? nil : Int(result)
    }
}
