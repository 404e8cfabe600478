/* fuzz_parse.c — libFuzzer target over the binary decoder and module-level validation: wd_decode in every
 * layout, wd_validate_module, wd_scan_body on every body, wd_module_release.
 *
 * The input is a module. It is decoded with every feature in each layout (borrowing the input in one of
 * them); the verdicts (accepted, or error code and offset) must agree, and so must the verdict of
 * module-level validation (a rejection must be a validation error), of every body scan and the stored
 * bodies. A decoded module must be self-consistent (index spaces, section table
 * inside the input, bodies where wd_body_offset says they are); a rejection must be a decoding error with
 * an offset inside the input. It is also decoded once with no feature, where the verdict may differ. Any
 * violation aborts, so that libFuzzer keeps the input.
 *
 * May touch: runtime/module.h internals (the decoder, records through the layout), wd_validate_module
 * (runtime.h). Nothing global.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

#define ARENA_LIMIT (64u << 20)

static void die(const char *what, const wd_error *e) {
  fprintf(stderr, "fuzz_parse: %s%s%s\n", what, e ? ": " : "", e ? e->message : "");
  abort();
}

typedef struct verdict {
  bool ok;
  wd_errcode code;
  uint32_t offset;
} verdict;

static bool same(verdict a, verdict b) {
  return a.ok == b.ok && (a.ok || (a.code == b.code && a.offset == b.offset));
}
static verdict of(bool ok, const wd_error *e) {
  verdict v = { ok, ok ? WD_E_OK : e->code, ok ? 0 : e->offset };
  return v;
}
static bool resource(wd_errcode c) { return c == WD_E_LIMIT_ARENA || c == WD_E_OUT_OF_MEMORY; }

/* What a rejection may look like: a decoding error from the decoder and the body scan, a validation (or
 * decoding) error from module-level validation; always with a message, and an offset inside the input. */
static void check_rejection(const wd_error *e, size_t len, const char *stage, bool validation) {
  wd_errclass cls = wd_errcode_class(e->code);
  if (cls != WD_CLASS_MALFORMED && !(validation && cls == WD_CLASS_INVALID) && !resource(e->code) &&
      e->code != WD_E_ALIGNMENT) {
    fprintf(stderr, "fuzz_parse: %s failed with %s\n", stage, wd_errcode_name(e->code));
    die("unexpected kind of error", e);
  }
  if (e->offset != WD_NO_OFFSET && e->offset > len) die("error offset past the input", e);
  if (!e->message[0]) die("error without a message", e);
}

static void check_module(const wd_module *m, const uint8_t *data, size_t len) {
  if (m->nfuncs < m->nfunc_imports || m->ntables < m->ntable_imports || m->nmems < m->nmem_imports ||
      m->nglobals < m->nglobal_imports || m->ntags < m->ntag_imports)
    die("index space smaller than its imports", NULL);
  uint64_t nimp = (uint64_t)m->nfunc_imports + m->ntable_imports + m->nmem_imports + m->nglobal_imports +
                  m->ntag_imports;
  if (nimp != m->nimports) die("imports do not add up", NULL);
  for (uint32_t i = 0; i < m->nsections; i++) {
    const wd_section_info *s = &m->sections[i];
    if ((uint64_t)s->offset + s->size > len || s->id > 13 || !s->name) die("bad section record", NULL);   /* 13: tags */
  }
  for (uint32_t i = 0; i < m->ndatas; i++)
    if (m->datas[i].len && !m->datas[i].bytes) die("data segment without bytes", NULL);
  for (uint32_t i = 0; i < m->nelems; i++)
    if (m->elems[i].count && !m->elems[i].funcs == !m->elems[i].exprs) die("element segment contents", NULL);
  for (uint32_t i = 0; i < wd_module_ndefined(m); i++) {
    wd_slice b;
    if (!m->layout->get_body(wd_module_record(m, i), &b)) die("record without its body", NULL);
    if (!b.len || b.ptr[b.len - 1] != 0x0B) die("stored body does not end with end", NULL);
    if (m->body_offsets_derivable && i < 64) {   /* each call walks the records before it */
      uint32_t at = wd_body_offset(m, i);
      if (at == WD_NO_OFFSET || (uint64_t)at + b.len > len || memcmp(data + at, b.ptr, b.len))
        die("wd_body_offset does not locate the body", NULL);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const wd_layout *const *all = wd_layout_all();
  wd_module *first = NULL;
  verdict vfirst = { false, WD_E_OK, 0 }, valfirst = { false, WD_E_OK, 0 };
  verdict *scans = NULL;
  uint32_t nscans = 0;

  for (size_t li = 0; all[li]; li++) {
    wd_decode_opts o = { .layout = all[li], .features = WD_FEATURES_ALL, .arena_limit = ARENA_LIMIT,
                         .borrow = li == 1 };
    wd_error e;
    wd_module *m = wd_decode(data, size, &o, &e);
    verdict v = of(m != NULL, &e);
    if (!m) check_rejection(&e, size, "decode", false);
    if (li == 0) {
      vfirst = v;
    } else if (!same(v, vfirst) && !(resource(v.code) || resource(vfirst.code))) {
      fprintf(stderr, "layout %s: %s; layout %s: %s %s (0x%x)\n", all[0]->name,
              vfirst.ok ? "decoded" : wd_errcode_name(vfirst.code), all[li]->name,
              v.ok ? "decoded" : wd_errcode_name(v.code), v.ok ? "" : e.message, v.offset);
      die("layouts disagree on decoding", NULL);
    }
    if (!m) continue;
    check_module(m, data, size);
    bool valid = wd_validate_module(m, &e);
    if (!valid) check_rejection(&e, size, "module validation", true);
    verdict vv = of(valid, &e);
    if (li == 0) {
      valfirst = vv;
    } else if (!same(vv, valfirst) && !(resource(vv.code) || resource(valfirst.code))) {
      fprintf(stderr, "layout %s: %s; layout %s: %s (0x%x)\n", all[0]->name,
              valfirst.ok ? "valid" : wd_errcode_name(valfirst.code), all[li]->name,
              vv.ok ? "valid" : wd_errcode_name(vv.code), vv.offset);
      die("layouts disagree on module validation", valid ? NULL : &e);
    }
    uint32_t n = wd_module_ndefined(m);
    if (li == 0) {
      nscans = n;
      scans = calloc(n ? n : 1, sizeof *scans);
      if (!scans) die("out of memory", NULL);
    }
    for (uint32_t i = 0; i < n && first; i++) {          /* same bodies as the first layout */
      wd_slice a, b;
      first->layout->get_body(wd_module_record(first, i), &a);
      m->layout->get_body(wd_module_record(m, i), &b);
      if (a.len != b.len || memcmp(a.ptr, b.ptr, a.len)) die("layouts store different bodies", NULL);
    }
    for (uint32_t i = 0; i < n && i < nscans; i++) {
      bool ok = wd_scan_body(m, i, &e);
      if (!ok) check_rejection(&e, size, "body scan", false);
      verdict sv = of(ok, &e);
      if (li == 0) scans[i] = sv;
      else if (!same(sv, scans[i]) && !(resource(sv.code) || resource(scans[i].code)))
        die("layouts disagree on a body scan", ok ? NULL : &e);
    }
    if (li == 0) first = m;
    else wd_module_release(m);
  }
  wd_module_release(first);
  free(scans);

  /* No feature: gates and memory-index encodings differ; only the shape of the outcome is checked. */
  wd_decode_opts o = { .features = 0, .arena_limit = ARENA_LIMIT };
  wd_error e;
  wd_module *m = wd_decode(data, size, &o, &e);
  if (m) {
    check_module(m, data, size);
    for (uint32_t i = 0; i < wd_module_ndefined(m); i++)
      if (!wd_scan_body(m, i, &e)) check_rejection(&e, size, "body scan", false);
    wd_module_release(m);
  } else {
    check_rejection(&e, size, "decode", false);
  }
  return 0;
}
