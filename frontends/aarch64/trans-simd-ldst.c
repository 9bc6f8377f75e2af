/*
 * AdvSIMD structure loads and stores: LD1-LD4/ST1-ST4 (multiple
 * structures), LD1-LD4/ST1-ST4 (single structure, one lane), LD1R-LD4R,
 * each with no offset or post-index (immediate or register).
 *
 * Memory is reached with guest ld/st IR ops in 64-bit words where the
 * layout allows (LD1/ST1 of any element size is a plain copy, as lanes are
 * little-endian). A load does all its guest reads before writing any
 * register, and the base register is written back last, so a fault leaves
 * the registers as they were. LD2-LD4 store the raw memory image in their
 * registers and let a helper de-interleave it; ST2-ST4 ask a helper for
 * each 64-bit word of the interleaved image.
 *
 *   0 Q 0011000 L 000000 opcode size Rn Rt     multiple, no offset
 *   0 Q 0011001 L 0 Rm   opcode size Rn Rt     multiple, post-index
 *   0 Q 0011010 L R 00000 opc S size Rn Rt     single, no offset
 *   0 Q 0011011 L R Rm   opc S size Rn Rt      single, post-index
 * Rm = 31 in the post-index forms means "add the number of bytes
 * transferred".
 */
#include "frontends/aarch64/helpers-simd.h"
#include "frontends/aarch64/simd-ir.h"
#include "frontends/aarch64/translate.h"

static const IRHelper h_ld_deint =
    IR_HELPER(a64_helper_simd_ld_deint, IR_HELPER_PURE);
static const IRHelper h_st_word =
    IR_HELPER(a64_helper_simd_st_word, IR_HELPER_PURE);

static inline bool insn_q(uint32_t insn)
{
    return (insn >> 30) & 1;
}
static inline bool insn_load(uint32_t insn)
{
    return (insn >> 22) & 1;
}
static inline bool insn_post(uint32_t insn)
{
    return (insn >> 23) & 1;
}

/* Guest address base + off, as a temp. */
static IRTempId addr_at(A64DisasContext *ctx, IRTempId base, int off)
{
    IRTempId a;

    if (off == 0) {
        return base;
    }
    a = ir_temp(ctx->ir);
    ir_addi(ctx->ir, a, base, off);
    return a;
}

static void gen_writeback(A64DisasContext *ctx, uint32_t insn, IRTempId base,
                          int bytes)
{
    int rm = a64_rm(insn), rn = a64_rn(insn);

    if (!insn_post(insn)) {
        return;
    }
    if (rm == 31) {
        ir_addi(ctx->ir, a64_gpr_sp_dst(ctx, rn), base, bytes);
    } else {
        ir_add(ctx->ir, a64_gpr_sp_dst(ctx, rn), base, a64_x[rm]);
    }
}

/* The base address, copied: the writeback may change Xn while it is in
 * use. */
static IRTempId gen_base(A64DisasContext *ctx, uint32_t insn)
{
    IRTempId base = ir_temp(ctx->ir);

    ir_mov(ctx->ir, base, a64_gpr_sp(ctx, a64_rn(insn)));
    return base;
}

static int32_t vreg_off(int reg, int half)
{
    return (int32_t)a64_vreg_offset(reg & 31, half);
}

/* Multiple structures by opcode: registers and elements per structure
 * (LDn/STn have n of each; LD1/ST1 take 1-4 registers); 0 unallocated. */
static const struct {
    uint8_t nregs, selem;
} multi_forms[16] = {
    [0x0] = {4, 4}, [0x2] = {4, 1}, [0x4] = {3, 3}, [0x6] = {3, 1},
    [0x7] = {1, 1}, [0x8] = {2, 2}, [0xa] = {2, 1},
};

static bool trans_ldst_multi(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int opcode = a64_field(insn, 12, 4), size = a64_field(insn, 10, 2);
    int rt = a64_rd(insn), nregs, selem, nw;
    bool q = insn_q(insn), load = insn_load(insn);
    IRTempId base, w[8];

    nregs = multi_forms[opcode].nregs;
    selem = multi_forms[opcode].selem;
    if (nregs == 0) {
        return false;
    }
    if (selem > 1 && size == 3 && !q) {
        return false;
    }
    if (!insn_post(insn) && a64_rm(insn) != 0) {
        return false;
    }
    base = gen_base(ctx, insn);
    nw = nregs * (q ? 2 : 1);
    if (load) {
        for (int i = 0; i < nw; i++) {
            w[i] = ir_temp(ir);
            ir_ld(ir, w[i], addr_at(ctx, base, 8 * i), IR_MO_64);
        }
        for (int k = 0; k < nregs; k++) {
            if (q) {
                ir_st_env(ir, w[2 * k], vreg_off(rt + k, 0), IR_MO_64);
                ir_st_env(ir, w[2 * k + 1], vreg_off(rt + k, 1), IR_MO_64);
            } else {
                ir_st_env(ir, w[k], vreg_off(rt + k, 0), IR_MO_64);
                ir_st_env(ir, ir_const(ir, 0), vreg_off(rt + k, 1), IR_MO_64);
            }
        }
        if (selem > 1) {
            uint64_t desc = a64_simd_desc(rt, 0, 0, size, 0, nregs);
            ir_call(ir, &h_ld_deint, ir_temp(ir), 2, (IRTempId)IR_ENV,
                    ir_const(ir, (int64_t)(q ? desc | SD_Q : desc)));
        }
    } else {
        uint64_t desc = a64_simd_desc(rt, 0, 0, size, 0, nregs);
        if (q) {
            desc |= SD_Q;
        }
        for (int i = 0; i < nw; i++) {
            w[i] = ir_temp(ir);
            if (selem > 1) {
                ir_call(ir, &h_st_word, w[i], 3, (IRTempId)IR_ENV,
                        ir_const(ir, (int64_t)desc), ir_const(ir, i));
            } else if (q) {
                w[i] = a64_vld(ctx, (rt + i / 2) & 31, i & 1);
            } else {
                w[i] = a64_vld(ctx, (rt + i) & 31, 0);
            }
        }
        for (int i = 0; i < nw; i++) {
            ir_st(ir, w[i], addr_at(ctx, base, 8 * i), IR_MO_64);
        }
    }
    gen_writeback(ctx, insn, base, 8 * nw);
    return true;
}

/* Replicate the low (8 << size) bits of v over 64 bits. */
static IRTempId gen_dup64(A64DisasContext *ctx, IRTempId v, int size)
{
    static const int64_t rep[3] = {0x0101010101010101ll, 0x0001000100010001ll,
                                   0x0000000100000001ll};
    IRTempId t;

    if (size == 3) {
        return v;
    }
    t = ir_temp(ctx->ir);
    ir_mul(ctx->ir, t, v, ir_const(ctx->ir, rep[size]));
    return t;
}

static bool trans_ldst_single(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int opc = a64_field(insn, 13, 3), s = a64_field(insn, 12, 1);
    int sz = a64_field(insn, 10, 2), rt = a64_rd(insn);
    int selem = (a64_field(insn, 13, 1) << 1 | a64_field(insn, 21, 1)) + 1;
    bool q = insn_q(insn), load = insn_load(insn);
    int size, idx = 0;
    IRTempId base, v[4];

    if (!insn_post(insn) && a64_rm(insn) != 0) {
        return false;
    }
    switch (opc >> 1) {
    case 0:
        size = 0;
        idx = q << 3 | s << 2 | sz;
        break;
    case 1:
        if (sz & 1) {
            return false;
        }
        size = 1;
        idx = q << 2 | s << 1 | sz >> 1;
        break;
    case 2:
        if (sz == 0) {
            size = 2;
            idx = q << 1 | s;
        } else if (sz == 1 && !s) {
            size = 3;
            idx = q;
        } else {
            return false;
        }
        break;
    default: /* LDnR */
        if (!load || s) {
            return false;
        }
        size = sz;
        base = gen_base(ctx, insn);
        for (int k = 0; k < selem; k++) {
            v[k] = ir_temp(ir);
            ir_ld(ir, v[k], addr_at(ctx, base, k << size), (IRMemOp)size);
        }
        for (int k = 0; k < selem; k++) {
            IRTempId t = gen_dup64(ctx, v[k], size);
            ir_st_env(ir, t, vreg_off(rt + k, 0), IR_MO_64);
            ir_st_env(ir, q ? t : ir_const(ir, 0), vreg_off(rt + k, 1),
                      IR_MO_64);
        }
        gen_writeback(ctx, insn, base, selem << size);
        return true;
    }
    base = gen_base(ctx, insn);
    for (int k = 0; k < selem; k++) {
        int32_t lane = vreg_off(rt + k, 0) + (idx << size);
        v[k] = ir_temp(ir);
        if (load) {
            ir_ld(ir, v[k], addr_at(ctx, base, k << size), (IRMemOp)size);
        } else {
            ir_ld_env(ir, v[k], lane, (IRMemOp)size);
            ir_st(ir, v[k], addr_at(ctx, base, k << size), (IRMemOp)size);
        }
    }
    if (load) {
        for (int k = 0; k < selem; k++) {
            ir_st_env(ir, v[k], vreg_off(rt + k, 0) + (idx << size),
                      (IRMemOp)size);
        }
    }
    gen_writeback(ctx, insn, base, selem << size);
    return true;
}

const A64Pattern a64_simd_ldst_patterns[] = {
    {0xbfbf0000, 0x0c000000, trans_ldst_multi, "simd-ldst-multi"},
    {0xbfa00000, 0x0c800000, trans_ldst_multi, "simd-ldst-multi-post"},
    {0xbf9f0000, 0x0d000000, trans_ldst_single, "simd-ldst-single"},
    {0xbf800000, 0x0d800000, trans_ldst_single, "simd-ldst-single-post"},
    {0, 0, NULL, NULL},
};
