/* Unsigned division at one instruction over many divisions: a divisor
 * held for a while (the x86 backend then divides by a cached reciprocal),
 * one that changes at every division or every second one, 0 and 1 right
 * after a fill, and a hot loop with a loop-invariant divisor. The reference
 * is a shift-and-subtract division in C, so no guest division checks
 * itself; one line per phase prints a hash of the results. x/0 differs by
 * guest (riscv64: all ones, aarch64: 0), hence one expected file each. */
#include <stdint.h>

#include "value-check.h"

#if defined(__aarch64__)
#define X_DIV_ZERO 0ull
#define DIVU(n, d)                                                          \
    ({                                                                      \
        uint64_t q_;                                                        \
        __asm__ volatile("udiv %0, %1, %2" : "=r"(q_) : "r"(n), "r"(d));    \
        q_;                                                                 \
    })
#define REMU(n, d)                                                          \
    ({                                                                      \
        uint64_t r_;                                                        \
        __asm__ volatile("udiv %0, %1, %2\n\tmsub %0, %0, %2, %1"            \
                         : "=&r"(r_) : "r"(n), "r"(d));                     \
        r_;                                                                 \
    })
#define DIVUW(n, d)                                                         \
    ({                                                                      \
        uint32_t q_;                                                        \
        __asm__ volatile("udiv %w0, %w1, %w2" : "=r"(q_) : "r"(n), "r"(d)); \
        (uint64_t)q_;                                                       \
    })
#define REMUW(n, d)                                                         \
    ({                                                                      \
        uint32_t r_;                                                        \
        __asm__ volatile("udiv %w0, %w1, %w2\n\tmsub %w0, %w0, %w2, %w1"     \
                         : "=&r"(r_) : "r"(n), "r"(d));                     \
        (uint64_t)r_;                                                       \
    })
#define W32(v) ((uint64_t)(uint32_t)(v))
#else
#define X_DIV_ZERO ~0ull
#define RV_OP(op, n, d)                                                     \
    ({                                                                      \
        uint64_t v_;                                                        \
        __asm__ volatile(op " %0, %1, %2" : "=r"(v_) : "r"(n), "r"(d));     \
        v_;                                                                 \
    })
#define DIVU(n, d) RV_OP("divu", n, d)
#define REMU(n, d) RV_OP("remu", n, d)
#define DIVUW(n, d) RV_OP("divuw", n, d)
#define REMUW(n, d) RV_OP("remuw", n, d)
#define W32(v) ((uint64_t)(int64_t)(int32_t)(v))
#endif

static const uint64_t divs[] = {
    0, 1, 2, 3, 7, 10, 16, 1000003, 0xffffffffull, 0x100000000ull,
    0x100000001ull, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0x8000000000000001ull, 0xfffffffffffffffeull, 0xffffffffffffffffull,
    0x123456789abcdefull, 0xfedcba987654321ull,
};
#define ND (sizeof(divs) / sizeof(divs[0]))

static uint64_t x = 88172645463325252ull;

static uint64_t next(void)
{
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
}

/* A dividend: random, sometimes small, sometimes all ones. */
static uint64_t dividend(void)
{
    uint64_t v = next();
    switch (v & 7) {
    case 0: return v >> 40;
    case 1: return ~0ull;
    case 2: return v >> 1;
    default: return v;
    }
}

/* n / d and n % d by shift and subtract; x/0 as RISC-V defines it. */
static void soft_divu(uint64_t n, uint64_t d, uint64_t *q, uint64_t *r)
{
    uint64_t qq = 0, rr = 0;

    if (d == 0) {
        *q = X_DIV_ZERO;
        *r = n;
        return;
    }
    for (int i = 63; i >= 0; i--) {
        int carry = rr >> 63;
        rr = rr << 1 | (n >> i & 1);
        if (carry || rr >= d) {
            rr -= d;
            qq |= 1ull << i;
        }
    }
    *q = qq;
    *r = rr;
}

static uint64_t hash_got, hash_want;
static int bad;

static void mix(uint64_t *h, uint64_t v)
{
    *h = (*h ^ v) * 0x100000001b3ull;
}

/* One division at the shared divu and remu instructions. */
static void one(uint64_t n, uint64_t d)
{
    uint64_t q, r;
    uint64_t gq = DIVU(n, d), gr = REMU(n, d);

    soft_divu(n, d, &q, &r);
    mix(&hash_got, gq);
    mix(&hash_got, gr);
    mix(&hash_want, q);
    mix(&hash_want, r);
    if ((gq != q || gr != r) && bad++ < 5) {
        printf("  n %016llx d %016llx: q %016llx r %016llx\n",
               (unsigned long long)n, (unsigned long long)d,
               (unsigned long long)gq, (unsigned long long)gr);
    }
}

static void phase(const char *name)
{
    check(name, hash_got, hash_want);
    hash_got = hash_want = 0;
}

int main(void)
{
    for (unsigned i = 0; i < ND; i++) {
        for (int k = 0; k < 40; k++) {
            one(dividend(), divs[i]);
        }
    }
    phase("held");
    for (unsigned i = 0; i < 2000; i++) {
        one(dividend(), divs[i % ND]);
    }
    phase("changing");
    for (unsigned i = 0; i < 2000; i++) {
        one(dividend(), divs[(i / 2) % ND]);
    }
    phase("pairs");
    for (unsigned i = 0; i < 400; i++) {
        uint64_t p = divs[7 + i % 5];
        one(dividend(), p);
        one(dividend(), p);
        one(dividend(), p);
        one(dividend(), i & 1);
        one(dividend(), p);
    }
    phase("zero-one-after-fill");
    for (unsigned i = 0; i < 3000; i++) {
        uint64_t d = next();
        d >>= d & 63;
        one(dividend(), d);
        one(dividend(), d);
    }
    phase("random");

    /* The int benchmark's shape: remu by a loop-invariant divisor, divu by
     * a small changing one, both in one self-loop. */
    uint64_t h = 0, want = 0;
    volatile uint64_t pv = 1000003;
    uint64_t p = pv;
    for (unsigned i = 0; i < 200000; i++) {
        uint64_t n = next(), q, r, q2, r2;
        uint64_t m = REMU(n, p);
        uint64_t t = DIVU(m, (uint64_t)(i & 15) + 1);
        h = (h ^ n) * 0x100000001b3ull + t;
        soft_divu(n, p, &q, &r);
        soft_divu(r, (i & 15) + 1, &q2, &r2);
        want = (want ^ n) * 0x100000001b3ull + q2;
    }
    check("hot-loop", h, want);

    /* 32-bit forms by a held divisor (not cached, for contrast). */
    uint64_t hw = 0, ww = 0;
    for (unsigned i = 0; i < 1000; i++) {
        uint32_t n = (uint32_t)next(), d = i < 500 ? 1000003 : (i & 3);
        uint64_t q, r;
        mix(&hw, DIVUW(n, d));
        mix(&hw, REMUW(n, d));
        soft_divu(n, d, &q, &r);
        mix(&ww, W32(d ? q : X_DIV_ZERO));
        mix(&ww, W32(r));
    }
    check("w32", hw, ww);
    return finish("int-div-cache");
}
