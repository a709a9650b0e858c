import ArgumentParser
import Foundation
import KZAlign

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Run the per-document stages on JSONL from stdin; print one summary per document.",
        discussion: """
        Each input line is {"file": "path/under/corpus.root"} (read exactly as `kzalign run` reads it) or a \
        document {"id": …, "text": …, "language"?, "url"?, "date"?, "title"?}. Each output line is a summary: \
        everything the per-document stages produced plus what the reduce needs. Feed the summaries of every \
        partition to `kzalign reduce`. Lines are processed in batches, so memory stays bounded; this is the \
        executable that Spark's RDD.pipe or Hadoop Streaming run on each partition.
        """
    )

    @Argument(help: "The pipeline file (JSON).", completion: .file(extensions: ["json"]))
    var pipeline: String

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Option(help: "Lines per batch.")
    var batch = 2000

    func run() throws {
        let loaded = try loadPipeline(pipeline)
        let runner = PipelineRunner(pipeline: loaded, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let hash = loaded.hash
        var pending: [(number: Int, text: String)] = []
        var number = 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            var out = ""
            for summary in try runner.map(lines: pending) {
                out += SummaryCodec.encode(summary, pipelineHash: hash)
                out += "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            pending.removeAll(keepingCapacity: true)
        }
        while let line = readLine(strippingNewline: true) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            pending.append((number, line))
            if pending.count >= batch { try flush() }
        }
        try flush()
    }
}

struct ReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduce",
        abstract: "Run the corpus-level stages over summaries from `kzalign map` and write every output.",
        discussion: """
        Reads the summary files (in any order: documents are put back in corpus order), checks that each was \
        written by this pipeline and this kzalign version, runs the corpus stages (name clustering, concepts, \
        alignment) and writes the outputs as `kzalign run` does. A malformed, truncated or foreign summary line \
        stops the reduce before anything is written (exit 2), naming the file and line.
        """
    )

    @Argument(help: "The pipeline file (JSON).", completion: .file(extensions: ["json"]))
    var pipeline: String

    @Argument(help: "Summary files written by `kzalign map`.")
    var summaries: [String]

    @Option(help: "Output folder; overrides output.dir.")
    var out: String?

    func run() throws {
        let loaded = try loadPipeline(pipeline)
        var runner = PipelineRunner(pipeline: loaded)
        runner.completesDocuments = false // the outputs complete each document as they write it
        let read: [DocumentSummary]
        do {
            read = try SummaryReader.read(summaries.map { URL(fileURLWithPath: $0) }, pipelineHash: loaded.hash,
                                          leavingOutSegmentTexts: !runner.completesDocuments)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let (result, timings) = try runner.reduce(consume read)
        let directory = out.map { URL(fileURLWithPath: $0) } ?? loaded.outputDirectory
        try finishRun(result, timings, loaded, directory: directory, quiet: false)
    }
}

struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "List the pipeline's corpus files as `kzalign map` input lines ({\"file\": …}).",
        discussion: "The files corpus.root, corpus.include and corpus.exclude select, in corpus order: what a distributed map partitions."
    )

    @Argument(help: "The pipeline file (JSON).", completion: .file(extensions: ["json"]))
    var pipeline: String

    func run() throws {
        let loaded = try loadPipeline(pipeline)
        var out = ""
        for file in PipelineRunner(pipeline: loaded).corpusFiles() {
            var w = JSONWriter()
            w.beginObject()
            w.field("file", file.relativePath)
            w.endObject()
            out += w.output + "\n"
        }
        print(out, terminator: "")
    }
}
