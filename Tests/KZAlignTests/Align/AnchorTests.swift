import Testing
@testable import KZAlign

@Suite("Align: numbers and dates across conventions")
struct AnchorTests {
    @Test("thousands and decimals normalise by language")
    func numbers() {
        #expect(NumberNormalizer.canonical("3,000", language: "en") == "3000")
        #expect(NumberNormalizer.canonical("3 000", language: "fr") == "3000")
        #expect(NumberNormalizer.canonical("3.000", language: "de") == "3000")
        #expect(NumberNormalizer.canonical("3'000", language: "de") == "3000")
        #expect(NumberNormalizer.canonical("2,5", language: "de") == "2.5")
        #expect(NumberNormalizer.canonical("2.5", language: "en") == "2.5")
        #expect(NumberNormalizer.canonical("2,5", language: "ru") == "2.5")
        #expect(NumberNormalizer.canonical("2,500", language: "tr") == "2.5")
        #expect(NumberNormalizer.canonical("2,500", language: "en") == "2500")
        #expect(NumberNormalizer.canonical("1.234.567,50", language: "de") == "1234567.5")
        #expect(NumberNormalizer.canonical("1,234,567.50", language: "en") == "1234567.5")
    }

    @Test("tokenizer keeps digit groups, including no-break spaces, and reads other scripts' digits")
    func tokens() {
        let fr = AlignTokenizer.tokens("environ 2\u{202F}000 armes et 10 000 personnes")
        #expect(fr.filter { $0.kind == .number }.map { NumberNormalizer.canonical($0.text, language: "fr") } == ["2000", "10000"])
        let ar = AlignTokenizer.tokens("قتل ٢٣٨ شخصا")
        #expect(ar.filter { $0.kind == .number }.map(\.text) == ["238"])
        // a year followed by a count is not one number
        let en = AlignTokenizer.tokens("in 2021 100 people")
        #expect(en.filter { $0.kind == .number }.map(\.text) == ["2021", "100"])
    }

    @Test("tokenizer words: lowercased, marks kept, split at hyphens and apostrophes, capitals noted")
    func words() {
        let tokens = AlignTokenizer.tokens("Nur-Sultan: ТОКАЕВ in Janao\u{0308}zen, l'emplacement d’Алматы 5km Ⓐb")
        #expect(tokens.map(\.text) == ["nur", "sultan", "токаев", "in", "janao\u{0308}zen", "l", "emplacement", "d", "алматы",
                                       "5", "km", "ⓐb"])
        // a circled capital is an uppercase letter to Unicode (Other_Alphabetic, Other_Uppercase)
        #expect(tokens.filter(\.capitalized).map(\.text) == ["nur", "sultan", "токаев", "janao\u{0308}zen", "алматы", "ⓐb"])
        // Swift's per-character lowercasing, whatever the rest of the word (no final-sigma context)
        #expect(AlignTokenizer.tokens("ΟΔΟΣ οδός İzmir").map(\.text) == ["οδοσ", "οδός", "i\u{0307}zmir"])
    }

    @Test("the same count in five languages gives the same anchor", arguments: [
        ("en", "He was 18 years old."), ("fr", "Il avait 18 ans."), ("ru", "Ему было 18 лет."),
        ("de", "Er war 18 Jahre alt."), ("tr", "18 yaşındaydı."),
    ])
    func ages(language: String, text: String) {
        let anchors = NumberDateExtractor().extract(AlignTokenizer.tokens(text), language: language)
        #expect(anchors.numbers == ["18"])
    }

    @Test("dates with month names from CLDR meet across languages", arguments: [
        ("en", "On January 2, 2022, protests began."), ("de", "Am 2. Januar 2022 begannen Proteste."),
        ("fr", "Le 2 janvier 2022, les manifestations ont commencé."), ("ru", "2 января 2022 года начались протесты."),
        ("tr", "Protestolar 2 Ocak 2022'de başladı."),
        // CLDR's date words between the parts (es/pt "de") and a year before the month (hu, kk)
        ("es", "Las protestas comenzaron el 2 de enero de 2022."), ("pt", "Os protestos começaram em 2 de janeiro de 2022."),
        ("hu", "A tüntetések 2022. január 2-án kezdődtek."), ("kk", "Наразылықтар 2022 жылғы 2 қаңтарда басталды."),
        ("kk", "Наразылықтар 2022 ж. 2 қаңтарда басталды."), ("kk", "2022 жылғы 2 қаңтарында наразылық басталды."),
        ("ky", "Нааразылык акциялары 2022-жылдын 2-январында башталды."), ("uz", "Namoyishlar 2022-yil 2-yanvarida boshlandi."),
    ])
    func dates(language: String, text: String) {
        let anchors = NumberDateExtractor().extract(AlignTokenizer.tokens(text), language: language)
        #expect(anchors.dates.contains("2022-01-02"), "\(language): \(anchors.dates)")
        #expect(anchors.dates.contains("01-02"))
        #expect(anchors.numbers.isEmpty, "day and year are part of the date, not counts: \(anchors.numbers)")
    }

    @Test("a date without a year still meets the dated form; English 'may' is not May")
    func yearless() {
        let x = NumberDateExtractor()
        #expect(x.extract(AlignTokenizer.tokens("Die Proteste begannen am 2. Januar."), language: "de").dates == ["01-02"])
        #expect(x.extract(AlignTokenizer.tokens("in январе 2022"), language: "ru").dates == ["2022-01"])
        #expect(x.extract(AlignTokenizer.tokens("prices may 3 times rise"), language: "en").dates.isEmpty)
        // only the language's own date words may stand between day and month
        #expect(x.extract(AlignTokenizer.tokens("Police arrested 5 in January."), language: "en").dates.isEmpty)
        #expect(x.extract(AlignTokenizer.tokens("Detuvieron a 5 en enero."), language: "es").dates.isEmpty)
    }

    @Test("a count spelled out as one word meets its digits (CLDR spellout rules)", arguments: [
        ("en", "Twelve police officers died."), ("es", "Doce policías murieron."), ("de", "Zwölf Polizisten starben."),
        ("fr", "Douze policiers sont morts."), ("ru", "Погибли двенадцать полицейских."), ("tr", "12 polis öldü."),
    ])
    func spelledCounts(language: String, text: String) {
        let anchors = NumberDateExtractor().extract(AlignTokenizer.tokens(text), language: language)
        #expect(anchors.numbers == ["12"], "\(language): \(anchors.numbers)")
    }

    @Test("articles that spell one are not counts; case forms are")
    func numberWordLimits() {
        let x = NumberDateExtractor()
        #expect(x.extract(AlignTokenizer.tokens("Un homme et une femme, one of them."), language: "fr").numbers.isEmpty)
        #expect(x.extract(AlignTokenizer.tokens("Ein Mann und eine Frau."), language: "de").numbers.isEmpty)
        #expect(x.extract(AlignTokenizer.tokens("из двенадцати человек"), language: "ru").numbers == ["12"])
    }
}
