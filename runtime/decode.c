/* decode.c — the WebAssembly binary decoder: sections, index spaces and the module.
 *
 * wd_decode turns module bytes into a wd_module: every section of the 2.0 format (plus the tail-call,
 * extended-const, multi-memory, SIMD, wide-arithmetic, threads and exception-handling encodings: the tag
 * section, exnref; function-references' typed reference types and table initializers; gc's rec groups and
 * subtypes of function types) is decoded into tables in the module arena; function bodies are stored raw through the
 * layout and scanned only on demand (wd_scan_body, in decode_instr.c with the byte and instruction readers).
 * Everything read from the input is bounds-checked and every declared count is checked against the bytes
 * left before anything is allocated for it. Error messages use the spec's wording (the reference
 * interpreter's, which the testsuite's assert_malformed texts are prefixes of) and carry the module offset.
 *
 * May touch: the module it builds (and its arena), the layout vtable, wd_fail. Nothing global is written.
 */
#include <string.h>
#include "module.h"
#include "decode_instr.h"

/* ---------------------------------------------------------------- the module decoder */

typedef struct dec {
  wd_module *m;
  const uint8_t *bytes, *end;      /* the whole input */
  wd_error *err;
  uint32_t features;
  bool borrow;
  /* the section being decoded: its payload, its declared end (may lie past the input: sec_end is then
   * clamped to `end` while sec_end_off keeps the declared value) */
  const uint8_t *payload, *sec_end;
  uint64_t sec_end_off;
  /* cross-section facts */
  bool have_func_section, have_code_section;
  uint32_t nfunc_decl, ncode;
  uint32_t sec_cap;
} dec;

static inline uint32_t off_of(const dec *d, const uint8_t *p) { return (uint32_t)(p - d->bytes); }

static bool fail_arena(dec *d, size_t size, uint32_t at) {
  if (wd_arena_over_limit(&d->m->arena, size))
    return wd_fail(d->err, WD_E_LIMIT_ARENA, at, "%zu more bytes", size);
  return wd_fail(d->err, WD_E_OUT_OF_MEMORY, at, "module arena (%zu bytes)", size);
}

static void *aalloc(dec *d, size_t size, size_t align, uint32_t at) {
  void *p = wd_arena_alloc(&d->m->arena, size, align);
  if (!p) fail_arena(d, size, at);
  return p;
}

static void *aarray(dec *d, size_t n, size_t elem, size_t align, uint32_t at) {
  size_t total;
  if (!wd_mul_ok(n, elem, &total)) {
    wd_fail(d->err, WD_E_LIMIT_ARENA, at, "array of %zu entries", n);
    return NULL;
  }
  void *p = aalloc(d, total, align, at);
  if (p && total) memset(p, 0, total);
  return p;
}

#define AARRAY(d, n, type, at) ((type *)aarray((d), (n), sizeof(type), _Alignof(type), (at)))

/* Bytes that stay referenced by the module: the input itself when borrowing, else an arena copy. */
static const uint8_t *keep(dec *d, const uint8_t *p, size_t n) {
  static const uint8_t nothing[1];
  if (n == 0) return nothing;
  if (d->borrow) return p;
  const uint8_t *c = wd_arena_dup(&d->m->arena, p, n, 1);
  if (!c) fail_arena(d, n, off_of(d, p));
  return c;
}

/* Reading ran past the declared end of the section. */
static bool fail_past_section(dec *d, const wd_reader *r) {
  if (d->sec_end == d->end)
    return wd_fail(d->err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), NULL);
  return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, d->payload), "entries run past the section's end");
}

/* A length-prefixed count: more than the input holds is "length out of bounds" (as the reference
 * interpreter checks). */
static bool read_count(dec *d, wd_reader *r, uint32_t *out) {
  const uint8_t *start = r->p;
  if (!wd_read_u32_fast(r, out, d->err)) return false;
  if (*out > (size_t)(d->end - start))
    return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, start), "%u entries", *out);
  return true;
}

/* How many entries of a declared count to allocate. Each entry takes at least min_bytes of the section,
 * so a count beyond what the section can hold is malformed for certain: then only one slot more than
 * fits is allocated, and the entries past it are decoded into that last slot until reading fails where
 * it would anyway (and with the message the reference interpreter gives). Allocation thus stays
 * proportional to the bytes really present. After the loop, check_fit rejects a count that did not fit
 * but whose entries happened to decode (they ran into the following bytes). */
static uint32_t fit(const dec *d, const wd_reader *r, uint32_t count, uint32_t min_bytes) {
  size_t avail = d->sec_end > r->p ? (size_t)(d->sec_end - r->p) : 0;
  size_t cap = avail / min_bytes;
  return count <= cap ? count : (uint32_t)cap + 1;
}
static inline uint32_t slot(uint32_t i, uint32_t cap) { return i < cap ? i : cap - 1; }
static inline bool check_fit(dec *d, const wd_reader *r, uint32_t count, uint32_t cap) {
  return count <= cap || fail_past_section(d, r);
}

/* A length-prefixed byte string (names, data). */
static bool read_vec_bytes(dec *d, wd_reader *r, const uint8_t **bytes, uint32_t *len) {
  const uint8_t *start = r->p;
  if (!wd_read_u32_fast(r, len, d->err)) return false;
  if (*len > (size_t)(d->end - start))
    return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, start), "%u bytes", *len);
  return wd_read_bytes_fast(r, *len, bytes, d->err);
}

static bool utf8_valid(const uint8_t *s, uint32_t n) {
  uint32_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) { i++; continue; }
    uint32_t need, cp, min;
    if ((c & 0xE0) == 0xC0) { need = 1; cp = c & 0x1Fu; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { need = 2; cp = c & 0x0Fu; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { need = 3; cp = c & 0x07u; min = 0x10000; }
    else return false;
    if (n - i - 1 < need) return false;
    for (uint32_t k = 1; k <= need; k++) {
      uint8_t b = s[i + k];
      if ((b & 0xC0) != 0x80) return false;
      cp = cp << 6 | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += need + 1;
  }
  return true;
}

static bool read_name(dec *d, wd_reader *r, wd_name *out) {
  const uint8_t *start = r->p, *bytes;
  uint32_t len;
  if (!read_vec_bytes(d, r, &bytes, &len)) return false;
  if (!utf8_valid(bytes, len)) return wd_fail(d->err, WD_E_UTF8, off_of(d, start), NULL);
  const uint8_t *k = keep(d, bytes, len);
  if (!k) return false;
  out->ptr = (const char *)k;
  out->len = len;
  return true;
}

static bool read_byte(dec *d, wd_reader *r, uint8_t *out) { return wd_read_u8(r, out, d->err); }

/* exnref is a type only with the exceptions feature. */
static bool exn_gate(dec *d, const wd_reader *r, bool ref, uint8_t t) {
  if (wd_type_kind(t) != WD_EXNREF || (d->features & WD_FEATURE_EXCEPTIONS)) return true;
  return wd_fail(d->err, ref ? WD_E_MALFORMED_REFTYPE : WD_E_MALFORMED_VALTYPE, wd_reader_offset(r) - 1,
                 "exnref needs the exceptions feature");
}

static bool read_valtype(dec *d, wd_reader *r, uint8_t *out) {
  return wd_decode_read_typebyte(r, d->features, false, out, d->err) && exn_gate(d, r, false, *out);
}

static bool read_reftype(dec *d, wd_reader *r, uint8_t *out) {
  return wd_decode_read_typebyte(r, d->features, true, out, d->err) && exn_gate(d, r, true, *out);
}

/* A tag type: attribute 0x00 (exception), then a function type index (checked by the validator). */
static bool read_tagtype(dec *d, wd_reader *r, uint32_t *type_idx) {
  uint32_t at = wd_reader_offset(r);
  uint8_t attr;
  if (!wd_read_u8(r, &attr, d->err)) return false;
  if (attr != 0) return wd_fail(d->err, WD_E_MALFORMED_SECTION, at, "tag attribute 0x%02x", attr);
  return wd_read_u32_fast(r, type_idx, d->err);
}

/* Limits: a flag byte, min, and max when the flag says so. Flag bits: 0x01 a max follows; 0x02 shared
 * (memories, threads); 0x04 i64 addresses (memory64/table64); 0x08 a u32 log2 page size follows (custom
 * page sizes, memories only). With memory64 on, min and max are u64 for every memory and table (the Wasm
 * 3.0 encoding; the validator checks their range), otherwise u32 as in Wasm 2.0. */
static bool read_limits(dec *d, wd_reader *r, wd_lim *out, bool memory) {
  if (r->p >= r->end) return wd_decode_fail_eof(r, d->err);
  uint32_t features = d->features;
  uint8_t f = *r->p;
  uint8_t allowed = 0x01 | ((features & WD_FEATURE_MEMORY64) ? 0x04 : 0) |
                    ((memory && (features & WD_FEATURE_CUSTOM_PAGE_SIZES)) ? 0x08 : 0) |
                    ((memory && (features & WD_FEATURE_THREADS)) ? 0x02 : 0);
  if ((f & 0x7f) & ~allowed)
    return wd_fail(d->err, WD_E_MALFORMED_LIMITS, wd_reader_offset(r), "limits flag 0x%02x%s", f,
                   (f & 0x04) && !(features & WD_FEATURE_MEMORY64) ? " (i64 addresses need the memory64 feature)"
                   : (f & 0x08) && memory && !(features & WD_FEATURE_CUSTOM_PAGE_SIZES)
                       ? " (a page size needs the custom-page-sizes feature)"
                   : (f & 0x02) && memory && !(features & WD_FEATURE_THREADS)
                       ? " (a shared memory needs the threads feature)" : "");
  r->p++;
  if (f & 0x80)
    return wd_fail(d->err, WD_E_INT_TOO_LONG, wd_reader_offset(r), "limits flag");
  uint64_t min, max = 0;
  if (features & WD_FEATURE_MEMORY64) {
    if (!wd_read_u64(r, &min, d->err)) return false;
    if ((f & 1) && !wd_read_u64(r, &max, d->err)) return false;
  } else {
    uint32_t min32, max32 = 0;
    if (!wd_read_u32_fast(r, &min32, d->err)) return false;
    if ((f & 1) && !wd_read_u32_fast(r, &max32, d->err)) return false;
    min = min32;
    max = max32;
  }
  out->min = min;
  out->max = max;
  out->has_max = f & 1;
  out->is64 = (f & 0x04) != 0;
  out->page_log2 = 16;
  if (f & 0x08) {
    uint32_t at = wd_reader_offset(r), log2;
    if (!wd_read_u32_fast(r, &log2, d->err)) return false;
    if (log2 > 64) return wd_fail(d->err, WD_E_MALFORMED_PAGE_SIZE, at, "page size 2^%u", log2);
    out->page_log2 = (uint8_t)log2;    /* the validator accepts 0 and 16 */
  }
  out->shared = (f & 2) != 0;
  return true;
}

static bool read_tabletype(dec *d, wd_reader *r, wd_tabletype *out) {
  return read_reftype(d, r, &out->elem) && read_limits(d, r, &out->lim, false);
}

static bool read_globaltype(dec *d, wd_reader *r, wd_globaltype *out) {
  if (!read_valtype(d, r, &out->type)) return false;
  if (r->p >= r->end) return wd_decode_fail_eof(r, d->err);
  uint8_t mut = *r->p;
  if (mut > 1) return wd_fail(d->err, WD_E_MALFORMED_MUTABILITY, wd_reader_offset(r), "0x%02x", mut);
  r->p++;
  out->mut = mut;
  return true;
}

/* A constant expression: instructions up to its `end` (syntax only). With copy false the bytes keep
 * pointing into the input (the caller copies a run of expressions at once). */
static bool read_constexpr(dec *d, wd_reader *r, wd_constexpr *out, bool copy) {
  const uint8_t *start = r->p;
  if (!wd_decode_walk_expr(r, d->features, NULL, d->m->al, d->err)) return false;
  size_t len = (size_t)(r->p - start);
  out->bytes = copy ? keep(d, start, len) : start;
  if (!out->bytes) return false;
  out->len = (uint32_t)len;
  out->offset = off_of(d, start);
  return true;
}

/* ---- index spaces: imported entities first, then the defined ones of a section ---- */

static bool index_space_total(dec *d, uint32_t nimp, uint32_t ndef, uint32_t at, uint32_t *total) {
  if ((uint64_t)nimp + ndef > UINT32_MAX)
    return wd_fail(d->err, WD_E_TOO_MANY, at, "%u imported + %u defined", nimp, ndef);
  *total = nimp + ndef;
  return true;
}

static bool build_funcs(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->nfunc_imports, ndef, at, &m->nfuncs)) return false;
  if (!(m->func_type = AARRAY(d, m->nfuncs, uint32_t, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_FUNC) m->func_type[k++] = m->imports[i].desc.type_idx;
  return true;
}

static bool build_tables(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->ntable_imports, ndef, at, &m->ntables)) return false;
  if (!(m->tables = AARRAY(d, m->ntables, wd_tabletype, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_TABLE) m->tables[k++] = m->imports[i].desc.table;
  return true;
}

static bool build_mems(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->nmem_imports, ndef, at, &m->nmems)) return false;
  if (!(m->mems = AARRAY(d, m->nmems, wd_memtype, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_MEMORY) m->mems[k++] = m->imports[i].desc.mem;
  return true;
}

static bool build_globals(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->nglobal_imports, ndef, at, &m->nglobals)) return false;
  if (!(m->globals = AARRAY(d, m->nglobals, wd_global_def, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_GLOBAL) {
      m->globals[k].type = m->imports[i].desc.global;
      m->globals[k].init.offset = WD_NO_OFFSET;
      k++;
    }
  return true;
}

/* ---- sections ---- */

/* One function type (after its 0x60 form byte). */
static bool read_functype(dec *d, wd_reader *r, uint32_t fat, wd_functype *ft) {
  uint32_t np, nr;
  if (!read_count(d, r, &np)) return false;
  if (np > WD_MAX_FUNC_PARAMS)
    return wd_fail(d->err, WD_E_TOO_MANY, fat, "%u parameters (at most %u)", np, (unsigned)WD_MAX_FUNC_PARAMS);
  uint8_t buf[2 * WD_MAX_FUNC_PARAMS];
  bool typed = false;
  for (uint32_t k = 0; k < np; k++) {
    if (!read_valtype(d, r, &buf[k])) return false;
    typed |= wd_rt_is_concrete(buf[k]);
  }
  if (!read_count(d, r, &nr)) return false;
  if (nr > WD_MAX_FUNC_PARAMS)
    return wd_fail(d->err, WD_E_TOO_MANY, fat, "%u results (at most %u)", nr, (unsigned)WD_MAX_FUNC_PARAMS);
  for (uint32_t k = 0; k < nr; k++) {
    if (!read_valtype(d, r, &buf[np + k])) return false;
    typed |= wd_rt_is_concrete(buf[np + k]);
  }
  uint8_t *types = aalloc(d, (size_t)np + nr, 1, fat);
  if (!types) return false;
  if (np + nr) memcpy(types, buf, (size_t)np + nr);
  ft->nparams = np;
  ft->nresults = nr;
  ft->types = types;
  ft->canon = NULL;
  ft->typed_refs = typed;
  return true;
}

/* A subtype (gc): 0x50 vec(supertype) functype, 0x4F (final) likewise, or a plain 0x60 functype. Struct
 * and array types are not supported. */
static bool read_subtype(dec *d, wd_reader *r, wd_functype *ft) {
  uint32_t fat = wd_reader_offset(r);
  uint8_t form = 0;
  if (!read_byte(d, r, &form)) return false;
  ft->super = UINT32_MAX;
  ft->final = true;
  if (form == 0x50 || form == 0x4F) {
    if (!(d->features & WD_FEATURE_GC))
      return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "sub type 0x%02x needs feature gc (disabled)", form);
    uint32_t n;
    if (!wd_read_u32_fast(r, &n, d->err)) return false;
    if (n > 1) return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "%u supertypes (at most 1)", n);
    if (n == 1 && !wd_read_u32_fast(r, &ft->super, d->err)) return false;
    ft->final = form == 0x4F;
    fat = wd_reader_offset(r);
    if (!read_byte(d, r, &form)) return false;
  }
  if (form & 0x80) return wd_fail(d->err, WD_E_INT_TOO_LONG, fat + 1, "function type form");
  if (form == 0x5F || form == 0x5E)
    return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "%s types (gc) are not supported",
                   form == 0x5F ? "struct" : "array");
  if (form != 0x60) return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "form 0x%02x", form);
  return read_functype(d, r, fat, ft);
}

/* The type section: vec(rectype), a rectype being 0x4E vec(subtype) (gc) or one subtype. Each subtype
 * is one type index; each takes at least 3 bytes, which bounds the array. */
static bool sec_type(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = (d->features & WD_FEATURE_GC) ? fit(d, r, UINT32_MAX, 3) : fit(d, r, *count, 3);
  if (!(m->types = AARRAY(d, cap, wd_functype, at))) return false;
  uint32_t ntypes = 0;
  for (uint32_t i = 0; i < *count; i++) {
    uint32_t gat = wd_reader_offset(r), n = 1;
    bool rec = r->p < r->end && *r->p == 0x4E;
    if (rec) {
      if (!(d->features & WD_FEATURE_GC))
        return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, gat, "rec group needs feature gc (disabled)");
      r->p++;
      if (!wd_read_u32_fast(r, &n, d->err)) return false;
      if (n > cap - ntypes) return fail_past_section(d, r);
    }
    uint32_t start = ntypes;
    for (uint32_t k = 0; k < n; k++) {
      wd_functype *ft = &m->types[slot(ntypes, cap)];
      if (!read_subtype(d, r, ft)) return false;
      ft->rec_start = start;
      ft->rec_size = n;
      if (ntypes < cap) ntypes++;
    }
  }
  if (!(d->features & WD_FEATURE_GC) && !check_fit(d, r, *count, cap)) return false;
  m->ntypes = ntypes;
  return true;
}

static bool sec_import(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 4);
  if (!(m->imports = AARRAY(d, cap, wd_import, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_import *im = &m->imports[slot(i, cap)];
    if (!read_name(d, r, &im->module) || !read_name(d, r, &im->name)) return false;
    uint32_t kat = wd_reader_offset(r);
    uint8_t kind = 0;
    if (!read_byte(d, r, &kind)) return false;
    im->kind = kind;
    switch (kind) {
    case WD_EXTERN_FUNC:
      if (!wd_read_u32_fast(r, &im->desc.type_idx, d->err)) return false;
      m->nfunc_imports++;
      break;
    case WD_EXTERN_TABLE:
      if (!read_tabletype(d, r, &im->desc.table)) return false;
      m->ntable_imports++;
      break;
    case WD_EXTERN_MEMORY:
      if (!read_limits(d, r, &im->desc.mem.lim, true)) return false;
      m->nmem_imports++;
      break;
    case WD_EXTERN_GLOBAL:
      if (!read_globaltype(d, r, &im->desc.global)) return false;
      m->nglobal_imports++;
      break;
    case WD_EXTERN_TAG:
      if (!(d->features & WD_FEATURE_EXCEPTIONS))
        return wd_fail(d->err, WD_E_MALFORMED_IMPORT_KIND, kat, "0x%02x (tags need the exceptions feature)", kind);
      if (!read_tagtype(d, r, &im->desc.type_idx)) return false;
      m->ntag_imports++;
      break;
    default:
      return wd_fail(d->err, WD_E_MALFORMED_IMPORT_KIND, kat, "0x%02x", kind);
    }
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->nimports = *count;
  return true;
}

static bool sec_function(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 1);
  if (!build_funcs(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!wd_read_u32_fast(r, &m->func_type[m->nfunc_imports + slot(i, cap)], d->err)) return false;
  if (!check_fit(d, r, *count, cap)) return false;
  d->have_func_section = true;
  d->nfunc_decl = *count;
  return true;
}

static bool sec_table(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!build_tables(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++) {
    uint32_t x = m->ntable_imports + slot(i, cap), tat = wd_reader_offset(r);
    if (r->p < r->end && *r->p == 0x40 && (d->features & WD_FEATURE_FUNCTION_REFERENCES)) {
      /* function-references: 0x40 0x00, the table type, then an initializer expression */
      uint8_t zero;
      r->p++;
      if (!read_byte(d, r, &zero)) return false;
      if (zero != 0) return wd_fail(d->err, WD_E_MALFORMED_SECTION, tat, "table 0x40 0x%02x", zero);
      if (!m->table_init && !(m->table_init = AARRAY(d, m->ntables, wd_constexpr, tat))) return false;
      if (!read_tabletype(d, r, &m->tables[x]) || !read_constexpr(d, r, &m->table_init[x], true)) return false;
      continue;
    }
    if (!read_tabletype(d, r, &m->tables[x])) return false;
  }
  return check_fit(d, r, *count, cap);
}

static bool sec_memory(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 2);
  if (!build_mems(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!read_limits(d, r, &m->mems[m->nmem_imports + slot(i, cap)].lim, true)) return false;
  return check_fit(d, r, *count, cap);
}

/* Tags: the imported ones' types first, then the section's (exceptions). */
static bool build_tags(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  uint32_t total;
  if (!index_space_total(d, m->ntag_imports, ndef, at, &total)) return false;
  if (!(m->tag_type = AARRAY(d, total ? total : 1, uint32_t, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_TAG) m->tag_type[k++] = m->imports[i].desc.type_idx;
  m->ntags = total;
  return true;
}

static bool sec_tag(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 2);
  if (!build_tags(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!read_tagtype(d, r, &m->tag_type[m->ntag_imports + slot(i, cap)])) return false;
  if (!check_fit(d, r, *count, cap)) return false;
  m->ntags = m->ntag_imports + *count;
  return true;
}

static bool sec_global(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!build_globals(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_global_def *g = &m->globals[m->nglobal_imports + slot(i, cap)];
    if (!read_globaltype(d, r, &g->type) || !read_constexpr(d, r, &g->init, true)) return false;
  }
  return check_fit(d, r, *count, cap);
}

static bool sec_export(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!(m->exports = AARRAY(d, cap, wd_export, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_export *ex = &m->exports[slot(i, cap)];
    if (!read_name(d, r, &ex->name)) return false;
    uint32_t kat = wd_reader_offset(r);
    uint8_t kind = 0;
    if (!read_byte(d, r, &kind)) return false;
    if (kind > WD_EXTERN_TAG || (kind == WD_EXTERN_TAG && !(d->features & WD_FEATURE_EXCEPTIONS)))
      return wd_fail(d->err, WD_E_MALFORMED_EXPORT_KIND, kat, "0x%02x", kind);
    ex->kind = kind;
    if (!wd_read_u32_fast(r, &ex->index, d->err)) return false;
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->nexports = *count;
  return true;
}

static bool sec_start(dec *d, wd_reader *r) {
  if (!wd_read_u32_fast(r, &d->m->start, d->err)) return false;
  d->m->has_start = true;
  return true;
}

/* The type of an element segment of function indices: (ref func) with function-references, else
 * funcref (2.0). */
static uint8_t func_indices_type(const dec *d) {
  return (d->features & WD_FEATURE_FUNCTION_REFERENCES) ? WD_RT_FUNC : WD_FUNCREF;
}

static bool sec_elem(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!(m->elems = AARRAY(d, cap, wd_elem, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_elem *e = &m->elems[slot(i, cap)];
    memset(e, 0, sizeof *e);
    uint32_t fat = wd_reader_offset(r), flags;
    e->binary_offset = fat;
    if (!wd_read_u32_fast(r, &flags, d->err)) return false;
    if (flags > 7) return wd_fail(d->err, WD_E_MALFORMED_SEGMENT, fat, "element segment flags %u", flags);
    bool exprs = flags & 4;
    if (flags & 1) {
      e->mode = (flags & 2) ? WD_SEG_DECLARATIVE : WD_SEG_PASSIVE;
      e->offset.offset = WD_NO_OFFSET;
    } else {
      e->mode = WD_SEG_ACTIVE;
      if ((flags & 2) && !wd_read_u32_fast(r, &e->table, d->err)) return false;
      if (!read_constexpr(d, r, &e->offset, true)) return false;
    }
    if (flags & 3) {
      if (exprs) {
        if (!read_reftype(d, r, &e->elemtype)) return false;
      } else {
        uint32_t kat = wd_reader_offset(r);
        uint8_t kind = 0;
        if (!read_byte(d, r, &kind)) return false;
        if (kind != 0x00) return wd_fail(d->err, WD_E_MALFORMED_ELEM_KIND, kat, "0x%02x", kind);
        e->elemtype = func_indices_type(d);
      }
    } else {
      e->elemtype = exprs ? WD_FUNCREF : func_indices_type(d);
    }
    uint32_t n, nat = wd_reader_offset(r);
    if (!read_count(d, r, &n)) return false;
    uint32_t ncap = fit(d, r, n, 1);
    if (exprs) {
      wd_constexpr *x = AARRAY(d, ncap, wd_constexpr, nat);
      if (!x) return false;
      const uint8_t *run = r->p;
      for (uint32_t k = 0; k < n; k++)
        if (!read_constexpr(d, r, &x[slot(k, ncap)], false)) return false;
      if (!check_fit(d, r, n, ncap)) return false;
      /* One copy for the whole run of expressions, then rebase. */
      const uint8_t *copy = keep(d, run, (size_t)(r->p - run));
      if (!copy) return false;
      for (uint32_t k = 0; k < n; k++) x[k].bytes = copy + (x[k].bytes - run);
      e->exprs = x;
    } else {
      uint32_t *f = AARRAY(d, ncap, uint32_t, nat);
      if (!f) return false;
      for (uint32_t k = 0; k < n; k++)
        if (!wd_read_u32_fast(r, &f[slot(k, ncap)], d->err)) return false;
      if (!check_fit(d, r, n, ncap)) return false;
      e->funcs = f;
    }
    e->count = n;
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->nelems = *count;
  return true;
}

static bool sec_datacount(dec *d, wd_reader *r) {
  if (!wd_read_u32_fast(r, &d->m->datacount, d->err)) return false;
  d->m->has_datacount = true;
  return true;
}

/* A body that does not end with an `end` byte is malformed whatever it holds. The reference
 * interpreter reads on past the body then; the message follows what it meets there. */
static bool fail_body_end(dec *d, const uint8_t *body, const uint8_t *body_end, uint32_t idx) {
  if (body_end >= d->end)
    return wd_fail(d->err, WD_E_UNEXPECTED_END_SECTION, off_of(d, body_end), "function %u has no end", idx);
  if (*body_end == 0x0B)
    return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, body), "function %u", idx);
  return wd_fail(d->err, WD_E_END_EXPECTED, off_of(d, body_end), "function %u", idx);
}

static bool sec_code(dec *d, wd_reader *r, uint32_t *count, uint32_t size) {
  wd_module *m = d->m;
  const wd_layout *L = m->layout;
  const uint8_t *count_at = r->p;
  if (!read_count(d, r, count)) return false;
  d->have_code_section = true;
  d->ncode = *count;
  m->code_offset = off_of(d, d->payload);
  bool minimal = true;   /* every body size minimally encoded: offsets derivable between marks */
  /* Bodies are stored only when they match the function section (a mismatch is reported once the
   * whole module has been read, after anything the reference interpreter would report first) and
   * when the section can hold them (else reading fails below). */
  bool store = *count == d->nfunc_decl && *count > 0 && fit(d, r, *count, 2) == *count;
  size_t used_before = m->arena.used;
  uint32_t *marks = NULL;
  /* Records refer to bodies where they are: in the caller's bytes when borrowing, else in one copy of
   * the rest of the section made here (one memcpy, never body by body): body bytes at src + k are
   * referred to at held + k. */
  const uint8_t *src = r->p, *held = r->p;
  if (store) {
    /* One reservation for exactly what the section stores: records, body marks, the copy, and what the
     * layout needs in the arena for some bodies (a first pass over the body sizes asks it; it reads no
     * body). */
    size_t nmarks = (*count + BODY_MARK_STRIDE - 1) / BODY_MARK_STRIDE;
    size_t rest = (size_t)(d->sec_end - r->p), copy_bytes = d->borrow ? 0 : rest;
    size_t rec_bytes, reserve, extra = 0;
    wd_reader pre = *r;
    for (uint32_t i = 0; i < *count; i++) {
      uint32_t bsize;
      if (!wd_read_u32_fast(&pre, &bsize, NULL) || bsize > (size_t)(pre.end - pre.p)) break;
      pre.p += bsize;
      size_t x = L->body_arena_bytes(bsize);
      if (x && !wd_add_ok(extra, x, &extra)) { extra = size; break; }
    }
    if (!wd_mul_ok(*count, L->record_size, &rec_bytes) || !wd_add_ok(rec_bytes, extra, &reserve) ||
        !wd_add_ok(reserve, copy_bytes, &reserve) ||
        !wd_add_ok(reserve, L->record_align + nmarks * (sizeof(uint32_t) + sizeof(uint32_t *)) + 16, &reserve))
      return wd_fail(d->err, WD_E_LIMIT_ARENA, off_of(d, count_at), "%u function records", *count);
    if (!wd_arena_reserve(&m->arena, reserve)) return fail_arena(d, reserve, off_of(d, count_at));
    m->records = aalloc(d, rec_bytes, L->record_align, off_of(d, count_at));
    if (!m->records) return false;
    memset(m->records, 0, rec_bytes);
    if (!(marks = AARRAY(d, nmarks, uint32_t, off_of(d, count_at)))) return false;
    if (!(m->body_stretch = AARRAY(d, nmarks, uint32_t *, off_of(d, count_at)))) return false;
    if (copy_bytes) {
      uint8_t *copy = aalloc(d, copy_bytes, 1, off_of(d, r->p));
      if (!copy) return false;
      memcpy(copy, r->p, copy_bytes);
      held = copy;
    }
  }
  for (uint32_t i = 0; i < *count; i++) {
    const uint8_t *size_at = r->p;
    uint32_t bsize;
    if (!wd_read_u32_fast(r, &bsize, d->err)) return false;
    if (bsize > (size_t)(d->end - size_at))
      return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, size_at), "function %u of %u bytes", i, bsize);
    if ((size_t)(r->p - size_at) != leb_len(bsize)) minimal = false;
    const uint8_t *body = NULL;
    if (!wd_read_bytes_fast(r, bsize, &body, d->err)) return false;
    if (r->p > d->sec_end)
      return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, d->payload), "function %u runs past the section", i);
    if (bsize == 0 || body[bsize - 1] != 0x0B) return fail_body_end(d, body, r->p, i);
    if (!store) continue;
    if (!L->set_body(wd_module_record(m, i), &m->arena, held + (body - src), bsize))
      return fail_arena(d, sizeof(void *) * 2, off_of(d, body));
    if (i % BODY_MARK_STRIDE == 0) marks[i / BODY_MARK_STRIDE] = off_of(d, body);
  }
  m->body_marks = marks;
  m->body_offsets_derivable = minimal;
  m->code_section_arena = m->arena.used - used_before;
  return true;
}

static bool sec_data(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 2);
  if (!(m->datas = AARRAY(d, cap, wd_data, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_data *s = &m->datas[slot(i, cap)];
    memset(s, 0, sizeof *s);
    uint32_t fat = wd_reader_offset(r), flags;
    s->binary_offset = fat;
    if (!wd_read_u32_fast(r, &flags, d->err)) return false;
    switch (flags) {
    case 0:
      s->mode = WD_SEG_ACTIVE;
      if (!read_constexpr(d, r, &s->offset, true)) return false;
      break;
    case 1:
      s->mode = WD_SEG_PASSIVE;
      s->offset.offset = WD_NO_OFFSET;
      break;
    case 2:
      s->mode = WD_SEG_ACTIVE;
      if (!wd_read_u32_fast(r, &s->mem, d->err) || !read_constexpr(d, r, &s->offset, true)) return false;
      break;
    default:
      return wd_fail(d->err, WD_E_MALFORMED_SEGMENT, fat, "data segment flags %u", flags);
    }
    const uint8_t *bytes;
    if (!read_vec_bytes(d, r, &bytes, &s->len)) return false;
    if (!(s->bytes = keep(d, bytes, s->len))) return false;
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->ndatas = *count;
  return true;
}

static bool sec_custom(dec *d, wd_reader *r, wd_section_info *info) {
  wd_module *m = d->m;
  const uint8_t *name_at = r->p, *name;
  uint32_t len;
  if (!read_vec_bytes(d, r, &name, &len)) return false;
  if (!utf8_valid(name, len)) return wd_fail(d->err, WD_E_UTF8, off_of(d, name_at), "custom section name");
  if (off_of(d, r->p) > d->sec_end_off || d->sec_end_off > off_of(d, d->end))
    return wd_fail(d->err, WD_E_UNEXPECTED_END_SECTION, off_of(d, r->p), "custom section name past its end");
  char *cname = aalloc(d, (size_t)len + 1, 1, off_of(d, name_at));
  if (!cname) return false;
  if (len) memcpy(cname, name, len);
  cname[len] = '\0';
  info->name = cname;
  if (len == 4 && !memcmp(name, "name", 4) && !m->name_section.ptr) {
    uint32_t n = (uint32_t)(d->sec_end - r->p);
    const uint8_t *k = n ? keep(d, r->p, n) : r->p;
    if (!k) return false;
    m->name_section.ptr = k;
    m->name_section.len = n;
  }
  m->ncustom++;
  r->p = d->sec_end;
  return true;
}

/* Walks the section headers only, to size the section table. */
static uint32_t count_sections(const uint8_t *p, const uint8_t *end) {
  uint32_t n = 0;
  while (p < end && n < UINT32_MAX - 1) {
    p++;
    uint64_t size = 0;
    unsigned shift = 0;
    for (;;) {
      if (p >= end || shift > 28) return n + 1;
      uint8_t b = *p++;
      size |= (uint64_t)(b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) break;
    }
    n++;
    if (size > (uint64_t)(end - p)) break;
    p += size;
  }
  return n + 1;
}

static const char *const section_names[14] = {
  "custom", "type", "import", "function", "table", "memory", "global", "export", "start", "elem", "code",
  "data", "datacount", "tag"
};
/* Order of the non-custom sections (data count sits between element and code, tag between memory and
 * global). */
static const uint8_t section_rank[14] = { 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6 };

static bool decode_sections(dec *d) {
  wd_module *m = d->m;
  wd_reader rd, *r = &rd;
  wd_reader_init(r, d->bytes, (uint32_t)(d->end - d->bytes), 0);   /* offsets from the first byte */
  r->p += 8;                                                         /* past magic and version */
  uint8_t last_rank = 0;
  while (r->p < d->end) {
    const uint8_t *id_at = r->p;
    uint8_t id = *r->p++;
    if (id > 13 || (id == 13 && !(d->features & WD_FEATURE_EXCEPTIONS)))
      return wd_fail(d->err, WD_E_SECTION_ID, off_of(d, id_at), "0x%02x", id);
    if (id != 0) {
      if (section_rank[id] <= last_rank)
        return wd_fail(d->err, WD_E_SECTION_ORDER, off_of(d, id_at), "%s section", section_names[id]);
      last_rank = section_rank[id];
    }
    const uint8_t *size_at = r->p;
    uint32_t size;
    if (!wd_read_u32_fast(r, &size, d->err)) return false;
    if (size > (size_t)(d->end - size_at))
      return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, size_at), "section of %u bytes", size);
    d->payload = r->p;
    d->sec_end_off = (uint64_t)off_of(d, r->p) + size;
    d->sec_end = size <= (size_t)(d->end - r->p) ? r->p + size : d->end;

    if (m->nsections >= d->sec_cap)
      return wd_fail(d->err, WD_E_MALFORMED_SECTION, off_of(d, id_at), "section table overflow");
    wd_section_info *info = &m->sections[m->nsections++];
    info->id = id;
    info->name = section_names[id];
    info->offset = off_of(d, d->payload);
    info->size = size;
    info->count = 0;

    bool ok;
    uint32_t count = 0;
    switch (id) {
    case 0:  ok = sec_custom(d, r, info); break;
    case 1:  ok = sec_type(d, r, &count); break;
    case 2:  ok = sec_import(d, r, &count); break;
    case 3:  ok = sec_function(d, r, &count); break;
    case 4:  ok = sec_table(d, r, &count); break;
    case 5:  ok = sec_memory(d, r, &count); break;
    case 6:  ok = sec_global(d, r, &count); break;
    case 7:  ok = sec_export(d, r, &count); break;
    case 8:  ok = sec_start(d, r); break;
    case 9:  ok = sec_elem(d, r, &count); break;
    case 10: ok = sec_code(d, r, &count, size); break;
    case 11: ok = sec_data(d, r, &count); break;
    case 13: ok = sec_tag(d, r, &count); break;
    default: ok = sec_datacount(d, r); break;
    }
    if (!ok) return false;
    info->count = count;
    if ((uint64_t)off_of(d, r->p) != d->sec_end_off)
      return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, d->payload), "%s section declares %u bytes, uses %u",
                     info->name, size, (unsigned)(r->p - d->payload));
  }

  uint32_t at_end = off_of(d, d->end);
  if (!m->func_type && !build_funcs(d, 0, at_end)) return false;
  if (!m->tables && !build_tables(d, 0, at_end)) return false;
  if (!m->mems && !build_mems(d, 0, at_end)) return false;
  if (!m->globals && !build_globals(d, 0, at_end)) return false;
  if (!m->tag_type && !build_tags(d, 0, at_end)) return false;
  if (d->nfunc_decl != d->ncode)
    return wd_fail(d->err, WD_E_FUNC_CODE_MISMATCH, at_end, "%u functions, %u bodies", d->nfunc_decl, d->ncode);
  if (m->has_datacount && m->datacount != m->ndatas)
    return wd_fail(d->err, WD_E_DATA_COUNT_MISMATCH, at_end, "data count %u, %u segments", m->datacount,
                   m->ndatas);
  return true;
}

wd_module *wd_decode(const uint8_t *bytes, size_t len, const wd_decode_opts *opts, wd_error *err) {
  static const uint8_t empty[1];
  static const wd_decode_opts no_opts;
  wd_error_clear(err);
  if (!opts) opts = &no_opts;
  if (!bytes) {
    if (len) {
      wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "NULL bytes");
      return NULL;
    }
    bytes = empty;
  }
  if (len >= UINT32_MAX) {
    wd_fail(err, WD_E_LENGTH_OUT_OF_BOUNDS, WD_NO_OFFSET, "module of %zu bytes (at most 4 GiB)", len);
    return NULL;
  }
  const wd_layout *layout = opts->layout ? opts->layout : wd_layout_find(WD_DEFAULT_LAYOUT);
  if (!layout) {
    wd_fail(err, WD_E_UNKNOWN_LAYOUT, WD_NO_OFFSET, "%s", WD_DEFAULT_LAYOUT);
    return NULL;
  }
  const wd_allocator *al = opts->al ? opts->al : wd_default_allocator();
  wd_module *m = wd_alloc_zero(al, sizeof *m);
  if (!m) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "module");
    return NULL;
  }
  m->al = al;
  wd_arena_init(&m->arena, al, opts->arena_limit);
  m->layout = layout;
  m->features = opts->features;

  dec d = { .m = m, .bytes = bytes, .end = bytes + len, .err = err, .features = opts->features,
            .borrow = opts->borrow };
  static const uint8_t magic[4] = { 0x00, 0x61, 0x73, 0x6D }, version[4] = { 0x01, 0x00, 0x00, 0x00 };
  if (len < 4) {
    wd_fail(err, WD_E_UNEXPECTED_END, (uint32_t)len, "module of %zu bytes", len);
    goto fail;
  }
  if (memcmp(bytes, magic, 4)) {
    wd_fail(err, WD_E_MAGIC, 0, NULL);
    goto fail;
  }
  if (len < 8) {
    wd_fail(err, WD_E_UNEXPECTED_END, (uint32_t)len, "module of %zu bytes", len);
    goto fail;
  }
  if (memcmp(bytes + 4, version, 4)) {
    wd_fail(err, WD_E_VERSION, 4, "%02x %02x %02x %02x", bytes[4], bytes[5], bytes[6], bytes[7]);
    goto fail;
  }
  d.sec_cap = count_sections(bytes + 8, d.end);
  if (!(m->sections = AARRAY(&d, d.sec_cap, wd_section_info, 8))) goto fail;
  if (!decode_sections(&d)) goto fail;
  return m;
fail:
  wd_module_release(m);
  return NULL;
}

void wd_module_release(wd_module *m) {
  if (!m) return;
  const wd_allocator *al = m->al;
  wd_eh_index_free(m);
  wd_arena_release(&m->arena);
  wd_free(al, m, sizeof *m);
}
