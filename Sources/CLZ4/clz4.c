#include "clz4.h"

#include <lz4frame.h>
#include <string.h>

static LZ4F_preferences_t preferences(void) {
    LZ4F_preferences_t prefs;
    memset(&prefs, 0, sizeof prefs);
    prefs.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
    prefs.compressionLevel = 0; // LZ4's fast mode
    return prefs;
}

static void describe(size_t code, char *message, size_t capacity) {
    if (capacity == 0) return;
    strncpy(message, LZ4F_getErrorName(code), capacity - 1);
    message[capacity - 1] = 0;
}

size_t kz_lz4_bound(size_t sourceLength) {
    LZ4F_preferences_t prefs = preferences();
    return LZ4F_compressFrameBound(sourceLength, &prefs);
}

int32_t kz_lz4_compress(const uint8_t *source, size_t sourceLength, uint8_t *output, size_t *outputLength,
                        char *message, size_t messageCapacity) {
    LZ4F_preferences_t prefs = preferences();
    size_t written = LZ4F_compressFrame(output, *outputLength, source, sourceLength, &prefs);
    if (LZ4F_isError(written)) {
        describe(written, message, messageCapacity);
        return -1;
    }
    *outputLength = written;
    return 0;
}

int32_t kz_lz4_decompress(const uint8_t *source, size_t sourceLength, uint8_t *output, size_t *outputLength,
                          char *message, size_t messageCapacity) {
    LZ4F_dctx *context = NULL;
    size_t code = LZ4F_createDecompressionContext(&context, LZ4F_VERSION);
    if (LZ4F_isError(code)) {
        describe(code, message, messageCapacity);
        return -1;
    }
    size_t consumed = 0, produced = 0, capacity = *outputLength;
    int32_t result = -3;
    for (;;) {
        size_t in = sourceLength - consumed, out = capacity - produced;
        size_t hint = LZ4F_decompress(context, output + produced, &out, source + consumed, &in, NULL);
        if (LZ4F_isError(hint)) {
            describe(hint, message, messageCapacity);
            result = -1;
            break;
        }
        consumed += in;
        produced += out;
        if (hint == 0) { // the frame is complete and its checksum verified
            result = consumed == sourceLength ? 0 : -3;
            break;
        }
        if (produced == capacity && out == 0 && in == 0) { result = -2; break; }
        if (consumed == sourceLength && in == 0 && out == 0) { result = -3; break; }
    }
    LZ4F_freeDecompressionContext(context);
    if (result == 0) *outputLength = produced;
    return result;
}
