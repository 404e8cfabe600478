/* atomics.c — the threads proposal's atomic memory instructions, wait and notify (see atomics.h).
 *
 * Every atomic access is sequentially consistent (<stdatomic.h> on the memory's bytes: the linear memory
 * never moves, and an aligned address of an 8-byte-aligned base is aligned for the host). The kind of
 * an instruction follows from its 0xFE sub-opcode (opcodes.def): 0x10-0x16 loads, 0x17-0x1D stores,
 * then seven each of add, sub, and, or, xor, xchg, cmpxchg; its width is the table's MEMSZ.
 * Waiters queue in one of WAIT_BUCKETS buckets chosen by address (FIFO per bucket); each sleeps on its
 * own condition variable with a CLOCK_MONOTONIC deadline, so notify wakes exactly whom it counts.
 * A waiter also names its store's interrupt flag: wd_atomic_interrupt wakes every waiter of that flag
 * (the flag is set first and read under the bucket lock, so an interrupt cannot slip past a wait).
 * May touch: wd_memory (bytes, size, shared flag), wd_opinfo_table.
 */
#include "atomics.h"
#include "decode_instr.h"
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

enum { K_LOAD, K_STORE, K_ADD, K_SUB, K_AND, K_OR, K_XOR, K_XCHG, K_CMPXCHG };

/* One width's accesses; returns the value read (zero-extended), 0 for a store. */
#define WIDTH_FN(name, T)                                                                              \
  static uint64_t name(int kind, void *p, uint64_t a, uint64_t b) {                                    \
    _Atomic T *q = (_Atomic T *)p;                                                                     \
    T v = (T)a;                                                                                        \
    switch (kind) {                                                                                    \
    case K_LOAD: return atomic_load(q);                                                                \
    case K_STORE: atomic_store(q, v); return 0;                                                        \
    case K_ADD: return atomic_fetch_add(q, v);                                                         \
    case K_SUB: return atomic_fetch_sub(q, v);                                                         \
    case K_AND: return atomic_fetch_and(q, v);                                                         \
    case K_OR: return atomic_fetch_or(q, v);                                                           \
    case K_XOR: return atomic_fetch_xor(q, v);                                                         \
    case K_XCHG: return atomic_exchange(q, v);                                                         \
    default: {                                                                                         \
      T expected = v;                         /* compared at the access width (wrapped) */              \
      atomic_compare_exchange_strong(q, &expected, (T)b);                                              \
      return expected;                        /* the old value, whether or not it was replaced */      \
    }                                                                                                  \
    }                                                                                                  \
  }
WIDTH_FN(access8, uint8_t)
WIDTH_FN(access16, uint16_t)
WIDTH_FN(access32, uint32_t)
WIDTH_FN(access64, uint64_t)
#undef WIDTH_FN

/* ---------------------------------------------------------------- wait queues */

#define WAIT_BUCKETS 64u

typedef struct waiter {
  struct waiter *next;
  const void *addr;
  const atomic_uint *intr;       /* the waiting store's interrupt flag, or NULL */
  bool woken;
  pthread_cond_t cv;
} waiter;

typedef struct bucket {
  pthread_mutex_t mu;
  waiter *head, *tail;
} bucket;

static bucket buckets[WAIT_BUCKETS];
static pthread_once_t buckets_once = PTHREAD_ONCE_INIT;
static pthread_condattr_t cv_attr;
static atomic_uint nwaiting;

static void buckets_init(void) {
  for (uint32_t i = 0; i < WAIT_BUCKETS; i++) pthread_mutex_init(&buckets[i].mu, NULL);
  pthread_condattr_init(&cv_attr);
  pthread_condattr_setclock(&cv_attr, CLOCK_MONOTONIC);
}

static bucket *bucket_of(const void *p) {
  pthread_once(&buckets_once, buckets_init);
  uintptr_t x = (uintptr_t)p >> 2;
  x ^= x >> 7;
  x ^= x >> 17;
  return &buckets[x % WAIT_BUCKETS];
}

static void unlink_waiter(bucket *b, waiter *w) {
  waiter *prev = NULL;
  for (waiter *x = b->head; x; prev = x, x = x->next) {
    if (x != w) continue;
    if (prev) prev->next = x->next;
    else b->head = x->next;
    if (b->tail == x) b->tail = prev;
    return;
  }
}

uint32_t wd_atomic_notify(const void *p, uint32_t count) {
  bucket *b = bucket_of(p);
  uint32_t n = 0;
  pthread_mutex_lock(&b->mu);
  waiter *prev = NULL, *x = b->head;
  while (x && n < count) {
    waiter *next = x->next;
    if (x->addr == p) {
      if (prev) prev->next = next;
      else b->head = next;
      if (b->tail == x) b->tail = prev;
      x->woken = true;
      pthread_cond_signal(&x->cv);
      n++;
    } else {
      prev = x;
    }
    x = next;
  }
  pthread_mutex_unlock(&b->mu);
  return n;
}

uint32_t wd_atomic_waiters(void) { return atomic_load(&nwaiting); }

void wd_atomic_interrupt(const atomic_uint *intr) {
  pthread_once(&buckets_once, buckets_init);
  for (uint32_t i = 0; i < WAIT_BUCKETS; i++) {
    bucket *b = &buckets[i];
    pthread_mutex_lock(&b->mu);
    waiter *prev = NULL, *x = b->head;
    while (x) {
      waiter *next = x->next;
      if (x->intr == intr) {
        if (prev) prev->next = next;
        else b->head = next;
        if (b->tail == x) b->tail = prev;
        x->woken = true;
        pthread_cond_signal(&x->cv);
      } else {
        prev = x;
      }
      x = next;
    }
    pthread_mutex_unlock(&b->mu);
  }
}

/* Blocks on p while it holds `expected` (N bytes), at most timeout_ns (UINT64_MAX: no end). 0 woken,
 * 1 not equal, 2 timed out, 3 interrupted (*intr set). The comparison happens under the bucket's lock,
 * which notify takes too, so a notify after the value changed cannot be missed. */
static uint32_t wait_on(void *p, int N, uint64_t expected, uint64_t timeout_ns, const atomic_uint *intr) {
  bucket *b = bucket_of(p);
  pthread_mutex_lock(&b->mu);
  if (intr && atomic_load(intr)) {
    pthread_mutex_unlock(&b->mu);
    return 3;
  }
  uint64_t cur = N == 4 ? access32(K_LOAD, p, 0, 0) : access64(K_LOAD, p, 0, 0);
  if (cur != (N == 4 ? (uint32_t)expected : expected)) {
    pthread_mutex_unlock(&b->mu);
    return 1;
  }
  if (timeout_ns == 0) {
    pthread_mutex_unlock(&b->mu);
    return 2;
  }
  waiter w = {NULL, p, intr, false, PTHREAD_COND_INITIALIZER};
  pthread_cond_init(&w.cv, &cv_attr);
  if (b->tail) b->tail->next = &w;
  else b->head = &w;
  b->tail = &w;
  atomic_fetch_add(&nwaiting, 1);
  struct timespec deadline;
  bool bounded = timeout_ns != UINT64_MAX;
  if (bounded) {
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    uint64_t s = timeout_ns / 1000000000u, ns = timeout_ns % 1000000000u + (uint64_t)deadline.tv_nsec;
    s += ns / 1000000000u;
    ns %= 1000000000u;
    /* A deadline past what time_t holds (a 32-bit time_t ends in 2038): wait without one. */
    uint64_t tmax = sizeof(time_t) < 8 ? (uint64_t)INT32_MAX : (uint64_t)INT64_MAX / 2;
    if ((uint64_t)deadline.tv_sec > tmax || s > tmax - (uint64_t)deadline.tv_sec) {
      bounded = false;
    } else {
      deadline.tv_sec += (time_t)s;
      deadline.tv_nsec = (long)ns;
    }
  }
  while (!w.woken) {
    int rc = bounded ? pthread_cond_timedwait(&w.cv, &b->mu, &deadline) : pthread_cond_wait(&w.cv, &b->mu);
    if (rc == ETIMEDOUT && !w.woken) {
      unlink_waiter(b, &w);
      break;
    }
  }
  bool woken = w.woken, stop = intr && atomic_load(intr);
  atomic_fetch_sub(&nwaiting, 1);
  pthread_mutex_unlock(&b->mu);
  pthread_cond_destroy(&w.cv);
  return stop ? 3 : woken ? 0 : 2;
}

/* ---------------------------------------------------------------- the instructions */

wd_errcode wd_atomic_exec(wd_memory *m, uint16_t op, uint64_t addr, uint64_t offset, uint64_t a, uint64_t b,
                          uint64_t max_wait_ns, const atomic_uint *intr, uint64_t *out) {
  const wd_opinfo *info = &wd_opinfo_table[op];
  uint32_t n = info->memsz;
  uint64_t ea, end;
  if (__builtin_add_overflow(addr, offset, &ea) || __builtin_add_overflow(ea, (uint64_t)n, &end) ||
      end > wd_memory_bytes(m))
    return WD_E_TRAP_MEMORY_OOB;
  if (ea & (n - 1)) return WD_E_TRAP_UNALIGNED_ATOMIC;
  void *p = m->data + (size_t)ea;
  uint32_t code = info->code;
  if (op == WD_OP_MEMORY_ATOMIC_NOTIFY) {
    *out = m->shared ? wd_atomic_notify(p, (uint32_t)b) : 0;   /* no one can wait on an unshared memory */
    return WD_E_OK;
  }
  if (op == WD_OP_MEMORY_ATOMIC_WAIT32 || op == WD_OP_MEMORY_ATOMIC_WAIT64) {
    if (!m->shared) return WD_E_TRAP_EXPECTED_SHARED;
    int64_t t = (int64_t)b;
    uint64_t timeout = t < 0 ? UINT64_MAX : (uint64_t)t;
    if (timeout > max_wait_ns) timeout = max_wait_ns;
    uint32_t r = wait_on(p, (int)n, a, timeout, intr);
    if (r == 3) return WD_E_TRAP_INTERRUPTED;
    *out = r;
    return WD_E_OK;
  }
  int kind = code < 0x17 ? K_LOAD : code < 0x1E ? K_STORE : K_ADD + (int)(code - 0x1E) / 7;
  uint64_t r;
  switch (n) {
  case 1: r = access8(kind, p, a, b); break;
  case 2: r = access16(kind, p, a, b); break;
  case 4: r = access32(kind, p, a, b); break;
  default: r = access64(kind, p, a, b); break;
  }
  if (kind != K_STORE) *out = r;
  return WD_E_OK;
}
