/*
 * Loads and stores of general and scalar SIMD&FP registers: every
 * single-register addressing form, the pairs, and literal loads.
 *
 *   literal    opc 011 V 00 imm19 Rt
 *   pair       opc 101 V 0 type(2) L imm7 Rt2 Rn Rt
 *              type 00 no-allocate (LDNP/STNP), 01 post, 10 offset, 11 pre
 *   imm9       size 111 V 00 opc 0 imm9 op(2) Rn Rt
 *              op 00 unscaled (LDUR), 01 post, 10 unprivileged (LDTR), 11 pre
 *   register   size 111 V 00 opc 1 Rm option S 10 Rn Rt
 *   uimm12     size 111 V 01 opc imm12 Rn Rt   (offset scaled by the size)
 *
 * Rn = 31 is SP; Rt = 31 is XZR. Base write-back comes after every access
 * of the instruction, and loaded values that could alias the base wait in
 * temps, so a faulting access leaves the base (and the pc) as they were:
 * the signal handler sees the instruction unexecuted, except that a pair
 * whose second half faults may have written Rt already (as hardware may).
 * Loads with write-back and Rt == Rn (CONSTRAINED UNPREDICTABLE) give Rt
 * the loaded value.
 *
 * SIMD&FP registers live in the CPU state (see cpu.h): a scalar load writes
 * the value zero-extended to the whole 128-bit register; Q accesses are two
 * doublewords, low one at the lower address.
 */
#include "frontends/aarch64/translate.h"
#include "translator/tuning.h"

/* One decoded single-register access. */
typedef struct A64Access {
    unsigned size; /* log2 bytes: 0..3, and 4 for Q */
    bool load;
    bool sign;   /* sign-extending load (LDRS*) */
    bool sext64; /* ... to 64 bits (else to 32, upper half zero) */
    bool vec;    /* SIMD&FP register */
    bool prfm;   /* prefetch: a NOP */
} A64Access;

/* size(31:30) V(26) opc(23:22) of the single-register forms. */
static bool a64_decode_access(uint32_t insn, A64Access *a)
{
    unsigned size = insn >> 30, opc = a64_field(insn, 22, 2);

    *a = (A64Access){.size = size, .vec = a64_field(insn, 26, 1)};
    if (a->vec) {
        if (opc & 2) {
            if (size != 0) {
                return false;
            }
            a->size = 4;
        }
        a->load = opc & 1;
        return true;
    }
    switch (opc) {
    case 0:
        return true;
    case 1:
        a->load = true;
        return true;
    case 2:
        if (size == 3) {
            a->prfm = true;
            return true;
        }
        a->load = a->sign = a->sext64 = true;
        return true;
    default:
        if (size >= 2) {
            return false;
        }
        a->load = a->sign = true;
        return true;
    }
}

static IRMemOp a64_memop(const A64Access *a)
{
    return (IRMemOp)((a->size & 3) | (a->sign ? IR_MO_SIGN : 0));
}

/* Base write-back: Rn (31 = SP) += imm. */
static void a64_writeback(A64DisasContext *ctx, int rn, int64_t imm)
{
    IRTempId b = a64_gpr_sp(ctx, rn);

    ir_addi(ctx->ir, b, b, imm);
}

/* addr + off as a temp (the optimizer folds it into the access). */
static IRTempId a64_addr_off(A64DisasContext *ctx, IRTempId addr, int64_t off)
{
    IRTempId t;

    if (off == 0) {
        return addr;
    }
    t = ir_temp(ctx->ir);
    ir_addi(ctx->ir, t, addr, off);
    return t;
}

/* Load vector register parts from base + off into temps lo (and hi for
 * Q). Addresses are always formed from the base register, so the optimizer
 * folds every offset into the access. */
static void a64_vec_load(A64DisasContext *ctx, const A64Access *a,
                         IRTempId base, int64_t off, IRTempId *lo, IRTempId *hi)
{
    IRContext *ir = ctx->ir;

    *lo = ir_temp(ir);
    if (a->size == 4) {
        *hi = ir_temp(ir);
        ir_ld(ir, *lo, a64_addr_off(ctx, base, off), IR_MO_64);
        ir_ld(ir, *hi, a64_addr_off(ctx, base, off + 8), IR_MO_64);
    } else {
        *hi = ir_const(ir, 0);
        ir_ld(ir, *lo, a64_addr_off(ctx, base, off), (IRMemOp)a->size);
    }
}

static void a64_vec_set(A64DisasContext *ctx, int rt, IRTempId lo, IRTempId hi)
{
    ir_st_env(ctx->ir, lo, (int32_t)a64_vreg_offset(rt, 0), IR_MO_64);
    ir_st_env(ctx->ir, hi, (int32_t)a64_vreg_offset(rt, 1), IR_MO_64);
}

static void a64_vec_store(A64DisasContext *ctx, const A64Access *a, int rt,
                          IRTempId base, int64_t off)
{
    IRContext *ir = ctx->ir;
    IRTempId lo = ir_temp(ir);

    ir_ld_env(ir, lo, (int32_t)a64_vreg_offset(rt, 0), IR_MO_64);
    if (a->size == 4) {
        IRTempId hi = ir_temp(ir);
        ir_ld_env(ir, hi, (int32_t)a64_vreg_offset(rt, 1), IR_MO_64);
        ir_st(ir, lo, a64_addr_off(ctx, base, off), IR_MO_64);
        ir_st(ir, hi, a64_addr_off(ctx, base, off + 8), IR_MO_64);
    } else {
        ir_st(ir, lo, a64_addr_off(ctx, base, off), (IRMemOp)a->size);
    }
}

/* Give GPR rt a loaded value t (32-bit sign-extending loads zero the upper
 * half). */
static void a64_gpr_commit(A64DisasContext *ctx, const A64Access *a, int rt,
                           IRTempId t)
{
    if (a->sign && !a->sext64) {
        a64_set_w(ctx, rt, t);
    } else if (rt != 31) {
        ir_mov(ctx->ir, a64_x[rt], t);
    }
}

/*
 * The access at base + off, then the write-back Rn += wb_imm when wb (rn is
 * the base register, used for the aliasing check).
 */
static void a64_do_access(A64DisasContext *ctx, const A64Access *a, int rt,
                          IRTempId base, int64_t off, int rn, bool wb,
                          int64_t wb_imm)
{
    IRContext *ir = ctx->ir;
    IRTempId addr;

    if (a->prfm) {
        return;
    }
    if (a->vec) {
        if (a->load) {
            IRTempId lo, hi;
            a64_vec_load(ctx, a, base, off, &lo, &hi);
            a64_vec_set(ctx, rt, lo, hi);
        } else {
            a64_vec_store(ctx, a, rt, base, off);
        }
        if (wb) {
            a64_writeback(ctx, rn, wb_imm);
        }
        return;
    }
    addr = a64_addr_off(ctx, base, off);
    if (!a->load) {
        ir_st(ir, a64_gpr(ctx, rt), addr, a64_memop(a));
    } else if ((wb && rt == rn) || (a->sign && !a->sext64)) {
        IRTempId t = ir_temp(ir);
        ir_ld(ir, t, addr, a64_memop(a));
        if (wb) {
            a64_writeback(ctx, rn, wb_imm);
            wb = false;
        }
        a64_gpr_commit(ctx, a, rt, t);
    } else {
        ir_ld(ir, a64_gpr_dst(ctx, rt), addr, a64_memop(a));
    }
    if (wb) {
        a64_writeback(ctx, rn, wb_imm);
    }
}

/* LDR (literal) W/X/S/D/Q, LDRSW (literal), PRFM (literal). */
static bool trans_ld_lit(A64DisasContext *ctx, uint32_t insn)
{
    unsigned opc = insn >> 30;
    bool vec = a64_field(insn, 26, 1);
    uint64_t addr = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 19) * 4);
    IRTempId a = ir_const(ctx->ir, (int64_t)addr);
    A64Access acc = {.load = true, .vec = vec};
    int rt = a64_rd(insn);

    if (vec) {
        if (opc == 3) {
            return false;
        }
        acc.size = 2 + opc;
    } else {
        acc.size = opc == 1 ? 3 : 2;
        acc.sign = acc.sext64 = opc == 2;
        acc.prfm = opc == 3;
    }
    a64_do_access(ctx, &acc, rt, a, 0, -1, false, 0);
    return true;
}

/* LDR/STR (immediate): unscaled, post-index, unprivileged, pre-index. */
static bool trans_ldst_imm9(A64DisasContext *ctx, uint32_t insn)
{
    unsigned op = a64_field(insn, 10, 2);
    int64_t imm = a64_sfield(insn, 12, 9);
    int rn = a64_rn(insn), rt = a64_rd(insn);
    IRTempId base = a64_gpr_sp(ctx, rn);
    A64Access a;

    if (!a64_decode_access(insn, &a)) {
        return false;
    }
    if (op != 0 && a.prfm) {
        return false; /* PRFUM has only the unscaled form */
    }
    if (op == 2 && a.vec) {
        return false; /* no LDTR for SIMD&FP */
    }
    switch (op) {
    case 1: /* post-index */
        a64_do_access(ctx, &a, rt, base, 0, rn, true, imm);
        break;
    case 3: /* pre-index */
        a64_do_access(ctx, &a, rt, base, imm, rn, true, imm);
        break;
    default: /* unscaled; unprivileged is the same at EL0 */
        a64_do_access(ctx, &a, rt, base, imm, rn, false, 0);
        break;
    }
    return true;
}

/* LDR/STR (register): Rn + extend(Rm) << (S ? size : 0). */
static bool trans_ldst_reg(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    unsigned option = a64_field(insn, 13, 3);
    bool s = a64_field(insn, 12, 1);
    int rn = a64_rn(insn), rt = a64_rd(insn), rm = a64_rm(insn);
    IRTempId off, addr;
    A64Access a;

    if (!(option & 2) || !a64_decode_access(insn, &a)) {
        return false;
    }
    if (a.prfm) {
        return true;
    }
    off = a64_gpr(ctx, rm);
    if (option == 2 || option == 6) { /* UXTW, SXTW */
        IRTempId t = ir_temp(ir);
        if (option == 2) {
            ir_ext32u(ir, t, off);
        } else {
            ir_ext32s(ir, t, off);
        }
        off = t;
    }
    addr = ir_temp(ir);
    if (tuning_on(TUNING_addsh)) {
        ir_addsh(ir, addr, a64_gpr_sp(ctx, rn), off, s ? a.size : 0);
    } else {
        if (s && a.size) {
            IRTempId t = ir_temp(ir);
            ir_shli(ir, t, off, a.size);
            off = t;
        }
        ir_add(ir, addr, a64_gpr_sp(ctx, rn), off);
    }
    a64_do_access(ctx, &a, rt, addr, 0, rn, false, 0);
    return true;
}

/* LDR/STR (unsigned immediate, scaled by the access size). */
static bool trans_ldst_uimm(A64DisasContext *ctx, uint32_t insn)
{
    int rn = a64_rn(insn), rt = a64_rd(insn);
    A64Access a;

    if (!a64_decode_access(insn, &a)) {
        return false;
    }
    int64_t off = (int64_t)a64_field(insn, 10, 12) << a.size;
    a64_do_access(ctx, &a, rt, a64_gpr_sp(ctx, rn), off, rn, false, 0);
    return true;
}

/* A pair of GPRs at base + off and base + off + esize. */
static void a64_pair_gpr(A64DisasContext *ctx, const A64Access *a, int rt,
                         int rt2, int rn, int64_t off, bool wb, int64_t imm)
{
    IRContext *ir = ctx->ir;
    IRTempId base = a64_gpr_sp(ctx, rn);
    IRTempId addr = a64_addr_off(ctx, base, off);
    IRTempId addr2 = a64_addr_off(ctx, base, off + (1 << a->size));
    IRMemOp mo = a64_memop(a);

    if (!a->load) {
        ir_st(ir, a64_gpr(ctx, rt), addr, mo);
        ir_st(ir, a64_gpr(ctx, rt2), addr2, mo);
    } else if (rt == rn || rt2 == rn || rt == rt2) {
        IRTempId t1 = ir_temp(ir), t2 = ir_temp(ir);
        ir_ld(ir, t1, addr, mo);
        ir_ld(ir, t2, addr2, mo);
        if (wb) {
            a64_writeback(ctx, rn, imm);
            wb = false;
        }
        a64_gpr_commit(ctx, a, rt, t1);
        a64_gpr_commit(ctx, a, rt2, t2);
    } else {
        ir_ld(ir, a64_gpr_dst(ctx, rt), addr, mo);
        ir_ld(ir, a64_gpr_dst(ctx, rt2), addr2, mo);
    }
    if (wb) {
        a64_writeback(ctx, rn, imm);
    }
}

/* A pair of S/D/Q registers. */
static void a64_pair_vec(A64DisasContext *ctx, const A64Access *a, int rt,
                         int rt2, int rn, int64_t off, bool wb, int64_t imm)
{
    IRTempId base = a64_gpr_sp(ctx, rn);
    int64_t off2 = off + (1 << a->size);

    if (a->load) {
        IRTempId lo1, hi1, lo2, hi2;
        a64_vec_load(ctx, a, base, off, &lo1, &hi1);
        a64_vec_load(ctx, a, base, off2, &lo2, &hi2);
        a64_vec_set(ctx, rt, lo1, hi1);
        a64_vec_set(ctx, rt2, lo2, hi2);
    } else {
        a64_vec_store(ctx, a, rt, base, off);
        a64_vec_store(ctx, a, rt2, base, off2);
    }
    if (wb) {
        a64_writeback(ctx, rn, imm);
    }
}

/* LDP/STP/LDPSW/LDNP/STNP, general and SIMD&FP. */
static bool trans_ldst_pair(A64DisasContext *ctx, uint32_t insn)
{
    unsigned opc = insn >> 30, type = a64_field(insn, 23, 2);
    bool load = a64_field(insn, 22, 1);
    int rn = a64_rn(insn), rt = a64_rd(insn), rt2 = a64_ra(insn);
    A64Access a = {.load = load, .vec = a64_field(insn, 26, 1)};

    if (opc == 3) {
        return false;
    }
    if (a.vec) {
        a.size = 2 + opc;
    } else if (opc == 1) {
        if (!load || type == 0) {
            return false; /* STGP (MTE); no LDNPSW */
        }
        a.size = 2;
        a.sign = a.sext64 = true;
    } else {
        a.size = opc ? 3 : 2;
    }
    int64_t imm = a64_sfield(insn, 15, 7) * (1 << a.size);
    int64_t off = type == 1 ? 0 : imm; /* post-index: the base itself */
    bool wb = type == 1 || type == 3;

    if (a.vec) {
        a64_pair_vec(ctx, &a, rt, rt2, rn, off, wb, imm);
    } else {
        a64_pair_gpr(ctx, &a, rt, rt2, rn, off, wb, imm);
    }
    return true;
}

const A64Pattern a64_ldst_patterns[] = {
    {0x3b000000, 0x18000000, trans_ld_lit, "ldr (literal)"},
    {0x3a000000, 0x28000000, trans_ldst_pair, "ldp/stp"},
    {0x3b200000, 0x38000000, trans_ldst_imm9, "ldr/str (imm9)"},
    {0x3b200c00, 0x38200800, trans_ldst_reg, "ldr/str (register)"},
    {0x3b000000, 0x39000000, trans_ldst_uimm, "ldr/str (uimm12)"},
    {0, 0, NULL, NULL},
};
