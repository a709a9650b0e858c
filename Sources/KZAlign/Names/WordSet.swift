/// A set of words kept as UTF-8 bytes (a `ByteMemo` with empty values). Loading a dictionary of
/// hundreds of thousands of words builds no `String` per word, and a lookup hashes the word's
/// bytes instead of running Swift's normalization-aware `String` hashing: loading the en/de/fr
/// word lists was a third of the sample corpus's run time. Bytes compare exactly, so words go in
/// and are looked up in NFC (kzalign's texts are NFC; `insertNormalizing` normalizes what
/// `CommonWords` loads: the French and Arabic hunspell files each have one line that is not).
///
/// Thread safety: a value type; share read-only copies freely.
public struct WordSet: Sendable {
    private var memo = ByteMemo()

    public init() {}

    public var isEmpty: Bool { memo.count == 0 }
    public var count: Int { memo.count }

    /// Adds the word whose UTF-8 bytes are `word` (NFC).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        if !contains(word) { memo.insert(word, value: []) }
    }

    /// Adds the word whose UTF-8 bytes are `word`, in NFC: as it is when its characters are all
    /// NFC-inert (`Normalizer.isInertForNFC`, nearly every dictionary line), otherwise normalized.
    mutating func insertNormalizing(_ word: UnsafeBufferPointer<UInt8>) {
        if Normalizer.isInertForNFC(word) { insert(word) } else { insert(Normalizer.normalize(String(decoding: word, as: UTF8.self), .nfc)) }
    }

    /// Releases the storage that growing left unused; call once every word is in.
    mutating func finishLoading() { memo.shrinkToFit() }

    /// Adds `word` (NFC).
    public mutating func insert(_ word: String) {
        var word = word
        word.withUTF8 { insert($0) }
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        memo.withValue(for: word) { _ in }
    }

    /// Whether `word` (NFC) is in the set.
    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0) }
    }
}
