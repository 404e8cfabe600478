/* gen.h — the valid-module generator for fuzzing: arbitrary bytes in, a valid WebAssembly module out.
 *
 * Used by the fuzz targets (fuzz/fuzz_*.c) and by tests/tools/wd-gentest.c. Pure C11, no dependencies,
 * no global state: every call works on its own scratch memory. Touches nothing of warden's at run time;
 * it reads the WD_FEATURE_* bits of warden.h and the opcode table runtime/opcodes.def.
 *
 * The module is a deterministic function of (bytes, options). It defines everything it uses (no imports,
 * so it instantiates stand-alone: active segments always fit, any start function cannot trap) and exports
 * every function ("f0", "f1", ...), memory ("m0", ...), table ("t0", ...) and global ("g0", ...).
 * Function bodies may loop forever, recurse without end, or trap: run them with fuel.
 */
#ifndef WD_GEN_H
#define WD_GEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* wd_gen_opts.flags */
enum {
  WD_GEN_UNBOUNDED = 1u << 0,   /* some memories and tables may declare no maximum */
  WD_GEN_NO_START  = 1u << 1,   /* never emit a start function */
  WD_GEN_NO_TABLE64 = 1u << 2,  /* with memory64, i64 memories only (validators without table64) */
  /* Threads, for running one module's functions on several threads at once (fuzz/fuzz_threads.c): memory
   * 0 is imported as "env" "mem", declared (memory 0..1 1..4 shared), and the host must give it exactly
   * one 64 KiB page. Functions touch it only with accesses whose every interleaving leaves the same bytes:
   * 8 regions of 64 bytes (the last one ends at the memory's end), each with one class of writes: add/sub
   * at one width; and, or or xor at any width; or one byte value that every store, xchg and cmpxchg
   * writes (cmpxchg expects that value, so it never changes a byte); atomic loads, wait32/64 (timeouts mostly 0,
   * else 1 ns, 1 us, 50 us, endless or any) and notify, whose results are dropped at once; fences; and
   * addresses past the end or misaligned, which trap before touching anything. Everything else (plain and
   * SIMD loads and stores, bulk memory, grow, data segments) uses the module's own memories (1, 2, ...,
   * with multi-memory). Other features as given; memory64 applies to tables only. */
  WD_GEN_SHARED_MEMORY = 1u << 3,
  /* With exceptions, also the legacy try / catch / catch_all / rethrow / delegate and throw_ref (of an
   * exnref caught by catch_ref / catch_all_ref): a flag rather than a feature so that modules made with
   * WD_FEATURE_EXCEPTIONS alone stay what they were. */
  WD_GEN_EH_MORE = 1u << 4
};

typedef struct wd_gen_opts {
  uint32_t features;          /* WD_FEATURE_* the module may use: SIMD (v128 and every 0xFD opcode),
                                 RELAXED_SIMD, TAIL_CALL, EXTENDED_CONST, MULTI_MEMORY, WIDE_ARITHMETIC,
                                 MEMORY64 (i64 memories and tables), THREADS (0xFE atomics on the
                                 memories it makes, some of them shared: a wait on an unshared one
                                 traps, on a shared one it blocks until its timeout or the host's bound
                                 wd_limits.max_wait_ns: run with one), CUSTOM_PAGE_SIZES (memories with
                                 1-byte pages), EXCEPTIONS (tags, throw, try_table; see WD_GEN_EH_MORE) */
  uint32_t max_funcs;         /* defined functions, 1..64; 0 = 64 */
  uint32_t max_instrs;        /* instructions per function body, end included (at least 64); 0 = 2000 */
  uint32_t max_depth;         /* block nesting, 1..32; 0 = 32 */
  uint32_t max_memory_pages;  /* every memory's declared maximum (when it has one); 0 = 16 */
  uint32_t max_table_elems;   /* every table's declared maximum (when it has one); 0 = 64 */
  uint32_t flags;             /* WD_GEN_* */
  uint8_t *coverage;          /* optional, wd_gen_opcode_count() bytes: entry i is set to 1 when opcode i
                                 of opcodes.def is emitted (never cleared) */
} wd_gen_opts;

/* Fills in the defaults: every non-SIMD feature (SIMD only when asked for), the limits above, no flags,
 * no coverage. */
void wd_gen_opts_init(wd_gen_opts *opts);

/* Generates a module from data[0..size) (data may be NULL when size is 0). Returns its length; the module
 * is written to out only if that length is <= cap (call again with a bigger buffer otherwise). Returns 0
 * only when scratch memory cannot be allocated. opts NULL = defaults. */
size_t wd_gen_module(const uint8_t *data, size_t size, const wd_gen_opts *opts, uint8_t *out, size_t cap);

/* The same, into a buffer from malloc (release it with free). NULL when out of memory. */
uint8_t *wd_gen_module_alloc(const uint8_t *data, size_t size, const wd_gen_opts *opts, size_t *len);

/* The opcode table as the generator sees it (the entries of opcodes.def, in order). */
uint32_t wd_gen_opcode_count(void);
const char *wd_gen_opcode_name(uint32_t i);     /* mnemonic, NULL when out of range */
bool wd_gen_opcode_is_simd(uint32_t i);         /* 0xFD-prefixed: generated only with WD_FEATURE_SIMD */

#ifdef __cplusplus
}
#endif
#endif /* WD_GEN_H */
