/* CFLAGS: -march=armv8-a+crc
 *
 * A64 flag-setting arithmetic and conditions: ADDS/SUBS/ADCS/SBCS (X and W)
 * on edge values with the resulting NZCV, CMP/CMN/TST followed directly by
 * CSET and B.cond for all 16 conditions (the fused compare path), the same
 * across a TB boundary (the lazy-flags path), and conditions from every
 * NZCV value written with MSR.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static const uint64_t vals[] = {
    0, 1, 2, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0xffffffffffffffffull, 0x7fffffffull, 0x80000000ull, 0xffffffffull,
    0x100000000ull, 0x123456789abcdef0ull, 0xfffffffe00000001ull,
};
#define NV (sizeof(vals) / sizeof(vals[0]))

#define NZCV_OF(insn, r, a, b, cin)                                        \
    __asm__ volatile("msr nzcv, %3\n\t" insn "\n\tmrs %1, nzcv"            \
                     : "=&r"(r), "=&r"(f)                                  \
                     : "r"(a), "r"((uint64_t)(cin) << 29), "r"(b)          \
                     : "cc")

static void arith(uint64_t a, uint64_t b)
{
    uint64_t r, f;

#define A(name, insn, cin)                                                 \
    NZCV_OF(insn, r, a, b, cin);                                           \
    printf("%-6s %016" PRIx64 " %016" PRIx64 " -> %016" PRIx64 " %x\n",   \
           name, a, b, r, (unsigned)(f >> 28))
    A("adds", "adds %0, %2, %4", 0);
    A("subs", "subs %0, %2, %4", 0);
    A("addsw", "adds %w0, %w2, %w4", 0);
    A("subsw", "subs %w0, %w2, %w4", 0);
    A("adcs0", "adcs %0, %2, %4", 0);
    A("adcs1", "adcs %0, %2, %4", 1);
    A("sbcs0", "sbcs %0, %2, %4", 0);
    A("sbcs1", "sbcs %0, %2, %4", 1);
    A("adcsw0", "adcs %w0, %w2, %w4", 0);
    A("adcsw1", "adcs %w0, %w2, %w4", 1);
    A("sbcsw0", "sbcs %w0, %w2, %w4", 0);
    A("sbcsw1", "sbcs %w0, %w2, %w4", 1);
    A("ands", "ands %0, %2, %4", 1);
    A("bicsw", "bics %w0, %w2, %w4", 1);
    A("adc1", "adc %0, %2, %4", 1);
    A("sbcw0", "sbc %w0, %w2, %w4", 0);
    A("ccmpeq", "ccmp %2, %4, #5, eq\n\tmov %0, xzr", 0);
    A("ccmpne", "ccmp %2, %4, #5, ne\n\tmov %0, xzr", 0);
    A("ccmnw", "ccmn %w2, %w4, #10, cc\n\tmov %0, xzr", 0);
    A("ccmpi", "ccmp %2, #3, #15, cs\n\tmov %0, xzr", 1);
#undef A
}

/* One condition, fused (compare right before) and not (a branch between
 * ends the TB, so the condition is read from the stored flags). */
#define COND_SET(cmp, c, out)                                              \
    __asm__ volatile(cmp "\n\tcset %w0, " #c : "=r"(out) : "r"(a), "r"(b) : "cc")
#define COND_SPLIT(cmp, c, out)                                            \
    __asm__ volatile(cmp "\n\tb 1f\n1:\tcset %w0, " #c                     \
                     : "=r"(out) : "r"(a), "r"(b) : "cc")
#define COND_BR(cmp, c, out)                                               \
    __asm__ volatile(cmp "\n\tb." #c " 1f\n\tmov %w0, #0\n\tb 2f\n"        \
                     "1:\tmov %w0, #1\n2:"                                 \
                     : "=r"(out) : "r"(a), "r"(b) : "cc")
#define COND_SEL(cmp, c, out)                                              \
    __asm__ volatile(cmp "\n\tcsel %0, %1, %2, " #c                        \
                     : "=&r"(out) : "r"(a), "r"(b) : "cc")

#define ALL_CONDS(M, cmp, mask)                                            \
    do {                                                                   \
        uint64_t o_;                                                       \
        int i_ = 0;                                                        \
        mask = 0;                                                          \
        M(cmp, eq, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, ne, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, cs, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, cc, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, mi, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, pl, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, vs, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, vc, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, hi, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, ls, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, ge, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, lt, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, gt, o_); mask |= (o_ & 1) << i_++;                          \
        M(cmp, le, o_); mask |= (o_ & 1) << i_++;                          \
    } while (0)

/* CSEL picks a or b: turn it into 0/1 for the mask. */
#define COND_SEL01(cmp, c, out)                                            \
    do {                                                                   \
        COND_SEL(cmp, c, out);                                             \
        out = out == a && a != b;                                          \
    } while (0)

static int failures;

static void conds(const char *what, uint64_t a, uint64_t b, unsigned fused,
                  unsigned split, unsigned br, unsigned sel)
{
    printf("%-5s %016" PRIx64 " %016" PRIx64 " %04x\n", what, a, b, fused);
    if (split != fused || br != fused || (a != b && sel != fused)) {
        printf("  MISMATCH split %04x br %04x sel %04x\n", split, br, sel);
        failures++;
    }
}

#define CMP_KIND(name, insn)                                               \
    do {                                                                   \
        unsigned m1, m2, m3, m4;                                           \
        ALL_CONDS(COND_SET, insn, m1);                                     \
        ALL_CONDS(COND_SPLIT, insn, m2);                                   \
        ALL_CONDS(COND_BR, insn, m3);                                      \
        ALL_CONDS(COND_SEL01, insn, m4);                                   \
        conds(name, a, b, m1, m2, m3, m4);                                 \
    } while (0)

static void compares(uint64_t a, uint64_t b)
{
    CMP_KIND("cmp", "cmp %1, %2");
    CMP_KIND("cmpw", "cmp %w1, %w2");
    CMP_KIND("cmn", "cmn %1, %2");
    CMP_KIND("cmnw", "cmn %w1, %w2");
    CMP_KIND("tst", "tst %1, %2");
    CMP_KIND("tstw", "tst %w1, %w2");
    CMP_KIND("cmpi", "cmp %1, #1");
    CMP_KIND("cmni", "cmn %1, #1");
    CMP_KIND("cmnwi", "cmn %w1, #2");
    CMP_KIND("cmpsh", "cmp %1, %2, asr #3");
    CMP_KIND("cmpx", "cmp %1, %w2, sxtw");
    CMP_KIND("subsx", "subs xzr, %1, %2, lsl #1");
    CMP_KIND("tstim", "tst %1, #0xff00000000000000");
    CMP_KIND("bics", "bics xzr, %1, %2");
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            arith(vals[i], vals[j]);
        }
    }
    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            compares(vals[i], vals[j]);
        }
    }
    /* Every NZCV value, every condition, through MSR. */
    for (uint64_t n = 0; n < 16; n++) {
        uint64_t a = n << 28, b = 0;
        unsigned m1, m2;
        ALL_CONDS(COND_SET, "msr nzcv, %1", m1);
        ALL_CONDS(COND_SPLIT, "msr nzcv, %1", m2);
        printf("nzcv %x %04x%s\n", (unsigned)n, m1, m1 == m2 ? "" : " MISMATCH");
        failures += m1 != m2;
    }
    printf("int-flags: %d failed\n", failures);
    return failures != 0;
}
