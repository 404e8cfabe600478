/* exit_code.c — WASI guest for tests/unit/test_wasi.c: prints a line, then exits with the status named
 * by argv[1] through exit() -> proc_exit (buffered output must still arrive). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int code = argc > 1 ? atoi(argv[1]) : 0;
  printf("exiting with %d\n", code);
  exit(code);
  printf("not reached\n");
  return 99;
}
