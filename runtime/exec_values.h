/* exec_values.h — the interpreter's value helpers: slot bits <-> float, rotations, saturating truncations.
 * All static inline: run() (exec.c) inlines them into its handlers, so they stay here, in a header, not
 * behind a call.
 * May touch: nothing but <string.h>/<stdint.h>.
 */
#ifndef WD_EXEC_VALUES_H
#define WD_EXEC_VALUES_H
#include <stdint.h>
#include <string.h>

static inline float f32_of(uint64_t s) { float f; uint32_t u = (uint32_t)s; memcpy(&f, &u, 4); return f; }
static inline double f64_of(uint64_t s) { double d; memcpy(&d, &s, 8); return d; }
static inline uint64_t of_f32(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static inline uint64_t of_f64(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }


static inline uint32_t rotl32(uint32_t a, uint32_t k) { k &= 31; return (a << k) | (a >> ((32 - k) & 31)); }
static inline uint32_t rotr32(uint32_t a, uint32_t k) { k &= 31; return (a >> k) | (a << ((32 - k) & 31)); }
static inline uint64_t rotl64(uint64_t a, uint64_t k) { k &= 63; return (a << k) | (a >> ((64 - k) & 63)); }
static inline uint64_t rotr64(uint64_t a, uint64_t k) { k &= 63; return (a >> k) | (a << ((64 - k) & 63)); }

/* Saturating truncations: NaN -> 0, out of range -> the nearest bound. */
static inline uint32_t sat_i32(double x) {
  if (x != x) return 0;
  if (x <= -2147483649.0) return 0x80000000u;
  if (x >= 2147483648.0) return 0x7FFFFFFFu;
  return (uint32_t)(int32_t)x;
}
static inline uint32_t sat_u32(double x) {
  if (x != x || x <= -1.0) return 0;
  if (x >= 4294967296.0) return 0xFFFFFFFFu;
  return (uint32_t)x;
}
static inline uint64_t sat_i64(double x) {
  if (x != x) return 0;
  if (x < -9223372036854775808.0) return 0x8000000000000000ull;
  if (x >= 9223372036854775808.0) return 0x7FFFFFFFFFFFFFFFull;
  return (uint64_t)(int64_t)x;
}
static inline uint64_t sat_u64(double x) {
  if (x != x || x <= -1.0) return 0;
  if (x >= 18446744073709551616.0) return UINT64_MAX;
  return (uint64_t)x;
}
#endif
