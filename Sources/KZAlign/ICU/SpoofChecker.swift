import CICU

/// ICU's spoof checker (UTS #39): mixed-script and confusable detection.
///
/// Thread safety: configured once at init; checks and skeletons are
/// thread-safe afterwards (ICU documents USpoofChecker as such), so the type
/// is `Sendable`.
public final class SpoofChecker: @unchecked Sendable {
    private let handle: OpaquePointer

    public init() throws {
        var status: Int32 = 0
        guard let handle = kz_spoof_open(&status) else {
            throw ICUError.failure(operation: "opening the spoof checker", icuError: ICUError.errorName(status))
        }
        self.handle = handle
    }

    deinit { kz_spoof_close(handle) }

    /// True when `text` fails ICU's checks: mixed scripts that could deceive
    /// (a Latin name with a Cyrillic "а"), invisible characters, or a
    /// restriction level below "highly restrictive".
    public func isSuspicious(_ text: String) -> Bool {
        let source = text.utf16Units
        var status: Int32 = 0
        let result = kz_spoof_check(handle, source, Int32(source.count), &status)
        return status <= 0 && result != 0
    }

    /// The confusable skeleton of `text`: two strings that look alike share it.
    public func skeleton(_ text: String) -> String {
        let source = text.utf16Units
        let (result, status) = fillUTF16(initialCapacity: source.count * 2 + 16) { buffer, capacity, status in
            kz_spoof_skeleton(handle, source, Int32(source.count), buffer, capacity, &status)
        }
        return status > 0 ? text : result
    }
}
