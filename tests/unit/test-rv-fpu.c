/*
 * Unit test for frontends/riscv64/fpu.c: every F/D helper over the
 * edge-biased cases of rv-fpu-cases.h in every static rounding mode,
 * compared (by hash of results and fflags) with the reference emulator's
 * answers in rv-fpu-expected.h (see rv-fpu-oracle.c). The fused
 * multiply-adds run twice: on the host FMA unit and on the exact software
 * path. `test-rv-fpu OP RM` dumps one op's cases in the oracle's format.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontends/riscv64/cpu.h"
#include "frontends/riscv64/fpu.h"
#include "rv-fpu-cases.h"

typedef struct Expected {
    const char *name;
    int rm;
    uint64_t hash;
} Expected;

static const Expected expected[] = {
#include "rv-fpu-expected.h"
};

static const char *const op_names[] = {
#define X(name, insn, form, ops, has_rm, ka, kb, kc) #name,
    RV_FPU_OPS(X)
#undef X
};

static const int op_kinds[][4] = {
#define X(name, insn, form, ops, has_rm, ka, kb, kc) {has_rm, ka, kb, kc},
    RV_FPU_OPS(X)
#undef X
};

static CPURISCVState env;

/* Pure single-precision helper result -> (register value, flags). */
static uint64_t boxed(uint64_t ret, unsigned *fl)
{
    *fl = (unsigned)(ret >> 32);
    return RV_FPU_BOX | (uint32_t)ret;
}

static uint64_t sext(uint64_t ret, unsigned *fl)
{
    *fl = (unsigned)(ret >> 32);
    return (uint64_t)(int64_t)(int32_t)ret;
}

static uint64_t run(int op, int rm, uint64_t a, uint64_t b, uint64_t c,
                    unsigned *fl)
{
    uint64_t e = (uint64_t)(uintptr_t)&env, r;

    env.fflags = 0;
    *fl = 0;
    switch (op) {
    case OP_fadd_s:
        return boxed(rv_fpu_fadd_s(a, b, rm), fl);
    case OP_fsub_s:
        return boxed(rv_fpu_fsub_s(a, b, rm), fl);
    case OP_fmul_s:
        return boxed(rv_fpu_fmul_s(a, b, rm), fl);
    case OP_fdiv_s:
        return boxed(rv_fpu_fdiv_s(a, b, rm), fl);
    case OP_fsqrt_s:
        return boxed(rv_fpu_fsqrt_s(a, rm), fl);
    case OP_fmadd_s:
        return boxed(rv_fpu_fmadd_s(a, b, c, rm, 0), fl);
    case OP_fmsub_s:
        return boxed(rv_fpu_fmadd_s(a, b, c, rm, RV_FMA_NEG_ADD), fl);
    case OP_fnmsub_s:
        return boxed(rv_fpu_fmadd_s(a, b, c, rm, RV_FMA_NEG_PROD), fl);
    case OP_fnmadd_s:
        return boxed(
            rv_fpu_fmadd_s(a, b, c, rm, RV_FMA_NEG_PROD | RV_FMA_NEG_ADD), fl);
    case OP_fmin_s:
        return boxed(rv_fpu_fmin_s(a, b), fl);
    case OP_fmax_s:
        return boxed(rv_fpu_fmax_s(a, b), fl);
    case OP_feq_s:
        return sext(rv_fpu_feq_s(a, b), fl);
    case OP_flt_s:
        return sext(rv_fpu_flt_s(a, b), fl);
    case OP_fle_s:
        return sext(rv_fpu_fle_s(a, b), fl);
    case OP_fclass_s:
        return rv_fpu_fclass_s(a);
    case OP_fcvt_w_s:
        return sext(rv_fpu_fcvt_w_s(a, rm), fl);
    case OP_fcvt_wu_s:
        return sext(rv_fpu_fcvt_wu_s(a, rm), fl);
    case OP_fcvt_l_s:
        r = rv_fpu_fcvt_l_s(e, a, rm);
        break;
    case OP_fcvt_lu_s:
        r = rv_fpu_fcvt_lu_s(e, a, rm);
        break;
    case OP_fcvt_s_w:
        return boxed(rv_fpu_fcvt_s_w(a, rm), fl);
    case OP_fcvt_s_wu:
        return boxed(rv_fpu_fcvt_s_wu(a, rm), fl);
    case OP_fcvt_s_l:
        return boxed(rv_fpu_fcvt_s_l(a, rm), fl);
    case OP_fcvt_s_lu:
        return boxed(rv_fpu_fcvt_s_lu(a, rm), fl);
    case OP_fcvt_s_d:
        return boxed(rv_fpu_fcvt_s_d(a, rm), fl);
    case OP_fcvt_d_s:
        r = rv_fpu_fcvt_d_s(e, a);
        break;
    case OP_fadd_d:
        r = rv_fpu_fadd_d(e, a, b, rm);
        break;
    case OP_fsub_d:
        r = rv_fpu_fsub_d(e, a, b, rm);
        break;
    case OP_fmul_d:
        r = rv_fpu_fmul_d(e, a, b, rm);
        break;
    case OP_fdiv_d:
        r = rv_fpu_fdiv_d(e, a, b, rm);
        break;
    case OP_fsqrt_d:
        r = rv_fpu_fsqrt_d(e, a, rm);
        break;
    case OP_fmadd_d:
        r = rv_fpu_fmadd_d(e, a, b, c, rm, 0);
        break;
    case OP_fmsub_d:
        r = rv_fpu_fmadd_d(e, a, b, c, rm, RV_FMA_NEG_ADD);
        break;
    case OP_fnmsub_d:
        r = rv_fpu_fmadd_d(e, a, b, c, rm, RV_FMA_NEG_PROD);
        break;
    case OP_fnmadd_d:
        r = rv_fpu_fmadd_d(e, a, b, c, rm, RV_FMA_NEG_PROD | RV_FMA_NEG_ADD);
        break;
    case OP_fmin_d:
        r = rv_fpu_fmin_d(e, a, b);
        break;
    case OP_fmax_d:
        r = rv_fpu_fmax_d(e, a, b);
        break;
    case OP_feq_d:
        return sext(rv_fpu_feq_d(a, b), fl);
    case OP_flt_d:
        return sext(rv_fpu_flt_d(a, b), fl);
    case OP_fle_d:
        return sext(rv_fpu_fle_d(a, b), fl);
    case OP_fclass_d:
        return rv_fpu_fclass_d(a);
    case OP_fcvt_w_d:
        return sext(rv_fpu_fcvt_w_d(a, rm), fl);
    case OP_fcvt_wu_d:
        return sext(rv_fpu_fcvt_wu_d(a, rm), fl);
    case OP_fcvt_l_d:
        r = rv_fpu_fcvt_l_d(e, a, rm);
        break;
    case OP_fcvt_lu_d:
        r = rv_fpu_fcvt_lu_d(e, a, rm);
        break;
    case OP_fcvt_d_w:
        return rv_fpu_fcvt_d_w(a);
    case OP_fcvt_d_wu:
        return rv_fpu_fcvt_d_wu(a);
    case OP_fcvt_d_l:
        r = rv_fpu_fcvt_d_l(e, a, rm);
        break;
    case OP_fcvt_d_lu:
        r = rv_fpu_fcvt_d_lu(e, a, rm);
        break;
    default:
        abort();
    }
    *fl = (unsigned)env.fflags;
    return r;
}

static uint64_t run_op(int op, int rm, bool dump)
{
    uint64_t s = 0x9e3779b97f4a7c15ull ^ (op * 1000003ull + rm);
    uint64_t h = 0xcbf29ce484222325ull;
    for (int i = 0; i < CASES_PER_OP; i++) {
        uint64_t a, b, c, r;
        unsigned fl;
        gen_case(op_kinds[op][1], op_kinds[op][2], op_kinds[op][3], &s, &a, &b,
                 &c);
        r = run(op, rm, a, b, c, &fl);
        h = fnv(fnv(h, r), fl);
        if (dump) {
            printf("%016lx %016lx %016lx -> %016lx %02x\n", (unsigned long)a,
                   (unsigned long)b, (unsigned long)c, (unsigned long)r, fl);
        }
    }
    return h;
}

static int find_op(const char *name)
{
    for (int op = 0; op < NB_OPS; op++) {
        if (!strcmp(op_names[op], name)) {
            return op;
        }
    }
    return -1;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    uint32_t mx0, mx1;

    if (argc > 2) {
        int op = find_op(argv[1]);
        if (op < 0) {
            fprintf(stderr, "test-rv-fpu: unknown op %s\n", argv[1]);
            return 2;
        }
        if (argc > 3) {
            rv_fpu_set_hw_fma(0);
        }
        run_op(op, atoi(argv[2]), true);
        return 0;
    }
    __asm__ volatile("stmxcsr %0" : "=m"(mx0));
    for (int pass = 0; pass < 2; pass++) {
        const char *tag = pass ? " (soft fma)" : "";
        rv_fpu_set_hw_fma(!pass);
        for (size_t i = 0; i < NELEM(expected); i++) {
            const Expected *x = &expected[i];
            int op = find_op(x->name);
            uint64_t h;
            if (op < 0) {
                printf("FAIL %s: unknown op\n", x->name);
                failed++;
                continue;
            }
            if (pass && !strstr(x->name, "fma") && !strstr(x->name, "fms") &&
                !strstr(x->name, "fnm")) {
                continue;
            }
            h = run_op(op, x->rm, false);
            if (h == x->hash) {
                printf("PASS %s rm=%d%s\n", x->name, x->rm, tag);
                passed++;
            } else {
                printf("FAIL %s rm=%d%s\n", x->name, x->rm, tag);
                failed++;
            }
        }
    }
    __asm__ volatile("stmxcsr %0" : "=m"(mx1));
    if ((mx0 & ~0x3fu) != (mx1 & ~0x3fu)) { /* control bits */
        printf("FAIL mxcsr changed: %08x -> %08x\n", mx0, mx1);
        failed++;
    } else {
        printf("PASS mxcsr preserved\n");
        passed++;
    }
    printf("test-rv-fpu: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
