/* translate_ext.c — translation of the extension families: typed function references (call_ref,
 * ref.as_non_null, br_on_null/br_on_non_null), SIMD (0xFD: v128.const pairs, V_* calls of simd.h
 * functions), atomics (0xFE) and exception handling (try/try_table/catch/throw become handler tables
 * that eh.c runs). translate.c's step() and skip_step() call in here; this file calls only the helpers
 * of translate_emit.h, never back into translate.c.
 * May touch: translate_emit.h (and through it module.h, runtime.h, code.h, simd.h).
 */
#include "translate_ext.h"


/* ---------------------------------------------------------------- typed function references */

/* call_ref/return_call_ref (the reference above the arguments, as call_indirect's index),
 * ref.as_non_null (a check; the value stays where it is), br_on_null/br_on_non_null (a branch on the
 * reference's slot, taken like br_if's). */
void wd_tr_tref_step(tr *t, const wd_instr *ins) {
  uint16_t o = ins->op;
  if (o == WD_OP_CALL_REF || o == WD_OP_RETURN_CALL_REF) {
    const wd_functype *ft = type_at(t, ins->imm.idx);
    if (!ft) return;
    uint32_t f = pop(t);
    uint32_t argbase = take_args(t, vslots(ft->types, ft->nparams));
    op(t, o == WD_OP_CALL_REF ? WD_C_CALL_REF : WD_C_RETURN_CALL_REF);
    emit(t, f);
    emit(t, argbase);
    call_end(t, ft, o == WD_OP_RETURN_CALL_REF);
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
void wd_tr_simd_step(tr *t, const wd_instr *ins) {
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
void wd_tr_atomic_step(tr *t, const wd_instr *ins) {
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
void wd_tr_eh_resolve(tr *t, uint32_t i, uint32_t pos) {
  for (uint32_t k = 0; k < t->nehc; k++)
    if (t->ehc[k].target == (EH_PENDING | i)) t->ehc[k].target = pos;
}
bool wd_tr_eh_targets(const tr *t, uint32_t i) {
  for (uint32_t k = 0; k < t->nehc; k++)
    if (t->ehc[k].target == (EH_PENDING | i)) return true;
  return false;
}

/* The function's final end: a return pad for clauses that land on the function's label (their values in
 * the home slots of depth 0...). */
void wd_tr_eh_func_end(tr *t) {
  if (!t->func_end_target) return;
  uint32_t pos = t->ncode;
  reset_stack(t, 0, t->nr);
  emit_return(t);
  for (uint32_t k = 0; k < t->nehc; k++)
    if (t->ehc[k].target == EH_FUNC_END) t->ehc[k].target = pos;
}

/* A try block's body ends here (first catch, delegate, or end): its handler is appended. */
void wd_tr_eh_close(tr *t, ctl *c) {
  if (c->eh == EH_TRY_TABLE) {
    wd_eh_handler h = {c->try_lo, t->ncode, t->ncs - 1, WD_EH_CATCHES, 0, 0, 0, 0};
    uint32_t hi = eh_add_handler(t, h);
    for (uint32_t k = c->tt_first; k < c->tt_first + c->tt_n && hi != NONE; k++) t->ehc_owner[k] = hi;
  } else if (c->eh == EH_CATCHING) {
    t->legacy_open--;
  }
  c->eh = EH_NONE;
}

void wd_tr_eh_step(tr *t, const wd_instr *ins, const uint8_t *end) {
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
    reached = reached || c->end_reached || wd_tr_eh_targets(t, t->ncs - 1);
    bind(t, c->patch, t->ncode);
    wd_tr_eh_resolve(t, t->ncs - 1, t->ncode);
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
    if (t->nvs + 1 > t->maxdepth) t->maxdepth = t->nvs + 1;
    uint32_t argbase = take_args(t, ps);
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
const wd_eh_table *wd_tr_eh_table(tr *t, uint32_t tbase, uint32_t xbase) {
  uint32_t nh = 0, nc = 0;
  nh = t->nehh;
  for (uint32_t k = 0; k < t->nehc; k++) if (t->ehc_owner[k] != NONE) nc++;
  wd_arena *a = t->arena;
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
