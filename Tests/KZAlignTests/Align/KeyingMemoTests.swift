import Testing
@testable import KZAlign

/// A segment's features written with key strings instead of an extractor's ids, so that two
/// extractors' features compare.
private func described(_ features: SegmentFeatures, _ extractor: FeatureExtractor) -> [String] {
    let keys = extractor.interner.keys
    var lines = features.tokenKeys.indices.map { i in
        "\(keys[Int(features.tokenKeys.own(i))]) \(features.tokenKeys.information(i)): "
            + features.tokenKeys[i].map { keys[Int($0)] }.sorted().joined(separator: " ")
    }
    lines.append("anchors: " + features.anchors.map { keys[Int($0)] }.sorted().joined(separator: " "))
    lines.append("numbers: " + features.numbers.joined(separator: " "))
    lines.append("trigrams: \(features.trigrams)")
    return lines
}

@Suite("Align: keying remembers words per language")
struct KeyingMemoTests {
    @Test("A segment keyed after others that share its words gets what a fresh keyer gives it")
    func memoChangesNothing() {
        let lexicon = TranslationLexicon(dictionaries: ["de": ["gift": ["poison"], "regierung": ["government"]],
                                                        "fr": ["gouvernement": ["government"], "mars": ["march"]]],
                                         sources: [])
        let earlier = [
            AlignInput(document: "a", segment: "a:0", language: "de", text: "Gift im Wasser: die Regierung schweigt seit dem 5. März 2022."),
            AlignInput(document: "b", segment: "b:0", language: "fr", text: "Le gouvernement a démissionné le 5 mars 2022."),
        ]
        // "gift" and "mars" again, in English, where they are other words
        let last = AlignInput(document: "c", segment: "c:0", language: "en",
                              text: "The government's gift arrived on 5 Mars 2022, said the regierung.", entities: ["x"])
        let warmed = FeatureExtractor(lexicon: lexicon)
        for input in earlier { _ = warmed.features(input) }
        let fresh = FeatureExtractor(lexicon: lexicon)
        let afterOthers = described(warmed.features(last), warmed), alone = described(fresh.features(last), fresh)
        #expect(afterOthers == alone)
        #expect(!alone.joined().contains("poison"), "English \"gift\" takes no German translation")
        #expect(alone.contains("numbers: 2022 5"), "\"Mars\" is no month in English: no date, two numbers")
        // and the German and French segments again, now from the memo
        for input in earlier {
            let other = FeatureExtractor(lexicon: lexicon)
            #expect(described(warmed.features(input), warmed) == described(other.features(input), other))
        }
    }

    @Test("Segments keyed again, from remembered words, are keyed as the first time")
    func keyedAgain() {
        let lexicon = TranslationLexicon(dictionaries: ["de": ["gift": ["poison"]], "fr": ["mars": ["march"]]], sources: [])
        let inputs = [
            AlignInput(document: "a", segment: "a:0", language: "de", text: "Gift im Wasser seit dem 5. März 2022."),
            AlignInput(document: "b", segment: "b:0", language: "fr", text: "Le poison dans l'eau depuis le 5 mars 2022."),
        ]
        let extractor = FeatureExtractor(lexicon: lexicon)
        let first = inputs.map { described(extractor.features($0), extractor) }
        let second = inputs.map { described(extractor.features($0), extractor) }
        #expect(first == second)
        #expect(first[0].contains { $0.hasPrefix("gift ") && $0.contains("poison") }, "German \"Gift\" translates")
        #expect(first[1].contains("numbers: 03-05 2022-03-05"), "French \"mars\" is March")
        #expect(first[0].contains("numbers: 03-05 2022-03-05"), "German \"März\" is March")
    }
}

@Suite("Support: scalar classes and byte keys")
struct ScalarClassTests {
    @Test("The table's classes are the standard library's, in every plane")
    func classesMatchProperties() {
        let table = ScalarTable.shared
        var scalars = (0..<0x10000).compactMap { Unicode.Scalar(UInt32($0)) }
        scalars += [0x1D400, 0x11066, 0x1F600, 0x20000, 0x1E900].compactMap { Unicode.Scalar(UInt32($0)) }
        var mismatches: [String] = []
        for s in scalars {
            let p = s.properties
            let mark = p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            let anyMark = mark || p.generalCategory == .enclosingMark
            if table.isAlphabetic(s) != p.isAlphabetic || table.isUppercase(s) != p.isUppercase || table.isLowercase(s) != p.isLowercase
                || table.isLetterOrMark(s) != (p.isAlphabetic || anyMark)
                || table.isWordPart(s) != (p.isAlphabetic || mark) || table.isDecimalDigit(s) != (p.numericType == .decimal)
                || table.changesWhenLowercased(s) != p.changesWhenLowercased
                || table.isMark(s) != anyMark
                // the tokenizer keeps a word as it is when no character changes
                || (!p.changesWhenLowercased && String(s).lowercased() != String(s)) {
                mismatches.append(String(s.value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty)
        #expect(table.isDecimalDigit("\u{0663}") && table.isDecimalDigit(Unicode.Scalar(0x11066)!) && !table.isDecimalDigit("½"))
        #expect(table.isWordPart("\u{0301}") && !table.isAlphabetic("\u{0301}"))
        #expect(table.isLetterOrMark("\u{20DD}") && !table.isWordPart("\u{20DD}"), "an enclosing mark is a token's, not an aligner word's")
    }

    @Test("A word memo computes a word once per language, and forgets everything at its limit")
    func wordMemo() {
        let memo = LanguageWordMemo<String>(limit: 3)
        var computed: [String] = []
        func look(_ word: String, _ language: String) -> String {
            memo.value(word, in: memo.table(language)) { computed.append(language + ":" + word); return language + word.uppercased() }
        }
        #expect(look("gift", "en") == "enGIFT" && look("gift", "de") == "deGIFT" && look("gift", "en") == "enGIFT")
        #expect(computed == ["en:gift", "de:gift"])
        #expect(look("mars", "fr") == "frMARS") // the third word: held
        #expect(look("poison", "en") == "enPOISON") // the fourth: every word forgotten first
        #expect(look("gift", "de") == "deGIFT" && look("poison", "en") == "enPOISON")
        #expect(computed == ["en:gift", "de:gift", "fr:mars", "en:poison", "de:gift"])
    }

    @Test("Byte keys: equal bytes are equal keys; canonically equivalent spellings are not")
    func byteKeys() {
        let composed = "\u{00E9}t\u{00E9}", decomposed = "e\u{0301}te\u{0301}"
        #expect(composed == decomposed, "String compares canonically")
        #expect(UTF8Key(composed) != UTF8Key(decomposed))
        var memo: [UTF8Key: Int] = [UTF8Key(composed): 1]
        memo[UTF8Key(decomposed)] = 2
        #expect(memo.count == 2 && memo[UTF8Key(String(composed.reversed().reversed()))] == 1)
        #expect(UTF8Key("Масимов") == UTF8Key("Мас" + "имов") && UTF8Key("Масимов").hashValue == UTF8Key("Мас" + "имов").hashValue)
    }
}

@Suite("Align: keying in chunks")
struct KeyingChunkTests {
    @Test("Keyed in small chunks on two workers, each chunk interned while the next is keyed, segments get what one keyer gives them in order")
    func chunksOverlap() {
        let lexicon = TranslationLexicon(dictionaries: ["de": ["gift": ["poison"], "regierung": ["government"], "wasser": ["water"]],
                                                        "fr": ["gouvernement": ["government"], "eau": ["water"]]],
                                         sources: [])
        let sentences = [
            ("de", "Gift im Wasser: die Regierung schweigt seit dem 5. März 2022."),
            ("fr", "Le gouvernement a démissionné le 5 mars 2022, dit-on à Almaty."),
            ("en", "The government resigned on 5 January 2022 after protests in Zhanaozen."),
        ]
        // every segment brings keys no earlier one had (its numbers), so the keyers' own tables
        // grow while earlier chunks are interned
        let inputs = (0..<60).map { n in
            let (language, text) = sentences[n % 3]
            return AlignInput(document: "d\(n % 7)", segment: "d\(n % 7):\(n)", language: language,
                              text: text + " Zeile \(n), Wert \(n * 7).", entities: n % 4 == 0 ? ["e\(n % 5)"] : [])
        }
        let chunked = FeatureExtractor(lexicon: lexicon, keyingChunk: 4)
        let together = chunked.features(inputs, jobs: 2)
        let single = FeatureExtractor(lexicon: lexicon)
        let oneByOne = inputs.map { single.features($0) }
        #expect(chunked.interner.keys == single.interner.keys, "keys numbered in order of first occurrence either way")
        #expect(zip(together, oneByOne).allSatisfy { described($0, chunked) == described($1, single) })
        #expect(together.map(\.anchors) == oneByOne.map(\.anchors) && together.map(\.tokenKeys) == oneByOne.map(\.tokenKeys))
    }
}
