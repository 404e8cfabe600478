/* hello.c — WASI guest for tests/unit/test_wasi.c: the smallest command (stdout, exit status 0).
 * Built with clang --target=wasm32-wasi -O2 into out/wasi/hello.wasm. Uses only wasi-libc. */
#include <stdio.h>

int main(void) {
  printf("hello, world\n");
  fprintf(stderr, "to stderr\n");
  return 0;
}
