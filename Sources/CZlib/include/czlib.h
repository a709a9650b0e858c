// czlib.h — zlib for kzalign: gzip decompression (FreeDict's .dict.dz files are gzip with a dictzip
// header).
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

#ifdef __cplusplus
}
#endif

#endif
