/* config.h — every compile-time knob of warden in one place (in the spirit of wasm3's m3_config.h).
 *
 * Each knob may be overridden with -D on the compiler line. Run-time limits an embedder sets through
 * wd_config.limits fall back to the WD_DEFAULT_* values here when left at 0.
 * Included by every runtime/ and layouts/ file; includes nothing of warden's (only <stdint.h>).
 */
#ifndef WD_CONFIG_H
#define WD_CONFIG_H

#include <stdint.h>

/* Allocator: 1 = mimalloc is the default allocator (release builds), 0 = libc malloc (asan, fuzz). */
#ifndef WD_USE_MIMALLOC
#define WD_USE_MIMALLOC 0
#endif

/* Interpreter dispatch: 1 = computed goto (direct threading, GCC/clang), 0 = portable switch. */
#ifndef WD_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define WD_COMPUTED_GOTO 1
#else
#define WD_COMPUTED_GOTO 0
#endif
#endif

/* With computed goto: 1 = the dispatch field is a 32-bit offset of the handler from the interpreter's
 * first handler (one code word per instruction: denser code, one add more per dispatch); 0 = the
 * handler's address (two words on 64-bit hosts). */
#ifndef WD_DISPATCH_OFFSETS
#define WD_DISPATCH_OFFSETS 1
#endif

/* Default layout when the config names none. */
#ifndef WD_DEFAULT_LAYOUT
#define WD_DEFAULT_LAYOUT "union16"
#endif

/* Arena: the first chunk's size, and the cap a chunk grows to (each new chunk doubles). */
#ifndef WD_ARENA_FIRST_CHUNK
#define WD_ARENA_FIRST_CHUNK (4u * 1024u)
#endif
#ifndef WD_ARENA_MAX_CHUNK
#define WD_ARENA_MAX_CHUNK (1u * 1024u * 1024u)
#endif

/* Release builds (mimalloc): wd_alloc_trim (alloc.h) gives the default allocator's emptied pages back
 * once this many bytes were freed on the calling thread since the last time. Each give-back costs system
 * calls and page faults when the memory is used again, so it waits for enough to be worth it. */
#ifndef WD_ALLOC_TRIM_BYTES
#define WD_ALLOC_TRIM_BYTES (256u * 1024u)
#endif

/* Linear memories and tables: 1 = reserve address space for their largest size with mmap and commit
 * pages as they grow (the base never moves; resident memory is what the program touches); 0 = the
 * portable fallback, an allocator block grown geometrically (moves when it grows). runtime/vmem.c. */
#ifndef WD_VMEM_MMAP
#if (defined(__unix__) || defined(__APPLE__)) && UINTPTR_MAX > 0xFFFFFFFFu
#define WD_VMEM_MMAP 1                  /* 32-bit hosts: too little address space to reserve maxima */
#else
#define WD_VMEM_MMAP 0
#endif
#endif

/* Default run-time limits (wd_limits fields left at 0). */
#ifndef WD_DEFAULT_MAX_MEMORY_PAGES
#define WD_DEFAULT_MAX_MEMORY_PAGES 65536u          /* 4 GiB: the wasm32 maximum */
#endif
/* The most bytes any one linear memory may hold, i64 (memory64) ones included: the interpreter's
 * address arithmetic relies on it (an effective address beyond it traps before any access). */
#ifndef WD_MAX_MEMORY_BYTES
#define WD_MAX_MEMORY_BYTES (1ull << 32)
#endif
#ifndef WD_DEFAULT_MAX_TABLE_ELEMS
#define WD_DEFAULT_MAX_TABLE_ELEMS 10000000u
#endif
#ifndef WD_DEFAULT_MAX_INSTANCES
#define WD_DEFAULT_MAX_INSTANCES 10000u
#endif
#ifndef WD_DEFAULT_MAX_CALL_DEPTH
#define WD_DEFAULT_MAX_CALL_DEPTH 100000u
#endif
#ifndef WD_DEFAULT_MAX_STACK_BYTES
#define WD_DEFAULT_MAX_STACK_BYTES (64ull * 1024 * 1024)   /* value stack, grown on demand */
#endif
/* Store-wide: what all the instances of one store may hold together. A guest can make the host commit
 * at most this much linear memory and this many table elements, however many memories and tables it
 * declares. */
#ifndef WD_DEFAULT_MAX_TOTAL_MEMORY_BYTES
#define WD_DEFAULT_MAX_TOTAL_MEMORY_BYTES (1ull << 30)          /* 1 GiB */
#endif
#ifndef WD_DEFAULT_MAX_TOTAL_TABLE_ELEMS
#define WD_DEFAULT_MAX_TOTAL_TABLE_ELEMS 10000000u               /* 80 MB of 8-byte slots */
#endif
#ifndef WD_DEFAULT_MAX_TOTAL_HEAP_BYTES
#define WD_DEFAULT_MAX_TOTAL_HEAP_BYTES (1ull << 30)            /* managed (GC) objects */
#endif
/* Address space reserved for memories and tables (each reserves room for its largest size). A memory
 * whose full reservation no longer fits gets what is left (at least its current size): it can then
 * grow only that far. Counts only with WD_VMEM_MMAP (the fallback reserves nothing). */
#ifndef WD_DEFAULT_MAX_RESERVED_BYTES
#if UINTPTR_MAX > 0xFFFFFFFFu
#define WD_DEFAULT_MAX_RESERVED_BYTES (1ull << 40)              /* 1 TiB of the 128 TiB user space */
#else
#define WD_DEFAULT_MAX_RESERVED_BYTES (1ull << 30)
#endif
#endif
/* Threads: the longest a memory.atomic.wait may block, in nanoseconds (UINT64_MAX: no bound; a host
 * that needs waits to end sets wd_limits.max_wait_ns). */
#ifndef WD_DEFAULT_MAX_WAIT_NS
#define WD_DEFAULT_MAX_WAIT_NS UINT64_MAX
#endif
/* Slots (8 bytes each) a store's value stack gets on its first call; it doubles as calls need more
 * (issue 9: an instance that does little costs little). */
#ifndef WD_STACK_INITIAL_SLOTS
#define WD_STACK_INITIAL_SLOTS 256u
#endif
#ifndef WD_DEFAULT_MAX_ARENA_BYTES
#define WD_DEFAULT_MAX_ARENA_BYTES (1ull << 32)
#endif

/* Interpreter: how many host -> wasm entries may nest (a host function calling back in; each nesting
 * uses some C stack). Deeper nesting traps with "call stack exhausted". */
#ifndef WD_MAX_NESTED_ENTRIES
#define WD_MAX_NESTED_ENTRIES 200u
#endif

/* Decoder: the most locals one function may declare (the spec's implementation limit is 2^32-1; every
 * engine caps it — 50,000 is what browsers allow). */
#ifndef WD_MAX_LOCALS
#define WD_MAX_LOCALS 50000u
#endif
/* Most parameters or results one function type may have (browsers: 1,000). */
#ifndef WD_MAX_FUNC_PARAMS
#define WD_MAX_FUNC_PARAMS 1000u
#endif
/* Validator: the most operand values a function body may have on its stack at once ("too many
 * entries" beyond). Without a cap, two bytes of code (a call returning 1,000 results) add 1,000 values,
 * so a 1 MB body could make the validator hold 500 M of them and the translator size a frame for
 * them. No compiler output comes near 2^20. */
#ifndef WD_MAX_OPERAND_STACK
#define WD_MAX_OPERAND_STACK (1u << 20)
#endif

/* Fuel for work that grows with an operand, charged before the work is done (exec.c, instance.c):
 * one unit per WD_FUEL_BYTES_PER_UNIT bytes that memory.fill/copy/init and data segments write, per
 * WD_FUEL_ELEMS_PER_UNIT elements that table.fill/copy/init/grow and element segments write, and
 * memory.grow as if it wrote the pages it adds. The rest of the code pays one unit per call and per
 * taken branch. */
#ifndef WD_FUEL_BYTES_PER_UNIT
#define WD_FUEL_BYTES_PER_UNIT 64u
#endif
/* Interrupts: the interpreter looks at a store's interrupt flag (wd_store_interrupt) once per this many
 * fuel units (calls and taken branches), fuel on or off; nothing on the hot path. */
#ifndef WD_FUEL_SLICE
#define WD_FUEL_SLICE 16384u
#endif
#ifndef WD_FUEL_ELEMS_PER_UNIT
#define WD_FUEL_ELEMS_PER_UNIT 8u
#endif
/* Load: validating every body (the default mode, and `warden validate`) and translating every body
 * (eager) spread the functions over worker threads when the bodies are big enough to pay for them. WD_LOAD_THREADS 0 builds without
 * threads (no pthread dependency); otherwise it is the most threads one load uses (the calling thread
 * included), and wd_config.load_threads picks fewer. Below WD_PARALLEL_MIN_BODY_BYTES of bodies one
 * thread does it all (starting a thread costs tens of microseconds). */
#ifndef WD_LOAD_THREADS
#if defined(__unix__) || defined(__APPLE__)
#define WD_LOAD_THREADS 8u
#else
#define WD_LOAD_THREADS 0u
#endif
#endif
#ifndef WD_PARALLEL_MIN_BODY_BYTES
#define WD_PARALLEL_MIN_BODY_BYTES (1u << 20)
#endif
/* Functions a worker takes at a time (a shared counter hands out the next chunk). */
#ifndef WD_PARALLEL_CHUNK
#define WD_PARALLEL_CHUNK 64u
#endif

/* Exceptions (eh.c): a collection of exception objects (when the heap limit is reached) walks the value
 * stack, tables and exceptions; it runs only once the exceptions made since the last one number at least
 * that walk / WD_EH_GC_RATIO, so its cost per throw stays bounded. */
#ifndef WD_EH_GC_RATIO
#define WD_EH_GC_RATIO 256u
#endif
/* Text reader (wat.c): how deeply folded instructions, blocks and type definitions may nest. The reader
 * recurses once per level (a few hundred bytes of C stack, a few KiB under ASan); deeper text is refused
 * with "nesting too deep" rather than risking the stack of a small thread. No compiler output nests
 * anywhere near this. */
#ifndef WD_WAT_MAX_NESTING
#define WD_WAT_MAX_NESTING 1000u
#endif

#endif /* WD_CONFIG_H */
