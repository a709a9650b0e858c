// Benchmark of comparable alignment on a generated corpus (scripts/bench-align.sh runs it).
// Usage: kzalign-bench-align [DOCUMENTS] [SEGMENTS_PER_DOCUMENT]
// Documents in en/de/fr/ru are built from FreeDict-translatable words so that the lexicon,
// the inverted index and the margin all do real work; ~1 in 10 segments has a translated
// counterpart in another document. Prints time and link count; run under /usr/bin/time for memory.
import Foundation
import KZAlign

let arguments = CommandLine.arguments
let documents = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
let perDocument = arguments.count > 2 ? Int(arguments[2]) ?? 30 : 30
let vocabulary: [String: [String]] = [
    "en": "protest fuel price government city region police people died injured president parliament army weapon border court trial minister prison election bank".split(separator: " ").map(String.init),
    "de": "Protest Kraftstoff Preis Regierung Stadt Region Polizei Menschen starben verletzt Präsident Parlament Armee Waffe Grenze Gericht Prozess Minister Gefängnis Wahl Bank".split(separator: " ").map(String.init),
    "fr": "manifestation carburant prix gouvernement ville région police personnes morts blessés président parlement armée arme frontière tribunal procès ministre prison élection banque".split(separator: " ").map(String.init),
    "ru": "протест топливо цена правительство город регион полиция люди погибли ранены президент парламент армия оружие граница суд процесс министр тюрьма выборы банк".split(separator: " ").map(String.init),
]
let languages = ["en", "de", "fr", "ru"]
var rng = SystemRandomNumberGenerator()
var generator = Xorshift(seed: 42)
var inputs: [AlignInput] = []
inputs.reserveCapacity(documents * perDocument)
for d in 0..<documents {
    let language = languages[d % 4]
    for s in 0..<perDocument {
        // segments share a "story" id with the same index in neighbouring documents (a counterpart)
        var g = Xorshift(seed: UInt64(s * 7_919 + (d / 4) * 104_729 + 1))
        let story = (s % 10 == 0)
        let words = (0..<Int(6 + g.next() % 9)).map { _ in Int(story ? g.next() % 21 : generator.next() % 21) }
        let number = story ? Int(g.next() % 5000) : Int(generator.next() % 5000)
        let text = words.map { vocabulary[language]![$0] }.joined(separator: " ") + " \(number)."
        inputs.append(AlignInput(document: "doc\(d)", segment: "doc\(d):\(s)", language: language, text: text))
    }
}
let start = Date()
let lexicon = try TranslationLexicon.load(languages: Set(languages), cacheFolder: URL(fileURLWithPath: ".cache/kzalign"))
let (frequencies, lemmatizer, _) = try AlignWordData.load(languages: Set(languages))
let loaded = Date()
let links = ComparableAligner(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer).align(inputs)
let done = Date()
print("comparable: \(documents) documents, \(inputs.count) segments: lexicon \(String(format: "%.1f", loaded.timeIntervalSince(start))) s, align \(String(format: "%.1f", done.timeIntervalSince(loaded))) s, \(links.count) links")
_ = rng

struct Xorshift {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9 : seed }
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}
