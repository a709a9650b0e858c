/// In-place sorting of integer buffers: the aligner sorts millions of short key and trigram lists
/// (a 100,000-document run spent about 9 CPU seconds in the standard library's generic stable
/// sort on them). Stability means nothing for integers, so an unstable sort does: introsort
/// (Musser, "Introspective Sorting and Selection Algorithms", 1997), that is quicksort with a
/// median-of-three pivot and Hoare's partition (Hoare 1962; as in Cormen et al., *Introduction to
/// Algorithms*, problem 7-1), insertion sort below `insertionLimit` elements, and heapsort
/// (Williams 1964) past 2·log2(n) levels, so the worst case stays O(n log n).
enum IntegerSort {
    /// Runs at most this long are left to insertion sort.
    static let insertionLimit = 16

    /// Sorts `count` elements at `base` in ascending order. `depthLimit` (default 2·log2(count))
    /// is how many levels of partitions run before heapsort takes over; tests lower it.
    static func sort<T: FixedWidthInteger>(_ base: UnsafeMutablePointer<T>, count: Int, depthLimit: Int? = nil) {
        guard count > 1 else { return }
        introsort(base, count, depthLimit: depthLimit ?? 2 * (Int.bitWidth - count.leadingZeroBitCount))
    }

    private static func introsort<T: FixedWidthInteger>(_ base: UnsafeMutablePointer<T>, _ count: Int, depthLimit: Int) {
        var low = base, n = count, depth = depthLimit
        while n > insertionLimit {
            if depth == 0 { heapsort(low, n); return }
            depth -= 1
            // median of the first, middle and last element, which also end up in order
            let mid = n / 2
            if low[mid] < low[0] { low.swapAt(0, mid) }
            if low[n - 1] < low[mid] {
                low.swapAt(mid, n - 1)
                if low[mid] < low[0] { low.swapAt(0, mid) }
            }
            let pivot = low[mid]
            // Hoare: afterwards [0, j] ≤ pivot ≤ [j + 1, n), with 0 ≤ j < n - 1
            var i = -1, j = n
            while true {
                repeat { i += 1 } while low[i] < pivot
                repeat { j -= 1 } while low[j] > pivot
                if i >= j { break }
                low.swapAt(i, j)
            }
            let left = j + 1, right = n - left
            // recurse into the smaller part, loop on the larger: O(log n) stack
            if left < right {
                introsort(low, left, depthLimit: depth)
                low += left
                n = right
            } else {
                introsort(low + left, right, depthLimit: depth)
                n = left
            }
        }
        insertionSort(low, n)
    }

    private static func insertionSort<T: FixedWidthInteger>(_ base: UnsafeMutablePointer<T>, _ n: Int) {
        guard n > 1 else { return }
        for i in 1..<n {
            let value = base[i]
            var j = i
            while j > 0 && base[j - 1] > value {
                base[j] = base[j - 1]
                j -= 1
            }
            base[j] = value
        }
    }

    private static func heapsort<T: FixedWidthInteger>(_ base: UnsafeMutablePointer<T>, _ n: Int) {
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && base[child] < base[child + 1] { child += 1 }
                if base[root] >= base[child] { return }
                base.swapAt(root, child)
                root = child
            }
        }
        var start = n / 2
        while start > 0 { start -= 1; siftDown(start, n) }
        var end = n
        while end > 1 {
            end -= 1
            base.swapAt(0, end)
            siftDown(0, end)
        }
    }
}

extension UnsafeMutablePointer {
    @inline(__always)
    fileprivate func swapAt(_ i: Int, _ j: Int) {
        let t = self[i]
        self[i] = self[j]
        self[j] = t
    }
}

extension UnsafeMutableBufferPointer where Element: FixedWidthInteger {
    /// Sorts the buffer in ascending order (`IntegerSort`).
    func sortIntegers() {
        guard let base = baseAddress else { return }
        IntegerSort.sort(base, count: count)
    }
}
