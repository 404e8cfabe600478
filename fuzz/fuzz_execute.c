/* fuzz_execute.c — libFuzzer target: generated valid modules, instantiated and run.
 *
 * Input: byte 0 chooses the configuration (layout, mode, generator flags, extras); bytes 1-2 (little
 * endian): bit 15 lets the generator use SIMD, bits 0-14 say how many of the following bytes drive the
 * generator (fuzz/gen.h), which turns them into a valid module; the bytes after that are arguments and
 * fuel amounts. The module is loaded and instantiated
 * through the public API with fuel and the limits of fz_limits(); every exported function is called with
 * arguments drawn from the input, twice (before and after the host touches the exported globals,
 * memories and tables through the API). A call that runs out of fuel is resumed with more, cancelled,
 * resumed with the wrong number of results, or left suspended, as the input says. Traps and limits are fine. A crash, a leak or a sanitizer report
 * is a finding, and so is an outcome a valid module must never have: a load, validation or link error, a
 * "function failed validation" trap, or results of the wrong types.
 *
 * fuzz-input: generator (built against the runtime without comparison tracing; fuzz/README.md).
 *
 * May touch: the public API, fuzz/gen.h, fuzz/common.h (fuel through the store's fields).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geninput.h"

#define MAX_PARAMS 64
#define CALL_FUEL_BASE 300u
#define CALL_FUEL_STEP 12u
#define START_FUEL 20000u

static FILE *devnull;

static void check_call(bool ok, const wd_error *err, const char *name, size_t len, uint32_t nres,
                       const wd_valkind *rt, const wd_val *res) {
  if (!ok) {
    if (!fz_code_ok_at_run_time(err->code))
      fz_die("calling export '%.*s' of a valid module: %s (%s)", (int)len, name, wd_errcode_name(err->code),
             err->message);
    return;
  }
  for (uint32_t i = 0; i < nres; i++)
    if (res[i].kind != (uint8_t)rt[i])
      fz_die("export '%.*s': result %u has kind 0x%x, its type says 0x%x", (int)len, name, i, res[i].kind, rt[i]);
}

/* A call stopped for fuel: resume it (a few times), cancel it, misuse the API, or leave it suspended (the
 * next call discards it), as the input says. Returns the call's final outcome. */
static bool after_fuel_stop(wd_store *store, uint32_t nr, wd_val *res, fz_in *in, wd_error *err) {
  if (!wd_store_suspended(store)) fz_die("an outermost call ran out of fuel but the store is not suspended");
  wd_error e2;
  switch (fz_u8(in) & 3) {
  case 0:
    for (int k = 0; k < 2; k++) {
      if (!wd_store_fuel_add(store, CALL_FUEL_BASE + CALL_FUEL_STEP * fz_u8(in), &e2))
        fz_die("wd_store_fuel_add: %s", e2.message);
      if (wd_store_resume(store, res, nr, err)) return true;
      if (err->code != WD_E_TRAP_OUT_OF_FUEL) return false;
    }
    return false;
  case 1:
    wd_store_cancel(store);
    if (wd_store_suspended(store)) fz_die("still suspended after wd_store_cancel");
    if (wd_store_resume(store, res, nr, &e2)) fz_die("wd_store_resume succeeded after wd_store_cancel");
    return false;
  case 2: {
    /* The wrong number of results is refused without harm (the call may then be resumed or not). */
    wd_val extra[MAX_PARAMS + 1];
    wd_store_fuel_add(store, 1000, &e2);
    if (wd_store_resume(store, extra, nr + 1, &e2)) fz_die("wd_store_resume accepted %u results for %u", nr + 1, nr);
    return false;
  }
  default:
    return false;
  }
}

static void call_exports(wd_store *store, wd_module *mod, wd_instance *inst, fz_in *in) {
  uint32_t nex = wd_module_export_count(mod);
  for (uint32_t i = 0; i < nex; i++) {
    wd_exportdesc d;
    wd_extern ex;
    if (!wd_module_export(mod, i, &d)) fz_die("export %u of %u cannot be read", i, nex);
    if (d.kind != WD_EXTERN_FUNC) continue;
    if (!wd_instance_export(inst, d.name, d.name_len, &ex) || ex.kind != WD_EXTERN_FUNC || !ex.of.func)
      fz_die("export '%.*s' is in the module but not in the instance", (int)d.name_len, d.name);
    uint32_t np, nr;
    const wd_valkind *pt, *rt;
    wd_func_type(ex.of.func, &np, &pt, &nr, &rt);
    if (np > MAX_PARAMS || nr > MAX_PARAMS) continue;
    wd_val args[MAX_PARAMS], res[MAX_PARAMS];
    for (uint32_t k = 0; k < np; k++) args[k] = fz_arg(in, pt[k]);
    fz_set_fuel(store, CALL_FUEL_BASE + CALL_FUEL_STEP * fz_u8(in));
    wd_error err;
    bool ok = wd_func_call(store, ex.of.func, args, np, res, nr, &err);
    if (!ok && err.code == WD_E_TRAP_OUT_OF_FUEL && fz_have_resume()) ok = after_fuel_stop(store, nr, res, in, &err);
    check_call(ok, &err, d.name, d.name_len, nr, rt, res);
  }
}

/* The host side: reads and writes every exported global, memory and table through the API. */
static void poke_exports(wd_module *mod, wd_instance *inst, fz_in *in) {
  uint32_t nex = wd_module_export_count(mod);
  for (uint32_t i = 0; i < nex; i++) {
    wd_exportdesc d;
    wd_extern ex;
    if (!wd_module_export(mod, i, &d) || !wd_instance_export(inst, d.name, d.name_len, &ex))
      fz_die("export %u cannot be found", i);
    wd_error err;
    switch (ex.kind) {
    case WD_EXTERN_GLOBAL: {
      wd_valkind k;
      bool mut;
      wd_global_type(ex.of.global, &k, &mut);
      wd_val v = wd_global_get(ex.of.global);
      if (v.kind != (uint8_t)k) fz_die("global '%.*s' reads as kind 0x%x, typed 0x%x", (int)d.name_len, d.name, v.kind, k);
      wd_val nv = fz_arg(in, k);
      bool set = wd_global_set(ex.of.global, nv, &err);
      if (set != mut) fz_die("global '%.*s': set %s on a%s global", (int)d.name_len, d.name, set ? "succeeded" : "failed",
                             mut ? " mutable" : "n immutable");
      break;
    }
    case WD_EXTERN_MEMORY: {
      wd_memory *m = ex.of.memory;
      size_t size = wd_memory_size(m);
      wd_externtype et;
      if (!wd_module_export_type(mod, i, &et)) fz_die("export %u has no type", i);
      size_t page = (size_t)1 << et.page_log2;         /* 64 KiB, or 1 byte (custom page sizes) */
      if (size != (size_t)wd_memory_pages(m) * page)
        fz_die("memory size %zu is not its %u pages x %zu bytes", size, wd_memory_pages(m), page);
      uint8_t *data = wd_memory_data(m);
      (void)fz_hash(0, data, size);       /* every byte must be readable (ASan checks) */
      uint8_t b = fz_u8(in);
      if (size && !wd_memory_write(m, size - 1, &b, 1)) fz_die("memory write at its last byte failed");
      if (wd_memory_write(m, size, &b, 1)) fz_die("memory write past its end succeeded");
      uint32_t delta = fz_u8(in) & 3;
      int32_t old = wd_memory_grow(m, delta);
      if (old >= 0 && ((uint32_t)old != size / page || wd_memory_pages(m) != (uint32_t)old + delta))
        fz_die("memory grow by %u from %zu bytes returned %d, now %u pages", delta, size, old, wd_memory_pages(m));
      break;
    }
    case WD_EXTERN_TABLE: {
      wd_table *t = ex.of.table;
      uint32_t n = wd_table_size(t);
      wd_val v;
      for (uint32_t k = 0; k < n && k < 256; k++)
        if (!wd_table_get(t, k, &v)) fz_die("table get %u of %u failed", k, n);
      if (wd_table_get(t, n, &v)) fz_die("table get past its end succeeded");
      if (n) {
        wd_val null;
        memset(&null, 0, sizeof null);
        null.kind = v.kind;
        if (!wd_table_set(t, fz_u8(in) % n, null, &err)) fz_die("table set of a null failed: %s", err.message);
      }
      break;
    }
    default:
      break;
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!devnull && !(devnull = fopen("/dev/null", "w"))) fz_die("cannot open /dev/null");
  fz_in in;
  fz_in_init(&in, data, size);
  uint8_t cfg;
  wd_gen_opts go;
  fz_in gen_in = fz_gen_header(&in, &cfg, &go);
  go.max_funcs = 12;
  go.max_instrs = 300;
  go.max_depth = 8;
  go.max_memory_pages = 4;
  go.max_table_elems = 64;
  if (cfg & 0x10) go.flags |= WD_GEN_UNBOUNDED;
  if (cfg & 0x20) go.flags |= WD_GEN_NO_START;
  size_t wlen = 0;
  uint8_t *wasm = wd_gen_module_alloc(gen_in.p, fz_in_left(&gen_in), &go, &wlen);
  if (!wasm) return 0;
  fz_dump_module(wasm, wlen);

  const char *layout = fz_layout_names[(cfg & 3) % FZ_NLAYOUTS];
  wd_mode mode = fz_modes[((cfg >> 2) & 3) % FZ_NMODES];
  wd_engine *e = fz_engine(layout, mode);
  wd_error err;
  wd_module *mod = wd_module_new(e, wasm, wlen, &err);
  if (!mod) {
    if (err.code == WD_E_LIMIT_ARENA || err.code == WD_E_OUT_OF_MEMORY) goto out;
    fz_die("a generated module does not load (%s/%s): %s (%s)", layout, fz_mode_name(mode),
           wd_errcode_name(err.code), err.message);
  }
  if (cfg & 0x40) {
    uint32_t nf = wd_module_func_count(mod);
    for (uint32_t f = 0; f < nf; f++)
      if (!wd_module_disasm(mod, f, devnull, &err) && err.code != WD_E_INVALID_ARGUMENT &&
          !fz_code_ok_at_run_time(err.code))
        fz_die("disassembling function %u: %s", f, err.message);
  }
  wd_store *store = wd_store_new(e, &err);
  if (!store) fz_die("wd_store_new: %s", err.message);
  int ninst = (cfg & 0x80) ? 2 : 1;
  for (int k = 0; k < ninst; k++) {
    fz_set_fuel(store, START_FUEL);
    wd_instance *inst = wd_instantiate(store, mod, NULL, 0, &err);
    if (!inst) {
      if (!fz_code_ok_at_run_time(err.code))
        fz_die("a generated module does not instantiate: %s (%s)", wd_errcode_name(err.code), err.message);
      continue;
    }
    call_exports(store, mod, inst, &in);
    poke_exports(mod, inst, &in);
    call_exports(store, mod, inst, &in);
  }
  wd_store_free(store);
out:
  wd_module_free(mod);
  wd_engine_free(e);
  free(wasm);
  return 0;
}
