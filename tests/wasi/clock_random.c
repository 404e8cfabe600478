/* clock_random.c — WASI guest for tests/unit/test_wasi.c: clocks (clock_time_get, clock_res_get),
 * random_get, sched_yield and poll_oneoff with relative and absolute clock subscriptions and an fd
 * subscription. Prints "ok <step>" lines; "FAIL ..." and exit 1 on a surprise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wasi/api.h>

#define CHECK(cond, what)                                  \
  do {                                                     \
    if (!(cond)) {                                         \
      printf("FAIL %s (line %d)\n", what, __LINE__);       \
      exit(1);                                             \
    }                                                      \
  } while (0)

static __wasi_timestamp_t now(__wasi_clockid_t id) {
  __wasi_timestamp_t t = 0;
  if (__wasi_clock_time_get(id, 1, &t) != 0) return 0;
  return t;
}

int main(void) {
  __wasi_timestamp_t m1 = now(__WASI_CLOCKID_MONOTONIC), m2 = now(__WASI_CLOCKID_MONOTONIC);
  CHECK(m1 > 0 && m2 >= m1, "monotonic");
  CHECK(now(__WASI_CLOCKID_REALTIME) > 1600000000ull * 1000000000ull, "realtime after 2020");
  __wasi_timestamp_t res = 0;
  CHECK(__wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &res) == 0 && res > 0 && res <= 1000000, "res");
  CHECK(now(__WASI_CLOCKID_PROCESS_CPUTIME_ID) > 0, "cputime");
  struct timespec ts;
  CHECK(clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec > 1600000000, "libc clock_gettime");
  printf("ok clocks\n");

  unsigned char r1[64], r2[64], zero[64];
  memset(r1, 0, sizeof r1);
  memset(r2, 0, sizeof r2);
  memset(zero, 0, sizeof zero);
  CHECK(__wasi_random_get(r1, sizeof r1) == 0 && __wasi_random_get(r2, sizeof r2) == 0, "random_get");
  CHECK(memcmp(r1, zero, 64) != 0 && memcmp(r1, r2, 64) != 0, "random bytes vary");
  static unsigned char big[3 << 20];
  CHECK(__wasi_random_get(big, sizeof big) == 0, "random_get 3 MiB");
  CHECK(memcmp(big + sizeof big - 64, zero, 64) != 0, "random fills the end");
  CHECK(__wasi_random_get(big, 0) == 0, "random_get 0");
  printf("ok random\n");

  CHECK(__wasi_sched_yield() == 0, "sched_yield");
  printf("ok yield\n");

  __wasi_subscription_t sub[3];
  __wasi_event_t ev[3];
  __wasi_size_t nev = 0;
  memset(sub, 0, sizeof sub);
  sub[0].userdata = 0x1234;
  sub[0].u.tag = __WASI_EVENTTYPE_CLOCK;
  sub[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  sub[0].u.u.clock.timeout = 20000000;   /* 20 ms */
  __wasi_timestamp_t t0 = now(__WASI_CLOCKID_MONOTONIC);
  CHECK(__wasi_poll_oneoff(sub, ev, 1, &nev) == 0, "poll clock");
  __wasi_timestamp_t dt = now(__WASI_CLOCKID_MONOTONIC) - t0;
  CHECK(nev == 1 && ev[0].userdata == 0x1234 && ev[0].type == __WASI_EVENTTYPE_CLOCK && ev[0].error == 0,
        "clock event");
  CHECK(dt >= 20000000 && dt < 2000000000ull, "slept 20 ms");
  printf("ok poll relative\n");

  sub[0].u.u.clock.id = __WASI_CLOCKID_REALTIME;
  sub[0].u.u.clock.timeout = now(__WASI_CLOCKID_REALTIME) + 10000000;   /* 10 ms from now */
  sub[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
  t0 = now(__WASI_CLOCKID_MONOTONIC);
  CHECK(__wasi_poll_oneoff(sub, ev, 1, &nev) == 0 && nev == 1, "poll absolute");
  dt = now(__WASI_CLOCKID_MONOTONIC) - t0;
  CHECK(dt >= 5000000 && dt < 2000000000ull, "slept until the deadline");
  printf("ok poll absolute\n");

  sub[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  sub[0].u.u.clock.flags = 0;
  sub[0].u.u.clock.timeout = 5000000000ull;   /* 5 s: the fd is ready long before */
  sub[1].userdata = 77;
  sub[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
  sub[1].u.u.fd_write.file_descriptor = 1;
  t0 = now(__WASI_CLOCKID_MONOTONIC);
  CHECK(__wasi_poll_oneoff(sub, ev, 2, &nev) == 0, "poll fd");
  dt = now(__WASI_CLOCKID_MONOTONIC) - t0;
  CHECK(nev == 1 && ev[0].userdata == 77 && ev[0].type == __WASI_EVENTTYPE_FD_WRITE && ev[0].error == 0,
        "fd event");
  CHECK(dt < 1000000000ull, "did not wait for the clock");
  printf("ok poll fd\n");

  struct timespec req = { 0, 10000000 };
  t0 = now(__WASI_CLOCKID_MONOTONIC);
  CHECK(nanosleep(&req, NULL) == 0, "nanosleep");
  CHECK(now(__WASI_CLOCKID_MONOTONIC) - t0 >= 10000000, "nanosleep slept");
  printf("ok nanosleep\n");
  return 0;
}
