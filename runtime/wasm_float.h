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

/* Rounding to integral without libm. trunc: |x| < 2^23 resp. 2^52 converts to an integer and back (exact
 * there; one conversion each way), with x's sign put back so that (-1, 0) gives -0; a larger |x|, and
 * the infinities, is integral already. ceil/floor step the truncated value by one when it went the wrong
 * way (exact, and +-0 keeps its sign). nearest adds and subtracts 2^23 resp. 2^52 to |x|, which rounds
 * it once, ties to even, and puts the sign back. NaN: x + x, quiet. */
static inline uint32_t wd_f32_bits(float x) { uint32_t u; memcpy(&u, &x, 4); return u; }
static inline float wd_f32_of(uint32_t u) { float x; memcpy(&x, &u, 4); return x; }
static inline uint64_t wd_f64_bits(double x) { uint64_t u; memcpy(&u, &x, 8); return u; }
static inline double wd_f64_of(uint64_t u) { double x; memcpy(&x, &u, 8); return x; }
static inline float wd_f32_abs(float x) { return wd_f32_of(wd_f32_bits(x) & 0x7FFFFFFFu); }
static inline double wd_f64_abs(double x) { return wd_f64_of(wd_f64_bits(x) & 0x7FFFFFFFFFFFFFFFull); }
static inline float wd_f32_signed_as(float r, float x) {
  return wd_f32_of(wd_f32_bits(r) | (wd_f32_bits(x) & 0x80000000u));
}
static inline double wd_f64_signed_as(double r, double x) {
  return wd_f64_of(wd_f64_bits(r) | (wd_f64_bits(x) & 0x8000000000000000ull));
}

static inline float trunc32(float x) {
  if (!(wd_f32_abs(x) < 8388608.0f)) return x != x ? x + x : x;          /* 2^23 */
  return wd_f32_signed_as((float)(int32_t)x, x);
}
static inline float ceil32(float x) { float t = trunc32(x); return t < x ? t + 1.0f : t; }
static inline float floor32(float x) { float t = trunc32(x); return t > x ? t - 1.0f : t; }
static inline float nearest32(float x) {
  float a = wd_f32_abs(x);
  if (!(a < 8388608.0f)) return x != x ? x + x : x;
  return wd_f32_signed_as((a + 8388608.0f) - 8388608.0f, x);
}

static inline double trunc64(double x) {
  if (!(wd_f64_abs(x) < 4503599627370496.0)) return x != x ? x + x : x;  /* 2^52 */
  return wd_f64_signed_as((double)(int64_t)x, x);
}
static inline double ceil64(double x) { double t = trunc64(x); return t < x ? t + 1.0 : t; }
static inline double floor64(double x) { double t = trunc64(x); return t > x ? t - 1.0 : t; }
static inline double nearest64(double x) {
  double a = wd_f64_abs(x);
  if (!(a < 4503599627370496.0)) return x != x ? x + x : x;
  return wd_f64_signed_as((a + 4503599627370496.0) - 4503599627370496.0, x);
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
