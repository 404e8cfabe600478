/* warden.h — the public C API of warden, a WebAssembly interpreter for hosts that run untrusted code.
 *
 * This is the only header an embedder includes. No internal type is visible here: every object is an
 * opaque pointer created and destroyed through these functions. Every entry point checks its arguments and
 * reports misuse through a wd_error instead of aborting.
 *
 * Objects and lifetimes:
 *   wd_engine    configuration (layout, compilation mode, features, allocator, limits). Outlives the rest.
 *   wd_module    a decoded module: its arena holds every function body and, after promotion, its code.
 *                Immutable apart from promotion; may be instantiated many times, in several stores.
 *   wd_store     run-time objects: instances, functions, tables, memories, globals, the call stack, fuel.
 *                wd_store_free releases everything created in it.
 *   wd_instance  an instantiated module, owned by its store.
 *
 * Errors: functions that can fail take a `wd_error *err` (may be NULL) and return NULL / false on failure.
 * err->code is one of wd_errcode (see warden_errors.def), err->offset a byte offset into the module for
 * decode and validation errors (WD_NO_OFFSET otherwise), and err->message a readable sentence.
 */
#ifndef WARDEN_H
#define WARDEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WARDEN_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

typedef enum wd_errcode {
#define ERR(name, cls, msg) WD_E_##name,
#include "warden_errors.def"
#undef ERR
  WD_E__COUNT
} wd_errcode;

typedef enum wd_errclass {
  WD_CLASS_OK, WD_CLASS_MALFORMED, WD_CLASS_INVALID, WD_CLASS_LINK,
  WD_CLASS_TRAP, WD_CLASS_LIMIT, WD_CLASS_API, WD_CLASS_SYSTEM,
  WD_CLASS_TEXT                  /* the text format could not be read (wd_wat_to_wasm) */
} wd_errclass;

#define WD_NO_OFFSET UINT32_MAX
#define WD_ERROR_MESSAGE_MAX 256

typedef struct wd_error {
  wd_errcode code;
  uint32_t offset;                        /* byte offset in the module, or WD_NO_OFFSET */
  char message[WD_ERROR_MESSAGE_MAX];     /* "<spec wording>[: detail] [at offset 0x..]" */
} wd_error;

const char *wd_errcode_message(wd_errcode code);   /* the table's message for a code */
const char *wd_errcode_name(wd_errcode code);      /* "TRAP_UNREACHABLE" ... */
wd_errclass wd_errcode_class(wd_errcode code);
/* Fills *err (when not NULL) with code, no module offset and "<the table's message>[: detail]"; returns
 * false. For host functions and the WASI and thread layers reporting an error the way warden does. */
bool wd_error_set(wd_error *err, wd_errcode code, const char *detail_fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---------------------------------------------------------------- allocator */

/* All memory warden uses comes from one allocator. The default is mimalloc in release builds and the C
 * library's malloc in sanitizer and fuzzing builds. `user` is passed back to every call. */
typedef struct wd_allocator {
  void *(*malloc)(void *user, size_t size);
  void *(*realloc)(void *user, void *ptr, size_t old_size, size_t new_size);
  void (*free)(void *user, void *ptr, size_t size);
  void *user;
} wd_allocator;

const wd_allocator *wd_default_allocator(void);

/* ---------------------------------------------------------------- values */

typedef enum wd_valkind {
  WD_I32 = 0x7F, WD_I64 = 0x7E, WD_F32 = 0x7D, WD_F64 = 0x7C, WD_V128 = 0x7B,
  WD_FUNCREF = 0x70, WD_EXTERNREF = 0x6F,
  WD_EXNREF = 0x69               /* a caught exception (WD_FEATURE_EXCEPTIONS); NULL is null */
} wd_valkind;

typedef struct wd_func wd_func;
typedef struct wd_table wd_table;
typedef struct wd_memory wd_memory;
typedef struct wd_global wd_global;
typedef struct wd_tag wd_tag;    /* an exception tag (WD_FEATURE_EXCEPTIONS) */
typedef struct wd_exn wd_exn;    /* an exception object, owned by its store */

/* A typed value. Floats are carried as bits so that NaN payloads survive unchanged. A null reference is
 * a NULL pointer. */
typedef struct wd_val {
  uint8_t kind;                 /* wd_valkind */
  union {
    int32_t i32;
    int64_t i64;
    uint32_t f32_bits;
    uint64_t f64_bits;
    uint8_t v128[16];
    wd_func *func;
    void *externref;
    wd_exn *exn;
  } of;
} wd_val;

/* ---------------------------------------------------------------- engine */

typedef enum wd_mode {
  WD_MODE_EAGER = 0,             /* validate and translate every function at load */
  WD_MODE_LAZY_TRANSLATION = 1,  /* validate at load, translate on first call (default) */
  WD_MODE_LAZY = 2               /* validate and translate on first call */
} wd_mode;

/* Features beyond WebAssembly 2.0's core (which is always on). */
enum {
  WD_FEATURE_SIMD           = 1u << 0,
  WD_FEATURE_TAIL_CALL      = 1u << 1,
  WD_FEATURE_EXTENDED_CONST = 1u << 2,
  WD_FEATURE_MULTI_MEMORY   = 1u << 3,
  WD_FEATURE_RELAXED_SIMD   = 1u << 4,   /* needs SIMD too; deterministic choices (see README) */
  WD_FEATURE_MEMORY64       = 1u << 5,   /* i64 memories and tables (memory64, table64) */
  WD_FEATURE_EXCEPTIONS     = 1u << 6,   /* tags, throw, throw_ref, try_table, exnref; legacy try */
  WD_FEATURE_THREADS        = 1u << 7,   /* shared memories, atomics, wait/notify */
  WD_FEATURE_CUSTOM_PAGE_SIZES = 1u << 8, /* (pagesize 1) memories */
  WD_FEATURE_WIDE_ARITHMETIC = 1u << 9,  /* i64.add128, i64.sub128, i64.mul_wide_s/u */
  WD_FEATURE_FUNCTION_REFERENCES = 1u << 10, /* (ref null? $t), call_ref, ref.as_non_null, br_on_(non_)null */
  WD_FEATURE_GC             = 1u << 11,  /* rec groups and subtypes of function types only (not in ALL) */
  WD_FEATURE_REFERENCE_TYPES = 1u << 12, /* Wasm 2.0's reference types (on by default; off: 1.0's tables) */
  /* Bits the runtime implements; DEFAULT is what is on unless the host says otherwise. */
  WD_FEATURES_ALL           = 0x1Fu | WD_FEATURE_WIDE_ARITHMETIC | WD_FEATURE_MEMORY64 | WD_FEATURE_CUSTOM_PAGE_SIZES | WD_FEATURE_THREADS |
                              WD_FEATURE_EXCEPTIONS | WD_FEATURE_FUNCTION_REFERENCES | WD_FEATURE_REFERENCE_TYPES,
  WD_FEATURES_DEFAULT       = WD_FEATURES_ALL,
  /* Bits an engine accepts (opt-in: never in ALL or DEFAULT) whose feature is only partly implemented:
   * gc's rec groups and subtypes of function types (struct and array types are rejected as such). */
  WD_FEATURES_PARTIAL       = WD_FEATURE_GC
};

/* The features by name: one table, include/warden_features.def ("simd", "tail-call", "extended-const",
 * "multi-memory", "relaxed-simd", "memory64", "exceptions", "threads", "custom-page-sizes",
 * "wide-arithmetic", "function-references", "gc"), which the CLI, the test tools and the decoder's messages use too. */
const char *wd_feature_name(uint32_t bit);          /* NULL unless bit is exactly one WD_FEATURE_* */
const char *wd_feature_description(uint32_t bit);   /* a short phrase; NULL as above */
uint32_t wd_feature_at(size_t i);                   /* the i-th feature's bit (bit order); 0 past the end */
uint32_t wd_feature_lookup(const char *name, size_t len);   /* the bit named, or 0 */
/* Applies a comma-separated list to *features, left to right: "all" (WD_FEATURES_ALL), "none", "default",
 * "NAME" or "+NAME" (turn on), "-NAME" (turn off); e.g. "none,simd" or "-threads,-simd". Turning on a
 * feature this build does not implement (outside WD_FEATURES_ALL), or naming an unknown one, is an
 * error (WD_E_INVALID_ARGUMENT) and leaves *features unchanged. */
bool wd_features_parse(const char *list, uint32_t *features, wd_error *err);
/* "simd, tail-call, ..." (table order) into buf, NUL-terminated and cut at a whole name if cap is too
 * small; returns the length the whole text needs (as snprintf). "" for none. */
size_t wd_features_format(uint32_t features, char *buf, size_t cap);

/* Resource limits. 0 means "the built-in default" (see runtime/config.h); UINT64_MAX/UINT32_MAX "none". */
typedef struct wd_limits {
  uint32_t max_memory_pages;     /* per memory, in 64 KiB pages */
  uint32_t max_table_elems;      /* per table */
  uint32_t max_instances;        /* per store */
  uint32_t max_call_depth;       /* wasm frames on the warden stack */
  uint64_t max_stack_bytes;      /* value stack per store */
  uint64_t max_arena_bytes;      /* per module arena */
  /* Store-wide: every memory, table and managed object of every instance of one store together. */
  uint64_t max_total_memory_bytes;  /* linear memory (pages in use); default 1 GiB */
  uint64_t max_total_table_elems;   /* table elements; default 10,000,000 */
  uint64_t max_total_heap_bytes;    /* managed (GC) heap; default 1 GiB (enforced once GC lands) */
  uint64_t max_reserved_bytes;      /* address space reserved for memories and tables; default 1 TiB
                                       (hosts that reserve: 64-bit with mmap) */
  uint64_t max_wait_ns;             /* threads: the longest one memory.atomic.wait blocks (a longer or
                                       endless wait returns "timed out" then); default: no bound */
} wd_limits;

typedef struct wd_config {
  const char *layout;            /* "enum", "union16" or "packed"; NULL = default ("union16") */
  wd_mode mode;
  uint32_t features;             /* WD_FEATURE_* bits */
  const wd_allocator *allocator; /* NULL = wd_default_allocator() */
  wd_limits limits;
  uint32_t load_threads;         /* threads that validate (and, eager, translate) a big module's bodies at load (the calling
                                    thread included): 0 = automatic (the online CPUs, at most 8, and only
                                    with the default allocator), 1 = the calling thread alone. A custom
                                    allocator must be thread-safe when this is above 1. */
} wd_config;

void wd_config_init(wd_config *cfg);              /* fills in every default */

typedef struct wd_engine wd_engine;
wd_engine *wd_engine_new(const wd_config *cfg, wd_error *err);   /* cfg NULL = defaults */
void wd_engine_free(wd_engine *engine);

/* Layout names known to this build, NULL-terminated (one list: layouts/layout.h WD_LAYOUT_LIST), the
 * default one, and the record size of one (0 if unknown; NULL = the default). */
const char *const *wd_layout_names(void);
const char *wd_layout_default(void);
size_t wd_layout_record_size(const char *name);

/* The modes by name: "eager", "lazy-translation", "lazy" (one table, runtime/promote.c, next to what
 * each mode does), NULL-terminated in wd_mode order; a mode's name (NULL if none); the mode named
 * (false if none). The CLI, the test tools, the fuzzers and bench use these. */
const char *const *wd_mode_names(void);
const char *wd_mode_name(wd_mode mode);
bool wd_mode_lookup(const char *name, wd_mode *mode);

/* ---------------------------------------------------------------- modules */

typedef struct wd_module wd_module;

/* Decodes (and, per the engine's mode, validates and translates) a module. wd_module_new copies what the
 * module keeps (the code section in one piece, data segments, names). With wd_module_new_borrowed the
 * caller promises the bytes outlive the module and are not modified: nothing is copied, function bodies
 * and data segments are read where they are (e.g. from a read-only mapping of the file). */
wd_module *wd_module_new(wd_engine *engine, const uint8_t *bytes, size_t len, wd_error *err);
wd_module *wd_module_new_borrowed(wd_engine *engine, const uint8_t *bytes, size_t len, wd_error *err);
void wd_module_free(wd_module *module);

/* Reads WebAssembly text: one module, written "(module $name? field...)" or as its fields alone, in the
 * Wasm 3.0 text syntax. Returns the binary module (*out_len bytes) to pass to wd_module_new, allocated
 * with `alloc` (NULL: the default allocator); release it with wd_wat_free. NULL on failure: err->code is
 * a WD_E_TEXT_* code (class WD_CLASS_TEXT) or WD_E_OUT_OF_MEMORY, err->offset the byte offset in `text`,
 * and err->message starts with "LINE:COLUMN: ". The reader checks what the text format requires; the
 * decoder and validator check the module it produces. */
uint8_t *wd_wat_to_wasm(const char *text, size_t len, const wd_allocator *alloc, size_t *out_len,
                        wd_error *err);
/* The same for the WD_FEATURE_* bits the module will be decoded with (wd_wat_to_wasm: the default
 * ones). Without WD_FEATURE_MEMORY64 the limits and memarg offsets of i32 memories and tables are
 * u32 numbers, as Wasm 2.0 reads them; with it u64 ones, as 3.0 does (the validator checks the range). */
uint8_t *wd_wat_to_wasm_features(const char *text, size_t len, const wd_allocator *alloc, uint32_t features,
                                 size_t *out_len, wd_error *err);
void wd_wat_free(const wd_allocator *alloc, uint8_t *bytes, size_t len);

/* Validates every function body now, whatever the mode (a no-op for bodies already validated). */
bool wd_module_validate(wd_module *module, wd_error *err);
/* Validates and translates every function body now. */
bool wd_module_promote_all(wd_module *module, wd_error *err);
/* The WD_FEATURE_* bits the module uses: those of its sections (v128 types, more than one memory,
 * extended constant expressions), known once it is loaded, and those of every function body validated
 * so far: all of them in eager and lazy-translation modes, or after wd_module_validate. */
uint32_t wd_module_features(const wd_module *module);

typedef enum wd_externkind {
  WD_EXTERN_FUNC = 0, WD_EXTERN_TABLE = 1, WD_EXTERN_MEMORY = 2, WD_EXTERN_GLOBAL = 3,
  WD_EXTERN_TAG = 4              /* exception tag (WD_FEATURE_EXCEPTIONS) */
} wd_externkind;

/* Imports and exports of a module, by position. Names are not NUL-terminated: use the lengths. */
typedef struct wd_importdesc {
  const char *module; size_t module_len;
  const char *name; size_t name_len;
  wd_externkind kind;
} wd_importdesc;
typedef struct wd_exportdesc {
  const char *name; size_t name_len;
  wd_externkind kind;
} wd_exportdesc;

uint32_t wd_module_import_count(const wd_module *module);
bool wd_module_import(const wd_module *module, uint32_t i, wd_importdesc *out);
uint32_t wd_module_export_count(const wd_module *module);
bool wd_module_export(const wd_module *module, uint32_t i, wd_exportdesc *out);

/* Memory accounting of a module (what `warden inspect` prints). */
typedef struct wd_module_stats {
  uint32_t functions;            /* defined functions */
  uint32_t promoted;             /* of them, translated so far */
  size_t record_bytes;           /* function records (layout record size x functions) */
  size_t body_bytes;             /* bytes of bodies not yet translated that are not inline in their
                                    records: in the caller's bytes (borrowed) or the arena's one copy
                                    of the code section */
  size_t code_bytes;             /* translated code */
  size_t arena_used;             /* bytes handed out by the arena */
  size_t arena_reserved;         /* bytes the arena obtained from the allocator */
} wd_module_stats;
void wd_module_stats_get(const wd_module *module, wd_module_stats *out);

/* The sections of a module as they were in the binary, in order (custom sections included). */
typedef struct wd_section_info {
  uint8_t id;                    /* 0 custom, 1 type ... 12 data count */
  const char *name;              /* "type", "import", ...; a custom section's own name (NUL-terminated) */
  uint32_t offset;               /* payload offset in the module */
  uint32_t size;                 /* payload bytes */
  uint32_t count;                /* entries (0 for custom, start, data count) */
} wd_section_info;
uint32_t wd_module_section_count(const wd_module *module);
bool wd_module_section(const wd_module *module, uint32_t i, wd_section_info *out);

uint32_t wd_module_func_count(const wd_module *module);        /* imported + defined */
/* Promotes function `funcidx` (if needed) and prints its internal code. */
bool wd_module_disasm(wd_module *module, uint32_t funcidx, FILE *out, wd_error *err);

/* ---------------------------------------------------------------- stores and objects */

typedef struct wd_store wd_store;
typedef struct wd_instance wd_instance;

wd_store *wd_store_new(wd_engine *engine, wd_error *err);
void wd_store_free(wd_store *store);

/* Limits of one store, replacing the engine's (fields left 0 keep the engine's value). Memories and
 * tables created afterwards, and every later call, obey them. */
bool wd_store_set_limits(wd_store *store, const wd_limits *limits, wd_error *err);

/* What a store holds now, as the store-wide limits count it. */
typedef struct wd_usage {
  uint64_t memory_bytes;         /* every linear memory's current size */
  uint64_t table_elems;          /* every table's current size */
  uint64_t reserved_bytes;       /* address space reserved for memories and tables */
  uint64_t heap_bytes;           /* managed (GC) objects: 0 until GC lands */
} wd_usage;
bool wd_store_usage(const wd_store *store, wd_usage *out);

/* ---- fuel ----
 * With fuel enabled, running WebAssembly consumes fuel: one unit for every call and every taken branch
 * (so every loop iteration costs at least one). When it runs out, the call fails with
 * WD_E_TRAP_OUT_OF_FUEL ("out of fuel") and stays *suspended*: after adding fuel, wd_store_resume
 * continues it exactly where it stopped and produces exactly the results an unlimited run gives.
 * Only the outermost call of a store can be resumed (an out-of-fuel trap inside WebAssembly called back
 * from a host function is an ordinary trap). Starting another call discards a suspended one. */
bool wd_store_fuel_enable(wd_store *store, bool enabled, wd_error *err);
bool wd_store_fuel_add(wd_store *store, uint64_t fuel, wd_error *err);    /* saturating */
uint64_t wd_store_fuel_remaining(const wd_store *store);                  /* UINT64_MAX when disabled */
bool wd_store_suspended(const wd_store *store);     /* a call stopped for fuel can be resumed */
bool wd_store_resume(wd_store *store, wd_val *results, size_t nresults, wd_error *err);
void wd_store_cancel(wd_store *store);              /* drop a suspended call */

/* ---- interrupts and threads ----
 * A store, and everything in it, is used by one thread at a time; stores of one engine may run on
 * different threads at once, each instantiating the same module, and share memories made with
 * wd_memory_new_shared (import one into other stores; it lives as long as the store that made it, which
 * must outlive them). A module run on several threads at once must be fully promoted first
 * (wd_module_promote_all): lazy promotion is not thread-safe.
 * wd_store_interrupt may be called from any thread at any time: the store's running call traps with
 * WD_E_TRAP_INTERRUPTED ("interrupted") within WD_FUEL_SLICE fuel units (config.h; fuel on or off, the
 * check costs nothing per instruction), a memory.atomic.wait of that call wakes and traps the same way,
 * and every later call fails at once, until wd_store_interrupt_clear. Host functions are not stopped:
 * one that blocks (a read, a sleep) returns first. An interrupted call cannot be resumed. */
void wd_store_interrupt(wd_store *store);
void wd_store_interrupt_clear(wd_store *store);
bool wd_store_interrupted(const wd_store *store);
wd_engine *wd_store_engine(const wd_store *store);  /* the engine the store was made with */

typedef struct wd_extern {
  wd_externkind kind;
  union { wd_func *func; wd_table *table; wd_memory *memory; wd_global *global; wd_tag *tag; } of;
} wd_extern;

/* Instantiates `module` in `store`; imports[i] satisfies the module's i-th import. Runs the start
 * function. On a trap during start the instance is not returned and err holds the trap. */
wd_instance *wd_instantiate(wd_store *store, wd_module *module, const wd_extern *imports,
                            size_t import_count, wd_error *err);

/* An export by name, or the i-th export in the module's order (that of wd_module_export; i below
 * wd_module_export_count). Both return false when there is no such export. */
bool wd_instance_export(wd_instance *inst, const char *name, size_t name_len, wd_extern *out);
bool wd_instance_export_index(wd_instance *inst, uint32_t i, wd_extern *out);

/* ---- functions ---- */

/* A host function gets the caller (to reach the calling instance's memory), its user pointer, the
 * arguments and room for the results. It returns true, or false after setting a trap with wd_caller_trap. */
typedef struct wd_caller wd_caller;
typedef bool (*wd_host_fn)(wd_caller *caller, void *user, const wd_val *args, wd_val *results);

wd_func *wd_func_new_host(wd_store *store, const wd_valkind *params, uint32_t nparams,
                          const wd_valkind *results, uint32_t nresults, wd_host_fn fn, void *user,
                          wd_error *err);
void wd_func_type(const wd_func *f, uint32_t *nparams, const wd_valkind **params,
                  uint32_t *nresults, const wd_valkind **results);
/* Calls f. args/results are checked against f's type. On a trap returns false with err->code a TRAP_*. */
bool wd_func_call(wd_store *store, wd_func *f, const wd_val *args, size_t nargs, wd_val *results,
                  size_t nresults, wd_error *err);

wd_memory *wd_caller_memory(wd_caller *caller, uint32_t index);  /* NULL if none */
wd_store *wd_caller_store(wd_caller *caller);
bool wd_caller_trap(wd_caller *caller, wd_errcode code, const char *message);  /* always returns false */

/* ---- globals ---- */
wd_global *wd_global_new(wd_store *store, wd_valkind kind, bool mutable_, wd_val init, wd_error *err);
wd_val wd_global_get(const wd_global *g);
bool wd_global_set(wd_global *g, wd_val v, wd_error *err);   /* fails if immutable or mistyped */
void wd_global_type(const wd_global *g, wd_valkind *kind, bool *mutable_);

/* ---- tables ---- */
#define WD_NO_MAX UINT32_MAX
wd_table *wd_table_new(wd_store *store, wd_valkind elem, uint32_t min, uint32_t max, wd_val init,
                       wd_error *err);
uint32_t wd_table_size(const wd_table *t);
bool wd_table_get(const wd_table *t, uint32_t i, wd_val *out);
bool wd_table_set(wd_table *t, uint32_t i, wd_val v, wd_error *err);

/* ---- memories ---- */
wd_memory *wd_memory_new(wd_store *store, uint32_t min_pages, uint32_t max_pages, wd_error *err);
uint32_t wd_memory_pages(const wd_memory *m);
size_t wd_memory_size(const wd_memory *m);             /* bytes */
uint8_t *wd_memory_data(wd_memory *m);                 /* valid until the memory grows */
/* Bounds-checked copies between the host and linear memory. */
bool wd_memory_read(const wd_memory *m, uint64_t offset, void *dst, size_t len);
bool wd_memory_write(wd_memory *m, uint64_t offset, const void *src, size_t len);
int32_t wd_memory_grow(wd_memory *m, uint32_t delta_pages);   /* old size in pages, or -1 */

/* ---- exceptions (WD_FEATURE_EXCEPTIONS) ----
 * A tag is an object of its store, imported and exported like a global; its type is a list of parameter
 * kinds (the payload). An exception a call does not catch ends it with WD_E_UNCAUGHT_EXCEPTION ("uncaught
 * exception"); the store then holds that exception until the next call, and wd_store_exception reads its
 * tag and payload. A host function throws with wd_caller_throw (it returns false, as after a trap): the
 * exception unwinds the WebAssembly frames that called it and may be caught there. An uncaught exception
 * of WebAssembly called back from a host function reaches that host function as the failed call's error;
 * returning false from the host function then passes the same exception on to its callers.
 * Exception objects count against limits.max_total_heap_bytes and are freed with the store. */
wd_tag *wd_tag_new(wd_store *store, const wd_valkind *params, uint32_t nparams, wd_error *err);
void wd_tag_type(const wd_tag *tag, uint32_t *nparams, const wd_valkind **params);
/* Throws an exception of `tag` with `nargs` payload values (checked against the tag's type): returns
 * false, which the host function returns. A misuse sets a trap instead. */
bool wd_caller_throw(wd_caller *caller, wd_tag *tag, const wd_val *args, size_t nargs);
/* The exception that ended the store's last call (err->code WD_E_UNCAUGHT_EXCEPTION): its tag and, when
 * `values` has room (`cap`), its payload; *n gets the payload's length. False when there is none. */
bool wd_store_exception(const wd_store *store, wd_tag **tag, wd_val *values, size_t cap, size_t *n);
/* The tag of an exception object (an exnref value), and its payload as above. */
bool wd_exn_get(const wd_exn *exn, wd_tag **tag, wd_val *values, size_t cap, size_t *n);

/* ---------------------------------------------------------------- reflection for host layers
 * What the standard C API (include/wasm.h, capi/wasm_c_api.c) needs beyond the calls above: the full type
 * of an import or export, a table's element kind and maximum, table growth from the host, and a memory's
 * declared maximum. */

typedef struct wd_externtype {
  wd_externkind kind;
  uint32_t nparams, nresults;          /* func */
  const uint8_t *params, *results;     /* func: wd_valkind bytes, valid as long as the module */
  uint8_t valkind;                     /* global: its value kind; table: its element kind */
  bool mutable_;                       /* global */
  uint32_t min, max;                   /* table and memory limits (elements, pages); max WD_NO_MAX if none
                                          (i64 limits above 2^32-1 read as 2^32-1 / WD_NO_MAX) */
  bool addr64;                         /* table and memory: i64 addresses (memory64/table64) */
  uint8_t page_log2;                   /* memory: log2 of its page size (16, or 0: 1-byte pages) */
  bool shared;                         /* memory: shared (threads) */
} wd_externtype;
/* The type of the i-th import / export (same order as wd_module_import / wd_module_export). */
bool wd_module_import_type(const wd_module *module, uint32_t i, wd_externtype *out);
bool wd_module_export_type(const wd_module *module, uint32_t i, wd_externtype *out);

/* A table's element kind and maximum size (WD_NO_MAX when none). */
void wd_table_type(const wd_table *t, wd_valkind *elem, uint32_t *max);
/* Grows t (which must belong to store) by delta elements set to init: the old size, or -1 when the
 * table's maximum or the store's limit would be exceeded (the table is then unchanged). */
int64_t wd_table_grow(wd_store *store, wd_table *t, uint32_t delta, wd_val init, wd_error *err);
/* A memory's declared maximum in pages (of its page size: wd_memory_pages and wd_memory_grow count the
 * same pages), WD_NO_MAX when it has none. */
uint32_t wd_memory_max(const wd_memory *m);
/* Threads: a shared memory (max_pages is required: not WD_NO_MAX), and whether a memory is shared. Only
 * a shared memory may be imported where a module declares one shared, and only it can be waited on. */
wd_memory *wd_memory_new_shared(wd_store *store, uint32_t min_pages, uint32_t max_pages, wd_error *err);
bool wd_memory_is_shared(const wd_memory *m);
/* memory.atomic.notify from the host: wakes at most count waiters on the 4-byte location at offset (which
 * must be in bounds and 4-byte aligned, else -1); returns how many it woke (0 for an unshared memory). */
int64_t wd_memory_notify(wd_memory *m, uint64_t offset, uint32_t count);

#ifdef __cplusplus
}
#endif
#endif /* WARDEN_H */
