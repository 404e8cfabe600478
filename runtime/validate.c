/* validate.c — every validation rule of WebAssembly 2.0 (plus tail-call, extended-const, multi-memory,
 * SIMD, wide-arithmetic, memory64/table64, custom-page-sizes, threads and exception-handling typing, typed
 * function references with local initialization, and gc's rec groups and subtypes of function types),
 * each in one place.
 *
 *   wd_validate_module    module-level rules at load: limits, imports, globals, segments, start,
 *                         exports, types; fills m->func_declared (the set C.refs). Lives in
 *                         validate_module.c, which uses this file's constant-expression validator
 *                         and type helpers through validate.h.
 *   wd_validate_function  one body: validate_fast.c's fast path first (it proves most bodies of compiled
 *                         code valid, or is not sure), else the spec appendix's algorithm with an
 *                         operand-type stack and a control stack, both growable arrays (no recursion,
 *                         no per-instruction allocation, no arbitrary nesting cap), which gives every
 *                         error.
 *   wd_validate_constexpr one constant expression.
 *
 * Each also records the features the module uses (m->features_used: opcodes through decode.c's
 * wd_op_feature, v128 types, more than one memory, extended constants).
 * Reads the module (module.h) and its bodies through the layout and the decoder's readers; writes only
 * m->func_declared (in the module arena) and m->features_used. Memory for the stacks comes from m->al and is freed on every
 * path.
 */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"
#include "decode_instr.h"
#include "validate.h"
#include "validate_fast.h"

/* ---------------------------------------------------------------- types */

#define T_ANY 0   /* the spec's "Unknown": a value of a polymorphic (unreachable) stack */

static const char *tname(uint8_t t) {
  switch (t) {
    case WD_I32: return "i32";
    case WD_I64: return "i64";
    case WD_F32: return "f32";
    case WD_F64: return "f64";
    case WD_V128: return "v128";
    case WD_FUNCREF: return "funcref";
    case WD_EXTERNREF: return "externref";
    case WD_EXNREF: return "exnref";
    case WD_RT_FUNC: return "(ref func)";
    case WD_RT_EXTERN: return "(ref extern)";
    case WD_RT_EXN: return "(ref exn)";
    case WD_RT_NULLFUNC: return "nullfuncref";
    case WD_RT_NULLEXTERN: return "nullexternref";
    case WD_RT_NULLEXN: return "nullexnref";
    case WD_RT_NOFUNC: return "(ref nofunc)";
    case WD_RT_NOEXTERN: return "(ref noextern)";
    case WD_RT_NOEXN: return "(ref noexn)";
    default: return t >= WD_RT_CONCRETE ? (t & 1 ? "(ref $t)" : "(ref null $t)") : "unknown";
  }
}

/* Each value type as a one-element type list (for block types written as one value type): one_type[t]
 * is t (filled by vtab_build). */
static uint8_t one_type[256];

/* ---------------------------------------------------------------- subtyping (function-references, gc)
 *
 * The one place of the subtyping rules inside a module. Value types are subtypes when equal, or both
 * references with a compatible nullability and heap types in the subtype relation: a bottom (nofunc,
 * noextern, noexn) below everything of its hierarchy, a function type below func, and a function type
 * below another when they are equivalent (m->type_canon: iso-recursive, the same canonical index) or
 * the other is reachable through its declared supertypes. The abstract part is module.h's
 * wd_heap_sub_abstract, which instance.c's import matching shares. */
static bool heap_sub(const wd_module *m, int32_t a, int32_t b) {
  if (a == b) return true;
  if (a < 0 || b < 0) return wd_heap_sub_abstract(a, b);
  if ((uint32_t)a >= m->ntypes || (uint32_t)b >= m->ntypes || !m->type_canon) return false;
  uint32_t cb = m->type_canon[b];
  for (uint32_t x = (uint32_t)a, steps = 0; x < m->ntypes && steps <= m->ntypes; x = m->types[x].super, steps++)
    if (m->type_canon[x] == cb) return true;
  return false;
}

static bool val_subtype(const wd_module *m, uint8_t a, uint8_t b) {
  if (a == b) return true;
  if (!wd_is_reftype(a) || !wd_is_reftype(b)) return false;
  if (wd_rt_nullable(a) && !wd_rt_nullable(b)) return false;
  return heap_sub(m, wd_rt_heap(a), wd_rt_heap(b));
}

/* Every a[i] <: b[i]. */
static bool types_sub(const wd_module *m, const uint8_t *a, uint32_t na, const uint8_t *b, uint32_t nb) {
  if (na != nb) return false;
  if (na == 0 || memcmp(a, b, na) == 0) return true;
  for (uint32_t i = 0; i < na; i++)
    if (!val_subtype(m, a[i], b[i])) return false;
  return true;
}

bool wd_val_subtype(const wd_module *m, uint8_t a, uint8_t b) { return val_subtype(m, a, b); }

/* Adds feature bits to what the module is known to use. Bodies may be validated by several threads at
 * once (lazy promotion), hence the atomic OR. */
static void note_features(const wd_module *m, uint32_t bits) {
  if (bits) __atomic_fetch_or(&((wd_module *)m)->features_used, bits, __ATOMIC_RELAXED);
}

static uint32_t types_features(const uint8_t *t, uint32_t n) {
  uint32_t f = 0;
  for (uint32_t i = 0; i < n; i++)
    if (t[i] == WD_V128) f |= WD_FEATURE_SIMD;
    else if (t[i] == WD_FUNCREF || t[i] == WD_EXTERNREF) f |= WD_FEATURE_REFERENCE_TYPES;
    else if (wd_type_kind(t[i]) != t[i] || (t[i] >= WD_RT_FUNC && t[i] <= WD_RT_NOEXN))
      f |= WD_FEATURE_FUNCTION_REFERENCES;
  return f;
}

/* ---------------------------------------------------------------- the opcode table, compacted */

/* What validation needs of each opcode: its fixed stack signature (the SIG strings of the decoder's
 * wd_opinfo_table, from opcodes.def, parsed once), its immediate kind, its natural alignment and (SIMD
 * lanes) its lane count. */
typedef struct vinfo {
  uint8_t typed;                 /* 1: SIG given (np/p/nr/r valid); 0: typed by hand */
  uint8_t np, nr;
  uint8_t p[3], r;
  uint8_t imm;                   /* wd_imm */
  uint8_t max_align;             /* log2(MEMSZ) for memory instructions */
  uint8_t lanes;                 /* lane count for IMM_LANE / IMM_MEMARG_LANE */
  uint8_t atomic;                /* 1: a 0xFE memory instruction (its alignment must be the natural one) */
} vinfo;

static const char *op_text(uint16_t op) { return wd_opinfo_table[op].text; }   /* for messages */

static vinfo vtab[WD_OP__COUNT];
static atomic_int vtab_state;    /* 0 not built, 1 being built, 2 ready */

static uint8_t sig_char(char ch) {
  switch (ch) {
    case 'i': return WD_I32;
    case 'l': return WD_I64;
    case 'f': return WD_F32;
    case 'd': return WD_F64;
    case 'v': return WD_V128;
    default: return T_ANY;
  }
}

static void vtab_build(void) {
  wd_vfast_build();
  for (unsigned t = 0; t < 256; t++) one_type[t] = (uint8_t)t;
  for (unsigned op = 0; op < WD_OP__COUNT; op++) {
    vinfo *v = &vtab[op];
    const wd_opinfo *o = &wd_opinfo_table[op];
    const char *s = o->sig;
    memset(v, 0, sizeof *v);
    v->imm = o->imm;
    if (o->memsz) v->max_align = (uint8_t)__builtin_ctz(o->memsz);
    v->atomic = o->prefix == 0xFE && o->imm == IMM_MEMARG;
    if (s) {
      v->typed = 1;
      for (; *s && *s != ':'; s++)
        if (v->np < 3) v->p[v->np++] = sig_char(*s);
      if (*s == ':') s++;
      for (; *s; s++)
        if (v->nr < 1) v->r = sig_char(*s), v->nr = 1;
    }
    if (v->imm == IMM_MEMARG_LANE && o->memsz)
      v->lanes = (uint8_t)(16u / o->memsz);
    else if (v->imm == IMM_LANE) {
      const char *t = o->text;   /* "i8x16.", "i16x8.", "i32x4.", "f64x2." ... */
      const char *x = strchr(t, 'x');
      v->lanes = x ? (uint8_t)atoi(x + 1) : 0;
    }
  }
}

static const vinfo *vtab_get(void) {
  int s = atomic_load_explicit(&vtab_state, memory_order_acquire);
  if (s == 2) return vtab;
  int expect = 0;
  if (atomic_compare_exchange_strong_explicit(&vtab_state, &expect, 1, memory_order_acq_rel,
                                              memory_order_acquire)) {
    vtab_build();
    atomic_store_explicit(&vtab_state, 2, memory_order_release);
    return vtab;
  }
  while (atomic_load_explicit(&vtab_state, memory_order_acquire) != 2) { /* another thread builds */ }
  return vtab;
}

/* ---------------------------------------------------------------- the validator's state */

enum { K_FUNC, K_BLOCK, K_LOOP, K_IF, K_ELSE,
       K_TRY, K_CATCH, K_CATCH_ALL };   /* exceptions: try_table is a K_BLOCK; legacy try and its handlers */

typedef struct vframe {
  const uint8_t *params, *results;
  uint32_t nparams, nresults;
  uint32_t height;               /* operand stack height at entry (params excluded) */
  uint32_t brt_mark;             /* the br_table that last checked this label (see BR_TABLE) */
  uint32_t init_mark;            /* c->nundo at entry: locals initialized inside are reset at its end */
  uint8_t kind;
  bool unreachable;
} vframe;

#define VALS_INLINE 256
#define CTRL_INLINE 32
#define LOCALS_INLINE 64

typedef struct vctx {
  const wd_module *m;
  wd_error *err;
  uint32_t func;                 /* function index (messages), or UINT32_MAX for a constant expr */
  uint32_t off;                  /* module offset of the current instruction */
  uint8_t *vals;                 /* operand types */
  uint32_t nvals, capvals;
  vframe *ctrl;
  uint32_t nctrl, capctrl;
  uint8_t *locals;
  uint32_t nlocals;
  uint32_t brt_gen;              /* br_table instructions seen */
  /* Local initialization (function-references): only with a non-defaultable local. linit[x]: local x
   * is initialized; undo: the locals set since, innermost frame last (reset at its end). */
  uint8_t *linit;
  uint32_t *undo;
  uint32_t nundo, capundo;
  bool vals_heap, ctrl_heap, locals_heap;
  uint8_t vals_buf[VALS_INLINE];
  vframe ctrl_buf[CTRL_INLINE];
  uint8_t locals_buf[LOCALS_INLINE];
} vctx;

static void ctx_init(vctx *c, const wd_module *m, uint32_t func, wd_error *err) {
  c->m = m; c->err = err; c->func = func; c->off = WD_NO_OFFSET;
  c->vals = c->vals_buf; c->nvals = 0; c->capvals = VALS_INLINE; c->vals_heap = false;
  c->ctrl = c->ctrl_buf; c->nctrl = 0; c->capctrl = CTRL_INLINE; c->ctrl_heap = false;
  c->locals = c->locals_buf; c->nlocals = 0; c->locals_heap = false;
  c->brt_gen = 0;
  c->linit = NULL; c->undo = NULL; c->nundo = c->capundo = 0;
}

static void ctx_free(vctx *c) {
  const wd_allocator *al = c->m->al;
  if (c->vals_heap) wd_free(al, c->vals, c->capvals);
  if (c->ctrl_heap) wd_free(al, c->ctrl, (size_t)c->capctrl * sizeof(vframe));
  if (c->locals_heap) wd_free(al, c->locals, c->nlocals);
  if (c->linit) wd_free(al, c->linit, c->nlocals);
  if (c->undo) wd_free(al, c->undo, (size_t)c->capundo * sizeof *c->undo);
  c->linit = NULL; c->undo = NULL;
  c->vals_heap = c->ctrl_heap = c->locals_heap = false;
}

/* Every error of a body or constant expression goes through here: the code, the current offset,
 * and "function N: detail" (or "constant expression: detail"). */
static bool vfail(vctx *c, wd_errcode code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool vfail(vctx *c, wd_errcode code, const char *fmt, ...) {
  char detail[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(detail, sizeof detail, fmt, ap);
  va_end(ap);
  if (c->func == UINT32_MAX)
    return wd_fail(c->err, code, c->off, "constant expression: %s", detail);
  return wd_fail(c->err, code, c->off, "function %u: %s", c->func, detail);
}

/* Grows a buffer that may still be the inline one: doubles its capacity. */
static bool grow(vctx *c, void **buf, uint32_t *cap, bool *heap, size_t elem) {
  uint32_t ncap = *cap > UINT32_MAX / 2 ? UINT32_MAX : *cap * 2;
  size_t oldb = (size_t)*cap * elem, newb;
  if (ncap == *cap || !wd_mul_ok(ncap, elem, &newb))
    return vfail(c, WD_E_OUT_OF_MEMORY, "validation stack too large");
  void *p;
  if (*heap) {
    p = wd_realloc(c->m->al, *buf, oldb, newb);
  } else {
    p = wd_alloc(c->m->al, newb);
    if (p) memcpy(p, *buf, oldb);
  }
  if (!p) return vfail(c, WD_E_OUT_OF_MEMORY, "validation stack of %zu bytes", newb);
  *buf = p; *cap = ncap; *heap = true;
  return true;
}

/* ---------------------------------------------------------------- operand stack */

/* Makes room for `more` operands (slow path of the pushes), within WD_MAX_OPERAND_STACK. */
static bool reserve_vals(vctx *c, uint32_t more) {
  uint64_t need = (uint64_t)c->nvals + more;
  if (need > WD_MAX_OPERAND_STACK)
    return vfail(c, WD_E_TOO_MANY, "more than %u operands on the stack", (unsigned)WD_MAX_OPERAND_STACK);
  while (c->capvals < need)
    if (!grow(c, (void **)&c->vals, &c->capvals, &c->vals_heap, 1)) return false;
  return true;
}

static inline bool push(vctx *c, uint8_t t) {
  if (__builtin_expect(c->nvals == c->capvals, 0) && !reserve_vals(c, 1)) return false;
  c->vals[c->nvals++] = t;
  return true;
}

static bool push_types(vctx *c, const uint8_t *t, uint32_t n) {
  if (n == 0) return true;
  if (c->capvals - c->nvals < n && !reserve_vals(c, n)) return false;
  memcpy(c->vals + c->nvals, t, n);
  c->nvals += n;
  return true;
}

/* An operand of another type than expected: fine if a subtype (typed references), else the error. Out of
 * line, so that the pops stay small. */
static __attribute__((noinline, cold)) bool mismatch(vctx *c, uint8_t got, uint8_t expect) {
  if (val_subtype(c->m, got, expect)) return true;
  return vfail(c, WD_E_TYPE_MISMATCH, "expected %s, got %s", tname(expect), tname(got));
}

/* Pops one operand of any type into *out (T_ANY from a polymorphic stack). */
static bool pop_any(vctx *c, uint8_t *out) {
  vframe *f = &c->ctrl[c->nctrl - 1];
  if (c->nvals == f->height) {
    if (f->unreachable) { *out = T_ANY; return true; }
    return vfail(c, WD_E_TYPE_MISMATCH, "expected a value, but the stack is empty");
  }
  *out = c->vals[--c->nvals];
  return true;
}

/* Pops one operand that must have type `expect` (T_ANY: any type). */
static inline bool pop_expect(vctx *c, uint8_t expect) {
  vframe *f = &c->ctrl[c->nctrl - 1];
  if (c->nvals == f->height) {
    if (f->unreachable) return true;
    return vfail(c, WD_E_TYPE_MISMATCH, "expected %s, but the stack is empty", tname(expect));
  }
  uint8_t got = c->vals[--c->nvals];
  if (got == expect || got == T_ANY || expect == T_ANY) return true;
  return mismatch(c, got, expect);
}

/* Pops operands of types t[0..n) (t[n-1] from the top): the general case. */
static bool pop_types_slow(vctx *c, const uint8_t *t, uint32_t n) {
  vframe *f = &c->ctrl[c->nctrl - 1];
  uint32_t avail = c->nvals - f->height;
  if (n > avail && f->unreachable) {   /* below the values present, the polymorphic bottom matches */
    t += n - avail;
    n = avail;
  }
  for (uint32_t i = n; i-- > 0;)
    if (!pop_expect(c, t[i])) return false;
  return true;
}

/* The common case first: all n operands present and exactly of the expected types. */
static inline __attribute__((always_inline)) bool pop_types(vctx *c, const uint8_t *t, uint32_t n) {
  const vframe *f = &c->ctrl[c->nctrl - 1];
  if (n <= c->nvals - f->height) {
    const uint8_t *sp = c->vals + c->nvals - n;
    uint32_t i = 0;
    if (n > 8) i = memcmp(sp, t, n) == 0 ? n : 0;
    else while (i < n && sp[i] == t[i]) i++;
    if (i == n) {
      c->nvals -= n;
      return true;
    }
  }
  return pop_types_slow(c, t, n);
}

/* Checks that the top of the stack matches t[0..n) without popping (br_table's targets; an operand
 * below the frame of a polymorphic stack matches anything). */
static bool peek_types(vctx *c, const uint8_t *t, uint32_t n) {
  vframe *f = &c->ctrl[c->nctrl - 1];
  for (uint32_t k = 0; k < n; k++) {
    uint8_t want = t[n - 1 - k];
    if (c->nvals - f->height <= k) {
      if (f->unreachable) return true;
      return vfail(c, WD_E_TYPE_MISMATCH, "expected %s, but the stack is empty", tname(want));
    }
    uint8_t got = c->vals[c->nvals - 1 - k];
    if (got != want && got != T_ANY && !mismatch(c, got, want)) return false;
  }
  return true;
}

/* ---------------------------------------------------------------- control stack */

static bool push_ctrl(vctx *c, uint8_t kind, const uint8_t *params, uint32_t np, const uint8_t *results,
                      uint32_t nr) {
  if (__builtin_expect(c->nctrl == c->capctrl, 0) &&
      !grow(c, (void **)&c->ctrl, &c->capctrl, &c->ctrl_heap, sizeof(vframe)))
    return false;
  vframe *f = &c->ctrl[c->nctrl++];
  f->params = params; f->nparams = np;
  f->results = results; f->nresults = nr;
  f->height = c->nvals;
  f->brt_mark = 0;
  f->init_mark = c->nundo;
  f->kind = kind;
  f->unreachable = false;
  return push_types(c, params, np);
}

/* The end of a frame's instruction sequence: exactly its results must be left. */
static bool check_frame_end(vctx *c) {
  vframe *f = &c->ctrl[c->nctrl - 1];
  if (!pop_types(c, f->results, f->nresults)) return false;
  if (c->nvals != f->height)
    return vfail(c, WD_E_TYPE_MISMATCH, "%u value(s) left on the stack at the end of a block",
                 c->nvals - f->height);
  return true;
}

static bool note_init_slow(vctx *c, uint32_t x);
/* local.set/local.tee of x: x is initialized until the end of the current frame. */
static inline bool note_init(vctx *c, uint32_t x) { return !c->linit || c->linit[x] || note_init_slow(c, x); }

/* Local initialization: forgets what was initialized since frame f began (at its end, at else). */
static __attribute__((noinline)) void reset_inits(vctx *c, const vframe *f) {
  while (c->nundo > f->init_mark) c->linit[c->undo[--c->nundo]] = 0;
}

static __attribute__((noinline)) bool note_init_slow(vctx *c, uint32_t x) {
  if (c->nundo == c->capundo) {
    uint32_t ncap = c->capundo ? c->capundo * 2 : 16;
    uint32_t *u = wd_realloc(c->m->al, c->undo, (size_t)c->capundo * sizeof *u, (size_t)ncap * sizeof *u);
    if (!u) return vfail(c, WD_E_OUT_OF_MEMORY, "local initialization stack");
    c->undo = u;
    c->capundo = ncap;
  }
  c->undo[c->nundo++] = x;
  c->linit[x] = 1;
  return true;
}

static void set_unreachable(vctx *c) {
  vframe *f = &c->ctrl[c->nctrl - 1];
  c->nvals = f->height;
  f->unreachable = true;
}

/* The types a branch to label l carries (after checking the label exists). */
static bool label(vctx *c, uint32_t l, const uint8_t **types, uint32_t *n) {
  if (l >= c->nctrl) return vfail(c, WD_E_UNKNOWN_LABEL, "label %u (depth %u)", l, c->nctrl);
  const vframe *f = &c->ctrl[c->nctrl - 1 - l];
  if (f->kind == K_LOOP) { *types = f->params; *n = f->nparams; }
  else { *types = f->results; *n = f->nresults; }
  return true;
}

/* ---------------------------------------------------------------- immediates: one rule each */

static bool check_type_idx(vctx *c, uint32_t idx) {
  if (idx >= c->m->ntypes) return vfail(c, WD_E_UNKNOWN_TYPE, "type %u (%u types)", idx, c->m->ntypes);
  return true;
}

/* A value type read from a body: a typed reference must name a type of the module. */
static inline bool check_valtype(vctx *c, uint8_t t) {
  return !wd_rt_is_concrete(t) || check_type_idx(c, wd_rt_index(t));
}

static bool check_func_idx(vctx *c, uint32_t idx) {
  if (idx >= c->m->nfuncs) return vfail(c, WD_E_UNKNOWN_FUNC, "function %u (%u functions)", idx, c->m->nfuncs);
  return true;
}

static bool check_table_idx(vctx *c, uint32_t idx) {
  if (idx >= c->m->ntables) return vfail(c, WD_E_UNKNOWN_TABLE, "table %u (%u tables)", idx, c->m->ntables);
  return true;
}

static bool check_mem_idx(vctx *c, uint32_t idx) {
  if (idx >= c->m->nmems) return vfail(c, WD_E_UNKNOWN_MEMORY, "memory %u (%u memories)", idx, c->m->nmems);
  return true;
}

static bool check_elem_idx(vctx *c, uint32_t idx) {
  if (idx >= c->m->nelems)
    return vfail(c, WD_E_UNKNOWN_ELEM, "elem segment %u (%u segments)", idx, c->m->nelems);
  return true;
}

/* Data segment indices in bodies: the binary format wants a data count section before bodies that
 * name data segments when the module has a data section (the decoder's rule, checked again here for
 * bodies it did not scan); without either section every index is unknown. */
static bool data_count_present(vctx *c, uint32_t idx) {
  if (!c->m->has_datacount && c->m->datas)
    return vfail(c, WD_E_DATA_COUNT_REQUIRED, "data segment %u used without a data count section", idx);
  return true;
}

static bool check_data_idx(vctx *c, uint32_t idx) {
  uint32_t n = c->m->has_datacount ? c->m->datacount : 0;
  if (!data_count_present(c, idx)) return false;
  if (idx >= n) return vfail(c, WD_E_UNKNOWN_DATA, "data segment %u (%u segments)", idx, n);
  return true;
}

static bool check_memarg(vctx *c, const wd_instr *ins, const vinfo *v) {
  if (!check_mem_idx(c, ins->imm.memarg.mem)) return false;
  if (v->atomic && ins->imm.memarg.align != v->max_align)
    return vfail(c, WD_E_ATOMIC_ALIGNMENT, "%s with alignment 2^%u (natural 2^%u)", op_text(ins->op),
                 ins->imm.memarg.align, v->max_align);
  if (ins->imm.memarg.align > v->max_align)
    return vfail(c, WD_E_ALIGNMENT, "%s with alignment 2^%u (natural 2^%u)", op_text(ins->op),
                 ins->imm.memarg.align, v->max_align);
  if (ins->imm.memarg.offset > UINT32_MAX && !c->m->mems[ins->imm.memarg.mem].lim.is64)
    return vfail(c, WD_E_OFFSET_RANGE, "%s offset %llu on an i32 memory", op_text(ins->op),
                 (unsigned long long)ins->imm.memarg.offset);
  return true;
}

/* ---------------------------------------------------------------- address types (memory64/table64) */

/* The address type (WD_I32 or WD_I64) of memory x and of table x (indices already checked). */
static uint8_t mem_at(const vctx *c, uint32_t x) { return wd_lim_addrtype(&c->m->mems[x].lim); }
static uint8_t table_at(const vctx *c, uint32_t x) { return wd_lim_addrtype(&c->m->tables[x].lim); }
/* A copy between two memories or tables: its length has the smaller of their address types. */
static uint8_t min_at(uint8_t a, uint8_t b) { return a == WD_I64 && b == WD_I64 ? WD_I64 : WD_I32; }

/* The signature of a SIG-typed memory or table instruction with its addresses, sizes and lengths in
 * the address type of the memory/table it names: the opcode table's i32 ones, or a copy in buf with
 * i64 where an i64 memory or table is involved. A memarg's address is always the first operand (the
 * rule atomics follow too). */
static const uint8_t *addr_sig(const vctx *c, const wd_instr *ins, const vinfo *v, uint8_t buf[3],
                               uint8_t *res) {
  uint8_t a = WD_I32, b = WD_I32, n = WD_I32;   /* first operand, second operand (copy), length */
  switch (v->imm) {
    case IMM_MEMARG: case IMM_MEMARG_LANE: a = mem_at(c, ins->imm.memarg.mem); break;
    case IMM_MEM: a = n = mem_at(c, ins->imm.idx); break;
    case IMM_DATA_MEM: a = mem_at(c, ins->imm.idx2.b); break;
    case IMM_MEM_MEM:
      a = mem_at(c, ins->imm.idx2.a); b = mem_at(c, ins->imm.idx2.b); n = min_at(a, b);
      break;
    case IMM_TABLE: a = n = table_at(c, ins->imm.idx); break;
    case IMM_ELEM_TABLE: a = table_at(c, ins->imm.idx2.b); break;
    case IMM_TABLE_TABLE:
      a = table_at(c, ins->imm.idx2.a); b = table_at(c, ins->imm.idx2.b); n = min_at(a, b);
      break;
    default: return v->p;
  }
  if (a == WD_I32 && b == WD_I32 && n == WD_I32) return v->p;
  memcpy(buf, v->p, 3);
  switch (ins->op) {
    case WD_OP_MEMORY_SIZE: case WD_OP_TABLE_SIZE: *res = a; break;      /* ":i" */
    case WD_OP_MEMORY_GROW: buf[0] = a; *res = a; break;                  /* "i:i" */
    case WD_OP_MEMORY_FILL: buf[0] = a; buf[2] = n; break;                /* dst, byte, len */
    case WD_OP_MEMORY_COPY: case WD_OP_TABLE_COPY: buf[0] = a; buf[1] = b; buf[2] = n; break;
    default: buf[0] = a; break;          /* loads, stores, lanes; memory.init/table.init: dst */
  }
  return buf;
}

static bool check_lane(vctx *c, const wd_instr *ins, uint32_t lane, const vinfo *v) {
  if (lane >= v->lanes)
    return vfail(c, WD_E_INVALID_LANE, "%s lane %u (%u lanes)", op_text(ins->op), lane, v->lanes);
  return true;
}

static bool check_same_elem(vctx *c, uint8_t dst, uint8_t src) {
  if (!val_subtype(c->m, src, dst)) return vfail(c, WD_E_TYPE_MISMATCH, "%s elements into a %s table", tname(src), tname(dst));
  return true;
}

/* Immediates of the instructions typed by their SIG string. */
static bool check_imm(vctx *c, const wd_instr *ins, const vinfo *v) {
  const wd_module *m = c->m;
  switch (v->imm) {
    case IMM_NONE: case IMM_I32: case IMM_I64: case IMM_F32: case IMM_F64: case IMM_V128: case IMM_ZERO:
      return true;
    case IMM_MEMARG:
      return check_memarg(c, ins, v);
    case IMM_MEMARG_LANE:
      return check_memarg(c, ins, v) && check_lane(c, ins, ins->imm.memarg.lane, v);
    case IMM_LANE:
      return check_lane(c, ins, ins->imm.lane, v);
    case IMM_SHUFFLE:
      for (int i = 0; i < 16; i++)
        if (ins->imm.v128[i] >= 32)
          return vfail(c, WD_E_INVALID_LANE, "i8x16.shuffle lane %u (32 lanes)", ins->imm.v128[i]);
      return true;
    case IMM_MEM:
      return check_mem_idx(c, ins->imm.idx);
    case IMM_MEM_MEM:
      return check_mem_idx(c, ins->imm.idx2.a) && check_mem_idx(c, ins->imm.idx2.b);
    case IMM_DATA:
      return check_data_idx(c, ins->imm.idx);
    case IMM_DATA_MEM:   /* malformed before invalid; then the spec checks the memory first */
      return data_count_present(c, ins->imm.idx2.a) && check_mem_idx(c, ins->imm.idx2.b) &&
             check_data_idx(c, ins->imm.idx2.a);
    case IMM_ELEM:
      return check_elem_idx(c, ins->imm.idx);
    case IMM_ELEM_TABLE:
      return check_table_idx(c, ins->imm.idx2.b) && check_elem_idx(c, ins->imm.idx2.a) &&
             check_same_elem(c, m->tables[ins->imm.idx2.b].elem, m->elems[ins->imm.idx2.a].elemtype);
    case IMM_TABLE_TABLE:
      return check_table_idx(c, ins->imm.idx2.a) && check_table_idx(c, ins->imm.idx2.b) &&
             check_same_elem(c, m->tables[ins->imm.idx2.a].elem, m->tables[ins->imm.idx2.b].elem);
    case IMM_TABLE:
      return check_table_idx(c, ins->imm.idx);
    default:
      return vfail(c, WD_E_ILLEGAL_OPCODE, "%s: unexpected immediate kind", op_text(ins->op));
  }
}

/* Resolves a block type into its parameter and result lists. */
static bool block_type(vctx *c, const wd_instr *ins, const uint8_t **p, uint32_t *np, const uint8_t **r,
                       uint32_t *nr) {
  switch (ins->imm.block.kind) {
    case WD_BT_EMPTY:
      *p = *r = NULL; *np = *nr = 0;
      return true;
    case WD_BT_VAL:
      if (!wd_is_valtype(ins->imm.block.valtype))
        return vfail(c, WD_E_MALFORMED_VALTYPE, "block type 0x%02x", ins->imm.block.valtype);
      if (!check_valtype(c, ins->imm.block.valtype)) return false;
      *p = NULL; *np = 0;
      *r = &one_type[ins->imm.block.valtype]; *nr = 1;
      return true;
    default: {
      uint32_t idx = ins->imm.block.type_idx;
      if (!check_type_idx(c, idx)) return false;
      const wd_functype *ft = &c->m->types[idx];
      *p = wd_ft_params(ft); *np = ft->nparams;
      *r = wd_ft_results(ft); *nr = ft->nresults;
      return true;
    }
  }
}

/* return_call(_indirect): the callee's results must be the caller's. */
static bool check_tail_results(vctx *c, const wd_functype *callee) {
  const vframe *f = &c->ctrl[0];
  if (!types_sub(c->m, wd_ft_results(callee), callee->nresults, f->results, f->nresults))
    return vfail(c, WD_E_TYPE_MISMATCH, "tail call to a function with different results");
  return true;
}

/* call_indirect's immediates: the table (funcref) and the type. */
static bool call_indirect_type(vctx *c, const wd_instr *ins, const wd_functype **ft) {
  uint32_t type = ins->imm.idx2.a, table = ins->imm.idx2.b;
  if (!check_table_idx(c, table) || !check_type_idx(c, type)) return false;
  if (!val_subtype(c->m, c->m->tables[table].elem, WD_FUNCREF))
    return vfail(c, WD_E_TYPE_MISMATCH, "call_indirect through table %u of %s", table,
                 tname(c->m->tables[table].elem));
  *ft = &c->m->types[type];
  return true;
}

/* ---------------------------------------------------------------- exception handling */

/* A tag index, and its type's parameters (the payload). */
static bool tag_params(vctx *c, uint32_t x, const uint8_t **p, uint32_t *n) {
  const wd_module *m = c->m;
  if (x >= m->ntags) return vfail(c, WD_E_UNKNOWN_TAG, "tag %u (%u tags)", x, m->ntags);
  if (m->tag_type[x] >= m->ntypes) return vfail(c, WD_E_UNKNOWN_TYPE, "tag %u: type %u", x, m->tag_type[x]);
  const wd_functype *ft = &m->types[m->tag_type[x]];
  *p = wd_ft_params(ft);
  *n = ft->nparams;
  return true;
}

/* A try_table catch clause: its label must take what the clause hands it (the label is counted
 * outside the try_table, which is not pushed yet). */
static bool check_catch(vctx *c, const wd_catch *k) {
  const uint8_t *lt = NULL, *p = NULL;
  uint32_t ln = 0, n = 0;
  if (!label(c, k->label, &lt, &ln)) return false;
  if (k->kind <= WD_CATCH_REF && !tag_params(c, k->tag, &p, &n)) return false;
  bool ref = k->kind == WD_CATCH_REF || k->kind == WD_CATCH_ALL_REF;
  if (ln != n + ref || (n && !types_sub(c->m, p, n, lt, n)) || (ref && !val_subtype(c->m, WD_RT_EXN, lt[n])))
    return vfail(c, WD_E_TYPE_MISMATCH, "catch clause does not match label %u", k->label);
  return true;
}

static bool step_eh(vctx *c, const wd_instr *ins, const wd_reader *r) {
  if (!(c->m->features & WD_FEATURE_EXCEPTIONS))
    return vfail(c, WD_E_ILLEGAL_OPCODE, "%s needs the exceptions feature", op_text(ins->op));
  vframe *f = &c->ctrl[c->nctrl - 1];
  switch (ins->op) {
  case WD_OP_TRY: case WD_OP_TRY_TABLE: {
    const uint8_t *p = NULL, *res = NULL;
    uint32_t np = 0, nr = 0;
    if (!block_type(c, ins, &p, &np, &res, &nr)) return false;
    if (ins->op == WD_OP_TRY_TABLE) {
      wd_reader cr;
      wd_reader_init(&cr, ins->imm.block.catches, (uint32_t)(r->p - ins->imm.block.catches), WD_NO_OFFSET);
      for (uint32_t i = 0; i < ins->imm.block.ncatch; i++) {
        wd_catch k;
        if (!wd_read_catch(&cr, &k, c->err) || !check_catch(c, &k)) return false;
      }
    }
    if (!pop_types(c, p, np)) return false;
    return push_ctrl(c, ins->op == WD_OP_TRY ? K_TRY : K_BLOCK, p, np, res, nr);
  }
  case WD_OP_CATCH: case WD_OP_CATCH_ALL: {
    if (f->kind != K_TRY && f->kind != K_CATCH)
      return vfail(c, WD_E_END_EXPECTED, "%s outside a try", op_text(ins->op));
    const uint8_t *p = NULL;
    uint32_t n = 0;
    if (ins->op == WD_OP_CATCH && !tag_params(c, ins->imm.idx, &p, &n)) return false;
    if (!check_frame_end(c)) return false;
    f->kind = ins->op == WD_OP_CATCH ? K_CATCH : K_CATCH_ALL;
    f->unreachable = false;
    if (c->linit) reset_inits(c, f);
    return push_types(c, p, n);
  }
  case WD_OP_DELEGATE: {
    if (f->kind != K_TRY) return vfail(c, WD_E_END_EXPECTED, "delegate outside a try");
    if (ins->imm.idx >= c->nctrl - 1)
      return vfail(c, WD_E_UNKNOWN_LABEL, "delegate %u (depth %u)", ins->imm.idx, c->nctrl - 1);
    if (!check_frame_end(c)) return false;
    if (c->linit) reset_inits(c, f);
    c->nctrl--;
    return push_types(c, f->results, f->nresults);
  }
  case WD_OP_THROW: {
    const uint8_t *p = NULL;
    uint32_t n = 0;
    if (!tag_params(c, ins->imm.idx, &p, &n) || !pop_types(c, p, n)) return false;
    set_unreachable(c);
    return true;
  }
  case WD_OP_THROW_REF:
    if (!pop_expect(c, WD_EXNREF)) return false;
    set_unreachable(c);
    return true;
  default: {   /* RETHROW */
    uint32_t l = ins->imm.idx;
    if (l >= c->nctrl) return vfail(c, WD_E_UNKNOWN_LABEL, "label %u (depth %u)", l, c->nctrl);
    uint8_t k = c->ctrl[c->nctrl - 1 - l].kind;
    if (k != K_CATCH && k != K_CATCH_ALL) return vfail(c, WD_E_INVALID_RETHROW, "label %u", l);
    set_unreachable(c);
    return true;
  }
  }
}

/* ---------------------------------------------------------------- typed function references */

/* The type of ref.func x: (ref $t) of its function type with function-references (funcref when the
 * type index has no code, and without the feature). */
static uint8_t ref_func_type(const wd_module *m, uint32_t x) {
  if (!(m->features & WD_FEATURE_FUNCTION_REFERENCES) || x >= m->nfuncs) return WD_FUNCREF;
  uint8_t t = wd_rt_make(false, m->func_type[x]);
  return t ? t : WD_RT_FUNC;
}

/* Pops a reference for call_ref/br_on_null/...: *t is its type (T_ANY from a polymorphic stack). */
static bool pop_ref(vctx *c, const char *what, uint8_t *t) {
  if (!pop_any(c, t)) return false;
  if (*t != T_ANY && !wd_is_reftype(*t)) return vfail(c, WD_E_TYPE_MISMATCH, "%s of %s", what, tname(*t));
  return true;
}

/* The non-nullable version of reference type t. */
static uint8_t non_null(uint8_t t) {
  if (t == T_ANY) return T_ANY;
  uint8_t r = wd_rt_make(false, wd_rt_heap(t));
  return r ? r : t;
}

static __attribute__((noinline)) bool step_tref(vctx *c, const wd_instr *ins) {
  const wd_module *m = c->m;
  uint8_t t = T_ANY;
  switch (ins->op) {
  case WD_OP_CALL_REF: case WD_OP_RETURN_CALL_REF: {
    uint32_t y = ins->imm.idx;
    if (!check_type_idx(c, y)) return false;
    uint8_t want = wd_rt_make(true, y);
    if (!want) return vfail(c, WD_E_TOO_MANY, "call_ref of type %u (typed references reach type %u)", y,
                            (unsigned)WD_MAX_TYPED_REF_INDEX - 1);
    const wd_functype *ft = &m->types[y];
    if (!pop_expect(c, want)) return false;
    if (ins->op == WD_OP_RETURN_CALL_REF) {
      if (!(m->features & WD_FEATURE_TAIL_CALL))
        return vfail(c, WD_E_ILLEGAL_OPCODE, "return_call_ref needs feature tail-call (disabled)");
      if (!check_tail_results(c, ft) || !pop_types(c, wd_ft_params(ft), ft->nparams)) return false;
      set_unreachable(c);
      return true;
    }
    return pop_types(c, wd_ft_params(ft), ft->nparams) && push_types(c, wd_ft_results(ft), ft->nresults);
  }
  case WD_OP_REF_AS_NON_NULL:
    return pop_ref(c, "ref.as_non_null", &t) && push(c, non_null(t));
  case WD_OP_BR_ON_NULL: {
    const uint8_t *lt = NULL;
    uint32_t n = 0;
    if (!pop_ref(c, "br_on_null", &t) || !label(c, ins->imm.idx, &lt, &n)) return false;
    return pop_types(c, lt, n) && push_types(c, lt, n) && push(c, non_null(t));
  }
  default: {   /* BR_ON_NON_NULL: the label's last value is the reference */
    const uint8_t *lt = NULL;
    uint32_t n = 0;
    if (!label(c, ins->imm.idx, &lt, &n)) return false;
    if (n == 0 || !wd_is_reftype(lt[n - 1]))
      return vfail(c, WD_E_TYPE_MISMATCH, "br_on_non_null to a label without a reference last");
    if (!pop_ref(c, "br_on_non_null", &t)) return false;
    if (t != T_ANY && !val_subtype(m, non_null(t), lt[n - 1]))
      return vfail(c, WD_E_TYPE_MISMATCH, "br_on_non_null of %s to a label of %s", tname(t), tname(lt[n - 1]));
    return pop_types(c, lt, n - 1) && push_types(c, lt, n - 1);
  }
  }
}

/* ---------------------------------------------------------------- one instruction */

/* Types one instruction of a body. */
static inline __attribute__((always_inline)) bool step(vctx *c, const wd_instr *ins, const wd_reader *r) {
  const wd_module *m = c->m;
  const vinfo *v = &vtab[ins->op];

  if (v->typed) {
    const uint8_t *p = v->p;
    uint8_t res = v->r, buf[3];
    if (v->imm != IMM_NONE) {
      if (!check_imm(c, ins, v)) return false;
      p = addr_sig(c, ins, v, buf, &res);
    }
    if (!pop_types(c, p, v->np)) return false;
    if (v->nr && !push(c, res)) return false;
    if (ins->op == WD_OP_UNREACHABLE) set_unreachable(c);
    return true;
  }

  switch (ins->op) {
    case WD_OP_BLOCK: case WD_OP_LOOP: case WD_OP_IF: {
      const uint8_t *p = NULL, *res = NULL;
      uint32_t np = 0, nr = 0;
      if (!block_type(c, ins, &p, &np, &res, &nr)) return false;
      if (ins->op == WD_OP_IF && !pop_expect(c, WD_I32)) return false;
      if (!pop_types(c, p, np)) return false;
      uint8_t kind = ins->op == WD_OP_BLOCK ? K_BLOCK : ins->op == WD_OP_LOOP ? K_LOOP : K_IF;
      return push_ctrl(c, kind, p, np, res, nr);
    }
    case WD_OP_ELSE: {
      vframe *f = &c->ctrl[c->nctrl - 1];
      if (f->kind != K_IF) return vfail(c, WD_E_END_EXPECTED, "else outside an if");
      if (!check_frame_end(c)) return false;
      f->kind = K_ELSE;
      f->unreachable = false;
      if (c->linit) reset_inits(c, f);
      return push_types(c, f->params, f->nparams);
    }
    case WD_OP_END: {
      vframe *f = &c->ctrl[c->nctrl - 1];
      if (f->kind == K_IF && !types_sub(m, f->params, f->nparams, f->results, f->nresults))
        return vfail(c, WD_E_TYPE_MISMATCH, "if without else must leave its parameters as results");
      if (!check_frame_end(c)) return false;
      if (c->linit) reset_inits(c, f);
      c->nctrl--;
      if (c->nctrl == 0) return true;                /* the function's final end */
      return push_types(c, f->results, f->nresults);
    }
    case WD_OP_BR: {
      const uint8_t *t = NULL;
      uint32_t n = 0;
      if (!label(c, ins->imm.idx, &t, &n) || !pop_types(c, t, n)) return false;
      set_unreachable(c);
      return true;
    }
    case WD_OP_BR_IF: {
      const uint8_t *t = NULL;
      uint32_t n = 0;
      if (!pop_expect(c, WD_I32) || !label(c, ins->imm.idx, &t, &n)) return false;
      return pop_types(c, t, n) && push_types(c, t, n);
    }
    case WD_OP_BR_TABLE: {
      const uint8_t *dt = NULL, *t = NULL;
      uint32_t dn = 0, n = 0;
      if (!pop_expect(c, WD_I32) || !label(c, ins->imm.br_table.default_label, &dt, &dn)) return false;
      wd_reader tr;
      wd_reader_init(&tr, ins->imm.br_table.targets, (uint32_t)(r->p - ins->imm.br_table.targets),
                     WD_NO_OFFSET);
      /* Each distinct label is checked against the stack once per br_table: the cost is linear in
       * the targets, not targets x arity (arities reach 1000). */
      uint32_t gen = ++c->brt_gen;
      for (uint32_t i = 0; i < ins->imm.br_table.count; i++) {
        uint32_t l;
        if (!wd_read_u32(&tr, &l, c->err)) return false;
        if (!label(c, l, &t, &n)) return false;
        if (n != dn)
          return vfail(c, WD_E_TYPE_MISMATCH, "br_table targets of arity %u and %u", n, dn);
        vframe *lf = &c->ctrl[c->nctrl - 1 - l];
        if (lf->brt_mark == gen) continue;
        lf->brt_mark = gen;
        if (!peek_types(c, t, n)) return false;
      }
      if (!pop_types(c, dt, dn)) return false;
      set_unreachable(c);
      return true;
    }
    case WD_OP_TRY: case WD_OP_TRY_TABLE: case WD_OP_CATCH: case WD_OP_CATCH_ALL: case WD_OP_DELEGATE:
    case WD_OP_THROW: case WD_OP_THROW_REF: case WD_OP_RETHROW:
      return step_eh(c, ins, r);
    case WD_OP_RETURN:
      if (!pop_types(c, c->ctrl[0].results, c->ctrl[0].nresults)) return false;
      set_unreachable(c);
      return true;
    case WD_OP_CALL: case WD_OP_RETURN_CALL: {
      if (ins->op == WD_OP_RETURN_CALL && !(m->features & WD_FEATURE_TAIL_CALL))
        return vfail(c, WD_E_ILLEGAL_OPCODE, "return_call needs feature tail-call (disabled)");
      if (!check_func_idx(c, ins->imm.idx)) return false;
      if (m->func_type[ins->imm.idx] >= m->ntypes)     /* only if the module was not validated */
        return vfail(c, WD_E_UNKNOWN_TYPE, "function %u has type %u", ins->imm.idx, m->func_type[ins->imm.idx]);
      const wd_functype *ft = wd_module_functype(m, ins->imm.idx);
      if (ins->op == WD_OP_RETURN_CALL) {
        if (!check_tail_results(c, ft) || !pop_types(c, wd_ft_params(ft), ft->nparams)) return false;
        set_unreachable(c);
        return true;
      }
      return pop_types(c, wd_ft_params(ft), ft->nparams) &&
             push_types(c, wd_ft_results(ft), ft->nresults);
    }
    case WD_OP_CALL_INDIRECT: case WD_OP_RETURN_CALL_INDIRECT: {
      if (ins->op == WD_OP_RETURN_CALL_INDIRECT && !(m->features & WD_FEATURE_TAIL_CALL))
        return vfail(c, WD_E_ILLEGAL_OPCODE, "return_call_indirect needs feature tail-call (disabled)");
      const wd_functype *ft = NULL;
      if (!call_indirect_type(c, ins, &ft)) return false;
      uint8_t at = table_at(c, ins->imm.idx2.b);
      if (ins->op == WD_OP_RETURN_CALL_INDIRECT) {
        if (!check_tail_results(c, ft) || !pop_expect(c, at) ||
            !pop_types(c, wd_ft_params(ft), ft->nparams))
          return false;
        set_unreachable(c);
        return true;
      }
      return pop_expect(c, at) && pop_types(c, wd_ft_params(ft), ft->nparams) &&
             push_types(c, wd_ft_results(ft), ft->nresults);
    }
    case WD_OP_DROP: {
      uint8_t t = T_ANY;
      return pop_any(c, &t);
    }
    case WD_OP_SELECT: {
      uint8_t t1 = T_ANY, t2 = T_ANY;
      if (!pop_expect(c, WD_I32) || !pop_any(c, &t1) || !pop_any(c, &t2)) return false;
      if (wd_is_reftype(t1) || wd_is_reftype(t2))
        return vfail(c, WD_E_TYPE_MISMATCH, "untyped select of %s", tname(wd_is_reftype(t1) ? t1 : t2));
      if (t1 != t2 && t1 != T_ANY && t2 != T_ANY)
        return vfail(c, WD_E_TYPE_MISMATCH, "select of %s and %s", tname(t2), tname(t1));
      return push(c, t1 == T_ANY ? t2 : t1);
    }
    case WD_OP_SELECT_T: {
      if (ins->imm.select_t.count != 1)
        return vfail(c, WD_E_INVALID_RESULT_ARITY, "typed select with %u types", ins->imm.select_t.count);
      uint8_t t = ins->imm.select_t.type;
      if (!wd_is_valtype(t)) return vfail(c, WD_E_MALFORMED_VALTYPE, "select type 0x%02x", t);
      if (!check_valtype(c, t)) return false;
      return pop_expect(c, WD_I32) && pop_expect(c, t) && pop_expect(c, t) && push(c, t);
    }
    case WD_OP_LOCAL_GET: case WD_OP_LOCAL_SET: case WD_OP_LOCAL_TEE: {
      uint32_t x = ins->imm.idx;
      if (x >= c->nlocals) return vfail(c, WD_E_UNKNOWN_LOCAL, "local %u (%u locals)", x, c->nlocals);
      uint8_t t = c->locals[x];
      if (ins->op == WD_OP_LOCAL_GET) {
        if (c->linit && !c->linit[x]) return vfail(c, WD_E_UNINITIALIZED_LOCAL, "local %u", x);
        return push(c, t);
      }
      if (!pop_expect(c, t) || !note_init(c, x)) return false;
      return ins->op == WD_OP_LOCAL_TEE ? push(c, t) : true;
    }
    case WD_OP_GLOBAL_GET: case WD_OP_GLOBAL_SET: {
      uint32_t x = ins->imm.idx;
      if (x >= m->nglobals) return vfail(c, WD_E_UNKNOWN_GLOBAL, "global %u (%u globals)", x, m->nglobals);
      const wd_globaltype *g = &m->globals[x].type;
      if (ins->op == WD_OP_GLOBAL_GET) return push(c, g->type);
      if (!g->mut) return vfail(c, WD_E_GLOBAL_IMMUTABLE, "global.set of global %u", x);
      return pop_expect(c, g->type);
    }
    case WD_OP_TABLE_GET: case WD_OP_TABLE_SET: case WD_OP_TABLE_GROW: case WD_OP_TABLE_FILL: {
      uint32_t x = ins->imm.idx;
      if (!check_table_idx(c, x)) return false;
      uint8_t et = m->tables[x].elem, at = table_at(c, x);
      switch (ins->op) {
        case WD_OP_TABLE_GET: return pop_expect(c, at) && push(c, et);
        case WD_OP_TABLE_SET: return pop_expect(c, et) && pop_expect(c, at);
        case WD_OP_TABLE_GROW: return pop_expect(c, at) && pop_expect(c, et) && push(c, at);
        default: return pop_expect(c, at) && pop_expect(c, et) && pop_expect(c, at);
      }
    }
    case WD_OP_REF_NULL:
      if (!wd_is_reftype(ins->imm.reftype))
        return vfail(c, WD_E_MALFORMED_REFTYPE, "ref.null 0x%02x", ins->imm.reftype);
      return check_valtype(c, ins->imm.reftype) && push(c, ins->imm.reftype);
    case WD_OP_REF_IS_NULL: {
      uint8_t t = T_ANY;
      if (!pop_any(c, &t)) return false;
      if (t != T_ANY && !wd_is_reftype(t))
        return vfail(c, WD_E_TYPE_MISMATCH, "ref.is_null of %s", tname(t));
      return push(c, WD_I32);
    }
    case WD_OP_I64_ADD128: case WD_OP_I64_SUB128:       /* [i64 i64 i64 i64] -> [i64 i64] */
      if (!pop_expect(c, WD_I64) || !pop_expect(c, WD_I64)) return false;
      /* fall through */
    case WD_OP_I64_MUL_WIDE_S: case WD_OP_I64_MUL_WIDE_U:  /* [i64 i64] -> [i64 i64] */
      return pop_expect(c, WD_I64) && pop_expect(c, WD_I64) && push(c, WD_I64) && push(c, WD_I64);
    case WD_OP_REF_FUNC: {
      uint32_t x = ins->imm.idx;
      if (!check_func_idx(c, x)) return false;
      if (!m->func_declared || !(m->func_declared[x >> 3] & (1u << (x & 7))))
        return vfail(c, WD_E_UNDECLARED_FUNC_REF, "ref.func %u", x);
      return push(c, ref_func_type(m, x));
    }
    case WD_OP_CALL_REF: case WD_OP_RETURN_CALL_REF: case WD_OP_REF_AS_NON_NULL: case WD_OP_BR_ON_NULL:
    case WD_OP_BR_ON_NON_NULL:
      return step_tref(c, ins);
    default:
      return vfail(c, WD_E_ILLEGAL_OPCODE, "%s has no typing rule", op_text(ins->op));
  }
}

/* ---------------------------------------------------------------- function bodies */

/* Typed references among the declared locals (after the np parameters): each must name a type; a
 * non-defaultable one (non-nullable) turns on initialization tracking. Locals are declared in runs, so
 * the scan compares neighbours first. */
static __attribute__((noinline)) bool typed_locals(vctx *c, uint32_t np) {
  bool tracking = false;
  for (uint32_t i = np; i < c->nlocals; i++) {
    uint8_t t = c->locals[i];
    if (i > np && t == c->locals[i - 1]) continue;
    if (!wd_is_reftype(t) || t == WD_FUNCREF || t == WD_EXTERNREF || t == WD_EXNREF) continue;
    if (!check_valtype(c, t)) return false;
    tracking |= !wd_type_defaultable(t);
  }
  if (!tracking) return true;
  if (!(c->linit = wd_alloc(c->m->al, c->nlocals))) return vfail(c, WD_E_OUT_OF_MEMORY, "%u locals", c->nlocals);
  for (uint32_t i = 0; i < c->nlocals; i++) c->linit[i] = i < np || wd_type_defaultable(c->locals[i]);
  return true;
}

/* Reads the local declarations: params first, then the declared locals. */
static bool read_locals(vctx *c, wd_reader *r, const wd_functype *ft) {
  wd_reader probe = *r;
  uint32_t n;
  if (!wd_read_locals(&probe, c->m->features, NULL, &n, c->err)) return false;
  uint64_t total = (uint64_t)ft->nparams + n;
  if (total > UINT32_MAX) return vfail(c, WD_E_TOO_MANY_LOCALS, "%llu locals", (unsigned long long)total);
  if (total > LOCALS_INLINE) {
    c->locals = wd_alloc(c->m->al, (size_t)total);
    if (!c->locals) {
      c->locals = c->locals_buf;
      return vfail(c, WD_E_OUT_OF_MEMORY, "%llu locals", (unsigned long long)total);
    }
    c->locals_heap = true;
  }
  c->nlocals = (uint32_t)total;
  if (ft->nparams) memcpy(c->locals, wd_ft_params(ft), ft->nparams);
  uint32_t n2 = n;
  if (!wd_read_locals(r, c->m->features, c->locals + ft->nparams, &n2, c->err)) return false;
  if (n2 != n) return vfail(c, WD_E_TOO_MANY_LOCALS, "local count changed between reads");
  if (!(c->m->features & WD_FEATURE_EXCEPTIONS) && memchr(c->locals + ft->nparams, WD_EXNREF, n))
    return vfail(c, WD_E_MALFORMED_VALTYPE, "exnref needs the exceptions feature");
  if (c->m->features & WD_FEATURE_FUNCTION_REFERENCES) return typed_locals(c, ft->nparams);
  return true;
}

/* Validates a body whose bytes start at module offset `base` (0: offsets relative to the body). */
static bool validate_body(const wd_module *m, uint32_t defidx, wd_slice body, uint32_t base, wd_error *err) {
  uint32_t funcidx = m->nfunc_imports + defidx;
  const wd_functype *ft = wd_module_functype(m, funcidx);
  vctx c;
  ctx_init(&c, m, funcidx, err);
  wd_reader r;
  wd_reader_init(&r, body.ptr, body.len, base);
  bool ok = read_locals(&c, &r, ft) &&
            push_ctrl(&c, K_FUNC, NULL, 0, wd_ft_results(ft), ft->nresults);
  uint32_t used = ok ? types_features(c.locals, c.nlocals) : 0;
  wd_instr ins;
  while (ok && c.nctrl > 0) {
    if (wd_reader_done(&r)) {
      /* The body ran out before its final end (its last byte closed an inner block). The reference
       * decoder reads on into the next body ("END opcode expected" at its first byte) or off the end
       * of the section. */
      c.off = wd_reader_offset(&r);
      ok = vfail(&c, defidx + 1 == wd_module_ndefined(m) ? WD_E_UNEXPECTED_END_SECTION : WD_E_END_EXPECTED,
                 "body ends without its final end");
      break;
    }
    if (!wd_read_instr(&r, m->features, &ins, err)) { ok = false; break; }
    c.off = ins.offset;
    used |= wd_op_feature[ins.op];
    ok = step(&c, &ins, &r);
  }
  if (ok && !wd_reader_done(&r)) {
    c.off = wd_reader_offset(&r);
    ok = vfail(&c, WD_E_SECTION_SIZE, "%u byte(s) after the final end", (uint32_t)(r.end - r.p));
  }
  if (ok) note_features(m, used);
  ctx_free(&c);
  return ok;
}

static bool validate_function(const wd_module *m, uint32_t defidx, bool use_fast, wd_error *err) {
  if (!m || !m->records || defidx >= wd_module_ndefined(m))
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no defined function %u", defidx);
  vtab_get();
  uint32_t funcidx = m->nfunc_imports + defidx;
  const void *rec = wd_module_record(m, defidx);
  wd_slice body;
  if (!m->layout->get_body(rec, &body)) {
    if (m->layout->is_compiled(rec)) return true;   /* compiled: it was validated before */
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "function %u has no body", funcidx);
  }
  if (m->func_type[funcidx] >= m->ntypes)
    return wd_fail(err, WD_E_UNKNOWN_TYPE, WD_NO_OFFSET, "function %u: type %u", funcidx,
                   m->func_type[funcidx]);
  /* The fast path first (validate_fast.c): it proves most bodies of compiled code valid, or is not sure.
   * Debug builds check every body it accepts with the full validator below. */
  bool fast = use_fast && wd_validate_fast(m, wd_module_functype(m, funcidx), body);
#ifdef NDEBUG
  if (fast) return true;
#endif
  /* Finding a body's module offset walks the records before it, so validate with body-relative
   * offsets and only on failure again with the real base, for the error's offset. */
  if (validate_body(m, defidx, body, 0, err)) return true;
  if (fast) {
    /* The full validator could not finish (out of memory, a limit): the fast path's verdict stands, as
     * in release builds, which never run the full validator on such a body. */
    int cls = err ? wd_errcode_class(err->code) : WD_CLASS_INVALID;
    if (cls != WD_CLASS_INVALID && cls != WD_CLASS_MALFORMED) {
      memset(err, 0, sizeof *err);
      return true;
    }
    fprintf(stderr, "warden: validate_fast.c accepted function %u, which the full validator rejects: %s\n",
            funcidx, err ? err->message : "");
    abort();
  }
  /* The reference interpreter decodes a whole body before typing it: a malformed body reports that,
   * even where typing stopped earlier. */
  if (err && wd_errcode_class(err->code) == WD_CLASS_INVALID && !wd_scan_body(m, defidx, err)) return false;
  uint32_t base = wd_body_offset(m, defidx);
  if (base != 0) validate_body(m, defidx, body, base, err);
  return false;
}

bool wd_validate_function(const wd_module *m, uint32_t defidx, wd_error *err) {
  return validate_function(m, defidx, true, err);
}

bool wd_validate_function_full(const wd_module *m, uint32_t defidx, wd_error *err) {
  return validate_function(m, defidx, false, err);
}

bool wd_validate_function_fast(const wd_module *m, uint32_t defidx) {
  wd_slice body;
  if (!m || !m->records || defidx >= wd_module_ndefined(m)) return false;
  vtab_get();
  uint32_t funcidx = m->nfunc_imports + defidx;
  if (!m->layout->get_body(wd_module_record(m, defidx), &body) || m->func_type[funcidx] >= m->ntypes) return false;
  return wd_validate_fast(m, wd_module_functype(m, funcidx), body);
}

/* ---------------------------------------------------------------- constant expressions */

/* Validates e as a constant expression of type `type`; global.get may name globals below nvisible
 * (immutable ones only). Function indices named by ref.func are added to `refs` when given. */
static bool validate_expr(const wd_module *m, const wd_constexpr *e, uint8_t type, uint32_t nvisible,
                          uint8_t *refs, wd_error *err) {
  vctx c;
  ctx_init(&c, m, UINT32_MAX, err);
  c.off = e->offset;
  wd_reader r;
  wd_reader_init(&r, e->bytes, e->len, e->offset);
  bool ok = push_ctrl(&c, K_FUNC, NULL, 0, &one_type[type], 1);
  bool ended = false;
  wd_instr ins;
  while (ok && !ended) {
    if (wd_reader_done(&r)) {
      c.off = wd_reader_offset(&r);
      ok = vfail(&c, WD_E_CONST_EXPR_END, "no end");
      break;
    }
    if (!wd_read_instr(&r, m->features, &ins, err)) { ok = false; break; }
    c.off = ins.offset;
    switch (ins.op) {
      case WD_OP_I32_CONST: ok = push(&c, WD_I32); break;
      case WD_OP_I64_CONST: ok = push(&c, WD_I64); break;
      case WD_OP_F32_CONST: ok = push(&c, WD_F32); break;
      case WD_OP_F64_CONST: ok = push(&c, WD_F64); break;
      case WD_OP_V128_CONST: ok = push(&c, WD_V128); break;
      case WD_OP_REF_NULL:
        ok = wd_is_reftype(ins.imm.reftype)
                 ? check_valtype(&c, ins.imm.reftype) && push(&c, ins.imm.reftype)
                 : vfail(&c, WD_E_MALFORMED_REFTYPE, "ref.null 0x%02x", ins.imm.reftype);
        break;
      case WD_OP_REF_FUNC:
        ok = check_func_idx(&c, ins.imm.idx) && push(&c, ref_func_type(m, ins.imm.idx));
        if (ok && refs) refs[ins.imm.idx >> 3] |= (uint8_t)(1u << (ins.imm.idx & 7));
        break;
      case WD_OP_GLOBAL_GET: {
        uint32_t x = ins.imm.idx;
        if (x >= nvisible || x >= m->nglobals)
          ok = vfail(&c, WD_E_UNKNOWN_GLOBAL, "global %u (%u usable here)", x, nvisible);
        else if (m->globals[x].type.mut)
          ok = vfail(&c, WD_E_CONST_EXPR_REQUIRED, "global.get of mutable global %u", x);
        else
          ok = push(&c, m->globals[x].type.type);
        break;
      }
      case WD_OP_I32_ADD: case WD_OP_I32_SUB: case WD_OP_I32_MUL:
      case WD_OP_I64_ADD: case WD_OP_I64_SUB: case WD_OP_I64_MUL:
        if (!(m->features & WD_FEATURE_EXTENDED_CONST)) {
          ok = vfail(&c, WD_E_CONST_EXPR_REQUIRED, "%s needs feature extended-const (disabled)",
                     op_text(ins.op));
        } else {
          const vinfo *v = &vtab_get()[ins.op];
          ok = pop_expect(&c, v->p[1]) && pop_expect(&c, v->p[0]) && push(&c, v->r);
          note_features(m, WD_FEATURE_EXTENDED_CONST);
        }
        break;
      case WD_OP_END:
        ok = check_frame_end(&c);
        ended = true;
        break;
      default:
        ok = vfail(&c, WD_E_CONST_EXPR_REQUIRED, "%s", op_text(ins.op));
        break;
    }
  }
  if (ok && !wd_reader_done(&r)) {
    c.off = wd_reader_offset(&r);
    ok = vfail(&c, WD_E_CONST_EXPR_REQUIRED, "instructions after the end");
  }
  ctx_free(&c);
  return ok;
}

bool wd_validate_constexpr(const wd_module *m, const wd_constexpr *e, uint8_t type,
                           uint32_t nglobals_visible, wd_error *err) {
  if (!m || !e || !wd_is_valtype(type))
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "constant expression");
  vtab_get();
  return validate_expr(m, e, type, nglobals_visible, NULL, err);
}

/* ---------------------------------------------------------------- for the module-level rules (validate_module.c, validate.h) */

const char *wd_vtype_name(uint8_t t) { return tname(t); }
bool wd_vtypes_sub(const wd_module *m, const uint8_t *a, uint32_t na, const uint8_t *b, uint32_t nb) {
  return types_sub(m, a, na, b, nb);
}
uint32_t wd_vtypes_features(const uint8_t *t, uint32_t n) { return types_features(t, n); }
void wd_vnote_features(const wd_module *m, uint32_t bits) { note_features(m, bits); }
void wd_vtab_ready(void) { vtab_get(); }
bool wd_validate_expr(const wd_module *m, const wd_constexpr *e, uint8_t type, uint32_t nvisible, uint8_t *refs,
                      wd_error *err) {
  return validate_expr(m, e, type, nvisible, refs, err);
}
