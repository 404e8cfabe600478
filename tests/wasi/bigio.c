/* bigio.c — WASI guest for tests/unit/test_wasi.c: large transfers. Writes argv[2] MiB (default 8) of
 * a pattern to <argv[1]>/big.bin with one write(), a second copy with a 300-piece writev, reads both
 * back with one read() / one readv() and compares, then writes the same bytes to stdout with one
 * write(). The pattern byte i is (i * 7 + (i >> 13)) & 0xFF. Reports on stderr; exit 1 on a mismatch. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static unsigned char pat(size_t i) { return (unsigned char)((i * 7 + (i >> 13)) & 0xFF); }

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "/sandbox";
  size_t mib = argc > 2 ? (size_t)atoi(argv[2]) : 8;
  size_t len = mib << 20;
  unsigned char *a = malloc(len), *b = malloc(len);
  if (!a || !b) { fprintf(stderr, "malloc failed\n"); return 1; }
  for (size_t i = 0; i < len; i++) a[i] = pat(i);
  char path[256];

  snprintf(path, sizeof path, "%s/big.bin", dir);
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) { perror("open big.bin"); return 1; }
  ssize_t n = write(fd, a, len);
  if (n != (ssize_t)len) { fprintf(stderr, "write %zd of %zu\n", n, len); return 1; }
  if (lseek(fd, 0, SEEK_SET) != 0) { perror("lseek"); return 1; }
  memset(b, 0, len);
  size_t got = 0;
  while (got < len) {                       /* a read may legitimately come back short */
    n = read(fd, b + got, len - got);
    if (n <= 0) { fprintf(stderr, "read %zd at %zu\n", n, got); return 1; }
    got += (size_t)n;
  }
  if (memcmp(a, b, len) != 0) { fprintf(stderr, "read back differs\n"); return 1; }
  close(fd);

  snprintf(path, sizeof path, "%s/big2.bin", dir);
  fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) { perror("open big2.bin"); return 1; }
  enum { PIECES = 300 };
  struct iovec iov[PIECES];
  size_t step = len / PIECES, at = 0;
  for (int i = 0; i < PIECES; i++) {
    size_t l = i == PIECES - 1 ? len - at : step;
    iov[i].iov_base = a + at;
    iov[i].iov_len = l;
    at += l;
  }
  size_t done = 0;
  while (done < len) {                      /* writev may be partial: finish with write */
    n = done == 0 ? writev(fd, iov, PIECES) : write(fd, a + done, len - done);
    if (n <= 0) { fprintf(stderr, "writev %zd\n", n); return 1; }
    done += (size_t)n;
  }
  memset(b, 0, len);
  for (int i = 0; i < PIECES; i++)          /* the same pieces, now pointing into b */
    iov[i].iov_base = b + ((unsigned char *)iov[i].iov_base - a);
  got = 0;
  n = preadv(fd, iov, PIECES, 0);
  if (n <= 0) { fprintf(stderr, "preadv %zd\n", n); return 1; }
  got = (size_t)n;
  while (got < len) {
    n = pread(fd, b + got, len - got, (off_t)got);
    if (n <= 0) { fprintf(stderr, "pread %zd\n", n); return 1; }
    got += (size_t)n;
  }
  if (memcmp(a, b, len) != 0) { fprintf(stderr, "readv back differs\n"); return 1; }
  close(fd);

  done = 0;
  while (done < len) {
    n = write(1, a + done, len - done);
    if (n <= 0) { fprintf(stderr, "stdout write %zd\n", n); return 1; }
    done += (size_t)n;
  }
  fprintf(stderr, "bigio ok %zu MiB\n", mib);
  return 0;
}
