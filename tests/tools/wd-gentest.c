/* wd-gentest.c — checks the fuzzing module generator (fuzz/gen.c): every module it makes must be valid.
 *
 * Generates N modules from deterministic pseudo-random inputs of varied lengths (0..4096 bytes) and random
 * feature sets (SIMD in about half of them; exceptions only with --no-wabt: wabt's wasm-validate does not
 * know try_table), and checks each with wabt's wasm-validate (given exactly the
 * matching --enable-* flags, and --disable-simd without SIMD; run in parallel, one process per module) and with warden's own validator (wd_module_new +
 * wd_module_validate, engine features = the same set). wabt (1.0.32) has no wide arithmetic: modules
 * with it are checked by warden alone, and counted apart. Also checks that generation is deterministic and
 * that wd_gen_module respects its buffer capacity, measures generation time, and reports which opcodes
 * of runtime/opcodes.def the corpus covered (non-SIMD and SIMD separately).
 *
 *   wd-gentest [--count N] [--seed S] [--start I] [--dump DIR] [--jobs J] [--features MASK|LIST]
 *              [--input FILE] [--no-wabt] [--no-warden] [--promote] [--instantiate]
 *              [--require-coverage] [-v]
 *
 * Prints "N passed, N failed" and exits 1 on any failure. -v prints each failing input (hex) and the
 * validators' messages. --dump keeps every module (gen-<i>.wasm) and input (gen-<i>.bin) in DIR.
 * Module i's input depends only on (seed, i): `--seed S --start I --count 1` reproduces module I.
 * --input generates the one module of a given input file (with --features, default all) and checks it.
 * --features takes a bit mask or a list of feature names (wd_features_parse: "none,simd", ...).
 * --promote also translates every function; --instantiate also instantiates every module in a fresh
 * store (generated modules must instantiate stand-alone); --extras adds custom page sizes, threads and
 * (with exceptions) legacy try/rethrow/delegate and throw_ref (WD_GEN_EH_MORE), --shared makes shared-mode
 * modules (WD_GEN_SHARED_MEMORY, not instantiated: they import their memory); both check with warden
 * alone, every feature on; --require-coverage fails unless every
 * non-SIMD opcode, and every SIMD opcode when some module had SIMD, was emitted.
 *
 * May touch: the public API (warden.h) and the generator (fuzz/gen.h; configure.py links fuzz/gen.c into
 * every test tool that includes gen.h).
 */
#include "warden.h"

#include "gen.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define GEN_LOW_FEATURES \
  (WD_FEATURE_SIMD | WD_FEATURE_TAIL_CALL | WD_FEATURE_EXTENDED_CONST | WD_FEATURE_MULTI_MEMORY | \
   WD_FEATURE_RELAXED_SIMD | WD_FEATURE_MEMORY64 | \
   WD_FEATURE_THREADS | WD_FEATURE_EXCEPTIONS)
#define GEN_FEATURES (GEN_LOW_FEATURES | WD_FEATURE_WIDE_ARITHMETIC)
#define NO_WABT_FEATURES WD_FEATURE_WIDE_ARITHMETIC   /* wasm-validate 1.0.32 does not know them */
#define GEN_ENGINES (2 * (GEN_LOW_FEATURES + 1))   /* one engine per feature subset (engine_index) */

static uint32_t engine_index(uint32_t f) {
  return (f & GEN_LOW_FEATURES) + (f & WD_FEATURE_WIDE_ARITHMETIC ? GEN_LOW_FEATURES + 1 : 0);
}
#define MAX_JOBS 64

typedef struct job {
  pid_t pid;               /* 0: slot free */
  uint32_t idx, features;
  uint8_t *in;
  size_t in_len;
  char wasm[512], log[512];
  char warden_msg[WD_ERROR_MESSAGE_MAX + 64];   /* empty when warden accepted the module */
} job;

typedef struct run {
  bool verbose, use_wabt, use_warden, promote, instantiate, keep;
  uint32_t gen_flags;                /* --extras / --shared: WD_GEN_EH_MORE, WD_GEN_SHARED_MEMORY */
  wd_engine *all;                    /* --extras / --shared: every feature (custom page sizes too) */
  const char *dir;
  uint32_t passed, failed;
  wd_engine *engines[GEN_ENGINES];   /* by engine_index(features) */
  uint32_t warden_only;              /* modules wabt could not check (NO_WABT_FEATURES) */
} run;

static uint64_t splitmix(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static bool write_file(const char *path, const uint8_t *p, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f) return false;
  bool ok = fwrite(p, 1, n, f) == n;
  return fclose(f) == 0 && ok;
}

static void print_hex(const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n; i++) printf("%02x%s", p[i], (i % 32 == 31 || i + 1 == n) ? "\n" : "");
  if (!n) printf("(empty)\n");
}

static void features_text(uint32_t f, char *out, size_t cap) {
  out[0] = ' ';
  if (!f) snprintf(out, cap, " (core only)");
  else wd_features_format(f, out + 1, cap - 1);
}

/* Warden's verdict; msg is left empty on success. */
static void check_warden(run *r, uint32_t features, const uint8_t *m, size_t n, char *msg, size_t cap) {
  msg[0] = 0;
  wd_engine *e = r->all ? r->all : r->engines[engine_index(features)];
  wd_error err;
  wd_module *mod = wd_module_new(e, m, n, &err);
  if (!mod) {
    snprintf(msg, cap, "warden: wd_module_new: %s", err.message);
    return;
  }
  if (!wd_module_validate(mod, &err)) snprintf(msg, cap, "warden: wd_module_validate: %s", err.message);
  else if (r->promote && !wd_module_promote_all(mod, &err))
    snprintf(msg, cap, "warden: wd_module_promote_all: %s", err.message);
  else if (r->instantiate) {
    wd_store *st = wd_store_new(e, &err);
    if (!st) {
      snprintf(msg, cap, "warden: wd_store_new: %s", err.message);
    } else {
      if (!(r->gen_flags & WD_GEN_SHARED_MEMORY) && !wd_instantiate(st, mod, NULL, 0, &err))
        snprintf(msg, cap, "warden: wd_instantiate: %s", err.message);
      wd_store_free(st);
    }
  }
  wd_module_free(mod);
}

static pid_t spawn_wabt(const char *wasm, const char *log, uint32_t features) {
  pid_t pid = fork();
  if (pid != 0) return pid;   /* parent (or -1) */
  int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    dup2(fd, 1);
    dup2(fd, 2);
    close(fd);
  }
  /* wabt's switches are the feature table's names; SIMD is on by default in wabt >= 1.0.20 */
  char flags[16][48];
  const char *argv[20];
  int a = 0, nf = 0;
  argv[a++] = "wasm-validate";
  if (!(features & WD_FEATURE_SIMD)) argv[a++] = "--disable-simd";
  for (size_t i = 0; wd_feature_at(i) && nf < 16; i++) {
    uint32_t bit = wd_feature_at(i);
    if (bit == WD_FEATURE_SIMD || bit == WD_FEATURE_REFERENCE_TYPES || !(features & bit)) continue;   /* wabt's defaults */
    snprintf(flags[nf], sizeof flags[nf], "--enable-%s", wd_feature_name(bit));
    argv[a++] = flags[nf++];
  }
  argv[a++] = wasm;
  argv[a] = NULL;
  execvp(argv[0], (char *const *)argv);
  fprintf(stderr, "wd-gentest: cannot run wasm-validate: %s\n", strerror(errno));
  _exit(127);
}

/* Records a finished module: wabt_status is the wait status (or -1 when wabt was not run). */
static void finish(run *r, job *j, int wabt_status) {
  bool wabt_ok = wabt_status == -1 || (WIFEXITED(wabt_status) && WEXITSTATUS(wabt_status) == 0);
  bool ok = wabt_ok && !j->warden_msg[0];
  if (ok) {
    r->passed++;
  } else {
    r->failed++;
    char ft[64];
    features_text(j->features, ft, sizeof ft);
    printf("FAIL module %u (features:%s, input %zu bytes)%s%s\n", j->idx, ft, j->in_len,
           r->keep || !wabt_ok ? ": " : "", r->keep || !wabt_ok ? j->wasm : "");
    if (j->warden_msg[0]) printf("  %s\n", j->warden_msg);
    if (!wabt_ok) {
      if (wabt_status != -1 && WIFEXITED(wabt_status) && WEXITSTATUS(wabt_status) == 127)
        printf("  wasm-validate could not be run\n");
      else
        printf("  wasm-validate rejected it%s\n", r->verbose ? ":" : " (-v for its messages)");
      if (r->verbose) {
        FILE *f = fopen(j->log, "r");
        char line[512];
        int shown = 0;
        while (f && fgets(line, sizeof line, f) && shown++ < 20) printf("    %s", line);
        if (f) fclose(f);
      }
    }
    if (r->verbose) {
      printf("  input:\n");
      print_hex(j->in, j->in_len);
    }
  }
  if (wabt_status != -1) unlink(j->log);
  if (!r->keep && (ok || wabt_ok)) unlink(j->wasm);   /* a module wabt rejected stays for inspection */
  free(j->in);
  j->in = NULL;
  j->pid = 0;
}

static void reap_one(run *r, job *jobs, int njobs) {
  int status;
  pid_t pid = wait(&status);
  if (pid <= 0) return;
  for (int i = 0; i < njobs; i++)
    if (jobs[i].pid == pid) {
      finish(r, &jobs[i], status);
      return;
    }
}

static int usage(void) {
  fprintf(stderr, "usage: wd-gentest [--count N] [--seed S] [--start I] [--dump DIR] [--jobs J]\n"
                  "                  [--features MASK] [--input FILE] [--no-wabt] [--no-warden] [--promote]\n"
                  "                  [--instantiate] [--require-coverage] [--extras] [--shared] [-v]\n");
  return 2;
}

/* wd_gen_module's contract on a too-small buffer: the length is returned and nothing is written. */
static bool check_capacity(void) {
  uint8_t in[64], small[16], big[1 << 16];
  for (int i = 0; i < 64; i++) in[i] = (uint8_t)(i * 37 + 11);
  memset(small, 0xAB, sizeof small);
  size_t need = wd_gen_module(in, sizeof in, NULL, small, sizeof small);
  bool untouched = true;
  for (size_t i = 0; i < sizeof small; i++) untouched &= small[i] == 0xAB;
  size_t got = wd_gen_module(in, sizeof in, NULL, big, sizeof big);
  size_t alen = 0;
  uint8_t *a = wd_gen_module_alloc(in, sizeof in, NULL, &alen);
  bool ok = need > sizeof small && untouched && got == need && a && alen == need && !memcmp(a, big, need) &&
            !memcmp(big, "\0asm\1\0\0\0", 8);
  free(a);
  /* an empty input still gives a module */
  size_t elen = wd_gen_module(NULL, 0, NULL, big, sizeof big);
  ok = ok && elen >= 8 && !memcmp(big, "\0asm\1\0\0\0", 8);
  if (!ok) printf("FAIL wd_gen_module capacity/alloc contract (need %zu, got %zu, alloc %zu)\n", need, got, alen);
  return ok;
}

int main(int argc, char **argv) {
  run r;
  memset(&r, 0, sizeof r);
  r.use_wabt = r.use_warden = true;
  uint32_t count = 10000, start = 0;
  uint64_t seed = 1;
  long fixed_features = -1;
  int njobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
  bool require_cov = false;
  const char *input = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--count") && v) count = (uint32_t)strtoul(v, NULL, 0), i++;
    else if (!strcmp(a, "--seed") && v) seed = strtoull(v, NULL, 0), i++;
    else if (!strcmp(a, "--start") && v) start = (uint32_t)strtoul(v, NULL, 0), i++;
    else if (!strcmp(a, "--dump") && v) r.dir = v, r.keep = true, i++;
    else if (!strcmp(a, "--jobs") && v) njobs = atoi(v), i++;
    else if (!strcmp(a, "--features") && v) {
      uint32_t f = 0;
      wd_error err;
      char *end;
      long mask = strtol(v, &end, 0);
      if (*v >= '0' && *v <= '9' && !*end) f = (uint32_t)mask;
      else if (!wd_features_parse(v, &f, &err)) {
        fprintf(stderr, "wd-gentest: --features %s: %s\n", v, err.message);
        return 2;
      }
      fixed_features = f & GEN_FEATURES;
      i++;
    }
    else if (!strcmp(a, "--input") && v) input = v, i++;
    else if (!strcmp(a, "--no-wabt")) r.use_wabt = false;
    else if (!strcmp(a, "--no-warden")) r.use_warden = false;
    else if (!strcmp(a, "--promote")) r.promote = true;
    else if (!strcmp(a, "--extras")) r.gen_flags |= WD_GEN_EH_MORE;
    else if (!strcmp(a, "--shared")) r.gen_flags |= WD_GEN_SHARED_MEMORY;
    else if (!strcmp(a, "--instantiate")) r.instantiate = true;
    else if (!strcmp(a, "--require-coverage")) require_cov = true;
    else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) r.verbose = true;
    else return usage();
  }
  if (r.gen_flags) {                 /* warden alone (wabt knows neither try nor custom page sizes) */
    r.use_wabt = false;
    wd_config cfg;
    wd_config_init(&cfg);
    cfg.features = WD_FEATURES_ALL;
    wd_error err;
    if (!(r.all = wd_engine_new(&cfg, &err))) {
      fprintf(stderr, "wd-gentest: wd_engine_new: %s\n", err.message);
      return 2;
    }
  }
  if (njobs < 1) njobs = 1;
  if (njobs > MAX_JOBS) njobs = MAX_JOBS;

  char tmp[] = "/tmp/wd-gentest.XXXXXX";
  if (r.dir) {
    mkdir(r.dir, 0755);
  } else {
    if (!mkdtemp(tmp)) {
      fprintf(stderr, "wd-gentest: mkdtemp: %s\n", strerror(errno));
      return 2;
    }
    r.dir = tmp;
  }
  if (r.use_warden) {
    for (uint32_t k = 0; k < GEN_ENGINES; k++) {
      uint32_t low = k % (GEN_LOW_FEATURES + 1);   /* the inverse of engine_index */
      if (low & ~(uint32_t)GEN_LOW_FEATURES) continue;   /* not a subset (a bit between relaxed SIMD and threads) */
      wd_config cfg;
      wd_config_init(&cfg);
      cfg.features = low | (k > GEN_LOW_FEATURES ? WD_FEATURE_WIDE_ARITHMETIC : 0) |
                     WD_FEATURE_REFERENCE_TYPES;   /* the generator's modules are Wasm 2.0 */
      /* exactly the generator's features, no others */
      wd_error err;
      r.engines[k] = wd_engine_new(&cfg, &err);
      if (!r.engines[k]) {
        fprintf(stderr, "wd-gentest: wd_engine_new: %s\n", err.message);
        return 2;
      }
    }
  }

  uint32_t nops = wd_gen_opcode_count();
  uint8_t *cov = calloc(nops, 1);
  job jobs[MAX_JOBS];
  memset(jobs, 0, sizeof jobs);
  bool ok_contract = check_capacity();
  double gen_us = 0, max_us = 0;
  size_t total_bytes = 0, max_bytes = 0;
  uint32_t nondeterministic = 0, nsimd = 0;
  if (input) count = 1;

  for (uint32_t i = start; i - start < count; i++) {
    uint8_t *in;
    size_t len;
    uint32_t features;
    if (input) {
      FILE *f = fopen(input, "rb");
      if (!f) {
        fprintf(stderr, "wd-gentest: %s: %s\n", input, strerror(errno));
        return 2;
      }
      in = malloc(1 << 20);
      len = fread(in, 1, 1 << 20, f);
      fclose(f);
      features = fixed_features >= 0 ? (uint32_t)fixed_features : GEN_FEATURES;
    } else {
      uint64_t s = seed * 0x100000001B3ull + i;
      uint64_t x = splitmix(&s);
      len = (x & 3) == 0 ? (size_t)((x >> 8) % 65) : (size_t)((x >> 8) % 4097);
      features = fixed_features >= 0 ? (uint32_t)fixed_features : (uint32_t)(x >> 40) & GEN_FEATURES;
      /* wabt's wasm-validate predates try_table: exceptions are checked by warden alone (--no-wabt) */
      if (fixed_features < 0 && r.use_wabt) features &= ~(uint32_t)WD_FEATURE_EXCEPTIONS;
      in = malloc(len ? len : 1);
      for (size_t k = 0; k < len; k += 8) {
        uint64_t w = splitmix(&s);
        for (size_t b = 0; b < 8 && k + b < len; b++) in[k + b] = (uint8_t)(w >> (8 * b));
      }
    }
    nsimd += (features & WD_FEATURE_SIMD) != 0;
    wd_gen_opts o;
    wd_gen_opts_init(&o);
    o.features = features;
    if (r.gen_flags) {                 /* --extras: custom page sizes and threads; legacy try, throw_ref */
      o.features |= WD_FEATURE_CUSTOM_PAGE_SIZES | WD_FEATURE_THREADS;
      o.flags |= r.gen_flags;
    }
    if (r.use_wabt) o.flags |= WD_GEN_NO_TABLE64;   /* wabt validates memory64 but not i64 tables */
    o.coverage = cov;
    size_t n = 0, n2 = 0;
    double t0 = now_us();
    uint8_t *m = wd_gen_module_alloc(in, len, &o, &n);
    double dt = now_us() - t0;
    gen_us += dt;
    if (dt > max_us) max_us = dt;
    o.coverage = NULL;
    uint8_t *m2 = wd_gen_module_alloc(in, len, &o, &n2);
    if (!m || !m2) {
      fprintf(stderr, "wd-gentest: out of memory\n");
      return 2;
    }
    total_bytes += n;
    if (n > max_bytes) max_bytes = n;

    job *j = NULL;
    if (r.use_wabt) {
      while (!j) {
        for (int k = 0; k < njobs && !j; k++)
          if (!jobs[k].pid && !jobs[k].in) j = &jobs[k];
        if (!j) reap_one(&r, jobs, njobs);
      }
    } else {
      j = &jobs[0];
    }
    j->idx = i;
    j->features = features;
    j->in = in;
    j->in_len = len;
    snprintf(j->wasm, sizeof j->wasm, "%s/gen-%u.wasm", r.dir, i);
    snprintf(j->log, sizeof j->log, "%s/gen-%u.log", r.dir, i);
    j->warden_msg[0] = 0;
    if (n != n2 || memcmp(m, m2, n)) {
      nondeterministic++;
      snprintf(j->warden_msg, sizeof j->warden_msg, "generator: two runs on the same input differ");
    } else if (r.use_warden) {
      check_warden(&r, features, m, n, j->warden_msg, sizeof j->warden_msg);
    }
    if (r.keep) {
      char bin[512];
      snprintf(bin, sizeof bin, "%s/gen-%u.bin", r.dir, i);
      write_file(bin, in, len);
    }
    bool wrote = (r.use_wabt || r.keep) && write_file(j->wasm, m, n);
    if ((r.use_wabt || r.keep) && !wrote) {
      fprintf(stderr, "wd-gentest: cannot write %s\n", j->wasm);
      return 2;
    }
    free(m);
    free(m2);
    if (r.use_wabt && (features & NO_WABT_FEATURES)) r.warden_only++;
    if (r.use_wabt && !(features & NO_WABT_FEATURES)) {
      j->pid = spawn_wabt(j->wasm, j->log, features);
      if (j->pid < 0) {
        fprintf(stderr, "wd-gentest: fork: %s\n", strerror(errno));
        return 2;
      }
    } else {
      finish(&r, j, -1);
    }
  }
  for (;;) {
    bool busy = false;
    for (int k = 0; k < njobs; k++) busy |= jobs[k].pid != 0;
    if (!busy) break;
    reap_one(&r, jobs, njobs);
  }

  /* opcode coverage: the non-SIMD part of the table, and the SIMD part (over the SIMD modules) */
  uint32_t total[2] = {0, 0}, seen[2] = {0, 0};
  for (uint32_t k = 0; k < nops; k++) {
    int simd = wd_gen_opcode_is_simd(k);
    total[simd]++;
    seen[simd] += cov[k] != 0;
  }
  for (int simd = 0; simd < 2; simd++) {
    printf("coverage: %u/%u %s opcodes", seen[simd], total[simd], simd ? "SIMD" : "non-SIMD");
    if (simd) printf(" (%u modules with SIMD)", nsimd);
    printf("\n");
    if (seen[simd] < total[simd] && (!simd || nsimd)) {
      printf("  missing:");
      for (uint32_t k = 0; k < nops; k++)
        if ((int)wd_gen_opcode_is_simd(k) == simd && !cov[k]) printf(" %s", wd_gen_opcode_name(k));
      printf("\n");
    }
  }
  bool cov_ok = seen[0] == total[0] && (!nsimd || seen[1] == total[1]);
  if (count)
    printf("generator: %.1f us/module on average (max %.0f us), %.0f bytes on average (max %zu)\n",
           gen_us / count, max_us, (double)total_bytes / count, max_bytes);
  printf("checked with:%s%s%s%s%s\n", r.use_wabt ? " wasm-validate" : "", r.use_warden ? " warden" : "",
         r.use_warden && r.promote ? " +promote" : "", r.use_warden && r.instantiate ? " +instantiate" : "",
         !r.use_wabt && !r.use_warden ? " nothing (determinism only)" : "");
  if (r.warden_only)
    printf("  (%u modules with wide arithmetic checked by warden only: wasm-validate does not know it)\n",
           r.warden_only);
  if (nondeterministic) printf("%u modules differed between two runs on the same input\n", nondeterministic);
  if (!ok_contract) r.failed++;
  printf("%u passed, %u failed\n", r.passed, r.failed);

  for (uint32_t k = 0; k < GEN_ENGINES; k++)
    if (r.engines[k]) wd_engine_free(r.engines[k]);
  if (r.all) wd_engine_free(r.all);
  free(cov);
  if (!r.keep) rmdir(tmp);   /* empty unless a module failed wabt */
  if (require_cov && !cov_ok) return 1;
  return r.failed ? 1 : 0;
}
