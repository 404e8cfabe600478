/* alloc.c — the allocator front end: warden's default wd_allocator and the wd_alloc* wrappers.
 *
 * The default allocator is mimalloc when WD_USE_MIMALLOC=1 (release builds) and the C library's malloc
 * otherwise (sanitizer and fuzzing builds, so that ASan sees every allocation). Every wrapper accepts a
 * NULL allocator, meaning the default, and checks its size arithmetic. With mimalloc, also its tuning
 * for a small footprint (wd_alloc_engine_default, wd_alloc_trim: alloc.h). Knows only alloc.h (warden.h,
 * config.h); touches no other warden state.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"

#if WD_USE_MIMALLOC
#include <pthread.h>
#include <mimalloc.h>
static _Thread_local size_t freed_since_trim;   /* bytes freed (or moved away from) since wd_alloc_trim */
static void *dflt_malloc(void *user, size_t size) { (void)user; return mi_malloc(size); }
static void *dflt_realloc(void *user, void *p, size_t old_size, size_t new_size) {
  (void)user;
  freed_since_trim += old_size;
  return mi_realloc(p, new_size);
}
static void dflt_free(void *user, void *p, size_t size) { (void)user; freed_since_trim += size; mi_free(p); }
#else
static void *dflt_malloc(void *user, size_t size) { (void)user; return malloc(size); }
static void *dflt_realloc(void *user, void *p, size_t old_size, size_t new_size) {
  (void)user; (void)old_size;
  return realloc(p, new_size);
}
static void dflt_free(void *user, void *p, size_t size) { (void)user; (void)size; free(p); }
#endif

static const wd_allocator default_allocator = { dflt_malloc, dflt_realloc, dflt_free, NULL };

const wd_allocator *wd_default_allocator(void) { return &default_allocator; }

#if WD_USE_MIMALLOC
/* mimalloc 2.1 renamed decommit_delay to purge_delay (the same knob: milliseconds before freed memory is
 * given back; 0 = at once). */
#if MI_MALLOC_VERSION >= 210
#define WD_MI_PURGE_DELAY mi_option_purge_delay
#else
#define WD_MI_PURGE_DELAY mi_option_decommit_delay
#endif
static pthread_once_t tune_once = PTHREAD_ONCE_INIT;
static void tune_mimalloc(void) {
  if (!getenv("MIMALLOC_PURGE_DELAY") && !getenv("MIMALLOC_DECOMMIT_DELAY")) mi_option_set(WD_MI_PURGE_DELAY, 0);
}
void wd_alloc_engine_default(const wd_allocator *a) {
  if (!a || a == &default_allocator) pthread_once(&tune_once, tune_mimalloc);
}
void wd_alloc_trim(const wd_allocator *a) {
  if ((a && a != &default_allocator) || freed_since_trim < WD_ALLOC_TRIM_BYTES) return;
  freed_since_trim = 0;
  mi_collect(true);
}
#else
void wd_alloc_engine_default(const wd_allocator *a) { (void)a; }
void wd_alloc_trim(const wd_allocator *a) { (void)a; }
#endif

static inline const wd_allocator *pick(const wd_allocator *a) { return a ? a : &default_allocator; }

/* Sizes above PTRDIFF_MAX are refused here: no object may be that large, and sanitizer allocators
 * would abort rather than return NULL. */
void *wd_alloc(const wd_allocator *a, size_t size) {
  if (size == 0 || size > (size_t)PTRDIFF_MAX) return NULL;
  a = pick(a);
  return a->malloc(a->user, size);
}

void *wd_alloc_zero(const wd_allocator *a, size_t size) {
  void *p = wd_alloc(a, size);
  if (p) memset(p, 0, size);
  return p;
}

/* n * elem bytes, zeroed. NULL on overflow, on failure, and when the product is 0 (like wd_alloc). */
void *wd_alloc_array(const wd_allocator *a, size_t n, size_t elem) {
  size_t total;
  if (!wd_mul_ok(n, elem, &total)) return NULL;
  return wd_alloc_zero(a, total);
}

/* Grows or shrinks p (from this allocator, old_size bytes). p NULL = wd_alloc; new_size 0 frees p and
 * returns NULL. On failure p is left untouched and NULL is returned. */
void *wd_realloc(const wd_allocator *a, void *p, size_t old_size, size_t new_size) {
  a = pick(a);
  if (!p) return wd_alloc(a, new_size);
  if (new_size > (size_t)PTRDIFF_MAX) return NULL;
  if (new_size == 0) {
    a->free(a->user, p, old_size);
    return NULL;
  }
  return a->realloc(a->user, p, old_size, new_size);
}

void wd_free(const wd_allocator *a, void *p, size_t size) {
  if (!p) return;
  a = pick(a);
  a->free(a->user, p, size);
}
