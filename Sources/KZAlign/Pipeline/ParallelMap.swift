import Dispatch

/// Order-preserving parallel map on a fixed number of worker threads.
/// Worker `w` takes items `w, w + jobs, w + 2·jobs, …`, so the assignment, and
/// therefore any per-worker state, never affects results.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        mapWithState(items, jobs: jobs, makeState: { () }) { _, item in transform(item) }
    }

    /// Like `map`, with per-worker state made once per worker (ICU objects that
    /// are not thread-safe). When making a worker's state fails, no item is
    /// transformed by that worker and the first failure (by worker) is thrown.
    static func mapWithState<T: Sendable, S, R: Sendable, E: Error>(
        _ items: [T], jobs: Int, makeState: @Sendable () throws(E) -> S, _ transform: @Sendable (inout S, T) -> R
    ) throws(E) -> [R] {
        let count = items.count
        if count == 0 { return [] }
        let workers = max(1, min(jobs, count))
        let results = ResultSlots<R>(count: count)
        let failures = ResultSlots<E>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do throws(E) {
                var state = try makeState()
                var index = worker
                while index < count {
                    results.set(index, transform(&state, items[index]))
                    index += workers
                }
            } catch {
                failures.set(worker, error)
            }
        }
        if let failure = failures.firstValue() { throw failure }
        return results.values()
    }
}

/// Pre-allocated result slots; each index is written by exactly one worker.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    func values() -> [R] { (0..<count).map { slots[$0]! } }

    /// The value of the lowest filled slot, if any.
    func firstValue() -> R? { (0..<count).lazy.compactMap { self.slots[$0] }.first }
}
