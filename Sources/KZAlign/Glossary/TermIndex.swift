/// An immutable trie over the token keys of every glossary variant: the
/// structure the matcher walks, one hash lookup per token, whatever the
/// glossary's size (no loop over variants).
///
/// A variant's words become keys by its flags: `=` + the NFC word
/// (case-sensitive), `~` + the folded word (`TermFolding`), `^<family>` + the
/// folded stem (inflecting), `+` + the folded word for a compound's opening
/// part; a `C` in front requires a capitalized text word. Edges are a single
/// hash map from (node, key id) to node.
///
/// Thread safety: immutable after `init`; share it between threads.
public final class TermIndex: Sendable {
    /// A variant that ends at a trie node.
    struct Entry: Sendable {
        let concept: Int32
        let variant: Int32
    }

    /// The merged glossary the index was built from.
    public let glossary: Glossary
    let keyIDs: [ByteKey: Int32]
    let edges: [UInt64: Int32]
    let terminals: [Int32: [Entry]]
    /// Inflection families some variant uses, with their ending sets.
    let families: [(family: InflectionFamily, tag: String, endings: Set<String>)]
    /// Folded stem → indexes into `families` of the families that use it (a prefilter before ending checks).
    let stemFamilies: [ByteKey: [Int8]]
    /// Longest suffix (in scalars) any used family may strip (two stacked endings for Turkic families).
    let longestSuffix: Int
    let hasCompounds: Bool
    let hasCapitalized: Bool
    /// First three scalars of every stem and compound word: a word whose start is not here
    /// needs no stem or compound lookups.
    let openings: Set<UInt64>
    /// Number of trie nodes (root included).
    public let nodeCount: Int

    /// Builds the index. Variants whose form has no token are skipped
    /// (loaders reject them earlier with file and line).
    public init(glossary: Glossary) {
        self.glossary = glossary
        var keyIDs: [ByteKey: Int32] = [:]
        var edges: [UInt64: Int32] = [:]
        var terminals: [Int32: [Entry]] = [:]
        var familiesUsed = Set<InflectionFamily>()
        var hasCompounds = false
        var hasCapitalized = false
        var nodeCount: Int32 = 1
        var foldCache: [ByteKey: String] = [:]
        var stems: [(String, InflectionFamily)] = []
        var familyCache: [String: InflectionFamily?] = [:]
        var openings = Set<UInt64>()
        func addOpening(_ word: String) { openings.insert(Self.opening(word)) }

        func keyID(_ key: String) -> Int32 {
            if let id = keyIDs[ByteKey(key)] { return id }
            let id = Int32(keyIDs.count)
            keyIDs[ByteKey(key)] = id
            return id
        }
        func insert(_ path: [String], _ entry: Entry) {
            var node: Int32 = 0
            for key in path {
                let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: keyID(key)))
                if let next = edges[edge] {
                    node = next
                } else {
                    edges[edge] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                }
            }
            terminals[node, default: []].append(entry)
        }

        for (c, concept) in glossary.concepts.enumerated() {
            for (v, variant) in concept.variants.enumerated() {
                let words = TermTokenizer.tokenStrings(variant.form)
                guard !words.isEmpty else { continue }
                let flags = variant.flags
                var family: InflectionFamily?
                if flags.contains(.inflects) {
                    if let known = familyCache[variant.language] { family = known } else {
                        family = InflectionFamily.of(language: variant.language)
                        familyCache[variant.language] = .some(family)
                    }
                }
                if let family { familiesUsed.insert(family) }
                var path: [String] = []
                var foldedWords: [String] = []
                for (i, word) in words.enumerated() {
                    let cap = flags.contains(.capitalized) && i == 0 ? "C" : ""
                    if flags.contains(.caseSensitive) {
                        path.append("=" + word)
                        foldedWords.append(word)
                        continue
                    }
                    let folded: String
                    if let known = foldCache[ByteKey(word)] { folded = known } else {
                        folded = TermFolding.fold(word)
                        foldCache[ByteKey(word)] = folded
                    }
                    foldedWords.append(folded)
                    if let family {
                        let stem = family.stem(of: folded)
                        stems.append((stem, family))
                        addOpening(stem)
                        path.append(cap + "^" + family.rawValue + ":" + stem)
                    } else {
                        path.append(cap + "~" + folded)
                    }
                }
                if flags.contains(.capitalized) { hasCapitalized = true }
                let entry = Entry(concept: Int32(c), variant: Int32(v))
                insert(path, entry)
                if flags.contains(.compound), !flags.contains(.caseSensitive) {
                    hasCompounds = true
                    var compoundPath = Array(path.dropLast())
                    let cap = flags.contains(.capitalized) && words.count == 1 ? "C" : ""
                    compoundPath.append(cap + "+" + foldedWords[foldedWords.count - 1])
                    addOpening(foldedWords[foldedWords.count - 1])
                    insert(compoundPath, entry)
                }
            }
        }
        self.keyIDs = keyIDs
        self.edges = edges
        self.terminals = terminals
        let families = familiesUsed.sorted { $0.rawValue < $1.rawValue }
        self.families = families.map { ($0, "^" + $0.rawValue + ":", $0.endings) }
        var stemFamilies: [ByteKey: [Int8]] = [:]
        for (stem, family) in stems {
            let f = Int8(families.firstIndex(of: family)!)
            if !(stemFamilies[ByteKey(stem)]?.contains(f) ?? false) { stemFamilies[ByteKey(stem), default: []].append(f) }
        }
        self.stemFamilies = stemFamilies
        self.longestSuffix = families.map { $0.stacksSuffixes ? 2 * $0.maxEndingLength : $0.maxEndingLength }.max() ?? 0
        self.hasCompounds = hasCompounds
        self.openings = openings
        self.hasCapitalized = hasCapitalized
        self.nodeCount = Int(nodeCount)
    }

    /// A hash of a word's first three scalars (the `openings` prefilter).
    static func opening(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in word.unicodeScalars.prefix(3) {
            h ^= UInt64(scalar.value)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    @inline(__always)
    func next(_ node: Int32, _ key: Int32) -> Int32? {
        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))]
    }
}
