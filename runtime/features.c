/* features.c — the feature table (include/warden_features.def) behind the public feature functions:
 * a bit's name and description, iteration in table order, name lookup, feature lists ("all", "none",
 * "default", "simd,-threads", ...) and the "simd, tail-call" text of a set of bits.
 * Knows only warden.h and error.h's wd_fail; no state.
 */
#include <string.h>
#include "error.h"

typedef struct feature_row { uint32_t bit; const char *name, *desc; } feature_row;

static const feature_row rows[] = {
#define FEATURE(NAME, name, desc) {WD_FEATURE_##NAME, name, desc},
#include "../include/warden_features.def"
#undef FEATURE
};
#define NROWS (sizeof rows / sizeof rows[0])

/* Every row one bit, in bit order, and no bit of WD_FEATURES_ALL left unnamed. */
enum {
  NAMED = 0
#define FEATURE(NAME, name, desc) | WD_FEATURE_##NAME
#include "../include/warden_features.def"
#undef FEATURE
};
_Static_assert((WD_FEATURES_ALL & ~NAMED) == 0, "every implemented feature has a row in warden_features.def");
_Static_assert((WD_FEATURES_DEFAULT & ~WD_FEATURES_ALL) == 0, "default features are implemented ones");
#define FEATURE(NAME, name, desc) \
  _Static_assert((WD_FEATURE_##NAME & (WD_FEATURE_##NAME - 1)) == 0 && WD_FEATURE_##NAME != 0, "one bit: " name);
#include "../include/warden_features.def"
#undef FEATURE

static const feature_row *row_of(uint32_t bit) {
  for (size_t i = 0; i < NROWS; i++)
    if (rows[i].bit == bit) return &rows[i];
  return NULL;
}

const char *wd_feature_name(uint32_t bit) {
  const feature_row *r = row_of(bit);
  return r ? r->name : NULL;
}

const char *wd_feature_description(uint32_t bit) {
  const feature_row *r = row_of(bit);
  return r ? r->desc : NULL;
}

uint32_t wd_feature_at(size_t i) { return i < NROWS ? rows[i].bit : 0; }

uint32_t wd_feature_lookup(const char *name, size_t len) {
  if (!name) return 0;
  for (size_t i = 0; i < NROWS; i++)
    if (strlen(rows[i].name) == len && memcmp(rows[i].name, name, len) == 0) return rows[i].bit;
  return 0;
}

bool wd_features_parse(const char *list, uint32_t *features, wd_error *err) {
  if (!list || !features) return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "feature list or result is NULL");
  uint32_t f = *features;
  const char *p = list;
  for (;;) {
    while (*p == ' ' || *p == '\t') p++;
    const char *q = p;
    while (*q && *q != ',') q++;
    const char *e = q;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t')) e--;
    size_t n = (size_t)(e - p);
    if (n) {
      bool off = *p == '-', on = *p == '+';
      const char *name = p + (off || on);
      size_t nn = n - (off || on);
      uint32_t bit;
      if (!off && !on && n == 3 && !memcmp(p, "all", 3)) f = WD_FEATURES_ALL;
      else if (!off && !on && n == 4 && !memcmp(p, "none", 4)) f = 0;
      else if (!off && !on && n == 7 && !memcmp(p, "default", 7)) f = WD_FEATURES_DEFAULT;
      else if (!(bit = wd_feature_lookup(name, nn))) {
        char known[256] = "";
        size_t k = 0;
        for (size_t i = 0; i < NROWS && k < sizeof known; i++)
          k += (size_t)snprintf(known + k, sizeof known - k, "%s%s", i ? ", " : "", rows[i].name);
        return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "unknown feature '%.*s' (all, none, default, %s)",
                       (int)(nn > 40 ? 40 : nn), name, known);
      } else if (off) f &= ~bit;
      else if (!(bit & (WD_FEATURES_ALL | WD_FEATURES_PARTIAL)))
        return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "feature %s is not supported by this build yet",
                       wd_feature_name(bit));
      else f |= bit;
    }
    if (!*q) break;
    p = q + 1;
  }
  *features = f;
  return true;
}

size_t wd_features_format(uint32_t features, char *buf, size_t cap) {
  size_t n = 0;
  if (buf && cap) buf[0] = 0;
  for (size_t i = 0; i < NROWS; i++) {
    if (!(features & rows[i].bit)) continue;
    const char *sep = n ? ", " : "";
    size_t add = strlen(sep) + strlen(rows[i].name);
    if (buf && n + add < cap) {
      memcpy(buf + n, sep, strlen(sep));
      memcpy(buf + n + strlen(sep), rows[i].name, strlen(rows[i].name) + 1);
    }
    n += add;
  }
  if (buf && cap && n >= cap) buf[cap - 1] = 0;   /* truncated at a whole name: buf holds what fitted */
  return n;
}
