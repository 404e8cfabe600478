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
 * temporaries, packs slot pairs below 2^16 into one word where a packed form exists (code.h
 * WD_CODE_PACKED; the code moves, jumps follow), and writes the dispatch fields.
 * The code depends only on the module and the body (never on the layout), is stored in the module arena
 * and recorded through the layout.
 * Exceptions: try blocks become handler tables (translate_ext.c, with the other extension families:
 * typed function references, SIMD, atomics; eh.c runs them). The translator state and the emission
 * helpers are translate_emit.h's; step() handles control and hands the rest to data_step/numeric_step.
 * v128 values take two slots: on the virtual stack a v128 is two entries (low half, then the high half,
 * marked `hi`); locals and block/call values are counted in slots. SIMD instructions become V_* calls of
 * the simd.h function of the opcode (code.h); v128.const is a pair of consecutive constants.
 * Promotion's other steps (the mode's validation, recording the code through the layout, the address
 * index) are promote.c's, which calls this file and hands it the interpreter's dispatch (code.h
 * wd_code_dispatch_fns: the handlers' addresses, exec.c's).
 * May touch: module.h (readers, arena), runtime.h (validate), code.h, translate_emit.h, translate_ext.h.
 */
#include "translate_emit.h"
#include "translate_ext.h"

static void data_step(tr *t, const wd_instr *ins);
static void numeric_step(tr *t, const wd_instr *ins);

/* One instruction: the extension families (SIMD, atomics, exceptions), control (blocks, branches, calls),
 * then data_step and numeric_step. */
static void step(tr *t, const wd_instr *ins, const uint8_t *end) {
  wd_module *m = t->m;
  uint16_t o = ins->op;
  const wd_opinfo *info = &wd_opinfo_table[o];
  if (info->prefix == 0xFD) { wd_tr_simd_step(t, ins); return; }
  if (info->prefix == 0xFE) { wd_tr_atomic_step(t, ins); return; }
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
      wd_tr_eh_func_end(t);
      t->ncs--;
      return;
    }
    wd_tr_eh_close(t, c);
    settle_results(t, c);
    bind(t, c->patch, t->ncode);
    if (c->else_jump != NONE) bind(t, c->else_jump, t->ncode);
    wd_tr_eh_resolve(t, t->ncs - 1, t->ncode);
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
    wd_tr_eh_step(t, ins, end);
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
    uint32_t argbase = take_args(t, vslots(ft->types, ft->nparams));   /* slots: a v128 takes two */
    op(t, o == WD_OP_CALL ? WD_C_CALL : WD_C_RETURN_CALL);
    emit(t, ins->imm.idx);
    emit(t, argbase);
    call_end(t, ft, o == WD_OP_RETURN_CALL);
    return;
  }
  case WD_OP_CALL_INDIRECT:
  case WD_OP_RETURN_CALL_INDIRECT: {
    const wd_functype *ft = type_at(t, ins->imm.idx2.a);
    if (!ft) return;
    if (ins->imm.idx2.b >= m->ntables) { fail(t, WD_E_UNKNOWN_TABLE, "table index"); return; }
    uint32_t idx = pop(t);   /* above the arguments: their moves cannot reach it */
    uint32_t argbase = take_args(t, vslots(ft->types, ft->nparams));
    op(t, o == WD_OP_CALL_INDIRECT ? WD_C_CALL_INDIRECT : WD_C_RETURN_CALL_INDIRECT);
    emit(t, ins->imm.idx2.a);
    emit(t, table_word(t, ins->imm.idx2.b));
    emit(t, idx);
    emit(t, argbase);
    call_end(t, ft, o == WD_OP_RETURN_CALL_INDIRECT);
    return;
  }
  default: break;
  }
  data_step(t, ins);
}

/* Parametric, variable, table and bulk-memory instructions; the rest goes to numeric_step. */
static void data_step(tr *t, const wd_instr *ins) {
  wd_module *m = t->m;
  uint16_t o = ins->op;
  switch (o) {
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
  default: break;
  }
  numeric_step(t, ins);
}

/* Numeric, constant and reference instructions, and every instruction of a fixed typing (opcodes.def SIG):
 * a same-named internal instruction (loads and stores through memarg_offset/mem_address). */
static void numeric_step(tr *t, const wd_instr *ins) {
  wd_module *m = t->m;
  uint16_t o = ins->op;
  const wd_opinfo *info = &wd_opinfo_table[o];
  switch (o) {
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
    wd_tr_tref_step(t, ins);
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
    if (!t->skip) wd_tr_eh_step(t, ins, NULL);
    return;
  case WD_OP_DELEGATE:
    if (t->skip) { t->skip--; return; }
    wd_tr_eh_step(t, ins, NULL);
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
      if (c->kind == K_FUNC) { wd_tr_eh_func_end(t); t->ncs--; return; }
      wd_tr_eh_close(t, c);
      bool reached = c->end_reached || c->else_jump != NONE || wd_tr_eh_targets(t, t->ncs - 1);
      bind(t, c->patch, t->ncode);
      if (c->else_jump != NONE) bind(t, c->else_jump, t->ncode);
      wd_tr_eh_resolve(t, t->ncs - 1, t->ncode);
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
 * in `need` (bits by operand index once sa and sb are swapped) all name constants -- below 2^32 if
 * `wide` -- the operands sa and sb are swapped (sa < 0: none) and the op becomes `to`. The first matching
 * row wins. */
typedef struct kform { uint16_t from, to; uint8_t need, wide; int8_t sa, sb; } kform;
#define KF(f, t, need, wide) {WD_C_##f, WD_C_##t, need, wide, -1, -1}
#define KF_SWAP(f, t, need, wide, a, b) {WD_C_##f, WD_C_##t, need, wide, a, b}
/* d = a op k, either operand a constant (commutative ops) or only the second. */
#define KF_COMM(f, wide) KF(f, f##_K, 1u << 2, wide), KF_SWAP(f, f##_K, 1u << 2, wide, 1, 2)
#define KF_BR(f, mirror) KF(f, f##_K, 1u << 1, 0), KF_SWAP(f, mirror##_K, 1u << 1, 0, 0, 1)
static const kform kforms[] = {
    KF(MOV, MOV_K, 1u << 1, 1), KF(RET1, RET1_K, 1u << 1, 1),
    KF_COMM(I32_ADD, 0), KF(I32_SUB, I32_SUB_K, 1u << 2, 0), KF_COMM(I32_MUL, 0), KF_COMM(I32_AND, 0),
    KF_COMM(I32_OR, 0), KF_COMM(I32_XOR, 0), KF(I32_SHL, I32_SHL_K, 1u << 2, 0),
    KF(I32_SHR_S, I32_SHR_S_K, 1u << 2, 0), KF(I32_SHR_U, I32_SHR_U_K, 1u << 2, 0),
    KF_COMM(I32_EQ, 0), KF_COMM(I32_NE, 0),
    KF(I32_LT_U, I32_LT_U_K, 1u << 2, 0), KF_SWAP(I32_LT_U, I32_GT_U_K, 1u << 2, 0, 1, 2),
    KF(I32_GT_U, I32_GT_U_K, 1u << 2, 0), KF_SWAP(I32_GT_U, I32_LT_U_K, 1u << 2, 0, 1, 2),
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
    KF(I32_LOAD_X, I32_LOAD_XK, 1u << 2, 0), KF_SWAP(I32_LOAD_X, I32_LOAD_XK, 1u << 2, 0, 1, 2),
    KF(I32_LOAD8_U_X, I32_LOAD8_U_XK, 1u << 2, 0), KF_SWAP(I32_LOAD8_U_X, I32_LOAD8_U_XK, 1u << 2, 0, 1, 2),
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

/* ---------------------------------------------------------------- packed operands */

/* Once the slots are placed: an instruction of code.h's WD_CODE_PACKED list whose operand pairs all fit
 * 16 bits becomes its NAME_P form, one word shorter per pair ('p', 'k', 'c': two 16-bit halves in memory
 * order); every jump is moved to its target's new position (as jump threading does). Without memory for
 * the position table the code stays as it is. */
static const uint16_t packed_form[WD_C__COUNT] = {
#define PF_(X, name, layout) [WD_C_##name] = WD_C_##name##_P,
    WD_CODE_PACKED(PF_, _)
#undef PF_
};

/* Whether the operand words w[0], w[1] fit one packed word of kind l (code.h 'p', 'k', 'c'). */
static bool pair_fits(char l, const uint32_t *w) {
  if (l == 'k') return w[0] <= 0xFFFFu && (uint32_t)(int32_t)(int16_t)(uint16_t)w[1] == w[1];
  return w[0] <= 0xFFFFu && w[1] <= 0xFFFFu;
}

/* Words saved if the instruction at pc takes its packed form, else 0. */
static uint32_t packed_saves(const uint32_t *code, uint32_t pc) {
  uint32_t to = packed_form[code[pc]], saved = 0;
  if (!to) return 0;
  const uint32_t *w = &code[pc + WD_CODE_OPW];
  for (const char *l = code_layout[to]; *l; l++, w++) {
    if (*l == 'q' || *l == '*') return 0;   /* not in packed forms: their words are copied one by one */
    if (*l != 'p' && *l != 'k' && *l != 'c') continue;
    if (!pair_fits(*l, w)) return 0;
    w++;
    saved++;
  }
  return saved;
}

static void pack_operands(tr *t) {
  uint32_t n = t->ncode;
  if (!n || t->oom || t->failed) return;
  uint32_t *len = wd_alloc_array(t->al, (size_t)n + 1, sizeof *len);
  uint32_t *newpos = wd_alloc_array(t->al, (size_t)n + 1, sizeof *newpos);
  uint32_t *out = NULL;
  size_t out_cap = 0;
  uint64_t total = 0;
  if (!len || !newpos) goto done;
  for (uint32_t pc = 0; pc < n;) {
    uint32_t next = walk(t->code, pc, n, (wd_code_op)t->code[pc], NULL, NULL);
    if (!next) goto done;
    len[pc] = next - pc;
    newpos[pc] = (uint32_t)total;
    total += len[pc] - packed_saves(t->code, pc);
    pc = next;
  }
  newpos[n] = (uint32_t)total;
  if (total == n) goto done;
  out_cap = (size_t)total + 1;
  out = wd_alloc(t->al, out_cap * sizeof *out);
  if (!out) goto done;
  jwalk j = {t->code, out, 0, newpos, len, n};
  for (uint32_t pc = 0; pc < n; pc += len[pc]) {
    if (!packed_saves(t->code, pc)) { copy_instr(&j, pc); continue; }
    uint32_t to = packed_form[t->code[pc]];
    out[j.at++] = to;
    for (uint32_t i = 1; i < WD_CODE_OPW; i++) out[j.at++] = 0;
    const uint32_t *w = &t->code[pc + WD_CODE_OPW];
    for (const char *l = code_layout[to]; *l; l++, w++) {
      if (*l == 'p' || *l == 'k' || *l == 'c') {
        uint16_t half[2] = {(uint16_t)w[0], (uint16_t)w[1]};
        memcpy(&out[j.at++], half, sizeof half);
        w++;
      } else if (*l == 'j') {
        uint32_t target = jump_target(t->code, (uint32_t)(w - t->code));
        out[j.at] = (uint32_t)((int32_t)newpos[target] - (int32_t)j.at);
        j.at++;
      } else {
        out[j.at++] = *w;
      }
    }
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
  const wd_eh_table *eh = t->nehh ? wd_tr_eh_table(t, (uint32_t)tbase, (uint32_t)xbase) : NULL;
  if (t->failed) return false;
  for (uint32_t pc = 0; pc < t->ncode;) {
    uint32_t next = walk(t->code, pc, t->ncode, (wd_code_op)t->code[pc], relocate, &r);
    if (!next) return fail(t, WD_E_TYPE_MISMATCH, "internal code walk");
    pc = next;
  }
  if (!t->nehh) pack_operands(t);   /* handler ranges are code positions: they must not move */
  words = (uint64_t)WD_CODE_HDR + 2ull * t->nk + t->ncode;
  for (uint32_t pc = 0; pc < t->ncode;) {
    wd_code_op o = (wd_code_op)t->code[pc];
    uint32_t next = walk(t->code, pc, t->ncode, o, NULL, NULL);
    if (!next) return fail(t, WD_E_TYPE_MISMATCH, "internal code walk");
    disp->write(o, &t->code[pc]);
    pc = next;
  }
  wd_arena *arena = t->arena;
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

bool wd_translate_function(wd_module *m, uint32_t defidx, const wd_code_dispatch_fns *disp, wd_arena *arena,
                           wd_translation *res, wd_error *err) {
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
  t.arena = arena ? arena : &m->arena;
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

static void print_slot(const dis *d, const char *sep, uint32_t v) {
  if (v < d->np) fprintf(d->out, "%sl%u", sep, v);
  else if (v < d->A) fprintf(d->out, "%sr%u", sep, v);
  else if (v < d->A + WD_FRAME_HDR) fprintf(d->out, "%shdr%u", sep, v - d->A);
  else if (v < d->A + WD_FRAME_HDR + d->nl) fprintf(d->out, "%sl%u", sep, v - d->A - WD_FRAME_HDR + d->np);
  else if (v < d->A + WD_FRAME_HDR + d->nl + d->nk) fprintf(d->out, "%sk%u", sep, v - d->A - WD_FRAME_HDR - d->nl);
  else fprintf(d->out, "%st%u", sep, v - d->A - WD_FRAME_HDR - d->nl - d->nk);
}

static void print_operand(void *ctx, uint32_t *w, char kind) {
  dis *d = ctx;
  if (d->nopnd++ >= d->shown) return;
  const char *sep = d->first ? " " : ", ";
  d->first = false;
  uint32_t v = *w;
  switch (kind) {
  case 'd': case 's': case 'b':
    print_slot(d, sep, v);
    break;
  case 'p': case 'k': case 'c': {
    uint16_t half[2];
    memcpy(half, w, sizeof half);
    if (kind == 'c') fprintf(d->out, "%s%u", sep, half[0]);
    else print_slot(d, sep, half[0]);
    if (kind == 'k') fprintf(d->out, ", %u", (uint32_t)(int32_t)(int16_t)half[1]);
    else print_slot(d, ", ", half[1]);
    break;
  }
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
