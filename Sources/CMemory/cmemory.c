#include "cmemory.h"

#include <stddef.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// jemalloc's control interface, when the executable links jemalloc (the kzalign executable does:
// Sources/CJemalloc); null otherwise (tests, other programs using the library).
extern int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen) __attribute__((weak));

int32_t kz_release_free_memory(void) {
    if (mallctl) {
        // "arena.<MALLCTL_ARENAS_ALL>.purge": every arena's unused dirty pages back to the system.
        return mallctl("arena.4096.purge", NULL, NULL, NULL, 0) == 0 ? 1 : 0;
    }
#if defined(__GLIBC__)
    return malloc_trim(0) ? 1 : 0;
#else
    return 0;
#endif
}
