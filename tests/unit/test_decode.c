/* test_decode.c — unit tests for the binary decoder (runtime/decode.c): every malformed case with its
 * spec message and byte offset, declared counts that must be refused without allocating for them
 * (counting allocator), every layout storing the same bodies, sections and names recorded, borrow mode,
 * the arena limit, the code-section memory bound, the instruction reader's immediates and opcode tables,
 * segments, index spaces, body offsets and the lazy body scan. Uses module.h (and layout.h through it).
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "module.h"
#include "decode_instr.h"

/* ---------------------------------------------------------------- building modules */

typedef struct buf { uint8_t *p; size_t n, cap; } buf;

static void put(buf *b, const void *s, size_t n) {
  if (b->n + n > b->cap) {
    b->cap = (b->n + n) * 2 + 64;
    b->p = realloc(b->p, b->cap);
    cr_assert_not_null(b->p);
  }
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
}
static void put1(buf *b, uint8_t x) { put(b, &x, 1); }
#define PUT(b, ...) put((b), (const uint8_t[]){ __VA_ARGS__ }, sizeof((const uint8_t[]){ __VA_ARGS__ }))
static void putu(buf *b, uint64_t v) {
  do {
    uint8_t x = v & 0x7F;
    v >>= 7;
    put1(b, x | (v ? 0x80 : 0));
  } while (v);
}
static void putname(buf *b, const char *s) { putu(b, strlen(s)); put(b, s, strlen(s)); }
static void putbuf(buf *b, const buf *x) { put(b, x->p, x->n); }
static void freebuf(buf *b) { free(b->p); memset(b, 0, sizeof *b); }

static buf header(void) {
  buf b = {0};
  PUT(&b, 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);
  return b;
}
/* Appends section `id` with payload p; returns the payload's module offset. */
static uint32_t section(buf *m, uint8_t id, const buf *p) {
  put1(m, id);
  putu(m, p->n);
  uint32_t at = (uint32_t)m->n;
  putbuf(m, p);
  return at;
}
#define SECTION(m, id, ...) do { buf s_ = {0}; PUT(&s_, __VA_ARGS__); section((m), (id), &s_); freebuf(&s_); } while (0)

static const wd_decode_opts all_features = { .features = WD_FEATURES_ALL };

static wd_module *decode(const buf *b, uint32_t features, wd_error *e) {
  wd_decode_opts o = { .features = features };
  return wd_decode(b->p, b->n, &o, e);
}

#define ANY_OFFSET (UINT32_MAX - 1)

/* The module is rejected (by wd_decode, or by wd_scan_body of some body) with code, a message starting
 * with text, and the given offset. */
static void rejects(const uint8_t *p, size_t n, uint32_t features, wd_errcode code, const char *text,
                    uint32_t offset) {
  wd_decode_opts o = { .features = features };
  wd_error e;
  wd_module *m = wd_decode(p, n, &o, &e);
  if (m) {
    bool scanned = true;
    for (uint32_t i = 0; i < wd_module_ndefined(m) && scanned; i++) scanned = wd_scan_body(m, i, &e);
    wd_module_release(m);
    cr_assert_not(scanned, "module of %zu bytes decoded and scanned; expected \"%s\"", n, text);
  }
  cr_assert_eq(e.code, code, "got %s (%s), expected %s", wd_errcode_name(e.code), e.message,
               wd_errcode_name(code));
  cr_assert_eq(strncmp(e.message, text, strlen(text)), 0, "message \"%s\", expected \"%s\"", e.message, text);
  if (offset != ANY_OFFSET)
    cr_assert_eq(e.offset, offset, "offset 0x%x, expected 0x%x (%s)", e.offset, offset, e.message);
}
static void rejects_buf(const buf *b, uint32_t features, wd_errcode code, const char *text, uint32_t offset) {
  rejects(b->p, b->n, features, code, text, offset);
}
#define REJECTS(features, code, text, offset, ...)                                                   \
  do {                                                                                               \
    const uint8_t m_[] = { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, __VA_ARGS__ };            \
    rejects(m_, sizeof m_, (features), (code), (text), (offset));                                    \
  } while (0)

/* Decodes and scans every body; fails the test otherwise. */
static wd_module *accepts(const buf *b, uint32_t features) {
  wd_error e;
  wd_module *m = decode(b, features, &e);
  cr_assert_not_null(m, "decode failed: %s", e.message);
  for (uint32_t i = 0; i < wd_module_ndefined(m); i++)
    cr_assert(wd_scan_body(m, i, &e), "body %u: %s", i, e.message);
  return m;
}
#define ACCEPTS(features, ...)                                                                       \
  do {                                                                                               \
    buf b_ = header();                                                                               \
    PUT(&b_, __VA_ARGS__);                                                                           \
    wd_module_release(accepts(&b_, (features)));                                                     \
    freebuf(&b_);                                                                                    \
  } while (0)

/* A module of one function type () -> (), nfuncs functions, and the given bodies (each the bytes after
 * the size: locals + instructions). Optional extra sections between function and code via `mid`. */
static buf one_type_module(uint32_t nfuncs, const buf *bodies, uint32_t nbodies, const buf *mid) {
  buf m = header();
  SECTION(&m, 1, 0x01, 0x60, 0x00, 0x00);
  buf f = {0};
  putu(&f, nfuncs);
  for (uint32_t i = 0; i < nfuncs; i++) put1(&f, 0);
  section(&m, 3, &f);
  freebuf(&f);
  if (mid) putbuf(&m, mid);
  buf c = {0};
  putu(&c, nbodies);
  for (uint32_t i = 0; i < nbodies; i++) {
    putu(&c, bodies[i].n);
    putbuf(&c, &bodies[i]);
  }
  section(&m, 10, &c);
  freebuf(&c);
  return m;
}
/* A module with one function whose body is the given bytes (locals included). */
#define ONE_BODY(name, ...) buf name##_body = {0}; PUT(&name##_body, __VA_ARGS__); \
  buf name = one_type_module(1, &name##_body, 1, NULL); freebuf(&name##_body)

/* ---------------------------------------------------------------- a counting allocator */

typedef struct counter { size_t live, peak, total, calls; size_t fail_after; } counter;
static void *c_malloc(void *u, size_t n) {
  counter *c = u;
  if (c->fail_after && c->calls >= c->fail_after) return NULL;
  c->calls++;
  c->live += n;
  c->total += n;
  if (c->live > c->peak) c->peak = c->live;
  return malloc(n);
}
static void *c_realloc(void *u, void *p, size_t o, size_t n) {
  counter *c = u;
  void *q = realloc(p, n);
  if (q) { c->live += n - o; c->total += n; if (c->live > c->peak) c->peak = c->live; }
  return q;
}
static void c_free(void *u, void *p, size_t n) {
  counter *c = u;
  c->live -= n;
  free(p);
}

/* ---------------------------------------------------------------- header and sections */

Test(decode, header) {
  rejects((const uint8_t *)"", 0, 0, WD_E_UNEXPECTED_END, "unexpected end", 0);
  rejects((const uint8_t *)"\0as", 3, 0, WD_E_UNEXPECTED_END, "unexpected end", 3);
  rejects((const uint8_t *)"\0asm", 4, 0, WD_E_UNEXPECTED_END, "unexpected end", 4);
  rejects((const uint8_t *)"\0asm\1\0\0", 7, 0, WD_E_UNEXPECTED_END, "unexpected end", 7);
  rejects((const uint8_t *)"asm\0", 4, 0, WD_E_MAGIC, "magic header not detected", 0);
  rejects((const uint8_t *)"\0ASM\1\0\0\0", 8, 0, WD_E_MAGIC, "magic header not detected", 0);
  rejects((const uint8_t *)"\0asm\2\0\0\0", 8, 0, WD_E_VERSION, "unknown binary version", 4);
  rejects((const uint8_t *)"\0asm\0\0\0\1", 8, 0, WD_E_VERSION, "unknown binary version", 4);
  wd_error e;
  wd_module *m = wd_decode((const uint8_t *)"\0asm\1\0\0\0", 8, NULL, &e);
  cr_assert_not_null(m, "%s", e.message);
  cr_assert_eq(e.code, WD_E_OK);
  cr_assert_eq(m->nsections, 0);
  cr_assert_eq(m->nfuncs, 0);
  wd_module_release(m);
  cr_assert_null(wd_decode(NULL, 0, NULL, &e));
  cr_assert_eq(e.code, WD_E_UNEXPECTED_END);
  cr_assert_null(wd_decode(NULL, 5, NULL, &e));
  cr_assert_eq(e.code, WD_E_INVALID_ARGUMENT);
  wd_module_release(NULL);
}

Test(decode, section_ids_and_order) {
  REJECTS(0, WD_E_SECTION_ID, "malformed section id", 8, 0x0D, 0x00);
  REJECTS(0, WD_E_SECTION_ID, "malformed section id", 8, 0x80, 0x00, 0x01, 0x00);
  /* type after function; the same section twice; data count after code */
  REJECTS(0, WD_E_SECTION_ORDER, "unexpected content after last section", 11,
          0x03, 0x01, 0x00, 0x01, 0x01, 0x00);
  REJECTS(0, WD_E_SECTION_ORDER, "unexpected content after last section", 11,
          0x08, 0x01, 0x00, 0x08, 0x01, 0x00);
  REJECTS(0, WD_E_SECTION_ORDER, "unexpected content after last section", 11,
          0x0A, 0x01, 0x00, 0x0C, 0x01, 0x00);
  /* data count goes between element and code; custom sections anywhere */
  ACCEPTS(0, 0x00, 0x02, 0x01, 'a', 0x09, 0x01, 0x00, 0x00, 0x01, 0x00, 0x0C, 0x01, 0x00,
          0x00, 0x01, 0x00, 0x0A, 0x01, 0x00, 0x0B, 0x01, 0x00, 0x00, 0x01, 0x00);
}

Test(decode, section_sizes) {
  /* declares 1 type, holds 2 */
  REJECTS(0, WD_E_SECTION_SIZE, "section size mismatch", 10, 0x01, 0x07, 0x01, 0x60, 0, 0, 0x60, 0, 0);
  /* a size beyond the module */
  REJECTS(0, WD_E_LENGTH_OUT_OF_BOUNDS, "length out of bounds", 9, 0x01, 0x07, 0x02, 0x60, 0, 0);
  REJECTS(0, WD_E_LENGTH_OUT_OF_BOUNDS, "length out of bounds", 9, 0x00, 0x26, 0x01, 'a');
  /* one byte short: a custom section cannot be skipped, a type section mismatches */
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end", ANY_OFFSET, 0x00, 0x03, 0x01, 'a');
  /* a custom section too small for its own name */
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end", ANY_OFFSET,
          0x00, 0x00, 0x00, 0x05, 0x01, 0x00, 0x07, 0x00, 0x00);
  /* count larger than what is left of the whole input */
  REJECTS(0, WD_E_LENGTH_OUT_OF_BOUNDS, "length out of bounds", 10, 0x03, 0x02, 0x7F, 0x00);
  /* entries missing at the end: the next read hits the end */
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end of section or function", ANY_OFFSET, 0x04, 0x01, 0x01);
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end of section or function", ANY_OFFSET,
          0x06, 0x06, 0x02, 0x7F, 0x00, 0x41, 0x00, 0x0B);
  /* a data segment longer than the input */
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end of section or function", ANY_OFFSET,
          0x05, 0x03, 0x01, 0x00, 0x01, 0x0B, 0x0C, 0x01, 0x00, 0x41, 0x03, 0x0B, 0x07, 'a', 'b', 'c', 'd', 'e', 'f');
}

Test(decode, utf8_names) {
  static const struct { uint8_t b[5]; uint8_t n; bool ok; } cases[] = {
    { { 'a', 'b' }, 2, true },
    { { 0xC2, 0xA9 }, 2, true },                 /* U+00A9 */
    { { 0xE2, 0x82, 0xAC }, 3, true },           /* U+20AC */
    { { 0xF0, 0x9F, 0x98, 0x80 }, 4, true },     /* U+1F600 */
    { { 0xF4, 0x8F, 0xBF, 0xBF }, 4, true },     /* U+10FFFF */
    { { 0xEF, 0xBF, 0xBF }, 3, true },           /* U+FFFF */
    { { 0x80 }, 1, false },                      /* lone continuation */
    { { 0xC0, 0x80 }, 2, false },                /* overlong NUL */
    { { 0xC1, 0xBF }, 2, false },                /* overlong */
    { { 0xE0, 0x9F, 0xBF }, 3, false },          /* overlong 3-byte */
    { { 0xF0, 0x8F, 0xBF, 0xBF }, 4, false },    /* overlong 4-byte */
    { { 0xED, 0xA0, 0x80 }, 3, false },          /* surrogate U+D800 */
    { { 0xED, 0xBF, 0xBF }, 3, false },          /* surrogate U+DFFF */
    { { 0xF4, 0x90, 0x80, 0x80 }, 4, false },    /* U+110000 */
    { { 0xF8, 0x88, 0x80, 0x80, 0x80 }, 5, false },
    { { 0xE2, 0x82 }, 2, false },                /* truncated */
    { { 0xC2, 0x41 }, 2, false },                /* bad continuation */
    { { 0xFF }, 1, false },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    for (int where = 0; where < 3; where++) {   /* import module name, import field, custom name */
      buf m = header(), s = {0};
      uint32_t name_at;
      if (where < 2) {
        SECTION(&m, 1, 0x01, 0x60, 0x00, 0x00);
        put1(&s, 0x01);
        if (where == 1) putname(&s, "m");
        name_at = (uint32_t)m.n + 2 + (uint32_t)s.n;
        put1(&s, cases[i].n);
        put(&s, cases[i].b, cases[i].n);
        if (where == 0) putname(&s, "f");
        PUT(&s, 0x00, 0x00);
        section(&m, 2, &s);
      } else {
        name_at = (uint32_t)m.n + 2;
        put1(&s, cases[i].n);
        put(&s, cases[i].b, cases[i].n);
        PUT(&s, 'x', 'y');
        section(&m, 0, &s);
      }
      if (cases[i].ok) {
        wd_module *mod = accepts(&m, 0);
        const char *got = where == 0 ? mod->imports[0].module.ptr : where == 1 ? mod->imports[0].name.ptr
                                                                               : mod->sections[0].name;
        cr_assert_eq(memcmp(got, cases[i].b, cases[i].n), 0, "case %zu where %d", i, where);
        wd_module_release(mod);
      } else {
        rejects_buf(&m, 0, WD_E_UTF8, "malformed UTF-8 encoding", name_at);
      }
      freebuf(&m);
      freebuf(&s);
    }
  }
}

/* ---------------------------------------------------------------- cross-section rules */

Test(decode, function_and_code_counts) {
  REJECTS(0, WD_E_FUNC_CODE_MISMATCH, "function and code section have inconsistent lengths", 19,
          0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x00);
  REJECTS(0, WD_E_FUNC_CODE_MISMATCH, "function and code section have inconsistent lengths", 14,
          0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B);
  REJECTS(0, WD_E_FUNC_CODE_MISMATCH, "function and code section have inconsistent lengths", ANY_OFFSET,
          0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x07, 0x02, 0x02, 0x00, 0x0B, 0x02,
          0x00, 0x0B);
  ACCEPTS(0, 0x03, 0x01, 0x00);
  ACCEPTS(0, 0x0A, 0x01, 0x00);
}

Test(decode, data_count) {
  REJECTS(0, WD_E_DATA_COUNT_MISMATCH, "data count and data section have inconsistent lengths", ANY_OFFSET,
          0x0C, 0x01, 0x03, 0x0B, 0x05, 0x02, 0x01, 0x00, 0x01, 0x00);
  REJECTS(0, WD_E_DATA_COUNT_MISMATCH, "data count and data section have inconsistent lengths", ANY_OFFSET,
          0x0C, 0x01, 0x01, 0x0B, 0x05, 0x02, 0x01, 0x00, 0x01, 0x00);
  REJECTS(0, WD_E_DATA_COUNT_MISMATCH, "data count and data section have inconsistent lengths", ANY_OFFSET,
          0x0C, 0x01, 0x01);
  ACCEPTS(0, 0x0C, 0x01, 0x02, 0x0B, 0x05, 0x02, 0x01, 0x00, 0x01, 0x00);
}

Test(decode, data_count_required_by_bodies) {
  for (int op = 0; op < 2; op++) {
    for (int with_count = 0; with_count < 2; with_count++) {
      buf body = {0}, mid = {0};
      PUT(&body, 0x00);
      uint32_t op_in_body = (uint32_t)body.n;
      if (op == 0) PUT(&body, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00);
      op_in_body = (uint32_t)body.n;
      if (op == 0) PUT(&body, 0xFC, 0x08, 0x00, 0x00); else PUT(&body, 0xFC, 0x09, 0x00);
      PUT(&body, 0x0B);
      SECTION(&mid, 5, 0x01, 0x00, 0x01);
      if (with_count) SECTION(&mid, 12, 0x01);
      buf m = one_type_module(1, &body, 1, &mid);
      SECTION(&m, 11, 0x01, 0x01, 0x00);
      if (with_count) {
        wd_module_release(accepts(&m, 0));
      } else {
        /* the body is the last 1 + body.n bytes before the data section (6 bytes) */
        uint32_t body_at = (uint32_t)(m.n - 5 - body.n);
        wd_error e;
        wd_module *mod = decode(&m, 0, &e);
        cr_assert_not_null(mod, "%s", e.message);
        cr_assert_eq(wd_body_offset(mod, 0), body_at);
        cr_assert_not(wd_scan_body(mod, 0, &e));
        cr_assert_eq(e.code, WD_E_DATA_COUNT_REQUIRED, "%s", e.message);
        cr_assert_eq(strncmp(e.message, "data count section required", 27), 0);
        cr_assert_eq(e.offset, body_at + op_in_body, "%s", e.message);
        wd_module_release(mod);
      }
      freebuf(&m);
      freebuf(&mid);
      freebuf(&body);
    }
  }
}

/* ---------------------------------------------------------------- bodies */

Test(decode, locals) {
  /* 2^32 - 1 locals, then more: too many */
  {
    ONE_BODY(m, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x02, 0x7E, 0x0B);
    rejects_buf(&m, 0, WD_E_TOO_MANY_LOCALS, "too many locals", ANY_OFFSET);
    freebuf(&m);
  }
  {
    ONE_BODY(m, 0x01, 0x80, 0x80, 0x80, 0x80, 0x10, 0x7F, 0x0B);   /* count is a u32 */
    rejects_buf(&m, 0, WD_E_INT_TOO_LARGE, "integer too large", ANY_OFFSET);
    freebuf(&m);
  }
  {
    ONE_BODY(m, 0x01, 0x05, 0x40, 0x0B);                        /* not a value type */
    rejects_buf(&m, 0, WD_E_MALFORMED_VALTYPE, "malformed value type", ANY_OFFSET);
    freebuf(&m);
  }
  /* exactly the limit is fine, one more is not; the count fills the types */
  for (uint32_t extra = 0; extra < 2; extra++) {
    buf body = {0};
    PUT(&body, 0x02);
    putu(&body, WD_MAX_LOCALS - 10 + extra);
    PUT(&body, 0x7F, 0x0A, 0x7B, 0x0B);
    buf m = one_type_module(1, &body, 1, NULL);
    if (extra) {
      rejects_buf(&m, 0, WD_E_TOO_MANY_LOCALS, "too many locals", ANY_OFFSET);
    } else {
      wd_module *mod = accepts(&m, WD_FEATURES_ALL);
      wd_reader r;
      wd_reader_init(&r, body.p, (uint32_t)body.n, WD_NO_OFFSET);
      uint32_t n;
      wd_error e;
      cr_assert(wd_read_locals(&r, 0, NULL, &n, &e));
      cr_assert_eq(n, WD_MAX_LOCALS);
      uint8_t *types = malloc(n);
      wd_reader_init(&r, body.p, (uint32_t)body.n, WD_NO_OFFSET);
      cr_assert(wd_read_locals(&r, 0, types, &n, &e));
      cr_assert_eq(types[0], 0x7F);
      cr_assert_eq(types[WD_MAX_LOCALS - 11], 0x7F);
      cr_assert_eq(types[WD_MAX_LOCALS - 10], 0x7B);
      cr_assert_eq(types[WD_MAX_LOCALS - 1], 0x7B);
      cr_assert_eq(*r.p, 0x0B);
      free(types);
      wd_module_release(mod);
    }
    freebuf(&m);
    freebuf(&body);
  }
}

Test(decode, zero_bytes_and_memory_indices) {
  static const uint8_t grows[][6] = { { 0x01 }, { 0x80, 0x00 }, { 0x80, 0x80, 0x00 } };
  static const uint8_t lens[] = { 1, 2, 3 };
  for (int i = 0; i < 3; i++) {
    buf body = {0}, mid = {0};
    PUT(&body, 0x00, 0x41, 0x00, 0x40);
    put(&body, grows[i], lens[i]);
    PUT(&body, 0x1A, 0x0B);
    SECTION(&mid, 5, 0x01, 0x00, 0x00);
    buf m = one_type_module(1, &body, 1, &mid);
    uint32_t at = (uint32_t)(m.n - 2 - lens[i]);
    rejects_buf(&m, 0, WD_E_ZERO_BYTE_EXPECTED, "zero byte expected", at);
    wd_module_release(accepts(&m, WD_FEATURE_MULTI_MEMORY));   /* a u32 memory index then */
    freebuf(&m);
    freebuf(&mid);
    freebuf(&body);
  }
  /* memory.copy / fill / init without multi-memory */
  {
    ONE_BODY(m, 0x00, 0xFC, 0x0A, 0x00, 0x01, 0x0B);
    rejects_buf(&m, 0, WD_E_ZERO_BYTE_EXPECTED, "zero byte expected", ANY_OFFSET);
    freebuf(&m);
  }
  {
    ONE_BODY(m, 0x00, 0xFC, 0x0B, 0x02, 0x0B);
    rejects_buf(&m, 0, WD_E_ZERO_BYTE_EXPECTED, "zero byte expected", ANY_OFFSET);
    freebuf(&m);
  }
}

Test(decode, illegal_opcodes_and_feature_gates) {
  static const struct { uint8_t b[4]; uint8_t n; uint32_t needs; } ops[] = {
    { { 0x14, 0x00 }, 2, WD_FEATURE_FUNCTION_REFERENCES },   /* call_ref 0 */
    { { 0xD4 }, 1, WD_FEATURE_FUNCTION_REFERENCES },         /* ref.as_non_null */
    { { 0x27 }, 1, ~0u }, { { 0xC5 }, 1, ~0u }, { { 0xFF }, 1, ~0u },
    { { 0xFC, 0x12 }, 2, ~0u }, { { 0xFC, 0x80, 0x01 }, 3, ~0u }, { { 0xFD, 0x9A, 0x01 }, 3, ~0u },
    { { 0xFD, 0x0F }, 2, WD_FEATURE_SIMD },           /* i8x16.splat */
    { { 0x12, 0x00 }, 2, WD_FEATURE_TAIL_CALL },      /* return_call 0 */
    { { 0x13, 0x00, 0x00 }, 3, WD_FEATURE_TAIL_CALL },
    { { 0xFC, 0x13 }, 2, WD_FEATURE_WIDE_ARITHMETIC },   /* i64.add128 */
    { { 0xFC, 0x16 }, 2, WD_FEATURE_WIDE_ARITHMETIC },   /* i64.mul_wide_u */
    { { 0xFC, 0x17 }, 2, ~0u },
    { { 0x08, 0x00 }, 2, WD_FEATURE_EXCEPTIONS },     /* throw 0 */
  };
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    buf body = {0};
    PUT(&body, 0x00);
    put(&body, ops[i].b, ops[i].n);
    PUT(&body, 0x0B);
    buf m = one_type_module(1, &body, 1, NULL);
    uint32_t at = (uint32_t)(m.n - 1 - ops[i].n);
    uint32_t without = ops[i].needs == ~0u ? WD_FEATURES_ALL : WD_FEATURES_ALL & ~ops[i].needs;
    rejects_buf(&m, without, WD_E_ILLEGAL_OPCODE, "illegal opcode", at);
    if (ops[i].needs != ~0u) {
      wd_error e;
      wd_module *off = decode(&m, without, &e);     /* the message names the feature that is off */
      cr_assert(!off || !wd_scan_body(off, 0, &e), "op %zu accepted without its feature", i);
      if (off) wd_module_release(off);
      char want[64];
      snprintf(want, sizeof want, "needs feature %s (disabled)", wd_feature_name(ops[i].needs));
      cr_assert(strstr(e.message, want), "op %zu: %s", i, e.message);
      wd_module *mod = decode(&m, WD_FEATURES_ALL, &e);
      cr_assert_not_null(mod);
      cr_assert(wd_scan_body(mod, 0, &e), "op %zu: %s", i, e.message);
      wd_module_release(mod);
    }
    freebuf(&m);
    freebuf(&body);
  }
  /* in a constant expression too */
  REJECTS(WD_FEATURES_ALL, WD_E_ILLEGAL_OPCODE, "illegal opcode", 13, 0x06, 0x05, 0x01, 0x7F, 0x00, 0xF3, 0x0B);
  REJECTS(0, WD_E_ILLEGAL_OPCODE, "illegal opcode", 13,
          0x06, 0x16, 0x01, 0x7B, 0x00, 0xFD, 0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0B);
}

Test(decode, malformed_kinds_and_types) {
  REJECTS(0, WD_E_MALFORMED_IMPORT_KIND, "malformed import kind", 13, 0x02, 0x04, 0x01, 0x00, 0x00, 0x04);
  REJECTS(0, WD_E_MALFORMED_IMPORT_KIND, "malformed import kind", 13, 0x02, 0x05, 0x01, 0x00, 0x00, 0x80, 0x00);
  REJECTS(0, WD_E_MALFORMED_EXPORT_KIND, "malformed export kind", 12, 0x07, 0x04, 0x01, 0x00, 0x04, 0x00);
  REJECTS(0, WD_E_MALFORMED_MUTABILITY, "malformed mutability", 12, 0x06, 0x06, 0x01, 0x7F, 0x02, 0x41, 0x00, 0x0B);
  REJECTS(0, WD_E_MALFORMED_MUTABILITY, "malformed mutability", 16,
          0x02, 0x07, 0x01, 0x00, 0x01, 'g', 0x03, 0x7F, 0xFF);
  REJECTS(0, WD_E_MALFORMED_REFTYPE, "malformed reference type", 11, 0x04, 0x04, 0x01, 0x7F, 0x00, 0x00);
  REJECTS(0, WD_E_MALFORMED_VALTYPE, "malformed value type", 13, 0x01, 0x05, 0x01, 0x60, 0x01, 0x40, 0x00);
  REJECTS(0, WD_E_INT_TOO_LONG, "integer representation too long", 14,
          0x01, 0x06, 0x01, 0x60, 0x01, 0xFF, 0x7F, 0x00);
  REJECTS(0, WD_E_MALFORMED_FUNCTYPE, "malformed function type", 11, 0x01, 0x04, 0x01, 0x61, 0x00, 0x00);
  REJECTS(0, WD_E_INT_TOO_LONG, "integer representation too long", 12, 0x01, 0x05, 0x01, 0xE0, 0x7F, 0x00, 0x00);
  /* limits flags */
  REJECTS(0, WD_E_MALFORMED_LIMITS, "integer too large", 11, 0x05, 0x02, 0x01, 0x02);
  REJECTS(0, WD_E_INT_TOO_LONG, "integer representation too long", 12, 0x05, 0x05, 0x01, 0x81, 0x00, 0x00, 0x00);
  REJECTS(0, WD_E_INT_TOO_LARGE, "integer too large", 16, 0x05, 0x07, 0x01, 0x00, 0x82, 0x80, 0x80, 0x80, 0x40);
  /* segment flags and element kinds */
  REJECTS(0, WD_E_MALFORMED_SEGMENT, "malformed segment flags", 11, 0x09, 0x03, 0x01, 0x08, 0x00);
  REJECTS(0, WD_E_MALFORMED_ELEM_KIND, "malformed element kind", 12, 0x09, 0x04, 0x01, 0x01, 0x01, 0x00);
  REJECTS(0, WD_E_MALFORMED_REFTYPE, "malformed reference type", 12, 0x09, 0x04, 0x01, 0x05, 0x7F, 0x00);
  REJECTS(0, WD_E_MALFORMED_SEGMENT, "malformed segment flags", 11, 0x0B, 0x03, 0x01, 0x03, 0x00);
  /* a constant expression without its end, and one with a stray else */
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end", ANY_OFFSET, 0x06, 0x04, 0x01, 0x7F, 0x00, 0x01);
  REJECTS(0, WD_E_END_EXPECTED, "END opcode expected", 14, 0x06, 0x06, 0x01, 0x7F, 0x00, 0x01, 0x05, 0x0B);
}

Test(decode, missing_and_extra_ends) {
  /* between two functions: the next byte is not an end */
  REJECTS(0, WD_E_END_EXPECTED, "END opcode expected", ANY_OFFSET,
          0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x00, 0x0A, 0x0C, 0x02,
          0x04, 0x00, 0x41, 0x01, 0x1A, 0x05, 0x00, 0x41, 0x01, 0x1A, 0x0B);
  /* at the end of the module */
  REJECTS(0, WD_E_UNEXPECTED_END_SECTION, "unexpected end of section or function", ANY_OFFSET,
          0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x06, 0x01, 0x04, 0x00, 0x41, 0x01, 0x1A);
  /* followed by a section whose id is the end byte */
  REJECTS(0, WD_E_SECTION_SIZE, "section size mismatch", ANY_OFFSET,
          0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0A, 0x06, 0x01, 0x04, 0x00, 0x41, 0x01, 0x1A,
          0x0B, 0x03, 0x01, 0x01, 0x00);
  /* nesting not closed although the last byte is an end */
  {
    ONE_BODY(m, 0x00, 0x02, 0x40, 0x0B);
    rejects_buf(&m, 0, WD_E_UNEXPECTED_END_SECTION, "unexpected end", ANY_OFFSET);
    freebuf(&m);
  }
  /* bytes after the final end */
  {
    ONE_BODY(m, 0x00, 0x0B, 0x01, 0x0B);
    rejects_buf(&m, 0, WD_E_SECTION_SIZE, "section size mismatch", (uint32_t)m.n - 2);
    freebuf(&m);
  }
  /* else outside an if, and a second else */
  {
    ONE_BODY(m, 0x00, 0x02, 0x40, 0x05, 0x0B, 0x0B);
    rejects_buf(&m, 0, WD_E_END_EXPECTED, "END opcode expected", (uint32_t)m.n - 3);
    freebuf(&m);
  }
  {
    ONE_BODY(m, 0x00, 0x41, 0x01, 0x04, 0x40, 0x05, 0x05, 0x0B, 0x0B);
    rejects_buf(&m, 0, WD_E_END_EXPECTED, "END opcode expected", (uint32_t)m.n - 3);
    freebuf(&m);
  }
  {
    ONE_BODY(m, 0x00, 0x05, 0x0B);
    rejects_buf(&m, 0, WD_E_END_EXPECTED, "END opcode expected", (uint32_t)m.n - 2);
    freebuf(&m);
  }
  /* well nested: if/else/end inside blocks and loops */
  {
    ONE_BODY(m, 0x00, 0x02, 0x40, 0x03, 0x40, 0x41, 0x00, 0x04, 0x40, 0x01, 0x05, 0x01, 0x0B, 0x0B, 0x0B,
             0x41, 0x00, 0x04, 0x40, 0x0B, 0x0B);
    wd_module_release(accepts(&m, 0));
    freebuf(&m);
  }
  /* an empty body, at the end of the module and before another section */
  {
    buf empty = {0};
    buf m = one_type_module(1, &empty, 1, NULL);
    rejects_buf(&m, 0, WD_E_UNEXPECTED_END_SECTION, "unexpected end", (uint32_t)m.n);
    SECTION(&m, 11, 0x00);
    rejects_buf(&m, 0, WD_E_SECTION_SIZE, "section size mismatch", ANY_OFFSET);
    freebuf(&m);
  }
}

Test(decode, deep_nesting) {
  for (int kind = 0; kind < 2; kind++) {
    const uint32_t depth = 20000;
    buf body = {0};
    PUT(&body, 0x00);
    for (uint32_t i = 0; i < depth; i++) {
      if (kind) PUT(&body, 0x41, 0x00, 0x04, 0x40); else PUT(&body, 0x02, 0x40);
    }
    if (kind) PUT(&body, 0x05);   /* the innermost if takes an else */
    for (uint32_t i = 0; i < depth; i++) PUT(&body, 0x0B);
    PUT(&body, 0x0B);
    buf m = one_type_module(1, &body, 1, NULL);
    wd_module_release(accepts(&m, 0));
    freebuf(&m);
    body.n -= 1;   /* one end short: the outermost level never closes */
    m = one_type_module(1, &body, 1, NULL);
    rejects_buf(&m, 0, WD_E_UNEXPECTED_END_SECTION, "unexpected end", ANY_OFFSET);
    freebuf(&m);
    freebuf(&body);
  }
}

Test(decode, alignment_field) {
  for (int mm = 0; mm < 2; mm++) {
    ONE_BODY(m, 0x00, 0x41, 0x00, 0x28, 0x42, 0x03, 0x10, 0x1A, 0x0B);   /* i32.load align flags 0x42 */
    if (!mm) {
      rejects_buf(&m, 0, WD_E_ALIGNMENT, "alignment must not be larger than natural", (uint32_t)m.n - 5);
    } else {
      wd_module_release(accepts(&m, WD_FEATURE_MULTI_MEMORY));
      wd_reader r;
      wd_reader_init(&r, m.p + m.n - 6, 6, 0);
      wd_instr in;
      wd_error e;
      cr_assert(wd_read_instr(&r, WD_FEATURE_MULTI_MEMORY, &in, &e), "%s", e.message);
      cr_assert_eq(in.op, WD_OP_I32_LOAD);
      cr_assert_eq(in.imm.memarg.align, 2);
      cr_assert_eq(in.imm.memarg.mem, 3);
      cr_assert_eq(in.imm.memarg.offset, 16);
    }
    freebuf(&m);
  }
  {
    ONE_BODY(m, 0x00, 0x41, 0x00, 0x28, 0x80, 0x01, 0x00, 0x00, 0x1A, 0x0B);   /* flags 128 */
    rejects_buf(&m, WD_FEATURE_MULTI_MEMORY, WD_E_ALIGNMENT, "alignment", ANY_OFFSET);
    freebuf(&m);
  }
}

/* ---------------------------------------------------------------- the instruction reader */

static wd_instr read1(const uint8_t *p, size_t n, uint32_t features) {
  wd_reader r;
  wd_reader_init(&r, p, (uint32_t)n, 0x40);
  wd_instr in;
  wd_error e;
  cr_assert(wd_read_instr(&r, features, &in, &e), "%s", e.message);
  cr_assert_eq(r.p, p + n, "consumed %td of %zu bytes", r.p - p, n);
  cr_assert_eq(in.offset, 0x40);
  return in;
}
#define READ1(features, ...) read1((const uint8_t[]){ __VA_ARGS__ }, sizeof((const uint8_t[]){ __VA_ARGS__ }), (features))

Test(instr, immediates) {
  wd_instr in;
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x02, 0x40);
  cr_assert(in.op == WD_OP_BLOCK && in.imm.block.kind == WD_BT_EMPTY);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x03, 0x7E);
  cr_assert(in.op == WD_OP_LOOP && in.imm.block.kind == WD_BT_VAL && in.imm.block.valtype == WD_I64);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x04, 0x85, 0x01);
  cr_assert(in.op == WD_OP_IF && in.imm.block.kind == WD_BT_TYPE && in.imm.block.type_idx == 133);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F);
  cr_assert(in.imm.block.kind == WD_BT_TYPE && in.imm.block.type_idx == UINT32_MAX);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x0E, 0x03, 0x00, 0x81, 0x01, 0x02, 0x07);
  cr_assert_eq(in.op, WD_OP_BR_TABLE);
  cr_assert_eq(in.imm.br_table.count, 3);
  cr_assert_eq(in.imm.br_table.default_label, 7);
  {
    wd_reader t;
    wd_reader_init(&t, in.imm.br_table.targets, 4, WD_NO_OFFSET);
    uint32_t x[3];
    wd_error e;
    for (int i = 0; i < 3; i++) cr_assert(wd_read_u32(&t, &x[i], &e));
    cr_assert(x[0] == 0 && x[1] == 129 && x[2] == 2);
  }
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x11, 0x05, 0x02);
  cr_assert(in.op == WD_OP_CALL_INDIRECT && in.imm.idx2.a == 5 && in.imm.idx2.b == 2);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x10, 0xE5, 0x8E, 0x26);
  cr_assert(in.op == WD_OP_CALL && in.imm.idx == 624485);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x36, 0x02, 0x80, 0x80, 0x80, 0x80, 0x0F);
  cr_assert(in.op == WD_OP_I32_STORE && in.imm.memarg.align == 2 && in.imm.memarg.offset == 0xF0000000u &&
            in.imm.memarg.mem == 0);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x41, 0x80, 0x80, 0x80, 0x80, 0x78);
  cr_assert(in.op == WD_OP_I32_CONST && in.imm.i32 == INT32_MIN);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x42, 0x7F);
  cr_assert(in.op == WD_OP_I64_CONST && in.imm.i64 == -1);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x43, 0x00, 0x00, 0xC0, 0x7F);
  cr_assert(in.op == WD_OP_F32_CONST && in.imm.f32 == 0x7FC00000u);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x44, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08);
  cr_assert(in.op == WD_OP_F64_CONST && in.imm.f64 == 0x0807060504030201ull);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x1C, 0x01, 0x7D);
  cr_assert(in.op == WD_OP_SELECT_T && in.imm.select_t.count == 1 && in.imm.select_t.type == WD_F32);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0x1C, 0x02, 0x7F, 0x70);
  cr_assert(in.imm.select_t.count == 2 && in.imm.select_t.type == WD_I32);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0xD0, 0x6F);
  cr_assert(in.op == WD_OP_REF_NULL && in.imm.reftype == WD_EXTERNREF);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0xFC, 0x0C, 0x03, 0x01);
  cr_assert(in.op == WD_OP_TABLE_INIT && in.imm.idx2.a == 3 && in.imm.idx2.b == 1);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0xFC, 0x0E, 0x04, 0x05);
  cr_assert(in.op == WD_OP_TABLE_COPY && in.imm.idx2.a == 4 && in.imm.idx2.b == 5);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0xFC, 0x08, 0x09, 0x00);
  cr_assert(in.op == WD_OP_MEMORY_INIT && in.imm.idx2.a == 9 && in.imm.idx2.b == 0);
  in = READ1(WD_FEATURE_MULTI_MEMORY, 0xFC, 0x0A, 0x02, 0x81, 0x00);
  cr_assert(in.op == WD_OP_MEMORY_COPY && in.imm.idx2.a == 2 && in.imm.idx2.b == 1);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0xFC, 0x11, 0x02);
  cr_assert(in.op == WD_OP_TABLE_FILL && in.imm.idx == 2);
  in = READ1(WD_FEATURE_REFERENCE_TYPES, 0xFC, 0x80, 0x00);   /* sub-opcodes are u32 LEB128s */
  cr_assert_eq(in.op, WD_OP_I32_TRUNC_SAT_F32_S);
  in = READ1(WD_FEATURE_SIMD, 0xFD, 0x0C, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  cr_assert(in.op == WD_OP_V128_CONST && in.imm.v128[0] == 1 && in.imm.v128[15] == 16);
  in = READ1(WD_FEATURE_SIMD, 0xFD, 0x0D, 0, 17, 2, 19, 4, 21, 6, 23, 8, 25, 10, 27, 12, 29, 14, 31);
  cr_assert(in.op == WD_OP_I8X16_SHUFFLE && in.imm.v128[1] == 17 && in.imm.v128[15] == 31);
  in = READ1(WD_FEATURE_SIMD, 0xFD, 0x15, 0x0F);
  cr_assert(in.op == WD_OP_I8X16_EXTRACT_LANE_S && in.imm.lane == 15);
  in = READ1(WD_FEATURE_SIMD, 0xFD, 0x57, 0x03, 0x10, 0x01);
  cr_assert(in.op == WD_OP_V128_LOAD64_LANE && in.imm.memarg.align == 3 && in.imm.memarg.offset == 16 &&
            in.imm.memarg.lane == 1);
  in = READ1(WD_FEATURE_SIMD, 0xFD, 0xFF, 0x01);
  cr_assert_eq(in.op, WD_OP_F64X2_CONVERT_LOW_I32X4_U);
  in = READ1(WD_FEATURE_TAIL_CALL, 0x13, 0x01, 0x00);
  cr_assert(in.op == WD_OP_RETURN_CALL_INDIRECT && in.imm.idx2.a == 1);
}

Test(instr, truncated_immediates) {
  static const struct { uint8_t b[8]; uint8_t n; } cut[] = {
    { { 0x02 }, 1 }, { { 0x0E, 0x02, 0x00 }, 3 }, { { 0x0E, 0x05, 0x00 }, 3 }, { { 0x43, 0, 0, 0 }, 4 },
    { { 0x44, 0, 0, 0, 0, 0, 0, 0 }, 8 }, { { 0xFD, 0x0C, 0 }, 3 }, { { 0xFD, 0x15 }, 2 }, { { 0x28, 0x02 }, 2 },
    { { 0x1C, 0x03, 0x7F }, 3 }, { { 0xD0 }, 1 }, { { 0xFC }, 1 }, { { 0x3F }, 1 }, { { 0x11, 0x00 }, 2 },
  };
  for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++) {
    wd_reader r;
    wd_reader_init(&r, cut[i].b, cut[i].n, 0);
    wd_instr in;
    wd_error e;
    cr_assert_not(wd_read_instr(&r, WD_FEATURES_ALL, &in, &e), "case %zu", i);
    cr_assert_eq(e.code, WD_E_UNEXPECTED_END_SECTION, "case %zu: %s", i, e.message);
  }
}

/* Every opcode of the table reads back as itself from its encoding plus minimal immediates. */
Test(instr, every_opcode_round_trips) {
  for (uint32_t op = 0; op < WD_OP__COUNT; op++) {
    const wd_opinfo *info = &wd_opinfo_table[op];
    cr_assert_not_null(info->text);
    buf b = {0};
    if (info->prefix) { put1(&b, (uint8_t)info->prefix); putu(&b, info->code); } else put1(&b, (uint8_t)info->code);
    switch ((wd_imm)info->imm) {
    case IMM_NONE: break;
    case IMM_BLOCKTYPE: PUT(&b, 0x40); break;
    case IMM_BR_TABLE: PUT(&b, 0x01, 0x00, 0x00); break;
    case IMM_CALL_INDIRECT: case IMM_TABLE_TABLE: case IMM_ELEM_TABLE: case IMM_DATA_MEM: case IMM_MEM_MEM:
      PUT(&b, 0x00, 0x00); break;
    case IMM_MEMARG: PUT(&b, 0x00, 0x00); break;
    case IMM_MEMARG_LANE: PUT(&b, 0x00, 0x00, 0x00); break;
    case IMM_F32: PUT(&b, 0, 0, 0, 0); break;
    case IMM_F64: PUT(&b, 0, 0, 0, 0, 0, 0, 0, 0); break;
    case IMM_V128: case IMM_SHUFFLE: for (int i = 0; i < 16; i++) put1(&b, 0); break;
    case IMM_SELECT_T: PUT(&b, 0x01, 0x7F); break;
    case IMM_REFTYPE: PUT(&b, 0x70); break;
    case IMM_TRY_TABLE: PUT(&b, 0x40, 0x00); break;   /* empty block type, no catch clause */
    default: PUT(&b, 0x00); break;
    }
    wd_instr in = read1(b.p, b.n, WD_FEATURES_ALL);
    cr_assert_eq(in.op, op, "%s read back as %s", info->text, wd_opinfo_table[in.op].text);
    freebuf(&b);
  }
}

/* ---------------------------------------------------------------- counts that must not allocate */

Test(decode, huge_counts_allocate_nothing_for_them) {
  counter c = {0};
  wd_allocator al = { c_malloc, c_realloc, c_free, &c };
  static const uint8_t sections[] = { 1, 2, 3, 4, 5, 6, 7, 9, 10, 11 };
  for (size_t i = 0; i < sizeof sections; i++) {
    /* 4 billion entries in a 14-byte module */
    const uint8_t m[] = { 0, 'a', 's', 'm', 1, 0, 0, 0, sections[i], 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F };
    wd_decode_opts o = { .al = &al };
    wd_error e;
    memset(&c, 0, sizeof c);
    cr_assert_null(wd_decode(m, sizeof m, &o, &e));
    cr_assert_eq(e.code, WD_E_LENGTH_OUT_OF_BOUNDS, "section %u: %s", sections[i], e.message);
    cr_assert_eq(c.live, 0, "leak of %zu bytes", c.live);
    cr_assert_lt(c.peak, 16384, "section %u: peak %zu bytes", sections[i], c.peak);
  }
  /* a count the input could hold but the section cannot: allocation follows the bytes present */
  for (size_t i = 0; i < sizeof sections; i++) {
    buf m = header(), s = {0};
    putu(&s, 200000);
    for (int k = 0; k < 20000; k++) put1(&s, 0x00);
    section(&m, sections[i], &s);
    put1(&m, 0x00);                                     /* then a large custom section */
    putu(&m, 300000);
    for (int k = 0; k < 300000; k++) put1(&m, 0x00);
    wd_decode_opts o = { .al = &al };
    wd_error e;
    memset(&c, 0, sizeof c);
    cr_assert_null(wd_decode(m.p, m.n, &o, &e));
    cr_assert_lt(c.peak, 40u * 20000 + 65536, "section %u: peak %zu bytes for a 20000-byte section: %s",
                 sections[i], c.peak, e.message);
    cr_assert_eq(c.live, 0);
    freebuf(&m);
    freebuf(&s);
  }
}

Test(decode, allocation_failures_are_clean) {
  ONE_BODY(m, 0x00, 0x41, 0x01, 0x1A, 0x0B);
  buf data = {0};
  SECTION(&data, 11, 0x01, 0x00, 0x41, 0x00, 0x0B, 0x03, 'a', 'b', 'c');
  putbuf(&m, &data);
  uint32_t n_ok = 0;
  for (size_t fail_after = 1; fail_after < 64; fail_after++) {
    counter c = { .fail_after = fail_after };
    wd_allocator al = { c_malloc, c_realloc, c_free, &c };
    wd_decode_opts o = { .al = &al };
    wd_error e;
    wd_module *mod = wd_decode(m.p, m.n, &o, &e);
    if (mod) {
      n_ok++;
      wd_module_release(mod);
    } else {
      cr_assert(e.code == WD_E_OUT_OF_MEMORY || e.code == WD_E_LIMIT_ARENA, "%s", e.message);
    }
    cr_assert_eq(c.live, 0, "fail_after %zu leaks %zu bytes", fail_after, c.live);
  }
  cr_assert_gt(n_ok, 0);
  freebuf(&m);
  freebuf(&data);
}

Test(decode, arena_limit) {
  buf body = {0};
  PUT(&body, 0x00);
  for (int i = 0; i < 5000; i++) PUT(&body, 0x01);
  PUT(&body, 0x0B);
  buf m = one_type_module(1, &body, 1, NULL);
  wd_decode_opts o = { .arena_limit = 4096 };
  wd_error e;
  cr_assert_null(wd_decode(m.p, m.n, &o, &e));
  cr_assert_eq(e.code, WD_E_LIMIT_ARENA, "%s", e.message);
  o.arena_limit = 64 * 1024;
  wd_module *mod = wd_decode(m.p, m.n, &o, &e);
  cr_assert_not_null(mod, "%s", e.message);
  cr_assert_leq(mod->arena.reserved, 64 * 1024);
  wd_module_release(mod);
  freebuf(&m);
  freebuf(&body);
}

/* ---------------------------------------------------------------- layouts and bodies */

static buf body_of_size(uint32_t i) {
  buf b = {0};
  uint32_t n = (i * 37) % 300;
  if (i % 5 == 0) { PUT(&b, 0x01, 0x03, 0x7F); } else PUT(&b, 0x00);
  for (uint32_t k = 0; k < n; k++) PUT(&b, 0x01);
  PUT(&b, 0x0B);
  return b;
}

Test(decode, every_layout_stores_the_same_bodies) {
  const uint32_t n = 200;
  buf *bodies = calloc(n, sizeof *bodies);
  for (uint32_t i = 0; i < n; i++) bodies[i] = body_of_size(i);
  buf m = one_type_module(n, bodies, n, NULL);
  const wd_layout *const *all = wd_layout_all();
  int nlayouts = 0;
  for (; all[nlayouts]; nlayouts++) {
    wd_decode_opts o = { .layout = all[nlayouts] };
    wd_error e;
    wd_module *mod = wd_decode(m.p, m.n, &o, &e);
    cr_assert_not_null(mod, "%s: %s", all[nlayouts]->name, e.message);
    cr_assert_eq(mod->layout, all[nlayouts]);
    cr_assert_eq(wd_module_ndefined(mod), n);
    cr_assert(mod->body_offsets_derivable);
    uint32_t at = mod->code_offset + 2;   /* count 200 takes two bytes */
    for (uint32_t i = 0; i < n; i++) {
      wd_slice s;
      cr_assert(mod->layout->get_body(wd_module_record(mod, i), &s), "%s body %u", all[nlayouts]->name, i);
      cr_assert_eq(s.len, bodies[i].n, "%s body %u: %u bytes, want %zu", all[nlayouts]->name, i, s.len, bodies[i].n);
      cr_assert_eq(memcmp(s.ptr, bodies[i].p, s.len), 0, "%s body %u differs", all[nlayouts]->name, i);
      at += bodies[i].n >= 128 ? 2 : 1;
      cr_assert_eq(wd_body_offset(mod, i), at, "%s body %u offset", all[nlayouts]->name, i);
      cr_assert_eq(memcmp(m.p + at, bodies[i].p, bodies[i].n), 0);
      at += (uint32_t)bodies[i].n;
      cr_assert(wd_scan_body(mod, i, &e), "%s", e.message);
    }
    cr_assert_eq(wd_body_offset(mod, n), WD_NO_OFFSET);
    wd_module_release(mod);
  }
  cr_assert_geq(nlayouts, 3);
  for (uint32_t i = 0; i < n; i++) freebuf(&bodies[i]);
  free(bodies);
  freebuf(&m);
}

Test(decode, code_section_arena_bound) {
  const uint32_t n = 50000;
  buf *bodies = calloc(n, sizeof *bodies);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t len = i % 3 == 0 ? 2 + i % 40 : 2 + (i * 7) % 13;
    PUT(&bodies[i], 0x00);
    for (uint32_t k = 2; k < len; k++) PUT(&bodies[i], 0x01);
    PUT(&bodies[i], 0x0B);
  }
  buf m = one_type_module(n, bodies, n, NULL);
  for (const wd_layout *const *L = wd_layout_all(); *L; L++) {
    wd_decode_opts o = { .layout = *L };
    wd_error e;
    wd_module *mod = wd_decode(m.p, m.n, &o, &e);
    cr_assert_not_null(mod, "%s", e.message);
    uint32_t code_size = 0;
    for (uint32_t s = 0; s < mod->nsections; s++)
      if (mod->sections[s].id == 10) code_size = mod->sections[s].size;
    double bound = ((double)code_size + (double)n * (*L)->record_size) * 1.02;
    cr_assert_leq((double)mod->code_section_arena, bound, "%s: %zu arena bytes > %.0f", (*L)->name,
                  mod->code_section_arena, bound);
    /* copied bytes: the records and one copy of the section's bodies */
    cr_assert_geq(mod->code_section_arena, (size_t)n * (*L)->record_size + code_size - 4);
    /* borrowed bytes: the records only (plus one mark per 64 bodies); bodies stay in the input */
    wd_decode_opts ob = { .layout = *L, .borrow = true };
    wd_module *bm = wd_decode(m.p, m.n, &ob, &e);
    cr_assert_not_null(bm, "%s", e.message);
    double rbound = (double)n * (*L)->record_size + (n / 64 + 1) * (sizeof(uint32_t) + sizeof(void *)) + 64;
    cr_assert_leq((double)bm->code_section_arena, rbound, "%s borrowed: %zu arena bytes > %.0f", (*L)->name,
                  bm->code_section_arena, rbound);
    for (uint32_t i = 0; i < n; i += 997) {
      wd_slice s, sb;
      cr_assert((*L)->get_body(wd_module_record(mod, i), &s));
      cr_assert((*L)->get_body(wd_module_record(bm, i), &sb));
      cr_assert_eq(s.len, sb.len);
      cr_assert_eq(memcmp(s.ptr, sb.ptr, s.len), 0);
      bool in_rec = (uintptr_t)sb.ptr - (uintptr_t)wd_module_record(bm, i) < (*L)->record_size;
      bool in_input = sb.ptr >= m.p && sb.ptr + sb.len <= m.p + m.n;
      cr_assert(in_rec || in_input, "%s: borrowed body %u is inline or in the input", (*L)->name, i);
      cr_assert_not((uintptr_t)s.ptr - (uintptr_t)m.p < m.n, "%s: a copied module refers to its own copy",
                    (*L)->name);
    }
    wd_module_release(bm);
    for (uint32_t i = 0; i < n; i += 997) {
      wd_slice s;
      cr_assert((*L)->get_body(wd_module_record(mod, i), &s));
      cr_assert_eq(s.len, bodies[i].n);
      cr_assert(wd_scan_body(mod, i, &e), "%s", e.message);
    }
    wd_module_release(mod);
  }
  for (uint32_t i = 0; i < n; i++) freebuf(&bodies[i]);
  free(bodies);
  freebuf(&m);
}

Test(decode, body_offsets_and_scan_errors) {
  buf bodies[3] = {{0}};
  PUT(&bodies[0], 0x00, 0x0B);
  PUT(&bodies[1], 0x00, 0x01, 0x01, 0x0B);
  PUT(&bodies[2], 0x00, 0x01, 0x06, 0x0B);   /* illegal opcode at body offset 2 */
  buf m = one_type_module(3, bodies, 3, NULL);
  uint32_t body2 = (uint32_t)(m.n - 4);
  wd_error e;
  wd_module *mod = decode(&m, 0, &e);
  cr_assert_not_null(mod);
  cr_assert_eq(wd_body_offset(mod, 2), body2);
  cr_assert(wd_scan_body(mod, 0, &e));
  cr_assert_not(wd_scan_body(mod, 2, &e));
  cr_assert_eq(e.code, WD_E_ILLEGAL_OPCODE);
  cr_assert_eq(e.offset, body2 + 2, "offset 0x%x (%s)", e.offset, e.message);
  cr_assert_not_null(strstr(e.message, "at offset 0x"), "%s", e.message);
  cr_assert_not(wd_scan_body(mod, 3, &e));
  cr_assert_eq(e.code, WD_E_INVALID_ARGUMENT);
  wd_module_release(mod);
  freebuf(&m);

  /* a padded body size: offsets can no longer be derived, errors come without one */
  buf p = header();
  SECTION(&p, 1, 0x01, 0x60, 0x00, 0x00);
  SECTION(&p, 3, 0x01, 0x00);
  SECTION(&p, 10, 0x01, 0x84, 0x00, 0x00, 0x01, 0x06, 0x0B);
  mod = decode(&p, 0, &e);
  cr_assert_not_null(mod, "%s", e.message);
  cr_assert_not(mod->body_offsets_derivable);
  cr_assert_eq(wd_body_offset(mod, 0), WD_NO_OFFSET);
  cr_assert_not(wd_scan_body(mod, 0, &e));
  cr_assert_eq(e.code, WD_E_ILLEGAL_OPCODE);
  cr_assert_eq(e.offset, WD_NO_OFFSET);
  wd_module_release(mod);
  freebuf(&p);
  for (int i = 0; i < 3; i++) freebuf(&bodies[i]);
}

/* ---------------------------------------------------------------- what gets recorded */

static buf rich_module(void) {
  buf m = header(), s = {0};
  /* custom "name" first */
  putname(&s, "name");
  PUT(&s, 0x01, 0x02, 0x01, 0x00);
  section(&m, 0, &s); freebuf(&s);
  SECTION(&m, 1, 0x02, 0x60, 0x01, 0x7F, 0x01, 0x7E, 0x60, 0x00, 0x00);
  /* imports: func (type 1), table, memory, global */
  put1(&s, 0x04);
  putname(&s, "env"); putname(&s, "f"); PUT(&s, 0x00, 0x01);
  putname(&s, "env"); putname(&s, "t"); PUT(&s, 0x01, 0x6F, 0x01, 0x02, 0x10);
  putname(&s, "env"); putname(&s, "m"); PUT(&s, 0x02, 0x00, 0x03);
  putname(&s, "env"); putname(&s, "g"); PUT(&s, 0x03, 0x7C, 0x01);
  section(&m, 2, &s); freebuf(&s);
  SECTION(&m, 3, 0x02, 0x00, 0x01);
  SECTION(&m, 4, 0x01, 0x70, 0x00, 0x05);
  SECTION(&m, 5, 0x01, 0x01, 0x01, 0x02);
  SECTION(&m, 6, 0x02, 0x7F, 0x01, 0x41, 0x2A, 0x0B, 0x7E, 0x00, 0x42, 0x01, 0x42, 0x02, 0x7C, 0x0B);
  put1(&s, 0x02); putname(&s, "run"); PUT(&s, 0x00, 0x01); putname(&s, "mem"); PUT(&s, 0x02, 0x00);
  section(&m, 7, &s); freebuf(&s);
  SECTION(&m, 8, 0x02);
  /* element segments, one per flags value */
  PUT(&s, 0x08,
      0x00, 0x41, 0x00, 0x0B, 0x02, 0x01, 0x02,                 /* 0: active table 0, funcs 1 2 */
      0x01, 0x00, 0x01, 0x02,                                   /* 1: passive, funcs 2 */
      0x02, 0x01, 0x41, 0x01, 0x0B, 0x00, 0x01, 0x01,           /* 2: active table 1, funcs 1 */
      0x03, 0x00, 0x02, 0x00, 0x02,                             /* 3: declarative, funcs 0 2 */
      0x04, 0x41, 0x02, 0x0B, 0x02, 0xD2, 0x01, 0x0B, 0xD0, 0x70, 0x0B,  /* 4: active, exprs */
      0x05, 0x6F, 0x01, 0xD0, 0x6F, 0x0B,                       /* 5: passive externref exprs */
      0x06, 0x01, 0x41, 0x03, 0x0B, 0x70, 0x00,                 /* 6: active table 1, no exprs */
      0x07, 0x70, 0x01, 0xD2, 0x02, 0x0B);                      /* 7: declarative exprs */
  section(&m, 9, &s); freebuf(&s);
  SECTION(&m, 12, 0x03);
  SECTION(&m, 10, 0x02, 0x02, 0x00, 0x0B, 0x05, 0x01, 0x01, 0x7F, 0x01, 0x0B);
  PUT(&s, 0x03,
      0x00, 0x41, 0x08, 0x0B, 0x02, 'h', 'i',
      0x01, 0x03, 'a', 'b', 'c',
      0x02, 0x00, 0x41, 0x10, 0x0B, 0x00);
  section(&m, 11, &s); freebuf(&s);
  putname(&s, "other");
  PUT(&s, 0xAA, 0xBB);
  section(&m, 0, &s); freebuf(&s);
  return m;
}

static void check_rich(const wd_module *m, const buf *in, bool borrow) {
  cr_assert_eq(m->nsections, 14);
  static const uint8_t ids[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 10, 11, 0 };
  static const uint32_t counts[] = { 0, 2, 4, 2, 1, 1, 2, 2, 0, 8, 0, 2, 3, 0 };
  for (uint32_t i = 0; i < m->nsections; i++) {
    const wd_section_info *s = &m->sections[i];
    cr_assert_eq(s->id, ids[i], "section %u id %u", i, s->id);
    cr_assert_eq(s->count, counts[i], "section %u count %u", i, s->count);
    cr_assert_leq((size_t)s->offset + s->size, in->n);
    cr_assert_not_null(s->name);
  }
  cr_assert_str_eq(m->sections[0].name, "name");
  cr_assert_str_eq(m->sections[13].name, "other");
  cr_assert_str_eq(m->sections[1].name, "type");
  cr_assert_str_eq(m->sections[11].name, "code");
  cr_assert_eq(m->sections[13].size, 8);
  cr_assert_eq(m->sections[13].offset, in->n - 8);
  cr_assert_eq(m->ncustom, 2);
  cr_assert_eq(m->name_section.len, 4);
  cr_assert_eq(memcmp(m->name_section.ptr, "\x01\x02\x01\x00", 4), 0);

  cr_assert_eq(m->ntypes, 2);
  cr_assert(m->types[0].nparams == 1 && m->types[0].nresults == 1);
  cr_assert(wd_ft_params(&m->types[0])[0] == WD_I32 && wd_ft_results(&m->types[0])[0] == WD_I64);
  cr_assert_eq(m->nimports, 4);
  cr_assert_eq(m->imports[1].kind, WD_EXTERN_TABLE);
  cr_assert(m->imports[1].desc.table.elem == WD_EXTERNREF && m->imports[1].desc.table.lim.has_max &&
            m->imports[1].desc.table.lim.min == 2 && m->imports[1].desc.table.lim.max == 16);
  cr_assert(m->imports[3].desc.global.type == WD_F64 && m->imports[3].desc.global.mut);
  cr_assert(m->nfuncs == 3 && m->nfunc_imports == 1);
  cr_assert(m->func_type[0] == 1 && m->func_type[1] == 0 && m->func_type[2] == 1);
  cr_assert(m->ntables == 2 && m->ntable_imports == 1);
  cr_assert(m->tables[0].elem == WD_EXTERNREF && m->tables[1].elem == WD_FUNCREF && m->tables[1].lim.min == 5 &&
            !m->tables[1].lim.has_max);
  cr_assert(m->nmems == 2 && m->nmem_imports == 1);
  cr_assert(m->mems[0].lim.min == 3 && !m->mems[0].lim.has_max);
  cr_assert(m->mems[1].lim.min == 1 && m->mems[1].lim.max == 2 && m->mems[1].lim.has_max);
  cr_assert(m->nglobals == 3 && m->nglobal_imports == 1);
  cr_assert_eq(m->globals[0].init.len, 0);
  cr_assert(m->globals[1].type.type == WD_I32 && m->globals[1].type.mut);
  cr_assert(m->globals[1].init.len == 3 && !memcmp(m->globals[1].init.bytes, "\x41\x2A\x0B", 3));
  cr_assert(m->globals[2].init.len == 6 && !memcmp(m->globals[2].init.bytes, "\x42\x01\x42\x02\x7C\x0B", 6));
  cr_assert_eq(memcmp(in->p + m->globals[2].init.offset, m->globals[2].init.bytes, 6), 0);
  cr_assert_eq(m->nexports, 2);
  cr_assert(m->exports[0].name.len == 3 && !memcmp(m->exports[0].name.ptr, "run", 3) &&
            m->exports[0].kind == WD_EXTERN_FUNC && m->exports[0].index == 1);
  cr_assert(m->exports[1].kind == WD_EXTERN_MEMORY && m->exports[1].index == 0);
  cr_assert(m->has_start && m->start == 2);

  cr_assert_eq(m->nelems, 8);
  const wd_elem *e = m->elems;
  cr_assert(e[0].mode == WD_SEG_ACTIVE && e[0].table == 0 && e[0].count == 2 && e[0].funcs && !e[0].exprs &&
            e[0].funcs[0] == 1 && e[0].funcs[1] == 2 && e[0].offset.len == 3 && e[0].elemtype == WD_FUNCREF);
  cr_assert(e[1].mode == WD_SEG_PASSIVE && e[1].count == 1 && e[1].funcs[0] == 2);
  cr_assert(e[2].mode == WD_SEG_ACTIVE && e[2].table == 1 && e[2].funcs[0] == 1 && e[2].offset.bytes[1] == 1);
  cr_assert(e[3].mode == WD_SEG_DECLARATIVE && e[3].count == 2 && e[3].funcs[1] == 2);
  cr_assert(e[4].mode == WD_SEG_ACTIVE && e[4].exprs && !e[4].funcs && e[4].count == 2 &&
            e[4].elemtype == WD_FUNCREF);
  cr_assert(e[4].exprs[0].len == 3 && !memcmp(e[4].exprs[0].bytes, "\xD2\x01\x0B", 3));
  cr_assert(e[4].exprs[1].len == 3 && !memcmp(e[4].exprs[1].bytes, "\xD0\x70\x0B", 3));
  cr_assert_eq(memcmp(in->p + e[4].exprs[1].offset, "\xD0\x70\x0B", 3), 0);
  cr_assert(e[5].mode == WD_SEG_PASSIVE && e[5].elemtype == WD_EXTERNREF && e[5].count == 1);
  cr_assert(e[6].mode == WD_SEG_ACTIVE && e[6].table == 1 && e[6].count == 0 && e[6].elemtype == WD_FUNCREF);
  cr_assert(e[7].mode == WD_SEG_DECLARATIVE && e[7].count == 1 && e[7].exprs[0].bytes[1] == 2);
  for (int i = 0; i < 8; i++) cr_assert_eq(in->p[e[i].binary_offset], i, "elem %d binary offset", i);

  cr_assert(m->has_datacount && m->datacount == 3 && m->ndatas == 3);
  const wd_data *d = m->datas;
  cr_assert(d[0].mode == WD_SEG_ACTIVE && d[0].mem == 0 && d[0].len == 2 && !memcmp(d[0].bytes, "hi", 2));
  cr_assert(d[0].offset.len == 3 && d[0].offset.bytes[1] == 8);
  cr_assert(d[1].mode == WD_SEG_PASSIVE && d[1].len == 3 && !memcmp(d[1].bytes, "abc", 3));
  cr_assert(d[2].mode == WD_SEG_ACTIVE && d[2].mem == 0 && d[2].len == 0 && d[2].offset.bytes[1] == 0x10);

  /* borrowed bytes point into the input, copies do not */
  const uint8_t *lo = in->p, *hi = in->p + in->n;
#define INSIDE(ptr) ((const uint8_t *)(ptr) >= lo && (const uint8_t *)(ptr) < hi)
  cr_assert_eq(INSIDE(m->imports[0].module.ptr), borrow);
  cr_assert_eq(INSIDE(m->exports[0].name.ptr), borrow);
  cr_assert_eq(INSIDE(m->globals[1].init.bytes), borrow);
  cr_assert_eq(INSIDE(e[4].exprs[0].bytes), borrow);
  cr_assert_eq(INSIDE(e[0].offset.bytes), borrow);
  cr_assert_eq(INSIDE(d[1].bytes), borrow);
  cr_assert_eq(INSIDE(m->name_section.ptr), borrow);
  cr_assert_not(INSIDE(m->sections[0].name));   /* custom names are always NUL-terminated copies */
#undef INSIDE
}

Test(decode, sections_names_segments_and_borrow) {
  buf m = rich_module();
  for (int borrow = 0; borrow < 2; borrow++) {
    /* decode from a private copy, then scribble over it: copies must survive */
    uint8_t *copy = malloc(m.n);
    memcpy(copy, m.p, m.n);
    buf in = { copy, m.n, m.n };
    wd_decode_opts o = { .features = WD_FEATURE_REFERENCE_TYPES, .borrow = borrow };   /* an externref table */
    wd_error e;
    wd_module *mod = wd_decode(copy, m.n, &o, &e);
    cr_assert_not_null(mod, "%s", e.message);
    check_rich(mod, &in, borrow);
    for (uint32_t i = 0; i < wd_module_ndefined(mod); i++) cr_assert(wd_scan_body(mod, i, &e), "%s", e.message);
    if (!borrow) {
      memset(copy, 0xEE, m.n);
      cr_assert_eq(memcmp(mod->datas[1].bytes, "abc", 3), 0);
      cr_assert_eq(memcmp(mod->imports[2].name.ptr, "m", 1), 0);
      cr_assert_eq(memcmp(mod->elems[4].exprs[1].bytes, "\xD0\x70\x0B", 3), 0);
      cr_assert_eq(mod->name_section.ptr[0], 0x01);
      wd_slice s;
      cr_assert(mod->layout->get_body(wd_module_record(mod, 1), &s));
      cr_assert(s.len == 5 && s.ptr[0] == 0x01 && s.ptr[4] == 0x0B);
    }
    wd_module_release(mod);
    free(copy);
  }
  freebuf(&m);
}

Test(decode, features_are_recorded) {
  buf m = header();
  wd_decode_opts o = { .features = WD_FEATURE_TAIL_CALL | WD_FEATURE_SIMD };
  wd_error e;
  wd_module *mod = wd_decode(m.p, m.n, &o, &e);
  cr_assert_not_null(mod);
  cr_assert_eq(mod->features, WD_FEATURE_TAIL_CALL | WD_FEATURE_SIMD);
  cr_assert_eq(mod->layout, wd_layout_find(WD_DEFAULT_LAYOUT));
  cr_assert_eq(mod->al, wd_default_allocator());
  cr_assert_eq(mod->engine, NULL);
  wd_module_release(mod);
  freebuf(&m);
  (void)all_features;
}

Test(decode, body_offsets_with_compiled_records) {
  const uint32_t n = 300;
  buf *bodies = calloc(n, sizeof *bodies);
  for (uint32_t i = 0; i < n; i++) bodies[i] = body_of_size(i * 3 + 1);
  buf m = one_type_module(n, bodies, n, NULL);
  for (const wd_layout *const *L = wd_layout_all(); *L; L++) {
    wd_decode_opts o = { .layout = *L };
    wd_error e;
    wd_module *mod = wd_decode(m.p, m.n, &o, &e);
    cr_assert_not_null(mod, "%s", e.message);
    uint32_t *want = calloc(n, sizeof *want);
    for (uint32_t i = 0; i < n; i++) {
      want[i] = wd_body_offset(mod, i);
      cr_assert_neq(want[i], WD_NO_OFFSET);
      cr_assert_eq(memcmp(m.p + want[i], bodies[i].p, bodies[i].n), 0, "%s: body %u not at 0x%x", (*L)->name, i,
                   want[i]);
      if (i) cr_assert_eq(want[i], want[i - 1] + bodies[i - 1].n + (bodies[i].n >= 128 ? 2 : 1));
    }
    /* compile function 70: offsets behind it in its stretch of records are no longer known */
    const uint8_t *code = wd_arena_dup(&mod->arena, "\1\2\3\4", 4, 8);
    cr_assert_not_null(code);
    wd_compiled c = { code, 4, 3 };
    cr_assert((*L)->set_code(wd_module_record(mod, 70), &mod->arena, &c));
    cr_assert(wd_scan_body(mod, 70, &e));   /* compiled: checked before */
    for (uint32_t i = 0; i < n; i++) {
      uint32_t got = wd_body_offset(mod, i);
      if (got != WD_NO_OFFSET) cr_assert_eq(got, want[i], "%s: body %u", (*L)->name, i);
      else cr_assert(i >= 70 && i < 128, "%s: body %u lost its offset", (*L)->name, i);
    }
    cr_assert_eq(wd_body_offset(mod, 69), want[69]);
    cr_assert_eq(wd_body_offset(mod, 128), want[128]);
    cr_assert_eq(wd_body_offset(mod, 64), want[64]);
    free(want);
    wd_module_release(mod);
  }
  for (uint32_t i = 0; i < n; i++) freebuf(&bodies[i]);
  free(bodies);
  freebuf(&m);
}
