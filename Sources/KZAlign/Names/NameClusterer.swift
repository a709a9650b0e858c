/// Clusters name mentions of a whole corpus into canonical entities (the reduce).
///
/// 1. gazetteer matches anchor clusters (two anchors never merge);
/// 2. inside a document, a surname-only or clipped mention joins the full name
///    introduced there ("Tokajew" after "Kassym-Jomart Tokajew", "Asov" after
///    "Berik Asilov"), and a surname-only mention then never links elsewhere by itself;
/// 3. equal keys merge; different keys merge when `NameMatcher` says same,
///    comparing only keys in the same block (first two sound classes of the
///    surname), so cost grows near-linearly with the number of distinct keys;
///    a surname alone joins a full name only when exactly one cluster fits.
public struct NameClusterer: Sendable {
    public var matcher: NameMatcher
    public init(matcher: NameMatcher = NameMatcher()) { self.matcher = matcher }

    /// A distinct variant to cluster: one key (with its sound classes) and an optional anchor.
    public struct Node: Sendable {
        public var parts: [String]
        public var classes: [String]
        public var anchor: String?
        public var isAcronym: Bool
        public init(parts: [String], classes: [String], anchor: String?, isAcronym: Bool = false) {
            self.parts = parts; self.classes = classes; self.anchor = anchor; self.isAcronym = isAcronym
        }
    }

    /// Union–find with anchors: a union of two differently anchored roots is refused.
    public struct Clusters {
        var parent: [Int]
        var anchor: [String?]
        init(anchors: [String?]) { parent = Array(anchors.indices); anchor = anchors }
        public mutating func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        @discardableResult
        public mutating func union(_ a: Int, _ b: Int) -> Bool {
            let (ra, rb) = (find(a), find(b))
            if ra == rb { return true }
            if let x = anchor[ra], let y = anchor[rb], x != y { return false }
            let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
            parent[child] = root
            anchor[root] = anchor[root] ?? anchor[child]
            return true
        }
    }

    /// Clusters distinct nodes by key equality and similarity within blocks.
    /// Returns the root of each node.
    public func cluster(_ nodes: [Node]) -> [Int] {
        var clusters = Clusters(anchors: nodes.map(\.anchor))
        // Anchored nodes with the same anchor.
        var byAnchor: [String: Int] = [:]
        for (i, node) in nodes.enumerated() {
            if let anchor = node.anchor {
                if let first = byAnchor[anchor] { clusters.union(first, i) } else { byAnchor[anchor] = i }
            }
        }
        // Equal keys.
        var byKey: [String: Int] = [:]
        for (i, node) in nodes.enumerated() where !node.parts.isEmpty {
            let key = (node.isAcronym ? "#" : "") + node.parts.joined(separator: " ")
            if let first = byKey[key] { clusters.union(first, i) } else { byKey[key] = i }
        }
        // Similar keys, within blocks: the surname's first three sound classes and its last two
        // (a final vowel dropped). Lossless for the matcher's decision, whose ending guard already
        // requires equal last two classes (or a final vowel apart); see `NameClusterer.block`.
        var blocks: [String: [Int]] = [:]
        for (key, i) in byKey.sorted(by: { $0.value < $1.value }) where !nodes[i].isAcronym && !key.isEmpty {
            blocks[NameClusterer.block(nodes[i].classes.last ?? ""), default: []].append(i)
        }
        let keys = nodes.map(key)
        let surnameLengths = nodes.map { ($0.classes.last ?? "").utf8.count }
        // Candidate filter inside a block (lossless): `NameMatcher.part` can call two parts the
        // same only when their sound classes have the same consonant skeleton (equal keys, equal
        // classes, short parts with equal classes, one vowel edit) or when they differ only in a
        // final vowel. The matcher's surname is the last part of a, and the last part of b or (both
        // multi-part, either order) b's first part; so only members sharing such a signature with
        // a are scored, in the same order as before, and the unions (and the refusals between
        // anchors, which depend on their order) are the same as scoring every pair of the block.
        let signatures = nodes.map(CandidateSignature.init)
        var singles: [Int] = []
        var indexes: [String: CandidateIndex] = [:]
        for block in blocks.keys.sorted() {
            let members = blocks[block]!
            let index = CandidateIndex(members: members, signatures: signatures)
            indexes[block] = index
            var candidates: [Int] = []
            for x in 0..<members.count {
                let a = members[x]
                if nodes[a].parts.count == 1 { singles.append(a) }
                index.candidates(after: x, for: signatures[a], into: &candidates)
                for y in candidates {
                    let b = members[y]
                    guard nodes[a].parts.count > 1 && nodes[b].parts.count > 1 || nodes[a].parts.count == 1 && nodes[b].parts.count == 1 else { continue }
                    // Sound-class keys more than one letter apart never match (equal classes, one edit, or a final vowel).
                    if abs(surnameLengths[a] - surnameLengths[b]) > 1 { continue }
                    if clusters.find(a) == clusters.find(b) { continue }
                    if matcher.score(keys[a], keys[b]).same { clusters.union(a, b) }
                }
            }
        }
        // A surname alone joins a multi-part cluster when exactly one fits.
        var candidates: [Int] = []
        for a in singles {
            var roots: Set<Int> = []
            guard let index = indexes[NameClusterer.block(nodes[a].classes.last ?? "")] else { continue }
            index.candidates(after: -1, for: signatures[a], surnameOnly: true, into: &candidates)
            for y in candidates {
                let b = index.members[y]
                guard nodes[b].parts.count > 1 else { continue }
                if abs(surnameLengths[a] - surnameLengths[b]) > 1 { continue }
                if matcher.score(keys[a], keys[b]).same { roots.insert(clusters.find(b)) }
            }
            if roots.count == 1, let root = roots.first { clusters.union(a, root) }
        }
        return nodes.indices.map { clusters.find($0) }
    }

    /// What a part must share with another for `NameMatcher.part` to call them the same:
    /// the consonant skeleton of its sound classes, or its key without a final vowel (≥ 4 letters).
    struct PartSignature: Hashable {
        var skeleton: String
        var stem: String?
        init(key: String, soundClass: String) {
            skeleton = NameMatcher.consonants(soundClass)
            stem = NameMatcher.finalVowelStem(key)
        }
    }

    /// The signatures of a node's last part (its surname) and, for a multi-part node, its first part.
    struct CandidateSignature {
        var last: PartSignature?
        var first: PartSignature?
        init(_ node: Node) {
            guard let key = node.parts.last, let soundClass = node.classes.last else { return }
            last = PartSignature(key: key, soundClass: soundClass)
            if node.parts.count > 1 { first = PartSignature(key: node.parts[0], soundClass: node.classes[0]) }
        }
    }

    /// The members of one block indexed by signature: positions (ascending) per skeleton and stem,
    /// of last parts and of first parts.
    struct CandidateIndex {
        let members: [Int]
        var lastSkeleton: [String: [Int]] = [:], lastStem: [String: [Int]] = [:]
        var firstSkeleton: [String: [Int]] = [:], firstStem: [String: [Int]] = [:]

        init(members: [Int], signatures: [CandidateSignature]) {
            self.members = members
            for (position, node) in members.enumerated() {
                if let last = signatures[node].last {
                    lastSkeleton[last.skeleton, default: []].append(position)
                    if let stem = last.stem { lastStem[stem, default: []].append(position) }
                }
                if let first = signatures[node].first {
                    firstSkeleton[first.skeleton, default: []].append(position)
                    if let stem = first.stem { firstStem[stem, default: []].append(position) }
                }
            }
        }

        /// Positions after `position` whose last part (or, unless `surnameOnly`, first part when
        /// `signature` is of a multi-part node) may match `signature`'s last part; ascending, distinct.
        func candidates(after position: Int, for signature: CandidateSignature, surnameOnly: Bool = false,
                        into output: inout [Int]) {
            output.removeAll(keepingCapacity: true)
            guard let last = signature.last else { return }
            func add(_ list: [Int]?) {
                guard let list else { return }
                // Binary search for the first position after `position` (lists are ascending).
                var low = 0, high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if list[middle] <= position { low = middle + 1 } else { high = middle }
                }
                output += list[low...]
            }
            add(lastSkeleton[last.skeleton])
            if let stem = last.stem { add(lastStem[stem]) }
            if !surnameOnly && signature.first != nil {
                add(firstSkeleton[last.skeleton])
                if let stem = last.stem { add(firstStem[stem]) }
            }
            output.sortAndRemoveDuplicates()
        }
    }

    /// The blocking key of a surname's sound-class key.
    public static func block(_ soundClass: String) -> String {
        var stem = Substring(soundClass)
        if let last = stem.last, "aeiou".contains(last), stem.count > 3 { stem = stem.dropLast() }
        return String(soundClass.prefix(3)) + "|" + String(stem.suffix(2))
    }

    func key(_ node: Node) -> NameKey { NameKey(parts: node.parts, classes: node.classes, isAcronym: node.isAcronym) }

    /// True when `short` is a clipped form of `full`'s surname ("asov" for "asilov"):
    /// same first two and last two letters, shorter by at most three.
    public static func isClipped(_ short: String, of full: String) -> Bool {
        short.count >= 4 && short.count < full.count && full.count - short.count <= 3
            && short.prefix(2) == full.prefix(2) && short.suffix(2) == full.suffix(2)
    }
}
