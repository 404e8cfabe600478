/* escape.c — WASI guest for tests/unit/test_wasi.c: tries to leave its preopened directory (fd 3) in
 * every way it can, with raw WASI calls so that the host's answer is seen unfiltered, and prints one
 * "<attempt>: <WASI errno>" line each. Whenever an attempt opens something, it prints "LEAK <attempt>:"
 * and the first bytes it can read, so the host test can assert that nothing outside was reached.
 * The host prepares: sandbox/{inside.txt, sub/inner.txt, link_in -> sub/inner.txt,
 * link_etc -> /etc, link_passwd -> /etc/passwd, link_up -> .., link_rel -> ../secret.txt,
 * sub/link_up2 -> ../..} and ../secret.txt next to the sandbox. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define RIGHTS_R (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_FILESTAT_GET)
#define RIGHTS_RW (RIGHTS_R | __WASI_RIGHTS_FD_WRITE)

static void show(const char *what, __wasi_fd_t fd) {
  char buf[64];
  __wasi_iovec_t iov = { (uint8_t *)buf, sizeof buf - 1 };
  __wasi_size_t n = 0;
  if (__wasi_fd_read(fd, &iov, 1, &n) != 0) n = 0;
  buf[n] = '\0';
  for (char *p = buf; *p; p++)
    if (*p == '\n') *p = '|';
  printf("LEAK %s: %s\n", what, buf);
  (void)__wasi_fd_close(fd);
}

static void try_open(const char *what, const char *path, int follow, __wasi_oflags_t of,
                     __wasi_rights_t rights) {
  __wasi_fd_t fd;
  __wasi_errno_t e = __wasi_path_open(3, follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, path, of,
                                      rights, 0, 0, &fd);
  printf("%s: %d\n", what, e);
  if (e == 0) show(what, fd);
}

int main(void) {
  __wasi_prestat_t ps;
  if (__wasi_fd_prestat_get(3, &ps) != 0) { printf("no preopen at fd 3\n"); return 1; }

  /* Controls: inside the sandbox everything works, symlinks included. */
  __wasi_fd_t fd;
  __wasi_errno_t e = __wasi_path_open(3, 0, "inside.txt", 0, RIGHTS_R, 0, 0, &fd);
  printf("control inside.txt: %d\n", e);
  if (e == 0) {
    char buf[32];
    __wasi_iovec_t iov = { (uint8_t *)buf, sizeof buf - 1 };
    __wasi_size_t n = 0;
    (void)__wasi_fd_read(fd, &iov, 1, &n);
    buf[n] = '\0';
    printf("control content: %s", buf);
    (void)__wasi_fd_close(fd);
  }
  e = __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link_in", 0, RIGHTS_R, 0, 0, &fd);
  printf("control link_in: %d\n", e);
  if (e == 0) (void)__wasi_fd_close(fd);
  e = __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "sub/../inside.txt", 0, RIGHTS_R, 0, 0, &fd);
  printf("control sub/../inside.txt: %d\n", e);
  if (e == 0) (void)__wasi_fd_close(fd);

  /* Escapes. */
  try_open("dotdot", "../secret.txt", 1, 0, RIGHTS_R);
  try_open("absolute", "/etc/passwd", 1, 0, RIGHTS_R);
  try_open("sub-dotdot-dotdot", "sub/../../secret.txt", 1, 0, RIGHTS_R);
  try_open("dotdot-dir", "..", 1, __WASI_OFLAGS_DIRECTORY, RIGHTS_R);
  try_open("link_etc/passwd", "link_etc/passwd", 1, 0, RIGHTS_R);
  try_open("link_passwd follow", "link_passwd", 1, 0, RIGHTS_R);
  try_open("link_passwd nofollow", "link_passwd", 0, 0, RIGHTS_R);
  try_open("link_up/secret.txt", "link_up/secret.txt", 1, 0, RIGHTS_R);
  try_open("link_rel", "link_rel", 1, 0, RIGHTS_R);
  try_open("sub/link_up2/secret.txt", "sub/link_up2/secret.txt", 1, 0, RIGHTS_R);
  try_open("create via link_rel", "link_rel", 1, __WASI_OFLAGS_CREAT, RIGHTS_RW);
  try_open("create ../made.txt", "../made.txt", 1, __WASI_OFLAGS_CREAT, RIGHTS_RW);
  try_open("proc self root", "/proc/self/root/etc/passwd", 1, 0, RIGHTS_R);

  __wasi_filestat_t st;
  printf("stat ../secret.txt: %d\n", __wasi_path_filestat_get(3, 1, "../secret.txt", &st));
  printf("stat link_etc/passwd: %d\n", __wasi_path_filestat_get(3, 1, "link_etc/passwd", &st));
  printf("stat link_passwd nofollow: %d\n", __wasi_path_filestat_get(3, 0, "link_passwd", &st));
  printf("stat ..: %d\n", __wasi_path_filestat_get(3, 0, "..", &st));
  printf("mkdir ../evil: %d\n", __wasi_path_create_directory(3, "../evil"));
  printf("mkdir link_up/evil: %d\n", __wasi_path_create_directory(3, "link_up/evil"));
  printf("unlink ../secret.txt: %d\n", __wasi_path_unlink_file(3, "../secret.txt"));
  printf("unlink link_up/secret.txt: %d\n", __wasi_path_unlink_file(3, "link_up/secret.txt"));
  printf("rmdir ..: %d\n", __wasi_path_remove_directory(3, ".."));
  printf("rename inside.txt ../moved.txt: %d\n", __wasi_path_rename(3, "inside.txt", 3, "../moved.txt"));
  printf("rename ../secret.txt stolen.txt: %d\n", __wasi_path_rename(3, "../secret.txt", 3, "stolen.txt"));
  printf("symlink /etc/passwd: %d\n", __wasi_path_symlink("/etc/passwd", 3, "newlink"));
  printf("link ../secret.txt: %d\n", __wasi_path_link(3, 0, "../secret.txt", 3, "hard.txt"));
  printf("link link_passwd follow: %d\n",
         __wasi_path_link(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link_passwd", 3, "hard2.txt"));
  char lbuf[64];
  __wasi_size_t used = 0;
  e = __wasi_path_readlink(3, "link_up", (uint8_t *)lbuf, sizeof lbuf, &used);
  printf("readlink link_up: %d %.*s\n", e, (int)used, lbuf);
  printf("readlink ../x: %d\n", __wasi_path_readlink(3, "../x", (uint8_t *)lbuf, sizeof lbuf, &used));

  /* Through the C library, which maps absolute paths onto the preopens itself. */
  FILE *f = fopen("/etc/passwd", "r");
  printf("libc /etc/passwd: %s\n", f ? "opened" : "refused");
  if (f) {
    char line[64];
    if (fgets(line, sizeof line, f)) printf("LEAK libc: %s", line);
    fclose(f);
  }
  f = fopen("/sandbox/../secret.txt", "r");
  printf("libc /sandbox/../secret.txt: %s\n", f ? "opened" : "refused");
  if (f) {
    char line[64];
    if (fgets(line, sizeof line, f)) printf("LEAK libc2: %s", line);
    fclose(f);
  }
  printf("done\n");
  return 0;
}
