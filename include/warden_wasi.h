/* warden_wasi.h — WASI preview 1 ("wasi_snapshot_preview1") for warden: the public C API.
 *
 * A layer on top of warden.h (runtime/wasi.c uses nothing else of warden's). One wd_wasi object is the
 * world of one guest instance: its arguments, environment, standard streams and a capability-based file
 * descriptor table. The guest reaches the host file system only through the directories the embedder
 * preopens; every path is resolved strictly beneath such a directory (no `..` escapes, no absolute
 * paths, no symlinks that lead outside).
 *
 * Typical use (what `warden run FILE.wasm ARGS...` does):
 *
 *     wd_wasi_config wc;
 *     wd_wasi_config_init(&wc);
 *     wc.argv = argv; wc.argc = argc;                  // argv[0] is the program name the guest sees
 *     wd_wasi *wasi = wd_wasi_new(&wc, &err);
 *     int status = wd_wasi_run(wasi, store, module, &err);   // link, instantiate, call _start
 *     if (status < 0) report(err.message);             // link error, trap, no _start ...
 *     wd_wasi_free(wasi);
 *     exit(status < 0 ? 1 : status);
 *
 * Or by hand: wd_wasi_link fills the WASI entries of an import array (other imports are left to the
 * caller), wd_instantiate, call "_start" with wd_func_call, and when it fails with WD_E_TRAP_EXIT ask
 * wd_wasi_exit_code for the guest's status.
 */
#ifndef WARDEN_WASI_H
#define WARDEN_WASI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "warden.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The import module name this layer provides. */
#define WD_WASI_MODULE "wasi_snapshot_preview1"

typedef struct wd_wasi wd_wasi;

/* A host directory made visible to the guest. Preopens get guest fds 3, 4, ... in order. */
typedef struct wd_wasi_preopen {
  const char *host_path;         /* directory on the host */
  const char *guest_path;        /* the name the guest sees, e.g. "/sandbox" or "."; NULL = host_path */
  bool readonly;                 /* no creating, writing, renaming or removing beneath it */
} wd_wasi_preopen;

typedef struct wd_wasi_config {
  const char *const *argv;       /* argc strings; argv[0] is the program name */
  size_t argc;
  const char *const *env;        /* envc "NAME=value" strings */
  size_t envc;
  const wd_wasi_preopen *preopens;
  size_t npreopens;
  /* Host fds behind guest fds 0, 1, 2 (default 0, 1, 2); -1 leaves that guest fd closed. They are
   * borrowed: the guest closing them never closes the host's fd. */
  int stdin_fd, stdout_fd, stderr_fd;
  uint32_t max_fds;              /* guest fd table size (0 = default 1024) */
  const wd_allocator *allocator; /* NULL = wd_default_allocator() */
  /* Testing aid: resolve paths with the component-by-component O_NOFOLLOW walk even when the kernel has
   * openat2(2). Both resolvers enforce the same rules. */
  bool force_path_walk;
  /* The most time poll_oneoff (the guest's sleeps and waits) may block the host in all, in
   * nanoseconds; a wait that reaches it traps ("host function trapped: poll_oneoff: the sleep limit is
   * used up"). 0 = no limit. */
  uint64_t max_sleep_ns;
  /* Guest threads (wasi-threads' thread-spawn, emscripten pthreads): how many may run at once besides
   * the main one (0 = WD_WASI_DEFAULT_MAX_THREADS); a spawn past it fails (thread-spawn returns a
   * negative value, pthread_create EAGAIN). Each thread runs in a store of its own on a host thread. */
  uint32_t max_threads;
  /* Fuel for each spawned thread's store (0: fuel off for them); the main thread's store has what the
   * embedder gave it. A thread that runs out traps, which ends the program. */
  uint64_t thread_fuel;
} wd_wasi_config;

#define WD_WASI_DEFAULT_MAX_THREADS 32u

void wd_wasi_config_init(wd_wasi_config *cfg);   /* no args, no env, no preopens, stdio 0/1/2 */

/* Creates the WASI world: copies argv/env, opens every preopen directory (failure: WD_E_IO naming it). */
wd_wasi *wd_wasi_new(const wd_wasi_config *cfg, wd_error *err);
/* Closes every fd the guest still has open (never the borrowed stdio fds) and frees the object. */
void wd_wasi_free(wd_wasi *wasi);

/* For each import of `module` from WD_WASI_MODULE, creates a host function in `store` and stores it in
 * imports[i] (imports has wd_module_import_count(module) entries). Imports from other modules are left
 * untouched for the caller. An unknown WASI name, or a WASI import that is not a function, fails with
 * WD_E_UNKNOWN_IMPORT naming it. A type mismatch is reported by wd_instantiate (incompatible import).
 * One wd_wasi serves one instance: its fd table is that instance's. */
bool wd_wasi_link(wd_wasi *wasi, wd_store *store, const wd_module *module, wd_extern *imports,
                  wd_error *err);

/* After the guest called proc_exit (its call then fails with WD_E_TRAP_EXIT "program exited"): true and
 * *code = the guest's exit status. False while the guest has not exited. */
bool wd_wasi_exited(const wd_wasi *wasi, uint32_t *code);
/* The status the process running the guest should exit with: proc_exit's code & 0xFF (what a native
 * exit(2) would give: exit(-1) -> 255), or -1 when the guest has not called proc_exit. */
int wd_wasi_exit_code(const wd_wasi *wasi);

/* Runs a WASI command: links, instantiates `module` in `store` (every import must be a WASI one),
 * calls its "_start" export. Returns the exit status (0 when _start returns, proc_exit's code
 * otherwise, as wd_wasi_exit_code), or -1 with err set (link error, trap, missing _start).
 * wasi-threads: a module that imports "wasi" "thread-spawn" (and its shared memory, from any module
 * name, e.g. "env" "memory", which this creates) runs as a threaded program (runtime/wasi_threads.c):
 * thread-spawn(arg) starts a host thread with a store of its own (fuel: thread_fuel) and a new instance
 * of `module` over the same memory and the same WASI world, calls its export wasi_thread_start(tid, arg),
 * and returns tid (1, 2, ...: unique), or -1 past max_threads, -2 when the host cannot start a thread.
 * The module is fully promoted first (wd_module_promote_all). The program ends when _start returns, any
 * thread calls proc_exit, or any thread traps (out of fuel included): every other thread is then
 * interrupted (wd_store_interrupt: its wait wakes, its code stops within a fuel slice) and joined before
 * this returns; a trap's error names the thread ("... in thread 3"). */
int wd_wasi_run(wd_wasi *wasi, wd_store *store, wd_module *module, wd_error *err);

/* For tools and tests: resolves `path` beneath guest directory fd `dirfd` exactly as path_open does
 * (following a final symlink when `follow`), and opens it with the host open(2) flags `host_flags`
 * (O_CLOEXEC is added). Returns a new host fd the caller closes, or -(WASI errno), e.g. -76 when the
 * path escapes, -8 when dirfd is not open. */
int wd_wasi_open_beneath(wd_wasi *wasi, uint32_t dirfd, const char *path, bool follow, int host_flags);

/* WASI errno for a host errno value (the one mapping table; unknown values give EIO, 29). */
uint16_t wd_wasi_errno_from_host(int host_errno);

#ifdef __cplusplus
}
#endif
#endif /* WARDEN_WASI_H */
