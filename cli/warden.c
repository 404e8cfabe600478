/* warden.c — the `warden` command: dispatch, help, version, `warden validate`, and the helpers the other
 * subcommands share (cli.h). Subcommands live in cli/inspect.c and cli/run.c.
 * Uses only the public API (include/warden.h); maps the files it is given, writes stdout/stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
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

uint64_t cli_max_module_bytes = CLI_DEFAULT_MAX_MODULE_BYTES;

bool cli_file_open(const char *path, cli_file *f) {
  static const uint8_t empty[1];
  memset(f, 0, sizeof *f);
  int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);   /* a FIFO must not block the open */
  if (fd < 0) { cli_error("%s: %s", path, strerror(errno)); return false; }
  struct stat st;
  if (fstat(fd, &st) != 0) { cli_error("%s: %s", path, strerror(errno)); close(fd); return false; }
  if (!S_ISREG(st.st_mode)) {
    cli_error("%s: not a regular file (a module must be a file of known size, not a %s)", path,
              S_ISDIR(st.st_mode) ? "directory" : S_ISFIFO(st.st_mode) ? "pipe" :
              S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "device" : S_ISSOCK(st.st_mode) ? "socket" : "special file");
    close(fd);
    return false;
  }
  if ((uintmax_t)st.st_size > cli_max_module_bytes || (uintmax_t)st.st_size > SIZE_MAX) {
    cli_error("%s: %llu bytes, more than the %llu a module may have (--max-module-size)", path,
              (unsigned long long)st.st_size, (unsigned long long)cli_max_module_bytes);
    close(fd);
    return false;
  }
  f->len = (size_t)st.st_size;
  f->bytes = empty;
  if (f->len) {
    void *p = mmap(NULL, f->len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) { cli_error("%s: cannot map: %s", path, strerror(errno)); close(fd); return false; }
    f->map = p;
    f->map_len = f->len;
    f->bytes = p;
  }
  close(fd);
  if (f->len >= 4 && !memcmp(f->bytes, "\0asm", 4)) return true;
  /* Not the binary format: WebAssembly text, read into binary (errors as FILE:LINE:COLUMN: message). */
  wd_error err = {0};
  size_t blen = 0;
  uint8_t *bin = wd_wat_to_wasm((const char *)f->bytes, f->len, NULL, &blen, &err);
  if (f->map) munmap(f->map, f->map_len);
  f->map = NULL;
  if (!bin) {
    if (err.code == WD_E_OUT_OF_MEMORY) cli_error("%s: out of memory", path);
    else cli_error("%s:%s", path, err.message);
    memset(f, 0, sizeof *f);
    return false;
  }
  f->owned = bin;
  f->bytes = bin;
  f->len = blen;
  return true;
}

void cli_file_close(cli_file *f) {
  if (f->map) munmap(f->map, f->map_len);
  if (f->owned) wd_wat_free(NULL, f->owned, f->len);
  memset(f, 0, sizeof *f);
}

int cli_module_size_opt(int argc, char **argv, int *i, bool *missing, const char *cmd) {
  const char *v = cli_opt_value(argc, argv, i, "--max-module-size", missing);
  if (!v) return 0;
  uint64_t n;
  if (!cli_parse_size(v, false, &n) || n == 0) {
    cli_error("%s: --max-module-size needs a size in bytes (65536, 64K, 16M, 1G), got '%s'", cmd, v);
    return -1;
  }
  cli_max_module_bytes = n;
  return 1;
}

bool cli_parse_size(const char *s, bool pages_ok, uint64_t *bytes) {
  if (!(*s >= '0' && *s <= '9')) return false;
  char *end;
  errno = 0;
  uint64_t n = strtoull(s, &end, 10);
  if (errno) return false;
  uint64_t mult = 1;
  if (*end) {
    char c = (char)(*end | 0x20);
    const char *rest = end + 1;
    if (c == 'k') mult = 1ull << 10;
    else if (c == 'm') mult = 1ull << 20;
    else if (c == 'g') mult = 1ull << 30;
    else if (c == 'p' && pages_ok) {
      mult = 65536;
      if (!*rest || !strcmp(rest, "age") || !strcmp(rest, "ages")) rest = "";
    } else return false;
    if (mult != 65536 && (!strcmp(rest, "iB") || !strcmp(rest, "B") || !strcmp(rest, "b"))) rest = "";
    if (*rest) return false;
  }
  if (n > UINT64_MAX / mult) return false;
  *bytes = n * mult;
  return true;
}

bool cli_parse_u64(const char *s, uint64_t *v) {
  if (!(*s >= '0' && *s <= '9')) return false;
  char *end;
  errno = 0;
  *v = strtoull(s, &end, 10);
  return !errno && !*end;
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

uint32_t cli_features = WD_FEATURES_ALL;

int cli_feature_opt(int argc, char **argv, int *i, bool *missing, const char *cmd) {
  const char *a = argv[*i], *list;
  char item[128];
  if (!strncmp(a, "--enable-", 9) || !strncmp(a, "--disable-", 10)) {
    bool on = a[2] == 'e';
    snprintf(item, sizeof item, "%c%s", on ? '+' : '-', a + (on ? 9 : 10));
    list = item;
  } else if (!(list = cli_opt_value(argc, argv, i, "--features", missing))) {
    return 0;
  }
  wd_error err = {0};
  if (!wd_features_parse(list, &cli_features, &err)) {
    cli_error("%s: %s: %s", cmd, a, err.message);
    return -1;
  }
  return 1;
}

void cli_features_help(void) {
  printf("  --enable-FEATURE       turn a feature on; --disable-FEATURE turns it off\n"
         "  --features LIST        set the features from a comma-separated list, applied left to right:\n"
         "                         all, none, default, FEATURE (on), -FEATURE (off); e.g.\n"
         "                         --features none,simd or --features=-threads\n"
         "features (on by default unless marked):\n");
  for (size_t i = 0; wd_feature_at(i); i++) {
    uint32_t bit = wd_feature_at(i);
    printf("  %-22s %s%s\n", wd_feature_name(bit), wd_feature_description(bit),
           (bit & WD_FEATURES_PARTIAL) ? " (partly supported, off)"
           : !(bit & WD_FEATURES_ALL) ? " (not supported yet)" : !(bit & WD_FEATURES_DEFAULT) ? " (off)" : "");
  }
}

wd_engine *cli_engine(const char *layout, wd_mode mode) {
  wd_config cfg;
  wd_config_init(&cfg);
  if (layout) cfg.layout = layout;
  cfg.mode = mode;
  cfg.features = cli_features;
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
          "run, validate and inspect take --enable-FEATURE, --disable-FEATURE and --features LIST\n"
          "(every implemented feature is on by default; warden help validate lists them)\n"
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
  printf("usage: warden validate [--max-module-size SIZE] [FEATURE OPTIONS] FILE.wasm\n"
         "\n"
         "Decodes and validates every part of the module, every function body included (every\n"
         "implemented feature on unless the options say otherwise). Prints 'FILE: valid' and exits 0,\n"
         "or prints the error and where it is and exits 1.\n"
         "FILE must be a regular file of at most SIZE bytes (default 512M; K, M, G suffixes).\n");
  cli_features_help();
}

/* ---------------------------------------------------------------- validate */

static int cli_validate(int argc, char **argv) {
  const char *file = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { validate_help(); return CLI_EXIT_OK; }
    bool missing = false;
    int sz = cli_module_size_opt(argc, argv, &i, &missing, "validate");
    if (sz < 0) return CLI_EXIT_USAGE;
    if (sz > 0) continue;
    if (!missing && (sz = cli_feature_opt(argc, argv, &i, &missing, "validate")) != 0) {
      if (sz < 0) return CLI_EXIT_USAGE;
      continue;
    }
    if (missing) { cli_error("validate: %s needs a value", argv[i]); return CLI_EXIT_USAGE; }
    if (argv[i][0] == '-' && argv[i][1]) { cli_error("validate: unknown option %s", argv[i]); return CLI_EXIT_USAGE; }
    if (file) { cli_error("validate: one file at a time (%s, %s)", file, argv[i]); return CLI_EXIT_USAGE; }
    file = argv[i];
  }
  if (!file) { cli_error("validate: no file (usage: warden validate FILE.wasm)"); return CLI_EXIT_USAGE; }
  cli_file in;
  if (!cli_file_open(file, &in)) return CLI_EXIT_ERROR;
  /* lazy: decode only; then validate every body explicitly (nothing is translated). */
  wd_engine *engine = cli_engine(NULL, WD_MODE_LAZY);
  if (!engine) { cli_file_close(&in); return CLI_EXIT_ERROR; }
  wd_error err = {0};
  wd_module *m = wd_module_new_borrowed(engine, in.bytes, in.len, &err);
  bool ok = m && wd_module_validate(m, &err);
  if (ok) printf("%s: valid\n", file);
  else cli_module_error(file, &err);
  if (m) wd_module_free(m);
  wd_engine_free(engine);
  cli_file_close(&in);
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
