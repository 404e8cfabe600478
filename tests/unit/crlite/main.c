/* main.c (crlite) — the test driver for criterion.h (crlite): runs every registered test in a child
 * process (a crash or a failed cr_assert ends only that test), in a fixed order, and prints each failure,
 * then Criterion's synthesis line "Synthesis: Tested: N | Passing: N | Failing: N | Crashing: N", which
 * tests/run-tests.py reads. Optional arguments: run only tests whose "suite/name" contains one of them.
 * Touches nothing but its own processes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "criterion/criterion.h"

typedef struct test { const char *suite, *name; crlite_fn fn; } test;
static test *tests;
static size_t ntests, cap;
static int failures;   /* in the child: cr_expect failures so far */

void crlite_register(const char *suite, const char *name, crlite_fn fn) {
  if (ntests == cap) {
    cap = cap ? cap * 2 : 256;
    tests = realloc(tests, cap * sizeof *tests);
    if (!tests) {
      perror("crlite");
      exit(2);
    }
  }
  tests[ntests++] = (test){suite, name, fn};
}

void crlite_fail(bool fatal, const char *file, int line, const char *what, const char *fmt, ...) {
  fprintf(stderr, "[----] %s:%d: %s failed: %s", file, line, fatal ? "Assertion" : "Expectation", what);
  if (fmt && fmt[0]) {
    fputs(": ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
  }
  fputc('\n', stderr);
  failures++;
  if (fatal) {
    fflush(NULL);
    _exit(1);
  }
}

static int by_name(const void *a, const void *b) {
  const test *x = a, *y = b;
  int c = strcmp(x->suite, y->suite);
  return c ? c : strcmp(x->name, y->name);
}

static int wanted(const test *t, int argc, char **argv) {
  if (argc < 2) return 1;
  char full[512];
  snprintf(full, sizeof full, "%s/%s", t->suite, t->name);
  for (int i = 1; i < argc; i++)
    if (strstr(full, argv[i])) return 1;
  return 0;
}

int main(int argc, char **argv) {
  qsort(tests, ntests, sizeof *tests, by_name);
  int tested = 0, passing = 0, failing = 0, crashing = 0;
  for (size_t i = 0; i < ntests; i++) {
    const test *t = &tests[i];
    if (!wanted(t, argc, argv)) continue;
    tested++;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
      perror("crlite: fork");
      return 2;
    }
    if (pid == 0) {
      failures = 0;
      t->fn();
      fflush(NULL);
      exit(failures ? 1 : 0);   /* exit, not _exit: sanitizers check for leaks at exit */
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0) {
      perror("crlite: waitpid");
      return 2;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
      passing++;
    } else if (WIFEXITED(status)) {
      failing++;
      fprintf(stderr, "[FAIL] %s::%s\n", t->suite, t->name);
    } else {
      crashing++;
      fprintf(stderr, "[FAIL] %s::%s: CRASH (signal %d)\n", t->suite, t->name,
              WIFSIGNALED(status) ? WTERMSIG(status) : -1);
    }
  }
  printf("[====] Synthesis: Tested: %d | Passing: %d | Failing: %d | Crashing: %d\n", tested, passing, failing,
         crashing);
  free(tests);
  return failing || crashing ? 1 : 0;
}
