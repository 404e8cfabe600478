/* geninput.h — the input header every generator-driven fuzz target shares (fuzz_execute, fuzz_diff,
 * fuzz_limits, fuzz_threads): byte 0 is the target's own configuration byte; bytes 1-2 (little endian)
 * say how many of the following bytes drive the generator (bits 0-11), whether it may use the rest of
 * Wasm 3.0 (bit 12: threads with shared memories, custom page sizes, legacy exception handling and
 * throw_ref), i64 memories and tables (memory64, bit 13), wide arithmetic (bit 14) and SIMD, relaxed SIMD
 * included (bit 15; inputs are at most 4 KiB, so the length never needs those bits). The rest of the
 * input is left for arguments and fuel amounts.
 * Corpus compatibility: bit 12 was a length bit until 2026-12-05; an older input with it set now gets
 * those features and a length 4096 shorter (every generator decision after that point changes). Inputs
 * without it give the same module as before.
 * May touch: fuzz/common.h (the input cursor), fuzz/gen.h.
 */
#ifndef WD_FUZZ_GENINPUT_H
#define WD_FUZZ_GENINPUT_H

#include "common.h"
#include "gen.h"

/* Reads the header from in; returns the generator's bytes and fills go with the generator defaults and
 * every feature it knows (tail calls, extended constants, multiple memories, exceptions; threads, custom
 * page sizes and more exception handling, memory64, wide arithmetic and SIMD when bits 12-15 say). */
static inline fz_in fz_gen_header(fz_in *in, uint8_t *cfg, wd_gen_opts *go) {
  *cfg = fz_u8(in);
  size_t glen = fz_u8(in);
  glen |= (size_t)fz_u8(in) << 8;
  wd_gen_opts_init(go);
  go->features = WD_FEATURE_REFERENCE_TYPES | WD_FEATURE_TAIL_CALL | WD_FEATURE_EXTENDED_CONST |
                 WD_FEATURE_MULTI_MEMORY | WD_FEATURE_EXCEPTIONS;
  if (glen & 0x8000) go->features |= WD_FEATURE_SIMD | WD_FEATURE_RELAXED_SIMD;
  if (glen & 0x4000) go->features |= WD_FEATURE_WIDE_ARITHMETIC;
  if (glen & 0x2000) go->features |= WD_FEATURE_MEMORY64;
  if (glen & 0x1000) {
    go->features |= WD_FEATURE_THREADS | WD_FEATURE_CUSTOM_PAGE_SIZES;
    go->flags |= WD_GEN_EH_MORE;
  }
  return fz_take(in, glen & 0x0FFF);
}

#endif /* WD_FUZZ_GENINPUT_H */
