import Foundation
import Testing
@testable import KZAlign

/// The gazetteer pass keys a Cyrillic span as one text only where that can differ from its words'
/// keys joined (`MentionFinder.spanKeyMayDiffer`). The skip must never change a key.
@Suite("Span keying: a Cyrillic span is keyed again only where its key can differ")
struct SpanKeyingTests {
    /// Every span of up to four words starting at a Cyrillic word of `text`, as the gazetteer pass
    /// builds them, with whether the check lets it skip the span and the two keys.
    static func spans(_ text: String, language: String, keyer: NameKeyer) -> [(span: String, skipped: Bool, joined: String, whole: String)] {
        let scalars = Array(text.unicodeScalars)
        var words = MentionFinder.words(of: scalars, offset: 0)
        for k in words.indices {
            let key = keyer.key(words[k].text, language: language)
            words[k].parts = key.parts
            words[k].isAcronym = key.isAcronym
        }
        var result: [(String, Bool, String, String)] = []
        for i in words.indices where NameKeyer.script(of: words[i].text) == .cyrillic && !words[i].parts.isEmpty {
            var joined = words[i].parts.joined(separator: " ")
            var last = i
            while last + 1 < words.count, last - i < 3,
                  MentionFinder.nameContinues(from: words[last], to: words[last + 1], scalars: scalars, offset: 0) {
                last += 1
                joined += words[last].parts.map { " " + $0 }.joined()
                let span = String(String.UnicodeScalarView(scalars[words[i].start..<words[last].end]))
                let genitive = !words[i].sentenceInitial
                let skipped = !MentionFinder.spanKeyMayDiffer(words, i...last, scalars: scalars, offset: 0, headline: false,
                                                              genitiveReading: genitive)
                result.append((span, skipped, joined, keyer.key(span, language: language, genitiveReading: genitive).joined))
            }
        }
        return result
    }

    @Test("in real Russian, Ukrainian and Kazakh sentences a skipped span's key is its words' keys joined")
    func skippedSpansKeepTheirKey() throws {
        let keyer = NameKeyer()
        var skipped = 0, total = 0
        for language in ["ru", "uk", "kk"] {
            for sentence in try lines(of: testDataFolder.appendingPathComponent("\(language)/sentences.txt"), count: 400) {
                for span in Self.spans(sentence, language: language, keyer: keyer) {
                    total += 1
                    guard span.skipped else { continue }
                    skipped += 1
                    #expect(span.whole == span.joined, "\(language): \"\(span.span)\" keys as \(span.whole), its words as \(span.joined)")
                }
            }
        }
        // most spans of running text are plain words: the skip is what makes the check worth it
        #expect(total > 5_000 && Double(skipped) / Double(total) > 0.8, "skipped \(skipped) of \(total)")
    }

    @Test("spans whose key differs are keyed again: a genitive, a patronymic, a word glued by other punctuation")
    func differingSpansAreKeyed() {
        let keyer = NameKeyer()
        let cases = [
            ("Встреча с Каримом и речь Карима Масимова прозвучала", "Карима Масимова"),
            ("Президент Касым-Жомарт Кемелевич Токаев заявил", "Касым-Жомарт Кемелевич Токаев"),
            ("Глава Нурлан Абдирович Ногаев выступил", "Нурлан Абдирович Ногаев"),
            ("Письмо Иванов/Петров пришло", "Иванов/Петров"),
        ]
        for (sentence, name) in cases {
            let spans = Self.spans(sentence, language: "ru", keyer: keyer)
            guard let span = spans.first(where: { $0.span == name }) else {
                Issue.record("no span \"\(name)\" in \"\(sentence)\": \(spans.map(\.span))")
                continue
            }
            #expect(span.whole != span.joined, "\"\(name)\": the whole span keys as its words do (\(span.whole))")
            #expect(!span.skipped, "\"\(name)\" was skipped, though its key (\(span.whole)) is not \(span.joined)")
        }
    }

    @Test("a name does not run on over a colon: \"Astana: Times are hard\" names Astana, not the Astana Times")
    func colonEndsAName() throws {
        let gazetteer = "astana\tplace\tAstana\nastana-times\torg\tAstana Times\n"
        for (text, expected) in [("Astana: Times are hard, he said.\n", ["Astana": "astana"]),
                                 ("He reads the Astana Times every day.\n", ["Astana Times": "astana-times"])] {
            let mentions = try mentionsFound(in: text, language: "en", gazetteer: gazetteer)
            let found = Dictionary(mentions.filter { !$0.entity.isEmpty }.map { ($0.surface, $0.entity) }, uniquingKeysWith: { a, _ in a })
            #expect(found == expected, "\(text)")
        }
    }
}

@Suite("Han clauses: Chinese names are found between punctuation, longer clauses are not keyed")
struct HanClauseTests {
    @Test("a Chinese form between punctuation is found; a clause longer than every Han form is no name")
    func chineseForms() throws {
        let mentions = try mentionsFound(in: "托卡耶夫，阿拉木图。总统托卡耶夫说今天阿拉木图的局势已经稳定下来了。\n", language: "zh",
                                         gazetteer: "kassym-jomart-tokayev\tperson\tKassym-Jomart Tokayev\tzh:托卡耶夫\n"
                                             + "almaty\tplace\tAlmaty\tzh:阿拉木图\n")
        #expect(mentions.map(\.surface) == ["托卡耶夫", "阿拉木图"], "\(mentions.map { ($0.surface, $0.entity) })")
        #expect(mentions.map(\.entity) == ["kassym-jomart-tokayev", "almaty"])
    }
}

/// The mentions the names stage finds in `text`, one document in `language`, with a gazetteer of
/// the TSV lines `gazetteer` (glossaries/names.tsv's format) and no other.
func mentionsFound(in text: String, language: String, gazetteer: String) throws -> [Mention] {
    let url = TestScratch.file("kz-gazetteer", suffix: ".tsv")
    defer { try? FileManager.default.removeItem(at: url) }
    try gazetteer.write(to: url, atomically: false, encoding: .utf8)
    var document = Document(id: "doc", path: "doc.txt", sha256: "", text: text)
    document.language = language
    document.segments = SeedCorpus.segments(of: text, documentID: "doc", language: language)
    var options = NamesStage.Options()
    options.gazetteer = [url.path]
    return try SeedCorpus.runNames([document], options: options).documents[0].mentions
}
