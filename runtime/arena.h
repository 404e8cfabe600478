/* arena.h — the per-module bump arena (and, through alloc.h, the allocator front end).
 *
 * wd_arena: a chunked bump allocator that owns every function body and every byte of translated code of
 * one module; it is released in one call. Every size computation is overflow-checked and an
 * optional byte limit (set by the embedder) is enforced. Knows only alloc.h, warden.h and config.h.
 */
#ifndef WD_ARENA_H
#define WD_ARENA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../include/warden.h"
#include "config.h"
#include "alloc.h"

/* ---- arena ---- */
typedef struct wd_arena_chunk wd_arena_chunk;

typedef struct wd_arena {
  const wd_allocator *al;
  wd_arena_chunk *head;          /* newest chunk first */
  uint8_t *cur, *end;            /* free space in the newest chunk */
  size_t used;                   /* bytes handed out (including alignment padding) */
  size_t reserved;               /* bytes obtained from the allocator (chunks with their headers) */
  size_t limit;                  /* most bytes `reserved` may reach; 0 = no limit */
  size_t next_chunk;             /* size of the next chunk when it must grow */
} wd_arena;

void wd_arena_init(wd_arena *a, const wd_allocator *al, size_t limit);
/* size bytes aligned to align (a power of two <= 64). NULL on overflow, limit or allocation failure;
 * the arena stays usable. size 0 returns a valid non-NULL pointer. */
void *wd_arena_alloc(wd_arena *a, size_t size, size_t align);
/* Like wd_arena_alloc, then copies len bytes of src. */
void *wd_arena_dup(wd_arena *a, const void *src, size_t len, size_t align);
/* Makes sure the next `size` bytes (at alignment 8) fit in one chunk, obtaining exactly one chunk of
 * that size if needed: a decoder that knows what is coming avoids the waste of doubling. */
bool wd_arena_reserve(wd_arena *a, size_t size);
/* True if the arena would refuse to obtain `more` bytes because of its limit (for clear error codes). */
bool wd_arena_over_limit(const wd_arena *a, size_t more);
/* Moves every chunk of src into dst (dst keeps bumping in its current chunk); src ends empty. What was
 * allocated from src now belongs to dst and is freed with it. dst's limit is not checked. */
void wd_arena_adopt(wd_arena *dst, wd_arena *src);
void wd_arena_release(wd_arena *a);   /* frees every chunk; the arena is empty and reusable */

#endif /* WD_ARENA_H */
