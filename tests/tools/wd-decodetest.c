/* wd-decodetest.c — the decoder's spec test: runs every binary module of wast2json output through
 * wd_decode and wd_scan_body, in every layout of the build.
 *
 *   wd-decodetest [-v] [--lax] FILE.json...
 *
 * Modules a file expects to decode ("module", assert_invalid, assert_unlinkable, assert_uninstantiable)
 * must decode, every body must scan, and every layout must store the same bodies. Binary
 * assert_malformed modules must be rejected by wd_decode or wd_scan_body with a message that starts with
 * the expected text (any rejection with --lax); text ones are skipped. Features follow the path
 * (proposals/tail-call, extended-const, multi-memory; SIMD always). Prints one line per file, then
 * exactly "N passed, N failed[, N skipped]"; exits 1 on any failure. -v prints expected and actual
 * messages of mismatched rejections, and every module checked.
 * A test tool of the decoder: links libwarden.a and cJSON, includes runtime/module.h; reads only the
 * files it is given and the .wasm files they name.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "module.h"
#include "spec_features.h"

static bool verbose, lax;

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    uint8_t *nb = realloc(buf, cap *= 2);
    if (!nb) { free(buf); buf = NULL; }
    buf = nb;
  }
  bool bad = ferror(f) || !buf;
  fclose(f);
  if (bad) { free(buf); return NULL; }
  *len = n;
  return buf;
}


/* Decodes with one layout and scans every body. Returns the module (NULL on rejection, err set). */
static wd_module *decode_and_scan(const uint8_t *bytes, size_t len, const wd_layout *L, uint32_t features,
                                  wd_error *err) {
  wd_decode_opts o = { .layout = L, .features = features };
  wd_module *m = wd_decode(bytes, len, &o, err);
  if (!m) return NULL;
  for (uint32_t i = 0; i < wd_module_ndefined(m); i++)
    if (!wd_scan_body(m, i, err)) {
      wd_module_release(m);
      return NULL;
    }
  return m;
}

/* Every defined function's body is the same in both modules. */
static bool same_bodies(const wd_module *a, const wd_module *b, char *why, size_t whylen) {
  if (wd_module_ndefined(a) != wd_module_ndefined(b)) {
    snprintf(why, whylen, "%u vs %u functions", wd_module_ndefined(a), wd_module_ndefined(b));
    return false;
  }
  for (uint32_t i = 0; i < wd_module_ndefined(a); i++) {
    wd_slice x, y;
    if (!a->layout->get_body(wd_module_record(a, i), &x) || !b->layout->get_body(wd_module_record(b, i), &y) ||
        x.len != y.len || (x.len && memcmp(x.ptr, y.ptr, x.len))) {
      snprintf(why, whylen, "body %u differs between layouts %s and %s", i, a->layout->name, b->layout->name);
      return false;
    }
  }
  return true;
}

typedef struct counts { unsigned passed, failed, skipped; } counts;

static void check_module(const char *json, int line, const char *type, const char *wasm_path,
                         const char *expect, uint32_t features, counts *c) {
  size_t len = 0;
  uint8_t *bytes = slurp(wasm_path, &len);
  if (!bytes) {
    printf("FAIL %s:%d %s %s: cannot read: %s\n", json, line, type, wasm_path, strerror(errno));
    c->failed++;
    return;
  }
  const wd_layout *const *all = wd_layout_all();
  bool ok = true;
  char why[WD_ERROR_MESSAGE_MAX + 128] = "";
  wd_module *first = NULL;
  for (size_t li = 0; all[li] && ok; li++) {
    wd_error err;
    wd_module *m = decode_and_scan(bytes, len, all[li], features, &err);
    if (expect) {                                   /* must be rejected */
      if (m) {
        snprintf(why, sizeof why, "decoded in layout %s, expected \"%s\"", all[li]->name, expect);
        ok = false;
        wd_module_release(m);
      } else if (wd_errcode_class(err.code) != WD_CLASS_MALFORMED) {
        snprintf(why, sizeof why, "rejected as %s (%s), expected malformed \"%s\"",
                 wd_errcode_name(err.code), err.message, expect);
        ok = false;
      } else if (!lax && strncmp(err.message, expect, strlen(expect)) != 0) {
        snprintf(why, sizeof why, "expected \"%s\", got \"%s\"", expect, err.message);
        ok = false;
      }
    } else {                                        /* must decode */
      if (!m) {
        snprintf(why, sizeof why, "layout %s: %s", all[li]->name, err.message);
        ok = false;
      } else if (!first) {
        first = m;
      } else {
        ok = same_bodies(first, m, why, sizeof why);
        wd_module_release(m);
      }
    }
  }
  wd_module_release(first);
  free(bytes);
  if (ok) {
    c->passed++;
    if (verbose) printf("ok   %s:%d %s %s\n", json, line, type, wasm_path);
  } else {
    c->failed++;
    if (verbose || !expect || strncmp(why, "expected \"", 10) != 0)
      printf("FAIL %s:%d %s %s: %s\n", json, line, type, wasm_path, why);
    else
      printf("FAIL %s:%d %s %s: wrong message (-v shows it)\n", json, line, type, wasm_path);
  }
}

static void run_file(const char *json, counts *total) {
  size_t len;
  char *text = (char *)slurp(json, &len);
  counts c = {0, 0, 0};
  if (!text) {
    printf("%s: cannot read: %s\n", json, strerror(errno));
    total->failed++;
    return;
  }
  char *t = realloc(text, len + 1);
  if (!t) { free(text); total->failed++; return; }
  text = t;
  text[len] = '\0';
  cJSON *root = cJSON_Parse(text);
  free(text);
  cJSON *cmds = root ? cJSON_GetObjectItemCaseSensitive(root, "commands") : NULL;
  if (!cJSON_IsArray(cmds)) {
    printf("%s: not wast2json output\n", json);
    cJSON_Delete(root);
    total->failed++;
    return;
  }
  /* .wasm files sit next to the JSON file */
  const char *slash = strrchr(json, '/');
  int dirlen = slash ? (int)(slash - json + 1) : 0;
  uint32_t features = spec_features_for(json);
  const cJSON *cmd;
  cJSON_ArrayForEach(cmd, cmds) {
    const char *type = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cmd, "type"));
    const char *file = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cmd, "filename"));
    const char *mtype = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cmd, "module_type"));
    const char *text_ = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cmd, "text"));
    const cJSON *ln = cJSON_GetObjectItemCaseSensitive(cmd, "line");
    int line = cJSON_IsNumber(ln) ? ln->valueint : 0;
    if (!type || !file) continue;
    bool must_decode = !strcmp(type, "module") || !strcmp(type, "assert_invalid") ||
                       !strcmp(type, "assert_unlinkable") || !strcmp(type, "assert_uninstantiable");
    bool malformed = !strcmp(type, "assert_malformed");
    if (!must_decode && !malformed) continue;
    if (mtype && strcmp(mtype, "binary") != 0) {    /* text modules: the decoder has nothing to say */
      c.skipped++;
      continue;
    }
    char path[4096];
    snprintf(path, sizeof path, "%.*s%s", dirlen, json, file);
    check_module(json, line, type, path, malformed ? (text_ ? text_ : "") : NULL, features, &c);
  }
  cJSON_Delete(root);
  printf("%s: %u passed, %u failed", json, c.passed, c.failed);
  if (c.skipped) printf(", %u skipped", c.skipped);
  printf("\n");
  total->passed += c.passed;
  total->failed += c.failed;
  total->skipped += c.skipped;
}

int main(int argc, char **argv) {
  counts total = {0, 0, 0};
  int files = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-v")) { verbose = true; continue; }
    if (!strcmp(argv[i], "--lax")) { lax = true; continue; }
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      printf("usage: wd-decodetest [-v] [--lax] FILE.json...\n");
      return 0;
    }
  }
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-' && argv[i][1]) continue;
    run_file(argv[i], &total);
    files++;
  }
  if (!files) {
    fprintf(stderr, "usage: wd-decodetest [-v] [--lax] FILE.json...\n");
    return 2;
  }
  printf("%u passed, %u failed", total.passed, total.failed);
  if (total.skipped) printf(", %u skipped", total.skipped);
  printf("\n");
  return total.failed ? 1 : 0;
}
