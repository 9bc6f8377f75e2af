/* Scalar FP in generated code (-opt fp-inline): with FPSR.IXC accrued and
 * FPCR in its default state (RN, FZ off), FADD/FSUB/FMUL/FDIV/FNMUL/FSQRT
 * and the fused forms whose result is finite and far from the subnormal
 * range are the host instruction in line; any other case (tiny, zero,
 * infinite or NaN result, IXC clear, another rounding mode, FZ) calls the
 * exact operation out of line. Results and FPSR must not depend on the
 * path. For each operation and FP state the test prints a hash over all
 * operand triples; it also checks that integer registers live across an
 * out-of-line call keep their values. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const double dv[] = {
    1.5, -2.25, 1e300, -1e300, 1e-300, 1e-155, 3e-308, 0.0, -0.0,
    1.0 / 3.0, 0x1p-958, 0x1p-960, 1e308, __builtin_inf(), -__builtin_inf(),
    __builtin_nan(""), -1.0, 4.0,
};
static const float fv[] = {
    1.5f, -2.25f, 1e38f, -1e38f, 1e-38f, 1e-20f, 0.0f, -0.0f, 1.0f / 3.0f,
    0x1p-99f, 0x1p-101f, 3e38f, __builtin_inff(), -__builtin_inff(),
    __builtin_nanf(""), -1.0f, 4.0f,
};
#define ND (sizeof(dv) / sizeof(dv[0]))
#define NF (sizeof(fv) / sizeof(fv[0]))

static uint64_t hash;
static uint64_t fpsr_in; /* FPSR before each operation */

static void mix(uint64_t v)
{
    hash = (hash ^ v) * 0x100000001b3ull;
}

static void start(void)
{
    __asm__ volatile("msr fpsr, %0" : : "r"(fpsr_in));
}

static void finish(uint64_t bits)
{
    uint64_t fl;
    __asm__ volatile("mrs %0, fpsr" : "=r"(fl));
    mix(bits);
    mix(fl);
}

#define D2(name, insn)                                                         \
    static void name(double x, double y, double z)                             \
    {                                                                          \
        double r;                                                              \
        uint64_t u;                                                            \
        (void)z;                                                               \
        start();                                                               \
        __asm__ volatile(insn " %d0, %d1, %d2" : "=w"(r) : "w"(x), "w"(y));    \
        memcpy(&u, &r, 8);                                                     \
        finish(u);                                                             \
    }
#define D3(name, insn)                                                         \
    static void name(double x, double y, double z)                             \
    {                                                                          \
        double r;                                                              \
        uint64_t u;                                                            \
        start();                                                               \
        __asm__ volatile(insn " %d0, %d1, %d2, %d3"                            \
                         : "=w"(r) : "w"(x), "w"(y), "w"(z));                  \
        memcpy(&u, &r, 8);                                                     \
        finish(u);                                                             \
    }
#define D1(name, insn)                                                         \
    static void name(double x, double y, double z)                             \
    {                                                                          \
        double r;                                                              \
        uint64_t u;                                                            \
        (void)y, (void)z;                                                      \
        start();                                                               \
        __asm__ volatile(insn " %d0, %d1" : "=w"(r) : "w"(x));                 \
        memcpy(&u, &r, 8);                                                     \
        finish(u);                                                             \
    }
#define F2(name, insn)                                                         \
    static void name(float x, float y, float z)                                \
    {                                                                          \
        float r;                                                               \
        uint32_t u;                                                            \
        (void)z;                                                               \
        start();                                                               \
        __asm__ volatile(insn " %s0, %s1, %s2" : "=w"(r) : "w"(x), "w"(y));    \
        memcpy(&u, &r, 4);                                                     \
        finish(u);                                                             \
    }
#define F3(name, insn)                                                         \
    static void name(float x, float y, float z)                                \
    {                                                                          \
        float r;                                                               \
        uint32_t u;                                                            \
        start();                                                               \
        __asm__ volatile(insn " %s0, %s1, %s2, %s3"                            \
                         : "=w"(r) : "w"(x), "w"(y), "w"(z));                  \
        memcpy(&u, &r, 4);                                                     \
        finish(u);                                                             \
    }
#define F1(name, insn)                                                         \
    static void name(float x, float y, float z)                                \
    {                                                                          \
        float r;                                                               \
        uint32_t u;                                                            \
        (void)y, (void)z;                                                      \
        start();                                                               \
        __asm__ volatile(insn " %s0, %s1" : "=w"(r) : "w"(x));                 \
        memcpy(&u, &r, 4);                                                     \
        finish(u);                                                             \
    }

#define OPS(X, P)                                                              \
    X##2(P##_fadd, "fadd") X##2(P##_fsub, "fsub") X##2(P##_fmul, "fmul")      \
    X##2(P##_fdiv, "fdiv") X##2(P##_fnmul, "fnmul") X##1(P##_fsqrt, "fsqrt")  \
    X##3(P##_fmadd, "fmadd") X##3(P##_fmsub, "fmsub")                         \
    X##3(P##_fnmadd, "fnmadd") X##3(P##_fnmsub, "fnmsub")
OPS(D, d)
OPS(F, s)

typedef struct {
    const char *name;
    void (*d)(double, double, double);
    void (*f)(float, float, float);
} Op;

#define ROW(op) { #op, d_##op, s_##op }
static const Op ops[] = {
    ROW(fadd), ROW(fsub), ROW(fmul), ROW(fdiv), ROW(fnmul),
    ROW(fsqrt), ROW(fmadd), ROW(fmsub), ROW(fnmadd), ROW(fnmsub),
};

/* The FP states: FPSR before each operation, and FPCR. */
static const struct {
    const char *name;
    uint64_t fpsr, fpcr;
} states[] = {
    { "ixc-rn", 0x10, 0 },              /* the common state: in line */
    { "clear-rn", 0, 0 },
    { "ixc-rz", 0x10, 3u << 22 },
    { "ixc-rp", 0x10, 1u << 22 },
    { "ixc-fz", 0x10, 1u << 24 },
    { "ixc-dn", 0x10, 1u << 25 },
    { "all-rn", 0x9f, 0 },
};

/* Ten integer values in registers across an FADD that goes out of line
 * (a subnormal result) and one that stays in line. */
static int live_regs(void)
{
    double tiny = 0x1p-1070, one = 1.0, r1, r2;
    long s;

    __asm__ volatile("msr fpsr, %5\n\t"
                     "mov x0, 11\n\t"
                     "mov x1, 22\n\t"
                     "mov x2, 33\n\t"
                     "mov x3, 44\n\t"
                     "mov x4, 55\n\t"
                     "mov x5, 66\n\t"
                     "mov x6, 77\n\t"
                     "mov x7, 88\n\t"
                     "mov x8, 99\n\t"
                     "mov x9, 111\n\t"
                     "fadd %d1, %d3, %d3\n\t"
                     "fadd %d2, %d4, %d4\n\t"
                     "add %0, x0, x1\n\t"
                     "add %0, %0, x2\n\t"
                     "add %0, %0, x3\n\t"
                     "add %0, %0, x4\n\t"
                     "add %0, %0, x5\n\t"
                     "add %0, %0, x6\n\t"
                     "add %0, %0, x7\n\t"
                     "add %0, %0, x8\n\t"
                     "add %0, %0, x9\n\t"
                     : "=&r"(s), "=&w"(r1), "=&w"(r2)
                     : "w"(tiny), "w"(one), "r"(0x10L)
                     : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
                       "x9");
    return s == 606 && r1 == 0x1p-1069 && r2 == 2.0;
}

int main(void)
{
    for (unsigned s = 0; s < sizeof(states) / sizeof(states[0]); s++) {
        fpsr_in = states[s].fpsr;
        __asm__ volatile("msr fpcr, %0" : : "r"(states[s].fpcr));
        for (unsigned o = 0; o < sizeof(ops) / sizeof(ops[0]); o++) {
            hash = 0xcbf29ce484222325ull;
            for (unsigned i = 0; i < ND; i++) {
                for (unsigned j = 0; j < ND; j++) {
                    ops[o].d(dv[i], dv[j], dv[(i + j) % ND]);
                }
            }
            uint64_t hd = hash;
            hash = 0xcbf29ce484222325ull;
            for (unsigned i = 0; i < NF; i++) {
                for (unsigned j = 0; j < NF; j++) {
                    ops[o].f(fv[i], fv[j], fv[(i * 3 + j) % NF]);
                }
            }
            printf("%-9s %-7s d %016llx s %016llx\n", states[s].name,
                   ops[o].name, (unsigned long long)hd,
                   (unsigned long long)hash);
        }
    }
    __asm__ volatile("msr fpcr, %0" : : "r"(0L));
    printf("live registers across the slow path: %s\n",
           live_regs() ? "ok" : "BAD");
    return 0;
}
