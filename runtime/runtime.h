/* runtime.h — the stages after decoding, and the run-time objects they share.
 *
 * Stage order (each file knows only the ones before it; HACKING.md's stage table, checked by
 * tests/tools/arch.py):
 *   decode.c    bytes -> wd_module                                   (module.h)
 *   validate.c  module-level rules at load; one body on demand
 *   translate.c a valid body -> internal code (code.h) in the module arena
 *   promote.c   the mode policy (what is validated/translated at load, at first call) and promotion:
 *               validate (lazy) -> translate with exec.c's dispatch -> code index -> layout->set_code
 *   store.c     engine, store and run-time objects (funcs, tables, memories, globals), growth, limits
 *   exec.c      the interpreter: runs internal code on a warden-managed stack
 *   instance.c  instantiation: imports, constant expressions, segments, start function
 *   api.c       the public API (include/warden.h) on top of all of this
 *
 * Values in frames, globals and tables are 8-byte slots (uint64_t): i32 zero-extended, floats as bits,
 * references as pointers (a funcref is a wd_func *, NULL is null); a v128 takes two consecutive slots.
 */
#ifndef WD_RUNTIME_H
#define WD_RUNTIME_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include "module.h"
#include "vmem.h"

/* ---------------------------------------------------------------- validate.c */

/* Module-level validation (types, imports, limits, exports, start, globals, segments, constant
 * expressions, ref.func declarations). Fills m->func_declared. */
bool wd_validate_module(wd_module *m, wd_error *err);
/* Validates one defined function's body (types and all): validate_fast.c's fast path, and when it is not
 * sure, the full validator (the one that gives the errors). */
bool wd_validate_function(const wd_module *m, uint32_t defidx, wd_error *err);
/* For tests (wd-validatetest compares them): the full validator alone, and the fast path alone (true:
 * it proved the body valid; false: not sure). */
bool wd_validate_function_full(const wd_module *m, uint32_t defidx, wd_error *err);
bool wd_validate_function_fast(const wd_module *m, uint32_t defidx);
/* validate_all.c: validates every body not yet compiled, on up to `threads` threads (0 = automatic,
 * see wd_config.load_threads); the error is the lowest-numbered invalid body's, as sequentially. */
bool wd_validate_bodies(const wd_module *m, uint32_t threads, wd_error *err);
/* Threads for the load's work on m (validation, eager translation): 1 unless the module is big enough
 * (config.h WD_PARALLEL_*) and `wanted` (wd_config.load_threads; 0: automatic, only with the default
 * allocator, which is thread-safe) allows more. */
uint32_t wd_load_thread_count(const wd_module *m, uint32_t wanted);
/* Runs fn(ctx, worker, d) for d in [0, nd) on n threads (the calling thread included; worker numbers
 * 0..n-1), in chunks of WD_PARALLEL_CHUNK from a shared counter; workers take no chunk above the lowest
 * d for which fn returned false, so every d below it ran. Returns that lowest d, or UINT32_MAX if none.
 * Only with WD_LOAD_THREADS. */
typedef bool (*wd_load_fn)(void *ctx, uint32_t worker, uint32_t d);
uint32_t wd_load_parallel(uint32_t nd, uint32_t n, wd_load_fn fn, void *ctx);
/* Validates a constant expression of the given result type (also used by instance.c's evaluator). */
/* Subtyping of value types inside module m (validate.c's one rule set; typed references resolved
 * through m->type_canon). */
bool wd_val_subtype(const wd_module *m, uint8_t a, uint8_t b);
/* Rec groups (gc): the key of m's group starting at type `start`, for iso-recursive equivalence. A
 * type inside the group is named by its position in it, one outside by ext(ctx, index) (its identity:
 * a canonical index within the module, or an engine's canonical type). *buf (capacity *cap, from al)
 * grows as needed; the key is (*buf)[0, *len). */
bool wd_rec_group_key(const wd_module *m, uint32_t start, uint64_t (*ext)(const void *ctx, uint32_t idx),
                      const void *ctx, const wd_allocator *al, uint8_t **buf, size_t *cap, size_t *len);
bool wd_validate_constexpr(const wd_module *m, const wd_constexpr *e, uint8_t type,
                           uint32_t nglobals_visible, wd_error *err);

/* ---------------------------------------------------------------- translate.c */

/* What translating one body made: its code in the module arena (dispatch fields written), not yet
 * recorded anywhere (promote.c records it). code.code is NULL when the record was compiled already. */
typedef struct wd_translation {
  wd_compiled code;
  uint32_t nwords;                 /* code words (header included) */
  const struct wd_eh_table *eh;    /* its handler table, or NULL */
  uint32_t offset;                 /* module offset translation ended at (for errors after it) */
} wd_translation;
struct wd_code_dispatch_fns;
/* Translates without validating (the body must be valid), writing dispatch fields with disp; the code
 * (and its handler table) go to `arena`, or to the module arena when it is NULL. The module is only read,
 * so several threads may translate different functions of one module at once, each into its own arena
 * (promote.c), when the module's allocator is thread-safe. */
bool wd_translate_function(wd_module *m, uint32_t defidx, const struct wd_code_dispatch_fns *disp,
                           wd_arena *arena, wd_translation *res, wd_error *err);
/* Prints a human-readable listing of a promoted function's internal code (op_at: disp->op_at). */
bool wd_disasm_code(const wd_module *m, uint32_t defidx, int (*op_at)(const uint32_t *field), FILE *out);

/* ---------------------------------------------------------------- promote.c */

/* Promotes a defined function: if the module's mode is `lazy`, validates it first; translates it into
 * internal code in the module arena, registers it in the address index and records it through the
 * layout. Idempotent: a compiled record returns true at once. On failure the record is unchanged and
 * the module stays usable. */
bool wd_promote(wd_module *m, uint32_t defidx, wd_error *err);
/* The mode's work at load, after module validation: eager validates every body (on up to
 * engine->cfg.load_threads threads) and promotes each; lazy-translation validates every body; lazy
 * does nothing (each body is validated and translated at its first call, by wd_promote). */
bool wd_promote_at_load(wd_module *m, wd_error *err);
/* Validates every body now (lazy mode; a no-op otherwise); afterwards promotion does not validate. */
bool wd_promote_validate_all(wd_module *m, wd_error *err);
/* wd_promote for every defined function. */
bool wd_promote_all(wd_module *m, wd_error *err);
/* wd_disasm_code with the interpreter's dispatch. */
bool wd_disasm_function(const wd_module *m, uint32_t defidx, FILE *out);
/* exec.c hands its dispatch over once, before main (a constructor): promotion needs the handlers'
 * addresses, and calling up into the interpreter for them would make a cycle. */
void wd_promote_use_dispatch(const struct wd_code_dispatch_fns *disp);

/* ---------------------------------------------------------------- store.c: engine and objects */

struct wd_engine {
  wd_config cfg;                 /* as given, with defaults filled in */
  const wd_allocator *al;
  const wd_layout *layout;
  wd_limits limits;              /* resolved: no zeros */
  /* Interned function types: structurally equal types share one canonical wd_functype, so that a
   * signature check (call_indirect, imports) is one pointer comparison. */
  wd_functype **canon;
  uint32_t ncanon, canon_cap;
  pthread_mutex_t canon_mu;      /* stores of one engine may live on several threads (guest threads) */
};
typedef struct wd_engine wd_engine;

/* Returns the canonical copy of ft (creating it), or NULL when out of memory. */
const wd_functype *wd_engine_intern(wd_engine *e, const wd_functype *ft);
/* Sets every m->types[i].canon (a valid module): rec groups interned as wholes (store.c). */
bool wd_engine_intern_module(wd_engine *e, wd_module *m, wd_error *err);
/* a is b or one of b's declared subtypes (canonical types; gc). */
bool wd_canon_sub(const wd_functype *a, const wd_functype *b);

typedef struct wd_instance wd_instance;
typedef struct wd_store wd_store;

struct wd_func {
  const wd_functype *type;       /* canonical */
  wd_instance *inst;             /* owning instance; NULL for a host function */
  uint32_t index;                /* function index in inst's module */
  /* Hot-path cache of the compiled form, filled on first call (per instance; the code itself is the
   * module's, shared). code == NULL: not promoted yet (or a host function). */
  const uint8_t *code;
  uint32_t frame_slots;
  wd_host_fn host;
  void *user;
  struct wd_func *next_obj;      /* store's list of host functions, for freeing */
};

struct wd_table {
  uint8_t elem;                  /* a reference type (of the module that made it) */
  const wd_functype *heap;       /* elem names a type: its canonical copy (import matching); else NULL */
  uint32_t size, max;            /* max: WD_NO_MAX when none */
  uint64_t *elems;               /* size slots: vm.base (never moves with WD_VMEM_MMAP) */
  uint32_t ceiling;              /* the most elements it may hold: declared max, limits, reservation */
  wd_lim type;                   /* the declared type (min, max, i64 indices), for import matching */
  wd_vmem vm;
  struct wd_table *next_obj;
};

struct wd_memory {
  uint8_t *data;                 /* vm.base: never moves with WD_VMEM_MMAP */
  uint64_t size;                 /* bytes = pages << page_log2; at most WD_MAX_MEMORY_BYTES */
  uint32_t pages, max_pages;     /* max_pages: the declared max capped by the limits and reservation */
  uint32_t decl_max;             /* the declared max as given (WD_NO_MAX when none, or beyond 2^32-1) */
  wd_lim type;                   /* the declared type (max, i64 addresses, page size), for import matching */
  uint8_t page_log2;             /* pages are 2^page_log2 bytes: 16, or 0 (custom page sizes) */
  bool shared;                   /* threads: a shared memory (atomics.c: waits need one) */
  wd_vmem vm;
  struct wd_store *store;        /* owner (wd_memory_grow through the public API needs its allocator) */
  struct wd_memory *next_obj;
};

/* A memory's current size in bytes (the bound an access is checked against) and in pages. A shared
 * memory may grow on another thread meanwhile: acquire loads, paired with the release stores of
 * wd_memory_grow_pages (32-bit hosts, whose memories stay below 2^32 bytes, read the size plainly: their
 * 8-byte atomics may not be lock-free). */
static inline uint64_t wd_memory_bytes(const wd_memory *m) {
#if UINTPTR_MAX > 0xFFFFFFFFu
  return __atomic_load_n(&m->size, __ATOMIC_ACQUIRE);
#else
  return m->size;
#endif
}
static inline uint32_t wd_memory_npages(const wd_memory *m) { return __atomic_load_n(&m->pages, __ATOMIC_ACQUIRE); }

struct wd_global {
  uint8_t type;                  /* a value type (of the module that made it) */
  const wd_functype *heap;       /* type names a type: its canonical copy (import matching); else NULL */
  bool mut;
  uint64_t val[2];               /* val[1]: v128 upper half */
  struct wd_global *next_obj;
};

struct wd_tag {
  const wd_functype *type;       /* canonical; results empty */
  uint32_t nslots;               /* payload slots (a v128 takes two) */
  struct wd_store *store;        /* owner */
  struct wd_tag *next_obj;
};

struct wd_instance {
  wd_store *store;
  wd_module *module;
  wd_func **funcs;               /* module->nfuncs */
  wd_table **tables;
  wd_memory **mems;
  wd_global **globals;
  wd_tag **tags;                 /* module->ntags */
  const wd_functype **types;     /* canonical type per module type index */
  /* Element segments as evaluated references (length 0 once dropped); data segments' live lengths. */
  uint64_t **elem_refs;
  uint32_t *elem_len;
  uint32_t *data_len;            /* module->datas[i].len, or 0 once dropped */
  wd_func *func_objs;            /* the defined functions' objects, one allocation */
  struct wd_instance *next;
  size_t alloc_bytes;            /* the instance is one allocation (struct + every array) of this size */
};

struct wd_store {
  wd_engine *engine;
  const wd_allocator *al;
  wd_limits limits;
  /* Every object created in the store, freed with it. */
  wd_instance *instances;
  uint32_t ninstances;
  wd_func *host_funcs;
  wd_table *tables;
  wd_memory *memories;
  wd_global *globals;
  /* Store-wide use, held against limits.max_total_* and max_reserved_bytes. */
  uint64_t total_memory_bytes;   /* every memory's current size */
  uint64_t total_table_elems;    /* every table's current size */
  uint64_t reserved_bytes;       /* address space reserved for memories and tables */
  /* The warden-managed value stack (frames are slices of it) and call depth. */
  uint64_t *stack;
  size_t stack_slots;            /* allocated */
  uint32_t depth;                /* current wasm call depth (nested entries included) */
  size_t stack_top;              /* slots in use below a nested interpreter entry's frames (exec.c) */
  uint32_t entries;              /* nested interpreter entries (host -> wasm), bounded (exec.c) */
  /* Fuel: when enabled, decremented by exec; reaching zero traps with "out of fuel". */
  bool fuel_enabled;
  uint64_t fuel;
  /* An outermost call that ran out of fuel (exec.c): its frames stay on the value stack and this is
   * where it stopped, so that wd_exec_resume can continue it. Any new outermost call discards it. */
  bool suspended;
  struct wd_suspension {
    const uint8_t *ip;           /* the instruction to run next */
    size_t fp, base;             /* frame and entry-frame slot offsets in `stack` */
    uint32_t depth, entry_depth;
    wd_instance *inst;           /* the running frame's instance */
    wd_func *func;               /* the function the outermost call called (its results) */
    uint64_t owed;               /* fuel still owed for the work of the instruction at ip (0: one unit
                                    for landing there, as after any other stop) */
  } susp;
  /* Exceptions (eh.c): tags and exception objects, freed with the store; heap_bytes is what the
   * objects take, held against limits.max_total_heap_bytes. pending: the exception being passed out of
   * a call (uncaught) or thrown by a host function, until it is caught or the next call starts. */
  wd_tag *tags;
  struct wd_exn *exns;
  uint64_t heap_bytes;
  uint64_t nexns;
  uint64_t allocs_since_gc;      /* exceptions made since the last collection (pays for the next one) */
  struct wd_exn *pending;
  /* wd_store_interrupt (any thread): running code traps with "interrupted" at its next fuel slice
   * (exec.c), a memory.atomic.wait wakes (atomics.c), later calls fail at once. */
  atomic_uint interrupt;
};

/* Object creation (each linked into the store's lists; NULL + err on limit or out of memory). */
wd_func *wd_store_host_func(wd_store *s, const wd_functype *canon, wd_host_fn fn, void *user, wd_error *err);
wd_table *wd_store_table(wd_store *s, uint8_t elem, uint32_t min, uint32_t max, uint64_t init, wd_error *err);
wd_memory *wd_store_memory(wd_store *s, uint32_t min_pages, uint32_t max_pages, wd_error *err);
/* The same from a declared type (i64 tables and memories, custom page sizes): capped by the limits. */
wd_table *wd_store_table_lim(wd_store *s, uint8_t elem, const wd_lim *lim, uint64_t init, wd_error *err);
wd_memory *wd_store_memory_lim(wd_store *s, const wd_lim *lim, wd_error *err);
wd_global *wd_store_global(wd_store *s, uint8_t type, bool mut, const uint64_t val[2], wd_error *err);

/* Growth with limits: old size, or -1 (as memory.grow / table.grow return). The _ok forms say whether
 * the same growth would be allowed by every limit (exec.c charges fuel only for growth that happens). */
int64_t wd_memory_grow_pages(wd_store *s, wd_memory *m, uint64_t delta);     /* delta in its pages */
int64_t wd_table_grow_elems(wd_store *s, wd_table *t, uint64_t delta, uint64_t init);
bool wd_memory_grow_ok(const wd_store *s, const wd_memory *m, uint64_t delta);
bool wd_table_grow_ok(const wd_store *s, const wd_table *t, uint64_t delta);

/* Makes sure the value stack has `slots` slots (growing it, within limits.max_stack_bytes). */
bool wd_store_stack_reserve(wd_store *s, size_t slots);
/* Unlinks an instance from its store (if linked) and frees its one allocation (store.c). */
void wd_store_instance_free(wd_store *s, wd_instance *inst);

/* ---------------------------------------------------------------- exec.c */

/* Calls f. argres holds the arguments in slots on entry and the results on return (it must have room
 * for max(params, results) slots). Returns true, or false with err set to a trap. Wasm-to-wasm calls
 * never recurse on the C stack; a host function that calls back in nests one interpreter entry. */
bool wd_exec_call(wd_store *s, wd_func *f, uint64_t *argres, wd_error *err);
/* Fuel: an outermost call (not one nested under a host function) that runs out of fuel fails with
 * WD_E_TRAP_OUT_OF_FUEL and leaves s->suspended set. wd_exec_resume continues it where it stopped (add
 * fuel first): true with its results in argres (room for its results), or false with err set (out of
 * fuel again: still suspended). wd_exec_cancel drops it. */
bool wd_exec_resume(wd_store *s, uint64_t *argres, wd_error *err);
void wd_exec_cancel(wd_store *s);

/* Caller context handed to host functions (wd_caller in warden.h). */
struct wd_caller {
  wd_store *store;
  wd_instance *inst;             /* the calling instance (NULL when called from the host) */
  wd_error *trap;
};

/* ---------------------------------------------------------------- eh.c: exception handling */

/* An exception: its tag and payload slots. Owned by the store (its list), freed with it or by the
 * collector (wd_exn_collect) once nothing can reach it. */
struct wd_exn {
  wd_tag *tag;
  struct wd_exn *next;
  uint32_t nslots;
  uint8_t mark;
  uint64_t slots[];
};

/* Handler tables: one per translated function that has try_table or legacy try blocks. A handler
 * covers code words [lo, hi) (offsets from the function's first instruction); handlers are listed
 * innermost first. depth: the control depth of its block; a delegate handler sends the search on to
 * the handlers at or below `delegate_depth`. Clauses are tried in order. */
enum { WD_EH_CATCHES = 0, WD_EH_DELEGATE = 1 };
enum { WD_EH_LEGACY_CATCH = 4, WD_EH_LEGACY_CATCH_ALL = 5 };   /* clause kinds beyond WD_CATCH_* */
typedef struct wd_eh_clause {
  uint32_t kind;                 /* WD_CATCH, ..._REF, ..._ALL, ..._ALL_REF, WD_EH_LEGACY_CATCH(_ALL) */
  uint32_t tag;                  /* module tag index (catch kinds with a tag) */
  uint32_t target;               /* code word to continue at */
  uint32_t dst;                  /* first slot for the payload (then the exnref, for the _REF kinds) */
} wd_eh_clause;
typedef struct wd_eh_handler {
  uint32_t lo, hi, depth, kind, delegate_depth;
  uint32_t exn_slot;             /* legacy try: the slot that keeps the caught exception for rethrow */
  uint32_t first, n;             /* its clauses */
} wd_eh_handler;
typedef struct wd_eh_table {
  uint32_t nh, nc;
  const wd_eh_handler *h;
  const wd_eh_clause *c;
} wd_eh_table;

/* wd_eh_register / wd_eh_lookup (the address index of translated code): module.h, codeindex.c. */
/* The handler clause of table t that catches exn at code word `off` (offset from the first
 * instruction), or NULL. inst resolves tag indices. *handler gets the handler the clause belongs to. */
const wd_eh_clause *wd_eh_match(const wd_eh_table *t, uint32_t off, const wd_instance *inst,
                                const struct wd_exn *exn, const wd_eh_handler **handler);
/* Makes an exception of tag with its payload (tag->nslots slots), counted against the heap limit (a
 * collection runs first when the limit would be passed). NULL with err set. */
struct wd_exn *wd_exn_new(wd_store *s, wd_tag *tag, const uint64_t *payload, wd_error *err);
/* Frees every exception that no slot of the value stack, global, table or other live exception names
 * (conservative: a slot holding the same bits keeps an exception alive). */
void wd_exn_collect(wd_store *s);
bool wd_exn_valid(const wd_store *s, const struct wd_exn *e);
wd_tag *wd_store_tag(wd_store *s, const wd_functype *canon, wd_error *err);
void wd_store_eh_free(wd_store *s);

/* ---------------------------------------------------------------- instance.c */

/* Evaluates a (validated) constant expression in an instance under construction. */
bool wd_eval_constexpr(wd_instance *inst, const wd_constexpr *e, uint64_t out[2], wd_error *err);
wd_instance *wd_instance_new(wd_store *s, wd_module *m, const wd_extern *imports, size_t n, wd_error *err);

#endif /* WD_RUNTIME_H */
