/*
 * Operand generator shared by the *_nx helper tests (test-rv-fpu-nx.c,
 * test-a64-fpu-nx.c): raw IEEE values biased towards the places where the
 * specialized helpers must hand over to the exact ones — results near the
 * fast range's edges (2^-959 and 2^-100 for single), the smallest normal,
 * overflow, zeros, infinities and NaNs — plus fully random bits.
 */
#ifndef MIMIC_TESTS_FPU_NX_GEN_H
#define MIMIC_TESTS_FPU_NX_GEN_H

#include <stdint.h>

static uint64_t nx_rng = 0x9e3779b97f4a7c15ull;

static inline uint64_t nx_rand(void)
{
    nx_rng ^= nx_rng << 13;
    nx_rng ^= nx_rng >> 7;
    nx_rng ^= nx_rng << 17;
    return nx_rng;
}

/* A value of `ebits` exponent bits and `mbits` fraction bits (sign on top):
 * exponent uniform, or near one of the interesting exponents, or special. */
static inline uint64_t nx_value(int ebits, int mbits)
{
    int bias = (1 << (ebits - 1)) - 1, emax = (1 << ebits) - 1;
    /* For double: 0 (subnormal), 1 (min normal), bias-959 and half of it
     * (products and quotients land at the fast range's edge), bias (1),
     * near the top. Single uses its own 2^-100 edge. */
    int hot[] = {0,
                 1,
                 ebits == 11 ? bias - 959 : bias - 100,
                 ebits == 11 ? bias - 480 : bias - 50,
                 bias,
                 bias + bias / 2,
                 emax - 1};
    uint64_t r = nx_rand(), frac = r & ((1ull << mbits) - 1);
    uint64_t sign = (r >> 63) << (ebits + mbits);
    int e;

    switch (nx_rand() % 8) {
    case 0:
        e = (int)(nx_rand() % (uint64_t)(emax + 1));
        break;
    case 1: /* special: zero, infinity, NaN (quiet or signaling) */
        switch (nx_rand() % 4) {
        case 0:
            return sign;
        case 1:
            return sign | (uint64_t)emax << mbits;
        case 2:
            return sign | (uint64_t)emax << mbits | 1ull << (mbits - 1) | 1;
        default:
            return sign | (uint64_t)emax << mbits | 1;
        }
    case 2: /* a short fraction: exact results and ties are likelier */
        frac &= ~((1ull << (mbits - 3)) - 1);
        /* fall through */
    default:
        e = hot[nx_rand() % (sizeof(hot) / sizeof(hot[0]))] +
            (int)(nx_rand() % 9) - 4;
        if (e < 0) {
            e = 0;
        }
        if (e > emax - 1) {
            e = emax - 1;
        }
        break;
    }
    return sign | (uint64_t)e << mbits | frac;
}

static inline uint64_t nx_double(void)
{
    return nx_value(11, 52);
}

static inline uint32_t nx_single(void)
{
    return (uint32_t)nx_value(8, 23);
}

#endif
