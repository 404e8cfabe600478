/* test_tref.c — Criterion tests of typed function references and rec groups: the validator's subtyping
 * (nullability, bottoms, equivalent function types, declared supertypes), iso-recursive equivalence of rec
 * groups within a module and across modules (the engine's canonical types), the null traps of call_ref
 * and ref.as_non_null in every layout x mode, return_call_ref in constant stack, local initialization,
 * tables with an initializer, and the decoder's messages when a feature is off.
 * May touch: warden.h, runtime.h (wd_decode, wd_validate_module, wd_val_subtype, canonical types).
 */
#include <criterion/criterion.h>
#include <string.h>
#include "warden.h"
#include "runtime.h"

#define FR (WD_FEATURES_ALL | WD_FEATURE_GC)

static uint8_t *wat(const char *text, uint32_t features, size_t *len) {
  wd_error err;
  uint8_t *bin = wd_wat_to_wasm_features(text, strlen(text), NULL, features, len, &err);
  cr_assert_not_null(bin, "%s", err.message);
  return bin;
}

/* A decoded and validated module (no engine), or NULL with err set. */
static wd_module *decode(const char *text, uint32_t features, wd_error *err) {
  size_t len;
  uint8_t *bin = wat(text, features, &len);
  wd_decode_opts o;
  memset(&o, 0, sizeof o);
  o.features = features;
  wd_module *m = wd_decode(bin, len, &o, err);
  wd_wat_free(NULL, bin, len);
  bool ok = m && wd_validate_module(m, err);
  for (uint32_t i = 0; ok && i < wd_module_ndefined(m); i++) ok = wd_validate_function(m, i, err);
  if (m && !ok) {
    wd_module_release(m);
    return NULL;
  }
  return m;
}

static const char *types_text =
    "(module\n"
    "  (type $a (func (param i32)))\n"                 /* 0 */
    "  (type $b (func (param i32)))\n"                 /* 1: equivalent to $a */
    "  (type $c (func (param i64)))\n"                 /* 2 */
    "  (rec (type $r1 (func)) (type $r2 (func)))\n"    /* 3, 4 */
    "  (rec (type $s1 (func)) (type $s2 (func)))\n"    /* 5, 6: the same group as 3, 4 */
    "  (type $p (sub (func)))\n"                       /* 7 */
    "  (type $q (sub $p (func)))\n"                    /* 8: declared subtype of $p */
    "  (type $e (func)))\n";                           /* 9: not in a group: differs from 3 and 4 */

static uint8_t ref(uint32_t idx, bool nullable) { return wd_rt_make(nullable, idx); }

Test(tref, subtyping_rules) {
  wd_error err;
  wd_module *m = decode(types_text, FR, &err);
  cr_assert_not_null(m, "%s", err.message);
  /* nullability: (ref $a) <: (ref null $a) <: funcref, not back */
  cr_assert(wd_val_subtype(m, ref(0, false), ref(0, true)));
  cr_assert(wd_val_subtype(m, ref(0, true), WD_FUNCREF));
  cr_assert(wd_val_subtype(m, ref(0, false), WD_RT_FUNC));
  cr_assert_not(wd_val_subtype(m, ref(0, true), ref(0, false)));
  cr_assert_not(wd_val_subtype(m, WD_FUNCREF, ref(0, true)));
  cr_assert_not(wd_val_subtype(m, ref(0, true), WD_RT_FUNC));
  /* bottoms */
  cr_assert(wd_val_subtype(m, WD_RT_NULLFUNC, ref(2, true)));
  cr_assert(wd_val_subtype(m, WD_RT_NOFUNC, ref(2, false)));
  cr_assert_not(wd_val_subtype(m, WD_RT_NULLFUNC, ref(2, false)));
  cr_assert(wd_val_subtype(m, WD_RT_NULLEXTERN, WD_EXTERNREF));
  cr_assert_not(wd_val_subtype(m, WD_RT_NULLEXTERN, WD_FUNCREF));
  cr_assert_not(wd_val_subtype(m, WD_RT_NULLFUNC, WD_EXTERNREF));
  cr_assert(wd_val_subtype(m, WD_RT_NOEXN, WD_EXNREF));
  cr_assert_not(wd_val_subtype(m, WD_EXTERNREF, WD_FUNCREF));
  cr_assert_not(wd_val_subtype(m, WD_I32, WD_FUNCREF));
  /* equivalent types, and distinct ones */
  cr_assert(wd_val_subtype(m, ref(0, false), ref(1, false)));
  cr_assert(wd_val_subtype(m, ref(1, true), ref(0, true)));
  cr_assert_not(wd_val_subtype(m, ref(0, false), ref(2, true)));
  /* rec groups: equal groups are equivalent member by member; a group member differs from a plain type */
  cr_assert(wd_val_subtype(m, ref(3, false), ref(5, false)));
  cr_assert(wd_val_subtype(m, ref(4, false), ref(6, false)));
  cr_assert_not(wd_val_subtype(m, ref(3, false), ref(4, false)));
  cr_assert_not(wd_val_subtype(m, ref(3, false), ref(9, false)));
  cr_assert_not(wd_val_subtype(m, ref(9, false), ref(4, false)));
  /* declared supertypes: $q <: $p, not back */
  cr_assert(wd_val_subtype(m, ref(8, false), ref(7, true)));
  cr_assert_not(wd_val_subtype(m, ref(7, false), ref(8, true)));
  cr_assert_eq(m->type_canon[1], 0);
  cr_assert_eq(m->type_canon[5], 3);
  cr_assert_eq(m->type_canon[6], 4);
  cr_assert_eq(m->type_canon[9], 9);
  wd_module_release(m);
}

Test(tref, invalid_subtype_declarations) {
  wd_error err;
  /* a final supertype */
  cr_assert_null(decode("(module (type $p (func)) (type (sub $p (func))))", FR, &err));
  cr_assert_eq(err.code, WD_E_SUB_TYPE, "%s", err.message);
  /* a subtype whose parameters do not match */
  cr_assert_null(decode("(module (type $p (sub (func (param i32)))) (type (sub $p (func (param i64)))))", FR, &err));
  cr_assert_eq(err.code, WD_E_SUB_TYPE, "%s", err.message);
  /* a typed reference to a type after its group */
  cr_assert_null(decode("(module (type (func (param (ref 1)))) (type (func)))", FR, &err));
  cr_assert_eq(err.code, WD_E_UNKNOWN_TYPE, "%s", err.message);
}

/* Engine-wide: the same rec group in two modules gives the same canonical types; other positions or a
 * plain type do not. */
Test(tref, canonical_types_across_modules) {
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.features = FR;
  wd_error err;
  wd_engine *e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(e, "%s", err.message);
  const char *t1 = "(module (rec (type (func)) (type (func (param (ref 0))))) (type (func)))";
  const char *t2 = "(module (type (func (param i32))) (rec (type (func)) (type (func (param (ref 1))))))";
  size_t l1, l2;
  uint8_t *b1 = wat(t1, FR, &l1), *b2 = wat(t2, FR, &l2);
  wd_module *m1 = wd_module_new(e, b1, l1, &err);
  cr_assert_not_null(m1, "%s", err.message);
  wd_module *m2 = wd_module_new(e, b2, l2, &err);
  cr_assert_not_null(m2, "%s", err.message);
  cr_assert_eq(m1->types[0].canon, m2->types[1].canon);
  cr_assert_eq(m1->types[1].canon, m2->types[2].canon);
  cr_assert_neq(m1->types[0].canon, m1->types[1].canon);
  cr_assert_neq(m1->types[0].canon, m1->types[2].canon);   /* a group member is not the plain (func) */
  cr_assert(wd_canon_sub(m1->types[0].canon, m2->types[1].canon));
  cr_assert_not(wd_canon_sub(m1->types[2].canon, m2->types[1].canon));
  wd_wat_free(NULL, b1, l1);
  wd_wat_free(NULL, b2, l2);
  wd_module_free(m1);
  wd_module_free(m2);
  wd_engine_free(e);
}

static const char *run_text =
    "(module\n"
    "  (type $ii (func (param i32) (result i32)))\n"
    "  (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))\n"
    "  (elem declare func $inc $count)\n"
    "  (table $t 2 (ref $ii) (ref.func $inc))\n"
    "  (func (export \"call_null\") (param i32) (result i32)\n"
    "    (call_ref $ii (local.get 0) (ref.null $ii)))\n"
    "  (func (export \"call_inc\") (param i32) (result i32)\n"
    "    (call_ref $ii (local.get 0) (ref.func $inc)))\n"
    "  (func (export \"as_non_null\") (param i32) (result i32)\n"
    "    (local $f (ref null $ii))\n"
    "    (if (local.get 0) (then (local.set $f (ref.func $inc))))\n"
    "    (call_ref $ii (i32.const 41) (ref.as_non_null (local.get $f))))\n"
    "  (func (export \"on_null\") (param i32) (result i32)\n"
    "    (local $f (ref null $ii))\n"
    "    (if (local.get 0) (then (local.set $f (ref.func $inc))))\n"
    "    (block $n (result i32)\n"
    "      (i32.const -1)\n"
    "      (drop (br_on_null $n (local.get $f)))\n"
    "      (drop) (i32.const 10)))\n"
    "  (func (export \"table\") (param i32) (result i32)\n"
    "    (call_indirect $t (type $ii) (i32.const 5) (local.get 0)))\n"
    "  (func $count (type $ii)\n"
    "    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 7))\n"
    "      (else (return_call_ref $ii (i32.sub (local.get 0) (i32.const 1)) (ref.func $count)))))\n"
    "  (func (export \"count\") (param i32) (result i32) (call $count (local.get 0))))\n";

static bool call1(wd_store *s, wd_instance *inst, const char *name, int32_t arg, int32_t *out, wd_error *err) {
  wd_extern ex;
  cr_assert(wd_instance_export(inst, name, strlen(name), &ex), "no export %s", name);
  wd_val a = {.kind = WD_I32, .of.i32 = arg}, r;
  memset(&r, 0, sizeof r);
  bool ok = wd_func_call(s, ex.of.func, &a, 1, &r, 1, err);
  if (ok) *out = r.of.i32;
  return ok;
}

Test(tref, run_every_layout_and_mode) {
  static const char *layouts[] = {"enum", "union16", "packed"};
  static const wd_mode modes[] = {WD_MODE_EAGER, WD_MODE_LAZY_TRANSLATION, WD_MODE_LAZY};
  size_t len;
  uint8_t *bin = wat(run_text, FR, &len);
  for (int l = 0; l < 3; l++)
    for (int k = 0; k < 3; k++) {
      wd_config cfg;
      wd_config_init(&cfg);
      cfg.layout = layouts[l];
      cfg.mode = modes[k];
      wd_error err;
      wd_engine *e = wd_engine_new(&cfg, &err);
      cr_assert_not_null(e, "%s", err.message);
      wd_module *m = wd_module_new(e, bin, len, &err);
      cr_assert_not_null(m, "%s: %s", layouts[l], err.message);
      wd_store *s = wd_store_new(e, &err);
      wd_instance *inst = wd_instantiate(s, m, NULL, 0, &err);
      cr_assert_not_null(inst, "%s", err.message);
      int32_t v = 0;
      cr_assert_not(call1(s, inst, "call_null", 1, &v, &err));
      cr_assert_eq(err.code, WD_E_TRAP_NULL_FUNC_REF, "%s", err.message);
      cr_assert(strstr(err.message, "null function reference"), "%s", err.message);
      cr_assert(call1(s, inst, "call_inc", 1, &v, &err), "%s", err.message);
      cr_assert_eq(v, 2);
      cr_assert(call1(s, inst, "as_non_null", 1, &v, &err), "%s", err.message);
      cr_assert_eq(v, 42);
      cr_assert_not(call1(s, inst, "as_non_null", 0, &v, &err));
      cr_assert_eq(err.code, WD_E_TRAP_NULL_REF, "%s", err.message);
      cr_assert(call1(s, inst, "on_null", 0, &v, &err), "%s", err.message);
      cr_assert_eq(v, -1);
      cr_assert(call1(s, inst, "on_null", 1, &v, &err), "%s", err.message);
      cr_assert_eq(v, 10);
      cr_assert(call1(s, inst, "table", 1, &v, &err), "%s", err.message);   /* the initializer's $inc */
      cr_assert_eq(v, 6);
      cr_assert_not(call1(s, inst, "table", 2, &v, &err));
      cr_assert_eq(err.code, WD_E_TRAP_UNDEFINED_ELEMENT, "%s", err.message);
      /* a million tail calls through a reference: constant stack */
      cr_assert(call1(s, inst, "count", 1000000, &v, &err), "%s", err.message);
      cr_assert_eq(v, 7);
      wd_store_free(s);
      wd_module_free(m);
      wd_engine_free(e);
    }
  wd_wat_free(NULL, bin, len);
}

Test(tref, local_initialization) {
  wd_error err;
  cr_assert_null(decode("(module (func (local (ref func)) (drop (local.get 0))))", FR, &err));
  cr_assert_eq(err.code, WD_E_UNINITIALIZED_LOCAL, "%s", err.message);
  /* set inside a block: unset again after its end */
  cr_assert_null(decode("(module (func $f (local (ref func)) (block (local.set 0 (ref.func $f)))"
                        " (drop (local.get 0))) (elem declare func $f))", FR, &err));
  cr_assert_eq(err.code, WD_E_UNINITIALIZED_LOCAL, "%s", err.message);
  wd_module *m = decode("(module (func $f (local (ref func)) (local.set 0 (ref.func $f))"
                        " (block (drop (local.get 0)))) (elem declare func $f))", FR, &err);
  cr_assert_not_null(m, "%s", err.message);
  wd_module_release(m);
  /* a table of a non-nullable type needs an initializer */
  cr_assert_null(decode("(module (table 1 (ref func)))", FR, &err));
  cr_assert_eq(err.code, WD_E_TYPE_MISMATCH, "%s", err.message);
}

Test(tref, disabled_features_are_named) {
  wd_error err;
  uint32_t no_fr = WD_FEATURES_ALL & ~WD_FEATURE_FUNCTION_REFERENCES;
  cr_assert_null(decode("(module (type $t (func)) (func (param (ref $t))))", no_fr, &err));
  cr_assert(strstr(err.message, "function-references"), "%s", err.message);
  cr_assert_null(decode("(module (type $t (func)) (func (param funcref) (call_ref $t (local.get 0))))", no_fr, &err));
  cr_assert(strstr(err.message, "function-references"), "%s", err.message);
  cr_assert_null(decode("(module (rec (type (func)) (type (func))))", WD_FEATURES_ALL, &err));
  cr_assert(strstr(err.message, "gc"), "%s", err.message);
  cr_assert_null(decode("(module (type (struct)))", FR, &err));
  cr_assert(strstr(err.message, "not supported"), "%s", err.message);
  cr_assert_eq(WD_FEATURES_ALL & WD_FEATURE_GC, 0);
}
