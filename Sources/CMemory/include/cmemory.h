// cmemory.h — the C library's allocator, for kzalign: handing freed memory back to the system.
// Plain C types only.

#ifndef KZ_CMEMORY_H
#define KZ_CMEMORY_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Returns the free pages of every malloc arena to the system (jemalloc's `arena.<all>.purge`
/// when the program links jemalloc, else glibc `malloc_trim(0)`), so that memory freed on one
/// thread's arena does not stay resident while other threads allocate in theirs. Returns 1 when
/// memory was released, 0 when none was or the allocator has no such call.
int32_t kz_release_free_memory(void);

#ifdef __cplusplus
}
#endif

#endif
