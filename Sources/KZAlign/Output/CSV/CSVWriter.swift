/// Builds RFC 4180 CSV text: comma-separated, CRLF line ends, fields quoted
/// when they hold a comma, a double quote, CR or LF (quotes doubled inside).
struct CSVWriter {
    private(set) var text = ""

    mutating func row(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text += "," }
            first = false
            text += Self.quoted(field)
        }
        text += "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
