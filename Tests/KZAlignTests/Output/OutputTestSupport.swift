import Foundation
import KZAlign
import KZAlignTestSupport

/// A fresh temporary folder per test, under `TestScratch.root` (removed when the tests exit).
func makeTemporaryDirectory() throws -> URL {
    try TestScratch.folder("kzalign-output-tests")
}

/// The repository root (for docs/outputs.md and scripts).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF or LF rows).
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
        if let p = pending { pending = nil; return p }
        return iterator.next()
    }
    while let c = next() {
        if quoted {
            if c == "\"" {
                if let n = next() {
                    if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\r": break
        case "\n": row.append(field); rows.append(row); row = []; field = ""
        default: field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}
