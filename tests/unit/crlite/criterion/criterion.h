/* criterion.h (crlite) — the part of Criterion's API that the unit tests (tests/unit) use, for hosts where Criterion
 * itself cannot be installed: the i386 variant (Debian's libcriterion-dev:i386 cannot be installed beside
 * the amd64 one). configure.py builds out/i386/unit-tests from the same test sources with this folder
 * first on the include path, linked with crlite/main.c, which runs every test in its own process as
 * Criterion does and prints Criterion's synthesis line.
 *
 * Supported: Test(suite, name) (no options), cr_assert / cr_expect and their _not, _null, _not_null, _eq,
 * _neq, _lt, _leq, _gt, _geq, _str_eq, _arr_eq forms, each with an optional printf-style message.
 * cr_assert_* ends the test at the first failure; cr_expect_* records it and goes on.
 */
#ifndef CRLITE_CRITERION_H
#define CRLITE_CRITERION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*crlite_fn)(void);
void crlite_register(const char *suite, const char *name, crlite_fn fn);
/* Reports a failed check (fatal: ends the test). fmt is the optional message, then its arguments. */
void crlite_fail(bool fatal, const char *file, int line, const char *what, const char *fmt, ...);

#define Test(suite, name, ...)                                                                         \
  static void crlite_test_##suite##_##name(void);                                                      \
  __attribute__((constructor)) static void crlite_reg_##suite##_##name(void) {                        \
    crlite_register(#suite, #name, crlite_test_##suite##_##name);                                      \
  }                                                                                                    \
  static void crlite_test_##suite##_##name(void)

/* The message arguments always end with an extra "" so that a check without a message is well formed
 * (printf ignores the extra argument when there is a message). */
#define CRLITE_CHECK(fatal, ok, what, ...)                                                             \
  do {                                                                                                 \
    if (!(ok)) crlite_fail(fatal, __FILE__, __LINE__, what, __VA_ARGS__);                               \
  } while (0)
#define CRLITE_1(fatal, a, ...) CRLITE_CHECK(fatal, (a), #a, "" __VA_ARGS__)
#define CRLITE_NOT(fatal, a, ...) CRLITE_CHECK(fatal, !(a), "!(" #a ")", "" __VA_ARGS__)
#define CRLITE_NULL(fatal, a, ...) CRLITE_CHECK(fatal, (a) == NULL, #a " == NULL", "" __VA_ARGS__)
#define CRLITE_NNULL(fatal, a, ...) CRLITE_CHECK(fatal, (a) != NULL, #a " != NULL", "" __VA_ARGS__)
#define CRLITE_OP(fatal, op, a, b, ...) CRLITE_CHECK(fatal, (a)op(b), #a " " #op " " #b, "" __VA_ARGS__)
#define CRLITE_STR(fatal, a, b, ...) CRLITE_CHECK(fatal, strcmp((a), (b)) == 0, #a " == " #b, "" __VA_ARGS__)
#define CRLITE_ARR(fatal, a, b, n, ...)                                                                \
  CRLITE_CHECK(fatal, memcmp((a), (b), (n)) == 0, #a "[0.." #n ") == " #b, "" __VA_ARGS__)

#define cr_assert(...) CRLITE_1(true, __VA_ARGS__, "")
#define cr_expect(...) CRLITE_1(false, __VA_ARGS__, "")
#define cr_assert_not(...) CRLITE_NOT(true, __VA_ARGS__, "")
#define cr_expect_not(...) CRLITE_NOT(false, __VA_ARGS__, "")
#define cr_assert_null(...) CRLITE_NULL(true, __VA_ARGS__, "")
#define cr_expect_null(...) CRLITE_NULL(false, __VA_ARGS__, "")
#define cr_assert_not_null(...) CRLITE_NNULL(true, __VA_ARGS__, "")
#define cr_expect_not_null(...) CRLITE_NNULL(false, __VA_ARGS__, "")
#define cr_assert_eq(...) CRLITE_OP(true, ==, __VA_ARGS__, "")
#define cr_expect_eq(...) CRLITE_OP(false, ==, __VA_ARGS__, "")
#define cr_assert_neq(...) CRLITE_OP(true, !=, __VA_ARGS__, "")
#define cr_expect_neq(...) CRLITE_OP(false, !=, __VA_ARGS__, "")
#define cr_assert_lt(...) CRLITE_OP(true, <, __VA_ARGS__, "")
#define cr_expect_lt(...) CRLITE_OP(false, <, __VA_ARGS__, "")
#define cr_assert_leq(...) CRLITE_OP(true, <=, __VA_ARGS__, "")
#define cr_expect_leq(...) CRLITE_OP(false, <=, __VA_ARGS__, "")
#define cr_assert_gt(...) CRLITE_OP(true, >, __VA_ARGS__, "")
#define cr_expect_gt(...) CRLITE_OP(false, >, __VA_ARGS__, "")
#define cr_assert_geq(...) CRLITE_OP(true, >=, __VA_ARGS__, "")
#define cr_expect_geq(...) CRLITE_OP(false, >=, __VA_ARGS__, "")
#define cr_assert_str_eq(...) CRLITE_STR(true, __VA_ARGS__, "")
#define cr_expect_str_eq(...) CRLITE_STR(false, __VA_ARGS__, "")
#define cr_assert_arr_eq(...) CRLITE_ARR(true, __VA_ARGS__, "")
#define cr_expect_arr_eq(...) CRLITE_ARR(false, __VA_ARGS__, "")

#endif
