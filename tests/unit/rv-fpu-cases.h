/*
 * The RISC-V F/D helper test cases, shared by tests/unit/test-rv-fpu.c (runs
 * mimic's helpers on the host) and tests/unit/rv-fpu-oracle.c (runs the real
 * instructions under the reference emulator and produces
 * rv-fpu-expected.h). Both walk the same deterministic, edge-biased inputs
 * and hash (result, fflags) per (op, rounding mode).
 *
 * The generator uses host float arithmetic only in RNE on finite values,
 * so it gives identical inputs on x86-64 and riscv64 (build both with
 * -ffp-contract=off).
 */
#ifndef RV_FPU_CASES_H
#define RV_FPU_CASES_H

#include <stdint.h>
#include <string.h>

enum { KN, KS, KD, KI };

/* X(name, insn, form, operands, has_rm, kind_a, kind_b, kind_c)
 * form FF: f regs -> f reg; FX: f regs -> x reg; XF: x reg -> f reg. */
#define RV_FPU_OPS(X)                                                     \
    X(fadd_s, "fadd.s", FF, "ft0,ft1", 1, KS, KS, KN)                     \
    X(fsub_s, "fsub.s", FF, "ft0,ft1", 1, KS, KS, KN)                     \
    X(fmul_s, "fmul.s", FF, "ft0,ft1", 1, KS, KS, KN)                     \
    X(fdiv_s, "fdiv.s", FF, "ft0,ft1", 1, KS, KS, KN)                     \
    X(fsqrt_s, "fsqrt.s", FF, "ft0", 1, KS, KN, KN)                       \
    X(fmadd_s, "fmadd.s", FF, "ft0,ft1,ft2", 1, KS, KS, KS)               \
    X(fmsub_s, "fmsub.s", FF, "ft0,ft1,ft2", 1, KS, KS, KS)               \
    X(fnmsub_s, "fnmsub.s", FF, "ft0,ft1,ft2", 1, KS, KS, KS)             \
    X(fnmadd_s, "fnmadd.s", FF, "ft0,ft1,ft2", 1, KS, KS, KS)             \
    X(fmin_s, "fmin.s", FF, "ft0,ft1", 0, KS, KS, KN)                     \
    X(fmax_s, "fmax.s", FF, "ft0,ft1", 0, KS, KS, KN)                     \
    X(feq_s, "feq.s", FX, "ft0,ft1", 0, KS, KS, KN)                       \
    X(flt_s, "flt.s", FX, "ft0,ft1", 0, KS, KS, KN)                       \
    X(fle_s, "fle.s", FX, "ft0,ft1", 0, KS, KS, KN)                       \
    X(fclass_s, "fclass.s", FX, "ft0", 0, KS, KN, KN)                     \
    X(fcvt_w_s, "fcvt.w.s", FX, "ft0", 1, KS, KN, KN)                     \
    X(fcvt_wu_s, "fcvt.wu.s", FX, "ft0", 1, KS, KN, KN)                   \
    X(fcvt_l_s, "fcvt.l.s", FX, "ft0", 1, KS, KN, KN)                     \
    X(fcvt_lu_s, "fcvt.lu.s", FX, "ft0", 1, KS, KN, KN)                   \
    X(fcvt_s_w, "fcvt.s.w", XF, "", 1, KI, KN, KN)                        \
    X(fcvt_s_wu, "fcvt.s.wu", XF, "", 1, KI, KN, KN)                      \
    X(fcvt_s_l, "fcvt.s.l", XF, "", 1, KI, KN, KN)                        \
    X(fcvt_s_lu, "fcvt.s.lu", XF, "", 1, KI, KN, KN)                      \
    X(fcvt_s_d, "fcvt.s.d", FF, "ft0", 1, KD, KN, KN)                     \
    X(fcvt_d_s, "fcvt.d.s", FF, "ft0", 0, KS, KN, KN)                     \
    X(fadd_d, "fadd.d", FF, "ft0,ft1", 1, KD, KD, KN)                     \
    X(fsub_d, "fsub.d", FF, "ft0,ft1", 1, KD, KD, KN)                     \
    X(fmul_d, "fmul.d", FF, "ft0,ft1", 1, KD, KD, KN)                     \
    X(fdiv_d, "fdiv.d", FF, "ft0,ft1", 1, KD, KD, KN)                     \
    X(fsqrt_d, "fsqrt.d", FF, "ft0", 1, KD, KN, KN)                       \
    X(fmadd_d, "fmadd.d", FF, "ft0,ft1,ft2", 1, KD, KD, KD)               \
    X(fmsub_d, "fmsub.d", FF, "ft0,ft1,ft2", 1, KD, KD, KD)               \
    X(fnmsub_d, "fnmsub.d", FF, "ft0,ft1,ft2", 1, KD, KD, KD)             \
    X(fnmadd_d, "fnmadd.d", FF, "ft0,ft1,ft2", 1, KD, KD, KD)             \
    X(fmin_d, "fmin.d", FF, "ft0,ft1", 0, KD, KD, KN)                     \
    X(fmax_d, "fmax.d", FF, "ft0,ft1", 0, KD, KD, KN)                     \
    X(feq_d, "feq.d", FX, "ft0,ft1", 0, KD, KD, KN)                       \
    X(flt_d, "flt.d", FX, "ft0,ft1", 0, KD, KD, KN)                       \
    X(fle_d, "fle.d", FX, "ft0,ft1", 0, KD, KD, KN)                       \
    X(fclass_d, "fclass.d", FX, "ft0", 0, KD, KN, KN)                     \
    X(fcvt_w_d, "fcvt.w.d", FX, "ft0", 1, KD, KN, KN)                     \
    X(fcvt_wu_d, "fcvt.wu.d", FX, "ft0", 1, KD, KN, KN)                   \
    X(fcvt_l_d, "fcvt.l.d", FX, "ft0", 1, KD, KN, KN)                     \
    X(fcvt_lu_d, "fcvt.lu.d", FX, "ft0", 1, KD, KN, KN)                   \
    X(fcvt_d_w, "fcvt.d.w", XF, "", 0, KI, KN, KN)                        \
    X(fcvt_d_wu, "fcvt.d.wu", XF, "", 0, KI, KN, KN)                      \
    X(fcvt_d_l, "fcvt.d.l", XF, "", 1, KI, KN, KN)                        \
    X(fcvt_d_lu, "fcvt.d.lu", XF, "", 1, KI, KN, KN)

enum {
#define X(name, insn, form, ops, rm, ka, kb, kc) OP_##name,
    RV_FPU_OPS(X)
#undef X
    NB_OPS
};

#define CASES_PER_OP 30000

static const uint32_t edge_s[] = {
    0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000,
    0x7f800001, 0xff800001, 0x7fa00000, 0x7fffffff, 1, 0x80000001,
    0x007fffff, 0x807fffff, 0x00800000, 0x80800000, 0x00800001, 0x7f7fffff,
    0xff7fffff, 0x3f800000, 0xbf800000, 0x3f000000, 0xbf000000, 0x3fc00000,
    0x40200000, 0xc0200000, 0x4f000000, 0x4effffff, 0xcf000000, 0xcf000001,
    0x4f800000, 0x4f7fffff, 0x5f000000, 0x5effffff, 0xdf000000, 0xdf000001,
    0x5f800000, 0x5f7fffff, 0x4b800000, 0x4b800001, 0x3effffff, 0x3f7fffff,
    0x00400000, 0x34000000, 0x33800000, 0xbf7fffff, 0x7effffff, 0x3f800001,
    0x40000000, 0x40400000, 0x3fbfffff, 0xbfc00000, 0x1f800000, 0x1f000000,
};

static const uint64_t edge_d[] = {
    0, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000,
    0x7ff8000000000000, 0xfff8000000000000, 0x7ff0000000000001,
    0x7ff4000000000000, 0xfff0000000000001, 1, 0x8000000000000001,
    0x000fffffffffffff, 0x800fffffffffffff, 0x0010000000000000,
    0x8010000000000000, 0x7fefffffffffffff, 0xffefffffffffffff,
    0x3ff0000000000000, 0xbff0000000000000, 0x3fe0000000000000,
    0xbfe0000000000000, 0x3ff8000000000000, 0x4004000000000000,
    0xc004000000000000, 0x41e0000000000000, 0x41dfffffffe00000,
    0x41dfffffffc00000, 0xc1e0000000000000, 0xc1e0000000200000,
    0xc1e0000000100000, 0x41f0000000000000, 0x41efffffffe00000,
    0x41effffffff00000, 0x43e0000000000000, 0x43dfffffffffffff,
    0xc3e0000000000000, 0xc3e0000000000001, 0x43f0000000000000,
    0x43efffffffffffff, 0x4340000000000000, 0x4340000000000001,
    0x36a0000000000000, 0x3810000000000000, 0x47efffffe0000000,
    0x47effffff0000000, 0x3690000000000000, 0x380fffffffffffff,
    0x380ffffff0000000, 0x3fefffffffffffff, 0x3ff0000000000001,
    0x1ff0000000000000, 0x2000000000000000, 0x47efffffefffffff,
    0xc7effffff0000000,
};

static const uint64_t edge_i[] = {
    0, 1, (uint64_t)-1, 0x7fffffff, 0x80000000, 0xffffffff,
    0xffffffff80000000, 0x1000001, 0x1000003, 0xffffff, 0x20000000000001,
    0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff,
    0x8000000000000001, 0x7fffffc0, 0x7fffff80, 0xffffff80, 0x100000000,
    0x3, (uint64_t)-3, 0xfffffffffffffc00, 0x7ffffffffffffc00,
    0x7ffffffffffffe00, 0xfffffffffffff800,
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static inline uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static inline uint32_t gen_s_raw(uint64_t *s)
{
    uint64_t r = rng_next(s);
    uint32_t v, sign = (uint32_t)(r >> 63) << 31;
    static const int16_t ewin[] = { 127, 152, 158, 190, 1, 252, 64, 127,
                                    90, 120, 134, 3 };
    int e;
    switch ((r >> 8) & 7) {
    case 0:
    case 1:
        return edge_s[(r >> 16) % NELEM(edge_s)];
    case 2:
        return edge_s[(r >> 16) % NELEM(edge_s)] + (int)((r >> 40) % 7) - 3;
    case 3:
        return (uint32_t)(r >> 16);
    case 4:
    case 5:
        e = ewin[(r >> 12) % NELEM(ewin)] + (int)((r >> 20) % 9) - 4;
        if (e < 0) {
            e = 0;
        }
        if (e > 254) {
            e = 254;
        }
        v = (uint32_t)(r >> 32) & 0x7fffff;
        if ((r >> 8) & 1) { /* short significand: ties and exact results */
            v &= ~0u << ((r >> 24) % 24);
        }
        return sign | ((uint32_t)e << 23) | v;
    case 6: {
        float f = (float)((int)((r >> 16) % 2001) - 1000);
        uint32_t b;
        f /= (float)(1 << ((r >> 40) % 5));
        memcpy(&b, &f, 4);
        return b;
    }
    default:
        return sign | (uint32_t)((r >> 16) % 0x7f800000u);
    }
}

static inline uint64_t gen_d_raw(uint64_t *s)
{
    uint64_t r = rng_next(s), r2 = rng_next(s), v;
    uint64_t sign = (r >> 63) << 63;
    static const int16_t ewin[] = { 1023, 1053, 1055, 1086, 1, 2045, 512,
                                    1023, 897, 1150, 1000, 3, 1075 };
    int e;
    switch ((r >> 8) & 7) {
    case 0:
    case 1:
        return edge_d[(r >> 16) % NELEM(edge_d)];
    case 2:
        return edge_d[(r >> 16) % NELEM(edge_d)] + (int)((r >> 40) % 7) - 3;
    case 3:
        return r2;
    case 4:
    case 5:
        e = ewin[(r >> 12) % NELEM(ewin)] + (int)((r >> 20) % 9) - 4;
        if (e < 0) {
            e = 0;
        }
        if (e > 2046) {
            e = 2046;
        }
        v = r2 & 0xfffffffffffffull;
        if ((r >> 8) & 1) {
            v &= ~0ull << ((r >> 24) % 53);
        }
        return sign | ((uint64_t)e << 52) | v;
    case 6: {
        double d = (double)((int)((r >> 16) % 2001) - 1000);
        uint64_t b;
        d /= (double)(1 << ((r >> 40) % 5));
        memcpy(&b, &d, 8);
        return b;
    }
    default: { /* a single-precision value, widened */
        float f;
        double d;
        uint32_t x = gen_s_raw(s);
        memcpy(&f, &x, 4);
        if (f != f) {
            return 0x7ff8000000000000ull;
        }
        d = f;
        memcpy(&v, &d, 8);
        return v;
    }
    }
}

static inline uint64_t gen_val(int kind, uint64_t *s)
{
    uint64_t r;
    switch (kind) {
    case KS:
        r = rng_next(s);
        if (r % 32 == 0) { /* improperly NaN-boxed */
            return (((r >> 8) & 0xffffffff00000000ull) ^ 0x100000000ull) |
                   gen_s_raw(s);
        }
        return 0xffffffff00000000ull | gen_s_raw(s);
    case KD:
        return gen_d_raw(s);
    case KI:
        r = rng_next(s);
        if (r % 4 == 0) {
            return edge_i[(r >> 8) % NELEM(edge_i)];
        }
        r = rng_next(s) >> ((r >> 8) % 64);
        r &= ~0ull << ((r >> 20) % 16);
        return (r & 1) ? -r : r;
    default:
        return 0;
    }
}

/* Inputs for case i of an op: correlated on purpose some of the time
 * (cancellation in add/fma, near-ties). */
static inline void gen_case(int ka, int kb, int kc, uint64_t *s, uint64_t *a,
                            uint64_t *b, uint64_t *c)
{
    uint64_t r;
    *a = gen_val(ka, s);
    *b = gen_val(kb, s);
    *c = gen_val(kc, s);
    r = rng_next(s);
    if (r % 4 != 0) {
        return;
    }
    if (kc == KS) {
        float x, y, z;
        uint32_t xa = (uint32_t)*a, xb = (uint32_t)*b, xc;
        memcpy(&x, &xa, 4);
        memcpy(&y, &xb, 4);
        z = -(x * y);
        if (z != z) {
            return;
        }
        memcpy(&xc, &z, 4);
        *c = 0xffffffff00000000ull | (xc + (int)((r >> 8) % 5) - 2);
    } else if (kc == KD) {
        double x, y, z;
        uint64_t xc;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        z = -(x * y);
        if (z != z) {
            return;
        }
        memcpy(&xc, &z, 8);
        *c = xc + (int)((r >> 8) % 5) - 2;
    } else if (kb == KS) {
        *b = (*a ^ 0x80000000u) + (int)((r >> 8) % 5) - 2;
    } else if (kb == KD) {
        *b = (*a ^ (1ull << 63)) + (int)((r >> 8) % 5) - 2;
    }
}

static inline uint64_t fnv(uint64_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 0x100000001b3ull;
    }
    return h;
}

#endif
