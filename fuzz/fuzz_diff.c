/* fuzz_diff.c — libFuzzer target: one generated module, every layout x mode, the same observable result.
 *
 * Input: byte 0 holds options (generator flags, a second round of calls, chunked fuel); bytes 1-2 (little
 * endian): bit 15 lets the generator use SIMD, bits 0-14 say how many of the following bytes drive the
 * generator (fuzz/gen.h); the rest are arguments and fuel amounts, read afresh by every run. v128 results,
 * globals and memory are compared bit for bit (every layout and mode runs the same simd.c). The generated module runs in each of the 3 layouts x 3 modes:
 * load, instantiate (with fuel), call every exported function with the same arguments and fuel (once, or
 * twice over). Each run writes a trace: instantiation outcome, each call's results (NaNs canonicalised)
 * or trap code and the fuel it used, every exported global's value and table's size and null pattern
 * after each round, and every exported memory's size and content hash at the end. With chunked fuel (and
 * a build with resumable fuel stops) every run but the reference gets each call's fuel a few units at a
 * time and resumes after every stop, which must change nothing. All nine traces must be identical; the
 * first difference is printed and the target aborts.
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
#define CALL_FUEL_BASE 60u
#define CALL_FUEL_STEP 3u
#define START_FUEL 2000u

static void trace_calls(fz_trace *t, wd_store *store, wd_module *mod, wd_instance *inst, uint64_t chunk,
                        fz_in *in) {
  uint32_t nex = wd_module_export_count(mod);
  for (uint32_t i = 0; i < nex; i++) {
    wd_exportdesc d;
    wd_extern ex;
    if (!wd_module_export(mod, i, &d) || d.kind != WD_EXTERN_FUNC) continue;
    if (!wd_instance_export_index(inst, i, &ex) || ex.kind != WD_EXTERN_FUNC)
      fz_die("export '%.*s' missing from the instance", (int)d.name_len, d.name);
    uint32_t np, nr;
    const wd_valkind *pt, *rt;
    wd_func_type(ex.of.func, &np, &pt, &nr, &rt);
    if (np > MAX_PARAMS || nr > MAX_PARAMS) continue;
    wd_val args[MAX_PARAMS], res[MAX_PARAMS];
    for (uint32_t k = 0; k < np; k++) args[k] = fz_arg(in, pt[k]);
    uint64_t budget = CALL_FUEL_BASE + CALL_FUEL_STEP * fz_u8(in), used;
    wd_error err;
    fz_trace_printf(t, "call %.*s:", (int)d.name_len, d.name);
    bool ok = fz_call_fuel(store, ex.of.func, args, np, res, nr, budget, chunk, &used, &err);
    if (ok) {
      for (uint32_t k = 0; k < nr; k++) fz_trace_val(t, &res[k]);
    } else {
      if (!fz_code_ok_at_run_time(err.code))
        fz_die("calling '%.*s' of a valid module: %s", (int)d.name_len, d.name, err.message);
      fz_trace_printf(t, " trap %s", wd_errcode_name(err.code));
    }
    fz_trace_printf(t, " fuel used %llu\n", (unsigned long long)used);
  }
}

/* Globals and tables after every round; memories (hashed: the costly part) only after the last. */
static void trace_state(fz_trace *t, wd_module *mod, wd_instance *inst, bool memories) {
  uint32_t nex = wd_module_export_count(mod);
  for (uint32_t i = 0; i < nex; i++) {
    wd_exportdesc d;
    wd_extern ex;
    if (!wd_module_export(mod, i, &d) || !wd_instance_export_index(inst, i, &ex))
      fz_die("export %u cannot be found", i);
    switch (ex.kind) {
    case WD_EXTERN_GLOBAL: {
      wd_val v = wd_global_get(ex.of.global);
      fz_trace_printf(t, "global %.*s:", (int)d.name_len, d.name);
      fz_trace_val(t, &v);
      fz_trace_printf(t, "\n");
      break;
    }
    case WD_EXTERN_MEMORY: {
      if (!memories) break;
      size_t size = wd_memory_size(ex.of.memory);
      fz_trace_printf(t, "memory %.*s: %u pages, hash %016llx\n", (int)d.name_len, d.name,
                      wd_memory_pages(ex.of.memory),
                      (unsigned long long)fz_hash(0, wd_memory_data(ex.of.memory), size));
      break;
    }
    case WD_EXTERN_TABLE: {
      uint32_t n = wd_table_size(ex.of.table);
      uint64_t h = 0;
      for (uint32_t k = 0; k < n; k++) {
        wd_val v;
        if (!wd_table_get(ex.of.table, k, &v)) fz_die("table get %u of %u failed", k, n);
        uint8_t nonnull = v.of.externref != NULL;
        h = fz_hash(h, &nonnull, 1);
      }
      fz_trace_printf(t, "table %.*s: %u elements, nulls %016llx\n", (int)d.name_len, d.name, n,
                      (unsigned long long)h);
      break;
    }
    default:
      break;
    }
  }
}

static void run(fz_trace *t, const uint8_t *wasm, size_t wlen, const char *layout, wd_mode mode, int rounds,
                uint64_t chunk, fz_in in) {
  /* Memories may grow only a little: nine runs per input each copy and zero what they grow to. */
  wd_limits lim;
  fz_limits(&lim);
  lim.max_memory_pages = 4;
  wd_engine *e = fz_engine_limits(layout, mode, &lim);
  wd_error err;
  wd_module *mod = wd_module_new(e, wasm, wlen, &err);
  if (!mod) fz_die("a generated module does not load (%s/%s): %s", layout, fz_mode_name(mode), err.message);
  wd_store *store = wd_store_new(e, &err);
  if (!store) fz_die("wd_store_new: %s", err.message);
  fz_set_fuel(store, START_FUEL);
  wd_instance *inst = wd_instantiate(store, mod, NULL, 0, &err);
  if (!inst) {
    if (!fz_code_ok_at_run_time(err.code)) fz_die("a generated module does not instantiate: %s", err.message);
    fz_trace_printf(t, "instantiate: trap %s fuel %llu\n", wd_errcode_name(err.code),
                    (unsigned long long)fz_fuel_left(store));
  } else {
    fz_trace_printf(t, "instantiate: ok fuel %llu\n", (unsigned long long)fz_fuel_left(store));
    for (int round = 0; round < rounds; round++) {
      trace_calls(t, store, mod, inst, chunk, &in);
      trace_state(t, mod, inst, round == rounds - 1);
    }
  }
  wd_store_free(store);
  wd_module_free(mod);
  wd_engine_free(e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_in in;
  fz_in_init(&in, data, size);
  uint8_t cfg;
  wd_gen_opts go;
  fz_in gen_in = fz_gen_header(&in, &cfg, &go);
  go.max_funcs = 4;
  go.max_instrs = 80;
  go.max_depth = 8;
  go.max_memory_pages = 1;
  go.max_table_elems = 32;
  if (cfg & 1) go.flags |= WD_GEN_UNBOUNDED;
  if (cfg & 2) go.flags |= WD_GEN_NO_START;
  int rounds = (cfg & 4) ? 2 : 1;     /* a second round of calls sees the state the first one left */
  /* Bit 3: every run but the reference gets its fuel in chunks, resuming after each out-of-fuel stop;
   * the results, states and fuel used must be those of the reference's uninterrupted calls. */
  uint64_t chunk = (cfg & 8) ? 1 + (uint64_t)(cfg >> 4) * 7 : 0;
  size_t wlen = 0;
  uint8_t *wasm = wd_gen_module_alloc(gen_in.p, fz_in_left(&gen_in), &go, &wlen);
  if (!wasm) return 0;
  fz_dump_module(wasm, wlen);

  fz_trace ref = {0};
  char ref_name[64], name[64];
  snprintf(ref_name, sizeof ref_name, "%s/%s", fz_layout_names[0], fz_mode_name(fz_modes[0]));
  run(&ref, wasm, wlen, fz_layout_names[0], fz_modes[0], rounds, 0, in);
  for (int l = 0; l < FZ_NLAYOUTS; l++) {
    for (int mi = 0; mi < FZ_NMODES; mi++) {
      if (l == 0 && mi == 0) continue;
      fz_trace t = {0};
      run(&t, wasm, wlen, fz_layout_names[l], fz_modes[mi], rounds, chunk, in);
      if (t.len != ref.len || memcmp(t.buf, ref.buf, t.len) != 0) {
        snprintf(name, sizeof name, "%s/%s", fz_layout_names[l], fz_mode_name(fz_modes[mi]));
        fz_trace_mismatch(ref_name, &ref, name, &t);
      }
      fz_trace_free(&t);
    }
  }
  fz_trace_free(&ref);
  free(wasm);
  return 0;
}
