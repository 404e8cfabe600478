/* wasi_world.c — the WASI world (wd_wasi): configuration, creation and freeing, the per-instance fd table
 * (rights, preopens), the host -> WASI errno table, and capability-based path resolution beneath a
 * preopened directory: openat2(RESOLVE_BENEATH|RESOLVE_NO_MAGICLINKS) or, where the kernel lacks it, a
 * component-by-component O_NOFOLLOW walk that keeps its own stack of directory fds (never opening "..").
 * May use: the public API (warden.h, warden_wasi.h), wasi_world.h, libc and Linux system calls.
 */
/* 32-bit hosts: 64-bit file offsets, sizes, inode numbers and times (see wasi.c). Before any include. */
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64

#include "wasi_world.h"

/* ---------------------------------------------------------------- errno, the world's parts, the fd table */

uint16_t wd_wasi_errno_from_host(int e) {
  switch (e) {
  case 0: return W_ESUCCESS;
#define X(name, num) case name: return num;
  WASI_ERRNO_TABLE(X)
#undef X
  default: return W_EIO;
  }
}

const wd_allocator *wd_wasi_allocator(const wd_wasi *w) { return w->al; }
uint32_t wd_wasi_max_threads(const wd_wasi *w) { return w->max_threads; }
uint64_t wd_wasi_thread_fuel(const wd_wasi *w) { return w->thread_fuel; }
void wd_wasi_set_group(wd_wasi *w, wd_tgroup *g) { w->group = g; }
const char *wd_wasi_args(const wd_wasi *w, size_t *argc, size_t *bytes) {
  *argc = w->argc;
  *bytes = w->args_bytes;
  return w->args;
}

uint8_t wasi_filetype_of(mode_t m) {
  if (S_ISREG(m)) return FT_REG;
  if (S_ISDIR(m)) return FT_DIR;
  if (S_ISCHR(m)) return FT_CHAR;
  if (S_ISBLK(m)) return FT_BLOCK;
  if (S_ISSOCK(m)) return FT_SOCK_STREAM;
  if (S_ISLNK(m)) return FT_SYMLINK;
  return FT_UNKNOWN;
}

/* The rights a host fd can carry, from its type and access mode. */
uint64_t wasi_rights_of(int host, uint8_t type) {
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

void wasi_slot_release(wd_wasi *w, wfd *e) {
  if (e->dir) {
    if (e->dir->d) closedir(e->dir->d);
    w_free(w, e->dir, sizeof *e->dir);
  }
  if (e->host >= 0 && !(e->flags & FD_BORROWED)) close(e->host);
  w_free(w, e->name, e->name_len + 1);
  memset(e, 0, sizeof *e);
  e->host = -1;
}

wfd *wasi_fd_get(wd_wasi *w, uint32_t fd) {
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
int64_t wasi_fd_alloc(wd_wasi *w) {
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
  e->type = wasi_filetype_of(st.st_mode);
  e->base = wasi_rights_of(host, e->type);
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
    if (w->fds[i].host >= 0 || w->fds[i].name || w->fds[i].dir) wasi_slot_release(w, &w->fds[i]);
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

/* ---------------------------------------------------------------- file status */

/* A WASI filestat (64 bytes) from a host stat. */
void wasi_put_filestat(uint8_t *p, const struct stat *st) {
  memset(p, 0, 64);
  st64(p + 0, (uint64_t)st->st_dev);
  st64(p + 8, (uint64_t)st->st_ino);
  p[16] = wasi_filetype_of(st->st_mode);
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
int wasi_open_beneath(wd_wasi *w, int dirfd, const char *path, int flags, bool follow) {
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
  wfd *e = wasi_fd_get(w, dirfd);
  if (!e) return -W_EBADF;
  if (e->type != FT_DIR) return -W_ENOTDIR;
  if (strlen(path) >= PATH_BUF) return -W_ENAMETOOLONG;
  return wasi_open_beneath(w, e->host, path, host_flags, follow);
}

void wasi_parent_done(wparent *pp) {
  if (pp->owned) close(pp->fd);
  pp->owned = false;
}

/* Resolves the directory part of `path` (modified in place) beneath guest dir fd `e`. The last name is
 * never followed; "." and ".." as the last name are allowed only when the whole path stays beneath. */
uint16_t wasi_parent_open(wd_wasi *w, const wfd *e, char *path, wparent *pp) {
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
    int fd = wasi_open_beneath(w, e->host, path, O_PATH, true);
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
  int fd = wasi_open_beneath(w, e->host, path, O_PATH | O_DIRECTORY, true);
  path[s] = save;
  if (fd < 0) return (uint16_t)-fd;
  pp->fd = fd;
  pp->owned = true;
  return W_ESUCCESS;
}

/* The guest directory fd for a path operation needing `right`. */
uint16_t wasi_dir_fd(wd_wasi *w, uint32_t fd, uint64_t right, wfd **out) {
  wfd *e = wasi_fd_get(w, fd);
  if (!e) return W_EBADF;
  if (e->type != FT_DIR) return W_ENOTDIR;
  if (!(e->base & right)) return W_ENOTCAPABLE;
  *out = e;
  return W_ESUCCESS;
}
