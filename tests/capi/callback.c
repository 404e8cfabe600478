/* callback.c — host functions with and without an environment, called from WebAssembly with arguments
 * and results. */
#include "check.h"

static int32_t printed = -1;

static wasm_trap_t *print_callback(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 1 && args->data[0].kind == WASM_I32 && results->size == 1);
  printed = args->data[0].of.i32;
  wasm_val_copy(&results->data[0], &args->data[0]);
  return NULL;
}

static wasm_trap_t *closure_callback(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 0 && results->size == 1);
  int *n = env;
  (*n)++;
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = 42;
  return NULL;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "callback");

  wasm_functype_t *print_type = wasm_functype_new_1_1(wasm_valtype_new_i32(), wasm_valtype_new_i32());
  wasm_func_t *print_func = wasm_func_new(store, print_type, print_callback);
  int closure_calls = 0;
  wasm_functype_t *closure_type = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *closure_func = wasm_func_new_with_env(store, closure_type, closure_callback, &closure_calls, NULL);
  wasm_functype_delete(print_type);
  wasm_functype_delete(closure_type);
  CHECK(print_func && closure_func);

  /* The host function's type reads back as given. */
  wasm_functype_t *t = wasm_func_type(print_func);
  CHECK(t && wasm_functype_params(t)->size == 1 && wasm_functype_results(t)->size == 1);
  CHECK(wasm_valtype_kind(wasm_functype_params(t)->data[0]) == WASM_I32);
  wasm_functype_delete(t);

  wasm_extern_t *externs[] = {wasm_func_as_extern(print_func), wasm_func_as_extern(closure_func)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(externs);
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, NULL);
  CHECK(instance != NULL);
  wasm_func_delete(print_func);
  wasm_func_delete(closure_func);

  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  const wasm_func_t *run_func = wasm_extern_as_func(export_named(module, &exports, "run"));
  CHECK(run_func != NULL);

  wasm_val_t as[2] = {WASM_I32_VAL(3), WASM_I32_VAL(4)};
  wasm_val_t rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = WASM_ARRAY_VEC(as), results = WASM_ARRAY_VEC(rs);
  CHECK(wasm_func_call(run_func, &args, &results) == NULL);
  CHECK(rs[0].kind == WASM_I32 && rs[0].of.i32 == 49);
  CHECK(printed == 7 && closure_calls == 1);

  as[0].of.i32 = -10;
  CHECK(wasm_func_call(run_func, &args, &results) == NULL);
  CHECK(rs[0].of.i32 == 36 && printed == -6 && closure_calls == 2);

  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("callback: ok\n");
  return 0;
}
