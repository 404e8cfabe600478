/* module.h — the decoded module, the opcode enum, wd_instr and the byte reader every stage uses to walk
 * WebAssembly bytes (the instruction reader and the opcode table are in decode_instr.h).
 *
 * Produced by decode.c (wd_decode). Everything a module owns lives in its arena: the tables below, names,
 * constant expressions, data bytes, the function records (through the layout) and, after promotion, the
 * translated code. Freeing a module is one arena release plus the struct itself.
 *
 * Stage order (each knows only the ones before it):
 *   decode.c -> validate.c -> translate.c -> store.c -> exec.c -> instance.c -> api.c
 * This header is the decoder's; it knows only arena.h, layout.h and warden.h.
 */
#ifndef WD_MODULE_H
#define WD_MODULE_H

#include <stdbool.h>
#include <stdint.h>
#include "../include/warden.h"
#include "../layouts/layout.h"
#include "arena.h"
#include "config.h"
#include "error.h"

/* ---------------------------------------------------------------- opcodes */

typedef enum wd_imm {
  IMM_NONE, IMM_BLOCKTYPE, IMM_LABEL, IMM_BR_TABLE, IMM_FUNC, IMM_CALL_INDIRECT, IMM_LOCAL,
  IMM_GLOBAL, IMM_TABLE, IMM_MEMARG, IMM_MEM, IMM_MEM_MEM, IMM_I32, IMM_I64, IMM_F32, IMM_F64,
  IMM_V128, IMM_SHUFFLE, IMM_LANE, IMM_MEMARG_LANE, IMM_SELECT_T, IMM_REFTYPE, IMM_TABLE_TABLE,
  IMM_ELEM_TABLE, IMM_ELEM, IMM_DATA_MEM, IMM_DATA,
  IMM_ZERO,                      /* threads: atomic.fence's reserved 0x00 byte */
  IMM_TAG, IMM_TRY_TABLE,        /* exception handling */
  IMM_TYPE                       /* function-references: call_ref's type index */
} wd_imm;

typedef enum wd_opcode {
#define OP(name, prefix, code, imm, sig, memsz, text) WD_OP_##name,
#include "opcodes.def"
#undef OP
  WD_OP__COUNT
} wd_opcode;

typedef struct wd_opinfo {
  uint16_t prefix;               /* 0, 0xFC, 0xFD, 0xFE */
  uint16_t code;
  uint8_t imm;                   /* wd_imm */
  uint8_t memsz;                 /* bytes accessed by a memory op, else 0 */
  const char *sig;               /* "params:results" or NULL (see opcodes.def) */
  const char *text;              /* mnemonic */
} wd_opinfo;

/* The table itself (wd_opinfo_table) and the instruction reader are in decode_instr.h. */

/* ---------------------------------------------------------------- types */

/* Value types are one byte each. The numeric, vector and abstract nullable reference types are their
 * binary encodings (wd_valkind in warden.h): 0x7F i32 ... 0x70 funcref, 0x6F externref, 0x69 exnref.
 * The other reference types of function-references (`(ref null? ht)`, binary 0x63/0x64 + heap type) get
 * codes no binary type byte has:
 *   0x01..0x09  (ref func), (ref extern), (ref exn) and the bottoms (ref null? nofunc/noextern/noexn);
 *   0x80 | idx << 1 | nonnull   (ref null? $idx) for a function type idx < WD_MAX_TYPED_REF_INDEX.
 * So every stage keeps its byte arrays of types, and the MVP/2.0 paths compare bytes as before; a typed
 * reference's code names a type index of its own module (validate.c's val_subtype resolves it, and
 * instance.c's import matching through the canonical types). A heap type is an int32_t: a type index
 * (>= 0) or an abstract one as its s33 value (WD_HT_*). */
#define WD_MAX_TYPED_REF_INDEX 64u   /* fixed by the code's 6 index bits (not a knob) */
enum {
  WD_RT_FUNC = 0x01, WD_RT_EXTERN = 0x02, WD_RT_EXN = 0x03,               /* (ref func) (ref extern) (ref exn) */
  WD_RT_NULLFUNC = 0x04, WD_RT_NOFUNC = 0x05,                             /* (ref null nofunc), (ref nofunc) */
  WD_RT_NULLEXTERN = 0x06, WD_RT_NOEXTERN = 0x07,
  WD_RT_NULLEXN = 0x08, WD_RT_NOEXN = 0x09,
  WD_RT_CONCRETE = 0x80                                                   /* | idx << 1 | nonnull */
};
enum { WD_HT_FUNC = -0x10, WD_HT_EXTERN = -0x11, WD_HT_EXN = -0x17,      /* 0x70, 0x6F, 0x69 */
       WD_HT_NOFUNC = -0x0D, WD_HT_NOEXTERN = -0x0E, WD_HT_NOEXN = -0x0C }; /* 0x73, 0x72, 0x74 */

static inline bool wd_is_reftype(uint8_t t) {
  return t == WD_FUNCREF || t == WD_EXTERNREF || t == WD_EXNREF || t >= WD_RT_CONCRETE ||
         (t >= WD_RT_FUNC && t <= WD_RT_NOEXN);
}
static inline bool wd_is_valtype(uint8_t t) {
  return t == WD_I32 || t == WD_I64 || t == WD_F32 || t == WD_F64 || t == WD_V128 || wd_is_reftype(t);
}
/* A typed reference to a concrete type (its code carries a type index). */
static inline bool wd_rt_is_concrete(uint8_t t) { return t >= WD_RT_CONCRETE; }
static inline uint32_t wd_rt_index(uint8_t t) { return (uint32_t)(t & 0x7F) >> 1; }
/* Whether reference type t admits null. */
static inline bool wd_rt_nullable(uint8_t t) {
  if (t >= WD_RT_CONCRETE) return !(t & 1);
  return t == WD_FUNCREF || t == WD_EXTERNREF || t == WD_EXNREF || t == WD_RT_NULLFUNC ||
         t == WD_RT_NULLEXTERN || t == WD_RT_NULLEXN;
}
/* The heap type of reference type t (a type index, or WD_HT_*). */
static inline int32_t wd_rt_heap(uint8_t t) {
  if (t >= WD_RT_CONCRETE) return (int32_t)wd_rt_index(t);
  switch (t) {
    case WD_FUNCREF: case WD_RT_FUNC: return WD_HT_FUNC;
    case WD_EXTERNREF: case WD_RT_EXTERN: return WD_HT_EXTERN;
    case WD_EXNREF: case WD_RT_EXN: return WD_HT_EXN;
    case WD_RT_NULLFUNC: case WD_RT_NOFUNC: return WD_HT_NOFUNC;
    case WD_RT_NULLEXTERN: case WD_RT_NOEXTERN: return WD_HT_NOEXTERN;
    default: return WD_HT_NOEXN;
  }
}
/* The code of (ref null? heap), or 0 when there is none: a GC heap type, or a type index too large. */
static inline uint8_t wd_rt_make(bool nullable, int64_t heap) {
  if (heap >= 0) return heap < WD_MAX_TYPED_REF_INDEX ? (uint8_t)(WD_RT_CONCRETE | heap << 1 | !nullable) : 0;
  switch (heap) {
    case WD_HT_FUNC: return nullable ? WD_FUNCREF : WD_RT_FUNC;
    case WD_HT_EXTERN: return nullable ? WD_EXTERNREF : WD_RT_EXTERN;
    case WD_HT_EXN: return nullable ? WD_EXNREF : WD_RT_EXN;
    case WD_HT_NOFUNC: return nullable ? WD_RT_NULLFUNC : WD_RT_NOFUNC;
    case WD_HT_NOEXTERN: return nullable ? WD_RT_NULLEXTERN : WD_RT_NOEXTERN;
    case WD_HT_NOEXN: return nullable ? WD_RT_NULLEXN : WD_RT_NOEXN;
    default: return 0;
  }
}
/* The value kind a value of type t has at run time and in the API (wd_valkind): t itself, or for a
 * reference type the top of its hierarchy (funcref, externref, exnref). */
static inline uint8_t wd_type_kind(uint8_t t) {
  if (t >= WD_RT_CONCRETE) return WD_FUNCREF;
  if (t < WD_RT_FUNC || t > WD_RT_NOEXN) return t;
  int32_t h = wd_rt_heap(t);
  return h == WD_HT_FUNC || h == WD_HT_NOFUNC ? WD_FUNCREF : h == WD_HT_EXTERN || h == WD_HT_NOEXTERN ? WD_EXTERNREF
                                                                                                      : WD_EXNREF;
}
/* Heap subtyping where a or b is abstract (a type index >= 0 is a function type): each bottom is below
 * its hierarchy (nofunc also below every function type), a function type below func. */
static inline bool wd_heap_sub_abstract(int32_t a, int32_t b) {
  if (a == b) return true;
  if (a == WD_HT_NOFUNC) return b == WD_HT_FUNC || b >= 0;
  if (a == WD_HT_NOEXTERN) return b == WD_HT_EXTERN;
  if (a == WD_HT_NOEXN) return b == WD_HT_EXN;
  return a >= 0 && b == WD_HT_FUNC;
}
/* Whether a local of type t has a default value (non-nullable references have none). */
static inline bool wd_type_defaultable(uint8_t t) { return !wd_is_reftype(t) || wd_rt_nullable(t); }
/* 8-byte slots a value of type t occupies in a frame (v128 takes two). */
static inline uint32_t wd_type_slots(uint8_t t) { return t == WD_V128 ? 2u : 1u; }

typedef struct wd_functype {
  uint32_t nparams, nresults;
  const uint8_t *types;          /* nparams params, then nresults results (valtype bytes) */
  const struct wd_functype *canon;  /* the engine-wide interned copy (set by api.c); NULL until then */
  /* Rec groups and subtypes (gc; function types only): the type's group is types [rec_start,
   * rec_start + rec_size) of its module; super is its declared supertype's index or UINT32_MAX; final:
   * no subtype may name it. A type outside any `rec` is a group of one, final, without supertype. */
  uint32_t rec_start, rec_size, super;
  bool final;
  bool typed_refs;               /* some param or result is a (ref null? $t) (names a type index) */
} wd_functype;

static inline const uint8_t *wd_ft_params(const wd_functype *f) { return f->types; }
static inline const uint8_t *wd_ft_results(const wd_functype *f) { return f->types + f->nparams; }

typedef struct wd_lim {
  uint64_t min, max;             /* max valid only when has_max */
  bool has_max;
  bool is64;                     /* memory64/table64: i64 addresses (limits flag 0x04) */
  uint8_t page_log2;             /* memories: log2 of the page size (16, or 0 with custom page sizes) */
  bool shared;                   /* threads: a shared memory (limits flag bit 0x02) */
} wd_lim;

/* The address type of an i64 (memory64/table64) or i32 memory or table: WD_I64 or WD_I32. */
static inline uint8_t wd_lim_addrtype(const wd_lim *l) { return l->is64 ? WD_I64 : WD_I32; }

typedef struct wd_tabletype { uint8_t elem; wd_lim lim; } wd_tabletype;
typedef struct wd_memtype { wd_lim lim; } wd_memtype;
typedef struct wd_globaltype { uint8_t type; bool mut; } wd_globaltype;

/* A constant expression: its bytes (instructions up to and including the final `end`) and where they
 * were in the module, for error offsets. Syntax is checked by the decoder, typing by the validator,
 * evaluation by instance.c. */
typedef struct wd_constexpr {
  const uint8_t *bytes;
  uint32_t len;
  uint32_t offset;
} wd_constexpr;

typedef struct wd_name {
  const char *ptr;               /* valid UTF-8 (checked), not NUL-terminated */
  uint32_t len;
} wd_name;

typedef struct wd_import {
  wd_name module, name;
  uint8_t kind;                  /* wd_externkind */
  union {
    uint32_t type_idx;           /* func; tag (its function type) */
    wd_tabletype table;
    wd_memtype mem;
    wd_globaltype global;
  } desc;
} wd_import;

typedef struct wd_export {
  wd_name name;
  uint8_t kind;                  /* wd_externkind */
  uint32_t index;
} wd_export;

typedef struct wd_global_def {
  wd_globaltype type;
  wd_constexpr init;             /* empty (len 0) for imported globals */
} wd_global_def;

enum { WD_SEG_ACTIVE = 0, WD_SEG_PASSIVE = 1, WD_SEG_DECLARATIVE = 2 };

typedef struct wd_elem {
  uint8_t mode;                  /* WD_SEG_* */
  uint8_t elemtype;              /* a reference type */
  uint32_t table;                /* active only */
  wd_constexpr offset;           /* active only */
  uint32_t count;
  const uint32_t *funcs;         /* function indices (legacy encoding), or NULL */
  const wd_constexpr *exprs;     /* one expression per element (expression encoding), or NULL */
  uint32_t binary_offset;        /* where the segment starts in the module */
} wd_elem;

typedef struct wd_data {
  uint8_t mode;                  /* WD_SEG_ACTIVE or WD_SEG_PASSIVE */
  uint32_t mem;
  wd_constexpr offset;
  const uint8_t *bytes;
  uint32_t len;
  uint32_t binary_offset;
} wd_data;

/* ---------------------------------------------------------------- the module */

struct wd_engine;

struct wd_module {
  struct wd_engine *engine;      /* set by api.c; NULL for a bare wd_decode */
  const wd_allocator *al;
  wd_arena arena;
  const wd_layout *layout;
  uint32_t features;             /* WD_FEATURE_* in force for this module */
  uint32_t features_used;        /* WD_FEATURE_* the module uses: module-level ones from validate.c's
                                    wd_validate_module, each body's as it is validated (atomic OR; read
                                    with wd_module_features) */
  uint8_t mode;                  /* wd_mode */

  uint32_t ntypes;
  wd_functype *types;
  uint32_t *type_canon;          /* per type: the lowest index of an equivalent type (iso-recursive
                                    equivalence within the module; validate.c), or NULL when the
                                    function-references feature is off */

  uint32_t nimports;
  wd_import *imports;

  /* Index spaces: imported entities first, then defined ones. */
  uint32_t nfuncs, nfunc_imports;
  uint32_t *func_type;           /* nfuncs type indices */
  uint8_t *records;              /* (nfuncs - nfunc_imports) layout records */

  uint32_t ntables, ntable_imports;
  wd_tabletype *tables;
  wd_constexpr *table_init;      /* ntables initializer expressions (len 0: none, elements are null), or
                                    NULL when no table has one (function-references: 0x40 0x00 prefix) */
  uint32_t nmems, nmem_imports;
  wd_memtype *mems;
  uint32_t nglobals, nglobal_imports;
  wd_global_def *globals;

  uint32_t ntags, ntag_imports;  /* exception tags: imported ones first */
  uint32_t *tag_type;            /* ntags function type indices */

  uint32_t nexports;
  wd_export *exports;

  bool has_start;
  uint32_t start;

  uint32_t nelems;
  wd_elem *elems;

  bool has_datacount;
  uint32_t datacount;
  uint32_t ndatas;
  wd_data *datas;

  /* Code section: where its payload begins, and whether body offsets can be recomputed from the
   * records (every body size was minimally LEB-encoded), for error offsets of lazily checked bodies. */
  uint32_t code_offset;
  bool body_offsets_derivable;
  uint32_t *body_marks;          /* module offset of every 64th body, so that wd_body_offset walks
                                    few records (decode.c); NULL if none */
  uint32_t **body_stretch;       /* per 64 bodies: their offsets, frozen by wd_body_offsets_freeze before
                                    the first of them is promoted (a compiled record no longer holds the
                                    size the walk needs); NULL until then */

  uint32_t nsections;
  wd_section_info *sections;     /* every section in binary order (names in the arena) */
  wd_slice name_section;         /* payload of the "name" custom section, or empty */
  uint32_t ncustom;

  uint8_t *func_declared;        /* bitset over nfuncs: may ref.func name it (filled by validate.c) */
  size_t code_section_arena;     /* arena bytes taken while storing the code section (records, marks and,
                                    unless borrowed, the one copy of the section's bodies) */
  struct wd_eh_index *eh;        /* translated code by address, for unwinding (codeindex.c); NULL until
                                    the first function is translated with exceptions on */
};
typedef struct wd_module wd_module;

static inline uint32_t wd_module_ndefined(const wd_module *m) { return m->nfuncs - m->nfunc_imports; }
static inline void *wd_module_record(const wd_module *m, uint32_t defidx) {
  return m->records + (size_t)defidx * m->layout->record_size;
}
static inline const wd_functype *wd_module_functype(const wd_module *m, uint32_t funcidx) {
  return &m->types[m->func_type[funcidx]];
}

/* ---------------------------------------------------------------- decoding */

typedef struct wd_decode_opts {
  const wd_allocator *al;        /* NULL = wd_default_allocator() */
  const wd_layout *layout;       /* NULL = the default layout */
  uint32_t features;
  size_t arena_limit;            /* 0 = none */
  bool borrow;                   /* bytes outlive the module: bodies, names, data and constant expressions
                                    point into them instead of into arena copies */
} wd_decode_opts;

/* Decodes every section. Function bodies are stored raw through the layout (not scanned). */
wd_module *wd_decode(const uint8_t *bytes, size_t len, const wd_decode_opts *opts, wd_error *err);
void wd_module_release(wd_module *m);
/* codeindex.c: the address index of translated code (m->eh), for unwinding. wd_eh_register records a
 * translated function's code (and handler table, eh.c's, or NULL); wd_eh_lookup gives the function whose
 * code holds the word at ip: its code (header first) and handler table; wd_eh_index_free frees m->eh. */
struct wd_eh_table;
bool wd_eh_register(wd_module *m, const uint32_t *code, uint32_t nwords, const struct wd_eh_table *eh);
const uint32_t *wd_eh_lookup(const wd_module *m, const uint32_t *ip, const struct wd_eh_table **eh);
void wd_eh_index_free(wd_module *m);

/* Module offset where defined function `defidx`'s body starts (after its size), or WD_NO_OFFSET. */
uint32_t wd_body_offset(const wd_module *m, uint32_t defidx);
/* Called before a record's body is replaced by compiled code: keeps the body offsets of its group of 64
 * so that wd_body_offset gives the same answer before and after any promotion. */
void wd_body_offsets_freeze(wd_module *m, uint32_t defidx);

/* ---------------------------------------------------------------- the byte reader */

typedef struct wd_reader {
  const uint8_t *p, *end;
  const uint8_t *base;           /* bytes[0] of what is being read */
  uint32_t base_offset;          /* module offset of base (for error messages), or WD_NO_OFFSET */
} wd_reader;

static inline void wd_reader_init(wd_reader *r, const uint8_t *p, uint32_t len, uint32_t base_offset) {
  r->p = p; r->end = p + len; r->base = p; r->base_offset = base_offset;
}
static inline uint32_t wd_reader_offset(const wd_reader *r) {
  return r->base_offset == WD_NO_OFFSET ? WD_NO_OFFSET : r->base_offset + (uint32_t)(r->p - r->base);
}
static inline bool wd_reader_done(const wd_reader *r) { return r->p >= r->end; }

/* Each reader returns false with err set (offset included) on malformed input. */
bool wd_read_u8(wd_reader *r, uint8_t *out, wd_error *err);
bool wd_read_u32(wd_reader *r, uint32_t *out, wd_error *err);     /* unsigned LEB128, <= 5 bytes */
bool wd_read_s32(wd_reader *r, int32_t *out, wd_error *err);      /* signed LEB128, <= 5 bytes */
bool wd_read_s33(wd_reader *r, int64_t *out, wd_error *err);      /* signed LEB128, <= 5 bytes */
bool wd_read_s64(wd_reader *r, int64_t *out, wd_error *err);      /* signed LEB128, <= 10 bytes */
bool wd_read_u64(wd_reader *r, uint64_t *out, wd_error *err);     /* unsigned LEB128, <= 10 bytes */
bool wd_read_bytes(wd_reader *r, uint32_t n, const uint8_t **out, wd_error *err);

/* ---------------------------------------------------------------- instructions */

enum { WD_BT_EMPTY = 0, WD_BT_VAL = 1, WD_BT_TYPE = 2 };

typedef struct wd_instr {
  uint16_t op;                   /* wd_opcode */
  uint32_t offset;               /* module offset of the opcode byte (or body-relative, see reader) */
  union {
    uint32_t idx;                /* LABEL FUNC LOCAL GLOBAL TABLE ELEM DATA MEM */
    struct { uint32_t a, b; } idx2;  /* CALL_INDIRECT (type, table), TABLE_TABLE (dst, src),
                                        ELEM_TABLE (elem, table), DATA_MEM (data, mem), MEM_MEM (dst, src) */
    struct { uint8_t kind; uint8_t valtype; uint32_t type_idx;
             uint32_t ncatch; const uint8_t *catches; } block;   /* BLOCKTYPE; TRY_TABLE adds its catch
                                    clauses (the vector's bytes, re-read with wd_read_catch) */
    struct { uint32_t align; uint32_t mem; uint64_t offset; uint8_t lane; } memarg; /* MEMARG(_LANE) */
    int32_t i32;
    int64_t i64;
    uint32_t f32;                /* bits */
    uint64_t f64;                /* bits */
    uint8_t v128[16];            /* V128 bytes; SHUFFLE lane indices */
    uint8_t lane;                /* LANE */
    struct { uint32_t count; const uint8_t *targets; uint32_t default_label; } br_table;
                                 /* targets: the LEB vector, re-read with wd_read_u32 */
    struct { uint32_t count; uint8_t type; } select_t;   /* type: the first (only valid) type */
    uint8_t reftype;             /* REFTYPE */
  } imm;
} wd_instr;

/* One try_table catch clause: kind (0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref), tag (kinds 0
 * and 1) and label. Re-reads what wd_read_instr_full checked. */
enum { WD_CATCH = 0, WD_CATCH_REF = 1, WD_CATCH_ALL = 2, WD_CATCH_ALL_REF = 3 };
typedef struct wd_catch { uint8_t kind; uint32_t tag, label; } wd_catch;
bool wd_read_catch(wd_reader *r, wd_catch *out, wd_error *err);

/* Reads a body's local declarations. Pass types = NULL to only count (and check the total against
 * WD_MAX_LOCALS: "too many locals"); otherwise types must have room for the count. */
bool wd_read_locals(wd_reader *r, uint32_t features, uint8_t *types, uint32_t *count, wd_error *err);

/* Syntactic check of one body: local declarations, every instruction, blocks balanced, the body ends
 * exactly at its final `end`, data-count rules. No typing. Used by the decoder test and `lazy` loads. */
bool wd_scan_body(const wd_module *m, uint32_t defidx, wd_error *err);

#endif /* WD_MODULE_H */
