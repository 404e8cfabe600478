/* wd-sweep.c — the malformed-input sweep: truncations and byte flips of real modules through decoding,
 * validation and promotion, in every layout.
 *
 *   wd-sweep [-v] [--flips N] [--seed S] [--prefix-all BYTES] [--prefix-max N] [--max-modules N]
 *            [--save DIR] FILE.wasm...
 *
 * For each module file: its prefixes (every one up to --prefix-all bytes, default 4096; beyond that a
 * stride chosen so that at most --prefix-max more are taken, default 1024, always including the whole
 * module) and --flips mutants (default 1000; 1-3 bytes replaced, bit-flipped or set to a boundary value,
 * seeded by --seed and the file's contents, so a run is reproducible). Each input is loaded in every
 * layout with an eager engine (wd_module_new decodes, validates and translates everything), then
 * wd_module_validate and wd_module_promote_all run on what loaded. Every run must:
 *   - not crash, and raise no sanitizer report (build it in out/asan);
 *   - fail, if it fails, with a decoding / validation / resource error (not an API or internal one),
 *     and with the same error code in every layout;
 *   - free every byte: a counting allocator checks each free's pointer and size, and nothing may be
 *     live after the engine is freed.
 * A crash prints the file and input being run (and with --save DIR writes the input there) before the
 * process dies. Prints how many modules had sampled prefixes, then "N passed, N failed" (a module passes
 * when all of its inputs do); exits 1 on any failure.
 *
 * A test tool: links libwarden.a; public API only. Reads only the files it is given (writes only --save).
 */
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "warden.h"

static bool verbose;

/* ---------------------------------------------------------------- counting allocator */

/* Every block carries a header with its size, so that frees can be checked without a table. */
typedef struct hdr {
  size_t size;
  uint64_t magic;
} hdr;
#define MAGIC 0x5753574545504d4bull
#define DEAD 0x444541444445414dull

typedef struct counter {
  size_t live_blocks, live_bytes;
  char problem[160];
} counter;

static void problem(counter *c, const char *fmt, ...) {
  if (c->problem[0]) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->problem, sizeof c->problem, fmt, ap);
  va_end(ap);
}

static void *ca_malloc(void *user, size_t size) {
  counter *c = user;
  if (size > SIZE_MAX - sizeof(hdr)) return NULL;
  hdr *h = malloc(sizeof(hdr) + size);
  if (!h) return NULL;
  h->size = size;
  h->magic = MAGIC;
  c->live_blocks++;
  c->live_bytes += size;
  return h + 1;
}

static bool check_block(counter *c, void *p, size_t size, const char *what) {
  hdr *h = (hdr *)p - 1;
  if (h->magic != MAGIC) {
    problem(c, "%s of %p: %s", what, p, h->magic == DEAD ? "already freed" : "not a block of this allocator");
    return false;
  }
  if (h->size != size) problem(c, "%s of a %zu-byte block said %zu bytes", what, h->size, size);
  return true;
}

static void ca_free(void *user, void *p, size_t size) {
  counter *c = user;
  if (!p || !check_block(c, p, size, "free")) return;
  hdr *h = (hdr *)p - 1;
  c->live_blocks--;
  c->live_bytes -= h->size;
  h->magic = DEAD;
  free(h);
}

static void *ca_realloc(void *user, void *p, size_t old_size, size_t new_size) {
  counter *c = user;
  if (!p) return ca_malloc(user, new_size);
  if (!check_block(c, p, old_size, "realloc")) return NULL;
  if (new_size > SIZE_MAX - sizeof(hdr)) return NULL;
  hdr *h = (hdr *)p - 1;
  size_t was = h->size;
  hdr *n = realloc(h, sizeof(hdr) + new_size);
  if (!n) return NULL;
  n->size = new_size;
  c->live_bytes += new_size;
  c->live_bytes -= was;
  return n + 1;
}

/* ---------------------------------------------------------------- crash reporting */

/* What is being run, for the crash handlers (set before each input). */
static const char *cur_file;
static const char *cur_kind = "";       /* "prefix" or "flip" */
static uint64_t cur_index;
static const char *cur_layout = "";
static const uint8_t *cur_bytes;
static size_t cur_len;
static char save_path[4096];            /* where a crashing input is written ("" = nowhere) */

static void put(int fd, const char *s) {
  ssize_t r = write(fd, s, strlen(s));
  (void)r;
}

static void put_u64(int fd, uint64_t v) {
  char buf[24];
  int i = (int)sizeof buf;
  buf[--i] = 0;
  do buf[--i] = (char)('0' + v % 10); while ((v /= 10) && i > 0);
  put(fd, buf + i);
}

/* Async-signal-safe: write(2) only. */
static void report_crash(void) {
  static volatile sig_atomic_t once;
  if (once) return;
  once = 1;
  put(2, "\nwd-sweep: CRASH while running ");
  put(2, cur_file ? cur_file : "?");
  put(2, " ");
  put(2, cur_kind);
  put(2, " ");
  put_u64(2, cur_index);
  put(2, " in layout ");
  put(2, cur_layout);
  put(2, " (");
  put_u64(2, cur_len);
  put(2, " bytes)\n");
  if (save_path[0] && cur_bytes) {
    int fd = open(save_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ssize_t r = write(fd, cur_bytes, cur_len);
      (void)r;
      close(fd);
      put(2, "wd-sweep: input written to ");
      put(2, save_path);
      put(2, "\n");
    }
  }
}

static void on_signal(int sig) {
  report_crash();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Sanitizer builds: called before the process dies with a report. */
void __asan_set_death_callback(void (*cb)(void)) __attribute__((weak));
void __sanitizer_set_death_callback(void (*cb)(void)) __attribute__((weak));

static void install_crash_handlers(void) {
  /* Under a sanitizer its own handlers report deadly signals (with a stack trace) and then call ours. */
  if (__sanitizer_set_death_callback) {
    __sanitizer_set_death_callback(report_crash);
    return;
  }
  if (__asan_set_death_callback) {
    __asan_set_death_callback(report_crash);
    return;
  }
  int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], on_signal);
}

/* ---------------------------------------------------------------- one input */

/* Every layout of this build (warden.h's list). */
#define layouts (wd_layout_names())
static int nlayouts(void) {
  int n = 0;
  while (layouts[n]) n++;
  return n;
}
#define NLAYOUTS nlayouts()

static bool acceptable_failure(wd_errcode code) {
  wd_errclass c = wd_errcode_class(code);
  return c == WD_CLASS_MALFORMED || c == WD_CLASS_INVALID || code == WD_E_LIMIT_ARENA ||
         code == WD_E_OUT_OF_MEMORY;
}

static bool resource(wd_errcode code) { return code == WD_E_LIMIT_ARENA || code == WD_E_OUT_OF_MEMORY; }

typedef struct stats {
  uint64_t inputs, loaded;
} stats;

/* Runs one input in every layout. Returns false with why set on a finding. */
static bool sweep_one(const uint8_t *bytes, size_t len, stats *st, char *why, size_t cap) {
  wd_errcode first_code = WD_E_OK;
  bool first_set = false;
  cur_bytes = bytes;
  cur_len = len;
  st->inputs++;
  for (int l = 0; l < NLAYOUTS; l++) {
    cur_layout = layouts[l];
    counter c;
    memset(&c, 0, sizeof c);
    wd_allocator al = {ca_malloc, ca_realloc, ca_free, &c};
    wd_config cfg;
    wd_config_init(&cfg);
    cfg.layout = layouts[l];
    cfg.mode = WD_MODE_EAGER;
    cfg.features = WD_FEATURES_ALL;
    cfg.allocator = &al;
    cfg.limits.max_arena_bytes = 64u << 20;
    wd_error err;
    wd_engine *e = wd_engine_new(&cfg, &err);
    if (!e) {
      snprintf(why, cap, "wd_engine_new: %s", err.message);
      return false;
    }
    wd_module *m = wd_module_new(e, bytes, len, &err);
    wd_errcode code = WD_E_OK;
    if (!m) {
      code = err.code;
      if (!acceptable_failure(code)) {
        snprintf(why, cap, "layout %s: load failed with %s (%s), not a decoding or validation error", layouts[l],
                 wd_errcode_name(code), err.message);
        wd_engine_free(e);
        return false;
      }
    } else {
      st->loaded += l == 0;
      if (!wd_module_validate(m, &err) || !wd_module_promote_all(m, &err)) {
        snprintf(why, cap, "layout %s: an eagerly loaded module then fails %s", layouts[l], err.message);
        wd_module_free(m);
        wd_engine_free(e);
        return false;
      }
      wd_module_stats ms;
      wd_module_stats_get(m, &ms);
      if (ms.promoted != ms.functions) {
        snprintf(why, cap, "layout %s: %u of %u functions promoted after an eager load", layouts[l], ms.promoted,
                 ms.functions);
        wd_module_free(m);
        wd_engine_free(e);
        return false;
      }
      wd_module_free(m);
    }
    wd_engine_free(e);
    if (c.problem[0]) {
      snprintf(why, cap, "layout %s: allocator: %s", layouts[l], c.problem);
      return false;
    }
    if (c.live_blocks || c.live_bytes) {
      snprintf(why, cap, "layout %s: leak: %zu blocks, %zu bytes live after everything was freed", layouts[l],
               c.live_blocks, c.live_bytes);
      return false;
    }
    if (!first_set) {
      first_code = code;
      first_set = true;
    } else if (code != first_code && !resource(code) && !resource(first_code)) {
      snprintf(why, cap, "layouts disagree: %s in %s, %s in %s", wd_errcode_name(first_code), layouts[0],
               wd_errcode_name(code), layouts[l]);
      return false;
    }
  }
  return true;
}

/* ---------------------------------------------------------------- the sweep */

static uint64_t rng_next(uint64_t *s) {
  uint64_t x = *s;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  *s = x;
  return x * 0x2545F4914F6CDD1Dull;
}

static uint64_t fnv(const uint8_t *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    uint8_t *nb = realloc(buf, cap *= 2);
    if (!nb) free(buf);
    buf = nb;
  }
  bool bad = ferror(f) || !buf;
  fclose(f);
  if (bad) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

typedef struct opts {
  uint64_t flips, seed, prefix_all, prefix_max;
  const char *save_dir;
} opts;

static void set_save_path(const opts *o, const char *file, const char *kind, uint64_t index) {
  if (!o->save_dir) return;
  const char *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  snprintf(save_path, sizeof save_path, "%s/%s.%s%" PRIu64, o->save_dir, base, kind, index);
}

static void save_input(const opts *o, const uint8_t *bytes, size_t len) {
  if (!o->save_dir || !save_path[0]) return;
  FILE *f = fopen(save_path, "wb");
  if (f) {
    fwrite(bytes, 1, len, f);
    fclose(f);
    printf("  input written to %s\n", save_path);
  }
}

/* The prefix length after n: every one up to `all`, then `stride` apart, ending with the whole module. */
static size_t next_prefix(size_t n, size_t len, size_t all, size_t stride) {
  if (n < all) return n + 1;
  if (n >= len) return len + 1;
  return n + stride < len ? n + stride : len;
}

/* Returns true if every input derived from the file passes. *sampled says whether prefixes were strided. */
static bool sweep_file(const char *file, const opts *o, stats *st, bool *sampled) {
  size_t len = 0;
  uint8_t *bytes = slurp(file, &len);
  if (!bytes) {
    printf("FAIL %s: cannot read\n", file);
    return false;
  }
  cur_file = file;
  char why[512];
  bool ok = true;
  uint64_t before = st->inputs;

  /* Prefixes: all up to prefix_all, then strided; the whole module last. */
  *sampled = len > o->prefix_all;
  size_t stride = 1;
  if (*sampled) {
    size_t rest = len - o->prefix_all;
    stride = o->prefix_max ? rest / o->prefix_max + 1 : rest + 1;
  }
  cur_kind = "prefix";
  for (size_t n = 0; ok && n <= len; n = next_prefix(n, len, o->prefix_all, stride)) {
    cur_index = n;
    set_save_path(o, file, "prefix", n);
    /* A prefix is copied to its own block, so that reading past it is caught by the sanitizer. */
    uint8_t *p = malloc(n ? n : 1);
    if (!p) { fprintf(stderr, "wd-sweep: out of memory\n"); exit(2); }
    memcpy(p, bytes, n);
    if (!sweep_one(p, n, st, why, sizeof why)) {
      printf("FAIL %s prefix %zu of %zu: %s\n", file, n, len, why);
      save_input(o, p, n);
      ok = false;
    }
    free(p);
  }

  /* Byte flips. */
  cur_kind = "flip";
  uint64_t rng = o->seed ^ fnv(bytes, len) ^ 0x9E3779B97F4A7C15ull;
  if (!rng) rng = 1;
  uint8_t *mut = malloc(len ? len : 1);
  if (!mut) { fprintf(stderr, "wd-sweep: out of memory\n"); exit(2); }
  for (uint64_t k = 0; ok && len && k < o->flips; k++) {
    memcpy(mut, bytes, len);
    int changes = 1 + (int)(rng_next(&rng) % 3);
    for (int i = 0; i < changes; i++) {
      /* Mostly past the 8-byte header: a broken magic number only tests one early exit. */
      size_t pos = (len > 8 && rng_next(&rng) % 16) ? 8 + rng_next(&rng) % (len - 8) : rng_next(&rng) % len;
      uint64_t r = rng_next(&rng);
      static const uint8_t boundary[] = {0x00, 0x01, 0x40, 0x7F, 0x80, 0xFF};
      switch (r & 3) {
      case 0: case 1: mut[pos] = (uint8_t)(r >> 8); break;
      case 2: mut[pos] ^= (uint8_t)(1u << ((r >> 8) & 7)); break;
      default: mut[pos] = boundary[(r >> 8) % sizeof boundary]; break;
      }
    }
    cur_index = k;
    set_save_path(o, file, "flip", k);
    if (!sweep_one(mut, len, st, why, sizeof why)) {
      printf("FAIL %s flip %" PRIu64 " (seed %" PRIu64 "): %s\n", file, k, o->seed, why);
      save_input(o, mut, len);
      ok = false;
    }
  }
  free(mut);
  free(bytes);
  if (verbose)
    printf("%s %s: %zu bytes, %" PRIu64 " inputs%s\n", ok ? "ok  " : "FAIL", file, len, st->inputs - before,
           *sampled ? " (prefixes sampled)" : "");
  return ok;
}

static void usage(void) {
  fprintf(stderr, "usage: wd-sweep [-v] [--flips N] [--seed S] [--prefix-all BYTES] [--prefix-max N] "
                  "[--max-modules N] [--save DIR] FILE.wasm...\n");
  exit(2);
}

int main(int argc, char **argv) {
  opts o = {1000, 1, 4096, 1024, NULL};
  long max_modules = -1;
  int first = 1;
  for (; first < argc && argv[first][0] == '-'; first++) {
    const char *a = argv[first];
    bool more = first + 1 < argc;
    if (!strcmp(a, "-v")) verbose = true;
    else if (!strcmp(a, "--flips") && more) o.flips = strtoull(argv[++first], NULL, 10);
    else if (!strcmp(a, "--seed") && more) o.seed = strtoull(argv[++first], NULL, 10);
    else if (!strcmp(a, "--prefix-all") && more) o.prefix_all = strtoull(argv[++first], NULL, 10);
    else if (!strcmp(a, "--prefix-max") && more) o.prefix_max = strtoull(argv[++first], NULL, 10);
    else if (!strcmp(a, "--max-modules") && more) max_modules = strtol(argv[++first], NULL, 10);
    else if (!strcmp(a, "--save") && more) o.save_dir = argv[++first];
    else if (!strcmp(a, "--")) { first++; break; }
    else usage();
  }
  if (first >= argc) usage();
  install_crash_handlers();
  setvbuf(stdout, NULL, _IOLBF, 0);

  long passed = 0, failed = 0, sampled_modules = 0, done = 0;
  stats st = {0, 0};
  for (int i = first; i < argc && (max_modules < 0 || done < max_modules); i++, done++) {
    bool sampled = false;
    if (sweep_file(argv[i], &o, &st, &sampled)) passed++;
    else failed++;
    sampled_modules += sampled;
  }
  printf("wd-sweep: %" PRIu64 " inputs x %d layouts (%" PRIu64 " flips per module, seed %" PRIu64
         "); prefixes: all up to %" PRIu64 " bytes, then at most %" PRIu64 " more per module (%ld module%s "
         "sampled)\n", st.inputs, NLAYOUTS, o.flips, o.seed, o.prefix_all, o.prefix_max, sampled_modules,
         sampled_modules == 1 ? "" : "s");
  printf("%ld passed, %ld failed\n", passed, failed);
  return failed ? 1 : 0;
}
