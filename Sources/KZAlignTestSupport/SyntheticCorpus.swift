import KZAlign

/// A generated corpus of the shape a real run produces (documents of about
/// 3 KB in eight languages and four scripts, names, terms, entities, concepts,
/// links), deterministic for a given size. For output benchmarks only: the
/// text is pseudo-words, not language.
public enum SyntheticCorpus {
    static let languages: [(code: String, letters: [Character])] = [
        ("en", Array("abcdefghiklmnoprstuvwy")), ("ru", Array("абвгдежзиклмнопрстуфхцчшыэюя")),
        ("kk", Array("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшыіэюя")), ("de", Array("abcdefghiklmnoprstuvwzäöüß")),
        ("fr", Array("abcdefghijlmnopqrstuvéèàç")), ("tr", Array("abcçdefgğhıijklmnoöprsştuüvyz")),
        ("ar", Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")), ("uk", Array("абвгґдеєжзиіїйклмнопрстуфхцчшщюя")),
    ]

    /// A corpus of `documents` documents with about `segmentsPerDocument` segments each.
    public static func corpus(documents count: Int, segmentsPerDocument: Int = 30, entities entityCount: Int = 2_000) -> Corpus {
        var random = SplitMix(seed: 42)
        let builder = CorpusBuilder()
        let entityNames: [[String]] = (0..<entityCount).map { _ in
            languages.map { language in word(&random, language.letters, 5...9).capitalized }
        }
        let conceptNames: [[String]] = (0..<100).map { _ in
            languages.map { language in word(&random, language.letters, 4...8) + " " + word(&random, language.letters, 6...10) }
        }
        var documents: [Document] = []
        documents.reserveCapacity(count)
        for d in 0..<count {
            let l = d % languages.count
            let language = languages[l]
            var segments: [String] = []
            var names: [CorpusBuilder.Name] = []
            var terms: [CorpusBuilder.Term] = []
            for s in 0..<segmentsPerDocument {
                var words = (0..<10).map { _ in word(&random, language.letters, 2...9) }
                words.append(String(random.next(1000)))
                if s % 2 == 0 {
                    let e = random.next(entityCount)
                    words.insert(entityNames[e][l], at: random.next(words.count))
                    names.append(.init(s, entityNames[e][l], entity: "entity-\(e)", type: ["person", "place", "org"][e % 3]))
                }
                if s % 6 == 0 {
                    let c = random.next(conceptNames.count)
                    words.insert(conceptNames[c][l], at: random.next(words.count))
                    terms.append(.init(s, conceptNames[c][l], concept: "concept-\(c)"))
                }
                segments.append(words.joined(separator: " ") + ".")
            }
            documents.append(builder.document(id: "doc-\(String(d, radix: 10))", language: language.code,
                                              segments: segments, names: names, terms: terms, title: "Document \(d)"))
        }
        var corpus = Corpus(documents: documents)
        let canonical = Dictionary(uniqueKeysWithValues: (0..<entityCount).map { ("entity-\($0)", (entityNames[$0][0], ["person", "place", "org"][$0 % 3])) })
        corpus.entities = builder.entities(from: documents, canonical: canonical)
        let conceptCanonical = Dictionary(uniqueKeysWithValues: (0..<conceptNames.count).map { ("concept-\($0)", (conceptNames[$0][0], "concept")) })
        corpus.concepts = builder.entities(from: documents, canonical: conceptCanonical, concepts: true)
        // Two links per document to a document in another language.
        for d in 0..<count {
            for k in 1...2 where d + k < count {
                let source = documents[d], target = documents[d + k]
                let s = random.next(segmentsPerDocument), t = random.next(segmentsPerDocument)
                corpus.alignments.append(Alignment(
                    source: .init(document: source.id, segments: [source.segments[s].id], language: source.language ?? "und"),
                    target: .init(document: target.id, segments: [target.segments[t].id], language: target.language ?? "und"),
                    score: Double(random.next(1000)) / 1000, evidence: .init(numbers: [String(random.next(1000))], lexical: 0.1)))
            }
        }
        return corpus
    }

    private static func word(_ random: inout SplitMix, _ letters: [Character], _ length: ClosedRange<Int>) -> String {
        let n = length.lowerBound + random.next(length.count)
        return String((0..<n).map { _ in letters[random.next(letters.count)] })
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small deterministic generator.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
