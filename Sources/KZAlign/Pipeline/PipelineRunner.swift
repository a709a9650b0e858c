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

    public init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    /// Reads the corpus and runs every stage. Bad documents are recorded in the
    /// manifest, never fatal.
    /// - Throws: only for failures of the whole run (a stage's reduce failing, ICU unusable).
    public func run(progress: (@Sendable (RunProgress) -> Void)? = nil) throws -> (RunResult, RunTimings) {
        let clock = ContinuousClock()
        let started = clock.now
        guard let ingest = pipeline.stages.first?.ingest else {
            throw PipelineError.invalidValue(file: pipeline.fileName, path: "stages[0].type", message: "the first stage must be ingest")
        }
        let files = CorpusScanner.scan(root: pipeline.corpusRoot, include: pipeline.config.corpus.include,
                                       exclude: pipeline.config.corpus.exclude, displayBase: pipeline.baseDirectory)
        progress?(.stageStarted(name: "ingest", total: files.count))
        let ingestStart = clock.now
        let encoding = pipeline.config.corpus.encoding
        let outcomes = ParallelMap.map(files, jobs: jobs) { file in ingest.read(file, encoding: encoding) }.flatMap { $0 }
        var timings: [RunManifest.StageTiming] = [.init(name: stageName(0), type: IngestStage.typeName, seconds: seconds(clock.now - ingestStart))]

        var documents: [Document] = []
        var inputs: [RunManifest.Input] = []
        var seenIDs: Set<String> = []
        for outcome in outcomes {
            switch outcome {
            case let .document(document, input):
                if seenIDs.insert(document.id).inserted {
                    documents.append(document)
                    inputs.append(input)
                } else {
                    inputs.append(.init(path: input.path, document: nil, status: .error,
                                        messages: ["duplicate document id \"\(document.id)\"; the first one is kept"]))
                }
            case let .rejected(input):
                inputs.append(input)
            }
        }

        let (mapped, mapTimings, failures) = try runDocumentStages(documents, progress: progress)
        timings += mapTimings
        for (index, message) in failures {
            if let inputIndex = inputs.firstIndex(where: { $0.document == documents[index].id && $0.status == .ok }) {
                inputs[inputIndex].status = .error
                inputs[inputIndex].messages.append(message)
            }
        }
        var corpus = Corpus(documents: mapped)
        for (index, built) in pipeline.stages.enumerated() {
            guard let stage = built.corpusStage else { continue }
            progress?(.stageStarted(name: stageName(index), total: 1))
            let start = clock.now
            try stage.reduce(&corpus)
            let elapsed = seconds(clock.now - start)
            progress?(.stageFinished(name: stageName(index), seconds: elapsed))
            timings.append(.init(name: stageName(index) + " (corpus)", type: built.typeName, seconds: elapsed))
        }
        CanonicalText.fill(&corpus)

        let manifest = RunManifest(toolVersion: KZAlignVersion.current, icuVersion: icuVersion, pipelineHash: pipeline.hash,
                                   inputs: inputs, stageTimings: timings)
        return (RunResult(corpus: corpus, manifest: manifest), RunTimings(wallSeconds: seconds(clock.now - started), stages: timings))
    }

    /// Runs every document stage over `documents` in parallel. Returns the
    /// documents that succeeded (in order), per-stage CPU time, and failures by original index.
    func runDocumentStages(_ documents: [Document], progress: (@Sendable (RunProgress) -> Void)?)
        throws -> ([Document], [RunManifest.StageTiming], [(Int, String)]) {
        let stages = pipeline.stages.enumerated().compactMap { index, built in
            built.documentStage.map { (index: index, stage: $0) }
        }
        guard !stages.isEmpty else { return (documents, [], []) }
        // Fail fast on a stage that cannot make a processor at all.
        for entry in stages { _ = try entry.stage.makeProcessor() }
        progress?(.stageStarted(name: stages.map { stageName($0.index) }.joined(separator: ", "), total: documents.count))
        let counter = ProgressCounter(total: documents.count, report: progress)
        let stageCount = stages.count
        let results = ParallelMap.mapWithState(documents, jobs: jobs, makeState: {
            (processors: stages.map { try! $0.stage.makeProcessor() }, clock: ContinuousClock())
        }) { state, document -> (Result<Document, DocumentFailure>, [Double]) in
            var document = document
            var times = [Double](repeating: 0, count: stageCount)
            for (position, processor) in state.processors.enumerated() {
                let start = state.clock.now
                do {
                    try processor.process(&document)
                } catch {
                    counter.increment()
                    return (.failure(DocumentFailure(message: "\(pipeline.stages[stages[position].index].typeName): \(error)")), times)
                }
                times[position] = seconds(state.clock.now - start)
            }
            counter.increment()
            return (.success(document), times)
        }
        var kept: [Document] = []
        var failures: [(Int, String)] = []
        var totals = [Double](repeating: 0, count: stageCount)
        for (index, (result, times)) in results.enumerated() {
            for i in 0..<stageCount { totals[i] += times[i] }
            switch result {
            case let .success(document): kept.append(document)
            case let .failure(failure): failures.append((index, failure.message))
            }
        }
        let timings = stages.enumerated().map { position, entry in
            RunManifest.StageTiming(name: stageName(entry.index), type: pipeline.stages[entry.index].typeName, seconds: totals[position])
        }
        return (kept, timings, failures)
    }

    func stageName(_ index: Int) -> String {
        pipeline.config.stages[index].name ?? pipeline.config.stages[index].type
    }
}

/// A document stage's failure on one document, as recorded in run.json.
struct DocumentFailure: Error {
    var message: String
}

private func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
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
