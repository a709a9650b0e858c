import CCrypto

/// SHA-256 (FIPS 180-4) for document fingerprints, cache keys and the pipeline hash,
/// computed by OpenSSL's libcrypto (CPU SHA extensions where present: hashing had been
/// a twentieth of ingest with a Swift implementation).
///
/// Thread safety: stateless; safe from any thread.
public enum SHA256 {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let digest = digest(bytes)
        return String(unsafeUninitializedCapacity: 64) { out in
            for (i, byte) in digest.enumerated() {
                out[2 * i] = hexDigits[Int(byte >> 4)]
                out[2 * i + 1] = hexDigits[Int(byte & 0x0F)]
            }
            return 64
        }
    }

    /// The 32-byte digest of `bytes`.
    public static func digest<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ compute($0) }) { return digest }
        return Array(bytes).withUnsafeBufferPointer { compute($0) }
    }

    private static func compute(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        let empty: [UInt8] = [0]
        let status = empty.withUnsafeBufferPointer { fallback in
            kz_sha256(buffer.baseAddress ?? fallback.baseAddress!, buffer.count, &digest)
        }
        // libcrypto fails only when it cannot load its SHA-256 implementation: a broken install.
        precondition(status == 0, "OpenSSL libcrypto could not compute SHA-256; reinstall libssl-dev (scripts/setup.sh)")
        return digest
    }
}
