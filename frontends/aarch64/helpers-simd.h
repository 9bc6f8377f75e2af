/*
 * C helpers for AdvSIMD integer instructions (helpers-simd.c), called from
 * trans-simd.c and trans-simd-ldst.c.
 *
 * Every helper takes the CPU state and one descriptor word that names the
 * registers, the element size, the vector length and the operation, and
 * works on env->v directly. They read and write no IR global (V registers
 * are not globals) and never raise, so their IRHelper flags are
 * IR_HELPER_PURE. Saturating operations set FPSR.QC in env->fpsr.
 *
 * Descriptor layout (a64_simd_desc):
 *   bits  0-4 rd, 5-9 rn, 10-14 rm, 15-16 size (log2 element bytes),
 *   17 Q (128-bit vector), 18 scalar (one element, rest of rd zeroed),
 *   19 part (the "2" forms: upper half of the narrow operand),
 *   20 by-element (the m operand is element imm of rm),
 *   21 signed, 24-31 operation (SIMD_OP_*), 32-63 imm.
 */
#ifndef MIMIC_AARCH64_HELPERS_SIMD_H
#define MIMIC_AARCH64_HELPERS_SIMD_H

#include <stdint.h>
#include <string.h>

#include "frontends/aarch64/cpu.h"

/* Element i of size `size` (log2 bytes) of a 128-bit register image
 * (little-endian lanes, as on the host), and its store. */
static inline uint64_t a64_lane_get(const uint64_t *v, int size, int i)
{
    const uint8_t *p = (const uint8_t *)v + (i << size);
    uint8_t b;
    uint16_t h;
    uint32_t w;
    uint64_t d;

    switch (size) {
    case 0:
        memcpy(&b, p, 1);
        return b;
    case 1:
        memcpy(&h, p, 2);
        return h;
    case 2:
        memcpy(&w, p, 4);
        return w;
    default:
        memcpy(&d, p, 8);
        return d;
    }
}

static inline void a64_lane_set(uint64_t *v, int size, int i, uint64_t x)
{
    uint8_t *p = (uint8_t *)v + (i << size);
    uint8_t b = (uint8_t)x;
    uint16_t h = (uint16_t)x;
    uint32_t w = (uint32_t)x;

    switch (size) {
    case 0:
        memcpy(p, &b, 1);
        break;
    case 1:
        memcpy(p, &h, 2);
        break;
    case 2:
        memcpy(p, &w, 4);
        break;
    default:
        memcpy(p, &x, 8);
        break;
    }
}

enum {
    SD_Q = 1 << 17,
    SD_SCALAR = 1 << 18,
    SD_PART = 1 << 19,
    SD_ELEM = 1 << 20,
    SD_SIGNED = 1 << 21,
};

static inline uint64_t a64_simd_desc(int rd, int rn, int rm, int size, int op,
                                     uint32_t imm)
{
    return (uint64_t)rd | (uint64_t)rn << 5 | (uint64_t)rm << 10 |
           (uint64_t)size << 15 | (uint64_t)op << 24 | (uint64_t)imm << 32;
}

/* Element-wise operations (a64_helper_simd_elt, and the pairwise, across
 * and long shapes for the subset they accept). a = n element, b = m
 * element (or the shift amount for the _IMM shifts and SSHR..SQSHLU),
 * d = old rd element. */
#define SIMD_ELT_OPS(X)                                                        \
    X(ADD)                                                                     \
    X(SUB) X(MUL) X(MLA) X(MLS) X(SQADD) X(UQADD) X(SQSUB) X(UQSUB) X(SHADD)   \
        X(UHADD) X(SRHADD) X(URHADD) X(SHSUB) X(UHSUB) X(SMAX) X(SMIN) X(UMAX) \
            X(UMIN) X(SABD) X(UABD) X(SABA) X(UABA) X(CMEQ) X(CMGE) X(CMGT)    \
                X(CMHI) X(CMHS) X(CMTST) X(CMEQ0) X(CMGE0) X(CMGT0) X(CMLE0)   \
                    X(CMLT0) X(SSHL) X(USHL) X(SRSHL) X(URSHL) X(SQSHL)        \
                        X(UQSHL) X(SQRSHL) X(UQRSHL) X(SQDMULH) X(SQRDMULH)    \
                            X(PMUL) X(AND) X(BIC) X(ORR) X(ORN) X(EOR) X(BSL)  \
                                X(BIT) X(BIF) X(SUQADD) X(USQADD) X(ABS)       \
                                    X(NEG) X(SQABS) X(SQNEG) X(CLS) X(CLZ)     \
                                        X(CNT) X(NOT) X(RBIT) X(SSHR) X(USHR)  \
                                            X(SRSHR) X(URSHR) X(SSRA) X(USRA)  \
                                                X(SRSRA) X(URSRA) X(SRI)       \
                                                    X(SLI) X(SHL) X(SQSHL_IMM) \
                                                        X(UQSHL_IMM) X(SQSHLU) \
                                                            X(URECPE)          \
                                                                X(URSQRTE)

enum {
#define SIMD_ELT_ENUM(name) SIMD_OP_##name,
    SIMD_ELT_OPS(SIMD_ELT_ENUM)
#undef SIMD_ELT_ENUM
    /* long (wide result; SD_SIGNED picks the extension) */
    SIMD_OP_ABD,
    SIMD_OP_ABA,
    SIMD_OP_SQDMULL,
    SIMD_OP_SQDMLAL,
    SIMD_OP_SQDMLSL,
    SIMD_OP_PMULL,
    /* narrow (from 2x wide elements; imm = right shift) */
    SIMD_OP_XTN,
    SIMD_OP_SQXTN,
    SIMD_OP_UQXTN,
    SIMD_OP_SQXTUN,
    SIMD_OP_SHRN,
    SIMD_OP_RSHRN,
    SIMD_OP_SQSHRN,
    SIMD_OP_SQRSHRN,
    SIMD_OP_UQSHRN,
    SIMD_OP_UQRSHRN,
    SIMD_OP_SQSHRUN,
    SIMD_OP_SQRSHRUN,
    SIMD_OP_ADDHN,
    SIMD_OP_RADDHN,
    SIMD_OP_SUBHN,
    SIMD_OP_RSUBHN,
    /* widen: SSHLL/USHLL/SHLL (imm = left shift), pairwise long add */
    SIMD_OP_SHLL,
    SIMD_OP_ADDLP,
    SIMD_OP_ADALP,
    /* across lanes */
    SIMD_OP_ADDV,
    SIMD_OP_ADDLV,
    SIMD_OP_MAXV,
    SIMD_OP_MINV,
    /* permutes; REV: imm = log2 of the container bytes */
    SIMD_OP_ZIP1,
    SIMD_OP_ZIP2,
    SIMD_OP_UZP1,
    SIMD_OP_UZP2,
    SIMD_OP_TRN1,
    SIMD_OP_TRN2,
    SIMD_OP_REV,
    SIMD_OP_COUNT
};

uint64_t a64_helper_simd_elt(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_pair(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_long(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_narrow(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_widen(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_across(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_perm(CPUARMState *env, uint64_t desc);
/* TBL/TBX: rn = first table register, imm = number of table registers,
 * SD_SIGNED set for TBX. */
uint64_t a64_helper_simd_tbl(CPUARMState *env, uint64_t desc);

/* LD2-LD4/ST2-ST4 (multiple structures). rd = first register, imm = number
 * of registers, size, SD_Q. The loads first put the raw memory image in
 * the registers in order (Q=0: their low halves), then call deint; the
 * stores ask for each 64-bit word of the memory image. */
uint64_t a64_helper_simd_ld_deint(CPUARMState *env, uint64_t desc);
uint64_t a64_helper_simd_st_word(CPUARMState *env, uint64_t desc, uint64_t idx);

#endif
