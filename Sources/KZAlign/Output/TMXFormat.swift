import Foundation

/// `alignments.tmx`: every alignment link as a TMX 1.4b translation unit
/// (LISA TMX 1.4b; the format OmegaT, Trados and other CAT tools import).
/// One `<tu>` per link with one `<tuv xml:lang="…">` per side; the text of a side is its
/// segments joined by a space, XML-escaped. Deterministic: links in corpus order.
public struct TMXFormat: OutputFormat {
    public static let formatName = "tmx"
    public static let fileNames = ["alignments.tmx"]
    public init() {}

    public func write(_ result: RunResult, to directory: URL) throws {
        // segments found through the id convention: no table of every segment's text (2.3 million at 100,000 documents)
        let lookup = CorpusLookup(result.corpus)
        let sourceLanguage = result.corpus.alignments.first.map { Self.languageCode($0.source.language) } ?? "*all*"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="kzalign" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="\(Self.escape(sourceLanguage))" o-tmf="kzalign"/>
          <body>

        """
        for link in result.corpus.alignments {
            out += "    <tu>\n"
            out += "      <prop type=\"x-score\">\(link.score)</prop>\n"
            out += "      <prop type=\"x-source-document\">\(Self.escape(link.source.document))</prop>\n"
            out += "      <prop type=\"x-target-document\">\(Self.escape(link.target.document))</prop>\n"
            for side in [link.source, link.target] {
                let text = side.segments.compactMap { lookup.segment($0)?.segment.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                    .joined(separator: " ")
                out += "      <tuv xml:lang=\"\(Self.escape(Self.languageCode(side.language)))\"><seg>\(Self.escape(text))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        try Data(out.utf8).writeOutput(to: directory.appendingPathComponent(Self.fileNames[0]))
    }

    /// A BCP-47 code for `xml:lang` ("und" for unknown languages, as TMX allows any RFC 4646 tag).
    static func languageCode(_ language: String) -> String { language.isEmpty ? "und" : language }

    /// XML-escapes text and drops characters XML 1.0 forbids (C0 controls other than tab/newline).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
