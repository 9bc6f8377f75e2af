/*
 * The IR optimizer: constant folding and propagation, copy propagation,
 * algebraic simplification, and dead-code elimination.
 *
 * Contract: one forward pass tracks, per temp, either a known constant or
 * the temp it is a copy of, each stamped with the writer's version so a
 * later write to the source invalidates the fact without a search. Facts
 * die at labels (control may arrive from elsewhere) and, for globals, at
 * helper calls that may write globals. Folding uses ir_eval(), the single
 * definition of op semantics. A backward pass then removes pure insns whose
 * outputs are never read (globals are always live: they are guest state).
 */
#include "translator/ir.h"

#include <string.h>

typedef struct OptTemp {
    uint32_t version;    /* bumped on every write */
    uint8_t is_const;    /* val is known */
    uint8_t is_copy;     /* equal to copy_of at copy_ver */
    uint8_t is_sum;      /* equal to copy_of + val at copy_ver */
    uint64_t val;
    IRTempId copy_of;
    uint32_t copy_ver;
} OptTemp;

typedef struct OptState {
    IRContext *ctx;
    OptTemp t[IR_MAX_TEMPS];
} OptState;

static OptState opt_state;

static void opt_forget(OptState *s, IRTempId t)
{
    s->t[t].version++;
    s->t[t].is_const = 0;
    s->t[t].is_copy = 0;
    s->t[t].is_sum = 0;
}

static void opt_forget_globals(OptState *s)
{
    for (uint32_t i = 1; i < s->ctx->nb_globals; i++) {
        opt_forget(s, i);
    }
}

static void opt_forget_all(OptState *s)
{
    for (uint32_t i = 1; i < s->ctx->nb_temps; i++) {
        if (s->ctx->temps[i].kind != IR_TEMP_CONST) {
            opt_forget(s, i);
        }
    }
}

/* The best replacement for reading temp a: a constant or the copy source. */
static IRArg opt_input(OptState *s, IRArg a)
{
    if (a == IR_ARG_NONE) {
        return a;
    }
    OptTemp *ot = &s->t[a];
    if (ot->is_copy && s->t[ot->copy_of].version == ot->copy_ver) {
        return ot->copy_of;
    }
    return a;
}

static bool opt_known(OptState *s, IRArg a, uint64_t *val)
{
    const IRTemp *t = &s->ctx->temps[a];
    if (t->kind == IR_TEMP_CONST) {
        *val = (uint64_t)t->val;
        return true;
    }
    if (s->t[a].is_const) {
        *val = s->t[a].val;
        return true;
    }
    return false;
}

static void opt_set_const(OptState *s, IRInsn *insn, uint64_t val)
{
    IRTempId d = insn->args[0];
    insn->opc = IR_movi;
    insn->w32 = false;
    insn->nargs = 2;
    insn->args[1] = val;
    opt_forget(s, d);
    s->t[d].is_const = 1;
    s->t[d].val = val;
}

static void opt_set_copy(OptState *s, IRInsn *insn, IRTempId src)
{
    IRTempId d = insn->args[0];
    insn->opc = IR_mov;
    insn->w32 = false;
    insn->nargs = 2;
    insn->args[1] = src;
    opt_forget(s, d);
    if (d == src) {
        insn->opc = IR_nop;
        insn->nargs = 0;
        return;
    }
    uint64_t v;
    if (opt_known(s, src, &v)) {
        s->t[d].is_const = 1;
        s->t[d].val = v;
    } else {
        s->t[d].is_copy = 1;
        s->t[d].copy_of = src;
        s->t[d].copy_ver = s->t[src].version;
    }
}

/* Identities with one constant operand; returns true if insn was rewritten. */
static bool opt_simplify(OptState *s, IRInsn *insn, bool ka, uint64_t a,
                         bool kb, uint64_t b)
{
    IRArg x = insn->args[1], y = insn->args[2];
    uint64_t mask = insn->w32 ? 0xffffffffull : ~0ull;

    if (insn->w32) {
        return false; /* a w32 copy would still need a zero extension */
    }
    switch (insn->opc) {
    case IR_add: case IR_or: case IR_xor:
    case IR_shl: case IR_shr: case IR_sar: case IR_rotl: case IR_rotr:
        if (kb && (b & mask) == 0) {
            opt_set_copy(s, insn, x);
            return true;
        }
        if (ka && a == 0 && (insn->opc == IR_add || insn->opc == IR_or ||
                             insn->opc == IR_xor)) {
            opt_set_copy(s, insn, y);
            return true;
        }
        break;
    case IR_sub:
        if (kb && b == 0) {
            opt_set_copy(s, insn, x);
            return true;
        }
        break;
    case IR_and:
        if ((kb && b == 0) || (ka && a == 0)) {
            opt_set_const(s, insn, 0);
            return true;
        }
        if (kb && b == mask) {
            opt_set_copy(s, insn, x);
            return true;
        }
        break;
    case IR_mul:
        if ((kb && b == 0) || (ka && a == 0)) {
            opt_set_const(s, insn, 0);
            return true;
        }
        if (kb && b == 1) {
            opt_set_copy(s, insn, x);
            return true;
        }
        break;
    default:
        break;
    }
    if (x == y && !insn->w32 &&
        (insn->opc == IR_sub || insn->opc == IR_xor)) {
        opt_set_const(s, insn, 0);
        return true;
    }
    return false;
}

/* Remember d = base + imm (imm fits 32 bits) so guest accesses through d
 * can address base directly with a displacement. */
static void opt_note_sum(OptState *s, const IRInsn *insn, bool kb, uint64_t b)
{
    IRTempId d = insn->args[0], base = insn->args[1];
    int64_t imm = (int64_t)b;

    if (insn->opc != IR_add || insn->w32 || !kb || d == base ||
        imm != (int32_t)imm || s->ctx->temps[d].kind != IR_TEMP_NORMAL) {
        return;
    }
    s->t[d].is_sum = 1;
    s->t[d].copy_of = base;
    s->t[d].copy_ver = s->t[base].version;
    s->t[d].val = b;
}

/* ld/st through a known sum: use the sum's base and fold the offset. */
static void opt_fold_address(OptState *s, IRInsn *insn)
{
    const int ai = 1, mi = 2; /* ld d, addr, mo, off / st v, addr, mo, off */
    IRArg a = insn->args[ai];
    OptTemp *ot = &s->t[a];

    if (!ot->is_sum || s->t[ot->copy_of].version != ot->copy_ver ||
        (insn->args[mi] & IR_MO_ALIGN)) {
        return;
    }
    int64_t off = (int64_t)insn->args[mi + 1] + (int64_t)ot->val;
    if (off != (int32_t)off) {
        return;
    }
    insn->args[ai] = ot->copy_of;
    insn->args[mi + 1] = (IRArg)off;
}

static void opt_pure(OptState *s, IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];
    int ni = def->nb_iargs;
    uint64_t in[4] = {0};
    bool known[4] = {false};
    bool all = true;

    for (int i = 0; i < ni; i++) {
        known[i] = opt_known(s, insn->args[1 + i], &in[i]);
        all &= known[i];
    }
    uint64_t out;
    if (all && ir_eval(insn->opc, insn->w32, in, &insn->args[1 + ni], &out)) {
        opt_set_const(s, insn, out);
        return;
    }
    if (insn->opc == IR_mov) {
        opt_set_copy(s, insn, insn->args[1]);
        return;
    }
    if (ni == 2 && opt_simplify(s, insn, known[0], in[0], known[1], in[1])) {
        return;
    }
    opt_forget(s, insn->args[0]);
    opt_note_sum(s, insn, known[1], in[1]);
}

static void opt_brcond(OptState *s, IRInsn *insn)
{
    uint64_t a, b;
    if (!opt_known(s, insn->args[0], &a) || !opt_known(s, insn->args[1], &b)) {
        return;
    }
    if (ir_eval_cond((IRCond)insn->args[2], insn->w32, a, b)) {
        insn->opc = IR_br;
        insn->nargs = 1;
        insn->args[0] = insn->args[3];
    } else {
        insn->opc = IR_nop;
        insn->nargs = 0;
    }
}

static void opt_forward(OptState *s)
{
    IRContext *ctx = s->ctx;
    uint32_t side_end = 0; /* ops before this run only on an exit's side */

    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        if (i < side_end) {
            /* Taken side of an exit_cond: it sees the facts that hold at
             * the branch, and the fall-through learns nothing from it. */
            for (int j = no; j < no + def->nb_iargs; j++) {
                insn->args[j] = opt_input(s, insn->args[j]);
            }
            for (int j = 0; j < no; j++) {
                opt_forget(s, insn->args[j]);
            }
            continue;
        }
        if (insn->opc == IR_exit_cond) {
            side_end = i + 1 + (uint32_t)insn->args[5];
        }
        for (int j = no; j < no + def->nb_iargs; j++) {
            insn->args[j] = opt_input(s, insn->args[j]);
        }
        switch (insn->opc) {
        case IR_set_label:
            opt_forget_all(s);
            continue;
        case IR_brcond:
            opt_brcond(s, insn);
            continue;
        case IR_call: {
            const IRHelper *h = (const IRHelper *)(uintptr_t)insn->args[7];
            if (!(h->flags & IR_HELPER_NO_WRITE_GLOBALS)) {
                opt_forget_globals(s);
            }
            opt_forget(s, insn->args[0]);
            continue;
        }
        case IR_movi:
            opt_set_const(s, insn, insn->args[1]);
            continue;
        case IR_ld:
        case IR_st:
            opt_fold_address(s, insn);
            break;
        default:
            break;
        }
        if (no == 1 && !(def->flags & IR_F_SIDE) && insn->opc != IR_ld &&
            insn->opc != IR_ld_env) {
            opt_pure(s, insn);
        } else if (no == 1) {
            opt_forget(s, insn->args[0]);
        }
    }
}

/* Backward dead-code elimination over non-global temps. */
static void opt_dce(IRContext *ctx)
{
    static uint8_t used[IR_MAX_TEMPS];

    /* LOCAL temps may be read before (in program order) a write when a TB
     * loops back to a label: count any read anywhere as a use. */
    memset(used, 0, ctx->nb_temps);
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        for (int j = def->nb_oargs; j < def->nb_oargs + def->nb_iargs; j++) {
            IRArg a = insn->args[j];
            if (a != IR_ARG_NONE && ctx->temps[a].kind == IR_TEMP_LOCAL) {
                used[a] = 1;
            }
        }
    }
    for (int i = (int)ctx->nb_insns - 1; i >= 0; i--) {
        IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        if (insn->opc == IR_nop) {
            continue;
        }
        /* Guest loads stay: a load to x0 must still fault like hardware. */
        if (!(def->flags & (IR_F_SIDE | IR_F_SYNC)) && no == 1) {
            IRTempId d = insn->args[0];
            IRTempKind k = ctx->temps[d].kind;
            if (k != IR_TEMP_GLOBAL && !used[d]) {
                insn->opc = IR_nop;
                insn->nargs = 0;
                continue;
            }
        }
        for (int j = no; j < no + def->nb_iargs; j++) {
            if (insn->args[j] != IR_ARG_NONE) {
                used[insn->args[j]] = 1;
            }
        }
    }
}

void ir_optimize(IRContext *ctx)
{
    OptState *s = &opt_state;

    s->ctx = ctx;
    memset(s->t, 0, sizeof(s->t[0]) * ctx->nb_temps);
    opt_forward(s);
    ir_promote_locals(ctx);
    opt_dce(ctx);
}
