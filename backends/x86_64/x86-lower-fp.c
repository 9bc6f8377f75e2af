/*
 * IR fop (TUNING_fp_inline): an FP operation on the host's SSE/FMA unit in
 * the generated code, with the exact C operation out of line.
 *
 * In line, for d = op(a, b, c) under x:
 *     movq xmm0..2, a b c          the inputs, kept for the slow path
 *     test x; test guards; boxed?  any failure jumps to the stub
 *     op into xmm3; movq d, xmm3
 *     exponent of d in range?      else jump to the stub
 *   back:
 * The stub (after the TB's code) saves the caller-saved registers that
 * hold anything, calls desc->slow(env, xmm0, xmm1, xmm2, x), puts rax in
 * d's register, restores and jumps back. Every jump into it comes after
 * the movq's and before anything but d is written, so the registers it
 * reads (x's) and the ones it restores are the op's; d is never an
 * input's register (inputs are locked when d is allocated).
 */
#include "backends/x86_64/x86-gen.h"

/* SSE scalar opcodes (F2 double, F3 single). */
enum {
    X86_OPC_MOVQ_XMM_GPR = 0x6e | X86_P_EXT | X86_P_DATA16, /* + REXW: movq */
    X86_OPC_MOVQ_GPR_XMM = 0x7e | X86_P_EXT | X86_P_DATA16,
    X86_OPC_MOVAPS = 0x28 | X86_P_EXT,
    X86_OPC_SQRT = 0x51 | X86_P_EXT,
    X86_OPC_ADD = 0x58 | X86_P_EXT,
    X86_OPC_MUL = 0x59 | X86_P_EXT,
    X86_OPC_SUB = 0x5c | X86_P_EXT,
    X86_OPC_DIV = 0x5e | X86_P_EXT,
    /* VEX.66.0F38 vfm*231: reg = reg * vvvv op... see x86_fop_fma. */
    X86_OPC_VFMADD231 = 0xb9 | X86_P_EXT38 | X86_P_DATA16,
    X86_OPC_VFMSUB231 = 0xbb | X86_P_EXT38 | X86_P_DATA16,
    X86_OPC_VFNMADD231 = 0xbd | X86_P_EXT38 | X86_P_DATA16,
    X86_OPC_VFNMSUB231 = 0xbf | X86_P_EXT38 | X86_P_DATA16,
    X86_OPC_BT_EvIb = 0xba | X86_P_EXT, /* btc /7 */
};

enum { X86_XMM_A, X86_XMM_B, X86_XMM_C, X86_XMM_R };

static void x86_fop_jcc(X86Gen *s, X86FpStub *st, X86Cond cc)
{
    uint8_t *rel = x86_jcc32(&s->a, cc, NULL);
    st->jcc_off[st->nb_jcc++] = (uint32_t)(rel - s->code);
}

/* Always the slow path (the in-line code after it is never run). */
static void x86_fop_jmp(X86Gen *s, X86FpStub *st)
{
    uint8_t *rel = x86_jmp32(&s->a, NULL);
    st->jcc_off[st->nb_jcc++] = (uint32_t)(rel - s->code);
}

/* test dword [r14 + off], mask; jump to the stub unless it is as wanted. */
static void x86_fop_guard(X86Gen *s, X86FpStub *st, const IRFpGuard *g)
{
    x86_modrm_mem(&s->a, X86_OPC_GRP3_Ev, 0, x86_mem(X86_R14, g->env_off));
    x86_imm32(&s->a, g->mask);
    x86_fop_jcc(s, st, g->set ? X86_CC_E : X86_CC_NE);
}

/* xmm3 = op(xmm0, xmm1, xmm2). */
static void x86_fop_compute(X86Gen *s, const IRFpOp *op)
{
    static const int arith[] = {
        [IR_FP_ADD] = X86_OPC_ADD, [IR_FP_SUB] = X86_OPC_SUB,
        [IR_FP_MUL] = X86_OPC_MUL, [IR_FP_DIV] = X86_OPC_DIV,
        [IR_FP_SQRT] = X86_OPC_SQRT,
    };
    int prec = op->dbl ? X86_P_F2 : X86_P_F3;

    if (op->kind == IR_FP_SQRT) {
        x86_modrm_rr(&s->a, X86_OPC_SQRT | prec, X86_XMM_R, X86_XMM_A);
        return;
    }
    if (op->kind != IR_FP_FMA) {
        x86_modrm_rr(&s->a, X86_OPC_MOVAPS, X86_XMM_R, X86_XMM_A);
        x86_modrm_rr(&s->a, arith[op->kind] | prec, X86_XMM_R, X86_XMM_B);
        return;
    }
    /* vfm*231 r, a, b: r = +-(a * b) +- r, with r = c first. */
    static const int fma[4] = {
        [0] = X86_OPC_VFMADD231,
        [IR_FP_NEG_ADD] = X86_OPC_VFMSUB231,
        [IR_FP_NEG_PROD] = X86_OPC_VFNMADD231,
        [IR_FP_NEG_PROD | IR_FP_NEG_ADD] = X86_OPC_VFNMSUB231,
    };
    x86_modrm_rr(&s->a, X86_OPC_MOVAPS, X86_XMM_R, X86_XMM_C);
    x86_vex_rr(&s->a,
               fma[op->neg & 3] | (op->dbl ? X86_P_REXW : 0), X86_XMM_R,
               X86_XMM_A, X86_XMM_B);
}

static void x86_lower_fop(X86Gen *s, const IRInsn *insn)
{
    const IRFpOp *op = (const IRFpOp *)(uintptr_t)insn->args[5];
    int w = op->dbl ? X86_P_REXW : 0;
    int in[3], d, t;
    X86Opnd x;

    X86FpStub *st = &s->fp_stubs[s->nb_fp_stubs++];
    st->nb_jcc = 0;
    st->op = op;
    for (int k = 0; k < 3; k++) {
        in[k] = x86_ra_in(s, x86_arg(insn, 1 + k));
    }
    x = x86_ra_opnd(s, insn, 4, false, true, false);
    d = x86_ra_out(s, x86_arg(insn, 0));
    t = x86_ra_scratch(s, 0);
    st->d_reg = (int8_t)d;
    st->x = x;
    st->save = 0;
    for (int r = 0; r < X86_NB_REGS; r++) {
        if (((X86_CALLER_SAVED >> r) & 1) && r != d &&
            s->reg_temp[r] != X86_REG_FREE) {
            st->save |= (uint16_t)(1u << r);
        }
    }

    /* All 64 bits: the slow path gets the inputs as they were (boxed). */
    for (int k = 0; k < 3; k++) {
        x86_modrm_rr(&s->a, X86_OPC_MOVQ_XMM_GPR | X86_P_REXW, k, in[k]);
    }
    if (x.kind != X86_OPND_IMM) {
        x86_emit_cmp(s, true, x.reg, (X86Opnd){ .kind = X86_OPND_IMM });
        x86_fop_jcc(s, st, X86_CC_NE);
    } else if (x.imm != 0) {
        x86_fop_jmp(s, st);
    }
    for (int g = 0; g < 2; g++) {
        if (op->guard[g].env_off >= 0) {
            x86_fop_guard(s, st, &op->guard[g]);
        }
    }
    if (op->boxed) {
        x86_mov_rr(&s->a, true, t, in[0]);
        x86_alu_rr(&s->a, X86_AND, true, t, in[1]);
        x86_alu_rr(&s->a, X86_AND, true, t, in[2]);
        x86_shift_ri(&s->a, X86_SHR, true, t, 32);
        x86_alu_ri(&s->a, X86_CMP, false, t, -1);
        x86_fop_jcc(s, st, X86_CC_NE);
    }
    if (op->kind == IR_FP_FMA && !x86_features.fma) {
        x86_fop_jmp(s, st); /* no host FMA: always the C path */
    } else {
        x86_fop_compute(s, op);
    }
    x86_modrm_rr(&s->a, X86_OPC_MOVQ_GPR_XMM | w, X86_XMM_R, d);
    /* exp_lo <= biased exponent < exp_hi, unsigned in one compare. */
    x86_mov_rr(&s->a, op->dbl, t, d);
    if (op->dbl) {
        x86_shift_ri(&s->a, X86_SHR, true, t, 52);
        x86_alu_ri(&s->a, X86_AND, false, t, 0x7ff);
    } else {
        x86_shift_ri(&s->a, X86_SHR, false, t, 23);
        x86_alu_ri(&s->a, X86_AND, false, t, 0xff);
    }
    x86_alu_ri(&s->a, X86_SUB, false, t, op->exp_lo);
    x86_alu_ri(&s->a, X86_CMP, false, t, op->exp_hi - op->exp_lo);
    x86_fop_jcc(s, st, X86_CC_AE);
    if (op->neg & IR_FP_NEG_RES) {
        x86_modrm_rr(&s->a, X86_OPC_BT_EvIb | w, 7, d);
        x86_byte(&s->a, op->dbl ? 63 : 31);
    }
    st->back_off = x86_off(s);
}

bool x86_lower_fp(X86Gen *s, const IRInsn *insn)
{
    if (insn->opc != IR_fop) {
        return false;
    }
    x86_lower_fop(s, insn);
    return true;
}

/* Room one stub takes at most. */
#define X86_FP_STUB_SIZE (64 + 4 * X86_NB_REGS)

static void x86_emit_fp_stub(X86Gen *s, const X86FpStub *st)
{
    static const int8_t arg_from_xmm[3] = { X86_RSI, X86_RDX, X86_RCX };
    int n = 0;

    for (int k = 0; k < st->nb_jcc; k++) {
        x86_patch_rel32(s->code + st->jcc_off[k], s->a.ptr);
    }
    for (int r = 0; r < X86_NB_REGS; r++) {
        if ((st->save >> r) & 1) {
            x86_push(&s->a, r);
            n++;
        }
    }
    if (n & 1) {
        x86_alu_ri(&s->a, X86_SUB, true, X86_RSP, 8);
    }
    /* x first: its register may be one of the argument registers. */
    if (st->x.kind == X86_OPND_IMM) {
        x86_mov_ri(&s->a, X86_R8, (uint64_t)st->x.imm);
    } else if (st->x.reg != X86_R8) {
        x86_mov_rr(&s->a, true, X86_R8, st->x.reg);
    }
    x86_mov_rr(&s->a, true, X86_RDI, X86_R14);
    for (int k = 0; k < 3; k++) {
        x86_modrm_rr(&s->a, X86_OPC_MOVQ_GPR_XMM | X86_P_REXW, k,
                     arg_from_xmm[k]);
    }
    x86_call_abs(&s->a, (const void *)st->op->slow);
    if (st->d_reg != X86_RAX) {
        x86_mov_rr(&s->a, true, st->d_reg, X86_RAX);
    }
    if (n & 1) {
        x86_alu_ri(&s->a, X86_ADD, true, X86_RSP, 8);
    }
    for (int r = X86_NB_REGS - 1; r >= 0; r--) {
        if ((st->save >> r) & 1) {
            x86_pop(&s->a, r);
        }
    }
    x86_jmp_to(&s->a, s->code + st->back_off);
}

bool x86_emit_fp_stubs(X86Gen *s)
{
    for (uint32_t i = 0; i < s->nb_fp_stubs; i++) {
        if (s->end - s->a.ptr < X86_FP_STUB_SIZE) {
            return false;
        }
        x86_emit_fp_stub(s, &s->fp_stubs[i]);
    }
    return true;
}
