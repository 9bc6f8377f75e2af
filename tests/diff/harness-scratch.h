/* The scratch buffer side of the differential test harnesses (harness.c,
 * harness-a64.c): the same pseudo-random fill for case n on both
 * emulators, and an FNV-1a checksum of what the case left there. Nothing
 * from libc: harness-a64 is freestanding. */
#ifndef HARNESS_SCRATCH_H
#define HARNESS_SCRATCH_H

#include <stdint.h>

static void fill_scratch_buf(uint8_t *buf, int size, int n)
{
    uint64_t x = 0x9E3779B97F4A7C15ULL * (uint64_t)(n + 1);

    for (int i = 0; i < size; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        /* some zero and all-ones bytes make loads hit edge values */
        buf[i] = (x & 0x700) == 0       ? 0
                 : (x & 0x700) == 0x100 ? 0xff
                                        : (uint8_t)x;
    }
}

static uint64_t checksum_buf(const uint8_t *buf, int size)
{
    uint64_t h = 0xcbf29ce484222325ULL;

    for (int i = 0; i < size; i++) {
        h = (h ^ buf[i]) * 0x100000001b3ULL;
    }
    return h;
}

#endif
