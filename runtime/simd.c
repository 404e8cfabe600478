/* simd.c — the semantics of every WebAssembly SIMD (v128) instruction (see simd.h for the calling
 * convention). One small function per instruction, reached through per-opcode tables, so that an
 * interpreter can store the function pointer in its code and call it without a switch.
 *
 * Lanes are plain loops over a union of the lane arrays (the compiler vectorises most of them). Integer
 * arithmetic that may wrap is done in unsigned types; float lanes use the host's IEEE arithmetic
 * (x86-64 SSE: NaN results are quiet, a NaN operand propagates), and every instruction whose result the
 * spec defines bit for bit (abs, neg, pmin, pmax, lane moves) works on the bits.
 * May touch: module.h (opcode enum) only; no memory, store or trap state.
 */
#include <math.h>
#include <string.h>
#include "simd.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "simd.c assumes a little-endian host (lane 0 in the low bytes of the first slot, as in memory)"
#endif

/* ---------------------------------------------------------------- the vector */

typedef union v128 {
  uint64_t u64[2];
  int64_t i64[2];
  uint32_t u32[4];
  int32_t i32[4];
  uint16_t u16[8];
  int16_t i16[8];
  uint8_t u8[16];
  int8_t i8[16];
  float f32[4];
  double f64[2];
} v128;

_Static_assert(sizeof(v128) == 16, "v128 is 16 bytes");
_Static_assert(sizeof(float) == 4 && sizeof(double) == 8, "IEEE single and double");

static inline v128 vget(const uint64_t *p) {
  v128 v;
  v.u64[0] = p[0];
  v.u64[1] = p[1];
  return v;
}
static inline void vput(uint64_t *p, v128 v) {
  p[0] = v.u64[0];
  p[1] = v.u64[1];
}

/* Every non-memory instruction has this signature (wd_simd_fn); pa/pb/pc are the operands. */
#define DEF(NAME) \
  static void simd_##NAME(uint64_t *out, const uint64_t *pa, const uint64_t *pb, const uint64_t *pc, \
                          const uint8_t *imm)
#define USE1 (void)pb; (void)pc; (void)imm;
#define USE2 (void)pc; (void)imm;

/* Lane-wise unary: x is lane i of a (type T, field F), the result goes to field F. */
#define UN(NAME, T, F, N, EXPR)                                                                       \
  DEF(NAME) {                                                                                         \
    USE1 v128 A = vget(pa), R;                                                                        \
    for (int i = 0; i < (N); i++) { T x = A.F[i]; R.F[i] = (EXPR); }                                  \
    vput(out, R);                                                                                     \
  }
/* Lane-wise binary: x, y are lane i of a and b. */
#define BIN(NAME, T, F, N, EXPR)                                                                      \
  DEF(NAME) {                                                                                         \
    USE2 v128 A = vget(pa), B = vget(pb), R;                                                          \
    for (int i = 0; i < (N); i++) { T x = A.F[i], y = B.F[i]; R.F[i] = (EXPR); }                      \
    vput(out, R);                                                                                     \
  }
/* Comparison: lanes of type T in field F; all ones (type OT, field OF) when COND holds, else zero. */
#define CMP(NAME, T, F, OT, OF, N, COND)                                                              \
  DEF(NAME) {                                                                                         \
    USE2 v128 A = vget(pa), B = vget(pb), R;                                                          \
    for (int i = 0; i < (N); i++) { T x = A.F[i], y = B.F[i]; R.OF[i] = (COND) ? (OT)~(OT)0 : (OT)0; } \
    vput(out, R);                                                                                     \
  }
/* Shift by the scalar in b, taken modulo the lane width. */
#define SHIFT(NAME, T, F, N, BITS, EXPR)                                                              \
  DEF(NAME) {                                                                                         \
    USE2 v128 A = vget(pa), R;                                                                        \
    uint32_t n = (uint32_t)pb[0] & ((BITS) - 1u);                                                     \
    for (int i = 0; i < (N); i++) { T x = A.F[i]; R.F[i] = (EXPR); }                                  \
    vput(out, R);                                                                                     \
  }
/* Widening unary: lane i of the result (field OF) from lane i + OFF of a (type T, field F). */
#define WIDEN(NAME, OF, T, F, N, OFF)                                                                 \
  DEF(NAME) {                                                                                         \
    USE1 v128 A = vget(pa), R;                                                                        \
    for (int i = 0; i < (N); i++) { T x = A.F[i + (OFF)]; R.OF[i] = x; }                              \
    vput(out, R);                                                                                     \
  }
/* Widening binary (extmul): lane i of the result from lanes i + OFF of a and b, via EXPR. */
#define WIDEN2(NAME, OF, T, F, N, OFF, EXPR)                                                          \
  DEF(NAME) {                                                                                         \
    USE2 v128 A = vget(pa), B = vget(pb), R;                                                          \
    for (int i = 0; i < (N); i++) { T x = A.F[i + (OFF)], y = B.F[i + (OFF)]; R.OF[i] = (EXPR); }     \
    vput(out, R);                                                                                     \
  }
/* Pairwise widening add: lane i of the result is lanes 2i and 2i+1 of a, widened and added. */
#define PAIRWISE(NAME, OF, T, F, N)                                                                   \
  DEF(NAME) {                                                                                         \
    USE1 v128 A = vget(pa), R;                                                                        \
    for (int i = 0; i < (N); i++) { T x = A.F[2 * i], y = A.F[2 * i + 1]; R.OF[i] = x + y; }          \
    vput(out, R);                                                                                     \
  }
/* Saturating narrow: lanes of a then b (signed, type T, field F, N each), clamped to [LO, HI]. */
#define NARROW(NAME, OF, T, F, N, LO, HI)                                                             \
  DEF(NAME) {                                                                                         \
    USE2 v128 A = vget(pa), B = vget(pb), R;                                                          \
    for (int i = 0; i < (N); i++) {                                                                   \
      T x = A.F[i], y = B.F[i];                                                                       \
      R.OF[i] = x < (LO) ? (LO) : x > (HI) ? (HI) : x;                                                \
      R.OF[i + (N)] = y < (LO) ? (LO) : y > (HI) ? (HI) : y;                                          \
    }                                                                                                 \
    vput(out, R);                                                                                     \
  }
/* all_true: 1 when every lane is non-zero. bitmask: bit i = the sign bit of lane i. */
#define ALL_TRUE(NAME, F, N)                                                                          \
  DEF(NAME) {                                                                                         \
    USE1 v128 A = vget(pa);                                                                           \
    uint32_t r = 1;                                                                                   \
    for (int i = 0; i < (N); i++) r &= A.F[i] != 0;                                                   \
    out[0] = r;                                                                                       \
  }
#define BITMASK(NAME, F, N)                                                                           \
  DEF(NAME) {                                                                                         \
    USE1 v128 A = vget(pa);                                                                           \
    uint32_t r = 0;                                                                                   \
    for (int i = 0; i < (N); i++) r |= (uint32_t)(A.F[i] < 0) << i;                                   \
    out[0] = r;                                                                                       \
  }
#define SPLAT(NAME, F, N, T)                                                                          \
  DEF(NAME) {                                                                                         \
    USE1 v128 R;                                                                                      \
    T x = (T)pa[0];                                                                                   \
    for (int i = 0; i < (N); i++) R.F[i] = x;                                                         \
    vput(out, R);                                                                                     \
  }
/* extract_lane: the lane (type T, field F) converted to the slot value through type ST. */
#define EXTRACT(NAME, F, N, ST)                                                                       \
  DEF(NAME) {                                                                                         \
    (void)pb; (void)pc;                                                                               \
    v128 A = vget(pa);                                                                                \
    out[0] = (uint64_t)(ST)A.F[imm[0] & ((N) - 1)];                                                   \
  }
#define REPLACE(NAME, F, N, T)                                                                        \
  DEF(NAME) {                                                                                         \
    (void)pc;                                                                                         \
    v128 A = vget(pa);                                                                                \
    A.F[imm[0] & ((N) - 1)] = (T)pb[0];                                                               \
    vput(out, A);                                                                                     \
  }

/* ---------------------------------------------------------------- scalar helpers */

static inline uint8_t sat_s8(int v) { return (uint8_t)(v < -128 ? -128 : v > 127 ? 127 : v); }
static inline uint8_t sat_u8(int v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }
static inline uint16_t sat_s16(int32_t v) { return (uint16_t)(v < -32768 ? -32768 : v > 32767 ? 32767 : v); }
static inline uint16_t sat_u16(int32_t v) { return (uint16_t)(v < 0 ? 0 : v > 65535 ? 65535 : v); }

static inline uint8_t popcnt8(uint8_t x) {
  x = (uint8_t)(x - ((x >> 1) & 0x55));
  x = (uint8_t)((x & 0x33) + ((x >> 2) & 0x33));
  return (uint8_t)((x + (x >> 4)) & 0x0F);
}

/* min/max: a NaN operand gives a NaN (x + y propagates it, quieted); -0 is below +0. */
static inline float fmin32(float x, float y) {
  if (x != x || y != y) return x + y;
  if (x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}
static inline float fmax32(float x, float y) {
  if (x != x || y != y) return x + y;
  if (x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}
static inline double fmin64(double x, double y) {
  if (x != x || y != y) return x + y;
  if (x == y) return signbit(x) ? x : y;
  return x < y ? x : y;
}
static inline double fmax64(double x, double y) {
  if (x != x || y != y) return x + y;
  if (x == y) return signbit(x) ? y : x;
  return x > y ? x : y;
}

/* Rounding to integral: a NaN operand gives a quiet NaN (x + x), whatever libm or an inlined bit
 * sequence (gcc without SSE4.1) would do with a signalling one. */
static inline float ceil32(float x) { return x != x ? x + x : ceilf(x); }
static inline float floor32(float x) { return x != x ? x + x : floorf(x); }
static inline float trunc32(float x) { return x != x ? x + x : truncf(x); }
static inline float nearest32(float x) { return x != x ? x + x : nearbyintf(x); }   /* ties to even */
static inline double ceil64(double x) { return x != x ? x + x : ceil(x); }
static inline double floor64(double x) { return x != x ? x + x : floor(x); }
static inline double trunc64(double x) { return x != x ? x + x : trunc(x); }
static inline double nearest64(double x) { return x != x ? x + x : nearbyint(x); }

/* Saturating truncations: NaN -> 0, out of range -> the nearest bound (no out-of-range C conversion). */
static inline uint32_t trunc_sat_s32(double x) {
  if (x != x) return 0;
  if (x <= -2147483649.0) return 0x80000000u;
  if (x >= 2147483648.0) return 0x7FFFFFFFu;
  return (uint32_t)(int32_t)x;
}
static inline uint32_t trunc_sat_u32(double x) {
  if (x != x || x <= -1.0) return 0;
  if (x >= 4294967296.0) return 0xFFFFFFFFu;
  return (uint32_t)x;
}

/* ---------------------------------------------------------------- constants, lane moves */

DEF(V128_CONST) {
  (void)pa; (void)pb; (void)pc;
  v128 R;
  memcpy(&R, imm, 16);
  vput(out, R);
}

DEF(I8X16_SHUFFLE) {
  (void)pc;
  v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 16; i++) {
    uint8_t k = imm[i] & 31;
    R.u8[i] = k < 16 ? A.u8[k] : B.u8[k - 16];
  }
  vput(out, R);
}
DEF(I8X16_SWIZZLE) {
  USE2 v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 16; i++) R.u8[i] = B.u8[i] < 16 ? A.u8[B.u8[i]] : 0;
  vput(out, R);
}

SPLAT(I8X16_SPLAT, u8, 16, uint8_t)
SPLAT(I16X8_SPLAT, u16, 8, uint16_t)
SPLAT(I32X4_SPLAT, u32, 4, uint32_t)
SPLAT(I64X2_SPLAT, u64, 2, uint64_t)
SPLAT(F32X4_SPLAT, u32, 4, uint32_t)
SPLAT(F64X2_SPLAT, u64, 2, uint64_t)

EXTRACT(I8X16_EXTRACT_LANE_S, i8, 16, uint32_t)   /* int8 -> uint32: sign-extended to 32 bits only */
EXTRACT(I8X16_EXTRACT_LANE_U, u8, 16, uint32_t)
EXTRACT(I16X8_EXTRACT_LANE_S, i16, 8, uint32_t)
EXTRACT(I16X8_EXTRACT_LANE_U, u16, 8, uint32_t)
EXTRACT(I32X4_EXTRACT_LANE, u32, 4, uint32_t)
EXTRACT(I64X2_EXTRACT_LANE, u64, 2, uint64_t)
EXTRACT(F32X4_EXTRACT_LANE, u32, 4, uint32_t)
EXTRACT(F64X2_EXTRACT_LANE, u64, 2, uint64_t)

REPLACE(I8X16_REPLACE_LANE, u8, 16, uint8_t)
REPLACE(I16X8_REPLACE_LANE, u16, 8, uint16_t)
REPLACE(I32X4_REPLACE_LANE, u32, 4, uint32_t)
REPLACE(I64X2_REPLACE_LANE, u64, 2, uint64_t)
REPLACE(F32X4_REPLACE_LANE, u32, 4, uint32_t)
REPLACE(F64X2_REPLACE_LANE, u64, 2, uint64_t)

/* ---------------------------------------------------------------- comparisons */

CMP(I8X16_EQ, uint8_t, u8, uint8_t, u8, 16, x == y)
CMP(I8X16_NE, uint8_t, u8, uint8_t, u8, 16, x != y)
CMP(I8X16_LT_S, int8_t, i8, uint8_t, u8, 16, x < y)
CMP(I8X16_LT_U, uint8_t, u8, uint8_t, u8, 16, x < y)
CMP(I8X16_GT_S, int8_t, i8, uint8_t, u8, 16, x > y)
CMP(I8X16_GT_U, uint8_t, u8, uint8_t, u8, 16, x > y)
CMP(I8X16_LE_S, int8_t, i8, uint8_t, u8, 16, x <= y)
CMP(I8X16_LE_U, uint8_t, u8, uint8_t, u8, 16, x <= y)
CMP(I8X16_GE_S, int8_t, i8, uint8_t, u8, 16, x >= y)
CMP(I8X16_GE_U, uint8_t, u8, uint8_t, u8, 16, x >= y)

CMP(I16X8_EQ, uint16_t, u16, uint16_t, u16, 8, x == y)
CMP(I16X8_NE, uint16_t, u16, uint16_t, u16, 8, x != y)
CMP(I16X8_LT_S, int16_t, i16, uint16_t, u16, 8, x < y)
CMP(I16X8_LT_U, uint16_t, u16, uint16_t, u16, 8, x < y)
CMP(I16X8_GT_S, int16_t, i16, uint16_t, u16, 8, x > y)
CMP(I16X8_GT_U, uint16_t, u16, uint16_t, u16, 8, x > y)
CMP(I16X8_LE_S, int16_t, i16, uint16_t, u16, 8, x <= y)
CMP(I16X8_LE_U, uint16_t, u16, uint16_t, u16, 8, x <= y)
CMP(I16X8_GE_S, int16_t, i16, uint16_t, u16, 8, x >= y)
CMP(I16X8_GE_U, uint16_t, u16, uint16_t, u16, 8, x >= y)

CMP(I32X4_EQ, uint32_t, u32, uint32_t, u32, 4, x == y)
CMP(I32X4_NE, uint32_t, u32, uint32_t, u32, 4, x != y)
CMP(I32X4_LT_S, int32_t, i32, uint32_t, u32, 4, x < y)
CMP(I32X4_LT_U, uint32_t, u32, uint32_t, u32, 4, x < y)
CMP(I32X4_GT_S, int32_t, i32, uint32_t, u32, 4, x > y)
CMP(I32X4_GT_U, uint32_t, u32, uint32_t, u32, 4, x > y)
CMP(I32X4_LE_S, int32_t, i32, uint32_t, u32, 4, x <= y)
CMP(I32X4_LE_U, uint32_t, u32, uint32_t, u32, 4, x <= y)
CMP(I32X4_GE_S, int32_t, i32, uint32_t, u32, 4, x >= y)
CMP(I32X4_GE_U, uint32_t, u32, uint32_t, u32, 4, x >= y)

CMP(I64X2_EQ, uint64_t, u64, uint64_t, u64, 2, x == y)
CMP(I64X2_NE, uint64_t, u64, uint64_t, u64, 2, x != y)
CMP(I64X2_LT_S, int64_t, i64, uint64_t, u64, 2, x < y)
CMP(I64X2_GT_S, int64_t, i64, uint64_t, u64, 2, x > y)
CMP(I64X2_LE_S, int64_t, i64, uint64_t, u64, 2, x <= y)
CMP(I64X2_GE_S, int64_t, i64, uint64_t, u64, 2, x >= y)

/* Float comparisons: every comparison with a NaN is false, except ne. */
CMP(F32X4_EQ, float, f32, uint32_t, u32, 4, x == y)
CMP(F32X4_NE, float, f32, uint32_t, u32, 4, x != y)
CMP(F32X4_LT, float, f32, uint32_t, u32, 4, x < y)
CMP(F32X4_GT, float, f32, uint32_t, u32, 4, x > y)
CMP(F32X4_LE, float, f32, uint32_t, u32, 4, x <= y)
CMP(F32X4_GE, float, f32, uint32_t, u32, 4, x >= y)
CMP(F64X2_EQ, double, f64, uint64_t, u64, 2, x == y)
CMP(F64X2_NE, double, f64, uint64_t, u64, 2, x != y)
CMP(F64X2_LT, double, f64, uint64_t, u64, 2, x < y)
CMP(F64X2_GT, double, f64, uint64_t, u64, 2, x > y)
CMP(F64X2_LE, double, f64, uint64_t, u64, 2, x <= y)
CMP(F64X2_GE, double, f64, uint64_t, u64, 2, x >= y)

/* ---------------------------------------------------------------- bitwise */

UN(V128_NOT, uint64_t, u64, 2, ~x)
BIN(V128_AND, uint64_t, u64, 2, x & y)
BIN(V128_ANDNOT, uint64_t, u64, 2, x & ~y)
BIN(V128_OR, uint64_t, u64, 2, x | y)
BIN(V128_XOR, uint64_t, u64, 2, x ^ y)

DEF(V128_BITSELECT) {
  (void)imm;
  v128 A = vget(pa), B = vget(pb), C = vget(pc), R;
  for (int i = 0; i < 2; i++) R.u64[i] = (A.u64[i] & C.u64[i]) | (B.u64[i] & ~C.u64[i]);
  vput(out, R);
}

DEF(V128_ANY_TRUE) {
  USE1 out[0] = (pa[0] | pa[1]) != 0;
}

/* ---------------------------------------------------------------- i8x16 */

UN(I8X16_ABS, int8_t, i8, 16, (int8_t)(uint8_t)(x < 0 ? -x : x))   /* -(-128) = 128 wraps to -128 */
UN(I8X16_NEG, uint8_t, u8, 16, (uint8_t)(0u - x))
UN(I8X16_POPCNT, uint8_t, u8, 16, popcnt8(x))
ALL_TRUE(I8X16_ALL_TRUE, u8, 16)
BITMASK(I8X16_BITMASK, i8, 16)
NARROW(I8X16_NARROW_I16X8_S, i8, int16_t, i16, 8, -128, 127)
NARROW(I8X16_NARROW_I16X8_U, u8, int16_t, i16, 8, 0, 255)
SHIFT(I8X16_SHL, uint8_t, u8, 16, 8, (uint8_t)((uint32_t)x << n))
SHIFT(I8X16_SHR_S, int8_t, i8, 16, 8, (int8_t)(x >> n))
SHIFT(I8X16_SHR_U, uint8_t, u8, 16, 8, (uint8_t)(x >> n))
BIN(I8X16_ADD, uint8_t, u8, 16, (uint8_t)(x + y))
BIN(I8X16_ADD_SAT_S, int8_t, i8, 16, (int8_t)sat_s8(x + y))
BIN(I8X16_ADD_SAT_U, uint8_t, u8, 16, sat_u8(x + y))
BIN(I8X16_SUB, uint8_t, u8, 16, (uint8_t)(x - y))
BIN(I8X16_SUB_SAT_S, int8_t, i8, 16, (int8_t)sat_s8(x - y))
BIN(I8X16_SUB_SAT_U, uint8_t, u8, 16, sat_u8(x - y))
BIN(I8X16_MIN_S, int8_t, i8, 16, x < y ? x : y)
BIN(I8X16_MIN_U, uint8_t, u8, 16, x < y ? x : y)
BIN(I8X16_MAX_S, int8_t, i8, 16, x > y ? x : y)
BIN(I8X16_MAX_U, uint8_t, u8, 16, x > y ? x : y)
BIN(I8X16_AVGR_U, uint8_t, u8, 16, (uint8_t)(((uint32_t)x + y + 1u) >> 1))

/* ---------------------------------------------------------------- i16x8 */

PAIRWISE(I16X8_EXTADD_PAIRWISE_I8X16_S, i16, int8_t, i8, 8)
PAIRWISE(I16X8_EXTADD_PAIRWISE_I8X16_U, u16, uint8_t, u8, 8)
UN(I16X8_ABS, int16_t, i16, 8, (int16_t)(uint16_t)(x < 0 ? -x : x))
UN(I16X8_NEG, uint16_t, u16, 8, (uint16_t)(0u - x))
/* Q15 rounding multiply: (x*y + 2^14) >> 15, saturated (only -32768 * -32768 overflows). */
BIN(I16X8_Q15MULR_SAT_S, int16_t, i16, 8, (int16_t)sat_s16((x * y + 0x4000) >> 15))
ALL_TRUE(I16X8_ALL_TRUE, u16, 8)
BITMASK(I16X8_BITMASK, i16, 8)
NARROW(I16X8_NARROW_I32X4_S, i16, int32_t, i32, 4, -32768, 32767)
NARROW(I16X8_NARROW_I32X4_U, u16, int32_t, i32, 4, 0, 65535)
WIDEN(I16X8_EXTEND_LOW_I8X16_S, i16, int8_t, i8, 8, 0)
WIDEN(I16X8_EXTEND_HIGH_I8X16_S, i16, int8_t, i8, 8, 8)
WIDEN(I16X8_EXTEND_LOW_I8X16_U, u16, uint8_t, u8, 8, 0)
WIDEN(I16X8_EXTEND_HIGH_I8X16_U, u16, uint8_t, u8, 8, 8)
SHIFT(I16X8_SHL, uint16_t, u16, 8, 16, (uint16_t)((uint32_t)x << n))
SHIFT(I16X8_SHR_S, int16_t, i16, 8, 16, (int16_t)(x >> n))
SHIFT(I16X8_SHR_U, uint16_t, u16, 8, 16, (uint16_t)(x >> n))
BIN(I16X8_ADD, uint16_t, u16, 8, (uint16_t)(x + y))
BIN(I16X8_ADD_SAT_S, int16_t, i16, 8, (int16_t)sat_s16(x + y))
BIN(I16X8_ADD_SAT_U, uint16_t, u16, 8, sat_u16(x + y))
BIN(I16X8_SUB, uint16_t, u16, 8, (uint16_t)(x - y))
BIN(I16X8_SUB_SAT_S, int16_t, i16, 8, (int16_t)sat_s16(x - y))
BIN(I16X8_SUB_SAT_U, uint16_t, u16, 8, sat_u16(x - y))
BIN(I16X8_MUL, uint16_t, u16, 8, (uint16_t)((uint32_t)x * y))
BIN(I16X8_MIN_S, int16_t, i16, 8, x < y ? x : y)
BIN(I16X8_MIN_U, uint16_t, u16, 8, x < y ? x : y)
BIN(I16X8_MAX_S, int16_t, i16, 8, x > y ? x : y)
BIN(I16X8_MAX_U, uint16_t, u16, 8, x > y ? x : y)
BIN(I16X8_AVGR_U, uint16_t, u16, 8, (uint16_t)(((uint32_t)x + y + 1u) >> 1))
WIDEN2(I16X8_EXTMUL_LOW_I8X16_S, i16, int8_t, i8, 8, 0, x * y)
WIDEN2(I16X8_EXTMUL_HIGH_I8X16_S, i16, int8_t, i8, 8, 8, x * y)
WIDEN2(I16X8_EXTMUL_LOW_I8X16_U, u16, uint8_t, u8, 8, 0, x * y)
WIDEN2(I16X8_EXTMUL_HIGH_I8X16_U, u16, uint8_t, u8, 8, 8, x * y)

/* ---------------------------------------------------------------- i32x4 */

PAIRWISE(I32X4_EXTADD_PAIRWISE_I16X8_S, i32, int16_t, i16, 4)
PAIRWISE(I32X4_EXTADD_PAIRWISE_I16X8_U, u32, uint16_t, u16, 4)
UN(I32X4_ABS, int32_t, i32, 4, x < 0 ? (int32_t)(0u - (uint32_t)x) : x)
UN(I32X4_NEG, uint32_t, u32, 4, 0u - x)
ALL_TRUE(I32X4_ALL_TRUE, u32, 4)
BITMASK(I32X4_BITMASK, i32, 4)
WIDEN(I32X4_EXTEND_LOW_I16X8_S, i32, int16_t, i16, 4, 0)
WIDEN(I32X4_EXTEND_HIGH_I16X8_S, i32, int16_t, i16, 4, 4)
WIDEN(I32X4_EXTEND_LOW_I16X8_U, u32, uint16_t, u16, 4, 0)
WIDEN(I32X4_EXTEND_HIGH_I16X8_U, u32, uint16_t, u16, 4, 4)
SHIFT(I32X4_SHL, uint32_t, u32, 4, 32, x << n)
SHIFT(I32X4_SHR_S, int32_t, i32, 4, 32, x >> n)
SHIFT(I32X4_SHR_U, uint32_t, u32, 4, 32, x >> n)
BIN(I32X4_ADD, uint32_t, u32, 4, x + y)
BIN(I32X4_SUB, uint32_t, u32, 4, x - y)
BIN(I32X4_MUL, uint32_t, u32, 4, x * y)
BIN(I32X4_MIN_S, int32_t, i32, 4, x < y ? x : y)
BIN(I32X4_MIN_U, uint32_t, u32, 4, x < y ? x : y)
BIN(I32X4_MAX_S, int32_t, i32, 4, x > y ? x : y)
BIN(I32X4_MAX_U, uint32_t, u32, 4, x > y ? x : y)

/* dot: products of adjacent signed 16-bit lanes, summed with wrapping (only 2 * (-32768)^2 wraps). */
DEF(I32X4_DOT_I16X8_S) {
  USE2 v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 4; i++) {
    int32_t p0 = A.i16[2 * i] * B.i16[2 * i], p1 = A.i16[2 * i + 1] * B.i16[2 * i + 1];
    R.u32[i] = (uint32_t)p0 + (uint32_t)p1;
  }
  vput(out, R);
}

WIDEN2(I32X4_EXTMUL_LOW_I16X8_S, i32, int16_t, i16, 4, 0, x * y)
WIDEN2(I32X4_EXTMUL_HIGH_I16X8_S, i32, int16_t, i16, 4, 4, x * y)
WIDEN2(I32X4_EXTMUL_LOW_I16X8_U, u32, uint16_t, u16, 4, 0, (uint32_t)x * y)
WIDEN2(I32X4_EXTMUL_HIGH_I16X8_U, u32, uint16_t, u16, 4, 4, (uint32_t)x * y)

/* ---------------------------------------------------------------- i64x2 */

UN(I64X2_ABS, int64_t, i64, 2, x < 0 ? (int64_t)(0u - (uint64_t)x) : x)
UN(I64X2_NEG, uint64_t, u64, 2, 0u - x)
ALL_TRUE(I64X2_ALL_TRUE, u64, 2)
BITMASK(I64X2_BITMASK, i64, 2)
WIDEN(I64X2_EXTEND_LOW_I32X4_S, i64, int32_t, i32, 2, 0)
WIDEN(I64X2_EXTEND_HIGH_I32X4_S, i64, int32_t, i32, 2, 2)
WIDEN(I64X2_EXTEND_LOW_I32X4_U, u64, uint32_t, u32, 2, 0)
WIDEN(I64X2_EXTEND_HIGH_I32X4_U, u64, uint32_t, u32, 2, 2)
SHIFT(I64X2_SHL, uint64_t, u64, 2, 64, x << n)
SHIFT(I64X2_SHR_S, int64_t, i64, 2, 64, x >> n)
SHIFT(I64X2_SHR_U, uint64_t, u64, 2, 64, x >> n)
BIN(I64X2_ADD, uint64_t, u64, 2, x + y)
BIN(I64X2_SUB, uint64_t, u64, 2, x - y)
BIN(I64X2_MUL, uint64_t, u64, 2, x * y)
WIDEN2(I64X2_EXTMUL_LOW_I32X4_S, i64, int32_t, i32, 2, 0, (int64_t)x * y)
WIDEN2(I64X2_EXTMUL_HIGH_I32X4_S, i64, int32_t, i32, 2, 2, (int64_t)x * y)
WIDEN2(I64X2_EXTMUL_LOW_I32X4_U, u64, uint32_t, u32, 2, 0, (uint64_t)x * y)
WIDEN2(I64X2_EXTMUL_HIGH_I32X4_U, u64, uint32_t, u32, 2, 2, (uint64_t)x * y)

/* ---------------------------------------------------------------- f32x4 */

UN(F32X4_ABS, uint32_t, u32, 4, x & 0x7FFFFFFFu)     /* bit operations: NaNs keep their payload */
UN(F32X4_NEG, uint32_t, u32, 4, x ^ 0x80000000u)
UN(F32X4_SQRT, float, f32, 4, sqrtf(x))
UN(F32X4_CEIL, float, f32, 4, ceil32(x))
UN(F32X4_FLOOR, float, f32, 4, floor32(x))
UN(F32X4_TRUNC, float, f32, 4, trunc32(x))
UN(F32X4_NEAREST, float, f32, 4, nearest32(x))
BIN(F32X4_ADD, float, f32, 4, x + y)
BIN(F32X4_SUB, float, f32, 4, x - y)
BIN(F32X4_MUL, float, f32, 4, x * y)
BIN(F32X4_DIV, float, f32, 4, x / y)
BIN(F32X4_MIN, float, f32, 4, fmin32(x, y))
BIN(F32X4_MAX, float, f32, 4, fmax32(x, y))

/* pmin = b < a ? b : a, pmax = a < b ? b : a: the chosen operand's bits, NaNs untouched. */
DEF(F32X4_PMIN) {
  USE2 v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 4; i++) R.u32[i] = B.f32[i] < A.f32[i] ? B.u32[i] : A.u32[i];
  vput(out, R);
}
DEF(F32X4_PMAX) {
  USE2 v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 4; i++) R.u32[i] = A.f32[i] < B.f32[i] ? B.u32[i] : A.u32[i];
  vput(out, R);
}

/* ---------------------------------------------------------------- f64x2 */

UN(F64X2_ABS, uint64_t, u64, 2, x & 0x7FFFFFFFFFFFFFFFull)
UN(F64X2_NEG, uint64_t, u64, 2, x ^ 0x8000000000000000ull)
UN(F64X2_SQRT, double, f64, 2, sqrt(x))
UN(F64X2_CEIL, double, f64, 2, ceil64(x))
UN(F64X2_FLOOR, double, f64, 2, floor64(x))
UN(F64X2_TRUNC, double, f64, 2, trunc64(x))
UN(F64X2_NEAREST, double, f64, 2, nearest64(x))
BIN(F64X2_ADD, double, f64, 2, x + y)
BIN(F64X2_SUB, double, f64, 2, x - y)
BIN(F64X2_MUL, double, f64, 2, x * y)
BIN(F64X2_DIV, double, f64, 2, x / y)
BIN(F64X2_MIN, double, f64, 2, fmin64(x, y))
BIN(F64X2_MAX, double, f64, 2, fmax64(x, y))

DEF(F64X2_PMIN) {
  USE2 v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 2; i++) R.u64[i] = B.f64[i] < A.f64[i] ? B.u64[i] : A.u64[i];
  vput(out, R);
}
DEF(F64X2_PMAX) {
  USE2 v128 A = vget(pa), B = vget(pb), R;
  for (int i = 0; i < 2; i++) R.u64[i] = A.f64[i] < B.f64[i] ? B.u64[i] : A.u64[i];
  vput(out, R);
}

/* ---------------------------------------------------------------- conversions */

DEF(F32X4_DEMOTE_F64X2_ZERO) {
  USE1 v128 A = vget(pa), R;
  R.f32[0] = (float)A.f64[0];
  R.f32[1] = (float)A.f64[1];
  R.u32[2] = 0;
  R.u32[3] = 0;
  vput(out, R);
}
DEF(F64X2_PROMOTE_LOW_F32X4) {
  USE1 v128 A = vget(pa), R;
  R.f64[0] = (double)A.f32[0];
  R.f64[1] = (double)A.f32[1];
  vput(out, R);
}

/* f32 -> i32 saturating (exact through double: every f32 is a double). */
DEF(I32X4_TRUNC_SAT_F32X4_S) {
  USE1 v128 A = vget(pa), R;
  for (int i = 0; i < 4; i++) R.u32[i] = trunc_sat_s32(A.f32[i]);
  vput(out, R);
}
DEF(I32X4_TRUNC_SAT_F32X4_U) {
  USE1 v128 A = vget(pa), R;
  for (int i = 0; i < 4; i++) R.u32[i] = trunc_sat_u32(A.f32[i]);
  vput(out, R);
}
DEF(F32X4_CONVERT_I32X4_S) {
  USE1 v128 A = vget(pa), R;
  for (int i = 0; i < 4; i++) R.f32[i] = (float)A.i32[i];
  vput(out, R);
}
DEF(F32X4_CONVERT_I32X4_U) {
  USE1 v128 A = vget(pa), R;
  for (int i = 0; i < 4; i++) R.f32[i] = (float)A.u32[i];   /* one rounding, to nearest even */
  vput(out, R);
}
DEF(I32X4_TRUNC_SAT_F64X2_S_ZERO) {
  USE1 v128 A = vget(pa), R;
  R.u32[0] = trunc_sat_s32(A.f64[0]);
  R.u32[1] = trunc_sat_s32(A.f64[1]);
  R.u64[1] = 0;
  vput(out, R);
}
DEF(I32X4_TRUNC_SAT_F64X2_U_ZERO) {
  USE1 v128 A = vget(pa), R;
  R.u32[0] = trunc_sat_u32(A.f64[0]);
  R.u32[1] = trunc_sat_u32(A.f64[1]);
  R.u64[1] = 0;
  vput(out, R);
}
DEF(F64X2_CONVERT_LOW_I32X4_S) {
  USE1 v128 A = vget(pa), R;
  R.f64[0] = (double)A.i32[0];
  R.f64[1] = (double)A.i32[1];
  vput(out, R);
}
DEF(F64X2_CONVERT_LOW_I32X4_U) {
  USE1 v128 A = vget(pa), R;
  R.f64[0] = (double)A.u32[0];
  R.f64[1] = (double)A.u32[1];
  vput(out, R);
}

/* ---------------------------------------------------------------- loads and stores */

#define LOADFN(NAME) static void simd_##NAME(uint64_t *out, const uint8_t *mem, const uint64_t *vec, uint8_t lane)
#define STOREFN(NAME) static void simd_##NAME(uint8_t *mem, const uint64_t *vec, uint8_t lane)

LOADFN(V128_LOAD) {
  (void)vec; (void)lane;
  v128 R;
  memcpy(&R, mem, 16);
  vput(out, R);
}

/* load8x8_s ... load32x2_u: N narrow lanes (type T) from 8 bytes, each extended into field OF. */
#define LOAD_EXTEND(NAME, OF, T, N)                                                                   \
  LOADFN(NAME) {                                                                                      \
    (void)vec; (void)lane;                                                                            \
    T src[N];                                                                                         \
    v128 R;                                                                                           \
    memcpy(src, mem, sizeof src);                                                                     \
    for (int i = 0; i < (N); i++) R.OF[i] = src[i];                                                   \
    vput(out, R);                                                                                     \
  }
LOAD_EXTEND(V128_LOAD8X8_S, i16, int8_t, 8)
LOAD_EXTEND(V128_LOAD8X8_U, u16, uint8_t, 8)
LOAD_EXTEND(V128_LOAD16X4_S, i32, int16_t, 4)
LOAD_EXTEND(V128_LOAD16X4_U, u32, uint16_t, 4)
LOAD_EXTEND(V128_LOAD32X2_S, i64, int32_t, 2)
LOAD_EXTEND(V128_LOAD32X2_U, u64, uint32_t, 2)

#define LOAD_SPLAT(NAME, F, T, N)                                                                     \
  LOADFN(NAME) {                                                                                      \
    (void)vec; (void)lane;                                                                            \
    T x;                                                                                              \
    v128 R;                                                                                           \
    memcpy(&x, mem, sizeof x);                                                                        \
    for (int i = 0; i < (N); i++) R.F[i] = x;                                                         \
    vput(out, R);                                                                                     \
  }
LOAD_SPLAT(V128_LOAD8_SPLAT, u8, uint8_t, 16)
LOAD_SPLAT(V128_LOAD16_SPLAT, u16, uint16_t, 8)
LOAD_SPLAT(V128_LOAD32_SPLAT, u32, uint32_t, 4)
LOAD_SPLAT(V128_LOAD64_SPLAT, u64, uint64_t, 2)

#define LOAD_ZERO(NAME, F, T)                                                                         \
  LOADFN(NAME) {                                                                                      \
    (void)vec; (void)lane;                                                                            \
    v128 R;                                                                                           \
    R.u64[0] = 0;                                                                                     \
    R.u64[1] = 0;                                                                                     \
    memcpy(&R.F[0], mem, sizeof(T));                                                                  \
    vput(out, R);                                                                                     \
  }
LOAD_ZERO(V128_LOAD32_ZERO, u32, uint32_t)
LOAD_ZERO(V128_LOAD64_ZERO, u64, uint64_t)

#define LOAD_LANE(NAME, F, T, N)                                                                      \
  LOADFN(NAME) {                                                                                      \
    v128 R = vget(vec);                                                                               \
    memcpy(&R.F[lane & ((N) - 1)], mem, sizeof(T));                                                  \
    vput(out, R);                                                                                     \
  }
LOAD_LANE(V128_LOAD8_LANE, u8, uint8_t, 16)
LOAD_LANE(V128_LOAD16_LANE, u16, uint16_t, 8)
LOAD_LANE(V128_LOAD32_LANE, u32, uint32_t, 4)
LOAD_LANE(V128_LOAD64_LANE, u64, uint64_t, 2)

STOREFN(V128_STORE) {
  (void)lane;
  v128 V = vget(vec);
  memcpy(mem, &V, 16);
}

#define STORE_LANE(NAME, F, T, N)                                                                     \
  STOREFN(NAME) {                                                                                     \
    v128 V = vget(vec);                                                                               \
    memcpy(mem, &V.F[lane & ((N) - 1)], sizeof(T));                                                   \
  }
STORE_LANE(V128_STORE8_LANE, u8, uint8_t, 16)
STORE_LANE(V128_STORE16_LANE, u16, uint16_t, 8)
STORE_LANE(V128_STORE32_LANE, u32, uint32_t, 4)
STORE_LANE(V128_STORE64_LANE, u64, uint64_t, 2)

/* ---------------------------------------------------------------- dispatch tables */

#define E(NAME) [WD_OP_##NAME] = simd_##NAME,

static const wd_simd_fn op_fns[WD_OP__COUNT] = {
  E(V128_CONST) E(I8X16_SHUFFLE) E(I8X16_SWIZZLE)
  E(I8X16_SPLAT) E(I16X8_SPLAT) E(I32X4_SPLAT) E(I64X2_SPLAT) E(F32X4_SPLAT) E(F64X2_SPLAT)
  E(I8X16_EXTRACT_LANE_S) E(I8X16_EXTRACT_LANE_U) E(I8X16_REPLACE_LANE)
  E(I16X8_EXTRACT_LANE_S) E(I16X8_EXTRACT_LANE_U) E(I16X8_REPLACE_LANE)
  E(I32X4_EXTRACT_LANE) E(I32X4_REPLACE_LANE) E(I64X2_EXTRACT_LANE) E(I64X2_REPLACE_LANE)
  E(F32X4_EXTRACT_LANE) E(F32X4_REPLACE_LANE) E(F64X2_EXTRACT_LANE) E(F64X2_REPLACE_LANE)
  E(I8X16_EQ) E(I8X16_NE) E(I8X16_LT_S) E(I8X16_LT_U) E(I8X16_GT_S) E(I8X16_GT_U)
  E(I8X16_LE_S) E(I8X16_LE_U) E(I8X16_GE_S) E(I8X16_GE_U)
  E(I16X8_EQ) E(I16X8_NE) E(I16X8_LT_S) E(I16X8_LT_U) E(I16X8_GT_S) E(I16X8_GT_U)
  E(I16X8_LE_S) E(I16X8_LE_U) E(I16X8_GE_S) E(I16X8_GE_U)
  E(I32X4_EQ) E(I32X4_NE) E(I32X4_LT_S) E(I32X4_LT_U) E(I32X4_GT_S) E(I32X4_GT_U)
  E(I32X4_LE_S) E(I32X4_LE_U) E(I32X4_GE_S) E(I32X4_GE_U)
  E(F32X4_EQ) E(F32X4_NE) E(F32X4_LT) E(F32X4_GT) E(F32X4_LE) E(F32X4_GE)
  E(F64X2_EQ) E(F64X2_NE) E(F64X2_LT) E(F64X2_GT) E(F64X2_LE) E(F64X2_GE)
  E(V128_NOT) E(V128_AND) E(V128_ANDNOT) E(V128_OR) E(V128_XOR) E(V128_BITSELECT) E(V128_ANY_TRUE)
  E(F32X4_DEMOTE_F64X2_ZERO) E(F64X2_PROMOTE_LOW_F32X4)
  E(I8X16_ABS) E(I8X16_NEG) E(I8X16_POPCNT) E(I8X16_ALL_TRUE) E(I8X16_BITMASK)
  E(I8X16_NARROW_I16X8_S) E(I8X16_NARROW_I16X8_U)
  E(F32X4_CEIL) E(F32X4_FLOOR) E(F32X4_TRUNC) E(F32X4_NEAREST)
  E(I8X16_SHL) E(I8X16_SHR_S) E(I8X16_SHR_U)
  E(I8X16_ADD) E(I8X16_ADD_SAT_S) E(I8X16_ADD_SAT_U) E(I8X16_SUB) E(I8X16_SUB_SAT_S) E(I8X16_SUB_SAT_U)
  E(F64X2_CEIL) E(F64X2_FLOOR)
  E(I8X16_MIN_S) E(I8X16_MIN_U) E(I8X16_MAX_S) E(I8X16_MAX_U)
  E(F64X2_TRUNC) E(I8X16_AVGR_U)
  E(I16X8_EXTADD_PAIRWISE_I8X16_S) E(I16X8_EXTADD_PAIRWISE_I8X16_U)
  E(I32X4_EXTADD_PAIRWISE_I16X8_S) E(I32X4_EXTADD_PAIRWISE_I16X8_U)
  E(I16X8_ABS) E(I16X8_NEG) E(I16X8_Q15MULR_SAT_S) E(I16X8_ALL_TRUE) E(I16X8_BITMASK)
  E(I16X8_NARROW_I32X4_S) E(I16X8_NARROW_I32X4_U)
  E(I16X8_EXTEND_LOW_I8X16_S) E(I16X8_EXTEND_HIGH_I8X16_S)
  E(I16X8_EXTEND_LOW_I8X16_U) E(I16X8_EXTEND_HIGH_I8X16_U)
  E(I16X8_SHL) E(I16X8_SHR_S) E(I16X8_SHR_U)
  E(I16X8_ADD) E(I16X8_ADD_SAT_S) E(I16X8_ADD_SAT_U) E(I16X8_SUB) E(I16X8_SUB_SAT_S) E(I16X8_SUB_SAT_U)
  E(F64X2_NEAREST) E(I16X8_MUL)
  E(I16X8_MIN_S) E(I16X8_MIN_U) E(I16X8_MAX_S) E(I16X8_MAX_U) E(I16X8_AVGR_U)
  E(I16X8_EXTMUL_LOW_I8X16_S) E(I16X8_EXTMUL_HIGH_I8X16_S)
  E(I16X8_EXTMUL_LOW_I8X16_U) E(I16X8_EXTMUL_HIGH_I8X16_U)
  E(I32X4_ABS) E(I32X4_NEG) E(I32X4_ALL_TRUE) E(I32X4_BITMASK)
  E(I32X4_EXTEND_LOW_I16X8_S) E(I32X4_EXTEND_HIGH_I16X8_S)
  E(I32X4_EXTEND_LOW_I16X8_U) E(I32X4_EXTEND_HIGH_I16X8_U)
  E(I32X4_SHL) E(I32X4_SHR_S) E(I32X4_SHR_U) E(I32X4_ADD) E(I32X4_SUB) E(I32X4_MUL)
  E(I32X4_MIN_S) E(I32X4_MIN_U) E(I32X4_MAX_S) E(I32X4_MAX_U) E(I32X4_DOT_I16X8_S)
  E(I32X4_EXTMUL_LOW_I16X8_S) E(I32X4_EXTMUL_HIGH_I16X8_S)
  E(I32X4_EXTMUL_LOW_I16X8_U) E(I32X4_EXTMUL_HIGH_I16X8_U)
  E(I64X2_ABS) E(I64X2_NEG) E(I64X2_ALL_TRUE) E(I64X2_BITMASK)
  E(I64X2_EXTEND_LOW_I32X4_S) E(I64X2_EXTEND_HIGH_I32X4_S)
  E(I64X2_EXTEND_LOW_I32X4_U) E(I64X2_EXTEND_HIGH_I32X4_U)
  E(I64X2_SHL) E(I64X2_SHR_S) E(I64X2_SHR_U) E(I64X2_ADD) E(I64X2_SUB) E(I64X2_MUL)
  E(I64X2_EQ) E(I64X2_NE) E(I64X2_LT_S) E(I64X2_GT_S) E(I64X2_LE_S) E(I64X2_GE_S)
  E(I64X2_EXTMUL_LOW_I32X4_S) E(I64X2_EXTMUL_HIGH_I32X4_S)
  E(I64X2_EXTMUL_LOW_I32X4_U) E(I64X2_EXTMUL_HIGH_I32X4_U)
  E(F32X4_ABS) E(F32X4_NEG) E(F32X4_SQRT) E(F32X4_ADD) E(F32X4_SUB) E(F32X4_MUL) E(F32X4_DIV)
  E(F32X4_MIN) E(F32X4_MAX) E(F32X4_PMIN) E(F32X4_PMAX)
  E(F64X2_ABS) E(F64X2_NEG) E(F64X2_SQRT) E(F64X2_ADD) E(F64X2_SUB) E(F64X2_MUL) E(F64X2_DIV)
  E(F64X2_MIN) E(F64X2_MAX) E(F64X2_PMIN) E(F64X2_PMAX)
  E(I32X4_TRUNC_SAT_F32X4_S) E(I32X4_TRUNC_SAT_F32X4_U)
  E(F32X4_CONVERT_I32X4_S) E(F32X4_CONVERT_I32X4_U)
  E(I32X4_TRUNC_SAT_F64X2_S_ZERO) E(I32X4_TRUNC_SAT_F64X2_U_ZERO)
  E(F64X2_CONVERT_LOW_I32X4_S) E(F64X2_CONVERT_LOW_I32X4_U)
};

static const wd_simd_load_fn load_fns[WD_OP__COUNT] = {
  E(V128_LOAD) E(V128_LOAD8X8_S) E(V128_LOAD8X8_U) E(V128_LOAD16X4_S) E(V128_LOAD16X4_U)
  E(V128_LOAD32X2_S) E(V128_LOAD32X2_U)
  E(V128_LOAD8_SPLAT) E(V128_LOAD16_SPLAT) E(V128_LOAD32_SPLAT) E(V128_LOAD64_SPLAT)
  E(V128_LOAD32_ZERO) E(V128_LOAD64_ZERO)
  E(V128_LOAD8_LANE) E(V128_LOAD16_LANE) E(V128_LOAD32_LANE) E(V128_LOAD64_LANE)
};

static const wd_simd_store_fn store_fns[WD_OP__COUNT] = {
  E(V128_STORE) E(V128_STORE8_LANE) E(V128_STORE16_LANE) E(V128_STORE32_LANE) E(V128_STORE64_LANE)
};

#undef E

wd_simd_fn wd_simd_fn_for(uint16_t op) { return op < WD_OP__COUNT ? op_fns[op] : NULL; }
wd_simd_load_fn wd_simd_load_fn_for(uint16_t op) { return op < WD_OP__COUNT ? load_fns[op] : NULL; }
wd_simd_store_fn wd_simd_store_fn_for(uint16_t op) { return op < WD_OP__COUNT ? store_fns[op] : NULL; }

bool wd_simd_op(uint16_t op, uint64_t *out, const uint64_t *a, const uint64_t *b, const uint64_t *c,
                const uint8_t *imm) {
  wd_simd_fn f = wd_simd_fn_for(op);
  if (!f) return false;
  f(out, a, b, c, imm);
  return true;
}

bool wd_simd_load(uint16_t op, uint64_t *out, const uint8_t *mem, const uint64_t *vec, uint8_t lane) {
  wd_simd_load_fn f = wd_simd_load_fn_for(op);
  if (!f) return false;
  f(out, mem, vec, lane);
  return true;
}

bool wd_simd_store(uint16_t op, uint8_t *mem, const uint64_t *vec, uint8_t lane) {
  wd_simd_store_fn f = wd_simd_store_fn_for(op);
  if (!f) return false;
  f(mem, vec, lane);
  return true;
}
