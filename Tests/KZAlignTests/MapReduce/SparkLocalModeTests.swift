import Foundation
import Testing

@Suite("Spark local mode", .serialized)
struct SparkLocalModeTests {
    /// The PySpark job (RDD.pipe through `kzalign map`, then `kzalign reduce`) gives
    /// the same bytes as `kzalign run` on the sample corpus.
    @Test(.timeLimit(.minutes(10)))
    func sparkJobOutputsEqualRun() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pyspark"]
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        try #require(probe.terminationStatus == 0, "pyspark is not installed: run scripts/setup.sh")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestPaths.repository.appendingPathComponent("scripts/test-spark.sh").path]
        var environment = ProcessInfo.processInfo.environment
        environment["KZALIGN_BIN"] = TestPaths.executable.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("spark: documents.jsonl identical"), "\(text)")
        #expect(!text.contains("DIFFERS"), "\(text)")
    }
}
