import Testing
@testable import KZAlign

@Suite("ICU wrappers")
struct ICUWrapperTests {
    @Test func russianBGNGivesEnglishPressForms() throws {
        let bgn = try Transliterator(id: "Russian-Latin/BGN")
        #expect(bgn.transliterate("Токаев") == "Tokayev")
        #expect(bgn.transliterate("Назарбаев") == "Nazarbayev")
    }

    @Test func kazakhBGNHandlesKazakhLetters() throws {
        let bgn = try Transliterator(id: "Kazakh-Latin/BGN")
        #expect(bgn.transliterate("Жаңаөзен") == "Zhangaözen")
    }

    @Test func cloneWorksIndependently() throws {
        let any = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let copy = try any.clone()
        #expect(copy.transliterate("Алматы") == any.transliterate("Алматы"))
        #expect(copy.transliterate("Алматы") == "Almaty")
    }

    @Test func unknownIdNamesTheId() {
        #expect(throws: ICUError.self) { try Transliterator(id: "Russian-Latin/NOPE") }
        do {
            _ = try Transliterator(id: "Russian-Latin/NOPE")
        } catch {
            #expect("\(error)".contains("Russian-Latin/NOPE"))
            #expect("\(error)".contains("Russian-Latin/BGN"))
        }
    }

    @Test func ruleSyntaxErrorNamesTheLine() {
        let rules = "a > b;\nc > d;\nthis is > not ( valid ;\n"
        do {
            _ = try Transliterator(id: "Custom", rules: rules)
            Issue.record("expected a rule syntax error")
        } catch let ICUError.invalidTransliterationRules(id, line, _, _) {
            #expect(id == "Custom")
            #expect(line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func customRulesTransform() throws {
        let t = try Transliterator(id: "Custom", rules: "w > v; sch > sh;")
        #expect(t.transliterate("tokajew schibutow") == "tokajev shibutov")
    }

    @Test func normalizesToNFCAndCasefold() {
        let decomposed = "e\u{301}ve\u{300}nement"
        #expect(Normalizer.normalize(decomposed, .nfc) == "évènement")
        #expect(Normalizer.normalize("Straße ＡＢＣ", .nfkcCasefold) == "strasse abc")
        #expect(Normalizer.lowercase("KASIM İSTANBUL", locale: "tr") == "kasım istanbul")
    }

    @Test func sentenceBreaksRespectAbbreviations() throws {
        let text = Array("Mr. Smith arrived. He left.".utf16)
        let plain = try BreakIterator(.sentence, locale: "en")
        let suppressed = try BreakIterator(.sentence, locale: "en", suppressAbbreviations: true)
        #expect(plain.boundaries(in: text).offsets.count == 4)
        #expect(suppressed.boundaries(in: text).offsets == [0, 19, 27])
    }

    @Test func wordBreaksClassifyTokens() throws {
        let words = try BreakIterator(.word, locale: "en")
        let (offsets, statuses) = words.boundaries(in: Array("238 people".utf16))
        #expect(offsets == [0, 3, 4, 10])
        #expect(BreakIterator.WordStatus(statuses[1]) == .number)
        #expect(BreakIterator.WordStatus(statuses[3]) == .letter)
    }

    @Test func detectsAndDecodesWindows1251() throws {
        let russian = String(repeating: "Президент Казахстана заявил о попытке государственного переворота. ", count: 5)
        let bytes = try CharsetConverter.encode(russian, charset: "windows-1251")
        let detection = try #require(CharsetConverter.detect(bytes))
        #expect(detection.charset == "windows-1251")
        let decoded = try CharsetConverter.decode(bytes[...], charset: detection.charset)
        #expect(decoded.text == russian)
        #expect(decoded.replacedSequences == 0)
    }

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xFE] + Array(" end".utf8)
        let decoded = try CharsetConverter.decode(bytes[...], charset: "UTF-8")
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(decoded.replacedSequences >= 1)
        #expect(decoded.text.hasPrefix("ok ") && decoded.text.hasSuffix(" end"))
    }

    @Test func unknownCharsetIsAnError() {
        #expect(throws: ICUError.unknownCharset("no-such-charset")) {
            try CharsetConverter.decode([1, 2][...], charset: "no-such-charset")
        }
    }

    @Test func cldrDisplayNames() {
        #expect(LocaleNames.region("KZ", in: "de") == "Kasachstan")
        #expect(LocaleNames.region("KZ", in: "ru") == "Казахстан")
        #expect(LocaleNames.language("kk", in: "en") == "Kazakh")
        #expect(LocaleNames.regionCodes.contains("KZ"))
    }

    @Test func scriptsAndSpoofing() throws {
        #expect(UnicodeScript.code(of: "Ж") == "Cyrl")
        #expect(UnicodeScript.code(of: "a") == "Latn")
        let checker = try SpoofChecker()
        let mixed = "M\u{0430}simov" // Cyrillic а inside a Latin name
        #expect(checker.isSuspicious(mixed))
        #expect(!checker.isSuspicious("Masimov"))
        #expect(checker.skeleton(mixed) == checker.skeleton("Masimov"))
    }
}

