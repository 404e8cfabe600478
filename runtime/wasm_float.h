/* wasm_float.h — the WebAssembly rules for float min/max, rounding to integral and saturating
 * truncation to integers, in one place.
 *
 * Shared by the scalar interpreter (exec.c) and the SIMD lanes (simd.c), which must agree bit for bit.
 * min/max: a NaN operand gives a NaN (a + b propagates it, quieted); -0 is below +0.
 * ceil/floor/trunc/nearest: a NaN gives a quiet NaN (x + x) whatever libm does — gcc -O2 without SSE4.1
 * inlines a bit sequence that returns a signalling NaN unchanged, and the spec wants nan:arithmetic.
 * They are computed here on the bits, not by libm's ceil/floor/trunc/rint: with sqrt inlined
 * (-fno-math-errno, configure.py) the release build then needs no libm at all, which keeps libm's
 * ~300 KiB of pages out of every process (bench/RESULTS.md, 2026-12-06). nearest rounds ties to even
 * (the default rounding mode; warden never changes it). Header-only.
 */
#ifndef WD_WASM_FLOAT_H
#define WD_WASM_FLOAT_H

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

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

/* Rounding to integral on the bits. trunc clears the fraction bits below the exponent's (|x| < 1 keeps
 * only the sign: +-0); ceil/floor step the truncated value by one when it went the wrong way (exact:
 * |t| < 2^23 resp. 2^52 there, and +-0 keeps its sign); nearest adds and subtracts 2^23 resp. 2^52 to
 * |x|, which rounds it once, ties to even, and puts the sign back. |x| >= 2^23 resp. 2^52 (and the
 * infinities) is integral already. NaN: x + x, quiet. */
static inline uint32_t wd_f32_bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }
static inline float wd_f32_of(uint32_t u) { float x; memcpy(&x, &u, 4); return x; }
static inline uint64_t wd_f64_bits(double x) { uint64_t u; memcpy(&u, &x, 8); return u; }
static inline double wd_f64_of(uint64_t u) { double x; memcpy(&x, &u, 8); return x; }

static inline float trunc32(float x) {
  if (x != x) return x + x;
  uint32_t u = wd_f32_bits(x);
  int e = (int)((u >> 23) & 0xFF) - 127;
  if (e >= 23) return x;
  if (e < 0) return wd_f32_of(u & 0x80000000u);
  return wd_f32_of(u & ~(0x007FFFFFu >> e));
}
static inline float ceil32(float x) { float t = trunc32(x); return t < x ? t + 1.0f : t; }
static inline float floor32(float x) { float t = trunc32(x); return t > x ? t - 1.0f : t; }
static inline float nearest32(float x) {
  if (x != x) return x + x;
  uint32_t u = wd_f32_bits(x), sign = u & 0x80000000u;
  if ((u & 0x7FFFFFFFu) >= 0x4B000000u) return x;             /* |x| >= 2^23 */
  float r = (wd_f32_of(u & 0x7FFFFFFFu) + 8388608.0f) - 8388608.0f;  /* 2^23 */
  return wd_f32_of(wd_f32_bits(r) | sign);
}

static inline double trunc64(double x) {
  if (x != x) return x + x;
  uint64_t u = wd_f64_bits(x);
  int e = (int)((u >> 52) & 0x7FF) - 1023;
  if (e >= 52) return x;
  if (e < 0) return wd_f64_of(u & 0x8000000000000000ull);
  return wd_f64_of(u & ~(0x000FFFFFFFFFFFFFull >> e));
}
static inline double ceil64(double x) { double t = trunc64(x); return t < x ? t + 1.0 : t; }
static inline double floor64(double x) { double t = trunc64(x); return t > x ? t - 1.0 : t; }
static inline double nearest64(double x) {
  if (x != x) return x + x;
  uint64_t u = wd_f64_bits(x), sign = u & 0x8000000000000000ull;
  if ((u & 0x7FFFFFFFFFFFFFFFull) >= 0x4330000000000000ull) return x;   /* |x| >= 2^52 */
  double r = (wd_f64_of(u & 0x7FFFFFFFFFFFFFFFull) + 4503599627370496.0) - 4503599627370496.0;  /* 2^52 */
  return wd_f64_of(wd_f64_bits(r) | sign);
}

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
