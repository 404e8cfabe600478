/* test_leb.c — unit tests for the byte and LEB128 readers of runtime/decode.c (wd_read_u8/u32/s32/s33/
 * s64/u64/bytes): every length from 1 to the maximum, extreme values, overlong encodings ("integer
 * representation too long"), unused bits in the last byte ("integer too large"), truncation
 * ("unexpected end"), sign extension, error offsets, and a round trip over many values in minimal and
 * padded encodings. Uses module.h only.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>
#include "module.h"

#define BASE 0x100u   /* module offset the test readers pretend to start at */

static wd_reader reader(const uint8_t *p, size_t n) {
  wd_reader r;
  wd_reader_init(&r, p, (uint32_t)n, BASE);
  return r;
}

#define BYTES(...) ((const uint8_t[]){ __VA_ARGS__ }), sizeof((const uint8_t[]){ __VA_ARGS__ })

/* ---- helpers: read one value and check what was consumed ---- */

static void ok_u32(const uint8_t *p, size_t n, uint32_t want) {
  wd_reader r = reader(p, n);
  wd_error e;
  uint32_t v = 0xDEADBEEF;
  cr_assert(wd_read_u32(&r, &v, &e), "u32 of %zu bytes: %s", n, e.message);
  cr_assert_eq(v, want, "u32 %u != %u", v, want);
  cr_assert_eq(r.p, p + n, "u32 consumed %td of %zu bytes", r.p - p, n);
}
static void ok_s32(const uint8_t *p, size_t n, int32_t want) {
  wd_reader r = reader(p, n);
  wd_error e;
  int32_t v = 12345;
  cr_assert(wd_read_s32(&r, &v, &e), "s32 of %zu bytes: %s", n, e.message);
  cr_assert_eq(v, want, "s32 %d != %d", v, want);
  cr_assert_eq(r.p, p + n);
}
static void ok_s33(const uint8_t *p, size_t n, int64_t want) {
  wd_reader r = reader(p, n);
  wd_error e;
  int64_t v = 12345;
  cr_assert(wd_read_s33(&r, &v, &e), "s33 of %zu bytes: %s", n, e.message);
  cr_assert_eq(v, want, "s33 %lld != %lld", (long long)v, (long long)want);
  cr_assert_eq(r.p, p + n);
}
static void ok_s64(const uint8_t *p, size_t n, int64_t want) {
  wd_reader r = reader(p, n);
  wd_error e;
  int64_t v = 12345;
  cr_assert(wd_read_s64(&r, &v, &e), "s64 of %zu bytes: %s", n, e.message);
  cr_assert_eq(v, want, "s64 %lld != %lld", (long long)v, (long long)want);
  cr_assert_eq(r.p, p + n);
}
static void ok_u64(const uint8_t *p, size_t n, uint64_t want) {
  wd_reader r = reader(p, n);
  wd_error e;
  uint64_t v = 12345;
  cr_assert(wd_read_u64(&r, &v, &e), "u64 of %zu bytes: %s", n, e.message);
  cr_assert_eq(v, want, "u64 %llu != %llu", (unsigned long long)v, (unsigned long long)want);
  cr_assert_eq(r.p, p + n);
}

enum kind { U32, S32, S33, S64, U64 };

/* Reading fails with `code`, a message starting with `text`, at module offset BASE + at. */
static void bad(enum kind k, const uint8_t *p, size_t n, wd_errcode code, const char *text, uint32_t at) {
  wd_reader r = reader(p, n);
  wd_error e;
  bool ok;
  uint32_t u; int32_t s; int64_t l; uint64_t q;
  switch (k) {
  case U32: ok = wd_read_u32(&r, &u, &e); break;
  case S32: ok = wd_read_s32(&r, &s, &e); break;
  case S33: ok = wd_read_s33(&r, &l, &e); break;
  case S64: ok = wd_read_s64(&r, &l, &e); break;
  default:  ok = wd_read_u64(&r, &q, &e); break;
  }
  cr_assert_not(ok, "kind %d over %zu bytes should fail", k, n);
  cr_assert_eq(e.code, code, "kind %d: got %s (%s), want %s", k, wd_errcode_name(e.code), e.message,
               wd_errcode_name(code));
  cr_assert_eq(strncmp(e.message, text, strlen(text)), 0, "message \"%s\" does not start with \"%s\"",
               e.message, text);
  cr_assert_eq(e.offset, BASE + at, "kind %d: offset 0x%x, want 0x%x", k, e.offset, BASE + at);
}

#define TOO_LONG WD_E_INT_TOO_LONG, "integer representation too long"
#define TOO_LARGE WD_E_INT_TOO_LARGE, "integer too large"
#define END WD_E_UNEXPECTED_END_SECTION, "unexpected end"

/* ---------------------------------------------------------------- u32 */

Test(leb, u32_every_length) {
  ok_u32(BYTES(0x00), 0);
  ok_u32(BYTES(0x7F), 127);
  ok_u32(BYTES(0x80, 0x01), 128);
  ok_u32(BYTES(0xFF, 0x7F), 16383);
  ok_u32(BYTES(0x80, 0x80, 0x01), 16384);
  ok_u32(BYTES(0xFF, 0xFF, 0x7F), 0x1FFFFF);
  ok_u32(BYTES(0x80, 0x80, 0x80, 0x01), 0x200000);
  ok_u32(BYTES(0xFF, 0xFF, 0xFF, 0x7F), 0xFFFFFFF);
  ok_u32(BYTES(0x80, 0x80, 0x80, 0x80, 0x01), 0x10000000);
  ok_u32(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x0F), 0xFFFFFFFF);
}

Test(leb, u32_overlong_but_within_five_bytes_is_fine) {
  ok_u32(BYTES(0x80, 0x00), 0);
  ok_u32(BYTES(0x82, 0x80, 0x80, 0x80, 0x00), 2);
  ok_u32(BYTES(0xFF, 0x80, 0x80, 0x80, 0x00), 127);
}

Test(leb, u32_too_long) {
  bad(U32, BYTES(0x82, 0x80, 0x80, 0x80, 0x80, 0x00), TOO_LONG, 5);
  bad(U32, BYTES(0x80, 0x80, 0x80, 0x80, 0x80), TOO_LONG, 5);     /* continuation on byte 5 */
}

Test(leb, u32_unused_bits_must_be_zero) {
  bad(U32, BYTES(0x82, 0x80, 0x80, 0x80, 0x10), TOO_LARGE, 4);
  bad(U32, BYTES(0x82, 0x80, 0x80, 0x80, 0x40), TOO_LARGE, 4);
  bad(U32, BYTES(0x82, 0x80, 0x80, 0x80, 0x70), TOO_LARGE, 4);
  bad(U32, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x1F), TOO_LARGE, 4);
  /* value bits are checked before the continuation bit */
  bad(U32, BYTES(0x80, 0x80, 0x80, 0x80, 0x90, 0x00), TOO_LARGE, 4);
}

Test(leb, u32_truncated) {
  bad(U32, BYTES(0x80), END, 1);
  bad(U32, BYTES(0xFF, 0xFF, 0xFF, 0xFF), END, 4);
  static const uint8_t none[1];
  wd_reader r = reader(none, 0);
  wd_error e;
  uint32_t v;
  cr_assert_not(wd_read_u32(&r, &v, &e));
  cr_assert_eq(e.code, WD_E_UNEXPECTED_END_SECTION);
  cr_assert_eq(e.offset, BASE);
}

Test(leb, u32_reads_only_its_bytes) {
  const uint8_t b[] = { 0xE5, 0x8E, 0x26, 0x7F };   /* 624485, then another value */
  wd_reader r = reader(b, sizeof b);
  wd_error e;
  uint32_t v;
  cr_assert(wd_read_u32(&r, &v, &e));
  cr_assert_eq(v, 624485);
  cr_assert_eq(r.p, b + 3);
  cr_assert_eq(wd_reader_offset(&r), BASE + 3);
  cr_assert(wd_read_u32(&r, &v, &e));
  cr_assert_eq(v, 127);
  cr_assert(wd_reader_done(&r));
}

/* ---------------------------------------------------------------- s32 / s33 */

Test(leb, s32_values_and_sign_extension) {
  ok_s32(BYTES(0x00), 0);
  ok_s32(BYTES(0x3F), 63);
  ok_s32(BYTES(0x40), -64);
  ok_s32(BYTES(0x7F), -1);
  ok_s32(BYTES(0xC0, 0x00), 64);
  ok_s32(BYTES(0xBF, 0x7F), -65);
  ok_s32(BYTES(0x80, 0x80, 0x01), 16384);
  ok_s32(BYTES(0x80, 0x80, 0x80, 0x7F), -0x200000);
  ok_s32(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x07), INT32_MAX);
  ok_s32(BYTES(0x80, 0x80, 0x80, 0x80, 0x78), INT32_MIN);
  ok_s32(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x7F), -1);
  ok_s32(BYTES(0x80, 0x80, 0x80, 0x80, 0x00), 0);   /* padded */
  ok_s32(BYTES(0xFF, 0x7F), -1);                     /* padded negative */
}

Test(leb, s32_unused_bits_must_copy_the_sign) {
  bad(S32, BYTES(0x80, 0x80, 0x80, 0x80, 0x70), TOO_LARGE, 4);   /* 0 with unused bits set */
  bad(S32, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x0F), TOO_LARGE, 4);   /* -1 with unused bits clear */
  bad(S32, BYTES(0x80, 0x80, 0x80, 0x80, 0x1F), TOO_LARGE, 4);
  bad(S32, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x4F), TOO_LARGE, 4);
  bad(S32, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x08), TOO_LARGE, 4);   /* 2^31: needs 33 bits */
}

Test(leb, s32_too_long_and_truncated) {
  bad(S32, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x00), TOO_LONG, 5);
  bad(S32, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F), TOO_LONG, 5);
  bad(S32, BYTES(0xC0), END, 1);
}

Test(leb, s33_range) {
  ok_s33(BYTES(0x40), -64);
  ok_s33(BYTES(0x00), 0);
  ok_s33(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x0F), 0xFFFFFFFFll);          /* 2^32 - 1: fits s33 */
  ok_s33(BYTES(0x80, 0x80, 0x80, 0x80, 0x70), -0x100000000ll);        /* -2^32 */
  ok_s33(BYTES(0x80, 0x80, 0x80, 0x80, 0x08), 0x80000000ll);
  bad(S33, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x1F), TOO_LARGE, 4);       /* 2^33 - 1 */
  bad(S33, BYTES(0x80, 0x80, 0x80, 0x80, 0x60), TOO_LARGE, 4);
  bad(S33, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x00), TOO_LONG, 5);
  bad(S33, BYTES(0x80, 0x80), END, 2);
}

/* ---------------------------------------------------------------- s64 / u64 */

Test(leb, s64_values) {
  ok_s64(BYTES(0x7F), -1);
  ok_s64(BYTES(0x3F), 63);
  ok_s64(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x0F), 0xFFFFFFFFll);
  ok_s64(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00), INT64_MAX);
  ok_s64(BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F), INT64_MIN);
  ok_s64(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F), -1);
  ok_s64(BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00), 0);
}

Test(leb, s64_last_byte_and_length) {
  bad(S64, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7E), TOO_LARGE, 9);
  bad(S64, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01), TOO_LARGE, 9);
  bad(S64, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02), TOO_LARGE, 9);
  bad(S64, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x41), TOO_LARGE, 9);
  bad(S64, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00), TOO_LONG, 10);
  bad(S64, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F), TOO_LONG, 10);
  bad(S64, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80), END, 9);
}

Test(leb, u64_values_and_limits) {
  ok_u64(BYTES(0x00), 0);
  ok_u64(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0x1F), 0x1FFFFFFFFull);           /* past 32 bits */
  ok_u64(BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01), UINT64_MAX);
  ok_u64(BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01), 1ull << 63);
  bad(U64, BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02), TOO_LARGE, 9);
  bad(U64, BYTES(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x81, 0x00), TOO_LONG, 10);
  bad(U64, BYTES(0xFF), END, 1);
}

/* ---------------------------------------------------------------- round trip */

static size_t enc_u(uint64_t v, unsigned pad_to, uint8_t *out) {
  size_t n = 0;
  do {
    uint8_t b = v & 0x7F;
    v >>= 7;
    out[n++] = b | 0x80;
  } while (v);
  while (n < pad_to) out[n++] = 0x80;
  out[n - 1] &= 0x7F;
  return n;
}
static size_t enc_s(int64_t v, unsigned pad_to, uint8_t *out) {
  size_t n = 0;
  for (;;) {
    uint8_t b = (uint8_t)(v & 0x7F);
    v >>= 7;   /* arithmetic shift */
    bool done = (v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40));
    out[n++] = b | 0x80;
    if (done) break;
  }
  uint8_t fill = (out[n - 1] & 0x40) ? 0xFF : 0x80;
  while (n < pad_to) out[n++] = fill;
  out[n - 1] &= 0x7F;
  return n;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {
  rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
  return rng;
}

Test(leb, round_trip_minimal_and_padded) {
  uint8_t buf[16];
  for (int i = 0; i < 20000; i++) {
    uint64_t x = next() >> (next() % 64);
    uint32_t u = (uint32_t)x;
    int32_t s = (int32_t)(uint32_t)x;
    int64_t l = (int64_t)(i & 1 ? x : ~x);
    int64_t s33 = (int64_t)(x & 0xFFFFFFFFull) - (int64_t)(i & 2 ? 0x100000000ll : 0);
    for (unsigned pad = 0; pad <= 10; pad += 5) {
      size_t n;
      if ((n = enc_u(u, pad > 5 ? 5 : pad, buf)) <= 5) ok_u32(buf, n, u);
      if ((n = enc_s(s, pad > 5 ? 5 : pad, buf)) <= 5) ok_s32(buf, n, s);
      if ((n = enc_s(s33, pad > 5 ? 5 : pad, buf)) <= 5) ok_s33(buf, n, s33);
      n = enc_s(l, pad, buf);
      ok_s64(buf, n, l);
      n = enc_u(x, pad, buf);
      ok_u64(buf, n, x);
    }
  }
}

/* ---------------------------------------------------------------- bytes */

Test(leb, u8_and_bytes) {
  const uint8_t b[] = { 1, 2, 3, 4, 5 };
  wd_reader r = reader(b, sizeof b);
  wd_error e;
  uint8_t x;
  const uint8_t *p;
  cr_assert(wd_read_u8(&r, &x, &e));
  cr_assert_eq(x, 1);
  cr_assert(wd_read_bytes(&r, 3, &p, &e));
  cr_assert_eq(p, b + 1);
  cr_assert(wd_read_bytes(&r, 0, &p, &e));
  cr_assert_not(wd_read_bytes(&r, 2, &p, &e));
  cr_assert_eq(e.code, WD_E_UNEXPECTED_END_SECTION);
  cr_assert_eq(e.offset, BASE + 4);
  cr_assert_not(wd_read_bytes(&r, UINT32_MAX, &p, &e));
  cr_assert(wd_read_u8(&r, &x, &e));
  cr_assert_eq(x, 5);
  cr_assert_not(wd_read_u8(&r, &x, &e));
  cr_assert_eq(e.offset, BASE + 5);
}

Test(leb, errors_without_a_module_offset) {
  const uint8_t b[] = { 0x80 };
  wd_reader r;
  wd_reader_init(&r, b, 1, WD_NO_OFFSET);
  wd_error e;
  uint32_t v;
  cr_assert_not(wd_read_u32(&r, &v, &e));
  cr_assert_eq(e.offset, WD_NO_OFFSET);
  cr_assert_null(strstr(e.message, "offset"));
  cr_assert_not(wd_read_u32(&r, &v, NULL));   /* a NULL error is allowed */
}
