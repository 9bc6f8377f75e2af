/*
 * Unit test for the aarch64 *_nx helpers (frontends/aarch64/fpu.c, used
 * under -opt fp-nx / fma-nx): on operands biased towards the fast range's
 * edges and special values (fpu-nx-gen.h), under FPCR rounding modes, FZ
 * and DN, with FPSR.IXC set or not, each must give the same result (and
 * vector register) and the same FPSR as the exact helper it specializes
 * (whose own answers test-a64-fpu and the diff layer check).
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "frontends/aarch64/cpu.h"
#include "frontends/aarch64/fpu.h"
#include "fpu-nx-gen.h"

#define N_CASES 300000

typedef uint64_t (*Fn2)(uint64_t, uint64_t, uint64_t);
typedef uint64_t (*Fn3)(uint64_t, uint64_t, uint64_t, uint64_t);

static CPUARMState env_nx, env_ref;
static int failures;

/* Mostly the defaults (RN, FZ off), IXC mostly set. */
static void random_state(void)
{
    uint32_t fpcr = 0, fpsr = 0;
    if (nx_rand() % 4 == 0) {
        fpcr = (uint32_t)(nx_rand() % 4) << A64_FPCR_RMODE_SHIFT |
               (nx_rand() % 2 ? A64_FPCR_FZ : 0) |
               (nx_rand() % 2 ? A64_FPCR_DN : 0);
    }
    if (nx_rand() % 4) {
        fpsr |= A64_FPSR_IXC;
    }
    if (nx_rand() % 4 == 0) {
        fpsr |= (uint32_t)(nx_rand() & 0x9f);
    }
    env_nx.fpcr = env_ref.fpcr = fpcr;
    env_nx.fpsr = env_ref.fpsr = fpsr;
}

static uint64_t operand(bool dbl)
{
    return dbl ? nx_double() : nx_single();
}

static void report(const char *name, int bad)
{
    printf("%s nx %s (%d cases)\n", bad ? "FAIL" : "PASS", name, N_CASES);
    failures += bad != 0;
}

static void note(int *bad, const char *name, uint64_t a, uint64_t b,
                 uint64_t c)
{
    if ((*bad)++ < 5) {
        printf("  %s a %016llx b %016llx c %016llx fpcr %x fpsr %x\n", name,
               (unsigned long long)a, (unsigned long long)b,
               (unsigned long long)c, env_ref.fpcr, env_ref.fpsr);
    }
}

static void test2(const char *name, Fn2 nx, Fn2 ref, bool dbl)
{
    int bad = 0;
    for (int i = 0; i < N_CASES; i++) {
        uint64_t a = operand(dbl), b = operand(dbl);
        random_state();
        uint32_t fpsr0 = env_ref.fpsr;
        uint64_t rn = nx((uintptr_t)&env_nx, a, b);
        uint64_t rr = ref((uintptr_t)&env_ref, a, b);
        if (rn != rr || env_nx.fpsr != env_ref.fpsr) {
            env_ref.fpsr = fpsr0;
            note(&bad, name, a, b, 0);
        }
    }
    report(name, bad);
}

static void test3(const char *name, Fn3 nx, Fn3 ref, bool dbl, bool cmp)
{
    int bad = 0;
    for (int i = 0; i < N_CASES; i++) {
        uint64_t a = operand(dbl), b = operand(dbl), c = operand(dbl);
        if (cmp) {
            c = nx_rand() % 2; /* FCMP / FCMPE */
            if (nx_rand() % 8 == 0) {
                b = a;
            }
        }
        random_state();
        uint32_t fpsr0 = env_ref.fpsr;
        uint64_t rn = nx((uintptr_t)&env_nx, a, b, c);
        uint64_t rr = ref((uintptr_t)&env_ref, a, b, c);
        if (rn != rr || env_nx.fpsr != env_ref.fpsr) {
            env_ref.fpsr = fpsr0;
            note(&bad, name, a, b, c);
        }
    }
    report(name, bad);
}

static uint64_t sqrt_s_nx(uint64_t e, uint64_t a, uint64_t b)
{
    return a64_fph_fsqrt_s_nx(e, b);
}
static uint64_t sqrt_s(uint64_t e, uint64_t a, uint64_t b)
{
    return a64_fph_fsqrt_s(e, b);
}
static uint64_t sqrt_d_nx(uint64_t e, uint64_t a, uint64_t b)
{
    return a64_fph_fsqrt_d_nx(e, b);
}
static uint64_t sqrt_d(uint64_t e, uint64_t a, uint64_t b)
{
    return a64_fph_fsqrt_d(e, b);
}

/* FMLA/FMLS: v2 += (+-v0) * v1, 2S, 4S or 2D. */
static void test_vfma(void)
{
    int bad = 0;
    for (int i = 0; i < N_CASES; i++) {
        bool dbl = nx_rand() % 2, q = dbl || nx_rand() % 2, neg = nx_rand() % 2;
        uint64_t d = a64_fph_vdesc(2, 0, 1, dbl, q);
        for (int r = 0; r < 3; r++) {
            for (int h = 0; h < 2; h++) {
                uint64_t v = dbl ? operand(true)
                                 : operand(false) | operand(false) << 32;
                env_nx.v[r][h] = env_ref.v[r][h] = v;
            }
        }
        random_state();
        uint32_t fpsr0 = env_ref.fpsr;
        uint64_t acc = env_ref.v[2][0];
        if (neg) {
            a64_fph_vfmls_nx((uintptr_t)&env_nx, d);
            a64_fph_vfmls((uintptr_t)&env_ref, d);
        } else {
            a64_fph_vfmla_nx((uintptr_t)&env_nx, d);
            a64_fph_vfmla((uintptr_t)&env_ref, d);
        }
        if (memcmp(env_nx.v[2], env_ref.v[2], 16) ||
            env_nx.fpsr != env_ref.fpsr) {
            env_ref.fpsr = fpsr0;
            note(&bad, dbl ? "vfmla.2d" : "vfmla.s", env_ref.v[0][0],
                 env_ref.v[1][0], acc);
        }
    }
    report("vfmla/vfmls", bad);
}

/* Vector FADD/FSUB/FMUL/FDIV: v2 = v0 op v1, 2S, 4S or 2D. */
static void test_vec2(void)
{
    static const struct {
        const char *name;
        uint64_t (*nx)(uint64_t, uint64_t), (*ref)(uint64_t, uint64_t);
    } ops[] = {
        {"vfadd", a64_fph_vfadd_nx, a64_fph_vfadd},
        {"vfsub", a64_fph_vfsub_nx, a64_fph_vfsub},
        {"vfmul", a64_fph_vfmul_nx, a64_fph_vfmul},
        {"vfdiv", a64_fph_vfdiv_nx, a64_fph_vfdiv},
    };
    for (size_t o = 0; o < sizeof(ops) / sizeof(ops[0]); o++) {
        int bad = 0;
        for (int i = 0; i < N_CASES; i++) {
            bool dbl = nx_rand() % 2, q = dbl || nx_rand() % 2;
            uint64_t d = a64_fph_vdesc(2, 0, 1, dbl, q);
            for (int r = 0; r < 3; r++) {
                for (int h = 0; h < 2; h++) {
                    uint64_t v = dbl ? operand(true)
                                     : operand(false) | operand(false) << 32;
                    env_nx.v[r][h] = env_ref.v[r][h] = v;
                }
            }
            random_state();
            uint32_t fpsr0 = env_ref.fpsr;
            ops[o].nx((uintptr_t)&env_nx, d);
            ops[o].ref((uintptr_t)&env_ref, d);
            if (memcmp(env_nx.v[2], env_ref.v[2], 16) ||
                env_nx.fpsr != env_ref.fpsr) {
                env_ref.fpsr = fpsr0;
                note(&bad, ops[o].name, env_ref.v[0][0], env_ref.v[1][0], 0);
            }
        }
        report(ops[o].name, bad);
    }
}

int main(void)
{
    static const struct {
        const char *name;
        Fn2 nx, ref;
        bool dbl;
    } t2[] = {
#define T2(n)                                                                  \
    {#n ".s", a64_fph_##n##_s_nx, a64_fph_##n##_s, false},                     \
        {#n ".d", a64_fph_##n##_d_nx, a64_fph_##n##_d, true},
        A64_FPH_NX2(T2)
#undef T2
        {"fsqrt.s", sqrt_s_nx, sqrt_s, false},
        {"fsqrt.d", sqrt_d_nx, sqrt_d, true},
    };
    static const struct {
        const char *name;
        Fn3 nx, ref;
        bool dbl;
    } t3[] = {
#define T3(n)                                                                  \
    {#n ".s", a64_fph_##n##_s_nx, a64_fph_##n##_s, false},                     \
        {#n ".d", a64_fph_##n##_d_nx, a64_fph_##n##_d, true},
        A64_FPH_FMA(T3)
#undef T3
    };

    for (size_t i = 0; i < sizeof(t2) / sizeof(t2[0]); i++) {
        test2(t2[i].name, t2[i].nx, t2[i].ref, t2[i].dbl);
    }
    test_vec2();
    test3("fcmp.s", a64_fph_fcmp_s_nx, a64_fph_fcmp_s, false, true);
    test3("fcmp.d", a64_fph_fcmp_d_nx, a64_fph_fcmp_d, true, true);
    if (!a64_fpu_nx_fma_ok()) {
        printf("PASS nx fused ops: skipped, no host FMA\n");
        return failures != 0;
    }
    for (size_t i = 0; i < sizeof(t3) / sizeof(t3[0]); i++) {
        test3(t3[i].name, t3[i].nx, t3[i].ref, t3[i].dbl, false);
    }
    test_vfma();
    return failures != 0;
}
