/* wasm_c_api.c — the standard WebAssembly C API (include/wasm.h) on top of warden's own API.
 *
 * May use include/warden.h and include/wasm.h only: no runtime internals. Every wasm.h object that the
 * standard calls a reference (func, global, table, memory, extern, instance, module, trap, foreign) is one
 * counted `obj`; wasm_*_copy adds an owner, wasm_*_delete drops one, and the last drop runs the host-info
 * finalizer (and a host function's environment finalizer) and frees it. A store holds one reference to
 * every object living in it and drops them when it is deleted, after the warden store itself is gone; so
 * objects of a store stay valid (as references in tables, globals, externref values) as long as the store.
 * A store also maps each warden object (wd_func *, wd_global * ...) to its obj, so that one function
 * reached twice (two exports, a table slot) is one reference with one host info.
 * Types, vectors and names are plain values copied as the standard says. This layer's own small objects
 * come from the C library's malloc; everything warden allocates uses the engine's allocator.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "warden.h"
#include "wasm.h"

#define own

/* ---------------------------------------------------------------- vectors */

#define VEC_IMPL(N, T, COPY_ELEM, DELETE_ELEM)                                                          \
  void wasm_##N##_vec_new_empty(own wasm_##N##_vec_t *out) {                                           \
    if (!out) return;                                                                                  \
    out->size = 0;                                                                                     \
    out->data = NULL;                                                                                  \
  }                                                                                                    \
  void wasm_##N##_vec_new_uninitialized(own wasm_##N##_vec_t *out, size_t size) {                      \
    if (!out) return;                                                                                  \
    out->data = size ? calloc(size, sizeof(T)) : NULL;                                                 \
    out->size = out->data ? size : 0;                                                                  \
  }                                                                                                    \
  void wasm_##N##_vec_new(own wasm_##N##_vec_t *out, size_t size, own T const data[]) {                \
    if (!out) return;                                                                                  \
    wasm_##N##_vec_new_uninitialized(out, data ? size : 0);                                            \
    if (out->size) memcpy(out->data, data, size * sizeof(T));                                          \
  }                                                                                                    \
  void wasm_##N##_vec_copy(own wasm_##N##_vec_t *out, const wasm_##N##_vec_t *v) {                     \
    if (!out) return;                                                                                  \
    wasm_##N##_vec_new_uninitialized(out, v && v->data ? v->size : 0);                                 \
    for (size_t i = 0; i < out->size; i++) COPY_ELEM(&out->data[i], &v->data[i]);                      \
  }                                                                                                    \
  void wasm_##N##_vec_delete(own wasm_##N##_vec_t *v) {                                                \
    if (!v) return;                                                                                    \
    if (v->data)                                                                                       \
      for (size_t i = 0; i < v->size; i++) DELETE_ELEM(&v->data[i]);                                   \
    free(v->data);                                                                                     \
    v->size = 0;                                                                                       \
    v->data = NULL;                                                                                    \
  }

#define COPY_PLAIN(dst, src) (*(dst) = *(src))
#define DELETE_NOTHING(p) ((void)(p))
#define COPY_PTR(N) COPY_PTR_##N
#define PTR_VEC_IMPL(N)                                                                                \
  static void copy_ptr_##N(wasm_##N##_t **dst, wasm_##N##_t *const *src) {                             \
    *dst = *src ? wasm_##N##_copy(*src) : NULL;                                                        \
  }                                                                                                    \
  static void delete_ptr_##N(wasm_##N##_t **p) {                                                       \
    if (*p) wasm_##N##_delete(*p);                                                                     \
  }                                                                                                    \
  VEC_IMPL(N, wasm_##N##_t *, copy_ptr_##N, delete_ptr_##N)

VEC_IMPL(byte, wasm_byte_t, COPY_PLAIN, DELETE_NOTHING)
VEC_IMPL(val, wasm_val_t, wasm_val_copy, wasm_val_delete)

/* ---------------------------------------------------------------- objects */

/* The kinds of reference objects; the first four are the extern kinds, numbered as wasm_externkind_t. */
enum { K_FUNC = WASM_EXTERN_FUNC, K_GLOBAL = WASM_EXTERN_GLOBAL, K_TABLE = WASM_EXTERN_TABLE,
       K_MEMORY = WASM_EXTERN_MEMORY, K_INSTANCE, K_MODULE, K_TRAP, K_FOREIGN };

typedef struct obj obj;
struct obj {
  uint8_t kind;
  bool rooted;                   /* its store holds a reference */
  size_t refs;
  wasm_store_t *store;           /* the store it lives in; NULL once that store is deleted, or for none */
  void *info;
  void (*info_fin)(void *);
  obj *next_rooted;
  union {
    struct {
      wd_func *f;
      wasm_func_callback_t cb;
      wasm_func_callback_with_env_t cb_env;
      void *env;
      void (*env_fin)(void *);
    } func;
    wd_global *global;
    wd_table *table;
    wd_memory *memory;
    struct { wd_instance *inst; obj *module; } instance;
    struct { wd_module *m; wd_engine *engine; uint8_t *bytes; size_t len; } module;
    struct { char *msg; size_t len; wd_errcode code; } trap;   /* len counts the NUL */
  } u;
};

struct wasm_config_t {
  wd_config cfg;
  bool fuel_on;
  uint64_t fuel;
};

struct wasm_engine_t {
  wd_engine *e;
  bool fuel_on;
  uint64_t fuel;
};

struct wasm_store_t {
  wd_store *s;
  wasm_engine_t *engine;
  obj *rooted;                   /* every object holding a store reference */
  obj **map;                     /* warden object -> obj, open addressing; map_cap a power of two */
  size_t map_cap, map_len;
  char last_error[WD_ERROR_MESSAGE_MAX];
};

struct wasm_shared_module_t { obj *module; };

#define AS_OBJ(p) ((obj *)(void *)(p))

static void set_error(wasm_store_t *st, const char *msg) {
  if (!st) return;
  size_t n = strlen(msg);
  if (n >= sizeof st->last_error) n = sizeof st->last_error - 1;
  memcpy(st->last_error, msg, n);
  st->last_error[n] = '\0';
}

static obj *obj_new(uint8_t kind) {
  obj *o = calloc(1, sizeof *o);
  if (!o) return NULL;
  o->kind = kind;
  o->refs = 1;
  return o;
}

static void obj_release(obj *o);

static void obj_free(obj *o) {
  if (o->info_fin) o->info_fin(o->info);
  switch (o->kind) {
  case K_FUNC:
    if (o->u.func.env_fin) o->u.func.env_fin(o->u.func.env);
    break;
  case K_INSTANCE:
    obj_release(o->u.instance.module);
    break;
  case K_MODULE:
    wd_module_free(o->u.module.m);
    free(o->u.module.bytes);
    break;
  case K_TRAP:
    free(o->u.trap.msg);
    break;
  }
  free(o);
}

static void obj_release(obj *o) {
  if (o && --o->refs == 0) obj_free(o);
}

static obj *obj_retain(obj *o) {
  if (o) o->refs++;
  return o;
}

/* The key under which a store maps a warden object to its obj. */
static const void *obj_key(const obj *o) {
  switch (o->kind) {
  case K_FUNC: return o->u.func.f;
  case K_GLOBAL: return o->u.global;
  case K_TABLE: return o->u.table;
  case K_MEMORY: return o->u.memory;
  case K_INSTANCE: return o->u.instance.inst;
  default: return o;
  }
}

static size_t key_hash(const void *k) {
  uintptr_t x = (uintptr_t)k;
  x ^= x >> 7;
  x *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(x ^ (x >> 16));
}

static obj *map_find(const wasm_store_t *st, const void *key) {
  if (!st->map_cap) return NULL;
  for (size_t i = key_hash(key) & (st->map_cap - 1);; i = (i + 1) & (st->map_cap - 1)) {
    obj *o = st->map[i];
    if (!o) return NULL;
    if (obj_key(o) == key) return o;
  }
}

static bool map_insert(wasm_store_t *st, obj *o) {
  if ((st->map_len + 1) * 2 > st->map_cap) {
    size_t cap = st->map_cap ? st->map_cap * 2 : 64;
    obj **map = calloc(cap, sizeof *map);
    if (!map) return false;
    for (size_t i = 0; i < st->map_cap; i++) {
      obj *e = st->map[i];
      if (!e) continue;
      size_t j = key_hash(obj_key(e)) & (cap - 1);
      while (map[j]) j = (j + 1) & (cap - 1);
      map[j] = e;
    }
    free(st->map);
    st->map = map;
    st->map_cap = cap;
  }
  size_t j = key_hash(obj_key(o)) & (st->map_cap - 1);
  while (st->map[j]) j = (j + 1) & (st->map_cap - 1);
  st->map[j] = o;
  st->map_len++;
  return true;
}

/* Gives the store a reference to o (once). */
static void root(wasm_store_t *st, obj *o) {
  if (o->rooted) return;
  o->rooted = true;
  o->store = st;
  o->refs++;
  o->next_rooted = st->rooted;
  st->rooted = o;
}

/* A new store object for a warden object: rooted and mapped. Returns one owned reference. */
static obj *store_obj_new(wasm_store_t *st, uint8_t kind, void *wd) {
  obj *o = obj_new(kind);
  if (!o) return NULL;
  switch (kind) {
  case K_FUNC: o->u.func.f = wd; break;
  case K_GLOBAL: o->u.global = wd; break;
  case K_TABLE: o->u.table = wd; break;
  case K_MEMORY: o->u.memory = wd; break;
  case K_INSTANCE: o->u.instance.inst = wd; break;
  }
  if (kind != K_FOREIGN && !map_insert(st, o)) {
    free(o);
    return NULL;
  }
  root(st, o);
  return o;
}

/* The obj of a warden object of the store, made on first sight; one owned reference. */
static obj *store_obj_for(wasm_store_t *st, uint8_t kind, void *wd) {
  if (!wd) return NULL;
  obj *o = map_find(st, wd);
  return o ? obj_retain(o) : store_obj_new(st, kind, wd);
}

/* o is a live object of kind `kind` (a dead one's store has been deleted). */
static bool live(const obj *o, int kind) {
  return o && o->kind == kind && o->store && o->store->s;
}

/* ---------------------------------------------------------------- kinds */

static uint8_t kind_to_wd(wasm_valkind_t k) {
  switch (k) {
  case WASM_I32: return WD_I32;
  case WASM_I64: return WD_I64;
  case WASM_F32: return WD_F32;
  case WASM_F64: return WD_F64;
  case WASM_WARDEN_V128: return WD_V128;
  case WASM_EXTERNREF: return WD_EXTERNREF;
  case WASM_FUNCREF: return WD_FUNCREF;
  default: return 0;
  }
}

static wasm_valkind_t kind_from_wd(uint8_t k) {
  switch (k) {
  case WD_I32: return WASM_I32;
  case WD_I64: return WASM_I64;
  case WD_F32: return WASM_F32;
  case WD_F64: return WASM_F64;
  case WD_V128: return WASM_WARDEN_V128;
  case WD_EXTERNREF: return WASM_EXTERNREF;
  default: return WASM_FUNCREF;
  }
}

static bool kind_known(wasm_valkind_t k) { return kind_to_wd(k) != 0; }

static const wd_externkind extern_to_wd[4] = {
  [WASM_EXTERN_FUNC] = WD_EXTERN_FUNC, [WASM_EXTERN_GLOBAL] = WD_EXTERN_GLOBAL,
  [WASM_EXTERN_TABLE] = WD_EXTERN_TABLE, [WASM_EXTERN_MEMORY] = WD_EXTERN_MEMORY};

/* ---------------------------------------------------------------- values */

void wasm_val_delete(own wasm_val_t *v) {
  if (v && wasm_valkind_is_ref(v->kind) && v->of.ref) {
    obj_release(AS_OBJ(v->of.ref));
    v->of.ref = NULL;
  }
}

void wasm_val_copy(own wasm_val_t *out, const wasm_val_t *v) {
  if (!out) return;
  if (!v) {
    memset(out, 0, sizeof *out);
    return;
  }
  *out = *v;
  if (wasm_valkind_is_ref(v->kind)) obj_retain(AS_OBJ(v->of.ref));
}

/* A wasm.h value as a warden value of kind `want`. A reference must be an object of the store (an
 * externref may be any reference object, which the store then keeps alive). False with `why` set on a
 * mismatch. */
static bool val_to_wd(wasm_store_t *st, const wasm_val_t *v, uint8_t want, wd_val *out, const char **why) {
  memset(out, 0, sizeof *out);
  out->kind = want;
  if (kind_to_wd(v->kind) != want || want == WD_V128) {
    *why = want == WD_V128 ? "v128 values cannot pass through the C API" : "value of the wrong type";
    return false;
  }
  switch (want) {
  case WD_I32: out->of.i32 = v->of.i32; return true;
  case WD_I64: out->of.i64 = v->of.i64; return true;
  case WD_F32: memcpy(&out->of.f32_bits, &v->of.f32, 4); return true;
  case WD_F64: memcpy(&out->of.f64_bits, &v->of.f64, 8); return true;
  default: break;
  }
  obj *r = AS_OBJ(v->of.ref);
  if (!r) return true;
  if (want == WD_FUNCREF) {
    if (!live(r, K_FUNC) || r->store != st) {
      *why = "funcref that is not a function of this store";
      return false;
    }
    out->of.func = r->u.func.f;
    return true;
  }
  if (r->rooted ? r->store != st : false) {
    *why = "reference from another store";
    return false;
  }
  root(st, r);
  out->of.externref = r;
  return true;
}

/* A warden value as a wasm.h value; references become new owned references. */
static void val_from_wd(wasm_store_t *st, const wd_val *v, wasm_val_t *out) {
  memset(out, 0, sizeof *out);
  out->kind = kind_from_wd(v->kind);
  switch (v->kind) {
  case WD_I32: out->of.i32 = v->of.i32; break;
  case WD_I64: out->of.i64 = v->of.i64; break;
  case WD_F32: memcpy(&out->of.f32, &v->of.f32_bits, 4); break;
  case WD_F64: memcpy(&out->of.f64, &v->of.f64_bits, 8); break;
  case WD_FUNCREF: out->of.ref = (struct wasm_ref_t *)store_obj_for(st, K_FUNC, v->of.func); break;
  case WD_EXTERNREF: out->of.ref = (struct wasm_ref_t *)obj_retain((obj *)v->of.externref); break;
  default: break;   /* v128: the caller refuses it before */
  }
}

/* ---------------------------------------------------------------- types */

struct wasm_valtype_t { wasm_valkind_t kind; };

/* One struct for every extern type, so that the *_as_externtype views are casts. */
typedef struct xtype {
  wasm_externkind_t kind;
  wasm_valtype_vec_t params, results;   /* func */
  wasm_valtype_t *content;              /* global: its value type; table: its element type */
  wasm_mutability_t mut;                /* global */
  wasm_limits_t limits;                 /* table, memory */
} xtype;

struct wasm_importtype_t { wasm_name_t module, name; xtype *type; };
struct wasm_exporttype_t { wasm_name_t name; xtype *type; };

#define XT(p) ((xtype *)(void *)(p))

own wasm_valtype_t *wasm_valtype_new(wasm_valkind_t k) {
  if (!kind_known(k)) return NULL;
  wasm_valtype_t *t = malloc(sizeof *t);
  if (t) t->kind = k;
  return t;
}
void wasm_valtype_delete(own wasm_valtype_t *t) { free(t); }
own wasm_valtype_t *wasm_valtype_copy(const wasm_valtype_t *t) { return t ? wasm_valtype_new(t->kind) : NULL; }
wasm_valkind_t wasm_valtype_kind(const wasm_valtype_t *t) { return t ? t->kind : WASM_I32; }
PTR_VEC_IMPL(valtype)

static xtype *xtype_new(wasm_externkind_t kind) {
  xtype *t = calloc(1, sizeof *t);
  if (t) t->kind = kind;
  return t;
}

static void xtype_delete(xtype *t) {
  if (!t) return;
  wasm_valtype_vec_delete(&t->params);
  wasm_valtype_vec_delete(&t->results);
  wasm_valtype_delete(t->content);
  free(t);
}

static xtype *xtype_copy(const xtype *t) {
  if (!t) return NULL;
  xtype *c = xtype_new(t->kind);
  if (!c) return NULL;
  wasm_valtype_vec_copy(&c->params, &t->params);
  wasm_valtype_vec_copy(&c->results, &t->results);
  c->content = wasm_valtype_copy(t->content);
  c->mut = t->mut;
  c->limits = t->limits;
  if (c->params.size != t->params.size || c->results.size != t->results.size || (t->content && !c->content)) {
    xtype_delete(c);
    return NULL;
  }
  return c;
}

static bool valtypes_ok(const wasm_valtype_vec_t *v) {
  if (v->size && !v->data) return false;
  for (size_t i = 0; i < v->size; i++)
    if (!v->data[i]) return false;
  return true;
}

own wasm_functype_t *wasm_functype_new(own wasm_valtype_vec_t *params, own wasm_valtype_vec_t *results) {
  xtype *t = xtype_new(WASM_EXTERN_FUNC);
  if (!t || !params || !results || !valtypes_ok(params) || !valtypes_ok(results)) {
    free(t);
    wasm_valtype_vec_delete(params);
    wasm_valtype_vec_delete(results);
    return NULL;
  }
  t->params = *params;
  t->results = *results;
  params->size = results->size = 0;
  params->data = results->data = NULL;
  return (wasm_functype_t *)t;
}
const wasm_valtype_vec_t *wasm_functype_params(const wasm_functype_t *t) { return t ? &XT(t)->params : NULL; }
const wasm_valtype_vec_t *wasm_functype_results(const wasm_functype_t *t) { return t ? &XT(t)->results : NULL; }

own wasm_globaltype_t *wasm_globaltype_new(own wasm_valtype_t *content, wasm_mutability_t mut) {
  xtype *t = content && mut <= WASM_VAR ? xtype_new(WASM_EXTERN_GLOBAL) : NULL;
  if (!t) {
    wasm_valtype_delete(content);
    return NULL;
  }
  t->content = content;
  t->mut = mut;
  return (wasm_globaltype_t *)t;
}
const wasm_valtype_t *wasm_globaltype_content(const wasm_globaltype_t *t) { return t ? XT(t)->content : NULL; }
wasm_mutability_t wasm_globaltype_mutability(const wasm_globaltype_t *t) { return t ? XT(t)->mut : WASM_CONST; }

own wasm_tabletype_t *wasm_tabletype_new(own wasm_valtype_t *elem, const wasm_limits_t *limits) {
  xtype *t = elem && limits && wasm_valtype_is_ref(elem) ? xtype_new(WASM_EXTERN_TABLE) : NULL;
  if (!t) {
    wasm_valtype_delete(elem);
    return NULL;
  }
  t->content = elem;
  t->limits = *limits;
  return (wasm_tabletype_t *)t;
}
const wasm_valtype_t *wasm_tabletype_element(const wasm_tabletype_t *t) { return t ? XT(t)->content : NULL; }
const wasm_limits_t *wasm_tabletype_limits(const wasm_tabletype_t *t) { return t ? &XT(t)->limits : NULL; }

own wasm_memorytype_t *wasm_memorytype_new(const wasm_limits_t *limits) {
  xtype *t = limits ? xtype_new(WASM_EXTERN_MEMORY) : NULL;
  if (t) t->limits = *limits;
  return (wasm_memorytype_t *)t;
}
const wasm_limits_t *wasm_memorytype_limits(const wasm_memorytype_t *t) { return t ? &XT(t)->limits : NULL; }

wasm_externkind_t wasm_externtype_kind(const wasm_externtype_t *t) { return t ? XT(t)->kind : WASM_EXTERN_FUNC; }

#define TYPE_IMPL(N, KIND)                                                                             \
  void wasm_##N##_delete(own wasm_##N##_t *t) { xtype_delete(XT(t)); }                                 \
  own wasm_##N##_t *wasm_##N##_copy(const wasm_##N##_t *t) { return (wasm_##N##_t *)xtype_copy(XT(t)); } \
  PTR_VEC_IMPL(N)                                                                                      \
  wasm_externtype_t *wasm_##N##_as_externtype(wasm_##N##_t *t) { return (wasm_externtype_t *)t; }      \
  const wasm_externtype_t *wasm_##N##_as_externtype_const(const wasm_##N##_t *t) {                     \
    return (const wasm_externtype_t *)t;                                                               \
  }                                                                                                    \
  wasm_##N##_t *wasm_externtype_as_##N(wasm_externtype_t *t) {                                         \
    return t && XT(t)->kind == KIND ? (wasm_##N##_t *)t : NULL;                                        \
  }                                                                                                    \
  const wasm_##N##_t *wasm_externtype_as_##N##_const(const wasm_externtype_t *t) {                     \
    return t && XT(t)->kind == KIND ? (const wasm_##N##_t *)t : NULL;                                  \
  }
TYPE_IMPL(functype, WASM_EXTERN_FUNC)
TYPE_IMPL(globaltype, WASM_EXTERN_GLOBAL)
TYPE_IMPL(tabletype, WASM_EXTERN_TABLE)
TYPE_IMPL(memorytype, WASM_EXTERN_MEMORY)

void wasm_externtype_delete(own wasm_externtype_t *t) { xtype_delete(XT(t)); }
own wasm_externtype_t *wasm_externtype_copy(const wasm_externtype_t *t) {
  return (wasm_externtype_t *)xtype_copy(XT(t));
}
PTR_VEC_IMPL(externtype)

own wasm_importtype_t *wasm_importtype_new(own wasm_name_t *module, own wasm_name_t *name,
                                           own wasm_externtype_t *type) {
  wasm_importtype_t *t = module && name && type ? malloc(sizeof *t) : NULL;
  if (!t) {
    wasm_name_delete(module);
    wasm_name_delete(name);
    wasm_externtype_delete(type);
    return NULL;
  }
  t->module = *module;
  t->name = *name;
  t->type = XT(type);
  module->size = name->size = 0;
  module->data = name->data = NULL;
  return t;
}
void wasm_importtype_delete(own wasm_importtype_t *t) {
  if (!t) return;
  wasm_name_delete(&t->module);
  wasm_name_delete(&t->name);
  xtype_delete(t->type);
  free(t);
}
own wasm_importtype_t *wasm_importtype_copy(const wasm_importtype_t *t) {
  if (!t) return NULL;
  wasm_name_t m, n;
  wasm_name_copy(&m, &t->module);
  wasm_name_copy(&n, &t->name);
  return wasm_importtype_new(&m, &n, (wasm_externtype_t *)xtype_copy(t->type));
}
const wasm_name_t *wasm_importtype_module(const wasm_importtype_t *t) { return t ? &t->module : NULL; }
const wasm_name_t *wasm_importtype_name(const wasm_importtype_t *t) { return t ? &t->name : NULL; }
const wasm_externtype_t *wasm_importtype_type(const wasm_importtype_t *t) {
  return t ? (const wasm_externtype_t *)t->type : NULL;
}
PTR_VEC_IMPL(importtype)

own wasm_exporttype_t *wasm_exporttype_new(own wasm_name_t *name, own wasm_externtype_t *type) {
  wasm_exporttype_t *t = name && type ? malloc(sizeof *t) : NULL;
  if (!t) {
    wasm_name_delete(name);
    wasm_externtype_delete(type);
    return NULL;
  }
  t->name = *name;
  t->type = XT(type);
  name->size = 0;
  name->data = NULL;
  return t;
}
void wasm_exporttype_delete(own wasm_exporttype_t *t) {
  if (!t) return;
  wasm_name_delete(&t->name);
  xtype_delete(t->type);
  free(t);
}
own wasm_exporttype_t *wasm_exporttype_copy(const wasm_exporttype_t *t) {
  if (!t) return NULL;
  wasm_name_t n;
  wasm_name_copy(&n, &t->name);
  return wasm_exporttype_new(&n, (wasm_externtype_t *)xtype_copy(t->type));
}
const wasm_name_t *wasm_exporttype_name(const wasm_exporttype_t *t) { return t ? &t->name : NULL; }
const wasm_externtype_t *wasm_exporttype_type(const wasm_exporttype_t *t) {
  return t ? (const wasm_externtype_t *)t->type : NULL;
}
PTR_VEC_IMPL(exporttype)

/* A vector of valtypes from warden kinds (bytes or wd_valkind). */
static bool valtypes_from(wasm_valtype_vec_t *out, size_t n, const uint8_t *bytes, const wd_valkind *kinds) {
  wasm_valtype_vec_new_uninitialized(out, n);
  if (out->size != n) return false;
  for (size_t i = 0; i < n; i++) {
    out->data[i] = wasm_valtype_new(kind_from_wd(bytes ? bytes[i] : (uint8_t)kinds[i]));
    if (!out->data[i]) return false;
  }
  return true;
}

static xtype *functype_from(uint32_t np, const uint8_t *pb, const wd_valkind *pk, uint32_t nr, const uint8_t *rb,
                            const wd_valkind *rk) {
  xtype *t = xtype_new(WASM_EXTERN_FUNC);
  if (!t) return NULL;
  if (!valtypes_from(&t->params, np, pb, pk) || !valtypes_from(&t->results, nr, rb, rk)) {
    xtype_delete(t);
    return NULL;
  }
  return t;
}

static xtype *xtype_from_wd(const wd_externtype *w) {
  xtype *t;
  switch (w->kind) {
  case WD_EXTERN_FUNC:
    return functype_from(w->nparams, w->params, NULL, w->nresults, w->results, NULL);
  case WD_EXTERN_GLOBAL:
    return XT(wasm_globaltype_new(wasm_valtype_new(kind_from_wd(w->valkind)), w->mutable_ ? WASM_VAR : WASM_CONST));
  case WD_EXTERN_TABLE:
    t = XT(wasm_tabletype_new(wasm_valtype_new(kind_from_wd(w->valkind)),
                              &(wasm_limits_t){w->min, w->max}));
    return t;
  default:
    return XT(wasm_memorytype_new(&(wasm_limits_t){w->min, w->max}));
  }
}

/* ---------------------------------------------------------------- configuration, engine, store */

own wasm_config_t *wasm_config_new(void) {
  wasm_config_t *c = calloc(1, sizeof *c);
  if (c) wd_config_init(&c->cfg);
  return c;
}
void wasm_config_delete(own wasm_config_t *c) { free(c); }

bool wasm_config_set_warden_layout(wasm_config_t *c, const char *name) {
  if (!c || !name) return false;
  for (const char *const *n = wd_layout_names(); *n; n++)
    if (strcmp(*n, name) == 0) {
      c->cfg.layout = *n;   /* the registry's own string: lives as long as the program */
      return true;
    }
  return false;
}

bool wasm_config_set_warden_mode(wasm_config_t *c, const char *mode) {
  static const char *const names[] = {"eager", "lazy-translation", "lazy"};
  if (!c || !mode) return false;
  for (int i = 0; i < 3; i++)
    if (strcmp(names[i], mode) == 0) {
      c->cfg.mode = (wd_mode)i;
      return true;
    }
  return false;
}

bool wasm_config_set_warden_features(wasm_config_t *c, uint32_t features) {
  if (!c || (features & ~(uint32_t)WD_FEATURES_ALL)) return false;
  c->cfg.features = features;
  return true;
}

#define LIMIT_SETTER(field, T)                                                                         \
  bool wasm_config_set_warden_##field(wasm_config_t *c, T v) {                                         \
    if (!c) return false;                                                                              \
    c->cfg.limits.field = v;                                                                           \
    return true;                                                                                       \
  }
LIMIT_SETTER(max_memory_pages, uint32_t)
LIMIT_SETTER(max_table_elems, uint32_t)
LIMIT_SETTER(max_instances, uint32_t)
LIMIT_SETTER(max_call_depth, uint32_t)
LIMIT_SETTER(max_stack_bytes, uint64_t)
LIMIT_SETTER(max_arena_bytes, uint64_t)

bool wasm_config_set_warden_fuel(wasm_config_t *c, uint64_t fuel) {
  if (!c) return false;
  c->fuel_on = true;
  c->fuel = fuel;
  return true;
}

own wasm_engine_t *wasm_engine_new_with_config(own wasm_config_t *c) {
  wasm_engine_t *e = calloc(1, sizeof *e);
  if (e) {
    e->e = wd_engine_new(c ? &c->cfg : NULL, NULL);
    if (c) {
      e->fuel_on = c->fuel_on;
      e->fuel = c->fuel;
    }
    if (!e->e) {
      free(e);
      e = NULL;
    }
  }
  wasm_config_delete(c);
  return e;
}
own wasm_engine_t *wasm_engine_new(void) { return wasm_engine_new_with_config(NULL); }
void wasm_engine_delete(own wasm_engine_t *e) {
  if (!e) return;
  wd_engine_free(e->e);
  free(e);
}

own wasm_store_t *wasm_store_new(wasm_engine_t *e) {
  if (!e) return NULL;
  wasm_store_t *st = calloc(1, sizeof *st);
  if (!st) return NULL;
  st->engine = e;
  st->s = wd_store_new(e->e, NULL);
  if (st->s && e->fuel_on &&
      !(wd_store_fuel_enable(st->s, true, NULL) && wd_store_fuel_add(st->s, e->fuel, NULL))) {
    wd_store_free(st->s);
    st->s = NULL;
  }
  if (!st->s) {
    free(st);
    return NULL;
  }
  return st;
}

void wasm_store_delete(own wasm_store_t *st) {
  if (!st) return;
  wd_store_free(st->s);
  st->s = NULL;
  /* Drop the store's references; objects still held elsewhere become dead handles. */
  obj *o = st->rooted;
  while (o) {
    obj *next = o->next_rooted;
    o->store = NULL;
    o->rooted = false;
    obj_release(o);
    o = next;
  }
  free(st->map);
  free(st);
}

bool wasm_store_warden_add_fuel(wasm_store_t *st, uint64_t fuel) {
  if (!st || wd_store_fuel_remaining(st->s) == UINT64_MAX) return false;
  return wd_store_fuel_add(st->s, fuel, NULL);
}
uint64_t wasm_store_warden_fuel_remaining(const wasm_store_t *st) {
  return st ? wd_store_fuel_remaining(st->s) : UINT64_MAX;
}
const char *wasm_store_warden_last_error(const wasm_store_t *st) { return st ? st->last_error : ""; }

/* ---------------------------------------------------------------- references: the common operations */

#define REF_BASE_IMPL(N, KIND_OK)                                                                      \
  void wasm_##N##_delete(own wasm_##N##_t *r) { obj_release(AS_OBJ(r)); }                              \
  own wasm_##N##_t *wasm_##N##_copy(const wasm_##N##_t *r) {                                           \
    return (wasm_##N##_t *)obj_retain(AS_OBJ(r));                                                      \
  }                                                                                                    \
  bool wasm_##N##_same(const wasm_##N##_t *a, const wasm_##N##_t *b) { return a == b; }               \
  void *wasm_##N##_get_host_info(const wasm_##N##_t *r) { return r ? AS_OBJ(r)->info : NULL; }        \
  void wasm_##N##_set_host_info(wasm_##N##_t *r, void *info) {                                         \
    if (!r) return;                                                                                    \
    AS_OBJ(r)->info = info;                                                                            \
    AS_OBJ(r)->info_fin = NULL;                                                                        \
  }                                                                                                    \
  void wasm_##N##_set_host_info_with_finalizer(wasm_##N##_t *r, void *info, void (*fin)(void *)) {    \
    if (!r) return;                                                                                    \
    AS_OBJ(r)->info = info;                                                                            \
    AS_OBJ(r)->info_fin = fin;                                                                         \
  }

#define REF_IMPL(N, KIND_OK)                                                                           \
  REF_BASE_IMPL(N, KIND_OK)                                                                            \
  wasm_ref_t *wasm_##N##_as_ref(wasm_##N##_t *r) { return (wasm_ref_t *)r; }                           \
  const wasm_ref_t *wasm_##N##_as_ref_const(const wasm_##N##_t *r) { return (const wasm_ref_t *)r; }   \
  wasm_##N##_t *wasm_ref_as_##N(wasm_ref_t *r) {                                                       \
    return r && KIND_OK(AS_OBJ(r)->kind) ? (wasm_##N##_t *)r : NULL;                                   \
  }                                                                                                    \
  const wasm_##N##_t *wasm_ref_as_##N##_const(const wasm_ref_t *r) {                                   \
    return r && KIND_OK(AS_OBJ(r)->kind) ? (const wasm_##N##_t *)r : NULL;                             \
  }

#define ANY_KIND(k) ((void)(k), true)
#define IS_FUNC(k) ((k) == K_FUNC)
#define IS_GLOBAL(k) ((k) == K_GLOBAL)
#define IS_TABLE(k) ((k) == K_TABLE)
#define IS_MEMORY(k) ((k) == K_MEMORY)
#define IS_EXTERN(k) ((k) <= K_MEMORY)
#define IS_INSTANCE(k) ((k) == K_INSTANCE)
#define IS_MODULE(k) ((k) == K_MODULE)
#define IS_TRAP(k) ((k) == K_TRAP)
#define IS_FOREIGN(k) ((k) == K_FOREIGN)

REF_BASE_IMPL(ref, ANY_KIND)
REF_IMPL(func, IS_FUNC)
REF_IMPL(global, IS_GLOBAL)
REF_IMPL(table, IS_TABLE)
REF_IMPL(memory, IS_MEMORY)
REF_IMPL(extern, IS_EXTERN)
REF_IMPL(instance, IS_INSTANCE)
REF_IMPL(module, IS_MODULE)
REF_IMPL(trap, IS_TRAP)
REF_IMPL(foreign, IS_FOREIGN)
PTR_VEC_IMPL(extern)

own wasm_foreign_t *wasm_foreign_new(wasm_store_t *st) {
  return st ? (wasm_foreign_t *)store_obj_new(st, K_FOREIGN, NULL) : NULL;
}

/* ---------------------------------------------------------------- frames and traps */

/* Warden does not record frames: no trap has an origin or a trace, so no frame is ever made. The frame
 * functions are complete all the same, for a host that builds on them. */
struct wasm_frame_t { wasm_instance_t *instance; uint32_t func_index; size_t func_offset, module_offset; };

void wasm_frame_delete(own wasm_frame_t *f) { free(f); }
own wasm_frame_t *wasm_frame_copy(const wasm_frame_t *f) {
  wasm_frame_t *c = f ? malloc(sizeof *c) : NULL;
  if (c) *c = *f;
  return c;
}
PTR_VEC_IMPL(frame)
struct wasm_instance_t *wasm_frame_instance(const wasm_frame_t *f) { return f ? f->instance : NULL; }
uint32_t wasm_frame_func_index(const wasm_frame_t *f) { return f ? f->func_index : 0; }
size_t wasm_frame_func_offset(const wasm_frame_t *f) { return f ? f->func_offset : 0; }
size_t wasm_frame_module_offset(const wasm_frame_t *f) { return f ? f->module_offset : 0; }

static obj *trap_make(wd_errcode code, const char *msg, size_t len) {
  obj *o = obj_new(K_TRAP);
  char *m = o ? malloc(len + 1) : NULL;
  if (!m) {
    free(o);
    return NULL;
  }
  memcpy(m, msg, len);
  m[len] = '\0';
  o->u.trap.msg = m;
  o->u.trap.len = len + 1;
  o->u.trap.code = code;
  return o;
}

/* "<wording>: detail" -> "detail"; the message itself when it does not start with the wording. */
static const char *after_wording(wd_errcode code, const char *msg) {
  const char *w = wd_errcode_message(code);
  size_t n = strlen(w);
  if (strncmp(msg, w, n) == 0) {
    if (msg[n] == '\0') return NULL;
    if (msg[n] == ':' && msg[n + 1] == ' ') return msg + n + 2;
  }
  return msg;
}

/* A trap from a warden error. A host function's trap keeps the host's own message. */
static wasm_trap_t *trap_from_error(const wd_error *err) {
  const char *msg = err->message;
  if (err->code == WD_E_TRAP_HOST) {
    const char *d = after_wording(WD_E_TRAP_HOST, msg);
    msg = d ? d : "";
  }
  return (wasm_trap_t *)trap_make(err->code, msg, strlen(msg));
}

own wasm_trap_t *wasm_trap_new(wasm_store_t *st, const wasm_message_t *message) {
  (void)st;
  if (!message || (message->size && !message->data)) return NULL;
  size_t len = message->size;
  if (len && message->data[len - 1] == '\0') len--;
  return (wasm_trap_t *)trap_make(WD_E_TRAP_HOST, message->data ? message->data : "", len);
}

void wasm_trap_message(const wasm_trap_t *t, own wasm_message_t *out) {
  if (!out) return;
  if (!t) {
    wasm_byte_vec_new_empty(out);
    return;
  }
  wasm_byte_vec_new(out, AS_OBJ(t)->u.trap.len, AS_OBJ(t)->u.trap.msg);
}
own wasm_frame_t *wasm_trap_origin(const wasm_trap_t *t) { (void)t; return NULL; }
void wasm_trap_trace(const wasm_trap_t *t, own wasm_frame_vec_t *out) {
  (void)t;
  wasm_frame_vec_new_empty(out);
}

/* ---------------------------------------------------------------- modules */

static obj *module_make(wasm_store_t *st, const wasm_byte_vec_t *binary) {
  if (!st || !binary || (binary->size && !binary->data)) {
    set_error(st, "wasm_module_new: store or binary is NULL");
    return NULL;
  }
  obj *o = obj_new(K_MODULE);
  uint8_t *bytes = o ? malloc(binary->size ? binary->size : 1) : NULL;
  if (!bytes) {
    free(o);
    set_error(st, "out of memory");
    return NULL;
  }
  if (binary->size) memcpy(bytes, binary->data, binary->size);
  wd_error err;
  o->u.module.m = wd_module_new_borrowed(st->engine->e, bytes, binary->size, &err);
  if (!o->u.module.m) {
    set_error(st, err.message);
    free(bytes);
    free(o);
    return NULL;
  }
  o->u.module.engine = st->engine->e;
  o->u.module.bytes = bytes;
  o->u.module.len = binary->size;
  return o;
}

own wasm_module_t *wasm_module_new(wasm_store_t *st, const wasm_byte_vec_t *binary) {
  return (wasm_module_t *)module_make(st, binary);
}

bool wasm_module_validate(wasm_store_t *st, const wasm_byte_vec_t *binary) {
  obj *o = module_make(st, binary);
  if (!o) return false;
  wd_error err;
  bool ok = wd_module_validate(o->u.module.m, &err);
  if (!ok) set_error(st, err.message);
  obj_release(o);
  return ok;
}

static bool name_of(wasm_name_t *out, const char *s, size_t len) {
  wasm_byte_vec_new_uninitialized(out, len);
  if (out->size != len) return false;
  if (len) memcpy(out->data, s, len);
  return true;
}

void wasm_module_imports(const wasm_module_t *mod, own wasm_importtype_vec_t *out) {
  if (!out) return;
  wasm_importtype_vec_new_empty(out);
  if (!mod || AS_OBJ(mod)->kind != K_MODULE) return;
  const wd_module *m = AS_OBJ(mod)->u.module.m;
  uint32_t n = wd_module_import_count(m);
  wasm_importtype_vec_new_uninitialized(out, n);
  for (uint32_t i = 0; i < out->size; i++) {
    wd_importdesc d;
    wd_externtype t;
    wasm_name_t mn, nn;
    if (!wd_module_import(m, i, &d) || !wd_module_import_type(m, i, &t)) continue;
    bool ok = name_of(&mn, d.module, d.module_len);
    ok = name_of(&nn, d.name, d.name_len) && ok;
    out->data[i] = ok ? wasm_importtype_new(&mn, &nn, (wasm_externtype_t *)xtype_from_wd(&t)) : NULL;
    if (!ok) {
      wasm_name_delete(&mn);
      wasm_name_delete(&nn);
    }
  }
}

void wasm_module_exports(const wasm_module_t *mod, own wasm_exporttype_vec_t *out) {
  if (!out) return;
  wasm_exporttype_vec_new_empty(out);
  if (!mod || AS_OBJ(mod)->kind != K_MODULE) return;
  const wd_module *m = AS_OBJ(mod)->u.module.m;
  uint32_t n = wd_module_export_count(m);
  wasm_exporttype_vec_new_uninitialized(out, n);
  for (uint32_t i = 0; i < out->size; i++) {
    wd_exportdesc d;
    wd_externtype t;
    wasm_name_t nn;
    if (!wd_module_export(m, i, &d) || !wd_module_export_type(m, i, &t)) continue;
    if (name_of(&nn, d.name, d.name_len))
      out->data[i] = wasm_exporttype_new(&nn, (wasm_externtype_t *)xtype_from_wd(&t));
    else
      wasm_name_delete(&nn);
  }
}

/* The serialized form of a module is its binary. */
void wasm_module_serialize(const wasm_module_t *mod, own wasm_byte_vec_t *out) {
  if (!out) return;
  if (!mod || AS_OBJ(mod)->kind != K_MODULE) {
    wasm_byte_vec_new_empty(out);
    return;
  }
  wasm_byte_vec_new(out, AS_OBJ(mod)->u.module.len, (const wasm_byte_t *)AS_OBJ(mod)->u.module.bytes);
}
own wasm_module_t *wasm_module_deserialize(wasm_store_t *st, const wasm_byte_vec_t *b) {
  return wasm_module_new(st, b);
}

void wasm_shared_module_delete(own wasm_shared_module_t *s) {
  if (!s) return;
  obj_release(s->module);
  free(s);
}
own wasm_shared_module_t *wasm_module_share(const wasm_module_t *mod) {
  if (!mod || AS_OBJ(mod)->kind != K_MODULE) return NULL;
  wasm_shared_module_t *s = malloc(sizeof *s);
  if (s) s->module = obj_retain(AS_OBJ(mod));
  return s;
}
/* A module belongs to an engine: any store of that engine can obtain it. */
own wasm_module_t *wasm_module_obtain(wasm_store_t *st, const wasm_shared_module_t *s) {
  if (!st || !s || s->module->u.module.engine != st->engine->e) return NULL;
  return (wasm_module_t *)obj_retain(s->module);
}

/* ---------------------------------------------------------------- functions */

#define INLINE_VALS 16

static bool host_trampoline(wd_caller *caller, void *user, const wd_val *args, wd_val *results) {
  obj *o = user;
  wasm_store_t *st = o->store;
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(o->u.func.f, &np, &pk, &nr, &rk);
  wasm_val_t abuf[INLINE_VALS], rbuf[INLINE_VALS];
  wasm_val_t *av = np <= INLINE_VALS ? abuf : calloc(np, sizeof *av);
  wasm_val_t *rv = nr <= INLINE_VALS ? rbuf : calloc(nr, sizeof *rv);
  if (!av || !rv) {
    if (av != abuf) free(av);
    if (rv != rbuf) free(rv);
    return wd_caller_trap(caller, WD_E_OUT_OF_MEMORY, "host call values");
  }
  for (uint32_t i = 0; i < np; i++) val_from_wd(st, &args[i], &av[i]);
  for (uint32_t i = 0; i < nr; i++) {
    memset(&rv[i], 0, sizeof rv[i]);
    rv[i].kind = kind_from_wd((uint8_t)rk[i]);
  }
  wasm_val_vec_t avec = {np, av}, rvec = {nr, rv};
  wasm_trap_t *trap = o->u.func.cb ? o->u.func.cb(&avec, &rvec) : o->u.func.cb_env(o->u.func.env, &avec, &rvec);
  for (uint32_t i = 0; i < np; i++) wasm_val_delete(&av[i]);
  bool ok = true;
  if (trap) {
    obj *t = AS_OBJ(trap);
    wd_errcode code = t->u.trap.code;
    if (wd_errcode_class(code) != WD_CLASS_TRAP) code = WD_E_TRAP_HOST;
    const char *detail = code == WD_E_TRAP_HOST ? t->u.trap.msg : after_wording(code, t->u.trap.msg);
    ok = wd_caller_trap(caller, code, detail);
    obj_release(t);
  } else {
    for (uint32_t i = 0; i < nr && ok; i++) {
      const char *why = NULL;
      if (!val_to_wd(st, &rv[i], (uint8_t)rk[i], &results[i], &why)) {
        char msg[160];
        snprintf(msg, sizeof msg, "host function result %u: %s", i, why);
        ok = wd_caller_trap(caller, WD_E_TRAP_HOST, msg);
      }
    }
  }
  for (uint32_t i = 0; i < nr; i++) wasm_val_delete(&rv[i]);
  if (av != abuf) free(av);
  if (rv != rbuf) free(rv);
  return ok;
}

static wasm_func_t *func_make(wasm_store_t *st, const wasm_functype_t *type, wasm_func_callback_t cb,
                              wasm_func_callback_with_env_t cb_env, void *env, void (*fin)(void *)) {
  const xtype *t = XT(type);
  if (!st || !t || t->kind != WASM_EXTERN_FUNC || (!cb && !cb_env)) {
    set_error(st, "wasm_func_new: store, type or callback is NULL");
    return NULL;
  }
  size_t n = t->params.size + t->results.size;
  wd_valkind buf[INLINE_VALS], *kinds = n <= INLINE_VALS ? buf : calloc(n, sizeof *kinds);
  if (!kinds) return NULL;
  for (size_t i = 0; i < n; i++) {
    const wasm_valtype_t *v = i < t->params.size ? t->params.data[i] : t->results.data[i - t->params.size];
    kinds[i] = (wd_valkind)kind_to_wd(v->kind);
  }
  obj *o = obj_new(K_FUNC);
  wd_error err;
  wd_func *f = o ? wd_func_new_host(st->s, kinds, (uint32_t)t->params.size, kinds + t->params.size,
                                    (uint32_t)t->results.size, host_trampoline, o, &err)
                 : NULL;
  if (kinds != buf) free(kinds);
  if (!f) {
    if (o) set_error(st, err.message);
    free(o);
    return NULL;
  }
  o->u.func.f = f;
  o->u.func.cb = cb;
  o->u.func.cb_env = cb_env;
  o->u.func.env = env;
  o->u.func.env_fin = fin;
  if (!map_insert(st, o)) {
    o->u.func.env_fin = NULL;   /* not ours to finalize: the caller keeps env on failure */
    free(o);
    return NULL;
  }
  root(st, o);
  return (wasm_func_t *)o;
}

own wasm_func_t *wasm_func_new(wasm_store_t *st, const wasm_functype_t *type, wasm_func_callback_t cb) {
  return func_make(st, type, cb, NULL, NULL, NULL);
}
own wasm_func_t *wasm_func_new_with_env(wasm_store_t *st, const wasm_functype_t *type,
                                        wasm_func_callback_with_env_t cb, void *env, void (*fin)(void *)) {
  return func_make(st, type, NULL, cb, env, fin);
}

own wasm_functype_t *wasm_func_type(const wasm_func_t *fn) {
  if (!live(AS_OBJ(fn), K_FUNC)) return NULL;
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(AS_OBJ(fn)->u.func.f, &np, &pk, &nr, &rk);
  return (wasm_functype_t *)functype_from(np, NULL, pk, nr, NULL, rk);
}
size_t wasm_func_param_arity(const wasm_func_t *fn) {
  uint32_t np = 0;
  if (live(AS_OBJ(fn), K_FUNC)) wd_func_type(AS_OBJ(fn)->u.func.f, &np, NULL, NULL, NULL);
  return np;
}
size_t wasm_func_result_arity(const wasm_func_t *fn) {
  uint32_t nr = 0;
  if (live(AS_OBJ(fn), K_FUNC)) wd_func_type(AS_OBJ(fn)->u.func.f, NULL, NULL, &nr, NULL);
  return nr;
}

#if defined(__GNUC__)
static wasm_trap_t *trap_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#endif
static wasm_trap_t *trap_msg(const char *fmt, ...) {
  char msg[WD_ERROR_MESSAGE_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return (wasm_trap_t *)trap_make(WD_E_TRAP_HOST, msg, strlen(msg));
}

own wasm_trap_t *wasm_func_call(const wasm_func_t *fn, const wasm_val_vec_t *args, wasm_val_vec_t *results) {
  obj *o = AS_OBJ(fn);
  if (!live(o, K_FUNC)) return trap_msg("wasm_func_call: not a live function");
  wasm_store_t *st = o->store;
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(o->u.func.f, &np, &pk, &nr, &rk);
  size_t na = args ? args->size : 0, nres = results ? results->size : 0;
  if (na != np || nres != nr || (na && !args->data) || (nr && !results->data))
    return trap_msg("wasm_func_call: %zu arguments and room for %zu results given, the function takes %u and "
                    "returns %u", na, nres, np, nr);
  wd_val abuf[INLINE_VALS], rbuf[INLINE_VALS];
  wd_val *av = np <= INLINE_VALS ? abuf : calloc(np, sizeof *av);
  wd_val *rv = nr <= INLINE_VALS ? rbuf : calloc(nr, sizeof *rv);
  wasm_trap_t *trap = NULL;
  if (!av || !rv) {
    trap = trap_msg("wasm_func_call: out of memory");
    goto out;
  }
  for (uint32_t i = 0; i < nr; i++)
    if (rk[i] == WD_V128) {
      trap = trap_msg("wasm_func_call: result %u: v128 values cannot pass through the C API", i);
      goto out;
    }
  for (uint32_t i = 0; i < np; i++) {
    const char *why = NULL;
    if (!val_to_wd(st, &args->data[i], (uint8_t)pk[i], &av[i], &why)) {
      trap = trap_msg("wasm_func_call: argument %u: %s", i, why);
      goto out;
    }
  }
  wd_error err;
  if (!wd_func_call(st->s, o->u.func.f, av, np, rv, nr, &err)) {
    if (wd_store_suspended(st->s)) wd_store_cancel(st->s);   /* the standard API cannot resume */
    trap = trap_from_error(&err);
    goto out;
  }
  for (uint32_t i = 0; i < nr; i++) val_from_wd(st, &rv[i], &results->data[i]);
out:
  if (av != abuf) free(av);
  if (rv != rbuf) free(rv);
  return trap;
}

/* ---------------------------------------------------------------- globals */

own wasm_global_t *wasm_global_new(wasm_store_t *st, const wasm_globaltype_t *type, const wasm_val_t *val) {
  const xtype *t = XT(type);
  if (!st || !t || t->kind != WASM_EXTERN_GLOBAL || !val) {
    set_error(st, "wasm_global_new: store, type or value is NULL");
    return NULL;
  }
  wd_val init;
  const char *why = NULL;
  uint8_t k = kind_to_wd(t->content->kind);
  if (!val_to_wd(st, val, k, &init, &why)) {
    set_error(st, why);
    return NULL;
  }
  wd_error err;
  wd_global *g = wd_global_new(st->s, (wd_valkind)k, t->mut == WASM_VAR, init, &err);
  if (!g) {
    set_error(st, err.message);
    return NULL;
  }
  return (wasm_global_t *)store_obj_new(st, K_GLOBAL, g);
}

own wasm_globaltype_t *wasm_global_type(const wasm_global_t *g) {
  if (!live(AS_OBJ(g), K_GLOBAL)) return NULL;
  wd_valkind k;
  bool mut;
  wd_global_type(AS_OBJ(g)->u.global, &k, &mut);
  return wasm_globaltype_new(wasm_valtype_new(kind_from_wd((uint8_t)k)), mut ? WASM_VAR : WASM_CONST);
}

void wasm_global_get(const wasm_global_t *g, own wasm_val_t *out) {
  if (!out) return;
  if (!live(AS_OBJ(g), K_GLOBAL)) {
    memset(out, 0, sizeof *out);
    return;
  }
  wd_val v = wd_global_get(AS_OBJ(g)->u.global);
  val_from_wd(AS_OBJ(g)->store, &v, out);
}

void wasm_global_set(wasm_global_t *g, const wasm_val_t *val) {
  obj *o = AS_OBJ(g);
  if (!live(o, K_GLOBAL) || !val) return;
  wd_valkind k;
  bool mut;
  wd_global_type(o->u.global, &k, &mut);
  wd_val v;
  const char *why = NULL;
  wd_error err;
  if (!val_to_wd(o->store, val, (uint8_t)k, &v, &why))
    set_error(o->store, why);
  else if (!wd_global_set(o->u.global, v, &err))
    set_error(o->store, err.message);
}

/* ---------------------------------------------------------------- tables */

static bool ref_to_wd(wasm_store_t *st, wasm_ref_t *r, uint8_t elem, wd_val *out) {
  wasm_val_t v = {.kind = kind_from_wd(elem), .of = {.ref = r}};
  const char *why = NULL;
  if (val_to_wd(st, &v, elem, out, &why)) return true;
  set_error(st, why);
  return false;
}

own wasm_table_t *wasm_table_new(wasm_store_t *st, const wasm_tabletype_t *type, wasm_ref_t *init) {
  const xtype *t = XT(type);
  if (!st || !t || t->kind != WASM_EXTERN_TABLE) {
    set_error(st, "wasm_table_new: store or type is NULL");
    return NULL;
  }
  uint8_t elem = kind_to_wd(t->content->kind);
  wd_val v;
  if (!ref_to_wd(st, init, elem, &v)) return NULL;
  wd_error err;
  wd_table *tab = wd_table_new(st->s, (wd_valkind)elem, t->limits.min, t->limits.max, v, &err);
  if (!tab) {
    set_error(st, err.message);
    return NULL;
  }
  return (wasm_table_t *)store_obj_new(st, K_TABLE, tab);
}

own wasm_tabletype_t *wasm_table_type(const wasm_table_t *t) {
  if (!live(AS_OBJ(t), K_TABLE)) return NULL;
  wd_valkind elem;
  uint32_t max;
  wd_table_type(AS_OBJ(t)->u.table, &elem, &max);
  wasm_limits_t lim = {wd_table_size(AS_OBJ(t)->u.table), max};
  return wasm_tabletype_new(wasm_valtype_new(kind_from_wd((uint8_t)elem)), &lim);
}

own wasm_ref_t *wasm_table_get(const wasm_table_t *t, wasm_table_size_t index) {
  obj *o = AS_OBJ(t);
  wd_val v;
  if (!live(o, K_TABLE) || !wd_table_get(o->u.table, index, &v)) return NULL;
  wasm_val_t out;
  val_from_wd(o->store, &v, &out);
  return out.of.ref;
}

bool wasm_table_set(wasm_table_t *t, wasm_table_size_t index, wasm_ref_t *r) {
  obj *o = AS_OBJ(t);
  if (!live(o, K_TABLE)) return false;
  wd_valkind elem;
  wd_table_type(o->u.table, &elem, NULL);
  wd_val v;
  wd_error err;
  if (!ref_to_wd(o->store, r, (uint8_t)elem, &v)) return false;
  if (wd_table_set(o->u.table, index, v, &err)) return true;
  set_error(o->store, err.message);
  return false;
}

wasm_table_size_t wasm_table_size(const wasm_table_t *t) {
  return live(AS_OBJ(t), K_TABLE) ? wd_table_size(AS_OBJ(t)->u.table) : 0;
}

bool wasm_table_grow(wasm_table_t *t, wasm_table_size_t delta, wasm_ref_t *init) {
  obj *o = AS_OBJ(t);
  if (!live(o, K_TABLE)) return false;
  wd_valkind elem;
  wd_table_type(o->u.table, &elem, NULL);
  wd_val v;
  wd_error err;
  if (!ref_to_wd(o->store, init, (uint8_t)elem, &v)) return false;
  if (wd_table_grow(o->store->s, o->u.table, delta, v, &err) >= 0) return true;
  set_error(o->store, err.message);
  return false;
}

/* ---------------------------------------------------------------- memories */

own wasm_memory_t *wasm_memory_new(wasm_store_t *st, const wasm_memorytype_t *type) {
  const xtype *t = XT(type);
  if (!st || !t || t->kind != WASM_EXTERN_MEMORY) {
    set_error(st, "wasm_memory_new: store or type is NULL");
    return NULL;
  }
  wd_error err;
  wd_memory *m = wd_memory_new(st->s, t->limits.min, t->limits.max, &err);
  if (!m) {
    set_error(st, err.message);
    return NULL;
  }
  return (wasm_memory_t *)store_obj_new(st, K_MEMORY, m);
}

own wasm_memorytype_t *wasm_memory_type(const wasm_memory_t *m) {
  if (!live(AS_OBJ(m), K_MEMORY)) return NULL;
  const wd_memory *wm = AS_OBJ(m)->u.memory;
  return wasm_memorytype_new(&(wasm_limits_t){wd_memory_pages(wm), wd_memory_max(wm)});
}
byte_t *wasm_memory_data(wasm_memory_t *m) {
  return live(AS_OBJ(m), K_MEMORY) ? (byte_t *)wd_memory_data(AS_OBJ(m)->u.memory) : NULL;
}
size_t wasm_memory_data_size(const wasm_memory_t *m) {
  return live(AS_OBJ(m), K_MEMORY) ? wd_memory_size(AS_OBJ(m)->u.memory) : 0;
}
wasm_memory_pages_t wasm_memory_size(const wasm_memory_t *m) {
  return live(AS_OBJ(m), K_MEMORY) ? wd_memory_pages(AS_OBJ(m)->u.memory) : 0;
}
bool wasm_memory_grow(wasm_memory_t *m, wasm_memory_pages_t delta) {
  return live(AS_OBJ(m), K_MEMORY) && wd_memory_grow(AS_OBJ(m)->u.memory, delta) >= 0;
}

/* ---------------------------------------------------------------- externals */

wasm_externkind_t wasm_extern_kind(const wasm_extern_t *e) { return e ? AS_OBJ(e)->kind : WASM_EXTERN_FUNC; }

own wasm_externtype_t *wasm_extern_type(const wasm_extern_t *e) {
  if (!e) return NULL;
  switch (AS_OBJ(e)->kind) {
  case K_FUNC: return (wasm_externtype_t *)wasm_func_type((const wasm_func_t *)e);
  case K_GLOBAL: return (wasm_externtype_t *)wasm_global_type((const wasm_global_t *)e);
  case K_TABLE: return (wasm_externtype_t *)wasm_table_type((const wasm_table_t *)e);
  case K_MEMORY: return (wasm_externtype_t *)wasm_memory_type((const wasm_memory_t *)e);
  default: return NULL;
  }
}

#define EXTERN_VIEW_IMPL(N, KIND)                                                                      \
  wasm_extern_t *wasm_##N##_as_extern(wasm_##N##_t *x) { return (wasm_extern_t *)x; }                  \
  const wasm_extern_t *wasm_##N##_as_extern_const(const wasm_##N##_t *x) { return (const wasm_extern_t *)x; } \
  wasm_##N##_t *wasm_extern_as_##N(wasm_extern_t *e) {                                                 \
    return e && AS_OBJ(e)->kind == KIND ? (wasm_##N##_t *)e : NULL;                                    \
  }                                                                                                    \
  const wasm_##N##_t *wasm_extern_as_##N##_const(const wasm_extern_t *e) {                             \
    return e && AS_OBJ(e)->kind == KIND ? (const wasm_##N##_t *)e : NULL;                              \
  }
EXTERN_VIEW_IMPL(func, K_FUNC)
EXTERN_VIEW_IMPL(global, K_GLOBAL)
EXTERN_VIEW_IMPL(table, K_TABLE)
EXTERN_VIEW_IMPL(memory, K_MEMORY)

/* ---------------------------------------------------------------- instances */

own wasm_instance_t *wasm_instance_new(wasm_store_t *st, const wasm_module_t *mod, const wasm_extern_vec_t *imports,
                                       own wasm_trap_t **trap) {
  if (trap) *trap = NULL;
  obj *mo = AS_OBJ(mod);
  if (!st || !mo || mo->kind != K_MODULE || (imports && imports->size && !imports->data)) {
    set_error(st, "wasm_instance_new: store or module is NULL");
    if (trap) *trap = trap_msg("wasm_instance_new: store or module is NULL");
    return NULL;
  }
  size_t n = imports ? imports->size : 0;
  wd_extern buf[INLINE_VALS], *ex = n <= INLINE_VALS ? buf : calloc(n, sizeof *ex);
  if (!ex) return NULL;
  const char *bad = NULL;
  for (size_t i = 0; i < n && !bad; i++) {
    obj *e = AS_OBJ(imports->data[i]);
    if (!e || e->kind > K_MEMORY || !e->store || !e->store->s) {
      bad = "an import is NULL or not a live external";
      break;
    }
    if (e->store != st) {
      bad = "an import belongs to another store";
      break;
    }
    ex[i].kind = extern_to_wd[e->kind];
    switch (e->kind) {
    case K_FUNC: ex[i].of.func = e->u.func.f; break;
    case K_GLOBAL: ex[i].of.global = e->u.global; break;
    case K_TABLE: ex[i].of.table = e->u.table; break;
    default: ex[i].of.memory = e->u.memory; break;
    }
  }
  wd_instance *inst = NULL;
  wd_error err;
  if (bad) {
    set_error(st, bad);
    if (trap) *trap = trap_msg("wasm_instance_new: %s", bad);
  } else {
    inst = wd_instantiate(st->s, mo->u.module.m, ex, n, &err);
    if (!inst) {
      set_error(st, err.message);
      if (trap) *trap = trap_from_error(&err);
    }
  }
  if (ex != buf) free(ex);
  if (!inst) return NULL;
  obj *o = store_obj_new(st, K_INSTANCE, inst);
  if (o) o->u.instance.module = obj_retain(mo);
  return (wasm_instance_t *)o;
}

void wasm_instance_exports(const wasm_instance_t *in, own wasm_extern_vec_t *out) {
  if (!out) return;
  wasm_extern_vec_new_empty(out);
  obj *o = AS_OBJ(in);
  if (!live(o, K_INSTANCE)) return;
  uint32_t n = wd_module_export_count(o->u.instance.module->u.module.m);
  wasm_extern_vec_new_uninitialized(out, n);
  for (uint32_t i = 0; i < out->size; i++) {
    wd_extern e;
    if (!wd_instance_export_index(o->u.instance.inst, i, &e)) continue;
    switch (e.kind) {
    case WD_EXTERN_FUNC: out->data[i] = (wasm_extern_t *)store_obj_for(o->store, K_FUNC, e.of.func); break;
    case WD_EXTERN_GLOBAL: out->data[i] = (wasm_extern_t *)store_obj_for(o->store, K_GLOBAL, e.of.global); break;
    case WD_EXTERN_TABLE: out->data[i] = (wasm_extern_t *)store_obj_for(o->store, K_TABLE, e.of.table); break;
    case WD_EXTERN_MEMORY: out->data[i] = (wasm_extern_t *)store_obj_for(o->store, K_MEMORY, e.of.memory); break;
    case WD_EXTERN_TAG: break;   /* tags have no object in the standard C API */
    }
  }
}
