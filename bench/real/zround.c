/* bench/real/zround.c — a zlib round trip for bench/real.py: compresses 2 MiB of generated, text-like
 * data at levels 1, 6 and 9, inflates each result, checks it equals the input, and prints the sizes and
 * the CRC-32. Deterministic, so the output is compared with a native build's. Uses zlib's public API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "zlib.h"

#define SIZE (2u << 20)

static unsigned char *make_input(void) {
  static const char *words[] = { "interpreter ", "module ", "function ", "memory ", "table ", "local ",
    "branch ", "the ", "a ", "of ", "stack ", "value ", "\n", "0x", "call_indirect ", "i32.add " };
  unsigned char *buf = malloc(SIZE);
  if (!buf) return NULL;
  unsigned x = 12345, n = 0;
  while (n < SIZE) {
    x = x * 1103515245u + 12345u;
    const char *w = words[(x >> 16) % 16];
    if ((x >> 8) % 13 == 0) {                     /* some numbers, less compressible */
      char num[16];
      int k = snprintf(num, sizeof num, "%u ", x % 100000);
      for (int i = 0; i < k && n < SIZE; i++) buf[n++] = (unsigned char)num[i];
      continue;
    }
    for (size_t i = 0; w[i] && n < SIZE; i++) buf[n++] = (unsigned char)w[i];
  }
  return buf;
}

int main(void) {
  unsigned char *in = make_input();
  uLongf bound = compressBound(SIZE);
  unsigned char *z = malloc(bound), *out = malloc(SIZE);
  if (!in || !z || !out) { fprintf(stderr, "zround: out of memory\n"); return 1; }
  printf("input %u bytes, crc32 %08lx\n", SIZE, crc32(0L, in, SIZE));
  static const int levels[] = { 1, 6, 9 };
  for (int i = 0; i < 3; i++) {
    uLongf zlen = bound, olen = SIZE;
    if (compress2(z, &zlen, in, SIZE, levels[i]) != Z_OK) { fprintf(stderr, "zround: compress failed\n"); return 1; }
    if (uncompress(out, &olen, z, zlen) != Z_OK || olen != SIZE || memcmp(in, out, SIZE)) {
      fprintf(stderr, "zround: round trip at level %d failed\n", levels[i]);
      return 1;
    }
    printf("level %d: %lu bytes, adler32 of compressed %08lx, round trip ok\n", levels[i], (unsigned long)zlen,
           adler32(1L, z, zlen));
  }
  free(in); free(z); free(out);
  return 0;
}
