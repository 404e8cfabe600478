/* test_simd.c — Criterion tests of the SIMD semantics library (runtime/simd.c): the opcode tables cover
 * exactly the 0xFD instructions, and hand-checked cases for every family — lane moves, wrapping and
 * saturating arithmetic, shifts with counts >= the lane width, narrow/extend/extmul/extadd/dot/q15mulr
 * at their boundaries, bitmask and all/any_true, comparisons, float arithmetic with NaN and -0, min/max
 * against pmin/pmax, rounding ties, conversions and saturating truncations at their edges, loads and
 * stores (unaligned, extending, splat, zero, lanes) and operand aliasing; relaxed SIMD's deterministic
 * choices (twins of the non-relaxed instructions, unfused madd, signed dot products).
 * May touch: simd.h and module.h (opcode enum and table).
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "simd.h"
#include "decode_instr.h"

/* ---------------------------------------------------------------- helpers */

typedef struct vec { uint64_t s[2]; } vec;

static vec from_bytes(const uint8_t b[16]) { vec v; memcpy(v.s, b, 16); return v; }
static vec mk8(const uint8_t l[16]) { return from_bytes(l); }
static vec mk16(const uint16_t l[8]) { vec v; memcpy(v.s, l, 16); return v; }
static vec mk32(const uint32_t l[4]) { vec v; memcpy(v.s, l, 16); return v; }
static vec mkf32(const float l[4]) { vec v; memcpy(v.s, l, 16); return v; }
static vec mkf64(double a, double b) { vec v; memcpy(&v.s[0], &a, 8); memcpy(&v.s[1], &b, 8); return v; }
static vec mk64(uint64_t a, uint64_t b) { vec v = {{a, b}}; return v; }

#define V8(...) mk8((const uint8_t[16]){__VA_ARGS__})
#define V16(...) mk16((const uint16_t[8]){__VA_ARGS__})
#define V32(...) mk32((const uint32_t[4]){__VA_ARGS__})
#define VF32(...) mkf32((const float[4]){__VA_ARGS__})

static uint32_t lane32(vec v, int i) { uint32_t x[4]; memcpy(x, v.s, 16); return x[i]; }
static float lanef32(vec v, int i) { float x[4]; memcpy(x, v.s, 16); return x[i]; }
static double lanef64(vec v, int i) { double x; memcpy(&x, &v.s[i], 8); return x; }
static uint32_t f32bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t f64bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

static vec op1(uint16_t op, vec a) {
  vec r = {{0x5555555555555555ull, 0x5555555555555555ull}};
  cr_assert(wd_simd_op(op, r.s, a.s, NULL, NULL, NULL), "%s refused", wd_opinfo_table[op].text);
  return r;
}
static vec op2(uint16_t op, vec a, vec b) {
  vec r = {{0x5555555555555555ull, 0x5555555555555555ull}};
  cr_assert(wd_simd_op(op, r.s, a.s, b.s, NULL, NULL), "%s refused", wd_opinfo_table[op].text);
  return r;
}
/* vector + scalar slot (shifts, replace_lane) */
static vec opvs(uint16_t op, vec a, uint64_t s, uint8_t lane) {
  vec r = {{0x5555555555555555ull, 0x5555555555555555ull}};
  cr_assert(wd_simd_op(op, r.s, a.s, &s, NULL, &lane));
  return r;
}
/* scalar result: one slot (the second must stay untouched) */
static uint64_t opscalar(uint16_t op, vec a, uint8_t lane) {
  uint64_t r[2] = {0x5555555555555555ull, 0x1234};
  cr_assert(wd_simd_op(op, r, a.s, NULL, NULL, &lane));
  cr_assert_eq(r[1], 0x1234, "%s wrote a second slot", wd_opinfo_table[op].text);
  return r[0];
}
/* scalar operand (splat) */
static vec opsplat(uint16_t op, uint64_t s) {
  vec r;
  cr_assert(wd_simd_op(op, r.s, &s, NULL, NULL, NULL));
  return r;
}

static void eqv(vec got, vec want, const char *what) {
  cr_assert(got.s[0] == want.s[0] && got.s[1] == want.s[1], "%s: got %016llx %016llx want %016llx %016llx",
            what, (unsigned long long)got.s[1], (unsigned long long)got.s[0],
            (unsigned long long)want.s[1], (unsigned long long)want.s[0]);
}

static bool is_qnan32(uint32_t b) { return (b & 0x7FC00000u) == 0x7FC00000u; }
static bool is_qnan64(uint64_t b) { return (b & 0x7FF8000000000000ull) == 0x7FF8000000000000ull; }
static bool is_canon32(uint32_t b) { return (b & 0x7FFFFFFFu) == 0x7FC00000u; }
static bool is_canon64(uint64_t b) { return (b & 0x7FFFFFFFFFFFFFFFull) == 0x7FF8000000000000ull; }

/* ---------------------------------------------------------------- tables */

Test(simd, tables_cover_exactly_the_simd_instructions) {
  int nops = 0, nloads = 0, nstores = 0;
  for (uint16_t op = 0; op < WD_OP__COUNT; op++) {
    const wd_opinfo *in = &wd_opinfo_table[op];
    wd_simd_fn f = wd_simd_fn_for(op);
    wd_simd_load_fn l = wd_simd_load_fn_for(op);
    wd_simd_store_fn s = wd_simd_store_fn_for(op);
    if (in->prefix != 0xFD) {
      cr_assert(!f && !l && !s, "%s has a SIMD function", in->text);
      continue;
    }
    if (in->memsz == 0) {
      cr_assert(f && !l && !s, "%s: non-memory function missing", in->text);
      nops++;
    } else if (in->sig[strlen(in->sig) - 1] == 'v') {
      cr_assert(!f && l && !s, "%s: load function missing", in->text);
      nloads++;
    } else {
      cr_assert(!f && !l && s, "%s: store function missing", in->text);
      nstores++;
    }
  }
  cr_assert_eq(nloads, 17);
  cr_assert_eq(nstores, 5);
  cr_assert_eq(nops, 236 + 20 - 17 - 5, "non-memory SIMD instructions (and the 20 relaxed): %d", nops);
  cr_assert_null(wd_simd_fn_for(WD_OP__COUNT));
  cr_assert_null(wd_simd_fn_for(0xFFFF));
  cr_assert_null(wd_simd_load_fn_for(0xFFFF));
  cr_assert_null(wd_simd_store_fn_for(0xFFFF));
}

Test(simd, one_call_entry_points_refuse_other_opcodes) {
  uint64_t out[2] = {7, 7}, a[2] = {1, 2};
  uint8_t mem[16] = {0};
  cr_assert_not(wd_simd_op(WD_OP_I32_ADD, out, a, a, a, NULL));
  cr_assert_not(wd_simd_op(WD_OP_V128_LOAD, out, a, a, a, NULL));
  cr_assert_not(wd_simd_load(WD_OP_V128_STORE, out, mem, a, 0));
  cr_assert_not(wd_simd_load(WD_OP_I8X16_ADD, out, mem, a, 0));
  cr_assert_not(wd_simd_store(WD_OP_V128_LOAD, mem, a, 0));
  cr_assert(out[0] == 7 && out[1] == 7 && mem[0] == 0, "a refused call wrote something");
  cr_assert(wd_simd_op(WD_OP_I64X2_ADD, out, a, a, NULL, NULL));
  cr_assert(out[0] == 2 && out[1] == 4);
}

/* ---------------------------------------------------------------- lane moves */

Test(simd, const_shuffle_swizzle) {
  uint8_t bytes[16];
  for (int i = 0; i < 16; i++) bytes[i] = (uint8_t)(0xA0 + i);
  vec r;
  cr_assert(wd_simd_op(WD_OP_V128_CONST, r.s, NULL, NULL, NULL, bytes));
  eqv(r, from_bytes(bytes), "v128.const");
  cr_assert_eq(r.s[0] & 0xFF, 0xA0, "lane 0 is the low byte of the first slot");

  vec a = V8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  vec b = V8(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  uint8_t idx[16] = {31, 0, 16, 15, 1, 17, 30, 14, 2, 2, 2, 2, 20, 21, 22, 23};
  cr_assert(wd_simd_op(WD_OP_I8X16_SHUFFLE, r.s, a.s, b.s, NULL, idx));
  eqv(r, from_bytes(idx), "shuffle picks lane k of a||b");

  vec data = V8(0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF);
  vec sel = V8(15, 0, 16, 255, 0x80, 7, 17, 1, 14, 32, 2, 100, 3, 15, 0x10, 8);
  eqv(op2(WD_OP_I8X16_SWIZZLE, data, sel),
      V8(0xAF, 0xA0, 0, 0, 0, 0xA7, 0, 0xA1, 0xAE, 0, 0xA2, 0, 0xA3, 0xAF, 0, 0xA8), "swizzle, index >= 16 -> 0");
}

Test(simd, splat_extract_replace) {
  eqv(opsplat(WD_OP_I8X16_SPLAT, 0xFFFFFF1234ull), V8(0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34,
                                                      0x34, 0x34, 0x34, 0x34, 0x34, 0x34, 0x34), "i8 splat");
  eqv(opsplat(WD_OP_I16X8_SPLAT, 0x9ABCDEF0ull), V16(0xDEF0, 0xDEF0, 0xDEF0, 0xDEF0, 0xDEF0, 0xDEF0, 0xDEF0, 0xDEF0),
      "i16 splat");
  eqv(opsplat(WD_OP_I32X4_SPLAT, 0x80000001ull), V32(0x80000001, 0x80000001, 0x80000001, 0x80000001), "i32");
  eqv(opsplat(WD_OP_I64X2_SPLAT, 0x8000000000000001ull), mk64(0x8000000000000001ull, 0x8000000000000001ull), "i64");
  eqv(opsplat(WD_OP_F32X4_SPLAT, 0x7FA00001ull), V32(0x7FA00001, 0x7FA00001, 0x7FA00001, 0x7FA00001),
      "f32 splat keeps a signalling NaN's bits");
  eqv(opsplat(WD_OP_F64X2_SPLAT, 0xFFF0000000000001ull), mk64(0xFFF0000000000001ull, 0xFFF0000000000001ull), "f64");

  vec v = V8(0x80, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0x7F);
  cr_assert_eq(opscalar(WD_OP_I8X16_EXTRACT_LANE_S, v, 0), 0xFFFFFF80ull, "sign-extended to 32 bits only");
  cr_assert_eq(opscalar(WD_OP_I8X16_EXTRACT_LANE_U, v, 0), 0x80ull);
  cr_assert_eq(opscalar(WD_OP_I8X16_EXTRACT_LANE_S, v, 15), 0x7Full);
  vec w = V16(1, 0x8000, 3, 4, 5, 6, 7, 0xFFFF);
  cr_assert_eq(opscalar(WD_OP_I16X8_EXTRACT_LANE_S, w, 1), 0xFFFF8000ull);
  cr_assert_eq(opscalar(WD_OP_I16X8_EXTRACT_LANE_U, w, 7), 0xFFFFull);
  vec x = V32(1, 2, 0xFFFFFFFF, 0x7FA00000);
  cr_assert_eq(opscalar(WD_OP_I32X4_EXTRACT_LANE, x, 2), 0xFFFFFFFFull);
  cr_assert_eq(opscalar(WD_OP_F32X4_EXTRACT_LANE, x, 3), 0x7FA00000ull, "f32 lane as bits, zero-extended");
  vec y = mk64(0x1111111111111111ull, 0xFFF4000000000000ull);
  cr_assert_eq(opscalar(WD_OP_I64X2_EXTRACT_LANE, y, 0), 0x1111111111111111ull);
  cr_assert_eq(opscalar(WD_OP_F64X2_EXTRACT_LANE, y, 1), 0xFFF4000000000000ull);

  eqv(opvs(WD_OP_I8X16_REPLACE_LANE, V8(0), 0x1FF, 15), V8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF),
      "i8 replace takes the low byte");
  eqv(opvs(WD_OP_I16X8_REPLACE_LANE, V16(1, 2, 3, 4, 5, 6, 7, 8), 0xABCDEF, 3), V16(1, 2, 3, 0xCDEF, 5, 6, 7, 8),
      "i16 replace");
  eqv(opvs(WD_OP_I32X4_REPLACE_LANE, V32(1, 2, 3, 4), 0xFFFFFFFF, 0), V32(0xFFFFFFFF, 2, 3, 4), "i32 replace");
  eqv(opvs(WD_OP_I64X2_REPLACE_LANE, mk64(1, 2), 0x8000000000000000ull, 1), mk64(1, 0x8000000000000000ull), "i64");
  eqv(opvs(WD_OP_F32X4_REPLACE_LANE, V32(1, 2, 3, 4), 0x7F800001, 2), V32(1, 2, 0x7F800001, 4), "f32 replace");
  eqv(opvs(WD_OP_F64X2_REPLACE_LANE, mk64(1, 2), 0x7FF0000000000001ull, 0), mk64(0x7FF0000000000001ull, 2), "f64");
  /* a lane index beyond the count is masked (validation rejects it; the library never reads past) */
  cr_assert_eq(opscalar(WD_OP_I32X4_EXTRACT_LANE, x, 6), 0xFFFFFFFFull);
}

Test(simd, result_may_alias_operands) {
  vec a = V32(1, 2, 3, 4), b = V32(10, 20, 30, 40);
  cr_assert(wd_simd_op(WD_OP_I32X4_SUB, a.s, b.s, a.s, NULL, NULL));
  eqv(a, V32(9, 18, 27, 36), "out == b operand");
  vec s = V8(3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
  vec d = V8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  cr_assert(wd_simd_op(WD_OP_I8X16_SWIZZLE, d.s, d.s, s.s, NULL, NULL));
  eqv(d, V8(3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), "swizzle in place");
  uint8_t idx[16] = {16, 17, 18, 19, 0, 1, 2, 3, 16, 17, 18, 19, 0, 1, 2, 3};
  vec p = V32(0x03020100, 0x07060504, 0, 0), q = V32(0x13121110, 0, 0, 0);
  cr_assert(wd_simd_op(WD_OP_I8X16_SHUFFLE, q.s, p.s, q.s, NULL, idx));
  eqv(q, V32(0x13121110, 0x03020100, 0x13121110, 0x03020100), "shuffle into its second operand");
  vec m = V32(0xFFFF0000, 0, 0xFFFFFFFF, 0x0F0F0F0F);
  vec x = V32(0x11111111, 0x22222222, 0x33333333, 0x44444444), y = V32(0xAAAAAAAA, 0xBBBBBBBB, 0xCCCCCCCC, 0xDDDDDDDD);
  cr_assert(wd_simd_op(WD_OP_V128_BITSELECT, m.s, x.s, y.s, m.s, NULL));
  eqv(m, V32(0x1111AAAA, 0xBBBBBBBB, 0x33333333, 0xD4D4D4D4), "bitselect into its mask");
}

/* ---------------------------------------------------------------- integer arithmetic */

Test(simd, wrapping_add_sub_mul_neg) {
  eqv(op2(WD_OP_I8X16_ADD, V8(0xFF, 0x7F, 0x80, 1), V8(1, 1, 0x80, 2)), V8(0, 0x80, 0, 3), "i8 add wraps");
  eqv(op2(WD_OP_I8X16_SUB, V8(0, 0x80), V8(1, 1)), V8(0xFF, 0x7F), "i8 sub wraps");
  eqv(op2(WD_OP_I16X8_MUL, V16(0xFFFF, 0x8000, 300, 0x7FFF), V16(0xFFFF, 0x8000, 300, 2)),
      V16(1, 0, (uint16_t)90000, 0xFFFE), "i16 mul wraps");
  eqv(op2(WD_OP_I32X4_MUL, V32(0xFFFFFFFF, 0x80000000, 65536, 7), V32(0xFFFFFFFF, 2, 65536, 6)),
      V32(1, 0, 0, 42), "i32 mul wraps");
  eqv(op2(WD_OP_I64X2_MUL, mk64(UINT64_MAX, 1ull << 32), mk64(UINT64_MAX, 1ull << 32)), mk64(1, 0), "i64 mul");
  eqv(op2(WD_OP_I64X2_SUB, mk64(0, 5), mk64(1, 7)), mk64(UINT64_MAX, (uint64_t)-2), "i64 sub");
  eqv(op1(WD_OP_I8X16_NEG, V8(0x80, 1, 0, 0x7F)), V8(0x80, 0xFF, 0, 0x81), "i8 neg");
  eqv(op1(WD_OP_I16X8_NEG, V16(0x8000, 1)), V16(0x8000, 0xFFFF), "i16 neg");
  eqv(op1(WD_OP_I32X4_NEG, V32(0x80000000, 1, 0, 5)), V32(0x80000000, 0xFFFFFFFF, 0, 0xFFFFFFFB), "i32 neg");
  eqv(op1(WD_OP_I64X2_NEG, mk64(0x8000000000000000ull, 1)), mk64(0x8000000000000000ull, UINT64_MAX), "i64 neg");
}

Test(simd, abs_of_int_min_stays_int_min) {
  eqv(op1(WD_OP_I8X16_ABS, V8(0x80, 0xFF, 0x81, 5, 0x7F)), V8(0x80, 1, 0x7F, 5, 0x7F), "i8 abs");
  eqv(op1(WD_OP_I16X8_ABS, V16(0x8000, 0xFFFF, 0x8001, 0)), V16(0x8000, 1, 0x7FFF, 0), "i16 abs");
  eqv(op1(WD_OP_I32X4_ABS, V32(0x80000000, 0xFFFFFFFF, 3, 0x80000001)), V32(0x80000000, 1, 3, 0x7FFFFFFF), "i32");
  eqv(op1(WD_OP_I64X2_ABS, mk64(0x8000000000000000ull, (uint64_t)-9)), mk64(0x8000000000000000ull, 9), "i64 abs");
}

Test(simd, saturating_add_sub_boundaries) {
  eqv(op2(WD_OP_I8X16_ADD_SAT_S, V8(0x7F, 0x80, 0x7F, 0x80, 100), V8(1, 0xFF, 0x80, 0x80, 27)),
      V8(0x7F, 0x80, 0xFF, 0x80, 127), "i8 add_sat_s");
  eqv(op2(WD_OP_I8X16_ADD_SAT_U, V8(0xFF, 0x80, 0xFE), V8(1, 0x80, 1)), V8(0xFF, 0xFF, 0xFF), "i8 add_sat_u");
  eqv(op2(WD_OP_I8X16_SUB_SAT_S, V8(0x80, 0x7F, 0x00, 0xFF), V8(1, 0xFF, 0x80, 0x7F)),
      V8(0x80, 0x7F, 0x7F, 0x80), "i8 sub_sat_s");
  eqv(op2(WD_OP_I8X16_SUB_SAT_U, V8(0, 5, 0xFF), V8(1, 5, 0x01)), V8(0, 0, 0xFE), "i8 sub_sat_u");
  eqv(op2(WD_OP_I16X8_ADD_SAT_S, V16(0x7FFF, 0x8000, 0x7FFF), V16(1, 0xFFFF, 0x8000)), V16(0x7FFF, 0x8000, 0xFFFF),
      "i16 add_sat_s");
  eqv(op2(WD_OP_I16X8_ADD_SAT_U, V16(0xFFFF, 0x8000), V16(1, 0x8000)), V16(0xFFFF, 0xFFFF), "i16 add_sat_u");
  eqv(op2(WD_OP_I16X8_SUB_SAT_S, V16(0x8000, 0x7FFF), V16(1, 0xFFFF)), V16(0x8000, 0x7FFF), "i16 sub_sat_s");
  eqv(op2(WD_OP_I16X8_SUB_SAT_U, V16(0, 0x8000), V16(1, 0x7FFF)), V16(0, 1), "i16 sub_sat_u");
}

Test(simd, min_max_avgr) {
  vec a = V8(0x80, 0x7F, 0xFF, 1), b = V8(0x7F, 0x80, 0x01, 1);
  eqv(op2(WD_OP_I8X16_MIN_S, a, b), V8(0x80, 0x80, 0xFF, 1), "i8 min_s");
  eqv(op2(WD_OP_I8X16_MIN_U, a, b), V8(0x7F, 0x7F, 0x01, 1), "i8 min_u");
  eqv(op2(WD_OP_I8X16_MAX_S, a, b), V8(0x7F, 0x7F, 0x01, 1), "i8 max_s");
  eqv(op2(WD_OP_I8X16_MAX_U, a, b), V8(0x80, 0x80, 0xFF, 1), "i8 max_u");
  eqv(op2(WD_OP_I16X8_MIN_S, V16(0x8000, 1), V16(0x7FFF, 2)), V16(0x8000, 1), "i16 min_s");
  eqv(op2(WD_OP_I16X8_MAX_U, V16(0x8000, 1), V16(0x7FFF, 2)), V16(0x8000, 2), "i16 max_u");
  eqv(op2(WD_OP_I32X4_MIN_S, V32(0x80000000, 5), V32(0x7FFFFFFF, 4)), V32(0x80000000, 4), "i32 min_s");
  eqv(op2(WD_OP_I32X4_MIN_U, V32(0x80000000, 5), V32(0x7FFFFFFF, 4)), V32(0x7FFFFFFF, 4), "i32 min_u");
  eqv(op2(WD_OP_I32X4_MAX_S, V32(0x80000000, 5), V32(0x7FFFFFFF, 4)), V32(0x7FFFFFFF, 5), "i32 max_s");
  eqv(op2(WD_OP_I32X4_MAX_U, V32(0x80000000, 5), V32(0x7FFFFFFF, 4)), V32(0x80000000, 5), "i32 max_u");
  eqv(op2(WD_OP_I8X16_AVGR_U, V8(255, 0, 254, 3, 0), V8(255, 1, 255, 4, 0)), V8(255, 1, 255, 4, 0),
      "i8 avgr_u rounds up, no overflow");
  eqv(op2(WD_OP_I16X8_AVGR_U, V16(0xFFFF, 0, 0x8000), V16(0xFFFF, 1, 0x7FFF)), V16(0xFFFF, 1, 0x8000), "i16 avgr_u");
}

Test(simd, popcnt) {
  eqv(op1(WD_OP_I8X16_POPCNT, V8(0, 1, 0xFF, 0x80, 0x55, 0xAA, 0x0F, 0x7E, 3)), V8(0, 1, 8, 1, 4, 4, 4, 6, 2), "popcnt");
}

Test(simd, shift_counts_modulo_lane_width) {
  vec b8 = V8(0x81, 0x01, 0xFF, 0x40);
  eqv(opvs(WD_OP_I8X16_SHL, b8, 8, 0), b8, "i8 shl 8 = shl 0");
  eqv(opvs(WD_OP_I8X16_SHL, b8, 9, 0), V8(0x02, 0x02, 0xFE, 0x80), "i8 shl 9 = shl 1");
  eqv(opvs(WD_OP_I8X16_SHR_S, b8, 7, 0), V8(0xFF, 0, 0xFF, 0), "i8 shr_s 7");
  eqv(opvs(WD_OP_I8X16_SHR_U, b8, 0xFFFFFFFF, 0), V8(1, 0, 1, 0), "i8 shr_u by -1 = by 7");
  eqv(opvs(WD_OP_I8X16_SHR_S, b8, 0x100000001ull, 0), V8(0xC0, 0, 0xFF, 0x20),
      "only the i32 low bits of the slot count");
  vec b16 = V16(0x8001, 0x7FFF, 0xFFFF);
  eqv(opvs(WD_OP_I16X8_SHL, b16, 16, 0), b16, "i16 shl 16");
  eqv(opvs(WD_OP_I16X8_SHL, b16, 15, 0), V16(0x8000, 0x8000, 0x8000), "i16 shl 15");
  eqv(opvs(WD_OP_I16X8_SHR_S, b16, 17, 0), V16(0xC000, 0x3FFF, 0xFFFF), "i16 shr_s 17 = 1");
  eqv(opvs(WD_OP_I16X8_SHR_U, b16, 31, 0), V16(1, 0, 1), "i16 shr_u 31 = 15");
  vec b32 = V32(0x80000001, 0xFFFFFFFF, 2, 0x40000000);
  eqv(opvs(WD_OP_I32X4_SHL, b32, 32, 0), b32, "i32 shl 32");
  eqv(opvs(WD_OP_I32X4_SHR_S, b32, 33, 0), V32(0xC0000000, 0xFFFFFFFF, 1, 0x20000000), "i32 shr_s 33 = 1");
  eqv(opvs(WD_OP_I32X4_SHR_U, b32, 63, 0), V32(1, 1, 0, 0), "i32 shr_u 63 = 31");
  vec b64 = mk64(0x8000000000000001ull, 3);
  eqv(opvs(WD_OP_I64X2_SHL, b64, 64, 0), b64, "i64 shl 64");
  eqv(opvs(WD_OP_I64X2_SHL, b64, 65, 0), mk64(2, 6), "i64 shl 65 = 1");
  eqv(opvs(WD_OP_I64X2_SHR_S, b64, 127, 0), mk64(UINT64_MAX, 0), "i64 shr_s 127 = 63");
  eqv(opvs(WD_OP_I64X2_SHR_U, b64, 63, 0), mk64(1, 0), "i64 shr_u 63");
}

Test(simd, narrow_saturates) {
  vec a = V16(300, (uint16_t)-300, 127, (uint16_t)-128, 128, (uint16_t)-129, 0, (uint16_t)-1);
  vec b = V16(255, 256, 1, 2, 3, 4, 5, 0x8000);
  eqv(op2(WD_OP_I8X16_NARROW_I16X8_S, a, b),
      V8(127, 0x80, 127, 0x80, 127, 0x80, 0, 0xFF, 127, 127, 1, 2, 3, 4, 5, 0x80), "i8 narrow_s, a then b");
  eqv(op2(WD_OP_I8X16_NARROW_I16X8_U, a, b),
      V8(255, 0, 127, 0, 128, 0, 0, 0, 255, 255, 1, 2, 3, 4, 5, 0), "i8 narrow_u (inputs signed)");
  vec c = V32(70000, (uint32_t)-70000, 32767, (uint32_t)-32768), d = V32(65535, 65536, 0x80000000, 0xFFFFFFFF);
  eqv(op2(WD_OP_I16X8_NARROW_I32X4_S, c, d), V16(0x7FFF, 0x8000, 0x7FFF, 0x8000, 0x7FFF, 0x7FFF, 0x8000, 0xFFFF),
      "i16 narrow_s");
  eqv(op2(WD_OP_I16X8_NARROW_I32X4_U, c, d), V16(0xFFFF, 0, 32767, 0, 0xFFFF, 0xFFFF, 0, 0), "i16 narrow_u");
}

Test(simd, extend_extadd_extmul) {
  vec a = V8(0x80, 0x7F, 0xFF, 1, 2, 3, 4, 5, 0xFE, 6, 7, 8, 9, 10, 11, 0x81);
  eqv(op1(WD_OP_I16X8_EXTEND_LOW_I8X16_S, a), V16(0xFF80, 0x7F, 0xFFFF, 1, 2, 3, 4, 5), "extend_low_s");
  eqv(op1(WD_OP_I16X8_EXTEND_HIGH_I8X16_S, a), V16(0xFFFE, 6, 7, 8, 9, 10, 11, 0xFF81), "extend_high_s");
  eqv(op1(WD_OP_I16X8_EXTEND_LOW_I8X16_U, a), V16(0x80, 0x7F, 0xFF, 1, 2, 3, 4, 5), "extend_low_u");
  eqv(op1(WD_OP_I16X8_EXTEND_HIGH_I8X16_U, a), V16(0xFE, 6, 7, 8, 9, 10, 11, 0x81), "extend_high_u");
  vec h = V16(0x8000, 1, 2, 3, 0xFFFF, 5, 6, 0x7FFF);
  eqv(op1(WD_OP_I32X4_EXTEND_LOW_I16X8_S, h), V32(0xFFFF8000, 1, 2, 3), "i32 extend_low_s");
  eqv(op1(WD_OP_I32X4_EXTEND_HIGH_I16X8_S, h), V32(0xFFFFFFFF, 5, 6, 0x7FFF), "i32 extend_high_s");
  eqv(op1(WD_OP_I32X4_EXTEND_HIGH_I16X8_U, h), V32(0xFFFF, 5, 6, 0x7FFF), "i32 extend_high_u");
  vec w = V32(0x80000000, 1, 0xFFFFFFFF, 7);
  eqv(op1(WD_OP_I64X2_EXTEND_LOW_I32X4_S, w), mk64(0xFFFFFFFF80000000ull, 1), "i64 extend_low_s");
  eqv(op1(WD_OP_I64X2_EXTEND_HIGH_I32X4_S, w), mk64(UINT64_MAX, 7), "i64 extend_high_s");
  eqv(op1(WD_OP_I64X2_EXTEND_LOW_I32X4_U, w), mk64(0x80000000ull, 1), "i64 extend_low_u");
  eqv(op1(WD_OP_I64X2_EXTEND_HIGH_I32X4_U, w), mk64(0xFFFFFFFFull, 7), "i64 extend_high_u");

  vec p = V8(0x80, 0x80, 0x7F, 0x7F, 0xFF, 1, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0);
  eqv(op1(WD_OP_I16X8_EXTADD_PAIRWISE_I8X16_S, p), V16((uint16_t)-256, 254, 0, 0, (uint16_t)-2, 0, 0, 0),
      "i16 extadd_pairwise_s");
  eqv(op1(WD_OP_I16X8_EXTADD_PAIRWISE_I8X16_U, p), V16(256, 254, 256, 0, 510, 0, 0, 0), "i16 extadd_pairwise_u");
  vec q = V16(0x8000, 0x8000, 0xFFFF, 0xFFFF, 0x7FFF, 0x7FFF, 1, 0xFFFF);
  eqv(op1(WD_OP_I32X4_EXTADD_PAIRWISE_I16X8_S, q), V32((uint32_t)-65536, (uint32_t)-2, 65534, 0), "i32 extadd_s");
  eqv(op1(WD_OP_I32X4_EXTADD_PAIRWISE_I16X8_U, q), V32(65536, 131070, 65534, 65536), "i32 extadd_u");

  vec m = V8(0x80, 0xFF, 0x7F, 2, 0, 0, 0, 0, 0xFF, 0x80, 3, 0, 0, 0, 0, 0);
  eqv(op2(WD_OP_I16X8_EXTMUL_LOW_I8X16_S, m, m), V16(16384, 1, 16129, 4, 0, 0, 0, 0), "i16 extmul_low_s");
  eqv(op2(WD_OP_I16X8_EXTMUL_HIGH_I8X16_S, m, V8(0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x7F, 5)),
      V16(0x80, (uint16_t)-16256, 15, 0, 0, 0, 0, 0), "i16 extmul_high_s");
  eqv(op2(WD_OP_I16X8_EXTMUL_LOW_I8X16_U, m, m), V16(16384, 65025, 16129, 4, 0, 0, 0, 0), "i16 extmul_low_u");
  eqv(op2(WD_OP_I16X8_EXTMUL_HIGH_I8X16_U, m, m), V16(65025, 16384, 9, 0, 0, 0, 0, 0), "i16 extmul_high_u");
  vec n = V16(0xFFFF, 0x8000, 2, 3, 0x8000, 0xFFFF, 0x7FFF, 4);
  eqv(op2(WD_OP_I32X4_EXTMUL_LOW_I16X8_U, n, n), V32(0xFFFE0001u, 0x40000000u, 4, 9), "i32 extmul_low_u");
  eqv(op2(WD_OP_I32X4_EXTMUL_LOW_I16X8_S, n, n), V32(1, 0x40000000u, 4, 9), "i32 extmul_low_s");
  eqv(op2(WD_OP_I32X4_EXTMUL_HIGH_I16X8_S, n, V16(0, 0, 0, 0, 0x8000, 0x7FFF, 0x8000, 0xFFFF)),
      V32(0x40000000u, (uint32_t)-32767, (uint32_t)(-32767 * 32768), (uint32_t)-4), "i32 extmul_high_s");
  eqv(op2(WD_OP_I32X4_EXTMUL_HIGH_I16X8_U, n, n), V32(0x40000000u, 0xFFFE0001u, 0x3FFF0001u, 16), "extmul_high_u");
  vec x = V32(0x80000000, 0xFFFFFFFF, 0xFFFFFFFF, 0x7FFFFFFF);
  eqv(op2(WD_OP_I64X2_EXTMUL_LOW_I32X4_S, x, x), mk64(1ull << 62, 1), "i64 extmul_low_s: INT_MIN^2 = 2^62");
  eqv(op2(WD_OP_I64X2_EXTMUL_LOW_I32X4_U, x, x), mk64(1ull << 62, 0xFFFFFFFE00000001ull), "i64 extmul_low_u");
  eqv(op2(WD_OP_I64X2_EXTMUL_HIGH_I32X4_S, x, x), mk64(1, 0x3FFFFFFF00000001ull), "i64 extmul_high_s");
  eqv(op2(WD_OP_I64X2_EXTMUL_HIGH_I32X4_U, x, x), mk64(0xFFFFFFFE00000001ull, 0x3FFFFFFF00000001ull), "high_u");
}

Test(simd, q15mulr_and_dot) {
  vec a = V16(0x8000, 0x4000, 1, 0xFFFF, 0x8000, 0x7FFF, 0x7FFF, 0xC000);
  vec b = V16(0x8000, 0x4000, 0x4000, 1, 1, 0x7FFF, 0x8000, 0xC000);
  /* (x*y + 0x4000) >> 15: 2^30 + 2^14 >> 15 = 32768 saturates; 2^28 -> 0x2000; 0x4000 + 0x4000 -> 1;
   * -1 + 0x4000 -> 0; -32768 + 0x4000 -> -1; 0x3FFF0001 + 0x4000 -> 0x7FFE; -0x3FFF8000 + 0x4000 -> -0x7FFF;
   * 0x10000000 + 0x4000 -> 0x2000 */
  eqv(op2(WD_OP_I16X8_Q15MULR_SAT_S, a, b), V16(0x7FFF, 0x2000, 1, 0, 0xFFFF, 0x7FFE, 0x8001, 0x2000),
      "q15mulr_sat_s");
  vec c = V16(0x8000, 0x8000, 1, 2, 0xFFFF, 0x7FFF, 0x8000, 0);
  vec d = V16(0x8000, 0x8000, 3, 4, 0x7FFF, 0xFFFF, 0x7FFF, 5);
  eqv(op2(WD_OP_I32X4_DOT_I16X8_S, c, d), V32(0x80000000u, 11, (uint32_t)-65534, (uint32_t)(-32768 * 32767)),
      "dot: 2 * 2^30 wraps to INT_MIN");
}

/* ---------------------------------------------------------------- boolean reductions, bitwise */

Test(simd, bitmask_all_true_any_true) {
  vec a = V8(0x80, 0, 0, 0, 0, 0, 0, 0x7F, 0xFF, 0, 0, 0, 0, 0, 0, 0x81);
  cr_assert_eq(opscalar(WD_OP_I8X16_BITMASK, a, 0), 0x8101ull);
  cr_assert_eq(opscalar(WD_OP_I8X16_BITMASK, V8(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), 0), 0xFFFFull);
  cr_assert_eq(opscalar(WD_OP_I16X8_BITMASK, V16(0x8000, 0x7FFF, 0xFFFF, 0, 0, 0, 0, 0x8001), 0), 0x85ull);
  cr_assert_eq(opscalar(WD_OP_I32X4_BITMASK, V32(0, 0x80000000, 0x7FFFFFFF, 0xFFFFFFFF), 0), 0xAull);
  cr_assert_eq(opscalar(WD_OP_I64X2_BITMASK, mk64(0x8000000000000000ull, 0x7FFFFFFFFFFFFFFFull), 0), 1ull);
  cr_assert_eq(opscalar(WD_OP_I8X16_ALL_TRUE, V8(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0x80), 0), 1);
  cr_assert_eq(opscalar(WD_OP_I8X16_ALL_TRUE, V8(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0), 0), 0);
  cr_assert_eq(opscalar(WD_OP_I16X8_ALL_TRUE, V16(0x100, 1, 1, 1, 1, 1, 1, 1), 0), 1);
  cr_assert_eq(opscalar(WD_OP_I16X8_ALL_TRUE, V16(0x100, 1, 1, 1, 0, 1, 1, 1), 0), 0, "a zero i16 lane");
  cr_assert_eq(opscalar(WD_OP_I32X4_ALL_TRUE, V32(0x10000, 1, 1, 1), 0), 1);
  cr_assert_eq(opscalar(WD_OP_I32X4_ALL_TRUE, V32(0x10000, 1, 0, 1), 0), 0);
  cr_assert_eq(opscalar(WD_OP_I64X2_ALL_TRUE, mk64(1ull << 63, 1), 0), 1);
  cr_assert_eq(opscalar(WD_OP_I64X2_ALL_TRUE, mk64(1ull << 63, 0), 0), 0);
  cr_assert_eq(opscalar(WD_OP_I8X16_ALL_TRUE, V32(0x01010101, 0x01010101, 0x01010101, 0x01010100), 0), 0,
               "i8 all_true sees one zero byte");
  cr_assert_eq(opscalar(WD_OP_V128_ANY_TRUE, mk64(0, 1ull << 63), 0), 1);
  cr_assert_eq(opscalar(WD_OP_V128_ANY_TRUE, mk64(0, 0), 0), 0);
}

Test(simd, bitwise) {
  vec a = mk64(0xFF00FF00F0F0F0F0ull, 0x123456789ABCDEF0ull), b = mk64(0x0FF00FF0FFFF0000ull, 0xFFFFFFFF00000000ull);
  eqv(op1(WD_OP_V128_NOT, a), mk64(0x00FF00FF0F0F0F0Full, 0xEDCBA9876543210Full), "not");
  eqv(op2(WD_OP_V128_AND, a, b), mk64(0x0F000F00F0F00000ull, 0x1234567800000000ull), "and");
  eqv(op2(WD_OP_V128_ANDNOT, a, b), mk64(0xF000F0000000F0F0ull, 0x000000009ABCDEF0ull),
      "andnot = a & ~b");
  eqv(op2(WD_OP_V128_OR, a, b), mk64(0xFFF0FFF0FFFFF0F0ull, 0xFFFFFFFF9ABCDEF0ull), "or");
  eqv(op2(WD_OP_V128_XOR, a, b), mk64(0xF0F0F0F00F0FF0F0ull, 0xEDCBA9879ABCDEF0ull), "xor");
  vec m = mk64(0xFFFFFFFF00000000ull, 0x00000000FFFFFFFFull), r;
  cr_assert(wd_simd_op(WD_OP_V128_BITSELECT, r.s, a.s, b.s, m.s, NULL));
  eqv(r, mk64(0xFF00FF00FFFF0000ull, 0xFFFFFFFF9ABCDEF0ull), "bitselect: a where mask is 1");
}

/* ---------------------------------------------------------------- comparisons */

Test(simd, integer_comparisons) {
  vec a = V8(0x80, 1, 5, 0xFF), b = V8(1, 0x80, 5, 0x7F);
  eqv(op2(WD_OP_I8X16_EQ, a, b), V8(0, 0, 0xFF, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                    0xFF, 0xFF), "i8 eq (zero lanes equal)");
  eqv(op2(WD_OP_I8X16_NE, a, b), V8(0xFF, 0xFF, 0, 0xFF), "i8 ne");
  eqv(op2(WD_OP_I8X16_LT_S, a, b), V8(0xFF, 0, 0, 0xFF), "i8 lt_s");
  eqv(op2(WD_OP_I8X16_LT_U, a, b), V8(0, 0xFF, 0, 0), "i8 lt_u");
  eqv(op2(WD_OP_I8X16_GT_S, a, b), V8(0, 0xFF, 0, 0), "i8 gt_s");
  eqv(op2(WD_OP_I8X16_GT_U, a, b), V8(0xFF, 0, 0, 0xFF), "i8 gt_u");
  vec ones = V8(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
  eqv(op2(WD_OP_I8X16_LE_S, a, b), V8(0xFF, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                      0xFF, 0xFF, 0xFF), "i8 le_s");
  eqv(op2(WD_OP_I8X16_GE_U, a, a), ones, "i8 ge_u reflexive");
  eqv(op2(WD_OP_I16X8_LT_S, V16(0x8000, 1), V16(1, 0x8000)), V16(0xFFFF, 0), "i16 lt_s");
  eqv(op2(WD_OP_I16X8_GE_U, V16(0x8000, 1), V16(1, 0x8000)), V16(0xFFFF, 0, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF,
                                                                 0xFFFF), "i16 ge_u");
  eqv(op2(WD_OP_I32X4_GT_S, V32(0x80000000, 1, 2, 3), V32(1, 0x80000000, 2, 4)), V32(0, 0xFFFFFFFF, 0, 0), "i32 gt_s");
  eqv(op2(WD_OP_I32X4_LE_U, V32(0x80000000, 1, 2, 3), V32(1, 0x80000000, 2, 4)),
      V32(0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF), "i32 le_u");
  vec x = mk64(0x8000000000000000ull, 1), y = mk64(1, 0x8000000000000000ull);
  eqv(op2(WD_OP_I64X2_LT_S, x, y), mk64(UINT64_MAX, 0), "i64 lt_s");
  eqv(op2(WD_OP_I64X2_GE_S, x, y), mk64(0, UINT64_MAX), "i64 ge_s");
  eqv(op2(WD_OP_I64X2_EQ, x, x), mk64(UINT64_MAX, UINT64_MAX), "i64 eq");
  eqv(op2(WD_OP_I64X2_NE, x, y), mk64(UINT64_MAX, UINT64_MAX), "i64 ne");
}

Test(simd, float_comparisons_with_nan_and_zero) {
  vec a = VF32(NAN, -0.0f, 1.0f, -INFINITY), b = VF32(NAN, 0.0f, 2.0f, -INFINITY);
  eqv(op2(WD_OP_F32X4_EQ, a, b), V32(0, 0xFFFFFFFF, 0, 0xFFFFFFFF), "f32 eq: NaN != NaN, -0 == +0");
  eqv(op2(WD_OP_F32X4_NE, a, b), V32(0xFFFFFFFF, 0, 0xFFFFFFFF, 0), "f32 ne");
  eqv(op2(WD_OP_F32X4_LT, a, b), V32(0, 0, 0xFFFFFFFF, 0), "f32 lt");
  eqv(op2(WD_OP_F32X4_GT, a, b), V32(0, 0, 0, 0), "f32 gt");
  eqv(op2(WD_OP_F32X4_LE, a, b), V32(0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF), "f32 le");
  eqv(op2(WD_OP_F32X4_GE, a, b), V32(0, 0xFFFFFFFF, 0, 0xFFFFFFFF), "f32 ge");
  vec c = mkf64(NAN, -0.0), d = mkf64(1.0, 0.0);
  eqv(op2(WD_OP_F64X2_EQ, c, d), mk64(0, UINT64_MAX), "f64 eq");
  eqv(op2(WD_OP_F64X2_NE, c, d), mk64(UINT64_MAX, 0), "f64 ne");
  eqv(op2(WD_OP_F64X2_LT, c, d), mk64(0, 0), "f64 lt");
  eqv(op2(WD_OP_F64X2_GE, c, d), mk64(0, UINT64_MAX), "f64 ge");
  eqv(op2(WD_OP_F64X2_GT, d, c), mk64(0, 0), "f64 gt");
  eqv(op2(WD_OP_F64X2_LE, d, c), mk64(0, UINT64_MAX), "f64 le");
}

/* ---------------------------------------------------------------- float arithmetic */

Test(simd, float_arithmetic_and_nans) {
  vec r = op2(WD_OP_F32X4_ADD, VF32(1.5f, INFINITY, 3e38f, 0.1f), VF32(2.25f, -INFINITY, 3e38f, 0.2f));
  cr_assert_eq(lanef32(r, 0), 3.75f);
  cr_assert(is_canon32(lane32(r, 1)), "inf - inf is a canonical NaN");
  cr_assert_eq(lanef32(r, 2), INFINITY, "overflow to inf");
  cr_assert_eq(lane32(r, 3), f32bits(0.1f + 0.2f), "rounded once in single precision");
  r = op2(WD_OP_F32X4_DIV, VF32(1.0f, 0.0f, -1.0f, 1.0f), VF32(0.0f, 0.0f, 0.0f, 3.0f));
  cr_assert_eq(lanef32(r, 0), INFINITY);
  cr_assert(is_canon32(lane32(r, 1)), "0/0");
  cr_assert_eq(lanef32(r, 2), -INFINITY);
  cr_assert_eq(lanef32(r, 3), 1.0f / 3.0f);
  r = op2(WD_OP_F32X4_MUL, V32(0x7FA00001, 0x3F800000, 0x80000000, 0x7FC00000), VF32(2.0f, -0.0f, -0.0f, 1.0f));
  cr_assert(is_qnan32(lane32(r, 0)), "a signalling NaN operand gives a quiet (arithmetic) NaN");
  cr_assert_eq(lane32(r, 1), 0x80000000u, "1 * -0 = -0");
  cr_assert_eq(lane32(r, 2), 0, "-0 * -0 = +0");
  cr_assert(is_canon32(lane32(r, 3)), "a canonical NaN stays canonical");
  r = op2(WD_OP_F32X4_SUB, VF32(0.0f, 1.0f, 3.0f, -0.0f), VF32(0.0f, 1.0f, 1.0f, 0.0f));
  eqv(r, V32(0, 0, f32bits(2.0f), 0x80000000u), "f32 sub (x - x = +0, -0 - 0 = -0)");
  r = op1(WD_OP_F32X4_SQRT, VF32(4.0f, -1.0f, -0.0f, INFINITY));
  cr_assert_eq(lanef32(r, 0), 2.0f);
  cr_assert(is_canon32(lane32(r, 1)), "sqrt(-1)");
  cr_assert_eq(lane32(r, 2), 0x80000000u, "sqrt(-0) = -0");
  cr_assert_eq(lanef32(r, 3), INFINITY);

  r = op2(WD_OP_F64X2_ADD, mkf64(0.1, INFINITY), mkf64(0.2, -INFINITY));
  cr_assert_eq(lanef64(r, 0), 0.1 + 0.2);
  cr_assert(is_canon64(r.s[1]));
  r = op2(WD_OP_F64X2_SUB, mk64(0x7FF4000000000000ull, f64bits(5.0)), mkf64(1.0, 7.0));
  cr_assert(is_qnan64(r.s[0]), "f64 sNaN operand quieted");
  cr_assert_eq(lanef64(r, 1), -2.0);
  r = op2(WD_OP_F64X2_MUL, mkf64(1e300, -3.0), mkf64(1e300, 0.5));
  cr_assert_eq(lanef64(r, 0), INFINITY);
  cr_assert_eq(lanef64(r, 1), -1.5);
  r = op2(WD_OP_F64X2_DIV, mkf64(1.0, 0.0), mkf64(-0.0, 0.0));
  cr_assert_eq(lanef64(r, 0), -INFINITY);
  cr_assert(is_canon64(r.s[1]));
  r = op1(WD_OP_F64X2_SQRT, mkf64(2.0, -4.0));
  cr_assert_eq(lanef64(r, 0), sqrt(2.0));
  cr_assert(is_canon64(r.s[1]));
}

Test(simd, abs_neg_are_bit_operations) {
  vec a = V32(0x7FA00001, 0xFFC00001, 0x80000000, 0x3F800000);
  eqv(op1(WD_OP_F32X4_NEG, a), V32(0xFFA00001, 0x7FC00001, 0x00000000, 0xBF800000), "f32 neg keeps payloads");
  eqv(op1(WD_OP_F32X4_ABS, a), V32(0x7FA00001, 0x7FC00001, 0x00000000, 0x3F800000), "f32 abs keeps payloads");
  vec b = mk64(0xFFF0000000000001ull, 0x0000000000000001ull);
  eqv(op1(WD_OP_F64X2_NEG, b), mk64(0x7FF0000000000001ull, 0x8000000000000001ull), "f64 neg");
  eqv(op1(WD_OP_F64X2_ABS, b), mk64(0x7FF0000000000001ull, 0x0000000000000001ull), "f64 abs");
}

Test(simd, min_max_nan_and_signed_zero) {
  vec r = op2(WD_OP_F32X4_MIN, VF32(-0.0f, 0.0f, NAN, 1.0f), VF32(0.0f, -0.0f, 1.0f, NAN));
  cr_assert_eq(lane32(r, 0), 0x80000000u, "min(-0, +0) = -0");
  cr_assert_eq(lane32(r, 1), 0x80000000u, "min(+0, -0) = -0");
  cr_assert(is_canon32(lane32(r, 2)) && is_canon32(lane32(r, 3)), "min with a NaN is NaN");
  r = op2(WD_OP_F32X4_MAX, VF32(-0.0f, 0.0f, NAN, -INFINITY), VF32(0.0f, -0.0f, -INFINITY, 2.0f));
  cr_assert_eq(lane32(r, 0), 0, "max(-0, +0) = +0");
  cr_assert_eq(lane32(r, 1), 0, "max(+0, -0) = +0");
  cr_assert(is_canon32(lane32(r, 2)));
  cr_assert_eq(lanef32(r, 3), 2.0f);
  r = op2(WD_OP_F32X4_MIN, V32(0x7FA00000, 0, 0, 0), VF32(1.0f, 0, 0, 0));
  cr_assert(is_qnan32(lane32(r, 0)), "min of a signalling NaN is a quiet NaN");
  r = op2(WD_OP_F64X2_MIN, mkf64(-0.0, NAN), mkf64(0.0, -1.0));
  cr_assert_eq(r.s[0], 0x8000000000000000ull);
  cr_assert(is_canon64(r.s[1]));
  r = op2(WD_OP_F64X2_MAX, mkf64(-0.0, 3.0), mkf64(0.0, NAN));
  cr_assert_eq(r.s[0], 0);
  cr_assert(is_canon64(r.s[1]));
}

Test(simd, pmin_pmax_select_an_operand) {
  /* pmin = b < a ? b : a; pmax = a < b ? b : a: a NaN or a zero comes back bit for bit */
  vec a = V32(0x7FA00001, f32bits(1.0f), 0x80000000, 0), b = V32(f32bits(1.0f), 0xFFA00002, 0, 0x80000000);
  eqv(op2(WD_OP_F32X4_PMIN, a, b), V32(0x7FA00001, f32bits(1.0f), 0x80000000, 0), "pmin returns a unless b < a");
  eqv(op2(WD_OP_F32X4_PMAX, a, b), V32(0x7FA00001, f32bits(1.0f), 0x80000000, 0), "pmax returns a unless a < b");
  eqv(op2(WD_OP_F32X4_PMIN, VF32(2.0f, -1.0f), VF32(1.0f, 3.0f)), VF32(1.0f, -1.0f), "pmin ordinary");
  eqv(op2(WD_OP_F32X4_PMAX, VF32(2.0f, -1.0f), VF32(1.0f, 3.0f)), VF32(2.0f, 3.0f), "pmax ordinary");
  vec c = mk64(0x7FF0000000000001ull, f64bits(-0.0)), d = mk64(f64bits(1.0), f64bits(0.0));
  eqv(op2(WD_OP_F64X2_PMIN, c, d), c, "f64 pmin");
  eqv(op2(WD_OP_F64X2_PMAX, c, d), c, "f64 pmax");
  eqv(op2(WD_OP_F64X2_PMIN, d, c), d, "f64 pmin, operands swapped");
  eqv(op2(WD_OP_F64X2_PMAX, mkf64(1.0, 5.0), mkf64(2.0, 4.0)), mkf64(2.0, 5.0), "f64 pmax ordinary");
}

Test(simd, rounding) {
  vec r = op1(WD_OP_F32X4_NEAREST, VF32(0.5f, 1.5f, 2.5f, -0.5f));
  eqv(r, V32(0, f32bits(2.0f), f32bits(2.0f), 0x80000000u), "nearest: ties to even, -0.5 -> -0");
  r = op1(WD_OP_F32X4_NEAREST, VF32(-2.5f, 8388609.0f, 0.49999997f, -3.5f));
  eqv(r, VF32(-2.0f, 8388609.0f, 0.0f, -4.0f), "nearest");
  r = op1(WD_OP_F32X4_CEIL, VF32(-0.5f, 1.1f, -1.1f, 0.0f));
  eqv(r, V32(0x80000000u, f32bits(2.0f), f32bits(-1.0f), 0), "ceil(-0.5) = -0");
  r = op1(WD_OP_F32X4_FLOOR, VF32(-0.0f, 1.9f, -1.1f, 0.5f));
  eqv(r, V32(0x80000000u, f32bits(1.0f), f32bits(-2.0f), 0), "floor(-0) = -0");
  r = op1(WD_OP_F32X4_TRUNC, VF32(-1.7f, 1.7f, -0.3f, INFINITY));
  eqv(r, V32(f32bits(-1.0f), f32bits(1.0f), 0x80000000u, f32bits(INFINITY)), "trunc(-0.3) = -0");
  for (uint16_t op = WD_OP_F32X4_CEIL; op <= WD_OP_F32X4_NEAREST; op++) {
    r = op1(op, V32(0x7FA00000, 0xFFA00000, 0x7FC00000, 0xFFC00000));
    for (int i = 0; i < 4; i++) cr_assert(is_qnan32(lane32(r, i)), "%s: NaN lane %d", wd_opinfo_table[op].text, i);
    cr_assert(is_canon32(lane32(r, 2)) && is_canon32(lane32(r, 3)), "%s keeps a canonical NaN canonical",
              wd_opinfo_table[op].text);
  }
  eqv(op1(WD_OP_F64X2_NEAREST, mkf64(2.5, -0.5)), mk64(f64bits(2.0), 0x8000000000000000ull), "f64 nearest");
  eqv(op1(WD_OP_F64X2_NEAREST, mkf64(4503599627370497.0, 3.5)), mkf64(4503599627370497.0, 4.0), "f64 nearest big");
  eqv(op1(WD_OP_F64X2_CEIL, mkf64(-0.5, 2.0000001)), mkf64(-0.0, 3.0), "f64 ceil");
  eqv(op1(WD_OP_F64X2_FLOOR, mkf64(-0.5, 2.9999)), mkf64(-1.0, 2.0), "f64 floor");
  eqv(op1(WD_OP_F64X2_TRUNC, mkf64(-0.5, -2.9999)), mkf64(-0.0, -2.0), "f64 trunc");
  uint16_t f64ops[] = {WD_OP_F64X2_CEIL, WD_OP_F64X2_FLOOR, WD_OP_F64X2_TRUNC, WD_OP_F64X2_NEAREST};
  for (int k = 0; k < 4; k++) {
    r = op1(f64ops[k], mk64(0x7FF0000000000001ull, 0xFFF8000000000000ull));
    cr_assert(is_qnan64(r.s[0]) && is_canon64(r.s[1]), "%s NaN lanes", wd_opinfo_table[f64ops[k]].text);
  }
}

/* ---------------------------------------------------------------- conversions */

Test(simd, demote_promote) {
  vec r = op1(WD_OP_F32X4_DEMOTE_F64X2_ZERO, mkf64(1e300, 0.1));
  eqv(r, V32(f32bits(INFINITY), f32bits(0.1f), 0, 0), "demote rounds, overflows to inf, zeroes lanes 2-3");
  r = op1(WD_OP_F32X4_DEMOTE_F64X2_ZERO, mk64(0x7FF8000000000000ull, f64bits(-1e-50)));
  cr_assert(is_canon32(lane32(r, 0)), "demote of a canonical NaN");
  cr_assert_eq(lane32(r, 1), 0x80000000u, "underflow to -0");
  cr_assert_eq(r.s[1], 0);
  r = op1(WD_OP_F32X4_DEMOTE_F64X2_ZERO, mkf64(1.00000005960464477539, 0));   /* 1 + 2^-24: a tie */
  cr_assert_eq(lanef32(r, 0), 1.0f, "tie to even");
  r = op1(WD_OP_F64X2_PROMOTE_LOW_F32X4, VF32(0.1f, -INFINITY, 7.0f, 8.0f));
  eqv(r, mkf64((double)0.1f, -INFINITY), "promote the two low lanes exactly");
  r = op1(WD_OP_F64X2_PROMOTE_LOW_F32X4, V32(0x7FC00000, 0x7FA00000, 0, 0));
  cr_assert(is_canon64(r.s[0]) && is_qnan64(r.s[1]), "promote NaNs");
}

Test(simd, int_to_float_conversions_round_once) {
  vec r = op1(WD_OP_F32X4_CONVERT_I32X4_S, V32(0x80000000, 0x7FFFFFFF, 16777217, (uint32_t)-16777219));
  eqv(r, VF32(-2147483648.0f, 2147483648.0f, 16777216.0f, -16777220.0f), "convert_s (ties to even)");
  r = op1(WD_OP_F32X4_CONVERT_I32X4_U, V32(0xFFFFFFFF, 0x80000080, 0x80000081, 0x80000180));
  eqv(r, VF32(4294967296.0f, 2147483648.0f, 2147483904.0f, 2147484160.0f), "convert_u rounds once, ties to even");
  r = op1(WD_OP_F32X4_CONVERT_I32X4_U, V32(16777217, 16777219, 0, 0xFFFFFF80));
  eqv(r, VF32(16777216.0f, 16777220.0f, 0.0f, 4294967296.0f), "convert_u near 2^24 and 2^32");
  r = op1(WD_OP_F64X2_CONVERT_LOW_I32X4_S, V32(0x80000000, 0xFFFFFFFF, 5, 6));
  eqv(r, mkf64(-2147483648.0, -1.0), "convert_low_s");
  r = op1(WD_OP_F64X2_CONVERT_LOW_I32X4_U, V32(0x80000000, 0xFFFFFFFF, 5, 6));
  eqv(r, mkf64(2147483648.0, 4294967295.0), "convert_low_u");
}

Test(simd, trunc_sat_boundaries) {
  vec r = op1(WD_OP_I32X4_TRUNC_SAT_F32X4_S, VF32(NAN, -INFINITY, 2147483520.0f, 2147483648.0f));
  eqv(r, V32(0, 0x80000000u, 2147483520u, 0x7FFFFFFFu), "trunc_sat_f32x4_s");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F32X4_S, VF32(-2147483648.0f, -2147483904.0f, -0.9f, -1.9f));
  eqv(r, V32(0x80000000u, 0x80000000u, 0, (uint32_t)-1), "trunc_sat_f32x4_s negative");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F32X4_S, V32(0xFFA00000, f32bits(INFINITY), f32bits(1.99f), 0x80000000));
  eqv(r, V32(0, 0x7FFFFFFFu, 1, 0), "trunc_sat_f32x4_s: any NaN -> 0");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F32X4_U, VF32(NAN, -0.9f, 4294967040.0f, 4294967296.0f));
  eqv(r, V32(0, 0, 4294967040u, 0xFFFFFFFFu), "trunc_sat_f32x4_u");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F32X4_U, VF32(-1.0f, -INFINITY, INFINITY, 2147483648.0f));
  eqv(r, V32(0, 0, 0xFFFFFFFFu, 0x80000000u), "trunc_sat_f32x4_u");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F64X2_S_ZERO, mkf64(2147483647.9, -2147483648.9));
  eqv(r, V32(0x7FFFFFFFu, 0x80000000u, 0, 0), "trunc_sat_f64x2_s_zero in range");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F64X2_S_ZERO, mkf64(-2147483649.0, 2147483648.0));
  eqv(r, V32(0x80000000u, 0x7FFFFFFFu, 0, 0), "trunc_sat_f64x2_s_zero saturates");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F64X2_S_ZERO, mkf64(NAN, -1.5));
  eqv(r, V32(0, (uint32_t)-1, 0, 0), "trunc_sat_f64x2_s_zero NaN");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F64X2_U_ZERO, mkf64(4294967295.9, -0.9));
  eqv(r, V32(0xFFFFFFFFu, 0, 0, 0), "trunc_sat_f64x2_u_zero in range");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F64X2_U_ZERO, mkf64(4294967296.0, -1.0));
  eqv(r, V32(0xFFFFFFFFu, 0, 0, 0), "trunc_sat_f64x2_u_zero saturates");
  r = op1(WD_OP_I32X4_TRUNC_SAT_F64X2_U_ZERO, mkf64(NAN, 1e300));
  eqv(r, V32(0, 0xFFFFFFFFu, 0, 0), "trunc_sat_f64x2_u_zero NaN");
}

/* ---------------------------------------------------------------- loads and stores */

static uint8_t mem[64];

static void fill_mem(void) {
  for (int i = 0; i < 64; i++) mem[i] = (uint8_t)(0x80 + i);
}

static vec load(uint16_t op, size_t ea, vec v, uint8_t lane) {
  vec r = {{0x5555555555555555ull, 0x5555555555555555ull}};
  cr_assert(wd_simd_load(op, r.s, mem + ea, v.s, lane), "%s refused", wd_opinfo_table[op].text);
  return r;
}

Test(simd, loads) {
  fill_mem();
  vec z = mk64(0, 0);
  vec r = load(WD_OP_V128_LOAD, 3, z, 0);
  eqv(r, V8(0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x91, 0x92),
      "unaligned v128.load");
  mem[10] = 0x01;
  eqv(load(WD_OP_V128_LOAD8X8_S, 9, z, 0), V16(0xFF89, 0x0001, 0xFF8B, 0xFF8C, 0xFF8D, 0xFF8E, 0xFF8F, 0xFF90),
      "load8x8_s");
  eqv(load(WD_OP_V128_LOAD8X8_U, 9, z, 0), V16(0x89, 0x01, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F, 0x90), "load8x8_u");
  fill_mem();
  eqv(load(WD_OP_V128_LOAD16X4_S, 1, z, 0), V32(0xFFFF8281, 0xFFFF8483, 0xFFFF8685, 0xFFFF8887), "load16x4_s");
  eqv(load(WD_OP_V128_LOAD16X4_U, 1, z, 0), V32(0x8281, 0x8483, 0x8685, 0x8887), "load16x4_u");
  fill_mem();
  mem[23] = 0x10;
  eqv(load(WD_OP_V128_LOAD32X2_S, 16, z, 0), mk64(0xFFFFFFFF93929190ull, 0x0000000010969594ull), "load32x2_s signs");
  eqv(load(WD_OP_V128_LOAD32X2_U, 16, z, 0), mk64(0x0000000093929190ull, 0x0000000010969594ull), "load32x2_u");
  fill_mem();
  eqv(load(WD_OP_V128_LOAD8_SPLAT, 5, z, 0), V8(0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85, 0x85,
                                                0x85, 0x85, 0x85, 0x85, 0x85), "load8_splat");
  eqv(load(WD_OP_V128_LOAD16_SPLAT, 5, z, 0), V16(0x8685, 0x8685, 0x8685, 0x8685, 0x8685, 0x8685, 0x8685, 0x8685),
      "load16_splat");
  eqv(load(WD_OP_V128_LOAD32_SPLAT, 5, z, 0), V32(0x88878685, 0x88878685, 0x88878685, 0x88878685), "load32_splat");
  eqv(load(WD_OP_V128_LOAD64_SPLAT, 5, z, 0), mk64(0x8C8B8A8988878685ull, 0x8C8B8A8988878685ull), "load64_splat");
  vec junk = mk64(UINT64_MAX, UINT64_MAX);
  eqv(load(WD_OP_V128_LOAD32_ZERO, 7, junk, 3), mk64(0x8A898887ull, 0), "load32_zero");
  eqv(load(WD_OP_V128_LOAD64_ZERO, 7, junk, 1), mk64(0x8E8D8C8B8A898887ull, 0), "load64_zero");
  vec base = mk64(0x0706050403020100ull, 0x0F0E0D0C0B0A0908ull);
  eqv(load(WD_OP_V128_LOAD8_LANE, 33, base, 15), mk64(0x0706050403020100ull, 0xA10E0D0C0B0A0908ull), "load8_lane 15");
  eqv(load(WD_OP_V128_LOAD16_LANE, 33, base, 1), mk64(0x07060504A2A10100ull, 0x0F0E0D0C0B0A0908ull), "load16_lane 1");
  eqv(load(WD_OP_V128_LOAD32_LANE, 33, base, 2), mk64(0x0706050403020100ull, 0x0F0E0D0CA4A3A2A1ull), "load32_lane 2");
  eqv(load(WD_OP_V128_LOAD64_LANE, 33, base, 0), mk64(0xA8A7A6A5A4A3A2A1ull, 0x0F0E0D0C0B0A0908ull), "load64_lane 0");
  cr_assert(wd_simd_load(WD_OP_V128_LOAD32_LANE, base.s, mem + 33, base.s, 0));
  eqv(base, mk64(0x07060504A4A3A2A1ull, 0x0F0E0D0C0B0A0908ull), "load lane into its own vector");
}

Test(simd, stores_write_exactly_their_bytes) {
  vec v = mk64(0x0706050403020100ull, 0x0F0E0D0C0B0A0908ull);
  uint8_t want[64];
  memset(mem, 0xEE, sizeof mem);
  cr_assert(wd_simd_store(WD_OP_V128_STORE, mem + 5, v.s, 0));
  memset(want, 0xEE, sizeof want);
  for (int i = 0; i < 16; i++) want[5 + i] = (uint8_t)i;
  cr_assert_arr_eq(mem, want, 64, "unaligned v128.store");

  struct { uint16_t op; uint8_t lane; int n; uint8_t first; } cases[] = {
    {WD_OP_V128_STORE8_LANE, 13, 1, 13}, {WD_OP_V128_STORE16_LANE, 7, 2, 14},
    {WD_OP_V128_STORE32_LANE, 1, 4, 4}, {WD_OP_V128_STORE64_LANE, 1, 8, 8},
    {WD_OP_V128_STORE8_LANE, 16 + 2, 1, 2},   /* lane masked */
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    memset(mem, 0xEE, sizeof mem);
    memset(want, 0xEE, sizeof want);
    cr_assert(wd_simd_store(cases[k].op, mem + 31, v.s, cases[k].lane));
    for (int i = 0; i < cases[k].n; i++) want[31 + i] = (uint8_t)(cases[k].first + i);
    cr_assert_arr_eq(mem, want, 64, "%s lane %u", wd_opinfo_table[cases[k].op].text, cases[k].lane);
  }
}

/* ---------------------------------------------------------------- relaxed SIMD */

static vec op3(uint16_t op, vec a, vec b, vec c) {
  vec r;
  cr_assert(wd_simd_op(op, r.s, a.s, b.s, c.s, NULL), "%s refused", wd_opinfo_table[op].text);
  return r;
}

/* Each relaxed instruction whose deterministic choice is a non-relaxed twin gives the twin's result. */
Test(simd, relaxed_twins) {
  static const uint16_t twins[][2] = {
    {WD_OP_I8X16_RELAXED_SWIZZLE, WD_OP_I8X16_SWIZZLE},
    {WD_OP_I32X4_RELAXED_TRUNC_F32X4_S, WD_OP_I32X4_TRUNC_SAT_F32X4_S},
    {WD_OP_I32X4_RELAXED_TRUNC_F32X4_U, WD_OP_I32X4_TRUNC_SAT_F32X4_U},
    {WD_OP_I32X4_RELAXED_TRUNC_F64X2_S_ZERO, WD_OP_I32X4_TRUNC_SAT_F64X2_S_ZERO},
    {WD_OP_I32X4_RELAXED_TRUNC_F64X2_U_ZERO, WD_OP_I32X4_TRUNC_SAT_F64X2_U_ZERO},
    {WD_OP_F32X4_RELAXED_MIN, WD_OP_F32X4_MIN}, {WD_OP_F32X4_RELAXED_MAX, WD_OP_F32X4_MAX},
    {WD_OP_F64X2_RELAXED_MIN, WD_OP_F64X2_MIN}, {WD_OP_F64X2_RELAXED_MAX, WD_OP_F64X2_MAX},
    {WD_OP_I16X8_RELAXED_Q15MULR_S, WD_OP_I16X8_Q15MULR_SAT_S},
  };
  vec a = V8(0x80, 0xff, 0x00, 0x7f, 0x10, 0x20, 0x30, 0x40, 0xc0, 0x7f, 0x80, 0x01, 0x02, 0xfe, 0x00, 0x80);
  vec b = V8(17, 255, 3, 0x80, 15, 0, 1, 2, 0x7f, 0xc0, 0x80, 0x00, 0x8f, 0x40, 0xff, 0x80);
  vec nanv = VF32(NAN, -0.0f, 3e9f, -3e9f);
  for (size_t i = 0; i < sizeof twins / sizeof twins[0]; i++) {
    eqv(op2(twins[i][0], a, b), op2(twins[i][1], a, b), wd_opinfo_table[twins[i][0]].text);
    eqv(op2(twins[i][0], nanv, b), op2(twins[i][1], nanv, b), wd_opinfo_table[twins[i][0]].text);
  }
  uint16_t lanesel[] = {WD_OP_I8X16_RELAXED_LANESELECT, WD_OP_I16X8_RELAXED_LANESELECT,
                        WD_OP_I32X4_RELAXED_LANESELECT, WD_OP_I64X2_RELAXED_LANESELECT};
  vec mask = mk64(0x00ff0f0f80807f01ull, 0xffffffff00000000ull);
  for (int i = 0; i < 4; i++) eqv(op3(lanesel[i], a, b, mask), op3(WD_OP_V128_BITSELECT, a, b, mask), "laneselect");
}

/* madd rounds the product, then the sum: 1 + 2^-23 squared, minus 1 + 2^-22, is 0 unfused (the 2^-46
 * is lost with the product's rounding) and 2^-46 fused. */
Test(simd, relaxed_madd_rounds_twice) {
  float x = 1.0f + 0x1p-23f;
  float c = -(1.0f + 0x1p-22f);
  vec r = op3(WD_OP_F32X4_RELAXED_MADD, VF32(x, 2, 1e30f, -0.0f), VF32(x, 3, 1e30f, 0.0f), VF32(c, 1, -INFINITY, -0.0f));
  cr_assert_eq(f32bits(lanef32(r, 0)), f32bits(0.0f));
  cr_assert_eq(lanef32(r, 1), 7.0f);
  cr_assert(isnan(lanef32(r, 2)));                   /* inf + -inf */
  cr_assert_eq(f32bits(lanef32(r, 3)), f32bits(-0.0f));
  r = op3(WD_OP_F32X4_RELAXED_NMADD, VF32(x, 2, 1, 1), VF32(x, 3, 1, 1), VF32(-c, 1, 1, 0));
  cr_assert_eq(f32bits(lanef32(r, 0)), f32bits(0.0f));
  cr_assert_eq(lanef32(r, 1), -5.0f);
  double y = 1.0 + 0x1p-52;
  r = op3(WD_OP_F64X2_RELAXED_MADD, mkf64(y, 4), mkf64(y, 0.5), mkf64(-(1.0 + 0x1p-51), 1));
  cr_assert_eq(f64bits(lanef64(r, 0)), f64bits(0.0));
  cr_assert_eq(lanef64(r, 1), 3.0);
  r = op3(WD_OP_F64X2_RELAXED_NMADD, mkf64(2, 4), mkf64(3, 0.5), mkf64(1, 1));
  cr_assert_eq(lanef64(r, 0), -5.0);
  cr_assert_eq(lanef64(r, 1), -1.0);
}

/* Dot products: both operands signed; the 16-bit pair sums wrap (-128 * -128 * 2 = 32768 -> -32768). */
Test(simd, relaxed_dot_products) {
  vec a = V8(0x80, 0x80, 1, 2, 0xff, 3, 0x7f, 0x7f, 0, 0, 5, 0xfb, 10, 20, 0x80, 0x7f);
  vec b = V8(0x80, 0x80, 3, 4, 0xff, 0xff, 0x80, 0x80, 9, 9, 5, 5, 0xf6, 2, 0x7f, 0x80);
  vec r = op2(WD_OP_I16X8_RELAXED_DOT_I8X16_I7X16_S, a, b);
  eqv(r, V16(0x8000, 11, (uint16_t)(1 - 3), (uint16_t)(-127 * 128 * 2), 0, 0, (uint16_t)(-100 + 40),
             (uint16_t)(-128 * 127 + 127 * -128)), "i16x8.relaxed_dot");
  vec c = V32(1, 0xffffffff, 100, 0x7fffffff);
  r = op3(WD_OP_I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, a, b, c);
  eqv(r, V32((uint32_t)(-32768 + 11 + 1), (uint32_t)(-2 + -32512 - 1), (uint32_t)(0 + 0 + 100),
             (uint32_t)((-60 + -32512) + 0x7fffffff)), "i32x4.relaxed_dot_add");
}
