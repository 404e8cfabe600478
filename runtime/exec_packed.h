/* exec_packed.h — the handlers of the packed-operand instructions (code.h WD_CODE_PACKED: NAME_P).
 *
 * Included once, by exec.c, inside run() among the other handlers: it uses run()'s locals (ip, fp, mb,
 * ms) and exec.c's code_half and handler macros (CASE, IMM, R, NEXT, MEMCHK, EXEC_LOADS/EXEC_STORES/EXEC_I32_K) and
 * defines nothing else. Each handler does exactly what NAME's does; only where its slots come from
 * differs: a 'p' word holds two 16-bit slot numbers, the first at the word's lower address (PA(k) and
 * PB(k): the slots of operand word k), each read with one 16-bit load.
 * May touch: what run() may (exec.c); nothing of its own.
 */

#define PSLOT(k, h) code_half(&IMM(k), h)
#define PA(k) fp[PSLOT(k, 0)]
#define PB(k) fp[PSLOT(k, 1)]

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

#undef BINK32_P
#undef LOADXK_P
#undef STOREX_P
#undef LOADX_P
#undef STORE_P
#undef LOAD_P
#undef PB
#undef PA
#undef PSLOT
