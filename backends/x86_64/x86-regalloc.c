/*
 * Register allocation for the x86-64 backend: next-use analysis, the
 * register/temp binding tables, loads of inputs, outputs, spills and the
 * synchronisation points (see the rules in x86-gen.h).
 *
 * Invariants kept here:
 *   - reg_temp[r] == t  <=>  t[t].reg == r, for every temp t >= 0.
 *   - A temp not in a register has its value in its home (globals: env
 *     field; others: stack slot) or is dead; consts are never bound.
 *   - `locked` registers are never chosen as victims within one op.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backends/x86_64/x86-gen.h"

/* Allocation orders: globals and locals prefer callee-saved registers
 * (they survive helper calls), short-lived temps the caller-saved ones
 * that no instruction needs as a fixed operand (rax/rdx/rcx last). */
static const int8_t x86_order_global[] = {
    X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R8, X86_R9, X86_R10,
    X86_R11, X86_RSI, X86_RDI, X86_RDX, X86_RCX, X86_RAX,
};
static const int8_t x86_order_temp[] = {
    X86_RSI, X86_RDI, X86_R8, X86_R9, X86_R10, X86_R11, X86_RAX,
    X86_RDX, X86_RCX, X86_RBX, X86_RBP, X86_R12, X86_R13,
};
#define X86_NB_ALLOC ((int)sizeof(x86_order_global))

static void x86_ra_fatal(const char *what)
{
    fprintf(stderr, "mimic: internal error: x86 backend: %s\n", what);
    abort();
}

static uint16_t x86_bit(int r)
{
    return (uint16_t)(1u << r);
}

/* ---- analysis ------------------------------------------------------------ */

/* A NORMAL temp read in a block other than the one that wrote it is
 * handled as LOCAL (stored at block ends). */
static void x86_ra_promote(X86Gen *s)
{
    static uint32_t def_bb[IR_MAX_TEMPS];
    IRContext *ctx = s->ctx;
    uint32_t bb = 1;

    memset(def_bb, 0, sizeof(def_bb[0]) * ctx->nb_temps);
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs;

        for (int j = no; j < no + def->nb_iargs; j++) {
            IRArg a = insn->args[j];
            if (a != IR_ARG_NONE && s->t[a].kind == IR_TEMP_NORMAL &&
                def_bb[a] != bb) {
                s->t[a].kind = IR_TEMP_LOCAL;
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

/* next_use[i][j]: index of the next op reading temp arg j of op i after op
 * i, within the same basic block; X86_NO_USE if none. */
static void x86_ra_next_use(X86Gen *s)
{
    static uint16_t nxt[IR_MAX_TEMPS];
    static uint32_t nxt_bb[IR_MAX_TEMPS];
    IRContext *ctx = s->ctx;
    uint32_t bb = 1;

    memset(nxt_bb, 0, sizeof(nxt_bb[0]) * ctx->nb_temps);
    for (int i = (int)ctx->nb_insns - 1; i >= 0; i--) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs, nt = no + def->nb_iargs;
        uint16_t *nu = s->next_use[i];

        if (def->flags & IR_F_BB_END) {
            bb++;
        }
        for (int j = 0; j < nt; j++) {
            IRArg a = insn->args[j];
            nu[j] = (a != IR_ARG_NONE && nxt_bb[a] == bb) ? nxt[a]
                                                           : X86_NO_USE;
        }
        for (int j = 0; j < no; j++) {
            nxt_bb[insn->args[j]] = bb;
            nxt[insn->args[j]] = X86_NO_USE;
        }
        for (int j = no; j < nt; j++) {
            IRArg a = insn->args[j];
            if (a != IR_ARG_NONE) {
                nxt_bb[a] = bb;
                nxt[a] = (uint16_t)i;
            }
        }
        /* An input that is also an output is dead as an input. */
        for (int j = no; j < nt; j++) {
            for (int k = 0; k < no; k++) {
                if (insn->args[j] == insn->args[k]) {
                    nu[j] = X86_NO_USE;
                }
            }
        }
    }
}

void x86_ra_begin(X86Gen *s)
{
    IRContext *ctx = s->ctx;

    for (int r = 0; r < X86_NB_REGS; r++) {
        s->reg_temp[r] = X86_REG_FREE;
    }
    for (int k = 0; k < X86_FRAME_SLOTS; k++) {
        s->slot_owner[k] = -1;
    }
    s->locked = 0;
    for (uint32_t i = 0; i < ctx->nb_temps; i++) {
        s->t[i] = (X86TempState){ -1, 0, (uint8_t)ctx->temps[i].kind, -1,
                                  X86_NO_USE };
    }
    x86_ra_promote(s);
    x86_ra_next_use(s);
}

/* ---- bindings ------------------------------------------------------------ */

static void x86_ra_unbind(X86Gen *s, IRTempId t)
{
    int r = s->t[t].reg;
    if (r >= 0) {
        s->reg_temp[r] = (s->locked & x86_bit(r)) ? X86_REG_SCRATCH
                                                  : X86_REG_FREE;
        s->t[t].reg = -1;
    }
}

static void x86_ra_set(X86Gen *s, IRTempId t, int r, bool dirty)
{
    s->reg_temp[r] = (int32_t)t;
    s->t[t].reg = (int8_t)r;
    s->t[t].dirty = dirty;
}

static int x86_ra_slot(X86Gen *s, IRTempId t)
{
    if (s->t[t].slot >= 0) {
        return s->t[t].slot;
    }
    for (int k = 0; k < X86_FRAME_SLOTS; k++) {
        if (s->slot_owner[k] < 0) {
            s->slot_owner[k] = (int32_t)t;
            s->t[t].slot = (int16_t)k;
            return k;
        }
    }
    x86_ra_fatal("spill area full");
    return -1;
}

static void x86_ra_release_slot(X86Gen *s, IRTempId t)
{
    if (s->t[t].slot >= 0) {
        s->slot_owner[s->t[t].slot] = -1;
        s->t[t].slot = -1;
    }
}

X86Mem x86_ra_home(X86Gen *s, IRTempId t)
{
    if (s->t[t].kind == IR_TEMP_GLOBAL) {
        return x86_mem(X86_R14, s->ctx->temps[t].env_offset);
    }
    return x86_mem(X86_RSP, x86_ra_slot(s, t) * 8);
}

static void x86_ra_store(X86Gen *s, IRTempId t)
{
    X86TempState *ts = &s->t[t];
    if (ts->dirty) {
        x86_store(&s->a, 3, ts->reg, x86_ra_home(s, t));
        ts->dirty = 0;
    }
}

/* Store r's temp home if needed and free r. */
static void x86_ra_spill(X86Gen *s, int r)
{
    int32_t t = s->reg_temp[r];
    if (t >= 0) {
        x86_ra_store(s, (IRTempId)t);
        x86_ra_unbind(s, (IRTempId)t);
    }
}

static const int8_t *x86_ra_order(X86Gen *s, IRTempId t)
{
    uint8_t k = s->t[t].kind;
    return (k == IR_TEMP_GLOBAL || k == IR_TEMP_LOCAL) ? x86_order_global
                                                       : x86_order_temp;
}

/* A free, unlocked register from order minus `exclude`, evicting the temp
 * used farthest in the future if none is free. Not locked yet. */
static int x86_ra_alloc(X86Gen *s, const int8_t *order, uint16_t exclude)
{
    int best = -1;
    uint32_t best_score = 0;

    exclude |= s->locked;
    for (int i = 0; i < X86_NB_ALLOC; i++) {
        int r = order[i];
        if (!(exclude & x86_bit(r)) && s->reg_temp[r] == X86_REG_FREE) {
            return r;
        }
    }
    for (int i = 0; i < X86_NB_ALLOC; i++) {
        int r = order[i];
        int32_t t = s->reg_temp[r];
        if ((exclude & x86_bit(r)) || t < 0) {
            continue;
        }
        uint32_t score = (uint32_t)s->t[t].next * 2 + !s->t[t].dirty + 1;
        if (score > best_score) {
            best_score = score;
            best = r;
        }
    }
    if (best < 0) {
        x86_ra_fatal("out of registers");
    }
    x86_ra_spill(s, best);
    return best;
}

/* ---- per-op protocol ------------------------------------------------------- */

void x86_ra_op_begin(X86Gen *s, const IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];
    int no = def->nb_oargs;

    s->locked = 0;
    for (int j = no; j < no + def->nb_iargs; j++) {
        IRArg a = insn->args[j];
        if (a != IR_ARG_NONE && s->t[a].reg >= 0) {
            s->locked |= x86_bit(s->t[a].reg);
        }
    }
}

static void x86_ra_free_temp(X86Gen *s, IRTempId t)
{
    x86_ra_unbind(s, t);
    s->t[t].dirty = 0;
    x86_ra_release_slot(s, t);
}

void x86_ra_drop(X86Gen *s, IRTempId t)
{
    x86_ra_unbind(s, t);
    s->t[t].dirty = 0;
}

static bool x86_ra_is_output(const IRInsn *insn, int no, IRArg a)
{
    for (int k = 0; k < no; k++) {
        if (insn->args[k] == a) {
            return true;
        }
    }
    return false;
}

void x86_ra_dirty_globals(const X86Gen *s, IRTempId exclude, X86DirtyRegs *d)
{
    int n = 0;

    d->mask = 0;
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if (t >= 0 && (IRTempId)t != exclude &&
            s->t[t].kind == IR_TEMP_GLOBAL && s->t[t].dirty) {
            d->mask |= (uint16_t)(1u << r);
            d->env_off[n++] = (uint16_t)s->ctx->temps[t].env_offset;
        }
    }
}

void x86_store_dirty(X86Gen *s, const X86DirtyRegs *d)
{
    int n = 0;

    for (int r = 0; r < X86_NB_REGS; r++) {
        if (d->mask & (1u << r)) {
            x86_store(&s->a, 3, r, x86_mem(X86_R14, d->env_off[n++]));
        }
    }
}

void x86_ra_save(X86Gen *s)
{
    memcpy(s->saved_reg_temp, s->reg_temp, sizeof(s->reg_temp));
    memcpy(s->saved_slot_owner, s->slot_owner, sizeof(s->slot_owner));
    memcpy(s->saved_t, s->t, sizeof(s->t[0]) * s->ctx->nb_temps);
    s->saved_locked = s->locked;
}

void x86_ra_restore(X86Gen *s)
{
    memcpy(s->reg_temp, s->saved_reg_temp, sizeof(s->reg_temp));
    memcpy(s->slot_owner, s->saved_slot_owner, sizeof(s->slot_owner));
    memcpy(s->t, s->saved_t, sizeof(s->t[0]) * s->ctx->nb_temps);
    s->locked = s->saved_locked;
}

void x86_ra_skip_op(X86Gen *s, const IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];
    int no = def->nb_oargs, nt = no + def->nb_iargs;
    const uint16_t *nu = s->next_use[s->cur];

    for (int j = 0; j < nt; j++) {
        IRArg a = insn->args[j];
        if (a == IR_ARG_NONE) {
            continue;
        }
        s->t[a].next = nu[j];
        if (j >= no && nu[j] == X86_NO_USE &&
            s->t[a].kind == IR_TEMP_NORMAL && !x86_ra_is_output(insn, no, a)) {
            x86_ra_free_temp(s, (IRTempId)a);
        }
    }
}

void x86_ra_op_end(X86Gen *s, const IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];
    int no = def->nb_oargs, nt = no + def->nb_iargs;
    const uint16_t *nu = s->next_use[s->cur];

    for (int j = no; j < nt; j++) {
        IRArg a = insn->args[j];
        if (a == IR_ARG_NONE || x86_ra_is_output(insn, no, a)) {
            continue;
        }
        s->t[a].next = nu[j];
        if (nu[j] == X86_NO_USE && s->t[a].kind == IR_TEMP_NORMAL) {
            x86_ra_free_temp(s, (IRTempId)a);
        }
    }
    for (int j = 0; j < no; j++) {
        IRArg a = insn->args[j];
        s->t[a].next = nu[j];
        if (nu[j] == X86_NO_USE && s->t[a].kind == IR_TEMP_NORMAL) {
            x86_ra_free_temp(s, (IRTempId)a);
        }
    }
    for (int r = 0; r < X86_NB_REGS; r++) {
        if (s->reg_temp[r] == X86_REG_SCRATCH) {
            s->reg_temp[r] = X86_REG_FREE;
        }
    }
    s->locked = 0;
}

/* ---- registers for one op -------------------------------------------------- */

static bool x86_ra_free_reg_exists(X86Gen *s, uint16_t mask)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        if ((mask & x86_bit(r)) && !(s->locked & x86_bit(r)) &&
            s->reg_temp[r] == X86_REG_FREE) {
            return true;
        }
    }
    return false;
}

void x86_ra_claim(X86Gen *s, int reg)
{
    int32_t t = s->reg_temp[reg];
    bool was_locked = s->locked & x86_bit(reg);

    if (t == X86_REG_SCRATCH) {
        x86_ra_fatal("register claimed twice");
    }
    s->locked |= x86_bit(reg);
    if (t >= 0) {
        uint16_t all = X86_CALLER_SAVED | X86_CALLEE_SAVED;
        if (was_locked || (s->t[t].next != X86_NO_USE &&
                           x86_ra_free_reg_exists(s, all))) {
            int r2 = x86_ra_alloc(s, x86_ra_order(s, (IRTempId)t), 0);
            x86_mov_rr(&s->a, true, r2, reg);
            x86_ra_set(s, (IRTempId)t, r2, s->t[t].dirty);
            s->locked |= was_locked ? x86_bit(r2) : 0;
        } else {
            x86_ra_store(s, (IRTempId)t);
            s->t[t].reg = -1;
        }
    }
    s->reg_temp[reg] = X86_REG_SCRATCH;
}

int x86_ra_scratch(X86Gen *s, uint16_t mask)
{
    uint16_t exclude = mask ? (uint16_t)~mask : 0;
    int r = x86_ra_alloc(s, x86_order_temp, exclude);
    s->reg_temp[r] = X86_REG_SCRATCH;
    s->locked |= x86_bit(r);
    return r;
}

static void x86_ra_load_const(X86Gen *s, int r, uint64_t v)
{
    if (v == 0) {
        x86_zero(&s->a, r);
    } else {
        x86_mov_ri(&s->a, r, v);
    }
}

int x86_ra_in(X86Gen *s, IRTempId t)
{
    X86TempState *ts = &s->t[t];
    int r;

    if (ts->kind == IR_TEMP_ENV) {
        return X86_R14;
    }
    if (ts->kind == IR_TEMP_CONST) {
        r = x86_ra_scratch(s, 0);
        x86_ra_load_const(s, r, (uint64_t)x86_const_val(s, t));
        return r;
    }
    if (ts->reg >= 0) {
        s->locked |= x86_bit(ts->reg);
        return ts->reg;
    }
    r = x86_ra_alloc(s, x86_ra_order(s, t), 0);
    x86_load(&s->a, 3, false, r, x86_ra_home(s, t));
    x86_ra_set(s, t, r, false);
    s->locked |= x86_bit(r);
    return r;
}

X86Opnd x86_ra_opnd(X86Gen *s, const IRInsn *insn, int idx, bool w32,
                    bool imm_ok, bool mem_ok)
{
    IRTempId t = x86_arg(insn, idx);
    X86TempState *ts = &s->t[t];
    X86Opnd o = { X86_OPND_REG, -1, 0, { 0, 0, 0, 0 } };

    if (ts->kind == IR_TEMP_CONST && imm_ok) {
        int64_t v = x86_const_val(s, t);
        if (w32 || x86_fits_i32(v)) {
            o.kind = X86_OPND_IMM;
            o.imm = w32 ? (int32_t)v : v;
            return o;
        }
    }
    if (mem_ok && ts->reg < 0 && s->next_use[s->cur][idx] == X86_NO_USE &&
        (ts->kind == IR_TEMP_GLOBAL ||
         (ts->kind != IR_TEMP_CONST && ts->kind != IR_TEMP_ENV &&
          ts->slot >= 0))) {
        o.kind = X86_OPND_MEM;
        o.mem = x86_ra_home(s, t);
        return o;
    }
    o.reg = x86_ra_in(s, t);
    return o;
}

void x86_ra_copy_to(X86Gen *s, IRTempId t, int reg, bool w32)
{
    X86TempState *ts = &s->t[t];

    if (ts->kind == IR_TEMP_CONST) {
        uint64_t v = (uint64_t)x86_const_val(s, t);
        x86_ra_load_const(s, reg, w32 ? (uint32_t)v : v);
    } else if (ts->kind == IR_TEMP_ENV) {
        x86_mov_rr(&s->a, true, reg, X86_R14);
    } else if (ts->reg >= 0) {
        if (ts->reg != reg) {
            x86_mov_rr(&s->a, !w32, reg, ts->reg);
        }
    } else {
        x86_load(&s->a, w32 ? 2 : 3, false, reg, x86_ra_home(s, t));
    }
}

bool x86_ra_clobberable(X86Gen *s, IRTempId a, IRTempId d, int idx)
{
    X86TempState *ts = &s->t[a];

    if (ts->kind == IR_TEMP_CONST || ts->kind == IR_TEMP_ENV || ts->reg < 0) {
        return false;
    }
    if (a == d) {
        return true;
    }
    if (s->next_use[s->cur][idx] != X86_NO_USE) {
        return false;
    }
    return ts->kind == IR_TEMP_NORMAL || !ts->dirty;
}

void x86_ra_bind(X86Gen *s, IRTempId d, int reg)
{
    if (s->t[d].reg >= 0 && s->t[d].reg != reg) {
        x86_ra_unbind(s, d);
    }
    x86_ra_set(s, d, reg, true);
    s->locked |= x86_bit(reg);
}

int x86_ra_out(X86Gen *s, IRTempId d)
{
    X86TempState *ts = &s->t[d];
    int r = ts->reg;

    if (r < 0 || (s->locked & x86_bit(r))) {
        x86_ra_unbind(s, d);
        r = x86_ra_alloc(s, x86_ra_order(s, d), 0);
    }
    x86_ra_bind(s, d, r);
    return r;
}

/* Give a's register to d (a dies here or is d). */
static int x86_ra_take(X86Gen *s, IRTempId d, IRTempId a)
{
    int r = s->t[a].reg;
    if (a != d) {
        s->t[a].reg = -1;
        s->t[a].dirty = 0;
    }
    x86_ra_bind(s, d, r);
    return r;
}

int x86_ra_out_from(X86Gen *s, IRTempId d, IRTempId a, int a_index,
                    bool w32)
{
    if (a == d && s->t[a].reg < 0) {
        x86_ra_in(s, a);
    }
    if (x86_ra_clobberable(s, a, d, a_index)) {
        return x86_ra_take(s, d, a);
    }
    int r = x86_ra_out(s, d);
    x86_ra_copy_to(s, a, r, w32);
    return r;
}

int x86_ra_out_reuse(X86Gen *s, IRTempId d, IRTempId a, int a_index)
{
    if (x86_ra_clobberable(s, a, d, a_index)) {
        return x86_ra_take(s, d, a);
    }
    return x86_ra_out(s, d);
}

/* ---- synchronisation points --------------------------------------------- */

void x86_ra_sync_globals(X86Gen *s)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if (t >= 0 && s->t[t].kind == IR_TEMP_GLOBAL) {
            x86_ra_store(s, (IRTempId)t);
        }
    }
}

void x86_ra_sync_one(X86Gen *s, IRTempId t)
{
    if (s->t[t].kind == IR_TEMP_GLOBAL && s->t[t].reg >= 0) {
        x86_ra_store(s, t);
    }
}

static bool x86_ra_loop_keeps(const X86Gen *s, int32_t t)
{
    for (int i = 0; i < s->nb_loop; i++) {
        if (s->loop_temp[i] == (IRTempId)t) {
            return s->loop_written[i];
        }
    }
    return false;
}

void x86_ra_sync_globals_but_loop(X86Gen *s)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if (t >= 0 && s->t[t].kind == IR_TEMP_GLOBAL &&
            !x86_ra_loop_keeps(s, t)) {
            x86_ra_store(s, (IRTempId)t);
        }
    }
}

void x86_ra_drop_globals(X86Gen *s)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if (t >= 0 && s->t[t].kind == IR_TEMP_GLOBAL) {
            x86_ra_store(s, (IRTempId)t);
            x86_ra_unbind(s, (IRTempId)t);
        }
    }
}

void x86_ra_bb_end(X86Gen *s)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if (t < 0) {
            continue;
        }
        if (s->t[t].kind != IR_TEMP_NORMAL) {
            x86_ra_store(s, (IRTempId)t);
        }
        s->t[t].dirty = 0;
        x86_ra_unbind(s, (IRTempId)t);
    }
    for (int k = 0; k < X86_FRAME_SLOTS; k++) {
        int32_t t = s->slot_owner[k];
        if (t >= 0 && s->t[t].kind == IR_TEMP_NORMAL) {
            x86_ra_release_slot(s, (IRTempId)t);
        }
    }
}

/* Is the value of caller-saved temp t needed after the call? */
static bool x86_ra_needed_after(X86Gen *s, IRTempId t, const IRTempId *args,
                                const uint16_t *after, int nargs)
{
    for (int k = 0; k < nargs; k++) {
        if (args[k] == t) {
            return after[k] != X86_NO_USE;
        }
    }
    return s->t[t].next != X86_NO_USE;
}

static bool x86_ra_is_arg(IRTempId t, const IRTempId *args, int nargs)
{
    for (int k = 0; k < nargs; k++) {
        if (args[k] == t) {
            return true;
        }
    }
    return false;
}

/* Move t from caller-saved r to a free callee-saved register, or spill. */
static void x86_ra_preserve(X86Gen *s, IRTempId t, int r)
{
    static const int8_t callee[] = { X86_RBX, X86_RBP, X86_R12, X86_R13 };
    for (int i = 0; i < 4; i++) {
        int c = callee[i];
        if (s->reg_temp[c] == X86_REG_FREE && !(s->locked & x86_bit(c))) {
            x86_mov_rr(&s->a, true, c, r);
            x86_ra_unbind(s, t);
            x86_ra_set(s, t, c, s->t[t].dirty);
            if (s->locked & x86_bit(r)) {
                s->locked |= x86_bit(c);
            }
            return;
        }
    }
    x86_ra_spill(s, r);
}

void x86_ra_before_call(X86Gen *s, const IRTempId *args,
                        const uint16_t *after, int nargs, bool drop_globals)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if (!(X86_CALLER_SAVED & x86_bit(r)) || t < 0) {
            continue;
        }
        IRTempId tt = (IRTempId)t;
        uint8_t kind = s->t[tt].kind;
        if (drop_globals && kind == IR_TEMP_GLOBAL) {
            x86_ra_spill(s, r);
        } else if (x86_ra_needed_after(s, tt, args, after, nargs)) {
            x86_ra_preserve(s, tt, r);
        } else if (x86_ra_is_arg(tt, args, nargs)) {
            /* Stays put as the argument's source; dropped after the call. */
            x86_ra_store(s, tt);
        } else if (kind != IR_TEMP_NORMAL) {
            x86_ra_spill(s, r);
        } else {
            x86_ra_free_temp(s, tt);
        }
    }
}

void x86_ra_after_call(X86Gen *s)
{
    for (int r = 0; r < X86_NB_REGS; r++) {
        int32_t t = s->reg_temp[r];
        if ((X86_CALLER_SAVED & x86_bit(r)) && t >= 0) {
            s->t[t].dirty = 0;
            x86_ra_unbind(s, (IRTempId)t);
        }
    }
}
