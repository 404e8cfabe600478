/* atomics.h — the semantics of the threads proposal's 0xFE instructions on a linear memory.
 *
 * exec.c calls wd_atomic_exec for every atomic memory instruction (loads, stores, read-modify-write,
 * cmpxchg, wait, notify); the host API calls wd_atomic_notify. Bounds are checked here in software
 * (overflow-safe, 64-bit addresses welcome), then alignment; accesses are C11 sequentially consistent
 * atomics on the memory's bytes, which never move (vmem.c). wait/notify use a process-wide table of
 * per-address wait queues (a mutex per bucket, a condition variable per waiter): no busy waiting.
 * Knows only runtime.h (wd_memory) and module.h (the opcode table).
 */
#ifndef WD_ATOMICS_H
#define WD_ATOMICS_H

#include "runtime.h"

/* Runs 0xFE instruction op (a WD_OP_*) on memory m at address addr + offset. a and b are the operands
 * after the address in wasm order (the value, or expected + replacement, or expected + timeout), each as
 * its 8-byte slot; *out receives the result (unchanged for stores). max_wait_ns bounds how long a wait
 * may block (UINT64_MAX: no bound); intr (or NULL) is the running store's interrupt flag: a wait ends
 * when it is set (wd_atomic_interrupt). Returns WD_E_OK or the trap: out of bounds, unaligned atomic,
 * (wait on an unshared memory) expected shared memory, or (intr set) interrupted. */
wd_errcode wd_atomic_exec(wd_memory *m, uint16_t op, uint64_t addr, uint64_t offset, uint64_t a, uint64_t b,
                          uint64_t max_wait_ns, const atomic_uint *intr, uint64_t *out);

/* Wakes at most count waiters blocked on the 4-byte location p (a memory's bytes): how many it woke. */
uint32_t wd_atomic_notify(const void *p, uint32_t count);

/* Wakes every wait of a store whose interrupt flag is intr (set it first): wd_store_interrupt. */
void wd_atomic_interrupt(const atomic_uint *intr);

/* The number of threads blocked in a wait right now (all memories): for tests and diagnostics. */
uint32_t wd_atomic_waiters(void);

#endif /* WD_ATOMICS_H */
