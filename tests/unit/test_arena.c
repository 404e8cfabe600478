/* test_arena.c — unit tests for the allocator wrappers (runtime/alloc.c) and the bump arena
 * (runtime/arena.c): alignment, zero sizes, limits, overflow, reserve exactness, release and reuse,
 * large allocations and the used/reserved statistics. Uses only arena.h.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"

/* A counting allocator over malloc: checks that the arena gives back exactly what it took. */
typedef struct counter {
  size_t mallocs, frees, live, last_size;
  bool fail;                     /* refuse every request */
  bool misalign;                 /* hand out addresses that are 1 mod 8 */
} counter;

static void *c_malloc(void *user, size_t size) {
  counter *c = user;
  if (c->fail) return NULL;
  uint8_t *p = malloc(size + (c->misalign ? 1 : 0));
  if (!p) return NULL;
  c->mallocs++;
  c->live += size;
  c->last_size = size;
  return c->misalign ? p + 1 : p;
}
static void *c_realloc(void *user, void *p, size_t old_size, size_t new_size) {
  counter *c = user;
  if (c->fail) return NULL;
  void *q = realloc(p, new_size);
  if (q) c->live = c->live - old_size + new_size;
  return q;
}
static void c_free(void *user, void *p, size_t size) {
  counter *c = user;
  c->frees++;
  c->live -= size;
  free(c->misalign ? (uint8_t *)p - 1 : p);
}
static wd_allocator counting(counter *c) { return (wd_allocator){ c_malloc, c_realloc, c_free, c }; }

/* ---------------------------------------------------------------- allocator wrappers */

Test(alloc, default_allocator_and_wrappers) {
  const wd_allocator *d = wd_default_allocator();
  cr_assert_not_null(d);
  cr_assert(d->malloc && d->realloc && d->free);
  cr_assert_null(wd_alloc(NULL, 0));
  cr_assert_null(wd_alloc_zero(NULL, 0));

  uint8_t *z = wd_alloc_zero(NULL, 1000);
  cr_assert_not_null(z);
  for (int i = 0; i < 1000; i++) cr_assert_eq(z[i], 0);
  memset(z, 7, 1000);
  uint8_t *g = wd_realloc(NULL, z, 1000, 5000);
  cr_assert_not_null(g);
  for (int i = 0; i < 1000; i++) cr_assert_eq(g[i], 7);
  cr_assert_null(wd_realloc(NULL, g, 5000, 0));   /* frees */
  wd_free(NULL, NULL, 0);                          /* no-op */

  uint8_t *fresh = wd_realloc(d, NULL, 0, 16);      /* NULL pointer = plain allocation */
  cr_assert_not_null(fresh);
  wd_free(d, fresh, 16);
}

Test(alloc, array_overflow_and_zeroing) {
  cr_assert_null(wd_alloc_array(NULL, SIZE_MAX, 2));
  cr_assert_null(wd_alloc_array(NULL, SIZE_MAX / 8 + 1, 8));
  cr_assert_null(wd_alloc_array(NULL, 0, 8));
  uint64_t *a = wd_alloc_array(NULL, 100, sizeof *a);
  cr_assert_not_null(a);
  for (int i = 0; i < 100; i++) cr_assert_eq(a[i], 0);
  wd_free(NULL, a, 100 * sizeof *a);
}

Test(alloc, custom_allocator_sees_sizes) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  void *p = wd_alloc(&al, 123);
  cr_assert_not_null(p);
  cr_assert_eq(c.mallocs, 1);
  cr_assert_eq(c.live, 123);
  p = wd_realloc(&al, p, 123, 456);
  cr_assert_not_null(p);
  cr_assert_eq(c.live, 456);
  wd_free(&al, p, 456);
  cr_assert_eq(c.frees, 1);
  cr_assert_eq(c.live, 0);
  c.fail = true;
  cr_assert_null(wd_alloc(&al, 8));
  cr_assert_null(wd_alloc_array(&al, 4, 4));
}

/* ---------------------------------------------------------------- arena */

static bool aligned(const void *p, size_t a) { return ((uintptr_t)p & (a - 1)) == 0; }

Test(arena, alignment_1_to_64) {
  wd_arena a;
  wd_arena_init(&a, NULL, 0);
  uint8_t *prev = NULL;
  size_t prev_size = 0;
  for (int round = 0; round < 200; round++) {
    for (size_t al = 1; al <= 64; al <<= 1) {
      size_t size = (size_t)(round * 7 % 61) + 1;
      uint8_t *p = wd_arena_alloc(&a, size, al);
      cr_assert_not_null(p, "align %zu size %zu", al, size);
      cr_assert(aligned(p, al), "align %zu gave %p", al, (void *)p);
      memset(p, 0xA5, size);     /* ASan: all of it is ours */
      if (prev && p > prev) cr_assert_geq(p, prev + prev_size, "allocations overlap");
      prev = p;
      prev_size = size;
    }
  }
  wd_arena_release(&a);
}

Test(arena, rejects_bad_alignments) {
  wd_arena a;
  wd_arena_init(&a, NULL, 0);
  size_t bad[] = { 0, 3, 6, 12, 24, 48, 96, 128, 256, SIZE_MAX / 2 + 1, SIZE_MAX };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    cr_assert_null(wd_arena_alloc(&a, 8, bad[i]), "align %zu accepted", bad[i]);
  cr_assert_eq(a.used, 0);
  cr_assert_eq(a.reserved, 0);
  wd_arena_release(&a);
}

Test(arena, zero_size) {
  wd_arena a;
  wd_arena_init(&a, NULL, 1);      /* a limit so small that no chunk can ever be obtained */
  for (size_t al = 1; al <= 64; al <<= 1) {
    void *p = wd_arena_alloc(&a, 0, al);
    cr_assert_not_null(p);
    cr_assert(aligned(p, al));
  }
  void *d = wd_arena_dup(&a, NULL, 0, 1);
  cr_assert_not_null(d);
  cr_assert_eq(a.used, 0);
  cr_assert_eq(a.reserved, 0);
  cr_assert_null(wd_arena_alloc(&a, 1, 1));
  wd_arena_release(&a);
}

Test(arena, limit_refusal_leaves_arena_usable) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 3000);    /* below one regular chunk: exact chunks only */
  uint8_t *p = wd_arena_alloc(&a, 1000, 8);
  cr_assert_not_null(p);
  memset(p, 1, 1000);
  cr_assert_lt(a.reserved, 1100);
  cr_assert_eq(a.used, 1000);

  size_t used = a.used, reserved = a.reserved, mallocs = c.mallocs;
  cr_assert(wd_arena_over_limit(&a, 2500));
  cr_assert_null(wd_arena_alloc(&a, 2500, 1));
  cr_assert_null(wd_arena_dup(&a, p, 2500, 1));
  cr_assert_not(wd_arena_reserve(&a, 2500));
  cr_assert_eq(a.used, used);
  cr_assert_eq(a.reserved, reserved);
  cr_assert_eq(c.mallocs, mallocs);

  cr_assert_not(wd_arena_over_limit(&a, 1000));
  uint8_t *q = wd_arena_alloc(&a, 1000, 8);
  cr_assert_not_null(q);
  memset(q, 2, 1000);
  cr_assert_leq(a.reserved, 3000);
  for (int i = 0; i < 1000; i++) cr_assert_eq(p[i], 1);
  wd_arena_release(&a);
  cr_assert_eq(c.live, 0);
  cr_assert_eq(c.mallocs, c.frees);
}

Test(arena, limit_is_exact_on_reserved) {
  wd_arena a;
  wd_arena_init(&a, NULL, 0);
  cr_assert(wd_arena_reserve(&a, 100));
  size_t one = a.reserved;          /* 100 + chunk header */
  wd_arena_release(&a);

  wd_arena_init(&a, NULL, one);
  cr_assert(wd_arena_reserve(&a, 100));
  cr_assert_eq(a.reserved, one);
  cr_assert_not_null(wd_arena_alloc(&a, 100, 8));
  cr_assert_null(wd_arena_alloc(&a, 1, 1));
  cr_assert(wd_arena_over_limit(&a, 1));
  wd_arena_release(&a);
  cr_assert_eq(a.limit, one, "the limit survives a release");

  wd_arena_init(&a, NULL, one - 1);
  cr_assert_not(wd_arena_reserve(&a, 100));
  cr_assert_eq(a.reserved, 0);
  wd_arena_release(&a);
}

Test(arena, overflow_sizes) {
  size_t limits[] = { 0, (size_t)1 << 20 };
  for (int l = 0; l < 2; l++) {
    wd_arena a;
    wd_arena_init(&a, NULL, limits[l]);
    cr_assert_not_null(wd_arena_alloc(&a, 10, 1));
    size_t used = a.used, reserved = a.reserved;
    size_t sizes[] = { SIZE_MAX, SIZE_MAX - 7, SIZE_MAX - 15, SIZE_MAX - 63, SIZE_MAX / 2 + 1,
                       SIZE_MAX / 2 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
      for (size_t al = 1; al <= 64; al <<= 1)
        cr_assert_null(wd_arena_alloc(&a, sizes[i], al), "size %zu align %zu", sizes[i], al);
      cr_assert_not(wd_arena_reserve(&a, sizes[i]));
      cr_assert_null(wd_arena_dup(&a, &a, sizes[i], 1));
      if (limits[l]) cr_assert(wd_arena_over_limit(&a, sizes[i]));
    }
    cr_assert_eq(a.used, used);
    cr_assert_eq(a.reserved, reserved);
    uint8_t *p = wd_arena_alloc(&a, 64, 64);    /* still usable */
    cr_assert_not_null(p);
    memset(p, 0, 64);
    wd_arena_release(&a);
  }
}

Test(arena, reserve_is_exact) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 0);
  const size_t n = 100003;
  cr_assert(wd_arena_reserve(&a, n));
  cr_assert_eq(c.mallocs, 1);
  size_t hdr = a.reserved - n;
  cr_assert_eq(c.last_size, a.reserved, "one chunk of exactly the size asked (plus its header)");
  cr_assert_leq(hdr, 64);
  cr_assert_eq(a.used, 0);

  /* Filling it exactly (an 8-aligned start, then alignment-1 pieces) obtains nothing more. */
  uint8_t *rec = wd_arena_alloc(&a, 80000, 8);
  cr_assert_not_null(rec);
  size_t left = n - 80000;
  while (left) {
    size_t k = left < 7 ? left : 7;
    uint8_t *p = wd_arena_alloc(&a, k, 1);
    cr_assert_not_null(p);
    memset(p, 3, k);
    left -= k;
  }
  cr_assert_eq(a.used, n);
  cr_assert_eq(a.reserved, n + hdr);
  cr_assert_eq(c.mallocs, 1);
  cr_assert(wd_arena_reserve(&a, 0), "nothing to reserve");
  cr_assert_eq(c.mallocs, 1);

  cr_assert_not_null(wd_arena_alloc(&a, 1, 1));   /* the next byte needs a new chunk */
  cr_assert_eq(c.mallocs, 2);
  wd_arena_release(&a);
  cr_assert_eq(c.live, 0);
}

Test(arena, reserve_uses_room_already_there) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 0);
  cr_assert_not_null(wd_arena_alloc(&a, 3, 1));    /* first regular chunk */
  size_t reserved = a.reserved;
  cr_assert_eq(reserved, WD_ARENA_FIRST_CHUNK);
  cr_assert(wd_arena_reserve(&a, 1000));             /* fits what is left: nothing obtained */
  cr_assert_eq(a.reserved, reserved);
  cr_assert_eq(c.mallocs, 1);
  uint8_t *p = wd_arena_alloc(&a, 1000, 8);
  cr_assert_not_null(p);
  cr_assert_eq(a.reserved, reserved);
  wd_arena_release(&a);
}

Test(arena, release_and_reuse) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 1u << 24);
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < 5000; i++) {
      uint8_t *p = wd_arena_alloc(&a, (size_t)(i % 100) + 1, (size_t)1 << (i % 4));
      cr_assert_not_null(p);
      memset(p, i, (size_t)(i % 100) + 1);
    }
    cr_assert_gt(c.mallocs, 3);
    wd_arena_release(&a);
    cr_assert_eq(a.used, 0);
    cr_assert_eq(a.reserved, 0);
    cr_assert_null(a.head);
    cr_assert_eq(a.limit, 1u << 24);
    cr_assert_eq(c.live, 0, "round %d leaked", round);
    cr_assert_eq(c.mallocs, c.frees);
  }
  wd_arena_release(&a);             /* releasing an empty arena is fine */
  cr_assert_eq(c.mallocs, c.frees);
}

Test(arena, chunks_double_up_to_the_cap) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 0);
  size_t expect = WD_ARENA_FIRST_CHUNK, total = 0;
  for (int i = 0; i < 14; i++) {
    size_t before = c.mallocs;
    while (c.mallocs == before) cr_assert_not_null(wd_arena_alloc(&a, 64, 8));
    cr_assert_eq(c.last_size, expect, "chunk %d is %zu bytes, expected %zu", i, c.last_size, expect);
    total += expect;
    cr_assert_eq(a.reserved, total);
    expect = expect * 2 > WD_ARENA_MAX_CHUNK ? WD_ARENA_MAX_CHUNK : expect * 2;
  }
  wd_arena_release(&a);
  cr_assert_eq(c.live, 0);
}

Test(arena, large_allocations_get_exact_chunks) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 0);
  uint8_t *small = wd_arena_alloc(&a, 16, 8);
  cr_assert_not_null(small);
  size_t reserved = a.reserved;

  const size_t big = 3u * 1024 * 1024 + 5;          /* > WD_ARENA_MAX_CHUNK */
  uint8_t *p = wd_arena_alloc(&a, big, 64);
  cr_assert_not_null(p);
  cr_assert(aligned(p, 64));
  memset(p, 0x5A, big);
  cr_assert_geq(c.last_size, big);
  cr_assert_leq(c.last_size, big + 64 + 64, "exact-size chunk, not a doubled one");
  cr_assert_eq(a.reserved, reserved + c.last_size);

  /* The room left in the current chunk is still used afterwards. */
  size_t mallocs = c.mallocs;
  cr_assert_not_null(wd_arena_alloc(&a, 100, 8));
  cr_assert_eq(c.mallocs, mallocs);
  cr_assert_eq(p[big - 1], 0x5A);
  wd_arena_release(&a);
  cr_assert_eq(c.live, 0);
}

Test(arena, stats_count_padding) {
  wd_arena a;
  wd_arena_init(&a, NULL, 0);
  uint8_t *first = wd_arena_alloc(&a, 1, 1);
  cr_assert_not_null(first);
  cr_assert(aligned(first, 8), "chunk data is 8-aligned");
  cr_assert_eq(a.used, 1);
  cr_assert_eq(a.reserved, WD_ARENA_FIRST_CHUNK);
  uint8_t *p = wd_arena_alloc(&a, 8, 8);             /* 7 bytes of padding, then 8 */
  cr_assert_eq(p, first + 8);
  cr_assert_eq(a.used, 16);
  cr_assert_not_null(wd_arena_alloc(&a, 1, 1));
  uint8_t *q = wd_arena_alloc(&a, 4, 64);            /* padding up to the next multiple of 64 */
  cr_assert(aligned(q, 64));
  cr_assert_eq(a.used, (size_t)(q + 4 - first), "used counts every byte handed out, padding included");
  cr_assert_leq(a.used, 17 + 63 + 4);
  cr_assert_eq(a.reserved, WD_ARENA_FIRST_CHUNK);
  wd_arena_release(&a);
}

Test(arena, dup_copies) {
  wd_arena a;
  wd_arena_init(&a, NULL, 0);
  char src[100];
  for (int i = 0; i < 100; i++) src[i] = (char)i;
  char *d = wd_arena_dup(&a, src, sizeof src, 4);
  cr_assert_not_null(d);
  cr_assert(aligned(d, 4));
  memset(src, 0, sizeof src);
  for (int i = 0; i < 100; i++) cr_assert_eq(d[i], (char)i);
  cr_assert_null(wd_arena_dup(&a, NULL, 5, 1), "NULL source with a length");
  wd_arena_release(&a);
}

Test(arena, allocator_failure_changes_nothing) {
  counter c = { 0 };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 0);
  cr_assert_not_null(wd_arena_alloc(&a, 4000, 8));
  size_t used = a.used, reserved = a.reserved;
  c.fail = true;
  cr_assert_null(wd_arena_alloc(&a, 4000, 8));
  cr_assert_not(wd_arena_reserve(&a, 100000));
  cr_assert_eq(a.used, used);
  cr_assert_eq(a.reserved, reserved);
  cr_assert_not(wd_arena_over_limit(&a, 4000), "no limit: the failure is memory, not the limit");
  c.fail = false;
  cr_assert_not_null(wd_arena_alloc(&a, 4000, 8));
  wd_arena_release(&a);
  cr_assert_eq(c.live, 0);
}

Test(arena, misaligned_allocator_is_refused) {
  counter c = { .misalign = true };
  wd_allocator al = counting(&c);
  wd_arena a;
  wd_arena_init(&a, &al, 0);
  cr_assert_null(wd_arena_alloc(&a, 10, 1));
  cr_assert_eq(a.reserved, 0);
  cr_assert_eq(c.live, 0, "the refused chunk was given back");
  wd_arena_release(&a);
}

Test(arena, zeroed_struct_works_like_init) {
  wd_arena a;
  memset(&a, 0, sizeof a);            /* al NULL = default allocator, no limit */
  uint8_t *p = wd_arena_alloc(&a, 100, 16);
  cr_assert_not_null(p);
  cr_assert(aligned(p, 16));
  cr_assert_eq(a.reserved, WD_ARENA_FIRST_CHUNK);
  wd_arena_release(&a);
  cr_assert_eq(a.reserved, 0);
}
