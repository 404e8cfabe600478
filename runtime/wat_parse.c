/* wat_parse.c — the text reader's shared machinery: errors (fail_at unwinds to wd_wat_to_wasm), growing
 * buffers and LEB128 output, the name hash (identifiers per name space and scope), token tests and
 * readers (keywords, indices, integers, strings), and the type grammar (value, reference and heap types,
 * signatures, type uses, struct/array/function type definitions).
 * May use warden.h, config.h, arena.h (the allocator) and wat_lex.h (through wat_parse.h).
 */
#include <stdarg.h>
#include "wat_parse.h"

static const char *const ns_names[NS_COUNT] = {"type", "function", "table", "memory", "global", "elem",
                                               "data", "tag", "local", "field", "operator"};

void wat_fail_at(P *p, size_t tok, wd_errcode code, const char *fmt, ...) {
  char detail[160] = "";
  if (fmt) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
  }
  uint32_t off = tok <= p->toks.n ? p->toks.v[tok].off : (uint32_t)p->len;
  if (code == WD_E_TEXT_UNEXPECTED_TOKEN && tok >= p->toks.n) code = WD_E_TEXT_UNEXPECTED_END;
  wat_error(p->err, p->text, p->len, off, code, fmt ? "%s" : NULL, detail);
  longjmp(p->jb, 1);
}


/* Makes room for `more` items of `size` bytes in *v (capacity *cap, n used). */
void wat_grow(P *p, void **v, size_t *cap, size_t n, size_t more, size_t size) {
  if (n + more <= *cap) return;
  size_t ncap = *cap ? *cap : 16, bytes;
  while (ncap < n + more) {
    if (ncap > SIZE_MAX / 2) oom(p);
    ncap *= 2;
  }
  if (!wd_mul_ok(ncap, size, &bytes)) oom(p);
  void *nv = wd_realloc(p->al, *v, *cap * size, bytes);
  if (!nv) oom(p);
  *v = nv;
  *cap = ncap;
}

void wat_put(P *p, wbuf *b, const void *src, size_t n) {
  if (!n) return;
  GROW(b->p, b->cap, b->n, n);
  memcpy(b->p + b->n, src, n);
  b->n += n;
}
void wat_putu(P *p, wbuf *b, uint64_t v) {
  uint8_t t[10];
  size_t n = 0;
  do {
    uint8_t c = v & 0x7f;
    v >>= 7;
    t[n++] = (uint8_t)(c | (v ? 0x80 : 0));
  } while (v);
  wat_put(p, b, t, n);
}
void wat_puts_(P *p, wbuf *b, int64_t v) {
  uint8_t t[10];
  size_t n = 0;
  for (;;) {
    uint8_t c = v & 0x7f;
    v >>= 7;                      /* arithmetic shift */
    bool done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
    t[n++] = (uint8_t)(c | (done ? 0 : 0x80));
    if (done) break;
  }
  wat_put(p, b, t, n);
}
void wat_put_le(P *p, wbuf *b, uint64_t v, int bytes) {
  uint8_t t[8];
  for (int i = 0; i < bytes; i++) t[i] = (uint8_t)(v >> (8 * i));
  wat_put(p, b, t, (size_t)bytes);
}
/* Appends vec(bytes of src): its length then its bytes. */
void wat_put_vec(P *p, wbuf *b, const wbuf *src) {
  wat_putu(p, b, src->n);
  wat_put(p, b, src->p, src->n);
}

static uint32_t hash_name(const char *s, uint32_t len, uint32_t ns, uint32_t scope) {
  uint32_t h = 2166136261u ^ ns ^ (scope * 0x9E3779B1u);
  for (uint32_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

static name_ent *name_slot(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope) {
  if (!p->names_cap) return NULL;
  size_t mask = p->names_cap - 1;
  for (size_t i = hash_name(s, len, ns, scope) & mask;; i = (i + 1) & mask) {
    name_ent *e = &p->names[i];
    if (!e->s || (e->len == len && e->ns == ns && e->scope == scope && !memcmp(e->s, s, len))) return e;
  }
}

bool wat_name_find(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope, uint32_t *value) {
  name_ent *e = name_slot(p, s, len, ns, scope);
  if (!e || !e->s) return false;
  *value = e->value;
  return true;
}

/* Binds a name; false if it is bound already in that space and scope. */
bool wat_name_add(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope, uint32_t value) {
  if ((p->names_n + 1) * 2 > p->names_cap) {
    size_t ncap = p->names_cap ? p->names_cap * 2 : 1024, bytes;
    if (!wd_mul_ok(ncap, sizeof(name_ent), &bytes)) oom(p);
    name_ent *nv = wd_alloc_zero(p->al, bytes), *old = p->names;
    if (!nv) oom(p);
    size_t oldcap = p->names_cap;
    p->names = nv;
    p->names_cap = ncap;
    for (size_t i = 0; i < oldcap; i++)
      if (old[i].s) *name_slot(p, old[i].s, old[i].len, old[i].ns, old[i].scope) = old[i];
    wd_free(p->al, old, oldcap * sizeof *old);
  }
  name_ent *e = name_slot(p, s, len, ns, scope);
  if (e->s) return false;
  *e = (name_ent){s, len, ns, scope, value};
  p->names_n++;
  return true;
}

/* ---------------------------------------------------------------- tokens */


idname wat_id_of(P *p, const wat_tok *t) {
  if (t->len < 2 || p->text[t->off + 1] != '"') return (idname){ttext(p, t) + 1, t->len - 1};
  if (!p->idtext && !(p->idtext = wd_alloc(p->al, p->len))) oom(p);
  size_t n = 0;
  size_t at = (size_t)(t - p->toks.v);
  if (!wat_string(ttext(p, t) + 1, t->len - 1, (uint8_t *)p->idtext + t->off, &n))
    wat_fail_at(p, at, WD_E_TEXT_MALFORMED, "malformed identifier");
  if (!n) wat_fail_at(p, at, WD_E_TEXT_MALFORMED, "empty identifier");
  if (!wat_utf8_ok((const uint8_t *)p->idtext + t->off, n)) wat_fail_at(p, at, WD_E_TEXT_UTF8, "in an identifier");
  return (idname){p->idtext + t->off, (uint32_t)n};
}

bool wat_tok_is(P *p, size_t i, const char *kw) {
  const wat_tok *t = tk(p, i);
  size_t n = strlen(kw);
  return t->kind == WT_ATOM && t->len == n && !memcmp(ttext(p, t), kw, n);
}

void wat_expect(P *p, uint32_t kind) {
  if (cur(p)->kind != kind)
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected %s", kind == WT_LPAR ? "'('" : kind == WT_RPAR ? "')'" :
                                                    kind == WT_STRING ? "a string" : "a token");
  p->pos++;
}
void wat_expect_kw(P *p, const char *kw) {
  if (!at_kw(p, kw)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected '%s'", kw);
  p->pos++;
}

/* Skips one balanced group starting at "(" (or one token). */
void wat_skip(P *p) {
  if (!at_kind(p, WT_LPAR) && !at_kind(p, WT_ANNOT)) {
    if (at_kind(p, WT_EOF)) FAIL(WD_E_TEXT_UNEXPECTED_END, NULL);
    p->pos++;
    return;
  }
  size_t depth = 0;
  do {
    uint32_t k = cur(p)->kind;
    if (k == WT_EOF) FAIL(WD_E_TEXT_UNEXPECTED_END, "unclosed '('");
    if (k == WT_LPAR || k == WT_ANNOT) depth++;
    else if (k == WT_RPAR) depth--;
    p->pos++;
  } while (depth);
}

/* Skips annotations "(@...)" that the reader does not use. */
void wat_skip_annots(P *p) {
  while (at_kind(p, WT_ANNOT)) wat_skip(p);
}

bool wat_is_num(P *p, size_t i) {
  const wat_tok *t = tk(p, i);
  if (t->kind != WT_ATOM) return false;
  char c = ttext(p, t)[0];
  return c >= '0' && c <= '9';
}

/* The error for a literal that did not read: out of range, or not a number at all. */
wd_errcode wat_num_error(P *p, const wat_tok *t) {
  return wat_num_syntax(ttext(p, t), t->len) ? WD_E_TEXT_CONST_RANGE : WD_E_TEXT_UNKNOWN_OPERATOR;
}

uint64_t wat_read_uint(P *p, unsigned bits) {
  const wat_tok *t = cur(p);
  uint64_t v;
  if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a number");
  if (!wat_uint(ttext(p, t), t->len, bits, &v))
    FAIL(wat_num_error(p, t), "u%u: %.*s", bits,
         (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
  p->pos++;
  return v;
}

uint64_t wat_read_int(P *p, unsigned bits) {
  const wat_tok *t = cur(p);
  uint64_t v;
  if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a number");
  if (!wat_int(ttext(p, t), t->len, bits, &v))
    FAIL(wat_num_error(p, t), "i%u constant: %.*s", bits, (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
  p->pos++;
  return v;
}

/* Resolves an index: a number, or a name bound in space ns (scope: 0 for module spaces). */
uint32_t wat_read_idx_in(P *p, uint32_t ns, uint32_t scope) {
  const wat_tok *t = cur(p);
  if (t->kind == WT_ID) {
    uint32_t v;
    idname id = wat_id_of(p, t);
    if (!wat_name_find(p, id.s, id.len, ns, scope, &v))
      FAIL(WD_E_TEXT_UNKNOWN_NAME, "unknown %s %.*s", ns_names[ns], (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
    p->pos++;
    return v;
  }
  if (!wat_is_num(p, p->pos)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a %s index", ns_names[ns]);
  return read_u32(p);
}

/* Appends the bytes of the string token at the cursor to b; checks UTF-8 when asked. */
void wat_read_string(P *p, wbuf *b, bool utf8) {
  const wat_tok *t = cur(p);
  if (t->kind != WT_STRING) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a string");
  GROW(b->p, b->cap, b->n, t->len);
  size_t n;
  if (!wat_string(ttext(p, t), t->len, b->p + b->n, &n)) FAIL(WD_E_TEXT_MALFORMED, "malformed string escape");
  if (utf8 && !wat_utf8_ok(b->p + b->n, n)) FAIL(WD_E_TEXT_UTF8, NULL);
  b->n += n;
  p->pos++;
}

/* A name (import/export): vec(byte), UTF-8. */
void wat_read_name(P *p, wbuf *dst) {
  wbuf *t = &p->tmp;
  t->n = 0;
  wat_read_string(p, t, true);
  wat_put_vec(p, dst, t);
}

void wat_enter(P *p) {
  if (++p->depth > WD_WAT_MAX_NESTING) FAIL(WD_E_TEXT_NESTING, "more than %u levels", WD_WAT_MAX_NESTING);
}

/* ---------------------------------------------------------------- types */

typedef struct heapname { const char *name; uint8_t code; } heapname;
static const heapname heap_types[] = {
  {"func", 0x70}, {"extern", 0x6F}, {"any", 0x6E}, {"eq", 0x6D}, {"i31", 0x6C}, {"struct", 0x6B},
  {"array", 0x6A}, {"exn", 0x69}, {"none", 0x71}, {"nofunc", 0x73}, {"noextern", 0x72}, {"noexn", 0x74},
};
static const heapname ref_abbrevs[] = {
  {"funcref", 0x70}, {"externref", 0x6F}, {"anyref", 0x6E}, {"eqref", 0x6D}, {"i31ref", 0x6C},
  {"structref", 0x6B}, {"arrayref", 0x6A}, {"exnref", 0x69}, {"nullref", 0x71}, {"nullfuncref", 0x73},
  {"nullexternref", 0x72}, {"nullexnref", 0x74},
};
static const heapname num_types[] = {
  {"i32", 0x7F}, {"i64", 0x7E}, {"f32", 0x7D}, {"f64", 0x7C}, {"v128", 0x7B},
};

static bool find_heapname(P *p, const heapname *tab, size_t n, uint8_t *code) {
  for (size_t i = 0; i < n; i++)
    if (at_kw(p, tab[i].name)) { *code = tab[i].code; return true; }
  return false;
}

/* heaptype: an abstract name, a type index (s33), or (exact typeidx) of custom descriptors: 0x62 u32. */
void wat_heap_type(P *p, wbuf *b) {
  uint8_t c;
  if (find_heapname(p, heap_types, sizeof heap_types / sizeof heap_types[0], &c)) { p->pos++; put8(p, b, c); return; }
  if (at_idx(p)) { wat_puts_(p, b, (int64_t)read_idx(p, NS_TYPE)); return; }
  if (at_open(p, "exact")) {
    p->pos += 2;
    put8(p, b, 0x62);
    wat_putu(p, b, read_idx(p, NS_TYPE));
    wat_expect(p, WT_RPAR);
    return;
  }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a heap type");
}

/* Is the cursor at a value type? */
bool wat_at_valtype(P *p) {
  uint8_t c;
  if (at_open(p, "ref")) return true;
  return find_heapname(p, num_types, 5, &c) || find_heapname(p, ref_abbrevs, sizeof ref_abbrevs / sizeof ref_abbrevs[0], &c);
}

/* valtype (packed: also i8 / i16 storage types). */
void wat_val_type_ex(P *p, wbuf *b, bool packed) {
  uint8_t c;
  if (packed && at_kw(p, "i8")) { p->pos++; put8(p, b, 0x78); return; }
  if (packed && at_kw(p, "i16")) { p->pos++; put8(p, b, 0x77); return; }
  if (find_heapname(p, num_types, 5, &c) || find_heapname(p, ref_abbrevs, sizeof ref_abbrevs / sizeof ref_abbrevs[0], &c)) {
    p->pos++;
    put8(p, b, c);
    return;
  }
  if (at_open(p, "ref")) {
    p->pos += 2;
    bool null = false;
    if (at_kw(p, "null")) { null = true; p->pos++; }
    put8(p, b, null ? 0x63 : 0x64);
    wat_heap_type(p, b);
    wat_expect(p, WT_RPAR);
    return;
  }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a value type");
}

/* Reference type only (for tables, elem segments). */
void wat_ref_type(P *p, wbuf *b) {
  uint8_t c;
  if (find_heapname(p, ref_abbrevs, sizeof ref_abbrevs / sizeof ref_abbrevs[0], &c)) { p->pos++; put8(p, b, c); return; }
  if (at_open(p, "ref")) { val_type(p, b); return; }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a reference type");
}

static wtype *new_type(P *p) {
  GROW(p->types, p->types_cap, p->ntypes, 1);
  wtype *t = &p->types[p->ntypes++];
  memset(t, 0, sizeof *t);
  return t;
}


/* (param ...)* (result ...)* into p->sig. names: param names are bound as locals of scope p->scope
 * (bind) or refused (!allow_names). */
void wat_read_sig(P *p, sig *s, bool allow_names, bool bind) {
  p->sig.n = 0;
  memset(s, 0, sizeof *s);
  while (at_open(p, "param")) {
    p->pos += 2;
    if (at_kind(p, WT_ID)) {
      if (!allow_names) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "a name is not allowed here");
      const wat_tok *t = cur(p);
      idname id = wat_id_of(p, t);
      if (bind && !wat_name_add(p, id.s, id.len, NS_LOCAL, p->scope, s->nparams))
        FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate local %.*s", (int)t->len, ttext(p, t));
      p->pos++;
      val_type(p, &p->sig);
      s->nparams++;
    } else {
      while (!at_kind(p, WT_RPAR)) { val_type(p, &p->sig); s->nparams++; }
    }
    wat_expect(p, WT_RPAR);
  }
  s->params_len = p->sig.n;
  while (at_open(p, "result")) {
    p->pos += 2;
    while (!at_kind(p, WT_RPAR)) { val_type(p, &p->sig); s->nresults++; }
    wat_expect(p, WT_RPAR);
  }
}

bool wat_sig_equals(P *p, const sig *s, const wtype *t) {
  return t->kind == 0x60 && t->nparams == s->nparams && t->nresults == s->nresults &&
         t->params_len == s->params_len && t->results_len == p->sig.n - s->params_len &&
         !memcmp(p->typebytes.p + t->params_off, p->sig.p, s->params_len) &&
         !memcmp(p->typebytes.p + t->results_off, p->sig.p + s->params_len, t->results_len);
}

/* Records a function type (from p->sig) in the type table and its encoding in out (if not NULL). */
static void add_functype(P *p, const sig *s, wtype *t, wbuf *out) {
  t->kind = 0x60;
  t->nparams = s->nparams;
  t->nresults = s->nresults;
  t->params_off = (uint32_t)p->typebytes.n;
  t->params_len = (uint32_t)s->params_len;
  wat_put(p, &p->typebytes, p->sig.p, s->params_len);
  t->results_off = (uint32_t)p->typebytes.n;
  t->results_len = (uint32_t)(p->sig.n - s->params_len);
  wat_put(p, &p->typebytes, p->sig.p + s->params_len, t->results_len);
  if (out) {
    put8(p, out, 0x60);
    wat_putu(p, out, s->nparams);
    wat_put(p, out, p->sig.p, s->params_len);
    wat_putu(p, out, s->nresults);
    wat_put(p, out, p->sig.p + s->params_len, t->results_len);
  }
}

/* The index of the first plain function type equal to s, adding one at the end if there is none. */
uint32_t wat_implicit_type(P *p, const sig *s) {
  for (size_t i = 0; i < p->ntypes; i++)
    if (p->types[i].implicit_ok && wat_sig_equals(p, s, &p->types[i])) return (uint32_t)i;
  wtype *t = new_type(p);
  t->implicit_ok = true;
  add_functype(p, s, t, &p->sec[SEC_TYPE]);
  p->count[SEC_TYPE]++;
  return (uint32_t)(p->ntypes - 1);
}

/* typeuse: (type x)? (param ...)* (result ...)*. Returns the type index; *nparams its parameter count
 * (0 when the type is not known here, e.g. a numeric index beyond the types). */
uint32_t wat_type_use(P *p, bool allow_names, bool bind, uint32_t *nparams) {
  uint32_t idx = 0;
  bool have = false;
  size_t at = p->pos;
  if (at_open(p, "type")) {
    p->pos += 2;
    idx = read_idx(p, NS_TYPE);
    wat_expect(p, WT_RPAR);
    have = true;
  }
  sig s;
  wat_read_sig(p, &s, allow_names, bind);
  if (!have) {
    idx = wat_implicit_type(p, &s);
    if (nparams) *nparams = s.nparams;
    return idx;
  }
  const wtype *t = idx < p->ntypes ? &p->types[idx] : NULL;
  if (s.nparams || s.nresults || p->sig.n) {
    if (!t || !wat_sig_equals(p, &s, t)) wat_fail_at(p, at, WD_E_TEXT_INLINE_TYPE, "the inline signature differs from the type");
  }
  /* with (type x) alone the parameters are unnamed; their count comes from the type */
  if (nparams) *nparams = t && t->kind == 0x60 ? t->nparams : s.nparams;
  return idx;
}

/* fieldtype: storagetype | (mut storagetype) */
static void field_type(P *p, wbuf *b) {
  if (at_open(p, "mut")) {
    p->pos += 2;
    wat_val_type_ex(p, b, true);
    wat_expect(p, WT_RPAR);
    put8(p, b, 1);
  } else {
    wat_val_type_ex(p, b, true);
    put8(p, b, 0);
  }
}

/* One (type ...) definition: binds field names, records the type, emits its encoding into out. */
void wat_type_def(P *p, wbuf *out) {
  wat_enter(p);
  open_kw(p, "type");
  uint32_t tidx = (uint32_t)p->ntypes;
  if (at_kind(p, WT_ID)) p->pos++;                    /* bound in pass 1 */
  wtype *t = new_type(p);
  bool sub = false;
  if (at_open(p, "sub")) {
    p->pos += 2;
    sub = true;
    bool final = false;
    if (at_kw(p, "final")) { final = true; p->pos++; }
    wbuf *sup = &p->tmp;
    sup->n = 0;
    uint32_t n = 0;
    while (at_idx(p)) { wat_putu(p, sup, read_idx(p, NS_TYPE)); n++; }
    put8(p, out, final ? 0x4F : 0x50);
    wat_putu(p, out, n);
    wat_put(p, out, sup->p, sup->n);
  }
  /* custom descriptors: (describes x)? (descriptor y)? before the composite type, in that order */
  static const struct { const char *kw; uint8_t code; } clauses[] = {{"describes", 0x4C}, {"descriptor", 0x4D}};
  for (size_t i = 0; i < 2; i++) {
    if (!at_open(p, clauses[i].kw)) continue;
    p->pos += 2;
    put8(p, out, clauses[i].code);
    wat_putu(p, out, read_idx(p, NS_TYPE));
    wat_expect(p, WT_RPAR);
  }
  wat_expect(p, WT_LPAR);
  if (at_kw(p, "func")) {
    p->pos++;
    sig s;
    wat_read_sig(p, &s, true, false);
    t = &p->types[tidx];                             /* read_sig does not add types; stays valid */
    add_functype(p, &s, t, out);
    t->implicit_ok = !sub;
  } else if (at_kw(p, "struct")) {
    p->pos++;
    t->kind = 0x5F;
    wbuf *f = &p->tmp;
    f->n = 0;
    uint32_t n = 0;
    while (at_open(p, "field")) {
      p->pos += 2;
      if (at_kind(p, WT_ID)) {
        const wat_tok *nt = cur(p);
        idname id = wat_id_of(p, nt);
        if (!wat_name_add(p, id.s, id.len, NS_FIELD, tidx + 1, n))
          FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate field %.*s", (int)nt->len, ttext(p, nt));
        p->pos++;
        field_type(p, f);
        n++;
      } else {
        while (!at_kind(p, WT_RPAR)) { field_type(p, f); n++; }
      }
      wat_expect(p, WT_RPAR);
    }
    put8(p, out, 0x5F);
    wat_putu(p, out, n);
    wat_put(p, out, f->p, f->n);
  } else if (at_kw(p, "array")) {
    p->pos++;
    t->kind = 0x5E;
    put8(p, out, 0x5E);
    field_type(p, out);
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, struct or array");
  }
  wat_expect(p, WT_RPAR);
  if (sub) wat_expect(p, WT_RPAR);
  wat_expect(p, WT_RPAR);
  leave(p);
}


/* A reference type abbreviation (funcref, externref, ...) at the current token: its heap type code. */
bool wat_find_ref_abbrev(P *p, uint8_t *code) {
  return find_heapname(p, ref_abbrevs, sizeof ref_abbrevs / sizeof ref_abbrevs[0], code);
}
