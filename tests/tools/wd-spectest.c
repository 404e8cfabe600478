/* wd-spectest.c — runs the WebAssembly spec testsuite against warden: .wast scripts read directly (every
 * command form, including module definition/instance, assert_*_custom and thread/wait, which count as not
 * supported), or wast2json's .json output.
 *
 *   wd-spectest [--layout L|all] [--mode M|all] [-v]     (layouts, modes: warden.h's lists)
 *               [--enable-FEATURE...] FILE.wast|FILE.json...
 *
 * For every file and every chosen layout x mode it makes a fresh engine and store, provides the
 * "spectest" host module, and runs the file's commands (module, register, action, assert_*). It prints
 * one line per file and ends with exactly "N passed, N failed, N skipped"; each command counts once per
 * layout x mode. With -v, every failure is printed as one line starting with "FAIL ".
 * Uses only the public API (include/warden.h) and cJSON; touches nothing but the files it is given.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "warden.h"
#include "../../runtime/wat_lex.h"     /* the text format's lexer and literal readers */
#include "spec_features.h"

/* ---------------------------------------------------------------- small helpers */

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) { fprintf(stderr, "wd-spectest: out of memory\n"); exit(2); }
  return p;
}
static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) { fprintf(stderr, "wd-spectest: out of memory\n"); exit(2); }
  return p;
}
static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

/* Reads a whole file; NULL (errno set) on failure. */
static uint8_t *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = xmalloc(cap);
  for (;;) {
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (n < cap) break;
    cap *= 2;
    buf = xrealloc(buf, cap);
  }
  bool bad = ferror(f);
  fclose(f);
  if (bad) { free(buf); errno = EIO; return NULL; }
  *len = n;
  return buf;
}

/* Appends `s` (len bytes) to out as a readable quoted string: control bytes and quotes escaped, so that
 * every failure stays on one line. */
static void quote(char *out, size_t cap, const char *s, size_t len) {
  size_t o = 0;
  if (cap < 4) { if (cap) out[0] = 0; return; }
  out[o++] = '"';
  for (size_t i = 0; i < len && o + 6 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\')
      o += (size_t)snprintf(out + o, cap - o, "\\%02x", c);
    else
      out[o++] = (char)c;
  }
  out[o++] = '"';
  out[o] = 0;
}

/* Replaces control characters of a message by spaces (warden messages may quote names). */
static void one_line(char *s) {
  for (; *s; s++)
    if ((unsigned char)*s < 0x20) *s = ' ';
}

/* ---------------------------------------------------------------- the runner's state */

typedef struct binding {
  char *name;                    /* "$M" (module names) or the "as" of a register command */
  wd_instance *inst;             /* NULL: the module failed; why says how */
  char *why;
} binding;

typedef struct bindings {
  binding *v;
  size_t n, cap;
} bindings;

enum { SP_PRINT, SP_PRINT_I32, SP_PRINT_I64, SP_PRINT_F32, SP_PRINT_F64, SP_PRINT_I32_F32,
       SP_PRINT_F64_F64, SP_NFUNCS };

typedef struct options {
  const char *layouts[8];        /* NULL-terminated */
  wd_mode modes[8];
  int nmodes;
  char feature_list[512];        /* the feature switches in order, as one wd_features_parse list applied to
                                    what the path implies: --enable-NAME +NAME, --disable-NAME -NAME,
                                    --features=LIST LIST, --enable-all all */
  int verbose;
  bool compare_valid_only;       /* --compare: pairs whose first module is rejected are not counted */
  bool wasm3;                    /* --feature-table: files outside proposals/ are Wasm 3.0 (all features) */
} options;

typedef struct runner {
  const options *opt;
  const char *file;              /* the JSON file */
  char *dir;                     /* its folder, for module file names */
  const char *layout;
  wd_mode mode;
  uint32_t features;
  /* Names may hold NUL bytes (wast2json writes \u0000); the JSON is rewritten to carry them as this
   * UTF-8 sequence instead, which is turned back into NUL bytes wherever a name is used. */
  char nul_sentinel[5];

  wd_engine *engine;
  wd_store *store;
  wd_module **modules;           /* every module loaded, freed after the store */
  size_t nmodules, modules_cap;
  bindings named, registered;
  bool have_current;
  wd_instance *current;
  char current_why[WD_ERROR_MESSAGE_MAX + 64];

  wd_func *sp_funcs[SP_NFUNCS];
  wd_global *sp_global_i32, *sp_global_i64, *sp_global_f32, *sp_global_f64;
  wd_table *sp_table;
  wd_table *sp_table64;          /* made on first use, with memory64 on (i64 tables have no host API) */
  wd_memory *sp_memory;
  wd_memory *sp_shared_memory;   /* threads: spectest "shared_memory" (memory 1 2 shared) */
  char setup_error[WD_ERROR_MESSAGE_MAX + 64];   /* non-empty: the spectest module could not be made */

  unsigned long passed, failed, skipped;
  unsigned long threads_failed;  /* of failed: thread/wait commands (counted under "threads") */
} runner;

static const char *mode_name(wd_mode m) {
  const char *n = wd_mode_name(m);
  return n ? n : "?";
}

static void bind(bindings *b, const char *name, wd_instance *inst, const char *why) {
  if (b->n == b->cap) {
    b->cap = b->cap ? b->cap * 2 : 8;
    b->v = xrealloc(b->v, b->cap * sizeof *b->v);
  }
  b->v[b->n].name = xstrdup(name);
  b->v[b->n].inst = inst;
  b->v[b->n].why = xstrdup(why ? why : "");
  b->n++;
}

/* The latest binding of `name` (a later module of the same name shadows an earlier one). */
static const binding *lookup(const bindings *b, const char *name) {
  for (size_t i = b->n; i-- > 0;)
    if (strcmp(b->v[i].name, name) == 0) return &b->v[i];
  return NULL;
}

static void bindings_free(bindings *b) {
  for (size_t i = 0; i < b->n; i++) {
    free(b->v[i].name);
    free(b->v[i].why);
  }
  free(b->v);
  memset(b, 0, sizeof *b);
}

/* Records one failure: counted, and printed with -v. */
static void fail(runner *r, int line, const char *cmd, const char *fmt, ...) {
  r->failed++;
  if (!r->opt->verbose) return;
  char detail[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(detail, sizeof detail, fmt, ap);
  va_end(ap);
  one_line(detail);
  if (r->engine || r->setup_error[0])
    printf("FAIL %s:%d [%s/%s] %s: %s\n", r->file, line, r->layout, mode_name(r->mode), cmd, detail);
  else                           /* the file itself: no layout or mode was involved */
    printf("FAIL %s:%d [-] %s: %s\n", r->file, line, cmd, detail);
}

/* Turns a JSON string into bytes + length, mapping the NUL sentinel back to NUL bytes. */
static char *decode_name(const runner *r, const char *s, size_t *len) {
  size_t n = strlen(s), o = 0, sl = strlen(r->nul_sentinel);
  char *out = xmalloc(n + 1);
  for (size_t i = 0; i < n;) {
    if (sl && strncmp(s + i, r->nul_sentinel, sl) == 0) {
      out[o++] = 0;
      i += sl;
    } else {
      out[o++] = s[i++];
    }
  }
  out[o] = 0;
  *len = o;
  return out;
}

/* ---------------------------------------------------------------- JSON input */

/* wast2json writes NUL characters in names as \u0000, which cJSON cannot keep in a C string. Rewrites
 * each such escape to an escaped code point that occurs nowhere in the file (in either form), and sets
 * r->nul_sentinel to that code point's UTF-8. Returns a new NUL-terminated text. */
static char *rewrite_nul_escapes(runner *r, const char *text, size_t len, size_t *outlen) {
  r->nul_sentinel[0] = 0;
  char *out;
  if (!memmem(text, len, "\\u0000", 6)) {
    out = xmalloc(len + 1);
    memcpy(out, text, len);
    out[len] = 0;
    *outlen = len;
    return out;
  }
  /* Candidates: U+10FFFF down to U+10FFF0 (surrogates DBFF DFFF .. DBFF DFF0). */
  char esc[16] = "", esc_lower[16] = "";
  for (unsigned low = 0xDFFF; low >= 0xDFF0; low--) {
    unsigned cp = 0x10000 + ((0xDBFFu - 0xD800u) << 10) + (low - 0xDC00u);
    char utf8[5] = {(char)(0xF0 | (cp >> 18)), (char)(0x80 | ((cp >> 12) & 0x3F)),
                    (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F)), 0};
    snprintf(esc, sizeof esc, "\\uDBFF\\u%04X", low);
    snprintf(esc_lower, sizeof esc_lower, "\\udbff\\u%04x", low);
    if (!memmem(text, len, utf8, 4) && !strcasestr(text, esc)) {
      memcpy(r->nul_sentinel, utf8, 5);
      break;
    }
  }
  (void)esc_lower;
  if (!r->nul_sentinel[0]) {     /* every candidate occurs: leave the text alone */
    out = xmalloc(len + 1);
    memcpy(out, text, len);
    out[len] = 0;
    *outlen = len;
    return out;
  }
  out = xmalloc(len * 2 + 1);    /* each 6-byte escape becomes 12 bytes */
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    if (text[i] == '\\' && i + 1 < len) {
      if (i + 6 <= len && memcmp(text + i, "\\u0000", 6) == 0) {
        memcpy(out + o, esc, 12);
        o += 12;
        i += 6;
      } else {                   /* any other escape, copied whole so "\\u0000" stays literal */
        out[o++] = text[i++];
        out[o++] = text[i++];
      }
    } else {
      out[o++] = text[i++];
    }
  }
  out[o] = 0;
  *outlen = o;
  return out;
}

static const char *jstr(const cJSON *obj, const char *key) {
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
  return cJSON_IsString(it) ? it->valuestring : NULL;
}

static int jline(const cJSON *cmd) {
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(cmd, "line");
  return cJSON_IsNumber(it) ? it->valueint : 0;
}

/* ---------------------------------------------------------------- values */

static bool kind_of(const char *t, wd_valkind *k) {
  static const struct { const char *name; wd_valkind kind; } kinds[] = {
    {"i32", WD_I32}, {"i64", WD_I64}, {"f32", WD_F32}, {"f64", WD_F64}, {"v128", WD_V128},
    {"funcref", WD_FUNCREF}, {"externref", WD_EXTERNREF},
  };
  for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
    if (t && strcmp(t, kinds[i].name) == 0) { *k = kinds[i].kind; return true; }
  return false;
}

/* A decimal number as wast2json writes it (unsigned, or with a leading minus), wrapped to 64 bits. */
static bool parse_u64(const char *s, uint64_t *out) {
  if (!s || !*s) return false;
  char *end;
  errno = 0;
  if (*s == '-') {
    long long v = strtoll(s, &end, 10);
    *out = (uint64_t)v;
  } else {
    *out = strtoull(s, &end, 10);
  }
  return errno == 0 && *end == 0;
}

/* The host pointer that stands for wast's (ref.extern N): owned by the runner, never dereferenced. */
static void *extern_ptr(uint64_t n) { return (void *)(uintptr_t)(n + 1); }

static int lane_count(const char *lane) {
  if (!strcmp(lane, "i8")) return 16;
  if (!strcmp(lane, "i16")) return 8;
  if (!strcmp(lane, "i32") || !strcmp(lane, "f32")) return 4;
  if (!strcmp(lane, "i64") || !strcmp(lane, "f64")) return 2;
  return 0;
}

/* An argument (a concrete value; NaN patterns are not allowed here). */
static bool parse_arg(const cJSON *j, wd_val *v, char *why, size_t whycap) {
  const char *t = jstr(j, "type");
  wd_valkind k;
  memset(v, 0, sizeof *v);
  if (!kind_of(t, &k)) { snprintf(why, whycap, "unknown argument type %s", t ? t : "(none)"); return false; }
  v->kind = (uint8_t)k;
  const cJSON *val = cJSON_GetObjectItemCaseSensitive(j, "value");
  uint64_t u;
  if (k == WD_V128) {
    const char *lane = jstr(j, "lane_type");
    int n = lane ? lane_count(lane) : 0;
    if (!n || !cJSON_IsArray(val) || cJSON_GetArraySize(val) != n) {
      snprintf(why, whycap, "malformed v128 argument");
      return false;
    }
    int w = 16 / n, i = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, val) {
      if (!cJSON_IsString(e) || !parse_u64(e->valuestring, &u)) {
        snprintf(why, whycap, "malformed v128 lane");
        return false;
      }
      for (int b = 0; b < w; b++) v->of.v128[i * w + b] = (uint8_t)(u >> (8 * b));
      i++;
    }
    return true;
  }
  const char *s = cJSON_IsString(val) ? val->valuestring : NULL;
  if (k == WD_FUNCREF || k == WD_EXTERNREF) {
    if (!s || !strcmp(s, "null")) return true;          /* NULL pointer */
    if (k == WD_FUNCREF || !parse_u64(s, &u)) {
      snprintf(why, whycap, "cannot pass %s %s", t, s);
      return false;
    }
    v->of.externref = extern_ptr(u);
    return true;
  }
  if (!parse_u64(s, &u)) { snprintf(why, whycap, "malformed %s argument %s", t, s ? s : "(none)"); return false; }
  switch (k) {
  case WD_I32: v->of.i32 = (int32_t)(uint32_t)u; break;
  case WD_I64: v->of.i64 = (int64_t)u; break;
  case WD_F32: v->of.f32_bits = (uint32_t)u; break;
  case WD_F64: v->of.f64_bits = u; break;
  default: break;
  }
  return true;
}

static bool f32_matches(const char *pat, uint32_t bits) {
  if (!strcmp(pat, "nan:canonical")) return (bits & 0x7fffffffu) == 0x7fc00000u;
  if (!strcmp(pat, "nan:arithmetic")) return (bits & 0x7fc00000u) == 0x7fc00000u;
  uint64_t u;
  return parse_u64(pat, &u) && (uint32_t)u == bits;
}
static bool f64_matches(const char *pat, uint64_t bits) {
  if (!strcmp(pat, "nan:canonical")) return (bits & 0x7fffffffffffffffull) == 0x7ff8000000000000ull;
  if (!strcmp(pat, "nan:arithmetic")) return (bits & 0x7ff8000000000000ull) == 0x7ff8000000000000ull;
  uint64_t u;
  return parse_u64(pat, &u) && u == bits;
}

/* Does the result `v` match the expected value `j`? */
static bool value_matches(const cJSON *j, const wd_val *v) {
  const char *t = jstr(j, "type");
  wd_valkind k;
  if (!kind_of(t, &k) || v->kind != k) return false;
  const cJSON *val = cJSON_GetObjectItemCaseSensitive(j, "value");
  const char *s = cJSON_IsString(val) ? val->valuestring : NULL;
  uint64_t u;
  switch (k) {
  case WD_I32: return s && parse_u64(s, &u) && (uint32_t)u == (uint32_t)v->of.i32;
  case WD_I64: return s && parse_u64(s, &u) && u == (uint64_t)v->of.i64;
  case WD_F32: return s && f32_matches(s, v->of.f32_bits);
  case WD_F64: return s && f64_matches(s, v->of.f64_bits);
  case WD_FUNCREF:
    if (!s) return true;                                 /* any funcref */
    if (!strcmp(s, "null")) return v->of.func == NULL;
    return v->of.func != NULL;                           /* a function index: any non-null function */
  case WD_EXTERNREF:
    if (!s) return true;
    if (!strcmp(s, "null")) return v->of.externref == NULL;
    return parse_u64(s, &u) && v->of.externref == extern_ptr(u);
  case WD_EXNREF:
    return !s || strcmp(s, "null") || v->of.exn == NULL;
  case WD_V128: {
    const char *lane = jstr(j, "lane_type");
    int n = lane ? lane_count(lane) : 0;
    if (!n || !cJSON_IsArray(val) || cJSON_GetArraySize(val) != n) return false;
    int w = 16 / n, i = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, val) {
      if (!cJSON_IsString(e)) return false;
      uint64_t got = 0;
      for (int b = 0; b < w; b++) got |= (uint64_t)v->of.v128[i * w + b] << (8 * b);
      bool ok;
      if (!strcmp(lane, "f32")) ok = f32_matches(e->valuestring, (uint32_t)got);
      else if (!strcmp(lane, "f64")) ok = f64_matches(e->valuestring, got);
      else {
        uint64_t mask = w == 8 ? ~0ull : ((1ull << (8 * w)) - 1);
        ok = parse_u64(e->valuestring, &u) && (u & mask) == got;
      }
      if (!ok) return false;
      i++;
    }
    return true;
  }
  }
  return false;
}

/* Text of a value we got, for failure messages. */
static void format_val(char *out, size_t cap, const wd_val *v) {
  switch (v->kind) {
  case WD_I32: snprintf(out, cap, "i32:%" PRIu32, (uint32_t)v->of.i32); break;
  case WD_I64: snprintf(out, cap, "i64:%" PRIu64, (uint64_t)v->of.i64); break;
  case WD_F32: snprintf(out, cap, "f32:%" PRIu32 " (0x%08" PRIx32 ")", v->of.f32_bits, v->of.f32_bits); break;
  case WD_F64: snprintf(out, cap, "f64:%" PRIu64 " (0x%016" PRIx64 ")", v->of.f64_bits, v->of.f64_bits); break;
  case WD_FUNCREF: snprintf(out, cap, v->of.func ? "funcref:%p" : "funcref:null", (void *)v->of.func); break;
  case WD_EXNREF: snprintf(out, cap, v->of.exn ? "exnref:%p" : "exnref:null", (void *)v->of.exn); break;
  case WD_EXTERNREF:
    if (!v->of.externref) snprintf(out, cap, "externref:null");
    else snprintf(out, cap, "externref:%" PRIuPTR, (uintptr_t)v->of.externref - 1);
    break;
  case WD_V128: {
    uint32_t w[4];
    memcpy(w, v->of.v128, 16);
    snprintf(out, cap, "v128:i32x4[%" PRIu32 " %" PRIu32 " %" PRIu32 " %" PRIu32 "]", w[0], w[1], w[2], w[3]);
    break;
  }
  default: snprintf(out, cap, "?kind 0x%02x", v->kind); break;
  }
}

/* Text of an expected value as the JSON gives it. */
static void format_expected(char *out, size_t cap, const cJSON *j) {
  const char *t = jstr(j, "type");
  const cJSON *val = cJSON_GetObjectItemCaseSensitive(j, "value");
  if (cJSON_IsString(val)) { snprintf(out, cap, "%s:%s", t ? t : "?", val->valuestring); return; }
  if (cJSON_IsArray(val)) {
    const char *lane = jstr(j, "lane_type");
    size_t o = (size_t)snprintf(out, cap, "%s:%sx%d[", t ? t : "?", lane ? lane : "?", cJSON_GetArraySize(val));
    const cJSON *e;
    cJSON_ArrayForEach(e, val) {
      if (o >= cap) break;
      o += (size_t)snprintf(out + o, cap - o, "%s%s", e == val->child ? "" : " ",
                            cJSON_IsString(e) ? e->valuestring : "?");
    }
    if (o < cap) snprintf(out + o, cap - o, "]");
    return;
  }
  snprintf(out, cap, "%s", t ? t : "?");
}

/* ---------------------------------------------------------------- the spectest host module */

/* spectest's print functions: silent, or with -vv they print their arguments. */
#define PRINT_THUNK(fname, body)                                                              \
  static bool fname(wd_caller *caller, void *user, const wd_val *args, wd_val *results) {   \
    (void)caller; (void)results;                                                            \
    runner *r = user;                                                                       \
    if (r->opt->verbose > 1) { body; }                                                      \
    return true;                                                                            \
  }
PRINT_THUNK(sp_print, printf("spectest.print()\n"); (void)args)
PRINT_THUNK(sp_print_i32, printf("spectest.print_i32(%" PRId32 ")\n", args[0].of.i32))
PRINT_THUNK(sp_print_i64, printf("spectest.print_i64(%" PRId64 ")\n", args[0].of.i64))
PRINT_THUNK(sp_print_f32, printf("spectest.print_f32(0x%08" PRIx32 ")\n", args[0].of.f32_bits))
PRINT_THUNK(sp_print_f64, printf("spectest.print_f64(0x%016" PRIx64 ")\n", args[0].of.f64_bits))
PRINT_THUNK(sp_print_i32_f32, printf("spectest.print_i32_f32(%" PRId32 ", 0x%08" PRIx32 ")\n",
                                     args[0].of.i32, args[1].of.f32_bits))
PRINT_THUNK(sp_print_f64_f64, printf("spectest.print_f64_f64(0x%016" PRIx64 ", 0x%016" PRIx64 ")\n",
                                     args[0].of.f64_bits, args[1].of.f64_bits))

static const struct {
  const char *name;
  wd_host_fn fn;
  uint32_t nparams;
  wd_valkind params[2];
} sp_funcs[SP_NFUNCS] = {
  [SP_PRINT] = {"print", sp_print, 0, {WD_I32, WD_I32}},
  [SP_PRINT_I32] = {"print_i32", sp_print_i32, 1, {WD_I32, WD_I32}},
  [SP_PRINT_I64] = {"print_i64", sp_print_i64, 1, {WD_I64, WD_I32}},
  [SP_PRINT_F32] = {"print_f32", sp_print_f32, 1, {WD_F32, WD_I32}},
  [SP_PRINT_F64] = {"print_f64", sp_print_f64, 1, {WD_F64, WD_I32}},
  [SP_PRINT_I32_F32] = {"print_i32_f32", sp_print_i32_f32, 2, {WD_I32, WD_F32}},
  [SP_PRINT_F64_F64] = {"print_f64_f64", sp_print_f64_f64, 2, {WD_F64, WD_F64}},
};

/* Makes the spectest objects in r->store. False with r->setup_error set on failure. */
static bool spectest_make(runner *r) {
  wd_error err = {0};
  for (int i = 0; i < SP_NFUNCS; i++) {
    r->sp_funcs[i] = wd_func_new_host(r->store, sp_funcs[i].params, sp_funcs[i].nparams, NULL, 0,
                                      sp_funcs[i].fn, r, &err);
    if (!r->sp_funcs[i]) goto fail;
  }
  wd_val v = {.kind = WD_I32, .of.i32 = 666};
  if (!(r->sp_global_i32 = wd_global_new(r->store, WD_I32, false, v, &err))) goto fail;
  v = (wd_val){.kind = WD_I64, .of.i64 = 666};
  if (!(r->sp_global_i64 = wd_global_new(r->store, WD_I64, false, v, &err))) goto fail;
  float f = 666.6f;
  v = (wd_val){.kind = WD_F32};
  memcpy(&v.of.f32_bits, &f, 4);
  if (!(r->sp_global_f32 = wd_global_new(r->store, WD_F32, false, v, &err))) goto fail;
  double d = 666.6;
  v = (wd_val){.kind = WD_F64};
  memcpy(&v.of.f64_bits, &d, 8);
  if (!(r->sp_global_f64 = wd_global_new(r->store, WD_F64, false, v, &err))) goto fail;
  v = (wd_val){.kind = WD_FUNCREF, .of.func = NULL};
  if (!(r->sp_table = wd_table_new(r->store, WD_FUNCREF, 10, 20, v, &err))) goto fail;
  r->sp_table64 = NULL;
  if (!(r->sp_memory = wd_memory_new(r->store, 1, 2, &err))) goto fail;
  if (!(r->sp_shared_memory = wd_memory_new_shared(r->store, 1, 2, &err))) goto fail;
  return true;
fail:
  snprintf(r->setup_error, sizeof r->setup_error, "cannot make the spectest module: %s", err.message);
  return false;
}

static void keep_module(runner *r, wd_module *m);

/* spectest's "table64" (i64 10 20 funcref): the table of a small module's instance, made with the
 * file's features when first imported (NULL without memory64). */
static wd_table *spectest_table64(runner *r) {
  if (r->sp_table64 || !(r->features & WD_FEATURE_MEMORY64)) return r->sp_table64;
  static const char text[] = "(module (table (export \"t\") i64 10 20 funcref))";
  wd_error err = {0};
  size_t n;
  uint8_t *bin = wd_wat_to_wasm_features(text, sizeof text - 1, NULL, r->features, &n, &err);
  if (!bin) return NULL;
  wd_module *m = wd_module_new(r->engine, bin, n, &err);
  wd_wat_free(NULL, bin, n);
  if (!m) return NULL;
  keep_module(r, m);
  wd_instance *inst = wd_instantiate(r->store, m, NULL, 0, &err);
  wd_extern x;
  if (inst && wd_instance_export(inst, "t", 1, &x) && x.kind == WD_EXTERN_TABLE) r->sp_table64 = x.of.table;
  return r->sp_table64;
}

/* Looks up spectest's export `name` (exactly len bytes). */
static bool spectest_export(runner *r, const char *name, size_t len, wd_extern *out) {
#define IS(s) (len == strlen(s) && memcmp(name, s, len) == 0)
  if (IS("table64")) {
    out->kind = WD_EXTERN_TABLE;
    return (out->of.table = spectest_table64(r)) != NULL;
  }
  for (int i = 0; i < SP_NFUNCS; i++)
    if (IS(sp_funcs[i].name)) { out->kind = WD_EXTERN_FUNC; out->of.func = r->sp_funcs[i]; return true; }
  out->kind = WD_EXTERN_GLOBAL;
  if (IS("global_i32")) { out->of.global = r->sp_global_i32; return true; }
  if (IS("global_i64")) { out->of.global = r->sp_global_i64; return true; }
  if (IS("global_f32")) { out->of.global = r->sp_global_f32; return true; }
  if (IS("global_f64")) { out->of.global = r->sp_global_f64; return true; }
  if (IS("table")) { out->kind = WD_EXTERN_TABLE; out->of.table = r->sp_table; return true; }
  if (IS("memory")) { out->kind = WD_EXTERN_MEMORY; out->of.memory = r->sp_memory; return true; }
  if (IS("shared_memory")) { out->kind = WD_EXTERN_MEMORY; out->of.memory = r->sp_shared_memory; return true; }
  return false;
#undef IS
}

/* ---------------------------------------------------------------- modules */

static const char *const extern_kind_names[] = {"func", "table", "memory", "global"};

static void set_error(wd_error *err, wd_errcode code, const char *fmt, ...) {
  err->code = code;
  err->offset = WD_NO_OFFSET;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
}

/* Loads a module file (relative to the JSON file). NULL with err set on failure. */
static wd_module *load_module(runner *r, const char *filename, wd_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", r->dir, filename);
  size_t len = 0;
  uint8_t *bytes = read_file(path, &len);
  if (!bytes) {
    set_error(err, WD_E_IO, "cannot read %s: %s", path, strerror(errno));
    return NULL;
  }
  wd_module *m = wd_module_new(r->engine, bytes, len, err);
  free(bytes);
  if (!m) return NULL;
  if (r->nmodules == r->modules_cap) {
    r->modules_cap = r->modules_cap ? r->modules_cap * 2 : 16;
    r->modules = xrealloc(r->modules, r->modules_cap * sizeof *r->modules);
  }
  r->modules[r->nmodules++] = m;
  return m;
}

/* Resolves m's imports against registered instances and spectest, then instantiates. */
static wd_instance *instantiate(runner *r, wd_module *m, wd_error *err) {
  uint32_t n = wd_module_import_count(m);
  wd_extern *imports = xmalloc((size_t)n * sizeof *imports);
  wd_instance *inst = NULL;
  for (uint32_t i = 0; i < n; i++) {
    wd_importdesc d;
    if (!wd_module_import(m, i, &d)) {
      set_error(err, WD_E_INVALID_ARGUMENT, "cannot read import %" PRIu32, i);
      goto out;
    }
    char modq[128], nameq[128];
    quote(modq, sizeof modq, d.module, d.module_len);
    quote(nameq, sizeof nameq, d.name, d.name_len);
    char *modname = xmalloc(d.module_len + 1);
    memcpy(modname, d.module, d.module_len);
    modname[d.module_len] = 0;
    const binding *b = memchr(d.module, 0, d.module_len) ? NULL : lookup(&r->registered, modname);
    free(modname);
    bool found;
    if (b && b->inst) found = wd_instance_export(b->inst, d.name, d.name_len, &imports[i]);
    else if (!b && d.module_len == 8 && !memcmp(d.module, "spectest", 8))
      found = spectest_export(r, d.name, d.name_len, &imports[i]);
    else found = false;
    if (!found) {
      set_error(err, WD_E_UNKNOWN_IMPORT, "%s: %s %s%s", wd_errcode_message(WD_E_UNKNOWN_IMPORT), modq, nameq,
                b && !b->inst ? " (that module was not instantiated)" : "");
      goto out;
    }
    if (imports[i].kind != d.kind) {
      set_error(err, WD_E_INCOMPATIBLE_IMPORT, "%s: %s %s is a %s, not a %s",
                wd_errcode_message(WD_E_INCOMPATIBLE_IMPORT), modq, nameq,
                (unsigned)imports[i].kind < 4 ? extern_kind_names[imports[i].kind] : "?",
                (unsigned)d.kind < 4 ? extern_kind_names[d.kind] : "?");
      goto out;
    }
  }
  inst = wd_instantiate(r->store, m, imports, n, err);
out:
  free(imports);
  return inst;
}

/* ---------------------------------------------------------------- actions */

typedef enum { ACT_OK, ACT_FAILED, ACT_SETUP } act_result;

/* Finds the instance an action names (or the current one). */
static wd_instance *action_instance(runner *r, const cJSON *action, wd_error *err) {
  const char *modname = jstr(action, "module");
  if (modname) {
    const binding *b = lookup(&r->named, modname);
    if (!b) { set_error(err, WD_E_INVALID_ARGUMENT, "no module named %s", modname); return NULL; }
    if (!b->inst)
      set_error(err, WD_E_INVALID_ARGUMENT, "module %s was not instantiated (%s)", modname, b->why);
    return b->inst;
  }
  if (!r->have_current) { set_error(err, WD_E_INVALID_ARGUMENT, "no module defined yet"); return NULL; }
  if (!r->current)
    set_error(err, WD_E_INVALID_ARGUMENT, "the module was not instantiated (%s)", r->current_why);
  return r->current;
}

/* Runs an action. ACT_OK: results/nresults hold the values (caller frees *results). ACT_FAILED: the
 * call or the get failed with err set by warden. ACT_SETUP: the action could not be attempted (missing
 * module or export, bad arguments); err describes it. */
static act_result run_action(runner *r, const cJSON *action, wd_val **results, uint32_t *nresults,
                             wd_error *err) {
  *results = NULL;
  *nresults = 0;
  memset(err, 0, sizeof *err);
  const char *type = jstr(action, "type");
  const char *field = jstr(action, "field");
  if (!type || !field) { set_error(err, WD_E_INVALID_ARGUMENT, "malformed action"); return ACT_SETUP; }
  wd_instance *inst = action_instance(r, action, err);
  if (!inst) return ACT_SETUP;
  size_t flen;
  char *fname = decode_name(r, field, &flen);
  char fq[160];
  quote(fq, sizeof fq, fname, flen);
  wd_extern ext;
  bool found = wd_instance_export(inst, fname, flen, &ext);
  free(fname);
  if (!found) { set_error(err, WD_E_UNKNOWN_EXPORT, "no export %s", fq); return ACT_SETUP; }

  if (!strcmp(type, "get")) {
    if (ext.kind != WD_EXTERN_GLOBAL) { set_error(err, WD_E_INVALID_ARGUMENT, "export %s is not a global", fq); return ACT_SETUP; }
    *results = xmalloc(sizeof **results);
    **results = wd_global_get(ext.of.global);
    *nresults = 1;
    return ACT_OK;
  }
  if (strcmp(type, "invoke")) { set_error(err, WD_E_INVALID_ARGUMENT, "unknown action %s", type); return ACT_SETUP; }
  if (ext.kind != WD_EXTERN_FUNC) { set_error(err, WD_E_INVALID_ARGUMENT, "export %s is not a function", fq); return ACT_SETUP; }

  const cJSON *jargs = cJSON_GetObjectItemCaseSensitive(action, "args");
  int nargs = cJSON_IsArray(jargs) ? cJSON_GetArraySize(jargs) : 0;
  wd_val *args = xmalloc((size_t)nargs * sizeof *args);
  int i = 0;
  const cJSON *a;
  char why[128];
  if (nargs) cJSON_ArrayForEach(a, jargs) {
    if (!parse_arg(a, &args[i++], why, sizeof why)) {
      set_error(err, WD_E_INVALID_ARGUMENT, "%s", why);
      free(args);
      return ACT_SETUP;
    }
  }
  uint32_t np = 0, nr = 0;
  const wd_valkind *pk = NULL, *rk = NULL;
  wd_func_type(ext.of.func, &np, &pk, &nr, &rk);
  wd_val *res = xmalloc((size_t)nr * sizeof *res);
  memset(res, 0, (size_t)nr * sizeof *res);
  bool ok = wd_func_call(r->store, ext.of.func, args, (size_t)nargs, res, nr, err);
  free(args);
  if (!ok) { free(res); return ACT_FAILED; }
  *results = res;
  *nresults = nr;
  return ACT_OK;
}

/* Does the error text we got satisfy the text the test expects? The expected text must occur in our
 * message, or (when the reference interpreter adds detail we do not give, e.g. "uninitialized element
 * 2") the table message of our code must be a prefix of it. */
static bool text_matches(const wd_error *err, const char *expected) {
  if (!expected || !*expected) return true;
  if (strstr(err->message, expected)) return true;
  const char *ours = wd_errcode_message(err->code);
  size_t n = strlen(ours);
  return err->code != WD_E_OK && n > 0 && strncmp(expected, ours, n) == 0;
}

static void describe_action(const cJSON *action, char *out, size_t cap, const runner *r) {
  const char *type = jstr(action, "type"), *field = jstr(action, "field"), *mod = jstr(action, "module");
  size_t flen = 0;
  char *fname = field ? decode_name(r, field, &flen) : NULL;
  char fq[160] = "?";
  if (fname) quote(fq, sizeof fq, fname, flen);
  free(fname);
  snprintf(out, cap, "%s %s%s%s", type ? type : "?", mod ? mod : "", mod ? "." : "", fq);
}

/* ---------------------------------------------------------------- commands */

static void cmd_module(runner *r, const cJSON *cmd, int line) {
  const char *filename = jstr(cmd, "filename");
  const char *name = jstr(cmd, "name");
  wd_error err = {0};
  wd_instance *inst = NULL;
  wd_module *m = filename ? load_module(r, filename, &err) : NULL;
  if (!filename) set_error(&err, WD_E_INVALID_ARGUMENT, "module command without a file name");
  if (m) inst = instantiate(r, m, &err);
  r->have_current = true;
  r->current = inst;
  char why[sizeof r->current_why];
  snprintf(why, sizeof why, "%s: %s", filename ? filename : "?", err.message);
  one_line(why);
  snprintf(r->current_why, sizeof r->current_why, "%s", why);
  if (name) bind(&r->named, name, inst, why);
  if (inst) r->passed++;
  else fail(r, line, "module", "%s", why);
}

static void cmd_register(runner *r, const cJSON *cmd, int line) {
  const char *as = jstr(cmd, "as"), *name = jstr(cmd, "name");
  if (!as) { fail(r, line, "register", "no \"as\""); return; }
  wd_instance *inst;
  const char *why;
  if (name) {
    const binding *b = lookup(&r->named, name);
    if (!b) { fail(r, line, "register", "no module named %s", name); bind(&r->registered, as, NULL, "unknown module"); return; }
    inst = b->inst;
    why = b->why;
  } else {
    if (!r->have_current) { fail(r, line, "register", "no module defined yet"); bind(&r->registered, as, NULL, "no module"); return; }
    inst = r->current;
    why = r->current_why;
  }
  bind(&r->registered, as, inst, why);
  if (inst) r->passed++;
  else fail(r, line, "register", "register %s: the module was not instantiated (%s)", as, why);
}

static void cmd_assert_return(runner *r, const cJSON *cmd, int line, const char *ctype) {
  const cJSON *action = cJSON_GetObjectItemCaseSensitive(cmd, "action");
  const cJSON *expected = cJSON_GetObjectItemCaseSensitive(cmd, "expected");
  char what[200];
  describe_action(action, what, sizeof what, r);
  wd_val *res;
  uint32_t nres;
  wd_error err;
  act_result ar = run_action(r, action, &res, &nres, &err);
  if (ar != ACT_OK) {
    fail(r, line, ctype, "%s: expected values, got %s: %s", what, ar == ACT_FAILED ? "error" : "no call",
         err.message);
    return;
  }
  const cJSON *either = cJSON_GetObjectItemCaseSensitive(cmd, "either");
  if (!expected && cJSON_IsArray(either)) {
    /* (either v1 v2 ...): one result, equal to one of the alternatives (relaxed SIMD, threads). */
    const cJSON *e;
    bool any = false;
    if (nres == 1) cJSON_ArrayForEach(e, either) any = any || value_matches(e, &res[0]);
    if (any) r->passed++;
    else {
      char got[160];
      if (nres == 1) format_val(got, sizeof got, &res[0]);
      else snprintf(got, sizeof got, "%" PRIu32 " results", nres);
      fail(r, line, ctype, "%s: expected one of %d alternatives, got %s", what, cJSON_GetArraySize(either), got);
    }
    free(res);
    return;
  }
  int nexp = cJSON_IsArray(expected) ? cJSON_GetArraySize(expected) : 0;
  bool is_action = !strcmp(ctype, "action");          /* a bare action checks nothing but success */
  if (!is_action && (uint32_t)nexp != nres) {
    fail(r, line, ctype, "%s: expected %d results, got %" PRIu32, what, nexp, nres);
    free(res);
    return;
  }
  if (!is_action) {
    int i = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, expected) {
      if (!value_matches(e, &res[i])) {
        char want[400], got[160];
        format_expected(want, sizeof want, e);
        format_val(got, sizeof got, &res[i]);
        fail(r, line, ctype, "%s: result %d: expected %s, got %s", what, i, want, got);
        free(res);
        return;
      }
      i++;
    }
  }
  free(res);
  r->passed++;
}

static void cmd_assert_trap(runner *r, const cJSON *cmd, int line, const char *ctype) {
  const cJSON *action = cJSON_GetObjectItemCaseSensitive(cmd, "action");
  const char *text = jstr(cmd, "text");
  char what[200];
  describe_action(action, what, sizeof what, r);
  wd_val *res;
  uint32_t nres;
  wd_error err;
  act_result ar = run_action(r, action, &res, &nres, &err);
  if (ar == ACT_OK) {
    char got[160] = "no results";
    if (nres) format_val(got, sizeof got, &res[0]);
    free(res);
    fail(r, line, ctype, "%s: expected trap \"%s\", got success (%s)", what, text ? text : "", got);
    return;
  }
  if (ar == ACT_SETUP) {
    fail(r, line, ctype, "%s: expected trap \"%s\", got no call: %s", what, text ? text : "", err.message);
    return;
  }
  if (wd_errcode_class(err.code) != WD_CLASS_TRAP || !text_matches(&err, text)) {
    fail(r, line, ctype, "%s: expected trap \"%s\", got %s: %s", what, text ? text : "",
         wd_errcode_name(err.code), err.message);
    return;
  }
  r->passed++;
}

/* assert_invalid, assert_malformed: loading (or, for lazily validated modules, validating) must fail. */
static void cmd_assert_rejected(runner *r, const cJSON *cmd, int line, const char *ctype) {
  const char *mt = jstr(cmd, "module_type");
  if (mt && strcmp(mt, "binary")) { r->skipped++; return; }          /* text format: not ours */
  const char *filename = jstr(cmd, "filename");
  const char *text = jstr(cmd, "text");
  if (!filename) { fail(r, line, ctype, "no file name"); return; }
  wd_error err = {0};
  wd_module *m = load_module(r, filename, &err);
  if (m && !wd_module_validate(m, &err)) m = NULL;
  if (m) {
    fail(r, line, ctype, "%s: expected \"%s\", got a valid module", filename, text ? text : "");
    return;
  }
  if (err.code == WD_E_IO) { fail(r, line, ctype, "%s", err.message); return; }
  /* Rejected only for lack of SIMD support: that says nothing about what the test checks. */
  if (err.code == WD_E_SIMD_UNSUPPORTED) {
    fail(r, line, ctype, "%s: expected \"%s\", got a rejection that proves nothing: %s", filename,
         text ? text : "", err.message);
    return;
  }
  r->passed++;
}

/* assert_unlinkable, assert_uninstantiable: loads, then instantiation must fail with the text. */
static void cmd_assert_instantiation_fails(runner *r, const cJSON *cmd, int line, const char *ctype) {
  const char *filename = jstr(cmd, "filename");
  const char *text = jstr(cmd, "text");
  if (!filename) { fail(r, line, ctype, "no file name"); return; }
  wd_error err = {0};
  wd_module *m = load_module(r, filename, &err);
  if (!m) {
    fail(r, line, ctype, "%s: expected \"%s\", got a load error: %s", filename, text ? text : "", err.message);
    return;
  }
  wd_instance *inst = instantiate(r, m, &err);
  if (inst) {
    fail(r, line, ctype, "%s: expected \"%s\", got an instance", filename, text ? text : "");
    return;
  }
  if (!text_matches(&err, text)) {
    fail(r, line, ctype, "%s: expected \"%s\", got %s: %s", filename, text ? text : "",
         wd_errcode_name(err.code), err.message);
    return;
  }
  r->passed++;
}

static void run_command(runner *r, const cJSON *cmd) {
  const char *type = jstr(cmd, "type");
  int line = jline(cmd);
  if (!type) { fail(r, line, "?", "command without a type"); return; }
  if (r->setup_error[0]) { fail(r, line, type, "%s", r->setup_error); return; }
  if (!strcmp(type, "module")) cmd_module(r, cmd, line);
  else if (!strcmp(type, "register")) cmd_register(r, cmd, line);
  else if (!strcmp(type, "action") || !strcmp(type, "assert_return")) cmd_assert_return(r, cmd, line, type);
  else if (!strcmp(type, "assert_trap") || !strcmp(type, "assert_exhaustion")) cmd_assert_trap(r, cmd, line, type);
  else if (!strcmp(type, "assert_invalid") || !strcmp(type, "assert_malformed")) cmd_assert_rejected(r, cmd, line, type);
  else if (!strcmp(type, "assert_unlinkable") || !strcmp(type, "assert_uninstantiable"))
    cmd_assert_instantiation_fails(r, cmd, line, type);
  else fail(r, line, type, "unknown command type");
}

/* ---------------------------------------------------------------- .wast scripts
 *
 * A script is read once (with warden's own lexer, runtime/wat_lex.h, and wd_wat_to_wasm for module
 * text) into a list of commands; modules are turned into binary then. The commands are then run for
 * every layout x mode like the JSON ones. */

enum { W_MODULE, W_REGISTER, W_ACTION, W_RETURN, W_TRAP, W_EXHAUSTION, W_MALFORMED, W_INVALID,
       W_UNLINKABLE, W_UNINSTANTIABLE, W_EXCEPTION, W_BAD, W_INSTANCE, W_MALFORMED_CUSTOM, W_INVALID_CUSTOM,
       W_THREAD, W_WAIT };
static const char *const wcmd_names[] = {"module", "register", "action", "assert_return", "assert_trap",
                                         "assert_exhaustion", "assert_malformed", "assert_invalid",
                                         "assert_unlinkable", "assert_trap(module)", "assert_exception",
                                         "script", "module instance", "assert_malformed_custom",
                                         "assert_invalid_custom", "thread", "wait"};

/* An expected result: a concrete value or pattern. */
typedef struct wexp {
  uint8_t kind;                  /* wd_valkind; 0 = the command could not be understood */
  uint8_t lanes, lane_bits;      /* v128: lane shape; scalars: 1 lane of their width */
  bool lane_float;
  uint8_t nan[16];               /* per lane: 0 exact, 1 nan:canonical, 2 nan:arithmetic */
  uint8_t bytes[16];             /* the value, little-endian */
  int ref;                       /* references: 0 null, 1 (ref.extern N) = bytes, 2 any non-null,
                                    3 a GC reference (ref.struct, ref.array, ref.i31, ref.eq, ref.any, ...:
                                    warden makes none, so it never matches) */
  bool any_null;                 /* (ref.null) without a heap type: a null reference of any kind */
  char gc_what[32];              /* ref == 3: which one, for messages */
} wexp;

typedef struct wresult {         /* one result position: one value or (either ...) alternatives */
  wexp *alt;
  size_t nalt;
} wresult;

typedef struct wcmd {
  int type;
  int line;
  int mline, kline;              /* the lines of the module form's "(" and of "module" (wast2json's) */
  char *name;                    /* module $name, or the module an action/register names */
  char *as;                      /* register "as" */
  uint8_t *bytes;                /* the module's binary */
  size_t len;
  bool text_module;              /* written as text (or quote): assert_malformed expects a text error */
  bool text_failed;              /* the text could not be read: why says so */
  bool is_get;                   /* action kind */
  char *field;                   /* export name (field_len bytes) */
  size_t field_len;
  wd_val *args;
  size_t nargs;
  wresult *results;
  size_t nresults;
  char *text;                    /* expected message */
  bool definition;               /* module definition: decoded and validated, not instantiated */
  long def;                      /* module instance: the command index of its definition, -1 none */
  size_t nsub;                   /* thread: the commands inside it */
  char why[WD_ERROR_MESSAGE_MAX + 64];
} wcmd;

typedef struct wscript {
  wcmd *v;
  size_t n, cap;
} wscript;

typedef struct wparse {
  const char *text;
  size_t len;
  wat_toks toks;
  size_t pos;
  size_t line_off;               /* line_no is the line of byte line_off (lines are counted forward) */
  int line_no;
  char why[256];                 /* the first script error */
  uint32_t features;             /* what the modules are read for (wd_wat_to_wasm_features) */
  const wscript *script;         /* the commands read so far (module instance looks definitions up) */
} wparse;

static const wat_tok *wt(wparse *w) { return &w->toks.v[w->pos < w->toks.n ? w->pos : w->toks.n]; }
static bool w_is(wparse *w, size_t i, const char *kw) {
  const wat_tok *t = &w->toks.v[i < w->toks.n ? i : w->toks.n];
  size_t n = strlen(kw);
  return t->kind == WT_ATOM && t->len == n && !memcmp(w->text + t->off, kw, n);
}
static bool w_open(wparse *w, const char *kw) { return wt(w)->kind == WT_LPAR && w_is(w, w->pos + 1, kw); }
static int w_line(wparse *w, size_t off) {
  if (off < w->line_off) { w->line_off = 0; w->line_no = 1; }
  for (; w->line_off < off && w->line_off < w->len; w->line_off++) w->line_no += w->text[w->line_off] == '\n';
  return w->line_no;
}
static bool w_err(wparse *w, const char *fmt, ...) {
  if (!w->why[0]) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->why, sizeof w->why, fmt, ap);
    va_end(ap);
  }
  return false;
}
/* Skips one balanced group or token. */
static void w_skip(wparse *w) {
  size_t depth = 0;
  do {
    uint32_t k = wt(w)->kind;
    if (k == WT_EOF) return;
    if (k == WT_LPAR || k == WT_ANNOT) depth++;
    else if (k == WT_RPAR) { if (!depth) return; depth--; }
    w->pos++;
  } while (depth);
}
static bool w_expect(wparse *w, uint32_t kind) {
  if (wt(w)->kind != kind) return w_err(w, "unexpected token at line %d", w_line(w, wt(w)->off));
  w->pos++;
  return true;
}
/* A string token's bytes (malloc'd, NUL-terminated after len bytes). */
static char *w_string(wparse *w, size_t *len) {
  const wat_tok *t = wt(w);
  if (t->kind != WT_STRING) { w_err(w, "expected a string at line %d", w_line(w, t->off)); return NULL; }
  char *s = xmalloc(t->len + 1);
  if (!wat_string(w->text + t->off, t->len, (uint8_t *)s, len)) {
    free(s);
    w_err(w, "malformed string at line %d", w_line(w, t->off));
    return NULL;
  }
  s[*len] = 0;
  w->pos++;
  return s;
}
static char *w_id(wparse *w) {
  if (wt(w)->kind != WT_ID) return NULL;
  const wat_tok *t = wt(w);
  w->pos++;
  return strndup(w->text + t->off, t->len);
}

/* c->why for a text error of wd_wat_to_wasm on the script's bytes from `from`: "LINE:COLUMN: message"
 * in the script's own coordinates. */
static void text_why(wparse *w, wcmd *c, size_t from, const wd_error *err) {
  size_t off = from + (err->offset == WD_NO_OFFSET ? 0 : err->offset);
  int line = w_line(w, off);
  size_t bol = off;
  while (bol > 0 && w->text[bol - 1] != '\n') bol--;
  const char *msg = err->message;
  const char *rest = strstr(msg, ": ");                 /* drop the reader's own "L:C: " */
  if (rest && msg[0] >= '0' && msg[0] <= '9') msg = rest + 2;
  snprintf(c->why, sizeof c->why, "%d:%zu: %s", line, off - bol + 1, msg);
}

/* (module $id? ...) in any of its forms; fills c->bytes or c->text_failed/why. */
static bool w_module(wparse *w, wcmd *c) {
  size_t start = w->pos;
  c->mline = w_line(w, wt(w)->off);
  if (!w_expect(w, WT_LPAR)) return false;
  c->kline = w_line(w, wt(w)->off);
  w->pos++;                                          /* "module" */
  if (w_is(w, w->pos, "definition")) { w->pos++; c->definition = true; }
  c->name = w_id(w);
  wd_error err = {0};
  if (w_is(w, w->pos, "binary") || w_is(w, w->pos, "quote")) {
    bool bin = w_is(w, w->pos, "binary");
    w->pos++;
    size_t cap = 64, n = 0;
    char *buf = xmalloc(cap);
    while (wt(w)->kind == WT_STRING) {
      const wat_tok *t = wt(w);
      while (n + t->len + 1 > cap) { cap *= 2; buf = xrealloc(buf, cap); }
      size_t got;
      if (!wat_string(w->text + t->off, t->len, (uint8_t *)buf + n, &got)) {
        free(buf);
        return w_err(w, "malformed string at line %d", w_line(w, t->off));
      }
      n += got;
      buf[n++] = ' ';                                /* quote: strings are separate tokens */
      if (bin) n--;
      w->pos++;
    }
    if (bin) {
      c->bytes = (uint8_t *)buf;
      c->len = n;
    } else {
      c->text_module = true;
      c->bytes = wd_wat_to_wasm_features(buf, n, NULL, w->features, &c->len, &err);
      free(buf);
      if (!c->bytes) {
        c->text_failed = true;
        snprintf(c->why, sizeof c->why, "quoted text: %s", err.message);
      }
    }
  } else {
    c->text_module = true;
    size_t fields = w->pos;
    w->pos = start;
    w_skip(w);
    const wat_tok *close = &w->toks.v[w->pos - 1];
    size_t from = w->toks.v[fields].off, to = close->off;
    if (to < from) to = from;
    c->bytes = wd_wat_to_wasm_features(w->text + from, to - from, NULL, w->features, &c->len, &err);
    if (!c->bytes) {
      c->text_failed = true;
      text_why(w, c, from, &err);
    }
    return true;
  }
  return w_expect(w, WT_RPAR);
}

/* A constant or a result pattern "(t.const ...)" / "(ref.* ...)"; args: no patterns allowed. */
static bool w_value(wparse *w, wexp *e, bool pattern) {
  memset(e, 0, sizeof *e);
  if (!w_expect(w, WT_LPAR)) return false;
  const wat_tok *t = wt(w);
  if (t->kind != WT_ATOM) return w_err(w, "expected a value at line %d", w_line(w, t->off));
  char op[32];
  snprintf(op, sizeof op, "%.*s", (int)(t->len < 31 ? t->len : 31), w->text + t->off);
  w->pos++;
  static const struct { const char *op; uint8_t kind, bits; bool fl; } scalars[] = {
    {"i32.const", WD_I32, 32, false}, {"i64.const", WD_I64, 64, false},
    {"f32.const", WD_F32, 32, true}, {"f64.const", WD_F64, 64, true},
  };
  for (size_t i = 0; i < 4; i++) {
    if (strcmp(op, scalars[i].op)) continue;
    e->kind = scalars[i].kind;
    e->lanes = 1;
    e->lane_bits = scalars[i].bits;
    e->lane_float = scalars[i].fl;
    goto lanes;
  }
  if (!strcmp(op, "v128.const")) {
    static const struct { const char *s; uint8_t lanes, bits; bool fl; } shapes[] = {
      {"i8x16", 16, 8, false}, {"i16x8", 8, 16, false}, {"i32x4", 4, 32, false}, {"i64x2", 2, 64, false},
      {"f32x4", 4, 32, true}, {"f64x2", 2, 64, true},
    };
    e->kind = WD_V128;
    for (size_t i = 0; i < 6; i++)
      if (w_is(w, w->pos, shapes[i].s)) {
        e->lanes = shapes[i].lanes; e->lane_bits = shapes[i].bits; e->lane_float = shapes[i].fl;
      }
    if (!e->lanes) return w_err(w, "unknown v128 shape at line %d", w_line(w, wt(w)->off));
    w->pos++;
    goto lanes;
  }
  if (!strcmp(op, "ref.null")) {
    e->kind = WD_FUNCREF;
    if (w_is(w, w->pos, "extern") || w_is(w, w->pos, "noextern")) e->kind = WD_EXTERNREF;
    if (wt(w)->kind == WT_RPAR && pattern) e->any_null = true;
    if (wt(w)->kind == WT_ATOM || wt(w)->kind == WT_ID) w->pos++;
    e->ref = 0;
    return w_expect(w, WT_RPAR);
  }
  /* GC and exception references: results only; warden has no such values yet, so they never match */
  static const char *const gc_refs[] = {"ref.struct", "ref.array", "ref.i31", "ref.eq", "ref.any", "ref.exn",
                                        "ref.i31_shared", "ref.cont"};
  for (size_t i = 0; i < sizeof gc_refs / sizeof gc_refs[0] && pattern; i++) {
    if (strcmp(op, gc_refs[i])) continue;
    e->kind = WD_FUNCREF;
    e->ref = 3;
    snprintf(e->gc_what, sizeof e->gc_what, "%s", op);
    while (wt(w)->kind == WT_ATOM) w->pos++;         /* (ref.i31 N): the value is not checked */
    return w_expect(w, WT_RPAR);
  }
  if (!strcmp(op, "ref.extern") || !strcmp(op, "ref.host")) {
    e->kind = WD_EXTERNREF;
    if (wt(w)->kind == WT_RPAR && pattern) { e->ref = 2; w->pos++; return true; }
    uint64_t n;
    const wat_tok *v = wt(w);
    if (v->kind != WT_ATOM || !wat_uint(w->text + v->off, v->len, 64, &n))
      return w_err(w, "bad ref.extern at line %d", w_line(w, v->off));
    w->pos++;
    e->ref = 1;
    memcpy(e->bytes, &n, 8);
    return w_expect(w, WT_RPAR);
  }
  if (!strcmp(op, "ref.func") && pattern) {
    e->kind = WD_FUNCREF;
    e->ref = 2;
    while (wt(w)->kind != WT_RPAR && wt(w)->kind != WT_EOF) w->pos++;
    return w_expect(w, WT_RPAR);
  }
  return w_err(w, "unsupported value %s at line %d", op, w_line(w, t->off));
lanes:
  for (int i = 0; i < e->lanes; i++) {
    const wat_tok *v = wt(w);
    if (v->kind != WT_ATOM) return w_err(w, "expected a number at line %d", w_line(w, v->off));
    const char *s = w->text + v->off;
    uint64_t bits = 0;
    bool ok;
    if (pattern && e->lane_float && v->len == 13 && !memcmp(s, "nan:canonical", 13)) { e->nan[i] = 1; ok = true; }
    else if (pattern && e->lane_float && v->len == 14 && !memcmp(s, "nan:arithmetic", 14)) { e->nan[i] = 2; ok = true; }
    else if (e->lane_float && e->lane_bits == 32) { uint32_t f; ok = wat_f32(s, v->len, &f); bits = f; }
    else if (e->lane_float) ok = wat_f64(s, v->len, &bits);
    else ok = wat_int(s, v->len, e->lane_bits, &bits);
    if (!ok) return w_err(w, "bad number %.*s at line %d", (int)v->len, s, w_line(w, v->off));
    for (int b = 0; b < e->lane_bits / 8; b++) e->bytes[i * (e->lane_bits / 8) + b] = (uint8_t)(bits >> (8 * b));
    w->pos++;
  }
  return w_expect(w, WT_RPAR);
}

static bool w_action(wparse *w, wcmd *c) {
  if (!w_expect(w, WT_LPAR)) return false;
  if (w_is(w, w->pos, "get")) c->is_get = true;
  else if (!w_is(w, w->pos, "invoke")) return w_err(w, "expected invoke or get at line %d", w_line(w, wt(w)->off));
  w->pos++;
  c->name = w_id(w);
  if (!(c->field = w_string(w, &c->field_len))) return false;
  size_t cap = 0;
  while (wt(w)->kind == WT_LPAR) {
    wexp e;
    if (!w_value(w, &e, false)) return false;
    if (c->nargs == cap) { cap = cap ? cap * 2 : 4; c->args = xrealloc(c->args, cap * sizeof *c->args); }
    wd_val *v = &c->args[c->nargs++];
    memset(v, 0, sizeof *v);
    v->kind = e.kind;
    if (e.kind == WD_FUNCREF || e.kind == WD_EXTERNREF) {
      if (e.ref == 1) { uint64_t n; memcpy(&n, e.bytes, 8); v->of.externref = extern_ptr(n); }
    } else if (e.kind == WD_V128) memcpy(v->of.v128, e.bytes, 16);
    else memcpy(&v->of.i64, e.bytes, 8);
  }
  return w_expect(w, WT_RPAR);
}

static bool w_results(wparse *w, wcmd *c) {
  size_t cap = 0;
  while (wt(w)->kind == WT_LPAR) {
    if (c->nresults == cap) { cap = cap ? cap * 2 : 4; c->results = xrealloc(c->results, cap * sizeof *c->results); }
    wresult *r = &c->results[c->nresults++];
    memset(r, 0, sizeof *r);
    if (w_open(w, "either")) {
      w->pos += 2;
      while (wt(w)->kind == WT_LPAR) {
        r->alt = xrealloc(r->alt, (r->nalt + 1) * sizeof *r->alt);
        if (!w_value(w, &r->alt[r->nalt++], true)) return false;
      }
      if (!w_expect(w, WT_RPAR)) return false;
    } else {
      r->alt = xmalloc(sizeof *r->alt);
      r->nalt = 1;
      if (!w_value(w, &r->alt[0], true)) return false;
    }
  }
  return true;
}

static void wcmd_free(wcmd *c) {
  free(c->name); free(c->as); free(c->field); free(c->args); free(c->text);
  if (c->bytes) { if (c->text_module) wd_wat_free(NULL, c->bytes, c->len); else free(c->bytes); }
  for (size_t i = 0; i < c->nresults; i++) free(c->results[i].alt);
  free(c->results);
}

/* Reads one command at w->pos into c. False (c->type W_BAD, why set) if it cannot be understood. */
static bool w_command(wparse *w, wcmd *c) {
  /* ((@a) module ...): annotations are dropped from the script's tokens when it is read */
  memset(c, 0, sizeof *c);
  c->line = w_line(w, wt(w)->off);
  size_t start = w->pos;
  bool ok = false;
  static const char *const fields[] = {"type", "rec", "import", "func", "table", "memory", "global", "tag",
                                       "export", "start", "elem", "data"};
  bool is_field = false;
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) is_field |= w_open(w, fields[i]);
  if (is_field) {                    /* module fields at the top level: one module, up to the next command */
    c->type = W_MODULE;
    c->text_module = true;
    size_t from = wt(w)->off;
    for (;;) {
      bool more = false;
      for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) more |= w_open(w, fields[i]);
      if (!more) break;
      w_skip(w);
    }
    size_t to = w->toks.v[w->pos - 1].off + 1;
    wd_error err = {0};
    c->bytes = wd_wat_to_wasm_features(w->text + from, to - from, NULL, w->features, &c->len, &err);
    if (!c->bytes) {
      c->text_failed = true;
      text_why(w, c, from, &err);
    }
    return true;
  }
  if (w_open(w, "module") && w_is(w, w->pos + 2, "instance")) {
    /* (module instance $I? $M?): instantiates a module definition ($M, or the latest one) */
    c->type = W_INSTANCE;
    c->def = -1;
    w->pos += 3;
    c->name = w_id(w);
    char *of = w_id(w);
    for (size_t i = w->script ? w->script->n : 0; i-- > 0;) {
      const wcmd *d = &w->script->v[i];
      if (d->type == W_MODULE && d->definition && (!of || (d->name && !strcmp(d->name, of)))) { c->def = (long)i; break; }
    }
    if (c->def < 0) ok = w_err(w, "module instance: no module definition %s", of ? of : "before it");
    else ok = w_expect(w, WT_RPAR);
    free(of);
  } else if (w_open(w, "module")) {
    c->type = W_MODULE;
    ok = w_module(w, c);
  } else if (w_open(w, "thread")) {
    /* (thread $T (shared (module $M))* command*): parsed; run as not supported (no threads here) */
    c->type = W_THREAD;
    w->pos += 2;
    free(w_id(w));
    while (w_open(w, "shared")) w_skip(w);
    ok = true;
    while (ok && wt(w)->kind == WT_LPAR) {
      wcmd sub;
      size_t at = w->pos;
      if (!w_command(w, &sub)) ok = false;
      else if (sub.type == W_BAD) { snprintf(w->why, sizeof w->why, "%.200s", sub.why); ok = false; }
      wcmd_free(&sub);
      if (w->pos == at) ok = false;
      c->nsub++;
    }
    ok = ok && w_expect(w, WT_RPAR);
  } else if (w_open(w, "wait")) {
    c->type = W_WAIT;
    w->pos += 2;
    c->name = w_id(w);
    ok = c->name != NULL ? w_expect(w, WT_RPAR) : w_err(w, "wait needs a thread name");
  } else if (w_open(w, "register")) {
    c->type = W_REGISTER;
    w->pos += 2;
    size_t n;
    ok = (c->as = w_string(w, &n)) != NULL;
    c->name = w_id(w);
    ok = ok && w_expect(w, WT_RPAR);
  } else if (w_open(w, "invoke") || w_open(w, "get")) {
    c->type = W_ACTION;
    ok = w_action(w, c);
  } else if (wt(w)->kind == WT_LPAR && wt(w)->kind != WT_EOF && w->toks.v[w->pos + 1].kind == WT_ATOM) {
    const wat_tok *k = &w->toks.v[w->pos + 1];
    char kw[32];
    snprintf(kw, sizeof kw, "%.*s", (int)(k->len < 31 ? k->len : 31), w->text + k->off);
    w->pos += 2;
    if (!strcmp(kw, "assert_return")) {
      c->type = W_RETURN;
      ok = w_action(w, c) && w_results(w, c);
    } else if (!strcmp(kw, "assert_trap") || !strcmp(kw, "assert_exhaustion") || !strcmp(kw, "assert_exception")) {
      c->type = !strcmp(kw, "assert_trap") ? W_TRAP : !strcmp(kw, "assert_exhaustion") ? W_EXHAUSTION : W_EXCEPTION;
      if (w_open(w, "module")) { c->type = W_UNINSTANTIABLE; ok = w_module(w, c); }
      else ok = w_action(w, c);
    } else if (!strcmp(kw, "assert_malformed") || !strcmp(kw, "assert_invalid") ||
               !strcmp(kw, "assert_unlinkable") || !strcmp(kw, "assert_uninstantiable") ||
               !strcmp(kw, "assert_malformed_custom") || !strcmp(kw, "assert_invalid_custom")) {
      c->type = !strcmp(kw, "assert_malformed") ? W_MALFORMED : !strcmp(kw, "assert_invalid") ? W_INVALID :
                !strcmp(kw, "assert_unlinkable") ? W_UNLINKABLE :
                !strcmp(kw, "assert_malformed_custom") ? W_MALFORMED_CUSTOM :
                !strcmp(kw, "assert_invalid_custom") ? W_INVALID_CUSTOM : W_UNINSTANTIABLE;
      ok = w_open(w, "module") ? w_module(w, c) : w_err(w, "expected a module");
    } else {
      ok = w_err(w, "unknown command %s", kw);
    }
    if (ok && wt(w)->kind == WT_STRING) { size_t n; ok = (c->text = w_string(w, &n)) != NULL; }
    ok = ok && w_expect(w, WT_RPAR);
  } else {
    ok = w_err(w, "expected a command");
  }
  if (!ok) {
    c->type = W_BAD;
    snprintf(c->why, sizeof c->why, "%s", w->why[0] ? w->why : "cannot read the command");
    w->why[0] = 0;
    w->pos = start;
    if (wt(w)->kind == WT_EOF) return false;
    w_skip(w);
    if (w->pos == start) w->pos++;
  }
  return true;
}

/* Reads a whole script. False only when the file cannot be lexed (why set). */
static bool w_read_script(const char *text, size_t len, uint32_t features, wscript *s, char *why, size_t whycap) {
  wparse w = {.text = text, .len = len, .line_no = 1, .features = features};
  wd_error err = {0};
  if (!wat_lex(text, len, NULL, &w.toks, &err)) {
    snprintf(why, whycap, "%s", err.message);
    wat_toks_free(&w.toks, NULL);
    return false;
  }
  /* annotations "(@id ...)" mean nothing to a script: their groups leave the tokens (module text is read
   * from the script's bytes, where the text reader drops them itself) */
  size_t o = 0;
  for (size_t i = 0; i < w.toks.n;) {
    if (w.toks.v[i].kind != WT_ANNOT) { w.toks.v[o++] = w.toks.v[i++]; continue; }
    size_t depth = 0;
    do {
      uint32_t k = w.toks.v[i].kind;
      if (k == WT_LPAR || k == WT_ANNOT) depth++;
      else if (k == WT_RPAR) depth--;
      i++;
    } while (depth && i < w.toks.n);
  }
  w.toks.v[o] = w.toks.v[w.toks.n];                   /* the EOF token */
  w.toks.n = o;
  w.script = s;
  while (wt(&w)->kind != WT_EOF) {
    if (s->n == s->cap) { s->cap = s->cap ? s->cap * 2 : 64; s->v = xrealloc(s->v, s->cap * sizeof *s->v); }
    if (!w_command(&w, &s->v[s->n])) break;
    s->n++;
  }
  wat_toks_free(&w.toks, NULL);
  return true;
}

/* ---- running a script */

/* Keeps a module until the store goes (r->modules). */
static void keep_module(runner *r, wd_module *m) {
  if (r->nmodules == r->modules_cap) {
    r->modules_cap = r->modules_cap ? r->modules_cap * 2 : 16;
    r->modules = xrealloc(r->modules, r->modules_cap * sizeof *r->modules);
  }
  r->modules[r->nmodules++] = m;
}

static wd_module *w_load(runner *r, const wcmd *c, wd_error *err) {
  wd_module *m = wd_module_new(r->engine, c->bytes, c->len, err);
  if (!m) return NULL;
  keep_module(r, m);
  return m;
}

static bool wexp_matches(const wexp *e, const wd_val *v) {
  if (e->ref == 3) return false;
  if (e->any_null && (v->kind == WD_FUNCREF || v->kind == WD_EXTERNREF))
    return v->kind == WD_FUNCREF ? v->of.func == NULL : v->of.externref == NULL;
  if (v->kind != e->kind) return false;
  switch (e->kind) {
  case WD_FUNCREF:
    return e->ref == 0 ? v->of.func == NULL : v->of.func != NULL;
  case WD_EXTERNREF: {
    if (e->ref == 0) return v->of.externref == NULL;
    if (e->ref == 2) return v->of.externref != NULL;
    uint64_t n;
    memcpy(&n, e->bytes, 8);
    return v->of.externref == extern_ptr(n);
  }
  default: break;
  }
  const uint8_t *got = e->kind == WD_V128 ? v->of.v128 : (const uint8_t *)&v->of.i64;
  int w = e->lane_bits / 8;
  for (int i = 0; i < e->lanes; i++) {
    uint64_t g = 0, x = 0;
    for (int b = 0; b < w; b++) { g |= (uint64_t)got[i * w + b] << (8 * b); x |= (uint64_t)e->bytes[i * w + b] << (8 * b); }
    if (e->nan[i]) {
      bool f32 = e->lane_bits == 32;
      uint64_t absmask = f32 ? 0x7fffffffu : 0x7fffffffffffffffull, quiet = f32 ? 0x7fc00000u : 0x7ff8000000000000ull;
      if (e->nan[i] == 1 ? (g & absmask) != quiet : (g & quiet) != quiet) return false;
    } else if (g != x) {
      return false;
    }
  }
  return true;
}

static void format_wexp(char *out, size_t cap, const wexp *e) {
  wd_val v = {.kind = e->kind};
  if (e->kind == WD_V128) memcpy(v.of.v128, e->bytes, 16);
  else memcpy(&v.of.i64, e->bytes, 8);
  if (e->ref == 3) { snprintf(out, cap, "(%s) (GC references are not supported)", e->gc_what); return; }
  if (e->any_null) { snprintf(out, cap, "a null reference"); return; }
  if (e->kind == WD_FUNCREF || e->kind == WD_EXTERNREF) {
    snprintf(out, cap, "%s:%s", e->kind == WD_FUNCREF ? "funcref" : "externref",
             e->ref == 0 ? "null" : e->ref == 2 ? "non-null" : "N");
    return;
  }
  format_val(out, cap, &v);
  for (int i = 0; i < e->lanes; i++)
    if (e->nan[i]) { snprintf(out, cap, "nan:%s pattern", e->nan[i] == 1 ? "canonical" : "arithmetic"); break; }
}

static wd_instance *w_action_instance(runner *r, const wcmd *c, wd_error *err) {
  if (c->name) {
    const binding *b = lookup(&r->named, c->name);
    if (!b) { set_error(err, WD_E_INVALID_ARGUMENT, "no module named %s", c->name); return NULL; }
    if (!b->inst) set_error(err, WD_E_INVALID_ARGUMENT, "module %s was not instantiated (%s)", c->name, b->why);
    return b->inst;
  }
  if (!r->have_current) { set_error(err, WD_E_INVALID_ARGUMENT, "no module defined yet"); return NULL; }
  if (!r->current) set_error(err, WD_E_INVALID_ARGUMENT, "the module was not instantiated (%s)", r->current_why);
  return r->current;
}

static act_result w_run_action(runner *r, const wcmd *c, wd_val **results, uint32_t *nresults, wd_error *err) {
  *results = NULL;
  *nresults = 0;
  memset(err, 0, sizeof *err);
  wd_instance *inst = w_action_instance(r, c, err);
  if (!inst) return ACT_SETUP;
  char fq[160];
  quote(fq, sizeof fq, c->field, c->field_len);
  wd_extern ext;
  if (!wd_instance_export(inst, c->field, c->field_len, &ext)) {
    set_error(err, WD_E_UNKNOWN_EXPORT, "no export %s", fq);
    return ACT_SETUP;
  }
  if (c->is_get) {
    if (ext.kind != WD_EXTERN_GLOBAL) { set_error(err, WD_E_INVALID_ARGUMENT, "export %s is not a global", fq); return ACT_SETUP; }
    *results = xmalloc(sizeof **results);
    **results = wd_global_get(ext.of.global);
    *nresults = 1;
    return ACT_OK;
  }
  if (ext.kind != WD_EXTERN_FUNC) { set_error(err, WD_E_INVALID_ARGUMENT, "export %s is not a function", fq); return ACT_SETUP; }
  uint32_t np = 0, nr = 0;
  const wd_valkind *pk = NULL, *rk = NULL;
  wd_func_type(ext.of.func, &np, &pk, &nr, &rk);
  wd_val *res = xmalloc((size_t)nr * sizeof *res);
  memset(res, 0, (size_t)nr * sizeof *res);
  if (!wd_func_call(r->store, ext.of.func, c->args, c->nargs, res, nr, err)) { free(res); return ACT_FAILED; }
  *results = res;
  *nresults = nr;
  return ACT_OK;
}

static void w_run_command(runner *r, const wscript *s, const wcmd *c) {
  const char *ct = wcmd_names[c->type];
  int line = c->line;
  if (c->type == W_BAD) { fail(r, line, ct, "%s", c->why); return; }
  if (r->setup_error[0]) { fail(r, line, ct, "%s", r->setup_error); return; }
  wd_error err = {0};
  char what[200];
  snprintf(what, sizeof what, "%s", ct);
  if (c->field) {
    char fq[160];
    quote(fq, sizeof fq, c->field, c->field_len);
    snprintf(what, sizeof what, "%s %s%s%s", c->is_get ? "get" : "invoke", c->name ? c->name : "", c->name ? "." : "", fq);
  }
  switch (c->type) {
  case W_MODULE: case W_INSTANCE: {
    const wcmd *d = c->type == W_INSTANCE ? &s->v[c->def] : c;   /* the module's text or binary */
    wd_instance *inst = NULL;
    wd_module *m = NULL;
    if (c->definition) {                     /* module definition: decoded and validated only */
      if (c->text_failed) { fail(r, line, ct, "%s", c->why); return; }
      if (!(m = w_load(r, c, &err)) || !wd_module_validate(m, &err)) { fail(r, line, "module definition", "%s", err.message); return; }
      r->passed++;
      return;
    }
    if (d->text_failed) set_error(&err, WD_E_TEXT_MALFORMED, "%s", d->why);
    else if ((m = w_load(r, d, &err))) inst = instantiate(r, m, &err);
    r->have_current = true;
    r->current = inst;
    char why[sizeof r->current_why];
    if (d->text_failed) snprintf(why, sizeof why, "%s", d->why);
    else snprintf(why, sizeof why, "line %d: %s", d->line, err.message);
    one_line(why);
    snprintf(r->current_why, sizeof r->current_why, "%s", why);
    if (c->name) bind(&r->named, c->name, inst, why);
    if (inst) r->passed++;
    else fail(r, line, ct, "%s", why);
    return;
  }
  case W_REGISTER: {
    wd_instance *inst;
    const char *why;
    if (c->name) {
      const binding *b = lookup(&r->named, c->name);
      if (!b) { fail(r, line, ct, "no module named %s", c->name); bind(&r->registered, c->as, NULL, "unknown module"); return; }
      inst = b->inst;
      why = b->why;
    } else {
      if (!r->have_current) { fail(r, line, ct, "no module defined yet"); bind(&r->registered, c->as, NULL, "no module"); return; }
      inst = r->current;
      why = r->current_why;
    }
    bind(&r->registered, c->as, inst, why);
    if (inst) r->passed++;
    else fail(r, line, ct, "register %s: the module was not instantiated (%s)", c->as, why);
    return;
  }
  case W_ACTION: case W_RETURN: {
    wd_val *res;
    uint32_t nres;
    act_result ar = w_run_action(r, c, &res, &nres, &err);
    if (ar != ACT_OK) {
      fail(r, line, ct, "%s: expected values, got %s: %s", what, ar == ACT_FAILED ? "error" : "no call", err.message);
      return;
    }
    if (c->type == W_RETURN) {
      if (nres != c->nresults) {
        fail(r, line, ct, "%s: expected %zu results, got %" PRIu32, what, c->nresults, nres);
        free(res);
        return;
      }
      for (size_t i = 0; i < nres; i++) {
        bool any = false;
        for (size_t a = 0; a < c->results[i].nalt && !any; a++) any = wexp_matches(&c->results[i].alt[a], &res[i]);
        if (!any) {
          char want[200], got[160];
          format_wexp(want, sizeof want, &c->results[i].alt[0]);
          format_val(got, sizeof got, &res[i]);
          fail(r, line, ct, "%s: result %zu: expected %s%s, got %s", what, i, want,
               c->results[i].nalt > 1 ? " (or another alternative)" : "", got);
          free(res);
          return;
        }
      }
    }
    free(res);
    r->passed++;
    return;
  }
  case W_TRAP: case W_EXHAUSTION: case W_EXCEPTION: {
    wd_val *res;
    uint32_t nres;
    act_result ar = w_run_action(r, c, &res, &nres, &err);
    const char *text = c->text ? c->text : "";
    if (ar == ACT_OK) {
      char got[160] = "no results";
      if (nres) format_val(got, sizeof got, &res[0]);
      free(res);
      fail(r, line, ct, "%s: expected trap \"%s\", got success (%s)", what, text, got);
      return;
    }
    if (ar == ACT_SETUP) { fail(r, line, ct, "%s: expected trap \"%s\", got no call: %s", what, text, err.message); return; }
    /* assert_exception: exactly an uncaught exception; assert_trap/exhaustion: never one. */
    if ((c->type == W_EXCEPTION) != (err.code == WD_E_UNCAUGHT_EXCEPTION) ||
        wd_errcode_class(err.code) != WD_CLASS_TRAP || !text_matches(&err, text)) {
      fail(r, line, ct, "%s: expected %s \"%s\", got %s: %s", what,
           c->type == W_EXCEPTION ? "exception" : "trap", text, wd_errcode_name(err.code), err.message);
      return;
    }
    r->passed++;
    return;
  }
  case W_MALFORMED: case W_INVALID: {
    const char *text = c->text ? c->text : "";
    if (c->type == W_MALFORMED && c->text_module) {
      /* the text reader itself must refuse it */
      if (!c->text_failed) fail(r, line, ct, "expected \"%s\", but the text was read", text);
      else r->passed++;
      return;
    }
    if (c->text_failed) { fail(r, line, ct, "expected \"%s\", got a text error: %s", text, c->why); return; }
    wd_module *m = w_load(r, c, &err);
    if (m && !wd_module_validate(m, &err)) m = NULL;
    if (m) { fail(r, line, ct, "expected \"%s\", got a valid module", text); return; }
    if (err.code == WD_E_SIMD_UNSUPPORTED || err.code == WD_E_FEATURE_DISABLED) {
      fail(r, line, ct, "expected \"%s\", got a rejection that proves nothing: %s", text, err.message);
      return;
    }
    /* An invalid module is well-formed: a decoding error says the decoder did not understand it. */
    if (c->type == W_INVALID && wd_errcode_class(err.code) == WD_CLASS_MALFORMED) {
      fail(r, line, ct, "expected \"%s\", got a decoding error: %s", text, err.message);
      return;
    }
    r->passed++;
    return;
  }
  case W_MALFORMED_CUSTOM: case W_INVALID_CUSTOM: {
    /* custom sections and annotations: the reader makes (@custom ...) into custom sections and (@name ...)
     * into the name section, but nothing checks what a custom section says (branch hints) */
    const char *text = c->text ? c->text : "";
    if (c->type == W_MALFORMED_CUSTOM && c->text_failed) { r->passed++; return; }
    fail(r, line, ct, "expected \"%s\": warden does not check custom sections' contents (branch hints)%s%s", text,
         c->text_failed ? "; got a text error: " : "", c->text_failed ? c->why : "");
    return;
  }
  case W_THREAD: case W_WAIT:
    /* the threads feature: no threads here, so the thread and the commands in it are not supported */
    fail(r, line, ct, "not supported: the threads feature (thread/wait scripts)%s",
         c->nsub ? " and the commands in the thread" : "");
    r->failed += c->nsub;
    r->threads_failed += 1 + c->nsub;
    return;
  case W_UNLINKABLE: case W_UNINSTANTIABLE: {
    const char *text = c->text ? c->text : "";
    if (c->text_failed) { fail(r, line, ct, "expected \"%s\", got a text error: %s", text, c->why); return; }
    wd_module *m = w_load(r, c, &err);
    if (!m) { fail(r, line, ct, "expected \"%s\", got a load error: %s", text, err.message); return; }
    wd_instance *inst = instantiate(r, m, &err);
    if (inst) { fail(r, line, ct, "expected \"%s\", got an instance", text); return; }
    if (!text_matches(&err, text)) {
      fail(r, line, ct, "expected \"%s\", got %s: %s", text, wd_errcode_name(err.code), err.message);
      return;
    }
    r->passed++;
    return;
  }
  default:
    fail(r, line, ct, "unknown command");
  }
}

static void w_run_commands(runner *r, const void *ctx) {
  const wscript *s = ctx;
  for (size_t i = 0; i < s->n; i++) w_run_command(r, s, &s->v[i]);
}

/* ---------------------------------------------------------------- files */

/* The features a testsuite file is written for (spec_features.h), then the command line's switches. */
static uint32_t features_for(const char *path, const options *opt) {
  uint32_t f = spec_features_for(path);
  wd_features_parse(opt->feature_list, &f, NULL);   /* checked when the options were read */
  return f;
}

static void json_run_commands(runner *r, const void *ctx) {
  const cJSON *cmd;
  cJSON_ArrayForEach(cmd, (const cJSON *)ctx) run_command(r, cmd);
}

/* Runs every command of one parsed file under one layout and mode. */
static void run_combination(runner *r, void (*run)(runner *, const void *), const void *ctx) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = r->layout;
  cfg.mode = r->mode;
  cfg.features = r->features;
  wd_error err = {0};
  r->setup_error[0] = 0;
  r->engine = wd_engine_new(&cfg, &err);
  if (!r->engine) snprintf(r->setup_error, sizeof r->setup_error, "cannot make an engine: %s", err.message);
  else if (!(r->store = wd_store_new(r->engine, &err)))
    snprintf(r->setup_error, sizeof r->setup_error, "cannot make a store: %s", err.message);
  else spectest_make(r);
  r->have_current = false;
  r->current = NULL;
  r->current_why[0] = 0;

  run(r, ctx);

  if (r->store) wd_store_free(r->store);       /* instances first, then the modules they use */
  for (size_t i = 0; i < r->nmodules; i++) wd_module_free(r->modules[i]);
  if (r->engine) wd_engine_free(r->engine);
  r->store = NULL;
  r->engine = NULL;
  r->nmodules = 0;
  bindings_free(&r->named);
  bindings_free(&r->registered);
}

static void run_wast_file(runner *r, const char *path) {
  size_t len = 0;
  char *text = (char *)read_file(path, &len);
  if (!text) {
    r->setup_error[0] = 0;
    fail(r, 0, "file", "cannot read %s: %s", path, strerror(errno));
    return;
  }
  wscript s = {0};
  char why[WD_ERROR_MESSAGE_MAX];
  if (!w_read_script(text, len, r->features, &s, why, sizeof why)) {
    r->setup_error[0] = 0;
    fail(r, 0, "file", "%s: %s", path, why);
  } else {
    for (int li = 0; r->opt->layouts[li]; li++)
      for (int mi = 0; mi < r->opt->nmodes; mi++) {
        r->layout = r->opt->layouts[li];
        r->mode = r->opt->modes[mi];
        run_combination(r, w_run_commands, &s);
      }
  }
  for (size_t i = 0; i < s.n; i++) wcmd_free(&s.v[i]);
  free(s.v);
  free(text);
}

static void run_file(runner *r, const char *path) {
  r->file = path;
  size_t plen = strlen(path);
  if (plen > 5 && !strcmp(path + plen - 5, ".wast")) {
    r->features = features_for(path, r->opt);
    if (r->opt->wasm3 && !strstr(path, "proposals/")) r->features |= WD_FEATURES_ALL | WD_FEATURE_GC;
    r->dir = NULL;
    run_wast_file(r, path);
    return;
  }
  r->features = features_for(path, r->opt);
  const char *slash = strrchr(path, '/');
  r->dir = slash ? strndup(path, (size_t)(slash - path)) : xstrdup(".");
  if (!r->dir) { fprintf(stderr, "wd-spectest: out of memory\n"); exit(2); }
  size_t len = 0;
  char *raw = (char *)read_file(path, &len);
  cJSON *root = NULL;
  if (!raw) {
    r->setup_error[0] = 0;
    fail(r, 0, "file", "cannot read %s: %s", path, strerror(errno));
  } else {
    size_t tlen;
    char *text = rewrite_nul_escapes(r, raw, len, &tlen);
    free(raw);
    root = cJSON_ParseWithLength(text, tlen);
    free(text);
    const cJSON *commands = cJSON_GetObjectItemCaseSensitive(root, "commands");
    if (!cJSON_IsArray(commands)) {
      r->setup_error[0] = 0;
      fail(r, 0, "file", "%s is not wast2json output (no \"commands\" array)", path);
    } else {
      for (int li = 0; r->opt->layouts[li]; li++)
        for (int mi = 0; mi < r->opt->nmodes; mi++) {
          r->layout = r->opt->layouts[li];
          r->mode = r->opt->modes[mi];
          run_combination(r, json_run_commands, commands);
        }
    }
  }
  cJSON_Delete(root);
  free(r->dir);
  r->dir = NULL;
}

/* ---------------------------------------------------------------- cross-check against wast2json
 *
 * --cross-check FILE.wast=FILE.json...: every module that wast2json wrote as binary must decode, in an
 * eager engine, to the same module as warden's reader makes of the same command (paired by line): the
 * same verdict (or error code), imports, exports, section ids and entry counts, and the same translated
 * code for every function. */

/* What a module decodes to, as text: NULL if it does not load (err set). */
static char *module_summary(wd_engine *engine, const uint8_t *bytes, size_t len, wd_error *err) {
  wd_module *m = wd_module_new(engine, bytes, len, err);
  if (!m) return NULL;
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  if (!f) { fprintf(stderr, "wd-spectest: out of memory\n"); exit(2); }
  for (uint32_t i = 0; i < wd_module_import_count(m); i++) {
    wd_importdesc d;
    if (wd_module_import(m, i, &d))
      fprintf(f, "import %.*s %.*s %d\n", (int)d.module_len, d.module, (int)d.name_len, d.name, d.kind);
  }
  for (uint32_t i = 0; i < wd_module_export_count(m); i++) {
    wd_exportdesc d;
    if (wd_module_export(m, i, &d)) fprintf(f, "export %.*s %d\n", (int)d.name_len, d.name, d.kind);
  }
  for (uint32_t i = 0; i < wd_module_section_count(m); i++) {
    wd_section_info s;
    if (wd_module_section(m, i, &s) && s.id && (s.count || s.id == 8))   /* empty sections do not count */
      fprintf(f, "section %u count %u\n", s.id, s.count);
  }
  uint32_t nimp = 0;
  for (uint32_t i = 0; i < wd_module_import_count(m); i++) {
    wd_importdesc d;
    if (wd_module_import(m, i, &d) && d.kind == WD_EXTERN_FUNC) nimp++;
  }
  for (uint32_t i = nimp; i < wd_module_func_count(m); i++) {
    wd_error e = {0};
    if (!wd_module_disasm(m, i, f, &e)) fprintf(f, "func %u: %s\n", i, e.message);
  }
  fclose(f);
  wd_module_free(m);
  return buf;
}

static void cross_check_pair(runner *r, const char *wast, const char *json) {
  r->file = wast;
  size_t wlen = 0, jlen = 0;
  char *wtext = (char *)read_file(wast, &wlen), *jtext = (char *)read_file(json, &jlen);
  wscript s = {0};
  char why[WD_ERROR_MESSAGE_MAX];
  cJSON *root = NULL;
  if (!wtext || !jtext) { fail(r, 0, "file", "cannot read %s", !wtext ? wast : json); goto out; }
  r->features = features_for(wast, r->opt);
  if (!w_read_script(wtext, wlen, r->features, &s, why, sizeof why)) { fail(r, 0, "file", "%s", why); goto out; }
  size_t tlen;
  char *t = rewrite_nul_escapes(r, jtext, jlen, &tlen);
  root = cJSON_ParseWithLength(t, tlen);
  free(t);
  const cJSON *cmds = cJSON_GetObjectItemCaseSensitive(root, "commands"), *cmd;
  if (!cJSON_IsArray(cmds)) { fail(r, 0, "file", "%s: no commands", json); goto out; }
  const char *slash = strrchr(json, '/');
  r->dir = slash ? strndup(json, (size_t)(slash - json)) : xstrdup(".");
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.mode = WD_MODE_EAGER;
  cfg.features = WD_FEATURES_ALL;
  wd_error err = {0};
  r->engine = wd_engine_new(&cfg, &err);
  if (!r->engine) { fail(r, 0, "engine", "%s", err.message); goto out; }
  r->layout = "default";
  r->mode = WD_MODE_EAGER;
  cJSON_ArrayForEach(cmd, cmds) {
    const char *fn = jstr(cmd, "filename");
    int line = jline(cmd);
    size_t fl = fn ? strlen(fn) : 0;
    if (!fn || fl < 5 || strcmp(fn + fl - 5, ".wasm")) continue;
    const wcmd *ours = NULL;
    for (size_t i = 0; i < s.n && !ours; i++)
      if ((s.v[i].mline ? s.v[i].mline == line || s.v[i].kline == line : s.v[i].line == line) && s.v[i].type != W_BAD && (s.v[i].bytes || s.v[i].text_failed)) ours = &s.v[i];
    if (!ours) { fail(r, line, "cross-check", "%s: no module of ours at this line", fn); continue; }
    if (!ours->text_module) continue;            /* (module binary ...): the same bytes, not counted */
    if (ours->text_failed) { fail(r, line, "cross-check", "%s: wast2json read it, warden did not: %s", fn, ours->why); continue; }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", r->dir, fn);
    size_t blen;
    uint8_t *bytes = read_file(path, &blen);
    if (!bytes) { fail(r, line, "cross-check", "cannot read %s", path); continue; }
    wd_error e1 = {0}, e2 = {0};
    char *a = module_summary(r->engine, bytes, blen, &e1);
    char *b = module_summary(r->engine, ours->bytes, ours->len, &e2);
    free(bytes);
    if (!a || !b) {
      if (!a && !b) r->passed++;                 /* both rejected (the wording may differ) */
      else fail(r, line, "cross-check", "%s: wast2json's module %s, ours %s", fn, a ? "loads" : e1.message,
                b ? "loads" : e2.message);
    } else if (strcmp(a, b)) {
      size_t k = 0;
      while (a[k] && a[k] == b[k]) k++;
      while (k && a[k - 1] != '\n') k--;
      fail(r, line, "cross-check", "%s: modules differ: wast2json \"%.60s\" vs ours \"%.60s\"", fn, a + k, b + k);
    } else {
      r->passed++;
    }
    free(a);
    free(b);
  }
out:
  if (r->engine) wd_engine_free(r->engine);
  r->engine = NULL;
  free(r->dir);
  r->dir = NULL;
  cJSON_Delete(root);
  for (size_t i = 0; i < s.n; i++) wcmd_free(&s.v[i]);
  free(s.v);
  free(wtext);
  free(jtext);
}

/* --compare A=B...: both files (binary, or text read by wd_wat_to_wasm) must decode to the same module,
 * as in --cross-check. Used for the round trip binary -> wasm2wat -> warden's reader. */
static uint8_t *module_bytes(const char *path, size_t *len, bool *text, char *why, size_t whycap) {
  uint8_t *b = read_file(path, len);
  *text = false;
  if (!b) { snprintf(why, whycap, "cannot read %s", path); return NULL; }
  if (*len >= 4 && !memcmp(b, "\0asm", 4)) return b;
  wd_error err = {0};
  size_t n = 0;
  uint8_t *bin = wd_wat_to_wasm((const char *)b, *len, NULL, &n, &err);
  free(b);
  if (!bin) { snprintf(why, whycap, "%s:%s", path, err.message); return NULL; }
  *text = true;
  *len = n;
  return bin;
}

static void compare_pair(runner *r, const char *a, const char *b) {
  r->file = a;
  r->layout = "default";
  r->mode = WD_MODE_EAGER;
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.mode = WD_MODE_EAGER;
  cfg.features = WD_FEATURES_ALL;
  wd_error err = {0};
  r->engine = wd_engine_new(&cfg, &err);
  if (!r->engine) { fail(r, 0, "engine", "%s", err.message); return; }
  size_t la = 0, lb = 0;
  bool ta, tb;
  char why[WD_ERROR_MESSAGE_MAX + 64];
  uint8_t *ba = module_bytes(a, &la, &ta, why, sizeof why), *bb = ba ? module_bytes(b, &lb, &tb, why, sizeof why) : NULL;
  if (!ba || !bb) fail(r, 0, "compare", "%s", why);
  else {
    wd_error e1 = {0}, e2 = {0};
    char *sa = module_summary(r->engine, ba, la, &e1), *sb = module_summary(r->engine, bb, lb, &e2);
    if (!sa && r->opt->compare_valid_only) {
      if (r->opt->verbose) printf("note: %s is rejected (%s): not compared\n", a, e1.message);
    } else if (!sa || !sb) {
      if (!sa && !sb) r->passed++;
      else fail(r, 0, "compare", "%s %s, %s %s", a, sa ? "loads" : e1.message, b, sb ? "loads" : e2.message);
    } else if (strcmp(sa, sb)) {
      size_t k = 0;
      while (sa[k] && sa[k] == sb[k]) k++;
      while (k && sa[k - 1] != '\n') k--;
      fail(r, 0, "compare", "modules differ: %s \"%.60s\" vs %s \"%.60s\"", a, sa + k, b, sb + k);
    } else {
      r->passed++;
    }
    free(sa);
    free(sb);
  }
  if (ba) { if (ta) wd_wat_free(NULL, ba, la); else free(ba); }
  if (bb) { if (tb) wd_wat_free(NULL, bb, lb); else free(bb); }
  wd_engine_free(r->engine);
  r->engine = NULL;
}

/* ---------------------------------------------------------------- --feature-table
 *
 * The Wasm 3.0 testsuite file by file: each file belongs to one feature, derived from its path (the
 * testsuite-3.0 README's layout); its commands count under that feature, passed or not. A command that
 * needs something warden does not support fails (a text, decode or validation error) and is counted as
 * not passed under its file's feature: never skipped, never passed. */

typedef struct feat_row { const char *name; unsigned files; unsigned long passed, failed; } feat_row;

/* Adds counts to feature f's row (one row per name); files: how many files they come from (0 or 1). */
static void feature_add(feat_row *rows, int *n, const char *f, unsigned files, unsigned long passed,
                        unsigned long failed) {
  int i = 0;
  while (i < *n && strcmp(rows[i].name, f)) i++;
  if (i == *n) { rows[i].name = xstrdup(f); rows[i].files = 0; rows[i].passed = rows[i].failed = 0; (*n)++; }
  rows[i].files += files;
  rows[i].passed += passed;
  rows[i].failed += failed;
}

/* The table's row order: core first, then Wasm 3.0's features, then proposals (others after, A-Z). */
static int feature_rank(const char *name) {
  static const char *const order[] = {"core", "SIMD", "relaxed SIMD", "annotations", "memory64 / table64",
                                      "exceptions", "function references", "GC", "threads", "wide-arithmetic",
                                      "custom-page-sizes", "custom-descriptors"};
  for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
    if (!strcmp(name, order[i])) return (int)i;
  return (int)(sizeof order / sizeof order[0]);
}
static int feature_cmp(const void *a, const void *b) {
  const feat_row *x = a, *y = b;
  int d = feature_rank(x->name) - feature_rank(y->name);
  return d ? d : strcmp(x->name, y->name);
}

static void feature_print(feat_row *rows, int n) {
  qsort(rows, (size_t)n, sizeof *rows, feature_cmp);
  printf("\n| feature | files | commands | passed | not passed (unsupported or failing) |\n|---|---|---|---|---|\n");
  for (int i = 0; i < n; i++) {
    printf("| %s | %u | %lu | %lu | %lu |\n", rows[i].name, rows[i].files, rows[i].passed + rows[i].failed,
           rows[i].passed, rows[i].failed);
    free((char *)rows[i].name);
  }
  printf("\n");
}

/* ---------------------------------------------------------------- main */

static void usage(FILE *f) {
  fprintf(f,
          "usage: wd-spectest [--layout L|all] [--mode M|all] [-v] [--enable-FEATURE...] FILE.json...\n"
          "Runs wast2json output against warden; each command counts once per layout x mode.\n"
          "  --layout L     function-record layout (default: all)\n"
          "  --mode M       compilation mode (default: all)\n"
          "  -v             print every failure (FAIL file:line [layout/mode] command: detail); -vv also\n"
          "                 prints the spectest print_* calls\n"
          "  --cross-check  arguments are FILE.wast=FILE.json pairs: every module wast2json wrote must decode to\n"
          "                 the same module as warden's text reader makes of it (verdict, imports, exports,\n"
          "                 sections, translated code; two rejections agree whatever their\n"
          "                 wording); (module binary ...) commands are not counted\n"
          "  --feature-table  after the files, a table (markdown) of commands passed and not passed per\n"
          "                 feature, the feature of a file derived from its path (the Wasm 3.0 testsuite,\n"
          "                 where tail calls, extended constants, multi-memory... are core: its files\n"
          "                 outside proposals/ run with --enable-all; proposals/ ones are written\n"
          "                 against Wasm 2.0 and keep what their path implies)\n"
          "  --compare      arguments are A=B pairs of module files (binary, or text read by warden): both\n"
          "                 must decode to the same module, as with --cross-check; with --valid-only, pairs\n"
          "                 whose first module does not load are noted and not counted\n"
          "  --enable-FEATURE, --disable-FEATURE, --features=LIST\n"
          "                 features beyond (or against) those implied by the path (SIMD is always on;\n"
          "                 proposals/NAME turns on feature NAME, *relaxed* relaxed-simd); LIST as\n"
          "                 wd_features_parse reads it (all, none, simd,-threads, ...); --enable-all\n"
          "                 turns on every implemented feature. FEATURE is one of:");
  for (size_t i = 0; wd_feature_at(i); i++) fprintf(f, " %s", wd_feature_name(wd_feature_at(i)));
  fprintf(f, "\nlayouts:");
  for (const char *const *n = wd_layout_names(); *n; n++) fprintf(f, " %s", *n);
  fprintf(f, "\nmodes:");
  for (const char *const *n = wd_mode_names(); *n; n++) fprintf(f, " %s", *n);
  fprintf(f, "\n");
}

/* "--opt value" or "--opt=value". */
static const char *opt_value(int argc, char **argv, int *i, const char *opt) {
  size_t n = strlen(opt);
  if (strncmp(argv[*i], opt, n)) return NULL;
  if (argv[*i][n] == '=') return argv[*i] + n + 1;
  if (argv[*i][n] == 0 && *i + 1 < argc) return argv[++*i];
  return NULL;
}

int main(int argc, char **argv) {
  options opt = {0};
  bool cross_check = false, compare = false, table = false;
  const char *layout = "all", *mode = "all";
  char **files = xmalloc((size_t)argc * sizeof *files);
  int nfiles = 0;
  for (int i = 1; i < argc; i++) {
    const char *v;
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); free(files); return 0; }
    else if ((v = opt_value(argc, argv, &i, "--layout"))) layout = v;
    else if ((v = opt_value(argc, argv, &i, "--mode"))) mode = v;
    else if (!strcmp(a, "-v")) opt.verbose++;
    else if (!strcmp(a, "-vv")) opt.verbose += 2;
    else if (!strncmp(a, "--enable-", 9) || !strncmp(a, "--disable-", 10) || !strncmp(a, "--features=", 11)) {
      /* the feature table's switches, appended to one list (see options.feature_list) */
      char item[128];
      uint32_t f = 0;
      wd_error err;
      if (!strcmp(a, "--enable-all")) snprintf(item, sizeof item, "all");
      else if (a[2] == 'f') snprintf(item, sizeof item, "%s", a + 11);
      else snprintf(item, sizeof item, "%s%s", a[2] == 'e' ? "+" : "-", a + (a[2] == 'e' ? 9 : 10));
      size_t used = strlen(opt.feature_list);
      if (!wd_features_parse(item, &f, &err) || used + strlen(item) + 2 > sizeof opt.feature_list) {
        fprintf(stderr, "wd-spectest: %s: %s\n", a, used + strlen(item) + 2 > sizeof opt.feature_list
                ? "too many feature switches" : err.message);
        free(files);
        return 2;
      }
      snprintf(opt.feature_list + used, sizeof opt.feature_list - used, "%s%s", used ? "," : "", item);
    }
    else if (!strcmp(a, "--cross-check")) cross_check = true;
    else if (!strcmp(a, "--compare")) compare = true;
    else if (!strcmp(a, "--valid-only")) opt.compare_valid_only = true;
    else if (!strcmp(a, "--feature-table")) { table = true; opt.wasm3 = true; }
    else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "wd-spectest: unknown option %s\n", a);
      usage(stderr);
      free(files);
      return 64;
    } else files[nfiles++] = argv[i];
  }
  if (!nfiles) { usage(stderr); free(files); return 64; }

  int nl = 0;
  if (!strcmp(layout, "all")) {
    const char *const *names = wd_layout_names();
    for (int i = 0; names && names[i] && nl < 7; i++) opt.layouts[nl++] = names[i];
  } else if (wd_layout_record_size(layout) == 0) {
    fprintf(stderr, "wd-spectest: unknown layout %s\n", layout);
    free(files);
    return 64;
  } else {
    opt.layouts[nl++] = layout;
  }
  opt.layouts[nl] = NULL;
  if (!nl) { fprintf(stderr, "wd-spectest: this build has no layouts\n"); free(files); return 1; }
  const char *const *mnames = wd_mode_names();
  size_t maxmodes = sizeof opt.modes / sizeof opt.modes[0];
  if (!strcmp(mode, "all")) {
    for (int i = 0; mnames[i] && (size_t)opt.nmodes < maxmodes; i++) wd_mode_lookup(mnames[i], &opt.modes[opt.nmodes++]);
  } else {
    if (wd_mode_lookup(mode, &opt.modes[0])) opt.nmodes = 1;
    if (!opt.nmodes) {
      fprintf(stderr, "wd-spectest: unknown mode %s (one of:", mode);
      for (int i = 0; mnames[i]; i++) fprintf(stderr, " %s", mnames[i]);
      fprintf(stderr, " all)\n");
      free(files);
      return 64;
    }
  }

  runner r = {.opt = &opt};
  feat_row *rows = xmalloc((size_t)(nfiles + 2) * sizeof *rows);
  int nrows = 0;
  unsigned long tp = 0, tf = 0, ts = 0;
  for (int i = 0; i < nfiles; i++) {
    r.passed = r.failed = r.skipped = r.threads_failed = 0;
    if (cross_check || compare) {
      char *eq = strchr(files[i], '=');
      if (!eq) { fprintf(stderr, "wd-spectest: --cross-check and --compare take A=B pairs\n"); return 64; }
      *eq = 0;
      if (compare) compare_pair(&r, files[i], eq + 1);
      else cross_check_pair(&r, files[i], eq + 1);
    } else {
      run_file(&r, files[i]);
    }
    printf("%s: %lu passed, %lu failed, %lu skipped\n", files[i], r.passed, r.failed, r.skipped);
    if (table) {                     /* thread/wait commands count under "threads", wherever they are */
      feature_add(rows, &nrows, spec_feature_of(files[i]), 1, r.passed, r.failed - r.threads_failed);
      if (r.threads_failed) feature_add(rows, &nrows, "threads", 0, 0, r.threads_failed);
    }
    fflush(stdout);
    tp += r.passed;
    tf += r.failed;
    ts += r.skipped;
  }
  free(r.modules);
  free(files);
  if (table) feature_print(rows, nrows);
  free(rows);
  printf("%lu passed, %lu failed, %lu skipped\n", tp, tf, ts);
  return tf ? 1 : 0;
}
