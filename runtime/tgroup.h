/* tgroup.h — guest threads for the host layers (wasi.c, wasi_threads.c, emscripten.c); not public.
 *
 * A thread group is one running program's threads: the main one (the embedder's) and those it spawns,
 * each on a host thread (pthreads) with a store of its own. The group counts them against a limit, hands
 * out thread ids, and ends the program once: the first end (proc_exit, a trap, main returning) records
 * the status and interrupts every store attached to the group (wd_store_interrupt), so running code
 * stops within a fuel slice and waits wake. wd_tgroup_join waits for every thread (no polling).
 * Built on the public API only (warden.h).
 */
#ifndef WD_TGROUP_H
#define WD_TGROUP_H

#include "../include/warden.h"

typedef struct wd_tgroup wd_tgroup;
typedef void (*wd_tgroup_fn)(wd_tgroup *g, int32_t tid, void *arg);

wd_tgroup *wd_tgroup_new(const wd_allocator *al, uint32_t max_threads, wd_error *err);
/* Joins what is left (wd_tgroup_join) and frees the group. */
void wd_tgroup_free(wd_tgroup *g);
/* Runs fn(g, tid, arg) on a new host thread: returns its tid (> 0, unique in the group, at most
 * 0x1FFFFFFF), -1 when max_threads threads run already or the program is ending, -2 when the host
 * cannot start a thread. On failure fn never runs (the caller still owns arg). */
int32_t wd_tgroup_spawn(wd_tgroup *g, wd_tgroup_fn fn, void *arg);
/* A thread names the store it runs in, so that an end interrupts it; false (store not attached) when the
 * program is ending already. Detach before freeing the store. */
bool wd_tgroup_attach(wd_tgroup *g, wd_store *s);
void wd_tgroup_detach(wd_tgroup *g, wd_store *s);
/* Ends the program (the first call wins): status is an exit status (0..255), or -1 with err the trap
 * that ended it. Interrupts every attached store. */
void wd_tgroup_end(wd_tgroup *g, int status, const wd_error *err);
/* Whether the program has ended; its status, and (status -1) the error into *err. */
bool wd_tgroup_ended(wd_tgroup *g, int *status, wd_error *err);
/* Blocks until the program has ended or no spawned thread runs any more. */
void wd_tgroup_wait_end(wd_tgroup *g);
/* Waits until every spawned thread has finished (call after wd_tgroup_end). */
void wd_tgroup_join(wd_tgroup *g);

/* Fills a thread's own store as the embedder's main store was: fuel (thread_fuel of the WASI config,
 * 0: off). */
bool wd_tgroup_store_fuel(wd_store *s, uint64_t fuel, wd_error *err);
/* Reports how a thread's call ended: nothing when it returned or was interrupted (the program is ending
 * anyway) or exited (proc_exit ended it); otherwise ends the program with the trap, naming the thread. */
void wd_tgroup_call_ended(wd_tgroup *g, int32_t tid, bool ok, const wd_error *err);

/* Creates a shared memory in store for import i of m (its declared limits; it must be shared). */
wd_memory *wd_tgroup_shared_memory(wd_store *store, const wd_module *m, uint32_t i, wd_error *err);

#endif /* WD_TGROUP_H */
