/* test_threads.c — Criterion tests of the threads proposal (atomics.c and its callers): every atomic
 * access traps "unaligned atomic" off its natural alignment and "out of bounds" past the end (address +
 * offset overflowing included), waits time out when they should (their own timeout, the store's
 * max_wait_ns), return "not equal" at once, trap on an unshared memory, and block without spinning until
 * notify wakes them; notify returns exactly how many it woke (FIFO, at most count, only its address).
 * Shared memories: the decoder's flag, validation's "shared memory must have maximum", import matching.
 * Interrupts: wd_store_interrupt from another thread stops a running loop and a wait (every layout and
 * mode, fuel on and off), fuel slices keep fuel exact, stores of one engine run on several threads at once.
 * May touch: warden.h, runtime.h and atomics.h (wd_atomic_exec, wd_atomic_waiters).
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <string.h>
#include <time.h>
#include "warden.h"
#include "runtime.h"
#include "decode_instr.h"
#include "atomics.h"
#include "matrix.h"

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

typedef struct fixture {
  wd_engine *engine;
  wd_store *store;
  wd_memory *shared, *plain;
} fixture;

static void fx_init(fixture *f) {
  wd_error err = {0};
  f->engine = wd_engine_new(NULL, &err);
  cr_assert_not_null(f->engine, "%s", err.message);
  f->store = wd_store_new(f->engine, &err);
  cr_assert_not_null(f->store, "%s", err.message);
  f->shared = wd_memory_new_shared(f->store, 1, 1, &err);
  cr_assert_not_null(f->shared, "%s", err.message);
  f->plain = wd_memory_new(f->store, 1, 1, &err);
  cr_assert_not_null(f->plain, "%s", err.message);
}

static void fx_free(fixture *f) {
  wd_store_free(f->store);
  wd_engine_free(f->engine);
}

Test(threads, every_atomic_access_checks_alignment_then_bounds) {
  fixture f;
  fx_init(&f);
  uint32_t checked = 0;
  for (uint32_t op = 0; op < WD_OP__COUNT; op++) {
    const wd_opinfo *in = &wd_opinfo_table[op];
    if (in->prefix != 0xFE || in->imm != IMM_MEMARG) continue;
    uint64_t n = in->memsz, out = 0;
    /* Waits must not block here: expected differs from the memory's 0. */
    uint64_t a = 1, b = 0;
    wd_errcode ok = wd_atomic_exec(f.shared, (uint16_t)op, 0, 0, a, b, UINT64_MAX, NULL, &out);
    cr_expect_eq(ok, WD_E_OK, "%s at 0: %d", in->text, ok);
    cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, 65536 - n, 0, a, b, UINT64_MAX, NULL, &out), WD_E_OK, "%s", in->text);
    cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, 65536 - n + 1, 0, a, b, UINT64_MAX, NULL, &out),
                 WD_E_TRAP_MEMORY_OOB, "%s just past the end", in->text);
    cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, 65536, 0, a, b, UINT64_MAX, NULL, &out), WD_E_TRAP_MEMORY_OOB,
                 "%s at the end", in->text);
    cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, 0xFFFFFFFFu, 0xFFFFFFFFu, a, b, UINT64_MAX, NULL, &out),
                 WD_E_TRAP_MEMORY_OOB, "%s with a 33-bit effective address", in->text);
    cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, UINT64_MAX - 1, 8, a, b, UINT64_MAX, NULL, &out),
                 WD_E_TRAP_MEMORY_OOB, "%s with address + offset overflowing 64 bits", in->text);
    if (n > 1) {
      cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, 1, 0, a, b, UINT64_MAX, NULL, &out), WD_E_TRAP_UNALIGNED_ATOMIC,
                   "%s at 1", in->text);
      cr_expect_eq(wd_atomic_exec(f.shared, (uint16_t)op, 0, n / 2, a, b, UINT64_MAX, NULL, &out),
                   WD_E_TRAP_UNALIGNED_ATOMIC, "%s at offset n/2", in->text);
    }
    checked++;
  }
  cr_expect_eq(checked, 3 + 7 + 7 + 7 * 7, "every 0xFE memory instruction (notify, waits, loads, stores, rmw)");
  fx_free(&f);
}

Test(threads, rmw_widths_wrap_and_return_old_values) {
  fixture f;
  fx_init(&f);
  uint8_t *mem = wd_memory_data(f.shared);
  uint64_t out = 0;
  memset(mem, 0xFF, 8);
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_I32_ATOMIC_RMW8_ADD_U, 0, 0, 2, 0, 0, NULL, &out), WD_E_OK);
  cr_expect_eq(out, 0xFF);
  cr_expect_eq(mem[0], 1);
  cr_expect_eq(mem[1], 0xFF, "an 8-bit add touches one byte");
  /* cmpxchg compares the expected value wrapped to the width: 0x1_0000_0001 matches the 32-bit 1. */
  memset(mem, 0, 8);
  mem[0] = 1;
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_I64_ATOMIC_RMW32_CMPXCHG_U, 0, 0, 0x100000001ull, 0xAABBCCDDEEull, 0, NULL, &out),
               WD_E_OK);
  cr_expect_eq(out, 1);
  uint32_t w;
  memcpy(&w, mem, 4);
  cr_expect_eq(w, 0xBBCCDDEEu, "replacement wrapped to 32 bits");
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_I64_ATOMIC_RMW_CMPXCHG, 0, 0, 5, 9, 0, NULL, &out), WD_E_OK);
  cr_expect_eq(out, 0xBBCCDDEEu, "a failed cmpxchg returns the value it found");
  memcpy(&w, mem, 4);
  cr_expect_eq(w, 0xBBCCDDEEu, "and stores nothing");
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_I64_ATOMIC_RMW_SUB, 0, 0, 0xBBCCDDEFu, 0, 0, NULL, &out), WD_E_OK);
  uint64_t q;
  memcpy(&q, mem, 8);
  cr_expect_eq(q, UINT64_MAX, "64-bit sub wraps");
  fx_free(&f);
}

Test(threads, wait_results_and_timeouts) {
  fixture f;
  fx_init(&f);
  uint64_t out = 99;
  cr_expect_eq(wd_atomic_exec(f.plain, WD_OP_MEMORY_ATOMIC_WAIT32, 0, 0, 0, 0, UINT64_MAX, NULL, &out),
               WD_E_TRAP_EXPECTED_SHARED);
  cr_expect_eq(wd_atomic_exec(f.plain, WD_OP_MEMORY_ATOMIC_WAIT64, 0, 0, 0, 0, UINT64_MAX, NULL, &out),
               WD_E_TRAP_EXPECTED_SHARED);
  cr_expect_eq(wd_atomic_exec(f.plain, WD_OP_MEMORY_ATOMIC_NOTIFY, 0, 0, 0, 5, UINT64_MAX, NULL, &out), WD_E_OK);
  cr_expect_eq(out, 0, "notify on an unshared memory wakes no one");
  /* not equal: 1 at once, whatever the timeout */
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_MEMORY_ATOMIC_WAIT32, 0, 0, 7, (uint64_t)-1, UINT64_MAX, NULL, &out), WD_E_OK);
  cr_expect_eq(out, 1);
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_MEMORY_ATOMIC_WAIT64, 8, 0, 1ull << 40, (uint64_t)-1, UINT64_MAX, NULL, &out),
               WD_E_OK);
  cr_expect_eq(out, 1, "wait64 compares all 64 bits");
  /* equal, timeout 0: timed out at once */
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_MEMORY_ATOMIC_WAIT32, 0, 0, 0, 0, UINT64_MAX, NULL, &out), WD_E_OK);
  cr_expect_eq(out, 2);
  /* equal, 30 ms: timed out after at least 30 ms */
  uint64_t t0 = now_ns();
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_MEMORY_ATOMIC_WAIT64, 0, 0, 0, 30000000, UINT64_MAX, NULL, &out), WD_E_OK);
  uint64_t dt = now_ns() - t0;
  cr_expect_eq(out, 2);
  cr_expect_geq(dt, 30000000u, "waited %llu ns", (unsigned long long)dt);
  cr_expect_lt(dt, 5000000000u, "waited %llu ns", (unsigned long long)dt);
  /* an endless wait bounded by the host's max_wait_ns (20 ms) */
  t0 = now_ns();
  cr_assert_eq(wd_atomic_exec(f.shared, WD_OP_MEMORY_ATOMIC_WAIT32, 0, 0, 0, (uint64_t)-1, 20000000, NULL, &out), WD_E_OK);
  dt = now_ns() - t0;
  cr_expect_eq(out, 2);
  cr_expect_geq(dt, 20000000u);
  cr_expect_eq(wd_atomic_waiters(), 0, "no waiter left queued");
  fx_free(&f);
}

typedef struct waitarg {
  wd_memory *m;
  uint64_t addr;
  uint64_t result;
  wd_errcode code;
} waitarg;

static void *waiter_main(void *p) {
  waitarg *w = p;
  /* waiters at 20 wait with the longest timeout there is (INT64_MAX ns: past a 32-bit time_t) */
  uint64_t timeout = w->addr == 20 ? (uint64_t)INT64_MAX : (uint64_t)-1;
  w->code = wd_atomic_exec(w->m, WD_OP_MEMORY_ATOMIC_WAIT32, w->addr, 0, 0, timeout, UINT64_MAX, NULL, &w->result);
  return NULL;
}

static void await_waiters(uint32_t n) {
  uint64_t t0 = now_ns();
  while (wd_atomic_waiters() != n) {
    cr_assert_lt(now_ns() - t0, 10000000000ull, "%u waiters never arrived (%u)", n, wd_atomic_waiters());
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);
  }
}

Test(threads, notify_wakes_exactly_count_waiters_of_its_address) {
  fixture f;
  fx_init(&f);
  enum { N = 3 };
  pthread_t th[N + 1];
  waitarg w[N + 1];
  for (int i = 0; i <= N; i++) {
    w[i] = (waitarg){f.shared, i < N ? 16 : 20, 99, WD_E_OK};
    cr_assert_eq(pthread_create(&th[i], NULL, waiter_main, &w[i]), 0);
  }
  await_waiters(N + 1);
  cr_expect_eq(wd_memory_notify(f.shared, 24, 10), 0, "no one waits at 24");
  cr_expect_eq(wd_memory_notify(f.shared, 16, 0), 0, "count 0 wakes no one");
  cr_expect_eq(wd_memory_notify(f.shared, 16, 2), 2);
  await_waiters(N - 1);
  cr_expect_eq(wd_memory_notify(f.shared, 16, 10), 1, "the one left at 16");
  cr_expect_eq(wd_memory_notify(f.shared, 20, UINT32_MAX), 1, "the one at 20");
  for (int i = 0; i <= N; i++) {
    pthread_join(th[i], NULL);
    cr_expect_eq(w[i].code, WD_E_OK);
    cr_expect_eq(w[i].result, 0, "waiter %d was woken", i);
  }
  cr_expect_eq(wd_memory_notify(f.shared, 2, 1), -1, "unaligned");
  cr_expect_eq(wd_memory_notify(f.shared, 65536, 1), -1, "out of bounds");
  cr_expect_eq(wd_memory_notify(f.plain, 0, 1), 0);
  fx_free(&f);
}

/* ---- through modules: traps, the shared flag, import matching, the feature switch */

static wd_module *module_of(wd_engine *e, const char *wat, wd_error *err) {
  size_t len;
  uint8_t *bin = wd_wat_to_wasm(wat, strlen(wat), NULL, &len, err);
  if (!bin) return NULL;
  wd_module *m = wd_module_new(e, bin, len, err);
  wd_wat_free(NULL, bin, len);
  if (m && !wd_module_validate(m, err)) {
    wd_module_free(m);
    return NULL;
  }
  return m;
}

static const char *const atomics_wat =
    "(module (memory (export \"mem\") 1 1 shared)"
    " (func (export \"add\") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))"
    " (func (export \"ld\") (param i32) (result i64) (i64.atomic.load offset=8 (local.get 0)))"
    " (func (export \"wait\") (param i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (i32.const 0) (local.get 1)))"
    " (func (export \"fence\") (atomic.fence)))";

static wd_errcode call2(wd_store *s, wd_instance *inst, const char *name, wd_val a, wd_val b, int nargs, wd_val *res) {
  wd_extern ex;
  wd_error err = {0};
  cr_assert(wd_instance_export(inst, name, strlen(name), &ex));
  wd_val args[2] = {a, b};
  bool ok = wd_func_call(s, ex.of.func, args, (size_t)nargs, res, res ? 1 : 0, &err);
  return ok ? WD_E_OK : err.code;
}

Test(threads, modules_trap_and_wait_in_every_layout_and_mode) {
  for (int li = 0; UNIT_LAYOUT(li); li++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      wd_config cfg;
      wd_config_init(&cfg);
      cfg.layout = UNIT_LAYOUT(li);
      cfg.mode = unit_mode(mi);
      cfg.limits.max_wait_ns = 10000000;
      wd_error err = {0};
      wd_engine *e = wd_engine_new(&cfg, &err);
      cr_assert_not_null(e, "%s", err.message);
      wd_module *m = module_of(e, atomics_wat, &err);
      cr_assert_not_null(m, "%s", err.message);
      wd_store *s = wd_store_new(e, &err);
      wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
      cr_assert_not_null(inst, "%s", err.message);
      wd_val r = {0};
      wd_val i1 = {.kind = WD_I32, .of.i32 = 1}, i4 = {.kind = WD_I32, .of.i32 = 4};
      cr_expect_eq(call2(s, inst, "add", i4, i1, 2, &r), WD_E_OK);
      cr_expect_eq(call2(s, inst, "add", i4, i1, 2, &r), WD_E_OK);
      cr_expect_eq(r.of.i32, 1, "old value");
      cr_expect_eq(call2(s, inst, "add", i1, i1, 2, &r), WD_E_TRAP_UNALIGNED_ATOMIC);
      wd_val big = {.kind = WD_I32, .of.i32 = 65528};
      cr_expect_eq(call2(s, inst, "ld", big, i1, 1, &r), WD_E_TRAP_MEMORY_OOB, "65528 + 8 + 8 > 65536");
      wd_val z = {.kind = WD_I32, .of.i32 = 0};
      cr_expect_eq(call2(s, inst, "ld", z, i1, 1, &r), WD_E_OK);
      wd_val forever = {.kind = WD_I64, .of.i64 = -1};
      cr_expect_eq(call2(s, inst, "wait", z, forever, 2, &r), WD_E_OK);
      cr_expect_eq(r.of.i32, 2, "bounded by max_wait_ns");
      cr_expect_eq(call2(s, inst, "wait", i4, forever, 2, &r), WD_E_OK);
      cr_expect_eq(r.of.i32, 1, "memory[4] is 2: not equal");
      cr_expect_eq(call2(s, inst, "fence", z, z, 0, NULL), WD_E_OK);
      wd_extern mem;
      cr_assert(wd_instance_export(inst, "mem", 3, &mem));
      cr_expect(wd_memory_is_shared(mem.of.memory));
      wd_store_free(s);
      wd_module_free(m);
      wd_engine_free(e);
    }
}

Test(threads, shared_flag_validation_and_imports) {
  wd_error err = {0};
  wd_engine *e = wd_engine_new(NULL, &err);
  cr_assert_not_null(e);
  cr_expect_null(module_of(e, "(module (memory 1 shared))", &err));
  cr_expect_eq(err.code, WD_E_SHARED_MEMORY_MAX);
  cr_expect_null(module_of(e, "(module (memory 1 1 shared) (func (drop (i32.atomic.load align=2 (i32.const 0)))))", &err));
  cr_expect_eq(err.code, WD_E_ATOMIC_ALIGNMENT, "%s", err.message);
  wd_module *imp = module_of(e, "(module (import \"m\" \"m\" (memory 1 2 shared)))", &err);
  cr_assert_not_null(imp, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  wd_memory *sh = wd_memory_new_shared(s, 1, 2, &err), *pl = wd_memory_new(s, 1, 2, &err);
  cr_assert(sh && pl);
  cr_expect_null(wd_memory_new_shared(s, 1, WD_NO_MAX, &err), "a shared memory needs a maximum");
  wd_extern x = {.kind = WD_EXTERN_MEMORY, .of.memory = pl};
  cr_expect_null(wd_instantiate(s, imp, &x, 1, &err));
  cr_expect_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  x.of.memory = sh;
  cr_expect_not_null(wd_instantiate(s, imp, &x, 1, &err), "%s", err.message);
  wd_module *unsh = module_of(e, "(module (import \"m\" \"m\" (memory 1 2)))", &err);
  cr_assert_not_null(unsh);
  cr_expect_null(wd_instantiate(s, unsh, &x, 1, &err), "a shared memory for an unshared import");
  cr_expect_eq(err.code, WD_E_INCOMPATIBLE_IMPORT);
  wd_module_free(unsh);
  wd_module_free(imp);
  wd_store_free(s);
  wd_engine_free(e);
  /* without the feature: the shared flag and 0xFE are malformed / illegal */
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.features &= ~(uint32_t)WD_FEATURE_THREADS;
  e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e);
  cr_expect_null(module_of(e, "(module (memory 1 1 shared))", &err));
  cr_expect_eq(err.code, WD_E_MALFORMED_LIMITS);
  cr_expect_null(module_of(e, "(module (memory 1) (func (atomic.fence)))", &err));
  cr_expect_eq(err.code, WD_E_ILLEGAL_OPCODE, "%s", err.message);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- interrupts (wd_store_interrupt) */

static const char *const interrupt_wat =
    "(module (memory (export \"mem\") 1 1 shared)"
    " (func (export \"spin\") (param i32 i32) (result i32) (loop (br 0)) (i32.const 0))"
    " (func (export \"wait\") (param i32 i32) (result i32)"
    "   (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))"
    " (func (export \"count\") (param $n i32) (param i32) (result i32)"
    "   (loop $l (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br_if $l (local.get $n)))"
    "   (local.get $n)))";

typedef struct icall {
  wd_store *s;
  wd_instance *inst;
  const char *name;
  wd_errcode code;
} icall;

static void *icall_main(void *p) {
  icall *c = p;
  wd_val z = {.kind = WD_I32, .of.i32 = 0}, r;
  c->code = call2(c->s, c->inst, c->name, z, z, 2, &r);
  return NULL;
}

/* Runs export `name` on another thread, interrupts the store after 20 ms, and returns the call's code. */
static wd_errcode interrupted_call(wd_store *s, wd_instance *inst, const char *name) {
  icall c = {s, inst, name, WD_E_OK};
  pthread_t th;
  cr_assert_eq(pthread_create(&th, NULL, icall_main, &c), 0);
  struct timespec ts = {0, 20000000};
  nanosleep(&ts, NULL);
  uint64_t t0 = now_ns();
  wd_store_interrupt(s);
  pthread_join(th, NULL);
  cr_expect_lt(now_ns() - t0, 2000000000ull, "the interrupted call ends promptly");
  return c.code;
}

Test(threads, interrupt_stops_running_code_and_waits_in_every_layout_and_mode) {
  const char *const layouts[] = {"enum", "union16", "packed"};
  const wd_mode modes[] = {WD_MODE_EAGER, WD_MODE_LAZY_TRANSLATION, WD_MODE_LAZY};
  for (int li = 0; li < 3; li++)
    for (int mi = 0; mi < 3; mi++)
      for (int fuel = 0; fuel < 2; fuel++) {
        wd_config cfg;
        wd_config_init(&cfg);
        cfg.layout = layouts[li];
        cfg.mode = modes[mi];
        wd_error err = {0};
        wd_engine *e = wd_engine_new(&cfg, &err);
        cr_assert_not_null(e, "%s", err.message);
        wd_module *m = module_of(e, interrupt_wat, &err);
        cr_assert_not_null(m, "%s", err.message);
        wd_store *s = wd_store_new(e, &err);
        cr_expect_eq(wd_store_engine(s), e);
        if (fuel) {
          cr_assert(wd_store_fuel_enable(s, true, &err));
          cr_assert(wd_store_fuel_add(s, UINT64_MAX / 2, &err));
        }
        wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
        cr_assert_not_null(inst, "%s", err.message);
        cr_expect(!wd_store_interrupted(s));
        cr_expect_eq(interrupted_call(s, inst, "spin"), WD_E_TRAP_INTERRUPTED, "%s %d fuel %d", layouts[li], mi, fuel);
        cr_expect(wd_store_interrupted(s));
        cr_expect(!wd_store_suspended(s), "an interrupted call cannot be resumed");
        if (fuel) cr_expect_lt(wd_store_fuel_remaining(s), UINT64_MAX / 2, "the spin used fuel");
        /* Later calls fail at once, until the flag is cleared. */
        wd_val z = {.kind = WD_I32, .of.i32 = 0}, n = {.kind = WD_I32, .of.i32 = 5}, r;
        cr_expect_eq(call2(s, inst, "count", n, z, 2, &r), WD_E_TRAP_INTERRUPTED);
        wd_store_interrupt_clear(s);
        cr_expect_eq(call2(s, inst, "count", n, z, 2, &r), WD_E_OK);
        wd_store_interrupt_clear(s);
        cr_expect_eq(interrupted_call(s, inst, "wait"), WD_E_TRAP_INTERRUPTED, "a wait wakes");
        cr_expect_eq(wd_atomic_waiters(), 0);
        wd_store_free(s);
        wd_module_free(m);
        wd_engine_free(e);
      }
}

Test(threads, fuel_slices_keep_fuel_exact) {
  /* A loop far longer than one slice (WD_FUEL_SLICE): the fuel it uses is the same however it is given,
   * and exactly that much lets it finish, one unit less stops it (resumable with one more unit). */
  wd_error err = {0};
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_module *m = module_of(e, interrupt_wat, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_val z = {.kind = WD_I32, .of.i32 = 0}, n = {.kind = WD_I32, .of.i32 = 5 * (int32_t)WD_FUEL_SLICE + 17}, r;
  uint64_t used = 0;
  for (int round = 0; round < 3; round++) {
    uint64_t give = round == 0 ? 100u * WD_FUEL_SLICE : round == 1 ? used : used - 1;
    wd_store *s = wd_store_new(e, &err);
    cr_assert(wd_store_fuel_enable(s, true, &err) && wd_store_fuel_add(s, give, &err));
    wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
    cr_assert_not_null(inst, "%s", err.message);
    wd_errcode code = call2(s, inst, "count", n, z, 2, &r);
    if (round == 0) {
      cr_assert_eq(code, WD_E_OK);
      used = give - wd_store_fuel_remaining(s);
      cr_expect_gt(used, 5u * WD_FUEL_SLICE);
    } else if (round == 1) {
      cr_expect_eq(code, WD_E_OK);
      cr_expect_eq(wd_store_fuel_remaining(s), 0);
    } else {
      cr_expect_eq(code, WD_E_TRAP_OUT_OF_FUEL);
      cr_expect(wd_store_suspended(s));
      cr_assert(wd_store_fuel_add(s, 1, &err));
      wd_val res = {0};
      cr_expect(wd_store_resume(s, &res, 1, &err), "%s", err.message);
      cr_expect_eq(res.of.i32, 0);
    }
    wd_store_free(s);
  }
  wd_module_free(m);
  wd_engine_free(e);
}

typedef struct store_job {
  wd_engine *e;
  wd_module *m;
  wd_memory *mem;
  int ok;
} store_job;

static bool nop_host(wd_caller *c, void *u, const wd_val *a, wd_val *r) {
  (void)c, (void)u, (void)a, (void)r;
  return true;
}

/* A store of its own on this thread: instantiates the module over the shared memory and adds 1, 100 times. */
static void *store_job_main(void *p) {
  store_job *j = p;
  for (int round = 0; round < 20; round++) {
    wd_error err = {0};
    wd_store *s = wd_store_new(j->e, &err);
    const wd_valkind params[3] = {WD_I32, WD_I64, WD_F64};
    wd_func *f = wd_func_new_host(s, params, 3, NULL, 0, nop_host, NULL, &err);
    wd_extern imps[2] = {{.kind = WD_EXTERN_MEMORY, .of.memory = j->mem}, {.kind = WD_EXTERN_FUNC, .of.func = f}};
    wd_instance *inst = f ? wd_instantiate(s, j->m, imps, 2, &err) : NULL;
    wd_extern add;
    if (inst && wd_instance_export(inst, "add", 3, &add)) {
      for (int i = 0; i < 100; i++) {
        wd_val a[2] = {{.kind = WD_I32, .of.i32 = 1}, {.kind = WD_I32, .of.i32 = 0}}, r;
        if (wd_func_call(s, add.of.func, a, 2, &r, 1, &err)) j->ok++;
      }
    }
    wd_store_free(s);
  }
  return NULL;
}

Test(threads, shared_memory_import_type_and_stores_on_several_threads) {
  /* wd_externtype.shared; stores of one engine on several threads at once, each instantiating one module
   * over one shared memory and making host functions (interned concurrently). */
  wd_error err = {0};
  wd_engine *e = wd_engine_new(NULL, &err);
  const char *wat = "(module (import \"env\" \"memory\" (memory 1 2 shared))"
                    " (import \"env\" \"f\" (func $f (param i32 i64 f64)))"
                    " (func (export \"add\") (param i32 i32) (result i32)"
                    "   (i32.atomic.rmw.add (i32.const 8) (local.get 0))))";
  wd_module *m = module_of(e, wat, &err);
  cr_assert_not_null(m, "%s", err.message);
  cr_assert(wd_module_promote_all(m, &err));
  wd_externtype t;
  cr_assert(wd_module_import_type(m, 0, &t));
  cr_expect(t.shared);
  cr_expect_eq(t.max, 2);
  wd_store *owner = wd_store_new(e, &err);
  wd_memory *mem = wd_memory_new_shared(owner, t.min, t.max, &err);
  cr_assert_not_null(mem, "%s", err.message);
  enum { T = 4 };
  pthread_t th[T];
  store_job jobs[T];
  for (int i = 0; i < T; i++) {
    jobs[i] = (store_job){e, m, mem, 0};
    cr_assert_eq(pthread_create(&th[i], NULL, store_job_main, &jobs[i]), 0);
  }
  for (int i = 0; i < T; i++) {
    pthread_join(th[i], NULL);
    cr_expect_eq(jobs[i].ok, 2000);
  }
  uint8_t b[4];
  cr_assert(wd_memory_read(mem, 8, b, 4));
  cr_expect_eq((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16, (uint32_t)T * 2000);
  wd_store_free(owner);
  wd_module_free(m);
  wd_engine_free(e);
}
