/* check.h — what every C API test program shares: CHECK, loading NAME.wasm from the current folder,
 * finding an export by name, and calling a function with values. Uses wasm.h only, so that the programs
 * are written exactly as a host of any implementation of the standard C API would write them. */
#ifndef CAPI_CHECK_H
#define CAPI_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasm.h>

#define CHECK(c)                                                                                       \
  do {                                                                                                 \
    if (!(c)) {                                                                                        \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                            \
      exit(1);                                                                                         \
    }                                                                                                  \
  } while (0)

/* The binary of NAME.wasm (made from tests/capi/NAME.wat at build time). */
static inline void load_wasm(const char *name, wasm_byte_vec_t *out) {
  char path[256];
  snprintf(path, sizeof path, "%s.wasm", name);
  FILE *f = fopen(path, "rb");
  CHECK(f != NULL);
  CHECK(fseek(f, 0, SEEK_END) == 0);
  long n = ftell(f);
  CHECK(n > 0 && fseek(f, 0, SEEK_SET) == 0);
  wasm_byte_vec_new_uninitialized(out, (size_t)n);
  CHECK(fread(out->data, 1, (size_t)n, f) == (size_t)n);
  fclose(f);
}

static inline wasm_module_t *compile(wasm_store_t *store, const char *name) {
  wasm_byte_vec_t binary;
  load_wasm(name, &binary);
  wasm_module_t *module = wasm_module_new(store, &binary);
  wasm_byte_vec_delete(&binary);
  CHECK(module != NULL);
  return module;
}

/* The export called `name` of `instance` (found through the module's export types), borrowed from
 * `exports`, which the caller deletes. */
static inline wasm_extern_t *export_named(const wasm_module_t *module, const wasm_extern_vec_t *exports,
                                          const char *name) {
  wasm_exporttype_vec_t types;
  wasm_module_exports(module, &types);
  CHECK(types.size == exports->size);
  wasm_extern_t *found = NULL;
  for (size_t i = 0; i < types.size; i++) {
    const wasm_name_t *n = wasm_exporttype_name(types.data[i]);
    if (n->size == strlen(name) && memcmp(n->data, name, n->size) == 0) found = exports->data[i];
  }
  wasm_exporttype_vec_delete(&types);
  CHECK(found != NULL);
  return found;
}

/* The message of a trap as a C string (static buffer). */
static inline const char *trap_text(const wasm_trap_t *trap) {
  static char buf[512];
  wasm_message_t m;
  wasm_trap_message(trap, &m);
  CHECK(m.size >= 1 && m.data[m.size - 1] == '\0' && m.size <= sizeof buf);
  memcpy(buf, m.data, m.size);
  wasm_byte_vec_delete(&m);
  return buf;
}

#endif
