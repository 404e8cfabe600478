/* promote.c — promotion, and the modes that decide when it happens.
 *
 * A function record starts as its raw body and is promoted once: validated (if the mode has not done so
 * at load), translated into internal code (translate.c) whose dispatch fields are the interpreter's
 * handlers, registered in the module's address index (codeindex.c, for unwinding) and recorded through
 * the layout (layout->set_code). The modes (include/warden.h wd_mode):
 *   eager             at load: validate every body, then promote each;      first call: nothing left
 *   lazy-translation  at load: validate every body;                          first call: translate
 *   lazy              at load: nothing (bodies are only stored);             first call: validate + translate
 * The dispatch (code.h wd_code_dispatch_fns) is the interpreter's: exec.c, a later stage, hands it over
 * once before main (wd_promote_use_dispatch, from a constructor), so that nothing here calls up into it.
 * A big module's eager translations run on the load threads (wd_load_thread_count), each worker into its
 * own arena, and are recorded in order on the calling thread (promote_parallel).
 * After a first call's translation, and after the load's validation, the scratch they freed goes back to
 * the system (alloc.h wd_alloc_trim), so that it does not add to the process's peak.
 * May touch: runtime.h (validate, translate, the engine's configuration), code.h, module.h (layout,
 * address index, the module arena), alloc.h (wd_alloc_trim).
 */
#include <stdio.h>
#include <string.h>
#include "runtime.h"
#include "code.h"

/* ---------------------------------------------------------------- the modes by name (warden.h) */

static const char *const mode_names[] = {
  [WD_MODE_EAGER] = "eager", [WD_MODE_LAZY_TRANSLATION] = "lazy-translation", [WD_MODE_LAZY] = "lazy", NULL
};
enum { NMODES = sizeof mode_names / sizeof mode_names[0] - 1 };

const char *const *wd_mode_names(void) { return mode_names; }

const char *wd_mode_name(wd_mode mode) { return (unsigned)mode < NMODES ? mode_names[mode] : NULL; }

bool wd_mode_lookup(const char *name, wd_mode *mode) {
  for (unsigned i = 0; name && i < NMODES; i++)
    if (!strcmp(name, mode_names[i])) { *mode = (wd_mode)i; return true; }
  return false;
}

/* ---------------------------------------------------------------- promotion */

static const wd_code_dispatch_fns *dispatch;

void wd_promote_use_dispatch(const wd_code_dispatch_fns *disp) { dispatch = disp; }

/* Records a translation: the address index (for unwinding), the body offsets of its group, the layout. */
static bool record(wd_module *m, uint32_t defidx, const wd_translation *t, wd_error *err) {
  if (!t->code.code) return true;             /* compiled already */
  if ((m->features & WD_FEATURE_EXCEPTIONS) && !wd_eh_register(m, (const uint32_t *)t->code.code, t->nwords, t->eh))
    return wd_fail(err, WD_E_OUT_OF_MEMORY, t->offset, "%s", "code index");
  wd_body_offsets_freeze(m, defidx);          /* error offsets stay the same once this body is gone */
  if (!m->layout->set_code(wd_module_record(m, defidx), &m->arena, &t->code)) {
    if (wd_arena_over_limit(&m->arena, 64))
      return wd_fail(err, WD_E_LIMIT_ARENA, t->offset, "%s", "recording translated code");
    return wd_fail(err, WD_E_OUT_OF_MEMORY, t->offset, "%s", "recording translated code");
  }
  return true;
}

/* wd_promote without giving the translation's freed scratch back (wd_promote_all does that once). */
static bool promote_one(wd_module *m, uint32_t defidx, wd_error *err) {
  void *rec = wd_module_record(m, defidx);
  if (m->layout->is_compiled(rec)) return true;
  if (m->mode == WD_MODE_LAZY && !wd_validate_function(m, defidx, err)) return false;
  if (!dispatch)   /* only when the interpreter (exec.c) is not linked in */
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no interpreter to promote function %u for", defidx);
  wd_translation t;
  return wd_translate_function(m, defidx, dispatch, NULL, &t, err) && record(m, defidx, &t, err);
}

/* A first call: the translation's scratch (freed by now) goes back to the system rather than sitting in
 * the allocator's pages (wd_alloc_trim: the default allocator's emptied pages; no-op otherwise). */
bool wd_promote(wd_module *m, uint32_t defidx, wd_error *err) {
  if (!m || defidx >= wd_module_ndefined(m))
    return wd_fail(err, WD_E_INVALID_ARGUMENT, WD_NO_OFFSET, "no defined function %u", defidx);
  void *rec = wd_module_record(m, defidx);
  if (m->layout->is_compiled(rec)) return true;
  bool ok = promote_one(m, defidx, err);
  wd_alloc_trim(m->al);
  return ok;
}

#if WD_LOAD_THREADS
/* Eager promotion on several threads, in two phases. First every function is translated on the load
 * threads (wd_load_parallel, validation's chunked walk), each worker into its own arena: translation only reads the
 * module, and no record changes yet (a record's body offset is found by walking its neighbours' bodies).
 * Each worker's arena may take an equal share of what the module arena's limit leaves. Then, on the
 * calling thread and in order, the workers' arenas join the module's and each translation is recorded,
 * exactly as the sequential walk records them. If any translation failed (out of memory, a limit), the
 * workers' arenas are released and the sequential walk does everything again: errors are its own. */
typedef struct ptask {
  wd_module *m;
  wd_translation *res;
  wd_arena arenas[WD_LOAD_THREADS];
} ptask;

static bool translate_fn(void *ctx, uint32_t worker, uint32_t d) {
  ptask *p = ctx;
  wd_error e;
  return wd_translate_function(p->m, d, dispatch, &p->arenas[worker], &p->res[d], &e);
}

/* Returns the first function left to the sequential walk (nd when all are done, 0 when a translation
 * failed), or UINT32_MAX if recording failed (err set). */
static uint32_t promote_parallel(wd_module *m, uint32_t n, wd_error *err) {
  uint32_t nd = wd_module_ndefined(m);
  ptask *p = wd_alloc_zero(m->al, sizeof *p);
  wd_translation *res = p ? wd_alloc_array(m->al, nd, sizeof *res) : NULL;
  if (!res) {                    /* no memory for the bookkeeping: the sequential walk does it all */
    if (p) wd_free(m->al, p, sizeof *p);
    return 0;
  }
  p->m = m;
  p->res = res;
  size_t share = 0;              /* each worker's part of what the module arena's limit leaves */
  if (m->arena.limit) {
    share = m->arena.limit > m->arena.reserved ? (m->arena.limit - m->arena.reserved) / n : 0;
    if (!share) share = 1;       /* 0 would mean "no limit" */
  }
  for (uint32_t i = 0; i < n; i++) wd_arena_init(&p->arenas[i], m->al, share);
  uint32_t bad = wd_load_parallel(nd, n, translate_fn, p);
  uint32_t left = 0;
  if (bad != UINT32_MAX) {
    for (uint32_t i = 0; i < n; i++) wd_arena_release(&p->arenas[i]);
  } else {
    for (uint32_t i = 0; i < n; i++) wd_arena_adopt(&m->arena, &p->arenas[i]);
    for (left = 0; left < nd; left++)
      if (!record(m, left, &res[left], err)) break;
    if (left < nd) left = UINT32_MAX;
  }
  wd_free(m->al, res, (size_t)nd * sizeof *res);
  wd_free(m->al, p, sizeof *p);
  return left;
}
#endif

bool wd_promote_all(wd_module *m, wd_error *err) {
  uint32_t nd = wd_module_ndefined(m), d = 0;
  bool ok = true;
#if WD_LOAD_THREADS
  uint32_t n = !dispatch || m->mode == WD_MODE_LAZY
                   ? 1 : wd_load_thread_count(m, m->engine ? m->engine->cfg.load_threads : 1);
  if (n > 1) {
    d = promote_parallel(m, n, err);
    if (d == UINT32_MAX) ok = false;
  }
#endif
  for (; ok && d < nd; d++)
    ok = promote_one(m, d, err);
  wd_alloc_trim(m->al);
  return ok;
}

static bool validate_bodies(wd_module *m, wd_error *err) {
  return wd_validate_bodies(m, m->engine ? m->engine->cfg.load_threads : 1, err);
}

bool wd_promote_at_load(wd_module *m, wd_error *err) {
  bool ok;
  switch (m->mode) {
  case WD_MODE_EAGER:           /* every body valid (in parallel when big), then each translated */
    return validate_bodies(m, err) && wd_promote_all(m, err);
  case WD_MODE_LAZY_TRANSLATION:
    ok = validate_bodies(m, err);
    wd_alloc_trim(m->al);       /* the validators' scratch, freed by now */
    return ok;
  default:
    return true;
  }
}

bool wd_promote_validate_all(wd_module *m, wd_error *err) {
  if (m->mode != WD_MODE_LAZY) return true;     /* every body was validated at load */
  if (!validate_bodies(m, err)) return false;
  /* Every body is now known valid: promotion need not validate again. */
  m->mode = WD_MODE_LAZY_TRANSLATION;
  return true;
}

bool wd_disasm_function(const wd_module *m, uint32_t defidx, FILE *out) {
  return dispatch && wd_disasm_code(m, defidx, dispatch->op_at, out);
}
