/// Concept ids as slugs: Latin-ASCII, lowercase, runs of other characters as
/// one "-" ("Côte d’Ivoire" → "cote-d-ivoire", "Kazakhstan" → "kazakhstan").
/// The names stage builds entity ids the same way, so a country is the same
/// id on both sides.
import Foundation

public enum ConceptSlug {
    /// The slug of `text` (ASCII letters and digits; anything else folds to Latin-ASCII first).
    public static func make(_ text: String) -> String {
        var ascii = text
        if !text.unicodeScalars.allSatisfy({ $0.isASCII }) {
            ascii = latinASCII.transliterate(text)
        }
        var out = ""
        var pendingDash = false
        for scalar in ascii.lowercased().unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    private static let latinASCII = SlugTransliterator(try? Transliterator(id: "Any-Latin; Latin-ASCII"))
}

/// A transliterator behind a lock (ICU transliterators are not thread-safe).
private final class SlugTransliterator: @unchecked Sendable {
    private let lock = NSLock()
    private let transliterator: Transliterator?
    init(_ transliterator: Transliterator?) { self.transliterator = transliterator }
    func transliterate(_ text: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return transliterator?.transliterate(text) ?? text
    }
}
