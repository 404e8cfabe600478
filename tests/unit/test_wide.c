/* test_wide.c — Criterion tests of wide arithmetic (i64.add128, i64.sub128, i64.mul_wide_s/u): the
 * 128-bit helpers of runtime/wide.h on carries, borrows and sign edge cases (and against the compiler's
 * 128-bit integers where the host has them), the instructions run in every layout x mode with operands
 * and results in every kind of slot (locals, constants, temporaries that the results overwrite, local.set
 * of both results, chained wide results), their typing, and the feature gate.
 * May touch: warden.h, runtime/wide.h.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "warden.h"
#include "../../runtime/wide.h"
#include "matrix.h"

#define MIN64 0x8000000000000000ull
#define MAX64 0x7FFFFFFFFFFFFFFFull
#define ONES 0xFFFFFFFFFFFFFFFFull

/* ---------------------------------------------------------------- the helpers */

static void add(uint64_t al, uint64_t ah, uint64_t bl, uint64_t bh, uint64_t el, uint64_t eh) {
  uint64_t l, h;
  wd_add128(al, ah, bl, bh, &l, &h);
  cr_assert(l == el && h == eh, "add128(%llx %llx, %llx %llx) = %llx %llx, expected %llx %llx",
            (unsigned long long)al, (unsigned long long)ah, (unsigned long long)bl, (unsigned long long)bh,
            (unsigned long long)l, (unsigned long long)h, (unsigned long long)el, (unsigned long long)eh);
}
static void sub(uint64_t al, uint64_t ah, uint64_t bl, uint64_t bh, uint64_t el, uint64_t eh) {
  uint64_t l, h;
  wd_sub128(al, ah, bl, bh, &l, &h);
  cr_assert(l == el && h == eh, "sub128(%llx %llx, %llx %llx) = %llx %llx, expected %llx %llx",
            (unsigned long long)al, (unsigned long long)ah, (unsigned long long)bl, (unsigned long long)bh,
            (unsigned long long)l, (unsigned long long)h, (unsigned long long)el, (unsigned long long)eh);
}
static void mulu(uint64_t a, uint64_t b, uint64_t el, uint64_t eh) {
  uint64_t l, h;
  wd_mul_wide_u(a, b, &l, &h);
  cr_assert(l == el && h == eh, "mul_wide_u(%llx, %llx) = %llx %llx", (unsigned long long)a,
            (unsigned long long)b, (unsigned long long)l, (unsigned long long)h);
}
static void muls(uint64_t a, uint64_t b, uint64_t el, uint64_t eh) {
  uint64_t l, h;
  wd_mul_wide_s(a, b, &l, &h);
  cr_assert(l == el && h == eh, "mul_wide_s(%llx, %llx) = %llx %llx", (unsigned long long)a,
            (unsigned long long)b, (unsigned long long)l, (unsigned long long)h);
}

Test(wide, add128_carries) {
  add(0, 0, 0, 0, 0, 0);
  add(ONES, 0, 1, 0, 0, 1);                   /* the low carry reaches the high half */
  add(ONES, ONES, 1, 0, 0, 0);                /* and wraps the whole 128 bits */
  add(ONES, 5, ONES, 7, ONES - 1, 13);        /* carry plus both highs */
  add(0, ONES, 0, 1, 0, 0);                   /* a high-half overflow is dropped, no carry out of it */
  add(MIN64, 0, MIN64, 0, 0, 1);
  add(1, 2, 3, 4, 4, 6);                      /* no carry */
  add(ONES, ONES, ONES, ONES, ONES - 1, ONES); /* -1 + -1 = -2 */
}

Test(wide, sub128_borrows) {
  sub(0, 0, 0, 0, 0, 0);
  sub(0, 0, 1, 0, ONES, ONES);                /* 0 - 1 = -1: the borrow runs through the high half */
  sub(0, 1, 1, 0, ONES, 0);                   /* 2^64 - 1 */
  sub(0, 0, 1, 1, ONES, ONES - 1);
  sub(5, 9, 5, 9, 0, 0);
  sub(4, 9, 5, 9, ONES, ONES);                /* equal highs, smaller low: a borrow */
  sub(MIN64, 0, MAX64, 0, 1, 0);
  sub(0, MIN64, 0, 1, 0, MAX64);              /* the most negative 128-bit value less 2^64 */
}

Test(wide, mul_wide_edges) {
  mulu(0, ONES, 0, 0);
  mulu(1, ONES, ONES, 0);
  mulu(ONES, ONES, 1, ONES - 1);              /* (2^64-1)^2 = 2^128 - 2^65 + 1 */
  mulu(0x100000000ull, 0x100000000ull, 0, 1);
  mulu(0xFFFFFFFFull, 0xFFFFFFFFull, 0xFFFFFFFE00000001ull, 0);
  mulu(MIN64, 2, 0, 1);
  mulu(0x123456789ABCDEF0ull, 0x0FEDCBA987654321ull, 0x2236D88FE5618CF0ull, 0x0121FA00AD77D742ull);
  muls(ONES, ONES, 1, 0);                     /* -1 * -1 */
  muls(ONES, 1, ONES, ONES);                  /* -1 * 1 */
  muls(MIN64, MIN64, 0, 0x4000000000000000ull);   /* (-2^63)^2 = 2^126 */
  muls(MIN64, ONES, MIN64, 0);                /* -2^63 * -1 = 2^63: no overflow in 128 bits */
  muls(MIN64, 1, MIN64, ONES);
  muls(MAX64, MAX64, 1, 0x3FFFFFFFFFFFFFFFull);
  muls(MAX64, MIN64, MIN64, 0xC000000000000000ull);
  muls(0, MIN64, 0, 0);
  muls(2, (uint64_t)-3, (uint64_t)-6, ONES);
}

#ifdef __SIZEOF_INT128__
Test(wide, against_int128) {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  static const uint64_t edge[] = {0, 1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000ull, MAX64, MIN64,
                                  MIN64 + 1, ONES, ONES - 1};
  for (int i = 0; i < 200000; i++) {
    uint64_t v[4];
    for (int k = 0; k < 4; k++) {
      s ^= s << 13; s ^= s >> 7; s ^= s << 17;
      v[k] = (s & 7) == 0 ? edge[(s >> 8) % (sizeof edge / sizeof edge[0])] : s;
    }
    unsigned __int128 a = (unsigned __int128)v[1] << 64 | v[0], b = (unsigned __int128)v[3] << 64 | v[2];
    unsigned __int128 sum = a + b, diff = a - b, pu = (unsigned __int128)v[0] * v[1];
    __int128 ps = (__int128)(int64_t)v[0] * (int64_t)v[1];
    add(v[0], v[1], v[2], v[3], (uint64_t)sum, (uint64_t)(sum >> 64));
    sub(v[0], v[1], v[2], v[3], (uint64_t)diff, (uint64_t)(diff >> 64));
    mulu(v[0], v[1], (uint64_t)pu, (uint64_t)(pu >> 64));
    muls(v[0], v[1], (uint64_t)ps, (uint64_t)((unsigned __int128)ps >> 64));
  }
}
#endif

/* ---------------------------------------------------------------- the instructions */

static const char wide_wat[] =
    "(module\n"
    "  (func (export \"add\") (param i64 i64 i64 i64) (result i64 i64)\n"
    "    local.get 0 local.get 1 local.get 2 local.get 3 i64.add128)\n"
    "  (func (export \"sub\") (param i64 i64 i64 i64) (result i64 i64)\n"
    "    local.get 0 local.get 1 local.get 2 local.get 3 i64.sub128)\n"
    "  (func (export \"muls\") (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_s)\n"
    "  (func (export \"mulu\") (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_u)\n"
    /* operands that are temporaries at the results' own depths, with a value below them */
    "  (func (export \"temps\") (param i64 i64) (result i64 i64 i64)\n"
    "    i64.const 7\n"
    "    (i64.add (local.get 0) (i64.const 1)) (i64.xor (local.get 1) (i64.const 0))\n"
    "    (i64.sub (i64.const 0) (local.get 0)) (i64.const -1)\n"
    "    i64.sub128)\n"
    /* constants as operands; both results stored into locals (hi first, from the top) */
    "  (func (export \"sets\") (param i64) (result i64 i64) (local i64 i64)\n"
    "    local.get 0 i64.const -1 i64.mul_wide_u local.set 1 local.set 2 local.get 2 local.get 1)\n"
    /* a wide result feeding another: (a*a) + (lo, hi) of a*b as a 128-bit sum */
    "  (func (export \"chain\") (param i64 i64) (result i64 i64)\n"
    "    (i64.mul_wide_s (local.get 0) (local.get 0)) (i64.mul_wide_u (local.get 0) (local.get 1))\n"
    "    i64.add128)\n"
    /* in a loop, with a branch carrying both halves: sum of i*2^63 for i in 1..n as a 128-bit value */
    "  (func (export \"loop\") (param i32) (result i64 i64) (local $lo i64) (local $hi i64)\n"
    "    (block $done (loop $l\n"
    "      (br_if $done (i32.eqz (local.get 0)))\n"
    "      (i64.add128 (local.get $lo) (local.get $hi)\n"
    "        (i64.mul_wide_u (i64.extend_i32_u (local.get 0)) (i64.const 0x8000000000000000)))\n"
    "      local.set $hi local.set $lo\n"
    "      (local.set 0 (i32.sub (local.get 0) (i32.const 1))) (br $l)))\n"
    "    local.get $lo local.get $hi)\n"
    ")\n";

typedef struct wmod {
  wd_engine *e;
  wd_module *m;
  wd_store *s;
  wd_instance *inst;
} wmod;

static uint8_t *wat(const char *text, size_t *len) {
  wd_error err;
  uint8_t *b = wd_wat_to_wasm(text, strlen(text), NULL, len, &err);
  cr_assert_not_null(b, "%s", err.message);
  return b;
}

static void wopen(wmod *w, const char *layout, wd_mode mode, uint32_t features, const char *text) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = layout;
  cfg.mode = mode;
  cfg.features = features;
  wd_error err;
  size_t len;
  uint8_t *b = wat(text, &len);
  w->e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(w->e, "%s", err.message);
  w->m = wd_module_new(w->e, b, len, &err);
  wd_wat_free(NULL, b, len);
  cr_assert_not_null(w->m, "%s", err.message);
  w->s = wd_store_new(w->e, &err);
  cr_assert_not_null(w->s, "%s", err.message);
  w->inst = wd_instantiate(w->s, w->m, NULL, 0, &err);
  cr_assert_not_null(w->inst, "%s", err.message);
}

static void wclose(wmod *w) {
  wd_store_free(w->s);
  wd_module_free(w->m);
  wd_engine_free(w->e);
}

/* Calls export `name` with i64 arguments (i32 when `i32arg`) and checks its i64 results. */
static void call(wmod *w, const char *name, const int64_t *args, uint32_t nargs, const uint64_t *want,
                 uint32_t nres, bool i32arg) {
  wd_extern ex;
  cr_assert(wd_instance_export(w->inst, name, strlen(name), &ex), "%s", name);
  wd_val a[4], r[3];
  for (uint32_t i = 0; i < nargs; i++) {
    a[i].kind = i32arg ? WD_I32 : WD_I64;
    if (i32arg) a[i].of.i32 = (int32_t)args[i];
    else a[i].of.i64 = args[i];
  }
  wd_error err;
  cr_assert(wd_func_call(w->s, ex.of.func, a, nargs, r, nres, &err), "%s: %s", name, err.message);
  for (uint32_t i = 0; i < nres; i++)
    cr_assert_eq((uint64_t)r[i].of.i64, want[i], "%s result %u: %llx, expected %llx", name, i,
                 (unsigned long long)r[i].of.i64, (unsigned long long)want[i]);
}

Test(wide, every_layout_and_mode) {
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      wmod w;
      wopen(&w, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, wide_wat);
      call(&w, "add", (int64_t[]){-1, 0, 1, 0}, 4, (uint64_t[]){0, 1}, 2, false);
      call(&w, "add", (int64_t[]){-1, -1, 1, 0}, 4, (uint64_t[]){0, 0}, 2, false);
      call(&w, "sub", (int64_t[]){0, 0, 1, 0}, 4, (uint64_t[]){ONES, ONES}, 2, false);
      call(&w, "sub", (int64_t[]){0, 1, 1, 0}, 4, (uint64_t[]){ONES, 0}, 2, false);
      call(&w, "muls", (int64_t[]){INT64_MIN, INT64_MIN}, 2, (uint64_t[]){0, 0x4000000000000000ull}, 2, false);
      call(&w, "muls", (int64_t[]){INT64_MIN, -1}, 2, (uint64_t[]){MIN64, 0}, 2, false);
      call(&w, "mulu", (int64_t[]){-1, -1}, 2, (uint64_t[]){1, ONES - 1}, 2, false);
      call(&w, "mulu", (int64_t[]){-1, 1}, 2, (uint64_t[]){ONES, 0}, 2, false);
      /* temps(a, b): (a+1, b) - (-a, -1) with 7 below */
      call(&w, "temps", (int64_t[]){5, 3}, 2, (uint64_t[]){7, 11, 3}, 3, false);
      call(&w, "temps", (int64_t[]){-1, 0}, 2, (uint64_t[]){7, ONES, 0}, 3, false);
      call(&w, "sets", (int64_t[]){3}, 1, (uint64_t[]){ONES - 2, 2}, 2, false);
      /* chain(a, b) = a*a (signed) + a*b (unsigned); a = -2, b = 3: 4 + (2^64-2)*3 */
      call(&w, "chain", (int64_t[]){-2, 3}, 2, (uint64_t[]){(uint64_t)-2, 2}, 2, false);
      /* loop(n) = 2^63 * n(n+1)/2: n = 3 gives 6 * 2^63 = 3 * 2^64 */
      call(&w, "loop", (int64_t[]){3}, 1, (uint64_t[]){0, 3}, 2, true);
      call(&w, "loop", (int64_t[]){4}, 1, (uint64_t[]){0, 5}, 2, true);
      wclose(&w);
    }
}

Test(wide, typing_and_feature_gate) {
  wd_config cfg;
  wd_config_init(&cfg);
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e);
  size_t len;
  /* one result where two are pushed, and three operands where four are needed: type mismatch */
  static const char *const bad[] = {
      "(func (param i64 i64) (result i64) local.get 0 local.get 1 i64.mul_wide_u)",
      "(func (param i64 i64 i64) (result i64 i64) local.get 0 local.get 1 local.get 2 i64.add128)",
      "(func (param i32 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_s)",
      "(func (param i64 i64 i64 f64) (result i64 i64) local.get 0 local.get 1 local.get 2 local.get 3 i64.sub128)",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    uint8_t *b = wat(bad[i], &len);
    wd_module *m = wd_module_new(e, b, len, &err);
    wd_wat_free(NULL, b, len);
    cr_assert_null(m, "%s", bad[i]);
    cr_assert_eq(err.code, WD_E_TYPE_MISMATCH, "%s: %s", bad[i], err.message);
  }
  wd_engine_free(e);
  /* without the feature: illegal opcode, naming it */
  cfg.features = WD_FEATURES_ALL & ~WD_FEATURE_WIDE_ARITHMETIC;
  e = wd_engine_new(&cfg, &err);
  uint8_t *b = wat("(func (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_u)", &len);
  wd_module *m = wd_module_new(e, b, len, &err);
  wd_wat_free(NULL, b, len);
  cr_assert_null(m);
  cr_assert_eq(err.code, WD_E_ILLEGAL_OPCODE);
  cr_assert(strstr(err.message, "0xfc 0x16 needs feature wide-arithmetic (disabled)"), "%s", err.message);
  wd_engine_free(e);
}
