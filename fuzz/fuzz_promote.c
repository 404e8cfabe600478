/* fuzz_promote.c — libFuzzer target: decoding, validation and promotion agree across layouts and modes.
 *
 * The input is a module. It is loaded (decode + module-level validation) once per layout; the verdicts
 * must agree. If it loads, every defined function is promoted in every layout under every mode, the way
 * each mode does it:
 *   eager             validate the body, then translate it (function by function, in order)
 *   lazy-translation  validate every body first; then translate those that validated
 *   lazy              wd_promote with m->mode = lazy (validates on demand), in reverse order, twice
 * For each function, the verdict (accepted, or the error code and offset) must be the same in all nine
 * runs, and the translated code (code bytes, length and frame slots, read back through the layout's
 * get_code) byte-identical. The public loaders must agree too: wd_module_new in eager mode succeeds
 * exactly when every function promotes, and in lazy-translation mode exactly when every body validates.
 * Every promoted function's code must also be walkable by the disassembler. Any disagreement aborts, so
 * libFuzzer keeps the input.
 *
 * May touch: the public API, module.h / runtime.h internals (records, layouts, wd_validate_function,
 * wd_translate_function, wd_promote), fuzz/common.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "runtime.h"

static FILE *devnull(void) {
  static FILE *f;
  if (!f && !(f = fopen("/dev/null", "w"))) fz_die("cannot open /dev/null");
  return f;
}

typedef struct verdict {
  bool ok;
  wd_errcode code;
  uint32_t offset;
} verdict;

static verdict verdict_of(bool ok, const wd_error *err) {
  verdict v = {ok, ok ? WD_E_OK : err->code, ok ? 0 : err->offset};
  return v;
}

/* Resource errors may legitimately differ between layouts (their records take different room). */
static bool is_resource(wd_errcode c) { return c == WD_E_LIMIT_ARENA || c == WD_E_OUT_OF_MEMORY; }

static bool same_verdict(verdict a, verdict b) {
  if (a.ok != b.ok) return (!a.ok && is_resource(a.code)) || (!b.ok && is_resource(b.code));
  if (a.ok) return true;
  if (is_resource(a.code) || is_resource(b.code)) return true;
  return a.code == b.code && a.offset == b.offset;
}

static void verdict_str(verdict v, char *buf, size_t cap) {
  if (v.ok) snprintf(buf, cap, "accepted");
  else snprintf(buf, cap, "rejected %s at 0x%x", wd_errcode_name(v.code), (unsigned)v.offset);
}

/* What the first run that promoted a function produced; every other run must match it. */
typedef struct reference {
  bool set;
  verdict v;
  const char *who_layout;
  wd_mode who_mode;
  uint8_t *code;
  uint32_t code_len, frame_slots;
} reference;

static void check_function(reference *ref, wd_module *m, uint32_t d, verdict v, const char *layout,
                           wd_mode mode) {
  wd_compiled c = {0};
  bool have_code = v.ok && m->layout->get_code(wd_module_record(m, d), &c);
  if (v.ok && !have_code)
    fz_die("function %u: promoted in %s/%s but the record holds no code", d, layout, fz_mode_name(mode));
  if (!v.ok && m->layout->is_compiled(wd_module_record(m, d)))
    fz_die("function %u: rejected in %s/%s but the record is compiled", d, layout, fz_mode_name(mode));
  if (have_code && (c.code_len == 0 || !c.code))
    fz_die("function %u: empty code in %s/%s", d, layout, fz_mode_name(mode));
  if (!ref->set) {
    ref->set = true;
    ref->v = v;
    ref->who_layout = layout;
    ref->who_mode = mode;
    if (have_code) {
      ref->code = malloc(c.code_len);
      if (!ref->code) fz_die("out of memory");
      memcpy(ref->code, c.code, c.code_len);
      ref->code_len = c.code_len;
      ref->frame_slots = c.frame_slots;
    }
    return;
  }
  if (!same_verdict(ref->v, v)) {
    char a[96], b[96];
    verdict_str(ref->v, a, sizeof a);
    verdict_str(v, b, sizeof b);
    fz_die("function %u: %s in %s/%s, %s in %s/%s", d, a, ref->who_layout, fz_mode_name(ref->who_mode), b, layout,
           fz_mode_name(mode));
  }
  if (!have_code) return;
  if (!ref->code) {
    /* The reference was a resource failure: this run's code becomes the reference. */
    ref->code = malloc(c.code_len);
    if (!ref->code) fz_die("out of memory");
    memcpy(ref->code, c.code, c.code_len);
    ref->code_len = c.code_len;
    ref->frame_slots = c.frame_slots;
    ref->v = v;
    ref->who_layout = layout;
    ref->who_mode = mode;
    return;
  }
  if (c.code_len != ref->code_len || c.frame_slots != ref->frame_slots)
    fz_die("function %u: code %u bytes / %u frame slots in %s/%s, %u / %u in %s/%s", d, ref->code_len,
           ref->frame_slots, ref->who_layout, fz_mode_name(ref->who_mode), c.code_len, c.frame_slots, layout,
           fz_mode_name(mode));
  if (memcmp(c.code, ref->code, c.code_len) != 0) {
    uint32_t i = 0;
    while (c.code[i] == ref->code[i]) i++;
    fz_die("function %u: code differs at byte %u between %s/%s and %s/%s", d, i, ref->who_layout,
           fz_mode_name(ref->who_mode), layout, fz_mode_name(mode));
  }
}

/* Loads the input with a lazy engine (decode + module-level validation only). */
static wd_module *load(wd_engine *e, const uint8_t *data, size_t size, verdict *v) {
  wd_error err;
  wd_module *m = wd_module_new(e, data, size, &err);
  *v = verdict_of(m != NULL, &err);
  if (!m && wd_errcode_class(err.code) != WD_CLASS_MALFORMED && wd_errcode_class(err.code) != WD_CLASS_INVALID &&
      !is_resource(err.code))
    fz_die("wd_module_new failed with %s (%s): not a decoding or validation error", wd_errcode_name(err.code),
           err.message);
  return m;
}

/* Promotes every function of m (freshly loaded, nothing promoted) the way `mode` does it. In
 * lazy-translation mode, *all_valid says whether every body validated. */
static void promote_all(wd_module *m, wd_mode mode, verdict *out, bool *all_valid) {
  uint32_t nd = wd_module_ndefined(m);
  wd_error err;
  switch (mode) {
  case WD_MODE_EAGER:
    m->mode = WD_MODE_EAGER;
    for (uint32_t d = 0; d < nd; d++) {
      bool ok = wd_validate_function(m, d, &err) && wd_promote(m, d, &err);
      out[d] = verdict_of(ok, &err);
    }
    break;
  case WD_MODE_LAZY_TRANSLATION:
    m->mode = WD_MODE_LAZY_TRANSLATION;
    for (uint32_t d = 0; d < nd; d++) {
      out[d] = verdict_of(wd_validate_function(m, d, &err), &err);
      if (!out[d].ok && !is_resource(out[d].code)) *all_valid = false;
    }
    for (uint32_t d = 0; d < nd; d++)
      if (out[d].ok) out[d] = verdict_of(wd_promote(m, d, &err), &err);
    break;
  case WD_MODE_LAZY:
    m->mode = WD_MODE_LAZY;
    for (uint32_t d = nd; d-- > 0;) out[d] = verdict_of(wd_promote(m, d, &err), &err);
    /* Promotion is idempotent, and a failed one leaves the module usable: ask again. */
    for (uint32_t d = 0; d < nd; d++) {
      verdict again = verdict_of(wd_promote(m, d, &err), &err);
      if (again.ok != out[d].ok || (!again.ok && !same_verdict(again, out[d])))
        fz_die("function %u: wd_promote gave %s then %s", d, out[d].ok ? "ok" : wd_errcode_name(out[d].code),
               again.ok ? "ok" : wd_errcode_name(again.code));
    }
    break;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* 1. Load in every layout: the verdicts agree. */
  verdict lv[FZ_NLAYOUTS];
  wd_engine *lazy_e[FZ_NLAYOUTS];
  wd_module *first[FZ_NLAYOUTS];
  for (int l = 0; l < FZ_NLAYOUTS; l++) {
    lazy_e[l] = fz_engine(fz_layout_names[l], WD_MODE_LAZY);
    first[l] = load(lazy_e[l], data, size, &lv[l]);
    if (l && !same_verdict(lv[0], lv[l])) {
      char a[96], b[96];
      verdict_str(lv[0], a, sizeof a);
      verdict_str(lv[l], b, sizeof b);
      fz_die("load: %s in layout %s, %s in layout %s", a, fz_layout_names[0], b, fz_layout_names[l]);
    }
  }
  bool loaded = false;
  for (int l = 0; l < FZ_NLAYOUTS; l++) loaded |= first[l] != NULL;

  uint32_t nd = 0;
  for (int l = 0; l < FZ_NLAYOUTS; l++)
    if (first[l]) nd = wd_module_ndefined(first[l]);
  reference *refs = NULL;
  verdict *v = NULL;
  if (loaded && nd) {
    refs = calloc(nd, sizeof *refs);
    v = calloc(nd, sizeof *v);
    if (!refs || !v) fz_die("out of memory");
  }

  /* 2. Promote everything in every layout x mode. */
  bool all_valid = true, all_promoted = true;
  for (int l = 0; loaded && l < FZ_NLAYOUTS; l++) {
    for (int mi = 0; mi < FZ_NMODES; mi++) {
      wd_mode mode = fz_modes[mi];
      wd_module *m = first[l];
      verdict mv;
      if (mi > 0 || !m) {   /* every run starts from a fresh module: promotion changes records */
        m = load(lazy_e[l], data, size, &mv);
        if (!m) continue;   /* a resource failure, tolerated above */
      }
      if (wd_module_ndefined(m) != nd) fz_die("layouts disagree on the number of functions");
      promote_all(m, mode, v, &all_valid);
      for (uint32_t d = 0; d < nd; d++) {
        check_function(&refs[d], m, d, v[d], fz_layout_names[l], mode);
        if (!v[d].ok) all_promoted = false;
        /* The disassembler walks every instruction of the code: once per function is enough. */
        if (v[d].ok && l == 0 && mi == 0 && !wd_disasm_function(m, d, devnull()))
          fz_die("function %u: the disassembler cannot walk its code", d);
      }
      wd_module_stats st;
      wd_module_stats_get(m, &st);
      uint32_t promoted = 0;
      for (uint32_t d = 0; d < nd; d++) promoted += v[d].ok;
      if (st.functions != nd || st.promoted != promoted)
        fz_die("stats: %u functions, %u promoted; expected %u, %u", st.functions, st.promoted, nd, promoted);
      if (m == first[l]) first[l] = NULL;
      wd_module_free(m);
    }
  }

  /* 3. The public loaders agree with the per-function verdicts (default layout). */
  if (loaded) {
    wd_engine *ee = fz_engine(NULL, WD_MODE_EAGER), *le = fz_engine(NULL, WD_MODE_LAZY_TRANSLATION);
    wd_error err;
    wd_module *em = wd_module_new(ee, data, size, &err);
    bool eager_resource = !em && is_resource(err.code);
    if (!eager_resource && (em != NULL) != all_promoted)
      fz_die("wd_module_new(eager) %s, but per-function promotion %s", em ? "succeeded" : err.message,
             all_promoted ? "succeeded" : "failed");
    if (!em && !eager_resource) {
      uint32_t d = 0;
      while (d < nd && refs[d].v.ok) d++;
      if (d < nd && !is_resource(refs[d].v.code) && refs[d].v.code != err.code)
        fz_die("wd_module_new(eager) failed with %s, but function %u's promotion with %s", wd_errcode_name(err.code),
               d, wd_errcode_name(refs[d].v.code));
    }
    if (em && !wd_module_promote_all(em, &err)) fz_die("promote_all after an eager load: %s", err.message);
    wd_module_free(em);
    wd_module *lm = wd_module_new(le, data, size, &err);
    bool lazy_resource = !lm && is_resource(err.code);
    if (!lazy_resource && (lm != NULL) != all_valid) {
      /* Only validation counts here: a translation-only failure still loads in lazy-translation mode. */
      fz_die("wd_module_new(lazy-translation) %s, but per-function validation %s", lm ? "succeeded" : err.message,
             all_valid ? "succeeded" : "failed");
    }
    wd_module_free(lm);
    wd_engine_free(ee);
    wd_engine_free(le);
  }

  for (uint32_t d = 0; refs && d < nd; d++) free(refs[d].code);
  free(refs);
  free(v);
  for (int l = 0; l < FZ_NLAYOUTS; l++) {
    wd_module_free(first[l]);
    wd_engine_free(lazy_e[l]);
  }
  return 0;
}
