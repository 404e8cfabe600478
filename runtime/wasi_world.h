/* wasi_world.h — the WASI world's insides, shared by the parts of WASI preview 1 (wasi.c: arguments,
 * clocks, random, proc_exit, poll_oneoff, the import table; wasi_fs.c: the fd and path calls;
 * wasi_world.c: the world, its fd table and path resolution beneath preopens). Not public: the layers
 * above (wasi_threads.c, emscripten.c) see only wasi_parts.h.
 * May use: warden.h, warden_wasi.h, tgroup.h (through wasi_parts.h), libc and Linux headers.
 * Every file including it defines _FILE_OFFSET_BITS/_TIME_BITS 64 first (see wasi_world.c).
 */
#ifndef WD_WASI_WORLD_H
#define WD_WASI_WORLD_H

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

static inline void *w_alloc(const wd_wasi *w, size_t n) { return w->al->malloc(w->al->user, n); }
static inline void w_free(const wd_wasi *w, void *p, size_t n) { if (p) w->al->free(w->al->user, p, n); }

static inline void wclear(wd_error *err) {
  if (!err) return;
  err->code = WD_E_OK;
  err->offset = WD_NO_OFFSET;
  err->message[0] = '\0';
}

/* ---------------------------------------------------------------- guest memory */

typedef struct gm {
  uint8_t *base;
  uint64_t size;
} gm;

static inline void gm_init(wd_caller *c, gm *g) {
  wd_memory *m = wd_caller_memory(c, 0);
  g->base = m ? wd_memory_data(m) : NULL;
  g->size = m && g->base ? wd_memory_size(m) : 0;
}

/* [ptr, ptr+len) lies in linear memory (len may be up to 2^64-1: no overflow). */
static inline bool gm_ok(const gm *g, uint32_t ptr, uint64_t len) {
  return ptr <= g->size && len <= g->size - ptr && (len == 0 || g->base);
}

static inline uint32_t ld32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t ld64(const uint8_t *p) { return (uint64_t)ld32(p) | (uint64_t)ld32(p + 4) << 32; }
static inline void st16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static inline void st32(uint8_t *p, uint32_t v) { st16(p, (uint16_t)v); st16(p + 2, (uint16_t)(v >> 16)); }
static inline void st64(uint8_t *p, uint64_t v) { st32(p, (uint32_t)v); st32(p + 4, (uint32_t)(v >> 32)); }

/* Stores a result the guest asked for; EFAULT when the slot is out of range. */
static inline uint16_t put32(const gm *g, uint32_t ptr, uint32_t v) {
  if (!gm_ok(g, ptr, 4)) return W_EFAULT;
  st32(g->base + ptr, v);
  return W_ESUCCESS;
}
static inline uint16_t put64(const gm *g, uint32_t ptr, uint64_t v) {
  if (!gm_ok(g, ptr, 8)) return W_EFAULT;
  st64(g->base + ptr, v);
  return W_ESUCCESS;
}

/* Copies a guest path into buf (NUL-terminated). */
static inline uint16_t get_path(const gm *g, uint32_t ptr, uint32_t len, char buf[PATH_BUF]) {
  if (!gm_ok(g, ptr, len)) return W_EFAULT;
  if (len >= PATH_BUF) return W_ENAMETOOLONG;
  if (len && memchr(g->base + ptr, 0, len)) return W_EINVAL;
  if (len) memcpy(buf, g->base + ptr, len);
  buf[len] = '\0';
  return W_ESUCCESS;
}

static inline uint64_t ts_ns(const struct timespec *t) {
  return (uint64_t)t->tv_sec * 1000000000ull + (uint64_t)t->tv_nsec;
}


/* ---------------------------------------------------------------- wasi_world.c */

/* The fd table. */
uint8_t wasi_filetype_of(mode_t m);
uint64_t wasi_rights_of(int host, uint8_t type);
void wasi_slot_release(wd_wasi *w, wfd *e);
wfd *wasi_fd_get(wd_wasi *w, uint32_t fd);
int64_t wasi_fd_alloc(wd_wasi *w);
void wasi_put_filestat(uint8_t *p, const struct stat *st);

/* Path resolution beneath a directory fd. */
int wasi_open_beneath(wd_wasi *w, int dirfd, const char *path, int flags, bool follow);
/* A path operation's parent directory and last name. */
typedef struct wparent {
  int fd;                        /* host directory fd for the *at call */
  bool owned;                    /* fd must be closed */
  bool trailing;                 /* the path ended in '/' (stripped from base) */
  const char *base;
} wparent;

void wasi_parent_done(wparent *pp);
uint16_t wasi_parent_open(wd_wasi *w, const wfd *e, char *path, wparent *pp);
uint16_t wasi_dir_fd(wd_wasi *w, uint32_t fd, uint64_t right, wfd **out);

/* ---------------------------------------------------------------- host functions */

#define A32(i) ((uint32_t)a[i].of.i32)
#define A64(i) ((uint64_t)a[i].of.i64)

/* Each WASI call: an implementation returning a WASI errno, and a wd_host_fn that wraps it. */
#define WASI_WRAP(linkage, hname, fname)                                                     \
  static uint16_t fname##_impl(wd_wasi *w, const gm *g, const wd_val *a);                   \
  linkage bool hname(wd_caller *c, void *u, const wd_val *a, wd_val *r) {                   \
    gm g;                                                                                    \
    gm_init(c, &g);                                                                          \
    r[0].kind = WD_I32;                                                                      \
    pthread_mutex_lock(&((wd_wasi *)u)->mu);                                                 \
    r[0].of.i32 = fname##_impl((wd_wasi *)u, &g, a);                                         \
    pthread_mutex_unlock(&((wd_wasi *)u)->mu);                                               \
    return true;                                                                             \
  }                                                                                          \
  static uint16_t fname##_impl(wd_wasi *w, const gm *g, const wd_val *a)

#define WASI_FN(fname) WASI_WRAP(static, h_##fname, fname)
/* A call of wasi_fs.c: its wrapper is wd_wasi_fs_NAME, for wasi.c's import table (wasi_fs.h). */
#define WASI_FS_FN(fname) WASI_WRAP(, wd_wasi_fs_##fname, fname)

#endif /* WD_WASI_WORLD_H */
