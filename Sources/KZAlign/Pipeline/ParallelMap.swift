import Dispatch
import Foundation

/// Order-preserving parallel map on a fixed number of worker threads.
/// Workers take the next unclaimed item as they finish one, so a worker slowed by
/// other load on the machine takes fewer items. Which worker takes an item must never
/// affect its result: per-worker state holds only what does not change outputs (ICU
/// objects, caches of pure functions), and `--jobs 1` vs `--jobs N` tests check it.
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
        let queue = WorkQueue(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            do throws(E) {
                var state = try makeState()
                while let index = queue.next() {
                    results.set(index, transform(&state, items[index]))
                }
            } catch {
                failures.set(worker, error)
            }
        }
        if let failure = failures.firstValue() { throw failure }
        return results.values()
    }
}

/// Hands out the indices `0..<count` once each, in order, to whichever worker asks.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
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
