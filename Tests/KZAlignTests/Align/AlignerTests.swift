import Foundation
import Testing
@testable import KZAlign

/// Small dictionaries keep these tests fast; the lexicon is cached under .cache/kzalign.
private func smallLexicon() throws -> TranslationLexicon {
    try #require(FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-fra-eng.index"),
                 "FreeDict fra-eng is not installed: run scripts/setup.sh")
    return try TranslationLexicon.load(languages: ["en", "fr", "de"], only: ["fra-eng", "eng-fra"],
                                       cacheFolder: URL(fileURLWithPath: ".cache/kzalign"))
}

private func doc(_ id: String, _ language: String, _ sentences: [String],
                 entities: [Int: [String]] = [:], concepts: [Int: [String]] = [:]) -> [AlignInput] {
    sentences.enumerated().map { i, text in
        AlignInput(document: id, segment: "\(id):\(i)", language: language, text: text,
                   entities: entities[i] ?? [], concepts: concepts[i] ?? [])
    }
}

@Suite("Align: comparable linking")
struct ComparableAlignerTests {
    @Test("2,000 guns and 2 000 armes link; unrelated sentences do not")
    func guns() throws {
        let en = doc("en1", "en", ["The whereabouts of about 2,000 guns is still unknown.",
                                   "The president spoke to parliament on Tuesday.",
                                   "Fuel prices doubled in the western region."])
        let fr = doc("fr1", "fr", ["Le ministre a visité une école à Paris.",
                                   "L'emplacement d'environ 2 000 armes est encore inconnue.",
                                   "La météo sera ensoleillée demain."])
        let links = ComparableAligner(lexicon: try smallLexicon()).align(en + fr)
        #expect(links.contains { $0.source.segments == ["en1:0"] && $0.target.segments == ["fr1:1"] })
        #expect(links.first { $0.source.segments == ["en1:0"] }?.evidence.numbers == ["2000"])
        #expect(!links.contains { $0.source.segments == ["en1:1"] || $0.source.segments == ["en1:2"] })
    }

    @Test("links that share a segment pair are written as one, the union; disjoint ones stay apart")
    func overlappingLinksMerge() {
        func group(_ sources: [Int32], _ targets: [Int32], margin: Double) -> ComparableAligner.LinkGroup {
            let score = PairScorer.Score(total: 0.5, lexical: 0.5, anchor: 0, cognate: 0)
            return .init(sources: sources, targets: targets, best: .init(a: sources[0], b: targets[0], margin: margin, score: score),
                         symmetric: 0.5)
        }
        // 9 ↔ 4, 8+9 ↔ 4 (grown), 20 ↔ 30, 21 ↔ 31, 20+21 ↔ 30+31 (joins both), 5 ↔ 40 (apart)
        let written = ComparableAligner.mergingOverlaps([group([9], [4], margin: 4), group([8, 9], [4], margin: 2),
                                                         group([20], [30], margin: 3), group([21], [31], margin: 2.5),
                                                         group([30, 31], [20, 21], margin: 1.2), group([5], [40], margin: 2)])
        #expect(written.map { [$0.first, $0.second] } == [[[4], [8, 9]], [[20, 21], [30, 31]], [[5], [40]]])
        // the first link keeps its pair and score
        #expect(written.map(\.group.best.margin) == [4, 3, 2])
    }

    @Test("Tokayev/CSTO and Tokajew/OVKS link through entity and concept ids")
    func tokayev() throws {
        let en = doc("en1", "en", ["Tokayev sought assistance from the CSTO.", "Markets were calm on Monday."],
                     entities: [0: ["kassym-jomart-tokayev"]], concepts: [0: ["csto"]])
        let de = doc("de1", "de", ["Die Börse blieb ruhig.", "Tokajew bat die OVKS um Hilfe."],
                     entities: [1: ["kassym-jomart-tokayev"]], concepts: [1: ["csto"]])
        let links = ComparableAligner(lexicon: try smallLexicon()).align(en + de)
        let link = try #require(links.first { $0.source.segments == ["en1:0"] })
        #expect(link.target.segments == ["de1:1"])
        #expect(link.evidence.entities == ["kassym-jomart-tokayev"])
        #expect(link.evidence.concepts == ["csto"])
    }

    @Test("a tempting neighbour with the same actors and a different death toll is not linked")
    func temptingNeighbour() throws {
        let en = doc("en1", "en", ["In Almaty 238 people died during the unrest, officials said."],
                     entities: [0: ["almaty"]])
        let right = doc("fr1", "fr", ["À Almaty, 238 personnes sont mortes pendant les troubles, selon les officiels."],
                        entities: [0: ["almaty"]])
        let wrong = doc("fr2", "fr", ["À Almaty, 12 personnes sont mortes pendant les troubles, selon les officiels."],
                        entities: [0: ["almaty"]])
        let links = ComparableAligner(lexicon: try smallLexicon()).align(en + right + wrong)
        #expect(links.contains { $0.target.document == "fr1" })
        #expect(!links.contains { $0.target.document == "fr2" || $0.source.document == "fr2" })
    }

    @Test("a short sentence inside a longer one that says more is linked (containment)")
    func containment() throws {
        let en = doc("en1", "en", ["Tokayev sought assistance from the CSTO.", "Markets were calm on Monday."],
                     entities: [0: ["kassym-jomart-tokayev"]], concepts: [0: ["csto"]])
        let fr = doc("fr1", "fr", ["Le marché était calme.",
                                   "Le 5 janvier, Tokayev a limogé le gouvernement, présidé le conseil de sécurité et demandé l'assistance de l'OTSC contre la menace terroriste."],
                     entities: [1: ["kassym-jomart-tokayev"]], concepts: [1: ["csto"]])
        let links = ComparableAligner(lexicon: try smallLexicon()).align(en + fr)
        #expect(links.contains { $0.source.segments == ["en1:0"] && $0.target.segments == ["fr1:1"] })
    }

    @Test("a sentence holding two statements links to both, far apart in the other document (residual)")
    func residual() throws {
        let en = doc("en1", "en", ["The whereabouts of about 2,000 guns is still unknown, he said, adding that Massimov is on trial as one of the main organisers of the protests.",
                                   "The weather was mild on Monday."],
                     entities: [0: ["karim-massimov"]])
        let fr = doc("fr1", "fr", ["L'emplacement d'environ 2 000 armes est encore inconnue.",
                                   "Le ministre a visité une école à Paris.",
                                   "La météo sera ensoleillée demain.",
                                   "Les prix du carburant ont doublé.",
                                   "Masimov est jugé comme l'un des principaux organisateurs des manifestations."],
                     entities: [4: ["karim-massimov"]])
        let lexicon = try smallLexicon()
        let links = ComparableAligner(lexicon: lexicon).align(en + fr)
        #expect(links.contains { $0.source.segments == ["en1:0"] && $0.target.segments == ["fr1:0"] })
        #expect(links.contains { $0.source.segments == ["en1:0"] && $0.target.segments == ["fr1:4"] })
        #expect(links.count == 2)
        var configuration = ComparableAligner.Configuration()
        configuration.residualLinks = false
        let without = ComparableAligner(configuration: configuration, lexicon: lexicon).align(en + fr)
        #expect(!without.contains { $0.target.segments == ["fr1:4"] })
    }

    @Test("one sentence saying what two neighbouring sentences say is linked to both")
    func oneToTwo() throws {
        let en = doc("en1", "en", ["The weather was mild.",
                                   "As a result, the cities of Almaty and Taldykorgan remained in the grip of armed bandits for two days, and 3,000 guns fell into their hands."],
                     entities: [1: ["almaty", "taldykorgan"]])
        let fr = doc("fr1", "fr", ["Le ministre a visité une école.",
                                   "Les villes d'Almaty et de Taldykorgan sont restées sous le contrôle de bandits armés pendant deux jours.",
                                   "Ils ont pris un arsenal de 3 000 armes.",
                                   "La météo sera ensoleillée demain."],
                     entities: [1: ["almaty", "taldykorgan"]])
        let links = ComparableAligner(lexicon: try smallLexicon()).align(en + fr)
        let link = try #require(links.first { $0.source.segments == ["en1:1"] })
        #expect(link.target.segments == ["fr1:1", "fr1:2"])
    }

    @Test("same-language pairs are off by default")
    func sameLanguage() throws {
        let a = doc("a", "en", ["The whereabouts of about 2,000 guns is still unknown."])
        let b = doc("b", "en", ["The whereabouts of about 2,000 guns is still unknown."])
        #expect(ComparableAligner(lexicon: try smallLexicon()).align(a + b).isEmpty)
        var configuration = ComparableAligner.Configuration()
        configuration.sameLanguage = true
        #expect(ComparableAligner(configuration: configuration, lexicon: try smallLexicon()).align(a + b).count == 1)
    }

    @Test("segments keyed on several workers get the same key ids as on one, in input order")
    func parallelKeying() throws {
        let inputs = doc("en1", "en", ["The whereabouts of about 2,000 guns is still unknown.", "Tokayev asked the CSTO for help."],
                         entities: [1: ["kassym-jomart-tokayev"]], concepts: [1: ["csto"]])
            + doc("fr1", "fr", ["L'emplacement d'environ 2 000 armes est encore inconnue.", "Tokaïev a demandé l'aide de l'OTSC."],
                  entities: [1: ["kassym-jomart-tokayev"]], concepts: [1: ["csto"]])
            + doc("de1", "de", ["Am 5. Januar entließ Tokajew die Regierung.", "Die Proteste begannen am 2. Januar in Schanaosen."])
        let lexicon = try smallLexicon()
        let oneByOne = FeatureExtractor(lexicon: lexicon)
        let sequential = inputs.map { oneByOne.features($0) }
        for jobs in [1, 3] {
            let parallel = FeatureExtractor(lexicon: lexicon).features(inputs, jobs: jobs)
            #expect(parallel.map(\.tokenKeys) == sequential.map(\.tokenKeys), "jobs \(jobs)")
            #expect(parallel.map(\.keyUnion) == sequential.map(\.keyUnion), "jobs \(jobs)")
            #expect(parallel.map(\.anchors) == sequential.map(\.anchors), "jobs \(jobs)")
        }
        // The first segment's first content word has the first id.
        #expect(sequential[0].tokenKeys.own(0) == 0)
    }
}

@Suite("Align: parallel beads")
struct ParallelAlignerTests {
    @Test("1-1 beads and a 2-1 merge")
    func merge() throws {
        let source = ["The protests began on January 2 in the west of the country.",
                      "They spread quickly to Almaty.",
                      "According to officials, 238 people died.",
                      "The government resigned."]
        let target = ["Les manifestations ont commencé le 2 janvier dans l'ouest du pays et se sont rapidement étendues à Almaty.",
                      "Selon les officiels, 238 personnes sont mortes.",
                      "Le gouvernement a démissionné."]
        let beads = ParallelAligner(lexicon: try smallLexicon()).align(source: source, target: target, sourceLanguage: "en", targetLanguage: "fr")
        #expect(beads.map(\.description) == ["[0,1]:[0]", "[2]:[1]", "[3]:[2]"])
    }

    @Test("an empty side gives only 1-0 beads; both empty gives none")
    func emptySides() throws {
        let aligner = ParallelAligner(lexicon: .empty)
        #expect(aligner.align(source: ["a", "b"], target: [], sourceLanguage: "en", targetLanguage: "fr").map(\.description) == ["[0]:[]", "[1]:[]"])
        #expect(aligner.align(source: [], target: ["x"], sourceLanguage: "en", targetLanguage: "fr").map(\.description) == ["[]:[0]"])
        #expect(aligner.align(source: [], target: [], sourceLanguage: "en", targetLanguage: "fr").isEmpty)
    }

    @Test("the gettext de–fr fixture aligns with strict F1 ≥ 0.9 (dev part)")
    func fixture() throws {
        let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/align/gettext-de-fr-dev")
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let lexicon = try TranslationLexicon.load(languages: ["de", "fr"], only: ["deu-fra", "fra-deu", "fra-eng", "eng-fra"],
                                                  cacheFolder: URL(fileURLWithPath: ".cache/kzalign"))
        let beads = ParallelAligner(lexicon: lexicon).align(source: try lines("de.txt"), target: try lines("fr.txt"),
                                                            sourceLanguage: "de", targetLanguage: "fr")
        let gold = Set(try lines("gold.txt"))
        let test = Set(beads.map(\.description))
        let exact = Double(gold.intersection(test).count)
        let f1 = 2 * exact / Double(gold.count + test.count)
        #expect(f1 >= 0.9, "strict F1 \(f1)")
    }
}

@Suite("Align: stage and bad input")
struct AlignStageTests {
    func stage(_ configure: (inout AlignStage.Options) -> Void = { _ in }) throws -> AlignStage {
        var options = AlignStage.Options()
        options.dictionaries = ["fra-eng", "eng-fra"]
        configure(&options)
        return try AlignStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), jsonPath: "stages[0]"))
    }

    func document(_ id: String, _ language: String, _ sentences: [String]) -> Document {
        var d = Document(id: id, path: id + ".txt", sha256: "", text: sentences.joined(separator: " "))
        d.language = language
        var offset = 0
        d.segments = sentences.enumerated().map { i, s in
            defer { offset += s.unicodeScalars.count + 1 }
            var seg = Segment(id: "\(id):\(i)", start: offset, end: offset + s.unicodeScalars.count, kind: .sentence, text: s)
            seg.language = language
            return seg
        }
        return d
    }

    @Test("run.json names the dictionaries read and each language none of them translates")
    func dictionaryCoverageNotes() throws {
        var corpus = Corpus(documents: [
            document("a", "en", ["Tokayev asked the CSTO for help."]),
            document("b", "uk", ["Токаєв звернувся по допомогу до ОДКБ."]),
            document("c", "fr", ["Tokaïev a demandé l'aide de l'OTSC."]),
        ])
        try stage().reduce(&corpus)
        #expect(corpus.notes.contains("align: dictionaries read: freedict-eng-fra, freedict-fra-eng"))
        #expect(corpus.notes.contains { $0.hasPrefix("align: no installed dictionary translates Ukrainian (uk) words") })
        #expect(!corpus.notes.contains { $0.contains("French") || $0.contains("English") }, "French has its dictionaries; English needs none")
    }

    @Test("a language read through another's dictionaries, and a machine without dictionaries, are said so")
    func borrowedAndMissingDictionaries() {
        let russian = TranslationLexicon(dictionaries: ["ru": ["полиция": ["police"]]], sources: ["mueller7"])
        let notes = russian.coverageNotes(languages: ["kk", "ru", "uz", "uz-Cyrl", "en"], folders: ["/usr/share/dictd"])
        #expect(notes.first == "align: dictionaries read: mueller7")
        #expect(notes.contains { $0.hasPrefix("align: no dictionary translates Kazakh (kk) words; they are looked up in the Russian (ru) dictionaries") })
        #expect(notes.contains { $0.hasPrefix("align: no installed dictionary translates Uzbek (uz) words") })
        #expect(notes.count == 3, "Uzbek in two scripts is one language")
        let none = TranslationLexicon.empty.coverageNotes(languages: ["de", "en"], folders: ["/nowhere"])
        #expect(none.count == 1 && none[0].hasPrefix("align: no bilingual dictionary found in /nowhere (scripts/setup.sh installs"))
        #expect(TranslationLexicon.empty.coverageNotes(languages: ["en", "und"], folders: ["/nowhere"]).isEmpty, "an English corpus needs none")
    }

    @Test("documents without segments and a single-language corpus give notes, not crashes")
    func oddCorpus() throws {
        var corpus = Corpus(documents: [document("a", "en", []), document("b", "en", ["Prices rose by 3,000 tenge."])])
        try stage().reduce(&corpus)
        #expect(corpus.alignments.isEmpty)
        #expect(corpus.notes.contains { $0.contains("document a has no segments") })
        #expect(corpus.notes.contains { $0.contains("1 language") })
    }

    @Test("a declared parallel pair with an empty side gives a note; suffix pairs align in order")
    func parallelPairs() throws {
        var corpus = Corpus(documents: [
            document("report.en", "en", ["The protests began on January 2.", "According to officials, 238 people died."]),
            document("report.fr", "fr", ["Les manifestations ont commencé le 2 janvier.", "Selon les officiels, 238 personnes sont mortes."]),
            document("memo.en", "en", ["Fuel prices doubled."]),
            document("memo.fr", "fr", []),
        ])
        try stage().reduce(&corpus)
        #expect(corpus.notes.contains { $0.contains("memo.en / memo.fr has an empty side") })
        let pairs = corpus.alignments.map { "\($0.source.segments)->\($0.target.segments)" }
        #expect(pairs.contains("[\"report.en:0\"]->[\"report.fr:0\"]"))
        #expect(pairs.contains("[\"report.en:1\"]->[\"report.fr:1\"]"))
    }

    @Test("a 50,000-segment document is aligned with a note, in comparable and parallel mode")
    func hugeDocument() throws {
        let many = (0..<50_000).map { "Line \($0) of the log says nothing new." }
        var corpus = Corpus(documents: [document("log.en", "en", many),
                                        document("log.fr", "fr", ["La ligne 7 du journal ne dit rien de nouveau."])])
        try stage { $0.largeDocumentSegments = 20_000 }.reduce(&corpus)
        #expect(corpus.notes.contains { $0.contains("log.en has 50000 segments") })
        // log.en / log.fr are a suffix pair: parallel beads cover the one French line
        #expect(corpus.alignments.count <= 2)
    }

    @Test("a broken dictionary stops the stage with its file named, and leaves the corpus as it was")
    func malformedDictionary() throws {
        let folder = try TestScratch.folder("broken-dictionary")
        try Data("word\tA\tN\nbroken line\n".utf8).write(to: folder.appendingPathComponent("freedict-fra-eng.index"))
        let documents = [document("a", "en", ["Prices rose by 3,000 tenge."]), document("b", "fr", ["Les prix ont augmenté de 3 000 tenges."])]
        var corpus = Corpus(documents: documents)
        let broken = try stage {
            $0.dictionaryFolders = [folder.path]
            $0.dictionaries = ["fra-eng"]
            $0.cacheFolder = ""
        }
        // (its data file is missing, and its index has a broken line)
        let error = #expect(throws: AlignError.self) { try broken.reduce(&corpus) }
        #expect(error.map { "\($0)".contains(folder.path + "/freedict-fra-eng") } == true)
        #expect(corpus.documents == documents)
        #expect(corpus.alignments.isEmpty)
    }

    @Test("a dictionary that is not installed stops the stage before any work")
    func missingDictionary() {
        #expect(throws: PipelineError.self) {
            _ = try stage { $0.dictionaries = ["xxx-eng"] }
        }
    }

    @Test("invalid options name their key")
    func options() {
        var options = AlignStage.Options()
        options.mode = "fuzzy"
        #expect(throws: OptionError.self) { try options.validate() }
    }

    @Test("a link made through a third language names that segment in alignments.jsonl, index.sqlite and the report")
    func transitiveLinkNamesItsPivot() throws {
        var corpus = Corpus(documents: [document("a", "en", ["Masimov was arrested."]), document("b", "kk", ["Мәсімов қамауға алынды."]),
                                        document("c", "es", ["Masímov fue detenido."])])
        corpus.alignments = [Alignment(source: .init(document: "a", segments: ["a:0"], language: "en"),
                                       target: .init(document: "b", segments: ["b:0"], language: "kk"), score: 2.5, evidence: .init()),
                             Alignment(source: .init(document: "b", segments: ["b:0"], language: "kk"),
                                       target: .init(document: "c", segments: ["c:0"], language: "es"), score: 1.2,
                                       evidence: .init(via: "a:0"))]
        let dir = TestScratch.file("kz-via")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = RunResult(corpus: corpus, manifest: RunManifest(toolVersion: "t", icuVersion: "72", pipelineHash: "h"))
        for format: any OutputFormat.Type in [AlignmentsJSONLFormat.self, SQLiteIndexFormat.self, HTMLReportFormat.self] {
            try format.init().write(result, to: dir)
        }
        let lines = try String(contentsOf: dir.appendingPathComponent("alignments.jsonl"), encoding: .utf8).split(separator: "\n")
        let evidence = try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["evidence"] as? [String: Any])
        }
        #expect(evidence[0]["via"] == nil)
        #expect(evidence[1]["via"] as? String == "a:0")
        let database = try SQLiteDatabase(path: dir.appendingPathComponent("index.sqlite").path)
        #expect(try database.rows("SELECT id, evidence_via FROM links ORDER BY id") == [["1", nil], ["2", "a:0"]])
        let report = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.components(separatedBy: "through English a:0").count == 2)
    }

    @Test("TMX output escapes text and writes one unit per link")
    func tmx() throws {
        var corpus = Corpus(documents: [document("a", "en", ["Guns & <roses>"]), document("b", "fr", ["Armes \"et\" roses"])])
        corpus.alignments = [Alignment(source: .init(document: "a", segments: ["a:0"], language: "en"),
                                       target: .init(document: "b", segments: ["b:0"], language: "fr"), score: 1.5, evidence: .init())]
        let dir = TestScratch.file("kz-tmx")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try TMXFormat().write(RunResult(corpus: corpus, manifest: RunManifest(toolVersion: "t", icuVersion: "72", pipelineHash: "h")), to: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("alignments.tmx"), encoding: .utf8)
        #expect(text.contains("<tuv xml:lang=\"en\"><seg>Guns &amp; &lt;roses&gt;</seg></tuv>"))
        #expect(text.contains("<tuv xml:lang=\"fr\"><seg>Armes &quot;et&quot; roses</seg></tuv>"))
        #expect(text.components(separatedBy: "<tu>").count == 2)
        #expect(text.contains("<tmx version=\"1.4\">"))
    }
}
