#include "cmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int32_t kz_release_free_memory(void) {
#if defined(__GLIBC__)
    return malloc_trim(0) ? 1 : 0;
#else
    return 0;
#endif
}
