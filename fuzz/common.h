/* common.h — helpers shared by the fuzz targets fuzz_promote.c, fuzz_execute.c and fuzz_diff.c:
 * reading decisions from the fuzzer's input, the layout x mode matrix, engines with fuzzing limits,
 * fuel, NaN canonicalisation, hashing, and an event trace that two runs can be compared by.
 *
 * May touch: the public API (warden.h) and the run-time structs of runtime.h (only for fuel, until a
 * public fuel API exists). Links into every out/fuzz target (configure.py links fuzz/ support files).
 */
#ifndef WD_FUZZ_COMMON_H
#define WD_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "warden.h"

/* ---------------------------------------------------------------- input cursor */

/* Reads decisions from the fuzzer's bytes; once they run out every read returns 0. */
typedef struct fz_in {
  const uint8_t *p, *end;
} fz_in;

static inline void fz_in_init(fz_in *in, const uint8_t *p, size_t n) { in->p = p; in->end = p + n; }
static inline size_t fz_in_left(const fz_in *in) { return (size_t)(in->end - in->p); }
uint8_t fz_u8(fz_in *in);
uint32_t fz_u32(fz_in *in);
uint64_t fz_u64(fz_in *in);
/* Takes up to n bytes off the front: a sub-cursor over them. */
fz_in fz_take(fz_in *in, size_t n);

/* ---------------------------------------------------------------- the layout x mode matrix */

/* warden.h's lists, never spelled here: fz_layout_names[l] for l < FZ_NLAYOUTS (wd_layout_names) and
 * fz_modes[m] for m < FZ_NMODES (wd_mode_names, whose i-th name is mode i). */
int fz_nlayouts(void);
int fz_nmodes(void);
const wd_mode *fz_mode_list(void);
#define FZ_NLAYOUTS fz_nlayouts()
#define FZ_NMODES fz_nmodes()
#define fz_layout_names (wd_layout_names())
#define fz_modes (fz_mode_list())
const char *fz_mode_name(wd_mode m);

/* The limits every fuzz target runs under: small enough that one input cannot exhaust the process
 * (libFuzzer's -rss_limit_mb) nor run for long. */
void fz_limits(wd_limits *l);
/* An engine with fz_limits, every feature, the given layout and mode; aborts if it cannot be made (a
 * valid configuration must always give an engine). */
wd_engine *fz_engine(const char *layout, wd_mode mode);
/* The same with other limits (l NULL = fz_limits). */
wd_engine *fz_engine_limits(const char *layout, wd_mode mode, const wd_limits *l);

/* ---------------------------------------------------------------- fuel */

void fz_set_fuel(wd_store *s, uint64_t fuel);
uint64_t fz_fuel_left(const wd_store *s);
/* Whether this build has warden.h's resumable fuel stops (wd_store_resume ...; linked weakly, so that
 * the targets build before api.c implements them). */
bool fz_have_resume(void);
/* Calls f with `budget` units of fuel: all at once (chunk 0, or no resume in this build), or `chunk`
 * units at a time, resuming after each out-of-fuel stop until the budget is spent. Returns like
 * wd_func_call; *used is the fuel consumed in all. */
bool fz_call_fuel(wd_store *s, wd_func *f, const wd_val *args, size_t nargs, wd_val *res, size_t nres,
                  uint64_t budget, uint64_t chunk, uint64_t *used, wd_error *err);

/* ---------------------------------------------------------------- values */

/* A value with NaNs canonicalised (sign and payload cleared, quiet bit set) and references reduced to
 * null / non-null, so that runs in different stores compare equal. */
void fz_canon_val(const wd_val *in, wd_val *out);
/* A zero / from-input argument of the given kind (references: null). */
wd_val fz_arg(fz_in *in, wd_valkind k);

/* 64-bit hash of a byte range (word at a time: memories are hashed after every run). */
uint64_t fz_hash(uint64_t h, const void *p, size_t n);

/* ---------------------------------------------------------------- traces */

/* A growing text log of what a run observed; two runs agree iff their traces are equal. */
typedef struct fz_trace {
  char *buf;
  size_t len, cap;
} fz_trace;

void fz_trace_printf(fz_trace *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void fz_trace_val(fz_trace *t, const wd_val *v);     /* canonicalised */
void fz_trace_free(fz_trace *t);
/* Prints both traces from the first line where they differ, then aborts. */
void fz_trace_mismatch(const char *what_a, const fz_trace *a, const char *what_b, const fz_trace *b)
    __attribute__((noreturn));

/* If $WD_FUZZ_DUMP names a file, writes the generated module there (to reproduce a finding outside the
 * fuzzer: `WD_FUZZ_DUMP=/tmp/m.wasm out/fuzz/fuzz_execute crash-...; wasm2wat /tmp/m.wasm`). */
void fz_dump_module(const uint8_t *wasm, size_t len);

/* Prints a message to stderr and aborts: libFuzzer records the input as a crash. */
void fz_die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* True for error codes a run may end in on a valid module: traps (except a failed validation) and
 * resource limits. Anything else on a valid module is a finding. */
bool fz_code_ok_at_run_time(wd_errcode code);

#endif /* WD_FUZZ_COMMON_H */
