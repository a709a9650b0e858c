/// Keeps one script's letters of a text and blanks out the letters of every other script.
enum ScriptFilter {
    /// `text` with each letter of a script other than `script` (ISO 15924) replaced by a
    /// space; digits, punctuation, spaces and marks stay, so word boundaries and the
    /// n-grams around the kept letters survive.
    static func keeping(_ script: String, in text: Substring) -> String {
        let table = ScalarTable.shared
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let other = table.letterScript(of: scalar).map { $0 != script } ?? false
            scalars.append(other ? " " : scalar)
        }
        return String(scalars)
    }
}
