/* translate.c — promotion: a validated WebAssembly body becomes warden's internal code (code.h).
 *
 * The translator walks the body once with a virtual operand stack. An entry is the frame slot that holds
 * the value: a local (local.get emits nothing), a constant (deduplicated into the frame's constant area),
 * a temporary at its depth's home slot, or a pending i32.add (folded into a load/store address, or
 * computed where it is used). Locals on the stack are copied to their home slot before the local is
 * overwritten and at every block entry. Peepholes on the last instruction: compares feeding br_if/if
 * become one conditional jump, local.set/tee retarget the producer's destination, and some pairs fuse
 * (code.h "fused pairs"). Block results live in home slots fixed at block entry; branches copy into
 * them. A final pass threads jumps, turns constant operands into immediates where a form exists (code.h
 * "constant operands") and drops the constants nothing names any more, places constants and
 * temporaries, and writes the dispatch fields.
 * The code depends only on the module and the body (never on the layout), is stored in the module arena
 * and recorded through the layout.
 * Exceptions: try blocks become handler tables (the "exception handling" section below; eh.c runs them).
 * v128 values take two slots: on the virtual stack a v128 is two entries (low half, then the high half,
 * marked `hi`); locals and block/call values are counted in slots. SIMD instructions become V_* calls of
 * the simd.h function of the opcode (code.h); v128.const is a pair of consecutive constants.
 * Promotion's other steps (the mode's validation, recording the code through the layout, the address
 * index) are promote.c's, which calls this file and hands it the interpreter's dispatch (code.h
 * wd_code_dispatch_fns: the handlers' addresses, exec.c's).
 * May touch: module.h (readers, arena), runtime.h (validate), code.h.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "runtime.h"
#include "code.h"
#include "simd.h"

/* Slot operands during translation: temporaries and constants are numbered apart and placed when the
 * frame's shape is known (the final pass). Real slots (params, locals) are below SLOT_LIMIT. */
#define TEMP_TAG 0x80000000u
#define CONST_TAG 0x40000000u
#define SLOT_MASK 0x3FFFFFFFu
#define SLOT_LIMIT (1u << 28)
#define NONE UINT32_MAX

static const char *const code_layout[WD_C__COUNT] = {
#define L_(name, layout, sem) layout,
    WD_CODE_LIST(L_, L_)
#undef L_
};
static const char *const code_name[WD_C__COUNT] = {
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

static bool grow(tr *t, void **p, uint32_t *cap, size_t elem, uint64_t need) {
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

static void emit(tr *t, uint32_t w) {
  if (t->ncode >= t->capcode && !grow(t, (void **)&t->code, &t->capcode, sizeof *t->code, t->ncode + 1u))
    return;
  t->code[t->ncode++] = w;
}

/* Starts an instruction: it becomes the peephole's "last" (without a fusable destination). */
static void op(tr *t, wd_code_op o) {
  t->prev_pos = t->last_pos;
  t->last_pos = t->ncode;
  t->last_dest = NONE;
  emit(t, (uint32_t)o);
  for (uint32_t i = 1; i < WD_CODE_OPW; i++) emit(t, 0);
}

static void no_peephole(tr *t) { t->last_pos = t->last_dest = t->prev_pos = NONE; }

/* Takes back the last instruction (its words are still readable past ncode until overwritten). */
static void rewind_last(tr *t) {
  t->ncode = t->last_pos;
  t->last_pos = t->prev_pos;
  t->prev_pos = t->last_dest = NONE;
}

static inline bool last_is(const tr *t, wd_code_op o) {
  return t->last_pos != NONE && !t->oom && t->code[t->last_pos] == (uint32_t)o;
}
#define OPND(pos, k) (t->code[(pos) + WD_CODE_OPW + (k)])   /* operand k (0-based) of the instruction at pos */

static bool fuse_pair(tr *t, wd_code_op o, uint32_t d, uint32_t a, uint32_t b);

/* An i32 add: it may take in the instruction that computed its operand (fuse_pair); otherwise two in a
 * row become one I32_ADD2. */
static void emit_i32_add(tr *t, uint32_t d, uint32_t a, uint32_t b) {
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

static bool fail(tr *t, wd_errcode code, const char *what) {
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

static void ref(tr *t, uint32_t s, int delta) {
  if (s != NONE && is_local(s)) {
    t->refs[slot_local(t, s)] += (uint32_t)delta;
    t->nrefs += (uint32_t)delta;
  }
}

static bool names_local(ventry e) { return is_local(e.a) || (e.b != NONE && is_local(e.b)); }

static void push_entry(tr *t, ventry e) {
  if (t->nvs >= t->capvs && !grow(t, (void **)&t->vs, &t->capvs, sizeof *t->vs, t->nvs + 1u)) return;
  ref(t, e.a, 1);
  ref(t, e.b, 1);
  if (names_local(e) && t->nvs < t->refs_lo) t->refs_lo = t->nvs;
  t->vs[t->nvs++] = e;
  if (t->nvs > t->maxdepth) t->maxdepth = t->nvs;
}

static void push(tr *t, uint32_t s) { push_entry(t, (ventry){s, NONE, 0}); }

static uint32_t push_temp(tr *t) {
  uint32_t s = home(t->nvs);
  push(t, s);
  return s;
}

/* Pops an entry as it is (a pending add stays pending). */
static ventry pop_entry(tr *t) {
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

static void emit_add(tr *t, uint32_t d, ventry e) { emit_i32_add(t, d, e.a, e.b); }

/* d = s. With `pair`, a MOV just before becomes a MOV2 (only for a branch's value transfers: pairing
 * the local copies of, e.g., a hash round's state rotation measured slower). */
static void emit_mov_(tr *t, uint32_t d, uint32_t s, bool pair) {
  if (pair && last_is(t, WD_C_MOV) && t->last_pos + WD_CODE_OPW + 2 == t->ncode) t->code[t->last_pos] = WD_C_MOV2;
  else op(t, WD_C_MOV);
  t->last_dest = NONE;
  emit(t, d);
  emit(t, s);
}
static void emit_mov(tr *t, uint32_t d, uint32_t s) { emit_mov_(t, d, s, false); }

/* Pops a value into a slot: a pending add is computed into its home slot. */
static uint32_t pop(tr *t) {
  ventry e = pop_entry(t);
  if (e.b == NONE) return e.a;
  emit_add(t, home(t->nvs), e);
  return home(t->nvs);
}

static inline bool at_home(ventry e, uint32_t depth) { return e.b == NONE && e.a == home(depth); }

/* Makes stack entry i live in its home slot. */
static void materialize(tr *t, uint32_t i) {
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
static void materialize_slot(tr *t, uint32_t s) {
  if (!t->refs[slot_local(t, s)]) return;
  uint32_t lo = UINT32_MAX;
  for (uint32_t i = t->refs_lo; i < t->nvs; i++) {
    if (t->vs[i].a == s || t->vs[i].b == s) materialize(t, i);
    if (lo == UINT32_MAX && names_local(t->vs[i])) lo = i;
  }
  t->refs_lo = lo;
}

static void materialize_all_locals(tr *t) {
  if (!t->nrefs) return;
  for (uint32_t i = t->refs_lo; i < t->nvs; i++)
    if (names_local(t->vs[i])) materialize(t, i);
  t->refs_lo = UINT32_MAX;
}

static uint32_t konst(tr *t, uint64_t v) {
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
static uint32_t konst2(tr *t, uint64_t lo, uint64_t hi) {
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

static void push_hi(tr *t, uint32_t s) { push_entry(t, (ventry){s, NONE, 1}); }

/* Pushes a v128 temporary (two entries); returns its first slot. */
static uint32_t push_v128(tr *t) {
  uint32_t d = push_temp(t);
  push_hi(t, home(t->nvs));
  return d;
}

/* Pops a v128 and returns the first of two consecutive slots holding it (its halves are copied to their
 * home slots if they are not already consecutive). */
static uint32_t pop_v128(tr *t) {
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
static uint32_t vslots(const uint8_t *types, uint32_t n) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) k += wd_type_slots(types[i]);
  return k;
}

/* Marks the high halves of the v128s among the entries from `from` on, which hold values of types. */
static void mark_v128(tr *t, uint32_t from, const uint8_t *types, uint32_t n) {
  for (uint32_t i = 0, k = from; i < n && k < t->nvs; i++, k++)
    if (types[i] == WD_V128 && ++k < t->nvs) t->vs[k].hi = 1;
}

/* ---------------------------------------------------------------- labels and jumps */

/* Emits a jump word to the start (loop) or the end (others) of c. */
static void jump_word(tr *t, ctl *c) {
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
static void bind(tr *t, uint32_t chain, uint32_t target) {
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
static void emit_return(tr *t) {
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
static void emit_moves(tr *t, const ctl *c) {
  uint32_t n = arity(c), from = t->nvs - n;
  for (uint32_t i = 0; i < n; i++) {
    ventry e = t->vs[from + i];
    if (at_home(e, c->base + i)) continue;
    if (e.b != NONE) emit_add(t, home(c->base + i), e);
    else emit_mov_(t, home(c->base + i), e.a, true);
  }
}

static bool needs_moves(const tr *t, const ctl *c) {
  if (c->kind == K_FUNC) return true;
  uint32_t n = arity(c), from = t->nvs - n;
  for (uint32_t i = 0; i < n; i++)
    if (!at_home(t->vs[from + i], c->base + i)) return true;
  return false;
}

/* Unconditional branch to c: moves, then the jump (or the return). */
static void emit_branch(tr *t, ctl *c) {
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

static bool compare_branches(wd_code_op o, wd_code_op *jt, wd_code_op *jf) {
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
static cond pop_cond(tr *t) {
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
static uint32_t cc_with_first(wd_code_op o, const cond *c, uint32_t d) {
  static const uint8_t swapped[] = {0, 1, 4, 5, 2, 3, 8, 9, 6, 7};
  uint32_t cc = (uint32_t)(o - WD_C_BR_I32_EQ);
  return c->a == d ? cc : swapped[cc];
}
_Static_assert(WD_C_LD_BR_GE_U - WD_C_LD_BR_EQ == 9 && WD_C_LD_BR_LE_S - WD_C_LD_BR_EQ == WD_C_BR_I32_LE_S - WD_C_BR_I32_EQ,
               "LD_BR_* follow the order of BR_I32_*");
_Static_assert(WD_C_BRT_I32_LOAD16_U_X - WD_C_BRT_I32_LOAD == 9, "the BRT_* loads are contiguous");

/* Emits the conditional jump instruction for "cond == when" up to (not including) its jump word. An
 * i32.add just before, whose result is compared, joins it (ADD_BR_*: a loop's step and test). */
static void emit_cond(tr *t, const cond *c, bool when) {
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
static void emit_cond_jump(tr *t, const cond *c, bool when, ctl *target) {
  emit_cond(t, c, when);
  jump_word(t, target);
}

/* Same, with the jump word chained into *chain for patching. */
static void emit_cond_skip(tr *t, const cond *c, bool when, uint32_t *chain) {
  emit_cond(t, c, when);
  uint32_t pos = t->ncode;
  emit(t, *chain);
  *chain = pos;
}

/* ---------------------------------------------------------------- blocks */

static bool has_v128(const uint8_t *types, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (types[i] == WD_V128) return true;
  return false;
}

/* A block's parameter and result slots. A type with a v128 is also left in t->bt_* for push_ctl (which
 * hands it to the block it opens). */
static bool block_type(tr *t, const wd_instr *ins, uint32_t *np, uint32_t *nr) {
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

static ctl *push_ctl(tr *t, uint8_t kind, uint32_t np, uint32_t nr) {
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
static void enter_prepare(tr *t, uint32_t np) {
  materialize_all_locals(t);
  for (uint32_t i = t->nvs >= np ? t->nvs - np : 0; i < t->nvs; i++) materialize(t, i);
}

/* Puts the fallthrough values of c (its results) in their home slots. */
static void settle_results(tr *t, const ctl *c) {
  if (t->nvs != c->base + c->nr) { fail(t, WD_E_TYPE_MISMATCH, "block result count"); return; }
  for (uint32_t i = c->base; i < t->nvs; i++) materialize(t, i);
}

static void reset_stack(tr *t, uint32_t depth, uint32_t n) {
  while (t->nvs > depth) pop_entry(t);
  for (uint32_t i = 0; i < n; i++) push_temp(t);
}

static ctl *label(tr *t, uint32_t depth) {
  if (depth >= t->ncs) { fail(t, WD_E_UNKNOWN_LABEL, "branch depth"); return NULL; }
  ctl *c = &t->cs[t->ncs - 1 - depth];
  if (t->nvs < c->base + arity(c)) { fail(t, WD_E_TYPE_MISMATCH, "branch values missing"); return NULL; }
  return c;
}

/* ---------------------------------------------------------------- instructions */

static void emit_unary(tr *t, wd_code_op o) {
  uint32_t a = pop(t), d = push_temp(t);
  op(t, o);
  t->last_dest = t->ncode;
  emit(t, d);
  emit(t, a);
}

/* The float add/sub/mul family of o: 0 none, 1 f64, 2 f32; *k = 0 add, 1 sub, 2 mul. */
static int float_arith(wd_code_op o, uint32_t *k) {
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
static uint32_t int_op1(wd_code_op o) {
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
static uint32_t int_op2(wd_code_op o) {
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
static bool fuse_load(tr *t, wd_code_op o, uint32_t d, uint32_t a, uint32_t b) {
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

static bool fuse_pair(tr *t, wd_code_op o, uint32_t d, uint32_t a, uint32_t b) {
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

static void emit_binary(tr *t, wd_code_op o) {
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
static void local_set_slot(tr *t, uint32_t x, bool tee) {
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

static void local_set(tr *t, uint32_t idx, bool tee) {
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

static bool memarg_offset(tr *t, const wd_instr *ins, uint32_t *off) {
  if (ins->imm.memarg.offset > UINT32_MAX && !(ins->imm.memarg.mem < t->m->nmems && t->m->mems[ins->imm.memarg.mem].lim.is64))
    return fail(t, WD_E_OFFSET_RANGE, "memory offset too large");
  *off = (uint32_t)ins->imm.memarg.offset;
  return true;
}

/* ---------------------------------------------------------------- i64 addresses (memory64/table64) */

/* A memory or table index operand, with WD_CODE_IDX64 when it has i64 addresses (code.h). */
static uint32_t mem_word(const tr *t, uint32_t mem) {
  return mem < t->m->nmems && t->m->mems[mem].lim.is64 ? mem | WD_CODE_IDX64 : mem;
}
static uint32_t table_word(const tr *t, uint32_t table) {
  return table < t->m->ntables && t->m->tables[table].lim.is64 ? table | WD_CODE_IDX64 : table;
}

/* The address operand of a memarg access (loads, stores, SIMD; the one helper for every memarg): call
 * after popping the address (slot `addr`) and before pushing any result. An i32 memory's access takes
 * the address and the u32 offset as they are. On an i64 memory, ADDR64 first computes address +
 * offset into the address's home slot (trapping on overflow or past 2^32-1, beyond every memory) and
 * the access takes that with offset 0. */
static uint32_t mem_address(tr *t, const wd_instr *ins, uint32_t addr, uint32_t *off) {
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

static void memsel(tr *t, uint32_t mem) {
  op(t, WD_C_MEMSEL);
  emit(t, mem);
}

static void call_args(tr *t, uint32_t np) {
  for (uint32_t i = t->nvs - np; i < t->nvs; i++) materialize(t, i);
}

/* A call's results: temporaries at the arguments' place, a v128 as two entries. */
static void push_results(tr *t, const wd_functype *ft) {
  uint32_t from = t->nvs, rs = vslots(wd_ft_results(ft), ft->nresults);
  for (uint32_t i = 0; i < rs; i++) push_temp(t);
  if (rs != ft->nresults) mark_v128(t, from, wd_ft_results(ft), ft->nresults);
}

static const wd_functype *func_type(tr *t, uint32_t f) {
  if (f >= t->m->nfuncs || t->m->func_type[f] >= t->m->ntypes) {
    fail(t, WD_E_UNKNOWN_FUNC, "function index");
    return NULL;
  }
  const wd_functype *ft = wd_module_functype(t->m, f);
  if (t->nvs < vslots(ft->types, ft->nparams)) { fail(t, WD_E_TYPE_MISMATCH, "call arguments missing"); return NULL; }
  return ft;
}

static const wd_functype *type_at(tr *t, uint32_t y) {
  if (y >= t->m->ntypes) { fail(t, WD_E_UNKNOWN_TYPE, "type index"); return NULL; }
  const wd_functype *ft = &t->m->types[y];
  if (t->nvs < vslots(ft->types, ft->nparams) + 1u) { fail(t, WD_E_TYPE_MISMATCH, "call arguments missing"); return NULL; }
  return ft;
}

static void br_table(tr *t, const wd_instr *ins, const uint8_t *end) {
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
  /* An i32 load that just computed the index joins the table (a switch on a loaded byte or word). */
  wd_code_op brt = WD_C_BR_TABLE;
  uint32_t ld[4], nld = 0;
  if (t->last_pos != NONE && !t->oom && OPND(t->last_pos, 0) == idx) {
    static const uint16_t loads[][2] = {
        {WD_C_I32_LOAD, WD_C_BRT_I32_LOAD}, {WD_C_I32_LOAD8_S, WD_C_BRT_I32_LOAD8_S},
        {WD_C_I32_LOAD8_U, WD_C_BRT_I32_LOAD8_U}, {WD_C_I32_LOAD16_S, WD_C_BRT_I32_LOAD16_S},
        {WD_C_I32_LOAD16_U, WD_C_BRT_I32_LOAD16_U}, {WD_C_I32_LOAD_X, WD_C_BRT_I32_LOAD_X},
        {WD_C_I32_LOAD8_S_X, WD_C_BRT_I32_LOAD8_S_X}, {WD_C_I32_LOAD8_U_X, WD_C_BRT_I32_LOAD8_U_X},
        {WD_C_I32_LOAD16_S_X, WD_C_BRT_I32_LOAD16_S_X}, {WD_C_I32_LOAD16_U_X, WD_C_BRT_I32_LOAD16_U_X}};
    for (size_t k = 0; k < sizeof loads / sizeof loads[0]; k++)
      if (t->code[t->last_pos] == loads[k][0]) {
        nld = (uint32_t)strlen(code_layout[loads[k][0]]);
        if (t->last_pos + WD_CODE_OPW + nld != t->ncode) break;
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
static bool indices_ok(tr *t, const wd_instr *ins) {
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

/* ---------------------------------------------------------------- typed function references */

/* call_ref/return_call_ref (the reference above the arguments, as call_indirect's index),
 * ref.as_non_null (a check; the value stays where it is), br_on_null/br_on_non_null (a branch on the
 * reference's slot, taken like br_if's). */
static void tref_step(tr *t, const wd_instr *ins) {
  uint16_t o = ins->op;
  if (o == WD_OP_CALL_REF || o == WD_OP_RETURN_CALL_REF) {
    const wd_functype *ft = type_at(t, ins->imm.idx);
    if (!ft) return;
    uint32_t f = pop(t);
    uint32_t ps = vslots(ft->types, ft->nparams);
    call_args(t, ps);
    uint32_t argbase = home(t->nvs - ps);
    for (uint32_t i = 0; i < ps; i++) pop(t);
    op(t, o == WD_OP_CALL_REF ? WD_C_CALL_REF : WD_C_RETURN_CALL_REF);
    emit(t, f);
    emit(t, argbase);
    if (o == WD_OP_CALL_REF) {
      push_results(t, ft);
    } else {
      emit(t, t->A);
      t->unreachable = true;
    }
    return;
  }
  if (!t->nvs) { fail(t, WD_E_TYPE_MISMATCH, "reference missing"); return; }
  if (o == WD_OP_REF_AS_NON_NULL) {
    materialize(t, t->nvs - 1);
    op(t, WD_C_REF_AS_NON_NULL);
    emit(t, t->vs[t->nvs - 1].a);
    return;
  }
  /* br_on_null: the reference is not among the label's values; br_on_non_null: it is the last one. */
  bool on_null = o == WD_OP_BR_ON_NULL;
  materialize(t, t->nvs - 1);
  ventry e = t->vs[t->nvs - 1];
  if (on_null) pop_entry(t);
  cond cd = {on_null ? WD_C_BR_I64_Z : WD_C_BR_I64_NZ, on_null ? WD_C_BR_I64_NZ : WD_C_BR_I64_Z, e.a, NONE};
  ctl *c = label(t, ins->imm.idx);
  if (!c) return;
  if (!needs_moves(t, c)) {
    emit_cond_jump(t, &cd, true, c);
  } else {
    uint32_t skip = NONE;
    emit_cond_skip(t, &cd, false, &skip);
    emit_branch(t, c);
    bind(t, skip, t->ncode);
  }
  if (on_null) push_entry(t, e);
  else pop_entry(t);
}

/* ---------------------------------------------------------------- SIMD */

/* The 'q' operand: a simd.h function's address. */
static void emit_fn(tr *t, const void *fnbits, size_t size) {
  uint64_t q = 0;
  memcpy(&q, fnbits, size);
  emit(t, (uint32_t)q);
  emit(t, (uint32_t)(q >> 32));
}

/* A 0xFD instruction: v128.const is a constant pair; the others call their simd.h function (V_*). */
static void simd_step(tr *t, const wd_instr *ins) {
  uint16_t o = ins->op;
  const wd_opinfo *info = &wd_opinfo_table[o];
  if (o == WD_OP_V128_CONST) {
    uint64_t lo, hi;
    memcpy(&lo, ins->imm.v128, 8);
    memcpy(&hi, ins->imm.v128 + 8, 8);
    uint32_t k = konst2(t, lo, hi);
    push(t, k);
    push_hi(t, k + 1);
    return;
  }
  const char *sig = info->sig, *colon = sig ? strchr(sig, ':') : NULL;
  if (!colon || colon - sig > 3) { fail(t, WD_E_ILLEGAL_OPCODE, info->text); return; }
  if (info->imm == IMM_MEMARG || info->imm == IMM_MEMARG_LANE) {
    wd_simd_load_fn lf = wd_simd_load_fn_for(o);
    wd_simd_store_fn sf = wd_simd_store_fn_for(o);
    if (!lf && !sf) { fail(t, WD_E_ILLEGAL_OPCODE, info->text); return; }
    uint32_t off, mem = ins->imm.memarg.mem;
    if (!memarg_offset(t, ins, &off)) return;
    if (mem >= t->m->nmems) { fail(t, WD_E_UNKNOWN_MEMORY, "memory index"); return; }
    bool has_vec = sig[1] == 'v';              /* "iv:" stores and "iv:v" lane loads */
    uint32_t vec = has_vec ? pop_v128(t) : 0;
    uint32_t addr = mem_address(t, ins, pop(t), &off);
    uint32_t d = sf ? 0 : push_v128(t);
    if (mem) memsel(t, mem);
    op(t, sf ? WD_C_V_STORE : WD_C_V_LOAD);
    uint32_t dest = t->ncode;
    if (!sf) emit(t, d);
    emit(t, addr);
    emit(t, has_vec ? vec : d);                /* a plain load ignores the vector operand */
    emit(t, off);
    emit(t, info->imm == IMM_MEMARG_LANE ? ins->imm.memarg.lane : 0);
    emit(t, o);
    if (sf) emit_fn(t, &sf, sizeof sf);
    else emit_fn(t, &lf, sizeof lf);
    if (mem) memsel(t, 0);
    t->last_dest = sf || mem ? NONE : dest;
    return;
  }
  wd_simd_fn f = wd_simd_fn_for(o);
  if (!f) { fail(t, WD_E_ILLEGAL_OPCODE, info->text); return; }
  uint32_t n = (uint32_t)(colon - sig), src[3] = {0, 0, 0};
  for (uint32_t i = n; i-- > 0;) src[i] = sig[i] == 'v' ? pop_v128(t) : pop(t);
  uint32_t d = colon[1] == 'v' ? push_v128(t) : push_temp(t);
  wd_code_op co = info->imm == IMM_SHUFFLE ? WD_C_V_SHUFFLE
                  : info->imm == IMM_LANE  ? (n == 1 ? WD_C_V_EXTRACT : WD_C_V_REPLACE)
                  : n == 1                 ? WD_C_V_UN
                  : n == 2                 ? WD_C_V_BIN
                                           : WD_C_V_TERN;
  uint32_t k = 0;
  if (co == WD_C_V_SHUFFLE) {                  /* the 16 lane indices: a constant pair */
    uint64_t lo, hi;
    memcpy(&lo, ins->imm.v128, 8);
    memcpy(&hi, ins->imm.v128 + 8, 8);
    k = konst2(t, lo, hi);
  }
  op(t, co);
  t->last_dest = t->ncode;
  emit(t, d);
  for (uint32_t i = 0; i < n; i++) emit(t, src[i]);
  if (co == WD_C_V_SHUFFLE) emit(t, k);
  if (info->imm == IMM_LANE) emit(t, ins->imm.lane);
  emit(t, o);
  emit_fn(t, &f, sizeof f);
}

/* ---------------------------------------------------------------- threads */

/* A 0xFE instruction: ATOMIC / ATOMIC_STORE name the memory and the wasm opcode; atomics.c does the rest. */
static void atomic_step(tr *t, const wd_instr *ins) {
  uint16_t o = ins->op;
  const wd_opinfo *info = &wd_opinfo_table[o];
  if (o == WD_OP_ATOMIC_FENCE) { op(t, WD_C_ATOMIC_FENCE); return; }
  const char *sig = info->sig, *colon = sig ? strchr(sig, ':') : NULL;
  if (info->imm != IMM_MEMARG || !colon || colon - sig < 1 || colon - sig > 3) {
    fail(t, WD_E_ILLEGAL_OPCODE, info->text);
    return;
  }
  uint32_t off, mem = ins->imm.memarg.mem;
  if (!memarg_offset(t, ins, &off)) return;
  if (mem >= t->m->nmems) { fail(t, WD_E_UNKNOWN_MEMORY, "memory index"); return; }
  uint32_t n = (uint32_t)(colon - sig), src[3];
  for (uint32_t i = n; i-- > 0;) src[i] = pop(t);
  src[0] = mem_address(t, ins, src[0], &off);          /* an i64 memory: ADDR64 first, offset 0 */
  for (uint32_t i = n; i < 3; i++) src[i] = src[0];    /* unused operands: any valid slot */
  if (!colon[1]) {
    op(t, WD_C_ATOMIC_STORE);
    emit(t, src[0]);
    emit(t, src[1]);
  } else {
    uint32_t d = push_temp(t);
    op(t, WD_C_ATOMIC);
    t->last_dest = t->ncode;
    emit(t, d);
    for (uint32_t i = 0; i < 3; i++) emit(t, src[i]);
  }
  emit(t, off);
  emit(t, mem);
  emit(t, o);
}

/* The translation of one instruction in reachable code. */
/* ---------------------------------------------------------------- exception handling
 *
 * A try block's body is a range of code positions; when it closes, a handler (runtime.h wd_eh_handler)
 * listing its clauses is appended, so that handlers come innermost first. A clause lands where a branch
 * to its label would: the end of a block (its results' home slots hold the payload), the start of a
 * loop, a legacy catch body, or a return pad after the function's code. Jump threading would move code
 * across the ranges, so a function with try blocks is not threaded. */

static uint32_t eh_tag_slots(tr *t, uint32_t x, const wd_functype **ft) {
  const wd_module *m = t->m;
  if (x >= m->ntags || m->tag_type[x] >= m->ntypes) { fail(t, WD_E_UNKNOWN_TAG, "tag index"); return NONE; }
  *ft = &m->types[m->tag_type[x]];
  return vslots((*ft)->types, (*ft)->nparams);
}

static uint32_t eh_add_clause(tr *t, uint32_t owner, wd_eh_clause c) {
  if (!grow(t, (void **)&t->ehc, &t->capehc, sizeof *t->ehc, t->nehc + 1u) ||
      !grow(t, (void **)&t->ehc_owner, &t->capowner, sizeof *t->ehc_owner, t->nehc + 1u))
    return NONE;
  t->ehc[t->nehc] = c;
  t->ehc_owner[t->nehc] = owner;
  return t->nehc++;
}

static uint32_t eh_add_handler(tr *t, wd_eh_handler h) {
  if (!grow(t, (void **)&t->ehh, &t->capehh, sizeof *t->ehh, t->nehh + 1u)) return NONE;
  t->ehh[t->nehh] = h;
  return t->nehh++;
}

/* Where a clause to label depth l (counted from the top of the control stack) lands. */
static void eh_target(tr *t, wd_eh_clause *c, uint32_t l, uint32_t extra) {
  ctl *L = &t->cs[t->ncs - 1 - l];
  c->dst = home(L->base);
  if (L->base + arity(L) + extra + 1 > t->maxdepth) t->maxdepth = L->base + arity(L) + extra + 1;
  if (L->kind == K_LOOP) c->target = L->start;
  else if (L->kind == K_FUNC) { c->target = EH_FUNC_END; t->func_end_target = true; }
  else { c->target = EH_PENDING | (t->ncs - 1 - l); L->end_reached = true; }
}

/* The block at control index i ends at code position pos: clauses waiting for it land there. */
static void eh_resolve(tr *t, uint32_t i, uint32_t pos) {
  for (uint32_t k = 0; k < t->nehc; k++)
    if (t->ehc[k].target == (EH_PENDING | i)) t->ehc[k].target = pos;
}
static bool eh_targets(const tr *t, uint32_t i) {
  for (uint32_t k = 0; k < t->nehc; k++)
    if (t->ehc[k].target == (EH_PENDING | i)) return true;
  return false;
}

/* The function's final end: a return pad for clauses that land on the function's label (their values in
 * the home slots of depth 0...). */
static void eh_func_end(tr *t) {
  if (!t->func_end_target) return;
  uint32_t pos = t->ncode;
  reset_stack(t, 0, t->nr);
  emit_return(t);
  for (uint32_t k = 0; k < t->nehc; k++)
    if (t->ehc[k].target == EH_FUNC_END) t->ehc[k].target = pos;
}

/* A try block's body ends here (first catch, delegate, or end): its handler is appended. */
static void eh_close(tr *t, ctl *c) {
  if (c->eh == EH_TRY_TABLE) {
    wd_eh_handler h = {c->try_lo, t->ncode, t->ncs - 1, WD_EH_CATCHES, 0, 0, 0, 0};
    uint32_t hi = eh_add_handler(t, h);
    for (uint32_t k = c->tt_first; k < c->tt_first + c->tt_n && hi != NONE; k++) t->ehc_owner[k] = hi;
  } else if (c->eh == EH_CATCHING) {
    t->legacy_open--;
  }
  c->eh = EH_NONE;
}

static void eh_step(tr *t, const wd_instr *ins, const uint8_t *end) {
  t->has_try = true;
  switch (ins->op) {
  case WD_OP_TRY: case WD_OP_TRY_TABLE: {
    uint32_t np, nr;
    if (!block_type(t, ins, &np, &nr)) return;
    enter_prepare(t, np);
    /* try_table's clauses name labels outside it: resolve them before its own label is pushed. */
    uint32_t first = t->nehc, n = 0;
    if (ins->op == WD_OP_TRY_TABLE) {
      wd_reader cr;
      wd_reader_init(&cr, ins->imm.block.catches, (uint32_t)(end - ins->imm.block.catches), WD_NO_OFFSET);
      for (uint32_t i = 0; i < ins->imm.block.ncatch; i++) {
        wd_catch k;
        if (!wd_read_catch(&cr, &k, t->err)) { t->failed = true; return; }
        if (k.label >= t->ncs) { fail(t, WD_E_UNKNOWN_LABEL, "catch label"); return; }
        wd_eh_clause c = {k.kind, k.tag, 0, 0};
        uint32_t ps = 0;
        const wd_functype *ft = NULL;
        if (k.kind <= WD_CATCH_REF && (ps = eh_tag_slots(t, k.tag, &ft)) == NONE) return;
        eh_target(t, &c, k.label, ps + 1);
        if (eh_add_clause(t, NONE, c) == NONE) return;
        n++;
      }
    }
    ctl *c = push_ctl(t, K_BLOCK, np, nr);
    if (!c) return;
    c->eh = ins->op == WD_OP_TRY ? EH_TRY : EH_TRY_TABLE;
    c->tt_first = first;
    c->tt_n = n;
    c->start = t->ncode;
    c->try_lo = t->ncode;
    no_peephole(t);
    return;
  }
  case WD_OP_CATCH: case WD_OP_CATCH_ALL: {
    ctl *c = &t->cs[t->ncs - 1];
    if (c->eh != EH_TRY && c->eh != EH_CATCHING) { fail(t, WD_E_TYPE_MISMATCH, "catch without try"); return; }
    if (!t->unreachable) {              /* the arm before falls through to the end */
      settle_results(t, c);
      op(t, WD_C_BR);
      jump_word(t, c);
    }
    if (c->eh == EH_TRY) {             /* the try body ends: its handler, and a slot for the exception */
      wd_eh_handler h = {c->try_lo, t->ncode, t->ncs - 1, WD_EH_CATCHES, 0, EXN_TAG | t->legacy_open, 0, 0};
      if ((c->eh_handler = eh_add_handler(t, h)) == NONE) return;
      c->exn_slot = EXN_TAG | t->legacy_open++;
      if (t->legacy_open > t->nexn) t->nexn = t->legacy_open;
      c->eh = EH_CATCHING;
    }
    uint32_t ps = 0;
    const wd_functype *ft = NULL;
    if (ins->op == WD_OP_CATCH && (ps = eh_tag_slots(t, ins->imm.idx, &ft)) == NONE) return;
    wd_eh_clause cl = {ins->op == WD_OP_CATCH ? WD_EH_LEGACY_CATCH : WD_EH_LEGACY_CATCH_ALL,
                       ins->op == WD_OP_CATCH ? ins->imm.idx : 0, t->ncode, home(c->base)};
    if (eh_add_clause(t, c->eh_handler, cl) == NONE) return;
    no_peephole(t);
    reset_stack(t, c->base, ps);
    if (ft && ps != ft->nparams) mark_v128(t, c->base, ft->types, ft->nparams);
    t->unreachable = false;
    return;
  }
  case WD_OP_DELEGATE: {
    ctl *c = &t->cs[t->ncs - 1];
    if (c->eh != EH_TRY || ins->imm.idx + 1 >= t->ncs) { fail(t, WD_E_UNKNOWN_LABEL, "delegate"); return; }
    wd_eh_handler h = {c->try_lo, t->ncode, t->ncs - 1, WD_EH_DELEGATE, t->ncs - 2 - ins->imm.idx, 0, 0, 0};
    if (eh_add_handler(t, h) == NONE) return;
    c->eh = EH_NONE;
    /* then exactly an end */
    bool reached = !t->unreachable;
    if (reached) settle_results(t, c);
    reached = reached || c->end_reached || eh_targets(t, t->ncs - 1);
    bind(t, c->patch, t->ncode);
    eh_resolve(t, t->ncs - 1, t->ncode);
    uint32_t base = c->base, nr = c->nr;
    const uint8_t *vt = c->vt;
    uint32_t npv = c->npv, nrv = c->nrv;
    t->ncs--;
    reset_stack(t, base, nr);
    if (vt) mark_v128(t, base, vt + npv, nrv);
    t->unreachable = !reached;
    return;
  }
  case WD_OP_THROW: {
    const wd_functype *ft = NULL;
    uint32_t ps = eh_tag_slots(t, ins->imm.idx, &ft);
    if (ps == NONE) return;
    if (t->nvs < ps) { fail(t, WD_E_TYPE_MISMATCH, "throw values missing"); return; }
    call_args(t, ps);
    uint32_t argbase = home(t->nvs - ps);
    if (t->nvs + 1 > t->maxdepth) t->maxdepth = t->nvs + 1;
    for (uint32_t i = 0; i < ps; i++) pop(t);
    op(t, WD_C_THROW);
    emit(t, ins->imm.idx);
    emit(t, argbase);
    t->unreachable = true;
    return;
  }
  case WD_OP_THROW_REF: {
    uint32_t a = pop(t);
    op(t, WD_C_THROW_REF);
    emit(t, a);
    t->unreachable = true;
    return;
  }
  default: {   /* RETHROW */
    if (ins->imm.idx >= t->ncs) { fail(t, WD_E_UNKNOWN_LABEL, "rethrow"); return; }
    const ctl *c = &t->cs[t->ncs - 1 - ins->imm.idx];
    if (c->eh != EH_CATCHING) { fail(t, WD_E_INVALID_RETHROW, "rethrow"); return; }
    op(t, WD_C_RETHROW);
    emit(t, c->exn_slot);
    t->unreachable = true;
    return;
  }
  }
}

/* The handler table in the module arena, clauses grouped by handler (in their order), slots placed. */
static const wd_eh_table *eh_table(tr *t, uint32_t tbase, uint32_t xbase) {
  uint32_t nh = 0, nc = 0;
  nh = t->nehh;
  for (uint32_t k = 0; k < t->nehc; k++) if (t->ehc_owner[k] != NONE) nc++;
  wd_arena *a = &t->m->arena;
  wd_eh_table *tb = wd_arena_alloc(a, sizeof *tb, 8);
  wd_eh_handler *h = nh ? wd_arena_alloc(a, (size_t)nh * sizeof *h, 8) : NULL;
  wd_eh_clause *c = nc ? wd_arena_alloc(a, (size_t)nc * sizeof *c, 8) : NULL;
  uint32_t *count = wd_alloc_array(t->al, (size_t)nh + 1, sizeof *count);
  if (!tb || (nh && !h) || (nc && !c) || !count) {
    if (count) wd_free(t->al, count, ((size_t)nh + 1) * sizeof *count);
    fail(t, wd_arena_over_limit(a, 64) ? WD_E_LIMIT_ARENA : WD_E_OUT_OF_MEMORY, "handler table");
    return NULL;
  }
  for (uint32_t k = 0; k < t->nehc; k++) if (t->ehc_owner[k] != NONE) count[t->ehc_owner[k] + 1]++;
  for (uint32_t i = 0; i < nh; i++) count[i + 1] += count[i];
  for (uint32_t i = 0; i < nh; i++) {
    h[i] = t->ehh[i];
    h[i].first = count[i];
    h[i].n = 0;
    if (h[i].exn_slot & TEMP_TAG) h[i].exn_slot = xbase + (h[i].exn_slot & SLOT_MASK);
  }
  for (uint32_t k = 0; k < t->nehc; k++) {
    uint32_t o = t->ehc_owner[k];
    if (o == NONE) continue;
    wd_eh_clause x = t->ehc[k];
    if (x.target & (EH_PENDING | EH_FUNC_END)) { fail(t, WD_E_TYPE_MISMATCH, "catch target"); break; }
    x.dst = tbase + (x.dst & SLOT_MASK);
    c[h[o].first + h[o].n++] = x;
  }
  wd_free(t->al, count, ((size_t)nh + 1) * sizeof *count);
  tb->nh = nh;
  tb->nc = nc;
  tb->h = h;
  tb->c = c;
  return t->failed ? NULL : tb;
}

static void step(tr *t, const wd_instr *ins, const uint8_t *end) {
  wd_module *m = t->m;
  uint16_t o = ins->op;
  const wd_opinfo *info = &wd_opinfo_table[o];
  if (info->prefix == 0xFD) { simd_step(t, ins); return; }
  if (info->prefix == 0xFE) { atomic_step(t, ins); return; }
  if (!indices_ok(t, ins)) return;
  switch (o) {
  case WD_OP_NOP: return;
  case WD_OP_UNREACHABLE:
    op(t, WD_C_UNREACHABLE);
    t->unreachable = true;
    return;
  case WD_OP_BLOCK:
  case WD_OP_LOOP: {
    uint32_t np, nr;
    if (!block_type(t, ins, &np, &nr)) return;
    enter_prepare(t, np);
    ctl *c = push_ctl(t, o == WD_OP_LOOP ? K_LOOP : K_BLOCK, np, nr);
    if (!c) return;
    c->start = t->ncode;
    no_peephole(t);
    return;
  }
  case WD_OP_IF: {
    uint32_t np, nr;
    if (!block_type(t, ins, &np, &nr)) return;
    cond cd = pop_cond(t);
    enter_prepare(t, np);
    ctl *c = push_ctl(t, K_IF, np, nr);
    if (!c) return;
    emit_cond_skip(t, &cd, false, &c->else_jump);
    no_peephole(t);
    return;
  }
  case WD_OP_ELSE: {
    ctl *c = &t->cs[t->ncs - 1];
    if (c->kind != K_IF) { fail(t, WD_E_TYPE_MISMATCH, "else without if"); return; }
    settle_results(t, c);
    op(t, WD_C_BR);
    jump_word(t, c);
    bind(t, c->else_jump, t->ncode);
    c->else_jump = NONE;
    c->else_seen = true;
    reset_stack(t, c->base, c->np);
    if (c->vt) mark_v128(t, c->base, c->vt, c->npv);
    return;
  }
  case WD_OP_END: {
    ctl *c = &t->cs[t->ncs - 1];
    if (c->kind == K_FUNC) {
      if (t->nvs != t->nr) { fail(t, WD_E_TYPE_MISMATCH, "function result count"); return; }
      emit_return(t);
      eh_func_end(t);
      t->ncs--;
      return;
    }
    eh_close(t, c);
    settle_results(t, c);
    bind(t, c->patch, t->ncode);
    if (c->else_jump != NONE) bind(t, c->else_jump, t->ncode);
    eh_resolve(t, t->ncs - 1, t->ncode);
    uint32_t base = c->base, nr = c->nr;
    t->ncs--;
    reset_stack(t, base, nr);
    if (c->vt) mark_v128(t, base, c->vt + c->npv, c->nrv);
    return;
  }
  case WD_OP_BR: {
    ctl *c = label(t, ins->imm.idx);
    if (!c) return;
    emit_branch(t, c);
    t->unreachable = true;
    return;
  }
  case WD_OP_BR_IF: {
    cond cd = pop_cond(t);
    ctl *c = label(t, ins->imm.idx);
    if (!c) return;
    if (!needs_moves(t, c)) {
      emit_cond_jump(t, &cd, true, c);
    } else {
      uint32_t skip = NONE;
      emit_cond_skip(t, &cd, false, &skip);
      emit_branch(t, c);
      bind(t, skip, t->ncode);
    }
    return;
  }
  case WD_OP_BR_TABLE:
    br_table(t, ins, end);
    t->unreachable = true;
    return;
  case WD_OP_TRY: case WD_OP_TRY_TABLE: case WD_OP_CATCH: case WD_OP_CATCH_ALL: case WD_OP_DELEGATE:
  case WD_OP_THROW: case WD_OP_THROW_REF: case WD_OP_RETHROW:
    eh_step(t, ins, end);
    return;
  case WD_OP_RETURN:
    if (t->nvs < t->nr) { fail(t, WD_E_TYPE_MISMATCH, "return values missing"); return; }
    emit_return(t);
    t->unreachable = true;
    return;
  case WD_OP_CALL:
  case WD_OP_RETURN_CALL: {
    const wd_functype *ft = func_type(t, ins->imm.idx);
    if (!ft) return;
    uint32_t ps = vslots(ft->types, ft->nparams);   /* slots: a v128 takes two */
    call_args(t, ps);
    uint32_t argbase = home(t->nvs - ps);
    for (uint32_t i = 0; i < ps; i++) pop(t);
    if (o == WD_OP_CALL) {
      op(t, WD_C_CALL);
      emit(t, ins->imm.idx);
      emit(t, argbase);
      push_results(t, ft);
    } else {
      op(t, WD_C_RETURN_CALL);
      emit(t, ins->imm.idx);
      emit(t, argbase);
      emit(t, t->A);
      t->unreachable = true;
    }
    return;
  }
  case WD_OP_CALL_INDIRECT:
  case WD_OP_RETURN_CALL_INDIRECT: {
    const wd_functype *ft = type_at(t, ins->imm.idx2.a);
    if (!ft) return;
    if (ins->imm.idx2.b >= m->ntables) { fail(t, WD_E_UNKNOWN_TABLE, "table index"); return; }
    uint32_t idx = pop(t);   /* above the arguments: their moves cannot reach it */
    uint32_t ps = vslots(ft->types, ft->nparams);
    call_args(t, ps);
    uint32_t argbase = home(t->nvs - ps);
    for (uint32_t i = 0; i < ps; i++) pop(t);
    op(t, o == WD_OP_CALL_INDIRECT ? WD_C_CALL_INDIRECT : WD_C_RETURN_CALL_INDIRECT);
    emit(t, ins->imm.idx2.a);
    emit(t, table_word(t, ins->imm.idx2.b));
    emit(t, idx);
    emit(t, argbase);
    if (o == WD_OP_CALL_INDIRECT) {
      push_results(t, ft);
    } else {
      emit(t, t->A);
      t->unreachable = true;
    }
    return;
  }
  case WD_OP_DROP:
    if (t->nvs && t->vs[t->nvs - 1].hi) pop_entry(t);   /* a v128: both halves */
    pop_entry(t);                                /* a pending add is simply forgotten */
    return;
  case WD_OP_SELECT:
  case WD_OP_SELECT_T: {
    if (t->nvs >= 2 && t->vs[t->nvs - 2].hi) {   /* v128 operands: a select per half */
      uint32_t c = pop(t);
      ventry bh = pop_entry(t), bl = pop_entry(t), ah = pop_entry(t), al = pop_entry(t);
      uint32_t d = push_v128(t);
      op(t, WD_C_SELECT);
      emit(t, d);
      emit(t, al.a);
      emit(t, bl.a);
      emit(t, c);
      op(t, WD_C_SELECT);                        /* d's low half is not an operand of this one */
      emit(t, d + 1);
      emit(t, ah.a);
      emit(t, bh.a);
      emit(t, c);
      return;
    }
    uint32_t c = pop(t), b = pop(t), a = pop(t), d = push_temp(t);
    op(t, WD_C_SELECT);
    t->last_dest = t->ncode;
    emit(t, d);
    emit(t, a);
    emit(t, b);
    emit(t, c);
    return;
  }
  case WD_OP_LOCAL_GET:
    if (ins->imm.idx >= t->nlidx) { fail(t, WD_E_UNKNOWN_LOCAL, "local index"); return; }
    push(t, local_slot(t, ins->imm.idx));
    if (local_v128(t, ins->imm.idx)) push_hi(t, local_slot(t, ins->imm.idx) + 1);
    return;
  case WD_OP_LOCAL_SET: local_set(t, ins->imm.idx, false); return;
  case WD_OP_LOCAL_TEE: local_set(t, ins->imm.idx, true); return;
  case WD_OP_GLOBAL_GET: {
    if (ins->imm.idx >= m->nglobals) { fail(t, WD_E_UNKNOWN_GLOBAL, "global index"); return; }
    bool v = m->globals[ins->imm.idx].type.type == WD_V128;
    uint32_t d = v ? push_v128(t) : push_temp(t);
    op(t, v ? WD_C_GLOBAL_GET_V : WD_C_GLOBAL_GET);
    t->last_dest = t->ncode;
    emit(t, d);
    emit(t, ins->imm.idx);
    return;
  }
  case WD_OP_GLOBAL_SET: {
    if (ins->imm.idx >= m->nglobals) { fail(t, WD_E_UNKNOWN_GLOBAL, "global index"); return; }
    if (m->globals[ins->imm.idx].type.type == WD_V128) {
      uint32_t hi = pop(t), lo = pop(t);
      op(t, WD_C_GLOBAL_SET_V);
      emit(t, ins->imm.idx);
      emit(t, lo);
      emit(t, hi);
      return;
    }
    uint32_t s = pop(t);
    op(t, WD_C_GLOBAL_SET);
    emit(t, ins->imm.idx);
    emit(t, s);
    return;
  }
  case WD_OP_TABLE_GET: {
    uint32_t i = pop(t), d = push_temp(t);
    op(t, WD_C_TABLE_GET);
    t->last_dest = t->ncode;
    emit(t, d);
    emit(t, table_word(t, ins->imm.idx));
    emit(t, i);
    return;
  }
  case WD_OP_TABLE_SET: {
    uint32_t v = pop(t), i = pop(t);
    op(t, WD_C_TABLE_SET);
    emit(t, table_word(t, ins->imm.idx));
    emit(t, i);
    emit(t, v);
    return;
  }
  case WD_OP_TABLE_SIZE:
  case WD_OP_MEMORY_SIZE: {
    uint32_t d = push_temp(t);
    op(t, o == WD_OP_TABLE_SIZE ? WD_C_TABLE_SIZE : WD_C_MEMORY_SIZE);
    t->last_dest = t->ncode;
    emit(t, d);
    emit(t, o == WD_OP_TABLE_SIZE ? table_word(t, ins->imm.idx) : mem_word(t, ins->imm.idx));
    return;
  }
  case WD_OP_TABLE_GROW: {
    uint32_t n = pop(t), v = pop(t), d = push_temp(t);
    op(t, WD_C_TABLE_GROW);
    emit(t, d);
    emit(t, table_word(t, ins->imm.idx));
    emit(t, v);
    emit(t, n);
    return;
  }
  case WD_OP_MEMORY_GROW: {
    uint32_t n = pop(t), d = push_temp(t);
    op(t, WD_C_MEMORY_GROW);
    emit(t, d);
    emit(t, mem_word(t, ins->imm.idx));
    emit(t, n);
    return;
  }
  case WD_OP_TABLE_FILL:
  case WD_OP_MEMORY_FILL: {
    uint32_t n = pop(t), v = pop(t), i = pop(t);
    op(t, o == WD_OP_TABLE_FILL ? WD_C_TABLE_FILL : WD_C_MEMORY_FILL);
    emit(t, o == WD_OP_TABLE_FILL ? table_word(t, ins->imm.idx) : mem_word(t, ins->imm.idx));
    emit(t, i);
    emit(t, v);
    emit(t, n);
    return;
  }
  case WD_OP_TABLE_COPY:
  case WD_OP_MEMORY_COPY:
  case WD_OP_TABLE_INIT:
  case WD_OP_MEMORY_INIT: {
    uint32_t n = pop(t), s = pop(t), d = pop(t);
    /* table.init/memory.init immediates are (segment, table/memory); the op takes the target first */
    bool init = o == WD_OP_TABLE_INIT || o == WD_OP_MEMORY_INIT;
    op(t, o == WD_OP_TABLE_COPY ? WD_C_TABLE_COPY : o == WD_OP_MEMORY_COPY ? WD_C_MEMORY_COPY
          : o == WD_OP_TABLE_INIT ? WD_C_TABLE_INIT : WD_C_MEMORY_INIT);
    bool mem = o == WD_OP_MEMORY_COPY || o == WD_OP_MEMORY_INIT;
    uint32_t dst = init ? ins->imm.idx2.b : ins->imm.idx2.a;
    emit(t, mem ? mem_word(t, dst) : table_word(t, dst));
    emit(t, init ? ins->imm.idx2.a : mem ? mem_word(t, ins->imm.idx2.b) : table_word(t, ins->imm.idx2.b));
    emit(t, d);
    emit(t, s);
    emit(t, n);
    return;
  }
  case WD_OP_ELEM_DROP:
  case WD_OP_DATA_DROP:
    op(t, o == WD_OP_ELEM_DROP ? WD_C_ELEM_DROP : WD_C_DATA_DROP);
    emit(t, ins->imm.idx);
    return;
  case WD_OP_I32_ADD:
  case WD_OP_I32_SUB: {
    /* Left pending (see ventry) when the right operand is a local or a constant; two constants fold. */
    if (t->nvs < 2) break;
    ventry eb = t->vs[t->nvs - 1], ea = t->vs[t->nvs - 2];
    bool sub = o == WD_OP_I32_SUB;
    if (ea.b != NONE || eb.b != NONE || (eb.a & TEMP_TAG) || (sub && !(eb.a & CONST_TAG))) break;
    uint32_t b = eb.a;
    if (sub) b = konst(t, (uint32_t)(0u - (uint32_t)t->kv[eb.a & SLOT_MASK]));
    pop_entry(t);
    pop_entry(t);
    if ((ea.a & CONST_TAG) && (b & CONST_TAG))
      push(t, konst(t, (uint32_t)(t->kv[ea.a & SLOT_MASK] + t->kv[b & SLOT_MASK])));
    else
      push_entry(t, (ventry){ea.a, b, 0});
    return;
  }
  case WD_OP_I32_EQZ: {
    /* eqz of a compare just computed: the compare negated, in place (int compares; f32/f64 eq/ne) */
    static const struct { uint16_t a, b; } neg[] = {
        {WD_C_I32_EQ, WD_C_I32_NE}, {WD_C_I32_LT_S, WD_C_I32_GE_S}, {WD_C_I32_LT_U, WD_C_I32_GE_U},
        {WD_C_I32_GT_S, WD_C_I32_LE_S}, {WD_C_I32_GT_U, WD_C_I32_LE_U}, {WD_C_I64_EQ, WD_C_I64_NE},
        {WD_C_I64_LT_S, WD_C_I64_GE_S}, {WD_C_I64_LT_U, WD_C_I64_GE_U}, {WD_C_I64_GT_S, WD_C_I64_LE_S},
        {WD_C_I64_GT_U, WD_C_I64_LE_U}, {WD_C_F32_EQ, WD_C_F32_NE}, {WD_C_F64_EQ, WD_C_F64_NE}};
    ventry top = t->nvs ? t->vs[t->nvs - 1] : (ventry){NONE, NONE, 0};
    if (t->last_pos != NONE && !t->oom && top.b == NONE && top.a == home(t->nvs - 1) &&
        OPND(t->last_pos, 0) == top.a) {
      uint32_t p = t->code[t->last_pos];
      for (size_t i = 0; i < sizeof neg / sizeof neg[0]; i++)
        if (p == neg[i].a || p == neg[i].b) {
          t->code[t->last_pos] = p == neg[i].a ? neg[i].b : neg[i].a;
          return;
        }
    }
    break;
  }
  case WD_OP_I32_CONST: push(t, konst(t, (uint32_t)ins->imm.i32)); return;
  case WD_OP_I64_CONST: push(t, konst(t, (uint64_t)ins->imm.i64)); return;
  case WD_OP_F32_CONST: push(t, konst(t, ins->imm.f32)); return;
  case WD_OP_F64_CONST: push(t, konst(t, ins->imm.f64)); return;
  case WD_OP_REF_NULL: push(t, konst(t, 0)); return;
  case WD_OP_CALL_REF: case WD_OP_RETURN_CALL_REF: case WD_OP_REF_AS_NON_NULL: case WD_OP_BR_ON_NULL:
  case WD_OP_BR_ON_NON_NULL:
    tref_step(t, ins);
    return;
  case WD_OP_REF_IS_NULL: emit_unary(t, WD_C_I64_EQZ); return;
  case WD_OP_I64_ADD128: case WD_OP_I64_SUB128: case WD_OP_I64_MUL_WIDE_S: case WD_OP_I64_MUL_WIDE_U: {
    /* Two results in the home slots of the first two operands' depths; exec reads before it writes. */
    static const wd_code_op wide[4] = {WD_C_I64_ADD128, WD_C_I64_SUB128, WD_C_I64_MUL_WIDE_S, WD_C_I64_MUL_WIDE_U};
    uint32_t k = (uint32_t)(o - WD_OP_I64_ADD128), n = k < 2 ? 4 : 2, src[4];
    for (uint32_t i = n; i-- > 0;) src[i] = pop(t);
    uint32_t lo = push_temp(t), hi = push_temp(t);
    op(t, wide[k]);
    emit(t, lo);
    emit(t, hi);
    for (uint32_t i = 0; i < n; i++) emit(t, src[i]);
    return;
  }
  case WD_OP_REF_FUNC: {
    uint32_t d = push_temp(t);
    op(t, WD_C_REF_FUNC);
    t->last_dest = t->ncode;
    emit(t, d);
    emit(t, ins->imm.idx);
    return;
  }
  default: break;
  }
  wd_code_op co = (wd_code_op)same_named[o];
  if (co == WD_C_UNREACHABLE || !info->sig) { fail(t, WD_E_ILLEGAL_OPCODE, info->text); return; }
  if (info->imm == IMM_MEMARG) {
    uint32_t off, mem = ins->imm.memarg.mem;
    if (!memarg_offset(t, ins, &off)) return;
    if (mem >= m->nmems) { fail(t, WD_E_UNKNOWN_MEMORY, "memory index"); return; }
    bool store = info->sig[2] == ':';       /* "ix:" */
    uint32_t v = store ? pop(t) : 0;
    ventry addr = pop_entry(t);                /* a pending i32.add folds into the address */
    if (m->mems[mem].lim.is64) {
      if (addr.b != NONE) {                    /* not expected (an i64 address), but keep it exact */
        emit_add(t, home(t->nvs), addr);
        addr = (ventry){home(t->nvs), NONE, 0};
      }
      addr.a = mem_address(t, ins, addr.a, &off);
    }
    uint32_t d = store ? 0 : push_temp(t);
    bool folded = addr.b != NONE;
    if (mem) memsel(t, mem);
    op(t, folded ? (wd_code_op)(co + INDEXED) : co);
    uint32_t dest = t->ncode;
    if (!store) emit(t, d);
    emit(t, addr.a);
    if (folded) emit(t, addr.b);
    if (store) emit(t, v);
    emit(t, off);
    if (mem) memsel(t, 0);
    t->last_dest = store || mem ? NONE : dest;   /* a load of memory 0 stays "last": it may fold */
    return;
  }
  if (info->sig[1] == ':') emit_unary(t, co);
  else emit_binary(t, co);
}

/* Skipping unreachable code: only block structure matters until the matching else/end. */
static void skip_step(tr *t, const wd_instr *ins) {
  switch (ins->op) {
  case WD_OP_BLOCK: case WD_OP_LOOP: case WD_OP_IF: case WD_OP_TRY: case WD_OP_TRY_TABLE: t->skip++; return;
  case WD_OP_CATCH: case WD_OP_CATCH_ALL:
    if (!t->skip) eh_step(t, ins, NULL);
    return;
  case WD_OP_DELEGATE:
    if (t->skip) { t->skip--; return; }
    eh_step(t, ins, NULL);
    return;
  case WD_OP_ELSE:
    if (t->skip) return;
    {
      ctl *c = &t->cs[t->ncs - 1];
      if (c->kind != K_IF) { fail(t, WD_E_TYPE_MISMATCH, "else without if"); return; }
      bind(t, c->else_jump, t->ncode);
      c->else_jump = NONE;
      c->else_seen = true;
      reset_stack(t, c->base, c->np);
      if (c->vt) mark_v128(t, c->base, c->vt, c->npv);
      t->unreachable = false;
    }
    return;
  case WD_OP_END:
    if (t->skip) { t->skip--; return; }
    {
      ctl *c = &t->cs[t->ncs - 1];
      if (c->kind == K_FUNC) { eh_func_end(t); t->ncs--; return; }
      eh_close(t, c);
      bool reached = c->end_reached || c->else_jump != NONE || eh_targets(t, t->ncs - 1);
      bind(t, c->patch, t->ncode);
      if (c->else_jump != NONE) bind(t, c->else_jump, t->ncode);
      eh_resolve(t, t->ncs - 1, t->ncode);
      uint32_t base = c->base, nr = c->nr;
      t->ncs--;
      reset_stack(t, base, nr);
      if (c->vt) mark_v128(t, base, c->vt + c->npv, c->nrv);
      t->unreachable = !reached;
    }
    return;
  default: return;
  }
}

/* ---------------------------------------------------------------- the final pass */

/* Walks one instruction at code[pc]: calls fn on each operand word with its kind; returns the next pc,
 * or 0 if the instruction is malformed (unknown op, runs past n). */
typedef void (*operand_fn)(void *ctx, uint32_t *word, char kind);

static uint32_t walk(uint32_t *code, uint32_t pc, uint32_t n, wd_code_op o, operand_fn fn, void *ctx) {
  if ((unsigned)o >= WD_C__COUNT) return 0;
  const char *l = code_layout[o];
  uint32_t at = pc + WD_CODE_OPW, last_u = 0;
  if (at > n) return 0;
  for (; *l && *l != '*'; l++) {
    uint32_t words = *l == 'q' ? 2 : 1;
    if (at + words > n) return 0;
    if (*l == 'u') last_u = code[at];
    if (fn) fn(ctx, &code[at], *l);
    at += words;
  }
  if (*l == '*') {
    l++;
    size_t per = strlen(l);
    if ((uint64_t)at + (uint64_t)last_u * per > n) return 0;
    for (uint32_t k = 0; k < last_u; k++)
      for (const char *c = l; *c; c++) {
        if (fn) fn(ctx, &code[at], *c);
        at++;
      }
  }
  return at;
}

/* ---------------------------------------------------------------- jump threading */

/* After the body is translated: a jump to a BR goes straight to the BR's target; a BR to the next
 * instruction disappears; a BR to a short run of instructions that ends in an unconditional transfer
 * (BR, BR_TABLE, return, ...) is replaced by a copy of that run (a switch loop's "br to the dispatch
 * head" becomes the head itself). Every copied run ends in a charged jump or a return, so a loop still
 * charges fuel once per iteration. */
#define DUP_MAX_WORDS 48u
#define DUP_MAX_INSTRS 8u

static bool is_terminal(uint32_t o) {
  return o == WD_C_BR || o == WD_C_BR_TABLE || (o >= WD_C_BRT_I32_LOAD && o <= WD_C_BRT_I32_LOAD16_U_X) ||
         o == WD_C_RET0 || o == WD_C_RET1 || o == WD_C_RET1_K || o == WD_C_RETN ||
         o == WD_C_RETURN_CALL || o == WD_C_RETURN_CALL_INDIRECT || o == WD_C_RETURN_CALL_REF ||
         o == WD_C_UNREACHABLE ||
         o == WD_C_THROW || o == WD_C_THROW_REF || o == WD_C_RETHROW;
}

typedef struct jwalk {
  uint32_t *code;
  uint32_t *out;                 /* NULL: only retarget jumps to BRs in place */
  uint32_t at;
  const uint32_t *newpos;
  const uint32_t *len;
  uint32_t n;
} jwalk;

static uint32_t jump_target(const uint32_t *code, uint32_t w) { return (uint32_t)((int32_t)w + (int32_t)code[w]); }

static void thread_operand(void *ctx, uint32_t *w, char kind) {
  jwalk *j = ctx;
  if (kind != 'j') return;
  uint32_t pos = (uint32_t)(w - j->code), target = jump_target(j->code, pos);
  for (int hops = 0; hops < 8 && target < j->n && j->len[target] && j->code[target] == WD_C_BR; hops++) {
    uint32_t next = jump_target(j->code, target + WD_CODE_OPW);
    if (next == target) break;
    target = next;
  }
  *w = (uint32_t)((int32_t)target - (int32_t)pos);
}

static void copy_operand(void *ctx, uint32_t *w, char kind) {
  jwalk *j = ctx;
  if (kind == 'j') {
    uint32_t target = jump_target(j->code, (uint32_t)(w - j->code));
    j->out[j->at] = (uint32_t)((int32_t)j->newpos[target] - (int32_t)j->at);
  } else {
    j->out[j->at] = *w;
  }
  j->at++;
  if (kind == 'q') j->out[j->at++] = w[1];
}

static void copy_instr(jwalk *j, uint32_t pc) {
  for (uint32_t i = 0; i < WD_CODE_OPW; i++) j->out[j->at++] = j->code[pc + i];
  walk(j->code, pc, j->n, (wd_code_op)j->code[pc], copy_operand, j);
}

/* The run a BR at pc would be replaced by: [from, *end), plus (when *tail) a BR to *end: the run stops
 * at its first unconditional transfer or conditional jump. Returns its words, 0 if none qualifies. */
static uint32_t dup_run(const jwalk *j, uint32_t pc, uint32_t *from, uint32_t *end, bool *tail) {
  uint32_t target = jump_target(j->code, pc + WD_CODE_OPW), words = 0;
  *from = target;
  for (uint32_t q = target, count = 0; q < j->n && j->len[q]; q += j->len[q]) {
    words += j->len[q];
    if (++count > DUP_MAX_INSTRS || words > DUP_MAX_WORDS) return 0;
    uint32_t o = j->code[q];
    *tail = !is_terminal(o);
    if (!*tail || strchr(code_layout[o], 'j')) {
      *end = q + j->len[q];
      return words + (*tail ? WD_CODE_OPW + 1 : 0);
    }
  }
  return 0;
}

static void thread_jumps(tr *t) {
  uint32_t n = t->ncode;
  if (!n || t->oom || t->failed) return;
  uint32_t *len = wd_alloc_array(t->al, (size_t)n + 1, sizeof *len);
  uint32_t *newpos = wd_alloc_array(t->al, (size_t)n + 1, sizeof *newpos);
  uint32_t *out = NULL;
  size_t out_cap = 0;
  if (!len || !newpos) goto done;
  for (uint32_t pc = 0; pc < n;) {
    uint32_t next = walk(t->code, pc, n, (wd_code_op)t->code[pc], NULL, NULL);
    if (!next) goto done;
    len[pc] = next - pc;
    pc = next;
  }
  jwalk j = {t->code, NULL, 0, newpos, len, n};
  for (uint32_t pc = 0; pc < n; pc += len[pc]) walk(t->code, pc, n, (wd_code_op)t->code[pc], thread_operand, &j);
  /* New positions: a BR becomes nothing, a copy of its run, or stays. */
  uint64_t total = 0, budget = n;
  uint32_t from, end;
  bool tail;
  for (uint32_t pc = 0; pc < n; pc += len[pc]) {
    newpos[pc] = (uint32_t)total;
    uint32_t l = len[pc];
    if (t->code[pc] == WD_C_BR) {
      uint32_t w;
      if (jump_target(t->code, pc + WD_CODE_OPW) == pc + l) l = 0;
      else if ((w = dup_run(&j, pc, &from, &end, &tail)) && w <= budget) { l = w; budget -= w; }
    }
    total += l;
  }
  newpos[n] = (uint32_t)total;
  if (total == n && budget == n) {
    bool dropped = false;
    for (uint32_t pc = 0; pc < n && !dropped; pc += len[pc]) dropped = newpos[pc] != pc;
    if (!dropped) goto done;
  }
  out_cap = (size_t)total + 1;
  out = wd_alloc(t->al, out_cap * sizeof *out);
  if (!out) goto done;
  j.out = out;
  budget = n;
  for (uint32_t pc = 0; pc < n; pc += len[pc]) {
    if (t->code[pc] == WD_C_BR) {
      uint32_t w;
      if (jump_target(t->code, pc + WD_CODE_OPW) == pc + len[pc]) continue;
      if ((w = dup_run(&j, pc, &from, &end, &tail)) && w <= budget) {
        budget -= w;
        for (uint32_t q = from; q < end; q += len[q]) copy_instr(&j, q);
        if (tail) {                     /* the run's fall-through continues where the original does */
          out[j.at] = WD_C_BR;
          for (uint32_t i = 1; i < WD_CODE_OPW; i++) out[j.at + i] = 0;
          j.at += WD_CODE_OPW;
          out[j.at] = (uint32_t)((int32_t)newpos[end] - (int32_t)j.at);
          j.at++;
        }
        continue;
      }
    }
    copy_instr(&j, pc);
  }
  if (j.at != total) goto done;     /* cannot happen: the two passes agree */
  wd_free(t->al, t->code, (size_t)t->capcode * sizeof *t->code);
  t->code = out;
  t->capcode = (uint32_t)out_cap;
  t->ncode = (uint32_t)total;
  out = NULL;
done:
  if (out) wd_free(t->al, out, out_cap * sizeof *out);
  if (len) wd_free(t->al, len, ((size_t)n + 1) * sizeof *len);
  if (newpos) wd_free(t->al, newpos, ((size_t)n + 1) * sizeof *newpos);
}

/* "MOV t, x; RET1 A, t" (t a temporary: the value of an if arm or block, then the return jump threading
 * copied in): the MOV becomes "RET1 A, x", the same length. The original RET1 stays for any other path
 * that reaches it. */
static void fold_returns(tr *t) {
  if (strlen(code_layout[WD_C_MOV]) != strlen(code_layout[WD_C_RET1])) return;   /* rewritten in place */
  uint32_t prev = NONE;
  for (uint32_t pc = 0; pc < t->ncode;) {
    uint32_t next = walk(t->code, pc, t->ncode, (wd_code_op)t->code[pc], NULL, NULL);
    if (!next) return;
    if (prev != NONE && t->code[pc] == WD_C_RET1 && t->code[prev] == WD_C_MOV && (OPND(prev, 0) & TEMP_TAG) &&
        OPND(pc, 1) == OPND(prev, 0)) {
      t->code[prev] = WD_C_RET1;
      OPND(prev, 0) = OPND(pc, 0);
    }
    prev = pc;
    pc = next;
  }
}

/* ---------------------------------------------------------------- constant operands */

/* An operand that names a constant becomes an immediate (code.h "constant operands"): the instruction
 * keeps its length (a slot word becomes the value's word), so nothing moves. Each row: when the operands
 * in `need` (bits by operand index) all name constants -- below 2^32 if `wide` -- the operands sa and sb
 * are swapped (sa < 0: none) and the op becomes `to`. The first matching row wins. */
typedef struct kform { uint16_t from, to; uint8_t need, wide; int8_t sa, sb; } kform;
#define KF(f, t, need, wide) {WD_C_##f, WD_C_##t, need, wide, -1, -1}
#define KF_SWAP(f, t, need, wide, a, b) {WD_C_##f, WD_C_##t, need, wide, a, b}
/* d = a op k, either operand a constant (commutative ops) or only the second. */
#define KF_COMM(f, wide) KF(f, f##_K, 1u << 2, wide), KF_SWAP(f, f##_K, 1u << 1, wide, 1, 2)
#define KF_BR(f, mirror) KF(f, f##_K, 1u << 1, 0), KF_SWAP(f, mirror##_K, 1u << 0, 0, 0, 1)
static const kform kforms[] = {
    KF(MOV, MOV_K, 1u << 1, 1), KF(RET1, RET1_K, 1u << 1, 1),
    KF_COMM(I32_ADD, 0), KF(I32_SUB, I32_SUB_K, 1u << 2, 0), KF_COMM(I32_MUL, 0), KF_COMM(I32_AND, 0),
    KF_COMM(I32_OR, 0), KF_COMM(I32_XOR, 0), KF(I32_SHL, I32_SHL_K, 1u << 2, 0),
    KF(I32_SHR_S, I32_SHR_S_K, 1u << 2, 0), KF(I32_SHR_U, I32_SHR_U_K, 1u << 2, 0),
    KF_COMM(I32_EQ, 0), KF_COMM(I32_NE, 0),
    KF(I32_LT_U, I32_LT_U_K, 1u << 2, 0), KF_SWAP(I32_LT_U, I32_GT_U_K, 1u << 1, 0, 1, 2),
    KF(I32_GT_U, I32_GT_U_K, 1u << 2, 0), KF_SWAP(I32_GT_U, I32_LT_U_K, 1u << 1, 0, 1, 2),
    KF_COMM(I64_ADD, 1), KF_COMM(I64_AND, 1),
    KF(I32_ADD2, I32_ADD2_KK, (1u << 2) | (1u << 5), 0),
    KF(I32_SHL_ADD, I32_SHL_K_ADD, 1u << 2, 0),
    KF(I32_SHR_U_AND, I32_SHR_U_K_AND_K, (1u << 2) | (1u << 3), 0),
    KF_BR(BR_I32_EQ, BR_I32_EQ), KF_BR(BR_I32_NE, BR_I32_NE),
    KF_BR(BR_I32_LT_S, BR_I32_GT_S), KF_BR(BR_I32_LT_U, BR_I32_GT_U),
    KF_BR(BR_I32_GT_S, BR_I32_LT_S), KF_BR(BR_I32_GT_U, BR_I32_LT_U),
    KF_BR(BR_I32_LE_S, BR_I32_GE_S), KF_BR(BR_I32_LE_U, BR_I32_GE_U),
    KF_BR(BR_I32_GE_S, BR_I32_LE_S), KF_BR(BR_I32_GE_U, BR_I32_LE_U),
    KF(I32_STORE, I32_STORE_K, 1u << 1, 0), KF(I32_STORE8, I32_STORE8_K, 1u << 1, 0),
    KF(I64_STORE, I64_STORE_K, 1u << 1, 1),
    KF(I32_LOAD_X, I32_LOAD_XK, 1u << 2, 0), KF_SWAP(I32_LOAD_X, I32_LOAD_XK, 1u << 1, 0, 1, 2),
    KF(I32_LOAD8_U_X, I32_LOAD8_U_XK, 1u << 2, 0), KF_SWAP(I32_LOAD8_U_X, I32_LOAD8_U_XK, 1u << 1, 0, 1, 2),
};
#undef KF_BR
#undef KF_COMM
#undef KF_SWAP
#undef KF

static inline bool is_const(const tr *t, uint32_t w) {
  return (w & EXN_TAG) == CONST_TAG && (w & SLOT_MASK) < t->nk;
}

static bool kform_fits(const tr *t, const kform *f, const uint32_t *opnd) {
  for (uint32_t i = 0; i < 8; i++) {
    if (!(f->need >> i & 1)) continue;
    uint32_t w = opnd[f->sa >= 0 && (int)i == f->sa ? f->sb : f->sa >= 0 && (int)i == f->sb ? f->sa : (int)i];
    if (!is_const(t, w) || (f->wide && t->kv[w & SLOT_MASK] >> 32)) return false;
  }
  return true;
}

static void mark_const(void *ctx, uint32_t *w, char kind) {
  const tr *t = ((void **)ctx)[0];
  uint8_t *used = ((void **)ctx)[1];
  if ((kind == 'd' || kind == 's' || kind == 'b') && is_const(t, *w)) used[*w & SLOT_MASK] = 1;
}

static void renumber_const(void *ctx, uint32_t *w, char kind) {
  const tr *t = ((void **)ctx)[0];
  const uint32_t *to = ((void **)ctx)[1];
  if ((kind == 'd' || kind == 's' || kind == 'b') && is_const(t, *w)) *w = CONST_TAG | to[*w & SLOT_MASK];
}

/* Rewrites the instructions of the table above, then drops the constants no operand names any more
 * (not with v128 constants: an operand naming a pair's low half reads the high half too). */
static void const_operands(tr *t) {
  /* Row index + 1 of each op's first row, built by the first translation (threads translating at once
   * all write the same values). */
  static _Atomic uint16_t first[WD_C__COUNT];
  static _Atomic bool ready;
  if (!atomic_load_explicit(&ready, memory_order_acquire)) {
    for (uint32_t i = sizeof kforms / sizeof *kforms; i-- > 0;)
      atomic_store_explicit(&first[kforms[i].from], (uint16_t)(i + 1), memory_order_relaxed);
    atomic_store_explicit(&ready, true, memory_order_release);
  }
  if (!t->nk || t->oom || t->failed) return;
  for (uint32_t pc = 0; pc < t->ncode;) {
    wd_code_op o = (wd_code_op)t->code[pc];
    uint32_t next = walk(t->code, pc, t->ncode, o, NULL, NULL);
    if (!next) return;
    uint32_t *opnd = &t->code[pc + WD_CODE_OPW];
    uint32_t row = atomic_load_explicit(&first[o], memory_order_relaxed);
    for (uint32_t i = row ? row - 1u : NONE; i < sizeof kforms / sizeof *kforms && kforms[i].from == o; i++) {
      const kform *f = &kforms[i];
      if (!kform_fits(t, f, opnd)) continue;
      if (f->sa >= 0) {
        uint32_t x = opnd[f->sa];
        opnd[f->sa] = opnd[f->sb];
        opnd[f->sb] = x;
      }
      for (uint32_t k = 0; k < 8; k++)
        if (f->need >> k & 1) opnd[k] = (uint32_t)t->kv[opnd[k] & SLOT_MASK];
      t->code[pc] = f->to;
      break;
    }
    pc = next;
  }
  if (t->nk2) return;
  uint32_t nk = t->nk;
  uint8_t *used = wd_alloc(t->al, nk);
  uint32_t *to = used ? wd_alloc_array(t->al, nk, sizeof *to) : NULL;
  if (to) {
    memset(used, 0, nk);
    void *ctx[2] = {t, used};
    bool whole = true;
    for (uint32_t pc = 0; pc < t->ncode && whole;) {
      pc = walk(t->code, pc, t->ncode, (wd_code_op)t->code[pc], mark_const, ctx);
      whole = pc != 0;
    }
    if (!whole) memset(used, 1, nk);   /* cannot happen (the code was walked already): keep them all */
    uint32_t n = 0;
    for (uint32_t k = 0; k < nk; k++) {
      to[k] = n;
      if (used[k]) t->kv[n++] = t->kv[k];
    }
    if (n < nk) {
      ctx[1] = to;
      for (uint32_t pc = 0; pc < t->ncode;) {
        pc = walk(t->code, pc, t->ncode, (wd_code_op)t->code[pc], renumber_const, ctx);
        if (!pc) break;
      }
      t->nk = n;
    }
  }
  if (used) wd_free(t->al, used, nk);
  if (to) wd_free(t->al, to, (size_t)nk * sizeof *to);
}

typedef struct reloc { uint32_t kbase, tbase, xbase; } reloc;

static void relocate(void *ctx, uint32_t *w, char kind) {
  const reloc *r = ctx;
  if (kind != 'd' && kind != 's' && kind != 'b') return;
  if ((*w & EXN_TAG) == EXN_TAG) *w = r->xbase + (*w & SLOT_MASK);
  else if (*w & TEMP_TAG) *w = r->tbase + (*w & SLOT_MASK);
  else if (*w & CONST_TAG) *w = r->kbase + (*w & SLOT_MASK);
}

static bool finish(tr *t, const wd_code_dispatch_fns *disp, wd_translation *res) {
  if (!t->nehh) thread_jumps(t);   /* handler ranges are code positions: they must not move */
  fold_returns(t);
  const_operands(t);
  uint32_t nl = t->nlocals - t->np;
  /* A legacy try's exception slots sit below the temporaries: a call's frame starts at its first
   * argument's temporary and covers everything above it. */
  uint64_t kbase = (uint64_t)t->A + WD_FRAME_HDR + nl, xbase = kbase + t->nk, tbase = xbase + t->nexn;
  uint64_t frame = tbase + t->maxdepth + 1;
  if (frame >= SLOT_LIMIT) return fail(t, WD_E_TOO_MANY, "function frame too large");
  uint64_t words = (uint64_t)WD_CODE_HDR + 2ull * t->nk + t->ncode;
  if (words * 4 > UINT32_MAX) return fail(t, WD_E_TOO_MANY, "function code too large");
  reloc r = {(uint32_t)kbase, (uint32_t)tbase, (uint32_t)xbase};
  const wd_eh_table *eh = t->nehh ? eh_table(t, (uint32_t)tbase, (uint32_t)xbase) : NULL;
  if (t->failed) return false;
  for (uint32_t pc = 0; pc < t->ncode;) {
    wd_code_op o = (wd_code_op)t->code[pc];
    uint32_t next = walk(t->code, pc, t->ncode, o, relocate, &r);
    if (!next) return fail(t, WD_E_TYPE_MISMATCH, "internal code walk");
    disp->write(o, &t->code[pc]);
    pc = next;
  }
  wd_arena *arena = &t->m->arena;
  size_t bytes = (size_t)words * 4;
  uint32_t *out = wd_arena_alloc(arena, bytes, 8);
  if (!out) {
    if (wd_arena_over_limit(arena, bytes))
      return fail(t, WD_E_LIMIT_ARENA, "translated code");
    return fail(t, WD_E_OUT_OF_MEMORY, "translated code");
  }
  out[WD_CODE_A] = t->A;
  out[WD_CODE_NL] = nl;
  out[WD_CODE_NC] = t->nk;
  out[WD_CODE_NP] = t->np;
  for (uint32_t k = 0; k < t->nk; k++) {
    out[WD_CODE_HDR + 2 * k] = (uint32_t)t->kv[k];
    out[WD_CODE_HDR + 2 * k + 1] = (uint32_t)(t->kv[k] >> 32);
  }
  if (t->ncode) memcpy(out + WD_CODE_HDR + 2 * t->nk, t->code, (size_t)t->ncode * 4);
  res->code = (wd_compiled){(const uint8_t *)out, (uint32_t)bytes, (uint32_t)frame};
  res->nwords = (uint32_t)words;
  res->eh = eh;
  res->offset = t->off;
  return true;
}

/* ---------------------------------------------------------------- entry points */

static void tr_free(tr *t) {
  const wd_allocator *al = t->al;
  if (t->code) wd_free(al, t->code, (size_t)t->capcode * sizeof *t->code);
  if (t->vs) wd_free(al, t->vs, (size_t)t->capvs * sizeof *t->vs);
  if (t->cs) wd_free(al, t->cs, (size_t)t->capcs * sizeof *t->cs);
  if (t->refs) wd_free(al, t->refs, (size_t)t->nlocals * sizeof *t->refs);
  if (t->kv) wd_free(al, t->kv, (size_t)t->capk * sizeof *t->kv);
  if (t->kh) wd_free(al, t->kh, (size_t)t->khcap * sizeof *t->kh);
  if (t->kh2) wd_free(al, t->kh2, (size_t)t->kh2cap * sizeof *t->kh2);
  if (t->tmp) wd_free(al, t->tmp, (size_t)t->captmp * sizeof *t->tmp);
  if (t->lord) wd_free(al, t->lord, ((size_t)t->nlidx + 1) * sizeof *t->lord);
  if (t->ehh) wd_free(al, t->ehh, (size_t)t->capehh * sizeof *t->ehh);
  if (t->ehc) wd_free(al, t->ehc, (size_t)t->capehc * sizeof *t->ehc);
  if (t->ehc_owner) wd_free(al, t->ehc_owner, (size_t)t->capowner * sizeof *t->ehc_owner);
}

bool wd_translate_function(wd_module *m, uint32_t defidx, const wd_code_dispatch_fns *disp, wd_translation *res,
                           wd_error *err) {
  memset(res, 0, sizeof *res);
  if (!m || defidx >= wd_module_ndefined(m))
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no defined function %u", defidx);
  const void *rec = wd_module_record(m, defidx);
  if (m->layout->is_compiled(rec)) return true;
  wd_slice body;
  if (!m->layout->get_body(rec, &body))
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "function %u has no body", defidx);
  uint32_t funcidx = m->nfunc_imports + defidx;
  if (m->func_type[funcidx] >= m->ntypes)
    return wd_fail(err, WD_E_UNKNOWN_TYPE, WD_NO_OFFSET, "function %u: type", funcidx);
  const wd_functype *ft = wd_module_functype(m, funcidx);

  tr t;
  memset(&t, 0, sizeof t);
  t.m = m;
  t.al = m->al;
  t.err = err;
  t.last_pos = t.last_dest = t.prev_pos = NONE;
  t.refs_lo = UINT32_MAX;
  t.np = vslots(ft->types, ft->nparams);     /* slots: a v128 takes two */
  t.nr = vslots(wd_ft_results(ft), ft->nresults);
  t.A = t.np > t.nr ? t.np : t.nr;
  uint32_t base = wd_body_offset(m, defidx);
  t.off = base;

  wd_reader r;
  wd_reader_init(&r, body.ptr, body.len, base);
  wd_reader probe = r;
  uint32_t nl = 0;
  if (!wd_read_locals(&probe, m->features, NULL, &nl, err)) return false;
  uint8_t *ltypes = nl ? wd_alloc(m->al, nl) : NULL;
  if (nl && !ltypes) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "local types");
  uint32_t nl2 = nl;
  bool ok = wd_read_locals(&r, m->features, ltypes, &nl2, err);
  if (ok && nl2 != nl) ok = fail(&t, WD_E_TYPE_MISMATCH, "local declarations");
  /* With a v128 parameter or local, local indices map to slot ordinals through t.lord. */
  uint32_t nls = nl;                            /* declared locals' slots */
  t.nlidx = ft->nparams + nl;
  if (ok && (t.np != ft->nparams || has_v128(ltypes, nl))) {
    if (!(t.lord = wd_alloc_array(m->al, (size_t)t.nlidx + 1, sizeof *t.lord))) {
      ok = wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "translator");
    } else {
      uint32_t ord = 0;
      for (uint32_t i = 0; i < t.nlidx; i++) {
        t.lord[i] = ord;
        ord += wd_type_slots(i < ft->nparams ? ft->types[i] : ltypes[i - ft->nparams]);
      }
      t.lord[t.nlidx] = ord;
      nls = ord - t.np;
    }
  }
  if (ltypes) wd_free(m->al, ltypes, nl);
  if (ok && (uint64_t)t.A + WD_FRAME_HDR + nls >= SLOT_LIMIT) ok = fail(&t, WD_E_TOO_MANY_LOCALS, "frame");
  t.nlocals = t.np + nls;
  if (ok && t.nlocals && !(t.refs = wd_alloc_array(m->al, t.nlocals, sizeof *t.refs)))
    ok = wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "translator");
  if (!ok) {
    tr_free(&t);
    return false;
  }
  push_ctl(&t, K_FUNC, 0, t.nr);

  wd_instr ins;
  while (!t.failed && !t.oom && t.ncs > 0) {
    if (wd_reader_done(&r)) { fail(&t, WD_E_END_EXPECTED, "body ends without its final end"); break; }
    if (!wd_read_instr(&r, m->features, &ins, err)) { t.failed = true; break; }
    t.off = ins.offset;
    if (t.unreachable) skip_step(&t, &ins);
    else step(&t, &ins, r.end);
    if (t.nvs >= SLOT_LIMIT || t.ncode >= SLOT_LIMIT) fail(&t, WD_E_TOO_MANY, "function too large");
  }
  if (t.oom && !t.failed) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, t.off, "translating function %u", funcidx);
    t.failed = true;
  }
  ok = !t.failed && finish(&t, disp, res);
  tr_free(&t);
  return ok;
}

/* ---------------------------------------------------------------- disassembler */

typedef struct dis {
  FILE *out;
  uint32_t np, A, nl, nk;
  const uint32_t *code;          /* for jump targets */
  uint32_t pc0;                  /* first instruction word */
  bool first;
  uint32_t nopnd, shown;         /* operands printed of this instruction / to print (V_*: not op, f) */
} dis;

static void print_operand(void *ctx, uint32_t *w, char kind) {
  dis *d = ctx;
  if (d->nopnd++ >= d->shown) return;
  const char *sep = d->first ? " " : ", ";
  d->first = false;
  uint32_t v = *w;
  switch (kind) {
  case 'd': case 's': case 'b':
    if (v < d->np) fprintf(d->out, "%sl%u", sep, v);
    else if (v < d->A) fprintf(d->out, "%sr%u", sep, v);
    else if (v < d->A + WD_FRAME_HDR) fprintf(d->out, "%shdr%u", sep, v - d->A);
    else if (v < d->A + WD_FRAME_HDR + d->nl) fprintf(d->out, "%sl%u", sep, v - d->A - WD_FRAME_HDR + d->np);
    else if (v < d->A + WD_FRAME_HDR + d->nl + d->nk) fprintf(d->out, "%sk%u", sep, v - d->A - WD_FRAME_HDR - d->nl);
    else fprintf(d->out, "%st%u", sep, v - d->A - WD_FRAME_HDR - d->nl - d->nk);
    break;
  case 'j': {
    int64_t target = (int64_t)(w - d->code) + (int32_t)v - d->pc0;
    fprintf(d->out, "%s@%lld", sep, (long long)target);
    break;
  }
  default:
    fprintf(d->out, "%s%u", sep, v);
    break;
  }
}

bool wd_disasm_code(const wd_module *m, uint32_t defidx, int (*op_at)(const uint32_t *field), FILE *out) {
  if (!m || !out || defidx >= wd_module_ndefined(m)) return false;
  wd_compiled c;
  if (!m->layout->get_code(wd_module_record(m, defidx), &c)) return false;
  const uint32_t *code = (const uint32_t *)c.code;
  uint32_t n = c.code_len / 4;
  if (n < WD_CODE_HDR) return false;
  dis d = {out, code[WD_CODE_NP], code[WD_CODE_A], code[WD_CODE_NL], code[WD_CODE_NC], code, 0, true, 0, 0};
  uint64_t pc0 = WD_CODE_HDR + 2ull * d.nk;
  if (pc0 > n) return false;
  d.pc0 = (uint32_t)pc0;
  uint32_t temps = c.frame_slots - (d.A + WD_FRAME_HDR + d.nl + d.nk);
  fprintf(out, "func %u: %u words, frame %u slots (args/results %u, locals %u, constants %u, temps %u)\n",
          m->nfunc_imports + defidx, n, c.frame_slots, d.A, d.nl, d.nk, temps);
  for (uint32_t k = 0; k < d.nk; k++) {
    uint64_t v = code[WD_CODE_HDR + 2 * k] | (uint64_t)code[WD_CODE_HDR + 2 * k + 1] << 32;
    fprintf(out, "  k%u = 0x%llx\n", k, (unsigned long long)v);
  }
  /* The walker writes nothing when printing, but takes a mutable pointer: work on a copy-free cast. */
  uint32_t *mcode = (uint32_t *)(uintptr_t)code;
  for (uint32_t pc = d.pc0; pc < n;) {
    int o = pc + WD_CODE_OPW <= n ? op_at(&code[pc]) : -1;
    if (o < 0) { fprintf(out, "  %5u: ??? 0x%08x\n", pc - d.pc0, code[pc]); return false; }
    char name[48];
    size_t i = 0;
    for (const char *s = code_name[o]; *s && i + 1 < sizeof name; s++, i++)
      name[i] = (char)(*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s);
    name[i] = '\0';
    d.first = true;
    d.nopnd = 0;
    d.shown = UINT32_MAX;
    /* A V_* instruction is listed as its wasm instruction: its operands up to (not with) op and f. */
    size_t ll = strlen(code_layout[o]);
    if (ll >= 2 && code_layout[o][ll - 1] == 'q' && code_layout[o][ll - 2] == 'u' &&
        pc + WD_CODE_OPW + ll - 2 < n) {
      uint32_t wop = code[pc + WD_CODE_OPW + ll - 2];
      if (wop < WD_OP__COUNT && wd_opinfo_table[wop].prefix == 0xFD) {
        snprintf(name, sizeof name, "%s", wd_opinfo_table[wop].text);
        d.shown = (uint32_t)ll - 2;
      }
    }
    fprintf(out, "  %5u: %s", pc - d.pc0, name);
    uint32_t next = walk(mcode, pc, n, (wd_code_op)o, print_operand, &d);
    fputc('\n', out);
    if (!next) return false;
    pc = next;
  }
  return !ferror(out);
}
