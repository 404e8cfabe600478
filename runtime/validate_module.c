/* validate_module.c — the module-level validation rules (wd_validate_module): limits, imports, tables,
 * memories, globals, element and data segments, start, exports (unique names), rec groups and type
 * equivalence (wd_rec_group_key), subtype declarations; fills m->func_declared (the set C.refs) and notes
 * the features the module's sections use. Constant expressions are validated by validate.c
 * (wd_validate_expr, through validate.h), which also validates function bodies.
 *
 * May touch: reads the module (module.h) and its bodies (wd_scan_body, for the error of a malformed body);
 * writes only m->func_declared, m->type_canon (in the module arena) and m->features_used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "validate.h"

/* ---------------------------------------------------------------- module level */

static bool check_limits(const wd_lim *l, uint64_t range, wd_errcode range_code, uint32_t off,
                         const char *what, uint32_t idx, wd_error *err) {
  if (l->min > range)
    return wd_fail(err, range_code, off, "%s %u: minimum %llu", what, idx, (unsigned long long)l->min);
  if (l->has_max && l->max > range)
    return wd_fail(err, range_code, off, "%s %u: maximum %llu", what, idx, (unsigned long long)l->max);
  if (l->has_max && l->min > l->max)
    return wd_fail(err, WD_E_LIMITS_MIN_MAX, off, "%s %u: %llu > %llu", what, idx,
                   (unsigned long long)l->min, (unsigned long long)l->max);
  return true;
}

/* Payload offset of the first section with this id, for errors of module-level entities. */
static uint32_t section_offset(const wd_module *m, uint8_t id) {
  for (uint32_t i = 0; i < m->nsections; i++)
    if (m->sections && m->sections[i].id == id) return m->sections[i].offset;
  return WD_NO_OFFSET;
}

enum { SEC_IMPORT = 2, SEC_FUNC = 3, SEC_TABLE = 4, SEC_MEMORY = 5, SEC_EXPORT = 7, SEC_START = 8, SEC_TAG = 13 };

static int export_cmp(const void *a, const void *b) {
  const wd_export *x = *(const wd_export *const *)a, *y = *(const wd_export *const *)b;
  if (x->name.len != y->name.len) return x->name.len < y->name.len ? -1 : 1;
  return x->name.len ? memcmp(x->name.ptr, y->name.ptr, x->name.len) : 0;
}

static bool same_name(const wd_name *a, const wd_name *b) {
  return a->len == b->len && (a->len == 0 || memcmp(a->ptr, b->ptr, a->len) == 0);
}

static bool dup_export(const wd_export *e, uint32_t off, wd_error *err) {
  int len = e->name.len > 64 ? 64 : (int)e->name.len;
  return wd_fail(err, WD_E_DUPLICATE_EXPORT, off, "\"%.*s\"", len, e->name.ptr ? e->name.ptr : "");
}

/* Export names must be unique: pairwise for a few, sorted otherwise. */
static bool check_export_names(const wd_module *m, wd_error *err) {
  uint32_t n = m->nexports, off = section_offset(m, SEC_EXPORT);
  if (n < 2) return true;
  if (n <= 16) {
    for (uint32_t i = 1; i < n; i++)
      for (uint32_t j = 0; j < i; j++)
        if (same_name(&m->exports[i].name, &m->exports[j].name)) return dup_export(&m->exports[i], off, err);
    return true;
  }
  const wd_export **v = wd_alloc_array(m->al, n, sizeof *v);
  if (!v) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "checking %u export names", n);
  for (uint32_t i = 0; i < n; i++) v[i] = &m->exports[i];
  qsort(v, n, sizeof *v, export_cmp);
  bool ok = true;
  for (uint32_t i = 1; i < n && ok; i++)
    if (export_cmp(&v[i - 1], &v[i]) == 0) ok = dup_export(v[i], off, err);
  wd_free(m->al, v, (size_t)n * sizeof *v);
  return ok;
}

static bool check_exports(const wd_module *m, uint8_t *refs, wd_error *err) {
  uint32_t off = section_offset(m, SEC_EXPORT);
  for (uint32_t i = 0; i < m->nexports; i++) {
    const wd_export *e = &m->exports[i];
    switch (e->kind) {
      case WD_EXTERN_FUNC:
        if (e->index >= m->nfuncs)
          return wd_fail(err, WD_E_UNKNOWN_FUNC, off, "export %u: function %u", i, e->index);
        refs[e->index >> 3] |= (uint8_t)(1u << (e->index & 7));
        break;
      case WD_EXTERN_TABLE:
        if (e->index >= m->ntables)
          return wd_fail(err, WD_E_UNKNOWN_TABLE, off, "export %u: table %u", i, e->index);
        break;
      case WD_EXTERN_MEMORY:
        if (e->index >= m->nmems)
          return wd_fail(err, WD_E_UNKNOWN_MEMORY, off, "export %u: memory %u", i, e->index);
        break;
      case WD_EXTERN_GLOBAL:
        if (e->index >= m->nglobals)
          return wd_fail(err, WD_E_UNKNOWN_GLOBAL, off, "export %u: global %u", i, e->index);
        break;
      case WD_EXTERN_TAG:
        if (e->index >= m->ntags)
          return wd_fail(err, WD_E_UNKNOWN_TAG, off, "export %u: tag %u", i, e->index);
        break;
      default:
        return wd_fail(err, WD_E_MALFORMED_EXPORT_KIND, off, "export %u: kind %u", i, e->kind);
    }
  }
  return check_export_names(m, err);
}

/* The globals a constant expression may read: the imported ones (2.0), or with function-references
 * (Wasm 3.0) every global before `upto` (the globals defined so far, or all of them in segments). */
static uint32_t visible_globals(const wd_module *m, uint32_t upto) {
  return (m->features & WD_FEATURE_FUNCTION_REFERENCES) ? upto : m->nglobal_imports;
}

/* A value type of a module-level entity: a typed reference names a type. */
static bool mod_valtype(const wd_module *m, uint8_t t, uint32_t off, const char *what, uint32_t i, wd_error *err) {
  if (wd_rt_is_concrete(t) && wd_rt_index(t) >= m->ntypes)
    return wd_fail(err, WD_E_UNKNOWN_TYPE, off, "%s %u: type %u", what, i, wd_rt_index(t));
  return true;
}

static bool check_elems(const wd_module *m, uint8_t *refs, wd_error *err) {
  uint32_t nvis = visible_globals(m, m->nglobals);
  for (uint32_t i = 0; i < m->nelems; i++) {
    const wd_elem *s = &m->elems[i];
    uint32_t off = s->binary_offset;
    if (!wd_is_reftype(s->elemtype))
      return wd_fail(err, WD_E_MALFORMED_REFTYPE, off, "elem segment %u: type 0x%02x", i, s->elemtype);
    if (!mod_valtype(m, s->elemtype, off, "elem segment", i, err)) return false;
    if (s->mode == WD_SEG_ACTIVE) {
      if (s->table >= m->ntables)
        return wd_fail(err, WD_E_UNKNOWN_TABLE, off, "elem segment %u: table %u", i, s->table);
      if (!wd_validate_expr(m, &s->offset, wd_lim_addrtype(&m->tables[s->table].lim), nvis, refs, err))
        return false;
      if (!wd_val_subtype(m, s->elemtype, m->tables[s->table].elem))
        return wd_fail(err, WD_E_TYPE_MISMATCH, off, "elem segment %u: %s elements for a %s table", i,
                       wd_vtype_name(s->elemtype), wd_vtype_name(m->tables[s->table].elem));
    }
    if (s->funcs) {
      if (!wd_val_subtype(m, WD_RT_FUNC, s->elemtype))
        return wd_fail(err, WD_E_TYPE_MISMATCH, off, "elem segment %u: function indices as %s", i,
                       wd_vtype_name(s->elemtype));
      for (uint32_t k = 0; k < s->count; k++) {
        uint32_t x = s->funcs[k];
        if (x >= m->nfuncs)
          return wd_fail(err, WD_E_UNKNOWN_FUNC, off, "elem segment %u: function %u", i, x);
        refs[x >> 3] |= (uint8_t)(1u << (x & 7));
      }
    } else if (s->exprs) {
      for (uint32_t k = 0; k < s->count; k++)
        if (!wd_validate_expr(m, &s->exprs[k], s->elemtype, nvis, refs, err)) return false;
    } else if (s->count) {
      return wd_fail(err, WD_E_INVALID_ARGUMENT, off, "elem segment %u: no elements stored", i);
    }
  }
  return true;
}

static bool check_datas(const wd_module *m, uint8_t *refs, wd_error *err) {
  if (m->has_datacount && m->datacount != m->ndatas)
    return wd_fail(err, WD_E_DATA_COUNT_MISMATCH, section_offset(m, 12), "data count %u, %u segments",
                   m->datacount, m->ndatas);
  for (uint32_t i = 0; i < m->ndatas; i++) {
    const wd_data *d = &m->datas[i];
    if (d->mode != WD_SEG_ACTIVE) continue;
    if (d->mem >= m->nmems)
      return wd_fail(err, WD_E_UNKNOWN_MEMORY, d->binary_offset, "data segment %u: memory %u", i, d->mem);
    if (!wd_validate_expr(m, &d->offset, wd_lim_addrtype(&m->mems[d->mem].lim), visible_globals(m, m->nglobals), refs,
                       err))
      return false;
  }
  return true;
}

static bool validate_module(wd_module *m, wd_error *err);

/* ---------------------------------------------------------------- types: rec groups, equivalence */

typedef struct keyw { uint8_t *p; size_t cap, len; const wd_allocator *al; bool oom; } keyw;

static void kput(keyw *k, const void *src, size_t n) {
  if (k->oom) return;
  if (k->cap - k->len < n) {
    size_t ncap = k->cap ? k->cap : 64;
    while (ncap - k->len < n) ncap *= 2;
    uint8_t *q = wd_realloc(k->al, k->p, k->cap, ncap);
    if (!q) { k->oom = true; return; }
    k->p = q;
    k->cap = ncap;
  }
  memcpy(k->p + k->len, src, n);
  k->len += n;
}
static void kput32(keyw *k, uint32_t v) { kput(k, &v, sizeof v); }

/* One type index inside a key: 0xFE and its position in the group, or 0xFD and its identity. */
static void kidx(keyw *k, uint32_t x, uint32_t start, uint32_t size,
                 uint64_t (*ext)(const void *, uint32_t), const void *ctx) {
  uint8_t tag = x - start < size ? 0xFE : 0xFD;
  kput(k, &tag, 1);
  if (tag == 0xFE) kput32(k, x - start);
  else { uint64_t id = ext(ctx, x); kput(k, &id, sizeof id); }
}

bool wd_rec_group_key(const wd_module *m, uint32_t start, uint64_t (*ext)(const void *ctx, uint32_t idx),
                      const void *ctx, const wd_allocator *al, uint8_t **buf, size_t *cap, size_t *len) {
  keyw k = {*buf, *cap, 0, al, false};
  uint32_t size = m->types[start].rec_size;
  kput32(&k, size);
  for (uint32_t i = start; i < start + size && i < m->ntypes; i++) {
    const wd_functype *ft = &m->types[i];
    uint8_t fin = ft->final;
    kput(&k, &fin, 1);
    if (ft->super == UINT32_MAX) { uint8_t none = 0; kput(&k, &none, 1); }
    else kidx(&k, ft->super, start, size, ext, ctx);
    kput32(&k, ft->nparams);
    kput32(&k, ft->nresults);
    uint32_t n = ft->nparams + ft->nresults;
    if (!ft->typed_refs) { kput(&k, ft->types, n); continue; }
    for (uint32_t j = 0; j < n; j++) {
      uint8_t t = ft->types[j];
      if (wd_rt_is_concrete(t)) {
        uint8_t nn = t & 1;
        kput(&k, &nn, 1);
        kidx(&k, wd_rt_index(t), start, size, ext, ctx);
      } else {
        kput(&k, &t, 1);
      }
    }
  }
  *buf = k.p;
  *cap = k.cap;
  *len = k.len;
  return !k.oom;
}

static uint64_t local_canon(const void *ctx, uint32_t idx) { return ((const wd_module *)ctx)->type_canon[idx]; }

static uint32_t key_hash(const uint8_t *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

/* The type section's rules beyond syntax (typed references name types of their group or earlier ones;
 * a supertype is an earlier, non-final type the subtype matches), and m->type_canon: equivalent rec
 * groups (the same key, earlier types by their canonical index) share the first one's indices. */
static bool check_types(wd_module *m, wd_error *err) {
  uint32_t off = section_offset(m, 1), n = m->ntypes;
  for (uint32_t i = 0; i < n; i++) {
    const wd_functype *ft = &m->types[i];
    uint32_t end = ft->rec_start + ft->rec_size;
    if (ft->typed_refs)
      for (uint32_t j = 0; j < ft->nparams + ft->nresults; j++)
        if (wd_rt_is_concrete(ft->types[j]) && wd_rt_index(ft->types[j]) >= end)
          return wd_fail(err, WD_E_UNKNOWN_TYPE, off, "type %u refers to type %u", i, wd_rt_index(ft->types[j]));
    if (ft->super != UINT32_MAX && ft->super >= i)
      return wd_fail(err, WD_E_UNKNOWN_TYPE, off, "type %u: supertype %u", i, ft->super);
  }
  if (!(m->features & WD_FEATURE_FUNCTION_REFERENCES) || n == 0) return true;
  if (!(m->type_canon = wd_arena_alloc(&m->arena, (size_t)n * sizeof(uint32_t), _Alignof(uint32_t))))
    return wd_fail(err, WD_E_OUT_OF_MEMORY, off, "type equivalence");
  uint32_t hcap = 16;
  while (hcap < 2 * n) hcap *= 2;
  uint32_t *slots = wd_alloc_array(m->al, hcap, 2 * sizeof(uint32_t));   /* (hash, group start + 1) */
  uint8_t *a = NULL, *b = NULL;
  size_t acap = 0, bcap = 0, alen, blen;
  bool ok = slots != NULL;
  if (slots) memset(slots, 0, (size_t)hcap * 2 * sizeof(uint32_t));
  for (uint32_t g = 0; ok && g < n; g += m->types[g].rec_size ? m->types[g].rec_size : 1) {
    if (!(ok = wd_rec_group_key(m, g, local_canon, m, m->al, &a, &acap, &alen))) break;
    uint32_t h = key_hash(a, alen), j = h & (hcap - 1), found = UINT32_MAX;
    for (; slots[2 * j + 1]; j = (j + 1) & (hcap - 1)) {
      uint32_t other = slots[2 * j + 1] - 1;
      if (slots[2 * j] != h) continue;
      if (!(ok = wd_rec_group_key(m, other, local_canon, m, m->al, &b, &bcap, &blen))) break;
      if (blen == alen && memcmp(a, b, alen) == 0) { found = other; break; }
    }
    if (!ok) break;
    if (found == UINT32_MAX) { slots[2 * j] = h; slots[2 * j + 1] = g + 1; found = g; }
    for (uint32_t k = 0; k < m->types[g].rec_size && g + k < n; k++) m->type_canon[g + k] = found + k;
  }
  if (a) wd_free(m->al, a, acap);
  if (b) wd_free(m->al, b, bcap);
  if (slots) wd_free(m->al, slots, (size_t)hcap * 2 * sizeof(uint32_t));
  if (!ok) return wd_fail(err, WD_E_OUT_OF_MEMORY, off, "type equivalence");
  /* Declared supertypes: not final, and the subtype's parameters wider, results narrower. */
  for (uint32_t i = 0; i < n; i++) {
    const wd_functype *ft = &m->types[i];
    if (ft->super == UINT32_MAX) continue;
    const wd_functype *st = &m->types[ft->super];
    if (st->final) return wd_fail(err, WD_E_SUB_TYPE, off, "type %u: supertype %u is final", i, ft->super);
    if (!wd_vtypes_sub(m, wd_ft_params(st), st->nparams, wd_ft_params(ft), ft->nparams) ||
        !wd_vtypes_sub(m, wd_ft_results(ft), ft->nresults, wd_ft_results(st), st->nresults))
      return wd_fail(err, WD_E_SUB_TYPE, off, "type %u does not match its supertype %u", i, ft->super);
  }
  return true;
}


/* The reference interpreter decodes the whole module before validating it: when a module-level rule
 * fails, a malformed body (which the decoder stored without scanning) takes precedence. */
bool wd_validate_module(wd_module *m, wd_error *err) {
  if (validate_module(m, err)) return true;
  if (m && m->records && err && wd_errcode_class(err->code) == WD_CLASS_INVALID) {
    wd_error e2;
    for (uint32_t i = 0; i < wd_module_ndefined(m); i++)
      if (!wd_scan_body(m, i, &e2)) { *err = e2; break; }
  }
  return false;
}

/* The features a valid module's sections use (its bodies' are noted as they are validated). */
static uint32_t module_features(const wd_module *m) {
  uint32_t f = (m->nmems > 1 ? WD_FEATURE_MULTI_MEMORY : 0) | (m->ntables > 1 ? WD_FEATURE_REFERENCE_TYPES : 0);
  for (uint32_t i = 0; i < m->ntypes; i++) {
    const wd_functype *ft = &m->types[i];
    f |= wd_vtypes_features(ft->types, ft->nparams + ft->nresults);
    if (ft->rec_size > 1 || ft->super != UINT32_MAX || !ft->final) f |= WD_FEATURE_GC;
  }
  for (uint32_t i = 0; i < m->ntables; i++)      /* a funcref table is 1.0's */
    if (m->tables[i].elem != WD_FUNCREF) f |= wd_vtypes_features(&m->tables[i].elem, 1);
  if (m->table_init) f |= WD_FEATURE_FUNCTION_REFERENCES;
  for (uint32_t i = 0; i < m->nglobals; i++)
    f |= wd_vtypes_features(&m->globals[i].type.type, 1);
  return f;
}

static bool validate_module(wd_module *m, wd_error *err) {
  if (!m) return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no module");
  wd_vtab_ready();

  /* C.refs: the bitset ref.func in bodies is checked against. */
  size_t nbytes = ((size_t)m->nfuncs + 7) / 8;
  uint8_t *refs = m->func_declared;
  if (!refs) {
    refs = wd_arena_alloc(&m->arena, nbytes, 1);
    if (!refs) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "declared-function set");
  }
  memset(refs, 0, nbytes);
  m->func_declared = NULL;   /* set only once the module is valid */

  if (!check_types(m, err)) return false;

  /* Imports: function type indices (limits and globals are checked with the other entities). */
  uint32_t imp_off = section_offset(m, SEC_IMPORT);
  for (uint32_t i = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_FUNC && m->imports[i].desc.type_idx >= m->ntypes)
      return wd_fail(err, WD_E_UNKNOWN_TYPE, imp_off, "import %u: type %u", i, m->imports[i].desc.type_idx);

  /* Tags: a function type without results. */
  for (uint32_t i = 0; i < m->ntags; i++) {
    uint32_t off = section_offset(m, i < m->ntag_imports ? SEC_IMPORT : SEC_TAG);
    if (m->tag_type[i] >= m->ntypes) return wd_fail(err, WD_E_UNKNOWN_TYPE, off, "tag %u: type %u", i, m->tag_type[i]);
    if (m->types[m->tag_type[i]].nresults) return wd_fail(err, WD_E_TAG_RESULT, off, "tag %u", i);
  }

  /* Functions: type indices. */
  uint32_t fn_off = section_offset(m, SEC_FUNC);
  for (uint32_t i = 0; i < m->nfuncs; i++)
    if (m->func_type[i] >= m->ntypes)
      return wd_fail(err, WD_E_UNKNOWN_TYPE, i < m->nfunc_imports ? imp_off : fn_off, "function %u: type %u",
                     i, m->func_type[i]);

  /* Tables and memories (imported ones first: they share the index space). */
  for (uint32_t i = 0; i < m->ntables; i++) {
    if (!wd_is_reftype(m->tables[i].elem))
      return wd_fail(err, WD_E_MALFORMED_REFTYPE, section_offset(m, SEC_TABLE), "table %u", i);
    if (!mod_valtype(m, m->tables[i].elem, section_offset(m, SEC_TABLE), "table", i, err)) return false;
    if (m->table_init && m->table_init[i].len) {
      if (!wd_validate_expr(m, &m->table_init[i], m->tables[i].elem, m->nglobal_imports, refs, err)) return false;
    } else if (!wd_type_defaultable(m->tables[i].elem)) {
      return wd_fail(err, WD_E_TYPE_MISMATCH, section_offset(m, SEC_TABLE), "table %u of %s without an initializer",
                     i, wd_vtype_name(m->tables[i].elem));
    }
    if (!check_limits(&m->tables[i].lim, m->tables[i].lim.is64 ? UINT64_MAX : UINT32_MAX, WD_E_TABLE_SIZE_LIMIT,
                      section_offset(m, i < m->ntable_imports ? SEC_IMPORT : SEC_TABLE), "table", i, err))
      return false;
  }
  for (uint32_t i = 0; i < m->nmems; i++) {
    /* At most 2^32 (i32) or 2^64 (i64) bytes, in pages of 2^page_log2 bytes (65536, or 1). */
    const wd_lim *l = &m->mems[i].lim;
    uint32_t off = section_offset(m, i < m->nmem_imports ? SEC_IMPORT : SEC_MEMORY);
    if (l->page_log2 != 16 && l->page_log2 != 0)
      return wd_fail(err, WD_E_PAGE_SIZE, off, "memory %u: page size 2^%u", i, l->page_log2);
    uint64_t range = l->page_log2 ? 1ull << ((l->is64 ? 64u : 32u) - l->page_log2)
                                  : l->is64 ? UINT64_MAX : UINT32_MAX;     /* 1-byte pages: 2^N - 1 */
    if (!check_limits(l, range, WD_E_MEMORY_SIZE_LIMIT, off, "memory", i, err))
      return false;
    if (l->shared && !l->has_max)
      return wd_fail(err, WD_E_SHARED_MEMORY_MAX, off, "memory %u", i);
  }
  if (m->nmems > 1 && !(m->features & WD_FEATURE_MULTI_MEMORY))
    return wd_fail(err, WD_E_MULTIPLE_MEMORIES, section_offset(m, SEC_MEMORY),
                   "%u memories need feature multi-memory (disabled)", m->nmems);
  if (m->ntables > 1 && !(m->features & WD_FEATURE_REFERENCE_TYPES))
    return wd_fail(err, WD_E_MULTIPLE_TABLES,
                   section_offset(m, m->ntables > m->ntable_imports ? SEC_TABLE : SEC_IMPORT), "%u tables need feature reference-types (disabled)", m->ntables);

  for (uint32_t i = 0; i < m->nglobal_imports; i++)
    if (!mod_valtype(m, m->globals[i].type.type, imp_off, "global", i, err)) return false;

  /* Globals: initialisers may read imported immutable globals only (2.0), or earlier ones (3.0). */
  for (uint32_t i = m->nglobal_imports; i < m->nglobals; i++) {
    const wd_global_def *g = &m->globals[i];
    if (!wd_is_valtype(g->type.type))
      return wd_fail(err, WD_E_MALFORMED_VALTYPE, g->init.offset, "global %u", i);
    if (!mod_valtype(m, g->type.type, g->init.offset, "global", i, err)) return false;
    if (!wd_validate_expr(m, &g->init, g->type.type, visible_globals(m, i), refs, err)) return false;
  }

  if (!check_elems(m, refs, err) || !check_datas(m, refs, err)) return false;

  if (m->has_start) {
    uint32_t off = section_offset(m, SEC_START);
    if (m->start >= m->nfuncs)
      return wd_fail(err, WD_E_UNKNOWN_FUNC, off, "start function %u", m->start);
    const wd_functype *ft = wd_module_functype(m, m->start);
    if (ft->nparams || ft->nresults)
      return wd_fail(err, WD_E_INVALID_START, off, "function %u must have type [] -> []", m->start);
  }

  if (!check_exports(m, refs, err)) return false;
  m->func_declared = refs;
  wd_vnote_features(m, module_features(m));
  return true;
}
