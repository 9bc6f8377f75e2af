/*
 * The aarch64 decode loop: fetch, look up the pattern tables, call the
 * trans function, and decide where the TB ends. Owns the IR globals and the
 * operand/exit helpers every trans-*.c file shares.
 *
 * A TB ends on a control transfer (the trans function emits the exits and
 * sets A64_DISAS_JUMPED), when a trans function asks for it
 * (A64_DISAS_STOP), after a64_max_insns instructions, when the IR is nearly
 * full, or at a page boundary.
 *
 * Conditions (a64_cond_test) test the last compare's operands directly when
 * it is still intact ("compare fusion"), else the lazy flags; flag writes
 * that die inside a basic block are dropped once the TB is decoded
 * (a64_drop_dead_flags).
 */
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "frontends/aarch64/translate.h"

#include "translator/guest-mem.h"
#include "translator/tuning.h"

unsigned a64_max_insns = 64;

IRTempId a64_x[32];
IRTempId a64_pc, a64_nf, a64_zf, a64_cf, a64_vf;

static const char *const a64_x_names[32] = {
    "x0",  "x1",  "x2",  "x3",  "x4",  "x5",  "x6",  "x7",
    "x8",  "x9",  "x10", "x11", "x12", "x13", "x14", "x15",
    "x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23",
    "x24", "x25", "x26", "x27", "x28", "x29", "x30", "sp",
};

void a64_init_globals(IRContext *ctx)
{
    for (int i = 0; i < 32; i++) {
        a64_x[i] = ir_global(ctx, offsetof(CPUARMState, x[i]), a64_x_names[i]);
    }
    a64_pc = ir_global(ctx, offsetof(CPUARMState, common.pc), "pc");
    a64_nf = ir_global(ctx, offsetof(CPUARMState, nf), "nf");
    a64_zf = ir_global(ctx, offsetof(CPUARMState, zf), "zf");
    a64_cf = ir_global(ctx, offsetof(CPUARMState, cf), "cf");
    a64_vf = ir_global(ctx, offsetof(CPUARMState, vf), "vf");
}

IRTempId a64_gpr(A64DisasContext *ctx, int r)
{
    return r == 31 ? ir_const(ctx->ir, 0) : a64_x[r];
}

IRTempId a64_gpr_sp(A64DisasContext *ctx, int r)
{
    return a64_x[r];
}

IRTempId a64_gpr_dst(A64DisasContext *ctx, int r)
{
    return r == 31 ? ir_temp(ctx->ir) : a64_x[r];
}

IRTempId a64_gpr_sp_dst(A64DisasContext *ctx, int r)
{
    return a64_x[r];
}

void a64_set_w(A64DisasContext *ctx, int r, IRTempId val)
{
    if (r != 31) {
        ir_ext32u(ctx->ir, a64_x[r], val);
    }
}

void a64_gen_goto(A64DisasContext *ctx, uint64_t dest)
{
    int slot = (int)ctx->nb_slots++;

    ir_goto_tb(ctx->ir, slot);
    ir_movi(ctx->ir, a64_pc, (int64_t)dest);
    ir_exit_tb(ctx->ir, (uintptr_t)ctx->tb | (uintptr_t)slot);
}

void a64_gen_goto_reg(A64DisasContext *ctx, IRTempId target)
{
    ir_mov(ctx->ir, a64_pc, target);
    ir_goto_ptr(ctx->ir);
}

void a64_gen_exception(A64DisasContext *ctx, int excp)
{
    ir_gen_exception(ctx->ir, a64_pc, ctx->pc, excp);
}

void a64_gen_sync_pc(A64DisasContext *ctx)
{
    ir_movi(ctx->ir, a64_pc, (int64_t)ctx->pc);
}

/* ---- conditions -----------------------------------------------------
 *
 * A64 condition codes come in pairs (cond ^ 1 is the inverse), except that
 * AL (14) and NV (15) both mean always. From the lazy flags (cpu.h):
 *   EQ  Z          zf == 0
 *   CS  C          cf != 0
 *   MI  N          nf < 0
 *   VS  V          vf < 0
 *   HI  C && !Z    (-cf & zf) != 0
 *   GE  N == V     (nf ^ vf) >= 0
 *   GT  !Z && N==V (-(zf != 0) & ~(nf ^ vf)) < 0
 * When the flags come from a compare earlier in this TB whose operands are
 * still intact, the condition is the compare itself (a64_cmp_test).
 */

static bool a64_writes_cmp_state(const A64DisasContext *ctx,
                                 const IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];

    if (insn->opc == IR_call) {
        const IRHelper *h = (const IRHelper *)(uintptr_t)insn->args[7];
        if (!(h->flags & IR_HELPER_NO_WRITE_GLOBALS)) {
            return true;
        }
    }
    if (insn->opc == IR_st_env) {
        int64_t off = (int64_t)insn->args[1];
        return off >= (int64_t)offsetof(CPUARMState, x) &&
               off < (int64_t)offsetof(CPUARMState, tpidr_el0);
    }
    for (int j = 0; j < def->nb_oargs; j++) {
        IRArg t = insn->args[j];
        if (t == ctx->cmp_a || t == ctx->cmp_b || t == ctx->cmp_res ||
            t == a64_nf || t == a64_zf || t == a64_cf || t == a64_vf) {
            return true;
        }
    }
    return false;
}

/* Is the recorded compare still what the flags hold, with its operands
 * unchanged? Scans the IR emitted since; TBs are short. */
static bool a64_cmp_valid(A64DisasContext *ctx)
{
    IRContext *ir = ctx->ir;

    if (ctx->cmp_kind == A64_CMP_NONE || ctx->cmp_mark > ir->nb_insns) {
        return false;
    }
    for (uint32_t i = ctx->cmp_mark; i < ir->nb_insns; i++) {
        if (a64_writes_cmp_state(ctx, &ir->insns[i])) {
            ctx->cmp_kind = A64_CMP_NONE;
            return false;
        }
    }
    return true;
}

void a64_note_cmp(A64DisasContext *ctx, int kind, bool w32, IRTempId a,
                  IRTempId b, IRTempId res)
{
    ctx->cmp_kind = kind;
    ctx->cmp_w32 = w32;
    ctx->cmp_a = a;
    ctx->cmp_b = b;
    ctx->cmp_res = res;
    ctx->cmp_mark = ctx->ir->nb_insns;
}

/* The fused form of base condition `base` (cond >> 1), if there is one. */
static bool a64_cmp_test(A64DisasContext *ctx, int base, A64Test *t)
{
    IRContext *ir = ctx->ir;
    IRTempId a = ctx->cmp_a, b = ctx->cmp_b, res = ctx->cmp_res;
    IRTempId zero = ir_const(ir, 0);
    bool w = ctx->cmp_w32;

    switch (ctx->cmp_kind) {
    case A64_CMP_SUB:
        switch (base) {
        case 0: *t = a64_test(IR_COND_EQ, a, b, w); return true;
        case 1: *t = a64_test(IR_COND_GEU, a, b, w); return true;
        case 2: *t = a64_test(IR_COND_LT, res, zero, w); return true;
        case 4: *t = a64_test(IR_COND_GTU, a, b, w); return true;
        case 5: *t = a64_test(IR_COND_GE, a, b, w); return true;
        case 6: *t = a64_test(IR_COND_GT, a, b, w); return true;
        default: return false;
        }
    case A64_CMP_RES:
        switch (base) {
        case 0: *t = a64_test(IR_COND_EQ, res, zero, w); return true;
        case 2: *t = a64_test(IR_COND_LT, res, zero, w); return true;
        default: return false;
        }
    case A64_CMP_LOGIC:
        switch (base) {
        case 0: *t = a64_test(IR_COND_EQ, res, zero, w); return true;
        case 1: /* C clear */
        case 3: /* V clear */
        case 4: *t = a64_test(IR_COND_NEVER, zero, zero, w); return true;
        case 2: *t = a64_test(IR_COND_LT, res, zero, w); return true;
        case 5: *t = a64_test(IR_COND_GE, res, zero, w); return true;
        case 6: *t = a64_test(IR_COND_GT, res, zero, w); return true;
        default: return false;
        }
    default:
        return false;
    }
}

static A64Test a64_flag_test(A64DisasContext *ctx, int base)
{
    IRContext *ir = ctx->ir;
    IRTempId zero = ir_const(ir, 0), t, m;

    switch (base) {
    case 0:
        return a64_test(IR_COND_EQ, a64_zf, zero, false);
    case 1:
        return a64_test(IR_COND_NE, a64_cf, zero, false);
    case 2:
        return a64_test(IR_COND_LT, a64_nf, zero, false);
    case 3:
        return a64_test(IR_COND_LT, a64_vf, zero, false);
    case 4:
        t = ir_temp(ir);
        ir_neg(ir, t, a64_cf);
        ir_and(ir, t, t, a64_zf);
        return a64_test(IR_COND_NE, t, zero, false);
    case 5:
        t = ir_temp(ir);
        ir_xor(ir, t, a64_nf, a64_vf);
        return a64_test(IR_COND_GE, t, zero, false);
    case 6:
        t = ir_temp(ir);
        m = ir_temp(ir);
        ir_setcond(ir, IR_COND_NE, m, a64_zf, zero);
        ir_neg(ir, m, m);
        ir_xor(ir, t, a64_nf, a64_vf);
        ir_andc(ir, t, m, t);
        return a64_test(IR_COND_LT, t, zero, false);
    default:
        return a64_test(IR_COND_ALWAYS, zero, zero, false);
    }
}

A64Test a64_cond_test(A64DisasContext *ctx, int cond)
{
    int base = (cond >> 1) & 7;
    A64Test t;

    if (base == 7) {
        IRTempId zero = ir_const(ctx->ir, 0);
        return a64_test(IR_COND_ALWAYS, zero, zero, false);
    }
    if (!a64_cmp_valid(ctx) || !a64_cmp_test(ctx, base, &t)) {
        t = a64_flag_test(ctx, base);
    }
    if (cond & 1) {
        t.cond = ir_cond_invert(t.cond);
    }
    return t;
}

IRTempId a64_cond_value(A64DisasContext *ctx, int cond)
{
    IRContext *ir = ctx->ir;
    A64Test t = a64_cond_test(ctx, cond);
    IRTempId d = ir_temp(ir);

    if (t.cond == IR_COND_ALWAYS || t.cond == IR_COND_NEVER) {
        ir_movi(ir, d, t.cond == IR_COND_ALWAYS);
    } else if (t.w32) {
        ir_setcond32(ir, t.cond, d, t.a, t.b);
    } else {
        ir_setcond(ir, t.cond, d, t.a, t.b);
    }
    return d;
}

void a64_cond_select(A64DisasContext *ctx, int cond, IRTempId d, IRTempId v1,
                     IRTempId v2)
{
    IRContext *ir = ctx->ir;
    A64Test t = a64_cond_test(ctx, cond);

    if (t.cond == IR_COND_ALWAYS || t.cond == IR_COND_NEVER) {
        ir_mov(ir, d, t.cond == IR_COND_ALWAYS ? v1 : v2);
    } else if (t.w32) {
        /* movcond32 would also truncate the values: test first. */
        IRTempId s = ir_temp(ir);
        ir_setcond32(ir, t.cond, s, t.a, t.b);
        ir_movcond(ir, IR_COND_NE, d, s, ir_const(ir, 0), v1, v2);
    } else {
        ir_movcond(ir, t.cond, d, t.a, t.b, v1, v2);
    }
}

static const A64Pattern *const a64_tables[] = {
    a64_int_patterns,    a64_branch_patterns, a64_sys_patterns,
    a64_ldst_patterns,   a64_atomic_patterns, a64_fp_patterns,
    a64_simd_patterns,   a64_simd_ldst_patterns,
};

const A64Pattern *a64_lookup(uint32_t insn)
{
    for (size_t t = 0; t < sizeof(a64_tables) / sizeof(a64_tables[0]); t++) {
        for (const A64Pattern *p = a64_tables[t]; p->trans; p++) {
            if ((insn & p->mask) == p->match) {
                return p;
            }
        }
    }
    return NULL;
}

void a64_translate_one(A64DisasContext *ctx)
{
    const A64Pattern *p = a64_lookup(ctx->insn);
    uint32_t mark = ctx->ir->nb_insns;

    ctx->state = A64_DISAS_NEXT;
    if (p && p->trans(ctx, ctx->insn)) {
        return;
    }
    ctx->ir->nb_insns = mark;
    ctx->state = A64_DISAS_JUMPED;
    a64_gen_exception(ctx, EXCP_ILLEGAL);
}

static int a64_flag_index(IRArg t)
{
    if (t == a64_nf) {
        return 0;
    }
    if (t == a64_zf) {
        return 1;
    }
    if (t == a64_cf) {
        return 2;
    }
    return t == a64_vf ? 3 : -1;
}

/* May this op see the flags other than through its inputs: a block end,
 * a side exit or loop, a helper call, a load or store that may fault
 * where the state at a fault is seen (tb_exact_faults)? */
static bool a64_observes_state(const IRInsn *insn)
{
    const IROpDef *def = &ir_op_defs[insn->opc];

    if ((def->flags & IR_F_BB_END) || insn->opc == IR_call ||
        insn->opc == IR_exit_cond || insn->opc == IR_loop_back) {
        return true;
    }
    return (def->flags & IR_F_SYNC) && tb_exact_faults;
}

/*
 * Most flag values are overwritten before anything reads them: ADDS before
 * ADCS leaves only C live, and in CMP; CSEL; CMP; B.cond the first CMP's
 * flags die. Walking the TB backwards, drop a pure op whose only output is
 * a flag when a later op of the same basic block overwrites that flag
 * first. Anything that could observe the flags keeps them
 * (a64_observes_state). The optimizer's DCE then removes the
 * computations that fed the dropped writes.
 */
static void a64_drop_dead_flags(IRContext *ir)
{
    bool dead[4] = {false, false, false, false};

    for (uint32_t i = ir->nb_insns; i-- > 0;) {
        IRInsn *insn = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int f;

        if (a64_observes_state(insn)) {
            memset(dead, 0, sizeof(dead));
            continue;
        }
        f = def->nb_oargs == 1 ? a64_flag_index(insn->args[0]) : -1;
        if (f >= 0) {
            if (dead[f] && !(def->flags & IR_F_SIDE)) {
                insn->opc = IR_nop;
                insn->nargs = 0;
                continue;
            }
            dead[f] = true;
        }
        for (int j = def->nb_oargs; j < def->nb_oargs + def->nb_iargs &&
                                    j < insn->nargs; j++) {
            f = a64_flag_index(insn->args[j]);
            if (f >= 0) {
                dead[f] = false;
            }
        }
    }
}

/* The flags (bit i: a64_flag_index i) that ops [begin, end) write before
 * anything reads or could observe them. A loop_back leads two ways: back
 * to the TB's start, and on to the ops after it; so does an exit_cond with
 * taken-side ops: through them out of the TB, and on past them. A flag is
 * dead there if both ways write it first. */
static unsigned a64_flags_dead_from(const IRContext *ir, uint32_t begin,
                                    uint32_t end)
{
    unsigned dead = 0, seen = 0;

    for (uint32_t i = begin; i < end && seen != 15; i++) {
        const IRInsn *insn = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int f;

        if (insn->opc == IR_loop_back && begin > 0) {
            dead |= ~seen & a64_flags_dead_from(ir, 0, i) &
                    a64_flags_dead_from(ir, i + 1, end);
            break;
        }
        if (insn->opc == IR_exit_cond && insn->args[5]) {
            uint32_t side_end = i + 1 + (uint32_t)insn->args[5];
            dead |= ~seen & a64_flags_dead_from(ir, i + 1, side_end) &
                    a64_flags_dead_from(ir, side_end, end);
            break;
        }
        if (a64_observes_state(insn)) {
            break;
        }
        for (int j = def->nb_oargs;
             j < def->nb_oargs + def->nb_iargs && j < insn->nargs; j++) {
            if ((f = a64_flag_index(insn->args[j])) >= 0) {
                seen |= 1u << f;
            }
        }
        if (def->nb_oargs == 1 && (f = a64_flag_index(insn->args[0])) >= 0 &&
            !(seen >> f & 1)) {
            dead |= 1u << f;
            seen |= 1u << f;
        }
    }
    return dead;
}

/* Move the ops marked in moved[first, *at) (at most IR_MAX_SIDE_OPS) to
 * just after op *at, keeping their order; *at becomes its new index. */
static void a64_move_after(IRContext *ir, uint32_t *at, uint32_t first,
                           const uint8_t *moved)
{
    IRInsn buf[IR_MAX_SIDE_OPS];
    uint32_t k = first, m = 0;

    for (uint32_t i = first; i < *at; i++) {
        if (moved[i]) {
            buf[m++] = ir->insns[i];
        } else {
            ir->insns[k++] = ir->insns[i];
        }
    }
    ir->insns[k] = ir->insns[*at];
    memcpy(&ir->insns[k + 1], buf, m * sizeof(buf[0]));
    *at = k;
}

/*
 * Flag work that only some ways out of a TB need can move to just after
 * the op `at` (a loop_back or an exit_cond) that leads there: the writes
 * of the flags in `dead` and the pure ops that feed only them. Walking
 * back from `at` to the last op that may observe state, an op moves if no
 * op staying between it and `at` writes its inputs or reads or writes its
 * output, and nothing from `at` on reads its output. Returns how many
 * moved (at most max), now right after `at`, whose new index is *at.
 */
static uint32_t a64_sink_flags_past(IRContext *ir, uint32_t *at,
                                    unsigned dead, uint32_t max)
{
    uint8_t needed[IR_MAX_TEMPS], written[IR_MAX_TEMPS];
    uint8_t moved[IR_MAX_INSNS];
    uint32_t n = ir->nb_insns, first = *at, nb = 0;

    memset(needed, 0, ir->nb_temps);
    memset(written, 0, ir->nb_temps);
    for (uint32_t i = *at; i < n; i++) {
        const IRInsn *insn = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        for (int j = def->nb_oargs;
             j < def->nb_oargs + def->nb_iargs && j < insn->nargs; j++) {
            if (insn->args[j] < ir->nb_temps) {
                needed[insn->args[j]] = 1;
            }
        }
    }
    for (uint32_t i = *at; i-- > 0;) {
        IRInsn *insn = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        int no = def->nb_oargs, end = no + def->nb_iargs;
        IRArg out = insn->args[0];
        int f = no == 1 ? a64_flag_index(out) : -1;
        bool move = no == 1 && !(def->flags & IR_F_SIDE) &&
                    insn->opc != IR_ld_env && nb < max &&
                    (f >= 0 ? (dead >> f & 1) : out >= ir->nb_globals) &&
                    !needed[out] && !written[out];

        moved[i] = 0;
        if (a64_observes_state(insn)) {
            break;
        }
        for (int j = no; j < end && j < insn->nargs && move; j++) {
            move = insn->args[j] >= ir->nb_temps || !written[insn->args[j]];
        }
        if (move) {
            moved[i] = 1;
            first = i;
            nb++;
            continue;
        }
        for (int j = 0; j < end && j < insn->nargs; j++) {
            if (insn->args[j] < ir->nb_temps) {
                (j < no ? written : needed)[insn->args[j]] = 1;
            }
        }
    }
    if (nb) {
        a64_move_after(ir, at, first, moved);
    }
    return nb;
}

/* Of the flags in `dead`, those that pure ops in [start, at) write and
 * ops up to `at` then read again. */
static unsigned a64_flags_reread(const IRContext *ir, uint32_t start,
                                 uint32_t at, unsigned dead)
{
    unsigned written = 0, reread = 0, impure = 0;
    int f;

    for (uint32_t i = start; i <= at; i++) {
        const IRInsn *insn = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        for (int j = def->nb_oargs; j < def->nb_oargs + def->nb_iargs; j++) {
            if ((f = a64_flag_index(insn->args[j])) >= 0 && (written >> f & 1)) {
                reread |= 1u << f;
            }
        }
        for (int j = 0; j < def->nb_oargs && i < at; j++) {
            if ((f = a64_flag_index(insn->args[j])) >= 0) {
                written |= 1u << f;
                if (def->nb_oargs != 1 || (def->flags & IR_F_SIDE)) {
                    impure |= 1u << f;
                }
            }
        }
    }
    return dead & reread & ~impure;
}

/*
 * A flag in `dead` that ops before `at` (back to the last op that may
 * observe state) write and then read again (CCMP; B.cond reads NZCV
 * unfused) cannot simply move past `at`: the reads need the value. Give
 * those writes fresh temps, make the reads use them, and write the flag
 * from its temp right after `at`; then the flag itself is written only on
 * the way out. Returns the number of writes inserted after `at`.
 */
static uint32_t a64_flags_via_temps(IRContext *ir, uint32_t at, unsigned dead)
{
    static IRTempId *const flag[4] = {&a64_nf, &a64_zf, &a64_cf, &a64_vf};
    IRTempId cur[4] = {0, 0, 0, 0};
    uint32_t start = at, k = 0;
    unsigned ren;
    int f;

    while (start > 0 && !a64_observes_state(&ir->insns[start - 1])) {
        start--;
    }
    ren = a64_flags_reread(ir, start, at, dead);
    if (!ren || ir->nb_insns + 4 > IR_MAX_INSNS) {
        return 0;
    }
    for (uint32_t i = start; i <= at; i++) {
        IRInsn *insn = &ir->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        for (int j = def->nb_oargs; j < def->nb_oargs + def->nb_iargs; j++) {
            if ((f = a64_flag_index(insn->args[j])) >= 0 && cur[f]) {
                insn->args[j] = cur[f];
            }
        }
        if (i < at && def->nb_oargs == 1 &&
            (f = a64_flag_index(insn->args[0])) >= 0 && (ren >> f & 1)) {
            cur[f] = ir_temp(ir);
            insn->args[0] = cur[f];
        }
    }
    for (f = 0; f < 4; f++) {
        k += cur[f] != 0;
    }
    memmove(&ir->insns[at + 1 + k], &ir->insns[at + 1],
            (ir->nb_insns - at - 1) * sizeof(ir->insns[0]));
    ir->nb_insns += k;
    for (f = 0, k = 0; f < 4; f++) {
        if (cur[f]) {
            IRInsn *mv = &ir->insns[at + 1 + k++];
            memset(mv, 0, sizeof(*mv));
            mv->opc = IR_mov;
            mv->nargs = 2;
            mv->args[0] = *flag[f];
            mv->args[1] = cur[f];
        }
    }
    return k;
}

/*
 * In a self-loop TB, the flags the last compare computes are, on the back
 * edge, overwritten by the TB's start before anything can see them; only
 * the ways out of the loop need them. Their computation moves to just
 * after loop_back, where every way out passes (loop_back falls through on
 * an exit request too, see ir-ops.def).
 */
static void a64_sink_loop_flags(IRContext *ir)
{
    uint32_t loop = 0;
    unsigned dead;

    while (loop < ir->nb_insns && ir->insns[loop].opc != IR_loop_back) {
        loop++;
    }
    if (loop < ir->nb_insns && (dead = a64_flags_dead_from(ir, 0, loop))) {
        a64_flags_via_temps(ir, loop, dead);
        a64_sink_flags_past(ir, &loop, dead, IR_MAX_SIDE_OPS);
    }
}

/*
 * A side exit needs the flags of the compare before it, but when the
 * fall-through overwrites them unread (CMP; B.cond; ...; CMP), only the
 * taken side does: their computation becomes the exit_cond's taken-side
 * ops. Exits are taken last to first, so moving one exit's ops leaves
 * the earlier ones where they are.
 */
static void a64_sink_exit_flags(IRContext *ir)
{
    for (uint32_t i = ir->nb_insns; i-- > 0;) {
        IRInsn *insn = &ir->insns[i];
        unsigned dead;

        if (insn->opc != IR_exit_cond || insn->args[5] ||
            !(dead = a64_flags_dead_from(ir, i + 1, ir->nb_insns))) {
            continue;
        }
        uint32_t at = i;
        uint32_t nb = a64_flags_via_temps(ir, at, dead);
        nb += a64_sink_flags_past(ir, &at, dead, IR_MAX_SIDE_OPS - nb);
        ir->insns[at].args[5] = nb;
    }
}

void a64_translate(IRContext *ir, TranslationBlock *tb, CPUCommon *cpu)
{
    A64DisasContext ctx = {.ir = ir, .cpu = cpu, .tb = tb, .pc = tb->pc};
    unsigned n = 0;

    for (;;) {
        int dbg = translator_debug_check(tb, ctx.pc, n);
        if (dbg == TRANSLATOR_DEBUG_END) {
            a64_gen_goto(&ctx, ctx.pc);
            ctx.next_pc = ctx.pc;
            break;
        }
        if (dbg == TRANSLATOR_DEBUG_BREAK) {
            ir_insn_start(ir, ctx.pc);
            a64_gen_exception(&ctx, EXCP_DEBUG);
            ctx.next_pc = ctx.pc + 4;
            break;
        }
        ir_insn_start(ir, ctx.pc);
        if (!translator_fetch(ctx.pc, 4, &ctx.insn)) {
            if (n == 0) {
                ir_st_env(ir, ir_const(ir, (int64_t)ctx.pc),
                          offsetof(CPUCommon, fault_addr), IR_MO_64);
                ir_st_env(ir, ir_const(ir, SEGV_MAPERR),
                          offsetof(CPUCommon, fault_code), IR_MO_32);
                a64_gen_exception(&ctx, EXCP_SEGV);
                ctx.next_pc = ctx.pc + 4;
            } else {
                ctx.ir->nb_insns--; /* the insn_start just emitted */
                a64_gen_goto(&ctx, ctx.pc);
                ctx.next_pc = ctx.pc;
            }
            break;
        }
        ctx.next_pc = ctx.pc + 4;
        a64_translate_one(&ctx);
        n++;
        if (ctx.state == A64_DISAS_JUMPED) {
            break;
        }
        if (ctx.state == A64_DISAS_STOP || n >= a64_max_insns ||
            ir_nearly_full(ir) ||
            (ctx.next_pc & GUEST_PAGE_MASK) != (tb->pc & GUEST_PAGE_MASK)) {
            a64_gen_goto(&ctx, ctx.next_pc);
            break;
        }
        ctx.pc = ctx.next_pc;
    }
    tb->size = (uint32_t)((ctx.cover_end > ctx.next_pc ? ctx.cover_end
                                                        : ctx.next_pc) -
                          tb->pc);
    a64_drop_dead_flags(ir);
    if (tuning_on(TUNING_flag_sink)) {
        a64_sink_loop_flags(ir);
        a64_sink_exit_flags(ir);
    }
}

void a64_cpu_reset(CPUCommon *cpu)
{
    CPUARMState *env = a64_env(cpu);
    size_t off = offsetof(CPUARMState, x);

    memset((char *)env + off, 0, sizeof(*env) - off);
    env->zf = 1; /* Z clear */
    env->excl_addr = UINT64_MAX;
    cpu->pc = 0;
}

void a64_dump_state(CPUCommon *cpu, void (*print)(const char *, ...))
{
    CPUARMState *env = a64_env(cpu);
    uint32_t nzcv = a64_nzcv_get(env);

    print(" pc  %016llx  nzcv %c%c%c%c\n", (unsigned long long)cpu->pc,
          nzcv >> 31 & 1 ? 'N' : '-', nzcv >> 30 & 1 ? 'Z' : '-',
          nzcv >> 29 & 1 ? 'C' : '-', nzcv >> 28 & 1 ? 'V' : '-');
    for (int i = 0; i < 32; i++) {
        print(" %-3s %016llx%s", a64_x_names[i], (unsigned long long)env->x[i],
              (i & 3) == 3 ? "\n" : "");
    }
    for (int i = 0; i < 32; i++) {
        print(" q%-2d %016llx%016llx%s", i, (unsigned long long)env->v[i][1],
              (unsigned long long)env->v[i][0], (i & 1) ? "\n" : "");
    }
    print(" fpcr %08x fpsr %08x\n", env->fpcr, env->fpsr);
}

bool a64_cpu_select(const char *name)
{
    static const char *const models[] = {"cortex-a53", "cortex-a72", "max",
                                         "any"};

    if (!strcmp(name, "help")) {
        printf("Available CPUs:\n");
        printf("  max         ARMv8.0-A + CRC32, LSE atomics, LRCPC\n");
        printf("  cortex-a53, cortex-a72, any: the same as max\n");
        return true;
    }
    for (size_t i = 0; i < sizeof(models) / sizeof(models[0]); i++) {
        if (!strcmp(name, models[i])) {
            return true;
        }
    }
    return false;
}
