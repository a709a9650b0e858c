/// The gazetteer's forms indexed by match key, shared by every worker.
public struct GazetteerIndex: Sendable {
    /// Joined name key ("kasim jomart tokaev") → entity ids (first = preferred on collisions).
    public var byKey: [String: [String]] = [:]
    /// Acronym key ("knb") → entity ids.
    public var byAcronym: [String: [String]] = [:]
    /// Entries by id.
    public var entries: [String: Gazetteer.Entry] = [:]
    /// Keys of every form of each entity (for similarity anchoring in the reduce).
    public var keys: [String: [NameKey]] = [:]
    /// The most name parts of any form.
    public var maxParts = 1
    /// Given names of gazetteer persons (canonical keys): evidence that a capitalised word starts a person's name.
    public var givenNames: Set<String> = []
    /// The first part of every key of `byKey`: a span whose first part is not here matches no form.
    public var firstParts: Set<String> = []
    /// Persons' Latin and Cyrillic forms by consonant skeleton (`NameKeyer.abjadSkeleton` of each
    /// part, joined by spaces) → entity ids, for names written in Arabic or Hebrew script. Only
    /// skeletons of at least 5 letters over all parts, each part at least 2.
    public var bySkeleton: [String: [String]] = [:]
    /// The most parts of a `bySkeleton` entry.
    public var maxSkeletonParts = 0
    /// The most scalars of a form in Han script. Chinese puts no spaces between words, so a "word"
    /// of running text is a clause; one longer than every Han form is no name and is not keyed.
    public var longestHanForm = 0

    public init() {}

    public init(_ gazetteer: Gazetteer, keyer: NameKeyer) {
        for entry in gazetteer.entries {
            entries[entry.id] = entry
            for (language, form) in entry.forms {
                let key = keyer.key(form, language: language)
                guard !key.isEmpty else { continue }
                if NameKeyer.script(of: form) == .han { longestHanForm = max(longestHanForm, form.unicodeScalars.count) }
                keys[entry.id, default: []].append(key)
                if key.isAcronym {
                    if !(byAcronym[key.joined]?.contains(entry.id) ?? false) { byAcronym[key.joined, default: []].append(entry.id) }
                } else {
                    if !(byKey[key.joined]?.contains(entry.id) ?? false) { byKey[key.joined, default: []].append(entry.id) }
                    firstParts.insert(key.parts[0])
                    maxParts = max(maxParts, key.parts.count)
                    if entry.type == "person" && key.parts.count >= 2 { givenNames.insert(key.parts[0]) }
                    let script = NameKeyer.script(of: form)
                    if entry.type == "person", script == .latin || script == .cyrillic {
                        if let joined = NameKeyer.abjadSkeleton(classes: key.classes, minimumPart: 2, minimumTotal: 5),
                           !(bySkeleton[joined]?.contains(entry.id) ?? false) {
                            bySkeleton[joined, default: []].append(entry.id)
                            maxSkeletonParts = max(maxSkeletonParts, key.classes.count)
                        }
                    }
                }
            }
        }
    }
}

/// Finds name mentions in one document: gazetteer forms (by match key) and,
/// in cased scripts, capitalised sequences that are not common words.
///
/// Thread safety: one per worker (holds a `NameKeyer` and transliterators).
public final class MentionFinder {
    let index: GazetteerIndex
    let commonWords: CommonWords
    let keyer: NameKeyer
    let display: TransliteratorPool
    let spoof: SpoofChecker?
    let discover: Bool

    public init(index: GazetteerIndex, commonWords: CommonWords, schemes: [String: String] = [:], discover: Bool = true) {
        self.index = index
        self.commonWords = commonWords
        self.keyer = NameKeyer(schemes: schemes)
        self.display = TransliteratorPool { TransliterationScheme.display(for: $0, overrides: schemes) }
        self.spoof = try? SpoofChecker()
        self.discover = discover
    }

    /// A word of a segment, with scalar offsets into the document text.
    struct Word {
        var text: String
        var start: Int
        var end: Int
        var capitalized: Bool
        var allCaps: Bool
        var cased: Bool
        var sentenceInitial: Bool
        var parts: [String] = []
        var classes: [String] = []
        var isAcronym = false
        var suspicious = false
    }

    /// Mentions of every segment of `document`, in text order.
    public func mentions(in document: Document) -> [Mention] {
        var result: [Mention] = []
        var surnames: Set<String> = []
        for segment in document.segments {
            let language = segment.language ?? document.language ?? "und"
            let found = mentions(in: segment, language: language, surnames: surnames)
            for mention in found where mention.type == "person" {
                if let last = mention.key.split(separator: " ").last, mention.key.containsBytes(" ") { surnames.insert(String(last)) }
            }
            result += found
        }
        return result
    }

    /// - Parameter surnames: surname keys of persons named in full earlier in the document:
    ///   a sentence-initial word matching one of them is a name ("Asov a déclaré" after "Berik Asilov").
    func mentions(in segment: Segment, language: String, surnames: Set<String> = []) -> [Mention] {
        let primary = NameKeyer.primary(language)
        let scalars = Array(segment.text.unicodeScalars)
        var words = MentionFinder.words(of: scalars, offset: segment.start)
        if words.isEmpty { return [] }
        var casedCount = 0, allCapsCount = 0
        for word in words where word.cased {
            casedCount += 1
            if word.allCaps { allCapsCount += 1 }
        }
        let headline = casedCount >= 3 && Double(allCapsCount) / Double(casedCount) > 0.6
        // Keys are computed when needed: for capitalised, uncased or headline words up front,
        // for the other words of a gazetteer span on demand.
        var keyed = [Bool](repeating: false, count: words.count)
        func ensureKey(_ i: Int) {
            if keyed[i] { return }
            keyed[i] = true
            var text = words[i].text
            // a Han clause longer than every Han form: no key, so no span runs over it
            if !words[i].cased, text.unicodeScalars.count > index.longestHanForm, NameKeyer.script(of: text) == .han { return }
            if words[i].cased, !words[i].isASCIIOnly, let spoof, NameKeyer.isMixedScript(text), spoof.isSuspicious(text) {
                words[i].suspicious = true
                text = spoof.skeleton(text)
            }
            // In an all-caps headline, words are keyed as names (TOKAYEV → Tokayev), not as acronyms.
            if headline && words[i].allCaps && text.count > 3 {
                text = text.prefix(1) + text.dropFirst().lowercased()
            }
            let key = keyer.key(text, language: language)
            words[i].parts = key.parts
            words[i].classes = key.classes
            words[i].isAcronym = key.isAcronym
        }
        for i in words.indices where words[i].capitalized || !words[i].cased || headline { ensureKey(i) }
        var covered = [Bool](repeating: false, count: words.count)
        var found: [Mention] = []
        // 1. Gazetteer forms, longest first.
        var i = 0
        while i < words.count {
            guard words[i].capitalized || !words[i].cased || (headline && words[i].allCaps), !words[i].parts.isEmpty else { i += 1; continue }
            // In scripts without case nothing marks a name: a word of one or two letters is a
            // particle or preposition (Arabic في "in" keys like Fiji), never the start of a name.
            if !words[i].cased && words[i].text.count <= 2 { i += 1; continue }
            var matched = false
            if words[i].isAcronym, let ids = index.byAcronym[words[i].parts.joined(separator: " ")], words[i].allCaps {
                found.append(mention(words, i..<(i + 1), entity: ids[0], type: index.entries[ids[0]]?.type ?? "org", segment: segment, language: language, scalars))
                covered[i] = true
                i += 1
                continue
            }
            // Arabic or Hebrew script: persons by consonant skeleton (short vowels are not written).
            let script = NameKeyer.script(of: words[i].text)
            if (script == .arabic || script == .hebrew) && index.byKey[words[i].parts.joined(separator: " ")] == nil,
               let (last, entity) = skeletonMatch(words, from: i) {
                found.append(mention(words, i..<(last + 1), entity: entity, type: "person", segment: segment, language: language, scalars))
                for k in i...last { covered[k] = true }
                i = last + 1
                continue
            }
            // No gazetteer key starts with this word's first part: no span from here matches
            // (except a Cyrillic span keyed as a whole, whose first part may read differently).
            let isCyrillic = script == .cyrillic
            if !isCyrillic && !index.firstParts.contains(words[i].parts[0]) { i += 1; continue }
            var partCount = 0
            var joined = ""
            var spans: [(Int, String)] = []
            var j = i
            while j < words.count && partCount < index.maxParts {
                if j > i, !MentionFinder.nameContinues(from: words[j - 1], to: words[j], scalars: scalars, offset: segment.start) { break }
                ensureKey(j)
                // a word without a key (no letters, or a Han clause) ends a name
                if j > i && words[j].parts.isEmpty { break }
                for part in words[j].parts {
                    if partCount > 0 { joined += " " }
                    joined += part
                    partCount += 1
                }
                spans.append((j, joined))
                j += 1
            }
            for (last, joinedKey) in spans.reversed() {
                var ids = index.byKey[joinedKey]
                if ids == nil, last > i, isCyrillic,
                   MentionFinder.spanKeyMayDiffer(words, i...last, scalars: scalars, offset: segment.start, headline: headline,
                                                  genitiveReading: !words[i].sentenceInitial) {
                    // The whole span keyed at once: readings that need context (Карима Масимова, a genitive).
                    ids = index.byKey[keyer.key(spanText(words, i..<(last + 1), segment, scalars), language: language,
                                                genitiveReading: !words[i].sentenceInitial).joined]
                }
                guard let ids else { continue }
                // A one-word lowercase-initial match would be a common word; the last word may be lowercase ("Nur sultan").
                let entry = index.entries[ids[0]]
                found.append(mention(words, i..<(last + 1), entity: ids[0], type: entry?.type ?? "unknown", segment: segment, language: language, scalars))
                for k in i...last { covered[k] = true }
                i = last + 1
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        // 2. Discovery: capitalised runs in cased scripts; in an all-caps headline only
        // single words with surname morphology (TOKAYEV), never runs of capitals.
        if discover && headline {
            for k in words.indices where !covered[k] && words[k].cased && looksLikeSurname(words[k]) && !isCommon(words[k], primary) {
                found.append(mention(words, k..<(k + 1), entity: "", type: "person", segment: segment, language: language, scalars))
            }
        }
        var surnames = surnames
        for mention in found where mention.type == "person" && mention.key.containsBytes(" ") {
            if let last = mention.key.split(separator: " ").last { surnames.insert(String(last)) }
        }
        if discover && !headline {
            // Title flags, computed once per word on first use (each lowercases the word).
            var titles = [Bool?](repeating: nil, count: words.count)
            func isTitle(_ i: Int) -> Bool {
                if let known = titles[i] { return known }
                let result = self.isTitle(words[i].text, primary)
                titles[i] = result
                return result
            }
            var k = 0
            while k < words.count {
                guard !covered[k], words[k].cased, words[k].capitalized, !words[k].parts.isEmpty else { k += 1; continue }
                var end = k + 1
                while end < words.count, !covered[end], words[end].cased, words[end].capitalized,
                      words[end].start - words[end - 1].end <= 1, !words[end].parts.isEmpty { end += 1 }
                // Split the run at titles and common words (President, Präsident, Monday, Le).
                var sub = k
                var titleBefore = k > 0 && isTitle(k - 1)
                while sub < end {
                    if isTitle(sub) || (isCommon(words[sub], primary) && !looksLikeSurname(words[sub])) {
                        titleBefore = isTitle(sub)
                        sub += 1
                        continue
                    }
                    var subEnd = sub + 1
                    while subEnd < end, !isTitle(subEnd),
                          !(isCommon(words[subEnd], primary) && !looksLikeSurname(words[subEnd])) { subEnd += 1 }
                    if let candidate = accept(sub..<subEnd, words: words, precededByTitle: titleBefore, surnames: surnames) {
                        let new = mention(words, sub..<subEnd, entity: "", type: candidate, segment: segment, language: language, scalars)
                        found.append(new)
                        if candidate == "person", new.key.containsBytes(" "), let last = new.key.split(separator: " ").last {
                            surnames.insert(String(last))
                        }
                    }
                    titleBefore = false
                    sub = subEnd
                }
                // A run made only of common words in English (National Security Committee) is an organisation or place name.
                if primary == "en", end - k >= 2, !(k..<end).contains(where: isTitle),
                   words[k..<end].allSatisfy({ isCommon($0, primary) }), !words[k].sentenceInitial || end - k >= 3 {
                    found.append(mention(words, k..<end, entity: "", type: "org", segment: segment, language: language, scalars))
                }
                k = end
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    /// The longest run of abjad words from `start` whose consonant skeleton is one gazetteer
    /// person's (a unique entity; ambiguous skeletons match nothing): its last word and the entity.
    func skeletonMatch(_ words: [Word], from start: Int) -> (Int, String)? {
        guard index.maxSkeletonParts > 0 else { return nil }
        for (last, joined) in MentionFinder.abjadSpans(words, from: start, maxParts: index.maxSkeletonParts).reversed() {
            if let ids = index.bySkeleton[joined], ids.count == 1 { return (last, ids[0]) }
        }
        return nil
    }

    /// Persons written in Arabic or Hebrew script whose consonant skeleton is that of a person the
    /// run already found in a cased script: nothing marks a name in an uncased script, so the
    /// names stage matches "the Latin form against entities already known in the run". `known`:
    /// skeleton (`NameKeyer.abjadSkeleton` of each part, joined by spaces) → the key of that
    /// person's mentions, which the new mention takes so that it joins their entity.
    /// Returns new mentions (entity "", type person) that overlap none of `document.mentions`.
    public func knownPersonMentions(in document: Document, known: [String: String], maxParts: Int) -> [Mention] {
        guard !known.isEmpty, maxParts > 0 else { return [] }
        var result: [Mention] = []
        for segment in document.segments where segment.text.unicodeScalars.contains(where: {
            (0x0590...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) }) {
            let language = segment.language ?? document.language ?? "und"
            let scalars = Array(segment.text.unicodeScalars)
            var words = MentionFinder.words(of: scalars, offset: segment.start)
            for k in words.indices where MentionFinder.isAbjadNamePart(words[k].text) {
                let key = keyer.key(words[k].text, language: language)
                words[k].parts = key.parts
                words[k].classes = key.classes
            }
            let taken = document.mentions.filter { $0.segment == segment.id }.map { $0.start..<$0.end }
            var i = 0
            while i < words.count {
                let spans = MentionFinder.abjadSpans(words, from: i, maxParts: maxParts)
                guard !spans.isEmpty else { i += 1; continue }
                var matched = false
                for (last, joined) in spans.reversed() {
                    guard let knownKey = known[joined] else { continue }
                    let range = words[i].start..<words[last].end
                    if taken.contains(where: { $0.overlaps(range) }) { break }
                    var found = mention(words, i..<(last + 1), entity: "", type: "person", segment: segment, language: language, scalars)
                    found.key = knownKey
                    result.append(found)
                    i = last + 1
                    matched = true
                    break
                }
                if !matched { i += 1 }
            }
        }
        return result
    }

    /// A word that can be part of a name written in an abjad: Arabic or Hebrew script, 3+
    /// characters, no Arabic definite article.
    static func isAbjadNamePart(_ text: String) -> Bool {
        let script = NameKeyer.script(of: text)
        return (script == .arabic || script == .hebrew) && text.count >= 3 && !hasArabicArticle(text)
    }

    /// The runs of abjad name parts (keyed: `classes` set) from `start`, at most `maxParts` key
    /// parts and no more than two characters apart: each run's last word and its consonant
    /// skeleton (parts joined by spaces), shortest first. Empty when `words[start]` is no such part.
    static func abjadSpans(_ words: [Word], from start: Int, maxParts: Int) -> [(last: Int, skeleton: String)] {
        var skeletons: [String] = []
        var spans: [(last: Int, skeleton: String)] = []
        var j = start
        while j < words.count, skeletons.count < maxParts, isAbjadNamePart(words[j].text), !words[j].classes.isEmpty {
            if j > start && words[j].start - words[j - 1].end > 2 { break }
            skeletons += words[j].classes.map(NameKeyer.abjadSkeleton)
            spans.append((j, skeletons.joined(separator: " ")))
            j += 1
        }
        return spans
    }

    /// An Arabic word with the definite article (ال, also after the clitics و ف ب ك ل): a common
    /// noun ("السوق" the market, "الشيخ" the sheikh), not part of a transcribed foreign name.
    static func hasArabicArticle(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars.prefix(3)).map(\.value)
        guard scalars.count >= 2 else { return false }
        if scalars[0] == 0x0627 && scalars[1] == 0x0644 { return word.unicodeScalars.count >= 4 }
        if scalars.count == 3, [0x0648, 0x0641, 0x0628, 0x0643, 0x0644].contains(scalars[0]),
           scalars[1] == 0x0627 || scalars[1] == 0x0644, scalars[2] == 0x0644 { return word.unicodeScalars.count >= 5 }
        return false
    }

    /// Skeleton → key of the persons named with two or more parts in a cased script (Latin,
    /// Cyrillic) anywhere in `documents`, for `knownPersonMentions`; skeletons shared by two
    /// different keys are left out, as are skeletons under 6 letters or with a part under 3
    /// (stricter than the curated gazetteer's: a run's discovered names are many and unchecked).
    public static func knownPersonSkeletons(_ documents: [Document]) -> (skeletons: [String: String], maxParts: Int) {
        var keyOf: [String: String] = [:]
        var ambiguous: Set<String> = []
        var maxParts = 0
        // Each key's skeleton and part count, computed once: a corpus repeats its names.
        var skeletonOfKey: [String: (skeleton: String?, parts: Int)] = [:]
        for document in documents {
            let mentions = document.mentions
            for m in mentions.indices where mentions[m].type == "person" && mentions[m].key.containsBytes(" ") {
                let script = NameKeyer.script(of: mentions[m].surface)
                guard script == .latin || script == .cyrillic else { continue }
                let key = mentions[m].key
                let known = skeletonOfKey[key] ?? {
                    let classes = key.split(separator: " ").map { NameKeyer.classKey(String($0)) }
                    let made = (NameKeyer.abjadSkeleton(classes: classes, minimumPart: 3, minimumTotal: 6), classes.count)
                    skeletonOfKey[key] = made
                    return made
                }()
                guard let joined = known.skeleton else { continue }
                if let other = keyOf[joined], other != key { ambiguous.insert(joined) }
                if keyOf[joined] == nil { keyOf[joined] = key }
                maxParts = max(maxParts, known.parts)
            }
        }
        for skeleton in ambiguous { keyOf[skeleton] = nil }
        return (keyOf, maxParts)
    }

    /// The type of a discovered run, or nil when it is not a name.
    func accept(_ run: Range<Int>, words: [Word], precededByTitle: Bool, surnames: Set<String> = []) -> String? {
        guard !run.isEmpty, run.count <= 4 else { return nil }
        let letters = words[run].reduce(0) { $0 + $1.parts.joined().count }
        guard letters >= 2 else { return nil }
        let surname = words[run].contains(where: looksLikeSurname)
        let givenName = words[run].contains { word in word.parts.contains { index.givenNames.contains($0) } }
        if run.count == 1 {
            let word = words[run.lowerBound]
            if word.text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count < 2 { return nil }
            let key = word.parts.joined(separator: " ")
            let knownSurname = surnames.contains(key) || surnames.contains { NameClusterer.isClipped(key, of: $0) }
            if knownSurname { return "person" }
            if word.sentenceInitial && !surname && !precededByTitle { return nil }
            if word.allCaps && !word.isAcronym { return nil }
        }
        if surname || precededByTitle || givenName { return "person" }
        return "unknown"
    }

    func looksLikeSurname(_ word: Word) -> Bool {
        word.parts.last.map(NameTriggers.hasSurnameMorphology) ?? false
    }

    func isTitle(_ text: String, _ language: String) -> Bool {
        NameTriggers.titles[language]?.contains(text.lowercased()) ?? false
    }

    private var wordSets: [String: WordSet] = [:]
    private var commonMemo: [String: Bool] = [:]

    func isCommon(_ word: Word, _ language: String) -> Bool {
        if word.isAcronym { return false }
        let memoKey = language + "\u{1}" + word.text
        if let known = commonMemo[memoKey] { return known }
        func set(_ language: String) -> WordSet {
            if let known = wordSets[language] { return known }
            let loaded = commonWords.words(for: language)
            wordSets[language] = loaded
            return loaded
        }
        let own = set(language)
        let result = commonWords.isCommon(word.text, language: language, in: own)
            || (language != "en" && own.isEmpty && commonWords.isCommon(word.text, language: "en", in: set("en")))
        if commonMemo.count > 500_000 { commonMemo.removeAll(keepingCapacity: true) }
        commonMemo[memoKey] = result
        return result
    }

    func spanText(_ words: [Word], _ run: Range<Int>, _ segment: Segment, _ scalars: [Unicode.Scalar]) -> String {
        return MentionFinder.string(scalars[(words[run.lowerBound].start - segment.start)..<(words[run.upperBound - 1].end - segment.start)])
    }

    func mention(_ words: [Word], _ run: Range<Int>, entity: String, type: String, segment: Segment, language: String,
                 _ scalars: [Unicode.Scalar]) -> Mention {
        let start = words[run.lowerBound].start, end = words[run.upperBound - 1].end
        var surface = MentionFinder.string(scalars[(start - segment.start)..<(end - segment.start)])
        surface = surface.trimmingTrailing { $0 == "'" || $0 == "’" }
        // The whole surface keyed at once (a genitive reading needs both words); spoofed words keep their skeleton keys.
        let parts = run.count > 1 && !words[run].contains(where: \.suspicious)
            ? keyer.key(surface, language: language, genitiveReading: !words[run.lowerBound].sentenceInitial).parts
            : words[run].flatMap(\.parts)
        let latinText: String
        if NameKeyer.script(of: surface) == .latin {
            latinText = surface
        } else {
            latinText = (try? display.transliterator(for: language))?.transliterate(surface) ?? surface
        }
        return Mention(start: start, end: end, surface: surface, entity: entity, segment: segment.id, type: type,
                       key: parts.joined(separator: " "), latin: latinText,
                       suspicious: words[run].contains(where: \.suspicious))
    }

    /// The string of `scalars`, encoded straight to UTF-8 (the generic `String.UnicodeScalarView`
    /// initialiser goes through a slow transcoding path).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        ScalarString.make(scalars)
    }

    /// French elided articles and pronouns before a name (l’OTSC, d’Almaty, qu’Arman).
    static let elisions = ["qu’", "qu'", "Qu’", "Qu'", "l’", "l'", "d’", "d'", "L’", "L'", "D’", "D'", "s’", "s'", "n’", "n'"]

    /// Words: runs of letters and marks; an apostrophe or hyphen between letters and
    /// invisible format characters (zero-width, bidi marks) stay inside a word.
    static func words(of scalars: [Unicode.Scalar], offset: Int) -> [Word] {
        var words: [Word] = []
        var i = 0
        var sentenceStart = true
        let table = ScalarTable.shared
        func isLetter(_ s: Unicode.Scalar) -> Bool { TokenTransliterator.isTokenScalar(s) }
        func isInvisible(_ s: Unicode.Scalar) -> Bool {
            switch s.value { case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C: return true
            default: return false }
        }
        while i < scalars.count {
            let s = scalars[i]
            if !isLetter(s) {
                switch s.value { case 0x2E, 0x21, 0x3F, 0x2026: sentenceStart = true  // . ! ? …
                default: break }
                i += 1
                continue
            }
            var j = i + 1
            while j < scalars.count {
                let c = scalars[j]
                if isLetter(c) || isInvisible(c) { j += 1; continue }
                let joiner: Bool
                switch c.value { case 0x27, 0x2019, 0x02BC, 0x2D, 0x2010: joiner = true  // ' ’ ʼ - ‐
                default: joiner = false }
                if joiner, j + 1 < scalars.count, isLetter(scalars[j + 1]) { j += 2; continue }
                break
            }
            // An acronym before a hyphen is a word of its own (OVKS-Kräfte, KNB-Chef).
            if let hyphen = scalars[i..<j].firstIndex(where: { $0 == "-" || $0 == "‐" }), hyphen - i >= 2,
               scalars[i..<hyphen].allSatisfy({ table.isUppercase($0) }) {
                j = hyphen
            }
            var start = i
            var token = MentionFinder.string(scalars[i..<j])
            // French elision: l’OTSC, d’Almaty, qu’Arman.
            let hasApostrophe = scalars[i..<j].contains { $0 == "'" || $0 == "’" }
            for prefix in hasApostrophe ? MentionFinder.elisions : [] where token.hasPrefix(prefix) {
                let rest = token.dropFirst(prefix.count)
                if let first = rest.first, first.isUppercase {
                    start += prefix.unicodeScalars.count
                    token = String(rest)
                }
                break
            }
            // English possessive: Kazakhstan's, Bektanov’s.
            if hasApostrophe, token.hasSuffix("'s") || token.hasSuffix("’s"), token.unicodeScalars.count > 3 {
                token = String(token.unicodeScalars.dropLast(2))
                j -= 2
            }
            var cased = false, capitalized = false, sawLetter = false, hasLower = false
            for scalar in token.unicodeScalars where !isInvisible(scalar) {
                let value = scalar.value
                let upper: Bool, lower: Bool
                if value < 0x80 {
                    upper = value >= 0x41 && value <= 0x5A
                    lower = value >= 0x61 && value <= 0x7A
                } else if value >= 0x0410 && value <= 0x044F {
                    upper = value < 0x0430
                    lower = !upper
                } else {
                    upper = table.isUppercase(scalar)
                    lower = table.isLowercase(scalar)
                }
                if upper || lower { cased = true }
                if lower { hasLower = true }
                if !sawLetter, upper || lower || table.isAlphabetic(scalar) {
                    sawLetter = true
                    capitalized = upper
                }
            }
            let allCaps = cased && !hasLower
            words.append(Word(text: token, start: offset + start, end: offset + j, capitalized: capitalized, allCaps: allCaps,
                              cased: cased, sentenceInitial: sentenceStart))
            sentenceStart = false
            i = j
        }
        return words
    }
}

extension MentionFinder.Word {
    var isASCIIOnly: Bool { text.isAllASCII }
}

extension NameKeyer {
    /// True when the letters of `text` come from more than one script (Latin with a Cyrillic "а").
    static func isMixedScript(_ text: String) -> Bool {
        var seen: Script? = nil
        for scalar in text.unicodeScalars where ScalarTable.shared.isAlphabetic(scalar) {
            let script = script(ofLetter: scalar)
            if let seen, seen != script { return true }
            seen = script
        }
        return false
    }
}

extension String {
    func trimmingTrailing(_ predicate: (Character) -> Bool) -> String {
        var copy = self
        while let last = copy.last, predicate(last) { copy.removeLast() }
        return copy
    }
}
