import Foundation
import KZAlign

/// Progress on standard error while a run goes on: documents done of total,
/// the current stage, rate and time left. Only when stderr is a terminal.
final class ProgressDisplay: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var stage = ""
    private var started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    var report: (@Sendable (RunProgress) -> Void)? {
        guard enabled else { return nil }
        return { [self] event in self.handle(event) }
    }

    private func handle(_ event: RunProgress) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case let .stageStarted(name, _):
            stage = name
            started = Date()
            draw("\(name)…", force: true)
        case let .documentsDone(count, total):
            let elapsed = Date().timeIntervalSince(started)
            let rate = elapsed > 0 ? Double(count) / elapsed : 0
            let left = rate > 0 ? Double(total - count) / rate : 0
            draw(String(format: "%@: %d/%d documents, %.0f docs/s, %.0f s left", stage, count, total, rate, left), force: count == total)
        case let .stageFinished(name, seconds):
            draw(String(format: "%@ done in %.2f s", name, seconds), force: true)
        }
    }

    private func draw(_ text: String, force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
