/* validate_all.c — validates every body of a module at load (the default mode, `wd_module_validate`),
 * spreading the functions over worker threads when the bodies are big enough to pay for them.
 *
 * The result is exactly the sequential one: the module is valid when every body is, and otherwise the
 * error is the one of the lowest-numbered invalid body (the one a single thread would have met first),
 * produced again on the calling thread. Workers take chunks of WD_PARALLEL_CHUNK functions from a shared
 * counter and stop taking chunks above the lowest failure found so far, so every body below it is
 * checked. Validation only reads the module (module.h, the layout's get_body) and allocates from m->al
 * for big functions: the allocator must be thread-safe, which is why the automatic choice uses threads
 * only with the default allocator.
 * wd_load_parallel is that chunked walk for any per-function job; eager translation (promote.c) uses it too.
 * May touch: runtime.h (wd_validate_function), config.h (WD_LOAD_THREADS and friends).
 */
#include <string.h>
#include "runtime.h"

#if WD_LOAD_THREADS
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#endif

/* Body bytes of the module's code section (0 if it has none). */
static uint64_t code_bytes(const wd_module *m) {
  for (uint32_t i = 0; i < m->nsections; i++)
    if (m->sections[i].id == 10) return m->sections[i].size;
  return 0;
}

static bool validate_one(const wd_module *m, uint32_t d, wd_error *err) {
  return m->layout->is_compiled(wd_module_record(m, d)) || wd_validate_function(m, d, err);
}

#if WD_LOAD_THREADS
typedef struct shared {
  uint32_t nd;
  wd_load_fn fn;
  void *ctx;
  atomic_uint next;              /* first function of the next chunk to hand out */
  atomic_uint first_bad;         /* lowest failed function found, or UINT32_MAX */
  atomic_uint next_worker;       /* the next worker's number */
} shared;

static void *worker(void *arg) {
  shared *s = arg;
  uint32_t w = atomic_fetch_add_explicit(&s->next_worker, 1, memory_order_relaxed);
  for (;;) {
    uint32_t lo = atomic_fetch_add_explicit(&s->next, WD_PARALLEL_CHUNK, memory_order_relaxed);
    if (lo >= s->nd || lo >= atomic_load_explicit(&s->first_bad, memory_order_relaxed)) break;
    uint32_t hi = s->nd - lo < WD_PARALLEL_CHUNK ? s->nd : lo + WD_PARALLEL_CHUNK;
    for (uint32_t d = lo; d < hi; d++) {
      if (s->fn(s->ctx, w, d)) continue;
      uint32_t cur = atomic_load_explicit(&s->first_bad, memory_order_relaxed);
      while (d < cur && !atomic_compare_exchange_weak_explicit(&s->first_bad, &cur, d, memory_order_relaxed,
                                                                memory_order_relaxed)) {
      }
      break;                     /* the rest of this chunk is above the failure */
    }
  }
  return NULL;
}

uint32_t wd_load_parallel(uint32_t nd, uint32_t n, wd_load_fn fn, void *ctx) {
  shared s;
  s.nd = nd;
  s.fn = fn;
  s.ctx = ctx;
  atomic_init(&s.next, 0);
  atomic_init(&s.first_bad, UINT32_MAX);
  atomic_init(&s.next_worker, 0);
  pthread_t tid[WD_LOAD_THREADS];
  uint32_t started = 0;
  for (uint32_t i = 1; i < n && i < WD_LOAD_THREADS; i++) {   /* one that cannot start leaves its share */
    if (pthread_create(&tid[started], NULL, worker, &s) != 0) break;
    started++;
  }
  worker(&s);
  for (uint32_t i = 0; i < started; i++) pthread_join(tid[i], NULL);
  return atomic_load(&s.first_bad);
}

static bool validate_fn(void *ctx, uint32_t worker, uint32_t d) {
  (void)worker;
  wd_error e;
  return validate_one(ctx, d, &e);
}

/* How many threads to use for this module: 1 unless it is big enough and threads are allowed. */
uint32_t wd_load_thread_count(const wd_module *m, uint32_t wanted) {
  if (wanted == 1 || wd_module_ndefined(m) < 2 * WD_PARALLEL_CHUNK) return 1;
  if (code_bytes(m) < WD_PARALLEL_MIN_BODY_BYTES) return 1;
  uint32_t n = wanted;
  if (n == 0) {                  /* automatic: the default allocator is thread-safe; a host's may not be */
    if (m->al != wd_default_allocator()) return 1;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    n = cpus > 1 ? (uint32_t)(cpus < (long)WD_LOAD_THREADS ? cpus : (long)WD_LOAD_THREADS) : 1;
  }
  return n > WD_LOAD_THREADS ? WD_LOAD_THREADS : n;
}
#else
uint32_t wd_load_thread_count(const wd_module *m, uint32_t wanted) {
  (void)m, (void)wanted;
  return 1;
}
#endif

bool wd_validate_bodies(const wd_module *m, uint32_t threads, wd_error *err) {
  uint32_t nd = wd_module_ndefined(m), first = 0;
#if WD_LOAD_THREADS
  uint32_t n = wd_load_thread_count(m, threads);
  if (n > 1) {
    uint32_t bad = wd_load_parallel(nd, n, validate_fn, (void *)m);
    if (bad == UINT32_MAX) return true;
    /* Every body below `bad` is valid. Validating it again here gives the error as the sequential walk
     * reports it; if it passes now (a worker ran out of memory), the walk goes on from there. */
    first = bad;
  }
#else
  (void)threads;
#endif
  for (uint32_t d = first; d < nd; d++)
    if (!validate_one(m, d, err)) return false;
  return true;
}
