/* codeindex.c — a module's address index of translated code: which function's code holds a code word,
 * and that function's handler table. Promotion registers each translated function (wd_eh_register);
 * unwinding in exec.c looks the current ip up (wd_eh_lookup); the module frees it (wd_eh_index_free,
 * from wd_module_release). Kept outside the module arena, in the module's allocator.
 * Knows only module.h (the handler tables are eh.c's, referred to, never read here).
 */
#include <string.h>
#include "module.h"

/* ---------------------------------------------------------------- the address index */

typedef struct eh_entry {
  const uint32_t *code;          /* header first */
  uint32_t nwords;
  const struct wd_eh_table *eh;
} eh_entry;

/* A run: entries v[first, first+count) at increasing addresses, all within [lo, hi). Code comes from the
 * arena's chunks, which the allocator may place anywhere: within a chunk functions are appended upward,
 * so a new run starts only where the address goes down or would overlap another run (about once per
 * chunk). Runs are kept sorted by address; entries are only ever appended. */
typedef struct eh_run {
  uintptr_t lo, hi;
  uint32_t first, count;
} eh_run;

struct wd_eh_index {
  eh_entry *v;
  uint32_t n, cap;
  eh_run *runs;
  uint32_t nruns, runcap;
  uint32_t cur;                  /* the run the last entry went to */
};

static bool grow_array(wd_module *m, void **p, uint32_t *cap, size_t elem) {
  uint32_t ncap = *cap ? *cap * 2 : 16;
  if (ncap < *cap) return false;
  void *nv = *p ? wd_realloc(m->al, *p, (size_t)*cap * elem, (size_t)ncap * elem) : wd_alloc(m->al, (size_t)ncap * elem);
  if (!nv) return false;
  *p = nv;
  *cap = ncap;
  return true;
}

bool wd_eh_register(wd_module *m, const uint32_t *code, uint32_t nwords, const struct wd_eh_table *eh) {
  struct wd_eh_index *x = m->eh;
  if (!x) {
    if (!(x = wd_alloc_zero(m->al, sizeof *x))) return false;
    m->eh = x;
  }
  if (x->n == x->cap && !grow_array(m, (void **)&x->v, &x->cap, sizeof *x->v)) return false;
  if (x->nruns == x->runcap && !grow_array(m, (void **)&x->runs, &x->runcap, sizeof *x->runs)) return false;
  uintptr_t lo = (uintptr_t)code, hi = lo + (uintptr_t)nwords * sizeof *code;
  eh_run *r = x->nruns ? &x->runs[x->cur] : NULL;
  bool extend = r && r->first + r->count == x->n && lo >= r->hi &&
                (x->cur + 1 == x->nruns || hi <= x->runs[x->cur + 1].lo);
  if (extend) {
    r->hi = hi;
    r->count++;
  } else {                       /* a new run at its place in address order */
    uint32_t i = x->nruns;
    while (i > 0 && x->runs[i - 1].lo > lo) i--;
    eh_run upper = {0, 0, 0, 0};
    if (i > 0 && x->runs[i - 1].hi > lo) {
      /* The code landed in a gap inside the run below (a chunk placed between two of its chunks): split
       * that run at the gap so that runs never overlap. */
      if (x->nruns + 1 == x->runcap && !grow_array(m, (void **)&x->runs, &x->runcap, sizeof *x->runs)) return false;
      eh_run *p = &x->runs[i - 1];
      uint32_t k = p->first;
      while (k < p->first + p->count && (uintptr_t)x->v[k].code < lo) k++;
      upper = (eh_run){(uintptr_t)x->v[k].code, p->hi, k, p->first + p->count - k};
      p->count = k - p->first;
      p->hi = (uintptr_t)(x->v[k - 1].code + x->v[k - 1].nwords);
    }
    uint32_t add = upper.count ? 2 : 1;
    memmove(&x->runs[i + add], &x->runs[i], (size_t)(x->nruns - i) * sizeof *x->runs);
    x->runs[i] = (eh_run){lo, hi, x->n, 1};
    if (upper.count) x->runs[i + 1] = upper;
    x->nruns += add;
      x->cur = i;
  }
  x->v[x->n++] = (eh_entry){code, nwords, eh};
  return true;
}

void wd_eh_index_free(wd_module *m) {
  if (!m || !m->eh) return;
  if (m->eh->v) wd_free(m->al, m->eh->v, (size_t)m->eh->cap * sizeof *m->eh->v);
  if (m->eh->runs) wd_free(m->al, m->eh->runs, (size_t)m->eh->runcap * sizeof *m->eh->runs);
  wd_free(m->al, m->eh, sizeof *m->eh);
  m->eh = NULL;
}

const uint32_t *wd_eh_lookup(const wd_module *m, const uint32_t *ip, const struct wd_eh_table **eh) {
  const struct wd_eh_index *x = m ? m->eh : NULL;
  if (!x || !x->nruns) return NULL;
  uintptr_t a = (uintptr_t)ip;
  uint32_t lo = 0, hi = x->nruns;   /* the last run starting at or below ip */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (x->runs[mid].lo <= a) lo = mid; else hi = mid;
  }
  const eh_run *r = &x->runs[lo];
  if (a < r->lo || a >= r->hi) return NULL;
  lo = r->first;
  hi = r->first + r->count;         /* the last entry of the run starting at or below ip */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if ((uintptr_t)x->v[mid].code <= a) lo = mid; else hi = mid;
  }
  const eh_entry *e = &x->v[lo];
  if (a < (uintptr_t)e->code || a >= (uintptr_t)(e->code + e->nwords)) return NULL;
  *eh = e->eh;
  return e->code;
}
