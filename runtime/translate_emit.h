/* translate_emit.h — the translator's state and its emission helpers, shared by translate.c (control, data
 * and numeric instructions, the final pass, the disassembler) and translate_ext.c (the extension
 * families). Only those two files include it.
 * What is here: the slot tags, the internal-code tables (layouts, names, same-named opcodes), the virtual
 * stack entry, control frames and the translator state `tr`; scratch buffers, emit/op and the peepholes
 * on the last instruction, the virtual operand stack (push/pop, constants, v128 halves), branches and
 * conditions, block types and control frames, unary/binary emission with fused pairs, local.set/tee,
 * memarg and memory/table words, call arguments and results, br_table and the index checks. All of it is
 * static inline (one copy per includer, no symbols).
 * May touch: module.h (readers, arena), runtime.h, code.h, simd.h.
 */
#ifndef WD_TRANSLATE_EMIT_H
#define WD_TRANSLATE_EMIT_H
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "runtime.h"
#include "decode_instr.h"
#include "code.h"
#include "simd.h"


/* Slot operands during translation: temporaries and constants are numbered apart and placed when the
 * frame's shape is known (the final pass). Real slots (params, locals) are below SLOT_LIMIT. */
#define TEMP_TAG 0x80000000u
#define CONST_TAG 0x40000000u
#define SLOT_MASK 0x3FFFFFFFu
#define SLOT_LIMIT (1u << 28)
#define NONE UINT32_MAX

/* Each internal opcode's operand layout and name, as characters in place rather than pointers to them:
 * a pointer table is relocated, so its pages would be written (made private) at every process start.
 * The sizes hold the longest layout and name of code.h, with their NULs (checked here). */
#define LAYOUT_MAX 9
#define NAME_MAX_ 24
#define C_(name, layout, sem) _Static_assert(sizeof(layout) <= LAYOUT_MAX && sizeof(#name) <= NAME_MAX_, #name);
WD_CODE_LIST(C_, C_)
#undef C_
static const char code_layout[WD_C__COUNT][LAYOUT_MAX] = {
#define L_(name, layout, sem) layout,
    WD_CODE_LIST(L_, L_)
#undef L_
};
static const char code_name[WD_C__COUNT][NAME_MAX_] = {
#define N_(name, layout, sem) #name,
    WD_CODE_LIST(N_, N_)
#undef N_
};
/* Wasm opcode -> the internal opcode of the same name (W entries), or 0 (UNREACHABLE is X). */
static const uint16_t same_named[WD_OP__COUNT] = {
#define X_(name, layout, sem)
#define W_(name, layout, sem) [WD_OP_##name] = WD_C_##name,
    WD_CODE_LIST(X_, W_)
#undef X_
#undef W_
};

/* Each load/store has an indexed form (address a + b) at the same distance in the opcode list. */
#define INDEXED (WD_C_I32_LOAD_X - WD_C_I32_LOAD)
_Static_assert(WD_OP_I64_SUB128 == WD_OP_I64_ADD128 + 1 && WD_OP_I64_MUL_WIDE_S == WD_OP_I64_ADD128 + 2 &&
               WD_OP_I64_MUL_WIDE_U == WD_OP_I64_ADD128 + 3, "wide arithmetic rows in order in opcodes.def");
_Static_assert(WD_C_I64_STORE32_X - WD_C_I64_STORE32 == INDEXED, "indexed loads/stores follow the plain ones");
_Static_assert(WD_C_I64_LOAD32_U_X - WD_C_I64_LOAD32_U == INDEXED, "indexed loads/stores follow the plain ones");

enum { K_BLOCK, K_LOOP, K_IF, K_FUNC };

/* A virtual stack entry: the value is in slot a (b == NONE), or it is (u32)(a + b), an i32.add not
 * emitted yet, so that a load or store can fold it into its address. A pending add's operands are
 * never temporaries other than its own home slot (a push above it cannot clobber them). */
typedef struct ventry {
  uint32_t a, b;
  uint32_t hi;                   /* 1: the high half of a v128 (its low half is the entry below) */
} ventry;

typedef struct ctl {
  uint8_t kind;
  bool else_seen;
  bool end_reached;              /* some branch jumps to the end */
  uint32_t base;                 /* operand depth at entry, parameters excluded */
  uint32_t np, nr;
  uint32_t start;                /* loop: code position of its first instruction */
  uint32_t patch;                /* forward jumps to the end, chained through their jump words */
  uint32_t else_jump;            /* if: the jump word that goes to the else arm */
  const uint8_t *vt;             /* a block type with a v128: its npv param, then nrv result types */
  uint32_t npv, nrv;             /* (np, nr count slots); NULL without a v128 */
  uint8_t eh;                    /* EH_*: a try_table or a legacy try (body, or in its catches) */
  uint32_t try_lo;               /* exceptions: code position where the try body starts */
  uint32_t eh_handler;           /* legacy try in its catches: its handler's index */
  uint32_t exn_slot;             /* legacy try in its catches: where the caught exception is kept */
  uint32_t tt_first, tt_n;       /* try_table: its clauses (pending, in tr.ehc) */
} ctl;

enum { EH_NONE, EH_TRY_TABLE, EH_TRY, EH_CATCHING };
#define EXN_TAG (TEMP_TAG | CONST_TAG)   /* a legacy try's exception slot, placed before the temporaries */
#define EH_PENDING 0x80000000u           /* clause target: a label's end not reached yet (ctl index) */
#define EH_FUNC_END 0x40000000u          /* clause target: the function's label (a return) */

typedef struct tr {
  wd_module *m;
  wd_arena *arena;               /* where the code and its handler table go (the module arena by default) */
  const wd_allocator *al;
  wd_error *err;
  uint32_t off;                  /* module offset of the instruction being translated */
  bool failed, oom;

  uint32_t *code;
  uint32_t ncode, capcode;
  ventry *vs;                    /* virtual operand stack */
  uint32_t nvs, capvs, maxdepth;
  ctl *cs;
  uint32_t ncs, capcs;

  uint32_t np, nr, nlocals, A;   /* in slots (a v128 takes two); nlocals counts params too */
  uint32_t nlidx;                /* local indices (params included) */
  const uint8_t *bt_vt;          /* block_type -> push_ctl: a block type with a v128 (see ctl.vt) */
  uint32_t bt_npv, bt_nrv;
  uint32_t *lord;                /* nlidx + 1 slot ordinals of the local indices; NULL: no v128 local */
  uint32_t *refs;                /* per local: stack entries naming it */
  uint32_t nrefs;                /* sum of refs */
  uint32_t refs_lo;              /* no stack entry below this index names a local (a scan's start) */
  uint64_t *kv;                  /* constants */
  uint32_t nk, capk;
  uint32_t *kh;                  /* open-addressing hash of constant indices (+1), khcap entries */
  uint32_t khcap;
  uint32_t *kh2;                 /* the same for v128 constants (pairs: index of the low half, +1) */
  uint32_t kh2cap, nk2;
  uint32_t *tmp;                 /* br_table scratch */
  uint32_t captmp;

  uint32_t last_pos, last_dest;  /* peephole: last instruction and its destination word, or NONE */
  uint32_t prev_pos;             /* the instruction before last_pos (NONE across labels) */
  bool unreachable;
  uint32_t skip;                 /* nested blocks inside skipped (unreachable) code */
  /* Exceptions: handlers in closing order (innermost first), clauses with the handler they belong to. */
  wd_eh_handler *ehh;
  uint32_t nehh, capehh;
  wd_eh_clause *ehc;
  uint32_t *ehc_owner;
  uint32_t nehc, capehc, capowner;
  uint32_t nexn, legacy_open;    /* exception slots in use / open legacy catches */
  bool has_try;
  bool func_end_target;          /* a clause lands on the function's label */
} tr;

/* ---------------------------------------------------------------- scratch buffers */

static inline bool grow(tr *t, void **p, uint32_t *cap, size_t elem, uint64_t need) {
  if (need <= *cap) return true;
  uint64_t ncap = *cap ? (uint64_t)*cap * 2 : 64;
  while (ncap < need) ncap *= 2;
  if (ncap > UINT32_MAX / 2 || ncap * elem > SIZE_MAX / 2) { t->oom = true; return false; }
  void *q = *p ? wd_realloc(t->al, *p, *cap * elem, (size_t)ncap * elem) : wd_alloc(t->al, (size_t)ncap * elem);
  if (!q) { t->oom = true; return false; }
  *p = q;
  *cap = (uint32_t)ncap;
  return true;
}

static inline void emit(tr *t, uint32_t w) {
  if (t->ncode >= t->capcode && !grow(t, (void **)&t->code, &t->capcode, sizeof *t->code, t->ncode + 1u))
    return;
  t->code[t->ncode++] = w;
}

/* Starts an instruction: it becomes the peephole's "last" (without a fusable destination). */
static inline void op(tr *t, wd_code_op o) {
  t->prev_pos = t->last_pos;
  t->last_pos = t->ncode;
  t->last_dest = NONE;
  emit(t, (uint32_t)o);
  for (uint32_t i = 1; i < WD_CODE_OPW; i++) emit(t, 0);
}

static inline void no_peephole(tr *t) { t->last_pos = t->last_dest = t->prev_pos = NONE; }

/* Takes back the last instruction (its words are still readable past ncode until overwritten). */
static inline void rewind_last(tr *t) {
  t->ncode = t->last_pos;
  t->last_pos = t->prev_pos;
  t->prev_pos = t->last_dest = NONE;
}

static inline bool last_is(const tr *t, wd_code_op o) {
  return t->last_pos != NONE && !t->oom && t->code[t->last_pos] == (uint32_t)o;
}
#define OPND(pos, k) (t->code[(pos) + WD_CODE_OPW + (k)])   /* operand k (0-based) of the instruction at pos */

static inline bool fuse_pair(tr *t, wd_code_op o, uint32_t d, uint32_t a, uint32_t b);

/* An i32 add: it may take in the instruction that computed its operand (fuse_pair); otherwise two in a
 * row become one I32_ADD2. */
static inline void emit_i32_add(tr *t, uint32_t d, uint32_t a, uint32_t b) {
  if (fuse_pair(t, WD_C_I32_ADD, d, a, b)) return;
  if (last_is(t, WD_C_I32_ADD) && t->last_pos + WD_CODE_OPW + 3 == t->ncode) {
    t->code[t->last_pos] = WD_C_I32_ADD2;
  } else {
    op(t, WD_C_I32_ADD);
  }
  t->last_dest = t->ncode;
  emit(t, d);
  emit(t, a);
  emit(t, b);
}

static inline bool fail(tr *t, wd_errcode code, const char *what) {
  if (!t->failed) wd_fail(t->err, code, t->off, "%s", what);
  t->failed = true;
  return false;
}

/* ---------------------------------------------------------------- slots and the virtual stack */

static inline bool is_local(uint32_t s) { return !(s & (TEMP_TAG | CONST_TAG)); }
static inline uint32_t home(uint32_t depth) { return TEMP_TAG | depth; }
/* Local index i -> its (first) slot. */
static inline uint32_t local_slot(const tr *t, uint32_t i) {
  if (t->lord) i = t->lord[i];
  return i < t->np ? i : t->A + WD_FRAME_HDR + (i - t->np);
}
static inline bool local_v128(const tr *t, uint32_t i) { return t->lord && t->lord[i + 1] - t->lord[i] == 2; }
static inline uint32_t slot_local(const tr *t, uint32_t s) { return s < t->np ? s : s - t->A - WD_FRAME_HDR + t->np; }

static inline void ref(tr *t, uint32_t s, int delta) {
  if (s != NONE && is_local(s)) {
    t->refs[slot_local(t, s)] += (uint32_t)delta;
    t->nrefs += (uint32_t)delta;
  }
}

static inline bool names_local(ventry e) { return is_local(e.a) || (e.b != NONE && is_local(e.b)); }

static inline void push_entry(tr *t, ventry e) {
  if (t->nvs >= t->capvs && !grow(t, (void **)&t->vs, &t->capvs, sizeof *t->vs, t->nvs + 1u)) return;
  ref(t, e.a, 1);
  ref(t, e.b, 1);
  if (names_local(e) && t->nvs < t->refs_lo) t->refs_lo = t->nvs;
  t->vs[t->nvs++] = e;
  if (t->nvs > t->maxdepth) t->maxdepth = t->nvs;
}

static inline void push(tr *t, uint32_t s) { push_entry(t, (ventry){s, NONE, 0}); }

static inline uint32_t push_temp(tr *t) {
  uint32_t s = home(t->nvs);
  push(t, s);
  return s;
}

/* Pops an entry as it is (a pending add stays pending). */
static inline ventry pop_entry(tr *t) {
  if (t->nvs == 0) {
    fail(t, WD_E_TYPE_MISMATCH, "operand stack underflow while translating");
    return (ventry){home(0), NONE, 0};
  }
  ventry e = t->vs[--t->nvs];
  ref(t, e.a, -1);
  ref(t, e.b, -1);
  if (!t->nrefs) t->refs_lo = UINT32_MAX;
  return e;
}

static inline void emit_add(tr *t, uint32_t d, ventry e) { emit_i32_add(t, d, e.a, e.b); }

/* d = s. With `pair`, a MOV just before becomes a MOV2 (only for a branch's value transfers: pairing
 * the local copies of, e.g., a hash round's state rotation measured slower). */
static inline void emit_mov_(tr *t, uint32_t d, uint32_t s, bool pair) {
  if (pair && last_is(t, WD_C_MOV) && t->last_pos + WD_CODE_OPW + 2 == t->ncode) t->code[t->last_pos] = WD_C_MOV2;
  else op(t, WD_C_MOV);
  t->last_dest = NONE;
  emit(t, d);
  emit(t, s);
}
static inline void emit_mov(tr *t, uint32_t d, uint32_t s) { emit_mov_(t, d, s, false); }

/* Pops a value into a slot: a pending add is computed into its home slot. */
static inline uint32_t pop(tr *t) {
  ventry e = pop_entry(t);
  if (e.b == NONE) return e.a;
  emit_add(t, home(t->nvs), e);
  return home(t->nvs);
}

static inline bool at_home(ventry e, uint32_t depth) { return e.b == NONE && e.a == home(depth); }

/* Makes stack entry i live in its home slot. */
static inline void materialize(tr *t, uint32_t i) {
  ventry e = t->vs[i];
  if (at_home(e, i)) return;
  if (e.b != NONE) {
    emit_add(t, home(i), e);
  } else {
    emit_mov(t, home(i), e.a);
  }
  ref(t, e.a, -1);
  ref(t, e.b, -1);
  t->vs[i] = (ventry){home(i), NONE, e.hi};
}

/* Copies out every entry that reads local slot s (before s is overwritten). */
/* Both scans start at refs_lo (so a deep stack of temporaries under one local costs nothing) and move
 * it up to the lowest entry that still names a local. */
static inline void materialize_slot(tr *t, uint32_t s) {
  if (!t->refs[slot_local(t, s)]) return;
  uint32_t lo = UINT32_MAX;
  for (uint32_t i = t->refs_lo; i < t->nvs; i++) {
    if (t->vs[i].a == s || t->vs[i].b == s) materialize(t, i);
    if (lo == UINT32_MAX && names_local(t->vs[i])) lo = i;
  }
  t->refs_lo = lo;
}

static inline void materialize_all_locals(tr *t) {
  if (!t->nrefs) return;
  for (uint32_t i = t->refs_lo; i < t->nvs; i++)
    if (names_local(t->vs[i])) materialize(t, i);
  t->refs_lo = UINT32_MAX;
}

static inline uint32_t konst(tr *t, uint64_t v) {
  if ((uint64_t)(t->nk + 1u) * 2 > t->khcap) {
    uint32_t ncap = t->khcap ? t->khcap * 2 : 64;
    while ((uint64_t)(t->nk + 1u) * 2 > ncap) ncap *= 2;   /* konst2 adds constants too */
    uint32_t *nh = wd_alloc_array(t->al, ncap, sizeof *nh);
    if (!nh) { t->oom = true; return CONST_TAG; }
    for (uint32_t k = 0; k < t->nk; k++) {      /* each value once (v128 halves may repeat one) */
      uint32_t j = (uint32_t)((t->kv[k] * 0x9E3779B97F4A7C15ull) >> 40) & (ncap - 1);
      while (nh[j] && t->kv[nh[j] - 1] != t->kv[k]) j = (j + 1) & (ncap - 1);
      if (!nh[j]) nh[j] = k + 1;
    }
    if (t->kh) wd_free(t->al, t->kh, (size_t)t->khcap * sizeof *t->kh);
    t->kh = nh;
    t->khcap = ncap;
  }
  uint32_t j = (uint32_t)((v * 0x9E3779B97F4A7C15ull) >> 40) & (t->khcap - 1);
  for (; t->kh[j]; j = (j + 1) & (t->khcap - 1))
    if (t->kv[t->kh[j] - 1] == v) return CONST_TAG | (t->kh[j] - 1);
  if (t->nk >= t->capk && !grow(t, (void **)&t->kv, &t->capk, sizeof *t->kv, t->nk + 1u)) return CONST_TAG;
  t->kv[t->nk] = v;
  t->kh[j] = ++t->nk;
  return CONST_TAG | (t->nk - 1);
}

/* ---------------------------------------------------------------- v128 values */

static inline uint32_t pair_hash(uint64_t lo, uint64_t hi, uint32_t cap) {
  uint64_t h = (lo ^ ((hi * 0xC2B2AE3D27D4EB4Full) >> 7 | (hi * 0xC2B2AE3D27D4EB4Full) << 57)) * 0x9E3779B97F4A7C15ull;
  return (uint32_t)(h >> 40) & (cap - 1);
}

/* A v128 constant: two consecutive constants (low, high), shared with an equal pair. Pairs have their
 * own hash (kh2, keyed by both halves): in the scalar one, many v128s with one equal half would pile
 * up in one probe run. */
static inline uint32_t konst2(tr *t, uint64_t lo, uint64_t hi) {
  if ((uint64_t)(t->nk2 + 1u) * 2 > t->kh2cap) {
    uint32_t ncap = t->kh2cap ? t->kh2cap * 2 : 16;
    uint32_t *nh = wd_alloc_array(t->al, ncap, sizeof *nh);
    if (!nh) { t->oom = true; return CONST_TAG; }
    for (uint32_t i = 0; i < t->kh2cap; i++) {
      if (!t->kh2[i]) continue;
      uint32_t k = t->kh2[i] - 1, j = pair_hash(t->kv[k], t->kv[k + 1], ncap);
      while (nh[j]) j = (j + 1) & (ncap - 1);
      nh[j] = k + 1;
    }
    if (t->kh2) wd_free(t->al, t->kh2, (size_t)t->kh2cap * sizeof *t->kh2);
    t->kh2 = nh;
    t->kh2cap = ncap;
  }
  uint32_t j = pair_hash(lo, hi, t->kh2cap);
  for (; t->kh2[j]; j = (j + 1) & (t->kh2cap - 1)) {
    uint32_t k = t->kh2[j] - 1;
    if (t->kv[k] == lo && t->kv[k + 1] == hi) return CONST_TAG | k;
  }
  if (!grow(t, (void **)&t->kv, &t->capk, sizeof *t->kv, (uint64_t)t->nk + 2)) return CONST_TAG;
  uint32_t k = t->nk;
  t->kv[k] = lo;
  t->kv[k + 1] = hi;
  t->nk += 2;
  t->kh2[j] = k + 1;
  t->nk2++;
  return CONST_TAG | k;
}

static inline void push_hi(tr *t, uint32_t s) { push_entry(t, (ventry){s, NONE, 1}); }

/* Pushes a v128 temporary (two entries); returns its first slot. */
static inline uint32_t push_v128(tr *t) {
  uint32_t d = push_temp(t);
  push_hi(t, home(t->nvs));
  return d;
}

/* Pops a v128 and returns the first of two consecutive slots holding it (its halves are copied to their
 * home slots if they are not already consecutive). */
static inline uint32_t pop_v128(tr *t) {
  uint32_t n = t->nvs;
  if (n < 2) {
    fail(t, WD_E_TYPE_MISMATCH, "operand stack underflow while translating");
    return home(0);
  }
  ventry lo = t->vs[n - 2], hi = t->vs[n - 1];
  if (lo.b != NONE || hi.b != NONE || hi.a != lo.a + 1 || (lo.a & ~SLOT_MASK) != (hi.a & ~SLOT_MASK)) {
    materialize(t, n - 2);
    materialize(t, n - 1);
  }
  uint32_t s = t->vs[n - 2].a;
  pop_entry(t);
  pop_entry(t);
  return s;
}

/* Slots that n values of these types take. */
static inline uint32_t vslots(const uint8_t *types, uint32_t n) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) k += wd_type_slots(types[i]);
  return k;
}

/* Marks the high halves of the v128s among the entries from `from` on, which hold values of types. */
static inline void mark_v128(tr *t, uint32_t from, const uint8_t *types, uint32_t n) {
  for (uint32_t i = 0, k = from; i < n && k < t->nvs; i++, k++)
    if (types[i] == WD_V128 && ++k < t->nvs) t->vs[k].hi = 1;
}

/* ---------------------------------------------------------------- labels and jumps */

/* Emits a jump word to the start (loop) or the end (others) of c. */
static inline void jump_word(tr *t, ctl *c) {
  uint32_t pos = t->ncode;
  if (c->kind == K_LOOP) {
    emit(t, (uint32_t)((int32_t)c->start - (int32_t)pos));
  } else {
    emit(t, c->patch);
    c->patch = pos;
    c->end_reached = true;
  }
}

/* Points a chain of forward jump words at `target`. */
static inline void bind(tr *t, uint32_t chain, uint32_t target) {
  while (chain != NONE && !t->oom) {
    uint32_t next = t->code[chain];
    t->code[chain] = (uint32_t)((int32_t)target - (int32_t)chain);
    chain = next;
  }
  no_peephole(t);
}

static inline uint32_t arity(const ctl *c) { return c->kind == K_LOOP ? c->np : c->nr; }

/* Emits the return of the top nr entries. Does not change the virtual stack (it may be on a branch's
 * taken path): a parameter that another result would overwrite first goes through a scratch slot above
 * the stack. */
static inline void emit_return(tr *t) {
  uint32_t nr = t->nr, base = t->nvs - nr, scratch = t->nvs;
  uint32_t first_scratch = scratch;
  for (uint32_t i = 0; i < nr; i++) {
    ventry e = t->vs[base + i];
    if (e.b != NONE) {                   /* a pending add: computed before any result is written */
      emit_add(t, home(scratch++), e);
    } else if (is_local(e.a) && e.a < i) {   /* a parameter slot that result e.a overwrites first */
      emit_mov(t, home(scratch++), e.a);
    }
  }
  if (scratch > t->maxdepth) t->maxdepth = scratch;
  scratch = first_scratch;
  if (nr == 0) {
    op(t, WD_C_RET0);
    emit(t, t->A);
    return;
  }
  op(t, nr == 1 ? WD_C_RET1 : WD_C_RETN);
  emit(t, t->A);
  if (nr > 1) emit(t, nr);
  for (uint32_t i = 0; i < nr; i++) {
    ventry e = t->vs[base + i];
    emit(t, e.b != NONE || (is_local(e.a) && e.a < i) ? home(scratch++) : e.a);
  }
}

/* Copies the top arity(c) entries into c's home slots (without changing the virtual stack). Ascending
 * order is safe: every source is at or above its destination. */
static inline void emit_moves(tr *t, const ctl *c) {
  uint32_t n = arity(c), from = t->nvs - n;
  for (uint32_t i = 0; i < n; i++) {
    ventry e = t->vs[from + i];
    if (at_home(e, c->base + i)) continue;
    if (e.b != NONE) emit_add(t, home(c->base + i), e);
    else emit_mov_(t, home(c->base + i), e.a, true);
  }
}

static inline bool needs_moves(const tr *t, const ctl *c) {
  if (c->kind == K_FUNC) return true;
  uint32_t n = arity(c), from = t->nvs - n;
  for (uint32_t i = 0; i < n; i++)
    if (!at_home(t->vs[from + i], c->base + i)) return true;
  return false;
}

/* Unconditional branch to c: moves, then the jump (or the return). */
static inline void emit_branch(tr *t, ctl *c) {
  if (c->kind == K_FUNC) {
    emit_return(t);
    return;
  }
  emit_moves(t, c);
  op(t, WD_C_BR);
  jump_word(t, c);
}

/* ---------------------------------------------------------------- conditions */

/* A condition: the jump ops for "true" and "false" and their operands (a fused compare, or BR_NZ/BR_Z
 * on a plain i32 slot). */
typedef struct cond {
  wd_code_op jt, jf;             /* jump-if-true / jump-if-false ops */
  uint32_t a, b;                 /* b == NONE for one operand */
} cond;

static inline bool compare_branches(wd_code_op o, wd_code_op *jt, wd_code_op *jf) {
  switch (o) {
#define C_(cmp, t_, f_) case WD_C_##cmp: *jt = WD_C_##t_; *jf = WD_C_##f_; return true;
    C_(I32_EQZ, BR_Z, BR_NZ) C_(I64_EQZ, BR_I64_Z, BR_I64_NZ)
    C_(I32_EQ, BR_I32_EQ, BR_I32_NE) C_(I32_NE, BR_I32_NE, BR_I32_EQ)
    C_(I32_LT_S, BR_I32_LT_S, BR_I32_GE_S) C_(I32_GE_S, BR_I32_GE_S, BR_I32_LT_S)
    C_(I32_LT_U, BR_I32_LT_U, BR_I32_GE_U) C_(I32_GE_U, BR_I32_GE_U, BR_I32_LT_U)
    C_(I32_GT_S, BR_I32_GT_S, BR_I32_LE_S) C_(I32_LE_S, BR_I32_LE_S, BR_I32_GT_S)
    C_(I32_GT_U, BR_I32_GT_U, BR_I32_LE_U) C_(I32_LE_U, BR_I32_LE_U, BR_I32_GT_U)
    C_(I64_EQ, BR_I64_EQ, BR_I64_NE) C_(I64_NE, BR_I64_NE, BR_I64_EQ)
    C_(I64_LT_S, BR_I64_LT_S, BR_I64_GE_S) C_(I64_GE_S, BR_I64_GE_S, BR_I64_LT_S)
    C_(I64_LT_U, BR_I64_LT_U, BR_I64_GE_U) C_(I64_GE_U, BR_I64_GE_U, BR_I64_LT_U)
    C_(I64_GT_S, BR_I64_GT_S, BR_I64_LE_S) C_(I64_LE_S, BR_I64_LE_S, BR_I64_GT_S)
    C_(I64_GT_U, BR_I64_GT_U, BR_I64_LE_U) C_(I64_LE_U, BR_I64_LE_U, BR_I64_GT_U)
#undef C_
  default: return false;
  }
}

/* Pops the i32 condition. If the instruction just emitted computed it with a compare, that compare is
 * taken back and becomes the condition of the jump. */
static inline cond pop_cond(tr *t) {
  cond c = {WD_C_BR_NZ, WD_C_BR_Z, 0, NONE};
  uint32_t top = t->nvs && t->vs[t->nvs - 1].b == NONE ? t->vs[t->nvs - 1].a : NONE;
  wd_code_op jt, jf;
  if (t->last_pos != NONE && !t->oom && top == home(t->nvs - 1) &&
      compare_branches((wd_code_op)t->code[t->last_pos], &jt, &jf) && t->code[t->last_pos + WD_CODE_OPW] == top) {
    bool unary = code_layout[t->code[t->last_pos]][2] == '\0';
    c.jt = jt;
    c.jf = jf;
    c.a = OPND(t->last_pos, 1);
    c.b = unary ? NONE : OPND(t->last_pos, 2);
    rewind_last(t);
    pop(t);
    return c;
  }
  c.a = pop(t);
  return c;
}

/* The index (0 = EQ ... 9 = GE_U) of compare-branch o on (c->a, c->b), rewritten so that d, one of
 * them, comes first: "a cc d" becomes "d cc' a". */
static inline uint32_t cc_with_first(wd_code_op o, const cond *c, uint32_t d) {
  static const uint8_t swapped[] = {0, 1, 4, 5, 2, 3, 8, 9, 6, 7};
  uint32_t cc = (uint32_t)(o - WD_C_BR_I32_EQ);
  return c->a == d ? cc : swapped[cc];
}
_Static_assert(WD_C_LD_BR_GE_U - WD_C_LD_BR_EQ == 9 && WD_C_LD_BR_LE_S - WD_C_LD_BR_EQ == WD_C_BR_I32_LE_S - WD_C_BR_I32_EQ,
               "LD_BR_* follow the order of BR_I32_*");
_Static_assert(WD_C_BRT_I32_LOAD16_U_X - WD_C_BRT_I32_LOAD == 9, "the BRT_* loads are contiguous");

/* Emits the conditional jump instruction for "cond == when" up to (not including) its jump word. An
 * i32.add just before, whose result is compared, joins it (ADD_BR_*: a loop's step and test). */
static inline void emit_cond(tr *t, const cond *c, bool when) {
  wd_code_op o = when ? c->jt : c->jf;
  if (last_is(t, WD_C_I32_ADD) && t->last_pos + WD_CODE_OPW + 3 == t->ncode) {
    uint32_t d = OPND(t->last_pos, 0);
    if (o == WD_C_BR_NZ || o == WD_C_BR_Z) {
      if (c->a == d) {
        t->code[t->last_pos] = o == WD_C_BR_NZ ? WD_C_ADD_BR_NZ : WD_C_ADD_BR_Z;
        t->last_dest = NONE;
        return;
      }
    } else if (o >= WD_C_BR_I32_EQ && o <= WD_C_BR_I32_GE_U && (c->a == d || c->b == d)) {
      t->code[t->last_pos] = WD_C_ADD_BR_EQ + cc_with_first(o, c, d);
      t->last_dest = NONE;
      emit(t, c->a == d ? c->b : c->a);
      return;
    }
  }
  /* The same for an i32.load of memory 0 just before (LD_BR_*: a scan's load and test). */
  if (last_is(t, WD_C_I32_LOAD) && t->last_pos + WD_CODE_OPW + 3 == t->ncode && o >= WD_C_BR_I32_EQ &&
      o <= WD_C_BR_I32_GE_U) {
    uint32_t d = OPND(t->last_pos, 0);
    if (c->a == d || c->b == d) {
      t->code[t->last_pos] = WD_C_LD_BR_EQ + cc_with_first(o, c, d);
      t->last_dest = NONE;
      emit(t, c->a == d ? c->b : c->a);
      return;
    }
  }
  op(t, o);
  emit(t, c->a);
  if (c->b != NONE) emit(t, c->b);
}

/* Emits "jump if (cond == when)" to the label c. */
static inline void emit_cond_jump(tr *t, const cond *c, bool when, ctl *target) {
  emit_cond(t, c, when);
  jump_word(t, target);
}

/* Same, with the jump word chained into *chain for patching. */
static inline void emit_cond_skip(tr *t, const cond *c, bool when, uint32_t *chain) {
  emit_cond(t, c, when);
  uint32_t pos = t->ncode;
  emit(t, *chain);
  *chain = pos;
}

/* ---------------------------------------------------------------- blocks */

static inline bool has_v128(const uint8_t *types, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (types[i] == WD_V128) return true;
  return false;
}

/* A block's parameter and result slots. A type with a v128 is also left in t->bt_* for push_ctl (which
 * hands it to the block it opens). */
static inline bool block_type(tr *t, const wd_instr *ins, uint32_t *np, uint32_t *nr) {
  static const uint8_t v128_result[1] = {WD_V128};
  t->bt_vt = NULL;
  switch (ins->imm.block.kind) {
  case WD_BT_EMPTY: *np = *nr = 0; return true;
  case WD_BT_VAL:
    *np = 0; *nr = 1;
    if (ins->imm.block.valtype == WD_V128) {
      *nr = 2;
      t->bt_vt = v128_result;
      t->bt_npv = 0;
      t->bt_nrv = 1;
    }
    return true;
  default: {
    if (ins->imm.block.type_idx >= t->m->ntypes) return fail(t, WD_E_UNKNOWN_TYPE, "block type");
    const wd_functype *ft = &t->m->types[ins->imm.block.type_idx];
    *np = ft->nparams;
    *nr = ft->nresults;
    if (has_v128(ft->types, ft->nparams + ft->nresults)) {
      *np = vslots(ft->types, ft->nparams);
      *nr = vslots(wd_ft_results(ft), ft->nresults);
      t->bt_vt = ft->types;
      t->bt_npv = ft->nparams;
      t->bt_nrv = ft->nresults;
    }
    return true;
  }
  }
}

static inline ctl *push_ctl(tr *t, uint8_t kind, uint32_t np, uint32_t nr) {
  if (t->ncs >= t->capcs && !grow(t, (void **)&t->cs, &t->capcs, sizeof *t->cs, t->ncs + 1u)) return NULL;
  if (t->nvs < np) { fail(t, WD_E_TYPE_MISMATCH, "block parameters missing"); return NULL; }
  ctl *c = &t->cs[t->ncs++];
  memset(c, 0, sizeof *c);
  c->kind = kind;
  c->np = np;
  c->nr = nr;
  c->base = t->nvs - np;
  c->patch = c->else_jump = NONE;
  c->vt = t->bt_vt;              /* the v128 block type block_type just read, if any */
  c->npv = t->bt_npv;
  c->nrv = t->bt_nrv;
  t->bt_vt = NULL;
  return c;
}

/* Entering a block: locals on the stack are copied out (a local.set inside must not change them, on
 * any path or iteration) and the parameters go to their home slots. */
static inline void enter_prepare(tr *t, uint32_t np) {
  materialize_all_locals(t);
  for (uint32_t i = t->nvs >= np ? t->nvs - np : 0; i < t->nvs; i++) materialize(t, i);
}

/* Puts the fallthrough values of c (its results) in their home slots. */
static inline void settle_results(tr *t, const ctl *c) {
  if (t->nvs != c->base + c->nr) { fail(t, WD_E_TYPE_MISMATCH, "block result count"); return; }
  for (uint32_t i = c->base; i < t->nvs; i++) materialize(t, i);
}

static inline void reset_stack(tr *t, uint32_t depth, uint32_t n) {
  while (t->nvs > depth) pop_entry(t);
  for (uint32_t i = 0; i < n; i++) push_temp(t);
}

static inline ctl *label(tr *t, uint32_t depth) {
  if (depth >= t->ncs) { fail(t, WD_E_UNKNOWN_LABEL, "branch depth"); return NULL; }
  ctl *c = &t->cs[t->ncs - 1 - depth];
  if (t->nvs < c->base + arity(c)) { fail(t, WD_E_TYPE_MISMATCH, "branch values missing"); return NULL; }
  return c;
}

/* ---------------------------------------------------------------- instructions */

static inline void emit_unary(tr *t, wd_code_op o) {
  uint32_t a = pop(t), d = push_temp(t);
  op(t, o);
  t->last_dest = t->ncode;
  emit(t, d);
  emit(t, a);
}

/* The float add/sub/mul family of o: 0 none, 1 f64, 2 f32; *k = 0 add, 1 sub, 2 mul. */
static inline int float_arith(wd_code_op o, uint32_t *k) {
  switch (o) {
  case WD_C_F64_ADD: *k = 0; return 1;
  case WD_C_F64_SUB: *k = 1; return 1;
  case WD_C_F64_MUL: *k = 2; return 1;
  case WD_C_F32_ADD: *k = 0; return 2;
  case WD_C_F32_SUB: *k = 1; return 2;
  case WD_C_F32_MUL: *k = 2; return 2;
  default: return 0;
  }
}
_Static_assert(WD_C_BR_I32_GE_U - WD_C_BR_I32_EQ == 9 && WD_C_ADD_BR_GE_U - WD_C_ADD_BR_EQ == 9 &&
               WD_C_ADD_BR_LT_U - WD_C_ADD_BR_EQ == WD_C_BR_I32_LT_U - WD_C_BR_I32_EQ &&
               WD_C_ADD_BR_LE_S - WD_C_ADD_BR_EQ == WD_C_BR_I32_LE_S - WD_C_BR_I32_EQ,
               "ADD_BR_* follow the order of BR_I32_*");
_Static_assert(WD_C_F64_MUL_RSUB - WD_C_F64_ADD_ADD == 11 && WD_C_F32_MUL_RSUB - WD_C_F32_ADD_ADD == 11,
               "fused float pairs: 4 per first operation (ADD, SUB, MUL, RSUB), in the order ADD, SUB, MUL");

/* Fusable i32 pairs "(x op1 y) op2 z": op1 in ROTL SHR_U SHL XOR AND ADD, op2 (commutative) in XOR ADD
 * AND OR; NONE otherwise. */
static inline uint32_t int_op1(wd_code_op o) {
  switch (o) {
  case WD_C_I32_ROTL: return 0;
  case WD_C_I32_SHR_U: return 1;
  case WD_C_I32_SHL: return 2;
  case WD_C_I32_XOR: return 3;
  case WD_C_I32_AND: return 4;
  case WD_C_I32_ADD: return 5;
  default: return NONE;
  }
}
static inline uint32_t int_op2(wd_code_op o) {
  switch (o) {
  case WD_C_I32_XOR: return 0;
  case WD_C_I32_ADD: return 1;
  case WD_C_I32_AND: return 2;
  case WD_C_I32_OR: return 3;
  default: return NONE;
  }
}
_Static_assert(WD_C_I32_ADD_OR - WD_C_I32_ROTL_XOR == 23 && WD_C_I32_SHL_ADD - WD_C_I32_ROTL_XOR == 9,
               "fused i32 pairs: 4 per op1 (ROTL SHR_U SHL XOR AND ADD), in the order XOR ADD AND OR");

/* A binary op whose operand is the temporary the previous instruction just computed (nothing else
 * reads a temporary) may take that instruction in: float add/sub/mul chains and the i32 pairs above. */
/* An f64 add/sub/mul whose operand was just loaded from memory takes the load in (F64_*_LD[X]). */
static inline bool fuse_load(tr *t, wd_code_op o, uint32_t d, uint32_t a, uint32_t b) {
  uint32_t k;
  if (t->last_pos == NONE || t->oom || float_arith(o, &k) != 1) return false;
  wd_code_op p = (wd_code_op)t->code[t->last_pos];
  bool indexed = p == WD_C_F64_LOAD_X;
  if ((p != WD_C_F64_LOAD && !indexed) || t->last_pos + WD_CODE_OPW + (indexed ? 4 : 3) != t->ncode) return false;
  uint32_t pd = OPND(t->last_pos, 0);
  if (!(pd & TEMP_TAG) || (pd == a) == (pd == b)) return false;
  uint32_t x = pd == a ? b : a, addr = OPND(t->last_pos, 1), idx = OPND(t->last_pos, 2),
           off = OPND(t->last_pos, indexed ? 3 : 2);
  static const wd_code_op forms[2][4] = {
      {WD_C_F64_ADD_LD, WD_C_F64_SUB_LD, WD_C_F64_MUL_LD, WD_C_F64_RSUB_LD},
      {WD_C_F64_ADD_LDX, WD_C_F64_SUB_LDX, WD_C_F64_MUL_LDX, WD_C_F64_RSUB_LDX}};
  if (k == 1 && pd == a) k = 3;             /* the loaded value on the left of a subtraction */
  rewind_last(t);
  op(t, forms[indexed][k]);
  t->last_dest = t->ncode;
  emit(t, d);
  emit(t, x);
  emit(t, addr);
  if (indexed) emit(t, idx);
  emit(t, off);
  return true;
}

static inline bool fuse_pair(tr *t, wd_code_op o, uint32_t d, uint32_t a, uint32_t b) {
  if (fuse_load(t, o, d, a, b)) return true;
  if (t->last_pos == NONE || t->oom || t->last_pos + WD_CODE_OPW + 3 != t->ncode) return false;
  wd_code_op p = (wd_code_op)t->code[t->last_pos];
  uint32_t pd = OPND(t->last_pos, 0);
  if (!(pd & TEMP_TAG) || (pd == a) == (pd == b)) return false;
  bool left = pd == a;
  uint32_t x = OPND(t->last_pos, 1), y = OPND(t->last_pos, 2), z = left ? b : a;
  wd_code_op f;
  uint32_t k1, k2;
  int fam = float_arith(o, &k2);
  if (fam && float_arith(p, &k1) == fam) {
    if (!left && k2 == 1) k2 = 3;           /* c - (x op1 y) */
    f = (wd_code_op)((fam == 1 ? WD_C_F64_ADD_ADD : WD_C_F32_ADD_ADD) + 4 * k1 + k2);
  } else if ((k2 = int_op2(o)) != NONE && (k1 = int_op1(p)) != NONE) {
    f = (wd_code_op)(WD_C_I32_ROTL_XOR + 4 * k1 + k2);
  } else {
    return false;
  }
  rewind_last(t);
  op(t, f);
  t->last_dest = t->ncode;
  emit(t, d);
  emit(t, x);
  emit(t, y);
  emit(t, z);
  return true;
}

static inline void emit_binary(tr *t, wd_code_op o) {
  uint32_t b = pop(t), a = pop(t), d = push_temp(t);
  if (o == WD_C_I32_ADD) {
    emit_i32_add(t, d, a, b);
    return;
  }
  if (fuse_pair(t, o, d, a, b)) return;
  op(t, o);
  t->last_dest = t->ncode;
  emit(t, d);
  emit(t, a);
  emit(t, b);
}

/* local.set/tee of the one-slot value on top into local slot x. */
static inline void local_set_slot(tr *t, uint32_t x, bool tee) {
  if (!t->nvs) { fail(t, WD_E_TYPE_MISMATCH, "local.set of nothing"); return; }
  ventry top = t->vs[t->nvs - 1];
  if (top.b == NONE && top.a == x) {           /* local.get x; local.set x */
    if (!tee) pop_entry(t);
    return;
  }
  if (top.b != NONE) {                         /* a pending add: computed straight into x */
    pop_entry(t);
    materialize_slot(t, x);
    emit_add(t, x, top);
    t->last_dest = NONE;
  } else if (t->last_dest != NONE && top.a == home(t->nvs - 1) && !t->oom && t->code[t->last_dest] == top.a &&
             t->refs[slot_local(t, x)] == 0) {
    t->code[t->last_dest] = x;                 /* the value's producer writes x directly */
    t->last_dest = NONE;                       /* (it stays "last": it may still pair with the next) */
    pop_entry(t);
  } else {
    materialize_slot(t, x);
    uint32_t s = pop(t);
    emit_mov(t, x, s);
  }
  if (tee) push(t, x);
}

static inline void local_set(tr *t, uint32_t idx, bool tee) {
  if (idx >= t->nlidx) { fail(t, WD_E_UNKNOWN_LOCAL, "local index"); return; }
  uint32_t x = local_slot(t, idx);
  if (!local_v128(t, idx)) {
    local_set_slot(t, x, tee);
    return;
  }
  /* A v128 local: its producer writes both slots directly, or the two halves are set one by one. */
  if (t->nvs < 2) { fail(t, WD_E_TYPE_MISMATCH, "local.set of nothing"); return; }
  ventry lo = t->vs[t->nvs - 2], hi = t->vs[t->nvs - 1];
  if (t->last_dest != NONE && !t->oom && lo.b == NONE && hi.b == NONE && lo.a == home(t->nvs - 2) &&
      hi.a == home(t->nvs - 1) && t->code[t->last_dest] == lo.a && t->refs[slot_local(t, x)] == 0 &&
      t->refs[slot_local(t, x + 1)] == 0) {
    t->code[t->last_dest] = x;
    t->last_dest = NONE;
    pop_entry(t);
    pop_entry(t);
  } else {
    local_set_slot(t, x + 1, false);
    local_set_slot(t, x, false);
  }
  if (tee) {
    push(t, x);
    push_hi(t, x + 1);
  }
}

static inline bool memarg_offset(tr *t, const wd_instr *ins, uint32_t *off) {
  if (ins->imm.memarg.offset > UINT32_MAX && !(ins->imm.memarg.mem < t->m->nmems && t->m->mems[ins->imm.memarg.mem].lim.is64))
    return fail(t, WD_E_OFFSET_RANGE, "memory offset too large");
  *off = (uint32_t)ins->imm.memarg.offset;
  return true;
}

/* ---------------------------------------------------------------- i64 addresses (memory64/table64) */

/* A memory or table index operand, with WD_CODE_IDX64 when it has i64 addresses (code.h). */
static inline uint32_t mem_word(const tr *t, uint32_t mem) {
  return mem < t->m->nmems && t->m->mems[mem].lim.is64 ? mem | WD_CODE_IDX64 : mem;
}
static inline uint32_t table_word(const tr *t, uint32_t table) {
  return table < t->m->ntables && t->m->tables[table].lim.is64 ? table | WD_CODE_IDX64 : table;
}

/* The address operand of a memarg access (loads, stores, SIMD; the one helper for every memarg): call
 * after popping the address (slot `addr`) and before pushing any result. An i32 memory's access takes
 * the address and the u32 offset as they are. On an i64 memory, ADDR64 first computes address +
 * offset into the address's home slot (trapping on overflow or past 2^32-1, beyond every memory) and
 * the access takes that with offset 0. */
static inline uint32_t mem_address(tr *t, const wd_instr *ins, uint32_t addr, uint32_t *off) {
  uint32_t mem = ins->imm.memarg.mem;
  if (!(mem < t->m->nmems && t->m->mems[mem].lim.is64)) return addr;
  uint32_t ea = home(t->nvs);
  op(t, WD_C_ADDR64);
  emit(t, ea);
  emit(t, addr);
  emit(t, (uint32_t)ins->imm.memarg.offset);
  emit(t, (uint32_t)(ins->imm.memarg.offset >> 32));
  *off = 0;
  return ea;
}

static inline void memsel(tr *t, uint32_t mem) {
  op(t, WD_C_MEMSEL);
  emit(t, mem);
}

static inline void call_args(tr *t, uint32_t np) {
  for (uint32_t i = t->nvs - np; i < t->nvs; i++) materialize(t, i);
}

/* A call's (or throw's) np argument slots: materialized in place and popped; returns the first one's
 * slot, where the callee's frame (or the exception's values) begins. */
static inline uint32_t take_args(tr *t, uint32_t np) {
  call_args(t, np);
  uint32_t argbase = home(t->nvs - np);
  for (uint32_t i = 0; i < np; i++) pop(t);
  return argbase;
}

/* A call's results: temporaries at the arguments' place, a v128 as two entries. */
static inline void push_results(tr *t, const wd_functype *ft) {
  uint32_t from = t->nvs, rs = vslots(wd_ft_results(ft), ft->nresults);
  for (uint32_t i = 0; i < rs; i++) push_temp(t);
  if (rs != ft->nresults) mark_v128(t, from, wd_ft_results(ft), ft->nresults);
}

/* The end of any call's operands: a call pushes its results; a tail call adds the caller's frame size
 * (the slots it releases) and makes the rest of the block unreachable. */
static inline void call_end(tr *t, const wd_functype *ft, bool tail) {
  if (tail) {
    emit(t, t->A);
    t->unreachable = true;
  } else {
    push_results(t, ft);
  }
}

static inline const wd_functype *func_type(tr *t, uint32_t f) {
  if (f >= t->m->nfuncs || t->m->func_type[f] >= t->m->ntypes) {
    fail(t, WD_E_UNKNOWN_FUNC, "function index");
    return NULL;
  }
  const wd_functype *ft = wd_module_functype(t->m, f);
  if (t->nvs < vslots(ft->types, ft->nparams)) { fail(t, WD_E_TYPE_MISMATCH, "call arguments missing"); return NULL; }
  return ft;
}

static inline const wd_functype *type_at(tr *t, uint32_t y) {
  if (y >= t->m->ntypes) { fail(t, WD_E_UNKNOWN_TYPE, "type index"); return NULL; }
  const wd_functype *ft = &t->m->types[y];
  if (t->nvs < vslots(ft->types, ft->nparams) + 1u) { fail(t, WD_E_TYPE_MISMATCH, "call arguments missing"); return NULL; }
  return ft;
}

static inline void br_table(tr *t, const wd_instr *ins, const uint8_t *end) {
  uint32_t n = ins->imm.br_table.count;
  /* tmp: the n+1 label depths, then per control depth the landing pad's position (or NONE) */
  if (!grow(t, (void **)&t->tmp, &t->captmp, sizeof *t->tmp, (uint64_t)n + 1 + t->ncs)) return;
  uint32_t *pads = t->tmp + n + 1;
  wd_reader r;
  wd_reader_init(&r, ins->imm.br_table.targets, (uint32_t)(end - ins->imm.br_table.targets), WD_NO_OFFSET);
  for (uint32_t i = 0; i < n; i++)
    if (!wd_read_u32(&r, &t->tmp[i], t->err)) { t->failed = true; return; }
  t->tmp[n] = ins->imm.br_table.default_label;
  for (uint32_t i = 0; i <= n; i++) {             /* only the depths named (not every open block) */
    if (t->tmp[i] >= t->ncs) { fail(t, WD_E_UNKNOWN_LABEL, "br_table depth"); return; }
    pads[t->tmp[i]] = NONE;
  }
  /* A pending "x + constant" index becomes the table's bias. */
  ventry ie = t->nvs ? t->vs[t->nvs - 1] : (ventry){NONE, NONE, 0};
  uint32_t idx, bias = 0;
  if (ie.b != NONE && (ie.b & CONST_TAG)) {
    pop_entry(t);
    idx = ie.a;
    bias = (uint32_t)t->kv[ie.b & SLOT_MASK];
  } else {
    idx = pop(t);
  }
  for (uint32_t i = 0; i <= n; i++)
    if (!label(t, t->tmp[i])) return;
  /* An i32 load that just computed the index joins the table (a switch on a loaded byte or word). Its
   * destination operand is read only once the last instruction is known to be such a load: the last
   * one may have no operand at all, and then that word lies past the code. */
  wd_code_op brt = WD_C_BR_TABLE;
  uint32_t ld[4], nld = 0;
  if (t->last_pos != NONE && !t->oom) {
    static const uint16_t loads[][2] = {
        {WD_C_I32_LOAD, WD_C_BRT_I32_LOAD}, {WD_C_I32_LOAD8_S, WD_C_BRT_I32_LOAD8_S},
        {WD_C_I32_LOAD8_U, WD_C_BRT_I32_LOAD8_U}, {WD_C_I32_LOAD16_S, WD_C_BRT_I32_LOAD16_S},
        {WD_C_I32_LOAD16_U, WD_C_BRT_I32_LOAD16_U}, {WD_C_I32_LOAD_X, WD_C_BRT_I32_LOAD_X},
        {WD_C_I32_LOAD8_S_X, WD_C_BRT_I32_LOAD8_S_X}, {WD_C_I32_LOAD8_U_X, WD_C_BRT_I32_LOAD8_U_X},
        {WD_C_I32_LOAD16_S_X, WD_C_BRT_I32_LOAD16_S_X}, {WD_C_I32_LOAD16_U_X, WD_C_BRT_I32_LOAD16_U_X}};
    for (size_t k = 0; k < sizeof loads / sizeof loads[0]; k++)
      if (t->code[t->last_pos] == loads[k][0]) {
        nld = (uint32_t)strlen(code_layout[loads[k][0]]);
        if (t->last_pos + WD_CODE_OPW + nld != t->ncode || OPND(t->last_pos, 0) != idx) break;
        for (uint32_t w = 0; w < nld; w++) ld[w] = OPND(t->last_pos, w);
        brt = (wd_code_op)loads[k][1];
        rewind_last(t);
        break;
      }
  }
  op(t, brt);
  if (brt != WD_C_BR_TABLE) {
    for (uint32_t w = 0; w < nld; w++) emit(t, ld[w]);     /* d, a[, b], offset */
  } else {
    emit(t, idx);
  }
  emit(t, bias);
  emit(t, n + 1);
  uint32_t first = t->ncode;
  /* Entries whose label needs no moves jump straight there; the others go to a landing pad after the
   * table (one per label), which moves the values and branches. */
  for (uint32_t i = 0; i <= n; i++) {
    ctl *c = &t->cs[t->ncs - 1 - t->tmp[i]];
    if (needs_moves(t, c)) emit(t, 0);
    else jump_word(t, c);
  }
  for (uint32_t i = 0; i <= n && !t->oom; i++) {
    uint32_t depth = t->tmp[i];
    ctl *c = &t->cs[t->ncs - 1 - depth];
    if (!needs_moves(t, c)) continue;
    if (pads[depth] == NONE) {
      pads[depth] = t->ncode;
      emit_branch(t, c);
    }
    if (!t->oom) t->code[first + i] = (uint32_t)((int32_t)pads[depth] - (int32_t)(first + i));
  }
}

/* The index spaces an instruction names are checked again here (validation already did): the
 * interpreter indexes the instance's arrays with them unchecked. */
static inline bool indices_ok(tr *t, const wd_instr *ins) {
  const wd_module *m = t->m;
  uint32_t x = ins->imm.idx, y = ins->imm.idx2.b;
  switch (ins->op) {
  case WD_OP_TABLE_GET: case WD_OP_TABLE_SET: case WD_OP_TABLE_SIZE: case WD_OP_TABLE_GROW:
  case WD_OP_TABLE_FILL:
    return x < m->ntables || fail(t, WD_E_UNKNOWN_TABLE, "table index");
  case WD_OP_TABLE_COPY:
    return (ins->imm.idx2.a < m->ntables && y < m->ntables) || fail(t, WD_E_UNKNOWN_TABLE, "table index");
  case WD_OP_TABLE_INIT:
    if (ins->imm.idx2.a >= m->nelems) return fail(t, WD_E_UNKNOWN_ELEM, "element segment index");
    return y < m->ntables || fail(t, WD_E_UNKNOWN_TABLE, "table index");
  case WD_OP_ELEM_DROP: return x < m->nelems || fail(t, WD_E_UNKNOWN_ELEM, "element segment index");
  case WD_OP_MEMORY_SIZE: case WD_OP_MEMORY_GROW: case WD_OP_MEMORY_FILL:
    return x < m->nmems || fail(t, WD_E_UNKNOWN_MEMORY, "memory index");
  case WD_OP_MEMORY_COPY:
    return (ins->imm.idx2.a < m->nmems && y < m->nmems) || fail(t, WD_E_UNKNOWN_MEMORY, "memory index");
  case WD_OP_MEMORY_INIT:
    if (ins->imm.idx2.a >= m->ndatas) return fail(t, WD_E_UNKNOWN_DATA, "data segment index");
    return y < m->nmems || fail(t, WD_E_UNKNOWN_MEMORY, "memory index");
  case WD_OP_DATA_DROP: return x < m->ndatas || fail(t, WD_E_UNKNOWN_DATA, "data segment index");
  case WD_OP_REF_FUNC: return x < m->nfuncs || fail(t, WD_E_UNKNOWN_FUNC, "function index");
  default: return true;
  }
}
#endif
