/* wat_expr.h — what wat_expr.c (the text reader's instructions) offers wat.c: the opcode table and the
 * readers of instructions and expressions. Not public.
 * May use wat_parse.h.
 */
#ifndef WD_WAT_EXPR_H
#define WD_WAT_EXPR_H

#include "wat_parse.h"

/* The opcode table (opcodes.def's mnemonics and immediates, in its order). */
extern const opinfo wat_ops[];
extern const size_t wat_nops;

/* Pushes a block's label (name: its $label token, or NULL for an unnamed one). */
void wat_push_label(P *p, const wat_tok *name);
/* Instructions until ")", "end" or "else". */
void wat_instrs(P *p, wbuf *b);
/* An expression (instructions then END) into dst, read until ")". */
void wat_expr_into(P *p, wbuf *dst);
/* (offset instr*) or one folded instruction, into dst. */
void wat_offset_expr(P *p, wbuf *dst);

#endif /* WD_WAT_EXPR_H */
