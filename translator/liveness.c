/*
 * Temp lifetimes: promotion of block-crossing temps and the per-insn
 * "input dies here" bits the register allocator uses.
 *
 * Invariant established here for the backend: a NORMAL temp is only read
 * in the basic block that last wrote it. Frontends (and copy propagation)
 * may break that, so ir_promote_locals() turns every temp that crosses a
 * block end into a LOCAL, which the backend keeps in the stack frame
 * across blocks.
 */
#include "translator/ir.h"

#include <string.h>

void ir_promote_locals(IRContext *ctx)
{
    static uint32_t def_bb[IR_MAX_TEMPS];
    uint32_t bb = 1;

    memset(def_bb, 0, sizeof(def_bb[0]) * ctx->nb_temps);
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        for (int j = no; j < no + def->nb_iargs; j++) {
            IRArg a = insn->args[j];
            if (a != IR_ARG_NONE && ctx->temps[a].kind == IR_TEMP_NORMAL &&
                def_bb[a] != bb) {
                ctx->temps[a].kind = IR_TEMP_LOCAL;
            }
        }
        for (int j = 0; j < no; j++) {
            def_bb[insn->args[j]] = bb;
        }
        if (def->flags & IR_F_BB_END) {
            bb++;
        }
    }
}

void ir_liveness(IRContext *ctx)
{
    static uint8_t live[IR_MAX_TEMPS];

    memset(live, 0, ctx->nb_temps);
    for (int i = (int)ctx->nb_insns - 1; i >= 0; i--) {
        IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        if (def->flags & IR_F_BB_END) {
            /* NORMAL temps die at block ends; others are tracked by kind. */
            for (uint32_t t = ctx->nb_globals; t < ctx->nb_temps; t++) {
                if (ctx->temps[t].kind == IR_TEMP_NORMAL ||
                    ctx->temps[t].kind == IR_TEMP_CONST) {
                    live[t] = 0;
                }
            }
        }
        for (int j = 0; j < no; j++) {
            live[insn->args[j]] = 0;
        }
        insn->life = 0;
        for (int j = no; j < no + def->nb_iargs; j++) {
            IRArg a = insn->args[j];
            if (a == IR_ARG_NONE) {
                continue;
            }
            IRTempKind k = ctx->temps[a].kind;
            if ((k == IR_TEMP_NORMAL || k == IR_TEMP_CONST) && !live[a]) {
                insn->life |= 1u << j;
                live[a] = 1;
            }
        }
    }
}
