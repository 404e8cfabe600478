/* simd.c — the semantics of every WebAssembly SIMD (v128) instruction (see simd.h for the calling
 * convention). One small function per instruction, reached through per-opcode tables, so that an
 * interpreter can store the function pointer in its code and call it without a switch.
 *
 * Lanes are plain loops over arrays of the lane type (the compiler vectorises most of them). Integer
 * arithmetic that may wrap is done in unsigned types; float lanes use the host's IEEE arithmetic
 * (x86-64 SSE: NaN results are quiet, a NaN operand propagates), and every instruction whose result the
 * spec defines bit for bit (abs, neg, pmin, pmax, lane moves) works on the bits.
 * May touch: module.h (opcode enum) only; no memory, store or trap state.
 */
#include <math.h>
#include <string.h>
#include "simd.h"
#include "wasm_float.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "simd.c assumes a little-endian host (lane 0 in the low bytes of the first slot, as in memory)"
#endif

/* ---------------------------------------------------------------- lane arrays
 *
 * Every instruction copies its operands into arrays of its lane type (memcpy from the slots: lane 0 is
 * the lowest-addressed element), loops over the lanes and copies the result array out. Written this way
 * (rather than through a union of lane views) clang and gcc turn most loops into a few SSE instructions.
 * The result is assembled in a local array first, so out may alias any operand. */

_Static_assert(sizeof(float) == 4 && sizeof(double) == 8, "IEEE single and double");

/* Every non-memory instruction has this signature (wd_simd_fn); pa/pb/pc are the operands. */
#define DEF(NAME) \
  static void simd_##NAME(uint64_t *out, const uint64_t *pa, const uint64_t *pb, const uint64_t *pc, \
                          const uint8_t *imm)
#define USE1 (void)pb; (void)pc; (void)imm;
#define USE2 (void)pc; (void)imm;
#define LANES(T) (16 / (int)sizeof(T))

/* Lane-wise unary: x is lane i of a (type T), the result lane has type T too. */
#define UN(NAME, T, EXPR)                                                                             \
  DEF(NAME) {                                                                                         \
    USE1 T a[LANES(T)], r[LANES(T)];                                                                  \
    memcpy(a, pa, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) { T x = a[i]; r[i] = (EXPR); }                                 \
    memcpy(out, r, 16);                                                                               \
  }
/* Lane-wise binary: x, y are lane i of a and b. */
#define BIN(NAME, T, EXPR)                                                                            \
  DEF(NAME) {                                                                                         \
    USE2 T a[LANES(T)], b[LANES(T)], r[LANES(T)];                                                     \
    memcpy(a, pa, 16);                                                                                \
    memcpy(b, pb, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) { T x = a[i], y = b[i]; r[i] = (EXPR); }                       \
    memcpy(out, r, 16);                                                                               \
  }
/* Comparison: lanes of type T; the result lane (unsigned type OT, same width) is all ones when COND
 * holds, else zero. */
#define CMP(NAME, T, OT, COND)                                                                        \
  DEF(NAME) {                                                                                         \
    USE2 T a[LANES(T)], b[LANES(T)];                                                                  \
    OT r[LANES(T)];                                                                                   \
    memcpy(a, pa, 16);                                                                                \
    memcpy(b, pb, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) { T x = a[i], y = b[i]; r[i] = (COND) ? (OT)~(OT)0 : (OT)0; }  \
    memcpy(out, r, 16);                                                                               \
  }
/* Shift by the i32 scalar in b, taken modulo the lane width. */
#define SHIFT(NAME, T, EXPR)                                                                          \
  DEF(NAME) {                                                                                         \
    USE2 T a[LANES(T)], r[LANES(T)];                                                                  \
    uint32_t n = (uint32_t)pb[0] & (8u * (uint32_t)sizeof(T) - 1u);                                   \
    memcpy(a, pa, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) { T x = a[i]; r[i] = (EXPR); }                                 \
    memcpy(out, r, 16);                                                                               \
  }
/* Widening unary: result lane i (type OT) from lane i + OFF of a (type T, twice as many lanes). */
#define WIDEN(NAME, OT, T, OFF)                                                                       \
  DEF(NAME) {                                                                                         \
    USE1 T a[LANES(T)];                                                                               \
    OT r[LANES(OT)];                                                                                  \
    memcpy(a, pa, 16);                                                                                \
    for (int i = 0; i < LANES(OT); i++) r[i] = a[i + (OFF)];                                          \
    memcpy(out, r, 16);                                                                               \
  }
/* Widening binary (extmul): result lane i from lanes i + OFF of a and b, through EXPR. */
#define WIDEN2(NAME, OT, T, OFF, EXPR)                                                                \
  DEF(NAME) {                                                                                         \
    USE2 T a[LANES(T)], b[LANES(T)];                                                                  \
    OT r[LANES(OT)];                                                                                  \
    memcpy(a, pa, 16);                                                                                \
    memcpy(b, pb, 16);                                                                                \
    for (int i = 0; i < LANES(OT); i++) { T x = a[i + (OFF)], y = b[i + (OFF)]; r[i] = (EXPR); }      \
    memcpy(out, r, 16);                                                                               \
  }
/* Pairwise widening add: result lane i is lanes 2i and 2i+1 of a, widened and added. */
#define PAIRWISE(NAME, OT, T)                                                                         \
  DEF(NAME) {                                                                                         \
    USE1 T a[LANES(T)];                                                                               \
    OT r[LANES(OT)];                                                                                  \
    memcpy(a, pa, 16);                                                                                \
    for (int i = 0; i < LANES(OT); i++) r[i] = (OT)((OT)a[2 * i] + (OT)a[2 * i + 1]);                 \
    memcpy(out, r, 16);                                                                               \
  }
/* Saturating narrow: the signed lanes of a then those of b (type T), clamped to [LO, HI], as type OT. */
#define NARROW(NAME, OT, T, LO, HI)                                                                   \
  DEF(NAME) {                                                                                         \
    USE2 T a[LANES(T)], b[LANES(T)];                                                                  \
    OT r[LANES(OT)];                                                                                  \
    memcpy(a, pa, 16);                                                                                \
    memcpy(b, pb, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) {                                                              \
      T x = a[i], y = b[i];                                                                           \
      r[i] = (OT)(x < (LO) ? (LO) : x > (HI) ? (HI) : x);                                             \
      r[i + LANES(T)] = (OT)(y < (LO) ? (LO) : y > (HI) ? (HI) : y);                                  \
    }                                                                                                 \
    memcpy(out, r, 16);                                                                               \
  }
/* all_true: 1 when every lane is non-zero. bitmask: bit i = the sign bit of lane i (T signed). */
#define ALL_TRUE(NAME, T)                                                                             \
  DEF(NAME) {                                                                                         \
    USE1 T a[LANES(T)];                                                                               \
    uint32_t r = 1;                                                                                   \
    memcpy(a, pa, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) r &= a[i] != 0;                                                \
    out[0] = r;                                                                                       \
  }
#define BITMASK(NAME, T)                                                                              \
  DEF(NAME) {                                                                                         \
    USE1 T a[LANES(T)];                                                                               \
    uint32_t r = 0;                                                                                   \
    memcpy(a, pa, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) r |= (uint32_t)(a[i] < 0) << i;                                \
    out[0] = r;                                                                                       \
  }
/* splat: the low bits of the scalar slot into every lane. */
#define SPLAT(NAME, T)                                                                                \
  DEF(NAME) {                                                                                         \
    USE1 T r[LANES(T)];                                                                               \
    T x = (T)pa[0];                                                                                   \
    for (int i = 0; i < LANES(T); i++) r[i] = x;                                                      \
    memcpy(out, r, 16);                                                                               \
  }
/* extract_lane: the lane (type T) converted to the slot value through type ST (sign extension of a
 * signed T stops at 32 bits when ST is uint32_t). */
#define EXTRACT(NAME, T, ST)                                                                          \
  DEF(NAME) {                                                                                         \
    (void)pb; (void)pc;                                                                               \
    T a[LANES(T)];                                                                                    \
    memcpy(a, pa, 16);                                                                                \
    out[0] = (uint64_t)(ST)a[imm[0] & (LANES(T) - 1)];                                                \
  }
#define REPLACE(NAME, T)                                                                              \
  DEF(NAME) {                                                                                         \
    (void)pc;                                                                                         \
    T a[LANES(T)];                                                                                    \
    memcpy(a, pa, 16);                                                                                \
    a[imm[0] & (LANES(T) - 1)] = (T)pb[0];                                                            \
    memcpy(out, a, 16);                                                                               \
  }

/* ---------------------------------------------------------------- scalar helpers */

static inline int8_t sat_s8(int v) { return (int8_t)(v < -128 ? -128 : v > 127 ? 127 : v); }
static inline int16_t sat_s16(int32_t v) { return (int16_t)(v < -32768 ? -32768 : v > 32767 ? 32767 : v); }

static inline uint8_t popcnt8(uint8_t x) {
  x = (uint8_t)(x - ((x >> 1) & 0x55));
  x = (uint8_t)((x & 0x33) + ((x >> 2) & 0x33));
  return (uint8_t)((x + (x >> 4)) & 0x0F);
}


/* ---------------------------------------------------------------- constants, lane moves */

DEF(V128_CONST) {
  (void)pa; (void)pb; (void)pc;
  memcpy(out, imm, 16);
}

DEF(I8X16_SHUFFLE) {
  (void)pc;
  uint8_t ab[32], r[16];
  memcpy(ab, pa, 16);
  memcpy(ab + 16, pb, 16);
  for (int i = 0; i < 16; i++) r[i] = ab[imm[i] & 31];
  memcpy(out, r, 16);
}

DEF(I8X16_SWIZZLE) {
  USE2 uint8_t a[16], s[16], r[16];
  memcpy(a, pa, 16);
  memcpy(s, pb, 16);
  for (int i = 0; i < 16; i++) r[i] = s[i] < 16 ? a[s[i] & 15] : 0;
  memcpy(out, r, 16);
}

SPLAT(I8X16_SPLAT, uint8_t)
SPLAT(I16X8_SPLAT, uint16_t)
SPLAT(I32X4_SPLAT, uint32_t)
SPLAT(I64X2_SPLAT, uint64_t)
SPLAT(F32X4_SPLAT, uint32_t)   /* float lanes move as bits: a signalling NaN stays as it is */
SPLAT(F64X2_SPLAT, uint64_t)

EXTRACT(I8X16_EXTRACT_LANE_S, int8_t, uint32_t)
EXTRACT(I8X16_EXTRACT_LANE_U, uint8_t, uint32_t)
EXTRACT(I16X8_EXTRACT_LANE_S, int16_t, uint32_t)
EXTRACT(I16X8_EXTRACT_LANE_U, uint16_t, uint32_t)
EXTRACT(I32X4_EXTRACT_LANE, uint32_t, uint32_t)
EXTRACT(I64X2_EXTRACT_LANE, uint64_t, uint64_t)
EXTRACT(F32X4_EXTRACT_LANE, uint32_t, uint32_t)
EXTRACT(F64X2_EXTRACT_LANE, uint64_t, uint64_t)

REPLACE(I8X16_REPLACE_LANE, uint8_t)
REPLACE(I16X8_REPLACE_LANE, uint16_t)
REPLACE(I32X4_REPLACE_LANE, uint32_t)
REPLACE(I64X2_REPLACE_LANE, uint64_t)
REPLACE(F32X4_REPLACE_LANE, uint32_t)
REPLACE(F64X2_REPLACE_LANE, uint64_t)

/* ---------------------------------------------------------------- comparisons */

CMP(I8X16_EQ, uint8_t, uint8_t, x == y)
CMP(I8X16_NE, uint8_t, uint8_t, x != y)
CMP(I8X16_LT_S, int8_t, uint8_t, x < y)
CMP(I8X16_LT_U, uint8_t, uint8_t, x < y)
CMP(I8X16_GT_S, int8_t, uint8_t, x > y)
CMP(I8X16_GT_U, uint8_t, uint8_t, x > y)
CMP(I8X16_LE_S, int8_t, uint8_t, x <= y)
CMP(I8X16_LE_U, uint8_t, uint8_t, x <= y)
CMP(I8X16_GE_S, int8_t, uint8_t, x >= y)
CMP(I8X16_GE_U, uint8_t, uint8_t, x >= y)

CMP(I16X8_EQ, uint16_t, uint16_t, x == y)
CMP(I16X8_NE, uint16_t, uint16_t, x != y)
CMP(I16X8_LT_S, int16_t, uint16_t, x < y)
CMP(I16X8_LT_U, uint16_t, uint16_t, x < y)
CMP(I16X8_GT_S, int16_t, uint16_t, x > y)
CMP(I16X8_GT_U, uint16_t, uint16_t, x > y)
CMP(I16X8_LE_S, int16_t, uint16_t, x <= y)
CMP(I16X8_LE_U, uint16_t, uint16_t, x <= y)
CMP(I16X8_GE_S, int16_t, uint16_t, x >= y)
CMP(I16X8_GE_U, uint16_t, uint16_t, x >= y)

CMP(I32X4_EQ, uint32_t, uint32_t, x == y)
CMP(I32X4_NE, uint32_t, uint32_t, x != y)
CMP(I32X4_LT_S, int32_t, uint32_t, x < y)
CMP(I32X4_LT_U, uint32_t, uint32_t, x < y)
CMP(I32X4_GT_S, int32_t, uint32_t, x > y)
CMP(I32X4_GT_U, uint32_t, uint32_t, x > y)
CMP(I32X4_LE_S, int32_t, uint32_t, x <= y)
CMP(I32X4_LE_U, uint32_t, uint32_t, x <= y)
CMP(I32X4_GE_S, int32_t, uint32_t, x >= y)
CMP(I32X4_GE_U, uint32_t, uint32_t, x >= y)

CMP(I64X2_EQ, uint64_t, uint64_t, x == y)
CMP(I64X2_NE, uint64_t, uint64_t, x != y)
CMP(I64X2_LT_S, int64_t, uint64_t, x < y)
CMP(I64X2_GT_S, int64_t, uint64_t, x > y)
CMP(I64X2_LE_S, int64_t, uint64_t, x <= y)
CMP(I64X2_GE_S, int64_t, uint64_t, x >= y)

/* Float comparisons: every comparison with a NaN is false, except ne. */
CMP(F32X4_EQ, float, uint32_t, x == y)
CMP(F32X4_NE, float, uint32_t, x != y)
CMP(F32X4_LT, float, uint32_t, x < y)
CMP(F32X4_GT, float, uint32_t, x > y)
CMP(F32X4_LE, float, uint32_t, x <= y)
CMP(F32X4_GE, float, uint32_t, x >= y)
CMP(F64X2_EQ, double, uint64_t, x == y)
CMP(F64X2_NE, double, uint64_t, x != y)
CMP(F64X2_LT, double, uint64_t, x < y)
CMP(F64X2_GT, double, uint64_t, x > y)
CMP(F64X2_LE, double, uint64_t, x <= y)
CMP(F64X2_GE, double, uint64_t, x >= y)

/* ---------------------------------------------------------------- bitwise */

UN(V128_NOT, uint64_t, ~x)
BIN(V128_AND, uint64_t, x & y)
BIN(V128_ANDNOT, uint64_t, x & ~y)
BIN(V128_OR, uint64_t, x | y)
BIN(V128_XOR, uint64_t, x ^ y)

DEF(V128_BITSELECT) {
  (void)imm;
  uint64_t r[2];
  for (int i = 0; i < 2; i++) r[i] = (pa[i] & pc[i]) | (pb[i] & ~pc[i]);
  memcpy(out, r, 16);
}

DEF(V128_ANY_TRUE) {
  USE1 out[0] = (pa[0] | pa[1]) != 0;
}

/* ---------------------------------------------------------------- i8x16 */

UN(I8X16_ABS, int8_t, (int8_t)(x < 0 ? -x : x))    /* -(-128) = 128 wraps back to -128 */
UN(I8X16_NEG, uint8_t, (uint8_t)(0u - x))
UN(I8X16_POPCNT, uint8_t, popcnt8(x))
ALL_TRUE(I8X16_ALL_TRUE, uint8_t)
BITMASK(I8X16_BITMASK, int8_t)
NARROW(I8X16_NARROW_I16X8_S, int8_t, int16_t, -128, 127)
NARROW(I8X16_NARROW_I16X8_U, uint8_t, int16_t, 0, 255)
SHIFT(I8X16_SHL, uint8_t, (uint8_t)((uint32_t)x << n))
SHIFT(I8X16_SHR_S, int8_t, (int8_t)(x >> n))
SHIFT(I8X16_SHR_U, uint8_t, (uint8_t)(x >> n))
BIN(I8X16_ADD, uint8_t, (uint8_t)(x + y))
BIN(I8X16_ADD_SAT_S, int8_t, sat_s8(x + y))
BIN(I8X16_ADD_SAT_U, uint8_t, (uint8_t)(x + y) < x ? (uint8_t)0xFF : (uint8_t)(x + y))   /* wrapped: saturate */
BIN(I8X16_SUB, uint8_t, (uint8_t)(x - y))
BIN(I8X16_SUB_SAT_S, int8_t, sat_s8(x - y))
BIN(I8X16_SUB_SAT_U, uint8_t, x > y ? (uint8_t)(x - y) : (uint8_t)0)
BIN(I8X16_MIN_S, int8_t, x < y ? x : y)
BIN(I8X16_MIN_U, uint8_t, x < y ? x : y)
BIN(I8X16_MAX_S, int8_t, x > y ? x : y)
BIN(I8X16_MAX_U, uint8_t, x > y ? x : y)
BIN(I8X16_AVGR_U, uint8_t, (uint8_t)(((uint32_t)x + y + 1u) >> 1))

/* ---------------------------------------------------------------- i16x8 */

PAIRWISE(I16X8_EXTADD_PAIRWISE_I8X16_S, int16_t, int8_t)
PAIRWISE(I16X8_EXTADD_PAIRWISE_I8X16_U, uint16_t, uint8_t)
UN(I16X8_ABS, int16_t, (int16_t)(x < 0 ? -x : x))
UN(I16X8_NEG, uint16_t, (uint16_t)(0u - x))
/* Q15 rounding multiply: (x*y + 2^14) >> 15, saturated (only -32768 * -32768 overflows). */
BIN(I16X8_Q15MULR_SAT_S, int16_t, sat_s16((x * y + 0x4000) >> 15))
ALL_TRUE(I16X8_ALL_TRUE, uint16_t)
BITMASK(I16X8_BITMASK, int16_t)
NARROW(I16X8_NARROW_I32X4_S, int16_t, int32_t, -32768, 32767)
NARROW(I16X8_NARROW_I32X4_U, uint16_t, int32_t, 0, 65535)
WIDEN(I16X8_EXTEND_LOW_I8X16_S, int16_t, int8_t, 0)
WIDEN(I16X8_EXTEND_HIGH_I8X16_S, int16_t, int8_t, 8)
WIDEN(I16X8_EXTEND_LOW_I8X16_U, uint16_t, uint8_t, 0)
WIDEN(I16X8_EXTEND_HIGH_I8X16_U, uint16_t, uint8_t, 8)
SHIFT(I16X8_SHL, uint16_t, (uint16_t)((uint32_t)x << n))
SHIFT(I16X8_SHR_S, int16_t, (int16_t)(x >> n))
SHIFT(I16X8_SHR_U, uint16_t, (uint16_t)(x >> n))
BIN(I16X8_ADD, uint16_t, (uint16_t)(x + y))
BIN(I16X8_ADD_SAT_S, int16_t, sat_s16(x + y))
BIN(I16X8_ADD_SAT_U, uint16_t, (uint16_t)(x + y) < x ? (uint16_t)0xFFFF : (uint16_t)(x + y))
BIN(I16X8_SUB, uint16_t, (uint16_t)(x - y))
BIN(I16X8_SUB_SAT_S, int16_t, sat_s16(x - y))
BIN(I16X8_SUB_SAT_U, uint16_t, x > y ? (uint16_t)(x - y) : (uint16_t)0)
BIN(I16X8_MUL, uint16_t, (uint16_t)((uint32_t)x * y))
BIN(I16X8_MIN_S, int16_t, x < y ? x : y)
BIN(I16X8_MIN_U, uint16_t, x < y ? x : y)
BIN(I16X8_MAX_S, int16_t, x > y ? x : y)
BIN(I16X8_MAX_U, uint16_t, x > y ? x : y)
BIN(I16X8_AVGR_U, uint16_t, (uint16_t)(((uint32_t)x + y + 1u) >> 1))
WIDEN2(I16X8_EXTMUL_LOW_I8X16_S, int16_t, int8_t, 0, (int16_t)(x * y))
WIDEN2(I16X8_EXTMUL_HIGH_I8X16_S, int16_t, int8_t, 8, (int16_t)(x * y))
WIDEN2(I16X8_EXTMUL_LOW_I8X16_U, uint16_t, uint8_t, 0, (uint16_t)(x * y))
WIDEN2(I16X8_EXTMUL_HIGH_I8X16_U, uint16_t, uint8_t, 8, (uint16_t)(x * y))

/* ---------------------------------------------------------------- i32x4 */

PAIRWISE(I32X4_EXTADD_PAIRWISE_I16X8_S, int32_t, int16_t)
PAIRWISE(I32X4_EXTADD_PAIRWISE_I16X8_U, uint32_t, uint16_t)
UN(I32X4_ABS, uint32_t, (int32_t)x < 0 ? 0u - x : x)
UN(I32X4_NEG, uint32_t, 0u - x)
ALL_TRUE(I32X4_ALL_TRUE, uint32_t)
BITMASK(I32X4_BITMASK, int32_t)
WIDEN(I32X4_EXTEND_LOW_I16X8_S, int32_t, int16_t, 0)
WIDEN(I32X4_EXTEND_HIGH_I16X8_S, int32_t, int16_t, 4)
WIDEN(I32X4_EXTEND_LOW_I16X8_U, uint32_t, uint16_t, 0)
WIDEN(I32X4_EXTEND_HIGH_I16X8_U, uint32_t, uint16_t, 4)
SHIFT(I32X4_SHL, uint32_t, x << n)
SHIFT(I32X4_SHR_S, int32_t, x >> n)
SHIFT(I32X4_SHR_U, uint32_t, x >> n)
BIN(I32X4_ADD, uint32_t, x + y)
BIN(I32X4_SUB, uint32_t, x - y)
BIN(I32X4_MUL, uint32_t, x * y)
BIN(I32X4_MIN_S, int32_t, x < y ? x : y)
BIN(I32X4_MIN_U, uint32_t, x < y ? x : y)
BIN(I32X4_MAX_S, int32_t, x > y ? x : y)
BIN(I32X4_MAX_U, uint32_t, x > y ? x : y)

/* dot: products of adjacent signed 16-bit lanes, summed with wrapping (only 2 * (-32768)^2 wraps). */
DEF(I32X4_DOT_I16X8_S) {
  USE2 int16_t a[8], b[8];
  uint32_t r[4];
  memcpy(a, pa, 16);
  memcpy(b, pb, 16);
  for (int i = 0; i < 4; i++)
    r[i] = (uint32_t)(a[2 * i] * b[2 * i]) + (uint32_t)(a[2 * i + 1] * b[2 * i + 1]);
  memcpy(out, r, 16);
}

WIDEN2(I32X4_EXTMUL_LOW_I16X8_S, int32_t, int16_t, 0, x * y)
WIDEN2(I32X4_EXTMUL_HIGH_I16X8_S, int32_t, int16_t, 4, x * y)
WIDEN2(I32X4_EXTMUL_LOW_I16X8_U, uint32_t, uint16_t, 0, (uint32_t)x * y)
WIDEN2(I32X4_EXTMUL_HIGH_I16X8_U, uint32_t, uint16_t, 4, (uint32_t)x * y)

/* ---------------------------------------------------------------- i64x2 */

UN(I64X2_ABS, uint64_t, (int64_t)x < 0 ? 0u - x : x)
UN(I64X2_NEG, uint64_t, 0u - x)
ALL_TRUE(I64X2_ALL_TRUE, uint64_t)
BITMASK(I64X2_BITMASK, int64_t)
WIDEN(I64X2_EXTEND_LOW_I32X4_S, int64_t, int32_t, 0)
WIDEN(I64X2_EXTEND_HIGH_I32X4_S, int64_t, int32_t, 2)
WIDEN(I64X2_EXTEND_LOW_I32X4_U, uint64_t, uint32_t, 0)
WIDEN(I64X2_EXTEND_HIGH_I32X4_U, uint64_t, uint32_t, 2)
SHIFT(I64X2_SHL, uint64_t, x << n)
SHIFT(I64X2_SHR_S, int64_t, x >> n)
SHIFT(I64X2_SHR_U, uint64_t, x >> n)
BIN(I64X2_ADD, uint64_t, x + y)
BIN(I64X2_SUB, uint64_t, x - y)
BIN(I64X2_MUL, uint64_t, x * y)
WIDEN2(I64X2_EXTMUL_LOW_I32X4_S, int64_t, int32_t, 0, (int64_t)x * y)
WIDEN2(I64X2_EXTMUL_HIGH_I32X4_S, int64_t, int32_t, 2, (int64_t)x * y)
WIDEN2(I64X2_EXTMUL_LOW_I32X4_U, uint64_t, uint32_t, 0, (uint64_t)x * y)
WIDEN2(I64X2_EXTMUL_HIGH_I32X4_U, uint64_t, uint32_t, 2, (uint64_t)x * y)

/* ---------------------------------------------------------------- f32x4 */

UN(F32X4_ABS, uint32_t, x & 0x7FFFFFFFu)     /* bit operations: NaNs keep their payload */
UN(F32X4_NEG, uint32_t, x ^ 0x80000000u)
UN(F32X4_SQRT, float, sqrtf(x))
UN(F32X4_CEIL, float, ceil32(x))
UN(F32X4_FLOOR, float, floor32(x))
UN(F32X4_TRUNC, float, trunc32(x))
UN(F32X4_NEAREST, float, nearest32(x))
BIN(F32X4_ADD, float, x + y)
BIN(F32X4_SUB, float, x - y)
BIN(F32X4_MUL, float, x * y)
BIN(F32X4_DIV, float, x / y)
BIN(F32X4_MIN, float, f32_min(x, y))
BIN(F32X4_MAX, float, f32_max(x, y))

/* pmin = b < a ? b : a, pmax = a < b ? b : a: the chosen operand's bits, NaNs untouched. */
DEF(F32X4_PMIN) {
  USE2 float a[4], b[4];
  uint32_t ab[4], bb[4], r[4];
  memcpy(a, pa, 16);
  memcpy(b, pb, 16);
  memcpy(ab, pa, 16);
  memcpy(bb, pb, 16);
  for (int i = 0; i < 4; i++) r[i] = b[i] < a[i] ? bb[i] : ab[i];
  memcpy(out, r, 16);
}
DEF(F32X4_PMAX) {
  USE2 float a[4], b[4];
  uint32_t ab[4], bb[4], r[4];
  memcpy(a, pa, 16);
  memcpy(b, pb, 16);
  memcpy(ab, pa, 16);
  memcpy(bb, pb, 16);
  for (int i = 0; i < 4; i++) r[i] = a[i] < b[i] ? bb[i] : ab[i];
  memcpy(out, r, 16);
}

/* ---------------------------------------------------------------- f64x2 */

UN(F64X2_ABS, uint64_t, x & 0x7FFFFFFFFFFFFFFFull)
UN(F64X2_NEG, uint64_t, x ^ 0x8000000000000000ull)
UN(F64X2_SQRT, double, sqrt(x))
UN(F64X2_CEIL, double, ceil64(x))
UN(F64X2_FLOOR, double, floor64(x))
UN(F64X2_TRUNC, double, trunc64(x))
UN(F64X2_NEAREST, double, nearest64(x))
BIN(F64X2_ADD, double, x + y)
BIN(F64X2_SUB, double, x - y)
BIN(F64X2_MUL, double, x * y)
BIN(F64X2_DIV, double, x / y)
BIN(F64X2_MIN, double, f64_min(x, y))
BIN(F64X2_MAX, double, f64_max(x, y))

DEF(F64X2_PMIN) {
  USE2 double a[2], b[2];
  uint64_t r[2];
  memcpy(a, pa, 16);
  memcpy(b, pb, 16);
  for (int i = 0; i < 2; i++) r[i] = b[i] < a[i] ? pb[i] : pa[i];
  memcpy(out, r, 16);
}
DEF(F64X2_PMAX) {
  USE2 double a[2], b[2];
  uint64_t r[2];
  memcpy(a, pa, 16);
  memcpy(b, pb, 16);
  for (int i = 0; i < 2; i++) r[i] = a[i] < b[i] ? pb[i] : pa[i];
  memcpy(out, r, 16);
}

/* ---------------------------------------------------------------- conversions */

DEF(F32X4_DEMOTE_F64X2_ZERO) {
  USE1 double a[2];
  float r[4] = {0.0f, 0.0f, 0.0f, 0.0f};
  memcpy(a, pa, 16);
  r[0] = (float)a[0];
  r[1] = (float)a[1];
  memcpy(out, r, 16);
}
DEF(F64X2_PROMOTE_LOW_F32X4) {
  USE1 float a[4];
  double r[2];
  memcpy(a, pa, 16);
  r[0] = (double)a[0];
  r[1] = (double)a[1];
  memcpy(out, r, 16);
}

/* f32 -> i32 saturating (exact through double: every f32 is a double). */
DEF(I32X4_TRUNC_SAT_F32X4_S) {
  USE1 float a[4];
  uint32_t r[4];
  memcpy(a, pa, 16);
  for (int i = 0; i < 4; i++) r[i] = wd_trunc_sat_s32(a[i]);
  memcpy(out, r, 16);
}
DEF(I32X4_TRUNC_SAT_F32X4_U) {
  USE1 float a[4];
  uint32_t r[4];
  memcpy(a, pa, 16);
  for (int i = 0; i < 4; i++) r[i] = wd_trunc_sat_u32(a[i]);
  memcpy(out, r, 16);
}
DEF(F32X4_CONVERT_I32X4_S) {
  USE1 int32_t a[4];
  float r[4];
  memcpy(a, pa, 16);
  for (int i = 0; i < 4; i++) r[i] = (float)a[i];
  memcpy(out, r, 16);
}
DEF(F32X4_CONVERT_I32X4_U) {
  USE1 uint32_t a[4];
  float r[4];
  memcpy(a, pa, 16);
  for (int i = 0; i < 4; i++) r[i] = (float)a[i];   /* one rounding, to nearest even */
  memcpy(out, r, 16);
}
DEF(I32X4_TRUNC_SAT_F64X2_S_ZERO) {
  USE1 double a[2];
  uint32_t r[4] = {0, 0, 0, 0};
  memcpy(a, pa, 16);
  r[0] = wd_trunc_sat_s32(a[0]);
  r[1] = wd_trunc_sat_s32(a[1]);
  memcpy(out, r, 16);
}
DEF(I32X4_TRUNC_SAT_F64X2_U_ZERO) {
  USE1 double a[2];
  uint32_t r[4] = {0, 0, 0, 0};
  memcpy(a, pa, 16);
  r[0] = wd_trunc_sat_u32(a[0]);
  r[1] = wd_trunc_sat_u32(a[1]);
  memcpy(out, r, 16);
}
DEF(F64X2_CONVERT_LOW_I32X4_S) {
  USE1 int32_t a[4];
  double r[2];
  memcpy(a, pa, 16);
  r[0] = (double)a[0];
  r[1] = (double)a[1];
  memcpy(out, r, 16);
}
DEF(F64X2_CONVERT_LOW_I32X4_U) {
  USE1 uint32_t a[4];
  double r[2];
  memcpy(a, pa, 16);
  r[0] = (double)a[0];
  r[1] = (double)a[1];
  memcpy(out, r, 16);
}

/* ---------------------------------------------------------------- loads and stores */

#define LOADFN(NAME) static void simd_##NAME(uint64_t *out, const uint8_t *mem, const uint64_t *vec, uint8_t lane)
#define STOREFN(NAME) static void simd_##NAME(uint8_t *mem, const uint64_t *vec, uint8_t lane)

LOADFN(V128_LOAD) {
  (void)vec; (void)lane;
  memcpy(out, mem, 16);
}

/* load8x8_s ... load32x2_u: narrow lanes (type T) from 8 bytes, each extended to type OT. */
#define LOAD_EXTEND(NAME, OT, T)                                                                      \
  LOADFN(NAME) {                                                                                      \
    (void)vec; (void)lane;                                                                            \
    T a[LANES(OT)];                                                                                   \
    OT r[LANES(OT)];                                                                                  \
    memcpy(a, mem, sizeof a);                                                                         \
    for (int i = 0; i < LANES(OT); i++) r[i] = a[i];                                                  \
    memcpy(out, r, 16);                                                                               \
  }
LOAD_EXTEND(V128_LOAD8X8_S, int16_t, int8_t)
LOAD_EXTEND(V128_LOAD8X8_U, uint16_t, uint8_t)
LOAD_EXTEND(V128_LOAD16X4_S, int32_t, int16_t)
LOAD_EXTEND(V128_LOAD16X4_U, uint32_t, uint16_t)
LOAD_EXTEND(V128_LOAD32X2_S, int64_t, int32_t)
LOAD_EXTEND(V128_LOAD32X2_U, uint64_t, uint32_t)

#define LOAD_SPLAT(NAME, T)                                                                           \
  LOADFN(NAME) {                                                                                      \
    (void)vec; (void)lane;                                                                            \
    T x, r[LANES(T)];                                                                                 \
    memcpy(&x, mem, sizeof x);                                                                        \
    for (int i = 0; i < LANES(T); i++) r[i] = x;                                                      \
    memcpy(out, r, 16);                                                                               \
  }
LOAD_SPLAT(V128_LOAD8_SPLAT, uint8_t)
LOAD_SPLAT(V128_LOAD16_SPLAT, uint16_t)
LOAD_SPLAT(V128_LOAD32_SPLAT, uint32_t)
LOAD_SPLAT(V128_LOAD64_SPLAT, uint64_t)

#define LOAD_ZERO(NAME, T)                                                                            \
  LOADFN(NAME) {                                                                                      \
    (void)vec; (void)lane;                                                                            \
    T r[LANES(T)];                                                                                    \
    memset(r, 0, sizeof r);                                                                           \
    memcpy(&r[0], mem, sizeof(T));                                                                    \
    memcpy(out, r, 16);                                                                               \
  }
LOAD_ZERO(V128_LOAD32_ZERO, uint32_t)
LOAD_ZERO(V128_LOAD64_ZERO, uint64_t)

#define LOAD_LANE(NAME, T)                                                                            \
  LOADFN(NAME) {                                                                                      \
    T r[LANES(T)];                                                                                    \
    memcpy(r, vec, 16);                                                                               \
    memcpy(&r[lane & (LANES(T) - 1)], mem, sizeof(T));                                                \
    memcpy(out, r, 16);                                                                               \
  }
LOAD_LANE(V128_LOAD8_LANE, uint8_t)
LOAD_LANE(V128_LOAD16_LANE, uint16_t)
LOAD_LANE(V128_LOAD32_LANE, uint32_t)
LOAD_LANE(V128_LOAD64_LANE, uint64_t)

STOREFN(V128_STORE) {
  (void)lane;
  memcpy(mem, vec, 16);
}

#define STORE_LANE(NAME, T)                                                                           \
  STOREFN(NAME) {                                                                                     \
    T v[LANES(T)];                                                                                    \
    memcpy(v, vec, 16);                                                                               \
    memcpy(mem, &v[lane & (LANES(T) - 1)], sizeof(T));                                                \
  }
STORE_LANE(V128_STORE8_LANE, uint8_t)
STORE_LANE(V128_STORE16_LANE, uint16_t)
STORE_LANE(V128_STORE32_LANE, uint32_t)
STORE_LANE(V128_STORE64_LANE, uint64_t)

/* ---------------------------------------------------------------- relaxed SIMD
 * The deterministic profile's choice for each (the Wasm 3.0 spec's R = 0): the same result on every host.
 * The others are their non-relaxed twins, wired in the table below. */

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF   /* madd rounds twice: a fused multiply-add would differ */
#endif
#define MADD(NAME, T, SIGN)                                                                           \
  DEF(NAME) {                                                                                         \
    (void)imm;                                                                                        \
    T a[LANES(T)], b[LANES(T)], c[LANES(T)], r[LANES(T)];                                             \
    memcpy(a, pa, 16);                                                                                \
    memcpy(b, pb, 16);                                                                                \
    memcpy(c, pc, 16);                                                                                \
    for (int i = 0; i < LANES(T); i++) {                                                              \
      volatile T p = (SIGN a[i]) * b[i];   /* stored: rounded to T on its own (x87 too) */           \
      r[i] = p + c[i];                                                                                \
    }                                                                                                 \
    memcpy(out, r, 16);                                                                               \
  }
MADD(F32X4_RELAXED_MADD, float, +)
MADD(F32X4_RELAXED_NMADD, float, -)
MADD(F64X2_RELAXED_MADD, double, +)
MADD(F64X2_RELAXED_NMADD, double, -)

/* Lane i: a[2i]*b[2i] + a[2i+1]*b[2i+1], both operands signed bytes, the sum wrapping to 16 bits. */
static void dot_i8_pairs(const uint64_t *pa, const uint64_t *pb, int16_t r[8]) {
  int8_t a[16], b[16];
  memcpy(a, pa, 16);
  memcpy(b, pb, 16);
  for (int i = 0; i < 8; i++)
    r[i] = (int16_t)(uint16_t)((uint32_t)(a[2 * i] * b[2 * i]) + (uint32_t)(a[2 * i + 1] * b[2 * i + 1]));
}
DEF(I16X8_RELAXED_DOT_I8X16_I7X16_S) {
  USE2 int16_t r[8];
  dot_i8_pairs(pa, pb, r);
  memcpy(out, r, 16);
}
/* The 16-bit pair sums above, added pairwise into 32 bits, plus c. */
DEF(I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S) {
  (void)imm;
  int16_t d[8];
  int32_t c[4], r[4];
  dot_i8_pairs(pa, pb, d);
  memcpy(c, pc, 16);
  for (int i = 0; i < 4; i++) r[i] = (int32_t)((uint32_t)(d[2 * i] + d[2 * i + 1]) + (uint32_t)c[i]);
  memcpy(out, r, 16);
}

/* ---------------------------------------------------------------- dispatch tables */

/* Indexed from the first SIMD opcode, not over every opcode: each table is a relocated pointer array (its
 * pages are written at every process start), so it covers only opcodes.def's 0xFD rows. An entry outside
 * them does not compile (a negative or too large designator). */
#define SIMD_FIRST WD_OP_V128_LOAD
#define SIMD_COUNT (WD_OP_I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S + 1 - SIMD_FIRST)
#define E(NAME) [WD_OP_##NAME - SIMD_FIRST] = simd_##NAME,

static const wd_simd_fn op_fns[SIMD_COUNT] = {
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
#define TWIN(RELAXED, NAME) [WD_OP_##RELAXED - SIMD_FIRST] = simd_##NAME,
  TWIN(I8X16_RELAXED_SWIZZLE, I8X16_SWIZZLE)
  TWIN(I32X4_RELAXED_TRUNC_F32X4_S, I32X4_TRUNC_SAT_F32X4_S)
  TWIN(I32X4_RELAXED_TRUNC_F32X4_U, I32X4_TRUNC_SAT_F32X4_U)
  TWIN(I32X4_RELAXED_TRUNC_F64X2_S_ZERO, I32X4_TRUNC_SAT_F64X2_S_ZERO)
  TWIN(I32X4_RELAXED_TRUNC_F64X2_U_ZERO, I32X4_TRUNC_SAT_F64X2_U_ZERO)
  E(F32X4_RELAXED_MADD) E(F32X4_RELAXED_NMADD) E(F64X2_RELAXED_MADD) E(F64X2_RELAXED_NMADD)
  TWIN(I8X16_RELAXED_LANESELECT, V128_BITSELECT) TWIN(I16X8_RELAXED_LANESELECT, V128_BITSELECT)
  TWIN(I32X4_RELAXED_LANESELECT, V128_BITSELECT) TWIN(I64X2_RELAXED_LANESELECT, V128_BITSELECT)
  TWIN(F32X4_RELAXED_MIN, F32X4_MIN) TWIN(F32X4_RELAXED_MAX, F32X4_MAX)
  TWIN(F64X2_RELAXED_MIN, F64X2_MIN) TWIN(F64X2_RELAXED_MAX, F64X2_MAX)
  TWIN(I16X8_RELAXED_Q15MULR_S, I16X8_Q15MULR_SAT_S)
  E(I16X8_RELAXED_DOT_I8X16_I7X16_S) E(I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S)
#undef TWIN
};

static const wd_simd_load_fn load_fns[SIMD_COUNT] = {
  E(V128_LOAD) E(V128_LOAD8X8_S) E(V128_LOAD8X8_U) E(V128_LOAD16X4_S) E(V128_LOAD16X4_U)
  E(V128_LOAD32X2_S) E(V128_LOAD32X2_U)
  E(V128_LOAD8_SPLAT) E(V128_LOAD16_SPLAT) E(V128_LOAD32_SPLAT) E(V128_LOAD64_SPLAT)
  E(V128_LOAD32_ZERO) E(V128_LOAD64_ZERO)
  E(V128_LOAD8_LANE) E(V128_LOAD16_LANE) E(V128_LOAD32_LANE) E(V128_LOAD64_LANE)
};

static const wd_simd_store_fn store_fns[SIMD_COUNT] = {
  E(V128_STORE) E(V128_STORE8_LANE) E(V128_STORE16_LANE) E(V128_STORE32_LANE) E(V128_STORE64_LANE)
};

#undef E

#define IN_SIMD(op) ((unsigned)(op) - SIMD_FIRST < SIMD_COUNT)
wd_simd_fn wd_simd_fn_for(uint16_t op) { return IN_SIMD(op) ? op_fns[op - SIMD_FIRST] : NULL; }
wd_simd_load_fn wd_simd_load_fn_for(uint16_t op) { return IN_SIMD(op) ? load_fns[op - SIMD_FIRST] : NULL; }
wd_simd_store_fn wd_simd_store_fn_for(uint16_t op) { return IN_SIMD(op) ? store_fns[op - SIMD_FIRST] : NULL; }

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
