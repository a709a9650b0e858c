extension Array {
    /// The first `k` elements of `sorted(by: areInIncreasingOrder)`, in that order, in O(n log k)
    /// time: a bounded max-heap keeps the `k` least elements seen so far (heap selection; Knuth,
    /// TAOCP vol. 3, §5.2.3 and §5.3.3), and only those are sorted at the end.
    ///
    /// `areInIncreasingOrder` must be a strict total order (no two elements tie): then the result
    /// equals `sorted(by:).prefix(k)` whatever the input order.
    func sortedPrefix(_ k: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard k > 0 else { return [] }
        guard count > k else { return sorted(by: areInIncreasingOrder) }
        var heap = Array(self[0..<k])
        // Restores the heap below `start`: every element is not less than its children.
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                var larger = 2 * parent + 1
                guard larger < k else { return }
                if larger + 1 < k && areInIncreasingOrder(heap[larger], heap[larger + 1]) { larger += 1 }
                guard areInIncreasingOrder(heap[parent], heap[larger]) else { return }
                heap.swapAt(parent, larger)
                parent = larger
            }
        }
        for index in stride(from: k / 2 - 1, through: 0, by: -1) { siftDown(index) }
        for element in self[k...] where areInIncreasingOrder(element, heap[0]) {
            heap[0] = element
            siftDown(0)
        }
        heap.sort(by: areInIncreasingOrder)
        return heap
    }
}
