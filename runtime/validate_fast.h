/* validate_fast.h — the body validator's fast path (validate_fast.c), for validate.c only.
 *
 * May touch: nothing (declarations only).
 */
#ifndef WD_VALIDATE_FAST_H
#define WD_VALIDATE_FAST_H
#include "module.h"

/* true only for a body the full validator accepts (ft is the body's function type, already checked
 * against the module's types); false means "not sure", never "invalid". */
bool wd_validate_fast(const wd_module *m, const wd_functype *ft, wd_slice body);
/* Builds the fast path's opcode table; validate.c calls it once, from its own one-time table build. */
void wd_vfast_build(void);

#endif
