/* run.c — `warden run FILE.wasm --invoke NAME [ARGS...]`: instantiates a module that needs no imports,
 * calls one exported function with arguments parsed by its parameter types, and prints the results one
 * per line. Running a WASI program's _start is a later milestone.
 * Uses only the public API (include/warden.h) and cli.h.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

void cli_run_help(void) {
  printf("usage: warden run FILE.wasm --invoke NAME [ARGS...] [--layout L] [--mode M]\n"
         "\n"
         "Instantiates the module (it may not import anything yet), runs its start function, calls the\n"
         "exported function NAME with ARGS and prints each result on its own line.\n"
         "\n"
         "Arguments are read by the function's parameter types:\n"
         "  i32, i64   decimal (42, -1) or hex (0xff); unsigned values up to 2^N-1 are accepted too\n"
         "  f32, f64   decimal or scientific (1.5, -2e10), inf, -inf, nan, -nan, nan:0xPAYLOAD, or raw bits\n"
         "             in hex with 0x (0x7fc00000)\n"
         "  v128       0x followed by up to 32 hex digits (the 128-bit value)\n"
         "  funcref    null;  externref   null or a number (an opaque host reference)\n"
         "Results: i32/i64 as signed decimal, floats in the shortest form that reads back to the same\n"
         "bits (NaNs as nan or nan:0xPAYLOAD), v128 as 0x + 32 hex digits.\n"
         "\n"
         "  --layout L  function-record layout (enum, union16, packed)\n"
         "  --mode M    eager, lazy-translation or lazy\n"
         "  --          every later word is an argument\n"
         "\n"
         "exit status: 0 success, 1 error, 2 trap (\"warden: trap: MESSAGE\" on stderr), 64 usage\n"
         "Without --invoke, `warden run` will run a WASI program's _start; that is not supported yet.\n");
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
  case WD_FUNCREF:
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

/* ---------------------------------------------------------------- the subcommand */

int cli_run(int argc, char **argv) {
  const char *file = NULL, *invoke = NULL, *layout = NULL;
  wd_config defaults;
  wd_config_init(&defaults);
  wd_mode mode = defaults.mode;
  const char **args = calloc((size_t)argc, sizeof *args);
  int nargs = 0;
  bool rest = false;
  if (!args) { cli_error("out of memory"); return CLI_EXIT_ERROR; }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    bool missing = false;
    if (rest) { args[nargs++] = a; continue; }
    if (!strcmp(a, "--")) { rest = true; continue; }
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) { cli_run_help(); free(args); return CLI_EXIT_OK; }
    if ((v = cli_opt_value(argc, argv, &i, "--invoke", &missing))) {
      if (invoke) { cli_error("run: --invoke given twice"); free(args); return CLI_EXIT_USAGE; }
      invoke = v;
    } else if ((v = cli_opt_value(argc, argv, &i, "--layout", &missing))) {
      if (!cli_parse_layout(v, &layout, NULL)) { free(args); return CLI_EXIT_USAGE; }
    } else if ((v = cli_opt_value(argc, argv, &i, "--mode", &missing))) {
      if (!cli_parse_mode(v, &mode)) { free(args); return CLI_EXIT_USAGE; }
    } else if (missing) {
      cli_error("run: %s needs a value", a);
      free(args);
      return CLI_EXIT_USAGE;
    } else if (a[0] == '-' && a[1] == '-') {
      cli_error("run: unknown option %s", a);
      free(args);
      return CLI_EXIT_USAGE;
    } else if (!file) {
      file = a;
    } else if (invoke) {
      args[nargs++] = a;             /* "-1", "-inf": values, not options */
    } else {
      cli_error("run: unexpected argument '%s' (arguments follow --invoke NAME)", a);
      free(args);
      return CLI_EXIT_USAGE;
    }
  }
  if (!file) { cli_error("run: no file (usage: warden run FILE.wasm --invoke NAME [ARGS...])"); free(args); return CLI_EXIT_USAGE; }
  if (!invoke) {
    cli_error("run: running a WASI program's _start is not supported yet (a later milestone); "
              "use --invoke NAME [ARGS...] to call an exported function");
    free(args);
    return CLI_EXIT_USAGE;
  }

  int rc = CLI_EXIT_ERROR;
  size_t len;
  wd_engine *engine = NULL;
  wd_module *m = NULL;
  wd_store *store = NULL;
  wd_val *vals = NULL, *results = NULL;
  uint8_t *bytes = cli_read_file(file, &len);
  wd_error err = {0};
  if (!bytes) goto out;
  if (!(engine = cli_engine(layout, mode))) goto out;
  if (!(m = wd_module_new(engine, bytes, len, &err))) { cli_module_error(file, &err); goto out; }
  uint32_t nimports = wd_module_import_count(m);
  if (nimports) {
    wd_importdesc d;
    if (wd_module_import(m, 0, &d))
      cli_error("%s: imports %.*s.%.*s%s; `warden run` cannot provide imports yet", file, (int)d.module_len,
                d.module, (int)d.name_len, d.name, nimports > 1 ? " and more" : "");
    else cli_error("%s: the module has imports; `warden run` cannot provide imports yet", file);
    goto out;
  }
  if (!(store = wd_store_new(engine, &err))) { cli_error("cannot create a store: %s", err.message); goto out; }
  wd_instance *inst = wd_instantiate(store, m, NULL, 0, &err);
  if (!inst) {
    if (wd_errcode_class(err.code) == WD_CLASS_TRAP) { cli_error("trap: %s", err.message); rc = CLI_EXIT_TRAP; }
    else cli_module_error(file, &err);
    goto out;
  }
  wd_extern ext;
  if (!wd_instance_export(inst, invoke, strlen(invoke), &ext)) {
    cli_error("%s: no export named '%s'", file, invoke);
    goto out;
  }
  if (ext.kind != WD_EXTERN_FUNC) { cli_error("%s: export '%s' is not a function", file, invoke); goto out; }
  uint32_t np = 0, nr = 0;
  const wd_valkind *pk = NULL, *rk = NULL;
  wd_func_type(ext.of.func, &np, &pk, &nr, &rk);
  if ((uint32_t)nargs != np) {
    fprintf(stderr, "warden: run: %s takes %" PRIu32 " argument%s (", invoke, np, np == 1 ? "" : "s");
    for (uint32_t i = 0; i < np; i++) fprintf(stderr, "%s%s", i ? " " : "", kind_text(pk[i]));
    fprintf(stderr, "), got %d\n", nargs);
    rc = CLI_EXIT_USAGE;
    goto out;
  }
  vals = calloc((size_t)np + 1, sizeof *vals);
  results = calloc((size_t)nr + 1, sizeof *results);
  if (!vals || !results) { cli_error("out of memory"); goto out; }
  for (uint32_t i = 0; i < np; i++)
    if (!parse_arg(args[i], pk[i], &vals[i])) {
      cli_error("run: argument %" PRIu32 " '%s' is not a valid %s", i + 1, args[i], kind_text(pk[i]));
      rc = CLI_EXIT_USAGE;
      goto out;
    }
  if (!wd_func_call(store, ext.of.func, vals, np, results, nr, &err)) {
    if (wd_errcode_class(err.code) == WD_CLASS_TRAP) { cli_error("trap: %s", err.message); rc = CLI_EXIT_TRAP; }
    else cli_error("%s: %s", invoke, err.message);
    goto out;
  }
  for (uint32_t i = 0; i < nr; i++) print_val(&results[i]);
  rc = CLI_EXIT_OK;
out:
  free(vals);
  free(results);
  if (store) wd_store_free(store);
  if (m) wd_module_free(m);
  if (engine) wd_engine_free(engine);
  free(bytes);
  free(args);
  return rc;
}
