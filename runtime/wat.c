/* wat.c — the WebAssembly text reader: module text -> binary module bytes (wd_wat_to_wasm).
 *
 * A stage in front of the decoder: it emits the binary format, which the one decoder then reads, so the
 * text reader checks only what the text format itself requires (syntax, names, literals, abbreviations)
 * and leaves every validation rule to validate.c. Instruction mnemonics, opcodes and immediate kinds come
 * from opcodes.def. Three passes over the tokens of wat_lex: (1) find the module's fields and bind their
 * names to indices, (2) read the type definitions, (3) read every other field and emit its section
 * entries; then the sections are put together. Errors unwind with longjmp to wd_wat_to_wasm, which
 * frees everything; every buffer lives in the parser state for that reason.
 * This file: module fields, pass 1 (names and indices), annotations, assembling and the driver;
 * wat_parse.c holds the shared machinery (wat_parse.h), wat_expr.c the instructions.
 * May use wat_expr.h and wat_parse.h: warden.h, config.h, arena.h (the
 * allocator) and wat_lex.h underneath; nothing of decode and later stages.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "wat_expr.h"

/* ---------------------------------------------------------------- module fields */

typedef enum { K_FUNC = 0, K_TABLE = 1, K_MEM = 2, K_GLOBAL = 3, K_TAG = 4 } extkind;
static const uint32_t kind_ns[] = {NS_FUNC, NS_TABLE, NS_MEM, NS_GLOBAL, NS_TAG};

/* (export "name")* after a definition's name: each adds an export of index idx. */
static void inline_exports(P *p, extkind k, uint32_t idx) {
  while (at_open(p, "export")) {
    p->pos += 2;
    wat_read_name(p, &p->sec[SEC_EXPORT]);
    put8(p, &p->sec[SEC_EXPORT], (uint8_t)k);
    wat_putu(p, &p->sec[SEC_EXPORT], idx);
    p->count[SEC_EXPORT]++;
    wat_expect(p, WT_RPAR);
  }
}

/* (import "m" "n") inline: emits the names and kind into the import section; true if present. */
static bool inline_import(P *p, extkind k) {
  if (!at_open(p, "import")) return false;
  p->pos += 2;
  wat_read_name(p, &p->sec[SEC_IMPORT]);
  wat_read_name(p, &p->sec[SEC_IMPORT]);
  put8(p, &p->sec[SEC_IMPORT], (uint8_t)k);
  wat_expect(p, WT_RPAR);
  p->count[SEC_IMPORT]++;
  return true;
}

/* limits with an optional address type: "i32"/"i64"? min max?; flags gets bit 2 for i64. */
static void limits(P *p, wbuf *b, uint8_t extra_flags, bool is64) {
  /* With memory64, u64 for both address types as Wasm 3.0 reads it: the validator checks the range
   * ("memory size", "table size"). */
  unsigned bits = is64 || p->u64_limits ? 64 : 32;   /* without memory64, u32 as Wasm 2.0 reads it */
  uint64_t min = wat_read_uint(p, bits), max = 0;
  bool has_max = false;
  if (wat_is_num(p, p->pos)) { max = wat_read_uint(p, bits); has_max = true; }
  bool shared = false;
  if (at_kw(p, "shared")) { shared = true; p->pos++; }
  else if (at_kw(p, "unshared")) p->pos++;
  uint8_t page_log = 0;
  bool custom_page = false;
  if (at_open(p, "pagesize")) {
    p->pos += 2;
    uint64_t ps = wat_read_uint(p, 32);
    if (!ps || (ps & (ps - 1))) FAIL(WD_E_TEXT_MALFORMED, "page size must be a power of two");
    while (ps >> (page_log + 1)) page_log++;
    custom_page = true;
    wat_expect(p, WT_RPAR);
  }
  put8(p, b, (uint8_t)((has_max ? 1 : 0) | (shared ? 2 : 0) | (is64 ? 4 : 0) | (custom_page ? 8 : 0) | extra_flags));
  wat_putu(p, b, min);
  if (has_max) wat_putu(p, b, max);
  if (custom_page) wat_putu(p, b, page_log);
}

static bool address_type(P *p) {
  if (at_kw(p, "i64")) { p->pos++; return true; }
  if (at_kw(p, "i32")) p->pos++;
  return false;
}

static void global_type(P *p, wbuf *b) {
  if (at_open(p, "mut")) {
    p->pos += 2;
    val_type(p, b);
    wat_expect(p, WT_RPAR);
    put8(p, b, 1);
  } else {
    val_type(p, b);
    put8(p, b, 0);
  }
}

static void skip_id(P *p) { if (at_kind(p, WT_ID)) p->pos++; }

/* elemlist items as expressions: (item instr*) or one folded instruction each. Returns the count. */
static uint32_t elem_exprs(P *p, wbuf *dst) {
  uint32_t n = 0;
  while (at_kind(p, WT_LPAR)) {
    if (at_open(p, "item")) {
      p->pos += 2;
      wat_expr_into(p, dst);
      wat_expect(p, WT_RPAR);
    } else {
      wat_offset_expr(p, dst);
    }
    n++;
  }
  return n;
}

static uint32_t func_indices(P *p, wbuf *dst) {
  uint32_t n = 0;
  while (at_idx(p)) { wat_putu(p, dst, read_idx(p, NS_FUNC)); n++; }
  return n;
}

/* Function indices as expressions (ref.func x end): a table's inline segment when the table's type is
 * not funcref (the index form's type is (ref func), which such a table may not take). */
static uint32_t func_index_exprs(P *p, wbuf *dst) {
  uint32_t n = 0;
  while (at_idx(p)) { put8(p, dst, 0xD2); wat_putu(p, dst, read_idx(p, NS_FUNC)); put8(p, dst, 0x0B); n++; }
  return n;
}

/* Emits one element segment. mode: 0 active, 1 passive, 2 declarative. reftype: its encoding (or
 * NULL for the func-index form). */
static void emit_elem(P *p, int mode, uint32_t table, bool table_explicit, const wbuf *offset,
                      const uint8_t *rt, size_t rtlen, bool exprs, uint32_t n, const wbuf *items) {
  wbuf *s = &p->sec[SEC_ELEM];
  bool funcref = rtlen == 1 && rt[0] == 0x70;
  if (!exprs) {
    if (mode == 0 && table == 0 && !table_explicit) { put8(p, s, 0); wat_put(p, s, offset->p, offset->n); }
    else if (mode == 0) { put8(p, s, 2); wat_putu(p, s, table); wat_put(p, s, offset->p, offset->n); put8(p, s, 0); }
    else { put8(p, s, mode == 1 ? 1 : 3); put8(p, s, 0); }
  } else {
    if (mode == 0 && table == 0 && !table_explicit && funcref) { put8(p, s, 4); wat_put(p, s, offset->p, offset->n); }
    else if (mode == 0) { put8(p, s, 6); wat_putu(p, s, table); wat_put(p, s, offset->p, offset->n); wat_put(p, s, rt, rtlen); }
    else { put8(p, s, mode == 1 ? 5 : 7); wat_put(p, s, rt, rtlen); }
  }
  wat_putu(p, s, n);
  wat_put(p, s, items->p, items->n);
  p->count[SEC_ELEM]++;
}

static void field_elem(P *p, seg_bufs *sb) {
  skip_id(p);
  int mode = 1;
  uint32_t table = 0;
  bool table_explicit = false;
  if (at_kw(p, "declare")) { p->pos++; mode = 2; }
  if (at_open(p, "table")) {
    p->pos += 2;
    table = read_idx(p, NS_TABLE);
    table_explicit = true;
    wat_expect(p, WT_RPAR);
    mode = 0;
  } else if (mode != 2 && at_idx(p) && tk(p, p->pos + 1)->kind == WT_LPAR && !wat_tok_is(p, p->pos + 2, "ref")) {
    table = read_idx(p, NS_TABLE);                  /* "(elem x (offset ...) ...)" */
    table_explicit = true;
    mode = 0;
  }
  if (mode != 2 && at_kind(p, WT_LPAR) && !at_open(p, "ref")) {
    wat_offset_expr(p, &sb->offset);
    mode = 0;
  }
  bool exprs;
  uint32_t n;
  if (at_kw(p, "func")) {
    p->pos++;
    exprs = false;
    n = func_indices(p, &sb->items);
  } else if (wat_at_valtype(p)) {
    wat_ref_type(p, &sb->rt);
    exprs = true;
    n = elem_exprs(p, &sb->items);
  } else if (mode == 0) {                       /* (elem (offset ...) funcidx*) */
    exprs = false;
    n = func_indices(p, &sb->items);
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected 'func' or a reference type");
  }
  if (!exprs) { sb->rt.n = 0; put8(p, &sb->rt, 0x70); }
  emit_elem(p, mode, table, table_explicit, &sb->offset, sb->rt.p, sb->rt.n, exprs, n, &sb->items);
}

static void field_data(P *p, seg_bufs *sb) {
  skip_id(p);
  wbuf *s = &p->sec[SEC_DATA];
  uint32_t mem = 0;
  bool active = false;
  if (at_open(p, "memory")) {
    p->pos += 2;
    mem = read_idx(p, NS_MEM);
    wat_expect(p, WT_RPAR);
    active = true;
  } else if (at_idx(p) && tk(p, p->pos + 1)->kind == WT_LPAR) {   /* "(data x (offset ...) ...)" */
    mem = read_idx(p, NS_MEM);
    active = true;
  }
  if (at_kind(p, WT_LPAR)) { wat_offset_expr(p, &sb->offset); active = true; }
  else if (active) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected an offset");
  while (at_kind(p, WT_STRING)) wat_read_string(p, &sb->items, false);
  if (!active) put8(p, s, 1);
  else if (mem == 0) { put8(p, s, 0); wat_put(p, s, sb->offset.p, sb->offset.n); }
  else { put8(p, s, 2); wat_putu(p, s, mem); wat_put(p, s, sb->offset.p, sb->offset.n); }
  wat_put_vec(p, s, &sb->items);
  p->count[SEC_DATA]++;
}

static void field_table(P *p, uint32_t idx, seg_bufs *sb) {
  skip_id(p);
  inline_exports(p, K_TABLE, idx);
  if (inline_import(p, K_TABLE)) {
    bool is64 = address_type(p);
    wbuf *s = &p->sec[SEC_IMPORT];
    size_t lim = sb->rt.n;
    limits(p, &sb->rt, 0, is64);
    wat_ref_type(p, s);
    wat_put(p, s, sb->rt.p + lim, sb->rt.n - lim);
    return;
  }
  bool is64 = address_type(p);
  wbuf *s = &p->sec[SEC_TABLE];
  if (wat_at_valtype(p)) {                           /* reftype (elem ...): the table holds exactly those */
    wat_ref_type(p, &sb->rt);
    open_kw(p, "elem");
    bool exprs = at_kind(p, WT_LPAR);
    bool funcref = sb->rt.n == 1 && sb->rt.p[0] == 0x70;
    uint32_t n = exprs ? elem_exprs(p, &sb->items) : funcref ? func_indices(p, &sb->items)
                                                             : func_index_exprs(p, &sb->items);
    exprs = exprs || !funcref;
    wat_expect(p, WT_RPAR);
    wat_put(p, s, sb->rt.p, sb->rt.n);
    put8(p, s, is64 ? 5 : 1);
    wat_putu(p, s, n);
    wat_putu(p, s, n);
    p->count[SEC_TABLE]++;
    put8(p, &sb->offset, is64 ? 0x42 : 0x41);
    put8(p, &sb->offset, 0);
    put8(p, &sb->offset, 0x0B);
    emit_elem(p, 0, idx, idx != 0, &sb->offset, sb->rt.p, sb->rt.n, exprs, n, &sb->items);
    return;
  }
  wbuf *lim = &sb->items;
  limits(p, lim, 0, is64);
  wat_ref_type(p, &sb->rt);
  if (!at_kind(p, WT_RPAR)) {                      /* an initializer expression */
    put8(p, s, 0x40);
    put8(p, s, 0x00);
    wat_put(p, s, sb->rt.p, sb->rt.n);
    wat_put(p, s, lim->p, lim->n);
    wat_expr_into(p, s);
  } else {
    wat_put(p, s, sb->rt.p, sb->rt.n);
    wat_put(p, s, lim->p, lim->n);
  }
  p->count[SEC_TABLE]++;
}

static void field_memory(P *p, uint32_t idx, seg_bufs *sb) {
  skip_id(p);
  inline_exports(p, K_MEM, idx);
  if (inline_import(p, K_MEM)) {
    bool is64 = address_type(p);
    limits(p, &p->sec[SEC_IMPORT], 0, is64);
    return;
  }
  bool is64 = address_type(p);
  wbuf *s = &p->sec[SEC_MEM];
  size_t back = p->pos;
  int page_log = -1;
  if (at_open(p, "pagesize")) {                      /* (pagesize N) (data ...) */
    p->pos += 2;
    uint64_t ps = wat_read_uint(p, 32);
    if (!ps || (ps & (ps - 1))) FAIL(WD_E_TEXT_MALFORMED, "page size must be a power of two");
    page_log = 0;
    while (ps >> (page_log + 1)) page_log++;
    wat_expect(p, WT_RPAR);
    if (!at_open(p, "data")) { p->pos = back; page_log = -1; }
  }
  if (at_open(p, "data")) {
    p->pos += 2;
    while (at_kind(p, WT_STRING)) wat_read_string(p, &sb->items, false);
    wat_expect(p, WT_RPAR);
    uint64_t psize = page_log < 0 ? 65536 : 1ull << page_log;
    uint64_t pages = (sb->items.n + psize - 1) / psize;
    put8(p, s, (uint8_t)((is64 ? 5 : 1) | (page_log < 0 ? 0 : 8)));
    wat_putu(p, s, pages);
    wat_putu(p, s, pages);
    if (page_log >= 0) wat_putu(p, s, (uint64_t)page_log);
    p->count[SEC_MEM]++;
    wbuf *d = &p->sec[SEC_DATA];
    if (idx == 0) put8(p, d, 0);
    else { put8(p, d, 2); wat_putu(p, d, idx); }
    put8(p, d, is64 ? 0x42 : 0x41);
    put8(p, d, 0);
    put8(p, d, 0x0B);
    wat_put_vec(p, d, &sb->items);
    p->count[SEC_DATA]++;
    return;
  }
  limits(p, s, 0, is64);
  p->count[SEC_MEM]++;
}

static void field_global(P *p, uint32_t idx) {
  skip_id(p);
  inline_exports(p, K_GLOBAL, idx);
  if (inline_import(p, K_GLOBAL)) { global_type(p, &p->sec[SEC_IMPORT]); return; }
  wbuf *s = &p->sec[SEC_GLOBAL];
  global_type(p, s);
  wat_expr_into(p, s);
  p->count[SEC_GLOBAL]++;
}

static void field_tag(P *p, uint32_t idx) {
  skip_id(p);
  inline_exports(p, K_TAG, idx);
  wbuf *s = inline_import(p, K_TAG) ? &p->sec[SEC_IMPORT] : &p->sec[SEC_TAG];
  put8(p, s, 0);
  wat_putu(p, s, wat_type_use(p, true, false, NULL));
  if (s == &p->sec[SEC_TAG]) p->count[SEC_TAG]++;
}

/* The type of an imported function, after its kind byte (the last byte of s): a typeuse, or
 * (exact typeuse) of custom descriptors, whose kind byte is 0x20. */
static void func_import_type(P *p, wbuf *s) {
  if (!at_open(p, "exact")) {
    wat_putu(p, s, wat_type_use(p, true, true, NULL));
    return;
  }
  p->pos += 2;
  s->p[s->n - 1] = 0x20;
  wat_putu(p, s, wat_type_use(p, true, true, NULL));
  wat_expect(p, WT_RPAR);
}

static void field_func(P *p, uint32_t idx) {
  skip_id(p);
  inline_exports(p, K_FUNC, idx);
  p->scope++;
  if (inline_import(p, K_FUNC)) {
    func_import_type(p, &p->sec[SEC_IMPORT]);
    return;
  }
  uint32_t nparams = 0;
  wat_putu(p, &p->sec[SEC_FUNC], wat_type_use(p, true, true, &nparams));
  p->count[SEC_FUNC]++;
  /* locals: runs of equal types */
  wbuf *lt = &p->locals;
  lt->n = 0;
  uint32_t nlocals = 0;
  size_t runs_save = p->stash.n;
  uint32_t runs = 0, run_len = 0;
  size_t run_off = 0, run_tlen = 0;
  while (at_open(p, "local")) {
    p->pos += 2;
    bool named = at_kind(p, WT_ID);
    if (named) {
      const wat_tok *t = cur(p);
      idname id = wat_id_of(p, t);
      if (!wat_name_add(p, id.s, id.len, NS_LOCAL, p->scope, nparams + nlocals))
        FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate local %.*s", (int)t->len, ttext(p, t));
      p->pos++;
    }
    while (!at_kind(p, WT_RPAR)) {
      size_t off = lt->n;
      val_type(p, lt);
      size_t tlen = lt->n - off;
      if (run_len && tlen == run_tlen && !memcmp(lt->p + run_off, lt->p + off, tlen)) {
        run_len++;
        lt->n = off;
      } else {
        if (run_len) { wat_putu(p, &p->stash, run_len); wat_put(p, &p->stash, lt->p + run_off, run_tlen); runs++; }
        run_len = 1;
        run_off = off;
        run_tlen = tlen;
      }
      nlocals++;
      if (named) break;
    }
    wat_expect(p, WT_RPAR);
  }
  if (run_len) { wat_putu(p, &p->stash, run_len); wat_put(p, &p->stash, lt->p + run_off, run_tlen); runs++; }
  wbuf *b = &p->body;
  b->n = 0;
  wat_putu(p, b, runs);
  wat_put(p, b, p->stash.p + runs_save, p->stash.n - runs_save);
  p->stash.n = runs_save;
  p->nlabels = 0;
  wat_push_label(p, NULL);
  wat_instrs(p, b);
  if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "unexpected '%.*s'", (int)(cur(p)->len > 40 ? 40 : cur(p)->len), ttext(p, cur(p)));
  put8(p, b, 0x0B);
  p->nlabels = 0;
  wat_put_vec(p, &p->sec[SEC_CODE], b);
  p->count[SEC_CODE]++;
  b->n = 0;
}

static void field_import(P *p) {
  wbuf *s = &p->sec[SEC_IMPORT];
  wat_read_name(p, s);
  wat_read_name(p, s);
  wat_expect(p, WT_LPAR);
  p->count[SEC_IMPORT]++;
  if (at_kw(p, "func")) {
    p->pos++;
    skip_id(p);
    put8(p, s, K_FUNC);
    p->scope++;
    func_import_type(p, s);
  } else if (at_kw(p, "table")) {
    p->pos++;
    skip_id(p);
    put8(p, s, K_TABLE);
    bool is64 = address_type(p);
    wbuf *lim = &p->locals;
    lim->n = 0;
    limits(p, lim, 0, is64);
    wat_ref_type(p, s);
    wat_put(p, s, lim->p, lim->n);
  } else if (at_kw(p, "memory")) {
    p->pos++;
    skip_id(p);
    put8(p, s, K_MEM);
    limits(p, s, 0, address_type(p));
  } else if (at_kw(p, "global")) {
    p->pos++;
    skip_id(p);
    put8(p, s, K_GLOBAL);
    global_type(p, s);
  } else if (at_kw(p, "tag")) {
    p->pos++;
    skip_id(p);
    put8(p, s, K_TAG);
    put8(p, s, 0);
    wat_putu(p, s, wat_type_use(p, true, false, NULL));
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, table, memory, global or tag");
  }
  wat_expect(p, WT_RPAR);
}

static void field_export(P *p) {
  wbuf *s = &p->sec[SEC_EXPORT];
  wat_read_name(p, s);
  wat_expect(p, WT_LPAR);
  static const char *const kinds[] = {"func", "table", "memory", "global", "tag"};
  int k = -1;
  for (int i = 0; i < 5; i++) if (at_kw(p, kinds[i])) k = i;
  if (k < 0) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, table, memory, global or tag");
  p->pos++;
  put8(p, s, (uint8_t)k);
  wat_putu(p, s, read_idx(p, kind_ns[k]));
  wat_expect(p, WT_RPAR);
  p->count[SEC_EXPORT]++;
}

/* ---------------------------------------------------------------- pass 1: names and indices */

/* Binds the optional $name at the cursor in ns to the next index of that space. */
static void bind_next(P *p, uint32_t ns, const char *what) {
  uint32_t idx = p->nidx[ns]++;
  if (!at_kind(p, WT_ID)) return;
  const wat_tok *t = cur(p);
  idname id = wat_id_of(p, t);
  if (!wat_name_add(p, id.s, id.len, ns, 0, idx))
    FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate %s %.*s", what, (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
}


static void note_mem64(P *p, bool is64) {
  GROW(p->mem64, p->mem64_cap, p->nmem64, 1);
  p->mem64[p->nmem64++] = is64;
}

/* Looks inside a definition after its name: (export ...)* (import ...)? — true if it is an import.
 * Leaves the cursor after them. */
static bool scan_inline(P *p) {
  while (at_open(p, "export")) wat_skip(p);
  if (at_open(p, "import")) { wat_skip(p); return true; }
  return false;
}

static void pass1_field(P *p, bool *defined, const char **first_def) {
  size_t start = p->pos;
  wat_expect(p, WT_LPAR);
  static const struct { const char *kw; uint32_t ns; } defs[] = {
    {"func", NS_FUNC}, {"table", NS_TABLE}, {"memory", NS_MEM}, {"global", NS_GLOBAL}, {"tag", NS_TAG},
  };
  for (size_t i = 0; i < 5; i++) {
    if (!at_kw(p, defs[i].kw)) continue;
    p->pos++;
    bind_next(p, defs[i].ns, defs[i].kw);
    skip_id(p);
    bool imp = scan_inline(p);
    if (defs[i].ns == NS_MEM) note_mem64(p, at_kw(p, "i64"));
    if (imp && *defined) wat_fail_at(p, start, WD_E_TEXT_IMPORT_AFTER, "import after %s", *first_def);
    if (!imp && !*defined) { *defined = true; *first_def = defs[i].kw; }
    if (!imp && defs[i].ns == NS_TABLE) {      /* reftype (elem ...) makes an element segment */
      if (at_kw(p, "i64") || at_kw(p, "i32")) p->pos++;
      if (wat_at_valtype(p)) { wat_skip(p); if (at_open(p, "elem")) p->nidx[NS_ELEM]++; }
    }
    if (!imp && defs[i].ns == NS_MEM) {
      if (at_kw(p, "i64") || at_kw(p, "i32")) p->pos++;
      if (at_open(p, "data")) p->nidx[NS_DATA]++;
    }
    p->pos = start;
    wat_skip(p);
    return;
  }
  if (at_kw(p, "import")) {
    p->pos++;
    if (!at_kind(p, WT_STRING)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a string");
    p->pos++;
    if (!at_kind(p, WT_STRING)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a string");
    p->pos++;
    wat_expect(p, WT_LPAR);
    bool found = false;
    for (size_t i = 0; i < 5; i++) {
      if (!at_kw(p, defs[i].kw)) continue;
      p->pos++;
      bind_next(p, defs[i].ns, defs[i].kw);
      skip_id(p);
        found = true;
    }
    if (!found) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, table, memory, global or tag");
    if (*defined) wat_fail_at(p, start, WD_E_TEXT_IMPORT_AFTER, "import after %s", *first_def);
  } else if (at_kw(p, "type")) {
    p->pos++;
    bind_next(p, NS_TYPE, "type");
  } else if (at_kw(p, "rec")) {
    p->pos++;
    while (at_open(p, "type")) {
      size_t t = p->pos;
      p->pos += 2;
      bind_next(p, NS_TYPE, "type");
      p->pos = t;
      wat_skip(p);
    }
    if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected (type ...)");
  } else if (at_kw(p, "elem")) {
    p->pos++;
    bind_next(p, NS_ELEM, "elem");
  } else if (at_kw(p, "data")) {
    p->pos++;
    bind_next(p, NS_DATA, "data");
  } else if (at_kw(p, "start")) {
    if (p->have_start) wat_fail_at(p, start, WD_E_TEXT_MULTIPLE_START, NULL);
    p->have_start = true;
  } else if (!at_kw(p, "export")) {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a module field");
  }
  p->pos = start;
  wat_skip(p);
}

/* ---------------------------------------------------------------- the module */

/* ---------------------------------------------------------------- annotations */

/* Section names of a (@custom ...) placement, by section id. */
static const char *const custom_places[SEC_MAX] = {
    [SEC_TYPE] = "type", [SEC_IMPORT] = "import", [SEC_FUNC] = "func", [SEC_TABLE] = "table",
    [SEC_MEM] = "memory", [SEC_GLOBAL] = "global", [SEC_EXPORT] = "export", [SEC_START] = "start",
    [SEC_ELEM] = "elem", [SEC_CODE] = "code", [SEC_DATA] = "data", [SEC_DATACOUNT] = "datacount",
    [SEC_TAG] = "tag"};

/* Keywords a (@name ...) may follow (with their identifier, if any). */
static const char *const nameable[] = {"module", "func", "param", "local", "type", "field", "global", "table",
                                       "memory", "elem", "data", "tag"};

/* The string token at tok (else fails with "<what>: <missing>") into P.annot, checked as UTF-8. */
static void annot_string(P *p, size_t tok, const char *what, const char *missing, uint32_t *off, uint32_t *len) {
  if (tk(p, tok)->kind != WT_STRING) wat_fail_at(p, tok, WD_E_TEXT_ANNOTATION, "%s annotation: %s", what, missing);
  size_t save = p->pos, start = p->annot.n;
  p->pos = tok;
  wat_read_string(p, &p->annot, true);
  p->pos = save;
  *off = (uint32_t)start;
  *len = (uint32_t)(p->annot.n - start);
}

/* (@custom "name" placement? "data"*), tokens from the opener at i: a custom section. */
static void custom_annotation(P *p, size_t i) {
  GROW(p->customs, p->customs_cap, p->ncustoms, 1);
  custom_sec *c = &p->customs[p->ncustoms++];
  *c = (custom_sec){.after = true};
  annot_string(p, ++i, "@custom", "missing section name", &c->name_off, &c->name_len);
  i++;
  if (tk(p, i)->kind == WT_LPAR) {
    bool before = wat_tok_is(p, i + 1, "before"), after = wat_tok_is(p, i + 1, "after");
    if (!before && !after) wat_fail_at(p, i + 1, WD_E_TEXT_ANNOTATION, "@custom annotation: malformed placement");
    c->after = after;
    size_t k = i + 2;
    if (!(before && wat_tok_is(p, k, "first")) && !(after && wat_tok_is(p, k, "last"))) {
      c->sec = 0;
      for (uint8_t id = 1; id < SEC_MAX; id++)
        if (wat_tok_is(p, k, custom_places[id])) c->sec = id;
      if (!c->sec) wat_fail_at(p, k, WD_E_TEXT_ANNOTATION, "@custom annotation: malformed section kind");
    }
    if (tk(p, k + 1)->kind != WT_RPAR) wat_fail_at(p, k + 1, WD_E_TEXT_ANNOTATION, "@custom annotation: unexpected token");
    i = k + 2;
  }
  c->data_off = (uint32_t)p->annot.n;
  for (; tk(p, i)->kind == WT_STRING; i++) {
    size_t save = p->pos;
    p->pos = i;
    wat_read_string(p, &p->annot, false);
    p->pos = save;
  }
  if (tk(p, i)->kind != WT_RPAR) wat_fail_at(p, i, WD_E_TEXT_ANNOTATION, "@custom annotation: unexpected token");
  c->data_len = (uint32_t)(p->annot.n - c->data_off);
}

/* (@name "...") at i, where `o` tokens are kept so far: it must follow "(" keyword or "(" keyword $id. */
static void name_annotation(P *p, size_t i, size_t o) {
  const wat_tok *v = p->toks.v;
  size_t kw = o >= 1 && v[o - 1].kind == WT_ID ? o - 2 : o - 1;
  bool ok = o >= 2 && kw >= 1 && kw < o && v[kw].kind == WT_ATOM && v[kw - 1].kind == WT_LPAR;
  for (size_t k = 0; ok && k < sizeof nameable / sizeof nameable[0]; k++)
    if (v[kw].len == strlen(nameable[k]) && !memcmp(p->text + v[kw].off, nameable[k], v[kw].len)) goto placed;
  wat_fail_at(p, i, WD_E_TEXT_ANNOTATION, "misplaced @name annotation");
placed:
  if (p->nanames && p->anames[p->nanames - 1].tok == o - 1)
    wat_fail_at(p, i, WD_E_TEXT_ANNOTATION, "@name annotation: multiple %.*s names", (int)v[kw].len, p->text + v[kw].off);
  GROW(p->anames, p->anames_cap, p->nanames, 1);
  attached_name *a = &p->anames[p->nanames++];
  a->tok = o - 1;
  annot_string(p, i + 1, "@name", "missing name", &a->off, &a->len);
  if (tk(p, i + 2)->kind != WT_RPAR) wat_fail_at(p, i + 2, WD_E_TEXT_ANNOTATION, "@name annotation: unexpected token");
}

/* Reads the annotations the reader writes out — (@custom ...) at module-field level, (@name ...) after a
 * keyword it can name — and drops every annotation group "(@id ...)" from the tokens (the others, such as
 * branch hints, carry nothing warden writes yet). */
static void read_annotations(P *p) {
  /* the fields' depth: 1 inside "(module", 0 for a module written as bare fields */
  size_t first = 0;
  while (first < p->toks.n && p->toks.v[first].kind == WT_ANNOT) {   /* annotations before "(module" */
    size_t d = 0;
    do {
      uint32_t k = p->toks.v[first].kind;
      d += k == WT_LPAR || k == WT_ANNOT;
      d -= k == WT_RPAR;
      first++;
    } while (d && first < p->toks.n);
  }
  size_t field_depth = tk(p, first)->kind == WT_LPAR && wat_tok_is(p, first + 1, "module") ? 1 : 0, depth = 0;
  size_t o = 0;
  for (size_t i = 0; i < p->toks.n;) {
    uint32_t kind = p->toks.v[i].kind;
    if (kind != WT_ANNOT) {
      depth += kind == WT_LPAR;
      depth -= kind == WT_RPAR && depth;
      p->toks.v[o++] = p->toks.v[i++];
      continue;
    }
    const wat_tok *t = &p->toks.v[i];
    const char *id = p->text + t->off + 1;           /* "@name" */
    size_t idlen = t->len - 1;
    if (idlen == 7 && !memcmp(id, "@custom", 7)) {
      if (depth != field_depth) wat_fail_at(p, i, WD_E_TEXT_ANNOTATION, "misplaced @custom annotation");
      custom_annotation(p, i);
    } else if (idlen == 5 && !memcmp(id, "@name", 5)) {
      name_annotation(p, i, o);
    }
    size_t d = 0;
    do {
      uint32_t k = p->toks.v[i].kind;
      if (k == WT_LPAR || k == WT_ANNOT) d++;
      else if (k == WT_RPAR) d--;
      i++;
    } while (d && i < p->toks.n);
    if (d) wat_fail_at(p, p->toks.n, WD_E_TEXT_UNEXPECTED_END, "unclosed annotation");
  }
  p->toks.v[o] = p->toks.v[p->toks.n];                 /* the EOF token */
  p->toks.n = o;
}

/* The (@name ...) after the keyword at kw or its identifier, if any, into name subsection `sub` as the
 * name of index idx (subsection NAME_MODULE: the module's name). */
static void note_name(P *p, unsigned sub, uint32_t idx, size_t kw) {
  size_t at = tk(p, kw + 1)->kind == WT_ID ? kw + 1 : kw, lo = 0, hi = p->nanames;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->anames[mid].tok < at) lo = mid + 1;
    else hi = mid;
  }
  if (lo == p->nanames || p->anames[lo].tok != at) return;
  const attached_name *a = &p->anames[lo];
  wbuf *b = &p->namesec[sub];
  if (sub != NAME_MODULE) wat_putu(p, b, idx);
  wat_putu(p, b, a->len);
  wat_put(p, b, p->annot.p + a->off, a->len);
  p->namecount[sub]++;
}

/* Custom sections placed before (after false) or after section id (0: the first / the last). */
static void put_customs(P *p, wbuf *o, uint8_t id, bool after) {
  wbuf *c = &p->stash;
  for (size_t i = 0; i < p->ncustoms; i++) {
    const custom_sec *cs = &p->customs[i];
    if (cs->sec != id || cs->after != after) continue;
    c->n = 0;
    wat_putu(p, c, cs->name_len);
    wat_put(p, c, p->annot.p + cs->name_off, cs->name_len);
    wat_put(p, c, p->annot.p + cs->data_off, cs->data_len);
    put8(p, o, 0);
    wat_put_vec(p, o, c);
  }
}

/* The "name" custom section from the (@name ...) annotations, if there are any. */
static void put_name_section(P *p, wbuf *o) {
  wbuf *c = &p->stash, *sub = &p->tmp;
  c->n = 0;
  static const char name[] = "name";
  wat_putu(p, c, sizeof name - 1);
  wat_put(p, c, name, sizeof name - 1);
  bool any = false;
  for (unsigned k = 0; k < NAME_SUBSECTIONS; k++) {
    if (!p->namecount[k]) continue;
    any = true;
    sub->n = 0;
    if (k != NAME_MODULE) wat_putu(p, sub, p->namecount[k]);
    wat_put(p, sub, p->namesec[k].p, p->namesec[k].n);
    put8(p, c, (uint8_t)k);
    wat_put_vec(p, c, sub);
  }
  if (!any) return;
  put8(p, o, 0);
  wat_put_vec(p, o, c);
}

static void read_fields(P *p) {
  /* scratch buffers start non-empty, so that "buffer + offset" never involves a null pointer */
  wbuf *scratch[] = {&p->body, &p->stash, &p->sig, &p->typebytes, &p->tmp, &p->locals, &p->sb.offset,
                     &p->sb.items, &p->sb.rt};
  for (size_t i = 0; i < sizeof scratch / sizeof scratch[0]; i++) GROW(scratch[i]->p, scratch[i]->cap, 0, 64);
  read_annotations(p);
  for (size_t i = 0; i < p->toks.n; i++)              /* every quoted identifier is well-formed */
    if (p->toks.v[i].kind == WT_ID) (void)wat_id_of(p, &p->toks.v[i]);
  /* the opcode names */
  for (size_t i = 0; i < wat_nops; i++) {
    uint32_t v;
    /* try/try_table and the legacy catch/catch_all/delegate are structure, read by the block reader: as
     * plain instructions they are unexpected tokens. */
    static const char *const structured[] = {"try", "try_table", "catch", "catch_all", "delegate"};
    bool skip = false;
    for (size_t k = 0; k < sizeof structured / sizeof structured[0]; k++) skip |= !strcmp(wat_ops[i].mnemonic, structured[k]);
    if (skip) continue;
    if (!wat_name_find(p, wat_ops[i].mnemonic, (uint32_t)strlen(wat_ops[i].mnemonic), NS_OP, 0, &v))
      wat_name_add(p, wat_ops[i].mnemonic, (uint32_t)strlen(wat_ops[i].mnemonic), NS_OP, 0, (uint32_t)i);
  }
  /* "(module $id? field*)" or "field*" */
  size_t end_expected = SIZE_MAX;
  wat_skip_annots(p);
  if (at_open(p, "module")) {
    note_name(p, NAME_MODULE, 0, p->pos + 1);
    p->pos += 2;
    skip_id(p);
    end_expected = 1;
  }
  bool defined = false;
  const char *first_def = "";
  for (;;) {
    wat_skip_annots(p);
    if (at_kind(p, WT_RPAR) || at_kind(p, WT_EOF)) break;
    GROW(p->fields, p->fields_cap, p->nfields, 1);
    p->fields[p->nfields++] = p->pos;
    pass1_field(p, &defined, &first_def);
  }
  if (end_expected != SIZE_MAX) wat_expect(p, WT_RPAR);
  wat_skip_annots(p);
  if (!at_kind(p, WT_EOF)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "text after the module");

  /* pass 2: types, in order */
  for (size_t f = 0; f < p->nfields; f++) {
    p->pos = p->fields[f] + 1;
    if (at_kw(p, "type")) {
      p->pos = p->fields[f];
      wat_type_def(p, &p->sec[SEC_TYPE]);
      p->count[SEC_TYPE]++;
    } else if (at_kw(p, "rec")) {
      p->pos++;
      wbuf *s = &p->sec[SEC_TYPE];
      put8(p, s, 0x4E);
      size_t save = p->pos;
      uint32_t n = 0;
      while (at_open(p, "type")) { wat_skip(p); n++; }
      p->pos = save;
      wat_putu(p, s, n);
      size_t first = p->ntypes;
      while (at_open(p, "type")) wat_type_def(p, s);
      if (n != 1)
        for (size_t i = first; i < p->ntypes; i++) p->types[i].implicit_ok = false;
      p->count[SEC_TYPE]++;
    }
  }
  /* pass 3: everything else */
  uint32_t next[NS_COUNT] = {0};
  seg_bufs *sb = &p->sb;
  for (size_t f = 0; f < p->nfields; f++) {
    p->pos = p->fields[f] + 1;
    sb->offset.n = sb->items.n = sb->rt.n = 0;
    if (at_kw(p, "type") || at_kw(p, "rec")) continue;
    const wat_tok *kw = cur(p);
    p->pos++;
    size_t kwtok = p->fields[f] + 1;
    static const struct { const char *kw; uint32_t ns; uint8_t sub; } named[] = {
        {"func", NS_FUNC, NAME_FUNC}, {"table", NS_TABLE, NAME_TABLE}, {"memory", NS_MEM, NAME_MEM},
        {"global", NS_GLOBAL, NAME_GLOBAL}, {"tag", NS_TAG, NAME_TAG}};
    size_t d = wat_tok_is(p, kwtok, "import") ? p->pos + 3 : kwtok;   /* an import's kind: after 2 names, "(" */
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
      if (wat_tok_is(p, d, named[k].kw)) note_name(p, named[k].sub, next[named[k].ns], d);
    if (wat_tok_is(p, kwtok, "func")) field_func(p, next[NS_FUNC]++);
    else if (wat_tok_is(p, kwtok, "table")) field_table(p, next[NS_TABLE]++, sb);
    else if (wat_tok_is(p, kwtok, "memory")) field_memory(p, next[NS_MEM]++, sb);
    else if (wat_tok_is(p, kwtok, "global")) field_global(p, next[NS_GLOBAL]++);
    else if (wat_tok_is(p, kwtok, "tag")) field_tag(p, next[NS_TAG]++);
    else if (wat_tok_is(p, kwtok, "import")) {
      next[wat_tok_is(p, d, "func") ? NS_FUNC : wat_tok_is(p, d, "table") ? NS_TABLE : wat_tok_is(p, d, "memory") ? NS_MEM :
           wat_tok_is(p, d, "global") ? NS_GLOBAL : NS_TAG]++;
      field_import(p);
    }
    else if (wat_tok_is(p, kwtok, "export")) field_export(p);
    else if (wat_tok_is(p, kwtok, "elem")) field_elem(p, sb);
    else if (wat_tok_is(p, kwtok, "data")) field_data(p, sb);
    else if (wat_tok_is(p, kwtok, "start")) {
      wat_putu(p, &p->sec[SEC_START], read_idx(p, NS_FUNC));
      p->count[SEC_START] = 1;
    } else {
      wat_fail_at(p, (size_t)(kw - p->toks.v), WD_E_TEXT_UNEXPECTED_TOKEN, "expected a module field");
    }
    wat_skip_annots(p);
    wat_expect(p, WT_RPAR);
  }
}

static void assemble(P *p) {
  static const uint8_t order[] = {SEC_TYPE, SEC_IMPORT, SEC_FUNC, SEC_TABLE, SEC_MEM, SEC_TAG, SEC_GLOBAL,
                                  SEC_EXPORT, SEC_START, SEC_ELEM, SEC_DATACOUNT, SEC_CODE, SEC_DATA};
  static const uint8_t header[] = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
  wbuf *o = &p->out;
  wat_put(p, o, header, sizeof header);
  if (p->need_datacount) p->count[SEC_DATACOUNT] = 1;
  wbuf *c = &p->tmp;
  put_customs(p, o, 0, false);
  for (size_t i = 0; i < sizeof order; i++) {
    uint8_t id = order[i];
    put_customs(p, o, id, false);
    if (id == SEC_START) {
      if (p->count[SEC_START]) {
        put8(p, o, 8);
        wat_put_vec(p, o, &p->sec[SEC_START]);
      }
    } else if (id == SEC_DATACOUNT) {
      if (p->need_datacount) {
        c->n = 0;
        wat_putu(p, c, p->count[SEC_DATA]);
        put8(p, o, 12);
        wat_put_vec(p, o, c);
      }
    } else if (p->count[id] || (id == SEC_CODE && p->count[SEC_FUNC])) {
      c->n = 0;
      wat_putu(p, c, p->count[id]);
      wat_put(p, c, p->sec[id].p, p->sec[id].n);
      put8(p, o, id);
      wat_put_vec(p, o, c);
    }
    put_customs(p, o, id, true);
  }
  put_name_section(p, o);
  put_customs(p, o, 0, true);
}

static void parser_free(P *p) {
  wat_toks_free(&p->toks, p->al);
  wd_free(p->al, p->names, p->names_cap * sizeof *p->names);
  for (int i = 0; i < SEC_MAX; i++) wd_free(p->al, p->sec[i].p, p->sec[i].cap);
  wbuf *bufs[] = {&p->body, &p->stash, &p->sig, &p->typebytes, &p->tmp, &p->locals, &p->sb.offset,
                  &p->sb.items, &p->sb.rt};
  for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) wd_free(p->al, bufs[i]->p, bufs[i]->cap);
  wd_free(p->al, p->types, p->types_cap * sizeof *p->types);
  wd_free(p->al, p->labels, p->labels_cap * sizeof *p->labels);
  wd_free(p->al, p->fields, p->fields_cap * sizeof *p->fields);
  wd_free(p->al, p->mem64, p->mem64_cap);
  wd_free(p->al, p->idtext, p->idtext ? p->len : 0);
  wd_free(p->al, p->annot.p, p->annot.cap);
  wd_free(p->al, p->customs, p->customs_cap * sizeof *p->customs);
  wd_free(p->al, p->anames, p->anames_cap * sizeof *p->anames);
  for (int i = 0; i < NAME_SUBSECTIONS; i++) wd_free(p->al, p->namesec[i].p, p->namesec[i].cap);
}


/* The reader proper: err is never NULL and never reassigned (it lives across the setjmp). */
static uint8_t *wat_to_wasm(const char *text, size_t len, const wd_allocator *alloc, uint32_t features,
                            size_t *out_len, wd_error *const err) {
  err->code = WD_E_OK;
  err->offset = WD_NO_OFFSET;
  err->message[0] = 0;
  if (out_len) *out_len = 0;
  if ((!text && len) || !out_len) {
    err->code = WD_E_INVALID_ARGUMENT;
    err->offset = WD_NO_OFFSET;
    snprintf(err->message, sizeof err->message, "%s: wd_wat_to_wasm needs text and out_len",
             wd_errcode_message(WD_E_INVALID_ARGUMENT));
    return NULL;
  }
  P *p = wd_alloc_zero(alloc, sizeof *p);
  if (!p) {
    err->code = WD_E_OUT_OF_MEMORY;
    err->offset = WD_NO_OFFSET;
    snprintf(err->message, sizeof err->message, "%s", wd_errcode_message(WD_E_OUT_OF_MEMORY));
    return NULL;
  }
  p->text = text ? text : "";
  p->len = len;
  p->u64_limits = (features & WD_FEATURE_MEMORY64) != 0;
  p->al = alloc;
  p->err = err;
  uint8_t *result = NULL;
  /* past setjmp only p's fields are used (err was reassigned above: gcc -Wclobbered) */
  if (setjmp(p->jb) == 0) {
    if (wat_lex(p->text, p->len, p->al, &p->toks, p->err)) {
      read_fields(p);
      assemble(p);
      result = p->out.p;
      *out_len = p->out.n;
      /* shrink-free: the caller frees with wd_wat_free(alloc, bytes, len), so give exactly len bytes */
      if (p->out.cap != p->out.n) {
        uint8_t *r = wd_realloc(alloc, p->out.p, p->out.cap, p->out.n);
        if (r) { result = r; p->out.cap = p->out.n; p->out.p = r; }
        else { result = NULL; *out_len = 0; oom(p); }
      }
      p->out.p = NULL;
      p->out.cap = 0;
    }
  } else {
    result = NULL;
    *out_len = 0;
  }
  wd_free(alloc, p->out.p, p->out.cap);
  parser_free(p);
  wd_free(alloc, p, sizeof *p);
  return result;
}

void wd_wat_free(const wd_allocator *alloc, uint8_t *bytes, size_t len) { wd_free(alloc, bytes, len); }

uint8_t *wd_wat_to_wasm_features(const char *text, size_t len, const wd_allocator *alloc, uint32_t features,
                                 size_t *out_len, wd_error *err) {
  wd_error local;
  return wat_to_wasm(text, len, alloc, features, out_len, err ? err : &local);
}

uint8_t *wd_wat_to_wasm(const char *text, size_t len, const wd_allocator *alloc, size_t *out_len, wd_error *err) {
  return wd_wat_to_wasm_features(text, len, alloc, WD_FEATURES_DEFAULT, out_len, err);
}

