import CICU

/// Unicode script of characters (ICU `uscript`).
///
/// Thread safety: stateless and thread-safe.
public enum UnicodeScript {
    /// ISO 15924 code of the script of `scalar` ("Latn", "Cyrl", "Arab", "Zyyy" for common).
    public static func code(of scalar: Unicode.Scalar) -> String {
        let script = kz_script_of(scalar.value)
        guard script >= 0, let name = kz_script_short_name(script) else { return "Zzzz" }
        return String(cString: name)
    }

    /// The scripts of the letters in `text`, most frequent first; common and
    /// inherited characters (digits, punctuation, combining marks) are left out.
    public static func scripts(in text: Substring) -> [(script: String, count: Int)] {
        var counts: [String: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            let code = code(of: scalar)
            if code == "Zyyy" || code == "Zinh" { continue }
            counts[code, default: 0] += 1
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { ($0.key, $0.value) }
    }
}
