/*
 * x86-64 instruction encoder (see x86-emit.h for the opcode-int scheme).
 *
 * Displacements: mod 00 when disp is 0 and the base is not rbp/r13 (whose
 * mod-00 encoding means rip-relative/absolute), disp8 when it fits, disp32
 * otherwise. A SIB byte is used when there is an index, when the base is
 * rsp/r12 (rm 100 means "SIB follows"), or when there is no base at all.
 */
#include "backends/x86_64/x86-emit.h"

#include <string.h>

void x86_imm16(X86Asm *a, uint16_t v)
{
    memcpy(a->ptr, &v, 2);
    a->ptr += 2;
}

void x86_imm32(X86Asm *a, uint32_t v)
{
    memcpy(a->ptr, &v, 4);
    a->ptr += 4;
}

void x86_imm64(X86Asm *a, uint64_t v)
{
    memcpy(a->ptr, &v, 8);
    a->ptr += 8;
}

static void x86_prefixes(X86Asm *a, int opc)
{
    if (opc & X86_P_DATA16) {
        x86_byte(a, 0x66);
    }
    if (opc & X86_P_F3) {
        x86_byte(a, 0xf3);
    } else if (opc & X86_P_F2) {
        x86_byte(a, 0xf2);
    }
}

void x86_opc(X86Asm *a, int opc, int r, int rm, int index)
{
    int rex = 0;

    x86_prefixes(a, opc);
    rex |= (opc & X86_P_REXW) ? 8 : 0;
    rex |= (r & 8) >> 1;
    rex |= (index & 8) >> 2;
    rex |= (rm & 8) >> 3;
    if (rex || ((opc & X86_P_REXB_R) && (r & 15) >= 4) ||
        ((opc & X86_P_REXB_RM) && (rm & 15) >= 4)) {
        x86_byte(a, (uint8_t)(0x40 | rex));
    }
    if (opc & (X86_P_EXT | X86_P_EXT38 | X86_P_EXT3A)) {
        x86_byte(a, 0x0f);
        if (opc & X86_P_EXT38) {
            x86_byte(a, 0x38);
        } else if (opc & X86_P_EXT3A) {
            x86_byte(a, 0x3a);
        }
    }
    x86_byte(a, (uint8_t)opc);
}

void x86_modrm_rr(X86Asm *a, int opc, int r, int rm)
{
    x86_opc(a, opc, r, rm, 0);
    x86_byte(a, (uint8_t)(0xc0 | (r & 7) << 3 | (rm & 7)));
}

static void x86_sib(X86Asm *a, int shift, int index, int base)
{
    int idx = index < 0 ? 4 : (index & 7);
    x86_byte(a, (uint8_t)(shift << 6 | idx << 3 | (base & 7)));
}

void x86_modrm_mem(X86Asm *a, int opc, int r, X86Mem m)
{
    int base = m.base, index = m.index;
    int rr = (r & 7) << 3;
    int mod;

    x86_opc(a, opc, r, base < 0 ? 0 : base, index < 0 ? 0 : index);
    if (base < 0) {
        x86_byte(a, (uint8_t)(0x04 | rr));
        x86_sib(a, m.shift, index, 5);
        x86_imm32(a, (uint32_t)m.disp);
        return;
    }
    if (m.disp == 0 && (base & 7) != 5) {
        mod = 0x00;
    } else if (x86_fits_i8(m.disp)) {
        mod = 0x40;
    } else {
        mod = 0x80;
    }
    if (index < 0 && (base & 7) != 4) {
        x86_byte(a, (uint8_t)(mod | rr | (base & 7)));
    } else {
        x86_byte(a, (uint8_t)(mod | rr | 4));
        x86_sib(a, m.shift, index, base);
    }
    if (mod == 0x40) {
        x86_byte(a, (uint8_t)m.disp);
    } else if (mod == 0x80) {
        x86_imm32(a, (uint32_t)m.disp);
    }
}

void x86_vex_rr(X86Asm *a, int opc, int r, int v, int rm)
{
    int mmmmm = (opc & X86_P_EXT3A) ? 3 : (opc & X86_P_EXT38) ? 2 : 1;
    int pp = (opc & X86_P_DATA16) ? 1 : (opc & X86_P_F3) ? 2
             : (opc & X86_P_F2) ? 3 : 0;
    int w = (opc & X86_P_REXW) ? 1 : 0;

    x86_byte(a, 0xc4);
    x86_byte(a, (uint8_t)((~r & 8) << 4 | 0x40 | (~rm & 8) << 2 | mmmmm));
    x86_byte(a, (uint8_t)(w << 7 | (~v & 15) << 3 | pp));
    x86_byte(a, (uint8_t)opc);
    x86_byte(a, (uint8_t)(0xc0 | (r & 7) << 3 | (rm & 7)));
}

/* ---- moves -------------------------------------------------------------- */

static int x86_w(bool w64)
{
    return w64 ? X86_P_REXW : 0;
}

void x86_mov_rr(X86Asm *a, bool w64, int d, int s)
{
    x86_modrm_rr(a, X86_OPC_MOVL_GvEv | x86_w(w64), d, s);
}

void x86_mov_ri(X86Asm *a, int d, uint64_t imm)
{
    if (imm <= UINT32_MAX) {
        x86_opc(a, X86_OPC_MOVL_Iv + (d & 7), 0, d, 0);
        x86_imm32(a, (uint32_t)imm);
    } else if (x86_fits_i32((int64_t)imm)) {
        x86_modrm_rr(a, X86_OPC_MOVL_EvIz | X86_P_REXW, 0, d);
        x86_imm32(a, (uint32_t)imm);
    } else {
        x86_opc(a, (X86_OPC_MOVL_Iv + (d & 7)) | X86_P_REXW, 0, d, 0);
        x86_imm64(a, imm);
    }
}

void x86_zero(X86Asm *a, int d)
{
    x86_alu_rr(a, X86_XOR, false, d, d);
}

void x86_load(X86Asm *a, int size_log2, bool sign, int d, X86Mem m)
{
    static const int opc[2][4] = {
        { X86_OPC_MOVZBL, X86_OPC_MOVZWL, X86_OPC_MOVL_GvEv,
          X86_OPC_MOVL_GvEv | X86_P_REXW },
        { X86_OPC_MOVSBL | X86_P_REXW, X86_OPC_MOVSWL | X86_P_REXW,
          X86_OPC_MOVSLQ, X86_OPC_MOVL_GvEv | X86_P_REXW },
    };
    x86_modrm_mem(a, opc[sign][size_log2 & 3], d, m);
}

void x86_store(X86Asm *a, int size_log2, int s, X86Mem m)
{
    static const int opc[4] = {
        X86_OPC_MOVB_EvGv | X86_P_REXB_R, X86_OPC_MOVL_EvGv | X86_P_DATA16,
        X86_OPC_MOVL_EvGv, X86_OPC_MOVL_EvGv | X86_P_REXW,
    };
    x86_modrm_mem(a, opc[size_log2 & 3], s, m);
}

void x86_store_imm(X86Asm *a, int size_log2, int32_t imm, X86Mem m)
{
    switch (size_log2 & 3) {
    case 0:
        x86_modrm_mem(a, X86_OPC_MOVB_EvIb, 0, m);
        x86_byte(a, (uint8_t)imm);
        break;
    case 1:
        x86_modrm_mem(a, X86_OPC_MOVL_EvIz | X86_P_DATA16, 0, m);
        x86_imm16(a, (uint16_t)imm);
        break;
    case 2:
        x86_modrm_mem(a, X86_OPC_MOVL_EvIz, 0, m);
        x86_imm32(a, (uint32_t)imm);
        break;
    default:
        x86_modrm_mem(a, X86_OPC_MOVL_EvIz | X86_P_REXW, 0, m);
        x86_imm32(a, (uint32_t)imm);
        break;
    }
}

void x86_lea(X86Asm *a, bool w64, int d, X86Mem m)
{
    x86_modrm_mem(a, X86_OPC_LEA | x86_w(w64), d, m);
}

void x86_lea_rip(X86Asm *a, int d, const void *target)
{
    x86_opc(a, X86_OPC_LEA | X86_P_REXW, d, 0, 0);
    x86_byte(a, (uint8_t)(0x05 | (d & 7) << 3));
    x86_patch_rel32(a->ptr, target);
    a->ptr += 4;
}

void x86_xchg_rr(X86Asm *a, int r1, int r2)
{
    x86_modrm_rr(a, X86_OPC_XCHG | X86_P_REXW, r1, r2);
}

void x86_push(X86Asm *a, int r)
{
    x86_opc(a, 0x50 + (r & 7), 0, r, 0);
}

void x86_pop(X86Asm *a, int r)
{
    x86_opc(a, 0x58 + (r & 7), 0, r, 0);
}

/* ---- arithmetic --------------------------------------------------------- */

void x86_alu_rr(X86Asm *a, X86AluOp op, bool w64, int d, int s)
{
    x86_modrm_rr(a, (X86_OPC_ALU_GvEv + (op << 3)) | x86_w(w64), d, s);
}

void x86_alu_rm(X86Asm *a, X86AluOp op, bool w64, int d, X86Mem m)
{
    x86_modrm_mem(a, (X86_OPC_ALU_GvEv + (op << 3)) | x86_w(w64), d, m);
}

uint8_t *x86_modrm_rip(X86Asm *a, int opc, int r, const void *target)
{
    x86_opc(a, opc, r, 0, 0);
    x86_byte(a, (uint8_t)(0x05 | (r & 7) << 3));
    uint8_t *rel = a->ptr;
    x86_patch_rel32(rel, target ? target : rel + 4);
    a->ptr += 4;
    return rel;
}

uint8_t *x86_alu_rm_rip(X86Asm *a, X86AluOp op, bool w64, int d,
                        const void *target)
{
    return x86_modrm_rip(a, (X86_OPC_ALU_GvEv + (op << 3)) | x86_w(w64), d,
                         target);
}

void x86_alu_ri(X86Asm *a, X86AluOp op, bool w64, int d, int32_t imm)
{
    if (x86_fits_i8(imm)) {
        x86_modrm_rr(a, X86_OPC_ALU_EvIb | x86_w(w64), op, d);
        x86_byte(a, (uint8_t)imm);
    } else {
        x86_modrm_rr(a, X86_OPC_ALU_EvIz | x86_w(w64), op, d);
        x86_imm32(a, (uint32_t)imm);
    }
}

void x86_alu_mi(X86Asm *a, X86AluOp op, bool w64, X86Mem m, int32_t imm)
{
    if (x86_fits_i8(imm)) {
        x86_modrm_mem(a, X86_OPC_ALU_EvIb | x86_w(w64), op, m);
        x86_byte(a, (uint8_t)imm);
    } else {
        x86_modrm_mem(a, X86_OPC_ALU_EvIz | x86_w(w64), op, m);
        x86_imm32(a, (uint32_t)imm);
    }
}

void x86_test_rr(X86Asm *a, bool w64, int r1, int r2)
{
    x86_modrm_rr(a, X86_OPC_TESTL | x86_w(w64), r2, r1);
}

void x86_test_ri8(X86Asm *a, int r, uint8_t imm)
{
    x86_modrm_rr(a, X86_OPC_TESTB_EbIb | X86_P_REXB_RM, 0, r);
    x86_byte(a, imm);
}

void x86_shift_ri(X86Asm *a, X86ShiftOp op, bool w64, int d, unsigned n)
{
    if (n == 1) {
        x86_modrm_rr(a, X86_OPC_SHIFT_1 | x86_w(w64), op, d);
    } else {
        x86_modrm_rr(a, X86_OPC_SHIFT_Ib | x86_w(w64), op, d);
        x86_byte(a, (uint8_t)n);
    }
}

void x86_shift_cl(X86Asm *a, X86ShiftOp op, bool w64, int d)
{
    x86_modrm_rr(a, X86_OPC_SHIFT_cl | x86_w(w64), op, d);
}

void x86_shiftx(X86Asm *a, X86ShiftX op, bool w64, int d, int s, int cnt)
{
    static const int pp[4] = { 0, X86_P_DATA16, X86_P_F3, X86_P_F2 };
    x86_vex_rr(a, 0xf7 | X86_P_EXT38 | pp[op & 3] | x86_w(w64), d, cnt, s);
}

void x86_rorx(X86Asm *a, bool w64, int d, int s, unsigned n)
{
    x86_vex_rr(a, 0xf0 | X86_P_EXT3A | X86_P_F2 | x86_w(w64), d, 0, s);
    x86_byte(a, (uint8_t)n);
}

void x86_andn(X86Asm *a, bool w64, int d, int s1, int s2)
{
    x86_vex_rr(a, 0xf2 | X86_P_EXT38 | x86_w(w64), d, s1, s2);
}

void x86_grp3(X86Asm *a, X86Grp3Op op, bool w64, int r)
{
    x86_modrm_rr(a, X86_OPC_GRP3_Ev | x86_w(w64), op, r);
}

void x86_grp3_mem(X86Asm *a, X86Grp3Op op, bool w64, X86Mem m)
{
    x86_modrm_mem(a, X86_OPC_GRP3_Ev | x86_w(w64), op, m);
}

void x86_imul_rr(X86Asm *a, bool w64, int d, int s)
{
    x86_modrm_rr(a, X86_OPC_IMUL_GvEv | x86_w(w64), d, s);
}

void x86_imul_ri(X86Asm *a, bool w64, int d, int s, int32_t imm)
{
    if (x86_fits_i8(imm)) {
        x86_modrm_rr(a, X86_OPC_IMUL_GvEvIb | x86_w(w64), d, s);
        x86_byte(a, (uint8_t)imm);
    } else {
        x86_modrm_rr(a, X86_OPC_IMUL_GvEvIz | x86_w(w64), d, s);
        x86_imm32(a, (uint32_t)imm);
    }
}

void x86_bswap(X86Asm *a, bool w64, int r)
{
    x86_opc(a, (X86_OPC_BSWAP + (r & 7)) | x86_w(w64), 0, r, 0);
}

void x86_op_rr(X86Asm *a, int opc, bool w64, int d, int s)
{
    x86_modrm_rr(a, opc | x86_w(w64), d, s);
}

void x86_op_rm(X86Asm *a, int opc, bool w64, int d, X86Mem m)
{
    x86_modrm_mem(a, opc | x86_w(w64), d, m);
}

/* ---- conditions and control --------------------------------------------- */

void x86_setcc(X86Asm *a, X86Cond cc, int d)
{
    x86_modrm_rr(a, X86_OPC_SETCC + cc, 0, d);
}

void x86_cmov_rr(X86Asm *a, X86Cond cc, bool w64, int d, int s)
{
    x86_modrm_rr(a, (X86_OPC_CMOVCC + cc) | x86_w(w64), d, s);
}

void x86_patch_rel32(uint8_t *p, const void *target)
{
    int32_t rel = target ? (int32_t)((intptr_t)target - (intptr_t)(p + 4))
                         : 0;
    memcpy(p, &rel, 4);
}

bool x86_rel32_reaches(const uint8_t *p, const void *target)
{
    return x86_fits_i32((intptr_t)target - (intptr_t)(p + 4));
}

uint8_t *x86_jcc32(X86Asm *a, X86Cond cc, const void *target)
{
    x86_byte(a, 0x0f);
    x86_byte(a, (uint8_t)(0x80 + cc));
    uint8_t *rel = a->ptr;
    x86_patch_rel32(rel, target);
    a->ptr += 4;
    return rel;
}

uint8_t *x86_jmp32(X86Asm *a, const void *target)
{
    x86_byte(a, 0xe9);
    uint8_t *rel = a->ptr;
    x86_patch_rel32(rel, target);
    a->ptr += 4;
    return rel;
}

void x86_jcc8(X86Asm *a, X86Cond cc, int8_t rel)
{
    x86_byte(a, (uint8_t)(0x70 + cc));
    x86_byte(a, (uint8_t)rel);
}

void x86_jmp_to(X86Asm *a, const void *target)
{
    intptr_t rel = (intptr_t)target - (intptr_t)(a->ptr + 2);
    if (x86_fits_i8(rel)) {
        x86_byte(a, 0xeb);
        x86_byte(a, (uint8_t)rel);
    } else {
        x86_jmp32(a, target);
    }
}

void x86_call_rel(X86Asm *a, const void *target)
{
    x86_byte(a, 0xe8);
    x86_patch_rel32(a->ptr, target);
    a->ptr += 4;
}

void x86_call_r(X86Asm *a, int r)
{
    x86_modrm_rr(a, X86_OPC_GRP5, 2, r);
}

void x86_jmp_r(X86Asm *a, int r)
{
    x86_modrm_rr(a, X86_OPC_GRP5, 4, r);
}

void x86_ret(X86Asm *a)
{
    x86_byte(a, 0xc3);
}

/* lock or dword [rsp], 0: orders earlier stores before later loads like
 * mfence, at a fraction of its cost (it does not order non-temporal
 * stores, which generated code never emits). */
void x86_fence(X86Asm *a)
{
    static const uint8_t insn[] = {0xf0, 0x83, 0x0c, 0x24, 0x00};
    for (unsigned i = 0; i < sizeof(insn); i++) {
        x86_byte(a, insn[i]);
    }
}

void x86_nops(X86Asm *a, unsigned n)
{
    /* The recommended NOP forms (Intel SDM vol. 2, "NOP"), 1..9 bytes. */
    static const uint8_t nop[9][9] = {
        { 0x90 },
        { 0x66, 0x90 },
        { 0x0f, 0x1f, 0x00 },
        { 0x0f, 0x1f, 0x40, 0x00 },
        { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
        { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
        { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
        { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
        { 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    };
    while (n > 0) {
        unsigned k = n > 9 ? 9 : n;
        memcpy(a->ptr, nop[k - 1], k);
        a->ptr += k;
        n -= k;
    }
}
