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
        if form != .nfkcCasefold, text.isAllASCII { return text }
        if form == .nfc, isInertForNFC(text) { return text }
        let source = text.utf16Units
        var status: Int32 = 0
        if kz_is_normalized(form.rawValue, source, Int32(source.count), &status) == 1, status <= 0 {
            return text
        }
        let (result, failure) = fillUTF16(initialCapacity: source.count + source.count / 4 + 16) { buffer, capacity, status in
            kz_normalize(form.rawValue, source, Int32(source.count), buffer, capacity, &status)
        }
        return failure > 0 ? text : result
    }

    /// Bit `c` is set for BMP code points that are NFC_Quick_Check=Yes with combining class 0.
    private static let nfcInert: [UInt8] = {
        var bits = [UInt8](repeating: 0, count: 8192)
        kz_nfc_inert_bmp(&bits)
        return bits
    }()

    /// True when every character of `text` is an NFC-inert BMP character, so the text is in
    /// NFC without asking ICU (UAX #15 §9 quick check, read straight from the UTF-8 storage).
    /// False means "unknown": astral characters, combining marks and the like go to ICU.
    static func isInertForNFC(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isInertForNFC($0) } ?? false
    }

    /// The same on valid UTF-8 bytes.
    static func isInertForNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let inert = nfcInert
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(bytes, at: i)
            guard length < 4, inert[Int(scalar >> 3)] & (1 << (scalar & 7)) != 0 else { return false }
            i += length
        }
        return true
    }

    /// Full Unicode case folding (locale-independent).
    public static func foldCase(_ text: String) -> String {
        let source = text.utf16Units
        let (result, failure) = fillUTF16(initialCapacity: source.count + 16) { buffer, capacity, status in
            kz_fold_case(source, Int32(source.count), buffer, capacity, &status)
        }
        return failure > 0 ? text.lowercased() : result
    }

    /// Lowercase with the locale's rules (Turkish `I` → `ı`, `İ` → `i`).
    public static func lowercase(_ text: String, locale: String) -> String {
        let source = text.utf16Units
        let (result, failure) = fillUTF16(initialCapacity: source.count + 16) { buffer, capacity, status in
            kz_to_lower(locale, source, Int32(source.count), buffer, capacity, &status)
        }
        return failure > 0 ? text.lowercased() : result
    }
}
