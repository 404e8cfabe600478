/* inspect.c — `warden inspect`: a module's sections, entity counts, the features it uses and memory
 * accounting per layout (text or JSON), a function's internal code (--disasm), and the layouts' record
 * sizes (--layouts).
 * Uses only the public API (include/warden.h) and cli.h; reads the file it is given.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

void cli_inspect_help(void) {
  char layouts[128], modes[128];
  wd_config dflt;
  wd_config_init(&dflt);
  snprintf(layouts, sizeof layouts, "%s", cli_names(wd_layout_names(), "|"));
  snprintf(modes, sizeof modes, "%s", cli_names(wd_mode_names(), ", "));
  printf("usage: warden inspect FILE.wasm [--layout %s|all] [--mode M] [--json]\n"
         "       warden inspect FILE.wasm --disasm FUNC [--layout L] [--mode M]\n"
         "       warden inspect --layouts [--json]\n"
         "\n"
         "Prints the module's sections (id, name, payload offset, size, entry count), its entity counts,\n"
         "the features it uses beyond WebAssembly 2.0 (found by decoding and validating it: 'features:\n"
         "simd, tail-call' or 'features: none') and, for one layout or all of them side by side, its\n"
         "memory use: function records, bodies stored outside records, translated code, arena bytes used\n"
         "and reserved, and function storage (records + bodies + code) per defined function.\n"
         "  --layout L    layout to measure (default: all)\n"
         "  --mode M      %s (default: %s); eager translates\n"
         "                every function at load, so its code is counted\n"
         "  --json        machine-readable output\n"
         "  --disasm FUNC print the internal code of function FUNC (an index, or an exported name)\n"
         "  --layouts     print every layout of this build and its record size in bytes\n"
         "  --max-module-size SIZE  refuse a FILE larger than SIZE bytes (default 512M; K, M, G)\n",
         layouts, modes, cli_mode_name(dflt.mode));
  cli_features_help();
}

/* ---------------------------------------------------------------- JSON text */

static void json_string(FILE *f, const char *s, size_t len) {
  fputc('"', f);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
    else if (c < 0x20 || c == 0x7f) fprintf(f, "\\u%04x", c);
    else fputc(c, f);
  }
  fputc('"', f);
}

/* ---------------------------------------------------------------- what a module holds */

typedef struct counts {
  uint32_t types, imports, import_kind[4];
  uint32_t functions, tables, memories, globals;   /* imported + defined */
  uint32_t exports, elements, data;
} counts;

static uint32_t section_count(const wd_module *m, uint8_t id) {
  uint32_t n = wd_module_section_count(m);
  for (uint32_t i = 0; i < n; i++) {
    wd_section_info s;
    if (wd_module_section(m, i, &s) && s.id == id) return s.count;
  }
  return 0;
}

static void get_counts(const wd_module *m, counts *c) {
  memset(c, 0, sizeof *c);
  c->imports = wd_module_import_count(m);
  for (uint32_t i = 0; i < c->imports; i++) {
    wd_importdesc d;
    if (wd_module_import(m, i, &d) && (unsigned)d.kind < 4) c->import_kind[d.kind]++;
  }
  c->types = section_count(m, 1);
  c->functions = wd_module_func_count(m);
  c->tables = c->import_kind[WD_EXTERN_TABLE] + section_count(m, 4);
  c->memories = c->import_kind[WD_EXTERN_MEMORY] + section_count(m, 5);
  c->globals = c->import_kind[WD_EXTERN_GLOBAL] + section_count(m, 6);
  c->exports = wd_module_export_count(m);
  c->elements = section_count(m, 9);
  c->data = section_count(m, 11);
}

typedef struct measured {
  const char *layout;
  size_t record_size;
  wd_module_stats st;
} measured;

static double per_function(const wd_module_stats *st) {
  return st->functions ? (double)(st->record_bytes + st->body_bytes + st->code_bytes) / st->functions : 0.0;
}

/* ---------------------------------------------------------------- export name -> function index */

/* The public API gives exports' names and kinds but not their indices, so --disasm NAME reads the
 * export section itself (its place comes from wd_module_section). */
static bool read_leb_u32(const uint8_t **p, const uint8_t *end, uint32_t *out) {
  uint32_t v = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (*p >= end) return false;
    uint8_t b = *(*p)++;
    v |= (uint32_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) { *out = v; return true; }
  }
  return false;
}

static bool export_func_index(const wd_module *m, const uint8_t *bytes, size_t len, const char *name,
                              uint32_t *index) {
  uint32_t n = wd_module_section_count(m);
  for (uint32_t i = 0; i < n; i++) {
    wd_section_info s;
    if (!wd_module_section(m, i, &s) || s.id != 7) continue;
    if ((size_t)s.offset + s.size > len) return false;
    const uint8_t *p = bytes + s.offset, *end = p + s.size;
    uint32_t count;
    if (!read_leb_u32(&p, end, &count)) return false;
    for (uint32_t e = 0; e < count; e++) {
      uint32_t nlen, idx;
      if (!read_leb_u32(&p, end, &nlen) || nlen > (size_t)(end - p)) return false;
      const uint8_t *nm = p;
      p += nlen;
      if (p >= end) return false;
      uint8_t kind = *p++;
      if (!read_leb_u32(&p, end, &idx)) return false;
      if (kind == 0 && nlen == strlen(name) && memcmp(nm, name, nlen) == 0) { *index = idx; return true; }
    }
  }
  return false;
}

/* ---------------------------------------------------------------- output */

static const char *const kind_names[4] = {"func", "table", "memory", "global"};

static void print_text(const char *file, size_t len, const wd_module *m, const counts *c, const char *features,
                       wd_mode mode, const measured *ms, int nm) {
  printf("%s: %zu bytes\n\nsections:\n  %3s  %-20s %10s %10s %8s\n", file, len, "id", "name", "offset",
         "size", "count");
  uint32_t ns = wd_module_section_count(m);
  for (uint32_t i = 0; i < ns; i++) {
    wd_section_info s;
    if (!wd_module_section(m, i, &s)) continue;
    char name[64];
    if (s.id == 0) snprintf(name, sizeof name, "custom \"%.40s\"", s.name ? s.name : "");
    else snprintf(name, sizeof name, "%s", s.name ? s.name : "?");
    for (char *q = name; *q; q++)
      if ((unsigned char)*q < 0x20) *q = '?';
    printf("  %3u  %-20s %#10" PRIx32 " %10" PRIu32 " %8" PRIu32 "\n", s.id, name, s.offset, s.size, s.count);
  }
  printf("\ncounts:\n");
  printf("  %-10s %8" PRIu32 "\n", "types", c->types);
  printf("  %-10s %8" PRIu32 "   (func %" PRIu32 ", table %" PRIu32 ", memory %" PRIu32 ", global %" PRIu32 ")\n",
         "imports", c->imports, c->import_kind[0], c->import_kind[1], c->import_kind[2], c->import_kind[3]);
  printf("  %-10s %8" PRIu32 "   (%" PRIu32 " imported, %" PRIu32 " defined)\n", "functions", c->functions,
         c->import_kind[0], c->functions - c->import_kind[0]);
  printf("  %-10s %8" PRIu32 "\n", "tables", c->tables);
  printf("  %-10s %8" PRIu32 "\n", "memories", c->memories);
  printf("  %-10s %8" PRIu32 "\n", "globals", c->globals);
  printf("  %-10s %8" PRIu32 "\n", "exports", c->exports);
  printf("  %-10s %8" PRIu32 "\n", "elements", c->elements);
  printf("  %-10s %8" PRIu32 "\n", "data", c->data);
  printf("\nfeatures: %s\n", features);

  printf("\nmemory (mode %s, bytes):\n  %-22s", cli_mode_name(mode), "layout");
  for (int i = 0; i < nm; i++) printf(" %12s", ms[i].layout);
  printf("\n");
#define ROW(label, expr)                                                 \
  do {                                                                   \
    printf("  %-22s", label);                                            \
    for (int i = 0; i < nm; i++) printf(" %12zu", (size_t)(expr));       \
    printf("\n");                                                        \
  } while (0)
  ROW("record size", ms[i].record_size);
  ROW("defined functions", ms[i].st.functions);
  ROW("promoted", ms[i].st.promoted);
  ROW("record bytes", ms[i].st.record_bytes);
  ROW("body bytes", ms[i].st.body_bytes);
  ROW("code bytes", ms[i].st.code_bytes);
  ROW("arena used", ms[i].st.arena_used);
  ROW("arena reserved", ms[i].st.arena_reserved);
#undef ROW
  printf("  %-22s", "bytes per function");
  for (int i = 0; i < nm; i++) printf(" %12.1f", per_function(&ms[i].st));
  printf("\n");
}

static void print_json(const char *file, size_t len, const wd_module *m, const counts *c, uint32_t features,
                       wd_mode mode, const measured *ms, int nm) {
  printf("{\"file\": ");
  json_string(stdout, file, strlen(file));
  printf(", \"size\": %zu,\n \"sections\": [", len);
  uint32_t ns = wd_module_section_count(m);
  for (uint32_t i = 0; i < ns; i++) {
    wd_section_info s;
    if (!wd_module_section(m, i, &s)) continue;
    printf("%s\n  {\"id\": %u, \"name\": ", i ? "," : "", s.id);
    json_string(stdout, s.name ? s.name : "", s.name ? strlen(s.name) : 0);
    printf(", \"offset\": %" PRIu32 ", \"size\": %" PRIu32 ", \"count\": %" PRIu32 "}", s.offset, s.size, s.count);
  }
  printf("],\n \"counts\": {\"types\": %" PRIu32 ", \"imports\": %" PRIu32, c->types, c->imports);
  for (int k = 0; k < 4; k++) printf(", \"imported_%ss\": %" PRIu32, kind_names[k], c->import_kind[k]);
  printf(", \"functions\": %" PRIu32 ", \"tables\": %" PRIu32 ", \"memories\": %" PRIu32
         ", \"globals\": %" PRIu32 ", \"exports\": %" PRIu32 ", \"elements\": %" PRIu32 ", \"data\": %" PRIu32 "},\n",
         c->functions, c->tables, c->memories, c->globals, c->exports, c->elements, c->data);
  printf(" \"features\": [");
  for (size_t i = 0, k = 0; wd_feature_at(i); i++)
    if (features & wd_feature_at(i)) printf("%s\"%s\"", k++ ? ", " : "", wd_feature_name(wd_feature_at(i)));
  printf("],\n \"mode\": \"%s\",\n \"layouts\": [", cli_mode_name(mode));
  for (int i = 0; i < nm; i++) {
    const wd_module_stats *st = &ms[i].st;
    printf("%s\n  {\"layout\": \"%s\", \"record_size\": %zu, \"functions\": %" PRIu32 ", \"promoted\": %" PRIu32
           ", \"record_bytes\": %zu, \"body_bytes\": %zu, \"code_bytes\": %zu, \"arena_used\": %zu"
           ", \"arena_reserved\": %zu, \"bytes_per_function\": %.1f}",
           i ? "," : "", ms[i].layout, ms[i].record_size, st->functions, st->promoted, st->record_bytes,
           st->body_bytes, st->code_bytes, st->arena_used, st->arena_reserved, per_function(st));
  }
  printf("]}\n");
}

static int print_layouts(bool json) {
  const char *const *names = wd_layout_names();
  if (json) printf("[");
  else
    printf("host: %u-bit (pointer %zu B, size_t %zu B)\n%-10s %s\n", (unsigned)(8 * sizeof(void *)), sizeof(void *),
           sizeof(size_t), "layout", "record bytes");
  for (int i = 0; names && names[i]; i++) {
    if (json) printf("%s{\"layout\": \"%s\", \"record_size\": %zu}", i ? ", " : "", names[i], wd_layout_record_size(names[i]));
    else printf("%-10s %zu\n", names[i], wd_layout_record_size(names[i]));
  }
  if (json) printf("]\n");
  return CLI_EXIT_OK;
}

/* ---------------------------------------------------------------- disasm */

static int disasm(const char *file, const uint8_t *bytes, size_t len, const char *layout, wd_mode mode,
                  const char *func) {
  wd_engine *engine = cli_engine(layout, mode);
  if (!engine) return CLI_EXIT_ERROR;
  int rc = CLI_EXIT_ERROR;
  wd_error err = {0};
  wd_module *m = wd_module_new_borrowed(engine, bytes, len, &err);
  if (!m) { cli_module_error(file, &err); goto out; }
  uint32_t idx;
  char *end;
  unsigned long long v = strtoull(func, &end, 0);
  bool numeric = *func >= '0' && *func <= '9' && *end == 0;
  if (numeric && v <= UINT32_MAX) idx = (uint32_t)v;
  else if (!export_func_index(m, bytes, len, func, &idx)) {
    cli_error("%s: no function %s (give an index below %" PRIu32 " or an exported function's name)", file,
              func, wd_module_func_count(m));
    goto out;
  }
  if (idx >= wd_module_func_count(m)) {
    cli_error("%s: function %" PRIu32 " out of range (the module has %" PRIu32 ")", file, idx, wd_module_func_count(m));
    goto out;
  }
  fflush(stdout);
  if (!wd_module_disasm(m, idx, stdout, &err)) { cli_module_error(file, &err); goto out; }
  rc = CLI_EXIT_OK;
out:
  if (m) wd_module_free(m);
  wd_engine_free(engine);
  return rc;
}

/* ---------------------------------------------------------------- the subcommand */

int cli_inspect(int argc, char **argv) {
  const char *file = NULL, *layout = NULL, *func = NULL;
  bool all = true, json = false, layouts = false;
  wd_config defaults;
  wd_config_init(&defaults);
  wd_mode mode = defaults.mode;
  for (int i = 1; i < argc; i++) {
    bool missing = false;
    const char *v;
    int sz;
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { cli_inspect_help(); return CLI_EXIT_OK; }
    else if (!strcmp(argv[i], "--json")) json = true;
    else if (!strcmp(argv[i], "--layouts")) layouts = true;
    else if ((sz = cli_module_size_opt(argc, argv, &i, &missing, "inspect")) != 0) { if (sz < 0) return CLI_EXIT_USAGE; }
    else if (!missing && (sz = cli_feature_opt(argc, argv, &i, &missing, "inspect")) != 0) { if (sz < 0) return CLI_EXIT_USAGE; }
    else if ((v = cli_opt_value(argc, argv, &i, "--layout", &missing))) {
      if (!cli_parse_layout(v, &layout, &all)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--mode", &missing))) {
      if (!cli_parse_mode(v, &mode)) return CLI_EXIT_USAGE;
    } else if ((v = cli_opt_value(argc, argv, &i, "--disasm", &missing))) func = v;
    else if (missing) { cli_error("inspect: %s needs a value", argv[i]); return CLI_EXIT_USAGE; }
    else if (argv[i][0] == '-' && argv[i][1]) { cli_error("inspect: unknown option %s", argv[i]); return CLI_EXIT_USAGE; }
    else if (file) { cli_error("inspect: one file at a time (%s, %s)", file, argv[i]); return CLI_EXIT_USAGE; }
    else file = argv[i];
  }
  if (layouts) return print_layouts(json);
  if (!file) { cli_error("inspect: no file (usage: warden inspect FILE.wasm)"); return CLI_EXIT_USAGE; }

  cli_file in;
  if (!cli_file_open(file, &in, false)) return CLI_EXIT_ERROR;
  const uint8_t *bytes = in.bytes;
  size_t len = in.len;
  if (func) {
    int rc = disasm(file, bytes, len, all ? NULL : layout, mode, func);
    cli_file_close(&in);
    return rc;
  }

  const char *const *names = wd_layout_names();
  const char *one[2] = {layout, NULL};
  const char *const *chosen = all ? names : one;
  int n = 0;
  while (chosen && chosen[n]) n++;
  measured *ms = calloc((size_t)n + 1, sizeof *ms);
  wd_engine **engines = calloc((size_t)n + 1, sizeof *engines);
  wd_module **mods = calloc((size_t)n + 1, sizeof *mods);
  int rc = CLI_EXIT_ERROR;
  if (!ms || !engines || !mods) { cli_error("out of memory"); goto out; }
  for (int i = 0; i < n; i++) {
    wd_error err = {0};
    if (!(engines[i] = cli_engine(chosen[i], mode))) goto out;
    if (!(mods[i] = wd_module_new_borrowed(engines[i], bytes, len, &err))) { cli_module_error(file, &err); goto out; }
    ms[i].layout = chosen[i];
    ms[i].record_size = wd_layout_record_size(chosen[i]);
    wd_module_stats_get(mods[i], &ms[i].st);
  }
  if (n == 0) { cli_error("this build has no layouts"); goto out; }
  counts c;
  get_counts(mods[0], &c);
  /* The features the module uses: its bodies' are known once they are validated (at load except in
   * lazy mode; the memory figures above were taken before, so validating now changes none of them). */
  wd_error verr = {0};
  if (!wd_module_validate(mods[0], &verr)) { cli_module_error(file, &verr); goto out; }
  uint32_t used = wd_module_features(mods[0]);
  char ftext[256];
  wd_features_format(used, ftext, sizeof ftext);
  if (json) print_json(file, len, mods[0], &c, used, mode, ms, n);
  else print_text(file, len, mods[0], &c, used ? ftext : "none", mode, ms, n);
  rc = CLI_EXIT_OK;
out:
  for (int i = 0; i < n && mods && engines; i++) {
    if (mods[i]) wd_module_free(mods[i]);
    if (engines[i]) wd_engine_free(engines[i]);
  }
  free(ms);
  free(engines);
  free(mods);
  cli_file_close(&in);
  return rc;
}
