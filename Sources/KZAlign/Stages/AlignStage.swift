import Foundation

/// Links segments that say the same thing across languages (`Corpus.alignments`).
///
/// Comparable mode (default) links any documents through anchors, dictionaries and
/// cognates with a margin decision (`ComparableAligner`); document pairs declared as
/// translations (`parallelPairs`, or ids differing only by a language suffix such as
/// `report.de` / `report.fr` when `detectParallelSuffix` is on) are aligned in order with
/// `ParallelAligner` instead. Mode `parallel` aligns only those pairs.
/// Entity ids (names stage) and concept ids (glossary stage) are used when present.
public struct AlignStage: CorpusStage {
    public static let typeName = "align"
    public static let summary = "links equivalent statements across languages (comparable: anchors + dictionaries + margin; parallel: banded DP)"
    public static let requires: Set<Capability> = [.segments, .language]
    public static let provides: Set<Capability> = [.alignments]

    public struct Options: StageOptions {
        /// "comparable" (default: every document pair, declared translations in order) or "parallel" (declared pairs only).
        public var mode = "comparable"
        /// Margin a pair needs to be linked (score / mean of both sides' k best runner-up scores). Default 1.8.
        public var threshold = 1.8
        /// Minimum raw score in [0, 1] of a link. Default 0.1.
        public var minScore = 0.1
        /// k of the k-nearest-neighbour mean in the margin. Default 4.
        public var marginK = 4
        /// Link segments of the same language too. Default false.
        public var sameLanguage = false
        /// Keys (words, anchors) shared by more segments than this do not propose candidates. Default 256.
        public var maxPostings = 256
        /// Candidates scored per segment. Default 24.
        public var candidatesPerSegment = 24
        /// A segment's second link into the same document needs this share of its first link's score
        /// (one sentence saying what two say elsewhere). Default 0.85; 1 keeps one link per document.
        public var secondLinkRatio = 0.85
        /// Link what a linked sentence says beyond its partner to another segment of that document
        /// (a long sentence holding two statements): at the threshold, or at margin ≥ 1 next to the
        /// partner (at most 4 segments away, none between them linked). Default true.
        public var residualLinks = true
        /// Link two segments that are both linked to the same segment of a third document and
        /// language, when their own margin is at least 1 (the threshold's bar is for pairs no third
        /// language vouches for). Default true.
        public var transitiveLinks = true
        /// Link a pair that lies between two links of its two documents, one before and one after it
        /// in both (at most 4 segments away), when its margin is at least 1: documents that translate
        /// each other in stretches. Default true.
        public var gapLinks = true
        /// Document id pairs that translate each other: [["report.de", "report.fr"]].
        public var parallelPairs: [[String]] = []
        /// Treat documents whose ids differ only by a language suffix (".de", "_fr", "-ru") as translations. Default true.
        public var detectParallelSuffix = true
        /// Dictionaries to use: FreeDict pairs ("deu-eng") and `mueller7`; empty: every installed one touching the corpus languages.
        public var dictionaries: [String] = []
        /// Folders searched for FreeDict files. Default ["/usr/share/dictd"].
        public var dictionaryFolders: [String] = TranslationLexicon.defaultFolders
        /// Folder (relative to the pipeline file) for the parsed-dictionary cache, which keeps the 4 most recently used
        /// lexicons. Default ".cache/kzalign"; "" disables it.
        public var cacheFolder = ".cache/kzalign"
        /// Documents with more segments than this get a note (they are still aligned). Default 20000.
        public var largeDocumentSegments = 20_000

        public init() {}

        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&mode, .mode)
            try c.fill(&threshold, .threshold)
            try c.fill(&minScore, .minScore)
            try c.fill(&marginK, .marginK)
            try c.fill(&sameLanguage, .sameLanguage)
            try c.fill(&maxPostings, .maxPostings)
            try c.fill(&candidatesPerSegment, .candidatesPerSegment)
            try c.fill(&secondLinkRatio, .secondLinkRatio)
            try c.fill(&residualLinks, .residualLinks)
            try c.fill(&transitiveLinks, .transitiveLinks)
            try c.fill(&gapLinks, .gapLinks)
            try c.fill(&parallelPairs, .parallelPairs)
            try c.fill(&detectParallelSuffix, .detectParallelSuffix)
            try c.fill(&dictionaries, .dictionaries)
            try c.fill(&dictionaryFolders, .dictionaryFolders)
            try c.fill(&cacheFolder, .cacheFolder)
            try c.fill(&largeDocumentSegments, .largeDocumentSegments)
        }

        public func validate() throws {
            guard ["comparable", "parallel"].contains(mode) else {
                throw OptionError(key: "mode", "must be one of comparable, parallel; found '\(mode)'")
            }
            guard threshold > 0 else { throw OptionError(key: "threshold", "must be greater than 0") }
            guard (0...1).contains(minScore) else { throw OptionError(key: "minScore", "must be in [0, 1]") }
            guard marginK >= 1 else { throw OptionError(key: "marginK", "must be at least 1") }
            guard maxPostings >= 2 else { throw OptionError(key: "maxPostings", "must be at least 2") }
            guard candidatesPerSegment >= 1 else { throw OptionError(key: "candidatesPerSegment", "must be at least 1") }
            guard secondLinkRatio > 0 && secondLinkRatio <= 1 else {
                throw OptionError(key: "secondLinkRatio", "must be in (0, 1]; found \(secondLinkRatio)")
            }
            for (index, pair) in parallelPairs.enumerated() where pair.count != 2 || pair[0] == pair[1] {
                throw OptionError(key: "parallelPairs[\(index)]", "must be two different document ids")
            }
        }
    }

    public let options: Options
    let dictionaryFolders: [String]
    let cacheURL: URL?

    public init(options: Options, context: StageContext) throws {
        self.options = options
        let folders = options.dictionaryFolders.map { context.resolve($0).path }
        dictionaryFolders = folders
        cacheURL = options.cacheFolder.isEmpty ? nil : context.resolve(options.cacheFolder)
        let installed = TranslationLexicon.installedDictionaries(folders: folders)
        for name in options.dictionaries where installed[name] == nil {
            throw PipelineError.invalidValue(file: context.jsonPath, path: "\(context.jsonPath).options.dictionaries",
                                             message: AlignError.dictionaryNotFound(name: name, searched: folders).description)
        }
    }

    public func reduce(_ corpus: inout Corpus) throws {
        var notes = Self.inputNotes(corpus.documents, largeDocumentSegments: options.largeDocumentSegments,
                                    maxPostings: options.maxPostings)
        let documentIDs = corpus.documents.map(\.id)
        // The documents wait compressed while the aligner's features and pairs are held, packed
        // before anything else is built so that it can take their memory. Every document's inputs
        // (made as it is packed, without their texts: the comparable aligner reads those a chunk
        // at a time from the packed documents) go into one table in document order (columns, not
        // an `AlignInput` each: `AlignInputTable`), `inputStarts` saying where each document's
        // begin. The table holds copies of their strings, so that none shares (and pins) a
        // document's memory.
        let jobs = ProcessInfo.processInfo.activeProcessorCount
        var packed: PackedDocuments, inputStarts: [Int]
        var all: AlignInputTable
        // The packed documents wait in a temporary file (in `TMPDIR`, unlinked), not in memory,
        // where the file can be made and written.
        var file: SpillFile?
        do {
            file = try SpillFile(directory: FileManager.default.temporaryDirectory)
        } catch {
            notes.append("align: the packed documents stay in memory: \(error)")
        }
        (packed, all, inputStarts) = Self.packed(&corpus.documents, jobs: jobs, into: file)
        if let failure = packed.spillFailure { notes.append("align: some packed documents stay in memory: \(failure)") }
        ProcessMemory.releaseFreeMemory()
        let languages = Set(all.languages).subtracting(["und"])
        var words: WordData
        do {
            words = try loadWordData(languages: languages)
        } catch {
            // a bad dictionary or word list: the corpus goes back as it was
            corpus.documents = try packed.unpackingAll(jobs: jobs)
            throw error
        }
        notes.append(contentsOf: words.notes)
        let pairs = parallelPairs(documentIDs, notes: &notes)
        // declared translations: monotonic alignment (few documents: unpacked, their inputs made with texts)
        let position = Dictionary(uniqueKeysWithValues: documentIDs.enumerated().map { ($1, $0) })
        var links = try parallelLinks(pairs, inputs: { id in
            guard let p = position[id] else { return [] }
            return Self.inputs(of: try packed.unpacked(p..<(p + 1), jobs: 1)[0], texts: true)
        }, aligner: ParallelAligner(lexicon: words.lexicon, frequencies: words.frequencies, lemmatizer: words.lemmatizer),
           notes: &notes)
        if options.mode == "comparable" {
            if languages.count < 2 && !options.sameLanguage {
                notes.append("align: the corpus has \(languages.count) language(s) (\(languages.sorted().joined(separator: ", "))); no cross-language links possible")
            } else {
                let declared = Set(pairs.flatMap { [[$0.0, $0.1], [$0.1, $0.0]] })
                let comparable = try comparableLinks(all, words: &words, texts: { range in
                    try Self.segmentTexts(range, of: packed, inputStarts: inputStarts, jobs: jobs)
                })
                links.append(contentsOf: comparable.filter { !declared.contains([$0.source.document, $0.target.document]) })
            }
        }
        all = AlignInputTable()
        ProcessMemory.releaseFreeMemory()
        corpus.documents = try packed.unpackingAll(jobs: jobs)
        Self.sortInDocumentOrder(&links, position: position)
        corpus.alignments = links
        corpus.notes.append(contentsOf: notes)
    }

    /// Notes for documents the aligner cannot do much with: no segments, or very many.
    static func inputNotes(_ documents: [Document], largeDocumentSegments: Int, maxPostings: Int) -> [String] {
        var notes: [String] = []
        for d in documents where d.segments.isEmpty { notes.append("align: document \(d.id) has no segments") }
        for d in documents where d.segments.count > largeDocumentSegments {
            notes.append("align: document \(d.id) has \(d.segments.count) segments (aligned; candidates per key capped at \(maxPostings))")
        }
        return notes
    }

    /// The dictionaries and word data the aligners read, with notes on what is missing.
    struct WordData {
        var lexicon: TranslationLexicon
        var frequencies: WordFrequencies
        var lemmatizer: EnglishLemmatizer
        var notes: [String]
    }

    /// Loads the dictionaries for `languages` (through the lexicon cache), the word frequencies and
    /// the English lemmas.
    /// - Throws: `AlignError` for a dictionary or word list that exists but cannot be read.
    func loadWordData(languages: Set<String>) throws -> WordData {
        let lexicon = try TranslationLexicon.load(languages: languages, folders: dictionaryFolders, only: options.dictionaries,
                                                  cacheFolder: cacheURL)
        let (frequencies, lemmatizer, dataNotes) = try AlignWordData.load(languages: languages)
        var notes: [String] = []
        notes.append(contentsOf: lexicon.coverageNotes(languages: languages, folders: dictionaryFolders))
        if let note = InflectionTable.missingNote(lexicon: lexicon) { notes.append(note) }
        notes.append(contentsOf: dataNotes)
        return WordData(lexicon: lexicon, frequencies: frequencies, lemmatizer: lemmatizer, notes: notes)
    }

    /// The comparable aligner's configuration from the stage's options.
    var comparableConfiguration: ComparableAligner.Configuration {
        var configuration = ComparableAligner.Configuration()
        configuration.threshold = options.threshold
        configuration.minScore = options.minScore
        configuration.marginK = options.marginK
        configuration.sameLanguage = options.sameLanguage
        configuration.maxPostings = options.maxPostings
        configuration.candidatesPerSegment = options.candidatesPerSegment
        configuration.secondLinkRatio = options.secondLinkRatio
        configuration.residualLinks = options.residualLinks
        configuration.transitiveLinks = options.transitiveLinks
        configuration.gapLinks = options.gapLinks
        return configuration
    }

    /// Comparable-mode links of `inputs`, whose texts `texts` gives a range at a time. The
    /// dictionaries (tens of MB, 113 MB for 12 languages) are not read again once the segments are
    /// keyed: `words.lexicon` is emptied then, before the index and candidate pairs are built.
    private func comparableLinks(_ inputs: AlignInputTable, words: inout WordData,
                                 texts: (Range<Int>) throws -> [String]) throws -> [Alignment] {
        var aligner = ComparableAligner(configuration: comparableConfiguration, lexicon: words.lexicon,
                                        frequencies: words.frequencies, lemmatizer: words.lemmatizer)
        let prepared = try aligner.prepare(inputs, texts: texts)
        aligner.lexicon = .empty
        words.lexicon = .empty
        return aligner.align(inputs, prepared: prepared)
    }

    /// Sorts links by source document (in corpus order: `position` gives each document's index),
    /// source segment, target document, target segment.
    static func sortInDocumentOrder(_ links: inout [Alignment], position: [String: Int]) {
        func key(_ link: Alignment) -> (Int, Int, Int, Int) {
            (position[link.source.document] ?? 0, segmentIndex(link.source.segments.first),
             position[link.target.document] ?? 0, segmentIndex(link.target.segments.first))
        }
        links.sort { key($0) < key($1) }
    }

    /// The links of the declared (or suffix-detected) translation pairs, aligned monotonically;
    /// `inputs` gives a document's inputs, with their texts, by id.
    private func parallelLinks(_ pairs: [(String, String)], inputs: (String) throws -> [AlignInput],
                               aligner: ParallelAligner, notes: inout [String]) rethrows -> [Alignment] {
        var links: [Alignment] = []
        for (a, b) in pairs {
            let source = try inputs(a), target = try inputs(b)
            if source.isEmpty || target.isEmpty {
                notes.append("align: parallel pair \(a) / \(b) has an empty side; no links")
                continue
            }
            for bead in aligner.align(source: source, target: target) where !bead.source.isEmpty && !bead.target.isEmpty {
                links.append(Alignment(
                    source: .init(document: a, segments: bead.source.map { source[$0].segment }, language: source[bead.source[0]].language),
                    target: .init(document: b, segments: bead.target.map { target[$0].segment }, language: target[bead.target[0]].language),
                    score: bead.score, evidence: bead.evidence))
            }
        }
        return links
    }

    /// The aligner's view of a document: its segments with language, entity and concept ids, and
    /// with their texts when `texts` (else the texts are empty). The inputs hold copies of the
    /// document's strings, not shared storage, so that the document's memory is freed with it.
    static func inputs(of document: Document, texts: Bool) -> [AlignInput] {
        let document = texts ? document.withSegmentTexts() : document
        var entities: [String: [String]] = [:]
        for m in document.mentions where !m.entity.isEmpty { entities[m.segment, default: []].append(m.entity.ownCopy) }
        var concepts: [String: [String]] = [:]
        for t in document.terms where !t.concept.isEmpty { concepts[t.segment, default: []].append(t.concept.ownCopy) }
        let documentID = document.id.ownCopy
        return document.segments.map { s in
            AlignInput(document: documentID, segment: s.id.ownCopy,
                       language: (s.language ?? document.language ?? "und").ownCopy, text: texts ? s.text.ownCopy : "",
                       entities: entities[s.id] ?? [], concepts: concepts[s.id] ?? [])
        }
    }

    /// `documents` packed (the array emptied; into `file` unless nil) with every document's inputs,
    /// without their texts, in one table in document order, and where each document's inputs begin.
    static func packed(_ documents: inout [Document], jobs: Int, into file: SpillFile? = nil)
        -> (PackedDocuments, AlignInputTable, inputStarts: [Int]) {
        var all = AlignInputTable()
        var inputStarts: [Int] = []
        inputStarts.reserveCapacity(documents.count)
        let packed = PackedDocuments.packing(&documents, jobs: jobs, into: file, visit: { Self.inputs(of: $0, texts: false) }) { chunk in
            for inputs in chunk {
                inputStarts.append(all.count)
                all.append(contentsOf: inputs)
            }
        }
        all.finish()
        return (packed, all, inputStarts)
    }

    /// The segment texts of the inputs in `range`, from the packed documents that hold them
    /// (`inputStarts[d]`: where document `d`'s inputs begin, one per segment in order).
    static func segmentTexts(_ range: Range<Int>, of packed: PackedDocuments, inputStarts: [Int], jobs: Int) throws -> [String] {
        guard !range.isEmpty else { return [] }
        // the last document starting at or before the range, through the last starting inside it
        var low = 0, high = inputStarts.count
        while low < high {
            let mid = (low + high) / 2
            if inputStarts[mid] <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        let first = low - 1
        var end = first + 1
        while end < inputStarts.count && inputStarts[end] < range.upperBound { end += 1 }
        var texts: [String] = []
        texts.reserveCapacity(range.count)
        for (offset, var document) in try packed.unpacked(first..<end, jobs: jobs).enumerated() {
            document.restoreSegmentTexts()
            let start = inputStarts[first + offset]
            for (index, segment) in document.segments.enumerated() where range.contains(start + index) {
                texts.append(segment.text)
            }
        }
        return texts
    }

    static func segmentIndex(_ id: String?) -> Int {
        guard let id, let colon = id.lastIndex(of: ":") else { return 0 }
        return Int(id[id.index(after: colon)...]) ?? 0
    }

    /// Declared pairs that exist, plus suffix-detected ones, each document in at most one pair.
    func parallelPairs(_ ids: [String], notes: inout [String]) -> [(String, String)] {
        let known = Set(ids)
        var result: [(String, String)] = []
        var used = Set<String>()
        for pair in options.parallelPairs {
            let missing = pair.filter { !known.contains($0) }
            if !missing.isEmpty {
                notes.append("align: parallel pair \(pair.joined(separator: " / ")) names unknown document(s) \(missing.joined(separator: ", "))")
                continue
            }
            result.append((pair[0], pair[1])); used.formUnion(pair)
        }
        if options.detectParallelSuffix {
            var byStem: [String: [String]] = [:]
            for id in ids where !used.contains(id) {
                if let stem = Self.languageSuffixStem(id) { byStem[stem, default: []].append(id) }
            }
            for stem in byStem.keys.sorted() {
                let group = byStem[stem]!.sorted()
                guard group.count >= 2 else { continue }
                for i in 0..<group.count { for j in (i + 1)..<group.count { result.append((group[i], group[j])) } }
            }
        }
        return result
    }

    /// "report.de" → "report" when the suffix after the last `.`, `_` or `-` is a 2–3 letter language code.
    static func languageSuffixStem(_ id: String) -> String? {
        guard let cut = id.lastIndex(where: { $0 == "." || $0 == "_" || $0 == "-" }) else { return nil }
        let suffix = id[id.index(after: cut)...]
        guard (2...3).contains(suffix.count), suffix.allSatisfy({ $0.isASCII && $0.isLowercase }),
              LocaleNames.language(String(suffix), in: "en") != nil else { return nil }
        return String(id[..<cut])
    }
}
