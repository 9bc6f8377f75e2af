/*
 * Scalar FP sweep: every scalar FP instruction form over edge-biased
 * operands (zeros, denormals, the smallest normals, values that round to
 * them, ties, limits, infinities, quiet and signaling NaNs with payloads)
 * in ten FPCR settings (four rounding modes, FZ, DN, AHP and mixes). Prints
 * one hash of (result, FPSR) per operation and setting; the expected
 * output comes from the reference emulator.
 *
 *   fp-sweep              all hashes
 *   fp-sweep OP MODE      every case of one operation (for debugging)
 *
 * tests/unit/test-a64-fpu.c includes this file with FP_SWEEP_HOST defined
 * and runs the same cases through fpu.c against the same hashes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Operand kinds: result <- operands. S/D/H float sizes, W/X integers, NZ
 * the NZCV flags. */
enum {
    K_SS2, K_DD2, K_SS3, K_DD3, K_SS1, K_DD1, K_NZS, K_NZD,
    K_WS, K_XS, K_WD, K_XD, K_SW, K_SX, K_DW, K_DX,
    K_DS, K_SD, K_HS, K_HD, K_SH, K_DH,
};

#define FP_SWEEP_OPS(X)                                   \
    X(fadd_s, SS2, "fadd s0, s0, s1")                     \
    X(fsub_s, SS2, "fsub s0, s0, s1")                     \
    X(fmul_s, SS2, "fmul s0, s0, s1")                     \
    X(fdiv_s, SS2, "fdiv s0, s0, s1")                     \
    X(fnmul_s, SS2, "fnmul s0, s0, s1")                   \
    X(fmax_s, SS2, "fmax s0, s0, s1")                     \
    X(fmin_s, SS2, "fmin s0, s0, s1")                     \
    X(fmaxnm_s, SS2, "fmaxnm s0, s0, s1")                 \
    X(fminnm_s, SS2, "fminnm s0, s0, s1")                 \
    X(fabd_s, SS2, "fabd s0, s0, s1")                     \
    X(fmulx_s, SS2, "fmulx s0, s0, s1")                   \
    X(frecps_s, SS2, "frecps s0, s0, s1")                 \
    X(frsqrts_s, SS2, "frsqrts s0, s0, s1")               \
    X(fcmeq_s, SS2, "fcmeq s0, s0, s1")                   \
    X(fcmge_s, SS2, "fcmge s0, s0, s1")                   \
    X(fcmgt_s, SS2, "fcmgt s0, s0, s1")                   \
    X(facge_s, SS2, "facge s0, s0, s1")                   \
    X(facgt_s, SS2, "facgt s0, s0, s1")                   \
    X(fcmp_s, NZS, "fcmp s0, s1")                         \
    X(fcmpe_s, NZS, "fcmpe s0, s1")                       \
    X(fadd_d, DD2, "fadd d0, d0, d1")                     \
    X(fsub_d, DD2, "fsub d0, d0, d1")                     \
    X(fmul_d, DD2, "fmul d0, d0, d1")                     \
    X(fdiv_d, DD2, "fdiv d0, d0, d1")                     \
    X(fnmul_d, DD2, "fnmul d0, d0, d1")                   \
    X(fmax_d, DD2, "fmax d0, d0, d1")                     \
    X(fmin_d, DD2, "fmin d0, d0, d1")                     \
    X(fmaxnm_d, DD2, "fmaxnm d0, d0, d1")                 \
    X(fminnm_d, DD2, "fminnm d0, d0, d1")                 \
    X(fabd_d, DD2, "fabd d0, d0, d1")                     \
    X(fmulx_d, DD2, "fmulx d0, d0, d1")                   \
    X(frecps_d, DD2, "frecps d0, d0, d1")                 \
    X(frsqrts_d, DD2, "frsqrts d0, d0, d1")               \
    X(fcmeq_d, DD2, "fcmeq d0, d0, d1")                   \
    X(fcmge_d, DD2, "fcmge d0, d0, d1")                   \
    X(fcmgt_d, DD2, "fcmgt d0, d0, d1")                   \
    X(facge_d, DD2, "facge d0, d0, d1")                   \
    X(facgt_d, DD2, "facgt d0, d0, d1")                   \
    X(fcmp_d, NZD, "fcmp d0, d1")                         \
    X(fcmpe_d, NZD, "fcmpe d0, d1")                       \
    X(fmadd_s, SS3, "fmadd s0, s0, s1, s2")               \
    X(fmsub_s, SS3, "fmsub s0, s0, s1, s2")               \
    X(fnmadd_s, SS3, "fnmadd s0, s0, s1, s2")             \
    X(fnmsub_s, SS3, "fnmsub s0, s0, s1, s2")             \
    X(fmadd_d, DD3, "fmadd d0, d0, d1, d2")               \
    X(fmsub_d, DD3, "fmsub d0, d0, d1, d2")               \
    X(fnmadd_d, DD3, "fnmadd d0, d0, d1, d2")             \
    X(fnmsub_d, DD3, "fnmsub d0, d0, d1, d2")             \
    X(fsqrt_s, SS1, "fsqrt s0, s0")                       \
    X(frintn_s, SS1, "frintn s0, s0")                     \
    X(frintp_s, SS1, "frintp s0, s0")                     \
    X(frintm_s, SS1, "frintm s0, s0")                     \
    X(frintz_s, SS1, "frintz s0, s0")                     \
    X(frinta_s, SS1, "frinta s0, s0")                     \
    X(frintx_s, SS1, "frintx s0, s0")                     \
    X(frinti_s, SS1, "frinti s0, s0")                     \
    X(frecpe_s, SS1, "frecpe s0, s0")                     \
    X(frsqrte_s, SS1, "frsqrte s0, s0")                   \
    X(frecpx_s, SS1, "frecpx s0, s0")                     \
    X(fcmgt0_s, SS1, "fcmgt s0, s0, #0.0")                \
    X(fcmle0_s, SS1, "fcmle s0, s0, #0.0")                \
    X(fcmlt0_s, SS1, "fcmlt s0, s0, #0.0")                \
    X(fcvtzs_vs, SS1, "fcvtzs s0, s0")                    \
    X(fcvtau_vs, SS1, "fcvtau s0, s0")                    \
    X(fabs_s, SS1, "fabs s0, s0")                         \
    X(fneg_s, SS1, "fneg s0, s0")                         \
    X(fsqrt_d, DD1, "fsqrt d0, d0")                       \
    X(frintn_d, DD1, "frintn d0, d0")                     \
    X(frintp_d, DD1, "frintp d0, d0")                     \
    X(frintm_d, DD1, "frintm d0, d0")                     \
    X(frintz_d, DD1, "frintz d0, d0")                     \
    X(frinta_d, DD1, "frinta d0, d0")                     \
    X(frintx_d, DD1, "frintx d0, d0")                     \
    X(frinti_d, DD1, "frinti d0, d0")                     \
    X(frecpe_d, DD1, "frecpe d0, d0")                     \
    X(frsqrte_d, DD1, "frsqrte d0, d0")                   \
    X(frecpx_d, DD1, "frecpx d0, d0")                     \
    X(fcmeq0_d, DD1, "fcmeq d0, d0, #0.0")                \
    X(fcmge0_d, DD1, "fcmge d0, d0, #0.0")                \
    X(fcvtzu_vd, DD1, "fcvtzu d0, d0")                    \
    X(fcvtns_vd, DD1, "fcvtns d0, d0")                    \
    X(fcvtzs_fix_d, DD1, "fcvtzs d0, d0, #10")            \
    X(fcvtzs_ws, WS, "fcvtzs %w0, s0")                    \
    X(fcvtzu_ws, WS, "fcvtzu %w0, s0")                    \
    X(fcvtns_ws, WS, "fcvtns %w0, s0")                    \
    X(fcvtnu_ws, WS, "fcvtnu %w0, s0")                    \
    X(fcvtas_ws, WS, "fcvtas %w0, s0")                    \
    X(fcvtau_ws, WS, "fcvtau %w0, s0")                    \
    X(fcvtps_ws, WS, "fcvtps %w0, s0")                    \
    X(fcvtpu_ws, WS, "fcvtpu %w0, s0")                    \
    X(fcvtms_ws, WS, "fcvtms %w0, s0")                    \
    X(fcvtmu_ws, WS, "fcvtmu %w0, s0")                    \
    X(fcvtzs_fix_ws, WS, "fcvtzs %w0, s0, #16")           \
    X(fcvtzu_fix_ws, WS, "fcvtzu %w0, s0, #1")            \
    X(fcvtzs_xs, XS, "fcvtzs %0, s0")                     \
    X(fcvtzu_xs, XS, "fcvtzu %0, s0")                     \
    X(fcvtas_xs, XS, "fcvtas %0, s0")                     \
    X(fcvtms_xs, XS, "fcvtms %0, s0")                     \
    X(fcvtzs_fix_xs, XS, "fcvtzs %0, s0, #40")            \
    X(fcvtzs_wd, WD, "fcvtzs %w0, d0")                    \
    X(fcvtzu_wd, WD, "fcvtzu %w0, d0")                    \
    X(fcvtns_wd, WD, "fcvtns %w0, d0")                    \
    X(fcvtau_wd, WD, "fcvtau %w0, d0")                    \
    X(fcvtpu_wd, WD, "fcvtpu %w0, d0")                    \
    X(fcvtzs_xd, XD, "fcvtzs %0, d0")                     \
    X(fcvtzu_xd, XD, "fcvtzu %0, d0")                     \
    X(fcvtns_xd, XD, "fcvtns %0, d0")                     \
    X(fcvtnu_xd, XD, "fcvtnu %0, d0")                     \
    X(fcvtas_xd, XD, "fcvtas %0, d0")                     \
    X(fcvtps_xd, XD, "fcvtps %0, d0")                     \
    X(fcvtms_xd, XD, "fcvtms %0, d0")                     \
    X(fcvtmu_xd, XD, "fcvtmu %0, d0")                     \
    X(fcvtzu_fix_xd, XD, "fcvtzu %0, d0, #64")            \
    X(scvtf_sw, SW, "scvtf s0, %w1")                      \
    X(ucvtf_sw, SW, "ucvtf s0, %w1")                      \
    X(scvtf_fix_sw, SW, "scvtf s0, %w1, #7")              \
    X(scvtf_sx, SX, "scvtf s0, %1")                       \
    X(ucvtf_sx, SX, "ucvtf s0, %1")                       \
    X(ucvtf_fix_sx, SX, "ucvtf s0, %1, #64")              \
    X(scvtf_dw, DW, "scvtf d0, %w1")                      \
    X(ucvtf_dw, DW, "ucvtf d0, %w1")                      \
    X(scvtf_dx, DX, "scvtf d0, %1")                       \
    X(ucvtf_dx, DX, "ucvtf d0, %1")                       \
    X(scvtf_fix_dx, DX, "scvtf d0, %1, #33")              \
    X(fcvt_ds, DS, "fcvt d0, s0")                         \
    X(fcvt_sd, SD, "fcvt s0, d0")                         \
    X(fcvtxn_sd, SD, "fcvtxn s0, d0")                     \
    X(fcvt_hs, HS, "fcvt h0, s0")                         \
    X(fcvt_hd, HD, "fcvt h0, d0")                         \
    X(fcvt_sh, SH, "fcvt s0, h0")                         \
    X(fcvt_dh, DH, "fcvt d0, h0")

enum {
#define X(name, kind, insn) OP_##name,
    FP_SWEEP_OPS(X)
#undef X
    OP_COUNT
};

static const char *const op_names[] = {
#define X(name, kind, insn) #name,
    FP_SWEEP_OPS(X)
#undef X
};

static const int op_kinds[] = {
#define X(name, kind, insn) K_##kind,
    FP_SWEEP_OPS(X)
#undef X
};

static const uint32_t v32[] = {
    0x00000000, 0x80000000, 0x00000001, 0x80000001, 0x007fffff, 0x00400000,
    0x00800000, 0x80800000, 0x00800001, 0x3f800000, 0xbf800000, 0x3fc00000,
    0x40000000, 0x40400000, 0x3f000000, 0x40200000, 0xc0200000, 0x3dcccccd,
    0x3eaaaaab, 0x7f7fffff, 0xff7fffff, 0x7f800000, 0xff800000, 0x7fc00000,
    0xffc00001, 0x7f800001, 0xff900000, 0x3f800001, 0x3f7fffff, 0x3f7ffffe,
    0x4b800000, 0x4b800001, 0x4f000000, 0xcf000000, 0x4f800000, 0x5f000000,
    0xdf000000, 0x5f800000, 0x34000000, 0x1f800000, 0x7effffff, 0xc0900000,
    0x3fffffff, 0x80400001, 0x0c000001, 0x4effffff,
};

static const uint64_t v64[] = {
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001,
    0x8000000000000001, 0x000fffffffffffff, 0x0008000000000000,
    0x0010000000000000, 0x8010000000000000, 0x0010000000000001,
    0x3ff0000000000000, 0xbff0000000000000, 0x3ff8000000000000,
    0x4000000000000000, 0x4008000000000000, 0x3fe0000000000000,
    0x4004000000000000, 0xc004000000000000, 0x3fb999999999999a,
    0x3fd5555555555555, 0x7fefffffffffffff, 0xffefffffffffffff,
    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
    0xfff8000000000001, 0x7ff0000000000001, 0xfff4000000000000,
    0x3ff0000000000001, 0x3fefffffffffffff, 0x3feffffffffffffe,
    0x4340000000000000, 0x4340000000000001, 0x41e0000000000000,
    0xc1e0000000000000, 0x41f0000000000000, 0x43e0000000000000,
    0xc3e0000000000000, 0x43f0000000000000, 0x36a0000000000000,
    0x3810000000000000, 0x380fffffffffffff, 0x47efffffe0000000,
    0x47efffffefffffff, 0x7fe0000000000000, 0xc012000000000000,
    0x4202a05f20000000, 0x3690000000000000, 0x3e70000010000000,
    0x0000000000000100, 0x41dfffffffc00000,
};

/* Fewer values for the three-operand forms. */
static const uint32_t t32[] = {
    0x00000000, 0x80000000, 0x00000001, 0x00800000, 0x3f800000, 0xbf800000,
    0x3fc00000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001,
    0x3f800001, 0x3f7fffff, 0x20000000, 0xc0400000, 0x00ffffff, 0x9f800000,
};

static const uint64_t t64[] = {
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001,
    0x0010000000000000, 0x3ff0000000000000, 0xbff0000000000000,
    0x3ff8000000000000, 0x7fefffffffffffff, 0x7ff0000000000000,
    0xfff0000000000000, 0x7ff8000000000000, 0x7ff0000000000001,
    0x3ff0000000000001, 0x3fefffffffffffff, 0x2000000000000000,
    0xc008000000000000, 0x001fffffffffffff, 0x9ff0000000000000,
};

static const uint16_t v16[] = {
    0x0000, 0x8000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0xbc00, 0x3e00,
    0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7e00, 0xfe01, 0x7c01, 0x7d55,
    0x3555, 0x0200,
};

static const uint64_t ints[] = {
    0, 1, (uint64_t)-1, 3, (uint64_t)-3, 12345, 0x01000001, 0x7fffffff,
    0x80000000, 0xffffffff, 0x100000000, 0x20000000000001,
    0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001,
    0xfffffffffffffffe, 0x123456789abcdef, 0x7fffff80, 0xfffffe00,
    0x0000ffffffffffff,
};

#define FZ (1u << 24)
#define DN (1u << 25)
#define AHP (1u << 26)
static const uint32_t modes[] = {
    0,  1u << 22,           2u << 22,      3u << 22,
    FZ, DN,                 FZ | DN | 2u << 22, FZ | 1u << 22,
    AHP, AHP | FZ | 3u << 22,
};
static const char *const mode_names[] = {
    "rn", "rp", "rm", "rz", "fz", "dn", "fz-dn-rm", "fz-rp", "ahp", "ahp-fz-rz",
};
#define NB_MODES 10

/* Operands of case i of an op of kind k; returns false past the end. */
static int sweep_case(int k, unsigned i, uint64_t *a, uint64_t *b,
                      uint64_t *c)
{
    unsigned n32 = sizeof(v32) / 4, n64 = sizeof(v64) / 8;
    unsigned t = sizeof(t32) / 4;
    *a = *b = *c = 0;
    switch (k) {
    case K_SS2:
    case K_NZS:
        if (i >= n32 * n32) {
            return 0;
        }
        *a = v32[i / n32];
        *b = v32[i % n32];
        return 1;
    case K_DD2:
    case K_NZD:
        if (i >= n64 * n64) {
            return 0;
        }
        *a = v64[i / n64];
        *b = v64[i % n64];
        return 1;
    case K_SS3:
    case K_DD3:
        if (i >= t * t * t) {
            return 0;
        }
        *a = k == K_SS3 ? t32[i / (t * t)] : t64[i / (t * t)];
        *b = k == K_SS3 ? t32[i / t % t] : t64[i / t % t];
        *c = k == K_SS3 ? t32[i % t] : t64[i % t];
        return 1;
    case K_SS1:
    case K_WS:
    case K_XS:
    case K_DS:
    case K_HS:
        if (i >= n32) {
            return 0;
        }
        *a = v32[i];
        return 1;
    case K_DD1:
    case K_WD:
    case K_XD:
    case K_SD:
    case K_HD:
        if (i >= n64) {
            return 0;
        }
        *a = v64[i];
        return 1;
    case K_SH:
    case K_DH:
        if (i >= sizeof(v16) / 2) {
            return 0;
        }
        *a = v16[i];
        return 1;
    default:
        if (i >= sizeof(ints) / 8) {
            return 0;
        }
        *a = ints[i];
        return 1;
    }
}

static uint64_t sweep_mix(uint64_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        h ^= (v >> (8 * i)) & 0xff;
        h *= 0x100000001b3ull;
    }
    return h;
}

#ifndef FP_SWEEP_HOST

static inline void set_fpcr(uint64_t x)
{
    __asm__ volatile("msr fpcr, %0" : : "r"(x));
}

/* The operation on the guest FPU: result; *fpsr gets the FPSR after it. */
static uint64_t run(int op, uint64_t a, uint64_t b, uint64_t c,
                    uint64_t *fpsr)
{
    uint64_t r = 0;
    uint32_t w = 0;

    __asm__ volatile("msr fpsr, xzr");
    switch (op) {
#define K_SS2(insn)                                                        \
    __asm__ volatile("fmov s0, %w1\n\tfmov s1, %w2\n\t" insn               \
                     "\n\tfmov %w0, s0"                                    \
                     : "=r"(w) : "r"(a), "r"(b) : "v0", "v1");             \
    r = w
#define K_DD2(insn)                                                        \
    __asm__ volatile("fmov d0, %1\n\tfmov d1, %2\n\t" insn                 \
                     "\n\tfmov %0, d0"                                     \
                     : "=r"(r) : "r"(a), "r"(b) : "v0", "v1")
#define K_SS3(insn)                                                        \
    __asm__ volatile("fmov s0, %w1\n\tfmov s1, %w2\n\tfmov s2, %w3\n\t"    \
                     insn "\n\tfmov %w0, s0"                               \
                     : "=r"(w) : "r"(a), "r"(b), "r"(c)                    \
                     : "v0", "v1", "v2");                                  \
    r = w
#define K_DD3(insn)                                                        \
    __asm__ volatile("fmov d0, %1\n\tfmov d1, %2\n\tfmov d2, %3\n\t" insn  \
                     "\n\tfmov %0, d0"                                     \
                     : "=r"(r) : "r"(a), "r"(b), "r"(c)                    \
                     : "v0", "v1", "v2")
#define K_SS1(insn)                                                        \
    __asm__ volatile("fmov s0, %w1\n\t" insn "\n\tfmov %w0, s0"            \
                     : "=r"(w) : "r"(a) : "v0");                           \
    r = w
#define K_DD1(insn)                                                        \
    __asm__ volatile("fmov d0, %1\n\t" insn "\n\tfmov %0, d0"              \
                     : "=r"(r) : "r"(a) : "v0")
#define K_NZS(insn)                                                        \
    __asm__ volatile("fmov s0, %w1\n\tfmov s1, %w2\n\t" insn               \
                     "\n\tmrs %0, nzcv"                                    \
                     : "=r"(r) : "r"(a), "r"(b) : "v0", "v1", "cc");       \
    r >>= 28
#define K_NZD(insn)                                                        \
    __asm__ volatile("fmov d0, %1\n\tfmov d1, %2\n\t" insn                 \
                     "\n\tmrs %0, nzcv"                                    \
                     : "=r"(r) : "r"(a), "r"(b) : "v0", "v1", "cc");       \
    r >>= 28
#define K_WS(insn)                                                         \
    __asm__ volatile("fmov s0, %w1\n\t" insn : "=r"(w) : "r"(a) : "v0");  \
    r = w
#define K_XS(insn)                                                         \
    __asm__ volatile("fmov s0, %w1\n\t" insn : "=r"(r) : "r"(a) : "v0")
#define K_WD(insn)                                                         \
    __asm__ volatile("fmov d0, %1\n\t" insn : "=r"(w) : "r"(a) : "v0");   \
    r = w
#define K_XD(insn)                                                         \
    __asm__ volatile("fmov d0, %1\n\t" insn : "=r"(r) : "r"(a) : "v0")
#define K_SW(insn)                                                         \
    __asm__ volatile(insn "\n\tfmov %w0, s0" : "=r"(w) : "r"(a) : "v0");  \
    r = w
#define K_SX(insn) K_SW(insn)
#define K_DW(insn)                                                         \
    __asm__ volatile(insn "\n\tfmov %0, d0" : "=r"(r) : "r"(a) : "v0")
#define K_DX(insn) K_DW(insn)
#define K_DS(insn)                                                         \
    __asm__ volatile("fmov s0, %w1\n\t" insn "\n\tfmov %0, d0"             \
                     : "=r"(r) : "r"(a) : "v0")
#define K_SD(insn)                                                         \
    __asm__ volatile("fmov d0, %1\n\t" insn "\n\tfmov %w0, s0"             \
                     : "=r"(w) : "r"(a) : "v0");                           \
    r = w
#define K_HS(insn) K_SS1(insn)
#define K_HD(insn) K_SD(insn)
#define K_SH(insn) K_SS1(insn)
#define K_DH(insn) K_DS(insn)
#define X(name, kind, insn)                                                \
    case OP_##name:                                                        \
        K_##kind(insn);                                                    \
        break;
        FP_SWEEP_OPS(X)
#undef X
    default:
        break;
    }
    __asm__ volatile("mrs %0, fpsr" : "=r"(*fpsr));
    return r;
}

static uint64_t sweep_one(int op, int m, int dump)
{
    uint64_t a, b, c, r, fpsr, h = 0xcbf29ce484222325ull;

    set_fpcr(modes[m]);
    for (unsigned i = 0; sweep_case(op_kinds[op], i, &a, &b, &c); i++) {
        r = run(op, a, b, c, &fpsr);
        if (dump) {
            printf("%016llx %016llx %016llx -> %016llx %02llx\n",
                   (unsigned long long)a, (unsigned long long)b,
                   (unsigned long long)c, (unsigned long long)r,
                   (unsigned long long)fpsr);
        }
        h = sweep_mix(sweep_mix(h, r), fpsr);
    }
    set_fpcr(0);
    return h;
}

int main(int argc, char **argv)
{
    if (argc == 3) {
        for (int op = 0; op < OP_COUNT; op++) {
            if (!strcmp(argv[1], op_names[op])) {
                sweep_one(op, atoi(argv[2]), 1);
                return 0;
            }
        }
        return 1;
    }
    for (int op = 0; op < OP_COUNT; op++) {
        for (int m = 0; m < NB_MODES; m++) {
            printf("%s %s %016llx\n", op_names[op], mode_names[m],
                   (unsigned long long)sweep_one(op, m, 0));
        }
    }
    return 0;
}

#endif
