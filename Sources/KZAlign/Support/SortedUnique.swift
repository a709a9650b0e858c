extension MutableCollection where Self: RandomAccessCollection, Element: Comparable {
    /// Sorts the collection and moves one copy of each distinct element, in ascending order, to its
    /// front, in place.
    /// - Returns: the number of distinct elements (the length of that front); the elements after
    ///   it are left in no particular order.
    mutating func sortMovingUniqueToFront() -> Int {
        sort()
        var unique = startIndex
        for index in indices where unique == startIndex || self[index] != self[self.index(before: unique)] {
            self[unique] = self[index]
            formIndex(after: &unique)
        }
        return distance(from: startIndex, to: unique)
    }
}

extension Array where Element: Comparable {
    /// Sorts the array and removes repeated elements, keeping its capacity.
    mutating func sortAndRemoveDuplicates() {
        let unique = sortMovingUniqueToFront()
        removeLast(count - unique)
    }
}
