/* wasi_parts.h — what wasi.c offers the threaded layers above it (wasi_threads.c, emscripten.c): the
 * WASI world's allocator, limits and arguments, the group its proc_exit ends, and a single-threaded run.
 * Not public.
 */
#ifndef WD_WASI_PARTS_H
#define WD_WASI_PARTS_H

#include "../include/warden_wasi.h"
#include "tgroup.h"

/* wasi.c: the WASI world's parts the threads need. */
const wd_allocator *wd_wasi_allocator(const wd_wasi *w);
uint32_t wd_wasi_max_threads(const wd_wasi *w);
uint64_t wd_wasi_thread_fuel(const wd_wasi *w);
void wd_wasi_set_group(wd_wasi *w, wd_tgroup *g);   /* proc_exit ends g */
/* The guest's arguments: *argc NUL-terminated strings back to back (*bytes in all). */
const char *wd_wasi_args(const wd_wasi *w, size_t *argc, size_t *bytes);

/* A run starts: no exit status yet (proc_exit sets the first). */
void wd_wasi_begin(wd_wasi *w);
/* Runs a command on the calling thread only (wd_wasi_run, in wasi_threads.c, picks this or a group). */
int wd_wasi_run_single(wd_wasi *w, wd_store *store, wd_module *module, wd_error *err);

#endif /* WD_WASI_PARTS_H */
