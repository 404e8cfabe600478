/* bench/real/wasi-stubs.c — C library functions that WASI preview 1 lacks, for the wasm32-wasi builds
 * of the real programs (Lua's io.tmpfile, os.execute, os.tmpname). Each fails the way C allows. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

FILE *tmpfile(void) { errno = ENOTSUP; return NULL; }
int system(const char *cmd) { return cmd ? -1 : 0; }
char *tmpnam(char *s) { (void)s; return NULL; }
