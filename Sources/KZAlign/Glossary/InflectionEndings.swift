/// Grammatical endings the `inflects` flag tolerates, per language family, in
/// folded (lowercase) form. A text word matches an inflecting variant word
/// when it is the variant word's stem plus one ending of the family (Turkic
/// families: up to two stacked suffixes, e.g. Kazakh possessive + case
/// "Мәжіліс-і-нің"). A stem is the variant word with its own longest ending
/// removed (Slavic languages only: their dictionary form carries an ending), never shorter than
/// `minimumStem` scalars; agglutinative (Turkic) words are their own stem.
///
/// Sources: the case paradigms in standard grammars (Russian: Wade, *A
/// Comprehensive Russian Grammar*; Ukrainian; Polish; German; Kazakh, Kyrgyz,
/// Uzbek and Turkish case and possessive suffixes with their vowel-harmony
/// and consonant-assimilation allomorphs). The lists are deliberately the
/// endings of nouns and adjectives, the parts of speech terms are made of.
enum InflectionFamily: String, Sendable, CaseIterable {
    case eastSlavic, polish, german, turkicCyrillic, turkicLatin, uzbekCyrillic, romance, english

    /// The family of a language tag's primary subtag (and script, for Uzbek).
    static func of(language: String) -> InflectionFamily? {
        let parts = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let primary = parts.first else { return nil }
        switch primary {
        case "ru", "uk", "be": return .eastSlavic
        case "pl": return .polish
        case "de": return .german
        case "kk", "ky", "tt", "ba": return .turkicCyrillic
        case "tr", "az", "tk": return .turkicLatin
        case "uz": return parts.contains("cyrl") ? .uzbekCyrillic : .turkicLatin
        case "fr", "es", "it", "pt", "ca", "ro": return .romance
        case "en": return .english
        default: return nil
        }
    }

    /// True for agglutinative families: the variant word is the stem and suffixes may stack (two at most).
    var stacksSuffixes: Bool {
        switch self {
        case .turkicCyrillic, .turkicLatin, .uzbekCyrillic: return true
        default: return false
        }
    }

    /// True for fusional families whose dictionary form itself ends in an
    /// ending (Russian "Россия", "положение"): the variant word's stem drops it.
    var stripsOwnEnding: Bool { self == .eastSlavic || self == .polish }

    /// The shortest stem (in scalars) stripping may leave on the variant side.
    var minimumStem: Int { 4 }

    /// Endings, the empty ending included (computed once per family).
    var endings: Set<String> { Self.cachedEndings[self] ?? [""] }

    private static let cachedEndings: [InflectionFamily: Set<String>] = {
        var result: [InflectionFamily: Set<String>] = [:]
        for family in InflectionFamily.allCases { result[family] = family.endingList }
        return result
    }()

    private var endingList: Set<String> {
        switch self {
        case .eastSlavic:
            return Self.set("""
                а я о е ё ы и у ю ь й ой ей ом ем ам ям ами ями ах ях ов ев ий ый ая яя ое ее ые ие ого его ому ему \
                ым им ую юю ых их ыми ими ию ия ии ие ием ией иям иями иях ью ью ою єю ові еві ів їв ої ій ім іх ими \
                ої ою ею у ю і ї є ого ому ій ім их ьої ього ьому
                """)
        case .polish:
            return Self.set("""
                a u e i y ę ą o ó owi em ie ów om ami ach ego emu ej ym ymi ych ich imi im iego iemu ia iu ii io \
                iem ią ię
                """)
        case .german:
            return Self.set("s es e en n er ern ens")
        case .turkicCyrillic:
            return Self.set("""
                ы і сы сі н ның нің дың дің тың тің ны ні ды ді ты ті ға ге қа ке на не а е ғa да де та те нда нде \
                дан ден тан тен нан нен мен бен пен менен менен мен ым ім ың ің ымыз іміз лар лер дар дер тар тер \
                дағы дегі тағы тегі ндағы ндегі ша ше нің ын ін сын сін ин ун үн нын нин нун нүн дын дин дун дүн \
                тын тин тун түн га го гө ка ко кө ны ну нү ды ду дү ты ту тү да до дө та то тө дан дон дөн тан тон \
                төн нан нон нөн ан ен он өн ы и у ү сы си су сү лар лер лор лөр дар дер дор дөр тар тер тор төр \
                дагы деги догу дөгү
                """)
        case .turkicLatin:
            return Self.set("""
                i ı u ü yi yı yu yü in ın un ün nin nın nun nün a e ya ye da de ta te dan den tan ten nda nde ndan \
                nden la le yla yle ler lar leri ları si sı su sü na ne ni nı nu nü daki deki ndaki ndeki ning ni \
                ga ka qa dan da lar ning ni ga dagi
                """)
        case .uzbekCyrillic:
            return Self.set("нинг ни га ка қа да дан лар ларнинг ларни ларга ларда лардан даги си и")
        case .romance:
            return Self.set("s es x")
        case .english:
            return Self.set("s es")
        }
    }

    /// Longest ending length in scalars.
    var maxEndingLength: Int { Self.cachedMax[self] ?? 0 }

    private static let cachedMax: [InflectionFamily: Int] = {
        var result: [InflectionFamily: Int] = [:]
        for family in InflectionFamily.allCases {
            result[family] = family.endingList.map { $0.unicodeScalars.count }.max() ?? 0
        }
        return result
    }()

    private static func set(_ words: String) -> Set<String> {
        var result: Set<String> = [""]
        for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { result.insert(String(word)) }
        return result
    }

    /// The stem of a folded variant word: fusional families drop the word's own
    /// longest ending when at least `minimumStem` scalars remain.
    func stem(of folded: String) -> String {
        if !stripsOwnEnding { return folded }
        let scalars = Array(folded.unicodeScalars)
        let limit = min(maxEndingLength, scalars.count - minimumStem)
        guard limit > 0 else { return folded }
        let endings = self.endings
        for length in stride(from: limit, through: 1, by: -1) {
            let ending = TermTokenizer.string(scalars, (scalars.count - length)..<scalars.count)
            if endings.contains(ending) {
                return TermTokenizer.string(scalars, 0..<(scalars.count - length))
            }
        }
        return folded
    }

    /// True when `suffix` is one ending, or (Turkic) two stacked endings.
    func accepts(suffix: [Unicode.Scalar], endingSet: Set<String>) -> Bool {
        let whole = TermTokenizer.string(suffix, 0..<suffix.count)
        if endingSet.contains(whole) { return true }
        guard stacksSuffixes, suffix.count >= 2 else { return false }
        for cut in 1..<suffix.count
        where endingSet.contains(TermTokenizer.string(suffix, 0..<cut))
            && endingSet.contains(TermTokenizer.string(suffix, cut..<suffix.count)) {
            return true
        }
        return false
    }
}
