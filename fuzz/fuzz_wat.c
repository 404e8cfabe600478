/* fuzz_wat.c — libFuzzer target over the text reader (runtime/wat.c, runtime/wat_lex.c).
 *
 * The input is WebAssembly text. wd_wat_to_wasm must either return a binary module — which is then read
 * twice more to check the reader is deterministic, and decoded (eager, every feature) so that whatever it
 * emitted goes through the decoder and validator without a crash — or fail with a text error (class
 * TEXT) or out-of-memory whose offset lies inside the input and whose message starts "LINE:COLUMN: ".
 * The reader must not leak, crash or hang on any input (ASan, UBSan, libFuzzer's timeout and leak
 * checks). Any violation aborts.
 * May touch: the public API (warden.h). Nothing global but one engine made on first use.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../include/warden.h"

static void die(const char *what, const wd_error *e) {
  fprintf(stderr, "fuzz_wat: %s%s%s\n", what, e ? ": " : "", e ? e->message : "");
  abort();
}

static wd_engine *engine(void) {
  static wd_engine *e;
  if (!e) {
    wd_config cfg;
    wd_config_init(&cfg);
    cfg.mode = WD_MODE_EAGER;
    cfg.features = WD_FEATURES_ALL;
    cfg.limits.max_arena_bytes = 64u << 20;
    wd_error err;
    if (!(e = wd_engine_new(&cfg, &err))) die("cannot make an engine", &err);
  }
  return e;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  wd_error err;
  size_t len = 0;
  uint8_t *bin = wd_wat_to_wasm((const char *)data, size, NULL, &len, &err);
  if (!bin) {
    if (wd_errcode_class(err.code) != WD_CLASS_TEXT && err.code != WD_E_OUT_OF_MEMORY)
      die("rejected with an error that is not a text error", &err);
    if (err.code != WD_E_OUT_OF_MEMORY) {
      if (err.offset == WD_NO_OFFSET || err.offset > size) die("text error offset outside the input", &err);
      unsigned line, col;
      if (sscanf(err.message, "%u:%u: ", &line, &col) != 2 || !line || !col) die("message without LINE:COLUMN", &err);
    }
    return 0;
  }
  if (len < 8 || memcmp(bin, "\0asm\1\0\0\0", 8)) die("output is not a binary module", NULL);
  size_t len2 = 0;
  uint8_t *again = wd_wat_to_wasm((const char *)data, size, NULL, &len2, &err);
  if (!again || len2 != len || memcmp(bin, again, len)) die("the reader is not deterministic", NULL);
  wd_wat_free(NULL, again, len2);
  wd_module *m = wd_module_new(engine(), bin, len, &err);
  if (m) wd_module_free(m);
  wd_wat_free(NULL, bin, len);
  return 0;
}
