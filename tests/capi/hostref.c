/* hostref.c — host references (externref): foreign objects and functions passed into WebAssembly through
 * a global, a table, arguments and a host function's results, and recognised when they come back. */
#include "check.h"

static wasm_trap_t *echo(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 1 && args->data[0].kind == WASM_EXTERNREF);
  wasm_val_copy(&results->data[0], &args->data[0]);
  return NULL;
}

static wasm_val_t call(const wasm_func_t *f, int nargs, wasm_val_t a0, wasm_val_t a1, int nres) {
  wasm_val_t as[2] = {a0, a1};
  wasm_val_t rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = {(size_t)nargs, as}, results = {(size_t)nres, rs};
  CHECK(wasm_func_call(f, &args, &results) == NULL);
  return rs[0];
}

static wasm_val_t ref_val(wasm_ref_t *r) {
  wasm_val_t v = WASM_REF_VAL(r);
  return v;
}

/* `got` (owned) names the same object as `want`, with the same host info; then it is deleted. */
static void same(wasm_ref_t *got, const wasm_ref_t *want) {
  if (!want) {
    CHECK(got == NULL);
    return;
  }
  CHECK(got != NULL && wasm_ref_same(got, want));
  CHECK(wasm_ref_get_host_info(got) == wasm_ref_get_host_info(want));
  wasm_ref_delete(got);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "hostref");

  wasm_functype_t *t = wasm_functype_new_1_1(wasm_valtype_new_externref(), wasm_valtype_new_externref());
  wasm_func_t *cb = wasm_func_new(store, t, echo);
  wasm_functype_delete(t);
  wasm_extern_t *externs[] = {wasm_func_as_extern(cb)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(externs);
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_global_t *global = wasm_extern_as_global(export_named(module, &exports, "global"));
  wasm_table_t *table = wasm_extern_as_table(export_named(module, &exports, "table"));
  const wasm_func_t *global_set = wasm_extern_as_func(export_named(module, &exports, "global.set"));
  const wasm_func_t *global_get = wasm_extern_as_func(export_named(module, &exports, "global.get"));
  const wasm_func_t *table_set = wasm_extern_as_func(export_named(module, &exports, "table.set"));
  const wasm_func_t *table_get = wasm_extern_as_func(export_named(module, &exports, "table.get"));
  const wasm_func_t *func_call = wasm_extern_as_func(export_named(module, &exports, "func.call"));
  CHECK(global && table && global_set && global_get && table_set && table_get && func_call);

  wasm_foreign_t *f1 = wasm_foreign_new(store), *f2 = wasm_foreign_new(store);
  wasm_foreign_set_host_info(f1, (void *)1);
  wasm_foreign_set_host_info(f2, (void *)2);
  wasm_ref_t *r1 = wasm_foreign_as_ref(f1), *r2 = wasm_foreign_as_ref(f2);
  wasm_ref_t *r3 = wasm_func_as_ref(cb);   /* a function as a host reference */
  wasm_ref_set_host_info(r3, (void *)3);
  CHECK(wasm_ref_as_foreign(r1) == f1 && wasm_ref_as_func(r1) == NULL && wasm_ref_as_func(r3) == cb);
  wasm_ref_t *copy = wasm_ref_copy(r1);
  CHECK(wasm_ref_same(copy, r1) && !wasm_ref_same(copy, r2));
  wasm_ref_delete(copy);
  wasm_val_t none = WASM_I32_VAL(0);

  /* Global: from the host, read by WebAssembly, and the other way round. */
  wasm_val_t v;
  wasm_global_get(global, &v);
  CHECK(v.kind == WASM_EXTERNREF && v.of.ref == NULL);
  v = ref_val(r1);
  wasm_global_set(global, &v);
  same(call(global_get, 0, none, none, 1).of.ref, r1);
  call(global_set, 1, ref_val(r2), none, 0);
  wasm_global_get(global, &v);
  same(v.of.ref, r2);
  call(global_set, 1, ref_val(r3), none, 0);
  wasm_global_get(global, &v);
  same(v.of.ref, r3);
  call(global_set, 1, ref_val(NULL), none, 0);
  same(call(global_get, 0, none, none, 1).of.ref, NULL);

  /* Table: the same. */
  CHECK(wasm_table_get(table, 0) == NULL);
  CHECK(wasm_table_set(table, 0, r1));
  same(call(table_get, 1, (wasm_val_t)WASM_I32_VAL(0), none, 1).of.ref, r1);
  call(table_set, 2, (wasm_val_t)WASM_I32_VAL(1), ref_val(r2), 0);
  same(wasm_table_get(table, 1), r2);
  call(table_set, 2, (wasm_val_t)WASM_I32_VAL(2), ref_val(r3), 0);
  same(wasm_table_get(table, 2), r3);
  CHECK(wasm_table_set(table, 0, NULL));
  same(wasm_table_get(table, 0), NULL);

  /* Through a host function's parameter and result. */
  same(call(func_call, 1, ref_val(r1), none, 1).of.ref, r1);
  same(call(func_call, 1, ref_val(r3), none, 1).of.ref, r3);
  same(call(func_call, 1, ref_val(NULL), none, 1).of.ref, NULL);

  /* The references held by WebAssembly outlive the host's handles. */
  call(global_set, 1, ref_val(r1), none, 0);
  wasm_foreign_delete(f1);
  wasm_val_t back = call(global_get, 0, none, none, 1);
  CHECK(back.of.ref != NULL && wasm_ref_get_host_info(back.of.ref) == (void *)1);
  wasm_val_t back2;
  wasm_val_copy(&back2, &back);
  wasm_val_delete(&back);
  CHECK(wasm_ref_get_host_info(back2.of.ref) == (void *)1);
  wasm_val_delete(&back2);

  wasm_foreign_delete(f2);
  wasm_func_delete(cb);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("hostref: ok\n");
  return 0;
}
