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

    @Test("An input table gives back every input it was given, with documents and languages numbered in order of first appearance")
    func inputTable() {
        let inputs = [
            AlignInput(document: "0000/kk-0000001", segment: "0000/kk-0000001:0", language: "kk", text: "Тоқаев",
                       entities: ["kassym-jomart-tokayev", "kassym-jomart-tokayev"], concepts: []),
            AlignInput(document: "0000/kk-0000001", segment: "0000/kk-0000001:1", language: "ru", text: "", entities: [],
                       concepts: ["csto"]),
            AlignInput(document: "б/é", segment: "б/é:0", language: "fr", text: "x", entities: ["masimov"], concepts: ["csto", "state-of-emergency"]),
            AlignInput(document: "0000/kk-0000001", segment: "s", language: "kk", text: ""),
        ]
        var table = AlignInputTable()
        table.append(contentsOf: inputs[..<1])
        table.append(contentsOf: inputs[1...])
        table.finish()
        #expect(table.count == inputs.count)
        #expect((0..<table.count).map { table[$0] } == inputs.map { AlignInput(document: $0.document, segment: $0.segment, language: $0.language,
                                                                                 text: "", entities: $0.entities, concepts: $0.concepts) })
        #expect((1..<3).map { table[$0].segment } == ["0000/kk-0000001:1", "б/é:0"])
        #expect(table.documents == ["0000/kk-0000001", "б/é"] && table.documentOf == [0, 0, 1, 0])
        #expect(table.languages == ["kk", "ru", "fr"] && table.languageOf == [0, 1, 2, 0])
        #expect(AlignInputTable(inputs).documentOf == table.documentOf && AlignInputTable([]).count == 0)
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
        let table = FeatureExtractor(lexicon: lexicon).table(AlignInputTable(inputs), jobs: 1, texts: { range in inputs[range].map(\.text) })
        let scorer = PairScorer(keyWeight: [])
        var aKeys = KeyProbe(), bKeys = KeyProbe()
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            aKeys.load(table[a])
            bKeys.load(table[b])
            let probed = scorer.score(table[a], table[b], aKeys: aKeys, bKeys: bKeys)
            let own = scorer.score(withFilters[a], withFilters[b])
            #expect(probed.total == own.total && probed.lexical == own.lexical)
            #expect(scorer.score(table[a], table[b]).total == own.total, "without a filter, look-ups search the keys")
            #expect(scorer.score(table.features(a), table.features(b)).total == own.total)
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
        let table = FeatureExtractor(lexicon: lexicon).table(AlignInputTable(inputs), jobs: 1, texts: { range in inputs[range].map(\.text) })
        let compact = (0..<table.count).map(table.features)
        var union: [Int32] = []
        for (i, (f, c)) in zip(full, compact).enumerated() {
            #expect(c.keyUnion.isEmpty && c.bloom == nil)
            table[i].sortedKeyUnion(into: &union)
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
        let table = FeatureTable([features([0, 1, 0]), features([0, 2]), features([1, 0])])
        let postings = PostingLists(table, keyCount: 4, maxListed: 2)
        #expect((0..<4).map(postings.count) == [3, 2, 1, 0])
        #expect(postings[0].isEmpty, "a key in more than maxListed segments proposes no candidates")
        #expect(Array(postings[1]) == [0, 2] && Array(postings[2]) == [1] && postings[3].isEmpty)
        // on several threads, each counting and listing a run of segments: the same counts and lists,
        // in segment order (keys spread over 200 segments, some in one run only, some in every run)
        let many = FeatureTable((0..<200).map { (i: Int) -> SegmentFeatures in features([Int32(i % 7), Int32(7 + i / 50), Int32(20 + i % 3)]) })
        let one = PostingLists(many, keyCount: 25, maxListed: 60)
        for jobs in [2, 3, 8] {
            let parallel = PostingLists(many, keyCount: 25, maxListed: 60, jobs: jobs)
            #expect((0..<25).map(parallel.count) == (0..<25).map(one.count))
            #expect((0..<25).map { Array(parallel[$0]) } == (0..<25).map { Array(one[$0]) })
        }
        #expect(one.count(0) == 29 && Array(one[0]) == Array(stride(from: 0, to: 200, by: 7)).map(Int32.init))
        #expect(one[20].isEmpty && one.count(20) == 67, "a key of 67 segments is over maxListed")
    }

    @Test("A feature table gives back every segment's features, across blocks")
    func featureTable() {
        // more segments than one block holds, each different: keys, words, anchors, numbers, trigrams, length
        let count = FeatureTable.blockSize + 1_000
        func features(_ i: Int) -> SegmentFeatures {
            var words = TokenKeyLists()
            for w in 0..<(i % 4) { words.append((0...(w % 3)).map { Int32(i + $0) }, own: Int32(i), information: Float(w + 1) / 4) }
            // neighbours share trigrams; hashes fall as segments go on, so ids (numbered in order of
            // first occurrence) sort the other way round
            let trigrams = (0..<(i % 7)).map { Int32(2_000_000 - ((i / 3) * 5 + $0) * 17) }.sorted()
            return SegmentFeatures(tokenKeys: words, keyUnion: [], anchors: (0..<(i % 3)).map { Int32(i * 3 + $0) },
                                   numbers: i % 5 == 0 ? ["\(i)", "2022-01-0\(i % 9 + 1)"] : [],
                                   trigrams: trigrams, length: i % 200, bloom: nil)
        }
        let all = (0..<count).map(features)
        var table = FeatureTable()
        table.append(all[0..<FeatureTable.blockSize])
        table.append(all[FeatureTable.blockSize...])
        #expect(table.count == count && !table.wideTrigrams)
        let checked = [0, 1, 2, 3, 4, 5, 6, 7, FeatureTable.blockSize - 1, FeatureTable.blockSize, FeatureTable.blockSize + 1, count - 1]
        for i in checked {
            let expected = all[i], view = table[i], copy = table.features(i)
            #expect(view.wordCount == expected.tokenKeys.count && view.keyCount == expected.tokenKeys.keys.count)
            #expect((0..<view.wordCount).allSatisfy { Array(view.keys(ofWord: $0)) == Array(expected.tokenKeys[$0]) && view.word($0).own == expected.tokenKeys.own($0) })
            #expect(Array(view.anchors) == expected.anchors && Array(view.numbers) == expected.numbers)
            #expect(view.trigrams.count == expected.trigrams.count && view.length == expected.length)
            #expect(copy.tokenKeys == expected.tokenKeys && copy.anchors == expected.anchors && copy.numbers == expected.numbers
                && copy.trigrams == view.trigrams.values && copy.length == expected.length)
        }
        // trigram ids share what the hashes share, in a view and in a copy
        for i in checked {
            for j in [i + 1, i + 3, i + 6] where j < count {
                let hashes = SortedSets.dice(all[i].trigrams, all[j].trigrams)
                #expect(TrigramIDs.dice(table[i].trigrams, table[j].trigrams) == hashes)
                #expect(SortedSets.dice(table.features(i).trigrams, table.features(j).trigrams) == hashes)
            }
        }
        #expect(SortedSets.dice(all[3].trigrams, all[4].trigrams) > 0, "neighbours share trigrams")
        #expect(FeatureTable(all).count == count)
        let scorer = PairScorer(keyWeight: [])
        #expect(scorer.score(table[5], table[10]).total == scorer.score(all[5], all[10]).total)
        #expect(scorer.score(table[3], table[4]).cognate == scorer.score(all[3], all[4]).cognate)
        #expect(PairScorer.numberConflict(table[5], table[10]) == 1, "two segments with numbers and none shared")
    }

    @Test("Segments that share a content word share its one record; a word differing in anything has its own")
    func featureTableWordTypes() {
        func segment(_ words: [(keys: [Int32], own: Int32, information: Float)]) -> SegmentFeatures {
            var lists = TokenKeyLists()
            for word in words { lists.append(word.keys, own: word.own, information: word.information) }
            return SegmentFeatures(tokenKeys: lists, keyUnion: [], anchors: [], numbers: [], trigrams: [], length: 1, bloom: nil)
        }
        let gun: (keys: [Int32], own: Int32, information: Float) = ([7, 8, 9], 7, 0.8)
        let unknown: (keys: [Int32], own: Int32, information: Float) = ([11, 12], 11, 0.6)
        // the same keys with another information, another own key, or one key fewer: three more words
        let variants: [(keys: [Int32], own: Int32, information: Float)] = [([7, 8, 9], 7, 0.5), ([7, 8, 9], 8, 0.8), ([7, 8], 7, 0.8)]
        // more segments than a block holds, so that blocks share the records too
        let all = (0..<(FeatureTable.blockSize + 10)).map { i in
            segment(i % 2 == 0 ? [gun, unknown, gun] : [unknown, variants[i % 3]])
        }
        let table = FeatureTable(all)
        #expect(table.wordTypeCount == 5, "gun, unknown and the three variants")
        for i in [0, 1, 2, 3, 4, FeatureTable.blockSize + 1, FeatureTable.blockSize + 2] {
            #expect(table.features(i).tokenKeys == all[i].tokenKeys)
            #expect(table[i].keyCount == all[i].tokenKeys.keys.count)
        }
        // thousands of words alike but for their information or one key: every probe chain passes
        // words that differ from the one looked up only there
        let alike = (0..<4_000).map { i in segment([([1, 2], 1, Float(i + 1) / 4_000), ([1, Int32(100 + i)], 1, 0.5)]) }
        let crowded = FeatureTable(alike)
        #expect(crowded.wordTypeCount == 8_000)
        #expect(alike.indices.allSatisfy { crowded.features($0).tokenKeys == alike[$0].tokenKeys })
        var union: [Int32] = []
        table[0].sortedKeyUnion(into: &union)
        #expect(union == [7, 8, 9, 11, 12])
        #expect(table[0].containsKey(12) && !table[0].containsKey(10))
    }

    @Test("A feature table whose trigrams outgrow 16-bit ids widens them and keeps every intersection")
    func featureTableWideTrigrams() {
        // the first block: 32,768 trigrams of its own plus shared ones; the second adds 40,000
        func features(_ i: Int) -> SegmentFeatures {
            let own: [Int32] = i < FeatureTable.blockSize ? [Int32(100_000 + i)] : [Int32(200_000 + i), Int32(300_000 + i)]
            return SegmentFeatures(tokenKeys: TokenKeyLists(), keyUnion: [], anchors: [], numbers: [],
                                   trigrams: (own + [Int32(i % 11), Int32(i % 13 + 20)]).sorted(), length: 1, bloom: nil)
        }
        let all = (0..<(FeatureTable.blockSize + 20_000)).map(features)
        var table = FeatureTable()
        table.append(all[0..<FeatureTable.blockSize])
        #expect(!table.wideTrigrams)
        let before = TrigramIDs.dice(table[0].trigrams, table[11].trigrams)
        table.append(all[FeatureTable.blockSize...])
        #expect(table.wideTrigrams)
        #expect(TrigramIDs.dice(table[0].trigrams, table[11].trigrams) == before)
        for (i, j) in [(0, 11), (0, 13), (5, FeatureTable.blockSize + 5 * 11 * 13), (FeatureTable.blockSize, FeatureTable.blockSize + 143), (7, 8)] {
            #expect(TrigramIDs.dice(table[i].trigrams, table[j].trigrams) == SortedSets.dice(all[i].trigrams, all[j].trigrams))
            #expect(table.features(i).trigrams.count == all[i].trigrams.count)
        }
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
