/// The schema of `index.sqlite` (documented in docs/outputs.md; keep the two in step).
///
/// Text ids are the ids of the JSON outputs (`documents.jsonl`, `names.json`),
/// so rows join across files. Offsets are Unicode scalar offsets into
/// `documents.text`, end exclusive. References that the corpus leaves dangling
/// (a mention whose entity was never clustered) are stored as NULL.
enum SQLiteIndexSchema {
    static let version = 2

    static let tables = """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE documents (
        id                  TEXT PRIMARY KEY,
        path                TEXT NOT NULL,
        sha256              TEXT NOT NULL,
        language            TEXT,
        language_confidence REAL,
        title               TEXT,
        url                 TEXT,
        date                TEXT,
        encoding            TEXT NOT NULL,
        text                TEXT NOT NULL
    );
    CREATE TABLE segments (
        id                  TEXT PRIMARY KEY,
        document_id         TEXT NOT NULL REFERENCES documents(id),
        position            INTEGER NOT NULL,
        start_char          INTEGER NOT NULL,
        end_char            INTEGER NOT NULL,
        kind                TEXT NOT NULL,
        language            TEXT NOT NULL,
        language_confidence REAL,
        text                TEXT NOT NULL,
        latin               TEXT,
        canonical           TEXT
    );
    CREATE TABLE entities (
        id        TEXT PRIMARY KEY,
        canonical TEXT NOT NULL,
        type      TEXT NOT NULL,
        origin    TEXT NOT NULL,
        wikidata  TEXT
    );
    CREATE TABLE variants (
        id        INTEGER PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        form      TEXT NOT NULL,
        latin     TEXT NOT NULL,
        key       TEXT NOT NULL,
        script    TEXT NOT NULL,
        languages TEXT NOT NULL,
        documents INTEGER NOT NULL,
        count     INTEGER NOT NULL
    );
    CREATE TABLE mentions (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        segment_id  TEXT REFERENCES segments(id),
        entity_id   TEXT REFERENCES entities(id),
        variant_id  INTEGER REFERENCES variants(id),
        start_char  INTEGER NOT NULL,
        end_char    INTEGER NOT NULL,
        surface     TEXT NOT NULL,
        type        TEXT NOT NULL,
        key         TEXT NOT NULL,
        latin       TEXT NOT NULL,
        suspicious  INTEGER NOT NULL
    );
    CREATE TABLE concepts (
        id        TEXT PRIMARY KEY,
        canonical TEXT NOT NULL,
        type      TEXT NOT NULL,
        origin    TEXT NOT NULL,
        wikidata  TEXT
    );
    CREATE TABLE concept_variants (
        id         INTEGER PRIMARY KEY,
        concept_id TEXT NOT NULL REFERENCES concepts(id),
        form       TEXT NOT NULL,
        latin      TEXT NOT NULL,
        key        TEXT NOT NULL,
        script     TEXT NOT NULL,
        languages  TEXT NOT NULL,
        documents  INTEGER NOT NULL,
        count      INTEGER NOT NULL
    );
    CREATE TABLE terms (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        segment_id  TEXT REFERENCES segments(id),
        concept_id  TEXT REFERENCES concepts(id),
        start_char  INTEGER NOT NULL,
        end_char    INTEGER NOT NULL,
        surface     TEXT NOT NULL
    );
    CREATE TABLE links (
        id                 INTEGER PRIMARY KEY,
        source_document_id TEXT NOT NULL REFERENCES documents(id),
        target_document_id TEXT NOT NULL REFERENCES documents(id),
        source_language    TEXT NOT NULL,
        target_language    TEXT NOT NULL,
        score              REAL NOT NULL,
        lexical            REAL NOT NULL,
        evidence_entities  TEXT NOT NULL,
        evidence_concepts  TEXT NOT NULL,
        evidence_numbers   TEXT NOT NULL,
        evidence_via       TEXT
    );
    CREATE TABLE link_segments (
        link_id    INTEGER NOT NULL REFERENCES links(id),
        side       TEXT NOT NULL CHECK (side IN ('source', 'target')),
        position   INTEGER NOT NULL,
        segment_id TEXT NOT NULL REFERENCES segments(id),
        PRIMARY KEY (link_id, side, position)
    ) WITHOUT ROWID;
    """

    /// Created after the rows are in (faster than maintaining them row by row).
    static let indexes = """
    CREATE INDEX documents_language ON documents(language);
    CREATE INDEX segments_document ON segments(document_id, position);
    CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);
    CREATE INDEX variants_entity ON variants(entity_id, count DESC);
    CREATE INDEX variants_form ON variants(form COLLATE NOCASE);
    CREATE INDEX variants_key ON variants(key);
    CREATE INDEX mentions_entity ON mentions(entity_id, segment_id);
    CREATE INDEX mentions_segment ON mentions(segment_id);
    CREATE INDEX concepts_canonical ON concepts(canonical COLLATE NOCASE);
    CREATE INDEX concept_variants_concept ON concept_variants(concept_id, count DESC);
    CREATE INDEX terms_concept ON terms(concept_id, segment_id);
    CREATE INDEX terms_segment ON terms(segment_id);
    CREATE INDEX links_languages ON links(source_language, target_language, score DESC);
    CREATE INDEX links_source_document ON links(source_document_id);
    CREATE INDEX links_target_document ON links(target_document_id);
    CREATE INDEX link_segments_segment ON link_segments(segment_id);
    """
}
