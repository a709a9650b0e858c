/// Translations in one entry of V. K. Mueller's English–Russian dictionary (7th edition, Debian
/// `mueller7-dict`: `/usr/share/dictd/mueller7.index` and `.dict.dz`, 46,000 English headwords,
/// where FreeDict's eng-rus has 1,700).
///
/// An entry is the headword's line, then indented lines wrapped at about 75 columns: a
/// transcription in `[…]`, parts of speech and usage labels as `_n.`, `_v.`, `_разг.`, `_тех.`,
/// homonyms as `_I`, `_II`, senses numbered `1.` / `1)`, and in each sense Russian translations
/// separated by `,` and `;`, comments in `(…)`, and examples (an English phrase, then its
/// Russian): `1) народ, нация 2) (употр. как _pl.) люди; население; young people молодёжь;`.
/// The translations are the comma-separated items of the `;`-separated parts that hold no Latin
/// letter (examples and cross references do), in order, so that a headword's usual senses come
/// first. Items of more than three words, or with anything but letters, spaces and hyphens, are
/// left out; "ё" is written "е", as news text writes it.
enum MuellerEntry {
    /// The translations of one entry's text (the headword's line first, as the dictd data holds it).
    static func translations(inEntry body: String) -> [String] {
        guard let firstBreak = body.firstIndex(of: "\n") else { return [] }
        // join the wrapped lines, dropping the bracketed parts: transcriptions and comments
        var text = ""
        var depth = 0
        for ch in body[body.index(after: firstBreak)...] {
            switch ch {
            case "[", "(", "{", "<": depth += 1
            case "]", ")", "}", ">":
                if depth > 0 { depth -= 1 } else { text.append(" ") } // a sense number's ")" ends a part
            case "\n", "\t": if depth == 0 { text.append(" ") }
            default: if depth == 0 { text.append(ch) }
            }
        }
        var items: [String] = []
        for part in parts(of: text) where !part.contains(where: isLatinLetter) {
            for item in part.split(separator: ",") {
                let words = item.split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" || $0 == "!" || $0 == "?" })
                guard (1...3).contains(words.count),
                      words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } && $0.contains(where: \.isLetter) }) else { continue }
                let joined = words.joined(separator: " ").lowercased().replacingOccurrences(of: "ё", with: "е")
                if !items.contains(joined) { items.append(joined) }
            }
        }
        return items
    }

    /// The `;`-separated parts of a joined entry, also cut at sense numbers ("1.", "2)" whose
    /// ")" is already a space) and homonym marks ("_I"), with usage labels ("_n.", "_разг.")
    /// left out.
    private static func parts(of text: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        func cut() {
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
            current = []
        }
        for chunk in text.split(separator: ";", omittingEmptySubsequences: false) {
            for word in chunk.split(separator: " ") {
                if word.allSatisfy({ $0.isNumber || $0 == "." }) { cut(); continue } // "1." or "2" before ")"
                if word.hasPrefix("_") {
                    if word.dropFirst().allSatisfy({ "IVX".contains($0) }) { cut() } // homonym
                    continue // label
                }
                current.append(word)
            }
            cut()
        }
        return parts
    }

    private static func isLatinLetter(_ ch: Character) -> Bool {
        ch.isASCII && ch.isLetter
    }
}
