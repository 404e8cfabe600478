/* misuse.c — what the standard leaves to the implementation, done safely: NULL everywhere, objects of
 * the wrong kind, calls with wrong arguments, vectors deleted twice, objects used after their store is
 * gone, bad binaries; every case must neither crash nor leak. */
#include "check.h"

static wasm_trap_t *bad_result(const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  (void)args;
  results->data[0].kind = WASM_F64;   /* the type says i32 */
  results->data[0].of.f64 = 1;
  return NULL;
}

static wasm_trap_t *call2(const wasm_func_t *f, wasm_val_t a, wasm_val_t b, size_t nargs, size_t nres,
                          wasm_val_t *out) {
  wasm_val_t as[2] = {a, b}, rs[2] = {WASM_INIT_VAL, WASM_INIT_VAL};
  wasm_val_vec_t args = {nargs, as}, results = {nres, rs};
  wasm_trap_t *t = wasm_func_call(f, &args, &results);
  if (out) *out = rs[0];
  return t;
}

static void expect_trap(wasm_trap_t *t, const char *part) {
  CHECK(t != NULL);
  if (!strstr(trap_text(t), part)) {
    fprintf(stderr, "trap message %s lacks %s\n", trap_text(t), part);
    exit(1);
  }
  wasm_trap_delete(t);
}

int main(void) {
  /* NULL everywhere: nothing happens, NULL/0/false comes back. */
  wasm_engine_delete(NULL);
  wasm_store_delete(NULL);
  wasm_config_delete(NULL);
  wasm_module_delete(NULL);
  wasm_func_delete(NULL);
  wasm_trap_delete(NULL);
  wasm_ref_delete(NULL);
  wasm_valtype_delete(NULL);
  wasm_functype_delete(NULL);
  wasm_byte_vec_delete(NULL);
  wasm_val_delete(NULL);
  CHECK(wasm_store_new(NULL) == NULL);
  CHECK(wasm_module_new(NULL, NULL) == NULL);
  CHECK(!wasm_module_validate(NULL, NULL));
  CHECK(wasm_func_new(NULL, NULL, NULL) == NULL);
  CHECK(wasm_func_type(NULL) == NULL && wasm_func_param_arity(NULL) == 0);
  CHECK(wasm_global_new(NULL, NULL, NULL) == NULL && wasm_global_type(NULL) == NULL);
  CHECK(wasm_table_new(NULL, NULL, NULL) == NULL && wasm_table_size(NULL) == 0 && wasm_table_get(NULL, 0) == NULL);
  CHECK(!wasm_table_set(NULL, 0, NULL) && !wasm_table_grow(NULL, 1, NULL));
  CHECK(wasm_memory_new(NULL, NULL) == NULL && wasm_memory_data(NULL) == NULL && wasm_memory_size(NULL) == 0);
  CHECK(!wasm_memory_grow(NULL, 1) && wasm_memory_data_size(NULL) == 0);
  CHECK(wasm_extern_as_func(NULL) == NULL && wasm_ref_as_memory(NULL) == NULL && wasm_extern_type(NULL) == NULL);
  CHECK(wasm_valtype_new(77) == NULL);   /* not a value kind */
  CHECK(wasm_trap_new(NULL, NULL) == NULL && wasm_foreign_new(NULL) == NULL);
  wasm_trap_t *trap = NULL;
  CHECK(wasm_instance_new(NULL, NULL, NULL, &trap) == NULL);
  CHECK(trap != NULL);
  wasm_trap_delete(trap);
  expect_trap(wasm_func_call(NULL, NULL, NULL), "not a live function");
  wasm_val_t v = WASM_I32_VAL(5);
  wasm_global_get(NULL, &v);
  CHECK(v.kind == WASM_I32 && v.of.i32 == 0);
  wasm_global_set(NULL, &v);
  wasm_extern_vec_t ev;
  wasm_instance_exports(NULL, &ev);
  CHECK(ev.size == 0 && ev.data == NULL);
  wasm_importtype_vec_t iv;
  wasm_module_imports(NULL, &iv);
  CHECK(iv.size == 0);
  wasm_exporttype_vec_t xv;
  wasm_module_exports(NULL, &xv);
  CHECK(xv.size == 0);
  CHECK(wasm_functype_new(NULL, NULL) == NULL && wasm_globaltype_new(NULL, WASM_VAR) == NULL);
  /* A table type of a number type is refused (and the valtype, owned by the call, freed). */
  CHECK(wasm_tabletype_new(wasm_valtype_new_i32(), &(wasm_limits_t){1, 1}) == NULL);

  /* Vectors: deleting twice is defined (the first delete leaves an empty vector), copies are deep. */
  wasm_byte_vec_t b;
  wasm_name_new_from_string(&b, "name");
  CHECK(b.size == 4 && memcmp(b.data, "name", 4) == 0);
  wasm_byte_vec_t bc;
  wasm_byte_vec_copy(&bc, &b);
  CHECK(bc.size == 4 && bc.data != b.data);
  wasm_byte_vec_delete(&b);
  CHECK(b.size == 0 && b.data == NULL);
  wasm_byte_vec_delete(&b);
  wasm_byte_vec_delete(&bc);
  wasm_valtype_vec_t vv;
  wasm_valtype_vec_new_uninitialized(&vv, 3);
  CHECK(vv.size == 3 && vv.data[0] == NULL);   /* zeroed, so deleting it at once is safe */
  wasm_valtype_vec_delete(&vv);
  wasm_valtype_vec_delete(&vv);
  wasm_val_vec_t vals;
  wasm_val_vec_new_empty(&vals);
  CHECK(vals.size == 0);
  wasm_val_vec_delete(&vals);

  wasm_engine_t *engine = wasm_engine_new();
  wasm_store_t *store = wasm_store_new(engine);

  /* Bad binaries: NULL with a message; validation says no. */
  wasm_byte_vec_t junk = {5, "\0asm\2"};
  CHECK(wasm_module_new(store, &junk) == NULL);
  CHECK(strlen(wasm_store_warden_last_error(store)) > 0);
  CHECK(!wasm_module_validate(store, &junk));
  wasm_byte_vec_t empty = WASM_EMPTY_VEC;
  CHECK(wasm_module_new(store, &empty) == NULL);

  wasm_module_t *module = compile(store, "misuse");
  wasm_byte_vec_t bin;
  load_wasm("misuse", &bin);
  CHECK(wasm_module_validate(store, &bin));
  /* Serialization gives the binary back; deserializing it makes a working module. */
  wasm_byte_vec_t ser;
  wasm_module_serialize(module, &ser);
  CHECK(ser.size == bin.size && memcmp(ser.data, bin.data, bin.size) == 0);
  wasm_module_t *module2 = wasm_module_deserialize(store, &ser);
  CHECK(module2 != NULL);
  wasm_byte_vec_delete(&ser);
  wasm_byte_vec_delete(&bin);

  /* Import count mismatch: NULL with a trap saying why. */
  wasm_foreign_t *fo = wasm_foreign_new(store);
  wasm_extern_t *wrong[] = {(wasm_extern_t *)wasm_foreign_as_ref(fo)};
  wasm_extern_vec_t wrong_imports = WASM_ARRAY_VEC(wrong);
  CHECK(wasm_instance_new(store, module, &wrong_imports, &trap) == NULL);
  expect_trap(trap, "not a live external");

  wasm_instance_t *instance = wasm_instance_new(store, module2, NULL, NULL);
  CHECK(instance != NULL);
  wasm_module_delete(module2);
  wasm_extern_vec_t exports;
  wasm_instance_exports(instance, &exports);
  wasm_func_t *add = wasm_extern_as_func(export_named(module, &exports, "add"));
  wasm_table_t *table = wasm_extern_as_table(export_named(module, &exports, "table"));
  wasm_memory_t *memory = wasm_extern_as_memory(export_named(module, &exports, "memory"));
  CHECK(add && table && memory);

  /* Views of the wrong kind are NULL. */
  CHECK(wasm_extern_as_global(wasm_func_as_extern(add)) == NULL);
  CHECK(wasm_extern_as_memory(wasm_table_as_extern(table)) == NULL);
  CHECK(wasm_ref_as_table(wasm_memory_as_ref(memory)) == NULL);
  CHECK(wasm_ref_as_extern(wasm_foreign_as_ref(fo)) == NULL);
  CHECK(wasm_ref_as_extern(wasm_func_as_ref(add)) == wasm_func_as_extern(add));

  /* Calls with wrong argument counts or types trap with a message; the function stays usable. */
  wasm_val_t out;
  wasm_val_t one = WASM_I32_VAL(1), two = WASM_I32_VAL(2), f = WASM_F32_VAL(1);
  expect_trap(call2(add, one, two, 1, 1, &out), "1 arguments");
  expect_trap(call2(add, one, two, 2, 0, &out), "0 results");
  expect_trap(call2(add, one, f, 2, 1, &out), "argument 1");
  CHECK(call2(add, one, two, 2, 1, &out) == NULL && out.of.i32 == 3);

  /* A funcref table takes only functions of this store. */
  CHECK(!wasm_table_set(table, 0, wasm_foreign_as_ref(fo)));
  CHECK(wasm_table_set(table, 0, wasm_func_as_ref(add)));
  wasm_store_t *other = wasm_store_new(engine);
  wasm_functype_t *ft = wasm_functype_new_0_1(wasm_valtype_new_i32());
  wasm_func_t *alien = wasm_func_new(other, ft, bad_result);
  wasm_func_t *liar = wasm_func_new(store, ft, bad_result);
  wasm_functype_delete(ft);
  CHECK(!wasm_table_set(table, 0, wasm_func_as_ref(alien)));
  /* ...and an import from another store is refused. */
  wasm_extern_t *alien_ext[] = {wasm_func_as_extern(alien)};
  wasm_extern_vec_t alien_imports = WASM_ARRAY_VEC(alien_ext);
  CHECK(wasm_instance_new(store, module, &alien_imports, &trap) == NULL);
  expect_trap(trap, "another store");
  /* A host function returning a value of the wrong type traps. */
  expect_trap(call2(liar, one, one, 0, 1, &out), "host function result 0");

  /* Host functions that outlive their store: the handle stays safe to use and to delete. */
  wasm_store_delete(other);
  CHECK(wasm_func_param_arity(alien) == 0 && wasm_func_type(alien) == NULL);
  expect_trap(call2(alien, one, one, 0, 1, &out), "not a live function");
  wasm_func_delete(alien);

  wasm_func_delete(liar);
  wasm_foreign_delete(fo);
  wasm_extern_vec_delete(&exports);
  wasm_extern_vec_delete(&exports);
  wasm_instance_delete(instance);
  wasm_module_delete(module);
  wasm_store_delete(store);
  wasm_engine_delete(engine);
  printf("misuse: ok\n");
  return 0;
}
