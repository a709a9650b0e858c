import Dispatch
import Foundation

/// The version of kzalign, written into run.json.
public enum KZAlignVersion {
    public static let current = "0.1.0"
}

/// Progress reported while a pipeline runs (for a terminal display; never printed by the library).
public enum RunProgress: Sendable {
    case stageStarted(name: String, total: Int)
    case documentsDone(count: Int, total: Int)
    case stageFinished(name: String, seconds: Double)
}

/// Runs a built pipeline: ingest and the per-document stages as a parallel map
/// over documents, then the corpus-level stages as a reduce.
///
/// Results do not depend on the number of workers: each document is processed
/// independently and results are kept in input order.
public struct PipelineRunner: Sendable {
    public var pipeline: Pipeline
    /// Worker threads for the map; default: active processor count.
    public var jobs: Int
    /// Whether the result's documents are complete (default): every segment with its text and
    /// canonical text. When false, the documents go through the reduce (and come out of `map`)
    /// with their segments' texts left out (they are the document's text at the segments'
    /// offsets; `SummaryCodec` still writes them whole) and come out of the reduce without
    /// canonical texts; the result carries what fills these (`RunResult.pendingCanonicalText`)
    /// and the output formats complete each document as they write it (`RunResult.completed(_:)`),
    /// so that a run that only writes its outputs never holds them all at once (at 100,000
    /// documents: 250 MB of canonical texts, some 400 MB of segment texts).
    public var completesDocuments = true

    public init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    /// Reads the corpus files the pipeline names and runs every stage: the map
    /// (ingest and per-document stages) then the reduce (corpus stages). Bad
    /// inputs are recorded in the manifest, never fatal.
    /// - Throws: only for failures of the whole run (a stage's reduce failing, ICU unusable).
    public func run(progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> (RunResult, RunTimings) {
        let started = ContinuousClock.now
        return try reduce(after: try map(files: corpusFiles(), progress: progress), startedAt: started, progress: progress)
    }

    /// Runs every stage on documents supplied in memory (the corpus folder is not
    /// read). Ingest still applies: NFC, line ends, boilerplate rules.
    public func run(documents: [InputDocument], progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> (RunResult, RunTimings) {
        let started = ContinuousClock.now
        return try reduce(after: try map(documents: documents, keepingOrder: true, progress: progress),
                          startedAt: started, progress: progress)
    }

    /// The reduce over what a map produced (plus summaries taken from a cache),
    /// with the map's stage times first and the wall time since `started`. Takes both arrays over,
    /// so that the corpus holds the only reference to each document (a corpus stage can then let
    /// documents go while it works: `PackedDocuments`).
    func reduce(after mapped: consuming MapOutput, cached: consuming [DocumentSummary] = [], startedAt started: ContinuousClock.Instant,
                progress: (@Sendable (RunProgress) -> Void)?) throws -> (RunResult, RunTimings) {
        let mapTimings = mapped.timings
        cached.append(contentsOf: mapped.summaries)
        mapped.summaries = []
        var (result, timings) = try reduce(consume cached, progress: progress)
        timings.stages = mapTimings + timings.stages
        timings.wallSeconds = seconds(ContinuousClock.now - started)
        return (result, timings)
    }

    /// The files the pipeline's corpus block selects, in corpus order.
    public func corpusFiles() -> [CorpusFile] {
        CorpusScanner.scan(root: pipeline.corpusRoot, include: pipeline.config.corpus.include,
                           exclude: pipeline.config.corpus.exclude, displayBase: pipeline.baseDirectory)
    }

    /// What the map produced: one summary per input, in input order, and CPU time per stage.
    public struct MapOutput: Sendable {
        public var summaries: [DocumentSummary]
        public var timings: [RunManifest.StageTiming]
    }

    /// The map over corpus files: ingest and every per-document stage.
    public func map(files: [CorpusFile], progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> MapOutput {
        let ingest = try ingestStage()
        let encoding = pipeline.config.corpus.encoding
        return try map(inputCount: files.count, progress: progress) { time in
            try ParallelMap.mapWithState(files, jobs: jobs, makeState: { try ingest.makeReader() }) { reader, file in
                time.measure {
                    reader.read(file, encoding: encoding).enumerated().map { index, outcome in
                        (SummaryOrder(file: file.relativePath, line: index), outcome)
                    }
                }
            }.flatMap { $0 }
        }
    }

    /// The map over in-memory documents. Their order key is their position when
    /// `keepingOrder`, else their `path` (or id), which does not depend on how
    /// documents were split into partitions.
    public func map(documents: [InputDocument], keepingOrder: Bool = false,
                    progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> MapOutput {
        let ingest = try ingestStage()
        return try map(inputCount: documents.count, progress: progress) { time in
            let numbered = Array(documents.enumerated())
            return try ParallelMap.mapWithState(numbered, jobs: jobs, makeState: { try ingest.makeReader() }) { reader, item in
                time.measure {
                    let order = keepingOrder ? SummaryOrder(file: "", line: item.offset) : SummaryOrder(file: item.element.path ?? item.element.id, line: 0)
                    return (order, reader.makeDocument(item.element))
                }
            }
        }
    }

    private func ingestStage() throws -> IngestStage {
        guard let ingest = pipeline.stages.first?.ingest else {
            throw PipelineError.invalidValue(file: pipeline.fileName, path: "stages[0].type", message: "the first stage must be ingest")
        }
        return ingest
    }

    /// `ingest` reads every input, timing each through the given `StageTime`, so the ingest time is
    /// summed over workers like the document stages' times.
    private func map(inputCount: Int, progress: (@Sendable (RunProgress) -> Void)?,
                     ingest: (StageTime) throws -> [(SummaryOrder, IngestOutcome)]) throws -> MapOutput {
        progress?(.stageStarted(name: "ingest", total: inputCount))
        let time = StageTime()
        let outcomes = try ingest(time)
        var timings: [RunManifest.StageTiming] = [.init(name: stageName(0), type: IngestStage.typeName, seconds: time.summedSeconds,
                                                        peakMemoryMB: ProcessMemory.peakMegabytes)]
        var summaries: [DocumentSummary] = []
        var documents: [Document] = []
        var documentSlots: [Int] = []
        for (order, outcome) in outcomes {
            switch outcome {
            case let .document(document, input):
                documentSlots.append(summaries.count)
                documents.append(document)
                summaries.append(DocumentSummary(order: order, input: input, document: nil))
            case let .rejected(input):
                summaries.append(DocumentSummary(order: order, input: input, document: nil))
            }
        }
        let (results, stageTimings) = try runDocumentStages(documents, progress: progress)
        timings += stageTimings
        for (position, result) in results.enumerated() {
            let slot = documentSlots[position]
            switch result {
            case let .success(document):
                summaries[slot].document = document
            case let .failure(failure):
                summaries[slot].input.status = .error
                summaries[slot].input.messages.append(failure.message)
            }
        }
        return MapOutput(summaries: summaries, timings: timings)
    }

    /// The reduce: orders the summaries as `run` reads the corpus, keeps the
    /// first document of each id, runs the corpus stages, fills canonical text (unless
    /// `completesDocuments` is false). Pass the summaries
    /// with `consume` where the caller keeps no use for them: the documents are then held once.
    public func reduce(_ summaries: consuming [DocumentSummary], progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> (RunResult, RunTimings) {
        let clock = ContinuousClock()
        let started = clock.now
        var documents: [Document] = []
        var inputs: [RunManifest.Input] = []
        var seenIDs: Set<String> = []
        let order = summaries.indices.sorted { (summaries[$0].order, $0) < (summaries[$1].order, $1) }
        for index in order {
            let summary = summaries[index]
            summaries[index].document = nil
            guard let document = summary.document else {
                inputs.append(summary.input)
                continue
            }
            if seenIDs.insert(document.id).inserted {
                var document = document
                if !completesDocuments { document.leaveOutSegmentTexts() } // a caller may pass summaries whole
                documents.append(document)
                inputs.append(summary.input)
            } else {
                inputs.append(.init(path: summary.input.path, document: nil, status: .error,
                                    messages: ["duplicate document id \"\(document.id)\"; the first one is kept"]))
            }
        }
        summaries = []
        var timings: [RunManifest.StageTiming] = []
        var corpus = Corpus(documents: consume documents)
        for (index, built) in pipeline.stages.enumerated() {
            guard let stage = built.corpusStage else { continue }
            progress?(.stageStarted(name: stageName(index), total: 1))
            let start = clock.now
            try stage.reduce(&corpus)
            let elapsed = seconds(clock.now - start)
            progress?(.stageFinished(name: stageName(index), seconds: elapsed))
            timings.append(.init(name: stageName(index) + " (corpus)", type: built.typeName, seconds: elapsed,
                                 peakMemoryMB: ProcessMemory.peakMegabytes))
        }
        var pendingCanonicalText: CanonicalText?
        if completesDocuments {
            CanonicalText.fill(&corpus)
        } else {
            pendingCanonicalText = CanonicalText(entities: corpus.entities, concepts: corpus.concepts)
        }
        let manifest = RunManifest(toolVersion: KZAlignVersion.current, icuVersion: icuVersion, pipelineHash: pipeline.hash,
                                   inputs: inputs, stageTimings: pipeline.stages.indices.map {
                                       .init(name: stageName($0), type: pipeline.stages[$0].typeName, seconds: 0)
                                   })
        return (RunResult(corpus: corpus, manifest: manifest, pendingCanonicalText: pendingCanonicalText), RunTimings(wallSeconds: seconds(clock.now - started), stages: timings))
    }

    /// Runs every document stage over `documents` in parallel; results in input order.
    func runDocumentStages(_ documents: [Document], progress: (@Sendable (RunProgress) -> Void)?)
        throws -> ([Result<Document, DocumentFailure>], [RunManifest.StageTiming]) {
        let stages = pipeline.stages.enumerated().compactMap { index, built in
            built.documentStage.map { (index: index, stage: $0) }
        }
        guard !stages.isEmpty else { return (documents.map { .success($0) }, []) }
        progress?(.stageStarted(name: stages.map { stageName($0.index) }.joined(separator: ", "), total: documents.count))
        let counter = ProgressCounter(total: documents.count, report: progress)
        let stageCount = stages.count
        let results = try ParallelMap.mapWithState(documents, jobs: jobs, makeState: {
            (processors: try stages.map { try $0.stage.makeProcessor() }, clock: ContinuousClock())
        }) { state, document -> (Result<Document, DocumentFailure>, [Double]) in
            var document = document
            var times = [Double](repeating: 0, count: stageCount)
            defer { counter.increment() }
            for (position, processor) in state.processors.enumerated() {
                let start = state.clock.now
                do {
                    try processor.process(&document)
                } catch {
                    return (.failure(DocumentFailure(message: "\(pipeline.stages[stages[position].index].typeName): \(error)")), times)
                }
                times[position] = seconds(state.clock.now - start)
            }
            if !completesDocuments { document.leaveOutSegmentTexts() }
            document.releaseSpareCapacity()
            return (.success(document), times)
        }
        var totals = [Double](repeating: 0, count: stageCount)
        for (_, times) in results { for i in 0..<stageCount { totals[i] += times[i] } }
        // The document stages run interleaved, document by document: one peak for all of them.
        let peak = ProcessMemory.peakMegabytes
        let timings = stages.enumerated().map { position, entry in
            RunManifest.StageTiming(name: stageName(entry.index), type: pipeline.stages[entry.index].typeName, seconds: totals[position],
                                    peakMemoryMB: peak)
        }
        return (results.map(\.0), timings)
    }

    func stageName(_ index: Int) -> String {
        pipeline.config.stages[index].name ?? pipeline.config.stages[index].type
    }
}

extension Document {
    /// Copies the segment, mention and term lists into buffers of their exact size: the stages
    /// build them by appending, which leaves up to half of each buffer unused, and the map holds
    /// every document of the corpus at once.
    mutating func releaseSpareCapacity() {
        segments = segments.withUnsafeBufferPointer { Array($0) }
        mentions = mentions.withUnsafeBufferPointer { Array($0) }
        terms = terms.withUnsafeBufferPointer { Array($0) }
    }
}

/// A document stage's failure on one document, as recorded in run.json.
struct DocumentFailure: Error {
    var message: String
}

/// A duration in seconds.
func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

/// Seconds spent in a stage, summed over the worker threads that measure into it.
final class StageTime: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0.0
    private let clock = ContinuousClock()

    /// Runs `body` and adds its duration.
    func measure<T>(_ body: () -> T) -> T {
        let start = clock.now
        let result = body()
        let elapsed = seconds(clock.now - start)
        lock.lock()
        total += elapsed
        lock.unlock()
        return result
    }

    /// The summed duration.
    var summedSeconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}

/// Counts processed documents across threads and reports progress every few percent.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: (@Sendable (RunProgress) -> Void)?
    private let step: Int

    init(total: Int, report: (@Sendable (RunProgress) -> Void)?) {
        self.total = total
        self.report = report
        self.step = max(1, total / 200)
    }

    func increment() {
        guard let report else { return }
        lock.lock()
        done += 1
        let current = done
        lock.unlock()
        if current % step == 0 || current == total { report(.documentsDone(count: current, total: total)) }
    }
}
