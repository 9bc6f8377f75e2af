/* Memory-bound benchmark: 32 MiB array — sequential sum, strided updates
 * and dependent random (pointer-chasing) loads that miss the caches. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N (4u << 20) /* 4 Mi uint64 = 32 MiB */

int main(int argc, char **argv)
{
    int scale = argc > 1 ? atoi(argv[1]) : 1;
    uint64_t *a = malloc(N * sizeof(*a)), sum = 0;
    uint32_t *next = malloc(N * sizeof(*next));

    if (!a || !next) {
        return 1;
    }
    /* A single random cycle (Sattolo's shuffle) for the pointer chase. */
    for (uint32_t i = 0; i < N; i++) {
        next[i] = i;
    }
    uint64_t x = 12345;
    for (uint32_t i = N - 1; i > 0; i--) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint32_t j = (uint32_t)(x % i), t = next[i];
        next[i] = next[j], next[j] = t;
    }
    for (int rep = 0; rep < scale; rep++) {
        for (uint32_t i = 0; i < N; i++) {
            a[i] = i * 0x9E3779B97F4A7C15ULL;
        }
        for (int pass = 0; pass < 4; pass++) {
            for (uint32_t i = 0; i < N; i++) {
                sum += a[i];
            }
        }
        for (uint32_t stride = 1; stride <= 512; stride *= 8) {
            for (uint32_t s = 0; s < stride; s++) {
                for (uint32_t i = s; i < N; i += stride) {
                    a[i] ^= a[i] >> 3;
                }
            }
        }
        uint32_t p = 0;
        for (uint32_t i = 0; i < 4000000; i++) {
            p = next[p];
            sum += a[p];
        }
    }
    printf("mem checksum %016llx\n", (unsigned long long)sum);
    return 0;
}
