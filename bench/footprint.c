/* footprint.c — bytes a store and a trivial instance cost (issue 9, item 6). Measurement only.
 *
 *   clang -O2 -Iinclude bench/footprint.c out/release/libwarden.a -lmimalloc -lm -o out/footprint
 *   out/footprint
 *
 * Counts, through a counting wd_allocator, the bytes live after: an empty store; instantiating a
 * one-function module with no memory, no table and no imports; its first call (which translates the
 * function and sets up the value stack); and the same for a module with one 1-page memory (whose
 * pages are the memory's own bytes, reported apart). Uses only the public API (warden.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include "warden.h"

static size_t live, peak;

static void *c_malloc(void *u, size_t n) {
  (void)u;
  void *p = malloc(n);
  if (p) { live += n; if (live > peak) peak = live; }
  return p;
}
static void *c_realloc(void *u, void *p, size_t old, size_t n) {
  (void)u;
  void *q = realloc(p, n);
  if (q) { live = live - old + n; if (live > peak) peak = live; }
  return q;
}
static void c_free(void *u, void *p, size_t n) {
  (void)u;
  if (p) live -= n;
  free(p);
}

/* (module (func (export "f") (result i32) i32.const 7)) */
static const uint8_t trivial[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
  0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x41,
  0x07, 0x0b };
/* the same plus (memory 1) */
static const uint8_t with_memory[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
  0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00, 0x0a,
  0x06, 0x01, 0x04, 0x00, 0x41, 0x07, 0x0b };

static int measure(const char *what, wd_engine *e, const uint8_t *bytes, size_t len) {
  wd_error err;
  wd_module *m = wd_module_new(e, bytes, len, &err);
  if (!m) { fprintf(stderr, "%s: %s\n", what, err.message); return 1; }
  size_t base = live;
  wd_store *s = wd_store_new(e, &err);
  if (!s) { fprintf(stderr, "store: %s\n", err.message); return 1; }
  size_t store = live - base;
  wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
  if (!inst) { fprintf(stderr, "%s: %s\n", what, err.message); return 1; }
  size_t instantiated = live - base;
  wd_extern f;
  wd_val res[1];
  if (!wd_instance_export(inst, "f", 1, &f) || !wd_func_call(s, f.of.func, NULL, 0, res, 1, &err)) {
    fprintf(stderr, "%s: call failed\n", what);
    return 1;
  }
  size_t called = live - base;
  printf("%-28s empty store %6zu B   + instance %6zu B   after first call %6zu B\n", what, store,
         instantiated, called);
  wd_store_free(s);
  wd_module_free(m);
  return 0;
}

int main(void) {
  static const wd_allocator counting = { c_malloc, c_realloc, c_free, NULL };
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.allocator = &counting;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  if (!e) { fprintf(stderr, "engine: %s\n", err.message); return 1; }
  int rc = measure("trivial module", e, trivial, sizeof trivial);
  rc |= measure("trivial module + 1 page", e, with_memory, sizeof with_memory);
  wd_engine_free(e);
  return rc;
}
