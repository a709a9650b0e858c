import CICU

/// CLDR display names of languages and regions, from ICU's locale data.
///
/// Thread safety: stateless and thread-safe.
public enum LocaleNames {
    /// The name of language `code` ("kk") in `displayLanguage` ("de" → "Kasachisch");
    /// nil when CLDR has no name for it in that language.
    public static func language(_ code: String, in displayLanguage: String) -> String? {
        let (name, status) = fillUTF16(initialCapacity: 64) { buffer, capacity, status in
            kz_display_language(code, displayLanguage, buffer, capacity, &status)
        }
        // ICU falls back to the code itself (or to English) with a warning; treat as missing.
        if status == -128 /* U_USING_DEFAULT_WARNING */ || name.isEmpty || name == code { return nil }
        return name
    }

    /// The name of region `code` ("KZ") in `displayLanguage` ("fr" → "Kazakhstan").
    public static func region(_ code: String, in displayLanguage: String) -> String? {
        let (name, status) = fillUTF16(initialCapacity: 64) { buffer, capacity, status in
            kz_display_region(code, displayLanguage, buffer, capacity, &status)
        }
        if status == -128 || name.isEmpty || name == code { return nil }
        return name
    }

    /// Every ISO 3166-1 alpha-2 region code ICU knows.
    public static var regionCodes: [String] {
        (0..<kz_region_count()).map { String(cString: kz_region_at($0)) }
    }

    /// Every ISO 639 language code ICU knows.
    public static var languageCodes: [String] {
        (0..<kz_language_count()).map { String(cString: kz_language_at($0)) }
    }
}
