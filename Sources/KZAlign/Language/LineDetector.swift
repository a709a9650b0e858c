import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kzalign detect`: one `LANG<TAB>CONFIDENCE` line per input line, streamed.
///
/// Input is read in chunks as it arrives (never all at once); each line is
/// decoded as UTF-8 with invalid sequences replaced by U+FFFD; a trailing
/// `\r` is dropped. Every input line gets exactly one output line.
public struct LineDetector: Sendable {
    public let identifier: LanguageIdentifier
    public let candidates: LanguageSet
    /// Lines whose confidence is below this are answered `und` (0: never).
    public let minimumConfidence: Double

    public init(identifier: LanguageIdentifier, candidates: LanguageSet, minimumConfidence: Double = 0) {
        self.identifier = identifier
        self.candidates = candidates
        self.minimumConfidence = minimumConfidence
    }

    /// The output line for one input line (without the newline).
    public func answer(_ line: Substring) -> String {
        var guess = identifier.identify(line, candidates: candidates)
        if guess.confidence < minimumConfidence { guess.language = "und" }
        return "\(guess.language)\t\(LineDetector.fourDecimals(guess.confidence))"
    }

    /// `x` in [0, 1] with exactly four decimals ("0.9577"), without Foundation formatting.
    static func fourDecimals(_ x: Double) -> String {
        let scaled = Int((min(1, max(0, x)) * 10_000).rounded())
        let fraction = String(scaled % 10_000)
        return "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// Reads `input` to its end, writing one answer per line to `output`.
    public func run(input: Int32 = 0, output: Int32 = 1) {
        var pending: [UInt8] = []
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        func emit(_ bytes: ArraySlice<UInt8>) {
            var line = bytes
            if line.last == 13 { line = line.dropLast() }
            let text = String(decoding: line, as: UTF8.self)
            out.append(contentsOf: answer(text[...]).utf8)
            out.append(10)
            if out.count >= 1 << 14 { flush() }
        }
        func flush() {
            var offset = 0
            while offset < out.count {
                let written = out.withUnsafeBytes { write(output, $0.baseAddress! + offset, out.count - offset) }
                if written <= 0 { if errno == EINTR { continue }; break }
                offset += written
            }
            out.removeAll(keepingCapacity: true)
        }
        while true {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            var start = 0
            for i in 0..<n where chunk[i] == 10 {
                if pending.isEmpty {
                    emit(chunk[start..<i])
                } else {
                    pending.append(contentsOf: chunk[start..<i])
                    emit(pending[...])
                    pending.removeAll(keepingCapacity: false)
                }
                start = i + 1
            }
            pending.append(contentsOf: chunk[start..<n])
            // Flush when reading from a pipe would block, so interactive use sees answers.
            flush()
        }
        if !pending.isEmpty { emit(pending[...]) }
        flush()
    }
}
