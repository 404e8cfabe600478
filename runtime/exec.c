/* exec.c — the interpreter: runs internal code (code.h) on the store's value stack.
 *
 * One function, run(), holds the dispatch loop: computed goto (direct threading: each instruction
 * starts with its handler's address, written into the code by the translator) or a portable switch,
 * chosen by WD_COMPUTED_GOTO. The hot state lives in locals (ip, fp, memory 0's base and size, fuel);
 * the rest sits behind one pointer so that the compiler keeps those in registers. Wasm-to-wasm calls
 * never recurse on the C stack: a frame is a slice of the store's value stack with a return record
 * (return ip, caller frame offset, caller instance) after its argument area; frames are found again by
 * offset, so the stack may move when it grows. A host function that calls back in nests one run().
 * Fuel: one unit per call and per taken jump, charged where it lands; disabled, the counter starts at
 * UINT64_MAX and costs one decrement and one never-taken branch. Work that grows with an operand
 * (bulk memory and table instructions, memory.grow, table.grow) is charged in proportion before it is
 * done (rates in config.h). An outermost call that runs out stays suspended on the stack and
 * wd_exec_resume continues it; an instruction that could not pay for its work takes the fuel that is
 * left, owes the rest, and runs once the debt is paid, so fuel used never depends on how it was given.
 * Interrupts (wd_store_interrupt, from any thread) cost nothing on the hot path: the local counter holds
 * at most WD_FUEL_SLICE units and the rest waits in R->bank; when a slice is used up, out_of_fuel looks
 * at the store's interrupt flag and takes the next slice, going on exactly as a resumed call would.
 * An exception (THROW, THROW_REF, RETHROW, or a host function's) unwinds frames here, at throw_exn: the
 * frame's code is found by address and its handler table tried (eh.c), else the frame is popped.
 * A v128 is two consecutive slots (arguments and results too); SIMD instructions call the simd.h function
 * whose address the translator stored in the instruction, memory ones after the bounds check.
 * Wide arithmetic (two results) computes with wide.h and writes both results after reading every operand.
 * Atomic (0xFE) instructions call atomics.c, which checks bounds and alignment itself. A shared memory
 * may grow on another thread: an access past the cached size (ms) reads the size again before trapping.
 * run()'s handlers sit in labelled sections by group (calls, control, constant operands, typed references,
 * exceptions, fused pairs, variables, v128, memories, comparisons, integer and float arithmetic,
 * conversions). The value helpers run() inlines are exec_values.h's (static inline); calls of host
 * functions cross into exec_host.c.
 * May touch: runtime.h objects (store.c growth functions), promote.c (promotion), code.h, simd.h,
 * wide.h, atomics.h, exec_values.h, exec_host.h.
 */
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "decode_instr.h"
#include "code.h"
#include "simd.h"
#include "atomics.h"
#include "wasm_float.h"
#include "wide.h"
#include "exec_values.h"
#include "exec_host.h"
#include <stdatomic.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "exec.c assumes a little-endian host (linear memory is accessed with memcpy)"
#endif

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF   /* a fused pair rounds twice, like the two instructions it replaces */
#endif

#if defined(__GNUC__) || defined(__clang__)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define OPAQUE(x) __asm__("" : "+r"(x))
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NOINLINE __attribute__((noinline))
#else
#define LIKELY(x) (x)
#define OPAQUE(x) ((void)0)
#define UNLIKELY(x) (x)
#define NOINLINE
#endif

/* Grows the value stack to `need` slots. False with err set: past the store's limit, "call stack
 * exhausted"; within it, the allocator failed: out of memory (a system error, not the program's). */
static NOINLINE bool grow_stack(wd_store *s, size_t need, wd_error *err) {
  if (wd_store_stack_reserve(s, need)) return true;
  if (need > s->limits.max_stack_bytes / sizeof(uint64_t)) return wd_fail(err, WD_E_TRAP_STACK_EXHAUSTED, WD_NO_OFFSET, NULL);
  return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "value stack of %zu slots", need);
}

/* ---------------------------------------------------------------- promotion on first call */

static NOINLINE bool ensure_code(wd_func *f, wd_error *err) {
  wd_module *m = f->inst->module;
  uint32_t d = f->index - m->nfunc_imports;
  if (!wd_promote(m, d, err)) {
    wd_errclass cls = wd_errcode_class(err->code);
    if ((cls == WD_CLASS_INVALID || cls == WD_CLASS_MALFORMED) && err->code != WD_E_SIMD_UNSUPPORTED) {
      char msg[WD_ERROR_MESSAGE_MAX];
      memcpy(msg, err->message, sizeof msg);
      msg[sizeof msg - 1] = '\0';
      wd_fail(err, WD_E_TRAP_INVALID_FUNCTION, WD_NO_OFFSET, "function %u: %s", f->index, msg);
    }
    return false;
  }
  wd_compiled c;
  if (!m->layout->get_code(wd_module_record(m, d), &c))
    return wd_fail(err, WD_E_TRAP_INVALID_FUNCTION, WD_NO_OFFSET, "function %u has no code", f->index);
  f->frame_slots = c.frame_slots;
  f->code = c.code;
  return true;
}

/* ---------------------------------------------------------------- the interpreter */

#if WD_COMPUTED_GOTO && WD_DISPATCH_OFFSETS
#define CASE(name) L_##name:
#define HANDLER_AT(p) ((const void *)(hbase + (int32_t)*(p)))
#define DISPATCH() goto *HANDLER_AT(ip)
/* Advances by n words and dispatches, loading the next handler before ip changes. */
#define ADVANCE(n) do { const void *h_ = HANDLER_AT(ip + (n)); ip += (n); goto *h_; } while (0)
#elif WD_COMPUTED_GOTO
#define CASE(name) L_##name:
#define DISPATCH() do { const void *h_; memcpy(&h_, ip, sizeof h_); goto *h_; } while (0)
/* Advances by n words and dispatches, loading the next handler before ip changes. */
#define ADVANCE(n) do { const void *h_; memcpy(&h_, ip + (n), sizeof h_); ip += (n); goto *h_; } while (0)
#else
#define CASE(name) case WD_C_##name:
#define DISPATCH() goto dispatch_top
#define ADVANCE(n) do { ip += (n); goto dispatch_top; } while (0)
#endif
#define OPW ((ptrdiff_t)WD_CODE_OPW)
#define IMM(k) ip[OPW - 1 + (k)]
/* n: 1 + the instruction's operand words. */
#define NEXT(n) ADVANCE(OPW - 1 + (n))
#define TRAP(c) do { R->tcode = WD_E_##c; goto trap; } while (0)
#if defined(__GNUC__) || defined(__clang__)
#define CHARGE() do { if (UNLIKELY(__builtin_sub_overflow(fuel, 1, &fuel))) goto out_of_fuel; } while (0)
#else
#define CHARGE() do { if (UNLIKELY(fuel-- == 0)) goto out_of_fuel; } while (0)
#endif
/* Charges n units for work that grows with an operand, before doing it (see the file comment). */
#define CHARGE_WORK(n)                                                                                \
  do {                                                                                                \
    uint64_t n_ = (n);                                                                                \
    if (UNLIKELY(R->prepaid)) R->prepaid = false;                                                     \
    else if (UNLIKELY(n_ > fuel)) { R->owed = n_ - fuel; fuel = 0; goto out_of_fuel; }               \
    else fuel -= n_;                                                                                  \
  } while (0)
#define WORK_BYTES(n) (((uint64_t)(n) + WD_FUEL_BYTES_PER_UNIT - 1) / WD_FUEL_BYTES_PER_UNIT)
#define WORK_ELEMS(n) (((uint64_t)(n) + WD_FUEL_ELEMS_PER_UNIT - 1) / WD_FUEL_ELEMS_PER_UNIT)
/* Jump through the jump word ip[k] (an offset from that word). Fuel is charged where a jump or call
 * lands, so that a call stopped for fuel resumes right there. */
#define JUMP(k) do { ip += OPW - 1 + (k) + (int32_t)IMM(k); CHARGE(); DISPATCH(); } while (0)

#define R(k) fp[IMM(k)]
#define U32(k) ((uint32_t)R(k))
#define S32(k) ((int32_t)(uint32_t)R(k))
#define U64(k) (R(k))
#define S64(k) ((int64_t)R(k))
#define F32(k) f32_of(R(k))
#define F64(k) f64_of(R(k))
#define PUT32(v) (R(1) = (uint64_t)(uint32_t)(v))
#define PUT64(v) (R(1) = (uint64_t)(v))
#define PUTF32(v) (R(1) = of_f32(v))
#define PUTF64(v) (R(1) = of_f64(v))

/* i32 and i64 binary operations without traps: name, result of a and b (unsigned). */
#define EXEC_BIN32(M)                                                                                 \
  M(I32_ADD, a + b) M(I32_SUB, a - b) M(I32_MUL, a * b) M(I32_AND, a & b) M(I32_OR, a | b)              \
  M(I32_XOR, a ^ b) M(I32_SHL, a << (b & 31)) M(I32_SHR_S, (uint32_t)((int32_t)a >> (b & 31)))         \
  M(I32_SHR_U, a >> (b & 31)) M(I32_ROTL, rotl32(a, b)) M(I32_ROTR, rotr32(a, b))
#define EXEC_BIN64(M)                                                                                 \
  M(I64_ADD, a + b) M(I64_SUB, a - b) M(I64_MUL, a * b) M(I64_AND, a & b) M(I64_OR, a | b)              \
  M(I64_XOR, a ^ b) M(I64_SHL, a << (b & 63)) M(I64_SHR_S, (uint64_t)((int64_t)a >> (b & 63)))         \
  M(I64_SHR_U, a >> (b & 63)) M(I64_ROTL, rotl64(a, b)) M(I64_ROTR, rotr64(a, b))
#define BIN32(name, expr) CASE(name) { uint32_t a = U32(2), b = U32(3); PUT32(expr); NEXT(4); }
#define CMP32(cc, T, T64, cmp) CASE(I32_##cc) { PUT32((T)U32(2) cmp (T)U32(3)); NEXT(4); }
#define CMP64(cc, T32, T, cmp) CASE(I64_##cc) { PUT32((T)U64(2) cmp (T)U64(3)); NEXT(4); }
#define BIN64(name, expr) CASE(name) { uint64_t a = U64(2), b = U64(3); PUT64(expr); NEXT(4); }
#define CMPF32(name, expr) CASE(name) { float a = F32(2), b = F32(3); PUT32(expr); NEXT(4); }
#define CMPF64(name, expr) CASE(name) { double a = F64(2), b = F64(3); PUT32(expr); NEXT(4); }
#define BINF32(name, expr) CASE(name) { float a = F32(2), b = F32(3); PUTF32(expr); NEXT(4); }
#define BINF64(name, expr) CASE(name) { double a = F64(2), b = F64(3); PUTF64(expr); NEXT(4); }
#define UN(name, T, get, put, expr) CASE(name) { T a = get(2); put(expr); NEXT(3); }
/* The ten integer conditions: name, i32 type, i64 type, operator (each conditional family is made from them). */
#define EXEC_CC(M)                                                                                    \
  M(EQ, uint32_t, uint64_t, ==) M(NE, uint32_t, uint64_t, !=) M(LT_S, int32_t, int64_t, <)             \
  M(LT_U, uint32_t, uint64_t, <) M(GT_S, int32_t, int64_t, >) M(GT_U, uint32_t, uint64_t, >)            \
  M(LE_S, int32_t, int64_t, <=) M(LE_U, uint32_t, uint64_t, <=) M(GE_S, int32_t, int64_t, >=)           \
  M(GE_U, uint32_t, uint64_t, >=)
#define BR2_32(cc, T, T64, cmp) CASE(BR_I32_##cc) { if ((T)R(1) cmp (T)R(2)) JUMP(3); NEXT(4); }
#define BR2_64(cc, T32, T, cmp) CASE(BR_I64_##cc) { if ((T)R(1) cmp (T)R(2)) JUMP(3); NEXT(4); }

/* d = (a + b) (i32), then jump if d cmp c. */
#define ADDBR(cc, T, T64, cmp)                                                                        \
  CASE(ADD_BR_##cc) {                                                                                        \
    uint32_t d = U32(2) + U32(3);                                                                     \
    R(1) = d;                                                                                         \
    if ((T)d cmp (T)U32(4)) JUMP(5);                                                                  \
    NEXT(6);                                                                                          \
  }
/* t = a op1 b, then d = t op2 c (or c - t): two roundings, exactly as the two instructions. */
#define FUSED(T, GET, PUT, P, O1, op1)                                                                \
  CASE(P##_##O1##_ADD) { T x = GET(2), y = GET(3), z = GET(4); T t = x op1 y; t = t + z; PUT(t); NEXT(5); } \
  CASE(P##_##O1##_SUB) { T x = GET(2), y = GET(3), z = GET(4); T t = x op1 y; t = t - z; PUT(t); NEXT(5); } \
  CASE(P##_##O1##_MUL) { T x = GET(2), y = GET(3), z = GET(4); T t = x op1 y; t = t * z; PUT(t); NEXT(5); } \
  CASE(P##_##O1##_RSUB) { T x = GET(2), y = GET(3), z = GET(4); T t = x op1 y; t = z - t; PUT(t); NEXT(5); }

/* d = i32.load (a + offset), then jump if d cmp c. */
#define LDBR(cc, T, T64, cmp)                                                                         \
  CASE(LD_BR_##cc) {                                                                                        \
    uint64_t ea = (uint64_t)U32(2) + IMM(3);                                                          \
    MEMCHK(ea, 4);                                                                                    \
    uint32_t d;                                                                                       \
    memcpy(&d, mb + ea, 4);                                                                           \
    R(1) = d;                                                                                         \
    if ((T)d cmp (T)U32(4)) JUMP(5);                                                                  \
    NEXT(6);                                                                                          \
  }
/* d = an i32 load, then br_table on d (plain address: a + offset; _X: (u32)(a + b) + offset). */
#define BRTLD(name, T, N, conv)                                                                       \
  CASE(BRT_##name) {                                                                                  \
    uint64_t ea = (uint64_t)U32(2) + IMM(3);                                                          \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    uint32_t x = (uint32_t)conv(v), i = x + IMM(4), n = IMM(5);                                       \
    R(1) = x;                                                                                         \
    if (i >= n) i = n - 1;                                                                            \
    JUMP(6 + i);                                                                                      \
  }                                                                                                   \
  CASE(BRT_##name##_X) {                                                                              \
    uint64_t ea = (uint64_t)(uint32_t)(R(2) + R(3)) + IMM(4);                                         \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    uint32_t x = (uint32_t)conv(v), i = x + IMM(5), n = IMM(6);                                       \
    R(1) = x;                                                                                         \
    if (i >= n) i = n - 1;                                                                            \
    JUMP(7 + i);                                                                                      \
  }

/* t = a op1 b, then d = t op2 c for the commutative i32 op2 xor, add, and, or; op1 from this list. */
#define EXEC_IFUSED(M)                                                                                \
  M(ROTL, rotl32(x, y)) M(SHR_U, x >> (y & 31)) M(SHL, x << (y & 31)) M(XOR, x ^ y) M(AND, x & y)       \
  M(ADD, x + y)
#define IFUSED(O1, e1)                                                                                \
  CASE(I32_##O1##_XOR) { uint32_t x = U32(2), y = U32(3), t = e1; PUT32(t ^ U32(4)); NEXT(5); }      \
  CASE(I32_##O1##_ADD) { uint32_t x = U32(2), y = U32(3), t = e1; PUT32(t + U32(4)); NEXT(5); }      \
  CASE(I32_##O1##_AND) { uint32_t x = U32(2), y = U32(3), t = e1; PUT32(t & U32(4)); NEXT(5); }      \
  CASE(I32_##O1##_OR) { uint32_t x = U32(2), y = U32(3), t = e1; PUT32(t | U32(4)); NEXT(5); }

/* d = x op m, m the f64 at a slot's address + offset (LDOP) or at (u32)(a + b) + offset (LDOPX). */
#define LDOP(name, expr)                                                                              \
  CASE(name) {                                                                                        \
    uint64_t ea = (uint64_t)U32(3) + IMM(4);                                                          \
    MEMCHK(ea, 8);                                                                                    \
    double m, x = F64(2);                                                                             \
    memcpy(&m, mb + ea, 8);                                                                           \
    PUTF64(expr);                                                                                     \
    NEXT(5);                                                                                          \
  }
#define LDOPX(name, expr)                                                                             \
  CASE(name) {                                                                                        \
    uint64_t ea = (uint64_t)(uint32_t)(R(3) + R(4)) + IMM(5);                                         \
    MEMCHK(ea, 8);                                                                                    \
    double m, x = F64(2);                                                                             \
    memcpy(&m, mb + ea, 8);                                                                           \
    PUTF64(expr);                                                                                     \
    NEXT(6);                                                                                          \
  }
#define LOAD(name, T, N, conv)                                                                        \
  CASE(name) {                                                                                        \
    uint64_t ea = (uint64_t)U32(2) + IMM(3);                                                           \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    R(1) = conv(v);                                                                                   \
    NEXT(4);                                                                                          \
  }
#define STORE(name, T, N)                                                                             \
  CASE(name) {                                                                                        \
    uint64_t ea = (uint64_t)U32(1) + IMM(3);                                                           \
    MEMCHK(ea, (N));                                                                                  \
    T v = (T)R(2);                                                                                    \
    memcpy(mb + ea, &v, N);                                                                           \
    NEXT(4);                                                                                          \
  }
/* The loads and stores by name, type, width and widening (each family's forms are made from these). */
#define EXEC_LOADS(M)                                                                                 \
  M(I32_LOAD, uint32_t, 4, ZX32) M(I64_LOAD, uint64_t, 8, ZX64) M(F32_LOAD, uint32_t, 4, ZX32)          \
  M(F64_LOAD, uint64_t, 8, ZX64) M(I32_LOAD8_S, int8_t, 1, SX32) M(I32_LOAD8_U, uint8_t, 1, ZX32)       \
  M(I32_LOAD16_S, int16_t, 2, SX32) M(I32_LOAD16_U, uint16_t, 2, ZX32) M(I64_LOAD8_S, int8_t, 1, SX64)  \
  M(I64_LOAD8_U, uint8_t, 1, ZX64) M(I64_LOAD16_S, int16_t, 2, SX64) M(I64_LOAD16_U, uint16_t, 2, ZX64) \
  M(I64_LOAD32_S, int32_t, 4, SX64) M(I64_LOAD32_U, uint32_t, 4, ZX64)
#define EXEC_STORES(M)                                                                                \
  M(I32_STORE, uint32_t, 4) M(I64_STORE, uint64_t, 8) M(F32_STORE, uint32_t, 4)                         \
  M(F64_STORE, uint64_t, 8) M(I32_STORE8, uint8_t, 1) M(I32_STORE16, uint16_t, 2)                       \
  M(I64_STORE8, uint8_t, 1) M(I64_STORE16, uint16_t, 2) M(I64_STORE32, uint32_t, 4)
/* Indexed forms: the address is (u32)(a + b), a folded i32.add. */
#define LOADX(name, T, N, conv)                                                                       \
  CASE(name##_X) {                                                                                    \
    uint64_t ea = (uint64_t)(uint32_t)(R(2) + R(3)) + IMM(4);                                          \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    R(1) = conv(v);                                                                                   \
    NEXT(5);                                                                                          \
  }
#define STOREX(name, T, N)                                                                            \
  CASE(name##_X) {                                                                                    \
    uint64_t ea = (uint64_t)(uint32_t)(R(1) + R(2)) + IMM(4);                                          \
    MEMCHK(ea, (N));                                                                                  \
    T v = (T)R(3);                                                                                    \
    memcpy(mb + ea, &v, N);                                                                           \
    NEXT(5);                                                                                          \
  }
/* Half h (0: the lower address) of a packed operand word (code.h 'p'): one 16-bit load. */
static inline uint32_t code_half(const uint32_t *w, unsigned h) { uint16_t v; memcpy(&v, (const char *)w + 2 * h, 2); return v; }
/* The simd.h function whose address is the 'q' operand at word k (4-byte aligned: read with memcpy). */
static inline wd_simd_fn simd_op_at(const uint32_t *w) { wd_simd_fn f; memcpy(&f, w, sizeof f); return f; }
static inline wd_simd_load_fn simd_load_at(const uint32_t *w) { wd_simd_load_fn f; memcpy(&f, w, sizeof f); return f; }
static inline wd_simd_store_fn simd_store_at(const uint32_t *w) { wd_simd_store_fn f; memcpy(&f, w, sizeof f); return f; }
/* i64 addresses (memory64/table64). A memory or table index operand word w carries WD_CODE_IDX64 when
 * that memory or table has i64 addresses (code.h): OBJ(w) is the index, AV(k, w) operand k as an
 * address, index, size or length of it (64 bits, or the low 32), PUTA(w, v) a result of its address
 * type (memory.size/grow, table.size/grow; -1 is UINT32_MAX or UINT64_MAX). RANGE_OK(a, n, size): a
 * range [a, a+n) within size, without wrap-around. Atomics take their address from ADDR64 like loads. */
#define OBJ(w) ((w) & ~WD_CODE_IDX64)
#define AV(k, w) (((w) & WD_CODE_IDX64) ? R(k) : (uint64_t)U32(k))
#define PUTA(w, v) (R(1) = ((w) & WD_CODE_IDX64) ? (uint64_t)(v) : (uint64_t)(uint32_t)(v))
#define RANGE_OK(a, n, size) ((n) <= (size) && (a) <= (size) - (n))
_Static_assert(WD_MAX_MEMORY_BYTES <= (1ull << 32), "ADDR64 hands loads and stores a 32-bit address");
#define ZX32(v) ((uint64_t)(uint32_t)(v))
#define SX32(v) ((uint64_t)(uint32_t)(int32_t)(v))
#define ZX64(v) ((uint64_t)(v))
#define SX64(v) ((uint64_t)(int64_t)(v))

/* The one bounds check of every memory-0 load and store that reads mb/ms (an access of n bytes at ea):
 * past the size this frame knows, mem_oob re-reads a shared memory's size before it traps. */
#define MEMCHK(ea, n) do { if (UNLIKELY((ea) + (n) > ms)) goto mem_oob; } while (0)
#define RELOAD_MEM() do { if (R->mem0) { mb = R->mem0->data; ms = wd_memory_bytes(R->mem0); } } while (0)
#define SWITCH_INST(ni)                                                                               \
  do {                                                                                                \
    R->inst = (ni);                                                                                   \
    R->mem0 = R->inst->module->nmems ? R->inst->mems[0] : NULL;                                       \
    mb = NULL;                                                                                        \
    ms = 0;                                                                                           \
    RELOAD_MEM();                                                                                     \
  } while (0)
/* After anything that may move the value stack (growth, a host function calling back in). */
#define RELOAD_STACK()                                                                                \
  do {                                                                                                \
    size_t fo_ = (size_t)(fp - R->stack_lo);                                                          \
    R->stack_lo = R->s->stack;                                                                        \
    R->stack_hi = R->stack_lo + R->s->stack_slots;                                                    \
    fp = R->stack_lo + fo_;                                                                           \
  } while (0)

typedef struct rstate {
  wd_store *s;
  wd_error *err;
  size_t base;                   /* the entry frame's slot */
  uint32_t entry_depth, depth, max_depth;
  bool fuel_on;
  wd_memory *mem0;               /* the current instance's memory 0, or NULL */
  uint64_t *stack_lo, *stack_hi; /* the value stack (moves when it grows) */
  wd_instance *inst;             /* the running function's instance */
  wd_errcode tcode;              /* the trap being raised */
  uint64_t owed;                 /* fuel an instruction's work still needs when it ran out (CHARGE_WORK) */
  bool prepaid;                  /* resumed with the debt paid: the next CHARGE_WORK is free */
  struct wd_exn *exn;            /* the exception being thrown (throw_exn) */
  bool skip_frame;               /* throw_exn: the current frame is gone (a tail call to a host function) */
  uint64_t bank;                 /* fuel not yet in the local counter (slices: see the file comment) */
} rstate;

/* The local counter gets one slice of the store's fuel (all there is: UINT64_MAX when fuel is off); the
 * store's count is the counter plus the bank. */
#define FUEL_LOAD()                                                                                   \
  do {                                                                                                \
    uint64_t t_ = R->fuel_on ? R->s->fuel : UINT64_MAX;                                               \
    fuel = t_ < WD_FUEL_SLICE ? t_ : WD_FUEL_SLICE;                                                   \
    R->bank = t_ - fuel;                                                                              \
  } while (0)
#define FUEL_SAVE() do { if (R->fuel_on) R->s->fuel = fuel + R->bank; } while (0)

/* Runs f, whose arguments are at stack[base...], until it returns (true: results at stack[base...]) or
 * traps (false, err set). With `resume`, continues s->susp instead. With `handlers` non-NULL, only hands
 * out the handler table (offsets from the first handler, int32_t, or addresses, const void *). */
static NOINLINE bool run(wd_store *s, wd_func *f, size_t base, wd_error *err, bool resume,
                         const void **handlers) {
#if WD_COMPUTED_GOTO && WD_DISPATCH_OFFSETS
  static const int32_t handler[WD_C__COUNT] = {
#define D_(name, layout, sem) [WD_C_##name] = (int32_t)(&&L_##name - &&L_UNREACHABLE),
      WD_CODE_LIST(D_, D_)
#undef D_
  };
  const char *const hbase = (const char *)&&L_UNREACHABLE;
  if (handlers) {
    *handlers = handler;
    return true;
  }
#elif WD_COMPUTED_GOTO
  static const void *const handler[WD_C__COUNT] = {
#define D_(name, layout, sem) [WD_C_##name] = &&L_##name,
      WD_CODE_LIST(D_, D_)
#undef D_
  };
  if (handlers) {
    *handlers = handler;
    return true;
  }
#else
  if (handlers) {
    *handlers = NULL;
    return true;
  }
#endif

  /* Cold state lives in memory (behind R), so that the allocator keeps the hot state in registers. */
  rstate R_ = {s, err, base, s->depth, s->depth, s->limits.max_call_depth, s->fuel_enabled, NULL,
               s->stack, s->stack + s->stack_slots, NULL, WD_E_OK, 0, false, NULL, false, 0};
  rstate *const R = &R_;
  __asm__ volatile("" : : "r"(R) : "memory");
  uint64_t fuel;
  FUEL_LOAD();
  uint64_t *fp = R->stack_lo + base;
  const uint32_t *ip = NULL;
  uint8_t *mb = NULL;
  uint64_t ms = 0;

  /* Call state shared by the call instructions and their slow paths. */
  wd_func *callee = f;
  const uint32_t *cc = NULL;
  const uint32_t *ret_ip = NULL;
  uint32_t argbase = 0, cur_a = 0;

  if (resume) {
    /* Continue a call that stopped for fuel: its frames are on the stack as it left them. */
    const struct wd_suspension *sp = &s->susp;
    fp = R->stack_lo + sp->fp;
    ip = (const uint32_t *)(const void *)sp->ip;
    R->depth = sp->depth;
    R->entry_depth = sp->entry_depth;
    SWITCH_INST(sp->inst);
    if (sp->owed) {
      /* An instruction's work: pay what is owed (all of it, or stop again), then run it. */
      if (sp->owed > fuel) {
        R->owed = sp->owed - fuel;
        fuel = 0;
        goto out_of_fuel;
      }
      fuel -= sp->owed;
      R->prepaid = true;
      DISPATCH();
    }
    CHARGE();                   /* the unit the stop could not pay */
    DISPATCH();
  }

  /* The entry frame: its return record has no caller instance, which ends the run. */
  cc = (const uint32_t *)f->code;
  {
    uint32_t A = cc[WD_CODE_A];
    fp[A + WD_FRAME_RET_IP] = 0;
    fp[A + WD_FRAME_CALLER_FP] = R->base;
    fp[A + WD_FRAME_CALLER_INST] = 0;
    R->depth++;
    SWITCH_INST(f->inst);
  }
  goto enter_body;

  /* ---------------------------------------------------------------- calls: entry, host calls, growth, tail
   * calls, exceptions (throw_exn), returns: the shared paths the call and return handlers jump to */
do_call: {
    /* callee, argbase (slot of the first argument), ret_ip: a new frame at fp + argbase. */
    cc = (const uint32_t *)callee->code;
    if (UNLIKELY(!cc)) goto call_slow;
    uint64_t *nfp = fp + argbase;
    if (UNLIKELY((size_t)(R->stack_hi - nfp) < callee->frame_slots)) goto call_grow;
    if (UNLIKELY(R->depth >= R->max_depth)) TRAP(TRAP_STACK_EXHAUSTED);
    uint32_t A = cc[WD_CODE_A];
    nfp[A + WD_FRAME_RET_IP] = (uint64_t)(uintptr_t)ret_ip;
    nfp[A + WD_FRAME_CALLER_FP] = (uint64_t)(fp - R->stack_lo);
    nfp[A + WD_FRAME_CALLER_INST] = (uint64_t)(uintptr_t)R->inst;
    R->depth++;
    fp = nfp;
    if (UNLIKELY(callee->inst != R->inst)) SWITCH_INST(callee->inst);
  }
enter_body: {
    /* fp and cc set, return record written: zero the locals, copy the constants, go. */
    uint32_t A = cc[WD_CODE_A], nl = cc[WD_CODE_NL], nc = cc[WD_CODE_NC];
    uint64_t *p = fp + A + WD_FRAME_HDR;
    /* Plain loops (OPAQUE keeps the compiler from making them memset/memcpy calls or vector code:
     * a call here costs more than the few slots a typical function has). */
    for (uint32_t i = 0; i < nl; i++) {
      p[i] = 0;
      OPAQUE(i);
    }
    p += nl;
    const uint64_t *k = (const uint64_t *)(const void *)(cc + WD_CODE_HDR);   /* 8-byte aligned */
    for (uint32_t i = 0; i < nc; i++) {
      p[i] = k[i];
      OPAQUE(i);
    }
    ip = (const uint32_t *)(const void *)(k + nc);
    CHARGE();
    DISPATCH();
  }

call_slow:
  if (callee->host) {
    /* Host function: arguments at fp + argbase, results back there. */
    const wd_functype *ft = callee->type;
    wd_val rbuf[HOST_INLINE_VALS];
    wd_val *rv = rbuf;
    if (ft->nresults > HOST_INLINE_VALS && !(rv = wd_alloc_array(R->s->al, ft->nresults, sizeof *rv))) {
      wd_fail(R->err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "host call results");
      goto trap_set;
    }
    size_t fo = (size_t)(fp - R->stack_lo);
    uint32_t np = type_slots(wd_ft_params(ft), ft->nparams), nr = ft->nresults;
    uint32_t nrs = type_slots(wd_ft_results(ft), nr);
    R->s->stack_top = fo + argbase + (np > nrs ? np : nrs);
    R->s->depth = R->depth;
    FUEL_SAVE();
    bool ok = wd_exec_host_call(R->s, R->inst, callee, fp + argbase, rv, R->err);
    R->s->stack_top = R->base;
    RELOAD_STACK();
    FUEL_LOAD();
    RELOAD_MEM();
    if (ok) wd_exec_vals_to_slots(wd_ft_results(ft), nr, rv, cur_a == UINT32_MAX ? fp + argbase : fp);
    if (rv != rbuf) wd_free(R->s->al, rv, nr * sizeof *rv);
    if (!ok && R->err->code == WD_E_UNCAUGHT_EXCEPTION && R->s->pending) {
      /* The host function threw (or passed on an exception of WebAssembly it called): unwind from the
       * call; a tail call's frame is already gone. */
      R->exn = R->s->pending;
      R->s->pending = NULL;
      R->skip_frame = cur_a != UINT32_MAX;
      if (!R->skip_frame) ip = ret_ip - 1;
      goto throw_exn;
    }
    if (!ok) goto trap_set;
    if (cur_a != UINT32_MAX) goto do_return;   /* a tail call: return the host's results */
    ip = ret_ip;
    CHARGE();
    DISPATCH();
  }
  if (!ensure_code(callee, R->err)) goto trap_set;
  if (cur_a != UINT32_MAX) goto do_tail;
  goto do_call;

call_grow: {
    /* The callee's frame does not fit: grow the stack (it may move) and try again. */
    bool tail = cur_a != UINT32_MAX;
    size_t need = (size_t)(fp - R->stack_lo) + (tail ? 0 : argbase) + callee->frame_slots;
    if (!tail && R->depth >= R->max_depth) TRAP(TRAP_STACK_EXHAUSTED);
    if (!grow_stack(R->s, need, R->err)) goto trap_set;
    RELOAD_STACK();
    if (tail) goto do_tail;
    goto do_call;
  }

do_tail: {
    /* callee, argbase, cur_a (this frame's argument area): the callee replaces this frame. */
    cc = (const uint32_t *)callee->code;
    if (UNLIKELY(!cc)) goto call_slow;
    if (UNLIKELY((size_t)(R->stack_hi - fp) < callee->frame_slots)) goto call_grow;
    uint32_t A = cc[WD_CODE_A], np = cc[WD_CODE_NP];
    uint64_t r0 = fp[cur_a + WD_FRAME_RET_IP], r1 = fp[cur_a + WD_FRAME_CALLER_FP],
             r2 = fp[cur_a + WD_FRAME_CALLER_INST];
    for (uint32_t i = 0; i < np; i++) fp[i] = fp[argbase + i];
    fp[A + WD_FRAME_RET_IP] = r0;
    fp[A + WD_FRAME_CALLER_FP] = r1;
    fp[A + WD_FRAME_CALLER_INST] = r2;
    if (callee->inst != R->inst) SWITCH_INST(callee->inst);
    goto enter_body;
  }

throw_exn: {
    /* R->exn is thrown at ip (a word of the instruction that throws, or of the call it came through).
     * Each frame's code is found by address (eh.c); its handler table is tried, else the frame is
     * popped through its return record. No C stack is unwound. */
    for (;;) {
      const wd_eh_table *eh = NULL;
      const uint32_t *code = wd_eh_lookup(R->inst->module, ip, &eh);
      if (UNLIKELY(!code)) {
        wd_fail(R->err, WD_E_TRAP_UNREACHABLE, WD_NO_OFFSET, "exception thrown from code without an index");
        goto trap_set;
      }
      const uint32_t *first = code + WD_CODE_HDR + 2 * code[WD_CODE_NC];
      const wd_eh_handler *h = NULL;
      const wd_eh_clause *c = R->skip_frame ? NULL
                                            : wd_eh_match(eh, (uint32_t)(ip - first), R->inst, R->exn, &h);
      R->skip_frame = false;
      if (c) {
        struct wd_exn *x = R->exn;
        uint64_t *d = fp + c->dst;
        uint32_t n = x->nslots;
        if (c->kind == WD_CATCH || c->kind == WD_CATCH_REF || c->kind == WD_EH_LEGACY_CATCH) {
          memcpy(d, x->slots, (size_t)n * sizeof *d);
          d += n;
        }
        if (c->kind == WD_CATCH_REF || c->kind == WD_CATCH_ALL_REF) *d = (uint64_t)(uintptr_t)x;
        if (c->kind >= WD_EH_LEGACY_CATCH) fp[h->exn_slot] = (uint64_t)(uintptr_t)x;
        R->exn = NULL;
        ip = first + c->target;
        RELOAD_MEM();
        CHARGE();
        DISPATCH();
      }
      uint64_t *hdr = fp + code[WD_CODE_A];
      const uint32_t *rip = (const uint32_t *)(uintptr_t)hdr[WD_FRAME_RET_IP];
      size_t coff = (size_t)hdr[WD_FRAME_CALLER_FP];
      wd_instance *ci = (wd_instance *)(uintptr_t)hdr[WD_FRAME_CALLER_INST];
      R->depth--;
      if (!ci) {
        /* Not caught in this entry: the exception leaves it (to the host, or to a host function's
         * caller frames in an outer run). */
        R->s->pending = R->exn;
        R->exn = NULL;
        wd_fail(R->err, WD_E_UNCAUGHT_EXCEPTION, WD_NO_OFFSET, NULL);
        goto trap_set;
      }
      fp = R->stack_lo + coff;
      ip = rip - 1;
      if (ci != R->inst) SWITCH_INST(ci);
    }
  }

do_return: {
    /* cur_a: the argument area of the returning frame (results already at fp[0...]). */
    uint64_t *hdr = fp + cur_a;
    const uint32_t *rip = (const uint32_t *)(uintptr_t)hdr[WD_FRAME_RET_IP];
    size_t coff = (size_t)hdr[WD_FRAME_CALLER_FP];
    wd_instance *ci = (wd_instance *)(uintptr_t)hdr[WD_FRAME_CALLER_INST];
    R->depth--;
    if (UNLIKELY(!ci)) goto finished;
    fp = R->stack_lo + coff;
    ip = rip;
    if (UNLIKELY(ci != R->inst)) SWITCH_INST(ci);
    else RELOAD_MEM();
    DISPATCH();
  }

#if WD_COMPUTED_GOTO
  DISPATCH();
#else
dispatch_top:
  switch ((wd_code_op)*ip) {
#endif

  /* ---------------------------------------------------------------- control */
  CASE(UNREACHABLE) TRAP(TRAP_UNREACHABLE);
  CASE(MOV) { R(1) = R(2); NEXT(3); }
  CASE(MOV2) { R(1) = R(2); R(3) = R(4); NEXT(5); }
  CASE(BR) JUMP(1);
  CASE(BR_NZ) { if (U32(1)) JUMP(2); NEXT(3); }
  CASE(BR_Z) { if (!U32(1)) JUMP(2); NEXT(3); }
  CASE(BR_I64_NZ) { if (U64(1)) JUMP(2); NEXT(3); }
  CASE(BR_I64_Z) { if (!U64(1)) JUMP(2); NEXT(3); }
  EXEC_CC(BR2_32)
  EXEC_CC(BR2_64)
  CASE(BR_TABLE) {
    uint32_t i = U32(1) + IMM(2), n = IMM(3);
    if (i >= n) i = n - 1;
    JUMP(4 + i);
  }
  EXEC_CC(LDBR)
  BRTLD(I32_LOAD, uint32_t, 4, ZX32)
  BRTLD(I32_LOAD8_S, int8_t, 1, SX32)
  BRTLD(I32_LOAD8_U, uint8_t, 1, ZX32)
  BRTLD(I32_LOAD16_S, int16_t, 2, SX32)
  BRTLD(I32_LOAD16_U, uint16_t, 2, ZX32)

  /* ---- constant operands (code.h): k is the immediate word */
#define K(k) IMM(k)
#define BINK32(name, expr) CASE(name) { uint32_t a = U32(2), k = K(3); PUT32(expr); NEXT(4); }
/* d = a op k, i32 (the plain and packed forms) */
#define EXEC_I32_K(M)                                                                                \
  M(I32_ADD_K, a + k) M(I32_SUB_K, a - k) M(I32_MUL_K, a * k) M(I32_AND_K, a & k) M(I32_OR_K, a | k)  \
  M(I32_XOR_K, a ^ k) M(I32_SHL_K, a << (k & 31)) M(I32_SHR_S_K, (uint32_t)((int32_t)a >> (k & 31)))  \
  M(I32_SHR_U_K, a >> (k & 31)) M(I32_EQ_K, a == k) M(I32_NE_K, a != k) M(I32_LT_U_K, a < k)          \
  M(I32_GT_U_K, a > k)
#define BRK32(cc, T, T64, cmp) CASE(BR_I32_##cc##_K) { if ((T)U32(1) cmp (T)K(2)) JUMP(3); NEXT(4); }
#define STOREK(name, T, N)                                                                            \
  CASE(name) {                                                                                        \
    uint64_t ea = (uint64_t)U32(1) + IMM(3);                                                           \
    MEMCHK(ea, (N));                                                                                  \
    T v = (T)K(2);                                                                                    \
    memcpy(mb + ea, &v, N);                                                                           \
    NEXT(4);                                                                                          \
  }
#define LOADXK(name, T, N, conv)                                                                      \
  CASE(name) {                                                                                        \
    uint64_t ea = (uint64_t)(uint32_t)(U32(2) + K(3)) + IMM(4);                                        \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    R(1) = conv(v);                                                                                   \
    NEXT(5);                                                                                          \
  }
  CASE(MOV_K) { R(1) = K(2); NEXT(3); }
  CASE(RET1_K) { fp[0] = K(2); cur_a = IMM(1); goto do_return; }
  EXEC_I32_K(BINK32)
  CASE(I64_ADD_K) { PUT64(U64(2) + K(3)); NEXT(4); }
  CASE(I64_AND_K) { PUT64(U64(2) & K(3)); NEXT(4); }
  CASE(I32_ADD2_KK) {
    R(1) = (uint32_t)(U32(2) + K(3));
    R(4) = (uint32_t)(U32(5) + K(6));
    NEXT(7);
  }
  CASE(I32_SHL_K_ADD) { uint32_t t = U32(2) << (K(3) & 31); PUT32(t + U32(4)); NEXT(5); }
  CASE(I32_SHR_U_K_AND_K) { PUT32((U32(2) >> (K(3) & 31)) & K(4)); NEXT(5); }
  EXEC_CC(BRK32)
  STOREK(I32_STORE_K, uint32_t, 4)
  STOREK(I32_STORE8_K, uint8_t, 1)
  STOREK(I64_STORE_K, uint64_t, 8)
  LOADXK(I32_LOAD_XK, uint32_t, 4, ZX32)
  LOADXK(I32_LOAD8_U_XK, uint8_t, 1, ZX32)
#include "exec_packed.h"
  CASE(RET0) { cur_a = IMM(1); goto do_return; }
  CASE(RET1) { fp[0] = R(2); cur_a = IMM(1); goto do_return; }
  CASE(RETN) {
    uint32_t n = IMM(2);
    for (uint32_t i = 0; i < n; i++) fp[i] = fp[IMM(3 + i)];
    cur_a = IMM(1);
    goto do_return;
  }
  CASE(CALL) {
    callee = R->inst->funcs[IMM(1)];
    argbase = IMM(2);
    ret_ip = ip + OPW + 2;
    cur_a = UINT32_MAX;
    goto do_call;
  }
  CASE(CALL_INDIRECT) {
    wd_table *tb = R->inst->tables[OBJ(IMM(2))];
    uint64_t i = AV(3, IMM(2));
    if (UNLIKELY(i >= tb->size)) TRAP(TRAP_UNDEFINED_ELEMENT);
    callee = (wd_func *)(uintptr_t)tb->elems[i];
    if (UNLIKELY(!callee)) TRAP(TRAP_UNINITIALIZED_ELEMENT);
    if (UNLIKELY(callee->type != R->inst->types[IMM(1)]) && !wd_canon_sub(callee->type, R->inst->types[IMM(1)]))
      TRAP(TRAP_INDIRECT_TYPE);                 /* gc: a declared subtype matches too */
    argbase = IMM(4);
    ret_ip = ip + OPW + 4;
    cur_a = UINT32_MAX;
    goto do_call;
  }
  CASE(RETURN_CALL) {
    callee = R->inst->funcs[IMM(1)];
    argbase = IMM(2);
    cur_a = IMM(3);
    ret_ip = NULL;
    goto do_tail;
  }
  CASE(RETURN_CALL_INDIRECT) {
    wd_table *tb = R->inst->tables[OBJ(IMM(2))];
    uint64_t i = AV(3, IMM(2));
    if (UNLIKELY(i >= tb->size)) TRAP(TRAP_UNDEFINED_ELEMENT);
    callee = (wd_func *)(uintptr_t)tb->elems[i];
    if (UNLIKELY(!callee)) TRAP(TRAP_UNINITIALIZED_ELEMENT);
    if (UNLIKELY(callee->type != R->inst->types[IMM(1)]) && !wd_canon_sub(callee->type, R->inst->types[IMM(1)]))
      TRAP(TRAP_INDIRECT_TYPE);                 /* gc: a declared subtype matches too */
    argbase = IMM(4);
    cur_a = IMM(5);
    ret_ip = NULL;
    goto do_tail;
  }
  CASE(SELECT) { R(1) = U32(4) ? R(2) : R(3); NEXT(5); }

  /* ---------------------------------------------------------------- typed function references */
  CASE(CALL_REF) {
    callee = (wd_func *)(uintptr_t)R(1);
    if (UNLIKELY(!callee)) TRAP(TRAP_NULL_FUNC_REF);
    argbase = IMM(2);
    ret_ip = ip + OPW + 2;
    cur_a = UINT32_MAX;
    goto do_call;
  }
  CASE(RETURN_CALL_REF) {
    callee = (wd_func *)(uintptr_t)R(1);
    if (UNLIKELY(!callee)) TRAP(TRAP_NULL_FUNC_REF);
    argbase = IMM(2);
    cur_a = IMM(3);
    ret_ip = NULL;
    goto do_tail;
  }
  CASE(REF_AS_NON_NULL) {
    if (UNLIKELY(!R(1))) TRAP(TRAP_NULL_REF);
    NEXT(2);
  }

  /* ---------------------------------------------------------------- exceptions */
  CASE(THROW) {
    wd_tag *tag = R->inst->tags[IMM(1)];
    R->s->depth = R->depth;
    if (!(R->exn = wd_exn_new(R->s, tag, fp + IMM(2), R->err))) goto trap_set;
    goto throw_exn;
  }
  CASE(THROW_REF) {
    if (UNLIKELY(!R(1))) TRAP(TRAP_NULL_EXNREF);
    R->exn = (struct wd_exn *)(uintptr_t)R(1);
    goto throw_exn;
  }
  CASE(RETHROW) {
    R->exn = (struct wd_exn *)(uintptr_t)R(1);
    goto throw_exn;
  }

  /* ---------------------------------------------------------------- fused pairs */
  CASE(I32_ADD2) {
    R(1) = (uint32_t)(U32(2) + U32(3));
    R(4) = (uint32_t)(U32(5) + U32(6));
    NEXT(7);
  }
  EXEC_CC(ADDBR)
  CASE(ADD_BR_NZ) {
    uint32_t d = U32(2) + U32(3);
    R(1) = d;
    if (d) JUMP(4);
    NEXT(5);
  }
  CASE(ADD_BR_Z) {
    uint32_t d = U32(2) + U32(3);
    R(1) = d;
    if (!d) JUMP(4);
    NEXT(5);
  }
  EXEC_IFUSED(IFUSED)
  LDOP(F64_ADD_LD, x + m)
  LDOP(F64_SUB_LD, x - m)
  LDOP(F64_RSUB_LD, m - x)
  LDOP(F64_MUL_LD, x * m)
  LDOPX(F64_ADD_LDX, x + m)
  LDOPX(F64_SUB_LDX, x - m)
  LDOPX(F64_RSUB_LDX, m - x)
  LDOPX(F64_MUL_LDX, x * m)
  FUSED(double, F64, PUTF64, F64, ADD, +)
  FUSED(double, F64, PUTF64, F64, SUB, -)
  FUSED(double, F64, PUTF64, F64, MUL, *)
  FUSED(float, F32, PUTF32, F32, ADD, +)
  FUSED(float, F32, PUTF32, F32, SUB, -)
  FUSED(float, F32, PUTF32, F32, MUL, *)

  /* ---------------------------------------------------------------- variables, references, tables */
  CASE(GLOBAL_GET) { R(1) = R->inst->globals[IMM(2)]->val[0]; NEXT(3); }
  CASE(GLOBAL_SET) { R->inst->globals[IMM(1)]->val[0] = R(2); NEXT(3); }
  CASE(REF_FUNC) { R(1) = (uint64_t)(uintptr_t)R->inst->funcs[IMM(2)]; NEXT(3); }

  /* ---------------------------------------------------------------- v128 (two slots; simd.h) */
  CASE(GLOBAL_GET_V) {
    const wd_global *g = R->inst->globals[IMM(2)];
    fp[IMM(1)] = g->val[0];
    fp[IMM(1) + 1] = g->val[1];
    NEXT(3);
  }
  CASE(GLOBAL_SET_V) {
    wd_global *g = R->inst->globals[IMM(1)];
    g->val[0] = R(2);
    g->val[1] = R(3);
    NEXT(4);
  }
  CASE(V_UN) { simd_op_at(&IMM(4))(&R(1), &R(2), NULL, NULL, NULL); NEXT(6); }
  CASE(V_BIN) { simd_op_at(&IMM(5))(&R(1), &R(2), &R(3), NULL, NULL); NEXT(7); }
  CASE(V_TERN) { simd_op_at(&IMM(6))(&R(1), &R(2), &R(3), &R(4), NULL); NEXT(8); }
  CASE(V_SHUFFLE) {
    simd_op_at(&IMM(6))(&R(1), &R(2), &R(3), NULL, (const uint8_t *)(const void *)&R(4));
    NEXT(8);
  }
  CASE(V_EXTRACT) {
    uint8_t lane = (uint8_t)IMM(3);
    simd_op_at(&IMM(5))(&R(1), &R(2), NULL, NULL, &lane);
    NEXT(7);
  }
  CASE(V_REPLACE) {
    uint8_t lane = (uint8_t)IMM(4);
    simd_op_at(&IMM(6))(&R(1), &R(2), &R(3), NULL, &lane);
    NEXT(8);
  }
  CASE(V_LOAD) {
    uint64_t ea = (uint64_t)U32(2) + IMM(4);
    MEMCHK(ea, wd_opinfo_table[IMM(6)].memsz);
    simd_load_at(&IMM(7))(&R(1), mb + ea, &R(3), (uint8_t)IMM(5));
    NEXT(9);
  }
  CASE(V_STORE) {
    uint64_t ea = (uint64_t)U32(1) + IMM(3);
    MEMCHK(ea, wd_opinfo_table[IMM(5)].memsz);
    simd_store_at(&IMM(6))(mb + ea, &R(2), (uint8_t)IMM(4));
    NEXT(8);
  }
  CASE(TABLE_GET) {
    uint32_t w = IMM(2);
    wd_table *tb = R->inst->tables[OBJ(w)];
    uint64_t i = AV(3, w);
    if (UNLIKELY(i >= tb->size)) TRAP(TRAP_TABLE_OOB);
    R(1) = tb->elems[i];
    NEXT(4);
  }
  CASE(TABLE_SET) {
    uint32_t w = IMM(1);
    wd_table *tb = R->inst->tables[OBJ(w)];
    uint64_t i = AV(2, w);
    if (UNLIKELY(i >= tb->size)) TRAP(TRAP_TABLE_OOB);
    tb->elems[i] = R(3);
    NEXT(4);
  }
  CASE(TABLE_SIZE) { uint32_t w = IMM(2); PUTA(w, R->inst->tables[OBJ(w)]->size); NEXT(3); }
  CASE(TABLE_GROW) {
    uint32_t w = IMM(2);
    wd_table *tb = R->inst->tables[OBJ(w)];
    uint64_t n = AV(4, w);
    if (wd_table_grow_ok(R->s, tb, n)) CHARGE_WORK(WORK_ELEMS(n));
    int64_t old = wd_table_grow_elems(R->s, tb, n, R(3));
    PUTA(w, old);                                /* -1 as the address type's all-ones */
    NEXT(5);
  }
  CASE(TABLE_FILL) {
    uint32_t w = IMM(1);
    wd_table *tb = R->inst->tables[OBJ(w)];
    uint64_t i = AV(2, w), n = AV(4, w);
    uint64_t v = R(3);
    if (UNLIKELY(!RANGE_OK(i, n, tb->size))) TRAP(TRAP_TABLE_OOB);
    CHARGE_WORK(WORK_ELEMS(n));
    for (uint64_t k = 0; k < n; k++) tb->elems[i + k] = v;
    NEXT(5);
  }
  CASE(TABLE_COPY) {
    uint32_t wd = IMM(1), ws = IMM(2);
    wd_table *td = R->inst->tables[OBJ(wd)], *ts = R->inst->tables[OBJ(ws)];
    uint64_t d = AV(3, wd), sr = AV(4, ws), n = AV(5, wd & ws);   /* the length: the smaller type */
    if (UNLIKELY(!RANGE_OK(d, n, td->size) || !RANGE_OK(sr, n, ts->size))) TRAP(TRAP_TABLE_OOB);
    CHARGE_WORK(WORK_ELEMS(n));
    if (n) memmove(td->elems + d, ts->elems + sr, (size_t)n * sizeof *td->elems);
    NEXT(6);
  }
  CASE(TABLE_INIT) {
    uint32_t w = IMM(1);
    wd_table *tb = R->inst->tables[OBJ(w)];
    uint32_t e = IMM(2);
    uint64_t d = AV(3, w), sr = U32(4), n = U32(5);
    if (UNLIKELY(!RANGE_OK(sr, n, R->inst->elem_len[e]) || !RANGE_OK(d, n, tb->size))) TRAP(TRAP_TABLE_OOB);
    CHARGE_WORK(WORK_ELEMS(n));
    if (n) memcpy(tb->elems + d, R->inst->elem_refs[e] + sr, (size_t)n * sizeof *tb->elems);
    NEXT(6);
  }
  CASE(ELEM_DROP) { R->inst->elem_len[IMM(1)] = 0; NEXT(2); }

  /* ---------------------------------------------------------------- memories */
  CASE(MEMSEL) {
    wd_memory *mm = R->inst->mems[IMM(1)];
    mb = mm->data;
    ms = wd_memory_bytes(mm);
    NEXT(2);
  }
  CASE(ADDR64) {
    /* An i64 memory's effective address: no memory passes WD_MAX_MEMORY_BYTES (<= 2^32), so an address
     * beyond 2^32-1 is out of bounds for any access; otherwise the access checks it as any other. */
    uint64_t off = (uint64_t)IMM(3) | (uint64_t)IMM(4) << 32, ea;
    if (UNLIKELY(__builtin_add_overflow(R(2), off, &ea) || ea > UINT32_MAX)) TRAP(TRAP_MEMORY_OOB);
    R(1) = ea;
    NEXT(5);
  }
  CASE(ATOMIC) {
    wd_errcode e_ = wd_atomic_exec(R->inst->mems[IMM(6)], (uint16_t)IMM(7), U32(2), IMM(5), R(3), R(4),
                                   R->s->limits.max_wait_ns, &R->s->interrupt, &R(1));
    if (UNLIKELY(e_ != WD_E_OK)) { R->tcode = e_; goto trap; }
    NEXT(8);
  }
  CASE(ATOMIC_STORE) {
    uint64_t unused_;
    wd_errcode e_ = wd_atomic_exec(R->inst->mems[IMM(4)], (uint16_t)IMM(5), U32(1), IMM(3), R(2), 0, 0, NULL,
                                   &unused_);
    if (UNLIKELY(e_ != WD_E_OK)) { R->tcode = e_; goto trap; }
    NEXT(6);
  }
  CASE(ATOMIC_FENCE) { atomic_thread_fence(memory_order_seq_cst); NEXT(1); }
  CASE(MEMORY_SIZE) { uint32_t w = IMM(2); PUTA(w, wd_memory_npages(R->inst->mems[OBJ(w)])); NEXT(3); }
  CASE(MEMORY_GROW) {
    uint32_t w = IMM(2);
    wd_memory *mm = R->inst->mems[OBJ(w)];
    uint64_t n = AV(3, w);
    if (wd_memory_grow_ok(R->s, mm, n)) CHARGE_WORK(WORK_BYTES(n << mm->page_log2));
    int64_t old = wd_memory_grow_pages(R->s, mm, n);
    PUTA(w, old);                                /* -1 as the address type's all-ones */
    RELOAD_MEM();
    NEXT(4);
  }
  CASE(MEMORY_FILL) {
    uint32_t w = IMM(1);
    wd_memory *mm = R->inst->mems[OBJ(w)];
    uint64_t d = AV(2, w), n = AV(4, w);
    if (UNLIKELY(!RANGE_OK(d, n, wd_memory_bytes(mm)))) TRAP(TRAP_MEMORY_OOB);
    CHARGE_WORK(WORK_BYTES(n));
    if (n) memset(mm->data + d, (int)(uint8_t)R(3), (size_t)n);
    NEXT(5);
  }
  CASE(MEMORY_COPY) {
    uint32_t wd = IMM(1), ws = IMM(2);
    wd_memory *md = R->inst->mems[OBJ(wd)], *msrc = R->inst->mems[OBJ(ws)];
    uint64_t d = AV(3, wd), sr = AV(4, ws), n = AV(5, wd & ws);   /* the length: the smaller type */
    if (UNLIKELY(!RANGE_OK(d, n, wd_memory_bytes(md)) || !RANGE_OK(sr, n, wd_memory_bytes(msrc))))
      TRAP(TRAP_MEMORY_OOB);
    CHARGE_WORK(WORK_BYTES(n));
    if (n) memmove(md->data + d, msrc->data + sr, (size_t)n);
    NEXT(6);
  }
  CASE(MEMORY_INIT) {
    uint32_t w = IMM(1);
    wd_memory *mm = R->inst->mems[OBJ(w)];
    uint32_t x = IMM(2);
    uint64_t d = AV(3, w), sr = U32(4), n = U32(5);
    if (UNLIKELY(!RANGE_OK(sr, n, R->inst->data_len[x]) || !RANGE_OK(d, n, wd_memory_bytes(mm))))
      TRAP(TRAP_MEMORY_OOB);
    CHARGE_WORK(WORK_BYTES(n));
    if (n) memcpy(mm->data + d, R->inst->module->datas[x].bytes + sr, (size_t)n);
    NEXT(6);
  }
  CASE(DATA_DROP) { R->inst->data_len[IMM(1)] = 0; NEXT(2); }
  EXEC_LOADS(LOAD)
  EXEC_STORES(STORE)
  EXEC_LOADS(LOADX)
  EXEC_STORES(STOREX)

  /* ---------------------------------------------------------------- comparisons */
  UN(I32_EQZ, uint32_t, U32, PUT32, a == 0)
  EXEC_CC(CMP32)
  UN(I64_EQZ, uint64_t, U64, PUT32, a == 0)
  EXEC_CC(CMP64)
  CMPF32(F32_EQ, a == b)
  CMPF32(F32_NE, a != b)
  CMPF32(F32_LT, a < b)
  CMPF32(F32_GT, a > b)
  CMPF32(F32_LE, a <= b)
  CMPF32(F32_GE, a >= b)
  CMPF64(F64_EQ, a == b)
  CMPF64(F64_NE, a != b)
  CMPF64(F64_LT, a < b)
  CMPF64(F64_GT, a > b)
  CMPF64(F64_LE, a <= b)
  CMPF64(F64_GE, a >= b)

  /* ---------------------------------------------------------------- integer arithmetic */
  UN(I32_CLZ, uint32_t, U32, PUT32, a ? (uint32_t)__builtin_clz(a) : 32u)
  UN(I32_CTZ, uint32_t, U32, PUT32, a ? (uint32_t)__builtin_ctz(a) : 32u)
  UN(I32_POPCNT, uint32_t, U32, PUT32, (uint32_t)__builtin_popcount(a))
  EXEC_BIN32(BIN32)
  CASE(I32_DIV_S) {
    int32_t a = S32(2), b = S32(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    if (UNLIKELY(a == INT32_MIN && b == -1)) TRAP(TRAP_INT_OVERFLOW);
    PUT32(a / b);
    NEXT(4);
  }
  CASE(I32_DIV_U) {
    uint32_t a = U32(2), b = U32(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    PUT32(a / b);
    NEXT(4);
  }
  CASE(I32_REM_S) {
    int32_t a = S32(2), b = S32(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    PUT32(b == -1 ? 0 : a % b);
    NEXT(4);
  }
  CASE(I32_REM_U) {
    uint32_t a = U32(2), b = U32(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    PUT32(a % b);
    NEXT(4);
  }
  UN(I64_CLZ, uint64_t, U64, PUT64, a ? (uint64_t)__builtin_clzll(a) : 64u)
  UN(I64_CTZ, uint64_t, U64, PUT64, a ? (uint64_t)__builtin_ctzll(a) : 64u)
  UN(I64_POPCNT, uint64_t, U64, PUT64, (uint64_t)__builtin_popcountll(a))
  /* Wide arithmetic: f reads every operand (slots 3..) before both results (slots 1, 2) are written,
   * since a result may land in an operand's slot. */
#define WIDE(name, f, n)                                                                              \
  CASE(name) {                                                                                        \
    uint64_t lo, hi;                                                                                  \
    f;                                                                                                \
    R(1) = lo;                                                                                        \
    R(2) = hi;                                                                                        \
    NEXT(3 + (n));                                                                                    \
  }
  WIDE(I64_ADD128, wd_add128(U64(3), U64(4), U64(5), U64(6), &lo, &hi), 4)
  WIDE(I64_SUB128, wd_sub128(U64(3), U64(4), U64(5), U64(6), &lo, &hi), 4)
  WIDE(I64_MUL_WIDE_S, wd_mul_wide_s(U64(3), U64(4), &lo, &hi), 2)
  WIDE(I64_MUL_WIDE_U, wd_mul_wide_u(U64(3), U64(4), &lo, &hi), 2)
#undef WIDE
  EXEC_BIN64(BIN64)
  CASE(I64_DIV_S) {
    int64_t a = S64(2), b = S64(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    if (UNLIKELY(a == INT64_MIN && b == -1)) TRAP(TRAP_INT_OVERFLOW);
    PUT64(a / b);
    NEXT(4);
  }
  CASE(I64_DIV_U) {
    uint64_t a = U64(2), b = U64(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    PUT64(a / b);
    NEXT(4);
  }
  CASE(I64_REM_S) {
    int64_t a = S64(2), b = S64(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    PUT64(b == -1 ? 0 : a % b);
    NEXT(4);
  }
  CASE(I64_REM_U) {
    uint64_t a = U64(2), b = U64(3);
    if (UNLIKELY(b == 0)) TRAP(TRAP_DIV_ZERO);
    PUT64(a % b);
    NEXT(4);
  }

  /* ---------------------------------------------------------------- float arithmetic */
  UN(F32_ABS, uint32_t, U32, PUT32, a & 0x7FFFFFFFu)
  UN(F32_NEG, uint32_t, U32, PUT32, a ^ 0x80000000u)
  UN(F32_CEIL, float, F32, PUTF32, ceil32(a))
  UN(F32_FLOOR, float, F32, PUTF32, floor32(a))
  UN(F32_TRUNC, float, F32, PUTF32, trunc32(a))
  UN(F32_NEAREST, float, F32, PUTF32, nearest32(a))
  UN(F32_SQRT, float, F32, PUTF32, sqrtf(a))
  BINF32(F32_ADD, a + b)
  BINF32(F32_SUB, a - b)
  BINF32(F32_MUL, a * b)
  BINF32(F32_DIV, a / b)
  BINF32(F32_MIN, f32_min(a, b))
  BINF32(F32_MAX, f32_max(a, b))
  BIN32(F32_COPYSIGN, (a & 0x7FFFFFFFu) | (b & 0x80000000u))
  UN(F64_ABS, uint64_t, U64, PUT64, a & 0x7FFFFFFFFFFFFFFFull)
  UN(F64_NEG, uint64_t, U64, PUT64, a ^ 0x8000000000000000ull)
  UN(F64_CEIL, double, F64, PUTF64, ceil64(a))
  UN(F64_FLOOR, double, F64, PUTF64, floor64(a))
  UN(F64_TRUNC, double, F64, PUTF64, trunc64(a))
  UN(F64_NEAREST, double, F64, PUTF64, nearest64(a))
  UN(F64_SQRT, double, F64, PUTF64, sqrt(a))
  BINF64(F64_ADD, a + b)
  BINF64(F64_SUB, a - b)
  BINF64(F64_MUL, a * b)
  BINF64(F64_DIV, a / b)
  BINF64(F64_MIN, f64_min(a, b))
  BINF64(F64_MAX, f64_max(a, b))
  BIN64(F64_COPYSIGN, (a & 0x7FFFFFFFFFFFFFFFull) | (b & 0x8000000000000000ull))

  /* ---------------------------------------------------------------- conversions */
  UN(I32_WRAP_I64, uint64_t, U64, PUT32, (uint32_t)a)
  CASE(I32_TRUNC_F32_S) {
    float a = F32(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a >= -2147483648.0f && a < 2147483648.0f))) TRAP(TRAP_INT_OVERFLOW);
    PUT32((int32_t)a);
    NEXT(3);
  }
  CASE(I32_TRUNC_F32_U) {
    float a = F32(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a > -1.0f && a < 4294967296.0f))) TRAP(TRAP_INT_OVERFLOW);
    PUT32((uint32_t)a);
    NEXT(3);
  }
  CASE(I32_TRUNC_F64_S) {
    double a = F64(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a > -2147483649.0 && a < 2147483648.0))) TRAP(TRAP_INT_OVERFLOW);
    PUT32((int32_t)a);
    NEXT(3);
  }
  CASE(I32_TRUNC_F64_U) {
    double a = F64(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a > -1.0 && a < 4294967296.0))) TRAP(TRAP_INT_OVERFLOW);
    PUT32((uint32_t)a);
    NEXT(3);
  }
  UN(I64_EXTEND_I32_S, int32_t, S32, PUT64, (int64_t)a)
  UN(I64_EXTEND_I32_U, uint32_t, U32, PUT64, (uint64_t)a)
  CASE(I64_TRUNC_F32_S) {
    float a = F32(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a >= -9223372036854775808.0f && a < 9223372036854775808.0f))) TRAP(TRAP_INT_OVERFLOW);
    PUT64((int64_t)a);
    NEXT(3);
  }
  CASE(I64_TRUNC_F32_U) {
    float a = F32(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a > -1.0f && a < 18446744073709551616.0f))) TRAP(TRAP_INT_OVERFLOW);
    PUT64((uint64_t)a);
    NEXT(3);
  }
  CASE(I64_TRUNC_F64_S) {
    double a = F64(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a >= -9223372036854775808.0 && a < 9223372036854775808.0))) TRAP(TRAP_INT_OVERFLOW);
    PUT64((int64_t)a);
    NEXT(3);
  }
  CASE(I64_TRUNC_F64_U) {
    double a = F64(2);
    if (UNLIKELY(a != a)) TRAP(TRAP_INVALID_CONVERSION);
    if (UNLIKELY(!(a > -1.0 && a < 18446744073709551616.0))) TRAP(TRAP_INT_OVERFLOW);
    PUT64((uint64_t)a);
    NEXT(3);
  }
  UN(F32_CONVERT_I32_S, int32_t, S32, PUTF32, (float)a)
  UN(F32_CONVERT_I32_U, uint32_t, U32, PUTF32, (float)a)
  UN(F32_CONVERT_I64_S, int64_t, S64, PUTF32, (float)a)
  UN(F32_CONVERT_I64_U, uint64_t, U64, PUTF32, (float)a)
  UN(F32_DEMOTE_F64, double, F64, PUTF32, (float)a)
  UN(F64_CONVERT_I32_S, int32_t, S32, PUTF64, (double)a)
  UN(F64_CONVERT_I32_U, uint32_t, U32, PUTF64, (double)a)
  UN(F64_CONVERT_I64_S, int64_t, S64, PUTF64, (double)a)
  UN(F64_CONVERT_I64_U, uint64_t, U64, PUTF64, (double)a)
  UN(F64_PROMOTE_F32, float, F32, PUTF64, (double)a)
  UN(I32_REINTERPRET_F32, uint32_t, U32, PUT32, a)
  UN(I64_REINTERPRET_F64, uint64_t, U64, PUT64, a)
  UN(F32_REINTERPRET_I32, uint32_t, U32, PUT32, a)
  UN(F64_REINTERPRET_I64, uint64_t, U64, PUT64, a)
  UN(I32_EXTEND8_S, uint32_t, U32, PUT32, (int32_t)(int8_t)a)
  UN(I32_EXTEND16_S, uint32_t, U32, PUT32, (int32_t)(int16_t)a)
  UN(I64_EXTEND8_S, uint64_t, U64, PUT64, (int64_t)(int8_t)a)
  UN(I64_EXTEND16_S, uint64_t, U64, PUT64, (int64_t)(int16_t)a)
  UN(I64_EXTEND32_S, uint64_t, U64, PUT64, (int64_t)(int32_t)a)
  UN(I32_TRUNC_SAT_F32_S, float, F32, PUT32, wd_trunc_sat_s32(a))
  UN(I32_TRUNC_SAT_F32_U, float, F32, PUT32, wd_trunc_sat_u32(a))
  UN(I32_TRUNC_SAT_F64_S, double, F64, PUT32, wd_trunc_sat_s32(a))
  UN(I32_TRUNC_SAT_F64_U, double, F64, PUT32, wd_trunc_sat_u32(a))
  UN(I64_TRUNC_SAT_F32_S, float, F32, PUT64, wd_trunc_sat_s64(a))
  UN(I64_TRUNC_SAT_F32_U, float, F32, PUT64, wd_trunc_sat_u64(a))
  UN(I64_TRUNC_SAT_F64_S, double, F64, PUT64, wd_trunc_sat_s64(a))
  UN(I64_TRUNC_SAT_F64_U, double, F64, PUT64, wd_trunc_sat_u64(a))

#if !WD_COMPUTED_GOTO
  default:
    TRAP(TRAP_UNREACHABLE);
  }
#endif

mem_oob:
  /* An access past the size this frame knows (ms). A shared memory may have grown on another thread
   * since: with the size read again, the same instruction runs once more (ip has not moved). */
  if (R->mem0 && R->mem0->shared && mb == R->mem0->data && wd_memory_bytes(R->mem0) != ms) {
    ms = wd_memory_bytes(R->mem0);
    DISPATCH();
  }
  TRAP(TRAP_MEMORY_OOB);

out_of_fuel:
  if (R->bank) {
    /* Only the slice is used up: stop if the store was interrupted, else take the next slice and go on
     * as wd_exec_resume would (pay what an instruction owes, or the unit the stop could not pay). */
    if (UNLIKELY(atomic_load_explicit(&R->s->interrupt, memory_order_relaxed))) {
      fuel = 0;
      TRAP(TRAP_INTERRUPTED);
    }
    uint64_t t_ = R->bank < WD_FUEL_SLICE ? R->bank : WD_FUEL_SLICE;
    R->bank -= t_;
    fuel = t_;
    if (R->owed) {
      if (R->owed > fuel) {
        R->owed -= fuel;
        fuel = 0;
        goto out_of_fuel;
      }
      fuel -= R->owed;
      R->owed = 0;
      R->prepaid = true;
      DISPATCH();
    }
    CHARGE();
    DISPATCH();
  }
  /* ip is where execution would go on. The outermost call keeps its frames to be resumed. */
  R->tcode = WD_E_TRAP_OUT_OF_FUEL;
  if (R->s->entries == 1) {
    struct wd_suspension *sp = &R->s->susp;
    sp->ip = (const uint8_t *)(const void *)ip;
    sp->fp = (size_t)(fp - R->stack_lo);
    sp->base = R->base;
    sp->depth = R->depth;
    sp->entry_depth = R->entry_depth;
    sp->inst = R->inst;
    sp->owed = R->owed;
    R->s->suspended = true;
  }
trap:
  if (R->tcode == WD_E_TRAP_OUT_OF_FUEL) fuel = 0;
  wd_fail(R->err, R->tcode, WD_NO_OFFSET, NULL);
trap_set:
  R->s->depth = R->entry_depth;
  R->s->stack_top = R->base;
  FUEL_SAVE();
  return false;

finished:
  R->s->depth = R->entry_depth;
  FUEL_SAVE();
  return true;
}

#if WD_COMPUTED_GOTO
static const void *handler_table(void) {
  const void *h = NULL;
  run(NULL, NULL, 0, NULL, false, &h);
  return h;
}
#endif

static void code_dispatch(wd_code_op op, uint32_t *out) {
#if WD_COMPUTED_GOTO && WD_DISPATCH_OFFSETS
  *out = (uint32_t)((const int32_t *)handler_table())[op];
#elif WD_COMPUTED_GOTO
  const void *h = ((const void *const *)handler_table())[op];
  memcpy(out, &h, sizeof h);
#else
  *out = (uint32_t)op;
#endif
}

static int code_op_at(const uint32_t *field) {
#if WD_COMPUTED_GOTO && WD_DISPATCH_OFFSETS
  const int32_t *t = handler_table();
  for (int i = 0; i < WD_C__COUNT; i++)
    if ((uint32_t)t[i] == *field) return i;
  return -1;
#elif WD_COMPUTED_GOTO
  const void *const *t = handler_table();
  const void *h;
  memcpy(&h, field, sizeof h);
  for (int i = 0; i < WD_C__COUNT; i++)
    if (t[i] == h) return i;
  return -1;
#else
  return *field < WD_C__COUNT ? (int)*field : -1;
#endif
}

/* Promotion (promote.c, an earlier stage) writes dispatch fields with these: handed over before main. */
static const wd_code_dispatch_fns dispatch = {code_dispatch, code_op_at};
__attribute__((constructor)) static void hand_over_dispatch(void) { wd_promote_use_dispatch(&dispatch); }

/* ---------------------------------------------------------------- entry from the host */

bool wd_exec_call(wd_store *s, wd_func *f, uint64_t *argres, wd_error *err) {
  wd_error local;
  if (!err) err = &local;
  if (!s || !f || !f->type) return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "store or function is NULL");
  const wd_functype *ft = f->type;
  if (f->host) {
    wd_val rbuf[HOST_INLINE_VALS];
    wd_val *rv = rbuf;
    if (ft->nresults > HOST_INLINE_VALS && !(rv = wd_alloc_array(s->al, ft->nresults, sizeof *rv)))
      return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "host call results");
    bool ok = wd_exec_host_call(s, NULL, f, argres, rv, err);
    if (ok) wd_exec_vals_to_slots(wd_ft_results(ft), ft->nresults, rv, argres);
    if (rv != rbuf) wd_free(s->al, rv, ft->nresults * sizeof *rv);
    return ok;
  }
  if (!f->code && !ensure_code(f, err)) return false;
  if (atomic_load_explicit(&s->interrupt, memory_order_relaxed))
    return wd_fail(err, WD_E_TRAP_INTERRUPTED, WD_NO_OFFSET, NULL);   /* wd_store_interrupt */
  if (s->entries >= WD_MAX_NESTED_ENTRIES || s->depth >= s->limits.max_call_depth)
    return wd_fail(err, WD_E_TRAP_STACK_EXHAUSTED, WD_NO_OFFSET, NULL);
  if (s->entries == 0) {
    s->suspended = false;   /* a new outermost call: the stack is its own */
    s->pending = NULL;      /* and the last call's uncaught exception is forgotten */
  }
  size_t base = s->stack_top;
  if (!grow_stack(s, base + f->frame_slots, err)) return false;
  /* argres holds slots: a v128 takes two (the code header's NP counts parameter slots). */
  uint32_t np = ((const uint32_t *)(const void *)f->code)[WD_CODE_NP], nr = type_slots(wd_ft_results(ft), ft->nresults);
  if (np) memcpy(s->stack + base, argres, np * sizeof *argres);
  if (s->entries == 0) s->susp.func = f;
  s->entries++;
  bool ok = run(s, f, base, err, false, NULL);
  s->entries--;
  s->stack_top = base;
  if (ok && nr) memcpy(argres, s->stack + base, nr * sizeof *argres);
  return ok;
}

bool wd_exec_resume(wd_store *s, uint64_t *argres, wd_error *err) {
  wd_error local;
  if (!err) err = &local;
  if (!s || !s->suspended || s->entries != 0)
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no suspended call to resume");
  s->suspended = false;
  size_t base = s->susp.base;
  s->entries++;
  bool ok = run(s, s->susp.func, base, err, true, NULL);
  s->entries--;
  s->stack_top = base;
  const wd_functype *ft = s->susp.func->type;
  uint32_t nr = type_slots(wd_ft_results(ft), ft->nresults);
  if (ok && nr) memcpy(argres, s->stack + base, nr * sizeof *argres);
  return ok;
}

void wd_exec_cancel(wd_store *s) {
  if (s) s->suspended = false;
}
