import Foundation

/// Turns the mentions of a corpus into `Corpus.entities` and sets every `Mention.entity`
/// (segments' `canonical` text is built afterwards from entities and concepts by `CanonicalText`).
public struct NamesReducer: Sendable {
    public let index: GazetteerIndex
    public let matcher: NameMatcher

    public init(index: GazetteerIndex, matcher: NameMatcher = NameMatcher()) {
        self.index = index
        self.matcher = matcher
    }

    /// Every mention of the corpus numbered in document order (the first mention of document `d`
    /// is `first[d]`), so that per-mention facts are flat arrays rather than dictionaries keyed by
    /// (document, mention): 2.6 million mentions at 100,000 documents.
    struct MentionNumbering {
        private(set) var first: [Int] = [0]
        private(set) var documentOf: [Int32] = []

        init(_ documents: [Document]) {
            first.reserveCapacity(documents.count + 1)
            for (d, document) in documents.enumerated() {
                first.append(first[d] + document.mentions.count)
                documentOf.append(contentsOf: repeatElement(Int32(d), count: document.mentions.count))
            }
        }

        var count: Int { documentOf.count }
        func number(document d: Int, mention m: Int) -> Int { first[d] + m }
        func ref(_ g: Int) -> (document: Int, mention: Int) {
            let d = Int(documentOf[g])
            return (d, g - first[d])
        }
    }

    public func reduce(_ corpus: inout Corpus) {
        let numbering = MentionNumbering(corpus.documents)
        // Sound-class keys of the nodes' name parts (step 2), each computed once: a corpus repeats its
        // names (step 1's workers keep memos of their own).
        var classKeys: [String: String] = [:]
        func classKey(_ part: String) -> String {
            if let known = classKeys[part] { return known }
            let key = NameKeyer.classKey(part)
            classKeys[part] = key
            return key
        }
        // 1. In-document links: a single-part mention to a full name of the same document (-1: none),
        // each document on its own, on every core (a sound-class memo per worker).
        var linkedTo = [Int32](repeating: -1, count: numbering.count)
        do {
            // a second reference to the documents only in here: step 5 changes them in place
            let documents = corpus.documents
            let matcher = self.matcher
            let links = ParallelMap.mapWithState(Array(documents.indices), jobs: ProcessInfo.processInfo.activeProcessorCount,
                                                 makeState: { [String: String]() }) { memo, d in
                Self.inDocumentLinks(documents[d].mentions, matcher: matcher) { part in
                    if let known = memo[part] { return known }
                    let key = NameKeyer.classKey(part)
                    memo[part] = key
                    return key
                }
            }
            for (d, documentLinks) in links.enumerated() {
                for (m, target) in documentLinks {
                    linkedTo[numbering.number(document: d, mention: m)] = Int32(numbering.number(document: d, mention: target))
                }
            }
        }
        // 2. Distinct nodes (-1: a mention linked to another).
        var nodes: [NameClusterer.Node] = []
        var nodeOf = [Int32](repeating: -1, count: numbering.count)
        var nodeByKey: [String: Int] = [:]
        // Gazetteer forms are nodes too: they anchor clusters (a surname alone finds its full name).
        for (id, keys) in index.keys.sorted(by: { $0.key < $1.key }) {
            for key in keys where !key.isAcronym {
                let nodeID = id + "\u{1}" + key.joined
                guard nodeByKey[nodeID] == nil else { continue }
                nodes.append(.init(parts: key.parts, classes: key.classes, anchor: id))
                nodeByKey[nodeID] = nodes.count - 1
            }
        }
        for d in corpus.documents.indices {
            let mentions = corpus.documents[d].mentions
            for m in mentions.indices {
                let g = numbering.number(document: d, mention: m)
                guard linkedTo[g] < 0 else { continue }
                // the fields read, not a copy of the whole mention
                let entity = mentions[m].entity, key = mentions[m].key
                let anchor = entity.isEmpty ? nil : entity
                let id = (anchor ?? "") + "\u{1}" + key
                if let known = nodeByKey[id] { nodeOf[g] = Int32(known); continue }
                let parts = key.split(separator: " ").map(String.init)
                let surface = mentions[m].surface
                let isAcronym = surface.count <= 6 && surface.allSatisfy { !$0.isLowercase } && parts.count == 1
                nodes.append(.init(parts: parts, classes: parts.map(classKey), anchor: anchor, isAcronym: isAcronym))
                nodeByKey[id] = nodes.count - 1
                nodeOf[g] = Int32(nodes.count - 1)
            }
        }
        nodeByKey = [:]
        classKeys = [:]
        let roots = NameClusterer(matcher: matcher).cluster(nodes)
        var anchorOfRoot: [Int: String] = [:]
        for (i, node) in nodes.enumerated() { if let anchor = node.anchor, anchorOfRoot[roots[i]] == nil { anchorOfRoot[roots[i]] = anchor } }
        nodes = []
        // 3. Members of each root: roots numbered in order of their first mention, members in document order.
        var positionOfRoot: [Int: Int32] = [:]
        var order: [Int] = []
        var memberPosition = [Int32](repeating: 0, count: numbering.count)
        for g in 0..<numbering.count {
            let node = linkedTo[g] >= 0 ? nodeOf[Int(linkedTo[g])] : nodeOf[g]
            let r = roots[Int(node)]
            if let position = positionOfRoot[r] {
                memberPosition[g] = position
            } else {
                memberPosition[g] = Int32(order.count)
                positionOfRoot[r] = Int32(order.count)
                order.append(r)
            }
        }
        linkedTo = []
        nodeOf = []
        var memberStart = [Int](repeating: 0, count: order.count + 1)
        for position in memberPosition { memberStart[Int(position) + 1] += 1 }
        for p in order.indices { memberStart[p + 1] += memberStart[p] }
        var members = [Int32](repeating: 0, count: numbering.count)
        var filled = memberStart
        for g in 0..<numbering.count {
            let p = Int(memberPosition[g])
            members[filled[p]] = Int32(g)
            filled[p] += 1
        }
        filled = []
        // 4. Entities.
        // Each mention's language: its segment's, else its document's.
        var languages = StringNumbering()
        var mentionLanguage: [Int32] = []
        mentionLanguage.reserveCapacity(numbering.count)
        for document in corpus.documents {
            let segmentLanguages = Dictionary(document.segments.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
            for mention in document.mentions {
                mentionLanguage.append(languages.number((segmentLanguages[mention.segment] ?? nil) ?? document.language ?? "und"))
            }
        }
        var usedIDs: Set<String> = []
        var idOfPosition: [String] = []
        idOfPosition.reserveCapacity(order.count)
        var entities: [Entity] = []
        for (p, r) in order.enumerated() {
            let anchor = anchorOfRoot[r]
            // the variants in order of first mention, each found by its form
            var variants: [Entity.Variant] = []
            var variantOfForm: [String: Int] = [:]
            var typeVotes: [String: Int] = [:]
            var englishLatin: [String: Int] = [:]
            var allLatin: [String: Int] = [:]
            for g in members[memberStart[p]..<memberStart[p + 1]] {
                let ref = numbering.ref(Int(g))
                // the fields read and the document's id, not a copy of the whole mention or document
                let document = ref.document, m = ref.mention
                let surface = corpus.documents[document].mentions[m].surface
                let latin = corpus.documents[document].mentions[m].latin
                let documentID = corpus.documents[document].id
                let language = languages[mentionLanguage[Int(g)]]
                typeVotes[corpus.documents[document].mentions[m].type, default: 0] += 1
                let multiPart = corpus.documents[document].mentions[m].key.containsBytes(" ")
                allLatin[latin, default: 0] += multiPart ? 3 : 1
                if language.hasPrefix("en") { englishLatin[latin, default: 0] += multiPart ? 3 : 1 }
                let v: Int
                if let known = variantOfForm[surface] {
                    v = known
                } else {
                    v = variants.count
                    variantOfForm[surface] = v
                    variants.append(Entity.Variant(form: surface, latin: latin, key: corpus.documents[document].mentions[m].key,
                                                   languages: [], documents: [], count: 0))
                }
                variants[v].count += 1
                if !variants[v].languages.contains(language) { variants[v].languages.append(language) }
                // refs come in document order: a document already listed is the last one
                if variants[v].documents.last != documentID { variants[v].documents.append(documentID) }
            }
            let entry = anchor.flatMap { index.entries[$0] }
            func mostFrequent(_ counts: [String: Int]) -> String? {
                counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            }
            let canonical = entry?.preferred ?? mostFrequent(englishLatin) ?? mostFrequent(allLatin) ?? variants[0].form
            var type = entry?.type ?? "unknown"
            if entry == nil {
                if typeVotes["person", default: 0] > 0 { type = "person" }
                else if let best = typeVotes.filter({ $0.key != "unknown" }).max(by: { $0.value < $1.value }) { type = best.key }
            }
            var id = entry?.id ?? Gazetteer.slug(canonical)
            if id.isEmpty { id = "entity" }
            if usedIDs.contains(id) {
                var n = 2
                while usedIDs.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            usedIDs.insert(id)
            idOfPosition.append(id)
            entities.append(Entity(id: id, canonical: canonical, type: type, origin: entry == nil ? "discovered" : "gazetteer",
                                   variants: variants.sorted { $0.form < $1.form }))
        }
        // 5. Mentions.
        let typeOf = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.type) })
        for d in corpus.documents.indices {
            for m in corpus.documents[d].mentions.indices {
                corpus.documents[d].mentions[m].entity = idOfPosition[Int(memberPosition[numbering.number(document: d, mention: m)])]
                if corpus.documents[d].mentions[m].type == "unknown", let type = typeOf[corpus.documents[d].mentions[m].entity] {
                    corpus.documents[d].mentions[m].type = type
                }
            }
        }
        corpus.entities = entities.sorted { $0.id < $1.id }
    }

    /// The in-document links of one document's mentions, as (single-part mention, full-name
    /// mention) indices: a single part links to the first full-name mention whose surname it can
    /// be (the same, the same by `matcher`, or clipped), when exactly one distinct full name of the
    /// document fits. Full names are blocked by the first two sound classes of their surname
    /// (`classKey`).
    static func inDocumentLinks(_ mentions: [Mention], matcher: NameMatcher, classKey: (String) -> String) -> [(Int, Int)] {
        var fullsByBlock: [String: [(index: Int, surname: String, soundClass: String)]] = [:]
        for f in mentions.indices {
            let parts = mentions[f].key.split(separator: " ")
            guard parts.count > 1, let last = parts.last else { continue }
            let soundClass = classKey(String(last))
            fullsByBlock[String(soundClass.prefix(2)), default: []].append((f, String(last), soundClass))
        }
        if fullsByBlock.isEmpty { return [] }
        var links: [(Int, Int)] = []
        for m in mentions.indices where mentions[m].entity.isEmpty && !mentions[m].key.isEmpty && !mentions[m].key.containsBytes(" ") {
            let part = mentions[m].key
            let soundA = classKey(part)
            var targets: Set<String> = []
            var target: Int? = nil
            for full in fullsByBlock[String(soundA.prefix(2))] ?? [] {
                if part == full.surname || matcher.part(part, soundA, full.surname, full.soundClass).same
                    || NameClusterer.isClipped(part, of: full.surname) {
                    targets.insert(mentions[full.index].key)
                    if target == nil { target = full.index }
                }
            }
            if targets.count == 1, let target { links.append((m, target)) }
        }
        return links
    }
}

extension NameKeyer {
    /// The sound-class key of a canonical part key (`NameKeyRules.soundClasses`).
    public static func classKey(_ key: String) -> String {
        collapseDoubles(apply(.soundClasses, to: key, language: "und"))
    }
}
