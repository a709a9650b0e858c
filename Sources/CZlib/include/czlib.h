// czlib.h — zlib for kzalign: gzip decompression (FreeDict's .dict.dz files are gzip with a dictzip
// header) and zlib-format compression of in-memory buffers.
// Plain C types only; zlib is included in czlib.c alone.

#ifndef KZ_CZLIB_H
#define KZ_CZLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Decompresses a whole gzip stream (concatenated members included) from `source`.
/// On success returns 0 and sets `*output` (malloc'd, caller frees with `kz_gunzip_free`)
/// and `*outputLength`. On failure returns zlib's error code (< 0) and sets nothing.
int32_t kz_gunzip(const uint8_t *source, size_t sourceLength, uint8_t **output, size_t *outputLength);

void kz_gunzip_free(uint8_t *buffer);

/// An upper bound on the compressed size of `sourceLength` bytes (zlib's compressBound).
size_t kz_deflate_bound(size_t sourceLength);

/// Compresses `source` into `output` (zlib format) at `level` (1 fastest … 9 smallest). `*outputLength`
/// holds the capacity of `output` on entry (at least `kz_deflate_bound(sourceLength)`) and the
/// compressed size on return. Returns 0, or zlib's error code (< 0).
int32_t kz_deflate(const uint8_t *source, size_t sourceLength, int32_t level, uint8_t *output, size_t *outputLength);

/// Decompresses zlib-format `source` into `output`, whose capacity `*outputLength` holds on entry;
/// the decompressed size on return. Returns 0, or zlib's error code (< 0: Z_BUF_ERROR when
/// `output` is too small, Z_DATA_ERROR when the data is corrupt).
int32_t kz_inflate(const uint8_t *source, size_t sourceLength, uint8_t *output, size_t *outputLength);

#ifdef __cplusplus
}
#endif

#endif
