import Foundation
import Testing
@testable import KZAlign
import KZAlignTestSupport

@Suite("index.sqlite")
struct SQLiteIndexFormatTests {
    /// The SQL of a query block in docs/outputs.md (`<!-- query: name -->` then a ```sh block running sqlite3 "…").
    static func documentedQuery(_ name: String) throws -> String {
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/outputs.md"), encoding: .utf8)
        let marker = try #require(docs.range(of: "<!-- query: \(name) -->"), "docs/outputs.md lacks query \(name)")
        let rest = docs[marker.upperBound...]
        let line = try #require(rest.split(separator: "\n").first { $0.contains("sqlite3 ") }, "no sqlite3 command after \(name)")
        let open = try #require(line.firstIndex(of: "\"")), close = try #require(line.lastIndex(of: "\""))
        return String(line[line.index(after: open)..<close])
    }

    func writeFixture(_ corpus: Corpus = OutputFixture.corpus()) throws -> (URL, SQLiteDatabase) {
        let directory = try makeTemporaryDirectory()
        try SQLiteIndexFormat().write(RunResult(corpus: corpus, manifest: OutputFixture.result().manifest), to: directory)
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("index.sqlite").path)
        try database.execute("PRAGMA foreign_keys = ON")
        return (directory, database)
    }

    @Test func foreignKeysHoldAndEveryRowIsThere() throws {
        let (directory, database) = try writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try database.rows("PRAGMA integrity_check") == [["ok"]])
        let counts = try database.rows("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM segments), (SELECT count(*) FROM entities),
                   (SELECT count(*) FROM variants), (SELECT count(*) FROM mentions), (SELECT count(*) FROM concepts),
                   (SELECT count(*) FROM terms), (SELECT count(*) FROM links), (SELECT count(*) FROM link_segments)
            """)
        #expect(counts == [["3", "9", "3", "7", "7", "1", "3", "3", "7"]])
        // Offsets are scalar offsets: SQLite's substr counts characters, so it cuts the same text.
        let mismatches = try database.rows("""
            SELECT m.surface FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE substr(d.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface
            """)
        #expect(mismatches.isEmpty)
        #expect(try database.rows("SELECT value FROM meta WHERE key = 'schema_version'") == [["2"]])
    }

    @Test func readmeQueryFindsEveryStatementMentioningMasimovInEveryLanguage() throws {
        let (directory, database) = try writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = try database.rows(Self.documentedQuery("statements-mentioning"))
        #expect(rows.map { [$0[0]!, $0[1]!] } == [["en", "en/masimov-detained:0"], ["kk", "kk/injected:0"], ["ru", "ru/masimov-zaderzhan:0"]])
    }

    @Test func readmeQueryFindsLinksBetweenRussianAndEnglishInBothDirections() throws {
        let (directory, database) = try writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = try database.rows(Self.documentedQuery("links-between"))
        #expect(rows.map { [$0[0]!, $0[1]!, $0[2]!, $0[3]!] } == [["1", "0.91", "en", "ru"], ["2", "0.84", "ru", "en"]])
        #expect(rows[0][5]?.hasPrefix("Карим Масимов") == true)
    }

    @Test func readmeQueryListsAllSpellingsWithCounts() throws {
        let (directory, database) = try writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = try database.rows(Self.documentedQuery("spellings"))
        #expect(rows == [["Karim Massimov", "Latn", "en", "1", "1"], ["Карим Масимов", "Cyrl", "ru", "1", "1"], ["Мәсімов", "Cyrl", "kk", "1", "1"]])
    }

    @Test func readmeQueriesUseTheirIndexes() throws {
        let (directory, database) = try writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = ["statements-mentioning": "mentions_entity", "links-between": "links_languages", "spellings": "variants_entity"]
        for (name, index) in expected {
            let plan = try database.rows("EXPLAIN QUERY PLAN " + Self.documentedQuery(name)).map { $0.last!! }.joined(separator: "\n")
            #expect(plan.contains(index), "\(name): \(plan)")
            #expect(!plan.contains("SCAN mentions") && !plan.contains("SCAN links") && !plan.contains("SCAN s "), "\(name): \(plan)")
        }
    }

    @Test func oneToManyLinkKeepsItsSegmentsInOrder() throws {
        let (directory, database) = try writeFixture()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rows = try database.rows("SELECT side, position, segment_id FROM link_segments WHERE link_id = 3 ORDER BY side, position")
        #expect(rows == [["source", "0", "en/masimov-detained:0"], ["target", "0", "kk/injected:0"], ["target", "1", "kk/injected:1"]])
    }

    @Test func danglingReferencesBecomeNullAndKeysStillHold() throws {
        var corpus = OutputFixture.corpus()
        corpus.documents[0].mentions.append(Mention(start: 0, end: 5, surface: "Karim", entity: "no-such-entity", segment: "en/masimov-detained:0"))
        corpus.documents[0].mentions.append(Mention(start: 0, end: 5, surface: "Karim", entity: "", segment: "other-doc:7"))
        corpus.documents[0].terms.append(TermMention(start: 0, end: 5, surface: "Karim", concept: "no-such-concept", segment: "en/masimov-detained:0"))
        corpus.alignments.append(Alignment(source: .init(document: "missing", segments: ["missing:0"], language: "en"),
                                           target: .init(document: "ru/masimov-zaderzhan", segments: ["ru/masimov-zaderzhan:0"], language: "ru"),
                                           score: 0.5, evidence: .init()))
        corpus.documents.append(corpus.documents[0]) // a duplicate id: the first wins
        let (directory, database) = try writeFixture(corpus)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try database.rows("SELECT count(*) FROM mentions WHERE entity_id IS NULL") == [["2"]])
        #expect(try database.rows("SELECT count(*) FROM mentions WHERE segment_id IS NULL") == [["1"]])
        #expect(try database.rows("SELECT count(*) FROM terms WHERE concept_id IS NULL") == [["1"]])
        #expect(try database.rows("SELECT value FROM meta WHERE key = 'links_skipped'") == [["1"]])
        #expect(try database.rows("SELECT count(*) FROM documents") == [["3"]])
    }

    @Test func sameCorpusGivesSameBytes() throws {
        let first = try makeTemporaryDirectory(), second = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try SQLiteIndexFormat().write(OutputFixture.result(), to: first)
        try SQLiteIndexFormat().write(OutputFixture.result(), to: second)
        let a = try Data(contentsOf: first.appendingPathComponent("index.sqlite"))
        let b = try Data(contentsOf: second.appendingPathComponent("index.sqlite"))
        #expect(a == b)
    }

    @Test func unwritableFolderIsAnErrorNamingTheFile() {
        let missing = URL(fileURLWithPath: "/nonexistent-kzalign-folder")
        #expect {
            try SQLiteIndexFormat().write(OutputFixture.result(), to: missing)
        } throws: { error in
            "\(error)".contains("/nonexistent-kzalign-folder/index.sqlite")
        }
    }
}
