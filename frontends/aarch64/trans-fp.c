/*
 * Scalar FP and AdvSIMD FP: decode patterns, translation, and the helpers
 * generated code calls (the arithmetic itself is fpu.c).
 *
 * Moves, FCSEL, FMOV immediate and the FMOV/FABS/FNEG bit operations are
 * inline IR (ld_env/st_env on CPUARMState.v). Everything that rounds or
 * raises calls a helper, in one of two styles:
 *   - the hot scalar forms (FADD..FNMUL, FMADD.., FSQRT, FCVT S<->D,
 *     FCMP, int conversions) and the common vector forms (FADD..FMINNM,
 *     FMLA/FMLS lanewise) call one fpu.c helper per operation and size;
 *     scalar ones take and return values, the IR loads and stores them;
 *   - the rest call a few lane-looping helpers here with a descriptor
 *     constant (register numbers, element size, lane count, operation).
 * Helpers write the whole destination register (zeroing what the
 * instruction zeroes) and OR the exception bits into env->fpsr. v[], fpcr
 * and fpsr are not IR globals, so every helper is
 * IR_HELPER_NO_READ_GLOBALS | IR_HELPER_NO_WRITE_GLOBALS and guest
 * registers stay in host registers across FP code. No FP helper raises
 * (FPCR trap enables are RAZ).
 *
 * Only FP encodings match here: trans-simd.c's integer table is tried
 * after this one, so every pattern is exact for its FP group. FP16
 * arithmetic (FEAT_FP16) is not advertised and stays unallocated; FCVT
 * to and from half precision is base Armv8.
 */
#include <stddef.h>
#include <string.h>

#include "frontends/aarch64/fpu.h"
#include "frontends/aarch64/helpers-simd.h"
#include "frontends/aarch64/simd-ir.h"
#include "frontends/aarch64/translate.h"
#include "translator/softfloat-util.h"
#include "translator/tuning.h"

/* ---- descriptors ---------------------------------------------------- */

/* Fields of a helper descriptor (a 64-bit IR constant). */
enum {
    D_RD = 0,     /* 5 bits */
    D_RN = 5,     /* 5 */
    D_RM = 10,    /* 5 */
    D_RA = 15,    /* 5 */
    D_SZ = 20,    /* 2: element size, log2 bytes */
    D_LANES = 22, /* 3: lanes computed */
    D_IDX = 25,   /* 3: element of rm for by-element forms */
    D_BYEL = 28,  /* 1: rm is one element */
    D_HI = 29,    /* 1: FCVTN2/FCVTL2/FCVTXN2: the upper half */
    D_OP = 32,    /* 8: operation */
    D_RND = 40,   /* 3: rounding mode; 7 = FPCR */
    D_FBITS = 43, /* 7: fixed-point fraction bits */
    D_UNS = 50,   /* 1: unsigned integer */
    D_IBITS = 51, /* 1: integer is 64 bits */
    D_EXACT = 52, /* 1: FRINTX */
    D_NEGA = 53,  /* 1: negate the addend (FNMADD, FNMSUB) */
    D_NEGP = 54,  /* 1: negate the product (FMSUB, FNMADD, FMLS) */
    D_MODE = 55,  /* 2: 0 lanewise, 1 pairwise, 2 scalar pairwise */
    D_TO = 57,    /* 2: FCVT destination size */
    D_NZCV = 59,  /* 4: FCCMP's flags when the condition fails */
};

#define RND_FPCR 7

static inline unsigned dget(uint64_t d, int pos, int len)
{
    return (unsigned)(d >> pos) & ((1u << len) - 1);
}

/* Binary operations (helper a64_fph_bin). */
enum {
    B_ADD,
    B_SUB,
    B_MUL,
    B_DIV,
    B_MAX,
    B_MIN,
    B_MAXNM,
    B_MINNM,
    B_MULX,
    B_ABD,
    B_RECPS,
    B_RSQRTS,
    B_CMEQ,
    B_CMGE,
    B_CMGT,
    B_ACGE,
    B_ACGT,
};

/* Unary operations (helper a64_fph_una). */
enum {
    U_ABS,
    U_NEG,
    U_SQRT,
    U_RINT,
    U_TOINT,
    U_FROMINT,
    U_RECPE,
    U_RSQRTE,
    U_RECPX,
    U_CMGT0,
    U_CMEQ0,
    U_CMLT0,
    U_CMGE0,
    U_CMLE0,
};

/* ---- lanes ---------------------------------------------------------- */

static inline uint64_t get_lane(const CPUARMState *env, int r, int sz, int i)
{
    return a64_lane_get(env->v[r], sz, i);
}

/* Results are built in two scalars (not an array in memory: reading it
 * back whole after lane-sized stores would stall store forwarding). */
static inline void put_lane(uint64_t *lo, uint64_t *hi, int sz, int i,
                            uint64_t v)
{
    int bit = (i << sz) * 8;
    if (sz < 3) {
        v &= (1ull << (8 << sz)) - 1;
    }
    if (bit < 64) {
        *lo |= v << bit;
    } else {
        *hi |= v << (bit - 64);
    }
}

static inline CPUARMState *env_of(uint64_t env)
{
    return (CPUARMState *)(uintptr_t)env;
}

static inline A64FPSt fpst_of(const CPUARMState *env, uint64_t d)
{
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    if (dget(d, D_RND, 3) != RND_FPCR) {
        s.rm = (int)dget(d, D_RND, 3);
    }
    return s;
}

static inline void finish(CPUARMState *env, int rd, uint64_t lo, uint64_t hi,
                          const A64FPSt *s)
{
    env->v[rd][0] = lo;
    env->v[rd][1] = hi;
    if (s->fl) {
        env->fpsr |= s->fl;
    }
}

static inline uint64_t ones(int sz)
{
    return sz == 3 ? ~0ull : (1ull << (8 << sz)) - 1;
}

static uint64_t bin_op(int op, int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    uint64_t abs = ~(1ull << ((8 << sz) - 1)) & ones(sz);

    switch (op) {
    case B_ADD:
        return a64_fpu_add(sz, a, b, s);
    case B_SUB:
        return a64_fpu_sub(sz, a, b, s);
    case B_MUL:
        return a64_fpu_mul(sz, a, b, s);
    case B_DIV:
        return a64_fpu_div(sz, a, b, s);
    case B_MAX:
        return a64_fpu_max(sz, a, b, s);
    case B_MIN:
        return a64_fpu_min(sz, a, b, s);
    case B_MAXNM:
        return a64_fpu_maxnm(sz, a, b, s);
    case B_MINNM:
        return a64_fpu_minnm(sz, a, b, s);
    case B_MULX:
        return a64_fpu_mulx(sz, a, b, s);
    case B_ABD:
        return a64_fpu_abd(sz, a, b, s);
    case B_RECPS:
        return a64_fpu_recps(sz, a, b, s);
    case B_RSQRTS:
        return a64_fpu_rsqrts(sz, a, b, s);
    case B_CMEQ:
        return a64_fpu_cmp_eq(sz, a, b, s) ? ones(sz) : 0;
    case B_CMGE:
        return a64_fpu_cmp_ge(sz, a, b, s) ? ones(sz) : 0;
    case B_CMGT:
        return a64_fpu_cmp_gt(sz, a, b, s) ? ones(sz) : 0;
    case B_ACGE:
        return a64_fpu_cmp_ge(sz, a & abs, b & abs, s) ? ones(sz) : 0;
    default:
        return a64_fpu_cmp_gt(sz, a & abs, b & abs, s) ? ones(sz) : 0;
    }
}

/* d = n op m, lane by lane; pairwise; or scalar pairwise (n[0] op n[1]). */
static uint64_t a64_fph_bin(uint64_t envp, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = fpst_of(env, d);
    int sz = (int)dget(d, D_SZ, 2), lanes = (int)dget(d, D_LANES, 3);
    int rn = (int)dget(d, D_RN, 5), rm = (int)dget(d, D_RM, 5);
    int op = (int)dget(d, D_OP, 8), mode = (int)dget(d, D_MODE, 2);
    int idx = (int)dget(d, D_IDX, 3), byel = (int)dget(d, D_BYEL, 1);
    uint64_t lo = 0, hi = 0, a, b;

    for (int i = 0; i < lanes; i++) {
        if (mode == 0) {
            a = get_lane(env, rn, sz, i);
            b = get_lane(env, rm, sz, byel ? idx : i);
        } else if (mode == 1) {
            int j = 2 * i, r = j < lanes ? rn : rm;
            j = j < lanes ? j : j - lanes;
            a = get_lane(env, r, sz, j);
            b = get_lane(env, r, sz, j + 1);
        } else {
            a = get_lane(env, rn, sz, 0);
            b = get_lane(env, rn, sz, 1);
        }
        put_lane(&lo, &hi, sz, i, bin_op(op, sz, a, b, &s));
    }
    finish(env, (int)dget(d, D_RD, 5), lo, hi, &s);
    return 0;
}

static uint64_t una_op(int op, int sz, uint64_t a, uint64_t d, A64FPSt *s)
{
    uint64_t sign = 1ull << ((8 << sz) - 1);
    int fbits = (int)dget(d, D_FBITS, 7);
    bool uns = dget(d, D_UNS, 1);

    switch (op) {
    case U_ABS:
        return a & ~sign;
    case U_NEG:
        return a ^ sign;
    case U_SQRT:
        return a64_fpu_sqrt(sz, a, s);
    case U_RINT:
        return a64_fpu_rint(sz, a, s->rm, dget(d, D_EXACT, 1), s);
    case U_TOINT:
        return a64_fpu_to_int(sz, a, fbits, s->rm, uns, 8 << sz, s);
    case U_FROMINT:
        return a64_fpu_from_int(sz, a, fbits, uns, 8 << sz, s);
    case U_RECPE:
        return a64_fpu_recpe(sz, a, s);
    case U_RSQRTE:
        return a64_fpu_rsqrte(sz, a, s);
    case U_RECPX:
        return a64_fpu_recpx(sz, a, s);
    case U_CMGT0:
        return a64_fpu_cmp_gt(sz, a, 0, s) ? ones(sz) : 0;
    case U_CMEQ0:
        return a64_fpu_cmp_eq(sz, a, 0, s) ? ones(sz) : 0;
    case U_CMLT0:
        return a64_fpu_cmp_gt(sz, 0, a, s) ? ones(sz) : 0;
    case U_CMGE0:
        return a64_fpu_cmp_ge(sz, a, 0, s) ? ones(sz) : 0;
    default:
        return a64_fpu_cmp_ge(sz, 0, a, s) ? ones(sz) : 0;
    }
}

static uint64_t a64_fph_una(uint64_t envp, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = fpst_of(env, d);
    int sz = (int)dget(d, D_SZ, 2), lanes = (int)dget(d, D_LANES, 3);
    int rn = (int)dget(d, D_RN, 5), op = (int)dget(d, D_OP, 8);
    uint64_t lo = 0, hi = 0;

    for (int i = 0; i < lanes; i++) {
        put_lane(&lo, &hi, sz, i,
                 una_op(op, sz, get_lane(env, rn, sz, i), d, &s));
    }
    finish(env, (int)dget(d, D_RD, 5), lo, hi, &s);
    return 0;
}

/* Fused multiply-add: scalar d = (+-a) + (+-n) * m, or vector
 * d[i] = d[i] + (+-n[i]) * m[i or idx]. */
static uint64_t a64_fph_fma(uint64_t envp, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = fpst_of(env, d);
    int sz = (int)dget(d, D_SZ, 2), lanes = (int)dget(d, D_LANES, 3);
    int rd = (int)dget(d, D_RD, 5), rn = (int)dget(d, D_RN, 5);
    int rm = (int)dget(d, D_RM, 5), ra = (int)dget(d, D_RA, 5);
    int idx = (int)dget(d, D_IDX, 3), byel = (int)dget(d, D_BYEL, 1);
    uint64_t sign = 1ull << ((8 << sz) - 1);
    uint64_t na = dget(d, D_NEGA, 1) ? sign : 0;
    uint64_t np = dget(d, D_NEGP, 1) ? sign : 0;
    uint64_t lo = 0, hi = 0;

    for (int i = 0; i < lanes; i++) {
        uint64_t acc = get_lane(env, ra, sz, i) ^ na;
        uint64_t n = get_lane(env, rn, sz, i) ^ np;
        uint64_t m = get_lane(env, rm, sz, byel ? idx : i);
        put_lane(&lo, &hi, sz, i, a64_fpu_muladd(sz, acc, n, m, &s));
    }
    finish(env, rd, lo, hi, &s);
    return 0;
}

/* FMAXV and friends over four single lanes: (0 op 1) op (2 op 3). */
static uint64_t a64_fph_reduce(uint64_t envp, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = fpst_of(env, d);
    int rn = (int)dget(d, D_RN, 5), op = (int)dget(d, D_OP, 8);
    uint64_t lo = 0, x, y;

    x = bin_op(op, 2, get_lane(env, rn, 2, 0), get_lane(env, rn, 2, 1), &s);
    y = bin_op(op, 2, get_lane(env, rn, 2, 2), get_lane(env, rn, 2, 3), &s);
    lo = bin_op(op, 2, x, y, &s);
    finish(env, (int)dget(d, D_RD, 5), lo, 0, &s);
    return 0;
}

/* Precision changes: scalar FCVT, FCVTN(2), FCVTXN(2), FCVTL(2). lanes
 * is the number converted; with D_HI the narrow side is the upper half. */
static uint64_t a64_fph_cvtw(uint64_t envp, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = fpst_of(env, d);
    int from = (int)dget(d, D_SZ, 2), to = (int)dget(d, D_TO, 2);
    int lanes = (int)dget(d, D_LANES, 3), upper = (int)dget(d, D_HI, 1);
    int rd = (int)dget(d, D_RD, 5), rn = (int)dget(d, D_RN, 5);
    uint64_t lo = 0, hi = 0;
    int in0 = 0, out0 = 0;

    if (upper && to < from) {
        lo = env->v[rd][0]; /* FCVTN2 keeps the lower half */
        out0 = lanes;
    } else if (upper) {
        in0 = lanes;
    }
    for (int i = 0; i < lanes; i++) {
        uint64_t a = get_lane(env, rn, from, in0 + i);
        put_lane(&lo, &hi, to, out0 + i, a64_fpu_cvt(to, from, a, &s));
    }
    finish(env, rd, lo, hi, &s);
    return 0;
}

/* FCMP/FCMPE: NZCV (4 bits) of n against m, or +0 when D_RM's register is
 * flagged by op == 1; op bit 1 is the E (signaling) form. FCCMP passes
 * the condition's value: when false the result is D_NZCV. */
static uint64_t a64_fph_ccmp(uint64_t envp, uint64_t d, uint64_t cond)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = fpst_of(env, d);
    int sz = (int)dget(d, D_SZ, 2), op = (int)dget(d, D_OP, 8);
    uint64_t a, b;
    uint32_t nzcv;

    if (!cond) {
        return dget(d, D_NZCV, 4);
    }
    a = get_lane(env, (int)dget(d, D_RN, 5), sz, 0);
    b = (op & 1) ? 0 : get_lane(env, (int)dget(d, D_RM, 5), sz, 0);
    nzcv = a64_fpu_cmp(sz, a, b, op & 2, &s);
    env->fpsr |= s.fl;
    return nzcv;
}

#define HF (IR_HELPER_NO_READ_GLOBALS | IR_HELPER_NO_WRITE_GLOBALS)
static const IRHelper h_bin = IR_HELPER(a64_fph_bin, HF);
static const IRHelper h_una = IR_HELPER(a64_fph_una, HF);
static const IRHelper h_fma = IR_HELPER(a64_fph_fma, HF);
static const IRHelper h_reduce = IR_HELPER(a64_fph_reduce, HF);
static const IRHelper h_cvtw = IR_HELPER(a64_fph_cvtw, HF);
static const IRHelper h_ccmp = IR_HELPER(a64_fph_ccmp, HF);

/* The hot forms (helpers in fpu.c): one operation of fixed size each, so
 * the fast paths of fpu.c inline into it. */
#define PAIR_H(name)                                                           \
    {IR_HELPER(a64_fph_##name##_s, HF), IR_HELPER(a64_fph_##name##_d, HF)},
static const IRHelper h_fp2[][2] = {A64_FPH_FP2(PAIR_H)};
static const IRHelper h_fma3[][2] = {A64_FPH_FMA(PAIR_H)};
#undef PAIR_H
/* Indexed by B_ADD..B_MINNM. ORDER: A64_FPH_VEC2 lists them as the B_
 * enum does. */
#define VEC_H(name, fn) IR_HELPER(a64_fph_v##name, HF),
static const IRHelper h_vec2[] = {A64_FPH_VEC2(VEC_H)};
#undef VEC_H
_Static_assert(sizeof(h_vec2) / sizeof(h_vec2[0]) == B_MINNM + 1,
               "h_vec2 follows B_ADD..B_MINNM");
static const IRHelper h_vfma[2] = {IR_HELPER(a64_fph_vfmla, HF),
                                   IR_HELPER(a64_fph_vfmls, HF)};
static const IRHelper h_fsqrt[2] = {IR_HELPER(a64_fph_fsqrt_s, HF),
                                    IR_HELPER(a64_fph_fsqrt_d, HF)};
/* The same specialized for the common FP state (fpu.h): by FP2 opcode
 * (fmul 0, fdiv 1, fadd 2, fsub 3, fnmul 8; none for min/max). */
#define NX_H(name)                                                             \
    {IR_HELPER(a64_fph_##name##_s_nx, HF), IR_HELPER(a64_fph_##name##_d_nx, HF)}
static const IRHelper h_fp2_nx[9][2] = {
    [0] = NX_H(fmul), [1] = NX_H(fdiv), [2] = NX_H(fadd),
    [3] = NX_H(fsub), [8] = NX_H(fnmul),
};
static const IRHelper h_fma3_nx[][2] = {
    NX_H(fmadd), NX_H(fmsub), NX_H(fnmadd), NX_H(fnmsub),
};
#undef NX_H
static const IRHelper h_fsqrt_nx[2] = {IR_HELPER(a64_fph_fsqrt_s_nx, HF),
                                       IR_HELPER(a64_fph_fsqrt_d_nx, HF)};
static const IRHelper h_fcmp_nx[2] = {IR_HELPER(a64_fph_fcmp_s_nx, HF),
                                      IR_HELPER(a64_fph_fcmp_d_nx, HF)};
/* By B_ADD..B_DIV (h_vec2's first four). */
static const IRHelper h_vec2_nx[4] = {
    [B_ADD] = IR_HELPER(a64_fph_vfadd_nx, HF),
    [B_SUB] = IR_HELPER(a64_fph_vfsub_nx, HF),
    [B_MUL] = IR_HELPER(a64_fph_vfmul_nx, HF),
    [B_DIV] = IR_HELPER(a64_fph_vfdiv_nx, HF),
};
static const IRHelper h_vfma_nx[2] = {IR_HELPER(a64_fph_vfmla_nx, HF),
                                      IR_HELPER(a64_fph_vfmls_nx, HF)};
static const IRHelper h_fcvt_ds = IR_HELPER(a64_fph_fcvt_ds, HF);
static const IRHelper h_fcvt_sd = IR_HELPER(a64_fph_fcvt_sd, HF);
static const IRHelper h_fcmp[2] = {IR_HELPER(a64_fph_fcmp_s, HF),
                                   IR_HELPER(a64_fph_fcmp_d, HF)};
static const IRHelper h_to_int = IR_HELPER(a64_fph_to_int, HF);
static const IRHelper h_from_int = IR_HELPER(a64_fph_from_int, HF);
#undef HF

/* The *_nx operations as IR fop (TUNING_fp_inline): the host operation is
 * the instruction when FPCR has RMode RN and FZ off and FPSR.IXC is set
 * (fpu-nx.c says why). */
#define A64_FOP(nm, p, k, n, d)                                                \
    {                                                                          \
        .name = "a64_fph_fop_" #nm "_" #p, .kind = (k), .neg = (n),            \
        .dbl = (d), .exp_lo = (d) ? FAST_D_LO : FAST_S_LO,                     \
        .exp_hi = (d) ? FAST_D_HI : FAST_S_HI,                                 \
        .guard = { { offsetof(CPUARMState, fpcr),                              \
                     A64_FPCR_RMODE | A64_FPCR_FZ, false },                    \
                   { offsetof(CPUARMState, fpsr), A64_FPSR_IXC, true } },      \
        .slow = a64_fph_fop_##nm##_##p,                                        \
    }
#define A64_FOP_PAIR(nm, k, n)                                                 \
    { A64_FOP(nm, s, k, n, false), A64_FOP(nm, d, k, n, true) }
/* By FP2 opcode, as h_fp2_nx. */
static const IRFpOp fop_fp2[9][2] = {
    [0] = A64_FOP_PAIR(fmul, IR_FP_MUL, 0),
    [1] = A64_FOP_PAIR(fdiv, IR_FP_DIV, 0),
    [2] = A64_FOP_PAIR(fadd, IR_FP_ADD, 0),
    [3] = A64_FOP_PAIR(fsub, IR_FP_SUB, 0),
    [8] = A64_FOP_PAIR(fnmul, IR_FP_MUL, IR_FP_NEG_RES),
};
/* By o1:o0, as h_fma3_nx; the product is n * m, the addend a. */
static const IRFpOp fop_fma3[4][2] = {
    A64_FOP_PAIR(fmadd, IR_FP_FMA, 0),
    A64_FOP_PAIR(fmsub, IR_FP_FMA, IR_FP_NEG_PROD),
    A64_FOP_PAIR(fnmadd, IR_FP_FMA, IR_FP_NEG_PROD | IR_FP_NEG_ADD),
    A64_FOP_PAIR(fnmsub, IR_FP_FMA, IR_FP_NEG_ADD),
};
static const IRFpOp fop_fsqrt[2] = A64_FOP_PAIR(fsqrt, IR_FP_SQRT, 0);
#undef A64_FOP_PAIR
#undef A64_FOP

/* Use the helpers specialized for the common FP state? */
static inline bool use_nx(void)
{
    return tuning_on(TUNING_fp_nx);
}

static inline bool use_nx_fma(void)
{
    return tuning_on(TUNING_fma_nx) && a64_fpu_nx_fma_ok();
}

/* ---- IR emission ---------------------------------------------------- */

static inline uint64_t desc_regs(uint32_t insn)
{
    return (uint64_t)a64_rd(insn) << D_RD | (uint64_t)a64_rn(insn) << D_RN |
           (uint64_t)a64_rm(insn) << D_RM;
}

static inline uint64_t dfield(int pos, uint64_t v)
{
    return v << pos;
}

static void gen_helper(A64DisasContext *ctx, const IRHelper *h, uint64_t d)
{
    IRContext *ir = ctx->ir;
    ir_call(ir, h, ir_temp(ir), 2, (IRTempId)IR_ENV, ir_const(ir, (int64_t)d));
}

/* Write the 4-bit NZCV in t to the lazy flags (cpu.h). */
static void gen_set_nzcv(A64DisasContext *ctx, IRTempId t)
{
    IRContext *ir = ctx->ir;
    IRTempId z = ir_temp(ir);

    ir_shli(ir, a64_nf, t, 60);
    ir_andi(ir, z, t, 4);
    ir_xori(ir, a64_zf, z, 4);
    ir_shri(ir, a64_cf, t, 1);
    ir_andi(ir, a64_cf, a64_cf, 1);
    ir_shli(ir, a64_vf, t, 63);
    ctx->cmp_kind = A64_CMP_NONE;
}

static inline int32_t voff(int r, int h)
{
    return (int32_t)a64_vreg_offset(r, h);
}

/* v[rd] = val (the low 64 bits), upper half zero. */
static void gen_set_vlow(A64DisasContext *ctx, int rd, IRTempId val)
{
    IRContext *ir = ctx->ir;
    ir_st_env(ir, val, voff(rd, 0), IR_MO_64);
    ir_st_env(ir, ir_const(ir, 0), voff(rd, 1), IR_MO_64);
}

/* The low sz bits of v[r], zero-extended. */
static IRTempId gen_ld_scalar(A64DisasContext *ctx, int r, int sz)
{
    IRTempId t = ir_temp(ctx->ir);
    ir_ld_env(ctx->ir, t, voff(r, 0), sz == A64_FP_D ? IR_MO_64 : IR_MO_32);
    return t;
}

/* Scalar size from the ftype field: S, D, H (if allowed) or -1. */
static int ftype_size(uint32_t insn, bool half_ok)
{
    switch (a64_field(insn, 22, 2)) {
    case 0:
        return A64_FP_S;
    case 1:
        return A64_FP_D;
    case 3:
        return half_ok ? A64_FP_H : -1;
    default:
        return -1;
    }
}

/* ---- scalar FP ------------------------------------------------------ */

/* FP data-processing (1 source):
 *   31 30 29 28   24 23  22 21 20    15 14   10 9  5 4  0
 *   M  0  S  11110  ftype  1  opcode   10000  Rn   Rd
 */
static bool trans_fp_1src(A64DisasContext *ctx, uint32_t insn)
{
    static const int8_t rint_mode[8] = {A64_RND_N, A64_RND_P, A64_RND_M,
                                        A64_RND_Z, A64_RND_A, -1,
                                        RND_FPCR,  RND_FPCR};
    IRContext *ir = ctx->ir;
    int sz = ftype_size(insn, true), op = (int)a64_field(insn, 15, 6);
    uint64_t d = desc_regs(insn) | dfield(D_LANES, 1);

    if (sz < 0) {
        return false;
    }
    if (op >= 4 && op <= 7) {
        int to = (int[]){A64_FP_S, A64_FP_D, -1, A64_FP_H}[op & 3];
        if (to < 0 || to == sz) {
            return false;
        }
        if (to != A64_FP_H && sz != A64_FP_H) {
            IRTempId r = ir_temp(ir);
            ir_call(ir, to == A64_FP_D ? &h_fcvt_ds : &h_fcvt_sd, r, 2,
                    (IRTempId)IR_ENV, gen_ld_scalar(ctx, a64_rn(insn), sz));
            gen_set_vlow(ctx, a64_rd(insn), r);
            return true;
        }
        gen_helper(ctx, &h_cvtw,
                   d | dfield(D_SZ, sz) | dfield(D_TO, to) |
                       dfield(D_RND, RND_FPCR));
        return true;
    }
    if (sz == A64_FP_H) {
        return false;
    }
    d |= dfield(D_SZ, sz) | dfield(D_RND, RND_FPCR);
    if (op <= 2) {
        /* FMOV, FABS, FNEG: bit operations, no exceptions. */
        IRTempId t = ir_temp(ir);
        uint64_t sign = sz == A64_FP_D ? 1ull << 63 : 1ull << 31;
        ir_ld_env(ir, t, voff(a64_rn(insn), 0),
                  sz == A64_FP_D ? IR_MO_64 : IR_MO_32);
        if (op == 1) {
            ir_andi(ir, t, t, (int64_t)~sign);
        } else if (op == 2) {
            ir_xori(ir, t, t, (int64_t)sign);
        }
        gen_set_vlow(ctx, a64_rd(insn), t);
        return true;
    }
    if (op == 3) {
        IRTempId r = ir_temp(ir), a = gen_ld_scalar(ctx, a64_rn(insn), sz);
        if (use_nx() && tuning_on(TUNING_fp_inline)) {
            ir_fop(ir, &fop_fsqrt[sz == A64_FP_D], r, a, a, a,
                   ir_const(ir, 0));
        } else {
            ir_call(ir, use_nx() ? &h_fsqrt_nx[sz == A64_FP_D]
                                 : &h_fsqrt[sz == A64_FP_D],
                    r, 2, (IRTempId)IR_ENV, a);
        }
        gen_set_vlow(ctx, a64_rd(insn), r);
        return true;
    }
    if (op >= 8 && op <= 15 && rint_mode[op - 8] >= 0) {
        d &= ~dfield(D_RND, 7);
        gen_helper(ctx, &h_una,
                   d | dfield(D_OP, U_RINT) |
                       dfield(D_RND, (uint64_t)rint_mode[op - 8]) |
                       dfield(D_EXACT, op == 14));
        return true;
    }
    return false;
}

/* FP compare:
 *   M 0 S 11110 ftype 1 Rm 00 1000 Rn opc(2) 000   (opc: E, zero)
 */
static bool trans_fp_cmp(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int sz = ftype_size(insn, false);
    IRTempId t = ir_temp(ir), a, b;

    if (sz < 0) {
        return false;
    }
    a = gen_ld_scalar(ctx, a64_rn(insn), sz);
    b = a64_field(insn, 3, 1) ? ir_const(ir, 0)
                              : gen_ld_scalar(ctx, a64_rm(insn), sz);
    ir_call(ir, use_nx() ? &h_fcmp_nx[sz == A64_FP_D] : &h_fcmp[sz == A64_FP_D],
            t, 4, (IRTempId)IR_ENV, a, b,
            ir_const(ir, a64_field(insn, 4, 1)));
    gen_set_nzcv(ctx, t);
    return true;
}

/* FP conditional compare:
 *   M 0 S 11110 ftype 1 Rm cond 01 Rn op nzcv
 */
static bool trans_fp_ccmp(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int sz = ftype_size(insn, false);
    IRTempId t = ir_temp(ir), c;
    uint64_t d;

    if (sz < 0) {
        return false;
    }
    d = desc_regs(insn) | dfield(D_SZ, sz) | dfield(D_RND, RND_FPCR) |
        dfield(D_OP, a64_field(insn, 4, 1) << 1) |
        dfield(D_NZCV, a64_field(insn, 0, 4));
    c = a64_cond_value(ctx, (int)a64_field(insn, 12, 4));
    ir_call(ir, &h_ccmp, t, 3, (IRTempId)IR_ENV, ir_const(ir, (int64_t)d), c);
    gen_set_nzcv(ctx, t);
    return true;
}

/* FP data-processing (2 source):
 *   M 0 S 11110 ftype 1 Rm opcode(4) 10 Rn Rd
 */
static bool trans_fp_2src(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int sz = ftype_size(insn, false), op = (int)a64_field(insn, 12, 4);
    const IRHelper *h;
    IRTempId a, b, r;

    if (sz < 0 || op > 8) {
        return false;
    }
    a = gen_ld_scalar(ctx, a64_rn(insn), sz);
    b = gen_ld_scalar(ctx, a64_rm(insn), sz);
    r = ir_temp(ir);
    h = &h_fp2[op][sz == A64_FP_D];
    if (use_nx() && h_fp2_nx[op][0].fn) {
        h = &h_fp2_nx[op][sz == A64_FP_D];
    }
    if (use_nx() && fop_fp2[op][0].name && tuning_on(TUNING_fp_inline)) {
        ir_fop(ir, &fop_fp2[op][sz == A64_FP_D], r, a, b, a, ir_const(ir, 0));
    } else {
        ir_call(ir, h, r, 3, (IRTempId)IR_ENV, a, b);
    }
    gen_set_vlow(ctx, a64_rd(insn), r);
    return true;
}

/* FP conditional select:
 *   M 0 S 11110 ftype 1 Rm cond 11 Rn Rd
 */
static bool trans_fp_csel(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int sz = ftype_size(insn, false);
    IRMemOp mo = sz == A64_FP_D ? IR_MO_64 : IR_MO_32;
    IRTempId n = ir_temp(ir), m = ir_temp(ir), r = ir_temp(ir);

    if (sz < 0) {
        return false;
    }
    ir_ld_env(ir, n, voff(a64_rn(insn), 0), mo);
    ir_ld_env(ir, m, voff(a64_rm(insn), 0), mo);
    a64_cond_select(ctx, (int)a64_field(insn, 12, 4), r, n, m);
    gen_set_vlow(ctx, a64_rd(insn), r);
    return true;
}

/* VFPExpandImm. */
static uint64_t expand_imm(int sz, uint32_t imm8)
{
    int e = sz == A64_FP_D ? 11 : 8, f = sz == A64_FP_D ? 52 : 23;
    uint64_t b6 = (imm8 >> 6) & 1;
    uint64_t exp = ((b6 ^ 1) << (e - 1)) |
                   ((b6 ? (1ull << (e - 3)) - 1 : 0) << 2) | ((imm8 >> 4) & 3);
    return (uint64_t)(imm8 >> 7) << (e + f) | exp << f |
           (uint64_t)(imm8 & 15) << (f - 4);
}

/* FP immediate:
 *   M 0 S 11110 ftype 1 imm8 100 00000 Rd
 */
static bool trans_fp_imm(A64DisasContext *ctx, uint32_t insn)
{
    int sz = ftype_size(insn, false);

    if (sz < 0) {
        return false;
    }
    gen_set_vlow(
        ctx, a64_rd(insn),
        ir_const(ctx->ir, (int64_t)expand_imm(sz, a64_field(insn, 13, 8))));
    return true;
}

/* FP data-processing (3 source):
 *   M 0 S 11111 ftype o1 Rm o0 Ra Rn Rd
 * FMADD a + n*m, FMSUB a - n*m, FNMADD -a - n*m, FNMSUB -a + n*m.
 */
static bool trans_fp_3src(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int sz = ftype_size(insn, false);
    int o1 = (int)a64_field(insn, 21, 1), o0 = (int)a64_field(insn, 15, 1);
    IRTempId a, n, m, r;

    if (sz < 0) {
        return false;
    }
    a = gen_ld_scalar(ctx, a64_ra(insn), sz);
    n = gen_ld_scalar(ctx, a64_rn(insn), sz);
    m = gen_ld_scalar(ctx, a64_rm(insn), sz);
    r = ir_temp(ir);
    if (use_nx_fma() && tuning_on(TUNING_fp_inline)) {
        ir_fop(ir, &fop_fma3[o1 << 1 | o0][sz == A64_FP_D], r, n, m, a,
               ir_const(ir, 0));
    } else {
        ir_call(ir,
                use_nx_fma() ? &h_fma3_nx[o1 << 1 | o0][sz == A64_FP_D]
                             : &h_fma3[o1 << 1 | o0][sz == A64_FP_D],
                r, 4, (IRTempId)IR_ENV, a, n, m);
    }
    gen_set_vlow(ctx, a64_rd(insn), r);
    return true;
}

static void gen_to_gpr(A64DisasContext *ctx, uint32_t insn, int sz, int rnd,
                       bool uns, int fbits)
{
    IRContext *ir = ctx->ir;
    uint64_t d = a64_fph_cvt_desc(sz, rnd, fbits, uns, a64_field(insn, 31, 1));
    IRTempId a = gen_ld_scalar(ctx, a64_rn(insn), sz);
    ir_call(ir, &h_to_int, a64_gpr_dst(ctx, a64_rd(insn)), 3, (IRTempId)IR_ENV,
            a, ir_const(ir, (int64_t)d));
}

static void gen_from_gpr(A64DisasContext *ctx, uint32_t insn, int sz, bool uns,
                         int fbits)
{
    IRContext *ir = ctx->ir;
    uint64_t d = a64_fph_cvt_desc(sz, A64_FPH_RND_FPCR, fbits, uns,
                                  a64_field(insn, 31, 1));
    IRTempId r = ir_temp(ir);
    ir_call(ir, &h_from_int, r, 3, (IRTempId)IR_ENV, a64_gpr(ctx, a64_rn(insn)),
            ir_const(ir, (int64_t)d));
    gen_set_vlow(ctx, a64_rd(insn), r);
}

/* Conversion between FP and fixed point:
 *   sf 0 S 11110 ftype 0 rmode opcode scale Rn Rd   (fbits = 64 - scale)
 */
static bool trans_fp_fixed(A64DisasContext *ctx, uint32_t insn)
{
    int sz = ftype_size(insn, false);
    int ro = (int)a64_field(insn, 16, 5), scale = (int)a64_field(insn, 10, 6);
    bool sf = a64_field(insn, 31, 1);

    if (sz < 0 || (!sf && scale < 32)) {
        return false;
    }
    switch (ro) {
    case 0x02: /* SCVTF */
    case 0x03: /* UCVTF */
        gen_from_gpr(ctx, insn, sz, ro & 1, 64 - scale);
        return true;
    case 0x18: /* FCVTZS */
    case 0x19: /* FCVTZU */
        gen_to_gpr(ctx, insn, sz, A64_RND_Z, ro & 1, 64 - scale);
        return true;
    default:
        return false;
    }
}

/* FMOV between general and FP registers (opcode 110 to, 111 from). */
static bool gen_fmov_gpr(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool sf = a64_field(insn, 31, 1), to_fp = a64_field(insn, 16, 1);
    int ftype = (int)a64_field(insn, 22, 2),
        rmode = (int)a64_field(insn, 19, 2);
    int rd = a64_rd(insn), rn = a64_rn(insn), h = 0;
    IRTempId t;

    if (rmode == 0 && !sf && ftype == 0) {
        /* W <-> S */
    } else if (rmode == 0 && sf && ftype == 1) {
        /* X <-> D */
    } else if (rmode == 1 && sf && ftype == 2) {
        h = 1; /* X <-> V.D[1] */
    } else {
        return false;
    }
    if (to_fp) {
        t = ir_temp(ir);
        if (sf) {
            ir_mov(ir, t, a64_gpr(ctx, rn));
        } else {
            ir_ext32u(ir, t, a64_gpr(ctx, rn));
        }
        if (h) {
            ir_st_env(ir, t, voff(rd, 1), IR_MO_64);
        } else {
            gen_set_vlow(ctx, rd, t);
        }
        return true;
    }
    if (rd == 31) {
        return true;
    }
    if (sf) { /* the whole half: maybe still in a temp (simd_fwd) */
        ir_mov(ir, a64_x[rd], a64_vld(ctx, rn, h));
    } else {
        ir_ld_env(ir, a64_x[rd], voff(rn, h), IR_MO_32);
    }
    return true;
}

/* Conversion between FP and integer:
 *   sf 0 S 11110 ftype 1 rmode opcode 000000 Rn Rd
 */
static bool trans_fp_int(A64DisasContext *ctx, uint32_t insn)
{
    static const int8_t rnd[4] = {A64_RND_N, A64_RND_P, A64_RND_M, A64_RND_Z};
    int rmode = (int)a64_field(insn, 19, 2), opc = (int)a64_field(insn, 16, 3);
    int sz;

    if (opc >= 6) {
        return gen_fmov_gpr(ctx, insn);
    }
    sz = ftype_size(insn, false);
    if (sz < 0) {
        return false;
    }
    switch (opc) {
    case 0: /* FCVT[NPMZ]S */
    case 1: /* FCVT[NPMZ]U */
        gen_to_gpr(ctx, insn, sz, rnd[rmode], opc & 1, 0);
        return true;
    case 2: /* SCVTF */
    case 3: /* UCVTF */
        if (rmode) {
            return false;
        }
        gen_from_gpr(ctx, insn, sz, opc & 1, 0);
        return true;
    default: /* FCVTAS, FCVTAU */
        if (rmode) {
            return false;
        }
        gen_to_gpr(ctx, insn, sz, A64_RND_A, opc & 1, 0);
        return true;
    }
}

/* ---- AdvSIMD -------------------------------------------------------- */

/* Lanes of a vector op: Q and the element size; 1D is reserved. */
static int vec_lanes(uint32_t insn, int sz)
{
    int q = (int)a64_field(insn, 30, 1);
    if (sz == A64_FP_D && !q) {
        return 0;
    }
    return (q ? 16 : 8) >> sz;
}

/* Three same (FP), vector and scalar:
 *   0 Q U 01110 a sz 1 Rm 11 opc(3) 1 Rn Rd
 *   0 1 U 11110 a sz 1 Rm 11 opc(3) 1 Rn Rd
 */
static bool trans_3same(A64DisasContext *ctx, uint32_t insn)
{
    /* [U][a][opc]: operation, or -1; +0x40 flags pairwise, +0x80 FMLA/S. */
    static const int16_t ops[2][2][8] = {
        {{B_MAXNM, 0x80, B_ADD, B_MULX, B_CMEQ, -1, B_MAX, B_RECPS},
         {B_MINNM, 0x81, B_SUB, -1, -1, -1, B_MIN, B_RSQRTS}},
        {{B_MAXNM | 0x40, -1, B_ADD | 0x40, B_MUL, B_CMGE, B_ACGE, B_MAX | 0x40,
          B_DIV},
         {B_MINNM | 0x40, -1, B_ABD, -1, B_CMGT, B_ACGT, B_MIN | 0x40, -1}},
    };
    bool scalar = a64_field(insn, 28, 1);
    int u = (int)a64_field(insn, 29, 1), a = (int)a64_field(insn, 23, 1);
    int sz = a64_field(insn, 22, 1) ? A64_FP_D : A64_FP_S;
    int op = ops[u][a][a64_field(insn, 11, 3)], lanes;
    uint64_t d;

    if (op < 0) {
        return false;
    }
    lanes = scalar ? 1 : vec_lanes(insn, sz);
    if (!lanes) {
        return false;
    }
    d = desc_regs(insn) | dfield(D_SZ, sz) | dfield(D_LANES, lanes) |
        dfield(D_RND, RND_FPCR);
    if (op & 0x80) {
        if (scalar) {
            return false;
        }
        gen_helper(ctx, use_nx_fma() ? &h_vfma_nx[op & 1] : &h_vfma[op & 1],
                   a64_fph_vdesc(a64_rd(insn), a64_rn(insn), a64_rm(insn),
                                 sz == A64_FP_D, a64_field(insn, 30, 1)));
        return true;
    }
    if (!scalar && op <= B_MINNM) {
        gen_helper(ctx,
                   use_nx() && op <= B_DIV ? &h_vec2_nx[op] : &h_vec2[op],
                   a64_fph_vdesc(a64_rd(insn), a64_rn(insn), a64_rm(insn),
                                 sz == A64_FP_D, a64_field(insn, 30, 1)));
        return true;
    }
    if (op & 0x40) {
        if (scalar) {
            return false;
        }
        d |= dfield(D_MODE, 1);
        op &= 0x3f;
    } else if (scalar && !(op == B_MULX || op == B_CMEQ || op == B_RECPS ||
                           op == B_RSQRTS || op == B_CMGE || op == B_ACGE ||
                           op == B_ABD || op == B_CMGT || op == B_ACGT)) {
        return false;
    }
    gen_helper(ctx, &h_bin, d | dfield(D_OP, op));
    return true;
}

/* FABS/FNEG (vector): bit operations on each half, no exceptions. */
static void gen_vec_sign(A64DisasContext *ctx, uint32_t insn, int sz, bool neg)
{
    IRContext *ir = ctx->ir;
    int64_t sign = sz == A64_FP_D ? INT64_MIN : (int64_t)0x8000000080000000ull;
    bool q = a64_field(insn, 30, 1);

    for (int h = 0; h < 2; h++) {
        IRTempId t = ir_temp(ir);
        if (h && !q) {
            ir_st_env(ir, ir_const(ir, 0), voff(a64_rd(insn), 1), IR_MO_64);
            break;
        }
        ir_ld_env(ir, t, voff(a64_rn(insn), h), IR_MO_64);
        if (neg) {
            ir_xori(ir, t, t, sign);
        } else {
            ir_andi(ir, t, t, ~sign);
        }
        /* Each half depends only on the same half of rn: rd == rn is fine. */
        ir_st_env(ir, t, voff(a64_rd(insn), h), IR_MO_64);
    }
}

/* Two-register misc (FP), vector and scalar; one pattern per operation:
 *   0 Q U 01110 a sz 10000 opcode 10 Rn Rd
 *   0 1 U 11110 a sz 10000 opcode 10 Rn Rd
 */
#define MISC(u, a, opc) (((u) << 6) | ((a) << 5) | (opc))
static bool trans_misc(A64DisasContext *ctx, uint32_t insn)
{
    bool scalar = a64_field(insn, 28, 1);
    int key = (int)(a64_field(insn, 29, 1) << 6 | a64_field(insn, 23, 1) << 5 |
                    a64_field(insn, 12, 5));
    int sz = a64_field(insn, 22, 1) ? A64_FP_D : A64_FP_S;
    int lanes = scalar ? 1 : vec_lanes(insn, sz);
    int op, rnd = RND_FPCR;
    uint64_t d, extra = 0;

    /* clang-format off */
    switch (key) {
    case MISC(0, 0, 0x16): /* FCVTN */
    case MISC(1, 0, 0x16): /* FCVTXN */
    case MISC(0, 0, 0x17): /* FCVTL */
        return false;     /* see trans_cvtnl */
    case MISC(0, 0, 0x18): op = U_RINT; rnd = A64_RND_N; break;
    case MISC(0, 1, 0x18): op = U_RINT; rnd = A64_RND_P; break;
    case MISC(0, 0, 0x19): op = U_RINT; rnd = A64_RND_M; break;
    case MISC(0, 1, 0x19): op = U_RINT; rnd = A64_RND_Z; break;
    case MISC(1, 0, 0x18): op = U_RINT; rnd = A64_RND_A; break;
    case MISC(1, 0, 0x19): op = U_RINT; extra = dfield(D_EXACT, 1); break;
    case MISC(1, 1, 0x19): op = U_RINT; break;
    case MISC(0, 0, 0x1a): op = U_TOINT; rnd = A64_RND_N; break;
    case MISC(0, 1, 0x1a): op = U_TOINT; rnd = A64_RND_P; break;
    case MISC(0, 0, 0x1b): op = U_TOINT; rnd = A64_RND_M; break;
    case MISC(0, 1, 0x1b): op = U_TOINT; rnd = A64_RND_Z; break;
    case MISC(0, 0, 0x1c): op = U_TOINT; rnd = A64_RND_A; break;
    case MISC(1, 0, 0x1a): op = U_TOINT; rnd = A64_RND_N; extra = 1; break;
    case MISC(1, 1, 0x1a): op = U_TOINT; rnd = A64_RND_P; extra = 1; break;
    case MISC(1, 0, 0x1b): op = U_TOINT; rnd = A64_RND_M; extra = 1; break;
    case MISC(1, 1, 0x1b): op = U_TOINT; rnd = A64_RND_Z; extra = 1; break;
    case MISC(1, 0, 0x1c): op = U_TOINT; rnd = A64_RND_A; extra = 1; break;
    case MISC(0, 0, 0x1d): op = U_FROMINT; break;
    case MISC(1, 0, 0x1d): op = U_FROMINT; extra = 1; break;
    case MISC(0, 1, 0x1d): op = U_RECPE; break;
    case MISC(1, 1, 0x1d): op = U_RSQRTE; break;
    case MISC(0, 1, 0x1f): op = U_RECPX; break;
    case MISC(0, 1, 0x0c): op = U_CMGT0; break;
    case MISC(0, 1, 0x0d): op = U_CMEQ0; break;
    case MISC(0, 1, 0x0e): op = U_CMLT0; break;
    case MISC(1, 1, 0x0c): op = U_CMGE0; break;
    case MISC(1, 1, 0x0d): op = U_CMLE0; break;
    case MISC(0, 1, 0x0f): op = U_ABS; break;
    case MISC(1, 1, 0x0f): op = U_NEG; break;
    case MISC(1, 1, 0x1f): op = U_SQRT; break;
    default:
        return false;
    }
    /* clang-format on */
    if (!lanes) {
        return false;
    }
    if (scalar ? (op == U_RINT || op == U_ABS || op == U_NEG || op == U_SQRT)
               : op == U_RECPX) {
        return false;
    }
    if (op == U_ABS || op == U_NEG) {
        gen_vec_sign(ctx, insn, sz, op == U_NEG);
        return true;
    }
    if (extra == 1) {
        extra = dfield(D_UNS, 1);
    }
    d = desc_regs(insn) | dfield(D_SZ, sz) | dfield(D_LANES, lanes) |
        dfield(D_RND, (uint64_t)rnd) | dfield(D_OP, op) | extra;
    gen_helper(ctx, &h_una, d);
    return true;
}

/* FCVTN(2), FCVTXN(2) (also scalar FCVTXN) and FCVTL(2):
 *   0 Q U 01110 0 sz 10000 1011x 10 Rn Rd
 */
static bool trans_cvtnl(A64DisasContext *ctx, uint32_t insn)
{
    bool scalar = a64_field(insn, 28, 1), q = a64_field(insn, 30, 1);
    bool u = a64_field(insn, 29, 1), longer = a64_field(insn, 12, 1);
    int wide = a64_field(insn, 22, 1) ? A64_FP_D : A64_FP_S;
    int narrow = wide - 1;
    uint64_t d = desc_regs(insn) | dfield(D_LANES, 8 >> narrow);

    if (u && (wide != A64_FP_D || longer)) {
        return false; /* FCVTXN is D -> S only */
    }
    if (scalar) {
        if (!u) {
            return false;
        }
        d = desc_regs(insn) | dfield(D_LANES, 1);
    } else {
        d |= dfield(D_HI, q);
    }
    if (longer) {
        d |=
            dfield(D_SZ, narrow) | dfield(D_TO, wide) | dfield(D_RND, RND_FPCR);
    } else {
        d |= dfield(D_SZ, wide) | dfield(D_TO, narrow) |
             dfield(D_RND, u ? A64_RND_O : RND_FPCR);
    }
    gen_helper(ctx, &h_cvtw, d);
    return true;
}

/* Scalar pairwise (FP):  0 1 1 11110 a sz 11000 opcode 10 Rn Rd */
static bool trans_pair_scalar(A64DisasContext *ctx, uint32_t insn)
{
    int a = (int)a64_field(insn, 23, 1), opc = (int)a64_field(insn, 12, 5);
    int sz = a64_field(insn, 22, 1) ? A64_FP_D : A64_FP_S, op;

    switch (opc) {
    case 0x0c:
        op = a ? B_MINNM : B_MAXNM;
        break;
    case 0x0d:
        op = a ? -1 : B_ADD;
        break;
    case 0x0f:
        op = a ? B_MIN : B_MAX;
        break;
    default:
        op = -1;
        break;
    }
    if (op < 0) {
        return false;
    }
    gen_helper(ctx, &h_bin,
               desc_regs(insn) | dfield(D_SZ, sz) | dfield(D_LANES, 1) |
                   dfield(D_RND, RND_FPCR) | dfield(D_OP, op) |
                   dfield(D_MODE, 2));
    return true;
}

/* Across lanes (FP):  0 Q 1 01110 a sz 11000 opcode 10 Rn Rd (4S only) */
static bool trans_across(A64DisasContext *ctx, uint32_t insn)
{
    int a = (int)a64_field(insn, 23, 1), opc = (int)a64_field(insn, 12, 5);
    int op = opc == 0x0c ? (a ? B_MINNM : B_MAXNM) : (a ? B_MIN : B_MAX);

    if (!a64_field(insn, 30, 1) || a64_field(insn, 22, 1)) {
        return false;
    }
    gen_helper(ctx, &h_reduce,
               desc_regs(insn) | dfield(D_RND, RND_FPCR) | dfield(D_OP, op));
    return true;
}

/* By element (FP), vector and scalar:
 *   0 Q U 01111 1 sz L M Rm opcode H 0 Rn Rd
 *   0 1 U 11111 1 sz L M Rm opcode H 0 Rn Rd
 * opcode 0001 FMLA, 0101 FMLS, 1001 FMUL (U=0) / FMULX (U=1).
 */
static bool trans_elem(A64DisasContext *ctx, uint32_t insn)
{
    bool scalar = a64_field(insn, 28, 1), u = a64_field(insn, 29, 1);
    int sz = a64_field(insn, 22, 1) ? A64_FP_D : A64_FP_S;
    int opc = (int)a64_field(insn, 12, 4), idx, lanes;
    int rm = (int)a64_field(insn, 16, 5);
    uint64_t d;

    if (sz == A64_FP_D) {
        if (a64_field(insn, 21, 1)) {
            return false; /* L must be 0 */
        }
        idx = (int)a64_field(insn, 11, 1);
    } else {
        idx = (int)(a64_field(insn, 11, 1) << 1 | a64_field(insn, 21, 1));
    }
    lanes = scalar ? 1 : vec_lanes(insn, sz);
    if (!lanes) {
        return false;
    }
    d = (uint64_t)a64_rd(insn) << D_RD | (uint64_t)a64_rn(insn) << D_RN |
        (uint64_t)rm << D_RM | dfield(D_SZ, sz) | dfield(D_LANES, lanes) |
        dfield(D_RND, RND_FPCR) | dfield(D_IDX, idx) | dfield(D_BYEL, 1);
    if (opc == 9) {
        gen_helper(ctx, &h_bin, d | dfield(D_OP, u ? B_MULX : B_MUL));
    } else {
        gen_helper(ctx, &h_fma,
                   d | dfield(D_RA, a64_rd(insn)) | dfield(D_NEGP, opc == 5));
    }
    return true;
}

/* Fixed-point conversions by immediate, vector and scalar:
 *   0 Q U 011110 immh immb opcode 1 Rn Rd   (opcode 11100 [SU]CVTF,
 *   0 1 U 111110 immh immb opcode 1 Rn Rd    11111 FCVTZ[SU])
 * immh 1xxx: D, fbits = 128 - immh:immb; 01xx: S, fbits = 64 - immh:immb.
 */
static bool trans_shift_cvt(A64DisasContext *ctx, uint32_t insn)
{
    bool scalar = a64_field(insn, 28, 1), u = a64_field(insn, 29, 1);
    int immhb = (int)a64_field(insn, 16, 7);
    int sz = (immhb & 0x40) ? A64_FP_D : A64_FP_S;
    int fbits = (sz == A64_FP_D ? 128 : 64) - immhb;
    bool to_int = a64_field(insn, 11, 1);
    int lanes = scalar ? 1 : vec_lanes(insn, sz);
    uint64_t d;

    if (!lanes) {
        return false;
    }
    d = desc_regs(insn) | dfield(D_SZ, sz) | dfield(D_LANES, lanes) |
        dfield(D_FBITS, fbits) | dfield(D_UNS, u);
    if (to_int) {
        d |= dfield(D_OP, U_TOINT) | dfield(D_RND, A64_RND_Z);
    } else {
        d |= dfield(D_OP, U_FROMINT) | dfield(D_RND, RND_FPCR);
    }
    gen_helper(ctx, &h_una, d);
    return true;
}

/* FMOV (vector, immediate):
 *   0 Q op 0111100000 a b c 1111 0 1 d e f g h Rd
 */
static bool trans_fmov_vimm(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    bool q = a64_field(insn, 30, 1), dbl = a64_field(insn, 29, 1);
    uint32_t imm8 = a64_field(insn, 16, 3) << 5 | a64_field(insn, 5, 5);
    int rd = a64_rd(insn);
    uint64_t v;

    if (dbl && !q) {
        return false;
    }
    if (dbl) {
        v = expand_imm(A64_FP_D, imm8);
    } else {
        v = expand_imm(A64_FP_S, imm8);
        v |= v << 32;
    }
    ir_st_env(ir, ir_const(ir, (int64_t)v), voff(rd, 0), IR_MO_64);
    ir_st_env(ir, ir_const(ir, q ? (int64_t)v : 0), voff(rd, 1), IR_MO_64);
    return true;
}

/* ---- the table ------------------------------------------------------ */

/* Two-register misc: exact (U, a, opcode) per FP operation. */
#define M_VEC(u, a, opc, name)                                                 \
    {                                                                          \
        0xbfbffc00u, 0x0e200800u | (u) << 29 | (a) << 23 | (opc) << 12,        \
            trans_misc, name                                                   \
    }
#define M_SCA(u, a, opc, name)                                                 \
    {                                                                          \
        0xffbffc00u, 0x5e200800u | (u) << 29 | (a) << 23 | (opc) << 12,        \
            trans_misc, name                                                   \
    }
#define M_BOTH(u, a, opc, name) M_VEC(u, a, opc, name), M_SCA(u, a, opc, name)

/* clang-format off */
const A64Pattern a64_fp_patterns[] = {
    /* scalar FP */
    {0xff207c00u, 0x1e204000u, trans_fp_1src, "fp-1src"},
    {0xff20fc07u, 0x1e202000u, trans_fp_cmp, "fcmp"},
    {0xff200c00u, 0x1e200400u, trans_fp_ccmp, "fccmp"},
    {0xff200c00u, 0x1e200800u, trans_fp_2src, "fp-2src"},
    {0xff200c00u, 0x1e200c00u, trans_fp_csel, "fcsel"},
    {0xff201fe0u, 0x1e201000u, trans_fp_imm, "fmov-imm"},
    {0xff000000u, 0x1f000000u, trans_fp_3src, "fp-3src"},
    {0x7f200000u, 0x1e000000u, trans_fp_fixed, "fp-fixed"},
    {0x7f20fc00u, 0x1e200000u, trans_fp_int, "fp-int"},
    /* AdvSIMD three same, FP opcodes 11xxx */
    {0x9f20c400u, 0x0e20c400u, trans_3same, "v-fp-3same"},
    {0xdf20c400u, 0x5e20c400u, trans_3same, "s-fp-3same"},
    /* AdvSIMD two-register misc */
    {0xbfbfec00u, 0x0e216800u, trans_cvtnl, "fcvtn/l"},
    {0xffbffc00u, 0x7e216800u, trans_cvtnl, "fcvtxn-scalar"},
    {0xbfbffc00u, 0x2e216800u, trans_cvtnl, "fcvtxn"},
    M_VEC(0, 0, 0x18, "frintn"),  M_VEC(0, 1, 0x18, "frintp"),
    M_VEC(0, 0, 0x19, "frintm"),  M_VEC(0, 1, 0x19, "frintz"),
    M_VEC(1, 0, 0x18, "frinta"),  M_VEC(1, 0, 0x19, "frintx"),
    M_VEC(1, 1, 0x19, "frinti"),
    M_BOTH(0, 0, 0x1a, "fcvtns"), M_BOTH(0, 1, 0x1a, "fcvtps"),
    M_BOTH(0, 0, 0x1b, "fcvtms"), M_BOTH(0, 1, 0x1b, "fcvtzs"),
    M_BOTH(0, 0, 0x1c, "fcvtas"), M_BOTH(1, 0, 0x1a, "fcvtnu"),
    M_BOTH(1, 1, 0x1a, "fcvtpu"), M_BOTH(1, 0, 0x1b, "fcvtmu"),
    M_BOTH(1, 1, 0x1b, "fcvtzu"), M_BOTH(1, 0, 0x1c, "fcvtau"),
    M_BOTH(0, 0, 0x1d, "scvtf"),  M_BOTH(1, 0, 0x1d, "ucvtf"),
    M_BOTH(0, 1, 0x1d, "frecpe"), M_BOTH(1, 1, 0x1d, "frsqrte"),
    M_SCA(0, 1, 0x1f, "frecpx"),
    M_BOTH(0, 1, 0x0c, "fcmgt0"), M_BOTH(0, 1, 0x0d, "fcmeq0"),
    M_BOTH(0, 1, 0x0e, "fcmlt0"), M_BOTH(1, 1, 0x0c, "fcmge0"),
    M_BOTH(1, 1, 0x0d, "fcmle0"),
    M_VEC(0, 1, 0x0f, "fabs"),    M_VEC(1, 1, 0x0f, "fneg"),
    M_VEC(1, 1, 0x1f, "fsqrt"),
    /* pairwise and across lanes */
    {0xffbffc00u, 0x7e30c800u, trans_pair_scalar, "fmaxnmp-s"},
    {0xffbffc00u, 0x7e30d800u, trans_pair_scalar, "faddp-s"},
    {0xffbffc00u, 0x7e30f800u, trans_pair_scalar, "fmaxp-s"},
    {0xffbffc00u, 0x7eb0c800u, trans_pair_scalar, "fminnmp-s"},
    {0xffbffc00u, 0x7eb0f800u, trans_pair_scalar, "fminp-s"},
    {0xbf3ffc00u, 0x2e30c800u, trans_across, "fmaxnmv/fminnmv"},
    {0xbf3ffc00u, 0x2e30f800u, trans_across, "fmaxv/fminv"},
    /* by element */
    {0xbf80f400u, 0x0f801000u, trans_elem, "fmla-elem"},
    {0xbf80f400u, 0x0f805000u, trans_elem, "fmls-elem"},
    {0xbf80f400u, 0x0f809000u, trans_elem, "fmul-elem"},
    {0xbf80f400u, 0x2f809000u, trans_elem, "fmulx-elem"},
    {0xff80f400u, 0x5f801000u, trans_elem, "fmla-elem-s"},
    {0xff80f400u, 0x5f805000u, trans_elem, "fmls-elem-s"},
    {0xff80f400u, 0x5f809000u, trans_elem, "fmul-elem-s"},
    {0xff80f400u, 0x7f809000u, trans_elem, "fmulx-elem-s"},
    /* fixed-point conversions by immediate (immh 1xxx or 01xx) */
    {0x9fc0fc00u, 0x0f40e400u, trans_shift_cvt, "cvtf-fix-d"},
    {0x9fe0fc00u, 0x0f20e400u, trans_shift_cvt, "cvtf-fix-s"},
    {0x9fc0fc00u, 0x0f40fc00u, trans_shift_cvt, "fcvtz-fix-d"},
    {0x9fe0fc00u, 0x0f20fc00u, trans_shift_cvt, "fcvtz-fix-s"},
    {0xdfc0fc00u, 0x5f40e400u, trans_shift_cvt, "cvtf-fix-d-s"},
    {0xdfe0fc00u, 0x5f20e400u, trans_shift_cvt, "cvtf-fix-s-s"},
    {0xdfc0fc00u, 0x5f40fc00u, trans_shift_cvt, "fcvtz-fix-d-s"},
    {0xdfe0fc00u, 0x5f20fc00u, trans_shift_cvt, "fcvtz-fix-s-s"},
    /* FMOV (vector, immediate) */
    {0x9ff8fc00u, 0x0f00f400u, trans_fmov_vimm, "fmov-vimm"},
    {0, 0, NULL, NULL},
};
/* clang-format on */

#undef M_VEC
#undef M_SCA
#undef M_BOTH
#undef MISC
