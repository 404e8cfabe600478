/* wasi_threads.c — the wasi-threads proposal ("wasi" "thread-spawn", export wasi_thread_start) on top of
 * WASI preview 1, and wd_wasi_run, which runs a command on one thread or, when it imports
 * wasi::thread-spawn, in a thread group (tgroup.h).
 *
 * Each guest thread is a new instance of the same module, in a store of its own, over one shared memory,
 * which the main thread's store owns and which outlives every thread (the group joins them all before
 * the run returns). Uses the public API (warden.h, warden_wasi.h), wasi.c's parts for threads
 * (wasi_parts.h) and the thread group.
 */
#include <stdio.h>
#include <string.h>
#include "wasi_parts.h"

/* ---------------------------------------------------------------- wasi-threads */

typedef struct wt_ctx {
  wd_wasi *w;
  wd_tgroup *g;
  wd_module *m;
  wd_engine *engine;
  wd_memory *mem;
  uint32_t nimports;
} wt_ctx;

typedef struct wt_spawn {
  wt_ctx *x;
  int32_t arg;
} wt_spawn;

static bool name_is(const char *p, size_t n, const char *want) { return n == strlen(want) && !memcmp(p, want, n); }

static bool is_spawn(const wd_importdesc *d) {
  return d->kind == WD_EXTERN_FUNC && name_is(d->module, d->module_len, "wasi") &&
         name_is(d->name, d->name_len, "thread-spawn");
}

static bool threads_needed(const wd_module *m) {
  uint32_t n = wd_module_import_count(m);
  for (uint32_t i = 0; i < n; i++) {
    wd_importdesc d;
    if (wd_module_import(m, i, &d) && is_spawn(&d)) return true;
  }
  return false;
}

static void worker(wd_tgroup *g, int32_t tid, void *arg);

static bool h_thread_spawn(wd_caller *c, void *u, const wd_val *a, wd_val *r) {
  (void)c;
  wt_ctx *x = u;
  const wd_allocator *al = wd_wasi_allocator(x->w);
  wt_spawn *sp = al->malloc(al->user, sizeof *sp);
  int32_t tid = -2;
  if (sp) {
    sp->x = x;
    sp->arg = a[0].of.i32;
    tid = wd_tgroup_spawn(x->g, worker, sp);
    if (tid < 0) al->free(al->user, sp, sizeof *sp);
  }
  r[0].kind = WD_I32;
  r[0].of.i32 = tid;
  return true;
}

/* The imports of one instance (in store s): WASI's, thread-spawn, the shared memory. imps has room for
 * every import. */
static bool link_thread(wt_ctx *x, wd_store *s, wd_extern *imps, wd_error *err) {
  if (!wd_wasi_link(x->w, s, x->m, imps, err)) return false;
  wd_func *spawn = NULL;
  for (uint32_t i = 0; i < x->nimports; i++) {
    wd_importdesc d;
    if (!wd_module_import(x->m, i, &d)) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "import %u unreadable", i);
    if (name_is(d.module, d.module_len, WD_WASI_MODULE)) continue;
    if (is_spawn(&d)) {
      static const wd_valkind i32[1] = {WD_I32};
      if (!spawn && !(spawn = wd_func_new_host(s, i32, 1, i32, 1, h_thread_spawn, x, err))) return false;
      imps[i].kind = WD_EXTERN_FUNC;
      imps[i].of.func = spawn;
    } else if (d.kind == WD_EXTERN_MEMORY) {
      imps[i].kind = WD_EXTERN_MEMORY;
      imps[i].of.memory = x->mem;
    }
  }
  return true;
}

static void worker(wd_tgroup *g, int32_t tid, void *arg) {
  wt_spawn sp = *(wt_spawn *)arg;
  wt_ctx *x = sp.x;
  const wd_allocator *al = wd_wasi_allocator(x->w);
  al->free(al->user, arg, sizeof sp);
  wd_error err = {0};
  wd_extern *imps = NULL;
  size_t ibytes = ((size_t)x->nimports + 1) * sizeof *imps;
  wd_store *s = wd_store_new(x->engine, &err);
  if (!s || !wd_tgroup_store_fuel(s, wd_wasi_thread_fuel(x->w), &err)) {
    wd_tgroup_call_ended(g, tid, false, &err);
    wd_store_free(s);
    return;
  }
  if (!wd_tgroup_attach(g, s)) {   /* the program is ending */
    wd_store_free(s);
    return;
  }
  bool ok = false;
  if (!(imps = al->malloc(al->user, ibytes))) {
    wd_error_set(&err, WD_E_OUT_OF_MEMORY, "thread imports");
  } else {
    memset(imps, 0, ibytes);
    wd_instance *inst = NULL;
    wd_extern start;
    if (link_thread(x, s, imps, &err) && (inst = wd_instantiate(s, x->m, imps, x->nimports, &err))) {
      if (!wd_instance_export(inst, "wasi_thread_start", 17, &start) || start.kind != WD_EXTERN_FUNC) {
        wd_error_set(&err, WD_E_UNKNOWN_EXPORT, "wasi_thread_start");
      } else {
        wd_val args[2] = {{.kind = WD_I32, .of.i32 = tid}, {.kind = WD_I32, .of.i32 = sp.arg}};
        ok = wd_func_call(s, start.of.func, args, 2, NULL, 0, &err);
      }
    }
  }
  wd_tgroup_call_ended(g, tid, ok, &err);
  wd_tgroup_detach(g, s);
  if (imps) al->free(al->user, imps, ibytes);
  wd_store_free(s);
}

static int threads_run(wd_wasi *w, wd_store *store, wd_module *m, wd_error *err) {
  wd_wasi_begin(w);
  wt_ctx x = {w, NULL, m, wd_store_engine(store), NULL, wd_module_import_count(m)};
  const wd_allocator *al = wd_wasi_allocator(w);
  /* Every import is WASI's, thread-spawn or the one shared memory; the module exports
   * wasi_thread_start. */
  for (uint32_t i = 0; i < x.nimports; i++) {
    wd_importdesc d;
    if (!wd_module_import(m, i, &d)) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "import %u unreadable", i), -1;
    if (name_is(d.module, d.module_len, WD_WASI_MODULE) || is_spawn(&d)) continue;
    if (d.kind == WD_EXTERN_MEMORY && !x.mem) {
      if (!(x.mem = wd_tgroup_shared_memory(store, m, i, err))) return -1;
      continue;
    }
    wd_error_set(err, WD_E_UNKNOWN_IMPORT, "%.*s::%.*s (a wasi-threads program gets %s, wasi::thread-spawn and one "
          "shared memory)", (int)(d.module_len > 64 ? 64 : d.module_len), d.module,
          (int)(d.name_len > 64 ? 64 : d.name_len), d.name, WD_WASI_MODULE);
    return -1;
  }
  bool has_start = false;
  for (uint32_t i = 0, n = wd_module_export_count(m); i < n; i++) {
    wd_exportdesc e;
    if (wd_module_export(m, i, &e) && e.kind == WD_EXTERN_FUNC && name_is(e.name, e.name_len, "wasi_thread_start"))
      has_start = true;
  }
  if (!has_start) return wd_error_set(err, WD_E_UNKNOWN_EXPORT, "wasi_thread_start (a module that imports "
                               "wasi::thread-spawn must export it)"), -1;
  /* Threads run the same code at once: translate it all now (lazy promotion is not thread-safe). */
  if (!wd_module_promote_all(m, err)) return -1;
  if (!(x.g = wd_tgroup_new(al, wd_wasi_max_threads(w), err))) return -1;
  wd_wasi_set_group(w, x.g);
  int status = -1;
  size_t ibytes = ((size_t)x.nimports + 1) * sizeof(wd_extern);
  wd_extern *imps = al->malloc(al->user, ibytes);
  wd_error e = {0};
  bool ok = false;
  if (!imps) {
    wd_error_set(&e, WD_E_OUT_OF_MEMORY, "imports");
  } else if (wd_tgroup_attach(x.g, store)) {
    memset(imps, 0, ibytes);
    wd_instance *inst = NULL;
    wd_extern start;
    if (link_thread(&x, store, imps, &e) && (inst = wd_instantiate(store, m, imps, x.nimports, &e))) {
      if (!wd_instance_export(inst, "_start", 6, &start) || start.kind != WD_EXTERN_FUNC)
        wd_error_set(&e, WD_E_UNKNOWN_EXPORT, "_start (not a WASI command)");
      else
        ok = wd_func_call(store, start.of.func, NULL, 0, NULL, 0, &e);
    }
  }
  if (!ok) wd_tgroup_call_ended(x.g, 0, ok, &e);
  wd_tgroup_end(x.g, 0, NULL);      /* _start returned: the program ends (no-op if it has already) */
  wd_tgroup_join(x.g);
  wd_tgroup_detach(x.g, store);
  wd_tgroup_ended(x.g, &status, err);
  wd_wasi_set_group(w, NULL);
  wd_tgroup_free(x.g);
  if (imps) al->free(al->user, imps, ibytes);
  if (status >= 0 && err) {
    err->code = WD_E_OK;
    err->offset = WD_NO_OFFSET;
    err->message[0] = 0;
  }
  return status;
}

int wd_wasi_run(wd_wasi *w, wd_store *store, wd_module *module, wd_error *err) {
  if (!w || !store || !module) {
    wd_error_set(err, WD_E_INVALID_ARGUMENT, "wd_wasi_run needs a wasi, a store and a module");
    return -1;
  }
  return threads_needed(module) ? threads_run(w, store, module, err) : wd_wasi_run_single(w, store, module, err);
}
