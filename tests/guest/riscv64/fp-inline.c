/* Scalar FP in generated code (-opt fp-inline): with NX accrued and the
 * rounding mode RNE, an add/sub/mul/div/sqrt/fma whose result is finite
 * and far from the subnormal range is the host instruction in line; any
 * other case (tiny, zero, infinite or NaN result, NX clear, another
 * rounding mode, an improperly boxed single) calls the exact operation out
 * of line. Results and fflags must not depend on the path. For each
 * operation and FP state the test prints a hash over all operand pairs;
 * it also checks that integer registers live across an out-of-line call
 * keep their values. */
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

static void mix(uint64_t v)
{
    hash = (hash ^ v) * 0x100000001b3ull;
}

static uint64_t dbits(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static uint64_t fbits_boxed(float f)
{
    double d;
    uint64_t u;
    /* fmv.x.d of a single register: the NaN-boxed 64 bits */
    __asm__ volatile("fmv.x.d %0, %1" : "=r"(u) : "f"(f));
    (void)d;
    return u;
}

static long flags_in; /* fflags before each operation */

static void start(void)
{
    __asm__ volatile("fsflags %0" : : "r"(flags_in));
}

static void finish_d(double r)
{
    long fl;
    __asm__ volatile("frflags %0" : "=r"(fl));
    mix(dbits(r));
    mix((uint64_t)fl);
}

static void finish_f(float r)
{
    long fl;
    __asm__ volatile("frflags %0" : "=r"(fl));
    mix(fbits_boxed(r));
    mix((uint64_t)fl);
}

#define D2(name, insn, rm)                                                     \
    static void name(double x, double y, double z)                             \
    {                                                                          \
        double r;                                                              \
        (void)z;                                                               \
        start();                                                               \
        __asm__ volatile(insn " %0, %1, %2, " rm                               \
                         : "=f"(r) : "f"(x), "f"(y));                          \
        finish_d(r);                                                           \
    }
#define D3(name, insn, rm)                                                     \
    static void name(double x, double y, double z)                             \
    {                                                                          \
        double r;                                                              \
        start();                                                               \
        __asm__ volatile(insn " %0, %1, %2, %3, " rm                           \
                         : "=f"(r) : "f"(x), "f"(y), "f"(z));                  \
        finish_d(r);                                                           \
    }
#define D1(name, insn, rm)                                                     \
    static void name(double x, double y, double z)                             \
    {                                                                          \
        double r;                                                              \
        (void)y, (void)z;                                                      \
        start();                                                               \
        __asm__ volatile(insn " %0, %1, " rm : "=f"(r) : "f"(x));              \
        finish_d(r);                                                           \
    }
#define F2(name, insn, rm)                                                     \
    static void name(float x, float y, float z)                                \
    {                                                                          \
        float r;                                                               \
        (void)z;                                                               \
        start();                                                               \
        __asm__ volatile(insn " %0, %1, %2, " rm                               \
                         : "=f"(r) : "f"(x), "f"(y));                          \
        finish_f(r);                                                           \
    }
#define F3(name, insn, rm)                                                     \
    static void name(float x, float y, float z)                                \
    {                                                                          \
        float r;                                                               \
        start();                                                               \
        __asm__ volatile(insn " %0, %1, %2, %3, " rm                           \
                         : "=f"(r) : "f"(x), "f"(y), "f"(z));                  \
        finish_f(r);                                                           \
    }
#define F1(name, insn, rm)                                                     \
    static void name(float x, float y, float z)                                \
    {                                                                          \
        float r;                                                               \
        (void)y, (void)z;                                                      \
        start();                                                               \
        __asm__ volatile(insn " %0, %1, " rm : "=f"(r) : "f"(x));              \
        finish_f(r);                                                           \
    }

#define OPS(X, P, S)                                                           \
    X##2(P##add_##S, "fadd." #P, #S) X##2(P##sub_##S, "fsub." #P, #S)          \
    X##2(P##mul_##S, "fmul." #P, #S) X##2(P##div_##S, "fdiv." #P, #S)          \
    X##1(P##sqrt_##S, "fsqrt." #P, #S)                                         \
    X##3(P##madd_##S, "fmadd." #P, #S) X##3(P##msub_##S, "fmsub." #P, #S)      \
    X##3(P##nmsub_##S, "fnmsub." #P, #S)                                       \
    X##3(P##nmadd_##S, "fnmadd." #P, #S)
OPS(D, d, rne)
OPS(D, d, dyn)
OPS(F, s, rne)
OPS(F, s, dyn)

typedef struct {
    const char *name;
    void (*d)(double, double, double);
    void (*f)(float, float, float);
} Op;

#define ROW(op, S) { #op "." #S, d##op##_##S, s##op##_##S }
#define ROWS(S)                                                                \
    ROW(add, S), ROW(sub, S), ROW(mul, S), ROW(div, S), ROW(sqrt, S),          \
        ROW(madd, S), ROW(msub, S), ROW(nmsub, S), ROW(nmadd, S)
static const Op ops[] = { ROWS(rne), ROWS(dyn) };

/* The FP states: fflags before each operation, and frm. */
static const struct {
    const char *name;
    long flags, frm;
} states[] = {
    { "nx-rne", 1, 0 },  /* the common state: the in-line path */
    { "clear-rne", 0, 0 },
    { "nx-rtz", 1, 1 },  /* dyn ops round toward zero */
    { "nx-rup", 1, 3 },
    { "all-rne", 0x1f, 0 },
};

/* Eight integer values in registers across an fadd.d that goes out of line
 * (a subnormal result) and one that stays in line. */
static int live_regs(void)
{
    double tiny = 0x1p-1070, r1, r2, one = 1.0;
    long s;

    __asm__ volatile("li a0, 11\n\t"
                     "li a1, 22\n\t"
                     "li a2, 33\n\t"
                     "li a3, 44\n\t"
                     "li a4, 55\n\t"
                     "li a5, 66\n\t"
                     "li a6, 77\n\t"
                     "li a7, 88\n\t"
                     "li t0, 99\n\t"
                     "li t1, 111\n\t"
                     "fadd.d %1, %3, %3, rne\n\t"
                     "fadd.d %2, %4, %4, rne\n\t"
                     "add %0, a0, a1\n\t"
                     "add %0, %0, a2\n\t"
                     "add %0, %0, a3\n\t"
                     "add %0, %0, a4\n\t"
                     "add %0, %0, a5\n\t"
                     "add %0, %0, a6\n\t"
                     "add %0, %0, a7\n\t"
                     "add %0, %0, t0\n\t"
                     "add %0, %0, t1\n\t"
                     : "=&r"(s), "=&f"(r1), "=&f"(r2)
                     : "f"(tiny), "f"(one)
                     : "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "t0",
                       "t1");
    return s == 606 && r1 == 0x1p-1069 && r2 == 2.0;
}

/* A single whose upper half is not all ones reads as the canonical NaN. */
static uint64_t unboxed_add(void)
{
    uint64_t bad = 0x000000003fc00000ull, r;
    __asm__ volatile("fsflags %1\n\t"
                     "fmv.d.x ft0, %2\n\t"
                     "fadd.s ft1, ft0, ft0, rne\n\t"
                     "fmv.x.d %0, ft1"
                     : "=r"(r) : "r"(1L), "r"(bad) : "ft0", "ft1");
    return r;
}

int main(void)
{
    for (unsigned s = 0; s < sizeof(states) / sizeof(states[0]); s++) {
        flags_in = states[s].flags;
        __asm__ volatile("fsrm %0" : : "r"(states[s].frm));
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
            printf("%-10s %-9s d %016llx s %016llx\n", states[s].name,
                   ops[o].name, (unsigned long long)hd,
                   (unsigned long long)hash);
        }
    }
    __asm__ volatile("fsrm %0" : : "r"(0L));
    printf("live registers across the slow path: %s\n",
           live_regs() ? "ok" : "BAD");
    printf("unboxed fadd.s: %016llx\n", (unsigned long long)unboxed_add());
    return 0;
}
