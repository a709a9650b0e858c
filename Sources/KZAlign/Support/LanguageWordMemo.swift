/// Remembers a value per word of each language, for a worker that asks about every word of every
/// segment: news repeats its words. Look-ups hash the word's UTF-8 bytes (`UTF8Key`). When
/// `limit` words (in all languages) are held, it forgets them all and starts over.
///
/// Thread safety: none; one per worker.
final class LanguageWordMemo<Value> {
    /// One language's words. Fetch it once per segment (`table(_:)`), then look words up in it.
    final class Table {
        fileprivate var words: [UTF8Key: Value] = [:]
    }

    private var tables: [String: Table] = [:]
    private var count = 0
    /// Words held before the memo starts over.
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// The words of `language`.
    func table(_ language: String) -> Table {
        if let known = tables[language] { return known }
        let table = Table()
        tables[language] = table
        return table
    }

    /// The value of `word` in `table`, computed by `compute` the first time (and after a start over).
    @inline(__always)
    func value(_ word: String, in table: Table, compute: () -> Value) -> Value {
        let key = UTF8Key(word)
        if let known = table.words[key] { return known }
        let value = compute()
        if count >= limit {
            for other in tables.values { other.words.removeAll(keepingCapacity: true) }
            count = 0
        }
        table.words[key] = value
        count += 1
        return value
    }
}
