/* error.c — the error-code table (include/warden_errors.def) turned into names, classes and messages,
 * and wd_fail, the one way every stage reports an error: code + module offset + readable message
 * (wd_error_set: the same without an offset, public for the layers above the API).
 * Knows only warden.h and error.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "error.h"

static const char *const messages[] = {
#define ERR(name, cls, msg) msg,
#include "../include/warden_errors.def"
#undef ERR
};
static const char *const names[] = {
#define ERR(name, cls, msg) #name,
#include "../include/warden_errors.def"
#undef ERR
};
static const wd_errclass classes[] = {
#define ERR(name, cls, msg) WD_CLASS_##cls,
#include "../include/warden_errors.def"
#undef ERR
};

const char *wd_errcode_message(wd_errcode code) {
  return (unsigned)code < WD_E__COUNT ? messages[code] : "unknown error code";
}
const char *wd_errcode_name(wd_errcode code) {
  return (unsigned)code < WD_E__COUNT ? names[code] : "UNKNOWN";
}
wd_errclass wd_errcode_class(wd_errcode code) {
  return (unsigned)code < WD_E__COUNT ? classes[code] : WD_CLASS_API;
}

void wd_error_clear(wd_error *err) {
  if (!err) return;
  err->code = WD_E_OK;
  err->offset = WD_NO_OFFSET;
  err->message[0] = '\0';
}

static bool vfail(wd_error *err, wd_errcode code, uint32_t offset, const char *detail_fmt, va_list ap) {
  if (!err) return false;
  err->code = code;
  err->offset = offset;
  size_t cap = sizeof err->message;
  int n = snprintf(err->message, cap, "%s", wd_errcode_message(code));
  if (detail_fmt && n >= 0 && (size_t)n < cap) {
    size_t used = (size_t)n;
    int m = snprintf(err->message + used, cap - used, ": ");
    if (m > 0 && (size_t)m < cap - used) {
      used += (size_t)m;
      m = vsnprintf(err->message + used, cap - used, detail_fmt, ap);
      if (m > 0) used += (size_t)m < cap - used ? (size_t)m : cap - used - 1;
    }
    n = (int)used;
  }
  if (offset != WD_NO_OFFSET && n >= 0 && (size_t)n < cap)
    snprintf(err->message + n, cap - (size_t)n, " at offset 0x%x", offset);
  return false;
}

bool wd_fail(wd_error *err, wd_errcode code, uint32_t offset, const char *detail_fmt, ...) {
  va_list ap;
  va_start(ap, detail_fmt);
  vfail(err, code, offset, detail_fmt, ap);
  va_end(ap);
  return false;
}

bool wd_error_set(wd_error *err, wd_errcode code, const char *detail_fmt, ...) {
  va_list ap;
  va_start(ap, detail_fmt);
  vfail(err, code, WD_NO_OFFSET, detail_fmt, ap);
  va_end(ap);
  return false;
}
