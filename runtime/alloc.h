/* alloc.h — the allocator front end (alloc.c): wd_alloc* wrappers over the embedder's wd_allocator
 * (warden.h), with overflow-checked array sizes, and the checked size arithmetic every stage uses.
 * Knows only warden.h and config.h.
 */
#ifndef WD_ALLOC_H
#define WD_ALLOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../include/warden.h"
#include "config.h"

/* ---- allocator wrappers ---- */
void *wd_alloc(const wd_allocator *a, size_t size);                   /* NULL on failure or size 0 */
void *wd_alloc_zero(const wd_allocator *a, size_t size);
void *wd_alloc_array(const wd_allocator *a, size_t n, size_t elem);    /* zeroed; NULL on overflow */
void *wd_realloc(const wd_allocator *a, void *p, size_t old_size, size_t new_size);
void wd_free(const wd_allocator *a, void *p, size_t size);

/* Memory the default allocator keeps after frees (mimalloc keeps emptied pages, and the pages of a size
 * class it no longer uses, until a purge delay passes) is what separates warden's peak RSS from what it
 * actually uses: translation's scratch buffers come and go once per function. With A the default
 * allocator (or NULL) in a mimalloc build, wd_alloc_engine_default sets mimalloc's purge delay to 0
 * (freed spans go back to the system at once; once per process, and not when the environment sets
 * MIMALLOC_PURGE_DELAY or MIMALLOC_DECOMMIT_DELAY), and wd_alloc_trim frees the calling thread's
 * emptied pages (mi_collect) once WD_ALLOC_TRIM_BYTES (config.h) were freed since. Otherwise (an embedder's allocator, or the C library's malloc) both do
 * nothing. store.c calls the first for every new engine, promote.c the second after translating. */
void wd_alloc_engine_default(const wd_allocator *a);
void wd_alloc_trim(const wd_allocator *a);

/* Checked arithmetic: return false on overflow. */
static inline bool wd_add_ok(size_t a, size_t b, size_t *out) { return !__builtin_add_overflow(a, b, out); }
static inline bool wd_mul_ok(size_t a, size_t b, size_t *out) { return !__builtin_mul_overflow(a, b, out); }

#endif /* WD_ALLOC_H */
