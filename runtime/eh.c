/* eh.c — exception handling's run-time side: tags and exception objects of a store, and handler matching.
 *
 * The interpreter (exec.c) never unwinds through the C stack: when an exception is thrown it asks
 * codeindex.c which function's code holds the current ip (wd_eh_lookup: a per-module index of runs of code
 * sorted by address, filled as functions are promoted), tries that function's handler table (made by
 * translate.c), and otherwise pops the frame through its return record and asks again for the caller.
 * Exception objects belong to their store (freed with it) and count against
 * limits.max_total_heap_bytes; when a new one would pass the limit a conservative collection first frees
 * those that no value-stack slot, global, table element or live exception names (amortized: see
 * WD_EH_GC_RATIO in config.h).
 * May touch: runtime.h objects.
 */
#include <string.h>
#include "runtime.h"
#include "code.h"

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
