// ccrypto.h — SHA-256 for kzalign through OpenSSL's libcrypto (Debian libssl-dev), which
// uses the CPU's SHA extensions where present. Plain C types only; OpenSSL is included
// in ccrypto.c alone.

#ifndef KZ_CCRYPTO_H
#define KZ_CCRYPTO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the 32-byte SHA-256 digest (FIPS 180-4) of `length` bytes at `data` to `digest`.
/// Returns 0 on success, -1 when libcrypto fails (then `digest` is unspecified).
/// Thread-safe.
int32_t kz_sha256(const uint8_t *data, size_t length, uint8_t *digest);

#ifdef __cplusplus
}
#endif

#endif
