/* heapsort64.c: a wasm64 test program (tests/run-tests.py suite "wasm64"). clang builds it twice: for
 * wasm64 without a libc (`--target=wasm64 -nostdlib`, exporting run) and natively; `warden run --invoke run`
 * in every layout x mode must print what the native build prints. It grows an i64 memory past the module's
 * initial pages, heap-sorts n pseudo-random 32-bit keys with 64-bit indices and pointers, checks the order
 * and returns a hash of the sorted keys xor the pointer size (8 on both sides). */
#include <stddef.h>
#include <stdint.h>

#ifdef __wasm__
extern unsigned char __heap_base;
#define HEAP_START ((size_t)&__heap_base)
#define MEMORY_BYTES() ((size_t)__builtin_wasm_memory_size(0) * 65536u)
#define MEMORY_GROW(pages) __builtin_wasm_memory_grow(0, (pages))
#else
static unsigned char native_heap[1 << 26];
#define HEAP_START ((size_t)native_heap)
#define MEMORY_BYTES() ((size_t)-1)
#define MEMORY_GROW(pages) ((void)(pages), (size_t)0)
#endif

static uint64_t state = 88172645463325252ull;

static uint64_t xorshift(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static void sift(uint32_t *a, size_t i, size_t n) {
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n)
      return;
    if (c + 1 < n && a[c + 1] > a[c])
      c++;
    if (a[i] >= a[c])
      return;
    uint32_t t = a[i];
    a[i] = a[c];
    a[c] = t;
    i = c;
  }
}

static void heapsort(uint32_t *a, size_t n) {
  for (size_t i = n / 2; i-- > 0;)
    sift(a, i, n);
  for (size_t end = n; end-- > 1;) {
    uint32_t t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift(a, 0, end);
  }
}

int64_t run(uint32_t n);

int64_t run(uint32_t n) {
  size_t bytes = (size_t)n * 4, base = HEAP_START, have = MEMORY_BYTES();
  if (base + bytes > have && MEMORY_GROW((base + bytes - have + 65535) / 65536) == (size_t)-1)
    return -1;
  uint32_t *a = (uint32_t *)base;
  for (uint32_t i = 0; i < n; i++)
    a[i] = (uint32_t)xorshift();
  heapsort(a, n);
  uint64_t h = 1469598103934665603ull;
  for (uint32_t i = 0; i < n; i++) {
    if (i && a[i - 1] > a[i])
      return 0;
    h = (h ^ a[i]) * 1099511628211ull;
  }
  return (int64_t)(h ^ sizeof(void *));
}

#ifndef __wasm__
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  printf("%lld\n", (long long)run(argc > 1 ? (uint32_t)atoi(argv[1]) : 1000));
  return 0;
}
#endif
