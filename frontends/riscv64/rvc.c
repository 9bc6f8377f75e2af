/*
 * RV64C: expand a 16-bit instruction to the 32-bit instruction it stands
 * for, so the rest of the decoder only ever sees 32-bit encodings.
 *
 * Reserved encodings expand to 0 (illegal). HINTs (rd = x0 forms, shift by
 * zero, c.nop with an immediate) expand to their base instruction, which has
 * no architectural effect. The floating-point loads and stores (c.fld, c.fsd,
 * c.fldsp, c.fsdsp) expand to fld/fsd, which trans-fp.c translates.
 *
 * Quadrant layout: bits 1:0 select the quadrant (0, 1, 2; 3 is a 32-bit
 * instruction), bits 15:13 the funct3 within it.
 */
#include "frontends/riscv64/translate.h"

enum {
    OP_LOAD = 0x03,
    OP_LOAD_FP = 0x07,
    OP_IMM = 0x13,
    OP_IMM_32 = 0x1b,
    OP_STORE = 0x23,
    OP_STORE_FP = 0x27,
    OP_REG = 0x33,
    OP_LUI = 0x37,
    OP_REG_32 = 0x3b,
    OP_BRANCH = 0x63,
    OP_JALR = 0x67,
    OP_JAL = 0x6f,
    OP_SYSTEM = 0x73,
};

/* Bits [hi:lo] of x. */
static inline uint32_t bits(uint32_t x, int hi, int lo)
{
    return (x >> lo) & ((1u << (hi - lo + 1)) - 1);
}

/* Sign-extend the low `n` bits of x. */
static inline int32_t sext(uint32_t x, int n)
{
    return (int32_t)(x << (32 - n)) >> (32 - n);
}

/* ---- 32-bit encoders ------------------------------------------------ */

static uint32_t enc_i(uint32_t op, int rd, int f3, int rs1, int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 |
           op;
}

static uint32_t enc_s(uint32_t op, int f3, int rs1, int rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bits(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
           bits(u, 4, 0) << 7 | op;
}

static uint32_t enc_r(uint32_t op, int f7, int rd, int f3, int rs1, int rs2)
{
    return (uint32_t)f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 |
           op;
}

static uint32_t enc_b(int f3, int rs1, int rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bits(u, 12, 12) << 31 | bits(u, 10, 5) << 25 | rs2 << 20 |
           rs1 << 15 | f3 << 12 | bits(u, 4, 1) << 8 | bits(u, 11, 11) << 7 |
           OP_BRANCH;
}

static uint32_t enc_j(int rd, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return bits(u, 20, 20) << 31 | bits(u, 10, 1) << 21 |
           bits(u, 11, 11) << 20 | bits(u, 19, 12) << 12 | rd << 7 | OP_JAL;
}

/* ---- compressed fields ---------------------------------------------- */

/* rd'/rs1'/rs2' name x8..x15. */
static inline int creg(uint32_t c, int lo)
{
    return 8 + bits(c, lo + 2, lo);
}

/* The 6-bit immediate imm[5] = c[12], imm[4:0] = c[6:2]. */
static inline uint32_t cimm6(uint32_t c)
{
    return bits(c, 12, 12) << 5 | bits(c, 6, 2);
}

/* c.lw/c.sw offset: uimm[5:3] = c[12:10], uimm[2] = c[6], uimm[6] = c[5]. */
static inline int32_t cl_w_off(uint32_t c)
{
    return bits(c, 12, 10) << 3 | bits(c, 6, 6) << 2 | bits(c, 5, 5) << 6;
}

/* c.ld/c.sd/c.fld/c.fsd offset: uimm[5:3] = c[12:10], uimm[7:6] = c[6:5]. */
static inline int32_t cl_d_off(uint32_t c)
{
    return bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6;
}

/* ---- quadrant 0 ------------------------------------------------------ */

static uint32_t expand_q0(uint32_t c)
{
    int rd = creg(c, 2), rs1 = creg(c, 7);

    switch (bits(c, 15, 13)) {
    case 0: { /* c.addi4spn: nzuimm[5:4|9:6|2|3] = c[12:5] */
        int32_t imm = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 |
                      bits(c, 6, 6) << 2 | bits(c, 5, 5) << 3;
        return imm ? enc_i(OP_IMM, rd, 0, 2, imm) : 0;
    }
    case 1: /* c.fld */
        return enc_i(OP_LOAD_FP, rd, 3, rs1, cl_d_off(c));
    case 2: /* c.lw */
        return enc_i(OP_LOAD, rd, 2, rs1, cl_w_off(c));
    case 3: /* c.ld */
        return enc_i(OP_LOAD, rd, 3, rs1, cl_d_off(c));
    case 5: /* c.fsd */
        return enc_s(OP_STORE_FP, 3, rs1, rd, cl_d_off(c));
    case 6: /* c.sw */
        return enc_s(OP_STORE, 2, rs1, rd, cl_w_off(c));
    case 7: /* c.sd */
        return enc_s(OP_STORE, 3, rs1, rd, cl_d_off(c));
    default: /* 4: reserved (Zcb) */
        return 0;
    }
}

/* ---- quadrant 1 ------------------------------------------------------ */

/* c.srli/c.srai/c.andi/c.sub/... : funct3 = 100, rd' = c[9:7]. */
static uint32_t expand_q1_alu(uint32_t c)
{
    static const uint8_t f3_rr[4] = {0, 4, 6, 7}; /* sub xor or and */
    int rd = creg(c, 7), rs2 = creg(c, 2);
    uint32_t sh = cimm6(c);

    switch (bits(c, 11, 10)) {
    case 0: /* c.srli */
        return enc_i(OP_IMM, rd, 5, rd, sh);
    case 1: /* c.srai */
        return enc_i(OP_IMM, rd, 5, rd, sh | 0x400);
    case 2: /* c.andi */
        return enc_i(OP_IMM, rd, 7, rd, sext(sh, 6));
    }
    if (!bits(c, 12, 12)) { /* c.sub c.xor c.or c.and */
        int op = bits(c, 6, 5);
        return enc_r(OP_REG, op == 0 ? 0x20 : 0, rd, f3_rr[op], rd, rs2);
    }
    switch (bits(c, 6, 5)) {
    case 0: /* c.subw */
        return enc_r(OP_REG_32, 0x20, rd, 0, rd, rs2);
    case 1: /* c.addw */
        return enc_r(OP_REG_32, 0, rd, 0, rd, rs2);
    default: /* reserved (Zcb) */
        return 0;
    }
}

static uint32_t expand_q1(uint32_t c)
{
    int rd = bits(c, 11, 7);
    int32_t imm6 = sext(cimm6(c), 6);

    switch (bits(c, 15, 13)) {
    case 0: /* c.addi (c.nop for rd = 0) */
        return enc_i(OP_IMM, rd, 0, rd, imm6);
    case 1: /* c.addiw */
        return rd ? enc_i(OP_IMM_32, rd, 0, rd, imm6) : 0;
    case 2: /* c.li */
        return enc_i(OP_IMM, rd, 0, 0, imm6);
    case 3:
        if (rd == 2) { /* c.addi16sp: nzimm[9|4|6|8:7|5] */
            int32_t imm = sext(bits(c, 12, 12) << 9 | bits(c, 6, 6) << 4 |
                                   bits(c, 5, 5) << 6 | bits(c, 4, 3) << 7 |
                                   bits(c, 2, 2) << 5,
                               10);
            return imm ? enc_i(OP_IMM, 2, 0, 2, imm) : 0;
        }
        /* c.lui: nzimm[17|16:12] */
        if (imm6 == 0) {
            return 0;
        }
        return ((uint32_t)imm6 << 12) | rd << 7 | OP_LUI;
    case 4:
        return expand_q1_alu(c);
    case 5: { /* c.j: imm[11|4|9:8|10|6|7|3:1|5] = c[12:2] */
        int32_t imm = sext(bits(c, 12, 12) << 11 | bits(c, 11, 11) << 4 |
                               bits(c, 10, 9) << 8 | bits(c, 8, 8) << 10 |
                               bits(c, 7, 7) << 6 | bits(c, 6, 6) << 7 |
                               bits(c, 5, 3) << 1 | bits(c, 2, 2) << 5,
                           12);
        return enc_j(0, imm);
    }
    default: { /* c.beqz, c.bnez: imm[8|4:3] = c[12:10], imm[7:6|2:1|5] */
        int32_t imm = sext(bits(c, 12, 12) << 8 | bits(c, 11, 10) << 3 |
                               bits(c, 6, 5) << 6 | bits(c, 4, 3) << 1 |
                               bits(c, 2, 2) << 5,
                           9);
        return enc_b(bits(c, 13, 13), creg(c, 7), 0, imm);
    }
    }
}

/* ---- quadrant 2 ------------------------------------------------------ */

/* c.jr c.mv c.ebreak c.jalr c.add: funct4 = 100x. */
static uint32_t expand_q2_cr(uint32_t c)
{
    int rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);

    if (!bits(c, 12, 12)) {
        if (rs2) { /* c.mv */
            return enc_r(OP_REG, 0, rd, 0, 0, rs2);
        }
        return rd ? enc_i(OP_JALR, 0, 0, rd, 0) : 0; /* c.jr */
    }
    if (rs2) { /* c.add */
        return enc_r(OP_REG, 0, rd, 0, rd, rs2);
    }
    if (rd) { /* c.jalr */
        return enc_i(OP_JALR, 1, 0, rd, 0);
    }
    return 0x00100073; /* c.ebreak */
}

static uint32_t expand_q2(uint32_t c)
{
    int rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
    /* c.ldsp/c.fldsp: uimm[5] = c[12], uimm[4:3|8:6] = c[6:2] */
    int32_t ld_off = bits(c, 12, 12) << 5 | bits(c, 6, 5) << 3 |
                     bits(c, 4, 2) << 6;
    /* c.sdsp/c.fsdsp: uimm[5:3|8:6] = c[12:7] */
    int32_t sd_off = bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;

    switch (bits(c, 15, 13)) {
    case 0: /* c.slli */
        return enc_i(OP_IMM, rd, 1, rd, cimm6(c));
    case 1: /* c.fldsp */
        return enc_i(OP_LOAD_FP, rd, 3, 2, ld_off);
    case 2: { /* c.lwsp: uimm[5] = c[12], uimm[4:2|7:6] = c[6:2] */
        int32_t off = bits(c, 12, 12) << 5 | bits(c, 6, 4) << 2 |
                      bits(c, 3, 2) << 6;
        return rd ? enc_i(OP_LOAD, rd, 2, 2, off) : 0;
    }
    case 3: /* c.ldsp */
        return rd ? enc_i(OP_LOAD, rd, 3, 2, ld_off) : 0;
    case 4:
        return expand_q2_cr(c);
    case 5: /* c.fsdsp */
        return enc_s(OP_STORE_FP, 3, 2, rs2, sd_off);
    case 6: /* c.swsp: uimm[5:2|7:6] = c[12:7] */
        return enc_s(OP_STORE, 2, 2, rs2,
                     bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6);
    default: /* c.sdsp */
        return enc_s(OP_STORE, 3, 2, rs2, sd_off);
    }
}

uint32_t rv_expand_compressed(uint16_t insn)
{
    uint32_t c = insn;

    switch (c & 3) {
    case 0:
        return expand_q0(c);
    case 1:
        return expand_q1(c);
    case 2:
        return expand_q2(c);
    default:
        return 0;
    }
}
