/* hello.c — the first WebAssembly program to run in warden: a WASI command that greets its arguments.
 *
 *   clang --target=wasm32-wasi -O2 examples/hello.c -o hello.wasm
 *   out/release/warden run hello.wasm world
 *
 * prints "Hello, world!". Compiled for wasm32-wasi against wasi-libc; warden provides the WASI preview 1
 * calls it makes (args_get, fd_write, proc_exit ...). Touches nothing but its arguments and stdout.
 */
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    printf("Hello from WebAssembly!\n");
    return 0;
  }
  printf("Hello");
  for (int i = 1; i < argc; i++) printf("%s %s", i == 1 ? "," : " and", argv[i]);
  printf("!\n");
  return 0;
}
