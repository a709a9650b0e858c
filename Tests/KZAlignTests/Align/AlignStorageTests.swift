import Testing
@testable import KZAlign

/// The compact stores of the comparable aligner: what they hold must be exactly what was put in.
@Suite("Align: compact feature and candidate storage")
struct AlignStorageTests {
    @Test("A key Bloom filter never says no to a key it holds, and says no to most others")
    func keyBloom() {
        let keys = (0..<40).map { Int32($0 * 7_919 + 13) }
        let bloom = KeyBloom(keys)
        #expect(keys.allSatisfy(bloom.mayContain))
        let absent = (100_000..<110_000).map(Int32.init)
        let passed = absent.filter(bloom.mayContain).count
        #expect(passed < 200, "\(passed) of 10,000 absent keys passed (expected about 0.6 %)")
        let other = KeyBloom([5, 6])
        #expect((bloom | other).mayContain(5) && (bloom | other).mayContain(keys[0]))
    }

    @Test("A key probe answers exactly for the keys last loaded, across reloads, growth and colliding keys")
    func keyProbe() {
        var probe = KeyProbe()
        var generator = SystemRandomNumberGenerator()
        var previous: Set<Int32> = []
        // sizes that stay in the first table, outgrow it, and shrink back (stale slots must not answer)
        for size in [40, 3, 300, 0, 41, 1_000, 17] {
            var keys: Set<Int32> = []
            while keys.count < size { keys.insert(Int32.random(in: 0..<5_000, using: &generator)) }
            // keys one table size apart share a home slot: the probe must walk past them
            if size == 17 { keys = Set((0..<17).map { Int32($0) << 26 }) }
            probe.load(Array(keys))
            #expect(keys.allSatisfy(probe.containsKey))
            #expect(!previous.subtracting(keys).contains(where: probe.containsKey), "a key of the previous load still answered")
            let absent = (0..<6_000).map(Int32.init).filter { !keys.contains($0) }
            #expect(!absent.contains(where: probe.containsKey))
            previous = keys
        }
    }

    @Test("Scoring through key probes gives the scores of the segments' own look-ups")
    func probeScoresMatch() {
        let lexicon = TranslationLexicon(dictionaries: ["fr": ["arme": ["weapon", "gun"], "inconnu": ["unknown"]]], sources: [])
        let extractor = FeatureExtractor(lexicon: lexicon)
        let inputs = [
            AlignInput(document: "a", segment: "a:0", language: "en", text: "The whereabouts of about 2,000 guns is still unknown."),
            AlignInput(document: "b", segment: "b:0", language: "fr", text: "L'emplacement d'environ 2 000 armes est encore inconnu."),
            AlignInput(document: "b", segment: "b:1", language: "fr", text: "Les armes ont été retrouvées à Almaty."),
        ]
        let withFilters = extractor.features(inputs, jobs: 1)
        let compact = FeatureExtractor(lexicon: lexicon).features(inputs, jobs: 1, compact: true)
        let scorer = PairScorer(keyWeight: [])
        var aKeys = KeyProbe(), bKeys = KeyProbe()
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            aKeys.load(compact[a].tokenKeys.keys)
            bKeys.load(compact[b].tokenKeys.keys)
            let probed = scorer.score(compact[a], compact[b], aKeys: aKeys, bKeys: bKeys)
            let own = scorer.score(withFilters[a], withFilters[b])
            #expect(probed.total == own.total && probed.lexical == own.lexical)
            #expect(scorer.score(compact[a], compact[b]).total == own.total, "without a filter, look-ups search the keys")
        }
        #expect(scorer.score(withFilters[0], withFilters[1]).lexical > 0, "guns/armes and unknown/inconnu bridge the pair")
        #expect(scorer.score(withFilters[0], withFilters[1]).total > scorer.score(withFilters[0], withFilters[2]).total)
    }

    @Test("Compact features hold no key union, and give the union, merged and residual scores of full ones")
    func compactFeatures() {
        let lexicon = TranslationLexicon(dictionaries: ["fr": ["arme": ["weapon", "gun"], "inconnu": ["unknown"], "procès": ["trial"]]],
                                         sources: [])
        let inputs = [
            AlignInput(document: "a", segment: "a:0", language: "en", text: "The whereabouts of about 2,000 guns is still unknown."),
            AlignInput(document: "a", segment: "a:1", language: "en", text: "Massimov is on trial for treason."),
            AlignInput(document: "b", segment: "b:0", language: "fr",
                       text: "L'emplacement d'environ 2 000 armes est encore inconnu, et Massimov est en procès pour trahison."),
        ]
        let full = FeatureExtractor(lexicon: lexicon).features(inputs, jobs: 1)
        let compact = FeatureExtractor(lexicon: lexicon).features(inputs, jobs: 1, compact: true)
        var union: [Int32] = []
        for (f, c) in zip(full, compact) {
            #expect(c.keyUnion.isEmpty && c.bloom == nil)
            c.sortedKeyUnion(into: &union)
            #expect(union == f.keyUnion && !union.isEmpty)
            #expect(f.tokenKeys.keys.allSatisfy(c.containsKey) && !c.containsKey(Int32.max))
        }
        let scorer = PairScorer(keyWeight: [])
        #expect(scorer.score(compact[0].merged(with: compact[1]), compact[2]).total == scorer.score(full[0].merged(with: full[1]), full[2]).total)
        let residual = compact[2].residual(after: [compact[0]]), fullResidual = full[2].residual(after: [full[0]])
        #expect(residual.tokenKeys == fullResidual.tokenKeys && !residual.tokenKeys.keys.isEmpty)
        #expect(scorer.score(residual, compact[1]).total == scorer.score(fullResidual, full[1]).total)
    }

    @Test("Posting lists list the keys few segments have, and count every key")
    func postingLists() {
        func features(_ keys: [Int32]) -> SegmentFeatures {
            var words = TokenKeyLists()
            for key in keys { words.append([key], own: key, information: 1) }
            return SegmentFeatures(tokenKeys: words, keyUnion: [], anchors: [], numbers: [], trigrams: [], length: 1, bloom: nil)
        }
        // key 0 in every segment (listed twice in the first), key 1 in two, key 2 in one
        let postings = PostingLists([features([0, 1, 0]), features([0, 2]), features([1, 0])], keyCount: 4, maxListed: 2)
        #expect((0..<4).map(postings.count) == [3, 2, 1, 0])
        #expect(postings[0].isEmpty, "a key in more than maxListed segments proposes no candidates")
        #expect(Array(postings[1]) == [0, 2] && Array(postings[2]) == [1] && postings[3].isEmpty)
    }

    @Test("Sorting with duplicates removed keeps one of each value, in order")
    func sortedUnique() {
        for (values, expected) in [([5, 1, 3, 1, 5, 5, 2], [1, 2, 3, 5]), ([], []), ([7, 7, 7], [7]), ([1, 2], [1, 2])] {
            var array = values
            array.sortAndRemoveDuplicates()
            #expect(array == expected)
            var buffer = values
            let unique = buffer.withUnsafeMutableBufferPointer { $0.sortMovingUniqueToFront() }
            #expect(Array(buffer.prefix(unique)) == expected)
        }
    }

    @Test("Candidate pairs from several workers come out sorted, unique and complete", arguments: [1, 2, 3, 8])
    func candidatePairs(workers: Int) {
        let segments = 5, perSegment = 3
        // every segment proposes its neighbours on both sides: each pair is found twice
        let pairs = CandidatePairs(segments: segments, perSegment: perSegment, workers: workers) { chunk, out in
            #expect(out.count == chunk.count * perSegment)
            var n = 0
            for i in chunk {
                for j in [i - 1, i + 1] where j >= 0 && j < segments {
                    out[n] = CandidatePairs.pack(Int32(min(i, j)), Int32(max(i, j)))
                    n += 1
                }
            }
            return n
        }
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [1, 2], [2, 3], [3, 4]])
    }
}
