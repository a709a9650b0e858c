/// HTML escaping for text and attribute values (WHATWG HTML, "escaping a string").
///
/// Every piece of corpus text goes through `escape` before it reaches the
/// page: `&`, `<`, `>`, `"` and `'` become character references, so markup in
/// a document (`<script>`, `onerror=`) is shown, never parsed. Safe in element
/// content and in double- or single-quoted attribute values; never place its
/// output inside `<script>` or `<style>`.
enum HTML {
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
