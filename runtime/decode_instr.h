/* decode_instr.h — the instruction side of the decoder (decode_instr.c), in two parts:
 *   - the instruction reader every later stage uses: the opcode table (wd_opinfo_table), wd_read_instr
 *     (inline fast path for the commonest shapes) and wd_read_instr_full behind it, the opcode lookup
 *     tables it needs; validate, translate, exec, instance and atomics include this header for it;
 *   - what the module decoder (decode.c) alone uses: the end-of-input error, the value-type byte
 *     reader, the constant expression walk, the minimal LEB128 length, the body-offset stride and
 *     inline fast paths of two readers.
 * module.h keeps the module, the byte reader and wd_instr; it declares nothing decode_instr.c defines.
 *
 * May touch: only the reader passed to its inline functions.
 */
#ifndef WD_DECODE_INSTR_H
#define WD_DECODE_INSTR_H
#include "module.h"

/* ---------------------------------------------------------------- the instruction reader (every stage) */

extern const wd_opinfo wd_opinfo_table[WD_OP__COUNT];   /* opcode -> prefix, code, immediate, signature, mnemonic */

/* Reads one instruction and its immediates. Rejects opcodes unknown to the table ("illegal opcode"),
 * prefixed opcodes whose feature is off, and malformed immediates ("zero byte expected" for a
 * memory/table index byte without multi-memory, ...). Does no typing.
 * wd_read_instr_full (decode_instr.c) is the reader; wd_read_instr below only answers the commonest shapes
 * itself (one-byte opcode with no immediate, or with one index or i32 of at most 4 LEB128 bytes, or a
 * memarg without memory index and an offset of at most 4 bytes, or an empty block type) and hands
 * everything else to it, so that the
 * validator and the translator do not pay a call and a switch per instruction. */
bool wd_read_instr_full(wd_reader *r, uint32_t features, wd_instr *out, wd_error *err);

extern const uint16_t wd_op_main[256];          /* byte -> opcode + 1 (0: prefix or no such opcode) */
extern const uint8_t wd_op_imm[WD_OP__COUNT];   /* opcode -> wd_imm */
extern const uint16_t wd_op_feature[WD_OP__COUNT];   /* opcode -> the WD_FEATURE_* bits it needs (0: core) */

/* An LEB128 of at most 4 bytes (28 value bits) at p, which has at least 4 readable bytes; NULL for
 * anything longer (left to the full reader, which applies the length and unused-bit rules). */
static inline const uint8_t *wd_leb28(const uint8_t *p, uint32_t *v, unsigned *bits) {
  uint32_t x = p[0] & 0x7Fu;
  if (!(p[0] & 0x80)) { *v = x; *bits = 7; return p + 1; }
  x |= (uint32_t)(p[1] & 0x7F) << 7;
  if (!(p[1] & 0x80)) { *v = x; *bits = 14; return p + 2; }
  x |= (uint32_t)(p[2] & 0x7F) << 14;
  if (!(p[2] & 0x80)) { *v = x; *bits = 21; return p + 3; }
  x |= (uint32_t)(p[3] & 0x7F) << 21;
  if (!(p[3] & 0x80)) { *v = x; *bits = 28; return p + 4; }
  return NULL;
}

static inline __attribute__((always_inline)) bool wd_read_instr(wd_reader *r, uint32_t features, wd_instr *out,
                                                                wd_error *err) {
  const uint8_t *p = r->p;
  if (__builtin_expect(r->end - p >= 6, 1)) {
    uint32_t op = wd_op_main[p[0]];
    if (op) {
      op -= 1;
      uint32_t at = r->base_offset == WD_NO_OFFSET ? WD_NO_OFFSET : r->base_offset + (uint32_t)(p - r->base);
      const uint8_t *q;
      uint32_t v;
      unsigned bits;
      /* Conditional branches in order of frequency rather than a jump table: one indirect jump per
       * instruction is the most expensive thing a validator does. */
      uint8_t imm = wd_op_imm[op];
      if (imm == IMM_NONE) {
        out->op = (uint16_t)op; out->offset = at; r->p = p + 1;
        return true;
      }
      if (imm == IMM_LOCAL || imm == IMM_LABEL || imm == IMM_GLOBAL || (imm == IMM_FUNC && op != WD_OP_RETURN_CALL)) {
        if ((q = wd_leb28(p + 1, &v, &bits))) {             /* return_call: its feature is checked there */
          out->op = (uint16_t)op; out->offset = at; out->imm.idx = v; r->p = q;
          return true;
        }
      } else if (imm == IMM_MEMARG) {
        if (p[1] < 64 && (q = wd_leb28(p + 2, &v, &bits))) {  /* bit 6: a memory index follows */
          out->op = (uint16_t)op; out->offset = at;
          out->imm.memarg.align = p[1]; out->imm.memarg.mem = 0; out->imm.memarg.offset = v;
          out->imm.memarg.lane = 0;
          r->p = q;
          return true;
        }
      } else if (imm == IMM_I32) {
        if ((q = wd_leb28(p + 1, &v, &bits))) {
          out->op = (uint16_t)op; out->offset = at;
          out->imm.i32 = (int32_t)(v << (32 - bits)) >> (32 - bits);   /* sign-extend from the last bit */
          r->p = q;
          return true;
        }
      } else if (imm == IMM_BLOCKTYPE && p[1] == 0x40) {
        out->op = (uint16_t)op; out->offset = at;
        out->imm.block.kind = WD_BT_EMPTY; out->imm.block.valtype = 0; out->imm.block.type_idx = 0;
        r->p = p + 2;
        return true;
      }
    }
  }
  return wd_read_instr_full(r, features, out, err);
}

/* ---------------------------------------------------------------- the module decoder's side (decode.c) */

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
