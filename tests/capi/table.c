/* table.c — a funcref table read, written and grown from the host, call_indirect through it (with its
 * traps), host functions in it, and a table made by the host. */
#include "check.h"

static wasm_trap_t *triple(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = 3 * args->data[0].of.i32;
  return NULL;
}

static wasm_trap_t *call_indirect(const wasm_func_t *f, int32_t arg, int32_t index, int32_t *out) {
  wasm_val_t as[2] = {WASM_I32_VAL(arg), WASM_I32_VAL(index)};
  wasm_val_t rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = WASM_ARRAY_VEC(as), results = WASM_ARRAY_VEC(rs);
  wasm_trap_t *trap = wasm_func_call(f, &args, &results);
  if (!trap) *out = rs[0].of.i32;
  return trap;
}

static void expect(const wasm_func_t *f, int32_t arg, int32_t index, int32_t want) {
  int32_t got = 0;
  CHECK(call_indirect(f, arg, index, &got) == NULL);
  CHECK(got == want);
}

static void expect_trap(const wasm_func_t *f, int32_t arg, int32_t index, const char *msg) {
  int32_t got = 0;
  wasm_trap_t *trap = call_indirect(f, arg, index, &got);
  CHECK(trap != NULL);
  CHECK(strcmp(trap_text(trap), msg) == 0);
  wasm_trap_delete(trap);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "table");
  wasm_instance_t *instance = wasm_instance_new(store, module, &(wasm_extern_vec_t)WASM_EMPTY_VEC, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_table_t *table = wasm_extern_as_table(export_named(module, &exports, "table"));
  wasm_func_t *ci = wasm_extern_as_func(export_named(module, &exports, "call_indirect"));
  wasm_func_t *dbl = wasm_extern_as_func(export_named(module, &exports, "double"));
  wasm_func_t *neg = wasm_extern_as_func(export_named(module, &exports, "neg"));
  CHECK(table && ci && dbl && neg);

  wasm_functype_t *tt = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_func_t *host = wasm_func_new(store, tt, triple);
  wasm_functype_delete(tt);
  CHECK(host != NULL);

  wasm_tabletype_t *ty = wasm_table_type(table);
  CHECK(ty && wasm_valtype_kind(wasm_tabletype_element(ty)) == WASM_FUNCREF);
  CHECK(wasm_tabletype_limits(ty)->min == 2 && wasm_tabletype_limits(ty)->max == 10);
  wasm_tabletype_delete(ty);

  /* Initial contents: null, then the element segment's function. */
  CHECK(wasm_table_size(table) == 2);
  CHECK(wasm_table_get(table, 0) == NULL);
  wasm_ref_t *r = wasm_table_get(table, 1);
  CHECK(r != NULL && wasm_ref_same(r, wasm_func_as_ref(dbl)));
  wasm_ref_delete(r);
  CHECK(wasm_table_get(table, 2) == NULL);
  expect(ci, 7, 1, 14);
  expect_trap(ci, 7, 0, "uninitialized element");
  expect_trap(ci, 7, 2, "undefined element");

  /* Host writes: a wasm function, a host function, null; out of bounds refused. */
  CHECK(wasm_table_set(table, 0, wasm_func_as_ref(neg)));
  CHECK(wasm_table_set(table, 1, wasm_func_as_ref(host)));
  expect(ci, 7, 0, -7);
  expect(ci, 7, 1, 21);
  CHECK(wasm_table_set(table, 0, NULL));
  expect_trap(ci, 7, 0, "uninitialized element");
  CHECK(!wasm_table_set(table, 2, wasm_func_as_ref(neg)));

  /* Growth up to the maximum, filled with the given value. */
  CHECK(wasm_table_grow(table, 3, wasm_func_as_ref(dbl)));
  CHECK(wasm_table_size(table) == 5);
  expect(ci, 5, 4, 10);
  CHECK(wasm_table_grow(table, 0, NULL));
  CHECK(!wasm_table_grow(table, 6, NULL));
  CHECK(wasm_table_grow(table, 5, NULL));
  CHECK(wasm_table_size(table) == 10);
  expect_trap(ci, 5, 9, "uninitialized element");
  CHECK(!wasm_table_grow(table, 1, NULL));

  /* A table made by the host. */
  wasm_limits_t lim = {5, 5};
  wasm_tabletype_t *t = wasm_tabletype_new(wasm_valtype_new_funcref(), &lim);
  wasm_table_t *t2 = wasm_table_new(store, t, wasm_func_as_ref(host));
  wasm_tabletype_delete(t);
  CHECK(t2 && wasm_table_size(t2) == 5);
  r = wasm_table_get(t2, 4);
  CHECK(r && wasm_ref_same(r, wasm_func_as_ref(host)));
  wasm_ref_delete(r);
  CHECK(!wasm_table_grow(t2, 1, NULL) && wasm_table_grow(t2, 0, NULL));

  wasm_table_delete(t2);
  wasm_func_delete(host);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("table: ok\n");
  return 0;
}
