/* exec_host.h — the call boundary between the interpreter and host functions (exec_host.c): a host
 * function's call with its arguments turned from slots into wd_val, and results back into slots.
 * May touch: runtime.h.
 */
#ifndef WD_EXEC_HOST_H
#define WD_EXEC_HOST_H
#include "runtime.h"

/* Values a host call keeps on the C stack before it allocates (arguments, results). */
#define HOST_INLINE_VALS 16

/* Slots that n values of these types take (a v128 takes two). */
static inline uint32_t type_slots(const uint8_t *types, uint32_t n) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) k += wd_type_slots(types[i]);
  return k;
}

/* n values of these types (wd_val) into slots (a v128 takes two). */
void wd_exec_vals_to_slots(const uint8_t *types, uint32_t n, const wd_val *in, uint64_t *slots);
/* Calls host function f with arguments from `args` (slots); results go to `res` (nresults values). False
 * with err set: the host trapped, failed, or passed on an exception (s->pending). */
bool wd_exec_host_call(wd_store *s, wd_instance *caller, wd_func *f, const uint64_t *args, wd_val *res,
                       wd_error *err);
#endif
