/*
 * A64 integer data processing: the "data processing - immediate" and
 * "data processing - register" groups, and CRC32.
 *
 * sf (bit 31) picks the 64-bit (X) or 32-bit (W) form. W forms use the
 * IR's w32 ops, which read the low words and zero-extend their result, as a
 * W write does; composite sequences end with ext32u instead.
 *
 * Flag-setting forms write the lazy flags of cpu.h (32-bit: nf and vf
 * sign-extended, zf zero-extended) and record the compare for fusion
 * (a64_note_cmp), so a following B.cond or CSEL can test the operands
 * directly. The recorded operands and result are temps no later part of
 * the same instruction writes; when the destination is also a source, the
 * source is copied first.
 *
 * CRC32 is the only helper (division too with -opt no-inline-div).
 */
#include "frontends/aarch64/helpers.h"
#include "frontends/aarch64/translate.h"
#include "translator/tuning.h"

static bool a64_sf(uint32_t insn)
{
    return insn >> 31;
}

/* The temp a result for register rd goes to: x[rd], SP when sp, or a
 * scratch temp for XZR. */
static IRTempId dest(A64DisasContext *ctx, int rd, bool sp)
{
    return sp ? a64_gpr_sp_dst(ctx, rd) : a64_gpr_dst(ctx, rd);
}

/* ---- flags --------------------------------------------------------------- */

/* Copy src to a fresh temp if the destination register would overwrite it
 * before the compare fusion reads it. */
static IRTempId keep(A64DisasContext *ctx, IRTempId src, IRTempId d)
{
    IRTempId t;

    if (src != d) {
        return src;
    }
    t = ir_temp(ctx->ir);
    ir_mov(ctx->ir, t, src);
    return t;
}

/* N and Z from res (a fresh temp). */
static void gen_nz(IRContext *ir, IRTempId res, bool sf)
{
    if (sf) {
        ir_mov(ir, a64_nf, res);
    } else {
        ir_ext32s(ir, a64_nf, res);
    }
    ir_mov(ir, a64_zf, res);
}

/* d = a + b or a - b, setting NZCV. */
static void gen_addsub_flags(A64DisasContext *ctx, IRTempId d, IRTempId a,
                             IRTempId b, bool sub, bool sf)
{
    IRContext *ir = ctx->ir;
    IRTempId res = ir_temp(ir), t = ir_temp(ir), u = ir_temp(ir);

    a = keep(ctx, a, d);
    b = keep(ctx, b, d);
    if (sub && ir_temp_is_const(ir, b) && ir->temps[b].val == 0) {
        /* CMP #0 (SUBS #0): no borrow, C is 1; a constant moves freely
         * (a64_sink_flags_past) where a compare of a rewritten register
         * would not. */
        (sf ? ir_sub : ir_sub32)(ir, res, a, b);
        ir_movi(ir, a64_cf, 1);
    } else if (sf) {
        (sub ? ir_sub : ir_add)(ir, res, a, b);
        if (sub) {
            ir_setcond(ir, IR_COND_GEU, a64_cf, a, b);
        } else {
            ir_setcond(ir, IR_COND_LTU, a64_cf, res, a);
        }
    } else {
        (sub ? ir_sub32 : ir_add32)(ir, res, a, b);
        if (sub) {
            ir_setcond32(ir, IR_COND_GEU, a64_cf, a, b);
        } else {
            ir_setcond32(ir, IR_COND_LTU, a64_cf, res, a);
        }
    }
    gen_nz(ir, res, sf);
    /* V: add: (res ^ a) & ~(a ^ b); sub: (res ^ a) & (a ^ b). */
    ir_xor(ir, t, res, a);
    ir_xor(ir, u, a, b);
    if (sf) {
        (sub ? ir_and : ir_andc)(ir, a64_vf, t, u);
    } else {
        (sub ? ir_and : ir_andc)(ir, t, t, u);
        ir_ext32s(ir, a64_vf, t);
    }
    if (sub) {
        a64_note_cmp(ctx, A64_CMP_SUB, !sf, a, b, res);
    } else if (ir_temp_is_const(ir, b) && ir->temps[b].val != 0) {
        /* CMN #imm (imm < 2^24) has exactly the flags of CMP #-imm. */
        a64_note_cmp(ctx, A64_CMP_SUB, !sf, a,
                     ir_const(ir, -ir->temps[b].val), res);
    } else {
        a64_note_cmp(ctx, A64_CMP_RES, !sf, a, b, res);
    }
    ir_mov(ir, d, res);
}

/* d = a + b + C, optionally setting NZCV (ADC/ADCS; SBC passes ~b). */
static void gen_adc(A64DisasContext *ctx, IRTempId d, IRTempId a, IRTempId b,
                    bool setflags, bool sf)
{
    IRContext *ir = ctx->ir;
    IRTempId res = ir_temp(ir), t = ir_temp(ir), u = ir_temp(ir);

    if (!setflags) {
        ir_add(ir, t, a, b);
        (sf ? ir_add : ir_add32)(ir, d, t, a64_cf);
        return;
    }
    if (sf) {
        IRTempId c1 = ir_temp(ir);
        ir_add(ir, t, a, b);
        ir_setcond(ir, IR_COND_LTU, c1, t, a);
        ir_add(ir, res, t, a64_cf);
        ir_setcond(ir, IR_COND_LTU, u, res, t);
        ir_or(ir, a64_cf, c1, u);
    } else {
        /* The 33-bit sum of the zero-extended words gives C in bit 32. */
        IRTempId za = ir_temp(ir), zb = ir_temp(ir);
        ir_ext32u(ir, za, a);
        ir_ext32u(ir, zb, b);
        ir_add(ir, t, za, zb);
        ir_add(ir, t, t, a64_cf);
        ir_shri(ir, a64_cf, t, 32);
        ir_ext32u(ir, res, t);
    }
    gen_nz(ir, res, sf);
    ir_xor(ir, t, res, a);
    ir_xor(ir, u, a, b);
    if (sf) {
        ir_andc(ir, a64_vf, t, u);
    } else {
        ir_andc(ir, t, t, u);
        ir_ext32s(ir, a64_vf, t);
    }
    ir_mov(ir, d, res);
}

/* N and Z of a logical result, C = V = 0. res is a fresh temp. */
static void gen_logic_flags(A64DisasContext *ctx, IRTempId d, IRTempId res,
                            bool sf)
{
    IRContext *ir = ctx->ir;

    gen_nz(ir, res, sf);
    ir_movi(ir, a64_cf, 0);
    ir_movi(ir, a64_vf, 0);
    a64_note_cmp(ctx, A64_CMP_LOGIC, !sf, res, res, res);
    ir_mov(ir, d, res);
}

/* ---- operands -------------------------------------------------------------- */

/* rm shifted by amount: type 0 LSL, 1 LSR, 2 ASR, 3 ROR. */
static IRTempId gen_shift_imm(A64DisasContext *ctx, IRTempId rm, int type,
                              int amount, bool sf)
{
    static void (*const op64[4])(IRContext *, IRTempId, IRTempId,
                                 IRTempId) = {ir_shl, ir_shr, ir_sar, ir_rotr};
    static void (*const op32[4])(IRContext *, IRTempId, IRTempId,
                                 IRTempId) = {ir_shl32, ir_shr32, ir_sar32,
                                              ir_rotr32};
    IRContext *ir = ctx->ir;
    IRTempId t;

    if (amount == 0) {
        return rm;
    }
    t = ir_temp(ir);
    (sf ? op64 : op32)[type](ir, t, rm, ir_const(ir, amount));
    return t;
}

/* rm extended by option (UXTB..SXTX) and shifted left by 0..4. */
static IRTempId gen_extend(A64DisasContext *ctx, IRTempId rm, int option,
                           int shift)
{
    static void (*const ext[8])(IRContext *, IRTempId, IRTempId) = {
        ir_ext8u, ir_ext16u, ir_ext32u, NULL,
        ir_ext8s, ir_ext16s, ir_ext32s, NULL,
    };
    IRContext *ir = ctx->ir;
    IRTempId t = rm;

    if (ext[option]) {
        t = ir_temp(ir);
        ext[option](ir, t, rm);
    }
    if (shift) {
        IRTempId s = ir_temp(ir);
        ir_shli(ir, s, t, shift);
        t = s;
    }
    return t;
}

/* d = a op b for ADD/SUB/ADDS/SUBS (op bit 30, S bit 29). */
static bool gen_addsub(A64DisasContext *ctx, uint32_t insn, IRTempId d,
                       IRTempId a, IRTempId b)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn), sub = insn >> 30 & 1;

    if (insn >> 29 & 1) {
        gen_addsub_flags(ctx, d, a, b, sub, sf);
    } else if (sf) {
        (sub ? ir_sub : ir_add)(ir, d, a, b);
    } else {
        (sub ? ir_sub32 : ir_add32)(ir, d, a, b);
    }
    return true;
}

/* ---- data processing: immediate ------------------------------------------ */

/* ADD/ADDS/SUB/SUBS (immediate): sf op S 100010 sh imm12 Rn Rd. Rn is SP;
 * Rd is SP unless S. */
static bool trans_addsub_imm(A64DisasContext *ctx, uint32_t insn)
{
    bool s = insn >> 29 & 1;
    int64_t imm = a64_field(insn, 10, 12) << (insn >> 22 & 1 ? 12 : 0);

    return gen_addsub(ctx, insn, dest(ctx, a64_rd(insn), !s),
                      a64_gpr_sp(ctx, a64_rn(insn)), ir_const(ctx->ir, imm));
}

/* ADR / ADRP: op immlo 10000 immhi Rd */
static bool trans_adr(A64DisasContext *ctx, uint32_t insn)
{
    int64_t imm = a64_sfield(insn, 5, 19) * 4 + a64_field(insn, 29, 2);
    uint64_t val;

    if (insn >> 31) {
        val = (ctx->pc & ~0xfffull) + (uint64_t)(imm * 4096);
    } else {
        val = ctx->pc + (uint64_t)imm;
    }
    ir_movi(ctx->ir, dest(ctx, a64_rd(insn), false), (int64_t)val);
    return true;
}

/* DecodeBitMasks for logical immediates: N:imms gives the element size
 * (the highest set bit of N:NOT(imms)) and the run of ones, immr the
 * rotation; the element is replicated to 64 bits. */
static bool decode_bitmask(bool sf, unsigned n, unsigned immr, unsigned imms,
                           uint64_t *out)
{
    unsigned v = n << 6 | (~imms & 0x3f), len, esize, s, r;
    uint64_t emask, elem;

    if (v < 2 || (!sf && n)) {
        return false;
    }
    len = 31 - (unsigned)__builtin_clz(v);
    esize = 1u << len;
    s = imms & (esize - 1);
    r = immr & (esize - 1);
    if (s == esize - 1) {
        return false; /* all ones is reserved */
    }
    emask = esize == 64 ? ~0ull : (1ull << esize) - 1;
    elem = (1ull << (s + 1)) - 1;
    if (r) {
        elem = ((elem >> r) | (elem << (esize - r))) & emask;
    }
    for (unsigned e = esize; e < 64; e *= 2) {
        elem |= elem << e;
    }
    *out = sf ? elem : (uint32_t)elem;
    return true;
}

typedef void (*A64GenRRR)(IRContext *, IRTempId, IRTempId, IRTempId);

/* AND/ORR/EOR/ANDS by opc, 64- and 32-bit; BIC/ORN/EON/BICS are the same
 * with N set (inverted second operand). */
static A64GenRRR logic_op(int opc, bool invert, bool sf)
{
    static const A64GenRRR ops[2][2][4] = {
        {{ir_and32, ir_or32, ir_xor32, ir_and32},
         {ir_andc32, ir_orc32, ir_xnor32, ir_andc32}},
        {{ir_and, ir_or, ir_xor, ir_and}, {ir_andc, ir_orc, ir_xnor, ir_andc}},
    };
    return ops[sf][invert][opc];
}

/* AND/ORR/EOR/ANDS (immediate): sf opc 100100 N immr imms Rn Rd. Rd is SP
 * except for ANDS. */
static bool trans_logic_imm(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    int opc = a64_field(insn, 29, 2);
    uint64_t imm;
    IRTempId rn = a64_gpr(ctx, a64_rn(insn));

    if (!decode_bitmask(sf, insn >> 22 & 1, a64_field(insn, 16, 6),
                        a64_field(insn, 10, 6), &imm)) {
        return false;
    }
    if (opc == 3) {
        IRTempId res = ir_temp(ir);
        logic_op(opc, false, sf)(ir, res, rn, ir_const(ir, (int64_t)imm));
        gen_logic_flags(ctx, dest(ctx, a64_rd(insn), false), res, sf);
        return true;
    }
    logic_op(opc, false, sf)(ir, dest(ctx, a64_rd(insn), true), rn,
                             ir_const(ir, (int64_t)imm));
    return true;
}

/* MOVN/MOVZ/MOVK: sf opc 100101 hw imm16 Rd */
static bool trans_movw(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    int opc = a64_field(insn, 29, 2), pos = a64_field(insn, 21, 2) * 16;
    uint64_t imm = (uint64_t)a64_field(insn, 5, 16) << pos;
    int rd = a64_rd(insn);

    if (opc == 1 || (!sf && pos >= 32)) {
        return false;
    }
    if (opc == 3) { /* MOVK */
        IRTempId t = ir_temp(ir);
        if (rd == 31) {
            return true;
        }
        ir_andi(ir, t, a64_x[rd], (int64_t)~(0xffffull << pos));
        (sf ? ir_or : ir_or32)(ir, a64_x[rd], t, ir_const(ir, (int64_t)imm));
        return true;
    }
    if (opc == 0) {
        imm = ~imm;
    }
    if (!sf) {
        imm = (uint32_t)imm;
    }
    ir_movi(ir, dest(ctx, rd, false), (int64_t)imm);
    return true;
}

static uint64_t ones(unsigned n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

/* SBFM: sign-extend the width-bit field at spos of rn and place it at dpos
 * (spos or dpos is 0). */
static bool gen_sbfm(A64DisasContext *ctx, IRTempId d, IRTempId rn,
                     unsigned width, unsigned spos, unsigned dpos, bool sf)
{
    IRContext *ir = ctx->ir;
    unsigned w = sf ? 64 : 32;
    IRTempId t;

    if (spos == 0 && dpos == 0 && width < w) {
        switch (width) {
        case 8: (sf ? ir_ext8s : ir_ext8s32)(ir, d, rn); return true;
        case 16: (sf ? ir_ext16s : ir_ext16s32)(ir, d, rn); return true;
        case 32: ir_ext32s(ir, d, rn); return true;
        }
    }
    if (spos + width == w) { /* ASR */
        (sf ? ir_sar : ir_sar32)(ir, d, rn, ir_const(ir, spos));
        return true;
    }
    /* Move the field's top bit to bit 63, then shift back arithmetically;
     * when dpos != 0, spos == 0 and the bits below the field are zeros. */
    t = ir_temp(ir);
    ir_shli(ir, t, rn, 63 - (spos + width - 1));
    ir_sari(ir, sf ? d : t, t, 64 - width - dpos);
    if (!sf) {
        ir_ext32u(ir, d, t);
    }
    return true;
}

/* SBFM/BFM/UBFM: sf opc 100110 N immr imms Rn Rd.
 * With W the register width: if imms >= immr, bits [imms:immr] of Rn go to
 * the bottom of Rd (LSR, ASR, UBFX, SBFX, BFXIL, SXT*, UXT*); otherwise
 * bits [imms:0] go to bit W - immr (LSL, UBFIZ, SBFIZ, BFI). SBFM
 * sign-extends above the field, UBFM zero-fills, BFM keeps Rd's bits. */
static bool trans_bitfield(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    int opc = a64_field(insn, 29, 2), rd = a64_rd(insn);
    unsigned immr = a64_field(insn, 16, 6), imms = a64_field(insn, 10, 6);
    unsigned w = sf ? 64 : 32, width, spos, dpos;
    IRTempId rn = a64_gpr(ctx, a64_rn(insn)), d = dest(ctx, rd, false);
    IRTempId t = ir_temp(ir);

    if (opc == 3 || (insn >> 22 & 1) != sf || (!sf && (immr | imms) >= 32)) {
        return false;
    }
    if (imms >= immr) {
        width = imms - immr + 1;
        spos = immr;
        dpos = 0;
    } else {
        width = imms + 1;
        spos = 0;
        dpos = w - immr;
    }
    if (opc == 0) {
        return gen_sbfm(ctx, d, rn, width, spos, dpos, sf);
    }
    if (opc == 2) { /* UBFM */
        if (spos == 0 && dpos == 0) {
            switch (width) {
            case 8: ir_ext8u(ir, d, rn); return true;
            case 16: ir_ext16u(ir, d, rn); return true;
            case 32: ir_ext32u(ir, d, rn); return true;
            case 64: ir_mov(ir, d, rn); return true;
            }
        }
        if (spos + width == w) { /* LSR */
            if (sf) {
                ir_shri(ir, d, rn, spos);
            } else {
                ir_shr32(ir, d, rn, ir_const(ir, spos));
            }
            return true;
        }
        if (dpos + width == w) { /* LSL */
            (sf ? ir_shl : ir_shl32)(ir, d, rn, ir_const(ir, dpos));
            return true;
        }
        if (spos) {
            ir_shri(ir, t, rn, spos);
            rn = t;
        }
        if (dpos) {
            IRTempId u = ir_temp(ir);
            ir_andi(ir, u, rn, (int64_t)ones(width));
            ir_shli(ir, d, u, dpos);
        } else {
            ir_andi(ir, d, rn, (int64_t)ones(width));
        }
        return true;
    }
    /* BFM: d = (d & ~(mask << dpos)) | ((rn >> spos) & mask) << dpos */
    if (rd == 31) {
        return true;
    }
    {
        IRTempId u = ir_temp(ir);
        uint64_t mask = ones(width);
        if (spos) {
            ir_shri(ir, t, rn, spos);
            rn = t;
        }
        ir_andi(ir, u, rn, (int64_t)mask);
        if (dpos) {
            ir_shli(ir, u, u, dpos);
        }
        ir_andi(ir, t, d, (int64_t)~(mask << dpos));
        (sf ? ir_or : ir_or32)(ir, d, t, u);
    }
    return true;
}

/* EXTR: sf 00 100111 N 0 Rm imms Rn Rd: Rd = (Rn:Rm) >> imms. */
static bool trans_extr(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    unsigned lsb = a64_field(insn, 10, 6), w = sf ? 64 : 32;
    int rn_no = a64_rn(insn), rm_no = a64_rm(insn);
    IRTempId rn = a64_gpr(ctx, rn_no), rm = a64_gpr(ctx, rm_no);
    IRTempId d = dest(ctx, a64_rd(insn), false), t, u;

    if ((insn >> 22 & 1) != sf || lsb >= w) {
        return false;
    }
    if (lsb == 0) {
        (sf ? ir_mov : ir_ext32u)(ir, d, rm);
        return true;
    }
    if (rn_no == rm_no) { /* ROR */
        (sf ? ir_rotr : ir_rotr32)(ir, d, rm, ir_const(ir, lsb));
        return true;
    }
    t = ir_temp(ir);
    u = ir_temp(ir);
    (sf ? ir_shr : ir_shr32)(ir, t, rm, ir_const(ir, lsb));
    ir_shli(ir, u, rn, w - lsb);
    (sf ? ir_or : ir_or32)(ir, d, t, u);
    return true;
}

/* ---- data processing: register ---------------------------------------------- */

/* AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS (shifted register):
 * sf opc 01010 shift N Rm imm6 Rn Rd */
static bool trans_logic_reg(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn), invert = insn >> 21 & 1;
    int opc = a64_field(insn, 29, 2), amount = a64_field(insn, 10, 6);
    int rd = a64_rd(insn), rn = a64_rn(insn), rm = a64_rm(insn);
    IRTempId b;

    if (!sf && amount >= 32) {
        return false;
    }
    b = gen_shift_imm(ctx, a64_gpr(ctx, rm), a64_field(insn, 22, 2), amount,
                      sf);
    if (opc == 3) {
        IRTempId res = ir_temp(ir);
        logic_op(opc, invert, sf)(ir, res, a64_gpr(ctx, rn), b);
        gen_logic_flags(ctx, dest(ctx, rd, false), res, sf);
        return true;
    }
    if (rn == 31 && opc == 1 && !invert && amount == 0) { /* MOV */
        (sf ? ir_mov : ir_ext32u)(ir, dest(ctx, rd, false), b);
        return true;
    }
    if (rn == 31 && opc == 1 && invert) { /* MVN */
        (sf ? ir_not : ir_not32)(ir, dest(ctx, rd, false), b);
        return true;
    }
    logic_op(opc, invert, sf)(ir, dest(ctx, rd, false), a64_gpr(ctx, rn), b);
    return true;
}

/* ADD/SUB(S) (shifted register): sf op S 01011 shift 0 Rm imm6 Rn Rd */
static bool trans_addsub_shift(A64DisasContext *ctx, uint32_t insn)
{
    bool sf = a64_sf(insn);
    int type = a64_field(insn, 22, 2), amount = a64_field(insn, 10, 6);
    IRTempId b;

    if (type == 3 || (!sf && amount >= 32)) {
        return false;
    }
    if (sf && type == 0 && amount >= 1 && amount <= 3 && !(insn >> 29 & 3) &&
        tuning_on(TUNING_addsh)) {
        /* ADD Xd, Xn, Xm, LSL #1..3: one x86 lea */
        ir_addsh(ctx->ir, dest(ctx, a64_rd(insn), false),
                 a64_gpr(ctx, a64_rn(insn)), a64_gpr(ctx, a64_rm(insn)),
                 (unsigned)amount);
        return true;
    }
    b = gen_shift_imm(ctx, a64_gpr(ctx, a64_rm(insn)), type, amount, sf);
    return gen_addsub(ctx, insn, dest(ctx, a64_rd(insn), false),
                      a64_gpr(ctx, a64_rn(insn)), b);
}

/* ADD/SUB(S) (extended register):
 * sf op S 01011 00 1 Rm option imm3 Rn Rd. Rn is SP; Rd is SP unless S. */
static bool trans_addsub_ext(A64DisasContext *ctx, uint32_t insn)
{
    bool s = insn >> 29 & 1;
    int shift = a64_field(insn, 10, 3);
    IRTempId b;

    if (shift > 4 || a64_field(insn, 22, 2)) {
        return false;
    }
    if (a64_sf(insn) && shift <= 3 && !(insn >> 29 & 3) &&
        tuning_on(TUNING_addsh)) {
        /* ADD Xd, Xn, Wm, SXTW #k (array indexing): extend, then lea */
        b = gen_extend(ctx, a64_gpr(ctx, a64_rm(insn)),
                       a64_field(insn, 13, 3), 0);
        ir_addsh(ctx->ir, dest(ctx, a64_rd(insn), true),
                 a64_gpr_sp(ctx, a64_rn(insn)), b, (unsigned)shift);
        return true;
    }
    b = gen_extend(ctx, a64_gpr(ctx, a64_rm(insn)), a64_field(insn, 13, 3),
                   shift);
    return gen_addsub(ctx, insn, dest(ctx, a64_rd(insn), !s),
                      a64_gpr_sp(ctx, a64_rn(insn)), b);
}

/* ADC/ADCS/SBC/SBCS: sf op S 11010000 Rm 000000 Rn Rd */
static bool trans_adc(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    IRTempId b = a64_gpr(ctx, a64_rm(insn));

    if (insn >> 30 & 1) { /* SBC: a + ~b + C */
        IRTempId nb = ir_temp(ir);
        ir_not(ir, nb, b);
        b = nb;
    }
    gen_adc(ctx, dest(ctx, a64_rd(insn), false), a64_gpr(ctx, a64_rn(insn)),
            b, insn >> 29 & 1, sf);
    return true;
}

/* CCMN/CCMP (register and immediate):
 * sf op 1 11010010 Rm/imm5 cond i 0 Rn 0 nzcv. If cond holds, the flags
 * of Rn - op2 (CCMP) or Rn + op2 (CCMN); else nzcv. Branch-free: compute
 * the compare's flags, then pick each flag with movcond. */
static bool trans_ccmp(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn), sub = insn >> 30 & 1;
    unsigned nzcv = insn & 15;
    IRTempId a = a64_gpr(ctx, a64_rn(insn)), b, c, zero = ir_const(ir, 0);
    IRTempId res = ir_temp(ir);
    IRTempId f[4], fv[4] = {a64_nf, a64_zf, a64_cf, a64_vf};
    int64_t imm[4] = {nzcv & 8 ? -1 : 0, nzcv & 4 ? 0 : 1, nzcv >> 1 & 1,
                      nzcv & 1 ? -1 : 0};

    if (insn >> 11 & 1) {
        b = ir_const(ir, a64_field(insn, 16, 5));
    } else {
        b = a64_gpr(ctx, a64_rm(insn));
    }
    /* The condition reads the old flags: evaluate it first. */
    c = a64_cond_value(ctx, a64_field(insn, 12, 4));
    for (int i = 0; i < 4; i++) {
        f[i] = ir_temp(ir);
    }
    if (sf) {
        (sub ? ir_sub : ir_add)(ir, res, a, b);
        ir_setcond(ir, sub ? IR_COND_GEU : IR_COND_LTU, f[2], sub ? a : res,
                   sub ? b : a);
        ir_mov(ir, f[0], res);
    } else {
        (sub ? ir_sub32 : ir_add32)(ir, res, a, b);
        ir_setcond32(ir, sub ? IR_COND_GEU : IR_COND_LTU, f[2], sub ? a : res,
                     sub ? b : a);
        ir_ext32s(ir, f[0], res);
    }
    ir_mov(ir, f[1], res);
    {
        IRTempId t = ir_temp(ir), u = ir_temp(ir);
        ir_xor(ir, t, res, a);
        ir_xor(ir, u, a, b);
        (sub ? ir_and : ir_andc)(ir, t, t, u);
        (sf ? ir_mov : ir_ext32s)(ir, f[3], t);
    }
    for (int i = 0; i < 4; i++) {
        ir_movcond(ir, IR_COND_NE, fv[i], c, zero, f[i],
                   ir_const(ir, imm[i]));
    }
    return true;
}

/* CSEL/CSINC/CSINV/CSNEG: sf op 0 11010100 Rm cond 0 o2 Rn Rd */
static bool trans_csel(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn), inv = insn >> 30 & 1, inc = insn >> 10 & 1;
    int cond = a64_field(insn, 12, 4), rn = a64_rn(insn), rm = a64_rm(insn);
    int rd = a64_rd(insn);
    IRTempId d = dest(ctx, rd, false), b = a64_gpr(ctx, rm), t;

    if (rn == 31 && rm == 31 && (cond >> 1) != 7 && (inv || inc)) {
        /* CSET (CSINC) / CSETM (CSINV): the inverted condition's value. */
        t = a64_cond_value(ctx, cond ^ 1);
        if (inv && !inc) {
            (sf ? ir_neg : ir_neg32)(ir, d, t);
        } else if (inv) { /* CSNEG zr, zr: 0 either way */
            ir_movi(ir, d, 0);
        } else {
            ir_mov(ir, d, t);
        }
        return true;
    }
    if (inv || inc) {
        t = ir_temp(ir);
        if (inv && inc) {
            ir_neg(ir, t, b);
        } else if (inv) {
            ir_not(ir, t, b);
        } else {
            ir_addi(ir, t, b, 1);
        }
        b = t;
    }
    if (sf) {
        a64_cond_select(ctx, cond, d, a64_gpr(ctx, rn), b);
    } else {
        t = ir_temp(ir);
        a64_cond_select(ctx, cond, t, a64_gpr(ctx, rn), b);
        ir_ext32u(ir, d, t);
    }
    return true;
}

/* Data-processing (2 source): sf 0 0 11010110 Rm opcode Rn Rd */
static bool trans_dp2(A64DisasContext *ctx, uint32_t insn)
{
    static const IRHelper h_udiv64 =
        IR_HELPER(a64_helper_udiv64, IR_HELPER_PURE);
    static const IRHelper h_sdiv64 =
        IR_HELPER(a64_helper_sdiv64, IR_HELPER_PURE);
    static const IRHelper h_udiv32 =
        IR_HELPER(a64_helper_udiv32, IR_HELPER_PURE);
    static const IRHelper h_sdiv32 =
        IR_HELPER(a64_helper_sdiv32, IR_HELPER_PURE);
    static const IRHelper h_crc32 =
        IR_HELPER(a64_helper_crc32, IR_HELPER_PURE);
    static const IRHelper h_crc32c =
        IR_HELPER(a64_helper_crc32c, IR_HELPER_PURE);
    static const A64GenRRR shifts[2][4] = {
        {ir_shl32, ir_shr32, ir_sar32, ir_rotr32},
        {ir_shl, ir_shr, ir_sar, ir_rotr},
    };
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    int opcode = a64_field(insn, 10, 6);
    IRTempId d = dest(ctx, a64_rd(insn), false);
    IRTempId a = a64_gpr(ctx, a64_rn(insn)), b = a64_gpr(ctx, a64_rm(insn));

    switch (opcode) {
    case 2: /* UDIV */
    case 3: /* SDIV */
        if (!tuning_on(TUNING_inline_div)) {
            ir_call(ir,
                    opcode == 2 ? (sf ? &h_udiv64 : &h_udiv32)
                                : (sf ? &h_sdiv64 : &h_sdiv32),
                    d, 2, a, b);
            return true;
        }
        /* The IR's division already gives MIN / -1 = MIN; A64 wants
         * x / 0 = 0 where the IR gives all ones. */
        {
            IRTempId q = ir_temp(ir), zero = ir_const(ir, 0), bz = b;
            static const A64GenRRR div[2][2] = {
                {ir_divu32, ir_divu},
                {ir_divs32, ir_divs},
            };
            div[opcode == 3][sf](ir, q, a, b);
            if (!sf) {
                bz = ir_temp(ir);
                ir_ext32u(ir, bz, b);
            }
            ir_movcond(ir, IR_COND_EQ, d, bz, zero, zero, q);
        }
        return true;
    case 8: case 9: case 10: case 11: /* LSLV LSRV ASRV RORV */
        shifts[sf][opcode & 3](ir, d, a, b);
        return true;
    case 16: case 17: case 18: case 19: /* CRC32B/H/W/X */
    case 20: case 21: case 22: case 23: /* CRC32CB/H/W/X */
        if (sf != ((opcode & 3) == 3)) {
            return false;
        }
        ir_call(ir, opcode & 4 ? &h_crc32c : &h_crc32, d, 3, a, b,
                ir_const(ir, 1 << (opcode & 3)));
        return true;
    default:
        return false;
    }
}

/* d = bit-reversed a (64 bits; 32-bit callers pass a bswap32 result). */
static void gen_rbit_bytes(IRContext *ir, IRTempId d, IRTempId a)
{
    static const uint64_t masks[3] = {0x0f0f0f0f0f0f0f0full,
                                      0x3333333333333333ull,
                                      0x5555555555555555ull};
    IRTempId x = a;

    for (int i = 0; i < 3; i++) {
        IRTempId hi = ir_temp(ir), lo = ir_temp(ir), r = ir_temp(ir);
        int sh = 4 >> i;
        ir_shri(ir, hi, x, sh);
        ir_andi(ir, hi, hi, (int64_t)masks[i]);
        ir_andi(ir, lo, x, (int64_t)masks[i]);
        ir_shli(ir, lo, lo, sh);
        ir_or(ir, i == 2 ? d : r, hi, lo);
        x = r;
    }
}

/* Data-processing (1 source): sf 1 0 11010110 00000 opcode Rn Rd */
static bool trans_dp1(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn);
    int opcode = a64_field(insn, 10, 6);
    IRTempId d = dest(ctx, a64_rd(insn), false);
    IRTempId a = a64_gpr(ctx, a64_rn(insn)), t = ir_temp(ir), u;

    switch (opcode) {
    case 0: /* RBIT */
        (sf ? ir_bswap : ir_bswap32)(ir, t, a);
        gen_rbit_bytes(ir, d, t);
        return true;
    case 1: /* REV16: swap the bytes of each halfword */
        u = ir_temp(ir);
        ir_shri(ir, t, a, 8);
        ir_andi(ir, t, t, 0x00ff00ff00ff00ffll);
        ir_andi(ir, u, a, 0x00ff00ff00ff00ffll);
        ir_shli(ir, u, u, 8);
        (sf ? ir_or : ir_or32)(ir, d, t, u);
        return true;
    case 2: /* REV32 (X), REV (W) */
        if (!sf) {
            ir_bswap32(ir, d, a);
            return true;
        }
        ir_bswap(ir, t, a);
        ir_rotri(ir, d, t, 32);
        return true;
    case 3: /* REV (X) */
        if (!sf) {
            return false;
        }
        ir_bswap(ir, d, a);
        return true;
    case 4: /* CLZ */
        (sf ? ir_clz : ir_clz32)(ir, d, a);
        return true;
    case 5: /* CLS: clz(x ^ (x >> 1)) - 1, with x sign-extended */
        u = ir_temp(ir);
        if (sf) {
            ir_sari(ir, t, a, 1);
            ir_xor(ir, t, t, a);
            ir_clz(ir, u, t);
        } else {
            IRTempId s = ir_temp(ir);
            ir_ext32s(ir, s, a);
            ir_sari(ir, t, s, 1);
            ir_xor(ir, t, t, s);
            ir_clz32(ir, u, t);
        }
        ir_addi(ir, d, u, -1);
        return true;
    default:
        return false;
    }
}

/* Data-processing (3 source): sf 00 11011 op31 Rm o0 Ra Rn Rd */
static bool trans_dp3(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_sf(insn), sub = insn >> 15 & 1;
    int op31 = a64_field(insn, 21, 3), ra_no = a64_ra(insn);
    IRTempId d = dest(ctx, a64_rd(insn), false);
    IRTempId a = a64_gpr(ctx, a64_rn(insn)), b = a64_gpr(ctx, a64_rm(insn));
    IRTempId ra = a64_gpr(ctx, ra_no), t = ir_temp(ir);

    if (a64_field(insn, 29, 2)) {
        return false;
    }
    switch (op31) {
    case 0: /* MADD/MSUB */
        break;
    case 1: case 5: { /* SMADDL/SMSUBL, UMADDL/UMSUBL */
        IRTempId xa = ir_temp(ir), xb = ir_temp(ir);
        if (!sf) {
            return false;
        }
        (op31 == 1 ? ir_ext32s : ir_ext32u)(ir, xa, a);
        (op31 == 1 ? ir_ext32s : ir_ext32u)(ir, xb, b);
        a = xa;
        b = xb;
        break;
    }
    case 2: case 6: /* SMULH, UMULH */
        if (!sf || sub) {
            return false;
        }
        (op31 == 2 ? ir_mulsh : ir_muluh)(ir, d, a, b);
        return true;
    default:
        return false;
    }
    if (ra_no == 31 && !sub) { /* MUL */
        (sf ? ir_mul : ir_mul32)(ir, d, a, b);
        return true;
    }
    ir_mul(ir, t, a, b);
    if (sf) {
        (sub ? ir_sub : ir_add)(ir, d, ra, t);
    } else {
        (sub ? ir_sub32 : ir_add32)(ir, d, ra, t);
    }
    return true;
}

const A64Pattern a64_int_patterns[] = {
    /* data processing - immediate */
    {0x1f000000, 0x10000000, trans_adr, "adr/adrp"},
    {0x1f800000, 0x11000000, trans_addsub_imm, "add/sub imm"},
    {0x1f800000, 0x12000000, trans_logic_imm, "logical imm"},
    {0x1f800000, 0x12800000, trans_movw, "movn/movz/movk"},
    {0x1f800000, 0x13000000, trans_bitfield, "sbfm/bfm/ubfm"},
    {0x7fa00000, 0x13800000, trans_extr, "extr"},
    /* data processing - register */
    {0x1f000000, 0x0a000000, trans_logic_reg, "logical reg"},
    {0x1f200000, 0x0b000000, trans_addsub_shift, "add/sub shifted"},
    {0x1f200000, 0x0b200000, trans_addsub_ext, "add/sub extended"},
    {0x1fe0fc00, 0x1a000000, trans_adc, "adc/sbc"},
    {0x3fe00410, 0x3a400000, trans_ccmp, "ccmn/ccmp"},
    {0x3fe00800, 0x1a800000, trans_csel, "csel"},
    {0x7fe00000, 0x1ac00000, trans_dp2, "dp 2-source"},
    {0x7fff0000, 0x5ac00000, trans_dp1, "dp 1-source"},
    {0x1f000000, 0x1b000000, trans_dp3, "dp 3-source"},
    {0, 0, NULL, NULL},
};
