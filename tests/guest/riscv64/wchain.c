/*
 * Chains of W (32-bit) instructions in one block, with edge values: the
 * optimizer's known-bits tracking drops the sign extension after a W op
 * when the value already has it, or makes the op 64-bit when the result
 * cannot leave 32 signed bits. Each chain checks a case where it may (an
 * operand narrowed by andi/srliw/lw/sext) and a neighbour where it must
 * not (a carry or borrow across bit 31, a shift by zero, a zero-extended
 * load). Expected values are computed in C.
 */
#include "check.h"

static const uint64_t vals[] = {
    0, 1, 2, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff,
    0xfffffffffffffffful, 0xffffffff80000000ul, 0xffffffff7ffffffful,
    0x100000000ul, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0x123456789abcdef0ull, 0xfedcba9876543210ull, 0xffff, 0x8000,
};
#define NV (sizeof(vals) / sizeof(vals[0]))

static uint64_t sx32(uint64_t x) { return (uint64_t)(int64_t)(int32_t)x; }

/* The CRC step of tests/bench/int.c: negw of 0/1, srliw 1, and, xor. */
static uint64_t crc_step(uint64_t a, uint64_t poly)
{
    uint64_t t, u, r;
    __asm__ volatile("andi %1, %3, 1\n\t"
                     "subw %1, zero, %1\n\t"
                     "srliw %2, %3, 1\n\t"
                     "and %1, %1, %4\n\t"
                     "xor %1, %1, %2\n\t"
                     "addiw %0, %1, 0"
                     : "=r"(r), "=&r"(t), "=&r"(u)
                     : "r"(a), "r"(poly));
    return r;
}

static uint64_t crc_ref(uint64_t a, uint64_t poly)
{
    uint64_t t = sx32(0u - (uint32_t)(a & 1));
    uint64_t u = sx32((uint32_t)a >> 1);
    return sx32((t & poly) ^ u);
}

/* srliw by 1 then addw of itself: can reach 0xfffffffe, so the sign
 * extension of the sum must stay. */
static uint64_t shr_double(uint64_t a)
{
    uint64_t r;
    __asm__ volatile("srliw %0, %1, 1\n\t"
                     "addw %0, %0, %0"
                     : "=&r"(r) : "r"(a));
    return r;
}

/* srliw by 0 is a plain sext.w of the low word (bit 31 may be set). */
static uint64_t shr_zero(uint64_t a)
{
    uint64_t r;
    __asm__ volatile("srliw %0, %1, 0\n\t"
                     "addiw %0, %0, 0"
                     : "=&r"(r) : "r"(a));
    return r;
}

/* Narrow operands: 11-bit mask plus 2047, doubled, minus b. The first two
 * fit 31 signed bits; the subw with an unknown b may borrow across 31. */
static uint64_t narrow_chain(uint64_t a, uint64_t b)
{
    uint64_t r;
    __asm__ volatile("andi %0, %1, 0x7ff\n\t"
                     "addiw %0, %0, 2047\n\t"
                     "addw %0, %0, %0\n\t"
                     "subw %0, %0, %2"
                     : "=&r"(r) : "r"(a), "r"(b));
    return r;
}

/* 16-bit signed operands: addw cannot overflow, mulw can (2^15 * 2^15
 * fits, but the 17-bit sum squared does not). */
static uint64_t half_chain(uint64_t a, uint64_t b, uint64_t *sq)
{
    uint64_t r, t;
    __asm__ volatile("slli %0, %2, 48\n\t"
                     "srai %0, %0, 48\n\t"
                     "slli %1, %3, 48\n\t"
                     "srai %1, %1, 48\n\t"
                     "addw %0, %0, %1\n\t"
                     "mulw %1, %0, %0"
                     : "=&r"(r), "=&r"(t) : "r"(a), "r"(b));
    *sq = t;
    return r;
}

/* Bytes: mulw of two bytes fits 16 bits, remuw/divuw of small values. */
static uint64_t byte_chain(uint64_t a, uint64_t b)
{
    uint64_t r, t;
    __asm__ volatile("andi %0, %2, 0xff\n\t"
                     "andi %1, %3, 0xff\n\t"
                     "mulw %0, %0, %1\n\t"
                     "addi %1, %1, 1\n\t"
                     "divuw %0, %0, %1\n\t"
                     "subw %0, zero, %0"
                     : "=&r"(r), "=&r"(t) : "r"(a), "r"(b));
    return r;
}

/* lw is sign-extended (sext.w after it is a copy), lwu is not. */
static uint64_t load_chain(const uint32_t *p, uint64_t *zx)
{
    uint64_t r, t;
    __asm__ volatile("lw %0, 0(%2)\n\t"
                     "sext.w %0, %0\n\t"
                     "lwu %1, 0(%2)\n\t"
                     "sext.w %1, %1\n\t"
                     "addw %0, %0, %1"
                     : "=&r"(r), "=&r"(t) : "r"(p) : "memory");
    *zx = t;
    return r;
}

/* Carries across bit 31 from known constants: 0x7fffffff + a's low bit,
 * and sraiw/slliw of a word. */
static uint64_t carry_chain(uint64_t a, uint64_t *sh)
{
    uint64_t r, t;
    __asm__ volatile("li %1, 0x7fffffff\n\t"
                     "andi %0, %2, 1\n\t"
                     "addw %0, %0, %1\n\t"
                     "slliw %1, %2, 31\n\t"
                     "sraiw %1, %1, 31\n\t"
                     "xor %1, %1, %0"
                     : "=&r"(r), "=&r"(t) : "r"(a));
    *sh = t;
    return r;
}

int main(void)
{
    char name[64];

    for (unsigned i = 0; i < NV; i++) {
        uint64_t a = vals[i];
        uint32_t w = (uint32_t)a;
        uint64_t sh, zx;

#define C(what, got, want) snprintf(name, sizeof(name), what "[%u]", i), \
                           check(name, got, want)
        C("srliw1+addw", shr_double(a), sx32((w >> 1) * 2));
        C("srliw0", shr_zero(a), sx32(w));
        C("carry", carry_chain(a, &sh), sx32(0x7fffffffu + (w & 1)));
        C("carry.sh", sh, sx32(0u - (w & 1)) ^ sx32(0x7fffffffu + (w & 1)));
        C("load", load_chain(&w, &zx), sx32(w + w));
        C("load.zx", zx, sx32(w));
        for (unsigned j = 0; j < NV; j++) {
            uint64_t b = vals[j];
            uint32_t n = (uint32_t)((a & 0x7ff) + 2047) * 2;
            int64_t h = (int16_t)a + (int16_t)b;
            uint64_t sq;
#undef C
#define C(what, got, want) snprintf(name, sizeof(name), what "[%u,%u]", i, j), \
                           check(name, got, want)
            C("crc", crc_step(a, b), crc_ref(a, b));
            C("narrow", narrow_chain(a, b), sx32(n - (uint32_t)b));
            C("half", half_chain(a, b, &sq), (uint64_t)h);
            C("half.sq", sq, sx32((uint32_t)h * (uint32_t)h));
            C("byte", byte_chain(a, b),
              sx32(0u - ((a & 0xff) * (b & 0xff)) / ((b & 0xff) + 1)));
#undef C
        }
    }
    return finish("wchain");
}
