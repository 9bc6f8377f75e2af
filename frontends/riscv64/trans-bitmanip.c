/*
 * Zba, Zbb, Zbs: address generation, basic bit manipulation, single bits.
 *
 * All are R-type (funct7 rs2 rs1 funct3 rd opcode) or I-type with a shift
 * amount (funct6 shamt6 / funct7 shamt5) or a fixed funct12 in place of the
 * immediate (the unary ops: clz, ctz, cpop, sext.b/h, orc.b, rev8). Each
 * maps to a few IR ops; the w forms compute on 32 bits and sign-extend.
 */
#include "frontends/riscv64/translate.h"

typedef void (*RVGenUnary)(IRContext *, IRTempId, IRTempId);
typedef void (*RVGenBinary)(IRContext *, IRTempId, IRTempId, IRTempId);

static bool gen_unary(RVDisasContext *ctx, uint32_t insn, RVGenUnary op,
                      bool w)
{
    IRTempId rd = rv_gpr_dst(ctx, rv_rd(insn));

    op(ctx->ir, rd, rv_gpr(ctx, rv_rs1(insn)));
    if (w) {
        ir_ext32s(ctx->ir, rd, rd);
    }
    return true;
}

/* rd = op(rs1, rs2 or the 6/5-bit shift-amount immediate). */
static bool gen_binary(RVDisasContext *ctx, uint32_t insn, RVGenBinary op,
                       bool imm, bool w)
{
    IRContext *ir = ctx->ir;
    IRTempId rd = rv_gpr_dst(ctx, rv_rd(insn));
    IRTempId b = imm ? ir_const(ir, (insn >> 20) & 63)
                     : rv_gpr(ctx, rv_rs2(insn));

    op(ir, rd, rv_gpr(ctx, rv_rs1(insn)), b);
    if (w) {
        ir_ext32s(ir, rd, rd);
    }
    return true;
}

/* ---- builders not in the IR ------------------------------------------ */

static void gen_min(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_movcond(c, IR_COND_LT, d, a, b, a, b);
}

static void gen_max(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_movcond(c, IR_COND_GT, d, a, b, a, b);
}

static void gen_minu(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_movcond(c, IR_COND_LTU, d, a, b, a, b);
}

static void gen_maxu(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_movcond(c, IR_COND_GTU, d, a, b, a, b);
}

/* d = (a << n) + b, with a zero-extended from 32 bits for the .uw forms. */
static void gen_shadd(IRContext *c, IRTempId d, IRTempId a, IRTempId b,
                      int n, bool uw)
{
    IRTempId t = ir_temp(c);

    if (uw) {
        ir_ext32u(c, t, a);
        a = t;
    }
    if (n) {
        ir_shli(c, t, a, n);
        a = t;
    }
    ir_add(c, d, a, b);
}

#define RV_SHADD(name, n, uw)                                             \
    static void gen_##name(IRContext *c, IRTempId d, IRTempId a,          \
                           IRTempId b)                                    \
    {                                                                     \
        gen_shadd(c, d, a, b, n, uw);                                     \
    }
RV_SHADD(add_uw, 0, true)
RV_SHADD(sh1add, 1, false)
RV_SHADD(sh2add, 2, false)
RV_SHADD(sh3add, 3, false)
RV_SHADD(sh1add_uw, 1, true)
RV_SHADD(sh2add_uw, 2, true)
RV_SHADD(sh3add_uw, 3, true)
#undef RV_SHADD

/* slli.uw: zext32(a) << shamt */
static void gen_slli_uw(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    IRTempId t = ir_temp(c);

    ir_ext32u(c, t, a);
    ir_shl(c, d, t, b);
}

/* 1 << (b mod 64) */
static IRTempId gen_bit(IRContext *c, IRTempId b)
{
    IRTempId t = ir_temp(c);

    ir_shl(c, t, ir_const(c, 1), b);
    return t;
}

static void gen_bset(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_or(c, d, a, gen_bit(c, b));
}

static void gen_bclr(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_andc(c, d, a, gen_bit(c, b));
}

static void gen_binv(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_xor(c, d, a, gen_bit(c, b));
}

static void gen_bext(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    IRTempId t = ir_temp(c);

    ir_shr(c, t, a, b);
    ir_andi(c, d, t, 1);
}

/* orc.b: each byte becomes 0xff if nonzero, else 0. Bit 7 of each byte of
 * h is set iff the byte is nonzero (adding 0x7f carries into bit 7 for any
 * nonzero low 7 bits; the or brings in bit 7 itself), then spread it. */
static void gen_orc_b(IRContext *c, IRTempId d, IRTempId a)
{
    IRTempId t = ir_temp(c);

    ir_andi(c, t, a, 0x7f7f7f7f7f7f7f7fll);
    ir_addi(c, t, t, 0x7f7f7f7f7f7f7f7fll);
    ir_or(c, t, t, a);
    ir_shri(c, t, t, 7);
    ir_andi(c, t, t, 0x0101010101010101ll);
    ir_mul(c, d, t, ir_const(c, 0xff));
}

/* ---- the table ---------------------------------------------------------- */

/* Register-register: X(name, funct7<<25 | funct3<<12 | opcode, op, w). */
#define RV_BIT_RR(X)                                         \
    X(andn, 0x40007033, ir_andc, false)                      \
    X(orn, 0x40006033, ir_orc, false)                        \
    X(xnor, 0x40004033, ir_xnor, false)                      \
    X(min, 0x0a004033, gen_min, false)                       \
    X(minu, 0x0a005033, gen_minu, false)                     \
    X(max, 0x0a006033, gen_max, false)                       \
    X(maxu, 0x0a007033, gen_maxu, false)                     \
    X(rol, 0x60001033, ir_rotl, false)                       \
    X(ror, 0x60005033, ir_rotr, false)                       \
    X(rolw, 0x6000103b, ir_rotl32, true)                     \
    X(rorw, 0x6000503b, ir_rotr32, true)                     \
    X(add_uw, 0x0800003b, gen_add_uw, false)                 \
    X(sh1add, 0x20002033, gen_sh1add, false)                 \
    X(sh2add, 0x20004033, gen_sh2add, false)                 \
    X(sh3add, 0x20006033, gen_sh3add, false)                 \
    X(sh1add_uw, 0x2000203b, gen_sh1add_uw, false)           \
    X(sh2add_uw, 0x2000403b, gen_sh2add_uw, false)           \
    X(sh3add_uw, 0x2000603b, gen_sh3add_uw, false)           \
    X(bset, 0x28001033, gen_bset, false)                     \
    X(bclr, 0x48001033, gen_bclr, false)                     \
    X(binv, 0x68001033, gen_binv, false)                     \
    X(bext, 0x48005033, gen_bext, false)

/* Shift-amount immediates: X(name, funct6/7 | funct3 | opcode, op, mask, w);
 * mask is the instruction mask (funct6 for 6-bit shamt, funct7 for 5). */
#define RV_BIT_RI(X)                                         \
    X(rori, 0x60005013, ir_rotr, 0xfc00707f, false)          \
    X(roriw, 0x6000501b, ir_rotr32, 0xfe00707f, true)        \
    X(slli_uw, 0x0800101b, gen_slli_uw, 0xfc00707f, false)   \
    X(bseti, 0x28001013, gen_bset, 0xfc00707f, false)        \
    X(bclri, 0x48001013, gen_bclr, 0xfc00707f, false)        \
    X(binvi, 0x68001013, gen_binv, 0xfc00707f, false)        \
    X(bexti, 0x48005013, gen_bext, 0xfc00707f, false)

/* Unary, whole funct12 fixed: X(name, insn bits 31:20 | funct3 | opcode,
 * op, w). */
#define RV_BIT_UNARY(X)                                      \
    X(clz, 0x60001013, ir_clz, false)                        \
    X(ctz, 0x60101013, ir_ctz, false)                        \
    X(cpop, 0x60201013, ir_cpop, false)                      \
    X(sext_b, 0x60401013, ir_ext8s, false)                   \
    X(sext_h, 0x60501013, ir_ext16s, false)                  \
    X(clzw, 0x6000101b, ir_clz32, false)                     \
    X(ctzw, 0x6010101b, ir_ctz32, false)                     \
    X(cpopw, 0x6020101b, ir_cpop32, false)                   \
    X(zext_h, 0x0800403b, ir_ext16u, false)                  \
    X(orc_b, 0x28705013, gen_orc_b, false)                   \
    X(rev8, 0x6b805013, ir_bswap, false)

#define X(name, match, op, w)                                              \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_binary(ctx, insn, op, false, w);                        \
    }
RV_BIT_RR(X)
#undef X

#define X(name, match, op, mask, w)                                        \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_binary(ctx, insn, op, true, w);                         \
    }
RV_BIT_RI(X)
#undef X

#define X(name, match, op, w)                                              \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_unary(ctx, insn, op, w);                                \
    }
RV_BIT_UNARY(X)
#undef X

const RVPattern rv_bit_patterns[] = {
#define X(name, match, op, w) {0xfe00707f, match, trans_##name, #name},
    RV_BIT_RR(X)
#undef X
#define X(name, match, op, mask, w) {mask, match, trans_##name, #name},
    RV_BIT_RI(X)
#undef X
#define X(name, match, op, w) {0xfff0707f, match, trans_##name, #name},
    RV_BIT_UNARY(X)
#undef X
    {0, 0, NULL, NULL},
};

#undef RV_BIT_RR
#undef RV_BIT_RI
#undef RV_BIT_UNARY
