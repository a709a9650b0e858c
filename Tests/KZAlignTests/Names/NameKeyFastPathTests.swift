import Testing
@testable import KZAlign

/// The name keyer's byte paths for ASCII text must answer what its Character paths answer:
/// a name's key would otherwise depend on which path ran.
@Suite("NameKeyer: ASCII byte paths agree with the Character paths")
struct NameKeyFastPathTests {
    /// Random ASCII names built from pieces that trigger every convention test (sz, cz, sch,
    /// -ow/-ew/-ijew, ou, -ieff/-off), with separators, digits and doubled letters.
    static func asciiNames(count: Int) -> [String] {
        let pieces = ["sz", "cz", "sch", "tsch", "ow", "ews", "ijew", "ou", "ieff", "off", "ss", "kk", "a", "e", "o",
                      "Tok", "Mas", "im", "ov", "ev", "ayev", "K", "Z", "'", "-", " ", ".", "7", "w", "s", "ch", "rr", "\r\n"]
        var random = SplitMix(seed: 8)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test("the Latin convention of ASCII names: bytes and Characters give the same language")
    func latinConvention() {
        var seen: Set<String?> = []
        for name in Self.asciiNames(count: 5_000) + ["Tokajew", "Szczepanski", "Tschernow", "Massimoff", "Nazarbayev",
                                                     "Gorbatschow's", "Moukhtar", "Dostoievskieff", "Yessenov"] {
            let lower = name.lowercased()
            let answer = NameKeyer.asciiLatinConvention(lower)
            #expect(answer == NameKeyer.latinConvention(ofLowercased: lower), "\(name)")
            #expect(NameKeyer.guessLatinConvention(name) == answer, "\(name)")
            seen.insert(answer)
        }
        #expect(seen == [nil, "pl", "de", "fr"]) // every answer an ASCII name can get was exercised
        #expect(NameKeyer.guessLatinConvention("Tokayev") == nil && NameKeyer.guessLatinConvention("Tokajew") == "de")
        // names with letters beyond ASCII take the Character path
        #expect(NameKeyer.guessLatinConvention("Tokaïev") == "fr" && NameKeyer.guessLatinConvention("Łukaszenka") == "pl")
        #expect(NameKeyer.guessLatinConvention("Tokayev'ı") == "tr" && NameKeyer.guessLatinConvention("Токаев") == nil)
    }

    @Test("doubled letters: ASCII bytes and the Character path agree; accents and other letters go")
    func collapseAndLetters() {
        for name in Self.asciiNames(count: 5_000) {
            #expect(NameKeyer.collapseDoubles(name) == NameKeyer.collapseDoubleCharacters(name), "\(name)")
            // ASCII letters kept and lowercased, everything else dropped
            #expect(NameKeyer.asciiLetters(name) == String(name.lowercased().filter { ("a"..."z").contains($0) }), "\(name)")
        }
        #expect(NameKeyer.collapseDoubles("massimoff") == "masimof")
        #expect(NameKeyer.asciiLetters("Tokaïev-2") == "tokaiev")
        #expect(NameKeyer.asciiLetters("Şahin Ǆokić Токаев") == "sahindzokic")
    }

    @Test("between vowels: a rule whose letters are absent leaves the text, one that is present rewrites it")
    func betweenVowels() {
        #expect(NameKeyer.replaceBetweenVowels("masimov", "s", "z") == "mazimov")
        #expect(NameKeyer.replaceBetweenVowels("massimov", "s", "z") == "massimov")
        #expect(NameKeyer.replaceBetweenVowels("tokayev", "zh", "j") == "tokayev")
        #expect("tokayev".replacingAll("ay", with: "ai") == "tokaiev")
        #expect("tokayev".replacingAll("zh", with: "j") == "tokayev")
    }
}
