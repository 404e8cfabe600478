/* wasm_float.h — the WebAssembly rules for float min/max, rounding to integral and saturating
 * truncation to integers, in one place.
 *
 * Shared by the scalar interpreter (exec.c) and the SIMD lanes (simd.c), which must agree bit for bit.
 * min/max: a NaN operand gives a NaN (a + b propagates it, quieted); -0 is below +0.
 * ceil/floor/trunc/nearest: a NaN gives a quiet NaN (x + x) whatever libm does — gcc -O2 without SSE4.1
 * inlines a bit sequence that returns a signalling NaN unchanged, and the spec wants nan:arithmetic.
 * nearest rounds ties to even (the default rounding mode; warden never changes it). Header-only.
 */
#ifndef WD_WASM_FLOAT_H
#define WD_WASM_FLOAT_H

#include <float.h>
#include <math.h>
#include <stdint.h>

/* WebAssembly arithmetic is IEEE single and double precision, rounded once. x87 arithmetic (32-bit x86
 * without SSE2 code generation) keeps excess precision and rounds twice: wrong results, so refuse it. */
#if !defined(FLT_EVAL_METHOD) || FLT_EVAL_METHOD != 0
#error "warden needs float/double arithmetic without excess precision (on 32-bit x86: -msse2 -mfpmath=sse)"
#endif

static inline float f32_min(float a, float b) {
  if (a != a || b != b) return a + b;
  if (a == b) return signbit(a) ? a : b;
  return a < b ? a : b;
}
static inline float f32_max(float a, float b) {
  if (a != a || b != b) return a + b;
  if (a == b) return signbit(a) ? b : a;
  return a > b ? a : b;
}
static inline double f64_min(double a, double b) {
  if (a != a || b != b) return a + b;
  if (a == b) return signbit(a) ? a : b;
  return a < b ? a : b;
}
static inline double f64_max(double a, double b) {
  if (a != a || b != b) return a + b;
  if (a == b) return signbit(a) ? b : a;
  return a > b ? a : b;
}

static inline float ceil32(float x) { return x != x ? x + x : ceilf(x); }
static inline float floor32(float x) { return x != x ? x + x : floorf(x); }
static inline float trunc32(float x) { return x != x ? x + x : truncf(x); }
static inline float nearest32(float x) { return x != x ? x + x : rintf(x); }
static inline double ceil64(double x) { return x != x ? x + x : ceil(x); }
static inline double floor64(double x) { return x != x ? x + x : floor(x); }
static inline double trunc64(double x) { return x != x ? x + x : trunc(x); }
static inline double nearest64(double x) { return x != x ? x + x : rint(x); }

/* Saturating truncations (trunc_sat, and the SIMD lanes'): NaN -> 0, out of range -> the nearest bound,
 * never an out-of-range C conversion. */
static inline uint32_t wd_trunc_sat_s32(double x) {
  if (x != x) return 0;
  if (x <= -2147483649.0) return 0x80000000u;
  if (x >= 2147483648.0) return 0x7FFFFFFFu;
  return (uint32_t)(int32_t)x;
}
static inline uint32_t wd_trunc_sat_u32(double x) {
  if (x != x || x <= -1.0) return 0;
  if (x >= 4294967296.0) return 0xFFFFFFFFu;
  return (uint32_t)x;
}
static inline uint64_t wd_trunc_sat_s64(double x) {
  if (x != x) return 0;
  if (x < -9223372036854775808.0) return 0x8000000000000000ull;
  if (x >= 9223372036854775808.0) return 0x7FFFFFFFFFFFFFFFull;
  return (uint64_t)(int64_t)x;
}
static inline uint64_t wd_trunc_sat_u64(double x) {
  if (x != x || x <= -1.0) return 0;
  if (x >= 18446744073709551616.0) return UINT64_MAX;
  return (uint64_t)x;
}

#endif /* WD_WASM_FLOAT_H */
