/* wat_lex.c — the text format's lexer and literal readers (see wat_lex.h).
 *
 * Tokens are found in one pass over the text; literals are checked only when a reader asks for them, so
 * that a malformed number is reported where it is used ("unknown operator", "constant out of range").
 * Floats are rounded by the C library's strtod/strtof (correct rounding, as glibc does) after the token
 * has been checked against the spec's grammar and rewritten without underscores; very long mantissas are
 * cut to their significant digits plus a sticky digit first, so no buffer grows with the input.
 * Knows warden.h, arena.h and module.h's wd_fail-style error layout; nothing of decode or later stages.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "wat_lex.h"

/* ---------------------------------------------------------------- errors */

bool wat_error(wd_error *err, const char *text, size_t len, uint32_t off, wd_errcode code,
               const char *detail_fmt, ...) {
  if (!err) return false;
  uint32_t line = 1, col = 1;
  for (size_t i = 0; i < off && i < len; i++) {
    if (text[i] == '\n') { line++; col = 1; }
    else col++;
  }
  err->code = code;
  err->offset = off;
  size_t cap = sizeof err->message;
  int n = snprintf(err->message, cap, "%u:%u: %s", line, col, wd_errcode_message(code));
  if (detail_fmt && n >= 0 && (size_t)n + 2 < cap) {
    size_t used = (size_t)n;
    memcpy(err->message + used, ": ", 3);
    used += 2;
    va_list ap;
    va_start(ap, detail_fmt);
    vsnprintf(err->message + used, cap - used, detail_fmt, ap);
    va_end(ap);
  }
  return false;
}

/* ---------------------------------------------------------------- lexer */

static bool is_idchar(unsigned char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c && strchr("!#$%&'*+-./:<=>?@\\^_`|~", c) != NULL;
}
static bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static bool push(wat_toks *t, const wd_allocator *al, uint32_t kind, size_t off, size_t len) {
  if (t->n + 1 >= t->cap) {
    size_t ncap = t->cap ? t->cap * 2 : 256, bytes;
    if (!wd_mul_ok(ncap, sizeof *t->v, &bytes)) return false;
    wat_tok *nv = wd_realloc(al, t->v, t->cap * sizeof *t->v, bytes);
    if (!nv) return false;
    t->v = nv;
    t->cap = ncap;
  }
  t->v[t->n++] = (wat_tok){kind, (uint32_t)off, (uint32_t)len};
  return true;
}

/* Scans a string starting at text[i] == '"'; returns the offset after the closing quote, or 0. */
static size_t scan_string(const char *text, size_t len, size_t i, size_t *bad) {
  for (i++; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '"') return i + 1;
    if (c < 0x20 || c == 0x7f) { *bad = i; return 0; }
    if (c == '\\') {
      if (i + 1 >= len) break;
      i++;
    }
  }
  *bad = len;
  return 0;
}

/* A quoted annotation id "..." (n bytes with the quotes): WD_E_OK, WD_E_TEXT_MALFORMED when it is empty,
 * WD_E_TEXT_UTF8 when it is not UTF-8, WD_E_OUT_OF_MEMORY. */
static wd_errcode quoted_name_check(const char *s, size_t n, const wd_allocator *al) {
  uint8_t *buf = wd_alloc(al, n);
  if (!buf) return WD_E_OUT_OF_MEMORY;
  size_t got = 0;
  wd_errcode code = !wat_string(s, n, buf, &got) ? WD_E_TEXT_MALFORMED : !got ? WD_E_TEXT_MALFORMED :
                    !wat_utf8_ok(buf, got) ? WD_E_TEXT_UTF8 : WD_E_OK;
  wd_free(al, buf, n);
  return code;
}

bool wat_lex(const char *text, size_t len, const wd_allocator *al, wat_toks *t, wd_error *err) {
  if (len >= UINT32_MAX) return wat_error(err, text, 0, 0, WD_E_TEXT_MALFORMED, "text of 4 GiB or more");
  size_t i = 0, annot = 0;           /* annot: open parentheses of the annotation being read */
  while (i < len) {
    unsigned char c = (unsigned char)text[i];
    if (is_space(c)) { i++; continue; }
    if (c == ';' && i + 1 < len && text[i + 1] == ';') {
      while (i < len && text[i] != '\n') i++;
      continue;
    }
    if (c == '(' && i + 1 < len && text[i + 1] == ';') {          /* block comment, nested */
      size_t start = i, depth = 1;
      i += 2;
      while (i < len && depth) {
        if (text[i] == '(' && i + 1 < len && text[i + 1] == ';') { depth++; i += 2; }
        else if (text[i] == ';' && i + 1 < len && text[i + 1] == ')') { depth--; i += 2; }
        else i++;
      }
      if (depth) return wat_error(err, text, len, (uint32_t)start, WD_E_TEXT_MALFORMED, "unclosed comment");
      continue;
    }
    if (annot && (c == ';' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
      /* reserved characters: tokens of their own inside annotations (Wasm 3.0), errors elsewhere */
      if (!push(t, al, WT_ATOM, i, 1)) return wat_error(err, text, len, (uint32_t)i, WD_E_OUT_OF_MEMORY, NULL);
      i++;
      continue;
    }
    if (c == ';') return wat_error(err, text, len, (uint32_t)i, WD_E_TEXT_MALFORMED, "unexpected ';'");
    size_t start = i;
    uint32_t kind;
    if (c == '(') {
      if (i + 1 < len && text[i + 1] == '@') {
        i += 2;
        if (i < len && text[i] == '"') {
          size_t bad = 0, e = scan_string(text, len, i, &bad);
          if (!e) return wat_error(err, text, len, (uint32_t)bad, WD_E_TEXT_MALFORMED, "malformed string");
          if (!annot) {                               /* (@"...") names must be non-empty UTF-8 */
            wd_errcode code = quoted_name_check(text + i, e - i, al);
            if (code == WD_E_TEXT_MALFORMED)
              return wat_error(err, text, len, (uint32_t)start, code, "empty annotation id");
            if (code != WD_E_OK) return wat_error(err, text, len, (uint32_t)start, code, NULL);
          }
          i = e;
        } else {
          while (i < len && is_idchar((unsigned char)text[i])) i++;
        }
        if (i == start + 2 && !annot)
          return wat_error(err, text, len, (uint32_t)start, WD_E_TEXT_MALFORMED, "empty annotation id");
        kind = WT_ANNOT;
      } else {
        i++;
        kind = WT_LPAR;
      }
    } else if (c == ')') {
      i++;
      kind = WT_RPAR;
    } else if (c == '"') {
      size_t bad = 0, e = scan_string(text, len, i, &bad);
      if (!e) return wat_error(err, text, len, (uint32_t)(bad >= len ? start : bad), WD_E_TEXT_MALFORMED,
                               bad >= len ? "unclosed string" : "control character in string");
      i = e;
      kind = WT_STRING;
    } else if (c == '$' && i + 1 < len && text[i + 1] == '"') {
      size_t bad = 0, e = scan_string(text, len, i + 1, &bad);
      if (!e) return wat_error(err, text, len, (uint32_t)bad, WD_E_TEXT_MALFORMED, "malformed string");
      i = e;
      kind = WT_ID;
    } else if (is_idchar(c)) {
      while (i < len && is_idchar((unsigned char)text[i])) i++;
      kind = c == '$' ? WT_ID : WT_ATOM;
      if (kind == WT_ID && i == start + 1)
        return wat_error(err, text, len, (uint32_t)start, WD_E_TEXT_MALFORMED, "empty identifier");
    } else {
      return wat_error(err, text, len, (uint32_t)i, WD_E_TEXT_MALFORMED, "unexpected character 0x%02x", c);
    }
    /* Tokens other than parentheses must be separated from what follows, except inside annotations,
     * where Wasm 3.0 reads x-y$yz"aa"-2 as four tokens. */
    if (kind == WT_ANNOT || (annot && kind == WT_LPAR)) annot++;
    else if (annot && kind == WT_RPAR) annot--;
    if (!annot && kind != WT_LPAR && kind != WT_RPAR && kind != WT_ANNOT && i < len) {
      unsigned char d = (unsigned char)text[i];
      if (d == '"' || is_idchar(d))
        return wat_error(err, text, len, (uint32_t)i, WD_E_TEXT_MALFORMED, "tokens must be separated");
    }
    if (!push(t, al, kind, start, i - start))
      return wat_error(err, text, len, (uint32_t)start, WD_E_OUT_OF_MEMORY, NULL);
  }
  if (!push(t, al, WT_EOF, len, 0)) return wat_error(err, text, len, (uint32_t)len, WD_E_OUT_OF_MEMORY, NULL);
  t->n--;                        /* the EOF token stays after the last one */
  return true;
}

void wat_toks_free(wat_toks *t, const wd_allocator *al) {
  wd_free(al, t->v, t->cap * sizeof *t->v);
  memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------- integers */

static int digit_val(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (hex && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Unsigned magnitude of s[0..n) (decimal or 0x hex, underscores between digits). *overflow is set when
 * it does not fit 64 bits. False if the syntax is wrong. */
static bool magnitude(const char *s, size_t n, uint64_t *out, bool *overflow) {
  bool hex = n > 2 && s[0] == '0' && s[1] == 'x';
  size_t i = hex ? 2 : 0;
  uint64_t v = 0;
  *overflow = false;
  if (i >= n) return false;
  bool prev_digit = false;
  for (; i < n; i++) {
    if (s[i] == '_') {
      if (!prev_digit || i + 1 >= n) return false;
      prev_digit = false;
      continue;
    }
    int d = digit_val(s[i], hex);
    if (d < 0) return false;
    unsigned base = hex ? 16 : 10;
    if (v > (UINT64_MAX - (uint64_t)d) / base) *overflow = true;
    v = v * base + (uint64_t)d;
    prev_digit = true;
  }
  *out = v;
  return prev_digit;
}

bool wat_uint(const char *s, size_t n, unsigned bits, uint64_t *out) {
  uint64_t v;
  bool of;
  if (!n || s[0] == '+' || s[0] == '-' || !magnitude(s, n, &v, &of) || of) return false;
  if (bits < 64 && v >> bits) return false;
  *out = v;
  return true;
}

bool wat_int(const char *s, size_t n, unsigned bits, uint64_t *out) {
  if (!n) return false;
  int sign = 0;
  if (s[0] == '+') sign = 1;
  else if (s[0] == '-') sign = -1;
  uint64_t v;
  bool of;
  if (!magnitude(s + (sign != 0), n - (sign != 0), &v, &of) || of) return false;
  uint64_t half = 1ull << (bits - 1);                   /* 2^(bits-1) */
  uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
  if (sign == 0) { if (v > mask) return false; }
  else if (sign > 0) { if (v > half - 1) return false; }
  else if (v > half) return false;
  *out = (sign < 0 ? (uint64_t)0 - v : v) & mask;
  return true;
}

/* ---------------------------------------------------------------- floats */

/* Keeps this many significant mantissa digits; beyond, only whether any further digit is non-zero
 * matters (767 decimal digits decide any double's rounding; 30 hex digits far more than 53 bits). */
#define KEEP_DEC 800
#define KEEP_HEX 32

/* Checks the float grammar and writes a normalized form for strtod ("-0x0.DIGITSp+E" / "-0.DIGITSe+E")
 * into buf. False if the token is not a (finite-syntax) float. */
static bool normalize_float(const char *s, size_t n, char *buf, size_t cap) {
  size_t i = 0, o = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) { if (s[i] == '-') buf[o++] = '-'; i++; }
  bool hex = i + 1 < n && s[i] == '0' && s[i + 1] == 'x';
  if (hex) i += 2;
  int keep = hex ? KEEP_HEX : KEEP_DEC, kept = 0;
  bool sticky = false, seen_nonzero = false, any_digit = false;
  long long exp_adj = 0;                      /* value = 0.KEPT x base^exp_adj x base^exp */
  char digits[KEEP_DEC + 2];
  /* integer part, then fraction */
  for (int part = 0; part < 2; part++) {
    bool prev_digit = false, here = false;
    if (part == 1) {
      if (i >= n || s[i] != '.') break;
      i++;
    }
    for (; i < n; i++) {
      if (s[i] == '_') {
        if (!prev_digit || i + 1 >= n || digit_val(s[i + 1], hex) < 0) return false;
        prev_digit = false;
        continue;
      }
      int d = digit_val(s[i], hex);
      if (d < 0) break;
      prev_digit = here = any_digit = true;
      if (!seen_nonzero && d == 0) {
        if (part == 1) exp_adj--;             /* 0.00x: shift */
        continue;
      }
      seen_nonzero = true;
      if (kept < keep) digits[kept++] = s[i];
      else if (d) sticky = true;
      if (part == 0) exp_adj++;
    }
    if (part == 0 && !here) return false;     /* a digit is needed before '.' */
  }
  if (!any_digit) return false;
  long long e = 0;
  if (i < n && (hex ? (s[i] == 'p' || s[i] == 'P') : (s[i] == 'e' || s[i] == 'E'))) {
    i++;
    int esign = 1;
    if (i < n && (s[i] == '+' || s[i] == '-')) { if (s[i] == '-') esign = -1; i++; }
    bool prev_digit = false, here = false;
    for (; i < n; i++) {
      if (s[i] == '_') {
        if (!prev_digit || i + 1 >= n) return false;
        prev_digit = false;
        continue;
      }
      if (s[i] < '0' || s[i] > '9') return false;
      if (e < 1000000000LL) e = e * 10 + (s[i] - '0');
      prev_digit = here = true;
    }
    if (!here) return false;
    e *= esign;
  }
  if (i != n) return false;
  if (!seen_nonzero) { kept = 0; digits[kept++] = '0'; exp_adj = 0; e = 0; }
  if (sticky) digits[kept++] = '1';
  digits[kept] = 0;
  long long total = hex ? e + 4 * exp_adj : e + exp_adj;
  snprintf(buf + o, cap - o, hex ? "0x0.%sp%lld" : "0.%se%lld", digits, total);
  return true;
}

/* Common part of wat_f32/wat_f64: inf, nan and nan:0x forms. Returns 1 when handled (bits set), 0 when
 * the token is a number to round, -1 when malformed. */
static int special_float(const char *s, size_t n, unsigned mant_bits, unsigned exp_bits, uint64_t *bits) {
  size_t i = 0;
  uint64_t sign = 0;
  if (n && (s[0] == '+' || s[0] == '-')) { sign = s[0] == '-'; i = 1; }
  const char *r = s + i;
  size_t rn = n - i;
  uint64_t exp_all = ((1ull << exp_bits) - 1) << mant_bits;
  uint64_t sbit = sign << (mant_bits + exp_bits);
  if (rn == 3 && !memcmp(r, "inf", 3)) { *bits = sbit | exp_all; return 1; }
  if (rn == 3 && !memcmp(r, "nan", 3)) { *bits = sbit | exp_all | (1ull << (mant_bits - 1)); return 1; }
  if (rn > 4 && !memcmp(r, "nan:", 4)) {
    uint64_t p;
    if (rn < 7 || r[4] != '0' || r[5] != 'x' || !wat_uint(r + 4, rn - 4, 64, &p)) return -1;
    if (p == 0 || p >> mant_bits) return -1;
    *bits = sbit | exp_all | p;
    return 1;
  }
  return 0;
}

bool wat_f32(const char *s, size_t n, uint32_t *bits) {
  uint64_t b;
  int sp = special_float(s, n, 23, 8, &b);
  if (sp) { if (sp > 0) *bits = (uint32_t)b; return sp > 0; }
  char buf[KEEP_DEC + 64];
  if (!normalize_float(s, n, buf, sizeof buf)) return false;
  float f = strtof(buf, NULL);
  if (isinf(f)) return false;
  memcpy(bits, &f, 4);
  return true;
}

bool wat_f64(const char *s, size_t n, uint64_t *bits) {
  uint64_t b;
  int sp = special_float(s, n, 52, 11, &b);
  if (sp) { if (sp > 0) *bits = b; return sp > 0; }
  char buf[KEEP_DEC + 64];
  if (!normalize_float(s, n, buf, sizeof buf)) return false;
  double d = strtod(buf, NULL);
  if (isinf(d)) return false;
  memcpy(bits, &d, 8);
  return true;
}

bool wat_num_syntax(const char *s, size_t n) {
  uint64_t v;
  bool of;
  size_t i = n && (s[0] == '+' || s[0] == '-');
  if (magnitude(s + i, n - i, &v, &of)) return true;
  if (n - i == 3 && (!memcmp(s + i, "inf", 3) || !memcmp(s + i, "nan", 3))) return true;
  if (n - i > 6 && !memcmp(s + i, "nan:0x", 6)) return magnitude(s + i + 4, n - i - 4, &v, &of);
  char buf[KEEP_DEC + 64];
  return normalize_float(s, n, buf, sizeof buf);
}

/* ---------------------------------------------------------------- strings */

static size_t put_utf8(uint8_t *o, uint32_t cp) {
  if (cp < 0x80) { o[0] = (uint8_t)cp; return 1; }
  if (cp < 0x800) { o[0] = (uint8_t)(0xC0 | (cp >> 6)); o[1] = (uint8_t)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    o[0] = (uint8_t)(0xE0 | (cp >> 12)); o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (uint8_t)(0xF0 | (cp >> 18)); o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (uint8_t)(0x80 | (cp & 0x3F));
  return 4;
}

bool wat_string(const char *s, size_t n, uint8_t *out, size_t *outlen) {
  size_t o = 0;
  if (n < 2 || s[0] != '"' || s[n - 1] != '"') return false;
  for (size_t i = 1; i + 1 < n; i++) {
    char c = s[i];
    if (c != '\\') { out[o++] = (uint8_t)c; continue; }
    if (++i + 1 >= n) return false;
    c = s[i];
    switch (c) {
    case 't': out[o++] = '\t'; break;
    case 'n': out[o++] = '\n'; break;
    case 'r': out[o++] = '\r'; break;
    case '"': out[o++] = '"'; break;
    case '\'': out[o++] = '\''; break;
    case '\\': out[o++] = '\\'; break;
    case 'u': {
      if (i + 1 >= n - 1 || s[i + 1] != '{') return false;
      i += 2;
      uint32_t cp = 0;
      bool any = false, prev = false;
      for (; i < n - 1 && s[i] != '}'; i++) {
        if (s[i] == '_') { if (!prev) return false; prev = false; continue; }
        int d = digit_val(s[i], true);
        if (d < 0) return false;
        cp = cp * 16 + (uint32_t)d;
        if (cp > 0x10FFFF) return false;
        any = prev = true;
      }
      if (i >= n - 1 || !any || !prev) return false;
      if (cp >= 0xD800 && cp < 0xE000) return false;
      o += put_utf8(out + o, cp);       /* at most 4 bytes for the >= 5 characters read */
      break;
    }
    default: {
      int h = digit_val(c, true), l = i + 1 < n - 1 ? digit_val(s[i + 1], true) : -1;
      if (h < 0 || l < 0) return false;
      out[o++] = (uint8_t)(h * 16 + l);
      i++;
    }
    }
  }
  *outlen = o;
  return true;
}

bool wat_utf8_ok(const uint8_t *b, size_t n) {
  for (size_t i = 0; i < n;) {
    uint8_t c = b[i];
    if (c < 0x80) { i++; continue; }
    size_t k;
    uint32_t cp, min;
    if ((c & 0xE0) == 0xC0) { k = 1; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { k = 2; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { k = 3; cp = c & 0x07; min = 0x10000; }
    else return false;
    for (size_t j = 1; j <= k; j++) {
      if (i + j >= n || (b[i + j] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b[i + j] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return false;
    i += k + 1;
  }
  return true;
}
