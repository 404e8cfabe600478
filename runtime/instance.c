/* instance.c — instantiation of a decoded, validated module in a store: import matching, the instance's
 * functions/tables/memories/globals, constant-expression evaluation, element and data segments (Wasm 2.0
 * order and trap semantics) and the start function.
 * May touch: runtime.h (store objects through store.c, calls through exec.c), module.h readers.
 */
#include <string.h>
#include "runtime.h"
#include "decode_instr.h"

/* ---------------------------------------------------------------- constant expressions */

typedef struct cval { uint64_t lo, hi; } cval;

#define CE_INLINE_STACK 16

bool wd_eval_constexpr(wd_instance *inst, const wd_constexpr *e, uint64_t out[2], wd_error *err) {
  if (!inst || !inst->module || !e || !out || (e->len && !e->bytes))
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "constant expression");
  const wd_module *m = inst->module;
  /* Every instruction pushes at most one value: the stack never exceeds the instruction count. */
  cval inline_stack[CE_INLINE_STACK];
  cval *st = inline_stack;
  size_t cap = CE_INLINE_STACK;
  if (e->len > CE_INLINE_STACK) {
    cap = e->len;
    st = wd_alloc_array(inst->store->al, cap, sizeof *st);
    if (!st) return wd_fail(err, WD_E_OUT_OF_MEMORY, e->offset, "constant expression");
  }
  bool ok = false;
  size_t sp = 0;
  wd_reader r;
  wd_reader_init(&r, e->bytes, e->len, e->offset);
  for (;;) {
    wd_instr in;
    uint32_t at = wd_reader_offset(&r);
    if (wd_reader_done(&r)) {
      wd_fail(err, WD_E_CONST_EXPR_END, at, NULL);
      goto out;
    }
    if (!wd_read_instr(&r, m->features, &in, err)) goto out;
    if (in.op == WD_OP_END) {
      if (sp != 1) {
        wd_fail(err, WD_E_TYPE_MISMATCH, at, "constant expression leaves %zu values", sp);
        goto out;
      }
      out[0] = st[0].lo;
      out[1] = st[0].hi;
      ok = true;
      goto out;
    }
    if (sp == cap) {
      wd_fail(err, WD_E_CONST_EXPR_REQUIRED, at, "constant expression too deep");
      goto out;
    }
    switch (in.op) {
    case WD_OP_I32_CONST: st[sp++] = (cval){(uint32_t)in.imm.i32, 0}; break;
    case WD_OP_I64_CONST: st[sp++] = (cval){(uint64_t)in.imm.i64, 0}; break;
    case WD_OP_F32_CONST: st[sp++] = (cval){in.imm.f32, 0}; break;
    case WD_OP_F64_CONST: st[sp++] = (cval){in.imm.f64, 0}; break;
    case WD_OP_V128_CONST: {
      cval v;
      memcpy(&v.lo, in.imm.v128, 8);
      memcpy(&v.hi, in.imm.v128 + 8, 8);
      st[sp++] = v;
      break;
    }
    case WD_OP_REF_NULL: st[sp++] = (cval){0, 0}; break;
    case WD_OP_REF_FUNC:
      if (in.imm.idx >= m->nfuncs || !inst->funcs || !inst->funcs[in.imm.idx]) {
        wd_fail(err, WD_E_UNKNOWN_FUNC, at, "%u", in.imm.idx);
        goto out;
      }
      st[sp++] = (cval){(uint64_t)(uintptr_t)inst->funcs[in.imm.idx], 0};
      break;
    case WD_OP_GLOBAL_GET: {
      const wd_global *g = in.imm.idx < m->nglobals && inst->globals ? inst->globals[in.imm.idx] : NULL;
      if (!g) {
        wd_fail(err, WD_E_UNKNOWN_GLOBAL, at, "%u", in.imm.idx);
        goto out;
      }
      st[sp++] = (cval){g->val[0], g->val[1]};
      break;
    }
    case WD_OP_I32_ADD: case WD_OP_I32_SUB: case WD_OP_I32_MUL:
    case WD_OP_I64_ADD: case WD_OP_I64_SUB: case WD_OP_I64_MUL: {
      if (sp < 2) {
        wd_fail(err, WD_E_TYPE_MISMATCH, at, "constant expression stack underflow");
        goto out;
      }
      uint64_t b = st[--sp].lo, a = st[sp - 1].lo, v;
      switch (in.op) {
      case WD_OP_I32_ADD: v = (uint32_t)((uint32_t)a + (uint32_t)b); break;
      case WD_OP_I32_SUB: v = (uint32_t)((uint32_t)a - (uint32_t)b); break;
      case WD_OP_I32_MUL: v = (uint32_t)((uint32_t)a * (uint32_t)b); break;
      case WD_OP_I64_ADD: v = a + b; break;
      case WD_OP_I64_SUB: v = a - b; break;
      default: v = a * b; break;
      }
      st[sp - 1] = (cval){v, 0};
      break;
    }
    default:
      wd_fail(err, WD_E_CONST_EXPR_REQUIRED, at, "%s", wd_opinfo_table[in.op].text);
      goto out;
    }
  }
out:
  if (st != inline_stack) wd_free(inst->store->al, st, cap * sizeof *st);
  return ok;
}

/* ---------------------------------------------------------------- import matching */

static bool fail_import(wd_error *err, wd_errcode code, const wd_import *im, const char *why) {
  return wd_fail(err, code, WD_NO_OFFSET, "\"%.*s\" \"%.*s\": %s", (int)(im->module.len > 64 ? 64 : im->module.len),
                 im->module.ptr, (int)(im->name.len > 64 ? 64 : im->name.len), im->name.ptr, why);
}

/* Limits subtyping: the provided object (current size, declared max) against the import's type. */
static bool limits_match(uint64_t size, bool has_max, uint64_t max, const wd_lim *want) {
  if (size < want->min) return false;
  if (want->has_max && (!has_max || max > want->max)) return false;
  return true;
}

/* The canonical type a typed reference type t of module m names, or NULL. */
static const wd_functype *heap_canon(const wd_module *m, uint8_t t) {
  return wd_rt_is_concrete(t) && wd_rt_index(t) < m->ntypes ? m->types[wd_rt_index(t)].canon : NULL;
}

/* Value type a (whose named type, if any, is ah) below b (bh) across modules: the validator's rules
 * (module.h's wd_heap_sub_abstract) with function types compared through their canonical copies. */
static bool ext_subtype(uint8_t a, const wd_functype *ah, uint8_t b, const wd_functype *bh) {
  if (a == b && !wd_rt_is_concrete(a)) return true;
  if (!wd_is_reftype(a) || !wd_is_reftype(b)) return false;
  if (wd_rt_nullable(a) && !wd_rt_nullable(b)) return false;
  int32_t ha = wd_rt_heap(a), hb = wd_rt_heap(b);
  if (ha >= 0 && hb >= 0) return ah && bh && wd_canon_sub(ah, bh);
  return wd_heap_sub_abstract(ha, hb);
}

static bool check_import(const wd_store *s, const wd_module *m, const wd_import *im, const wd_extern *x,
                         wd_error *err) {
  if (x->kind != im->kind) return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "wrong kind");
  switch (im->kind) {
  case WD_EXTERN_FUNC: {
    const wd_func *f = x->of.func;
    if (!f) return fail_import(err, WD_E_UNKNOWN_IMPORT, im, "no function given");
    if (f->inst && f->inst->store != s)
      return fail_import(err, WD_E_INVALID_ARGUMENT, im, "function of another store");
    if (im->desc.type_idx >= m->ntypes || !wd_canon_sub(f->type, m->types[im->desc.type_idx].canon))
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "function type differs");
    return true;
  }
  case WD_EXTERN_TABLE: {
    const wd_table *t = x->of.table;
    if (!t) return fail_import(err, WD_E_UNKNOWN_IMPORT, im, "no table given");
    const wd_functype *want = heap_canon(m, im->desc.table.elem);
    if (!ext_subtype(t->elem, t->heap, im->desc.table.elem, want) ||
        !ext_subtype(im->desc.table.elem, want, t->elem, t->heap))
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "element type differs");
    if (t->type.is64 != im->desc.table.lim.is64)
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "table index types differ (i32, i64)");
    if (!limits_match(t->size, t->type.has_max, t->type.max, &im->desc.table.lim))
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "table limits do not match");
    return true;
  }
  case WD_EXTERN_MEMORY: {
    const wd_memory *mem = x->of.memory;
    if (!mem) return fail_import(err, WD_E_UNKNOWN_IMPORT, im, "no memory given");
    if (mem->type.is64 != im->desc.mem.lim.is64)
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "memory address types differ (i32, i64)");
    if (mem->page_log2 != im->desc.mem.lim.page_log2)
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "memory page sizes differ");
    if (!limits_match(wd_memory_npages(mem), mem->type.has_max, mem->type.max, &im->desc.mem.lim))
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "memory limits do not match");
    if (mem->shared != im->desc.mem.lim.shared)
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, mem->shared ? "shared memory for an unshared import"
                                                                         : "unshared memory for a shared import");
    return true;
  }
  case WD_EXTERN_TAG: {
    const wd_tag *t = x->of.tag;
    if (!t) return fail_import(err, WD_E_UNKNOWN_IMPORT, im, "no tag given");
    if (t->store != s) return fail_import(err, WD_E_INVALID_ARGUMENT, im, "tag of another store");
    if (im->desc.type_idx >= m->ntypes || t->type != m->types[im->desc.type_idx].canon)
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "tag type differs");
    return true;
  }
  case WD_EXTERN_GLOBAL: {
    const wd_global *g = x->of.global;
    if (!g) return fail_import(err, WD_E_UNKNOWN_IMPORT, im, "no global given");
    const wd_functype *want = heap_canon(m, im->desc.global.type);
    if (g->mut != im->desc.global.mut || !ext_subtype(g->type, g->heap, im->desc.global.type, want) ||
        (g->mut && !ext_subtype(im->desc.global.type, want, g->type, g->heap)))
      return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "global type differs");
    return true;
  }
  default:
    return fail_import(err, WD_E_INCOMPATIBLE_IMPORT, im, "unknown kind");
  }
}

/* ---------------------------------------------------------------- the instance's one allocation */

typedef struct block_plan {
  size_t total;
  bool overflow;
} block_plan;

/* Reserves n*elem bytes at 8-byte alignment; returns the offset. */
static size_t plan_take(block_plan *p, size_t n, size_t elem) {
  size_t bytes, at = p->total;
  if (!wd_mul_ok(n, elem, &bytes) || !wd_add_ok(at, bytes, &p->total) || !wd_add_ok(p->total, 7, &p->total)) {
    p->overflow = true;
    return 0;
  }
  p->total &= ~(size_t)7;
  return at;
}

static wd_instance *alloc_instance(wd_store *s, wd_module *m, wd_error *err) {
  block_plan p = {0, false};
  size_t o_inst = plan_take(&p, 1, sizeof(wd_instance));
  size_t o_funcs = plan_take(&p, m->nfuncs, sizeof(wd_func *));
  size_t o_tables = plan_take(&p, m->ntables, sizeof(wd_table *));
  size_t o_mems = plan_take(&p, m->nmems, sizeof(wd_memory *));
  size_t o_globals = plan_take(&p, m->nglobals, sizeof(wd_global *));
  size_t o_tags = plan_take(&p, m->ntags, sizeof(wd_tag *));
  size_t o_types = plan_take(&p, m->ntypes, sizeof(wd_functype *));
  size_t o_erefs = plan_take(&p, m->nelems, sizeof(uint64_t *));
  size_t o_elen = plan_take(&p, m->nelems, sizeof(uint32_t));
  size_t o_dlen = plan_take(&p, m->ndatas, sizeof(uint32_t));
  size_t o_fobjs = plan_take(&p, wd_module_ndefined(m), sizeof(wd_func));
  size_t nrefs = 0;
  for (uint32_t i = 0; i < m->nelems; i++)
    if (!wd_add_ok(nrefs, m->elems[i].count, &nrefs)) p.overflow = true;
  size_t o_refs = plan_take(&p, nrefs, sizeof(uint64_t));
  if (p.overflow) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "instance too large");
    return NULL;
  }
  uint8_t *b = wd_alloc_zero(s->al, p.total);
  if (!b) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "instance of %zu bytes", p.total);
    return NULL;
  }
  wd_instance *inst = (wd_instance *)(b + o_inst);
  inst->store = s;
  inst->module = m;
  inst->alloc_bytes = p.total;
  inst->funcs = (wd_func **)(b + o_funcs);
  inst->tables = (wd_table **)(b + o_tables);
  inst->mems = (wd_memory **)(b + o_mems);
  inst->globals = (wd_global **)(b + o_globals);
  inst->tags = (wd_tag **)(b + o_tags);
  inst->types = (const wd_functype **)(b + o_types);
  inst->elem_refs = (uint64_t **)(b + o_erefs);
  inst->elem_len = (uint32_t *)(b + o_elen);
  inst->data_len = (uint32_t *)(b + o_dlen);
  inst->func_objs = (wd_func *)(b + o_fobjs);
  uint64_t *refs = (uint64_t *)(b + o_refs);
  for (uint32_t i = 0; i < m->nelems; i++) {
    inst->elem_refs[i] = refs;
    refs += m->elems[i].count;
  }
  return inst;
}

/* ---------------------------------------------------------------- segments */

/* A segment's offset: an i32, or an i64 for an i64 (memory64/table64) memory or table. */
static bool eval_offset(wd_instance *inst, const wd_constexpr *e, bool is64, uint64_t *out, wd_error *err) {
  uint64_t v[2];
  if (!wd_eval_constexpr(inst, e, v, err)) return false;
  *out = is64 ? v[0] : (uint32_t)v[0];
  return true;
}

/* Evaluates every element segment's references (never traps). */
static bool eval_elems(wd_instance *inst, wd_error *err) {
  const wd_module *m = inst->module;
  for (uint32_t i = 0; i < m->nelems; i++) {
    const wd_elem *el = &m->elems[i];
    uint64_t *refs = inst->elem_refs[i];
    for (uint32_t k = 0; k < el->count; k++) {
      if (el->funcs) {
        uint32_t fi = el->funcs[k];
        if (fi >= m->nfuncs) return wd_fail(err, WD_E_UNKNOWN_FUNC, el->binary_offset, "%u", fi);
        refs[k] = (uint64_t)(uintptr_t)inst->funcs[fi];
      } else if (el->exprs) {
        uint64_t v[2];
        if (!wd_eval_constexpr(inst, &el->exprs[k], v, err)) return false;
        refs[k] = v[0];
      } else {
        return wd_fail(err, WD_E_MALFORMED_SEGMENT, el->binary_offset, "segment without elements");
      }
    }
    inst->elem_len[i] = el->count;
  }
  return true;
}

/* With fuel on, charges the work of every active segment (config.h's rates) before any is applied:
 * short of fuel, nothing is written and the fuel is gone, as when a call runs out. */
static bool charge_segments(wd_instance *inst, wd_error *err) {
  wd_store *s = inst->store;
  if (!s->fuel_enabled) return true;
  const wd_module *m = inst->module;
  uint64_t units = 0;
  for (uint32_t i = 0; i < m->nelems; i++)
    if (m->elems[i].mode == WD_SEG_ACTIVE)
      units += ((uint64_t)m->elems[i].count + WD_FUEL_ELEMS_PER_UNIT - 1) / WD_FUEL_ELEMS_PER_UNIT;
  for (uint32_t i = 0; i < m->ndatas; i++)
    if (m->datas[i].mode == WD_SEG_ACTIVE)
      units += ((uint64_t)m->datas[i].len + WD_FUEL_BYTES_PER_UNIT - 1) / WD_FUEL_BYTES_PER_UNIT;
  if (units > s->fuel) {
    s->fuel = 0;
    return wd_fail(err, WD_E_TRAP_OUT_OF_FUEL, WD_NO_OFFSET, "the segments need %llu units",
                   (unsigned long long)units);
  }
  s->fuel -= units;
  return true;
}

/* Applies active element segments, then active data segments, in order; drops what the spec drops.
 * A trap leaves the writes already made (Wasm 2.0). */
static bool apply_segments(wd_instance *inst, wd_error *err) {
  const wd_module *m = inst->module;
  if (!charge_segments(inst, err)) return false;
  for (uint32_t i = 0; i < m->nelems; i++) {
    const wd_elem *el = &m->elems[i];
    if (el->mode == WD_SEG_ACTIVE) {
      uint64_t off;
      if (el->table >= m->ntables || !inst->tables[el->table])
        return wd_fail(err, WD_E_UNKNOWN_TABLE, el->binary_offset, "%u", el->table);
      if (!eval_offset(inst, &el->offset, m->tables[el->table].lim.is64, &off, err)) return false;
      wd_table *t = inst->tables[el->table];
      uint32_t n = inst->elem_len[i];
      if (n > t->size || off > t->size - n)
        return wd_fail(err, WD_E_TRAP_TABLE_OOB, WD_NO_OFFSET, "element segment %u", i);
      if (n) memcpy(t->elems + off, inst->elem_refs[i], (size_t)n * sizeof *t->elems);
      inst->elem_len[i] = 0;
    } else if (el->mode == WD_SEG_DECLARATIVE) {
      inst->elem_len[i] = 0;
    }
  }
  for (uint32_t i = 0; i < m->ndatas; i++) {
    const wd_data *d = &m->datas[i];
    if (d->mode != WD_SEG_ACTIVE) continue;
    uint64_t off;
    if (d->mem >= m->nmems || !inst->mems[d->mem])
      return wd_fail(err, WD_E_UNKNOWN_MEMORY, d->binary_offset, "%u", d->mem);
    if (!eval_offset(inst, &d->offset, m->mems[d->mem].lim.is64, &off, err)) return false;
    wd_memory *mem = inst->mems[d->mem];
    if (d->len > wd_memory_bytes(mem) || off > wd_memory_bytes(mem) - d->len)
      return wd_fail(err, WD_E_TRAP_MEMORY_OOB, WD_NO_OFFSET, "data segment %u", i);
    if (d->len) memcpy(mem->data + off, d->bytes, d->len);
    inst->data_len[i] = 0;
  }
  return true;
}

/* ---------------------------------------------------------------- instantiation */

wd_instance *wd_instance_new(wd_store *s, wd_module *m, const wd_extern *imports, size_t n, wd_error *err) {
  if (!s || !m || (n && !imports)) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "instantiate needs a store, a module and imports");
    return NULL;
  }
  if (m->engine && m->engine != s->engine) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "module and store belong to different engines");
    return NULL;
  }
  if (n > m->nimports) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "%zu imports given, the module has %u", n, m->nimports);
    return NULL;
  }
  if (s->ninstances >= s->limits.max_instances) {
    wd_fail(err, WD_E_LIMIT_INSTANCES, WD_NO_OFFSET, "%u instances", s->ninstances);
    return NULL;
  }
  /* Imports: each one present and of the declared kind and type. */
  for (uint32_t i = 0; i < m->nimports; i++) {
    if (i >= n) {
      fail_import(err, WD_E_UNKNOWN_IMPORT, &m->imports[i], "not provided");
      return NULL;
    }
    if (!check_import(s, m, &m->imports[i], &imports[i], err)) return NULL;
  }

  wd_instance *inst = alloc_instance(s, m, err);
  if (!inst) return NULL;

  for (uint32_t i = 0; i < m->ntypes; i++) {
    const wd_functype *c = m->types[i].canon;
    if (!c && !(c = wd_engine_intern(s->engine, &m->types[i]))) {
      wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "function type");
      goto fail;
    }
    inst->types[i] = c;
  }

  /* Imported entities, in their index spaces' order. */
  uint32_t fi = 0, ti = 0, mi = 0, gi = 0, xi = 0;
  for (uint32_t i = 0; i < m->nimports; i++) {
    const wd_extern *x = &imports[i];
    switch (m->imports[i].kind) {
    case WD_EXTERN_FUNC: if (fi < m->nfunc_imports) inst->funcs[fi++] = x->of.func; break;
    case WD_EXTERN_TABLE: if (ti < m->ntable_imports) inst->tables[ti++] = x->of.table; break;
    case WD_EXTERN_MEMORY: if (mi < m->nmem_imports) inst->mems[mi++] = x->of.memory; break;
    case WD_EXTERN_TAG: if (xi < m->ntag_imports) inst->tags[xi++] = x->of.tag; break;
    default: if (gi < m->nglobal_imports) inst->globals[gi++] = x->of.global; break;
    }
  }
  if (fi != m->nfunc_imports || ti != m->ntable_imports || mi != m->nmem_imports || gi != m->nglobal_imports ||
      xi != m->ntag_imports) {
    wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "module import counts are inconsistent");
    goto fail;
  }

  /* Defined functions: one object each, in one array; the compiled form cached when already there. */
  for (uint32_t d = 0; d < wd_module_ndefined(m); d++) {
    uint32_t idx = m->nfunc_imports + d;
    wd_func *f = &inst->func_objs[d];
    if (m->func_type[idx] >= m->ntypes) {
      wd_fail(err, WD_E_UNKNOWN_TYPE, WD_NO_OFFSET, "function %u", idx);
      goto fail;
    }
    f->type = inst->types[m->func_type[idx]];
    f->inst = inst;
    f->index = idx;
    wd_compiled c;
    if (m->layout && m->layout->get_code(wd_module_record(m, d), &c)) {
      f->code = c.code;
      f->frame_slots = c.frame_slots;
    }
    inst->funcs[idx] = f;
  }

  for (uint32_t i = m->ntable_imports; i < m->ntables; i++) {
    const wd_tabletype *tt = &m->tables[i];
    if (!tt->lim.is64 && (tt->lim.min > UINT32_MAX || (tt->lim.has_max && tt->lim.max > UINT32_MAX))) {
      wd_fail(err, WD_E_TABLE_SIZE_LIMIT, WD_NO_OFFSET, "table %u", i);
      goto fail;
    }
    uint64_t init[2] = {0, 0};      /* function-references: the table's initializer, else null */
    if (m->table_init && m->table_init[i].len && !wd_eval_constexpr(inst, &m->table_init[i], init, err)) goto fail;
    if (!(inst->tables[i] = wd_store_table_lim(s, tt->elem, &tt->lim, init[0], err))) goto fail;
    inst->tables[i]->heap = heap_canon(m, tt->elem);
  }
  for (uint32_t i = m->nmem_imports; i < m->nmems; i++) {
    const wd_memtype *mt = &m->mems[i];
    unsigned log2 = mt->lim.page_log2;
    if ((log2 != 16 && log2 != 0) ||
        (!mt->lim.is64 && (mt->lim.min > (1ull << (32 - log2)) ||
                           (mt->lim.has_max && mt->lim.max > (1ull << (32 - log2)))))) {
      wd_fail(err, WD_E_MEMORY_SIZE_LIMIT, WD_NO_OFFSET, "memory %u", i);
      goto fail;
    }
    if (!(inst->mems[i] = wd_store_memory_lim(s, &mt->lim, err))) goto fail;
    inst->mems[i]->shared = mt->lim.shared;
  }
  for (uint32_t i = m->ntag_imports; i < m->ntags; i++) {
    if (m->tag_type[i] >= m->ntypes) {
      wd_fail(err, WD_E_UNKNOWN_TYPE, WD_NO_OFFSET, "tag %u", i);
      goto fail;
    }
    if (!(inst->tags[i] = wd_store_tag(s, inst->types[m->tag_type[i]], err))) goto fail;
  }
  for (uint32_t i = m->nglobal_imports; i < m->nglobals; i++) {
    const wd_global_def *gd = &m->globals[i];
    uint64_t v[2] = {0, 0};
    if (!wd_eval_constexpr(inst, &gd->init, v, err)) goto fail;
    if (!(inst->globals[i] = wd_store_global(s, gd->type.type, gd->type.mut, v, err))) goto fail;
    inst->globals[i]->heap = heap_canon(m, gd->type.type);
  }
  if (!eval_elems(inst, err)) goto fail;
  /* Every data segment is live until applied or dropped: a function of an instance whose segments
   * trapped can still be reached through a table and run memory.init on a passive one. */
  for (uint32_t i = 0; i < m->ndatas; i++) inst->data_len[i] = m->datas[i].len;

  /* From here on the instance may become reachable from imported tables (element segments), so it
   * belongs to the store even if a segment or the start function traps. */
  inst->next = s->instances;
  s->instances = inst;
  s->ninstances++;

  if (!apply_segments(inst, err)) return NULL;
  if (m->has_start) {
    if (m->start >= m->nfuncs || !inst->funcs[m->start]) {
      wd_fail(err, WD_E_INVALID_START, WD_NO_OFFSET, "%u", m->start);
      return NULL;
    }
    uint64_t argres[2] = {0, 0};
    if (!wd_exec_call(s, inst->funcs[m->start], argres, err)) return NULL;
  }
  return inst;

fail:
  /* Nothing outside the instance refers to it yet. Tables, memories and globals already created stay
   * in the store's lists and are freed with it. */
  wd_store_instance_free(s, inst);
  return NULL;
}
