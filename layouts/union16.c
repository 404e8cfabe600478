/* union16.c — the `union16` function-record layout (the default): exactly 16 bytes per record.
 *
 * Byte 0 says what the record holds:
 *   0x00         empty
 *   0x80 | len   body of len <= 15 bytes, inline in bytes 1..15
 *   BODY         body referred to where it is (not copied): u32 len at byte 4, pointer at byte 8
 *   CODE         compiled: frame_slots in 24 bits (bytes 1..3), u32 code_len at 4, code pointer at 8
 *   CODE_ESC     compiled with frame_slots >= 2^24: pointer at byte 8 to a 16-byte arena header
 * Knows only layout.h and the arena.
 */
#include <string.h>
#include "layout.h"

enum { EMPTY = 0x00, BODY = 0x01, CODE = 0x02, CODE_ESC = 0x03, INLINE = 0x80 };
#define INLINE_MAX 15u
#define FS_BITS_MAX 0xFFFFFFu

typedef struct u16_esc {
  const uint8_t *code;
  uint32_t code_len, frame_slots;
} u16_esc;

typedef union u16_rec {
  uint8_t b[16];
  struct { uint8_t tag, pad[3]; uint32_t len; const uint8_t *ptr; } o;
  struct { uint8_t tag, fs_lo; uint16_t fs_hi; uint32_t code_len; const uint8_t *code; } c;
  struct { uint8_t tag, pad[3]; uint32_t unused; const u16_esc *esc; } e;
} u16_rec;

_Static_assert(sizeof(u16_rec) == 16, "union16 record must be exactly 16 bytes");

static bool u16_set_body(void *rec, wd_arena *arena, const uint8_t *bytes, uint32_t len) {
  u16_rec *r = rec;
  if (len <= INLINE_MAX) {
    if (len) memcpy(r->b + 1, bytes, len);
    r->b[0] = (uint8_t)(INLINE | len);
    return true;
  }
  (void)arena;
  r->o.tag = BODY;
  r->o.len = len;
  r->o.ptr = bytes;
  return true;
}

static size_t u16_body_arena_bytes(uint32_t len) { (void)len; return 0; }

static bool u16_get_body(const void *rec, wd_slice *out) {
  const u16_rec *r = rec;
  uint8_t t = r->b[0];
  if (t & INLINE) {
    out->ptr = r->b + 1;
    out->len = t & 0x7Fu;
    return true;
  }
  if (t != BODY) return false;
  out->ptr = r->o.ptr;
  out->len = r->o.len;
  return true;
}

static bool u16_set_code(void *rec, wd_arena *arena, const wd_compiled *code) {
  u16_rec *r = rec;
  if (code->frame_slots <= FS_BITS_MAX) {
    r->c.tag = CODE;
    r->c.fs_lo = (uint8_t)code->frame_slots;
    r->c.fs_hi = (uint16_t)(code->frame_slots >> 8);
    r->c.code_len = code->code_len;
    r->c.code = code->code;
    return true;
  }
  u16_esc *h = wd_arena_alloc(arena, sizeof *h, _Alignof(u16_esc));
  if (!h) return false;
  *h = (u16_esc){ code->code, code->code_len, code->frame_slots };
  r->e.tag = CODE_ESC;
  r->e.esc = h;
  return true;
}

static bool u16_get_code(const void *rec, wd_compiled *out) {
  const u16_rec *r = rec;
  if (r->b[0] == CODE) {
    out->code = r->c.code;
    out->code_len = r->c.code_len;
    out->frame_slots = r->c.fs_lo | (uint32_t)r->c.fs_hi << 8;
    return true;
  }
  if (r->b[0] != CODE_ESC) return false;
  const u16_esc *h = r->e.esc;
  out->code = h->code;
  out->code_len = h->code_len;
  out->frame_slots = h->frame_slots;
  return true;
}

static bool u16_is_compiled(const void *rec) {
  uint8_t t = ((const u16_rec *)rec)->b[0];
  return t == CODE || t == CODE_ESC;
}

static size_t u16_extra_bytes(const void *rec) {
  const u16_rec *r = rec;
  return r->b[0] == CODE_ESC ? sizeof(u16_esc) : 0;
}

const wd_layout wd_layout_union16 = {
  .name = "union16",
  .record_size = sizeof(u16_rec),
  .record_align = _Alignof(u16_rec),
  .set_body = u16_set_body,
  .get_body = u16_get_body,
  .set_code = u16_set_code,
  .get_code = u16_get_code,
  .is_compiled = u16_is_compiled,
  .extra_bytes = u16_extra_bytes,
  .body_arena_bytes = u16_body_arena_bytes,
};
