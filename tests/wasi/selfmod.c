/* selfmod.c — WASI guest for the sandbox suite of tests/run-tests.py: truncates its own module file,
 * which the host put inside the guest's writable preopen (argv[1] is its path there), then calls
 * functions it has not called before. warden translates a function at its first call; had the CLI kept
 * the file mapped, those bodies would be read from a file that is now empty (SIGBUS), or, had the guest
 * rewritten instead of truncated, from bytes nobody validated. It must print "ok 38" and exit 0. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* Not called before the truncation; noinline keeps it a function of its own. */
__attribute__((noinline)) static int later(volatile int x) {
  int s = 0;
  for (int i = 0; i < x; i++) s += i % 3 ? 1 : 2;
  return s + x;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: selfmod.wasm PATH-OF-THIS-MODULE-IN-THE-SANDBOX\n", stderr);
    return 2;
  }
  int fd = open(argv[1], O_WRONLY | O_TRUNC);
  if (fd < 0) {
    perror(argv[1]);
    return 3;
  }
  close(fd);
  printf("ok %d\n", later(argc + 14));
  return 0;
}
