import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The naive-Bayes byte n-gram model of langid.py (Lui & Baldwin 2012), as
/// trained and shipped by PyPI's py3langid 0.4.0 and converted by
/// `scripts/tools/convert-langid-model.py` into `models/langid.bin`.
///
/// Features are byte n-grams (1–4) of the UTF-8 text found by walking a
/// deterministic automaton (Aho–Corasick) once over the bytes; a class's score
/// is `log P(class) + Σ_f log(1 + count_f) · log P(f | class)`.
///
/// Thread safety: immutable; every method may be called from any thread.
final class NaiveBayesModel: @unchecked Sendable {
    static let fileName = "langid.bin"

    let file: MappedFile
    let featureCount: Int
    /// Column labels as the model names them, with script duplicates made
    /// distinct: the second `uz` column (Cyrillic) is `uz-Cyrl`, the second `sr` is `sr-Latn`.
    let labels: [String]
    let priors: [Float]
    private let ptc: UnsafePointer<UInt16>      // C × F float16 bits (class-major)
    private let nextMove: UnsafePointer<UInt32>  // R × 256
    private let stateRow: UnsafePointer<UInt16>  // S
    private let outFeature: UnsafePointer<Int32> // S
    let stateCount: Int

    init(path: String) throws {
        let file = try MappedFile(path: path)
        self.file = file
        func fail(_ reason: String) -> LanguageError { .invalidModel(path: path, reason: reason) }
        guard file.count >= 48, memcmp(file.base, "KZLANGID", 8) == 0 else { throw fail("bad magic") }
        func u32(_ offset: Int) -> Int { Int(file.base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        guard u32(8) == 2 else { throw fail("unsupported version \(u32(8))") }
        let features = u32(12), classes = u32(16), states = u32(20), rows = u32(24)
        func aligned(_ x: Int) -> Int { (x + 15) & ~15 }
        var offset = aligned(8 + 32)
        let classesOffset = offset
        offset = aligned(offset + classes * 8)
        let pcOffset = offset
        offset = aligned(offset + classes * 4)
        let ptcOffset = offset
        offset = aligned(offset + features * classes * 2)
        let nextOffset = offset
        offset = aligned(offset + rows * 256 * 4)
        let rowOffset = offset
        offset = aligned(offset + states * 2)
        let outOffset = offset
        offset += states * 4
        guard features > 0, classes > 0, states > 0, offset <= file.count else { throw fail("truncated file") }

        var labels: [String] = []
        for c in 0..<classes {
            var bytes: [UInt8] = []
            for i in 0..<8 {
                let b = file.base.load(fromByteOffset: classesOffset + c * 8 + i, as: UInt8.self)
                if b == 0 { break }
                bytes.append(b)
            }
            var label = String(decoding: bytes, as: UTF8.self)
            if labels.contains(label) {
                switch label {
                case "uz": label = "uz-Cyrl"
                case "sr": label = "sr-Latn"
                default: label += "-\(c)"
                }
            }
            labels.append(label)
        }
        self.labels = labels
        priors = (0..<classes).map { file.base.load(fromByteOffset: pcOffset + $0 * 4, as: Float.self) }
        featureCount = features
        stateCount = states
        ptc = (file.base + ptcOffset).assumingMemoryBound(to: UInt16.self)
        nextMove = (file.base + nextOffset).assumingMemoryBound(to: UInt32.self)
        stateRow = (file.base + rowOffset).assumingMemoryBound(to: UInt16.self)
        outFeature = (file.base + outOffset).assumingMemoryBound(to: Int32.self)
    }

    /// The dense float32 table `F × columns.count` of log P(f | class) for the given columns.
    func table(columns: [Int]) -> [Float] {
        let k = columns.count
        var out = [Float](repeating: 0, count: featureCount * k)
        out.withUnsafeMutableBufferPointer { buffer in
            for (j, c) in columns.enumerated() {
                let column = ptc + c * featureCount
                for f in 0..<featureCount {
                    buffer[f * k + j] = Float(Float16(bitPattern: column[f]))
                }
            }
        }
        // The columns are copied: give their pages back (the file stays mapped).
        let start = UnsafeMutableRawPointer(mutating: ptc)
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let alignedStart = Int(bitPattern: start) & ~(pageSize - 1)
        let end = Int(bitPattern: start) + featureCount * labels.count * 2
        _ = madvise(UnsafeMutableRawPointer(bitPattern: alignedStart), (end - alignedStart) & ~(pageSize - 1),
                    Int32(MADV_DONTNEED))
        return out
    }

    /// Feature counts of `bytes`: calls `visit(feature)` once per feature occurrence.
    @inline(__always)
    func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int) -> Void) {
        var state = 0
        for byte in bytes {
            state = Int(nextMove[Int(stateRow[state]) &<< 8 | Int(byte)])
            let feature = outFeature[state]
            if feature >= 0 { visit(Int(feature)) }
        }
    }
}
