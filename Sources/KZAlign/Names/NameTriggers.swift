/// Words that announce a name (titles and functions) and surname morphology,
/// per language. A trigger before a capitalised word makes it a person;
/// triggers themselves are never part of a mention.
public enum NameTriggers {
    /// Titles and functions, lowercase, per language (BCP-47 primary subtag).
    public static let titles: [String: Set<String>] = [
        "en": ["president", "prime", "minister", "prosecutor", "general", "chairman", "head", "former", "mr", "mrs", "ms", "dr",
               "senator", "deputy", "spokesman", "spokeswoman", "leader", "ambassador", "governor", "mayor", "akim", "director", "chief"],
        "de": ["präsident", "präsidenten", "ministerpräsident", "minister", "generalstaatsanwalt", "chef", "herr", "frau",
               "regierungschef", "staatschef", "sprecher", "botschafter", "bürgermeister", "vorsitzende", "vorsitzender", "ex-präsident"],
        "fr": ["président", "premier", "ministre", "procureur", "général", "chef", "m", "mme", "directeur", "porte-parole",
               "ambassadeur", "maire", "ancien", "dirigeant"],
        "ru": ["президент", "премьер-министр", "министр", "генпрокурор", "прокурор", "глава", "председатель", "аким",
               "посол", "экс-президент", "депутат", "спикер", "директор"],
        "kk": ["президент", "премьер-министр", "министр", "бас", "прокурор", "әкім", "төраға", "елші", "депутат"],
        "tr": ["cumhurbaşkanı", "başbakan", "bakan", "başsavcı", "savcı", "başkan", "eski", "büyükelçi", "sözcü"],
        "uk": ["президент", "прем'єр-міністр", "міністр", "генпрокурор", "голова", "посол"],
        "ky": ["президент", "премьер-министр", "министр", "башкы", "прокурор", "төрага"],
        "es": ["presidente", "ministro", "fiscal", "general", "primer"],
        "it": ["presidente", "ministro", "procuratore", "generale", "primo"],
        "pl": ["prezydent", "premier", "minister", "prokurator", "generalny"],
    ]

    /// Weekday and month names (lowercase), which are capitalised in English and German but are not names.
    public static let calendarWords: [String: Set<String>] = [
        "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz",
               "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril",
               "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "tr": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "ocak", "şubat", "mart", "nisan",
               "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
    ]

    /// Endings of demonyms and proper adjectives (Syrian, Turkish, Pakistani, Chinese, français).
    public static let demonymEndings = ["ian", "ish", "ese", "ani", "an", "ais", "aise", "ien", "ienne", "isch", "ische"]

    /// Inflection endings tried when a capitalised word is not itself in the dictionary
    /// (hunspell lists stems: "kasachisch", not "Kasachisches"); the stem keeps ≥ 4 letters.
    public static let inflections: [String: [String]] = [
        "de": ["es", "en", "er", "em", "e", "s", "n"], "en": ["ies", "es", "s", "ed", "ing", "'s"],
        "fr": ["es", "s", "e"], "es": ["es", "s"], "it": ["i", "e"], "pl": ["ego", "ej", "y", "a", "i"],
        "ru": ["ого", "ому", "ая", "ой", "ые", "ых", "ий", "а", "у", "е", "ы", "и"],
        // Turkish plural, possessive (3rd person) and case endings after vowel harmony and the
        // buffer consonants s/n/y (Göksel & Kerslake, Turkish: A Comprehensive Grammar, 2005,
        // ch. 8 and 14): "Başkanı" (its president) and "Bakanlığı" are titles, not names.
        "tr": ["ların", "lerin", "lar", "ler", "nın", "nin", "nun", "nün", "sı", "si", "su", "sü",
               "ın", "in", "un", "ün", "ı", "i", "u", "ü", "da", "de", "ta", "te", "dan", "den", "tan", "ten"],
    ]

    /// Latin-key endings (after `NameKeyRules`) that mark a surname: -ov, -ev, -in,
    /// -uly, -kyzy, -bayev, -iyev, feminine -ova/-eva/-ina, Kazakh -uli/-kizi.
    public static let surnameEndings = ["ov", "ev", "ova", "eva", "uli", "kizi", "baev", "iev", "enko", "ski", "ovich", "evich"]

    /// True when the canonical key of a name part looks like a Central Asian/Slavic surname.
    public static func hasSurnameMorphology(_ key: String) -> Bool {
        key.count >= 5 && surnameEndings.contains { key.hasSuffix($0) }
    }
}
