/* wd-allocfail.c — allocation-failure injection, in the manner of SQLite's malloc tests.
 *
 *   wd-allocfail [-v] [--max-modules N] [--sticky] [--lax-stack] [--layout NAME|all] [--mode NAME|all] FILE...
 *
 * For each module: one reference run with a counting allocator that never fails, then runs in which the
 * n-th allocation fails (n = 1, 2, ... until a run completes without reaching an n-th allocation; with
 * --sticky every allocation from the n-th on fails). A run is: engine, module load, store, dummy imports
 * (one object of exactly the declared type per import; modules whose imports cannot be made within the
 * limits are skipped), instantiate (with fuel), call every export that takes no arguments (with fuel),
 * free everything. Every run must:
 *   - fail cleanly: the first step whose outcome differs from the reference run failed with "out of
 *     memory" (a call may also end in any trap: memory.grow and table.grow return -1 when their
 *     allocation fails, and the program may then trap on its own); no crash, no sanitizer report;
 *   - free every byte: the allocator tracks every live block, checks each free's pointer and size, and
 *     after teardown nothing may remain (LeakSanitizer checks the rest at exit).
 * --lax-stack accepts "call stack exhausted" as the outcome of a failed value-stack allocation.
 * Layout and mode rotate from module to module (all 3 x 3 over nine modules) unless given.
 * Prints "N passed, N failed, N skipped" and exits 1 on any failure. -v prints every module and step.
 *
 * A file that does not start with the binary magic is WebAssembly text: then only the text reader
 * (wd_wat_to_wasm) runs, and each run must end as the reference run did or with "out of memory", and free
 * every byte.
 *
 * A test tool: links libwarden.a; includes runtime/module.h and runtime.h to read import types and to set
 * the store's fuel. Reads only the files it is given.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

static bool verbose, sticky, lax_stack;

/* ---------------------------------------------------------------- the counting allocator */

typedef struct slot {
  void *p;                        /* NULL = empty, TOMB = deleted */
  size_t size;
} slot;
#define TOMB ((void *)1)

typedef struct counter {
  uint64_t calls;                 /* allocations attempted (malloc, and realloc to a non-zero size) */
  uint64_t fail_at;               /* 0 = never fail */
  bool injected;                  /* some allocation was made to fail */
  int inject_stage;               /* the step running when the first failure was injected */
  uint32_t inject_call;           /* and, in the calls step, which call */
  size_t live_bytes, live_blocks;
  slot *tab;                      /* live blocks: open addressing by pointer */
  size_t cap, used;               /* used counts tombstones too */
  char problem[256];              /* first accounting error ("" = none) */
} counter;

static void problem(counter *c, const char *fmt, ...) {
  if (c->problem[0]) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->problem, sizeof c->problem, fmt, ap);
  va_end(ap);
}

static size_t hash_ptr(const void *p, size_t cap) {
  uint64_t x = (uint64_t)(uintptr_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return (size_t)x & (cap - 1);
}

static slot *find(counter *c, const void *p) {
  if (!c->cap) return NULL;
  for (size_t i = hash_ptr(p, c->cap);; i = (i + 1) & (c->cap - 1)) {
    if (c->tab[i].p == p) return &c->tab[i];
    if (!c->tab[i].p) return NULL;
  }
}

static void insert(counter *c, void *p, size_t size);

static void rehash(counter *c) {
  size_t ncap = c->cap ? c->cap * 2 : 1024;
  while (c->live_blocks * 2 >= ncap) ncap *= 2;
  slot *old = c->tab;
  size_t ocap = c->cap;
  c->tab = calloc(ncap, sizeof *c->tab);
  if (!c->tab) { fprintf(stderr, "wd-allocfail: out of memory\n"); exit(2); }
  c->cap = ncap;
  c->used = 0;
  for (size_t i = 0; i < ocap; i++)
    if (old[i].p && old[i].p != TOMB) insert(c, old[i].p, old[i].size);
  free(old);
}

static void insert(counter *c, void *p, size_t size) {
  if ((c->used + 1) * 2 > c->cap) rehash(c);
  size_t i = hash_ptr(p, c->cap);
  while (c->tab[i].p && c->tab[i].p != TOMB) i = (i + 1) & (c->cap - 1);
  if (!c->tab[i].p) c->used++;
  c->tab[i].p = p;
  c->tab[i].size = size;
}

/* The step (and call) a run is in, for attributing an injected failure. */
static int cur_stage;
static uint32_t cur_call;

static bool should_fail(counter *c) {
  c->calls++;
  if (c->fail_at && (c->calls == c->fail_at || (sticky && c->calls > c->fail_at))) {
    if (!c->injected) {
      c->inject_stage = cur_stage;
      c->inject_call = cur_call;
    }
    c->injected = true;
    return true;
  }
  return false;
}

static void *ca_malloc(void *user, size_t size) {
  counter *c = user;
  if (size == 0) problem(c, "malloc of 0 bytes");
  if (should_fail(c)) return NULL;
  void *p = malloc(size ? size : 1);
  if (!p) return NULL;
  insert(c, p, size);
  c->live_bytes += size;
  c->live_blocks++;
  return p;
}

static void ca_free(void *user, void *p, size_t size) {
  counter *c = user;
  if (!p) return;
  slot *s = find(c, p);
  if (!s) {
    problem(c, "free of %p, which is not a live block", p);
    return;                       /* never hand libc a pointer it may not own */
  }
  if (s->size != size) problem(c, "free of a %zu-byte block said %zu bytes", s->size, size);
  c->live_bytes -= s->size;
  c->live_blocks--;
  s->p = TOMB;
  free(p);
}

static void *ca_realloc(void *user, void *p, size_t old_size, size_t new_size) {
  counter *c = user;
  if (!p) return ca_malloc(user, new_size);
  slot *s = find(c, p);
  if (!s) {
    problem(c, "realloc of %p, which is not a live block", p);
    return NULL;
  }
  if (s->size != old_size) problem(c, "realloc of a %zu-byte block said %zu bytes", s->size, old_size);
  if (new_size == 0) problem(c, "realloc to 0 bytes");
  if (should_fail(c)) return NULL;
  void *q = realloc(p, new_size ? new_size : 1);
  if (!q) return NULL;
  size_t was = s->size;
  s->p = TOMB;
  c->live_bytes -= was;
  insert(c, q, new_size);
  c->live_bytes += new_size;
  return q;
}

static void counter_reset(counter *c, uint64_t fail_at) {
  if (c->live_blocks) {
    /* Leaked blocks (already reported): release them so the next run starts clean. */
    for (size_t i = 0; i < c->cap; i++)
      if (c->tab[i].p && c->tab[i].p != TOMB) free(c->tab[i].p);
  }
  free(c->tab);
  memset(c, 0, sizeof *c);
  c->fail_at = fail_at;
}

/* ---------------------------------------------------------------- one run */

enum { ST_ENGINE, ST_MODULE, ST_STORE, ST_IMPORTS, ST_INSTANTIATE, ST_CALLS, ST_DONE };
static const char *const stage_name[] = {"engine", "module", "store", "imports", "instantiate", "calls",
                                         "done"};

#define MAX_CALLS 512
#define MAX_VALS 64

typedef struct outcome {
  int stage;                      /* the step that failed, or ST_DONE */
  wd_errcode code;                /* its error */
  char message[WD_ERROR_MESSAGE_MAX];
  bool has_start;                 /* the module has a start function (it runs during instantiate) */
  uint32_t ncalls;
  wd_errcode call_code[MAX_CALLS];   /* WD_E_OK: returned */
  uint64_t call_hash[MAX_CALLS];     /* results of returned calls */
} outcome;

typedef struct config {
  const char *layout;
  wd_mode mode;
} config;

static const char *mode_name(wd_mode m) {
  const char *n = wd_mode_name(m);
  return n ? n : "?";
}

static uint32_t features_for(const char *path) {
  uint32_t f = WD_FEATURE_SIMD;
  if (strstr(path, "tail-call")) f |= WD_FEATURE_TAIL_CALL;
  if (strstr(path, "extended-const")) f |= WD_FEATURE_EXTENDED_CONST;
  if (strstr(path, "multi-memory")) f |= WD_FEATURE_MULTI_MEMORY;
  return f;
}

/* A host function of any type: returns zeros (user: the module's wd_functype). */
static bool dummy_fn(wd_caller *caller, void *user, const wd_val *args, wd_val *results) {
  const wd_functype *ft = user;
  const uint8_t *rt = wd_ft_results(ft);
  for (uint32_t i = 0; i < ft->nresults; i++) {
    memset(&results[i], 0, sizeof results[i]);
    results[i].kind = rt[i];
  }
  return true;
}

static wd_val zero_of(uint8_t kind) {
  wd_val v;
  memset(&v, 0, sizeof v);
  v.kind = kind;
  return v;
}

/* Makes one object of exactly the import's type. False with err set when it cannot be made. */
static bool make_import(wd_store *s, const wd_module *m, const wd_import *im, wd_extern *x, wd_error *err) {
  x->kind = (wd_externkind)im->kind;
  switch (im->kind) {
  case WD_EXTERN_FUNC: {
    if (im->desc.type_idx >= m->ntypes) return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "import type");
    const wd_functype *ft = &m->types[im->desc.type_idx];
    wd_valkind kinds[2 * MAX_VALS];
    if (ft->nparams > MAX_VALS || ft->nresults > MAX_VALS)
      return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "import type too large for the tool");
    for (uint32_t i = 0; i < ft->nparams + ft->nresults; i++) kinds[i] = (wd_valkind)ft->types[i];
    x->of.func = wd_func_new_host(s, kinds, ft->nparams, kinds + ft->nparams, ft->nresults, dummy_fn,
                                  (void *)ft, err);
    return x->of.func != NULL;
  }
  case WD_EXTERN_TABLE: {
    const wd_tabletype *t = &im->desc.table;
    if (t->lim.min > UINT32_MAX || (t->lim.has_max && t->lim.max > UINT32_MAX))
      return wd_fail(err, WD_E_LIMIT_TABLE, WD_NO_OFFSET, "table import");
    x->of.table = wd_table_new(s, (wd_valkind)t->elem, (uint32_t)t->lim.min,
                               t->lim.has_max ? (uint32_t)t->lim.max : WD_NO_MAX, zero_of(t->elem), err);
    return x->of.table != NULL;
  }
  case WD_EXTERN_MEMORY: {
    const wd_lim *l = &im->desc.mem.lim;
    if (l->min > 65536 || (l->has_max && l->max > 65536))
      return wd_fail(err, WD_E_LIMIT_MEMORY, WD_NO_OFFSET, "memory import");
    x->of.memory = wd_memory_new(s, (uint32_t)l->min, l->has_max ? (uint32_t)l->max : WD_NO_MAX, err);
    return x->of.memory != NULL;
  }
  default:
    x->of.global = wd_global_new(s, (wd_valkind)im->desc.global.type, im->desc.global.mut,
                                 zero_of(im->desc.global.type), err);
    return x->of.global != NULL;
  }
}

static uint64_t hash_vals(const wd_val *v, uint32_t n) {
  uint64_t h = 1469598103934665603ull;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t b[17];
    b[0] = v[i].kind;
    memcpy(b + 1, v[i].of.v128, 16);
    if (v[i].kind == WD_FUNCREF || v[i].kind == WD_EXTERNREF) memset(b + 1, v[i].of.func != NULL, 16);
    for (int k = 0; k < 17; k++) h = (h ^ b[k]) * 1099511628211ull;
  }
  return h;
}

#define CALL_FUEL 20000u
#define START_FUEL 200000u

#define STAGE(st) (o->stage = cur_stage = (st))

static void run(const uint8_t *bytes, size_t len, uint32_t features, const config *cfg, counter *c,
                outcome *o) {
  memset(o, 0, sizeof *o);
  cur_call = 0;
  wd_allocator al = {ca_malloc, ca_realloc, ca_free, c};
  wd_config wc;
  wd_config_init(&wc);
  wc.layout = cfg->layout;
  wc.mode = cfg->mode;
  wc.features = features;
  wc.allocator = &al;
  wc.limits.max_memory_pages = 64;
  wc.limits.max_table_elems = 100000;
  wc.limits.max_call_depth = 2000;
  wc.limits.max_stack_bytes = 4u << 20;
  wc.limits.max_arena_bytes = 256u << 20;
  wd_error err;
  wd_error_clear(&err);
  wd_engine *e = NULL;
  wd_module *m = NULL;
  wd_store *s = NULL;
  wd_extern *imports = NULL;
  STAGE(ST_ENGINE);
  if (!(e = wd_engine_new(&wc, &err))) goto out;
  STAGE(ST_MODULE);
  if (!(m = wd_module_new(e, bytes, len, &err))) goto out;
  o->has_start = m->has_start;
  STAGE(ST_STORE);
  if (!(s = wd_store_new(e, &err))) goto out;
  STAGE(ST_IMPORTS);
  uint32_t ni = m->nimports;
  if (ni) {
    imports = calloc(ni, sizeof *imports);
    if (!imports) { fprintf(stderr, "wd-allocfail: out of memory\n"); exit(2); }
    for (uint32_t i = 0; i < ni; i++)
      if (!make_import(s, m, &m->imports[i], &imports[i], &err)) goto out;
  }
  STAGE(ST_INSTANTIATE);
  s->fuel_enabled = true;
  s->fuel = START_FUEL;
  wd_instance *inst = wd_instantiate(s, m, imports, ni, &err);
  if (!inst) goto out;
  STAGE(ST_CALLS);
  uint32_t nex = wd_module_export_count(m);
  for (uint32_t i = 0; i < nex && o->ncalls < MAX_CALLS; i++) {
    wd_exportdesc d;
    wd_extern x;
    if (!wd_module_export(m, i, &d) || d.kind != WD_EXTERN_FUNC) continue;
    if (!wd_instance_export(inst, d.name, d.name_len, &x)) {
      wd_fail(&err, WD_E_UNKNOWN_EXPORT, WD_NO_OFFSET, "export %u", i);
      goto out;
    }
    uint32_t np, nr;
    const wd_valkind *pt, *rt;
    wd_func_type(x.of.func, &np, &pt, &nr, &rt);
    if (np != 0 || nr > MAX_VALS) continue;
    wd_val res[MAX_VALS];
    s->fuel = CALL_FUEL;
    cur_call = o->ncalls;
    wd_error cerr;
    bool ok = wd_func_call(s, x.of.func, NULL, 0, res, nr, &cerr);
    o->call_code[o->ncalls] = ok ? WD_E_OK : cerr.code;
    o->call_hash[o->ncalls] = ok ? hash_vals(res, nr) : 0;
    o->ncalls++;
  }
  STAGE(ST_DONE);
out:
  if (o->stage != ST_DONE) {
    o->code = err.code;
    snprintf(o->message, sizeof o->message, "%s", err.message);
  }
  free(imports);
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
}

/* ---------------------------------------------------------------- checking */

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    uint8_t *nb = realloc(buf, cap *= 2);
    if (!nb) free(buf);
    buf = nb;
  }
  bool bad = ferror(f) || !buf;
  fclose(f);
  if (bad) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

static bool imports_unsatisfiable(const outcome *o) {
  return o->stage == ST_IMPORTS && o->code != WD_E_OUT_OF_MEMORY;
}

/* Traps a program may run into on its own after memory.grow or table.grow returned -1 because an
 * allocation failed. Not "call stack exhausted": warden's stack is its own, and failing to grow it is
 * an allocation failure, to be reported as one. Not "function failed validation" either. */
static bool trap_after_failure_ok(wd_errcode code) {
  return wd_errcode_class(code) == WD_CLASS_TRAP && code != WD_E_TRAP_INVALID_FUNCTION &&
         (lax_stack || code != WD_E_TRAP_STACK_EXHAUSTED);
}

/* Compares an injected run with the reference. Returns NULL if acceptable, else why not. */
static const char *judge(const outcome *ref, const outcome *o, const counter *c, char *why, size_t cap) {
  if ((unsigned)o->code >= WD_E__COUNT) {
    snprintf(why, cap, "error code %d out of range", (int)o->code);
    return why;
  }
  if (o->stage != ST_DONE && !o->message[0]) {
    snprintf(why, cap, "%s failed with an empty message", stage_name[o->stage]);
    return why;
  }
  if (o->stage < ref->stage || (o->stage == ref->stage && o->stage != ST_DONE && o->code != ref->code)) {
    bool injected_by_then = c->injected && c->inject_stage <= o->stage;
    if (injected_by_then && o->code == WD_E_OUT_OF_MEMORY) return NULL;
    /* A start function runs during instantiation: after a failed memory.grow / table.grow it may trap. */
    if (injected_by_then && o->stage == ST_INSTANTIATE && c->inject_stage == ST_INSTANTIATE &&
        trap_after_failure_ok(o->code))
      return NULL;
    snprintf(why, cap, "%s failed with %s (%s); the reference run %s%s", stage_name[o->stage],
             wd_errcode_name(o->code), o->message, ref->stage == ST_DONE ? "completed" : stage_name[ref->stage],
             o->code == WD_E_TRAP_STACK_EXHAUSTED ? " — an allocation failure reported as a trap" : "");
    return why;
  }
  if (o->stage > ref->stage) {
    snprintf(why, cap, "got to %s, but the reference run failed at %s with %s", stage_name[o->stage],
             stage_name[ref->stage], wd_errcode_name(ref->code));
    return why;
  }
  if (o->stage != ST_DONE) return NULL;   /* same step, same error */
  if (o->ncalls != ref->ncalls) {
    snprintf(why, cap, "%u calls made, the reference made %u", o->ncalls, ref->ncalls);
    return why;
  }
  for (uint32_t i = 0; i < o->ncalls; i++) {
    if (o->call_code[i] == ref->call_code[i] && o->call_hash[i] == ref->call_hash[i]) continue;
    wd_errcode code = o->call_code[i];
    /* From the call in which an allocation failed on, the program may behave differently: memory.grow
     * and table.grow return -1, and what follows depends on it. So may every call after a start function
     * that saw such a failure, and (--sticky) every call after any absorbed failure, since every later
     * allocation fails too. Otherwise nothing may differ. */
    bool after = c->injected && ((c->inject_stage == ST_CALLS && i >= c->inject_call) ||
                                 (sticky && c->inject_stage < ST_CALLS) ||
                                 (c->inject_stage == ST_INSTANTIATE && o->has_start));
    if (after && (code == WD_E_OK || code == WD_E_OUT_OF_MEMORY || trap_after_failure_ok(code))) continue;
    snprintf(why, cap, "call %u %s with %s; the reference with %s (allocation failed %s%s)", i,
             code == WD_E_OK ? "returned" : "ended", code == WD_E_OK ? "other results" : wd_errcode_name(code),
             ref->call_code[i] == WD_E_OK ? "its results" : wd_errcode_name(ref->call_code[i]),
             !c->injected ? "nowhere" : c->inject_stage != ST_CALLS ? "in step " : "",
             !c->injected ? "" : c->inject_stage != ST_CALLS ? stage_name[c->inject_stage]
                               : c->inject_call == i ? "in this call" : "in a later call");
    return why;
  }
  return NULL;
}

static bool check_accounting(counter *c, char *why, size_t cap) {
  if (c->problem[0]) {
    snprintf(why, cap, "allocator: %s", c->problem);
    return false;
  }
  if (c->live_blocks || c->live_bytes) {
    snprintf(why, cap, "leak: %zu blocks, %zu bytes not freed", c->live_blocks, c->live_bytes);
    return false;
  }
  return true;
}

typedef enum { R_PASS, R_FAIL, R_SKIP } result;

static result test_module(const char *path, const uint8_t *bytes, size_t len, const config *cfg,
                          uint64_t *runs) {
  uint32_t features = features_for(path);
  counter c;
  memset(&c, 0, sizeof c);
  outcome *ref = malloc(sizeof *ref), *o = malloc(sizeof *o);
  if (!ref || !o) { fprintf(stderr, "wd-allocfail: out of memory\n"); exit(2); }
  char why[512];
  result res = R_PASS;

  counter_reset(&c, 0);
  run(bytes, len, features, cfg, &c, ref);
  (*runs)++;
  uint64_t total = c.calls;
  if (!check_accounting(&c, why, sizeof why)) {
    printf("FAIL %s [%s/%s] reference run: %s\n", path, cfg->layout, mode_name(cfg->mode), why);
    res = R_FAIL;
    goto done;
  }
  if (imports_unsatisfiable(ref)) {
    if (verbose) printf("skip %s: imports cannot be made (%s)\n", path, ref->message);
    res = R_SKIP;
    goto done;
  }
  if (verbose)
    printf("%s [%s/%s]: %" PRIu64 " allocations, reference %s%s%s\n", path, cfg->layout, mode_name(cfg->mode),
           total, stage_name[ref->stage], ref->stage == ST_DONE ? "" : " failed: ",
           ref->stage == ST_DONE ? "" : wd_errcode_name(ref->code));

  for (uint64_t n = 1;; n++) {
    counter_reset(&c, n);
    run(bytes, len, features, cfg, &c, o);
    (*runs)++;
    bool ok = check_accounting(&c, why, sizeof why);
    if (ok && judge(ref, o, &c, why, sizeof why)) ok = false;
    if (!ok) {
      printf("FAIL %s [%s/%s] allocation %" PRIu64 " fails%s: %s\n", path, cfg->layout, mode_name(cfg->mode), n,
             sticky ? " (and every later one)" : "", why);
      res = R_FAIL;
      break;
    }
    if (!c.injected) break;       /* the run needed fewer than n allocations: every point was tried */
    if (n > total + 1000) {
      printf("FAIL %s [%s/%s]: runs keep allocating (%" PRIu64 " tried, the reference made %" PRIu64 ")\n", path,
             cfg->layout, mode_name(cfg->mode), n, total);
      res = R_FAIL;
      break;
    }
  }
done:
  counter_reset(&c, 0);
  free(c.tab);
  free(ref);
  free(o);
  return res;
}

/* Text (a file not starting with the binary magic): the text reader alone, wd_wat_to_wasm with the
 * counting allocator. Each run must end as the reference did, or with "out of memory" once a failure was
 * injected, and free every byte (the output included). */
static result test_text(const char *path, const uint8_t *bytes, size_t len, uint64_t *runs) {
  counter c;
  memset(&c, 0, sizeof c);
  wd_allocator al = {ca_malloc, ca_realloc, ca_free, &c};
  char why[512];
  result res = R_PASS;
  wd_error ref_err, err;
  size_t ref_len = 0, out_len = 0;
  counter_reset(&c, 0);
  uint8_t *ref = wd_wat_to_wasm((const char *)bytes, len, &al, &ref_len, &ref_err);
  wd_wat_free(&al, ref, ref_len);
  (*runs)++;
  uint64_t total = c.calls;
  if (!check_accounting(&c, why, sizeof why)) {
    printf("FAIL %s [text] reference run: %s\n", path, why);
    res = R_FAIL;
    goto done;
  }
  if (verbose)
    printf("%s [text]: %" PRIu64 " allocations, reference %s\n", path, total, ref ? "read" : ref_err.message);
  for (uint64_t n = 1;; n++) {
    counter_reset(&c, n);
    uint8_t *out = wd_wat_to_wasm((const char *)bytes, len, &al, &out_len, &err);
    wd_wat_free(&al, out, out_len);
    (*runs)++;
    bool ok = check_accounting(&c, why, sizeof why);
    if (ok) {
      if (c.injected && !out && err.code != WD_E_OUT_OF_MEMORY && (ref || err.code != ref_err.code)) {
        snprintf(why, sizeof why, "failed with %s: %s (reference: %s)", wd_errcode_name(err.code), err.message,
                 ref ? "read" : ref_err.message);
        ok = false;
      } else if (!c.injected && (!out) != (!ref)) {
        snprintf(why, sizeof why, "no failure injected, but the outcome differs from the reference");
        ok = false;
      } else if (c.injected && out && sticky) {
        snprintf(why, sizeof why, "every allocation from the %" PRIu64 "th on failed, yet the text was read", n);
        ok = false;
      }
    }
    if (!ok) {
      printf("FAIL %s [text] allocation %" PRIu64 " fails%s: %s\n", path, n, sticky ? " (and every later one)" : "", why);
      res = R_FAIL;
      break;
    }
    if (!c.injected) break;
    if (n > total + 1000) {
      printf("FAIL %s [text]: runs keep allocating (%" PRIu64 " tried, the reference made %" PRIu64 ")\n", path, n, total);
      res = R_FAIL;
      break;
    }
  }
done:
  counter_reset(&c, 0);
  free(c.tab);
  return res;
}

static void usage(void) {
  fprintf(stderr, "usage: wd-allocfail [-v] [--max-modules N] [--sticky] [--lax-stack] [--layout NAME|all] "
                  "[--mode NAME|all] FILE.wasm...\n"
                  "(layouts and modes: warden --list-layouts, warden --list-modes)\n");
  exit(2);
}

int main(int argc, char **argv) {
  long max_modules = -1;
  const char *layout_opt = NULL, *mode_opt = NULL;
  int first = 1;
  for (; first < argc && argv[first][0] == '-'; first++) {
    const char *a = argv[first];
    if (!strcmp(a, "-v")) verbose = true;
    else if (!strcmp(a, "--sticky")) sticky = true;
    else if (!strcmp(a, "--lax-stack")) lax_stack = true;
    else if (!strcmp(a, "--max-modules") && first + 1 < argc) max_modules = strtol(argv[++first], NULL, 10);
    else if (!strcmp(a, "--layout") && first + 1 < argc) layout_opt = argv[++first];
    else if (!strcmp(a, "--mode") && first + 1 < argc) mode_opt = argv[++first];
    else if (!strcmp(a, "--")) { first++; break; }
    else usage();
  }
  if (first >= argc) usage();

  const char *layouts[8] = {NULL};
  int nl = 0;
  for (const char *const *n = wd_layout_names(); *n && nl < 7; n++) layouts[nl++] = *n;
  if (layout_opt && strcmp(layout_opt, "all") != 0) {
    if (!wd_layout_record_size(layout_opt)) {
      fprintf(stderr, "wd-allocfail: unknown layout %s\n", layout_opt);
      return 2;
    }
    layouts[0] = layout_opt;
    nl = 1;
  }
  wd_mode modes[8];
  int nm = 0;
  for (const char *const *n = wd_mode_names(); *n && nm < 8; n++) wd_mode_lookup(*n, &modes[nm++]);
  if (mode_opt && strcmp(mode_opt, "all") != 0) {
    if (!wd_mode_lookup(mode_opt, &modes[0])) usage();
    nm = 1;
  }
  /* Explicit "all" runs every combination per module; otherwise they rotate. */
  bool every = (layout_opt && !strcmp(layout_opt, "all")) || (mode_opt && !strcmp(mode_opt, "all"));

  long passed = 0, failed = 0, skipped = 0, done = 0;
  uint64_t runs = 0;
  for (int i = first; i < argc && (max_modules < 0 || done < max_modules); i++, done++) {
    size_t len = 0;
    uint8_t *bytes = slurp(argv[i], &len);
    if (!bytes) {
      printf("FAIL %s: cannot read\n", argv[i]);
      failed++;
      continue;
    }
    result r = R_PASS;
    if (len < 4 || memcmp(bytes, "\0asm", 4)) {
      r = test_text(argv[i], bytes, len, &runs);
    } else if (every) {
      for (int l = 0; l < nl && r != R_FAIL; l++)
        for (int m = 0; m < nm && r != R_FAIL; m++) {
          config cfg = {layouts[l], modes[m]};
          result one = test_module(argv[i], bytes, len, &cfg, &runs);
          if (one == R_FAIL || (one == R_SKIP && r == R_PASS)) r = one;
        }
    } else {
      long k = done;
      config cfg = {layouts[k % nl], modes[(k / nl) % nm]};
      r = test_module(argv[i], bytes, len, &cfg, &runs);
    }
    free(bytes);
    if (r == R_PASS) passed++;
    else if (r == R_FAIL) failed++;
    else skipped++;
  }
  printf("wd-allocfail: %" PRIu64 " runs%s\n", runs, sticky ? " (sticky failures)" : "");
  printf("%ld passed, %ld failed, %ld skipped\n", passed, failed, skipped);
  return failed ? 1 : 0;
}
