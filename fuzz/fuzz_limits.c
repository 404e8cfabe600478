/* fuzz_limits.c — libFuzzer target: generated valid modules under tight store-wide limits and small fuel.
 *
 * Input: byte 0 chooses the layout, mode and generator flags; bytes 1-2 (little endian): bit 15 lets the
 * generator use SIMD, bits 0-14 say how many of the following bytes drive the generator (fuzz/gen.h);
 * the bytes after that are arguments. The generated module may declare memories of up to 65,536 pages
 * and tables of up to a million elements, with or without a maximum; the store allows 8 MiB of linear
 * memory, 65,536 table elements and 256 MiB of reserved address space in all, and every call gets at
 * most 20,000 units of fuel. A finding is anything the limits should have prevented: the store's
 * usage (wd_store_usage) above a limit after instantiation or any call, a call or an instantiation
 * that took more than WORK_BOUND_NS of CPU time (fuel bounds work, so a few thousand units cannot take
 * that long), or a process whose resident memory grew past RSS_BOUND_MB (also libFuzzer's
 * -rss_limit_mb in fuzz_limits.options). Clean errors, traps, -1 from grow and out-of-fuel are fine.
 *
 * fuzz-input: generator (built against the runtime without comparison tracing; fuzz/README.md).
 *
 * May touch: the public API, fuzz/gen.h, fuzz/common.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include "geninput.h"

#define MAX_PARAMS 64
#define CALL_FUEL 20000u
#define TOTAL_MEMORY (8u << 20)
#define TOTAL_TABLE 65536u
#define RESERVED (256u << 20)
#define WORK_BOUND_NS 3000000000ull   /* 3 s of CPU for a few thousand units: only unmetered work gets there */
#define RSS_BOUND_MB 1536             /* the whole process, sanitizers and corpus included */

static uint64_t cpu_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void check_bounds(wd_store *store, const char *what, uint64_t t0) {
  wd_usage u;
  if (!wd_store_usage(store, &u)) fz_die("wd_store_usage failed");
  if (u.memory_bytes > TOTAL_MEMORY)
    fz_die("%s: the store holds %llu bytes of memory, the limit is %u", what, (unsigned long long)u.memory_bytes,
           TOTAL_MEMORY);
  if (u.table_elems > TOTAL_TABLE)
    fz_die("%s: the store holds %llu table elements, the limit is %u", what, (unsigned long long)u.table_elems,
           TOTAL_TABLE);
  if (u.reserved_bytes > RESERVED)
    fz_die("%s: %llu bytes of address space reserved, the limit is %u", what, (unsigned long long)u.reserved_bytes,
           RESERVED);
  uint64_t spent = cpu_ns() - t0;
  if (spent > WORK_BOUND_NS)
    fz_die("%s: %.2f s of CPU time on at most %u units of fuel", what, spent / 1e9, CALL_FUEL);
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) == 0 && ru.ru_maxrss / 1024 > RSS_BOUND_MB)
    fz_die("%s: peak resident memory %ld MB", what, ru.ru_maxrss / 1024);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_in in;
  fz_in_init(&in, data, size);
  uint8_t cfg;
  wd_gen_opts go;
  fz_in gen_in = fz_gen_header(&in, &cfg, &go);
  go.max_funcs = 8;
  go.max_instrs = 200;
  go.max_depth = 6;
  go.max_memory_pages = 65536;
  go.max_table_elems = 1000000;
  if (cfg & 0x10) go.flags |= WD_GEN_UNBOUNDED;
  if (cfg & 0x20) go.flags |= WD_GEN_NO_START;
  size_t wlen = 0;
  uint8_t *wasm = wd_gen_module_alloc(gen_in.p, fz_in_left(&gen_in), &go, &wlen);
  if (!wasm) return 0;
  fz_dump_module(wasm, wlen);

  wd_limits lim;
  fz_limits(&lim);
  lim.max_memory_pages = 65536;
  lim.max_table_elems = 1000000;
  lim.max_total_memory_bytes = TOTAL_MEMORY;
  lim.max_total_table_elems = TOTAL_TABLE;
  lim.max_reserved_bytes = RESERVED;
  const char *layout = fz_layout_names[(cfg & 3) % FZ_NLAYOUTS];
  wd_mode mode = fz_modes[((cfg >> 2) & 3) % FZ_NMODES];
  wd_engine *e = fz_engine_limits(layout, mode, &lim);
  wd_error err;
  wd_module *mod = wd_module_new(e, wasm, wlen, &err);
  if (!mod) {
    if (err.code != WD_E_LIMIT_ARENA && err.code != WD_E_OUT_OF_MEMORY)
      fz_die("a generated module does not load: %s (%s)", wd_errcode_name(err.code), err.message);
    goto out;
  }
  wd_store *store = wd_store_new(e, &err);
  if (!store) fz_die("wd_store_new: %s", err.message);
  int ninst = (cfg & 0x80) ? 3 : 1;           /* more instances share the store's totals */
  for (int k = 0; k < ninst; k++) {
    fz_set_fuel(store, CALL_FUEL);
    uint64_t t0 = cpu_ns();
    wd_instance *inst = wd_instantiate(store, mod, NULL, 0, &err);
    check_bounds(store, "instantiate", t0);
    if (!inst) {
      if (!fz_code_ok_at_run_time(err.code))
        fz_die("a generated module does not instantiate: %s (%s)", wd_errcode_name(err.code), err.message);
      continue;
    }
    uint32_t nex = wd_module_export_count(mod);
    for (uint32_t i = 0; i < nex; i++) {
      wd_exportdesc d;
      wd_extern ex;
      if (!wd_module_export(mod, i, &d) || d.kind != WD_EXTERN_FUNC) continue;
      if (!wd_instance_export_index(inst, i, &ex) || ex.kind != WD_EXTERN_FUNC) fz_die("export %u is missing", i);
      uint32_t np, nr;
      const wd_valkind *pt, *rt;
      wd_func_type(ex.of.func, &np, &pt, &nr, &rt);
      if (np > MAX_PARAMS || nr > MAX_PARAMS) continue;
      wd_val args[MAX_PARAMS], res[MAX_PARAMS];
      for (uint32_t a = 0; a < np; a++) args[a] = fz_arg(&in, pt[a]);
      fz_set_fuel(store, CALL_FUEL);
      t0 = cpu_ns();
      bool ok = wd_func_call(store, ex.of.func, args, np, res, nr, &err);
      check_bounds(store, "call", t0);
      if (!ok && !fz_code_ok_at_run_time(err.code))
        fz_die("calling export %u: %s (%s)", i, wd_errcode_name(err.code), err.message);
    }
  }
  wd_store_free(store);
out:
  wd_module_free(mod);
  wd_engine_free(e);
  free(wasm);
  return 0;
}
