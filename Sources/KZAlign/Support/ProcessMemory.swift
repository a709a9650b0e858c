import Foundation

/// The process's memory use, as the kernel reports it.
public enum ProcessMemory {
    /// The peak resident set size so far (Linux `VmHWM` in `/proc/self/status`), in MB of 2²⁰
    /// bytes as `/usr/bin/time` and `scripts/bench-scale.py` report it; nil where the file is
    /// missing (not Linux) or unreadable.
    public static var peakMegabytes: Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Double($0) }
            return kilobytes.map { ($0 / 1024).rounded() }
        }
        return nil
    }
}
