/* wasi_fs.c — WASI preview 1's filesystem calls: fd_* (read/write through iovecs, seek, stat, flags,
 * rights, readdir, prestat) and path_* (open, stat, times, directories, unlink, rename, symlinks, links),
 * every one on the world's fd table and resolving paths beneath preopens through wasi_world.c. Every guest
 * pointer and length is checked against the caller's linear memory; no guest-supplied count sizes a host
 * allocation. Their wrappers (wd_wasi_fs_*, wasi_fs.h) are rows of wasi.c's import table.
 * May use: the public API, wasi_world.h, wasi_fs.h, libc and Linux system calls.
 */
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64

#include "wasi_world.h"
#include "wasi_fs.h"

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
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(fd_read) { return rw_common(w, g, a, false, false); }
WASI_FS_FN(fd_write) { return rw_common(w, g, a, true, false); }
WASI_FS_FN(fd_pread) { return rw_common(w, g, a, false, true); }
WASI_FS_FN(fd_pwrite) { return rw_common(w, g, a, true, true); }

WASI_FS_FN(fd_seek) {
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(fd_tell) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!gm_ok(g, A32(1), 8)) return W_EFAULT;
  if (!(e->base & (R_FD_SEEK | R_FD_TELL))) return e->type == FT_DIR ? W_EBADF : W_ESPIPE;
  off_t r = lseek(e->host, 0, SEEK_CUR);
  if (r < 0) return HOSTERR();
  return put64(g, A32(1), (uint64_t)r);
}

WASI_FS_FN(fd_close) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  wasi_slot_release(w, e);
  return W_ESUCCESS;
}

WASI_FS_FN(fd_renumber) {
  uint32_t from = A32(0), to = A32(1);
  wfd *ef = wasi_fd_get(w, from), *et = wasi_fd_get(w, to);
  if (!ef || !et) return W_EBADF;
  if (from == to) return W_ESUCCESS;
  wasi_slot_release(w, et);
  w->fds[to] = w->fds[from];
  memset(&w->fds[from], 0, sizeof w->fds[from]);
  w->fds[from].host = -1;
  return W_ESUCCESS;
}

WASI_FS_FN(fd_sync) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  return fsync(e->host) == 0 ? W_ESUCCESS : HOSTERR();
}

WASI_FS_FN(fd_datasync) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  return fdatasync(e->host) == 0 ? W_ESUCCESS : HOSTERR();
}

WASI_FS_FN(fd_advise) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  static const int advice[] = { POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL, POSIX_FADV_RANDOM,
                                POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE };
  uint32_t adv = A32(3);
  if (adv >= sizeof advice / sizeof advice[0]) return W_EINVAL;
  if (A64(1) > (uint64_t)INT64_MAX || A64(2) > (uint64_t)INT64_MAX) return W_EINVAL;
  int r = posix_fadvise(e->host, (off_t)A64(1), (off_t)A64(2), advice[adv]);
  return r == 0 ? W_ESUCCESS : wd_wasi_errno_from_host(r);
}

WASI_FS_FN(fd_allocate) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!(e->base & R_FD_ALLOCATE)) return W_EBADF;
  if (A64(1) > (uint64_t)INT64_MAX || A64(2) > (uint64_t)INT64_MAX - A64(1)) return W_EFBIG;
  int r = posix_fallocate(e->host, (off_t)A64(1), (off_t)A64(2));
  return r == 0 ? W_ESUCCESS : wd_wasi_errno_from_host(r);
}

/* ---- fd status */

WASI_FS_FN(fd_fdstat_get) {
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(fd_fdstat_set_flags) {
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(fd_fdstat_set_rights) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  uint64_t base = A64(1), inh = A64(2);
  if ((base & ~e->base) || (inh & ~e->inherit)) return W_ENOTCAPABLE;   /* rights only shrink */
  e->base = base;
  e->inherit = inh;
  return W_ESUCCESS;
}

WASI_FS_FN(fd_filestat_get) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!gm_ok(g, A32(1), 64)) return W_EFAULT;
  struct stat st;
  if (fstat(e->host, &st) != 0) return HOSTERR();
  wasi_put_filestat(g->base + A32(1), &st);
  return W_ESUCCESS;
}

WASI_FS_FN(fd_filestat_set_size) {
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(fd_filestat_set_times) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e) return W_EBADF;
  if (!(e->base & R_FD_FILESTAT_SET_TIMES)) return W_ENOTCAPABLE;
  struct timespec ts[2];
  uint16_t err = make_times(A64(1), A64(2), A32(3), ts);
  if (err) return err;
  return futimens(e->host, ts) == 0 ? W_ESUCCESS : HOSTERR();
}

/* ---- preopens */

WASI_FS_FN(fd_prestat_get) {
  wfd *e = wasi_fd_get(w, A32(0));
  if (!e || !(e->flags & FD_PREOPEN)) return W_EBADF;
  if (!gm_ok(g, A32(1), 8)) return W_EFAULT;
  uint8_t *d = g->base + A32(1);
  memset(d, 0, 8);
  st32(d + 4, (uint32_t)e->name_len);
  return W_ESUCCESS;
}

WASI_FS_FN(fd_prestat_dir_name) {
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(fd_readdir) {
  wfd *e = wasi_fd_get(w, A32(0));
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

WASI_FS_FN(path_open) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_OPEN, &d);
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
  int64_t slot = wasi_fd_alloc(w);            /* may move the table: d is not used after this */
  if (slot < 0) return (uint16_t)-slot;
  int fd = wasi_open_beneath(w, dirhost, path, flags, (lookup & LOOKUP_FOLLOW) != 0);
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
  e->type = wasi_filetype_of(st.st_mode);
  e->base = want & wasi_rights_of(fd, e->type);
  e->inherit = want_inh;
  st32(g->base + outp, (uint32_t)slot);
  return W_ESUCCESS;
}

WASI_FS_FN(path_filestat_get) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_FILESTAT_GET, &d);
  if (err) return err;
  char path[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), path))) return err;
  if (!gm_ok(g, A32(4), 64)) return W_EFAULT;
  int fd = wasi_open_beneath(w, d->host, path, O_PATH, (A32(1) & LOOKUP_FOLLOW) != 0);
  if (fd < 0) return (uint16_t)-fd;
  struct stat st;
  int r = fstat(fd, &st);
  if (r != 0) err = HOSTERR();
  close(fd);
  if (r != 0) return err;
  wasi_put_filestat(g->base + A32(4), &st);
  return W_ESUCCESS;
}

WASI_FS_FN(path_filestat_set_times) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_FILESTAT_SET_TIMES, &d);
  if (err) return err;
  char path[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), path))) return err;
  struct timespec ts[2];
  if ((err = make_times(A64(4), A64(5), A32(6), ts))) return err;
  if (A32(1) & LOOKUP_FOLLOW) {            /* resolve beneath, then touch what was found */
    int fd = wasi_open_beneath(w, d->host, path, O_PATH, true);
    if (fd < 0) return (uint16_t)-fd;
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    int r = utimensat(AT_FDCWD, proc, ts, 0);
    if (r != 0) err = HOSTERR();
    close(fd);
    return r == 0 ? W_ESUCCESS : err;
  }
  wparent pp;
  if ((err = wasi_parent_open(w, d, path, &pp))) return err;
  int r = utimensat(pp.fd, pp.base, ts, AT_SYMLINK_NOFOLLOW);
  if (r != 0) err = HOSTERR();
  wasi_parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FS_FN(path_create_directory) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_CREATE_DIRECTORY, &d);
  if (err) return err;
  char path[PATH_BUF];
  wparent pp;
  if ((err = get_path(g, A32(1), A32(2), path)) || (err = wasi_parent_open(w, d, path, &pp))) return err;
  int r = mkdirat(pp.fd, pp.base, 0777);
  if (r != 0) err = HOSTERR();
  wasi_parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FS_FN(path_remove_directory) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_REMOVE_DIRECTORY, &d);
  if (err) return err;
  char path[PATH_BUF];
  wparent pp;
  if ((err = get_path(g, A32(1), A32(2), path)) || (err = wasi_parent_open(w, d, path, &pp))) return err;
  int r = unlinkat(pp.fd, pp.base, AT_REMOVEDIR);
  if (r != 0) err = HOSTERR();
  wasi_parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FS_FN(path_unlink_file) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_UNLINK_FILE, &d);
  if (err) return err;
  char path[PATH_BUF];
  wparent pp;
  if ((err = get_path(g, A32(1), A32(2), path)) || (err = wasi_parent_open(w, d, path, &pp))) return err;
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
  wasi_parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FS_FN(path_rename) {
  wfd *d1, *d2;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_RENAME_SOURCE, &d1);
  if (err) return err;
  if ((err = wasi_dir_fd(w, A32(3), R_PATH_RENAME_TARGET, &d2))) return err;
  char p1[PATH_BUF], p2[PATH_BUF];
  if ((err = get_path(g, A32(1), A32(2), p1)) || (err = get_path(g, A32(4), A32(5), p2))) return err;
  wparent a1, a2;
  if ((err = wasi_parent_open(w, d1, p1, &a1))) return err;
  if ((err = wasi_parent_open(w, d2, p2, &a2))) {
    wasi_parent_done(&a1);
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
  wasi_parent_done(&a1);
  wasi_parent_done(&a2);
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

WASI_FS_FN(path_symlink) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(2), R_PATH_SYMLINK, &d);
  if (err) return err;
  char target[PATH_BUF], path[PATH_BUF];
  if ((err = get_path(g, A32(0), A32(1), target)) || (err = get_path(g, A32(3), A32(4), path))) return err;
  wparent pp;
  if ((err = wasi_parent_open(w, d, path, &pp))) return err;
  int r = -1;
  if (pp.trailing) err = W_ENOENT;
  else if ((err = symlink_target_ok(d->host, pp.fd, target))) {}
  else if ((r = symlinkat(target, pp.fd, pp.base)) != 0) err = HOSTERR();
  wasi_parent_done(&pp);
  return r == 0 ? W_ESUCCESS : err;
}

WASI_FS_FN(path_readlink) {
  wfd *d;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_READLINK, &d);
  if (err) return err;
  char path[PATH_BUF];
  if ((err = get_path(g, A32(1), A32(2), path))) return err;
  uint32_t buf = A32(3), len = A32(4);
  if (!gm_ok(g, buf, len) || !gm_ok(g, A32(5), 4)) return W_EFAULT;
  wparent pp;
  if ((err = wasi_parent_open(w, d, path, &pp))) return err;
  char tmp[PATH_BUF];
  ssize_t n = readlinkat(pp.fd, pp.base, tmp, sizeof tmp);
  if (n < 0) err = HOSTERR();
  wasi_parent_done(&pp);
  if (n < 0) return err;
  uint32_t c = (uint64_t)n < len ? (uint32_t)n : len;
  memcpy(g->base + buf, tmp, c);
  return put32(g, A32(5), c);
}

WASI_FS_FN(path_link) {
  wfd *d1, *d2;
  uint16_t err = wasi_dir_fd(w, A32(0), R_PATH_LINK_SOURCE, &d1);
  if (err) return err;
  if ((err = wasi_dir_fd(w, A32(4), R_PATH_LINK_TARGET, &d2))) return err;
  char p1[PATH_BUF], p2[PATH_BUF];
  if ((err = get_path(g, A32(2), A32(3), p1)) || (err = get_path(g, A32(5), A32(6), p2))) return err;
  wparent a2;
  if ((err = wasi_parent_open(w, d2, p2, &a2))) return err;
  int r = -1;
  if (a2.trailing) {
    err = W_ENOENT;
  } else if (A32(1) & LOOKUP_FOLLOW) {    /* resolve the source beneath, then link what was found */
    int fd = wasi_open_beneath(w, d1->host, p1, O_PATH, true);
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
    if ((err = wasi_parent_open(w, d1, p1, &a1)) == 0) {
      if (a1.trailing) err = W_ENOTDIR;
      else if ((r = linkat(a1.fd, a1.base, a2.fd, a2.base, 0)) != 0) err = HOSTERR();
      wasi_parent_done(&a1);
    }
  }
  wasi_parent_done(&a2);
  return r == 0 ? W_ESUCCESS : err;
}
