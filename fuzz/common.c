/* common.c — helpers shared by the fuzz targets (see common.h): input cursor, engine matrix, fuel,
 * value canonicalisation, hashing and run traces.
 *
 * May touch: the public API (warden.h) and, to set an exact amount of fuel, struct wd_store (runtime.h).
 */
#include "common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

/* ---------------------------------------------------------------- input cursor */

uint8_t fz_u8(fz_in *in) { return in->p < in->end ? *in->p++ : 0; }

uint32_t fz_u32(fz_in *in) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) v |= (uint32_t)fz_u8(in) << (8 * i);
  return v;
}

uint64_t fz_u64(fz_in *in) { return fz_u32(in) | (uint64_t)fz_u32(in) << 32; }

fz_in fz_take(fz_in *in, size_t n) {
  size_t left = fz_in_left(in);
  if (n > left) n = left;
  fz_in sub = {in->p, in->p + n};
  in->p += n;
  return sub;
}

/* ---------------------------------------------------------------- matrix and engines */

static int count(const char *const *names) {
  int n = 0;
  while (names && names[n]) n++;
  return n;
}

int fz_nlayouts(void) { return count(wd_layout_names()); }

static const wd_mode mode_of_index[] = {0, 1, 2, 3, 4, 5, 6, 7};   /* wd_mode_names()[i] names mode i */

int fz_nmodes(void) {
  int n = count(wd_mode_names());
  if (n > (int)(sizeof mode_of_index / sizeof mode_of_index[0])) fz_die("more modes than fuzz/common.c expects");
  return n;
}

const wd_mode *fz_mode_list(void) { return mode_of_index; }

const char *fz_mode_name(wd_mode m) {
  const char *n = wd_mode_name(m);
  return n ? n : "?";
}

void fz_limits(wd_limits *l) {
  memset(l, 0, sizeof *l);
  l->max_memory_pages = 64;              /* 4 MiB per memory */
  l->max_table_elems = 4096;
  l->max_instances = 8;
  l->max_call_depth = 400;
  l->max_stack_bytes = 1u << 20;
  l->max_arena_bytes = 64u << 20;
  l->max_wait_ns = 2000;                 /* a wait on a shared memory no one notifies returns "timed out" soon */
}

wd_engine *fz_engine(const char *layout, wd_mode mode) { return fz_engine_limits(layout, mode, NULL); }

wd_engine *fz_engine_limits(const char *layout, wd_mode mode, const wd_limits *l) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = layout;
  cfg.mode = mode;
  cfg.features = WD_FEATURES_ALL;
  if (l) cfg.limits = *l;
  else fz_limits(&cfg.limits);
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  if (!e) fz_die("wd_engine_new(%s, %s): %s", layout, fz_mode_name(mode), err.message);
  return e;
}

/* ---------------------------------------------------------------- fuel */

/* warden.h can enable fuel and add to it; setting an exact amount needs the store's field. */
void fz_set_fuel(wd_store *s, uint64_t fuel) {
  wd_error err;
  if (!wd_store_fuel_enable(s, true, &err)) fz_die("wd_store_fuel_enable: %s", err.message);
  s->fuel = fuel;
}

uint64_t fz_fuel_left(const wd_store *s) { return wd_store_fuel_remaining(s); }

#pragma weak wd_store_resume
#pragma weak wd_store_fuel_add
#pragma weak wd_store_suspended
#pragma weak wd_store_cancel

bool fz_have_resume(void) {
  return wd_store_resume != NULL && wd_store_fuel_add != NULL && wd_store_suspended != NULL &&
         wd_store_cancel != NULL;
}

bool fz_call_fuel(wd_store *s, wd_func *f, const wd_val *args, size_t nargs, wd_val *res, size_t nres,
                  uint64_t budget, uint64_t chunk, uint64_t *used, wd_error *err) {
  if (!chunk || chunk >= budget || !fz_have_resume()) chunk = budget;
  uint64_t given = chunk;
  fz_set_fuel(s, given);
  bool ok = wd_func_call(s, f, args, nargs, res, nres, err);
  while (!ok && err->code == WD_E_TRAP_OUT_OF_FUEL && given < budget) {
    if (!wd_store_suspended(s)) fz_die("an outermost call ran out of fuel but the store is not suspended");
    uint64_t add = budget - given < chunk ? budget - given : chunk;
    if (!wd_store_fuel_add(s, add, err)) fz_die("wd_store_fuel_add: %s", err->message);
    given += add;
    ok = wd_store_resume(s, res, nres, err);
  }
  uint64_t left = fz_fuel_left(s);
  if (left > given) fz_die("fuel left %llu exceeds the %llu given", (unsigned long long)left, (unsigned long long)given);
  *used = given - left;
  return ok;
}

/* ---------------------------------------------------------------- values */

void fz_canon_val(const wd_val *in, wd_val *out) {
  memset(out, 0, sizeof *out);
  out->kind = in->kind;
  switch (in->kind) {
  case WD_I32: out->of.i32 = in->of.i32; break;
  case WD_I64: out->of.i64 = in->of.i64; break;
  case WD_F32: {
    uint32_t b = in->of.f32_bits;
    out->of.f32_bits = ((b & 0x7F800000u) == 0x7F800000u && (b & 0x007FFFFFu)) ? 0x7FC00000u : b;
    break;
  }
  case WD_F64: {
    uint64_t b = in->of.f64_bits;
    out->of.f64_bits = ((b & 0x7FF0000000000000ull) == 0x7FF0000000000000ull && (b & 0x000FFFFFFFFFFFFFull))
                           ? 0x7FF8000000000000ull : b;
    break;
  }
  case WD_V128: memcpy(out->of.v128, in->of.v128, 16); break;
  case WD_FUNCREF: out->of.func = in->of.func ? (wd_func *)(uintptr_t)1 : NULL; break;
  default: out->of.externref = in->of.externref; break;
  }
}

wd_val fz_arg(fz_in *in, wd_valkind k) {
  wd_val v;
  memset(&v, 0, sizeof v);
  v.kind = (uint8_t)k;
  /* Mostly small or boundary values: they reach more interesting paths than uniform bits. */
  uint8_t sel = fz_u8(in);
  uint64_t bits;
  switch (sel & 3) {
  case 0: bits = sel >> 2; break;                                   /* 0..63 */
  case 1: bits = (uint64_t)-(int64_t)(sel >> 2); break;              /* -63..0 */
  case 2: bits = fz_u32(in); break;
  default: bits = fz_u64(in); break;
  }
  switch (k) {
  case WD_I32: v.of.i32 = (int32_t)(uint32_t)bits; break;
  case WD_I64: v.of.i64 = (int64_t)bits; break;
  case WD_F32: v.of.f32_bits = (uint32_t)bits; break;
  case WD_F64: v.of.f64_bits = bits; break;
  case WD_V128:
    memcpy(v.of.v128, &bits, 8);
    memcpy(v.of.v128 + 8, &bits, 8);
    break;
  default: break;   /* references: null */
  }
  return v;
}

/* Not instrumented: it reads whole memories after every run, and coverage of it means nothing. */
#if defined(__clang__)
__attribute__((no_sanitize("address", "undefined", "coverage")))
#endif
uint64_t fz_hash(uint64_t h, const void *p, size_t n) {
  const uint8_t *b = p;
  const uint64_t k = 0x9E3779B97F4A7C15ull;
  /* Four independent lanes (scalars, so that -O1 keeps them in registers): the multiplications overlap. */
  uint64_t a0 = h ^ n, a1 = h + k, a2 = h - k, a3 = ~h;
  while (n >= 32) {
    uint64_t w0, w1, w2, w3;
    memcpy(&w0, b, 8);
    memcpy(&w1, b + 8, 8);
    memcpy(&w2, b + 16, 8);
    memcpy(&w3, b + 24, 8);
    a0 = (a0 ^ w0) * k;
    a1 = (a1 ^ w1) * k;
    a2 = (a2 ^ w2) * k;
    a3 = (a3 ^ w3) * k;
    a0 ^= a0 >> 31;
    a1 ^= a1 >> 31;
    a2 ^= a2 >> 31;
    a3 ^= a3 >> 31;
    b += 32;
    n -= 32;
  }
  h = a0 ^ (a1 * 3) ^ (a2 * 5) ^ (a3 * 7);
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, b, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
    b += 8;
    n -= 8;
  }
  uint64_t w = 0;
  if (n) memcpy(&w, b, n);
  h = (h ^ w ^ n) * k;
  h ^= h >> 32;
  return h;
}

/* ---------------------------------------------------------------- traces */

void fz_trace_printf(fz_trace *t, const char *fmt, ...) {
  for (;;) {
    size_t room = t->cap - t->len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->buf ? t->buf + t->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n < 0) fz_die("fz_trace_printf: format error");
    if ((size_t)n < room) {
      t->len += (size_t)n;
      return;
    }
    size_t cap = t->cap ? t->cap : 256;
    while (cap - t->len <= (size_t)n) cap *= 2;
    char *nb = realloc(t->buf, cap);
    if (!nb) fz_die("fz_trace_printf: out of memory");
    t->buf = nb;
    t->cap = cap;
  }
}

void fz_trace_val(fz_trace *t, const wd_val *v) {
  wd_val c;
  fz_canon_val(v, &c);
  switch (c.kind) {
  case WD_I32: fz_trace_printf(t, " i32:%u", (unsigned)c.of.i32); break;
  case WD_I64: fz_trace_printf(t, " i64:%llu", (unsigned long long)c.of.i64); break;
  case WD_F32: fz_trace_printf(t, " f32:%08x", (unsigned)c.of.f32_bits); break;
  case WD_F64: fz_trace_printf(t, " f64:%016llx", (unsigned long long)c.of.f64_bits); break;
  case WD_V128: {
    uint64_t lo, hi;
    memcpy(&lo, c.of.v128, 8);
    memcpy(&hi, c.of.v128 + 8, 8);
    fz_trace_printf(t, " v128:%016llx%016llx", (unsigned long long)hi, (unsigned long long)lo);
    break;
  }
  case WD_FUNCREF: fz_trace_printf(t, " funcref:%s", c.of.func ? "obj" : "null"); break;
  case WD_EXTERNREF: fz_trace_printf(t, " externref:%p", c.of.externref); break;
  default: fz_trace_printf(t, " ?kind%02x", (unsigned)c.kind); break;
  }
}

void fz_trace_free(fz_trace *t) {
  free(t->buf);
  memset(t, 0, sizeof *t);
}

static size_t line_start(const char *s, size_t at) {
  while (at > 0 && s[at - 1] != '\n') at--;
  return at;
}

void fz_trace_mismatch(const char *what_a, const fz_trace *a, const char *what_b, const fz_trace *b) {
  size_t i = 0, n = a->len < b->len ? a->len : b->len;
  while (i < n && a->buf[i] == b->buf[i]) i++;
  size_t from = line_start(a->buf ? a->buf : "", i);
  fprintf(stderr, "warden fuzz: runs disagree at byte %zu of their traces\n", i);
  fprintf(stderr, "---- %s:\n%.*s\n", what_a, (int)(a->len - from > 2000 ? 2000 : a->len - from),
          a->buf ? a->buf + from : "");
  fprintf(stderr, "---- %s:\n%.*s\n", what_b, (int)(b->len - from > 2000 ? 2000 : b->len - from),
          b->buf ? b->buf + from : "");
  abort();
}

void fz_dump_module(const uint8_t *wasm, size_t len) {
  const char *path = getenv("WD_FUZZ_DUMP");
  if (!path || !*path) return;
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(wasm, 1, len, f) != len || fclose(f) != 0) fz_die("cannot write %s", path);
}

void fz_die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("warden fuzz: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  abort();
}

bool fz_code_ok_at_run_time(wd_errcode code) {
  if (code == WD_E_TRAP_INVALID_FUNCTION) return false;
  wd_errclass c = wd_errcode_class(code);
  return c == WD_CLASS_TRAP || c == WD_CLASS_LIMIT || code == WD_E_OUT_OF_MEMORY;
}
