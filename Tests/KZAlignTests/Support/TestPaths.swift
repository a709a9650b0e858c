import Foundation
@testable import KZAlign

/// Locations the tests read: the repository, the shared seed corpus and gold.
enum TestPaths {
    /// The repository root (this file is Tests/KZAlignTests/Support/TestPaths.swift).
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` beside the checkout, as CI lays it out.
    static let shared: URL = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let seeds: URL = repository.appendingPathComponent("corpus")
    static let gold: URL = shared.appendingPathComponent("gold/seeds")

    /// The built `kzalign` executable beside the test bundle.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("kzalign")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/kzalign")
    }
}

/// The one folder under which this test process writes its scratch files, removed when the
/// process exits: tests that fail half-way, or keep a URL rather than a `TemporaryDirectory`,
/// leave nothing behind in the system's temporary folder.
enum TestScratch {
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kzalign-tests-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("kzalign-tests-\(getpid())").path
            try? FileManager.default.removeItem(atPath: path)
        }
        return url
    }()

    /// A fresh, empty folder whose name starts with `prefix`.
    static func folder(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path for a new file whose name starts with `prefix` and ends with `suffix` (not created).
    static func file(_ prefix: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }
}

/// A temporary folder removed when the value is deinitialized.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = try TestScratch.folder("kzalign-test")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        try write(path, Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }
}

/// Runs the `kzalign` executable and captures its output.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// `environment`: variables set on top of this process's.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = TestPaths.executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Loads and runs a pipeline given as JSON text in `directory`.
func runPipeline(_ json: String, in directory: TemporaryDirectory, jobs: Int = 2) throws -> RunResult {
    let file = try directory.write("pipeline.json", json)
    let pipeline = try PipelineLoader().load(file: file)
    return try PipelineRunner(pipeline: pipeline, jobs: jobs).run().0
}

/// Reads a TSV file with a header row into dictionaries.
func readTSV(_ url: URL) throws -> [[String: String]] {
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
    return lines.dropFirst().map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return Dictionary(uniqueKeysWithValues: zip(header, fields))
    }
}
