/* wasm.h — the standard WebAssembly C API (github.com/WebAssembly/wasm-c-api), as warden provides it.
 *
 * Written for warden: every declaration matches the standard header, so a host written for another
 * implementation (wasmtime, wasmer, WAMR, V8) compiles unchanged against this one. The implementation is
 * capi/wasm_c_api.c, built on include/warden.h alone. Warden's own additions are at the end, all named
 * wasm_*_warden_* (engine configuration: layout, compilation mode, features, fuel, limits).
 *
 * Ownership follows the standard: `own` marks a pointer, vector or value whose owner must release it with
 * the matching wasm_*_delete; `own` vectors own their elements. Reference objects (func, global, table,
 * memory, extern, instance, module, trap, foreign) are counted: wasm_*_copy gives another owner of the same
 * object, and wasm_*_same tells whether two references name one object.
 *
 * Where warden differs from other implementations:
 *   - Objects of a store (functions, globals, tables, memories, instances, foreign objects) live until the
 *     store is deleted; host-info finalizers and wasm_func_new_with_env finalizers run then.
 *     Modules and traps are freed with their last reference. Instances count against the store's instance
 *     limit (wasm_config_set_warden_max_instances; 10,000 by default) until the store is deleted.
 *   - Traps carry a message but no frames: wasm_trap_origin returns NULL and wasm_trap_trace an empty vector.
 *   - wasm_module_serialize gives the module's binary, and wasm_module_deserialize decodes it again.
 *   - Values of type v128 have kind WASM_WARDEN_V128 in reflected types; they cannot be passed through
 *     wasm_val_t, so calling such a function through this API traps with a message saying so.
 *   - Every function accepts NULL where it would otherwise crash and then does nothing / returns NULL,
 *     0 or false; wasm_instance_new reports link errors through its trap argument too.
 */
#ifndef WASM_H
#define WASM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <assert.h>

#ifndef WASM_API_EXTERN
#define WASM_API_EXTERN
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- basic types */

typedef char byte_t;
typedef float float32_t;
typedef double float64_t;

#if !defined(__cplusplus)
_Static_assert(sizeof(float) == 4 && sizeof(double) == 8, "wasm.h needs IEEE single and double floats");
#endif

/* Documents ownership; expands to nothing. */
#define own

/* wasm_NAME_t, an opaque owned object, and its destructor. */
#define WD_CAPI_OWN(N)                                                                                 \
  typedef struct wasm_##N##_t wasm_##N##_t;                                                            \
  WASM_API_EXTERN void wasm_##N##_delete(own wasm_##N##_t *);

/* wasm_NAME_vec_t: {size, data}; PTR is `*` for vectors of pointers, empty for vectors of values. */
#define WD_CAPI_VEC(N, PTR)                                                                            \
  typedef struct wasm_##N##_vec_t {                                                                    \
    size_t size;                                                                                       \
    wasm_##N##_t PTR *data;                                                                            \
  } wasm_##N##_vec_t;                                                                                  \
  WASM_API_EXTERN void wasm_##N##_vec_new_empty(own wasm_##N##_vec_t *out);                            \
  WASM_API_EXTERN void wasm_##N##_vec_new_uninitialized(own wasm_##N##_vec_t *out, size_t);            \
  WASM_API_EXTERN void wasm_##N##_vec_new(own wasm_##N##_vec_t *out, size_t,                           \
                                          own wasm_##N##_t PTR const[]);                               \
  WASM_API_EXTERN void wasm_##N##_vec_copy(own wasm_##N##_vec_t *out, const wasm_##N##_vec_t *);       \
  WASM_API_EXTERN void wasm_##N##_vec_delete(own wasm_##N##_vec_t *);

/* A type object: owned, copyable, with a vector of pointers to it. */
#define WD_CAPI_TYPE(N)                                                                                \
  WD_CAPI_OWN(N)                                                                                       \
  WD_CAPI_VEC(N, *)                                                                                    \
  WASM_API_EXTERN own wasm_##N##_t *wasm_##N##_copy(const wasm_##N##_t *);

/* ---------------------------------------------------------------- bytes and names */

typedef byte_t wasm_byte_t;
WD_CAPI_VEC(byte, )

typedef wasm_byte_vec_t wasm_name_t;
#define wasm_name wasm_byte_vec
#define wasm_name_new wasm_byte_vec_new
#define wasm_name_new_empty wasm_byte_vec_new_empty
#define wasm_name_new_new_uninitialized wasm_byte_vec_new_uninitialized
#define wasm_name_copy wasm_byte_vec_copy
#define wasm_name_delete wasm_byte_vec_delete

/* A name from a C string, without / with its terminating NUL. */
static inline void wasm_name_new_from_string(own wasm_name_t *out, const char *s) {
  wasm_name_new(out, strlen(s), s);
}
static inline void wasm_name_new_from_string_nt(own wasm_name_t *out, const char *s) {
  wasm_name_new(out, strlen(s) + 1, s);
}

/* ---------------------------------------------------------------- configuration, engine, store */

WD_CAPI_OWN(config)
WASM_API_EXTERN own wasm_config_t *wasm_config_new(void);

WD_CAPI_OWN(engine)
WASM_API_EXTERN own wasm_engine_t *wasm_engine_new(void);
WASM_API_EXTERN own wasm_engine_t *wasm_engine_new_with_config(own wasm_config_t *);

WD_CAPI_OWN(store)
WASM_API_EXTERN own wasm_store_t *wasm_store_new(wasm_engine_t *);

/* ---------------------------------------------------------------- types */

typedef uint8_t wasm_mutability_t;
enum wasm_mutability_enum { WASM_CONST, WASM_VAR };

typedef struct wasm_limits_t {
  uint32_t min;
  uint32_t max;
} wasm_limits_t;
static const uint32_t wasm_limits_max_default = 0xffffffff;   /* "no maximum" */

WD_CAPI_TYPE(valtype)

typedef uint8_t wasm_valkind_t;
enum wasm_valkind_enum {
  WASM_I32,
  WASM_I64,
  WASM_F32,
  WASM_F64,
  WASM_EXTERNREF = 128,
  WASM_FUNCREF,
};

WASM_API_EXTERN own wasm_valtype_t *wasm_valtype_new(wasm_valkind_t);
WASM_API_EXTERN wasm_valkind_t wasm_valtype_kind(const wasm_valtype_t *);

static inline bool wasm_valkind_is_num(wasm_valkind_t k) { return k < WASM_EXTERNREF; }
static inline bool wasm_valkind_is_ref(wasm_valkind_t k) { return k >= WASM_EXTERNREF; }
static inline bool wasm_valtype_is_num(const wasm_valtype_t *t) {
  return wasm_valkind_is_num(wasm_valtype_kind(t));
}
static inline bool wasm_valtype_is_ref(const wasm_valtype_t *t) {
  return wasm_valkind_is_ref(wasm_valtype_kind(t));
}

WD_CAPI_TYPE(functype)
WASM_API_EXTERN own wasm_functype_t *wasm_functype_new(own wasm_valtype_vec_t *params,
                                                       own wasm_valtype_vec_t *results);
WASM_API_EXTERN const wasm_valtype_vec_t *wasm_functype_params(const wasm_functype_t *);
WASM_API_EXTERN const wasm_valtype_vec_t *wasm_functype_results(const wasm_functype_t *);

WD_CAPI_TYPE(globaltype)
WASM_API_EXTERN own wasm_globaltype_t *wasm_globaltype_new(own wasm_valtype_t *, wasm_mutability_t);
WASM_API_EXTERN const wasm_valtype_t *wasm_globaltype_content(const wasm_globaltype_t *);
WASM_API_EXTERN wasm_mutability_t wasm_globaltype_mutability(const wasm_globaltype_t *);

WD_CAPI_TYPE(tabletype)
WASM_API_EXTERN own wasm_tabletype_t *wasm_tabletype_new(own wasm_valtype_t *, const wasm_limits_t *);
WASM_API_EXTERN const wasm_valtype_t *wasm_tabletype_element(const wasm_tabletype_t *);
WASM_API_EXTERN const wasm_limits_t *wasm_tabletype_limits(const wasm_tabletype_t *);

WD_CAPI_TYPE(memorytype)
WASM_API_EXTERN own wasm_memorytype_t *wasm_memorytype_new(const wasm_limits_t *);
WASM_API_EXTERN const wasm_limits_t *wasm_memorytype_limits(const wasm_memorytype_t *);

WD_CAPI_TYPE(externtype)

typedef uint8_t wasm_externkind_t;
enum wasm_externkind_enum {
  WASM_EXTERN_FUNC,
  WASM_EXTERN_GLOBAL,
  WASM_EXTERN_TABLE,
  WASM_EXTERN_MEMORY,
};

WASM_API_EXTERN wasm_externkind_t wasm_externtype_kind(const wasm_externtype_t *);

/* Views between an extern type and the specific type it is (no ownership moves; NULL on a wrong kind). */
#define WD_CAPI_EXTERNTYPE_VIEW(N)                                                                     \
  WASM_API_EXTERN wasm_externtype_t *wasm_##N##_as_externtype(wasm_##N##_t *);                         \
  WASM_API_EXTERN wasm_##N##_t *wasm_externtype_as_##N(wasm_externtype_t *);                           \
  WASM_API_EXTERN const wasm_externtype_t *wasm_##N##_as_externtype_const(const wasm_##N##_t *);       \
  WASM_API_EXTERN const wasm_##N##_t *wasm_externtype_as_##N##_const(const wasm_externtype_t *);
WD_CAPI_EXTERNTYPE_VIEW(functype)
WD_CAPI_EXTERNTYPE_VIEW(globaltype)
WD_CAPI_EXTERNTYPE_VIEW(tabletype)
WD_CAPI_EXTERNTYPE_VIEW(memorytype)
#undef WD_CAPI_EXTERNTYPE_VIEW

WD_CAPI_TYPE(importtype)
WASM_API_EXTERN own wasm_importtype_t *wasm_importtype_new(own wasm_name_t *module, own wasm_name_t *name,
                                                           own wasm_externtype_t *);
WASM_API_EXTERN const wasm_name_t *wasm_importtype_module(const wasm_importtype_t *);
WASM_API_EXTERN const wasm_name_t *wasm_importtype_name(const wasm_importtype_t *);
WASM_API_EXTERN const wasm_externtype_t *wasm_importtype_type(const wasm_importtype_t *);

WD_CAPI_TYPE(exporttype)
WASM_API_EXTERN own wasm_exporttype_t *wasm_exporttype_new(own wasm_name_t *, own wasm_externtype_t *);
WASM_API_EXTERN const wasm_name_t *wasm_exporttype_name(const wasm_exporttype_t *);
WASM_API_EXTERN const wasm_externtype_t *wasm_exporttype_type(const wasm_exporttype_t *);

/* ---------------------------------------------------------------- values */

struct wasm_ref_t;

typedef struct wasm_val_t {
  wasm_valkind_t kind;
  union {
    int32_t i32;
    int64_t i64;
    float32_t f32;
    float64_t f64;
    struct wasm_ref_t *ref;
  } of;
} wasm_val_t;

WASM_API_EXTERN void wasm_val_delete(own wasm_val_t *v);
WASM_API_EXTERN void wasm_val_copy(own wasm_val_t *out, const wasm_val_t *);

WD_CAPI_VEC(val, )

/* ---------------------------------------------------------------- references */

/* Every reference object: copy (another owner), identity, and host info with an optional finalizer. */
#define WD_CAPI_REF_BASE(N)                                                                            \
  WD_CAPI_OWN(N)                                                                                       \
  WASM_API_EXTERN own wasm_##N##_t *wasm_##N##_copy(const wasm_##N##_t *);                             \
  WASM_API_EXTERN bool wasm_##N##_same(const wasm_##N##_t *, const wasm_##N##_t *);                    \
  WASM_API_EXTERN void *wasm_##N##_get_host_info(const wasm_##N##_t *);                                \
  WASM_API_EXTERN void wasm_##N##_set_host_info(wasm_##N##_t *, void *);                               \
  WASM_API_EXTERN void wasm_##N##_set_host_info_with_finalizer(wasm_##N##_t *, void *, void (*)(void *));

/* ...and the views between it and the generic wasm_ref_t (NULL on a wrong kind). */
#define WD_CAPI_REF(N)                                                                                 \
  WD_CAPI_REF_BASE(N)                                                                                  \
  WASM_API_EXTERN wasm_ref_t *wasm_##N##_as_ref(wasm_##N##_t *);                                       \
  WASM_API_EXTERN wasm_##N##_t *wasm_ref_as_##N(wasm_ref_t *);                                         \
  WASM_API_EXTERN const wasm_ref_t *wasm_##N##_as_ref_const(const wasm_##N##_t *);                     \
  WASM_API_EXTERN const wasm_##N##_t *wasm_ref_as_##N##_const(const wasm_ref_t *);

/* ...and a store-independent form that another store can obtain. */
#define WD_CAPI_SHARABLE_REF(N)                                                                        \
  WD_CAPI_REF(N)                                                                                       \
  WD_CAPI_OWN(shared_##N)                                                                              \
  WASM_API_EXTERN own wasm_shared_##N##_t *wasm_##N##_share(const wasm_##N##_t *);                     \
  WASM_API_EXTERN own wasm_##N##_t *wasm_##N##_obtain(wasm_store_t *, const wasm_shared_##N##_t *);

WD_CAPI_REF_BASE(ref)

/* ---------------------------------------------------------------- frames and traps */

WD_CAPI_OWN(frame)
WD_CAPI_VEC(frame, *)
WASM_API_EXTERN own wasm_frame_t *wasm_frame_copy(const wasm_frame_t *);
WASM_API_EXTERN struct wasm_instance_t *wasm_frame_instance(const wasm_frame_t *);
WASM_API_EXTERN uint32_t wasm_frame_func_index(const wasm_frame_t *);
WASM_API_EXTERN size_t wasm_frame_func_offset(const wasm_frame_t *);
WASM_API_EXTERN size_t wasm_frame_module_offset(const wasm_frame_t *);

typedef wasm_name_t wasm_message_t;   /* NUL-terminated: size counts the NUL */

WD_CAPI_REF(trap)
WASM_API_EXTERN own wasm_trap_t *wasm_trap_new(wasm_store_t *store, const wasm_message_t *);
WASM_API_EXTERN void wasm_trap_message(const wasm_trap_t *, own wasm_message_t *out);
WASM_API_EXTERN own wasm_frame_t *wasm_trap_origin(const wasm_trap_t *);
WASM_API_EXTERN void wasm_trap_trace(const wasm_trap_t *, own wasm_frame_vec_t *out);

/* ---------------------------------------------------------------- foreign objects */

WD_CAPI_REF(foreign)
WASM_API_EXTERN own wasm_foreign_t *wasm_foreign_new(wasm_store_t *);

/* ---------------------------------------------------------------- modules */

WD_CAPI_SHARABLE_REF(module)
WASM_API_EXTERN own wasm_module_t *wasm_module_new(wasm_store_t *, const wasm_byte_vec_t *binary);
WASM_API_EXTERN bool wasm_module_validate(wasm_store_t *, const wasm_byte_vec_t *binary);
WASM_API_EXTERN void wasm_module_imports(const wasm_module_t *, own wasm_importtype_vec_t *out);
WASM_API_EXTERN void wasm_module_exports(const wasm_module_t *, own wasm_exporttype_vec_t *out);
WASM_API_EXTERN void wasm_module_serialize(const wasm_module_t *, own wasm_byte_vec_t *out);
WASM_API_EXTERN own wasm_module_t *wasm_module_deserialize(wasm_store_t *, const wasm_byte_vec_t *);

/* ---------------------------------------------------------------- functions */

WD_CAPI_REF(func)

typedef own wasm_trap_t *(*wasm_func_callback_t)(const wasm_val_vec_t *args, own wasm_val_vec_t *results);
typedef own wasm_trap_t *(*wasm_func_callback_with_env_t)(void *env, const wasm_val_vec_t *args,
                                                          wasm_val_vec_t *results);

WASM_API_EXTERN own wasm_func_t *wasm_func_new(wasm_store_t *, const wasm_functype_t *, wasm_func_callback_t);
WASM_API_EXTERN own wasm_func_t *wasm_func_new_with_env(wasm_store_t *, const wasm_functype_t *type,
                                                        wasm_func_callback_with_env_t, void *env,
                                                        void (*finalizer)(void *));
WASM_API_EXTERN own wasm_functype_t *wasm_func_type(const wasm_func_t *);
WASM_API_EXTERN size_t wasm_func_param_arity(const wasm_func_t *);
WASM_API_EXTERN size_t wasm_func_result_arity(const wasm_func_t *);
WASM_API_EXTERN own wasm_trap_t *wasm_func_call(const wasm_func_t *, const wasm_val_vec_t *args,
                                                wasm_val_vec_t *results);

/* ---------------------------------------------------------------- globals */

WD_CAPI_REF(global)
WASM_API_EXTERN own wasm_global_t *wasm_global_new(wasm_store_t *, const wasm_globaltype_t *,
                                                   const wasm_val_t *);
WASM_API_EXTERN own wasm_globaltype_t *wasm_global_type(const wasm_global_t *);
WASM_API_EXTERN void wasm_global_get(const wasm_global_t *, own wasm_val_t *out);
WASM_API_EXTERN void wasm_global_set(wasm_global_t *, const wasm_val_t *);

/* ---------------------------------------------------------------- tables */

WD_CAPI_REF(table)
typedef uint32_t wasm_table_size_t;
WASM_API_EXTERN own wasm_table_t *wasm_table_new(wasm_store_t *, const wasm_tabletype_t *, wasm_ref_t *init);
WASM_API_EXTERN own wasm_tabletype_t *wasm_table_type(const wasm_table_t *);
WASM_API_EXTERN own wasm_ref_t *wasm_table_get(const wasm_table_t *, wasm_table_size_t index);
WASM_API_EXTERN bool wasm_table_set(wasm_table_t *, wasm_table_size_t index, wasm_ref_t *);
WASM_API_EXTERN wasm_table_size_t wasm_table_size(const wasm_table_t *);
WASM_API_EXTERN bool wasm_table_grow(wasm_table_t *, wasm_table_size_t delta, wasm_ref_t *init);

/* ---------------------------------------------------------------- memories */

WD_CAPI_REF(memory)
typedef uint32_t wasm_memory_pages_t;
static const size_t MEMORY_PAGE_SIZE = 0x10000;
WASM_API_EXTERN own wasm_memory_t *wasm_memory_new(wasm_store_t *, const wasm_memorytype_t *);
WASM_API_EXTERN own wasm_memorytype_t *wasm_memory_type(const wasm_memory_t *);
WASM_API_EXTERN byte_t *wasm_memory_data(wasm_memory_t *);
WASM_API_EXTERN size_t wasm_memory_data_size(const wasm_memory_t *);
WASM_API_EXTERN wasm_memory_pages_t wasm_memory_size(const wasm_memory_t *);
WASM_API_EXTERN bool wasm_memory_grow(wasm_memory_t *, wasm_memory_pages_t delta);

/* ---------------------------------------------------------------- externals */

WD_CAPI_REF(extern)
WD_CAPI_VEC(extern, *)
WASM_API_EXTERN wasm_externkind_t wasm_extern_kind(const wasm_extern_t *);
WASM_API_EXTERN own wasm_externtype_t *wasm_extern_type(const wasm_extern_t *);

/* Views between an external and the object it is (no ownership moves; NULL on a wrong kind). */
#define WD_CAPI_EXTERN_VIEW(N)                                                                         \
  WASM_API_EXTERN wasm_extern_t *wasm_##N##_as_extern(wasm_##N##_t *);                                 \
  WASM_API_EXTERN wasm_##N##_t *wasm_extern_as_##N(wasm_extern_t *);                                   \
  WASM_API_EXTERN const wasm_extern_t *wasm_##N##_as_extern_const(const wasm_##N##_t *);               \
  WASM_API_EXTERN const wasm_##N##_t *wasm_extern_as_##N##_const(const wasm_extern_t *);
WD_CAPI_EXTERN_VIEW(func)
WD_CAPI_EXTERN_VIEW(global)
WD_CAPI_EXTERN_VIEW(table)
WD_CAPI_EXTERN_VIEW(memory)
#undef WD_CAPI_EXTERN_VIEW

/* ---------------------------------------------------------------- instances */

WD_CAPI_REF(instance)
WASM_API_EXTERN own wasm_instance_t *wasm_instance_new(wasm_store_t *, const wasm_module_t *,
                                                       const wasm_extern_vec_t *imports, own wasm_trap_t **);
WASM_API_EXTERN void wasm_instance_exports(const wasm_instance_t *, own wasm_extern_vec_t *out);

/* ---------------------------------------------------------------- conveniences */

#define WASM_EMPTY_VEC {0, NULL}
#define WASM_ARRAY_VEC(array) {sizeof(array) / sizeof(*(array)), array}

static inline own wasm_valtype_t *wasm_valtype_new_i32(void) { return wasm_valtype_new(WASM_I32); }
static inline own wasm_valtype_t *wasm_valtype_new_i64(void) { return wasm_valtype_new(WASM_I64); }
static inline own wasm_valtype_t *wasm_valtype_new_f32(void) { return wasm_valtype_new(WASM_F32); }
static inline own wasm_valtype_t *wasm_valtype_new_f64(void) { return wasm_valtype_new(WASM_F64); }
static inline own wasm_valtype_t *wasm_valtype_new_externref(void) { return wasm_valtype_new(WASM_EXTERNREF); }
static inline own wasm_valtype_t *wasm_valtype_new_funcref(void) { return wasm_valtype_new(WASM_FUNCREF); }

/* A function type from up to three parameters and two results (each owned, moved into the type). */
static inline own wasm_functype_t *wd_capi_functype_of(size_t np, wasm_valtype_t *p1, wasm_valtype_t *p2,
                                                       wasm_valtype_t *p3, size_t nr, wasm_valtype_t *r1,
                                                       wasm_valtype_t *r2) {
  wasm_valtype_t *ps[3] = {p1, p2, p3}, *rs[2] = {r1, r2};
  wasm_valtype_vec_t params, results;
  wasm_valtype_vec_new(&params, np, ps);
  wasm_valtype_vec_new(&results, nr, rs);
  return wasm_functype_new(&params, &results);
}
static inline own wasm_functype_t *wasm_functype_new_0_0(void) {
  return wd_capi_functype_of(0, NULL, NULL, NULL, 0, NULL, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_1_0(own wasm_valtype_t *p) {
  return wd_capi_functype_of(1, p, NULL, NULL, 0, NULL, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_2_0(own wasm_valtype_t *p1, own wasm_valtype_t *p2) {
  return wd_capi_functype_of(2, p1, p2, NULL, 0, NULL, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_3_0(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                         own wasm_valtype_t *p3) {
  return wd_capi_functype_of(3, p1, p2, p3, 0, NULL, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_0_1(own wasm_valtype_t *r) {
  return wd_capi_functype_of(0, NULL, NULL, NULL, 1, r, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_1_1(own wasm_valtype_t *p, own wasm_valtype_t *r) {
  return wd_capi_functype_of(1, p, NULL, NULL, 1, r, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_2_1(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                         own wasm_valtype_t *r) {
  return wd_capi_functype_of(2, p1, p2, NULL, 1, r, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_3_1(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                         own wasm_valtype_t *p3, own wasm_valtype_t *r) {
  return wd_capi_functype_of(3, p1, p2, p3, 1, r, NULL);
}
static inline own wasm_functype_t *wasm_functype_new_0_2(own wasm_valtype_t *r1, own wasm_valtype_t *r2) {
  return wd_capi_functype_of(0, NULL, NULL, NULL, 2, r1, r2);
}
static inline own wasm_functype_t *wasm_functype_new_1_2(own wasm_valtype_t *p, own wasm_valtype_t *r1,
                                                         own wasm_valtype_t *r2) {
  return wd_capi_functype_of(1, p, NULL, NULL, 2, r1, r2);
}
static inline own wasm_functype_t *wasm_functype_new_2_2(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                         own wasm_valtype_t *r1, own wasm_valtype_t *r2) {
  return wd_capi_functype_of(2, p1, p2, NULL, 2, r1, r2);
}
static inline own wasm_functype_t *wasm_functype_new_3_2(own wasm_valtype_t *p1, own wasm_valtype_t *p2,
                                                         own wasm_valtype_t *p3, own wasm_valtype_t *r1,
                                                         own wasm_valtype_t *r2) {
  return wd_capi_functype_of(3, p1, p2, p3, 2, r1, r2);
}

/* A host pointer carried as an integer of the pointer's width. */
static inline void wasm_val_init_ptr(own wasm_val_t *out, void *p) {
#if UINTPTR_MAX == UINT32_MAX
  out->kind = WASM_I32;
  out->of.i32 = (int32_t)(intptr_t)p;
#else
  out->kind = WASM_I64;
  out->of.i64 = (int64_t)(intptr_t)p;
#endif
}
static inline void *wasm_val_ptr(const wasm_val_t *val) {
#if UINTPTR_MAX == UINT32_MAX
  return (void *)(intptr_t)val->of.i32;
#else
  return (void *)(intptr_t)val->of.i64;
#endif
}

#define WASM_I32_VAL(i) {.kind = WASM_I32, .of = {.i32 = i}}
#define WASM_I64_VAL(i) {.kind = WASM_I64, .of = {.i64 = i}}
#define WASM_F32_VAL(z) {.kind = WASM_F32, .of = {.f32 = z}}
#define WASM_F64_VAL(z) {.kind = WASM_F64, .of = {.f64 = z}}
#define WASM_REF_VAL(r) {.kind = WASM_EXTERNREF, .of = {.ref = r}}
#define WASM_INIT_VAL {.kind = WASM_EXTERNREF, .of = {.ref = NULL}}

/* ---------------------------------------------------------------- warden's additions
 * Configuration of the engine a config is given to (wasm_engine_new_with_config). Each returns false and
 * changes nothing when the argument is unknown or out of range. */

/* v128, which the standard kinds cannot name: the kind of a v128 in a reflected type. */
#define WASM_WARDEN_V128 ((wasm_valkind_t)4)

/* Function-record layout: "enum", "union16" (default) or "packed". */
WASM_API_EXTERN bool wasm_config_set_warden_layout(wasm_config_t *, const char *name);
/* Compilation mode: "eager", "lazy-translation" (default) or "lazy" (see warden's README). */
WASM_API_EXTERN bool wasm_config_set_warden_mode(wasm_config_t *, const char *mode);
/* Feature bits beyond WebAssembly 2.0 (WD_FEATURE_* in warden.h; all on by default). */
WASM_API_EXTERN bool wasm_config_set_warden_features(wasm_config_t *, uint32_t features);
/* Limits for every store of the engine; 0 keeps warden's default (runtime/config.h). */
WASM_API_EXTERN bool wasm_config_set_warden_max_memory_pages(wasm_config_t *, uint32_t pages);
WASM_API_EXTERN bool wasm_config_set_warden_max_table_elems(wasm_config_t *, uint32_t elems);
WASM_API_EXTERN bool wasm_config_set_warden_max_instances(wasm_config_t *, uint32_t instances);
WASM_API_EXTERN bool wasm_config_set_warden_max_call_depth(wasm_config_t *, uint32_t frames);
WASM_API_EXTERN bool wasm_config_set_warden_max_stack_bytes(wasm_config_t *, uint64_t bytes);
WASM_API_EXTERN bool wasm_config_set_warden_max_arena_bytes(wasm_config_t *, uint64_t bytes);
/* Fuel metering: every store of the engine starts with `fuel` units (one per call and taken branch);
 * a call that runs out traps with the message "out of fuel". */
WASM_API_EXTERN bool wasm_config_set_warden_fuel(wasm_config_t *, uint64_t fuel);
/* Adds fuel to a store with metering on (saturating); false when metering is off. */
WASM_API_EXTERN bool wasm_store_warden_add_fuel(wasm_store_t *, uint64_t fuel);
/* Fuel left, UINT64_MAX when metering is off. */
WASM_API_EXTERN uint64_t wasm_store_warden_fuel_remaining(const wasm_store_t *);
/* Why the last wasm_module_new / wasm_module_validate / object creation in the store failed ("" if none). */
WASM_API_EXTERN const char *wasm_store_warden_last_error(const wasm_store_t *);

#undef own

#ifdef __cplusplus
}
#endif
#endif /* WASM_H */
