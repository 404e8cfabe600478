/* test_layouts.c — unit tests for the function-record layouts (layouts/enum.c, union16.c, packed.c)
 * and their registry: every test runs over wd_layout_all(). Body and compiled round trips, tag checks,
 * arena refusal, sizes, extra_bytes, and the arena cost of a 50,000-function code section.
 * Uses layout.h and arena.h only.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "layout.h"

#define FOR_EACH_LAYOUT(l) for (const wd_layout *const *l##_p = wd_layout_all(), *l; (l = *l##_p); l##_p++)

/* Deterministic bytes for body `seed`. */
static void fill(uint8_t *b, size_t n, uint32_t seed) {
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    b[i] = (uint8_t)(x >> 16);
  }
}
static bool same(const uint8_t *b, size_t n, uint32_t seed) {
  uint8_t *want = malloc(n ? n : 1);
  fill(want, n, seed);
  bool ok = n == 0 || memcmp(b, want, n) == 0;
  free(want);
  return ok;
}

/* A zeroed record array of n records from the arena (as the decoder makes it). */
static uint8_t *records(wd_arena *a, const wd_layout *l, size_t n) {
  uint8_t *r = wd_arena_alloc(a, n * l->record_size, l->record_align);
  cr_assert_not_null(r);
  memset(r, 0, n * l->record_size);
  return r;
}

static const wd_slice NO_SLICE = { (const uint8_t *)"x", 12345 };
static const wd_compiled NO_CODE = { (const uint8_t *)"y", 777, 888 };

static bool slice_untouched(wd_slice s) { return s.ptr == NO_SLICE.ptr && s.len == NO_SLICE.len; }
static bool code_untouched(wd_compiled c) {
  return c.code == NO_CODE.code && c.code_len == NO_CODE.code_len && c.frame_slots == NO_CODE.frame_slots;
}

/* ---------------------------------------------------------------- registry and sizes */

Test(layouts, registry) {
  const wd_layout *const *all = wd_layout_all();
  const char *const *names = wd_layout_names();
  int n = 0;
  for (; all[n]; n++) {
    cr_assert_not_null(names[n]);
    cr_assert_str_eq(all[n]->name, names[n]);
    cr_assert_eq(wd_layout_find(names[n]), all[n]);
    cr_assert_eq(wd_layout_record_size(names[n]), all[n]->record_size);
    cr_assert(all[n]->set_body && all[n]->get_body && all[n]->set_code && all[n]->get_code &&
              all[n]->is_compiled && all[n]->extra_bytes);
  }
  cr_assert_null(names[n]);
  cr_assert_eq(n, 3);
  cr_assert_eq(wd_layout_find("enum"), &wd_layout_enum);
  cr_assert_eq(wd_layout_find("union16"), &wd_layout_union16);
  cr_assert_eq(wd_layout_find("packed"), &wd_layout_packed);
  cr_assert_null(wd_layout_find("nope"));
  cr_assert_null(wd_layout_find("union"));
  cr_assert_null(wd_layout_find(""));
  cr_assert_null(wd_layout_find(NULL));
  cr_assert_eq(wd_layout_record_size("nope"), 0);
  cr_assert_eq(wd_layout_record_size(NULL), wd_layout_find(WD_DEFAULT_LAYOUT)->record_size);
}

Test(layouts, record_sizes) {
  cr_assert_leq(wd_layout_enum.record_size, 32);
  cr_assert_eq(wd_layout_union16.record_size, 16);
  cr_assert_leq(wd_layout_packed.record_size, 16);
  if (sizeof(void *) == 8) {
    cr_assert_eq(wd_layout_enum.record_size, 24);
    cr_assert_eq(wd_layout_packed.record_size, 8);
  }
  FOR_EACH_LAYOUT(l) {
    cr_assert(l->record_align && (l->record_align & (l->record_align - 1)) == 0, "%s", l->name);
    cr_assert_eq(l->record_size % l->record_align, 0, "%s", l->name);
  }
}

/* ---------------------------------------------------------------- bodies */

Test(layouts, empty_record) {
  FOR_EACH_LAYOUT(l) {
    uint8_t rec[32] __attribute__((aligned(16))) = { 0 };
    wd_slice s = NO_SLICE;
    wd_compiled c = NO_CODE;
    cr_assert_not(l->get_body(rec, &s), "%s", l->name);
    cr_assert(slice_untouched(s));
    cr_assert_not(l->get_code(rec, &c), "%s", l->name);
    cr_assert(code_untouched(c));
    cr_assert_not(l->is_compiled(rec));
    cr_assert_eq(l->extra_bytes(rec), 0);
  }
}

static const uint32_t body_sizes[] = { 0, 1, 2, 7, 8, 15, 16, 22, 23, 24, 100, 8191, 8192, 8193,
                                       65535, 65536, 1u << 20 };

Test(layouts, body_round_trip) {
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 0);
    size_t n = sizeof body_sizes / sizeof body_sizes[0];
    uint8_t *recs = records(&a, l, n);
    uint8_t **bufs = calloc(n, sizeof *bufs);
    for (size_t i = 0; i < n; i++) {
      uint32_t len = body_sizes[i];
      bufs[i] = malloc(len ? len : 1);
      fill(bufs[i], len, len + 1);
      size_t before = a.used;
      cr_assert(l->set_body(recs + i * l->record_size, &a, bufs[i], len), "%s len %u", l->name, len);
      size_t extra = l->extra_bytes(recs + i * l->record_size), took = a.used - before;
      cr_assert(took >= extra && took <= extra + 7,   /* + alignment padding before an escape header */
                "%s len %u: extra_bytes %zu, arena bytes taken %zu", l->name, len, extra, took);
    }
    for (size_t i = 0; i < n; i++) {              /* neighbours did not disturb each other */
      uint8_t *rec = recs + i * l->record_size;
      uint32_t len = body_sizes[i];
      wd_slice s = NO_SLICE;
      wd_compiled c = NO_CODE;
      cr_assert(l->get_body(rec, &s), "%s len %u", l->name, len);
      cr_assert_eq(s.len, len, "%s: len %u came back as %u", l->name, len, s.len);
      cr_assert(s.ptr != NULL || len == 0);
      cr_assert(same(s.ptr, len, len + 1), "%s len %u: bytes differ", l->name, len);
      cr_assert_not(l->is_compiled(rec));
      cr_assert_not(l->get_code(rec, &c), "%s: get_code on a body", l->name);
      cr_assert(code_untouched(c));
      size_t extra = l->extra_bytes(rec);
      bool inside = s.ptr >= rec && s.ptr + len <= rec + l->record_size;
      if (len <= 7) cr_assert(inside, "%s: a %u-byte body is inline", l->name, len);
      if (inside) {
        cr_assert_eq(extra, 0, "%s len %u", l->name, len);
        /* an inline body is the record's own copy: the caller's buffer may change */
        memset(bufs[i], 0xEE, len ? len : 1);
        cr_assert(l->get_body(rec, &s));
        cr_assert(same(s.ptr, len, len + 1), "%s len %u: inline bytes changed with the buffer", l->name, len);
      } else {
        cr_assert_eq(s.ptr, bufs[i], "%s len %u: a body outside the record is referred to, not copied",
                     l->name, len);
        if (len <= 8191) cr_assert_eq(extra, 0, "%s len %u: no per-body arena bytes", l->name, len);
        else cr_assert_leq(extra, 32, "%s len %u: at most an escape header (%zu)", l->name, len, extra);
      }
    }
    for (size_t i = 0; i < n; i++) free(bufs[i]);
    free(bufs);
    wd_arena_release(&a);
  }
}

Test(layouts, inline_limits) {
  /* The documented inline capacity of each layout: 22, 15, 7 bytes on 64-bit. */
  struct { const wd_layout *l; uint32_t max; } cases[] = {
    { &wd_layout_enum, 22 }, { &wd_layout_union16, 15 }, { &wd_layout_packed, 7 } };
  for (int k = 0; k < 3; k++) {
    const wd_layout *l = cases[k].l;
    wd_arena a;
    wd_arena_init(&a, NULL, 1);                  /* refuses everything: inline must not need it */
    uint8_t rec[32] __attribute__((aligned(16))) = { 0 };
    uint8_t buf[64];
    fill(buf, sizeof buf, 9);
    cr_assert(l->set_body(rec, &a, buf, cases[k].max), "%s", l->name);
    wd_slice s;
    cr_assert(l->get_body(rec, &s));
    cr_assert_eq(s.len, cases[k].max);
    cr_assert_eq(memcmp(s.ptr, buf, s.len), 0);
    cr_assert_eq(l->extra_bytes(rec), 0);
    cr_assert(s.ptr != buf, "%s: an inline body is copied into the record", l->name);
    cr_assert(l->set_body(rec, &a, buf, cases[k].max + 1), "%s: %u bytes are referred to, no arena needed",
              l->name, cases[k].max + 1);
    cr_assert(l->get_body(rec, &s));
    cr_assert_eq(s.len, cases[k].max + 1);
    cr_assert_eq(s.ptr, buf, "%s: a body past the inline capacity stays where it is", l->name);
    wd_arena_release(&a);
  }
}

Test(layouts, tiny_limit_fails_cleanly) {
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 1);                  /* refuses everything */
    uint8_t rec[32] __attribute__((aligned(16))) = { 0 };
    static uint8_t buf[16384];
    fill(buf, sizeof buf, 3);
    size_t used = a.used, reserved = a.reserved;
    wd_slice s = NO_SLICE;
    /* Only a layout that needs an escape header for a long body asks the arena: packed, past 8191. */
    bool needs_arena = l->body_arena_bytes(sizeof buf) > 0;
    cr_assert_eq(l->set_body(rec, &a, buf, sizeof buf), !needs_arena, "%s", l->name);
    if (needs_arena) {
      cr_assert_not(l->get_body(rec, &s), "%s: still empty", l->name);
      cr_assert(slice_untouched(s));
    }
    cr_assert_not(l->is_compiled(rec));
    cr_assert_eq(a.used, used);
    cr_assert_eq(a.reserved, reserved);
    cr_assert(l->set_body(rec, &a, buf, 100), "%s: a short body needs no arena", l->name);
    cr_assert(l->get_body(rec, &s));
    cr_assert_eq(s.ptr, buf);
    cr_assert(l->set_body(rec, &a, buf, 5), "%s: an inline body needs no arena", l->name);
    cr_assert(l->get_body(rec, &s));
    cr_assert_eq(s.len, 5);
    cr_assert_eq(memcmp(s.ptr, buf, 5), 0);
    wd_arena_release(&a);
  }
}

/* ---------------------------------------------------------------- compiled form */

static const uint32_t code_values[] = { 0, 1, 2, 255, 256, 65534, 65535, 65536, 65537, 0xFFFFFFu,
                                        0x1000000u, UINT32_MAX - 1, UINT32_MAX };

static void code_round_trip(const wd_layout *l, wd_arena *a, uint8_t *rec, const uint8_t *code) {
  size_t n = sizeof code_values / sizeof code_values[0];
  for (size_t i = 0; i < n; i++) {
    for (size_t j = 0; j < n; j++) {
      uint8_t body[40];
      fill(body, sizeof body, (uint32_t)(i * n + j));
      uint32_t blen = (uint32_t)((i + j) % sizeof body);
      cr_assert(l->set_body(rec, a, body, blen));
      wd_compiled in = { code, code_values[i], code_values[j] };
      cr_assert(l->set_code(rec, a, &in), "%s", l->name);
      wd_compiled out = NO_CODE;
      wd_slice s = NO_SLICE;
      cr_assert(l->is_compiled(rec), "%s", l->name);
      cr_assert(l->get_code(rec, &out), "%s", l->name);
      cr_assert_eq(out.code, code, "%s code_len %u frame_slots %u: pointer", l->name, in.code_len,
                   in.frame_slots);
      cr_assert_eq(out.code_len, in.code_len, "%s: code_len %u came back as %u", l->name, in.code_len,
                   out.code_len);
      cr_assert_eq(out.frame_slots, in.frame_slots, "%s: frame_slots %u came back as %u", l->name,
                   in.frame_slots, out.frame_slots);
      cr_assert_not(l->get_body(rec, &s), "%s: get_body after set_code", l->name);
      cr_assert(slice_untouched(s));
      cr_assert_leq(l->extra_bytes(rec), 32, "%s: the code itself is not counted", l->name);
    }
  }
}

Test(layouts, code_round_trip) {
  static uint8_t far_code[64];                   /* static storage: far from the heap */
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 0);
    uint8_t *rec = records(&a, l, 4);
    uint8_t *near_code = wd_arena_alloc(&a, 256, 8);  /* right after the records */
    cr_assert_not_null(near_code);
    code_round_trip(l, &a, rec, near_code);
    code_round_trip(l, &a, rec + l->record_size, near_code + 3);     /* unaligned code */
    code_round_trip(l, &a, rec + 2 * l->record_size, far_code);
    code_round_trip(l, &a, rec + 3 * l->record_size, NULL);
    uint8_t *big = malloc(1 << 20);                                  /* a separate heap block */
    code_round_trip(l, &a, rec, big + 12345);
    free(big);
    wd_arena_release(&a);
  }
}

Test(layouts, code_replaces_and_body_replaces_code) {
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 0);
    uint8_t *rec = records(&a, l, 1);
    uint8_t body[300];
    fill(body, sizeof body, 42);
    cr_assert(l->set_body(rec, &a, body, sizeof body));
    uint8_t *code = wd_arena_alloc(&a, 64, 8);
    wd_compiled in = { code, 64, 10 }, out;
    cr_assert(l->set_code(rec, &a, &in));
    cr_assert_eq(l->extra_bytes(rec), 0, "%s: the dead body is no longer the record's", l->name);
    cr_assert(l->set_code(rec, &a, &(wd_compiled){ code + 8, 70000, 70000 }));
    cr_assert(l->get_code(rec, &out));
    cr_assert_eq(out.code, code + 8);
    cr_assert_eq(out.code_len, 70000);
    cr_assert_eq(out.frame_slots, 70000);
    cr_assert(l->set_body(rec, &a, body, 20));  /* a record may be given a body again */
    wd_slice s;
    cr_assert(l->get_body(rec, &s));
    cr_assert_eq(s.len, 20);
    cr_assert_eq(memcmp(s.ptr, body, 20), 0);
    cr_assert_not(l->is_compiled(rec));
    wd_compiled c = NO_CODE;
    cr_assert_not(l->get_code(rec, &c));
    cr_assert(code_untouched(c));
    wd_arena_release(&a);
  }
}

Test(layouts, compact_compiled_forms_need_no_arena) {
  /* Small functions compile without arena bytes in every layout (packed: code within 256 MiB of the
   * record, lengths in u16; union16: frame_slots below 2^24). */
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 0);
    uint8_t *rec = records(&a, l, 1);
    uint8_t *code = wd_arena_alloc(&a, 1000, 8);
    size_t used = a.used;
    wd_compiled in = { code, 1000, 65535 }, out;
    cr_assert(l->set_code(rec, &a, &in));
    cr_assert_eq(a.used, used, "%s", l->name);
    cr_assert_eq(l->extra_bytes(rec), 0, "%s", l->name);
    cr_assert(l->get_code(rec, &out));
    cr_assert_eq(out.code, code);
    cr_assert_eq(out.code_len, 1000);
    cr_assert_eq(out.frame_slots, 65535);

    uint8_t *later = records(&a, l, 1);          /* code before the record: a negative offset */
    size_t used2 = a.used;
    in = (wd_compiled){ code + 1, 999, 3 };
    cr_assert(l->set_code(later, &a, &in));
    cr_assert_eq(a.used, used2, "%s", l->name);
    cr_assert(l->get_code(later, &out));
    cr_assert_eq(out.code, code + 1, "%s", l->name);
    cr_assert_eq(out.code_len, 999);
    cr_assert_eq(out.frame_slots, 3);
    wd_arena_release(&a);
  }
}

Test(layouts, escapes_refused_by_the_arena_leave_the_record) {
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 1);                  /* refuses everything */
    uint8_t rec[32] __attribute__((aligned(16))) = { 0 };
    cr_assert(l->set_body(rec, &a, (const uint8_t *)"abc", 3));
    static uint8_t code[8];
    wd_compiled in = { code, UINT32_MAX, UINT32_MAX };   /* needs an escape where one exists */
    if (l->set_code(rec, &a, &in)) {
      wd_compiled out;
      cr_assert(l->get_code(rec, &out), "%s", l->name);
      cr_assert(out.code == code && out.code_len == UINT32_MAX && out.frame_slots == UINT32_MAX);
    } else {
      wd_slice s;
      cr_assert(l->get_body(rec, &s), "%s: refused set_code keeps the body", l->name);
      cr_assert_eq(s.len, 3);
      cr_assert_eq(memcmp(s.ptr, "abc", 3), 0);
      cr_assert_not(l->is_compiled(rec));
    }
  }
  cr_assert_not(wd_layout_union16.set_code((uint64_t[2]){ 0 }, &(wd_arena){ .limit = 1 },
                                           &(wd_compiled){ NULL, 1, UINT32_MAX }),
                "union16 escapes frame_slots >= 2^24");
  cr_assert_not(wd_layout_packed.set_code((uint64_t[1]){ 0 }, &(wd_arena){ .limit = 1 },
                                          &(wd_compiled){ NULL, 65536, 1 }),
                "packed escapes code_len >= 2^16");
}

/* ---------------------------------------------------------------- a large code section */

Test(layouts, fifty_thousand_small_bodies) {
  enum { N = 50000 };
  uint32_t *len = malloc(N * sizeof *len);
  size_t body_total = 0;
  uint32_t x = 12345;
  for (int i = 0; i < N; i++) {
    x = x * 1664525u + 1013904223u;
    len[i] = 3 + (x >> 16) % 10;                  /* 3..12 bytes */
    body_total += len[i];
  }
  FOR_EACH_LAYOUT(l) {
    wd_arena a;
    wd_arena_init(&a, NULL, 0);
    size_t rec_total = (size_t)N * l->record_size;
    cr_assert(wd_arena_reserve(&a, rec_total));
    uint8_t *recs = records(&a, l, N);
    uint8_t *section = malloc(body_total), *at = section;   /* the bodies, back to back, as in a module */
    size_t extra = 0;
    for (int i = 0; i < N; i++) {
      fill(at, len[i], (uint32_t)i);
      cr_assert(l->set_body(recs + (size_t)i * l->record_size, &a, at, len[i]));
      at += len[i];
    }
    for (int i = 0; i < N; i++) {
      const uint8_t *rec = recs + (size_t)i * l->record_size;
      wd_slice s;
      cr_assert(l->get_body(rec, &s));
      cr_assert_eq(s.len, len[i]);
      cr_assert(same(s.ptr, s.len, (uint32_t)i), "%s body %d", l->name, i);
      extra += l->extra_bytes(rec);
    }
    cr_assert_eq(a.used, rec_total + extra, "%s: extra_bytes accounts for every arena byte", l->name);
    cr_assert_eq(extra, 0, "%s: bodies are referred to, never copied into the arena", l->name);
    cr_assert_leq(a.reserved, rec_total + rec_total / 50, "%s: arena reserved %zu for %zu bytes of records",
                  l->name, a.reserved, rec_total);
    free(section);
    wd_arena_release(&a);
  }
  free(len);
}
