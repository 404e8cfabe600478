/* finalize.c — host info finalizers and host-function environment finalizers: each runs exactly once,
 * when the object's last reference is gone, which for objects of a store is when the store is deleted. */
#include "check.h"

enum { INSTANCES = 500 };

static int finalized_instances, finalized_envs, finalized_foreign;
static int seen[INSTANCES];

static void finalize_instance(void *info) {
  int i = (int)(intptr_t)info;
  CHECK(i >= 0 && i < INSTANCES && seen[i] == 0);
  seen[i] = 1;
  finalized_instances++;
}
static void finalize_env(void *env) {
  CHECK(*(int *)env == 77);
  finalized_envs++;
}
static void finalize_foreign(void *info) {
  CHECK(info == &finalized_foreign);
  finalized_foreign++;
}

static wasm_trap_t *nothing(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)env;
  (void)args;
  (void)results;
  return NULL;
}

static void run_in_store(wasm_store_t *store, wasm_module_t *module, int *env) {
  wasm_functype_t *t = wasm_functype_new_0_0();
  wasm_func_t *f = wasm_func_new_with_env(store, t, nothing, env, finalize_env);
  wasm_functype_delete(t);
  CHECK(f != NULL);
  wasm_extern_t *externs[] = {wasm_func_as_extern(f)};
  wasm_extern_vec_t imports = WASM_ARRAY_VEC(externs);
  for (int i = 0; i < INSTANCES; i++) {
    wasm_instance_t *instance = wasm_instance_new(store, module, &imports, NULL);
    CHECK(instance != NULL);
    wasm_instance_set_host_info_with_finalizer(instance, (void *)(intptr_t)i, finalize_instance);
    CHECK(wasm_instance_get_host_info(instance) == (void *)(intptr_t)i);
    wasm_instance_delete(instance);
  }
  wasm_func_delete(f);
  wasm_foreign_t *fo = wasm_foreign_new(store);
  wasm_foreign_set_host_info_with_finalizer(fo, &finalized_foreign, finalize_foreign);
  wasm_foreign_delete(fo);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  int env = 77;
  for (int round = 1; round <= 2; round++) {
    wasm_store_t *store = wasm_store_new(engine);
    wasm_module_t *module = compile(store, "finalize");
    memset(seen, 0, sizeof seen);
    run_in_store(store, module, &env);
    wasm_module_delete(module);
    /* Nothing of the store is finalized before the store goes. */
    CHECK(finalized_instances == (round - 1) * INSTANCES && finalized_envs == round - 1);
    wasm_store_delete(store);
    CHECK(finalized_instances == round * INSTANCES && finalized_envs == round && finalized_foreign == round);
  }

  /* An object held past its store's deletion is finalized when its last holder lets go. */
  wasm_store_t *store = wasm_store_new(engine);
  wasm_foreign_t *fo = wasm_foreign_new(store);
  wasm_foreign_set_host_info_with_finalizer(fo, &finalized_foreign, finalize_foreign);
  wasm_store_delete(store);
  CHECK(finalized_foreign == 2);
  wasm_foreign_delete(fo);
  CHECK(finalized_foreign == 3);

  /* A module with host info is finalized with its last reference, shared or not. */
  store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "finalize");
  wasm_module_set_host_info_with_finalizer(module, &finalized_foreign, finalize_foreign);
  wasm_shared_module_t *shared = wasm_module_share(module);
  wasm_module_delete(module);
  CHECK(finalized_foreign == 3);
  wasm_module_t *again = wasm_module_obtain(store, shared);
  CHECK(again != NULL);
  wasm_shared_module_delete(shared);
  wasm_module_delete(again);
  CHECK(finalized_foreign == 4);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("finalize: ok\n");
  return 0;
}
