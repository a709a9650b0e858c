import Foundation
import Testing
import KZAlign
import KZAlignTestSupport

/// The fixture's report.html and names.csv, compared byte for byte with the
/// files in `Golden/`. After an intended change, re-record them on purpose:
/// `KZALIGN_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests`, then review the diff.
@Suite("Golden outputs")
struct GoldenOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["KZALIGN_RECORD_GOLDEN"] == "1"

    func check(_ format: any OutputFormat.Type, golden name: String) throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try format.init().write(OutputFixture.result(), to: directory)
        let written = try Data(contentsOf: directory.appendingPathComponent(format.fileNames[0]))
        let golden = Self.folder.appendingPathComponent(name)
        if Self.recording {
            try written.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(written == expected, "\(format.fileNames[0]) differs from Golden/\(name); if intended, re-record with KZALIGN_RECORD_GOLDEN=1")
    }

    @Test func reportMatchesGolden() throws {
        try check(HTMLReportFormat.self, golden: "fixture-report.html")
    }

    @Test func namesCSVMatchesGolden() throws {
        try check(NamesCSVFormat.self, golden: "fixture-names.csv")
    }
}
