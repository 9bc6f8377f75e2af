/*
 * AdvSIMD FP and the scalar FP forms the sweep (fp-sweep.c) does not
 * cover: every vector arrangement, pairwise and across-lanes reductions,
 * by-element forms, precision changes (FCVTL/FCVTN/FCVTXN and the "2"
 * halves), fixed-point conversions, FMOV in all its forms, FCSEL, FCCMP,
 * FCMP with zero. Each instruction runs on three operand sets, with v0
 * preloaded with a pattern (so zeroing and accumulation show), in three
 * FPCR settings; prints v0 and FPSR.
 */
#include <stdint.h>
#include <stdio.h>

typedef struct V {
    uint64_t lo, hi;
} V;

static const V ins[][3] = {
    /* single lanes */
    {{0x800000003fc00000, 0x000000037f800001},
     {0x0000000040400000, 0xbf8000007fc00001},
     {0xff8000007f7fffff, 0x008000003f800001}},
    {{0x40490fdbc0200000, 0x3f000000bf000000},
     {0x4b800001cf000000, 0x00000001007fffff},
     {0x3eaaaaab3dcccccd, 0xc0900000c0200000}},
    /* double lanes */
    {{0x3ff8000000000000, 0x7ff0000000000001},
     {0xc008000000000000, 0x0000000000000001},
     {0x7fefffffffffffff, 0x3ff0000000000001}},
    {{0x4004000000000000, 0xbfe0000000000000},
     {0x43e0000000000000, 0x000fffffffffffff},
     {0x3fd5555555555555, 0xfff8000000000002}},
};
#define NB_SETS 4

static const V pattern = {0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a};

static const uint32_t modes[] = {0, (1u << 24) | (1u << 25) | (3u << 22),
                                 2u << 22};
#define NB_MODES 3

/* Run `insn` with q1, q2, q3 from set s and q0 = pattern; print q0 and
 * FPSR (and NZCV for the flag-setting forms). */
#define T(name, insn)                                                      \
    static void t_##name(void)                                             \
    {                                                                      \
        for (int m = 0; m < NB_MODES; m++) {                               \
            for (int s = 0; s < NB_SETS; s++) {                            \
                V out;                                                     \
                uint64_t fpsr, nzcv;                                       \
                __asm__ volatile("msr fpcr, %4\n\t"                        \
                                 "ldr q0, [%3]\n\t"                        \
                                 "ldr q1, [%2]\n\t"                        \
                                 "ldr q2, [%2, #16]\n\t"                   \
                                 "ldr q3, [%2, #32]\n\t"                   \
                                 "msr fpsr, xzr\n\t"                       \
                                 "msr nzcv, xzr\n\t" insn "\n\t"           \
                                 "str q0, [%5]\n\t"                        \
                                 "mrs %0, fpsr\n\t"                        \
                                 "mrs %1, nzcv\n\t"                        \
                                 "msr fpcr, xzr"                           \
                                 : "=&r"(fpsr), "=&r"(nzcv)                \
                                 : "r"(ins[s]), "r"(&pattern),             \
                                   "r"((uint64_t)modes[m]), "r"(&out)      \
                                 : "v0", "v1", "v2", "v3", "x9", "memory", \
                                   "cc");                                  \
                printf("%-14s m%d s%d %016llx %016llx %02llx %llx\n",      \
                       #name, m, s, (unsigned long long)out.hi,            \
                       (unsigned long long)out.lo,                         \
                       (unsigned long long)fpsr,                           \
                       (unsigned long long)(nzcv >> 28));                  \
            }                                                              \
        }                                                                  \
    }

#define TESTS(X)                                                           \
    X(fadd_4s, "fadd v0.4s, v1.4s, v2.4s")                                 \
    X(fadd_2s, "fadd v0.2s, v1.2s, v3.2s")                                 \
    X(fadd_2d, "fadd v0.2d, v1.2d, v2.2d")                                 \
    X(fsub_4s, "fsub v0.4s, v3.4s, v1.4s")                                 \
    X(fsub_2d, "fsub v0.2d, v3.2d, v1.2d")                                 \
    X(fmul_4s, "fmul v0.4s, v1.4s, v3.4s")                                 \
    X(fmul_2d, "fmul v0.2d, v2.2d, v3.2d")                                 \
    X(fdiv_4s, "fdiv v0.4s, v1.4s, v2.4s")                                 \
    X(fdiv_2d, "fdiv v0.2d, v3.2d, v2.2d")                                 \
    X(fmax_4s, "fmax v0.4s, v1.4s, v2.4s")                                 \
    X(fmin_2d, "fmin v0.2d, v1.2d, v2.2d")                                 \
    X(fmaxnm_4s, "fmaxnm v0.4s, v1.4s, v2.4s")                             \
    X(fminnm_2s, "fminnm v0.2s, v1.2s, v2.2s")                             \
    X(fmaxnm_2d, "fmaxnm v0.2d, v1.2d, v3.2d")                             \
    X(fmulx_4s, "fmulx v0.4s, v1.4s, v2.4s")                               \
    X(fabd_4s, "fabd v0.4s, v1.4s, v2.4s")                                 \
    X(fabd_2d, "fabd v0.2d, v1.2d, v3.2d")                                 \
    X(frecps_4s, "frecps v0.4s, v1.4s, v2.4s")                             \
    X(frsqrts_2d, "frsqrts v0.2d, v1.2d, v2.2d")                           \
    X(fcmeq_4s, "fcmeq v0.4s, v1.4s, v2.4s")                               \
    X(fcmge_4s, "fcmge v0.4s, v1.4s, v3.4s")                               \
    X(fcmgt_2d, "fcmgt v0.2d, v1.2d, v2.2d")                               \
    X(facge_4s, "facge v0.4s, v1.4s, v2.4s")                               \
    X(facgt_2s, "facgt v0.2s, v1.2s, v3.2s")                               \
    X(fmla_4s, "fmla v0.4s, v1.4s, v2.4s")                                 \
    X(fmls_4s, "fmls v0.4s, v1.4s, v3.4s")                                 \
    X(fmla_2d, "fmla v0.2d, v1.2d, v2.2d")                                 \
    X(fmls_2s, "fmls v0.2s, v2.2s, v3.2s")                                 \
    X(faddp_4s, "faddp v0.4s, v1.4s, v2.4s")                               \
    X(faddp_2d, "faddp v0.2d, v1.2d, v2.2d")                               \
    X(fmaxp_4s, "fmaxp v0.4s, v1.4s, v3.4s")                               \
    X(fminp_2s, "fminp v0.2s, v1.2s, v2.2s")                               \
    X(fmaxnmp_4s, "fmaxnmp v0.4s, v1.4s, v2.4s")                           \
    X(fminnmp_2d, "fminnmp v0.2d, v1.2d, v3.2d")                           \
    X(faddp_s, "faddp s0, v1.2s")                                          \
    X(faddp_d, "faddp d0, v1.2d")                                          \
    X(fmaxp_s, "fmaxp s0, v3.2s")                                          \
    X(fminnmp_d, "fminnmp d0, v3.2d")                                      \
    X(fmaxv, "fmaxv s0, v1.4s")                                            \
    X(fminv, "fminv s0, v3.4s")                                            \
    X(fmaxnmv, "fmaxnmv s0, v1.4s")                                        \
    X(fminnmv, "fminnmv s0, v2.4s")                                        \
    X(fmul_el_4s, "fmul v0.4s, v1.4s, v2.s[3]")                            \
    X(fmul_el_2d, "fmul v0.2d, v1.2d, v3.d[1]")                            \
    X(fmla_el_4s, "fmla v0.4s, v1.4s, v3.s[1]")                            \
    X(fmls_el_2d, "fmls v0.2d, v1.2d, v2.d[0]")                            \
    X(fmulx_el_2s, "fmulx v0.2s, v1.2s, v2.s[2]")                          \
    X(fmul_el_s, "fmul s0, s1, v2.s[2]")                                   \
    X(fmla_el_d, "fmla d0, d1, v3.d[1]")                                   \
    X(fmulx_el_s, "fmulx s0, s3, v1.s[0]")                                 \
    X(fabs_4s, "fabs v0.4s, v1.4s")                                        \
    X(fneg_2d, "fneg v0.2d, v1.2d")                                        \
    X(fsqrt_4s, "fsqrt v0.4s, v3.4s")                                      \
    X(fsqrt_2d, "fsqrt v0.2d, v2.2d")                                      \
    X(frintn_4s, "frintn v0.4s, v2.4s")                                    \
    X(frinta_4s, "frinta v0.4s, v1.4s")                                    \
    X(frintm_2d, "frintm v0.2d, v1.2d")                                    \
    X(frintx_4s, "frintx v0.4s, v3.4s")                                    \
    X(frinti_2d, "frinti v0.2d, v3.2d")                                    \
    X(frintp_2s, "frintp v0.2s, v1.2s")                                    \
    X(frintz_4s, "frintz v0.4s, v2.4s")                                    \
    X(fcvtzs_4s, "fcvtzs v0.4s, v2.4s")                                    \
    X(fcvtzu_2d, "fcvtzu v0.2d, v2.2d")                                    \
    X(fcvtns_4s, "fcvtns v0.4s, v3.4s")                                    \
    X(fcvtau_4s, "fcvtau v0.4s, v1.4s")                                    \
    X(fcvtms_2d, "fcvtms v0.2d, v1.2d")                                    \
    X(fcvtps_2s, "fcvtps v0.2s, v3.2s")                                    \
    X(fcvtzs_fix_4s, "fcvtzs v0.4s, v1.4s, #3")                            \
    X(fcvtzu_fix_2d, "fcvtzu v0.2d, v2.2d, #60")                           \
    X(scvtf_4s, "scvtf v0.4s, v2.4s")                                      \
    X(ucvtf_2d, "ucvtf v0.2d, v2.2d")                                      \
    X(scvtf_fix_2s, "scvtf v0.2s, v1.2s, #31")                             \
    X(ucvtf_fix_2d, "ucvtf v0.2d, v3.2d, #17")                             \
    X(scvtf_s, "scvtf s0, s2")                                             \
    X(ucvtf_fix_d, "ucvtf d0, d1, #5")                                     \
    X(fcvtzs_fix_s, "fcvtzs s0, s1, #8")                                   \
    X(fcvtnu_d, "fcvtnu d0, d3")                                           \
    X(fcmgt0_4s, "fcmgt v0.4s, v1.4s, #0.0")                               \
    X(fcmeq0_2d, "fcmeq v0.2d, v1.2d, #0.0")                               \
    X(fcmlt0_4s, "fcmlt v0.4s, v3.4s, #0.0")                               \
    X(fcmge0_2s, "fcmge v0.2s, v2.2s, #0.0")                               \
    X(fcmle0_4s, "fcmle v0.4s, v1.4s, #0.0")                               \
    X(frecpe_4s, "frecpe v0.4s, v1.4s")                                    \
    X(frsqrte_2d, "frsqrte v0.2d, v3.2d")                                  \
    X(frecpx_s, "frecpx s0, s2")                                           \
    X(fcvtl_4s, "fcvtl v0.4s, v1.4h")                                      \
    X(fcvtl2_4s, "fcvtl2 v0.4s, v1.8h")                                    \
    X(fcvtl_2d, "fcvtl v0.2d, v2.2s")                                      \
    X(fcvtl2_2d, "fcvtl2 v0.2d, v3.4s")                                    \
    X(fcvtn_4h, "fcvtn v0.4h, v1.4s")                                      \
    X(fcvtn2_8h, "fcvtn2 v0.8h, v2.4s")                                    \
    X(fcvtn_2s, "fcvtn v0.2s, v1.2d")                                      \
    X(fcvtn2_4s, "fcvtn2 v0.4s, v3.2d")                                    \
    X(fcvtxn_2s, "fcvtxn v0.2s, v2.2d")                                    \
    X(fcvtxn2_4s, "fcvtxn2 v0.4s, v3.2d")                                  \
    X(fmov_vimm_4s, "fmov v0.4s, #-1.25")                                  \
    X(fmov_vimm_2s, "fmov v0.2s, #31.0")                                   \
    X(fmov_vimm_2d, "fmov v0.2d, #0.125")                                  \
    X(fmov_imm_s, "fmov s0, #-2.5")                                        \
    X(fmov_imm_d, "fmov d0, #1.9375")                                      \
    X(fmov_reg_s, "fmov s0, s1")                                           \
    X(fmov_reg_d, "fmov d0, d3")                                           \
    X(fabs_s, "fabs s0, s2")                                               \
    X(fneg_d, "fneg d0, d1")                                               \
    X(fmov_ws, "fmov w9, s1\n\tfmov s0, w9")                               \
    X(fmov_xd, "fmov x9, d3\n\tfmov d0, x9")                               \
    X(fmov_xhi, "fmov x9, v1.d[1]\n\tfmov v0.d[1], x9")                    \
    X(fcsel_s, "fcmp s1, s2\n\tfcsel s0, s1, s3, lt")                      \
    X(fcsel_d, "fcmp d1, d2\n\tfcsel d0, d1, d3, ge")                      \
    X(fccmp_s, "fcmp s1, s2\n\tfccmp s3, s1, #5, mi")                      \
    X(fccmpe_d, "fcmp d1, d1\n\tfccmpe d2, d3, #9, vs")                    \
    X(fccmp_al, "fccmp d1, d3, #15, al")                                   \
    X(fcmp0_s, "fcmp s2, #0.0")                                            \
    X(fcmpe0_d, "fcmpe d1, #0.0")                                          \
    X(fcvt_sd, "fcvt s0, d2")                                              \
    X(fcvt_hs, "fcvt h0, s3")                                              \
    X(fnmul_s, "fnmul s0, s1, s3")                                         \
    X(fmadd_s, "fmadd s0, s1, s2, s3")                                     \
    X(fnmsub_d, "fnmsub d0, d1, d2, d3")                                   \
    X(fcvtzs_xd_fix, "fcvtzs x9, d1, #12\n\tfmov d0, x9")                  \
    X(scvtf_fix_sw, "mov w9, #-77\n\tscvtf s0, w9, #3")

TESTS(T)

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
#define CALL(name, insn) t_##name();
    TESTS(CALL)
#undef CALL
    return 0;
}
