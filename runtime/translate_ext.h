/* translate_ext.h — the translator's extension families (translate_ext.c): typed function references,
 * SIMD, atomics and exception handling, called from translate.c's step(), skip_step() and finish.
 * May touch: translate_emit.h.
 */
#ifndef WD_TRANSLATE_EXT_H
#define WD_TRANSLATE_EXT_H
#include "translate_emit.h"

void wd_tr_tref_step(tr *t, const wd_instr *ins);
void wd_tr_simd_step(tr *t, const wd_instr *ins);
void wd_tr_atomic_step(tr *t, const wd_instr *ins);
void wd_tr_eh_step(tr *t, const wd_instr *ins, const uint8_t *end);
void wd_tr_eh_func_end(tr *t);
void wd_tr_eh_close(tr *t, ctl *c);
void wd_tr_eh_resolve(tr *t, uint32_t i, uint32_t pos);
bool wd_tr_eh_targets(const tr *t, uint32_t i);
const wd_eh_table *wd_tr_eh_table(tr *t, uint32_t tbase, uint32_t xbase);
#endif
