/* decode_instr.h — internal to the decode stage: what the module decoder (decode.c) uses of the
 * instruction side (decode_instr.c): the end-of-input error, the value-type byte reader, the constant
 * expression walk, the minimal LEB128 length, the body-offset stride and inline fast paths of two
 * readers. Not a public interface.
 *
 * May touch: only the reader passed to its inline functions.
 */
#ifndef WD_DECODE_INSTR_H
#define WD_DECODE_INSTR_H
#include "module.h"

/* Body offsets: the decoder notes where every BODY_MARK_STRIDE-th body starts (see wd_body_offset). */
#define BODY_MARK_STRIDE 64u

/* Bytes of the minimal unsigned LEB128 encoding of v. */
static inline uint32_t leb_len(uint32_t v) {
  uint32_t n = 1;
  while (v >= 0x80) { v >>= 7; n++; }
  return n;
}

/* "unexpected end of section or function" at the reader's offset; always false. */
bool wd_decode_fail_eof(const wd_reader *r, wd_error *err);
/* One value type (ref: a reference type only), with its heap type for typed references. */
bool wd_decode_read_typebyte(wd_reader *r, uint32_t features, bool ref, uint8_t *out, wd_error *err);
/* Walk one expression up to its final `end` (m may be NULL: then no body-level checks). */
bool wd_decode_walk_expr(wd_reader *r, uint32_t features, const wd_module *m, const wd_allocator *al,
                         wd_error *err);

/* Inline copies of wd_read_u32's one- and two-byte fast paths and of wd_read_bytes for the module decoder's hot
 * loops (the code section), which no longer sit in the readers' translation unit; same results. */
static inline bool wd_read_u32_fast(wd_reader *r, uint32_t *out, wd_error *err) {
  if (r->p < r->end && !(*r->p & 0x80)) {
    *out = *r->p++;
    return true;
  }
  if (r->end - r->p >= 2 && !(r->p[1] & 0x80)) {   /* two bytes (body sizes): 14 bits, always in range */
    *out = (uint32_t)(r->p[0] & 0x7F) | (uint32_t)r->p[1] << 7;
    r->p += 2;
    return true;
  }
  return wd_read_u32(r, out, err);
}
static inline bool wd_read_bytes_fast(wd_reader *r, uint32_t n, const uint8_t **out, wd_error *err) {
  if ((size_t)(r->end - r->p) < n) return wd_decode_fail_eof(r, err);
  *out = r->p;
  r->p += n;
  return true;
}

#endif
