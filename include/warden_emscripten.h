/* warden_emscripten.h — running programs built with emscripten (`emcc -pthread`, no JavaScript).
 *
 * A layer on top of warden.h and warden_wasi.h (runtime/emscripten.c). emcc's output imports a small set
 * of "env" functions that emscripten's JavaScript runtime would provide (thread creation, the main
 * thread's set-up, clocks, exit, ...), its memory ("env" "memory", shared with -pthread) and WASI
 * functions. This layer provides them natively: each pthread runs on a host thread with a store of its
 * own and a new instance of the module over the shared memory, started as emscripten's worker.js starts
 * one (_emscripten_thread_init, stack limits, emscripten_tls_init, the start routine through
 * __indirect_function_table, _emscripten_thread_exit). Threads share the WASI world and its limits
 * (wd_wasi_config.max_threads, thread_fuel), and end as wasi-threads programs do: exit() or a trap in any
 * thread, or main returning, ends the program; the other threads are interrupted and joined.
 */
#ifndef WARDEN_EMSCRIPTEN_H
#define WARDEN_EMSCRIPTEN_H

#include "warden_wasi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Whether `module` is an emscripten program: it imports one of the "env" functions this layer knows. */
bool wd_emscripten_detect(const wd_module *module);
/* True when this layer provides every import of `module` (with the expected type); else false, err naming
 * the first one it lacks. */
bool wd_emscripten_check(const wd_module *module, wd_error *err);
/* Runs the program: creates its memory (the import's limits), instantiates it in `store`, runs
 * __wasm_call_ctors and main(argc, argv) with the WASI world's arguments. Returns the exit status (main's
 * result or exit()'s status, & 0xFF), or -1 with err set (link error, trap: "... (in thread N)" when a
 * thread trapped). The module is fully promoted first. */
int wd_emscripten_run(wd_wasi *wasi, wd_store *store, wd_module *module, wd_error *err);

#ifdef __cplusplus
}
#endif
#endif /* WARDEN_EMSCRIPTEN_H */
