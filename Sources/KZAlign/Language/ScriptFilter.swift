import CICU

/// Keeps one script's letters of a text and blanks out the letters of every other script.
enum ScriptFilter {
    /// `text` with each letter of a script other than `script` (ISO 15924) replaced by a
    /// space; digits, punctuation, spaces and marks stay, so word boundaries and the
    /// n-grams around the kept letters survive.
    static func keeping(_ script: String, in text: Substring) -> String {
        let table = ScalarTable.shared
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isLetter(scalar, ofOtherScriptThan: script, table: table) ? " " : scalar)
        }
        return String(scalars)
    }

    private static func isLetter(_ scalar: Unicode.Scalar, ofOtherScriptThan script: String, table: ScalarTable) -> Bool {
        let value = scalar.value
        if value < 0x10000 {
            let entry = table.entries[Int(value)]
            guard entry & 1 != 0 else { return false }
            return table.scripts[Int((entry >> 8) & 0xFF)] != script
        }
        guard scalar.properties.isAlphabetic else { return false }
        let code = UnicodeScript.code(of: scalar)
        return code != "Zyyy" && code != "Zinh" && code != script
    }
}
