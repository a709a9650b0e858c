// Benchmark of the glossary stage (issue 5 targets): matching throughput with
// a generated 10,000-concept glossary, and load time of a generated
// 100,000-variant glossary. Prints medians. Run: scripts/bench-glossary.sh
import Foundation
import KZAlign

let arguments = CommandLine.arguments
let seedsFolder = arguments.count > 1 ? arguments[1] : "corpus"
let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 5
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kzalign-bench-glossary-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

/// Deterministic pseudo-random numbers (SplitMix64), so every run generates the same data.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
nonisolated(unsafe) var random = SplitMix(state: 42)
let latin = Array("abcdefghijklmnoprstuvz"), cyrillic = Array("абвгдежзиклмнопрстуфхцчшыэюяқңөұүі")
func word(_ alphabet: [Character], _ length: Int) -> String {
    String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
}
let languages = ["en", "de", "fr", "ru", "kk", "tr"]

/// A TSV glossary of `concepts` concepts with `perConcept` variants each:
/// multi-word names in Latin and Cyrillic, an acronym, inflecting and compound flags.
func glossaryTSV(concepts: Int, perConcept: Int) -> String {
    var out = "id\ttype\tlabel\twikidata\tlang\tvariant\tflags\n"
    for c in 0..<concepts {
        let label = (0..<(1 + c % 3)).map { _ in word(latin, 4 + Int(random.next() % 6)).capitalized }.joined(separator: " ")
        for v in 0..<perConcept {
            let language = languages[(c + v) % languages.count]
            let form: String, flags: String
            switch v % 4 {
            case 0: form = label; flags = ""
            case 1: form = word(latin, 3 + c % 3).uppercased() + "\(c % 10)"; flags = "cs"
            case 2: form = (0..<(1 + v % 3)).map { _ in word(cyrillic, 5 + Int(random.next() % 5)) }.joined(separator: " "); flags = "inflects"
            default: form = word(latin, 7 + Int(random.next() % 5)).capitalized; flags = "inflects,compound"
            }
            out += "c\(c)\tterm\t\(label)\t\t\(v % 4 == 2 ? "ru" : language)\t\(form)\t\(flags)\n"
        }
    }
    return out
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
/// CPU seconds this thread has used (the machine may be shared: wall time then overstates the cost).
func threadCPU() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

// 1. Load time of a 100,000-variant glossary (25,000 concepts × 4), without and with CLDR concepts.
let bigURL = scratch.appendingPathComponent("big.tsv")
try glossaryTSV(concepts: 25_000, perConcept: 4).write(to: bigURL, atomically: true, encoding: .utf8)
var loadTimes: [Double] = [], loadTimesCLDR: [Double] = [], loadCPU: [Double] = []
var variantCount = 0
for _ in 0..<runs {
    let cpuStart = threadCPU()
    loadTimes.append(try time {
        let glossary = try GlossaryLoader(files: [(bigURL, "big.tsv")], cldrCountries: false).load()
        variantCount = glossary.variantCount
        _ = TermIndex(glossary: glossary)
    })
    loadCPU.append(threadCPU() - cpuStart)
    loadTimesCLDR.append(try time {
        let glossary = try GlossaryLoader(files: [(bigURL, "big.tsv")], cldrCountries: true,
                                          cldrLanguages: GlossaryStage.supportedLanguages,
                                          languageConcepts: GlossaryStage.supportedLanguages).load()
        _ = TermIndex(glossary: glossary)
    })
}
print(String(format: "load: %d variants: median %.3f s wall, %.3f CPU s (with CLDR concepts for 14 languages: %.3f s wall)",
             variantCount, median(loadTimes), median(loadCPU), median(loadTimesCLDR)))

// 1b. The shipped glossary with CLDR concepts (the default stage options).
do {
    let shippedOnly = URL(fileURLWithPath: seedsFolder).deletingLastPathComponent().appendingPathComponent("glossaries/terms.tsv")
    var times: [Double] = []
    var variants = 0
    for _ in 0..<runs {
        times.append(try time {
            let glossary = try GlossaryLoader(files: [(shippedOnly, "terms.tsv")], cldrCountries: true,
                                              cldrLanguages: GlossaryStage.supportedLanguages,
                                              languageConcepts: GlossaryStage.supportedLanguages).load()
            variants = glossary.variantCount
            _ = TermIndex(glossary: glossary)
        })
    }
    print(String(format: "load: shipped terms.tsv + CLDR, %d variants: median %.3f s wall", variants, median(times)))
}

// 2. Matching throughput with a 10,000-concept glossary plus the shipped one and CLDR.
let tenK = scratch.appendingPathComponent("10k.tsv")
try glossaryTSV(concepts: 10_000, perConcept: 3).write(to: tenK, atomically: true, encoding: .utf8)
var options = GlossaryStage.Options()
let shipped = URL(fileURLWithPath: seedsFolder).deletingLastPathComponent().appendingPathComponent("glossaries/terms.tsv")
options.glossaries = [shipped.path, tenK.path]
let stage = try GlossaryStage(options: options, context: StageContext(baseDirectory: URL(fileURLWithPath: "/"), jsonPath: "stages[0]"))
print("matching glossary: \(stage.index.glossary.concepts.count) concepts, \(stage.index.glossary.variantCount) variants")

/// Documents of about `megabytes` MB: the seed articles repeated, one segment per line.
func corpus(megabytes: Int, scramble: Bool) throws -> ([Document], Int) {
    let files = try FileManager.default.contentsOfDirectory(atPath: seedsFolder).filter { $0.hasSuffix(".txt") }.sorted()
    var texts = try files.map { try String(contentsOfFile: seedsFolder + "/" + $0, encoding: .utf8) }
    texts.append(String(repeating: "Лидеры Организации Договора о коллективной безопасности встретились в Казахстане. ОДКБ-ның миротворцы. ", count: 20))
    var documents: [Document] = []
    var bytes = 0
    var n = 0
    while bytes < megabytes * 1_000_000 {
        var text = texts[n % texts.count]
        if scramble {   // fresh word forms: every 7th word gets a unique suffix (cold memo)
            var k = 0
            text = text.split(separator: " ").map { k += 1; return k % 7 == 0 ? "\($0)\(n)x\(k)" : String($0) }.joined(separator: " ")
        }
        var document = Document(id: "d\(n)", path: "d\(n)", sha256: "", text: text)
        var offset = 0
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let length = line.unicodeScalars.count
            var segment = Segment(id: "d\(n):\(i)", start: offset, end: offset + length, kind: .sentence, text: String(line))
            segment.language = "und"
            document.segments.append(segment)
            offset += length + 1
        }
        bytes += text.utf8.count
        documents.append(document)
        n += 1
    }
    return (documents, bytes)
}

for scramble in [false, true] {
    let (documents, bytes) = try corpus(megabytes: 10, scramble: scramble)
    var oneThread: [Double] = [], twoThreads: [Double] = [], oneThreadCPU: [Double] = []
    var termCount = 0
    for _ in 0..<runs {
        let cpuStart = threadCPU()
        oneThread.append(try time {
            let processor = try stage.makeProcessor()
            termCount = 0
            for var document in documents {
                try processor.process(&document)
                termCount += document.terms.count
            }
        })
        oneThreadCPU.append(threadCPU() - cpuStart)
        twoThreads.append(time {
            let half = documents.count / 2
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                guard let processor = try? stage.makeProcessor() else { return }
                for i in (part == 0 ? 0..<half : half..<documents.count) {
                    var document = documents[i]
                    try? processor.process(&document)
                }
            }
        })
    }
    let mb = Double(bytes) / 1e6
    print(String(format: "match (%@): %.1f MB, %d terms: 1 thread median %.1f MB/s wall, %.1f MB per CPU second; 2 threads median %.1f MB/s wall",
                 scramble ? "1 in 7 words unseen" : "seed articles repeated", mb, termCount,
                 mb / median(oneThread), mb / median(oneThreadCPU), mb / median(twoThreads)))
}
