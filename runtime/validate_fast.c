/* validate_fast.c — the body validator's fast path: one tight loop over the common instructions of
 * compiled C/C++ code (locals, globals, constants, numeric instructions with a fixed signature, loads and
 * stores of memory 0, blocks without parameters, branches, calls, select, drop, memory.size/grow/copy/
 * fill, the saturating truncations) that either proves a body valid or answers "not sure".
 *
 *   wd_validate_fast(m, body)  true: the body is valid (validate.c's full validator would accept it);
 *                              false: not sure (an instruction or type this loop does not handle, an
 *                              error, anything unusual). validate.c then validates the body again from
 *                              its start with the full validator, which gives the exact error.
 *
 * It must be sound: it accepts only what the full validator accepts, and decodes only what the decoder
 * reads the same way whatever the features (one-byte opcodes and sub-opcodes, a 0x00 memory/table index
 * byte, LEB128s under the decoder's length and unused-bit rules). It holds no rule of its own: the
 * signatures come from opcodes.def (the same SIG strings validate.c parses), and everything else is the
 * strict subset where the spec's rule is plain equality: operand types are compared for equality (never
 * subtyping), locals and parameters are i32/i64/f32/f64 only (no initialization tracking, no feature
 * notes), blocks carry no parameters and at most one i32/i64/f32/f64 result, only opcodes that need no
 * feature are handled (so the body adds nothing to m->features_used), and after a branch, return or
 * unreachable the next instruction must be `end` or `else` (no typing of a polymorphic stack).
 * Debug builds (no NDEBUG) run the full validator on every body this accepts and abort on a
 * disagreement; wd-validatetest counts both over the whole testsuite.
 *
 * May touch: nothing but its own stack buffers (and the module allocator for many locals); its opcode
 * table is built once by wd_vfast_build (from validate.c's one-time table build).
 */
#include <stddef.h>
#include <string.h>
#include "validate_fast.h"
#include "decode_instr.h"

enum {
  F_NO = 0,                      /* not handled: not sure */
  /* typed by their SIG, after their immediate: */
  F_SIG, F_MEMARG, F_S32, F_S64, F_B4, F_B8, F_MEM0, F_MEM00,
  F_SIG_II_I, F_SIG_I_I, F_SIG_LL_L, F_SIG_LL_I, /* the commonest signatures without immediate, in line */
  /* typed here: */
  F_UNREACHABLE, F_BLOCK, F_LOOP, F_IF, F_ELSE, F_END, F_BR, F_BR_IF, F_BR_TABLE, F_RETURN, F_CALL,
  F_CALL_INDIRECT, F_DROP, F_SELECT, F_LOCAL_GET, F_LOCAL_SET, F_LOCAL_TEE, F_GLOBAL_GET, F_GLOBAL_SET,
  F_PREFIX_FC, F__COUNT
};

/* One opcode: its class, and for SIG-typed ones the operands it pops (the np bytes below the top of the
 * stack, as a masked little 4-byte word), its result (0: none) and its natural alignment. */
typedef struct fop {
  uint8_t cls, np, r, nr, max_align;
  uint32_t want, mask;
} fop;

#define FC_CODES 32u
static fop ftab[256], ftab_fc[FC_CODES];


static uint8_t num_type(char ch) {
  switch (ch) {
    case 'i': return WD_I32;
    case 'l': return WD_I64;
    case 'f': return WD_F32;
    case 'd': return WD_F64;
    default: return 0;
  }
}

static bool is_num(uint8_t t) { return t == WD_I32 || t == WD_I64 || t == WD_F32 || t == WD_F64; }

/* The class of a SIG-typed row by its immediate (F_NO: not handled). */
static uint8_t sig_class(unsigned imm) {
  switch (imm) {
    case IMM_NONE: return F_SIG;
    case IMM_MEMARG: return F_MEMARG;
    case IMM_I32: return F_S32;
    case IMM_I64: return F_S64;
    case IMM_F32: return F_B4;
    case IMM_F64: return F_B8;
    case IMM_MEM: return F_MEM0;
    case IMM_MEM_MEM: return F_MEM00;
    default: return F_NO;
  }
}

/* The class of a hand-typed row (F_NO: not handled). */
static uint8_t op_class(unsigned op) {
  switch (op) {
    case WD_OP_BLOCK: return F_BLOCK;
    case WD_OP_LOOP: return F_LOOP;
    case WD_OP_IF: return F_IF;
    case WD_OP_ELSE: return F_ELSE;
    case WD_OP_END: return F_END;
    case WD_OP_BR: return F_BR;
    case WD_OP_BR_IF: return F_BR_IF;
    case WD_OP_BR_TABLE: return F_BR_TABLE;
    case WD_OP_RETURN: return F_RETURN;
    case WD_OP_CALL: return F_CALL;
    case WD_OP_CALL_INDIRECT: return F_CALL_INDIRECT;
    case WD_OP_DROP: return F_DROP;
    case WD_OP_SELECT: return F_SELECT;
    case WD_OP_LOCAL_GET: return F_LOCAL_GET;
    case WD_OP_LOCAL_SET: return F_LOCAL_SET;
    case WD_OP_LOCAL_TEE: return F_LOCAL_TEE;
    case WD_OP_GLOBAL_GET: return F_GLOBAL_GET;
    case WD_OP_GLOBAL_SET: return F_GLOBAL_SET;
    default: return F_NO;
  }
}

/* One row of opcodes.def as a fast-path entry; false if the row is not handled. */
static bool make_fop(unsigned op, fop *f) {
  memset(f, 0, sizeof *f);
  if (wd_op_feature[op]) return false;           /* only what every feature set decodes and allows */
  const char *s = wd_opinfo_table[op].sig;
  if (!s) return (f->cls = op_class(op)) != F_NO;
  if (op == WD_OP_UNREACHABLE) return (f->cls = F_UNREACHABLE), true;
  uint8_t p[4] = {0, 0, 0, 0}, pt[3];
  for (; *s && *s != ':'; s++) {
    if (f->np == 3 || !(pt[f->np] = num_type(*s))) return false;
    f->np++;
  }
  if (*s == ':') s++;
  if (*s && (!(f->r = num_type(*s)) || s[1])) return false;
  f->nr = f->r != 0;
  uint8_t mk[4] = {0, 0, 0, 0};
  for (unsigned i = 0; i < f->np; i++) p[4 - f->np + i] = pt[i], mk[4 - f->np + i] = 0xFF;
  memcpy(&f->want, p, 4);
  memcpy(&f->mask, mk, 4);
  if (wd_opinfo_table[op].memsz) f->max_align = (uint8_t)__builtin_ctz(wd_opinfo_table[op].memsz);
  f->cls = sig_class(wd_opinfo_table[op].imm);
  if (f->cls >= F_S32 && f->cls <= F_B8 && (f->np || !f->nr)) return false;   /* constants push one */
  if (f->cls == F_SIG && f->r == WD_I32 && f->np == 2 && pt[0] == WD_I32 && pt[1] == WD_I32) f->cls = F_SIG_II_I;
  if (f->cls == F_SIG && f->r == WD_I32 && f->np == 1 && pt[0] == WD_I32) f->cls = F_SIG_I_I;
  if (f->cls == F_SIG && f->np == 2 && pt[0] == WD_I64 && pt[1] == WD_I64)
    f->cls = f->r == WD_I64 ? F_SIG_LL_L : f->r == WD_I32 ? F_SIG_LL_I : F_SIG;
  return f->cls != F_NO;
}

struct fstack;
static bool run(const wd_module *m, const uint8_t *p, const uint8_t *end, const wd_functype *ft,
                const uint8_t *locals, uint32_t nlocals, uint8_t *vals, size_t cap, struct fstack *cs);

void wd_vfast_build(void) {
  for (unsigned op = 0; op < WD_OP__COUNT; op++) {
    fop f;
    if (!make_fop(op, &f)) continue;
    if (wd_opinfo_table[op].prefix == 0) ftab[wd_opinfo_table[op].code] = f;
    else if (wd_opinfo_table[op].prefix == 0xFC && wd_opinfo_table[op].code < FC_CODES) ftab_fc[wd_opinfo_table[op].code] = f;
  }
  ftab[0xFC].cls = F_PREFIX_FC;
  run(NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL);
}

/* ---------------------------------------------------------------- LEB128, the decoder's rules */

/* An unsigned 32-bit LEB128 at *p (before end): as wd_read_u32 reads it, else false. */
static inline bool rd_u32(const uint8_t **pp, const uint8_t *end, uint32_t *v) {
  const uint8_t *p = *pp;
  if (p < end && !(*p & 0x80)) { *v = *p; *pp = p + 1; return true; }
  uint32_t x = 0;
  if (end - p < 5) {                             /* the last bytes of the body: one at a time */
    for (unsigned i = 0; p + i < end; i++) {
      x |= (uint32_t)(p[i] & 0x7F) << (7 * i);
      if (!(p[i] & 0x80)) { *v = x; *pp = p + i + 1; return true; }
    }
    return false;
  }
  for (unsigned i = 0; i < 4; i++) {
    x |= (uint32_t)(p[i] & 0x7F) << (7 * i);
    if (!(p[i] & 0x80)) { *v = x; *pp = p + i + 1; return true; }
  }
  if (p[4] >= 0x10) return false;                /* unused bits set (or a sixth byte) */
  *v = x | (uint32_t)p[4] << 28;
  *pp = p + 5;
  return true;
}

/* Skips a signed LEB128 of `bits` (32 or 64) bits under the decoder's rules; false if not sure. */
static inline bool skip_sleb(const uint8_t **pp, const uint8_t *end, unsigned bits) {
  const uint8_t *p = *pp;
  unsigned nbytes = (bits + 6) / 7;              /* 5 or 10 */
  if ((size_t)(end - p) < nbytes) {              /* the last bytes of the body: one at a time */
    for (; p < end; p++)
      if (!(*p & 0x80)) { *pp = p + 1; return true; }
    return false;
  }
  for (unsigned i = 0; i + 1 < nbytes; i++)
    if (!(p[i] & 0x80)) { *pp = p + i + 1; return true; }
  /* the last byte: no continuation, and the bits beyond `bits` copies of the sign bit */
  uint8_t b = p[nbytes - 1], left = (uint8_t)(bits - 7 * (nbytes - 1));
  uint8_t mask = (uint8_t)((0xFFu << (left - 1)) & 0x7F);
  if ((b & 0x80) || ((b & mask) != 0 && (b & mask) != mask)) return false;
  *pp = p + nbytes;
  return true;
}

/* ---------------------------------------------------------------- the loop */

/* The operand stack holds types (never 0) with a 0 byte below each frame's values (below the function's,
 * the 4 zero bytes before the stack): a pop that would reach into the frame below meets a 0 and is
 * refused like any other mismatch, so the pops check no heights. Every instruction but a call pushes
 * no more types than it has bytes, so a stack of the body's length plus one never overflows if calls
 * check that their results fit in what the rest of the body cannot fill (height + bytes left < cap). */
#define FV_INLINE 4096u          /* operand stacks up to this size on the C stack */
#define FC_INLINE 64u            /* control stacks up to this depth on the C stack, then grown */
#define FL_INLINE 512u           /* locals kept on the C stack */

enum { K_FUNC, K_BLOCK, K_LOOP, K_IF, K_ELSE };

typedef struct fframe {
  uint32_t height;               /* the index of its first value (its 0 byte is just below) */
  const uint8_t *lt;             /* label types: what a branch to it carries (a loop: nothing) */
  uint32_t ln;
  const uint8_t *rt;             /* results at its end */
  uint32_t rn;
  uint8_t kind, unreachable;
} fframe;

/* The control stack: FC_INLINE frames on the C stack, then doubled in the module's allocator. */
typedef struct fstack {
  fframe *ctrl;
  size_t cap;
  bool heap;
  const wd_allocator *al;
} fstack;

static __attribute__((noinline)) bool grow_ctrl(fstack *cs) {
  size_t ncap = cs->cap * 2, nbytes;
  if (!wd_mul_ok(ncap, sizeof(fframe), &nbytes)) return false;
  fframe *n = wd_alloc(cs->al, nbytes);
  if (!n) return false;
  memcpy(n, cs->ctrl, cs->cap * sizeof(fframe));
  if (cs->heap) wd_free(cs->al, cs->ctrl, cs->cap * sizeof(fframe));
  cs->ctrl = n;
  cs->cap = ncap;
  cs->heap = true;
  return true;
}

/* Each value type as a one-element list. */
static const uint8_t one[256] = {
  [WD_I32] = WD_I32, [WD_I64] = WD_I64, [WD_F32] = WD_F32, [WD_F64] = WD_F64,
};

/* Reads the local declarations into types[np..): i32/i64/f32/f64 only. */
static bool read_locals(const wd_module *m, const uint8_t **pp, const uint8_t *end, const wd_functype *ft,
                        uint8_t *buf, uint8_t **types, uint32_t *ntotal) {
  const uint8_t *p = *pp, *q;
  uint32_t ngroups, count = 0;
  uint64_t total = ft->nparams;
  if (!rd_u32(&p, end, &ngroups)) return false;
  q = p;
  for (uint32_t i = 0; i < ngroups; i++) {       /* first pass: count and check */
    if (!rd_u32(&q, end, &count) || q >= end || !is_num(*q)) return false;
    q++;
    total += count;
    if (total - ft->nparams > WD_MAX_LOCALS) return false;
  }
  uint8_t *t = buf;
  if (total > FL_INLINE && !(t = wd_alloc(m->al, (size_t)total))) return false;
  for (uint32_t i = 0; i < ft->nparams; i++)
    if (!is_num(t[i] = wd_ft_params(ft)[i])) {
      if (t != buf) wd_free(m->al, t, (size_t)total);
      return false;
    }
  uint32_t k = ft->nparams;
  for (uint32_t i = 0; i < ngroups; i++) {
    rd_u32(&p, end, &count);
    memset(t + k, *p++, count);
    k += count;
  }
  *pp = p;
  *types = t;
  *ntotal = (uint32_t)total;
  return true;
}

/* The top n operands are exactly t[0..n) (a frame's 0 byte matches no type). */
static inline bool top_is(const uint8_t *vals, const uint8_t *sp, const uint8_t *t, uint32_t n) {
  if ((size_t)(sp - vals) < n) return false;
  for (uint32_t i = 0; i < n; i++)
    if (sp[(ptrdiff_t)i - (ptrdiff_t)n] != t[i]) return false;
  return true;
}

/* The loop. With computed goto (WD_COMPUTED_GOTO) every handler ends in its own dispatch (NEXT), which
 * branch predictors like far better than one shared switch; otherwise it is a plain switch. */
#if WD_COMPUTED_GOTO
static const void *disp[256];    /* byte -> its handler: filled once by run(NULL, ...) */
#define CASE(c) L_##c
#define NEXT() goto *disp[*p++]
#define THIS() (o = &ftab[p[-1]])    /* the entry of the opcode just dispatched (handlers that need it) */
#else
#define CASE(c) case c
#define NEXT() continue
#define THIS() (void)0
#endif

/* vals: cap types, with 4 zero bytes before vals[0]; cs: the control stack (it may grow). */
static bool run(const wd_module *m, const uint8_t *p, const uint8_t *end, const wd_functype *ft,
                const uint8_t *locals, uint32_t nlocals, uint8_t *vals, size_t cap, fstack *cs) {
  uint8_t *sp = vals;                            /* one past the top */
  /* Immediates end before the body's last byte, its final end (wd_validate_fast checked it is 0x0B):
   * then every instruction leaves a byte to dispatch on, but an end read from that last byte, which
   * checks for itself, and NEXT needs no bounds check. */
  const uint8_t *lim = end ? end - 1 : NULL;    /* (NULL: the one call that fills disp) */
  fframe *ctrl = cs ? cs->ctrl : NULL;
  size_t ccap = cs ? cs->cap : 0;
  uint32_t nc = 1;
  const bool mem_ok = m && m->nmems > 0 && !m->mems[0].lim.is64;
  const bool table_ok = m && m->ntables > 0 && !m->tables[0].lim.is64 && m->tables[0].elem == WD_FUNCREF;
  fframe *f = ctrl;
  if (ft) *f = (fframe){0, wd_ft_results(ft), ft->nresults, wd_ft_results(ft), ft->nresults, K_FUNC, 0};
  const fop *o;
  uint32_t x;

#if WD_COMPUTED_GOTO
  static const void *const lab[F__COUNT] = {
    &&L_F_NO, &&L_F_SIG, &&L_F_MEMARG, &&L_F_S32, &&L_F_S64, &&L_F_B4, &&L_F_B8, &&L_F_MEM0, &&L_F_MEM00,
    &&L_F_SIG_II_I, &&L_F_SIG_I_I, &&L_F_SIG_LL_L, &&L_F_SIG_LL_I, &&L_F_UNREACHABLE, &&L_F_BLOCK, &&L_F_LOOP, &&L_F_IF, &&L_F_ELSE, &&L_F_END, &&L_F_BR, &&L_F_BR_IF,
    &&L_F_BR_TABLE, &&L_F_RETURN, &&L_F_CALL, &&L_F_CALL_INDIRECT, &&L_F_DROP, &&L_F_SELECT, &&L_F_LOCAL_GET,
    &&L_F_LOCAL_SET, &&L_F_LOCAL_TEE, &&L_F_GLOBAL_GET, &&L_F_GLOBAL_SET, &&L_F_PREFIX_FC,
  };
  if (!m) {                                      /* from wd_vfast_build, before any body */
    for (unsigned b = 0; b < 256; b++) disp[b] = lab[ftab[b].cls];
    return true;
  }
  NEXT();
#else
  for (;;) {
    if (p >= end) return false;
    o = &ftab[*p++];
    switch (o->cls) {
#endif
    CASE(F_NO):
      return false;
    CASE(F_PREFIX_FC):
      if (p >= lim || *p >= FC_CODES) return false;
      o = &ftab_fc[*p++];
      switch (o->cls) {
        case F_SIG: case F_SIG_II_I: case F_SIG_I_I: case F_SIG_LL_L: case F_SIG_LL_I: goto sig;
        case F_MEM0: goto mem0;
        case F_MEM00: goto mem00;
        default: return false;
      }
    CASE(F_MEMARG):
      THIS();
      if (!mem_ok || lim - p < 2 || *p > o->max_align) return false;
      p++;
      if (!rd_u32(&p, lim, &x)) return false;
      goto sig;
    CASE(F_S32):                                 /* constants: no operand, one result */
      THIS();
      if (!skip_sleb(&p, lim, 32)) return false;
      *sp++ = o->r;
      NEXT();
    CASE(F_S64):
      THIS();
      if (!skip_sleb(&p, lim, 64)) return false;
      *sp++ = o->r;
      NEXT();
    CASE(F_B4):
      THIS();
      if (lim - p < 4) return false;
      p += 4;
      *sp++ = o->r;
      NEXT();
    CASE(F_B8):
      THIS();
      if (lim - p < 8) return false;
      p += 8;
      *sp++ = o->r;
      NEXT();
    CASE(F_SIG_II_I):                            /* [i32 i32] -> [i32]: the result is where the first was */
      if (sp[-1] != WD_I32 || sp[-2] != WD_I32) return false;
      sp--;
      NEXT();
    CASE(F_SIG_I_I):
      if (sp[-1] != WD_I32) return false;
      NEXT();
    CASE(F_SIG_LL_L):
      if (sp[-1] != WD_I64 || sp[-2] != WD_I64) return false;
      sp--;
      NEXT();
    CASE(F_SIG_LL_I):
      if (sp[-1] != WD_I64 || sp[-2] != WD_I64) return false;
      sp--;
      sp[-1] = WD_I32;
      NEXT();
    CASE(F_MEM00):
      THIS();
    mem00:
      if (p >= lim || *p++ != 0) return false;
      goto mem0;
    CASE(F_MEM0):
      THIS();
    mem0:
      if (!mem_ok || p >= lim || *p++ != 0) return false;
      goto sig;
    CASE(F_SIG):
      THIS();
    sig: {
      uint32_t top;                              /* np <= 3: at most the 4 bytes below vals[0] */
      memcpy(&top, sp - 4, 4);
      if ((top & o->mask) != o->want) return false;
      sp -= o->np;
      *sp = o->r;                                /* harmless above the top when there is no result */
      sp += o->nr;
      NEXT();
    }
    CASE(F_LOCAL_GET):
      if (!rd_u32(&p, lim, &x) || x >= nlocals) return false;
      *sp++ = locals[x];
      NEXT();
    CASE(F_LOCAL_SET):
      if (!rd_u32(&p, lim, &x) || x >= nlocals || sp[-1] != locals[x]) return false;
      sp--;
      NEXT();
    CASE(F_LOCAL_TEE):
      if (!rd_u32(&p, lim, &x) || x >= nlocals || sp[-1] != locals[x]) return false;
      NEXT();
    CASE(F_GLOBAL_GET):
      if (!rd_u32(&p, lim, &x) || x >= m->nglobals || !is_num(m->globals[x].type.type)) return false;
      *sp++ = m->globals[x].type.type;
      NEXT();
    CASE(F_GLOBAL_SET):
      if (!rd_u32(&p, lim, &x) || x >= m->nglobals || !m->globals[x].type.mut ||
          sp[-1] != m->globals[x].type.type)
        return false;
      sp--;
      NEXT();
    CASE(F_DROP):
      if (!sp[-1]) return false;
      sp--;
      NEXT();
    CASE(F_SELECT):
      if (sp[-1] != WD_I32 || sp[-2] != sp[-3] || !is_num(sp[-2])) return false;
      sp -= 2;
      NEXT();
    CASE(F_BLOCK): CASE(F_LOOP): CASE(F_IF): {
      THIS();
      uint8_t bt = p < lim ? *p++ : 0;
      if (bt != 0x40 && !is_num(bt)) return false;
      if (nc == ccap) {
        if (!grow_ctrl(cs)) return false;
        ctrl = cs->ctrl;
        ccap = cs->cap;
      }
      if (o->cls == F_IF) {
        if (sp[-1] != WD_I32) return false;
        sp--;
      }
      const uint8_t *rt = bt == 0x40 ? NULL : &one[bt];
      uint32_t rn = bt == 0x40 ? 0 : 1;
      uint8_t kind = o->cls == F_BLOCK ? K_BLOCK : o->cls == F_LOOP ? K_LOOP : K_IF;
      *sp++ = 0;
      f = &ctrl[nc++];
      *f = (fframe){(uint32_t)(sp - vals), kind == K_LOOP ? NULL : rt, kind == K_LOOP ? 0 : rn, rt, rn, kind, 0};
      NEXT();
    }
    CASE(F_ELSE):
      if (f->kind != K_IF || (!f->unreachable && !((uint32_t)(sp - vals) - f->height == f->rn && top_is(vals, sp, f->rt, f->rn))))
        return false;
      sp = vals + f->height;
      f->kind = K_ELSE;
      f->unreachable = 0;
      NEXT();
    CASE(F_END):
      if (f->kind == K_IF && f->rn) return false;  /* an if without else leaves its (no) parameters */
      if (!f->unreachable && !((uint32_t)(sp - vals) - f->height == f->rn && top_is(vals, sp, f->rt, f->rn))) return false;
      if (--nc == 0) return p == end;            /* the function's final end: nothing may follow */
      if (p == end) return false;                /* an inner end as the last byte: no byte to dispatch */
      sp = vals + f->height - 1;                 /* its 0 byte too */
      if (f->rn) *sp++ = f->rt[0];          /* blocks have at most one result */
      f = &ctrl[nc - 1];
      NEXT();
    CASE(F_BR): CASE(F_BR_IF): {
      THIS();
      if (!rd_u32(&p, lim, &x) || x >= nc) return false;
      if (o->cls == F_BR_IF) {
        if (sp[-1] != WD_I32) return false;
        sp--;
      }
      const fframe *t = &ctrl[nc - 1 - x];
      if (!top_is(vals, sp, t->lt, t->ln)) return false;
      if (o->cls == F_BR) goto unreachable;
      NEXT();
    }
    CASE(F_BR_TABLE): {
      uint32_t count, l, arity = 0;
      if (!rd_u32(&p, lim, &count) || sp[-1] != WD_I32) return false;
      sp--;
      for (uint32_t i = 0; i <= count; i++) {    /* the targets, then the default: one arity */
        if (!rd_u32(&p, lim, &l) || l >= nc) return false;
        const fframe *t = &ctrl[nc - 1 - l];
        if (i == 0) arity = t->ln;
        if (t->ln != arity || !top_is(vals, sp, t->lt, t->ln)) return false;
      }
      goto unreachable;
    }
    CASE(F_RETURN):
      if (!top_is(vals, sp, ctrl[0].rt, ctrl[0].rn)) return false;
      goto unreachable;
    CASE(F_UNREACHABLE):
    unreachable:
      /* The stack is polymorphic until the frame ends: only `end`, `else` or `unreachable` (which pops
       * nothing and leaves it so) may come next. */
      if (*p != 0x0B && *p != 0x05 && *p != 0x00) return false;   /* p <= lim: readable */
      sp = vals + f->height;
      f->unreachable = 1;
      NEXT();
    CASE(F_CALL): CASE(F_CALL_INDIRECT): {
      const wd_functype *callee;
      THIS();
      if (!rd_u32(&p, lim, &x)) return false;
      if (o->cls == F_CALL) {
        if (x >= m->nfuncs || m->func_type[x] >= m->ntypes) return false;
        callee = wd_module_functype(m, x);
      } else {
        if (x >= m->ntypes || !table_ok || p >= lim || *p++ != 0 || sp[-1] != WD_I32) return false;
        sp--;
        callee = &m->types[x];
      }
      if (!top_is(vals, sp, wd_ft_params(callee), callee->nparams)) return false;
      sp -= callee->nparams;
      if ((uint64_t)(sp - vals) + callee->nresults + (size_t)(end - p) >= cap) return false;
      for (uint32_t i = 0; i < callee->nresults; i++) *sp++ = wd_ft_results(callee)[i];
      NEXT();
    }
#if !WD_COMPUTED_GOTO
    }
  }
#endif
}
#undef CASE
#undef NEXT
#undef THIS

bool wd_validate_fast(const wd_module *m, const wd_functype *ft, wd_slice body) {
  const uint8_t *p = body.ptr, *end = body.ptr + body.len;
  uint8_t lbuf[FL_INLINE], vbuf[4 + FV_INLINE], *locals, *vals = vbuf;
  uint32_t nlocals;
  if (body.len == 0 || end[-1] != 0x0B || !read_locals(m, &p, end, ft, lbuf, &locals, &nlocals)) return false;
  if (p == end) {                                /* no instructions */
    if (locals != lbuf) wd_free(m->al, locals, nlocals);
    return false;
  }
  size_t cap = (size_t)(end - p) + 1;
  fframe cbuf[FC_INLINE];
  fstack cs = {cbuf, FC_INLINE, false, m->al};
  bool ok = cap <= FV_INLINE || (vals = wd_alloc(m->al, 4 + cap));
  if (ok) {
    memset(vals, 0, 4);
    ok = run(m, p, end, ft, locals, nlocals, vals + 4, cap, &cs);
  }
  if (cs.heap) wd_free(m->al, cs.ctrl, cs.cap * sizeof(fframe));
  if (vals != vbuf && vals) wd_free(m->al, vals, 4 + cap);
  if (locals != lbuf) wd_free(m->al, locals, nlocals);
  return ok;
}
