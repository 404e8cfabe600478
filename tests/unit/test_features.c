/* test_features.c — Criterion tests of the feature table (include/warden_features.def) and what is built
 * on it: wd_feature_name/_description/_at/_lookup, wd_features_parse lists and their errors,
 * wd_features_format, the engine's refusal of unimplemented features, the decoder's "needs feature NAME
 * (disabled)" messages, and wd_module_features (the features a module uses) in every mode.
 * May touch: warden.h only.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "warden.h"
#include "matrix.h"

static const struct { uint32_t bit; const char *name; } expected[] = {
  {WD_FEATURE_SIMD, "simd"}, {WD_FEATURE_TAIL_CALL, "tail-call"}, {WD_FEATURE_EXTENDED_CONST, "extended-const"},
  {WD_FEATURE_MULTI_MEMORY, "multi-memory"}, {WD_FEATURE_RELAXED_SIMD, "relaxed-simd"},
  {WD_FEATURE_MEMORY64, "memory64"}, {WD_FEATURE_EXCEPTIONS, "exceptions"}, {WD_FEATURE_THREADS, "threads"},
  {WD_FEATURE_CUSTOM_PAGE_SIZES, "custom-page-sizes"}, {WD_FEATURE_WIDE_ARITHMETIC, "wide-arithmetic"},
  {WD_FEATURE_FUNCTION_REFERENCES, "function-references"}, {WD_FEATURE_GC, "gc"},
  {WD_FEATURE_REFERENCE_TYPES, "reference-types"},
};
#define NEXPECTED (sizeof expected / sizeof expected[0])

Test(features, table_names_every_bit) {
  size_t n = 0;
  while (wd_feature_at(n)) n++;
  cr_assert_eq(n, NEXPECTED);
  for (size_t i = 0; i < NEXPECTED; i++) {
    cr_assert_eq(wd_feature_at(i), expected[i].bit, "row %zu", i);
    cr_assert_str_eq(wd_feature_name(expected[i].bit), expected[i].name);
    cr_assert_not_null(wd_feature_description(expected[i].bit));
    cr_assert_eq(wd_feature_lookup(expected[i].name, strlen(expected[i].name)), expected[i].bit);
  }
  cr_assert_eq(wd_feature_at(NEXPECTED + 5), 0);
  cr_assert_null(wd_feature_name(0));
  cr_assert_null(wd_feature_name(WD_FEATURE_SIMD | WD_FEATURE_TAIL_CALL));   /* one bit only */
  cr_assert_null(wd_feature_name(1u << 31));
  cr_assert_null(wd_feature_description(0));
  cr_assert_eq(wd_feature_lookup("simdx", 5), 0);
  cr_assert_eq(wd_feature_lookup("simd", 3), 0);              /* a prefix is not a name */
  cr_assert_eq(wd_feature_lookup("tail-callx", 9), WD_FEATURE_TAIL_CALL);   /* len counts */
  cr_assert_eq(wd_feature_lookup(NULL, 0), 0);
  /* every implemented and default bit is named */
  uint32_t named = 0;
  for (size_t i = 0; i < NEXPECTED; i++) named |= expected[i].bit;
  cr_assert_eq(WD_FEATURES_ALL & ~named, 0);
  cr_assert_eq(WD_FEATURES_DEFAULT & ~WD_FEATURES_ALL, 0);
  cr_assert(WD_FEATURES_ALL & WD_FEATURE_WIDE_ARITHMETIC);
  cr_assert(WD_FEATURES_ALL & WD_FEATURE_FUNCTION_REFERENCES);
  /* gc is accepted when asked for (rec groups, function subtypes) but never on by itself */
  cr_assert_eq(WD_FEATURES_PARTIAL & WD_FEATURES_ALL, 0);
  cr_assert(WD_FEATURES_PARTIAL & WD_FEATURE_GC);
}

static uint32_t parsed(uint32_t start, const char *list) {
  wd_error err;
  uint32_t f = start;
  cr_assert(wd_features_parse(list, &f, &err), "'%s': %s", list, err.message);
  return f;
}

Test(features, parse_lists) {
  cr_assert_eq(parsed(0, "all"), WD_FEATURES_ALL);
  cr_assert_eq(parsed(WD_FEATURES_ALL, "none"), 0);
  cr_assert_eq(parsed(0, "default"), WD_FEATURES_DEFAULT);
  cr_assert_eq(parsed(0, "none,simd"), WD_FEATURE_SIMD);
  cr_assert_eq(parsed(0, "simd,+tail-call"), WD_FEATURE_SIMD | WD_FEATURE_TAIL_CALL);
  cr_assert_eq(parsed(WD_FEATURES_ALL, "-simd"), WD_FEATURES_ALL & ~WD_FEATURE_SIMD);
  cr_assert_eq(parsed(WD_FEATURES_ALL, "-threads"), WD_FEATURES_ALL & ~WD_FEATURE_THREADS);
  cr_assert_eq(parsed(WD_FEATURE_SIMD, "-threads"), WD_FEATURE_SIMD);        /* off already: fine */
  cr_assert_eq(parsed(WD_FEATURE_SIMD, ""), WD_FEATURE_SIMD);               /* nothing to apply */
  cr_assert_eq(parsed(WD_FEATURE_SIMD, " , ,"), WD_FEATURE_SIMD);
  cr_assert_eq(parsed(0, " simd , wide-arithmetic "), WD_FEATURE_SIMD | WD_FEATURE_WIDE_ARITHMETIC);
  cr_assert_eq(parsed(0, "all,-wide-arithmetic,none,multi-memory"), WD_FEATURE_MULTI_MEMORY);   /* left to right */
  cr_assert_eq(parsed(0, "simd,-simd"), 0);
}

Test(features, parse_errors_leave_features_alone) {
  wd_error err;
  uint32_t f = WD_FEATURE_SIMD;
  cr_assert_not(wd_features_parse("tail-call,bogus", &f, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert(strstr(err.message, "unknown feature 'bogus'"), "%s", err.message);
  cr_assert(strstr(err.message, "wide-arithmetic"), "the known names are listed: %s", err.message);
  cr_assert_eq(f, WD_FEATURE_SIMD);
  cr_assert_not(wd_features_parse("-", &f, &err));
  cr_assert_not(wd_features_parse("+all", &f, &err));          /* all/none/default take no sign */
  cr_assert_not(wd_features_parse("SIMD", &f, &err));          /* names are exact */
  if (!(WD_FEATURES_ALL & WD_FEATURE_THREADS)) {
    cr_assert_not(wd_features_parse("threads", &f, &err));
    cr_assert(strstr(err.message, "feature threads is not supported by this build yet"), "%s", err.message);
  }
  cr_assert_eq(f, WD_FEATURE_SIMD);
  cr_assert_not(wd_features_parse(NULL, &f, &err));
  cr_assert_not(wd_features_parse("simd", NULL, NULL));
}

Test(features, format) {
  char buf[256];
  cr_assert_eq(wd_features_format(0, buf, sizeof buf), 0);
  cr_assert_str_eq(buf, "");
  size_t n = wd_features_format(WD_FEATURE_WIDE_ARITHMETIC | WD_FEATURE_SIMD | WD_FEATURE_MULTI_MEMORY, buf, sizeof buf);
  cr_assert_str_eq(buf, "simd, multi-memory, wide-arithmetic");
  cr_assert_eq(n, strlen(buf));
  /* too small: cut at a whole name, the needed length returned */
  char small[12];
  memset(small, 'x', sizeof small);
  n = wd_features_format(WD_FEATURE_SIMD | WD_FEATURE_TAIL_CALL | WD_FEATURE_MULTI_MEMORY, small, sizeof small);
  cr_assert_eq(n, strlen("simd, tail-call, multi-memory"));
  cr_assert_str_eq(small, "simd");
  cr_assert_eq(wd_features_format(WD_FEATURE_SIMD, NULL, 0), 4);
  /* the format reads back through the parser */
  wd_features_format(WD_FEATURES_ALL, buf, sizeof buf);
  cr_assert_eq(parsed(0, buf), WD_FEATURES_ALL);
}

Test(features, engine_refuses_unimplemented) {
  wd_config cfg;
  wd_config_init(&cfg);
  wd_error err;
  for (size_t i = 0; wd_feature_at(i); i++) {
    uint32_t bit = wd_feature_at(i);
    if (bit & (WD_FEATURES_ALL | WD_FEATURES_PARTIAL)) continue;
    cfg.features = WD_FEATURES_ALL | bit;
    cr_assert_null(wd_engine_new(&cfg, &err));
    cr_assert(strstr(err.message, wd_feature_name(bit)), "%s", err.message);
  }
  cfg.features = WD_FEATURES_ALL | WD_FEATURE_GC;     /* partly implemented: accepted on request */
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e, "%s", err.message);
  wd_engine_free(e);
  uint32_t f = 0;
  cr_assert(wd_features_parse("gc", &f, &err), "%s", err.message);
  cr_assert_eq(f, WD_FEATURE_GC);
  cfg.features = 1u << 30;
  cr_assert_null(wd_engine_new(&cfg, &err));
  cr_assert(strstr(err.message, "unknown feature bits"), "%s", err.message);
}

/* ---------------------------------------------------------------- modules */

static wd_module *load(wd_engine *e, const char *text, wd_error *err) {
  size_t len;
  uint8_t *b = wd_wat_to_wasm(text, strlen(text), NULL, &len, err);
  cr_assert_not_null(b, "%s", err->message);
  wd_module *m = wd_module_new(e, b, len, err);
  wd_wat_free(NULL, b, len);
  return m;
}

static wd_engine *engine(wd_mode mode, uint32_t features) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.mode = mode;
  cfg.features = features;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e, "%s", err.message);
  return e;
}

Test(features, decoder_names_the_disabled_feature) {
  static const struct { const char *text; uint32_t off; const char *msg; } cases[] = {
    {"(func (result v128) v128.const i64x2 0 0)", WD_FEATURE_SIMD, "0xfd 0xc needs feature simd (disabled)"},
    {"(func (param v128) (result v128) local.get 0 local.get 0 i8x16.relaxed_swizzle)", WD_FEATURE_RELAXED_SIMD,
     "0xfd 0x100 needs feature relaxed-simd (disabled)"},
    {"(func (param v128) (result v128) local.get 0 local.get 0 i8x16.relaxed_swizzle)",
     WD_FEATURE_SIMD | WD_FEATURE_RELAXED_SIMD, "0xfd 0x100 needs feature simd (disabled)"},
    {"(func return_call 0)", WD_FEATURE_TAIL_CALL, "0x12 needs feature tail-call (disabled)"},
    {"(table 1 funcref) (func (return_call_indirect (i32.const 0)))", WD_FEATURE_TAIL_CALL,
     "0x13 needs feature tail-call (disabled)"},
    {"(func (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_u)",
     WD_FEATURE_WIDE_ARITHMETIC, "needs feature wide-arithmetic (disabled)"},
    {"(memory 1) (memory 1)", WD_FEATURE_MULTI_MEMORY, "2 memories need feature multi-memory (disabled)"},
    {"(global i32 (i32.add (i32.const 1) (i32.const 2)))", WD_FEATURE_EXTENDED_CONST,
     "i32.add needs feature extended-const (disabled)"},
    {"(table 1 funcref) (table 1 funcref)", WD_FEATURE_REFERENCE_TYPES,
     "2 tables need feature reference-types (disabled)"},
    {"(import \"m\" \"t\" (table 1 funcref)) (table 1 funcref)", WD_FEATURE_REFERENCE_TYPES,
     "2 tables need feature reference-types (disabled)"},
    {"(func (param externref))", WD_FEATURE_REFERENCE_TYPES, "0x6f needs feature reference-types (disabled)"},
    {"(global funcref (ref.null func))", WD_FEATURE_REFERENCE_TYPES,
     "0x70 needs feature reference-types (disabled)"},
    {"(table 1 externref)", WD_FEATURE_REFERENCE_TYPES, "0x6f needs feature reference-types (disabled)"},
    {"(func (result i32) ref.null func ref.is_null)", WD_FEATURE_REFERENCE_TYPES,
     "0xd0 needs feature reference-types (disabled)"},
    {"(table 1 funcref) (func (result i32) table.size 0)", WD_FEATURE_REFERENCE_TYPES,
     "0xfc 0x10 needs feature reference-types (disabled)"},
    {"(func (result i32) i32.const 1 i32.const 2 i32.const 0 select (result i32))", WD_FEATURE_REFERENCE_TYPES,
     "0x1c needs feature reference-types (disabled)"},
  };
  static const wd_mode modes[] = {WD_MODE_EAGER, WD_MODE_LAZY};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    for (int mi = 0; mi < 2; mi++) {
      wd_engine *e = engine(modes[mi], WD_FEATURES_ALL & ~cases[i].off);
      wd_error err;
      wd_module *m = load(e, cases[i].text, &err);
      if (m && !wd_module_validate(m, &err)) { wd_module_free(m); m = NULL; }
      cr_assert_null(m, "case %zu accepted", i);
      cr_assert(strstr(err.message, cases[i].msg), "case %zu: %s", i, err.message);
      wd_engine_free(e);
      /* and with every feature on it is valid */
      e = engine(modes[mi], WD_FEATURES_ALL);
      m = load(e, cases[i].text, &err);
      cr_assert(m && wd_module_validate(m, &err), "case %zu: %s", i, err.message);
      wd_module_free(m);
      wd_engine_free(e);
    }
}

Test(features, module_features_used) {
  static const struct { const char *text; uint32_t used; bool in_body; } cases[] = {
    {"", 0, false},
    {"(memory 1) (func (result i32) i32.const 1 i32.const 2 i32.add)", 0, false},
    {"(func (param v128))", WD_FEATURE_SIMD, false},
    {"(global v128 (v128.const i64x2 1 2))", WD_FEATURE_SIMD, false},
    {"(func (local v128))", WD_FEATURE_SIMD, true},
    {"(func (result i32) (local v128) i32.const 0)", WD_FEATURE_SIMD, true},
    {"(func (result i32) v128.const i64x2 1 2 i32x4.extract_lane 0)", WD_FEATURE_SIMD, true},
    {"(func (param v128) (result v128) local.get 0 local.get 0 i8x16.relaxed_swizzle)",
     WD_FEATURE_SIMD | WD_FEATURE_RELAXED_SIMD, false},
    {"(func return_call 0)", WD_FEATURE_TAIL_CALL, true},
    {"(memory 1) (memory 2)", WD_FEATURE_MULTI_MEMORY, false},
    {"(table 1 funcref) (elem (i32.const 0) func 0) (func)", 0, false},   /* 1.0's one funcref table */
    {"(table 1 funcref) (table 1 funcref)", WD_FEATURE_REFERENCE_TYPES, false},
    {"(table 1 externref)", WD_FEATURE_REFERENCE_TYPES, false},
    {"(func (param externref))", WD_FEATURE_REFERENCE_TYPES, false},
    {"(func (result i32) ref.null func ref.is_null)", WD_FEATURE_REFERENCE_TYPES, true},
    {"(global i64 (i64.mul (i64.const 3) (i64.const 2)))", WD_FEATURE_EXTENDED_CONST, false},
    {"(func (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_s)",
     WD_FEATURE_WIDE_ARITHMETIC, true},
    {"(memory 1) (memory 1) (func (result v128) v128.const i64x2 0 0 return_call 0)",
     WD_FEATURE_MULTI_MEMORY | WD_FEATURE_SIMD | WD_FEATURE_TAIL_CALL, false},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    for (int mi = 0; UNIT_MODE_NAME(mi); mi++) {
      wd_engine *e = engine(unit_mode(mi), WD_FEATURES_ALL);
      wd_error err;
      wd_module *m = load(e, cases[i].text, &err);
      cr_assert_not_null(m, "case %zu: %s", i, err.message);
      if (unit_mode(mi) == WD_MODE_LAZY && cases[i].in_body)
        cr_assert_eq(wd_module_features(m), 0, "case %zu: bodies are not validated yet", i);
      else if (unit_mode(mi) != WD_MODE_LAZY)
        cr_assert_eq(wd_module_features(m), cases[i].used, "case %zu mode %d: %#x", i, mi, wd_module_features(m));
      cr_assert(wd_module_validate(m, &err), "%s", err.message);
      cr_assert_eq(wd_module_features(m), cases[i].used, "case %zu mode %d after validation: %#x", i, mi,
                   wd_module_features(m));
      wd_module_free(m);
      wd_engine_free(e);
    }
  cr_assert_eq(wd_module_features(NULL), 0);
}
