/* eh.c — exception handling's run-time side: tags and exception objects of a store, the address index
 * of translated code that unwinding walks, and handler matching.
 *
 * The interpreter (exec.c) never unwinds through the C stack: when an exception is thrown it asks this
 * file which function's code holds the current ip (wd_eh_lookup: a per-module index of runs of code sorted by
 * address, filled as functions are translated), tries that function's handler table (made by
 * translate.c), and otherwise pops the frame through its return record and asks again for the caller.
 * Exception objects belong to their store (freed with it) and count against
 * limits.max_total_heap_bytes; when a new one would pass the limit a conservative collection first frees
 * those that no value-stack slot, global, table element or live exception names (amortized: see
 * WD_EH_GC_RATIO in config.h).
 * May touch: runtime.h objects, module.h (the module's index, outside its arena).
 */
#include <string.h>
#include "runtime.h"
#include "code.h"

/* ---------------------------------------------------------------- the address index */

typedef struct eh_entry {
  const uint32_t *code;          /* header first */
  uint32_t nwords;
  const wd_eh_table *eh;
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

bool wd_eh_register(wd_module *m, const uint32_t *code, uint32_t nwords, const wd_eh_table *eh) {
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

const uint32_t *wd_eh_lookup(const wd_module *m, const uint32_t *ip, const wd_eh_table **eh) {
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

/* ---------------------------------------------------------------- matching */

const wd_eh_clause *wd_eh_match(const wd_eh_table *t, uint32_t off, const wd_instance *inst,
                                const struct wd_exn *exn, const wd_eh_handler **handler) {
  if (!t) return NULL;
  uint32_t limit = UINT32_MAX;   /* a delegate restricts the search to handlers at or below a depth */
  for (uint32_t i = 0; i < t->nh; i++) {
    const wd_eh_handler *h = &t->h[i];
    if (off < h->lo || off >= h->hi || h->depth > limit) continue;
    if (h->kind == WD_EH_DELEGATE) {
      limit = h->delegate_depth;
      continue;
    }
    for (uint32_t k = 0; k < h->n; k++) {
      const wd_eh_clause *c = &t->c[h->first + k];
      bool any = c->kind == WD_CATCH_ALL || c->kind == WD_CATCH_ALL_REF || c->kind == WD_EH_LEGACY_CATCH_ALL;
      if (any || (c->tag < inst->module->ntags && inst->tags[c->tag] == exn->tag)) {
        *handler = h;
        return c;
      }
    }
  }
  return NULL;
}

/* ---------------------------------------------------------------- tags */

wd_tag *wd_store_tag(wd_store *s, const wd_functype *canon, wd_error *err) {
  if (!s || !canon || canon->nresults) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "a tag needs a store and a type without results");
    return NULL;
  }
  wd_tag *t = wd_alloc_zero(s->al, sizeof *t);
  if (!t) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "tag");
    return NULL;
  }
  t->type = canon;
  t->store = s;
  for (uint32_t i = 0; i < canon->nparams; i++) t->nslots += wd_type_slots(canon->types[i]);
  t->next_obj = s->tags;
  s->tags = t;
  return t;
}

/* ---------------------------------------------------------------- exception objects */

static size_t exn_bytes(uint32_t nslots) { return sizeof(struct wd_exn) + (size_t)nslots * sizeof(uint64_t); }

bool wd_exn_valid(const wd_store *s, const struct wd_exn *e) {
  for (const struct wd_exn *x = s->exns; x; x = x->next)
    if (x == e) return true;
  return false;
}

/* Marking: an open-addressing set of the live objects' addresses, built once per collection. */
typedef struct exn_set { struct wd_exn **v; size_t cap; } exn_set;

static size_t hash_ptr(const void *p, size_t cap) {
  uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 17) & (cap - 1);
}
static struct wd_exn *set_find(const exn_set *st, uint64_t bits) {
  if (!bits || bits != (uint64_t)(uintptr_t)bits) return NULL;
  const void *p = (const void *)(uintptr_t)bits;
  for (size_t i = hash_ptr(p, st->cap);; i = (i + 1) & (st->cap - 1)) {
    if (!st->v[i]) return NULL;
    if (st->v[i] == p) return st->v[i];
  }
}

/* Marks what slots[0..n) name; marked objects go on the work list (chained through `next` would lose the
 * store's list, so the payloads are scanned in rounds until nothing new is marked). */
static bool mark_slots(const exn_set *st, const uint64_t *slots, size_t n) {
  bool fresh = false;
  for (size_t i = 0; i < n; i++) {
    struct wd_exn *e = set_find(st, slots[i]);
    if (e && !e->mark) { e->mark = 1; fresh = true; }
  }
  return fresh;
}

void wd_exn_collect(wd_store *s) {
  if (!s || !s->exns) return;
  size_t cap = 16;
  while (cap < s->nexns * 2) cap *= 2;
  exn_set st = {wd_alloc_array(s->al, cap, sizeof *st.v), cap};
  if (!st.v) return;            /* out of memory: collect nothing (never free what may be live) */
  for (struct wd_exn *e = s->exns; e; e = e->next) {
    e->mark = 0;
    size_t i = hash_ptr(e, cap);
    while (st.v[i]) i = (i + 1) & (cap - 1);
    st.v[i] = e;
  }
  mark_slots(&st, s->stack, s->stack_slots);
  for (wd_global *g = s->globals; g; g = g->next_obj) mark_slots(&st, g->val, 1);
  for (wd_table *t = s->tables; t; t = t->next_obj)
    if (t->elem == WD_EXNREF) mark_slots(&st, t->elems, t->size);
  if (s->pending) s->pending->mark = 1;
  for (bool again = true; again;) {
    again = false;
    for (struct wd_exn *e = s->exns; e; e = e->next)
      if (e->mark == 1) {
        e->mark = 2;
        if (mark_slots(&st, e->slots, e->nslots)) again = true;
      }
  }
  wd_free(s->al, st.v, cap * sizeof *st.v);
  for (struct wd_exn **pp = &s->exns; *pp;) {
    struct wd_exn *e = *pp;
    if (e->mark) { pp = &e->next; continue; }
    *pp = e->next;
    s->heap_bytes -= exn_bytes(e->nslots);
    s->nexns--;
    wd_free(s->al, e, exn_bytes(e->nslots));
  }
}

struct wd_exn *wd_exn_new(wd_store *s, wd_tag *tag, const uint64_t *payload, wd_error *err) {
  size_t bytes = exn_bytes(tag->nslots);
  if (s->heap_bytes + bytes > s->limits.max_total_heap_bytes) {
    /* A collection walks the value stack, the tables and every exception: it runs only when the
     * exceptions made since the last one pay for that (WD_EH_GC_RATIO words of walk each), so that a
     * program living at the limit cannot make every throw cost a whole walk. */
    uint64_t walk = s->nexns + s->stack_slots + s->total_table_elems;
    if (s->allocs_since_gc * WD_EH_GC_RATIO >= walk) {
      wd_exn_collect(s);
      s->allocs_since_gc = 0;
    }
    if (s->heap_bytes + bytes > s->limits.max_total_heap_bytes) {
      wd_fail(err, WD_E_LIMIT_HEAP, WD_NO_OFFSET, "%llu exception objects",
              (unsigned long long)s->nexns);
      return NULL;
    }
  }
  struct wd_exn *e = wd_alloc(s->al, bytes);
  if (!e) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "exception");
    return NULL;
  }
  e->tag = tag;
  e->nslots = tag->nslots;
  e->mark = 0;
  if (tag->nslots) memcpy(e->slots, payload, (size_t)tag->nslots * sizeof *payload);
  e->next = s->exns;
  s->exns = e;
  s->heap_bytes += bytes;
  s->nexns++;
  s->allocs_since_gc++;
  return e;
}

void wd_store_eh_free(wd_store *s) {
  for (struct wd_exn *e = s->exns, *n; e; e = n) {
    n = e->next;
    wd_free(s->al, e, exn_bytes(e->nslots));
  }
  s->exns = NULL;
  for (wd_tag *t = s->tags, *n; t; t = n) {
    n = t->next_obj;
    wd_free(s->al, t, sizeof *t);
  }
  s->tags = NULL;
}
