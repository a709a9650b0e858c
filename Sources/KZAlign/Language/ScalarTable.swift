import CICU

/// Letter facts for every BMP code point, computed once on first use (about
/// 10 ms): whether it is a letter of a real script, its case, its script and
/// its lowercase form, and the classes a word tokenizer asks of every character.
/// Saves a Unicode property lookup per character (a `Unicode.Scalar.Properties`
/// look-up walks the standard library's compressed tables each time).
struct ScalarTable: Sendable {
    /// bit 0: letter; bit 1: uppercase; bit 2: lowercase; bit 3: alphabetic (any script); bit 4:
    /// combining mark (Mn or Mc); bit 5: decimal digit (any script); bit 6: enclosing mark (Me);
    /// bit 7: changes when lowercased; bits 8–15: script index; bits 16–31: lowercase value.
    let entries: [UInt32]
    /// ISO 15924 codes by script index.
    let scripts: [String]

    static let shared = ScalarTable()

    private init() {
        var entries = [UInt32](repeating: 0, count: 0x10000)
        var scripts: [String] = []
        var indexOfCode: [Int32: Int] = [:]
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let properties = scalar.properties
            var lowered = UInt32(value)
            if properties.isUppercase, let first = properties.lowercaseMapping.unicodeScalars.first,
               first.value < 0x10000, properties.lowercaseMapping.unicodeScalars.count == 1 {
                lowered = first.value
            }
            var entry = lowered << 16 | Self.flags(properties)
            if properties.isAlphabetic {
                let code = kz_script_of(UInt32(value))
                let index: Int
                if let known = indexOfCode[code] { index = known } else {
                    index = scripts.count
                    indexOfCode[code] = index
                    scripts.append(UnicodeScript.code(of: scalar))
                }
                let name = scripts[index]
                if name != "Zyyy" && name != "Zinh" && index < 256 { entry |= 1 | UInt32(index) << 8 }
            }
            entries[value] = entry
        }
        self.entries = entries
        self.scripts = scripts
    }

    /// The ISO 15924 code of `scalar`'s script when it is a letter of a real script (not Zyyy or
    /// Zinh), else nil: from the table below U+10000, from ICU above.
    func letterScript(of scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value < 0x10000 {
            let entry = entries[Int(value)]
            return entry & 1 != 0 ? scripts[Int((entry >> 8) & 0xFF)] : nil
        }
        guard scalar.properties.isAlphabetic else { return nil }
        let code = UnicodeScript.code(of: scalar)
        return code == "Zyyy" || code == "Zinh" ? nil : code
    }

    /// The flag bits of `scalar` (as in `entries`), from the table below U+10000, from its
    /// properties above.
    @inline(__always)
    private func flags(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value < 0x10000 { return entries[Int(scalar.value)] }
        return Self.flags(scalar.properties)
    }

    /// Bits 1–7 of an entry (case, alphabetic, marks, decimal digit, changes when lowercased).
    private static func flags(_ p: Unicode.Scalar.Properties) -> UInt32 {
        (p.isUppercase ? 2 : 0) | (p.isLowercase ? 4 : 0) | (p.isAlphabetic ? 8 : 0)
            | (p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark ? 16 : 0)
            | (p.numericType == .decimal ? 32 : 0) | (p.generalCategory == .enclosingMark ? 64 : 0)
            | (p.changesWhenLowercased ? 128 : 0)
    }

    /// `scalar.properties.isAlphabetic`.
    @inline(__always)
    func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & 8 != 0 }

    /// Alphabetic, or a combining mark (general category Mn or Mc): what a word is made of.
    @inline(__always)
    func isWordPart(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & (8 | 16) != 0 }

    /// Alphabetic, or any mark (Mn, Mc or Me): what a name or transliteration token is made of.
    @inline(__always)
    func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & (8 | 16 | 64) != 0 }

    /// A mark: general category Mn, Mc or Me.
    @inline(__always)
    func isMark(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & (16 | 64) != 0 }

    /// `scalar.properties.isUppercase`.
    @inline(__always)
    func isUppercase(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & 2 != 0 }

    /// `scalar.properties.isLowercase`.
    @inline(__always)
    func isLowercase(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & 4 != 0 }

    /// `scalar.properties.changesWhenLowercased`: false means `String(scalar).lowercased()` is
    /// the scalar itself.
    @inline(__always)
    func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & 128 != 0 }

    /// `scalar.properties.numericType == .decimal`: a decimal digit of any script.
    @inline(__always)
    func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool { flags(scalar) & 32 != 0 }
}
