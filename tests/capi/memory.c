/* memory.c — an exported memory read and written from both sides, bounds traps, growth up to the
 * maximum, and a memory made by the host. */
#include "check.h"

static const wasm_func_t *size_f, *load_f, *store_f;

static int32_t call_i32(const wasm_func_t *f, int nargs, int32_t a, int32_t b, wasm_trap_t **trap) {
  wasm_val_t as[2] = {WASM_I32_VAL(a), WASM_I32_VAL(b)};
  wasm_val_t rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = {(size_t)nargs, as}, results = {wasm_func_result_arity(f), rs};
  *trap = wasm_func_call(f, &args, &results);
  return rs[0].of.i32;
}

static int32_t ok_call(const wasm_func_t *f, int nargs, int32_t a, int32_t b) {
  wasm_trap_t *trap;
  int32_t r = call_i32(f, nargs, a, b, &trap);
  CHECK(trap == NULL);
  return r;
}

static void trap_call(const wasm_func_t *f, int nargs, int32_t a, int32_t b) {
  wasm_trap_t *trap;
  call_i32(f, nargs, a, b, &trap);
  CHECK(trap != NULL);
  CHECK(strcmp(trap_text(trap), "out of bounds memory access") == 0);
  wasm_trap_delete(trap);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "memory");
  wasm_instance_t *instance = wasm_instance_new(store, module, &(wasm_extern_vec_t)WASM_EMPTY_VEC, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_memory_t *memory = wasm_extern_as_memory(export_named(module, &exports, "memory"));
  size_f = wasm_extern_as_func(export_named(module, &exports, "size"));
  load_f = wasm_extern_as_func(export_named(module, &exports, "load"));
  store_f = wasm_extern_as_func(export_named(module, &exports, "store"));
  CHECK(memory && size_f && load_f && store_f);

  wasm_memorytype_t *mt = wasm_memory_type(memory);
  CHECK(mt && wasm_memorytype_limits(mt)->min == 2 && wasm_memorytype_limits(mt)->max == 3);
  wasm_memorytype_delete(mt);

  /* Initial contents. */
  CHECK(wasm_memory_size(memory) == 2);
  CHECK(wasm_memory_data_size(memory) == 0x20000);
  CHECK(wasm_memory_data(memory)[0] == 0);
  CHECK(wasm_memory_data(memory)[0x1000] == 1 && wasm_memory_data(memory)[0x1003] == 4);
  CHECK(ok_call(size_f, 0, 0, 0) == 2);
  CHECK(ok_call(load_f, 1, 0, 0) == 0 && ok_call(load_f, 1, 0x1002, 0) == 3);
  CHECK(ok_call(load_f, 1, 0x1ffff, 0) == 0);
  trap_call(load_f, 1, 0x20000, 0);

  /* Writes from both sides. */
  wasm_memory_data(memory)[0x1003] = 5;
  CHECK(ok_call(load_f, 1, 0x1003, 0) == 5);
  ok_call(store_f, 2, 0x1002, 0x7f);
  CHECK(wasm_memory_data(memory)[0x1002] == 0x7f);
  trap_call(store_f, 2, 0x20000, 0);

  /* Growth, up to the declared maximum. */
  CHECK(wasm_memory_grow(memory, 1));
  CHECK(wasm_memory_size(memory) == 3 && wasm_memory_data_size(memory) == 0x30000);
  CHECK(ok_call(load_f, 1, 0x20000, 0) == 0);
  trap_call(load_f, 1, 0x30000, 0);
  CHECK(!wasm_memory_grow(memory, 1));
  CHECK(wasm_memory_size(memory) == 3);
  CHECK(wasm_memory_grow(memory, 0));

  /* A memory made by the host. */
  wasm_limits_t lim = {5, 5};
  wasm_memorytype_t *t = wasm_memorytype_new(&lim);
  wasm_memory_t *m2 = wasm_memory_new(store, t);
  wasm_memorytype_delete(t);
  CHECK(m2 && wasm_memory_size(m2) == 5 && wasm_memory_data_size(m2) == 5 * MEMORY_PAGE_SIZE);
  CHECK(wasm_memory_grow(m2, 0) && !wasm_memory_grow(m2, 1));
  /* min above max is refused. */
  lim = (wasm_limits_t){3, 2};
  t = wasm_memorytype_new(&lim);
  CHECK(wasm_memory_new(store, t) == NULL);
  wasm_memorytype_delete(t);

  wasm_memory_delete(m2);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("memory: ok\n");
  return 0;
}
