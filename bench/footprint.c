/* bench/footprint.c — wd-footprint: how many bytes an engine, an empty store and a trivial instance cost.
 *
 * Built into out/release/wd-footprint by configure.py; run by bench/startup.py. It uses only the public
 * API (include/warden.h): an allocator that counts live bytes wraps the default one, and each step
 * reports the allocator bytes it added and the growth of the process's resident memory (/proc/self/statm;
 * memory that warden maps itself rather than allocates shows there). Output: one "name bytes rss_bytes"
 * line per step, for every layout, so scripts can read it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "warden.h"

typedef struct counter { const wd_allocator *base; long long live; } counter;

static void *c_malloc(void *u, size_t n) {
  counter *c = u;
  void *p = c->base->malloc(c->base->user, n);
  if (p) c->live += (long long)n;
  return p;
}
static void *c_realloc(void *u, void *p, size_t old, size_t n) {
  counter *c = u;
  void *q = c->base->realloc(c->base->user, p, old, n);
  if (q) c->live += (long long)n - (long long)old;
  return q;
}
static void c_free(void *u, void *p, size_t n) {
  counter *c = u;
  if (p) c->live -= (long long)n;
  c->base->free(c->base->user, p, n);
}

static long long rss_bytes(void) {
  long long size = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f) return -1;
  if (fscanf(f, "%lld %lld", &size, &resident) != 2) resident = -1;
  fclose(f);
  return resident < 0 ? -1 : resident * sysconf(_SC_PAGESIZE);
}

/* (module (func (export "f") (result i32) i32.const 42)), and the same with (memory 1). */
static const uint8_t trivial[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
  0x03, 0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,
  0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b };
static const uint8_t with_memory[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
  0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,
  0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b };

static counter cnt;
static long long last_live, last_rss;

static void step(const char *layout, const char *what) {
  long long r = rss_bytes();
  printf("%s %s %lld %lld\n", layout, what, cnt.live - last_live, r - last_rss);
  last_live = cnt.live;
  last_rss = r;
}

static int run(const char *layout) {
  wd_error err = {0};
  wd_allocator a = { c_malloc, c_realloc, c_free, &cnt };
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = layout;
  cfg.allocator = &a;
  last_live = cnt.live;
  last_rss = rss_bytes();
  wd_engine *e = wd_engine_new(&cfg, &err);
  if (!e) { fprintf(stderr, "wd-footprint: engine: %s\n", err.message); return 1; }
  step(layout, "engine");
  wd_store *s = wd_store_new(e, &err);
  if (!s) { fprintf(stderr, "wd-footprint: store: %s\n", err.message); return 1; }
  step(layout, "empty_store");
  wd_module *m = wd_module_new(e, trivial, sizeof trivial, &err);
  if (!m) { fprintf(stderr, "wd-footprint: module: %s\n", err.message); return 1; }
  step(layout, "trivial_module");
  wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
  if (!inst) { fprintf(stderr, "wd-footprint: instantiate: %s\n", err.message); return 1; }
  step(layout, "trivial_instance");
  wd_extern ex;
  wd_val res[1];
  if (!wd_instance_export(inst, "f", 1, &ex) || !wd_func_call(s, ex.of.func, NULL, 0, res, 1, &err) ||
      res[0].of.i32 != 42) {
    fprintf(stderr, "wd-footprint: call: %s\n", err.message);
    return 1;
  }
  step(layout, "first_call");
  wd_module *mm = wd_module_new(e, with_memory, sizeof with_memory, &err);
  if (!mm) { fprintf(stderr, "wd-footprint: module: %s\n", err.message); return 1; }
  step(layout, "memory_module");
  if (!wd_instantiate(s, mm, NULL, 0, &err)) {
    fprintf(stderr, "wd-footprint: instantiate: %s\n", err.message);
    return 1;
  }
  step(layout, "instance_1page");
  wd_store_free(s);
  wd_module_free(m);
  wd_module_free(mm);
  wd_engine_free(e);
  step(layout, "all_freed");
  if (cnt.live != 0) { fprintf(stderr, "wd-footprint: %lld bytes still allocated\n", cnt.live); return 1; }
  return 0;
}

int main(int argc, char **argv) {
  cnt.base = wd_default_allocator();
  const char *const *names = wd_layout_names();
  int rc = 0;
  if (argc > 1) {
    for (int i = 1; i < argc; i++) rc |= run(argv[i]);
  } else {
    for (size_t i = 0; names[i]; i++) rc |= run(names[i]);
  }
  return rc;
}
