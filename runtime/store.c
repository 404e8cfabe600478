/* store.c — the engine and the store, and the run-time objects that live in a store: host functions,
 * tables, memories and globals; their growth under the embedder's limits; the value stack; interned
 * (canonical) function types. Also the public lifecycle of engines and stores (wd_engine_new/free,
 * wd_store_new/free), wd_func_type and wd_tag_type, which read the canonical type blocks laid out here.
 * May touch: runtime.h objects, arena.h allocator wrappers (and alloc.h's wd_alloc_engine_default for a new
 * engine), layout.h registry. Never runs code.
 */
#include <string.h>
#include "runtime.h"

/* ThreadSanitizer builds: a shared linear memory's bytes are the guest's, and WebAssembly's memory model
 * defines racy (non-atomic) accesses to them, which compiled C code relies on (musl's locks read their
 * words plainly while other threads use atomics). The interpreter makes such accesses with plain loads
 * and stores, so TSan is told that races on those bytes are benign; every host object stays checked. */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define WD_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define WD_TSAN 1
#endif
#ifdef WD_TSAN
void AnnotateBenignRaceSized(const char *file, int line, const volatile void *mem, size_t size, const char *desc);
#endif

/* ---------------------------------------------------------------- canonical function types */

/* One interned type is one allocation: this header, then the value kinds as wd_valkind (for
 * wd_func_type), then the same kinds as bytes (what wd_functype.types points at: a typed reference's
 * kind is funcref, externref or exnref, what run-time conversions need), then its key. The key of a
 * type outside any rec group (final, no supertype, no type index named) is its types' bytes; a rec
 * group's member is keyed by the group's key (validate.c's wd_rec_group_key, earlier types named by
 * their canonical copies) and its position: equal keys, equivalent types (iso-recursive). */
typedef struct canon_block {
  wd_functype ft;
  const wd_valkind *kinds;
  size_t bytes;
  uint32_t hash;
  bool group;                    /* keyed as a rec group member */
  const uint8_t *key;
  size_t keylen;
  const wd_functype *super;      /* the declared supertype's canonical copy, or NULL */
} canon_block;

static uint32_t ft_hash(bool group, uint32_t np, uint32_t nr, const uint8_t *key, size_t n) {
  uint32_t h = 2166136261u;
  h = (h ^ np) * 16777619u;
  h = (h ^ nr) * 16777619u;
  h = (h ^ group) * 16777619u;
  for (size_t i = 0; i < n; i++) h = (h ^ key[i]) * 16777619u;
  return h ? h : 1u;
}

static bool intern_grow(wd_engine *e) {
  uint32_t ncap = e->canon_cap ? e->canon_cap * 2 : 64;
  if (ncap < e->canon_cap) return false;
  wd_functype **t = wd_alloc_array(e->al, ncap, sizeof *t);
  if (!t) return false;
  for (uint32_t i = 0; i < e->canon_cap; i++) {
    wd_functype *ft = e->canon[i];
    if (!ft) continue;
    uint32_t j = ((const canon_block *)ft)->hash & (ncap - 1);
    while (t[j]) j = (j + 1) & (ncap - 1);
    t[j] = ft;
  }
  if (e->canon) wd_free(e->al, e->canon, (size_t)e->canon_cap * sizeof *e->canon);
  e->canon = t;
  e->canon_cap = ncap;
  return true;
}

static const wd_functype *intern(wd_engine *e, bool group, const uint8_t *key, size_t keylen, const wd_functype *ft) {
  size_t n = (size_t)ft->nparams + ft->nresults;
  if (n && !ft->types) return NULL;
  uint32_t h = ft_hash(group, ft->nparams, ft->nresults, key, keylen);
  if (e->canon_cap) {
    for (uint32_t j = h & (e->canon_cap - 1);; j = (j + 1) & (e->canon_cap - 1)) {
      wd_functype *c = e->canon[j];
      if (!c) break;
      const canon_block *b = (const canon_block *)c;
      if (b->hash == h && b->group == group && c->nparams == ft->nparams && c->nresults == ft->nresults &&
          b->keylen == keylen && (keylen == 0 || memcmp(b->key, key, keylen) == 0))
        return c;
    }
  }
  /* Not there: keep the load factor under one half. */
  if ((size_t)(e->ncanon + 1) * 2 > e->canon_cap && !intern_grow(e)) return NULL;
  size_t kinds_bytes, total;
  if (!wd_mul_ok(n, sizeof(wd_valkind), &kinds_bytes) ||
      !wd_add_ok(sizeof(canon_block), kinds_bytes, &total) || !wd_add_ok(total, n, &total) ||
      !wd_add_ok(total, keylen, &total))
    return NULL;
  canon_block *b = wd_alloc_zero(e->al, total);
  if (!b) return NULL;
  wd_valkind *kinds = (wd_valkind *)(b + 1);
  uint8_t *types = (uint8_t *)(kinds + n);
  uint8_t *k = types + n;
  for (size_t i = 0; i < n; i++) {
    kinds[i] = (wd_valkind)wd_type_kind(ft->types[i]);
    types[i] = wd_type_kind(ft->types[i]);
  }
  if (keylen) memcpy(k, key, keylen);
  b->ft.nparams = ft->nparams;
  b->ft.nresults = ft->nresults;
  b->ft.types = types;
  b->ft.canon = &b->ft;
  b->ft.super = UINT32_MAX;
  b->ft.final = true;
  b->kinds = kinds;
  b->bytes = total;
  b->hash = h;
  b->group = group;
  b->key = k;
  b->keylen = keylen;
  uint32_t j = h & (e->canon_cap - 1);
  while (e->canon[j]) j = (j + 1) & (e->canon_cap - 1);
  e->canon[j] = &b->ft;
  e->ncanon++;
  return &b->ft;
}

/* Stores of one engine may run on several threads (guest threads): interning takes the engine's lock. */
const wd_functype *wd_engine_intern(wd_engine *e, const wd_functype *ft) {
  if (!e || !ft) return NULL;
  pthread_mutex_lock(&e->canon_mu);
  const wd_functype *c = intern(e, false, ft->types, (size_t)ft->nparams + ft->nresults, ft);
  pthread_mutex_unlock(&e->canon_mu);
  return c;
}

static uint64_t engine_ext(const void *ctx, uint32_t idx) {
  return (uint64_t)(uintptr_t)((const wd_module *)ctx)->types[idx].canon;
}

bool wd_engine_intern_module(wd_engine *e, wd_module *m, wd_error *err) {
  uint8_t *buf = NULL;
  size_t cap = 0, len = 0;
  bool ok = true;
  pthread_mutex_lock(&e->canon_mu);
  for (uint32_t g = 0; ok && g < m->ntypes;) {
    wd_functype *ft = &m->types[g];
    uint32_t size = ft->rec_size ? ft->rec_size : 1;
    if (size == 1 && ft->final && ft->super == UINT32_MAX && !ft->typed_refs) {
      ok = (ft->canon = intern(e, false, ft->types, (size_t)ft->nparams + ft->nresults, ft)) != NULL;
      g++;
      continue;
    }
    if (!(ok = wd_rec_group_key(m, g, engine_ext, m, e->al, &buf, &cap, &len))) break;
    if (cap - len < sizeof(uint32_t)) {
      uint8_t *q = wd_realloc(e->al, buf, cap, cap + 16);
      if (!(ok = q != NULL)) break;
      buf = q;
      cap += 16;
    }
    for (uint32_t k = 0; ok && k < size && g + k < m->ntypes; k++) {
      memcpy(buf + len, &k, sizeof k);
      ok = (m->types[g + k].canon = intern(e, true, buf, len + sizeof k, &m->types[g + k])) != NULL;
    }
    for (uint32_t k = 0; ok && k < size && g + k < m->ntypes; k++) {
      const wd_functype *t = &m->types[g + k];
      canon_block *b = (canon_block *)t->canon;
      if (t->super != UINT32_MAX && t->super < m->ntypes) b->super = m->types[t->super].canon;
      b->ft.final = t->final;
    }
    g += size;
  }
  pthread_mutex_unlock(&e->canon_mu);
  if (buf) wd_free(e->al, buf, cap);
  if (!ok) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "interning function types");
  return true;
}

bool wd_canon_sub(const wd_functype *a, const wd_functype *b) {
  for (uint32_t steps = 0; a && steps < 1u << 20; a = ((const canon_block *)a)->super, steps++)
    if (a == b) return true;
  return false;
}

void wd_func_type(const wd_func *f, uint32_t *nparams, const wd_valkind **params, uint32_t *nresults,
                  const wd_valkind **results) {
  if (nparams) *nparams = 0;
  if (params) *params = NULL;
  if (nresults) *nresults = 0;
  if (results) *results = NULL;
  if (!f || !f->type) return;
  /* Every wd_func's type is canonical, i.e. the head of a canon_block. */
  const canon_block *b = (const canon_block *)f->type->canon;
  if (!b) return;
  if (nparams) *nparams = b->ft.nparams;
  if (params) *params = b->kinds;
  if (nresults) *nresults = b->ft.nresults;
  if (results) *results = b->kinds + b->ft.nparams;
}

void wd_tag_type(const wd_tag *tag, uint32_t *nparams, const wd_valkind **params) {
  if (nparams) *nparams = tag ? tag->type->nparams : 0;
  if (params) *params = tag ? ((const canon_block *)tag->type)->kinds : NULL;
}

/* ---------------------------------------------------------------- engine */

static void resolve_limits(wd_limits *l) {
  if (!l->max_memory_pages) l->max_memory_pages = WD_DEFAULT_MAX_MEMORY_PAGES;
  if (!l->max_table_elems) l->max_table_elems = WD_DEFAULT_MAX_TABLE_ELEMS;
  if (!l->max_instances) l->max_instances = WD_DEFAULT_MAX_INSTANCES;
  if (!l->max_call_depth) l->max_call_depth = WD_DEFAULT_MAX_CALL_DEPTH;
  if (!l->max_stack_bytes) l->max_stack_bytes = WD_DEFAULT_MAX_STACK_BYTES;
  if (!l->max_arena_bytes) l->max_arena_bytes = WD_DEFAULT_MAX_ARENA_BYTES;
  if (!l->max_total_memory_bytes) l->max_total_memory_bytes = WD_DEFAULT_MAX_TOTAL_MEMORY_BYTES;
  if (!l->max_total_table_elems) l->max_total_table_elems = WD_DEFAULT_MAX_TOTAL_TABLE_ELEMS;
  if (!l->max_total_heap_bytes) l->max_total_heap_bytes = WD_DEFAULT_MAX_TOTAL_HEAP_BYTES;
  if (!l->max_reserved_bytes) l->max_reserved_bytes = WD_DEFAULT_MAX_RESERVED_BYTES;
  if (!l->max_wait_ns) l->max_wait_ns = WD_DEFAULT_MAX_WAIT_NS;
}

wd_engine *wd_engine_new(const wd_config *cfg, wd_error *err) {
  wd_config c;
  if (cfg) c = *cfg;
  else wd_config_init(&c);
  const wd_allocator *al = c.allocator ? c.allocator : wd_default_allocator();
  if (!al || !al->malloc || !al->free || !al->realloc) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "allocator lacks a function");
    return NULL;
  }
  const char *lname = c.layout ? c.layout : WD_DEFAULT_LAYOUT;
  const wd_layout *layout = wd_layout_find(lname);
  if (!layout) {
    wd_fail(err, WD_E_UNKNOWN_LAYOUT, WD_NO_OFFSET, "'%.64s'", lname);
    return NULL;
  }
  if ((unsigned)c.mode > WD_MODE_LAZY) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "unknown mode %u", (unsigned)c.mode);
    return NULL;
  }
  if (c.features & ~(uint32_t)(WD_FEATURES_ALL | WD_FEATURES_PARTIAL)) {
    uint32_t bad = c.features & ~(uint32_t)(WD_FEATURES_ALL | WD_FEATURES_PARTIAL);
    const char *name = wd_feature_name(bad & -bad);
    if (name) wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "feature %s is not supported by this build yet", name);
    else wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "unknown feature bits 0x%x", bad);
    return NULL;
  }
  wd_alloc_engine_default(al);   /* mimalloc: freed memory goes back at once (alloc.h) */
  wd_engine *e = wd_alloc_zero(al, sizeof *e);
  if (!e) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "engine");
    return NULL;
  }
  c.layout = layout->name;      /* a static string: the caller's may not outlive the engine */
  c.allocator = al;
  resolve_limits(&c.limits);
  e->cfg = c;
  e->al = al;
  e->layout = layout;
  e->limits = c.limits;
  pthread_mutex_init(&e->canon_mu, NULL);
  return e;
}

void wd_engine_free(wd_engine *e) {
  if (!e) return;
  const wd_allocator *al = e->al;
  for (uint32_t i = 0; i < e->canon_cap; i++) {
    canon_block *b = (canon_block *)e->canon[i];
    if (b) wd_free(al, b, b->bytes);
  }
  if (e->canon) wd_free(al, e->canon, (size_t)e->canon_cap * sizeof *e->canon);
  pthread_mutex_destroy(&e->canon_mu);
  wd_free(al, e, sizeof *e);
}

/* ---------------------------------------------------------------- store */

wd_store *wd_store_new(wd_engine *engine, wd_error *err) {
  if (!engine) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "engine is NULL");
    return NULL;
  }
  wd_store *s = wd_alloc_zero(engine->al, sizeof *s);
  if (!s) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "store");
    return NULL;
  }
  s->engine = engine;
  s->al = engine->al;
  s->limits = engine->limits;
  return s;
}

void wd_store_instance_free(wd_store *s, wd_instance *inst) {
  if (!s || !inst) return;
  for (wd_instance **pp = &s->instances; *pp; pp = &(*pp)->next) {
    if (*pp == inst) {
      *pp = inst->next;
      s->ninstances--;
      break;
    }
  }
  wd_free(s->al, inst, inst->alloc_bytes);
}

void wd_store_free(wd_store *s) {
  if (!s) return;
  const wd_allocator *al = s->al;
  while (s->instances) wd_store_instance_free(s, s->instances);
  for (wd_func *f = s->host_funcs, *n; f; f = n) {
    n = f->next_obj;
    wd_free(al, f, sizeof *f);
  }
  for (wd_table *t = s->tables, *n; t; t = n) {
    n = t->next_obj;
    wd_vmem_release(&t->vm, al);
    wd_free(al, t, sizeof *t);
  }
  for (wd_memory *m = s->memories, *n; m; m = n) {
    n = m->next_obj;
    wd_vmem_release(&m->vm, al);
    wd_free(al, m, sizeof *m);
  }
  for (wd_global *g = s->globals, *n; g; g = n) {
    n = g->next_obj;
    wd_free(al, g, sizeof *g);
  }
  wd_store_eh_free(s);
  if (s->stack) wd_free(al, s->stack, s->stack_slots * sizeof *s->stack);
  wd_free(al, s, sizeof *s);
}

/* ---------------------------------------------------------------- objects */

wd_func *wd_store_host_func(wd_store *s, const wd_functype *canon, wd_host_fn fn, void *user,
                            wd_error *err) {
  if (!s || !canon || !fn) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "host function needs a store, a type and a callback");
    return NULL;
  }
  wd_func *f = wd_alloc_zero(s->al, sizeof *f);
  if (!f) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "host function");
    return NULL;
  }
  f->type = canon;
  f->host = fn;
  f->user = user;
  f->next_obj = s->host_funcs;
  s->host_funcs = f;
  return f;
}

/* ---------------------------------------------------------------- tables and memories
 *
 * Each table and memory is a vmem region: address space reserved for the most it may ever hold (its
 * declared max, the per-object limit, the store-wide total, and what is left of the store's
 * reservation budget), committed as it grows. The store keeps the sums that the store-wide limits
 * bound: a guest can make the host commit no more than limits.max_total_*, however many memories and
 * tables it declares, and growing costs time in proportion to what is added. */

static uint64_t min_u64(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* Address space left in the store's reservation budget. */
static uint64_t reserve_left(const wd_store *s) {
  return s->reserved_bytes >= s->limits.max_reserved_bytes ? 0 : s->limits.max_reserved_bytes - s->reserved_bytes;
}

/* Caps `units` (of unit_bytes each) so that their reservation fits what is left of the budget. */
static uint64_t fit_reservation(const wd_store *s, uint64_t units, uint64_t unit_bytes) {
  uint64_t bytes = units * unit_bytes;          /* callers keep units * unit_bytes <= 2^48 */
  if (bytes > SIZE_MAX) bytes = SIZE_MAX;
  if (wd_vmem_footprint((size_t)bytes) <= reserve_left(s)) return units;
  return wd_vmem_fit((size_t)min_u64(reserve_left(s), SIZE_MAX)) / unit_bytes;
}

#define TABLE_ELEM_BYTES ((uint64_t)sizeof(uint64_t))

/* Tables: a declared type (wd_lim) with i32 or i64 (table64) indices. Sizes stay below 2^32 in any
 * case (limits.max_table_elems is a u32): a larger declared minimum fails as a limit, a larger maximum
 * is capped; the declared type is kept for import matching. */
wd_table *wd_store_table_lim(wd_store *s, uint8_t elem, const wd_lim *lim, uint64_t init, wd_error *err) {
  if (!s || !lim || !wd_is_reftype(elem) || (lim->has_max && lim->max < lim->min) ||
      (!lim->is64 && (lim->min > UINT32_MAX || (lim->has_max && lim->max > UINT32_MAX)))) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "table type");
    return NULL;
  }
  if (lim->min > s->limits.max_table_elems) {
    wd_fail(err, WD_E_LIMIT_TABLE, WD_NO_OFFSET, "%llu elements requested, the limit is %u",
            (unsigned long long)lim->min, s->limits.max_table_elems);
    return NULL;
  }
  uint32_t min = (uint32_t)lim->min;
  if (min > s->limits.max_total_table_elems ||
      s->total_table_elems > s->limits.max_total_table_elems - min) {
    wd_fail(err, WD_E_LIMIT_TABLE, WD_NO_OFFSET,
            "%u elements requested, the store's tables already hold %llu of at most %llu", min,
            (unsigned long long)s->total_table_elems, (unsigned long long)s->limits.max_total_table_elems);
    return NULL;
  }
  uint64_t ceil = min_u64(lim->has_max ? lim->max : UINT32_MAX, s->limits.max_table_elems);
  ceil = min_u64(ceil, s->limits.max_total_table_elems);
  ceil = fit_reservation(s, ceil, TABLE_ELEM_BYTES);
  if (ceil < min) {
    wd_fail(err, WD_E_LIMIT_ADDRESS_SPACE, WD_NO_OFFSET,
            "a table of %u elements does not fit the %llu bytes of address space left to reserve", min,
            (unsigned long long)reserve_left(s));
    return NULL;
  }
  wd_table *t = wd_alloc_zero(s->al, sizeof *t);
  if (!t) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "table");
    return NULL;
  }
  t->elem = elem;
  t->max = lim->has_max ? (uint32_t)min_u64(lim->max, WD_NO_MAX) : WD_NO_MAX;
  t->type = *lim;
  t->ceiling = (uint32_t)ceil;
  if (!wd_vmem_reserve(&t->vm, s->al, (size_t)(ceil * TABLE_ELEM_BYTES), (size_t)(min * TABLE_ELEM_BYTES))) {
    wd_free(s->al, t, sizeof *t);
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "table of %u elements (room for %llu)", min,
            (unsigned long long)ceil);
    return NULL;
  }
  t->elems = (uint64_t *)(void *)t->vm.base;
  if (init)
    for (uint32_t i = 0; i < min; i++) t->elems[i] = init;   /* fresh pages read as zero: null needs no writes */
  t->size = min;
  s->total_table_elems += min;
  s->reserved_bytes += wd_vmem_footprint((size_t)(ceil * TABLE_ELEM_BYTES));
  t->next_obj = s->tables;
  s->tables = t;
  return t;
}

wd_table *wd_store_table(wd_store *s, uint8_t elem, uint32_t min, uint32_t max, uint64_t init,
                         wd_error *err) {
  wd_lim lim = {min, max == WD_NO_MAX ? 0 : max, max != WD_NO_MAX, false, 0, false};
  return wd_store_table_lim(s, elem, &lim, init, err);
}

bool wd_table_grow_ok(const wd_store *s, const wd_table *t, uint64_t delta) {
  uint64_t n = (uint64_t)t->size + delta;
  return delta <= UINT32_MAX && n <= t->ceiling && n <= s->limits.max_table_elems &&
         delta <= s->limits.max_total_table_elems &&
         s->total_table_elems <= s->limits.max_total_table_elems - delta;
}

int64_t wd_table_grow_elems(wd_store *s, wd_table *t, uint64_t delta, uint64_t init) {
  if (!s || !t) return -1;
  uint32_t old = t->size;
  if (delta == 0) return old;
  if (!wd_table_grow_ok(s, t, delta)) return -1;
  uint32_t n = old + (uint32_t)delta;
  if (!wd_vmem_commit(&t->vm, s->al, (size_t)((uint64_t)t->ceiling * TABLE_ELEM_BYTES),
                      (size_t)((uint64_t)n * TABLE_ELEM_BYTES)))
    return -1;
  t->elems = (uint64_t *)(void *)t->vm.base;
  if (init)
    for (uint32_t i = old; i < n; i++) t->elems[i] = init;
  t->size = n;
  s->total_table_elems += delta;
  return old;
}

/* Memories: pages of 2^page_log2 bytes (65536, or 1 with custom page sizes), i32 or i64 (memory64)
 * addresses. Every memory, i64 ones included, holds at most WD_MAX_MEMORY_BYTES (4 GiB, config.h) and
 * at most limits.max_memory_pages 64 KiB pages' worth and limits.max_total_memory_bytes: the store
 * never reserves more than that, whatever an i64 memory declares (a larger declared minimum fails as
 * a limit, a larger maximum is capped). The interpreter relies on the 4 GiB bound (exec.c ADDR64). */
#define PAGE_SIZE_BYTES 65536ull

/* The most pages of 2^log2 bytes a memory may ever hold under the store's per-memory limits. */
static uint64_t memory_page_cap(const wd_store *s, unsigned log2) {
  uint64_t bytes = min_u64(WD_MAX_MEMORY_BYTES, (uint64_t)s->limits.max_memory_pages * PAGE_SIZE_BYTES);
  return min_u64(bytes >> log2, UINT32_MAX);
}

wd_memory *wd_store_memory_lim(wd_store *s, const wd_lim *lim, wd_error *err) {
  unsigned log2 = lim ? lim->page_log2 : 16;
  if (!s || !lim || (log2 != 16 && log2 != 0) || (lim->has_max && lim->max < lim->min) ||
      (!lim->is64 && (lim->min > (1ull << (32 - log2)) ||
                      (lim->has_max && lim->max > (1ull << (32 - log2)))))) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "memory type");
    return NULL;
  }
  uint64_t page = 1ull << log2, pcap = memory_page_cap(s, log2);
  if (lim->min > pcap) {
    wd_fail(err, WD_E_LIMIT_MEMORY, WD_NO_OFFSET, "%llu pages requested, the limit is %llu%s",
            (unsigned long long)lim->min, (unsigned long long)pcap, log2 ? "" : " (1-byte pages)");
    return NULL;
  }
  uint32_t min_pages = (uint32_t)lim->min;
  uint64_t min_bytes = (uint64_t)min_pages << log2;
  if (min_bytes > s->limits.max_total_memory_bytes ||
      s->total_memory_bytes > s->limits.max_total_memory_bytes - min_bytes) {
    wd_fail(err, WD_E_LIMIT_MEMORY, WD_NO_OFFSET,
            "%u pages requested, the store's memories already hold %llu of at most %llu bytes", min_pages,
            (unsigned long long)s->total_memory_bytes,
            (unsigned long long)s->limits.max_total_memory_bytes);
    return NULL;
  }
  uint64_t cap = min_u64(lim->has_max ? lim->max : pcap, pcap);
  cap = min_u64(cap, s->limits.max_total_memory_bytes >> log2);
  cap = fit_reservation(s, cap, page);
  if ((cap << log2) > SIZE_MAX) cap = SIZE_MAX >> log2;
  if (cap < min_pages) {
    wd_fail(err, WD_E_LIMIT_ADDRESS_SPACE, WD_NO_OFFSET,
            "a memory of %llu bytes does not fit the %llu bytes of address space left to reserve",
            (unsigned long long)min_bytes, (unsigned long long)reserve_left(s));
    return NULL;
  }
  wd_memory *m = wd_alloc_zero(s->al, sizeof *m);
  if (!m) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "memory");
    return NULL;
  }
  m->decl_max = lim->has_max ? (uint32_t)min_u64(lim->max, WD_NO_MAX) : WD_NO_MAX;
  m->type = *lim;
  m->page_log2 = (uint8_t)log2;
  m->store = s;
  m->max_pages = (uint32_t)cap;
  /* Without WD_VMEM_MMAP a region moves when it grows: a shared memory, which other threads use, takes
   * its whole maximum now (its maximum is required) and never moves. */
  size_t first = !WD_VMEM_MMAP && lim->shared ? (size_t)(cap << log2) : (size_t)min_bytes;
  if (!wd_vmem_reserve(&m->vm, s->al, (size_t)(cap << log2), first)) {
    wd_free(s->al, m, sizeof *m);
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "memory of %u pages (room for %llu)", min_pages,
            (unsigned long long)cap);
    return NULL;
  }
  m->data = m->vm.base;
  m->size = min_bytes;
  m->pages = min_pages;
#ifdef WD_TSAN
  if (lim->shared)
    AnnotateBenignRaceSized(__FILE__, __LINE__, m->vm.base, (size_t)(cap << log2),
                            "a shared linear memory: its races are the guest's");
#endif
  s->total_memory_bytes += min_bytes;
  s->reserved_bytes += wd_vmem_footprint((size_t)(cap << log2));
  m->next_obj = s->memories;
  s->memories = m;
  return m;
}

wd_memory *wd_store_memory(wd_store *s, uint32_t min_pages, uint32_t max_pages, wd_error *err) {
  if (min_pages > 65536 || (max_pages != WD_NO_MAX && max_pages > 65536)) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "memory type");
    return NULL;
  }
  wd_lim lim = {min_pages, max_pages == WD_NO_MAX ? 0 : max_pages, max_pages != WD_NO_MAX, false, 16, false};
  return wd_store_memory_lim(s, &lim, err);
}

bool wd_memory_grow_ok(const wd_store *s, const wd_memory *m, uint64_t delta) {
  if (delta > UINT32_MAX) return false;
  uint64_t n = (uint64_t)wd_memory_npages(m) + delta, add = delta << m->page_log2;
  return n <= m->max_pages && n <= memory_page_cap(s, m->page_log2) &&
         add <= s->limits.max_total_memory_bytes && s->total_memory_bytes <= s->limits.max_total_memory_bytes - add;
}


static int64_t grow_pages(wd_store *s, wd_memory *m, uint64_t delta);

/* A shared memory may be grown by stores on several threads at once: one at a time. (It never moves:
 * without WD_VMEM_MMAP it gets its whole maximum when it is made, see wd_store_memory_lim.) */
static pthread_mutex_t shared_grow_mu = PTHREAD_MUTEX_INITIALIZER;

int64_t wd_memory_grow_pages(wd_store *s, wd_memory *m, uint64_t delta) {
  if (!s || !m) return -1;
  if (!m->shared) return grow_pages(s, m, delta);
  pthread_mutex_lock(&shared_grow_mu);
  int64_t r = grow_pages(s, m, delta);
  pthread_mutex_unlock(&shared_grow_mu);
  return r;
}

static int64_t grow_pages(wd_store *s, wd_memory *m, uint64_t delta) {
  uint32_t old = m->pages;
  if (delta == 0) return old;
  if (!wd_memory_grow_ok(s, m, delta)) return -1;
  uint64_t n = (uint64_t)old + delta, bytes = n << m->page_log2;
  if (!wd_vmem_commit(&m->vm, s->al, (size_t)((uint64_t)m->max_pages << m->page_log2), (size_t)bytes))
    return -1;
  if (m->data != m->vm.base) m->data = m->vm.base;   /* (a shared memory never moves) */
#if UINTPTR_MAX > 0xFFFFFFFFu
  __atomic_store_n(&m->size, bytes, __ATOMIC_RELEASE);   /* read by other threads: wd_memory_bytes */
#else
  m->size = bytes;
#endif
  __atomic_store_n(&m->pages, (uint32_t)n, __ATOMIC_RELEASE);
  s->total_memory_bytes += delta << m->page_log2;
  return old;
}

wd_global *wd_store_global(wd_store *s, uint8_t type, bool mut, const uint64_t val[2], wd_error *err) {
  if (!s || !wd_is_valtype(type)) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "global type");
    return NULL;
  }
  wd_global *g = wd_alloc_zero(s->al, sizeof *g);
  if (!g) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "global");
    return NULL;
  }
  g->type = type;
  g->mut = mut;
  if (val) {
    g->val[0] = val[0];
    g->val[1] = type == WD_V128 ? val[1] : 0;
  }
  g->next_obj = s->globals;
  s->globals = g;
  return g;
}

/* ---------------------------------------------------------------- value stack */

bool wd_store_stack_reserve(wd_store *s, size_t slots) {
  if (!s) return false;
  if (slots <= s->stack_slots) return true;
  size_t limit = (size_t)(s->limits.max_stack_bytes / sizeof(uint64_t) > SIZE_MAX / sizeof(uint64_t)
                              ? SIZE_MAX / sizeof(uint64_t)
                              : s->limits.max_stack_bytes / sizeof(uint64_t));
  if (slots > limit) return false;
  size_t want = s->stack_slots ? s->stack_slots : WD_STACK_INITIAL_SLOTS;
  while (want < slots) want = want > limit / 2 ? limit : want * 2;
  if (want > limit) want = limit;
  size_t old_bytes = s->stack_slots * sizeof *s->stack;
  uint64_t *p = s->stack ? wd_realloc(s->al, s->stack, old_bytes, want * sizeof *s->stack)
                         : wd_alloc(s->al, want * sizeof *s->stack);
  if (!p) return false;
  s->stack = p;
  s->stack_slots = want;
  return true;
}
