import ArgumentParser
import Foundation
import KZAlign

/// Loads a pipeline or exits with status 2 and the error on stderr.
func loadPipeline(_ path: String) throws -> Pipeline {
    do {
        return try PipelineLoader().load(file: URL(fileURLWithPath: path))
    } catch {
        printError("\(error)")
        throw ExitCode(2)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("kzalign: " + message + "\n").utf8))
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over its corpus and write the outputs.",
        discussion: """
        Reads every file under corpus.root matching corpus.include, runs the stages in order and writes the \
        output formats into output.dir (or --out). Outputs are staged and moved into place only when all are \
        written, so a failed or interrupted run leaves earlier outputs intact. run.json lists every input with \
        its status; timings.json holds the time per stage.
        """
    )

    @Argument(help: "The pipeline file (JSON).", completion: .file(extensions: ["json"]))
    var pipeline: String

    @Option(help: "Output folder; overrides output.dir.")
    var out: String?

    @Option(help: "Worker threads for per-document stages (default: all cores). Results do not depend on it.")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress display and no summary line.")
    var quiet = false

    @Flag(help: "Map every input again, ignoring and not writing the summary cache.")
    var noCache = false

    @Option(help: "Summary cache folder (default: <output folder>/.kzalign-cache when output.cache is true).")
    var cacheDir: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let loaded = try loadPipeline(pipeline)
        var runner = PipelineRunner(pipeline: loaded, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        runner.completesDocuments = false // the outputs complete each document as they write it
        let display = ProgressDisplay(enabled: !quiet && isatty(2) == 1)
        let directory = out.map { URL(fileURLWithPath: $0) } ?? loaded.outputDirectory
        let result: RunResult
        let timings: RunTimings
        var cacheNote = ""
        do {
            if loaded.config.output.cache && !noCache || cacheDir != nil {
                let cache = SummaryCache(directory: cacheDir.map { URL(fileURLWithPath: $0) }
                                             ?? directory.appendingPathComponent(".kzalign-cache"),
                                         pipelineHash: loaded.hash)
                let statistics: PipelineRunner.CacheStatistics
                (result, timings, statistics) = try runner.run(cache: cache, progress: display.report)
                cacheNote = ", cache \(statistics.hits) hit\(statistics.hits == 1 ? "" : "s") / \(statistics.misses) mapped"
            } else {
                (result, timings) = try runner.run(progress: display.report)
            }
        } catch {
            display.finish()
            printError("run failed, earlier outputs kept: \(error)")
            throw ExitCode(2)
        }
        display.finish()
        try finishRun(result, timings, loaded, directory: directory, quiet: quiet, note: cacheNote)
    }
}

/// Writes a run's outputs, prints the summary line and the failed inputs, and
/// exits 1 when any input failed (2 when the outputs cannot be written).
func finishRun(_ result: RunResult, _ timings: RunTimings, _ pipeline: Pipeline, directory: URL, quiet: Bool, note: String = "") throws {
    do {
        try OutputWriter().write(result, formats: pipeline.config.output.formats, timings: timings, to: directory)
    } catch {
        printError("cannot write outputs to \(directory.path), earlier outputs kept: \(error)")
        throw ExitCode(2)
    }
    let summary = RunSummary(result: result, timings: timings)
    if !quiet { FileHandle.standardError.write(Data((summary.line + note + " → \(directory.path)\n").utf8)) }
    for input in result.manifest.inputs where input.status == .error {
        printError("\(input.path): \(input.messages.joined(separator: "; "))")
    }
    if summary.failures > 0 { throw ExitCode(1) }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline and the files it names, without running it.",
        discussion: """
        Checks the JSON, every key and value (errors name the JSON path, e.g. stages[2].options.scheme, and \
        list the valid choices), the stage order (each stage's needs are provided by an earlier stage), the \
        corpus folder, and loads every data file the stages name (gazetteers, glossaries, rule files). \
        Exit status 0 when usable, 2 otherwise. Nothing is written.
        """
    )

    @Argument(help: "The pipeline file (JSON).", completion: .file(extensions: ["json"]))
    var pipeline: String

    func run() throws {
        let loaded = try loadPipeline(pipeline)
        let files = CorpusScanner.scan(root: loaded.corpusRoot, include: loaded.config.corpus.include,
                                       exclude: loaded.config.corpus.exclude, displayBase: loaded.baseDirectory)
        let stages = loaded.config.stages.map { $0.name ?? $0.type }.joined(separator: " → ")
        print("\(pipeline): OK")
        print("  stages: \(stages)")
        print("  corpus: \(files.count) file\(files.count == 1 ? "" : "s") in \(loaded.corpusRoot.path)")
        print("  output: \(loaded.outputDirectory.path) (\(loaded.config.output.formats.joined(separator: ", ")))")
        if files.isEmpty { print("  warning: no file matches corpus.include \(loaded.config.corpus.include)") }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print a pipeline's configuration.",
        discussion: "With --effective, every option of every stage is shown with its default filled in."
    )

    @Flag(help: "Fill in every default (the configuration the run will use).")
    var effective = false

    @Argument(help: "The pipeline file (JSON).", completion: .file(extensions: ["json"]))
    var pipeline: String

    func run() throws {
        let loaded = try loadPipeline(pipeline)
        if effective {
            print(loaded.config.effectiveJSON(), terminator: "")
        } else {
            print(try String(contentsOfFile: pipeline, encoding: .utf8), terminator: "")
        }
    }
}

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the registered stage types, what each needs and adds, and the output formats."
    )

    func run() {
        for factory in StageRegistry.standard.factories {
            print("\(factory.typeName)")
            print("    \(factory.summary)")
            print("    needs: \(factory.requires.map(\.rawValue).sorted().joined(separator: ", ").ifEmpty("-"))"
                + "   adds: \(factory.provides.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        print("output formats: \(OutputRegistry.standard.formatNames.joined(separator: ", ")) (run.json and timings.json always)")
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
