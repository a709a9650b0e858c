/// THE table of match-key rules: every convention-specific rewrite the name
/// key applies, in order, with the language(s) it applies to and its source.
///
/// A name key is built in four steps (see `NameKeyer`):
/// 1. case endings are stripped from the original token (`caseEndings`);
/// 2. the token is transliterated with the language's matching scheme
///    (`TransliterationScheme.matching`: BGN/PCGN press forms);
/// 3. `letterRules` rewrite letters with diacritics, then `conventionRules`
///    rewrite each language's spelling conventions to one common (English /
///    BGN-like) spelling, then accents are removed;
/// 4. `canonicalRules` collapse what conventions still disagree on
///    (y/i, doubled consonants, -off/-ov, …).
/// `soundClasses` then give the coarser "class key" the matcher uses for
/// tolerant comparison and blocking.
public enum NameKeyRules {
    /// One rewrite. `languages` empty = every language. `position`: where `from` must sit.
    public struct Rule: Sendable {
        public enum Position: Sendable { case anywhere, start, end, betweenVowels, afterConsonant, beforeConsonant }
        public let languages: Set<String>
        public let from: String
        public let to: String
        public let position: Position
        /// The standard or publication the rule comes from.
        public let source: String

        init(_ languages: Set<String>, _ from: String, _ to: String, _ position: Position = .anywhere, _ source: String) {
            self.languages = languages
            self.from = from
            self.to = to
            self.position = position
            self.source = source
        }
    }

    static let bgn = "BGN/PCGN romanization systems (US Board on Geographic Names / UK PCGN, Russian 1947, Kazakh 1979)"
    static let duden = "German Duden transcription of Russian (Duden, Die deutsche Rechtschreibung, Transkription des Russischen)"
    static let french = "French press transcription of Russian (Agence France-Presse / Le Monde usage; Pouliquen et al. 2006)"
    static let turkish = "Turkish orthography (TDK Yazım Kılavuzu): c=/dʒ/, ç=/tʃ/, ş=/ʃ/, ı, ğ"
    static let polishCzech = "Polish (PN-ISO) and Czech orthography: sz, cz, rz, ż, w; š, č, ž, ch"
    static let icao = "ICAO Doc 9303 part 3 (machine-readable travel documents), Cyrillic transliteration"
    static let gost = "GOST 7.79-2000 system B / ISO 9: č, š, ž, ŝ, j"
    static let jrc = "JRC-Names normalisation (Steinberger et al. 2011; Pouliquen et al. 2006, 'Multilingual person name recognition and transliteration')"
    static let rigour = "OpenSanctions normality/rigour name normalisation (ascii_text, Latin-ASCII chain)"
    static let beiderMorse = "Beider–Morse phonetic matching (Beider & Morse 2008): approximate sound classes"
    static let uzbek = "Uzbek Latin alphabet (1995, rev. 2019): oʻ, gʻ, sh, ch, q, x"

    /// Step 1: case endings by language, longest first, on the original
    /// (Cyrillic or Latin) token; `to` replaces the ending. A stem keeps at least 3 letters.
    public static let caseEndings: [Rule] = [
        // Russian surname paradigm (-ов/-ев/-ин), masculine oblique cases.
        Rule(["ru", "be"], "овым", "ов", .end, "Russian declension of surnames in -ов (Розенталь, Справочник по правописанию, §…)"),
        Rule(["ru", "be"], "евым", "ев", .end, "Russian declension of surnames in -ев"),
        Rule(["ru", "be"], "ёвым", "ёв", .end, "Russian declension of surnames in -ёв"),
        Rule(["ru", "be"], "иным", "ин", .end, "Russian declension of surnames in -ин"),
        Rule(["ru", "be"], "ову", "ов", .end, "Russian dative of -ов surnames"),
        Rule(["ru", "be"], "еву", "ев", .end, "Russian dative of -ев surnames"),
        Rule(["ru", "be"], "ину", "ин", .end, "Russian dative of -ин surnames"),
        Rule(["ru", "be"], "ове", "ов", .end, "Russian prepositional of -ов surnames"),
        Rule(["ru", "be"], "еве", "ев", .end, "Russian prepositional of -ев surnames"),
        // Feminine oblique cases → feminine nominative (a feminine surname is its own person).
        Rule(["ru", "be"], "овой", "ова", .end, "Russian feminine surname declension"),
        Rule(["ru", "be"], "евой", "ева", .end, "Russian feminine surname declension"),
        Rule(["ru", "be"], "иной", "ина", .end, "Russian feminine surname declension"),
        // Nouns (places, first names): instrumental, prepositional, genitive, dative.
        Rule(["ru", "be"], "аем", "ай", .end, "Russian instrumental of -ай nouns (Костанаем)"),
        Rule(["ru", "be"], "еем", "ей", .end, "Russian instrumental of -ей nouns (Семеем)"),
        Rule(["ru", "be"], "аю", "ай", .end, "Russian dative of -ай nouns (Костанаю)"),
        Rule(["ru", "be"], "ею", "ей", .end, "Russian dative of -ей nouns (Семею)"),
        Rule(["ru", "be"], "ае", "ай", .end, "Russian prepositional of -ай nouns (в Костанае)"),
        Rule(["ru", "be"], "ее", "ей", .end, "Russian prepositional of -ей nouns (в Семее)"),
        Rule(["ru"], "ией", "ия", .end, "Russian instrumental of -ия nouns (Россией, Турцией)"),
        Rule(["ru"], "ии", "ия", .end, "Russian genitive/dative/prepositional of -ия nouns (России, Турции, Марии)"),
        Rule(["ru"], "ию", "ия", .end, "Russian accusative of -ия nouns (Россию)"),
        Rule(["ru", "be"], "ом", "", .end, "Russian instrumental (Казахстаном, Каримом)"),
        Rule(["ru", "be"], "ем", "", .end, "Russian instrumental (soft stems)"),
        Rule(["ru", "be"], "ой", "а", .end, "Russian a-stem oblique (Астаной)"),
        Rule(["ru", "be"], "е", "", .afterConsonant, "Russian prepositional/dative (Казахстане); the unstripped key is kept too (Актобе)"),
        Rule(["ru", "be"], "у", "", .afterConsonant, "Russian dative/accusative (Казахстану), not after a vowel (Актау)"),
        // Ukrainian.
        Rule(["uk"], "овим", "ов", .end, "Ukrainian declension of surnames in -ов"),
        Rule(["uk"], "евим", "ев", .end, "Ukrainian declension of surnames in -ев"),
        Rule(["uk"], "ові", "ов", .end, "Ukrainian dative/locative of -ов surnames"),
        Rule(["uk"], "еві", "ев", .end, "Ukrainian dative/locative of -ев surnames"),
        Rule(["uk"], "ову", "ов", .end, "Ukrainian accusative of -ов surnames"),
        Rule(["uk"], "ією", "ія", .end, "Ukrainian instrumental of -ія nouns (Росією)"),
        Rule(["uk"], "ії", "ія", .end, "Ukrainian genitive/dative/locative of -ія nouns (Росії, Марії)"),
        Rule(["uk"], "ію", "ія", .end, "Ukrainian accusative of -ія nouns (Росію)"),
        Rule(["uk"], "ом", "", .end, "Ukrainian instrumental"),
        Rule(["uk"], "і", "", .end, "Ukrainian locative (Казахстані)"),
        // Kazakh case suffixes (after a stem of ≥ 4 letters); accusative -ны/-ды/-ты is left
        // alone (it collides with names ending in -ты: Алматы).
        Rule(["kk"], "ның", "", .end, "Kazakh genitive (Баскаков, Казахский язык; Krippes, Kazakh Grammar 1993)"),
        Rule(["kk"], "нің", "", .end, "Kazakh genitive"),
        Rule(["kk"], "дың", "", .end, "Kazakh genitive"), Rule(["kk"], "дің", "", .end, "Kazakh genitive"),
        Rule(["kk"], "тың", "", .end, "Kazakh genitive"), Rule(["kk"], "тің", "", .end, "Kazakh genitive"),
        Rule(["kk"], "ға", "", .end, "Kazakh dative"), Rule(["kk"], "ге", "", .end, "Kazakh dative"),
        Rule(["kk"], "қа", "", .end, "Kazakh dative"), Rule(["kk"], "ке", "", .end, "Kazakh dative"),
        Rule(["kk"], "дағы", "", .end, "Kazakh locative-attributive"), Rule(["kk"], "дегі", "", .end, "Kazakh locative-attributive"),
        Rule(["kk"], "дан", "", .end, "Kazakh ablative"), Rule(["kk"], "ден", "", .end, "Kazakh ablative"),
        Rule(["kk"], "тан", "", .end, "Kazakh ablative"), Rule(["kk"], "тен", "", .end, "Kazakh ablative"),
        Rule(["kk"], "нан", "", .end, "Kazakh ablative"), Rule(["kk"], "нен", "", .end, "Kazakh ablative"),
        Rule(["kk"], "мен", "", .end, "Kazakh instrumental"), Rule(["kk"], "бен", "", .end, "Kazakh instrumental"),
        Rule(["kk"], "пен", "", .end, "Kazakh instrumental"),
        Rule(["kk"], "да", "", .end, "Kazakh locative"), Rule(["kk"], "де", "", .end, "Kazakh locative"),
        Rule(["kk"], "та", "", .end, "Kazakh locative"), Rule(["kk"], "те", "", .end, "Kazakh locative"),
        // Kyrgyz case suffixes (vowel harmony with о/ө/у/ү as well).
        Rule(["ky"], "нын", "", .end, "Kyrgyz genitive (Hebert & Poppe, Kirghiz Manual 1963)"),
        Rule(["ky"], "нин", "", .end, "Kyrgyz genitive"), Rule(["ky"], "нун", "", .end, "Kyrgyz genitive"),
        Rule(["ky"], "нүн", "", .end, "Kyrgyz genitive"), Rule(["ky"], "дын", "", .end, "Kyrgyz genitive"),
        Rule(["ky"], "дин", "", .end, "Kyrgyz genitive"), Rule(["ky"], "тын", "", .end, "Kyrgyz genitive"),
        Rule(["ky"], "га", "", .end, "Kyrgyz dative"), Rule(["ky"], "ге", "", .end, "Kyrgyz dative"),
        Rule(["ky"], "го", "", .end, "Kyrgyz dative"), Rule(["ky"], "гө", "", .end, "Kyrgyz dative"),
        Rule(["ky"], "дан", "", .end, "Kyrgyz ablative"), Rule(["ky"], "дон", "", .end, "Kyrgyz ablative"),
        Rule(["ky"], "да", "", .end, "Kyrgyz locative"), Rule(["ky"], "до", "", .end, "Kyrgyz locative"),
        // Turkish: apostrophe suffixes on proper names (Tokayev'in, Astana'da) — see `apostropheSuffixLanguages`.
        // German genitive -s after the consonants Russian-derived names end in (Tokajews, Kasachstans).
        Rule(["de"], "ws", "w", .end, "German genitive -s on proper names (Duden, Grammatik §… 'Tokajews')"),
        Rule(["de"], "vs", "v", .end, "German genitive -s"),
        Rule(["de"], "ns", "n", .end, "German genitive -s (Kasachstans)"),
        Rule(["de"], "ovs", "ov", .end, "German genitive -s"),
    ]

    /// Languages whose names take suffixes after an apostrophe (Tokayev'in, Almaty'de).
    public static let apostropheSuffixLanguages: Set<String> = ["tr", "az", "uz", "kk", "en", "und"]

    /// Step 3a: letters with diacritics, before accents are removed.
    public static let letterRules: [Rule] = [
        Rule([], "š", "sh", .anywhere, gost), Rule([], "č", "ch", .anywhere, gost), Rule([], "ž", "zh", .anywhere, gost),
        Rule([], "ŝ", "shch", .anywhere, gost), Rule([], "ż", "zh", .anywhere, polishCzech), Rule([], "ł", "l", .anywhere, polishCzech),
        Rule([], "ç", "ch", .anywhere, turkish), Rule([], "ş", "sh", .anywhere, turkish), Rule([], "ı", "i", .anywhere, turkish),
        Rule([], "ğ", "g", .anywhere, turkish), Rule([], "ə", "a", .anywhere, "Kazakh/Azerbaijani Latin ə = Cyrillic ә (folded to а as for matching, NOTES.md)"),
        Rule([], "ä", "a", .anywhere, "Kazakh Latin (2021) ä = ә"), Rule([], "ß", "ss", .anywhere, duden),
        Rule([], "ʻ", "", .anywhere, uzbek), Rule([], "ʼ", "", .anywhere, uzbek), Rule([], "‘", "", .anywhere, uzbek),
        Rule([], "ˌ", "", .anywhere, "ICU Any-Latin output for Kazakh қ (kˌ): the modifier is dropped"),
        Rule([], "ĭ", "y", .anywhere, "ISO 9 / ALA-LC й"), Rule([], "ë", "o", .anywhere, "BGN/PCGN ё = yë (Mirziyëyev): the o sound"), Rule([], "ʹ", "", .anywhere, "ALA-LC soft sign"),
        Rule([], "ʺ", "", .anywhere, "ALA-LC hard sign"),
    ]

    /// Step 3b: spelling conventions of each language's press, rewritten to one spelling (ASCII, lowercase).
    public static let conventionRules: [Rule] = [
        // German (Duden): Schtsch, tsch, dsch, sch, w, j = y, s between vowels = z, -ow/-ew.
        Rule(["de"], "schtsch", "shch", .anywhere, duden), Rule(["de"], "tsch", "ch", .anywhere, duden),
        Rule(["de"], "dsch", "j", .anywhere, duden), Rule(["de"], "sch", "sh", .anywhere, duden),
        Rule(["de"], "j", "y", .anywhere, duden), Rule(["de"], "w", "v", .anywhere, duden),
        Rule(["de"], "s", "z", .betweenVowels, duden),
        // French: ou = u, dj = j (dzh), tch = ch, ch = sh, ï handled by accent removal.
        Rule(["fr"], "ou", "u", .anywhere, french), Rule(["fr"], "dj", "j", .anywhere, french),
        Rule(["fr"], "tch", "ch", .anywhere, french), Rule(["fr"], "ch", "sh", .anywhere, french),
        Rule(["fr"], "kh", "kh", .anywhere, french),
        // Turkish: c = j.
        Rule(["tr", "az"], "c", "j", .anywhere, turkish),
        // Polish and Czech.
        Rule(["pl"], "szcz", "shch", .anywhere, polishCzech), Rule(["pl"], "sz", "sh", .anywhere, polishCzech),
        Rule(["pl"], "cz", "ch", .anywhere, polishCzech), Rule(["pl"], "rz", "zh", .anywhere, polishCzech),
        Rule(["pl"], "ch", "kh", .anywhere, polishCzech), Rule(["pl"], "w", "v", .anywhere, polishCzech),
        Rule(["pl", "cs", "sk", "hr", "sl", "sr"], "j", "y", .anywhere, polishCzech),
        Rule(["cs", "sk"], "ch", "kh", .anywhere, polishCzech), Rule(["cs", "sk"], "c", "ts", .anywhere, polishCzech),
        // Uzbek and Kazakh Latin: x = kh, q = k (handled generically below).
        Rule(["uz"], "x", "kh", .anywhere, uzbek),
        // Spanish and Italian press: j (es) = kh, gi/ci (it) are rare in these names.
        Rule(["es"], "j", "kh", .anywhere, "Spanish press transcription of Russian (Fundéu BBVA): j = х"),
    ]

    /// Step 4: what every convention still disagrees on, collapsed (ASCII, lowercase).
    public static let canonicalRules: [Rule] = [
        Rule([], "shch", "sh", .anywhere, bgn), Rule([], "sch", "sh", .anywhere, duden),
        Rule([], "dzh", "j", .anywhere, bgn), Rule([], "dj", "j", .anywhere, french),
        Rule([], "zh", "j", .anywhere, "ICAO/BGN zh and English-press j for ж meet (Zhanaozen/Janaözen)"),
        Rule([], "kh", "h", .anywhere, icao), Rule([], "ck", "k", .anywhere, jrc), Rule([], "q", "k", .anywhere, uzbek),
        Rule([], "ph", "f", .anywhere, jrc), Rule([], "w", "v", .anywhere, jrc), Rule([], "tz", "ts", .anywhere, jrc),
        Rule([], "x", "ks", .betweenVowels, "English x = ks between vowels (Alexander, Maxim)"),
        Rule([], "x", "h", .anywhere, "ISO 9 / GOST 52535 / Uzbek Latin x for х (Xorazm, Axmetov, Ašxabad)"),
        Rule([], "off", "ov", .end, "-off: French/older English spelling of -ов (Pouliquen et al. 2006)"),
        Rule([], "eff", "ev", .end, "-eff: French/older English spelling of -ев"),
        Rule([], "ye", "e", .start, "BGN ye- for initial е (Yerlan/Erlan, ICAO e-)"),
        Rule([], "ij", "i", .anywhere, "Duden/scientific -ij, -ija for -ий, -ия (Iswestija/Izvestia)"),
        Rule([], "y", "i", .anywhere, "y/i/j for й, ы, и across schemes (BGN y, ICAO i, GOST y; JRC-Names)"),
        Rule([], "i", "", .betweenVowels, "BGN -ayev/-iyev and ICAO -aev/-iev meet (Tokayev/Tokaev/Tokaïev)"),
    ]

    /// Sound classes of the class key (step 5), applied to the canonical key: sounds conventions
    /// confuse share a class (German sch for ж and ш; s/z; f/v), vowels kept.
    public static let soundClasses: [Rule] = [
        Rule([], "ch", "J", .anywhere, beiderMorse), Rule([], "sh", "J", .anywhere, beiderMorse),
        Rule([], "j", "J", .anywhere, beiderMorse), Rule([], "ts", "S", .anywhere, beiderMorse),
        Rule([], "z", "S", .anywhere, beiderMorse), Rule([], "s", "S", .anywhere, beiderMorse),
        Rule([], "c", "J", .anywhere, "Turkish/Azerbaijani c = English j (Cumageldiyev/Jumageldiyev); other c are rewritten earlier (ch, ck, Polish/Czech c → ts)"),
        Rule([], "ia", "Ja", .start, "initial i before a vowel is the glide y/j of other conventions (German Jomart→yomart, Iuri/Juri)"),
        Rule([], "ie", "Je", .start, beiderMorse), Rule([], "io", "Jo", .start, beiderMorse), Rule([], "iu", "Ju", .start, beiderMorse),
        Rule([], "f", "v", .anywhere, beiderMorse),
        Rule([], "h", "", .anywhere, beiderMorse),
    ]

    /// Patronymic endings: such tokens are left out of a person's key (Кемелевич, Кемелұлы).
    public static let patronymicEndings = ["ovich", "evich", "ovna", "evna", "ichna", "uly", "kyzy", "ogly", "kizi", "ulu", "vich"]

    /// Feminine surname endings (after the canonical rules) and their masculine forms.
    public static let feminineEndings: [(feminine: String, masculine: String)] = [("ova", "ov"), ("eva", "ev"), ("ina", "in")]
}

extension NameKeyRules {
    /// The rule tables, for `NameKeyer.apply`.
    public enum Table: Sendable, CaseIterable {
        case caseEndings, letterRules, conventionRules, canonicalRules, soundClasses

        var rules: [Rule] {
            switch self {
            case .caseEndings: return NameKeyRules.caseEndings
            case .letterRules: return NameKeyRules.letterRules
            case .conventionRules: return NameKeyRules.conventionRules
            case .canonicalRules: return NameKeyRules.canonicalRules
            case .soundClasses: return NameKeyRules.soundClasses
            }
        }
    }

    /// A table's rules filtered per language once, in table order: those of every language
    /// (empty `languages`) and those naming the language. Keying a word used to test every
    /// rule's language set (a String hash per rule per word).
    private struct FilteredTable: Sendable {
        let universal: [Rule]
        let byLanguage: [String: [Rule]]

        init(_ rules: [Rule]) {
            universal = rules.filter { $0.languages.isEmpty }
            var byLanguage: [String: [Rule]] = [:]
            for language in Set(rules.flatMap(\.languages)) {
                byLanguage[language] = rules.filter { $0.languages.isEmpty || $0.languages.contains(language) }
            }
            self.byLanguage = byLanguage
        }
    }

    private static let filteredTables: [Table: FilteredTable] =
        Dictionary(uniqueKeysWithValues: Table.allCases.map { ($0, FilteredTable($0.rules)) })

    /// The rules of `table` that apply to `language`, in table order.
    static func rules(_ table: Table, language: String) -> [Rule] {
        guard let filtered = filteredTables[table] else { return [] }
        return filtered.byLanguage[language] ?? filtered.universal
    }
}
