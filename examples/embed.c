/* embed.c — how a C program embeds warden: load a module, give it a host function that reaches the
 * embedder's own data through a user pointer, cap its memory per store, and run it on a fuel budget,
 * resuming it each time the fuel runs out until it finishes with the same answer as an unlimited run.
 *
 * Built against the INSTALLED library (what `ninja test` checks after `ninja install`):
 *
 *     cc examples/embed.c $(pkg-config --cflags --libs warden) -o embed && ./embed
 *
 * Prints each step and exits 0 only if every check held. Uses only <warden.h>; touches nothing but
 * stdout and stderr.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <warden.h>

/* The guest, compiled with wat2wasm from:
 *
 * (module
 *   (import "host" "note" (func $note (param i64)))
 *   (memory (export "memory") 1)
 *   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
 *   (func (export "sum_squares") (param $n i32) (result i64)     ;; 0^2 + 1^2 + ... + (n-1)^2
 *     (local $i i32) (local $acc i64)
 *     (block $done
 *       (loop $top
 *         (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
 *         (local.set $acc (i64.add (local.get $acc)
 *           (i64.mul (i64.extend_i32_u (local.get $i)) (i64.extend_i32_u (local.get $i)))))
 *         (if (i32.eqz (i32.and (local.get $i) (i32.const 0xfff)))  ;; every 4096th step:
 *           (then (call $note (local.get $acc))))                     ;; tell the host
 *         (local.set $i (i32.add (local.get $i) (i32.const 1)))
 *         (br $top)))
 *     (local.get $acc)))
 */
static const uint8_t guest[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0f, 0x03, 0x60, 0x01, 0x7e, 0x00, 0x60,
  0x01, 0x7f, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x01, 0x7e, 0x02, 0x0d, 0x01, 0x04, 0x68, 0x6f, 0x73,
  0x74, 0x04, 0x6e, 0x6f, 0x74, 0x65, 0x00, 0x00, 0x03, 0x03, 0x02, 0x01, 0x02, 0x05, 0x03, 0x01,
  0x00, 0x01, 0x07, 0x1f, 0x03, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x04, 0x67,
  0x72, 0x6f, 0x77, 0x00, 0x01, 0x0b, 0x73, 0x75, 0x6d, 0x5f, 0x73, 0x71, 0x75, 0x61, 0x72, 0x65,
  0x73, 0x00, 0x02, 0x0a, 0x41, 0x02, 0x06, 0x00, 0x20, 0x00, 0x40, 0x00, 0x0b, 0x38, 0x02, 0x01,
  0x7f, 0x01, 0x7e, 0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01, 0x20, 0x02,
  0x20, 0x01, 0xad, 0x20, 0x01, 0xad, 0x7e, 0x7c, 0x21, 0x02, 0x20, 0x01, 0x41, 0xff, 0x1f, 0x71,
  0x45, 0x04, 0x40, 0x20, 0x02, 0x10, 0x00, 0x0b, 0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x0c,
  0x00, 0x0b, 0x0b, 0x20, 0x02, 0x0b,
};

static int failures;

static void check(bool ok, const char *what) {
  printf("  [%s] %s\n", ok ? "ok" : "FAILED", what);
  if (!ok) failures++;
}

/* ---------------------------------------------------------------- the host function */

/* What the embedder keeps for one guest: the host function sees it through its user pointer. */
typedef struct tally {
  uint64_t calls;
  uint64_t checksum;                 /* mixes every value the guest reported, in order */
} tally;

static bool note(wd_caller *caller, void *user, const wd_val *args, wd_val *results) {
  (void)caller;
  (void)results;
  tally *t = user;
  t->calls++;
  t->checksum = (t->checksum ^ (uint64_t)args[0].of.i64) * 0x100000001b3ull;
  return true;
}

/* A store with the guest instantiated in it, its "note" import bound to *t. */
typedef struct guest_run {
  wd_store *store;
  wd_instance *inst;
  wd_func *sum_squares, *grow;
  wd_memory *memory;
} guest_run;

static bool start_guest(wd_engine *engine, wd_module *module, tally *t, const wd_limits *limits,
                        guest_run *g) {
  wd_error err;
  memset(g, 0, sizeof *g);
  if (!(g->store = wd_store_new(engine, &err))) goto fail;
  if (limits && !wd_store_set_limits(g->store, limits, &err)) goto fail;
  static const wd_valkind note_params[] = { WD_I64 };
  wd_extern import = { .kind = WD_EXTERN_FUNC };
  import.of.func = wd_func_new_host(g->store, note_params, 1, NULL, 0, note, t, &err);
  if (!import.of.func) goto fail;
  if (!(g->inst = wd_instantiate(g->store, module, &import, 1, &err))) goto fail;
  wd_extern e;
  if (!wd_instance_export(g->inst, "sum_squares", 11, &e) || e.kind != WD_EXTERN_FUNC) goto missing;
  g->sum_squares = e.of.func;
  if (!wd_instance_export(g->inst, "grow", 4, &e) || e.kind != WD_EXTERN_FUNC) goto missing;
  g->grow = e.of.func;
  if (!wd_instance_export(g->inst, "memory", 6, &e) || e.kind != WD_EXTERN_MEMORY) goto missing;
  g->memory = e.of.memory;
  return true;
missing:
  fprintf(stderr, "embed: the guest lacks an export\n");
  return false;
fail:
  fprintf(stderr, "embed: %s\n", err.message);
  return false;
}

static int32_t call_grow(guest_run *g, int32_t delta) {
  wd_val arg = { .kind = WD_I32, .of.i32 = delta }, res;
  wd_error err;
  if (!wd_func_call(g->store, g->grow, &arg, 1, &res, 1, &err)) {
    fprintf(stderr, "embed: grow: %s\n", err.message);
    return -2;
  }
  return res.of.i32;
}

/* ---------------------------------------------------------------- main */

int main(void) {
  enum { N = 1000000 };              /* loop iterations: ten fuel grants or so */
  const uint64_t grant = 100000;     /* fuel per grant */
  wd_error err = {0};

  printf("warden %s: embedding example\n", WARDEN_VERSION);
  wd_engine *engine = wd_engine_new(NULL, &err);          /* default layout and mode */
  if (!engine) { fprintf(stderr, "embed: %s\n", err.message); return 1; }
  wd_module *module = wd_module_new(engine, guest, sizeof guest, &err);
  if (!module) { fprintf(stderr, "embed: %s\n", err.message); return 1; }
  printf("loaded a %zu-byte module: %" PRIu32 " import, %" PRIu32 " exports\n", sizeof guest,
         wd_module_import_count(module), wd_module_export_count(module));

  /* 1. An unlimited run: the reference answer. */
  printf("1. sum_squares(%d) without limits, host function counting the guest's reports\n", N);
  tally free_tally = {0, 0};
  guest_run a;
  if (!start_guest(engine, module, &free_tally, NULL, &a)) return 1;
  wd_val arg = { .kind = WD_I32, .of.i32 = N }, want = {0}, got = {0};
  bool ok = wd_func_call(a.store, a.sum_squares, &arg, 1, &want, 1, &err);
  if (!ok) fprintf(stderr, "embed: %s\n", err.message);
  uint64_t n = N, closed = (n - 1) * n * (2 * n - 1) / 6;  /* 2e18: no overflow for this N */
  printf("   result %" PRId64 ", host called %" PRIu64 " times\n", want.of.i64, free_tally.calls);
  check(ok && (uint64_t)want.of.i64 == closed, "the result is (n-1)n(2n-1)/6");
  check(free_tally.calls == (N + 4095) / 4096, "the host function ran once per 4096 steps, with its user pointer");
  wd_store_free(a.store);

  /* 2. Memory capped at 4 pages (256 KiB) for this store only. */
  printf("2. a store whose memories may not exceed 4 pages\n");
  wd_limits limits;
  memset(&limits, 0, sizeof limits);           /* 0: keep the engine's value */
  limits.max_memory_pages = 4;
  tally t2 = {0, 0};
  guest_run b;
  if (!start_guest(engine, module, &t2, &limits, &b)) return 1;
  check(call_grow(&b, 2) == 1, "memory.grow(2) from 1 page returns the old size, 1");
  check(call_grow(&b, 2) == -1, "memory.grow(2) to 5 pages returns -1 (over the limit)");
  check(call_grow(&b, 1) == 3, "memory.grow(1) to exactly 4 pages succeeds");
  check(wd_memory_grow(b.memory, 1) == -1, "the host cannot grow it past the limit either");
  check(wd_memory_pages(b.memory) == 4, "the memory has 4 pages");
  wd_store_free(b.store);

  /* 3. The same call on a fuel budget: it stops, and resumes where it stopped. */
  printf("3. sum_squares(%d) on fuel: %" PRIu64 " units at a time\n", N, grant);
  tally t3 = {0, 0};
  guest_run c;
  if (!start_guest(engine, module, &t3, NULL, &c)) return 1;
  if (!wd_store_fuel_enable(c.store, true, &err) || !wd_store_fuel_add(c.store, grant, &err)) {
    fprintf(stderr, "embed: fuel: %s\n", err.message);
    return 1;
  }
  ok = wd_func_call(c.store, c.sum_squares, &arg, 1, &got, 1, &err);
  check(!ok && err.code == WD_E_TRAP_OUT_OF_FUEL && strstr(err.message, "out of fuel"),
        "the first grant runs out: the call fails with \"out of fuel\"");
  if (!ok) printf("   trap: %s; the host had been called %" PRIu64 " times\n", err.message, t3.calls);
  check(wd_store_suspended(c.store), "the call is suspended, not lost");
  check(wd_store_fuel_remaining(c.store) == 0, "no fuel is left");
  unsigned resumes = 0;
  while (!ok && err.code == WD_E_TRAP_OUT_OF_FUEL && wd_store_suspended(c.store) && resumes < 1000) {
    if (!wd_store_fuel_add(c.store, grant, &err)) break;
    resumes++;
    ok = wd_store_resume(c.store, &got, 1, &err);
  }
  if (!ok) fprintf(stderr, "embed: resume: %s\n", err.message);
  printf("   finished after %u resumes: result %" PRId64 ", host called %" PRIu64 " times\n", resumes,
         got.of.i64, t3.calls);
  check(ok && resumes >= 2, "the call finished after more grants");
  check(ok && got.of.i64 == want.of.i64, "its result equals the unlimited run's");
  check(t3.calls == free_tally.calls && t3.checksum == free_tally.checksum,
        "the host saw exactly the same reports, each once");
  check(!wd_store_suspended(c.store), "nothing is suspended any more");

  /* 4. An endless loop cannot hold the host: fuel stops it, and cancel drops it. */
  printf("4. sum_squares(-1), i.e. 4 billion steps, with %" PRIu64 " units of fuel, then cancelled\n", grant);
  wd_val forever = { .kind = WD_I32, .of.i32 = -1 };
  if (!wd_store_fuel_add(c.store, grant, &err)) return 1;
  ok = wd_func_call(c.store, c.sum_squares, &forever, 1, &got, 1, &err);
  check(!ok && err.code == WD_E_TRAP_OUT_OF_FUEL, "it stops with \"out of fuel\"");
  wd_store_cancel(c.store);
  check(!wd_store_suspended(c.store), "after wd_store_cancel nothing is suspended");
  wd_store_free(c.store);

  wd_module_free(module);
  wd_engine_free(engine);
  if (failures) {
    printf("%d check(s) FAILED\n", failures);
    return 1;
  }
  printf("every check held\n");
  return 0;
}
