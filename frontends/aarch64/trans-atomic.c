/*
 * Exclusives, acquire/release, LDAPR and the LSE atomics.
 *
 *   ordered/exclusive  size 001000 o2 L o1 Rs o0 Rt2 Rn Rt
 *     o2 o1 = 00  LDXR/LDAXR/STXR/STLXR (B/H/W/X)
 *             01  LDXP/STXP... (size 1x: W/X pairs) or CASP* (size 0x)
 *             10  LDAR/STLR (o0 = 1), LDLAR/STLLR (o0 = 0)
 *             11  CAS* (L = acquire, o0 = release)
 *   atomic memory      size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt
 *     o3 = 0: LDADD LDCLR LDEOR LDSET LDSMAX LDSMIN LDUMAX LDUMIN (opc)
 *     o3 = 1: SWP (opc 000), LDAPR (opc 100, A=1 R=0 Rs=31)
 *
 * Exclusive stores, LDXP, CAS and the LSE ops go through helpers-mem.c
 * (host atomics, which are sequentially consistent on x86, so every A/L
 * variant is covered); pc is stored first so a raise or host fault lands on
 * this instruction. LDXR is inline: an aligned load that then arms the
 * monitor. LDAR and STLR are plain aligned accesses: x86 loads already
 * acquire and stores release; only STLR followed by LDAR needs a
 * store->load fence, placed after each STLR. Misaligned addresses raise
 * SIGBUS (BUS_ADRALN) everywhere here.
 */
#include <stddef.h>

#include "frontends/aarch64/helpers-mem.h"
#include "frontends/aarch64/translate.h"

/* Helpers don't touch the x registers: globals stay cached across them. */
#define A64_HF IR_HELPER_NO_WRITE_GLOBALS

static const IRHelper a64_h_ldxr = IR_HELPER(a64_helper_ldxr, A64_HF);
static const IRHelper a64_h_stxr = IR_HELPER(a64_helper_stxr, A64_HF);
static const IRHelper a64_h_ldxp = IR_HELPER(a64_helper_ldxp, A64_HF);
static const IRHelper a64_h_stxp = IR_HELPER(a64_helper_stxp, A64_HF);
static const IRHelper a64_h_cas = IR_HELPER(a64_helper_cas, A64_HF);
static const IRHelper a64_h_casp = IR_HELPER(a64_helper_casp, A64_HF);

#define A64_LSE_ROW(name)                                                      \
    {IR_HELPER(a64_helper_##name##_b, A64_HF),                                 \
     IR_HELPER(a64_helper_##name##_h, A64_HF),                                 \
     IR_HELPER(a64_helper_##name##_w, A64_HF),                                 \
     IR_HELPER(a64_helper_##name##_x, A64_HF)},
/* [op][size], op in A64_LSE_OPS order (opc, then swp). */
static const IRHelper a64_lse_helpers[][4] = {A64_LSE_OPS(A64_LSE_ROW)};
#undef A64_LSE_ROW
enum { A64_LSE_SWP = 8 };

static IRTempId a64_const(A64DisasContext *ctx, int64_t v)
{
    return ir_const(ctx->ir, v);
}

/* Low word of lo and high word of hi joined: (hi << 32) | (uint32_t)lo. */
static IRTempId a64_join_w(A64DisasContext *ctx, IRTempId lo, IRTempId hi)
{
    IRContext *ir = ctx->ir;
    IRTempId l = ir_temp(ir), h = ir_temp(ir), r = ir_temp(ir);

    ir_ext32u(ir, l, lo);
    ir_shli(ir, h, hi, 32);
    ir_or(ir, r, h, l);
    return r;
}

/* Split doubleword t into W registers r1 (low) and r2 (high). */
static void a64_split_w(A64DisasContext *ctx, int r1, int r2, IRTempId t)
{
    IRTempId h = ir_temp(ctx->ir);

    ir_shri(ctx->ir, h, t, 32);
    a64_set_w(ctx, r1, t);
    if (r2 != 31) {
        ir_mov(ctx->ir, a64_x[r2], h);
    }
}

/* LDXR/LDAXR/STXR/STLXR. LDXR is inline: an aligned load, then the
 * monitor armed as a64_helper_ldxr would (after the load, so a fault leaves
 * it alone). */
static bool a64_gen_excl(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    unsigned size = insn >> 30;
    bool load = a64_field(insn, 22, 1);
    int rt = a64_rd(insn), rs = a64_rm(insn);
    IRTempId addr = a64_gpr_sp(ctx, a64_rn(insn));

    if (load) {
        IRTempId v = ir_temp(ir);
        ir_ld(ir, v, addr, (IRMemOp)(size | IR_MO_ALIGN));
        ir_st_env(ir, addr, offsetof(CPUARMState, excl_addr), IR_MO_64);
        ir_st_env(ir, v, offsetof(CPUARMState, excl_val), IR_MO_64);
        ir_st_env(ir, a64_const(ctx, size), offsetof(CPUARMState, excl_size),
                  IR_MO_32);
        if (rt != 31) {
            ir_mov(ir, a64_x[rt], v);
        }
        return true;
    }
    a64_gen_sync_pc(ctx);
    ir_call(ir, &a64_h_stxr, a64_gpr_dst(ctx, rs), 4, IR_ENV, addr,
            a64_gpr(ctx, rt), a64_const(ctx, size));
    return true;
}

/* LDXP/LDAXP/STXP/STLXP: W pairs are one doubleword access. */
static bool a64_gen_excl_pair(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool x = a64_field(insn, 30, 1), load = a64_field(insn, 22, 1);
    int rt = a64_rd(insn), rt2 = a64_ra(insn), rs = a64_rm(insn);
    IRTempId addr = a64_gpr_sp(ctx, a64_rn(insn));

    a64_gen_sync_pc(ctx);
    if (load && x) {
        IRTempId lo = ir_temp(ir);
        ir_call(ir, &a64_h_ldxp, lo, 2, IR_ENV, addr);
        ir_ld_env(ir, a64_gpr_dst(ctx, rt2), offsetof(CPUARMState, excl_val2),
                  IR_MO_64);
        if (rt != 31) {
            ir_mov(ir, a64_x[rt], lo);
        }
    } else if (load) {
        IRTempId t = ir_temp(ir);
        ir_call(ir, &a64_h_ldxr, t, 3, IR_ENV, addr, a64_const(ctx, 3));
        a64_split_w(ctx, rt, rt2, t);
    } else if (x) {
        ir_call(ir, &a64_h_stxp, a64_gpr_dst(ctx, rs), 4, IR_ENV, addr,
                a64_gpr(ctx, rt), a64_gpr(ctx, rt2));
    } else {
        IRTempId v = a64_join_w(ctx, a64_gpr(ctx, rt), a64_gpr(ctx, rt2));
        ir_call(ir, &a64_h_stxr, a64_gpr_dst(ctx, rs), 4, IR_ENV, addr, v,
                a64_const(ctx, 3));
    }
    return true;
}

/* LDAR/STLR/LDLAR/STLLR (and LDAPR): aligned plain accesses. */
static void a64_gen_acqrel(A64DisasContext *ctx, int size, bool load, int rt,
                           int rn)
{
    IRContext *ir = ctx->ir;
    IRMemOp mo = (IRMemOp)(size | IR_MO_ALIGN);
    IRTempId addr = a64_gpr_sp(ctx, rn);

    if (load) {
        ir_ld(ir, a64_gpr_dst(ctx, rt), addr, mo);
    } else {
        ir_st(ir, a64_gpr(ctx, rt), addr, mo);
        ir_mb(ir, IR_MB_ST_LD);
    }
}

/* CAS/CASA/CASL/CASAL (B/H/W/X): Rs gets the old value. */
static bool a64_gen_cas(A64DisasContext *ctx, uint32_t insn)
{
    int rs = a64_rm(insn);

    a64_gen_sync_pc(ctx);
    ir_call(ctx->ir, &a64_h_cas, a64_gpr_dst(ctx, rs), 5, IR_ENV,
            a64_gpr_sp(ctx, a64_rn(insn)), a64_gpr(ctx, rs),
            a64_gpr(ctx, a64_rd(insn)), a64_const(ctx, insn >> 30));
    return true;
}

/* CASP* (W and X pairs): Rs:Rs+1 compared, Rt:Rt+1 stored, both even. */
static bool a64_gen_casp(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool x = a64_field(insn, 30, 1);
    int rs = a64_rm(insn), rt = a64_rd(insn);
    IRTempId addr = a64_gpr_sp(ctx, a64_rn(insn));
    IRTempId old = ir_temp(ir);

    if ((rs | rt) & 1) {
        return false;
    }
    a64_gen_sync_pc(ctx);
    if (x) {
        ir_call(ir, &a64_h_casp, old, 6, IR_ENV, addr, a64_gpr(ctx, rs),
                a64_gpr(ctx, rs + 1), a64_gpr(ctx, rt), a64_gpr(ctx, rt + 1));
        ir_ld_env(ir, a64_gpr_dst(ctx, rs + 1),
                  offsetof(CPUARMState, excl_val2), IR_MO_64);
        ir_mov(ir, a64_gpr_dst(ctx, rs), old);
    } else {
        IRTempId cmp = a64_join_w(ctx, a64_gpr(ctx, rs), a64_gpr(ctx, rs + 1));
        IRTempId val = a64_join_w(ctx, a64_gpr(ctx, rt), a64_gpr(ctx, rt + 1));
        ir_call(ir, &a64_h_cas, old, 5, IR_ENV, addr, cmp, val,
                a64_const(ctx, 3));
        a64_split_w(ctx, rs, rs + 1, old);
    }
    return true;
}

/* The ordered/exclusive group, by o2:o1. */
static bool trans_excl(A64DisasContext *ctx, uint32_t insn)
{
    bool o2 = a64_field(insn, 23, 1), o1 = a64_field(insn, 21, 1);
    unsigned size = insn >> 30;

    if (!o2 && !o1) {
        return a64_gen_excl(ctx, insn);
    }
    if (!o2) {
        if (size & 2) {
            return a64_gen_excl_pair(ctx, insn);
        }
        return a64_ra(insn) == 31 && a64_gen_casp(ctx, insn);
    }
    if (!o1) {
        a64_gen_acqrel(ctx, size, a64_field(insn, 22, 1), a64_rd(insn),
                       a64_rn(insn));
        return true;
    }
    return a64_ra(insn) == 31 && a64_gen_cas(ctx, insn);
}

/* LD<op>, ST<op> (Rt = XZR), SWP, LDAPR. */
static bool trans_lse(A64DisasContext *ctx, uint32_t insn)
{
    unsigned size = insn >> 30, opc = a64_field(insn, 12, 3);
    bool o3 = a64_field(insn, 15, 1);
    int op;

    if (o3) {
        if (opc == 4 && a64_field(insn, 22, 2) == 2 && a64_rm(insn) == 31) {
            a64_gen_acqrel(ctx, size, true, a64_rd(insn), a64_rn(insn));
            return true;
        }
        if (opc != 0) {
            return false;
        }
        op = A64_LSE_SWP;
    } else {
        op = (int)opc;
    }
    a64_gen_sync_pc(ctx);
    ir_call(ctx->ir, &a64_lse_helpers[op][size], a64_gpr_dst(ctx, a64_rd(insn)),
            3, IR_ENV, a64_gpr_sp(ctx, a64_rn(insn)),
            a64_gpr(ctx, a64_rm(insn)));
    return true;
}

const A64Pattern a64_atomic_patterns[] = {
    {0x3f000000, 0x08000000, trans_excl, "ldxr/stxr/ldar/stlr/cas"},
    {0x3f200c00, 0x38200000, trans_lse, "lse"},
    {0, 0, NULL, NULL},
};

#undef A64_HF
