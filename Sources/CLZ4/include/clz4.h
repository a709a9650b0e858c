// clz4.h — LZ4 frames (Debian liblz4-dev) for kzalign: fast compression of in-memory buffers, with
// a checksum of the content. Plain C types only; lz4frame.h is included in clz4.c alone.

#ifndef KZ_CLZ4_H
#define KZ_CLZ4_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An upper bound on the size of the frame `kz_lz4_compress` makes of `sourceLength` bytes.
size_t kz_lz4_bound(size_t sourceLength);

/// Compresses `source` into one LZ4 frame (fastest level, 32-bit content checksum) in `output`,
/// whose capacity `*outputLength` holds on entry (at least `kz_lz4_bound(sourceLength)`); the
/// frame's size on return. Returns 0, or -1 (LZ4's error name in `message`, `messageCapacity` bytes).
int32_t kz_lz4_compress(const uint8_t *source, size_t sourceLength, uint8_t *output, size_t *outputLength,
                        char *message, size_t messageCapacity);

/// Decompresses the one LZ4 frame `source` into `output`, whose capacity `*outputLength` holds on
/// entry; the decompressed size on return. Returns 0; -1 for corrupt data or a failed checksum
/// (LZ4's error name in `message`), -2 when the content does not fit `output`, -3 when the frame
/// ends early or bytes follow it.
int32_t kz_lz4_decompress(const uint8_t *source, size_t sourceLength, uint8_t *output, size_t *outputLength,
                          char *message, size_t messageCapacity);

#ifdef __cplusplus
}
#endif

#endif
