/* test_validate.c — unit tests of runtime/validate.c: one small hand-assembled module per rule, valid
 * and invalid, decoded with wd_decode and checked for the exact error code.
 * Uses the internal headers (runtime.h); touches nothing outside the modules it builds.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

/* ---------------------------------------------------------------- a tiny module builder */

typedef struct mb {
  uint8_t *b;
  size_t n, cap;
} mb;

static void mb_put(mb *m, const uint8_t *p, size_t len) {
  if (m->n + len > m->cap) {
    m->cap = (m->n + len) * 2 + 64;
    m->b = realloc(m->b, m->cap);
    cr_assert_not_null(m->b);
  }
  memcpy(m->b + m->n, p, len);
  m->n += len;
}

static void mb_byte(mb *m, uint8_t x) { mb_put(m, &x, 1); }

static void mb_leb(mb *m, uint32_t v) {
  do {
    uint8_t x = v & 0x7f;
    v >>= 7;
    mb_byte(m, (uint8_t)(x | (v ? 0x80 : 0)));
  } while (v);
}

static void mb_init(mb *m) {
  memset(m, 0, sizeof *m);
  mb_put(m, (const uint8_t *)"\0asm\1\0\0\0", 8);
}

static void mb_sec(mb *m, uint8_t id, const uint8_t *p, size_t len) {
  mb_byte(m, id);
  mb_leb(m, (uint32_t)len);
  mb_put(m, p, len);
}

/* A section from literal payload bytes. */
#define SEC(m, id, ...) do { static const uint8_t p_[] = {__VA_ARGS__}; mb_sec(m, id, p_, sizeof p_); } while (0)

/* A code section with one body given as literal bytes (local declarations, instructions, end). */
#define CODE(m, ...) do { static const uint8_t b_[] = {__VA_ARGS__}; code1(m, b_, sizeof b_); } while (0)

static void code1(mb *m, const uint8_t *body, size_t len) {
  mb s = {0};
  mb_leb(&s, 1);
  mb_leb(&s, (uint32_t)len);
  mb_put(&s, body, len);
  mb_sec(m, 10, s.b, s.n);
  free(s.b);
}

/* Decodes, validates the module and every body; returns the first error code (WD_E_OK if valid). */
static wd_errcode run_f(mb *m, uint32_t features, wd_error *e) {
  wd_decode_opts o = {0};
  o.features = features;
  wd_error_clear(e);
  wd_module *mod = wd_decode(m->b, m->n, &o, e);
  free(m->b);
  m->b = NULL;
  if (!mod) return e->code;
  if (wd_validate_module(mod, e))
    for (uint32_t i = 0; i < wd_module_ndefined(mod); i++)
      if (!wd_validate_function(mod, i, e)) break;
  wd_module_release(mod);
  return e->code;
}

static wd_errcode run(mb *m) {
  wd_error e;
  return run_f(m, WD_FEATURE_SIMD | WD_FEATURE_REFERENCE_TYPES, &e);   /* Wasm 2.0 + SIMD */
}

static wd_errcode runf(mb *m, uint32_t features) {
  wd_error e;
  return run_f(m, features, &e);
}

/* A module with one function of type `type` (type section payload after the count) and one body. */
#define T_V_V 0x60, 0, 0                   /* [] -> [] */
#define T_V_I 0x60, 0, 1, 0x7f             /* [] -> [i32] */
#define T_I_I 0x60, 1, 0x7f, 1, 0x7f       /* [i32] -> [i32] */

#define FUNC1(m, ...) do { SEC(m, 1, 1, __VA_ARGS__); SEC(m, 3, 1, 0); } while (0)

/* ---------------------------------------------------------------- operand typing */

Test(validate, const_result_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 0x07, 0x0b);                      /* i32.const 7 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, wrong_result_type) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x42, 0x07, 0x0b);                      /* i64.const 7 */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, missing_result) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, extra_value_left) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x41, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, binop_empty_stack) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x6a, 0x0b);                   /* i32.const 1; i32.add */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, binop_mixed_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x42, 1, 0x6a, 0x0b);          /* i32.const; i64.const; i32.add */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, unreachable_is_polymorphic) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x00, 0x6a, 0x0b);                      /* unreachable; i32.add */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, unreachable_still_types_known_values) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x00, 0x42, 0, 0x6a, 0x0b);             /* unreachable; i64.const 0; i32.add */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, params_are_locals) {
  mb m; mb_init(&m);
  FUNC1(&m, T_I_I);
  CODE(&m, 0, 0x20, 0, 0x0b);                         /* local.get 0 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, declared_locals) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 1, 2, 0x7e, 0x20, 1, 0xa7, 0x0b);          /* 2 x i64; local.get 1; i32.wrap_i64 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, unknown_local) {
  mb m; mb_init(&m);
  FUNC1(&m, T_I_I);
  CODE(&m, 0, 0x20, 1, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_LOCAL);
}

Test(validate, local_set_type) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 1, 1, 0x7f, 0x42, 0, 0x21, 0, 0x0b);        /* local i32; i64.const; local.set 0 */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, many_locals_on_heap) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 1, 0xe8, 0x07, 0x7f, 0x20, 0xe7, 0x07, 0x0b);   /* 1000 x i32; local.get 999 */
  cr_assert_eq(run(&m), WD_E_OK);
}

/* ---------------------------------------------------------------- blocks and branches */

Test(validate, block_result) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x02, 0x7f, 0x41, 1, 0x0b, 0x0b);       /* block (result i32) i32.const 1 end */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, block_cannot_see_outer_values) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x02, 0x7f, 0x0b, 0x0b);       /* i32.const 1; block (result i32) end */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, block_with_type_index_params) {
  mb m; mb_init(&m);
  SEC(&m, 1, 2, T_V_I, T_I_I);
  SEC(&m, 3, 1, 0);
  CODE(&m, 0, 0x41, 1, 0x02, 1, 0x41, 1, 0x6a, 0x0b, 0x0b);   /* i32.const 1; block (type 1) +1 end */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, block_unknown_type) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x02, 5, 0x0b, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_TYPE);
}

Test(validate, loop_branch_takes_params) {
  mb m; mb_init(&m);
  SEC(&m, 1, 2, T_V_V, T_I_I);
  SEC(&m, 3, 1, 0);
  /* i32.const 0; loop (type 1) br 0 end; drop */
  CODE(&m, 0, 0x41, 0, 0x03, 1, 0x0c, 0, 0x0b, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, if_without_else_must_keep_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x04, 0x7f, 0x41, 2, 0x0b, 0x0b);   /* if (result i32) i32.const 2 end */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, if_else_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x04, 0x7f, 0x41, 2, 0x05, 0x41, 3, 0x0b, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, if_needs_condition) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x04, 0x40, 0x0b, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, else_outside_if) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x02, 0x40, 0x05, 0x0b, 0x0b);          /* block else end */
  cr_assert_eq(run(&m), WD_E_END_EXPECTED);
}

Test(validate, br_unknown_label) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x02, 0x40, 0x0c, 2, 0x0b, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_LABEL);
}

Test(validate, br_to_function_label) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x0c, 0, 0x0b);                /* i32.const 1; br 0 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, br_if_keeps_values) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x41, 0, 0x0d, 0, 0x0b);       /* i32.const 1; i32.const 0; br_if 0 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, br_table_arity_mismatch) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  /* block (result i32) block  i32.const 0 i32.const 0 br_table 0 1  end ... */
  CODE(&m, 0, 0x02, 0x7f, 0x02, 0x40, 0x41, 0, 0x41, 0, 0x0e, 1, 0, 1, 0x0b, 0x41, 0, 0x0b, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, br_table_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  /* block (result i32)  i32.const 5 i32.const 0 br_table 0 1 0  end */
  CODE(&m, 0, 0x02, 0x7f, 0x41, 5, 0x41, 0, 0x0e, 2, 0, 1, 0, 0x0b, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, br_table_unreachable_mixed_labels) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  /* block (result f32) block (result i32) unreachable br_table 0 1 1 end drop ... : arity 1 both, valid */
  CODE(&m, 0, 0x02, 0x7d, 0x02, 0x7f, 0x00, 0x0e, 1, 0, 1, 0x0b, 0x1a, 0x43, 0, 0, 0, 0, 0x0b, 0x1a,
       0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, return_checks_results) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x42, 0, 0x0f, 0x0b);                   /* i64.const 0; return */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, deep_nesting) {
  enum { DEPTH = 100000 };
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  mb body = {0};
  mb_byte(&body, 0);
  for (int i = 0; i < DEPTH; i++) { mb_byte(&body, 0x02); mb_byte(&body, 0x40); }
  for (int i = 0; i < DEPTH; i++) mb_byte(&body, 0x0b);
  mb_byte(&body, 0x0b);
  code1(&m, body.b, body.n);
  free(body.b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, deep_stack) {
  enum { N = 5000 };
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  mb body = {0};
  mb_byte(&body, 0);
  for (int i = 0; i < N; i++) { mb_byte(&body, 0x41); mb_byte(&body, 1); }
  for (int i = 1; i < N; i++) mb_byte(&body, 0x6a);
  mb_byte(&body, 0x0b);
  code1(&m, body.b, body.n);
  free(body.b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, bytes_after_final_end) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x0b, 0x01);
  wd_errcode c = run(&m);
  cr_assert_neq(c, WD_E_OK);
  cr_assert_eq(wd_errcode_class(c), WD_CLASS_MALFORMED);
}

Test(validate, body_without_end) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x01);
  wd_errcode c = run(&m);
  cr_assert(c == WD_E_UNEXPECTED_END_SECTION || c == WD_E_END_EXPECTED, "got %s", wd_errcode_name(c));
}

/* ---------------------------------------------------------------- parametric */

Test(validate, select_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x41, 2, 0x41, 0, 0x1b, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, select_mixed) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 1, 0x42, 2, 0x41, 0, 0x1b, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, untyped_select_of_references) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0xd0, 0x70, 0xd0, 0x70, 0x41, 0, 0x1b, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, typed_select_of_references) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0xd0, 0x70, 0xd0, 0x70, 0x41, 0, 0x1c, 1, 0x70, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, typed_select_arity) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0x41, 0, 0x1c, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_INVALID_RESULT_ARITY);
}

Test(validate, drop_empty) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

/* ---------------------------------------------------------------- globals */

Test(validate, global_set_immutable) {
  mb m; mb_init(&m);
  SEC(&m, 1, 1, T_V_V);
  SEC(&m, 3, 1, 0);
  SEC(&m, 6, 1, 0x7f, 0, 0x41, 0, 0x0b);              /* global i32 (i32.const 0) */
  CODE(&m, 0, 0x41, 1, 0x24, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_GLOBAL_IMMUTABLE);
}

Test(validate, global_set_mutable) {
  mb m; mb_init(&m);
  SEC(&m, 1, 1, T_V_V);
  SEC(&m, 3, 1, 0);
  SEC(&m, 6, 1, 0x7f, 1, 0x41, 0, 0x0b);
  CODE(&m, 0, 0x41, 1, 0x24, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, global_unknown_in_body) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x23, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_GLOBAL);
}

Test(validate, global_init_type) {
  mb m; mb_init(&m);
  SEC(&m, 6, 1, 0x7f, 0, 0x43, 0, 0, 0, 0, 0x0b);     /* global i32 (f32.const 0) */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, global_init_two_values) {
  mb m; mb_init(&m);
  SEC(&m, 6, 1, 0x7f, 0, 0x41, 0, 0x41, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, global_init_not_constant) {
  mb m; mb_init(&m);
  SEC(&m, 6, 1, 0x7f, 0, 0x41, 0, 0x45, 0x0b);        /* i32.const 0; i32.eqz */
  cr_assert_eq(run(&m), WD_E_CONST_EXPR_REQUIRED);
}

Test(validate, global_init_reads_defined_global) {
  mb m; mb_init(&m);
  SEC(&m, 6, 2, 0x7f, 0, 0x41, 0, 0x0b, 0x7f, 0, 0x23, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_GLOBAL);
}

/* import "m" "g" (global i32) / (global (mut i32)), then a global initialised from it */
#define IMPORT_GLOBAL(m, mut) SEC(m, 2, 1, 1, 'm', 1, 'g', 3, 0x7f, mut)

Test(validate, global_init_reads_imported_global) {
  mb m; mb_init(&m);
  IMPORT_GLOBAL(&m, 0);
  SEC(&m, 6, 1, 0x7f, 0, 0x23, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, global_init_reads_mutable_import) {
  mb m; mb_init(&m);
  IMPORT_GLOBAL(&m, 1);
  SEC(&m, 6, 1, 0x7f, 0, 0x23, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_CONST_EXPR_REQUIRED);
}

Test(validate, extended_const_off) {
  mb m; mb_init(&m);
  SEC(&m, 6, 1, 0x7f, 0, 0x41, 1, 0x41, 2, 0x6a, 0x0b);
  cr_assert_eq(runf(&m, 0), WD_E_CONST_EXPR_REQUIRED);
}

Test(validate, extended_const_on) {
  mb m; mb_init(&m);
  IMPORT_GLOBAL(&m, 0);
  SEC(&m, 6, 1, 0x7f, 0, 0x23, 0, 0x41, 2, 0x6a, 0x41, 3, 0x6c, 0x0b);   /* (g + 2) * 3 */
  cr_assert_eq(runf(&m, WD_FEATURE_EXTENDED_CONST), WD_E_OK);
}

Test(validate, extended_const_types) {
  mb m; mb_init(&m);
  SEC(&m, 6, 1, 0x7e, 0, 0x42, 1, 0x41, 2, 0x7c, 0x0b);   /* i64.const; i32.const; i64.add */
  cr_assert_eq(runf(&m, WD_FEATURE_EXTENDED_CONST), WD_E_TYPE_MISMATCH);
}

/* ---------------------------------------------------------------- calls */

Test(validate, call_unknown_function) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x10, 3, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_FUNC);
}

Test(validate, call_checks_args) {
  mb m; mb_init(&m);
  SEC(&m, 1, 2, T_V_I, T_I_I);
  SEC(&m, 3, 2, 0, 1);
  mb s = {0};
  static const uint8_t b0[] = {0, 0x42, 0, 0x10, 1, 0x0b};   /* i64.const 0; call 1 */
  static const uint8_t b1[] = {0, 0x20, 0, 0x0b};
  mb_leb(&s, 2);
  mb_leb(&s, sizeof b0); mb_put(&s, b0, sizeof b0);
  mb_leb(&s, sizeof b1); mb_put(&s, b1, sizeof b1);
  mb_sec(&m, 10, s.b, s.n);
  free(s.b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, call_indirect_without_table) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x41, 0, 0x11, 0, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_TABLE);
}

Test(validate, call_indirect_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 4, 1, 0x70, 0, 1);                            /* table 1 funcref */
  CODE(&m, 0, 0x41, 0, 0x11, 0, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, call_indirect_externref_table) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 4, 1, 0x6f, 0, 1);
  CODE(&m, 0, 0x41, 0, 0x11, 0, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, call_indirect_unknown_type) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 4, 1, 0x70, 0, 1);
  CODE(&m, 0, 0x41, 0, 0x11, 7, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_TYPE);
}

Test(validate, return_call_same_results) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x12, 0, 0x0b);                          /* return_call 0 */
  cr_assert_eq(runf(&m, WD_FEATURE_TAIL_CALL), WD_E_OK);
}

Test(validate, return_call_different_results) {
  mb m; mb_init(&m);
  SEC(&m, 1, 2, T_V_I, T_V_V);
  SEC(&m, 3, 2, 0, 1);
  mb s = {0};
  static const uint8_t b0[] = {0, 0x12, 1, 0x0b};       /* return_call 1 ([] -> []) from [] -> [i32] */
  static const uint8_t b1[] = {0, 0x0b};
  mb_leb(&s, 2);
  mb_leb(&s, sizeof b0); mb_put(&s, b0, sizeof b0);
  mb_leb(&s, sizeof b1); mb_put(&s, b1, sizeof b1);
  mb_sec(&m, 10, s.b, s.n);
  free(s.b);
  cr_assert_eq(runf(&m, WD_FEATURE_TAIL_CALL), WD_E_TYPE_MISMATCH);
}

Test(validate, return_call_indirect_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 4, 1, 0x70, 0, 1);
  CODE(&m, 0, 0x41, 0, 0x13, 0, 0, 0x0b);
  cr_assert_eq(runf(&m, WD_FEATURE_TAIL_CALL), WD_E_OK);
}

/* ---------------------------------------------------------------- memory */

#define MEM1(m) SEC(m, 5, 1, 0, 1)

Test(validate, load_without_memory) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 0, 0x28, 2, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_MEMORY);
}

Test(validate, load_natural_alignment_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  MEM1(&m);
  CODE(&m, 0, 0x41, 0, 0x28, 2, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, load_alignment_too_large) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  MEM1(&m);
  CODE(&m, 0, 0x41, 0, 0x2c, 1, 0, 0x0b);              /* i32.load8_s align=2 */
  cr_assert_eq(run(&m), WD_E_ALIGNMENT);
}

Test(validate, store_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  MEM1(&m);
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0x37, 3, 0, 0x0b);     /* i64.store with an i32 value */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, memory_grow_without_memory) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 0, 0x40, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_MEMORY);
}

Test(validate, memory_init_needs_data_count) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  MEM1(&m);
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 8, 0, 0, 0x0b);
  SEC(&m, 11, 1, 1, 0);                                  /* one passive data segment */
  cr_assert_eq(run(&m), WD_E_DATA_COUNT_REQUIRED);
}

Test(validate, memory_init_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  MEM1(&m);
  SEC(&m, 12, 1);
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 8, 0, 0, 0x0b);
  SEC(&m, 11, 1, 1, 0);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, data_drop_unknown_segment) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 12, 0);
  CODE(&m, 0, 0xfc, 9, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_DATA);
}

Test(validate, memory_limits) {
  mb m; mb_init(&m);
  SEC(&m, 5, 1, 0, 0x81, 0x80, 0x04);                  /* min 65537 */
  cr_assert_eq(run(&m), WD_E_MEMORY_SIZE_LIMIT);
  mb_init(&m);
  SEC(&m, 5, 1, 1, 2, 1);                              /* min 2 max 1 */
  cr_assert_eq(run(&m), WD_E_LIMITS_MIN_MAX);
  mb_init(&m);
  SEC(&m, 5, 1, 1, 0, 0x80, 0x80, 0x04);               /* max 65536 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, multiple_memories) {
  mb m; mb_init(&m);
  SEC(&m, 5, 2, 0, 0, 0, 0);
  cr_assert_eq(run(&m), WD_E_MULTIPLE_MEMORIES);
  mb_init(&m);
  SEC(&m, 5, 2, 0, 0, 0, 0);
  cr_assert_eq(runf(&m, WD_FEATURE_MULTI_MEMORY), WD_E_OK);
}

Test(validate, active_data_without_memory) {
  mb m; mb_init(&m);
  SEC(&m, 11, 1, 0, 0x41, 0, 0x0b, 0);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_MEMORY);
}

Test(validate, data_offset_type) {
  mb m; mb_init(&m);
  MEM1(&m);
  SEC(&m, 11, 1, 0, 0x42, 0, 0x0b, 0);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

/* ---------------------------------------------------------------- tables, elements, references */

Test(validate, table_limits) {
  mb m; mb_init(&m);
  SEC(&m, 4, 1, 0x70, 1, 3, 2);
  cr_assert_eq(run(&m), WD_E_LIMITS_MIN_MAX);
}

Test(validate, table_get_type) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 4, 1, 0x70, 0, 1);
  CODE(&m, 0, 0x41, 0, 0x25, 0, 0x0b);                 /* table.get 0 as i32 result */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, table_copy_elem_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 4, 2, 0x70, 0, 1, 0x6f, 0, 1);
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 14, 0, 1, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, table_init_elem_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 4, 1, 0x6f, 0, 1);
  SEC(&m, 9, 1, 5, 0x70, 0);                           /* passive funcref segment, no elements */
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 12, 0, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, elem_drop_unknown) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0xfc, 13, 2, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_ELEM);
}

Test(validate, active_elem_type_must_match_table) {
  mb m; mb_init(&m);
  SEC(&m, 4, 1, 0x6f, 0, 1);
  SEC(&m, 9, 1, 0, 0x41, 0, 0x0b, 0);                  /* active funcref segment into an externref table */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, elem_unknown_function) {
  mb m; mb_init(&m);
  SEC(&m, 4, 1, 0x70, 0, 1);
  SEC(&m, 9, 1, 0, 0x41, 0, 0x0b, 1, 4);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_FUNC);
}

Test(validate, elem_expr_type) {
  mb m; mb_init(&m);
  SEC(&m, 9, 1, 5, 0x70, 1, 0xd0, 0x6f, 0x0b);         /* passive funcref: (ref.null extern) */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, ref_func_undeclared) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0xd2, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNDECLARED_FUNC_REF);
}

Test(validate, ref_func_declared_by_export) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 7, 1, 1, 'f', 0, 0);
  CODE(&m, 0, 0xd2, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, ref_func_declared_by_elem) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 9, 1, 3, 0, 1, 0);                           /* declarative segment: func 0 */
  CODE(&m, 0, 0xd2, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, ref_func_declared_by_global) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 6, 1, 0x70, 0, 0xd2, 0, 0x0b);
  CODE(&m, 0, 0xd2, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, ref_is_null_of_number) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x41, 0, 0xd1, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

/* ---------------------------------------------------------------- exports and start */

Test(validate, duplicate_export) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 7, 2, 1, 'a', 0, 0, 1, 'a', 0, 0);
  CODE(&m, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_DUPLICATE_EXPORT);
}

Test(validate, many_exports_sorted_check) {
  for (int dup = 0; dup < 2; dup++) {
    mb m; mb_init(&m);
    FUNC1(&m, T_V_V);
    mb s = {0};
    mb_leb(&s, 40);
    for (int i = 0; i < 40; i++) {
      uint8_t name[2] = {(uint8_t)('a' + i % 20), (uint8_t)('0' + (dup && i == 39 ? 0 : i / 20))};
      mb_leb(&s, 2); mb_put(&s, name, 2); mb_byte(&s, 0); mb_byte(&s, 0);
    }
    mb_sec(&m, 7, s.b, s.n);
    free(s.b);
    CODE(&m, 0, 0x0b);
    cr_assert_eq(run(&m), dup ? WD_E_DUPLICATE_EXPORT : WD_E_OK, "dup=%d", dup);
  }
}

Test(validate, export_unknown_global) {
  mb m; mb_init(&m);
  SEC(&m, 7, 1, 1, 'g', 3, 0);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_GLOBAL);
}

Test(validate, start_type) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 8, 0);
  CODE(&m, 0, 0x41, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_INVALID_START);
}

Test(validate, start_unknown) {
  mb m; mb_init(&m);
  SEC(&m, 8, 3);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_FUNC);
}

/* ---------------------------------------------------------------- SIMD */

Test(validate, simd_lane_ok) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0xfd, 0x0c, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0xfd, 0x1b, 3, 0x0b);   /* i32x4.extract_lane 3 */
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, simd_lane_out_of_range) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0xfd, 0x0c, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0xfd, 0x1b, 4, 0x0b);   /* i32x4.extract_lane 4 */
  cr_assert_eq(run(&m), WD_E_INVALID_LANE);
}

Test(validate, simd_shuffle_lane) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0xfd, 0x0c, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0xfd, 0x0c, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
       0xfd, 0x0d, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,32, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_INVALID_LANE);
}

Test(validate, simd_load_lane_alignment) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  MEM1(&m);
  /* i32.const 0; v128.const 0; v128.load16_lane align=2 offset=0 lane 0; drop */
  CODE(&m, 0, 0x41, 0, 0xfd, 0x0c, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0xfd, 0x55, 2, 0, 0, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_ALIGNMENT);
}

Test(validate, simd_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x41, 0, 0x41, 0, 0xfd, 0x6e, 0x1a, 0x0b);   /* i8x16.add of two i32 */
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

/* ---------------------------------------------------------------- the constant-expression entry point */

Test(validate, constexpr_api) {
  mb m; mb_init(&m);
  IMPORT_GLOBAL(&m, 0);
  wd_decode_opts o = {0};
  wd_error e;
  wd_module *mod = wd_decode(m.b, m.n, &o, &e);
  free(m.b);
  cr_assert_not_null(mod, "%s", e.message);
  static const uint8_t get0[] = {0x23, 0, 0x0b}, f32c[] = {0x43, 0, 0, 0, 0, 0x0b};
  wd_constexpr ce = {get0, sizeof get0, 0};
  cr_assert(wd_validate_constexpr(mod, &ce, WD_I32, 1, &e));
  cr_assert_not(wd_validate_constexpr(mod, &ce, WD_I32, 0, &e));
  cr_assert_eq(e.code, WD_E_UNKNOWN_GLOBAL);
  cr_assert_not(wd_validate_constexpr(mod, &ce, WD_I64, 1, &e));
  cr_assert_eq(e.code, WD_E_TYPE_MISMATCH);
  wd_constexpr cf = {f32c, sizeof f32c, 0};
  cr_assert(wd_validate_constexpr(mod, &cf, WD_F32, 0, &e));
  wd_module_release(mod);
}

/* ---------------------------------------------------------------- offsets, messages, precedence */

Test(validate, body_error_offset_and_detail) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);                                    /* type section 8..14, function section 15..18 */
  CODE(&m, 0, 0x42, 0x07, 0x0b);                      /* code: id 19, size 20, count 21, body size 22 */
  wd_error e;
  cr_assert_eq(run_f(&m, WD_FEATURE_SIMD, &e), WD_E_TYPE_MISMATCH);
  cr_assert_eq(e.offset, 26u, "offset %u", e.offset);   /* the final end: 23 locals, 24 i64.const, 26 end */
  cr_assert(strstr(e.message, "type mismatch") == e.message, "%s", e.message);
  cr_assert_not_null(strstr(e.message, "function 0"), "%s", e.message);
}

Test(validate, function_index_counts_imports) {
  mb m; mb_init(&m);
  SEC(&m, 1, 1, T_V_V);
  SEC(&m, 2, 1, 1, 'm', 1, 'f', 0, 0);                  /* import function 0 */
  SEC(&m, 3, 1, 0);
  CODE(&m, 0, 0x41, 0, 0x0b);
  wd_error e;
  cr_assert_eq(run_f(&m, WD_FEATURE_SIMD, &e), WD_E_TYPE_MISMATCH);
  cr_assert_not_null(strstr(e.message, "function 1"), "%s", e.message);
}

Test(validate, constexpr_error_offset) {
  mb m; mb_init(&m);
  SEC(&m, 6, 1, 0x7f, 0, 0x42, 0, 0x0b);               /* global section: id 8, size 9, count 10 ... */
  wd_error e;
  cr_assert_eq(run_f(&m, 0, &e), WD_E_TYPE_MISMATCH);
  cr_assert_eq(e.offset, 15u, "offset %u", e.offset);   /* i64.const at 13, its end at 15 */
}

Test(validate, malformed_body_beats_module_error) {
  /* An export of an unknown global (invalid) and a body that is malformed (an unbalanced block whose
   * inner end is the body's last byte): the reference interpreter decodes first. */
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 7, 1, 1, 'g', 3, 5);
  CODE(&m, 0, 0x02, 0x40, 0x0b);
  wd_errcode c = run(&m);
  cr_assert_eq(wd_errcode_class(c), WD_CLASS_MALFORMED, "got %s", wd_errcode_name(c));
}

Test(validate, malformed_body_beats_typing_error) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x02, 0x40, 0x6a, 0x0b);                /* block i32.add end — and no final end */
  wd_errcode c = run(&m);
  cr_assert_eq(wd_errcode_class(c), WD_CLASS_MALFORMED, "got %s", wd_errcode_name(c));
}

Test(validate, unknown_function_type_index) {
  mb m; mb_init(&m);
  SEC(&m, 1, 1, T_V_V);
  SEC(&m, 3, 1, 4);
  CODE(&m, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_TYPE);
}

Test(validate, import_unknown_type_index) {
  mb m; mb_init(&m);
  SEC(&m, 2, 1, 1, 'm', 1, 'f', 0, 2);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_TYPE);
}

Test(validate, memory_size_multi_memory_index) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 5, 2, 0, 0, 0, 0);
  CODE(&m, 0, 0x3f, 1, 0x0b);                          /* memory.size 1 */
  cr_assert_eq(runf(&m, WD_FEATURE_MULTI_MEMORY), WD_E_OK);
  mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 5, 1, 0, 0);
  CODE(&m, 0, 0x3f, 1, 0x0b);
  cr_assert_eq(runf(&m, WD_FEATURE_MULTI_MEMORY), WD_E_UNKNOWN_MEMORY);
}

Test(validate, load_from_second_memory) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 5, 2, 0, 0, 0, 0);
  CODE(&m, 0, 0x41, 0, 0x28, 0x42, 1, 0, 0x0b);         /* i32.load align=2 (bit 6: memory 1) */
  cr_assert_eq(runf(&m, WD_FEATURE_MULTI_MEMORY), WD_E_OK);
}

Test(validate, ref_func_unknown) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0xd2, 9, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_UNKNOWN_FUNC);
}

Test(validate, table_grow_and_fill_types) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  SEC(&m, 4, 1, 0x6f, 0, 1);
  /* ref.null extern; i32.const 1; table.grow 0  -> i32 */
  CODE(&m, 0, 0xd0, 0x6f, 0x41, 1, 0xfc, 15, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_OK);
  mb_init(&m);
  FUNC1(&m, T_V_V);
  SEC(&m, 4, 1, 0x6f, 0, 1);
  /* i32.const 0; ref.null func; i32.const 1; table.fill 0 — funcref into an externref table */
  CODE(&m, 0, 0x41, 0, 0xd0, 0x70, 0x41, 1, 0xfc, 17, 0, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, validate_function_bad_index) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x0b);
  wd_decode_opts o = {0};
  wd_error e;
  wd_module *mod = wd_decode(m.b, m.n, &o, &e);
  free(m.b);
  cr_assert_not_null(mod, "%s", e.message);
  cr_assert(wd_validate_module(mod, &e));
  cr_assert(wd_validate_function(mod, 0, &e));
  cr_assert_not(wd_validate_function(mod, 1, &e));
  cr_assert_eq(e.code, WD_E_INVALID_ARGUMENT);
  wd_module_release(mod);
}

Test(validate, br_table_checks_every_distinct_label) {
  mb m; mb_init(&m);
  FUNC1(&m, T_V_V);
  /* block (result f32) block (result i32) i32.const 0 i32.const 0 br_table 0 0 1 0 end drop f32.const 0
     end drop: label 1 carries f32 but an i32 is on the stack */
  CODE(&m, 0, 0x02, 0x7d, 0x02, 0x7f, 0x41, 0, 0x41, 0, 0x0e, 3, 0, 0, 1, 0, 0x0b, 0x1a,
       0x43, 0, 0, 0, 0, 0x0b, 0x1a, 0x0b);
  cr_assert_eq(run(&m), WD_E_TYPE_MISMATCH);
}

Test(validate, br_table_many_targets_of_wide_labels) {
  /* 200,000 targets alternating between two labels of 1000 results each: each label is checked once */
  enum { A = 1000, N = 200000 };
  mb m; mb_init(&m);
  mb t = {0};
  mb_leb(&t, 2);
  mb_byte(&t, 0x60); mb_byte(&t, 0); mb_byte(&t, 0);
  mb_byte(&t, 0x60); mb_byte(&t, 0); mb_leb(&t, A);
  for (int i = 0; i < A; i++) mb_byte(&t, 0x7f);
  mb_sec(&m, 1, t.b, t.n);
  free(t.b);
  SEC(&m, 3, 1, 0);
  mb b = {0};
  mb_byte(&b, 0);
  mb_byte(&b, 0x02); mb_byte(&b, 1); mb_byte(&b, 0x02); mb_byte(&b, 1);
  for (int i = 0; i <= A; i++) { mb_byte(&b, 0x41); mb_byte(&b, 0); }
  mb_byte(&b, 0x0e); mb_leb(&b, N);
  for (int i = 0; i < N; i++) mb_byte(&b, (uint8_t)(i & 1));
  mb_byte(&b, 0);
  mb_byte(&b, 0x0b); mb_byte(&b, 0x0c); mb_byte(&b, 0); mb_byte(&b, 0x0b);
  for (int i = 0; i < A; i++) mb_byte(&b, 0x1a);
  mb_byte(&b, 0x0b);
  code1(&m, b.b, b.n);
  free(b.b);
  cr_assert_eq(run(&m), WD_E_OK);
}

Test(validate, operand_stack_cap) {
  /* g: [] -> [1000 x i32]; f calls g 1,100 times: 1.1 M operands, over WD_MAX_OPERAND_STACK */
  enum { A = 1000, CALLS = (WD_MAX_OPERAND_STACK / A) + 52 };
  mb m; mb_init(&m);
  mb t = {0};
  mb_leb(&t, 2);
  mb_byte(&t, 0x60); mb_byte(&t, 0); mb_byte(&t, 0);
  mb_byte(&t, 0x60); mb_byte(&t, 0); mb_leb(&t, A);
  for (int i = 0; i < A; i++) mb_byte(&t, 0x7f);
  mb_sec(&m, 1, t.b, t.n);
  free(t.b);
  SEC(&m, 3, 2, 0, 1);
  mb b = {0};
  mb_byte(&b, 0);
  for (int i = 0; i < CALLS; i++) { mb_byte(&b, 0x10); mb_byte(&b, 1); }
  mb_byte(&b, 0x0b);
  mb s = {0};
  mb_leb(&s, 2);
  mb_leb(&s, (uint32_t)b.n); mb_put(&s, b.b, b.n);
  mb_leb(&s, 3); mb_byte(&s, 0); mb_byte(&s, 0x00); mb_byte(&s, 0x0b);
  mb_sec(&m, 10, s.b, s.n);
  free(s.b);
  free(b.b);
  cr_assert_eq(run(&m), WD_E_TOO_MANY);
}

Test(validate, wide_calls_in_unreachable_code) {
  /* unreachable, then calls of [1000 x i32] -> [] and back: the polymorphic bottom supplies operands */
  mb m; mb_init(&m);
  mb t = {0};
  mb_leb(&t, 2);
  mb_byte(&t, 0x60); mb_byte(&t, 0); mb_byte(&t, 0);
  mb_byte(&t, 0x60); mb_leb(&t, 1000);
  for (int i = 0; i < 1000; i++) mb_byte(&t, 0x7f);
  mb_byte(&t, 0);
  mb_sec(&m, 1, t.b, t.n);
  free(t.b);
  SEC(&m, 3, 2, 0, 1);
  mb s = {0};
  static const uint8_t b0[] = {0, 0x00, 0x41, 0, 0x10, 1, 0x10, 1, 0x0b};   /* unreachable i32.const call call */
  static const uint8_t b0bad[] = {0, 0x00, 0x42, 0, 0x10, 1, 0x0b};          /* unreachable i64.const call */
  static const uint8_t b1[] = {0, 0x0b};
  mb_leb(&s, 2);
  mb_leb(&s, sizeof b0); mb_put(&s, b0, sizeof b0);
  mb_leb(&s, sizeof b1); mb_put(&s, b1, sizeof b1);
  mb m2 = m;
  m2.b = malloc(m.n);
  m2.cap = m.n;
  memcpy(m2.b, m.b, m.n);
  mb_sec(&m, 10, s.b, s.n);
  free(s.b);
  cr_assert_eq(run(&m), WD_E_OK);
  s = (mb){0};
  mb_leb(&s, 2);
  mb_leb(&s, sizeof b0bad); mb_put(&s, b0bad, sizeof b0bad);
  mb_leb(&s, sizeof b1); mb_put(&s, b1, sizeof b1);
  mb_sec(&m2, 10, s.b, s.n);
  free(s.b);
  cr_assert_eq(run(&m2), WD_E_TYPE_MISMATCH);
}

/* The validator types every instruction with a SIG string from a compact table of at most three
 * parameters and one result, and checks the immediates of those instructions by kind: a new line in
 * opcodes.def outside these bounds needs a hand-written rule in validate.c. */
Test(validate, opcode_table_fits_the_validator) {
  static const struct { const char *name, *sig; int imm; } ops[] = {
#define OP(name, prefix, code, imm, sig, memsz, text) { #name, sig, imm },
#include "opcodes.def"
#undef OP
  };
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    if (!ops[i].sig) continue;
    const char *colon = strchr(ops[i].sig, ':');
    cr_assert_not_null(colon, "%s: %s", ops[i].name, ops[i].sig);
    cr_assert_leq(colon - ops[i].sig, 3, "%s: %s", ops[i].name, ops[i].sig);
    cr_assert_leq(strlen(colon + 1), 1, "%s: %s", ops[i].name, ops[i].sig);
    cr_assert_eq(strspn(ops[i].sig, "ilfdv:"), strlen(ops[i].sig), "%s: %s", ops[i].name, ops[i].sig);
    int k = ops[i].imm;
    cr_assert(k == IMM_NONE || k == IMM_I32 || k == IMM_I64 || k == IMM_F32 || k == IMM_F64 ||
              k == IMM_V128 || k == IMM_MEMARG || k == IMM_MEMARG_LANE || k == IMM_LANE ||
              k == IMM_SHUFFLE || k == IMM_MEM || k == IMM_MEM_MEM || k == IMM_DATA || k == IMM_DATA_MEM ||
              k == IMM_ELEM || k == IMM_ELEM_TABLE || k == IMM_TABLE_TABLE || k == IMM_TABLE || k == IMM_ZERO,
              "%s: immediate kind %d has no check for typed instructions", ops[i].name, k);
  }
}

/* ---------------------------------------------------------------- the fast path (validate_fast.c) */

/* Decodes m (one function), validates the module, and returns the fast path's answer on body 0; *full is
 * the full validator's error code for it. */
static bool fast_and_full(mb *m, wd_errcode *full) {
  wd_decode_opts o = {0};
  o.features = WD_FEATURES_DEFAULT;
  wd_error e;
  wd_module *mod = wd_decode(m->b, m->n, &o, &e);
  free(m->b);
  m->b = NULL;
  cr_assert_not_null(mod, "%s", e.message);
  cr_assert(wd_validate_module(mod, &e), "%s", e.message);
  bool fast = wd_validate_function_fast(mod, 0);
  wd_error_clear(&e);
  wd_validate_function_full(mod, 0, &e);
  *full = e.code;
  wd_errcode dflt = wd_validate_function(mod, 0, &e) ? WD_E_OK : e.code;
  cr_assert_eq(dflt, *full, "wd_validate_function agrees with the full validator");
  wd_module_release(mod);
  return fast;
}

/* A body: no locals, then n nested blocks of result i32 around `inner` (which leaves an i32), then
 * `after` (instructions after the last end but the function's). */
static void nested_body(mb *m, uint32_t n, const uint8_t *inner, size_t ninner) {
  mb b = {0};
  mb_byte(&b, 0);
  for (uint32_t i = 0; i < n; i++) { mb_byte(&b, 0x02); mb_byte(&b, 0x7f); }
  mb_put(&b, inner, ninner);
  for (uint32_t i = 0; i < n; i++) mb_byte(&b, 0x0b);
  mb_byte(&b, 0x0b);
  code1(m, b.b, b.n);
  free(b.b);
}

Test(validate, fast_path_deep_nesting_grows_its_control_stack) {
  static const uint8_t ok[] = {0x41, 1}, bad[] = {0x42, 1};   /* i32.const 1 / i64.const 1 */
  wd_errcode full;
  mb m; mb_init(&m);
  FUNC1(&m, T_V_I);
  nested_body(&m, 1000, ok, sizeof ok);
  cr_assert(fast_and_full(&m, &full));
  cr_assert_eq(full, WD_E_OK);
  mb_init(&m);
  FUNC1(&m, T_V_I);
  nested_body(&m, 1000, bad, sizeof bad);
  cr_assert_not(fast_and_full(&m, &full));
  cr_assert_eq(full, WD_E_TYPE_MISMATCH);
}

Test(validate, fast_path_big_body_and_deep_stack) {
  wd_errcode full;
  for (int wrong = 0; wrong < 2; wrong++) {
    mb m; mb_init(&m);
    FUNC1(&m, T_V_I);
    mb b = {0};
    mb_byte(&b, 0);
    for (int i = 0; i < 6000; i++) { mb_byte(&b, 0x41); mb_byte(&b, 1); }      /* 6,000 i32.const */
    for (int i = 0; i < 5999; i++) mb_byte(&b, i == 3000 && wrong ? 0x7c : 0x6a);  /* i32.add (or f64.add) */
    mb_byte(&b, 0x0b);
    code1(&m, b.b, b.n);
    free(b.b);
    cr_assert_eq(fast_and_full(&m, &full), !wrong);
    cr_assert_eq(full, wrong ? WD_E_TYPE_MISMATCH : WD_E_OK);
  }
}

Test(validate, fast_path_not_sure_then_full_validator) {
  wd_errcode full;
  mb m; mb_init(&m);                                /* a v128 local: the full validator's */
  FUNC1(&m, T_V_V);
  CODE(&m, 1, 1, 0x7b, 0x0b);
  cr_assert_not(fast_and_full(&m, &full));
  cr_assert_eq(full, WD_E_OK);
  mb_init(&m);                                      /* dead code after br: the full validator's */
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x02, 0x40, 0x0c, 0, 0x41, 1, 0x1a, 0x0b, 0x0b);
  cr_assert_not(fast_and_full(&m, &full));
  cr_assert_eq(full, WD_E_OK);
  mb_init(&m);                                      /* unreachable twice, then end: the fast path's */
  FUNC1(&m, T_V_I);
  CODE(&m, 0, 0x00, 0x00, 0x0b);
  cr_assert(fast_and_full(&m, &full));
  cr_assert_eq(full, WD_E_OK);
  mb_init(&m);                                      /* br_table targets of two arities */
  FUNC1(&m, T_V_V);
  CODE(&m, 0, 0x02, 0x7f, 0x41, 0, 0x41, 0, 0x0e, 1, 0, 1, 0x0b, 0x1a, 0x0b);
  cr_assert_not(fast_and_full(&m, &full));
  cr_assert_eq(full, WD_E_TYPE_MISMATCH);
}
