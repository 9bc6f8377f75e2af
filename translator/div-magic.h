/*
 * Unsigned 64-bit division by an invariant divisor as a multiply (the
 * round-up method of Granlund and Montgomery, "Division by invariant
 * integers using multiplication", 1994, for N = 64), and the per-CPU cache
 * of such reciprocals that the x86 backend keeps per division site
 * (backends/x86_64/x86-lower-alu.c, `-opt no-div-cache`).
 *
 * For a divisor 2 <= d < 2^64 let l = ceil(log2 d) (1..64) and
 *     m = floor(2^64 * (2^l - d) / d) + 1          (0 < m < 2^64)
 * Then for every 0 <= n < 2^64, with hi = floor(n * m / 2^64):
 *     n / d = (hi + ((n - hi) >> 1)) >> (l - 1)
 * Why: M = 2^64 + m = floor(2^(64+l) / d) + 1, so M * d = 2^(64+l) + e
 * with 0 < e <= d. Then n * M / 2^(64+l) = n/d + n*e / (d * 2^(64+l)), and
 * the error term is below n / 2^(64+l) < 2^-l <= 1/d; n/d is q + r/d with
 * r <= d - 1, so the floor of the sum is q. Finally
 * floor(n * M / 2^(64+l)) = floor((n + hi) / 2^l), and since hi <= n,
 * (n + hi) / 2 = hi + (n - hi) / 2 (floored) does not overflow 64 bits.
 * d = 1 would need a shift of -1 and is never cached; x/0 is tested first.
 *
 * The fill in generated code computes the same m with one 128/64 `div`:
 * (2^l - d) * 2^64 / d, whose quotient fits since 2^l - d < d.
 */
#ifndef MIMIC_DIV_MAGIC_H
#define MIMIC_DIV_MAGIC_H

#include <stdbool.h>
#include <stdint.h>

/* Slots per CPU; the slot of a division is a hash of its guest pc
 * (div_cache_index). Sites that share a slot only cost each other speed. */
#define DIV_CACHE_BITS 6
#define DIV_CACHE_SIZE (1u << DIV_CACHE_BITS)

/*
 * One slot, written only by the generated code of its CPU's thread:
 *   d      the divisor m and shift are for; 0 when empty (x/0 is tested
 *          before the slot is read, and d = 1 is never stored, so only a
 *          filled divisor >= 2 can hit)
 *   m      the multiplier above
 *   pend   the divisor of the last miss: a miss with the same divisor
 *          again fills the slot, so a site whose divisor changes at every
 *          division never pays for a fill
 *   shift  l - 1
 * d is stored last by a fill.
 */
typedef struct DivCacheSlot {
    uint64_t d;
    uint64_t m;
    uint64_t pend;
    uint32_t shift;
    uint32_t pad;
} DivCacheSlot;

/* The slot of the division at guest pc `pc`. */
static inline unsigned div_cache_index(uint64_t pc)
{
    return (unsigned)((pc * 0x9e3779b97f4a7c15ull) >> (64 - DIV_CACHE_BITS));
}

/* m and the final shift for divisor d >= 2. */
static inline void div_magic_u64(uint64_t d, uint64_t *m, unsigned *shift)
{
    unsigned l = 64 - (unsigned)__builtin_clzll(d - 1); /* ceil(log2 d) */
    unsigned __int128 top =
        l == 64 ? ((unsigned __int128)1 << 64) - d : ((uint64_t)1 << l) - d;

    *m = (uint64_t)((top << 64) / d) + 1;
    *shift = l - 1;
}

/* n / d from the magic (what the generated code computes). */
static inline uint64_t div_magic_apply(uint64_t n, uint64_t m, unsigned shift)
{
    uint64_t hi = (uint64_t)(((unsigned __int128)n * m) >> 64);
    return (hi + ((n - hi) >> 1)) >> shift;
}

#endif
