/// One segment's alignment keys, numbered in the table of the keyer that found them, before
/// `FeatureExtractor` gives them shared ids.
struct KeyedSegment: Sendable {
    /// The keyer whose table numbers the keys.
    var worker: Int
    /// Per content word: its own key first, then its English translation keys (and its information).
    var tokenKeys: TokenKeyLists
    /// Entity, concept, number and date anchor keys.
    var anchors: [Int32]
    /// Everything else, final: numbers and dates, trigrams, length (the key fields stay empty
    /// until interning).
    var features: SegmentFeatures
}

/// Finds a segment's content words and their keys (folded own key, English lemma keys, translation
/// keys), its anchors and its character trigrams.
///
/// Thread safety: holds memo tables, its key table and an ICU transliterator; one per worker.
final class SegmentKeyer {
    let lexicon: TranslationLexicon
    let frequencies: WordFrequencies
    let lemmatizer: EnglishLemmatizer
    /// This keyer's number, recorded in each `KeyedSegment` it makes.
    let worker: Int
    /// This keyer's own key numbering.
    let table = KeyInterner()
    private let folder = LatinFolder()
    private let numbers = NumberDateExtractor()

    /// English keys used per word: its best-ranked senses (`TranslationLexicon` orders them).
    static let maxTranslationKeys = 12
    /// Words less informative than this (function words: "the", "pour", "und", "и") are not content words.
    static let minInformation: Float = 0.12
    /// Words less informative than this are not looked up as inflected forms (`InflectionTable`):
    /// frequent inflected words are mostly auxiliaries and modals ("était", "sont", "peut"), whose
    /// headwords' translations (être: exist, happen, being …) match anything. Nor are the words of a
    /// language without frequencies, where nothing tells an auxiliary from a content word.
    static let minInformationForInflections: Float = 0.7
    /// Weight factor of the words of a language no installed dictionary covers (Kazakh, Kyrgyz, Uzbek
    /// today): they can meet the other side only as cognates, so their failing to match says little;
    /// at full weight they would drown the names, terms and numbers such a sentence shares.
    static let unbridgedWordFactor: Float = 0.35

    init(lexicon: TranslationLexicon, frequencies: WordFrequencies, lemmatizer: EnglishLemmatizer, worker: Int) {
        self.lexicon = lexicon
        self.frequencies = frequencies
        self.lemmatizer = lemmatizer
        self.worker = worker
    }

    /// What keying makes of one word of a language, whatever segment it is in: the trigrams of its
    /// folded form, its number and date facts and, for a content word, its keys (its own key
    /// first) and information.
    private struct WordKeys {
        /// Distinct, in no particular order.
        var trigrams: [Int32]
        /// Empty: not a content word.
        var keys: [Int32]
        var information: Float
        /// The month it names and the number it spells, for dates and numbers.
        var facts: NumberDateExtractor.WordFacts
    }

    /// Per language, per word: news repeats its words, and folding, weighing, stemming and
    /// translating a word is most of a segment's keying. About 40 MB per keyer when full; a keyer
    /// of the 10,000-document scale corpus met about 80,000 words.
    private let memo = LanguageWordMemo<WordKeys>(limit: 300_000)

    func keyed(_ input: AlignInput) -> KeyedSegment {
        let tokens = AlignTokenizer.tokens(input.text)
        let language = LanguageTag.base(input.language)
        var tokenKeys = TokenKeyLists()
        var trigrams: [Int32] = []
        var facts: [NumberDateExtractor.WordFacts] = []
        facts.reserveCapacity(tokens.count)
        let measured = frequencies.covers(language)
        let bridged = language == "en" || lexicon.headwordCount(language) > 0
        let words = memo.table(language)
        for token in tokens {
            guard token.kind == .word else { facts.append(NumberDateExtractor.WordFacts()); continue }
            let word = memo.value(token.text, in: words) {
                wordKeys(token.text, language: language, measured: measured, bridged: bridged)
            }
            facts.append(word.facts)
            trigrams += word.trigrams
            if let own = word.keys.first { tokenKeys.append(word.keys, own: own, information: word.information) }
        }
        trigrams.sortAndRemoveDuplicates()
        let anchors = numbers.extract(tokens, language: language, facts: facts)
        var anchorKeys: [Int32] = []
        for e in Set(input.entities) where !e.isEmpty { anchorKeys.append(table.id("\u{1}e:" + e)) }
        for c in Set(input.concepts) where !c.isEmpty { anchorKeys.append(table.id("\u{1}c:" + c)) }
        for n in anchors.numbers { anchorKeys.append(table.id("\u{1}n:" + n)) }
        for d in anchors.dates { anchorKeys.append(table.id("\u{1}d:" + d)) }
        let features = SegmentFeatures(tokenKeys: TokenKeyLists(), keyUnion: [], anchors: [],
                                       numbers: anchors.numbers + anchors.dates,
                                       trigrams: trigrams, length: input.text.count)
        return KeyedSegment(worker: worker, tokenKeys: tokenKeys, anchors: anchorKeys, features: features)
    }

    /// The trigrams and keys of `word` (lowercased) of `language` (`measured`: frequencies cover
    /// it; `bridged`: English, or a dictionary translates it).
    private func wordKeys(_ word: String, language: String, measured: Bool, bridged: Bool) -> WordKeys {
        let folded = folder.fold(word)
        var trigrams = Set<Int32>()
        addTrigrams(folded, into: &trigrams)
        var result = WordKeys(trigrams: Array(trigrams), keys: [], information: 0,
                              facts: numbers.facts(word, language: language))
        // Content words: 4+ letters, or 3 ("war", "gas", "вор") where frequencies say they carry content.
        let length = word.count
        guard length >= 4 || (length == 3 && measured) else { return result }
        var info = frequencies.weight(word, language: language)
        if info < Self.minInformation { return result }
        if !bridged { info *= Self.unbridgedWordFactor }
        if length == 3 && info < 0.5 { return result }
        if !measured && language == "en" && TranslationLexicon.englishFunctionWords.contains(folded) { return result }
        // English words are keyed by lemma, as the dictionaries' English sides are ("said" → say)
        let own = table.id(KeyStemmer.key(language == "en" ? lemmatizer.lemma(folded) : folded))
        result.keys = [own] + translationKeys(word, language: language, inflected: measured && info >= Self.minInformationForInflections)
        result.information = info
        return result
    }

    private func translationKeys(_ word: String, language: String, inflected: Bool) -> [Int32] {
        if language == "en" { return [] }
        // Very polysemous words (a few hundred headwords have 50+ keys) cost time and match anything:
        // keep at most `maxTranslationKeys`.
        return lexicon.englishKeys(word, language: language, inflected: inflected).prefix(Self.maxTranslationKeys).map { table.id($0) }
    }

    private func addTrigrams(_ word: String, into set: inout Set<Int32>) {
        let chars = Array(("#" + word + "#").utf8)
        guard chars.count >= 3 else { return }
        for i in 0...(chars.count - 3) {
            let h = (Int32(chars[i]) &* 65_599 &+ Int32(chars[i + 1])) &* 65_599 &+ Int32(chars[i + 2])
            set.insert(h)
        }
    }
}
