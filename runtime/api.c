/* api.c — the public API (include/warden.h) on top of the stages: configuration, modules (decode,
 * validate and translate per the engine's mode, introspection, statistics, disassembly), instantiation,
 * exports, host functions, calls with checked arguments, the caller context, globals, tables and
 * memories. Engine/store lifecycle and wd_func_type live in store.c.
 * Every entry point checks its arguments and reports misuse through wd_error; nothing leaks on failure.
 * May touch: everything in runtime.h and module.h; atomics.h (host notify).
 */
#include <string.h>
#include "runtime.h"
#include "atomics.h"

#define API_FAIL(err, ...) wd_fail((err), WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, __VA_ARGS__)

/* ---------------------------------------------------------------- configuration */

/* wd_config_init is runtime/config.c's. */

/* wd_layout_names and wd_layout_record_size are layouts/registry.c's. */

/* ---------------------------------------------------------------- modules */

static wd_module *module_new(wd_engine *e, const uint8_t *bytes, size_t len, bool borrow, wd_error *err) {
  if (!e) {
    API_FAIL(err, "engine is NULL");
    return NULL;
  }
  if (!bytes && len) {
    API_FAIL(err, "bytes are NULL");
    return NULL;
  }
  static const uint8_t empty[1];
  if (!bytes) bytes = empty;
  wd_decode_opts o;
  memset(&o, 0, sizeof o);
  o.al = e->al;
  o.layout = e->layout;
  o.features = e->cfg.features;
  o.arena_limit = e->limits.max_arena_bytes == UINT64_MAX ? 0
                  : e->limits.max_arena_bytes > SIZE_MAX ? SIZE_MAX : (size_t)e->limits.max_arena_bytes;
  o.borrow = borrow;
  wd_module *m = wd_decode(bytes, len, &o, err);
  if (!m) return NULL;
  m->engine = e;
  m->mode = (uint8_t)e->cfg.mode;
  if (!wd_validate_module(m, err) || !wd_engine_intern_module(e, m, err)) goto fail;
  if (!wd_promote_at_load(m, err)) goto fail;   /* the mode's work at load (promote.c) */
  return m;
fail:
  wd_module_release(m);
  return NULL;
}

wd_module *wd_module_new(wd_engine *engine, const uint8_t *bytes, size_t len, wd_error *err) {
  return module_new(engine, bytes, len, false, err);
}

wd_module *wd_module_new_borrowed(wd_engine *engine, const uint8_t *bytes, size_t len, wd_error *err) {
  return module_new(engine, bytes, len, true, err);
}

void wd_module_free(wd_module *module) {
  if (module) wd_module_release(module);
}

bool wd_module_validate(wd_module *m, wd_error *err) {
  if (!m) return API_FAIL(err, "module is NULL");
  return wd_promote_validate_all(m, err);
}

uint32_t wd_module_features(const wd_module *m) {
  return m ? __atomic_load_n(&m->features_used, __ATOMIC_RELAXED) : 0;
}

bool wd_module_promote_all(wd_module *m, wd_error *err) {
  if (!m) return API_FAIL(err, "module is NULL");
  return wd_promote_all(m, err);
}

uint32_t wd_module_import_count(const wd_module *m) { return m ? m->nimports : 0; }

bool wd_module_import(const wd_module *m, uint32_t i, wd_importdesc *out) {
  if (!m || !out || i >= m->nimports) return false;
  const wd_import *im = &m->imports[i];
  out->module = im->module.ptr;
  out->module_len = im->module.len;
  out->name = im->name.ptr;
  out->name_len = im->name.len;
  out->kind = (wd_externkind)im->kind;
  return true;
}

uint32_t wd_module_export_count(const wd_module *m) { return m ? m->nexports : 0; }

bool wd_module_export(const wd_module *m, uint32_t i, wd_exportdesc *out) {
  if (!m || !out || i >= m->nexports) return false;
  const wd_export *ex = &m->exports[i];
  out->name = ex->name.ptr;
  out->name_len = ex->name.len;
  out->kind = (wd_externkind)ex->kind;
  return true;
}

void wd_module_stats_get(const wd_module *m, wd_module_stats *out) {
  if (!out) return;
  memset(out, 0, sizeof *out);
  if (!m) return;
  uint32_t nd = wd_module_ndefined(m);
  out->functions = nd;
  out->record_bytes = (size_t)m->layout->record_size * nd;
  for (uint32_t d = 0; d < nd; d++) {
    const void *rec = wd_module_record(m, d);
    wd_compiled c;
    wd_slice b;
    /* A body outside its record: in the caller's bytes (borrowed) or the module's copy of the section. */
    if (m->layout->get_body(rec, &b) &&
        (uintptr_t)b.ptr - (uintptr_t)rec >= m->layout->record_size)
      out->body_bytes += b.len;
    if (m->layout->get_code(rec, &c)) {
      out->promoted++;
      out->code_bytes += c.code_len;
    }
  }
  out->arena_used = m->arena.used;
  out->arena_reserved = m->arena.reserved;
}

uint32_t wd_module_section_count(const wd_module *m) { return m ? m->nsections : 0; }

bool wd_module_section(const wd_module *m, uint32_t i, wd_section_info *out) {
  if (!m || !out || i >= m->nsections) return false;
  *out = m->sections[i];
  return true;
}

uint32_t wd_module_func_count(const wd_module *m) { return m ? m->nfuncs : 0; }

bool wd_module_disasm(wd_module *m, uint32_t funcidx, FILE *out, wd_error *err) {
  if (!m || !out) return API_FAIL(err, "module or stream is NULL");
  if (funcidx >= m->nfuncs) return API_FAIL(err, "function %u of %u", funcidx, m->nfuncs);
  if (funcidx < m->nfunc_imports) return API_FAIL(err, "function %u is imported", funcidx);
  uint32_t d = funcidx - m->nfunc_imports;
  if (!wd_promote(m, d, err)) return false;
  if (!wd_disasm_function(m, d, out)) return wd_fail(err, WD_E_IO, WD_NO_OFFSET, "disassembling function %u", funcidx);
  return true;
}

/* ---------------------------------------------------------------- instances */

wd_instance *wd_instantiate(wd_store *store, wd_module *module, const wd_extern *imports, size_t import_count,
                            wd_error *err) {
  if (!store || !module) {
    API_FAIL(err, "store or module is NULL");
    return NULL;
  }
  return wd_instance_new(store, module, imports, import_count, err);
}

bool wd_instance_export_index(wd_instance *inst, uint32_t i, wd_extern *out) {
  if (!inst || !out || i >= inst->module->nexports) return false;
  const wd_module *m = inst->module;
  const wd_export *ex = &m->exports[i];
  switch (ex->kind) {
  case WD_EXTERN_FUNC:
    if (ex->index >= m->nfuncs) return false;
    out->of.func = inst->funcs[ex->index];
    break;
  case WD_EXTERN_TABLE:
    if (ex->index >= m->ntables) return false;
    out->of.table = inst->tables[ex->index];
    break;
  case WD_EXTERN_MEMORY:
    if (ex->index >= m->nmems) return false;
    out->of.memory = inst->mems[ex->index];
    break;
  case WD_EXTERN_GLOBAL:
    if (ex->index >= m->nglobals) return false;
    out->of.global = inst->globals[ex->index];
    break;
  case WD_EXTERN_TAG:
    if (ex->index >= m->ntags) return false;
    out->of.tag = inst->tags[ex->index];
    break;
  default:
    return false;
  }
  out->kind = (wd_externkind)ex->kind;
  return true;
}

bool wd_instance_export(wd_instance *inst, const char *name, size_t name_len, wd_extern *out) {
  if (!inst || !out || (!name && name_len)) return false;
  const wd_module *m = inst->module;
  for (uint32_t i = 0; i < m->nexports; i++) {
    const wd_export *ex = &m->exports[i];
    if (ex->name.len == name_len && (!name_len || memcmp(ex->name.ptr, name, name_len) == 0))
      return wd_instance_export_index(inst, i, out);     /* export names are unique (validation) */
  }
  return false;
}

/* ---------------------------------------------------------------- values <-> slots */

static bool valkind_ok(int k) { return wd_is_valtype((uint8_t)k) && k == (uint8_t)k && wd_type_kind((uint8_t)k) == k; }

/* Writes v (of type t) into slots; returns the slots used. */
static uint32_t val_to_slots(const wd_val *v, uint8_t t, uint64_t *slots) {
  switch (wd_type_kind(t)) {
  case WD_I32: slots[0] = (uint32_t)v->of.i32; return 1;
  case WD_I64: slots[0] = (uint64_t)v->of.i64; return 1;
  case WD_F32: slots[0] = v->of.f32_bits; return 1;
  case WD_F64: slots[0] = v->of.f64_bits; return 1;
  case WD_V128: memcpy(slots, v->of.v128, 16); return 2;
  case WD_FUNCREF: slots[0] = (uint64_t)(uintptr_t)v->of.func; return 1;
  default: slots[0] = (uint64_t)(uintptr_t)v->of.externref; return 1;
  }
}

static uint32_t slots_to_val(const uint64_t *slots, uint8_t t, wd_val *v) {
  memset(v, 0, sizeof *v);
  t = wd_type_kind(t);
  v->kind = t;
  switch (t) {
  case WD_I32: v->of.i32 = (int32_t)(uint32_t)slots[0]; return 1;
  case WD_I64: v->of.i64 = (int64_t)slots[0]; return 1;
  case WD_F32: v->of.f32_bits = (uint32_t)slots[0]; return 1;
  case WD_F64: v->of.f64_bits = slots[0]; return 1;
  case WD_V128: memcpy(v->of.v128, slots, 16); return 2;
  case WD_FUNCREF: v->of.func = (wd_func *)(uintptr_t)slots[0]; return 1;
  default: v->of.externref = (void *)(uintptr_t)slots[0]; return 1;
  }
}

/* ---------------------------------------------------------------- functions */

#define HOST_TYPE_INLINE 64

wd_func *wd_func_new_host(wd_store *store, const wd_valkind *params, uint32_t nparams, const wd_valkind *results,
                          uint32_t nresults, wd_host_fn fn, void *user, wd_error *err) {
  if (!store || !fn) {
    API_FAIL(err, "store or callback is NULL");
    return NULL;
  }
  if ((nparams && !params) || (nresults && !results) || nparams > WD_MAX_FUNC_PARAMS ||
      nresults > WD_MAX_FUNC_PARAMS) {
    API_FAIL(err, "host function type (%u params, %u results)", nparams, nresults);
    return NULL;
  }
  size_t n = (size_t)nparams + nresults;
  uint8_t inline_types[HOST_TYPE_INLINE];
  uint8_t *types = n <= HOST_TYPE_INLINE ? inline_types : wd_alloc(store->al, n);
  if (!types) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "host function type");
    return NULL;
  }
  wd_func *f = NULL;
  for (size_t i = 0; i < n; i++) {
    int k = i < nparams ? (int)params[i] : (int)results[i - nparams];
    if (!valkind_ok(k)) {
      API_FAIL(err, "value kind 0x%x", (unsigned)k);
      goto out;
    }
    types[i] = (uint8_t)k;
  }
  wd_functype ft = {.nparams = nparams, .nresults = nresults, .types = types};
  const wd_functype *canon = wd_engine_intern(store->engine, &ft);
  if (!canon) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "host function type");
    goto out;
  }
  f = wd_store_host_func(store, canon, fn, user, err);
out:
  if (types != inline_types) wd_free(store->al, types, n);
  return f;
}

#define CALL_INLINE_SLOTS 32

bool wd_func_call(wd_store *store, wd_func *f, const wd_val *args, size_t nargs, wd_val *results, size_t nresults,
                  wd_error *err) {
  if (!store || !f || !f->type) return API_FAIL(err, "store or function is NULL");
  if (f->inst && f->inst->store != store) return API_FAIL(err, "function belongs to another store");
  const wd_functype *ft = f->type;
  if (nargs != ft->nparams || nresults != ft->nresults)
    return wd_fail(err, WD_E_ARITY, WD_NO_OFFSET, "%zu arguments and %zu results given, the function takes %u and "
                   "returns %u", nargs, nresults, ft->nparams, ft->nresults);
  if ((nargs && !args) || (nresults && !results)) return API_FAIL(err, "arguments or results are NULL");
  const uint8_t *pt = wd_ft_params(ft), *rt = wd_ft_results(ft);
  size_t pslots = 0, rslots = 0;
  for (uint32_t i = 0; i < ft->nparams; i++) {
    if (args[i].kind != pt[i])
      return wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "argument %u is 0x%x, expected 0x%x", i,
                     (unsigned)args[i].kind, (unsigned)pt[i]);
    if (pt[i] == WD_EXNREF && args[i].of.exn && !wd_exn_valid(store, args[i].of.exn))
      return wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "argument %u is not an exception of this store", i);
    pslots += wd_type_slots(pt[i]);
  }
  for (uint32_t i = 0; i < ft->nresults; i++) rslots += wd_type_slots(rt[i]);
  size_t nslots = pslots > rslots ? pslots : rslots;
  if (nslots == 0) nslots = 1;
  uint64_t inline_slots[CALL_INLINE_SLOTS];
  uint64_t *slots = nslots <= CALL_INLINE_SLOTS ? inline_slots : wd_alloc_array(store->al, nslots, sizeof *slots);
  if (!slots) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "call arguments");
  memset(slots, 0, nslots * sizeof *slots);
  size_t at = 0;
  for (uint32_t i = 0; i < ft->nparams; i++) at += val_to_slots(&args[i], pt[i], slots + at);
  bool ok = wd_exec_call(store, f, slots, err);
  if (ok) {
    at = 0;
    for (uint32_t i = 0; i < ft->nresults; i++) at += slots_to_val(slots + at, rt[i], &results[i]);
  }
  if (slots != inline_slots) wd_free(store->al, slots, nslots * sizeof *slots);
  return ok;
}

/* ---------------------------------------------------------------- limits, fuel, resumable calls */

bool wd_store_set_limits(wd_store *store, const wd_limits *limits, wd_error *err) {
  if (!store || !limits) return API_FAIL(err, "store or limits are NULL");
  wd_limits *l = &store->limits;
  if (limits->max_memory_pages) l->max_memory_pages = limits->max_memory_pages;
  if (limits->max_table_elems) l->max_table_elems = limits->max_table_elems;
  if (limits->max_instances) l->max_instances = limits->max_instances;
  if (limits->max_call_depth) l->max_call_depth = limits->max_call_depth;
  if (limits->max_stack_bytes) l->max_stack_bytes = limits->max_stack_bytes;
  if (limits->max_arena_bytes) l->max_arena_bytes = limits->max_arena_bytes;
  if (limits->max_total_memory_bytes) l->max_total_memory_bytes = limits->max_total_memory_bytes;
  if (limits->max_total_table_elems) l->max_total_table_elems = limits->max_total_table_elems;
  if (limits->max_total_heap_bytes) l->max_total_heap_bytes = limits->max_total_heap_bytes;
  if (limits->max_reserved_bytes) l->max_reserved_bytes = limits->max_reserved_bytes;
  if (limits->max_wait_ns) l->max_wait_ns = limits->max_wait_ns;
  return true;
}

bool wd_store_usage(const wd_store *store, wd_usage *out) {
  if (!store || !out) return false;
  out->memory_bytes = store->total_memory_bytes;
  out->table_elems = store->total_table_elems;
  out->reserved_bytes = store->reserved_bytes;
  out->heap_bytes = store->heap_bytes;
  return true;
}

bool wd_store_fuel_enable(wd_store *store, bool enabled, wd_error *err) {
  if (!store) return API_FAIL(err, "store is NULL");
  if (store->entries) return API_FAIL(err, "fuel cannot be switched while the store is running");
  store->fuel_enabled = enabled;
  return true;
}

bool wd_store_fuel_add(wd_store *store, uint64_t fuel, wd_error *err) {
  if (!store) return API_FAIL(err, "store is NULL");
  store->fuel = store->fuel > UINT64_MAX - fuel ? UINT64_MAX : store->fuel + fuel;
  return true;
}

uint64_t wd_store_fuel_remaining(const wd_store *store) {
  if (!store) return 0;
  return store->fuel_enabled ? store->fuel : UINT64_MAX;
}

void wd_store_interrupt(wd_store *store) {
  if (!store) return;
  atomic_store(&store->interrupt, 1u);
  wd_atomic_interrupt(&store->interrupt);
}

void wd_store_interrupt_clear(wd_store *store) {
  if (store) atomic_store(&store->interrupt, 0u);
}

bool wd_store_interrupted(const wd_store *store) { return store && atomic_load(&store->interrupt); }

wd_engine *wd_store_engine(const wd_store *store) { return store ? store->engine : NULL; }

bool wd_store_suspended(const wd_store *store) { return store && store->suspended; }

bool wd_store_resume(wd_store *store, wd_val *results, size_t nresults, wd_error *err) {
  if (!store) return API_FAIL(err, "store is NULL");
  if (!store->suspended || !store->susp.func) return API_FAIL(err, "no suspended call to resume");
  const wd_functype *ft = store->susp.func->type;
  if (nresults != ft->nresults)
    return wd_fail(err, WD_E_ARITY, WD_NO_OFFSET, "%zu results given, the suspended call returns %u", nresults,
                   ft->nresults);
  if (nresults && !results) return API_FAIL(err, "results are NULL");
  const uint8_t *rt = wd_ft_results(ft);
  size_t rslots = 0;
  for (uint32_t i = 0; i < ft->nresults; i++) rslots += wd_type_slots(rt[i]);
  if (rslots == 0) rslots = 1;
  uint64_t inline_slots[CALL_INLINE_SLOTS];
  uint64_t *slots = rslots <= CALL_INLINE_SLOTS ? inline_slots : wd_alloc_array(store->al, rslots, sizeof *slots);
  if (!slots) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "call results");
  bool ok = wd_exec_resume(store, slots, err);
  if (ok) {
    size_t at = 0;
    for (uint32_t i = 0; i < ft->nresults; i++) at += slots_to_val(slots + at, rt[i], &results[i]);
  }
  if (slots != inline_slots) wd_free(store->al, slots, rslots * sizeof *slots);
  return ok;
}

void wd_store_cancel(wd_store *store) { wd_exec_cancel(store); }

/* ---------------------------------------------------------------- caller context */

wd_memory *wd_caller_memory(wd_caller *caller, uint32_t index) {
  if (!caller || !caller->inst || !caller->inst->module) return NULL;
  if (index >= caller->inst->module->nmems) return NULL;
  return caller->inst->mems[index];
}

wd_store *wd_caller_store(wd_caller *caller) { return caller ? caller->store : NULL; }

bool wd_caller_trap(wd_caller *caller, wd_errcode code, const char *message) {
  if (!caller || !caller->trap) return false;
  if ((unsigned)code >= WD_E__COUNT || code == WD_E_OK) code = WD_E_TRAP_HOST;
  if (message) wd_fail(caller->trap, code, WD_NO_OFFSET, "%s", message);
  else wd_fail(caller->trap, code, WD_NO_OFFSET, NULL);
  return false;
}

/* ---------------------------------------------------------------- exceptions */

wd_tag *wd_tag_new(wd_store *store, const wd_valkind *params, uint32_t nparams, wd_error *err) {
  if (!store || (nparams && !params) || nparams > WD_MAX_FUNC_PARAMS) {
    API_FAIL(err, "tag needs a store and its parameter kinds");
    return NULL;
  }
  uint8_t inline_types[HOST_TYPE_INLINE];
  uint8_t *types = nparams <= HOST_TYPE_INLINE ? inline_types : wd_alloc(store->al, nparams);
  if (!types) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "tag type");
    return NULL;
  }
  wd_tag *t = NULL;
  for (uint32_t i = 0; i < nparams; i++) {
    if (!valkind_ok((int)params[i])) {
      API_FAIL(err, "value kind 0x%x", (unsigned)params[i]);
      goto out;
    }
    types[i] = (uint8_t)params[i];
  }
  wd_functype ft = {.nparams = nparams, .types = types};
  const wd_functype *canon = wd_engine_intern(store->engine, &ft);
  if (!canon) wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "tag type");
  else t = wd_store_tag(store, canon, err);
out:
  if (types != inline_types) wd_free(store->al, types, nparams);
  return t;
}

bool wd_caller_throw(wd_caller *caller, wd_tag *tag, const wd_val *args, size_t nargs) {
  if (!caller || !caller->store) return false;
  wd_store *s = caller->store;
  wd_error *err = caller->trap;
  if (!tag || nargs != tag->type->nparams || (nargs && !args))
    return wd_fail(err, WD_E_TRAP_HOST, WD_NO_OFFSET, "wd_caller_throw: tag and payload do not match");
  if (!(s->engine->cfg.features & WD_FEATURE_EXCEPTIONS))   /* its modules' code cannot be unwound */
    return wd_fail(err, WD_E_TRAP_HOST, WD_NO_OFFSET, "wd_caller_throw: the engine's exceptions feature is off");
  if (tag->store != s) return wd_fail(err, WD_E_TRAP_HOST, WD_NO_OFFSET, "wd_caller_throw: tag of another store");
  uint64_t inline_slots[CALL_INLINE_SLOTS] = {0};
  uint64_t *slots = tag->nslots <= CALL_INLINE_SLOTS ? inline_slots : wd_alloc_array(s->al, tag->nslots, sizeof *slots);
  if (!slots) return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "exception payload");
  size_t at = 0;
  bool ok = true;
  for (uint32_t i = 0; i < nargs && ok; i++) {
    uint8_t k = tag->type->types[i];
    if (args[i].kind != k || (k == WD_EXNREF && args[i].of.exn && !wd_exn_valid(s, args[i].of.exn)))
      ok = wd_fail(err, WD_E_TRAP_HOST, WD_NO_OFFSET, "wd_caller_throw: payload value %u has the wrong kind", i);
    else at += val_to_slots(&args[i], k, slots + at);
  }
  struct wd_exn *e = ok ? wd_exn_new(s, tag, slots, err) : NULL;
  if (slots != inline_slots) wd_free(s->al, slots, tag->nslots * sizeof *slots);
  if (!e) return false;
  s->pending = e;
  return wd_fail(err, WD_E_UNCAUGHT_EXCEPTION, WD_NO_OFFSET, "thrown by a host function");
}

bool wd_exn_get(const wd_exn *exn, wd_tag **tag, wd_val *values, size_t cap, size_t *n) {
  if (!exn) return false;
  const wd_functype *ft = exn->tag->type;
  if (tag) *tag = exn->tag;
  if (n) *n = ft->nparams;
  if (values && cap >= ft->nparams) {
    size_t at = 0;
    for (uint32_t i = 0; i < ft->nparams; i++) at += slots_to_val(exn->slots + at, ft->types[i], &values[i]);
  }
  return true;
}

bool wd_store_exception(const wd_store *store, wd_tag **tag, wd_val *values, size_t cap, size_t *n) {
  return store && wd_exn_get(store->pending, tag, values, cap, n);
}

/* ---------------------------------------------------------------- globals */

wd_global *wd_global_new(wd_store *store, wd_valkind kind, bool mutable_, wd_val init, wd_error *err) {
  if (!store) {
    API_FAIL(err, "store is NULL");
    return NULL;
  }
  if (!valkind_ok((int)kind)) {
    API_FAIL(err, "value kind 0x%x", (unsigned)kind);
    return NULL;
  }
  if (init.kind != (uint8_t)kind) {
    wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "initial value is 0x%x, the global is 0x%x", (unsigned)init.kind,
            (unsigned)kind);
    return NULL;
  }
  if (kind == WD_EXNREF && init.of.exn) {
    API_FAIL(err, "an exnref global starts null");
    return NULL;
  }
  uint64_t v[2] = {0, 0};
  val_to_slots(&init, (uint8_t)kind, v);
  return wd_store_global(store, (uint8_t)kind, mutable_, v, err);
}

wd_val wd_global_get(const wd_global *g) {
  wd_val v;
  memset(&v, 0, sizeof v);
  if (g) slots_to_val(g->val, g->type, &v);
  return v;
}

bool wd_global_set(wd_global *g, wd_val v, wd_error *err) {
  if (!g) return API_FAIL(err, "global is NULL");
  if (!g->mut) return wd_fail(err, WD_E_GLOBAL_IMMUTABLE, WD_NO_OFFSET, NULL);
  if (v.kind != g->type)
    return wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "value is 0x%x, the global is 0x%x", (unsigned)v.kind,
                   (unsigned)g->type);
  if (v.kind == WD_EXNREF && v.of.exn) return API_FAIL(err, "the host can only store a null exnref");
  uint64_t s[2] = {0, 0};
  val_to_slots(&v, g->type, s);
  g->val[0] = s[0];
  g->val[1] = s[1];
  return true;
}

void wd_global_type(const wd_global *g, wd_valkind *kind, bool *mutable_) {
  if (kind) *kind = g ? (wd_valkind)wd_type_kind(g->type) : (wd_valkind)0;
  if (mutable_) *mutable_ = g ? g->mut : false;
}

/* ---------------------------------------------------------------- tables */

static uint64_t ref_slot(const wd_val *v) {
  return v->kind == WD_FUNCREF ? (uint64_t)(uintptr_t)v->of.func : (uint64_t)(uintptr_t)v->of.externref;
}

wd_table *wd_table_new(wd_store *store, wd_valkind elem, uint32_t min, uint32_t max, wd_val init, wd_error *err) {
  if (!store) {
    API_FAIL(err, "store is NULL");
    return NULL;
  }
  if (elem != WD_FUNCREF && elem != WD_EXTERNREF) {
    API_FAIL(err, "table element kind 0x%x", (unsigned)elem);
    return NULL;
  }
  if (max != WD_NO_MAX && max < min) {
    wd_fail(err, WD_E_LIMITS_MIN_MAX, WD_NO_OFFSET, "table %u..%u", min, max);
    return NULL;
  }
  if (init.kind != (uint8_t)elem) {
    wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "initial value is 0x%x, the table holds 0x%x", (unsigned)init.kind,
            (unsigned)elem);
    return NULL;
  }
  return wd_store_table(store, (uint8_t)elem, min, max, ref_slot(&init), err);
}

uint32_t wd_table_size(const wd_table *t) { return t ? t->size : 0; }

bool wd_table_get(const wd_table *t, uint32_t i, wd_val *out) {
  if (!t || !out || i >= t->size) return false;
  slots_to_val(&t->elems[i], t->elem, out);
  return true;
}

bool wd_table_set(wd_table *t, uint32_t i, wd_val v, wd_error *err) {
  if (!t) return API_FAIL(err, "table is NULL");
  if (i >= t->size) return wd_fail(err, WD_E_TRAP_TABLE_OOB, WD_NO_OFFSET, "index %u, size %u", i, t->size);
  if (v.kind != t->elem)
    return wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "value is 0x%x, the table holds 0x%x", (unsigned)v.kind,
                   (unsigned)t->elem);
  if (v.kind == WD_EXNREF && v.of.exn) return API_FAIL(err, "the host can only store a null exnref");
  t->elems[i] = ref_slot(&v);
  return true;
}

/* ---------------------------------------------------------------- memories */

wd_memory *wd_memory_new(wd_store *store, uint32_t min_pages, uint32_t max_pages, wd_error *err) {
  if (!store) {
    API_FAIL(err, "store is NULL");
    return NULL;
  }
  if (min_pages > 65536 || (max_pages != WD_NO_MAX && max_pages > 65536)) {
    wd_fail(err, WD_E_MEMORY_SIZE_LIMIT, WD_NO_OFFSET, NULL);
    return NULL;
  }
  if (max_pages != WD_NO_MAX && max_pages < min_pages) {
    wd_fail(err, WD_E_LIMITS_MIN_MAX, WD_NO_OFFSET, "memory %u..%u pages", min_pages, max_pages);
    return NULL;
  }
  return wd_store_memory(store, min_pages, max_pages, err);
}

wd_memory *wd_memory_new_shared(wd_store *store, uint32_t min_pages, uint32_t max_pages, wd_error *err) {
  if (store && max_pages == WD_NO_MAX) {
    wd_fail(err, WD_E_SHARED_MEMORY_MAX, WD_NO_OFFSET, NULL);
    return NULL;
  }
  if (!store) {
    API_FAIL(err, "store is NULL");
    return NULL;
  }
  if (min_pages > 65536 || max_pages > 65536) {
    wd_fail(err, WD_E_MEMORY_SIZE_LIMIT, WD_NO_OFFSET, NULL);
    return NULL;
  }
  if (max_pages < min_pages) {
    wd_fail(err, WD_E_LIMITS_MIN_MAX, WD_NO_OFFSET, "memory %u..%u pages", min_pages, max_pages);
    return NULL;
  }
  wd_lim lim = {min_pages, max_pages, true, false, 16, true};
  wd_memory *m = wd_store_memory_lim(store, &lim, err);
  if (m) m->shared = true;
  return m;
}

bool wd_memory_is_shared(const wd_memory *m) { return m && m->shared; }

int64_t wd_memory_notify(wd_memory *m, uint64_t offset, uint32_t count) {
  uint64_t woken = 0;
  if (!m || wd_atomic_exec(m, WD_OP_MEMORY_ATOMIC_NOTIFY, offset, 0, 0, count, 0, NULL, &woken) != WD_E_OK) return -1;
  return (int64_t)woken;
}

uint32_t wd_memory_pages(const wd_memory *m) { return m ? wd_memory_npages(m) : 0; }
size_t wd_memory_size(const wd_memory *m) { return m ? (size_t)wd_memory_bytes(m) : 0; }
uint8_t *wd_memory_data(wd_memory *m) { return m ? m->data : NULL; }

static bool mem_range_ok(const wd_memory *m, uint64_t offset, size_t len) {
  uint64_t size = m ? wd_memory_bytes(m) : 0;
  return m && offset <= size && (uint64_t)len <= size - offset;
}

bool wd_memory_read(const wd_memory *m, uint64_t offset, void *dst, size_t len) {
  if (!mem_range_ok(m, offset, len) || (len && !dst)) return false;
  if (len) memcpy(dst, m->data + offset, len);
  return true;
}

bool wd_memory_write(wd_memory *m, uint64_t offset, const void *src, size_t len) {
  if (!mem_range_ok(m, offset, len) || (len && !src)) return false;
  if (len) memcpy(m->data + offset, src, len);
  return true;
}

int32_t wd_memory_grow(wd_memory *m, uint32_t delta_pages) {
  if (!m || !m->store) return -1;
  int64_t r = wd_memory_grow_pages(m->store, m, delta_pages);
  return r < 0 ? -1 : (int32_t)r;
}

/* ---------------------------------------------------------------- reflection for host layers */

static void lim_out(const wd_lim *l, wd_externtype *out) {
  /* i64 limits beyond 2^32-1 read as 2^32-1 (WD_NO_MAX for a max); addr64 and page_log2 tell the rest */
  out->min = l->min > UINT32_MAX ? UINT32_MAX : (uint32_t)l->min;
  out->max = l->has_max && l->max < UINT32_MAX ? (uint32_t)l->max : WD_NO_MAX;
  out->addr64 = l->is64;
  out->page_log2 = l->page_log2;
}

static void externtype_of(const wd_module *m, uint8_t kind, uint32_t index, uint32_t type_idx,
                          wd_externtype *out) {
  memset(out, 0, sizeof *out);
  out->kind = (wd_externkind)kind;
  out->max = WD_NO_MAX;
  switch (kind) {
  case WD_EXTERN_FUNC: {                    /* the canonical copy: typed references as their kinds */
    const wd_functype *ft = m->types[type_idx].canon ? m->types[type_idx].canon : &m->types[type_idx];
    out->nparams = ft->nparams;
    out->nresults = ft->nresults;
    out->params = wd_ft_params(ft);
    out->results = wd_ft_results(ft);
    break;
  }
  case WD_EXTERN_TABLE:
    out->valkind = wd_type_kind(m->tables[index].elem);
    lim_out(&m->tables[index].lim, out);
    break;
  case WD_EXTERN_MEMORY:
    lim_out(&m->mems[index].lim, out);
    out->shared = m->mems[index].lim.shared;
    break;
  case WD_EXTERN_GLOBAL:
    out->valkind = wd_type_kind(m->globals[index].type.type);
    out->mutable_ = m->globals[index].type.mut;
    break;
  case WD_EXTERN_TAG: {
    const wd_functype *ft = m->types[m->tag_type[index]].canon ? m->types[m->tag_type[index]].canon
                                                               : &m->types[m->tag_type[index]];
    out->nparams = ft->nparams;
    out->params = wd_ft_params(ft);
    break;
  }
  }
}

bool wd_module_import_type(const wd_module *m, uint32_t i, wd_externtype *out) {
  if (!m || !out || i >= m->nimports) return false;
  const wd_import *im = &m->imports[i];
  /* An import's index in its own index space: imports of that kind before it. */
  uint32_t index = 0;
  for (uint32_t j = 0; j < i; j++) index += m->imports[j].kind == im->kind;
  externtype_of(m, im->kind, index, im->kind == WD_EXTERN_FUNC ? im->desc.type_idx : 0, out);
  return true;
}

bool wd_module_export_type(const wd_module *m, uint32_t i, wd_externtype *out) {
  if (!m || !out || i >= m->nexports) return false;
  const wd_export *ex = &m->exports[i];
  externtype_of(m, ex->kind, ex->index, ex->kind == WD_EXTERN_FUNC ? m->func_type[ex->index] : 0, out);
  return true;
}

void wd_table_type(const wd_table *t, wd_valkind *elem, uint32_t *max) {
  if (elem) *elem = t ? (wd_valkind)wd_type_kind(t->elem) : WD_FUNCREF;
  if (max) *max = t ? t->max : WD_NO_MAX;
}

int64_t wd_table_grow(wd_store *store, wd_table *t, uint32_t delta, wd_val init, wd_error *err) {
  if (!store || !t) {
    API_FAIL(err, "store or table is NULL");
    return -1;
  }
  if (init.kind != t->elem) {
    wd_fail(err, WD_E_ARG_TYPE, WD_NO_OFFSET, "initial value is 0x%x, the table holds 0x%x", (unsigned)init.kind,
            (unsigned)t->elem);
    return -1;
  }
  int64_t r = wd_table_grow_elems(store, t, delta, ref_slot(&init));
  if (r < 0) wd_fail(err, WD_E_LIMIT_TABLE, WD_NO_OFFSET, "growing a table of %u elements by %u", t->size, delta);
  return r;
}

uint32_t wd_memory_max(const wd_memory *m) { return m ? m->decl_max : WD_NO_MAX; }
