import Foundation

/// Reads corpus files into documents: plain text (`.txt` and anything else
/// not `.jsonl`) and JSONL (one document per line: `id`, `text`, optional
/// `language`, `url`, `date`, `title`). Decodes charsets, normalizes to NFC,
/// unifies line ends, drops boilerplate lines. Bad inputs are reported, never
/// fatal: the run goes on.
public struct IngestStage: Stage {
    public static let typeName = "ingest"
    public static let summary = "read .txt and .jsonl files (UTF-8/16, Windows-1251, KOI8-R…), NFC, drop boilerplate lines"
    public static let requires: Set<Capability> = []
    public static let provides: Set<Capability> = [.documents]

    public struct Options: StageOptions {
        /// Remove boilerplate lines ("Leave a Comment", "READ MORE: …"). Default true.
        public var removeBoilerplate = true
        /// The rules; default `BoilerplateRule.defaults`. Replacing the list replaces all rules.
        public var boilerplate = BoilerplateRule.defaults
        /// Extra rules added to `boilerplate` (keeps the defaults).
        public var extraBoilerplate: [BoilerplateRule] = []
        /// Lines longer than this (characters) are never boilerplate. Default 160.
        public var maxBoilerplateLineLength = 160
        /// Files larger than this (bytes) are skipped and reported. Default 256 MiB.
        public var maxFileBytes = 256 * 1024 * 1024

        public init() {}

        public init(from decoder: any Decoder) throws {
            self.init()
            let c = try decoder.container(keyedBy: CodingKeys.self)
            try c.fill(&removeBoilerplate, .removeBoilerplate)
            try c.fill(&boilerplate, .boilerplate)
            try c.fill(&extraBoilerplate, .extraBoilerplate)
            try c.fill(&maxBoilerplateLineLength, .maxBoilerplateLineLength)
            try c.fill(&maxFileBytes, .maxFileBytes)
        }

        public func validate() throws {
            guard maxBoilerplateLineLength >= 1 else { throw OptionError(key: "maxBoilerplateLineLength", "must be at least 1") }
            guard maxFileBytes >= 1 else { throw OptionError(key: "maxFileBytes", "must be at least 1") }
            _ = try BoilerplateFilter(rules: boilerplate + extraBoilerplate, maxLineLength: maxBoilerplateLineLength)
        }
    }

    public let options: Options
    /// Compiled once; each worker reads with its own clone (`makeReader()`).
    private let filter: SendableBox<BoilerplateFilter>
    private let cloneLock = NSLock()

    public init(options: Options, context: StageContext) throws {
        self.options = options
        filter = SendableBox(try BoilerplateFilter(rules: options.removeBoilerplate ? options.boilerplate + options.extraBoilerplate : [],
                                                   maxLineLength: options.maxBoilerplateLineLength))
    }

    /// A reader for one worker thread.
    public func makeReader() throws -> Reader {
        cloneLock.lock()
        defer { cloneLock.unlock() }
        return Reader(options: options, filter: try filter.value.clone())
    }

    /// Reads corpus files on one thread (owns an ICU regex).
    public final class Reader {
        let options: Options
        let filter: BoilerplateFilter

        init(options: Options, filter: BoilerplateFilter) {
            self.options = options
            self.filter = filter
        }

    /// Reads one corpus file. Never throws: problems become rejected outcomes.
    public func read(_ file: CorpusFile, encoding: String) -> [IngestOutcome] {
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file.url.path)
            if let size = attributes[.size] as? Int, size > options.maxFileBytes {
                return [.rejected(.init(path: file.displayPath, document: nil, status: .skipped,
                                        messages: ["file of \(size) bytes exceeds ingest.maxFileBytes (\(options.maxFileBytes))"]))]
            }
            bytes = Array(try Data(contentsOf: file.url))
        } catch {
            return [.rejected(.init(path: file.displayPath, document: nil, status: .error, messages: ["cannot read: \(error.localizedDescription)"]))]
        }
        if file.relativePath.lowercased().hasSuffix(".jsonl") {
            return JSONLDocumentReader(reader: self).read(bytes, file: file, encoding: encoding)
        }
        let id = IngestStage.documentID(forRelativePath: file.relativePath)
        return [makeDocument(bytes: bytes, id: id, path: file.displayPath, encoding: encoding, metadata: .init())]
    }

    /// Builds a document from an in-memory input (library API, `kzalign map`).
    public func makeDocument(_ input: InputDocument) -> IngestOutcome {
        let path = input.path ?? input.id
        guard !input.id.isEmpty else {
            return .rejected(.init(path: path, document: nil, status: .error, messages: ["document without an id"]))
        }
        let metadata = Document.Metadata(url: input.url, date: input.date, title: input.title, declaredLanguage: input.language)
        return makeDocument(text: input.text, sha256: SHA256.hex(Array(input.text.utf8)), id: input.id, path: path,
                            encoding: "UTF-8", replaced: input.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count,
                            metadata: metadata)
    }

    /// Builds a document from raw bytes (a whole file).
    func makeDocument(bytes: [UInt8], id: String, path: String, encoding: String, metadata: Document.Metadata) -> IngestOutcome {
        let decoded: TextDecoder.Result
        do {
            decoded = try TextDecoder.decode(bytes, encoding: encoding)
        } catch let rejection as TextDecoder.Rejection {
            return .rejected(.init(path: path, document: nil, status: .skipped, messages: [rejection.description]))
        } catch {
            return .rejected(.init(path: path, document: nil, status: .error, messages: ["\(error)"]))
        }
        return makeDocument(text: decoded.text, sha256: SHA256.hex(bytes), id: id, path: path, encoding: decoded.encoding,
                            replaced: decoded.replacedSequences, metadata: metadata)
    }

    /// Builds a document from decoded text.
    func makeDocument(text rawText: String, sha256: String, id: String, path: String, encoding: String, replaced: Int,
                      metadata: Document.Metadata) -> IngestOutcome {
        let text = IngestStage.cleanText(rawText)
        let (filtered, removed) = filter.filter(text)
        guard filtered.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            return .rejected(.init(path: path, document: id, status: .skipped,
                                   messages: [removed.isEmpty ? "no text" : "no text besides boilerplate"], encoding: encoding))
        }
        var document = Document(id: id, path: path, sha256: sha256, text: filtered, metadata: metadata,
                                ingest: IngestReport(encoding: encoding, replacedSequences: replaced, boilerplateRemoved: removed))
        if let declared = metadata.declaredLanguage { document.language = declared }
        var messages: [String] = []
        if replaced > 0 { messages.append("\(replaced) invalid byte sequence\(replaced == 1 ? "" : "s") replaced by U+FFFD") }
        let input = RunManifest.Input(path: path, document: id, status: .ok, messages: messages, encoding: encoding)
        return .document(document, input)
    }
    }

    /// NFC, line ends unified to LF, a leading BOM and NULs removed.
    static func cleanText(_ text: String) -> String {
        var result = text
        if result.first == "\u{FEFF}" { result.removeFirst() }
        var hasCR = false, hasNUL = false
        let scan: (UnsafeBufferPointer<UInt8>) -> Void = { bytes in
            for byte in bytes where byte <= 0x0D {
                if byte == 0x0D { hasCR = true } else if byte == 0 { hasNUL = true }
            }
        }
        if result.utf8.withContiguousStorageIfAvailable(scan) == nil { Array(result.utf8).withUnsafeBufferPointer(scan) }
        if hasCR {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if hasNUL { result = result.replacingOccurrences(of: "\u{0}", with: "") }
        return Normalizer.normalize(result, .nfc)
    }

    /// A text file's document id: its path relative to the corpus root without the extension.
    public static func documentID(forRelativePath path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex else { return path }
        return String(path[..<dot])
    }
}
