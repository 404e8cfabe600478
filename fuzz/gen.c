/* gen.c — turns arbitrary bytes into a valid WebAssembly 2.0 module (its SIMD part, and the tail-call,
 * extended-const, multi-memory, wide-arithmetic, memory64/table64, threads, custom-page-sizes and
 * exception-handling proposals, only when the options allow them), for fuzzing warden end to end. With
 * memory64 a module's memories (all of them) or tables may be i64 ones; without it no decision changes.
 *
 * May touch: the C library (malloc, memcpy), include/warden.h (WD_FEATURE_* bits, wd_valkind bytes) and
 * runtime/opcodes.def (read as an X-macro: every opcode byte and simple stack signature comes from it).
 * Nothing else of warden's, and no global state.
 *
 * How it works. The input bytes are a stream of decisions (pick/coin below); when the stream runs out every
 * decision takes its first option, which is always the cheapest valid one, so any input gives a module.
 *   1. Module shape: types, functions, tables, memories, globals, element and data segments, start.
 *   2. Sections are written in order into one growable buffer; sizes are patched in afterwards.
 *   3. Function bodies are generated type-directed: a model of the operand stack (value types) and of the
 *      control stack (block types, heights, reachability) is kept, and only instructions valid in the
 *      current state are emitted. An instruction whose operands are not on top of the stack gets them
 *      from freshly generated expressions (value()); blocks are closed by dropping extra values and
 *      generating the missing results (coerce()).
 * Active segments are placed inside the declared minimum sizes, so instantiation never traps.
 * Every instruction with a fixed signature in opcodes.def is "table-typed": its operands and result come
 * from the table and only its immediates are filled in here. With SIMD that is every 0xFD opcode; v128
 * then joins the value types (params, results, locals, globals, block types, select), v128.const gets
 * lane patterns chosen for the edge cases (NaNs, +-0, infinities, lane extremes, narrowing bounds), lane
 * indices stay below the lane count and shuffle indices below 32. Without SIMD no decision changes: the
 * same input gives the same module as before SIMD existed.
 * Wide arithmetic (two i64 results, so not table-typed) is emitted by emit_wide: as a statement (both
 * results stay on the stack) and inside i64 operand expressions (the high half dropped). Its decisions are
 * only taken with the feature on, so without it the output is byte-identical to before. With exceptions (WD_FEATURE_EXCEPTIONS) the
 * module gets tags (types without results) and bodies throw them and open try_tables whose catch clauses
 * fit their labels (catch_all for a label without values, catch x for one that takes x's payload); without,
 * again no decision changes. WD_GEN_EH_MORE adds legacy try (frames of kind K_TRY that end in delegate, or
 * move on to catch x / catch_all handlers, where rethrow may name them) and throw_ref of an exnref caught
 * by catch_ref / catch_all_ref (emit_throw_ref). With threads some memories are shared and the 0xFE
 * instructions are table-typed; with custom page sizes some memories have 1-byte pages (sizes in bytes).
 * Shared mode (WD_GEN_SHARED_MEMORY, gen.h) imports memory 0 as a shared memory that only act_shared
 * touches, with order-independent atomics per region, so that threads running the module at once over
 * one memory end with the same bytes in any interleaving (fuzz/fuzz_threads.c).
 */
#include "gen.h"

#include <stdlib.h>
#include <string.h>

#include "warden.h"

/* ---------------------------------------------------------------- the opcode table */

enum gen_imm {
  GI_IMM_NONE, GI_IMM_BLOCKTYPE, GI_IMM_LABEL, GI_IMM_BR_TABLE, GI_IMM_FUNC, GI_IMM_CALL_INDIRECT,
  GI_IMM_LOCAL, GI_IMM_GLOBAL, GI_IMM_TABLE, GI_IMM_MEMARG, GI_IMM_MEM, GI_IMM_MEM_MEM, GI_IMM_I32,
  GI_IMM_I64, GI_IMM_F32, GI_IMM_F64, GI_IMM_V128, GI_IMM_SHUFFLE, GI_IMM_LANE, GI_IMM_MEMARG_LANE,
  GI_IMM_SELECT_T, GI_IMM_REFTYPE, GI_IMM_TABLE_TABLE, GI_IMM_ELEM_TABLE, GI_IMM_ELEM, GI_IMM_DATA_MEM,
  GI_IMM_DATA, GI_IMM_ZERO, GI_IMM_TAG, GI_IMM_TRY_TABLE,
  GI_IMM_TYPE                    /* call_ref: never generated (typed references are not yet) */
};

enum gen_op {
#define OP(name, prefix, code, imm, sig, memsz, text) G_##name,
#include "opcodes.def"
#undef OP
  G__COUNT
};

typedef struct gop {
  uint8_t prefix, imm, memsz;
  uint16_t code;
  const char *sig, *text;
} gop;

static const gop GOPS[G__COUNT] = {
#define OP(name, prefix, code, imm, sig, memsz, text) {prefix, GI_##imm, memsz, code, sig, text},
#include "opcodes.def"
#undef OP
};

uint32_t wd_gen_opcode_count(void) { return G__COUNT; }
const char *wd_gen_opcode_name(uint32_t i) { return i < G__COUNT ? GOPS[i].text : NULL; }
bool wd_gen_opcode_is_simd(uint32_t i) { return i < G__COUNT && GOPS[i].prefix == 0xFD; }

/* ---------------------------------------------------------------- limits and model types */

#define MAX_FUNCS 64
#define MAX_TYPES 20
#define MAX_TAGS 4
#define MAX_PARAMS 5
#define MAX_RESULTS 3
#define MAX_DECL_LOCALS 12
#define MAX_LOCALS (MAX_PARAMS + MAX_DECL_LOCALS)
#define MAX_GLOBALS 16
#define MAX_TABLES 4
#define MAX_MEMS 4
#define MAX_ELEMS 8
#define MAX_ELEM_ITEMS 8
#define MAX_DATAS 8
#define MAX_DEPTH 32
/* Shared mode (WD_GEN_SHARED_MEMORY): the host gives a shared memory of exactly SH_BYTES; the atomics touch
 * SH_REGIONS regions of SH_REGION bytes (the last one ends at the memory's end), each with one class of
 * read-modify-write (add and sub, and, or, xor) and, for add/sub, one width, so that every order of the
 * accesses leaves the same bytes. */
#define SH_BYTES 65536u
#define SH_REGIONS 8u
#define SH_REGION 64u
enum { SC_ADD, SC_AND, SC_OR, SC_XOR, SC_CONST, SC__N };   /* SC_CONST: every write puts one byte value */
#define MAX_STACK 4096
#define MAX_AVAIL 16          /* values left on the stack of one block before they are dropped */
#define MAX_VDEPTH 3          /* nesting of generated operand expressions */
/* Instruction accounting (the per-function cap is exact). close_bound() is what closing every open block
 * now may cost at most. One step emits at most 6 operand expressions plus 3 instructions, and raises
 * close_bound by at most STEP_GROW (a new block, or values left on the stack); an operand expression of
 * nesting limit d has at most VALUE_COST[d] instructions (fan-out 5: a call's parameters). Before each
 * step the deepest limit that keeps ninstr + close_bound + step within the cap is chosen. */
#define STEP_GROW 40
static const uint32_t VALUE_COST[MAX_VDEPTH + 1] = {1, 6, 31, 156};
#define STEP_COST(d) (6 * VALUE_COST[d] + 3 + STEP_GROW)
#define MIN_INSTRS 64

enum { T_I32, T_I64, T_F32, T_F64, T_V128, T_FUNCREF, T_EXTERNREF, T__N };
static const uint8_t TBYTE[T__N] = {WD_I32, WD_I64, WD_F32, WD_F64, WD_V128, WD_FUNCREF, WD_EXTERNREF};
#define N_NUM (T_V128 + 1)         /* the numeric and vector types: what table-typed ops take and give */
#define IS_NUM(t) ((t) <= T_V128)   /* number or vector (v128 only with SIMD): not a reference */
#define IS_REF(t) ((t) >= T_FUNCREF)

typedef struct ftype {
  uint8_t np, nr;
  uint8_t p[MAX_PARAMS], r[MAX_RESULTS];
} ftype;

enum { K_FUNC, K_BLOCK, K_LOOP, K_IF, K_TRY };   /* K_TRY: a legacy try (WD_GEN_EH_MORE) */

typedef struct frame {
  uint8_t kind;
  bool unreachable, has_else;
  uint8_t try_phase;                 /* K_TRY: 0 its body, 1 a catch x handler, 2 the catch_all handler */
  int32_t counter;                   /* a counted loop's i32 local, or -1 */
  ftype bt;
  uint32_t height;
} frame;

typedef struct table_d { uint8_t type; bool has_max; uint32_t min, max; } table_d;
typedef struct mem_d {
  bool has_max, shared, page1;       /* shared: threads; page1: custom page sizes, min and max in bytes */
  uint32_t min, max;
} mem_d;
typedef struct global_d { uint8_t type; bool mut; } global_d;

enum { SEG_ACTIVE, SEG_PASSIVE, SEG_DECLARATIVE };

typedef struct elem_d {
  uint8_t mode, type, table, n;
  bool exprs;                        /* vec(expr) encoding rather than vec(funcidx) */
  uint32_t offset;
  int16_t items[MAX_ELEM_ITEMS];     /* function index, or -1 for ref.null */
} elem_d;

typedef struct data_d { uint8_t mode, mem; uint32_t offset, len; } data_d;

typedef struct gen {
  /* input */
  const uint8_t *in;
  size_t in_len, in_pos;
  /* output */
  uint8_t *buf;
  size_t n, cap;
  bool oom;
  uint8_t *cov;
  /* options */
  bool tail, ext, multi, simd, relaxed, wide, threads, unbounded, m64, eh;
  bool cps;                          /* custom page sizes: memories may have 1-byte pages */
  bool eh_more;                      /* WD_GEN_EH_MORE: legacy try, rethrow, delegate, throw_ref */
  bool shared;                       /* WD_GEN_SHARED_MEMORY: memory 0 is the imported shared one, which only
                                        act_shared touches (order-independent atomics) */
  uint8_t reg_cls[SH_REGIONS], reg_w[SH_REGIONS];   /* shared mode: each region's atomic class and width */
  uint8_t reg_c[SH_REGIONS];         /* shared mode, SC_CONST: the byte every store / xchg / cmpxchg writes */
  bool mem64, tab64;                 /* with memory64: every memory / every table has i64 addresses */
  bool no_tab64;                     /* WD_GEN_NO_TABLE64 */
  uint32_t max_instrs, max_depth, max_pages, max_elems;
  /* module shape */
  ftype types[MAX_TYPES];
  uint32_t ntypes;
  uint8_t func_type[MAX_FUNCS];
  uint32_t nfuncs, ngen;             /* all functions; those with generated bodies (a start comes last) */
  bool has_start;
  table_d tables[MAX_TABLES];
  uint32_t ntables;
  mem_d mems[MAX_MEMS];
  uint32_t nmems;
  global_d globals[MAX_GLOBALS];
  uint32_t nglobals;
  elem_d elems[MAX_ELEMS];
  uint32_t nelems;
  bool elem_table_pair;              /* some element segment has a table of its type (table.init) */
  data_d datas[MAX_DATAS];
  uint32_t ndatas;
  bool has_datacount;
  uint8_t tag_type[MAX_TAGS];        /* exceptions: each tag's type (one without results) */
  uint32_t ntags;
  /* instruction lists for this module: simple (table-typed) ops, by first parameter and by result */
  uint8_t snp[G__COUNT], snr[G__COUNT], sp_[G__COUNT][3], sr[G__COUNT];
  uint16_t simple[G__COUNT];
  uint32_t nsimple;
  uint16_t by_p0[N_NUM][G__COUNT];
  uint32_t nby_p0[N_NUM];
  uint16_t by_res[N_NUM][G__COUNT];
  uint32_t nby_res[N_NUM];
  /* the function being generated */
  const ftype *fty;
  uint8_t locals[MAX_LOCALS];
  uint32_t nlocals;
  uint8_t stack[MAX_STACK];
  uint32_t sp;
  frame ctrl[MAX_DEPTH + 1];
  uint32_t nctrl;
  uint32_t ninstr, budget, vdepth, vmax;   /* vmax: nesting limit of operand expressions this step */
  bool close_bias, stop;
} gen;

/* ---------------------------------------------------------------- decisions from the input */

static inline bool more(gen *g) { return g->in_pos < g->in_len; }

static inline uint32_t byte(gen *g) { return g->in_pos < g->in_len ? g->in[g->in_pos++] : 0; }

/* A number in [0, n); 0 once the input is exhausted. */
static uint32_t pick(gen *g, uint32_t n) {
  if (n <= 1) return 0;
  uint32_t v = byte(g);
  if (n > 256) v = (v << 8) | byte(g);
  if (n > 65536) v = (v << 8) | byte(g);
  if (n > (1u << 24)) v = (v << 8) | byte(g);
  return v % n;
}

/* True with probability num/256; false once the input is exhausted. */
static inline bool coin(gen *g, uint32_t num) { return more(g) && byte(g) < num; }

static uint32_t bits32(gen *g) {
  uint32_t v = byte(g);
  v |= byte(g) << 8;
  v |= byte(g) << 16;
  return v | (uint32_t)byte(g) << 24;
}

static uint64_t bits64(gen *g) {
  uint64_t lo = bits32(g);
  return lo | (uint64_t)bits32(g) << 32;
}

/* ---------------------------------------------------------------- output */

static bool reserve(gen *g, size_t extra) {
  if (g->n + extra <= g->cap) return true;
  if (g->oom) return false;
  size_t cap = g->cap ? g->cap : 4096;
  while (cap < g->n + extra) cap *= 2;
  uint8_t *p = realloc(g->buf, cap);
  if (!p) {
    g->oom = true;
    return false;
  }
  g->buf = p;
  g->cap = cap;
  return true;
}

static inline void put(gen *g, uint8_t b) {
  if (g->n < g->cap || reserve(g, 1)) g->buf[g->n++] = b;
}

static void put_u32(gen *g, uint32_t v) {
  do {
    uint8_t b = v & 0x7F;
    v >>= 7;
    put(g, v ? (uint8_t)(b | 0x80) : b);
  } while (v);
}

static void put_s64(gen *g, int64_t v) {
  for (;;) {
    uint8_t b = v & 0x7F;
    v = (int64_t)((uint64_t)v >> 7) | (v < 0 ? (int64_t)(~(~0ull >> 7)) : 0);   /* arithmetic >> 7 */
    if ((v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40))) {
      put(g, b);
      return;
    }
    put(g, (uint8_t)(b | 0x80));
  }
}

static void put_le(gen *g, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; i++) put(g, (uint8_t)(v >> (8 * i)));
}

static void put_name(gen *g, char kind, uint32_t i) {
  char s[12];
  int n = 0;
  s[n++] = kind;
  char d[10];
  int nd = 0;
  do d[nd++] = (char)('0' + i % 10); while ((i /= 10) && nd < 10);
  while (nd) s[n++] = d[--nd];
  put_u32(g, (uint32_t)n);
  for (int k = 0; k < n; k++) put(g, (uint8_t)s[k]);
}

/* A size-prefixed region: 5 bytes are reserved for the size and squeezed to its real LEB length. */
static size_t begin_sized(gen *g) {
  size_t at = g->n;
  for (int i = 0; i < 5; i++) put(g, 0);
  return at;
}

static void end_sized(gen *g, size_t at) {
  if (g->oom) return;
  size_t len = g->n - at - 5;
  uint8_t leb[5];
  int nl = 0;
  size_t v = len;
  do {
    uint8_t b = v & 0x7F;
    v >>= 7;
    leb[nl++] = v ? (uint8_t)(b | 0x80) : b;
  } while (v && nl < 5);
  memcpy(g->buf + at, leb, (size_t)nl);
  memmove(g->buf + at + nl, g->buf + at + 5, len);
  g->n -= (size_t)(5 - nl);
}

/* Emits an opcode and records it for coverage. */
static void op(gen *g, int i) {
  if (GOPS[i].prefix) {
    put(g, GOPS[i].prefix);
    put_u32(g, GOPS[i].code);
  } else {
    put(g, (uint8_t)GOPS[i].code);
  }
  if (g->cov) g->cov[i] = 1;
  g->ninstr++;
}

/* ---------------------------------------------------------------- constants */

static uint32_t gen_i32(gen *g) {
  switch (pick(g, 16)) {
  case 0: case 1: case 2: case 3: case 4: return pick(g, 33);
  case 5: return pick(g, 8) * 8;
  case 6: return 0xFFFFFFFFu;
  case 7: return 1;
  case 8: return 0x80000000u;
  case 9: return 0x7FFFFFFFu;
  case 10: return 65536u - pick(g, 17);
  case 11: return pick(g, 3 * 65536);
  case 12: return bits32(g);
  case 13: return 0x80000000u | pick(g, 16);
  case 14: return 0u - pick(g, 33);
  default: return 1u << pick(g, 32);
  }
}

static uint64_t gen_i64(gen *g) {
  switch (pick(g, 14)) {
  case 0: case 1: case 2: case 3: return pick(g, 33);
  case 4: return ~0ull;
  case 5: return 1;
  case 6: return 1ull << 63;
  case 7: return ~0ull >> 1;
  case 8: return bits64(g);
  case 9: return (uint64_t)(int64_t)(int32_t)gen_i32(g);
  case 10: return gen_i32(g);
  case 11: return 0ull - pick(g, 33);
  case 12: return 1ull << pick(g, 64);
  default: return 0xFFFFFFFFull + pick(g, 3) - 1;
  }
}

static const float F32_SPECIAL[] = {
  0.0f, -0.0f, 1.0f, -1.0f, 0.5f, -0.5f, 1.5f, 2.5f, -2.5f, 3.0f,
  2147483648.0f, -2147483648.0f, 2147483520.0f, 4294967296.0f, 4294967040.0f, -1.0f,
  9223372036854775808.0f, -9223372036854775808.0f, 18446744073709551616.0f, 9223371487098961920.0f,
  3.40282347e+38f, 1.17549435e-38f, 1e-45f, -0.99999994f, 0.99999994f, 16777216.0f, 16777217.0f,
};
static const uint32_t F32_BITS[] = {
  0x7F800000u, 0xFF800000u, 0x7FC00000u, 0xFFC00000u, 0x7FA00001u, 0x7F800001u, 0xFFFFFFFFu, 0x00000001u,
};

static uint32_t gen_f32(gen *g) {
  uint32_t c = pick(g, 8);
  if (c < 4) {
    float f = F32_SPECIAL[pick(g, sizeof F32_SPECIAL / sizeof F32_SPECIAL[0])];
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
  }
  if (c == 4) return F32_BITS[pick(g, sizeof F32_BITS / sizeof F32_BITS[0])];
  if (c == 5) {
    float f = (float)(int32_t)(pick(g, 201) - 100);
    uint32_t b;
    memcpy(&b, &f, 4);
    return b;
  }
  return bits32(g);
}

static const double F64_SPECIAL[] = {
  0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0,
  2147483648.0, -2147483648.0, 2147483647.0, -2147483649.0, 2147483647.9, -2147483648.9,
  4294967296.0, 4294967295.0, 4294967295.9, -0.9,
  9223372036854775808.0, -9223372036854775808.0, 18446744073709551616.0, 9223372036854774784.0,
  1.7976931348623157e+308, 2.2250738585072014e-308, 4.9e-324, 9007199254740992.0, 9007199254740993.0,
  0.49999999999999994, 0.1, 1e300,
};
static const uint64_t F64_BITS[] = {
  0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8000000000000ull, 0xFFF8000000000000ull,
  0x7FF4000000000001ull, 0x7FF0000000000001ull, 0xFFFFFFFFFFFFFFFFull, 0x0000000000000001ull,
};

static uint64_t gen_f64(gen *g) {
  uint32_t c = pick(g, 8);
  if (c < 4) {
    double d = F64_SPECIAL[pick(g, sizeof F64_SPECIAL / sizeof F64_SPECIAL[0])];
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
  }
  if (c == 4) return F64_BITS[pick(g, sizeof F64_BITS / sizeof F64_BITS[0])];
  if (c == 5) {
    double d = (double)(int32_t)(pick(g, 201) - 100);
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
  }
  return bits64(g);
}

/* An integer lane of `bytes` bytes: 0, small, -1, the signed extremes, the values where narrowing to half
 * the width saturates (127/128/-128/-129/255/256 for 16-bit lanes), shift counts up to twice the lane width,
 * single bits, or any bits. */
static uint64_t gen_lane_int(gen *g, uint32_t bytes) {
  uint32_t w = bytes * 8;
  uint64_t half = 1ull << (w / 2), v;
  switch (pick(g, 12)) {
  case 0: case 1: v = pick(g, 17); break;
  case 2: v = ~0ull; break;
  case 3: v = 1ull << (w - 1); break;
  case 4: v = (1ull << (w - 1)) - 1; break;
  case 5: v = 0ull - pick(g, 17); break;
  case 6: v = (half >> 1) - 1 + pick(g, 2); break;
  case 7: v = 0ull - (half >> 1) - pick(g, 2); break;
  case 8: v = half - 1 + pick(g, 2); break;
  case 9: v = pick(g, 2 * w + 1); break;
  case 10: v = bits64(g); break;
  default: v = 1ull << pick(g, w); break;
  }
  return w == 64 ? v : v & ((1ull << w) - 1);
}

/* A v128 constant: one lane shape (i8x16 ... f64x2), then the same lane value everywhere or each lane on
 * its own, from the integer lanes above or the float specials (NaNs, +-0, infinities, values just out of
 * the integer ranges for trunc_sat); or any 16 bytes. The cheapest choice is all zeros. */
static void gen_v128(gen *g, uint8_t v[16]) {
  static const uint8_t shape_bytes[6] = {1, 2, 4, 8, 4, 8};   /* i8 i16 i32 i64 f32 f64 */
  uint32_t c = pick(g, 8);
  if (c == 7) {
    uint64_t lo = bits64(g), hi = bits64(g);
    for (int i = 0; i < 8; i++) v[i] = (uint8_t)(lo >> (8 * i)), v[8 + i] = (uint8_t)(hi >> (8 * i));
    return;
  }
  uint32_t s = pick(g, 6), lb = shape_bytes[s];
  uint64_t x = 0;
  for (uint32_t i = 0; i < 16 / lb; i++) {
    if (i == 0 || c >= 4) x = s < 4 ? gen_lane_int(g, lb) : s == 4 ? gen_f32(g) : gen_f64(g);
    for (uint32_t b = 0; b < lb; b++) v[i * lb + b] = (uint8_t)(x >> (8 * b));
  }
}

static void put_v128(gen *g) {
  uint8_t v[16];
  gen_v128(g, v);
  for (int i = 0; i < 16; i++) put(g, v[i]);
}

/* i8x16.shuffle's 16 lane indices (< 32: 0-15 the first operand, 16-31 the second): identity, reversed,
 * one lane broadcast, a window across both operands, interleaved low halves, or any. */
static void put_shuffle(gen *g) {
  uint32_t c = pick(g, 6), k = pick(g, 32);
  for (uint32_t i = 0; i < 16; i++) {
    uint32_t l;
    switch (c) {
    case 0: l = i; break;
    case 1: l = 31 - i; break;
    case 2: l = k; break;
    case 3: l = (i + k) % 32; break;
    case 4: l = i / 2 + (i % 2) * 16; break;
    default: l = pick(g, 32); break;
    }
    put(g, (uint8_t)l);
  }
}

/* The lane count of a lane instruction: from its memory width (load/store lane) or its shape's name
 * ("i16x8.extract_lane_s": 8), so the table stays the only source. */
static uint32_t lane_count(int o) {
  if (GOPS[o].imm == GI_IMM_MEMARG_LANE) return 16u / GOPS[o].memsz;
  const char *s = GOPS[o].text;
  while (*s && *s != 'x') s++;
  uint32_t n = 0;
  if (*s)
    while (*++s >= '0' && *s <= '9') n = n * 10 + (uint32_t)(*s - '0');
  return n ? n : 1;
}

static uint8_t gen_valtype(gen *g) {
  static const uint8_t pool[10] = {T_I32, T_I64, T_F32, T_F64, T_I32, T_I64, T_FUNCREF, T_EXTERNREF,
                                   T_V128, T_V128};
  return pool[pick(g, g->simd ? 10 : 8)];   /* v128 only with SIMD */
}

/* ---------------------------------------------------------------- constant expressions */

/* An i32/i64 expression of any value (extended-const trees when allowed), without the final end. */
static void cexpr_int(gen *g, uint8_t t, int depth) {
  if (g->ext && depth < 3 && coin(g, 80)) {
    cexpr_int(g, t, depth + 1);
    cexpr_int(g, t, depth + 1);
    static const int ops32[3] = {G_I32_ADD, G_I32_SUB, G_I32_MUL};
    static const int ops64[3] = {G_I64_ADD, G_I64_SUB, G_I64_MUL};
    uint32_t k = pick(g, 3);
    op(g, t == T_I32 ? ops32[k] : ops64[k]);
    return;
  }
  if (t == T_I32) {
    op(g, G_I32_CONST);
    put_s64(g, (int32_t)gen_i32(g));
  } else {
    op(g, G_I64_CONST);
    put_s64(g, (int64_t)gen_i64(g));
  }
}

/* An i32 expression whose value is exactly v (offsets), without the final end. */
static void cexpr_i32_value(gen *g, uint32_t v, int depth) {
  if (g->ext && depth < 3 && coin(g, 80)) {
    uint32_t a = gen_i32(g);
    switch (pick(g, 3)) {
    case 0:
      cexpr_i32_value(g, a, depth + 1);
      cexpr_i32_value(g, v - a, depth + 1);
      op(g, G_I32_ADD);
      return;
    case 1:
      cexpr_i32_value(g, v + a, depth + 1);
      cexpr_i32_value(g, a, depth + 1);
      op(g, G_I32_SUB);
      return;
    default:
      if (v % 2 == 0 && coin(g, 128)) {
        cexpr_i32_value(g, v / 2, depth + 1);
        cexpr_i32_value(g, 2, depth + 1);
      } else {
        cexpr_i32_value(g, v, depth + 1);
        cexpr_i32_value(g, 1, depth + 1);
      }
      op(g, G_I32_MUL);
      return;
    }
  }
  op(g, G_I32_CONST);
  put_s64(g, (int32_t)v);
}

/* An active segment's offset v: i32, or i64 for an i64 memory or table. */
static void cexpr_offset(gen *g, uint32_t v, bool is64) {
  if (!is64) {
    cexpr_i32_value(g, v, 0);
    return;
  }
  op(g, G_I64_CONST);
  put_s64(g, (int64_t)v);
}

static void cexpr_value(gen *g, uint8_t t) {
  switch (t) {
  case T_I32: case T_I64: cexpr_int(g, t, 0); break;
  case T_F32: op(g, G_F32_CONST); put_le(g, gen_f32(g), 4); break;
  case T_F64: op(g, G_F64_CONST); put_le(g, gen_f64(g), 8); break;
  case T_V128: op(g, G_V128_CONST); put_v128(g); break;
  default:
    if (t == T_FUNCREF && coin(g, 128)) {
      op(g, G_REF_FUNC);
      put_u32(g, pick(g, g->nfuncs));
    } else {
      op(g, G_REF_NULL);
      put(g, TBYTE[t]);
    }
  }
  op(g, G_END);
}

/* ---------------------------------------------------------------- the stack model */

static inline frame *top(gen *g) { return &g->ctrl[g->nctrl - 1]; }
static inline uint32_t avail(gen *g) { return g->sp - top(g)->height; }

static inline void push(gen *g, uint8_t t) {
  if (g->sp < MAX_STACK) g->stack[g->sp++] = t;   /* the bounds above keep this from ever failing */
}

static void set_unreachable(gen *g) {
  frame *f = top(g);
  f->unreachable = true;
  g->sp = f->height;
  g->close_bias = true;
}

static const uint8_t *label_types(const frame *f, uint32_t *n) {
  if (f->kind == K_LOOP) {
    *n = f->bt.np;
    return f->bt.p;
  }
  *n = f->bt.nr;
  return f->bt.r;
}

static bool same_types(const uint8_t *a, uint32_t na, const uint8_t *b, uint32_t nb) {
  return na == nb && memcmp(a, b, na) == 0;
}

static void value(gen *g, uint8_t t);

/* Makes ts[0..n) the top of the stack: reuses values already there when `reuse` (the longest run of the
 * top values that matches a prefix of ts), and generates the rest. */
static void need(gen *g, const uint8_t *ts, uint32_t n, bool reuse) {
  uint32_t k = 0;
  if (reuse) {
    uint32_t a = avail(g);
    for (k = n < a ? n : a; k > 0; k--)
      if (memcmp(&g->stack[g->sp - k], ts, k) == 0) break;
  }
  for (uint32_t i = k; i < n; i++) value(g, ts[i]);
}

/* Leaves exactly ts[0..n) above the current block's height: drops what does not fit, generates the rest. */
static void coerce(gen *g, const uint8_t *ts, uint32_t n) {
  frame *f = top(g);
  uint32_t a;
  for (;;) {
    a = g->sp - f->height;
    if (a <= n && memcmp(&g->stack[f->height], ts, a) == 0) break;
    op(g, G_DROP);
    g->sp--;
  }
  for (uint32_t i = a; i < n; i++) value(g, ts[i]);
}

static int find_local(gen *g, uint8_t t) {
  if (!g->nlocals) return -1;
  uint32_t s = pick(g, g->nlocals);
  for (uint32_t i = 0; i < g->nlocals; i++) {
    uint32_t x = (s + i) % g->nlocals;
    if (g->locals[x] == t) return (int)x;
  }
  return -1;
}

static int find_global(gen *g, uint8_t t, bool mut_only) {
  if (!g->nglobals) return -1;
  uint32_t s = pick(g, g->nglobals);
  for (uint32_t i = 0; i < g->nglobals; i++) {
    uint32_t x = (s + i) % g->nglobals;
    if ((t == T__N || g->globals[x].type == t) && (!mut_only || g->globals[x].mut)) return (int)x;
  }
  return -1;
}

static int find_table(gen *g, uint8_t t) {
  if (!g->ntables) return -1;
  uint32_t s = pick(g, g->ntables);
  for (uint32_t i = 0; i < g->ntables; i++) {
    uint32_t x = (s + i) % g->ntables;
    if (g->tables[x].type == t) return (int)x;
  }
  return -1;
}

/* A function whose results are exactly rs[0..nr), or -1. */
static int find_func_results(gen *g, const uint8_t *rs, uint32_t nr) {
  uint32_t s = pick(g, g->nfuncs);
  for (uint32_t i = 0; i < g->nfuncs; i++) {
    uint32_t f = (s + i) % g->nfuncs;
    const ftype *ft = &g->types[g->func_type[f]];
    if (same_types(ft->r, ft->nr, rs, nr)) return (int)f;
  }
  return -1;
}

static int find_type_results(gen *g, const uint8_t *rs, uint32_t nr) {
  uint32_t s = pick(g, g->ntypes);
  for (uint32_t i = 0; i < g->ntypes; i++) {
    uint32_t x = (s + i) % g->ntypes;
    if (same_types(g->types[x].r, g->types[x].nr, rs, nr)) return (int)x;
  }
  return -1;
}

/* ---------------------------------------------------------------- immediates */

/* The memory a non-atomic access uses: any, or in shared mode one of the module's own (never memory 0). */
static uint32_t pick_mem(gen *g) {
  if (g->shared) return 1 + pick(g, g->nmems - 1);   /* only listed when there is one (build_lists) */
  return g->multi ? pick(g, g->nmems) : 0;
}

static void memidx(gen *g) {
  if (g->multi) put_u32(g, pick_mem(g));
  else put(g, 0);
}

/* An atomic access (threads) must state exactly its natural alignment. */
static void memarg(gen *g, uint32_t memsz, bool atomic) {
  uint32_t maxalign = memsz >= 16 ? 4 : memsz >= 8 ? 3 : memsz >= 4 ? 2 : memsz >= 2 ? 1 : 0;
  uint32_t align = atomic ? maxalign : maxalign - pick(g, maxalign + 1);   /* natural alignment first */
  uint32_t mem = pick_mem(g);
  if (g->multi && (mem != 0 || coin(g, 32))) {
    put_u32(g, align | 0x40);
    put_u32(g, mem);
  } else {
    put_u32(g, align);
  }
  uint32_t off;
  switch (pick(g, 8)) {
  case 0: case 1: case 2: case 3: off = pick(g, 16); break;
  case 4: off = pick(g, 65536); break;
  case 5: off = 65536 - pick(g, 16); break;
  case 6: off = bits32(g); break;
  default: off = 0xFFFFFFFFu - pick(g, 16); break;
  }
  if (g->mem64 && coin(g, 24)) {                    /* i64 memories: offsets past 2^32, up to 2^64-1 */
    uint64_t big = coin(g, 128) ? ~(uint64_t)0 - pick(g, 16) : bits64(g);
    do {
      uint8_t b = big & 0x7F;
      big >>= 7;
      put(g, big ? (uint8_t)(b | 0x80) : b);
    } while (big);
    return;
  }
  put_u32(g, off);
}

static void table_pair(gen *g, uint32_t *x, uint32_t *y) {
  *x = pick(g, g->ntables);
  int t = find_table(g, g->tables[*x].type);
  *y = t < 0 ? *x : (uint32_t)t;
}

static void elem_table_pair(gen *g, uint32_t *e, uint32_t *x) {
  uint32_t s = pick(g, g->nelems);
  for (uint32_t i = 0; i < g->nelems; i++) {
    uint32_t k = (s + i) % g->nelems;
    int t = find_table(g, g->elems[k].type);
    if (t >= 0) {
      *e = k;
      *x = (uint32_t)t;
      return;
    }
  }
  *e = 0;   /* unreachable: table.init is only listed when a pair exists */
  *x = 0;
}

/* Emits a simple (table-typed) instruction, getting its operands first. */
static void emit_simple(gen *g, int o, bool reuse) {
  need(g, g->sp_[o], g->snp[o], reuse);
  op(g, o);
  uint32_t a, b;
  switch (GOPS[o].imm) {
  case GI_IMM_MEMARG: memarg(g, GOPS[o].memsz, GOPS[o].prefix == 0xFE); break;
  case GI_IMM_ZERO: put(g, 0); break;
  case GI_IMM_MEM: memidx(g); break;
  case GI_IMM_MEM_MEM: memidx(g); memidx(g); break;
  case GI_IMM_I32: put_s64(g, (int32_t)gen_i32(g)); break;
  case GI_IMM_I64: put_s64(g, (int64_t)gen_i64(g)); break;
  case GI_IMM_F32: put_le(g, gen_f32(g), 4); break;
  case GI_IMM_F64: put_le(g, gen_f64(g), 8); break;
  case GI_IMM_V128: put_v128(g); break;
  case GI_IMM_SHUFFLE: put_shuffle(g); break;
  case GI_IMM_LANE: put(g, (uint8_t)pick(g, lane_count(o))); break;
  case GI_IMM_MEMARG_LANE: memarg(g, GOPS[o].memsz, false); put(g, (uint8_t)pick(g, lane_count(o))); break;
  case GI_IMM_DATA_MEM: put_u32(g, pick(g, g->ndatas)); memidx(g); break;
  case GI_IMM_DATA: put_u32(g, pick(g, g->ndatas)); break;
  case GI_IMM_ELEM: put_u32(g, pick(g, g->nelems)); break;
  case GI_IMM_ELEM_TABLE: elem_table_pair(g, &a, &b); put_u32(g, a); put_u32(g, b); break;
  case GI_IMM_TABLE_TABLE: table_pair(g, &a, &b); put_u32(g, a); put_u32(g, b); break;
  case GI_IMM_TABLE: put_u32(g, pick(g, g->ntables)); break;
  default: break;
  }
  g->sp -= g->snp[o];
  if (g->snr[o]) push(g, g->sr[o]);
}

/* ---------------------------------------------------------------- values */

static void emit_const(gen *g, uint8_t t) {
  switch (t) {
  case T_I32: op(g, G_I32_CONST); put_s64(g, (int32_t)gen_i32(g)); break;
  case T_I64: op(g, G_I64_CONST); put_s64(g, (int64_t)gen_i64(g)); break;
  case T_F32: op(g, G_F32_CONST); put_le(g, gen_f32(g), 4); break;
  case T_F64: op(g, G_F64_CONST); put_le(g, gen_f64(g), 8); break;
  case T_V128: op(g, G_V128_CONST); put_v128(g); break;
  default: op(g, G_REF_NULL); put(g, TBYTE[t]); break;
  }
  push(g, t);
}

static void emit_call(gen *g, uint32_t f, bool reuse) {
  const ftype *ft = &g->types[g->func_type[f]];
  need(g, ft->p, ft->np, reuse);
  op(g, G_CALL);
  put_u32(g, f);
  g->sp -= ft->np;
  for (uint32_t i = 0; i < ft->nr; i++) push(g, ft->r[i]);
}

/* i64.add128 / i64.sub128 (four i64 operands) or i64.mul_wide_s / _u (two), leaving two i64 results. */
static void emit_wide(gen *g, bool reuse) {
  static const int ops[4] = {G_I64_ADD128, G_I64_SUB128, G_I64_MUL_WIDE_S, G_I64_MUL_WIDE_U};
  static const uint8_t i64s[4] = {T_I64, T_I64, T_I64, T_I64};
  uint32_t k = pick(g, 4), n = k < 2 ? 4 : 2;
  need(g, i64s, n, reuse);
  op(g, ops[k]);
  g->sp -= n;
  push(g, T_I64);
  push(g, T_I64);
}

/* Pushes one freshly computed value of type t (never consumes what is already on the stack). */
static void value(gen *g, uint8_t t) {
  uint32_t c = (g->vdepth < g->vmax && more(g)) ? pick(g, 10) : 0;
  g->vdepth++;
  int x;
  if (IS_NUM(t)) {
    switch (c) {
    case 2:
      if ((x = find_local(g, t)) < 0) goto leaf;
      op(g, G_LOCAL_GET);
      put_u32(g, (uint32_t)x);
      push(g, t);
      break;
    case 3:
      if ((x = find_global(g, t, false)) < 0) goto leaf;
      op(g, G_GLOBAL_GET);
      put_u32(g, (uint32_t)x);
      push(g, t);
      break;
    case 4: case 5: case 6: case 7:
      if (t == T_I64 && g->wide && coin(g, 48)) {   /* the low half of a wide result */
        emit_wide(g, false);
        op(g, G_DROP);
        g->sp--;
        break;
      }
      if (!g->nby_res[t]) goto leaf;
      emit_simple(g, g->by_res[t][pick(g, g->nby_res[t])], false);
      break;
    case 8: {
      x = find_func_results(g, &t, 1);
      if (x < 0) goto leaf;
      emit_call(g, (uint32_t)x, false);
      break;
    }
    case 9:
      if (t != T_I32) goto leaf;
      {
        uint8_t rt = coin(g, 128) ? T_FUNCREF : T_EXTERNREF;
        value(g, rt);
        op(g, G_REF_IS_NULL);
        g->sp--;
        push(g, T_I32);
      }
      break;
    default:
    leaf:
      emit_const(g, t);
      break;
    }
  } else {
    switch (c) {
    case 4:
      if ((x = find_local(g, t)) < 0) goto rleaf;
      op(g, G_LOCAL_GET);
      put_u32(g, (uint32_t)x);
      push(g, t);
      break;
    case 5:
      if ((x = find_global(g, t, false)) < 0) goto rleaf;
      op(g, G_GLOBAL_GET);
      put_u32(g, (uint32_t)x);
      push(g, t);
      break;
    case 6: case 7:
      if (t != T_FUNCREF) goto rleaf;
      op(g, G_REF_FUNC);
      put_u32(g, pick(g, g->nfuncs));
      push(g, t);
      break;
    case 8:
      if ((x = find_table(g, t)) < 0) goto rleaf;
      value(g, g->tab64 ? T_I64 : T_I32);
      op(g, G_TABLE_GET);
      put_u32(g, (uint32_t)x);
      g->sp--;
      push(g, t);
      break;
    default:
    rleaf:
      emit_const(g, t);
      break;
    }
  }
  g->vdepth--;
}

/* ---------------------------------------------------------------- instruction families */

static void act_simple(gen *g, bool consume) {
  if (g->wide && coin(g, 16)) {
    emit_wide(g, consume);
    return;
  }
  if (consume && avail(g) > 0) {
    uint8_t t = g->stack[g->sp - 1];
    if (IS_NUM(t) && g->nby_p0[t]) {
      emit_simple(g, g->by_p0[t][pick(g, g->nby_p0[t])], true);
      return;
    }
  }
  if (g->nsimple) emit_simple(g, g->simple[pick(g, g->nsimple)], true);
}

static void act_local(gen *g) {
  if (!g->nlocals) {
    act_simple(g, false);
    return;
  }
  uint32_t x = pick(g, g->nlocals);
  uint8_t t = g->locals[x];
  switch (pick(g, 3)) {
  case 0:
    op(g, G_LOCAL_GET);
    put_u32(g, x);
    push(g, t);
    break;
  case 1:
    need(g, &t, 1, true);
    op(g, G_LOCAL_SET);
    put_u32(g, x);
    g->sp--;
    break;
  default:
    need(g, &t, 1, true);
    op(g, G_LOCAL_TEE);
    put_u32(g, x);
    break;
  }
}

static void act_global(gen *g) {
  if (!g->nglobals) {
    act_simple(g, false);
    return;
  }
  int x;
  if (coin(g, 128) && (x = find_global(g, T__N, true)) >= 0) {
    uint8_t t = g->globals[x].type;
    need(g, &t, 1, true);
    op(g, G_GLOBAL_SET);
    put_u32(g, (uint32_t)x);
    g->sp--;
  } else {
    x = (int)pick(g, g->nglobals);
    op(g, G_GLOBAL_GET);
    put_u32(g, (uint32_t)x);
    push(g, g->globals[x].type);
  }
}

static void act_drop(gen *g) {
  if (!avail(g)) value(g, gen_valtype(g));
  op(g, G_DROP);
  g->sp--;
}

static void act_select(gen *g) {
  bool typed = coin(g, 80);
  uint8_t t;
  if (avail(g) && (typed || IS_NUM(g->stack[g->sp - 1])) && coin(g, 192)) t = g->stack[g->sp - 1];
  else t = typed ? gen_valtype(g) : (uint8_t)pick(g, g->simd ? N_NUM : N_NUM - 1);   /* numbers, v128 */
  uint8_t ts[3] = {t, t, T_I32};
  need(g, ts, 3, true);
  if (typed) {
    op(g, G_SELECT_T);
    put_u32(g, 1);
    put(g, TBYTE[t]);
  } else {
    op(g, G_SELECT);
  }
  g->sp -= 3;
  push(g, t);
}

static void blocktype(gen *g, ftype *bt) {
  uint32_t c = pick(g, 8);
  memset(bt, 0, sizeof *bt);
  if (c < 3) {
    put(g, 0x40);
  } else if (c < 6) {
    bt->nr = 1;
    bt->r[0] = gen_valtype(g);
    put(g, TBYTE[bt->r[0]]);
  } else {
    uint32_t x = pick(g, g->ntypes);
    *bt = g->types[x];
    put_s64(g, x);
  }
}

/* try_table's catch clauses, chosen before its frame is pushed (their labels are outside it): catch_all
 * for a label that takes nothing, catch x for one that takes exactly tag x's payload. */
static void catch_clauses(gen *g) {
  uint8_t kind[4];
  uint32_t tag[4], lab[4], n = 0, want = pick(g, 4);
  for (uint32_t i = 0; i < want; i++) {
    uint32_t l = pick(g, g->nctrl), nlt;
    const uint8_t *lt = label_types(&g->ctrl[g->nctrl - 1 - l], &nlt);
    if (!nlt) { kind[n] = 2; tag[n] = 0; lab[n++] = l; continue; }
    for (uint32_t x = 0; x < g->ntags; x++) {
      const ftype *tt = &g->types[g->tag_type[x]];
      if (same_types(tt->p, tt->np, lt, nlt)) { kind[n] = 0; tag[n] = x; lab[n++] = l; break; }
    }
  }
  put_u32(g, n);
  for (uint32_t i = 0; i < n; i++) {
    put(g, kind[i]);
    if (kind[i] == 0) put_u32(g, tag[i]);
    put_u32(g, lab[i]);
  }
}

static void open_block(gen *g, int o);

static void act_block(gen *g) {
  if (g->nctrl > g->max_depth) {
    act_simple(g, true);
    return;
  }
  uint32_t k = pick(g, 3);
  open_block(g, k == 0 ? G_BLOCK : k == 1 ? G_LOOP : G_IF);
}

/* throw_ref of a caught exception: a body (a throw, or a call whose results are dropped) in a try_table
 * whose catch_all_ref (or catch_ref of a tag without payload) leaves the exnref to a block that ends in
 * throw_ref; the body's normal end branches past it. Or, rarely, throw_ref of a null exnref (a trap).
 * Stack-neutral unless it throws. */
static void emit_throw_ref(gen *g) {
  if (coin(g, 16)) {
    op(g, G_REF_NULL);
    put(g, 0x69);
    op(g, G_THROW_REF);
    set_unreachable(g);
    return;
  }
  int notag = -1;
  for (uint32_t x = 0; x < g->ntags && notag < 0; x++)
    if (!g->types[g->tag_type[x]].np) notag = (int)x;
  op(g, G_BLOCK);
  put(g, 0x40);
  op(g, G_BLOCK);
  put(g, 0x69);                        /* (result exnref) */
  op(g, G_TRY_TABLE);
  put(g, 0x40);
  put(g, 1);
  if (notag >= 0 && coin(g, 128)) {
    put(g, 1);                         /* catch_ref x 0 */
    put_u32(g, (uint32_t)notag);
  } else {
    put(g, 3);                         /* catch_all_ref 0 */
  }
  put(g, 0);
  if (coin(g, 128)) {
    uint32_t x = pick(g, g->ntags);
    const ftype *tt = &g->types[g->tag_type[x]];
    need(g, tt->p, tt->np, false);
    op(g, G_THROW);
    put_u32(g, x);
    g->sp -= tt->np;
  } else {
    uint32_t f = pick(g, g->nfuncs);
    emit_call(g, f, false);
    for (uint32_t i = 0; i < g->types[g->func_type[f]].nr; i++) {
      op(g, G_DROP);
      g->sp--;
    }
  }
  op(g, G_END);
  op(g, G_BR);
  put(g, 1);
  op(g, G_END);
  op(g, G_THROW_REF);
  op(g, G_END);
}

/* Legacy exception handling: a rethrow when some enclosing try is in a handler, else a new try. */
static void act_eh_legacy(gen *g) {
  if (coin(g, 96))
    for (uint32_t l = 0; l < g->nctrl; l++) {
      const frame *f = &g->ctrl[g->nctrl - 1 - l];
      if (f->kind == K_TRY && f->try_phase) {
        op(g, G_RETHROW);
        put_u32(g, l);
        set_unreachable(g);
        return;
      }
    }
  if (g->nctrl > g->max_depth) act_simple(g, true);
  else open_block(g, G_TRY);
}

/* Exceptions: throw a tag's payload, or open a try_table (with WD_GEN_EH_MORE also legacy try, rethrow
 * and throw_ref). */
static void act_eh(gen *g) {
  if (g->eh_more) {
    uint32_t c = pick(g, 4);
    if (c == 1) {
      act_eh_legacy(g);
      return;
    }
    if (c == 2) {
      emit_throw_ref(g);
      return;
    }
  }
  if (coin(g, 96)) {
    uint32_t x = pick(g, g->ntags);
    const ftype *tt = &g->types[g->tag_type[x]];
    need(g, tt->p, tt->np, true);
    op(g, G_THROW);
    put_u32(g, x);
    set_unreachable(g);
  } else if (g->nctrl > g->max_depth) {
    act_simple(g, true);
  } else {
    open_block(g, G_TRY_TABLE);
  }
}

/* Opens a block, loop, if or try_table. */
static void open_block(gen *g, int o) {
  /* the block type goes after the opcode, but its parameters must be on the stack first: choose it into
   * a scratch position, then emit operands, opcode and block type in that order */
  size_t mark = g->n;
  ftype bt;
  blocktype(g, &bt);
  uint8_t enc[12];
  size_t nenc = g->n - mark;
  if (g->oom || nenc > sizeof enc) return;
  memcpy(enc, g->buf + mark, nenc);
  g->n = mark;
  /* a counted loop: the counter is set before the loop (stack-neutral) and tested at its end */
  int counter = -1;
  if (o == G_LOOP && coin(g, 128) && (counter = find_local(g, T_I32)) >= 0) {
    op(g, G_I32_CONST);
    put_s64(g, 1 + pick(g, 16));
    op(g, G_LOCAL_SET);
    put_u32(g, (uint32_t)counter);
  }
  uint8_t ts[MAX_PARAMS + 1];
  memcpy(ts, bt.p, bt.np);
  uint32_t nts = bt.np;
  if (o == G_IF) ts[nts++] = T_I32;
  need(g, ts, nts, true);
  op(g, o);
  for (size_t i = 0; i < nenc; i++) put(g, enc[i]);
  if (o == G_TRY_TABLE) catch_clauses(g);
  g->sp -= nts;
  frame *f = &g->ctrl[g->nctrl++];
  f->kind = o == G_LOOP ? K_LOOP : o == G_IF ? K_IF : o == G_TRY ? K_TRY : K_BLOCK;   /* try_table: a block */
  f->try_phase = 0;
  f->unreachable = false;
  f->has_else = false;
  f->counter = counter;
  f->bt = bt;
  f->height = g->sp;
  for (uint32_t i = 0; i < bt.np; i++) push(g, bt.p[i]);
}

/* Closes the innermost block (switching an if to its else arm first when that is needed or chosen). */
static void close_frame(gen *g, bool all) {
  frame *f = top(g);
  if (f->kind == K_IF && !f->has_else &&
      (!same_types(f->bt.p, f->bt.np, f->bt.r, f->bt.nr) || coin(g, 96))) {
    coerce(g, f->bt.r, f->bt.nr);
    op(g, G_ELSE);
    g->sp = f->height;
    for (uint32_t i = 0; i < f->bt.np; i++) push(g, f->bt.p[i]);
    f->has_else = true;
    f->unreachable = false;
    if (!all) return;
  }
  if (f->kind == K_TRY) {               /* legacy try: delegate, or on to a handler, or just end */
    uint32_t c = f->try_phase == 0 ? pick(g, 4) : f->try_phase == 1 && !all && coin(g, 64) ? 1 + pick(g, 2) : 3;
    if (c == 0) {                        /* delegate l: l counts the labels outside the try */
      coerce(g, f->bt.r, f->bt.nr);
      op(g, G_DELEGATE);
      put_u32(g, pick(g, g->nctrl - 1));
      g->sp = f->height;
      g->nctrl--;
      for (uint32_t i = 0; i < f->bt.nr; i++) push(g, f->bt.r[i]);
      return;
    }
    if (c < 3) {                         /* catch x (its payload on the stack) or catch_all */
      coerce(g, f->bt.r, f->bt.nr);
      g->sp = f->height;
      if (c == 1) {
        uint32_t x = pick(g, g->ntags);
        op(g, G_CATCH);
        put_u32(g, x);
        const ftype *tt = &g->types[g->tag_type[x]];
        for (uint32_t i = 0; i < tt->np; i++) push(g, tt->p[i]);
      } else {
        op(g, G_CATCH_ALL);
      }
      f->try_phase = (uint8_t)c;
      f->unreachable = false;
      if (!all) return;
    }
  }
  if (f->kind == K_LOOP && f->counter >= 0) {   /* counter -= 1; loop again while it is not zero */
    coerce(g, f->bt.p, f->bt.np);
    op(g, G_LOCAL_GET);
    put_u32(g, (uint32_t)f->counter);
    op(g, G_I32_CONST);
    put(g, 1);
    op(g, G_I32_SUB);
    op(g, G_LOCAL_TEE);
    put_u32(g, (uint32_t)f->counter);
    op(g, G_BR_IF);
    put(g, 0);
  }
  coerce(g, f->bt.r, f->bt.nr);
  op(g, G_END);
  g->sp = f->height;
  g->nctrl--;
  for (uint32_t i = 0; i < f->bt.nr; i++) push(g, f->bt.r[i]);
}

static void act_end(gen *g) {
  if (g->nctrl > 1) close_frame(g, false);
  else op(g, G_NOP);
}

static void act_branch(gen *g) {
  uint32_t c = pick(g, 16);
  uint32_t l = pick(g, g->nctrl);
  const frame *lf = &g->ctrl[g->nctrl - 1 - l];
  uint32_t nlt;
  const uint8_t *lt = label_types(lf, &nlt);
  uint8_t ts[MAX_PARAMS + MAX_RESULTS + 1];
  memcpy(ts, lt, nlt);
  ts[nlt] = T_I32;
  if (c < 6) {
    need(g, ts, nlt, true);
    op(g, G_BR);
    put_u32(g, l);
    set_unreachable(g);
  } else if (c < 11) {
    need(g, ts, nlt + 1, true);
    op(g, G_BR_IF);
    put_u32(g, l);
    g->sp--;
  } else if (c < 13) {
    need(g, ts, nlt + 1, true);
    op(g, G_BR_TABLE);
    uint32_t n = pick(g, 9);
    put_u32(g, n);
    for (uint32_t i = 0; i < n; i++) {
      uint32_t l2 = pick(g, g->nctrl);
      uint32_t n2;
      const uint8_t *lt2 = label_types(&g->ctrl[g->nctrl - 1 - l2], &n2);
      put_u32(g, same_types(lt, nlt, lt2, n2) ? l2 : l);
    }
    put_u32(g, l);
    set_unreachable(g);
  } else if (c < 15) {
    need(g, g->fty->r, g->fty->nr, true);
    op(g, G_RETURN);
    set_unreachable(g);
  } else {
    op(g, G_UNREACHABLE);
    set_unreachable(g);
  }
}

static void act_call(gen *g) {
  uint32_t c = pick(g, 8);
  int tab = g->ntables ? find_table(g, T_FUNCREF) : -1;
  if (c >= 6 && g->tail) {
    if (c == 6 || tab < 0) {
      int f = find_func_results(g, g->fty->r, g->fty->nr);
      if (f >= 0) {
        const ftype *ft = &g->types[g->func_type[f]];
        need(g, ft->p, ft->np, true);
        op(g, G_RETURN_CALL);
        put_u32(g, (uint32_t)f);
        set_unreachable(g);
        return;
      }
    } else {
      int x = find_type_results(g, g->fty->r, g->fty->nr);
      if (x >= 0) {
        const ftype *ft = &g->types[x];
        uint8_t ts[MAX_PARAMS + 1];
        memcpy(ts, ft->p, ft->np);
        ts[ft->np] = g->tab64 ? T_I64 : T_I32;
        need(g, ts, ft->np + 1u, true);
        op(g, G_RETURN_CALL_INDIRECT);
        put_u32(g, (uint32_t)x);
        put_u32(g, (uint32_t)tab);
        set_unreachable(g);
        return;
      }
    }
  }
  if (c >= 4 && tab >= 0) {
    uint32_t x = pick(g, g->ntypes);
    const ftype *ft = &g->types[x];
    uint8_t ts[MAX_PARAMS + 1];
    memcpy(ts, ft->p, ft->np);
    ts[ft->np] = g->tab64 ? T_I64 : T_I32;
    need(g, ts, ft->np + 1u, true);
    op(g, G_CALL_INDIRECT);
    put_u32(g, x);
    put_u32(g, (uint32_t)tab);
    g->sp -= ft->np + 1u;
    for (uint32_t i = 0; i < ft->nr; i++) push(g, ft->r[i]);
    return;
  }
  emit_call(g, pick(g, g->nfuncs), true);
}

static void act_table(gen *g) {
  if (!g->ntables) {
    act_simple(g, true);
    return;
  }
  uint32_t x = pick(g, g->ntables);
  uint8_t t = g->tables[x].type, at = g->tab64 ? T_I64 : T_I32;
  uint8_t ts[3];
  switch (pick(g, 8)) {
  case 0:
    ts[0] = at;
    need(g, ts, 1, true);
    op(g, G_TABLE_GET);
    put_u32(g, x);
    g->sp--;
    push(g, t);
    break;
  case 1:
    ts[0] = at, ts[1] = t;
    need(g, ts, 2, true);
    op(g, G_TABLE_SET);
    put_u32(g, x);
    g->sp -= 2;
    break;
  case 2:
    ts[0] = t, ts[1] = at;
    need(g, ts, 2, true);
    op(g, G_TABLE_GROW);
    put_u32(g, x);
    g->sp -= 2;
    push(g, at);
    break;
  case 3:
    ts[0] = at, ts[1] = t, ts[2] = at;
    need(g, ts, 3, true);
    op(g, G_TABLE_FILL);
    put_u32(g, x);
    g->sp -= 3;
    break;
  case 4: emit_simple(g, G_TABLE_SIZE, true); break;
  case 5: emit_simple(g, G_TABLE_COPY, true); break;
  case 6:
    if (g->elem_table_pair) emit_simple(g, G_TABLE_INIT, true);
    else emit_simple(g, G_TABLE_COPY, true);
    break;
  default:
    if (g->nelems) emit_simple(g, G_ELEM_DROP, true);
    else emit_simple(g, G_TABLE_SIZE, true);
    break;
  }
}

static void act_ref(gen *g) {
  switch (pick(g, 3)) {
  case 0: {
    uint8_t t = coin(g, 128) ? T_FUNCREF : T_EXTERNREF;
    op(g, G_REF_NULL);
    put(g, TBYTE[t]);
    push(g, t);
    break;
  }
  case 1: {
    uint8_t t = coin(g, 128) ? T_FUNCREF : T_EXTERNREF;
    if (avail(g) && IS_REF(g->stack[g->sp - 1])) t = g->stack[g->sp - 1];
    need(g, &t, 1, true);
    op(g, G_REF_IS_NULL);
    g->sp--;
    push(g, T_I32);
    break;
  }
  default:
    op(g, G_REF_FUNC);
    put_u32(g, pick(g, g->nfuncs));
    push(g, T_FUNCREF);
    break;
  }
}

/* ---------------------------------------------------------------- shared mode: order-independent atomics */

/* The 0xFE opcode with sub-opcode in [lo, lo + n) and access width w, i64 flavour or not; -1 if none. */
static int atomic_op(uint32_t lo, uint32_t n, uint32_t w, bool i64) {
  for (int i = 0; i < G__COUNT; i++) {
    const gop *o = &GOPS[i];
    if (o->prefix != 0xFE || o->code < lo || o->code >= lo + n || o->memsz != w || !o->sig) continue;
    if ((strchr(o->sig, 'l') != NULL) == i64) return i;   /* an i64 operand or result */
  }
  return -1;
}

static uint32_t region_base(uint32_t r) { return r + 1 < SH_REGIONS ? r * SH_REGION : SH_BYTES - SH_REGION; }

/* Pushes an i32 address of memory 0 for an access of w bytes in region r and returns the memarg offset
 * to go with it: mostly inside the region at a multiple of w (a masked computed index, or constants),
 * sometimes past the memory's end or misaligned, which traps before touching anything. */
static uint32_t shared_addr(gen *g, uint32_t r, uint32_t w) {
  uint32_t base = region_base(r), slots = SH_REGION / w;
  uint32_t c = pick(g, 64);                         /* 1 in 32 traps: most calls get far */
  if (c < 28) {
    value(g, T_I32);
    op(g, G_I32_CONST);
    put_s64(g, (int32_t)(SH_REGION - w));           /* a multiple of w below SH_REGION */
    op(g, G_I32_AND);
    return base;
  }
  if (c < 48) {
    op(g, G_I32_CONST);
    put_s64(g, (int32_t)(base + pick(g, slots) * w));
    push(g, T_I32);
    return 0;
  }
  switch (c) {
  default:
    op(g, G_I32_CONST);
    put_s64(g, (int32_t)base);
    push(g, T_I32);
    return pick(g, slots) * w;
  case 62:                                          /* out of bounds */
    op(g, G_I32_CONST);
    put_s64(g, (int32_t)(SH_BYTES - w + 1 + pick(g, 64)));
    push(g, T_I32);
    return coin(g, 128) ? 0 : bits32(g);
  case 63:                                          /* misaligned (out of bounds for one byte) */
    op(g, G_I32_CONST);
    put_s64(g, (int32_t)(w > 1 ? base + pick(g, slots) * w + 1 + pick(g, w - 1) : SH_BYTES + pick(g, 8)));
    push(g, T_I32);
    return 0;
  }
}

/* Emits atomic op o on memory 0 (memarg offset `offset`) after its operands past the address (fresh
 * values; `timeout` for a wait's last operand; with `fixed`, every operand is the constant with each byte
 * `c`), then drops the result: what an atomic reads depends on the order of the threads, so it never flows
 * anywhere. */
static void shared_access(gen *g, int o, uint32_t offset, bool timeout, bool fixed, uint8_t c) {
  const char *s = GOPS[o].sig;
  uint32_t np = 0;
  bool result = false;
  for (s = s + 1; *s; s++) {                         /* the address (first parameter) is on the stack */
    if (*s == ':') { result = s[1] != 0; break; }
    uint8_t t = *s == 'l' ? T_I64 : T_I32;
    if (fixed) {
      uint64_t pat = 0x0101010101010101ull * c;
      if (t == T_I64) {
        op(g, G_I64_CONST);
        put_s64(g, (int64_t)pat);
      } else {
        op(g, G_I32_CONST);
        put_s64(g, (int32_t)(uint32_t)pat);
      }
      push(g, t);
    } else if (timeout && s[1] == ':') {                    /* a wait's timeout (ns): none, short, endless or any */
      static const int64_t tmo[12] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1000, 50000, -1};   /* mostly no wait */
      uint32_t c = pick(g, 14);
      if (c < 12) {
        op(g, G_I64_CONST);
        put_s64(g, tmo[c]);
        push(g, T_I64);
      } else {
        value(g, t);
      }
    } else {
      value(g, t);
    }
    np++;
  }
  op(g, o);
  uint32_t align = GOPS[o].memsz >= 8 ? 3 : GOPS[o].memsz >= 4 ? 2 : GOPS[o].memsz >= 2 ? 1 : 0;
  if (g->multi && coin(g, 64)) {
    put_u32(g, align | 0x40);
    put_u32(g, 0);
  } else {
    put_u32(g, align);
  }
  put_u32(g, offset);
  g->sp -= np + 1;
  if (result) {
    op(g, G_DROP);
  }
}

/* One access to the shared memory: a read-modify-write of its region's class, an atomic load, a wait or
 * a notify (results dropped), or a fence. */
static void act_shared(gen *g) {
  static const uint8_t widths[4] = {1, 2, 4, 8};
  uint32_t c = pick(g, 16), r = pick(g, SH_REGIONS), w;
  bool fixed = false;
  int o;
  if (c < 10 && g->reg_cls[r] == SC_CONST) {         /* store, xchg, or a cmpxchg expecting the value */
    static const uint32_t lo[3] = {0x17, 0x41, 0x48};
    w = widths[pick(g, 4)];
    fixed = true;
    o = atomic_op(lo[pick(g, 3)], 7, w, w == 8 || coin(g, 96));
  } else if (c < 10) {                               /* read-modify-write */
    uint32_t cls = g->reg_cls[r], k = cls == SC_ADD ? pick(g, 2) : cls + 1;   /* add, sub, and, or, xor */
    w = cls == SC_ADD ? g->reg_w[r] : widths[pick(g, 4)];
    bool i64 = w == 8 || coin(g, 96);
    o = atomic_op(0x1E + 7 * k, 7, w, i64);
  } else if (c < 12) {                               /* load */
    w = widths[pick(g, 4)];
    o = atomic_op(0x10, 7, w, w == 8 || coin(g, 96));
  } else if (c < 14) {                               /* wait32 / wait64 */
    w = coin(g, 128) ? 8 : 4;
    o = w == 8 ? G_MEMORY_ATOMIC_WAIT64 : G_MEMORY_ATOMIC_WAIT32;
  } else if (c < 15) {
    w = 4;
    o = G_MEMORY_ATOMIC_NOTIFY;
  } else {
    op(g, G_ATOMIC_FENCE);
    put(g, 0);
    return;
  }
  if (o < 0) return;
  uint32_t offset = shared_addr(g, r, w);
  shared_access(g, o, offset, o == G_MEMORY_ATOMIC_WAIT32 || o == G_MEMORY_ATOMIC_WAIT64, fixed, g->reg_c[r]);
}

/* The most instructions closing every open block (constants for missing results) can take now. */
static uint32_t close_bound(const gen *g) {
  uint32_t total = 0;
  for (uint32_t i = 0; i < g->nctrl; i++) {
    const frame *f = &g->ctrl[i];
    uint32_t a = (i + 1 < g->nctrl ? g->ctrl[i + 1].height : g->sp) - f->height;
    if (i + 1 < g->nctrl) a += g->ctrl[i + 1].bt.nr;   /* the inner block's results land here */
    uint32_t c = a + f->bt.nr + 1;                       /* drops, results, end */
    if (f->kind == K_IF && !f->has_else) c += 1u + f->bt.np + f->bt.nr;
    if (f->kind == K_TRY && f->try_phase == 0) c += 2u + MAX_PARAMS + f->bt.nr;   /* a handler, delegate */
    if (f->kind == K_LOOP && f->counter >= 0) c += 2u * f->bt.np + 5u;
    total += c;
  }
  return total;
}

static void step(gen *g) {
  frame *f = top(g);
  if (g->close_bias) {
    g->close_bias = false;
    if (coin(g, 192)) {
      if (g->nctrl > 1) close_frame(g, false);
      else if (f->unreachable && coin(g, 128)) g->stop = true;
      return;
    }
  }
  if (avail(g) > MAX_AVAIL) {
    op(g, G_DROP);
    g->sp--;
    return;
  }
  if (g->shared && coin(g, 48)) {      /* shared mode only: without, no decision changes */
    act_shared(g);
    return;
  }
  uint32_t r = byte(g);
  if (r < 56) act_simple(g, false);
  else if (r < 100) act_simple(g, true);
  else if (r < 112) value(g, gen_valtype(g));
  else if (r < 128) act_local(g);
  else if (r < 138) act_global(g);
  else if (r < 143) act_drop(g);
  else if (r < 150) act_select(g);
  else if (r < 176) act_block(g);
  else if (r < 188) {
    if (g->eh && r >= 184) act_eh(g);    /* only with exceptions: without, the same input, the same module */
    else act_branch(g);
  }
  else if (r < 200) act_call(g);
  else if (r < 212) act_table(g);
  else if (r < 220) act_ref(g);
  else if (r < 240) act_end(g);
  else act_simple(g, true);
}

/* ---------------------------------------------------------------- module shape */

static void gen_ftype(gen *g, ftype *ft) {
  memset(ft, 0, sizeof *ft);
  ft->np = (uint8_t)pick(g, MAX_PARAMS + 1);
  uint32_t c = pick(g, 8);
  ft->nr = (uint8_t)(c < 4 ? c / 2 : c < 7 ? 1 : MAX_RESULTS);   /* mostly 0 or 1 result */
  if (c >= 2 && c < 4) ft->nr = (uint8_t)(1 + pick(g, MAX_RESULTS));
  for (uint32_t i = 0; i < ft->np; i++) ft->p[i] = gen_valtype(g);
  for (uint32_t i = 0; i < ft->nr; i++) ft->r[i] = gen_valtype(g);
}

/* memory64/table64: the addresses, sizes and lengths of table-typed memory and table instructions are
 * i64 when every memory (mem64) or every table (tab64) has i64 addresses; copies keep both i64 then. */
static void addr_types(gen *g, int i, uint8_t np, uint8_t nr) {
  uint8_t *p = g->sp_[i];
  switch (GOPS[i].imm) {
  case GI_IMM_MEMARG: case GI_IMM_MEMARG_LANE: case GI_IMM_DATA_MEM:
    if (g->mem64 && np) p[0] = T_I64;
    break;
  case GI_IMM_MEM: case GI_IMM_MEM_MEM:             /* size (result), grow (both), fill (0, 2), copy */
    if (!g->mem64) break;
    if (nr) g->sr[i] = T_I64;
    for (uint8_t k = 0; k < np; k++)
      if (!(i == G_MEMORY_FILL && k == 1)) p[k] = T_I64;
    break;
  case GI_IMM_TABLE: case GI_IMM_TABLE_TABLE:       /* table.size (result), table.copy */
    if (!g->tab64) break;
    if (nr) g->sr[i] = T_I64;
    for (uint8_t k = 0; k < np; k++) p[k] = T_I64;
    break;
  case GI_IMM_ELEM_TABLE:
    if (g->tab64 && np) p[0] = T_I64;
    break;
  default: break;
  }
}

static void build_lists(gen *g) {
  g->nsimple = 0;
  memset(g->nby_p0, 0, sizeof g->nby_p0);
  memset(g->nby_res, 0, sizeof g->nby_res);
  for (int i = 0; i < G__COUNT; i++) {
    const gop *o = &GOPS[i];
    if ((o->prefix == 0xFD && (!g->simd || (o->code >= 0x100 && !g->relaxed))) || !o->sig || i == G_UNREACHABLE)
      continue;
    if (o->prefix == 0xFE && (!g->threads || g->shared)) continue;   /* shared mode: act_shared's alone */
    uint32_t own_mems = g->nmems - (g->shared ? 1 : 0);                 /* what non-atomic accesses use */
    switch (o->imm) {
    case GI_IMM_MEMARG: case GI_IMM_MEM: case GI_IMM_MEM_MEM: case GI_IMM_MEMARG_LANE:
      if (!own_mems) continue;
      break;
    case GI_IMM_DATA_MEM:
      if (!own_mems || !g->ndatas || !g->has_datacount) continue;
      break;
    case GI_IMM_DATA:
      if (!g->ndatas || !g->has_datacount) continue;
      break;
    case GI_IMM_ELEM_TABLE:
      if (!g->elem_table_pair) continue;
      break;
    case GI_IMM_ELEM:
      if (!g->nelems) continue;
      break;
    case GI_IMM_TABLE: case GI_IMM_TABLE_TABLE:
      if (!g->ntables) continue;
      break;
    case GI_IMM_NONE: case GI_IMM_I32: case GI_IMM_I64: case GI_IMM_F32: case GI_IMM_F64:
    case GI_IMM_V128: case GI_IMM_SHUFFLE: case GI_IMM_LANE:
    case GI_IMM_ZERO:                 /* atomic.fence (threads only) */
      break;
    default:
      continue;   /* an immediate kind this generator does not fill in for table-typed ops */
    }
    uint8_t np = 0, nr = 0;
    bool results = false, ok = true;
    for (const char *s = o->sig; *s; s++) {
      uint8_t t;
      switch (*s) {
      case ':': results = true; continue;
      case 'i': t = T_I32; break;
      case 'l': t = T_I64; break;
      case 'f': t = T_F32; break;
      case 'd': t = T_F64; break;
      case 'v': t = T_V128; break;
      default: ok = false; t = 0; break;
      }
      if (!ok) break;
      if (results) {
        if (nr >= 1) { ok = false; break; }
        g->sr[i] = t;
        nr++;
      } else {
        if (np >= 3) { ok = false; break; }
        g->sp_[i][np++] = t;
      }
    }
    if (!ok) continue;
    addr_types(g, i, np, nr);
    g->snp[i] = np;
    g->snr[i] = nr;
    g->simple[g->nsimple++] = (uint16_t)i;
    if (np) g->by_p0[g->sp_[i][0]][g->nby_p0[g->sp_[i][0]]++] = (uint16_t)i;
    if (nr) g->by_res[g->sr[i]][g->nby_res[g->sr[i]]++] = (uint16_t)i;
  }
}

static void decide_shape(gen *g, uint32_t max_funcs, bool no_start) {
  /* types */
  g->ntypes = 1 + pick(g, 12);
  for (uint32_t i = 0; i < g->ntypes; i++) gen_ftype(g, &g->types[i]);
  /* start function: an extra, harmless [] -> [] function at the end */
  g->has_start = !no_start && max_funcs >= 2 && coin(g, 32);
  uint32_t start_type = 0;
  if (g->has_start) {
    uint32_t i;
    for (i = 0; i < g->ntypes; i++)
      if (!g->types[i].np && !g->types[i].nr) break;
    if (i == g->ntypes) memset(&g->types[g->ntypes++], 0, sizeof(ftype));
    start_type = i;
  }
  /* exception tags: each of a type without results (one is added if there is none) */
  if (g->eh) {
    uint32_t cand[MAX_TYPES], nc = 0;
    for (uint32_t i = 0; i < g->ntypes; i++)
      if (!g->types[i].nr) cand[nc++] = i;
    if (!nc && g->ntypes < MAX_TYPES) {
      memset(&g->types[g->ntypes], 0, sizeof(ftype));
      g->types[g->ntypes].np = (uint8_t)pick(g, 3);
      for (uint32_t k = 0; k < g->types[g->ntypes].np; k++) g->types[g->ntypes].p[k] = gen_valtype(g);
      cand[nc++] = g->ntypes++;
    }
    g->ntags = nc ? 1 + pick(g, MAX_TAGS) : 0;
    for (uint32_t i = 0; i < g->ntags; i++) g->tag_type[i] = (uint8_t)cand[pick(g, nc)];
    if (!g->ntags) g->eh = false;
  }
  /* functions */
  uint32_t room = max_funcs - (g->has_start ? 1 : 0);
  g->ngen = 1 + (coin(g, 40) ? pick(g, room) : pick(g, room < 8 ? room : 8));
  for (uint32_t i = 0; i < g->ngen; i++) g->func_type[i] = (uint8_t)pick(g, g->ntypes);
  g->nfuncs = g->ngen;
  if (g->has_start) g->func_type[g->nfuncs++] = (uint8_t)start_type;
  /* tables: table 0 is funcref, so call_indirect always has one */
  static const uint8_t ntab[8] = {1, 1, 1, 1, 2, 2, 0, MAX_TABLES};
  g->ntables = ntab[pick(g, 8)];
  for (uint32_t i = 0; i < g->ntables; i++) {
    table_d *t = &g->tables[i];
    t->type = i == 0 || coin(g, 128) ? T_FUNCREF : T_EXTERNREF;
    t->min = pick(g, 17);
    if (t->min > g->max_elems) t->min = g->max_elems;
    t->has_max = !(g->unbounded && coin(g, 48));
    t->max = t->min + pick(g, g->max_elems - t->min + 1);
  }
  g->tab64 = g->m64 && !g->no_tab64 && g->ntables && coin(g, 96);   /* no decision without memory64 */
  /* memories */
  if (g->shared) g->nmems = g->multi && coin(g, 128) ? 2 + pick(g, MAX_MEMS - 1) : 1;   /* 0: the import */
  else if (g->multi) g->nmems = coin(g, 96) ? 1 + pick(g, MAX_MEMS) : 1;
  else g->nmems = coin(g, 16) ? 0 : 1;
  if (g->shared) {                   /* declared (memory 0..1 1..4 shared); the host gives exactly 1 page */
    g->mems[0].min = pick(g, 2);
    g->mems[0].has_max = true;
    g->mems[0].max = 1 + pick(g, 4);
    for (uint32_t r = 0; r < SH_REGIONS; r++) {
      g->reg_cls[r] = (uint8_t)pick(g, SC__N);
      g->reg_w[r] = (uint8_t)(1u << pick(g, 4));
      g->reg_c[r] = (uint8_t)byte(g);
    }
  }
  for (uint32_t i = g->shared ? 1 : 0; i < g->nmems; i++) {
    mem_d *m = &g->mems[i];
    static const uint8_t pages[4] = {1, 0, 1, 2};
    m->min = pages[pick(g, 4)];
    if (m->min > g->max_pages) m->min = g->max_pages;
    m->has_max = !(g->unbounded && coin(g, 48));
    m->max = m->min + pick(g, g->max_pages - m->min + 1);
    m->shared = m->page1 = false;
    if (g->threads && !g->shared && coin(g, 48)) {   /* a wait on it blocks (up to the host's bound) */
      m->shared = true;
      m->has_max = true;
    }
    if (g->cps && coin(g, 64)) {     /* 1-byte pages: sizes around the ends of 64 KiB pages */
      static const uint32_t bytes[14] = {0, 1, 2, 3, 7, 8, 100, 255, 256, 4096, 65535, 65536, 65537, 131072};
      static const uint32_t more[6] = {0, 1, 16, 4096, 65536, 200000};
      uint64_t cap = (uint64_t)g->max_pages * 65536u;
      if (cap > 0xFFFFFFFFu) cap = 0xFFFFFFFFu;
      uint64_t lo = bytes[pick(g, 14)], hi = lo + more[pick(g, 6)];
      m->page1 = true;
      m->min = (uint32_t)(lo < cap ? lo : cap);
      m->max = (uint32_t)(hi < cap ? hi : cap);
    }
  }
  g->mem64 = g->m64 && g->nmems && !g->shared && coin(g, 96);   /* the shared import is an i32 memory */
  /* globals */
  g->nglobals = pick(g, MAX_GLOBALS + 1);
  for (uint32_t i = 0; i < g->nglobals; i++) {
    g->globals[i].type = gen_valtype(g);
    g->globals[i].mut = coin(g, 160);
  }
  /* element segments */
  g->nelems = coin(g, 192) ? pick(g, 4) : pick(g, MAX_ELEMS + 1);
  g->elem_table_pair = false;
  for (uint32_t i = 0; i < g->nelems; i++) {
    elem_d *e = &g->elems[i];
    e->mode = (uint8_t)pick(g, 3);
    if (e->mode == SEG_ACTIVE && !g->ntables) e->mode = SEG_PASSIVE;
    uint32_t cap = MAX_ELEM_ITEMS;
    e->offset = 0;
    if (e->mode == SEG_ACTIVE) {
      e->table = (uint8_t)pick(g, g->ntables);
      e->type = g->tables[e->table].type;
      uint32_t min = g->tables[e->table].min;
      if (cap > min) cap = min;
    } else {
      e->table = 0;
      e->type = e->mode == SEG_DECLARATIVE || coin(g, 192) ? T_FUNCREF : T_EXTERNREF;
    }
    e->n = (uint8_t)pick(g, cap + 1);
    if (e->mode == SEG_ACTIVE) e->offset = pick(g, g->tables[e->table].min - e->n + 1);
    bool nulls = false;
    for (uint32_t k = 0; k < e->n; k++) {
      if (e->type == T_FUNCREF && !coin(g, 32)) {
        e->items[k] = (int16_t)pick(g, g->nfuncs);
      } else {
        e->items[k] = -1;
        nulls = true;
      }
    }
    e->exprs = nulls || e->type != T_FUNCREF || coin(g, 96);
    if (find_table(g, e->type) >= 0) g->elem_table_pair = true;
  }
  /* data segments */
  g->ndatas = coin(g, 192) ? pick(g, 4) : pick(g, MAX_DATAS + 1);
  for (uint32_t i = 0; i < g->ndatas; i++) {
    data_d *d = &g->datas[i];
    uint32_t own = g->shared ? 1 : 0;                /* shared mode: never into memory 0 */
    d->mode = g->nmems > own && pick(g, 3) != 1 ? SEG_ACTIVE : SEG_PASSIVE;
    d->mem = 0;
    d->offset = 0;
    if (d->mode == SEG_ACTIVE) {
      d->mem = (uint8_t)(own + pick(g, g->nmems - own));
      uint32_t size = g->mems[d->mem].page1 ? g->mems[d->mem].min : g->mems[d->mem].min * 65536u;
      d->len = pick(g, (size < 32 ? size : 32) + 1);
      uint32_t room2 = size - d->len;
      if (coin(g, 64)) d->offset = room2 - pick(g, room2 < 64 ? room2 + 1 : 64);   /* at the very end */
      else d->offset = pick(g, room2 < 256 ? room2 + 1 : 256);
    } else {
      d->len = pick(g, 33);
    }
  }
  g->has_datacount = g->ndatas ? !coin(g, 24) : coin(g, 16);
}

/* ---------------------------------------------------------------- sections */

static void write_types(gen *g) {
  put(g, 1);
  size_t at = begin_sized(g);
  put_u32(g, g->ntypes);
  for (uint32_t i = 0; i < g->ntypes; i++) {
    const ftype *ft = &g->types[i];
    put(g, 0x60);
    put_u32(g, ft->np);
    for (uint32_t k = 0; k < ft->np; k++) put(g, TBYTE[ft->p[k]]);
    put_u32(g, ft->nr);
    for (uint32_t k = 0; k < ft->nr; k++) put(g, TBYTE[ft->r[k]]);
  }
  end_sized(g, at);
}

static void write_limits(gen *g, bool has_max, uint32_t min, uint32_t max, bool is64) {
  put(g, (uint8_t)((has_max ? 1 : 0) | (is64 ? 4 : 0)));
  put_u32(g, min);
  if (has_max) put_u32(g, max);
}

/* Shared mode: memory 0 is imported, "env" "mem", shared. */
static void write_imports(gen *g) {
  if (!g->shared) return;
  put(g, 2);
  size_t at = begin_sized(g);
  put_u32(g, 1);
  static const char mod[] = "env", name[] = "mem";
  put_u32(g, 3);
  for (int i = 0; i < 3; i++) put(g, (uint8_t)mod[i]);
  put_u32(g, 3);
  for (int i = 0; i < 3; i++) put(g, (uint8_t)name[i]);
  put(g, 2);
  put(g, 0x03);                      /* a maximum follows; shared */
  put_u32(g, g->mems[0].min);
  put_u32(g, g->mems[0].max);
  end_sized(g, at);
}

/* A memory's limits: shared (flag 0x02) and 1-byte pages (0x08, then log2 of the page size, 0) only when
 * the options allow them, so without threads and custom page sizes the bytes are as before. */
static void write_mem_limits(gen *g, const mem_d *m) {
  put(g, (uint8_t)((m->has_max ? 1 : 0) | (m->shared ? 2 : 0) | (g->mem64 ? 4 : 0) | (m->page1 ? 8 : 0)));
  put_u32(g, m->min);
  if (m->has_max) put_u32(g, m->max);
  if (m->page1) put_u32(g, 0);
}

static void write_shape_sections(gen *g) {
  size_t at;
  /* function */
  put(g, 3);
  at = begin_sized(g);
  put_u32(g, g->nfuncs);
  for (uint32_t i = 0; i < g->nfuncs; i++) put_u32(g, g->func_type[i]);
  end_sized(g, at);
  /* table */
  if (g->ntables) {
    put(g, 4);
    at = begin_sized(g);
    put_u32(g, g->ntables);
    for (uint32_t i = 0; i < g->ntables; i++) {
      put(g, TBYTE[g->tables[i].type]);
      write_limits(g, g->tables[i].has_max, g->tables[i].min, g->tables[i].max, g->tab64);
    }
    end_sized(g, at);
  }
  /* memory */
  uint32_t first_mem = g->shared ? 1 : 0;            /* shared mode: memory 0 is imported */
  if (g->nmems > first_mem) {
    put(g, 5);
    at = begin_sized(g);
    put_u32(g, g->nmems - first_mem);
    for (uint32_t i = first_mem; i < g->nmems; i++)
      write_mem_limits(g, &g->mems[i]);
    end_sized(g, at);
  }
  /* tag (exceptions): between memory and global */
  if (g->ntags) {
    put(g, 13);
    at = begin_sized(g);
    put_u32(g, g->ntags);
    for (uint32_t i = 0; i < g->ntags; i++) {
      put(g, 0);
      put_u32(g, g->tag_type[i]);
    }
    end_sized(g, at);
  }
  /* global */
  if (g->nglobals) {
    put(g, 6);
    at = begin_sized(g);
    put_u32(g, g->nglobals);
    for (uint32_t i = 0; i < g->nglobals; i++) {
      put(g, TBYTE[g->globals[i].type]);
      put(g, g->globals[i].mut ? 1 : 0);
      cexpr_value(g, g->globals[i].type);
    }
    end_sized(g, at);
  }
  /* export: everything */
  put(g, 7);
  at = begin_sized(g);
  put_u32(g, g->nfuncs + g->ntables + g->nmems + g->nglobals);
  for (uint32_t i = 0; i < g->nfuncs; i++) { put_name(g, 'f', i); put(g, 0); put_u32(g, i); }
  for (uint32_t i = 0; i < g->ntables; i++) { put_name(g, 't', i); put(g, 1); put_u32(g, i); }
  for (uint32_t i = 0; i < g->nmems; i++) { put_name(g, 'm', i); put(g, 2); put_u32(g, i); }
  for (uint32_t i = 0; i < g->nglobals; i++) { put_name(g, 'g', i); put(g, 3); put_u32(g, i); }
  end_sized(g, at);
  /* start */
  if (g->has_start) {
    put(g, 8);
    at = begin_sized(g);
    put_u32(g, g->nfuncs - 1);
    end_sized(g, at);
  }
}

static void write_elems(gen *g) {
  if (!g->nelems) return;
  put(g, 9);
  size_t at = begin_sized(g);
  put_u32(g, g->nelems);
  for (uint32_t i = 0; i < g->nelems; i++) {
    const elem_d *e = &g->elems[i];
    bool table0 = e->mode == SEG_ACTIVE && e->table == 0 && e->type == T_FUNCREF && coin(g, 160);
    uint32_t flags = e->mode == SEG_ACTIVE ? (table0 ? 0 : 2) : e->mode == SEG_PASSIVE ? 1 : 3;
    if (e->exprs) flags |= 4;
    put(g, (uint8_t)flags);
    if (flags == 2 || flags == 6) put_u32(g, e->table);
    if (e->mode == SEG_ACTIVE) {
      cexpr_offset(g, e->offset, g->tab64);
      op(g, G_END);
    }
    if (flags & 3) put(g, e->exprs ? TBYTE[e->type] : 0x00);   /* reftype, or elemkind funcref */
    put_u32(g, e->n);
    for (uint32_t k = 0; k < e->n; k++) {
      if (!e->exprs) {
        put_u32(g, (uint32_t)e->items[k]);
      } else if (e->items[k] >= 0) {
        op(g, G_REF_FUNC);
        put_u32(g, (uint32_t)e->items[k]);
        op(g, G_END);
      } else {
        op(g, G_REF_NULL);
        put(g, TBYTE[e->type]);
        op(g, G_END);
      }
    }
  }
  end_sized(g, at);
}

static void write_datas(gen *g) {
  if (!g->ndatas) return;
  put(g, 11);
  size_t at = begin_sized(g);
  put_u32(g, g->ndatas);
  for (uint32_t i = 0; i < g->ndatas; i++) {
    const data_d *d = &g->datas[i];
    if (d->mode == SEG_PASSIVE) {
      put(g, 1);
    } else if (d->mem == 0 && !coin(g, 40)) {
      put(g, 0);
      cexpr_offset(g, d->offset, g->mem64);
      op(g, G_END);
    } else {
      put(g, 2);
      put_u32(g, d->mem);
      cexpr_offset(g, d->offset, g->mem64);
      op(g, G_END);
    }
    put_u32(g, d->len);
    /* contents: a cheap xorshift stream seeded from the input, not a byte of input per byte of data */
    uint32_t x = bits32(g) | 1;
    for (uint32_t k = 0; k < d->len; k++) {
      x ^= x << 13, x ^= x >> 17, x ^= x << 5;
      put(g, (uint8_t)x);
    }
  }
  end_sized(g, at);
}

static void gen_body(gen *g, uint32_t fidx) {
  const ftype *ft = &g->types[g->func_type[fidx]];
  g->fty = ft;
  g->nlocals = ft->np;
  memcpy(g->locals, ft->p, ft->np);
  size_t at = begin_sized(g);
  /* locals: up to 4 groups */
  uint32_t ngroups = pick(g, 5), counts[4];
  uint8_t types[4];
  for (uint32_t i = 0; i < ngroups; i++) {
    counts[i] = 1 + pick(g, 3);
    types[i] = gen_valtype(g);
    for (uint32_t k = 0; k < counts[i]; k++) g->locals[g->nlocals++] = types[i];
  }
  put_u32(g, ngroups);
  for (uint32_t i = 0; i < ngroups; i++) {
    put_u32(g, counts[i]);
    put(g, TBYTE[types[i]]);
  }
  /* body */
  g->sp = 0;
  g->nctrl = 1;
  g->ctrl[0].kind = K_FUNC;
  g->ctrl[0].unreachable = g->ctrl[0].has_else = false;
  g->ctrl[0].counter = -1;
  memset(&g->ctrl[0].bt, 0, sizeof(ftype));
  g->ctrl[0].bt.nr = ft->nr;
  memcpy(g->ctrl[0].bt.r, ft->r, ft->nr);
  g->ctrl[0].height = 0;
  g->ninstr = 0;
  g->vdepth = 0;
  g->close_bias = g->stop = false;
  static const uint32_t budgets[4] = {24, 96, 400, 0};
  uint32_t b = budgets[pick(g, 4)];
  g->budget = b && b < g->max_instrs ? b : g->max_instrs;
  while (more(g) && g->ninstr < g->budget && !g->stop && !g->oom) {
    uint32_t used = g->ninstr + close_bound(g);
    int d = MAX_VDEPTH;
    while (d >= 0 && used + STEP_COST(d) > g->max_instrs) d--;
    if (d < 0) break;
    g->vmax = (uint32_t)d;
    step(g);
  }
  g->vmax = 0;   /* closing: operands are constants */
  while (g->nctrl > 1) close_frame(g, true);
  coerce(g, ft->r, ft->nr);
  op(g, G_END);
  end_sized(g, at);
}

static void gen_start_body(gen *g) {
  size_t at = begin_sized(g);
  put_u32(g, 0);   /* no locals */
  for (uint32_t i = 0; i < g->nglobals; i++) {
    const global_d *gl = &g->globals[i];
    if (!gl->mut || !coin(g, 96)) continue;
    g->sp = 0;
    g->nctrl = 1;
    g->ctrl[0].height = 0;
    emit_const(g, gl->type);
    op(g, G_GLOBAL_SET);
    put_u32(g, i);
  }
  g->sp = 0;
  op(g, G_END);
  end_sized(g, at);
}

static void write_code(gen *g) {
  put(g, 10);
  size_t at = begin_sized(g);
  put_u32(g, g->nfuncs);
  for (uint32_t i = 0; i < g->ngen; i++) gen_body(g, i);
  if (g->has_start) gen_start_body(g);
  end_sized(g, at);
}

/* ---------------------------------------------------------------- entry points */

void wd_gen_opts_init(wd_gen_opts *opts) {
  memset(opts, 0, sizeof *opts);
  opts->features = WD_FEATURE_REFERENCE_TYPES | WD_FEATURE_TAIL_CALL | WD_FEATURE_EXTENDED_CONST |
                   WD_FEATURE_MULTI_MEMORY;
  opts->max_funcs = MAX_FUNCS;
  opts->max_instrs = 2000;
  opts->max_depth = MAX_DEPTH;
  opts->max_memory_pages = 16;
  opts->max_table_elems = 64;
}

static size_t generate(gen *g, const uint8_t *data, size_t size, const wd_gen_opts *opts) {
  wd_gen_opts def;
  if (!opts) {
    wd_gen_opts_init(&def);
    opts = &def;
  }
  g->in = data;
  g->in_len = data ? size : 0;
  g->in_pos = 0;
  g->cov = opts->coverage;
  g->tail = opts->features & WD_FEATURE_TAIL_CALL;
  g->ext = opts->features & WD_FEATURE_EXTENDED_CONST;
  g->multi = opts->features & WD_FEATURE_MULTI_MEMORY;
  g->simd = opts->features & WD_FEATURE_SIMD;
  g->relaxed = g->simd && (opts->features & WD_FEATURE_RELAXED_SIMD);
  g->wide = opts->features & WD_FEATURE_WIDE_ARITHMETIC;
  g->m64 = opts->features & WD_FEATURE_MEMORY64;
  g->no_tab64 = opts->flags & WD_GEN_NO_TABLE64;
  g->shared = opts->flags & WD_GEN_SHARED_MEMORY;
  g->cps = opts->features & WD_FEATURE_CUSTOM_PAGE_SIZES;
  g->threads = g->shared || (opts->features & WD_FEATURE_THREADS);
  g->eh = opts->features & WD_FEATURE_EXCEPTIONS;
  g->eh_more = g->eh && (opts->flags & WD_GEN_EH_MORE);
  g->ntags = 0;
  g->unbounded = opts->flags & WD_GEN_UNBOUNDED;
  uint32_t max_funcs = opts->max_funcs ? opts->max_funcs : MAX_FUNCS;
  if (max_funcs > MAX_FUNCS) max_funcs = MAX_FUNCS;
  g->max_instrs = opts->max_instrs ? opts->max_instrs : 2000;
  if (g->max_instrs < MIN_INSTRS) g->max_instrs = MIN_INSTRS;
  if (g->max_instrs > 1000000) g->max_instrs = 1000000;
  g->max_depth = opts->max_depth && opts->max_depth < MAX_DEPTH ? opts->max_depth : MAX_DEPTH;
  g->max_pages = opts->max_memory_pages ? opts->max_memory_pages : 16;
  if (g->max_pages > 65536) g->max_pages = 65536;
  g->max_elems = opts->max_table_elems ? opts->max_table_elems : 64;
  if (g->max_elems > (1u << 24)) g->max_elems = 1u << 24;

  decide_shape(g, max_funcs, opts->flags & WD_GEN_NO_START);
  build_lists(g);

  static const uint8_t header[8] = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
  for (int i = 0; i < 8; i++) put(g, header[i]);
  write_types(g);
  write_imports(g);
  write_shape_sections(g);
  write_elems(g);
  if (g->has_datacount) {
    put(g, 12);
    size_t at = begin_sized(g);
    put_u32(g, g->ndatas);
    end_sized(g, at);
  }
  write_code(g);
  write_datas(g);
  if (coin(g, 16)) {   /* a custom section, which every reader must skip */
    put(g, 0);
    size_t at = begin_sized(g);
    static const char name[] = "warden.gen";
    put_u32(g, sizeof name - 1);
    for (size_t i = 0; i < sizeof name - 1; i++) put(g, (uint8_t)name[i]);
    uint32_t n = pick(g, 16);
    for (uint32_t i = 0; i < n; i++) put(g, (uint8_t)byte(g));
    end_sized(g, at);
  }
  return g->oom ? 0 : g->n;
}

uint8_t *wd_gen_module_alloc(const uint8_t *data, size_t size, const wd_gen_opts *opts, size_t *len) {
  gen *g = malloc(sizeof *g);
  if (!g) return NULL;
  g->buf = NULL;
  g->n = g->cap = 0;
  g->oom = false;
  size_t n = generate(g, data, size, opts);
  uint8_t *out = g->buf;
  free(g);
  if (!n) {
    free(out);
    return NULL;
  }
  if (len) *len = n;
  return out;
}

size_t wd_gen_module(const uint8_t *data, size_t size, const wd_gen_opts *opts, uint8_t *out, size_t cap) {
  size_t n = 0;
  uint8_t *m = wd_gen_module_alloc(data, size, opts, &n);
  if (!m) return 0;
  if (out && n <= cap) memcpy(out, m, n);
  free(m);
  return n;
}
