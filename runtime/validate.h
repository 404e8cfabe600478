/* validate.h — internal to the validate stage: what the module-level rules (validate_module.c) use of the
 * body validator (validate.c): type names for messages, result-type subtyping, feature notes, the opcode
 * table's readiness and the constant-expression validator (which shares the body validator's stacks and
 * step functions). Not a public interface: runtime.h holds the stage's API.
 *
 * May touch: nothing (declarations only).
 */
#ifndef WD_VALIDATE_H
#define WD_VALIDATE_H
#include "runtime.h"

/* The text-format name of value type t (for error messages). */
const char *wd_vtype_name(uint8_t t);
/* Result type a[0..na) is a subtype of b[0..nb) (same length, pointwise wd_val_subtype). */
bool wd_vtypes_sub(const wd_module *m, const uint8_t *a, uint32_t na, const uint8_t *b, uint32_t nb);
/* The features the value types t[0..n) use. */
uint32_t wd_vtypes_features(const uint8_t *t, uint32_t n);
/* Adds bits to m->features_used (atomically: bodies may be validated on several threads). */
void wd_vnote_features(const wd_module *m, uint32_t bits);
/* Builds the validator's compacted opcode table once (thread-safe); call before validating anything. */
void wd_vtab_ready(void);
/* Validates e as a constant expression of type `type`; global.get may name globals below nvisible
 * (immutable ones only). Function indices named by ref.func are added to `refs` when given. */
bool wd_validate_expr(const wd_module *m, const wd_constexpr *e, uint8_t type, uint32_t nvisible, uint8_t *refs,
                      wd_error *err);
#endif
