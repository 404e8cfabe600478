/* cli.c — the helpers the parts of the `warden` command share (cli.h): error printing, option parsing,
 * sizes, layout/mode/feature options, mapping a module file and reading text, making an engine.
 * Uses only the public API (include/warden.h); maps the files it is given, writes stderr.
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

/* Reads the LEN bytes of FD into a new buffer; NULL (printed) when it cannot or the file got shorter. */
static uint8_t *read_all(const char *path, int fd, size_t len) {
  uint8_t *buf = malloc(len);
  if (!buf) { cli_error("%s: out of memory reading %zu bytes", path, len); return NULL; }
  size_t got = 0;
  while (got < len) {
    ssize_t r = pread(fd, buf + got, len - got, (off_t)got);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) { cli_error("%s: %s", path, strerror(errno)); free(buf); return NULL; }
    if (r == 0) {
      cli_error("%s: changed while being read (%zu of %zu bytes)", path, got, len);
      free(buf);
      return NULL;
    }
    got += (size_t)r;
  }
  return buf;
}

bool cli_file_open(const char *path, cli_file *f, bool copy) {
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
  if (f->len && copy) {
    if (!(f->copy = read_all(path, fd, f->len))) { close(fd); return false; }
    f->bytes = f->copy;
  } else if (f->len) {
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
  free(f->copy);
  f->map = NULL;
  f->copy = NULL;
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
  free(f->copy);
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

bool cli_parse_mode(const char *s, wd_mode *mode) {
  if (wd_mode_lookup(s, mode)) return true;
  cli_error("unknown mode '%s' (one of: %s)", s, cli_names(wd_mode_names(), " "));
  return false;
}

const char *cli_mode_name(wd_mode mode) {
  const char *n = wd_mode_name(mode);
  return n ? n : "?";
}

const char *cli_names(const char *const *names, const char *sep) {
  static char buf[256];
  size_t used = 0;
  buf[0] = '\0';
  for (size_t i = 0; names && names[i] && used < sizeof buf; i++) {
    int n = snprintf(buf + used, sizeof buf - used, "%s%s", i ? sep : "", names[i]);
    if (n < 0) break;
    used += (size_t)n;
  }
  return buf;
}

void cli_list(const char *const *names, const char *dflt) {
  for (size_t i = 0; names && names[i]; i++)
    printf("%s%s\n", names[i], dflt && !strcmp(names[i], dflt) ? " default" : "");
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
