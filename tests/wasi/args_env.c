/* args_env.c — WASI guest for tests/unit/test_wasi.c: echoes argv and the environment (args_get,
 * args_sizes_get, environ_get, environ_sizes_get). Built into out/wasi/args_env.wasm. */
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
  int n = 0;
  for (char **e = environ; e && *e; e++, n++) printf("env=%s\n", *e);
  printf("envc=%d\n", n);
  const char *v = getenv("WARDEN_TEST");
  printf("WARDEN_TEST=%s\n", v ? v : "(unset)");
  return 0;
}
