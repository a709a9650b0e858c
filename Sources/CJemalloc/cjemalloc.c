#include "cjemalloc.h"

#include <stdlib.h>

// jemalloc reads its options from this symbol when the process starts (MALLOC_CONF in the
// environment still overrides them). Unused dirty pages go back to the system after 1 s rather
// than jemalloc's default 10 s, so that the pages one phase frees are not resident when the next
// peaks; `ProcessMemory.releaseFreeMemory` purges every arena at once between the large phases.
const char *malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";

// The reference that makes the linker take jemalloc's objects from the archive.
void *(*const kz_jemalloc_malloc)(size_t) = malloc;
