/* simd.h — the semantics of every WebAssembly SIMD (v128) instruction, as a self-contained library.
 *
 * The interpreter calls it with slot pointers (runtime.h: values are 8-byte slots; a v128 takes two
 * consecutive slots in little-endian lane order, lane 0 in the low bytes of the first slot). Nothing here
 * knows about frames, stacks, memories or traps: memory instructions receive a pointer the caller has
 * already bounds-checked. The final SIMD proposal and relaxed SIMD (with the deterministic profile's
 * choices: the same results on every host).
 * Knows only module.h (the wd_opcode enum; wd_opinfo_table is decode_instr.h's).
 */
#ifndef WD_SIMD_H
#define WD_SIMD_H

#include <stdbool.h>
#include <stdint.h>
#include "module.h"

/* ---------------------------------------------------------------- non-memory instructions
 *
 * Operands: a, b, c point at the instruction's operands in wasm order (first popped last): a v128 operand
 * is two slots, a scalar one slot (i32 in the low 32 bits, f32 as bits in the low 32 bits, i64/f64 as the
 * whole slot). Operands an instruction does not have are ignored (may be NULL).
 *   - binary "vv:v" ops: a, b; v128.bitselect and relaxed_laneselect: a = v1, b = v2, c = mask;
 *     relaxed_madd/nmadd: a * b + c; relaxed_dot_..._add: dot(a, b) + c
 *   - shifts and replace_lane: a = the vector, b = the scalar
 * Result: out gets two slots for a v128, one slot for a scalar (i32 zero-extended to 64 bits).
 * out may alias a, b or c (every operand is read before anything is written).
 * imm: v128.const: the 16 value bytes; i8x16.shuffle: the 16 lane indices (each < 32; only the low five
 * bits are used); extract_lane / replace_lane: imm[0] is the lane index (masked to the lane count).
 * NULL for the other instructions. */
typedef void (*wd_simd_fn)(uint64_t *out, const uint64_t *a, const uint64_t *b, const uint64_t *c,
                           const uint8_t *imm);

/* The function implementing a non-memory SIMD instruction, or NULL when op is not one (a memory SIMD
 * instruction, a non-SIMD opcode, or out of range). For an interpreter that stores the pointer. */
wd_simd_fn wd_simd_fn_for(uint16_t op);

/* The same through one call: returns false (out untouched) only when op is not a non-memory SIMD
 * instruction. */
bool wd_simd_op(uint16_t op, uint64_t *out, const uint64_t *a, const uint64_t *b, const uint64_t *c,
                const uint8_t *imm);

/* ---------------------------------------------------------------- memory instructions
 *
 * The caller has bounds-checked [ea, ea + wd_opinfo_table[op].memsz) and passes mem = base + ea (any
 * alignment; linear memory is little-endian).
 * Loads (v128.load, load8x8_s ... load32x2_u, load*_splat, load32/64_zero, load*_lane): write two slots
 * to out. The *_lane loads start from the vector vec (two slots; out may alias it) and replace lane
 * `lane` (masked to the lane count); the other loads ignore vec and lane.
 * Stores (v128.store, store*_lane): write memsz bytes of vec (the whole vector, or lane `lane`). */
typedef void (*wd_simd_load_fn)(uint64_t *out, const uint8_t *mem, const uint64_t *vec, uint8_t lane);
typedef void (*wd_simd_store_fn)(uint8_t *mem, const uint64_t *vec, uint8_t lane);

/* The function of a SIMD load / store, or NULL when op is not one. */
wd_simd_load_fn wd_simd_load_fn_for(uint16_t op);
wd_simd_store_fn wd_simd_store_fn_for(uint16_t op);

/* Through one call; return false (nothing touched) when op is not a SIMD load / store. */
bool wd_simd_load(uint16_t op, uint64_t *out, const uint8_t *mem, const uint64_t *vec, uint8_t lane);
bool wd_simd_store(uint16_t op, uint8_t *mem, const uint64_t *vec, uint8_t lane);

#endif /* WD_SIMD_H */
