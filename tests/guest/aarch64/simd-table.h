/* Shared harness of the generated AdvSIMD instruction tests (simd-2misc,
 * simd-3diff, simd-3same, simd-misc, simd-shift). Each defines pool[] of
 * inputs, one T(n, insn) per instruction and tests[] naming them; every
 * test runs on each operand triple of trip[] (v0 = n, v1 = m, v2 = d) and
 * prints v2 and whether it set FPSR.QC. */
#ifndef SIMD_TABLE_H
#define SIMD_TABLE_H

#include <stdint.h>
#include <stdio.h>

typedef struct { uint64_t lo, hi; } V128;
typedef struct { const char *name; void (*fn)(const V128 *, V128 *); } SimdTest;

/* The edge values that start every pool[]. */
#define POOL_EDGES                                        \
    {0x0000000000000000ull, 0x0000000000000000ull},       \
    {0xffffffffffffffffull, 0xffffffffffffffffull},       \
    {0x7fffffffffffff7full, 0x8000000080000080ull},       \
    {0x8080808080808080ull, 0x8080808080808080ull},       \
    {0x7f7f7f7f7f7f7f7full, 0x7f7f7f7f7f7f7f7full},       \
    {0x0000000000000001ull, 0xffffffffffffffffull}

/* Indices into pool[] of the n, m, d operands of each run. */
static const int trip[16][3] = {{0, 1, 5}, {1, 2, 6}, {2, 3, 7}, {3, 4, 8}, {4, 5, 9}, {5, 6, 10}, {6, 7, 11}, {7, 8, 12}, {8, 9, 0}, {9, 10, 1}, {10, 11, 2}, {11, 12, 3}, {12, 0, 4}, {6, 6, 7}, {2, 3, 4}, {3, 3, 2}};
/* One test: load v0-v2 from in[0..2], clear FPSR, run INSN, store v2 and
 * FPSR to out[0..1]. */
#define T(n, insn)                                                         \
    static void f##n(const V128 *in, V128 *out)                            \
    {                                                                      \
        __asm__ volatile("ldr q0, [%0]\n\tldr q1, [%0, #16]\n\t"           \
                         "ldr q2, [%0, #32]\n\tmsr fpsr, xzr\n\t" insn     \
                         "\n\tstr q2, [%1]\n\tmrs x9, fpsr\n\t"            \
                         "str x9, [%1, #16]"                               \
                         :                                                 \
                         : "r"(in), "r"(out)                               \
                         : "v0", "v1", "v2", "v3", "v4", "v31", "x9",      \
                           "memory");                                      \
    }

static void run_table(const V128 *pool, const SimdTest *tests, unsigned ntests)
{
    for (unsigned t = 0; t < ntests; t++) {
        printf("%s\n", tests[t].name);
        for (unsigned i = 0; i < sizeof(trip) / sizeof(trip[0]); i++) {
            V128 in[3] = {pool[trip[i][0]], pool[trip[i][1]], pool[trip[i][2]]};
            V128 out[2];
            tests[t].fn(in, out);
            printf(" %2u %016llx%016llx%s\n", i, (unsigned long long)out[0].hi,
                   (unsigned long long)out[0].lo, (out[1].lo >> 27 & 1) ? " QC" : "");
        }
    }
}

#endif
