/* emscripten.c — the host side of emscripten's runtime for `emcc -pthread` programs, without JavaScript
 * (include/warden_emscripten.h).
 *
 * emscripten 3.1's JS runtime (src/library_pthread.js, worker.js, library.js) is the protocol: the main
 * instance's __wasm_call_ctors calls __emscripten_init_main_thread_js(tb), answered with
 * _emscripten_thread_init(tb, main, runtime, can_block) and emscripten_tls_init; pthread_create calls
 * __pthread_create_js(pthread, attr, start_routine, arg), answered by starting a thread (tgroup.h's
 * group) whose new instance runs what worker.js's "run" does: _emscripten_thread_init(pthread, 0, 0, 1),
 * emscripten_stack_set_limits(stack, stack - stack_size) and stackRestore(stack) from the pthread struct
 * (musl's struct pthread on wasm32: stack at 44, stack_size at 48), emscripten_tls_init, the start
 * routine through __indirect_function_table, _emscripten_thread_exit(result). Every thread can block
 * (can_block 1: futexes are memory.atomic.wait, no busy waiting). __emscripten_thread_cleanup frees a
 * thread's data (_emscripten_thread_free_data, its stack included) on another thread's stack: a joined
 * thread's at once, a detached one's (which asks for it as it exits) once it has ended, at the next
 * thread creation or clean-up of any thread, as emscripten's main thread does. Proxying to
 * the main thread is not needed (every host function runs on the thread that calls it), so
 * _emscripten_notify_thread_queue only acknowledges; proxied JavaScript calls trap.
 * Uses only the public API (warden.h, warden_wasi.h) and the thread group of tgroup.h.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../include/warden_emscripten.h"
#include "wasi_parts.h"

#define PTHREAD_STACK 44u        /* offsetof(struct pthread, stack): the top of its stack */
#define PTHREAD_STACK_SIZE 48u
#define DEFAULT_STACK (2u << 20) /* emscripten's DEFAULT_PTHREAD_STACK_SIZE */
#define EAGAIN_WASI 6            /* emscripten's errno numbers are WASI's */

typedef struct em_prog {
  wd_wasi *w;
  wd_tgroup *g;
  wd_module *m;
  wd_engine *engine;
  wd_memory *mem;
  uint32_t nimports;
  pthread_mutex_t mu;            /* guards `ended` */
  uint32_t *ended;               /* detached threads that have ended: their data is still to free */
  uint32_t nended, ended_cap;
} em_prog;

/* One thread's state: the user pointer of its host functions. */
typedef struct emt {
  em_prog *p;
  wd_store *s;
  wd_instance *inst;
  int32_t tid;                   /* the group's id: 0 for the main thread */
  uint32_t self;                 /* its struct pthread */
  bool unwound;                  /* emscripten_unwind_to_js_event_loop (pthread_exit) ended its call */
  bool free_self;                /* it asked for its own clean-up: done by another thread once it ended */
  int32_t temp_ret0;
} emt;

typedef struct em_spawn {
  em_prog *p;
  uint32_t pthread, start, arg;
} em_spawn;

/* Calls export `name` of t's instance with i32 arguments (missing ones 0); its i32 result (if any) in
 * *res. A failure fills err. */
static bool ecall(emt *t, const char *name, const int32_t *args, uint32_t n, int32_t *res, wd_error *err) {
  wd_extern x;
  if (!wd_instance_export(t->inst, name, strlen(name), &x) || x.kind != WD_EXTERN_FUNC)
    return wd_error_set(err, WD_E_UNKNOWN_EXPORT, "%s (emscripten's runtime needs it)", name);
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(x.of.func, &np, &pk, &nr, &rk);
  wd_val a[8], r[1];
  if (np > 8 || nr > 1 || (nr && rk[0] != WD_I32))
    return wd_error_set(err, WD_E_INCOMPATIBLE_IMPORT, "export %s has an unexpected type", name);
  for (uint32_t i = 0; i < np; i++) {
    if (pk[i] != WD_I32) return wd_error_set(err, WD_E_INCOMPATIBLE_IMPORT, "export %s has an unexpected type", name);
    a[i].kind = WD_I32;
    a[i].of.i32 = i < n ? args[i] : 0;
  }
  if (!wd_func_call(t->s, x.of.func, a, np, r, nr, err)) return false;
  if (res) *res = nr ? r[0].of.i32 : 0;
  return true;
}

/* Frees the data of the detached threads that have ended, from t's thread (its own stack). */
static bool free_ended(emt *t, wd_error *err) {
  em_prog *p = t->p;
  for (;;) {
    pthread_mutex_lock(&p->mu);
    uint32_t ptr = p->nended ? p->ended[--p->nended] : 0;
    pthread_mutex_unlock(&p->mu);
    if (!ptr) return true;
    int32_t args[1] = {(int32_t)ptr};
    if (!ecall(t, "_emscripten_thread_free_data", args, 1, NULL, err)) return false;
  }
}

/* A detached thread has ended: its data is freed later, by another thread. */
static void add_ended(em_prog *p, uint32_t ptr) {
  const wd_allocator *al = wd_wasi_allocator(p->w);
  pthread_mutex_lock(&p->mu);
  if (p->nended == p->ended_cap) {
    uint32_t ncap = p->ended_cap ? p->ended_cap * 2 : 16;
    uint32_t *n = ncap <= p->ended_cap ? NULL
                  : p->ended ? al->realloc(al->user, p->ended, p->ended_cap * sizeof *n, ncap * sizeof *n)
                             : al->malloc(al->user, ncap * sizeof *n);
    if (n) {
      p->ended = n;
      p->ended_cap = ncap;
    }
  }
  if (p->nended < p->ended_cap) p->ended[p->nended++] = ptr;   /* else it stays allocated (no room) */
  pthread_mutex_unlock(&p->mu);
}

static bool has_export(const wd_module *m, const char *name) {
  for (uint32_t i = 0, n = wd_module_export_count(m); i < n; i++) {
    wd_exportdesc e;
    if (wd_module_export(m, i, &e) && e.name_len == strlen(name) && !memcmp(e.name, name, e.name_len)) return true;
  }
  return false;
}

static uint32_t ld32(wd_memory *m, uint32_t at) {
  uint8_t b[4] = {0};
  wd_memory_read(m, at, b, 4);
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* ---------------------------------------------------------------- the env functions */

#define EM_FN(name) static bool name(wd_caller *c, void *u, const wd_val *a, wd_val *r)
#define RET_I32(v) do { r[0].kind = WD_I32; r[0].of.i32 = (int32_t)(v); return true; } while (0)
#define UNUSED (void)c, (void)u, (void)a, (void)r

/* A call into the caller's instance from a host function failed: pass its trap on. */
static bool pass_on(wd_caller *c, const wd_error *e) {
  return wd_caller_trap(c, e->code == WD_E_OK ? WD_E_TRAP_HOST : e->code, e->message);
}

EM_FN(h_get_now) {
  UNUSED;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  double ms = (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
  uint64_t bits;
  memcpy(&bits, &ms, sizeof bits);
  r[0].kind = WD_F64;
  r[0].of.f64_bits = bits;
  return true;
}
EM_FN(h_date_now) {
  UNUSED;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  double ms = (double)ts.tv_sec * 1e3 + (double)(ts.tv_nsec / 1000000);
  uint64_t bits;
  memcpy(&bits, &ms, sizeof bits);
  r[0].kind = WD_F64;
  r[0].of.f64_bits = bits;
  return true;
}
/* clock_gettime(clk, tp): CLOCK_REALTIME 0, CLOCK_MONOTONIC 1 (and _RAW 4); a 32-bit tv_sec and tv_nsec as
 * emscripten 3.1's library.js writes them. -1 for another clock. */
EM_FN(h_clock_gettime) {
  UNUSED;
  int32_t clk = a[0].of.i32;
  uint32_t tp = (uint32_t)a[1].of.i32;
  struct timespec ts;
  if ((clk != 0 && clk != 1 && clk != 4) || clock_gettime(clk == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts))
    RET_I32(-1);
  uint32_t v[2] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec};
  uint8_t b[8];
  for (int i = 0; i < 8; i++) b[i] = (uint8_t)(v[i / 4] >> (8 * (i % 4)));
  if (!wd_memory_write(((emt *)u)->p->mem, tp, b, 8)) return wd_caller_trap(c, WD_E_TRAP_MEMORY_OOB, "clock_gettime");
  RET_I32(0);
}
EM_FN(h_unwind) {
  UNUSED;
  ((emt *)u)->unwound = true;
  return wd_caller_trap(c, WD_E_TRAP_EXIT, "the thread unwound (pthread_exit)");
}
EM_FN(h_notify_queue) { UNUSED; RET_I32(1); }     /* every thread runs its own host calls */
EM_FN(h_zero) { UNUSED; RET_I32(0); }
EM_FN(h_not_supported) { UNUSED; RET_I32(-1); }   /* EMSCRIPTEN_RESULT_NOT_SUPPORTED */
EM_FN(h_nothing) { UNUSED; return true; }
EM_FN(h_stack_size) { UNUSED; RET_I32(DEFAULT_STACK); }
EM_FN(h_one) { UNUSED; RET_I32(1); }
EM_FN(h_cores) {
  UNUSED;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  RET_I32(n > 0 && n < 1024 ? n : 1);
}
EM_FN(h_receive_on_main) {
  UNUSED;
  return wd_caller_trap(c, WD_E_TRAP_HOST, "emscripten_receive_on_main_thread_js: proxied JavaScript calls "
                                           "are not supported");
}
EM_FN(h_abort) {
  UNUSED;
  return wd_caller_trap(c, WD_E_TRAP_HOST, "abort() called");
}
EM_FN(h_set_temp_ret0) {
  UNUSED;
  ((emt *)u)->temp_ret0 = a[0].of.i32;
  return true;
}
EM_FN(h_get_temp_ret0) { UNUSED; RET_I32(((emt *)u)->temp_ret0); }
EM_FN(h_resize_heap) { UNUSED; RET_I32(0); }      /* the memory keeps its size (malloc fails) */
EM_FN(h_heap_max) { UNUSED; RET_I32(wd_memory_size(((emt *)u)->p->mem)); }

EM_FN(h_memcpy_big) {
  UNUSED;
  wd_memory *m = ((emt *)u)->p->mem;
  uint64_t d = (uint32_t)a[0].of.i32, s = (uint32_t)a[1].of.i32, n = (uint32_t)a[2].of.i32, size = wd_memory_size(m);
  if (d + n > size || s + n > size) return wd_caller_trap(c, WD_E_TRAP_MEMORY_OOB, "emscripten_memcpy_big");
  uint8_t *base = wd_memory_data(m);
  memmove(base + d, base + s, (size_t)n);
  RET_I32(d);
}

EM_FN(h_exit) {
  UNUSED;
  emt *t = u;
  uint32_t status = (uint32_t)a[0].of.i32;
  wd_tgroup_end(t->p->g, (int)(status & 0xFF), NULL);
  char msg[32];
  snprintf(msg, sizeof msg, "exit(%u)", status);
  return wd_caller_trap(c, WD_E_TRAP_EXIT, msg);
}

EM_FN(h_init_main_thread) {
  UNUSED;
  emt *t = u;
  wd_error e = {0};
  int32_t args[5] = {a[0].of.i32, 1, 1, 1, 0};   /* main browser thread, main runtime thread, can block */
  t->self = (uint32_t)a[0].of.i32;
  if (!ecall(t, "_emscripten_thread_init", args, 5, NULL, &e) || !ecall(t, "emscripten_tls_init", NULL, 0, NULL, &e))
    return pass_on(c, &e);
  return true;
}

static void worker(wd_tgroup *g, int32_t tid, void *arg);

EM_FN(h_pthread_create) {
  UNUSED;
  emt *t = u;
  wd_error e = {0};
  if (!free_ended(t, &e)) return pass_on(c, &e);
  const wd_allocator *al = wd_wasi_allocator(t->p->w);
  em_spawn *sp = al->malloc(al->user, sizeof *sp);
  if (!sp) RET_I32(EAGAIN_WASI);
  sp->p = t->p;
  sp->pthread = (uint32_t)a[0].of.i32;
  sp->start = (uint32_t)a[2].of.i32;
  sp->arg = (uint32_t)a[3].of.i32;
  int32_t tid = wd_tgroup_spawn(t->p->g, worker, sp);
  if (tid < 0) {
    al->free(al->user, sp, sizeof *sp);
    RET_I32(EAGAIN_WASI);
  }
  RET_I32(0);
}

EM_FN(h_thread_cleanup) {
  UNUSED;
  emt *t = u;
  uint32_t p = (uint32_t)a[0].of.i32;
  if (p == t->self) {            /* a detached thread, still on its stack: freed once it has ended */
    t->free_self = true;
    return true;
  }
  wd_error e = {0};
  int32_t args[1] = {(int32_t)p};
  if (!free_ended(t, &e) || !ecall(t, "_emscripten_thread_free_data", args, 1, NULL, &e)) return pass_on(c, &e);
  return true;
}

typedef struct em_def {
  const char *name;
  const char *sig;               /* params ':' results; i i32, j i64, f f32, d f64 */
  wd_host_fn fn;
} em_def;

static const em_def em_defs[] = {
  { "__pthread_create_js", "iiii:i", h_pthread_create },
  { "__emscripten_init_main_thread_js", "i:", h_init_main_thread },
  { "__emscripten_thread_cleanup", "i:", h_thread_cleanup },
  { "_emscripten_notify_thread_queue", "ii:i", h_notify_queue },
  { "_emscripten_default_pthread_stack_size", ":i", h_stack_size },
  { "emscripten_receive_on_main_thread_js", "iii:d", h_receive_on_main },
  { "emscripten_check_blocking_allowed", ":", h_nothing },
  { "emscripten_unwind_to_js_event_loop", ":", h_unwind },
  { "emscripten_get_now", ":d", h_get_now },
  { "emscripten_date_now", ":d", h_date_now },
  { "__clock_gettime", "ii:i", h_clock_gettime },
  { "clock_gettime", "ii:i", h_clock_gettime },
  { "_emscripten_get_now_is_monotonic", ":i", h_one },
  { "emscripten_num_logical_cores", ":i", h_cores },
  { "emscripten_memcpy_big", "iii:i", h_memcpy_big },
  { "emscripten_resize_heap", "i:i", h_resize_heap },
  { "emscripten_get_heap_max", ":i", h_heap_max },
  { "emscripten_webgl_create_context", "ii:i", h_zero },
  { "emscripten_set_canvas_element_size", "iii:i", h_not_supported },
  { "exit", "i:", h_exit },
  { "abort", ":", h_abort },
  { "setTempRet0", "i:", h_set_temp_ret0 },
  { "getTempRet0", ":i", h_get_temp_ret0 },
};

static const em_def *find_def(const char *name, size_t len) {
  for (size_t k = 0; k < sizeof em_defs / sizeof em_defs[0]; k++)
    if (strlen(em_defs[k].name) == len && !memcmp(em_defs[k].name, name, len)) return &em_defs[k];
  return NULL;
}

static bool name_is(const char *p, size_t n, const char *want) { return n == strlen(want) && !memcmp(p, want, n); }

static char kind_letter(uint8_t k) {
  return k == WD_I32 ? 'i' : k == WD_I64 ? 'j' : k == WD_F32 ? 'f' : k == WD_F64 ? 'd' : '?';
}

/* Import i's type as a signature string ("iiii:i"). */
static void sig_of(const wd_module *m, uint32_t i, char *buf, size_t cap) {
  wd_externtype t;
  size_t k = 0;
  buf[0] = 0;
  if (!wd_module_import_type(m, i, &t) || t.kind != WD_EXTERN_FUNC) return;
  for (uint32_t j = 0; j < t.nparams && k + 2 < cap; j++) buf[k++] = kind_letter(t.params[j]);
  if (k + 2 < cap) buf[k++] = ':';
  for (uint32_t j = 0; j < t.nresults && k + 2 < cap; j++) buf[k++] = kind_letter(t.results[j]);
  buf[k] = 0;
}

bool wd_emscripten_detect(const wd_module *m) {
  for (uint32_t i = 0, n = wd_module_import_count(m); i < n; i++) {
    wd_importdesc d;
    if (!wd_module_import(m, i, &d) || !name_is(d.module, d.module_len, "env") || d.kind != WD_EXTERN_FUNC) continue;
    const em_def *def = find_def(d.name, d.name_len);
    if (def && (def->name[0] == '_' || !strncmp(def->name, "emscripten_", 11))) return true;
  }
  return false;
}

bool wd_emscripten_check(const wd_module *m, wd_error *err) {
  bool memory = false;
  for (uint32_t i = 0, n = wd_module_import_count(m); i < n; i++) {
    wd_importdesc d;
    if (!wd_module_import(m, i, &d)) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "import %u unreadable", i);
    int ml = d.module_len > 64 ? 64 : (int)d.module_len, nl = d.name_len > 64 ? 64 : (int)d.name_len;
    if (name_is(d.module, d.module_len, WD_WASI_MODULE)) continue;
    if (name_is(d.module, d.module_len, "env") && d.kind == WD_EXTERN_MEMORY && !memory) {
      memory = true;
      continue;
    }
    const em_def *def = name_is(d.module, d.module_len, "env") && d.kind == WD_EXTERN_FUNC
                            ? find_def(d.name, d.name_len) : NULL;
    if (!def)
      return wd_error_set(err, WD_E_UNKNOWN_IMPORT, "%.*s::%.*s (warden's emscripten host does not provide it)", ml,
                   d.module, nl, d.name);
    char sig[64];
    sig_of(m, i, sig, sizeof sig);
    if (strcmp(sig, def->sig))
      return wd_error_set(err, WD_E_INCOMPATIBLE_IMPORT, "%.*s::%.*s has type (%s), the host's is (%s)", ml, d.module,
                   nl, d.name, sig, def->sig);
  }
  return true;
}

/* ---------------------------------------------------------------- threads */

/* Links t's instance: WASI's functions, the env functions (user pointer t), the memory. */
static bool link_thread(emt *t, wd_extern *imps, wd_error *err) {
  em_prog *p = t->p;
  if (!wd_wasi_link(p->w, t->s, p->m, imps, err)) return false;
  for (uint32_t i = 0; i < p->nimports; i++) {
    wd_importdesc d;
    wd_externtype ty;
    if (!wd_module_import(p->m, i, &d) || !wd_module_import_type(p->m, i, &ty))
      return wd_error_set(err, WD_E_INVALID_ARGUMENT, "import %u unreadable", i);
    if (name_is(d.module, d.module_len, WD_WASI_MODULE)) continue;
    if (d.kind == WD_EXTERN_MEMORY) {
      imps[i].kind = WD_EXTERN_MEMORY;
      imps[i].of.memory = p->mem;
      continue;
    }
    const em_def *def = find_def(d.name, d.name_len);
    if (!def) return wd_error_set(err, WD_E_UNKNOWN_IMPORT, "env::%.*s", (int)(d.name_len > 64 ? 64 : d.name_len), d.name);
    wd_valkind pk[16], rk[2];
    for (uint32_t j = 0; j < ty.nparams && j < 16; j++) pk[j] = (wd_valkind)ty.params[j];
    for (uint32_t j = 0; j < ty.nresults && j < 2; j++) rk[j] = (wd_valkind)ty.results[j];
    wd_func *f = wd_func_new_host(t->s, pk, ty.nparams, rk, ty.nresults, def->fn, t, err);
    if (!f) return false;
    imps[i].kind = WD_EXTERN_FUNC;
    imps[i].of.func = f;
  }
  return true;
}

/* Instantiates the module for t (in t->s). */
static bool instantiate(emt *t, wd_extern **imps, size_t *ibytes, wd_error *err) {
  const wd_allocator *al = wd_wasi_allocator(t->p->w);
  *ibytes = ((size_t)t->p->nimports + 1) * sizeof **imps;
  if (!(*imps = al->malloc(al->user, *ibytes))) return wd_error_set(err, WD_E_OUT_OF_MEMORY, "imports");
  memset(*imps, 0, *ibytes);
  return link_thread(t, *imps, err) && (t->inst = wd_instantiate(t->s, t->p->m, *imps, t->p->nimports, err));
}

/* What worker.js does with a "run" message, then the thread's exit. */
static bool run_pthread(emt *t, const em_spawn *sp, wd_error *err) {
  wd_memory *mem = t->p->mem;
  int32_t init[5] = {(int32_t)sp->pthread, 0, 0, 1, 0};
  uint32_t top = ld32(mem, sp->pthread + PTHREAD_STACK), size = ld32(mem, sp->pthread + PTHREAD_STACK_SIZE);
  int32_t limits[2] = {(int32_t)top, (int32_t)(top - size)}, restore[1] = {(int32_t)top};
  if (!ecall(t, "_emscripten_thread_init", init, 5, NULL, err) ||
      !ecall(t, "emscripten_stack_set_limits", limits, 2, NULL, err) ||
      !ecall(t, "stackRestore", restore, 1, NULL, err) || !ecall(t, "emscripten_tls_init", NULL, 0, NULL, err))
    return false;
  wd_extern tab;
  wd_val fv;
  if (!wd_instance_export(t->inst, "__indirect_function_table", 25, &tab) || tab.kind != WD_EXTERN_TABLE)
    return wd_error_set(err, WD_E_UNKNOWN_EXPORT, "__indirect_function_table");
  if (!wd_table_get(tab.of.table, sp->start, &fv) || fv.kind != WD_FUNCREF || !fv.of.func)
    return wd_error_set(err, WD_E_TRAP_UNDEFINED_ELEMENT, "pthread start routine %u", sp->start);
  wd_val arg = {.kind = WD_I32, .of.i32 = (int32_t)sp->arg}, res = {0};
  if (!wd_func_call(t->s, fv.of.func, &arg, 1, &res, 1, err)) return false;
  int32_t ex[1] = {res.of.i32};
  return ecall(t, "_emscripten_thread_exit", ex, 1, NULL, err);
}

static void worker(wd_tgroup *g, int32_t tid, void *arg) {
  em_spawn sp = *(em_spawn *)arg;
  em_prog *p = sp.p;
  const wd_allocator *al = wd_wasi_allocator(p->w);
  al->free(al->user, arg, sizeof sp);
  wd_error err = {0};
  emt t = {p, NULL, NULL, tid, sp.pthread, false, false, 0};
  wd_extern *imps = NULL;
  size_t ibytes = 0;
  if (!(t.s = wd_store_new(p->engine, &err)) || !wd_tgroup_store_fuel(t.s, wd_wasi_thread_fuel(p->w), &err)) {
    wd_tgroup_call_ended(g, tid, false, &err);
    wd_store_free(t.s);
    return;
  }
  if (!wd_tgroup_attach(g, t.s)) {
    wd_store_free(t.s);
    return;
  }
  bool ok = instantiate(&t, &imps, &ibytes, &err) && run_pthread(&t, &sp, &err);
  if (!ok && t.unwound && err.code == WD_E_TRAP_EXIT) ok = true;   /* pthread_exit */
  if (ok && t.free_self) add_ended(p, sp.pthread);
  wd_tgroup_call_ended(g, tid, ok, &err);
  wd_tgroup_detach(g, t.s);
  if (imps) al->free(al->user, imps, ibytes);
  wd_store_free(t.s);
}

/* ---------------------------------------------------------------- the main thread */

/* argc, argv on the main thread's stack (as emscripten's callMain): the WASI world's arguments. */
static bool push_args(emt *t, int32_t *argc, int32_t *argv, wd_error *err) {
  size_t n = 0, bytes = 0;
  const char *s = wd_wasi_args(t->p->w, &n, &bytes);
  int32_t size[1] = {(int32_t)(bytes + 4 * (n + 1) + 16)}, base = 0;
  if (bytes > (1u << 24) || n > (1u << 20)) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "arguments too long");
  if (!ecall(t, "stackAlloc", size, 1, &base, err)) return false;
  uint32_t ptrs = ((uint32_t)base + 3) & ~3u, strs = ptrs + 4 * (uint32_t)(n + 1);
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(s) + 1;
    uint8_t p[4] = {(uint8_t)strs, (uint8_t)(strs >> 8), (uint8_t)(strs >> 16), (uint8_t)(strs >> 24)};
    if (!wd_memory_write(t->p->mem, ptrs + 4 * i, p, 4) || !wd_memory_write(t->p->mem, strs, s, len))
      return wd_error_set(err, WD_E_TRAP_MEMORY_OOB, "arguments");
    strs += (uint32_t)len;
    s += len;
  }
  uint8_t z[4] = {0};
  if (!wd_memory_write(t->p->mem, ptrs + 4 * (uint32_t)n, z, 4)) return wd_error_set(err, WD_E_TRAP_MEMORY_OOB, "arguments");
  *argc = (int32_t)n;
  *argv = (int32_t)ptrs;
  return true;
}

static bool run_main(emt *t, int *status, wd_error *err) {
  if (has_export(t->p->m, "__wasm_call_ctors") && !ecall(t, "__wasm_call_ctors", NULL, 0, NULL, err)) return false;
  const char *mainname = has_export(t->p->m, "main") ? "main" : "__main_argc_argv";
  int32_t args[2] = {0, 0}, ret = 0;
  if (has_export(t->p->m, "stackAlloc") && !push_args(t, &args[0], &args[1], err)) return false;
  if (!ecall(t, mainname, args, 2, &ret, err)) return false;
  *status = ret & 0xFF;
  return true;
}

int wd_emscripten_run(wd_wasi *w, wd_store *store, wd_module *m, wd_error *err) {
  if (!w || !store || !m) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "wd_emscripten_run needs a wasi, a store and a module"), -1;
  if (!wd_emscripten_check(m, err)) return -1;
  em_prog p = {w, NULL, m, wd_store_engine(store), NULL, wd_module_import_count(m),
               PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0};
  for (uint32_t i = 0; i < p.nimports && !p.mem; i++) {
    wd_externtype ty;
    if (!wd_module_import_type(m, i, &ty) || ty.kind != WD_EXTERN_MEMORY) continue;
    if (ty.shared) p.mem = wd_tgroup_shared_memory(store, m, i, err);
    else p.mem = wd_memory_new(store, ty.min, ty.max, err);
    if (!p.mem) return -1;
  }
  if (!p.mem) return wd_error_set(err, WD_E_UNKNOWN_IMPORT, "env::memory (an emscripten program imports its memory)"), -1;
  if (!wd_module_promote_all(m, err)) return -1;
  const wd_allocator *al = wd_wasi_allocator(w);
  if (!(p.g = wd_tgroup_new(al, wd_wasi_max_threads(w), err))) return -1;
  wd_wasi_set_group(w, p.g);
  emt t = {&p, store, NULL, 0, 0, false, false, 0};
  wd_extern *imps = NULL;
  size_t ibytes = 0;
  wd_error e = {0};
  int status = 0;
  bool ok = false;
  if (wd_tgroup_attach(p.g, store)) {
    ok = instantiate(&t, &imps, &ibytes, &e) && run_main(&t, &status, &e);
    if (!ok && t.unwound && e.code == WD_E_TRAP_EXIT) {
      /* main called pthread_exit (or unwound): the program lives until exit() or its last thread ends */
      wd_tgroup_wait_end(p.g);
      ok = true;
    }
  }
  if (!ok) wd_tgroup_call_ended(p.g, 0, false, &e);
  wd_tgroup_end(p.g, status, NULL);     /* main returned: the program ends (no-op if it has already) */
  wd_tgroup_join(p.g);
  wd_tgroup_detach(p.g, store);
  status = -1;
  wd_tgroup_ended(p.g, &status, err);
  wd_wasi_set_group(w, NULL);
  wd_tgroup_free(p.g);
  if (imps) al->free(al->user, imps, ibytes);
  if (p.ended) al->free(al->user, p.ended, p.ended_cap * sizeof *p.ended);
  pthread_mutex_destroy(&p.mu);
  if (status >= 0 && err) {
    err->code = WD_E_OK;
    err->offset = WD_NO_OFFSET;
    err->message[0] = 0;
  }
  return status;
}
