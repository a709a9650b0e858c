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
    let keyIDs: [String: Int32]
    let edges: [UInt64: Int32]
    let terminals: [Int32: [Entry]]
    /// Inflection families some variant uses, with their ending sets.
    let families: [(family: InflectionFamily, tag: String, endings: Set<String>)]
    let hasCompounds: Bool
    let hasCapitalized: Bool
    /// Number of trie nodes (root included).
    public let nodeCount: Int

    /// Builds the index. Variants whose form has no token are skipped
    /// (loaders reject them earlier with file and line).
    public init(glossary: Glossary) {
        self.glossary = glossary
        var keyIDs: [String: Int32] = [:]
        var edges: [UInt64: Int32] = [:]
        var terminals: [Int32: [Entry]] = [:]
        var familiesUsed = Set<InflectionFamily>()
        var hasCompounds = false
        var hasCapitalized = false
        var nodeCount: Int32 = 1
        var foldCache: [String: String] = [:]

        func keyID(_ key: String) -> Int32 {
            if let id = keyIDs[key] { return id }
            let id = Int32(keyIDs.count)
            keyIDs[key] = id
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
                let family = flags.contains(.inflects) ? InflectionFamily.of(language: variant.language) : nil
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
                    if let known = foldCache[word] { folded = known } else {
                        folded = TermFolding.fold(word)
                        foldCache[word] = folded
                    }
                    foldedWords.append(folded)
                    if let family {
                        path.append(cap + "^" + family.rawValue + ":" + family.stem(of: folded))
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
                    insert(compoundPath, entry)
                }
            }
        }
        self.keyIDs = keyIDs
        self.edges = edges
        self.terminals = terminals
        self.families = familiesUsed.sorted { $0.rawValue < $1.rawValue }
            .map { ($0, "^" + $0.rawValue + ":", $0.endings) }
        self.hasCompounds = hasCompounds
        self.hasCapitalized = hasCapitalized
        self.nodeCount = Int(nodeCount)
    }

    @inline(__always)
    func next(_ node: Int32, _ key: Int32) -> Int32? {
        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))]
    }
}
