/// Strings numbered in order of first appearance, each distinct value stored once: for columns
/// that hold a small number per row instead of a string (`AlignInputTable`, `NamesReducer`).
struct StringNumbering: Sendable {
    /// Distinct values, in order of first appearance; value `n` has number `n`.
    private(set) var values: [String] = []
    /// Build-time look-up, emptied by `dropLookup()`.
    private var numbers: [String: Int32] = [:]

    /// `value`'s number, numbering it when it is new.
    mutating func number(_ value: String) -> Int32 {
        if let number = numbers[value] { return number }
        let number = Int32(values.count)
        numbers[value] = number
        values.append(value)
        return number
    }

    /// The value numbered `number`.
    subscript(number: Int32) -> String { values[Int(number)] }

    /// Frees the look-up; numbering a value after this numbers it again: don't.
    mutating func dropLookup() { numbers = [:] }
}
