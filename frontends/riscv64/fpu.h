/*
 * RISC-V F/D arithmetic: the C helpers generated code calls for every FP
 * operation that is not a plain bit move.
 *
 * Results and fflags are bit-identical to the RISC-V spec (and the
 * reference emulator): canonical NaNs, NaN-boxing, tininess after rounding,
 * saturating conversions. Common RNE operations are plain C arithmetic with
 * exactly derived flags; otherwise the host SSE unit does the IEEE work for
 * rounding modes RNE/RTZ/RDN/RUP (MXCSR set per call and restored); RMM,
 * which x86 lacks, goes through an exact soft-float path (fpu.c).
 *
 * Two calling conventions; every helper is IR_HELPER_PURE (it reads and
 * writes no IR global: fflags is not one, see trans-fp.c):
 *
 *   *_s helpers whose result fits in 32 bits return
 *       (fflags << 32) | result32
 *   and take/return no CPU state. The caller NaN-boxes (or sign-extends)
 *   the low word and ORs the high word into env->fflags.
 *
 *   helpers with 64-bit results take the env pointer first and OR the
 *   exception bits into env->fflags themselves.
 *
 * `rm` is always a valid static rounding mode 0..4: the translator resolves
 * the dynamic mode (frm) and raises SIGILL for invalid ones before calling.
 * Single-precision inputs are raw 64-bit register values; the helpers
 * unbox them (an improperly boxed value reads as the canonical NaN).
 */
#ifndef MIMIC_RISCV64_FPU_H
#define MIMIC_RISCV64_FPU_H

#include <stdbool.h>
#include <stdint.h>

enum {
    RV_RM_RNE = 0,
    RV_RM_RTZ = 1,
    RV_RM_RDN = 2,
    RV_RM_RUP = 3,
    RV_RM_RMM = 4,
    RV_RM_DYN = 7,
};

enum {
    RV_FF_NX = 1,
    RV_FF_UF = 2,
    RV_FF_OF = 4,
    RV_FF_DZ = 8,
    RV_FF_NV = 16,
};

#define RV_FPU_CANON_S 0x7fc00000u
#define RV_FPU_CANON_D 0x7ff8000000000000ull
#define RV_FPU_BOX 0xffffffff00000000ull

/* Negation controls for the fused multiply-add family (the `neg` arg). */
enum {
    RV_FMA_NEG_PROD = 1, /* -(a*b) */
    RV_FMA_NEG_ADD = 2,  /* ... - c */
};

/* ---- core operations on raw IEEE bits; flags ORed into *fl ---------- */

uint32_t rv_fpu_add32(uint32_t a, uint32_t b, int rm, unsigned *fl);
uint32_t rv_fpu_mul32(uint32_t a, uint32_t b, int rm, unsigned *fl);
uint32_t rv_fpu_div32(uint32_t a, uint32_t b, int rm, unsigned *fl);
uint32_t rv_fpu_sqrt32(uint32_t a, int rm, unsigned *fl);
uint32_t rv_fpu_fma32(uint32_t a, uint32_t b, uint32_t c, int rm, unsigned *fl);
uint64_t rv_fpu_add64(uint64_t a, uint64_t b, int rm, unsigned *fl);
uint64_t rv_fpu_mul64(uint64_t a, uint64_t b, int rm, unsigned *fl);
uint64_t rv_fpu_div64(uint64_t a, uint64_t b, int rm, unsigned *fl);
uint64_t rv_fpu_sqrt64(uint64_t a, int rm, unsigned *fl);
uint64_t rv_fpu_fma64(uint64_t a, uint64_t b, uint64_t c, int rm, unsigned *fl);

/* Use the host FMA unit (1) — for fused multiply-adds and for the RNE fast
 * paths' exactness checks — or (0, for tests) the exact software FMA and
 * the MXCSR paths; returns the previous setting. */
int rv_fpu_set_hw_fma(int on);

/* ---- helpers called from generated code ----------------------------- */

/* Pure, (fflags << 32) | result32. */
uint64_t rv_fpu_fadd_s(uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsub_s(uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fmul_s(uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fdiv_s(uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsqrt_s(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fmadd_s(uint64_t a, uint64_t b, uint64_t c, uint64_t rm,
                        uint64_t neg);
uint64_t rv_fpu_fmin_s(uint64_t a, uint64_t b);
uint64_t rv_fpu_fmax_s(uint64_t a, uint64_t b);
uint64_t rv_fpu_feq_s(uint64_t a, uint64_t b);
uint64_t rv_fpu_flt_s(uint64_t a, uint64_t b);
uint64_t rv_fpu_fle_s(uint64_t a, uint64_t b);
uint64_t rv_fpu_feq_d(uint64_t a, uint64_t b);
uint64_t rv_fpu_flt_d(uint64_t a, uint64_t b);
uint64_t rv_fpu_fle_d(uint64_t a, uint64_t b);
uint64_t rv_fpu_fclass_s(uint64_t a); /* no flags: plain result */
uint64_t rv_fpu_fclass_d(uint64_t a); /* no flags: plain result */
uint64_t rv_fpu_fcvt_w_s(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_wu_s(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_w_d(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_wu_d(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_s_w(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_s_wu(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_s_l(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_s_lu(uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_s_d(uint64_t a, uint64_t rm);
/* Pure, exact, no flags: plain 64-bit result. */
uint64_t rv_fpu_fcvt_d_w(uint64_t a);
uint64_t rv_fpu_fcvt_d_wu(uint64_t a);

/* env first; flags accrued into env->fflags. */
uint64_t rv_fpu_fadd_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsub_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fmul_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fdiv_d(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsqrt_d(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fmadd_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                        uint64_t rm, uint64_t neg);
uint64_t rv_fpu_fmin_d(uint64_t env, uint64_t a, uint64_t b);
uint64_t rv_fpu_fmax_d(uint64_t env, uint64_t a, uint64_t b);
uint64_t rv_fpu_fcvt_l_s(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_lu_s(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_l_d(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_lu_d(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_d_l(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_d_lu(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fcvt_d_s(uint64_t env, uint64_t a);

/* The arithmetic above specialized for the common state (rm RNE, NX
 * already accrued): the bare host operation when its result is finite and
 * far from the subnormal range, else the exact helper (fpu.c). All take
 * env first and accrue fflags there; the single-precision ones return the
 * plain result32 (the caller boxes it). The fused ones need the host FMA:
 * only when rv_fpu_nx_fma_ok(). */
uint64_t rv_fpu_fadd_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsub_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fmul_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fdiv_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsqrt_s_nx(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fmadd_s_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm, uint64_t neg);
uint64_t rv_fpu_fadd_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsub_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fmul_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fdiv_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t rm);
uint64_t rv_fpu_fsqrt_d_nx(uint64_t env, uint64_t a, uint64_t rm);
uint64_t rv_fpu_fmadd_d_nx(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm, uint64_t neg);
bool rv_fpu_nx_fma_ok(void);
/* The slow paths of IR fop (TUNING_fp_inline): (env, a, b, c, rm), each
 * the *_nx helper above, so they accrue flags and return a plain result. */
uint64_t rv_fpu_fop_fadd_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fsub_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fmul_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fdiv_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fsqrt_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                            uint64_t rm);
uint64_t rv_fpu_fop_fadd_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fsub_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fmul_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fdiv_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fsqrt_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                            uint64_t rm);
/* FMADD, FMSUB, FNMSUB, FNMADD by (insn >> 2) & 3. */
uint64_t rv_fpu_fop_fma_s0(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_s1(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_s2(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_s3(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_d0(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_d1(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_d2(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);
uint64_t rv_fpu_fop_fma_d3(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                           uint64_t rm);

#endif
