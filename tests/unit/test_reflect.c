/* test_reflect.c — Criterion tests of warden.h's reflection for host layers (the standard C API in
 * capi/ is built on them): wd_module_import_type / wd_module_export_type for every kind, wd_table_type,
 * wd_table_grow (limits, kinds, misuse) and wd_memory_max.
 * May touch: warden.h only.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "warden.h"

/* Assembled with wat2wasm from:
 * (module
 *   (import "env" "f" (func (param i32 f64) (result i64)))
 *   (import "env" "g" (global (mut f32)))
 *   (import "env" "t" (table 1 externref))
 *   (import "env" "m" (memory 1 2))
 *   (func (export "func") (param i32 f64) (result i64) (i64.const 0))
 *   (global (export "global") f64 (f64.const 1))
 *   (table (export "table") 0 50 funcref)
 *   (export "memory" (memory 0))
 *   (export "imported_table" (table 0))) */
static const uint8_t mod_reflect[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7c, 0x01, 0x7e, 0x02,
  0x26, 0x04, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x67, 0x03, 0x7d,
  0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x74, 0x01, 0x6f, 0x00, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x6d, 0x02,
  0x01, 0x01, 0x02, 0x03, 0x02, 0x01, 0x00, 0x04, 0x05, 0x01, 0x70, 0x01, 0x00, 0x32, 0x06, 0x0d, 0x01, 0x7c,
  0x00, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f, 0x0b, 0x07, 0x33, 0x05, 0x04, 0x66, 0x75, 0x6e,
  0x63, 0x00, 0x01, 0x06, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x03, 0x01, 0x05, 0x74, 0x61, 0x62, 0x6c, 0x65,
  0x01, 0x01, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x0e, 0x69, 0x6d, 0x70, 0x6f, 0x72, 0x74,
  0x65, 0x64, 0x5f, 0x74, 0x61, 0x62, 0x6c, 0x65, 0x01, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x42, 0x00, 0x0b
};

static wd_engine *engine;
static wd_module *module;

static void load(void) {
  wd_error err;
  engine = wd_engine_new(NULL, &err);
  cr_assert_not_null(engine, "%s", err.message);
  module = wd_module_new(engine, mod_reflect, sizeof mod_reflect, &err);
  cr_assert_not_null(module, "%s", err.message);
}

static void unload(void) {
  wd_module_free(module);
  wd_engine_free(engine);
}

Test(reflect, import_types) {
  load();
  wd_externtype t;
  cr_assert_eq(wd_module_import_count(module), 4);
  cr_assert(wd_module_import_type(module, 0, &t));
  cr_assert_eq(t.kind, WD_EXTERN_FUNC);
  cr_assert_eq(t.nparams, 2);
  cr_assert_eq(t.nresults, 1);
  cr_assert_eq(t.params[0], WD_I32);
  cr_assert_eq(t.params[1], WD_F64);
  cr_assert_eq(t.results[0], WD_I64);
  cr_assert(wd_module_import_type(module, 1, &t));
  cr_assert_eq(t.kind, WD_EXTERN_GLOBAL);
  cr_assert_eq(t.valkind, WD_F32);
  cr_assert(t.mutable_);
  cr_assert(wd_module_import_type(module, 2, &t));
  cr_assert_eq(t.kind, WD_EXTERN_TABLE);
  cr_assert_eq(t.valkind, WD_EXTERNREF);
  cr_assert_eq(t.min, 1);
  cr_assert_eq(t.max, WD_NO_MAX);
  cr_assert(wd_module_import_type(module, 3, &t));
  cr_assert_eq(t.kind, WD_EXTERN_MEMORY);
  cr_assert_eq(t.min, 1);
  cr_assert_eq(t.max, 2);
  cr_assert_not(wd_module_import_type(module, 4, &t));
  cr_assert_not(wd_module_import_type(NULL, 0, &t));
  cr_assert_not(wd_module_import_type(module, 0, NULL));
  unload();
}

Test(reflect, export_types) {
  load();
  wd_externtype t;
  cr_assert_eq(wd_module_export_count(module), 5);
  cr_assert(wd_module_export_type(module, 0, &t));
  cr_assert_eq(t.kind, WD_EXTERN_FUNC);
  cr_assert(t.nparams == 2 && t.nresults == 1 && t.params[1] == WD_F64 && t.results[0] == WD_I64);
  cr_assert(wd_module_export_type(module, 1, &t));
  cr_assert(t.kind == WD_EXTERN_GLOBAL && t.valkind == WD_F64 && !t.mutable_);
  cr_assert(wd_module_export_type(module, 2, &t));
  cr_assert(t.kind == WD_EXTERN_TABLE && t.valkind == WD_FUNCREF && t.min == 0 && t.max == 50);
  /* Exports of imports read the imported types (index spaces start with the imports). */
  cr_assert(wd_module_export_type(module, 3, &t));
  cr_assert(t.kind == WD_EXTERN_MEMORY && t.min == 1 && t.max == 2);
  cr_assert(wd_module_export_type(module, 4, &t));
  cr_assert(t.kind == WD_EXTERN_TABLE && t.valkind == WD_EXTERNREF && t.min == 1 && t.max == WD_NO_MAX);
  cr_assert_not(wd_module_export_type(module, 5, &t));
  unload();
}

Test(reflect, table_type_and_grow) {
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_store *s = wd_store_new(e, &err);
  cr_assert_not_null(s);
  wd_val null_func = {.kind = WD_FUNCREF, .of.func = NULL};
  wd_val null_ext = {.kind = WD_EXTERNREF, .of.externref = NULL};
  wd_table *t = wd_table_new(s, WD_FUNCREF, 1, 4, null_func, &err);
  cr_assert_not_null(t, "%s", err.message);
  wd_valkind elem;
  uint32_t max;
  wd_table_type(t, &elem, &max);
  cr_assert_eq(elem, WD_FUNCREF);
  cr_assert_eq(max, 4);
  cr_assert_eq(wd_table_grow(s, t, 2, null_func, &err), 1);
  cr_assert_eq(wd_table_size(t), 3);
  cr_assert_eq(wd_table_grow(s, t, 0, null_func, &err), 3);
  cr_assert_eq(wd_table_grow(s, t, 2, null_func, &err), -1);
  cr_assert_eq(err.code, WD_E_LIMIT_TABLE);
  cr_assert_eq(wd_table_size(t), 3);
  cr_assert_eq(wd_table_grow(s, t, 1, null_ext, &err), -1);
  cr_assert_eq(err.code, WD_E_ARG_TYPE);
  cr_assert_eq(wd_table_grow(NULL, t, 1, null_func, &err), -1);
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_eq(wd_table_grow(s, t, 1, null_func, &err), 3);
  cr_assert_eq(wd_table_size(t), 4);
  wd_table *u = wd_table_new(s, WD_EXTERNREF, 0, WD_NO_MAX, null_ext, &err);
  wd_table_type(u, &elem, &max);
  cr_assert(elem == WD_EXTERNREF && max == WD_NO_MAX);
  cr_assert_eq(wd_table_grow(s, u, 100, null_ext, &err), 0);
  cr_assert_eq(wd_table_size(u), 100);
  wd_table_type(NULL, &elem, &max);   /* NULL: no crash, defaults */
  cr_assert_eq(max, WD_NO_MAX);
  wd_store_free(s);
  wd_engine_free(e);
}

Test(reflect, memory_max) {
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_store *s = wd_store_new(e, &err);
  wd_memory *m = wd_memory_new(s, 1, 3, &err);
  wd_memory *n = wd_memory_new(s, 0, WD_NO_MAX, &err);
  cr_assert(m && n);
  cr_assert_eq(wd_memory_max(m), 3);
  cr_assert_eq(wd_memory_max(n), WD_NO_MAX);
  cr_assert_eq(wd_memory_max(NULL), WD_NO_MAX);
  cr_assert_eq(wd_memory_grow(m, 2), 1);
  cr_assert_eq(wd_memory_max(m), 3);
  wd_store_free(s);
  wd_engine_free(e);
}
