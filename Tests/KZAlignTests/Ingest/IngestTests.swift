import Foundation
import Testing
@testable import KZAlign

@Suite("Ingest: encodings, JSONL, boilerplate, bad files")
struct IngestTests {
    static let russian = "Генеральный прокурор Казахстана Берик Асылов заявил, что январские события были попыткой государственного переворота. "
        + "Бывший председатель КНБ Карим Масимов осуждён на 18 лет."

    static let pipeline = #"{"stages": [{"type": "ingest"}, {"type": "segment"}]}"#

    @Test func mixedEncodingsCorpus() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/cp1251.txt", Data(try CharsetConverter.encode(Self.russian, charset: "windows-1251")))
        try directory.write("corpus/koi8.txt", Data(try CharsetConverter.encode(Self.russian, charset: "KOI8-R")))
        try directory.write("corpus/utf16.txt", Data([0xFF, 0xFE] + (try CharsetConverter.encode(Self.russian, charset: "UTF-16LE"))))
        try directory.write("corpus/bad-utf8.txt", Data(Array("Präsident Tokajew sagte ".utf8) + [0xC3, 0x28] + Array(" am Montag.".utf8)))
        try directory.write("corpus/empty.txt", Data())
        try directory.write("corpus/binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0, count: 64)))

        let result = try runPipeline(Self.pipeline, in: directory)
        let byPath = Dictionary(uniqueKeysWithValues: result.manifest.inputs.map { ($0.path, $0) })
        let texts = Dictionary(uniqueKeysWithValues: result.corpus.documents.map { ($0.id, $0.text) })

        for id in ["cp1251", "koi8", "utf16"] {
            #expect(texts[id] == Self.russian, "\(id) decoded wrongly: \(texts[id] ?? "missing")")
            #expect(byPath["corpus/\(id).txt"]?.status == .ok)
        }
        #expect(byPath["corpus/cp1251.txt"]?.encoding == "windows-1251")
        #expect(byPath["corpus/koi8.txt"]?.encoding == "KOI8-R")

        let bad = try #require(result.corpus.documents.first { $0.id == "bad-utf8" })
        #expect(bad.text.contains("Präsident Tokajew"))
        #expect(bad.ingest.replacedSequences == 1)
        #expect(byPath["corpus/bad-utf8.txt"]?.messages.first?.contains("replaced") == true)

        #expect(byPath["corpus/empty.txt"]?.status == .skipped)
        #expect(byPath["corpus/empty.txt"]?.messages == ["empty file"])
        #expect(byPath["corpus/binary.txt"]?.status == .skipped)
        #expect(byPath["corpus/binary.txt"]?.messages.first?.hasPrefix("binary file") == true)
        #expect(result.corpus.documents.count == 4)
    }

    @Test func textIsNFCWithUnifiedLineEnds() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "E\u{301}ve\u{301}nements de janvier\r\n\r\nLe pre\u{301}sident a parle\u{301}.\r\n")
        let result = try runPipeline(Self.pipeline, in: directory)
        let text = try #require(result.corpus.documents.first?.text)
        #expect(text == "Événements de janvier\n\nLe président a parlé.\n")
    }

    @Test func jsonlDocumentsAndBadLines() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/feed.jsonl", """
        {"id": "ru-1", "text": "Токаев обратился к ОДКБ.", "language": "ru", "url": "https://example.kz/1", "date": "2022-01-05", "title": "ОДКБ"}
        not json at all
        {"id": "ru-2"}

        {"id": "ru-1", "text": "duplicate id"}
        {"id": 7, "text": "id is a number"}
        {"id": "kk-1", "text": "Тоқаев ҰҚК туралы айтты."}
        """)
        let result = try runPipeline(Self.pipeline, in: directory)
        #expect(result.corpus.documents.map(\.id) == ["ru-1", "kk-1"])
        let first = result.corpus.documents[0]
        #expect(first.metadata.url == "https://example.kz/1")
        #expect(first.language == "ru")
        let statuses = result.manifest.inputs.map { "\($0.path) \($0.status.rawValue)" }
        #expect(statuses == [
            "corpus/feed.jsonl:1 ok", "corpus/feed.jsonl:2 error", "corpus/feed.jsonl:3 error",
            "corpus/feed.jsonl:5 error", "corpus/feed.jsonl:6 error", "corpus/feed.jsonl:7 ok",
        ])
        #expect(result.manifest.inputs[2].messages == ["missing string field \"text\" (document ru-2)"])
        #expect(result.manifest.inputs[3].messages.first?.contains("duplicate document id") == true)
    }

    @Test func boilerplateLinesAreRemovedAndCounted() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", """
        Kazakh official: protests were a coup attempt

        452 views Politics 0

        The prosecutor spoke to the Majilis on Thursday.

        READ MORE: Can Kazakhstan's early poll pave the way for reform?

        Loading...

        Source link

        Leave a Comment
        """)
        let result = try runPipeline(Self.pipeline, in: directory)
        let document = try #require(result.corpus.documents.first)
        #expect(!document.text.contains("views"))
        #expect(!document.text.contains("READ MORE"))
        #expect(!document.text.contains("Loading"))
        #expect(document.text.contains("The prosecutor spoke to the Majilis on Thursday."))
        #expect(document.ingest.boilerplateRemoved == ["view-counter": 1, "read-more": 1, "loading": 1, "source-link": 1, "comment-prompt": 1])
    }

    @Test func articleSentencesAreNeverBoilerplate() throws {
        let filter = try BoilerplateFilter(rules: BoilerplateRule.defaults, maxLineLength: 160)
        #expect(filter.matchingRule("Read more about the protests in our archive and the interviews with witnesses from Almaty.") == nil)
        #expect(filter.matchingRule("Source: the prosecutor general's office said 238 people died") == nil)
        #expect(filter.matchingRule("Advertisement campaigns were banned during the state of emergency.") == nil)
        #expect(filter.matchingRule("Читайте также: Токаев отправил правительство в отставку") == "read-more")
    }

    @Test func boilerplateOfUkrainianKazakhKyrgyzUzbekAndArabicSitesIsRecognised() throws {
        let filter = try BoilerplateFilter(rules: BoilerplateRule.defaults, maxLineLength: 160)
        let expected: [(String, String)] = [
            ("Читайте також: Токаєв відправив уряд у відставку", "read-more"),
            ("Сондай-ақ оқыңыз: Тоқаев үкіметті отставкаға жіберді", "read-more"),
            ("Shuningdek o‘qing: Qozog‘istonda favqulodda holat", "read-more"),
            ("اقرأ أيضا: أخبار كازاخستان", "read-more"),
            ("Дереккөз: https://kaz.tengrinews.kz/", "source-link"),
            ("Джерело", "source-link"),
            ("Manba: https://kun.uz/", "source-link"),
            ("المصدر", "source-link"),
            ("1 245 переглядів", "view-counter"),
            ("Пікірлер", "comment-prompt"),
            ("Жазылыңыз Telegram-арнамызға", "subscribe-prompt"),
            ("Жарнама", "advertisement"),
            ("Поділитися", "share-prompt"),
        ]
        for (line, rule) in expected {
            #expect(filter.matchingRule(Substring(line)) == rule, "\(line)")
        }
        // Running text that starts with the same words stays.
        #expect(filter.matchingRule("Джерело в уряді повідомило, що 238 людей загинули під час заворушень.") == nil)
        #expect(filter.matchingRule("Дереккөздің айтуынша, Алматыда 18 полиция қызметкері қаза тапты.") == nil)
        #expect(filter.matchingRule("المصدر قال إن الحكومة استقالت بعد الاحتجاجات على أسعار الوقود.") == nil)
    }

    @Test func aSymlinkedCorpusFolderIsFollowed() throws {
        let directory = try TemporaryDirectory()
        try directory.write("data/2022/a.txt", "Tokayev asked the CSTO for help.")
        try FileManager.default.createSymbolicLink(at: directory.url.appendingPathComponent("corpus"),
                                                   withDestinationURL: directory.url.appendingPathComponent("data"))
        let result = try runPipeline(Self.pipeline, in: directory)
        #expect(result.corpus.documents.map(\.id) == ["2022/a"])
        #expect(result.corpus.documents.map(\.path) == ["corpus/2022/a.txt"])
    }

    @Test func linksInsideTheCorpusAreFollowedOnceAndHiddenFilesSkipped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("corpus/a.txt", "Tokayev asked the CSTO for help.")
        try directory.write("corpus/.draft.txt", "A hidden draft.")
        try directory.write("corpus/.cache/b.txt", "A file in a hidden folder.")
        try directory.write("archive/b.txt", "Masimov was arrested.")
        try directory.write("archive/2021/c.txt", "Protests began on 2 January.")
        let fileManager = FileManager.default
        let corpus = directory.url.appendingPathComponent("corpus")
        try fileManager.createSymbolicLink(at: corpus.appendingPathComponent("b.txt"),
                                           withDestinationURL: directory.url.appendingPathComponent("archive/b.txt"))
        try fileManager.createSymbolicLink(at: corpus.appendingPathComponent("old"),
                                           withDestinationURL: directory.url.appendingPathComponent("archive/2021"))
        // A link back to the corpus itself: walked once, so the scan ends.
        try fileManager.createSymbolicLink(at: corpus.appendingPathComponent("loop"), withDestinationURL: corpus)
        try fileManager.createSymbolicLink(at: corpus.appendingPathComponent("dangling.txt"),
                                           withDestinationURL: directory.url.appendingPathComponent("missing.txt"))
        let files = CorpusScanner.scan(root: corpus, include: ["**/*.txt"], exclude: [], displayBase: directory.url)
        #expect(files.map(\.relativePath) == ["a.txt", "b.txt", "old/c.txt"])
        #expect(files.map(\.displayPath) == ["corpus/a.txt", "corpus/b.txt", "corpus/old/c.txt"])
    }

    @Test func documentIDsFollowRelativePaths() {
        #expect(IngestStage.documentID(forRelativePath: "001_53500de52b8dc419.txt") == "001_53500de52b8dc419")
        #expect(IngestStage.documentID(forRelativePath: "2022/01/report.de.txt") == "2022/01/report.de")
        #expect(IngestStage.documentID(forRelativePath: "notes/README") == "notes/README")
    }
}
