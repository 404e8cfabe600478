/* files.c — WASI guest for tests/unit/test_wasi.c: file I/O inside a preopened directory (argv[1],
 * default /sandbox): create, write, read back, seek/tell, pread/pwrite, append, truncate, stat, mkdir,
 * rename, unlink, rmdir, and the errors POSIX promises (EEXIST, ENOENT, ENOTEMPTY, EISDIR).
 * Prints "ok <step>" per step, "FAIL ..." and exit 1 on the first surprise; leaves keep.txt = "kept\n". */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *dir;

static const char *P(const char *name) {   /* dir/name; two buffers in turn (rename takes two) */
  static char pbuf[2][512];
  static int which;
  which ^= 1;
  snprintf(pbuf[which], sizeof pbuf[which], "%s/%s", dir, name);
  return pbuf[which];
}

#define CHECK(cond, what)                                                            \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      printf("FAIL %s (line %d, errno %d %s)\n", what, __LINE__, errno, strerror(errno)); \
      exit(1);                                                                       \
    }                                                                                \
  } while (0)
#define OK(step) printf("ok %s\n", step)

int main(int argc, char **argv) {
  dir = argc > 1 ? argv[1] : "/sandbox";
  char buf[256];

  FILE *f = fopen(P("a.txt"), "w");
  CHECK(f, "fopen w");
  CHECK(fputs("hello file\n", f) >= 0, "fputs");
  CHECK(fclose(f) == 0, "fclose");
  OK("create");

  int fd = open(P("a.txt"), O_RDONLY);
  CHECK(fd >= 0, "open r");
  ssize_t n = read(fd, buf, sizeof buf);
  CHECK(n == 11 && memcmp(buf, "hello file\n", 11) == 0, "read back");
  CHECK(read(fd, buf, sizeof buf) == 0, "eof");
  CHECK(write(fd, "x", 1) < 0 && errno == EBADF, "write to read-only fd");
  CHECK(close(fd) == 0, "close");
  OK("read");

  fd = open(P("a.txt"), O_RDWR);
  CHECK(fd >= 0, "open rw");
  CHECK(lseek(fd, 6, SEEK_SET) == 6, "lseek set");
  CHECK(write(fd, "FILE", 4) == 4, "overwrite");
  CHECK(lseek(fd, 0, SEEK_CUR) == 10, "tell");
  CHECK(lseek(fd, 0, SEEK_END) == 11, "lseek end");
  CHECK(lseek(fd, -3, SEEK_END) == 8, "lseek end-3");
  CHECK(pwrite(fd, "HE", 2, 0) == 2, "pwrite");
  CHECK(pread(fd, buf, 11, 0) == 11 && memcmp(buf, "HEllo FILE\n", 11) == 0, "pread");
  CHECK(lseek(fd, 0, SEEK_CUR) == 8, "pread/pwrite keep the offset");
  CHECK(lseek(fd, -100, SEEK_SET) < 0 && errno == EINVAL, "negative seek");
  struct stat st;
  CHECK(fstat(fd, &st) == 0 && st.st_size == 11 && S_ISREG(st.st_mode), "fstat");
  CHECK(ftruncate(fd, 5) == 0, "ftruncate");
  CHECK(fstat(fd, &st) == 0 && st.st_size == 5, "size after truncate");
  CHECK(close(fd) == 0, "close rw");
  OK("seek");

  fd = open(P("a.txt"), O_WRONLY | O_APPEND);
  CHECK(fd >= 0, "open append");
  CHECK(write(fd, "+more\n", 6) == 6, "append");
  close(fd);
  CHECK(stat(P("a.txt"), &st) == 0 && st.st_size == 11, "stat after append");
  fd = open(P("a.txt"), O_RDONLY);
  CHECK(read(fd, buf, sizeof buf) == 11 && memcmp(buf, "HEllo+more\n", 11) == 0, "appended content");
  close(fd);
  OK("append");

  CHECK(open(P("a.txt"), O_WRONLY | O_CREAT | O_EXCL, 0644) < 0 && errno == EEXIST, "O_EXCL");
  CHECK(open(P("missing.txt"), O_RDONLY) < 0 && errno == ENOENT, "ENOENT");
  fd = open(P("a.txt"), O_WRONLY | O_TRUNC);
  CHECK(fd >= 0, "O_TRUNC");
  close(fd);
  CHECK(stat(P("a.txt"), &st) == 0 && st.st_size == 0, "truncated by open");
  OK("oflags");

  CHECK(mkdir(P("sub"), 0755) == 0, "mkdir");
  CHECK(mkdir(P("sub"), 0755) < 0 && errno == EEXIST, "mkdir EEXIST");
  CHECK(stat(P("sub"), &st) == 0 && S_ISDIR(st.st_mode), "stat dir");
  f = fopen(P("sub/b.txt"), "w");
  CHECK(f && fputs("bee\n", f) >= 0 && fclose(f) == 0, "create in sub");
  CHECK(rename(P("sub/b.txt"), P("sub/c.txt")) == 0, "rename");
  CHECK(access(P("sub/b.txt"), F_OK) < 0 && errno == ENOENT, "old name gone");
  CHECK(access(P("sub/c.txt"), F_OK) == 0, "new name there");
  CHECK(rmdir(P("sub")) < 0 && errno == ENOTEMPTY, "rmdir ENOTEMPTY");
  CHECK(unlink(P("sub")) < 0 && (errno == EISDIR || errno == EPERM), "unlink a directory");
  CHECK(open(P("sub"), O_WRONLY) < 0 && errno == EISDIR, "open dir for writing");
  CHECK(unlink(P("sub/c.txt")) == 0, "unlink");
  CHECK(rmdir(P("sub")) == 0, "rmdir");
  CHECK(stat(P("sub"), &st) < 0 && errno == ENOENT, "dir gone");
  CHECK(unlink(P("a.txt")) == 0, "unlink a");
  OK("dirs");

  CHECK(symlink("keep.txt", P("lnk")) == 0, "symlink");
  n = readlink(P("lnk"), buf, sizeof buf);
  CHECK(n == 8 && memcmp(buf, "keep.txt", 8) == 0, "readlink");
  f = fopen(P("lnk"), "w");                 /* follows the link: creates keep.txt */
  CHECK(f && fputs("kept\n", f) >= 0 && fclose(f) == 0, "write through symlink");
  CHECK(lstat(P("lnk"), &st) == 0 && S_ISLNK(st.st_mode), "lstat link");
  CHECK(stat(P("lnk"), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 5, "stat through link");
  CHECK(unlink(P("lnk")) == 0, "unlink link");
  OK("symlinks");

  printf("done\n");
  return 0;
}
