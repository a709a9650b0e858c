extension SegmentFeatures {
    /// What this segment says beyond `partners`: its content words none of whose keys occur in a
    /// partner, and its anchors, numbers and dates no partner shares. A long sentence that holds
    /// two statements ("… 2,000 guns is still unknown, he said, adding that Massimov is on trial
    /// …") keeps, after its link to the first statement's counterpart, the words of the second.
    /// Trigrams and length stay those of the whole segment.
    func residual(after partners: [SegmentFeatures]) -> SegmentFeatures {
        var tokenKeys = TokenKeyLists(), ownKeys: [Int32] = [], information: [Float] = []
        for i in self.tokenKeys.indices
        where !self.tokenKeys[i].contains(where: { key in partners.contains { $0.containsKey(key) } }) {
            tokenKeys.append(self.tokenKeys[i])
            ownKeys.append(tokenOwnKey[i])
            information.append(tokenInformation[i])
        }
        let keyUnion = Array(Set(tokenKeys.keys)).sorted()
        let sharedNumbers = Set(partners.flatMap { $0.numbers + $0.dates })
        return SegmentFeatures(
            tokenKeys: tokenKeys, tokenOwnKey: ownKeys, tokenInformation: information,
            keyUnion: keyUnion,
            anchors: anchors.filter { anchor in !partners.contains { SortedSets.contains($0.anchors, anchor) } },
            entities: entities, concepts: concepts,
            numbers: numbers.filter { !sharedNumbers.contains($0) },
            dates: dates.filter { !sharedNumbers.contains($0) },
            trigrams: trigrams, length: length, bloom: SegmentFeatures.bloom(of: keyUnion))
    }
}
