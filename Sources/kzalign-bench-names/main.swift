// Benchmark of the names stage (not a test): map throughput on 2 threads over a corpus
// made by repeating the seed articles, the reduce on that corpus, and clustering 100,000
// synthetic distinct name variants. Prints medians and peak memory (VmHWM).
// usage: kzalign-bench-names SEEDS_DIR REPO_ROOT [MEGABYTES] [VARIANTS]
import Dispatch
import Foundation
import KZAlign

let arguments = CommandLine.arguments
let seeds = arguments.count > 1 ? arguments[1] : "corpus"
let root = arguments.count > 2 ? arguments[2] : "."
let megabytes = arguments.count > 3 ? Double(arguments[3])! : 20
let variantCount = arguments.count > 4 ? Int(arguments[4])! : 100_000

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func peakMemoryMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

// Seed documents segmented by line, language by stop words (as the tests do).
func seedDocuments() throws -> [Document] {
    let files = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
    return try files.map { file in
        let text = Normalizer.normalize(try String(contentsOfFile: "\(seeds)/\(file)", encoding: .utf8), .nfc)
        var document = Document(id: file, path: file, sha256: "", text: text)
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        let de = words.filter { ["der", "die", "und"].contains($0) }.count
        let fr = words.filter { ["le", "la", "les", "des"].contains($0) }.count
        let en = words.filter { ["the", "and", "of"].contains($0) }.count
        document.language = de > max(fr, en) ? "de" : fr > en ? "fr" : "en"
        var start = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.isEmpty {
                var segment = Segment(id: "\(file):\(document.segments.count)", start: start, end: start + length, kind: .sentence, text: String(line))
                segment.language = document.language
                document.segments.append(segment)
            }
            start += length + 1
        }
        return document
    }
}

let context = StageContext(baseDirectory: URL(fileURLWithPath: root), jsonPath: "stages[0]")
let setupStart = now()
let stage = try NamesStage(options: .init(), context: context)
print(String(format: "stage set-up (gazetteer + CLDR countries): %.2f s", now() - setupStart))

let base = try seedDocuments()
let baseBytes = base.reduce(0) { $0 + $1.text.utf8.count }
let copies = max(1, Int(megabytes * 1_000_000 / Double(baseBytes)))
var documents: [Document] = []
for copy in 0..<copies {
    for var document in base {
        document.id += "-\(copy)"
        documents.append(document)
    }
}
let totalBytes = Double(documents.count / base.count * baseBytes)
// Warm the word lists once (loaded lazily on first use).
_ = try stage.makeProcessor()
var warm = base[0]
try stage.makeProcessor().process(&warm)

var mapTimes: [Double] = []
var mapped: [Document] = []
for _ in 0..<3 {
    var output = documents
    let workers = 2
    let start = now()
    output.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let shared = buffer   // each worker writes only its own indices
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let processor = try! stage.makeProcessor()
            var i = worker
            while i < shared.count {
                try! processor.process(&shared[i])
                i += workers
            }
        }
    }
    mapTimes.append(now() - start)
    mapped = output
}
let mapMedian = median(mapTimes)
print(String(format: "map (find mentions), 2 threads: %.1f MB in %.2f s median of 3 => %.1f MB/s",
             totalBytes / 1e6, mapMedian, totalBytes / 1e6 / mapMedian))
var corpus = Corpus(documents: mapped)
let reduceStart = now()
try stage.reduce(&corpus)
print(String(format: "reduce over %d documents, %d mentions: %.2f s, %d entities", corpus.documents.count,
             corpus.documents.reduce(0) { $0 + $1.mentions.count }, now() - reduceStart, corpus.entities.count))

// Synthetic distinct variants: given name + surname from syllables, spelt in several conventions.
var rng = SystemRandomNumberGenerator()
struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 { state &+= 0x9E3779B97F4A7C15; var z = state; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return z ^ (z >> 31) }
}
var generator = Seeded(state: 42)
let syllables = ["ka", "ri", "ma", "sy", "tok", "zhan", "nur", "bek", "as", "yl", "ar", "man", "dau", "let", "er", "go",
                 "zhin", "sul", "tan", "ba", "ye", "mu", "rat", "kul", "ti", "mur", "sha", "vkat", "al", "ikh", "dar", "ig"]
let endings = ["ov", "ev", "bayev", "iyev", "in", "uly", "ova", "eva", "ow", "ew", "off", "jew"]
var forms: Set<String> = []
while forms.count < variantCount {
    func word(_ n: Int) -> String { (0..<n).map { _ in syllables.randomElement(using: &generator)! }.joined() }
    let given = word(Int.random(in: 2...3, using: &generator)).capitalized
    let surname = (word(Int.random(in: 2...3, using: &generator)) + endings.randomElement(using: &generator)!).capitalized
    forms.insert(Bool.random(using: &generator) ? "\(given) \(surname)" : surname)
}
let keyer = NameKeyer()
let keyStart = now()
// Each variant in a document of its own (as across a corpus), 10 per document.
var syntheticDocuments: [Document] = []
for (i, form) in forms.sorted().enumerated() {
    if i % 10 == 0 {
        var document = Document(id: "synthetic-\(i / 10)", path: "synthetic", sha256: "", text: "")
        document.language = "en"
        syntheticDocuments.append(document)
    }
    syntheticDocuments[syntheticDocuments.count - 1].mentions.append(
        Mention(start: 0, end: 0, surface: form, segment: "synthetic-\(i / 10):0", type: "person",
                key: keyer.key(form, language: "en").joined, latin: form))
}
let keyTime = now() - keyStart
var syntheticCorpus = Corpus(documents: syntheticDocuments)
let clusterStart = now()
try stage.reduce(&syntheticCorpus)
print(String(format: "clustering %d distinct variants: keys %.2f s, clustering %.2f s, %d entities",
             forms.count, keyTime, now() - clusterStart, syntheticCorpus.entities.count))
print(String(format: "peak memory: %.0f MB", peakMemoryMB()))
