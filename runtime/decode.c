/* decode.c — the WebAssembly binary decoder, the byte/LEB128 readers and the instruction reader.
 *
 * wd_decode turns module bytes into a wd_module: every section of the 2.0 format (plus the tail-call,
 * extended-const, multi-memory, SIMD, wide-arithmetic, threads and exception-handling encodings: the tag
 * section, exnref; function-references' typed reference types and table initializers; gc's rec groups and
 * subtypes of function types) is decoded into tables in the module arena; function bodies are stored raw through the
 * layout and scanned only on demand (wd_scan_body). Everything read
 * from the input is bounds-checked and every declared count is checked against the bytes left before
 * anything is allocated for it. Error messages use the spec's wording (the reference interpreter's, which
 * the testsuite's assert_malformed texts are prefixes of) and carry the module offset.
 *
 * May touch: the module it builds (and its arena), the layout vtable, wd_fail. Nothing global is written.
 */
#include <string.h>
#include "module.h"

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

static bool fail_eof(const wd_reader *r, wd_error *err) {
  return wd_fail(err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), NULL);
}

bool wd_read_u8(wd_reader *r, uint8_t *out, wd_error *err) {
  if (r->p >= r->end) return fail_eof(r, err);
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
    if (r->p >= r->end) return fail_eof(r, err);
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
  if ((size_t)(r->end - r->p) < n) return fail_eof(r, err);
  *out = r->p;
  r->p += n;
  return true;
}

/* Bytes of the minimal unsigned LEB128 encoding of v. */
static inline uint32_t leb_len(uint32_t v) {
  uint32_t n = 1;
  while (v >= 0x80) { v >>= 7; n++; }
  return n;
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
static bool read_typebyte(wd_reader *r, uint32_t features, bool ref, uint8_t *out, wd_error *err) {
  if (r->p >= r->end) return fail_eof(r, err);
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
  if (r->p >= r->end) return fail_eof(r, err);
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
  if (r->p >= r->end) return fail_eof(r, err);
  uint8_t t = *r->p;
  out->imm.block.valtype = 0;
  out->imm.block.type_idx = 0;
  if (t == 0x40) {
    r->p++;
    out->imm.block.kind = WD_BT_EMPTY;
    return true;
  }
  if ((t & 0xC0) == 0x40 || t == 0x63 || t == 0x64) {
    if (!read_typebyte(r, features, false, &out->imm.block.valtype, err)) return false;
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
  if (r->p >= r->end) return fail_eof(r, err);
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
      if (r->p >= r->end) return fail_eof(r, err);
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
    if (r->p >= r->end) return fail_eof(r, err);
    if (*r->p != 0) return wd_fail(err, WD_E_ZERO_BYTE_EXPECTED, wd_reader_offset(r), "byte 0x%02x", *r->p);
    r->p++;
    return true;
  case IMM_MEMARG_LANE:
    if (!read_memarg(r, features, out, err)) return false;
    if (r->p >= r->end) return fail_eof(r, err);
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
    if (r->end - r->p < 4) return fail_eof(r, err);
    const uint8_t *p = r->p;
    out->imm.f32 = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    r->p += 4;
    return true;
  }
  case IMM_F64: {
    if (r->end - r->p < 8) return fail_eof(r, err);
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = v << 8 | r->p[i];
    out->imm.f64 = v;
    r->p += 8;
    return true;
  }
  case IMM_V128: case IMM_SHUFFLE:
    if (r->end - r->p < 16) return fail_eof(r, err);
    memcpy(out->imm.v128, r->p, 16);
    r->p += 16;
    return true;
  case IMM_LANE:
    if (r->p >= r->end) return fail_eof(r, err);
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
      if (!read_typebyte(r, features, false, &t, err)) return false;
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
    if (!read_typebyte(r, features, false, &t, err)) return false;
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
static bool walk_expr(wd_reader *r, uint32_t features, const wd_module *m, const wd_allocator *al,
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
#define BODY_MARK_STRIDE 64u

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
  if (!walk_expr(&r, m->features, m, m->al, err)) return false;
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

/* ---------------------------------------------------------------- the module decoder */

typedef struct dec {
  wd_module *m;
  const uint8_t *bytes, *end;      /* the whole input */
  wd_error *err;
  uint32_t features;
  bool borrow;
  /* the section being decoded: its payload, its declared end (may lie past the input: sec_end is then
   * clamped to `end` while sec_end_off keeps the declared value) */
  const uint8_t *payload, *sec_end;
  uint64_t sec_end_off;
  /* cross-section facts */
  bool have_func_section, have_code_section;
  uint32_t nfunc_decl, ncode;
  uint32_t sec_cap;
} dec;

static inline uint32_t off_of(const dec *d, const uint8_t *p) { return (uint32_t)(p - d->bytes); }

static bool fail_arena(dec *d, size_t size, uint32_t at) {
  if (wd_arena_over_limit(&d->m->arena, size))
    return wd_fail(d->err, WD_E_LIMIT_ARENA, at, "%zu more bytes", size);
  return wd_fail(d->err, WD_E_OUT_OF_MEMORY, at, "module arena (%zu bytes)", size);
}

static void *aalloc(dec *d, size_t size, size_t align, uint32_t at) {
  void *p = wd_arena_alloc(&d->m->arena, size, align);
  if (!p) fail_arena(d, size, at);
  return p;
}

static void *aarray(dec *d, size_t n, size_t elem, size_t align, uint32_t at) {
  size_t total;
  if (!wd_mul_ok(n, elem, &total)) {
    wd_fail(d->err, WD_E_LIMIT_ARENA, at, "array of %zu entries", n);
    return NULL;
  }
  void *p = aalloc(d, total, align, at);
  if (p && total) memset(p, 0, total);
  return p;
}

#define AARRAY(d, n, type, at) ((type *)aarray((d), (n), sizeof(type), _Alignof(type), (at)))

/* Bytes that stay referenced by the module: the input itself when borrowing, else an arena copy. */
static const uint8_t *keep(dec *d, const uint8_t *p, size_t n) {
  static const uint8_t nothing[1];
  if (n == 0) return nothing;
  if (d->borrow) return p;
  const uint8_t *c = wd_arena_dup(&d->m->arena, p, n, 1);
  if (!c) fail_arena(d, n, off_of(d, p));
  return c;
}

/* Reading ran past the declared end of the section. */
static bool fail_past_section(dec *d, const wd_reader *r) {
  if (d->sec_end == d->end)
    return wd_fail(d->err, WD_E_UNEXPECTED_END_SECTION, wd_reader_offset(r), NULL);
  return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, d->payload), "entries run past the section's end");
}

/* A length-prefixed count: more than the input holds is "length out of bounds" (as the reference
 * interpreter checks). */
static bool read_count(dec *d, wd_reader *r, uint32_t *out) {
  const uint8_t *start = r->p;
  if (!wd_read_u32(r, out, d->err)) return false;
  if (*out > (size_t)(d->end - start))
    return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, start), "%u entries", *out);
  return true;
}

/* How many entries of a declared count to allocate. Each entry takes at least min_bytes of the section,
 * so a count beyond what the section can hold is malformed for certain: then only one slot more than
 * fits is allocated, and the entries past it are decoded into that last slot until reading fails where
 * it would anyway (and with the message the reference interpreter gives). Allocation thus stays
 * proportional to the bytes really present. After the loop, check_fit rejects a count that did not fit
 * but whose entries happened to decode (they ran into the following bytes). */
static uint32_t fit(const dec *d, const wd_reader *r, uint32_t count, uint32_t min_bytes) {
  size_t avail = d->sec_end > r->p ? (size_t)(d->sec_end - r->p) : 0;
  size_t cap = avail / min_bytes;
  return count <= cap ? count : (uint32_t)cap + 1;
}
static inline uint32_t slot(uint32_t i, uint32_t cap) { return i < cap ? i : cap - 1; }
static inline bool check_fit(dec *d, const wd_reader *r, uint32_t count, uint32_t cap) {
  return count <= cap || fail_past_section(d, r);
}

/* A length-prefixed byte string (names, data). */
static bool read_vec_bytes(dec *d, wd_reader *r, const uint8_t **bytes, uint32_t *len) {
  const uint8_t *start = r->p;
  if (!wd_read_u32(r, len, d->err)) return false;
  if (*len > (size_t)(d->end - start))
    return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, start), "%u bytes", *len);
  return wd_read_bytes(r, *len, bytes, d->err);
}

static bool utf8_valid(const uint8_t *s, uint32_t n) {
  uint32_t i = 0;
  while (i < n) {
    uint8_t c = s[i];
    if (c < 0x80) { i++; continue; }
    uint32_t need, cp, min;
    if ((c & 0xE0) == 0xC0) { need = 1; cp = c & 0x1Fu; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { need = 2; cp = c & 0x0Fu; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { need = 3; cp = c & 0x07u; min = 0x10000; }
    else return false;
    if (n - i - 1 < need) return false;
    for (uint32_t k = 1; k <= need; k++) {
      uint8_t b = s[i + k];
      if ((b & 0xC0) != 0x80) return false;
      cp = cp << 6 | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += need + 1;
  }
  return true;
}

static bool read_name(dec *d, wd_reader *r, wd_name *out) {
  const uint8_t *start = r->p, *bytes;
  uint32_t len;
  if (!read_vec_bytes(d, r, &bytes, &len)) return false;
  if (!utf8_valid(bytes, len)) return wd_fail(d->err, WD_E_UTF8, off_of(d, start), NULL);
  const uint8_t *k = keep(d, bytes, len);
  if (!k) return false;
  out->ptr = (const char *)k;
  out->len = len;
  return true;
}

static bool read_byte(dec *d, wd_reader *r, uint8_t *out) { return wd_read_u8(r, out, d->err); }

/* exnref is a type only with the exceptions feature. */
static bool exn_gate(dec *d, const wd_reader *r, bool ref, uint8_t t) {
  if (wd_type_kind(t) != WD_EXNREF || (d->features & WD_FEATURE_EXCEPTIONS)) return true;
  return wd_fail(d->err, ref ? WD_E_MALFORMED_REFTYPE : WD_E_MALFORMED_VALTYPE, wd_reader_offset(r) - 1,
                 "exnref needs the exceptions feature");
}

static bool read_valtype(dec *d, wd_reader *r, uint8_t *out) {
  return read_typebyte(r, d->features, false, out, d->err) && exn_gate(d, r, false, *out);
}

static bool read_reftype(dec *d, wd_reader *r, uint8_t *out) {
  return read_typebyte(r, d->features, true, out, d->err) && exn_gate(d, r, true, *out);
}

/* A tag type: attribute 0x00 (exception), then a function type index (checked by the validator). */
static bool read_tagtype(dec *d, wd_reader *r, uint32_t *type_idx) {
  uint32_t at = wd_reader_offset(r);
  uint8_t attr;
  if (!wd_read_u8(r, &attr, d->err)) return false;
  if (attr != 0) return wd_fail(d->err, WD_E_MALFORMED_SECTION, at, "tag attribute 0x%02x", attr);
  return wd_read_u32(r, type_idx, d->err);
}

/* Limits: a flag byte, min, and max when the flag says so. Flag bits: 0x01 a max follows; 0x02 shared
 * (memories, threads); 0x04 i64 addresses (memory64/table64); 0x08 a u32 log2 page size follows (custom
 * page sizes, memories only). With memory64 on, min and max are u64 for every memory and table (the Wasm
 * 3.0 encoding; the validator checks their range), otherwise u32 as in Wasm 2.0. */
static bool read_limits(dec *d, wd_reader *r, wd_lim *out, bool memory) {
  if (r->p >= r->end) return fail_eof(r, d->err);
  uint32_t features = d->features;
  uint8_t f = *r->p;
  uint8_t allowed = 0x01 | ((features & WD_FEATURE_MEMORY64) ? 0x04 : 0) |
                    ((memory && (features & WD_FEATURE_CUSTOM_PAGE_SIZES)) ? 0x08 : 0) |
                    ((memory && (features & WD_FEATURE_THREADS)) ? 0x02 : 0);
  if ((f & 0x7f) & ~allowed)
    return wd_fail(d->err, WD_E_MALFORMED_LIMITS, wd_reader_offset(r), "limits flag 0x%02x%s", f,
                   (f & 0x04) && !(features & WD_FEATURE_MEMORY64) ? " (i64 addresses need the memory64 feature)"
                   : (f & 0x08) && memory && !(features & WD_FEATURE_CUSTOM_PAGE_SIZES)
                       ? " (a page size needs the custom-page-sizes feature)"
                   : (f & 0x02) && memory && !(features & WD_FEATURE_THREADS)
                       ? " (a shared memory needs the threads feature)" : "");
  r->p++;
  if (f & 0x80)
    return wd_fail(d->err, WD_E_INT_TOO_LONG, wd_reader_offset(r), "limits flag");
  uint64_t min, max = 0;
  if (features & WD_FEATURE_MEMORY64) {
    if (!wd_read_u64(r, &min, d->err)) return false;
    if ((f & 1) && !wd_read_u64(r, &max, d->err)) return false;
  } else {
    uint32_t min32, max32 = 0;
    if (!wd_read_u32(r, &min32, d->err)) return false;
    if ((f & 1) && !wd_read_u32(r, &max32, d->err)) return false;
    min = min32;
    max = max32;
  }
  out->min = min;
  out->max = max;
  out->has_max = f & 1;
  out->is64 = (f & 0x04) != 0;
  out->page_log2 = 16;
  if (f & 0x08) {
    uint32_t at = wd_reader_offset(r), log2;
    if (!wd_read_u32(r, &log2, d->err)) return false;
    if (log2 > 64) return wd_fail(d->err, WD_E_MALFORMED_PAGE_SIZE, at, "page size 2^%u", log2);
    out->page_log2 = (uint8_t)log2;    /* the validator accepts 0 and 16 */
  }
  out->shared = (f & 2) != 0;
  return true;
}

static bool read_tabletype(dec *d, wd_reader *r, wd_tabletype *out) {
  return read_reftype(d, r, &out->elem) && read_limits(d, r, &out->lim, false);
}

static bool read_globaltype(dec *d, wd_reader *r, wd_globaltype *out) {
  if (!read_valtype(d, r, &out->type)) return false;
  if (r->p >= r->end) return fail_eof(r, d->err);
  uint8_t mut = *r->p;
  if (mut > 1) return wd_fail(d->err, WD_E_MALFORMED_MUTABILITY, wd_reader_offset(r), "0x%02x", mut);
  r->p++;
  out->mut = mut;
  return true;
}

/* A constant expression: instructions up to its `end` (syntax only). With copy false the bytes keep
 * pointing into the input (the caller copies a run of expressions at once). */
static bool read_constexpr(dec *d, wd_reader *r, wd_constexpr *out, bool copy) {
  const uint8_t *start = r->p;
  if (!walk_expr(r, d->features, NULL, d->m->al, d->err)) return false;
  size_t len = (size_t)(r->p - start);
  out->bytes = copy ? keep(d, start, len) : start;
  if (!out->bytes) return false;
  out->len = (uint32_t)len;
  out->offset = off_of(d, start);
  return true;
}

/* ---- index spaces: imported entities first, then the defined ones of a section ---- */

static bool index_space_total(dec *d, uint32_t nimp, uint32_t ndef, uint32_t at, uint32_t *total) {
  if ((uint64_t)nimp + ndef > UINT32_MAX)
    return wd_fail(d->err, WD_E_TOO_MANY, at, "%u imported + %u defined", nimp, ndef);
  *total = nimp + ndef;
  return true;
}

static bool build_funcs(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->nfunc_imports, ndef, at, &m->nfuncs)) return false;
  if (!(m->func_type = AARRAY(d, m->nfuncs, uint32_t, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_FUNC) m->func_type[k++] = m->imports[i].desc.type_idx;
  return true;
}

static bool build_tables(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->ntable_imports, ndef, at, &m->ntables)) return false;
  if (!(m->tables = AARRAY(d, m->ntables, wd_tabletype, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_TABLE) m->tables[k++] = m->imports[i].desc.table;
  return true;
}

static bool build_mems(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->nmem_imports, ndef, at, &m->nmems)) return false;
  if (!(m->mems = AARRAY(d, m->nmems, wd_memtype, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_MEMORY) m->mems[k++] = m->imports[i].desc.mem;
  return true;
}

static bool build_globals(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  if (!index_space_total(d, m->nglobal_imports, ndef, at, &m->nglobals)) return false;
  if (!(m->globals = AARRAY(d, m->nglobals, wd_global_def, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_GLOBAL) {
      m->globals[k].type = m->imports[i].desc.global;
      m->globals[k].init.offset = WD_NO_OFFSET;
      k++;
    }
  return true;
}

/* ---- sections ---- */

/* One function type (after its 0x60 form byte). */
static bool read_functype(dec *d, wd_reader *r, uint32_t fat, wd_functype *ft) {
  uint32_t np, nr;
  if (!read_count(d, r, &np)) return false;
  if (np > WD_MAX_FUNC_PARAMS)
    return wd_fail(d->err, WD_E_TOO_MANY, fat, "%u parameters (at most %u)", np, (unsigned)WD_MAX_FUNC_PARAMS);
  uint8_t buf[2 * WD_MAX_FUNC_PARAMS];
  bool typed = false;
  for (uint32_t k = 0; k < np; k++) {
    if (!read_valtype(d, r, &buf[k])) return false;
    typed |= wd_rt_is_concrete(buf[k]);
  }
  if (!read_count(d, r, &nr)) return false;
  if (nr > WD_MAX_FUNC_PARAMS)
    return wd_fail(d->err, WD_E_TOO_MANY, fat, "%u results (at most %u)", nr, (unsigned)WD_MAX_FUNC_PARAMS);
  for (uint32_t k = 0; k < nr; k++) {
    if (!read_valtype(d, r, &buf[np + k])) return false;
    typed |= wd_rt_is_concrete(buf[np + k]);
  }
  uint8_t *types = aalloc(d, (size_t)np + nr, 1, fat);
  if (!types) return false;
  if (np + nr) memcpy(types, buf, (size_t)np + nr);
  ft->nparams = np;
  ft->nresults = nr;
  ft->types = types;
  ft->canon = NULL;
  ft->typed_refs = typed;
  return true;
}

/* A subtype (gc): 0x50 vec(supertype) functype, 0x4F (final) likewise, or a plain 0x60 functype. Struct
 * and array types are not supported. */
static bool read_subtype(dec *d, wd_reader *r, wd_functype *ft) {
  uint32_t fat = wd_reader_offset(r);
  uint8_t form = 0;
  if (!read_byte(d, r, &form)) return false;
  ft->super = UINT32_MAX;
  ft->final = true;
  if (form == 0x50 || form == 0x4F) {
    if (!(d->features & WD_FEATURE_GC))
      return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "sub type 0x%02x needs feature gc (disabled)", form);
    uint32_t n;
    if (!wd_read_u32(r, &n, d->err)) return false;
    if (n > 1) return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "%u supertypes (at most 1)", n);
    if (n == 1 && !wd_read_u32(r, &ft->super, d->err)) return false;
    ft->final = form == 0x4F;
    fat = wd_reader_offset(r);
    if (!read_byte(d, r, &form)) return false;
  }
  if (form & 0x80) return wd_fail(d->err, WD_E_INT_TOO_LONG, fat + 1, "function type form");
  if (form == 0x5F || form == 0x5E)
    return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "%s types (gc) are not supported",
                   form == 0x5F ? "struct" : "array");
  if (form != 0x60) return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, fat, "form 0x%02x", form);
  return read_functype(d, r, fat, ft);
}

/* The type section: vec(rectype), a rectype being 0x4E vec(subtype) (gc) or one subtype. Each subtype
 * is one type index; each takes at least 3 bytes, which bounds the array. */
static bool sec_type(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = (d->features & WD_FEATURE_GC) ? fit(d, r, UINT32_MAX, 3) : fit(d, r, *count, 3);
  if (!(m->types = AARRAY(d, cap, wd_functype, at))) return false;
  uint32_t ntypes = 0;
  for (uint32_t i = 0; i < *count; i++) {
    uint32_t gat = wd_reader_offset(r), n = 1;
    bool rec = r->p < r->end && *r->p == 0x4E;
    if (rec) {
      if (!(d->features & WD_FEATURE_GC))
        return wd_fail(d->err, WD_E_MALFORMED_FUNCTYPE, gat, "rec group needs feature gc (disabled)");
      r->p++;
      if (!wd_read_u32(r, &n, d->err)) return false;
      if (n > cap - ntypes) return fail_past_section(d, r);
    }
    uint32_t start = ntypes;
    for (uint32_t k = 0; k < n; k++) {
      wd_functype *ft = &m->types[slot(ntypes, cap)];
      if (!read_subtype(d, r, ft)) return false;
      ft->rec_start = start;
      ft->rec_size = n;
      if (ntypes < cap) ntypes++;
    }
  }
  if (!(d->features & WD_FEATURE_GC) && !check_fit(d, r, *count, cap)) return false;
  m->ntypes = ntypes;
  return true;
}

static bool sec_import(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 4);
  if (!(m->imports = AARRAY(d, cap, wd_import, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_import *im = &m->imports[slot(i, cap)];
    if (!read_name(d, r, &im->module) || !read_name(d, r, &im->name)) return false;
    uint32_t kat = wd_reader_offset(r);
    uint8_t kind = 0;
    if (!read_byte(d, r, &kind)) return false;
    im->kind = kind;
    switch (kind) {
    case WD_EXTERN_FUNC:
      if (!wd_read_u32(r, &im->desc.type_idx, d->err)) return false;
      m->nfunc_imports++;
      break;
    case WD_EXTERN_TABLE:
      if (!read_tabletype(d, r, &im->desc.table)) return false;
      m->ntable_imports++;
      break;
    case WD_EXTERN_MEMORY:
      if (!read_limits(d, r, &im->desc.mem.lim, true)) return false;
      m->nmem_imports++;
      break;
    case WD_EXTERN_GLOBAL:
      if (!read_globaltype(d, r, &im->desc.global)) return false;
      m->nglobal_imports++;
      break;
    case WD_EXTERN_TAG:
      if (!(d->features & WD_FEATURE_EXCEPTIONS))
        return wd_fail(d->err, WD_E_MALFORMED_IMPORT_KIND, kat, "0x%02x (tags need the exceptions feature)", kind);
      if (!read_tagtype(d, r, &im->desc.type_idx)) return false;
      m->ntag_imports++;
      break;
    default:
      return wd_fail(d->err, WD_E_MALFORMED_IMPORT_KIND, kat, "0x%02x", kind);
    }
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->nimports = *count;
  return true;
}

static bool sec_function(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 1);
  if (!build_funcs(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!wd_read_u32(r, &m->func_type[m->nfunc_imports + slot(i, cap)], d->err)) return false;
  if (!check_fit(d, r, *count, cap)) return false;
  d->have_func_section = true;
  d->nfunc_decl = *count;
  return true;
}

static bool sec_table(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!build_tables(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++) {
    uint32_t x = m->ntable_imports + slot(i, cap), tat = wd_reader_offset(r);
    if (r->p < r->end && *r->p == 0x40 && (d->features & WD_FEATURE_FUNCTION_REFERENCES)) {
      /* function-references: 0x40 0x00, the table type, then an initializer expression */
      uint8_t zero;
      r->p++;
      if (!read_byte(d, r, &zero)) return false;
      if (zero != 0) return wd_fail(d->err, WD_E_MALFORMED_SECTION, tat, "table 0x40 0x%02x", zero);
      if (!m->table_init && !(m->table_init = AARRAY(d, m->ntables, wd_constexpr, tat))) return false;
      if (!read_tabletype(d, r, &m->tables[x]) || !read_constexpr(d, r, &m->table_init[x], true)) return false;
      continue;
    }
    if (!read_tabletype(d, r, &m->tables[x])) return false;
  }
  return check_fit(d, r, *count, cap);
}

static bool sec_memory(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 2);
  if (!build_mems(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!read_limits(d, r, &m->mems[m->nmem_imports + slot(i, cap)].lim, true)) return false;
  return check_fit(d, r, *count, cap);
}

/* Tags: the imported ones' types first, then the section's (exceptions). */
static bool build_tags(dec *d, uint32_t ndef, uint32_t at) {
  wd_module *m = d->m;
  uint32_t total;
  if (!index_space_total(d, m->ntag_imports, ndef, at, &total)) return false;
  if (!(m->tag_type = AARRAY(d, total ? total : 1, uint32_t, at))) return false;
  for (uint32_t i = 0, k = 0; i < m->nimports; i++)
    if (m->imports[i].kind == WD_EXTERN_TAG) m->tag_type[k++] = m->imports[i].desc.type_idx;
  m->ntags = total;
  return true;
}

static bool sec_tag(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 2);
  if (!build_tags(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++)
    if (!read_tagtype(d, r, &m->tag_type[m->ntag_imports + slot(i, cap)])) return false;
  if (!check_fit(d, r, *count, cap)) return false;
  m->ntags = m->ntag_imports + *count;
  return true;
}

static bool sec_global(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!build_globals(d, cap, at)) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_global_def *g = &m->globals[m->nglobal_imports + slot(i, cap)];
    if (!read_globaltype(d, r, &g->type) || !read_constexpr(d, r, &g->init, true)) return false;
  }
  return check_fit(d, r, *count, cap);
}

static bool sec_export(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!(m->exports = AARRAY(d, cap, wd_export, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_export *ex = &m->exports[slot(i, cap)];
    if (!read_name(d, r, &ex->name)) return false;
    uint32_t kat = wd_reader_offset(r);
    uint8_t kind = 0;
    if (!read_byte(d, r, &kind)) return false;
    if (kind > WD_EXTERN_TAG || (kind == WD_EXTERN_TAG && !(d->features & WD_FEATURE_EXCEPTIONS)))
      return wd_fail(d->err, WD_E_MALFORMED_EXPORT_KIND, kat, "0x%02x", kind);
    ex->kind = kind;
    if (!wd_read_u32(r, &ex->index, d->err)) return false;
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->nexports = *count;
  return true;
}

static bool sec_start(dec *d, wd_reader *r) {
  if (!wd_read_u32(r, &d->m->start, d->err)) return false;
  d->m->has_start = true;
  return true;
}

/* The type of an element segment of function indices: (ref func) with function-references, else
 * funcref (2.0). */
static uint8_t func_indices_type(const dec *d) {
  return (d->features & WD_FEATURE_FUNCTION_REFERENCES) ? WD_RT_FUNC : WD_FUNCREF;
}

static bool sec_elem(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 3);
  if (!(m->elems = AARRAY(d, cap, wd_elem, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_elem *e = &m->elems[slot(i, cap)];
    memset(e, 0, sizeof *e);
    uint32_t fat = wd_reader_offset(r), flags;
    e->binary_offset = fat;
    if (!wd_read_u32(r, &flags, d->err)) return false;
    if (flags > 7) return wd_fail(d->err, WD_E_MALFORMED_SEGMENT, fat, "element segment flags %u", flags);
    bool exprs = flags & 4;
    if (flags & 1) {
      e->mode = (flags & 2) ? WD_SEG_DECLARATIVE : WD_SEG_PASSIVE;
      e->offset.offset = WD_NO_OFFSET;
    } else {
      e->mode = WD_SEG_ACTIVE;
      if ((flags & 2) && !wd_read_u32(r, &e->table, d->err)) return false;
      if (!read_constexpr(d, r, &e->offset, true)) return false;
    }
    if (flags & 3) {
      if (exprs) {
        if (!read_reftype(d, r, &e->elemtype)) return false;
      } else {
        uint32_t kat = wd_reader_offset(r);
        uint8_t kind = 0;
        if (!read_byte(d, r, &kind)) return false;
        if (kind != 0x00) return wd_fail(d->err, WD_E_MALFORMED_ELEM_KIND, kat, "0x%02x", kind);
        e->elemtype = func_indices_type(d);
      }
    } else {
      e->elemtype = exprs ? WD_FUNCREF : func_indices_type(d);
    }
    uint32_t n, nat = wd_reader_offset(r);
    if (!read_count(d, r, &n)) return false;
    uint32_t ncap = fit(d, r, n, 1);
    if (exprs) {
      wd_constexpr *x = AARRAY(d, ncap, wd_constexpr, nat);
      if (!x) return false;
      const uint8_t *run = r->p;
      for (uint32_t k = 0; k < n; k++)
        if (!read_constexpr(d, r, &x[slot(k, ncap)], false)) return false;
      if (!check_fit(d, r, n, ncap)) return false;
      /* One copy for the whole run of expressions, then rebase. */
      const uint8_t *copy = keep(d, run, (size_t)(r->p - run));
      if (!copy) return false;
      for (uint32_t k = 0; k < n; k++) x[k].bytes = copy + (x[k].bytes - run);
      e->exprs = x;
    } else {
      uint32_t *f = AARRAY(d, ncap, uint32_t, nat);
      if (!f) return false;
      for (uint32_t k = 0; k < n; k++)
        if (!wd_read_u32(r, &f[slot(k, ncap)], d->err)) return false;
      if (!check_fit(d, r, n, ncap)) return false;
      e->funcs = f;
    }
    e->count = n;
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->nelems = *count;
  return true;
}

static bool sec_datacount(dec *d, wd_reader *r) {
  if (!wd_read_u32(r, &d->m->datacount, d->err)) return false;
  d->m->has_datacount = true;
  return true;
}

/* A body that does not end with an `end` byte is malformed whatever it holds. The reference
 * interpreter reads on past the body then; the message follows what it meets there. */
static bool fail_body_end(dec *d, const uint8_t *body, const uint8_t *body_end, uint32_t idx) {
  if (body_end >= d->end)
    return wd_fail(d->err, WD_E_UNEXPECTED_END_SECTION, off_of(d, body_end), "function %u has no end", idx);
  if (*body_end == 0x0B)
    return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, body), "function %u", idx);
  return wd_fail(d->err, WD_E_END_EXPECTED, off_of(d, body_end), "function %u", idx);
}

static bool sec_code(dec *d, wd_reader *r, uint32_t *count, uint32_t size) {
  wd_module *m = d->m;
  const wd_layout *L = m->layout;
  const uint8_t *count_at = r->p;
  if (!read_count(d, r, count)) return false;
  d->have_code_section = true;
  d->ncode = *count;
  m->code_offset = off_of(d, d->payload);
  bool minimal = true;   /* every body size minimally encoded: offsets derivable between marks */
  /* Bodies are stored only when they match the function section (a mismatch is reported once the
   * whole module has been read, after anything the reference interpreter would report first) and
   * when the section can hold them (else reading fails below). */
  bool store = *count == d->nfunc_decl && *count > 0 && fit(d, r, *count, 2) == *count;
  size_t used_before = m->arena.used;
  uint32_t *marks = NULL;
  /* Records refer to bodies where they are: in the caller's bytes when borrowing, else in one copy of
   * the rest of the section made here (one memcpy, never body by body): body bytes at src + k are
   * referred to at held + k. */
  const uint8_t *src = r->p, *held = r->p;
  if (store) {
    /* One reservation for exactly what the section stores: records, body marks, the copy, and what the
     * layout needs in the arena for some bodies (a first pass over the body sizes asks it; it reads no
     * body). */
    size_t nmarks = (*count + BODY_MARK_STRIDE - 1) / BODY_MARK_STRIDE;
    size_t rest = (size_t)(d->sec_end - r->p), copy_bytes = d->borrow ? 0 : rest;
    size_t rec_bytes, reserve, extra = 0;
    wd_reader pre = *r;
    for (uint32_t i = 0; i < *count; i++) {
      uint32_t bsize;
      if (!wd_read_u32(&pre, &bsize, NULL) || bsize > (size_t)(pre.end - pre.p)) break;
      pre.p += bsize;
      size_t x = L->body_arena_bytes(bsize);
      if (x && !wd_add_ok(extra, x, &extra)) { extra = size; break; }
    }
    if (!wd_mul_ok(*count, L->record_size, &rec_bytes) || !wd_add_ok(rec_bytes, extra, &reserve) ||
        !wd_add_ok(reserve, copy_bytes, &reserve) ||
        !wd_add_ok(reserve, L->record_align + nmarks * (sizeof(uint32_t) + sizeof(uint32_t *)) + 16, &reserve))
      return wd_fail(d->err, WD_E_LIMIT_ARENA, off_of(d, count_at), "%u function records", *count);
    if (!wd_arena_reserve(&m->arena, reserve)) return fail_arena(d, reserve, off_of(d, count_at));
    m->records = aalloc(d, rec_bytes, L->record_align, off_of(d, count_at));
    if (!m->records) return false;
    memset(m->records, 0, rec_bytes);
    if (!(marks = AARRAY(d, nmarks, uint32_t, off_of(d, count_at)))) return false;
    if (!(m->body_stretch = AARRAY(d, nmarks, uint32_t *, off_of(d, count_at)))) return false;
    if (copy_bytes) {
      uint8_t *copy = aalloc(d, copy_bytes, 1, off_of(d, r->p));
      if (!copy) return false;
      memcpy(copy, r->p, copy_bytes);
      held = copy;
    }
  }
  for (uint32_t i = 0; i < *count; i++) {
    const uint8_t *size_at = r->p;
    uint32_t bsize;
    if (!wd_read_u32(r, &bsize, d->err)) return false;
    if (bsize > (size_t)(d->end - size_at))
      return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, size_at), "function %u of %u bytes", i, bsize);
    if ((size_t)(r->p - size_at) != leb_len(bsize)) minimal = false;
    const uint8_t *body = NULL;
    if (!wd_read_bytes(r, bsize, &body, d->err)) return false;
    if (r->p > d->sec_end)
      return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, d->payload), "function %u runs past the section", i);
    if (bsize == 0 || body[bsize - 1] != 0x0B) return fail_body_end(d, body, r->p, i);
    if (!store) continue;
    if (!L->set_body(wd_module_record(m, i), &m->arena, held + (body - src), bsize))
      return fail_arena(d, sizeof(void *) * 2, off_of(d, body));
    if (i % BODY_MARK_STRIDE == 0) marks[i / BODY_MARK_STRIDE] = off_of(d, body);
  }
  m->body_marks = marks;
  m->body_offsets_derivable = minimal;
  m->code_section_arena = m->arena.used - used_before;
  return true;
}

static bool sec_data(dec *d, wd_reader *r, uint32_t *count) {
  wd_module *m = d->m;
  uint32_t at = wd_reader_offset(r);
  if (!read_count(d, r, count)) return false;
  uint32_t cap = fit(d, r, *count, 2);
  if (!(m->datas = AARRAY(d, cap, wd_data, at))) return false;
  for (uint32_t i = 0; i < *count; i++) {
    wd_data *s = &m->datas[slot(i, cap)];
    memset(s, 0, sizeof *s);
    uint32_t fat = wd_reader_offset(r), flags;
    s->binary_offset = fat;
    if (!wd_read_u32(r, &flags, d->err)) return false;
    switch (flags) {
    case 0:
      s->mode = WD_SEG_ACTIVE;
      if (!read_constexpr(d, r, &s->offset, true)) return false;
      break;
    case 1:
      s->mode = WD_SEG_PASSIVE;
      s->offset.offset = WD_NO_OFFSET;
      break;
    case 2:
      s->mode = WD_SEG_ACTIVE;
      if (!wd_read_u32(r, &s->mem, d->err) || !read_constexpr(d, r, &s->offset, true)) return false;
      break;
    default:
      return wd_fail(d->err, WD_E_MALFORMED_SEGMENT, fat, "data segment flags %u", flags);
    }
    const uint8_t *bytes;
    if (!read_vec_bytes(d, r, &bytes, &s->len)) return false;
    if (!(s->bytes = keep(d, bytes, s->len))) return false;
  }
  if (!check_fit(d, r, *count, cap)) return false;
  m->ndatas = *count;
  return true;
}

static bool sec_custom(dec *d, wd_reader *r, wd_section_info *info) {
  wd_module *m = d->m;
  const uint8_t *name_at = r->p, *name;
  uint32_t len;
  if (!read_vec_bytes(d, r, &name, &len)) return false;
  if (!utf8_valid(name, len)) return wd_fail(d->err, WD_E_UTF8, off_of(d, name_at), "custom section name");
  if (off_of(d, r->p) > d->sec_end_off || d->sec_end_off > off_of(d, d->end))
    return wd_fail(d->err, WD_E_UNEXPECTED_END_SECTION, off_of(d, r->p), "custom section name past its end");
  char *cname = aalloc(d, (size_t)len + 1, 1, off_of(d, name_at));
  if (!cname) return false;
  if (len) memcpy(cname, name, len);
  cname[len] = '\0';
  info->name = cname;
  if (len == 4 && !memcmp(name, "name", 4) && !m->name_section.ptr) {
    uint32_t n = (uint32_t)(d->sec_end - r->p);
    const uint8_t *k = n ? keep(d, r->p, n) : r->p;
    if (!k) return false;
    m->name_section.ptr = k;
    m->name_section.len = n;
  }
  m->ncustom++;
  r->p = d->sec_end;
  return true;
}

/* Walks the section headers only, to size the section table. */
static uint32_t count_sections(const uint8_t *p, const uint8_t *end) {
  uint32_t n = 0;
  while (p < end && n < UINT32_MAX - 1) {
    p++;
    uint64_t size = 0;
    unsigned shift = 0;
    for (;;) {
      if (p >= end || shift > 28) return n + 1;
      uint8_t b = *p++;
      size |= (uint64_t)(b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) break;
    }
    n++;
    if (size > (uint64_t)(end - p)) break;
    p += size;
  }
  return n + 1;
}

static const char *const section_names[14] = {
  "custom", "type", "import", "function", "table", "memory", "global", "export", "start", "elem", "code",
  "data", "datacount", "tag"
};
/* Order of the non-custom sections (data count sits between element and code, tag between memory and
 * global). */
static const uint8_t section_rank[14] = { 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6 };

static bool decode_sections(dec *d) {
  wd_module *m = d->m;
  wd_reader rd, *r = &rd;
  wd_reader_init(r, d->bytes, (uint32_t)(d->end - d->bytes), 0);   /* offsets from the first byte */
  r->p += 8;                                                         /* past magic and version */
  uint8_t last_rank = 0;
  while (r->p < d->end) {
    const uint8_t *id_at = r->p;
    uint8_t id = *r->p++;
    if (id > 13 || (id == 13 && !(d->features & WD_FEATURE_EXCEPTIONS)))
      return wd_fail(d->err, WD_E_SECTION_ID, off_of(d, id_at), "0x%02x", id);
    if (id != 0) {
      if (section_rank[id] <= last_rank)
        return wd_fail(d->err, WD_E_SECTION_ORDER, off_of(d, id_at), "%s section", section_names[id]);
      last_rank = section_rank[id];
    }
    const uint8_t *size_at = r->p;
    uint32_t size;
    if (!wd_read_u32(r, &size, d->err)) return false;
    if (size > (size_t)(d->end - size_at))
      return wd_fail(d->err, WD_E_LENGTH_OUT_OF_BOUNDS, off_of(d, size_at), "section of %u bytes", size);
    d->payload = r->p;
    d->sec_end_off = (uint64_t)off_of(d, r->p) + size;
    d->sec_end = size <= (size_t)(d->end - r->p) ? r->p + size : d->end;

    if (m->nsections >= d->sec_cap)
      return wd_fail(d->err, WD_E_MALFORMED_SECTION, off_of(d, id_at), "section table overflow");
    wd_section_info *info = &m->sections[m->nsections++];
    info->id = id;
    info->name = section_names[id];
    info->offset = off_of(d, d->payload);
    info->size = size;
    info->count = 0;

    bool ok;
    uint32_t count = 0;
    switch (id) {
    case 0:  ok = sec_custom(d, r, info); break;
    case 1:  ok = sec_type(d, r, &count); break;
    case 2:  ok = sec_import(d, r, &count); break;
    case 3:  ok = sec_function(d, r, &count); break;
    case 4:  ok = sec_table(d, r, &count); break;
    case 5:  ok = sec_memory(d, r, &count); break;
    case 6:  ok = sec_global(d, r, &count); break;
    case 7:  ok = sec_export(d, r, &count); break;
    case 8:  ok = sec_start(d, r); break;
    case 9:  ok = sec_elem(d, r, &count); break;
    case 10: ok = sec_code(d, r, &count, size); break;
    case 11: ok = sec_data(d, r, &count); break;
    case 13: ok = sec_tag(d, r, &count); break;
    default: ok = sec_datacount(d, r); break;
    }
    if (!ok) return false;
    info->count = count;
    if ((uint64_t)off_of(d, r->p) != d->sec_end_off)
      return wd_fail(d->err, WD_E_SECTION_SIZE, off_of(d, d->payload), "%s section declares %u bytes, uses %u",
                     info->name, size, (unsigned)(r->p - d->payload));
  }

  uint32_t at_end = off_of(d, d->end);
  if (!m->func_type && !build_funcs(d, 0, at_end)) return false;
  if (!m->tables && !build_tables(d, 0, at_end)) return false;
  if (!m->mems && !build_mems(d, 0, at_end)) return false;
  if (!m->globals && !build_globals(d, 0, at_end)) return false;
  if (!m->tag_type && !build_tags(d, 0, at_end)) return false;
  if (d->nfunc_decl != d->ncode)
    return wd_fail(d->err, WD_E_FUNC_CODE_MISMATCH, at_end, "%u functions, %u bodies", d->nfunc_decl, d->ncode);
  if (m->has_datacount && m->datacount != m->ndatas)
    return wd_fail(d->err, WD_E_DATA_COUNT_MISMATCH, at_end, "data count %u, %u segments", m->datacount,
                   m->ndatas);
  return true;
}

wd_module *wd_decode(const uint8_t *bytes, size_t len, const wd_decode_opts *opts, wd_error *err) {
  static const uint8_t empty[1];
  static const wd_decode_opts no_opts;
  wd_error_clear(err);
  if (!opts) opts = &no_opts;
  if (!bytes) {
    if (len) {
      wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "NULL bytes");
      return NULL;
    }
    bytes = empty;
  }
  if (len >= UINT32_MAX) {
    wd_fail(err, WD_E_LENGTH_OUT_OF_BOUNDS, WD_NO_OFFSET, "module of %zu bytes (at most 4 GiB)", len);
    return NULL;
  }
  const wd_layout *layout = opts->layout ? opts->layout : wd_layout_find(WD_DEFAULT_LAYOUT);
  if (!layout) {
    wd_fail(err, WD_E_UNKNOWN_LAYOUT, WD_NO_OFFSET, "%s", WD_DEFAULT_LAYOUT);
    return NULL;
  }
  const wd_allocator *al = opts->al ? opts->al : wd_default_allocator();
  wd_module *m = wd_alloc_zero(al, sizeof *m);
  if (!m) {
    wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "module");
    return NULL;
  }
  m->al = al;
  wd_arena_init(&m->arena, al, opts->arena_limit);
  m->layout = layout;
  m->features = opts->features;

  dec d = { .m = m, .bytes = bytes, .end = bytes + len, .err = err, .features = opts->features,
            .borrow = opts->borrow };
  static const uint8_t magic[4] = { 0x00, 0x61, 0x73, 0x6D }, version[4] = { 0x01, 0x00, 0x00, 0x00 };
  if (len < 4) {
    wd_fail(err, WD_E_UNEXPECTED_END, (uint32_t)len, "module of %zu bytes", len);
    goto fail;
  }
  if (memcmp(bytes, magic, 4)) {
    wd_fail(err, WD_E_MAGIC, 0, NULL);
    goto fail;
  }
  if (len < 8) {
    wd_fail(err, WD_E_UNEXPECTED_END, (uint32_t)len, "module of %zu bytes", len);
    goto fail;
  }
  if (memcmp(bytes + 4, version, 4)) {
    wd_fail(err, WD_E_VERSION, 4, "%02x %02x %02x %02x", bytes[4], bytes[5], bytes[6], bytes[7]);
    goto fail;
  }
  d.sec_cap = count_sections(bytes + 8, d.end);
  if (!(m->sections = AARRAY(&d, d.sec_cap, wd_section_info, 8))) goto fail;
  if (!decode_sections(&d)) goto fail;
  return m;
fail:
  wd_module_release(m);
  return NULL;
}

void wd_module_release(wd_module *m) {
  if (!m) return;
  const wd_allocator *al = m->al;
  wd_eh_index_free(m);
  wd_arena_release(&m->arena);
  wd_free(al, m, sizeof *m);
}
