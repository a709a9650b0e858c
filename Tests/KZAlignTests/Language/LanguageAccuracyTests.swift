import Foundation
import Testing
@testable import KZAlign

/// Accuracy floors on the first 200 lines per language of Lingua's test sets
/// (../shared/langid-testdata), 12 candidates: a few points under what
/// scripts/eval-langid.sh measured on the full files, to catch regressions.
@Suite("Language identification accuracy floors")
struct LanguageAccuracyTests {
    static let languages = ["ar", "de", "en", "es", "fr", "it", "kk", "pl", "ru", "tr", "uk", "zh"]

    @Test("mean accuracy per category stays above its floor", arguments: [
        ("sentences", 0.99), ("word-pairs", 0.95), ("single-words", 0.85),
    ])
    func floor(category: String, minimum: Double) throws {
        let identifier = try installedIdentifier()
        let candidates = try identifier.languageSet(Self.languages)
        var total = 0.0
        for language in Self.languages {
            let items = try lines(of: testDataFolder.appendingPathComponent("\(language)/\(category).txt"), count: 200)
            #expect(items.count == 200, "\(language)/\(category).txt missing or short")
            total += accuracy(items, language, identifier, candidates)
        }
        let mean = total / Double(Self.languages.count)
        #expect(mean >= minimum, "\(category): \(mean)")
    }
}
