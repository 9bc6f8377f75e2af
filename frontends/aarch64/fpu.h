/*
 * Arm floating point (A64 FP and AdvSIMD FP) on raw IEEE bits: the exact
 * arithmetic behind every FP helper of trans-fp.c.
 *
 * Every operation follows the Arm pseudocode (FPAdd, FPMulAdd, FPRound,
 * FPToFixed, FPRecipEstimate, ...): NaN propagation (signaling operands
 * first, then quiet, in operand order; quieted; FPCR.DN gives the default
 * NaN), flush-to-zero of denormal inputs (IDC) and of tiny results (UFC,
 * no IXC) under FPCR.FZ, tininess detected before rounding, and the
 * cumulative FPSR bits.
 *
 * Element sizes are log2 bytes as in the A64 encodings: A64_FP_H (1),
 * A64_FP_S (2), A64_FP_D (3). Arithmetic takes S and D; conversions also
 * take H (IEEE half, or the alternative format under FPCR.AHP).
 *
 * A64FPSt carries one operation's context: the FPCR (for FZ and DN), the
 * rounding mode to use (normally FPCR.RMode, fixed for FCVTN/FRINTA/...)
 * and the FPSR bits raised, which the caller ORs into env->fpsr.
 */
#ifndef MIMIC_AARCH64_FPU_H
#define MIMIC_AARCH64_FPU_H

#include <stdbool.h>
#include <stdint.h>

enum {
    A64_FP_H = 1,
    A64_FP_S = 2,
    A64_FP_D = 3,
};

/* Rounding modes: 0..3 are FPCR.RMode's encoding. */
enum {
    A64_RND_N = 0, /* to nearest, ties to even */
    A64_RND_P = 1, /* towards +inf */
    A64_RND_M = 2, /* towards -inf */
    A64_RND_Z = 3, /* towards zero */
    A64_RND_A = 4, /* to nearest, ties away (FCVTA*, FRINTA) */
    A64_RND_O = 5, /* to odd (FCVTXN) */
};

#define A64_FPCR_RMODE_SHIFT 22
#define A64_FPCR_RMODE (3u << 22)
#define A64_FPCR_FZ (1u << 24)
#define A64_FPCR_DN (1u << 25)
#define A64_FPCR_AHP (1u << 26)

enum {
    A64_FPSR_IOC = 1 << 0,
    A64_FPSR_DZC = 1 << 1,
    A64_FPSR_OFC = 1 << 2,
    A64_FPSR_UFC = 1 << 3,
    A64_FPSR_IXC = 1 << 4,
    A64_FPSR_IDC = 1 << 7,
};

typedef struct A64FPSt {
    uint32_t fpcr;
    int rm;      /* A64_RND_* */
    uint32_t fl; /* A64_FPSR_* raised (may start with IXC, see below) */
} A64FPSt;

/* The context for an operation that rounds as FPCR says. */
static inline A64FPSt a64_fpst(uint32_t fpcr)
{
    A64FPSt s = {fpcr, (int)((fpcr >> A64_FPCR_RMODE_SHIFT) & 3), 0};
    return s;
}

/* The same, for a result that will be ORed into `fpsr`: an IXC already
 * there is taken as raised, which lets the fast paths skip the exactness
 * test (the cumulative bit cannot change). */
static inline A64FPSt a64_fpst_acc(uint32_t fpcr, uint32_t fpsr)
{
    A64FPSt s = a64_fpst(fpcr);
    s.fl = fpsr & A64_FPSR_IXC;
    return s;
}

/* Two-operand arithmetic. */
uint64_t a64_fpu_add(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_sub(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_mul(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_div(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_mulx(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_abd(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_max(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_min(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_maxnm(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_minnm(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_recps(int sz, uint64_t a, uint64_t b, A64FPSt *s);
uint64_t a64_fpu_rsqrts(int sz, uint64_t a, uint64_t b, A64FPSt *s);
/* addend + a * b, one rounding (FPMulAdd; negate operands before). */
uint64_t a64_fpu_muladd(int sz, uint64_t addend, uint64_t a, uint64_t b,
                        A64FPSt *s);

/* One operand. */
uint64_t a64_fpu_sqrt(int sz, uint64_t a, A64FPSt *s);
uint64_t a64_fpu_recpe(int sz, uint64_t a, A64FPSt *s);
uint64_t a64_fpu_rsqrte(int sz, uint64_t a, A64FPSt *s);
uint64_t a64_fpu_recpx(int sz, uint64_t a, A64FPSt *s);
/* FRINT*: round to integral in mode rm; exact raises IXC (FRINTX). */
uint64_t a64_fpu_rint(int sz, uint64_t a, int rm, bool exact, A64FPSt *s);

/* Compares. a64_fpu_cmp gives NZCV as 4 bits (N = 8); `signal` makes
 * quiet NaNs raise IOC too (FCMPE). The others are the AdvSIMD FCMxx
 * predicates. */
uint32_t a64_fpu_cmp(int sz, uint64_t a, uint64_t b, bool signal, A64FPSt *s);
bool a64_fpu_cmp_eq(int sz, uint64_t a, uint64_t b, A64FPSt *s);
bool a64_fpu_cmp_ge(int sz, uint64_t a, uint64_t b, A64FPSt *s);
bool a64_fpu_cmp_gt(int sz, uint64_t a, uint64_t b, A64FPSt *s);

/* Float (size sz) to an ibits-wide integer (32 or 64), scaled by 2^fbits,
 * rounded in mode rm, saturating (FPToFixed). The result is the integer's
 * ibits-bit pattern, zero-extended. */
uint64_t a64_fpu_to_int(int sz, uint64_t a, int fbits, int rm, bool uns,
                        int ibits, A64FPSt *s);
/* The ibits-wide integer v (signed unless uns) / 2^fbits, rounded in
 * s->rm (FixedToFP). */
uint64_t a64_fpu_from_int(int sz, uint64_t v, int fbits, bool uns, int ibits,
                          A64FPSt *s);
/* Between precisions (FPConvert), rounding in s->rm. */
uint64_t a64_fpu_cvt(int to, int from, uint64_t a, A64FPSt *s);

/* ---- helpers called from generated code ------------------------------
 * The hot scalar forms, by value: env (CPUARMState *) first, operands as
 * raw bits, the result returned; FPCR read and FPSR accrued through env.
 * They touch no IR global (fpcr, fpsr are not globals).
 */
#define A64_FPH_FP2(X)                                                         \
    X(fmul) X(fdiv) X(fadd) X(fsub) X(fmax) X(fmin) X(fmaxnm) X(fminnm) X(fnmul)
/* FMADD a + n*m, FMSUB a - n*m, FNMADD -a - n*m, FNMSUB -a + n*m. */
#define A64_FPH_FMA(X) X(fmadd) X(fmsub) X(fnmadd) X(fnmsub)

#define A64_FPH_DECL2(name)                                                    \
    uint64_t a64_fph_##name##_s(uint64_t env, uint64_t a, uint64_t b);         \
    uint64_t a64_fph_##name##_d(uint64_t env, uint64_t a, uint64_t b);
#define A64_FPH_DECL3(name)                                                    \
    uint64_t a64_fph_##name##_s(uint64_t env, uint64_t a, uint64_t n,          \
                                uint64_t m);                                   \
    uint64_t a64_fph_##name##_d(uint64_t env, uint64_t a, uint64_t n,          \
                                uint64_t m);
A64_FPH_FP2(A64_FPH_DECL2)
A64_FPH_FMA(A64_FPH_DECL3)
#undef A64_FPH_DECL2
#undef A64_FPH_DECL3

uint64_t a64_fph_fsqrt_s(uint64_t env, uint64_t a);
uint64_t a64_fph_fsqrt_d(uint64_t env, uint64_t a);
uint64_t a64_fph_fcvt_ds(uint64_t env, uint64_t a); /* to D from S */
uint64_t a64_fph_fcvt_sd(uint64_t env, uint64_t a); /* to S from D */
/* FCMP (e = 0) / FCMPE (e = 1): NZCV as 4 bits. */
uint64_t a64_fph_fcmp_s(uint64_t env, uint64_t a, uint64_t b, uint64_t e);
uint64_t a64_fph_fcmp_d(uint64_t env, uint64_t a, uint64_t b, uint64_t e);

/* Float <-> general register; d = a64_fph_cvt_desc(...). */
#define A64_FPH_RND_FPCR 7
static inline uint64_t a64_fph_cvt_desc(int sz, int rnd, int fbits, bool uns,
                                        bool x64)
{
    return (uint64_t)sz | (uint64_t)rnd << 2 | (uint64_t)fbits << 5 |
           (uint64_t)uns << 12 | (uint64_t)x64 << 13;
}
uint64_t a64_fph_to_int(uint64_t env, uint64_t a, uint64_t d);
uint64_t a64_fph_from_int(uint64_t env, uint64_t x, uint64_t d);

/* Vector lanewise forms (2S, 4S, 2D): d = n op m, or d += (+-n) * m for
 * FMLA/FMLS; the descriptor is a64_fph_vdesc(). */
#define A64_FPH_VEC2(X)                                                        \
    X(fadd, fpu_add)                                                           \
    X(fsub, fpu_sub)                                                           \
    X(fmul, fpu_mul) X(fdiv, fpu_div) X(fmax, a64_fpu_max)                     \
        X(fmin, a64_fpu_min) X(fmaxnm, a64_fpu_maxnm) X(fminnm, a64_fpu_minnm)
#define A64_FPH_DECLV(name, fn)                                                \
    uint64_t a64_fph_v##name(uint64_t env, uint64_t d);
A64_FPH_VEC2(A64_FPH_DECLV)
#undef A64_FPH_DECLV
uint64_t a64_fph_vfmla(uint64_t env, uint64_t d);
uint64_t a64_fph_vfmls(uint64_t env, uint64_t d);

static inline uint64_t a64_fph_vdesc(int rd, int rn, int rm, bool dbl, bool q)
{
    return (uint64_t)rd | (uint64_t)rn << 5 | (uint64_t)rm << 10 |
           (uint64_t)dbl << 15 | (uint64_t)q << 16;
}

/* fpu-nx.c: the scalar forms above, vector FADD/FSUB/FMUL/FDIV and
 * FMLA/FMLS specialized for the common state
 * (FPCR round to nearest with FZ off, FPSR.IXC already set): the bare host
 * operation when its result is finite and far from the subnormal range,
 * else the exact helper (fpu.c). The compares need only FZ off and no NaN
 * operand. The fused ones (_nx of A64_FPH_FMA and
 * vfmla/vfmls) need the host FMA: only when a64_fpu_nx_fma_ok(). */
#define A64_FPH_NX2(X) X(fadd) X(fsub) X(fmul) X(fdiv) X(fnmul)
#define A64_FPH_DECL2_NX(name)                                                 \
    uint64_t a64_fph_##name##_s_nx(uint64_t env, uint64_t a, uint64_t b);      \
    uint64_t a64_fph_##name##_d_nx(uint64_t env, uint64_t a, uint64_t b);
#define A64_FPH_DECL3_NX(name)                                                 \
    uint64_t a64_fph_##name##_s_nx(uint64_t env, uint64_t a, uint64_t n,       \
                                   uint64_t m);                                \
    uint64_t a64_fph_##name##_d_nx(uint64_t env, uint64_t a, uint64_t n,       \
                                   uint64_t m);
A64_FPH_NX2(A64_FPH_DECL2_NX)
A64_FPH_FMA(A64_FPH_DECL3_NX)
#undef A64_FPH_DECL2_NX
#undef A64_FPH_DECL3_NX
uint64_t a64_fph_fsqrt_s_nx(uint64_t env, uint64_t a);
uint64_t a64_fph_fsqrt_d_nx(uint64_t env, uint64_t a);
uint64_t a64_fph_fcmp_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t e);
uint64_t a64_fph_fcmp_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t e);
uint64_t a64_fph_vfadd_nx(uint64_t env, uint64_t d);
uint64_t a64_fph_vfsub_nx(uint64_t env, uint64_t d);
uint64_t a64_fph_vfmul_nx(uint64_t env, uint64_t d);
uint64_t a64_fph_vfdiv_nx(uint64_t env, uint64_t d);
uint64_t a64_fph_vfmla_nx(uint64_t env, uint64_t d);
uint64_t a64_fph_vfmls_nx(uint64_t env, uint64_t d);
bool a64_fpu_nx_fma_ok(void);
/* The slow paths of IR fop (TUNING_fp_inline): (env, a, b, c, x), each
 * calling the *_nx helper above; the fused ones take the addend in c. */
#define A64_FPH_FOP_DECL(name)                                                 \
    uint64_t a64_fph_fop_##name##_s(uint64_t env, uint64_t a, uint64_t b,      \
                                    uint64_t c, uint64_t x);                   \
    uint64_t a64_fph_fop_##name##_d(uint64_t env, uint64_t a, uint64_t b,      \
                                    uint64_t c, uint64_t x);
A64_FPH_NX2(A64_FPH_FOP_DECL)
A64_FPH_FMA(A64_FPH_FOP_DECL)
A64_FPH_FOP_DECL(fsqrt)
#undef A64_FPH_FOP_DECL

/* Host FMA for the fused operations (1) or the exact software path (0,
 * for tests); returns the previous setting. */
int a64_fpu_set_hw_fma(int on);

#endif
