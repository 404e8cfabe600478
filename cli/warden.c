/* warden.c — the `warden` command: dispatch, help, version, `warden validate`, and the helpers the other
 * subcommands share (cli.h). Subcommands live in cli/inspect.c and cli/run.c.
 * Uses only the public API (include/warden.h); reads the files it is given, writes stdout/stderr.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

/* ---------------------------------------------------------------- shared helpers */

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("warden: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void cli_module_error(const char *file, const wd_error *err) {
  /* wd_fail already ends messages with " at offset 0x.."; add it only when it is missing. */
  if (err->offset != WD_NO_OFFSET && !strstr(err->message, " at offset "))
    fprintf(stderr, "warden: %s: %s at offset 0x%x\n", file, err->message, err->offset);
  else
    fprintf(stderr, "warden: %s: %s\n", file, err->message[0] ? err->message : wd_errcode_message(err->code));
}

const char *cli_opt_value(int argc, char **argv, int *i, const char *name, bool *missing) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n)) return NULL;
  if (a[n] == '=') return a + n + 1;
  if (a[n]) return NULL;
  if (*i + 1 >= argc) { *missing = true; return NULL; }
  return argv[++*i];
}

uint8_t *cli_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) { cli_error("%s: %s", path, strerror(errno)); return NULL; }
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    uint8_t *bigger = cap < ((size_t)1 << 40) ? realloc(buf, cap * 2) : NULL;
    if (!bigger) { free(buf); buf = NULL; break; }
    buf = bigger;
    cap *= 2;
  }
  int bad = ferror(f);
  fclose(f);
  if (!buf) { cli_error("%s: out of memory", path); return NULL; }
  if (bad) { cli_error("%s: read error", path); free(buf); return NULL; }
  *len = n;
  if (n >= 4 && !memcmp(buf, "\0asm", 4)) return buf;
  /* Not the binary format: WebAssembly text, read into binary (errors as FILE:LINE:COLUMN: message). */
  wd_error err = {0};
  size_t blen = 0;
  uint8_t *bin = wd_wat_to_wasm((const char *)buf, n, NULL, &blen, &err);
  free(buf);
  if (!bin) {
    if (err.code == WD_E_OUT_OF_MEMORY) cli_error("%s: out of memory", path);
    else cli_error("%s:%s", path, err.message);
    return NULL;
  }
  uint8_t *copy = malloc(blen ? blen : 1);
  if (copy) memcpy(copy, bin, blen);
  wd_wat_free(NULL, bin, blen);
  if (!copy) { cli_error("%s: out of memory", path); return NULL; }
  *len = blen;
  return copy;
}

bool cli_parse_layout(const char *s, const char **layout, bool *all) {
  if (all) *all = false;
  if (!strcmp(s, "all") && all) { *all = true; *layout = NULL; return true; }
  if (wd_layout_record_size(s) > 0) { *layout = s; return true; }
  fprintf(stderr, "warden: unknown layout '%s' (one of:", s);
  const char *const *names = wd_layout_names();
  for (int i = 0; names && names[i]; i++) fprintf(stderr, " %s", names[i]);
  fprintf(stderr, "%s)\n", all ? " all" : "");
  return false;
}

static const struct { const char *name; wd_mode mode; } modes[] = {
  {"eager", WD_MODE_EAGER}, {"lazy-translation", WD_MODE_LAZY_TRANSLATION}, {"lazy", WD_MODE_LAZY},
};

bool cli_parse_mode(const char *s, wd_mode *mode) {
  for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
    if (!strcmp(s, modes[i].name)) { *mode = modes[i].mode; return true; }
  cli_error("unknown mode '%s' (one of: eager lazy-translation lazy)", s);
  return false;
}

const char *cli_mode_name(wd_mode mode) {
  for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
    if (modes[i].mode == mode) return modes[i].name;
  return "?";
}

wd_engine *cli_engine(const char *layout, wd_mode mode) {
  wd_config cfg;
  wd_config_init(&cfg);
  if (layout) cfg.layout = layout;
  cfg.mode = mode;
  cfg.features = WD_FEATURES_ALL;
  wd_error err = {0};
  wd_engine *e = wd_engine_new(&cfg, &err);
  if (!e) cli_error("cannot create an engine: %s", err.message);
  return e;
}

/* ---------------------------------------------------------------- help */

static void main_help(FILE *f) {
  fprintf(f,
          "warden %s — a WebAssembly interpreter for hosts that run untrusted code\n"
          "\n"
          "usage: warden COMMAND [ARGS...]\n"
          "\n"
          "commands:\n"
          "  run [OPTIONS] FILE.wasm [ARGS...]       run a WASI program (its _start) with ARGS\n"
          "  run [OPTIONS] --invoke NAME FILE.wasm [VALUES...]\n"
          "                                          call an exported function and print its results\n"
          "  validate FILE.wasm                      check that a module decodes and validates\n"
          "  inspect FILE.wasm                       sections, counts and memory use per layout\n"
          "  inspect --layouts                       the record size of each function-record layout\n"
          "  help COMMAND                            details of one command (warden help run: the\n"
          "                                          options: fuel, limits, directories, environment)\n"
          "\n"
          "options:\n"
          "  -h, --help      this help\n"
          "  --version       print the version\n"
          "\n"
          "exit status: 0 success, 1 error (invalid module, I/O, link), 2 trap, 64 usage;\n"
          "`warden run` exits with the program's own status when it calls exit()\n",
          WARDEN_VERSION);
}

static void validate_help(void) {
  printf("usage: warden validate FILE.wasm\n"
         "\n"
         "Decodes and validates every part of the module, every function body included (all features\n"
         "on). Prints 'FILE: valid' and exits 0, or prints the error and where it is and exits 1.\n");
}

/* ---------------------------------------------------------------- validate */

static int cli_validate(int argc, char **argv) {
  const char *file = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { validate_help(); return CLI_EXIT_OK; }
    if (argv[i][0] == '-' && argv[i][1]) { cli_error("validate: unknown option %s", argv[i]); return CLI_EXIT_USAGE; }
    if (file) { cli_error("validate: one file at a time (%s, %s)", file, argv[i]); return CLI_EXIT_USAGE; }
    file = argv[i];
  }
  if (!file) { cli_error("validate: no file (usage: warden validate FILE.wasm)"); return CLI_EXIT_USAGE; }
  size_t len;
  uint8_t *bytes = cli_read_file(file, &len);
  if (!bytes) return CLI_EXIT_ERROR;
  /* lazy: decode only; then validate every body explicitly (nothing is translated). */
  wd_engine *engine = cli_engine(NULL, WD_MODE_LAZY);
  if (!engine) { free(bytes); return CLI_EXIT_ERROR; }
  wd_error err = {0};
  wd_module *m = wd_module_new(engine, bytes, len, &err);
  bool ok = m && wd_module_validate(m, &err);
  if (ok) printf("%s: valid\n", file);
  else cli_module_error(file, &err);
  if (m) wd_module_free(m);
  wd_engine_free(engine);
  free(bytes);
  return ok ? CLI_EXIT_OK : CLI_EXIT_ERROR;
}

/* ---------------------------------------------------------------- main */

int main(int argc, char **argv) {
  if (argc < 2) { main_help(stderr); return CLI_EXIT_USAGE; }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) { main_help(stdout); return CLI_EXIT_OK; }
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("warden %s\n", WARDEN_VERSION); return CLI_EXIT_OK; }
  if (!strcmp(cmd, "help")) {
    if (argc < 3) { main_help(stdout); return CLI_EXIT_OK; }
    const char *what = argv[2];
    if (!strcmp(what, "run")) cli_run_help();
    else if (!strcmp(what, "validate")) validate_help();
    else if (!strcmp(what, "inspect")) cli_inspect_help();
    else if (!strcmp(what, "help")) main_help(stdout);
    else { cli_error("no command '%s' (try: warden --help)", what); return CLI_EXIT_USAGE; }
    return CLI_EXIT_OK;
  }
  if (!strcmp(cmd, "run")) return cli_run(argc - 1, argv + 1);
  if (!strcmp(cmd, "validate")) return cli_validate(argc - 1, argv + 1);
  if (!strcmp(cmd, "inspect")) return cli_inspect(argc - 1, argv + 1);
  cli_error("unknown command '%s' (try: warden --help)", cmd);
  return CLI_EXIT_USAGE;
}
