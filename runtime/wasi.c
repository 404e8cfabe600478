/* wasi.c — WASI preview 1 ("wasi_snapshot_preview1") for warden: arguments, environment, clocks,
 * random, proc_exit, poll_oneoff and the import table that links them (include/warden_wasi.h); the
 * world, its fd table and path resolution are wasi_world.c, the fd and path calls wasi_fs.c.
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
/* May use: the public API, wasi_world.h, wasi_fs.h, wasi_parts.h, libc and Linux system calls. */

#include "wasi_world.h"
#include "wasi_fs.h"
#include "wasi_parts.h"

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
      wfd *e = wasi_fd_get(w, ld32(s + 16));
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
      wfd *e = wasi_fd_get(w, ld32(s + 16));
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
  { "fd_advise", "ILLI", "I", wd_wasi_fs_fd_advise },
  { "fd_allocate", "ILL", "I", wd_wasi_fs_fd_allocate },
  { "fd_close", "I", "I", wd_wasi_fs_fd_close },
  { "fd_datasync", "I", "I", wd_wasi_fs_fd_datasync },
  { "fd_fdstat_get", "II", "I", wd_wasi_fs_fd_fdstat_get },
  { "fd_fdstat_set_flags", "II", "I", wd_wasi_fs_fd_fdstat_set_flags },
  { "fd_fdstat_set_rights", "ILL", "I", wd_wasi_fs_fd_fdstat_set_rights },
  { "fd_filestat_get", "II", "I", wd_wasi_fs_fd_filestat_get },
  { "fd_filestat_set_size", "IL", "I", wd_wasi_fs_fd_filestat_set_size },
  { "fd_filestat_set_times", "ILLI", "I", wd_wasi_fs_fd_filestat_set_times },
  { "fd_pread", "IIILI", "I", wd_wasi_fs_fd_pread },
  { "fd_prestat_get", "II", "I", wd_wasi_fs_fd_prestat_get },
  { "fd_prestat_dir_name", "III", "I", wd_wasi_fs_fd_prestat_dir_name },
  { "fd_pwrite", "IIILI", "I", wd_wasi_fs_fd_pwrite },
  { "fd_read", "IIII", "I", wd_wasi_fs_fd_read },
  { "fd_readdir", "IIILI", "I", wd_wasi_fs_fd_readdir },
  { "fd_renumber", "II", "I", wd_wasi_fs_fd_renumber },
  { "fd_seek", "ILII", "I", wd_wasi_fs_fd_seek },
  { "fd_sync", "I", "I", wd_wasi_fs_fd_sync },
  { "fd_tell", "II", "I", wd_wasi_fs_fd_tell },
  { "fd_write", "IIII", "I", wd_wasi_fs_fd_write },
  { "path_create_directory", "III", "I", wd_wasi_fs_path_create_directory },
  { "path_filestat_get", "IIIII", "I", wd_wasi_fs_path_filestat_get },
  { "path_filestat_set_times", "IIIILLI", "I", wd_wasi_fs_path_filestat_set_times },
  { "path_link", "IIIIIII", "I", wd_wasi_fs_path_link },
  { "path_open", "IIIIILLII", "I", wd_wasi_fs_path_open },
  { "path_readlink", "IIIIII", "I", wd_wasi_fs_path_readlink },
  { "path_remove_directory", "III", "I", wd_wasi_fs_path_remove_directory },
  { "path_rename", "IIIIII", "I", wd_wasi_fs_path_rename },
  { "path_symlink", "IIIII", "I", wd_wasi_fs_path_symlink },
  { "path_unlink_file", "III", "I", wd_wasi_fs_path_unlink_file },
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

