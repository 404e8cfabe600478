/* decode_instr.c — the decoder's instruction side: the opcode tables, the byte/LEB128 reader, the
 * instruction reader (wd_read_instr_full, catches, locals), the structured walk of an expression and the
 * function bodies (their offsets, wd_scan_body). Everything read is bounds-checked; error messages use the
 * spec's wording and carry the module offset. The module decoder (sections, index spaces) is decode.c.
 *
 * May touch: the reader it is given, the module's body-offset tables (wd_body_offsets_freeze), wd_fail.
 * Nothing global is written.
 */
#include <string.h>
#include "module.h"
#include "decode_instr.h"

/* ---------------------------------------------------------------- opcode tables */

const wd_opinfo wd_opinfo_table[WD_OP__COUNT] = {
#define OP(name, prefix, code, imm, sig, memsz, text) \
  [WD_OP_##name] = { (prefix), (code), (imm), (memsz), (sig), (text) },
#include "opcodes.def"
#undef OP
};

/* Byte -> opcode + 1 (0 = no such opcode) for each opcode space, built at compile time: the prefix
 * column of opcodes.def is pasted onto a selector name so that each table only sees its own rows. */
#define SEL_MAIN_0(name, code) [code] = WD_OP_##name + 1,
#define SEL_MAIN_0xFC(name, code)
#define SEL_MAIN_0xFD(name, code)
#define SEL_MAIN_0xFE(name, code)
#define SEL_FC_0(name, code)
#define SEL_FC_0xFC(name, code) [code] = WD_OP_##name + 1,
#define SEL_FC_0xFD(name, code)
#define SEL_FC_0xFE(name, code)
#define SEL_FD_0(name, code)
#define SEL_FD_0xFC(name, code)
#define SEL_FD_0xFD(name, code) [code] = WD_OP_##name + 1,
#define SEL_FD_0xFE(name, code)
#define SEL_FE_0(name, code)
#define SEL_FE_0xFC(name, code)
#define SEL_FE_0xFD(name, code)
#define SEL_FE_0xFE(name, code) [code] = WD_OP_##name + 1,

const uint16_t wd_op_main[256] = {
#define OP(name, prefix, code, imm, sig, memsz, text) SEL_MAIN_##prefix(name, code)
#include "opcodes.def"
#undef OP
};
#define FC_SPACE 32u
static const uint16_t op_fc[FC_SPACE] = {
#define OP(name, prefix, code, imm, sig, memsz, text) SEL_FC_##prefix(name, code)
#include "opcodes.def"
#undef OP
};
#define FD_SPACE 0x114u
static const uint16_t op_fd[FD_SPACE] = {
#define OP(name, prefix, code, imm, sig, memsz, text) SEL_FD_##prefix(name, code)
#include "opcodes.def"
#undef OP
};
#define FE_SPACE 0x4Fu
static const uint16_t op_fe[FE_SPACE] = {
#define OP(name, prefix, code, imm, sig, memsz, text) SEL_FE_##prefix(name, code)
#include "opcodes.def"
#undef OP
};

/* Each opcode's immediate kind, packed (the reader's hot path looks only at this). */
const uint8_t wd_op_imm[WD_OP__COUNT] = {
#define OP(name, prefix, code, imm, sig, memsz, text) [WD_OP_##name] = (imm),
#include "opcodes.def"
#undef OP
};

_Static_assert(WD_OP__COUNT < 0xFFFF, "opcode numbers fit the lookup tables");

/* The feature each opcode needs (0: core), from its PREFIX and CODE in opcodes.def: 0xFD is SIMD (and
 * from 0x100 relaxed SIMD), return_call(_indirect) tail-call, 0xFC 19-22 wide arithmetic. The decoder
 * refuses an opcode whose feature is off; the validator records the features a module uses from it. */
#define FEAT_0(code) ((code) == 0x12 || (code) == 0x13 ? WD_FEATURE_TAIL_CALL                                  \
                      : ((code) >= 0x06 && (code) <= 0x0A) || (code) == 0x18 || (code) == 0x19 || (code) == 0x1F \
                          ? WD_FEATURE_EXCEPTIONS                                                              \
                      : (code) == 0x14 || ((code) >= 0xD4 && (code) <= 0xD6) ? WD_FEATURE_FUNCTION_REFERENCES  \
                      : (code) == 0x15 ? WD_FEATURE_FUNCTION_REFERENCES | WD_FEATURE_TAIL_CALL               \
                      : ((code) >= 0xD0 && (code) <= 0xD2) || (code) == 0x1C || (code) == 0x25 || (code) == 0x26 \
                          ? WD_FEATURE_REFERENCE_TYPES : 0u)
#define FEAT_0xFC(code) ((code) >= 19 && (code) <= 22 ? WD_FEATURE_WIDE_ARITHMETIC                            \
                         : (code) >= 15 && (code) <= 17 ? WD_FEATURE_REFERENCE_TYPES : 0u)
#define FEAT_0xFD(code) (WD_FEATURE_SIMD | ((code) >= 0x100 ? WD_FEATURE_RELAXED_SIMD : 0u))
#define FEAT_0xFE(code) WD_FEATURE_THREADS
const uint16_t wd_op_feature[WD_OP__COUNT] = {
#define OP(name, prefix, code, imm, sig, memsz, text) [WD_OP_##name] = (uint16_t)FEAT_##prefix(code),
#include "opcodes.def"
#undef OP
};
_Static_assert(WD_FEATURE_REFERENCE_TYPES <= 0xFFFF, "opcode features fit wd_op_feature");

/* ---------------------------------------------------------------- byte reader */

bool wd_decode_fail_eof(const wd_reader *r, wd_error *err) {
  return wd_fail(err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), NULL);
}

bool wd_read_u8(wd_reader *r, uint8_t *out, wd_error *err) {
  if (r->p >= r->end) return wd_decode_fail_eof(r, err);
  *out = *r->p++;
  return true;
}

/* LEB128 of at most `bits` bits (the reference interpreter's rules): a byte when no value bits are
 * left is "integer representation too long"; in the last byte the bits beyond `bits` must be zero
 * (unsigned) or copies of the sign bit (signed), else "integer too large". */
static bool read_leb(wd_reader *r, int bits, bool is_signed, uint64_t *out, wd_error *err) {
  uint64_t result = 0;
  unsigned shift = 0;
  int left = bits;
  uint8_t b;
  for (;;) {
    if (left <= 0)
      return wd_fail(err, WD_E_INT_TOO_LONG, wd_reader_offset(r), "more than %d bytes for a %d-bit integer",
                     (bits + 6) / 7, bits);
    if (r->p >= r->end) return wd_decode_fail_eof(r, err);
    b = *r->p;
    if (left < 7) {
      if (!is_signed) {
        if ((b & 0x7f) >= (1u << left))
          return wd_fail(err, WD_E_INT_TOO_LARGE, wd_reader_offset(r), "unused bits set in a u%d", bits);
      } else {
        uint8_t mask = (uint8_t)((0xffu << (left - 1)) & 0x7f);
        if ((b & mask) != 0 && (b & mask) != mask)
          return wd_fail(err, WD_E_INT_TOO_LARGE, wd_reader_offset(r),
                         "unused bits of an s%d are not its sign", bits);
      }
    }
    r->p++;
    result |= (uint64_t)(b & 0x7f) << shift;
    shift += 7;
    left -= 7;
    if (!(b & 0x80)) break;
  }
  if (is_signed && shift < 64 && (b & 0x40)) result |= ~(uint64_t)0 << shift;
  *out = result;
  return true;
}

bool wd_read_u32(wd_reader *r, uint32_t *out, wd_error *err) {
  if (r->p < r->end && !(*r->p & 0x80)) {
    *out = *r->p++;
    return true;
  }
  if (r->end - r->p >= 5) {                      /* up to five bytes in line; anything wrong: read_leb */
    const uint8_t *p = r->p;
    uint32_t x = 0;
    for (unsigned i = 0; i < 4; i++) {
      x |= (uint32_t)(p[i] & 0x7F) << (7 * i);
      if (!(p[i] & 0x80)) {
        *out = x;
        r->p = p + i + 1;
        return true;
      }
    }
    if (p[4] < 0x10) {                           /* the fifth byte: 4 value bits, no continuation */
      *out = x | (uint32_t)p[4] << 28;
      r->p = p + 5;
      return true;
    }
  }
  uint64_t v;
  if (!read_leb(r, 32, false, &v, err)) return false;
  *out = (uint32_t)v;
  return true;
}

bool wd_read_s32(wd_reader *r, int32_t *out, wd_error *err) {
  if (r->p < r->end && !(*r->p & 0x80)) {
    uint8_t b = *r->p++;
    *out = (b & 0x40) ? (int32_t)b - 0x80 : (int32_t)b;
    return true;
  }
  uint64_t v;
  if (!read_leb(r, 32, true, &v, err)) return false;
  *out = (int32_t)(uint32_t)v;
  return true;
}

bool wd_read_s33(wd_reader *r, int64_t *out, wd_error *err) {
  uint64_t v;
  if (!read_leb(r, 33, true, &v, err)) return false;
  *out = (int64_t)v;
  return true;
}

bool wd_read_s64(wd_reader *r, int64_t *out, wd_error *err) {
  uint64_t v;
  if (!read_leb(r, 64, true, &v, err)) return false;
  *out = (int64_t)v;
  return true;
}

bool wd_read_u64(wd_reader *r, uint64_t *out, wd_error *err) {
  return read_leb(r, 64, false, out, err);
}

bool wd_read_bytes(wd_reader *r, uint32_t n, const uint8_t **out, wd_error *err) {
  if ((size_t)(r->end - r->p) < n) return wd_decode_fail_eof(r, err);
  *out = r->p;
  r->p += n;
  return true;
}


/* ---------------------------------------------------------------- instructions */

static bool illegal(wd_error *err, uint32_t at, unsigned prefix, uint32_t code) {
  if (prefix) return wd_fail(err, WD_E_ILLEGAL_OPCODE, at, "0x%02x 0x%x", prefix, code);
  return wd_fail(err, WD_E_ILLEGAL_OPCODE, at, "0x%02x", code);
}

/* An opcode this decoder knows whose feature is off: still "illegal opcode" (what the format without
 * the feature makes of it), naming the feature. `missing` is the feature bits needed and not enabled. */
static bool feature_off(wd_error *err, uint32_t at, unsigned prefix, uint32_t code, uint32_t missing) {
  const char *name = wd_feature_name(missing & -missing);   /* the lowest: simd before relaxed-simd */
  if (prefix)
    return wd_fail(err, WD_E_ILLEGAL_OPCODE, at, "0x%02x 0x%x needs feature %s (disabled)", prefix, code, name);
  return wd_fail(err, WD_E_ILLEGAL_OPCODE, at, "0x%02x needs feature %s (disabled)", code, name);
}

/* A heap type (s33): an abstract one (func, extern, exn and their bottoms; GC's are not supported) or a
 * type index. Gives the code of (ref null? ht) (module.h); "malformed" without function-references. */
static bool read_heaptype(wd_reader *r, uint32_t features, bool nullable, bool ref, uint8_t *out, wd_error *err) {
  uint32_t at = wd_reader_offset(r);
  int64_t ht;
  if (!wd_read_s33(r, &ht, err)) return false;
  wd_errcode code = ref ? WD_E_MALFORMED_REFTYPE : WD_E_MALFORMED_VALTYPE;
  if (nullable && (ht == WD_HT_FUNC || ht == WD_HT_EXTERN || ht == WD_HT_EXN)) {   /* the short forms */
    *out = wd_rt_make(true, ht);
    return true;
  }
  if (!(features & WD_FEATURE_FUNCTION_REFERENCES))
    return wd_fail(err, code, at, "typed reference needs feature function-references (disabled)");
  *out = wd_rt_make(nullable, ht);
  if (*out) return true;
  if (ht >= 0)
    return wd_fail(err, WD_E_TOO_MANY, at, "reference to type %lld: typed references to type indices of %u and "
                   "more are not supported", (long long)ht, (unsigned)WD_MAX_TYPED_REF_INDEX);
  return wd_fail(err, code, at, "heap type %lld needs feature gc (not supported)", (long long)ht);
}

/* A value type (or, with ref, a reference type): one byte, which the format defines as a 7-bit signed
 * LEB128 (a continuation bit is therefore "integer representation too long"), or with
 * function-references 0x63/0x64 and a heap type, or a bottom's short form (0x71-0x74). */
bool wd_decode_read_typebyte(wd_reader *r, uint32_t features, bool ref, uint8_t *out, wd_error *err) {
  if (r->p >= r->end) return wd_decode_fail_eof(r, err);
  uint8_t t = *r->p;
  if (t == 0x63 || t == 0x64) {
    r->p++;
    return read_heaptype(r, features, t == 0x63, ref, out, err);
  }
  if (t & 0x80) {
    r->p++;
    return wd_fail(err, WD_E_INT_TOO_LONG, wd_reader_offset(r), "type byte 0x%02x", t);
  }
  if ((t == 0x73 || t == 0x72 || t == 0x74) && (features & WD_FEATURE_FUNCTION_REFERENCES)) {
    r->p++;
    *out = wd_rt_make(true, (int64_t)t - 0x80);
    return true;
  }
  if (ref ? !wd_is_reftype(t) : !wd_is_valtype(t))
    return wd_fail(err, ref ? WD_E_MALFORMED_REFTYPE : WD_E_MALFORMED_VALTYPE, wd_reader_offset(r), "0x%02x", t);
  if (!(features & WD_FEATURE_REFERENCE_TYPES) && (t == WD_EXTERNREF || (t == WD_FUNCREF && !ref)))
    return wd_fail(err, ref ? WD_E_MALFORMED_REFTYPE : WD_E_MALFORMED_VALTYPE, wd_reader_offset(r),
                   "0x%02x needs feature reference-types (disabled)", t);
  r->p++;
  *out = t;
  return true;
}

/* A memory index: a u32 with multi-memory, else exactly one 0x00 byte. */
static inline bool read_memidx(wd_reader *r, uint32_t features, uint32_t *out, wd_error *err) {
  if (features & WD_FEATURE_MULTI_MEMORY) return wd_read_u32(r, out, err);
  if (r->p >= r->end) return wd_decode_fail_eof(r, err);
  if (*r->p != 0)
    return wd_fail(err, WD_E_ZERO_BYTE_EXPECTED, wd_reader_offset(r),
                   "memory index byte 0x%02x (another memory needs feature multi-memory, disabled)", *r->p);
  r->p++;
  *out = 0;
  return true;
}

static bool read_memarg(wd_reader *r, uint32_t features, wd_instr *out, wd_error *err) {
  uint32_t at = wd_reader_offset(r);
  uint32_t align, mem = 0;
  uint64_t off;
  if (!wd_read_u32(r, &align, err)) return false;
  if (align >= 64) {
    /* Bit 6 announces a memory index (multi-memory); anything else this large is an alignment no
     * access can have. */
    if (align >= 128) return wd_fail(err, WD_E_ALIGNMENT, at, "alignment exponent %u", align);
    if (!(features & WD_FEATURE_MULTI_MEMORY))
      return wd_fail(err, WD_E_ALIGNMENT, at, "alignment exponent %u (bit 6, a memory index, needs feature "
                     "multi-memory, disabled)", align);
    align -= 64;
    if (!wd_read_u32(r, &mem, err)) return false;
  }
  if (features & WD_FEATURE_MEMORY64) {            /* u64 offsets; the validator checks i32 memories' */
    if (!wd_read_u64(r, &off, err)) return false;
  } else {
    uint32_t off32;
    if (!wd_read_u32(r, &off32, err)) return false;
    off = off32;
  }
  out->imm.memarg.align = align;
  out->imm.memarg.mem = mem;
  out->imm.memarg.offset = off;
  out->imm.memarg.lane = 0;
  return true;
}

/* A block type (block, loop, if, try, try_table): 0x40 empty, a value type (a one-byte negative s33),
 * or a non-negative s33 type index. */
static bool read_blocktype(wd_reader *r, uint32_t features, uint32_t at, wd_instr *out, wd_error *err) {
  if (r->p >= r->end) return wd_decode_fail_eof(r, err);
  uint8_t t = *r->p;
  out->imm.block.valtype = 0;
  out->imm.block.type_idx = 0;
  if (t == 0x40) {
    r->p++;
    out->imm.block.kind = WD_BT_EMPTY;
    return true;
  }
  if ((t & 0xC0) == 0x40 || t == 0x63 || t == 0x64) {
    if (!wd_decode_read_typebyte(r, features, false, &out->imm.block.valtype, err)) return false;
    if (wd_type_kind(out->imm.block.valtype) == WD_EXNREF && !(features & WD_FEATURE_EXCEPTIONS))
      return wd_fail(err, WD_E_MALFORMED_VALTYPE, at, "exnref needs the exceptions feature");
    out->imm.block.kind = WD_BT_VAL;
    return true;
  }
  uint32_t tat = wd_reader_offset(r);
  int64_t x;
  if (!wd_read_s33(r, &x, err)) return false;
  if (x < 0) return wd_fail(err, WD_E_MALFORMED_VALTYPE, tat, "block type %lld", (long long)x);
  out->imm.block.kind = WD_BT_TYPE;
  out->imm.block.type_idx = (uint32_t)x;
  return true;
}

bool wd_read_instr_full(wd_reader *r, uint32_t features, wd_instr *out, wd_error *err) {
  uint32_t at = wd_reader_offset(r);
  if (r->p >= r->end) return wd_decode_fail_eof(r, err);
  uint8_t b = *r->p++;
  uint32_t op = wd_op_main[b], sub = b, prefix = 0;
  if (op) {
    op -= 1;
  } else if (b == 0xFC) {
    if (!wd_read_u32(r, &sub, err)) return false;
    op = sub < FC_SPACE ? op_fc[sub] : 0;
    if (!op) return illegal(err, at, b, sub);
    op -= 1;
    prefix = b;
  } else if (b == 0xFD) {
    if (!wd_read_u32(r, &sub, err)) return false;
    op = sub < FD_SPACE ? op_fd[sub] : 0;
    if (!op) return illegal(err, at, b, sub);
    op -= 1;
    prefix = b;
  } else if (b == 0xFE) {                         /* threads (its feature is checked below) */
    if (!wd_read_u32(r, &sub, err)) return false;
    op = sub < FE_SPACE ? op_fe[sub] : 0;
    if (!op) return illegal(err, at, b, sub);
    op -= 1;
    prefix = b;
  } else {
    return illegal(err, at, 0, b);
  }
  uint32_t missing = wd_op_feature[op] & ~features;
  if (missing) return feature_off(err, at, prefix, sub, missing);

  out->op = (uint16_t)op;
  out->offset = at;
  wd_imm imm = (wd_imm)wd_op_imm[op];
  if (imm == IMM_NONE) return true;
  switch (imm) {
  case IMM_NONE:
    return true;
  case IMM_BLOCKTYPE:
    return read_blocktype(r, features, at, out, err);
  case IMM_LABEL: case IMM_FUNC: case IMM_LOCAL: case IMM_GLOBAL: case IMM_TABLE: case IMM_ELEM:
  case IMM_DATA:
    return wd_read_u32(r, &out->imm.idx, err);
  case IMM_BR_TABLE: {
    uint32_t n, x;
    if (!wd_read_u32(r, &n, err)) return false;
    if (n > (size_t)(r->end - r->p))           /* every target takes at least one byte */
      return wd_fail(err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), "br_table of %u targets", n);
    out->imm.br_table.count = n;
    out->imm.br_table.targets = r->p;
    for (uint32_t i = 0; i < n; i++)
      if (!wd_read_u32(r, &x, err)) return false;
    return wd_read_u32(r, &out->imm.br_table.default_label, err);
  }
  case IMM_CALL_INDIRECT:
    if (!(features & WD_FEATURE_REFERENCE_TYPES)) {       /* 1.0: the table index is one zero byte */
      if (!wd_read_u32(r, &out->imm.idx2.a, err)) return false;
      if (r->p >= r->end) return wd_decode_fail_eof(r, err);
      if (*r->p != 0)
        return wd_fail(err, WD_E_ZERO_BYTE_EXPECTED, wd_reader_offset(r), "table index byte 0x%02x (another "
                       "table needs feature reference-types, disabled)", *r->p);
      r->p++;
      out->imm.idx2.b = 0;
      return true;
    }
    /* fall through */
  case IMM_TABLE_TABLE: case IMM_ELEM_TABLE:
    return wd_read_u32(r, &out->imm.idx2.a, err) && wd_read_u32(r, &out->imm.idx2.b, err);
  case IMM_MEMARG:
    return read_memarg(r, features, out, err);
  case IMM_ZERO:
    if (r->p >= r->end) return wd_decode_fail_eof(r, err);
    if (*r->p != 0) return wd_fail(err, WD_E_ZERO_BYTE_EXPECTED, wd_reader_offset(r), "byte 0x%02x", *r->p);
    r->p++;
    return true;
  case IMM_MEMARG_LANE:
    if (!read_memarg(r, features, out, err)) return false;
    if (r->p >= r->end) return wd_decode_fail_eof(r, err);
    out->imm.memarg.lane = *r->p++;
    return true;
  case IMM_MEM:
    return read_memidx(r, features, &out->imm.idx, err);
  case IMM_MEM_MEM:
    return read_memidx(r, features, &out->imm.idx2.a, err) && read_memidx(r, features, &out->imm.idx2.b, err);
  case IMM_DATA_MEM:
    return wd_read_u32(r, &out->imm.idx2.a, err) && read_memidx(r, features, &out->imm.idx2.b, err);
  case IMM_I32:
    return wd_read_s32(r, &out->imm.i32, err);
  case IMM_I64:
    return wd_read_s64(r, &out->imm.i64, err);
  case IMM_F32: {
    if (r->end - r->p < 4) return wd_decode_fail_eof(r, err);
    const uint8_t *p = r->p;
    out->imm.f32 = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    r->p += 4;
    return true;
  }
  case IMM_F64: {
    if (r->end - r->p < 8) return wd_decode_fail_eof(r, err);
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = v << 8 | r->p[i];
    out->imm.f64 = v;
    r->p += 8;
    return true;
  }
  case IMM_V128: case IMM_SHUFFLE:
    if (r->end - r->p < 16) return wd_decode_fail_eof(r, err);
    memcpy(out->imm.v128, r->p, 16);
    r->p += 16;
    return true;
  case IMM_LANE:
    if (r->p >= r->end) return wd_decode_fail_eof(r, err);
    out->imm.lane = *r->p++;
    return true;
  case IMM_SELECT_T: {
    uint32_t n;
    if (!wd_read_u32(r, &n, err)) return false;
    if (n > (size_t)(r->end - r->p))
      return wd_fail(err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), "select of %u types", n);
    out->imm.select_t.count = n;
    out->imm.select_t.type = 0;
    for (uint32_t i = 0; i < n; i++) {
      uint8_t t;
      if (!wd_decode_read_typebyte(r, features, false, &t, err)) return false;
      if (wd_type_kind(t) == WD_EXNREF && !(features & WD_FEATURE_EXCEPTIONS))
        return wd_fail(err, WD_E_MALFORMED_VALTYPE, at, "exnref needs the exceptions feature");
      if (i == 0) out->imm.select_t.type = t;
    }
    return true;
  }
  case IMM_REFTYPE:                 /* ref.null's heap type: the result is (ref null ht) */
    if (r->p < r->end && (*r->p & 0x80) && !(features & WD_FEATURE_FUNCTION_REFERENCES)) {
      r->p++;                        /* a one-byte type without function-references (2.0's rule) */
      return wd_fail(err, WD_E_INT_TOO_LONG, wd_reader_offset(r), "type byte 0x%02x", r->p[-1]);
    }
    if (!read_heaptype(r, features, true, true, &out->imm.reftype, err)) return false;
    if (wd_type_kind(out->imm.reftype) == WD_EXNREF && !(features & WD_FEATURE_EXCEPTIONS))
      return wd_fail(err, WD_E_MALFORMED_REFTYPE, at, "exnref needs the exceptions feature");
    return true;
  case IMM_TAG: case IMM_TYPE:
    return wd_read_u32(r, &out->imm.idx, err);
  case IMM_TRY_TABLE: {
    /* The block type as for block, then vec(catch clause). */
    if (!read_blocktype(r, features, at, out, err)) return false;
    uint32_t n;
    if (!wd_read_u32(r, &n, err)) return false;
    if (n > (size_t)(r->end - r->p))          /* every clause takes at least two bytes */
      return wd_fail(err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), "try_table of %u catches", n);
    out->imm.block.ncatch = n;
    out->imm.block.catches = r->p;
    for (uint32_t i = 0; i < n; i++) {
      wd_catch c;
      if (!wd_read_catch(r, &c, err)) return false;
    }
    return true;
  }
  }
  return illegal(err, at, 0, b);   /* not reached: every immediate kind is handled above */
}

bool wd_read_catch(wd_reader *r, wd_catch *out, wd_error *err) {
  uint32_t at = wd_reader_offset(r);
  uint8_t k;
  if (!wd_read_u8(r, &k, err)) return false;
  if (k > WD_CATCH_ALL_REF) return wd_fail(err, WD_E_MALFORMED_SECTION, at, "catch clause kind 0x%02x", k);
  out->kind = k;
  out->tag = 0;
  if (k <= WD_CATCH_REF && !wd_read_u32(r, &out->tag, err)) return false;
  return wd_read_u32(r, &out->label, err);
}

bool wd_read_locals(wd_reader *r, uint32_t features, uint8_t *types, uint32_t *count, wd_error *err) {
  uint32_t at = wd_reader_offset(r);
  uint32_t ngroups;
  if (!wd_read_u32(r, &ngroups, err)) return false;
  if (ngroups > (size_t)(r->end - r->p) / 2)     /* a group is a count and a type: two bytes at least */
    return wd_fail(err, WD_E_UNEXPECTED_END_SECTION, at, "%u local declarations", ngroups);
  uint64_t total = 0;
  for (uint32_t i = 0; i < ngroups; i++) {
    uint32_t n;
    if (!wd_read_u32(r, &n, err)) return false;
    total += n;
    if (total > WD_MAX_LOCALS)
      return wd_fail(err, WD_E_TOO_MANY_LOCALS, at, "more than %u", (unsigned)WD_MAX_LOCALS);
    uint8_t t;
    if (!wd_decode_read_typebyte(r, features, false, &t, err)) return false;
    if (types && n) memset(types + (total - n), t, n);
  }
  *count = (uint32_t)total;
  return true;
}

/* ---------------------------------------------------------------- structured walk */

/* One bit per open block: set while the block is an `if` that may still take its `else`. */
typedef struct blockstack {
  uint64_t local[16];
  uint64_t *bits;
  uint32_t cap_words, depth;
  const wd_allocator *al;
} blockstack;

static void bs_init(blockstack *s, const wd_allocator *al) {
  s->bits = s->local;
  s->cap_words = 16;
  s->depth = 0;
  s->al = al;
}
static void bs_free(blockstack *s) {
  if (s->bits != s->local) wd_free(s->al, s->bits, (size_t)s->cap_words * sizeof(uint64_t));
}
static bool bs_push(blockstack *s, bool bit) {
  uint32_t w = s->depth / 64;
  if (w >= s->cap_words) {
    uint32_t ncap = s->cap_words * 2;
    uint64_t *nb = wd_alloc(s->al, (size_t)ncap * sizeof(uint64_t));
    if (!nb) return false;
    memcpy(nb, s->bits, (size_t)s->cap_words * sizeof(uint64_t));
    bs_free(s);
    s->bits = nb;
    s->cap_words = ncap;
  }
  uint64_t m = (uint64_t)1 << (s->depth % 64);
  if (bit) s->bits[w] |= m; else s->bits[w] &= ~m;
  s->depth++;
  return true;
}
static inline bool bs_top(const blockstack *s) {
  uint32_t i = s->depth - 1;
  return (s->bits[i / 64] >> (i % 64)) & 1;
}
static inline void bs_clear_top(blockstack *s) {
  uint32_t i = s->depth - 1;
  s->bits[i / 64] &= ~((uint64_t)1 << (i % 64));
}

/* Reads instructions up to the `end` that closes the expression (blocks balanced, `else` only in an
 * `if`). With m, also applies the data-count rule of function bodies. */
bool wd_decode_walk_expr(wd_reader *r, uint32_t features, const wd_module *m, const wd_allocator *al,
                      wd_error *err) {
  blockstack bs;
  bs_init(&bs, al);
  bool ok = false;
  wd_instr in;
  for (;;) {
    if (!wd_read_instr(r, features, &in, err)) goto out;
    switch (in.op) {
    case WD_OP_BLOCK: case WD_OP_LOOP: case WD_OP_IF: case WD_OP_TRY: case WD_OP_TRY_TABLE:
      if (!bs_push(&bs, in.op == WD_OP_IF)) {
        wd_fail(err, WD_E_OUT_OF_MEMORY, in.offset, "block nesting");
        goto out;
      }
      break;
    case WD_OP_ELSE:
      if (bs.depth == 0 || !bs_top(&bs)) {
        wd_fail(err, WD_E_END_EXPECTED, in.offset, "else outside an if");
        goto out;
      }
      bs_clear_top(&bs);
      break;
    case WD_OP_END:
      if (bs.depth == 0) { ok = true; goto out; }
      bs.depth--;
      break;
    case WD_OP_DELEGATE:                         /* ends a legacy try (the validator checks which) */
      if (bs.depth == 0) {
        wd_fail(err, WD_E_END_EXPECTED, in.offset, "delegate outside a try");
        goto out;
      }
      bs.depth--;
      break;
    case WD_OP_MEMORY_INIT: case WD_OP_DATA_DROP:
      /* The binary format requires a data count section before bodies that name data segments. A
       * module with no data section at all is let through: its segment index is simply unknown (a
       * validation error), which is how the testsuite's text modules converted by wast2json (which
       * omits the section then) expect it. */
      if (m && !m->has_datacount && m->datas) {
        wd_fail(err, WD_E_DATA_COUNT_REQUIRED, in.offset, "%s", wd_opinfo_table[in.op].text);
        goto out;
      }
      break;
    default:
      break;
    }
  }
out:
  bs_free(&bs);
  return ok;
}

/* ---------------------------------------------------------------- bodies */

/* Body offsets: the decoder notes where every BODY_MARK_STRIDE-th body starts; the bodies in between
 * follow from the sizes in their records (every size was a minimal LEB128). A record that holds no body
 * any more (compiled) on the way makes the offset unknown. */

uint32_t wd_body_offset(const wd_module *m, uint32_t defidx) {
  if (!m || !m->body_offsets_derivable || !m->records || !m->body_marks || defidx >= wd_module_ndefined(m))
    return WD_NO_OFFSET;
  const uint32_t *frozen = m->body_stretch ? m->body_stretch[defidx / BODY_MARK_STRIDE] : NULL;
  if (frozen) return frozen[defidx % BODY_MARK_STRIDE];
  uint32_t i = defidx - defidx % BODY_MARK_STRIDE;
  uint64_t off = m->body_marks[defidx / BODY_MARK_STRIDE];   /* start of body i, after its size */
  wd_slice s;
  for (; i < defidx; i++) {
    if (!m->layout->get_body(wd_module_record(m, i), &s)) return WD_NO_OFFSET;
    off += s.len;
    if (!m->layout->get_body(wd_module_record(m, i + 1), &s)) return WD_NO_OFFSET;
    off += leb_len(s.len);
  }
  return off < WD_NO_OFFSET ? (uint32_t)off : WD_NO_OFFSET;
}

void wd_body_offsets_freeze(wd_module *m, uint32_t defidx) {
  if (!m || !m->body_stretch || defidx >= wd_module_ndefined(m)) return;
  uint32_t s = defidx / BODY_MARK_STRIDE;
  if (m->body_stretch[s]) return;
  uint32_t first = s * BODY_MARK_STRIDE, n = wd_module_ndefined(m) - first;
  if (n > BODY_MARK_STRIDE) n = BODY_MARK_STRIDE;
  uint32_t *offs = wd_arena_alloc(&m->arena, n * sizeof *offs, sizeof *offs);
  if (!offs) return;   /* out of memory: offsets in this group stay best-effort */
  for (uint32_t k = 0; k < n; k++) offs[k] = wd_body_offset(m, first + k);
  m->body_stretch[s] = offs;
}

static bool scan_one(const wd_module *m, wd_slice body, uint32_t base, wd_error *err) {
  wd_reader r;
  wd_reader_init(&r, body.ptr, body.len, base);
  uint32_t nlocals;
  if (!wd_read_locals(&r, m->features, NULL, &nlocals, err)) return false;
  if (!wd_decode_walk_expr(&r, m->features, m, m->al, err)) return false;
  if (r.p != r.end)
    return wd_fail(err, WD_E_SECTION_SIZE, wd_reader_offset(&r), "%u bytes after the function's end",
                   (unsigned)(r.end - r.p));
  return true;
}

bool wd_scan_body(const wd_module *m, uint32_t defidx, wd_error *err) {
  if (!m || defidx >= wd_module_ndefined(m) || !m->records)
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no function body %u", defidx);
  const void *rec = wd_module_record(m, defidx);
  wd_slice body;
  if (!m->layout->get_body(rec, &body)) {
    if (m->layout->is_compiled(rec)) return true;   /* promoted, hence checked already */
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "function %u has no body", defidx);
  }
  /* Scan with body-relative offsets (finding the body's module offset costs a walk over the records);
   * only when it fails, scan again with the real base so the error carries the module offset. */
  if (scan_one(m, body, 0, err)) return true;
  uint32_t base = wd_body_offset(m, defidx);
  if (base != 0) scan_one(m, body, base, err);
  return false;
}
