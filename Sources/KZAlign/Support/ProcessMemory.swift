import CMemory
import Foundation

/// The process's memory use, as the kernel reports it.
public enum ProcessMemory {
    /// The peak resident set size so far (Linux `VmHWM` in `/proc/self/status`), in MB of 2²⁰
    /// bytes as `/usr/bin/time` and `scripts/bench-scale.py` report it; nil where the file is
    /// missing (not Linux) or unreadable.
    public static var peakMegabytes: Double? { statusMegabytes("VmHWM:") }

    /// The resident set size now (Linux `VmRSS`), in MB of 2²⁰ bytes; nil where not available.
    public static var currentMegabytes: Double? { statusMegabytes("VmRSS:") }

    /// The kB figure of the `/proc/self/status` line starting with `field`, in MB.
    private static func statusMegabytes(_ field: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field) {
            let kilobytes = line.dropFirst(field.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Double($0) }
            return kilobytes.map { ($0 / 1024).rounded() }
        }
        return nil
    }

    /// Hands the allocator's free pages back to the system (every arena: jemalloc's purge in the
    /// kzalign executable, glibc's `malloc_trim` where jemalloc is not linked). Call it
    /// after a phase frees much memory and before the next allocates much: the worker threads
    /// allocate in arenas of their own, and pages freed in one arena stay resident while another
    /// grows, which raised a 100,000-document run's peak by hundreds of MB from run to run.
    public static func releaseFreeMemory() {
        _ = kz_release_free_memory()
    }
}
