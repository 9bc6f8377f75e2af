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

#include "harness-scratch.h"

#define SCRATCH_SIZE 4096 /* must match rvgen.c */

uint8_t rv_scratch[SCRATCH_SIZE] __attribute__((aligned(64)));
extern void *const rv_cases[];
extern const int rv_ncases;
void rv_run(void *fn, uint64_t *out);

int main(int argc, char **argv)
{
    int only = argc > 1 ? atoi(argv[1]) : -1;
    uint64_t out[65];

    for (int n = 0; n < rv_ncases; n++) {
        if (only >= 0 && n != only) {
            continue;
        }
        fill_scratch_buf(rv_scratch, SCRATCH_SIZE, n);
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
        printf("%d mem %016llx\n", n, (unsigned long long)checksum_buf(rv_scratch, SCRATCH_SIZE));
    }
    return 0;
}
