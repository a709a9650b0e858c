import Foundation
import Testing
@testable import KZAlign

@Suite("Process memory: peak, current, and freed memory handed back")
struct ProcessMemoryTests {
    @Test("memory a worker thread freed in the middle of its arena leaves the resident set once released")
    func freedMemoryIsReleased() throws {
        #if os(Linux)
        // 160 MB in 4 KB blocks on a worker thread (its own malloc arena), nine in ten freed: the
        // kept blocks pin the arena, so the free ones stay resident until released.
        final class Blocks: @unchecked Sendable { var kept: [UnsafeMutableRawPointer] = [] }
        let blocks = Blocks()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { done.signal() }
            var all: [UnsafeMutableRawPointer] = []
            all.reserveCapacity(40_000)
            for _ in 0..<40_000 {
                let block = malloc(4_000)!
                memset(block, 1, 4_000)
                all.append(block)
            }
            for (index, block) in all.enumerated() {
                if index % 10 == 0 { blocks.kept.append(block) } else { free(block) }
            }
        }
        thread.start()
        done.wait()
        let before = try #require(ProcessMemory.currentMegabytes)
        ProcessMemory.releaseFreeMemory()
        let after = try #require(ProcessMemory.currentMegabytes)
        #expect(before - after >= 100, "resident \(before) MB before, \(after) MB after")
        // The kernel's RSS counters are per-CPU approximations: after the release, VmHWM read
        // 100–124 KB below the VmRSS read before it (Linux 6.18, `malloc_trim` from Python's
        // ctypes, three tries), which whole megabytes round to one less about one time in ten.
        #expect(try #require(ProcessMemory.peakMegabytes) >= before - 1)
        blocks.kept.forEach { free($0) }
        #endif
    }
}
