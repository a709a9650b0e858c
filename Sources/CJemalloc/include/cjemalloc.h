// cjemalloc.h — jemalloc as the kzalign executable's allocator. Nothing to call: this target's
// object refers to malloc, so the linker takes jemalloc's objects from Debian libjemalloc-dev's
// static libjemalloc_pic.a, and malloc, free and the rest, being the executable's, replace the C
// library's for the whole process (Swift runtime, Foundation, ICU, SQLite). The library and its
// tests keep the C library's allocator.

#ifndef KZ_CJEMALLOC_H
#define KZ_CJEMALLOC_H
#endif
