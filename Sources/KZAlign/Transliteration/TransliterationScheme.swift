/// Which ICU transform turns a language's script into Latin.
///
/// Two purposes, two defaults:
/// - **display** (`Segment.latin`, `kzalign translit`): the BGN/PCGN scheme of
///   the language where ICU has one (`Russian-Latin/BGN`, `Kazakh-Latin/BGN`, …);
/// - **matching** (name keys): the form English-language media use. For Kazakh
///   and Kyrgyz that is the Kazakh letters folded to their Russian counterparts
///   and then `Russian-Latin/BGN` (Тоқаев → Tokayev, Жаңаөзен → Zhanaozen;
///   NOTES.md, "ICU from Swift"), not `Kazakh-Latin/BGN` (Toqaev, Zhangaözen).
public enum TransliterationScheme {
    /// The fallback for languages with no scheme of their own.
    public static let fallback = "Any-Latin; Latin-ASCII"

    /// Display scheme per primary language subtag (BGN/PCGN where ICU ships it).
    public static let displayDefaults: [String: String] = [
        "ru": "Russian-Latin/BGN",
        "be": "Russian-Latin/BGN",
        "kk": "Kazakh-Latin/BGN",
        "uk": "Ukrainian-Latin/BGN",
        "ky": "Kirghiz-Latin/BGN",
        "uz-Cyrl": "uz_Cyrl-uz_Latn",
        "tg": "Any-Latin",
        "ar": "Arabic-Latin",
        "fa": "Arabic-Latin",
        "he": "Hebrew-Latin",
        "zh": "Han-Latin/Names",
    ]

    /// The Kazakh and Kyrgyz letters folded to their Russian counterparts
    /// (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), then BGN/PCGN Russian.
    /// Also folds Uzbek Cyrillic ў→у, қ→к, ғ→г, ҳ→х and Ukrainian і/ї/є/ґ
    /// for text misdetected as Russian.
    public static let centralAsianToRussianBGN = """
    # Central Asian Cyrillic letters folded to Russian ones, then BGN/PCGN Russian.
    ә > а ; Ә > А ; ғ > г ; Ғ > Г ; қ > к ; Қ > К ; ң > н ; Ң > Н ;
    ө > о ; Ө > О ; ұ > у ; Ұ > У ; ү > у ; Ү > У ; һ > х ; Һ > Х ;
    і > и ; І > И ; ў > у ; Ў > У ; ҳ > х ; Ҳ > Х ; ї > йи ; Ї > Йи ;
    є > е ; Є > Е ; ґ > г ; Ґ > Г ;
    :: Russian-Latin/BGN ;
    """

    /// The id under which `centralAsianToRussianBGN` is registered with ICU.
    public static let centralAsianToRussianBGNID = "kzalign-CentralAsian-Latin/BGN-press"

    /// Matching scheme per language: the press forms.
    public static let matchingDefaults: [String: String] = [
        "ru": centralAsianToRussianBGNID,
        "be": centralAsianToRussianBGNID,
        "kk": centralAsianToRussianBGNID,
        "ky": centralAsianToRussianBGNID,
        "uz-Cyrl": "uz_Cyrl-uz_Latn",
        "uk": "Ukrainian-Latin/BGN",
        "tg": centralAsianToRussianBGNID,
        "ar": "Arabic-Latin",
        "fa": "Arabic-Latin",
        "he": "Hebrew-Latin",
        "zh": "Han-Latin/Names",
    ]

    /// The display scheme for `language` (BCP-47), with `overrides` (language → ICU id) first.
    /// Looks up the full tag (`uz-Cyrl`), then the primary subtag (`uz`).
    public static func display(for language: String?, overrides: [String: String] = [:]) -> String {
        lookup(language, overrides, displayDefaults)
    }

    /// The matching scheme for `language`, with `overrides` first.
    public static func matching(for language: String?, overrides: [String: String] = [:]) -> String {
        lookup(language, overrides, matchingDefaults)
    }

    static func lookup(_ language: String?, _ overrides: [String: String], _ defaults: [String: String]) -> String {
        guard let language, !language.isEmpty else { return overrides["und"] ?? fallback }
        let primary = LanguageTag.base(language)
        return overrides[language] ?? overrides[primary] ?? defaults[language] ?? defaults[primary] ?? fallback
    }
}
