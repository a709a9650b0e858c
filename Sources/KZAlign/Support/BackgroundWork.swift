import Dispatch

/// Work started on another thread, whose result the starting thread collects with `wait()`:
/// lets one thread do something else (interning one chunk) while the workers do this (keying the
/// next).
///
/// Thread safety: `wait()` is called once, by the thread that started the work.
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?

    /// Starts `work` on a global queue's thread.
    init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, once the work has finished (blocks until then).
    func wait() -> Result {
        done.wait()
        return result!
    }
}
