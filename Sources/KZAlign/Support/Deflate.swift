import CZlib

/// zlib-format compression of in-memory buffers (zlib's `compress2` / `uncompress2`).
enum Deflate {
    /// A failure of zlib; `code` is zlib's (Z_DATA_ERROR -3 for corrupt data, Z_BUF_ERROR -5 when
    /// the data does not decompress to the length given).
    struct Failure: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "zlib error \(code)" }
    }

    /// `bytes` compressed at `level` (1 fastest … 9 smallest), in an array of exactly the compressed
    /// size (zlib needs room for its bound, about the input's size, while compressing).
    static func compress(_ bytes: UnsafeBufferPointer<UInt8>, level: Int32 = 1) -> [UInt8] {
        let bound = kz_deflate_bound(bytes.count)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: bound)
        defer { scratch.deallocate() }
        var length = bound
        let failure = kz_deflate(bytes.baseAddress, bytes.count, level, scratch, &length)
        // compress2 fails only without memory, or with a level outside 0…9
        precondition(failure == 0, "zlib compress2 failed with \(failure)")
        return Array(UnsafeBufferPointer(start: scratch, count: length))
    }

    /// `compressed` decompressed, which must give exactly `count` bytes.
    static func decompress(_ compressed: [UInt8], count: Int) throws(Failure) -> [UInt8] {
        var failure: Int32 = 0
        let output = compressed.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: count) { buffer, produced in
                var length = count
                failure = kz_inflate(source.baseAddress, source.count, buffer.baseAddress, &length)
                produced = failure == 0 ? length : 0
            }
        }
        guard failure == 0 else { throw Failure(code: failure) }
        guard output.count == count else { throw Failure(code: -5) }
        return output
    }
}
