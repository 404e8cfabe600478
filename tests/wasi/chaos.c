/* chaos.c — WASI guest for tests/unit/test_wasi.c: calls every WASI function (but proc_exit) many times
 * with arguments drawn from a seeded PRNG — small fds, pointers into a scratch area, near and past the end
 * of memory, random words, path strings with "..", "/" and symlink names — to show that no argument makes
 * the host crash, hang or reach outside its sandbox. poll_oneoff gets zero timeouts and fd_allocate small
 * lengths (so the run stays quick and small); fds 0-3 are never closed, renumbered or stripped of rights,
 * and fd 2 is not used at all. argv[1] = seed, argv[2] = iterations. Prints "survived N" on stderr. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define I __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__
typedef int32_t i32;
typedef int64_t i64;
i32 args_get(i32, i32) I("args_get")));
i32 args_sizes_get(i32, i32) I("args_sizes_get")));
i32 environ_get(i32, i32) I("environ_get")));
i32 environ_sizes_get(i32, i32) I("environ_sizes_get")));
i32 clock_res_get(i32, i32) I("clock_res_get")));
i32 clock_time_get(i32, i64, i32) I("clock_time_get")));
i32 fd_advise(i32, i64, i64, i32) I("fd_advise")));
i32 fd_allocate(i32, i64, i64) I("fd_allocate")));
i32 fd_close(i32) I("fd_close")));
i32 fd_datasync(i32) I("fd_datasync")));
i32 fd_fdstat_get(i32, i32) I("fd_fdstat_get")));
i32 fd_fdstat_set_flags(i32, i32) I("fd_fdstat_set_flags")));
i32 fd_fdstat_set_rights(i32, i64, i64) I("fd_fdstat_set_rights")));
i32 fd_filestat_get(i32, i32) I("fd_filestat_get")));
i32 fd_filestat_set_size(i32, i64) I("fd_filestat_set_size")));
i32 fd_filestat_set_times(i32, i64, i64, i32) I("fd_filestat_set_times")));
i32 fd_pread(i32, i32, i32, i64, i32) I("fd_pread")));
i32 fd_prestat_get(i32, i32) I("fd_prestat_get")));
i32 fd_prestat_dir_name(i32, i32, i32) I("fd_prestat_dir_name")));
i32 fd_pwrite(i32, i32, i32, i64, i32) I("fd_pwrite")));
i32 fd_read(i32, i32, i32, i32) I("fd_read")));
i32 fd_readdir(i32, i32, i32, i64, i32) I("fd_readdir")));
i32 fd_renumber(i32, i32) I("fd_renumber")));
i32 fd_seek(i32, i64, i32, i32) I("fd_seek")));
i32 fd_sync(i32) I("fd_sync")));
i32 fd_tell(i32, i32) I("fd_tell")));
i32 fd_write(i32, i32, i32, i32) I("fd_write")));
i32 path_create_directory(i32, i32, i32) I("path_create_directory")));
i32 path_filestat_get(i32, i32, i32, i32, i32) I("path_filestat_get")));
i32 path_filestat_set_times(i32, i32, i32, i32, i64, i64, i32) I("path_filestat_set_times")));
i32 path_link(i32, i32, i32, i32, i32, i32, i32) I("path_link")));
i32 path_open(i32, i32, i32, i32, i32, i64, i64, i32, i32) I("path_open")));
i32 path_readlink(i32, i32, i32, i32, i32, i32) I("path_readlink")));
i32 path_remove_directory(i32, i32, i32) I("path_remove_directory")));
i32 path_rename(i32, i32, i32, i32, i32, i32) I("path_rename")));
i32 path_symlink(i32, i32, i32, i32, i32) I("path_symlink")));
i32 path_unlink_file(i32, i32, i32) I("path_unlink_file")));
i32 poll_oneoff(i32, i32, i32, i32) I("poll_oneoff")));
i32 proc_raise(i32) I("proc_raise")));
i32 sched_yield(void) I("sched_yield")));
i32 random_get(i32, i32) I("random_get")));
i32 sock_accept(i32, i32, i32) I("sock_accept")));
i32 sock_recv(i32, i32, i32, i32, i32, i32) I("sock_recv")));
i32 sock_send(i32, i32, i32, i32, i32) I("sock_send")));
i32 sock_shutdown(i32, i32) I("sock_shutdown")));

static uint64_t state;
static uint32_t rnd(void) {                 /* xorshift64* */
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return (uint32_t)((state * 0x2545F4914F6CDD1Dull) >> 32);
}

static unsigned char scratch[8192];
static uint32_t mem_end;

/* The host may write wherever a pointer and length say, so they stay where that harms no one: into
 * scratch (with 64 bytes to spare), into the last 64 bytes of a page grown for this, or past the end of
 * memory. Lengths are at most 48, or so large that they reach past the end. */
static i32 ptr(void) {
  switch (rnd() % 8) {
  case 0: return (i32)(mem_end - rnd() % 64);
  case 1: return (i32)(rnd() | 0x80000000u);
  default: return (i32)((uintptr_t)scratch + rnd() % (sizeof scratch - 64));
  }
}
static i32 len(void) {
  switch (rnd() % 6) {
  case 0: return (i32)(mem_end + rnd() % 0x10000000u);
  case 1: return 0;
  default: return (i32)(rnd() % 48);
  }
}
/* Any fd but 2: stderr carries the verdict. */
static i32 fd(void) {
  if (rnd() % 10 == 0) return (i32)(rnd() | 16);
  i32 f = (i32)(rnd() % 11);
  return f >= 2 ? f + 1 : f;
}
/* An fd the guest may close, renumber or strip of rights: never 0-3, so that stdout and the preopen stay. */
static i32 fd_spare(void) { return rnd() % 10 == 0 ? (i32)(rnd() | 16) : (i32)(4 + rnd() % 8); }
static i32 small(void) { return rnd() % 4 == 0 ? (i32)rnd() : (i32)(rnd() % 32); }
static i64 wide(void) {
  switch (rnd() % 4) {
  case 0: return (i64)(((uint64_t)rnd() << 32) | rnd());
  case 1: return -(i64)(rnd() % 100);
  default: return (i64)(rnd() % 100000);
  }
}

static const char *const names[] = {
  "a", "b/c", "..", "../x", "/etc/passwd", ".", "sub", "sub/..", "sub/../..", "link", "link/x", "f.txt",
  "sub/f", "a/", "", "//", "x/../../y", "loop", "dir/", "sub/sub2", "up", "up/secret.txt",
};

/* Refills scratch: path strings, iovecs pointing into scratch, subscriptions with zero timeouts. */
static void refill(void) {
  for (size_t i = 0; i < sizeof scratch; i++) scratch[i] = (unsigned char)rnd();
  for (int k = 0; k < 40; k++) {
    const char *n = names[rnd() % (sizeof names / sizeof names[0])];
    size_t at = rnd() % (sizeof scratch - 64);
    memcpy(scratch + at, n, strlen(n) + 1);
  }
  for (int k = 0; k < 40; k++) {
    size_t at = (rnd() % (sizeof scratch / 8 - 2)) * 8;
    uint32_t p = (uint32_t)(uintptr_t)scratch + rnd() % (sizeof scratch - 256), l = rnd() % 200;
    memcpy(scratch + at, &p, 4);
    memcpy(scratch + at + 4, &l, 4);
  }
  for (int k = 0; k < 20; k++) {            /* subscriptions: tag at +8, clock timeout at +24 */
    size_t at = (rnd() % (sizeof scratch / 48 - 1)) * 48;
    scratch[at + 8] = (unsigned char)(rnd() % 4);
    memset(scratch + at + 24, 0, 8);
    if (rnd() % 2) memset(scratch + at + 40, 1, 1);
  }
}

int main(int argc, char **argv) {
  state = argc > 1 ? strtoull(argv[1], NULL, 10) * 2654435761u + 1 : 1;
  long iters = argc > 2 ? atol(argv[2]) : 20000;
  if (__builtin_wasm_memory_grow(0, 1) < 0) return 2;   /* a last page nothing else uses */
  mem_end = (uint32_t)__builtin_wasm_memory_size(0) * 65536u;
  long n;
  for (n = 0; n < iters; n++) {
    if (n % 64 == 0) refill();
    switch (rnd() % 45) {
    case 0: args_get(ptr(), ptr()); break;
    case 1: args_sizes_get(ptr(), ptr()); break;
    case 2: environ_get(ptr(), ptr()); break;
    case 3: environ_sizes_get(ptr(), ptr()); break;
    case 4: clock_res_get(small() % 6, ptr()); break;
    case 5: clock_time_get(small() % 6, wide(), ptr()); break;
    case 6: fd_advise(fd(), wide(), wide(), small()); break;
    case 7: fd_allocate(fd(), (i64)(rnd() % 4096), (i64)(rnd() % 4096)); break;
    case 8: if (rnd() % 4 == 0) fd_close(fd_spare()); break;
    case 9: fd_datasync(fd()); break;
    case 10: fd_fdstat_get(fd(), ptr()); break;
    case 11: fd_fdstat_set_flags(fd(), small()); break;
    case 12: fd_fdstat_set_rights(fd_spare(), wide(), wide()); break;
    case 13: fd_filestat_get(fd(), ptr()); break;
    case 14: fd_filestat_set_size(fd(), (i64)(rnd() % 100000)); break;
    case 15: fd_filestat_set_times(fd(), wide(), wide(), small()); break;
    case 16: fd_pread(fd(), ptr(), len(), wide(), ptr()); break;
    case 17: fd_prestat_get(fd(), ptr()); break;
    case 18: fd_prestat_dir_name(fd(), ptr(), len()); break;
    case 19: fd_pwrite(fd(), ptr(), len(), (i64)(rnd() % 100000), ptr()); break;
    case 20: fd_read(fd(), ptr(), len(), ptr()); break;
    case 21: fd_readdir(fd(), ptr(), len(), wide(), ptr()); break;
    case 22: if (rnd() % 4 == 0) fd_renumber(fd_spare(), fd_spare()); break;
    case 23: fd_seek(fd(), wide(), small() % 5, ptr()); break;
    case 24: fd_sync(fd()); break;
    case 25: fd_tell(fd(), ptr()); break;
    case 26: fd_write(fd(), ptr(), len(), ptr()); break;
    case 27: path_create_directory(fd(), ptr(), len()); break;
    case 28: path_filestat_get(fd(), small(), ptr(), len(), ptr()); break;
    case 29: path_filestat_set_times(fd(), small(), ptr(), len(), wide(), wide(), small()); break;
    case 30: path_link(fd(), small(), ptr(), len(), fd(), ptr(), len()); break;
    case 31: path_open(fd(), small(), ptr(), len(), small(), wide(), wide(), small(), ptr()); break;
    case 32: path_readlink(fd(), ptr(), len(), ptr(), len(), ptr()); break;
    case 33: path_remove_directory(fd(), ptr(), len()); break;
    case 34: path_rename(fd(), ptr(), len(), fd(), ptr(), len()); break;
    case 35: path_symlink(ptr(), len(), fd(), ptr(), len()); break;
    case 36: path_unlink_file(fd(), ptr(), len()); break;
    case 37: {                              /* subscriptions from scratch: zero timeouts only */
      uint32_t k = rnd() % (sizeof scratch / 48 - 2);
      memset(scratch + k * 48 + 24, 0, 8);
      memset(scratch + k * 48 + 48 + 24, 0, 8);
      poll_oneoff((i32)((uintptr_t)scratch + k * 48), ptr(), (i32)(rnd() % 3), ptr());
      break;
    }
    case 38: proc_raise(small()); break;
    case 39: sched_yield(); break;
    case 40: random_get(ptr(), len()); break;
    case 41: sock_accept(fd(), small(), ptr()); break;
    case 42: sock_recv(fd(), ptr(), len(), small(), ptr(), ptr()); break;
    case 43: sock_send(fd(), ptr(), len(), small(), ptr()); break;
    case 44: sock_shutdown(fd(), small()); break;
    }
  }
  fprintf(stderr, "survived %ld\n", n);   /* stdout got random bytes; stderr was left alone */
  return 0;
}
