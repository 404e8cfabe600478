/* fuzz_threads.c — libFuzzer target: one generated module run on 2-4 threads at once over one shared
 * memory, which must end with the same bytes, and every thread with the same results, whatever the
 * interleaving, the layout and the mode.
 *
 * Input: the generator header of geninput.h (byte 0 below, bytes 1-2 the generator's length and feature
 * bits), the generator's decisions, then a seed for the shared memory's first contents and each thread's
 * arguments and fuel, read before any thread starts. Byte 0: bits 0-1 the thread count (2 + value mod 3),
 * bit 2 one module for all threads (promoted entirely before they start) rather than one per thread
 * (promoted by each thread as it calls, in the lazy modes), bits 3-4 which mode each layout runs in, bit 5
 * no start function, bit 6 a second round of calls, bit 7 the host calls wd_memory_notify on every region
 * while the threads run.
 * The module comes from fuzz/gen.c in shared mode (WD_GEN_SHARED_MEMORY, gen.h): memory 0 is imported, a
 * shared memory of one page that the host makes and fills; functions touch it only with order-independent
 * atomics (each region of it has one read-modify-write class), atomic loads, waits and notifies whose
 * results are dropped, and traps before any access; everything else is private to the instance. So each
 * thread's calls give the same results, traps and fuel use as when run alone, and the memory's final
 * bytes do not depend on the order. Every run has fuel, a call-depth limit and a bound on each wait
 * (MAX_WAIT_NS), so nothing blocks for long.
 * Runs: the reference runs the threads' work one thread after another on the calling thread (enum,
 * eager); then, in each of the three layouts (in a mode byte 0 picks), the threads run at once, each with
 * its own store and instance importing the same memory. Each thread's trace (instantiation, every call's
 * results or trap and fuel used, its globals, tables and private memories) must equal the reference's, and
 * the shared memory its bytes; the first difference is printed and the target aborts.
 *
 * fuzz-input: generator (built against the runtime without comparison tracing; fuzz/README.md).
 * Built as out/fuzz/fuzz_threads (libFuzzer, ASan + UBSan) and, with fuzz/replay/driver.c for a main, as
 * out/asan/fuzz_threads and out/tsan/fuzz_threads (ThreadSanitizer: `--seeds N` replays a fixed seed set).
 *
 * May touch: the public API, fuzz/gen.h, fuzz/common.h (fuel through the store's fields), pthreads.
 */
#include <pthread.h>
#include <sched.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geninput.h"

#define MAX_THREADS 4
#define MAX_CALLS 32                 /* per thread: at most 2 rounds x the generator's functions */
#define MAX_PARAMS 16
#define CALL_FUEL_BASE 100u
#define CALL_FUEL_STEP 8u
#define START_FUEL 2000u
#define MAX_WAIT_NS 5000u            /* every memory.atomic.wait blocks at most this long */
#define SHARED_PAGES 1u              /* what gen.h's shared mode asks the host for */

typedef struct call_plan {
  uint32_t export_idx, nargs;
  uint64_t fuel;
  wd_val args[MAX_PARAMS];
} call_plan;

typedef struct plan {                /* one thread's work, read from the input before any thread starts */
  uint32_t ncalls;
  call_plan calls[MAX_CALLS];
} plan;

typedef struct job {
  wd_engine *e;
  wd_module *mod;
  wd_memory *mem;                    /* the shared memory, memory 0 of every instance */
  const plan *p;
  pthread_barrier_t *start;          /* NULL: run alone */
  fz_trace t;
} job;

static void trace_call(fz_trace *t, wd_store *store, wd_module *mod, wd_instance *inst, const call_plan *c) {
  wd_exportdesc d;
  wd_extern ex;
  if (!wd_module_export(mod, c->export_idx, &d) || !wd_instance_export_index(inst, c->export_idx, &ex) ||
      ex.kind != WD_EXTERN_FUNC)
    fz_die("export %u is not a function of the instance", c->export_idx);
  uint32_t np, nr;
  const wd_valkind *pt, *rt;
  wd_func_type(ex.of.func, &np, &pt, &nr, &rt);
  if (np != c->nargs || nr > MAX_PARAMS) fz_die("export '%.*s' changed type", (int)d.name_len, d.name);
  wd_val res[MAX_PARAMS];
  uint64_t used;
  wd_error err;
  fz_trace_printf(t, "call %.*s:", (int)d.name_len, d.name);
  if (fz_call_fuel(store, ex.of.func, c->args, np, res, nr, c->fuel, 0, &used, &err)) {
    for (uint32_t k = 0; k < nr; k++) fz_trace_val(t, &res[k]);
  } else {
    if (!fz_code_ok_at_run_time(err.code))
      fz_die("calling '%.*s' of a valid module: %s", (int)d.name_len, d.name, err.message);
    fz_trace_printf(t, " trap %s", wd_errcode_name(err.code));
  }
  fz_trace_printf(t, " fuel used %llu\n", (unsigned long long)used);
}

/* The instance's own state: globals, tables and memories other than the shared one. */
static void trace_state(fz_trace *t, wd_module *mod, wd_instance *inst, const wd_memory *shared) {
  uint32_t nex = wd_module_export_count(mod);
  for (uint32_t i = 0; i < nex; i++) {
    wd_exportdesc d;
    wd_extern ex;
    if (!wd_module_export(mod, i, &d) || !wd_instance_export_index(inst, i, &ex)) fz_die("export %u cannot be found", i);
    if (ex.kind == WD_EXTERN_GLOBAL) {
      wd_val v = wd_global_get(ex.of.global);
      fz_trace_printf(t, "global %.*s:", (int)d.name_len, d.name);
      fz_trace_val(t, &v);
      fz_trace_printf(t, "\n");
    } else if (ex.kind == WD_EXTERN_MEMORY && ex.of.memory != shared) {
      fz_trace_printf(t, "memory %.*s: %u pages, hash %016llx\n", (int)d.name_len, d.name,
                      wd_memory_pages(ex.of.memory),
                      (unsigned long long)fz_hash(0, wd_memory_data(ex.of.memory), wd_memory_size(ex.of.memory)));
    } else if (ex.kind == WD_EXTERN_MEMORY && wd_memory_pages(ex.of.memory) != SHARED_PAGES) {
      fz_die("the shared memory has %u pages", wd_memory_pages(ex.of.memory));
    } else if (ex.kind == WD_EXTERN_TABLE) {
      uint32_t n = wd_table_size(ex.of.table);
      uint64_t h = 0;
      for (uint32_t k = 0; k < n; k++) {
        wd_val v;
        if (!wd_table_get(ex.of.table, k, &v)) fz_die("table get %u of %u failed", k, n);
        uint8_t nonnull = v.of.externref != NULL;
        h = fz_hash(h, &nonnull, 1);
      }
      fz_trace_printf(t, "table %.*s: %u elements, nulls %016llx\n", (int)d.name_len, d.name, n,
                      (unsigned long long)h);
    }
  }
}

/* One thread's work, in a store of its own: instantiate over the shared memory, make the calls. */
static void *run_job(void *arg) {
  job *j = arg;
  wd_error err;
#ifdef PR_SET_TIMERSLACK
  prctl(PR_SET_TIMERSLACK, 1000UL, 0UL, 0UL, 0UL);   /* a 5 us wait should not sleep 50 us */
#endif
  if (j->start) {
    int rc = pthread_barrier_wait(j->start);
    if (rc != 0 && rc != PTHREAD_BARRIER_SERIAL_THREAD) fz_die("pthread_barrier_wait: %d", rc);
  }
  wd_store *store = wd_store_new(j->e, &err);
  if (!store) fz_die("wd_store_new: %s", err.message);
  fz_set_fuel(store, START_FUEL);
  wd_extern imp;
  memset(&imp, 0, sizeof imp);
  imp.kind = WD_EXTERN_MEMORY;
  imp.of.memory = j->mem;
  wd_instance *inst = wd_instantiate(store, j->mod, &imp, 1, &err);
  if (!inst) {
    if (!fz_code_ok_at_run_time(err.code)) fz_die("a generated module does not instantiate: %s", err.message);
    fz_trace_printf(&j->t, "instantiate: trap %s fuel %llu\n", wd_errcode_name(err.code),
                    (unsigned long long)fz_fuel_left(store));
  } else {
    fz_trace_printf(&j->t, "instantiate: ok fuel %llu\n", (unsigned long long)fz_fuel_left(store));
    for (uint32_t k = 0; k < j->p->ncalls; k++) trace_call(&j->t, store, j->mod, inst, &j->p->calls[k]);
    trace_state(&j->t, j->mod, inst, j->mem);
  }
  wd_store_free(store);
  return NULL;
}

/* Not instrumented: loops over whole memories, whose coverage means nothing (as fz_hash). */
#if defined(__clang__)
#define NO_COVERAGE __attribute__((no_sanitize("coverage"), noinline))
#else
#define NO_COVERAGE
#endif

NO_COVERAGE static void fill(uint8_t *p, size_t n, uint32_t seed) {
  uint32_t x = seed | 1;
  for (size_t i = 0; i < n; i++) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    p[i] = (uint8_t)x;
  }
}

NO_COVERAGE static size_t first_difference(const uint8_t *a, const uint8_t *b, size_t n) {
  if (!memcmp(a, b, n)) return n;
  size_t i = 0;
  while (a[i] == b[i]) i++;
  return i;
}

/* The shared memory, made in a store of the host's and filled with a xorshift stream from seed. */
static wd_memory *shared_memory(wd_store *host, uint32_t seed) {
  wd_error err;
  wd_memory *m = wd_memory_new_shared(host, SHARED_PAGES, SHARED_PAGES, &err);
  if (!m) fz_die("wd_memory_new_shared: %s", err.message);
  fill(wd_memory_data(m), wd_memory_size(m), seed);
  return m;
}

typedef struct outcome {
  fz_trace t[MAX_THREADS];
  uint8_t mem[SHARED_PAGES * 65536u];
} outcome;

typedef struct setup {
  const uint8_t *wasm;
  size_t wlen;
  uint32_t nthreads, seed;
  bool one_module, host_notify;
  plan plans[MAX_THREADS];
} setup;

static wd_module *load(wd_engine *e, const setup *s, const char *layout, wd_mode mode) {
  wd_error err;
  wd_module *mod = wd_module_new(e, s->wasm, s->wlen, &err);
  if (!mod) fz_die("a generated module does not load (%s/%s): %s", layout, fz_mode_name(mode), err.message);
  return mod;
}

/* One run: the threads' work in one layout and mode, at once (threaded) or one after another. */
static void run(outcome *out, const setup *s, const char *layout, wd_mode mode, bool threaded) {
  wd_limits lim;
  fz_limits(&lim);
  lim.max_memory_pages = 4;
  lim.max_wait_ns = MAX_WAIT_NS;
  wd_engine *e = fz_engine_limits(layout, mode, &lim);
  wd_error err;
  wd_store *host = wd_store_new(e, &err);
  if (!host) fz_die("wd_store_new: %s", err.message);
  wd_memory *mem = shared_memory(host, s->seed);
  /* Modules are loaded here: an engine is not for several threads at once (its interned types). One
   * module for all threads is promoted entirely first; each thread's own is promoted as it calls. */
  wd_module *mods[MAX_THREADS] = {NULL};
  static int unpromoted = -1;
  if (unpromoted < 0) unpromoted = getenv("WD_FUZZ_UNPROMOTED") && !strcmp(getenv("WD_FUZZ_UNPROMOTED"), "1");
  for (uint32_t k = 0; k < s->nthreads; k++) {
    if (k && s->one_module) {
      mods[k] = mods[0];
      continue;
    }
    mods[k] = load(e, s, layout, mode);
    /* WD_FUZZ_UNPROMOTED=1 leaves one shared module to be promoted by the threads as they call: lazy
     * promotion is not thread-safe (ThreadSanitizer reports it), which is why this target promotes first. */
    if (s->one_module && !unpromoted && !wd_module_promote_all(mods[k], &err))
      fz_die("promoting a generated module (%s/%s): %s", layout, fz_mode_name(mode), err.message);
  }
  job jobs[MAX_THREADS];
  pthread_t tids[MAX_THREADS];
  pthread_barrier_t start;
  if (threaded && pthread_barrier_init(&start, NULL, s->nthreads) != 0) fz_die("pthread_barrier_init failed");
  for (uint32_t k = 0; k < s->nthreads; k++) {
    memset(&jobs[k], 0, sizeof jobs[k]);
    jobs[k].e = e;
    jobs[k].mod = mods[k];
    jobs[k].mem = mem;
    jobs[k].p = &s->plans[k];
    jobs[k].start = threaded ? &start : NULL;
    if (!threaded) run_job(&jobs[k]);
    else if (pthread_create(&tids[k], NULL, run_job, &jobs[k]) != 0) fz_die("pthread_create failed");
  }
  if (threaded) {
    if (s->host_notify)          /* wakes waiters early: their (dropped) results change, nothing else */
      for (int round = 0; round < 8; round++) {
        for (uint64_t a = 0; a < 512; a += 64) wd_memory_notify(mem, a, UINT32_MAX);
        wd_memory_notify(mem, 65536 - 64, UINT32_MAX);
        sched_yield();
      }
    for (uint32_t k = 0; k < s->nthreads; k++)
      if (pthread_join(tids[k], NULL) != 0) fz_die("pthread_join failed");
    pthread_barrier_destroy(&start);
  }
  for (uint32_t k = 0; k < s->nthreads; k++) out->t[k] = jobs[k].t;
  if (wd_memory_size(mem) != sizeof out->mem) fz_die("the shared memory is %zu bytes", wd_memory_size(mem));
  memcpy(out->mem, wd_memory_data(mem), sizeof out->mem);
  for (uint32_t k = 0; k < s->nthreads; k++)
    if (!k || !s->one_module) wd_module_free(mods[k]);
  wd_store_free(host);
  wd_engine_free(e);
}

static void compare(const outcome *ref, const outcome *o, const setup *s, const char *name) {
  for (uint32_t k = 0; k < s->nthreads; k++) {
    const fz_trace *a = &ref->t[k], *b = &o->t[k];
    if (a->len != b->len || memcmp(a->buf, b->buf, a->len) != 0) {
      char an[96], bn[96];
      snprintf(an, sizeof an, "thread %u alone (enum/eager, one after another)", k);
      snprintf(bn, sizeof bn, "thread %u of %u at once (%s)", k, s->nthreads, name);
      fz_trace_mismatch(an, a, bn, b);
    }
  }
  size_t i = first_difference(ref->mem, o->mem, sizeof ref->mem);
  if (i < sizeof ref->mem) {
    size_t at = i & ~(size_t)7;
    fprintf(stderr, "warden fuzz: the shared memory differs at byte %zu (region %zu of gen.h's shared mode) "
            "after %u threads at once (%s) from the threads one after another (enum/eager)\n",
            i, i >= 65536 - 64 ? (size_t)7 : i / 64, s->nthreads, name);
    fprintf(stderr, "  bytes %zu..%zu one after another:", at, at + 7);
    for (size_t b = at; b < at + 8; b++) fprintf(stderr, " %02x", ref->mem[b]);
    fprintf(stderr, "\n  bytes %zu..%zu at once:           ", at, at + 7);
    for (size_t b = at; b < at + 8; b++) fprintf(stderr, " %02x", o->mem[b]);
    fprintf(stderr, "\n");
    abort();
  }
}

static void outcome_free(outcome *o, uint32_t n) {
  for (uint32_t k = 0; k < n; k++) fz_trace_free(&o->t[k]);
}

/* Each thread's calls: every exported function in export order (twice with two rounds), arguments and
 * fuel from the input. The export types come from a module loaded just for reading them. */
static bool make_plans(setup *s, fz_in *in, int rounds) {
  wd_engine *e = fz_engine(fz_layout_names[0], WD_MODE_LAZY);
  wd_error err;
  wd_module *mod = wd_module_new(e, s->wasm, s->wlen, &err);
  if (!mod) fz_die("a generated module does not load: %s", err.message);
  if (wd_module_import_count(mod) != 1) fz_die("a shared-mode module has %u imports", wd_module_import_count(mod));
  uint32_t nex = wd_module_export_count(mod);
  for (uint32_t k = 0; k < s->nthreads; k++) {
    plan *p = &s->plans[k];
    p->ncalls = 0;
    for (int round = 0; round < rounds; round++)
      for (uint32_t i = 0; i < nex && p->ncalls < MAX_CALLS; i++) {
        wd_externtype et;
        if (!wd_module_export_type(mod, i, &et)) fz_die("export %u has no type", i);
        if (et.kind != WD_EXTERN_FUNC || et.nparams > MAX_PARAMS || et.nresults > MAX_PARAMS) continue;
        call_plan *c = &p->calls[p->ncalls++];
        c->export_idx = i;
        c->nargs = et.nparams;
        for (uint32_t a = 0; a < et.nparams; a++) {
          c->args[a] = fz_arg(in, (wd_valkind)et.params[a]);
          /* threads differ even once the input has run out (then every argument reads as 0) */
          if (c->args[a].kind == WD_I32) c->args[a].of.i32 = (int32_t)((uint32_t)c->args[a].of.i32 + (uint32_t)k);
          if (c->args[a].kind == WD_I64) c->args[a].of.i64 = (int64_t)((uint64_t)c->args[a].of.i64 + (uint64_t)k);
        }
        c->fuel = CALL_FUEL_BASE + CALL_FUEL_STEP * fz_u8(in);
      }
  }
  wd_module_free(mod);
  wd_engine_free(e);
  return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_in in;
  fz_in_init(&in, data, size);
  uint8_t cfg;
  wd_gen_opts go;
  fz_in gen_in = fz_gen_header(&in, &cfg, &go);
  go.flags |= WD_GEN_SHARED_MEMORY;
  go.max_funcs = 6;
  go.max_instrs = 120;
  go.max_depth = 8;
  go.max_memory_pages = 1;
  go.max_table_elems = 32;
  if (cfg & 0x20) go.flags |= WD_GEN_NO_START;
  static setup s;                  /* big (the plans): not on the stack */
  static outcome ref, o;
  memset(&s, 0, sizeof s);
  s.nthreads = 2 + (cfg & 3) % 3;
  s.one_module = (cfg & 4) != 0;
  s.host_notify = (cfg & 0x80) != 0;
  uint32_t rot = (cfg >> 3) & 3;
  int rounds = (cfg & 0x40) ? 2 : 1;
  size_t wlen = 0;
  uint8_t *wasm = wd_gen_module_alloc(gen_in.p, fz_in_left(&gen_in), &go, &wlen);
  if (!wasm) return 0;
  fz_dump_module(wasm, wlen);
  s.wasm = wasm;
  s.wlen = wlen;
  s.seed = fz_u32(&in);
  make_plans(&s, &in, rounds);

  run(&ref, &s, fz_layout_names[0], WD_MODE_EAGER, false);
  if (getenv("WD_FUZZ_TRACE"))     /* the reference's traces, to see what an input does */
    for (uint32_t k = 0; k < s.nthreads; k++) fprintf(stderr, "---- thread %u\n%.*s", k, (int)ref.t[k].len, ref.t[k].buf);
  for (int l = 0; l < FZ_NLAYOUTS; l++) {
    wd_mode mode = fz_modes[(l + rot) % FZ_NMODES];
    char name[64];
    snprintf(name, sizeof name, "%s/%s%s", fz_layout_names[l], fz_mode_name(mode),
             s.one_module ? ", one module" : "");
    memset(o.t, 0, sizeof o.t);
    run(&o, &s, fz_layout_names[l], mode, true);
    compare(&ref, &o, &s, name);
    outcome_free(&o, s.nthreads);
  }
  outcome_free(&ref, s.nthreads);
  free(wasm);
  return 0;
}
