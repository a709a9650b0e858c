#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A named rule for a line that news pages carry but that is not article text.
public struct BoilerplateRule: Codable, Sendable, Equatable {
    /// Name reported in counts ("read-more").
    public var name: String
    /// ICU regular expression matched against the whole trimmed line, case-insensitively.
    public var pattern: String

    public init(name: String, pattern: String) {
        self.name = name
        self.pattern = pattern
    }

    /// Rules for the boilerplate of news sites in kzalign's languages (English, German, French,
    /// Russian, Ukrainian, Kazakh, Kyrgyz, Uzbek, Turkish, Arabic, Italian, Spanish, Polish).
    /// Each matches a whole short line only, never part of running text.
    public static let defaults: [BoilerplateRule] = [
        .init(name: "comment-prompt", pattern: #"(leave a (comment|reply)|comments?|post a comment|add comment|your email address will not be published\..*|required fields are marked.*|kommentar (schreiben|hinterlassen)|laisser un commentaire|оставить комментарий|комментарии|залишити коментар|коментарі|пікір қалдыру|пікірлер|комментарий калтыруу|izoh qoldirish|izohlar|أضف تعليق(ا|ًا)?|التعليقات|yorum yap(ın)?)"#),
        .init(name: "read-more", pattern: #"(read more|read also|also read|see also|related( articles?| news)?|lesen sie (auch|mehr)|mehr zum thema|lire (aussi|la suite)|à lire aussi|voir aussi|читайте (также|еще|ещё)|смотрите также|по теме|читайте також|дивіться також|сондай-ақ оқыңыз|толығырақ|дагы окуңуз|shuningdek o['‘’ʻ]qing|batafsil|اقرأ (أيضا|أيضًا|المزيد)|ayrıca (okuyun|bakınız)|ilgili haberler|leggi anche|lee también|czytaj (też|także|więcej))(\s*[:：>»|–—-].*)?"#),
        .init(name: "source-link", pattern: #"(source link|source|quelle|источник|джерело|дереккөз|булак|manba|المصدر|kaynak|fonte|fuente|źródło)\s*:?\s*(https?://\S+)?"#),
        .init(name: "loading", pattern: #"(loading|chargement|загрузка|завантаження|жүктелуде|жүктөлүүдө|yuklanmoqda|جار(ي|ٍ) التحميل|yükleniyor|wird geladen)\s*(\.\.\.|…)?"#),
        .init(name: "view-counter", pattern: #"[\d\s.,]+\s*(views?|просмотр(ов|а)?|перегляд(ів|и)?|қаралым|көрүү|ko['‘’ʻ]rishlar|مشاهد(ة|ات)|görüntülenme|aufrufe|vues)\b.*"#),
        .init(name: "share-prompt", pattern: #"(share( this( article)?)?|teilen|partager|поделиться|поділитися|бөлісу|бөлүшүү|ulashish|شارك|paylaş|condividi|compartir|udostępnij)\s*:?\s*((facebook|twitter|x|telegram|whatsapp|vk|email)[\s,|]*)*"#),
        .init(name: "subscribe-prompt", pattern: #"(subscribe|follow us|abonnieren|abonnez-vous|suivez-nous|подписывайтесь|подпишитесь|підписуйтесь|жазылыңыз|obuna bo['‘’ʻ]ling|تابعونا|abone ol(un)?|takip edin)\b.{0,80}"#),
        .init(name: "advertisement", pattern: #"(advertisement|advertising|sponsored|anzeige|werbung|publicité|реклама|жарнама|إعلان|reklam|pubblicità|publicidad|reklama)"#),
        .init(name: "site-name", pattern: #"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|info|kz|ru|kg|uz|ua|tr|de|fr|uk|eu|io|news|media)"#),
    ]
}

/// Removes boilerplate lines from a text. All rules are compiled into one ICU
/// regular expression with a capture group per rule, matched once per short line.
///
/// Thread safety: not thread-safe (ICU regex state); `clone()` one per worker.
public final class BoilerplateFilter {
    private let names: [String]
    private let regex: RegularExpression?
    /// Lines longer than this are running text and never removed.
    public let maxLineLength: Int

    /// - Throws: `OptionError` naming `boilerplate[i].pattern` when a pattern does not compile.
    public init(rules: [BoilerplateRule], maxLineLength: Int) throws {
        for (index, rule) in rules.enumerated() {
            do {
                _ = try RegularExpression("(?:\(rule.pattern))", caseInsensitive: true)
            } catch {
                throw OptionError(key: "boilerplate[\(index)].pattern", "not a valid ICU regular expression: \(rule.pattern)")
            }
        }
        names = rules.map(\.name)
        regex = rules.isEmpty ? nil : try RegularExpression(
            rules.map { "(" + BoilerplateFilter.nonCapturing($0.pattern) + ")" }.joined(separator: "|"), caseInsensitive: true)
        self.maxLineLength = maxLineLength
    }

    private init(names: [String], regex: RegularExpression?, maxLineLength: Int) {
        self.names = names
        self.regex = regex
        self.maxLineLength = maxLineLength
    }

    /// An independent copy for another thread.
    public func clone() throws -> BoilerplateFilter {
        BoilerplateFilter(names: names, regex: try regex?.clone(), maxLineLength: maxLineLength)
    }

    /// Turns every capturing group `(` of a pattern into `(?:`, so that group
    /// numbers of the combined expression are the rule numbers.
    static func nonCapturing(_ pattern: String) -> String {
        let characters = Array(pattern)
        var out = ""
        var inClass = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                out.append(character)
                out.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "[" { inClass = true } else if character == "]" { inClass = false }
            if character == "(", !inClass, index + 1 >= characters.count || characters[index + 1] != "?" {
                out.append("(?:")
            } else {
                out.append(character)
            }
            index += 1
        }
        return out
    }

    /// The text without boilerplate lines, and how many lines each rule removed.
    public func filter(_ text: String) -> (text: String, removed: [String: Int]) {
        guard regex != nil else { return (text, [:]) }
        var removed: [String: Int] = [:]
        // Byte ranges of the lines (split on LF) and whether each is kept. Only lines short
        // enough to be boilerplate become substrings; running text is passed over as bytes.
        var lines: [(range: Range<Int>, kept: Bool)] = []
        var changed = false
        let maxBytes = maxLineLength * 4
        let utf8 = text.utf8
        let scanned: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            var lineStart = 0
            while true {
                let rest = bytes.count - lineStart
                let lineEnd: Int
                if rest > 0, let found = memchr(bytes.baseAddress! + lineStart, 0x0A, rest) {
                    lineEnd = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
                } else {
                    lineEnd = bytes.count
                }
                var kept = true
                if lineEnd - lineStart <= maxBytes, lineEnd > lineStart {
                    let line = text[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: lineEnd)]
                    if let rule = matchingRule(line) {
                        removed[rule, default: 0] += 1
                        kept = false
                        changed = true
                    }
                }
                lines.append((lineStart..<lineEnd, kept))
                if lineEnd == bytes.count { break }
                lineStart = lineEnd + 1
            }
        }
        guard scanned != nil else { return filterNonContiguous(text) }
        guard changed else { return (text, removed) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        utf8.withContiguousStorageIfAvailable { bytes in
            var first = true
            for line in lines where line.kept {
                if !first { out.append(0x0A) }
                out.append(contentsOf: bytes[line.range])
                first = false
            }
        }
        return (String(decoding: out, as: UTF8.self), removed)
    }

    /// `filter` for a string without contiguous UTF-8 storage (not produced by kzalign's readers).
    private func filterNonContiguous(_ text: String) -> (text: String, removed: [String: Int]) {
        var copy = text
        copy.makeContiguousUTF8()
        return filter(copy)
    }

    /// The name of the rule a line matches, nil for article text.
    public func matchingRule(_ line: Substring) -> String? {
        guard let regex, line.utf8.count <= maxLineLength * 4 else { return nil }
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.utf8.scalarCount <= maxLineLength,
              let group = regex.matchWhole(trimmed), group >= 1 else { return nil }
        return names[group - 1]
    }
}

extension Substring.UTF8View {
    /// The number of Unicode scalars: the bytes that are not UTF-8 continuation bytes.
    var scalarCount: Int {
        withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? Substring(self).unicodeScalars.count
    }
}

extension Substring {
    /// Without leading and trailing white space (Unicode White_Space, zero-width space, BOM).
    var trimmingSpaces: Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
        }
        var scalars = unicodeScalars[...]
        while let first = scalars.first, isSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isSpace(last) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }
}
