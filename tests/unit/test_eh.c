/* test_eh.c — Criterion tests of exception handling through the public API: a host function throws and
 * WebAssembly catches it, an uncaught exception reaches the host as WD_E_UNCAUGHT_EXCEPTION with its tag
 * and payload, exceptions cross host frames (wasm -> host -> wasm), the heap limit bounds exception
 * objects (and the collector frees dead ones), and a disabled feature rejects the encodings.
 * May touch: warden.h and runtime.h (the store's heap counters).
 */
#include <criterion/criterion.h>
#include <string.h>
#include "warden.h"
#include "runtime.h"

static const char *mod_text =
    "(module\n"
    "  (import \"env\" \"t\" (tag $t (param i32)))\n"
    "  (import \"env\" \"host\" (func $host (param i32)))\n"
    "  (tag $own (export \"own\") (param i64))\n"
    "  (func (export \"catch_host\") (param i32) (result i32)\n"
    "    (block $h (result i32)\n"
    "      (try_table (catch $t $h) (call $host (local.get 0)))\n"
    "      (i32.const -1)))\n"
    "  (func (export \"throw_own\") (param i64) (throw $own (local.get 0)))\n"
    "  (func (export \"through_host\") (param i32) (result i32)\n"
    "    (block $h (result i32)\n"
    "      (try_table (catch $t $h) (call $host (local.get 0)))\n"
    "      (i32.const -1)))\n"
    "  (func (export \"throw_t\") (param i32) (throw $t (local.get 0)))\n"
    "  (func (export \"loop\") (param i32) (result i32)\n"
    "    (loop $l\n"
    "      (block $h\n"
    "        (try_table (catch_all $h) (throw $own (i64.extend_i32_u (local.get 0)))))\n"
    "      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))\n"
    "    (local.get 0)))\n";

typedef struct fixture {
  wd_engine *e;
  wd_module *m;
  wd_store *s;
  wd_instance *inst;
  wd_tag *t;
  int mode;                      /* host: 0 throw t(arg), 1 call back "throw_t" and pass its exception on */
} fixture;

static fixture fx;

static bool host(wd_caller *c, void *user, const wd_val *args, wd_val *results) {
  (void)results;
  fixture *f = user;
  if (f->mode == 0) {
    wd_val v = {.kind = WD_I32, .of.i32 = args[0].of.i32 * 2};
    return wd_caller_throw(c, f->t, &v, 1);
  }
  wd_extern ex;
  cr_assert(wd_instance_export(f->inst, "throw_t", 7, &ex));
  wd_error err;
  wd_val a = {.kind = WD_I32, .of.i32 = args[0].of.i32 + 100};
  bool ok = wd_func_call(wd_caller_store(c), ex.of.func, &a, 1, NULL, 0, &err);
  cr_assert_not(ok);
  cr_assert_eq(err.code, WD_E_UNCAUGHT_EXCEPTION, "%s", err.message);
  return false;                  /* pass the exception on */
}

static void setup(const char *mode) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = "packed";
  cfg.mode = strcmp(mode, "lazy") ? WD_MODE_EAGER : WD_MODE_LAZY;
  wd_error err;
  fx.e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(fx.e, "%s", err.message);
  size_t len;
  uint8_t *bin = wd_wat_to_wasm(mod_text, strlen(mod_text), NULL, &len, &err);
  cr_assert_not_null(bin, "%s", err.message);
  fx.m = wd_module_new(fx.e, bin, len, &err);
  wd_wat_free(NULL, bin, len);
  cr_assert_not_null(fx.m, "%s", err.message);
  fx.s = wd_store_new(fx.e, &err);
  wd_valkind i32 = WD_I32;
  fx.t = wd_tag_new(fx.s, &i32, 1, &err);
  cr_assert_not_null(fx.t, "%s", err.message);
  wd_func *h = wd_func_new_host(fx.s, &i32, 1, NULL, 0, host, &fx, &err);
  cr_assert_not_null(h, "%s", err.message);
  wd_extern imports[2] = {{.kind = WD_EXTERN_TAG, .of.tag = fx.t}, {.kind = WD_EXTERN_FUNC, .of.func = h}};
  fx.inst = wd_instantiate(fx.s, fx.m, imports, 2, &err);
  cr_assert_not_null(fx.inst, "%s", err.message);
}

static void teardown(void) {
  wd_store_free(fx.s);
  wd_module_free(fx.m);
  wd_engine_free(fx.e);
  memset(&fx, 0, sizeof fx);
}

static wd_func *export_func(const char *name) {
  wd_extern ex;
  cr_assert(wd_instance_export(fx.inst, name, strlen(name), &ex), "no export %s", name);
  cr_assert_eq(ex.kind, WD_EXTERN_FUNC);
  return ex.of.func;
}

static void eager(void) { setup("eager"); }
static void lazy(void) { setup("lazy"); }
/* Set up and torn down inside each test (the 32-bit build's Criterion stand-in has no fixtures). */
#define EH_TEST(name, init) static void name##_body(void); \
  Test(eh, name) { init(); name##_body(); teardown(); } static void name##_body(void)

static void host_throw_is_caught(void) {
  fx.mode = 0;
  wd_val a = {.kind = WD_I32, .of.i32 = 21}, r;
  wd_error err;
  cr_assert(wd_func_call(fx.s, export_func("catch_host"), &a, 1, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r.of.i32, 42);
}
EH_TEST(host_throw_is_caught_eager, eager) { host_throw_is_caught(); }
EH_TEST(host_throw_is_caught_lazy, lazy) { host_throw_is_caught(); }

EH_TEST(uncaught_reaches_the_host, eager) {
  wd_val a = {.kind = WD_I64, .of.i64 = -7};
  wd_error err;
  cr_assert_not(wd_func_call(fx.s, export_func("throw_own"), &a, 1, NULL, 0, &err));
  cr_assert_eq(err.code, WD_E_UNCAUGHT_EXCEPTION);
  cr_assert(strstr(err.message, "uncaught exception"), "%s", err.message);
  cr_assert_eq(wd_errcode_class(err.code), WD_CLASS_TRAP);
  wd_tag *tag = NULL;
  wd_val v[2];
  size_t n = 0;
  cr_assert(wd_store_exception(fx.s, &tag, v, 2, &n));
  wd_extern own;
  cr_assert(wd_instance_export(fx.inst, "own", 3, &own));
  cr_assert_eq(own.kind, WD_EXTERN_TAG);
  cr_assert_eq(tag, own.of.tag);
  cr_assert_eq(n, 1);
  cr_assert_eq(v[0].kind, WD_I64);
  cr_assert_eq(v[0].of.i64, -7);
  uint32_t np;
  const wd_valkind *pk;
  wd_tag_type(tag, &np, &pk);
  cr_assert_eq(np, 1);
  cr_assert_eq(pk[0], WD_I64);
  /* the next call forgets it */
  wd_val b = {.kind = WD_I32, .of.i32 = 1}, r;
  fx.mode = 0;
  cr_assert(wd_func_call(fx.s, export_func("catch_host"), &b, 1, &r, 1, &err));
  cr_assert_not(wd_store_exception(fx.s, &tag, v, 2, &n));
}

EH_TEST(exception_crosses_host_frames, eager) {
  fx.mode = 1;
  wd_val a = {.kind = WD_I32, .of.i32 = 5}, r;
  wd_error err;
  cr_assert(wd_func_call(fx.s, export_func("through_host"), &a, 1, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r.of.i32, 105);
}

EH_TEST(host_throw_misuse_traps, eager) {
  wd_caller c = {fx.s, NULL, NULL};
  wd_error err;
  c.trap = &err;
  cr_assert_not(wd_caller_throw(&c, fx.t, NULL, 0));
  cr_assert_eq(err.code, WD_E_TRAP_HOST);
  wd_val wrong = {.kind = WD_I64, .of.i64 = 1};
  cr_assert_not(wd_caller_throw(&c, fx.t, &wrong, 1));
  cr_assert_eq(err.code, WD_E_TRAP_HOST);
}

EH_TEST(heap_limit_bounds_exceptions, eager) {
  /* 100,000 thrown and caught exceptions in a store allowed 4 KiB of them: the collector keeps up. */
  wd_limits l;
  memset(&l, 0, sizeof l);
  l.max_total_heap_bytes = 4096;
  wd_error err;
  cr_assert(wd_store_set_limits(fx.s, &l, &err));
  wd_val a = {.kind = WD_I32, .of.i32 = 100000}, r;
  cr_assert(wd_func_call(fx.s, export_func("loop"), &a, 1, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r.of.i32, 0);
  wd_usage u;
  cr_assert(wd_store_usage(fx.s, &u));
  cr_assert_leq(u.heap_bytes, 4096);
  /* a limit smaller than one exception: the throw fails with the limit's error */
  l.max_total_heap_bytes = 1;
  cr_assert(wd_store_set_limits(fx.s, &l, &err));
  wd_val b = {.kind = WD_I64, .of.i64 = 3};
  cr_assert_not(wd_func_call(fx.s, export_func("throw_own"), &b, 1, NULL, 0, &err));
  cr_assert_eq(err.code, WD_E_LIMIT_HEAP, "%s", err.message);
}

Test(eh, disabled_feature_rejects_encodings) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.features &= ~(uint32_t)WD_FEATURE_EXCEPTIONS;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  size_t len;
  uint8_t *bin = wd_wat_to_wasm(mod_text, strlen(mod_text), NULL, &len, &err);
  cr_assert_not_null(bin);
  wd_module *m = wd_module_new(e, bin, len, &err);
  cr_assert_null(m);
  cr_assert(strstr(err.message, "exceptions") || err.code == WD_E_MALFORMED_IMPORT_KIND, "%s", err.message);
  wd_wat_free(NULL, bin, len);
  static const char *body = "(module (func (try_table (nop))))";
  bin = wd_wat_to_wasm(body, strlen(body), NULL, &len, &err);
  cr_assert_not_null(bin);
  cr_assert_null(wd_module_new(e, bin, len, &err));
  cr_assert(strstr(err.message, "needs feature exceptions (disabled)"), "%s", err.message);
  wd_wat_free(NULL, bin, len);
  wd_engine_free(e);
}

/* The code index that unwinding walks: functions registered in any address order (the arena's chunks
 * may lie anywhere, even in a gap between two earlier ones) are all found, and an address outside every
 * function is not. */
Test(eh, code_index_any_order) {
  static uint32_t space[4096];
  wd_module m;
  memset(&m, 0, sizeof m);
  m.al = wd_default_allocator();
  /* 64 "functions" of 16 words at space[64 * k], registered in a scrambled order: chunks of 8 going
   * down, then the odd chunks' gaps filled afterwards. */
  int order[64], n = 0;
  for (int c = 7; c >= 0; c -= 2)
    for (int k = 0; k < 8; k++) order[n++] = c * 8 + k;
  for (int c = 0; c < 8; c += 2)
    for (int k = 0; k < 8; k++) order[n++] = c * 8 + k;
  cr_assert_eq(n, 64);
  for (int i = 0; i < 64; i++)
    cr_assert(wd_eh_register(&m, space + 64 * order[i], 16, NULL));
  for (int f = 0; f < 64; f++) {
    const wd_eh_table *eh = (const wd_eh_table *)1;
    cr_assert_eq(wd_eh_lookup(&m, space + 64 * f, &eh), space + 64 * f, "start of function %d", f);
    cr_assert_eq(wd_eh_lookup(&m, space + 64 * f + 15, &eh), space + 64 * f, "end of function %d", f);
    cr_assert_null(eh);
    cr_assert_null(wd_eh_lookup(&m, space + 64 * f + 16, &eh), "past function %d", f);
  }
  /* A function placed inside the span of a run (a gap between two of its entries) splits that run. */
  cr_assert(wd_eh_register(&m, space + 64 * 64 + 100, 8, NULL));
  cr_assert(wd_eh_register(&m, space + 64 * 64 + 300, 8, NULL));
  cr_assert(wd_eh_register(&m, space + 64 * 64 + 200, 8, NULL));
  const wd_eh_table *eh;
  for (int k = 1; k <= 3; k++)
    cr_assert_eq(wd_eh_lookup(&m, space + 64 * 64 + 100 * k + 7, &eh), space + 64 * 64 + 100 * k);
  cr_assert_null(wd_eh_lookup(&m, space + 64 * 64 + 250, &eh));
  for (int f = 0; f < 64; f++) cr_assert_eq(wd_eh_lookup(&m, space + 64 * f + 3, &eh), space + 64 * f);
  wd_eh_index_free(&m);
}
