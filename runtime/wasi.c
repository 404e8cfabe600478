/* wasi.c — WASI preview 1 ("wasi_snapshot_preview1") for warden: host functions, the per-instance fd
 * table and capability-based path resolution (include/warden_wasi.h).
 *
 * A layer on top of the engine: it uses only the public API (include/warden.h, warden_wasi.h) plus libc
 * and Linux system calls. Every guest pointer and length is checked against the caller's linear memory
 * (EFAULT when out of range) and no guest-supplied count sizes a host allocation: iovecs go to the kernel
 * in fixed batches straight from guest memory. Paths resolve strictly beneath a preopened directory, with
 * openat2(RESOLVE_BENEATH|RESOLVE_NO_MAGICLINKS) or, where the kernel lacks it, a component-by-component
 * O_NOFOLLOW walk that keeps its own stack of directory fds (never opening "..").
 * Guest threads (wasi_threads.c, emscripten.c) share one wd_wasi: every host function runs under its
 * mutex (poll_oneoff lets go of it while it blocks), and proc_exit ends the program's thread group.
 */
/* 32-bit hosts: 64-bit file offsets, sizes, inode numbers and times, as on 64-bit ones (without them
 * fstat fails with EOVERFLOW on large inode numbers, and clocks stop in 2038). Before any include. */
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#ifdef SYS_openat2
#include <linux/openat2.h>
#endif
#include "../include/warden_wasi.h"
#include "wasi_parts.h"

/* ---------------------------------------------------------------- WASI numbers */

/* The one host -> WASI errno table (WASI preview 1 numbering). ESUCCESS is 0, ENOTCAPABLE 76. */
#define WASI_ERRNO_TABLE(X)                                                                             \
  X(E2BIG, 1) X(EACCES, 2) X(EADDRINUSE, 3) X(EADDRNOTAVAIL, 4) X(EAFNOSUPPORT, 5) X(EAGAIN, 6)       \
  X(EALREADY, 7) X(EBADF, 8) X(EBADMSG, 9) X(EBUSY, 10) X(ECANCELED, 11) X(ECHILD, 12)               \
  X(ECONNABORTED, 13) X(ECONNREFUSED, 14) X(ECONNRESET, 15) X(EDEADLK, 16) X(EDESTADDRREQ, 17)       \
  X(EDOM, 18) X(EDQUOT, 19) X(EEXIST, 20) X(EFAULT, 21) X(EFBIG, 22) X(EHOSTUNREACH, 23)            \
  X(EIDRM, 24) X(EILSEQ, 25) X(EINPROGRESS, 26) X(EINTR, 27) X(EINVAL, 28) X(EIO, 29)                \
  X(EISCONN, 30) X(EISDIR, 31) X(ELOOP, 32) X(EMFILE, 33) X(EMLINK, 34) X(EMSGSIZE, 35)             \
  X(EMULTIHOP, 36) X(ENAMETOOLONG, 37) X(ENETDOWN, 38) X(ENETRESET, 39) X(ENETUNREACH, 40)          \
  X(ENFILE, 41) X(ENOBUFS, 42) X(ENODEV, 43) X(ENOENT, 44) X(ENOEXEC, 45) X(ENOLCK, 46)             \
  X(ENOLINK, 47) X(ENOMEM, 48) X(ENOMSG, 49) X(ENOPROTOOPT, 50) X(ENOSPC, 51) X(ENOSYS, 52)         \
  X(ENOTCONN, 53) X(ENOTDIR, 54) X(ENOTEMPTY, 55) X(ENOTRECOVERABLE, 56) X(ENOTSOCK, 57)            \
  X(ENOTSUP, 58) X(ENOTTY, 59) X(ENXIO, 60) X(EOVERFLOW, 61) X(EOWNERDEAD, 62) X(EPERM, 63)          \
  X(EPIPE, 64) X(EPROTO, 65) X(EPROTONOSUPPORT, 66) X(EPROTOTYPE, 67) X(ERANGE, 68) X(EROFS, 69)     \
  X(ESPIPE, 70) X(ESRCH, 71) X(ESTALE, 72) X(ETIMEDOUT, 73) X(ETXTBSY, 74) X(EXDEV, 75)

enum {
  W_ESUCCESS = 0,
#define X(name, num) W_##name = num,
  WASI_ERRNO_TABLE(X)
#undef X
  W_ENOTCAPABLE = 76
};

uint16_t wd_wasi_errno_from_host(int e) {
  switch (e) {
  case 0: return W_ESUCCESS;
#define X(name, num) case name: return num;
  WASI_ERRNO_TABLE(X)
#undef X
  default: return W_EIO;
  }
}
#define HOSTERR() wd_wasi_errno_from_host(errno)

/* Rights. */
#define R_FD_DATASYNC (1ull << 0)
#define R_FD_READ (1ull << 1)
#define R_FD_SEEK (1ull << 2)
#define R_FD_FDSTAT_SET_FLAGS (1ull << 3)
#define R_FD_SYNC (1ull << 4)
#define R_FD_TELL (1ull << 5)
#define R_FD_WRITE (1ull << 6)
#define R_FD_ADVISE (1ull << 7)
#define R_FD_ALLOCATE (1ull << 8)
#define R_PATH_CREATE_DIRECTORY (1ull << 9)
#define R_PATH_CREATE_FILE (1ull << 10)
#define R_PATH_LINK_SOURCE (1ull << 11)
#define R_PATH_LINK_TARGET (1ull << 12)
#define R_PATH_OPEN (1ull << 13)
#define R_FD_READDIR (1ull << 14)
#define R_PATH_READLINK (1ull << 15)
#define R_PATH_RENAME_SOURCE (1ull << 16)
#define R_PATH_RENAME_TARGET (1ull << 17)
#define R_PATH_FILESTAT_GET (1ull << 18)
#define R_PATH_FILESTAT_SET_SIZE (1ull << 19)
#define R_PATH_FILESTAT_SET_TIMES (1ull << 20)
#define R_FD_FILESTAT_GET (1ull << 21)
#define R_FD_FILESTAT_SET_SIZE (1ull << 22)
#define R_FD_FILESTAT_SET_TIMES (1ull << 23)
#define R_PATH_SYMLINK (1ull << 24)
#define R_PATH_REMOVE_DIRECTORY (1ull << 25)
#define R_PATH_UNLINK_FILE (1ull << 26)
#define R_POLL_FD_READWRITE (1ull << 27)
#define R_ALL ((1ull << 30) - 1)

#define R_FILE (R_FD_DATASYNC | R_FD_READ | R_FD_SEEK | R_FD_FDSTAT_SET_FLAGS | R_FD_SYNC | R_FD_TELL | \
                R_FD_WRITE | R_FD_ADVISE | R_FD_ALLOCATE | R_FD_FILESTAT_GET | R_FD_FILESTAT_SET_SIZE |   \
                R_FD_FILESTAT_SET_TIMES | R_POLL_FD_READWRITE)
#define R_DIR (R_FD_FDSTAT_SET_FLAGS | R_FD_SYNC | R_FD_ADVISE | R_PATH_CREATE_DIRECTORY |               \
               R_PATH_CREATE_FILE | R_PATH_LINK_SOURCE | R_PATH_LINK_TARGET | R_PATH_OPEN |               \
               R_FD_READDIR | R_PATH_READLINK | R_PATH_RENAME_SOURCE | R_PATH_RENAME_TARGET |             \
               R_PATH_FILESTAT_GET | R_PATH_FILESTAT_SET_SIZE | R_PATH_FILESTAT_SET_TIMES |               \
               R_FD_FILESTAT_GET | R_FD_FILESTAT_SET_TIMES | R_PATH_SYMLINK | R_PATH_REMOVE_DIRECTORY |    \
               R_PATH_UNLINK_FILE | R_POLL_FD_READWRITE)
/* What a read-only preopen withholds (from itself and from everything opened beneath it). */
#define R_MUTATE (R_FD_DATASYNC | R_FD_WRITE | R_FD_ALLOCATE | R_FD_FILESTAT_SET_SIZE |                 \
                  R_FD_FILESTAT_SET_TIMES | R_PATH_CREATE_DIRECTORY | R_PATH_CREATE_FILE |              \
                  R_PATH_LINK_SOURCE | R_PATH_LINK_TARGET | R_PATH_RENAME_SOURCE |                      \
                  R_PATH_RENAME_TARGET | R_PATH_FILESTAT_SET_SIZE | R_PATH_FILESTAT_SET_TIMES |          \
                  R_PATH_SYMLINK | R_PATH_REMOVE_DIRECTORY | R_PATH_UNLINK_FILE)
/* Rights that need the host fd opened for writing / reading. */
#define R_NEEDS_WRITE (R_FD_DATASYNC | R_FD_WRITE | R_FD_ALLOCATE | R_FD_FILESTAT_SET_SIZE)
#define R_NEEDS_READ (R_FD_READ | R_FD_READDIR)

enum { FT_UNKNOWN = 0, FT_BLOCK = 1, FT_CHAR = 2, FT_DIR = 3, FT_REG = 4, FT_SOCK_DGRAM = 5,
       FT_SOCK_STREAM = 6, FT_SYMLINK = 7 };
enum { FDF_APPEND = 1, FDF_DSYNC = 2, FDF_NONBLOCK = 4, FDF_RSYNC = 8, FDF_SYNC = 16 };
enum { OF_CREAT = 1, OF_DIRECTORY = 2, OF_EXCL = 4, OF_TRUNC = 8 };
enum { LOOKUP_FOLLOW = 1 };
enum { FST_ATIM = 1, FST_ATIM_NOW = 2, FST_MTIM = 4, FST_MTIM_NOW = 8 };
enum { EV_CLOCK = 0, EV_FD_READ = 1, EV_FD_WRITE = 2 };

#define PATH_BUF 4096            /* longest guest path + 1 */
#define WALK_MAX_DEPTH 128       /* directories the fallback walk keeps open at once */
#define WALK_MAX_LINKS 40        /* symlinks one resolution may follow (as Linux) */
#define IOV_BATCH 64             /* iovecs handed to the kernel per readv/writev */
#define IO_CAP 0x7FFFF000u       /* most bytes one call transfers (Linux's own cap) */
#define POLL_MAX_FDS 64          /* fd subscriptions one poll_oneoff may wait on */
#define DEFAULT_MAX_FDS 1024u

/* ---------------------------------------------------------------- the WASI world */

typedef struct wdir {            /* fd_readdir state: an independent stream and a one-entry lookahead */
  DIR *d;
  uint64_t pos;                  /* cookie of the next entry to hand out */
  bool peek;                     /* `ent` read but not yet handed out in full */
  uint64_t ino;
  uint8_t type;
  uint32_t namelen;
  char name[256];
} wdir;

enum { FD_BORROWED = 1, FD_PREOPEN = 2 };

typedef struct wfd {
  int host;                      /* host fd; -1: slot free */
  uint8_t type;                  /* FT_* */
  uint8_t flags;                 /* FD_BORROWED, FD_PREOPEN */
  uint64_t base, inherit;        /* rights */
  char *name;                    /* preopen: the guest path */
  size_t name_len;
  wdir *dir;
} wfd;

struct wd_wasi {
  const wd_allocator *al;
  char *args, *env;              /* NUL-terminated strings back to back */
  size_t args_bytes, env_bytes;
  uint32_t argc, envc;
  wfd *fds;
  uint32_t nfds, max_fds;
  bool exited;
  uint32_t exit_code;
  bool walk_only;                /* no openat2: the kernel lacks it, or the config says so */
  uint64_t sleep_left_ns;        /* what poll_oneoff may still wait in all; UINT64_MAX: no limit */
  bool sleep_used_up;            /* poll_oneoff stopped at the limit: its wrapper traps */
  pthread_mutex_t mu;            /* held by every host function (guest threads share the world) */
  uint32_t max_threads;          /* wd_wasi_config.max_threads, resolved */
  uint64_t thread_fuel;
  wd_tgroup *group;              /* the running program's threads, or NULL */
};

const wd_allocator *wd_wasi_allocator(const wd_wasi *w) { return w->al; }
uint32_t wd_wasi_max_threads(const wd_wasi *w) { return w->max_threads; }
uint64_t wd_wasi_thread_fuel(const wd_wasi *w) { return w->thread_fuel; }
void wd_wasi_set_group(wd_wasi *w, wd_tgroup *g) { w->group = g; }
const char *wd_wasi_args(const wd_wasi *w, size_t *argc, size_t *bytes) {
  *argc = w->argc;
  *bytes = w->args_bytes;
  return w->args;
}

static void *w_alloc(const wd_wasi *w, size_t n) { return w->al->malloc(w->al->user, n); }
static void w_free(const wd_wasi *w, void *p, size_t n) { if (p) w->al->free(w->al->user, p, n); }

static void wclear(wd_error *err) {
  if (!err) return;
  err->code = WD_E_OK;
  err->offset = WD_NO_OFFSET;
  err->message[0] = '\0';
}

static uint8_t filetype_of(mode_t m) {
  if (S_ISREG(m)) return FT_REG;
  if (S_ISDIR(m)) return FT_DIR;
  if (S_ISCHR(m)) return FT_CHAR;
  if (S_ISBLK(m)) return FT_BLOCK;
  if (S_ISSOCK(m)) return FT_SOCK_STREAM;
  if (S_ISLNK(m)) return FT_SYMLINK;
  return FT_UNKNOWN;
}

/* The rights a host fd can carry, from its type and access mode. */
static uint64_t rights_of(int host, uint8_t type) {
  uint64_t r;
  if (type == FT_DIR) r = R_DIR;
  else if (type == FT_REG) r = R_FILE;
  else r = R_FILE & ~(R_FD_SEEK | R_FD_TELL);   /* ttys, pipes, sockets: isatty() looks for this */
  int fl = fcntl(host, F_GETFL);
  if (fl >= 0 && type != FT_DIR) {
    if ((fl & O_ACCMODE) == O_RDONLY) r &= ~R_NEEDS_WRITE;
    if ((fl & O_ACCMODE) == O_WRONLY) r &= ~R_NEEDS_READ;
  }
  return r;
}

static void slot_release(wd_wasi *w, wfd *e) {
  if (e->dir) {
    if (e->dir->d) closedir(e->dir->d);
    w_free(w, e->dir, sizeof *e->dir);
  }
  if (e->host >= 0 && !(e->flags & FD_BORROWED)) close(e->host);
  w_free(w, e->name, e->name_len + 1);
  memset(e, 0, sizeof *e);
  e->host = -1;
}

static wfd *fd_get(wd_wasi *w, uint32_t fd) {
  if (fd >= w->nfds || w->fds[fd].host < 0) return NULL;
  return &w->fds[fd];
}

static bool fds_reserve(wd_wasi *w, uint32_t n) {
  if (n <= w->nfds) return true;
  wfd *nf = w_alloc(w, (size_t)n * sizeof *nf);
  if (!nf) return false;
  if (w->nfds) memcpy(nf, w->fds, (size_t)w->nfds * sizeof *nf);
  for (uint32_t i = w->nfds; i < n; i++) {
    memset(&nf[i], 0, sizeof nf[i]);
    nf[i].host = -1;
  }
  w_free(w, w->fds, (size_t)w->nfds * sizeof *w->fds);
  w->fds = nf;
  w->nfds = n;
  return true;
}

/* The lowest free guest fd (growing the table by doubling within max_fds), or -WASI errno. */
static int64_t fd_alloc(wd_wasi *w) {
  for (uint32_t i = 0; i < w->nfds; i++)
    if (w->fds[i].host < 0) return i;
  if (w->nfds >= w->max_fds) return -W_EMFILE;
  uint32_t n = w->nfds < 8 ? 8 : w->nfds * 2;
  if (n > w->max_fds) n = w->max_fds;
  uint32_t first = w->nfds;
  if (!fds_reserve(w, n)) return -W_ENOMEM;
  return first;
}

/* ---------------------------------------------------------------- configuration and lifetime */

void wd_wasi_config_init(wd_wasi_config *cfg) {
  if (!cfg) return;
  memset(cfg, 0, sizeof *cfg);
  cfg->stdin_fd = 0;
  cfg->stdout_fd = 1;
  cfg->stderr_fd = 2;
}

static bool copy_strings(wd_wasi *w, const char *const *v, size_t n, char **out, size_t *bytes,
                         uint32_t *count, const char *what, wd_error *err) {
  *out = NULL;
  *bytes = 0;
  *count = 0;
  if (n && !v) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "%s is NULL", what);
  if (n > UINT32_MAX / 4) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "too many %s", what);
  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    if (!v[i]) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "%s[%zu] is NULL", what, i);
    total += strlen(v[i]) + 1;
    if (total > UINT32_MAX / 2) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "%s too long", what);
  }
  if (total) {
    char *p = w_alloc(w, total);
    if (!p) return wd_error_set(err, WD_E_OUT_OF_MEMORY, "WASI %s", what);
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
      size_t l = strlen(v[i]) + 1;
      memcpy(p + at, v[i], l);
      at += l;
    }
    *out = p;
  }
  *bytes = total;
  *count = (uint32_t)n;
  return true;
}

static void stdio_slot(wd_wasi *w, uint32_t fd, int host) {
  wfd *e = &w->fds[fd];
  struct stat st;
  if (host < 0 || fstat(host, &st) != 0) return;   /* closed for the guest */
  e->host = host;
  e->flags = FD_BORROWED;
  e->type = filetype_of(st.st_mode);
  e->base = rights_of(host, e->type);
  e->inherit = 0;
}

wd_wasi *wd_wasi_new(const wd_wasi_config *cfg, wd_error *err) {
  wd_wasi_config defaults;
  if (!cfg) {
    wd_wasi_config_init(&defaults);
    cfg = &defaults;
  }
  const wd_allocator *al = cfg->allocator ? cfg->allocator : wd_default_allocator();
  if (cfg->npreopens && !cfg->preopens) {
    wd_error_set(err, WD_E_INVALID_ARGUMENT, "preopens is NULL");
    return NULL;
  }
  uint32_t max_fds = cfg->max_fds ? cfg->max_fds : DEFAULT_MAX_FDS;
  if (cfg->npreopens > (size_t)UINT32_MAX - 3 || max_fds < 3 + cfg->npreopens) {
    wd_error_set(err, WD_E_INVALID_ARGUMENT, "max_fds %u leaves no room for stdio and %zu preopens", max_fds,
          cfg->npreopens);
    return NULL;
  }
  wd_wasi *w = al->malloc(al->user, sizeof *w);
  if (!w) {
    wd_error_set(err, WD_E_OUT_OF_MEMORY, "WASI state");
    return NULL;
  }
  memset(w, 0, sizeof *w);
  w->al = al;
  w->max_fds = max_fds;
  w->walk_only = cfg->force_path_walk;
  w->sleep_left_ns = cfg->max_sleep_ns ? cfg->max_sleep_ns : UINT64_MAX;
  w->max_threads = cfg->max_threads ? cfg->max_threads : WD_WASI_DEFAULT_MAX_THREADS;
  w->thread_fuel = cfg->thread_fuel;
  pthread_mutex_init(&w->mu, NULL);
  if (!copy_strings(w, cfg->argv, cfg->argc, &w->args, &w->args_bytes, &w->argc, "argv", err) ||
      !copy_strings(w, cfg->env, cfg->envc, &w->env, &w->env_bytes, &w->envc, "env", err))
    goto fail;
  if (!fds_reserve(w, (uint32_t)(3 + cfg->npreopens))) {
    wd_error_set(err, WD_E_OUT_OF_MEMORY, "WASI fd table");
    goto fail;
  }
  stdio_slot(w, 0, cfg->stdin_fd);
  stdio_slot(w, 1, cfg->stdout_fd);
  stdio_slot(w, 2, cfg->stderr_fd);
  for (size_t i = 0; i < cfg->npreopens; i++) {
    const wd_wasi_preopen *p = &cfg->preopens[i];
    if (!p->host_path) {
      wd_error_set(err, WD_E_INVALID_ARGUMENT, "preopen %zu has no host path", i);
      goto fail;
    }
    const char *gp = p->guest_path ? p->guest_path : p->host_path;
    int fd = open(p->host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      wd_error_set(err, WD_E_IO, "cannot open preopened directory %s: %s", p->host_path, strerror(errno));
      goto fail;
    }
    wfd *e = &w->fds[3 + i];
    e->host = fd;
    e->flags = FD_PREOPEN;
    e->type = FT_DIR;
    e->base = R_DIR;
    e->inherit = R_DIR | R_FILE;
    if (p->readonly) {
      e->base &= ~R_MUTATE;
      e->inherit &= ~R_MUTATE;
    }
    e->name_len = strlen(gp);
    e->name = w_alloc(w, e->name_len + 1);
    if (!e->name) {
      wd_error_set(err, WD_E_OUT_OF_MEMORY, "WASI preopen name");
      goto fail;
    }
    memcpy(e->name, gp, e->name_len + 1);
  }
  return w;
fail:
  wd_wasi_free(w);
  return NULL;
}

void wd_wasi_free(wd_wasi *w) {
  if (!w) return;
  for (uint32_t i = 0; i < w->nfds; i++)
    if (w->fds[i].host >= 0 || w->fds[i].name || w->fds[i].dir) slot_release(w, &w->fds[i]);
  w_free(w, w->fds, (size_t)w->nfds * sizeof *w->fds);
  w_free(w, w->args, w->args_bytes);
  w_free(w, w->env, w->env_bytes);
  pthread_mutex_destroy(&w->mu);
  const wd_allocator *al = w->al;
  al->free(al->user, w, sizeof *w);
}

bool wd_wasi_exited(const wd_wasi *w, uint32_t *code) {
  if (!w || !w->exited) return false;
  if (code) *code = w->exit_code;
  return true;
}

int wd_wasi_exit_code(const wd_wasi *w) {
  if (!w || !w->exited) return -1;
  return (int)(w->exit_code & 0xFF);
}

/* ---------------------------------------------------------------- guest memory */

typedef struct gm {
  uint8_t *base;
  uint64_t size;
} gm;

static void gm_init(wd_caller *c, gm *g) {
  wd_memory *m = wd_caller_memory(c, 0);
  g->base = m ? wd_memory_data(m) : NULL;
  g->size = m && g->base ? wd_memory_size(m) : 0;
}

/* [ptr, ptr+len) lies in linear memory (len may be up to 2^64-1: no overflow). */
static bool gm_ok(const gm *g, uint32_t ptr, uint64_t len) {
  return ptr <= g->size && len <= g->size - ptr && (len == 0 || g->base);
}

static uint32_t ld32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t ld64(const uint8_t *p) { return (uint64_t)ld32(p) | (uint64_t)ld32(p + 4) << 32; }
static void st16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void st32(uint8_t *p, uint32_t v) { st16(p, (uint16_t)v); st16(p + 2, (uint16_t)(v >> 16)); }
static void st64(uint8_t *p, uint64_t v) { st32(p, (uint32_t)v); st32(p + 4, (uint32_t)(v >> 32)); }

/* Stores a result the guest asked for; EFAULT when the slot is out of range. */
static uint16_t put32(const gm *g, uint32_t ptr, uint32_t v) {
  if (!gm_ok(g, ptr, 4)) return W_EFAULT;
  st32(g->base + ptr, v);
  return W_ESUCCESS;
}
static uint16_t put64(const gm *g, uint32_t ptr, uint64_t v) {
  if (!gm_ok(g, ptr, 8)) return W_EFAULT;
  st64(g->base + ptr, v);
  return W_ESUCCESS;
}

/* Copies a guest path into buf (NUL-terminated). */
static uint16_t get_path(const gm *g, uint32_t ptr, uint32_t len, char buf[PATH_BUF]) {
  if (!gm_ok(g, ptr, len)) return W_EFAULT;
  if (len >= PATH_BUF) return W_ENAMETOOLONG;
  if (len && memchr(g->base + ptr, 0, len)) return W_EINVAL;
  if (len) memcpy(buf, g->base + ptr, len);
  buf[len] = '\0';
  return W_ESUCCESS;
}

static uint64_t ts_ns(const struct timespec *t) {
  return (uint64_t)t->tv_sec * 1000000000ull + (uint64_t)t->tv_nsec;
}

static void put_filestat(uint8_t *p, const struct stat *st) {
  memset(p, 0, 64);
  st64(p + 0, (uint64_t)st->st_dev);
  st64(p + 8, (uint64_t)st->st_ino);
  p[16] = filetype_of(st->st_mode);
  st64(p + 24, (uint64_t)st->st_nlink);
  st64(p + 32, (uint64_t)st->st_size);
  st64(p + 40, ts_ns(&st->st_atim));
  st64(p + 48, ts_ns(&st->st_mtim));
  st64(p + 56, ts_ns(&st->st_ctim));
}

/* ---------------------------------------------------------------- path resolution */

/* Makes `target` + "/" + rest (or target + "/" when the link was named with a trailing slash) the path
 * still to resolve, in the spare buffer. Returns 0 or a WASI errno. */
static uint16_t splice_link(const char *target, size_t tlen, const char *rest, bool trailing,
                            char bufs[2][PATH_BUF], int *cur, const char **p) {
  if (tlen == 0) return W_ENOENT;
  if (target[0] == '/') return W_ENOTCAPABLE;      /* an absolute link leads outside */
  char *out = bufs[1 - *cur];
  size_t rlen = strlen(rest);
  bool slash = rlen > 0 || trailing;
  if (tlen + (slash ? 1 : 0) + rlen >= PATH_BUF) return W_ENAMETOOLONG;
  memcpy(out, target, tlen);
  size_t at = tlen;
  if (slash) out[at++] = '/';
  memcpy(out + at, rest, rlen);
  out[at + rlen] = '\0';
  *cur = 1 - *cur;
  *p = out;
  return W_ESUCCESS;
}

/* The fallback resolver: walks `path` one component at a time beneath dirfd, opening each directory
 * with O_PATH|O_NOFOLLOW, expanding relative symlinks itself (absolute ones are refused), and answering
 * ".." from its own stack of directory fds (".." above the start is refused). The final component is
 * opened with `flags` (O_NOFOLLOW added, so the kernel never follows a link there either). */
static int walk_open(int dirfd, const char *path, int flags, mode_t mode, bool follow) {
  char bufs[2][PATH_BUF];
  char target[PATH_BUF];
  char name[NAME_MAX + 1];
  int stack[WALK_MAX_DEPTH];
  int depth = 0, cur = 0, links = 0, result = -W_EIO;
  size_t plen = strlen(path);
  if (plen >= PATH_BUF) return -W_ENAMETOOLONG;
  if (plen == 0) return -W_ENOENT;
  if (path[0] == '/') return -W_ENOTCAPABLE;
  memcpy(bufs[0], path, plen + 1);
  const char *p = bufs[0];
  stack[0] = dirfd;
  for (;;) {
    while (*p == '/') p++;
    const char *q = p;
    while (*q && *q != '/') q++;
    const char *rest = q;
    while (*rest == '/') rest++;
    bool trailing = rest != q;
    bool last = *rest == '\0';
    size_t nlen = (size_t)(q - p);
    if (nlen == 0) {                       /* nothing left after a splice: the current directory */
      int fd = openat(stack[depth], ".", (flags | O_CLOEXEC) & ~O_NOFOLLOW, mode);
      result = fd >= 0 ? fd : -HOSTERR();
      break;
    }
    if (nlen > NAME_MAX) { result = -W_ENAMETOOLONG; break; }
    memcpy(name, p, nlen);
    name[nlen] = '\0';
    bool dot = nlen == 1 && name[0] == '.';
    bool dotdot = nlen == 2 && name[0] == '.' && name[1] == '.';
    if (dotdot && depth == 0) { result = -W_ENOTCAPABLE; break; }
    if (!last) {
      p = rest;
      if (dot) continue;
      if (dotdot) {
        close(stack[depth--]);
        continue;
      }
      int fd = openat(stack[depth], name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
      if (fd < 0) { result = -HOSTERR(); break; }
      struct stat st;
      if (fstat(fd, &st) != 0) { result = -HOSTERR(); close(fd); break; }
      if (S_ISDIR(st.st_mode)) {
        if (depth + 1 >= WALK_MAX_DEPTH) { close(fd); result = -W_ENAMETOOLONG; break; }
        stack[++depth] = fd;
        continue;
      }
      if (!S_ISLNK(st.st_mode)) { close(fd); result = -W_ENOTDIR; break; }
      ssize_t n = readlinkat(fd, "", target, sizeof target);
      if (n < 0) { result = -HOSTERR(); close(fd); break; }
      close(fd);
      if ((size_t)n >= sizeof target) { result = -W_ENAMETOOLONG; break; }
      if (++links > WALK_MAX_LINKS) { result = -W_ELOOP; break; }
      uint16_t e = splice_link(target, (size_t)n, rest, false, bufs, &cur, &p);
      if (e) { result = -(int)e; break; }
      continue;
    }
    /* The last component. */
    int at = stack[depth];
    const char *leaf = name;
    if (dot || dotdot) {
      at = dotdot ? stack[depth - 1] : stack[depth];
      leaf = ".";
    }
    bool follow_leaf = follow || trailing;   /* "link/" names the link's target, as POSIX says */
    int lflags = flags | O_NOFOLLOW | O_CLOEXEC | (trailing ? O_DIRECTORY : 0);
    if (dot || dotdot) lflags &= ~O_NOFOLLOW;
    int fd = openat(at, leaf, lflags, mode);
    if (fd >= 0) {
      if (follow_leaf && (flags & O_PATH) && !(dot || dotdot)) {
        struct stat st;
        if (fstat(fd, &st) != 0) { result = -HOSTERR(); close(fd); break; }
        if (S_ISLNK(st.st_mode)) {
          ssize_t n = readlinkat(fd, "", target, sizeof target);
          close(fd);
          if (n < 0) { result = -HOSTERR(); break; }
          if ((size_t)n >= sizeof target) { result = -W_ENAMETOOLONG; break; }
          if (++links > WALK_MAX_LINKS) { result = -W_ELOOP; break; }
          uint16_t e = splice_link(target, (size_t)n, "", trailing, bufs, &cur, &p);
          if (e) { result = -(int)e; break; }
          continue;
        }
      }
      result = fd;
      break;
    }
    int oe = errno;
    if ((oe == ELOOP || oe == ENOTDIR) && follow_leaf && !(dot || dotdot)) {
      ssize_t n = readlinkat(at, name, target, sizeof target);
      if (n >= 0) {
        if ((size_t)n >= sizeof target) { result = -W_ENAMETOOLONG; break; }
        if (++links > WALK_MAX_LINKS) { result = -W_ELOOP; break; }
        uint16_t e = splice_link(target, (size_t)n, "", trailing, bufs, &cur, &p);
        if (e) { result = -(int)e; break; }
        continue;
      }
    }
    result = -(int)wd_wasi_errno_from_host(oe);
    break;
  }
  while (depth > 0) close(stack[depth--]);
  return result;
}

/* Opens `path` strictly beneath host directory fd `dirfd`. Returns a host fd, or -WASI errno
 * (ENOTCAPABLE for an escape). */
static int open_beneath(wd_wasi *w, int dirfd, const char *path, int flags, bool follow) {
  if (path[0] == '\0') return -W_ENOENT;
  if (path[0] == '/') return -W_ENOTCAPABLE;
  mode_t mode = (flags & O_CREAT) ? 0666 : 0;
#ifdef SYS_openat2
  if (!w->walk_only) {
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)(flags | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));
    how.mode = mode;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    for (int tries = 0;; tries++) {
      long fd = syscall(SYS_openat2, dirfd, path, &how, sizeof how);
      if (fd >= 0) return (int)fd;
      int e = errno;
      if (e == EAGAIN && tries < 8) continue;          /* a rename raced with ".." */
      if (e == ENOSYS) {
        w->walk_only = true;
        break;
      }
      if (e == EXDEV) return -W_ENOTCAPABLE;
      return -(int)wd_wasi_errno_from_host(e);
    }
  }
#endif
  return walk_open(dirfd, path, flags, mode, follow);
}

int wd_wasi_open_beneath(wd_wasi *w, uint32_t dirfd, const char *path, bool follow, int host_flags) {
  if (!w || !path) return -W_EINVAL;
  wfd *e = fd_get(w, dirfd);
  if (!e) return -W_EBADF;
  if (e->type != FT_DIR) return -W_ENOTDIR;
  if (strlen(path) >= PATH_BUF) return -W_ENAMETOOLONG;
  return open_beneath(w, e->host, path, host_flags, follow);
}

/* A path operation's parent directory and last name. */
typedef struct wparent {
  int fd;                        /* host directory fd for the *at call */
  bool owned;                    /* fd must be closed */
  bool trailing;                 /* the path ended in '/' (stripped from base) */
  const char *base;
} wparent;

static void parent_done(wparent *pp) {
  if (pp->owned) close(pp->fd);
  pp->owned = false;
}

/* Resolves the directory part of `path` (modified in place) beneath guest dir fd `e`. The last name is
 * never followed; "." and ".." as the last name are allowed only when the whole path stays beneath. */
static uint16_t parent_open(wd_wasi *w, const wfd *e, char *path, wparent *pp) {
  pp->owned = false;
  pp->trailing = false;
  size_t len = strlen(path);
  if (len == 0) return W_ENOENT;
  if (path[0] == '/') return W_ENOTCAPABLE;
  size_t end = len;
  while (end > 0 && path[end - 1] == '/') end--;
  size_t s = end;
  while (s > 0 && path[s - 1] != '/') s--;
  size_t blen = end - s;
  bool dots = (blen == 1 && path[s] == '.') || (blen == 2 && path[s] == '.' && path[s + 1] == '.');
  if (dots) {
    int fd = open_beneath(w, e->host, path, O_PATH, true);
    if (fd < 0) return (uint16_t)-fd;
    close(fd);
  }
  pp->trailing = end != len;
  path[end] = '\0';
  pp->base = path + s;
  if (s == 0) {
    pp->fd = e->host;
    return W_ESUCCESS;
  }
  char save = path[s];
  path[s] = '\0';
  int fd = open_beneath(w, e->host, path, O_PATH | O_DIRECTORY, true);
  path[s] = save;
  if (fd < 0) return (uint16_t)-fd;
  pp->fd = fd;
  pp->owned = true;
  return W_ESUCCESS;
}

/* The guest directory fd for a path operation needing `right`. */
static uint16_t dir_fd(wd_wasi *w, uint32_t fd, uint64_t right, wfd **out) {
  wfd *e = fd_get(w, fd);
  if (!e) return W_EBADF;
  if (e->type != FT_DIR) return W_ENOTDIR;
  if (!(e->base & right)) return W_ENOTCAPABLE;
  *out = e;
  return W_ESUCCESS;
}

/* ---------------------------------------------------------------- host functions */

#define A32(i) ((uint32_t)a[i].of.i32)
#define A64(i) ((uint64_t)a[i].of.i64)

/* Each WASI call: an implementation returning a WASI errno, and a wd_host_fn that wraps it. */
#define WASI_FN(fname)                                                                       \
  static uint16_t fname##_impl(wd_wasi *w, const gm *g, const wd_val *a);                   \
  static bool h_##fname(wd_caller *c, void *u, const wd_val *a, wd_val *r) {                \
    gm g;                                                                                    \
    gm_init(c, &g);                                                                          \
    r[0].kind = WD_I32;                                                                      \
    pthread_mutex_lock(&((wd_wasi *)u)->mu);                                                 \
    r[0].of.i32 = fname##_impl((wd_wasi *)u, &g, a);                                         \
    pthread_mutex_unlock(&((wd_wasi *)u)->mu);                                               \
    return true;                                                                             \
  }                                                                                          \
  static uint16_t fname##_impl(wd_wasi *w, const gm *g, const wd_val *a)

/* ---- args and environment */

static uint16_t strings_sizes(const gm *g, uint32_t count, size_t bytes, uint32_t pcount, uint32_t pbytes) {
  uint16_t e = put32(g, pcount, count);
  return e ? e : put32(g, pbytes, (uint32_t)bytes);
}

static uint16_t strings_get(const gm *g, const char *s, uint32_t count, size_t bytes, uint32_t ptrs,
                            uint32_t buf) {
  if (!gm_ok(g, ptrs, (uint64_t)count * 4) || !gm_ok(g, buf, bytes)) return W_EFAULT;
  if (bytes) memcpy(g->base + buf, s, bytes);
  size_t at = 0;
  for (uint32_t i = 0; i < count; i++) {
    st32(g->base + ptrs + (uint64_t)i * 4, (uint32_t)(buf + at));
    at += strlen(s + at) + 1;
  }
  return W_ESUCCESS;
}

WASI_FN(args_sizes_get) { return strings_sizes(g, w->argc, w->args_bytes, A32(0), A32(1)); }
WASI_FN(args_get) { return strings_get(g, w->args, w->argc, w->args_bytes, A32(0), A32(1)); }
WASI_FN(environ_sizes_get) { return strings_sizes(g, w->envc, w->env_bytes, A32(0), A32(1)); }
WASI_FN(environ_get) { return strings_get(g, w->env, w->envc, w->env_bytes, A32(0), A32(1)); }

/* ---- clocks, random, scheduling */

static bool clock_of(uint32_t id, clockid_t *out) {
  switch (id) {
  case 0: *out = CLOCK_REALTIME; return true;
  case 1: *out = CLOCK_MONOTONIC; return true;
  case 2: *out = CLOCK_PROCESS_CPUTIME_ID; return true;
  case 3: *out = CLOCK_THREAD_CPUTIME_ID; return true;
  default: return false;
  }
}

WASI_FN(clock_res_get) {
  clockid_t id;
  struct timespec ts;
  if (!clock_of(A32(0), &id)) return W_EINVAL;
  if (clock_getres(id, &ts) != 0) return HOSTERR();
  return put64(g, A32(1), ts_ns(&ts));
}

WASI_FN(clock_time_get) {
  clockid_t id;
  struct timespec ts;
  if (!clock_of(A32(0), &id)) return W_EINVAL;
  if (clock_gettime(id, &ts) != 0) return HOSTERR();
  return put64(g, A32(2), ts_ns(&ts));
}

WASI_FN(random_get) {
  uint32_t buf = A32(0), len = A32(1);
  if (!gm_ok(g, buf, len)) return W_EFAULT;
  uint32_t done = 0;
  while (done < len) {
    size_t chunk = len - done > (1u << 20) ? (1u << 20) : len - done;
    ssize_t n = getrandom(g->base + buf + done, chunk, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return HOSTERR();
    }
    done += (uint32_t)n;
  }
  return W_ESUCCESS;
}

WASI_FN(sched_yield) {
  sched_yield();
  return W_ESUCCESS;
}

static bool h_proc_exit(wd_caller *c, void *u, const wd_val *a, wd_val *r) {
  wd_wasi *w = u;
  pthread_mutex_lock(&w->mu);
  if (!w->exited) {              /* the first thread to exit sets the status */
    w->exited = true;
    w->exit_code = A32(0);
  }
  uint32_t code = w->exit_code;
  pthread_mutex_unlock(&w->mu);
  if (w->group) wd_tgroup_end(w->group, (int)(code & 0xFF), NULL);
  char msg[48];
  snprintf(msg, sizeof msg, "proc_exit(%u)", code);
  return wd_caller_trap(c, WD_E_TRAP_EXIT, msg);
}

/* ---- reading and writing */

/* readv/writev (pread/pwrite when `positioned`) over the guest's iovec array, in batches of IOV_BATCH
 * host iovecs pointing straight into linear memory. Stops at the first short transfer, as POSIX does.
 * An error after some bytes moved reports the bytes moved. */
static uint16_t do_iov(const gm *g, int fd, uint32_t iovs, uint32_t n, bool wr, bool positioned,
                       uint64_t off, uint32_t *done_out) {
  *done_out = 0;
  if (!gm_ok(g, iovs, (uint64_t)n * 8)) return W_EFAULT;
  if (positioned && off > (uint64_t)INT64_MAX) return W_EINVAL;
  uint64_t total = 0;
  uint32_t i = 0;
  bool stop = false;
  struct iovec hv[IOV_BATCH];
  while (!stop && i < n && total < IO_CAP) {
    int k = 0;
    uint64_t want = 0, room = IO_CAP - total;
    while (i < n && k < IOV_BATCH && want < room) {
      const uint8_t *d = g->base + iovs + (uint64_t)i * 8;
      uint32_t p = ld32(d), l = ld32(d + 4);
      if (!gm_ok(g, p, l)) {
        if (!total && !k) return W_EFAULT;
        stop = true;                      /* move what is valid; the next call gets EFAULT */
        break;
      }
      if (l > room - want) l = (uint32_t)(room - want);
      if (l) {
        hv[k].iov_base = g->base + p;
        hv[k].iov_len = l;
        k++;
        want += l;
      }
      i++;
    }
    if (k == 0) continue;                 /* only empty iovecs (i advanced), or stop */
    ssize_t got;
    do {
      if (wr) got = positioned ? pwritev(fd, hv, k, (off_t)(off + total)) : writev(fd, hv, k);
      else got = positioned ? preadv(fd, hv, k, (off_t)(off + total)) : readv(fd, hv, k);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      if (total) break;
      return HOSTERR();
    }
    total += (uint64_t)got;
    if ((uint64_t)got < want) break;
    if (off + total > (uint64_t)INT64_MAX) break;
  }
  *done_out = (uint32_t)total;
  return W_ESUCCESS;
}

static uint16_t rw_common(wd_wasi *w, const gm *g, const wd_val *a, bool wr, bool positioned) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!(e->base & (wr ? R_FD_WRITE : R_FD_READ))) return W_EBADF;
  uint32_t outp = positioned ? A32(4) : A32(3);
  if (!gm_ok(g, outp, 4)) return W_EFAULT;
  if (e->type == FT_DIR) return W_EISDIR;
  uint32_t done;
  uint16_t err = do_iov(g, e->host, A32(1), A32(2), wr, positioned, positioned ? A64(3) : 0, &done);
  if (err) return err;
  return put32(g, outp, done);
}

WASI_FN(fd_read) { return rw_common(w, g, a, false, false); }
WASI_FN(fd_write) { return rw_common(w, g, a, true, false); }
WASI_FN(fd_pread) { return rw_common(w, g, a, false, true); }
WASI_FN(fd_pwrite) { return rw_common(w, g, a, true, true); }

WASI_FN(fd_seek) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  int64_t off = (int64_t)A64(1);
  uint32_t wh = A32(2);
  int whence = wh == 0 ? SEEK_SET : wh == 1 ? SEEK_CUR : wh == 2 ? SEEK_END : -1;
  if (whence < 0) return W_EINVAL;
  if (!gm_ok(g, A32(3), 8)) return W_EFAULT;
  if (!(e->base & (R_FD_SEEK | R_FD_TELL))) return e->type == FT_DIR ? W_EBADF : W_ESPIPE;
  off_t r = lseek(e->host, (off_t)off, whence);
  if (r < 0) return HOSTERR();
  return put64(g, A32(3), (uint64_t)r);
}

WASI_FN(fd_tell) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!gm_ok(g, A32(1), 8)) return W_EFAULT;
  if (!(e->base & (R_FD_SEEK | R_FD_TELL))) return e->type == FT_DIR ? W_EBADF : W_ESPIPE;
  off_t r = lseek(e->host, 0, SEEK_CUR);
  if (r < 0) return HOSTERR();
  return put64(g, A32(1), (uint64_t)r);
}

WASI_FN(fd_close) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  slot_release(w, e);
  return W_ESUCCESS;
}

WASI_FN(fd_renumber) {
  uint32_t from = A32(0), to = A32(1);
  wfd *ef = fd_get(w, from), *et = fd_get(w, to);
  if (!ef || !et) return W_EBADF;
  if (from == to) return W_ESUCCESS;
  slot_release(w, et);
  w->fds[to] = w->fds[from];
  memset(&w->fds[from], 0, sizeof w->fds[from]);
  w->fds[from].host = -1;
  return W_ESUCCESS;
}

WASI_FN(fd_sync) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  return fsync(e->host) == 0 ? W_ESUCCESS : HOSTERR();
}

WASI_FN(fd_datasync) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  return fdatasync(e->host) == 0 ? W_ESUCCESS : HOSTERR();
}

WASI_FN(fd_advise) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  static const int advice[] = { POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL, POSIX_FADV_RANDOM,
                                POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE };
  uint32_t adv = A32(3);
  if (adv >= sizeof advice / sizeof advice[0]) return W_EINVAL;
  if (A64(1) > (uint64_t)INT64_MAX || A64(2) > (uint64_t)INT64_MAX) return W_EINVAL;
  int r = posix_fadvise(e->host, (off_t)A64(1), (off_t)A64(2), advice[adv]);
  return r == 0 ? W_ESUCCESS : wd_wasi_errno_from_host(r);
}

WASI_FN(fd_allocate) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!(e->base & R_FD_ALLOCATE)) return W_EBADF;
  if (A64(1) > (uint64_t)INT64_MAX || A64(2) > (uint64_t)INT64_MAX - A64(1)) return W_EFBIG;
  int r = posix_fallocate(e->host, (off_t)A64(1), (off_t)A64(2));
  return r == 0 ? W_ESUCCESS : wd_wasi_errno_from_host(r);
}

/* ---- fd status */

WASI_FN(fd_fdstat_get) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  uint32_t p = A32(1);
  if (!gm_ok(g, p, 24)) return W_EFAULT;
  int fl = fcntl(e->host, F_GETFL);
  uint16_t flags = 0;
  if (fl >= 0) {
    if (fl & O_APPEND) flags |= FDF_APPEND;
    if (fl & O_NONBLOCK) flags |= FDF_NONBLOCK;
#if defined(O_DSYNC) && O_DSYNC != O_SYNC
    if ((fl & O_SYNC) == O_DSYNC) flags |= FDF_DSYNC;
#endif
    if ((fl & O_SYNC) == O_SYNC) flags |= FDF_SYNC;
  }
  uint8_t *d = g->base + p;
  memset(d, 0, 24);
  d[0] = e->type;
  st16(d + 2, flags);
  st64(d + 8, e->base);
  st64(d + 16, e->inherit);
  return W_ESUCCESS;
}

WASI_FN(fd_fdstat_set_flags) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  uint32_t f = A32(1) & 0xFFFF;
  if (f & (FDF_DSYNC | FDF_RSYNC | FDF_SYNC)) return W_ENOTSUP;
  if (f & ~(uint32_t)(FDF_APPEND | FDF_NONBLOCK)) return W_EINVAL;
  int fl = fcntl(e->host, F_GETFL);
  if (fl < 0) return HOSTERR();
  int nf = (fl & ~(O_APPEND | O_NONBLOCK)) | ((f & FDF_APPEND) ? O_APPEND : 0) |
           ((f & FDF_NONBLOCK) ? O_NONBLOCK : 0);
  if (nf == fl) return W_ESUCCESS;
  if (e->flags & FD_BORROWED) return W_ENOTSUP;  /* the host's own stdio: not the guest's to change */
  if (!(e->base & R_FD_FDSTAT_SET_FLAGS)) return W_ENOTCAPABLE;
  /* A FIFO, socket or device the guest opened stays non-blocking (path_open): waiting on it would block
   * the host. */
  if (!(nf & O_NONBLOCK) && e->type != FT_REG && e->type != FT_DIR) return W_ENOTSUP;
  return fcntl(e->host, F_SETFL, nf) == 0 ? W_ESUCCESS : HOSTERR();
}

WASI_FN(fd_fdstat_set_rights) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  uint64_t base = A64(1), inh = A64(2);
  if ((base & ~e->base) || (inh & ~e->inherit)) return W_ENOTCAPABLE;   /* rights only shrink */
  e->base = base;
  e->inherit = inh;
  return W_ESUCCESS;
}

WASI_FN(fd_filestat_get) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!gm_ok(g, A32(1), 64)) return W_EFAULT;
  struct stat st;
  if (fstat(e->host, &st) != 0) return HOSTERR();
  put_filestat(g->base + A32(1), &st);
  return W_ESUCCESS;
}

WASI_FN(fd_filestat_set_size) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!(e->base & R_FD_FILESTAT_SET_SIZE)) return W_EBADF;
  if (A64(1) > (uint64_t)INT64_MAX) return W_EFBIG;
  return ftruncate(e->host, (off_t)A64(1)) == 0 ? W_ESUCCESS : HOSTERR();
}

static uint16_t make_times(uint64_t atim, uint64_t mtim, uint32_t fst, struct timespec ts[2]) {
  if (((fst & FST_ATIM) && (fst & FST_ATIM_NOW)) || ((fst & FST_MTIM) && (fst & FST_MTIM_NOW)) ||
      (fst & ~0xFu))
    return W_EINVAL;
  ts[0].tv_sec = 0;
  ts[1].tv_sec = 0;
  ts[0].tv_nsec = (fst & FST_ATIM_NOW) ? UTIME_NOW : UTIME_OMIT;
  ts[1].tv_nsec = (fst & FST_MTIM_NOW) ? UTIME_NOW : UTIME_OMIT;
  if (fst & FST_ATIM) {
    ts[0].tv_sec = (time_t)(atim / 1000000000ull);
    ts[0].tv_nsec = (long)(atim % 1000000000ull);
  }
  if (fst & FST_MTIM) {
    ts[1].tv_sec = (time_t)(mtim / 1000000000ull);
    ts[1].tv_nsec = (long)(mtim % 1000000000ull);
  }
  return W_ESUCCESS;
}

WASI_FN(fd_filestat_set_times) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!(e->base & R_FD_FILESTAT_SET_TIMES)) return W_ENOTCAPABLE;
  struct timespec ts[2];
  uint16_t err = make_times(A64(1), A64(2), A32(3), ts);
  if (err) return err;
  return futimens(e->host, ts) == 0 ? W_ESUCCESS : HOSTERR();
}

/* ---- preopens */

WASI_FN(fd_prestat_get) {
  wfd *e = fd_get(w, A32(0));
  if (!e || !(e->flags & FD_PREOPEN)) return W_EBADF;
  if (!gm_ok(g, A32(1), 8)) return W_EFAULT;
  uint8_t *d = g->base + A32(1);
  memset(d, 0, 8);
  st32(d + 4, (uint32_t)e->name_len);
  return W_ESUCCESS;
}

WASI_FN(fd_prestat_dir_name) {
  wfd *e = fd_get(w, A32(0));
  if (!e || !(e->flags & FD_PREOPEN)) return W_EBADF;
  uint32_t p = A32(1), len = A32(2);
  if (!gm_ok(g, p, len)) return W_EFAULT;
  if (len < e->name_len) return W_ENAMETOOLONG;
  memcpy(g->base + p, e->name, e->name_len);
  return W_ESUCCESS;
}

/* ---- directories */

static uint8_t dtype_of(unsigned char t) {
  switch (t) {
  case DT_REG: return FT_REG;
  case DT_DIR: return FT_DIR;
  case DT_CHR: return FT_CHAR;
  case DT_BLK: return FT_BLOCK;
  case DT_SOCK: return FT_SOCK_STREAM;
  case DT_LNK: return FT_SYMLINK;
  default: return FT_UNKNOWN;
  }
}

/* Reads the next entry into the lookahead. Returns 0 (entry ready), 1 (end) or -WASI errno. */
static int dir_next(wdir *dd) {
  if (dd->peek) return 0;
  errno = 0;
  struct dirent *de = readdir(dd->d);
  if (!de) return errno ? -(int)HOSTERR() : 1;
  size_t n = strnlen(de->d_name, sizeof dd->name - 1);
  memcpy(dd->name, de->d_name, n);
  dd->name[n] = '\0';
  dd->namelen = (uint32_t)n;
  dd->ino = (uint64_t)de->d_ino;
  dd->type = dtype_of(de->d_type);
  dd->peek = true;
  return 0;
}

WASI_FN(fd_readdir) {
  wfd *e = fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (e->type != FT_DIR) return W_ENOTDIR;
  if (!(e->base & R_FD_READDIR)) return W_ENOTCAPABLE;
  uint32_t buf = A32(1), buf_len = A32(2), usedp = A32(4);
  uint64_t cookie = A64(3);
  if (!gm_ok(g, buf, buf_len) || !gm_ok(g, usedp, 4)) return W_EFAULT;
  if (!e->dir) {
    wdir *dd = w_alloc(w, sizeof *dd);
    if (!dd) return W_ENOMEM;
    memset(dd, 0, sizeof *dd);
    int dfd = openat(e->host, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0 || !(dd->d = fdopendir(dfd))) {
      uint16_t err = HOSTERR();
      if (dfd >= 0) close(dfd);
      w_free(w, dd, sizeof *dd);
      return err;
    }
    e->dir = dd;
  }
  wdir *dd = e->dir;
  if (cookie != dd->pos) {                /* rewind and skip to the entry the cookie names */
    rewinddir(dd->d);
    dd->pos = 0;
    dd->peek = false;
    while (dd->pos < cookie) {
      int r = dir_next(dd);
      if (r < 0) return (uint16_t)-r;
      if (r > 0) break;
      dd->peek = false;
      dd->pos++;
    }
  }
  uint32_t used = 0;
  while (used < buf_len) {
    int r = dir_next(dd);
    if (r < 0) return (uint16_t)-r;
    if (r > 0) break;
    uint8_t hdr[24];
    memset(hdr, 0, sizeof hdr);
    st64(hdr, dd->pos + 1);
    st64(hdr + 8, dd->ino);
    st32(hdr + 16, dd->namelen);
    hdr[20] = dd->type;
    uint32_t room = buf_len - used;
    uint32_t h = room < 24 ? room : 24;
    memcpy(g->base + buf + used, hdr, h);
    used += h;
    if (h < 24) break;                    /* truncated: the guest asks again from this cookie */
    room -= 24;
    uint32_t nm = room < dd->namelen ? room : dd->namelen;
    memcpy(g->base + buf + used, dd->name, nm);
    used += nm;
    if (nm < dd->namelen) break;
    dd->peek = false;
    dd->pos++;
  }
  return put32(g, usedp, used);
}

/* ---- paths */

WASI_FN(path_open) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_OPEN, &d);
  if (err) return err;
  uint32_t lookup = A32(1), oflags = A32(4) & 0xFFFF, fdflags = A32(7) & 0xFFFF, outp = A32(8);
  uint64_t want = A64(5), want_inh = A64(6);
  char path[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), path))) return err;
  if (!gm_ok(g, outp, 4)) return W_EFAULT;
  if ((oflags & OF_CREAT) && !(d->base & R_PATH_CREATE_FILE)) return W_ENOTCAPABLE;
  if ((oflags & OF_TRUNC) && !(d->base & R_PATH_FILESTAT_SET_SIZE)) return W_ENOTCAPABLE;
  if (want & ~d->inherit & (R_FD_READ | R_FD_WRITE)) return W_ENOTCAPABLE;
  want &= d->inherit;
  want_inh &= d->inherit;
  if (fdflags & (FDF_DSYNC | FDF_RSYNC | FDF_SYNC)) {
    if (!(d->inherit & (R_FD_DATASYNC | R_FD_SYNC))) return W_ENOTCAPABLE;
  }
  bool rd = (want & R_NEEDS_READ) != 0, wr = (want & R_NEEDS_WRITE) != 0;
  int flags = O_NOCTTY;
  if (oflags & OF_DIRECTORY) {
    flags |= O_RDONLY | O_DIRECTORY;
    wr = false;
  } else if (wr) {
    flags |= rd ? O_RDWR : O_WRONLY;
  } else {
    flags |= O_RDONLY;
  }
  if (oflags & OF_CREAT) flags |= O_CREAT;
  if (oflags & OF_EXCL) flags |= O_EXCL;
  if (oflags & OF_TRUNC) flags |= O_TRUNC;
  if (fdflags & FDF_APPEND) flags |= O_APPEND;
  /* Opened non-blocking whatever the guest asks, so that a FIFO without a writer or a device never
   * blocks the host; regular files and directories get the guest's choice back below. FIFOs, sockets
   * and devices stay non-blocking: reading or writing them never waits (EAGAIN instead). */
  flags |= O_NONBLOCK;
  if (fdflags & FDF_DSYNC) flags |= O_DSYNC;
  if (fdflags & FDF_SYNC) flags |= O_SYNC;
  if (fdflags & FDF_RSYNC) flags |= O_RSYNC;
  int dirhost = d->host;
  int64_t slot = fd_alloc(w);            /* may move the table: d is not used after this */
  if (slot < 0) return (uint16_t)-slot;
  int fd = open_beneath(w, dirhost, path, flags, (lookup & LOOKUP_FOLLOW) != 0);
  if (fd < 0) return (uint16_t)-fd;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    err = HOSTERR();
    close(fd);
    return err;
  }
  if (!(fdflags & FDF_NONBLOCK) && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
      err = HOSTERR();
      close(fd);
      return err;
    }
  }
  wfd *e = &w->fds[slot];
  memset(e, 0, sizeof *e);
  e->host = fd;
  e->type = filetype_of(st.st_mode);
  e->base = want & rights_of(fd, e->type);
  e->inherit = want_inh;
  st32(g->base + outp, (uint32_t)slot);
  return W_ESUCCESS;
}

WASI_FN(path_filestat_get) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_FILESTAT_GET, &d);
  if (err) return err;
  char path[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), path))) return err;
  if (!gm_ok(g, A32(4), 64)) return W_EFAULT;
  int fd = open_beneath(w, d->host, path, O_PATH, (A32(1) & LOOKUP_FOLLOW) != 0);
  if (fd < 0) return (uint16_t)-fd;
  struct stat st;
  int r = fstat(fd, &st);
  if (r != 0) err = HOSTERR();
  close(fd);
  if (r != 0) return err;
  put_filestat(g->base + A32(4), &st);
  return W_ESUCCESS;
}

WASI_FN(path_filestat_set_times) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_FILESTAT_SET_TIMES, &d);
  if (err) return err;
  char path[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), path))) return err;
  struct timespec ts[2];
  if ((err = make_times(A64(4), A64(5), A32(6), ts))) return err;
  if (A32(1) & LOOKUP_FOLLOW) {            /* resolve beneath, then touch what was found */
    int fd = open_beneath(w, d->host, path, O_PATH, true);
    if (fd < 0) return (uint16_t)-fd;
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    int r = utimensat(AT_FDCWD, proc, ts, 0);
    if (r != 0) err = HOSTERR();
    close(fd);
    return r == 0 ? W_ESUCCESS : err;
  }
  wparent pp;
  if ((err = parent_open(w, d, path, &pp))) return err;
  int r = utimensat(pp.fd, pp.base, ts, AT_SYMLINK_NOFOLLOW);
  if (r != 0) err = HOSTERR();
  parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FN(path_create_directory) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_CREATE_DIRECTORY, &d);
  if (err) return err;
  char path[PATH_BUF];
  wparent pp;
  if ((err = get_path(g, A32(1), A32(2), path)) || (err = parent_open(w, d, path, &pp))) return err;
  int r = mkdirat(pp.fd, pp.base, 0777);
  if (r != 0) err = HOSTERR();
  parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FN(path_remove_directory) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_REMOVE_DIRECTORY, &d);
  if (err) return err;
  char path[PATH_BUF];
  wparent pp;
  if ((err = get_path(g, A32(1), A32(2), path)) || (err = parent_open(w, d, path, &pp))) return err;
  int r = unlinkat(pp.fd, pp.base, AT_REMOVEDIR);
  if (r != 0) err = HOSTERR();
  parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FN(path_unlink_file) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_UNLINK_FILE, &d);
  if (err) return err;
  char path[PATH_BUF];
  wparent pp;
  if ((err = get_path(g, A32(1), A32(2), path)) || (err = parent_open(w, d, path, &pp))) return err;
  int r;
  if (pp.trailing) {                      /* "name/" never names a file */
    struct stat st;
    r = -1;
    if (fstatat(pp.fd, pp.base, &st, AT_SYMLINK_NOFOLLOW) != 0) err = HOSTERR();
    else err = S_ISDIR(st.st_mode) ? W_EISDIR : W_ENOTDIR;
  } else {
    r = unlinkat(pp.fd, pp.base, 0);
    if (r != 0) err = HOSTERR();
  }
  parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FN(path_rename) {
  wfd *d1, *d2;
  uint16_t err = dir_fd(w, A32(0), R_PATH_RENAME_SOURCE, &d1);
  if (err) return err;
  if ((err = dir_fd(w, A32(3), R_PATH_RENAME_TARGET, &d2))) return err;
  char p1[PATH_BUF], p2[PATH_BUF];
  if ((err = get_path(g, A32(1), A32(2), p1)) || (err = get_path(g, A32(4), A32(5), p2))) return err;
  wparent a1, a2;
  if ((err = parent_open(w, d1, p1, &a1))) return err;
  if ((err = parent_open(w, d2, p2, &a2))) {
    parent_done(&a1);
    return err;
  }
  int r = 0;
  if (a1.trailing || a2.trailing) {       /* a trailing slash: the source must be a directory */
    struct stat st;
    if (fstatat(a1.fd, a1.base, &st, AT_SYMLINK_NOFOLLOW) != 0) {
      r = -1;
      err = HOSTERR();
    } else if (!S_ISDIR(st.st_mode)) {
      r = -1;
      err = W_ENOTDIR;
    }
  }
  if (r == 0) {
    r = renameat(a1.fd, a1.base, a2.fd, a2.base);
    if (r != 0) err = HOSTERR();
  }
  parent_done(&a1);
  parent_done(&a2);
  return r == 0 ? W_ESUCCESS : err;
}

/* The symlink policy: a link may be created only if its target, resolved from the link's own directory
 * (parent_fd), stays beneath the directory the call names (dir_host), so that whoever follows it
 * later, inside the sandbox or not, stays inside. The target must be relative and of the form
 * "../../a/b": leading ".." components, then names ("." and empty ones are ignored). A ".." after a
 * name could climb out of a directory reached through another link, so it is refused. The leading
 * ".." count is held against the link directory's real depth beneath dir_host, found by walking up
 * from it (symlinks on the link's own path count as what they resolve to). */
static uint16_t symlink_target_ok(int dir_host, int parent_fd, const char *target) {
  if (target[0] == '/') return W_ENOTCAPABLE;
  uint32_t ups = 0;
  bool named = false;
  for (const char *c = target; *c;) {
    const char *e = strchr(c, '/');
    size_t n = e ? (size_t)(e - c) : strlen(c);
    if (n == 2 && c[0] == '.' && c[1] == '.') {
      if (named) return W_ENOTCAPABLE;
      ups++;
    } else if (n && !(n == 1 && c[0] == '.')) {
      named = true;
    }
    c += n;
    while (*c == '/') c++;
  }
  if (ups == 0) return W_ESUCCESS;
  struct stat root, st;
  if (fstat(dir_host, &root) != 0) return HOSTERR();
  int cur = openat(parent_fd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (cur < 0) return HOSTERR();
  uint16_t err = W_ESUCCESS;
  for (uint32_t i = 0; i < ups; i++) {
    if (fstat(cur, &st) != 0) { err = HOSTERR(); break; }
    if (st.st_dev == root.st_dev && st.st_ino == root.st_ino) { err = W_ENOTCAPABLE; break; }
    int up = openat(cur, "..", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (up < 0) { err = HOSTERR(); break; }
    struct stat ust;
    bool top = fstat(up, &ust) == 0 && ust.st_dev == st.st_dev && ust.st_ino == st.st_ino;
    close(cur);
    cur = up;
    if (top) { err = W_ENOTCAPABLE; break; }    /* the file system's root: dir_host was never met */
  }
  close(cur);
  return err;
}

WASI_FN(path_symlink) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(2), R_PATH_SYMLINK, &d);
  if (err) return err;
  char target[PATH_BUF], path[PATH_BUF];
  if ((err = get_path(g, A32(0), A32(1), target)) || (err = get_path(g, A32(3), A32(4), path))) return err;
  wparent pp;
  if ((err = parent_open(w, d, path, &pp))) return err;
  int r = -1;
  if (pp.trailing) err = W_ENOENT;
  else if ((err = symlink_target_ok(d->host, pp.fd, target))) {}
  else if ((r = symlinkat(target, pp.fd, pp.base)) != 0) err = HOSTERR();
  parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FN(path_readlink) {
  wfd *d;
  uint16_t err = dir_fd(w, A32(0), R_PATH_READLINK, &d);
  if (err) return err;
  char path[PATH_BUF];
  if ((err = get_path(g, A32(1), A32(2), path))) return err;
  uint32_t buf = A32(3), len = A32(4);
  if (!gm_ok(g, buf, len) || !gm_ok(g, A32(5), 4)) return W_EFAULT;
  wparent pp;
  if ((err = parent_open(w, d, path, &pp))) return err;
  char tmp[PATH_BUF];
  ssize_t n = readlinkat(pp.fd, pp.base, tmp, sizeof tmp);
  if (n < 0) err = HOSTERR();
  parent_done(&pp);
  if (n < 0) return err;
  uint32_t c = (uint64_t)n < len ? (uint32_t)n : len;
  memcpy(g->base + buf, tmp, c);
  return put32(g, A32(5), c);
}

WASI_FN(path_link) {
  wfd *d1, *d2;
  uint16_t err = dir_fd(w, A32(0), R_PATH_LINK_SOURCE, &d1);
  if (err) return err;
  if ((err = dir_fd(w, A32(4), R_PATH_LINK_TARGET, &d2))) return err;
  char p1[PATH_BUF], p2[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), p1)) || (err = get_path(g, A32(5), A32(6), p2))) return err;
  wparent a2;
  if ((err = parent_open(w, d2, p2, &a2))) return err;
  int r = -1;
  if (a2.trailing) {
    err = W_ENOENT;
  } else if (A32(1) & LOOKUP_FOLLOW) {    /* resolve the source beneath, then link what was found */
    int fd = open_beneath(w, d1->host, p1, O_PATH, true);
    if (fd < 0) {
      err = (uint16_t)-fd;
    } else {
      char proc[64];
      snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
      if ((r = linkat(AT_FDCWD, proc, a2.fd, a2.base, AT_SYMLINK_FOLLOW)) != 0) err = HOSTERR();
      close(fd);
    }
  } else {
    wparent a1;
    if ((err = parent_open(w, d1, p1, &a1)) == 0) {
      if (a1.trailing) err = W_ENOTDIR;
      else if ((r = linkat(a1.fd, a1.base, a2.fd, a2.base, 0)) != 0) err = HOSTERR();
      parent_done(&a1);
    }
  }
  parent_done(&a2);
  return r == 0 ? W_ESUCCESS : err;
}

/* ---- poll_oneoff: clock subscriptions, and fd read/write readiness through ppoll */

/* poll_oneoff's wrapper traps when the wait ran into the host's sleep limit (wd_wasi_config). */
static uint16_t poll_oneoff_impl(wd_wasi *w, const gm *g, const wd_val *a);
static bool h_poll_oneoff(wd_caller *c, void *u, const wd_val *a, wd_val *r) {
  wd_wasi *w = u;
  gm g;
  gm_init(c, &g);
  r[0].kind = WD_I32;
  pthread_mutex_lock(&w->mu);
  r[0].of.i32 = poll_oneoff_impl(w, &g, a);
  bool used_up = w->sleep_used_up;
  pthread_mutex_unlock(&w->mu);
  if (used_up) return wd_caller_trap(c, WD_E_TRAP_HOST, "poll_oneoff: the sleep limit is used up");
  return true;
}

static uint16_t poll_oneoff_impl(wd_wasi *w, const gm *g, const wd_val *a) {
  uint32_t in = A32(0), out = A32(1), nsubs = A32(2), neventsp = A32(3);
  if (nsubs == 0) return W_EINVAL;
  if (!gm_ok(g, in, (uint64_t)nsubs * 48) || !gm_ok(g, out, (uint64_t)nsubs * 32) ||
      !gm_ok(g, neventsp, 4))
    return W_EFAULT;
  struct pollfd pfds[POLL_MAX_FDS];
  int npfd = 0;
  bool have_timeout = false, immediate = false;
  uint64_t min_ns = UINT64_MAX;
  uint32_t min_idx = 0;
  /* Pass 1: the earliest clock deadline, the fds to wait on, and subscriptions that fail at once. */
  for (uint32_t i = 0; i < nsubs; i++) {
    const uint8_t *s = g->base + in + (uint64_t)i * 48;
    uint8_t tag = s[8];
    if (tag == EV_CLOCK) {
      clockid_t id;
      if (!clock_of(ld32(s + 16), &id)) {
        immediate = true;
        continue;
      }
      uint64_t timeout = ld64(s + 24), rel = timeout;
      if (ld32(s + 40) & 1) {             /* absolute time on that clock */
        struct timespec now;
        clock_gettime(id, &now);
        uint64_t n = ts_ns(&now);
        rel = timeout > n ? timeout - n : 0;
      }
      have_timeout = true;
      if (rel < min_ns) {
        min_ns = rel;
        min_idx = i;
      }
    } else if (tag == EV_FD_READ || tag == EV_FD_WRITE) {
      wfd *e = fd_get(w, ld32(s + 16));
      if (!e) {
        immediate = true;
        continue;
      }
      if (npfd == POLL_MAX_FDS) return W_ENOTSUP;
      pfds[npfd].fd = e->host;
      pfds[npfd].events = tag == EV_FD_READ ? POLLIN : POLLOUT;
      pfds[npfd].revents = 0;
      npfd++;
    } else {
      return W_EINVAL;
    }
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  bool timed_out = false;
  if (immediate) {                        /* failed subscriptions are reported without waiting */
    min_ns = 0;
    have_timeout = true;
  }
  bool cut = false;                       /* the wait is cut short by the sleep limit */
  if (w->sleep_left_ns != UINT64_MAX && (!have_timeout || min_ns > w->sleep_left_ns)) {
    min_ns = w->sleep_left_ns;
    have_timeout = true;
    cut = true;
  }
  if (npfd) {
    struct timespec tmo, *tp = NULL;
    if (have_timeout) {
      uint64_t sec = min_ns / 1000000000ull;
      tmo.tv_sec = (time_t)(sec > (uint64_t)INT32_MAX ? INT32_MAX : sec);
      tmo.tv_nsec = (long)(min_ns % 1000000000ull);
      tp = &tmo;
    }
    int r;
    pthread_mutex_unlock(&w->mu);         /* other threads may use the world while this one waits */
    do r = ppoll(pfds, (nfds_t)npfd, tp, NULL);
    while (r < 0 && errno == EINTR);
    int e = errno;
    pthread_mutex_lock(&w->mu);
    if (r < 0) return wd_wasi_errno_from_host(e);
    timed_out = r == 0;
  } else if (have_timeout && min_ns > 0) {
    uint64_t end = ts_ns(&t0) + min_ns;
    struct timespec ts = { (time_t)(end / 1000000000ull), (long)(end % 1000000000ull) };
    pthread_mutex_unlock(&w->mu);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {}
    pthread_mutex_lock(&w->mu);
    timed_out = true;
  } else {
    timed_out = true;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  uint64_t elapsed = ts_ns(&t1) - ts_ns(&t0);
  if (w->sleep_left_ns != UINT64_MAX) {
    w->sleep_left_ns -= elapsed < w->sleep_left_ns ? elapsed : w->sleep_left_ns;
    if (cut && timed_out) {
      w->sleep_used_up = true;
      return W_EINTR;
    }
  }
  /* Pass 2: events. A clock fires when its time has come; when the wait timed out, the earliest clock
   * fires even if another clock's reading lags the monotonic one a little. */
  uint32_t nev = 0;
  int k = 0;
  for (uint32_t i = 0; i < nsubs; i++) {
    const uint8_t *s = g->base + in + (uint64_t)i * 48;
    uint8_t ev[32];
    memset(ev, 0, sizeof ev);
    memcpy(ev, s, 8);                     /* userdata */
    uint8_t tag = s[8];
    ev[10] = tag;
    bool fire = false;
    if (tag == EV_CLOCK) {
      clockid_t id;
      if (!clock_of(ld32(s + 16), &id)) {
        st16(ev + 8, W_EINVAL);
        fire = true;
      } else {
        uint64_t timeout = ld64(s + 24);
        if (ld32(s + 40) & 1) {
          struct timespec now;
          clock_gettime(id, &now);
          fire = ts_ns(&now) >= timeout;
        } else {
          fire = timeout <= elapsed;
        }
        if (timed_out && i == min_idx && !immediate) fire = true;
      }
    } else if (tag == EV_FD_READ || tag == EV_FD_WRITE) {
      wfd *e = fd_get(w, ld32(s + 16));
      if (!e) {
        st16(ev + 8, W_EBADF);
        fire = true;
      } else if (k < npfd) {
        struct pollfd *pf = &pfds[k++];
        if (pf->revents) {
          fire = true;
          if (pf->revents & POLLNVAL) st16(ev + 8, W_EBADF);
          else if ((pf->revents & POLLERR) && !(pf->revents & (POLLIN | POLLOUT))) st16(ev + 8, W_EIO);
          if (pf->revents & POLLHUP) st16(ev + 24, 1);
          if (tag == EV_FD_READ && (pf->revents & POLLIN)) {
            uint64_t avail = 0;
            struct stat st;
            int nb = 0;
            if (fstat(e->host, &st) == 0 && S_ISREG(st.st_mode)) {
              off_t pos = lseek(e->host, 0, SEEK_CUR);
              if (pos >= 0 && st.st_size > pos) avail = (uint64_t)(st.st_size - pos);
            } else if (ioctl(e->host, FIONREAD, &nb) == 0 && nb > 0) {
              avail = (uint64_t)nb;
            }
            st64(ev + 16, avail);
          }
        }
      }
    }
    if (fire) {
      memcpy(g->base + out + (uint64_t)nev * 32, ev, 32);
      nev++;
    }
  }
  return put32(g, neventsp, nev);
}

/* ---- not provided: sockets and signals */

WASI_FN(proc_raise) { return W_ENOSYS; }
WASI_FN(sock_accept) { return W_ENOSYS; }
WASI_FN(sock_recv) { return W_ENOSYS; }
WASI_FN(sock_send) { return W_ENOSYS; }
WASI_FN(sock_shutdown) { return W_ENOSYS; }

/* ---------------------------------------------------------------- linking */

typedef struct wasi_def {
  const char *name;
  const char *params;            /* 'I' i32, 'L' i64 */
  const char *results;
  wd_host_fn fn;
} wasi_def;

static const wasi_def wasi_defs[] = {
  { "args_get", "II", "I", h_args_get },
  { "args_sizes_get", "II", "I", h_args_sizes_get },
  { "environ_get", "II", "I", h_environ_get },
  { "environ_sizes_get", "II", "I", h_environ_sizes_get },
  { "clock_res_get", "II", "I", h_clock_res_get },
  { "clock_time_get", "ILI", "I", h_clock_time_get },
  { "fd_advise", "ILLI", "I", h_fd_advise },
  { "fd_allocate", "ILL", "I", h_fd_allocate },
  { "fd_close", "I", "I", h_fd_close },
  { "fd_datasync", "I", "I", h_fd_datasync },
  { "fd_fdstat_get", "II", "I", h_fd_fdstat_get },
  { "fd_fdstat_set_flags", "II", "I", h_fd_fdstat_set_flags },
  { "fd_fdstat_set_rights", "ILL", "I", h_fd_fdstat_set_rights },
  { "fd_filestat_get", "II", "I", h_fd_filestat_get },
  { "fd_filestat_set_size", "IL", "I", h_fd_filestat_set_size },
  { "fd_filestat_set_times", "ILLI", "I", h_fd_filestat_set_times },
  { "fd_pread", "IIILI", "I", h_fd_pread },
  { "fd_prestat_get", "II", "I", h_fd_prestat_get },
  { "fd_prestat_dir_name", "III", "I", h_fd_prestat_dir_name },
  { "fd_pwrite", "IIILI", "I", h_fd_pwrite },
  { "fd_read", "IIII", "I", h_fd_read },
  { "fd_readdir", "IIILI", "I", h_fd_readdir },
  { "fd_renumber", "II", "I", h_fd_renumber },
  { "fd_seek", "ILII", "I", h_fd_seek },
  { "fd_sync", "I", "I", h_fd_sync },
  { "fd_tell", "II", "I", h_fd_tell },
  { "fd_write", "IIII", "I", h_fd_write },
  { "path_create_directory", "III", "I", h_path_create_directory },
  { "path_filestat_get", "IIIII", "I", h_path_filestat_get },
  { "path_filestat_set_times", "IIIILLI", "I", h_path_filestat_set_times },
  { "path_link", "IIIIIII", "I", h_path_link },
  { "path_open", "IIIIILLII", "I", h_path_open },
  { "path_readlink", "IIIIII", "I", h_path_readlink },
  { "path_remove_directory", "III", "I", h_path_remove_directory },
  { "path_rename", "IIIIII", "I", h_path_rename },
  { "path_symlink", "IIIII", "I", h_path_symlink },
  { "path_unlink_file", "III", "I", h_path_unlink_file },
  { "poll_oneoff", "IIII", "I", h_poll_oneoff },
  { "proc_exit", "I", "", h_proc_exit },
  { "proc_raise", "I", "I", h_proc_raise },
  { "sched_yield", "", "I", h_sched_yield },
  { "random_get", "II", "I", h_random_get },
  { "sock_accept", "III", "I", h_sock_accept },
  { "sock_recv", "IIIIII", "I", h_sock_recv },
  { "sock_send", "IIIII", "I", h_sock_send },
  { "sock_shutdown", "II", "I", h_sock_shutdown },
};

static bool is_wasi_module(const wd_importdesc *d) {
  size_t n = sizeof WD_WASI_MODULE - 1;
  return d->module_len == n && memcmp(d->module, WD_WASI_MODULE, n) == 0;
}

static int name_len_int(size_t n) { return n > 200 ? 200 : (int)n; }

bool wd_wasi_link(wd_wasi *w, wd_store *store, const wd_module *module, wd_extern *imports,
                  wd_error *err) {
  if (!w || !store || !module)
    return wd_error_set(err, WD_E_INVALID_ARGUMENT, "wd_wasi_link needs a wasi, a store and a module");
  uint32_t n = wd_module_import_count(module);
  if (n && !imports) return wd_error_set(err, WD_E_INVALID_ARGUMENT, "imports is NULL");
  for (uint32_t i = 0; i < n; i++) {
    wd_importdesc d;
    if (!wd_module_import(module, i, &d))
      return wd_error_set(err, WD_E_INVALID_ARGUMENT, "import %u unreadable", i);
    if (!is_wasi_module(&d)) continue;
    const wasi_def *def = NULL;
    for (size_t k = 0; k < sizeof wasi_defs / sizeof wasi_defs[0]; k++)
      if (strlen(wasi_defs[k].name) == d.name_len && memcmp(wasi_defs[k].name, d.name, d.name_len) == 0)
        def = &wasi_defs[k];
    if (!def || d.kind != WD_EXTERN_FUNC)
      return wd_error_set(err, WD_E_UNKNOWN_IMPORT, "%s::%.*s", WD_WASI_MODULE, name_len_int(d.name_len), d.name);
    wd_valkind params[16], results[2];
    uint32_t np = 0, nr = 0;
    for (const char *p = def->params; *p; p++) params[np++] = *p == 'L' ? WD_I64 : WD_I32;
    for (const char *p = def->results; *p; p++) results[nr++] = *p == 'L' ? WD_I64 : WD_I32;
    wd_func *f = wd_func_new_host(store, params, np, results, nr, def->fn, w, err);
    if (!f) return false;
    imports[i].kind = WD_EXTERN_FUNC;
    imports[i].of.func = f;
  }
  return true;
}

void wd_wasi_begin(wd_wasi *w) {
  w->exited = false;
  w->exit_code = 0;
}

int wd_wasi_run_single(wd_wasi *w, wd_store *store, wd_module *module, wd_error *err) {
  wd_wasi_begin(w);
  uint32_t n = wd_module_import_count(module);
  wd_extern *imps = NULL;
  size_t bytes = (size_t)n * sizeof *imps;
  if (n) {
    imps = w_alloc(w, bytes);
    if (!imps) {
      wd_error_set(err, WD_E_OUT_OF_MEMORY, "import array");
      return -1;
    }
    memset(imps, 0, bytes);
  }
  bool ok = wd_wasi_link(w, store, module, imps, err);
  for (uint32_t i = 0; ok && i < n; i++) {
    wd_importdesc d;
    if (wd_module_import(module, i, &d) && !is_wasi_module(&d))
      ok = wd_error_set(err, WD_E_UNKNOWN_IMPORT, "%.*s::%.*s (only %s is provided)", name_len_int(d.module_len),
                 d.module, name_len_int(d.name_len), d.name, WD_WASI_MODULE);
  }
  wd_instance *inst = ok ? wd_instantiate(store, module, imps, n, err) : NULL;
  w_free(w, imps, bytes);
  if (!inst) return w->exited ? wd_wasi_exit_code(w) : -1;   /* proc_exit in a start function */
  wd_extern start;
  if (!wd_instance_export(inst, "_start", 6, &start) || start.kind != WD_EXTERN_FUNC) {
    wd_error_set(err, WD_E_UNKNOWN_EXPORT, "_start (not a WASI command)");
    return -1;
  }
  if (wd_func_call(store, start.of.func, NULL, 0, NULL, 0, err)) {
    wclear(err);
    return 0;
  }
  return w->exited ? wd_wasi_exit_code(w) : -1;
}
