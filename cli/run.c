/* run.c — `warden run [OPTIONS] FILE.wasm [ARGS...]`: runs a WASI command's _start with ARGS as its
 * argv, or (--invoke NAME) calls one exported function with typed ARGS and prints its results; either way
 * the module may import WASI preview 1. Options choose the layout and mode, fuel, resource limits,
 * preopened directories and environment; --stats reports times and memory use after the run.
 * Uses only the public API (warden.h, warden_wasi.h) and cli.h. Touches the host only through the file
 * it reads, stdio, and the directories the user preopens with --dir.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include "cli.h"
#include "warden_emscripten.h"
#include "warden_wasi.h"

void cli_run_help(void) {
  printf("usage: warden run [OPTIONS] FILE.wasm [ARGS...]\n"
         "       warden run [OPTIONS] --invoke NAME FILE.wasm [VALUES...]\n"
         "\n"
         "Runs a WebAssembly module. Without --invoke, FILE must be a WASI command: its _start export\n"
         "runs with ARGS as argv[1..] (argv[0] is FILE as written) and warden exits with the program's\n"
         "exit status. With --invoke, the exported function NAME is called with VALUES, read by its\n"
         "parameter types, and each result is printed on its own line. Either way the module may import\n"
         "WASI preview 1 (wasi_snapshot_preview1) functions, and nothing else.\n"
         "Options come before FILE: every word after FILE goes to the program (or is a value).\n"
         "\n"
         "options:\n"
         "  --invoke NAME          call the exported function NAME instead of _start\n"
         );
  printf("  --layout L             function-record layout: %s\n", cli_names(wd_layout_names(), ", "));
  printf("  --mode M               %s (when functions are validated and\n", cli_names(wd_mode_names(), ", "));
  printf("                         translated: all at load, or on first call)\n"
         "  --load-threads N       validate and (eager) translate a big module's bodies on at most N threads\n"
         "                         (default: one per CPU, at most 8; modules under 1 MiB of code: one)\n"
         "  --fuel N               run on N units of fuel (one per call and per taken branch, so every\n"
         "                         loop iteration costs one; bulk memory and table work, memory.grow\n"
         "                         and segments one per 64 bytes or 8 elements); when it runs out the\n"
         "                         program stops with \"warden: trap: out of fuel\" (exit 2)\n"
         "  --dir HOST[::GUEST]    let the program use host directory HOST, which it sees as GUEST\n"
         "                         (default: HOST as written); repeatable. Paths never resolve outside\n"
         "                         it: no '..' above it, no absolute paths, no symlinks leading out\n"
         "  --dir-ro HOST[::GUEST] the same, read-only (no creating, writing, renaming or removing)\n"
         "  --env NAME=VALUE       set an environment variable for the program (repeatable); --env NAME\n"
         "                         passes the host's value. The program sees no other variables\n"
         "  --max-memory SIZE      cap every linear memory at SIZE, rounded down to whole 64 KiB pages:\n"
         "                         bytes (65536), with a K, M or G suffix (powers of 1024: 64K, 16M, 1G)\n"
         "                         or pages with a p suffix (256p = 16M); at least one page. memory.grow\n"
         "                         beyond it returns -1; a module that needs more fails to instantiate\n"
         "  --max-total-memory SIZE  cap all linear memories together (default 1G): the store-wide\n"
         "                         limit; a module whose memories need more fails to instantiate and\n"
         "                         memory.grow beyond it returns -1\n"
         "  --max-table-elems N    cap the elements of all tables together, and of each (default\n"
         "                         10000000); table.grow beyond it returns -1\n"
         "  --max-sleep SECONDS    the most the program may wait in poll_oneoff (sleeps) in all; a wait\n"
         "                         that reaches it traps (default: no limit); also the longest one\n"
         "                         memory.atomic.wait may block (it then returns 2, timed out)\n"
         "  --max-module-size SIZE refuse a FILE larger than SIZE bytes (default 512M); FILE must be a\n"
         "                         regular file (not a pipe or device)\n"
         "  --max-stack SIZE       cap the value stack (locals and operands of every frame) at SIZE bytes\n"
         "                         (K, M, G suffixes as above); deeper calls trap \"call stack exhausted\"\n"
         "  --max-depth N          cap the call depth at N nested calls (same trap)\n"
         "  --max-threads N        threads a threaded program (wasi-threads thread-spawn, emscripten\n"
         "                         -pthread) may run at once besides the main one (default 32); a\n"
         "                         spawn past it fails (thread-spawn returns -1, pthread_create EAGAIN).\n"
         "                         With --fuel, every thread gets N units of its own\n"
         "  --stats                after the run, print to stderr: the times to load (decode, validate\n"
         "                         and, in eager mode, translate), instantiate and run (including lazy\n"
         "                         translation), functions translated of those defined, the module\n"
         "                         arena's bytes, and the process's peak resident memory\n"
         "  -h, --help             this help\n"
         "  --                     end of options: the next word is FILE even if it starts with '-'\n"
         "Without the --max-* options the build's default limits apply.\n");
  cli_features_help();
  printf("\n"
         "VALUES (with --invoke) are read by the function's parameter types:\n"
         "  i32, i64   decimal (42, -1) or hex (0xff); unsigned values up to 2^N-1 are accepted too\n"
         "  f32, f64   decimal or scientific (1.5, -2e10), inf, -inf, nan, -nan, nan:0xPAYLOAD, or raw bits\n"
         "             in hex with 0x (0x7fc00000)\n"
         "  v128       0x followed by up to 32 hex digits (the 128-bit value)\n"
         "  funcref    null;  externref   null or a number (an opaque host reference)\n"
         "Results: i32/i64 as signed decimal, floats in the shortest form that reads back to the same\n"
         "bits (NaNs as nan or nan:0xPAYLOAD), v128 as 0x + 32 hex digits.\n"
         "(`warden run FILE.wasm --invoke NAME VALUES...`, the older order, still works for a module\n"
         "that has no _start.)\n"
         "\n"
         "examples:\n"
         "  warden run out/examples/hello.wasm world\n"
         "  warden run --dir data::/data --env LANG=C prog.wasm /data/input.txt\n"
         "  warden run --fuel 100000000 --max-memory 64M --stats untrusted.wasm\n"
         "  warden run --invoke add mod.wasm 2 40\n"
         "\n"
         "exit status: 0 success; the program's own status when it exits through proc_exit (exit() in C,\n"
         "0-255); 1 error (unreadable or invalid module, link error, no _start, bad --dir); 2 trap\n"
         "(\"warden: trap: MESSAGE\" on stderr, out of fuel included); 64 usage\n");
}

/* ---------------------------------------------------------------- arguments */

static const char *kind_text(wd_valkind k) {
  switch (k) {
  case WD_I32: return "i32";
  case WD_I64: return "i64";
  case WD_F32: return "f32";
  case WD_F64: return "f64";
  case WD_V128: return "v128";
  case WD_FUNCREF: return "funcref";
  case WD_EXTERNREF: return "externref";
  case WD_EXNREF: return "exnref";
  }
  return "?";
}

static bool is_hex_bits(const char *s) { return s[0] == '0' && (s[1] == 'x' || s[1] == 'X'); }

/* Whole-string integer parse: signed (strtoll) with '-', else unsigned (strtoull); base 0 (0x hex). */
static bool parse_int(const char *s, bool *neg, int64_t *sv, uint64_t *uv) {
  char *end;
  *neg = s[0] == '-';
  if (!(s[*neg] >= '0' && s[*neg] <= '9')) return false;    /* no spaces, no '+' */
  errno = 0;
  if (*neg) *sv = strtoll(s, &end, 0);
  else *uv = strtoull(s, &end, 0);
  return errno == 0 && *end == 0;
}

/* "[+-]nan:0xPAYLOAD" -> bits with exponent all ones. mant_bits: 23 or 52. */
static bool parse_nan_payload(const char *s, int mant_bits, uint64_t *bits) {
  bool neg = *s == '-';
  if (*s == '-' || *s == '+') s++;
  if (strncmp(s, "nan:0x", 6) && strncmp(s, "nan:0X", 6)) return false;
  char *end;
  errno = 0;
  uint64_t p = strtoull(s + 6, &end, 16);
  uint64_t mask = (1ull << mant_bits) - 1;
  if (errno || *end || s[6] == 0 || p == 0 || (p & ~mask)) return false;
  uint64_t exp = mant_bits == 23 ? 0xffull << 23 : 0x7ffull << 52;
  uint64_t sign = neg ? (mant_bits == 23 ? 1ull << 31 : 1ull << 63) : 0;
  *bits = sign | exp | p;
  return true;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static bool parse_arg(const char *s, wd_valkind k, wd_val *v) {
  memset(v, 0, sizeof *v);
  v->kind = (uint8_t)k;
  bool neg;
  int64_t sv = 0;
  uint64_t uv = 0;
  char *end;
  switch (k) {
  case WD_I32:
    if (!parse_int(s, &neg, &sv, &uv)) return false;
    if (neg ? sv < INT32_MIN : uv > UINT32_MAX) return false;
    v->of.i32 = neg ? (int32_t)sv : (int32_t)(uint32_t)uv;
    return true;
  case WD_I64:
    if (!parse_int(s, &neg, &sv, &uv)) return false;
    v->of.i64 = neg ? sv : (int64_t)uv;
    return true;
  case WD_F32:
    if (is_hex_bits(s)) {
      if (!parse_int(s, &neg, &sv, &uv) || uv > UINT32_MAX) return false;
      v->of.f32_bits = (uint32_t)uv;
      return true;
    }
    if (parse_nan_payload(s, 23, &uv)) { v->of.f32_bits = (uint32_t)uv; return true; }
    if (!*s) return false;
    {
      errno = 0;
      float f = strtof(s, &end);
      if (*end) return false;
      memcpy(&v->of.f32_bits, &f, 4);
    }
    return true;
  case WD_F64:
    if (is_hex_bits(s)) {
      if (!parse_int(s, &neg, &sv, &uv)) return false;
      v->of.f64_bits = uv;
      return true;
    }
    if (parse_nan_payload(s, 52, &uv)) { v->of.f64_bits = uv; return true; }
    if (!*s) return false;
    {
      double d = strtod(s, &end);
      if (*end) return false;
      memcpy(&v->of.f64_bits, &d, 8);
    }
    return true;
  case WD_V128: {
    if (!is_hex_bits(s)) return false;
    size_t n = strlen(s + 2);
    if (n == 0 || n > 32) return false;
    for (size_t i = 0; i < n; i++) {       /* the last hex digit is the lowest nibble of byte 0 */
      int h = hexval(s[2 + n - 1 - i]);
      if (h < 0) return false;
      v->of.v128[i / 2] |= (uint8_t)(h << (4 * (i % 2)));
    }
    return true;
  }
  case WD_FUNCREF: case WD_EXNREF:
    return !strcmp(s, "null");
  case WD_EXTERNREF:
    if (!strcmp(s, "null")) return true;
    if (!parse_int(s, &neg, &sv, &uv) || neg || uv == UINT64_MAX) return false;
    v->of.externref = (void *)(uintptr_t)(uv + 1);
    return true;
  }
  return false;
}

/* ---------------------------------------------------------------- results */

static void print_f32(uint32_t bits) {
  const char *sign = (bits >> 31) ? "-" : "";
  uint32_t mant = bits & 0x7fffff;
  if ((bits & 0x7f800000) == 0x7f800000) {
    if (!mant) printf("%sinf\n", sign);
    else if (mant == 0x400000) printf("%snan\n", sign);
    else printf("%snan:0x%" PRIx32 "\n", sign, mant);
    return;
  }
  float f;
  memcpy(&f, &bits, 4);
  char buf[64];
  for (int p = 1; p <= 9; p++) {       /* the shortest decimal that reads back to the same float */
    snprintf(buf, sizeof buf, "%.*g", p, (double)f);
    float back = strtof(buf, NULL);
    if (memcmp(&back, &f, 4) == 0) break;
  }
  printf("%s\n", buf);
}

static void print_f64(uint64_t bits) {
  const char *sign = (bits >> 63) ? "-" : "";
  uint64_t mant = bits & 0xfffffffffffffull;
  if ((bits & 0x7ff0000000000000ull) == 0x7ff0000000000000ull) {
    if (!mant) printf("%sinf\n", sign);
    else if (mant == 0x8000000000000ull) printf("%snan\n", sign);
    else printf("%snan:0x%" PRIx64 "\n", sign, mant);
    return;
  }
  double d;
  memcpy(&d, &bits, 8);
  char buf[64];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*g", p, d);
    double back = strtod(buf, NULL);
    if (memcmp(&back, &d, 8) == 0) break;
  }
  printf("%s\n", buf);
}

static void print_val(const wd_val *v) {
  switch (v->kind) {
  case WD_I32: printf("%" PRId32 "\n", v->of.i32); break;
  case WD_I64: printf("%" PRId64 "\n", v->of.i64); break;
  case WD_F32: print_f32(v->of.f32_bits); break;
  case WD_F64: print_f64(v->of.f64_bits); break;
  case WD_V128:
    printf("0x");
    for (int i = 15; i >= 0; i--) printf("%02x", v->of.v128[i]);
    printf("\n");
    break;
  case WD_FUNCREF: printf(v->of.func ? "funcref\n" : "null\n"); break;
  case WD_EXTERNREF:
    if (!v->of.externref) printf("null\n");
    else printf("%" PRIuPTR "\n", (uintptr_t)v->of.externref - 1);
    break;
  default: printf("? (kind 0x%02x)\n", v->kind); break;
  }
}

/* ---------------------------------------------------------------- options */

/* Sizes: digits, then an optional suffix. K/M/G (any case, optionally followed by "iB" or "B") multiply
 * by powers of 1024; with `pages_ok`, "p" (or "page", "pages") counts 64 KiB pages. */

typedef struct run_opts {
  const char *file, *invoke, *layout;
  wd_mode mode;
  bool fuel_on, stats;
  uint64_t fuel;
  wd_limits limits;
  uint64_t max_sleep_ns;         /* --max-sleep; 0 = no limit */
  uint32_t load_threads;         /* --load-threads; 0 = automatic */
  uint32_t max_threads;          /* --max-threads; 0 = WD_WASI_DEFAULT_MAX_THREADS */
  wd_wasi_preopen *dirs;         /* --dir, --dir-ro */
  size_t ndirs;
  const char **env;              /* --env, as "NAME=VALUE" */
  size_t nenv;
  char **owned;                  /* strings this command allocated (inherited env values) */
  size_t nowned;
  char **args;                   /* the words after FILE */
  int nargs;
} run_opts;

static void opts_free(run_opts *o) {
  for (size_t i = 0; i < o->nowned; i++) free(o->owned[i]);
  free(o->owned);
  free(o->dirs);
  free(o->env);
}

static bool add_dir(run_opts *o, const char *v, bool readonly) {
  const char *sep = strstr(v, "::");
  size_t hl = sep ? (size_t)(sep - v) : strlen(v);
  if (!hl || (sep && !sep[2])) {
    cli_error("run: --dir%s needs HOST or HOST::GUEST, got '%s'", readonly ? "-ro" : "", v);
    return false;
  }
  char *host = strndup(v, hl);
  if (!host) { cli_error("out of memory"); return false; }
  o->owned[o->nowned++] = host;
  o->dirs[o->ndirs++] = (wd_wasi_preopen){ host, sep ? sep + 2 : host, readonly };
  return true;
}

static bool add_env(run_opts *o, const char *v) {
  const char *eq = strchr(v, '=');
  if (eq == v || !*v) { cli_error("run: --env needs NAME=VALUE or NAME, got '%s'", v); return false; }
  if (eq) { o->env[o->nenv++] = v; return true; }
  const char *host = getenv(v);
  if (!host) return true;                /* unset on the host: the program does not see it either */
  size_t n = strlen(v) + strlen(host) + 2;
  char *s = malloc(n);
  if (!s) { cli_error("out of memory"); return false; }
  snprintf(s, n, "%s=%s", v, host);
  o->owned[o->nowned++] = s;
  o->env[o->nenv++] = s;
  return true;
}

/* Parses the options up to FILE. Returns -1 when the run should go ahead, else the exit status. */
static int parse_options(int argc, char **argv, run_opts *o) {
  wd_config defaults;
  wd_config_init(&defaults);
  o->mode = defaults.mode;
  o->dirs = calloc((size_t)argc, sizeof *o->dirs);
  o->env = calloc((size_t)argc, sizeof *o->env);
  o->owned = calloc((size_t)argc * 2, sizeof *o->owned);
  if (!o->dirs || !o->env || !o->owned) { cli_error("out of memory"); return CLI_EXIT_ERROR; }
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i], *v;
    bool missing = false;
    uint64_t n;
    if (!strcmp(a, "--")) { i++; break; }
    if (a[0] != '-' || !a[1]) break;                    /* FILE */
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) { cli_run_help(); return CLI_EXIT_OK; }
    if (!strcmp(a, "--stats")) { o->stats = true; continue; }
    if ((v = cli_opt_value(argc, argv, &i, "--invoke", &missing))) {
      if (o->invoke) { cli_error("run: --invoke given twice"); return CLI_EXIT_USAGE; }
      o->invoke = v;
    } else if ((v = cli_opt_value(argc, argv, &i, "--layout", &missing))) {
      if (!cli_parse_layout(v, &o->layout, NULL)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--mode", &missing))) {
      if (!cli_parse_mode(v, &o->mode)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--load-threads", &missing))) {
      if (!cli_parse_u64(v, &n) || n < 1 || n > 64) {
        cli_error("run: --load-threads needs a number of threads from 1 to 64, got '%s'", v);
        return CLI_EXIT_USAGE;
      }
      o->load_threads = (uint32_t)n;
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-threads", &missing))) {
      if (!cli_parse_u64(v, &n) || n < 1 || n > 4096) {
        cli_error("run: --max-threads needs a number of threads from 1 to 4096, got '%s'", v);
        return CLI_EXIT_USAGE;
      }
      o->max_threads = (uint32_t)n;
    } else if ((v = cli_opt_value(argc, argv, &i, "--fuel", &missing))) {
      if (!cli_parse_u64(v, &o->fuel)) { cli_error("run: --fuel needs a number of units, got '%s'", v); return CLI_EXIT_USAGE; }
      o->fuel_on = true;
    } else if ((v = cli_opt_value(argc, argv, &i, "--dir", &missing))) {
      if (!add_dir(o, v, false)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--dir-ro", &missing))) {
      if (!add_dir(o, v, true)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--env", &missing))) {
      if (!add_env(o, v)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-memory", &missing))) {
      if (!cli_parse_size(v, true, &n) || n < 65536) {
        cli_error("run: --max-memory needs a size of at least one 64 KiB page (65536, 64K, 16M, 1G, 256p), "
                  "got '%s'", v);
        return CLI_EXIT_USAGE;
      }
      n /= 65536;
      o->limits.max_memory_pages = n > 65536 ? 65536 : (uint32_t)n;   /* wasm32 memories stop there */
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-stack", &missing))) {
      if (!cli_parse_size(v, false, &n) || n == 0) {
        cli_error("run: --max-stack needs a size in bytes (65536, 64K, 1M), got '%s'", v);
        return CLI_EXIT_USAGE;
      }
      o->limits.max_stack_bytes = n;
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-depth", &missing))) {
      if (!cli_parse_u64(v, &n) || n == 0 || n >= UINT32_MAX) {
        cli_error("run: --max-depth needs a number of calls from 1 to %" PRIu32 ", got '%s'", UINT32_MAX - 1, v);
        return CLI_EXIT_USAGE;
      }
      o->limits.max_call_depth = (uint32_t)n;
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-total-memory", &missing))) {
      if (!cli_parse_size(v, true, &n) || n < 65536) {
        cli_error("run: --max-total-memory needs a size of at least one 64 KiB page (64K, 16M, 1G, 256p), "
                  "got '%s'", v);
        return CLI_EXIT_USAGE;
      }
      o->limits.max_total_memory_bytes = n;
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-table-elems", &missing))) {
      if (!cli_parse_u64(v, &n) || n == 0 || n >= UINT32_MAX) {
        cli_error("run: --max-table-elems needs a number of elements from 1 to %" PRIu32 ", got '%s'",
                  UINT32_MAX - 1, v);
        return CLI_EXIT_USAGE;
      }
      o->limits.max_total_table_elems = n;
      o->limits.max_table_elems = (uint32_t)n;
    } else if ((v = cli_opt_value(argc, argv, &i, "--max-sleep", &missing))) {
      char *end;
      errno = 0;
      double sec = strtod(v, &end);
      if (errno || end == v || *end || !(sec > 0) || sec > 1e9) {
        cli_error("run: --max-sleep needs a number of seconds (0.5, 10), got '%s'", v);
        return CLI_EXIT_USAGE;
      }
      o->max_sleep_ns = (uint64_t)(sec * 1e9);
      if (!o->max_sleep_ns) o->max_sleep_ns = 1;
      o->limits.max_wait_ns = o->max_sleep_ns;   /* also bounds each memory.atomic.wait */
    } else if ((n = (uint64_t)cli_module_size_opt(argc, argv, &i, &missing, "run")) != 0) {
      if ((int)n < 0) return CLI_EXIT_USAGE;
    } else if (!missing && (n = (uint64_t)cli_feature_opt(argc, argv, &i, &missing, "run")) != 0) {
      if ((int)n < 0) return CLI_EXIT_USAGE;
    } else if (missing) {
      cli_error("run: %s needs a value", a);
      return CLI_EXIT_USAGE;
    } else {
      cli_error("run: unknown option %s (options: warden help run)", a);
      return CLI_EXIT_USAGE;
    }
  }
  if (i >= argc) {
    cli_error("run: no file (usage: warden run [OPTIONS] FILE.wasm [ARGS...])");
    return CLI_EXIT_USAGE;
  }
  o->file = argv[i];
  o->args = argv + i + 1;
  o->nargs = argc - i - 1;
  return -1;
}

/* ---------------------------------------------------------------- the run */

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static bool has_export(const wd_module *m, const char *name) {
  uint32_t n = wd_module_export_count(m);
  size_t len = strlen(name);
  for (uint32_t i = 0; i < n; i++) {
    wd_exportdesc d;
    if (wd_module_export(m, i, &d) && d.name_len == len && !memcmp(d.name, name, len)) return true;
  }
  return false;
}

typedef struct run_times { double load, instantiate, run; bool instantiated, ran; } run_times;

static void print_stats(const run_opts *o, const wd_module *m, const wd_store *store, const run_times *t) {
  wd_module_stats st;
  wd_module_stats_get(m, &st);
  struct rusage ru;
  long rss_kib = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;   /* KiB on Linux */
  const char *layout = o->layout;
  if (!layout) {
    wd_config c;
    wd_config_init(&c);
    layout = c.layout ? c.layout : "default";
  }
  fprintf(stderr, "warden: stats for %s (layout %s, mode %s%s)\n", o->file, layout, cli_mode_name(o->mode),
          o->fuel_on ? ", fuel" : "");
  fprintf(stderr, "  load          %10.3f ms   (decode%s)\n", t->load,
          o->mode == WD_MODE_EAGER ? ", validate and translate every function"
          : o->mode == WD_MODE_LAZY_TRANSLATION ? " and validate" : " only");
  if (t->instantiated) fprintf(stderr, "  instantiate   %10.3f ms\n", t->instantiate);
  if (t->ran)
    fprintf(stderr, "  run           %10.3f ms   (%s)\n", t->run,
            o->mode == WD_MODE_EAGER ? "nothing left to translate"
            : "functions are translated on their first call, within this time");
  fprintf(stderr, "  functions     %10" PRIu32 " translated of %" PRIu32 " defined\n", st.promoted, st.functions);
  fprintf(stderr, "  module arena  %10zu bytes used, %zu reserved (records %zu, bodies %zu, code %zu)\n",
          st.arena_used, st.arena_reserved, st.record_bytes, st.body_bytes, st.code_bytes);
  if (o->fuel_on && store)
    fprintf(stderr, "  fuel          %10" PRIu64 " units left of %" PRIu64 "\n", wd_store_fuel_remaining(store), o->fuel);
  if (rss_kib >= 0) fprintf(stderr, "  peak RSS      %10ld KiB\n", rss_kib);
}

/* Reports a failed call or instantiation; the exit status. */
static int call_failed(const run_opts *o, const wd_wasi *wasi, const wd_error *err) {
  uint32_t raw;
  if (wasi && wd_wasi_exited(wasi, &raw)) return wd_wasi_exit_code(wasi);
  if (wd_errcode_class(err->code) == WD_CLASS_TRAP) {
    cli_error("trap: %s", err->message[0] ? err->message : wd_errcode_message(err->code));
    return CLI_EXIT_TRAP;
  }
  cli_module_error(o->file, err);
  return CLI_EXIT_ERROR;
}

/* Calls the --invoke export with the words after FILE as its arguments; prints the results. */
static int invoke(const run_opts *o, wd_store *store, wd_instance *inst, const wd_wasi *wasi,
                  char **words, int nwords, run_times *t) {
  wd_extern ext;
  if (!wd_instance_export(inst, o->invoke, strlen(o->invoke), &ext)) {
    cli_error("%s: no export named '%s'", o->file, o->invoke);
    return CLI_EXIT_ERROR;
  }
  if (ext.kind != WD_EXTERN_FUNC) { cli_error("%s: export '%s' is not a function", o->file, o->invoke); return CLI_EXIT_ERROR; }
  uint32_t np = 0, nr = 0;
  const wd_valkind *pk = NULL, *rk = NULL;
  wd_func_type(ext.of.func, &np, &pk, &nr, &rk);
  if ((uint32_t)nwords != np) {
    fprintf(stderr, "warden: run: %s takes %" PRIu32 " argument%s (", o->invoke, np, np == 1 ? "" : "s");
    for (uint32_t i = 0; i < np; i++) fprintf(stderr, "%s%s", i ? " " : "", kind_text(pk[i]));
    fprintf(stderr, "), got %d\n", nwords);
    return CLI_EXIT_USAGE;
  }
  int rc = CLI_EXIT_ERROR;
  wd_val *vals = calloc((size_t)np + 1, sizeof *vals), *results = calloc((size_t)nr + 1, sizeof *results);
  wd_error err = {0};
  if (!vals || !results) { cli_error("out of memory"); goto out; }
  for (uint32_t i = 0; i < np; i++)
    if (!parse_arg(words[i], pk[i], &vals[i])) {
      cli_error("run: argument %" PRIu32 " '%s' is not a valid %s", i + 1, words[i], kind_text(pk[i]));
      rc = CLI_EXIT_USAGE;
      goto out;
    }
  double t0 = now_ms();
  bool ok = wd_func_call(store, ext.of.func, vals, np, results, nr, &err);
  t->run = now_ms() - t0;
  t->ran = true;
  if (!ok) { rc = call_failed(o, wasi, &err); goto out; }
  for (uint32_t i = 0; i < nr; i++) print_val(&results[i]);
  rc = CLI_EXIT_OK;
out:
  free(vals);
  free(results);
  return rc;
}

/* Whether m imports module::name (name NULL: anything from module). */
static bool imports_any(const wd_module *m, const char *module, const char *name) {
  for (uint32_t i = 0, n = wd_module_import_count(m); i < n; i++) {
    wd_importdesc d;
    if (wd_module_import(m, i, &d) && d.module_len == strlen(module) && !memcmp(d.module, module, d.module_len) &&
        (!name || (d.name_len == strlen(name) && !memcmp(d.name, name, d.name_len))))
      return true;
  }
  return false;
}

int cli_run(int argc, char **argv) {
  run_opts o;
  memset(&o, 0, sizeof o);
  int rc = parse_options(argc, argv, &o);
  if (rc >= 0) { opts_free(&o); return rc; }
  rc = CLI_EXIT_ERROR;

  cli_file in = {0};
  wd_engine *engine = NULL;
  wd_module *m = NULL;
  wd_store *store = NULL;
  wd_wasi *wasi = NULL;
  wd_extern *imports = NULL;
  const char **wargv = NULL;
  run_times t = {0};
  wd_error err = {0};
  /* A guest that may write files may write its own module's: read it, do not map it (cli.h). */
  bool writable = false;
  for (size_t i = 0; i < o.ndirs; i++) writable |= !o.dirs[i].readonly;
  if (!cli_file_open(o.file, &in, writable)) goto out;
  wd_config cfg;
  wd_config_init(&cfg);
  if (o.layout) cfg.layout = o.layout;
  cfg.mode = o.mode;
  cfg.features = cli_features;
  cfg.limits = o.limits;
  cfg.load_threads = o.load_threads;
  if (!(engine = wd_engine_new(&cfg, &err))) { cli_error("cannot create an engine: %s", err.message); goto out; }
  double t0 = now_ms();
  m = wd_module_new_borrowed(engine, in.bytes, in.len, &err);
  t.load = now_ms() - t0;
  if (!m) { cli_module_error(o.file, &err); goto out; }

  /* The older order, `FILE --invoke NAME VALUES...`, for a module that is not a WASI command. */
  char **words = o.args;
  int nwords = o.nargs;
  if (!o.invoke && nwords >= 1 && !strncmp(words[0], "--invoke", 8) && !has_export(m, "_start")) {
    int k = 0;
    if ((o.invoke = cli_opt_value(nwords, words, &k, "--invoke", &(bool){false}))) {
      words += k + 1;
      nwords -= k + 1;
    }
  }
  if (!o.invoke && !has_export(m, "_start") && !wd_emscripten_detect(m)) {
    cli_error("%s: no _start export: not a WASI command (to call a function: warden run --invoke NAME %s "
              "[VALUES...])", o.file, o.file);
    goto out;
  }

  if (!(store = wd_store_new(engine, &err))) { cli_error("cannot create a store: %s", err.message); goto out; }
  if (o.fuel_on && (!wd_store_fuel_enable(store, true, &err) || !wd_store_fuel_add(store, o.fuel, &err))) {
    cli_error("cannot set fuel: %s", err.message);
    goto out;
  }

  /* The WASI world: argv[0] is FILE; for _start the words after FILE follow. */
  size_t wargc = o.invoke ? 1 : 1 + (size_t)o.nargs;
  if (!(wargv = calloc(wargc, sizeof *wargv))) { cli_error("out of memory"); goto out; }
  wargv[0] = o.file;
  for (size_t i = 1; i < wargc; i++) wargv[i] = o.args[i - 1];
  wd_wasi_config wc;
  wd_wasi_config_init(&wc);
  wc.argv = wargv;
  wc.argc = wargc;
  wc.env = o.env;
  wc.envc = o.nenv;
  wc.preopens = o.dirs;
  wc.npreopens = o.ndirs;
  wc.max_sleep_ns = o.max_sleep_ns;
  wc.max_threads = o.max_threads;
  wc.thread_fuel = o.fuel_on ? (o.fuel ? o.fuel : 1) : 0;   /* --fuel 0: threads get nothing either */
  if (!(wasi = wd_wasi_new(&wc, &err))) { cli_error("%s", err.message); goto out; }

  /* A threaded program (wasi-threads: it imports wasi::thread-spawn) runs through wd_wasi_run, which
   * starts its threads and provides its shared memory. */
  uint32_t nimports = wd_module_import_count(m);
  bool emscripten = !o.invoke && wd_emscripten_detect(m);
  if (emscripten && !wd_emscripten_check(m, &err)) {
    cli_module_error(o.file, &err);
    goto out;
  }
  if (emscripten || (!o.invoke && imports_any(m, "wasi", "thread-spawn"))) {
    t0 = now_ms();
    int status = emscripten ? wd_emscripten_run(wasi, store, m, &err) : wd_wasi_run(wasi, store, m, &err);
    t.run = now_ms() - t0;
    t.ran = true;
    rc = status >= 0 ? status : call_failed(&o, wasi, &err);
    goto out;
  }
  /* Imports: WASI's from the WASI layer; anything else cannot be provided. */
  if (!(imports = calloc((size_t)nimports + 1, sizeof *imports))) { cli_error("out of memory"); goto out; }
  for (uint32_t i = 0; i < nimports; i++) {
    wd_importdesc d;
    if (wd_module_import(m, i, &d) &&
        !(d.module_len == strlen(WD_WASI_MODULE) && !memcmp(d.module, WD_WASI_MODULE, d.module_len))) {
      cli_error("%s: unknown import %.*s::%.*s (warden run provides only %s)", o.file, (int)d.module_len,
                d.module, (int)d.name_len, d.name, WD_WASI_MODULE);
      goto out;
    }
  }
  if (!wd_wasi_link(wasi, store, m, imports, &err)) { cli_module_error(o.file, &err); goto out; }

  t0 = now_ms();
  wd_instance *inst = wd_instantiate(store, m, imports, nimports, &err);
  t.instantiate = now_ms() - t0;
  t.instantiated = true;
  if (!inst) { rc = call_failed(&o, wasi, &err); goto out; }

  if (o.invoke) {
    rc = invoke(&o, store, inst, wasi, words, nwords, &t);
  } else {
    wd_extern start;
    if (!wd_instance_export(inst, "_start", 6, &start) || start.kind != WD_EXTERN_FUNC) {
      cli_error("%s: export _start is not a function", o.file);
      goto out;
    }
    t0 = now_ms();
    bool ok = wd_func_call(store, start.of.func, NULL, 0, NULL, 0, &err);
    t.run = now_ms() - t0;
    t.ran = true;
    rc = ok ? CLI_EXIT_OK : call_failed(&o, wasi, &err);
  }
out:
  fflush(stdout);
  if (o.stats && m) print_stats(&o, m, store, &t);
  free(imports);
  free(wargv);
  if (wasi) wd_wasi_free(wasi);
  if (store) wd_store_free(store);
  if (m) wd_module_free(m);
  if (engine) wd_engine_free(engine);
  cli_file_close(&in);
  opts_free(&o);
  return rc;
}
