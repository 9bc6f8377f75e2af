/* The random source of the differential test generators (rvgen.c,
 * a64gen.c): xorshift64*, seeded so that one SEED argument always gives
 * the same cases. */
#ifndef GEN_RNG_H
#define GEN_RNG_H

#include <stdint.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rng_state;

static uint64_t rnd(void)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

static unsigned rn(unsigned n)
{
    return (unsigned)(rnd() % n);
}

static int chance(unsigned percent)
{
    return rn(100) < percent;
}

/* Seed from the command line's SEED, mixed with salt (a generator's
 * options, so different options give different cases). */
static void rng_seed(uint64_t seed, uint64_t salt)
{
    rng_state = seed * 0x9E3779B97F4A7C15ULL + 0x1234567 + salt;
    if (rng_state == 0) {
        rng_state = 1;
    }
}

#endif
