/* wat.c — the WebAssembly text reader: module text -> binary module bytes (wd_wat_to_wasm).
 *
 * A stage in front of the decoder: it emits the binary format, which the one decoder then reads, so the
 * text reader checks only what the text format itself requires (syntax, names, literals, abbreviations)
 * and leaves every validation rule to validate.c. Instruction mnemonics, opcodes and immediate kinds come
 * from opcodes.def. Three passes over the tokens of wat_lex: (1) find the module's fields and bind their
 * names to indices, (2) read the type definitions, (3) read every other field and emit its section
 * entries; then the sections are put together. Errors unwind with longjmp to wd_wat_to_wasm, which
 * frees everything; every buffer lives in the parser state for that reason.
 * May use warden.h, config.h, arena.h (the allocator) and wat_lex.h; nothing of decode and later stages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "wat_lex.h"

/* ---------------------------------------------------------------- the opcode table */

/* Immediate kinds, as opcodes.def names them (the values are this file's own). */
#define IMM_NONE 0
#define IMM_BLOCKTYPE 1
#define IMM_LABEL 2
#define IMM_BR_TABLE 3
#define IMM_FUNC 4
#define IMM_CALL_INDIRECT 5
#define IMM_LOCAL 6
#define IMM_GLOBAL 7
#define IMM_TABLE 8
#define IMM_MEMARG 9
#define IMM_MEM 10
#define IMM_MEM_MEM 11
#define IMM_I32 12
#define IMM_I64 13
#define IMM_F32 14
#define IMM_F64 15
#define IMM_V128 16
#define IMM_SHUFFLE 17
#define IMM_LANE 18
#define IMM_MEMARG_LANE 19
#define IMM_SELECT_T 20
#define IMM_REFTYPE 21
#define IMM_TABLE_TABLE 22
#define IMM_ELEM_TABLE 23
#define IMM_ELEM 24
#define IMM_DATA_MEM 25
#define IMM_DATA 26
#define IMM_TYPE 27
#define IMM_TYPE_FIELD 28
#define IMM_TYPE_U32 29
#define IMM_TYPE_DATA 30
#define IMM_TYPE_ELEM 31
#define IMM_TYPE_TYPE 32
#define IMM_CAST 33
#define IMM_BR_ON_CAST 34
#define IMM_TAG 35
#define IMM_ZERO 36
#define IMM_TRY_TABLE 37   /* try_table: read by the block reader itself */

typedef struct opinfo {
  const char *mnemonic;
  uint16_t prefix;
  uint32_t code;
  uint8_t imm;
  uint8_t memsz;
} opinfo;

static const opinfo ops[] = {
#define OP(name, prefix, code, imm, sig, memsz, mn) {mn, prefix, code, imm, memsz},
#define TEXT_OP(name, prefix, code, imm, memsz, mn) {mn, prefix, code, imm, memsz},
#include "opcodes.def"
#undef TEXT_OP
#undef OP
};
#define NOPS (sizeof ops / sizeof ops[0])

/* ---------------------------------------------------------------- buffers and names */

typedef struct wbuf {
  uint8_t *p;
  size_t n, cap;
} wbuf;

/* Name spaces of the hash below. */
enum { NS_TYPE, NS_FUNC, NS_TABLE, NS_MEM, NS_GLOBAL, NS_ELEM, NS_DATA, NS_TAG, NS_LOCAL, NS_FIELD, NS_OP,
       NS_COUNT };
static const char *const ns_names[NS_COUNT] = {"type", "function", "table", "memory", "global", "elem",
                                               "data", "tag", "local", "field", "operator"};

typedef struct name_ent {
  const char *s;                 /* NULL: empty slot */
  uint32_t len, ns, scope, value;
} name_ent;

typedef struct wtype {
  uint8_t kind;                  /* 0x60 func, 0x5F struct, 0x5E array */
  bool implicit_ok;              /* may be found by an inline type use (a plain, final function type) */
  uint32_t params_off, params_len, nparams; /* in P.typebytes */
  uint32_t results_off, results_len, nresults;
} wtype;

typedef struct label { const char *s; uint32_t len; } label;  /* len 0: no name */

enum { SEC_TYPE = 1, SEC_IMPORT, SEC_FUNC, SEC_TABLE, SEC_MEM, SEC_GLOBAL, SEC_EXPORT, SEC_START, SEC_ELEM,
       SEC_CODE, SEC_DATA, SEC_DATACOUNT, SEC_TAG, SEC_MAX };

/* A custom section from (@custom "name" placement? "data"*): placed before or after the section `sec`
 * (SEC_TYPE..SEC_TAG; 0 with `after` false: before the first; 0 with `after` true: after the last). */
typedef struct custom_sec {
  uint8_t sec;
  bool after;
  uint32_t name_off, name_len, data_off, data_len;   /* in P.annot */
} custom_sec;

/* A (@name "...") annotation: the kept token it follows (a keyword or the identifier after one). */
typedef struct attached_name {
  size_t tok;
  uint32_t off, len;             /* the string's bytes in P.annot */
} attached_name;

/* Name section subsections warden writes: module (0), functions (1), tables (5), memories (6),
 * globals (7), tags (11). */
enum { NAME_MODULE = 0, NAME_FUNC = 1, NAME_TABLE = 5, NAME_MEM = 6, NAME_GLOBAL = 7, NAME_TAG = 11,
       NAME_SUBSECTIONS = 12 };

/* Scratch buffers for one segment or table (in the parser state, so an error frees them). */
typedef struct seg_bufs { wbuf offset, items, rt; } seg_bufs;

typedef struct P {
  const char *text;
  size_t len;
  const wd_allocator *al;
  wd_error *err;
  jmp_buf jb;
  wat_toks toks;
  size_t pos;
  unsigned depth;

  name_ent *names;
  size_t names_cap, names_n;

  wbuf sec[SEC_MAX];
  uint32_t count[SEC_MAX];
  wbuf body, stash, sig, typebytes, tmp, locals, out;
  seg_bufs sb;
  wtype *types;
  size_t ntypes, types_cap;
  label *labels;
  size_t nlabels, labels_cap;
  size_t *fields;                /* token index of each module field's "(" */
  size_t nfields, fields_cap;

  uint32_t nidx[NS_COUNT];       /* indices handed out per space in pass 1 */
  uint32_t scope;                /* current local scope (one per function) */
  uint8_t *mem64;                /* per memory: 64-bit addresses (offsets are u64 then, else u32) */
  char *idtext;                  /* len bytes: quoted identifiers $"..." decoded at their own offsets */
  size_t nmem64, mem64_cap;
  bool u64_limits;               /* memory64 on: limits and offsets are u64 for i32 memories too (3.0) */
  bool have_start, need_datacount;

  /* Annotations the reader writes out (read before the others are dropped, see read_annotations). */
  wbuf annot;                    /* the bytes of custom section names and contents, and of @name strings */
  custom_sec *customs;           /* (@custom ...) in text order */
  size_t ncustoms, customs_cap;
  attached_name *anames;         /* (@name ...) by the token (kept-token index) each follows */
  size_t nanames, anames_cap;
  wbuf namesec[NAME_SUBSECTIONS]; /* the name section's subsections, filled as fields are read */
  uint32_t namecount[NAME_SUBSECTIONS];
} P;

static void fail_at(P *p, size_t tok, wd_errcode code, const char *fmt, ...) __attribute__((noreturn, format(printf, 4, 5)));
static void fail_at(P *p, size_t tok, wd_errcode code, const char *fmt, ...) {
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
#define FAIL(code, ...) fail_at(p, p->pos, code, __VA_ARGS__)

static void oom(P *p) { fail_at(p, p->pos, WD_E_OUT_OF_MEMORY, NULL); }

/* Makes room for `more` items of `size` bytes in *v (capacity *cap, n used). */
static void grow(P *p, void **v, size_t *cap, size_t n, size_t more, size_t size) {
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
#define GROW(vec, capf, n, more) grow(p, (void **)&(vec), &(capf), (n), (more), sizeof *(vec))

static void put(P *p, wbuf *b, const void *src, size_t n) {
  if (!n) return;
  GROW(b->p, b->cap, b->n, n);
  memcpy(b->p + b->n, src, n);
  b->n += n;
}
static void put8(P *p, wbuf *b, uint8_t v) { put(p, b, &v, 1); }
static void putu(P *p, wbuf *b, uint64_t v) {
  uint8_t t[10];
  size_t n = 0;
  do {
    uint8_t c = v & 0x7f;
    v >>= 7;
    t[n++] = (uint8_t)(c | (v ? 0x80 : 0));
  } while (v);
  put(p, b, t, n);
}
static void puts_(P *p, wbuf *b, int64_t v) {
  uint8_t t[10];
  size_t n = 0;
  for (;;) {
    uint8_t c = v & 0x7f;
    v >>= 7;                      /* arithmetic shift */
    bool done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
    t[n++] = (uint8_t)(c | (done ? 0 : 0x80));
    if (done) break;
  }
  put(p, b, t, n);
}
static void put_le(P *p, wbuf *b, uint64_t v, int bytes) {
  uint8_t t[8];
  for (int i = 0; i < bytes; i++) t[i] = (uint8_t)(v >> (8 * i));
  put(p, b, t, (size_t)bytes);
}
/* Appends vec(bytes of src): its length then its bytes. */
static void put_vec(P *p, wbuf *b, const wbuf *src) {
  putu(p, b, src->n);
  put(p, b, src->p, src->n);
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

static bool name_find(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope, uint32_t *value) {
  name_ent *e = name_slot(p, s, len, ns, scope);
  if (!e || !e->s) return false;
  *value = e->value;
  return true;
}

/* Binds a name; false if it is bound already in that space and scope. */
static bool name_add(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope, uint32_t value) {
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

static const wat_tok *tk(P *p, size_t i) { return &p->toks.v[i < p->toks.n ? i : p->toks.n]; }
static const wat_tok *cur(P *p) { return tk(p, p->pos); }
static const char *ttext(P *p, const wat_tok *t) { return p->text + t->off; }

/* The name an identifier token stands for: $abc and $"abc" are the same name. A quoted one is decoded
 * into p->idtext at the token's own offset (so the bytes stay put while the name table refers to them). */
typedef struct idname { const char *s; uint32_t len; } idname;
static idname id_of(P *p, const wat_tok *t) {
  if (t->len < 2 || p->text[t->off + 1] != '"') return (idname){ttext(p, t) + 1, t->len - 1};
  if (!p->idtext && !(p->idtext = wd_alloc(p->al, p->len))) oom(p);
  size_t n = 0;
  size_t at = (size_t)(t - p->toks.v);
  if (!wat_string(ttext(p, t) + 1, t->len - 1, (uint8_t *)p->idtext + t->off, &n))
    fail_at(p, at, WD_E_TEXT_MALFORMED, "malformed identifier");
  if (!n) fail_at(p, at, WD_E_TEXT_MALFORMED, "empty identifier");
  if (!wat_utf8_ok((const uint8_t *)p->idtext + t->off, n)) fail_at(p, at, WD_E_TEXT_UTF8, "in an identifier");
  return (idname){p->idtext + t->off, (uint32_t)n};
}

static bool tok_is(P *p, size_t i, const char *kw) {
  const wat_tok *t = tk(p, i);
  size_t n = strlen(kw);
  return t->kind == WT_ATOM && t->len == n && !memcmp(ttext(p, t), kw, n);
}
static bool at_kw(P *p, const char *kw) { return tok_is(p, p->pos, kw); }
/* Is the next thing "(kw"? */
static bool at_open(P *p, const char *kw) { return cur(p)->kind == WT_LPAR && tok_is(p, p->pos + 1, kw); }
static bool at_kind(P *p, uint32_t kind) { return cur(p)->kind == kind; }

static void expect(P *p, uint32_t kind) {
  if (cur(p)->kind != kind)
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected %s", kind == WT_LPAR ? "'('" : kind == WT_RPAR ? "')'" :
                                                    kind == WT_STRING ? "a string" : "a token");
  p->pos++;
}
static void expect_kw(P *p, const char *kw) {
  if (!at_kw(p, kw)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected '%s'", kw);
  p->pos++;
}
static void open_kw(P *p, const char *kw) { expect(p, WT_LPAR); expect_kw(p, kw); }

/* Skips one balanced group starting at "(" (or one token). */
static void skip(P *p) {
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
static void skip_annots(P *p) {
  while (at_kind(p, WT_ANNOT)) skip(p);
}

static bool is_num(P *p, size_t i) {
  const wat_tok *t = tk(p, i);
  if (t->kind != WT_ATOM) return false;
  char c = ttext(p, t)[0];
  return c >= '0' && c <= '9';
}
static bool at_idx(P *p) { return at_kind(p, WT_ID) || is_num(p, p->pos); }

/* The error for a literal that did not read: out of range, or not a number at all. */
static wd_errcode num_error(P *p, const wat_tok *t) {
  return wat_num_syntax(ttext(p, t), t->len) ? WD_E_TEXT_CONST_RANGE : WD_E_TEXT_UNKNOWN_OPERATOR;
}

static uint64_t read_uint(P *p, unsigned bits) {
  const wat_tok *t = cur(p);
  uint64_t v;
  if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a number");
  if (!wat_uint(ttext(p, t), t->len, bits, &v))
    FAIL(num_error(p, t), "u%u: %.*s", bits,
         (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
  p->pos++;
  return v;
}
static uint32_t read_u32(P *p) { return (uint32_t)read_uint(p, 32); }

static uint64_t read_int(P *p, unsigned bits) {
  const wat_tok *t = cur(p);
  uint64_t v;
  if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a number");
  if (!wat_int(ttext(p, t), t->len, bits, &v))
    FAIL(num_error(p, t), "i%u constant: %.*s", bits, (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
  p->pos++;
  return v;
}

/* Resolves an index: a number, or a name bound in space ns (scope: 0 for module spaces). */
static uint32_t read_idx_in(P *p, uint32_t ns, uint32_t scope) {
  const wat_tok *t = cur(p);
  if (t->kind == WT_ID) {
    uint32_t v;
    idname id = id_of(p, t);
    if (!name_find(p, id.s, id.len, ns, scope, &v))
      FAIL(WD_E_TEXT_UNKNOWN_NAME, "unknown %s %.*s", ns_names[ns], (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
    p->pos++;
    return v;
  }
  if (!is_num(p, p->pos)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a %s index", ns_names[ns]);
  return read_u32(p);
}
static uint32_t read_idx(P *p, uint32_t ns) { return read_idx_in(p, ns, 0); }

/* Appends the bytes of the string token at the cursor to b; checks UTF-8 when asked. */
static void read_string(P *p, wbuf *b, bool utf8) {
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
static void read_name(P *p, wbuf *dst) {
  wbuf *t = &p->tmp;
  t->n = 0;
  read_string(p, t, true);
  put_vec(p, dst, t);
}

static void enter(P *p) {
  if (++p->depth > WD_WAT_MAX_NESTING) FAIL(WD_E_TEXT_NESTING, "more than %u levels", WD_WAT_MAX_NESTING);
}
static void leave(P *p) { p->depth--; }

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
static void heap_type(P *p, wbuf *b) {
  uint8_t c;
  if (find_heapname(p, heap_types, sizeof heap_types / sizeof heap_types[0], &c)) { p->pos++; put8(p, b, c); return; }
  if (at_idx(p)) { puts_(p, b, (int64_t)read_idx(p, NS_TYPE)); return; }
  if (at_open(p, "exact")) {
    p->pos += 2;
    put8(p, b, 0x62);
    putu(p, b, read_idx(p, NS_TYPE));
    expect(p, WT_RPAR);
    return;
  }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a heap type");
}

/* Is the cursor at a value type? */
static bool at_valtype(P *p) {
  uint8_t c;
  if (at_open(p, "ref")) return true;
  return find_heapname(p, num_types, 5, &c) || find_heapname(p, ref_abbrevs, sizeof ref_abbrevs / sizeof ref_abbrevs[0], &c);
}

/* valtype (packed: also i8 / i16 storage types). */
static void val_type_ex(P *p, wbuf *b, bool packed) {
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
    heap_type(p, b);
    expect(p, WT_RPAR);
    return;
  }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a value type");
}
static void val_type(P *p, wbuf *b) { val_type_ex(p, b, false); }

/* Reference type only (for tables, elem segments). */
static void ref_type(P *p, wbuf *b) {
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

/* The signature being read: params then results, as counts and bytes. */
typedef struct sig {
  uint32_t nparams, nresults;
  size_t params_len;             /* bytes of params in p->sig; results follow */
} sig;

/* (param ...)* (result ...)* into p->sig. names: param names are bound as locals of scope p->scope
 * (bind) or refused (!allow_names). */
static void read_sig(P *p, sig *s, bool allow_names, bool bind) {
  p->sig.n = 0;
  memset(s, 0, sizeof *s);
  while (at_open(p, "param")) {
    p->pos += 2;
    if (at_kind(p, WT_ID)) {
      if (!allow_names) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "a name is not allowed here");
      const wat_tok *t = cur(p);
      idname id = id_of(p, t);
      if (bind && !name_add(p, id.s, id.len, NS_LOCAL, p->scope, s->nparams))
        FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate local %.*s", (int)t->len, ttext(p, t));
      p->pos++;
      val_type(p, &p->sig);
      s->nparams++;
    } else {
      while (!at_kind(p, WT_RPAR)) { val_type(p, &p->sig); s->nparams++; }
    }
    expect(p, WT_RPAR);
  }
  s->params_len = p->sig.n;
  while (at_open(p, "result")) {
    p->pos += 2;
    while (!at_kind(p, WT_RPAR)) { val_type(p, &p->sig); s->nresults++; }
    expect(p, WT_RPAR);
  }
}

static bool sig_equals(P *p, const sig *s, const wtype *t) {
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
  put(p, &p->typebytes, p->sig.p, s->params_len);
  t->results_off = (uint32_t)p->typebytes.n;
  t->results_len = (uint32_t)(p->sig.n - s->params_len);
  put(p, &p->typebytes, p->sig.p + s->params_len, t->results_len);
  if (out) {
    put8(p, out, 0x60);
    putu(p, out, s->nparams);
    put(p, out, p->sig.p, s->params_len);
    putu(p, out, s->nresults);
    put(p, out, p->sig.p + s->params_len, t->results_len);
  }
}

/* The index of the first plain function type equal to s, adding one at the end if there is none. */
static uint32_t implicit_type(P *p, const sig *s) {
  for (size_t i = 0; i < p->ntypes; i++)
    if (p->types[i].implicit_ok && sig_equals(p, s, &p->types[i])) return (uint32_t)i;
  wtype *t = new_type(p);
  t->implicit_ok = true;
  add_functype(p, s, t, &p->sec[SEC_TYPE]);
  p->count[SEC_TYPE]++;
  return (uint32_t)(p->ntypes - 1);
}

/* typeuse: (type x)? (param ...)* (result ...)*. Returns the type index; *nparams its parameter count
 * (0 when the type is not known here, e.g. a numeric index beyond the types). */
static uint32_t type_use(P *p, bool allow_names, bool bind, uint32_t *nparams) {
  uint32_t idx = 0;
  bool have = false;
  size_t at = p->pos;
  if (at_open(p, "type")) {
    p->pos += 2;
    idx = read_idx(p, NS_TYPE);
    expect(p, WT_RPAR);
    have = true;
  }
  sig s;
  read_sig(p, &s, allow_names, bind);
  if (!have) {
    idx = implicit_type(p, &s);
    if (nparams) *nparams = s.nparams;
    return idx;
  }
  const wtype *t = idx < p->ntypes ? &p->types[idx] : NULL;
  if (s.nparams || s.nresults || p->sig.n) {
    if (!t || !sig_equals(p, &s, t)) fail_at(p, at, WD_E_TEXT_INLINE_TYPE, "the inline signature differs from the type");
  }
  /* with (type x) alone the parameters are unnamed; their count comes from the type */
  if (nparams) *nparams = t && t->kind == 0x60 ? t->nparams : s.nparams;
  return idx;
}

/* fieldtype: storagetype | (mut storagetype) */
static void field_type(P *p, wbuf *b) {
  if (at_open(p, "mut")) {
    p->pos += 2;
    val_type_ex(p, b, true);
    expect(p, WT_RPAR);
    put8(p, b, 1);
  } else {
    val_type_ex(p, b, true);
    put8(p, b, 0);
  }
}

/* One (type ...) definition: binds field names, records the type, emits its encoding into out. */
static void type_def(P *p, wbuf *out) {
  enter(p);
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
    while (at_idx(p)) { putu(p, sup, read_idx(p, NS_TYPE)); n++; }
    put8(p, out, final ? 0x4F : 0x50);
    putu(p, out, n);
    put(p, out, sup->p, sup->n);
  }
  /* custom descriptors: (describes x)? (descriptor y)? before the composite type, in that order */
  static const struct { const char *kw; uint8_t code; } clauses[] = {{"describes", 0x4C}, {"descriptor", 0x4D}};
  for (size_t i = 0; i < 2; i++) {
    if (!at_open(p, clauses[i].kw)) continue;
    p->pos += 2;
    put8(p, out, clauses[i].code);
    putu(p, out, read_idx(p, NS_TYPE));
    expect(p, WT_RPAR);
  }
  expect(p, WT_LPAR);
  if (at_kw(p, "func")) {
    p->pos++;
    sig s;
    read_sig(p, &s, true, false);
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
        idname id = id_of(p, nt);
        if (!name_add(p, id.s, id.len, NS_FIELD, tidx + 1, n))
          FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate field %.*s", (int)nt->len, ttext(p, nt));
        p->pos++;
        field_type(p, f);
        n++;
      } else {
        while (!at_kind(p, WT_RPAR)) { field_type(p, f); n++; }
      }
      expect(p, WT_RPAR);
    }
    put8(p, out, 0x5F);
    putu(p, out, n);
    put(p, out, f->p, f->n);
  } else if (at_kw(p, "array")) {
    p->pos++;
    t->kind = 0x5E;
    put8(p, out, 0x5E);
    field_type(p, out);
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, struct or array");
  }
  expect(p, WT_RPAR);
  if (sub) expect(p, WT_RPAR);
  expect(p, WT_RPAR);
  leave(p);
}

/* ---------------------------------------------------------------- instructions */

static int find_op(P *p, const wat_tok *t) {
  uint32_t v;
  return name_find(p, ttext(p, t), t->len, NS_OP, 0, &v) ? (int)v : -1;
}

static void emit_opcode(P *p, wbuf *b, const opinfo *o) {
  if (o->prefix) { put8(p, b, (uint8_t)o->prefix); putu(p, b, o->code); }
  else put8(p, b, (uint8_t)o->code);
}

static uint32_t label_idx(P *p) {
  const wat_tok *t = cur(p);
  if (t->kind == WT_ID) {
    idname id = id_of(p, t);
    for (size_t i = p->nlabels; i-- > 0;) {
      label *l = &p->labels[i];
      if (l->len && l->len == id.len && !memcmp(l->s, id.s, id.len)) {
        p->pos++;
        return (uint32_t)(p->nlabels - 1 - i);
      }
    }
    FAIL(WD_E_TEXT_UNKNOWN_NAME, "unknown label %.*s", (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
  }
  if (!is_num(p, p->pos)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a label");
  return read_u32(p);
}

static void push_label(P *p, const wat_tok *name) {
  GROW(p->labels, p->labels_cap, p->nlabels, 1);
  if (!name) { p->labels[p->nlabels++] = (label){NULL, 0}; return; }
  idname id = id_of(p, name);
  p->labels[p->nlabels++] = (label){id.s, id.len};
}

/* An optional label name after block/loop/if/else/end; checks it matches the open block's. */
static void check_end_label(P *p) {
  if (!at_kind(p, WT_ID)) return;
  const wat_tok *t = cur(p);
  const label *l = &p->labels[p->nlabels - 1];
  idname id = id_of(p, t);
  if (l->len != id.len || memcmp(l->s, id.s, id.len))
    FAIL(WD_E_TEXT_MISMATCHING_LABEL, "%.*s", (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
  p->pos++;
}

/* blocktype: (type x)? (param t*)* (result t*)*; emitted into b. */
static void block_type(P *p, wbuf *b) {
  size_t at = p->pos;
  if (at_open(p, "type")) {
    p->pos += 2;
    uint32_t idx = read_idx(p, NS_TYPE);
    expect(p, WT_RPAR);
    sig s;
    read_sig(p, &s, false, false);
    if (p->sig.n || s.nparams || s.nresults) {
      const wtype *t = idx < p->ntypes ? &p->types[idx] : NULL;
      if (!t || !sig_equals(p, &s, t)) fail_at(p, at, WD_E_TEXT_INLINE_TYPE, "the inline signature differs from the type");
    }
    puts_(p, b, idx);
    return;
  }
  sig s;
  read_sig(p, &s, false, false);
  if (s.nparams == 0 && s.nresults == 0) put8(p, b, 0x40);
  else if (s.nparams == 0 && s.nresults == 1) put(p, b, p->sig.p, p->sig.n);
  else puts_(p, b, implicit_type(p, &s));
}

static void memarg(P *p, wbuf *b, const opinfo *o, bool lane) {
  uint32_t mem = 0;
  /* an optional memory index; for lane instructions a lone number is the lane */
  if (at_kind(p, WT_ID) || (is_num(p, p->pos) && (!lane || is_num(p, p->pos + 1) ||
                                                  (tk(p, p->pos + 1)->kind == WT_ATOM &&
                                                   (!strncmp(ttext(p, tk(p, p->pos + 1)), "offset=", 7) ||
                                                    !strncmp(ttext(p, tk(p, p->pos + 1)), "align=", 6))))))
    mem = read_idx(p, NS_MEM);
  bool m64 = mem < p->nmem64 && p->mem64[mem];
  uint64_t offset = 0;
  uint32_t align_log = 0;
  while ((uint32_t)o->memsz >> (align_log + 1)) align_log++;
  if (cur(p)->kind == WT_ATOM && cur(p)->len > 7 && !strncmp(ttext(p, cur(p)), "offset=", 7)) {
    const wat_tok *t = cur(p);
    /* With memory64, u64 for every memory as Wasm 3.0 reads it (the validator says "offset out of
     * range" for a 32-bit memory's); without, u32 for 32-bit memories as Wasm 2.0 reads it. */
    if (!wat_uint(ttext(p, t) + 7, t->len - 7, m64 || p->u64_limits ? 64 : 32, &offset))
      FAIL(WD_E_TEXT_CONST_RANGE, "offset: %.*s", (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
    p->pos++;
  }
  if (cur(p)->kind == WT_ATOM && cur(p)->len > 6 && !strncmp(ttext(p, cur(p)), "align=", 6)) {
    const wat_tok *t = cur(p);
    uint64_t a;
    if (!wat_uint(ttext(p, t) + 6, t->len - 6, p->u64_limits ? 64 : 32, &a))
      FAIL(WD_E_TEXT_CONST_RANGE, "align: %.*s", (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
    if (!a || (a & (a - 1))) FAIL(WD_E_TEXT_ALIGNMENT, "%.*s", (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
    align_log = (uint32_t)__builtin_ctzll(a);          /* a power of two, up to 2^63 */
    p->pos++;
  }
  if (mem) {
    putu(p, b, align_log | 0x40);
    putu(p, b, mem);
  } else {
    putu(p, b, align_log);
  }
  putu(p, b, offset);
}

static void v128_const(P *p, wbuf *b) {
  static const struct { const char *shape; int lanes, bits; char kind; } shapes[] = {
    {"i8x16", 16, 8, 'i'}, {"i16x8", 8, 16, 'i'}, {"i32x4", 4, 32, 'i'}, {"i64x2", 2, 64, 'i'},
    {"f32x4", 4, 32, 'f'}, {"f64x2", 2, 64, 'f'},
  };
  for (size_t s = 0; s < 6; s++) {
    if (!at_kw(p, shapes[s].shape)) continue;
    p->pos++;
    for (int i = 0; i < shapes[s].lanes; i++) {
      const wat_tok *t = cur(p);
      if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected %d lanes", shapes[s].lanes);
      uint64_t v;
      if (shapes[s].kind == 'i') v = read_int(p, (unsigned)shapes[s].bits);
      else {
        bool ok;
        if (shapes[s].bits == 32) { uint32_t f; ok = wat_f32(ttext(p, t), t->len, &f); v = f; }
        else ok = wat_f64(ttext(p, t), t->len, &v);
        if (!ok) FAIL(num_error(p, t), "f%d lane: %.*s", shapes[s].bits, (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
        p->pos++;
      }
      put_le(p, b, v, shapes[s].bits / 8);
    }
    return;
  }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a v128 shape (i8x16 ... f64x2)");
}

static void instrs(P *p, wbuf *b);
static void folded(P *p, wbuf *b);

/* A reference type written for a cast: its heap type is appended to b; returns whether it is nullable. */
static bool ref_heap(P *p, wbuf *b) {
  uint8_t c;
  if (find_heapname(p, ref_abbrevs, sizeof ref_abbrevs / sizeof ref_abbrevs[0], &c)) {
    p->pos++;
    put8(p, b, c);
    return true;
  }
  if (!at_open(p, "ref")) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a reference type");
  p->pos += 2;
  bool null = false;
  if (at_kw(p, "null")) { null = true; p->pos++; }
  heap_type(p, b);
  expect(p, WT_RPAR);
  return null;
}

/* The immediates of a plain instruction (its opcode already emitted). */
static void immediates(P *p, wbuf *b, const opinfo *o) {
  switch (o->imm) {
  case IMM_NONE: break;
  case IMM_LABEL: putu(p, b, label_idx(p)); break;
  case IMM_BR_TABLE: {
    uint32_t n = 0;
    size_t save = p->stash.n;
    while (at_idx(p)) { putu(p, &p->stash, label_idx(p)); n++; }
    if (!n) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "br_table needs a label");
    putu(p, b, n - 1);
    put(p, b, p->stash.p + save, p->stash.n - save);
    p->stash.n = save;
    break;
  }
  case IMM_FUNC: putu(p, b, read_idx(p, NS_FUNC)); break;
  case IMM_CALL_INDIRECT: {
    uint32_t table = at_idx(p) ? read_idx(p, NS_TABLE) : 0;
    uint32_t type = type_use(p, false, false, NULL);
    putu(p, b, type);
    putu(p, b, table);
    break;
  }
  case IMM_LOCAL: putu(p, b, read_idx_in(p, NS_LOCAL, p->scope)); break;
  case IMM_GLOBAL: putu(p, b, read_idx(p, NS_GLOBAL)); break;
  case IMM_TABLE: putu(p, b, at_idx(p) ? read_idx(p, NS_TABLE) : 0); break;
  case IMM_MEMARG: memarg(p, b, o, false); break;
  case IMM_MEM: putu(p, b, at_idx(p) ? read_idx(p, NS_MEM) : 0); break;
  case IMM_MEM_MEM: {
    uint32_t d = 0, s = 0;
    if (at_idx(p)) { d = read_idx(p, NS_MEM); s = read_idx(p, NS_MEM); }
    putu(p, b, d);
    putu(p, b, s);
    break;
  }
  case IMM_I32: puts_(p, b, (int32_t)(uint32_t)read_int(p, 32)); break;
  case IMM_I64: puts_(p, b, (int64_t)read_int(p, 64)); break;
  case IMM_F32: case IMM_F64: {
    const wat_tok *t = cur(p);
    if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a number");
    uint64_t v;
    bool ok;
    if (o->imm == IMM_F32) { uint32_t f; ok = wat_f32(ttext(p, t), t->len, &f); v = f; }
    else ok = wat_f64(ttext(p, t), t->len, &v);
    if (!ok) FAIL(num_error(p, t), "%.*s", (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
    p->pos++;
    put_le(p, b, v, o->imm == IMM_F32 ? 4 : 8);
    break;
  }
  case IMM_V128: v128_const(p, b); break;
  case IMM_SHUFFLE:
    for (int i = 0; i < 16; i++) put8(p, b, (uint8_t)read_uint(p, 8));
    break;
  case IMM_LANE: put8(p, b, (uint8_t)read_uint(p, 8)); break;
  case IMM_MEMARG_LANE:
    memarg(p, b, o, true);
    put8(p, b, (uint8_t)read_uint(p, 8));
    break;
  case IMM_SELECT_T: break;                         /* handled by the caller */
  case IMM_REFTYPE: heap_type(p, b); break;
  case IMM_TABLE_TABLE: {
    uint32_t d = 0, s = 0;
    if (at_idx(p)) { d = read_idx(p, NS_TABLE); s = read_idx(p, NS_TABLE); }
    putu(p, b, d);
    putu(p, b, s);
    break;
  }
  case IMM_ELEM_TABLE: {
    uint32_t t = 0, e;
    if (at_idx(p) && (tk(p, p->pos + 1)->kind == WT_ID || is_num(p, p->pos + 1))) {
      t = read_idx(p, NS_TABLE);
      e = read_idx(p, NS_ELEM);
    } else {
      e = read_idx(p, NS_ELEM);
    }
    putu(p, b, e);
    putu(p, b, t);
    break;
  }
  case IMM_ELEM: putu(p, b, read_idx(p, NS_ELEM)); break;
  case IMM_DATA_MEM: {
    uint32_t m = 0, d;
    if (at_idx(p) && (tk(p, p->pos + 1)->kind == WT_ID || is_num(p, p->pos + 1))) {
      m = read_idx(p, NS_MEM);
      d = read_idx(p, NS_DATA);
    } else {
      d = read_idx(p, NS_DATA);
    }
    putu(p, b, d);
    putu(p, b, m);
    p->need_datacount = true;
    break;
  }
  case IMM_DATA:
    putu(p, b, read_idx(p, NS_DATA));
    p->need_datacount = true;
    break;
  case IMM_TYPE: putu(p, b, read_idx(p, NS_TYPE)); break;
  case IMM_TYPE_FIELD: {
    uint32_t t = read_idx(p, NS_TYPE);
    putu(p, b, t);
    putu(p, b, read_idx_in(p, NS_FIELD, t + 1));
    break;
  }
  case IMM_TYPE_U32: putu(p, b, read_idx(p, NS_TYPE)); putu(p, b, read_u32(p)); break;
  case IMM_TYPE_DATA: putu(p, b, read_idx(p, NS_TYPE)); putu(p, b, read_idx(p, NS_DATA)); break;
  case IMM_TYPE_ELEM: putu(p, b, read_idx(p, NS_TYPE)); putu(p, b, read_idx(p, NS_ELEM)); break;
  case IMM_TYPE_TYPE: putu(p, b, read_idx(p, NS_TYPE)); putu(p, b, read_idx(p, NS_TYPE)); break;
  case IMM_TAG: putu(p, b, read_idx(p, NS_TAG)); break;
  case IMM_ZERO: put8(p, b, 0); break;
  case IMM_BR_ON_CAST: {
    uint32_t l = label_idx(p);
    wbuf *t = &p->tmp;
    t->n = 0;
    bool null1 = ref_heap(p, t), null2 = ref_heap(p, t);
    put8(p, b, (uint8_t)(null1 | (null2 << 1)));
    putu(p, b, l);
    put(p, b, t->p, t->n);
    break;
  }
  default: FAIL(WD_E_TEXT_UNKNOWN_OPERATOR, "unsupported immediate");
  }
}

/* A plain instruction other than block/loop/if (at its mnemonic). */
static void plain_op(P *p, wbuf *b) {
  const wat_tok *t = cur(p);
  int oi = find_op(p, t);
  if (oi < 0) FAIL(WD_E_TEXT_UNKNOWN_OPERATOR, "%.*s", (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
  const opinfo *o = &ops[oi];
  if (o->imm == IMM_BLOCKTYPE || !strcmp(o->mnemonic, "end") || !strcmp(o->mnemonic, "else"))
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "%s out of place", o->mnemonic);
  p->pos++;
  if (!strcmp(o->mnemonic, "select") && at_open(p, "result")) {
    put8(p, b, 0x1C);
    sig s;
    read_sig(p, &s, false, false);
    if (s.nparams) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "select takes no params");
    putu(p, b, s.nresults);
    put(p, b, p->sig.p, p->sig.n);
    return;
  }
  if (o->imm == IMM_CAST) {
    wbuf *t = &p->tmp;
    t->n = 0;
    bool null = ref_heap(p, t);
    put8(p, b, (uint8_t)o->prefix);
    putu(p, b, o->code + null);
    put(p, b, t->p, t->n);
    return;
  }
  emit_opcode(p, b, o);
  immediates(p, b, o);
}

static bool at_block_kw(P *p) {
  return at_kw(p, "block") || at_kw(p, "loop") || at_kw(p, "if") || at_kw(p, "try_table") || at_kw(p, "try");
}

/* try_table's catch clauses: (catch x l) (catch_ref x l) (catch_all l) (catch_all_ref l), as
 * vec(catch) into b. Their labels are resolved outside the try_table's own label. */
static void catch_clauses(P *p, wbuf *b) {
  static const char *const kinds[] = {"catch", "catch_ref", "catch_all", "catch_all_ref"};
  size_t save = p->stash.n;
  uint32_t n = 0;
  for (;;) {
    int k = -1;
    for (int i = 0; i < 4; i++) if (at_open(p, kinds[i])) k = i;
    if (k < 0) break;
    p->pos += 2;
    put8(p, &p->stash, (uint8_t)k);
    if (k < 2) putu(p, &p->stash, read_idx(p, NS_TAG));
    putu(p, &p->stash, label_idx(p));
    expect(p, WT_RPAR);
    n++;
  }
  putu(p, b, n);
  put(p, b, p->stash.p + save, p->stash.n - save);
  p->stash.n = save;
}

/* A plain structured instruction: block/loop/if ... end. */
static void plain_block(P *p, wbuf *b) {
  enter(p);
  bool is_if = at_kw(p, "if"), is_tt = at_kw(p, "try_table"), is_try = at_kw(p, "try");
  put8(p, b, at_kw(p, "block") ? 0x02 : at_kw(p, "loop") ? 0x03 : is_if ? 0x04 : is_tt ? 0x1F : 0x06);
  p->pos++;
  const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
  if (name) p->pos++;
  block_type(p, b);
  if (is_tt) catch_clauses(p, b);
  push_label(p, name);
  instrs(p, b);
  if (is_if && at_kw(p, "else")) {
    p->pos++;
    check_end_label(p);
    put8(p, b, 0x05);
    instrs(p, b);
  }
  if (is_try) {                                    /* legacy: catch x ... / catch_all ... / delegate l */
    bool caught = false, all_seen = false;
    while (at_kw(p, "catch") || at_kw(p, "catch_all")) {
      bool all = at_kw(p, "catch_all");
      if (all_seen) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "nothing may follow catch_all");
      all_seen = all;
      caught = true;
      p->pos++;
      put8(p, b, all ? 0x19 : 0x07);
      if (!all) putu(p, b, read_idx(p, NS_TAG));
      instrs(p, b);
    }
    if (at_kw(p, "delegate")) {
      if (caught) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "delegate after catch");
      p->pos++;
      p->nlabels--;
      put8(p, b, 0x18);
      putu(p, b, label_idx(p));
      leave(p);
      return;
    }
  }
  expect_kw(p, "end");
  check_end_label(p);
  put8(p, b, 0x0B);
  p->nlabels--;
  leave(p);
}

/* Instructions until ")", "end" or "else". */
static void instrs(P *p, wbuf *b) {
  for (;;) {
    skip_annots(p);
    const wat_tok *t = cur(p);
    if (t->kind == WT_RPAR || t->kind == WT_EOF || at_kw(p, "end") || at_kw(p, "else") || at_kw(p, "catch") ||
        at_kw(p, "catch_all") || at_kw(p, "delegate"))
      return;
    if (t->kind == WT_LPAR) folded(p, b);
    else if (t->kind == WT_ATOM && at_block_kw(p)) plain_block(p, b);
    else if (t->kind == WT_ATOM) plain_op(p, b);
    else FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected an instruction");
  }
}

/* A folded instruction "( ... )". */
static void folded(P *p, wbuf *b) {
  enter(p);
  expect(p, WT_LPAR);
  if (at_kw(p, "block") || at_kw(p, "loop")) {
    put8(p, b, at_kw(p, "block") ? 0x02 : 0x03);
    p->pos++;
    const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
    if (name) p->pos++;
    block_type(p, b);
    push_label(p, name);
    instrs(p, b);
    if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected ')'");
    put8(p, b, 0x0B);
    p->nlabels--;
  } else if (at_kw(p, "try_table")) {
    put8(p, b, 0x1F);
    p->pos++;
    const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
    if (name) p->pos++;
    block_type(p, b);
    catch_clauses(p, b);
    push_label(p, name);
    instrs(p, b);
    if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected ')'");
    put8(p, b, 0x0B);
    p->nlabels--;
  } else if (at_kw(p, "try")) {                     /* legacy: (try bt (do ...) (catch x ...)* ...) */
    put8(p, b, 0x06);
    p->pos++;
    const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
    if (name) p->pos++;
    block_type(p, b);
    push_label(p, name);
    open_kw(p, "do");
    instrs(p, b);
    expect(p, WT_RPAR);
    bool delegated = false, caught = false, all_seen = false;
    while (at_open(p, "catch") || at_open(p, "catch_all")) {
      bool all = at_open(p, "catch_all");
      if (all_seen) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "nothing may follow catch_all");
      all_seen = all;
      caught = true;
      p->pos += 2;
      put8(p, b, all ? 0x19 : 0x07);
      if (!all) putu(p, b, read_idx(p, NS_TAG));
      instrs(p, b);
      expect(p, WT_RPAR);
    }
    p->nlabels--;
    if (at_open(p, "delegate")) {
      if (caught) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "delegate after catch");
      p->pos += 2;
      put8(p, b, 0x18);
      putu(p, b, label_idx(p));
      expect(p, WT_RPAR);
      delegated = true;
    }
    if (!delegated) put8(p, b, 0x0B);
  } else if (at_kw(p, "if")) {
    p->pos++;
    const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
    if (name) p->pos++;
    size_t save = p->stash.n;
    put8(p, &p->stash, 0x04);
    block_type(p, &p->stash);
    size_t head = p->stash.n - save;
    while (at_kind(p, WT_LPAR) && !at_open(p, "then")) folded(p, b);
    put(p, b, p->stash.p + save, head);            /* folded() may grow stash; copy by offset */
    p->stash.n = save;
    push_label(p, name);
    open_kw(p, "then");
    instrs(p, b);
    expect(p, WT_RPAR);
    if (at_open(p, "else")) {
      p->pos += 2;
      put8(p, b, 0x05);
      instrs(p, b);
      expect(p, WT_RPAR);
    }
    put8(p, b, 0x0B);
    p->nlabels--;
  } else if (cur(p)->kind == WT_ATOM) {
    /* op immediates, then folded operands that come first in the binary */
    size_t start = b->n;
    plain_op(p, b);
    size_t save = p->stash.n;
    put(p, &p->stash, b->p + start, b->n - start);
    b->n = start;
    while (at_kind(p, WT_LPAR)) folded(p, b);
    put(p, b, p->stash.p + save, p->stash.n - save);
    p->stash.n = save;
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected an instruction");
  }
  expect(p, WT_RPAR);
  leave(p);
}

/* An expression (instructions then END) into dst, read until ")". */
static void expr_into(P *p, wbuf *dst) {
  size_t start = p->body.n;
  size_t nl = p->nlabels;
  instrs(p, &p->body);
  if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected ')'");
  put8(p, &p->body, 0x0B);
  p->nlabels = nl;
  put(p, dst, p->body.p + start, p->body.n - start);
  p->body.n = start;
}

/* (offset instr*) or one folded instruction, into dst. */
static void offset_expr(P *p, wbuf *dst) {
  if (at_open(p, "offset")) {
    p->pos += 2;
    expr_into(p, dst);
    expect(p, WT_RPAR);
    return;
  }
  size_t start = p->body.n;
  folded(p, &p->body);
  put8(p, &p->body, 0x0B);
  put(p, dst, p->body.p + start, p->body.n - start);
  p->body.n = start;
}

/* ---------------------------------------------------------------- module fields */

typedef enum { K_FUNC = 0, K_TABLE = 1, K_MEM = 2, K_GLOBAL = 3, K_TAG = 4 } extkind;
static const uint32_t kind_ns[] = {NS_FUNC, NS_TABLE, NS_MEM, NS_GLOBAL, NS_TAG};

/* (export "name")* after a definition's name: each adds an export of index idx. */
static void inline_exports(P *p, extkind k, uint32_t idx) {
  while (at_open(p, "export")) {
    p->pos += 2;
    read_name(p, &p->sec[SEC_EXPORT]);
    put8(p, &p->sec[SEC_EXPORT], (uint8_t)k);
    putu(p, &p->sec[SEC_EXPORT], idx);
    p->count[SEC_EXPORT]++;
    expect(p, WT_RPAR);
  }
}

/* (import "m" "n") inline: emits the names and kind into the import section; true if present. */
static bool inline_import(P *p, extkind k) {
  if (!at_open(p, "import")) return false;
  p->pos += 2;
  read_name(p, &p->sec[SEC_IMPORT]);
  read_name(p, &p->sec[SEC_IMPORT]);
  put8(p, &p->sec[SEC_IMPORT], (uint8_t)k);
  expect(p, WT_RPAR);
  p->count[SEC_IMPORT]++;
  return true;
}

/* limits with an optional address type: "i32"/"i64"? min max?; flags gets bit 2 for i64. */
static void limits(P *p, wbuf *b, uint8_t extra_flags, bool is64) {
  /* With memory64, u64 for both address types as Wasm 3.0 reads it: the validator checks the range
   * ("memory size", "table size"). */
  unsigned bits = is64 || p->u64_limits ? 64 : 32;   /* without memory64, u32 as Wasm 2.0 reads it */
  uint64_t min = read_uint(p, bits), max = 0;
  bool has_max = false;
  if (is_num(p, p->pos)) { max = read_uint(p, bits); has_max = true; }
  bool shared = false;
  if (at_kw(p, "shared")) { shared = true; p->pos++; }
  else if (at_kw(p, "unshared")) p->pos++;
  uint8_t page_log = 0;
  bool custom_page = false;
  if (at_open(p, "pagesize")) {
    p->pos += 2;
    uint64_t ps = read_uint(p, 32);
    if (!ps || (ps & (ps - 1))) FAIL(WD_E_TEXT_MALFORMED, "page size must be a power of two");
    while (ps >> (page_log + 1)) page_log++;
    custom_page = true;
    expect(p, WT_RPAR);
  }
  put8(p, b, (uint8_t)((has_max ? 1 : 0) | (shared ? 2 : 0) | (is64 ? 4 : 0) | (custom_page ? 8 : 0) | extra_flags));
  putu(p, b, min);
  if (has_max) putu(p, b, max);
  if (custom_page) putu(p, b, page_log);
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
    expect(p, WT_RPAR);
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
      expr_into(p, dst);
      expect(p, WT_RPAR);
    } else {
      offset_expr(p, dst);
    }
    n++;
  }
  return n;
}

static uint32_t func_indices(P *p, wbuf *dst) {
  uint32_t n = 0;
  while (at_idx(p)) { putu(p, dst, read_idx(p, NS_FUNC)); n++; }
  return n;
}

/* Function indices as expressions (ref.func x end): a table's inline segment when the table's type is
 * not funcref (the index form's type is (ref func), which such a table may not take). */
static uint32_t func_index_exprs(P *p, wbuf *dst) {
  uint32_t n = 0;
  while (at_idx(p)) { put8(p, dst, 0xD2); putu(p, dst, read_idx(p, NS_FUNC)); put8(p, dst, 0x0B); n++; }
  return n;
}

/* Emits one element segment. mode: 0 active, 1 passive, 2 declarative. reftype: its encoding (or
 * NULL for the func-index form). */
static void emit_elem(P *p, int mode, uint32_t table, bool table_explicit, const wbuf *offset,
                      const uint8_t *rt, size_t rtlen, bool exprs, uint32_t n, const wbuf *items) {
  wbuf *s = &p->sec[SEC_ELEM];
  bool funcref = rtlen == 1 && rt[0] == 0x70;
  if (!exprs) {
    if (mode == 0 && table == 0 && !table_explicit) { put8(p, s, 0); put(p, s, offset->p, offset->n); }
    else if (mode == 0) { put8(p, s, 2); putu(p, s, table); put(p, s, offset->p, offset->n); put8(p, s, 0); }
    else { put8(p, s, mode == 1 ? 1 : 3); put8(p, s, 0); }
  } else {
    if (mode == 0 && table == 0 && !table_explicit && funcref) { put8(p, s, 4); put(p, s, offset->p, offset->n); }
    else if (mode == 0) { put8(p, s, 6); putu(p, s, table); put(p, s, offset->p, offset->n); put(p, s, rt, rtlen); }
    else { put8(p, s, mode == 1 ? 5 : 7); put(p, s, rt, rtlen); }
  }
  putu(p, s, n);
  put(p, s, items->p, items->n);
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
    expect(p, WT_RPAR);
    mode = 0;
  } else if (mode != 2 && at_idx(p) && tk(p, p->pos + 1)->kind == WT_LPAR && !tok_is(p, p->pos + 2, "ref")) {
    table = read_idx(p, NS_TABLE);                  /* "(elem x (offset ...) ...)" */
    table_explicit = true;
    mode = 0;
  }
  if (mode != 2 && at_kind(p, WT_LPAR) && !at_open(p, "ref")) {
    offset_expr(p, &sb->offset);
    mode = 0;
  }
  bool exprs;
  uint32_t n;
  if (at_kw(p, "func")) {
    p->pos++;
    exprs = false;
    n = func_indices(p, &sb->items);
  } else if (at_valtype(p)) {
    ref_type(p, &sb->rt);
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
    expect(p, WT_RPAR);
    active = true;
  } else if (at_idx(p) && tk(p, p->pos + 1)->kind == WT_LPAR) {   /* "(data x (offset ...) ...)" */
    mem = read_idx(p, NS_MEM);
    active = true;
  }
  if (at_kind(p, WT_LPAR)) { offset_expr(p, &sb->offset); active = true; }
  else if (active) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected an offset");
  while (at_kind(p, WT_STRING)) read_string(p, &sb->items, false);
  if (!active) put8(p, s, 1);
  else if (mem == 0) { put8(p, s, 0); put(p, s, sb->offset.p, sb->offset.n); }
  else { put8(p, s, 2); putu(p, s, mem); put(p, s, sb->offset.p, sb->offset.n); }
  put_vec(p, s, &sb->items);
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
    ref_type(p, s);
    put(p, s, sb->rt.p + lim, sb->rt.n - lim);
    return;
  }
  bool is64 = address_type(p);
  wbuf *s = &p->sec[SEC_TABLE];
  if (at_valtype(p)) {                           /* reftype (elem ...): the table holds exactly those */
    ref_type(p, &sb->rt);
    open_kw(p, "elem");
    bool exprs = at_kind(p, WT_LPAR);
    bool funcref = sb->rt.n == 1 && sb->rt.p[0] == 0x70;
    uint32_t n = exprs ? elem_exprs(p, &sb->items) : funcref ? func_indices(p, &sb->items)
                                                             : func_index_exprs(p, &sb->items);
    exprs = exprs || !funcref;
    expect(p, WT_RPAR);
    put(p, s, sb->rt.p, sb->rt.n);
    put8(p, s, is64 ? 5 : 1);
    putu(p, s, n);
    putu(p, s, n);
    p->count[SEC_TABLE]++;
    put8(p, &sb->offset, is64 ? 0x42 : 0x41);
    put8(p, &sb->offset, 0);
    put8(p, &sb->offset, 0x0B);
    emit_elem(p, 0, idx, idx != 0, &sb->offset, sb->rt.p, sb->rt.n, exprs, n, &sb->items);
    return;
  }
  wbuf *lim = &sb->items;
  limits(p, lim, 0, is64);
  ref_type(p, &sb->rt);
  if (!at_kind(p, WT_RPAR)) {                      /* an initializer expression */
    put8(p, s, 0x40);
    put8(p, s, 0x00);
    put(p, s, sb->rt.p, sb->rt.n);
    put(p, s, lim->p, lim->n);
    expr_into(p, s);
  } else {
    put(p, s, sb->rt.p, sb->rt.n);
    put(p, s, lim->p, lim->n);
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
    uint64_t ps = read_uint(p, 32);
    if (!ps || (ps & (ps - 1))) FAIL(WD_E_TEXT_MALFORMED, "page size must be a power of two");
    page_log = 0;
    while (ps >> (page_log + 1)) page_log++;
    expect(p, WT_RPAR);
    if (!at_open(p, "data")) { p->pos = back; page_log = -1; }
  }
  if (at_open(p, "data")) {
    p->pos += 2;
    while (at_kind(p, WT_STRING)) read_string(p, &sb->items, false);
    expect(p, WT_RPAR);
    uint64_t psize = page_log < 0 ? 65536 : 1ull << page_log;
    uint64_t pages = (sb->items.n + psize - 1) / psize;
    put8(p, s, (uint8_t)((is64 ? 5 : 1) | (page_log < 0 ? 0 : 8)));
    putu(p, s, pages);
    putu(p, s, pages);
    if (page_log >= 0) putu(p, s, (uint64_t)page_log);
    p->count[SEC_MEM]++;
    wbuf *d = &p->sec[SEC_DATA];
    if (idx == 0) put8(p, d, 0);
    else { put8(p, d, 2); putu(p, d, idx); }
    put8(p, d, is64 ? 0x42 : 0x41);
    put8(p, d, 0);
    put8(p, d, 0x0B);
    put_vec(p, d, &sb->items);
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
  expr_into(p, s);
  p->count[SEC_GLOBAL]++;
}

static void field_tag(P *p, uint32_t idx) {
  skip_id(p);
  inline_exports(p, K_TAG, idx);
  wbuf *s = inline_import(p, K_TAG) ? &p->sec[SEC_IMPORT] : &p->sec[SEC_TAG];
  put8(p, s, 0);
  putu(p, s, type_use(p, true, false, NULL));
  if (s == &p->sec[SEC_TAG]) p->count[SEC_TAG]++;
}

/* The type of an imported function, after its kind byte (the last byte of s): a typeuse, or
 * (exact typeuse) of custom descriptors, whose kind byte is 0x20. */
static void func_import_type(P *p, wbuf *s) {
  if (!at_open(p, "exact")) {
    putu(p, s, type_use(p, true, true, NULL));
    return;
  }
  p->pos += 2;
  s->p[s->n - 1] = 0x20;
  putu(p, s, type_use(p, true, true, NULL));
  expect(p, WT_RPAR);
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
  putu(p, &p->sec[SEC_FUNC], type_use(p, true, true, &nparams));
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
      idname id = id_of(p, t);
      if (!name_add(p, id.s, id.len, NS_LOCAL, p->scope, nparams + nlocals))
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
        if (run_len) { putu(p, &p->stash, run_len); put(p, &p->stash, lt->p + run_off, run_tlen); runs++; }
        run_len = 1;
        run_off = off;
        run_tlen = tlen;
      }
      nlocals++;
      if (named) break;
    }
    expect(p, WT_RPAR);
  }
  if (run_len) { putu(p, &p->stash, run_len); put(p, &p->stash, lt->p + run_off, run_tlen); runs++; }
  wbuf *b = &p->body;
  b->n = 0;
  putu(p, b, runs);
  put(p, b, p->stash.p + runs_save, p->stash.n - runs_save);
  p->stash.n = runs_save;
  p->nlabels = 0;
  push_label(p, NULL);
  instrs(p, b);
  if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "unexpected '%.*s'", (int)(cur(p)->len > 40 ? 40 : cur(p)->len), ttext(p, cur(p)));
  put8(p, b, 0x0B);
  p->nlabels = 0;
  put_vec(p, &p->sec[SEC_CODE], b);
  p->count[SEC_CODE]++;
  b->n = 0;
}

static void field_import(P *p) {
  wbuf *s = &p->sec[SEC_IMPORT];
  read_name(p, s);
  read_name(p, s);
  expect(p, WT_LPAR);
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
    ref_type(p, s);
    put(p, s, lim->p, lim->n);
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
    putu(p, s, type_use(p, true, false, NULL));
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, table, memory, global or tag");
  }
  expect(p, WT_RPAR);
}

static void field_export(P *p) {
  wbuf *s = &p->sec[SEC_EXPORT];
  read_name(p, s);
  expect(p, WT_LPAR);
  static const char *const kinds[] = {"func", "table", "memory", "global", "tag"};
  int k = -1;
  for (int i = 0; i < 5; i++) if (at_kw(p, kinds[i])) k = i;
  if (k < 0) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, table, memory, global or tag");
  p->pos++;
  put8(p, s, (uint8_t)k);
  putu(p, s, read_idx(p, kind_ns[k]));
  expect(p, WT_RPAR);
  p->count[SEC_EXPORT]++;
}

/* ---------------------------------------------------------------- pass 1: names and indices */

/* Binds the optional $name at the cursor in ns to the next index of that space. */
static void bind_next(P *p, uint32_t ns, const char *what) {
  uint32_t idx = p->nidx[ns]++;
  if (!at_kind(p, WT_ID)) return;
  const wat_tok *t = cur(p);
  idname id = id_of(p, t);
  if (!name_add(p, id.s, id.len, ns, 0, idx))
    FAIL(WD_E_TEXT_DUPLICATE_NAME, "duplicate %s %.*s", what, (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
}


static void note_mem64(P *p, bool is64) {
  GROW(p->mem64, p->mem64_cap, p->nmem64, 1);
  p->mem64[p->nmem64++] = is64;
}

/* Looks inside a definition after its name: (export ...)* (import ...)? — true if it is an import.
 * Leaves the cursor after them. */
static bool scan_inline(P *p) {
  while (at_open(p, "export")) skip(p);
  if (at_open(p, "import")) { skip(p); return true; }
  return false;
}

static void pass1_field(P *p, bool *defined, const char **first_def) {
  size_t start = p->pos;
  expect(p, WT_LPAR);
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
    if (imp && *defined) fail_at(p, start, WD_E_TEXT_IMPORT_AFTER, "import after %s", *first_def);
    if (!imp && !*defined) { *defined = true; *first_def = defs[i].kw; }
    if (!imp && defs[i].ns == NS_TABLE) {      /* reftype (elem ...) makes an element segment */
      if (at_kw(p, "i64") || at_kw(p, "i32")) p->pos++;
      if (at_valtype(p)) { skip(p); if (at_open(p, "elem")) p->nidx[NS_ELEM]++; }
    }
    if (!imp && defs[i].ns == NS_MEM) {
      if (at_kw(p, "i64") || at_kw(p, "i32")) p->pos++;
      if (at_open(p, "data")) p->nidx[NS_DATA]++;
    }
    p->pos = start;
    skip(p);
    return;
  }
  if (at_kw(p, "import")) {
    p->pos++;
    if (!at_kind(p, WT_STRING)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a string");
    p->pos++;
    if (!at_kind(p, WT_STRING)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a string");
    p->pos++;
    expect(p, WT_LPAR);
    bool found = false;
    for (size_t i = 0; i < 5; i++) {
      if (!at_kw(p, defs[i].kw)) continue;
      p->pos++;
      bind_next(p, defs[i].ns, defs[i].kw);
      skip_id(p);
        found = true;
    }
    if (!found) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected func, table, memory, global or tag");
    if (*defined) fail_at(p, start, WD_E_TEXT_IMPORT_AFTER, "import after %s", *first_def);
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
      skip(p);
    }
    if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected (type ...)");
  } else if (at_kw(p, "elem")) {
    p->pos++;
    bind_next(p, NS_ELEM, "elem");
  } else if (at_kw(p, "data")) {
    p->pos++;
    bind_next(p, NS_DATA, "data");
  } else if (at_kw(p, "start")) {
    if (p->have_start) fail_at(p, start, WD_E_TEXT_MULTIPLE_START, NULL);
    p->have_start = true;
  } else if (!at_kw(p, "export")) {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a module field");
  }
  p->pos = start;
  skip(p);
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
  if (tk(p, tok)->kind != WT_STRING) fail_at(p, tok, WD_E_TEXT_ANNOTATION, "%s annotation: %s", what, missing);
  size_t save = p->pos, start = p->annot.n;
  p->pos = tok;
  read_string(p, &p->annot, true);
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
    bool before = tok_is(p, i + 1, "before"), after = tok_is(p, i + 1, "after");
    if (!before && !after) fail_at(p, i + 1, WD_E_TEXT_ANNOTATION, "@custom annotation: malformed placement");
    c->after = after;
    size_t k = i + 2;
    if (!(before && tok_is(p, k, "first")) && !(after && tok_is(p, k, "last"))) {
      c->sec = 0;
      for (uint8_t id = 1; id < SEC_MAX; id++)
        if (tok_is(p, k, custom_places[id])) c->sec = id;
      if (!c->sec) fail_at(p, k, WD_E_TEXT_ANNOTATION, "@custom annotation: malformed section kind");
    }
    if (tk(p, k + 1)->kind != WT_RPAR) fail_at(p, k + 1, WD_E_TEXT_ANNOTATION, "@custom annotation: unexpected token");
    i = k + 2;
  }
  c->data_off = (uint32_t)p->annot.n;
  for (; tk(p, i)->kind == WT_STRING; i++) {
    size_t save = p->pos;
    p->pos = i;
    read_string(p, &p->annot, false);
    p->pos = save;
  }
  if (tk(p, i)->kind != WT_RPAR) fail_at(p, i, WD_E_TEXT_ANNOTATION, "@custom annotation: unexpected token");
  c->data_len = (uint32_t)(p->annot.n - c->data_off);
}

/* (@name "...") at i, where `o` tokens are kept so far: it must follow "(" keyword or "(" keyword $id. */
static void name_annotation(P *p, size_t i, size_t o) {
  const wat_tok *v = p->toks.v;
  size_t kw = o >= 1 && v[o - 1].kind == WT_ID ? o - 2 : o - 1;
  bool ok = o >= 2 && kw >= 1 && kw < o && v[kw].kind == WT_ATOM && v[kw - 1].kind == WT_LPAR;
  for (size_t k = 0; ok && k < sizeof nameable / sizeof nameable[0]; k++)
    if (v[kw].len == strlen(nameable[k]) && !memcmp(p->text + v[kw].off, nameable[k], v[kw].len)) goto placed;
  fail_at(p, i, WD_E_TEXT_ANNOTATION, "misplaced @name annotation");
placed:
  if (p->nanames && p->anames[p->nanames - 1].tok == o - 1)
    fail_at(p, i, WD_E_TEXT_ANNOTATION, "@name annotation: multiple %.*s names", (int)v[kw].len, p->text + v[kw].off);
  GROW(p->anames, p->anames_cap, p->nanames, 1);
  attached_name *a = &p->anames[p->nanames++];
  a->tok = o - 1;
  annot_string(p, i + 1, "@name", "missing name", &a->off, &a->len);
  if (tk(p, i + 2)->kind != WT_RPAR) fail_at(p, i + 2, WD_E_TEXT_ANNOTATION, "@name annotation: unexpected token");
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
  size_t field_depth = tk(p, first)->kind == WT_LPAR && tok_is(p, first + 1, "module") ? 1 : 0, depth = 0;
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
      if (depth != field_depth) fail_at(p, i, WD_E_TEXT_ANNOTATION, "misplaced @custom annotation");
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
    if (d) fail_at(p, p->toks.n, WD_E_TEXT_UNEXPECTED_END, "unclosed annotation");
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
  if (sub != NAME_MODULE) putu(p, b, idx);
  putu(p, b, a->len);
  put(p, b, p->annot.p + a->off, a->len);
  p->namecount[sub]++;
}

/* Custom sections placed before (after false) or after section id (0: the first / the last). */
static void put_customs(P *p, wbuf *o, uint8_t id, bool after) {
  wbuf *c = &p->stash;
  for (size_t i = 0; i < p->ncustoms; i++) {
    const custom_sec *cs = &p->customs[i];
    if (cs->sec != id || cs->after != after) continue;
    c->n = 0;
    putu(p, c, cs->name_len);
    put(p, c, p->annot.p + cs->name_off, cs->name_len);
    put(p, c, p->annot.p + cs->data_off, cs->data_len);
    put8(p, o, 0);
    put_vec(p, o, c);
  }
}

/* The "name" custom section from the (@name ...) annotations, if there are any. */
static void put_name_section(P *p, wbuf *o) {
  wbuf *c = &p->stash, *sub = &p->tmp;
  c->n = 0;
  static const char name[] = "name";
  putu(p, c, sizeof name - 1);
  put(p, c, name, sizeof name - 1);
  bool any = false;
  for (unsigned k = 0; k < NAME_SUBSECTIONS; k++) {
    if (!p->namecount[k]) continue;
    any = true;
    sub->n = 0;
    if (k != NAME_MODULE) putu(p, sub, p->namecount[k]);
    put(p, sub, p->namesec[k].p, p->namesec[k].n);
    put8(p, c, (uint8_t)k);
    put_vec(p, c, sub);
  }
  if (!any) return;
  put8(p, o, 0);
  put_vec(p, o, c);
}

static void read_fields(P *p) {
  /* scratch buffers start non-empty, so that "buffer + offset" never involves a null pointer */
  wbuf *scratch[] = {&p->body, &p->stash, &p->sig, &p->typebytes, &p->tmp, &p->locals, &p->sb.offset,
                     &p->sb.items, &p->sb.rt};
  for (size_t i = 0; i < sizeof scratch / sizeof scratch[0]; i++) GROW(scratch[i]->p, scratch[i]->cap, 0, 64);
  read_annotations(p);
  for (size_t i = 0; i < p->toks.n; i++)              /* every quoted identifier is well-formed */
    if (p->toks.v[i].kind == WT_ID) (void)id_of(p, &p->toks.v[i]);
  /* the opcode names */
  for (size_t i = 0; i < NOPS; i++) {
    uint32_t v;
    /* try/try_table and the legacy catch/catch_all/delegate are structure, read by the block reader: as
     * plain instructions they are unexpected tokens. */
    static const char *const structured[] = {"try", "try_table", "catch", "catch_all", "delegate"};
    bool skip = false;
    for (size_t k = 0; k < sizeof structured / sizeof structured[0]; k++) skip |= !strcmp(ops[i].mnemonic, structured[k]);
    if (skip) continue;
    if (!name_find(p, ops[i].mnemonic, (uint32_t)strlen(ops[i].mnemonic), NS_OP, 0, &v))
      name_add(p, ops[i].mnemonic, (uint32_t)strlen(ops[i].mnemonic), NS_OP, 0, (uint32_t)i);
  }
  /* "(module $id? field*)" or "field*" */
  size_t end_expected = SIZE_MAX;
  skip_annots(p);
  if (at_open(p, "module")) {
    note_name(p, NAME_MODULE, 0, p->pos + 1);
    p->pos += 2;
    skip_id(p);
    end_expected = 1;
  }
  bool defined = false;
  const char *first_def = "";
  for (;;) {
    skip_annots(p);
    if (at_kind(p, WT_RPAR) || at_kind(p, WT_EOF)) break;
    GROW(p->fields, p->fields_cap, p->nfields, 1);
    p->fields[p->nfields++] = p->pos;
    pass1_field(p, &defined, &first_def);
  }
  if (end_expected != SIZE_MAX) expect(p, WT_RPAR);
  skip_annots(p);
  if (!at_kind(p, WT_EOF)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "text after the module");

  /* pass 2: types, in order */
  for (size_t f = 0; f < p->nfields; f++) {
    p->pos = p->fields[f] + 1;
    if (at_kw(p, "type")) {
      p->pos = p->fields[f];
      type_def(p, &p->sec[SEC_TYPE]);
      p->count[SEC_TYPE]++;
    } else if (at_kw(p, "rec")) {
      p->pos++;
      wbuf *s = &p->sec[SEC_TYPE];
      put8(p, s, 0x4E);
      size_t save = p->pos;
      uint32_t n = 0;
      while (at_open(p, "type")) { skip(p); n++; }
      p->pos = save;
      putu(p, s, n);
      size_t first = p->ntypes;
      while (at_open(p, "type")) type_def(p, s);
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
    size_t d = tok_is(p, kwtok, "import") ? p->pos + 3 : kwtok;   /* an import's kind: after 2 names, "(" */
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
      if (tok_is(p, d, named[k].kw)) note_name(p, named[k].sub, next[named[k].ns], d);
    if (tok_is(p, kwtok, "func")) field_func(p, next[NS_FUNC]++);
    else if (tok_is(p, kwtok, "table")) field_table(p, next[NS_TABLE]++, sb);
    else if (tok_is(p, kwtok, "memory")) field_memory(p, next[NS_MEM]++, sb);
    else if (tok_is(p, kwtok, "global")) field_global(p, next[NS_GLOBAL]++);
    else if (tok_is(p, kwtok, "tag")) field_tag(p, next[NS_TAG]++);
    else if (tok_is(p, kwtok, "import")) {
      next[tok_is(p, d, "func") ? NS_FUNC : tok_is(p, d, "table") ? NS_TABLE : tok_is(p, d, "memory") ? NS_MEM :
           tok_is(p, d, "global") ? NS_GLOBAL : NS_TAG]++;
      field_import(p);
    }
    else if (tok_is(p, kwtok, "export")) field_export(p);
    else if (tok_is(p, kwtok, "elem")) field_elem(p, sb);
    else if (tok_is(p, kwtok, "data")) field_data(p, sb);
    else if (tok_is(p, kwtok, "start")) {
      putu(p, &p->sec[SEC_START], read_idx(p, NS_FUNC));
      p->count[SEC_START] = 1;
    } else {
      fail_at(p, (size_t)(kw - p->toks.v), WD_E_TEXT_UNEXPECTED_TOKEN, "expected a module field");
    }
    skip_annots(p);
    expect(p, WT_RPAR);
  }
}

static void assemble(P *p) {
  static const uint8_t order[] = {SEC_TYPE, SEC_IMPORT, SEC_FUNC, SEC_TABLE, SEC_MEM, SEC_TAG, SEC_GLOBAL,
                                  SEC_EXPORT, SEC_START, SEC_ELEM, SEC_DATACOUNT, SEC_CODE, SEC_DATA};
  static const uint8_t header[] = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
  wbuf *o = &p->out;
  put(p, o, header, sizeof header);
  if (p->need_datacount) p->count[SEC_DATACOUNT] = 1;
  wbuf *c = &p->tmp;
  put_customs(p, o, 0, false);
  for (size_t i = 0; i < sizeof order; i++) {
    uint8_t id = order[i];
    put_customs(p, o, id, false);
    if (id == SEC_START) {
      if (p->count[SEC_START]) {
        put8(p, o, 8);
        put_vec(p, o, &p->sec[SEC_START]);
      }
    } else if (id == SEC_DATACOUNT) {
      if (p->need_datacount) {
        c->n = 0;
        putu(p, c, p->count[SEC_DATA]);
        put8(p, o, 12);
        put_vec(p, o, c);
      }
    } else if (p->count[id] || (id == SEC_CODE && p->count[SEC_FUNC])) {
      c->n = 0;
      putu(p, c, p->count[id]);
      put(p, c, p->sec[id].p, p->sec[id].n);
      put8(p, o, id);
      put_vec(p, o, c);
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
