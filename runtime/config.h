/* config.h — every compile-time knob of warden in one place (in the spirit of wasm3's m3_config.h).
 *
 * Each knob may be overridden with -D on the compiler line. Run-time limits an embedder sets through
 * wd_config.limits fall back to the WD_DEFAULT_* values here when left at 0.
 * Included by every runtime/ and layouts/ file; includes nothing of warden's.
 */
#ifndef WD_CONFIG_H
#define WD_CONFIG_H

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

/* Default run-time limits (wd_limits fields left at 0). */
#ifndef WD_DEFAULT_MAX_MEMORY_PAGES
#define WD_DEFAULT_MAX_MEMORY_PAGES 65536u          /* 4 GiB: the wasm32 maximum */
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

/* Text reader (wat.c): how deeply folded instructions, blocks and type definitions may nest. The reader
 * recurses once per level (a few hundred bytes of C stack, a few KiB under ASan); deeper text is refused
 * with "nesting too deep" rather than risking the stack of a small thread. No compiler output nests
 * anywhere near this. */
#ifndef WD_WAT_MAX_NESTING
#define WD_WAT_MAX_NESTING 1000u
#endif

#endif /* WD_CONFIG_H */
