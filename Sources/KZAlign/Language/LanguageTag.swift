/// BCP-47 language tags as documents and segments carry them ("kk", "uz-Cyrl", "zh-Hans").
enum LanguageTag {
    /// The language subtag, whose dictionaries, CLDR data and tables apply to every script and
    /// region of the language: "uz-Cyrl" → "uz"; a tag without subtags is itself.
    static func base(_ tag: String) -> String {
        tag.split(separator: "-").first.map(String.init) ?? tag
    }
}
