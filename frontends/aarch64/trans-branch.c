/*
 * Branches and exception generation: B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ,
 * BR/BLR/RET, SVC and BRK. Everything else in the exception-generation
 * and branch-register groups (HVC, SMC, HLT, DCPS, ERET, the pointer
 * authentication branches) is unallocated at EL0 without FEAT_PAuth and
 * raises SIGILL by not matching, as UDF does.
 *
 * Direct branches end the TB through chained slots: slot 0 for the taken
 * target, slot 1 for the fall-through of a conditional branch. Indirect
 * branches go through goto_ptr (jump-cache lookup in generated code).
 */
#include "frontends/aarch64/translate.h"

static bool gen_cond_branch_end(A64DisasContext *ctx, uint64_t target,
                                uint32_t fallthrough)
{
    a64_gen_goto(ctx, 0, target);
    ir_set_label(ctx->ir, fallthrough);
    a64_gen_goto(ctx, 1, ctx->next_pc);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

/* B / BL: op 00101 imm26 */
static bool trans_b(A64DisasContext *ctx, uint32_t insn)
{
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 0, 26) * 4);

    if (insn >> 31) {
        ir_movi(ctx->ir, a64_x[30], (int64_t)ctx->next_pc);
    }
    a64_gen_goto(ctx, 0, target);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

/* B.cond: 0101010 0 imm19 0 cond */
static bool trans_b_cond(A64DisasContext *ctx, uint32_t insn)
{
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 19) * 4);
    int cond = insn & 15;
    uint32_t fallthrough;

    if ((cond >> 1) == 7) { /* AL, NV: always */
        a64_gen_goto(ctx, 0, target);
        ctx->state = A64_DISAS_JUMPED;
        return true;
    }
    fallthrough = ir_new_label(ctx->ir);
    a64_brcond_flags(ctx, cond ^ 1, fallthrough);
    return gen_cond_branch_end(ctx, target, fallthrough);
}

/* CBZ / CBNZ: sf 011010 op imm19 Rt */
static bool trans_cbz(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 19) * 4);
    IRCond skip = (insn >> 24 & 1) ? IR_COND_EQ : IR_COND_NE;
    IRTempId rt = a64_gpr(ctx, a64_rd(insn));
    uint32_t fallthrough = ir_new_label(ir);

    if (insn >> 31) {
        ir_brcond(ir, skip, rt, ir_const(ir, 0), fallthrough);
    } else {
        ir_brcond32(ir, skip, rt, ir_const(ir, 0), fallthrough);
    }
    return gen_cond_branch_end(ctx, target, fallthrough);
}

/* TBZ / TBNZ: b5 011011 op b40 imm14 Rt */
static bool trans_tbz(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 14) * 4);
    IRCond skip = (insn >> 24 & 1) ? IR_COND_EQ : IR_COND_NE;
    unsigned bit = (insn >> 31) << 5 | a64_field(insn, 19, 5);
    IRTempId t = ir_temp(ir);
    uint32_t fallthrough = ir_new_label(ir);

    ir_andi(ir, t, a64_gpr(ctx, a64_rd(insn)), (int64_t)(1ull << bit));
    ir_brcond(ir, skip, t, ir_const(ir, 0), fallthrough);
    return gen_cond_branch_end(ctx, target, fallthrough);
}

/* BR / BLR / RET: 1101011 0 0 op:2 11111 000000 Rn 00000. The target is
 * read before BLR writes x30 (Rn may be x30). */
static bool trans_br(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    IRTempId target = a64_gpr(ctx, a64_rn(insn));

    if ((insn >> 21 & 3) == 1) { /* BLR */
        IRTempId t = ir_temp(ir);
        ir_mov(ir, t, target);
        ir_movi(ir, a64_x[30], (int64_t)ctx->next_pc);
        target = t;
    }
    a64_gen_goto_reg(ctx, target);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

/* SVC #imm16: 11010100 000 imm16 000 01. The loop runs the syscall with pc
 * at the svc; syscall_ret steps past it. */
static bool trans_svc(A64DisasContext *ctx, uint32_t insn)
{
    a64_gen_exception(ctx, EXCP_SYSCALL);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

/* BRK #imm16: 11010100 001 imm16 000 00 -> SIGTRAP (TRAP_BRKPT). */
static bool trans_brk(A64DisasContext *ctx, uint32_t insn)
{
    a64_gen_exception(ctx, EXCP_BREAKPOINT);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

const A64Pattern a64_branch_patterns[] = {
    {0x7c000000, 0x14000000, trans_b, "b/bl"},
    {0xff000010, 0x54000000, trans_b_cond, "b.cond"},
    {0x7e000000, 0x34000000, trans_cbz, "cbz/cbnz"},
    {0x7e000000, 0x36000000, trans_tbz, "tbz/tbnz"},
    {0xfffffc1f, 0xd61f0000, trans_br, "br"},
    {0xfffffc1f, 0xd63f0000, trans_br, "blr"},
    {0xfffffc1f, 0xd65f0000, trans_br, "ret"},
    {0xffe0001f, 0xd4000001, trans_svc, "svc"},
    {0xffe0001f, 0xd4200000, trans_brk, "brk"},
    {0, 0, NULL, NULL},
};
