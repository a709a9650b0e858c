import Foundation

/// Writes `index.sqlite`: documents, segments, entities and their variants,
/// mentions, concepts, terms and links in one SQLite database with foreign
/// keys and the indexes the usual questions need (schema: `SQLiteIndexSchema`,
/// docs/outputs.md).
///
/// Contract: one transaction, prepared statements; the same corpus gives the
/// same rows in the same order (and, with the same SQLite, the same bytes).
/// Dangling references (a mention of an entity id the corpus does not list)
/// become NULL; a link whose document is missing is left out and counted in
/// `meta.links_skipped`. Readers must run `PRAGMA foreign_keys = ON` themselves:
/// SQLite does not store that setting in the file.
public struct SQLiteIndexFormat: OutputFormat {
    public static let formatName = "sqlite"
    public static let fileNames = ["index.sqlite"]

    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        let url = directory.appendingPathComponent(Self.fileNames[0])
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
        let database = try SQLiteDatabase(path: url.path)
        do {
            // 16 KiB pages for large corpora (documents of a few KB fit a page; faster than 4 KiB),
            // 4 KiB for small ones (every table and index takes at least one page). A 16 MiB page
            // cache, and the index builds' sorts in temporary files (SQLite's temporary folder,
            // `TMPDIR`): with 64 MiB and temporary data in memory the writer held 51 MB more at
            // 10,000 documents (12 MB now), no faster, beside every document of the corpus.
            // Foreign keys are not checked while loading (four index look-ups per mention, a
            // quarter of the writer's time): every reference the corpus leaves dangling is bound
            // as NULL, and the tests run `PRAGMA foreign_key_check` on the result.
            let textBytes = result.corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
            let pageSize = textBytes > 4_000_000 ? 16_384 : 4_096
            try database.execute("""
                PRAGMA page_size = \(pageSize); PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
                PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = FILE; PRAGMA cache_size = -16384;
                PRAGMA foreign_keys = OFF;
                """)
            try database.execute("BEGIN")
            try database.execute(SQLiteIndexSchema.tables)
            var writer = try RowWriter(database: database, result: result)
            try writer.writeAll(manifest: result.manifest)
            try database.execute(SQLiteIndexSchema.indexes)
            try database.execute("COMMIT")
            database.close()
        } catch {
            database.close()
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }
}

/// Inserts the rows of one corpus, parents before children.
private struct RowWriter {
    let database: SQLiteDatabase
    let result: RunResult
    let lookup: CorpusLookup
    var corpus: Corpus { lookup.corpus }
    /// (entity id, form) → variants.id, for mentions.variant_id.
    private var variantRow: [MentionCounts.SpellingKey: Int] = [:]

    init(database: SQLiteDatabase, result: RunResult) throws {
        self.database = database
        self.result = result
        self.lookup = CorpusLookup(result.corpus)
    }

    mutating func writeAll(manifest: RunManifest) throws {
        let skippedLinks = corpus.alignments.filter { !hasDocuments($0) }.count
        try writeMeta(manifest, skippedLinks: skippedLinks)
        try writeDocuments()
        try writeEntities()
        try writeConcepts()
        try writeMentionsAndTerms()
        try writeLinks()
    }

    private func writeMeta(_ manifest: RunManifest, skippedLinks: Int) throws {
        let insert = try database.prepare("INSERT INTO meta(key, value) VALUES (?, ?)")
        let rows: [(String, String)] = [
            ("schema_version", String(SQLiteIndexSchema.version)),
            ("tool_version", manifest.toolVersion),
            ("icu_version", manifest.icuVersion),
            ("pipeline_hash", manifest.pipelineHash),
            ("links_skipped", String(skippedLinks)),
        ]
        for (key, value) in rows {
            insert.bind(1, key)
            insert.bind(2, value)
            try insert.run()
        }
    }

    private func writeDocuments() throws {
        let documents = try database.prepare("""
            INSERT INTO documents(id, path, sha256, language, language_confidence, title, url, date, encoding, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let segments = try database.prepare("""
            INSERT OR IGNORE INTO segments(id, document_id, position, start_char, end_char, kind, language, language_confidence,
                                 text, latin, canonical)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (d, stored) in corpus.documents.enumerated() where lookup.documentIndex[stored.id] == d {
            let document = result.completed(stored)
            documents.bind(1, document.id)
            documents.bind(2, document.path)
            documents.bind(3, document.sha256)
            documents.bind(4, document.language)
            documents.bind(5, document.languageConfidence)
            documents.bind(6, document.metadata.title)
            documents.bind(7, document.metadata.url)
            documents.bind(8, document.metadata.date)
            documents.bind(9, document.ingest.encoding)
            documents.bind(10, document.text)
            try documents.run()
            for (position, segment) in document.segments.enumerated()
            where lookup.location(ofSegment: segment.id, inDocument: d)?.segment == position {
                segments.bind(1, segment.id)
                segments.bind(2, document.id)
                segments.bind(3, position)
                segments.bind(4, segment.start)
                segments.bind(5, segment.end)
                segments.bind(6, segment.kind.rawValue)
                segments.bind(7, CorpusLookup.language(of: segment, in: document))
                segments.bind(8, segment.languageConfidence)
                segments.bind(9, segment.text)
                segments.bind(10, segment.latin)
                segments.bind(11, segment.canonical)
                try segments.run()
            }
        }
    }

    private mutating func writeEntities() throws {
        let entities = try database.prepare(
            "INSERT INTO entities(id, canonical, type, origin, wikidata) VALUES (?, ?, ?, ?, ?)")
        let variants = try database.prepare("""
            INSERT INTO variants(id, entity_id, form, latin, key, script, languages, documents, count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var nextVariant = 1
        for (e, entity) in corpus.entities.enumerated() where lookup.entityIndex[entity.id] == e {
            entities.bind(1, entity.id)
            entities.bind(2, entity.canonical)
            entities.bind(3, entity.type)
            entities.bind(4, entity.origin)
            entities.bind(5, entity.wikidata)
            try entities.run()
            for variant in entity.variants {
                let id = nextVariant
                nextVariant += 1
                bindVariant(variants, id: id, owner: entity.id, variant)
                try variants.run()
                let key = MentionCounts.SpellingKey(entity: entity.id, form: variant.form)
                if variantRow[key] == nil { variantRow[key] = id }
            }
        }
    }

    private func writeConcepts() throws {
        let concepts = try database.prepare(
            "INSERT INTO concepts(id, canonical, type, origin, wikidata) VALUES (?, ?, ?, ?, ?)")
        let variants = try database.prepare("""
            INSERT INTO concept_variants(id, concept_id, form, latin, key, script, languages, documents, count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var nextVariant = 1
        for (c, concept) in corpus.concepts.enumerated() where lookup.conceptIndex[concept.id] == c {
            concepts.bind(1, concept.id)
            concepts.bind(2, concept.canonical)
            concepts.bind(3, concept.type)
            concepts.bind(4, concept.origin)
            concepts.bind(5, concept.wikidata)
            try concepts.run()
            for variant in concept.variants {
                bindVariant(variants, id: nextVariant, owner: concept.id, variant)
                nextVariant += 1
                try variants.run()
            }
        }
    }

    private func bindVariant(_ statement: SQLiteStatement, id: Int, owner: String, _ variant: Entity.Variant) {
        statement.bind(1, id)
        statement.bind(2, owner)
        statement.bind(3, variant.form)
        statement.bind(4, variant.latin)
        statement.bind(5, variant.key)
        statement.bind(6, CorpusLookup.scriptCode(of: variant.form))
        statement.bind(7, variant.languages.sorted().joined(separator: " "))
        statement.bind(8, Set(variant.documents).count)
        statement.bind(9, variant.count)
    }

    private func writeMentionsAndTerms() throws {
        let mentions = try database.prepare("""
            INSERT INTO mentions(document_id, segment_id, entity_id, variant_id, start_char, end_char, surface, type,
                                 key, latin, suspicious)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let terms = try database.prepare("""
            INSERT INTO terms(document_id, segment_id, concept_id, start_char, end_char, surface)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (d, document) in corpus.documents.enumerated() where lookup.documentIndex[document.id] == d {
            for mention in document.mentions {
                let entity = lookup.entityIndex[mention.entity] != nil ? mention.entity : nil
                mentions.bind(1, document.id)
                mentions.bind(2, segmentReference(mention.segment, document: d))
                mentions.bind(3, entity)
                mentions.bind(4, entity.flatMap { variantRow[MentionCounts.SpellingKey(entity: $0, form: mention.surface)] })
                mentions.bind(5, mention.start)
                mentions.bind(6, mention.end)
                mentions.bind(7, mention.surface)
                mentions.bind(8, mention.type)
                mentions.bind(9, mention.key)
                mentions.bind(10, mention.latin)
                mentions.bind(11, mention.suspicious)
                try mentions.run()
            }
            for term in document.terms {
                terms.bind(1, document.id)
                terms.bind(2, segmentReference(term.segment, document: d))
                terms.bind(3, lookup.conceptIndex[term.concept] != nil ? term.concept : nil)
                terms.bind(4, term.start)
                terms.bind(5, term.end)
                terms.bind(6, term.surface)
                try terms.run()
            }
        }
    }

    /// The segment id when it is a segment of document `d`, else nil.
    private func segmentReference(_ id: String, document d: Int) -> String? {
        lookup.location(ofSegment: id, inDocument: d) != nil ? id : nil
    }

    private func hasDocuments(_ link: Alignment) -> Bool {
        lookup.documentIndex[link.source.document] != nil && lookup.documentIndex[link.target.document] != nil
    }

    private func writeLinks() throws {
        let links = try database.prepare("""
            INSERT INTO links(id, source_document_id, target_document_id, source_language, target_language, score,
                              lexical, evidence_entities, evidence_concepts, evidence_numbers, evidence_via)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let sides = try database.prepare(
            "INSERT OR IGNORE INTO link_segments(link_id, side, position, segment_id) VALUES (?, ?, ?, ?)")
        var id = 0
        for link in corpus.alignments where hasDocuments(link) {
            id += 1
            links.bind(1, id)
            links.bind(2, link.source.document)
            links.bind(3, link.target.document)
            links.bind(4, link.source.language)
            links.bind(5, link.target.language)
            links.bind(6, link.score)
            links.bind(7, link.evidence.lexical)
            links.bind(8, JSONText.array(link.evidence.entities))
            links.bind(9, JSONText.array(link.evidence.concepts))
            links.bind(10, JSONText.array(link.evidence.numbers))
            links.bind(11, link.evidence.via)
            try links.run()
            for (side, name) in [(link.source, "source"), (link.target, "target")] {
                let document = lookup.documentIndex[side.document]
                for (position, segment) in side.segments.enumerated()
                where lookup.location(ofSegment: segment, inDocument: document) != nil {
                    sides.bind(1, id)
                    sides.bind(2, name)
                    sides.bind(3, position)
                    sides.bind(4, segment)
                    try sides.run()
                }
            }
        }
    }
}

/// JSON text for string arrays stored in SQLite columns (readable with SQLite's `json_each`).
enum JSONText {
    static func array(_ values: [String]) -> String {
        var writer = JSONWriter()
        writer.beginArray()
        for value in values { writer.string(value) }
        writer.endArray()
        return writer.output
    }
}
