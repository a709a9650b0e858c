import Foundation

/// Writes a run's outputs into the output folder without ever leaving it
/// half-written: every format writes into a private staging folder inside the
/// output folder, and only when all succeeded are the files renamed into
/// place, one atomic rename each. A failure before that leaves earlier
/// outputs untouched.
public struct OutputWriter: Sendable {
    public var registry: OutputRegistry

    public init(registry: OutputRegistry = .standard) { self.registry = registry }

    /// Writes `formats` (names from `output.formats`) plus run.json and timings.json.
    /// - Returns: the files written, relative to `directory`.
    @discardableResult
    public func write(_ result: RunResult, formats: [String], timings: RunTimings, to directory: URL) throws -> [String] {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        let staging = directory.appendingPathComponent(".kzalign-staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: staging) }

        // Formats are independent and write separate files: write them concurrently.
        let selected = formats.compactMap { registry.format(named: $0) }
        let errors = ParallelMap.map(selected.indices.map { $0 }, jobs: selected.count) { index -> OutputWriteError? in
            do {
                try selected[index].init().write(result, to: staging)
                return nil
            } catch let error as OutputWriteError {
                return error
            } catch {
                return .format(name: selected[index].formatName, message: "\(error)")
            }
        }
        if let failure = errors.compactMap({ $0 }).first { throw failure }
        var written = selected.flatMap { $0.fileNames }
        try Data(RunManifestWriter.json(result).utf8).writeOutput(to: staging.appendingPathComponent("run.json"))
        var finished = timings
        finished.peakMemoryMB = ProcessMemory.peakMegabytes
        try Data(finished.json.utf8).writeOutput(to: staging.appendingPathComponent("timings.json"))
        written += ["run.json", "timings.json"]
        for file in written {
            try AtomicFile.replace(directory.appendingPathComponent(file), with: staging.appendingPathComponent(file))
        }
        return written
    }
}

/// Wall-clock figures of one run, kept out of run.json so that run.json is
/// byte-identical across runs of the same input.
public struct RunTimings: Sendable {
    public var wallSeconds: Double
    public var stages: [RunManifest.StageTiming]
    /// The process's peak resident memory once every output was written (MB), when known.
    public var peakMemoryMB: Double?

    public init(wallSeconds: Double, stages: [RunManifest.StageTiming], peakMemoryMB: Double? = nil) {
        self.wallSeconds = wallSeconds
        self.stages = stages
        self.peakMemoryMB = peakMemoryMB
    }

    public var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("wallSeconds", wallSeconds)
        if let peakMemoryMB { w.field("peakMemoryMB", peakMemoryMB) }
        w.key("stages")
        w.beginArray()
        for stage in stages {
            w.beginObject()
            w.field("name", stage.name)
            w.field("type", stage.type)
            w.field("seconds", stage.seconds)
            if let peak = stage.peakMemoryMB { w.field("peakMemoryMB", peak) }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output + "\n"
    }
}
