/*
 * Unit test for the riscv64 *_nx helpers (frontends/riscv64/fpu.c, used
 * under -opt fp-nx / fma-nx): on operands biased towards the fast range's
 * edges and special values (fpu-nx-gen.h), in every rounding mode and with
 * fflags' NX set or not, each must give the same result and the same
 * accrued fflags as the exact helper it specializes (whose own answers
 * test-rv-fpu checks against the reference emulator).
 */
#include <stdbool.h>
#include <stdio.h>

#include "frontends/riscv64/cpu.h"
#include "frontends/riscv64/fpu.h"
#include "fpu-nx-gen.h"

#define N_CASES 400000

enum { ADD, SUB, MUL, DIV, SQRT, FMA, N_OPS };
static const char *const names[N_OPS] = {"add", "sub", "mul",
                                         "div", "sqrt", "fmadd"};

static CPURISCVState env_nx, env_ref;

/* An operand register: a double, or a single boxed (rarely not). */
static uint64_t operand(bool dbl)
{
    if (dbl) {
        return nx_double();
    }
    return (nx_rand() % 64 ? RV_FPU_BOX : 0) | nx_single();
}

/* Run op both ways; false on a mismatch. */
static bool one(int op, bool dbl, uint64_t a, uint64_t b, uint64_t c,
                uint64_t rm, uint64_t neg, uint64_t fl0)
{
    uint64_t en = (uint64_t)(uintptr_t)&env_nx;
    uint64_t er = (uint64_t)(uintptr_t)&env_ref;
    uint64_t rn = 0, rr = 0;

    env_nx.fflags = env_ref.fflags = fl0;
    if (dbl) {
        switch (op) {
        case ADD:
            rn = rv_fpu_fadd_d_nx(en, a, b, rm);
            rr = rv_fpu_fadd_d(er, a, b, rm);
            break;
        case SUB:
            rn = rv_fpu_fsub_d_nx(en, a, b, rm);
            rr = rv_fpu_fsub_d(er, a, b, rm);
            break;
        case MUL:
            rn = rv_fpu_fmul_d_nx(en, a, b, rm);
            rr = rv_fpu_fmul_d(er, a, b, rm);
            break;
        case DIV:
            rn = rv_fpu_fdiv_d_nx(en, a, b, rm);
            rr = rv_fpu_fdiv_d(er, a, b, rm);
            break;
        case SQRT:
            rn = rv_fpu_fsqrt_d_nx(en, a, rm);
            rr = rv_fpu_fsqrt_d(er, a, rm);
            break;
        default:
            rn = rv_fpu_fmadd_d_nx(en, a, b, c, rm, neg);
            rr = rv_fpu_fmadd_d(er, a, b, c, rm, neg);
            break;
        }
        return rn == rr && env_nx.fflags == env_ref.fflags;
    }
    switch (op) {
    case ADD:
        rn = rv_fpu_fadd_s_nx(en, a, b, rm);
        rr = rv_fpu_fadd_s(a, b, rm);
        break;
    case SUB:
        rn = rv_fpu_fsub_s_nx(en, a, b, rm);
        rr = rv_fpu_fsub_s(a, b, rm);
        break;
    case MUL:
        rn = rv_fpu_fmul_s_nx(en, a, b, rm);
        rr = rv_fpu_fmul_s(a, b, rm);
        break;
    case DIV:
        rn = rv_fpu_fdiv_s_nx(en, a, b, rm);
        rr = rv_fpu_fdiv_s(a, b, rm);
        break;
    case SQRT:
        rn = rv_fpu_fsqrt_s_nx(en, a, rm);
        rr = rv_fpu_fsqrt_s(a, rm);
        break;
    default:
        rn = rv_fpu_fmadd_s_nx(en, a, b, c, rm, neg);
        rr = rv_fpu_fmadd_s(a, b, c, rm, neg);
        break;
    }
    /* The _nx helper accrues its flags; the exact one returns them. */
    return rn == (uint32_t)rr && env_nx.fflags == (fl0 | rr >> 32);
}

int main(void)
{
    int failures = 0;
    bool fma = rv_fpu_nx_fma_ok();

    for (int op = 0; op < N_OPS; op++) {
        for (int dbl = 0; dbl < 2; dbl++) {
            int bad = 0;
            if (op == FMA && !fma) {
                printf("PASS nx %s.%c: skipped, no host FMA\n", names[op],
                       dbl ? 'd' : 's');
                continue;
            }
            for (int i = 0; i < N_CASES; i++) {
                uint64_t a = operand(dbl), b = operand(dbl), c = operand(dbl);
                /* Mostly RNE with NX set: the state the fast path wants. */
                uint64_t rm = nx_rand() % 4 ? RV_RM_RNE : nx_rand() % 5;
                uint64_t fl0 = (nx_rand() % 4 ? RV_FF_NX : 0) |
                               (nx_rand() % 4 ? 0 : nx_rand() % 32);
                uint64_t neg = nx_rand() % 4;
                if (!one(op, dbl, a, b, c, rm, neg, fl0) && bad++ < 5) {
                    printf("  %s.%c a %016llx b %016llx c %016llx rm %llu "
                           "neg %llu fflags %llx\n",
                           names[op], dbl ? 'd' : 's', (unsigned long long)a,
                           (unsigned long long)b, (unsigned long long)c,
                           (unsigned long long)rm, (unsigned long long)neg,
                           (unsigned long long)fl0);
                }
            }
            printf("%s nx %s.%c (%d cases)\n", bad ? "FAIL" : "PASS",
                   names[op], dbl ? 'd' : 's', N_CASES);
            failures += bad != 0;
        }
    }
    return failures != 0;
}
