import Foundation

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
        .init(name: "read-more", pattern: #"(read more|read also|also read|see also|related( articles?| news)?|lesen sie (auch|mehr)|mehr zum thema|lire (aussi|la suite)|à lire aussi|voir aussi|читайте (также|еще|ещё)|смотрите также|по теме|ayrıca (okuyun|bakınız)|ilgili haberler|leggi anche|lee también|czytaj (też|także|więcej))\b.*"#),
        .init(name: "source-link", pattern: #"(source link|source|quelle|источник|kaynak|fonte|fuente|źródło)\s*:?\s*(https?://\S+)?"#),
        .init(name: "loading", pattern: #"(loading|chargement|загрузка|yükleniyor|wird geladen)\s*(\.\.\.|…)?"#),
        .init(name: "view-counter", pattern: #"[\d\s.,]+\s*(views?|просмотр(ов|а)?|görüntülenme|aufrufe|vues)\b.*"#),
        .init(name: "share-prompt", pattern: #"(share( this( article)?)?|teilen|partager|поделиться|paylaş|condividi|compartir|udostępnij)\s*:?\s*((facebook|twitter|x|telegram|whatsapp|vk|email)[\s,|]*)*"#),
        .init(name: "subscribe-prompt", pattern: #"(subscribe|follow us|abonnieren|abonnez-vous|suivez-nous|подписывайтесь|подпишитесь|abone ol(un)?|takip edin)\b.{0,80}"#),
        .init(name: "advertisement", pattern: #"(advertisement|advertising|sponsored|anzeige|werbung|publicité|реклама|reklam|pubblicità|publicidad|reklama)"#),
        .init(name: "site-name", pattern: #"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|info|kz|ru|kg|uz|ua|tr|de|fr|uk|eu|io|news|media)"#),
    ]
}

/// Removes boilerplate lines from a text.
///
/// Thread safety: immutable after init; `NSRegularExpression` matching is thread-safe.
public struct BoilerplateFilter: @unchecked Sendable {
    private let rules: [(name: String, regex: NSRegularExpression)]
    /// Lines longer than this are running text and never removed.
    public let maxLineLength: Int

    /// - Throws: `OptionError` naming `boilerplate[i].pattern` when a pattern does not compile.
    public init(rules: [BoilerplateRule], maxLineLength: Int) throws {
        self.rules = try rules.enumerated().map { index, rule in
            do {
                return (rule.name, try NSRegularExpression(pattern: "^(?:\(rule.pattern))$", options: [.caseInsensitive]))
            } catch {
                throw OptionError(key: "boilerplate[\(index)].pattern", "not a valid ICU regular expression: \(rule.pattern)")
            }
        }
        self.maxLineLength = maxLineLength
    }

    /// The text without boilerplate lines, and how many lines each rule removed.
    public func filter(_ text: String) -> (text: String, removed: [String: Int]) {
        guard !rules.isEmpty else { return (text, [:]) }
        var removed: [String: Int] = [:]
        var kept: [Substring] = []
        var changed = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let rule = matchingRule(line) {
                removed[rule, default: 0] += 1
                changed = true
            } else {
                kept.append(line)
            }
        }
        return changed ? (kept.joined(separator: "\n"), removed) : (text, removed)
    }

    /// The name of the rule a line matches, nil for article text.
    public func matchingRule(_ line: Substring) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{200B}")))
        guard !trimmed.isEmpty, trimmed.count <= maxLineLength else { return nil }
        let range = NSRange(trimmed.startIndex..., in: trimmed)
        for rule in rules where rule.regex.firstMatch(in: trimmed, options: [], range: range) != nil {
            return rule.name
        }
        return nil
    }
}
