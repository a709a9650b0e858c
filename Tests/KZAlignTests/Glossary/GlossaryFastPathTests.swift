import Foundation
import Testing
@testable import KZAlign

/// The matcher's table-driven fast paths agree with the Unicode properties and ICU they replace.
@Suite("Glossary fast paths")
struct GlossaryFastPathTests {
    @Test("URLMask.isSpace is exactly Unicode White_Space")
    func whiteSpace() {
        for v in UInt32(0)...0x3100 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(URLMask.isSpace(s) == s.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }

    @Test("table folding equals ICU folding, scalar by scalar and on words")
    func folding() {
        for v in UInt32(0x80)..<TermFolding.simpleLimit {
            guard let s = Unicode.Scalar(v) else { continue }
            let word = String(Character(s))
            if let fast = TermFolding.fastFold(word) {
                #expect(fast == TermFolding.icuFold(word), "U+\(String(v, radix: 16))")
            }
        }
        let words = ["Организации", "ДОГОВОРА", "Қазақстанның", "Mäßig", "ÉCOLE", "Ёлка", "İstanbul", "ISTANBUL",
                     "Kräfte", "ŁÓDŹ", "Ǆungla", "µm", "ªb", "Ōsaka", "Ελλάδα", "Мәжіліс", "Ўзбекистон", "ǅ", "ﬁle"]
        for word in words {
            #expect(TermFolding.fold(word) == TermFolding.icuFold(word), "\(word)")
        }
    }
}
