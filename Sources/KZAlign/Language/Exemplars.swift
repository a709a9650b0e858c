import CICU

/// A language's alphabet from CLDR (ICU locale data): its main exemplar
/// characters and auxiliary ones (letters of loanwords and names), both cases.
struct Exemplars: Sendable {
    let main: ScalarRanges
    let auxiliary: ScalarRanges
    /// The ISO 15924 script most main exemplar letters belong to ("Latn", "Cyrl", "Arab", "Hani").
    let script: String

    /// ICU locale id for a BCP-47 code of the model (`uz` → `uz_Latn`, `uz-Cyrl` → `uz_Cyrl`).
    static func locale(for code: String) -> String {
        switch code {
        case "uz": return "uz_Latn"
        case "zh": return "zh_Hans"
        default: return code.replacingOccurrences(of: "-", with: "_")
        }
    }

    init(code: String) {
        let locale = Exemplars.locale(for: code)
        main = ScalarRanges(locale: locale, kind: Int32(KZ_EXEMPLAR_MAIN))
        auxiliary = ScalarRanges(locale: locale, kind: Int32(KZ_EXEMPLAR_AUXILIARY))
        var counts: [String: Int] = [:]
        for range in main.ranges {
            let upper = min(range.upperBound, range.lowerBound + 200)
            for value in range.lowerBound...upper {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                let code = UnicodeScript.code(of: scalar)
                if code != "Zyyy" && code != "Zinh" { counts[code, default: 0] += 1 }
            }
        }
        script = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "Zzzz"
    }
}

/// Sorted, disjoint, inclusive code point ranges with a binary-search lookup.
struct ScalarRanges: Sendable {
    let ranges: [ClosedRange<UInt32>]

    init(locale: String, kind: Int32) {
        var capacity: Int32 = 256
        while true {
            var buffer = [UInt32](repeating: 0, count: Int(capacity) * 2)
            var status: Int32 = 0
            let pairs = kz_exemplar_ranges(locale, kind, &buffer, capacity, &status)
            if status > 0 { ranges = []; return }
            if pairs > capacity { capacity = pairs; continue }
            ranges = (0..<Int(pairs)).map { buffer[2 * $0]...buffer[2 * $0 + 1] }
            return
        }
    }

    func contains(_ value: UInt32) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < value { low = mid + 1 }
            else if ranges[mid].lowerBound > value { high = mid }
            else { return true }
        }
        return false
    }
}
