/* start.c — a start function that traps: instantiation returns NULL and hands the trap to the host. */
#include "check.h"

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "start");
  wasm_extern_vec_t imports = WASM_EMPTY_VEC;
  wasm_trap_t *trap = NULL;
  wasm_instance_t *instance = wasm_instance_new(store, module, &imports, &trap);
  CHECK(instance == NULL);
  CHECK(trap != NULL);
  CHECK(strcmp(trap_text(trap), "unreachable") == 0);
  CHECK(wasm_trap_origin(trap) == NULL);
  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 0 && trace.data == NULL);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);
  /* Without a trap argument, the failure is still a NULL instance. */
  CHECK(wasm_instance_new(store, module, &imports, NULL) == NULL);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("start: ok\n");
  return 0;
}
