/* code.h — warden's internal instruction set: what translate.c emits and exec.c runs.
 *
 * One X-macro table, WD_CODE_LIST(X, W), generates the opcode enum (here), the interpreter's handler
 * table (exec.c), and the operand walker used by the translator's final pass and the disassembler
 * (translate.c). X(...) is an internal instruction; W(...) is one that does exactly what the WebAssembly
 * instruction of the same name does (numeric, conversion, load/store), so the translator maps it 1:1.
 * Included by translate.c, exec.c and unit tests; knows only module.h.
 *
 * Code is an array of 32-bit words. A function's code starts with a header, then its instructions:
 *   word 0  A       slots of the argument/result area (max(params, results))
 *   word 1  NL      declared (non-parameter) locals, zeroed at entry
 *   word 2  NC      constants, copied into the frame at entry
 *   word 3  NP      parameters
 *   words 4..       NC constants, two words each (low, high; 8-byte aligned)
 * Frame (8-byte slots from fp): [0,A) params/results | [A,A+3) return record (return ip, caller frame
 * offset, caller instance) | A+3.. locals | constants | exception slots (legacy try: the caught exception,
 * for rethrow) | temporaries (the operand stack, one home slot per depth). A call places the callee's frame at the caller's slot holding the first argument, so the
 * arguments are the callee's parameters and the results come back in the same slots.
 *
 * Each instruction is its dispatch field (WD_CODE_OPW words, below) and then its operands, as the
 * layout string says, one character per word:
 *   d  slot written          s  slot read              u  32-bit immediate (index, offset, count)
 *   b  the slot where a callee's frame starts (its first argument)
 *   q  64-bit immediate (2 words, low first)           j  jump: signed word offset from this very word
 *   p  two slots in one word (the packed forms, WD_CODE_PACKED below): 16 bits each, in memory order
 *   k  a slot and a 32-bit immediate in one word: the slot's 16 bits, then the immediate's low 16 bits,
 *      sign-extended to 32 when read (an immediate that 16 bits hold that way)
 *   c  a 16-bit immediate (zero-extended: a function, a global, an argument area A) and a slot in one word
 *   *  the rest repeats: as many times as the last `u` says, each time the characters that follow.
 * Every taken jump and every call charges one unit of fuel (see exec.c).
 */
#ifndef WD_CODE_H
#define WD_CODE_H

#include "module.h"

/* Code header words, and the slots of the return record that follow the argument area. */
enum { WD_CODE_A = 0, WD_CODE_NL = 1, WD_CODE_NC = 2, WD_CODE_NP = 3, WD_CODE_HDR = 4 };
enum { WD_FRAME_RET_IP = 0, WD_FRAME_CALLER_FP = 1, WD_FRAME_CALLER_INST = 2, WD_FRAME_HDR = 3 };

/* Packed operands. Once the frame is placed (translate.c's final pass), an instruction of this list whose
 * operand pairs all fit 16 bits becomes NAME_P: the same instruction with each pair in one word, the first
 * half at the lower address (so the same on any host; exec.c reads each half with one 16-bit load). A
 * packed word stands for two of NAME's operand words: 'p' for two slots ("ds"/"ss"), 'k' for a slot and
 * the immediate after it ("du", "su" with u a value that 16 bits hold sign-extended), 'c' for an immediate
 * below 2^16 and the slot after it ("ub", "us"); the other operands follow unchanged (jumps are moved with
 * the code). Where a slot is 2^16 or more (large frames) the wide form stays; functions with exception
 * handlers (whose tables hold code positions) are never packed. ADD_BR_* are left out: packed, matmul's
 * inner loop (one ADD_BR_NE) ran 5% slower in CPU time on an AMD EPYC (bench/RESULTS.md 2026-12-06).
 * P(X, NAME, packed layout) */
#define WD_CODE_PACKED(P, X)                                                                            \
  P(X, MOV, "p") P(X, I32_LOAD, "pu") P(X, I64_LOAD, "pu") P(X, F32_LOAD, "pu")                       \
  P(X, F64_LOAD, "pu") P(X, I32_LOAD8_S, "pu") P(X, I32_LOAD8_U, "pu") P(X, I32_LOAD16_S, "pu")       \
  P(X, I32_LOAD16_U, "pu") P(X, I64_LOAD8_S, "pu") P(X, I64_LOAD8_U, "pu") P(X, I64_LOAD16_S, "pu")   \
  P(X, I64_LOAD16_U, "pu") P(X, I64_LOAD32_S, "pu") P(X, I64_LOAD32_U, "pu") P(X, I32_STORE, "pu")    \
  P(X, I64_STORE, "pu") P(X, F32_STORE, "pu") P(X, F64_STORE, "pu") P(X, I32_STORE8, "pu")            \
  P(X, I32_STORE16, "pu") P(X, I64_STORE8, "pu") P(X, I64_STORE16, "pu") P(X, I64_STORE32, "pu")      \
  P(X, I32_LOAD_X, "psu") P(X, I64_LOAD_X, "psu") P(X, F32_LOAD_X, "psu") P(X, F64_LOAD_X, "psu")     \
  P(X, I32_LOAD8_S_X, "psu") P(X, I32_LOAD8_U_X, "psu") P(X, I32_LOAD16_S_X, "psu")                   \
  P(X, I32_LOAD16_U_X, "psu") P(X, I64_LOAD8_S_X, "psu") P(X, I64_LOAD8_U_X, "psu")                   \
  P(X, I64_LOAD16_S_X, "psu") P(X, I64_LOAD16_U_X, "psu") P(X, I64_LOAD32_S_X, "psu")                 \
  P(X, I64_LOAD32_U_X, "psu") P(X, I32_STORE_X, "psu") P(X, I64_STORE_X, "psu")                       \
  P(X, F32_STORE_X, "psu") P(X, F64_STORE_X, "psu") P(X, I32_STORE8_X, "psu")                         \
  P(X, I32_STORE16_X, "psu") P(X, I64_STORE8_X, "psu") P(X, I64_STORE16_X, "psu")                     \
  P(X, I64_STORE32_X, "psu") P(X, I32_ADD_K, "pu") P(X, I32_SUB_K, "pu") P(X, I32_MUL_K, "pu")        \
  P(X, I32_AND_K, "pu") P(X, I32_OR_K, "pu") P(X, I32_XOR_K, "pu") P(X, I32_SHL_K, "pu")              \
  P(X, I32_SHR_S_K, "pu") P(X, I32_SHR_U_K, "pu") P(X, I32_EQ_K, "pu") P(X, I32_NE_K, "pu")           \
  P(X, I32_LT_U_K, "pu") P(X, I32_GT_U_K, "pu") P(X, I64_ADD_K, "pu") P(X, I64_AND_K, "pu")           \
  P(X, I32_ADD2_KK, "pupu") P(X, I32_SHL_K_ADD, "pus") P(X, I32_LOAD_XK, "puu")                       \
  P(X, I32_LOAD8_U_XK, "puu") P(X, CALL, "c") P(X, RET1, "c") P(X, GLOBAL_GET, "k")                   \
  P(X, GLOBAL_SET, "c") P(X, MOV_K, "k") P(X, I32_STORE_K, "ku") P(X, I32_STORE8_K, "ku")             \
  P(X, I64_STORE_K, "ku") P(X, BR_I32_EQ_K, "kj") P(X, BR_I32_NE_K, "kj") P(X, BR_I32_LT_S_K, "kj")   \
  P(X, BR_I32_LT_U_K, "kj") P(X, BR_I32_GT_S_K, "kj") P(X, BR_I32_GT_U_K, "kj")                       \
  P(X, BR_I32_LE_S_K, "kj") P(X, BR_I32_LE_U_K, "kj") P(X, BR_I32_GE_S_K, "kj")                       \
  P(X, BR_I32_GE_U_K, "kj") P(X, BR_I32_EQ, "pj") P(X, BR_I32_NE, "pj") P(X, BR_I32_LT_S, "pj")       \
  P(X, BR_I32_LT_U, "pj") P(X, BR_I32_GT_S, "pj") P(X, BR_I32_GT_U, "pj") P(X, BR_I32_LE_S, "pj")     \
  P(X, BR_I32_LE_U, "pj") P(X, BR_I32_GE_S, "pj") P(X, BR_I32_GE_U, "pj") P(X, BR_I64_EQ, "pj")       \
  P(X, BR_I64_NE, "pj") P(X, BR_I64_LT_S, "pj") P(X, BR_I64_LT_U, "pj") P(X, BR_I64_GT_S, "pj")       \
  P(X, BR_I64_GT_U, "pj") P(X, BR_I64_LE_S, "pj") P(X, BR_I64_LE_U, "pj") P(X, BR_I64_GE_S, "pj")     \
  P(X, BR_I64_GE_U, "pj") P(X, LD_BR_EQ, "pusj") P(X, LD_BR_NE, "pusj") P(X, LD_BR_LT_S, "pusj")      \
  P(X, LD_BR_LT_U, "pusj") P(X, LD_BR_GT_S, "pusj") P(X, LD_BR_GT_U, "pusj")                          \
  P(X, LD_BR_LE_S, "pusj") P(X, LD_BR_LE_U, "pusj") P(X, LD_BR_GE_S, "pusj")                          \
  P(X, LD_BR_GE_U, "pusj") P(X, I32_EQ, "ps") P(X, I32_NE, "ps") P(X, I32_LT_S, "ps")                 \
  P(X, I32_LT_U, "ps") P(X, I32_GT_S, "ps") P(X, I32_GT_U, "ps") P(X, I32_LE_S, "ps")                 \
  P(X, I32_LE_U, "ps") P(X, I32_GE_S, "ps") P(X, I32_GE_U, "ps") P(X, I64_EQ, "ps")                   \
  P(X, I64_NE, "ps") P(X, I64_LT_S, "ps") P(X, I64_LT_U, "ps") P(X, I64_GT_S, "ps")                   \
  P(X, I64_GT_U, "ps") P(X, I64_LE_S, "ps") P(X, I64_LE_U, "ps") P(X, I64_GE_S, "ps")                 \
  P(X, I64_GE_U, "ps") P(X, I32_ADD, "ps") P(X, I32_SUB, "ps") P(X, I32_MUL, "ps")                    \
  P(X, I32_AND, "ps") P(X, I32_OR, "ps") P(X, I32_XOR, "ps") P(X, I32_SHL, "ps")                      \
  P(X, I32_SHR_S, "ps") P(X, I32_SHR_U, "ps") P(X, I32_ROTL, "ps") P(X, I32_ROTR, "ps")               \
  P(X, I64_ADD, "ps") P(X, I64_SUB, "ps") P(X, I64_MUL, "ps") P(X, I64_AND, "ps")                     \
  P(X, I64_OR, "ps") P(X, I64_XOR, "ps") P(X, I64_SHL, "ps") P(X, I64_SHR_S, "ps")                    \
  P(X, I64_SHR_U, "ps") P(X, I64_ROTL, "ps") P(X, I64_ROTR, "ps") P(X, SELECT, "pss")                 \
  P(X, I32_ROTL_XOR, "pss") P(X, I32_ROTL_ADD, "pss") P(X, I32_ROTL_AND, "pss")                       \
  P(X, I32_ROTL_OR, "pss") P(X, I32_SHR_U_XOR, "pss") P(X, I32_SHR_U_ADD, "pss")                      \
  P(X, I32_SHR_U_AND, "pss") P(X, I32_SHR_U_OR, "pss") P(X, I32_SHL_XOR, "pss")                       \
  P(X, I32_SHL_ADD, "pss") P(X, I32_SHL_AND, "pss") P(X, I32_SHL_OR, "pss")                           \
  P(X, I32_XOR_XOR, "pss") P(X, I32_XOR_ADD, "pss") P(X, I32_XOR_AND, "pss")                          \
  P(X, I32_XOR_OR, "pss") P(X, I32_AND_XOR, "pss") P(X, I32_AND_ADD, "pss")                           \
  P(X, I32_AND_AND, "pss") P(X, I32_AND_OR, "pss") P(X, I32_ADD_XOR, "pss")                           \
  P(X, I32_ADD_ADD, "pss") P(X, I32_ADD_AND, "pss") P(X, I32_ADD_OR, "pss") P(X, I32_ADD2, "psps")    \
  P(X, I32_SHR_U_K_AND_K, "puu") P(X, I32_EQZ, "p") P(X, I64_EQZ, "p") P(X, I32_WRAP_I64, "p")        \
  P(X, I64_EXTEND_I32_S, "p") P(X, I64_EXTEND_I32_U, "p")

#define WD_CODE_PACKED_ROW_(X, name, layout) X(name##_P, layout, "")

#define WD_CODE_LIST(X, W)                                                                              \
  /* ---- control */                                                                                  \
  X(UNREACHABLE, "", "trap: unreachable")                                                              \
  X(MOV, "ds", "d = s")                                                                                \
  X(MOV2, "dsds", "d1 = s1; d2 = s2")                                                                  \
  X(BR, "j", "jump")                                                                                   \
  X(BR_NZ, "sj", "jump if (u32)s != 0")                                                                \
  X(BR_Z, "sj", "jump if (u32)s == 0")                                                                 \
  X(BR_I64_NZ, "sj", "jump if s != 0 (64-bit)")                                                        \
  X(BR_I64_Z, "sj", "jump if s == 0 (64-bit)")                                                         \
  X(BR_I32_EQ, "ssj", "jump if a == b (i32)")                                                          \
  X(BR_I32_NE, "ssj", "jump if a != b (i32)")                                                          \
  X(BR_I32_LT_S, "ssj", "jump if a < b (i32 signed)")                                                  \
  X(BR_I32_LT_U, "ssj", "jump if a < b (i32 unsigned)")                                                \
  X(BR_I32_GT_S, "ssj", "jump if a > b (i32 signed)")                                                  \
  X(BR_I32_GT_U, "ssj", "jump if a > b (i32 unsigned)")                                                \
  X(BR_I32_LE_S, "ssj", "jump if a <= b (i32 signed)")                                                 \
  X(BR_I32_LE_U, "ssj", "jump if a <= b (i32 unsigned)")                                               \
  X(BR_I32_GE_S, "ssj", "jump if a >= b (i32 signed)")                                                 \
  X(BR_I32_GE_U, "ssj", "jump if a >= b (i32 unsigned)")                                               \
  X(BR_I64_EQ, "ssj", "jump if a == b (i64)")                                                          \
  X(BR_I64_NE, "ssj", "jump if a != b (i64)")                                                          \
  X(BR_I64_LT_S, "ssj", "jump if a < b (i64 signed)")                                                  \
  X(BR_I64_LT_U, "ssj", "jump if a < b (i64 unsigned)")                                                \
  X(BR_I64_GT_S, "ssj", "jump if a > b (i64 signed)")                                                  \
  X(BR_I64_GT_U, "ssj", "jump if a > b (i64 unsigned)")                                                \
  X(BR_I64_LE_S, "ssj", "jump if a <= b (i64 signed)")                                                 \
  X(BR_I64_LE_U, "ssj", "jump if a <= b (i64 unsigned)")                                               \
  X(BR_I64_GE_S, "ssj", "jump if a >= b (i64 signed)")                                                 \
  X(BR_I64_GE_U, "ssj", "jump if a >= b (i64 unsigned)")                                               \
  X(BR_TABLE, "suu*j", "i = (u32)(s + bias); jump to entry min(i, n-1) of n (s, bias, n)")                                                \
  X(RET0, "u", "return (A) without results")                                                           \
  X(RET1, "us", "return (A) one result: fp[0] = s")                                                    \
  X(RETN, "uu*s", "return (A) n results: fp[i] = s_i")                                                 \
  X(CALL, "ub", "call function f with its frame at slot b")                                            \
  X(CALL_INDIRECT, "uusb", "call table t[s] of type y, frame at slot b (type, table, s, b)")            \
  X(RETURN_CALL, "ubu", "tail-call f with arguments at slot b, replacing this frame (f, b, A)")        \
  X(RETURN_CALL_INDIRECT, "uusbu", "tail-call table t[s] of type y (type, table, s, b, A)")            \
  X(SELECT, "dsss", "d = (u32)c ? a : b")                                                              \
  /* ---- variables and references */                                                                \
  X(GLOBAL_GET, "du", "d = global g")                                                                  \
  X(GLOBAL_SET, "us", "global g = s")                                                                  \
  X(REF_FUNC, "du", "d = function f of this instance")                                                 \
  /* ---- tables */                                                                                   \
  X(TABLE_GET, "dus", "d = table t [i]")                                                               \
  X(TABLE_SET, "uss", "table t [i] = v")                                                               \
  X(TABLE_SIZE, "du", "d = size of table t")                                                           \
  X(TABLE_GROW, "duss", "d = grow table t by n, filled with v (old size or -1)")                       \
  X(TABLE_FILL, "usss", "table t [i, i+n) = v")                                                        \
  X(TABLE_COPY, "uusss", "table t1 [d, d+n) = table t2 [s, s+n)")                                      \
  X(TABLE_INIT, "uusss", "table t [d, d+n) = elem e [s, s+n)")                                         \
  X(ELEM_DROP, "u", "drop elem segment e")                                                             \
  /* ---- exceptions (runtime/eh.c: unwinding through the function's handler table) */                  \
  X(THROW, "ub", "throw tag x with its payload at slots b...")                                          \
  X(THROW_REF, "s", "throw the exception s (null: trap)")                                               \
  X(RETHROW, "s", "legacy rethrow: throw the exception kept in s")                                      \
  /* ---- typed function references */                                                                  \
  X(CALL_REF, "sb", "call the function s (null: trap), frame at slot b")                                \
  X(RETURN_CALL_REF, "sbu", "tail-call the function s (null: trap) (s, b, A)")                          \
  X(REF_AS_NON_NULL, "s", "trap if the reference s is null")                                            \
  /* ---- fused pairs (translate.c peepholes) */                                                        \
  X(I32_ADD2, "dssdss", "d1 = a1 + b1; then d2 = a2 + b2 (i32)")                                        \
  X(ADD_BR_EQ, "dsssj", "d = a + b (i32); jump if d == c")                                              \
  X(ADD_BR_NE, "dsssj", "")                                                                             \
  X(ADD_BR_LT_S, "dsssj", "")                                                                           \
  X(ADD_BR_LT_U, "dsssj", "")                                                                           \
  X(ADD_BR_GT_S, "dsssj", "")                                                                           \
  X(ADD_BR_GT_U, "dsssj", "")                                                                           \
  X(ADD_BR_LE_S, "dsssj", "")                                                                           \
  X(ADD_BR_LE_U, "dsssj", "")                                                                           \
  X(ADD_BR_GE_S, "dsssj", "")                                                                           \
  X(ADD_BR_GE_U, "dsssj", "")                                                                           \
  X(ADD_BR_NZ, "dssj", "d = a + b (i32); jump if d != 0")                                               \
  X(ADD_BR_Z, "dssj", "d = a + b (i32); jump if d == 0")                                                \
  X(I32_ROTL_XOR, "dsss", "d = (a op1 b) op2 c (i32), e.g. I32_ROTL_XOR: rotl(a, b) ^ c")               \
  X(I32_ROTL_ADD, "dsss", "")                                                                           \
  X(I32_ROTL_AND, "dsss", "")                                                                           \
  X(I32_ROTL_OR, "dsss", "")                                                                            \
  X(I32_SHR_U_XOR, "dsss", "")                                                                          \
  X(I32_SHR_U_ADD, "dsss", "")                                                                          \
  X(I32_SHR_U_AND, "dsss", "")                                                                          \
  X(I32_SHR_U_OR, "dsss", "")                                                                           \
  X(I32_SHL_XOR, "dsss", "")                                                                            \
  X(I32_SHL_ADD, "dsss", "")                                                                            \
  X(I32_SHL_AND, "dsss", "")                                                                            \
  X(I32_SHL_OR, "dsss", "")                                                                             \
  X(I32_XOR_XOR, "dsss", "")                                                                            \
  X(I32_XOR_ADD, "dsss", "")                                                                            \
  X(I32_XOR_AND, "dsss", "")                                                                            \
  X(I32_XOR_OR, "dsss", "")                                                                             \
  X(I32_AND_XOR, "dsss", "")                                                                            \
  X(I32_AND_ADD, "dsss", "")                                                                            \
  X(I32_AND_AND, "dsss", "")                                                                            \
  X(I32_AND_OR, "dsss", "")                                                                             \
  X(I32_ADD_XOR, "dsss", "")                                                                            \
  X(I32_ADD_ADD, "dsss", "")                                                                            \
  X(I32_ADD_AND, "dsss", "")                                                                            \
  X(I32_ADD_OR, "dsss", "")                                                                             \
  X(F64_ADD_ADD, "dsss", "d = (a op1 b) op2 c, e.g. F64_MUL_ADD: (a * b) + c")                          \
  X(F64_ADD_SUB, "dsss", "")                                                                            \
  X(F64_ADD_MUL, "dsss", "")                                                                            \
  X(F64_ADD_RSUB, "dsss", "d = c - (a op1 b)")                                                          \
  X(F64_SUB_ADD, "dsss", "")                                                                            \
  X(F64_SUB_SUB, "dsss", "")                                                                            \
  X(F64_SUB_MUL, "dsss", "")                                                                            \
  X(F64_SUB_RSUB, "dsss", "")                                                                           \
  X(F64_MUL_ADD, "dsss", "")                                                                            \
  X(F64_MUL_SUB, "dsss", "")                                                                            \
  X(F64_MUL_MUL, "dsss", "")                                                                            \
  X(F64_MUL_RSUB, "dsss", "")                                                                           \
  X(F32_ADD_ADD, "dsss", "d = (a op1 b) op2 c, e.g. F32_MUL_ADD: (a * b) + c")                          \
  X(F32_ADD_SUB, "dsss", "")                                                                            \
  X(F32_ADD_MUL, "dsss", "")                                                                            \
  X(F32_ADD_RSUB, "dsss", "d = c - (a op1 b)")                                                          \
  X(F32_SUB_ADD, "dsss", "")                                                                            \
  X(F32_SUB_SUB, "dsss", "")                                                                            \
  X(F32_SUB_MUL, "dsss", "")                                                                            \
  X(F32_SUB_RSUB, "dsss", "")                                                                           \
  X(F32_MUL_ADD, "dsss", "")                                                                            \
  X(F32_MUL_SUB, "dsss", "")                                                                            \
  X(F32_MUL_MUL, "dsss", "")                                                                            \
  X(F32_MUL_RSUB, "dsss", "")                                                                           \
  X(F64_ADD_LD, "dssu", "d = a + f64 at (b + offset): an f64.load folded into its user")                \
  X(F64_SUB_LD, "dssu", "d = a - f64 at (b + offset)")                                                  \
  X(F64_RSUB_LD, "dssu", "d = f64 at (b + offset) - a")                                                 \
  X(F64_MUL_LD, "dssu", "d = a * f64 at (b + offset)")                                                  \
  X(F64_ADD_LDX, "dsssu", "d = a + f64 at ((u32)(b + c) + offset)")                                     \
  X(F64_SUB_LDX, "dsssu", "")                                                                           \
  X(F64_RSUB_LDX, "dsssu", "")                                                                          \
  X(F64_MUL_LDX, "dsssu", "")                                                                           \
  X(LD_BR_EQ, "dsusj", "d = i32.load (a + offset); jump if d cc c")                                     \
  X(LD_BR_NE, "dsusj", "")                                                                              \
  X(LD_BR_LT_S, "dsusj", "")                                                                            \
  X(LD_BR_LT_U, "dsusj", "")                                                                            \
  X(LD_BR_GT_S, "dsusj", "")                                                                            \
  X(LD_BR_GT_U, "dsusj", "")                                                                            \
  X(LD_BR_LE_S, "dsusj", "")                                                                            \
  X(LD_BR_LE_U, "dsusj", "")                                                                            \
  X(LD_BR_GE_S, "dsusj", "")                                                                            \
  X(LD_BR_GE_U, "dsusj", "")                                                                            \
  X(BRT_I32_LOAD, "dsuuu*j", "d = load (a + offset); br_table on d: (a, offset, bias, n, entries)")     \
  X(BRT_I32_LOAD8_S, "dsuuu*j", "")                                                                     \
  X(BRT_I32_LOAD8_U, "dsuuu*j", "")                                                                     \
  X(BRT_I32_LOAD16_S, "dsuuu*j", "")                                                                    \
  X(BRT_I32_LOAD16_U, "dsuuu*j", "")                                                                    \
  X(BRT_I32_LOAD_X, "dssuuu*j", "the same with the address (u32)(a + b)")                               \
  X(BRT_I32_LOAD8_S_X, "dssuuu*j", "")                                                                  \
  X(BRT_I32_LOAD8_U_X, "dssuuu*j", "")                                                                  \
  X(BRT_I32_LOAD16_S_X, "dssuuu*j", "")                                                                 \
  X(BRT_I32_LOAD16_U_X, "dssuuu*j", "")                                                                 \
  /* ---- constant operands (translate.c's final pass): an instruction whose operand names a constant     \
     takes it as an immediate k instead (same length; the constant leaves the frame when nothing else     \
     reads it). i32 forms use k's 32 bits; MOV_K, RET1_K, I64_* and I64_STORE_K only constants below 2^32 \
     (k zero-extended is the whole slot). */                                                             \
  X(MOV_K, "du", "d = k")                                                                              \
  X(RET1_K, "uu", "return (A) one result: fp[0] = k")                                                  \
  X(I32_ADD_K, "dsu", "d = a op k (i32)")                                                              \
  X(I32_SUB_K, "dsu", "")                                                                              \
  X(I32_MUL_K, "dsu", "")                                                                              \
  X(I32_AND_K, "dsu", "")                                                                              \
  X(I32_OR_K, "dsu", "")                                                                               \
  X(I32_XOR_K, "dsu", "")                                                                              \
  X(I32_SHL_K, "dsu", "")                                                                              \
  X(I32_SHR_S_K, "dsu", "")                                                                            \
  X(I32_SHR_U_K, "dsu", "")                                                                            \
  X(I32_EQ_K, "dsu", "d = a cmp k (i32)")                                                              \
  X(I32_NE_K, "dsu", "")                                                                               \
  X(I32_LT_U_K, "dsu", "")                                                                             \
  X(I32_GT_U_K, "dsu", "")                                                                             \
  X(I64_ADD_K, "dsu", "d = a op k (i64, k < 2^32)")                                                    \
  X(I64_AND_K, "dsu", "")                                                                              \
  X(I32_ADD2_KK, "dsudsu", "d1 = a1 + k1; then d2 = a2 + k2 (i32)")                                     \
  X(I32_SHL_K_ADD, "dsus", "d = (a << k) + c (i32)")                                                   \
  X(I32_SHR_U_K_AND_K, "dsuu", "d = (a >> k1) & k2 (i32)")                                             \
  X(BR_I32_EQ_K, "suj", "jump if a cmp k (i32)")                                                       \
  X(BR_I32_NE_K, "suj", "")                                                                            \
  X(BR_I32_LT_S_K, "suj", "")                                                                          \
  X(BR_I32_LT_U_K, "suj", "")                                                                          \
  X(BR_I32_GT_S_K, "suj", "")                                                                          \
  X(BR_I32_GT_U_K, "suj", "")                                                                          \
  X(BR_I32_LE_S_K, "suj", "")                                                                          \
  X(BR_I32_LE_U_K, "suj", "")                                                                          \
  X(BR_I32_GE_S_K, "suj", "")                                                                          \
  X(BR_I32_GE_U_K, "suj", "")                                                                          \
  X(I32_STORE_K, "suu", "store k at (addr a + offset): a, k, offset")                                  \
  X(I32_STORE8_K, "suu", "")                                                                           \
  X(I64_STORE_K, "suu", "")                                                                            \
  X(I32_LOAD_XK, "dsuu", "d = load ((u32)(a + k) + offset): a, k, offset")                             \
  X(I32_LOAD8_U_XK, "dsuu", "")                                                                        \
  /* ---- packed operands (translate.c's final pass): NAME_P is NAME with its slot pairs packed, 'p' */    \
  WD_CODE_PACKED(WD_CODE_PACKED_ROW_, X)                                                                \
  /* ---- v128 (SIMD). A v128 is two consecutive slots (d, s name the first). The V_* instructions     \
     call a simd.h function f (q: its address) on the slots; op is the wasm opcode (listings, memsz). */ \
  X(GLOBAL_GET_V, "du", "d, d+1 = v128 global g")                                                      \
  X(GLOBAL_SET_V, "uss", "v128 global g = (lo, hi): g, lo, hi")                                        \
  X(V_UN, "dsuq", "d = f(a): a, op, f")                                                                \
  X(V_BIN, "dssuq", "d = f(a, b)")                                                                     \
  X(V_TERN, "dsssuq", "d = f(a, b, c) (bitselect)")                                                    \
  X(V_SHUFFLE, "dsssuq", "d = f(a, b) with the 16 lane indices in constant slots k, k+1: a, b, k")     \
  X(V_EXTRACT, "dsuuq", "d = f(a) at lane l: a, l, op, f")                                             \
  X(V_REPLACE, "dssuuq", "d = f(a, b) at lane l: a, b, l, op, f")                                      \
  X(V_LOAD, "dssuuuq", "d = f(memory at a + offset, vector v, lane l): a, v, offset, l, op, f")        \
  X(V_STORE, "ssuuuq", "f(memory at a + offset, vector v, lane l): a, v, offset, l, op, f")            \
  /* ---- memories */                                                                                 \
  X(MEMSEL, "u", "the next memory access uses memory m (MEMSEL 0 switches back)")                      \
  X(MEMORY_SIZE, "du", "d = pages of memory m")                                                        \
  X(MEMORY_GROW, "dus", "d = grow memory m by s pages (old size or -1)")                              \
  X(MEMORY_FILL, "usss", "memory m [d, d+n) = byte v")                                                 \
  X(MEMORY_COPY, "uusss", "memory m1 [d, d+n) = memory m2 [s, s+n)")                                   \
  X(MEMORY_INIT, "uusss", "memory m [d, d+n) = data x [s, s+n)")                                       \
  X(DATA_DROP, "u", "drop data segment x")                                                             \
  X(ADDR64, "dsq", "d = s + offset (i64 memory address, 64-bit offset); traps past 2^32-1 (no memory is larger)") \
  /* ---- threads (atomics.c): op is the wasm opcode; unused operands name the address slot */        \
  X(ATOMIC, "dsssuuu", "d = atomic op on memory m at (a + offset) with b, c: d, a, b, c, offset, m, op") \
  X(ATOMIC_STORE, "ssuuu", "atomic store of v at (a + offset) in memory m: a, v, offset, m, op")       \
  X(ATOMIC_FENCE, "", "sequentially consistent fence")                                                 \
  W(I32_LOAD, "dsu", "d = load (addr s + offset)")                                                     \
  W(I64_LOAD, "dsu", "")                                                                               \
  W(F32_LOAD, "dsu", "")                                                                               \
  W(F64_LOAD, "dsu", "")                                                                               \
  W(I32_LOAD8_S, "dsu", "")                                                                            \
  W(I32_LOAD8_U, "dsu", "")                                                                            \
  W(I32_LOAD16_S, "dsu", "")                                                                           \
  W(I32_LOAD16_U, "dsu", "")                                                                           \
  W(I64_LOAD8_S, "dsu", "")                                                                            \
  W(I64_LOAD8_U, "dsu", "")                                                                            \
  W(I64_LOAD16_S, "dsu", "")                                                                           \
  W(I64_LOAD16_U, "dsu", "")                                                                           \
  W(I64_LOAD32_S, "dsu", "")                                                                           \
  W(I64_LOAD32_U, "dsu", "")                                                                           \
  W(I32_STORE, "ssu", "store value v at (addr a + offset): a, v, offset")                              \
  W(I64_STORE, "ssu", "")                                                                              \
  W(F32_STORE, "ssu", "")                                                                              \
  W(F64_STORE, "ssu", "")                                                                              \
  W(I32_STORE8, "ssu", "")                                                                             \
  W(I32_STORE16, "ssu", "")                                                                            \
  W(I64_STORE8, "ssu", "")                                                                             \
  W(I64_STORE16, "ssu", "")                                                                            \
  W(I64_STORE32, "ssu", "")                                                                            \
  X(I32_LOAD_X, "dssu", "d = load ((u32)(a + b) + offset): a folded i32.add")                           \
  X(I64_LOAD_X, "dssu", "")                                                                             \
  X(F32_LOAD_X, "dssu", "")                                                                             \
  X(F64_LOAD_X, "dssu", "")                                                                             \
  X(I32_LOAD8_S_X, "dssu", "")                                                                          \
  X(I32_LOAD8_U_X, "dssu", "")                                                                          \
  X(I32_LOAD16_S_X, "dssu", "")                                                                         \
  X(I32_LOAD16_U_X, "dssu", "")                                                                         \
  X(I64_LOAD8_S_X, "dssu", "")                                                                          \
  X(I64_LOAD8_U_X, "dssu", "")                                                                          \
  X(I64_LOAD16_S_X, "dssu", "")                                                                         \
  X(I64_LOAD16_U_X, "dssu", "")                                                                         \
  X(I64_LOAD32_S_X, "dssu", "")                                                                         \
  X(I64_LOAD32_U_X, "dssu", "")                                                                         \
  X(I32_STORE_X, "sssu", "store v at ((u32)(a + b) + offset): a, b, v, offset")                         \
  X(I64_STORE_X, "sssu", "")                                                                            \
  X(F32_STORE_X, "sssu", "")                                                                            \
  X(F64_STORE_X, "sssu", "")                                                                            \
  X(I32_STORE8_X, "sssu", "")                                                                           \
  X(I32_STORE16_X, "sssu", "")                                                                          \
  X(I64_STORE8_X, "sssu", "")                                                                           \
  X(I64_STORE16_X, "sssu", "")                                                                          \
  X(I64_STORE32_X, "sssu", "")                                                                          \
  /* ---- comparisons: d = 1 or 0 */                                                                  \
  W(I32_EQZ, "ds", "") W(I32_EQ, "dss", "") W(I32_NE, "dss", "")                                      \
  W(I32_LT_S, "dss", "") W(I32_LT_U, "dss", "") W(I32_GT_S, "dss", "") W(I32_GT_U, "dss", "")          \
  W(I32_LE_S, "dss", "") W(I32_LE_U, "dss", "") W(I32_GE_S, "dss", "") W(I32_GE_U, "dss", "")          \
  W(I64_EQZ, "ds", "") W(I64_EQ, "dss", "") W(I64_NE, "dss", "")                                      \
  W(I64_LT_S, "dss", "") W(I64_LT_U, "dss", "") W(I64_GT_S, "dss", "") W(I64_GT_U, "dss", "")          \
  W(I64_LE_S, "dss", "") W(I64_LE_U, "dss", "") W(I64_GE_S, "dss", "") W(I64_GE_U, "dss", "")          \
  W(F32_EQ, "dss", "") W(F32_NE, "dss", "") W(F32_LT, "dss", "") W(F32_GT, "dss", "")                 \
  W(F32_LE, "dss", "") W(F32_GE, "dss", "")                                                           \
  W(F64_EQ, "dss", "") W(F64_NE, "dss", "") W(F64_LT, "dss", "") W(F64_GT, "dss", "")                 \
  W(F64_LE, "dss", "") W(F64_GE, "dss", "")                                                           \
  /* ---- integer arithmetic */                                                                       \
  W(I32_CLZ, "ds", "") W(I32_CTZ, "ds", "") W(I32_POPCNT, "ds", "")                                   \
  W(I32_ADD, "dss", "") W(I32_SUB, "dss", "") W(I32_MUL, "dss", "")                                   \
  W(I32_DIV_S, "dss", "") W(I32_DIV_U, "dss", "") W(I32_REM_S, "dss", "") W(I32_REM_U, "dss", "")      \
  W(I32_AND, "dss", "") W(I32_OR, "dss", "") W(I32_XOR, "dss", "")                                    \
  W(I32_SHL, "dss", "") W(I32_SHR_S, "dss", "") W(I32_SHR_U, "dss", "")                               \
  W(I32_ROTL, "dss", "") W(I32_ROTR, "dss", "")                                                       \
  W(I64_CLZ, "ds", "") W(I64_CTZ, "ds", "") W(I64_POPCNT, "ds", "")                                   \
  W(I64_ADD, "dss", "") W(I64_SUB, "dss", "") W(I64_MUL, "dss", "")                                   \
  W(I64_DIV_S, "dss", "") W(I64_DIV_U, "dss", "") W(I64_REM_S, "dss", "") W(I64_REM_U, "dss", "")      \
  W(I64_AND, "dss", "") W(I64_OR, "dss", "") W(I64_XOR, "dss", "")                                    \
  W(I64_SHL, "dss", "") W(I64_SHR_S, "dss", "") W(I64_SHR_U, "dss", "")                               \
  W(I64_ROTL, "dss", "") W(I64_ROTR, "dss", "")                                                       \
  /* ---- wide arithmetic: two results (lo, hi), written after every operand is read */              \
  X(I64_ADD128, "ddssss", "(lo, hi) = (a_lo, a_hi) + (b_lo, b_hi) mod 2^128")                          \
  X(I64_SUB128, "ddssss", "(lo, hi) = (a_lo, a_hi) - (b_lo, b_hi) mod 2^128")                          \
  X(I64_MUL_WIDE_S, "ddss", "(lo, hi) = a * b, the signed 128-bit product")                            \
  X(I64_MUL_WIDE_U, "ddss", "(lo, hi) = a * b, the unsigned 128-bit product")                          \
  /* ---- float arithmetic */                                                                         \
  W(F32_ABS, "ds", "") W(F32_NEG, "ds", "") W(F32_CEIL, "ds", "") W(F32_FLOOR, "ds", "")              \
  W(F32_TRUNC, "ds", "") W(F32_NEAREST, "ds", "") W(F32_SQRT, "ds", "")                               \
  W(F32_ADD, "dss", "") W(F32_SUB, "dss", "") W(F32_MUL, "dss", "") W(F32_DIV, "dss", "")             \
  W(F32_MIN, "dss", "") W(F32_MAX, "dss", "") W(F32_COPYSIGN, "dss", "")                              \
  W(F64_ABS, "ds", "") W(F64_NEG, "ds", "") W(F64_CEIL, "ds", "") W(F64_FLOOR, "ds", "")              \
  W(F64_TRUNC, "ds", "") W(F64_NEAREST, "ds", "") W(F64_SQRT, "ds", "")                               \
  W(F64_ADD, "dss", "") W(F64_SUB, "dss", "") W(F64_MUL, "dss", "") W(F64_DIV, "dss", "")             \
  W(F64_MIN, "dss", "") W(F64_MAX, "dss", "") W(F64_COPYSIGN, "dss", "")                              \
  /* ---- conversions */                                                                              \
  W(I32_WRAP_I64, "ds", "") W(I32_TRUNC_F32_S, "ds", "") W(I32_TRUNC_F32_U, "ds", "")                 \
  W(I32_TRUNC_F64_S, "ds", "") W(I32_TRUNC_F64_U, "ds", "")                                           \
  W(I64_EXTEND_I32_S, "ds", "") W(I64_EXTEND_I32_U, "ds", "")                                         \
  W(I64_TRUNC_F32_S, "ds", "") W(I64_TRUNC_F32_U, "ds", "")                                           \
  W(I64_TRUNC_F64_S, "ds", "") W(I64_TRUNC_F64_U, "ds", "")                                           \
  W(F32_CONVERT_I32_S, "ds", "") W(F32_CONVERT_I32_U, "ds", "")                                       \
  W(F32_CONVERT_I64_S, "ds", "") W(F32_CONVERT_I64_U, "ds", "") W(F32_DEMOTE_F64, "ds", "")           \
  W(F64_CONVERT_I32_S, "ds", "") W(F64_CONVERT_I32_U, "ds", "")                                       \
  W(F64_CONVERT_I64_S, "ds", "") W(F64_CONVERT_I64_U, "ds", "") W(F64_PROMOTE_F32, "ds", "")          \
  W(I32_REINTERPRET_F32, "ds", "") W(I64_REINTERPRET_F64, "ds", "")                                   \
  W(F32_REINTERPRET_I32, "ds", "") W(F64_REINTERPRET_I64, "ds", "")                                   \
  W(I32_EXTEND8_S, "ds", "") W(I32_EXTEND16_S, "ds", "")                                              \
  W(I64_EXTEND8_S, "ds", "") W(I64_EXTEND16_S, "ds", "") W(I64_EXTEND32_S, "ds", "")                  \
  W(I32_TRUNC_SAT_F32_S, "ds", "") W(I32_TRUNC_SAT_F32_U, "ds", "")                                   \
  W(I32_TRUNC_SAT_F64_S, "ds", "") W(I32_TRUNC_SAT_F64_U, "ds", "")                                   \
  W(I64_TRUNC_SAT_F32_S, "ds", "") W(I64_TRUNC_SAT_F32_U, "ds", "")                                   \
  W(I64_TRUNC_SAT_F64_S, "ds", "") W(I64_TRUNC_SAT_F64_U, "ds", "")

/* Memory and table index operands ('u') of MEMORY_SIZE/GROW/FILL/COPY/INIT, TABLE_* and
 * (RETURN_)CALL_INDIRECT carry this bit when that memory or table has i64 addresses (memory64/table64):
 * its address, index, size and length operands are then read and written as 64-bit values. Loads and
 * stores on an i64 memory instead take an address that ADDR64 has computed (offset 0). */
#define WD_CODE_IDX64 0x80000000u

typedef enum wd_code_op {
#define WD_CODE_ENUM_(name, layout, sem) WD_C_##name,
  WD_CODE_LIST(WD_CODE_ENUM_, WD_CODE_ENUM_)
#undef WD_CODE_ENUM_
  WD_C__COUNT
} wd_code_op;

/* The dispatch field that starts every instruction: WD_CODE_OPW words. With computed goto it holds the
 * handler's offset from the first handler (WD_DISPATCH_OFFSETS, one word) or its address (direct
 * threading: one load and one indirect jump per instruction); with the switch, the opcode number.
 * During translation it holds the opcode number; the final pass converts it. */
#if WD_COMPUTED_GOTO && !WD_DISPATCH_OFFSETS
#define WD_CODE_OPW ((uint32_t)(sizeof(void *) / sizeof(uint32_t)))
#else
#define WD_CODE_OPW 1u
#endif

/* The interpreter's dispatch (exec.c, which alone knows the handlers' addresses), handed to promote.c
 * once at start-up (wd_promote_use_dispatch) and by it to the translator and the disassembler: write
 * puts the dispatch field of `op` (WD_CODE_OPW words) at out; op_at gives the opcode whose dispatch field
 * is at `field`, or -1. */
typedef struct wd_code_dispatch_fns {
  void (*write)(wd_code_op op, uint32_t *out);
  int (*op_at)(const uint32_t *field);
} wd_code_dispatch_fns;

#endif /* WD_CODE_H */
