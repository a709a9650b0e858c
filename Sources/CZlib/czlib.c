// czlib.c — see include/czlib.h.

#include "czlib.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int32_t kz_gunzip(const uint8_t *source, size_t sourceLength, uint8_t **output, size_t *outputLength) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    // 16 + MAX_WBITS: expect a gzip header (dictzip adds only an extra field, which zlib skips).
    int rc = inflateInit2(&stream, 16 + MAX_WBITS);
    if (rc != Z_OK) return rc;
    size_t capacity = sourceLength * 4 + 1024;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) { inflateEnd(&stream); return Z_MEM_ERROR; }
    size_t produced = 0;
    size_t consumed = 0;
    for (;;) {
        if (produced == capacity) {
            capacity *= 2;
            uint8_t *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); inflateEnd(&stream); return Z_MEM_ERROR; }
            buffer = grown;
        }
        size_t inChunk = sourceLength - consumed;
        if (inChunk > 0x40000000u) inChunk = 0x40000000u;
        size_t outChunk = capacity - produced;
        if (outChunk > 0x40000000u) outChunk = 0x40000000u;
        stream.next_in = (Bytef *)(source + consumed);
        stream.avail_in = (uInt)inChunk;
        stream.next_out = buffer + produced;
        stream.avail_out = (uInt)outChunk;
        rc = inflate(&stream, Z_NO_FLUSH);
        consumed += inChunk - stream.avail_in;
        produced += outChunk - stream.avail_out;
        if (rc == Z_STREAM_END) {
            if (consumed >= sourceLength) break;
            // Another gzip member follows.
            if (inflateReset(&stream) != Z_OK) { free(buffer); inflateEnd(&stream); return Z_DATA_ERROR; }
            continue;
        }
        if (rc == Z_BUF_ERROR && stream.avail_out > 0 && consumed >= sourceLength) {
            free(buffer); inflateEnd(&stream); return Z_DATA_ERROR; // truncated input
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) { free(buffer); inflateEnd(&stream); return rc; }
    }
    inflateEnd(&stream);
    *output = buffer;
    *outputLength = produced;
    return 0;
}

void kz_gunzip_free(uint8_t *buffer) { free(buffer); }
