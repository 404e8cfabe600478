/* wat_expr.c — the text reader's instructions: the opcode table from opcodes.def, mnemonics and their
 * immediates, labels and block types, plain and folded instructions, blocks (try_table's catch clauses),
 * and whole expressions (function bodies, offsets, constant expressions) into the binary format.
 * May use wat_expr.h, wat_parse.h (warden.h, arena.h, wat_lex.h, opcodes.def); nothing of decode and later stages.
 */
#include "wat_expr.h"

#define OP(name, prefix, code, imm, sig, memsz, mn) _Static_assert(sizeof(mn) <= WAT_MNEMONIC_MAX, mn);
#define TEXT_OP(name, prefix, code, imm, memsz, mn) _Static_assert(sizeof(mn) <= WAT_MNEMONIC_MAX, mn);
#include "opcodes.def"
#undef TEXT_OP
#undef OP

const opinfo wat_ops[] = {
#define OP(name, prefix, code, imm, sig, memsz, mn) {code, prefix, imm, memsz, mn},
#define TEXT_OP(name, prefix, code, imm, memsz, mn) {code, prefix, imm, memsz, mn},
#include "opcodes.def"
#undef TEXT_OP
#undef OP
};
const size_t wat_nops = sizeof wat_ops / sizeof wat_ops[0];

/* ---------------------------------------------------------------- instructions */

static int find_op(P *p, const wat_tok *t) {
  uint32_t v;
  return wat_name_find(p, ttext(p, t), t->len, NS_OP, 0, &v) ? (int)v : -1;
}

static void emit_opcode(P *p, wbuf *b, const opinfo *o) {
  if (o->prefix) { put8(p, b, (uint8_t)o->prefix); wat_putu(p, b, o->code); }
  else put8(p, b, (uint8_t)o->code);
}

static uint32_t label_idx(P *p) {
  const wat_tok *t = cur(p);
  if (t->kind == WT_ID) {
    idname id = wat_id_of(p, t);
    for (size_t i = p->nlabels; i-- > 0;) {
      label *l = &p->labels[i];
      if (l->len && l->len == id.len && !memcmp(l->s, id.s, id.len)) {
        p->pos++;
        return (uint32_t)(p->nlabels - 1 - i);
      }
    }
    FAIL(WD_E_TEXT_UNKNOWN_NAME, "unknown label %.*s", (int)(t->len > 60 ? 60 : t->len), ttext(p, t));
  }
  if (!wat_is_num(p, p->pos)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a label");
  return read_u32(p);
}

void wat_push_label(P *p, const wat_tok *name) {
  GROW(p->labels, p->labels_cap, p->nlabels, 1);
  if (!name) { p->labels[p->nlabels++] = (label){NULL, 0}; return; }
  idname id = wat_id_of(p, name);
  p->labels[p->nlabels++] = (label){id.s, id.len};
}

/* An optional label name after block/loop/if/else/end; checks it matches the open block's. */
static void check_end_label(P *p) {
  if (!at_kind(p, WT_ID)) return;
  const wat_tok *t = cur(p);
  const label *l = &p->labels[p->nlabels - 1];
  idname id = wat_id_of(p, t);
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
    wat_expect(p, WT_RPAR);
    sig s;
    wat_read_sig(p, &s, false, false);
    if (p->sig.n || s.nparams || s.nresults) {
      const wtype *t = idx < p->ntypes ? &p->types[idx] : NULL;
      if (!t || !wat_sig_equals(p, &s, t)) wat_fail_at(p, at, WD_E_TEXT_INLINE_TYPE, "the inline signature differs from the type");
    }
    wat_puts_(p, b, idx);
    return;
  }
  sig s;
  wat_read_sig(p, &s, false, false);
  if (s.nparams == 0 && s.nresults == 0) put8(p, b, 0x40);
  else if (s.nparams == 0 && s.nresults == 1) wat_put(p, b, p->sig.p, p->sig.n);
  else wat_puts_(p, b, wat_implicit_type(p, &s));
}

static void memarg(P *p, wbuf *b, const opinfo *o, bool lane) {
  uint32_t mem = 0;
  /* an optional memory index; for lane instructions a lone number is the lane */
  if (at_kind(p, WT_ID) || (wat_is_num(p, p->pos) && (!lane || wat_is_num(p, p->pos + 1) ||
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
    wat_putu(p, b, align_log | 0x40);
    wat_putu(p, b, mem);
  } else {
    wat_putu(p, b, align_log);
  }
  wat_putu(p, b, offset);
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
      if (shapes[s].kind == 'i') v = wat_read_int(p, (unsigned)shapes[s].bits);
      else {
        bool ok;
        if (shapes[s].bits == 32) { uint32_t f; ok = wat_f32(ttext(p, t), t->len, &f); v = f; }
        else ok = wat_f64(ttext(p, t), t->len, &v);
        if (!ok) FAIL(wat_num_error(p, t), "f%d lane: %.*s", shapes[s].bits, (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
        p->pos++;
      }
      wat_put_le(p, b, v, shapes[s].bits / 8);
    }
    return;
  }
  FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a v128 shape (i8x16 ... f64x2)");
}

void wat_instrs(P *p, wbuf *b);
static void folded(P *p, wbuf *b);

/* A reference type written for a cast: its heap type is appended to b; returns whether it is nullable. */
static bool ref_heap(P *p, wbuf *b) {
  uint8_t c;
  if (wat_find_ref_abbrev(p, &c)) {
    p->pos++;
    put8(p, b, c);
    return true;
  }
  if (!at_open(p, "ref")) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a reference type");
  p->pos += 2;
  bool null = false;
  if (at_kw(p, "null")) { null = true; p->pos++; }
  wat_heap_type(p, b);
  wat_expect(p, WT_RPAR);
  return null;
}

/* The immediates of a plain instruction (its opcode already emitted). */
static void immediates(P *p, wbuf *b, const opinfo *o) {
  switch (o->imm) {
  case IMM_NONE: break;
  case IMM_LABEL: wat_putu(p, b, label_idx(p)); break;
  case IMM_BR_TABLE: {
    uint32_t n = 0;
    size_t save = p->stash.n;
    while (at_idx(p)) { wat_putu(p, &p->stash, label_idx(p)); n++; }
    if (!n) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "br_table needs a label");
    wat_putu(p, b, n - 1);
    wat_put(p, b, p->stash.p + save, p->stash.n - save);
    p->stash.n = save;
    break;
  }
  case IMM_FUNC: wat_putu(p, b, read_idx(p, NS_FUNC)); break;
  case IMM_CALL_INDIRECT: {
    uint32_t table = at_idx(p) ? read_idx(p, NS_TABLE) : 0;
    uint32_t type = wat_type_use(p, false, false, NULL);
    wat_putu(p, b, type);
    wat_putu(p, b, table);
    break;
  }
  case IMM_LOCAL: wat_putu(p, b, wat_read_idx_in(p, NS_LOCAL, p->scope)); break;
  case IMM_GLOBAL: wat_putu(p, b, read_idx(p, NS_GLOBAL)); break;
  case IMM_TABLE: wat_putu(p, b, at_idx(p) ? read_idx(p, NS_TABLE) : 0); break;
  case IMM_MEMARG: memarg(p, b, o, false); break;
  case IMM_MEM: wat_putu(p, b, at_idx(p) ? read_idx(p, NS_MEM) : 0); break;
  case IMM_MEM_MEM: {
    uint32_t d = 0, s = 0;
    if (at_idx(p)) { d = read_idx(p, NS_MEM); s = read_idx(p, NS_MEM); }
    wat_putu(p, b, d);
    wat_putu(p, b, s);
    break;
  }
  case IMM_I32: wat_puts_(p, b, (int32_t)(uint32_t)wat_read_int(p, 32)); break;
  case IMM_I64: wat_puts_(p, b, (int64_t)wat_read_int(p, 64)); break;
  case IMM_F32: case IMM_F64: {
    const wat_tok *t = cur(p);
    if (t->kind != WT_ATOM) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected a number");
    uint64_t v;
    bool ok;
    if (o->imm == IMM_F32) { uint32_t f; ok = wat_f32(ttext(p, t), t->len, &f); v = f; }
    else ok = wat_f64(ttext(p, t), t->len, &v);
    if (!ok) FAIL(wat_num_error(p, t), "%.*s", (int)(t->len > 40 ? 40 : t->len), ttext(p, t));
    p->pos++;
    wat_put_le(p, b, v, o->imm == IMM_F32 ? 4 : 8);
    break;
  }
  case IMM_V128: v128_const(p, b); break;
  case IMM_SHUFFLE:
    for (int i = 0; i < 16; i++) put8(p, b, (uint8_t)wat_read_uint(p, 8));
    break;
  case IMM_LANE: put8(p, b, (uint8_t)wat_read_uint(p, 8)); break;
  case IMM_MEMARG_LANE:
    memarg(p, b, o, true);
    put8(p, b, (uint8_t)wat_read_uint(p, 8));
    break;
  case IMM_SELECT_T: break;                         /* handled by the caller */
  case IMM_REFTYPE: wat_heap_type(p, b); break;
  case IMM_TABLE_TABLE: {
    uint32_t d = 0, s = 0;
    if (at_idx(p)) { d = read_idx(p, NS_TABLE); s = read_idx(p, NS_TABLE); }
    wat_putu(p, b, d);
    wat_putu(p, b, s);
    break;
  }
  case IMM_ELEM_TABLE: {
    uint32_t t = 0, e;
    if (at_idx(p) && (tk(p, p->pos + 1)->kind == WT_ID || wat_is_num(p, p->pos + 1))) {
      t = read_idx(p, NS_TABLE);
      e = read_idx(p, NS_ELEM);
    } else {
      e = read_idx(p, NS_ELEM);
    }
    wat_putu(p, b, e);
    wat_putu(p, b, t);
    break;
  }
  case IMM_ELEM: wat_putu(p, b, read_idx(p, NS_ELEM)); break;
  case IMM_DATA_MEM: {
    uint32_t m = 0, d;
    if (at_idx(p) && (tk(p, p->pos + 1)->kind == WT_ID || wat_is_num(p, p->pos + 1))) {
      m = read_idx(p, NS_MEM);
      d = read_idx(p, NS_DATA);
    } else {
      d = read_idx(p, NS_DATA);
    }
    wat_putu(p, b, d);
    wat_putu(p, b, m);
    p->need_datacount = true;
    break;
  }
  case IMM_DATA:
    wat_putu(p, b, read_idx(p, NS_DATA));
    p->need_datacount = true;
    break;
  case IMM_TYPE: wat_putu(p, b, read_idx(p, NS_TYPE)); break;
  case IMM_TYPE_FIELD: {
    uint32_t t = read_idx(p, NS_TYPE);
    wat_putu(p, b, t);
    wat_putu(p, b, wat_read_idx_in(p, NS_FIELD, t + 1));
    break;
  }
  case IMM_TYPE_U32: wat_putu(p, b, read_idx(p, NS_TYPE)); wat_putu(p, b, read_u32(p)); break;
  case IMM_TYPE_DATA: wat_putu(p, b, read_idx(p, NS_TYPE)); wat_putu(p, b, read_idx(p, NS_DATA)); break;
  case IMM_TYPE_ELEM: wat_putu(p, b, read_idx(p, NS_TYPE)); wat_putu(p, b, read_idx(p, NS_ELEM)); break;
  case IMM_TYPE_TYPE: wat_putu(p, b, read_idx(p, NS_TYPE)); wat_putu(p, b, read_idx(p, NS_TYPE)); break;
  case IMM_TAG: wat_putu(p, b, read_idx(p, NS_TAG)); break;
  case IMM_ZERO: put8(p, b, 0); break;
  case IMM_BR_ON_CAST: {
    uint32_t l = label_idx(p);
    wbuf *t = &p->tmp;
    t->n = 0;
    bool null1 = ref_heap(p, t), null2 = ref_heap(p, t);
    put8(p, b, (uint8_t)(null1 | (null2 << 1)));
    wat_putu(p, b, l);
    wat_put(p, b, t->p, t->n);
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
  const opinfo *o = &wat_ops[oi];
  if (o->imm == IMM_BLOCKTYPE || !strcmp(o->mnemonic, "end") || !strcmp(o->mnemonic, "else"))
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "%s out of place", o->mnemonic);
  p->pos++;
  if (!strcmp(o->mnemonic, "select") && at_open(p, "result")) {
    put8(p, b, 0x1C);
    sig s;
    wat_read_sig(p, &s, false, false);
    if (s.nparams) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "select takes no params");
    wat_putu(p, b, s.nresults);
    wat_put(p, b, p->sig.p, p->sig.n);
    return;
  }
  if (o->imm == IMM_CAST) {
    wbuf *t = &p->tmp;
    t->n = 0;
    bool null = ref_heap(p, t);
    put8(p, b, (uint8_t)o->prefix);
    wat_putu(p, b, o->code + null);
    wat_put(p, b, t->p, t->n);
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
    if (k < 2) wat_putu(p, &p->stash, read_idx(p, NS_TAG));
    wat_putu(p, &p->stash, label_idx(p));
    wat_expect(p, WT_RPAR);
    n++;
  }
  wat_putu(p, b, n);
  wat_put(p, b, p->stash.p + save, p->stash.n - save);
  p->stash.n = save;
}

/* A plain structured instruction: block/loop/if ... end. */
static void plain_block(P *p, wbuf *b) {
  wat_enter(p);
  bool is_if = at_kw(p, "if"), is_tt = at_kw(p, "try_table"), is_try = at_kw(p, "try");
  put8(p, b, at_kw(p, "block") ? 0x02 : at_kw(p, "loop") ? 0x03 : is_if ? 0x04 : is_tt ? 0x1F : 0x06);
  p->pos++;
  const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
  if (name) p->pos++;
  block_type(p, b);
  if (is_tt) catch_clauses(p, b);
  wat_push_label(p, name);
  wat_instrs(p, b);
  if (is_if && at_kw(p, "else")) {
    p->pos++;
    check_end_label(p);
    put8(p, b, 0x05);
    wat_instrs(p, b);
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
      if (!all) wat_putu(p, b, read_idx(p, NS_TAG));
      wat_instrs(p, b);
    }
    if (at_kw(p, "delegate")) {
      if (caught) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "delegate after catch");
      p->pos++;
      p->nlabels--;
      put8(p, b, 0x18);
      wat_putu(p, b, label_idx(p));
      leave(p);
      return;
    }
  }
  wat_expect_kw(p, "end");
  check_end_label(p);
  put8(p, b, 0x0B);
  p->nlabels--;
  leave(p);
}

/* Instructions until ")", "end" or "else". */
void wat_instrs(P *p, wbuf *b) {
  for (;;) {
    wat_skip_annots(p);
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
  wat_enter(p);
  wat_expect(p, WT_LPAR);
  if (at_kw(p, "block") || at_kw(p, "loop")) {
    put8(p, b, at_kw(p, "block") ? 0x02 : 0x03);
    p->pos++;
    const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
    if (name) p->pos++;
    block_type(p, b);
    wat_push_label(p, name);
    wat_instrs(p, b);
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
    wat_push_label(p, name);
    wat_instrs(p, b);
    if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected ')'");
    put8(p, b, 0x0B);
    p->nlabels--;
  } else if (at_kw(p, "try")) {                     /* legacy: (try bt (do ...) (catch x ...)* ...) */
    put8(p, b, 0x06);
    p->pos++;
    const wat_tok *name = at_kind(p, WT_ID) ? cur(p) : NULL;
    if (name) p->pos++;
    block_type(p, b);
    wat_push_label(p, name);
    open_kw(p, "do");
    wat_instrs(p, b);
    wat_expect(p, WT_RPAR);
    bool delegated = false, caught = false, all_seen = false;
    while (at_open(p, "catch") || at_open(p, "catch_all")) {
      bool all = at_open(p, "catch_all");
      if (all_seen) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "nothing may follow catch_all");
      all_seen = all;
      caught = true;
      p->pos += 2;
      put8(p, b, all ? 0x19 : 0x07);
      if (!all) wat_putu(p, b, read_idx(p, NS_TAG));
      wat_instrs(p, b);
      wat_expect(p, WT_RPAR);
    }
    p->nlabels--;
    if (at_open(p, "delegate")) {
      if (caught) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "delegate after catch");
      p->pos += 2;
      put8(p, b, 0x18);
      wat_putu(p, b, label_idx(p));
      wat_expect(p, WT_RPAR);
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
    wat_put(p, b, p->stash.p + save, head);            /* folded() may grow stash; copy by offset */
    p->stash.n = save;
    wat_push_label(p, name);
    open_kw(p, "then");
    wat_instrs(p, b);
    wat_expect(p, WT_RPAR);
    if (at_open(p, "else")) {
      p->pos += 2;
      put8(p, b, 0x05);
      wat_instrs(p, b);
      wat_expect(p, WT_RPAR);
    }
    put8(p, b, 0x0B);
    p->nlabels--;
  } else if (cur(p)->kind == WT_ATOM) {
    /* op immediates, then folded operands that come first in the binary */
    size_t start = b->n;
    plain_op(p, b);
    size_t save = p->stash.n;
    wat_put(p, &p->stash, b->p + start, b->n - start);
    b->n = start;
    while (at_kind(p, WT_LPAR)) folded(p, b);
    wat_put(p, b, p->stash.p + save, p->stash.n - save);
    p->stash.n = save;
  } else {
    FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected an instruction");
  }
  wat_expect(p, WT_RPAR);
  leave(p);
}

/* An expression (instructions then END) into dst, read until ")". */
void wat_expr_into(P *p, wbuf *dst) {
  size_t start = p->body.n;
  size_t nl = p->nlabels;
  wat_instrs(p, &p->body);
  if (!at_kind(p, WT_RPAR)) FAIL(WD_E_TEXT_UNEXPECTED_TOKEN, "expected ')'");
  put8(p, &p->body, 0x0B);
  p->nlabels = nl;
  wat_put(p, dst, p->body.p + start, p->body.n - start);
  p->body.n = start;
}

/* (offset instr*) or one folded instruction, into dst. */
void wat_offset_expr(P *p, wbuf *dst) {
  if (at_open(p, "offset")) {
    p->pos += 2;
    wat_expr_into(p, dst);
    wat_expect(p, WT_RPAR);
    return;
  }
  size_t start = p->body.n;
  folded(p, &p->body);
  put8(p, &p->body, 0x0B);
  wat_put(p, dst, p->body.p + start, p->body.n - start);
  p->body.n = start;
}

