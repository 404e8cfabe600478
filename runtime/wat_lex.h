/* wat_lex.h — the lexer of the WebAssembly text format, shared by the module reader (wat.c) and the
 * .wast script runner (tests/tools/wd-spectest.c).
 *
 * wat_lex turns text into an array of tokens (parentheses, atoms, strings, identifiers, annotation
 * openers); comments and white space are dropped. The literal readers turn one token into an integer,
 * a float's bits or a string's bytes, with the spec's rules (underscores, hex, nan:0x payloads, escapes,
 * rounding to nearest even). Knows only warden.h and arena.h (for the allocator); no other stage.
 */
#ifndef WD_WAT_LEX_H
#define WD_WAT_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../include/warden.h"

typedef enum wat_tok_kind {
  WT_EOF,        /* after the last token */
  WT_LPAR,       /* ( */
  WT_RPAR,       /* ) */
  WT_ANNOT,      /* "(@name": an annotation opener; text+1 .. len is "@name" */
  WT_ATOM,       /* keyword, number or reserved word: a run of idchars not starting with $ */
  WT_ID,         /* $name or $"name" */
  WT_STRING      /* "..." with the quotes */
} wat_tok_kind;

typedef struct wat_tok {
  uint32_t kind;                 /* wat_tok_kind */
  uint32_t off;                  /* byte offset of the token in the text */
  uint32_t len;                  /* bytes of the token */
} wat_tok;

typedef struct wat_toks {
  wat_tok *v;                    /* n tokens, then one WT_EOF token */
  size_t n, cap;
} wat_toks;

/* Lexes `text`. False with err (code WD_E_TEXT_*, offset = byte offset in text, message "LINE:COL: ...")
 * on a lexical error (unterminated string or comment, a character outside the format) or when memory
 * runs out. Texts of 4 GiB or more are refused. toks must be zeroed; free it with wat_toks_free. */
bool wat_lex(const char *text, size_t len, const wd_allocator *al, wat_toks *toks, wd_error *err);
void wat_toks_free(wat_toks *toks, const wd_allocator *al);

/* Fills err with code, the offset and "LINE:COL: <code's message>[: detail]" (line and column count
 * from 1; the column in bytes). Returns false. */
bool wat_error(wd_error *err, const char *text, size_t len, uint32_t off, wd_errcode code,
               const char *detail_fmt, ...) __attribute__((format(printf, 6, 7)));

/* Integers: optional sign, decimal or 0x hex digits, single underscores between digits.
 * wat_int: the value must fit `bits` bits as an unsigned number or (with a sign, or also without one)
 * as a signed one; it is returned wrapped to `bits` bits. wat_uint: unsigned only, no sign allowed. */
bool wat_int(const char *s, size_t n, unsigned bits, uint64_t *out);
bool wat_uint(const char *s, size_t n, unsigned bits, uint64_t *out);
/* Floats: decimal or hex, inf, nan, nan:0xPAYLOAD; bits of the nearest f32 / f64. False when the token
 * is not a float, rounds to infinity, or has a payload out of range. Integer tokens are floats too. */
bool wat_f32(const char *s, size_t n, uint32_t *bits);
bool wat_f64(const char *s, size_t n, uint64_t *bits);
/* Is the token a number by the grammar (whatever its range)? Tells "constant out of range" from a word
 * that is no number at all. */
bool wat_num_syntax(const char *s, size_t n);
/* A string token (with its quotes) to bytes. out needs n bytes; *outlen gets the byte count. False on a
 * malformed escape. */
bool wat_string(const char *s, size_t n, uint8_t *out, size_t *outlen);
/* Is bytes[0..n) valid UTF-8 (no overlong forms, no surrogates, at most U+10FFFF)? */
bool wat_utf8_ok(const uint8_t *bytes, size_t n);

#endif /* WD_WAT_LEX_H */
