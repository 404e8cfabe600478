/* trap.c — traps with messages: raised by a host function (wasm_trap_new), by WebAssembly itself, and
 * passed on by a host function that called WebAssembly that trapped. Warden keeps no frames: the origin
 * is NULL and the trace empty. */
#include "check.h"

static wasm_store_t *store;
static const wasm_func_t *div_func;

static wasm_trap_t *fail_callback(void *env, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  (void)results;
  const char *how = env;
  if (strcmp(how, "message") == 0) {
    wasm_message_t msg;
    wasm_name_new_from_string_nt(&msg, "callback abort");
    wasm_trap_t *trap = wasm_trap_new(store, &msg);
    wasm_name_delete(&msg);
    return trap;
  }
  /* Call WebAssembly that divides by zero, and pass its trap on. */
  wasm_val_t as[1] = {WASM_I32_VAL(0)}, rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t a = WASM_ARRAY_VEC(as), r = WASM_ARRAY_VEC(rs);
  wasm_trap_t *trap = wasm_func_call(div_func, &a, &r);
  CHECK(trap != NULL);
  return trap;
}

static wasm_trap_t *call(const wasm_func_t *f) {
  wasm_val_t rs[1] = {WASM_INIT_VAL};
  wasm_val_vec_t args = WASM_EMPTY_VEC, results = WASM_ARRAY_VEC(rs);
  return wasm_func_call(f, &args, &results);
}

static void expect_trap(const wasm_func_t *f, const char *msg) {
  wasm_trap_t *trap = call(f);
  CHECK(trap != NULL);
  CHECK(strcmp(trap_text(trap), msg) == 0);
  CHECK(wasm_trap_origin(trap) == NULL);
  wasm_frame_vec_t trace;
  wasm_trap_trace(trap, &trace);
  CHECK(trace.size == 0);
  wasm_frame_vec_delete(&trace);
  wasm_trap_delete(trap);
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "trap");
  for (int round = 0; round < 2; round++) {
    wasm_functype_t *t = wasm_functype_new_0_1(wasm_valtype_new_i32());
    wasm_func_t *fail = wasm_func_new_with_env(store, t, fail_callback, round ? "pass on" : "message", NULL);
    wasm_functype_delete(t);
    wasm_extern_t *externs[] = {wasm_func_as_extern(fail)};
    wasm_extern_vec_t imports = WASM_ARRAY_VEC(externs);
    wasm_instance_t *instance = wasm_instance_new(store, module, &imports, NULL);
    CHECK(instance != NULL);
    wasm_extern_vec_t exports;
    wasm_instance_exports(instance, &exports);
    div_func = wasm_extern_as_func(export_named(module, &exports, "div"));
    expect_trap(wasm_extern_as_func(export_named(module, &exports, "host")),
                round ? "integer divide by zero" : "callback abort");
    expect_trap(wasm_extern_as_func(export_named(module, &exports, "unreachable")), "unreachable");
    /* The instance works on after a trap. */
    wasm_val_t as[1] = {WASM_I32_VAL(1)}, rs[1] = {WASM_INIT_VAL};
    wasm_val_vec_t a = WASM_ARRAY_VEC(as), r = WASM_ARRAY_VEC(rs);
    CHECK(wasm_func_call(div_func, &a, &r) == NULL && rs[0].of.i32 == 1);
    wasm_func_delete(fail);
    wasm_extern_vec_delete(&exports);
    wasm_instance_delete(instance);
  }

  /* A trap made by the host: message with or without its NUL, copies, host info. */
  wasm_message_t m = {5, "hello"};
  wasm_trap_t *t1 = wasm_trap_new(store, &m);
  CHECK(strcmp(trap_text(t1), "hello") == 0);
  wasm_trap_t *t2 = wasm_trap_copy(t1);
  CHECK(wasm_trap_same(t1, t2));
  wasm_trap_set_host_info(t1, &m);
  CHECK(wasm_trap_get_host_info(t2) == &m);
  wasm_ref_t *r = wasm_trap_as_ref(t1);
  CHECK(wasm_ref_as_trap(r) == t1 && wasm_ref_as_func(r) == NULL);
  wasm_trap_delete(t1);
  CHECK(strcmp(trap_text(t2), "hello") == 0);
  wasm_trap_delete(t2);

  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("trap: ok\n");
  return 0;
}
