import Foundation
import Testing
@testable import KZAlign

@Suite("Sentence segmentation")
struct SegmentationTests {
    func segments(_ text: String, language: String? = nil) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return try SentenceSegmenter().segment(text, language: language).map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            return String(view)
        }
    }

    @Test func neverSplitsInsideNumbersDatesInitialsOrURLs() throws {
        let text = "About 3,000 guns were taken on 10.1.2022 in Almaty. M.P. Gagarin saw it at https://iz.ru/1274761/2022-01-10/v-kazakhstane. Then he left."
        #expect(try segments(text) == [
            "About 3,000 guns were taken on 10.1.2022 in Almaty.",
            "M.P. Gagarin saw it at https://iz.ru/1274761/2022-01-10/v-kazakhstane.",
            "Then he left.",
        ])
    }

    @Test func aSentenceEndingInAnAcronymEndsThere() throws {
        // ICU's English suppressions swallow "CSTO. The" and "NATO. It" (CLDR lists "O.").
        #expect(try segments("Tokayev sought assistance from the CSTO. The situation was stabilized by January 7.", language: "en") == [
            "Tokayev sought assistance from the CSTO.", "The situation was stabilized by January 7.",
        ])
        #expect(try segments("Он обратился в ОДКБ. Миротворцы прибыли.", language: "ru") == ["Он обратился в ОДКБ.", "Миротворцы прибыли."])
        // real abbreviations stay suppressed
        #expect(try segments("He met Mr. Smith and the U.S. Army in Jan. 2022.", language: "en").count == 1)
    }

    @Test func germanDayOrdinalsAreNotSentenceEnds() throws {
        #expect(try segments("Am 5. Januar entließ Tokajew die Regierung. Dies wurde am 10. Januar berichtet.", language: "de") == [
            "Am 5. Januar entließ Tokajew die Regierung.", "Dies wurde am 10. Januar berichtet.",
        ])
    }

    @Test func titleBrokenOverABlankLineIsJoined() throws {
        let text = "Kasachisches Außenministerium kündigte die Teilnahme von Personen mit\n\nmilitärischer Erfahrung an den Unruhen an\n\n10.1.2022\n\nVorläufigen Daten zufolge befinden sich Kämpfer darunter."
        let spans = try SentenceSegmenter().segment(text)
        #expect(spans.count == 3)
        #expect(spans[0].kind == .heading)
        #expect(spans[1].kind == .dateline)
        #expect(spans[2].kind == .sentence)
        #expect(try segments(text)[0].hasSuffix("militärischer Erfahrung an den Unruhen an"))
    }

    @Test func sentenceBrokenAfterAURLIsJoined() throws {
        let text = "Sonderdienste halfen bei Verstößen https://iz.ru/1274356/2022-01-08/politolog\n\nin Kasachstan geholfen hätten. Wie Shibutov sagt, gab es eine Verschwörung."
        let result = try segments(text)
        #expect(result.count == 2)
        #expect(result[0].hasSuffix("in Kasachstan geholfen hätten."))
    }

    @Test func hardLineBreaksInsideSentencesAreJoined() throws {
        let text = "Die Kriminellen\nzertrümmerten die Büros von fünf Fernsehsendern,\nversuchten, das Gefängnis anzugreifen. Zwei wurden enthauptet."
        #expect(try segments(text).count == 2)
    }

    @Test func headingsStayApart() throws {
        let text = "Trials\n\nAs a result, no measures were taken. The guns are missing.\nReuters Archive\n\nJanuary 6, 2024"
        let spans = try SentenceSegmenter().segment(text)
        #expect(spans.map(\.kind) == [.heading, .sentence, .sentence, .heading, .dateline])
    }

    @Test func cyrillicAndAbbreviations() throws {
        #expect(try segments("Mr. Smith met Prof. Jones in Almaty. They talked.", language: "en").count == 2)
        #expect(try segments("Токаев обратился к ОДКБ. Миротворцы прибыли 6 января.", language: "ru").count == 2)
    }

    /// Every quote of the gold alignments lies inside exactly one segment of its seed article.
    @Test func goldQuotesAreNeverSplit() throws {
        let directory = try TemporaryDirectory()
        let pipelineFile = try directory.write("pipeline.json", """
        {"corpus": {"root": "\(TestPaths.seeds.path)"}, "stages": [{"type": "ingest"}, {"type": "segment"}]}
        """)
        let result = try PipelineRunner(pipeline: try PipelineLoader().load(file: pipelineFile)).run().0
        let documents = Dictionary(uniqueKeysWithValues: result.corpus.documents.map { ($0.id, $0) })
        let rows = try readTSV(TestPaths.gold.appendingPathComponent("alignments.tsv"))
        #expect(rows.count > 20)
        for row in rows {
            for (file, quote) in [(row["fileA"]!, row["quoteA"]!), (row["fileB"]!, row["quoteB"]!)] {
                let document = try #require(documents[file])
                let scalars = Array(document.text.unicodeScalars)
                let quoteScalars = Array(quote.unicodeScalars)
                guard let start = (0...(scalars.count - quoteScalars.count)).first(where: { scalars[$0..<$0 + quoteScalars.count].elementsEqual(quoteScalars) }) else {
                    Issue.record("quote not in \(file): \(quote)")
                    continue
                }
                let end = start + quoteScalars.count
                let covering = document.segments.filter { $0.start < end && start < $0.end }
                #expect(covering.count == 1, "\(file): quote split over \(covering.count) segments: \(quote)")
            }
        }
    }

    @Test func segmentOffsetsSliceTheText() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "😀 Emoji first. Ünïcödé sentence two.\n\nТретье предложение. 第四句。")
        let result = try runPipeline(#"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#, in: directory)
        let document = try #require(result.corpus.documents.first)
        let scalars = Array(document.text.unicodeScalars)
        for segment in document.segments {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[segment.start..<segment.end])
            #expect(String(slice) == segment.text)
        }
        #expect(document.segments.count >= 4)
    }
}
