/* bench/real/wasi-include/setjmp.h — setjmp/longjmp for the wasm32-wasi builds of the real programs.
 * clang 14 + wasi-libc have no setjmp (it needs the exception-handling proposal). Lua throws its errors
 * with longjmp; here a thrown error traps (unreachable) instead. The benchmark scripts raise no error,
 * and their output is checked against a native build's, so a trap shows as a failed run. */
#ifndef WD_BENCH_SETJMP_H
#define WD_BENCH_SETJMP_H
typedef int jmp_buf[1];
#define setjmp(b) ((void)(b), 0)
#define longjmp(b, v) __builtin_trap()
#endif
