/* exec_packed.h — the handlers of the packed-operand instructions (code.h WD_CODE_PACKED: NAME_P).
 *
 * Included once, by exec.c, inside run() among the other handlers: it uses run()'s locals (ip, fp, mb,
 * ms) and exec.c's code_half and handler macros (CASE, IMM, R, NEXT, MEMCHK, EXEC_LOADS/EXEC_STORES/EXEC_I32_K) and
 * defines nothing else. Each handler does exactly what NAME's does; only where its slots come from
 * differs: a 'p' word holds two 16-bit slot numbers, the first at the word's lower address (PA(k) and
 * PB(k): the slots of operand word k), each read with one 16-bit load; a 'k' word a slot (PA) and an
 * immediate (KH: sign-extended to 32 bits); a 'c' word an immediate (CH) and a slot (PB).
 * May touch: what run() may (exec.c); nothing of its own.
 */

#define PSLOT(k, h) code_half(&IMM(k), h)
#define PA(k) fp[PSLOT(k, 0)]
#define PB(k) fp[PSLOT(k, 1)]
#define KH(k) ((uint32_t)(int32_t)(int16_t)(uint16_t)PSLOT(k, 1))   /* 'k': the immediate */
#define CH(k) PSLOT(k, 0)                                           /* 'c': the immediate */

  CASE(MOV_P) { PA(1) = PB(1); NEXT(2); }

#define LOAD_P(name, T, N, conv)                                                                      \
  CASE(name##_P) {                                                                                    \
    uint64_t ea = (uint64_t)(uint32_t)PB(1) + IMM(2);                                                 \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    PA(1) = conv(v);                                                                                  \
    NEXT(3);                                                                                          \
  }
#define STORE_P(name, T, N)                                                                           \
  CASE(name##_P) {                                                                                    \
    uint64_t ea = (uint64_t)(uint32_t)PA(1) + IMM(2);                                                 \
    MEMCHK(ea, (N));                                                                                  \
    T v = (T)PB(1);                                                                                   \
    memcpy(mb + ea, &v, N);                                                                           \
    NEXT(3);                                                                                          \
  }
#define LOADX_P(name, T, N, conv)                                                                     \
  CASE(name##_X_P) {                                                                                  \
    uint64_t ea = (uint64_t)(uint32_t)(PB(1) + R(2)) + IMM(3);                                        \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    PA(1) = conv(v);                                                                                  \
    NEXT(4);                                                                                          \
  }
#define STOREX_P(name, T, N)                                                                          \
  CASE(name##_X_P) {                                                                                  \
    uint64_t ea = (uint64_t)(uint32_t)(PA(1) + PB(1)) + IMM(3);                                       \
    MEMCHK(ea, (N));                                                                                  \
    T v = (T)R(2);                                                                                    \
    memcpy(mb + ea, &v, N);                                                                           \
    NEXT(4);                                                                                          \
  }
#define LOADXK_P(name, T, N, conv)                                                                    \
  CASE(name##_P) {                                                                                    \
    uint64_t ea = (uint64_t)(uint32_t)((uint32_t)PB(1) + IMM(2)) + IMM(3);                            \
    MEMCHK(ea, (N));                                                                                  \
    T v;                                                                                              \
    memcpy(&v, mb + ea, N);                                                                           \
    PA(1) = conv(v);                                                                                  \
    NEXT(4);                                                                                          \
  }
#define BINK32_P(name, expr) CASE(name##_P) { uint32_t a = (uint32_t)PB(1), k = IMM(2); PA(1) = (uint32_t)(expr); NEXT(3); }

  EXEC_LOADS(LOAD_P)
  EXEC_STORES(STORE_P)
  EXEC_LOADS(LOADX_P)
  EXEC_STORES(STOREX_P)
  EXEC_I32_K(BINK32_P)
  LOADXK_P(I32_LOAD_XK, uint32_t, 4, ZX32)
  LOADXK_P(I32_LOAD8_U_XK, uint8_t, 1, ZX32)
  CASE(I64_ADD_K_P) { PA(1) = PB(1) + IMM(2); NEXT(3); }
  CASE(I64_AND_K_P) { PA(1) = PB(1) & IMM(2); NEXT(3); }
  CASE(I32_ADD2_KK_P) {
    PA(1) = (uint32_t)((uint32_t)PB(1) + IMM(2));
    PA(3) = (uint32_t)((uint32_t)PB(3) + IMM(4));
    NEXT(5);
  }
  CASE(I32_SHL_K_ADD_P) { uint32_t t = (uint32_t)PB(1) << (IMM(2) & 31); PA(1) = (uint32_t)(t + (uint32_t)R(3)); NEXT(4); }
  CASE(I32_SHR_U_K_AND_K_P) { PA(1) = ((uint32_t)PB(1) >> (IMM(2) & 31)) & IMM(3); NEXT(4); }

  /* calls, returns, globals, constants ('c', 'k') */
  CASE(CALL_P) {
    callee = R->inst->funcs[CH(1)];
    argbase = PSLOT(1, 1);
    ret_ip = ip + OPW + 1;
    cur_a = UINT32_MAX;
    goto do_call;
  }
  CASE(RET1_P) { fp[0] = PB(1); cur_a = CH(1); goto do_return; }
  CASE(GLOBAL_GET_P) { PA(1) = R->inst->globals[KH(1)]->val[0]; NEXT(2); }
  CASE(GLOBAL_SET_P) { R->inst->globals[CH(1)]->val[0] = PB(1); NEXT(2); }
  CASE(MOV_K_P) { PA(1) = KH(1); NEXT(2); }
#define STOREK_P(name, T, N)                                                                          \
  CASE(name##_P) {                                                                                    \
    uint64_t ea = (uint64_t)(uint32_t)PA(1) + IMM(2);                                                 \
    MEMCHK(ea, (N));                                                                                  \
    T v = (T)KH(1);                                                                                   \
    memcpy(mb + ea, &v, N);                                                                           \
    NEXT(3);                                                                                          \
  }
  STOREK_P(I32_STORE_K, uint32_t, 4)
  STOREK_P(I32_STORE8_K, uint8_t, 1)
  STOREK_P(I64_STORE_K, uint64_t, 8)

  /* conditional jumps */
#define BRK32_P(cc, T, T64, cmp) CASE(BR_I32_##cc##_K_P) { if ((T)(uint32_t)PA(1) cmp (T)KH(1)) JUMP(2); NEXT(3); }
#define BR2_32_P(cc, T, T64, cmp) CASE(BR_I32_##cc##_P) { if ((T)PA(1) cmp (T)PB(1)) JUMP(2); NEXT(3); }
#define BR2_64_P(cc, T32, T, cmp) CASE(BR_I64_##cc##_P) { if ((T)PA(1) cmp (T)PB(1)) JUMP(2); NEXT(3); }
#define LDBR_P(cc, T, T64, cmp)                                                                       \
  CASE(LD_BR_##cc##_P) {                                                                              \
    uint64_t ea = (uint64_t)(uint32_t)PB(1) + IMM(2);                                                 \
    MEMCHK(ea, 4);                                                                                    \
    uint32_t d;                                                                                       \
    memcpy(&d, mb + ea, 4);                                                                           \
    PA(1) = d;                                                                                        \
    if ((T)d cmp (T)(uint32_t)R(3)) JUMP(4);                                                          \
    NEXT(5);                                                                                          \
  }
  EXEC_CC(BRK32_P)
  EXEC_CC(BR2_32_P)
  EXEC_CC(BR2_64_P)
  EXEC_CC(LDBR_P)

  /* comparisons, arithmetic, fused pairs, select */
#define CMP32_P(cc, T, T64, cmp) CASE(I32_##cc##_P) { PA(1) = (uint32_t)((T)(uint32_t)PB(1) cmp (T)(uint32_t)R(2)); NEXT(3); }
#define CMP64_P(cc, T32, T, cmp) CASE(I64_##cc##_P) { PA(1) = (uint32_t)((T)PB(1) cmp (T)R(2)); NEXT(3); }
#define BIN32_P(name, expr) CASE(name##_P) { uint32_t a = (uint32_t)PB(1), b = (uint32_t)R(2); PA(1) = (uint32_t)(expr); NEXT(3); }
#define BIN64_P(name, expr) CASE(name##_P) { uint64_t a = PB(1), b = R(2); PA(1) = (uint64_t)(expr); NEXT(3); }
#define IFUSED_P(O1, e1)                                                                              \
  CASE(I32_##O1##_XOR_P) { uint32_t x = (uint32_t)PB(1), y = (uint32_t)R(2), t = e1; PA(1) = (uint32_t)(t ^ (uint32_t)R(3)); NEXT(4); } \
  CASE(I32_##O1##_ADD_P) { uint32_t x = (uint32_t)PB(1), y = (uint32_t)R(2), t = e1; PA(1) = (uint32_t)(t + (uint32_t)R(3)); NEXT(4); } \
  CASE(I32_##O1##_AND_P) { uint32_t x = (uint32_t)PB(1), y = (uint32_t)R(2), t = e1; PA(1) = (uint32_t)(t & (uint32_t)R(3)); NEXT(4); } \
  CASE(I32_##O1##_OR_P) { uint32_t x = (uint32_t)PB(1), y = (uint32_t)R(2), t = e1; PA(1) = (uint32_t)(t | (uint32_t)R(3)); NEXT(4); }
  EXEC_CC(CMP32_P)
  EXEC_CC(CMP64_P)
  EXEC_BIN32(BIN32_P)
  EXEC_BIN64(BIN64_P)
  EXEC_IFUSED(IFUSED_P)
  CASE(SELECT_P) { PA(1) = (uint32_t)R(3) ? PB(1) : R(2); NEXT(4); }
  CASE(I32_ADD2_P) {
    PA(1) = (uint32_t)((uint32_t)PB(1) + (uint32_t)R(2));
    PA(3) = (uint32_t)((uint32_t)PB(3) + (uint32_t)R(4));
    NEXT(5);
  }
  CASE(I32_EQZ_P) { PA(1) = (uint32_t)PB(1) == 0; NEXT(2); }
  CASE(I64_EQZ_P) { PA(1) = PB(1) == 0; NEXT(2); }
  CASE(I32_WRAP_I64_P) { PA(1) = (uint32_t)PB(1); NEXT(2); }
  CASE(I64_EXTEND_I32_S_P) { PA(1) = (uint64_t)(int64_t)(int32_t)(uint32_t)PB(1); NEXT(2); }
  CASE(I64_EXTEND_I32_U_P) { PA(1) = (uint32_t)PB(1); NEXT(2); }

#undef IFUSED_P
#undef BIN64_P
#undef BIN32_P
#undef CMP64_P
#undef CMP32_P
#undef LDBR_P
#undef BR2_64_P
#undef BR2_32_P
#undef BRK32_P
#undef STOREK_P
#undef BINK32_P
#undef LOADXK_P
#undef STOREX_P
#undef LOADX_P
#undef STORE_P
#undef LOAD_P
#undef CH
#undef KH
#undef PB
#undef PA
#undef PSLOT
