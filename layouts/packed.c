/* packed.c — the `packed` function-record layout: one 64-bit word per record (8 bytes).
 *
 * The low 3 bits of the word say what it holds; the rest is packed per state:
 *   0 EMPTY     the word is 0
 *   1 INLINE    body of len <= 7 bytes: bits 3..5 = len, the record's other 7 bytes hold the body
 *   2 BODY      body referred to where it is (never copied): bits 3..15 = len (< 8192),
 *               bits 16..63 = pointer (when it fits in 48 bits, as user-space pointers do)
 *   3 CODE      compiled, small: bits 3..18 = code_len (u16), bits 19..34 = frame_slots (u16),
 *               bits 35..63 = signed byte offset of the code from the record itself (+-256 MiB)
 *   4 ESC_BODY  the word minus its tag points to an 8-aligned arena header {pointer, len} (longer bodies)
 *   5 ESC_CODE  the word minus its tag points to an 8-aligned arena header {code, code_len, frame_slots}
 * Whatever does not fit the compact forms takes an escape, so every body and every compiled form
 * round-trips exactly as in the other layouts. The CODE form is position-dependent: a compiled record
 * must be read where it was written (records live in place in the module's record array).
 * Knows only layout.h and the arena.
 */
#include <string.h>
#include "layout.h"

enum { EMPTY = 0, INLINE = 1, BODY = 2, CODE = 3, ESC_BODY = 4, ESC_CODE = 5 };
#define TAG_MASK 7u
#define INLINE_MAX 7u
#define BODY_LEN_MAX 0x1FFFu                 /* 13 bits */
#define PTR_BITS 48
#define U16_MAX 0xFFFFu
#define OFF_BITS 29                          /* signed offset in bits 35..63 */
#define OFF_SIGN ((uint64_t)1 << (OFF_BITS - 1))

/* Where the tag byte (the word's low byte) and the inline body bytes sit in memory. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define TAG_AT 7
#define DATA_AT 0
#else
#define TAG_AT 0
#define DATA_AT 1
#endif

typedef struct pk_esc {
  const uint8_t *ptr;            /* body or code */
  uint32_t len;                  /* body length or code_len */
  uint32_t frame_slots;          /* compiled only */
} pk_esc;

typedef struct pk_rec { uint64_t w; } pk_rec;
_Static_assert(sizeof(pk_rec) <= 16, "packed record must be at most 16 bytes");
_Static_assert(sizeof(pk_rec) == 8, "packed record is one word");

static inline uint64_t load(const void *rec) {
  uint64_t w;
  memcpy(&w, rec, sizeof w);
  return w;
}
static inline void store(void *rec, uint64_t w) { memcpy(rec, &w, sizeof w); }
static inline uint64_t addr(const void *p) { return (uint64_t)(uintptr_t)p; }
static inline const void *ptr_of(uint64_t a) { return (const void *)(uintptr_t)a; }

/* An escape header in the arena; the word that points at it (8-aligned, so the tag bits are free). */
static bool escape(void *rec, wd_arena *arena, unsigned tag, const uint8_t *p, uint32_t len, uint32_t fs) {
  pk_esc *h = wd_arena_alloc(arena, sizeof *h, 8);
  if (!h) return false;
  *h = (pk_esc){ p, len, fs };
  store(rec, addr(h) | tag);
  return true;
}
static inline const pk_esc *esc_of(uint64_t w) { return ptr_of(w & ~(uint64_t)TAG_MASK); }

static bool pk_set_body(void *rec, wd_arena *arena, const uint8_t *bytes, uint32_t len) {
  if (len <= INLINE_MAX) {
    uint8_t b[8] = { 0 };
    b[TAG_AT] = (uint8_t)(len << 3 | INLINE);
    if (len) memcpy(b + DATA_AT, bytes, len);
    memcpy(rec, b, sizeof b);
    return true;
  }
  if (len <= BODY_LEN_MAX && addr(bytes) >> PTR_BITS == 0) {
    store(rec, addr(bytes) << 16 | (uint64_t)len << 3 | BODY);
    return true;
  }
  return escape(rec, arena, ESC_BODY, bytes, len, 0);
}

/* Inline and short bodies: nothing. Longer ones: an 8-aligned escape header. (A short body above the
 * 48-bit pointer range also escapes; no x86-64 or AArch64 user-space address is, and if one were the
 * arena would simply take another chunk.) */
static size_t pk_body_arena_bytes(uint32_t len) {
  return len <= BODY_LEN_MAX ? 0 : 7 + sizeof(pk_esc);
}

static bool pk_get_body(const void *rec, wd_slice *out) {
  uint64_t w = load(rec);
  switch (w & TAG_MASK) {
  case INLINE:
    out->ptr = (const uint8_t *)rec + DATA_AT;
    out->len = (uint32_t)(w >> 3) & INLINE_MAX;
    return true;
  case BODY:
    out->ptr = ptr_of(w >> 16);
    out->len = (uint32_t)(w >> 3) & BODY_LEN_MAX;
    return true;
  case ESC_BODY: {
    const pk_esc *h = esc_of(w);
    out->ptr = h->ptr;
    out->len = h->len;
    return true;
  }
  default:
    return false;
  }
}

static bool pk_set_code(void *rec, wd_arena *arena, const wd_compiled *code) {
  uint64_t off = addr(code->code) - addr(rec);          /* two's complement, modulo 2^64 */
  if (code->code_len <= U16_MAX && code->frame_slots <= U16_MAX && off + OFF_SIGN < 2 * OFF_SIGN) {
    store(rec, (off & (2 * OFF_SIGN - 1)) << 35 | (uint64_t)code->frame_slots << 19 |
                   (uint64_t)code->code_len << 3 | CODE);
    return true;
  }
  return escape(rec, arena, ESC_CODE, code->code, code->code_len, code->frame_slots);
}

static bool pk_get_code(const void *rec, wd_compiled *out) {
  uint64_t w = load(rec);
  switch (w & TAG_MASK) {
  case CODE: {
    uint64_t off = ((w >> 35) ^ OFF_SIGN) - OFF_SIGN;   /* sign-extend the 29-bit offset */
    out->code = ptr_of(addr(rec) + off);
    out->code_len = (uint32_t)(w >> 3) & U16_MAX;
    out->frame_slots = (uint32_t)(w >> 19) & U16_MAX;
    return true;
  }
  case ESC_CODE: {
    const pk_esc *h = esc_of(w);
    out->code = h->ptr;
    out->code_len = h->len;
    out->frame_slots = h->frame_slots;
    return true;
  }
  default:
    return false;
  }
}

static bool pk_is_compiled(const void *rec) {
  uint64_t t = load(rec) & TAG_MASK;
  return t == CODE || t == ESC_CODE;
}

static size_t pk_extra_bytes(const void *rec) {
  uint64_t w = load(rec);
  switch (w & TAG_MASK) {
  case ESC_BODY: case ESC_CODE: return sizeof(pk_esc);
  default: return 0;
  }
}

const wd_layout wd_layout_packed = {
  .name = "packed",
  .record_size = sizeof(pk_rec),
  .record_align = _Alignof(pk_rec),
  .set_body = pk_set_body,
  .get_body = pk_get_body,
  .set_code = pk_set_code,
  .get_code = pk_get_code,
  .is_compiled = pk_is_compiled,
  .extra_bytes = pk_extra_bytes,
  .body_arena_bytes = pk_body_arena_bytes,
};
