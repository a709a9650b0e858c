import Foundation
import Testing
@testable import KZAlign

/// The installed identifier, or a test failure telling how to install it.
func installedIdentifier() throws -> LanguageIdentifier {
    do {
        return try LanguageIdentifier.shared()
    } catch {
        Issue.record("language model not installed: \(error). Run scripts/setup.sh first.")
        throw error
    }
}

let testDataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/langid-testdata")

let fixtureFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/langid")

/// The first `count` lines of `file` (non-empty).
func lines(of url: URL, count: Int) throws -> [String] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return Array(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.prefix(count))
}

/// Share of `items` identified as `language` among `candidates`.
func accuracy(_ items: [String], _ language: String, _ identifier: LanguageIdentifier,
              _ candidates: LanguageSet) -> Double {
    let right = items.filter { identifier.identify($0, candidates: candidates).language == language }.count
    return Double(right) / Double(max(1, items.count))
}
