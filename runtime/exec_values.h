/* exec_values.h — the interpreter's value helpers: slot bits <-> float, rotations (the
 * saturating truncations SIMD shares are wasm_float.h's).
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

#endif
