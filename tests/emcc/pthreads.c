/* pthreads.c — a C program with worker threads for the threads suite (tests/run-tests.py suite_threads):
 * built with `emcc -O2 -g -pthread` and run under warden (every layout and mode, ASan and TSan builds),
 * its output compared with the same program built natively with `cc -pthread`.
 * Six workers count with C11 atomics, take turns printing under a mutex and condition variable (in
 * thread order, so the output is deterministic), one leaves through pthread_exit, one more runs
 * detached and reports through a condition variable; main joins the rest and checks their results.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define N 6
#define ITERS 20000

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int turn = 0;
static long total = 0;
static atomic_long counter = 0;
static int detached_done = 0;

static long work(int id) {
  long sum = 0;
  for (int i = 0; i < ITERS; i++) {
    sum += (i * (id + 3)) % 7;
    atomic_fetch_add(&counter, 1);
  }
  return sum;
}

static void *worker(void *arg) {
  int id = (int)(long)arg;
  long sum = work(id);
  pthread_mutex_lock(&mu);
  while (turn != id) pthread_cond_wait(&cv, &mu);
  printf("worker %d: sum %ld\n", id, sum);
  total += sum;
  turn++;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  if (id == 2) pthread_exit((void *)(long)(100 + id));
  return (void *)(long)(100 + id);
}

static void *detached(void *arg) {
  (void)arg;
  long sum = work(N);
  pthread_mutex_lock(&mu);
  detached_done = 1;
  total += sum;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  return NULL;
}

int main(void) {
  pthread_t t[N], d;
  for (long i = 0; i < N; i++)
    if (pthread_create(&t[i], NULL, worker, (void *)i) != 0) {
      printf("pthread_create failed\n");
      return 1;
    }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&d, &attr, detached, NULL) != 0) {
    printf("pthread_create (detached) failed\n");
    return 1;
  }
  pthread_attr_destroy(&attr);
  long joined = 0;
  for (int i = 0; i < N; i++) {
    void *v;
    pthread_join(t[i], &v);
    joined += (long)v;
  }
  pthread_mutex_lock(&mu);
  while (!detached_done) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  printf("joined %ld, total %ld, counter %ld\n", joined, total, (long)atomic_load(&counter));
  return atomic_load(&counter) == (long)(N + 1) * ITERS ? 0 : 3;
}
