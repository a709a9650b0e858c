import Foundation

/// Identifies the language of a text: the naive-Bayes byte n-gram model of
/// langid.py (Lui & Baldwin 2012; py3langid's trained model) combined with
/// script and alphabet evidence from CLDR exemplar characters (a letter a
/// language does not write counts against it: ы against Ukrainian, ә against
/// Russian, ş against Uzbek) and, for short text, lexical evidence from
/// installed hunspell dictionaries and word frequencies from wordfreq when
/// they are available (`ShortTextEvidence`).
///
/// Thread safety: loaded once, then read-only except for an internal,
/// lock-protected cache of per-candidate-set tables; `identify` may be called
/// from any number of threads at once.
public final class LanguageIdentifier: @unchecked Sendable {
    /// The default candidates: the languages of Central Asian news corpora.
    public static let defaultLanguages = ["ru", "kk", "ky", "uz", "uk", "tr", "en", "de", "fr", "es", "it", "pl", "ar", "zh"]

    /// Tuning of the evidence combination; documented in docs/language-id.md.
    public struct Parameters: Sendable, Equatable {
        /// Score (nats) taken per log(1 + count) of a letter outside a language's alphabet.
        public var foreignLetterPenalty: Float = 8
        /// Score taken per log(1 + count) of a letter only in a language's auxiliary set.
        public var auxiliaryLetterPenalty: Float = 1.5
        /// Weight of the lexicon evidence for short text.
        public var lexiconWeight: Float = 10
        /// Texts up to this many words use lexicon evidence.
        public var lexiconMaxWords = 3
        /// Weight per Zipf unit of a word's frequency in a candidate's wordfreq list
        /// (`langid-words.bin`), for the same short texts as the lexicon.
        public var frequencyWeight: Float = 8
        public init() {}
    }

    public let parameters: Parameters
    let model: NaiveBayesModel
    let lexicon: Lexicon?
    let words: LanguageWords?
    /// Codes the model knows, with their column.
    private let columnOfCode: [String: Int]
    private let lock = NSLock()
    private var tables: [LanguageSet: CandidateTable] = [:]
    private var exemplarCache: [String: Exemplars] = [:]

    /// Loads the model at `modelPath` (default: `langid.bin` found by `ModelLocator`)
    /// and, when present next to it, the lexicon (`lexicon.bin`) and the word
    /// frequencies (`langid-words.bin`); either may be missing (short text is then
    /// less accurate). `useLexicon: false` leaves both out.
    public init(modelPath: String? = nil, parameters: Parameters = Parameters(), useLexicon: Bool = true) throws {
        let path = try modelPath ?? ModelLocator.locate(NaiveBayesModel.fileName).path
        model = try NaiveBayesModel(path: path)
        self.parameters = parameters
        var columns: [String: Int] = [:]
        for (i, label) in model.labels.enumerated() where columns[label] == nil && label != "zxx" {
            columns[label] = i
        }
        columnOfCode = columns
        let lexiconPath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(Lexicon.fileName).path
        lexicon = useLexicon && FileManager.default.fileExists(atPath: lexiconPath) ? try Lexicon(path: lexiconPath) : nil
        let wordsPath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(LanguageWords.fileName).path
        words = useLexicon && FileManager.default.fileExists(atPath: wordsPath) ? try LanguageWords(path: wordsPath) : nil
    }

    private static let sharedResult: Result<LanguageIdentifier, LanguageError> = {
        do { return .success(try LanguageIdentifier()) } catch let error as LanguageError { return .failure(error) } catch {
            return .failure(.invalidModel(path: NaiveBayesModel.fileName, reason: "\(error)"))
        }
    }()

    /// The process-wide identifier, loaded on first use.
    /// - Throws: `LanguageError.modelNotFound` when `scripts/setup.sh` has not been run.
    public static func shared() throws -> LanguageIdentifier { try sharedResult.get() }

    /// Every language code the model can answer, sorted. A candidate set with
    /// `uz` (or `sr`) also answers the model's other script (`uz-Cyrl`, `sr-Latn`).
    public var knownLanguages: [String] { columnOfCode.keys.sorted() }

    /// Languages the lexicon covers (empty without a lexicon).
    public var lexiconLanguages: [String] { lexicon?.languages ?? [] }

    /// Checks `codes` against the model and returns them as a set.
    /// - Throws: `LanguageError.unknownLanguage` listing the valid codes.
    public func languageSet(_ codes: [String]) throws -> LanguageSet {
        for code in codes where columnOfCode[code] == nil {
            throw LanguageError.unknownLanguage(code: code, valid: knownLanguages)
        }
        return LanguageSet(codes)
    }

    /// The default candidates that the model knows.
    public var defaultSet: LanguageSet {
        LanguageSet(Self.defaultLanguages.filter { columnOfCode[$0] != nil })
    }

    /// The most likely language of `text` among `candidates` (default: `defaultLanguages`).
    /// Text without letters (digits, punctuation, empty) is `und` with confidence 0.
    public func identify(_ text: Substring, candidates: LanguageSet? = nil) -> LanguageGuess {
        guard let (codes, probabilities) = posterior(text, candidates: candidates) else { return .undetermined }
        var best = -1
        for i in 0..<codes.count where probabilities[i] > 0 {
            if best < 0 || probabilities[i] > probabilities[best]
                || (probabilities[i] == probabilities[best] && codes[i] < codes[best]) { best = i }
        }
        guard best >= 0 else { return .undetermined }
        return LanguageGuess(language: codes[best], confidence: probabilities[best])
    }

    public func identify(_ text: String, candidates: LanguageSet? = nil) -> LanguageGuess {
        identify(text[...], candidates: candidates)
    }

    /// The ISO 15924 script `code` writes (from its CLDR main exemplar letters: "Latn", "Cyrl",
    /// "Arab", "Hani"); nil for a code without exemplars.
    public func script(of code: String) -> String? {
        let script = exemplars(of: code).script
        return script == "Zzzz" ? nil : script
    }

    /// The share of `text`'s letters written in `script` (0 for text without letters).
    public func letterShare(_ text: Substring, script: String) -> Double {
        let evidence = TextEvidence(text)
        guard evidence.letterCount > 0 else { return 0 }
        return Double(evidence.scriptCounts[script, default: 0]) / Double(evidence.letterCount)
    }

    /// The language of `text` read in one script: letters of every other script (a Latin
    /// name in an Arabic sentence, Cyrillic in a Latin one) are blanked out first, so that
    /// only the candidates writing `script` compete, on that script's letters alone.
    public func identify(_ text: Substring, candidates: LanguageSet? = nil, readingOnly script: String) -> LanguageGuess {
        identify(ScriptFilter.keeping(script, in: text)[...], candidates: candidates)
    }

    /// Every candidate with its probability, most likely first; empty for text without letters.
    public func ranking(_ text: Substring, candidates: LanguageSet? = nil) -> [LanguageGuess] {
        guard let (codes, probabilities) = posterior(text, candidates: candidates) else { return [] }
        var result: [LanguageGuess] = []
        for i in 0..<codes.count where probabilities[i] > 0 {
            result.append(LanguageGuess(language: codes[i], confidence: probabilities[i]))
        }
        result.sort { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.language < $1.language }
        return result
    }

    /// The candidates' codes and probabilities (0 for candidates of another script); nil without letters.
    private func posterior(_ text: Substring, candidates: LanguageSet?) -> (codes: [String], probabilities: [Double])? {
        let evidence = TextEvidence(text)
        guard evidence.letterCount > 0, let dominant = evidence.dominantScript else { return nil }
        let table = self.table(for: candidates ?? defaultSet)
        let k = table.codes.count
        guard k > 0 else { return nil }
        var scores: [Float]
        if let lowered = evidence.loweredBytes {
            scores = lowered.withUnsafeBufferPointer { table.naiveBayesScores($0, model: model) }
        } else if let direct = text.utf8.withContiguousStorageIfAvailable({ table.naiveBayesScores($0, model: model) }) {
            scores = direct
        } else {
            scores = Array(text.utf8).withUnsafeBufferPointer { table.naiveBayesScores($0, model: model) }
        }

        // Script: candidates written in another script than the text's are out,
        // unless no candidate writes it (then the n-gram model decides alone).
        let fitting = (0..<k).filter { table.exemplars[$0].script == dominant || table.codes[$0] == "zh" && dominant == "Hani" }
        var allowed = [Bool](repeating: fitting.isEmpty, count: k)
        for i in fitting { allowed[i] = true }

        // Alphabet: letters of the language's own script that it does not write.
        var penalties = [Float](repeating: 0, count: k)
        for (letter, count, script) in evidence.letters {
            let weight = log1pf(Float(count))
            if let masks = table.letterMasks, letter < CandidateTable.maskedLetters {
                // Bits: candidates writing the letter's script, minus those whose alphabet has it.
                let foreign = masks.script[Int(letter)] & ~masks.main[Int(letter)]
                guard foreign != 0 else { continue }
                for i in 0..<k where foreign & (1 << UInt64(i)) != 0 {
                    penalties[i] += masks.auxiliary[Int(letter)] & (1 << UInt64(i)) != 0
                        ? parameters.auxiliaryLetterPenalty * weight : parameters.foreignLetterPenalty * weight
                }
                continue
            }
            for i in 0..<k where table.exemplars[i].script == script {
                let exemplars = table.exemplars[i]
                if exemplars.main.contains(letter) { continue }
                penalties[i] += exemplars.auxiliary.contains(letter)
                    ? parameters.auxiliaryLetterPenalty * weight : parameters.foreignLetterPenalty * weight
            }
        }
        for i in 0..<k where allowed[i] { scores[i] -= penalties[i] }

        // Words: for short text, their frequencies and dictionary membership per language.
        ShortTextEvidence(lexicon: lexicon, words: words)
            .add(text: text, codes: table.codes, allowed: allowed, parameters: parameters, scores: &scores)

        // Posterior with a length temperature (py3langid: T = sqrt(bytes)).
        let temperature = Float(max(1, evidence.byteCount)).squareRoot()
        var maxScore = -Float.infinity
        for i in 0..<k where allowed[i] { maxScore = max(maxScore, scores[i]) }
        var probabilities = [Double](repeating: 0, count: k)
        var total = 0.0
        for i in 0..<k where allowed[i] {
            let p = Double(expf((scores[i] - maxScore) / temperature))
            probabilities[i] = p
            total += p
        }
        // Thin evidence: few letters cannot carry much confidence, unless the
        // script alone decides (one candidate writes it).
        let support = fitting.count == 1 ? 1 : 1 - exp(-Double(evidence.letterCount) / 6)
        for i in 0..<k { probabilities[i] = probabilities[i] / total * support }
        return (table.codes, probabilities)
    }

    private func exemplars(of code: String) -> Exemplars {
        lock.lock()
        defer { lock.unlock() }
        return cachedExemplars(code)
    }

    /// Call with `lock` held.
    private func cachedExemplars(_ code: String) -> Exemplars {
        if let cached = exemplarCache[code] { return cached }
        let made = Exemplars(code: code)
        exemplarCache[code] = made
        return made
    }

    private func table(for set: LanguageSet) -> CandidateTable {
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[set] { return table }
        // A language the model has in two scripts brings both: `uz` also answers `uz-Cyrl`.
        var codes = set.codes.filter { columnOfCode[$0] != nil }
        for code in codes where !code.contains("-") {
            for label in columnOfCode.keys.sorted() where label.hasPrefix(code + "-") && !codes.contains(label) {
                codes.append(label)
            }
        }
        let columns = codes.map { columnOfCode[$0]! }
        let exemplars = codes.map(cachedExemplars)
        let table = CandidateTable(codes: codes, priors: columns.map { model.priors[$0] },
                                   weights: model.table(columns: columns), exemplars: exemplars)
        tables[set] = table
        return table
    }
}

/// The model restricted to a candidate set: a dense float32 table.
final class CandidateTable: @unchecked Sendable {
    let codes: [String]
    let priors: [Float]
    let weights: [Float]
    let exemplars: [Exemplars]

    /// Letters below this code point (Latin to Arabic) have precomputed candidate bit masks.
    static let maskedLetters: UInt32 = 0x800

    /// Per letter, bit i set when candidate i writes the letter's script / has it in its main / auxiliary set.
    struct LetterMasks {
        var script: [UInt64]
        var main: [UInt64]
        var auxiliary: [UInt64]
    }

    /// nil with more than 64 candidates.
    let letterMasks: LetterMasks?

    init(codes: [String], priors: [Float], weights: [Float], exemplars: [Exemplars]) {
        self.codes = codes
        self.priors = priors
        self.weights = weights
        self.exemplars = exemplars
        guard codes.count <= 64 else { letterMasks = nil; return }
        let n = Int(CandidateTable.maskedLetters)
        var masks = LetterMasks(script: .init(repeating: 0, count: n), main: .init(repeating: 0, count: n),
                                auxiliary: .init(repeating: 0, count: n))
        let table = ScalarTable.shared
        for value in 0..<n {
            guard let scalar = Unicode.Scalar(UInt32(value)), let script = table.letterScript(of: scalar) else { continue }
            for (i, exemplar) in exemplars.enumerated() {
                let bit: UInt64 = 1 << UInt64(i)
                if exemplar.script == script { masks.script[value] |= bit }
                if exemplar.main.contains(UInt32(value)) { masks.main[value] |= bit }
                if exemplar.auxiliary.contains(UInt32(value)) { masks.auxiliary[value] |= bit }
            }
        }
        letterMasks = masks
    }

    /// `log P(c) + Σ_f log(1 + n_f) · log P(f | c)` for each candidate.
    func naiveBayesScores(_ bytes: UnsafeBufferPointer<UInt8>, model: NaiveBayesModel) -> [Float] {
        var scores = priors
        if bytes.count <= 4096 {
            // Short text: count features in a small open-addressing table on the stack.
            var capacity = 32
            while capacity < bytes.count * 2 { capacity <<= 1 }
            let mask = capacity - 1
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity * 2) { slots in
                slots.initialize(repeating: -1)
                for h in capacity..<(2 * capacity) { slots[h] = 0 }
                do {
                    model.walk(bytes) { feature in
                        let key = Int32(truncatingIfNeeded: feature)
                        var h = Int(UInt32(truncatingIfNeeded: feature) &* 2_654_435_761) & mask
                        while slots[h] != -1 && slots[h] != key { h = (h + 1) & mask }
                        slots[h] = key
                        slots[capacity + h] += 1
                    }
                }
                for h in 0..<capacity where slots[h] >= 0 {
                    add(feature: Int(slots[h]), count: Int(slots[capacity + h]), to: &scores)
                }
            }
            return scores
        }
        var features: [Int32] = []
        features.reserveCapacity(bytes.count)
        model.walk(bytes) { features.append(Int32($0)) }
        guard !features.isEmpty else { return scores }
        features.withUnsafeMutableBufferPointer { $0.sortIntegers() }
        var i = 0
        while i < features.count {
            var j = i + 1
            while j < features.count && features[j] == features[i] { j += 1 }
            add(feature: Int(features[i]), count: j - i, to: &scores)
            i = j
        }
        return scores
    }

    private static let log1pOfCount: [Float] = (0..<64).map { log1pf(Float($0)) }

    @inline(__always)
    private func add(feature: Int, count: Int, to scores: inout [Float]) {
        let k = codes.count
        let weight = count < 64 ? CandidateTable.log1pOfCount[count] : log1pf(Float(count))
        let row = feature * k
        weights.withUnsafeBufferPointer { table in
            scores.withUnsafeMutableBufferPointer { out in
                for c in 0..<k { out[c] += weight * table[row + c] }
            }
        }
    }
}
