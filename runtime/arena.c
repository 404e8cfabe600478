/* arena.c — the per-module bump arena declared in arena.h.
 *
 * Memory comes in chunks obtained from the arena's wd_allocator: the first regular chunk is
 * WD_ARENA_FIRST_CHUNK bytes (header included), each next one doubles up to WD_ARENA_MAX_CHUNK; an
 * allocation that does not fit a regular chunk gets a chunk of exactly its size, and wd_arena_reserve
 * obtains one chunk of exactly the size asked for. Allocations bump a pointer inside the newest chunk;
 * nothing is freed until wd_arena_release frees every chunk at once. Every size computation is
 * overflow-checked, and the optional limit caps `reserved` (bytes obtained, chunk headers included): a
 * refused request changes nothing. Knows only arena.h (warden.h, config.h).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "arena.h"

struct wd_arena_chunk {
  wd_arena_chunk *next;
  size_t size;                   /* bytes obtained from the allocator, this header included */
};

/* Chunk data starts right after the header. Chunks are at least 8-aligned (checked when obtained) and
 * the header size is a multiple of 8, so chunk data is 8-aligned: an allocation aligned to A needs at
 * most A - 8 bytes of padding in a fresh chunk, and none for A <= 8. */
#define HDR sizeof(wd_arena_chunk)
#define BASE_ALIGN 8u
#define MAX_ALIGN 64u

_Static_assert(HDR % BASE_ALIGN == 0, "chunk header keeps chunk data 8-aligned");
_Static_assert(WD_ARENA_FIRST_CHUNK >= 256u, "WD_ARENA_FIRST_CHUNK too small");
_Static_assert(WD_ARENA_MAX_CHUNK >= WD_ARENA_FIRST_CHUNK, "WD_ARENA_MAX_CHUNK below the first chunk");

/* What a request for 0 bytes gets: a valid, maximally aligned address that is never written. */
static _Alignas(MAX_ALIGN) uint8_t zero_block[MAX_ALIGN];

void wd_arena_init(wd_arena *a, const wd_allocator *al, size_t limit) {
  if (!a) return;
  memset(a, 0, sizeof *a);
  a->al = al ? al : wd_default_allocator();
  a->limit = limit;
  a->next_chunk = WD_ARENA_FIRST_CHUNK;
}

static inline size_t avail_of(const wd_arena *a) {
  return (size_t)((uintptr_t)a->end - (uintptr_t)a->cur);
}

/* Obtains a chunk with `data` usable bytes, within the limit; not yet linked. NULL changes nothing. */
static wd_arena_chunk *obtain(wd_arena *a, size_t data) {
  size_t total, after;
  if (!wd_add_ok(HDR, data, &total) || !wd_add_ok(a->reserved, total, &after)) return NULL;
  if (total > (size_t)PTRDIFF_MAX || (a->limit && after > a->limit)) return NULL;
  const wd_allocator *al = a->al ? a->al : wd_default_allocator();
  wd_arena_chunk *c = al->malloc(al->user, total);
  if (!c) return NULL;
  if ((uintptr_t)c % BASE_ALIGN) {    /* an embedder's allocator below 8-byte alignment: refuse */
    al->free(al->user, c, total);
    return NULL;
  }
  c->next = NULL;
  c->size = total;
  a->reserved = after;
  return c;
}

static void *alloc_slow(wd_arena *a, size_t size, size_t align) {
  size_t need;
  if (!wd_add_ok(size, align > BASE_ALIGN ? align - BASE_ALIGN : 0, &need)) return NULL;
  size_t regular = a->next_chunk >= WD_ARENA_FIRST_CHUNK ? a->next_chunk : WD_ARENA_FIRST_CHUNK;
  wd_arena_chunk *c = NULL;
  bool exact = need > regular - HDR;
  if (!exact) {
    c = obtain(a, regular - HDR);
    if (c) {
      a->next_chunk = regular >= WD_ARENA_MAX_CHUNK / 2 ? WD_ARENA_MAX_CHUNK : regular * 2;
    } else {
      exact = true;              /* limit or memory too tight for a whole chunk: try just enough */
    }
  }
  if (exact && !(c = obtain(a, need))) return NULL;

  uint8_t *data = (uint8_t *)(c + 1);
  uint8_t *p = data + (size_t)(-(uintptr_t)data & (align - 1));
  a->used += (size_t)(p - data) + size;
  if (!exact || !a->head) {      /* the new chunk becomes the one allocations bump in */
    c->next = a->head;
    a->head = c;
    a->cur = p + size;
    a->end = (uint8_t *)c + c->size;
  } else {                       /* an exact chunk is full: keep bumping in the current one */
    c->next = a->head->next;
    a->head->next = c;
  }
  return p;
}

void *wd_arena_alloc(wd_arena *a, size_t size, size_t align) {
  if (!a || align == 0 || (align & (align - 1)) || align > MAX_ALIGN) return NULL;
  if (size == 0) return zero_block;
  size_t pad = (size_t)(-(uintptr_t)a->cur & (align - 1));
  size_t avail = avail_of(a);
  if (pad <= avail && size <= avail - pad) {
    uint8_t *p = a->cur + pad;
    a->cur = p + size;
    a->used += pad + size;
    return p;
  }
  return alloc_slow(a, size, align);
}

void *wd_arena_dup(wd_arena *a, const void *src, size_t len, size_t align) {
  if (len && !src) return NULL;
  void *p = wd_arena_alloc(a, len, align);
  if (p && len) memcpy(p, src, len);
  return p;
}

bool wd_arena_reserve(wd_arena *a, size_t size) {
  if (!a) return false;
  size_t pad = (size_t)(-(uintptr_t)a->cur & (BASE_ALIGN - 1));
  size_t avail = avail_of(a);
  if (size == 0 || (pad <= avail && size <= avail - pad)) return true;
  wd_arena_chunk *c = obtain(a, size);
  if (!c) return false;
  c->next = a->head;
  a->head = c;
  a->cur = (uint8_t *)(c + 1);
  a->end = a->cur + size;
  return true;
}

bool wd_arena_over_limit(const wd_arena *a, size_t more) {
  if (!a || !a->limit || more <= avail_of(a)) return false;
  size_t total;
  if (!wd_add_ok(more, HDR, &total) || !wd_add_ok(total, a->reserved, &total)) return true;
  return total > a->limit;
}

void wd_arena_adopt(wd_arena *dst, wd_arena *src) {
  if (!src->head) return;
  wd_arena_chunk *tail = src->head;
  while (tail->next) tail = tail->next;
  if (dst->head) {               /* behind dst's newest chunk, whose free space dst keeps using */
    tail->next = dst->head->next;
    dst->head->next = src->head;
  } else {
    dst->head = src->head;
    dst->cur = dst->end = NULL;
  }
  dst->used += src->used;
  dst->reserved += src->reserved;
  src->head = NULL;
  src->cur = src->end = NULL;
  src->used = src->reserved = 0;
}

void wd_arena_release(wd_arena *a) {
  if (!a) return;
  const wd_allocator *al = a->al ? a->al : wd_default_allocator();
  for (wd_arena_chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    al->free(al->user, c, c->size);
  }
  a->al = al;
  a->head = NULL;
  a->cur = a->end = NULL;
  a->used = a->reserved = 0;
  a->next_chunk = WD_ARENA_FIRST_CHUNK;
}
