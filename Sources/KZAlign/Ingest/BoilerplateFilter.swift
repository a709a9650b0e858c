
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

    /// Rules for the boilerplate of news sites in kzalign's languages. Each
    /// matches a whole short line only, never part of running text.
    public static let defaults: [BoilerplateRule] = [
        .init(name: "comment-prompt", pattern: #"(leave a (comment|reply)|comments?|post a comment|add comment|your email address will not be published\..*|required fields are marked.*|kommentar (schreiben|hinterlassen)|laisser un commentaire|оставить комментарий|комментарии|yorum yap(ın)?)"#),
        .init(name: "read-more", pattern: #"(read more|read also|also read|see also|related( articles?| news)?|lesen sie (auch|mehr)|mehr zum thema|lire (aussi|la suite)|à lire aussi|voir aussi|читайте (также|еще|ещё)|смотрите также|по теме|ayrıca (okuyun|bakınız)|ilgili haberler|leggi anche|lee también|czytaj (też|także|więcej))(\s*[:：>»|–—-].*)?"#),
        .init(name: "source-link", pattern: #"(source link|source|quelle|источник|kaynak|fonte|fuente|źródło)\s*:?\s*(https?://\S+)?"#),
        .init(name: "loading", pattern: #"(loading|chargement|загрузка|yükleniyor|wird geladen)\s*(\.\.\.|…)?"#),
        .init(name: "view-counter", pattern: #"[\d\s.,]+\s*(views?|просмотр(ов|а)?|görüntülenme|aufrufe|vues)\b.*"#),
        .init(name: "share-prompt", pattern: #"(share( this( article)?)?|teilen|partager|поделиться|paylaş|condividi|compartir|udostępnij)\s*:?\s*((facebook|twitter|x|telegram|whatsapp|vk|email)[\s,|]*)*"#),
        .init(name: "subscribe-prompt", pattern: #"(subscribe|follow us|abonnieren|abonnez-vous|suivez-nous|подписывайтесь|подпишитесь|abone ol(un)?|takip edin)\b.{0,80}"#),
        .init(name: "advertisement", pattern: #"(advertisement|advertising|sponsored|anzeige|werbung|publicité|реклама|reklam|pubblicità|publicidad|reklama)"#),
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
        var kept: [Substring] = []
        var changed = false
        // Split on LF through the UTF-8 view: Character-based splitting is far slower.
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == 0x0A {
                let line = text[lineStart..<index]
                if let rule = matchingRule(line) {
                    removed[rule, default: 0] += 1
                    changed = true
                } else {
                    kept.append(line)
                }
                if atEnd { break }
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return changed ? (kept.joined(separator: "\n"), removed) : (text, removed)
    }

    /// The name of the rule a line matches, nil for article text.
    public func matchingRule(_ line: Substring) -> String? {
        guard let regex, line.utf8.count <= maxLineLength * 4 else { return nil }
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= maxLineLength,
              let group = regex.matchWhole(trimmed), group >= 1 else { return nil }
        return names[group - 1]
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
