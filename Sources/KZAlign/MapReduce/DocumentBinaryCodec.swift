/// A compact binary encoding of `Document` for `PackedDocuments`: every field in declaration
/// order, integers as LEB128 varints (zigzag for signed values), strings as a length and their
/// UTF-8 bytes, doubles as their bit patterns. About five times faster to decode than the summary
/// JSON (no syntax, no escaping, no value tree), for data that never leaves the process. A segment's
/// Latin or canonical form equal to its text is written as a flag and decoded as the text itself,
/// sharing its storage as the stages left it; likewise a mention's or term's segment id is written
/// as the number of its segment and decoded as that segment's id (ids of more than 15 bytes each
/// take a heap block: 1.8 KB per document of the scale corpus when decoded apart), and a mention's
/// Latin form equal to its surface as a flag. A document whose segment texts are left out
/// (`Document.leaveOutSegmentTexts()`) is written and decoded that way.
enum DocumentBinaryCodec {
    static func encode(_ d: Document) -> [UInt8] {
        var w = Writer()
        w.bytes.reserveCapacity(d.text.utf8.count * 3 + 256)
        w.string(d.id); w.string(d.path); w.string(d.sha256); w.string(d.text)
        w.optional(d.metadata.url); w.optional(d.metadata.date); w.optional(d.metadata.title)
        w.optional(d.metadata.declaredLanguage)
        w.optional(d.language); w.optional(d.languageConfidence)
        w.count(d.segments.count)
        for s in d.segments {
            w.string(s.id); w.int(s.start); w.int(s.end); w.string(s.kind.rawValue); w.string(s.text)
            w.optional(s.language); w.optional(s.languageConfidence)
            w.sharedOptional(s.latin, text: s.text); w.sharedOptional(s.canonical, text: s.text)
        }
        if let left = d.leftOutSegmentTexts {
            w.count(1)
            w.bytes.append(contentsOf: left.flags)
        } else {
            w.count(0)
        }
        var segmentNumber: [String: Int] = [:]
        for (number, s) in d.segments.enumerated() where segmentNumber[s.id] == nil { segmentNumber[s.id] = number }
        w.count(d.mentions.count)
        for m in d.mentions {
            w.int(m.start); w.int(m.end); w.string(m.surface); w.string(m.entity); w.segment(m.segment, segmentNumber)
            w.string(m.type); w.string(m.key); w.shared(m.latin, text: m.surface); w.int(m.suspicious ? 1 : 0)
        }
        w.count(d.terms.count)
        for t in d.terms {
            w.int(t.start); w.int(t.end); w.string(t.surface); w.string(t.concept); w.segment(t.segment, segmentNumber)
        }
        w.string(d.ingest.encoding); w.int(d.ingest.replacedSequences)
        w.count(d.ingest.boilerplateRemoved.count)
        for (rule, count) in d.ingest.boilerplateRemoved.sorted(by: { $0.key < $1.key }) { w.string(rule); w.int(count) }
        return w.bytes
    }

    /// The document `encode` wrote.
    /// - Throws: `Truncated` when the bytes end early or hold an impossible value.
    static func decode(_ bytes: [UInt8]) throws(Truncated) -> Document {
        try bytes.withUnsafeBufferPointer { buffer throws(Truncated) -> Document in
            var r = Reader(bytes: buffer)
            var d = Document(id: try r.string(), path: try r.string(), sha256: try r.string(), text: try r.string())
            d.metadata = .init(url: try r.optionalString(), date: try r.optionalString(), title: try r.optionalString(),
                               declaredLanguage: try r.optionalString())
            d.language = try r.optionalString(); d.languageConfidence = try r.optionalDouble()
            let segmentCount = try r.count()
            d.segments.reserveCapacity(segmentCount)
            for _ in 0..<segmentCount {
                let id = try r.string(), start = try r.int(), end = try r.int()
                guard let kind = Segment.Kind(rawValue: try r.string()) else { throw Truncated() }
                var s = Segment(id: id, start: start, end: end, kind: kind, text: try r.string())
                s.language = try r.optionalString(); s.languageConfidence = try r.optionalDouble()
                s.latin = try r.sharedOptional(text: s.text); s.canonical = try r.sharedOptional(text: s.text)
                d.segments.append(s)
            }
            if try r.count() == 1 {
                d.leftOutSegmentTexts = LeftOutSegmentTexts(flags: try r.bytes(segmentCount))
            }
            let mentionCount = try r.count()
            d.mentions.reserveCapacity(mentionCount)
            for _ in 0..<mentionCount {
                let start = try r.int(), end = try r.int(), surface = try r.string()
                d.mentions.append(Mention(start: start, end: end, surface: surface, entity: try r.string(),
                                          segment: try r.segment(d.segments), type: try r.string(), key: try r.string(),
                                          latin: try r.shared(text: surface), suspicious: try r.int() != 0))
            }
            let termCount = try r.count()
            d.terms.reserveCapacity(termCount)
            for _ in 0..<termCount {
                d.terms.append(TermMention(start: try r.int(), end: try r.int(), surface: try r.string(),
                                           concept: try r.string(), segment: try r.segment(d.segments)))
            }
            d.ingest.encoding = try r.string(); d.ingest.replacedSequences = try r.int()
            for _ in 0..<(try r.count()) { d.ingest.boilerplateRemoved[try r.string()] = try r.int() }
            guard r.offset == buffer.count else { throw Truncated() }
            return d
        }
    }

    /// The bytes end before a field does, or a field holds an impossible value.
    struct Truncated: Error {}

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func unsigned(_ value: UInt64) {
            var v = value
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        /// A count of items that follow.
        mutating func count(_ value: Int) { unsigned(UInt64(value)) }
        /// Zigzag: small negative numbers stay short.
        mutating func int(_ value: Int) { unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }
        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                unsigned(UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }
        /// 0: nil; 1: a string follows.
        mutating func optional(_ value: String?) {
            if let value { bytes.append(1); string(value) } else { bytes.append(0) }
        }
        mutating func optional(_ value: Double?) {
            if let value { bytes.append(1); unsigned(value.bitPattern) } else { bytes.append(0) }
        }
        /// 0: nil; 1: a string follows; 2: the same as `text`.
        mutating func sharedOptional(_ value: String?, text: String) {
            if let value, value == text { bytes.append(2) } else { optional(value) }
        }
        /// 0: a string follows; 1: the same as `text`.
        mutating func shared(_ value: String, text: String) {
            if value == text { bytes.append(1) } else { bytes.append(0); string(value) }
        }
        /// A segment id: its segment's number + 1, or 0 and the id when no segment has it.
        mutating func segment(_ id: String, _ numbers: [String: Int]) {
            if let number = numbers[id] { count(number + 1) } else { count(0); string(id) }
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte() throws(Truncated) -> UInt8 {
            guard offset < bytes.count else { throw Truncated() }
            defer { offset += 1 }
            return bytes[offset]
        }
        mutating func unsigned() throws(Truncated) -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw Truncated() }
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }
        mutating func int() throws(Truncated) -> Int {
            let v = try unsigned()
            return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
        }
        /// A count of items that follow (each at least a byte long).
        mutating func count() throws(Truncated) -> Int {
            let n = try unsigned()
            guard n <= UInt64(bytes.count - offset) else { throw Truncated() }
            return Int(n)
        }
        /// The next `n` bytes.
        mutating func bytes(_ n: Int) throws(Truncated) -> [UInt8] {
            guard n <= bytes.count - offset else { throw Truncated() }
            defer { offset += n }
            return Array(bytes[offset..<(offset + n)])
        }
        mutating func string() throws(Truncated) -> String {
            let n = try count()
            defer { offset += n }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
        }
        mutating func optionalString() throws(Truncated) -> String? {
            switch try byte() {
            case 0: return nil
            case 1: return try string()
            default: throw Truncated()
            }
        }
        mutating func optionalDouble() throws(Truncated) -> Double? {
            switch try byte() {
            case 0: return nil
            case 1: return Double(bitPattern: try unsigned())
            default: throw Truncated()
            }
        }
        mutating func shared(text: String) throws(Truncated) -> String {
            switch try byte() {
            case 0: return try string()
            case 1: return text
            default: throw Truncated()
            }
        }
        mutating func segment(_ segments: [Segment]) throws(Truncated) -> String {
            let number = try unsigned()
            if number == 0 { return try string() }
            guard number <= UInt64(segments.count) else { throw Truncated() }
            return segments[Int(number - 1)].id
        }
        mutating func sharedOptional(text: String) throws(Truncated) -> String? {
            switch try byte() {
            case 0: return nil
            case 1: return try string()
            case 2: return text
            default: throw Truncated()
            }
        }
    }
}
