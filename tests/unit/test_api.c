/* test_api.c — Criterion tests of the public API (include/warden.h) and of the store/instance stages
 * behind it: misuse (NULLs, wrong arity and types, unknown layout and exports), globals, tables and
 * memories through the API, memory bounds, limits, import matching, Wasm 2.0 segment/start semantics,
 * and calls into hand-assembled modules with host imports.
 * May touch: warden.h and, for a few internal checks, runtime.h.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "warden.h"
#include "runtime.h"
#include "matrix.h"

/* Modules below were assembled with wat2wasm from the text in the comment above each. */
/* (module
 *   (type $bin (func (param i32 i32) (result i32)))
 *   (import "env" "add" (func $add (type $bin)))
 *   (import "env" "g" (global $g i32))
 *   (memory (export "mem") 1 2)
 *   (global $cnt (export "cnt") (mut i32) (global.get $g))
 *   (table (export "tab") 2 funcref)
 *   (elem (i32.const 0) $twice)
 *   (data (i32.const 16) "hello")
 *   (func $twice (export "twice") (param i32) (result i32)
 *     (call $add (local.get 0) (local.get 0)))
 *   (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
 *   (func (export "bump") (result i32)
 *     (global.set $cnt (i32.add (global.get $cnt) (i32.const 1))) (global.get $cnt))
 *   (func (export "call0") (result i32) (call_indirect (type $bin) (i32.const 1) (i32.const 2) (i32.const 1)))
 * ) */
static const uint8_t mod_main[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x10, 0x03, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60,
  0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x01, 0x7f, 0x02, 0x14, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x61, 0x64,
  0x64, 0x00, 0x00, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x67, 0x03, 0x7f, 0x00, 0x03, 0x05, 0x04, 0x01, 0x01, 0x02,
  0x02, 0x04, 0x04, 0x01, 0x70, 0x00, 0x02, 0x05, 0x04, 0x01, 0x01, 0x01, 0x02, 0x06, 0x06, 0x01, 0x7f, 0x01,
  0x23, 0x00, 0x0b, 0x07, 0x31, 0x07, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x03, 0x63, 0x6e, 0x74, 0x03, 0x01,
  0x03, 0x74, 0x61, 0x62, 0x01, 0x00, 0x05, 0x74, 0x77, 0x69, 0x63, 0x65, 0x00, 0x01, 0x04, 0x6c, 0x6f, 0x61,
  0x64, 0x00, 0x02, 0x04, 0x62, 0x75, 0x6d, 0x70, 0x00, 0x03, 0x05, 0x63, 0x61, 0x6c, 0x6c, 0x30, 0x00, 0x04,
  0x09, 0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x01, 0x0a, 0x2a, 0x04, 0x08, 0x00, 0x20, 0x00, 0x20, 0x00,
  0x10, 0x00, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x2d, 0x00, 0x00, 0x0b, 0x0b, 0x00, 0x23, 0x01, 0x41, 0x01, 0x6a,
  0x24, 0x01, 0x23, 0x01, 0x0b, 0x0b, 0x00, 0x41, 0x01, 0x41, 0x02, 0x41, 0x01, 0x11, 0x00, 0x00, 0x0b, 0x0b,
  0x0b, 0x01, 0x00, 0x41, 0x10, 0x0b, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f
};

/* (module
 *   (import "env" "tab" (table 2 funcref))
 *   (import "env" "mem" (memory 1))
 *   (func $f (result i32) (i32.const 42))
 *   (elem (i32.const 1) $f)
 *   (data (i32.const 65535) "ab")) */
static const uint8_t mod_oob[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x02, 0x18, 0x02,
  0x03, 0x65, 0x6e, 0x76, 0x03, 0x74, 0x61, 0x62, 0x01, 0x70, 0x00, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x6d,
  0x65, 0x6d, 0x02, 0x00, 0x01, 0x03, 0x02, 0x01, 0x00, 0x09, 0x07, 0x01, 0x00, 0x41, 0x01, 0x0b, 0x01, 0x00,
  0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b, 0x0b, 0x0a, 0x01, 0x00, 0x41, 0xff, 0xff, 0x03, 0x0b, 0x02,
  0x61, 0x62
};

/* (module (func $s unreachable) (start $s)) */
static const uint8_t mod_start_trap[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
  0x08, 0x01, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b
};

/* (module
 *   (import "env" "mem" (memory 1 2))
 *   (import "env" "tab" (table 1 5 externref))
 *   (import "env" "gm" (global (mut i64)))
 *   (import "env" "f" (func (param f32) (result f64)))) */
static const uint8_t mod_imports[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60, 0x01, 0x7d, 0x01, 0x7c, 0x02, 0x2c,
  0x04, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x01, 0x01, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x03,
  0x74, 0x61, 0x62, 0x01, 0x6f, 0x01, 0x01, 0x05, 0x03, 0x65, 0x6e, 0x76, 0x02, 0x67, 0x6d, 0x03, 0x7e, 0x01,
  0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00
};

/* (module
 *   (global (export "five") i32 (i32.add (i32.const 2) (i32.mul (i32.const 1) (i32.const 3))))
 *   (global (export "big") i64 (i64.sub (i64.const 0) (i64.const 1)))
 *   (global (export "vec") v128 (v128.const i32x4 1 2 3 4))
 *   (global (export "pi") f64 (f64.const 3.5))
 *   (global (export "fr") funcref (ref.func $f))
 *   (func $f (export "f") (param i64 f32) (result f32 i64) (local.get 1) (local.get 0))) */
static const uint8_t mod_consts[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x01, 0x60, 0x02, 0x7e, 0x7d, 0x02, 0x7d, 0x7e,
  0x03, 0x02, 0x01, 0x00, 0x06, 0x3a, 0x05, 0x7f, 0x00, 0x41, 0x02, 0x41, 0x01, 0x41, 0x03, 0x6c, 0x6a, 0x0b,
  0x7e, 0x00, 0x42, 0x00, 0x42, 0x01, 0x7d, 0x0b, 0x7b, 0x00, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x02, 0x00,
  0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x0b, 0x7c, 0x00, 0x44, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x0c, 0x40, 0x0b, 0x70, 0x00, 0xd2, 0x00, 0x0b, 0x07, 0x22, 0x06, 0x04, 0x66, 0x69, 0x76, 0x65,
  0x03, 0x00, 0x03, 0x62, 0x69, 0x67, 0x03, 0x01, 0x03, 0x76, 0x65, 0x63, 0x03, 0x02, 0x02, 0x70, 0x69, 0x03,
  0x03, 0x02, 0x66, 0x72, 0x03, 0x04, 0x01, 0x66, 0x00, 0x00, 0x0a, 0x08, 0x01, 0x06, 0x00, 0x20, 0x01, 0x20,
  0x00, 0x0b
};

/* (module (func (export "bad") (result i32) (i64.const 0))) */
static const uint8_t mod_invalid_body[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01,
  0x00, 0x07, 0x07, 0x01, 0x03, 0x62, 0x61, 0x64, 0x00, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x42, 0x00, 0x0b
};

/* ---------------------------------------------------------------- helpers */

static wd_val vi32(int32_t x) { wd_val v; memset(&v, 0, sizeof v); v.kind = WD_I32; v.of.i32 = x; return v; }
static wd_val vi64(int64_t x) { wd_val v; memset(&v, 0, sizeof v); v.kind = WD_I64; v.of.i64 = x; return v; }
static wd_val vfunc(wd_func *f) { wd_val v; memset(&v, 0, sizeof v); v.kind = WD_FUNCREF; v.of.func = f; return v; }
static wd_val vextern(void *p) { wd_val v; memset(&v, 0, sizeof v); v.kind = WD_EXTERNREF; v.of.externref = p; return v; }

static wd_engine *engine_with(const char *layout, wd_mode mode) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = layout;
  cfg.mode = mode;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e, "engine: %s", err.message);
  return e;
}

typedef struct host_state {
  int calls;
  int saw_hello;                 /* the caller's memory held "hello" at 16 */
} host_state;

static bool host_add(wd_caller *caller, void *user, const wd_val *args, wd_val *results) {
  host_state *hs = user;
  hs->calls++;
  if (args[0].of.i32 == 99) return wd_caller_trap(caller, WD_E_TRAP_EXIT, "host says no");
  wd_memory *mem = wd_caller_memory(caller, 0);
  char buf[5];
  if (mem && wd_memory_read(mem, 16, buf, 5) && memcmp(buf, "hello", 5) == 0) hs->saw_hello = 1;
  cr_assert_eq(wd_caller_memory(caller, 1), NULL);
  cr_assert_not_null(wd_caller_store(caller));
  results[0] = vi32(args[0].of.i32 + args[1].of.i32);
  return true;
}

static const wd_valkind bin_params[] = {WD_I32, WD_I32};
static const wd_valkind one_i32[] = {WD_I32};

/* ---------------------------------------------------------------- configuration, engines */

Test(api, config_defaults) {
  wd_config cfg;
  memset(&cfg, 0xAB, sizeof cfg);
  wd_config_init(&cfg);
  cr_assert_null(cfg.layout);
  cr_assert_eq(cfg.mode, WD_MODE_LAZY_TRANSLATION);
  cr_assert_eq(cfg.features, WD_FEATURES_DEFAULT);
  cr_assert_null(cfg.allocator);
  cr_assert_eq(cfg.limits.max_memory_pages, 0);
  cr_assert_eq(cfg.limits.max_stack_bytes, 0);
  wd_config_init(NULL);          /* must not crash */
}

Test(api, unknown_layout) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = "no-such-layout";
  wd_error err;
  cr_assert_null(wd_engine_new(&cfg, &err));
  cr_assert_eq(err.code, WD_E_UNKNOWN_LAYOUT);
  cr_assert_null(wd_engine_new(&cfg, NULL));   /* err may be NULL */
  cr_assert_eq(wd_layout_record_size("no-such-layout"), 0);
}

Test(api, bad_mode_and_features) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.mode = (wd_mode)7;
  wd_error err;
  cr_assert_null(wd_engine_new(&cfg, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  wd_config_init(&cfg);
  cfg.features = 1u << 31;                 /* no such feature */
  cr_assert_null(wd_engine_new(&cfg, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
}

Test(api, default_engine_and_layouts) {
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  cr_assert_not_null(e, "%s", err.message);
  cr_assert_eq(e->layout, wd_layout_find(WD_DEFAULT_LAYOUT));
  cr_assert_eq(e->limits.max_memory_pages, WD_DEFAULT_MAX_MEMORY_PAGES);
  cr_assert_eq(e->limits.max_instances, WD_DEFAULT_MAX_INSTANCES);
  wd_engine_free(e);
  const char *const *names = wd_layout_names();
  cr_assert_not_null(names);
  size_t n = 0;
  for (; names[n]; n++) {
    cr_assert_gt(wd_layout_record_size(names[n]), 0, "layout %s", names[n]);
    wd_engine *le = engine_with(names[n], WD_MODE_EAGER);
    cr_assert_str_eq(le->layout->name, names[n]);
    wd_engine_free(le);
  }
  cr_assert_geq(n, 1);
}

Test(api, null_arguments) {
  wd_error err;
  wd_engine_free(NULL);
  wd_store_free(NULL);
  wd_module_free(NULL);
  cr_assert_null(wd_store_new(NULL, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_module_new(NULL, mod_main, sizeof mod_main, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  cr_assert_null(wd_module_new(e, NULL, 8, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_not(wd_module_validate(NULL, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_not(wd_module_promote_all(NULL, &err));
  cr_assert_eq(wd_module_import_count(NULL), 0);
  cr_assert_eq(wd_module_export_count(NULL), 0);
  cr_assert_eq(wd_module_func_count(NULL), 0);
  cr_assert_eq(wd_module_section_count(NULL), 0);
  cr_assert_not(wd_module_disasm(NULL, 0, stdout, &err));
  wd_module_stats st;
  memset(&st, 0xFF, sizeof st);
  wd_module_stats_get(NULL, &st);
  cr_assert_eq(st.functions, 0);
  wd_store *s = wd_store_new(e, &err);
  cr_assert_not_null(s);
  cr_assert_null(wd_instantiate(NULL, NULL, NULL, 0, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_instantiate(s, NULL, NULL, 0, &err));
  wd_extern x;
  cr_assert_not(wd_instance_export(NULL, "f", 1, &x));
  cr_assert_null(wd_func_new_host(s, NULL, 0, NULL, 0, NULL, NULL, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_func_new_host(s, NULL, 2, NULL, 0, host_add, NULL, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_func_new_host(NULL, NULL, 0, NULL, 0, host_add, NULL, &err));
  cr_assert_not(wd_func_call(s, NULL, NULL, 0, NULL, 0, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_not(wd_func_call(NULL, NULL, NULL, 0, NULL, 0, NULL));
  uint32_t np = 7;
  const wd_valkind *p = one_i32;
  wd_func_type(NULL, &np, &p, NULL, NULL);
  cr_assert_eq(np, 0);
  cr_assert_null(p);
  cr_assert_null(wd_caller_memory(NULL, 0));
  cr_assert_null(wd_caller_store(NULL));
  cr_assert_not(wd_caller_trap(NULL, WD_E_TRAP_HOST, "x"));
  cr_assert_null(wd_global_new(NULL, WD_I32, false, vi32(0), &err));
  cr_assert_eq(wd_global_get(NULL).kind, 0);
  cr_assert_not(wd_global_set(NULL, vi32(1), &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_table_new(NULL, WD_FUNCREF, 1, 1, vfunc(NULL), &err));
  cr_assert_eq(wd_table_size(NULL), 0);
  wd_val v;
  cr_assert_not(wd_table_get(NULL, 0, &v));
  cr_assert_not(wd_table_set(NULL, 0, vfunc(NULL), &err));
  cr_assert_null(wd_memory_new(NULL, 1, 1, &err));
  cr_assert_eq(wd_memory_pages(NULL), 0);
  cr_assert_eq(wd_memory_size(NULL), 0);
  cr_assert_null(wd_memory_data(NULL));
  uint8_t b;
  cr_assert_not(wd_memory_read(NULL, 0, &b, 1));
  cr_assert_not(wd_memory_write(NULL, 0, &b, 1));
  cr_assert_eq(wd_memory_grow(NULL, 1), -1);
  wd_store_free(s);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- globals */

Test(api, globals) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  wd_store *s = wd_store_new(e, &err);
  wd_global *g = wd_global_new(s, WD_I32, true, vi32(-5), &err);
  cr_assert_not_null(g, "%s", err.message);
  wd_valkind k;
  bool mut;
  wd_global_type(g, &k, &mut);
  cr_assert_eq(k, WD_I32);
  cr_assert(mut);
  cr_assert_eq(wd_global_get(g).kind, WD_I32);
  cr_assert_eq(wd_global_get(g).of.i32, -5);
  cr_assert(wd_global_set(g, vi32(77), &err));
  cr_assert_eq(wd_global_get(g).of.i32, 77);
  cr_assert_not(wd_global_set(g, vi64(1), &err));
  cr_assert_eq(err.code, WD_E_ARG_TYPE);
  cr_assert_eq(wd_global_get(g).of.i32, 77);

  wd_global *c = wd_global_new(s, WD_I64, false, vi64(INT64_MIN), &err);
  cr_assert_not_null(c);
  cr_assert_not(wd_global_set(c, vi64(0), &err));
  cr_assert_eq(err.code, WD_E_GLOBAL_IMMUTABLE);
  cr_assert_eq(wd_global_get(c).of.i64, INT64_MIN);

  cr_assert_null(wd_global_new(s, WD_F32, false, vi32(0), &err));
  cr_assert_eq(err.code, WD_E_ARG_TYPE);
  cr_assert_null(wd_global_new(s, (wd_valkind)0x55, false, vi32(0), &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);

  /* A NaN with a payload survives bit for bit; v128 keeps all 16 bytes. */
  wd_val nan;
  memset(&nan, 0, sizeof nan);
  nan.kind = WD_F64;
  nan.of.f64_bits = 0x7FF4000000000123ull;
  wd_global *gn = wd_global_new(s, WD_F64, true, nan, &err);
  cr_assert_eq(wd_global_get(gn).of.f64_bits, 0x7FF4000000000123ull);
  wd_val vec;
  memset(&vec, 0, sizeof vec);
  vec.kind = WD_V128;
  for (int i = 0; i < 16; i++) vec.of.v128[i] = (uint8_t)(i * 17 + 1);
  wd_global *gv = wd_global_new(s, WD_V128, true, vec, &err);
  cr_assert_not_null(gv);
  wd_val back = wd_global_get(gv);
  cr_assert_eq(back.kind, WD_V128);
  cr_assert_arr_eq(back.of.v128, vec.of.v128, 16);

  wd_global *ge = wd_global_new(s, WD_EXTERNREF, true, vextern(&k), &err);
  cr_assert_eq(wd_global_get(ge).of.externref, &k);
  cr_assert(wd_global_set(ge, vextern(NULL), &err));
  cr_assert_null(wd_global_get(ge).of.externref);
  wd_store_free(s);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- tables */

Test(api, tables) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  wd_store *s = wd_store_new(e, &err);
  host_state hs = {0};
  wd_func *f = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_add, &hs, &err);
  cr_assert_not_null(f, "%s", err.message);

  wd_table *t = wd_table_new(s, WD_FUNCREF, 2, 4, vfunc(NULL), &err);
  cr_assert_not_null(t, "%s", err.message);
  cr_assert_eq(wd_table_size(t), 2);
  wd_val v;
  cr_assert(wd_table_get(t, 1, &v));
  cr_assert_eq(v.kind, WD_FUNCREF);
  cr_assert_null(v.of.func);
  cr_assert(wd_table_set(t, 1, vfunc(f), &err));
  cr_assert(wd_table_get(t, 1, &v));
  cr_assert_eq(v.of.func, f);
  cr_assert_not(wd_table_get(t, 2, &v));
  cr_assert_not(wd_table_set(t, 2, vfunc(f), &err));
  cr_assert_eq(err.code, WD_E_TRAP_TABLE_OOB);
  cr_assert_not(wd_table_set(t, 0, vextern(NULL), &err));
  cr_assert_eq(err.code, WD_E_ARG_TYPE);

  /* Growth: to the declared max and no further; new slots get the init value. */
  cr_assert_eq(wd_table_grow_elems(s, t, 1, (uint64_t)(uintptr_t)f), 2);
  cr_assert_eq(wd_table_size(t), 3);
  cr_assert(wd_table_get(t, 2, &v));
  cr_assert_eq(v.of.func, f);
  cr_assert_eq(wd_table_grow_elems(s, t, 2, 0), -1);
  cr_assert_eq(wd_table_grow_elems(s, t, 0, 0), 3);
  cr_assert_eq(wd_table_grow_elems(s, t, 1, 0), 3);
  cr_assert_eq(wd_table_grow_elems(s, t, 1, 0), -1);
  cr_assert_eq(wd_table_grow_elems(s, t, UINT32_MAX, 0), -1);
  cr_assert_eq(wd_table_size(t), 4);

  wd_table *x = wd_table_new(s, WD_EXTERNREF, 0, WD_NO_MAX, vextern(&hs), &err);
  cr_assert_not_null(x);
  cr_assert_eq(wd_table_size(x), 0);
  cr_assert_eq(wd_table_grow_elems(s, x, 1000, (uint64_t)(uintptr_t)&hs), 0);
  cr_assert(wd_table_get(x, 999, &v));
  cr_assert_eq(v.kind, WD_EXTERNREF);
  cr_assert_eq(v.of.externref, &hs);

  cr_assert_null(wd_table_new(s, WD_FUNCREF, 5, 4, vfunc(NULL), &err));
  cr_assert_eq(err.code, WD_E_LIMITS_MIN_MAX);
  cr_assert_null(wd_table_new(s, WD_I32, 1, 4, vi32(0), &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_table_new(s, WD_FUNCREF, 1, 4, vextern(NULL), &err));
  cr_assert_eq(err.code, WD_E_ARG_TYPE);
  wd_store_free(s);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- memories */

Test(api, memories) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  wd_store *s = wd_store_new(e, &err);
  wd_memory *m = wd_memory_new(s, 1, 3, &err);
  cr_assert_not_null(m, "%s", err.message);
  cr_assert_eq(wd_memory_pages(m), 1);
  cr_assert_eq(wd_memory_size(m), 65536);
  cr_assert_not_null(wd_memory_data(m));
  cr_assert_eq(wd_memory_data(m)[65535], 0);

  uint32_t word = 0xDEADBEEF, back = 0;
  cr_assert(wd_memory_write(m, 65532, &word, 4));
  cr_assert(wd_memory_read(m, 65532, &back, 4));
  cr_assert_eq(back, 0xDEADBEEF);
  cr_assert_not(wd_memory_write(m, 65533, &word, 4));
  cr_assert_not(wd_memory_read(m, 65533, &back, 4));
  cr_assert_not(wd_memory_read(m, UINT64_MAX, &back, 4));
  cr_assert_not(wd_memory_read(m, UINT64_MAX - 1, &back, 2));
  cr_assert_not(wd_memory_read(m, 4, &back, SIZE_MAX));
  cr_assert_not(wd_memory_read(m, 0, NULL, 4));
  cr_assert(wd_memory_read(m, 65536, &back, 0));     /* an empty range at the end is in bounds */
  cr_assert_not(wd_memory_read(m, 65537, &back, 0));

  /* Growth keeps the contents, zero-fills, and stops at the declared max. */
  cr_assert_eq(wd_memory_grow(m, 1), 1);
  cr_assert_eq(wd_memory_pages(m), 2);
  cr_assert_eq(wd_memory_size(m), 131072);
  cr_assert(wd_memory_read(m, 65532, &back, 4));
  cr_assert_eq(back, 0xDEADBEEF);
  uint8_t tail[16];
  memset(tail, 0xFF, sizeof tail);
  cr_assert(wd_memory_read(m, 131072 - 16, tail, 16));
  for (int i = 0; i < 16; i++) cr_assert_eq(tail[i], 0);
  cr_assert_eq(wd_memory_grow(m, 2), -1);
  cr_assert_eq(wd_memory_grow(m, 0), 2);
  cr_assert_eq(wd_memory_grow(m, 1), 2);
  cr_assert_eq(wd_memory_grow(m, 1), -1);
  cr_assert_eq(wd_memory_grow(m, UINT32_MAX), -1);
  cr_assert_eq(wd_memory_pages(m), 3);

  /* A memory of zero pages: nothing is in bounds except the empty range at 0. */
  wd_memory *z = wd_memory_new(s, 0, WD_NO_MAX, &err);
  cr_assert_not_null(z);
  cr_assert_eq(wd_memory_size(z), 0);
  cr_assert(wd_memory_read(z, 0, &back, 0));
  cr_assert_not(wd_memory_read(z, 0, &back, 1));
  cr_assert_eq(wd_memory_grow(z, 1), 0);
  cr_assert(wd_memory_write(z, 100, &word, 4));

  cr_assert_null(wd_memory_new(s, 2, 1, &err));
  cr_assert_eq(err.code, WD_E_LIMITS_MIN_MAX);
  cr_assert_null(wd_memory_new(s, 65537, WD_NO_MAX, &err));
  cr_assert_eq(err.code, WD_E_MEMORY_SIZE_LIMIT);
  wd_store_free(s);
  wd_engine_free(e);
}

Test(api, limits) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.limits.max_memory_pages = 2;
  cfg.limits.max_table_elems = 10;
  cfg.limits.max_stack_bytes = 4096 * 8;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e);
  cr_assert_eq(e->limits.max_call_depth, WD_DEFAULT_MAX_CALL_DEPTH);   /* zeros take the defaults */
  wd_store *s = wd_store_new(e, &err);
  cr_assert_null(wd_memory_new(s, 3, WD_NO_MAX, &err));
  cr_assert_eq(err.code, WD_E_LIMIT_MEMORY);
  wd_memory *m = wd_memory_new(s, 1, 100, &err);
  cr_assert_not_null(m);
  cr_assert_eq(wd_memory_grow(m, 2), -1);
  cr_assert_eq(wd_memory_grow(m, 1), 1);
  cr_assert_eq(wd_memory_grow(m, 1), -1);
  cr_assert_null(wd_table_new(s, WD_FUNCREF, 11, WD_NO_MAX, vfunc(NULL), &err));
  cr_assert_eq(err.code, WD_E_LIMIT_TABLE);
  wd_table *t = wd_table_new(s, WD_FUNCREF, 8, WD_NO_MAX, vfunc(NULL), &err);
  cr_assert_not_null(t);
  cr_assert_eq(wd_table_grow_elems(s, t, 3, 0), -1);
  cr_assert_eq(wd_table_grow_elems(s, t, 2, 0), 8);
  /* The value stack grows on demand up to max_stack_bytes. */
  cr_assert(wd_store_stack_reserve(s, 100));
  cr_assert_geq(s->stack_slots, 100);
  cr_assert(wd_store_stack_reserve(s, 4096));
  cr_assert_not(wd_store_stack_reserve(s, 4097));
  cr_assert_eq(s->stack_slots, 4096);
  wd_store_free(s);
  wd_engine_free(e);
}

/* Store-wide limits: every memory and table of the store together; the reservation budget. */
Test(api, store_wide_limits) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.limits.max_total_memory_bytes = 3 * 65536;
  cfg.limits.max_total_table_elems = 100;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e);
  wd_store *s = wd_store_new(e, &err);
  wd_memory *a = wd_memory_new(s, 2, WD_NO_MAX, &err);
  cr_assert_not_null(a);
  cr_assert_null(wd_memory_new(s, 2, WD_NO_MAX, &err));
  cr_assert_eq(err.code, WD_E_LIMIT_MEMORY);
  cr_assert(strstr(err.message, "already hold 131072 of at most 196608 bytes"), "%s", err.message);
  wd_memory *b = wd_memory_new(s, 1, WD_NO_MAX, &err);
  cr_assert_not_null(b);
  cr_assert_eq(wd_memory_grow(a, 1), -1);            /* the store's total, not the memory's own max */
  cr_assert_eq(wd_memory_grow(b, 0), 1);
  wd_table *t1 = wd_table_new(s, WD_FUNCREF, 60, WD_NO_MAX, vfunc(NULL), &err);
  cr_assert_not_null(t1);
  cr_assert_null(wd_table_new(s, WD_FUNCREF, 50, WD_NO_MAX, vfunc(NULL), &err));
  cr_assert_eq(err.code, WD_E_LIMIT_TABLE);
  wd_table *t2 = wd_table_new(s, WD_FUNCREF, 40, WD_NO_MAX, vfunc(NULL), &err);
  cr_assert_not_null(t2);
  cr_assert_eq(wd_table_grow_elems(s, t2, 1, 0), -1);
  wd_usage u;
  cr_assert(wd_store_usage(s, &u));
  cr_assert_eq(u.memory_bytes, 3 * 65536);
  cr_assert_eq(u.table_elems, 100);
  cr_assert_not(wd_store_usage(NULL, &u));
  /* Raising the store's limit lets them grow on (each reserved room for the total it was made under). */
  wd_limits more = {0};
  more.max_total_memory_bytes = 4 * 65536;
  cr_assert(wd_store_set_limits(s, &more, &err));
  cr_assert_eq(wd_memory_grow(a, 1), 2);
  wd_store_free(s);
  wd_engine_free(e);
}

/* A memory's base never moves as it grows, and its new pages read as zero. */
Test(api, memory_grows_in_place) {
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_store *s = wd_store_new(e, &err);
  wd_memory *m = wd_memory_new(s, 1, WD_NO_MAX, &err);
  cr_assert_not_null(m);
  uint8_t *base = wd_memory_data(m);
  base[65535] = 7;
  for (int i = 0; i < 64; i++) cr_assert_eq(wd_memory_grow(m, 1), 1 + i);
  uint8_t *after = wd_memory_data(m);
#if WD_VMEM_MMAP
  cr_assert_eq(after, base);
#endif
  cr_assert_eq(after[65535], 7);
  for (size_t i = 65536; i < wd_memory_size(m); i += 4093) cr_assert_eq(after[i], 0);
  wd_store_free(s);
  wd_engine_free(e);
}

#if WD_VMEM_MMAP
/* Address space is a budget too: a memory whose full room does not fit gets what is left (and can grow
 * only that far); one that cannot get its minimum fails with "address space limit exceeded". */
Test(api, reservation_budget) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.limits.max_reserved_bytes = 3 * 65536;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  wd_store *s = wd_store_new(e, &err);
  wd_memory *m = wd_memory_new(s, 1, WD_NO_MAX, &err);
  cr_assert_not_null(m);
  cr_assert_eq(wd_memory_grow(m, 2), 1);
  cr_assert_eq(wd_memory_grow(m, 1), -1);
  cr_assert_null(wd_memory_new(s, 1, WD_NO_MAX, &err));
  cr_assert_eq(err.code, WD_E_LIMIT_ADDRESS_SPACE);
  cr_assert_null(wd_table_new(s, WD_FUNCREF, 1, WD_NO_MAX, vfunc(NULL), &err));
  cr_assert_eq(err.code, WD_E_LIMIT_ADDRESS_SPACE);
  wd_usage u;
  cr_assert(wd_store_usage(s, &u));
  cr_assert_eq(u.reserved_bytes, 3 * 65536);
  wd_store_free(s);
  wd_engine_free(e);
}
#endif

/* ---------------------------------------------------------------- host functions and types */

Test(api, host_functions_and_interning) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  wd_store *s = wd_store_new(e, &err);
  host_state hs = {0};
  wd_func *f = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_add, &hs, &err);
  wd_func *g = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_add, &hs, &err);
  wd_func *h = wd_func_new_host(s, one_i32, 1, bin_params, 2, host_add, &hs, &err);
  cr_assert(f && g && h);
  cr_assert_eq(f->type, g->type, "equal signatures share one canonical type");
  cr_assert_neq(f->type, h->type);
  uint32_t np, nr;
  const wd_valkind *p, *r;
  wd_func_type(h, &np, &p, &nr, &r);
  cr_assert_eq(np, 1);
  cr_assert_eq(nr, 2);
  cr_assert_eq(p[0], WD_I32);
  cr_assert_eq(r[0], WD_I32);
  cr_assert_eq(r[1], WD_I32);
  const wd_valkind bad[] = {(wd_valkind)0x42};
  cr_assert_null(wd_func_new_host(s, bad, 1, NULL, 0, host_add, &hs, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);

  /* Many distinct types: interning stays consistent across table growth. */
  const wd_functype *seen[300];
  for (int i = 0; i < 300; i++) {
    uint8_t types[3] = {(uint8_t)(i % 2 ? WD_I32 : WD_F64), (uint8_t)(i % 3 ? WD_I64 : WD_V128),
                        (uint8_t)WD_F32};
    wd_functype ft = {.nparams = (uint32_t)(i % 4), .nresults = 3u - (uint32_t)(i % 4), .types = types};
    if (i >= 24) ft.nparams = ft.nresults = 0;   /* the rest are all () -> () */
    seen[i] = wd_engine_intern(e, &ft);
    cr_assert_not_null(seen[i]);
    cr_assert_eq(seen[i]->canon, seen[i]);
  }
  for (int i = 0; i < 300; i++) {
    uint8_t types[3] = {(uint8_t)(i % 2 ? WD_I32 : WD_F64), (uint8_t)(i % 3 ? WD_I64 : WD_V128),
                        (uint8_t)WD_F32};
    wd_functype ft = {.nparams = (uint32_t)(i % 4), .nresults = 3u - (uint32_t)(i % 4), .types = types};
    if (i >= 24) ft.nparams = ft.nresults = 0;
    cr_assert_eq(wd_engine_intern(e, &ft), seen[i]);
  }
  cr_assert_eq(seen[24], seen[299]);
  cr_assert_eq(e->ncanon, 2 + 8 + 1, "distinct types: %u", e->ncanon);   /* 2 host + 4x2 + () -> () */

  /* Arity and argument kinds are checked before anything runs. */
  wd_val args[2] = {vi32(1), vi32(2)}, res[1];
  cr_assert_not(wd_func_call(s, f, args, 1, res, 1, &err));
  cr_assert_eq(err.code, WD_E_ARITY);
  cr_assert_not(wd_func_call(s, f, args, 2, res, 0, &err));
  cr_assert_eq(err.code, WD_E_ARITY);
  wd_val mixed[2] = {vi32(1), vi64(2)};
  cr_assert_not(wd_func_call(s, f, mixed, 2, res, 1, &err));
  cr_assert_eq(err.code, WD_E_ARG_TYPE);
  cr_assert_not(wd_func_call(s, f, NULL, 2, res, 1, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_eq(hs.calls, 0);
  wd_store_free(s);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- modules and instances */


static wd_func *export_func(wd_instance *inst, const char *name) {
  wd_extern x;
  cr_assert(wd_instance_export(inst, name, strlen(name), &x), "export %s", name);
  cr_assert_eq(x.kind, WD_EXTERN_FUNC);
  return x.of.func;
}

static int32_t call_i32(wd_store *s, wd_func *f, const wd_val *args, size_t nargs) {
  wd_val r[1];
  wd_error err;
  cr_assert(wd_func_call(s, f, args, nargs, r, 1, &err), "call: %s", err.message);
  cr_assert_eq(r[0].kind, WD_I32);
  return r[0].of.i32;
}

Test(modules, introspection) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY);
  wd_module *m = wd_module_new(e, mod_main, sizeof mod_main, &err);
  cr_assert_not_null(m, "%s", err.message);
  cr_assert_eq(wd_module_import_count(m), 2);
  wd_importdesc im;
  cr_assert(wd_module_import(m, 0, &im));
  cr_assert_eq(im.kind, WD_EXTERN_FUNC);
  cr_assert_eq(im.module_len, 3);
  cr_assert_eq(memcmp(im.module, "env", 3), 0);
  cr_assert_eq(im.name_len, 3);
  cr_assert_eq(memcmp(im.name, "add", 3), 0);
  cr_assert(wd_module_import(m, 1, &im));
  cr_assert_eq(im.kind, WD_EXTERN_GLOBAL);
  cr_assert_not(wd_module_import(m, 2, &im));
  cr_assert_eq(wd_module_export_count(m), 7);
  wd_exportdesc ex;
  cr_assert(wd_module_export(m, 0, &ex));
  cr_assert_eq(ex.kind, WD_EXTERN_MEMORY);
  cr_assert_eq(ex.name_len, 3);
  cr_assert_eq(memcmp(ex.name, "mem", 3), 0);
  cr_assert(wd_module_export(m, 6, &ex));
  cr_assert_eq(ex.kind, WD_EXTERN_FUNC);
  cr_assert_not(wd_module_export(m, 7, &ex));
  cr_assert_eq(wd_module_func_count(m), 5);

  uint32_t ns = wd_module_section_count(m);
  cr_assert_geq(ns, 9);
  wd_section_info si;
  cr_assert(wd_module_section(m, 0, &si));
  cr_assert_eq(si.id, 1);
  cr_assert_eq(si.count, 3);
  cr_assert_not(wd_module_section(m, ns, &si));

  /* Lazy: nothing promoted yet; promote_all translates all four bodies. */
  wd_module_stats st;
  wd_module_stats_get(m, &st);
  cr_assert_eq(st.functions, 4);
  cr_assert_eq(st.promoted, 0);
  cr_assert_eq(st.code_bytes, 0);
  cr_assert_eq(st.record_bytes, wd_layout_record_size(NULL) * 4);
  cr_assert_geq(st.arena_reserved, st.arena_used);
  cr_assert(wd_module_validate(m, &err), "%s", err.message);
  cr_assert(wd_module_promote_all(m, &err), "%s", err.message);
  wd_module_stats_get(m, &st);
  cr_assert_eq(st.promoted, 4);
  cr_assert_gt(st.code_bytes, 0);

  FILE *out = tmpfile();
  cr_assert_not_null(out);
  cr_assert(wd_module_disasm(m, 2, out, &err), "%s", err.message);
  cr_assert_gt(ftell(out), 0);
  cr_assert_not(wd_module_disasm(m, 0, out, &err));   /* an import has no body */
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_not(wd_module_disasm(m, 5, out, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  fclose(out);
  wd_module_free(m);
  wd_engine_free(e);
}

Test(modules, malformed_and_invalid) {
  wd_error err;
  for (size_t k = 0; UNIT_MODE_NAME(k); k++) {
    wd_engine *e = engine_with(NULL, unit_mode(k));
    uint8_t junk[] = {0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00};
    cr_assert_null(wd_module_new(e, junk, sizeof junk, &err));
    cr_assert_eq(wd_errcode_class(err.code), WD_CLASS_MALFORMED);
    cr_assert_null(wd_module_new(e, junk, 0, &err));
    cr_assert_eq(wd_errcode_class(err.code), WD_CLASS_MALFORMED);

    /* An ill-typed body: rejected at load unless the mode is lazy, then by validate or first use. */
    wd_module *m = wd_module_new(e, mod_invalid_body, sizeof mod_invalid_body, &err);
    if (unit_mode(k) != WD_MODE_LAZY) {
      cr_assert_null(m);
      cr_assert_eq(err.code, WD_E_TYPE_MISMATCH, "%s", err.message);
    } else {
      cr_assert_not_null(m, "%s", err.message);
      cr_assert_not(wd_module_validate(m, &err));
      cr_assert_eq(err.code, WD_E_TYPE_MISMATCH);
      cr_assert_not(wd_module_promote_all(m, &err));
      cr_assert_eq(err.code, WD_E_TYPE_MISMATCH);
      wd_store *s = wd_store_new(e, &err);
      wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
      cr_assert_not_null(inst, "%s", err.message);
      wd_val r[1];
      cr_assert_not(wd_func_call(s, export_func(inst, "bad"), NULL, 0, r, 1, &err));
      cr_assert(err.code == WD_E_TRAP_INVALID_FUNCTION || err.code == WD_E_TYPE_MISMATCH, "%s", err.message);
      wd_store_free(s);
      wd_module_free(m);
    }
    wd_engine_free(e);
  }
}

Test(modules, instantiate_and_call) {
  for (size_t li = 0; UNIT_LAYOUT(li); li++) {
    for (size_t k = 0; UNIT_MODE_NAME(k); k++) {
      wd_error err;
      wd_engine *e = engine_with(UNIT_LAYOUT(li), unit_mode(k));
      wd_module *m = wd_module_new(e, mod_main, sizeof mod_main, &err);
      cr_assert_not_null(m, "%s", err.message);
      wd_store *s = wd_store_new(e, &err);
      host_state hs = {0};
      wd_extern imp[2];
      imp[0].kind = WD_EXTERN_FUNC;
      imp[0].of.func = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_add, &hs, &err);
      imp[1].kind = WD_EXTERN_GLOBAL;
      imp[1].of.global = wd_global_new(s, WD_I32, false, vi32(40), &err);
      wd_instance *inst = wd_instantiate(s, m, imp, 2, &err);
      cr_assert_not_null(inst, "%s/%d: %s", UNIT_LAYOUT(li), (int)k, err.message);

      wd_val a[2] = {vi32(21), vi32(0)};
      cr_assert_eq(call_i32(s, export_func(inst, "twice"), a, 1), 42);
      cr_assert_eq(hs.calls, 1);
      cr_assert_eq(hs.saw_hello, 1, "host saw the caller's memory with the data segment applied");

      a[0] = vi32(17);
      cr_assert_eq(call_i32(s, export_func(inst, "load"), a, 1), 'e');
      wd_func *bump = export_func(inst, "bump");
      cr_assert_eq(call_i32(s, bump, NULL, 0), 41);
      cr_assert_eq(call_i32(s, bump, NULL, 0), 42);
      wd_extern x;
      cr_assert(wd_instance_export(inst, "cnt", 3, &x));
      cr_assert_eq(x.kind, WD_EXTERN_GLOBAL);
      cr_assert_eq(wd_global_get(x.of.global).of.i32, 42);
      cr_assert(wd_global_set(x.of.global, vi32(100), &err));
      cr_assert_eq(call_i32(s, bump, NULL, 0), 101);

      /* Every export by index is the export of that name; past the end there is none. */
      uint32_t nex = wd_module_export_count(m);
      cr_assert_gt(nex, 4);
      for (uint32_t i = 0; i < nex; i++) {
        wd_exportdesc d;
        wd_extern by_name, by_index;
        cr_assert(wd_module_export(m, i, &d));
        cr_assert(wd_instance_export(inst, d.name, d.name_len, &by_name));
        cr_assert(wd_instance_export_index(inst, i, &by_index), "export %u", i);
        cr_assert_eq(by_index.kind, by_name.kind);
        cr_assert_eq(by_index.kind, d.kind);
        cr_assert_eq(by_index.of.func, by_name.of.func, "export %.*s", (int)d.name_len, d.name);
      }
      cr_assert_not(wd_instance_export_index(inst, nex, &x));
      cr_assert_not(wd_instance_export_index(NULL, 0, &x));
      cr_assert_not(wd_instance_export_index(inst, 0, NULL));

      /* Memory through the API and through wasm agree. */
      cr_assert(wd_instance_export(inst, "mem", 3, &x));
      cr_assert_eq(x.kind, WD_EXTERN_MEMORY);
      wd_memory *mem = x.of.memory;
      cr_assert_eq(wd_memory_pages(mem), 1);
      uint8_t byte = 0xA5;
      cr_assert(wd_memory_write(mem, 65535, &byte, 1));
      a[0] = vi32(65535);
      cr_assert_eq(call_i32(s, export_func(inst, "load"), a, 1), 0xA5);
      a[0] = vi32(65536);
      wd_val r[1];
      cr_assert_not(wd_func_call(s, export_func(inst, "load"), a, 1, r, 1, &err));
      cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB, "%s", err.message);
      cr_assert_eq(wd_memory_grow(mem, 1), 1);
      cr_assert_eq(call_i32(s, export_func(inst, "load"), a, 1), 0);
      cr_assert_eq(wd_memory_grow(mem, 1), -1);     /* declared max 2 */

      /* Table: slot 0 holds $twice (element segment); slot 1 is null until the host fills it with a
       * host function of the same signature, which call_indirect accepts. */
      cr_assert(wd_instance_export(inst, "tab", 3, &x));
      cr_assert_eq(x.kind, WD_EXTERN_TABLE);
      wd_val tv;
      cr_assert(wd_table_get(x.of.table, 0, &tv));
      cr_assert_eq(tv.of.func, export_func(inst, "twice"));
      cr_assert(wd_table_get(x.of.table, 1, &tv));
      cr_assert_null(tv.of.func);
      wd_func *call0 = export_func(inst, "call0");
      cr_assert_not(wd_func_call(s, call0, NULL, 0, r, 1, &err));
      cr_assert_eq(err.code, WD_E_TRAP_UNINITIALIZED_ELEMENT, "%s", err.message);
      cr_assert(wd_table_set(x.of.table, 1, vfunc(imp[0].of.func), &err));
      cr_assert_eq(call_i32(s, call0, NULL, 0), 3);

      /* A host trap comes back with its code. */
      a[0] = vi32(99);
      cr_assert_not(wd_func_call(s, export_func(inst, "twice"), a, 1, r, 1, &err));
      cr_assert_eq(err.code, WD_E_TRAP_EXIT, "%s", err.message);

      /* Calling a host function directly. */
      wd_val two[2] = {vi32(5), vi32(6)};
      cr_assert_eq(call_i32(s, imp[0].of.func, two, 2), 11);

      cr_assert_not(wd_instance_export(inst, "nope", 4, &x));
      cr_assert_not(wd_instance_export(inst, "twice", 4, &x));   /* "twic" */
      cr_assert_not(wd_func_call(s, bump, a, 1, r, 1, &err));
      cr_assert_eq(err.code, WD_E_ARITY);
      wd_store_free(s);
      wd_module_free(m);
      wd_engine_free(e);
    }
  }
}

Test(modules, import_errors) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  wd_module *m = wd_module_new(e, mod_main, sizeof mod_main, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  host_state hs = {0};
  wd_func *add = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_add, &hs, &err);
  wd_func *wrong = wd_func_new_host(s, one_i32, 1, one_i32, 1, host_add, &hs, &err);
  wd_global *g = wd_global_new(s, WD_I32, false, vi32(1), &err);
  wd_global *gmut = wd_global_new(s, WD_I32, true, vi32(1), &err);
  wd_global *g64 = wd_global_new(s, WD_I64, false, vi64(1), &err);
  wd_extern imp[2];
  imp[0].kind = WD_EXTERN_FUNC;
  imp[0].of.func = add;
  imp[1].kind = WD_EXTERN_GLOBAL;
  imp[1].of.global = g;

  cr_assert_null(wd_instantiate(s, m, imp, 1, &err));
  cr_assert_eq(err.code, WD_E_UNKNOWN_IMPORT);
  cr_assert_null(wd_instantiate(s, m, NULL, 0, &err));
  cr_assert_eq(err.code, WD_E_UNKNOWN_IMPORT);
  cr_assert_null(wd_instantiate(s, m, NULL, 2, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_instantiate(s, m, imp, 3, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  imp[0].of.func = wrong;
  cr_assert_null(wd_instantiate(s, m, imp, 2, &err));
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  cr_assert(strstr(err.message, "incompatible import type") == err.message, "%s", err.message);
  imp[0].of.func = add;
  imp[1].of.global = gmut;
  cr_assert_null(wd_instantiate(s, m, imp, 2, &err));
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  imp[1].of.global = g64;
  cr_assert_null(wd_instantiate(s, m, imp, 2, &err));
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  imp[1].kind = WD_EXTERN_FUNC;
  imp[1].of.func = add;
  cr_assert_null(wd_instantiate(s, m, imp, 2, &err));
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  imp[1].kind = WD_EXTERN_GLOBAL;
  imp[1].of.global = NULL;
  cr_assert_null(wd_instantiate(s, m, imp, 2, &err));
  cr_assert_eq(err.code, WD_E_UNKNOWN_IMPORT);
  cr_assert_eq(s->ninstances, 0, "failed links leave no instance behind");
  imp[1].of.global = g;
  cr_assert_not_null(wd_instantiate(s, m, imp, 2, &err), "%s", err.message);
  cr_assert_eq(s->ninstances, 1);
  wd_store_free(s);
  wd_module_free(m);

  /* Limits subtyping for memories and tables, element types, global mutability, function types. */
  wd_module *d = wd_module_new(e, mod_imports, sizeof mod_imports, &err);
  cr_assert_not_null(d, "%s", err.message);
  s = wd_store_new(e, &err);
  static const wd_valkind pf32[] = {WD_F32}, rf64[] = {WD_F64};
  wd_func *ff = wd_func_new_host(s, pf32, 1, rf64, 1, host_add, &hs, &err);
  struct { uint32_t min, max; bool ok; } mems[] = {
    {1, 2, true}, {2, 2, true}, {1, 1, true}, {0, 2, false}, {1, 3, false}, {1, WD_NO_MAX, false},
  };
  struct { uint32_t min, max; bool ok; } tabs[] = {
    {1, 5, true}, {3, 4, true}, {0, 5, false}, {1, 6, false}, {1, WD_NO_MAX, false}, {6, 6, false},
  };
  for (size_t i = 0; i < sizeof mems / sizeof *mems; i++) {
    for (size_t j = 0; j < sizeof tabs / sizeof *tabs; j++) {
      wd_extern x[4];
      x[0].kind = WD_EXTERN_MEMORY;
      x[0].of.memory = wd_memory_new(s, mems[i].min, mems[i].max, &err);
      x[1].kind = WD_EXTERN_TABLE;
      x[1].of.table = wd_table_new(s, WD_EXTERNREF, tabs[j].min, tabs[j].max, vextern(NULL), &err);
      x[2].kind = WD_EXTERN_GLOBAL;
      x[2].of.global = wd_global_new(s, WD_I64, true, vi64(0), &err);
      x[3].kind = WD_EXTERN_FUNC;
      x[3].of.func = ff;
      wd_instance *inst = wd_instantiate(s, d, x, 4, &err);
      if (mems[i].ok && tabs[j].ok) cr_assert_not_null(inst, "mem %zu tab %zu: %s", i, j, err.message);
      else {
        cr_assert_null(inst, "mem %zu tab %zu", i, j);
        cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
      }
    }
  }
  /* A table that grew to the minimum matches (the current size counts). */
  wd_extern x[4];
  x[0].kind = WD_EXTERN_MEMORY;
  x[0].of.memory = wd_memory_new(s, 0, 2, &err);
  cr_assert_eq(wd_memory_grow(x[0].of.memory, 1), 0);
  x[1].kind = WD_EXTERN_TABLE;
  x[1].of.table = wd_table_new(s, WD_FUNCREF, 1, 5, vfunc(NULL), &err);
  x[2].kind = WD_EXTERN_GLOBAL;
  x[2].of.global = wd_global_new(s, WD_I64, true, vi64(0), &err);
  x[3].kind = WD_EXTERN_FUNC;
  x[3].of.func = ff;
  cr_assert_null(wd_instantiate(s, d, x, 4, &err), "funcref table for an externref import");
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  x[1].of.table = wd_table_new(s, WD_EXTERNREF, 0, 5, vextern(NULL), &err);
  cr_assert_null(wd_instantiate(s, d, x, 4, &err));
  cr_assert_eq(wd_table_grow_elems(s, x[1].of.table, 1, 0), 0);
  cr_assert_not_null(wd_instantiate(s, d, x, 4, &err), "%s", err.message);
  x[2].of.global = wd_global_new(s, WD_I64, false, vi64(0), &err);
  cr_assert_null(wd_instantiate(s, d, x, 4, &err));
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  wd_store_free(s);
  wd_module_free(d);
  wd_engine_free(e);
}

Test(modules, segment_trap_keeps_earlier_writes) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY_TRANSLATION);
  wd_module *m = wd_module_new(e, mod_oob, sizeof mod_oob, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  wd_extern x[2];
  x[0].kind = WD_EXTERN_TABLE;
  x[0].of.table = wd_table_new(s, WD_FUNCREF, 2, WD_NO_MAX, vfunc(NULL), &err);
  x[1].kind = WD_EXTERN_MEMORY;
  x[1].of.memory = wd_memory_new(s, 1, WD_NO_MAX, &err);
  uint8_t mark = 0x5A;
  cr_assert(wd_memory_write(x[1].of.memory, 65535, &mark, 1));
  cr_assert_null(wd_instantiate(s, m, x, 2, &err));
  cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB, "%s", err.message);
  cr_assert(strstr(err.message, "out of bounds memory access") == err.message);
  /* The element segment was applied before the data segment trapped, and its function still works. */
  wd_val v;
  cr_assert(wd_table_get(x[0].of.table, 1, &v));
  cr_assert_not_null(v.of.func);
  cr_assert_eq(call_i32(s, v.of.func, NULL, 0), 42);
  /* The data segment is checked as a whole: not one byte was written. */
  uint8_t b;
  cr_assert(wd_memory_read(x[1].of.memory, 65535, &b, 1));
  cr_assert_eq(b, 0x5A);

  /* With a table too small the element segment traps first. */
  x[0].of.table = wd_table_new(s, WD_FUNCREF, 1, WD_NO_MAX, vfunc(NULL), &err);
  cr_assert_null(wd_instantiate(s, m, x, 2, &err));
  cr_assert_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);   /* min 2 not met */
  x[0].of.table = wd_table_new(s, WD_FUNCREF, 2, WD_NO_MAX, vfunc(NULL), &err);
  cr_assert_eq(wd_memory_grow(x[1].of.memory, 1), 1);
  cr_assert_not_null(wd_instantiate(s, m, x, 2, &err), "%s", err.message);
  cr_assert(wd_memory_read(x[1].of.memory, 65535, &b, 1));
  cr_assert_eq(b, 'a');
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
}

Test(modules, start_trap_and_instance_limit) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.limits.max_instances = 2;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  wd_module *m = wd_module_new(e, mod_start_trap, sizeof mod_start_trap, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  cr_assert_null(wd_instantiate(s, m, NULL, 0, &err));
  cr_assert_eq(err.code, WD_E_TRAP_UNREACHABLE, "%s", err.message);
  wd_module *c = wd_module_new(e, mod_consts, sizeof mod_consts, &err);
  cr_assert_not_null(c, "%s", err.message);
  cr_assert_not_null(wd_instantiate(s, c, NULL, 0, &err), "%s", err.message);
  cr_assert_null(wd_instantiate(s, c, NULL, 0, &err));   /* the trapped one still counts */
  cr_assert_eq(err.code, WD_E_LIMIT_INSTANCES);
  wd_store_free(s);
  wd_module_free(m);
  wd_module_free(c);
  wd_engine_free(e);
}

Test(modules, constant_expressions_and_multi_value) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_EAGER);
  wd_module *m = wd_module_new(e, mod_consts, sizeof mod_consts, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
  cr_assert_not_null(inst, "%s", err.message);
  wd_extern x;
  cr_assert(wd_instance_export(inst, "five", 4, &x));
  cr_assert_eq(wd_global_get(x.of.global).of.i32, 5);
  cr_assert(wd_instance_export(inst, "big", 3, &x));
  cr_assert_eq(wd_global_get(x.of.global).of.i64, -1);
  cr_assert(wd_instance_export(inst, "pi", 2, &x));
  cr_assert_eq(wd_global_get(x.of.global).of.f64_bits, 0x400C000000000000ull);
  cr_assert(wd_instance_export(inst, "vec", 3, &x));
  wd_val v = wd_global_get(x.of.global);
  cr_assert_eq(v.kind, WD_V128);
  uint32_t lanes[4];
  memcpy(lanes, v.of.v128, 16);
  cr_assert(lanes[0] == 1 && lanes[1] == 2 && lanes[2] == 3 && lanes[3] == 4);
  wd_func *f = export_func(inst, "f");
  cr_assert(wd_instance_export(inst, "fr", 2, &x));
  cr_assert_eq(wd_global_get(x.of.global).of.func, f);
  bool mut = true;
  wd_valkind k;
  wd_global_type(x.of.global, &k, &mut);
  cr_assert_eq(k, WD_FUNCREF);
  cr_assert_not(mut);

  wd_val args[2], res[2];
  args[0] = vi64(-7);
  memset(&args[1], 0, sizeof args[1]);
  args[1].kind = WD_F32;
  args[1].of.f32_bits = 0x7FA00001u;       /* a signalling NaN pattern passes through untouched */
  cr_assert(wd_func_call(s, f, args, 2, res, 2, &err), "%s", err.message);
  cr_assert_eq(res[0].kind, WD_F32);
  cr_assert_eq(res[0].of.f32_bits, 0x7FA00001u);
  cr_assert_eq(res[1].kind, WD_I64);
  cr_assert_eq(res[1].of.i64, -7);
  wd_val swapped[2] = {args[1], args[0]};
  cr_assert_not(wd_func_call(s, f, swapped, 2, res, 2, &err));
  cr_assert_eq(err.code, WD_E_ARG_TYPE);
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
}

/* A counting allocator: every byte obtained is given back by the end. */
typedef struct counting { size_t live, peak; long allocs; } counting;
static void *c_malloc(void *u, size_t n) {
  counting *c = u;
  c->live += n;
  c->allocs++;
  if (c->live > c->peak) c->peak = c->live;
  return malloc(n);
}
static void *c_realloc(void *u, void *p, size_t o, size_t n) {
  counting *c = u;
  void *q = realloc(p, n);
  if (q) c->live = c->live - o + n;
  return q;
}
static void c_free(void *u, void *p, size_t n) {
  counting *c = u;
  c->live -= n;
  free(p);
}

Test(modules, allocator_sizes_balance) {
  counting cnt = {0, 0, 0};
  wd_allocator al = {c_malloc, c_realloc, c_free, &cnt};
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.allocator = &al;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e);
  wd_module *m = wd_module_new(e, mod_main, sizeof mod_main, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  host_state hs = {0};
  wd_extern imp[2];
  imp[0].kind = WD_EXTERN_FUNC;
  imp[0].of.func = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_add, &hs, &err);
  imp[1].kind = WD_EXTERN_GLOBAL;
  imp[1].of.global = wd_global_new(s, WD_I32, false, vi32(40), &err);
  wd_instance *inst = wd_instantiate(s, m, imp, 2, &err);
  cr_assert_not_null(inst, "%s", err.message);
  wd_val a[1] = {vi32(4)};
  cr_assert_eq(call_i32(s, export_func(inst, "twice"), a, 1), 8);
  wd_extern x;
  cr_assert(wd_instance_export(inst, "mem", 3, &x));
  cr_assert_eq(wd_memory_grow(x.of.memory, 1), 1);
  wd_table *t = wd_table_new(s, WD_FUNCREF, 3, WD_NO_MAX, vfunc(NULL), &err);
  cr_assert_eq(wd_table_grow_elems(s, t, 100, 0), 3);
  cr_assert_null(wd_instantiate(s, m, NULL, 0, &err));
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
  cr_assert_gt(cnt.allocs, 0);
  cr_assert_eq(cnt.live, 0, "%zu bytes unaccounted for", cnt.live);
}

/* A host function that calls back into the instance that called it (one nested interpreter entry). */
typedef struct reenter_state { wd_func *bump; int depth, max_depth; } reenter_state;
static bool host_reenter(wd_caller *caller, void *user, const wd_val *args, wd_val *results) {
  reenter_state *rs = user;
  rs->depth++;
  if (rs->depth > rs->max_depth) rs->max_depth = rs->depth;
  wd_val r[1];
  wd_error err;
  bool ok = wd_func_call(wd_caller_store(caller), rs->bump, NULL, 0, r, 1, &err);
  rs->depth--;
  if (!ok) return wd_caller_trap(caller, err.code, err.message);
  results[0] = vi32(args[0].of.i32 + args[1].of.i32 + r[0].of.i32);
  return true;
}

Test(modules, borrowed_bytes_and_reentry) {
  wd_error err;
  wd_engine *e = engine_with(NULL, WD_MODE_LAZY);
  uint8_t *copy = malloc(sizeof mod_main);
  memcpy(copy, mod_main, sizeof mod_main);
  wd_module *m = wd_module_new_borrowed(e, copy, sizeof mod_main, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  reenter_state rs = {NULL, 0, 0};
  wd_extern imp[2];
  imp[0].kind = WD_EXTERN_FUNC;
  imp[0].of.func = wd_func_new_host(s, bin_params, 2, one_i32, 1, host_reenter, &rs, &err);
  imp[1].kind = WD_EXTERN_GLOBAL;
  imp[1].of.global = wd_global_new(s, WD_I32, false, vi32(10), &err);
  wd_instance *inst = wd_instantiate(s, m, imp, 2, &err);
  cr_assert_not_null(inst, "%s", err.message);
  rs.bump = export_func(inst, "bump");
  wd_val a[1] = {vi32(3)};
  cr_assert_eq(call_i32(s, export_func(inst, "twice"), a, 1), 3 + 3 + 11);
  cr_assert_eq(call_i32(s, export_func(inst, "twice"), a, 1), 3 + 3 + 12);
  cr_assert_eq(rs.max_depth, 1);
  cr_assert_eq(rs.depth, 0);
  /* After validating everything a lazy module no longer needs to validate on promotion. */
  cr_assert(wd_module_validate(m, &err), "%s", err.message);
  cr_assert(wd_module_validate(m, &err));
  cr_assert(wd_module_promote_all(m, &err), "%s", err.message);
  cr_assert_eq(call_i32(s, export_func(inst, "bump"), NULL, 0), 13);
  wd_store_free(s);
  wd_module_free(m);
  free(copy);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- fuel for work that grows with an operand */

/* (module (memory 2) (func (export "fill") (param i32 i32 i32)
 *   (memory.fill (local.get 0) (local.get 1) (local.get 2)))) */
static const uint8_t mod_fill[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x00,
  0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x02, 0x07, 0x08, 0x01, 0x04, 0x66, 0x69, 0x6c, 0x6c,
  0x00, 0x00, 0x0a, 0x0d, 0x01, 0x0b, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0xfc, 0x0b, 0x00, 0x0b,
};

/* memory.fill of n bytes costs n/64 units, paid before any byte is written: short of fuel, nothing is
 * written, the call stops resumable, and the fuel it used in the end equals an uninterrupted run's. */
Test(modules, bulk_work_costs_fuel) {
  for (size_t mi = 0; UNIT_MODE_NAME(mi); mi++) {
    wd_engine *e = engine_with("union16", unit_mode(mi));
    wd_error err;
    wd_module *m = wd_module_new(e, mod_fill, sizeof mod_fill, &err);
    cr_assert_not_null(m, "%s", err.message);
    uint64_t used[2];
    for (int chunked = 0; chunked < 2; chunked++) {
      wd_store *s = wd_store_new(e, &err);
      wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
      cr_assert_not_null(inst, "%s", err.message);
      wd_func *fill = export_func(inst, "fill");
      const uint8_t *bytes = inst->mems[0]->data;
      cr_assert(wd_store_fuel_enable(s, true, &err));
      uint64_t given = chunked ? 100 : 5000;
      cr_assert(wd_store_fuel_add(s, given, &err));
      wd_val args[3] = {vi32(0), vi32(9), vi32(65536)};
      bool ok = wd_func_call(s, fill, args, 3, NULL, 0, &err);
      if (chunked) {
        cr_assert_not(ok);
        cr_assert_eq(err.code, WD_E_TRAP_OUT_OF_FUEL);
        cr_assert(wd_store_suspended(s));
        cr_assert_eq(wd_store_fuel_remaining(s), 0);
        /* Still short: stopped again, nothing written. */
        cr_assert(wd_store_fuel_add(s, 500, &err));
        given += 500;
        cr_assert_not(wd_store_resume(s, NULL, 0, &err));
        cr_assert_eq(err.code, WD_E_TRAP_OUT_OF_FUEL);
        cr_assert_eq(bytes[0], 0);
        cr_assert_eq(bytes[65535], 0);
        cr_assert(wd_store_fuel_add(s, 4400, &err));
        given += 4400;
        ok = wd_store_resume(s, NULL, 0, &err);
      }
      cr_assert(ok, "%s", err.message);
      cr_assert_eq(bytes[65535], 9);
      used[chunked] = given - wd_store_fuel_remaining(s);
      wd_store_free(s);
    }
    cr_assert_eq(used[0], used[1]);
    cr_assert_geq(used[0], 65536 / WD_FUEL_BYTES_PER_UNIT);
    wd_module_free(m);
    wd_engine_free(e);
  }
}

/* Relaxed SIMD is a feature of its own: without it the decoder refuses its opcodes. */
Test(modules, relaxed_simd_feature_gate) {
  static const uint8_t mod[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7b, 0x7b, 0x01, 0x7b,
    0x03, 0x02, 0x01, 0x00, 0x0a, 0x0b, 0x01, 0x09, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfd, 0x80, 0x02, 0x0b,
  };
  for (int on = 0; on < 2; on++) {
    wd_config cfg;
    wd_config_init(&cfg);
    cfg.mode = WD_MODE_EAGER;
    cfg.features = WD_FEATURE_SIMD | (on ? WD_FEATURE_RELAXED_SIMD : 0);
    wd_error err;
    wd_engine *e = wd_engine_new(&cfg, &err);
    cr_assert_not_null(e);
    wd_module *m = wd_module_new(e, mod, sizeof mod, &err);
    if (on) {
      cr_assert_not_null(m, "%s", err.message);
      wd_module_free(m);
    } else {
      cr_assert_null(m);
      cr_assert(strstr(err.message, "illegal opcode") && strstr(err.message, "0x100"), "%s", err.message);
    }
    wd_engine_free(e);
  }
}

/* A module of `nfuncs` functions of type [] -> [], each body `reps` times (i32.const 1, drop) then end;
 * body `bad` (if below nfuncs) ends with (i32.const 1) left on the stack instead: a type mismatch. */
static uint8_t *many_bodies(uint32_t nfuncs, uint32_t reps, uint32_t bad, size_t *len) {
  size_t body = 1 + 3 * (size_t)reps + 1 + 2;   /* locals count, instrs, end (+2 for the bad one) */
  size_t cap = 64 + (size_t)nfuncs * (body + 8);
  uint8_t *b = malloc(cap), *p = b;
  cr_assert_not_null(b);
  const uint8_t head[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
  memcpy(p, head, sizeof head); p += sizeof head;
#define LEB(x) do { uint64_t v_ = (x); do { uint8_t c_ = v_ & 0x7F; v_ >>= 7; *p++ = c_ | (v_ ? 0x80 : 0); } while (v_); } while (0)
  *p++ = 0x03; LEB((uint64_t)(nfuncs < 128 ? 1 : nfuncs < 16384 ? 2 : 3) + nfuncs);   /* count + n indices */
  LEB(nfuncs);
  for (uint32_t i = 0; i < nfuncs; i++) *p++ = 0x00;
  uint8_t *sec = p;
  *p++ = 0x0A; p += 5;           /* size patched below as a padded 5-byte LEB */
  uint8_t *pay = p;
  LEB(nfuncs);
  for (uint32_t i = 0; i < nfuncs; i++) {
    size_t n = 1 + 3 * (size_t)reps + 1 + (i == bad ? 2 : 0);
    LEB(n);
    *p++ = 0x00;
    for (uint32_t k = 0; k < reps; k++) { *p++ = 0x41; *p++ = 0x01; *p++ = 0x1A; }
    if (i == bad) { *p++ = 0x41; *p++ = 0x01; }
    *p++ = 0x0B;
  }
  uint32_t sz = (uint32_t)(p - pay);
  for (int k = 0; k < 5; k++) sec[1 + k] = (uint8_t)(((sz >> (7 * k)) & 0x7F) | (k < 4 ? 0x80 : 0));
#undef LEB
  *len = (size_t)(p - b);
  cr_assert_leq(*len, cap);
  return b;
}

/* Bodies big enough to be validated on several threads give exactly the sequential verdict and error:
 * the lowest-numbered invalid body's, wherever it is. */
Test(modules, parallel_validation_matches_sequential) {
  const uint32_t nfuncs = 2000, reps = 200;          /* 2000 x 602 bytes: 1.2 MB of bodies */
  const uint32_t bads[] = {UINT32_MAX, 0, 1, 63, 64, 1000, 1999};
  for (size_t bi = 0; bi < sizeof bads / sizeof *bads; bi++) {
    size_t len;
    uint8_t *bytes = many_bodies(nfuncs, reps, bads[bi], &len);
    char first[256] = "";
    for (uint32_t threads = 1; threads <= 4; threads++) {
      for (size_t k = 0; k < 2; k++) {             /* eager and lazy-translation validate at load */
        wd_config cfg;
        wd_config_init(&cfg);
        cfg.mode = k ? WD_MODE_LAZY_TRANSLATION : WD_MODE_EAGER;
        cfg.load_threads = threads;
        wd_error err;
        wd_engine *e = wd_engine_new(&cfg, &err);
        cr_assert_not_null(e);
        wd_module *m = wd_module_new(e, bytes, len, &err);
        if (bads[bi] == UINT32_MAX) {
          cr_assert_not_null(m, "threads %u: %s", threads, err.message);
        } else {
          cr_assert_null(m, "threads %u: body %u is invalid", threads, bads[bi]);
          cr_assert_eq(err.code, WD_E_TYPE_MISMATCH, "%s", err.message);
          char want[32];
          snprintf(want, sizeof want, "function %u:", bads[bi]);
          cr_assert_not_null(strstr(err.message, want), "threads %u: %s", threads, err.message);
          if (!first[0]) snprintf(first, sizeof first, "%s", err.message);
          cr_assert_str_eq(err.message, first, "the same error, offset included, on %u threads", threads);
        }
        wd_module_free(m);
        wd_engine_free(e);
      }
    }
    free(bytes);
  }
}

/* nfuncs exported functions "f<i>" of type [] -> [i32]: reps x (i32.const 1; drop), then i32.const i. */
static uint8_t *numbered_bodies(uint32_t nfuncs, uint32_t reps, size_t *len) {
  size_t body = 1 + 3 * (size_t)reps + 5 + 1;   /* locals, (const, drop) x reps, i32.const i, end */
  size_t cap = 64 + (size_t)nfuncs * (body + 24);
  uint8_t *b = malloc(cap), *p = b;
  cr_assert_not_null(b);
  const uint8_t head[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                          0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F};
  memcpy(p, head, sizeof head); p += sizeof head;
#define LEB5(x) do { uint32_t v_ = (x); for (int k_ = 0; k_ < 5; k_++) *p++ = (uint8_t)(((v_ >> (7 * k_)) & 0x7F) | (k_ < 4 ? 0x80 : 0)); } while (0)
  *p++ = 0x03; uint8_t *fs = p; p += 5; uint8_t *fpay = p;
  LEB5(nfuncs);
  for (uint32_t i = 0; i < nfuncs; i++) *p++ = 0x00;
  uint32_t sz = (uint32_t)(p - fpay); uint8_t *q = p; p = fs; LEB5(sz); p = q;
  *p++ = 0x07; uint8_t *es = p; p += 5; uint8_t *epay = p;
  LEB5(nfuncs);
  for (uint32_t i = 0; i < nfuncs; i++) {
    char name[16];
    int n = snprintf(name, sizeof name, "f%u", i);
    *p++ = (uint8_t)n; memcpy(p, name, (size_t)n); p += n;
    *p++ = 0x00; LEB5(i);
  }
  sz = (uint32_t)(p - epay); q = p; p = es; LEB5(sz); p = q;
  *p++ = 0x0A; uint8_t *cs = p; p += 5; uint8_t *cpay = p;
  LEB5(nfuncs);
  for (uint32_t i = 0; i < nfuncs; i++) {
    LEB5((uint32_t)body);
    *p++ = 0x00;
    for (uint32_t k = 0; k < reps; k++) { *p++ = 0x41; *p++ = 0x01; *p++ = 0x1A; }
    *p++ = 0x41;                 /* i32.const i, a padded 4-byte signed LEB (i < 2^27) */
    for (int k = 0; k < 4; k++) *p++ = (uint8_t)(((i >> (7 * k)) & 0x7F) | (k < 3 ? 0x80 : 0));
    *p++ = 0x0B;
  }
  sz = (uint32_t)(p - cpay); q = p; p = cs; LEB5(sz); p = q;
#undef LEB5
  *len = (size_t)(p - b);
  cr_assert_leq(*len, cap);
  return b;
}

/* Eager promotion on several threads (promote.c) records every function's own code: each function
 * returns its own number, and the module's code is as big as on one thread. */
Test(modules, parallel_eager_translation_matches_sequential) {
  const uint32_t nfuncs = 2000, reps = 200;          /* 2000 x 612 bytes: 1.2 MB of bodies */
  size_t len;
  uint8_t *bytes = numbered_bodies(nfuncs, reps, &len);
  size_t code1 = 0;
  for (uint32_t threads = 1; threads <= 4; threads++) {
    wd_config cfg;
    wd_config_init(&cfg);
    cfg.mode = WD_MODE_EAGER;
    cfg.load_threads = threads;
    wd_error err;
    wd_engine *e = wd_engine_new(&cfg, &err);
    cr_assert_not_null(e);
    wd_module *m = wd_module_new(e, bytes, len, &err);
    cr_assert_not_null(m, "threads %u: %s", threads, err.message);
    wd_module_stats st;
    wd_module_stats_get(m, &st);
    cr_assert_eq(st.promoted, nfuncs, "threads %u: %u promoted", threads, st.promoted);
    if (threads == 1) code1 = st.code_bytes;
    cr_assert_eq(st.code_bytes, code1, "threads %u: %zu bytes of code, %zu on one", threads, st.code_bytes, code1);
    wd_store *s = wd_store_new(e, &err);
    cr_assert_not_null(s);
    wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
    cr_assert_not_null(inst, "%s", err.message);
    for (uint32_t i = 0; i < nfuncs; i += (i % 64 == 63 || i % 64 == 0) ? 1 : 13) {
      char name[16];
      snprintf(name, sizeof name, "f%u", i);
      cr_assert_eq(call_i32(s, export_func(inst, name), NULL, 0), (int32_t)i, "threads %u: f%u", threads, i);
    }
    wd_store_free(s);
    wd_module_free(m);
    wd_engine_free(e);
  }
  free(bytes);
}

Test(api, error_set_formats_like_the_runtime) {
  wd_error e;
  cr_assert_not(wd_error_set(&e, WD_E_TRAP_OUT_OF_FUEL, "after %d steps", 7));
  cr_assert_eq(e.code, WD_E_TRAP_OUT_OF_FUEL);
  cr_assert_eq(e.offset, WD_NO_OFFSET);
  char want[WD_ERROR_MESSAGE_MAX];
  snprintf(want, sizeof want, "%s: after 7 steps", wd_errcode_message(WD_E_TRAP_OUT_OF_FUEL));
  cr_assert_str_eq(e.message, want);
  cr_assert_not(wd_error_set(&e, WD_E_OUT_OF_MEMORY, NULL));   /* no detail: the table's message alone */
  cr_assert_str_eq(e.message, wd_errcode_message(WD_E_OUT_OF_MEMORY));
  cr_assert_not(wd_error_set(NULL, WD_E_OUT_OF_MEMORY, "x"));   /* NULL err: nothing written */
  char big[2 * WD_ERROR_MESSAGE_MAX];                           /* a long detail is cut, still terminated */
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = 0;
  wd_error_set(&e, WD_E_OUT_OF_MEMORY, "%s", big);
  cr_assert_eq(strlen(e.message), WD_ERROR_MESSAGE_MAX - 1);
}
