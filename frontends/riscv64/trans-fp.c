/*
 * RISC-V F and D: decode patterns and translation, and the FP CSR hooks.
 *
 * Loads, stores, moves, sign injection and NaN-boxing are inline IR; all
 * arithmetic, compares, conversions and fclass call the helpers of fpu.c.
 * Single-precision helpers return (fflags << 32) | result32, so the IR
 * boxes the low word and ORs the high word into env->fflags; helpers with
 * 64-bit results take the env pointer and accrue fflags themselves.
 *
 * fflags is not an IR global (translate.c registers none for it): the IR
 * reaches it only through ld_env/st_env here. That is what lets every FP
 * helper be IR_HELPER_PURE — the 64-bit ones write env->fflags, which no
 * global caches, and read no global (frm arrives as an argument) — so the
 * backend keeps guest registers in host registers across FP calls.
 *
 * Rounding mode: a static rm (0..4) is passed as a constant; 5 and 6 are
 * illegal encodings (trans returns false). rm = 7 (dynamic) passes the frm
 * global, after an inline check that raises an illegal instruction
 * exception at run time when frm holds 5..7. With TUNING_frm_once the
 * check is made once per TB (until an FP CSR write), and away from the
 * TB's first insn as a side exit (exit_cond) to the insn, whose own TB
 * then raises: no block split, so host registers survive the check.
 *
 * With TUNING_fp_nx / TUNING_fma_nx, arithmetic whose rm is RNE or dynamic
 * calls the helpers specialized for the common state (fpu.h, *_nx), which
 * take env first and accrue fflags themselves in both precisions.
 *
 * Encodings (OP-FP = 1010011, fmt in bits 26:25: 00 = S, 01 = D):
 *
 *   31    27 26 25 24  20 19  15 14  12 11   7 6      0
 *   | funct5 | fmt | rs2  | rs1  |  rm  |  rd  | 1010011 |  OP-FP
 *   |  rs3   | fmt | rs2  | rs1  |  rm  |  rd  | 10xx011 |  FMADD..FNMADD
 *   |     imm[11:0]       | rs1  | w/d  |  rd  | 0000111 |  FLW/FLD
 *   | imm[11:5]   | rs2   | rs1  | w/d  | imm  | 0100111 |  FSW/FSD
 */
#include <stddef.h>

#include "frontends/riscv64/fpu.h"
#include "frontends/riscv64/translate.h"
#include "translator/softfloat-util.h"
#include "translator/tuning.h"

#define SIGN_S 0x80000000ll
#define SIGN_D ((int64_t)0x8000000000000000ull)
#define BOX ((int64_t)RV_FPU_BOX)

static inline bool is_double(uint32_t insn)
{
    return (insn >> 25) & 1;
}

/* The rounding mode operand for insn's rm field, or false if illegal. */
static bool gen_rm(RVDisasContext *ctx, uint32_t insn, IRTempId *out)
{
    IRContext *ir = ctx->ir;
    uint32_t rm = rv_funct3(insn), ok;
    RVDisasState state;

    if (rm == 5 || rm == 6) {
        return false;
    }
    if (rm != RV_RM_DYN) {
        *out = ir_const(ir, rm);
        return true;
    }
    *out = rv_frm;
    if (ctx->frm_checked) {
        return true;
    }
    if (tuning_on(TUNING_frm_once)) {
        /* Once checked, frm stays valid until an FP CSR write in this TB
         * (rv_fp_csr_write clears the mark). */
        ctx->frm_checked = true;
        if (ctx->pc != ctx->tb->pc && ctx->nb_slots + 3 <= TB_MAX_JUMPS &&
            tb_may_branch_inside(ctx->tb)) {
            /* An invalid frm leaves through a side exit to this insn, which
             * then starts a TB and takes the exception path below. */
            ir_exit_cond(ir, IR_COND_GEU, rv_frm, ir_const(ir, 5),
                         (int)ctx->nb_slots++, ctx->pc);
            return true;
        }
    }
    ok = ir_new_label(ir);
    ir_brcond(ir, IR_COND_LTU, rv_frm, ir_const(ir, 5), ok);
    /* The exception path leaves the TB; decoding continues after it. */
    state = ctx->state;
    rv_gen_exception(ctx, EXCP_ILLEGAL);
    ctx->state = state;
    ir_set_label(ir, ok);
    return true;
}

/* Where the IR reaches fflags (it has no global). */
enum { FFLAGS = offsetof(CPURISCVState, fflags) };

/* env->fflags |= ret >> 32. */
static void gen_accrue(RVDisasContext *ctx, IRTempId ret)
{
    IRContext *ir = ctx->ir;
    IRTempId t = ir_temp(ir), fl = ir_temp(ir);
    ir_shri(ir, t, ret, 32);
    ir_ld_env(ir, fl, FFLAGS, IR_MO_64);
    ir_or(ir, fl, fl, t);
    ir_st_env(ir, fl, FFLAGS, IR_MO_64);
}

/* f[rd] = box(ret); fflags |= ret >> 32 (a single helper's result). */
static void gen_set_s(RVDisasContext *ctx, int rd, IRTempId ret)
{
    gen_accrue(ctx, ret);
    ir_ori(ctx->ir, rv_f[rd], ret, BOX);
}

/* x[rd] = sext32(ret); fflags |= ret >> 32. */
static void gen_set_x32(RVDisasContext *ctx, int rd, IRTempId ret)
{
    gen_accrue(ctx, ret);
    ir_ext32s(ctx->ir, rv_gpr_dst(ctx, rd), ret);
}

/* A value with the single in rs unboxed: improperly boxed values read as
 * the canonical NaN. The result stays boxed (upper word all ones). */
static IRTempId gen_unbox(RVDisasContext *ctx, int rs)
{
    IRContext *ir = ctx->ir;
    IRTempId hi = ir_temp(ir), r = ir_temp(ir);
    ir_shri(ir, hi, rv_f[rs], 32);
    ir_movcond(ir, IR_COND_EQ, r, hi, ir_const(ir, 0xffffffff), rv_f[rs],
               ir_const(ir, BOX | RV_FPU_CANON_S));
    return r;
}

/* ---- loads and stores ----------------------------------------------- */

static IRTempId gen_addr(RVDisasContext *ctx, int rs1, int64_t imm)
{
    IRTempId a = ir_temp(ctx->ir);
    ir_addi(ctx->ir, a, rv_gpr(ctx, rs1), imm);
    return a;
}

static bool trans_fload(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    IRTempId a = gen_addr(ctx, rv_rs1(insn), rv_imm_i(insn));
    int rd = rv_rd(insn);

    if (rv_funct3(insn) == 3) {
        ir_ld(ir, rv_f[rd], a, IR_MO_64);
    } else {
        IRTempId t = ir_temp(ir);
        ir_ld(ir, t, a, IR_MO_32);
        ir_ori(ir, rv_f[rd], t, BOX);
    }
    return true;
}

static bool trans_fstore(RVDisasContext *ctx, uint32_t insn)
{
    IRTempId a = gen_addr(ctx, rv_rs1(insn), rv_imm_s(insn));
    ir_st(ctx->ir, rv_f[rv_rs2(insn)], a,
          rv_funct3(insn) == 3 ? IR_MO_64 : IR_MO_32);
    return true;
}

/* ---- arithmetic ----------------------------------------------------- */

/* Every FP helper is pure (see the top of the file). */
#define HP(fn) IR_HELPER(fn, IR_HELPER_PURE)

/* Indexed by funct5 >> 0 for add(0) sub(1) mul(2) div(3). */
static const IRHelper h_arith_s[4] = {
    HP(rv_fpu_fadd_s),
    HP(rv_fpu_fsub_s),
    HP(rv_fpu_fmul_s),
    HP(rv_fpu_fdiv_s),
};
static const IRHelper h_arith_d[4] = {
    HP(rv_fpu_fadd_d),
    HP(rv_fpu_fsub_d),
    HP(rv_fpu_fmul_d),
    HP(rv_fpu_fdiv_d),
};
/* Specialized for the common state (fpu.h), same indices. */
static const IRHelper h_arith_s_nx[4] = {
    HP(rv_fpu_fadd_s_nx),
    HP(rv_fpu_fsub_s_nx),
    HP(rv_fpu_fmul_s_nx),
    HP(rv_fpu_fdiv_s_nx),
};
static const IRHelper h_arith_d_nx[4] = {
    HP(rv_fpu_fadd_d_nx),
    HP(rv_fpu_fsub_d_nx),
    HP(rv_fpu_fmul_d_nx),
    HP(rv_fpu_fdiv_d_nx),
};
static const IRHelper h_fsqrt_s_nx = HP(rv_fpu_fsqrt_s_nx);
static const IRHelper h_fsqrt_d_nx = HP(rv_fpu_fsqrt_d_nx);
static const IRHelper h_fmadd_s_nx = HP(rv_fpu_fmadd_s_nx);
static const IRHelper h_fmadd_d_nx = HP(rv_fpu_fmadd_d_nx);
static const IRHelper h_fsqrt_s = HP(rv_fpu_fsqrt_s);
static const IRHelper h_fsqrt_d = HP(rv_fpu_fsqrt_d);
static const IRHelper h_fmadd_s = HP(rv_fpu_fmadd_s);
static const IRHelper h_fmadd_d = HP(rv_fpu_fmadd_d);
static const IRHelper h_fmin_s = HP(rv_fpu_fmin_s);
static const IRHelper h_fmax_s = HP(rv_fpu_fmax_s);
static const IRHelper h_fmin_d = HP(rv_fpu_fmin_d);
static const IRHelper h_fmax_d = HP(rv_fpu_fmax_d);
/* Indexed by funct3: fle(0) flt(1) feq(2). */
static const IRHelper h_cmp_s[3] = {
    HP(rv_fpu_fle_s),
    HP(rv_fpu_flt_s),
    HP(rv_fpu_feq_s),
};
static const IRHelper h_cmp_d[3] = {
    HP(rv_fpu_fle_d),
    HP(rv_fpu_flt_d),
    HP(rv_fpu_feq_d),
};
static const IRHelper h_fclass_s = HP(rv_fpu_fclass_s);
static const IRHelper h_fclass_d = HP(rv_fpu_fclass_d);
static const IRHelper h_fcvt_s_d = HP(rv_fpu_fcvt_s_d);
static const IRHelper h_fcvt_d_s = HP(rv_fpu_fcvt_d_s);
/* Float -> integer, indexed by rs2: w(0) wu(1) l(2) lu(3). */
static const IRHelper h_to_int_s[4] = {
    HP(rv_fpu_fcvt_w_s),
    HP(rv_fpu_fcvt_wu_s),
    HP(rv_fpu_fcvt_l_s),
    HP(rv_fpu_fcvt_lu_s),
};
static const IRHelper h_to_int_d[4] = {
    HP(rv_fpu_fcvt_w_d),
    HP(rv_fpu_fcvt_wu_d),
    HP(rv_fpu_fcvt_l_d),
    HP(rv_fpu_fcvt_lu_d),
};
/* Integer -> float, indexed by rs2. fcvt.d.w/wu are exact: no rm arg. */
static const IRHelper h_from_int_s[4] = {
    HP(rv_fpu_fcvt_s_w),
    HP(rv_fpu_fcvt_s_wu),
    HP(rv_fpu_fcvt_s_l),
    HP(rv_fpu_fcvt_s_lu),
};
static const IRHelper h_from_int_d[4] = {
    HP(rv_fpu_fcvt_d_w),
    HP(rv_fpu_fcvt_d_wu),
    HP(rv_fpu_fcvt_d_l),
    HP(rv_fpu_fcvt_d_lu),
};

/* The same operations as IR fop (TUNING_fp_inline): the host operation
 * is the instruction when rm is RNE and NX is already accrued (fpu.c, the
 * *_nx helpers, says why); singles must be NaN-boxed. */
#define RV_FOP(nm, k, n, d)                                                    \
    {                                                                          \
        .name = "rv_fpu_fop_" #nm, .kind = (k), .neg = (n), .dbl = (d),        \
        .boxed = !(d), .exp_lo = (d) ? FAST_D_LO : FAST_S_LO,                  \
        .exp_hi = (d) ? FAST_D_HI : FAST_S_HI,                                 \
        .guard = { { offsetof(CPURISCVState, fflags), RV_FF_NX, true },        \
                   { -1, 0, false } },                                         \
        .slow = rv_fpu_fop_##nm,                                               \
    }
/* By the arithmetic opcode (add, sub, mul, div), single then double. */
static const IRFpOp fop_arith[2][4] = {
    { RV_FOP(fadd_s, IR_FP_ADD, 0, false), RV_FOP(fsub_s, IR_FP_SUB, 0, false),
      RV_FOP(fmul_s, IR_FP_MUL, 0, false), RV_FOP(fdiv_s, IR_FP_DIV, 0, false) },
    { RV_FOP(fadd_d, IR_FP_ADD, 0, true), RV_FOP(fsub_d, IR_FP_SUB, 0, true),
      RV_FOP(fmul_d, IR_FP_MUL, 0, true), RV_FOP(fdiv_d, IR_FP_DIV, 0, true) },
};
static const IRFpOp fop_sqrt[2] = {
    RV_FOP(fsqrt_s, IR_FP_SQRT, 0, false),
    RV_FOP(fsqrt_d, IR_FP_SQRT, 0, true),
};
/* By (insn >> 2) & 3: FMADD, FMSUB (- c), FNMSUB (-(a*b)), FNMADD. */
static const IRFpOp fop_fma[2][4] = {
    { RV_FOP(fma_s0, IR_FP_FMA, 0, false),
      RV_FOP(fma_s1, IR_FP_FMA, IR_FP_NEG_ADD, false),
      RV_FOP(fma_s2, IR_FP_FMA, IR_FP_NEG_PROD, false),
      RV_FOP(fma_s3, IR_FP_FMA, IR_FP_NEG_PROD | IR_FP_NEG_ADD, false) },
    { RV_FOP(fma_d0, IR_FP_FMA, 0, true),
      RV_FOP(fma_d1, IR_FP_FMA, IR_FP_NEG_ADD, true),
      RV_FOP(fma_d2, IR_FP_FMA, IR_FP_NEG_PROD, true),
      RV_FOP(fma_d3, IR_FP_FMA, IR_FP_NEG_PROD | IR_FP_NEG_ADD, true) },
};
#undef RV_FOP

/* rd = op(a, b, c) by IR fop; singles come back unboxed. */
static void gen_fop(RVDisasContext *ctx, const IRFpOp *op, int rd,
                    IRTempId a, IRTempId b, IRTempId c, IRTempId rm)
{
    IRContext *ir = ctx->ir;
    IRTempId r = op->dbl ? rv_f[rd] : ir_temp(ir);

    ir_fop(ir, op, r, a, b, c, rm);
    if (!op->dbl) {
        ir_ori(ir, rv_f[rd], r, BOX);
    }
}

/* Use the *_nx helpers for insn (TUNING_fp_nx or, for the fused ones,
 * TUNING_fma_nx)? Only where rm may be RNE. */
static bool use_nx(uint32_t insn, bool fused)
{
    uint32_t rm = rv_funct3(insn);

    if (rm != RV_RM_RNE && rm != RV_RM_DYN) {
        return false;
    }
    return fused ? tuning_on(TUNING_fma_nx) && rv_fpu_nx_fma_ok()
                 : tuning_on(TUNING_fp_nx);
}

static bool trans_farith(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int op = (insn >> 27) & 3, rd = rv_rd(insn);
    IRTempId rm, a = rv_f[rv_rs1(insn)], b = rv_f[rv_rs2(insn)], r;

    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    if (use_nx(insn, false) && tuning_on(TUNING_fp_inline)) {
        gen_fop(ctx, &fop_arith[is_double(insn)][op], rd, a, b, a, rm);
    } else if (use_nx(insn, false)) {
        if (is_double(insn)) {
            ir_call(ir, &h_arith_d_nx[op], rv_f[rd], 4, (IRTempId)IR_ENV, a,
                    b, rm);
        } else {
            r = ir_temp(ir);
            ir_call(ir, &h_arith_s_nx[op], r, 4, (IRTempId)IR_ENV, a, b, rm);
            ir_ori(ir, rv_f[rd], r, BOX);
        }
    } else if (is_double(insn)) {
        ir_call(ir, &h_arith_d[op], rv_f[rd], 4, (IRTempId)IR_ENV, a, b, rm);
    } else {
        r = ir_temp(ir);
        ir_call(ir, &h_arith_s[op], r, 3, a, b, rm);
        gen_set_s(ctx, rd, r);
    }
    return true;
}

static bool trans_fsqrt(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int rd = rv_rd(insn);
    IRTempId rm, a = rv_f[rv_rs1(insn)], r;

    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    if (use_nx(insn, false) && tuning_on(TUNING_fp_inline)) {
        gen_fop(ctx, &fop_sqrt[is_double(insn)], rd, a, a, a, rm);
    } else if (use_nx(insn, false)) {
        if (is_double(insn)) {
            ir_call(ir, &h_fsqrt_d_nx, rv_f[rd], 3, (IRTempId)IR_ENV, a, rm);
        } else {
            r = ir_temp(ir);
            ir_call(ir, &h_fsqrt_s_nx, r, 3, (IRTempId)IR_ENV, a, rm);
            ir_ori(ir, rv_f[rd], r, BOX);
        }
    } else if (is_double(insn)) {
        ir_call(ir, &h_fsqrt_d, rv_f[rd], 3, (IRTempId)IR_ENV, a, rm);
    } else {
        r = ir_temp(ir);
        ir_call(ir, &h_fsqrt_s, r, 2, a, rm);
        gen_set_s(ctx, rd, r);
    }
    return true;
}

/* FMADD (00), FMSUB (01: - c), FNMSUB (10: -(a*b) + c), FNMADD (11). */
static bool trans_fma(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int kind = (insn >> 2) & 3, rd = rv_rd(insn);
    int neg =
        ((kind & 1) ? RV_FMA_NEG_ADD : 0) | ((kind & 2) ? RV_FMA_NEG_PROD : 0);
    IRTempId rm, a = rv_f[rv_rs1(insn)], b = rv_f[rv_rs2(insn)];
    IRTempId c = rv_f[rv_rs3(insn)], n, r;

    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    if (use_nx(insn, true) && tuning_on(TUNING_fp_inline)) {
        gen_fop(ctx, &fop_fma[is_double(insn)][kind], rd, a, b, c, rm);
        return true;
    }
    n = ir_const(ir, neg);
    if (use_nx(insn, true)) {
        if (is_double(insn)) {
            ir_call(ir, &h_fmadd_d_nx, rv_f[rd], 6, (IRTempId)IR_ENV, a, b, c,
                    rm, n);
        } else {
            r = ir_temp(ir);
            ir_call(ir, &h_fmadd_s_nx, r, 6, (IRTempId)IR_ENV, a, b, c, rm, n);
            ir_ori(ir, rv_f[rd], r, BOX);
        }
    } else if (is_double(insn)) {
        ir_call(ir, &h_fmadd_d, rv_f[rd], 6, (IRTempId)IR_ENV, a, b, c, rm, n);
    } else {
        r = ir_temp(ir);
        ir_call(ir, &h_fmadd_s, r, 5, a, b, c, rm, n);
        gen_set_s(ctx, rd, r);
    }
    return true;
}

/* FSGNJ (funct3 0), FSGNJN (1), FSGNJX (2): inline bit operations. */
static bool trans_fsgnj(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int kind = rv_funct3(insn), rd = rv_rd(insn);
    int rs1 = rv_rs1(insn), rs2 = rv_rs2(insn);
    bool dbl = is_double(insn);
    int64_t sign = dbl ? SIGN_D : SIGN_S;
    IRTempId a, b, sb, r;

    if (kind > 2) {
        return false;
    }
    a = dbl ? rv_f[rs1] : gen_unbox(ctx, rs1);
    b = dbl ? rv_f[rs2] : (rs1 == rs2 ? a : gen_unbox(ctx, rs2));
    sb = ir_temp(ir);
    r = ir_temp(ir);
    if (kind == 1) {
        ir_not(ir, sb, b);
        ir_andi(ir, sb, sb, sign);
    } else {
        ir_andi(ir, sb, b, sign);
    }
    if (kind == 2) {
        ir_xor(ir, rv_f[rd], a, sb);
    } else {
        ir_andi(ir, r, a, ~sign);
        ir_or(ir, rv_f[rd], r, sb);
    }
    return true;
}

static bool trans_fminmax(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int max = rv_funct3(insn), rd = rv_rd(insn);
    IRTempId a = rv_f[rv_rs1(insn)], b = rv_f[rv_rs2(insn)], r;

    if (max > 1) {
        return false;
    }
    if (is_double(insn)) {
        ir_call(ir, max ? &h_fmax_d : &h_fmin_d, rv_f[rd], 3, (IRTempId)IR_ENV,
                a, b);
    } else {
        r = ir_temp(ir);
        ir_call(ir, max ? &h_fmax_s : &h_fmin_s, r, 2, a, b);
        gen_set_s(ctx, rd, r);
    }
    return true;
}

/* FLE (0), FLT (1), FEQ (2). */
static bool trans_fcmp(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int kind = rv_funct3(insn);
    IRTempId r;

    if (kind > 2) {
        return false;
    }
    r = ir_temp(ir);
    ir_call(ir, is_double(insn) ? &h_cmp_d[kind] : &h_cmp_s[kind], r, 2,
            rv_f[rv_rs1(insn)], rv_f[rv_rs2(insn)]);
    gen_set_x32(ctx, rv_rd(insn), r);
    return true;
}

static bool trans_fcvt_s_d(RVDisasContext *ctx, uint32_t insn)
{
    IRTempId rm, r;
    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    r = ir_temp(ctx->ir);
    ir_call(ctx->ir, &h_fcvt_s_d, r, 2, rv_f[rv_rs1(insn)], rm);
    gen_set_s(ctx, rv_rd(insn), r);
    return true;
}

static bool trans_fcvt_d_s(RVDisasContext *ctx, uint32_t insn)
{
    IRTempId rm; /* exact, but the rm field must still be legal */
    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    ir_call(ctx->ir, &h_fcvt_d_s, rv_f[rv_rd(insn)], 2, (IRTempId)IR_ENV,
            rv_f[rv_rs1(insn)]);
    return true;
}

/* FCVT.{W,WU,L,LU}.{S,D}: rs2 selects the integer type. */
static bool trans_fcvt_to_int(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int kind = rv_rs2(insn), rd = rv_rd(insn);
    const IRHelper *h;
    IRTempId rm, a = rv_f[rv_rs1(insn)], r;

    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    h = is_double(insn) ? &h_to_int_d[kind] : &h_to_int_s[kind];
    if (kind >= 2) {
        ir_call(ir, h, rv_gpr_dst(ctx, rd), 3, (IRTempId)IR_ENV, a, rm);
    } else {
        r = ir_temp(ir);
        ir_call(ir, h, r, 2, a, rm);
        gen_set_x32(ctx, rd, r);
    }
    return true;
}

/* FCVT.{S,D}.{W,WU,L,LU}. */
static bool trans_fcvt_from_int(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int kind = rv_rs2(insn), rd = rv_rd(insn);
    IRTempId rm, a = rv_gpr(ctx, rv_rs1(insn)), r;

    if (!gen_rm(ctx, insn, &rm)) {
        return false;
    }
    if (!is_double(insn)) {
        r = ir_temp(ir);
        ir_call(ir, &h_from_int_s[kind], r, 2, a, rm);
        gen_set_s(ctx, rd, r);
    } else if (kind < 2) {
        ir_call(ir, &h_from_int_d[kind], rv_f[rd], 1, a);
    } else {
        ir_call(ir, &h_from_int_d[kind], rv_f[rd], 3, (IRTempId)IR_ENV, a, rm);
    }
    return true;
}

static bool trans_fclass(RVDisasContext *ctx, uint32_t insn)
{
    ir_call(ctx->ir, is_double(insn) ? &h_fclass_d : &h_fclass_s,
            rv_gpr_dst(ctx, rv_rd(insn)), 1, rv_f[rv_rs1(insn)]);
    return true;
}

/* FMV.X.W (sign-extends the low word, no unboxing) / FMV.X.D. */
static bool trans_fmv_x(RVDisasContext *ctx, uint32_t insn)
{
    IRTempId d = rv_gpr_dst(ctx, rv_rd(insn)), s = rv_f[rv_rs1(insn)];
    if (is_double(insn)) {
        ir_mov(ctx->ir, d, s);
    } else {
        ir_ext32s(ctx->ir, d, s);
    }
    return true;
}

/* FMV.W.X (boxes) / FMV.D.X. */
static bool trans_fmv_f(RVDisasContext *ctx, uint32_t insn)
{
    IRTempId d = rv_f[rv_rd(insn)], s = rv_gpr(ctx, rv_rs1(insn));
    if (is_double(insn)) {
        ir_mov(ctx->ir, d, s);
    } else {
        ir_ori(ctx->ir, d, s, BOX);
    }
    return true;
}

#undef HP

/* ---- decode table --------------------------------------------------- */

#define M_RM 0xfe00007fu    /* funct7 + opcode; rm free */
#define M_RS2 0xfff0007fu   /* ... + rs2 fixed */
#define M_F3 0xfe00707fu    /* ... + funct3 fixed */
#define M_RS2F3 0xfff0707fu /* ... + both */
#define M_FMA 0x0600007fu   /* fmt + opcode */
#define M_LS 0x0000707fu    /* funct3 + opcode */

const RVPattern rv_fp_patterns[] = {
    {M_LS, 0x00002007, trans_fload, "flw"},
    {M_LS, 0x00003007, trans_fload, "fld"},
    {M_LS, 0x00002027, trans_fstore, "fsw"},
    {M_LS, 0x00003027, trans_fstore, "fsd"},
    {M_FMA, 0x00000043, trans_fma, "fmadd.s"},
    {M_FMA, 0x02000043, trans_fma, "fmadd.d"},
    {M_FMA, 0x00000047, trans_fma, "fmsub.s"},
    {M_FMA, 0x02000047, trans_fma, "fmsub.d"},
    {M_FMA, 0x0000004b, trans_fma, "fnmsub.s"},
    {M_FMA, 0x0200004b, trans_fma, "fnmsub.d"},
    {M_FMA, 0x0000004f, trans_fma, "fnmadd.s"},
    {M_FMA, 0x0200004f, trans_fma, "fnmadd.d"},
    {M_RM, 0x00000053, trans_farith, "fadd.s"},
    {M_RM, 0x02000053, trans_farith, "fadd.d"},
    {M_RM, 0x08000053, trans_farith, "fsub.s"},
    {M_RM, 0x0a000053, trans_farith, "fsub.d"},
    {M_RM, 0x10000053, trans_farith, "fmul.s"},
    {M_RM, 0x12000053, trans_farith, "fmul.d"},
    {M_RM, 0x18000053, trans_farith, "fdiv.s"},
    {M_RM, 0x1a000053, trans_farith, "fdiv.d"},
    {M_RS2, 0x58000053, trans_fsqrt, "fsqrt.s"},
    {M_RS2, 0x5a000053, trans_fsqrt, "fsqrt.d"},
    {M_F3, 0x20000053, trans_fsgnj, "fsgnj.s"},
    {M_F3, 0x20001053, trans_fsgnj, "fsgnjn.s"},
    {M_F3, 0x20002053, trans_fsgnj, "fsgnjx.s"},
    {M_F3, 0x22000053, trans_fsgnj, "fsgnj.d"},
    {M_F3, 0x22001053, trans_fsgnj, "fsgnjn.d"},
    {M_F3, 0x22002053, trans_fsgnj, "fsgnjx.d"},
    {M_F3, 0x28000053, trans_fminmax, "fmin.s"},
    {M_F3, 0x28001053, trans_fminmax, "fmax.s"},
    {M_F3, 0x2a000053, trans_fminmax, "fmin.d"},
    {M_F3, 0x2a001053, trans_fminmax, "fmax.d"},
    {M_RS2, 0x40100053, trans_fcvt_s_d, "fcvt.s.d"},
    {M_RS2, 0x42000053, trans_fcvt_d_s, "fcvt.d.s"},
    {M_F3, 0xa0000053, trans_fcmp, "fle.s"},
    {M_F3, 0xa0001053, trans_fcmp, "flt.s"},
    {M_F3, 0xa0002053, trans_fcmp, "feq.s"},
    {M_F3, 0xa2000053, trans_fcmp, "fle.d"},
    {M_F3, 0xa2001053, trans_fcmp, "flt.d"},
    {M_F3, 0xa2002053, trans_fcmp, "feq.d"},
    {M_RS2, 0xc0000053, trans_fcvt_to_int, "fcvt.w.s"},
    {M_RS2, 0xc0100053, trans_fcvt_to_int, "fcvt.wu.s"},
    {M_RS2, 0xc0200053, trans_fcvt_to_int, "fcvt.l.s"},
    {M_RS2, 0xc0300053, trans_fcvt_to_int, "fcvt.lu.s"},
    {M_RS2, 0xc2000053, trans_fcvt_to_int, "fcvt.w.d"},
    {M_RS2, 0xc2100053, trans_fcvt_to_int, "fcvt.wu.d"},
    {M_RS2, 0xc2200053, trans_fcvt_to_int, "fcvt.l.d"},
    {M_RS2, 0xc2300053, trans_fcvt_to_int, "fcvt.lu.d"},
    {M_RS2, 0xd0000053, trans_fcvt_from_int, "fcvt.s.w"},
    {M_RS2, 0xd0100053, trans_fcvt_from_int, "fcvt.s.wu"},
    {M_RS2, 0xd0200053, trans_fcvt_from_int, "fcvt.s.l"},
    {M_RS2, 0xd0300053, trans_fcvt_from_int, "fcvt.s.lu"},
    {M_RS2, 0xd2000053, trans_fcvt_from_int, "fcvt.d.w"},
    {M_RS2, 0xd2100053, trans_fcvt_from_int, "fcvt.d.wu"},
    {M_RS2, 0xd2200053, trans_fcvt_from_int, "fcvt.d.l"},
    {M_RS2, 0xd2300053, trans_fcvt_from_int, "fcvt.d.lu"},
    {M_RS2F3, 0xe0000053, trans_fmv_x, "fmv.x.w"},
    {M_RS2F3, 0xe0001053, trans_fclass, "fclass.s"},
    {M_RS2F3, 0xe2000053, trans_fmv_x, "fmv.x.d"},
    {M_RS2F3, 0xe2001053, trans_fclass, "fclass.d"},
    {M_RS2F3, 0xf0000053, trans_fmv_f, "fmv.w.x"},
    {M_RS2F3, 0xf2000053, trans_fmv_f, "fmv.d.x"},
    {0, 0, NULL, NULL},
};

/* ---- FP CSRs -------------------------------------------------------- */

enum { CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003 };

bool rv_fp_csr_read(RVDisasContext *ctx, int csr, IRTempId dst)
{
    IRContext *ir = ctx->ir;
    IRTempId t, fl;

    switch (csr) {
    case CSR_FFLAGS:
        ir_ld_env(ir, dst, FFLAGS, IR_MO_64);
        return true;
    case CSR_FRM:
        ir_mov(ir, dst, rv_frm);
        return true;
    case CSR_FCSR:
        t = ir_temp(ir);
        fl = ir_temp(ir);
        ir_shli(ir, t, rv_frm, 5);
        ir_ld_env(ir, fl, FFLAGS, IR_MO_64);
        ir_or(ir, dst, t, fl);
        return true;
    default:
        return false;
    }
}

bool rv_fp_csr_write(RVDisasContext *ctx, int csr, IRTempId val)
{
    IRContext *ir = ctx->ir;
    IRTempId fl, rm;

    switch (csr) {
    case CSR_FFLAGS:
        fl = ir_temp(ir);
        ir_andi(ir, fl, val, 0x1f);
        ir_st_env(ir, fl, FFLAGS, IR_MO_64);
        return true;
    case CSR_FRM:
        ir_andi(ir, rv_frm, val, 7);
        ctx->frm_checked = false;
        return true;
    case CSR_FCSR:
        ctx->frm_checked = false;
        fl = ir_temp(ir);
        rm = ir_temp(ir);
        ir_andi(ir, fl, val, 0x1f);
        ir_shri(ir, rm, val, 5);
        ir_andi(ir, rv_frm, rm, 7);
        ir_st_env(ir, fl, FFLAGS, IR_MO_64);
        return true;
    default:
        return false;
    }
}

#undef SIGN_S
#undef SIGN_D
#undef BOX
#undef M_RM
#undef M_RS2
#undef M_F3
#undef M_RS2F3
#undef M_FMA
#undef M_LS
