/* bench/real/dbwork.c — a SQLite workload for bench/real.py: an in-memory database with inserts in a
 * transaction, an index, aggregates, GROUP BY, point lookups through the index, a LIKE scan, a join,
 * updates, deletes and ORDER BY. Every query's result is printed (as SQLite formats it), so the output
 * is compared with a native build's. Built with SQLITE_OS_OTHER: the tiny VFS below opens no file and
 * gives fixed randomness and time, so the run is deterministic and needs nothing from the host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sqlite3.h"

/* ---- a VFS for an in-memory-only database */
static int v_open(sqlite3_vfs *v, const char *n, sqlite3_file *f, int fl, int *o) {
  (void)v; (void)n; (void)fl; (void)o;
  f->pMethods = NULL;
  return SQLITE_CANTOPEN;
}
static int v_delete(sqlite3_vfs *v, const char *n, int s) { (void)v; (void)n; (void)s; return SQLITE_IOERR_DELETE; }
static int v_access(sqlite3_vfs *v, const char *n, int f, int *r) { (void)v; (void)n; (void)f; *r = 0; return SQLITE_OK; }
static int v_full(sqlite3_vfs *v, const char *n, int len, char *out) {
  (void)v;
  sqlite3_snprintf(len, out, "%s", n);
  return SQLITE_OK;
}
static int v_random(sqlite3_vfs *v, int n, char *out) {
  (void)v;
  for (int i = 0; i < n; i++) out[i] = (char)(i * 37 + 11);
  return n;
}
static int v_sleep(sqlite3_vfs *v, int us) { (void)v; return us; }
static int v_time(sqlite3_vfs *v, double *t) { (void)v; *t = 2461000.5; return SQLITE_OK; }
static int v_error(sqlite3_vfs *v, int n, char *s) { (void)v; if (n > 0) s[0] = 0; return 0; }
static sqlite3_vfs vfs = { 1, sizeof(sqlite3_file), 256, NULL, "bench", NULL, v_open, v_delete, v_access,
                           v_full, NULL, NULL, NULL, NULL, v_random, v_sleep, v_time, v_error,
                           NULL, NULL, NULL, NULL };
int sqlite3_os_init(void) { return sqlite3_vfs_register(&vfs, 1); }
int sqlite3_os_end(void) { return SQLITE_OK; }

/* ---- the workload */
static sqlite3 *db;

static void fail(const char *what) {
  fprintf(stderr, "dbwork: %s: %s\n", what, sqlite3_errmsg(db));
  sqlite3_close(db);
  exit(1);
}

static void exec(const char *sql) {
  char *msg = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    fprintf(stderr, "dbwork: %s: %s\n", sql, msg ? msg : "?");
    exit(1);
  }
}

/* Runs a query and prints every row, columns separated by '|'. */
static void show(const char *sql) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) fail(sql);
  printf("%s\n", sql);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    int n = sqlite3_column_count(st);
    printf("  ");
    for (int i = 0; i < n; i++) {
      const unsigned char *t = sqlite3_column_text(st, i);
      printf("%s%s", i ? "|" : "", t ? (const char *)t : "NULL");
    }
    printf("\n");
  }
  if (rc != SQLITE_DONE) fail(sql);
  sqlite3_finalize(st);
}

int main(void) {
  static const char *words[] = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                                 "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa" };
  const int rows = 20000;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) fail("open");
  exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c REAL);"
       "CREATE TABLE u(k INTEGER PRIMARY KEY, name TEXT);");
  exec("BEGIN");
  sqlite3_stmt *ins;
  if (sqlite3_prepare_v2(db, "INSERT INTO t(a, b, c) VALUES (?1, ?2, ?3)", -1, &ins, NULL) != SQLITE_OK) fail("prepare");
  unsigned x = 7;
  char text[64];
  for (int i = 0; i < rows; i++) {
    x = x * 1103515245u + 12345u;
    unsigned a = (x >> 8) % 100000;
    snprintf(text, sizeof text, "%s %s %u", words[(x >> 4) % 16], words[(x >> 12) % 16], a % 997);
    sqlite3_bind_int(ins, 1, (int)a);
    sqlite3_bind_text(ins, 2, text, -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(ins, 3, (double)(a % 1000) / 8.0);
    if (sqlite3_step(ins) != SQLITE_DONE) fail("insert");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  for (int k = 0; k < 1000; k++) {
    char sql[96];
    snprintf(sql, sizeof sql, "INSERT INTO u VALUES (%d, '%s-%d')", k, words[k % 16], k);
    exec(sql);
  }
  exec("COMMIT");
  exec("CREATE INDEX ta ON t(a)");
  show("SELECT count(*), sum(a), printf('%.4f', avg(c)), min(b), max(b) FROM t");
  show("SELECT a % 10, count(*), sum(c) FROM t GROUP BY a % 10 ORDER BY 1");
  show("SELECT count(*) FROM t WHERE b LIKE '%echo%' AND b LIKE '%lima%'");
  show("SELECT u.name, count(*) FROM t JOIN u ON u.k = t.a % 1000 WHERE t.a < 20000 "
       "GROUP BY u.name ORDER BY 2 DESC, 1 LIMIT 5");
  sqlite3_stmt *look;
  if (sqlite3_prepare_v2(db, "SELECT count(*), sum(c) FROM t WHERE a BETWEEN ?1 AND ?1 + 50", -1, &look, NULL)) fail("prepare");
  double total = 0;
  long found = 0;
  for (int q = 0; q < 5000; q++) {
    sqlite3_bind_int(look, 1, (q * 7919) % 100000);
    if (sqlite3_step(look) != SQLITE_ROW) fail("lookup");
    found += sqlite3_column_int(look, 0);
    total += sqlite3_column_double(look, 1);
    sqlite3_reset(look);
  }
  sqlite3_finalize(look);
  printf("lookups: %ld rows, sum %.3f\n", found, total);
  exec("UPDATE t SET c = c * 1.5, b = upper(b) WHERE a % 7 = 0");
  exec("DELETE FROM t WHERE a % 11 = 0");
  show("SELECT count(*), printf('%.3f', sum(c)), count(DISTINCT b) FROM t");
  show("SELECT id, a, b FROM t ORDER BY b DESC, a LIMIT 3");
  show("SELECT substr(b, 1, 1), count(*) FROM t GROUP BY 1 ORDER BY 2 DESC LIMIT 4");
  sqlite3_close(db);
  return 0;
}
