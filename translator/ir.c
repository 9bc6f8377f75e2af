/*
 * IR construction: the opcode table, temps, labels, the generic emitter and
 * the textual dump used by -d op / op_opt.
 */
#include "translator/ir.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const IROpDef ir_op_defs[IR_NB_OPS] = {
#define DEF(name, oargs, iargs, cargs, flags) \
    [IR_##name] = {#name, oargs, iargs, cargs, flags},
#include "ir-ops.def"
#undef DEF
};

void ir_context_init(IRContext *ctx)
{
    memset(ctx, 0, sizeof(*ctx));
    ctx->temps[IR_ENV].kind = IR_TEMP_ENV;
    ctx->temps[IR_ENV].name = "env";
    ctx->nb_globals = 1;
    ir_reset(ctx);
}

void ir_reset(IRContext *ctx)
{
    ctx->nb_temps = ctx->nb_globals;
    ctx->nb_insns = 0;
    ctx->nb_labels = 0;
    ctx->overflow = false;
}

static IRTempId ir_new_temp(IRContext *ctx, IRTempKind kind)
{
    if (ctx->nb_temps >= IR_MAX_TEMPS) {
        /* Keep going on a scratch temp; the frontend sees overflow and the
         * core discards this translation and retries with fewer insns. */
        ctx->overflow = true;
        return IR_MAX_TEMPS - 1;
    }
    IRTempId t = ctx->nb_temps++;
    IRTemp *tp = &ctx->temps[t];
    memset(tp, 0, sizeof(*tp));
    tp->kind = kind;
    return t;
}

IRTempId ir_global(IRContext *ctx, int32_t env_offset, const char *name)
{
    if (ctx->nb_globals != ctx->nb_temps || ctx->nb_globals >= IR_MAX_GLOBALS) {
        fprintf(stderr, "mimic: internal error: globals registered late\n");
        abort();
    }
    IRTempId t = ir_new_temp(ctx, IR_TEMP_GLOBAL);
    ctx->temps[t].env_offset = env_offset;
    ctx->temps[t].name = name;
    ctx->nb_globals = ctx->nb_temps;
    return t;
}

IRTempId ir_temp(IRContext *ctx)
{
    return ir_new_temp(ctx, IR_TEMP_NORMAL);
}

IRTempId ir_local(IRContext *ctx)
{
    return ir_new_temp(ctx, IR_TEMP_LOCAL);
}

IRTempId ir_const(IRContext *ctx, int64_t val)
{
    IRTempId t = ir_new_temp(ctx, IR_TEMP_CONST);
    ctx->temps[t].val = val;
    return t;
}

uint32_t ir_new_label(IRContext *ctx)
{
    if (ctx->nb_labels >= IR_MAX_LABELS) {
        ctx->overflow = true;
        return IR_MAX_LABELS - 1;
    }
    return ctx->nb_labels++;
}

bool ir_nearly_full(const IRContext *ctx)
{
    return ctx->overflow || ctx->nb_insns + 128 > IR_MAX_INSNS ||
           ctx->nb_temps + 128 > IR_MAX_TEMPS ||
           ctx->nb_labels + 8 > IR_MAX_LABELS;
}

IRInsn *ir_emit(IRContext *ctx, IROpcode opc, bool w32, int nargs, ...)
{
    static IRInsn scratch;
    IRInsn *insn;

    if (ctx->nb_insns >= IR_MAX_INSNS) {
        ctx->overflow = true;
        insn = &scratch;
    } else {
        insn = &ctx->insns[ctx->nb_insns++];
    }
    insn->opc = opc;
    insn->w32 = w32;
    insn->nargs = nargs;
    insn->life = 0;

    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++) {
        insn->args[i] = va_arg(ap, IRArg);
    }
    va_end(ap);
    return insn;
}

void ir_call(IRContext *c, const IRHelper *h, IRTempId d, int nargs, ...)
{
    IRArg a[6];
    va_list ap;

    va_start(ap, nargs);
    for (int i = 0; i < 6; i++) {
        a[i] = i < nargs ? (IRArg)va_arg(ap, IRTempId) : IR_ARG_NONE;
    }
    va_end(ap);
    ir_emit(c, IR_call, false, 9, (IRArg)d, a[0], a[1], a[2], a[3], a[4],
            a[5], (IRArg)(uintptr_t)h, (IRArg)nargs);
}

void ir_fop(IRContext *c, const IRFpOp *op, IRTempId d, IRTempId a,
            IRTempId b, IRTempId cc, IRTempId x)
{
    ir_emit(c, IR_fop, false, 6, (IRArg)d, (IRArg)a, (IRArg)b, (IRArg)cc,
            (IRArg)x, (IRArg)(uintptr_t)op);
}

static const char *const ir_cond_names[] = {
    "eq", "ne", "lt", "ge", "ltu", "geu", "le", "gt", "leu", "gtu",
    "always", "never",
};

static void ir_format_temp(const IRContext *ctx, IRArg a, char *buf,
                           size_t n)
{
    if (a == IR_ARG_NONE) {
        snprintf(buf, n, "-");
        return;
    }
    const IRTemp *t = &ctx->temps[a];
    switch (t->kind) {
    case IR_TEMP_ENV:
    case IR_TEMP_GLOBAL:
        snprintf(buf, n, "%s", t->name);
        break;
    case IR_TEMP_CONST:
        snprintf(buf, n, "$0x%" PRIx64, (uint64_t)t->val);
        break;
    case IR_TEMP_LOCAL:
        snprintf(buf, n, "loc%u", (unsigned)a);
        break;
    default:
        snprintf(buf, n, "tmp%u", (unsigned)a);
        break;
    }
}

void ir_dump(const IRContext *ctx, void (*print)(const char *fmt, ...))
{
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        char line[512], tb[64];
        int len;

        if (insn->opc == IR_nop) {
            continue;
        }
        if (insn->opc == IR_insn_start) {
            print(" ---- %016" PRIx64 "\n", (uint64_t)insn->args[0]);
            continue;
        }
        len = snprintf(line, sizeof(line), " %s%s", def->name,
                       insn->w32 ? "32" : "");
        int nt = def->nb_oargs + def->nb_iargs;
        for (int j = 0; j < insn->nargs && len < (int)sizeof(line) - 64;
             j++) {
            if (j < nt) {
                ir_format_temp(ctx, insn->args[j], tb, sizeof(tb));
            } else if ((insn->opc == IR_setcond && j == 3) ||
                       (insn->opc == IR_movcond && j == 5) ||
                       ((insn->opc == IR_brcond || insn->opc == IR_exit_cond ||
                         insn->opc == IR_loop_back) &&
                        j == 2)) {
                snprintf(tb, sizeof(tb), "%s",
                         ir_cond_names[insn->args[j] % 12]);
            } else if (insn->opc == IR_call && j == nt) {
                snprintf(tb, sizeof(tb), "%s",
                         ((const IRHelper *)(uintptr_t)insn->args[j])->name);
            } else if (insn->opc == IR_fop && j == nt) {
                snprintf(tb, sizeof(tb), "%s",
                         ((const IRFpOp *)(uintptr_t)insn->args[j])->name);
            } else {
                snprintf(tb, sizeof(tb), "$0x%" PRIx64,
                         (uint64_t)insn->args[j]);
            }
            len += snprintf(line + len, sizeof(line) - len, "%s%s",
                            j ? ", " : " ", tb);
        }
        print("%s\n", line);
    }
}
