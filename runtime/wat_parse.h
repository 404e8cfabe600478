/* wat_parse.h — what the parts of the text reader share (wat.c: module fields, annotations and the
 * driver; wat_expr.c: instructions; wat_parse.c: errors, buffers, names, tokens, types): the parser
 * state P, the opcode table's row type (the table is wat_expr.h's), the buffer and name helpers, the token readers and the type
 * readers. Not public; errors unwind with longjmp through P.jb (see wat.c).
 * May use warden.h, config.h, arena.h (the allocator) and wat_lex.h; nothing of decode and later stages.
 */
#ifndef WD_WAT_PARSE_H
#define WD_WAT_PARSE_H

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

/* One row of opcodes.def. The mnemonic is held in place, not pointed to: a table of pointers is
 * relocated, so all its pages would be written at every start of a process that never reads text. */
#define WAT_MNEMONIC_MAX 36          /* the longest mnemonic and its NUL (wat_expr.c checks each) */
typedef struct opinfo {
  uint32_t code;
  uint16_t prefix;
  uint8_t imm;
  uint8_t memsz;
  char mnemonic[WAT_MNEMONIC_MAX];
} opinfo;


/* ---------------------------------------------------------------- buffers and names */

typedef struct wbuf {
  uint8_t *p;
  size_t n, cap;
} wbuf;

/* Name spaces of the hash below. */
enum { NS_TYPE, NS_FUNC, NS_TABLE, NS_MEM, NS_GLOBAL, NS_ELEM, NS_DATA, NS_TAG, NS_LOCAL, NS_FIELD, NS_OP,
       NS_COUNT };

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


/* The name an identifier token stands for: $abc and $"abc" are the same name. A quoted one is decoded
 * into p->idtext at the token's own offset (so the bytes stay put while the name table refers to them). */
typedef struct idname { const char *s; uint32_t len; } idname;

/* The signature being read: params then results, as counts and bytes. */
typedef struct sig {
  uint32_t nparams, nresults;
  size_t params_len;             /* bytes of params in p->sig; results follow */
} sig;


/* ---------------------------------------------------------------- wat_parse.c */

void wat_fail_at(P *p, size_t tok, wd_errcode code, const char *fmt, ...) __attribute__((noreturn, format(printf, 4, 5)));
#define FAIL(code, ...) wat_fail_at(p, p->pos, code, __VA_ARGS__)

/* Makes room for `more` items of `size` bytes in *v (capacity *cap, n used). */
void wat_grow(P *p, void **v, size_t *cap, size_t n, size_t more, size_t size);
void wat_put(P *p, wbuf *b, const void *src, size_t n);
void wat_putu(P *p, wbuf *b, uint64_t v);
void wat_puts_(P *p, wbuf *b, int64_t v);
void wat_put_le(P *p, wbuf *b, uint64_t v, int bytes);
/* Appends vec(bytes of src): its length then its bytes. */
void wat_put_vec(P *p, wbuf *b, const wbuf *src);
bool wat_name_find(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope, uint32_t *value);
/* Binds a name; false if it is bound already in that space and scope. */
bool wat_name_add(P *p, const char *s, uint32_t len, uint32_t ns, uint32_t scope, uint32_t value);
idname wat_id_of(P *p, const wat_tok *t);
bool wat_tok_is(P *p, size_t i, const char *kw);
void wat_expect(P *p, uint32_t kind);
void wat_expect_kw(P *p, const char *kw);
/* Skips one balanced group starting at "(" (or one token). */
void wat_skip(P *p);
/* Skips annotations "(@...)" that the reader does not use. */
void wat_skip_annots(P *p);
bool wat_is_num(P *p, size_t i);
/* The error for a literal that did not read: out of range, or not a number at all. */
wd_errcode wat_num_error(P *p, const wat_tok *t);
uint64_t wat_read_uint(P *p, unsigned bits);
uint64_t wat_read_int(P *p, unsigned bits);
/* Resolves an index: a number, or a name bound in space ns (scope: 0 for module spaces). */
uint32_t wat_read_idx_in(P *p, uint32_t ns, uint32_t scope);
/* Appends the bytes of the string token at the cursor to b; checks UTF-8 when asked. */
void wat_read_string(P *p, wbuf *b, bool utf8);
/* A name (import/export): vec(byte), UTF-8. */
void wat_read_name(P *p, wbuf *dst);
void wat_enter(P *p);
/* heaptype: an abstract name, a type index (s33), or (exact typeidx) of custom descriptors: 0x62 u32. */
void wat_heap_type(P *p, wbuf *b);
/* Is the cursor at a value type? */
bool wat_at_valtype(P *p);
/* valtype (packed: also i8 / i16 storage types). */
void wat_val_type_ex(P *p, wbuf *b, bool packed);
/* Reference type only (for tables, elem segments). */
void wat_ref_type(P *p, wbuf *b);
/* (param ...)* (result ...)* into p->sig. names: param names are bound as locals of scope p->scope
 * (bind) or refused (!allow_names). */
void wat_read_sig(P *p, sig *s, bool allow_names, bool bind);
bool wat_sig_equals(P *p, const sig *s, const wtype *t);
/* The index of the first plain function type equal to s, adding one at the end if there is none. */
uint32_t wat_implicit_type(P *p, const sig *s);
/* typeuse: (type x)? (param ...)* (result ...)*. Returns the type index; *nparams its parameter count
 * (0 when the type is not known here, e.g. a numeric index beyond the types). */
uint32_t wat_type_use(P *p, bool allow_names, bool bind, uint32_t *nparams);
/* One (type ...) definition: binds field names, records the type, emits its encoding into out. */
void wat_type_def(P *p, wbuf *out);
/* A reference type abbreviation (funcref, externref, ...) at the current token: its heap type code. */
bool wat_find_ref_abbrev(P *p, uint8_t *code);
#define GROW(vec, capf, n, more) wat_grow(p, (void **)&(vec), &(capf), (n), (more), sizeof *(vec))

/* One-line helpers. */
static inline void oom(P *p) { wat_fail_at(p, p->pos, WD_E_OUT_OF_MEMORY, NULL); }
static inline void put8(P *p, wbuf *b, uint8_t v) { wat_put(p, b, &v, 1); }
static inline const wat_tok *tk(P *p, size_t i) { return &p->toks.v[i < p->toks.n ? i : p->toks.n]; }
static inline const wat_tok *cur(P *p) { return tk(p, p->pos); }
static inline const char *ttext(P *p, const wat_tok *t) { return p->text + t->off; }
static inline bool at_kw(P *p, const char *kw) { return wat_tok_is(p, p->pos, kw); }
/* Is the next thing "(kw"? */
static inline bool at_open(P *p, const char *kw) { return cur(p)->kind == WT_LPAR && wat_tok_is(p, p->pos + 1, kw); }
static inline bool at_kind(P *p, uint32_t kind) { return cur(p)->kind == kind; }
static inline void open_kw(P *p, const char *kw) { wat_expect(p, WT_LPAR); wat_expect_kw(p, kw); }
static inline bool at_idx(P *p) { return at_kind(p, WT_ID) || wat_is_num(p, p->pos); }
static inline uint32_t read_u32(P *p) { return (uint32_t)wat_read_uint(p, 32); }
static inline uint32_t read_idx(P *p, uint32_t ns) { return wat_read_idx_in(p, ns, 0); }
static inline void leave(P *p) { p->depth--; }
static inline void val_type(P *p, wbuf *b) { wat_val_type_ex(p, b, false); }

#endif /* WD_WAT_PARSE_H */
