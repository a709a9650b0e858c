import Foundation
import Testing
@testable import KZAlign

@Suite("Align: word frequencies and English lemmas")
struct WordDataTests {
    @Test("function words weigh almost nothing, content words fully, unknown words fully")
    func frequencies() throws {
        let data = try #require(try WordFrequencies.locate(languages: ["en", "fr", "ru", "tr"]),
                                "models/wordfreq.tsv missing: run scripts/setup.sh")
        #expect(data.weight("the", language: "en") <= 0.06)
        #expect(data.weight("pour", language: "fr") < 0.2)
        #expect(data.weight("и", language: "ru") < 0.1)
        #expect(data.weight("ve", language: "tr") < 0.1)
        #expect(data.weight("tragédie", language: "fr") > 0.9)
        #expect(data.weight("taldykorgan", language: "en") == 1)
        // a language wordfreq lacks is not borrowed from a neighbour: every word weighs 1
        #expect(!data.covers("kk"))
        #expect(data.weight("және", language: "kk") == 1)
    }

    @Test("a malformed frequency line is reported with file and line")
    func malformed() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("wordfreq.tsv", "# header\nen\tthe\t7.7\nen\tbroken\n")
        #expect(throws: AlignError.malformedData(file: file.path, line: 3, message: "expected LANG<TAB>WORD<TAB>ZIPF")) {
            try WordFrequencies.load(file, languages: ["en"])
        }
        // languages not asked for are skipped without being parsed
        #expect(try WordFrequencies.load(file, languages: ["fr"]).languages.isEmpty)
    }

    @Test("WordNet morphy: irregular forms, detachment rules, lemmas unchanged")
    func lemmas() throws {
        let lemmatizer = try #require(EnglishLemmatizer.load(), "WordNet missing: install Debian wordnet-base (scripts/setup.sh)")
        #expect(lemmatizer.lemma("said") == "say")
        #expect(lemmatizer.lemma("sought") == "seek")
        #expect(lemmatizer.lemma("died") == "die")
        #expect(lemmatizer.lemma("identities") == "identity")
        #expect(lemmatizer.lemma("children") == "child")
        #expect(lemmatizer.lemma("news") == "news")
        #expect(lemmatizer.lemma("taldykorgan") == "taldykorgan")
        #expect(EnglishLemmatizer.identity.lemma("said") == "said")
    }
}
