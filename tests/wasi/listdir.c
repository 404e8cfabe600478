/* listdir.c — WASI guest for tests/unit/test_wasi.c: lists a directory (argv[1]) with opendir/readdir
 * (fd_readdir, cookies, truncated entries across calls), sorted, one "<type> <name>" per line with type
 * f (file), d (directory), l (symlink), ? (other); "." and ".." are left out. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {   /* by name: skip the "t " prefix */
  return strcmp(*(char *const *)a + 2, *(char *const *)b + 2);
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "/sandbox";
  DIR *d = opendir(path);
  if (!d) { perror("opendir"); return 1; }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    char t = de->d_type == DT_REG ? 'f' : de->d_type == DT_DIR ? 'd' : de->d_type == DT_LNK ? 'l' : '?';
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      names = realloc(names, cap * sizeof *names);
    }
    size_t l = strlen(de->d_name);
    names[n] = malloc(l + 3);
    names[n][0] = t;
    names[n][1] = ' ';
    memcpy(names[n] + 2, de->d_name, l + 1);
    n++;
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp);
  for (size_t i = 0; i < n; i++) printf("%s\n", names[i]);
  printf("total %zu\n", n);
  return 0;
}
