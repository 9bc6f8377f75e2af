/*
 * Arm floating point on raw bits (see fpu.h for the interface).
 *
 * Three ways to an exact result, tried in order:
 *
 *   fast   FPCR in its Linux default (round to nearest, FZ off): plain C
 *          double arithmetic, taken only where the flags follow from the
 *          result alone (finite operands, result finite and far from the
 *          subnormal range) with IXC decided from an exact error term.
 *   host   other finite operands, in the four FPCR rounding modes, run on
 *          the host SSE unit with MXCSR set for the mode, exceptions
 *          masked, DAZ/FTZ off; its flags are read back. x86 and Arm agree
 *          on every IEEE result and on IE/ZE/OE/PE; they differ only in
 *          the NaN they make (fixed up here) and in underflow: x86 detects
 *          tininess after rounding, Arm before, and Arm's FZ flushes tiny
 *          results. So a result at or below the smallest normal that may
 *          involve underflow is recomputed on the soft path.
 *   soft   integer significands, the exact (or sticky) result in 128 bits,
 *          and one rounding routine (round_pack) that is FPRound.
 *
 * NaN operands, FZ input flushing and the Arm-specific special cases
 * (FMULX, FRECPS, ...) are settled in C before either of the last two.
 *
 * Cumulative IXC: helpers start an operation's flags with the IXC already
 * in FPSR (a64_fpst_acc); when it is there the fast paths skip their
 * exactness tests, since the bit cannot change. Programs set IXC early and
 * rarely clear it, so most operations never compute it.
 *
 * The file ends with the helpers generated code calls for the hot scalar
 * and vector forms (the others are in trans-fp.c): they live here so the
 * fast paths inline into them. Their *_nx forms, for the common state,
 * are in fpu-nx.c.
 */
#include "frontends/aarch64/fpu.h"

#include "frontends/aarch64/cpu.h"
#include "translator/softfloat-util.h"

#include <immintrin.h>
#include <string.h>

/* FPRound takes s->rm straight as the shared rounding direction. */
_Static_assert((int)A64_RND_N == SF_RND_N && (int)A64_RND_P == SF_RND_P &&
                   (int)A64_RND_M == SF_RND_M && (int)A64_RND_Z == SF_RND_Z &&
                   (int)A64_RND_A == SF_RND_A && (int)A64_RND_O == SF_RND_O,
               "A64_RND_* must match SF_RND_*");

/* ---- formats and classification ------------------------------------ */

typedef SfFmt FFmt;

static const FFmt fmts[4] = {
    [A64_FP_H] = {10, 5, -14, 15, 15},
    [A64_FP_S] = {23, 8, -126, 127, 127},
    [A64_FP_D] = {52, 11, -1022, 1023, 1023},
};

/* FPCR.AHP's alternative half precision: no infinities or NaNs, the top
 * exponent is a normal one; overflow saturates with IOC. */
static const FFmt fmt_ahp = {10, 5, -14, 15, 16};

static inline uint64_t f_sign(const FFmt *f)
{
    return 1ull << (f->mbits + f->ebits);
}
static inline uint64_t f_mask(const FFmt *f)
{
    return f_sign(f) - 1;
}
static inline uint64_t f_inf(const FFmt *f)
{
    return ((1ull << f->ebits) - 1) << f->mbits;
}
static inline uint64_t f_qbit(const FFmt *f)
{
    return 1ull << (f->mbits - 1);
}
static inline uint64_t f_minnorm(const FFmt *f)
{
    return 1ull << f->mbits;
}
static inline int sign_of(const FFmt *f, uint64_t x)
{
    return (int)((x >> (f->mbits + f->ebits)) & 1);
}
static inline bool is_nan(const FFmt *f, uint64_t x)
{
    return (x & f_mask(f)) > f_inf(f);
}
static inline bool is_snan(const FFmt *f, uint64_t x)
{
    return is_nan(f, x) && !(x & f_qbit(f));
}
static inline bool is_qnan(const FFmt *f, uint64_t x)
{
    return is_nan(f, x) && (x & f_qbit(f));
}
static inline bool is_inf(const FFmt *f, uint64_t x)
{
    return (x & f_mask(f)) == f_inf(f);
}
static inline bool is_zero(const FFmt *f, uint64_t x)
{
    return (x & f_mask(f)) == 0;
}
static inline uint64_t default_nan(const FFmt *f)
{
    return f_inf(f) | f_qbit(f);
}

/* FZ applies to single and double; half uses FZ16, which mimic keeps 0. */
static inline bool ftz(const FFmt *f, const A64FPSt *s)
{
    return (s->fpcr & A64_FPCR_FZ) && f->ebits > 5;
}

/* FPUnpack's flush of a denormal input. */
static inline uint64_t flush_in(const FFmt *f, uint64_t x, A64FPSt *s)
{
    uint64_t m = x & f_mask(f);
    if (m != 0 && m < f_minnorm(f) && ftz(f, s)) {
        s->fl |= A64_FPSR_IDC;
        return x & f_sign(f);
    }
    return x;
}

/* FPProcessNaN. */
static uint64_t proc_nan(const FFmt *f, uint64_t x, A64FPSt *s)
{
    if (!(x & f_qbit(f))) {
        s->fl |= A64_FPSR_IOC;
        x |= f_qbit(f);
    }
    return (s->fpcr & A64_FPCR_DN) ? default_nan(f) : x;
}

/* FPProcessNaNs: signaling first, then quiet, each in operand order. */
static bool nans2(const FFmt *f, uint64_t a, uint64_t b, A64FPSt *s,
                  uint64_t *r)
{
    if (is_snan(f, a)) {
        *r = proc_nan(f, a, s);
    } else if (is_snan(f, b)) {
        *r = proc_nan(f, b, s);
    } else if (is_nan(f, a)) {
        *r = proc_nan(f, a, s);
    } else if (is_nan(f, b)) {
        *r = proc_nan(f, b, s);
    } else {
        return false;
    }
    return true;
}

static bool nans3(const FFmt *f, uint64_t a, uint64_t b, uint64_t c, A64FPSt *s,
                  uint64_t *r)
{
    if (is_snan(f, a)) {
        *r = proc_nan(f, a, s);
    } else if (is_snan(f, b)) {
        *r = proc_nan(f, b, s);
    } else if (is_snan(f, c)) {
        *r = proc_nan(f, c, s);
    } else if (is_nan(f, a)) {
        *r = proc_nan(f, a, s);
    } else if (is_nan(f, b)) {
        *r = proc_nan(f, b, s);
    } else if (is_nan(f, c)) {
        *r = proc_nan(f, c, s);
    } else {
        return false;
    }
    return true;
}

/* ---- the soft path -------------------------------------------------- */

/* FPRound of (-1)^sign * sig * 2^exp, sig != 0, in mode s->rm. */
static uint64_t round_pack(const FFmt *f, int sign, int exp, u128 sig,
                           A64FPSt *s)
{
    int etop = exp + sf_msb128(sig);
    uint64_t sbit = sign ? f_sign(f) : 0;
    uint64_t hidden = f_minnorm(f);
    int emax = f->emax;
    bool inexact;
    u128 q;

    if (etop < f->emin) {
        if (ftz(f, s)) {
            s->fl |= A64_FPSR_UFC;
            return sbit;
        }
        q = sf_shift_round(sig, f->emin - f->mbits - exp, sign, s->rm, &inexact);
        if (inexact) {
            s->fl |= A64_FPSR_UFC | A64_FPSR_IXC;
        }
        return sbit | (uint64_t)q; /* q == hidden encodes the min normal */
    }
    q = sf_shift_round(sig, etop - f->mbits - exp, sign, s->rm, &inexact);
    if (q == ((u128)hidden << 1)) {
        q = hidden;
        etop++;
    }
    if (etop > emax && emax > f->bias) { /* alternative half */
        s->fl |= A64_FPSR_IOC;
        return sbit | f_mask(f);
    }
    if (etop > emax) {
        int rm = s->rm;
        bool to_inf = rm == A64_RND_N || rm == A64_RND_A ||
                      (rm == A64_RND_P && !sign) || (rm == A64_RND_M && sign);
        s->fl |= A64_FPSR_OFC | A64_FPSR_IXC;
        return sbit | (to_inf ? f_inf(f) : f_inf(f) - 1);
    }
    if (inexact) {
        s->fl |= A64_FPSR_IXC;
    }
    return sbit | ((uint64_t)(etop + f->bias) << f->mbits) |
           ((uint64_t)q - hidden);
}

/* (a * b + c) * 2^scale, one rounding; a, b, c finite (zeros allowed). */
static uint64_t soft_fma(const FFmt *f, uint64_t a, uint64_t b, uint64_t c,
                         int scale, A64FPSt *s)
{
    int sp = sign_of(f, a) ^ sign_of(f, b), ep, sign;
    u128 p, sum;
    SfUnpacked ua, ub, uc;

    if (is_zero(f, a) || is_zero(f, b)) {
        if (is_zero(f, c)) {
            if (sp == sign_of(f, c)) {
                return c;
            }
            return s->rm == A64_RND_M ? f_sign(f) : 0;
        }
        uc = sf_unpack(f, c);
        return round_pack(f, uc.sign, uc.exp + scale, uc.sig, s);
    }
    ua = sf_unpack(f, a);
    ub = sf_unpack(f, b);
    p = (u128)ua.sig * ub.sig;
    ep = ua.exp + ub.exp + scale;
    if (is_zero(f, c)) {
        return round_pack(f, sp, ep, p, s);
    }
    uc = sf_unpack(f, c);
    uc.exp += scale;
    sum = sf_add_product(p, sp, &ep, uc, &sign);
    if (sum == 0) {
        return s->rm == A64_RND_M ? f_sign(f) : 0;
    }
    return round_pack(f, sign, ep, sum, s);
}

/* a / b; both finite (the host path only comes here for nonzero ones). */
static uint64_t soft_div(const FFmt *f, uint64_t a, uint64_t b, A64FPSt *s)
{
    int sign, exp;
    u128 q;

    if (is_zero(f, a) || is_zero(f, b)) {
        uint64_t sbit = (a ^ b) & f_sign(f);
        return is_zero(f, b) ? sbit | f_inf(f) : sbit;
    }
    q = sf_div_sig(f, a, b, &sign, &exp);
    return round_pack(f, sign, exp, q, s);
}

/* ---- the host path -------------------------------------------------- */

enum {
    OP_ADD = SF_OP_ADD,
    OP_SUB = SF_OP_SUB,
    OP_MUL = SF_OP_MUL,
    OP_DIV = SF_OP_DIV,
    OP_SQRT = SF_OP_SQRT,
    OP_FMA = SF_OP_FMA,
};

static int hw_fma = -1; /* -1: not probed yet */

int a64_fpu_set_hw_fma(int on)
{
    return sf_set_hw_fma(&hw_fma, on);
}

static inline bool have_hw_fma(void)
{
    return sf_have_hw_fma(&hw_fma);
}

/* Arm RMode -> x86 RC: RN 0, RP 2 (up), RM 1 (down), RZ 3. */
static const uint8_t x86_rc[4] = {0, 2, 1, 3};

/* op on the host in mode rm (0..3); *xf gets the x86 exception bits. The
 * asm statements are volatile so nothing moves across the MXCSR writes. */
static uint64_t hw_op(int op, int sz, uint64_t a, uint64_t b, uint64_t c,
                      int rm, unsigned *xf)
{
    uint32_t old = 0x1f80u, mx = 0x1f80u | ((uint32_t)x86_rc[rm & 3] << 13);
    uint64_t r;

    /* Generated code and the emulator run with MXCSR in its default state
     * (RN, all masked); its sticky flags are never read. So in RN loading
     * the default both sets the mode and clears the flags, and leaving it
     * that way restores it. */
    if (rm != A64_RND_N) {
        __asm__ volatile("stmxcsr %0" : "=m"(old));
    }
    __asm__ volatile("ldmxcsr %0" : : "m"(mx));
    if (sz == A64_FP_S) {
        r = f2b(sf_sse32(op, b2f((uint32_t)a), b2f((uint32_t)b),
                         b2f((uint32_t)c)));
    } else {
        r = d2b(sf_sse64(op, b2d(a), b2d(b), b2d(c)));
    }
    __asm__ volatile("stmxcsr %0" : "=m"(mx));
    if (rm != A64_RND_N) {
        __asm__ volatile("ldmxcsr %0" : : "m"(old));
    }
    *xf = mx & 0x3f;
    return r;
}

/* The soft equivalent of op on finite operands with a possibly tiny
 * result. */
static uint64_t soft_op(int op, const FFmt *f, uint64_t a, uint64_t b,
                        uint64_t c, A64FPSt *s)
{
    uint64_t one = (uint64_t)f->bias << f->mbits;

    switch (op) {
    case OP_ADD:
        return soft_fma(f, a, one, b, 0, s);
    case OP_SUB:
        return soft_fma(f, a, one, b ^ f_sign(f), 0, s);
    case OP_MUL:
        return soft_fma(f, a, b, 0, 0, s);
    case OP_DIV:
        return soft_div(f, a, b, s);
    default:
        return soft_fma(f, a, b, c, 0, s);
    }
}

/* op on non-NaN operands (inputs already flushed), in mode s->rm. */
static uint64_t host_arith(int op, int sz, uint64_t a, uint64_t b, uint64_t c,
                           A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    unsigned xf;
    uint64_t r, m;

    if (op == OP_FMA && !have_hw_fma()) {
        /* Invalid and infinite cases by hand, the rest exactly. */
        bool ia = is_inf(f, a), ib = is_inf(f, b), ic = is_inf(f, c);
        int sp = sign_of(f, a) ^ sign_of(f, b);
        if ((ia && is_zero(f, b)) || (ib && is_zero(f, a)) ||
            ((ia || ib) && ic && sp != sign_of(f, c))) {
            s->fl |= A64_FPSR_IOC;
            return default_nan(f);
        }
        if (ia || ib) {
            return (sp ? f_sign(f) : 0) | f_inf(f);
        }
        if (ic) {
            return c;
        }
        return soft_fma(f, a, b, c, 0, s);
    }
    r = hw_op(op, sz, a, b, c, s->rm, &xf);
    if (is_nan(f, r)) {
        s->fl |= A64_FPSR_IOC;
        return default_nan(f);
    }
    m = r & f_mask(f);
    if (m <= f_minnorm(f) &&
        ((xf & 0x20) || (m != 0 && m < f_minnorm(f) && ftz(f, s)))) {
        return soft_op(op, f, a, b, c, s);
    }
    s->fl |= (xf & 1 ? A64_FPSR_IOC : 0) | (xf & 4 ? A64_FPSR_DZC : 0) |
             (xf & 8 ? A64_FPSR_OFC : 0) | (xf & 0x20 ? A64_FPSR_IXC : 0);
    return r;
}

/* ---- fast paths ----------------------------------------------------- */

/*
 * With FPCR = RN and FZ off, plain C arithmetic (MXCSR in its default
 * state: RN, masked, no DAZ/FTZ) gives Arm's result; what it cannot give
 * is the flags, so these run only where the flags follow from the result:
 * finite operands, finite result (no OFC: in RN a finite result never
 * overflowed) far from the subnormal range (no UFC), no NaN (no IOC), no
 * zero divisor (no DZC). IXC comes from an exact error term:
 *
 *   add  TwoSum: s + e == x + y exactly, for inputs below 2^1023.
 *   mul  fma(x, y, -r): the product's error; x * y is a multiple of
 *        2^(ex + ey - 104) >= 2^-1066 once |r| >= 2^-959, so the error
 *        is representable.
 *   div  fma(-q, y, x): the remainder, representable when |x|, |y| lie in
 *        [2^-899, 2^900).
 *   sqrt fma(-r, r, x): the remainder, representable for x >= 2^-899.
 *
 * Single precision computes in double and rounds once more; that double
 * rounding is innocuous for + - * / sqrt (53 >= 2 * 24 + 2), and the
 * float is inexact iff the double was or the narrowing changed it. Float
 * results must lie in [2^-100, FLT_MAX].
 *
 * Fused multiply-add: single precision through double (exact product,
 * one double rounding of the sum, refused when that sum is inexact and a
 * float rounding boundary); double only when IXC is already accrued.
 * Rounding to integral (FRINT*, FCVT*): SSE4.1 round on values below
 * 2^62, exact by construction.
 */
static inline bool fast_mode(const A64FPSt *s)
{
    return s->rm == A64_RND_N && !(s->fpcr & A64_FPCR_FZ);
}

static inline bool fast_narrow(double r, bool inexact, uint64_t *out,
                               uint32_t *fl)
{
    float f = (float)r;
    uint32_t b = f2b(f);
    if (!erange(exp32(b), FAST_S_LO, FAST_S_HI)) {
        return false;
    }
    if (!(*fl & A64_FPSR_IXC) && (inexact || (double)f != r)) {
        *fl |= A64_FPSR_IXC;
    }
    *out = b;
    return true;
}

/* + and - need no FMA: inlined into each operation. */
static inline bool fast_add64(uint64_t a, uint64_t b, uint64_t *out,
                              uint32_t *fl)
{
    double x = b2d(a), y = b2d(b), r;

    if (exp64(a) >= 0x7fe || exp64(b) >= 0x7fe) {
        return false;
    }
    r = x + y;
    if (!erange(exp64(d2b(r)), FAST_D_LO, FAST_D_HI)) {
        return false;
    }
    if (!(*fl & A64_FPSR_IXC) && two_sum_err(x, y, r) != 0) {
        *fl |= A64_FPSR_IXC;
    }
    *out = d2b(r);
    return true;
}

static inline bool fast_add32(uint32_t a, uint32_t b, uint64_t *out,
                              uint32_t *fl)
{
    double x = b2f(a), y = b2f(b), r;

    if (exp32(a) == 0xff || exp32(b) == 0xff) {
        return false;
    }
    r = x + y;
    return fast_narrow(r, !(*fl & A64_FPSR_IXC) && two_sum_err(x, y, r) != 0,
                       out, fl);
}

/* The double product of two floats is exact (48 bits). */
static inline bool fast_mul32(uint32_t a, uint32_t b, uint64_t *out,
                              uint32_t *fl)
{
    if (exp32(a) == 0xff || exp32(b) == 0xff) {
        return false;
    }
    return fast_narrow((double)b2f(a) * b2f(b), false, out, fl);
}

/* mul, div, sqrt (of b) in double: the residuals need the host FMA. */
__attribute__((target("fma"))) static bool
fast_mds64(int op, uint64_t a, uint64_t b, uint64_t *out, uint32_t *fl)
{
    double x = b2d(a), y = b2d(b), r, e = 0;
    bool need = !(*fl & A64_FPSR_IXC);

    switch (op) {
    case OP_MUL:
        if (exp64(a) == 0x7ff || exp64(b) == 0x7ff) {
            return false;
        }
        r = x * y;
        if (!erange(exp64(d2b(r)), FAST_D_LO, FAST_D_HI)) {
            return false;
        }
        e = need ? __builtin_fma(x, y, -r) : 0;
        break;
    case OP_DIV:
        if (!erange(exp64(a), FAST_IN_LO, FAST_IN_HI) ||
            !erange(exp64(b), FAST_IN_LO, FAST_IN_HI)) {
            return false;
        }
        r = x / y;
        if (!erange(exp64(d2b(r)), FAST_D_LO, FAST_D_HI)) {
            return false;
        }
        e = need ? __builtin_fma(-r, y, x) : 0;
        break;
    default:
        if ((b >> 63) || !erange(exp64(b), FAST_IN_LO, 0x7ff)) {
            return false;
        }
        r = __builtin_sqrt(y);
        e = need ? __builtin_fma(-r, r, y) : 0;
        break;
    }
    if (e != 0) {
        *fl |= A64_FPSR_IXC;
    }
    *out = d2b(r);
    return true;
}

/* div and sqrt (of b) in single, through double. */
__attribute__((target("fma"))) static bool
fast_ds32(int op, uint32_t a, uint32_t b, uint64_t *out, uint32_t *fl)
{
    double x = b2f(a), y = b2f(b), r;
    bool ix;

    if (exp32(a) == 0xff || exp32(b) == 0xff) {
        return false;
    }
    if (op == OP_DIV) {
        r = x / y; /* 0 or inf (y == 0) fail the narrow range */
        ix = !(*fl & A64_FPSR_IXC) && __builtin_fma(-r, y, x) != 0;
    } else {
        if (b >> 31) {
            return false;
        }
        r = __builtin_sqrt(y);
        ix = !(*fl & A64_FPSR_IXC) && __builtin_fma(-r, r, y) != 0;
    }
    return fast_narrow(r, ix, out, fl);
}

static inline bool fast2(int op, int sz, uint64_t a, uint64_t b, uint64_t *r,
                         uint32_t *fl)
{
    if (sz == A64_FP_D) {
        switch (op) {
        case OP_ADD:
            return fast_add64(a, b, r, fl);
        case OP_SUB:
            return fast_add64(a, b ^ (1ull << 63), r, fl);
        default:
            return have_hw_fma() && fast_mds64(op, a, b, r, fl);
        }
    }
    switch (op) {
    case OP_ADD:
        return fast_add32((uint32_t)a, (uint32_t)b, r, fl);
    case OP_SUB:
        return fast_add32((uint32_t)a, (uint32_t)b ^ 0x80000000u, r, fl);
    case OP_MUL:
        return fast_mul32((uint32_t)a, (uint32_t)b, r, fl);
    default:
        return have_hw_fma() && fast_ds32(op, (uint32_t)a, (uint32_t)b, r, fl);
    }
}

/* ---- arithmetic ----------------------------------------------------- */

/* Inlined into each entry point so the op and size tests fold away. */
static inline __attribute__((always_inline)) uint64_t
arith2(int op, int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t r;

    if (fast_mode(s) && fast2(op, sz, a, b, &r, &s->fl)) {
        return r;
    }
    a = flush_in(f, a, s);
    b = flush_in(f, b, s);
    if (nans2(f, a, b, s, &r)) {
        return r;
    }
    return host_arith(op, sz, a, b, 0, s);
}

static inline __attribute__((always_inline)) uint64_t
fpu_add(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return arith2(OP_ADD, sz, a, b, s);
}

static inline __attribute__((always_inline)) uint64_t
fpu_sub(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return arith2(OP_SUB, sz, a, b, s);
}

static inline __attribute__((always_inline)) uint64_t
fpu_mul(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return arith2(OP_MUL, sz, a, b, s);
}

static inline __attribute__((always_inline)) uint64_t
fpu_div(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return arith2(OP_DIV, sz, a, b, s);
}

static inline __attribute__((always_inline)) uint64_t
fpu_sqrt(int sz, uint64_t a, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t r;

    if (fast_mode(s) && fast2(OP_SQRT, sz, 0, a, &r, &s->fl)) {
        return r;
    }
    a = flush_in(f, a, s);
    if (is_nan(f, a)) {
        return proc_nan(f, a, s);
    }
    /* Never tiny, never overflows: the host is exact in every mode. */
    return host_arith(OP_SQRT, sz, a, 0, 0, s);
}

uint64_t a64_fpu_abd(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return arith2(OP_SUB, sz, a, b, s) & ~f_sign(&fmts[sz]);
}

/* 2.0 (sz's format) with a sign. */
static inline uint64_t two(const FFmt *f, int sign)
{
    return ((uint64_t)(f->bias + 1) << f->mbits) | (sign ? f_sign(f) : 0);
}

static inline bool inf_times_zero(const FFmt *f, uint64_t a, uint64_t b)
{
    return (is_inf(f, a) && is_zero(f, b)) || (is_zero(f, a) && is_inf(f, b));
}

uint64_t a64_fpu_mulx(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t r;

    a = flush_in(f, a, s);
    b = flush_in(f, b, s);
    if (nans2(f, a, b, s, &r)) {
        return r;
    }
    if (inf_times_zero(f, a, b)) {
        return two(f, sign_of(f, a) ^ sign_of(f, b));
    }
    return arith2(OP_MUL, sz, a, b, s);
}

/* FRECPS (c = 2.0, scale 0) and FRSQRTS (c = 3.0, scale -1):
 * (c - a * b) * 2^scale fused; inf * 0 gives c * 2^scale. */
static uint64_t step_fused(int sz, uint64_t a, uint64_t b, bool rsqrt,
                           A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t r, c;

    a = flush_in(f, a ^ f_sign(f), s);
    b = flush_in(f, b, s);
    if (nans2(f, a, b, s, &r)) {
        return r;
    }
    c = rsqrt ? ((uint64_t)f->bias << f->mbits) | f_qbit(f) /* 1.5 */
              : two(f, 0);
    if (inf_times_zero(f, a, b)) {
        return c;
    }
    if (is_inf(f, a) || is_inf(f, b)) {
        return (sign_of(f, a) ^ sign_of(f, b) ? f_sign(f) : 0) | f_inf(f);
    }
    if (rsqrt) {
        c = ((uint64_t)(f->bias + 1) << f->mbits) | f_qbit(f); /* 3.0 */
    }
    return soft_fma(f, a, b, c, rsqrt ? -1 : 0, s);
}

uint64_t a64_fpu_recps(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return step_fused(sz, a, b, false, s);
}

uint64_t a64_fpu_rsqrts(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return step_fused(sz, a, b, true, s);
}

/* Single-precision a * b + c in RN through double: the product is exact,
 * the sum rounds once in double, and unless that sum is inexact and lands
 * on a float rounding boundary the narrowing gives the single rounding. */
static bool fast_fma32(uint32_t a, uint32_t b, uint32_t c, uint64_t *out,
                       uint32_t *fl)
{
    double p, x, r, e;

    if (exp32(a) == 0xff || exp32(b) == 0xff || exp32(c) == 0xff) {
        return false;
    }
    p = (double)b2f(a) * b2f(b);
    x = b2f(c);
    r = p + x;
    e = two_sum_err(p, x, r);
    if (e != 0 && (d2b(r) & 0x0fffffffull) == 0) {
        return false; /* a tie (or near one) for the float rounding */
    }
    return fast_narrow(r, e != 0, out, fl);
}

/* Double a * b + c in RN when IXC is already set (so only the result
 * matters): finite operands and a finite result far from the subnormal
 * range raise nothing else. */
__attribute__((target("fma"))) static bool
fast_fma64_ix(uint64_t a, uint64_t b, uint64_t c, uint64_t *out)
{
    double r;

    if (exp64(a) == 0x7ff || exp64(b) == 0x7ff || exp64(c) == 0x7ff) {
        return false;
    }
    r = __builtin_fma(b2d(a), b2d(b), b2d(c));
    *out = d2b(r);
    return erange(exp64(*out), FAST_D_LO, FAST_D_HI);
}

static inline __attribute__((always_inline)) uint64_t
fpu_muladd(int sz, uint64_t addend, uint64_t a, uint64_t b, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t r;

    if (fast_mode(s)) {
        if (sz == A64_FP_S) {
            if (fast_fma32((uint32_t)a, (uint32_t)b, (uint32_t)addend, &r,
                           &s->fl)) {
                return r;
            }
        } else if ((s->fl & A64_FPSR_IXC) && have_hw_fma() &&
                   fast_fma64_ix(a, b, addend, &r)) {
            return r;
        }
    }
    addend = flush_in(f, addend, s);
    a = flush_in(f, a, s);
    b = flush_in(f, b, s);
    if (is_qnan(f, addend) && inf_times_zero(f, a, b)) {
        s->fl |= A64_FPSR_IOC;
        return default_nan(f);
    }
    if (nans3(f, addend, a, b, s, &r)) {
        return r;
    }
    return host_arith(OP_FMA, sz, a, b, addend, s);
}

/* ---- min/max -------------------------------------------------------- */

/* Order key for non-NaN values (-0 below +0). */
static inline int64_t key(const FFmt *f, uint64_t a)
{
    int64_t m = (int64_t)(a & f_mask(f));
    return sign_of(f, a) ? -m - 1 : m;
}

static uint64_t minmax(int sz, uint64_t a, uint64_t b, bool max, bool num,
                       A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t r;

    a = flush_in(f, a, s);
    b = flush_in(f, b, s);
    if (num) {
        /* FPMaxNum/FPMinNum: one quiet NaN loses to any number. */
        uint64_t loser = f_inf(f) | (max ? f_sign(f) : 0);
        if (is_qnan(f, a) && !is_qnan(f, b)) {
            a = loser;
        } else if (!is_qnan(f, a) && is_qnan(f, b)) {
            b = loser;
        }
    }
    if (nans2(f, a, b, s, &r)) {
        return r;
    }
    /* -0 < +0 in the key order: max(+0, -0) = +0, min = -0. */
    return (key(f, a) > key(f, b)) == max ? a : b;
}

uint64_t a64_fpu_max(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return minmax(sz, a, b, true, false, s);
}
uint64_t a64_fpu_min(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return minmax(sz, a, b, false, false, s);
}
uint64_t a64_fpu_maxnm(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return minmax(sz, a, b, true, true, s);
}
uint64_t a64_fpu_minnm(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return minmax(sz, a, b, false, true, s);
}

/* ---- compares ------------------------------------------------------- */

/* -1, 0, 1 for a < b, a == b, a > b; 2 unordered. IOC as `signal` says
 * (quiet NaNs) and always for signaling NaNs. */
static int compare(int sz, uint64_t a, uint64_t b, bool signal, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    int64_t ka, kb;

    a = flush_in(f, a, s);
    b = flush_in(f, b, s);
    if (is_nan(f, a) || is_nan(f, b)) {
        if (signal || is_snan(f, a) || is_snan(f, b)) {
            s->fl |= A64_FPSR_IOC;
        }
        return 2;
    }
    if (is_zero(f, a) && is_zero(f, b)) {
        return 0;
    }
    ka = key(f, a);
    kb = key(f, b);
    return ka < kb ? -1 : ka > kb;
}

uint32_t a64_fpu_cmp(int sz, uint64_t a, uint64_t b, bool signal, A64FPSt *s)
{
    static const uint32_t nzcv[4] = {0x6, 0x2, 0x3, 0x8};
    int c = compare(sz, a, b, signal, s);
    return nzcv[c & 3];
}

bool a64_fpu_cmp_eq(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return compare(sz, a, b, false, s) == 0;
}

bool a64_fpu_cmp_ge(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    int c = compare(sz, a, b, true, s);
    return c == 0 || c == 1;
}

bool a64_fpu_cmp_gt(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return compare(sz, a, b, true, s) == 1;
}

/* ---- rounding and conversions -------------------------------------- */

/* x (|x| < 2^62, not NaN) rounded to an integral value in mode rm (not
 * to odd), on the host's SSE4.1 rounding (present wherever FMA is). The
 * sign of a zero result is x's, as Arm wants. */
__attribute__((target("sse4.1"))) static double host_round(double x, int rm)
{
    double t;

    switch (rm) {
    case A64_RND_N:
        return __builtin_roundeven(x);
    case A64_RND_P:
        return __builtin_ceil(x);
    case A64_RND_M:
        return __builtin_floor(x);
    case A64_RND_Z:
        return __builtin_trunc(x);
    default: /* ties away: x - trunc(x) is exact */
        t = __builtin_trunc(x);
        if (__builtin_fabs(x - t) >= 0.5) {
            t += x < 0 ? -1.0 : 1.0;
        }
        return __builtin_copysign(t, x);
    }
}

/* The value of a (single or double) as a double if FZ cannot affect it
 * and it is finite and below 2^62 in magnitude. */
static inline bool fast_value(int sz, uint64_t a, const A64FPSt *s, double *x)
{
    if ((s->fpcr & A64_FPCR_FZ) || !have_hw_fma()) {
        return false;
    }
    if (sz == A64_FP_D) {
        *x = b2d(a);
        return exp64(a) < 1023 + 62;
    }
    *x = b2f((uint32_t)a);
    return sz == A64_FP_S && exp32((uint32_t)a) < 127 + 62;
}

uint64_t a64_fpu_rint(int sz, uint64_t a, int rm, bool exact, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    A64FPSt t = *s;
    SfUnpacked u;
    bool inexact;
    double x, r;
    u128 q;

    if (rm != A64_RND_O && fast_value(sz, a, s, &x)) {
        r = host_round(x, rm);
        if (exact && r != x) {
            s->fl |= A64_FPSR_IXC;
        }
        return sz == A64_FP_D ? d2b(r) : f2b((float)r);
    }
    a = flush_in(f, a, s);
    if (is_nan(f, a)) {
        return proc_nan(f, a, s);
    }
    if (is_inf(f, a) || is_zero(f, a)) {
        return a;
    }
    u = sf_unpack(f, a);
    if (u.exp >= 0) {
        return a; /* already integral */
    }
    q = sf_shift_round(u.sig, -u.exp, u.sign, rm, &inexact);
    if (inexact && exact) {
        s->fl |= A64_FPSR_IXC;
    }
    if (q == 0) {
        return a & f_sign(f);
    }
    t.rm = A64_RND_Z;
    return round_pack(f, u.sign, 0, q, &t); /* exact */
}

/* FCVT*[SU] of a value below 2^62 in magnitude: round on the host, then
 * a C conversion of the integral value. */
static inline bool fast_to_int(int sz, uint64_t a, int rm, bool uns, int ibits,
                               uint64_t *out, A64FPSt *s)
{
    double x, r;
    int64_t v;

    if (!fast_value(sz, a, s, &x)) {
        return false;
    }
    r = rm == A64_RND_Z ? x : host_round(x, rm);
    v = (int64_t)r;
    if (ibits == 32 ? (uns ? (v < 0 || v > 0xffffffffll)
                           : (v < -0x80000000ll || v > 0x7fffffffll))
                    : (uns && v < 0)) {
        return false;
    }
    if (!(s->fl & A64_FPSR_IXC) && (double)v != x) {
        s->fl |= A64_FPSR_IXC;
    }
    *out = ibits == 32 ? (uint32_t)v : (uint64_t)v;
    return true;
}

static inline __attribute__((always_inline)) uint64_t
fpu_to_int(int sz, uint64_t a, int fbits, int rm, bool uns, int ibits,
           A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t umax = ibits == 64 ? ~0ull : (1ull << ibits) - 1;
    uint64_t smax = umax >> 1, r;
    bool inexact;
    SfUnpacked u;
    int neg;
    u128 q;

    if (fbits == 0 && rm != A64_RND_O &&
        fast_to_int(sz, a, rm, uns, ibits, &r, s)) {
        return r;
    }
    a = flush_in(f, a, s);
    neg = sign_of(f, a);
    if (is_nan(f, a)) {
        s->fl |= A64_FPSR_IOC;
        return 0;
    }
    if (is_zero(f, a)) {
        return 0;
    }
    if (is_inf(f, a)) {
        goto overflow;
    }
    u = sf_unpack(f, a);
    u.exp += fbits;
    if (u.exp > 64) {
        goto overflow;
    }
    q = sf_shift_round(u.sig, -u.exp, neg, rm, &inexact);
    if (uns) {
        if ((neg && q != 0) || q > umax) {
            goto overflow;
        }
        r = (uint64_t)q;
    } else {
        if (q > (u128)smax + neg) {
            goto overflow;
        }
        r = (neg ? -(uint64_t)q : (uint64_t)q) & umax;
    }
    if (inexact) {
        s->fl |= A64_FPSR_IXC;
    }
    return r;

overflow:
    s->fl |= A64_FPSR_IOC;
    if (uns) {
        return neg ? 0 : umax;
    }
    return neg ? (~smax & umax) : smax;
}

static inline __attribute__((always_inline)) uint64_t
fpu_from_int(int sz, uint64_t v, int fbits, bool uns, int ibits, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t mag;
    int neg = 0;

    if (ibits == 32) {
        v = uns ? (uint32_t)v : (uint64_t)(int64_t)(int32_t)v;
    }
    mag = v;
    if (!uns && (int64_t)v < 0) {
        neg = 1;
        mag = -v;
    }
    if (mag == 0) {
        return 0;
    }
    if (fbits == 0) {
        if (sz == A64_FP_D && mag < (1ull << 53)) {
            double d = (double)mag;
            return d2b(neg ? -d : d);
        }
        if (sz == A64_FP_S && mag < (1ull << 24)) {
            float x = (float)mag;
            return f2b(neg ? -x : x);
        }
    }
    return round_pack(f, neg, -fbits, mag, s);
}

static inline __attribute__((always_inline)) uint64_t
fpu_cvt(int to, int from, uint64_t a, A64FPSt *s)
{
    const FFmt *ff = &fmts[from], *ft = &fmts[to];
    uint64_t sbit, frac;
    SfUnpacked u;

    if (to == A64_FP_D && from == A64_FP_S && !(s->fpcr & A64_FPCR_FZ) &&
        exp32((uint32_t)a) != 0xff) {
        return d2b((double)b2f((uint32_t)a));
    }
    if (to == A64_FP_S && from == A64_FP_D && fast_mode(s) &&
        exp64(a) != 0x7ff) {
        uint64_t r;
        if (fast_narrow(b2d(a), false, &r, &s->fl)) {
            return r;
        }
    }
    if (s->fpcr & A64_FPCR_AHP) {
        ff = from == A64_FP_H ? &fmt_ahp : ff;
        ft = to == A64_FP_H ? &fmt_ahp : ft;
    }
    a = flush_in(ff, a, s);
    sbit = sign_of(ff, a) ? f_sign(ft) : 0;
    if (ff == &fmt_ahp) {
        if (is_zero(ff, a)) {
            return sbit;
        }
        u = sf_unpack(ff, a); /* every non-zero encoding is a number */
        return round_pack(ft, u.sign, u.exp, u.sig, s);
    }
    if (ft == &fmt_ahp && (is_nan(ff, a) || is_inf(ff, a))) {
        s->fl |= A64_FPSR_IOC;
        return is_nan(ff, a) ? sbit : sbit | f_mask(ft);
    }
    if (is_nan(ff, a)) {
        if (is_snan(ff, a)) {
            s->fl |= A64_FPSR_IOC;
        }
        if (s->fpcr & A64_FPCR_DN) {
            return default_nan(ft);
        }
        frac = a & (f_minnorm(ff) - 1);
        frac = ft->mbits >= ff->mbits ? frac << (ft->mbits - ff->mbits)
                                      : frac >> (ff->mbits - ft->mbits);
        return sbit | f_inf(ft) | f_qbit(ft) | frac;
    }
    if (is_inf(ff, a)) {
        return sbit | f_inf(ft);
    }
    if (is_zero(ff, a)) {
        return sbit;
    }
    u = sf_unpack(ff, a);
    return round_pack(ft, u.sign, u.exp, u.sig, s);
}

/* ---- estimates ------------------------------------------------------ */

/* RecipEstimate and RecipSqrtEstimate of the pseudocode, tabulated. */
static uint16_t recip_tab[256], rsqrt_tab[384];
static bool tabs_ready;

static void make_tabs(void)
{
    for (int i = 0; i < 256; i++) {
        int a = (256 + i) * 2 + 1;
        int b = (1 << 19) / a;
        recip_tab[i] = (uint16_t)((b + 1) / 2);
    }
    for (int i = 0; i < 384; i++) {
        int64_t a = 128 + i, b = 512;
        if (a < 256) {
            a = a * 2 + 1;
        } else {
            a = (a >> 1) << 1;
            a = (a + 1) * 2;
        }
        while (a * (b + 1) * (b + 1) < (1ll << 28)) {
            b++;
        }
        rsqrt_tab[i] = (uint16_t)((b + 1) / 2);
    }
    /* Threads racing here write the same values; publish once done. */
    __atomic_store_n(&tabs_ready, true, __ATOMIC_RELEASE);
}

/* The fraction of x as 52 bits, and its biased exponent. */
static inline uint64_t frac52(const FFmt *f, uint64_t x, int *exp)
{
    *exp = (int)((x >> f->mbits) & ((1u << f->ebits) - 1));
    return (x & (f_minnorm(f) - 1)) << (52 - f->mbits);
}

uint64_t a64_fpu_recpe(int sz, uint64_t a, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    const uint64_t m52 = (1ull << 52) - 1;
    uint64_t sbit, fr, m;
    int sign, exp, rexp;

    if (!__atomic_load_n(&tabs_ready, __ATOMIC_ACQUIRE)) {
        make_tabs();
    }
    a = flush_in(f, a, s);
    sign = sign_of(f, a);
    sbit = a & f_sign(f);
    m = a & f_mask(f);
    if (is_nan(f, a)) {
        return proc_nan(f, a, s);
    }
    if (is_inf(f, a)) {
        return sbit;
    }
    if (m == 0) {
        s->fl |= A64_FPSR_DZC;
        return sbit | f_inf(f);
    }
    if (m < (1ull << (f->mbits - 2))) { /* below 2^(emin - 2) */
        int rm = s->rm;
        bool to_inf = rm == A64_RND_N || (rm == A64_RND_P && !sign) ||
                      (rm == A64_RND_M && sign);
        s->fl |= A64_FPSR_OFC | A64_FPSR_IXC;
        return sbit | (to_inf ? f_inf(f) : f_inf(f) - 1);
    }
    if ((m >> f->mbits) >= (uint64_t)(2 * f->bias - 1) && ftz(f, s)) {
        s->fl |= A64_FPSR_UFC;
        return sbit;
    }
    fr = frac52(f, a, &exp);
    if (exp == 0) {
        if (!(fr >> 51 & 1)) {
            exp = -1;
            fr = (fr << 2) & m52;
        } else {
            fr = (fr << 1) & m52;
        }
    }
    rexp = 2 * f->bias - 1 - exp;
    fr = (uint64_t)(recip_tab[fr >> 44] & 0xff) << 44;
    if (rexp == 0) {
        fr = (1ull << 51) | (fr >> 1);
    } else if (rexp == -1) {
        fr = (1ull << 50) | (fr >> 2);
        rexp = 0;
    }
    return sbit | ((uint64_t)rexp << f->mbits) | (fr >> (52 - f->mbits));
}

uint64_t a64_fpu_rsqrte(int sz, uint64_t a, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    const uint64_t m52 = (1ull << 52) - 1;
    uint64_t fr;
    int exp, rexp, scaled;

    if (!__atomic_load_n(&tabs_ready, __ATOMIC_ACQUIRE)) {
        make_tabs();
    }
    a = flush_in(f, a, s);
    if (is_nan(f, a)) {
        return proc_nan(f, a, s);
    }
    if (is_zero(f, a)) {
        s->fl |= A64_FPSR_DZC;
        return (a & f_sign(f)) | f_inf(f);
    }
    if (sign_of(f, a)) {
        s->fl |= A64_FPSR_IOC;
        return default_nan(f);
    }
    if (is_inf(f, a)) {
        return 0;
    }
    fr = frac52(f, a, &exp);
    if (exp == 0) {
        while (!(fr >> 51 & 1)) {
            fr = (fr << 1) & m52;
            exp--;
        }
        fr = (fr << 1) & m52;
    }
    if (!(exp & 1)) {
        scaled = 256 | (int)(fr >> 44);
    } else {
        scaled = 128 | (int)(fr >> 45);
    }
    rexp = (3 * f->bias - 1 - exp) / 2;
    return ((uint64_t)rexp << f->mbits) |
           ((uint64_t)(rsqrt_tab[scaled - 128] & 0xff) << (f->mbits - 8));
}

uint64_t a64_fpu_recpx(int sz, uint64_t a, A64FPSt *s)
{
    const FFmt *f = &fmts[sz];
    uint64_t e;

    a = flush_in(f, a, s);
    if (is_nan(f, a)) {
        return proc_nan(f, a, s);
    }
    e = (a & f_inf(f)) >> f->mbits;
    if (e == 0) {
        e = ((1ull << f->ebits) - 2);
    } else {
        e = ~e & ((1ull << f->ebits) - 1);
    }
    return (a & f_sign(f)) | (e << f->mbits);
}

/* ---- exported entry points ------------------------------------------ */

uint64_t a64_fpu_add(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return fpu_add(sz, a, b, s);
}

uint64_t a64_fpu_sub(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return fpu_sub(sz, a, b, s);
}

uint64_t a64_fpu_mul(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return fpu_mul(sz, a, b, s);
}

uint64_t a64_fpu_div(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return fpu_div(sz, a, b, s);
}

uint64_t a64_fpu_sqrt(int sz, uint64_t a, A64FPSt *s)
{
    return fpu_sqrt(sz, a, s);
}

uint64_t a64_fpu_to_int(int sz, uint64_t a, int fbits, int rm, bool uns,
                        int ibits, A64FPSt *s)
{
    return fpu_to_int(sz, a, fbits, rm, uns, ibits, s);
}

uint64_t a64_fpu_from_int(int sz, uint64_t v, int fbits, bool uns, int ibits,
                          A64FPSt *s)
{
    return fpu_from_int(sz, v, fbits, uns, ibits, s);
}

uint64_t a64_fpu_cvt(int to, int from, uint64_t a, A64FPSt *s)
{
    return fpu_cvt(to, from, a, s);
}

uint64_t a64_fpu_muladd(int sz, uint64_t addend, uint64_t a, uint64_t b,
                        A64FPSt *s)
{
    return fpu_muladd(sz, addend, a, b, s);
}

/* ---- scalar helpers for generated code ------------------------------ */

static inline uint64_t accrue(CPUARMState *env, const A64FPSt *s, uint64_t r)
{
    if (s->fl) {
        env->fpsr |= s->fl;
    }
    return r;
}

static inline CPUARMState *env_of(uint64_t env)
{
    return (CPUARMState *)(uintptr_t)env;
}

static inline uint64_t fpu_nmul(int sz, uint64_t a, uint64_t b, A64FPSt *s)
{
    return fpu_mul(sz, a, b, s) ^ (1ull << ((8 << sz) - 1));
}

#define FP2_DEF(name, fn)                                                      \
    uint64_t a64_fph_##name##_s(uint64_t envp, uint64_t a, uint64_t b)         \
    {                                                                          \
        CPUARMState *env = env_of(envp);                                       \
        A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);                        \
        return accrue(env, &s, fn(A64_FP_S, a, b, &s));                        \
    }                                                                          \
    uint64_t a64_fph_##name##_d(uint64_t envp, uint64_t a, uint64_t b)         \
    {                                                                          \
        CPUARMState *env = env_of(envp);                                       \
        A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);                        \
        return accrue(env, &s, fn(A64_FP_D, a, b, &s));                        \
    }
FP2_DEF(fmul, fpu_mul)
FP2_DEF(fdiv, fpu_div)
FP2_DEF(fadd, fpu_add)
FP2_DEF(fsub, fpu_sub)
FP2_DEF(fmax, a64_fpu_max)
FP2_DEF(fmin, a64_fpu_min)
FP2_DEF(fmaxnm, a64_fpu_maxnm)
FP2_DEF(fminnm, a64_fpu_minnm)
FP2_DEF(fnmul, fpu_nmul)
#undef FP2_DEF

/* The negations apply to the operands (a NaN comes out with its sign
 * flipped), as in the pseudocode. */
#define FMA_DEF(name, na, np)                                                  \
    uint64_t a64_fph_##name##_s(uint64_t envp, uint64_t a, uint64_t n,         \
                                uint64_t m)                                    \
    {                                                                          \
        CPUARMState *env = env_of(envp);                                       \
        A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);                        \
        uint64_t r = fpu_muladd(A64_FP_S, a ^ ((uint64_t)(na) << 31),          \
                                n ^ ((uint64_t)(np) << 31), m, &s);            \
        return accrue(env, &s, r);                                             \
    }                                                                          \
    uint64_t a64_fph_##name##_d(uint64_t envp, uint64_t a, uint64_t n,         \
                                uint64_t m)                                    \
    {                                                                          \
        CPUARMState *env = env_of(envp);                                       \
        A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);                        \
        uint64_t r = fpu_muladd(A64_FP_D, a ^ ((uint64_t)(na) << 63),          \
                                n ^ ((uint64_t)(np) << 63), m, &s);            \
        return accrue(env, &s, r);                                             \
    }
FMA_DEF(fmadd, 0, 0)
FMA_DEF(fmsub, 0, 1)
FMA_DEF(fnmadd, 1, 1)
FMA_DEF(fnmsub, 1, 0)
#undef FMA_DEF

uint64_t a64_fph_fsqrt_s(uint64_t envp, uint64_t a)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    return accrue(env, &s, fpu_sqrt(A64_FP_S, a, &s));
}

uint64_t a64_fph_fsqrt_d(uint64_t envp, uint64_t a)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    return accrue(env, &s, fpu_sqrt(A64_FP_D, a, &s));
}

uint64_t a64_fph_fcvt_ds(uint64_t envp, uint64_t a)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    return accrue(env, &s, fpu_cvt(A64_FP_D, A64_FP_S, a, &s));
}

uint64_t a64_fph_fcvt_sd(uint64_t envp, uint64_t a)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    return accrue(env, &s, fpu_cvt(A64_FP_S, A64_FP_D, a, &s));
}

uint64_t a64_fph_fcmp_s(uint64_t envp, uint64_t a, uint64_t b, uint64_t e)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    return accrue(env, &s, a64_fpu_cmp(A64_FP_S, a, b, e, &s));
}

uint64_t a64_fph_fcmp_d(uint64_t envp, uint64_t a, uint64_t b, uint64_t e)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    return accrue(env, &s, a64_fpu_cmp(A64_FP_D, a, b, e, &s));
}

uint64_t a64_fph_to_int(uint64_t envp, uint64_t a, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    int rnd = (int)(d >> 2) & 7;
    uint64_t r = fpu_to_int((int)d & 3, a, (int)(d >> 5) & 127,
                            rnd == A64_FPH_RND_FPCR ? s.rm : rnd, (d >> 12) & 1,
                            (d >> 13) & 1 ? 64 : 32, &s);
    return accrue(env, &s, r);
}

uint64_t a64_fph_from_int(uint64_t envp, uint64_t x, uint64_t d)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    uint64_t r = fpu_from_int((int)d & 3, x, (int)(d >> 5) & 127, (d >> 12) & 1,
                              (d >> 13) & 1 ? 64 : 32, &s);
    return accrue(env, &s, r);
}

/* ---- vector helpers for generated code ------------------------------ */

/* Lanewise d = n op m over a whole 64-bit half: one double or two singles. */
#define HALF2(fn, dbl, n, m, s)                                                \
    ((dbl) ? fn(A64_FP_D, (n), (m), (s))                                       \
           : (fn(A64_FP_S, (uint32_t)(n), (uint32_t)(m), (s)) |                \
              fn(A64_FP_S, (n) >> 32, (m) >> 32, (s)) << 32))

#define VEC2_DEF(name, fn)                                                     \
    uint64_t a64_fph_v##name(uint64_t envp, uint64_t d)                        \
    {                                                                          \
        CPUARMState *env = env_of(envp);                                       \
        A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);                        \
        int rd = d & 31, rn = (d >> 5) & 31, rm = (d >> 10) & 31;              \
        bool dbl = (d >> 15) & 1, q = (d >> 16) & 1;                           \
        uint64_t n0 = env->v[rn][0], n1 = env->v[rn][1];                       \
        uint64_t m0 = env->v[rm][0], m1 = env->v[rm][1], r0, r1 = 0;           \
        r0 = HALF2(fn, dbl, n0, m0, &s);                                       \
        if (q) {                                                               \
            r1 = HALF2(fn, dbl, n1, m1, &s);                                   \
        }                                                                      \
        env->v[rd][0] = r0;                                                    \
        env->v[rd][1] = r1;                                                    \
        return accrue(env, &s, 0);                                             \
    }
A64_FPH_VEC2(VEC2_DEF)
#undef VEC2_DEF
#undef HALF2

/* FMLA / FMLS (vector): d += (+-n) * m, fused, lanewise. */
static inline uint64_t half_fma(bool dbl, uint64_t acc, uint64_t n, uint64_t m,
                                A64FPSt *s)
{
    if (dbl) {
        return fpu_muladd(A64_FP_D, acc, n, m, s);
    }
    return fpu_muladd(A64_FP_S, (uint32_t)acc, (uint32_t)n, (uint32_t)m, s) |
           fpu_muladd(A64_FP_S, acc >> 32, n >> 32, m >> 32, s) << 32;
}

/* noinline: a64_fph_vfmla/vfmls are also the fallback of their _nx forms
 * (fpu-nx.c), which stay small on their fast path. */
static __attribute__((noinline)) uint64_t vec_fma(uint64_t envp, uint64_t d,
                                                  bool neg)
{
    CPUARMState *env = env_of(envp);
    A64FPSt s = a64_fpst_acc(env->fpcr, env->fpsr);
    int rd = d & 31, rn = (d >> 5) & 31, rm = (d >> 10) & 31;
    bool dbl = (d >> 15) & 1, q = (d >> 16) & 1;
    uint64_t sign = neg ? (dbl ? 1ull << 63 : 0x8000000080000000ull) : 0;
    uint64_t r0, r1 = 0;

    r0 = half_fma(dbl, env->v[rd][0], env->v[rn][0] ^ sign, env->v[rm][0], &s);
    if (q) {
        r1 = half_fma(dbl, env->v[rd][1], env->v[rn][1] ^ sign, env->v[rm][1],
                      &s);
    }
    env->v[rd][0] = r0;
    env->v[rd][1] = r1;
    return accrue(env, &s, 0);
}

uint64_t a64_fph_vfmla(uint64_t envp, uint64_t d)
{
    return vec_fma(envp, d, false);
}

uint64_t a64_fph_vfmls(uint64_t envp, uint64_t d)
{
    return vec_fma(envp, d, true);
}

/* The fused *_nx helpers (fpu-nx.c) need the host's FMA. */
bool a64_fpu_nx_fma_ok(void)
{
    return have_hw_fma();
}
