/* driver.c — a main() for a libFuzzer target built without libFuzzer: replays inputs through
 * LLVMFuzzerTestOneInput, for sanitizers libFuzzer does not pair with (ThreadSanitizer) and for plain
 * ASan builds (configure.py: out/asan/fuzz_threads, out/tsan/fuzz_threads).
 *
 *   TARGET FILE|DIR...                  every file given, and every file of every folder given
 *   TARGET --seeds N [--seed S] [--max-len L]
 *                                       N pseudo-random inputs (xorshift from S, default 1; lengths 8..L,
 *                                       default 2048): a fixed seed set, the same on every run
 * Prints "N inputs, no finding" and exits 0; a finding aborts inside the target (its message first).
 * Knows nothing of warden: only the libFuzzer entry point and the C library (POSIX opendir).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned long ninputs;

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  size_t cap = 4096, n = 0;
  uint8_t *buf = malloc(cap);
  for (;;) {
    if (!buf) {
      fclose(f);
      fprintf(stderr, "%s: out of memory\n", path);
      return 1;
    }
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    uint8_t *nb = realloc(buf, cap * 2);
    if (!nb) free(buf);
    buf = nb;
    cap *= 2;
  }
  fclose(f);
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  ninputs++;
  return 0;
}

static int run_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    perror(path);
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) return run_file(path);
  DIR *d = opendir(path);
  if (!d) {
    perror(path);
    return 1;
  }
  int rc = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t len = strlen(path) + strlen(e->d_name) + 2;
    char *p = malloc(len);
    if (!p) {
      rc = 1;
      break;
    }
    snprintf(p, len, "%s/%s", path, e->d_name);
    struct stat es;
    if (stat(p, &es) == 0 && S_ISREG(es.st_mode)) rc |= run_file(p);
    free(p);
  }
  closedir(d);
  return rc;
}

static uint64_t next(uint64_t *x) {
  *x ^= *x << 13;
  *x ^= *x >> 7;
  *x ^= *x << 17;
  return *x;
}

int main(int argc, char **argv) {
  unsigned long seeds = 0, max_len = 2048;
  uint64_t seed = 1;
  int rc = 0, paths = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--seeds") && i + 1 < argc) seeds = strtoul(argv[++i], NULL, 0);
    else if (!strcmp(argv[i], "--seed") && i + 1 < argc) seed = strtoull(argv[++i], NULL, 0);
    else if (!strcmp(argv[i], "--max-len") && i + 1 < argc) max_len = strtoul(argv[++i], NULL, 0);
    else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: %s FILE|DIR... | --seeds N [--seed S] [--max-len L]\n", argv[0]);
      return 2;
    } else {
      rc |= run_path(argv[i]);
      paths++;
    }
  }
  if (!seeds && !paths) {
    fprintf(stderr, "usage: %s FILE|DIR... | --seeds N [--seed S] [--max-len L]\n", argv[0]);
    return 2;
  }
  if (max_len < 8) max_len = 8;
  uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
  uint8_t *buf = malloc(max_len);
  if (!buf) return 1;
  for (unsigned long k = 0; k < seeds; k++) {
    size_t len = 8 + (size_t)(next(&x) % (max_len - 7));
    for (size_t i = 0; i < len; i++) buf[i] = (uint8_t)next(&x);
    LLVMFuzzerTestOneInput(buf, len);
    ninputs++;
  }
  free(buf);
  printf("%lu inputs, %s\n", ninputs, rc ? "some could not be read" : "no finding");
  return rc;
}
