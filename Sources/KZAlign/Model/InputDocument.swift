/// A document supplied in memory rather than read from the corpus folder
/// (library use, `kzalign map`): the fields of a JSONL input line.
public struct InputDocument: Sendable, Equatable {
    public var id: String
    public var text: String
    /// BCP-47 language the source declares, if any.
    public var language: String?
    public var url: String?
    public var date: String?
    public var title: String?
    /// Where it came from, for run.json (default: the id).
    public var path: String?

    public init(id: String, text: String, language: String? = nil, url: String? = nil, date: String? = nil,
                title: String? = nil, path: String? = nil) {
        self.id = id
        self.text = text
        self.language = language
        self.url = url
        self.date = date
        self.title = title
        self.path = path
    }
}
