import KZAlign

/// A small three-language corpus (English, Russian, Kazakh in Cyrillic) with
/// names, terms, entities, concepts and links, one of whose documents carries
/// injected markup. For output-format tests and `scripts/check-report.sh`.
public enum OutputFixture {
    /// Markup a hostile document carries; none of it may run in the report.
    public static let injectedScript = "<script>window.__pwned=1;document.title='PWNED'</script>"
    public static let injectedImage = "<img src=x onerror=\"document.title='PWNED'\">"
    public static let injectedTitle = "\"><svg onload=\"document.title='PWNED'\"></svg>"
    /// A variant spelling with a quote, a comma and a line break (CSV quoting).
    public static let awkwardVariant = "Партия \"Аманат\",\nАстана"

    public static func corpus() -> Corpus {
        let builder = CorpusBuilder()
        let english = builder.document(
            id: "en/masimov-detained", language: "en",
            segments: [
                "Karim Massimov, the former head of the National Security Committee, was detained on 8 January 2022.",
                "Officials in Kazakhstan said 225 people died during the unrest.",
                "The Amanat party, formerly Nur Otan, did not comment.",
            ],
            names: [.init(0, "Karim Massimov", entity: "karim-masimov", type: "person"),
                    .init(1, "Kazakhstan", entity: "kazakhstan", type: "place"),
                    .init(2, "Amanat", entity: "amanat", type: "org")],
            terms: [.init(0, "National Security Committee", concept: "knb")],
            title: "Former security chief detained")
        let russian = builder.document(
            id: "ru/masimov-zaderzhan", language: "ru",
            segments: [
                "Карим Масимов, бывший глава Комитета национальной безопасности, задержан 8 января 2022 года.",
                "Власти Казахстана сообщили, что в ходе беспорядков погибли 225 человек.",
                "В \(awkwardVariant) отказались от комментариев.",
            ],
            names: [.init(0, "Карим Масимов", entity: "karim-masimov", type: "person"),
                    .init(1, "Казахстана", entity: "kazakhstan", type: "place"),
                    .init(2, awkwardVariant, entity: "amanat", type: "org")],
            terms: [.init(0, "Комитета национальной безопасности", concept: "knb")],
            title: "Масимов задержан")
        let kazakh = builder.document(
            id: "kk/injected", language: "kk",
            segments: [
                "Кәрім Мәсімов туралы хабар \(injectedScript) жарияланды.",
                "Тәртіпсіздік кезінде 225 адам қаза тапты \(injectedImage) деп хабарлады.",
                "Ұлттық қауіпсіздік комитеті түсініктеме бермеді.",
            ],
            names: [.init(0, "Мәсімов", entity: "karim-masimov", type: "person")],
            terms: [.init(2, "Ұлттық қауіпсіздік комитеті", concept: "knb")],
            title: "Хабар \(injectedTitle)")
        var corpus = Corpus(documents: [english, kazakh, russian])
        corpus.entities = builder.entities(from: corpus.documents, canonical: [
            "karim-masimov": ("Karim Masimov", "person"),
            "kazakhstan": ("Kazakhstan", "place"),
            "amanat": ("Amanat, \"party\"", "org"),
        ])
        corpus.concepts = builder.entities(from: corpus.documents, canonical: ["knb": ("National Security Committee (KNB)", "org")],
                                           concepts: true)
        corpus.alignments = [
            Alignment(source: .init(document: english.id, segments: [english.segments[0].id], language: "en"),
                      target: .init(document: russian.id, segments: [russian.segments[0].id], language: "ru"),
                      score: 0.91, evidence: .init(entities: ["karim-masimov"], concepts: ["knb"], numbers: ["8", "2022"], lexical: 0.2)),
            Alignment(source: .init(document: russian.id, segments: [russian.segments[1].id], language: "ru"),
                      target: .init(document: english.id, segments: [english.segments[1].id], language: "en"),
                      score: 0.84, evidence: .init(entities: ["kazakhstan"], numbers: ["225"], lexical: 0.1)),
            // One-to-many, onto the two Kazakh segments that carry injected markup.
            Alignment(source: .init(document: english.id, segments: [english.segments[0].id], language: "en"),
                      target: .init(document: kazakh.id, segments: [kazakh.segments[0].id, kazakh.segments[1].id], language: "kk"),
                      score: 0.62, evidence: .init(entities: ["karim-masimov"], lexical: 0.05)),
        ]
        return corpus
    }

    public static func result() -> RunResult {
        RunResult(corpus: corpus(), manifest: RunManifest(toolVersion: "0.1.0-test", icuVersion: "72.1", pipelineHash: String(repeating: "ab", count: 32),
                                                          inputs: [.init(path: "corpus/<bad>.txt", document: nil, status: .error,
                                                                         messages: ["invalid UTF-8 \(injectedImage)"])]))
    }
}
