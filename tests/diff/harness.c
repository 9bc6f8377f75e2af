/*
 * Harness for rvgen's generated cases (see rvgen.c): runs each case on a
 * freshly filled scratch buffer and prints, per case, x1..x31 (without
 * sp/gp/tp), f0..f31 as raw bits, fcsr and an FNV-1a checksum of the
 * scratch buffer — one "CASE NAME HEX" line each, so outputs diff cleanly.
 *   ./diff-N [CASE]   run all cases, or only CASE
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SCRATCH_SIZE 4096 /* must match rvgen.c */

uint8_t rv_scratch[SCRATCH_SIZE] __attribute__((aligned(64)));
extern void *const rv_cases[];
extern const int rv_ncases;
void rv_run(void *fn, uint64_t *out);

static void fill_scratch(int n)
{
    uint64_t x = 0x9E3779B97F4A7C15ULL * (uint64_t)(n + 1);
    for (int i = 0; i < SCRATCH_SIZE; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        /* some zero and all-ones bytes make loads hit edge values */
        rv_scratch[i] = (x & 0x700) == 0       ? 0
                        : (x & 0x700) == 0x100 ? 0xff
                                               : (uint8_t)x;
    }
}

static uint64_t checksum(void)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < SCRATCH_SIZE; i++) {
        h = (h ^ rv_scratch[i]) * 0x100000001b3ULL;
    }
    return h;
}

int main(int argc, char **argv)
{
    int only = argc > 1 ? atoi(argv[1]) : -1;
    uint64_t out[65];

    for (int n = 0; n < rv_ncases; n++) {
        if (only >= 0 && n != only) {
            continue;
        }
        fill_scratch(n);
        rv_run(rv_cases[n], out);
        for (int r = 1; r < 32; r++) {
            if (r < 2 || r > 4) {
                printf("%d x%d %016llx\n", n, r,
                       (unsigned long long)out[r - 1]);
            }
        }
        for (int r = 0; r < 32; r++) {
            printf("%d f%d %016llx\n", n, r, (unsigned long long)out[32 + r]);
        }
        printf("%d fcsr %02llx\n", n, (unsigned long long)out[64]);
        printf("%d mem %016llx\n", n, (unsigned long long)checksum());
    }
    return 0;
}
