import CICU

/// Unicode normalization forms ICU provides.
public enum NormalizationForm: Int32, Sendable, CaseIterable {
    case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3
    /// NFKC with full case folding (UAX #31 / ICU `nfkc_cf`): a matching key.
    case nfkcCasefold = 4
}

/// Unicode normalization and case mapping through ICU.
///
/// Thread safety: stateless; ICU's normalizer instances are shared and thread-safe.
public enum Normalizer {
    /// `text` in `form`. Returns `text` itself when it is already normalized.
    public static func normalize(_ text: String, _ form: NormalizationForm) -> String {
        if text.isEmpty { return text }
        // Pure ASCII is invariant under NFC/NFD/NFKC/NFKD.
        if form != .nfkcCasefold, text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let source = Array(text.utf16)
        var status: Int32 = 0
        if kz_is_normalized(form.rawValue, source, Int32(source.count), &status) == 1, status <= 0 {
            return text
        }
        let (result, failure) = fillUTF16(initialCapacity: source.count + source.count / 4 + 16) { buffer, capacity, status in
            kz_normalize(form.rawValue, source, Int32(source.count), buffer, capacity, &status)
        }
        return failure > 0 ? text : result
    }

    /// Full Unicode case folding (locale-independent).
    public static func foldCase(_ text: String) -> String {
        let source = Array(text.utf16)
        let (result, failure) = fillUTF16(initialCapacity: source.count + 16) { buffer, capacity, status in
            kz_fold_case(source, Int32(source.count), buffer, capacity, &status)
        }
        return failure > 0 ? text.lowercased() : result
    }

    /// Lowercase with the locale's rules (Turkish `I` → `ı`, `İ` → `i`).
    public static func lowercase(_ text: String, locale: String) -> String {
        let source = Array(text.utf16)
        let (result, failure) = fillUTF16(initialCapacity: source.count + 16) { buffer, capacity, status in
            kz_to_lower(locale, source, Int32(source.count), buffer, capacity, &status)
        }
        return failure > 0 ? text.lowercased() : result
    }
}
