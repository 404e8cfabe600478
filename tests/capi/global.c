/* global.c — imported and exported globals, constant and mutable, read and written from the host and
 * from WebAssembly; an immutable global refuses writes. */
#include "check.h"

static wasm_global_t *new_global(wasm_store_t *store, wasm_valkind_t kind, wasm_mutability_t mut, wasm_val_t v) {
  wasm_globaltype_t *t = wasm_globaltype_new(wasm_valtype_new(kind), mut);
  wasm_global_t *g = wasm_global_new(store, t, &v);
  wasm_globaltype_delete(t);
  CHECK(g != NULL);
  return g;
}

static wasm_val_t get(const wasm_global_t *g) {
  wasm_val_t v;
  wasm_global_get(g, &v);
  return v;
}

static wasm_val_t call0(const wasm_func_t *f) {
  wasm_val_t rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = WASM_EMPTY_VEC, results = WASM_ARRAY_VEC(rs);
  CHECK(wasm_func_call(f, &args, &results) == NULL);
  return rs[0];
}

static void call1(const wasm_func_t *f, wasm_val_t v) {
  wasm_val_t as[1] = {v};
  wasm_val_vec_t args = WASM_ARRAY_VEC(as), results = WASM_EMPTY_VEC;
  CHECK(wasm_func_call(f, &args, &results) == NULL);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "global");

  wasm_global_t *const_f32 = new_global(store, WASM_F32, WASM_CONST, (wasm_val_t)WASM_F32_VAL(1.5f));
  wasm_global_t *const_i64 = new_global(store, WASM_I64, WASM_CONST, (wasm_val_t)WASM_I64_VAL(2));
  wasm_global_t *var_f32 = new_global(store, WASM_F32, WASM_VAR, (wasm_val_t)WASM_F32_VAL(3));
  wasm_global_t *var_i64 = new_global(store, WASM_I64, WASM_VAR, (wasm_val_t)WASM_I64_VAL(4));

  /* A global of the wrong value kind is refused. */
  wasm_globaltype_t *bad_t = wasm_globaltype_new(wasm_valtype_new(WASM_I32), WASM_CONST);
  wasm_val_t bad_v = WASM_F64_VAL(1);
  CHECK(wasm_global_new(store, bad_t, &bad_v) == NULL);
  wasm_globaltype_delete(bad_t);

  wasm_extern_t *externs[] = {wasm_global_as_extern(const_f32), wasm_global_as_extern(const_i64),
                              wasm_global_as_extern(var_f32), wasm_global_as_extern(var_i64)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(externs);
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, NULL);
  CHECK(instance != NULL);

  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_global_t *ex_const_f32_import = wasm_extern_as_global(export_named(module, &exports, "const f32 import"));
  wasm_global_t *ex_var_i64_import = wasm_extern_as_global(export_named(module, &exports, "var i64 import"));
  wasm_global_t *ex_const_f32 = wasm_extern_as_global(export_named(module, &exports, "const f32"));
  wasm_global_t *ex_const_i64 = wasm_extern_as_global(export_named(module, &exports, "const i64"));
  wasm_global_t *ex_var_f32 = wasm_extern_as_global(export_named(module, &exports, "var f32"));
  wasm_global_t *ex_var_i64 = wasm_extern_as_global(export_named(module, &exports, "var i64"));
  wasm_func_t *get_f32_import = wasm_extern_as_func(export_named(module, &exports, "get f32 import"));
  wasm_func_t *get_var_i64_import = wasm_extern_as_func(export_named(module, &exports, "get var i64 import"));
  wasm_func_t *get_var_f32 = wasm_extern_as_func(export_named(module, &exports, "get var f32"));
  wasm_func_t *set_var_i64_import = wasm_extern_as_func(export_named(module, &exports, "set var i64 import"));
  wasm_func_t *set_var_f32 = wasm_extern_as_func(export_named(module, &exports, "set var f32"));
  CHECK(ex_const_f32_import && ex_var_i64_import && ex_const_f32 && ex_const_i64 && ex_var_f32 && ex_var_i64);
  CHECK(get_f32_import && get_var_i64_import && get_var_f32 && set_var_i64_import && set_var_f32);
  /* An extern of the wrong kind gives NULL. */
  CHECK(wasm_extern_as_func(export_named(module, &exports, "var f32")) == NULL);

  /* Re-exported imports are the same objects as the globals imported. */
  CHECK(wasm_global_same(ex_const_f32_import, const_f32));
  CHECK(wasm_global_same(ex_var_i64_import, var_i64));
  CHECK(!wasm_global_same(ex_var_i64_import, var_f32));

  /* Types. */
  wasm_globaltype_t *gt = wasm_global_type(ex_var_f32);
  CHECK(gt && wasm_valtype_kind(wasm_globaltype_content(gt)) == WASM_F32 &&
        wasm_globaltype_mutability(gt) == WASM_VAR);
  wasm_globaltype_delete(gt);
  gt = wasm_global_type(ex_const_i64);
  CHECK(gt && wasm_valtype_kind(wasm_globaltype_content(gt)) == WASM_I64 &&
        wasm_globaltype_mutability(gt) == WASM_CONST);
  wasm_globaltype_delete(gt);

  /* Initial values, from the host and from WebAssembly. */
  CHECK(get(const_f32).kind == WASM_F32 && get(const_f32).of.f32 == 1.5f);
  CHECK(get(ex_const_f32).of.f32 == 5 && get(ex_const_i64).of.i64 == 6);
  CHECK(get(ex_var_f32).of.f32 == 7 && get(ex_var_i64).of.i64 == 8);
  CHECK(call0(get_f32_import).of.f32 == 1.5f && call0(get_var_i64_import).of.i64 == 4);
  CHECK(call0(get_var_f32).of.f32 == 7);

  /* Host writes are seen by WebAssembly. */
  wasm_val_t v = WASM_I64_VAL(-40);
  wasm_global_set(var_i64, &v);
  CHECK(call0(get_var_i64_import).of.i64 == -40 && get(ex_var_i64_import).of.i64 == -40);
  v = (wasm_val_t)WASM_F32_VAL(0.25f);
  wasm_global_set(ex_var_f32, &v);
  CHECK(call0(get_var_f32).of.f32 == 0.25f);

  /* WebAssembly writes are seen by the host. */
  call1(set_var_i64_import, (wasm_val_t)WASM_I64_VAL(1234567890123LL));
  CHECK(get(var_i64).of.i64 == 1234567890123LL);
  call1(set_var_f32, (wasm_val_t)WASM_F32_VAL(-2.5f));
  CHECK(get(ex_var_f32).of.f32 == -2.5f);

  /* Writing a constant global or with the wrong kind changes nothing. */
  v = (wasm_val_t)WASM_F32_VAL(99);
  wasm_global_set(const_f32, &v);
  CHECK(get(const_f32).of.f32 == 1.5f);
  v = (wasm_val_t)WASM_I32_VAL(1);
  wasm_global_set(var_i64, &v);
  CHECK(get(var_i64).of.i64 == 1234567890123LL);

  wasm_global_delete(const_f32);
  wasm_global_delete(const_i64);
  wasm_global_delete(var_f32);
  wasm_global_delete(var_i64);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("global: ok\n");
  return 0;
}
