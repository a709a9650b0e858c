// ccrypto.c — the only file that includes OpenSSL headers. See include/ccrypto.h.

#include "ccrypto.h"

#include <openssl/evp.h>

int32_t kz_sha256(const uint8_t *data, size_t length, uint8_t *digest) {
    unsigned int size = 0;
    return EVP_Digest(data, length, digest, &size, EVP_sha256(), NULL) == 1 && size == 32 ? 0 : -1;
}
