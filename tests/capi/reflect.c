/* reflect.c — the types of a module's imports and exports, and of an instance's externals. */
#include "check.h"

static wasm_trap_t *zero(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  results->data[0].kind = WASM_I64;
  results->data[0].of.i64 = 0;
  return NULL;
}

static bool name_is(const wasm_name_t *n, const char *s) {
  return n->size == strlen(s) && memcmp(n->data, s, n->size) == 0;
}

static void check_functype(const wasm_functype_t *f) {
  CHECK(f != NULL);
  const wasm_valtype_vec_t *p = wasm_functype_params(f), *r = wasm_functype_results(f);
  CHECK(p->size == 2 && r->size == 1);
  CHECK(wasm_valtype_kind(p->data[0]) == WASM_I32 && wasm_valtype_kind(p->data[1]) == WASM_F64);
  CHECK(wasm_valtype_kind(r->data[0]) == WASM_I64);
  CHECK(wasm_valtype_is_num(p->data[0]) && !wasm_valtype_is_ref(p->data[0]));
}

int main(void) {
  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);
  wasm_module_t *module = compile(store, "reflect");

  /* Imports: func (i32 f64) -> i64, global (mut f32), table 1 externref, memory 1..2. */
  wasm_importtype_vec_t imports;
  wasm_module_imports(module, &imports);
  CHECK(imports.size == 4);
  const char *names[] = {"f", "g", "t", "m"};
  wasm_externkind_t kinds[] = {WASM_EXTERN_FUNC, WASM_EXTERN_GLOBAL, WASM_EXTERN_TABLE, WASM_EXTERN_MEMORY};
  for (size_t i = 0; i < 4; i++) {
    CHECK(name_is(wasm_importtype_module(imports.data[i]), "env"));
    CHECK(name_is(wasm_importtype_name(imports.data[i]), names[i]));
    CHECK(wasm_externtype_kind(wasm_importtype_type(imports.data[i])) == kinds[i]);
  }
  check_functype(wasm_externtype_as_functype_const(wasm_importtype_type(imports.data[0])));
  CHECK(wasm_externtype_as_globaltype_const(wasm_importtype_type(imports.data[0])) == NULL);
  const wasm_globaltype_t *g = wasm_externtype_as_globaltype_const(wasm_importtype_type(imports.data[1]));
  CHECK(g && wasm_valtype_kind(wasm_globaltype_content(g)) == WASM_F32 && wasm_globaltype_mutability(g) == WASM_VAR);
  const wasm_tabletype_t *t = wasm_externtype_as_tabletype_const(wasm_importtype_type(imports.data[2]));
  CHECK(t && wasm_valtype_kind(wasm_tabletype_element(t)) == WASM_EXTERNREF);
  CHECK(wasm_tabletype_limits(t)->min == 1 && wasm_tabletype_limits(t)->max == wasm_limits_max_default);
  const wasm_memorytype_t *m = wasm_externtype_as_memorytype_const(wasm_importtype_type(imports.data[3]));
  CHECK(m && wasm_memorytype_limits(m)->min == 1 && wasm_memorytype_limits(m)->max == 2);

  /* A deep copy of the vector is equal and independent. */
  wasm_importtype_vec_t copy;
  wasm_importtype_vec_copy(&copy, &imports);
  CHECK(copy.size == 4 && copy.data[0] != imports.data[0]);
  CHECK(name_is(wasm_importtype_name(copy.data[3]), "m"));
  wasm_importtype_vec_delete(&imports);
  check_functype(wasm_externtype_as_functype_const(wasm_importtype_type(copy.data[0])));
  wasm_importtype_vec_delete(&copy);

  /* Exports: func, global f64, table 0..50 funcref, memory (the imported one). */
  wasm_exporttype_vec_t exports;
  wasm_module_exports(module, &exports);
  CHECK(exports.size == 4);
  const char *enames[] = {"func", "global", "table", "memory"};
  for (size_t i = 0; i < 4; i++) {
    CHECK(name_is(wasm_exporttype_name(exports.data[i]), enames[i]));
    CHECK(wasm_externtype_kind(wasm_exporttype_type(exports.data[i])) == kinds[i]);
  }
  check_functype(wasm_externtype_as_functype_const(wasm_exporttype_type(exports.data[0])));
  g = wasm_externtype_as_globaltype_const(wasm_exporttype_type(exports.data[1]));
  CHECK(g && wasm_valtype_kind(wasm_globaltype_content(g)) == WASM_F64 && wasm_globaltype_mutability(g) == WASM_CONST);
  t = wasm_externtype_as_tabletype_const(wasm_exporttype_type(exports.data[2]));
  CHECK(t && wasm_valtype_kind(wasm_tabletype_element(t)) == WASM_FUNCREF);
  CHECK(wasm_tabletype_limits(t)->min == 0 && wasm_tabletype_limits(t)->max == 50);
  m = wasm_externtype_as_memorytype_const(wasm_exporttype_type(exports.data[3]));
  CHECK(m && wasm_memorytype_limits(m)->min == 1 && wasm_memorytype_limits(m)->max == 2);
  wasm_exporttype_vec_delete(&exports);

  /* Instantiate with host objects of those types and reflect on the instance's externals. */
  wasm_functype_t *ft = wasm_functype_new_2_1(wasm_valtype_new_i32(), wasm_valtype_new_f64(), wasm_valtype_new_i64());
  wasm_func_t *f = wasm_func_new(store, ft, NULL);
  CHECK(f == NULL);   /* a NULL callback is refused */
  wasm_extern_vec_t none = WASM_EMPTY_VEC;
  wasm_trap_t *trap = NULL;
  CHECK(wasm_instance_new(store, module, &none, &trap) == NULL);
  CHECK(trap != NULL && strstr(trap_text(trap), "import") != NULL);   /* 4 imports needed, 0 given */
  wasm_trap_delete(trap);

  f = wasm_func_new(store, ft, zero);
  wasm_functype_delete(ft);
  wasm_globaltype_t *gt = wasm_globaltype_new(wasm_valtype_new_f32(), WASM_VAR);
  wasm_val_t gv = WASM_F32_VAL(1);
  wasm_global_t *gl = wasm_global_new(store, gt, &gv);
  wasm_globaltype_delete(gt);
  wasm_tabletype_t *tt = wasm_tabletype_new(wasm_valtype_new_externref(), &(wasm_limits_t){1, 1});
  wasm_table_t *tab = wasm_table_new(store, tt, NULL);
  wasm_tabletype_delete(tt);
  wasm_memorytype_t *mt = wasm_memorytype_new(&(wasm_limits_t){1, 2});
  wasm_memory_t *mem = wasm_memory_new(store, mt);
  wasm_memorytype_delete(mt);
  CHECK(f && gl && tab && mem);
  wasm_extern_t *ext[] = {wasm_func_as_extern(f), wasm_global_as_extern(gl), wasm_table_as_extern(tab),
                          wasm_memory_as_extern(mem)};
  /* In the wrong order the link fails with a message. */
  wasm_extern_t *swapped[] = {ext[1], ext[0], ext[2], ext[3]};
  wasm_extern_vec_t bad = WASM_ARRAY_VEC(swapped);
  CHECK(wasm_instance_new(store, module, &bad, &trap) == NULL && trap != NULL);
  wasm_trap_delete(trap);
  wasm_extern_vec_t imps = WASM_ARRAY_VEC(ext);
  wasm_instance_t *inst = wasm_instance_new(store, module, &imps, NULL);
  CHECK(inst != NULL);
  wasm_extern_vec_t ex;
  wasm_instance_exports(inst, &ex);
  CHECK(ex.size == 4);
  for (size_t i = 0; i < 4; i++) {
    CHECK(wasm_extern_kind(ex.data[i]) == kinds[i]);
    wasm_externtype_t *et = wasm_extern_type(ex.data[i]);
    CHECK(et && wasm_externtype_kind(et) == kinds[i]);
    if (i == 0) check_functype(wasm_externtype_as_functype_const(et));
    if (i == 2) CHECK(wasm_tabletype_limits(wasm_externtype_as_tabletype_const(et))->max == 50);
    if (i == 3) CHECK(wasm_memorytype_limits(wasm_externtype_as_memorytype_const(et))->max == 2);
    wasm_externtype_delete(et);
  }
  /* The exported memory is the imported one. */
  CHECK(wasm_memory_same(wasm_extern_as_memory(ex.data[3]), mem));
  wasm_extern_vec_delete(&ex);
  wasm_instance_delete(inst);
  wasm_func_delete(f);
  wasm_global_delete(gl);
  wasm_table_delete(tab);
  wasm_memory_delete(mem);

  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("reflect: ok\n");
  return 0;
}
