/* vmem.h — reserve-and-commit regions: the backing of linear memories and tables.
 *
 * A region reserves address space for its largest possible size once and commits (makes readable,
 * writable and zero) a prefix that only grows. With WD_VMEM_MMAP (runtime/config.h; the default on
 * POSIX hosts) the base never moves, growing costs time in proportion to the bytes added (an mprotect),
 * and resident memory is the pages the program touches; the allocator plays no part. Without it
 * (portable fallback) the region is an allocator block grown geometrically, which may move: callers
 * re-read `base` after wd_vmem_commit either way.
 * Knows only arena.h (allocator wrappers) and config.h.
 */
#ifndef WD_VMEM_H
#define WD_VMEM_H

#include "arena.h"

typedef struct wd_vmem {
  uint8_t *base;                 /* NULL while nothing is reserved */
  size_t reserved;               /* bytes of address space held (fallback: the block's capacity) */
  size_t committed;              /* bytes readable and writable, zero when first committed */
} wd_vmem;

/* Reserves max_bytes of address space (rounded up to the OS page size) and commits the first
 * `bytes` (<= max_bytes). False, with the region empty, if the OS (or allocator) refuses. */
bool wd_vmem_reserve(wd_vmem *v, const wd_allocator *al, size_t max_bytes, size_t bytes);
/* Commits up to `bytes` (<= the max given to reserve); bytes below `committed` are kept as they are,
 * new ones read as zero. False if the OS refuses; the region is then unchanged. */
bool wd_vmem_commit(wd_vmem *v, const wd_allocator *al, size_t max_bytes, size_t bytes);
/* Returns the address space (and every committed page) to the OS; the region is empty again. */
void wd_vmem_release(wd_vmem *v, const wd_allocator *al);
/* The address space wd_vmem_reserve takes for max_bytes (what counts against the reservation limit). */
size_t wd_vmem_footprint(size_t max_bytes);
/* The largest max_bytes whose footprint fits in `avail` bytes of address space. */
size_t wd_vmem_fit(size_t avail);

#endif /* WD_VMEM_H */
