/* enum.c — the `enum` function-record layout: a plain tagged union, the reference the others are
 * measured against.
 *
 * A 24-byte record whose first byte is the tag (EMPTY, BODY_INLINE, BODY_REF, COMPILED). Bodies of up
 * to 22 bytes live in the record; larger ones are referred to where they are (pointer + u32 length,
 * never copied); the compiled form is stored whole (pointer, u32 code_len, u32
 * frame_slots). Every accessor checks the tag and refuses a record of the wrong kind. Knows only
 * layout.h and the arena.
 */
#include <string.h>
#include "layout.h"

enum { EMPTY = 0, BODY_INLINE = 1, BODY_REF = 2, COMPILED = 3 };
#define INLINE_MAX 22u

/* Every member starts with the tag byte (common initial sequence), so `tag` reads it in every state. */
typedef union enum_rec {
  uint8_t tag;
  struct { uint8_t tag, len; uint8_t bytes[INLINE_MAX]; } in;
  struct { uint8_t tag; uint32_t len; const uint8_t *ptr; } ar;
  struct { uint8_t tag; uint32_t code_len; const uint8_t *code; uint32_t frame_slots; } co;
} enum_rec;

_Static_assert(sizeof(enum_rec) <= 32, "enum record must be at most 32 bytes");
_Static_assert(sizeof(enum_rec) == 24 || sizeof(void *) != 8, "enum record is 24 bytes on 64-bit");

static bool enum_set_body(void *rec, wd_arena *arena, const uint8_t *bytes, uint32_t len) {
  enum_rec *r = rec;
  if (len <= INLINE_MAX) {
    enum_rec n = { .in = { .tag = BODY_INLINE, .len = (uint8_t)len } };
    if (len) memcpy(n.in.bytes, bytes, len);
    *r = n;
    return true;
  }
  (void)arena;
  *r = (enum_rec){ .ar = { .tag = BODY_REF, .len = len, .ptr = bytes } };
  return true;
}

static size_t enum_body_arena_bytes(uint32_t len) { (void)len; return 0; }

static bool enum_get_body(const void *rec, wd_slice *out) {
  const enum_rec *r = rec;
  switch (r->tag) {
  case BODY_INLINE: out->ptr = r->in.bytes; out->len = r->in.len; return true;
  case BODY_REF: out->ptr = r->ar.ptr; out->len = r->ar.len; return true;
  default: return false;
  }
}

static bool enum_set_code(void *rec, wd_arena *arena, const wd_compiled *code) {
  (void)arena;
  *(enum_rec *)rec = (enum_rec){ .co = { .tag = COMPILED, .code_len = code->code_len, .code = code->code,
                                         .frame_slots = code->frame_slots } };
  return true;
}

static bool enum_get_code(const void *rec, wd_compiled *out) {
  const enum_rec *r = rec;
  if (r->tag != COMPILED) return false;
  out->code = r->co.code;
  out->code_len = r->co.code_len;
  out->frame_slots = r->co.frame_slots;
  return true;
}

static bool enum_is_compiled(const void *rec) { return ((const enum_rec *)rec)->tag == COMPILED; }

static size_t enum_extra_bytes(const void *rec) { (void)rec; return 0; }

const wd_layout wd_layout_enum = {
  .name = "enum",
  .record_size = sizeof(enum_rec),
  .record_align = _Alignof(enum_rec),
  .set_body = enum_set_body,
  .get_body = enum_get_body,
  .set_code = enum_set_code,
  .get_code = enum_get_code,
  .is_compiled = enum_is_compiled,
  .extra_bytes = enum_extra_bytes,
  .body_arena_bytes = enum_body_arena_bytes,
};
