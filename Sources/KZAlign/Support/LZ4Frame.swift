import CLZ4

/// LZ4 frames of in-memory buffers (Debian liblz4's frame format, fast mode, with a checksum of
/// the content): compression at several hundred MB/s a core, a few times zlib's fastest level,
/// for data held only while a run lasts.
enum LZ4Frame {
    /// A frame that does not decompress: corrupt (its checksum fails, or LZ4 rejects it), or not of
    /// the length expected.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `bytes` compressed into one frame, in an array of exactly the frame's size.
    static func compress(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let bound = kz_lz4_bound(bytes.count)
        var message = [CChar](repeating: 0, count: 128)
        var failure: Int32 = 0
        let frame = [UInt8](unsafeUninitializedCapacity: bound) { buffer, written in
            var length = bound
            failure = kz_lz4_compress(bytes.baseAddress, bytes.count, buffer.baseAddress, &length, &message, message.count)
            written = failure == 0 ? length : 0
        }
        // fails only for a buffer smaller than the bound, or without memory
        precondition(failure == 0, "LZ4 compression failed: \(text(message))")
        return frame
    }

    /// The frame `compressed` decompressed, which must give exactly `count` bytes.
    static func decompress(_ compressed: [UInt8], count: Int) throws(Failure) -> [UInt8] {
        var message = [CChar](repeating: 0, count: 128)
        var failure: Int32 = 0
        let output = compressed.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: count) { buffer, produced in
                var length = count
                failure = kz_lz4_decompress(source.baseAddress, source.count, buffer.baseAddress, &length, &message, message.count)
                produced = failure == 0 ? length : 0
            }
        }
        switch failure {
        case 0 where output.count == count: return output
        case 0: throw Failure(description: "LZ4 frame holds \(output.count) bytes, not \(count)")
        case -1: throw Failure(description: "corrupt LZ4 frame (\(text(message)))")
        case -2: throw Failure(description: "LZ4 frame holds more than \(count) bytes")
        default: throw Failure(description: "LZ4 frame ends early or is followed by other bytes")
        }
    }

    /// The C string in `buffer` (NUL-terminated).
    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
