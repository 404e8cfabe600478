/* multi.c — several parameters and results of mixed types, through a host function and back. */
#include "check.h"

static wasm_trap_t *reverse(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  CHECK(args->size == 4 && results->size == 4);
  CHECK(args->data[0].kind == WASM_I32 && args->data[1].kind == WASM_I64);
  CHECK(args->data[2].kind == WASM_I64 && args->data[3].kind == WASM_I32);
  results->data[0].kind = WASM_I32;
  results->data[0].of.i32 = (int32_t)args->data[3].of.i32;
  results->data[1].kind = WASM_I64;
  results->data[1].of.i64 = args->data[2].of.i64;
  results->data[2].kind = WASM_I64;
  results->data[2].of.i64 = args->data[1].of.i64;
  results->data[3].kind = WASM_I32;
  results->data[3].of.i32 = args->data[0].of.i32;
  return NULL;
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "multi");

  wasm_valtype_t *ps[4] = {wasm_valtype_new_i32(), wasm_valtype_new_i64(), wasm_valtype_new_i64(),
                           wasm_valtype_new_i32()};
  wasm_valtype_t *rs[4] = {wasm_valtype_new_i32(), wasm_valtype_new_i64(), wasm_valtype_new_i64(),
                           wasm_valtype_new_i32()};
  wasm_valtype_vec_t params, results;
  wasm_valtype_vec_new(&params, 4, ps);
  wasm_valtype_vec_new(&results, 4, rs);
  wasm_functype_t *t = wasm_functype_new(&params, &results);
  CHECK(t != NULL && wasm_functype_params(t)->size == 4 && wasm_functype_results(t)->size == 4);
  wasm_func_t *rev = wasm_func_new(store, t, reverse);
  wasm_functype_delete(t);
  CHECK(rev != NULL);

  wasm_extern_t *externs[] = {wasm_func_as_extern(rev)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(externs);
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  const wasm_func_t *run = wasm_extern_as_func(export_named(module, &exports, "run"));
  CHECK(run && wasm_func_param_arity(run) == 4 && wasm_func_result_arity(run) == 4);

  wasm_val_t as[4] = {WASM_I32_VAL(1), WASM_I64_VAL(-2), WASM_I64_VAL(0x7fffffffffffffffLL), WASM_I32_VAL(-4)};
  wasm_val_t out[4] = {WASM_INIT_VAL, WASM_INIT_VAL, WASM_INIT_VAL, WASM_INIT_VAL};
  wasm_val_vec_t args = WASM_ARRAY_VEC(as), res = WASM_ARRAY_VEC(out);
  CHECK(wasm_func_call(run, &args, &res) == NULL);
  CHECK(out[0].kind == WASM_I32 && out[0].of.i32 == -4);
  CHECK(out[1].kind == WASM_I64 && out[1].of.i64 == 0x7fffffffffffffffLL);
  CHECK(out[2].kind == WASM_I64 && out[2].of.i64 == -2);
  CHECK(out[3].kind == WASM_I32 && out[3].of.i32 == 1);

  /* The same through the host function directly. */
  CHECK(wasm_func_call(rev, &args, &res) == NULL);
  CHECK(out[0].of.i32 == -4 && out[1].of.i64 == 0x7fffffffffffffffLL && out[2].of.i64 == -2 && out[3].of.i32 == 1);

  wasm_func_delete(rev);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("multi: ok\n");
  return 0;
}
