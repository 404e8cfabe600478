/* warden.c — warden's additions to wasm.h: every layout and compilation mode gives the same results,
 * fuel stops an endless loop with the "out of fuel" trap and can be topped up, limits hold. */
#include "check.h"

static int32_t spin(wasm_store_t *store, wasm_module_t *module, int32_t n, wasm_trap_t **trap) {
  wasm_instance_t *instance = wasm_instance_new(store, module, NULL, NULL);
  CHECK(instance != NULL);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  const wasm_func_t *f = wasm_extern_as_func(export_named(module, &exports, "spin"));
  wasm_val_t as[1] = {WASM_I32_VAL(n)}, rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = WASM_ARRAY_VEC(as), results = WASM_ARRAY_VEC(rs);
  *trap = wasm_func_call(f, &args, &results);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  return rs[0].of.i32;
}

int main(void) {
  const char *layouts[] = {"enum", "union16", "packed"};
  const char *modes[] = {"eager", "lazy-translation", "lazy"};
  for (int l = 0; l < 3; l++)
    for (int m = 0; m < 3; m++) {
      wasm_config_t *config = wasm_config_new();
      CHECK(wasm_config_set_warden_layout(config, layouts[l]));
      CHECK(wasm_config_set_warden_mode(config, modes[m]));
      wasm_engine_t *engine = wasm_engine_new_with_config(config);
      CHECK(engine != NULL);
      wasm_store_t *store = wasm_store_new(engine);
      wasm_module_t *module = compile(store, "misuse");
      wasm_trap_t *trap;
      CHECK(spin(store, module, 1000, &trap) == 7 && trap == NULL);
      wasm_module_delete(module);
      wasm_store_delete(store);
      wasm_engine_delete(engine);
    }

  /* Unknown names and bits are refused and change nothing. */
  wasm_config_t *config = wasm_config_new();
  CHECK(!wasm_config_set_warden_layout(config, "compact") && !wasm_config_set_warden_layout(config, NULL));
  CHECK(!wasm_config_set_warden_mode(config, "jit") && !wasm_config_set_warden_features(config, 1u << 30));
  CHECK(!wasm_config_set_warden_fuel(NULL, 1));

  /* Fuel: an endless loop stops; the store can be topped up and used again. */
  CHECK(wasm_config_set_warden_fuel(config, 5000));
  CHECK(wasm_config_set_warden_max_memory_pages(config, 4));
  CHECK(wasm_config_set_warden_max_instances(config, 3));
  CHECK(wasm_config_set_warden_max_call_depth(config, 1000) && wasm_config_set_warden_max_table_elems(config, 100));
  CHECK(wasm_config_set_warden_max_stack_bytes(config, 1 << 20) && wasm_config_set_warden_max_arena_bytes(config, 0));
  wasm_engine_t *engine = wasm_engine_new_with_config(config);
  wasm_store_t *store = wasm_store_new(engine);
  CHECK(wasm_store_warden_fuel_remaining(store) == 5000);
  wasm_module_t *module = compile(store, "misuse");
  wasm_trap_t *trap;
  spin(store, module, 0, &trap);   /* 0 - 1 wraps: 2^32 iterations */
  CHECK(trap != NULL && strcmp(trap_text(trap), "out of fuel") == 0);
  wasm_trap_delete(trap);
  CHECK(wasm_store_warden_fuel_remaining(store) == 0);
  CHECK(wasm_store_warden_add_fuel(store, 100000));
  CHECK(spin(store, module, 100, &trap) == 7 && trap == NULL);
  uint64_t left = wasm_store_warden_fuel_remaining(store);
  CHECK(left < 100000 && left > 100000 - 1000);

  /* Limits: at most 3 instances (two made above), memories of at most 4 pages. */
  wasm_instance_t *third = wasm_instance_new(store, module, NULL, &trap);
  CHECK(third != NULL && trap == NULL);
  wasm_instance_delete(third);
  CHECK(wasm_instance_new(store, module, NULL, &trap) == NULL);
  CHECK(trap != NULL && strstr(trap_text(trap), "instance limit") != NULL);
  wasm_trap_delete(trap);
  wasm_memorytype_t *mt = wasm_memorytype_new(&(wasm_limits_t){5, 10});
  CHECK(wasm_memory_new(store, mt) == NULL);
  CHECK(strstr(wasm_store_warden_last_error(store), "memory limit") != NULL);
  wasm_memorytype_delete(mt);
  mt = wasm_memorytype_new(&(wasm_limits_t){4, 10});
  wasm_memory_t *mem = wasm_memory_new(store, mt);
  wasm_memorytype_delete(mt);
  CHECK(mem != NULL && !wasm_memory_grow(mem, 1) && wasm_memory_size(mem) == 4);
  wasm_memory_delete(mem);
  wasm_module_delete(module);
  wasm_store_delete(store);

  /* A store of an engine without fuel cannot be given any. */
  wasm_engine_t *plain = wasm_engine_new();
  store = wasm_store_new(plain);
  CHECK(!wasm_store_warden_add_fuel(store, 1) && wasm_store_warden_fuel_remaining(store) == UINT64_MAX);
  wasm_store_delete(store);
  wasm_engine_delete(plain);
  wasm_engine_delete(engine);
  printf("warden: ok\n");
  return 0;
}
