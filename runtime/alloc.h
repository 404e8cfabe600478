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

/* Checked arithmetic: return false on overflow. */
static inline bool wd_add_ok(size_t a, size_t b, size_t *out) { return !__builtin_add_overflow(a, b, out); }
static inline bool wd_mul_ok(size_t a, size_t b, size_t *out) { return !__builtin_mul_overflow(a, b, out); }

#endif /* WD_ALLOC_H */
