import Foundation
import Testing
import KZAlign
import KZAlignTestSupport

/// Renders the report of the injected-markup fixture in headless Chromium
/// (Debian `chromium`) and checks that the page's own script ran and nothing
/// from the corpus did. Fails, never skips, when Chromium is missing.
@Suite("report.html in Chromium")
struct ReportBrowserTests {
    static func chromium() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func injectedMarkupDoesNotRunInARealBrowser() throws {
        guard let chromium = Self.chromium() else {
            Issue.record("chromium is not installed: run scripts/setup.sh (it installs Debian's chromium from scripts/apt-packages.txt)")
            return
        }
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try HTMLReportFormat().write(OutputFixture.result(), to: directory)
        let page = directory.appendingPathComponent("report.html").absoluteString
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                      "--user-data-dir=\(directory.path)/profile"]

        let dump = try Self.run(chromium, common + ["--virtual-time-budget=3000", "--dump-dom", page])
        #expect(dump.status == 0)
        let dom = dump.output
        #expect(dom.contains("data-report-ready=\"1\""), "the report's own script did not run, so the check proves nothing")
        #expect(dom.contains("<title>kzalign report</title>"), "the title changed: injected code ran")
        #expect(!dom.contains("PWNED</title>"))
        #expect(dom.lowercased().components(separatedBy: "<script").count - 1 == 1, "an injected <script> element exists")
        #expect(!dom.lowercased().contains("<img"), "an injected <img> element exists")
        #expect(!dom.lowercased().contains("<svg onload"), "an injected <svg> element exists")
        #expect(dom.contains("&lt;script&gt;window.__pwned=1"), "the injected text is shown as text")
        #expect(dom.contains("id=\"names-count\">3 of 3 shown"), "filters initialised")

        let screenshot = directory.appendingPathComponent("report.png")
        let shot = try Self.run(chromium, common + ["--window-size=1400,2200", "--screenshot=\(screenshot.path)", page])
        #expect(shot.status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        #expect(png.count > 50_000, "the screenshot is suspiciously small (\(png.count) bytes): blank page?")
    }
}
