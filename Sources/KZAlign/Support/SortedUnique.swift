extension MutableCollection where Self: RandomAccessCollection, Element: Comparable {
    /// Sorts the collection and moves one copy of each distinct element, in ascending order, to its
    /// front, in place.
    /// - Returns: the number of distinct elements (the length of that front); the elements after
    ///   it are left in no particular order.
    mutating func sortMovingUniqueToFront() -> Int {
        sort()
        return movingUniqueToFront()
    }

    /// Moves one copy of each distinct element of the sorted collection, in order, to its front.
    /// - Returns: the number of distinct elements.
    fileprivate mutating func movingUniqueToFront() -> Int {
        var unique = startIndex
        for index in indices where unique == startIndex || self[index] != self[self.index(before: unique)] {
            self[unique] = self[index]
            formIndex(after: &unique)
        }
        return distance(from: startIndex, to: unique)
    }
}

extension UnsafeMutableBufferPointer where Element: FixedWidthInteger {
    /// `sortMovingUniqueToFront()` with `IntegerSort`, for the aligner's integer key lists.
    mutating func sortMovingUniqueToFront() -> Int {
        sortIntegers()
        return movingUniqueToFront()
    }
}

extension Array where Element: Comparable {
    /// Sorts the array and removes repeated elements, keeping its capacity.
    mutating func sortAndRemoveDuplicates() {
        let unique = sortMovingUniqueToFront()
        removeLast(count - unique)
    }
}

extension Array where Element: FixedWidthInteger {
    /// Sorts the array and removes repeated elements, keeping its capacity (`IntegerSort`).
    mutating func sortAndRemoveDuplicates() {
        let unique = withUnsafeMutableBufferPointer { $0.sortMovingUniqueToFront() }
        removeLast(count - unique)
    }
}
