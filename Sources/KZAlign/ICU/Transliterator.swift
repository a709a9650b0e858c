import CICU

/// An ICU transliterator, opened by id ("Russian-Latin/BGN", "Any-Latin; Latin-ASCII")
/// or compiled from custom rule text.
///
/// Thread safety: ICU transliterators are **not** thread-safe. A `Transliterator`
/// must be used by one thread at a time; call `clone()` to get an independent copy
/// for another thread or task. The type is therefore not `Sendable`.
public final class Transliterator {
    /// The id it was opened with.
    public let id: String
    private let handle: OpaquePointer

    /// Opens a registered transliterator.
    /// - Throws: `ICUError.unknownTransliterator` naming the id, with close matches.
    public init(id: String) throws {
        let utf16 = Array(id.utf16)
        var status: Int32 = 0
        guard let handle = kz_translit_open_id(utf16, Int32(utf16.count), &status) else {
            throw ICUError.unknownTransliterator(id: id, suggestions: Transliterator.suggestions(for: id))
        }
        self.id = id
        self.handle = handle
    }

    /// Compiles ICU transform rules (the syntax of ICU's transliteration rule files).
    /// - Throws: `ICUError.invalidTransliterationRules` with the 1-based rule line.
    public init(id: String, rules: String) throws {
        let idUTF16 = Array(id.utf16)
        let rulesUTF16 = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        guard let handle = kz_translit_open_rules(idUTF16, Int32(idUTF16.count), rulesUTF16,
                                                  Int32(rulesUTF16.count), &line, &offset, &status) else {
            // The transliterator parser leaves UParseError.line unset and reports the
            // offset of the failing rule in the rule text: derive the 1-based line.
            let (ruleLine, column) = Transliterator.lineAndColumn(ofUTF16Offset: Int(offset), in: rulesUTF16)
            throw ICUError.invalidTransliterationRules(
                id: id, line: line > 0 ? Int(line) : ruleLine, offset: column, icuError: ICUError.errorName(status))
        }
        self.id = id
        self.handle = handle
    }

    private init(id: String, handle: OpaquePointer) {
        self.id = id
        self.handle = handle
    }

    deinit { kz_translit_close(handle) }

    /// An independent copy for use on another thread.
    public func clone() throws -> Transliterator {
        var status: Int32 = 0
        guard let copy = kz_translit_clone(handle, &status) else {
            throw ICUError.failure(operation: "clone of transliterator '\(id)'", icuError: ICUError.errorName(status))
        }
        return Transliterator(id: id, handle: copy)
    }

    /// Transliterates `text`. Never fails once the transliterator is open.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        let source = text.utf16Units
        let (result, status) = fillUTF16(initialCapacity: source.count * 2 + 16) { buffer, capacity, status in
            kz_translit_transform(handle, source, Int32(source.count), buffer, capacity, &status)
        }
        return status > 0 ? text : result
    }

    /// Every transliterator id ICU has registered.
    public static func availableIDs() -> [String] {
        (0..<kz_translit_id_count()).map { index in
            fillUTF16(initialCapacity: 64) { buffer, capacity, _ in kz_translit_id_at(index, buffer, capacity) }.0
        }
    }

    static func lineAndColumn(ofUTF16Offset offset: Int, in text: [UInt16]) -> (line: Int, column: Int) {
        let prefix = text.prefix(max(0, min(offset, text.count)))
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, prefix.count - lineStart)
    }

    static func suggestions(for id: String) -> [String] {
        let wanted = id.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let first = wanted.first else { return [] }
        return availableIDs()
            .filter { $0.lowercased().contains(first) }
            .sorted()
            .prefix(8)
            .map { $0 }
    }
}
