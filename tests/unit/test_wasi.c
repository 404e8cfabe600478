/* test_wasi.c — Criterion tests of the WASI preview 1 layer (include/warden_wasi.h, runtime/wasi.c).
 *
 * Two kinds: path resolution, errno mapping and set-up errors checked directly (no interpreter needed),
 * and whole guest programs (tests/wasi/NAME.c compiled for wasm32-wasi into out/wasi/NAME.wasm) run through
 * the public API + wd_wasi_run with stdin/stdout/stderr on memfds, asserting their output, exit status
 * and effects on a temporary sandbox directory. Escape attempts must get an error and never the data.
 * If out/wasi/NAME.wasm is missing (no build rule yet) it is compiled here with clang --target=wasm32-wasi.
 * May touch: warden.h, warden_wasi.h, libc; files under /tmp and out/wasi only.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "warden.h"
#include "warden_wasi.h"

/* Small modules, assembled with wat2wasm from the text in the comment above each. */
/* (module (import "wasi_snapshot_preview1" "fd_write" (func (param i32))) (memory (export "memory") 1)
 *   (func (export "_start"))) */
static const uint8_t mod_badtype[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x00,
  0x02, 0x23, 0x01, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f,
  0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x08, 0x66, 0x64, 0x5f, 0x77, 0x72, 0x69, 0x74, 0x65, 0x00,
  0x00, 0x03, 0x02, 0x01, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x13, 0x02, 0x06, 0x6d, 0x65, 0x6d, 0x6f,
  0x72, 0x79, 0x02, 0x00, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x01, 0x0a, 0x04, 0x01, 0x02, 0x00,
  0x0b,
};
/* (module (import "wasi_snapshot_preview1" "fd_close" (func (param i32) (result i32))) (import "env"
 *   "foo" (func)) (memory (export "memory") 1) (func (export "_start"))) */
static const uint8_t mod_env[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00,
  0x00, 0x02, 0x2d, 0x02, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74,
  0x5f, 0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x08, 0x66, 0x64, 0x5f, 0x63, 0x6c, 0x6f, 0x73, 0x65,
  0x00, 0x00, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x66, 0x6f, 0x6f, 0x00, 0x01, 0x03, 0x02, 0x01, 0x01, 0x05, 0x03,
  0x01, 0x00, 0x01, 0x07, 0x13, 0x02, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x06, 0x5f, 0x73,
  0x74, 0x61, 0x72, 0x74, 0x00, 0x02, 0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,
};
/* (module (import "wasi_snapshot_preview1" "args_get" (global i32)) (func (export "_start"))) */
static const uint8_t mod_global[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02, 0x24, 0x01, 0x16,
  0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f, 0x70, 0x72, 0x65, 0x76,
  0x69, 0x65, 0x77, 0x31, 0x08, 0x61, 0x72, 0x67, 0x73, 0x5f, 0x67, 0x65, 0x74, 0x03, 0x7f, 0x00, 0x03, 0x02,
  0x01, 0x00, 0x07, 0x0a, 0x01, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x00, 0x0a, 0x04, 0x01, 0x02,
  0x00, 0x0b,
};
/* (module (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
 *   (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32))) (func (export "_start") (call
 *   $exit (call $w (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 0))))) */
static const uint8_t mod_nomem[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x10, 0x03, 0x60, 0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x01,
  0x7f, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x00, 0x02, 0x46, 0x02, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73,
  0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f, 0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x08, 0x66,
  0x64, 0x5f, 0x77, 0x72, 0x69, 0x74, 0x65, 0x00, 0x00, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61,
  0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f, 0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x09, 0x70, 0x72, 0x6f,
  0x63, 0x5f, 0x65, 0x78, 0x69, 0x74, 0x00, 0x01, 0x03, 0x02, 0x01, 0x02, 0x07, 0x0a, 0x01, 0x06, 0x5f, 0x73,
  0x74, 0x61, 0x72, 0x74, 0x00, 0x02, 0x0a, 0x10, 0x01, 0x0e, 0x00, 0x41, 0x01, 0x41, 0x00, 0x41, 0x01, 0x41,
  0x00, 0x10, 0x00, 0x10, 0x01, 0x0b,
};
/* (module (import "wasi_snapshot_preview1" "sched_yield" (func (result i32))) (memory (export
 *   "memory") 1) (func (export "main"))) */
static const uint8_t mod_nostart[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60, 0x00, 0x01, 0x7f, 0x60, 0x00, 0x00,
  0x02, 0x26, 0x01, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f,
  0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x0b, 0x73, 0x63, 0x68, 0x65, 0x64, 0x5f, 0x79, 0x69, 0x65,
  0x6c, 0x64, 0x00, 0x00, 0x03, 0x02, 0x01, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x11, 0x02, 0x06, 0x6d,
  0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x04, 0x6d, 0x61, 0x69, 0x6e, 0x00, 0x01, 0x0a, 0x04, 0x01, 0x02,
  0x00, 0x0b,
};
/* (module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32))) (memory (export
 *   "memory") 1) (func $s (call $exit (i32.const 7))) (start $s) (func (export "_start") unreachable)) */
static const uint8_t mod_startexit[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x00,
  0x02, 0x24, 0x01, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f,
  0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x09, 0x70, 0x72, 0x6f, 0x63, 0x5f, 0x65, 0x78, 0x69, 0x74,
  0x00, 0x00, 0x03, 0x03, 0x02, 0x01, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x13, 0x02, 0x06, 0x6d, 0x65,
  0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x02, 0x08, 0x01, 0x01,
  0x0a, 0x0c, 0x02, 0x06, 0x00, 0x41, 0x07, 0x10, 0x00, 0x0b, 0x03, 0x00, 0x00, 0x0b,
};
/* (module (import "wasi_snapshot_preview1" "no_such_call" (func (param i32) (result i32))) (memory
 *   (export "memory") 1) (func (export "_start"))) */
static const uint8_t mod_unknown[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00,
  0x00, 0x02, 0x27, 0x01, 0x16, 0x77, 0x61, 0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74,
  0x5f, 0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x0c, 0x6e, 0x6f, 0x5f, 0x73, 0x75, 0x63, 0x68, 0x5f,
  0x63, 0x61, 0x6c, 0x6c, 0x00, 0x00, 0x03, 0x02, 0x01, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x13, 0x02,
  0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x01,
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,
};

/* ---------------------------------------------------------------- helpers */

enum { W_EBADF = 8, W_EFAULT = 21, W_EINVAL = 28, W_ELOOP = 32, W_ENOENT = 44, W_ENOTDIR = 54,
       W_ENOTCAPABLE = 76 };

/* out/wasi/NAME.wasm, compiled from tests/wasi/NAME.c when missing or older than its source. */
static const char *guest(const char *name) {
  static char path[256];
  char src[256], tmp[300], cmd[1024];
  snprintf(path, sizeof path, "out/wasi/%s.wasm", name);
  snprintf(src, sizeof src, "tests/wasi/%s.c", name);
  struct stat sw, ss;
  bool have_src = stat(src, &ss) == 0;
  if (stat(path, &sw) == 0 && (!have_src || sw.st_mtime >= ss.st_mtime)) return path;
  cr_assert(have_src, "neither %s nor %s: run the unit tests from the repository root", path, src);
  mkdir("out", 0777);
  mkdir("out/wasi", 0777);
  snprintf(tmp, sizeof tmp, "%s.%d.tmp", path, (int)getpid());
  snprintf(cmd, sizeof cmd, "clang --target=wasm32-wasi -O2 -o %s %s", tmp, src);
  cr_assert_eq(system(cmd), 0, "could not build %s (%s)", path, cmd);
  cr_assert_eq(rename(tmp, path), 0);
  return path;
}

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  cr_assert(f, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *b = malloc((size_t)n + 1);
  cr_assert(b);
  cr_assert_eq(fread(b, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  b[n] = 0;
  *len = (size_t)n;
  return b;
}

/* Everything a memfd received, NUL-terminated. */
static char *drain(int fd, size_t *len) {
  off_t n = lseek(fd, 0, SEEK_END);
  cr_assert(n >= 0);
  char *b = malloc((size_t)n + 1);
  cr_assert(b);
  cr_assert_eq(pread(fd, b, (size_t)n, 0), n);
  b[n] = 0;
  if (len) *len = (size_t)n;
  return b;
}

static int memfd_with(const void *data, size_t len) {
  int fd = memfd_create("wasi-test", MFD_CLOEXEC);
  cr_assert(fd >= 0);
  if (len) cr_assert_eq(write(fd, data, len), (ssize_t)len);
  lseek(fd, 0, SEEK_SET);
  return fd;
}

typedef struct run_opts {
  const char *const *argv;
  size_t argc;
  const char *const *env;
  size_t envc;
  const char *sandbox;           /* host dir preopened as /sandbox (fd 3), or NULL */
  bool readonly;
  bool walk;                     /* force the O_NOFOLLOW walk instead of openat2 */
  const char *stdin_data;
  size_t stdin_len;
  const char *layout;
  bool discard_stdout;           /* stdout to /dev/null instead of a memfd */
} run_opts;

typedef struct run_result {
  int status;                    /* wd_wasi_run's result */
  wd_error err;
  char *out, *errout;
  size_t out_len, err_len;
  bool exited;
  uint32_t exit_raw;
} run_result;

static run_result run_bytes(const uint8_t *bytes, size_t len, const run_opts *o) {
  run_result r;
  memset(&r, 0, sizeof r);
  wd_config cfg;
  wd_config_init(&cfg);
  if (o->layout) cfg.layout = o->layout;
  wd_engine *engine = wd_engine_new(&cfg, &r.err);
  cr_assert(engine, "%s", r.err.message);
  wd_module *m = wd_module_new(engine, bytes, len, &r.err);
  cr_assert(m, "module: %s", r.err.message);
  wd_store *store = wd_store_new(engine, &r.err);
  cr_assert(store, "%s", r.err.message);
  int in = memfd_with(o->stdin_data, o->stdin_len), er = memfd_with(NULL, 0);
  int out = o->discard_stdout ? open("/dev/null", O_WRONLY | O_CLOEXEC) : memfd_with(NULL, 0);
  cr_assert(out >= 0);
  wd_wasi_config wc;
  wd_wasi_config_init(&wc);
  wc.argv = o->argv;
  wc.argc = o->argc;
  wc.env = o->env;
  wc.envc = o->envc;
  wc.stdin_fd = in;
  wc.stdout_fd = out;
  wc.stderr_fd = er;
  wc.force_path_walk = o->walk;
  wd_wasi_preopen po = { o->sandbox, "/sandbox", o->readonly };
  if (o->sandbox) {
    wc.preopens = &po;
    wc.npreopens = 1;
  }
  wd_wasi *w = wd_wasi_new(&wc, &r.err);
  cr_assert(w, "wd_wasi_new: %s", r.err.message);
  r.status = wd_wasi_run(w, store, m, &r.err);
  r.exited = wd_wasi_exited(w, &r.exit_raw);
  wd_wasi_free(w);
  wd_store_free(store);
  wd_module_free(m);
  wd_engine_free(engine);
  r.out = o->discard_stdout ? strdup("") : drain(out, &r.out_len);
  r.errout = drain(er, &r.err_len);
  close(in);
  close(out);
  close(er);
  return r;
}

static run_result run_guest(const char *name, const run_opts *o) {
  size_t len;
  uint8_t *bytes = slurp(guest(name), &len);
  run_result r = run_bytes(bytes, len, o);
  free(bytes);
  return r;
}

static void result_free(run_result *r) {
  free(r->out);
  free(r->errout);
}

/* A fresh directory under /tmp; removed with rm -rf by the caller (rmtree). */
static char *tmpdir(void) {
  char *d = strdup("/tmp/wd-wasi-XXXXXX");
  cr_assert(mkdtemp(d));
  return d;
}

static void rmtree(char *d) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
  (void)system(cmd);
  free(d);
}

static void put_file(const char *dir, const char *name, const char *text) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  FILE *f = fopen(p, "w");
  cr_assert(f, "cannot create %s", p);
  fputs(text, f);
  fclose(f);
}

static char *read_text(const char *dir, const char *name) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  struct stat st;
  if (stat(p, &st) != 0) return NULL;
  size_t len;
  return (char *)slurp(p, &len);
}

static bool exists(const char *dir, const char *name) {
  char p[512];
  struct stat st;
  snprintf(p, sizeof p, "%s/%s", dir, name);
  return lstat(p, &st) == 0;
}

/* ---------------------------------------------------------------- no interpreter needed */

Test(wasi, errno_table) {
  cr_expect_eq(wd_wasi_errno_from_host(0), 0);
  cr_expect_eq(wd_wasi_errno_from_host(EACCES), 2);
  cr_expect_eq(wd_wasi_errno_from_host(EAGAIN), 6);
  cr_expect_eq(wd_wasi_errno_from_host(EBADF), 8);
  cr_expect_eq(wd_wasi_errno_from_host(EEXIST), 20);
  cr_expect_eq(wd_wasi_errno_from_host(EFAULT), 21);
  cr_expect_eq(wd_wasi_errno_from_host(EINVAL), 28);
  cr_expect_eq(wd_wasi_errno_from_host(EISDIR), 31);
  cr_expect_eq(wd_wasi_errno_from_host(ELOOP), 32);
  cr_expect_eq(wd_wasi_errno_from_host(ENOENT), 44);
  cr_expect_eq(wd_wasi_errno_from_host(ENOSYS), 52);
  cr_expect_eq(wd_wasi_errno_from_host(ENOTDIR), 54);
  cr_expect_eq(wd_wasi_errno_from_host(ENOTEMPTY), 55);
  cr_expect_eq(wd_wasi_errno_from_host(ENOTSUP), 58);
  cr_expect_eq(wd_wasi_errno_from_host(EPERM), 63);
  cr_expect_eq(wd_wasi_errno_from_host(ESPIPE), 70);
  cr_expect_eq(wd_wasi_errno_from_host(EXDEV), 75);
  cr_expect_eq(wd_wasi_errno_from_host(EWOULDBLOCK), 6);
  cr_expect_eq(wd_wasi_errno_from_host(12345), 29, "unknown host errno -> EIO");
}

Test(wasi, new_reports_bad_config) {
  wd_error err;
  wd_wasi_config wc;
  wd_wasi_config_init(&wc);
  wd_wasi_preopen po = { "/nonexistent/wd-wasi-dir", "/x", false };
  wc.preopens = &po;
  wc.npreopens = 1;
  cr_assert_null(wd_wasi_new(&wc, &err));
  cr_expect_eq(err.code, WD_E_IO);
  cr_expect(strstr(err.message, "/nonexistent/wd-wasi-dir") != NULL, "%s", err.message);

  wd_wasi_config_init(&wc);
  const char *argv[] = { "a", NULL };
  wc.argv = argv;
  wc.argc = 2;
  cr_assert_null(wd_wasi_new(&wc, &err));
  cr_expect_eq(err.code, WD_E_INVALID_ARGUMENT);

  wd_wasi_config_init(&wc);
  wc.max_fds = 2;
  cr_assert_null(wd_wasi_new(&wc, &err));
  cr_expect_eq(err.code, WD_E_INVALID_ARGUMENT);

  wd_wasi *w = wd_wasi_new(NULL, &err);   /* all defaults */
  cr_assert(w, "%s", err.message);
  uint32_t code = 1234;
  cr_expect(!wd_wasi_exited(w, &code));
  cr_expect_eq(code, 1234u);
  cr_expect_eq(wd_wasi_exit_code(w), -1);
  wd_wasi_free(w);
  wd_wasi_free(NULL);
}

/* A tree for resolution tests:
 *   T/secret.txt   T/sb/{in.txt, sub/deep.txt, link_in -> sub/deep.txt, link_abs -> /etc,
 *   link_up -> .., link_rel -> ../secret.txt, sub/up2 -> ../.., loop -> loop, chain -> link_in,
 *   dirlink -> sub} */
static char *make_tree(char **sb_out) {
  char *t = tmpdir();
  char sb[512];
  snprintf(sb, sizeof sb, "%s/sb", t);
  cr_assert_eq(mkdir(sb, 0755), 0);
  put_file(t, "secret.txt", "SECRET\n");
  put_file(sb, "in.txt", "inside\n");
  put_file(sb, "inside.txt", "inside\n");
  char p[600];
  snprintf(p, sizeof p, "%s/sub", sb);
  cr_assert_eq(mkdir(p, 0755), 0);
  put_file(p, "deep.txt", "deep\n");
  struct { const char *target, *name; } links[] = {
    { "sub/deep.txt", "link_in" }, { "/etc", "link_abs" }, { "..", "link_up" },
    { "../secret.txt", "link_rel" }, { "../..", "sub/up2" }, { "loop", "loop" },
    { "link_in", "chain" }, { "sub", "dirlink" }, { "/etc/passwd", "link_passwd" },
  };
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
    snprintf(p, sizeof p, "%s/%s", sb, links[i].name);
    cr_assert_eq(symlink(links[i].target, p), 0);
  }
  *sb_out = strdup(sb);
  return t;
}

static wd_wasi *wasi_on(const char *sb, bool walk, bool readonly) {
  wd_error err;
  wd_wasi_config wc;
  wd_wasi_config_init(&wc);
  wd_wasi_preopen po = { sb, "/sandbox", readonly };
  wc.preopens = &po;
  wc.npreopens = 1;
  wc.force_path_walk = walk;
  wd_wasi *w = wd_wasi_new(&wc, &err);
  cr_assert(w, "%s", err.message);
  return w;
}

/* Opens and reads the first line; "" when the open fails (then *e = the WASI errno). */
static int open_read(wd_wasi *w, const char *path, bool follow, char *line, size_t cap) {
  line[0] = 0;
  int fd = wd_wasi_open_beneath(w, 3, path, follow, O_RDONLY);
  if (fd < 0) return -fd;
  ssize_t n = read(fd, line, cap - 1);
  line[n > 0 ? n : 0] = 0;
  close(fd);
  return 0;
}

static void check_resolution(bool walk) {
  char *sb;
  char *t = make_tree(&sb);
  wd_wasi *w = wasi_on(sb, walk, false);
  char line[64];
  struct { const char *path; bool follow; int err; const char *content; } cases[] = {
    { "in.txt", true, 0, "inside\n" },
    { "./in.txt", true, 0, "inside\n" },
    { "sub/deep.txt", true, 0, "deep\n" },
    { "sub/../in.txt", true, 0, "inside\n" },
    { "sub//./deep.txt", true, 0, "deep\n" },
    { "link_in", true, 0, "deep\n" },
    { "chain", true, 0, "deep\n" },
    { "dirlink/deep.txt", true, 0, "deep\n" },
    { "dirlink/../in.txt", true, 0, "inside\n" },
    { "link_in", false, W_ELOOP, "" },
    { "../secret.txt", true, W_ENOTCAPABLE, "" },
    { "sub/../../secret.txt", true, W_ENOTCAPABLE, "" },
    { "/etc/passwd", true, W_ENOTCAPABLE, "" },
    { "link_abs/passwd", true, W_ENOTCAPABLE, "" },
    { "link_passwd", true, W_ENOTCAPABLE, "" },
    { "link_up/secret.txt", true, W_ENOTCAPABLE, "" },
    { "link_rel", true, W_ENOTCAPABLE, "" },
    { "sub/up2/secret.txt", true, W_ENOTCAPABLE, "" },
    { "link_abs/", true, W_ENOTCAPABLE, "" },
    { "link_up/", false, W_ENOTCAPABLE, "" },
    { "..", true, W_ENOTCAPABLE, "" },
    { "loop", true, W_ELOOP, "" },
    { "missing.txt", true, W_ENOENT, "" },
    { "in.txt/x", true, W_ENOTDIR, "" },
    { "", true, W_ENOENT, "" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int e = open_read(w, cases[i].path, cases[i].follow, line, sizeof line);
    cr_expect_eq(e, cases[i].err, "%s %s (follow %d): errno %d, expected %d", walk ? "walk" : "openat2",
                 cases[i].path, cases[i].follow, e, cases[i].err);
    cr_expect_str_eq(line, cases[i].content, "%s: read %s", cases[i].path, line);
  }
  /* O_PATH without follow opens the link itself, inside: allowed. */
  int fd = wd_wasi_open_beneath(w, 3, "link_abs", false, O_PATH);
  cr_expect(fd >= 0, "O_PATH|nofollow on a link: %d", fd);
  if (fd >= 0) {
    struct stat st;
    cr_expect(fstat(fd, &st) == 0 && S_ISLNK(st.st_mode));
    close(fd);
  }
  /* Creating through a link that leads outside must not create anything there. */
  fd = wd_wasi_open_beneath(w, 3, "link_up/made.txt", true, O_WRONLY | O_CREAT);
  cr_expect_eq(fd, -W_ENOTCAPABLE);
  cr_expect(!exists(t, "made.txt"));
  cr_expect_eq(wd_wasi_open_beneath(w, 0, "x", true, O_RDONLY), -W_ENOTDIR);
  cr_expect_eq(wd_wasi_open_beneath(w, 9, "x", true, O_RDONLY), -W_EBADF);
  wd_wasi_free(w);
  free(sb);
  rmtree(t);
}

Test(wasi, resolve_openat2) { check_resolution(false); }
Test(wasi, resolve_walk) { check_resolution(true); }

Test(wasi, resolve_walk_deep_and_long) {
  char *sb;
  char *t = make_tree(&sb);
  wd_wasi *w = wasi_on(sb, true, false);
  /* 200 levels of "sub/.." stay inside and need no more than one directory fd at a time. */
  static char path[4096];
  path[0] = 0;
  for (int i = 0; i < 200; i++) strcat(path, "sub/../");
  strcat(path, "in.txt");
  char line[64];
  cr_expect_eq(open_read(w, path, true, line, sizeof line), 0);
  cr_expect_str_eq(line, "inside\n");
  memset(path, 'a', sizeof path - 1);
  path[sizeof path - 1] = 0;
  cr_expect_eq(wd_wasi_open_beneath(w, 3, path, true, O_RDONLY), -37);   /* ENAMETOOLONG */
  wd_wasi_free(w);
  free(sb);
  rmtree(t);
}

/* ---------------------------------------------------------------- linking */

static run_result run_mod(const uint8_t *b, size_t n) {
  run_opts o;
  memset(&o, 0, sizeof o);
  return run_bytes(b, n, &o);
}

Test(wasi, link_unknown_wasi_function) {
  run_result r = run_mod(mod_unknown, sizeof mod_unknown);
  cr_expect_eq(r.status, -1);
  cr_expect_eq(r.err.code, WD_E_UNKNOWN_IMPORT);
  cr_expect(strstr(r.err.message, "no_such_call") != NULL, "%s", r.err.message);
  result_free(&r);
}

Test(wasi, link_wasi_global_is_unknown) {
  run_result r = run_mod(mod_global, sizeof mod_global);
  cr_expect_eq(r.status, -1);
  cr_expect_eq(r.err.code, WD_E_UNKNOWN_IMPORT);
  cr_expect(strstr(r.err.message, "args_get") != NULL, "%s", r.err.message);
  result_free(&r);
}

Test(wasi, run_refuses_other_imports_link_leaves_them) {
  run_result r = run_mod(mod_env, sizeof mod_env);
  cr_expect_eq(r.status, -1);
  cr_expect_eq(r.err.code, WD_E_UNKNOWN_IMPORT);
  cr_expect(strstr(r.err.message, "env::foo") != NULL, "%s", r.err.message);
  result_free(&r);

  /* wd_wasi_link fills the WASI import and leaves the "env" one as it was. */
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  cr_assert(e, "%s", err.message);
  wd_module *m = wd_module_new(e, mod_env, sizeof mod_env, &err);
  cr_assert(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  wd_wasi *w = wd_wasi_new(NULL, &err);
  cr_assert(s && w);
  cr_assert_eq(wd_module_import_count(m), 2u);
  wd_extern imps[2];
  memset(imps, 0xAB, sizeof imps);
  cr_assert(wd_wasi_link(w, s, m, imps, &err), "%s", err.message);
  cr_expect_eq(imps[0].kind, WD_EXTERN_FUNC);
  cr_expect_not_null(imps[0].of.func);
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(imps[0].of.func, &np, &pk, &nr, &rk);
  cr_expect(np == 1 && nr == 1 && pk[0] == WD_I32 && rk[0] == WD_I32);
  const uint8_t *raw = (const uint8_t *)&imps[1];
  for (size_t i = 0; i < sizeof imps[1]; i++) cr_expect_eq(raw[i], 0xAB, "env import touched");
  wd_wasi_free(w);
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
}

Test(wasi, link_type_mismatch_fails_at_instantiation) {
  run_result r = run_mod(mod_badtype, sizeof mod_badtype);
  cr_expect_eq(r.status, -1);
  cr_expect_eq(r.err.code, WD_E_INCOMPATIBLE_IMPORT, "%s", r.err.message);
  result_free(&r);
}

Test(wasi, run_needs_start) {
  run_result r = run_mod(mod_nostart, sizeof mod_nostart);
  cr_expect_eq(r.status, -1);
  cr_expect_eq(r.err.code, WD_E_UNKNOWN_EXPORT);
  cr_expect(strstr(r.err.message, "_start") != NULL, "%s", r.err.message);
  result_free(&r);
}

Test(wasi, proc_exit_in_start_function) {
  run_result r = run_mod(mod_startexit, sizeof mod_startexit);
  cr_expect_eq(r.status, 7, "status %d: %s", r.status, r.err.message);
  cr_expect(r.exited);
  cr_expect_eq(r.err.code, WD_E_TRAP_EXIT);
  result_free(&r);
}

Test(wasi, no_memory_gives_efault) {
  run_result r = run_mod(mod_nomem, sizeof mod_nomem);
  cr_expect_eq(r.status, W_EFAULT, "status %d: %s", r.status, r.err.message);
  cr_expect_eq(r.out_len, 0u);
  result_free(&r);
}

/* ---------------------------------------------------------------- guest programs */

Test(wasi, hello) {
  const char *argv[] = { "hello" };
  run_opts o = { .argv = argv, .argc = 1 };
  run_result r = run_guest("hello", &o);
  cr_expect_eq(r.status, 0, "status %d: %s", r.status, r.err.message);
  cr_expect(!r.exited);
  cr_expect_str_eq(r.out, "hello, world\n");
  cr_expect_str_eq(r.errout, "to stderr\n");
  result_free(&r);
}

Test(wasi, hello_every_layout) {
  const char *const *names = wd_layout_names();
  cr_assert(names && names[0]);
  for (size_t i = 0; names[i]; i++) {
    run_opts o = { .layout = names[i] };
    run_result r = run_guest("hello", &o);
    cr_expect_eq(r.status, 0, "layout %s: %s", names[i], r.err.message);
    cr_expect_str_eq(r.out, "hello, world\n", "layout %s", names[i]);
    result_free(&r);
  }
}

Test(wasi, args_and_env) {
  const char *argv[] = { "args_env.wasm", "one", "two words", "", "ünïcödé" };
  const char *env[] = { "WARDEN_TEST=42", "EMPTY=", "PATH=/nowhere" };
  run_opts o = { .argv = argv, .argc = 5, .env = env, .envc = 3 };
  run_result r = run_guest("args_env", &o);
  cr_expect_eq(r.status, 0, "%s", r.err.message);
  cr_expect_str_eq(r.out,
                   "argc=5\nargv[0]=args_env.wasm\nargv[1]=one\nargv[2]=two words\nargv[3]=\n"
                   "argv[4]=ünïcödé\nenv=WARDEN_TEST=42\nenv=EMPTY=\nenv=PATH=/nowhere\nenvc=3\n"
                   "WARDEN_TEST=42\n");
  result_free(&r);

  run_opts none = { 0 };
  r = run_guest("args_env", &none);
  cr_expect_eq(r.status, 0, "%s", r.err.message);
  cr_expect_str_eq(r.out, "argc=0\nenvc=0\nWARDEN_TEST=(unset)\n");
  result_free(&r);
}

Test(wasi, exit_codes) {
  struct { const char *arg; int status; uint32_t raw; } cases[] = {
    { "0", 0, 0 }, { "3", 3, 3 }, { "255", 255, 255 }, { "256", 0, 256 }, { "-1", 255, 0xFFFFFFFFu },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *argv[] = { "exit_code", cases[i].arg };
    run_opts o = { .argv = argv, .argc = 2 };
    run_result r = run_guest("exit_code", &o);
    cr_expect_eq(r.status, cases[i].status, "exit(%s): status %d (%s)", cases[i].arg, r.status,
                 r.err.message);
    cr_expect(r.exited, "exit(%s) went through proc_exit", cases[i].arg);
    cr_expect_eq(r.exit_raw, cases[i].raw);
    cr_expect_eq(r.err.code, WD_E_TRAP_EXIT, "%s", r.err.message);
    char want[64];
    snprintf(want, sizeof want, "exiting with %d\n", atoi(cases[i].arg));
    cr_expect_str_eq(r.out, want);
    result_free(&r);
  }
}

Test(wasi, exit_by_hand_is_a_trap) {
  /* The lower-level path: link, instantiate, call _start; proc_exit shows as WD_E_TRAP_EXIT. */
  size_t len;
  uint8_t *bytes = slurp(guest("exit_code"), &len);
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_module *m = wd_module_new(e, bytes, len, &err);
  cr_assert(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  int out = memfd_with(NULL, 0);
  const char *argv[] = { "exit_code", "42" };
  wd_wasi_config wc;
  wd_wasi_config_init(&wc);
  wc.argv = argv;
  wc.argc = 2;
  wc.stdout_fd = out;
  wd_wasi *w = wd_wasi_new(&wc, &err);
  cr_assert(w);
  uint32_t n = wd_module_import_count(m);
  wd_extern *imps = calloc(n, sizeof *imps);
  cr_assert(wd_wasi_link(w, s, m, imps, &err), "%s", err.message);
  wd_instance *inst = wd_instantiate(s, m, imps, n, &err);
  cr_assert(inst, "%s", err.message);
  wd_extern start;
  cr_assert(wd_instance_export(inst, "_start", 6, &start));
  cr_expect(!wd_func_call(s, start.of.func, NULL, 0, NULL, 0, &err));
  cr_expect_eq(err.code, WD_E_TRAP_EXIT, "%s", err.message);
  cr_expect_eq(wd_errcode_class(err.code), WD_CLASS_TRAP);
  uint32_t code = 0;
  cr_expect(wd_wasi_exited(w, &code));
  cr_expect_eq(code, 42u);
  cr_expect_eq(wd_wasi_exit_code(w), 42);
  char *o = drain(out, NULL);
  cr_expect_str_eq(o, "exiting with 42\n");
  free(o);
  free(imps);
  close(out);
  wd_wasi_free(w);
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
  free(bytes);
}

Test(wasi, stdin_to_stdout) {
  size_t n = 300000;
  char *data = malloc(n);
  for (size_t i = 0; i < n; i++) data[i] = (char)(i * 31 + (i >> 9));
  run_opts o = { .stdin_data = data, .stdin_len = n };
  run_result r = run_guest("cat", &o);
  cr_expect_eq(r.status, 0, "%s / %s", r.err.message, r.errout);
  cr_expect_eq(r.out_len, n);
  cr_expect(r.out_len == n && memcmp(r.out, data, n) == 0, "stdout differs from stdin");
  cr_expect_str_eq(r.errout, "copied 300000 bytes\n");
  result_free(&r);
  free(data);
}

static void check_files(bool walk) {
  char *d = tmpdir();
  const char *argv[] = { "files", "/sandbox" };
  run_opts o = { .argv = argv, .argc = 2, .sandbox = d, .walk = walk };
  run_result r = run_guest("files", &o);
  cr_expect_eq(r.status, 0, "status %d (%s): %s", r.status, r.err.message, r.out);
  cr_expect_str_eq(r.out, "ok create\nok read\nok seek\nok append\nok oflags\nok dirs\nok symlinks\ndone\n");
  char *kept = read_text(d, "keep.txt");
  cr_expect(kept && strcmp(kept, "kept\n") == 0, "keep.txt on the host: %s", kept ? kept : "(missing)");
  free(kept);
  cr_expect(!exists(d, "a.txt") && !exists(d, "sub") && !exists(d, "lnk"));
  result_free(&r);
  rmtree(d);
}

Test(wasi, files_openat2) { check_files(false); }
Test(wasi, files_walk) { check_files(true); }

Test(wasi, readonly_preopen) {
  char *d = tmpdir();
  put_file(d, "keep.txt", "original\n");
  const char *argv[] = { "files", "/sandbox" };
  run_opts o = { .argv = argv, .argc = 2, .sandbox = d, .readonly = true };
  run_result r = run_guest("files", &o);
  cr_expect_eq(r.status, 1, "status %d: %s", r.status, r.out);
  cr_expect(strncmp(r.out, "FAIL fopen w", 12) == 0, "%s", r.out);
  cr_expect(!exists(d, "a.txt"));
  char *kept = read_text(d, "keep.txt");
  cr_expect_str_eq(kept, "original\n");
  free(kept);
  result_free(&r);
  rmtree(d);
}

static void check_listdir(bool walk) {
  char *d = tmpdir();
  char name[256], p[600];
  for (int i = 0; i < 300; i++) {   /* long names: many fd_readdir calls, entries cut at the edge */
    snprintf(name, sizeof name, "file_%03d_%0120d", i, i);
    put_file(d, name, "x");
  }
  snprintf(p, sizeof p, "%s/adir", d);
  cr_assert_eq(mkdir(p, 0755), 0);
  snprintf(p, sizeof p, "%s/zlink", d);
  cr_assert_eq(symlink("adir", p), 0);
  const char *argv[] = { "listdir", "/sandbox" };
  run_opts o = { .argv = argv, .argc = 2, .sandbox = d, .walk = walk };
  run_result r = run_guest("listdir", &o);
  cr_expect_eq(r.status, 0, "%s %s", r.err.message, r.errout);
  size_t cap = 400 * 160;
  char *want = malloc(cap), *at = want;
  at += sprintf(at, "d adir\n");
  for (int i = 0; i < 300; i++) at += sprintf(at, "f file_%03d_%0120d\n", i, i);
  at += sprintf(at, "l zlink\ntotal 302\n");
  cr_expect_str_eq(r.out, want);
  free(want);
  result_free(&r);
  rmtree(d);
}

Test(wasi, listdir_openat2) { check_listdir(false); }
Test(wasi, listdir_walk) { check_listdir(true); }

static const char escape_expected[] =
  "control inside.txt: 0\n"
  "control content: inside\n"
  "control link_in: 0\n"
  "control sub/../inside.txt: 0\n"
  "dotdot: 76\n"
  "absolute: 76\n"
  "sub-dotdot-dotdot: 76\n"
  "dotdot-dir: 76\n"
  "link_etc/passwd: 76\n"
  "link_passwd follow: 76\n"
  "link_passwd nofollow: 32\n"
  "link_up/secret.txt: 76\n"
  "link_rel: 76\n"
  "sub/link_up2/secret.txt: 76\n"
  "create via link_rel: 76\n"
  "create ../made.txt: 76\n"
  "proc self root: 76\n"
  "stat ../secret.txt: 76\n"
  "stat link_etc/passwd: 76\n"
  "stat link_passwd nofollow: 0\n"
  "stat ..: 76\n"
  "mkdir ../evil: 76\n"
  "mkdir link_up/evil: 76\n"
  "unlink ../secret.txt: 76\n"
  "unlink link_up/secret.txt: 76\n"
  "rmdir ..: 76\n"
  "rename inside.txt ../moved.txt: 76\n"
  "rename ../secret.txt stolen.txt: 76\n"
  "symlink /etc/passwd: 76\n"
  "link ../secret.txt: 76\n"
  "link link_passwd follow: 76\n"
  "readlink link_up: 0 ..\n"
  "readlink ../x: 76\n"
  "libc /etc/passwd: refused\n"
  "libc /sandbox/../secret.txt: refused\n"
  "done\n";

static void check_escape(bool walk) {
  char *t = tmpdir();
  char sb[512], p[600];
  snprintf(sb, sizeof sb, "%s/sandbox", t);
  cr_assert_eq(mkdir(sb, 0755), 0);
  put_file(t, "secret.txt", "TOP SECRET\n");
  put_file(sb, "inside.txt", "inside\n");
  snprintf(p, sizeof p, "%s/sub", sb);
  cr_assert_eq(mkdir(p, 0755), 0);
  put_file(p, "inner.txt", "inner\n");
  struct { const char *target, *name; } links[] = {
    { "sub/inner.txt", "link_in" }, { "/etc", "link_etc" }, { "/etc/passwd", "link_passwd" },
    { "..", "link_up" }, { "../secret.txt", "link_rel" }, { "../..", "sub/link_up2" },
  };
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
    snprintf(p, sizeof p, "%s/%s", sb, links[i].name);
    cr_assert_eq(symlink(links[i].target, p), 0);
  }
  run_opts o = { .sandbox = sb, .walk = walk };
  run_result r = run_guest("escape", &o);
  cr_expect_eq(r.status, 0, "%s", r.err.message);
  cr_expect(strstr(r.out, "LEAK") == NULL, "something outside was opened:\n%s", r.out);
  cr_expect(strstr(r.out, "SECRET") == NULL && strstr(r.out, "root:x:") == NULL, "%s", r.out);
  cr_expect_str_eq(r.out, escape_expected);
  char *secret = read_text(t, "secret.txt");
  cr_expect_str_eq(secret, "TOP SECRET\n");
  free(secret);
  cr_expect(!exists(t, "moved.txt") && !exists(t, "made.txt") && !exists(t, "evil"));
  cr_expect(exists(sb, "inside.txt") && !exists(sb, "stolen.txt") && !exists(sb, "newlink") &&
            !exists(sb, "hard.txt") && !exists(sb, "hard2.txt"));
  result_free(&r);
  rmtree(t);
}

Test(wasi, escape_openat2) { check_escape(false); }
Test(wasi, escape_walk) { check_escape(true); }

Test(wasi, hostile_arguments) {
  char *d = tmpdir();
  put_file(d, "inside.txt", "inside\n");
  const char *argv[] = { "badfd.wasm" };
  run_opts o = { .argv = argv, .argc = 1, .sandbox = d };
  run_result r = run_guest("badfd", &o);
  cr_expect_eq(r.status, 0, "status %d: %s", r.status, r.err.message);
  static const int want[] = {
    8, 8, 8, 21, 21, 21, 21, 21, 0, 0,          /* bad fds; iovecs and results outside memory */
    21, 28, 8, 21, 37, 21, 21, 21, 21, 21, 0,   /* read, seek, prestat, args, environ, random */
    28, 21, 54, 8, 21, 21, 21, 21, 54, 21,      /* clocks, path_open, mkdir, readdir */
    8, 8, 21, 21, 76, 52, 52, 28, 21,           /* renumber, fdstat, rights, sockets, poll */
    0, 8, 0, 8, 8,                              /* write to a read-only fd, double close */
    28, 0, 0, 37,                               /* embedded NUL, long path */
  };
  size_t nwant = sizeof want / sizeof want[0], i = 0;
  char *save = NULL;
  for (char *line = strtok_r(r.out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (!strcmp(line, "done")) break;
    char *colon = strrchr(line, ':');
    cr_assert(colon, "odd line %s", line);
    cr_assert(i < nwant, "more results than expected: %s", line);
    cr_expect_eq(atoi(colon + 1), want[i], "line %zu: %s (want %d)", i + 1, line, want[i]);
    i++;
  }
  cr_expect_eq(i, nwant, "%zu results, want %zu", i, nwant);
  cr_expect(!exists(d, "a"), "the directory made and removed is gone");
  result_free(&r);
  rmtree(d);
}

static unsigned char pat(size_t i) { return (unsigned char)((i * 7 + (i >> 13)) & 0xFF); }

Test(wasi, large_reads_and_writes) {
  char *d = tmpdir();
  const char *argv[] = { "bigio", "/sandbox", "4" };
  run_opts o = { .argv = argv, .argc = 3, .sandbox = d };
  run_result r = run_guest("bigio", &o);
  cr_expect_eq(r.status, 0, "status %d (%s): %s", r.status, r.err.message, r.errout);
  cr_expect_str_eq(r.errout, "bigio ok 4 MiB\n");
  size_t len = 4u << 20;
  cr_expect_eq(r.out_len, len);
  bool same = r.out_len == len;
  for (size_t i = 0; same && i < len; i++) same = (unsigned char)r.out[i] == pat(i);
  cr_expect(same, "stdout is not the pattern");
  char p[600];
  struct stat st;
  snprintf(p, sizeof p, "%s/big.bin", d);
  cr_expect(stat(p, &st) == 0 && st.st_size == (off_t)len);
  snprintf(p, sizeof p, "%s/big2.bin", d);
  cr_expect(stat(p, &st) == 0 && st.st_size == (off_t)len);
  result_free(&r);
  rmtree(d);
}

Test(wasi, clocks_random_poll) {
  run_opts o = { 0 };
  run_result r = run_guest("clock_random", &o);
  cr_expect_eq(r.status, 0, "status %d (%s): %s", r.status, r.err.message, r.out);
  cr_expect_str_eq(r.out, "ok clocks\nok random\nok yield\nok poll relative\nok poll absolute\n"
                          "ok poll fd\nok nanosleep\n");
  result_free(&r);
}

Test(wasi, closed_stdio) {
  /* Guest fds 0-2 closed: output is lost, never sent elsewhere, and the program still runs. */
  size_t len;
  uint8_t *bytes = slurp(guest("hello"), &len);
  wd_error err;
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_module *m = wd_module_new(e, bytes, len, &err);
  wd_store *s = wd_store_new(e, &err);
  cr_assert(m && s, "%s", err.message);
  wd_wasi_config wc;
  wd_wasi_config_init(&wc);
  wc.stdin_fd = wc.stdout_fd = wc.stderr_fd = -1;
  wd_wasi *w = wd_wasi_new(&wc, &err);
  cr_assert(w);
  cr_expect_eq(wd_wasi_run(w, s, m, &err), 0, "%s", err.message);
  wd_wasi_free(w);
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
  free(bytes);
}

static void check_chaos(bool walk, const char *seed) {
  char *t = tmpdir();
  char sb[512], p[600];
  snprintf(sb, sizeof sb, "%s/sandbox", t);
  cr_assert_eq(mkdir(sb, 0755), 0);
  put_file(t, "secret.txt", "TOP SECRET\n");
  snprintf(p, sizeof p, "%s/up", sb);
  cr_assert_eq(symlink("..", p), 0);
  snprintf(p, sizeof p, "%s/link", sb);
  cr_assert_eq(symlink("up", p), 0);
  const char *argv[] = { "chaos", seed, "20000" };
  run_opts o = { .argv = argv, .argc = 3, .sandbox = sb, .walk = walk, .discard_stdout = true };
  run_result r = run_guest("chaos", &o);
  cr_expect_eq(r.status, 0, "seed %s: status %d (%s)", seed, r.status, r.err.message);
  cr_expect_str_eq(r.errout, "survived 20000\n", "seed %s", seed);
  /* Outside the sandbox: exactly what was there. */
  char *secret = read_text(t, "secret.txt");
  cr_expect_str_eq(secret, "TOP SECRET\n");
  free(secret);
  char cmd[700];
  snprintf(cmd, sizeof cmd, "ls -A '%s'", t);
  FILE *ls = popen(cmd, "r");
  cr_assert(ls);
  char listing[256];
  size_t n = fread(listing, 1, sizeof listing - 1, ls);
  listing[n] = 0;
  pclose(ls);
  cr_expect_str_eq(listing, "sandbox\nsecret.txt\n");
  result_free(&r);
  rmtree(t);
}

Test(wasi, chaos_openat2) {
  check_chaos(false, "1");
  check_chaos(false, "2");
}
Test(wasi, chaos_walk) {
  check_chaos(true, "3");
  check_chaos(true, "4");
}
