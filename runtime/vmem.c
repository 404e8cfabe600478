/* vmem.c — reserve-and-commit regions for linear memories and tables (see vmem.h).
 * POSIX mmap/mprotect when WD_VMEM_MMAP, else the embedder's allocator. Touches nothing else.
 */
#include "config.h"
#if WD_VMEM_MMAP
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <string.h>
#include "vmem.h"

#if WD_VMEM_MMAP

static size_t os_page(void) {
  static size_t page;
  if (!page) {
    long p = sysconf(_SC_PAGESIZE);
    page = p > 0 ? (size_t)p : 4096;
  }
  return page;
}

/* n rounded up to the OS page size; SIZE_MAX when that overflows. */
static size_t page_up(size_t n) {
  size_t p = os_page();
  return n > SIZE_MAX - (p - 1) ? SIZE_MAX : (n + p - 1) & ~(p - 1);
}

size_t wd_vmem_footprint(size_t max_bytes) { return page_up(max_bytes); }
size_t wd_vmem_fit(size_t avail) { return avail & ~(os_page() - 1); }

bool wd_vmem_reserve(wd_vmem *v, const wd_allocator *al, size_t max_bytes, size_t bytes) {
  (void)al;
  memset(v, 0, sizeof *v);
  if (bytes > max_bytes) return false;
  if (max_bytes == 0) return true;
  size_t span = page_up(max_bytes);
  if (span == SIZE_MAX) return false;
  void *p = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  v->base = p;
  v->reserved = span;
  if (!wd_vmem_commit(v, al, max_bytes, bytes)) {
    wd_vmem_release(v, al);
    return false;
  }
  return true;
}

bool wd_vmem_commit(wd_vmem *v, const wd_allocator *al, size_t max_bytes, size_t bytes) {
  (void)al;
  (void)max_bytes;
  if (bytes <= v->committed) return true;
  if (bytes > v->reserved) return false;
  size_t from = page_up(v->committed), to = page_up(bytes);
  /* Pages below `from` are already writable (and hold zero past `committed`: nothing writes there). */
  if (to > from && mprotect(v->base + from, to - from, PROT_READ | PROT_WRITE) != 0) return false;
  v->committed = bytes;
  return true;
}

void wd_vmem_release(wd_vmem *v, const wd_allocator *al) {
  (void)al;
  if (v->base) munmap(v->base, v->reserved);
  memset(v, 0, sizeof *v);
}

#else /* portable fallback: an allocator block, grown geometrically (amortised linear growth) */

size_t wd_vmem_footprint(size_t max_bytes) { (void)max_bytes; return 0; }   /* no reservation */
size_t wd_vmem_fit(size_t avail) { return avail; }

bool wd_vmem_reserve(wd_vmem *v, const wd_allocator *al, size_t max_bytes, size_t bytes) {
  memset(v, 0, sizeof *v);
  if (bytes > max_bytes) return false;
  return wd_vmem_commit(v, al, max_bytes, bytes);
}

bool wd_vmem_commit(wd_vmem *v, const wd_allocator *al, size_t max_bytes, size_t bytes) {
  if (bytes <= v->committed) return true;
  if (bytes > max_bytes) return false;
  if (bytes > v->reserved) {
    size_t cap = v->reserved > max_bytes / 2 ? max_bytes : v->reserved * 2;
    if (cap < bytes) cap = bytes;
    uint8_t *p = v->base ? wd_realloc(al, v->base, v->reserved, cap) : wd_alloc(al, cap);
    if (!p) return false;
    v->base = p;
    v->reserved = cap;
  }
  memset(v->base + v->committed, 0, bytes - v->committed);
  v->committed = bytes;
  return true;
}

void wd_vmem_release(wd_vmem *v, const wd_allocator *al) {
  if (v->base) wd_free(al, v->base, v->reserved);
  memset(v, 0, sizeof *v);
}

#endif
