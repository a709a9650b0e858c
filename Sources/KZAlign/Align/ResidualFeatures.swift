extension SegmentFeatures {
    /// What this segment says beyond `partners`: its content words none of whose keys occur in a
    /// partner, and its anchors, numbers and dates no partner shares. A long sentence that holds
    /// two statements ("… 2,000 guns is still unknown, he said, adding that Massimov is on trial
    /// …") keeps, after its link to the first statement's counterpart, the words of the second.
    /// Trigrams and length stay those of the whole segment.
    func residual(after partners: [SegmentFeatures]) -> SegmentFeatures {
        var tokenKeys = TokenKeyLists()
        for i in self.tokenKeys.indices
        where !self.tokenKeys[i].contains(where: { key in partners.contains { $0.containsKey(key) } }) {
            tokenKeys.append(self.tokenKeys[i], own: self.tokenKeys.own(i), information: self.tokenKeys.information(i))
        }
        let keyUnion = Array(Set(tokenKeys.keys)).sorted()
        let sharedNumbers = Set(partners.flatMap(\.numbers))
        return SegmentFeatures(
            tokenKeys: tokenKeys, keyUnion: keyUnion,
            anchors: anchors.filter { anchor in !partners.contains { SortedSets.contains($0.anchors, anchor) } },
            numbers: numbers.filter { !sharedNumbers.contains($0) },
            trigrams: trigrams, length: length, bloom: KeyBloom(keyUnion))
    }
}
