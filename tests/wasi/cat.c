/* cat.c — WASI guest for tests/unit/test_wasi.c: copies stdin to stdout (fd_read on fd 0 until EOF),
 * reporting the byte count on stderr. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  static char buf[65536];
  long total = 0;
  for (;;) {
    ssize_t n = read(0, buf, sizeof buf);
    if (n < 0) { perror("read"); return 1; }
    if (n == 0) break;
    for (ssize_t off = 0; off < n;) {
      ssize_t m = write(1, buf + off, (size_t)(n - off));
      if (m <= 0) { perror("write"); return 1; }
      off += m;
    }
    total += n;
  }
  fprintf(stderr, "copied %ld bytes\n", total);
  return 0;
}
