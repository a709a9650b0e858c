/// What ingesting one input (a file, or a JSONL line) produced.
public enum IngestOutcome: Sendable {
    /// A document, and its run.json entry (status ok, possibly with warnings).
    case document(Document, RunManifest.Input)
    /// Nothing usable: the run.json entry says why (status skipped or error).
    case rejected(RunManifest.Input)
}
