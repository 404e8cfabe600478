/* tgroup.c — the thread group every threaded host layer uses (tgroup.h): wasi-threads
 * (wasi_threads.c), Emscripten's pthreads (emscripten.c) and WASI's proc_exit (wasi.c).
 *
 * Each guest thread is a host thread (pthreads) with a store of its own. The group's mutex guards its
 * lists; a thread's end wakes nobody but the joiner (pthread_join): nothing polls.
 * Uses only the public API (warden.h) and pthreads.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "tgroup.h"

#define MAX_TID 0x1FFFFFFF       /* wasi-threads: thread ids are positive and below 2^29 */

/* ---------------------------------------------------------------- the thread group */

typedef struct tslot {
  pthread_t th;
  wd_tgroup *g;
  wd_tgroup_fn fn;
  void *arg;
  int32_t tid;
  bool done;                     /* fn returned: joining it does not block */
  struct tslot *next;
} tslot;

typedef struct tstore {
  wd_store *s;
  struct tstore *next;
} tstore;

struct wd_tgroup {
  const wd_allocator *al;
  pthread_mutex_t mu;
  pthread_cond_t cv;             /* broadcast when the program ends or a thread finishes */
  uint32_t max, live;
  int32_t next_tid;
  bool ended;
  int status;
  wd_error err;
  tslot *threads;                /* every thread not yet joined */
  tstore *stores;                /* attached stores */
};

static void *galloc(const wd_tgroup *g, size_t n) {
  void *p = g->al->malloc(g->al->user, n);
  if (p) memset(p, 0, n);
  return p;
}
static void gfree(const wd_tgroup *g, void *p, size_t n) { g->al->free(g->al->user, p, n); }

wd_tgroup *wd_tgroup_new(const wd_allocator *al, uint32_t max_threads, wd_error *err) {
  if (!al) al = wd_default_allocator();
  wd_tgroup *g = al->malloc(al->user, sizeof *g);
  if (!g) {
    wd_error_set(err, WD_E_OUT_OF_MEMORY, "thread group");
    return NULL;
  }
  memset(g, 0, sizeof *g);
  g->al = al;
  g->max = max_threads;
  g->next_tid = 1;
  pthread_mutex_init(&g->mu, NULL);
  pthread_cond_init(&g->cv, NULL);
  return g;
}

void wd_tgroup_free(wd_tgroup *g) {
  if (!g) return;
  wd_tgroup_join(g);
  while (g->stores) {
    tstore *t = g->stores;
    g->stores = t->next;
    gfree(g, t, sizeof *t);
  }
  pthread_cond_destroy(&g->cv);
  pthread_mutex_destroy(&g->mu);
  gfree(g, g, sizeof *g);
}

static void *thread_main(void *p) {
  tslot *t = p;
  wd_tgroup *g = t->g;
  t->fn(g, t->tid, t->arg);
  pthread_mutex_lock(&g->mu);
  t->done = true;
  g->live--;
  pthread_cond_broadcast(&g->cv);
  pthread_mutex_unlock(&g->mu);
  return NULL;
}

/* Joins the threads that have finished (with g->mu held): their slots are not kept for the end. */
static void reap(wd_tgroup *g) {
  for (tslot **pp = &g->threads; *pp;) {
    tslot *t = *pp;
    if (!t->done) {
      pp = &t->next;
      continue;
    }
    *pp = t->next;
    pthread_join(t->th, NULL);
    gfree(g, t, sizeof *t);
  }
}

int32_t wd_tgroup_spawn(wd_tgroup *g, wd_tgroup_fn fn, void *arg) {
  if (!g || !fn) return -2;
  pthread_mutex_lock(&g->mu);
  reap(g);
  int32_t r = -1;
  if (g->ended || g->live >= g->max || g->next_tid > MAX_TID) goto out;
  r = -2;
  tslot *t = galloc(g, sizeof *t);
  if (!t) goto out;
  t->g = g;
  t->fn = fn;
  t->arg = arg;
  t->tid = g->next_tid;
  if (pthread_create(&t->th, NULL, thread_main, t) != 0) {
    gfree(g, t, sizeof *t);
    goto out;
  }
  g->next_tid++;
  g->live++;
  t->next = g->threads;
  g->threads = t;
  r = t->tid;
out:
  pthread_mutex_unlock(&g->mu);
  return r;
}

bool wd_tgroup_attach(wd_tgroup *g, wd_store *s) {
  tstore *t = galloc(g, sizeof *t);
  pthread_mutex_lock(&g->mu);
  bool ok = t && !g->ended;
  if (ok) {
    t->s = s;
    t->next = g->stores;
    g->stores = t;
  }
  pthread_mutex_unlock(&g->mu);
  if (!ok && t) gfree(g, t, sizeof *t);
  return ok;
}

void wd_tgroup_detach(wd_tgroup *g, wd_store *s) {
  tstore *found = NULL;
  pthread_mutex_lock(&g->mu);
  for (tstore **pp = &g->stores; *pp; pp = &(*pp)->next) {
    if ((*pp)->s == s) {
      found = *pp;
      *pp = found->next;
      break;
    }
  }
  pthread_mutex_unlock(&g->mu);
  if (found) gfree(g, found, sizeof *found);
}

void wd_tgroup_end(wd_tgroup *g, int status, const wd_error *err) {
  pthread_mutex_lock(&g->mu);
  if (!g->ended) {
    g->ended = true;
    g->status = status;
    if (err) g->err = *err;
    for (tstore *t = g->stores; t; t = t->next) wd_store_interrupt(t->s);
    pthread_cond_broadcast(&g->cv);
  }
  pthread_mutex_unlock(&g->mu);
}

void wd_tgroup_wait_end(wd_tgroup *g) {
  pthread_mutex_lock(&g->mu);
  while (!g->ended && g->live > 0) pthread_cond_wait(&g->cv, &g->mu);
  pthread_mutex_unlock(&g->mu);
}

bool wd_tgroup_ended(wd_tgroup *g, int *status, wd_error *err) {
  pthread_mutex_lock(&g->mu);
  bool ended = g->ended;
  if (ended && status) *status = g->status;
  if (ended && g->status < 0 && err) *err = g->err;
  pthread_mutex_unlock(&g->mu);
  return ended;
}

void wd_tgroup_join(wd_tgroup *g) {
  pthread_mutex_lock(&g->mu);
  while (g->threads) {
    tslot *t = g->threads;
    g->threads = t->next;
    pthread_mutex_unlock(&g->mu);
    pthread_join(t->th, NULL);
    gfree(g, t, sizeof *t);
    pthread_mutex_lock(&g->mu);
  }
  pthread_mutex_unlock(&g->mu);
}

bool wd_tgroup_store_fuel(wd_store *s, uint64_t fuel, wd_error *err) {
  if (!fuel) return true;
  return wd_store_fuel_enable(s, true, err) && wd_store_fuel_add(s, fuel, err);
}

void wd_tgroup_call_ended(wd_tgroup *g, int32_t tid, bool ok, const wd_error *err) {
  if (ok || err->code == WD_E_TRAP_INTERRUPTED || err->code == WD_E_TRAP_EXIT) return;
  wd_error e = *err;
  if (tid > 0) {
    size_t n = strnlen(e.message, sizeof e.message - 1);
    snprintf(e.message + n, sizeof e.message - n, " (in thread %d)", (int)tid);
  }
  wd_tgroup_end(g, -1, &e);
}

wd_memory *wd_tgroup_shared_memory(wd_store *store, const wd_module *m, uint32_t i, wd_error *err) {
  wd_externtype t;
  wd_importdesc d;
  if (!wd_module_import_type(m, i, &t) || !wd_module_import(m, i, &d) || t.kind != WD_EXTERN_MEMORY) {
    wd_error_set(err, WD_E_INVALID_ARGUMENT, "import %u is not a memory", i);
    return NULL;
  }
  if (!t.shared || t.max == WD_NO_MAX || t.addr64 || t.page_log2 != 16) {
    wd_error_set(err, WD_E_UNKNOWN_IMPORT, "%.*s::%.*s: the host provides only a shared i32 memory of 64 KiB pages "
          "with a maximum", (int)(d.module_len > 64 ? 64 : d.module_len), d.module,
          (int)(d.name_len > 64 ? 64 : d.name_len), d.name);
    return NULL;
  }
  return wd_memory_new_shared(store, t.min, t.max, err);
}
