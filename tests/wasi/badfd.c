/* badfd.c — WASI guest for tests/unit/test_wasi.c: hostile arguments. Calls WASI functions directly with
 * closed or invalid fds, pointers and lengths outside linear memory, huge iovec counts, bad enum values,
 * and prints "<call>: <WASI errno>" per line; the host test compares the numbers (EBADF 8, EFAULT 21,
 * EINVAL 28, ENOTDIR 54, ENAMETOOLONG 37, ENOSYS 52, ENOTCAPABLE 76). Nothing here may crash the host.
 * Expects a preopen at fd 3 named /sandbox. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <wasi/api.h>

#define R(call) printf("%s: %d\n", #call, (int)(call))

/* Raw imports, for arguments the wasi-libc wrappers would not pass (they take C strings). */
#define WASI_IMPORT(n) __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__(n)))
int32_t raw_path_create_directory(int32_t fd, int32_t path, int32_t len) WASI_IMPORT("path_create_directory");
int32_t raw_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t len, int32_t oflags,
                      int64_t base, int64_t inh, int32_t fdflags, int32_t out) WASI_IMPORT("path_open");
int32_t raw_proc_raise(int32_t sig) WASI_IMPORT("proc_raise");

int main(void) {
  uintptr_t end = __builtin_wasm_memory_size(0) * 65536;   /* first byte past linear memory */
  static char text[] = "x";
  __wasi_ciovec_t good = { (const uint8_t *)text, 1 };
  __wasi_ciovec_t bad_buf = { (const uint8_t *)(end - 16), 4096 };
  __wasi_ciovec_t wrap_buf = { (const uint8_t *)0xFFFFFFF0u, 0x20 };
  __wasi_size_t nw = 0;
  __wasi_fd_t fd;

  R(__wasi_fd_write(99, &good, 1, &nw));
  R(__wasi_fd_write(0xFFFFFFFFu, &good, 1, &nw));
  R(__wasi_fd_close(99));
  R(__wasi_fd_write(1, &bad_buf, 1, &nw));
  R(__wasi_fd_write(1, &wrap_buf, 1, &nw));
  R(__wasi_fd_write(1, (const __wasi_ciovec_t *)(end - 8), 2, &nw));
  R(__wasi_fd_write(1, &good, 0x40000000u, &nw));
  R(__wasi_fd_write(1, &good, 1, (__wasi_size_t *)(end - 2)));
  R(__wasi_fd_write(1, &good, 0, &nw));
  printf("nw after empty write: %lu\n", (unsigned long)nw);
  __wasi_iovec_t rbad = { (uint8_t *)(end - 1), 2 };
  R(__wasi_fd_read(0, &rbad, 1, &nw));

  __wasi_filesize_t pos;
  R(__wasi_fd_seek(1, 0, 7, &pos));
  __wasi_prestat_t ps;
  R(__wasi_fd_prestat_get(0, &ps));
  R(__wasi_fd_prestat_get(3, (__wasi_prestat_t *)(end - 4)));
  char name[4];
  R(__wasi_fd_prestat_dir_name(3, (uint8_t *)name, 2));
  R(__wasi_fd_prestat_dir_name(3, (uint8_t *)(end - 4), 8));
  R(__wasi_args_sizes_get((__wasi_size_t *)(end - 2), &nw));
  R(__wasi_args_get((uint8_t **)(end - 4), (uint8_t *)(end - 4)));
  R(__wasi_environ_get((uint8_t **)0xFFFFFFFCu, (uint8_t *)0));
  R(__wasi_random_get((uint8_t *)(end - 8), 16));
  R(__wasi_random_get((uint8_t *)(end - 8), 8));
  __wasi_timestamp_t t;
  R(__wasi_clock_time_get(99, 1, &t));
  R(__wasi_clock_time_get(1, 1, (__wasi_timestamp_t *)(end - 4)));
  R(__wasi_path_open(1, 0, "x", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
  R(__wasi_path_open(42, 0, "x", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
  R(__wasi_path_open(3, 0, "inside.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, (__wasi_fd_t *)(end - 1)));
  R(raw_path_create_directory(3, (int32_t)(end - 2), 4));
  R(raw_path_create_directory(3, (int32_t)0xFFFFFFF0u, 0x7FFFFFFF));
  R(raw_path_open(3, 0, (int32_t)(uintptr_t)"inside.txt", 10, 0, 2, 0, 0, (int32_t)(end - 1)));
  R(__wasi_fd_readdir(1, (uint8_t *)name, sizeof name, 0, &nw));
  R(__wasi_fd_readdir(3, (uint8_t *)(end - 8), 64, 0, &nw));
  R(__wasi_fd_renumber(3, 99));
  R(__wasi_fd_fdstat_get(99, (__wasi_fdstat_t *)name));
  R(__wasi_fd_fdstat_get(1, (__wasi_fdstat_t *)(end - 8)));
  R(__wasi_fd_filestat_get(1, (__wasi_filestat_t *)(end - 32)));
  R(__wasi_fd_fdstat_set_rights(3, ~(__wasi_rights_t)0, 0));
  R(__wasi_sock_shutdown(3, 0));
  R(raw_proc_raise(0));
  R(__wasi_poll_oneoff((const __wasi_subscription_t *)name, (__wasi_event_t *)name, 0, &nw));
  R(__wasi_poll_oneoff((const __wasi_subscription_t *)(end - 16), (__wasi_event_t *)name, 1, &nw));

  /* A file opened, closed, and used again. */
  R(__wasi_path_open(3, 0, "inside.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
  R(__wasi_fd_write(fd, &good, 1, &nw));
  R(__wasi_fd_close(fd));
  R(__wasi_fd_close(fd));
  R(__wasi_fd_write(fd, &good, 1, &nw));

  /* A path with an embedded NUL, and one too long. */
  R(raw_path_create_directory(3, (int32_t)(uintptr_t)"a\0b", 3));
  R(__wasi_path_create_directory(3, "a"));
  R(__wasi_path_remove_directory(3, "a"));
  static char longpath[5000];
  memset(longpath, 'a', sizeof longpath - 1);
  R(__wasi_path_create_directory(3, longpath));
  printf("done\n");
  return 0;
}
