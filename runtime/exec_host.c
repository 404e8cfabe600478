/* exec_host.c — the call boundary to host functions: wd_exec_host_call turns a call's argument slots into
 * wd_val, calls the host function with a wd_caller (store, calling instance, error), and maps its
 * failure (a trap of its own, a plain failure, an exception passed on); wd_exec_vals_to_slots writes the
 * results back. exec.c (run() and wd_exec_call) calls in here; nothing here calls the interpreter.
 * May touch: runtime.h (store, funcs, wd_fail), alloc.h.
 */
#include <string.h>
#include "runtime.h"
#include "exec_host.h"

static void slots_to_vals(const uint8_t *types, uint32_t n, const uint64_t *slots, wd_val *out) {
  for (uint32_t i = 0; i < n; i++) {
    wd_val *v = &out[i];
    memset(v, 0, sizeof *v);
    v->kind = types[i];
    switch (types[i]) {
    case WD_I32: v->of.i32 = (int32_t)(uint32_t)*slots; break;
    case WD_F32: v->of.f32_bits = (uint32_t)*slots; break;
    case WD_FUNCREF: v->of.func = (wd_func *)(uintptr_t)*slots; break;
    case WD_EXTERNREF: v->of.externref = (void *)(uintptr_t)*slots; break;
    case WD_EXNREF: v->of.exn = (wd_exn *)(uintptr_t)*slots; break;
    case WD_V128: memcpy(v->of.v128, slots, 16); slots++; break;
    default: v->of.i64 = (int64_t)*slots; break;
    }
    slots++;
  }
}

void wd_exec_vals_to_slots(const uint8_t *types, uint32_t n, const wd_val *in, uint64_t *slots) {
  for (uint32_t i = 0; i < n; i++) {
    const wd_val *v = &in[i];
    switch (types[i]) {
    case WD_I32: *slots = (uint32_t)v->of.i32; break;
    case WD_F32: *slots = v->of.f32_bits; break;
    case WD_FUNCREF: *slots = (uintptr_t)v->of.func; break;
    case WD_EXTERNREF: *slots = (uintptr_t)v->of.externref; break;
    case WD_EXNREF: *slots = (uintptr_t)v->of.exn; break;
    case WD_V128: memcpy(slots, v->of.v128, 16); slots++; break;
    default: *slots = (uint64_t)v->of.i64; break;
    }
    slots++;
  }
}

/* Calls host function f with arguments from `args` (slots); results go to `res` (nresults values). */
bool wd_exec_host_call(wd_store *s, wd_instance *caller, wd_func *f, const uint64_t *args, wd_val *res,
                       wd_error *err) {
  const wd_functype *ft = f->type;
  wd_val abuf[HOST_INLINE_VALS];
  wd_val *av = abuf;
  if (ft->nparams > HOST_INLINE_VALS && !(av = wd_alloc_array(s->al, ft->nparams, sizeof *av)))
    return wd_fail(err, WD_E_OUT_OF_MEMORY, WD_NO_OFFSET, "host call arguments");
  slots_to_vals(wd_ft_params(ft), ft->nparams, args, av);
  if (ft->nresults) memset(res, 0, ft->nresults * sizeof *res);
  struct wd_caller c = {s, caller, err};
  wd_error_clear(err);
  s->pending = NULL;
  bool ok = f->host(&c, f->user, av, res);
  /* Failing without a trap after a call of its own ended in an exception: the host passes it on. */
  if (!ok && err->code == WD_E_OK && s->pending) wd_fail(err, WD_E_UNCAUGHT_EXCEPTION, WD_NO_OFFSET, "passed on by a host function");
  if (!ok && err->code == WD_E_OK) wd_fail(err, WD_E_TRAP_HOST, WD_NO_OFFSET, NULL);
  if (ok) s->pending = NULL;
  if (av != abuf) wd_free(s->al, av, ft->nparams * sizeof *av);
  return ok;
}
