/*
 * Unit test for frontends/aarch64/fpu.c.
 *
 *   1. Hand-checked cases from the Arm pseudocode: NaN propagation order,
 *      default NaN, FZ input/output flushing, tininess before rounding,
 *      FMULX/FRECPS special cases, estimates, saturating conversions.
 *   2. The scalar sweep of tests/guest/aarch64/fp-sweep.c (same operands,
 *      same hash) computed here through fpu.c and compared with that
 *      test's expected output, which the reference emulator produced. The
 *      fused multiply-adds run twice: host FMA and the software path.
 *
 *   3. Decoder exactness: random words of the SIMD&FP encoding space are
 *      accepted by the FP table exactly when capstone disassembles them as
 *      an FP instruction that mimic implements (not FP16, FCMA, FHM,
 *      JSCVT, FRINTTS, BF16), so the integer AdvSIMD table tried after
 *      this one sees every other word (A64_FPU_DECODE_WORDS sets how
 *      many words; 400000 by default).
 *
 *   test-a64-fpu OP MODE   dump one sweep operation (diff it against
 *                          `qemu-aarch64 fp-sweep OP MODE`)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <capstone.h>

#include "frontends/aarch64/fpu.h"
#include "frontends/aarch64/translate.h"

#define FP_SWEEP_HOST
#include "tests/guest/aarch64/fp-sweep.c"

static int failures;

static void check(bool ok, const char *name)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    failures += !ok;
}

/* ---- the sweep through fpu.c --------------------------------------- */

enum { S = A64_FP_S, D = A64_FP_D, H = A64_FP_H };

static uint64_t ones(int sz)
{
    return sz == D ? ~0ull : 0xffffffffull;
}

static uint64_t sgn(int sz)
{
    return sz == D ? 1ull << 63 : 1ull << 31;
}

static uint64_t host_run(int op, uint64_t a, uint64_t b, uint64_t c, A64FPSt *s)
{
    int sz = strstr(op_names[op], "_d") || strstr(op_names[op], "_xd") ||
                     strstr(op_names[op], "_wd") || strstr(op_names[op], "_vd")
                 ? D
                 : S;
    uint64_t abs = ~sgn(sz) & ones(sz);

    switch (op) {
    case OP_fadd_s:
    case OP_fadd_d:
        return a64_fpu_add(sz, a, b, s);
    case OP_fsub_s:
    case OP_fsub_d:
        return a64_fpu_sub(sz, a, b, s);
    case OP_fmul_s:
    case OP_fmul_d:
        return a64_fpu_mul(sz, a, b, s);
    case OP_fdiv_s:
    case OP_fdiv_d:
        return a64_fpu_div(sz, a, b, s);
    case OP_fnmul_s:
    case OP_fnmul_d:
        return a64_fpu_mul(sz, a, b, s) ^ sgn(sz);
    case OP_fmax_s:
    case OP_fmax_d:
        return a64_fpu_max(sz, a, b, s);
    case OP_fmin_s:
    case OP_fmin_d:
        return a64_fpu_min(sz, a, b, s);
    case OP_fmaxnm_s:
    case OP_fmaxnm_d:
        return a64_fpu_maxnm(sz, a, b, s);
    case OP_fminnm_s:
    case OP_fminnm_d:
        return a64_fpu_minnm(sz, a, b, s);
    case OP_fabd_s:
    case OP_fabd_d:
        return a64_fpu_abd(sz, a, b, s);
    case OP_fmulx_s:
    case OP_fmulx_d:
        return a64_fpu_mulx(sz, a, b, s);
    case OP_frecps_s:
    case OP_frecps_d:
        return a64_fpu_recps(sz, a, b, s);
    case OP_frsqrts_s:
    case OP_frsqrts_d:
        return a64_fpu_rsqrts(sz, a, b, s);
    case OP_fcmeq_s:
    case OP_fcmeq_d:
        return a64_fpu_cmp_eq(sz, a, b, s) ? ones(sz) : 0;
    case OP_fcmge_s:
    case OP_fcmge_d:
        return a64_fpu_cmp_ge(sz, a, b, s) ? ones(sz) : 0;
    case OP_fcmgt_s:
    case OP_fcmgt_d:
        return a64_fpu_cmp_gt(sz, a, b, s) ? ones(sz) : 0;
    case OP_facge_s:
    case OP_facge_d:
        return a64_fpu_cmp_ge(sz, a & abs, b & abs, s) ? ones(sz) : 0;
    case OP_facgt_s:
    case OP_facgt_d:
        return a64_fpu_cmp_gt(sz, a & abs, b & abs, s) ? ones(sz) : 0;
    case OP_fcmp_s:
    case OP_fcmp_d:
        return a64_fpu_cmp(sz, a, b, false, s);
    case OP_fcmpe_s:
    case OP_fcmpe_d:
        return a64_fpu_cmp(sz, a, b, true, s);
    case OP_fmadd_s:
    case OP_fmadd_d:
        return a64_fpu_muladd(sz, c, a, b, s);
    case OP_fmsub_s:
    case OP_fmsub_d:
        return a64_fpu_muladd(sz, c, a ^ sgn(sz), b, s);
    case OP_fnmadd_s:
    case OP_fnmadd_d:
        return a64_fpu_muladd(sz, c ^ sgn(sz), a ^ sgn(sz), b, s);
    case OP_fnmsub_s:
    case OP_fnmsub_d:
        return a64_fpu_muladd(sz, c ^ sgn(sz), a, b, s);
    case OP_fsqrt_s:
    case OP_fsqrt_d:
        return a64_fpu_sqrt(sz, a, s);
    case OP_frintn_s:
    case OP_frintn_d:
        return a64_fpu_rint(sz, a, A64_RND_N, false, s);
    case OP_frintp_s:
    case OP_frintp_d:
        return a64_fpu_rint(sz, a, A64_RND_P, false, s);
    case OP_frintm_s:
    case OP_frintm_d:
        return a64_fpu_rint(sz, a, A64_RND_M, false, s);
    case OP_frintz_s:
    case OP_frintz_d:
        return a64_fpu_rint(sz, a, A64_RND_Z, false, s);
    case OP_frinta_s:
    case OP_frinta_d:
        return a64_fpu_rint(sz, a, A64_RND_A, false, s);
    case OP_frintx_s:
    case OP_frintx_d:
        return a64_fpu_rint(sz, a, s->rm, true, s);
    case OP_frinti_s:
    case OP_frinti_d:
        return a64_fpu_rint(sz, a, s->rm, false, s);
    case OP_frecpe_s:
    case OP_frecpe_d:
        return a64_fpu_recpe(sz, a, s);
    case OP_frsqrte_s:
    case OP_frsqrte_d:
        return a64_fpu_rsqrte(sz, a, s);
    case OP_frecpx_s:
    case OP_frecpx_d:
        return a64_fpu_recpx(sz, a, s);
    case OP_fcmgt0_s:
        return a64_fpu_cmp_gt(S, a, 0, s) ? ones(S) : 0;
    case OP_fcmle0_s:
        return a64_fpu_cmp_ge(S, 0, a, s) ? ones(S) : 0;
    case OP_fcmlt0_s:
        return a64_fpu_cmp_gt(S, 0, a, s) ? ones(S) : 0;
    case OP_fcmeq0_d:
        return a64_fpu_cmp_eq(D, a, 0, s) ? ones(D) : 0;
    case OP_fcmge0_d:
        return a64_fpu_cmp_ge(D, a, 0, s) ? ones(D) : 0;
    case OP_fcvtzs_vs:
        return a64_fpu_to_int(S, a, 0, A64_RND_Z, 0, 32, s);
    case OP_fcvtau_vs:
        return a64_fpu_to_int(S, a, 0, A64_RND_A, 1, 32, s);
    case OP_fabs_s:
        return a & ~sgn(S);
    case OP_fneg_s:
        return a ^ sgn(S);
    case OP_fcvtzu_vd:
        return a64_fpu_to_int(D, a, 0, A64_RND_Z, 1, 64, s);
    case OP_fcvtns_vd:
        return a64_fpu_to_int(D, a, 0, A64_RND_N, 0, 64, s);
    case OP_fcvtzs_fix_d:
        return a64_fpu_to_int(D, a, 10, A64_RND_Z, 0, 64, s);
    case OP_fcvtzs_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_Z, 0, 32, s);
    case OP_fcvtzu_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_Z, 1, 32, s);
    case OP_fcvtns_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_N, 0, 32, s);
    case OP_fcvtnu_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_N, 1, 32, s);
    case OP_fcvtas_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_A, 0, 32, s);
    case OP_fcvtau_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_A, 1, 32, s);
    case OP_fcvtps_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_P, 0, 32, s);
    case OP_fcvtpu_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_P, 1, 32, s);
    case OP_fcvtms_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_M, 0, 32, s);
    case OP_fcvtmu_ws:
        return a64_fpu_to_int(S, a, 0, A64_RND_M, 1, 32, s);
    case OP_fcvtzs_fix_ws:
        return a64_fpu_to_int(S, a, 16, A64_RND_Z, 0, 32, s);
    case OP_fcvtzu_fix_ws:
        return a64_fpu_to_int(S, a, 1, A64_RND_Z, 1, 32, s);
    case OP_fcvtzs_xs:
        return a64_fpu_to_int(S, a, 0, A64_RND_Z, 0, 64, s);
    case OP_fcvtzu_xs:
        return a64_fpu_to_int(S, a, 0, A64_RND_Z, 1, 64, s);
    case OP_fcvtas_xs:
        return a64_fpu_to_int(S, a, 0, A64_RND_A, 0, 64, s);
    case OP_fcvtms_xs:
        return a64_fpu_to_int(S, a, 0, A64_RND_M, 0, 64, s);
    case OP_fcvtzs_fix_xs:
        return a64_fpu_to_int(S, a, 40, A64_RND_Z, 0, 64, s);
    case OP_fcvtzs_wd:
        return a64_fpu_to_int(D, a, 0, A64_RND_Z, 0, 32, s);
    case OP_fcvtzu_wd:
        return a64_fpu_to_int(D, a, 0, A64_RND_Z, 1, 32, s);
    case OP_fcvtns_wd:
        return a64_fpu_to_int(D, a, 0, A64_RND_N, 0, 32, s);
    case OP_fcvtau_wd:
        return a64_fpu_to_int(D, a, 0, A64_RND_A, 1, 32, s);
    case OP_fcvtpu_wd:
        return a64_fpu_to_int(D, a, 0, A64_RND_P, 1, 32, s);
    case OP_fcvtzs_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_Z, 0, 64, s);
    case OP_fcvtzu_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_Z, 1, 64, s);
    case OP_fcvtns_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_N, 0, 64, s);
    case OP_fcvtnu_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_N, 1, 64, s);
    case OP_fcvtas_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_A, 0, 64, s);
    case OP_fcvtps_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_P, 0, 64, s);
    case OP_fcvtms_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_M, 0, 64, s);
    case OP_fcvtmu_xd:
        return a64_fpu_to_int(D, a, 0, A64_RND_M, 1, 64, s);
    case OP_fcvtzu_fix_xd:
        return a64_fpu_to_int(D, a, 64, A64_RND_Z, 1, 64, s);
    case OP_scvtf_sw:
        return a64_fpu_from_int(S, a, 0, 0, 32, s);
    case OP_ucvtf_sw:
        return a64_fpu_from_int(S, a, 0, 1, 32, s);
    case OP_scvtf_fix_sw:
        return a64_fpu_from_int(S, a, 7, 0, 32, s);
    case OP_scvtf_sx:
        return a64_fpu_from_int(S, a, 0, 0, 64, s);
    case OP_ucvtf_sx:
        return a64_fpu_from_int(S, a, 0, 1, 64, s);
    case OP_ucvtf_fix_sx:
        return a64_fpu_from_int(S, a, 64, 1, 64, s);
    case OP_scvtf_dw:
        return a64_fpu_from_int(D, a, 0, 0, 32, s);
    case OP_ucvtf_dw:
        return a64_fpu_from_int(D, a, 0, 1, 32, s);
    case OP_scvtf_dx:
        return a64_fpu_from_int(D, a, 0, 0, 64, s);
    case OP_ucvtf_dx:
        return a64_fpu_from_int(D, a, 0, 1, 64, s);
    case OP_scvtf_fix_dx:
        return a64_fpu_from_int(D, a, 33, 0, 64, s);
    case OP_fcvt_ds:
        return a64_fpu_cvt(D, S, a, s);
    case OP_fcvt_sd:
        return a64_fpu_cvt(S, D, a, s);
    case OP_fcvtxn_sd:
        s->rm = A64_RND_O;
        return a64_fpu_cvt(S, D, a, s);
    case OP_fcvt_hs:
        return a64_fpu_cvt(H, S, a, s);
    case OP_fcvt_hd:
        return a64_fpu_cvt(H, D, a, s);
    case OP_fcvt_sh:
        return a64_fpu_cvt(S, H, a, s);
    case OP_fcvt_dh:
        return a64_fpu_cvt(D, H, a, s);
    default:
        return ~0ull;
    }
}

static uint64_t host_sweep(int op, int m, bool dump)
{
    uint64_t a, b, c, r, h = 0xcbf29ce484222325ull;

    for (unsigned i = 0; sweep_case(op_kinds[op], i, &a, &b, &c); i++) {
        A64FPSt s = a64_fpst(modes[m]), t = a64_fpst_acc(modes[m], ~0u);
        r = host_run(op, a, b, c, &s);
        /* With IXC already accrued the fast paths skip the exactness
         * test: same result, same other flags. */
        if (host_run(op, a, b, c, &t) != r || t.fl != (s.fl | A64_FPSR_IXC)) {
            printf("FAIL a64-fpu ixc-known %s %s %016llx %016llx %016llx\n",
                   op_names[op], mode_names[m], (unsigned long long)a,
                   (unsigned long long)b, (unsigned long long)c);
            failures++;
        }
        if (dump) {
            printf("%016llx %016llx %016llx -> %016llx %02x\n",
                   (unsigned long long)a, (unsigned long long)b,
                   (unsigned long long)c, (unsigned long long)r, s.fl);
        }
        h = sweep_mix(sweep_mix(h, r), s.fl);
    }
    return h;
}

static void test_sweep(void)
{
    const char *path = "tests/guest/aarch64/fp-sweep.expected";
    FILE *f = fopen(path, "r");
    char name[64], mode[32];
    unsigned long long want;
    int bad = 0, n = 0;

    if (!f) {
        printf("FAIL a64-fpu sweep: cannot open %s\n", path);
        failures++;
        return;
    }
    while (fscanf(f, "%63s %31s %llx", name, mode, &want) == 3) {
        int op, m;
        for (op = 0; op < OP_COUNT && strcmp(op_names[op], name); op++) {
        }
        for (m = 0; m < NB_MODES && strcmp(mode_names[m], mode); m++) {
        }
        if (op == OP_COUNT || m == NB_MODES) {
            continue;
        }
        for (int hw = 1; hw >= 0; hw--) {
            uint64_t got;
            a64_fpu_set_hw_fma(hw);
            got = host_sweep(op, m, false);
            n++;
            if (got != want) {
                printf("FAIL a64-fpu sweep %s %s%s\n", name, mode,
                       hw ? "" : " (soft fma)");
                bad++;
            }
            if (op_kinds[op] != K_SS3 && op_kinds[op] != K_DD3) {
                break;
            }
        }
    }
    a64_fpu_set_hw_fma(1);
    fclose(f);
    printf("%s a64-fpu sweep (%d of %d groups)\n", bad || !n ? "FAIL" : "PASS",
           n - bad, n);
    failures += bad || !n;
}

/* ---- hand-checked cases --------------------------------------------- */

static void test_known(void)
{
    A64FPSt s;
    uint64_t r;

    /* Signaling NaN wins over an earlier quiet NaN; quieted; IOC. */
    s = a64_fpst(0);
    r = a64_fpu_add(S, 0x7fc00001, 0x7f800002, &s);
    check(r == 0x7fc00002 && s.fl == A64_FPSR_IOC, "a64-fpu snan-priority");
    /* First quiet NaN operand wins. */
    s = a64_fpst(0);
    r = a64_fpu_mul(D, 0xfff8000000000005ull, 0x7ff8000000000007ull, &s);
    check(r == 0xfff8000000000005ull && s.fl == 0, "a64-fpu qnan-first");
    /* DN gives the default NaN. */
    s = a64_fpst(A64_FPCR_DN);
    r = a64_fpu_sub(S, 0xffc00001, 0x3f800000, &s);
    check(r == 0x7fc00000 && s.fl == 0, "a64-fpu default-nan");
    /* inf - inf: default NaN (positive, unlike x86). */
    s = a64_fpst(0);
    r = a64_fpu_add(D, 0x7ff0000000000000ull, 0xfff0000000000000ull, &s);
    check(r == 0x7ff8000000000000ull && s.fl == A64_FPSR_IOC,
          "a64-fpu inf-minus-inf");
    /* FMADD: addend's quiet NaN with inf * 0 is the default NaN + IOC. */
    s = a64_fpst(0);
    r = a64_fpu_muladd(S, 0x7fc00123, 0x7f800000, 0, &s);
    check(r == 0x7fc00000 && s.fl == A64_FPSR_IOC, "a64-fpu fma-inf-zero-qnan");
    /* Tininess before rounding: 2^-126 * (1 - 2^-24) ties up to the
     * smallest normal, inexact and tiny before rounding: UFC. */
    s = a64_fpst(0);
    r = a64_fpu_mul(S, 0x00800000, 0x3f7fffff, &s);
    check(r == 0x00800000 && s.fl == (A64_FPSR_UFC | A64_FPSR_IXC),
          "a64-fpu tiny-before-rounding");
    /* FZ: denormal input flushed (IDC), result exact. */
    s = a64_fpst(A64_FPCR_FZ);
    r = a64_fpu_add(S, 0x00000001, 0x3f800000, &s);
    check(r == 0x3f800000 && s.fl == A64_FPSR_IDC, "a64-fpu fz-input");
    /* FZ: tiny result flushed to zero with UFC and no IXC. */
    s = a64_fpst(A64_FPCR_FZ);
    r = a64_fpu_mul(S, 0x00800000, 0x3f000000, &s);
    check(r == 0 && s.fl == A64_FPSR_UFC, "a64-fpu fz-output");
    /* FMULX: inf * -0 = -2. */
    s = a64_fpst(0);
    r = a64_fpu_mulx(D, 0x7ff0000000000000ull, 0x8000000000000000ull, &s);
    check(r == 0xc000000000000000ull && s.fl == 0, "a64-fpu fmulx-inf-zero");
    /* FRECPS: 2 - inf * 0 = 2; FRSQRTS: (3 - 0 * inf) / 2 = 1.5. */
    s = a64_fpst(0);
    r = a64_fpu_recps(S, 0x7f800000, 0, &s);
    check(r == 0x40000000, "a64-fpu frecps-inf-zero");
    r = a64_fpu_rsqrts(S, 0, 0xff800000, &s);
    check(r == 0x3fc00000 && s.fl == 0, "a64-fpu frsqrts-zero-inf");
    /* FRECPE(1.0) = 0.998046875 (estimate 511/512); FRSQRTE(4.0) = 0.5
     * rounded estimate 0.498046875 (0x3eff0000). */
    s = a64_fpst(0);
    check(a64_fpu_recpe(S, 0x3f800000, &s) == 0x3f7f8000, "a64-fpu frecpe-one");
    check(a64_fpu_rsqrte(S, 0x40800000, &s) == 0x3eff8000,
          "a64-fpu frsqrte-four");
    /* FRECPE(+0) = +inf with DZC. */
    s = a64_fpst(0);
    check(a64_fpu_recpe(D, 0, &s) == 0x7ff0000000000000ull &&
              s.fl == A64_FPSR_DZC,
          "a64-fpu frecpe-zero");
    /* FCVTZS saturates with IOC only; NaN gives 0. */
    s = a64_fpst(0);
    r = a64_fpu_to_int(S, 0x4f000000, 0, A64_RND_Z, false, 32, &s);
    check(r == 0x7fffffff && s.fl == A64_FPSR_IOC, "a64-fpu fcvtzs-sat");
    s = a64_fpst(0);
    r = a64_fpu_to_int(D, 0x7ff8000000000000ull, 0, A64_RND_Z, false, 64, &s);
    check(r == 0 && s.fl == A64_FPSR_IOC, "a64-fpu fcvtzs-nan");
    /* FCVTZU(-0.5) = 0, inexact, not invalid. */
    s = a64_fpst(0);
    r = a64_fpu_to_int(S, 0xbf000000, 0, A64_RND_Z, true, 32, &s);
    check(r == 0 && s.fl == A64_FPSR_IXC, "a64-fpu fcvtzu-minus-half");
    /* FCVTAS(-2.5) = -3 (ties away). */
    s = a64_fpst(0);
    r = a64_fpu_to_int(S, 0xc0200000, 0, A64_RND_A, false, 32, &s);
    check(r == 0xfffffffd && s.fl == A64_FPSR_IXC, "a64-fpu fcvtas-tie");
    /* FCMP: unordered 0011, less 1000, equal 0110, greater 0010; FCMPE
     * signals on a quiet NaN. */
    s = a64_fpst(0);
    check(a64_fpu_cmp(S, 0x7fc00000, 0, false, &s) == 3 && s.fl == 0,
          "a64-fpu fcmp-unordered");
    check(a64_fpu_cmp(S, 0xbf800000, 0, false, &s) == 8, "a64-fpu fcmp-less");
    check(a64_fpu_cmp(S, 0x80000000, 0, false, &s) == 6, "a64-fpu fcmp-equal");
    check(a64_fpu_cmp(S, 0x3f800000, 0, false, &s) == 2,
          "a64-fpu fcmp-greater");
    a64_fpu_cmp(D, 0x7ff8000000000000ull, 0, true, &s);
    check(s.fl == A64_FPSR_IOC, "a64-fpu fcmpe-qnan");
    /* FMAXNM(qNaN, -inf) = -inf; FMIN(-0, +0) = -0. */
    s = a64_fpst(0);
    check(a64_fpu_maxnm(S, 0x7fc00000, 0xff800000, &s) == 0xff800000,
          "a64-fpu fmaxnm-qnan");
    check(a64_fpu_min(S, 0x80000000, 0, &s) == 0x80000000,
          "a64-fpu fmin-zeros");
    /* FRINTX in RM: -0.5 -> -1.0 with IXC; FRINTZ(-0.5) = -0. */
    s = a64_fpst(2u << 22);
    check(a64_fpu_rint(S, 0xbf000000, s.rm, true, &s) == 0xbf800000 &&
              s.fl == A64_FPSR_IXC,
          "a64-fpu frintx-rm");
    s = a64_fpst(0);
    check(a64_fpu_rint(S, 0xbf000000, A64_RND_Z, false, &s) == 0x80000000 &&
              s.fl == 0,
          "a64-fpu frintz-neg-zero");
    /* FCVTXN (round to odd): 1 + 2^-30 -> 1 + 2^-23 (odd). */
    s = a64_fpst(0);
    s.rm = A64_RND_O;
    check(a64_fpu_cvt(S, D, 0x3ff0000004000000ull, &s) == 0x3f800001,
          "a64-fpu fcvtxn-odd");
    /* Single to half: 65520 overflows to inf; half NaN payload kept. */
    s = a64_fpst(0);
    check(a64_fpu_cvt(H, S, 0x477ff000, &s) == 0x7c00 &&
              s.fl == (A64_FPSR_OFC | A64_FPSR_IXC),
          "a64-fpu fcvt-half-overflow");
    s = a64_fpst(0);
    check(a64_fpu_cvt(S, H, 0x7d01, &s) == 0x7fe02000 && s.fl == A64_FPSR_IOC,
          "a64-fpu fcvt-half-snan");
    /* Round to nearest on the RP side: 1 + 2^-60 in RP is 1 + ulp. */
    s = a64_fpst(1u << 22);
    check(a64_fpu_add(D, 0x3ff0000000000000ull, 0x3c30000000000000ull, &s) ==
                  0x3ff0000000000001ull &&
              s.fl == A64_FPSR_IXC,
          "a64-fpu add-rp");
}

/* ---- decoder exactness -------------------------------------------- */

/* FP16 operands: h registers, .4h/.8h arrangements, .h elements. */
static bool has_half(const char *o)
{
    if (strstr(o, ".4h") || strstr(o, ".8h") || strstr(o, ".h[")) {
        return true;
    }
    for (const char *p = o; *p; p++) {
        if (*p == 'h' && (p == o || p[-1] == ' ') && p[1] >= '0' &&
            p[1] <= '9') {
            return true;
        }
    }
    return false;
}

static bool cs_is_fp(const cs_insn *in)
{
    static const char *const other[] = {
        "fcmla",   "fcadd", "fmlal", "fmlsl",  "fjcvtzs", "frint32",
        "frint64", "bfcvt", "bfdot", "bfmmla", "bfmlal",
    };
    const char *m = in->mnemonic, *o = in->op_str;
    bool half_ok = !strncmp(m, "fcvt", 4) &&
                   (!strcmp(m, "fcvt") || !strncmp(m, "fcvtl", 5) ||
                    !strncmp(m, "fcvtn", 5));

    if (m[0] != 'f' && strcmp(m, "scvtf") && strcmp(m, "ucvtf")) {
        return false;
    }
    for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
        if (!strncmp(m, other[i], strlen(other[i]))) {
            return false;
        }
    }
    if (!half_ok && has_half(o)) {
        return false; /* FP16: h registers, .4h/.8h arrangements */
    }
    return true;
}

static void test_decode(void)
{
    IRContext *ir = calloc(1, sizeof(*ir));
    TranslationBlock tb = {0};
    csh cs;
    cs_insn *in;
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    int bad = 0, fp = 0;

    if (!ir || cs_open(CS_ARCH_ARM64, CS_MODE_ARM, &cs) != CS_ERR_OK) {
        printf("FAIL a64-fpu decode: setup\n");
        failures++;
        free(ir);
        return;
    }
    ir_context_init(ir);
    a64_init_globals(ir);
    const char *env_n = getenv("A64_FPU_DECODE_WORDS");
    int words = env_n ? atoi(env_n) : 400000;

    for (int i = 0; i < words; i++) {
        uint32_t w;
        const A64Pattern *p;
        bool ours = false, want, matched, shadow = false;
        uint8_t bytes[4];

        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        w = (uint32_t)(seed >> 32) | 0x0e000000u; /* bits 27:25 = 111 */
        matched = false;
        for (p = a64_fp_patterns; p->trans; p++) {
            if ((w & p->mask) == p->match) {
                matched = true;
                A64DisasContext ctx = {.ir = ir,
                                       .tb = &tb,
                                       .pc = 0x1000,
                                       .next_pc = 0x1004,
                                       .insn = w};
                ir_reset(ir);
                ours = p->trans(&ctx, w);
                break;
            }
        }
        memcpy(bytes, &w, 4);
        want = cs_disasm(cs, bytes, 4, 0x1000, 1, &in) == 1;
        if (want) {
            const char *m = in->mnemonic;
            want = cs_is_fp(in);
            /* A non-FP instruction our table matches (even to reject it)
             * never reaches the integer AdvSIMD table. */
            shadow = matched && m[0] != 'f' && strcmp(m, "scvtf") &&
                     strcmp(m, "ucvtf") && strncmp(m, "bf", 2);
            if ((ours != want || shadow) && bad < 20) {
                printf("  %08x %s %s: %s\n", w, in->mnemonic, in->op_str,
                       shadow ? "shadowed by the FP table"
                       : ours ? "decoded, not FP"
                              : "FP, not decoded");
            }
            cs_free(in, 1);
        } else if (ours && bad < 20) {
            printf("  %08x (capstone: invalid): decoded\n", w);
        }
        fp += want;
        bad += ours != want || shadow;
    }
    cs_close(&cs);
    free(ir);
    printf("%s a64-fpu decode (%d FP words, %d mismatches)\n",
           bad ? "FAIL" : "PASS", fp, bad);
    failures += bad != 0;
}

/* `test-a64-fpu gen N`: up to N words per FP pattern that mimic accepts
 * and capstone calls FP, with general-register fields below 16 (the
 * instruction list of tests/guest/aarch64/fp-random.c). */
static int gen_insns(int per)
{
    IRContext *ir = calloc(1, sizeof(*ir));
    TranslationBlock tb = {0};
    uint64_t seed = 0x2545f4914f6cdd1dull;
    csh cs;
    int n = 0;

    if (!ir || cs_open(CS_ARCH_ARM64, CS_MODE_ARM, &cs) != CS_ERR_OK) {
        return 1;
    }
    ir_context_init(ir);
    a64_init_globals(ir);
    for (const A64Pattern *p = a64_fp_patterns; p->trans; p++) {
        bool gpr = !strcmp(p->name, "fp-int") || !strcmp(p->name, "fp-fixed");
        for (int k = 0, tries = 0; k < per && tries < 50 * per; tries++) {
            uint32_t w;
            cs_insn *in;
            bool ok;
            A64DisasContext ctx = {
                .ir = ir, .tb = &tb, .pc = 0x1000, .next_pc = 0x1004};

            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            w = ((uint32_t)(seed >> 32) & ~p->mask) | p->match;
            if (gpr) {
                w &= ~((1u << 4) | (1u << 9));
            }
            ctx.insn = w;
            ir_reset(ir);
            if ((w & p->mask) != p->match || !p->trans(&ctx, w) ||
                cs_disasm(cs, (uint8_t *)&w, 4, 0x1000, 1, &in) != 1) {
                continue;
            }
            ok = cs_is_fp(in);
            if (ok) {
                printf("    0x%08x, /* %s %s */\n", w, in->mnemonic,
                       in->op_str);
                k++;
                n++;
            }
            cs_free(in, 1);
        }
    }
    cs_close(&cs);
    free(ir);
    fprintf(stderr, "%d instructions\n", n);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "gen")) {
        return gen_insns(atoi(argv[2]));
    }
    if (argc == 3) {
        for (int op = 0; op < OP_COUNT; op++) {
            if (!strcmp(argv[1], op_names[op])) {
                host_sweep(op, atoi(argv[2]), true);
                return 0;
            }
        }
        return 1;
    }
    test_known();
    test_sweep();
    test_decode();
    return failures != 0;
}
