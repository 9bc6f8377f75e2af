/*
 * Pieces shared by the guest FPU emulations (frontends/<arch>/fpu.c):
 * host float <-> bit casts, the binary format description, unpacking to
 * integer significands, 128-bit shifting with rounding, the exact
 * significand steps of fused multiply-add and division, and the range
 * tests of the plain-C fast paths. All static inline: the fast-path tests
 * sit on hot paths. What is architecture specific (NaN rules, tininess
 * detection, flushing, flag bits, the final round-and-pack) stays in each
 * frontend.
 */
#ifndef TRANSLATOR_SOFTFLOAT_UTIL_H
#define TRANSLATOR_SOFTFLOAT_UTIL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef unsigned __int128 u128;

/* ---- host values and their bits ------------------------------------ */

static inline float b2f(uint32_t x)
{
    float f;
    memcpy(&f, &x, 4);
    return f;
}
static inline uint32_t f2b(float f)
{
    uint32_t x;
    memcpy(&x, &f, 4);
    return x;
}
static inline double b2d(uint64_t x)
{
    double d;
    memcpy(&d, &x, 8);
    return d;
}
static inline uint64_t d2b(double d)
{
    uint64_t x;
    memcpy(&x, &d, 8);
    return x;
}

/* Whether the host has FMA; *state is -1 until probed. Setting it (for
 * tests of the fallbacks) returns the old value. */
static inline bool sf_have_hw_fma(int *state)
{
    if (__builtin_expect(*state < 0, 0)) {
        *state = __builtin_cpu_supports("fma") != 0;
    }
    return *state;
}
static inline int sf_set_hw_fma(int *state, int on)
{
    int old = *state < 0 ? __builtin_cpu_supports("fma") != 0 : *state;
    *state = on && __builtin_cpu_supports("fma");
    return old;
}

/* ---- host SSE arithmetic ------------------------------------------- */

enum { SF_OP_ADD, SF_OP_SUB, SF_OP_MUL, SF_OP_DIV, SF_OP_SQRT, SF_OP_FMA };

/* x op y (SQRT: sqrt(x); FMA: x * y + z) on the host SSE unit under the
 * caller's MXCSR. The asm statements are volatile so the compiler cannot
 * move the arithmetic across the caller's MXCSR writes. */
static inline float sf_sse32(int op, float x, float y, float z)
{
    switch (op) {
    case SF_OP_ADD:
        __asm__ volatile("addss %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_SUB:
        __asm__ volatile("subss %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_MUL:
        __asm__ volatile("mulss %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_DIV:
        __asm__ volatile("divss %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_SQRT:
        __asm__ volatile("sqrtss %1, %0" : "=x"(x) : "x"(x));
        break;
    default:
        __asm__ volatile("vfmadd231ss %2, %1, %0" : "+x"(z) : "x"(x), "x"(y));
        x = z;
        break;
    }
    return x;
}

static inline double sf_sse64(int op, double x, double y, double z)
{
    switch (op) {
    case SF_OP_ADD:
        __asm__ volatile("addsd %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_SUB:
        __asm__ volatile("subsd %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_MUL:
        __asm__ volatile("mulsd %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_DIV:
        __asm__ volatile("divsd %1, %0" : "+x"(x) : "x"(y));
        break;
    case SF_OP_SQRT:
        __asm__ volatile("sqrtsd %1, %0" : "=x"(x) : "x"(x));
        break;
    default:
        __asm__ volatile("vfmadd231sd %2, %1, %0" : "+x"(z) : "x"(x), "x"(y));
        x = z;
        break;
    }
    return x;
}

/* ---- formats and exact significands -------------------------------- */

typedef struct SfFmt {
    int mbits; /* stored fraction bits */
    int ebits;
    int emin; /* exponent of the smallest normal: 1 - bias */
    int bias;
    int emax; /* exponent of the largest normal */
} SfFmt;

/* A finite nonzero value: (-1)^sign * sig * 2^exp. */
typedef struct SfUnpacked {
    int sign;
    int exp;
    uint64_t sig;
} SfUnpacked;

static inline SfUnpacked sf_unpack(const SfFmt *f, uint64_t x)
{
    SfUnpacked u;
    int e = (int)((x >> f->mbits) & ((1u << f->ebits) - 1));
    uint64_t m = x & ((1ull << f->mbits) - 1);

    u.sign = (int)((x >> (f->mbits + f->ebits)) & 1);
    if (e == 0) {
        u.sig = m;
        u.exp = f->emin - f->mbits;
    } else {
        u.sig = m | (1ull << f->mbits);
        u.exp = e - f->bias - f->mbits;
    }
    return u;
}

static inline int sf_msb128(u128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)x);
}

/* Rounding directions of sf_shift_round (the Arm FPCR.RMode order, then
 * the two modes only instructions select). */
enum {
    SF_RND_N = 0, /* nearest, ties to even */
    SF_RND_P = 1, /* towards +inf */
    SF_RND_M = 2, /* towards -inf */
    SF_RND_Z = 3, /* towards zero */
    SF_RND_A = 4, /* nearest, ties away from zero */
    SF_RND_O = 5, /* to odd */
};

/* sig / 2^sh rounded in direction rm for a value of sign `sign`; sets
 * *inexact. */
static inline u128 sf_shift_round(u128 sig, int sh, int sign, int rm,
                                  bool *inexact)
{
    u128 q, rem, half;
    bool up;

    if (sh <= 0) {
        *inexact = false;
        return sig << -sh;
    }
    if (sh > 128) {
        q = 0;
        rem = sig;
        half = 0; /* rem is far below half */
    } else if (sh == 128) {
        q = 0;
        rem = sig;
        half = (u128)1 << 127;
    } else {
        q = sig >> sh;
        rem = sig & (((u128)1 << sh) - 1);
        half = (u128)1 << (sh - 1);
    }
    *inexact = rem != 0;
    if (!rem) {
        return q;
    }
    switch (rm) {
    case SF_RND_N:
        up = half && (rem > half || (rem == half && (q & 1)));
        break;
    case SF_RND_A:
        up = half && rem >= half;
        break;
    case SF_RND_P:
        up = !sign;
        break;
    case SF_RND_M:
        up = sign;
        break;
    case SF_RND_O:
        return q | 1;
    default:
        up = false;
        break;
    }
    return q + up;
}

/* x >> d, ORing any bits shifted out into bit 0 (round to odd). */
static inline u128 sf_shift_jam(u128 x, int d)
{
    if (d == 0) {
        return x;
    }
    if (d >= 127) {
        return x != 0;
    }
    return (x >> d) | ((x & (((u128)1 << d) - 1)) != 0);
}

/* The exact (sticky) sum of the product (-1)^sp * p * 2^*ep (p != 0) and
 * the nonzero addend c; returns its magnitude (0 on exact cancellation)
 * with the sign in *sign and the exponent in *ep. */
static inline u128 sf_add_product(u128 p, int sp, int *ep, SfUnpacked c,
                                  int *sign)
{
    int e = *ep, ec, sh;
    u128 cc, sum;

    /* Both terms normalized to bit 125: two bits of carry headroom. */
    sh = 125 - sf_msb128(p);
    p <<= sh;
    e -= sh;
    sh = 125 - sf_msb128(c.sig);
    cc = (u128)c.sig << sh;
    ec = c.exp - sh;
    if (e >= ec) {
        cc = sf_shift_jam(cc, e - ec);
    } else {
        p = sf_shift_jam(p, ec - e);
        e = ec;
    }
    if (sp == c.sign) {
        sum = p + cc;
        *sign = sp;
    } else if (p >= cc) {
        sum = p - cc;
        *sign = sp;
    } else {
        sum = cc - p;
        *sign = c.sign;
    }
    *ep = e;
    return sum;
}

/* The sticky quotient of a / b, both finite nonzero, with its sign and
 * exponent; it has at least 63 bits, far more than p + 2. */
static inline u128 sf_div_sig(const SfFmt *f, uint64_t a, uint64_t b,
                              int *sign, int *exp)
{
    SfUnpacked ua = sf_unpack(f, a), ub = sf_unpack(f, b);
    u128 n, q;
    int sh;

    sh = 63 - __builtin_clzll(ua.sig);
    ua.sig <<= f->mbits - sh;
    ua.exp -= f->mbits - sh;
    sh = 63 - __builtin_clzll(ub.sig);
    ub.sig <<= f->mbits - sh;
    ub.exp -= f->mbits - sh;
    n = (u128)ua.sig << 64;
    q = n / ub.sig;
    q |= (n % ub.sig) != 0;
    *sign = ua.sign ^ ub.sign;
    *exp = ua.exp - ub.exp - 64;
    return q;
}

/* ---- plain-C fast paths ------------------------------------------- */

/*
 * In round to nearest with no flushing, plain C arithmetic (MXCSR in its
 * default state) gives the IEEE result; the flags follow from it alone
 * when operands and result are finite and far from the subnormal range.
 * The inexact flag then comes from an exact error term: TwoSum for add,
 * an fma() residual for mul/div/sqrt, representable in these ranges.
 */

/* Biased exponent fields, and lo <= e < hi in one compare. */
static inline unsigned exp32(uint32_t x)
{
    return (x >> 23) & 0xff;
}
static inline unsigned exp64(uint64_t x)
{
    return (x >> 52) & 0x7ff;
}
static inline bool erange(unsigned e, unsigned lo, unsigned hi)
{
    return e - lo < hi - lo;
}

enum {
    FAST_D_LO = 1023 - 959, /* double results: [2^-959, DBL_MAX] */
    FAST_D_HI = 0x7ff,
    FAST_S_LO = 127 - 100, /* float results: [2^-100, FLT_MAX] */
    FAST_S_HI = 0xff,
    FAST_IN_LO = 1023 - 899, /* div/sqrt operands: [2^-899, 2^900) */
    FAST_IN_HI = 1023 + 900,
};

/* x + y exactly equals s + the returned error (TwoSum). */
static inline double two_sum_err(double x, double y, double s)
{
    double yy = s - x, xx = s - yy;
    return (x - xx) + (y - yy);
}

#endif
