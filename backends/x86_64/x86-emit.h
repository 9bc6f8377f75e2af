/*
 * x86-64 instruction encoder: REX/VEX prefixes, ModRM/SIB, displacement and
 * immediate selection. No register allocation and no IR knowledge here; the
 * lowering (x86-lower-*.c) picks instructions, this file only writes bytes.
 *
 * Opcodes are ints: the low byte is the opcode byte, X86_P_* bits add the
 * escape bytes and prefixes (the scheme of QEMU's tcg/i386). x86_opc() emits
 * prefixes, REX and the opcode; x86_modrm_*() add the operand bytes.
 *
 * Invariants:
 *   - The caller guarantees room: one call writes at most 16 bytes.
 *   - A register number is 0..15 (X86Reg); X86_NOREG means "absent" in a
 *     memory operand; rip-relative operands have their own functions
 *     (x86_lea_rip, x86_alu_rm_rip).
 *   - Byte-register operands (setcc, movzx from r8, 8-bit stores) carry
 *     X86_P_REXB_R / X86_P_REXB_RM so spl/bpl/sil/dil get an empty REX
 *     instead of meaning ah/ch/dh/bh.
 */
#ifndef MIMIC_X86_EMIT_H
#define MIMIC_X86_EMIT_H

#include <stdbool.h>
#include <stdint.h>

typedef enum X86Reg {
    X86_RAX, X86_RCX, X86_RDX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI,
    X86_R8, X86_R9, X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15,
    X86_NB_REGS,
    X86_NOREG = -1,
} X86Reg;

/* Prefix / escape bits of an opcode int. */
enum {
    X86_P_EXT = 0x100,     /* 0x0f escape */
    X86_P_EXT38 = 0x200,   /* 0x0f 0x38 */
    X86_P_EXT3A = 0x400,   /* 0x0f 0x3a */
    X86_P_DATA16 = 0x800,  /* 0x66 operand size */
    X86_P_REXW = 0x1000,   /* REX.W: 64-bit operand */
    X86_P_REXB_R = 0x2000, /* reg field is a byte register */
    X86_P_REXB_RM = 0x4000,/* rm field is a byte register */
    X86_P_F3 = 0x8000,     /* 0xf3 mandatory prefix */
    X86_P_F2 = 0x10000,    /* 0xf2 mandatory prefix */
};

/* Opcodes used with x86_modrm_*. */
enum {
    X86_OPC_ALU_GvEv = 0x03,   /* op r, r/m; add the ALU op << 3 */
    X86_OPC_ALU_EvIb = 0x83,
    X86_OPC_ALU_EvIz = 0x81,
    X86_OPC_MOVB_EvGv = 0x88,
    X86_OPC_MOVL_EvGv = 0x89,
    X86_OPC_MOVL_GvEv = 0x8b,
    X86_OPC_MOVB_EvIb = 0xc6,
    X86_OPC_MOVL_EvIz = 0xc7,
    X86_OPC_MOVL_Iv = 0xb8,
    X86_OPC_LEA = 0x8d,
    X86_OPC_TESTL = 0x85,
    X86_OPC_TESTB_EbIb = 0xf6,
    X86_OPC_GRP3_Ev = 0xf7,    /* test imm /0, not /2, neg /3, mul /4, imul /5 */
    X86_OPC_SHIFT_Ib = 0xc1,
    X86_OPC_SHIFT_1 = 0xd1,
    X86_OPC_SHIFT_cl = 0xd3,
    X86_OPC_GRP5 = 0xff,       /* call /2, jmp /4 */
    X86_OPC_XCHG = 0x87,
    X86_OPC_MOVSLQ = 0x63 | X86_P_REXW,
    X86_OPC_MOVZBL = 0xb6 | X86_P_EXT,
    X86_OPC_MOVZWL = 0xb7 | X86_P_EXT,
    X86_OPC_MOVSBL = 0xbe | X86_P_EXT,
    X86_OPC_MOVSWL = 0xbf | X86_P_EXT,
    X86_OPC_IMUL_GvEv = 0xaf | X86_P_EXT,
    X86_OPC_IMUL_GvEvIb = 0x6b,
    X86_OPC_IMUL_GvEvIz = 0x69,
    X86_OPC_BSF = 0xbc | X86_P_EXT,
    X86_OPC_BSR = 0xbd | X86_P_EXT,
    X86_OPC_TZCNT = 0xbc | X86_P_EXT | X86_P_F3,
    X86_OPC_LZCNT = 0xbd | X86_P_EXT | X86_P_F3,
    X86_OPC_POPCNT = 0xb8 | X86_P_EXT | X86_P_F3,
    X86_OPC_BSWAP = 0xc8 | X86_P_EXT,
    X86_OPC_SETCC = 0x90 | X86_P_EXT | X86_P_REXB_RM,
    X86_OPC_CMOVCC = 0x40 | X86_P_EXT,
};

typedef enum X86AluOp {
    X86_ADD = 0, X86_OR = 1, X86_ADC = 2, X86_SBB = 3,
    X86_AND = 4, X86_SUB = 5, X86_XOR = 6, X86_CMP = 7,
} X86AluOp;

typedef enum X86ShiftOp {
    X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7,
} X86ShiftOp;

typedef enum X86Grp3Op {
    X86_NOT = 2, X86_NEG = 3, X86_MUL = 4, X86_IMUL1 = 5, X86_DIV = 6,
    X86_IDIV = 7,
} X86Grp3Op;

/* BMI2 shifts: the VEX pp field picks the operation. */
typedef enum X86ShiftX {
    X86_SHLX = 1, /* 66 */
    X86_SARX = 2, /* f3 */
    X86_SHRX = 3, /* f2 */
} X86ShiftX;

/* Condition codes, the low nibble of jcc/setcc/cmovcc. */
typedef enum X86Cond {
    X86_CC_O, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE,
    X86_CC_BE, X86_CC_A, X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP,
    X86_CC_L, X86_CC_GE, X86_CC_LE, X86_CC_G,
} X86Cond;

/* A memory operand [base + index << shift + disp]. */
typedef struct X86Mem {
    int8_t base;  /* X86Reg or X86_NOREG (absolute disp32) */
    int8_t index; /* X86Reg (not rsp) or X86_NOREG */
    uint8_t shift;
    int32_t disp;
} X86Mem;

typedef struct X86Asm {
    uint8_t *ptr;
} X86Asm;

static inline X86Mem x86_mem(int base, int32_t disp)
{
    return (X86Mem){ (int8_t)base, X86_NOREG, 0, disp };
}

static inline X86Mem x86_mem_idx(int base, int index, int shift,
                                 int32_t disp)
{
    return (X86Mem){ (int8_t)base, (int8_t)index, (uint8_t)shift, disp };
}

static inline bool x86_fits_i8(int64_t v)
{
    return v == (int8_t)v;
}

static inline bool x86_fits_i32(int64_t v)
{
    return v == (int32_t)v;
}

static inline void x86_byte(X86Asm *a, uint8_t b)
{
    *a->ptr++ = b;
}

void x86_imm16(X86Asm *a, uint16_t v);
void x86_imm32(X86Asm *a, uint32_t v);
void x86_imm64(X86Asm *a, uint64_t v);

/* Prefixes, REX and opcode bytes; r/rm/index supply the REX R/B/X bits. */
void x86_opc(X86Asm *a, int opc, int r, int rm, int index);
/* opc with register-direct ModRM (mod = 3). */
void x86_modrm_rr(X86Asm *a, int opc, int r, int rm);
/* opc with a memory ModRM (+SIB, +disp). */
void x86_modrm_mem(X86Asm *a, int opc, int r, X86Mem m);
/* VEX-encoded opc (map from X86_P_EXT38/3A, pp from 66/f3/f2, W from REXW):
 * reg = r, vvvv = v, rm = rm register. */
void x86_vex_rr(X86Asm *a, int opc, int r, int v, int rm);

/* ---- moves -------------------------------------------------------------- */
void x86_mov_rr(X86Asm *a, bool w64, int d, int s);
/* Shortest mov of a 64-bit constant; never touches flags. */
void x86_mov_ri(X86Asm *a, int d, uint64_t imm);
/* xor d32, d32: clobbers flags. */
void x86_zero(X86Asm *a, int d);
/* Loads/stores of 1, 2, 4, 8 bytes (size_log2 0..3). */
void x86_load(X86Asm *a, int size_log2, bool sign, int d, X86Mem m);
void x86_store(X86Asm *a, int size_log2, int s, X86Mem m);
void x86_store_imm(X86Asm *a, int size_log2, int32_t imm, X86Mem m);
void x86_lea(X86Asm *a, bool w64, int d, X86Mem m);
/* lea d, [rip + target - next]. */
void x86_lea_rip(X86Asm *a, int d, const void *target);
void x86_xchg_rr(X86Asm *a, int r1, int r2);
void x86_push(X86Asm *a, int r);
void x86_pop(X86Asm *a, int r);

/* ---- arithmetic --------------------------------------------------------- */
void x86_alu_rr(X86Asm *a, X86AluOp op, bool w64, int d, int s);
void x86_alu_rm(X86Asm *a, X86AluOp op, bool w64, int d, X86Mem m);
/* op d, [rip + target - next] (target NULL: patch later); returns the
 * rel32's address. No immediate may follow (rip is the next insn). */
uint8_t *x86_modrm_rip(X86Asm *a, int opc, int r, const void *target);
uint8_t *x86_alu_rm_rip(X86Asm *a, X86AluOp op, bool w64, int d,
                        const void *target);
void x86_alu_ri(X86Asm *a, X86AluOp op, bool w64, int d, int32_t imm);
void x86_alu_mi(X86Asm *a, X86AluOp op, bool w64, X86Mem m, int32_t imm);
void x86_test_rr(X86Asm *a, bool w64, int r1, int r2);
/* test r8, imm8: for low-bit checks. */
void x86_test_ri8(X86Asm *a, int r, uint8_t imm);
void x86_shift_ri(X86Asm *a, X86ShiftOp op, bool w64, int d, unsigned n);
void x86_shift_cl(X86Asm *a, X86ShiftOp op, bool w64, int d);
void x86_shiftx(X86Asm *a, X86ShiftX op, bool w64, int d, int s, int cnt);
void x86_rorx(X86Asm *a, bool w64, int d, int s, unsigned n);
/* BMI1: d = ~s1 & s2. */
void x86_andn(X86Asm *a, bool w64, int d, int s1, int s2);
void x86_grp3(X86Asm *a, X86Grp3Op op, bool w64, int r);
void x86_grp3_mem(X86Asm *a, X86Grp3Op op, bool w64, X86Mem m);
void x86_imul_rr(X86Asm *a, bool w64, int d, int s);
void x86_imul_ri(X86Asm *a, bool w64, int d, int s, int32_t imm);
void x86_bswap(X86Asm *a, bool w64, int r);
/* opc (lzcnt, bsf, movzx, ...) d, s with the given operand width. */
void x86_op_rr(X86Asm *a, int opc, bool w64, int d, int s);
void x86_op_rm(X86Asm *a, int opc, bool w64, int d, X86Mem m);

/* ---- conditions and control --------------------------------------------- */
void x86_setcc(X86Asm *a, X86Cond cc, int d);
void x86_cmov_rr(X86Asm *a, X86Cond cc, bool w64, int d, int s);
/* Jumps with a rel32 return the address of the rel32 (for patching). */
uint8_t *x86_jcc32(X86Asm *a, X86Cond cc, const void *target);
uint8_t *x86_jmp32(X86Asm *a, const void *target);
void x86_jcc8(X86Asm *a, X86Cond cc, int8_t rel);
void x86_jmp_to(X86Asm *a, const void *target); /* rel8 when it fits */
void x86_call_rel(X86Asm *a, const void *target); /* must be in range */
void x86_call_r(X86Asm *a, int r);
void x86_jmp_r(X86Asm *a, int r);
void x86_ret(X86Asm *a);
void x86_fence(X86Asm *a); /* full barrier: lock or [rsp], 0 */
/* n bytes of (multi-byte) NOPs. */
void x86_nops(X86Asm *a, unsigned n);
/* Set the rel32 at p so the jump ending at p + 4 lands on target. */
void x86_patch_rel32(uint8_t *p, const void *target);
/* True when a rel32 placed at p reaches target. */
bool x86_rel32_reaches(const uint8_t *p, const void *target);

#endif
