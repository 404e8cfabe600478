/* wide.h — the 128-bit arithmetic of the wide-arithmetic instructions (i64.add128, i64.sub128,
 * i64.mul_wide_s, i64.mul_wide_u), on pairs of 64-bit halves.
 *
 * Portable C on uint64_t only (no unsigned __int128, which 32-bit hosts lack), so that every host gives
 * the same bits. Used by exec.c and the unit tests; knows nothing else.
 */
#ifndef WD_WIDE_H
#define WD_WIDE_H

#include <stdint.h>

/* (lo, hi) = (a_lo, a_hi) + (b_lo, b_hi) mod 2^128: the low halves' carry goes into the high half. */
static inline void wd_add128(uint64_t a_lo, uint64_t a_hi, uint64_t b_lo, uint64_t b_hi, uint64_t *lo,
                             uint64_t *hi) {
  uint64_t l = a_lo + b_lo;
  *hi = a_hi + b_hi + (l < a_lo);
  *lo = l;
}

/* (lo, hi) = (a_lo, a_hi) - (b_lo, b_hi) mod 2^128: the low halves' borrow comes out of the high half. */
static inline void wd_sub128(uint64_t a_lo, uint64_t a_hi, uint64_t b_lo, uint64_t b_hi, uint64_t *lo,
                             uint64_t *hi) {
  *hi = a_hi - b_hi - (a_lo < b_lo);
  *lo = a_lo - b_lo;
}

/* The unsigned 128-bit product of a and b, from four 32 x 32 -> 64-bit partial products. */
static inline void wd_mul_wide_u(uint64_t a, uint64_t b, uint64_t *lo, uint64_t *hi) {
  uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;       /* < 3 * 2^32: no overflow */
  *lo = (mid << 32) | (uint32_t)p00;
  *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* The signed 128-bit product: the unsigned one of the same bits, less b * 2^64 if a is negative and
 * a * 2^64 if b is (two's complement: a negative x reads as x + 2^64). */
static inline void wd_mul_wide_s(uint64_t a, uint64_t b, uint64_t *lo, uint64_t *hi) {
  uint64_t h;
  wd_mul_wide_u(a, b, lo, &h);
  if (a >> 63) h -= b;
  if (b >> 63) h -= a;
  *hi = h;
}

#endif /* WD_WIDE_H */
