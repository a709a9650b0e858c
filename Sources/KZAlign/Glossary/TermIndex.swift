/// An immutable trie over the token keys of every glossary variant: the
/// structure the matcher walks, one hash lookup per token key, whatever the
/// glossary's size (no loop over variants).
///
/// A variant's words become keys by its flags: `=` + the NFC word
/// (case-sensitive), `~` + the folded word (`TermFolding`), `^<family>` + the
/// folded stem (inflecting), `+` + the folded word for a compound's opening
/// part; a `C` in front requires a capitalized text word. Edges are a single
/// open-addressing table from (node, key id) to node (`EdgeTable`); key
/// strings are interned as bytes (`ByteTable`), so the matcher looks keys up
/// without building strings.
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
    /// Key strings (tag + text, e.g. `~` + folded word) → key id.
    let keyIDs: ByteTable
    /// (node << 32 | key id) → child node.
    let edges: EdgeTable
    /// Variants ending at node `n`: `terminalEntries[terminalOffsets[n]..<terminalOffsets[n + 1]]`,
    /// in insertion order.
    let terminalOffsets: [Int32]
    let terminalEntries: [Entry]
    /// Inflection families some variant uses, with their ending sets.
    let families: [(family: InflectionFamily, tag: String, endings: Set<String>)]
    /// `tag` of each family as UTF-8 bytes, with and without the leading `C`.
    let familyTags: [[UInt8]]
    let capitalFamilyTags: [[UInt8]]
    /// Folded stems (a prefilter before ending checks); `stemFamilyLists[id]`: indexes into
    /// `families` of the families that use stem `id`.
    let stems: ByteTable
    let stemFamilyLists: [[Int8]]
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
        let variantCount = glossary.variantCount
        var keyIDs = ByteTable(expectedCount: variantCount * 2)
        var edges = EdgeTable(expectedCount: variantCount * 2)
        var terminalList: [(node: Int32, entry: Entry)] = []
        terminalList.reserveCapacity(variantCount + variantCount / 4)
        var familiesUsed = Set<InflectionFamily>()
        var hasCompounds = false
        var hasCapitalized = false
        var nodeCount: Int32 = 1
        var foldCache: [ByteKey: String] = [:]
        var stems: [(String, InflectionFamily)] = []
        var familyCache: [String: InflectionFamily?] = [:]
        var openings = Set<UInt64>()
        func addOpening(_ word: String) { openings.insert(Self.opening(word)) }

        func insert(_ path: [Int32], _ entry: Entry) {
            var node: Int32 = 0
            for key in path {
                let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
                let next = edges.find(edge)
                if next >= 0 {
                    node = next
                } else {
                    edges.insertNew(edge, nodeCount)
                    node = nodeCount
                    nodeCount += 1
                }
            }
            terminalList.append((node, entry))
        }
        let exact: [UInt8] = Array("=".utf8), plain: [UInt8] = Array("~".utf8), capPlain: [UInt8] = Array("C~".utf8)
        let open: [UInt8] = Array("+".utf8), capOpen: [UInt8] = Array("C+".utf8)

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
                var path: [Int32] = []
                var foldedWords: [String] = []
                for (i, word) in words.enumerated() {
                    let cap = flags.contains(.capitalized) && i == 0
                    if flags.contains(.caseSensitive) {
                        path.append(keyIDs.insert(exact, word))
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
                        path.append(keyIDs.insert(Array(((cap ? "C" : "") + "^" + family.rawValue + ":").utf8), stem))
                    } else {
                        path.append(keyIDs.insert(cap ? capPlain : plain, folded))
                    }
                }
                if flags.contains(.capitalized) { hasCapitalized = true }
                let entry = Entry(concept: Int32(c), variant: Int32(v))
                insert(path, entry)
                if flags.contains(.compound), !flags.contains(.caseSensitive) {
                    hasCompounds = true
                    var compoundPath = Array(path.dropLast())
                    let cap = flags.contains(.capitalized) && words.count == 1
                    compoundPath.append(keyIDs.insert(cap ? capOpen : open, foldedWords[foldedWords.count - 1]))
                    addOpening(foldedWords[foldedWords.count - 1])
                    insert(compoundPath, entry)
                }
            }
        }
        self.keyIDs = keyIDs
        self.edges = edges
        // Terminal lists in compressed-row form (a counting sort by node, stable).
        var offsets = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        for (node, _) in terminalList { offsets[Int(node) + 1] += 1 }
        for n in 0..<Int(nodeCount) { offsets[n + 1] += offsets[n] }
        var fill = offsets
        var entries = [Entry](repeating: Entry(concept: 0, variant: 0), count: terminalList.count)
        for (node, entry) in terminalList {
            entries[Int(fill[Int(node)])] = entry
            fill[Int(node)] += 1
        }
        self.terminalOffsets = offsets
        self.terminalEntries = entries
        let families = familiesUsed.sorted { $0.rawValue < $1.rawValue }
        self.families = families.map { ($0, "^" + $0.rawValue + ":", $0.endings) }
        self.familyTags = self.families.map { Array($0.tag.utf8) }
        self.capitalFamilyTags = self.families.map { Array(("C" + $0.tag).utf8) }
        var stemTable = ByteTable(expectedCount: stems.count)
        var stemFamilyLists: [[Int8]] = []
        for (stem, family) in stems {
            let f = Int8(families.firstIndex(of: family)!)
            let id = Int(stemTable.insert([], stem))
            if id == stemFamilyLists.count { stemFamilyLists.append([]) }
            if !stemFamilyLists[id].contains(f) { stemFamilyLists[id].append(f) }
        }
        self.stems = stemTable
        self.stemFamilyLists = stemFamilyLists
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

    /// The child of `node` along key `key`, or -1.
    @inline(__always)
    func next(_ node: Int32, _ key: Int32) -> Int32 {
        edges.find(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)))
    }

    /// Indexes into `terminalEntries` of the variants ending at `node`.
    @inline(__always)
    func terminals(at node: Int32) -> Range<Int> {
        Int(terminalOffsets[Int(node)])..<Int(terminalOffsets[Int(node) + 1])
    }
}
