import Foundation

/// A cache of per-document summaries so that a rerun redoes the map only for
/// new or changed inputs.
///
/// An entry is keyed by the SHA-256 of (the input's bytes, its path relative to
/// the corpus root, the pipeline hash, the kzalign version): a changed file, a
/// changed pipeline or another kzalign version misses. An entry is a file of
/// summary lines, written atomically; one that does not decode (corrupt,
/// truncated, foreign) is ignored and recomputed, never trusted.
public struct SummaryCache: Sendable {
    public let directory: URL
    public let pipelineHash: String

    public init(directory: URL, pipelineHash: String) {
        self.directory = directory
        self.pipelineHash = pipelineHash
    }

    /// The key of an input file's entry.
    public func key(for file: CorpusFile) -> String? {
        guard let data = try? Data(contentsOf: file.url) else { return nil }
        var material = Array(data)
        material += Array("\u{0}\(file.relativePath)\u{0}\(pipelineHash)\u{0}\(KZAlignVersion.current)".utf8)
        return SHA256.hex(material)
    }

    private func url(for key: String) -> URL {
        directory.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".jsonl")
    }

    /// The cached summaries of an entry, or nil when absent or unusable.
    public func load(_ key: String) -> [DocumentSummary]? {
        let file = url(for: key)
        guard let data = try? Data(contentsOf: file), data.last == 0x0A else { return nil }
        // Lines read as bytes: splitting a String splits by Character, and `Data.split` (which
        // reads each byte through Data's accessors) took half of a cached entry's loading (perf).
        var lines: [String] = []
        data.withUnsafeBytes { bytes in
            ByteSearch.forEachLine(bytes) { start, end in
                if end > start { lines.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
            }
        }
        guard !lines.isEmpty else { return nil }
        var summaries: [DocumentSummary] = []
        for (index, text) in lines.enumerated() {
            guard let summary = try? SummaryCodec.decode(text, pipelineHash: pipelineHash, file: file.path, lineNumber: index + 1) else {
                return nil
            }
            summaries.append(summary)
        }
        return summaries
    }

    /// Stores an entry (atomically). Failures to write are ignored: the cache is an optimisation.
    public func store(_ summaries: [DocumentSummary], for key: String) {
        let file = url(for: key)
        let text = summaries.map { SummaryCodec.encode($0, pipelineHash: pipelineHash) + "\n" }.joined()
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(Data(text.utf8), to: file, durable: false)
    }
}

extension PipelineRunner {
    /// Cache hits and misses of a cached run, for reporting.
    public struct CacheStatistics: Sendable, Equatable {
        public var hits: Int
        public var misses: Int
    }

    /// `run()` with a summary cache: inputs whose entry is in `cache` skip the map.
    public func run(cache: SummaryCache, progress: (@Sendable (RunProgress) -> Void)? = nil)
        throws -> (RunResult, RunTimings, CacheStatistics) {
        let started = ContinuousClock.now
        let files = corpusFiles()
        let (summaries, missing) = cachedSummaries(files, cache: cache)
        let mapped = try map(files: missing.map(\.file), progress: progress)
        store(mapped.summaries, of: missing, in: cache)
        let hits = files.count - missing.count
        let (result, timings) = try reduce(after: consume mapped, cached: consume summaries, startedAt: started, progress: progress)
        return (result, timings, CacheStatistics(hits: hits, misses: missing.count))
    }

    /// The summaries `cache` holds for `files`, and the files it lacks with their keys (nil: no key).
    /// Their documents' segment texts are left out as they are read unless `completesDocuments`.
    func cachedSummaries(_ files: [CorpusFile], cache: SummaryCache)
        -> (summaries: [DocumentSummary], missing: [(file: CorpusFile, key: String?)]) {
        let lookups = ParallelMap.map(files, jobs: jobs) { file -> (String?, [DocumentSummary]?) in
            guard let key = cache.key(for: file) else { return (nil, nil) }
            guard var loaded = cache.load(key) else { return (key, nil) }
            if !completesDocuments { loaded.leaveOutSegmentTexts() }
            return (key, loaded)
        }
        var summaries: [DocumentSummary] = []
        var missing: [(file: CorpusFile, key: String?)] = []
        for (file, lookup) in zip(files, lookups) {
            if let cached = lookup.1 { summaries += cached } else { missing.append((file, lookup.0)) }
        }
        return (summaries, missing)
    }

    /// Stores the summaries `mapped` of each missing file under its key.
    private func store(_ mapped: [DocumentSummary], of missing: [(file: CorpusFile, key: String?)], in cache: SummaryCache) {
        var byFile: [String: [DocumentSummary]] = [:]
        for summary in mapped { byFile[summary.order.file, default: []].append(summary) }
        for (file, key) in missing {
            let fileSummaries = byFile[file.relativePath] ?? []
            if let key, !fileSummaries.isEmpty { cache.store(fileSummaries, for: key) }
        }
    }
}
