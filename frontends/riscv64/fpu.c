/*
 * RISC-V F/D helpers (see fpu.h for the calling conventions).
 *
 * How results are made exact:
 *   - The common case, RNE with finite operands and a finite, normal
 *     result, is plain C arithmetic with MXCSR untouched and NX decided
 *     from an exact error term (see "RNE fast paths" below).
 *   - Other RNE/RTZ/RDN/RUP arithmetic runs on the host SSE unit: MXCSR is
 *     loaded with the rounding mode, all exceptions masked and DAZ/FTZ off;
 *     the exception bits are read back and mapped to fflags; the caller's
 *     MXCSR is restored. x86 detects tininess after rounding and raises UE
 *     (when masked) only for inexact tiny results: the RISC-V rule. The
 *     asm statements are volatile so the compiler cannot move the
 *     arithmetic across the MXCSR writes.
 *   - NaN results are replaced by the canonical NaN (x86 returns an input
 *     NaN or its own default NaN); x86 raises IE exactly for the RISC-V NV
 *     cases of add/mul/div/sqrt, so those flags are taken as they come.
 *   - RMM (round to nearest, ties to max magnitude) uses an exact soft-float
 *     path: operands unpacked to integer significands, the exact result (or
 *     a round-to-odd approximation with far more than p+2 bits, which
 *     rounds identically) in 128 bits, one rounding routine for all modes.
 *     Operations with a zero, infinite or NaN operand are exact or follow
 *     the same signed-zero rule in RMM as in RNE, so RMM only takes the
 *     soft path when every operand is finite and nonzero. sqrt never needs
 *     it: a square root is never exactly halfway between two floats and
 *     never subnormal.
 *   - Conversions to integers, compares, min/max and fclass are plain C;
 *     conversions of values below 2^62 in RTZ/RNE run on the host.
 *   - The file ends with the *_nx helpers (TUNING_fp_nx, TUNING_fma_nx):
 *     the bare host operation in the common state (RNE, NX accrued), the
 *     exact helper otherwise.
 */
#include "frontends/riscv64/fpu.h"

#include <immintrin.h>
#include <stdbool.h>
#include <string.h>

#include "frontends/riscv64/cpu.h"
#include "translator/softfloat-util.h"
#include "translator/tuning.h"

/* ---- host MXCSR ---------------------------------------------------- */

/* RISC-V rm -> x86 RC field: RNE=0, RDN=1, RUP=2, RTZ=3 (RMM: RNE). */
static const uint8_t x86_rc[8] = {0, 3, 1, 2, 0, 0, 0, 0};

/* x86 IE DE ZE OE UE PE (bits 0..5) -> RISC-V NV DZ OF UF NX; DE has no
 * RISC-V counterpart and is dropped. */
static inline unsigned x86_to_rv(uint32_t x)
{
    return ((x & 1) << 4) | ((x & 4) << 1) | ((x & 8) >> 1) | ((x & 16) >> 3) |
           ((x & 32) >> 5);
}

static inline uint32_t mx_enter(int rm)
{
    uint32_t old, mx = 0x1f80u | ((uint32_t)x86_rc[rm & 7] << 13);
    __asm__ volatile("stmxcsr %0" : "=m"(old));
    __asm__ volatile("ldmxcsr %0" : : "m"(mx));
    return old;
}

static inline unsigned mx_leave(uint32_t old)
{
    uint32_t mx;
    __asm__ volatile("stmxcsr %0" : "=m"(mx));
    __asm__ volatile("ldmxcsr %0" : : "m"(old));
    return x86_to_rv(mx & 0x3f);
}

static int hw_fma = -1; /* -1: not probed yet */

int rv_fpu_set_hw_fma(int on)
{
    return sf_set_hw_fma(&hw_fma, on);
}

static inline bool have_hw_fma(void)
{
    return sf_have_hw_fma(&hw_fma);
}

/* ---- bit-level classification --------------------------------------- */

static inline bool isnan32(uint32_t a)
{
    return (a & 0x7fffffffu) > 0x7f800000u;
}
static inline bool isnan64(uint64_t a)
{
    return (a & ~(1ull << 63)) > 0x7ff0000000000000ull;
}
static inline bool issnan32(uint32_t a)
{
    return isnan32(a) && !(a & 0x00400000u);
}
static inline bool issnan64(uint64_t a)
{
    return isnan64(a) && !(a & 0x0008000000000000ull);
}
/* Finite and nonzero. */
static inline bool isnormsub32(uint32_t a)
{
    uint32_t m = a & 0x7fffffffu;
    return m != 0 && m < 0x7f800000u;
}
static inline bool isnormsub64(uint64_t a)
{
    uint64_t m = a & ~(1ull << 63);
    return m != 0 && m < 0x7ff0000000000000ull;
}

static inline uint32_t unbox(uint64_t a)
{
    return (a >> 32) == 0xffffffffu ? (uint32_t)a : RV_FPU_CANON_S;
}

/* ---- the soft-float path ------------------------------------------- */

typedef SfFmt FFmt;

static const FFmt fmt32 = {23, 8, -126, 127, 127};
static const FFmt fmt64 = {52, 11, -1022, 1023, 1023};

/* RISC-V rm -> the shared rounding direction (reserved ones truncate). */
static const uint8_t sf_rm[8] = {
    [RV_RM_RNE] = SF_RND_N, [RV_RM_RTZ] = SF_RND_Z, [RV_RM_RDN] = SF_RND_M,
    [RV_RM_RUP] = SF_RND_P, [RV_RM_RMM] = SF_RND_A, [5] = SF_RND_Z,
    [6] = SF_RND_Z, [7] = SF_RND_Z,
};

/* sig >> sh rounded in mode rm for a value of sign `sign`; sets *inexact. */
static inline u128 shift_round(u128 sig, int sh, int sign, int rm,
                               bool *inexact)
{
    return sf_shift_round(sig, sh, sign, sf_rm[rm & 7], inexact);
}

/* Round (-1)^sign * sig * 2^exp (sig != 0) to format f in mode rm. */
static uint64_t round_pack(const FFmt *f, int sign, int exp, u128 sig, int rm,
                           unsigned *fl)
{
    int etop = exp + sf_msb128(sig);
    uint64_t sbit = (uint64_t)sign << (f->mbits + f->ebits);
    uint64_t hidden = 1ull << f->mbits;
    bool inexact, tiny = false, ix2;
    u128 q;

    if (etop < f->emin) {
        if (etop == f->emin - 1) {
            /* Tininess after rounding: round to full precision with an
             * unbounded exponent and see if it reaches 2^emin. */
            q = shift_round(sig, etop - f->mbits - exp, sign, rm, &ix2);
            tiny = q < ((u128)hidden << 1);
        } else {
            tiny = true;
        }
        q = shift_round(sig, f->emin - f->mbits - exp, sign, rm, &inexact);
        if (inexact) {
            *fl |= RV_FF_NX | (tiny ? RV_FF_UF : 0);
        }
        return sbit | (uint64_t)q; /* q == hidden encodes the min normal */
    }
    q = shift_round(sig, etop - f->mbits - exp, sign, rm, &inexact);
    if (q == ((u128)hidden << 1)) {
        q = hidden;
        etop++;
    }
    if (etop > f->emax) {
        uint64_t inf = ((1ull << f->ebits) - 1) << f->mbits;
        bool to_inf = rm == RV_RM_RNE || rm == RV_RM_RMM ||
                      (rm == RV_RM_RDN && sign) || (rm == RV_RM_RUP && !sign);
        *fl |= RV_FF_OF | RV_FF_NX;
        return sbit | (to_inf ? inf : inf - 1);
    }
    if (inexact) {
        *fl |= RV_FF_NX;
    }
    return sbit | ((uint64_t)(etop - f->emin + 1) << f->mbits) |
           ((uint64_t)q - hidden);
}

/* a*b + c exactly rounded; a, b finite nonzero, c finite (may be zero). */
static uint64_t soft_fma(const FFmt *f, uint64_t a, uint64_t b, uint64_t c,
                         int rm, unsigned *fl)
{
    SfUnpacked ua = sf_unpack(f, a), ub = sf_unpack(f, b);
    int sp = ua.sign ^ ub.sign, ep = ua.exp + ub.exp, sign;
    u128 p = (u128)ua.sig * ub.sig, s;
    uint64_t cmag = c & ~(1ull << (f->mbits + f->ebits));

    if (cmag == 0) {
        return round_pack(f, sp, ep, p, rm, fl);
    }
    s = sf_add_product(p, sp, &ep, sf_unpack(f, c), &sign);
    if (s == 0) {
        return rm == RV_RM_RDN ? 1ull << (f->mbits + f->ebits) : 0;
    }
    return round_pack(f, sign, ep, s, rm, fl);
}

/* a / b; both finite nonzero. */
static uint64_t soft_div(const FFmt *f, uint64_t a, uint64_t b, int rm,
                         unsigned *fl)
{
    int sign, exp;
    u128 q = sf_div_sig(f, a, b, &sign, &exp);
    return round_pack(f, sign, exp, q, rm, fl);
}

/* ---- arithmetic ---------------------------------------------------- */

enum { OP_ADD = SF_OP_ADD, OP_MUL = SF_OP_MUL, OP_DIV = SF_OP_DIV,
       OP_SQRT = SF_OP_SQRT };

/* a op b (sqrt: of a) on the host in mode rm; NaN results canonical. */
static uint32_t hw32(int op, uint32_t a, uint32_t b, int rm, unsigned *fl)
{
    uint32_t old = mx_enter(rm), r;

    r = f2b(sf_sse32(op, b2f(a), b2f(b), 0));
    *fl |= mx_leave(old);
    return isnan32(r) ? RV_FPU_CANON_S : r;
}

static uint64_t hw64(int op, uint64_t a, uint64_t b, int rm, unsigned *fl)
{
    uint32_t old = mx_enter(rm);
    uint64_t r;

    r = d2b(sf_sse64(op, b2d(a), b2d(b), 0));
    *fl |= mx_leave(old);
    return isnan64(r) ? RV_FPU_CANON_D : r;
}

/* ---- RNE fast paths ------------------------------------------------- */

/*
 * In RNE the host's plain C arithmetic gives the right result without
 * touching MXCSR: the emulator always runs with MXCSR in its default state
 * (RNE, exceptions masked, DAZ/FTZ off; its sticky flags are never read).
 * What plain arithmetic cannot give is fflags, so a fast path is taken only
 * where the flags follow from the result alone: all inputs finite, result
 * finite (so no OF: in RNE a finite result means no overflow) and far from
 * the subnormal range (so no UF), operands not NaN (so no NV) and not zero
 * divisors (no DZ). The one flag left, NX, comes from an exact error term:
 *
 *   add  TwoSum: s + e == x + y exactly, for any finite x, y whose sum
 *        does not overflow (inputs < 2^1023 keep the steps finite).
 *   mul  fma(x, y, -r): the product's error, representable once
 *        |r| >= 2^-959 (it is a multiple of ulp(x) * ulp(y) >= 2^-1066).
 *   div  fma(-q, y, x): the remainder, representable when no step
 *        leaves [2^-1074, 2^1024): |x|, |y| in [2^-899, 2^900) suffices.
 *   sqrt fma(-r, r, x): the remainder, representable for x >= 2^-899.
 *
 * Single precision computes in double and rounds once more to float. By
 * Figueroa's theorem that double rounding is innocuous for + - * / sqrt
 * (53 >= 2 * 24 + 2), and the float result is inexact iff the double
 * operation was or the float differs from the double. Float results must
 * lie in [2^-100, FLT_MAX]; float inputs always satisfy the double ranges.
 *
 * The fma() residuals need the host instruction (the libm fallback is
 * slow): those paths run only when have_hw_fma(), in functions compiled
 * for it. Anything else goes to the exact MXCSR / soft-float paths.
 */

/* The float rounding of a double result, if in the fast range. */
static inline bool fast_narrow(double r, bool inexact, uint32_t *out,
                               unsigned *fl)
{
    float f = (float)r;
    uint32_t b = f2b(f);
    if (!erange(exp32(b), FAST_S_LO, FAST_S_HI)) {
        return false;
    }
    if (inexact || (double)f != r) {
        *fl |= RV_FF_NX;
    }
    *out = b;
    return true;
}

static inline bool fast_add64(uint64_t a, uint64_t b, uint64_t *out,
                              unsigned *fl)
{
    double x = b2d(a), y = b2d(b), s;
    if (exp64(a) >= 0x7fe || exp64(b) >= 0x7fe) {
        return false;
    }
    s = x + y;
    *out = d2b(s);
    if (!erange(exp64(*out), FAST_D_LO, FAST_D_HI)) {
        return false;
    }
    if (two_sum_err(x, y, s) != 0) {
        *fl |= RV_FF_NX;
    }
    return true;
}

__attribute__((target("fma"))) static bool
fast_mul64(uint64_t a, uint64_t b, uint64_t *out, unsigned *fl)
{
    double x = b2d(a), y = b2d(b), r;
    if (exp64(a) == 0x7ff || exp64(b) == 0x7ff) {
        return false;
    }
    r = x * y;
    *out = d2b(r);
    if (!erange(exp64(*out), FAST_D_LO, FAST_D_HI)) {
        return false;
    }
    if (__builtin_fma(x, y, -r) != 0) {
        *fl |= RV_FF_NX;
    }
    return true;
}

__attribute__((target("fma"))) static bool
fast_div64(uint64_t a, uint64_t b, uint64_t *out, unsigned *fl)
{
    double x = b2d(a), y = b2d(b), q;
    if (!erange(exp64(a), FAST_IN_LO, FAST_IN_HI) ||
        !erange(exp64(b), FAST_IN_LO, FAST_IN_HI)) {
        return false;
    }
    q = x / y;
    *out = d2b(q);
    if (!erange(exp64(*out), FAST_D_LO, FAST_D_HI)) {
        return false;
    }
    if (__builtin_fma(-q, y, x) != 0) {
        *fl |= RV_FF_NX;
    }
    return true;
}

__attribute__((target("fma"))) static bool
fast_sqrt64(uint64_t a, uint64_t *out, unsigned *fl)
{
    double x = b2d(a), r;
    if ((a >> 63) || !erange(exp64(a), FAST_IN_LO, 0x7ff)) {
        return false;
    }
    r = __builtin_sqrt(x);
    if (__builtin_fma(-r, r, x) != 0) {
        *fl |= RV_FF_NX;
    }
    *out = d2b(r);
    return true;
}

static inline bool fast_add32(uint32_t a, uint32_t b, uint32_t *out,
                              unsigned *fl)
{
    double x = b2f(a), y = b2f(b), s;
    if (exp32(a) == 0xff || exp32(b) == 0xff) {
        return false;
    }
    s = x + y;
    return fast_narrow(s, two_sum_err(x, y, s) != 0, out, fl);
}

/* The double product of two floats is exact (48 bits). */
static inline bool fast_mul32(uint32_t a, uint32_t b, uint32_t *out,
                              unsigned *fl)
{
    if (exp32(a) == 0xff || exp32(b) == 0xff) {
        return false;
    }
    return fast_narrow((double)b2f(a) * b2f(b), false, out, fl);
}

__attribute__((target("fma"))) static bool
fast_div32(uint32_t a, uint32_t b, uint32_t *out, unsigned *fl)
{
    double x = b2f(a), y = b2f(b), q;
    if (exp32(a) == 0xff || exp32(b) == 0xff) {
        return false;
    }
    q = x / y; /* 0 or inf (y == 0) fail the narrow range */
    return fast_narrow(q, __builtin_fma(-q, y, x) != 0, out, fl);
}

__attribute__((target("fma"))) static bool
fast_sqrt32(uint32_t a, uint32_t *out, unsigned *fl)
{
    double x = b2f(a), r;
    if ((a >> 31) || exp32(a) == 0xff) {
        return false;
    }
    r = __builtin_sqrt(x); /* sqrt(+0) fails the narrow range */
    return fast_narrow(r, __builtin_fma(-r, r, x) != 0, out, fl);
}

uint32_t rv_fpu_add32(uint32_t a, uint32_t b, int rm, unsigned *fl)
{
    uint32_t r;
    if (rm == RV_RM_RNE && fast_add32(a, b, &r, fl)) {
        return r;
    }
    if (rm == RV_RM_RMM && isnormsub32(a) && isnormsub32(b)) {
        return (uint32_t)soft_fma(&fmt32, a, 0x3f800000u, b, rm, fl);
    }
    return hw32(OP_ADD, a, b, rm, fl);
}

uint32_t rv_fpu_mul32(uint32_t a, uint32_t b, int rm, unsigned *fl)
{
    uint32_t r;
    if (rm == RV_RM_RNE && fast_mul32(a, b, &r, fl)) {
        return r;
    }
    if (rm == RV_RM_RMM && isnormsub32(a) && isnormsub32(b)) {
        return (uint32_t)soft_fma(&fmt32, a, b, 0, rm, fl);
    }
    return hw32(OP_MUL, a, b, rm, fl);
}

uint32_t rv_fpu_div32(uint32_t a, uint32_t b, int rm, unsigned *fl)
{
    uint32_t r;
    if (rm == RV_RM_RNE && have_hw_fma() && fast_div32(a, b, &r, fl)) {
        return r;
    }
    if (rm == RV_RM_RMM && isnormsub32(a) && isnormsub32(b)) {
        return (uint32_t)soft_div(&fmt32, a, b, rm, fl);
    }
    return hw32(OP_DIV, a, b, rm, fl);
}

uint32_t rv_fpu_sqrt32(uint32_t a, int rm, unsigned *fl)
{
    uint32_t r;
    if (rm == RV_RM_RNE && have_hw_fma() && fast_sqrt32(a, &r, fl)) {
        return r;
    }
    return hw32(OP_SQRT, a, 0, rm, fl);
}

uint64_t rv_fpu_add64(uint64_t a, uint64_t b, int rm, unsigned *fl)
{
    uint64_t r;
    if (rm == RV_RM_RNE && fast_add64(a, b, &r, fl)) {
        return r;
    }
    if (rm == RV_RM_RMM && isnormsub64(a) && isnormsub64(b)) {
        return soft_fma(&fmt64, a, 0x3ff0000000000000ull, b, rm, fl);
    }
    return hw64(OP_ADD, a, b, rm, fl);
}

uint64_t rv_fpu_mul64(uint64_t a, uint64_t b, int rm, unsigned *fl)
{
    uint64_t r;
    if (rm == RV_RM_RNE && have_hw_fma() && fast_mul64(a, b, &r, fl)) {
        return r;
    }
    if (rm == RV_RM_RMM && isnormsub64(a) && isnormsub64(b)) {
        return soft_fma(&fmt64, a, b, 0, rm, fl);
    }
    return hw64(OP_MUL, a, b, rm, fl);
}

uint64_t rv_fpu_div64(uint64_t a, uint64_t b, int rm, unsigned *fl)
{
    uint64_t r;
    if (rm == RV_RM_RNE && have_hw_fma() && fast_div64(a, b, &r, fl)) {
        return r;
    }
    if (rm == RV_RM_RMM && isnormsub64(a) && isnormsub64(b)) {
        return soft_div(&fmt64, a, b, rm, fl);
    }
    return hw64(OP_DIV, a, b, rm, fl);
}

uint64_t rv_fpu_sqrt64(uint64_t a, int rm, unsigned *fl)
{
    uint64_t r;
    if (rm == RV_RM_RNE && have_hw_fma() && fast_sqrt64(a, &r, fl)) {
        return r;
    }
    return hw64(OP_SQRT, a, 0, rm, fl);
}

/*
 * Fused multiply-add cases, shared by both widths. NaN operands give the
 * canonical NaN, with NV for a signaling NaN and for inf*0 even when c is
 * a quiet NaN (the RISC-V rule). Returns true if *r holds the result.
 */
static bool fma_special(const FFmt *f, uint64_t a, uint64_t b, uint64_t c,
                        uint64_t *r, unsigned *fl)
{
    int w = f->mbits + f->ebits;
    uint64_t mask = (1ull << w) - 1;
    uint64_t inf = ((1ull << f->ebits) - 1) << f->mbits;
    uint64_t qbit = 1ull << (f->mbits - 1);
    uint64_t am = a & mask, bm = b & mask, cm = c & mask;
    bool an = am > inf, bn = bm > inf, cn = cm > inf;
    bool inf_zero = (am == inf && bm == 0) || (am == 0 && bm == inf);

    if (an || bn || cn) {
        if ((an && !(a & qbit)) || (bn && !(b & qbit)) || (cn && !(c & qbit)) ||
            inf_zero) {
            *fl |= RV_FF_NV;
        }
        *r = inf | qbit;
        return true;
    }
    if (inf_zero) {
        *fl |= RV_FF_NV;
        *r = inf | qbit;
        return true;
    }
    if (am == inf || bm == inf) {
        uint64_t ps = ((a ^ b) >> w) & 1;
        if (cm == inf && ((c >> w) & 1) != ps) {
            *fl |= RV_FF_NV;
            *r = inf | qbit;
        } else {
            *r = (ps << w) | inf;
        }
        return true;
    }
    if (cm == inf) {
        *r = c;
        return true;
    }
    return false;
}

/* Product exactly zero (a or b zero, the other finite): 0 + c. */
static inline bool fma_zero_prod(const FFmt *f, uint64_t a, uint64_t b)
{
    uint64_t mask = (1ull << (f->mbits + f->ebits)) - 1;
    return (a & mask) == 0 || (b & mask) == 0;
}

uint32_t rv_fpu_fma32(uint32_t a, uint32_t b, uint32_t c, int rm, unsigned *fl)
{
    uint64_t r;
    if (fma_special(&fmt32, a, b, c, &r, fl)) {
        return (uint32_t)r;
    }
    if (fma_zero_prod(&fmt32, a, b)) {
        /* (±0) + c: exact except the sign of a zero sum, which depends
         * on rm as for an addition (RMM behaves as RNE). */
        uint32_t z = (a ^ b) & 0x80000000u;
        return hw32(OP_ADD, z, c, rm == RV_RM_RMM ? RV_RM_RNE : rm, fl);
    }
    if (rm != RV_RM_RMM && have_hw_fma()) {
        float x = b2f(a), y = b2f(b), z = b2f(c);
        uint32_t old = mx_enter(rm);
        __asm__ volatile("vfmadd231ss %2, %1, %0" : "+x"(z) : "x"(x), "x"(y));
        *fl |= mx_leave(old);
        return f2b(z);
    }
    return (uint32_t)soft_fma(&fmt32, a, b, c, rm, fl);
}

uint64_t rv_fpu_fma64(uint64_t a, uint64_t b, uint64_t c, int rm, unsigned *fl)
{
    uint64_t r;
    if (fma_special(&fmt64, a, b, c, &r, fl)) {
        return r;
    }
    if (fma_zero_prod(&fmt64, a, b)) {
        uint64_t z = (a ^ b) & (1ull << 63);
        return hw64(OP_ADD, z, c, rm == RV_RM_RMM ? RV_RM_RNE : rm, fl);
    }
    if (rm != RV_RM_RMM && have_hw_fma()) {
        double x = b2d(a), y = b2d(b), z = b2d(c);
        uint32_t old = mx_enter(rm);
        __asm__ volatile("vfmadd231sd %2, %1, %0" : "+x"(z) : "x"(x), "x"(y));
        *fl |= mx_leave(old);
        return d2b(z);
    }
    return soft_fma(&fmt64, a, b, c, rm, fl);
}

/* ---- min/max, compares, classify ------------------------------------ */

/* Total order key for non-NaN values: -0 < +0. */
static inline int64_t key32(uint32_t a)
{
    return (a & 0x80000000u) ? -(int64_t)(a & 0x7fffffffu) - 1 : (int64_t)a;
}
static inline int64_t key64(uint64_t a)
{
    return (a >> 63) ? -(int64_t)(a & ~(1ull << 63)) - 1 : (int64_t)a;
}

static uint32_t minmax32(uint32_t a, uint32_t b, bool max, unsigned *fl)
{
    bool an = isnan32(a), bn = isnan32(b);
    if (an || bn) {
        if (issnan32(a) || issnan32(b)) {
            *fl |= RV_FF_NV;
        }
        return an && bn ? RV_FPU_CANON_S : an ? b : a;
    }
    return (key32(a) < key32(b)) != max ? a : b;
}

static uint64_t minmax64(uint64_t a, uint64_t b, bool max, unsigned *fl)
{
    bool an = isnan64(a), bn = isnan64(b);
    if (an || bn) {
        if (issnan64(a) || issnan64(b)) {
            *fl |= RV_FF_NV;
        }
        return an && bn ? RV_FPU_CANON_D : an ? b : a;
    }
    return (key64(a) < key64(b)) != max ? a : b;
}

/* Compare kinds: 0 eq (quiet), 1 lt, 2 le (signaling). */
static uint64_t cmp32(uint32_t a, uint32_t b, int kind)
{
    if (isnan32(a) || isnan32(b)) {
        bool nv = kind ? true : (issnan32(a) || issnan32(b));
        return nv ? (uint64_t)RV_FF_NV << 32 : 0;
    }
    if (((a | b) & 0x7fffffffu) == 0) {
        return kind != 1; /* -0 == +0 */
    }
    switch (kind) {
    case 0:
        return a == b;
    case 1:
        return key32(a) < key32(b);
    default:
        return key32(a) <= key32(b);
    }
}

static uint64_t cmp64(uint64_t a, uint64_t b, int kind)
{
    if (isnan64(a) || isnan64(b)) {
        bool nv = kind ? true : (issnan64(a) || issnan64(b));
        return nv ? (uint64_t)RV_FF_NV << 32 : 0;
    }
    if (((a | b) & ~(1ull << 63)) == 0) {
        return kind != 1;
    }
    switch (kind) {
    case 0:
        return a == b;
    case 1:
        return key64(a) < key64(b);
    default:
        return key64(a) <= key64(b);
    }
}

static uint64_t fclass(const FFmt *f, uint64_t x)
{
    int w = f->mbits + f->ebits;
    uint64_t mag = x & ((1ull << w) - 1);
    uint64_t inf = ((1ull << f->ebits) - 1) << f->mbits;
    int neg = (x >> w) & 1;

    if (mag > inf) {
        return (x >> (f->mbits - 1)) & 1 ? 1 << 9 : 1 << 8;
    }
    if (mag == inf) {
        return neg ? 1 << 0 : 1 << 7;
    }
    if (mag == 0) {
        return neg ? 1 << 3 : 1 << 4;
    }
    if (mag < (1ull << f->mbits)) {
        return neg ? 1 << 2 : 1 << 5;
    }
    return neg ? 1 << 1 : 1 << 6;
}

/* ---- conversions --------------------------------------------------- */

/*
 * Conversions on the host (TUNING_fp_nx): a value below 2^62 in magnitude
 * converts to int64 exactly as rounded, by cvttsd2si in RTZ or cvtsd2si
 * under the default MXCSR in RNE; it is inexact iff the integer differs
 * from it, and out of range (NV, left to the exact path) iff the integer
 * does not fit. The other way, an integer rounds to double or float once
 * by the C conversion (RNE), inexact iff it has bits below the format's
 * precision.
 */
static inline bool fast_f2i(double x, int rm, bool sgn, int bits,
                            uint64_t *out, unsigned *fl)
{
    int64_t v;

    if (!(__builtin_fabs(x) < 0x1p62)) {
        return false; /* also NaN */
    }
    if (rm == RV_RM_RTZ) {
        v = (int64_t)x;
    } else if (rm == RV_RM_RNE) {
        v = _mm_cvtsd_si64(_mm_set_sd(x));
    } else {
        return false;
    }
    if (sgn ? bits == 32 && (v < INT32_MIN || v > INT32_MAX)
            : v < 0 || (bits == 32 && v > UINT32_MAX)) {
        return false;
    }
    if ((double)v != x) {
        *fl |= RV_FF_NX;
    }
    *out = bits == 32 ? (uint64_t)(int64_t)(int32_t)v : (uint64_t)v;
    return true;
}

/* mag has bits below the top p (its rounding to p bits is inexact). */
static inline bool i2f_inexact(uint64_t mag, int p)
{
    int drop;

    if (mag >> p == 0) {
        return false;
    }
    drop = 64 - __builtin_clzll(mag) - p;
    return (mag & ((1ull << drop) - 1)) != 0;
}

/* Float (format f) to a `bits`-wide integer, saturating with NV; NaN gives
 * the largest positive value. 32-bit results are sign-extended. */
static uint64_t f2i(const FFmt *f, uint64_t x, int rm, bool sgn, int bits,
                    unsigned *fl)
{
    int w = f->mbits + f->ebits;
    uint64_t mag = x & ((1ull << w) - 1);
    uint64_t inf = ((1ull << f->ebits) - 1) << f->mbits;
    int neg = (x >> w) & 1;
    uint64_t umax = bits == 64 ? ~0ull : 0xffffffffull;
    uint64_t smax = umax >> 1;
    uint64_t r;
    bool inexact;
    u128 q;
    SfUnpacked u;

    if (tuning_on(TUNING_fp_nx) &&
        fast_f2i(f == &fmt32 ? (double)b2f((uint32_t)x) : b2d(x), rm, sgn,
                 bits, &r, fl)) {
        return r;
    }
    if (mag == 0) {
        return 0;
    }
    if (mag > inf) {
        neg = 0;
        goto invalid;
    }
    if (mag == inf) {
        goto invalid;
    }
    u = sf_unpack(f, x);
    if (u.exp > 64) {
        goto invalid;
    }
    q = shift_round(u.sig, -u.exp, neg, rm, &inexact);
    if (sgn) {
        if (q > (u128)smax + neg) {
            goto invalid;
        }
        r = neg ? -(uint64_t)q : (uint64_t)q;
    } else {
        if ((neg && q != 0) || q > umax) {
            goto invalid;
        }
        r = (uint64_t)q;
    }
    if (inexact) {
        *fl |= RV_FF_NX;
    }
    return bits == 32 ? (uint64_t)(int64_t)(int32_t)r : r;

invalid:
    *fl |= RV_FF_NV;
    if (sgn) {
        r = neg ? ~smax : smax;
    } else {
        r = neg ? 0 : umax;
    }
    return bits == 32 ? (uint64_t)(int64_t)(int32_t)r : r;
}

/* Integer magnitude with sign to float format f. */
static uint64_t i2f(const FFmt *f, int neg, uint64_t mag, int rm, unsigned *fl)
{
    if (mag == 0) {
        return 0;
    }
    return round_pack(f, neg, 0, mag, rm, fl);
}

/* ---- helpers: single precision, pure, (flags << 32) | result ------- */

/* The arithmetic helpers here and below are noinline: they are the
 * fallbacks of the *_nx helpers at the end, which must stay small (a tail
 * call, no frame, on their fast path). */

static inline uint64_t pack_s(uint32_t r, unsigned fl)
{
    return ((uint64_t)fl << 32) | r;
}

__attribute__((noinline)) uint64_t
rv_fpu_fadd_s(uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r = rv_fpu_add32(unbox(a), unbox(b), (int)rm, &fl);
    return pack_s(r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fsub_s(uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r = rv_fpu_add32(unbox(a), unbox(b) ^ 0x80000000u, (int)rm, &fl);
    return pack_s(r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fmul_s(uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r = rv_fpu_mul32(unbox(a), unbox(b), (int)rm, &fl);
    return pack_s(r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fdiv_s(uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r = rv_fpu_div32(unbox(a), unbox(b), (int)rm, &fl);
    return pack_s(r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fsqrt_s(uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r = rv_fpu_sqrt32(unbox(a), (int)rm, &fl);
    return pack_s(r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fmadd_s(uint64_t a, uint64_t b, uint64_t c, uint64_t rm,
                        uint64_t neg)
{
    unsigned fl = 0;
    uint32_t x = unbox(a), z = unbox(c), r;
    x ^= (neg & RV_FMA_NEG_PROD) ? 0x80000000u : 0;
    z ^= (neg & RV_FMA_NEG_ADD) ? 0x80000000u : 0;
    r = rv_fpu_fma32(x, unbox(b), z, (int)rm, &fl);
    return pack_s(r, fl);
}

uint64_t rv_fpu_fmin_s(uint64_t a, uint64_t b)
{
    unsigned fl = 0;
    uint32_t r = minmax32(unbox(a), unbox(b), false, &fl);
    return pack_s(r, fl);
}

uint64_t rv_fpu_fmax_s(uint64_t a, uint64_t b)
{
    unsigned fl = 0;
    uint32_t r = minmax32(unbox(a), unbox(b), true, &fl);
    return pack_s(r, fl);
}

uint64_t rv_fpu_feq_s(uint64_t a, uint64_t b)
{
    return cmp32(unbox(a), unbox(b), 0);
}
uint64_t rv_fpu_flt_s(uint64_t a, uint64_t b)
{
    return cmp32(unbox(a), unbox(b), 1);
}
uint64_t rv_fpu_fle_s(uint64_t a, uint64_t b)
{
    return cmp32(unbox(a), unbox(b), 2);
}
uint64_t rv_fpu_feq_d(uint64_t a, uint64_t b)
{
    return cmp64(a, b, 0);
}
uint64_t rv_fpu_flt_d(uint64_t a, uint64_t b)
{
    return cmp64(a, b, 1);
}
uint64_t rv_fpu_fle_d(uint64_t a, uint64_t b)
{
    return cmp64(a, b, 2);
}

uint64_t rv_fpu_fclass_s(uint64_t a)
{
    return fclass(&fmt32, unbox(a));
}
uint64_t rv_fpu_fclass_d(uint64_t a)
{
    return fclass(&fmt64, a);
}

static uint64_t cvt_to_w(const FFmt *f, uint64_t x, uint64_t rm, bool sgn)
{
    unsigned fl = 0;
    uint64_t r = f2i(f, x, (int)rm, sgn, 32, &fl);
    return pack_s((uint32_t)r, fl);
}

uint64_t rv_fpu_fcvt_w_s(uint64_t a, uint64_t rm)
{
    return cvt_to_w(&fmt32, unbox(a), rm, true);
}
uint64_t rv_fpu_fcvt_wu_s(uint64_t a, uint64_t rm)
{
    return cvt_to_w(&fmt32, unbox(a), rm, false);
}
uint64_t rv_fpu_fcvt_w_d(uint64_t a, uint64_t rm)
{
    return cvt_to_w(&fmt64, a, rm, true);
}
uint64_t rv_fpu_fcvt_wu_d(uint64_t a, uint64_t rm)
{
    return cvt_to_w(&fmt64, a, rm, false);
}

static uint64_t cvt_i_to_s(int neg, uint64_t mag, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r;
    if (mag < (1u << 24) ||
        (rm == RV_RM_RNE && tuning_on(TUNING_fp_nx))) {
        float v = (float)mag;
        r = f2b(neg ? -v : v);
        fl = i2f_inexact(mag, 24) ? RV_FF_NX : 0;
    } else {
        r = (uint32_t)i2f(&fmt32, neg, mag, (int)rm, &fl);
    }
    return pack_s(r, fl);
}

uint64_t rv_fpu_fcvt_s_w(uint64_t a, uint64_t rm)
{
    int32_t v = (int32_t)a;
    return cvt_i_to_s(v < 0, v < 0 ? -(uint64_t)(int64_t)v : (uint64_t)v, rm);
}

uint64_t rv_fpu_fcvt_s_wu(uint64_t a, uint64_t rm)
{
    return cvt_i_to_s(0, (uint32_t)a, rm);
}

uint64_t rv_fpu_fcvt_s_l(uint64_t a, uint64_t rm)
{
    int64_t v = (int64_t)a;
    return cvt_i_to_s(v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v, rm);
}

uint64_t rv_fpu_fcvt_s_lu(uint64_t a, uint64_t rm)
{
    return cvt_i_to_s(0, a, rm);
}

uint64_t rv_fpu_fcvt_s_d(uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint32_t r;

    if (rm == RV_RM_RNE && fast_narrow(b2d(a), false, &r, &fl)) {
        return pack_s(r, fl);
    }
    if (isnan64(a)) {
        fl = issnan64(a) ? RV_FF_NV : 0;
        r = RV_FPU_CANON_S;
    } else if (rm == RV_RM_RMM && isnormsub64(a)) {
        SfUnpacked u = sf_unpack(&fmt64, a);
        r = (uint32_t)round_pack(&fmt32, u.sign, u.exp, u.sig, (int)rm, &fl);
    } else {
        double x = b2d(a);
        float y;
        uint32_t old = mx_enter((int)rm);
        __asm__ volatile("cvtsd2ss %1, %0" : "=x"(y) : "x"(x));
        fl = mx_leave(old);
        r = f2b(y);
    }
    return pack_s(r, fl);
}

uint64_t rv_fpu_fcvt_d_w(uint64_t a)
{
    return d2b((double)(int32_t)a);
}
uint64_t rv_fpu_fcvt_d_wu(uint64_t a)
{
    return d2b((double)(uint32_t)a);
}

/* ---- helpers: 64-bit results, flags accrued into env->fflags -------- */

static inline uint64_t accrue(uint64_t env, uint64_t r, unsigned fl)
{
    if (fl) {
        ((CPURISCVState *)(uintptr_t)env)->fflags |= fl;
    }
    return r;
}

__attribute__((noinline)) uint64_t
rv_fpu_fadd_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = rv_fpu_add64(a, b, (int)rm, &fl);
    return accrue(env, r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fsub_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = rv_fpu_add64(a, b ^ (1ull << 63), (int)rm, &fl);
    return accrue(env, r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fmul_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = rv_fpu_mul64(a, b, (int)rm, &fl);
    return accrue(env, r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fdiv_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = rv_fpu_div64(a, b, (int)rm, &fl);
    return accrue(env, r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fsqrt_d(uint64_t env, uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = rv_fpu_sqrt64(a, (int)rm, &fl);
    return accrue(env, r, fl);
}

__attribute__((noinline)) uint64_t
rv_fpu_fmadd_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                        uint64_t rm, uint64_t neg)
{
    unsigned fl = 0;
    uint64_t r;
    a ^= (neg & RV_FMA_NEG_PROD) ? 1ull << 63 : 0;
    c ^= (neg & RV_FMA_NEG_ADD) ? 1ull << 63 : 0;
    r = rv_fpu_fma64(a, b, c, (int)rm, &fl);
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fmin_d(uint64_t env, uint64_t a, uint64_t b)
{
    unsigned fl = 0;
    uint64_t r = minmax64(a, b, false, &fl);
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fmax_d(uint64_t env, uint64_t a, uint64_t b)
{
    unsigned fl = 0;
    uint64_t r = minmax64(a, b, true, &fl);
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fcvt_l_s(uint64_t env, uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = f2i(&fmt32, unbox(a), (int)rm, true, 64, &fl);
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fcvt_lu_s(uint64_t env, uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = f2i(&fmt32, unbox(a), (int)rm, false, 64, &fl);
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fcvt_l_d(uint64_t env, uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = f2i(&fmt64, a, (int)rm, true, 64, &fl);
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fcvt_lu_d(uint64_t env, uint64_t a, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r = f2i(&fmt64, a, (int)rm, false, 64, &fl);
    return accrue(env, r, fl);
}

static uint64_t cvt_i_to_d(uint64_t env, int neg, uint64_t mag, uint64_t rm)
{
    unsigned fl = 0;
    uint64_t r;
    if (mag < (1ull << 53) ||
        (rm == RV_RM_RNE && tuning_on(TUNING_fp_nx))) {
        double v = (double)mag;
        r = d2b(neg ? -v : v);
        fl = i2f_inexact(mag, 53) ? RV_FF_NX : 0;
    } else {
        r = i2f(&fmt64, neg, mag, (int)rm, &fl);
    }
    return accrue(env, r, fl);
}

uint64_t rv_fpu_fcvt_d_l(uint64_t env, uint64_t a, uint64_t rm)
{
    int64_t v = (int64_t)a;
    return cvt_i_to_d(env, v < 0, v < 0 ? -(uint64_t)v : (uint64_t)v, rm);
}

uint64_t rv_fpu_fcvt_d_lu(uint64_t env, uint64_t a, uint64_t rm)
{
    return cvt_i_to_d(env, 0, a, rm);
}

uint64_t rv_fpu_fcvt_d_s(uint64_t env, uint64_t a)
{
    uint32_t x = unbox(a);
    if (isnan32(x)) {
        return accrue(env, RV_FPU_CANON_D, issnan32(x) ? RV_FF_NV : 0);
    }
    return d2b((double)b2f(x));
}

/* ---- helpers for the common state (TUNING_fp_nx, TUNING_fma_nx) ---- */

/*
 * Nearly every FP program runs in RNE and sets the sticky NX flag early.
 * In that state an operation whose result is finite and far from the
 * subnormal range raises nothing not already accrued: NV comes only with
 * a NaN result (an invalid operation or a NaN operand), DZ and OF (in
 * RNE) only with an infinite one, UF only with a tiny one, and NX is set.
 * An infinite or NaN operand always gives an infinite, NaN or zero result
 * (x / inf), so testing the result's exponent is enough: the bare host
 * operation (MXCSR in its default state: RNE, no DAZ/FTZ) is the whole
 * instruction, with no flag to accrue. An improperly boxed single reads
 * as the canonical NaN and fails the test too. Anything else calls the
 * exact helper. The translator picks these helpers (only for rm RNE or
 * dynamic); the fused ones only on a host with FMA.
 *
 * Single-precision ones take env as well (to read fflags) and, unlike the
 * exact ones, accrue their flags there themselves and return the plain
 * result: the generated code only boxes it.
 */
static inline bool nx_state(uint64_t env, uint64_t rm)
{
    return rm == RV_RM_RNE &&
           (((const CPURISCVState *)(uintptr_t)env)->fflags & RV_FF_NX);
}

static inline bool nx_ok_s(uint32_t r)
{
    return erange(exp32(r), FAST_S_LO, FAST_S_HI);
}

static inline bool nx_ok_d(uint64_t r)
{
    return erange(exp64(r), FAST_D_LO, FAST_D_HI);
}

/* An exact single-precision helper's (fflags << 32) | result, accrued. */
static inline uint64_t accrue_s(uint64_t env, uint64_t ret)
{
    if (ret >> 32) {
        ((CPURISCVState *)(uintptr_t)env)->fflags |= ret >> 32;
    }
    return (uint32_t)ret;
}

bool rv_fpu_nx_fma_ok(void)
{
    return have_hw_fma();
}

#define NX2_DEF(name, expr)                                                    \
    uint64_t rv_fpu_##name##_s_nx(uint64_t env, uint64_t a, uint64_t b,        \
                                  uint64_t rm)                                 \
    {                                                                          \
        float x = b2f(unbox(a)), y = b2f(unbox(b));                            \
        uint32_t r = f2b(expr);                                                \
        if (nx_ok_s(r) && nx_state(env, rm)) {                                 \
            return r;                                                          \
        }                                                                      \
        return accrue_s(env, rv_fpu_##name##_s(a, b, rm));                     \
    }                                                                          \
    uint64_t rv_fpu_##name##_d_nx(uint64_t env, uint64_t a, uint64_t b,        \
                                  uint64_t rm)                                 \
    {                                                                          \
        double x = b2d(a), y = b2d(b);                                         \
        uint64_t r = d2b(expr);                                                \
        if (nx_ok_d(r) && nx_state(env, rm)) {                                 \
            return r;                                                          \
        }                                                                      \
        return rv_fpu_##name##_d(env, a, b, rm);                               \
    }
NX2_DEF(fadd, x + y)
NX2_DEF(fsub, x - y)
NX2_DEF(fmul, x * y)
NX2_DEF(fdiv, x / y)
#undef NX2_DEF

/* A negative operand (-0, a NaN or an invalid one) is left to the exact
 * helper, so the host square root never sees one. */
uint64_t rv_fpu_fsqrt_s_nx(uint64_t env, uint64_t a, uint64_t rm)
{
    uint32_t x = unbox(a), r;
    if (!(x >> 31)) {
        r = f2b(__builtin_sqrtf(b2f(x)));
        if (nx_ok_s(r) && nx_state(env, rm)) {
            return r;
        }
    }
    return accrue_s(env, rv_fpu_fsqrt_s(a, rm));
}

uint64_t rv_fpu_fsqrt_d_nx(uint64_t env, uint64_t a, uint64_t rm)
{
    uint64_t r;
    if (!(a >> 63)) {
        r = d2b(__builtin_sqrt(b2d(a)));
        if (nx_ok_d(r) && nx_state(env, rm)) {
            return r;
        }
    }
    return rv_fpu_fsqrt_d(env, a, rm);
}

/* (+-a) * b + (+-c): negating operands negates the exact result, and RNE
 * rounds symmetrically. */
__attribute__((target("fma"))) uint64_t
rv_fpu_fmadd_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                  uint64_t rm, uint64_t neg)
{
    uint32_t x = unbox(a), z = unbox(c), r;
    x ^= (neg & RV_FMA_NEG_PROD) ? 0x80000000u : 0;
    z ^= (neg & RV_FMA_NEG_ADD) ? 0x80000000u : 0;
    r = f2b(__builtin_fmaf(b2f(x), b2f(unbox(b)), b2f(z)));
    if (nx_ok_s(r) && nx_state(env, rm)) {
        return r;
    }
    return accrue_s(env, rv_fpu_fmadd_s(a, b, c, rm, neg));
}

__attribute__((target("fma"))) uint64_t
rv_fpu_fmadd_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                  uint64_t rm, uint64_t neg)
{
    uint64_t x = a ^ ((neg & RV_FMA_NEG_PROD) ? 1ull << 63 : 0);
    uint64_t z = c ^ ((neg & RV_FMA_NEG_ADD) ? 1ull << 63 : 0);
    uint64_t r = d2b(__builtin_fma(b2d(x), b2d(b), b2d(z)));
    if (nx_ok_d(r) && nx_state(env, rm)) {
        return r;
    }
    return rv_fpu_fmadd_d(env, a, b, c, rm, neg);
}

/* ---- slow paths of IR fop (TUNING_fp_inline) ---- */

#define FOP2(name)                                                             \
    uint64_t rv_fpu_fop_##name(uint64_t env, uint64_t a, uint64_t b,           \
                               uint64_t c, uint64_t rm)                        \
    {                                                                          \
        (void)c;                                                               \
        return rv_fpu_##name##_nx(env, a, b, rm);                              \
    }
FOP2(fadd_s)
FOP2(fsub_s)
FOP2(fmul_s)
FOP2(fdiv_s)
FOP2(fadd_d)
FOP2(fsub_d)
FOP2(fmul_d)
FOP2(fdiv_d)
#undef FOP2

uint64_t rv_fpu_fop_fsqrt_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                            uint64_t rm)
{
    (void)b, (void)c;
    return rv_fpu_fsqrt_s_nx(env, a, rm);
}

uint64_t rv_fpu_fop_fsqrt_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                            uint64_t rm)
{
    (void)b, (void)c;
    return rv_fpu_fsqrt_d_nx(env, a, rm);
}

/* kind = (insn >> 2) & 3: bit 0 negates the addend, bit 1 the product. */
#define FOP_FMA(p, kind)                                                       \
    uint64_t rv_fpu_fop_fma_##p##kind(uint64_t env, uint64_t a, uint64_t b,    \
                                      uint64_t c, uint64_t rm)                 \
    {                                                                          \
        return rv_fpu_fmadd_##p##_nx(                                          \
            env, a, b, c, rm,                                                  \
            ((kind & 1) ? RV_FMA_NEG_ADD : 0) |                                \
                ((kind & 2) ? RV_FMA_NEG_PROD : 0));                           \
    }
FOP_FMA(s, 0)
FOP_FMA(s, 1)
FOP_FMA(s, 2)
FOP_FMA(s, 3)
FOP_FMA(d, 0)
FOP_FMA(d, 1)
FOP_FMA(d, 2)
FOP_FMA(d, 3)
#undef FOP_FMA
