/* test_wat.c — unit tests for the text reader (runtime/wat.c) and its lexer and literal readers
 * (runtime/wat_lex.c): a module read, run and compared with its hand-written binary; error codes with
 * LINE:COLUMN and offsets; names, abbreviations and folded forms; literal edge cases; argument checks;
 * the nesting limit. Uses warden.h and wat_lex.h.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>
#include "../include/warden.h"
#include "config.h"
#include "wat_lex.h"

static uint8_t *wat(const char *text, size_t *len, wd_error *err) {
  return wd_wat_to_wasm(text, strlen(text), NULL, len, err);
}

/* Reads text that must be rejected with `code`; checks LINE:COLUMN against `at` (the text's first
 * occurrence of that substring; "" means the end of the text). */
static void rejects(const char *text, wd_errcode code, const char *at) {
  wd_error err;
  size_t len = 123;
  uint8_t *b = wat(text, &len, &err);
  cr_assert_null(b, "accepted: %s", text);
  cr_assert_eq(len, 0);
  cr_assert_eq(err.code, code, "%s: got %s: %s", text, wd_errcode_name(err.code), err.message);
  cr_assert_eq(wd_errcode_class(err.code), WD_CLASS_TEXT);
  const char *where = *at ? strstr(text, at) : text + strlen(text);
  cr_assert_not_null(where);
  cr_assert_eq(err.offset, (uint32_t)(where - text), "%s: offset %u, want %td", text, err.offset, where - text);
  unsigned line = 1, col = 1;
  for (const char *c = text; c < where; c++) { if (*c == '\n') { line++; col = 1; } else col++; }
  char want[32];
  snprintf(want, sizeof want, "%u:%u: ", line, col);
  cr_assert(!strncmp(err.message, want, strlen(want)), "message %s, want it to start %s", err.message, want);
}

Test(wat, reads_runs_and_matches_the_binary) {
  const char *text =
    "(module\n"
    "  (func $add (export \"add\") (param $a i32) (param $b i32) (result i32)\n"
    "    local.get $a local.get $b i32.add))\n";
  static const uint8_t want[] = {
    0, 'a', 's', 'm', 1, 0, 0, 0,
    1, 7, 1, 0x60, 2, 0x7F, 0x7F, 1, 0x7F,          /* type section */
    3, 2, 1, 0,                                     /* function section */
    7, 7, 1, 3, 'a', 'd', 'd', 0, 0,                /* export section */
    10, 9, 1, 7, 0, 0x20, 0, 0x20, 1, 0x6A, 0x0B,   /* code section */
  };
  wd_error err;
  size_t len;
  uint8_t *b = wat(text, &len, &err);
  cr_assert_not_null(b, "%s", err.message);
  cr_assert_eq(len, sizeof want);
  cr_assert_arr_eq(b, want, sizeof want);

  wd_engine *e = wd_engine_new(NULL, &err);
  wd_module *m = wd_module_new(e, b, len, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_store *s = wd_store_new(e, &err);
  wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
  cr_assert_not_null(inst, "%s", err.message);
  wd_extern ex;
  cr_assert(wd_instance_export(inst, "add", 3, &ex));
  wd_val args[2] = {{.kind = WD_I32, .of.i32 = 40}, {.kind = WD_I32, .of.i32 = 2}}, res;
  cr_assert(wd_func_call(s, ex.of.func, args, 2, &res, 1, &err), "%s", err.message);
  cr_assert_eq(res.of.i32, 42);
  wd_store_free(s);
  wd_module_free(m);
  wd_engine_free(e);
  wd_wat_free(NULL, b, len);
}

Test(wat, folded_and_plain_forms_are_the_same_code) {
  const char *plain = "(func (result i32) i32.const 1 if (result i32) i32.const 2 else i32.const 3 end)";
  const char *fold = "(module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 2)) (else (i32.const 3)))))";
  wd_error err;
  size_t l1, l2;
  uint8_t *a = wat(plain, &l1, &err), *b = wat(fold, &l2, &err);
  cr_assert(a && b, "%s", err.message);
  cr_assert_eq(l1, l2);
  cr_assert_arr_eq(a, b, l1);
  wd_wat_free(NULL, a, l1);
  wd_wat_free(NULL, b, l2);
}

Test(wat, errors_name_line_and_column) {
  rejects("(module\n  (func (i32.frob)))", WD_E_TEXT_UNKNOWN_OPERATOR, "i32.frob");
  rejects("(func (i32.const 0x1_0000_0000) drop)", WD_E_TEXT_CONST_RANGE, "0x1_0000_0000");
  rejects("(func (i32.const 0x) drop)", WD_E_TEXT_UNKNOWN_OPERATOR, "0x)");
  rejects("(func $f)\n(func $f )", WD_E_TEXT_DUPLICATE_NAME, "$f )");
  rejects("(func) (import \"m\" \"n\" (func))", WD_E_TEXT_IMPORT_AFTER, "(import");
  rejects("(func (call $nope))", WD_E_TEXT_UNKNOWN_NAME, "$nope");
  rejects("(func block $a end $b)", WD_E_TEXT_MISMATCHING_LABEL, "$b");
  rejects("(func (i32.load align=3 (i32.const 0)) drop)", WD_E_TEXT_ALIGNMENT, "align=3");
  rejects("(type $t (func)) (func (type $t) (param i32))", WD_E_TEXT_INLINE_TYPE, "(type $t) (param");
  rejects("(func) (start 0) (start 0 )", WD_E_TEXT_MULTIPLE_START, "(start 0 )");
  rejects("(import \"\\ff\" \"n\" (func))", WD_E_TEXT_UTF8, "\"\\ff\"");
  rejects("(func\n  \"unclosed)", WD_E_TEXT_MALFORMED, "\"unclosed");
  rejects("(func (nop)", WD_E_TEXT_UNEXPECTED_END, "");   /* at the end: offset = length */
}

Test(wat, arguments_are_checked) {
  wd_error err;
  size_t len;
  cr_assert_null(wd_wat_to_wasm(NULL, 3, NULL, &len, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  cr_assert_null(wd_wat_to_wasm("(module)", 8, NULL, NULL, &err));
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  uint8_t *b = wd_wat_to_wasm("", 0, NULL, &len, &err);      /* no fields: the empty module */
  cr_assert_not_null(b, "%s", err.message);
  cr_assert_eq(len, 8);
  wd_wat_free(NULL, b, len);
}

Test(wat, nesting_beyond_the_limit_is_an_error_not_a_crash) {
  size_t depth = WD_WAT_MAX_NESTING + 10, n = 0;
  char *text = malloc(depth * 8 + 64);
  n += (size_t)sprintf(text, "(func ");
  for (size_t i = 0; i < depth; i++) n += (size_t)sprintf(text + n, "(block ");
  for (size_t i = 0; i < depth; i++) text[n++] = ')';
  text[n++] = ')';
  wd_error err;
  size_t len;
  cr_assert_null(wd_wat_to_wasm(text, n, NULL, &len, &err));
  cr_assert_eq(err.code, WD_E_TEXT_NESTING, "%s", err.message);
  free(text);
}

Test(wat_lex, integers) {
  uint64_t v;
  cr_assert(wat_int("-0x8000_0000", 12, 32, &v) && v == 0x80000000u);
  cr_assert(wat_int("0xffffffff", 10, 32, &v) && v == 0xffffffffu);
  cr_assert(!wat_int("+0xffffffff", 11, 32, &v));              /* signed form: out of range */
  cr_assert(!wat_int("0x1_0000_0000", 13, 32, &v));
  cr_assert(!wat_int("1__0", 4, 32, &v));
  cr_assert(!wat_int("_1", 2, 32, &v));
  cr_assert(wat_int("18446744073709551615", 20, 64, &v) && v == UINT64_MAX);
  cr_assert(!wat_int("18446744073709551616", 20, 64, &v));
  cr_assert(!wat_uint("-1", 2, 32, &v));
}

Test(wat_lex, floats_round_to_nearest_even) {
  uint32_t f;
  uint64_t d;
  cr_assert(wat_f32("0x1p-149", 8, &f) && f == 1);                       /* smallest subnormal */
  cr_assert(wat_f32("0x1.fffffefffffffffffp127", 25, &f) && f == 0x7f7fffff);
  cr_assert(!wat_f32("0x1p128", 7, &f));                                 /* rounds to infinity */
  cr_assert(wat_f32("nan:0x200000", 12, &f) && f == 0x7fa00000);
  cr_assert(wat_f32("-nan", 4, &f) && f == 0xffc00000);
  cr_assert(!wat_f32("nan:0x800000", 12, &f));                           /* payload too wide */
  cr_assert(wat_f64("1e-324", 6, &d) && d == 0);                         /* below half the subnormal */
  cr_assert(wat_f64("0x1p-1074", 9, &d) && d == 1);
  cr_assert(wat_f64("1_000.5e+0_1", 12, &d));
  double x;
  memcpy(&x, &d, 8);
  cr_assert(x == 10005.0);
  cr_assert(!wat_f64(".5", 2, &d));
  cr_assert(!wat_f64("1.e", 3, &d));
  /* a 1,000-digit mantissa is cut to its significant digits plus a sticky digit, and still rounds up */
  char big[1100] = "0.5";
  memset(big + 3, '0', 1000);
  big[1003] = '1';
  big[1004] = 0;
  cr_assert(wat_f64(big, strlen(big), &d));
  memcpy(&x, &d, 8);
  cr_assert(x == 0.5);
}

Test(wat_lex, strings_and_utf8) {
  uint8_t out[32];
  size_t n;
  cr_assert(wat_string("\"a\\tb\\u{1F600}\\00\"", 18, out, &n));
  cr_assert_eq(n, 8);
  cr_assert_arr_eq(out, ((uint8_t[]){'a', '\t', 'b', 0xF0, 0x9F, 0x98, 0x80, 0}), 8);
  cr_assert(!wat_string("\"\\u{D800}\"", 10, out, &n));                  /* a surrogate */
  cr_assert(!wat_string("\"\\q\"", 4, out, &n));
  cr_assert(wat_utf8_ok((const uint8_t *)"\xE2\x82\xAC", 3));
  cr_assert(!wat_utf8_ok((const uint8_t *)"\xC0\x80", 2));                /* overlong */
  cr_assert(!wat_utf8_ok((const uint8_t *)"\xED\xA0\x80", 3));            /* surrogate */
  cr_assert(!wat_utf8_ok((const uint8_t *)"\xE2\x82", 2));                /* truncated */
}

/* ---- custom descriptors (proposal): the reader emits the proposal's encodings; the decoder, which does
 * not support them, rejects the module cleanly */

/* Reads text that must be accepted; its bytes must contain `want` (n bytes); the decoder must then refuse
 * the module with an error, not crash. */
static void emits(const char *text, const uint8_t *want, size_t n) {
  wd_error err;
  size_t len;
  uint8_t *b = wat(text, &len, &err);
  cr_assert_not_null(b, "%s: %s", text, err.message);
  bool found = false;
  for (size_t i = 0; i + n <= len && !found; i++) found = !memcmp(b + i, want, n);
  cr_assert(found, "%s: the expected encoding is not in the %zu bytes", text, len);
  wd_engine *e = wd_engine_new(NULL, &err);
  cr_assert_not_null(e);
  wd_module *m = wd_module_new(e, b, len, &err);
  if (m) {
    cr_assert(!wd_module_validate(m, &err), "%s: the decoder accepted an unsupported module", text);
    wd_module_free(m);
  }
  cr_assert_neq(err.code, WD_E_OK);
  wd_engine_free(e);
  wd_wat_free(NULL, b, len);
}

Test(wat, custom_descriptor_clauses) {
  /* the proposal's binary-descriptors.wast first module: rec of 2, descriptor 1, describes 0 */
  emits("(rec (type $a (descriptor $b) (struct)) (type $b (describes $a) (struct)))",
        (const uint8_t[]){0x01, 0x0b, 0x01, 0x4e, 0x02, 0x4d, 0x01, 0x5f, 0x00, 0x4c, 0x00, 0x5f, 0x00}, 13);
  /* with sub: the supertypes first, then describes before descriptor */
  emits("(rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct)))"
        " (type $c (sub $a (descriptor $d) (struct))) (type $d (sub $b (describes $c) (descriptor $e) (struct)))"
        " (type $e (describes $d) (struct)))",
        (const uint8_t[]){0x50, 0x01, 0x01, 0x4c, 0x02, 0x4d, 0x04, 0x5f, 0x00}, 9);
  rejects("(rec (type $a (descriptor $b) (descriptor $b) (struct)) (type $b (describes $a) (struct)))",
          WD_E_TEXT_UNEXPECTED_TOKEN, "descriptor $b) (struct");
  rejects("(rec (type $a (descriptor $b) (struct))\n (type $b (descriptor $a) (describes $a) (struct)))",
          WD_E_TEXT_UNEXPECTED_TOKEN, "describes $a) (struct");
  rejects("(type $a (descriptor $nope) (struct))", WD_E_TEXT_UNKNOWN_NAME, "$nope");
}

Test(wat, exact_heap_types_and_imports) {
  /* (ref null (exact 0)): 0x63 0x62 u32 */
  emits("(type $f (func)) (func (param (ref null (exact $f))))", (const uint8_t[]){0x63, 0x62, 0x00}, 3);
  emits("(type $f (func)) (global (ref (exact $f)) (ref.func 0)) (func (type $f))",
        (const uint8_t[]){0x64, 0x62, 0x00}, 3);
  /* exact function imports: kind 0x20, both forms; an inline signature gets its type */
  emits("(type $f (func)) (import \"m\" \"f\" (func (exact (type $f))))",
        (const uint8_t[]){'m', 1, 'f', 0x20, 0x00}, 5);
  emits("(type $f (func)) (func (import \"m\" \"g\") (exact (type $f)))",
        (const uint8_t[]){'m', 1, 'g', 0x20, 0x00}, 5);
  emits("(import \"m\" \"h\" (func (exact (param i32) (result i64))))",
        (const uint8_t[]){'m', 1, 'h', 0x20, 0x00}, 5);
  rejects("(type (struct (field (ref exact 0))))", WD_E_TEXT_UNEXPECTED_TOKEN, "exact 0");
  rejects("(type (struct (field (ref (exact any)))))", WD_E_TEXT_UNEXPECTED_TOKEN, "any");
  rejects("(type (struct (field\n  (exact 0))))", WD_E_TEXT_UNEXPECTED_TOKEN, "(exact 0)");
  rejects("(type $f (func)) (import \"m\" \"f\" (func (exact (type $f) (type $f))))", WD_E_TEXT_UNEXPECTED_TOKEN,
          "(type $f))))");
}

Test(wat, custom_descriptor_instructions) {
  const char *types = "(rec (type $a (descriptor $b) (struct)) (type $b (describes $a) (struct))) ";
  char text[512];
  struct { const char *body; uint8_t want[8]; size_t n; } cases[] = {
    {"(func (param (ref null (exact $b))) (drop (struct.new_desc $a (local.get 0))))", {0xFB, 32, 0x00}, 3},
    {"(func (param (ref null (exact $b))) (drop (struct.new_default_desc $a (local.get 0))))", {0xFB, 33, 0x00}, 3},
    {"(func (param (ref $a)) (drop (ref.get_desc $a (local.get 0))))", {0xFB, 34, 0x00}, 3},
    {"(func (param anyref (ref $b)) (drop (ref.cast_desc_eq (ref $a) (local.get 0) (local.get 1))))",
     {0xFB, 35, 0x00}, 3},
    {"(func (param anyref (ref $b)) (drop (ref.cast_desc_eq (ref null (exact $a)) (local.get 0) (local.get 1))))",
     {0xFB, 36, 0x62, 0x00}, 4},
    {"(func (param anyref (ref $b)) (result anyref) (br_on_cast_desc_eq 0 anyref (ref $a) (local.get 0) (local.get 1)))",
     {0xFB, 37, 0x01, 0x00, 0x6E, 0x00}, 6},
    {"(func (param anyref (ref $b)) (result anyref) (br_on_cast_desc_eq_fail 0 anyref (ref null (exact $a)) (local.get 0) (local.get 1)))",
     {0xFB, 38, 0x03, 0x00, 0x6E, 0x62, 0x00}, 7},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    snprintf(text, sizeof text, "%s%s", types, cases[i].body);
    emits(text, cases[i].want, cases[i].n);
  }
  rejects("(type $t (struct))\n(func (drop (ref.get_desc (ref.null none))))", WD_E_TEXT_UNEXPECTED_TOKEN, "(ref.null none))))");
}

Test(wat, quoted_identifiers_are_the_names_they_spell) {
  wd_error err;
  size_t len1, len2;
  uint8_t *a = wat("(func $fh) (func (call $\"fh\")) (func $\"\\41B\" block $l (br $\"l\") end $\"l\" (call $AB))", &len1, &err);
  cr_assert_not_null(a, "%s", err.message);
  uint8_t *b = wat("(func $fh) (func (call $fh)) (func $AB block $l (br $l) end $l (call $AB))", &len2, &err);
  cr_assert_not_null(b, "%s", err.message);
  cr_assert_eq(len1, len2);
  cr_assert_arr_eq(a, b, len1);
  wd_wat_free(NULL, a, len1);
  wd_wat_free(NULL, b, len2);
  rejects("(func)\n(func $\"\")", WD_E_TEXT_MALFORMED, "$\"\"");
  rejects("(func $\"\\ef\")", WD_E_TEXT_UTF8, "$\"");
  rejects("(func $fh)\n(func $\"fh\")", WD_E_TEXT_DUPLICATE_NAME, "$\"fh\"");
  rejects("(module\n  (@\"\") (func))", WD_E_TEXT_MALFORMED, "(@\"\")");
  rejects("(@\"\\ef\")", WD_E_TEXT_UTF8, "(@");
}

/* Reads text that must be accepted and equal `want` byte for byte, and loads it. */
static void reads_as(const char *text, const uint8_t *want, size_t n) {
  wd_error err;
  size_t len;
  uint8_t *b = wat(text, &len, &err);
  cr_assert_not_null(b, "%s: %s", text, err.message);
  cr_assert_eq(len, n, "%s: %zu bytes, want %zu", text, len, n);
  cr_assert_arr_eq(b, want, n, "%s: other bytes", text);
  wd_engine *e = wd_engine_new(NULL, &err);
  wd_module *m = wd_module_new(e, b, len, &err);
  cr_assert_not_null(m, "%s: %s", text, err.message);
  wd_module_free(m);
  wd_engine_free(e);
  wd_wat_free(NULL, b, len);
}

Test(wat, custom_annotations_become_custom_sections_in_place) {
  /* default placement: after the last section, in text order; "before"/"after" a section whether or not
   * the module has it; several strings are one content */
  static const uint8_t want[] = {
      0, 'a', 's', 'm', 1, 0, 0, 0,
      0, 3, 1, 'f', 'x',                                /* (before first) */
      1, 4, 1, 0x60, 0, 0,                              /* type */
      0, 4, 1, 'g', 'y', 'z',                           /* (before func) */
      3, 2, 1, 0,                                       /* func */
      0, 2, 1, 'm',                                     /* (after memory): no memory section */
      10, 4, 1, 2, 0, 0x0B,                             /* code */
      0, 4, 1, 'a', '1', '2',                           /* default, then (after last) in text order */
      0, 2, 1, 'l',
  };
  reads_as("(module (@custom \"a\" \"1\" \"2\") (type (func)) (@custom \"f\" (before first) \"x\")\n"
           "  (@custom \"l\" (after last)) (func) (@custom \"g\" (before func) \"y\" \"z\")\n"
           "  (@custom \"m\" (after memory)))", want, sizeof want);
  rejects("(module (@custom))", WD_E_TEXT_ANNOTATION, ")");
  rejects("(module (@custom \"a\" (aft type)))", WD_E_TEXT_ANNOTATION, "aft");
  rejects("(module (@custom \"a\" (before types)))", WD_E_TEXT_ANNOTATION, "types");
  rejects("(module (@custom \"a\" here))", WD_E_TEXT_ANNOTATION, "here");
  rejects("(module (func (@custom \"a\")))", WD_E_TEXT_ANNOTATION, "(@custom");
  rejects("(module (@custom \"\\df\"))", WD_E_TEXT_UTF8, "\"\\df");
}

Test(wat, name_annotations_become_the_name_section) {
  static const uint8_t want[] = {
      0, 'a', 's', 'm', 1, 0, 0, 0,
      1, 4, 1, 0x60, 0, 0,                              /* type */
      2, 7, 1, 1, 'm', 1, 'f', 0, 0,                    /* import "m" "f" (func) */
      3, 2, 1, 0,                                       /* func */
      10, 4, 1, 2, 0, 0x0B,                             /* code */
      0, 21, 4, 'n', 'a', 'm', 'e',
      0, 2, 1, 'M',                                     /* module name */
      1, 10, 2, 0, 2, 0xCE, 0xBB, 1, 3, 'd', 'e', 'f',  /* function names: 0 "λ" (import), 1 "def" */
  };
  reads_as("(module $m (@name \"M\") (import \"m\" \"f\" (func $i (@name \"λ\")))\n"
           "  (func $d (@name \"def\")))", want, sizeof want);
  rejects("(module (@name \"A\") (@name \"B\"))", WD_E_TEXT_ANNOTATION, "(@name \"B");
  rejects("(module (func) (@name \"M\"))", WD_E_TEXT_ANNOTATION, "(@name");
  rejects("(module (start $f (@name \"M\")) (func $f))", WD_E_TEXT_ANNOTATION, "(@name");
}
