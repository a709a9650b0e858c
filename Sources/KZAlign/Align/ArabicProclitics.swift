/// The prefix half of Light10, the light stemmer of Larkey, Ballesteros and Connell
/// ("Light Stemming for Arabic Information Retrieval", in *Arabic Computational Morphology*,
/// Springer 2007, §4): Arabic writes the conjunction و ("and") and the definite article ال,
/// with the prepositions ب ك ف and ل before it, as one word with the noun ("والحكومة", "and the
/// government"), so a dictionary that lists "حكومة" never sees the word as written. Suffixes are
/// left to the lexicon's prefix rule (a headword that is a prefix of the word).
enum ArabicProclitics {
    /// Light10's article prefixes, longest first.
    static let articles = ["وال", "بال", "كال", "فال", "لل", "ال"]

    /// Readings of `word` with its proclitics removed, most stripped last: the article (and
    /// the particle before it) when at least three letters remain; else a leading و when at least
    /// three letters remain, then an article after it. Empty for a word without them.
    static func stripped(_ word: String) -> [String] {
        if let bare = withoutArticle(word, among: articles) { return [bare] }
        guard word.hasPrefix("و"), word.count >= 4 else { return [] }
        let rest = String(word.dropFirst())
        return [rest] + (withoutArticle(rest, among: articles).map { [$0] } ?? [])
    }

    /// A dictionary headword without its article ("الحكومة" → "حكومة") when at least three letters
    /// remain; nil otherwise.
    static func withoutArticle(_ headword: String) -> String? {
        withoutArticle(headword, among: ["ال"])
    }

    /// `word` without the first of `prefixes` it starts with, when at least three letters remain.
    private static func withoutArticle(_ word: String, among prefixes: [String]) -> String? {
        guard let article = prefixes.first(where: { word.hasPrefix($0) }), word.count - article.count >= 3 else { return nil }
        return String(word.dropFirst(article.count))
    }
}
