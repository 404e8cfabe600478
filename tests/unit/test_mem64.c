/* test_mem64.c — Criterion tests of memory64/table64 and custom page sizes at their edges: effective
 * addresses near 2^64 (address + offset overflow, addresses past 2^32 that must not wrap), bulk memory
 * and table ranges whose end overflows, i32/i64 copies, memory.grow/table.grow past the declared max,
 * the store's limits and 2^32 (the i64 -1), reservations of huge declared i64 memories capped by the
 * limits, 1-byte pages, and the decoder refusing the encodings when a feature is off. Every case runs
 * in every layout and mode. Modules are text, read with wd_wat_to_wasm.
 * May touch: warden.h only.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "warden.h"
#include "matrix.h"


typedef struct rig {
  wd_engine *e;
  wd_module *m;
  wd_store *s;
  wd_instance *inst;
} rig;

/* Reads text, loads and instantiates it with the given features and per-memory page limit (0: default). */
static bool rig_open(rig *r, const char *layout, wd_mode mode, uint32_t features, uint32_t max_pages,
                     const char *text, wd_error *err) {
  memset(r, 0, sizeof *r);
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = layout;
  cfg.mode = mode;
  cfg.features = features;
  cfg.limits.max_memory_pages = max_pages;
  r->e = wd_engine_new(&cfg, err);
  cr_assert(r->e, "%s", err->message);
  size_t n;
  uint8_t *bin = wd_wat_to_wasm_features(text, strlen(text), NULL, features, &n, err);
  cr_assert(bin, "%s", err->message);
  r->m = wd_module_new(r->e, bin, n, err);
  wd_wat_free(NULL, bin, n);
  if (!r->m) return false;
  r->s = wd_store_new(r->e, err);
  cr_assert(r->s, "%s", err->message);
  r->inst = wd_instantiate(r->s, r->m, NULL, 0, err);
  return r->inst != NULL;
}

static void rig_close(rig *r) {
  if (r->s) wd_store_free(r->s);
  if (r->m) wd_module_free(r->m);
  if (r->e) wd_engine_free(r->e);
}

static wd_func *fn(rig *r, const char *name) {
  wd_extern x;
  cr_assert(wd_instance_export(r->inst, name, strlen(name), &x) && x.kind == WD_EXTERN_FUNC, "export %s", name);
  return x.of.func;
}

static wd_val I32(int32_t v) { return (wd_val){.kind = WD_I32, .of.i32 = v}; }
static wd_val I64(int64_t v) { return (wd_val){.kind = WD_I64, .of.i64 = v}; }

/* Calls name(args): true with *res (one result, if any), or false with the trap code in *code. */
static bool call(rig *r, const char *name, const wd_val *args, size_t nargs, wd_val *res, wd_errcode *code) {
  wd_error err = {0};
  wd_val out[1] = {{0}};
  wd_func *f = fn(r, name);
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(f, &np, &pk, &nr, &rk);
  bool ok = wd_func_call(r->s, f, args, nargs, out, nr, &err);
  if (res) *res = out[0];
  if (code) *code = err.code;
  return ok;
}

static void expect_trap(rig *r, const char *name, const wd_val *args, size_t nargs, wd_errcode want,
                        const char *where) {
  wd_errcode code;
  wd_val res;
  cr_assert_not(call(r, name, args, nargs, &res, &code), "%s: %s did not trap", where, name);
  cr_assert_eq(code, want, "%s: %s trapped with %d, not %d", where, name, (int)code, (int)want);
}

static int64_t expect_i64(rig *r, const char *name, const wd_val *args, size_t nargs, const char *where) {
  wd_errcode code;
  wd_val res;
  cr_assert(call(r, name, args, nargs, &res, &code), "%s: %s trapped (%d)", where, name, (int)code);
  cr_assert_eq(res.kind, WD_I64, "%s: %s result kind", where, name);
  return res.of.i64;
}

static const char mem64_text[] =
    "(module (memory i64 1 3)"
    "  (func (export \"ld\") (param i64) (result i32) (i32.load (local.get 0)))"
    "  (func (export \"ld_far\") (param i64) (result i32) (i32.load offset=0xFFFFFFFFFFFFFFF0 (local.get 0)))"
    "  (func (export \"ld_4g\") (param i64) (result i32) (i32.load8_u offset=0x100000000 (local.get 0)))"
    "  (func (export \"st\") (param i64 i64) (i64.store offset=1 (local.get 0) (local.get 1)))"
    "  (func (export \"v_ld\") (param i64) (result i32)"
    "    (i32x4.extract_lane 0 (v128.load offset=0xFFFFFFFFFFFFFFFF (local.get 0))))"
    "  (func (export \"fill\") (param i64 i64) (memory.fill (local.get 0) (i32.const 7) (local.get 1)))"
    "  (func (export \"copy\") (param i64 i64 i64) (memory.copy (local.get 0) (local.get 1) (local.get 2)))"
    "  (func (export \"grow\") (param i64) (result i64) (memory.grow (local.get 0)))"
    "  (func (export \"size\") (result i64) (memory.size)))";

Test(mem64, i64_addresses_never_wrap) {
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      char where[64];
      snprintf(where, sizeof where, "%s/%d", UNIT_LAYOUT(li), (int)unit_mode(mi));
      rig r;
      wd_error err = {0};
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 0, mem64_text, &err), "%s", err.message);
      wd_val a;
      a = I64(65532);
      wd_val res;
      cr_assert(call(&r, "ld", &a, 1, &res, NULL), "%s: last i32 of the page", where);
      a = I64(65533);
      expect_trap(&r, "ld", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64((int64_t)0x100000000);             /* 2^32: must not wrap to address 0 */
      expect_trap(&r, "ld", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(-1);                                /* 2^64 - 1 */
      expect_trap(&r, "ld", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(0x20);                              /* 0x20 + 0xFFFF_FFFF_FFFF_FFF0 overflows to 0x10 */
      expect_trap(&r, "ld_far", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(0x10);                              /* ... = 2^64 exactly, wraps to 0 */
      expect_trap(&r, "ld_far", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(0);                                 /* offset 2^32 alone is out of bounds */
      expect_trap(&r, "ld_4g", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(-(int64_t)0x100000000);             /* 2^64 - 2^32 + 2^32 wraps to 0 */
      expect_trap(&r, "ld_4g", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(1);                                 /* v128 at 1 + (2^64 - 1) wraps to 0 */
      expect_trap(&r, "v_ld", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      wd_val st[2] = {I64(65528 - 1), I64(0x0102030405060708)};
      cr_assert(call(&r, "st", st, 2, NULL, NULL), "%s: store at the end", where);
      st[0] = I64(65528);
      expect_trap(&r, "st", st, 2, WD_E_TRAP_MEMORY_OOB, where);
      st[0] = I64(-1);                            /* -1 + offset 1 = 2^64 wraps to 0 */
      expect_trap(&r, "st", st, 2, WD_E_TRAP_MEMORY_OOB, where);
      a = I64(65532 - 0x100000000LL);             /* i32.load would see the low 32 bits: in bounds */
      expect_trap(&r, "ld", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      rig_close(&r);
    }
}

Test(mem64, bulk_ranges_whose_end_overflows_trap) {
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      char where[64];
      snprintf(where, sizeof where, "%s/%d", UNIT_LAYOUT(li), (int)unit_mode(mi));
      rig r;
      wd_error err = {0};
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 0, mem64_text, &err), "%s", err.message);
      wd_val f[2] = {I64(1), I64(-1)};            /* [1, 1 + 2^64 - 1) wraps to [1, 0) */
      expect_trap(&r, "fill", f, 2, WD_E_TRAP_MEMORY_OOB, where);
      f[0] = I64(65536); f[1] = I64(0);           /* empty at the end: fine */
      cr_assert(call(&r, "fill", f, 2, NULL, NULL), "%s", where);
      f[0] = I64(65537); f[1] = I64(0);           /* empty past the end: traps */
      expect_trap(&r, "fill", f, 2, WD_E_TRAP_MEMORY_OOB, where);
      f[0] = I64((int64_t)0x100000000); f[1] = I64(0);
      expect_trap(&r, "fill", f, 2, WD_E_TRAP_MEMORY_OOB, where);
      wd_val c[3] = {I64(0), I64(2), I64(-2)};    /* src 2 + (2^64 - 2) wraps to 0 */
      expect_trap(&r, "copy", c, 3, WD_E_TRAP_MEMORY_OOB, where);
      c[0] = I64(-8); c[1] = I64(0); c[2] = I64(8);
      expect_trap(&r, "copy", c, 3, WD_E_TRAP_MEMORY_OOB, where);
      c[0] = I64(16); c[1] = I64(0); c[2] = I64(65520);
      cr_assert(call(&r, "copy", c, 3, NULL, NULL), "%s: copy up to the end", where);
      rig_close(&r);
    }
}

Test(mem64, grow_past_the_max_the_limits_and_2_to_the_32) {
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      char where[64];
      snprintf(where, sizeof where, "%s/%d", UNIT_LAYOUT(li), (int)unit_mode(mi));
      rig r;
      wd_error err = {0};
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 0, mem64_text, &err), "%s", err.message);
      wd_val a = I64((int64_t)0x100000001);       /* would truncate to 1 as a u32 */
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), -1, "%s", where);
      a = I64(-1);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), -1, "%s", where);
      a = I64(3);                                 /* 1 + 3 > max 3 */
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), -1, "%s", where);
      a = I64(2);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), 1, "%s", where);
      cr_assert_eq(expect_i64(&r, "size", NULL, 0, where), 3, "%s", where);
      a = I64(0);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), 3, "%s", where);
      rig_close(&r);
      /* The store's per-memory limit (2 pages) holds for i64 memories too */
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 2, mem64_text, &err), "%s", err.message);
      a = I64(2);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), -1, "%s", where);
      a = I64(1);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), 1, "%s", where);
      rig_close(&r);
    }
}

Test(mem64, huge_declared_i64_memories_reserve_only_what_the_limits_allow) {
  rig r;
  wd_error err = {0};
  /* a max of 2^48 pages: instantiates, reserving at most the limits' worth */
  cr_assert(rig_open(&r, "union16", WD_MODE_EAGER, WD_FEATURES_ALL, 4,
                     "(module (memory (export \"m\") i64 1 0x1000000000000)"
                     "  (func (export \"grow\") (param i64) (result i64) (memory.grow (local.get 0))))",
                     &err), "%s", err.message);
  wd_val a = I64(3);
  cr_assert_eq(expect_i64(&r, "grow", &a, 1, "capped"), 1);
  a = I64(1);
  cr_assert_eq(expect_i64(&r, "grow", &a, 1, "capped"), -1);
  wd_extern x;
  cr_assert(wd_instance_export(r.inst, "m", 1, &x) && x.kind == WD_EXTERN_MEMORY);
  cr_assert_eq(wd_memory_size(x.of.memory), 4u * 65536u);
  rig_close(&r);
  /* a min beyond the limits fails as a limit, without trying to reserve it */
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, WD_FEATURES_ALL, 0,
                         "(module (memory i64 0x100000000))", &err));
  cr_assert_eq(err.code, WD_E_LIMIT_MEMORY, "%s", err.message);
  rig_close(&r);
}

Test(mem64, table64_indices_and_growth) {
  static const char text[] =
      "(module (type $t (func (result i32))) (table $t64 i64 2 4 funcref) (elem (table $t64) (i64.const 1) func $f)"
      "  (func $f (result i32) (i32.const 42))"
      "  (func (export \"get\") (param i64) (result i32) (ref.is_null (table.get $t64 (local.get 0))))"
      "  (func (export \"call\") (param i64) (result i32) (call_indirect $t64 (type $t) (local.get 0)))"
      "  (func (export \"grow\") (param i64) (result i64) (table.grow $t64 (ref.null func) (local.get 0)))"
      "  (func (export \"fill\") (param i64 i64) (table.fill $t64 (local.get 0) (ref.null func) (local.get 1)))"
      "  (func (export \"size\") (result i64) (table.size $t64)))";
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      char where[64];
      snprintf(where, sizeof where, "%s/%d", UNIT_LAYOUT(li), (int)unit_mode(mi));
      rig r;
      wd_error err = {0};
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 0, text, &err), "%s", err.message);
      wd_val a = I64(1), res;
      cr_assert(call(&r, "call", &a, 1, &res, NULL) && res.of.i32 == 42, "%s", where);
      a = I64((int64_t)0x100000001);              /* would truncate to 1 */
      expect_trap(&r, "call", &a, 1, WD_E_TRAP_UNDEFINED_ELEMENT, where);
      expect_trap(&r, "get", &a, 1, WD_E_TRAP_TABLE_OOB, where);
      wd_val f[2] = {I64(1), I64(-1)};
      expect_trap(&r, "fill", f, 2, WD_E_TRAP_TABLE_OOB, where);
      a = I64((int64_t)0x100000000);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), -1, "%s", where);
      a = I64(3);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), -1, "%s", where);
      a = I64(2);
      cr_assert_eq(expect_i64(&r, "grow", &a, 1, where), 2, "%s", where);
      cr_assert_eq(expect_i64(&r, "size", NULL, 0, where), 4, "%s", where);
      rig_close(&r);
    }
}

Test(mem64, copies_between_i32_and_i64_memories) {
  static const char text[] =
      "(module (memory $a 1) (memory $b i64 1)"
      "  (func (export \"to64\") (param i64 i32 i32) (memory.copy $b $a (local.get 0) (local.get 1) (local.get 2)))"
      "  (func (export \"to32\") (param i32 i64 i32) (memory.copy $a $b (local.get 0) (local.get 1) (local.get 2)))"
      "  (func (export \"ld64\") (param i64) (result i32) (i32.load8_u $b (local.get 0))))";
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      char where[64];
      snprintf(where, sizeof where, "%s/%d", UNIT_LAYOUT(li), (int)unit_mode(mi));
      rig r;
      wd_error err = {0};
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 0, text, &err), "%s", err.message);
      wd_val c[3] = {I64((int64_t)0x100000000), I32(0), I32(0)};   /* dst 2^32 in the i64 memory */
      expect_trap(&r, "to64", c, 3, WD_E_TRAP_MEMORY_OOB, where);
      c[0] = I64(65536); c[1] = I32(0); c[2] = I32(0);
      cr_assert(call(&r, "to64", c, 3, NULL, NULL), "%s", where);
      wd_val d[3] = {I32(0), I64(-1), I32(1)};
      expect_trap(&r, "to32", d, 3, WD_E_TRAP_MEMORY_OOB, where);
      d[1] = I64(65535);
      cr_assert(call(&r, "to32", d, 3, NULL, NULL), "%s", where);
      rig_close(&r);
    }
}

Test(mem64, one_byte_pages) {
  static const char text[] =
      "(module (memory 1 8 (pagesize 1))"
      "  (func (export \"ld\") (param i32) (result i32) (i32.load8_u (local.get 0)))"
      "  (func (export \"ld32\") (param i32) (result i32) (i32.load (local.get 0)))"
      "  (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0)))"
      "  (func (export \"size\") (result i32) (memory.size)))";
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      char where[64];
      snprintf(where, sizeof where, "%s/%d", UNIT_LAYOUT(li), (int)unit_mode(mi));
      rig r;
      wd_error err = {0};
      cr_assert(rig_open(&r, UNIT_LAYOUT(li), unit_mode(mi), WD_FEATURES_ALL, 0, text, &err), "%s", err.message);
      wd_val a = I32(0), res;
      cr_assert(call(&r, "ld", &a, 1, &res, NULL), "%s", where);
      a = I32(1);
      expect_trap(&r, "ld", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I32(0);
      expect_trap(&r, "ld32", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I32(3);
      cr_assert(call(&r, "grow", &a, 1, &res, NULL) && res.of.i32 == 1, "%s", where);
      cr_assert(call(&r, "size", NULL, 0, &res, NULL) && res.of.i32 == 4, "%s", where);
      a = I32(0);
      cr_assert(call(&r, "ld32", &a, 1, &res, NULL), "%s", where);
      a = I32(1);
      expect_trap(&r, "ld32", &a, 1, WD_E_TRAP_MEMORY_OOB, where);
      a = I32(5);                                 /* 4 + 5 > max 8 */
      cr_assert(call(&r, "grow", &a, 1, &res, NULL) && res.of.i32 == -1, "%s", where);
      rig_close(&r);
    }
}

Test(mem64, invalid_offsets_and_page_sizes) {
  rig r;
  wd_error err = {0};
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, WD_FEATURES_ALL, 0,
                         "(module (memory 1) (func (drop (i32.load offset=0x100000000 (i32.const 0)))))", &err));
  cr_assert_eq(err.code, WD_E_OFFSET_RANGE, "%s", err.message);
  rig_close(&r);
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, WD_FEATURES_ALL, 0, "(module (memory 0 (pagesize 4096)))", &err));
  cr_assert_eq(err.code, WD_E_PAGE_SIZE, "%s", err.message);
  rig_close(&r);
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, WD_FEATURES_ALL, 0, "(module (memory 65537))", &err));
  cr_assert_eq(err.code, WD_E_MEMORY_SIZE_LIMIT, "%s", err.message);
  rig_close(&r);
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, WD_FEATURES_ALL, 0, "(module (memory i64 0x1000000000001))", &err));
  cr_assert_eq(err.code, WD_E_MEMORY_SIZE_LIMIT, "%s", err.message);
  rig_close(&r);
}

Test(mem64, disabled_features_reject_their_encodings) {
  rig r;
  wd_error err = {0};
  uint32_t no64 = WD_FEATURES_ALL & ~(uint32_t)WD_FEATURE_MEMORY64;
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, no64, 0, "(module (memory i64 1))", &err));
  cr_assert_eq(err.code, WD_E_MALFORMED_LIMITS, "%s", err.message);
  cr_assert(strstr(err.message, "memory64"), "%s", err.message);
  rig_close(&r);
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, no64, 0, "(module (table i64 1 funcref))", &err));
  cr_assert_eq(err.code, WD_E_MALFORMED_LIMITS, "%s", err.message);
  rig_close(&r);
  uint32_t nocps = WD_FEATURES_ALL & ~(uint32_t)WD_FEATURE_CUSTOM_PAGE_SIZES;
  cr_assert_not(rig_open(&r, "union16", WD_MODE_EAGER, nocps, 0, "(module (memory 1 (pagesize 1)))", &err));
  cr_assert_eq(err.code, WD_E_MALFORMED_LIMITS, "%s", err.message);
  cr_assert(strstr(err.message, "custom-page-sizes"), "%s", err.message);
  rig_close(&r);
}
