/// Turns the mentions of a corpus into `Corpus.entities` and sets every `Mention.entity`
/// (segments' `canonical` text is built afterwards from entities and concepts by `CanonicalText`).
public struct NamesReducer: Sendable {
    public let index: GazetteerIndex
    public let matcher: NameMatcher

    public init(index: GazetteerIndex, matcher: NameMatcher = NameMatcher()) {
        self.index = index
        self.matcher = matcher
    }

    struct Ref: Hashable { var document: Int; var mention: Int }

    public func reduce(_ corpus: inout Corpus) {
        // 1. In-document links: a single-part mention to a full name of the same document.
        var linkedTo: [Ref: Ref] = [:]
        for (d, document) in corpus.documents.enumerated() {
            // Full names of the document blocked by the first two sound classes of their surname.
            var fullsByBlock: [String: [(index: Int, surname: String, soundClass: String)]] = [:]
            for (f, mention) in document.mentions.enumerated() {
                let parts = mention.key.split(separator: " ")
                guard parts.count > 1, let last = parts.last else { continue }
                let soundClass = NameKeyer.classKey(String(last))
                fullsByBlock[String(soundClass.prefix(2)), default: []].append((f, String(last), soundClass))
            }
            if fullsByBlock.isEmpty { continue }
            for (m, mention) in document.mentions.enumerated() where mention.entity.isEmpty && !mention.key.isEmpty && !mention.key.containsBytes(" ") {
                let part = mention.key
                let soundA = NameKeyer.classKey(part)
                var targets: Set<String> = []
                var target: Int? = nil
                for full in fullsByBlock[String(soundA.prefix(2))] ?? [] {
                    if part == full.surname || matcher.part(part, soundA, full.surname, full.soundClass).same
                        || NameClusterer.isClipped(part, of: full.surname) {
                        targets.insert(document.mentions[full.index].key)
                        if target == nil { target = full.index }
                    }
                }
                if targets.count == 1, let target { linkedTo[Ref(document: d, mention: m)] = Ref(document: d, mention: target) }
            }
        }
        // 2. Distinct nodes.
        var nodes: [NameClusterer.Node] = []
        var nodeOf: [Ref: Int] = [:]
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
        for (d, document) in corpus.documents.enumerated() {
            for (m, mention) in document.mentions.enumerated() where linkedTo[Ref(document: d, mention: m)] == nil {
                let anchor = mention.entity.isEmpty ? nil : mention.entity
                let id = (anchor ?? "") + "\u{1}" + mention.key
                if let known = nodeByKey[id] { nodeOf[Ref(document: d, mention: m)] = known; continue }
                let parts = mention.key.split(separator: " ").map(String.init)
                let isAcronym = mention.surface.count <= 6 && mention.surface.allSatisfy { !$0.isLowercase } && parts.count == 1
                nodes.append(.init(parts: parts, classes: parts.map(NameKeyer.classKey), anchor: anchor, isAcronym: isAcronym))
                nodeByKey[id] = nodes.count - 1
                nodeOf[Ref(document: d, mention: m)] = nodes.count - 1
            }
        }
        let roots = NameClusterer(matcher: matcher).cluster(nodes)
        var anchorOfRoot: [Int: String] = [:]
        for (i, node) in nodes.enumerated() { if let anchor = node.anchor, anchorOfRoot[roots[i]] == nil { anchorOfRoot[roots[i]] = anchor } }
        // 3. Members of each root.
        func root(of ref: Ref) -> Int { roots[nodeOf[linkedTo[ref] ?? ref]!] }
        var members: [Int: [Ref]] = [:]
        var order: [Int] = []
        for (d, document) in corpus.documents.enumerated() {
            for m in document.mentions.indices {
                let ref = Ref(document: d, mention: m)
                let r = root(of: ref)
                if members[r] == nil { order.append(r) }
                members[r, default: []].append(ref)
            }
        }
        // 4. Entities.
        // Each mention's language: its segment's, else its document's.
        let mentionLanguages = corpus.documents.map { document -> [String] in
            let segmentLanguages = Dictionary(document.segments.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
            return document.mentions.map { (segmentLanguages[$0.segment] ?? nil) ?? document.language ?? "und" }
        }
        var usedIDs: Set<String> = []
        var idOfRoot: [Int: String] = [:]
        var entities: [Entity] = []
        for r in order {
            let refs = members[r]!
            let anchor = anchorOfRoot[r]
            var variants: [String: Entity.Variant] = [:]
            var variantOrder: [String] = []
            var typeVotes: [String: Int] = [:]
            var englishLatin: [String: Int] = [:]
            var allLatin: [String: Int] = [:]
            for ref in refs {
                let document = corpus.documents[ref.document]
                let mention = document.mentions[ref.mention]
                let language = mentionLanguages[ref.document][ref.mention]
                typeVotes[mention.type, default: 0] += 1
                let multiPart = mention.key.containsBytes(" ")
                allLatin[mention.latin, default: 0] += multiPart ? 3 : 1
                if language.hasPrefix("en") { englishLatin[mention.latin, default: 0] += multiPart ? 3 : 1 }
                if variants[mention.surface] == nil {
                    variantOrder.append(mention.surface)
                    variants[mention.surface] = Entity.Variant(form: mention.surface, latin: mention.latin, key: mention.key,
                                                               languages: [], documents: [], count: 0)
                }
                variants[mention.surface]!.count += 1
                if !variants[mention.surface]!.languages.contains(language) { variants[mention.surface]!.languages.append(language) }
                // refs come in document order: a document already listed is the last one
                if variants[mention.surface]!.documents.last != document.id { variants[mention.surface]!.documents.append(document.id) }
            }
            let entry = anchor.flatMap { index.entries[$0] }
            func mostFrequent(_ counts: [String: Int]) -> String? {
                counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            }
            let canonical = entry?.preferred ?? mostFrequent(englishLatin) ?? mostFrequent(allLatin) ?? variantOrder[0]
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
            idOfRoot[r] = id
            entities.append(Entity(id: id, canonical: canonical, type: type, origin: entry == nil ? "discovered" : "gazetteer",
                                   variants: variantOrder.map { variants[$0]! }.sorted { $0.form < $1.form }))
        }
        // 5. Mentions.
        let typeOf = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.type) })
        for d in corpus.documents.indices {
            for m in corpus.documents[d].mentions.indices {
                let ref = Ref(document: d, mention: m)
                corpus.documents[d].mentions[m].entity = idOfRoot[root(of: ref)]!
                if corpus.documents[d].mentions[m].type == "unknown", let type = typeOf[corpus.documents[d].mentions[m].entity] {
                    corpus.documents[d].mentions[m].type = type
                }
            }
        }
        corpus.entities = entities.sorted { $0.id < $1.id }
    }
}

extension NameKeyer {
    /// The sound-class key of a canonical part key (`NameKeyRules.soundClasses`).
    public static func classKey(_ key: String) -> String {
        collapseDoubles(apply(.soundClasses, to: key, language: "und"))
    }
}
