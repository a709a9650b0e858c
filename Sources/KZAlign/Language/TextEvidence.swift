import CICU

/// What identification looks at in a text: its UTF-8 bytes (for the n-gram
/// model) and its letters by script (for script and alphabet evidence).
struct TextEvidence {
    /// UTF-8 of the text, lowercased when the text has no lowercase letter (an all-caps headline).
    /// nil when the text's own UTF-8 is used as it is (the usual case).
    var loweredBytes: [UInt8]?
    /// Length of the UTF-8 the model reads.
    var byteCount: Int
    /// Letter counts by ISO 15924 script (common and inherited characters left out).
    var scriptCounts: [String: Int] = [:]
    /// Each distinct letter (lowercased) with its count and ISO 15924 script.
    var letters: [(value: UInt32, count: Int, script: String)] = []
    var letterCount = 0
    /// The most frequent script of the letters, nil without letters.
    var dominantScript: String?

    init(_ text: Substring) {
        var hasLower = false
        var hasUpper = false
        var scriptCache: [Int32: String] = [:]
        loweredBytes = nil
        byteCount = 0
        var asciiCounts = [Int](repeating: 0, count: 128)
        var asciiLetters = 0
        var letterCounts: [UInt32: (count: Int, script: String)] = [:]
        let table = ScalarTable.shared
        var tableScriptCounts = [Int](repeating: 0, count: table.scripts.count)
        var letterSlots: [UInt32: Int] = [:]
        var bmpLetters: [(value: UInt32, count: Int, script: Int)] = []
        // Slots of letters below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) in `bmpLetters`, on the stack.
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 0x800) { smallSlot in
        smallSlot.initialize(repeating: -1)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                if value >= 65 && value <= 90 { hasUpper = true; asciiCounts[Int(value) + 32] += 1; asciiLetters += 1 }
                else if value >= 97 && value <= 122 { hasLower = true; asciiCounts[Int(value)] += 1; asciiLetters += 1 }
                continue
            }
            if value < 0x10000 {
                let entry = table.entries[Int(value)]
                if entry & 2 != 0 { hasUpper = true } else if entry & 4 != 0 { hasLower = true }
                guard entry & 1 != 0 else { continue }
                let scriptIndex = Int((entry >> 8) & 0xFF)
                tableScriptCounts[scriptIndex] += 1
                letterCount += 1
                let lowered = entry >> 16
                if lowered < 0x800 {
                    let slot = Int(smallSlot[Int(lowered)])
                    if slot >= 0 { bmpLetters[slot].count += 1 } else {
                        smallSlot[Int(lowered)] = Int16(bmpLetters.count)
                        bmpLetters.append((lowered, 1, scriptIndex))
                    }
                } else if let slot = letterSlots[lowered] { bmpLetters[slot].count += 1 } else {
                    letterSlots[lowered] = bmpLetters.count
                    bmpLetters.append((lowered, 1, scriptIndex))
                }
                continue
            }
            let properties = scalar.properties
            guard properties.isAlphabetic else { continue }
            if properties.isLowercase { hasLower = true } else if properties.isUppercase { hasUpper = true }
            let scriptCode = kz_script_of(value)
            let script: String
            if let cached = scriptCache[scriptCode] { script = cached } else {
                script = UnicodeScript.code(of: scalar)
                scriptCache[scriptCode] = script
            }
            if script == "Zyyy" || script == "Zinh" { continue }
            scriptCounts[script, default: 0] += 1
            letterCount += 1
            var lowered = value
            if properties.isUppercase, let first = properties.lowercaseMapping.unicodeScalars.first {
                lowered = first.value
            }
            letterCounts[lowered, default: (0, script)].count += 1
        }
        }
        if asciiLetters > 0 {
            scriptCounts["Latn", default: 0] += asciiLetters
            letterCount += asciiLetters
            for value in 97...122 where asciiCounts[value] > 0 {
                letters.append((UInt32(value), asciiCounts[value], "Latn"))
            }
        }
        for (value, entry) in letterCounts { letters.append((value, entry.count, entry.script)) }
        for letter in bmpLetters { letters.append((letter.value, letter.count, table.scripts[letter.script])) }
        for (index, count) in tableScriptCounts.enumerated() where count > 0 {
            scriptCounts[table.scripts[index], default: 0] += count
        }
        dominantScript = scriptCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        if hasUpper && !hasLower {
            let lowered = Array(text.lowercased().utf8)
            loweredBytes = lowered
            byteCount = lowered.count
        } else {
            byteCount = text.utf8.count
        }
    }
}
