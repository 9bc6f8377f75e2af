/*
 * Branches and exception generation: B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ,
 * BR/BLR/RET, SVC and BRK. Everything else in the exception-generation
 * and branch-register groups (HVC, SMC, HLT, DCPS, ERET, the pointer
 * authentication branches) is unallocated at EL0 without FEAT_PAuth and
 * raises SIGILL by not matching, as UDF does.
 *
 * A conditional branch back to the TB's first instruction loops inside
 * the TB (IR loop_back); any other conditional branch becomes a side exit
 * and translation goes on at the fall-through (IR exit_cond), while two
 * goto_tb slots remain for however the TB ends. A forward B or BL to the
 * TB's first page continues decoding at its target (a superblock). Each
 * of these has an -opt switch; without them a branch ends the TB through
 * chained slots. Indirect branches go through goto_ptr (jump-cache lookup
 * in generated code).
 */
#include "frontends/aarch64/translate.h"

#include "translator/guest-mem.h"
#include "translator/tuning.h"

/* Branch to `target` when t holds, else go on at next_pc. */
static bool gen_cond_branch(A64DisasContext *ctx, A64Test t, uint64_t target)
{
    IRContext *ir = ctx->ir;
    uint32_t fallthrough;

    if (t.cond == IR_COND_NEVER) {
        return true;
    }
    if (t.cond == IR_COND_ALWAYS) {
        a64_gen_goto(ctx, target);
        ctx->state = A64_DISAS_JUMPED;
        return true;
    }
    if (target > ctx->pc && a64_try_ifconv(ctx, t, target)) {
        return true;
    }
    if (target == ctx->tb->pc && tuning_on(TUNING_loop) &&
        tb_may_branch_inside(ctx->tb)) {
        ir_loop_back_w(ir, t.w32, t.cond, t.a, t.b);
        ir_exit_cond_w(ir, t.w32, t.cond, t.a, t.b, (int)ctx->nb_slots++,
                       target);
        a64_gen_goto(ctx, ctx->next_pc);
        ctx->state = A64_DISAS_JUMPED;
        return true;
    }
    if (tuning_on(TUNING_side_exit) && ctx->nb_slots + 3 <= TB_MAX_JUMPS &&
        tb_may_branch_inside(ctx->tb)) {
        ir_exit_cond_w(ir, t.w32, t.cond, t.a, t.b, (int)ctx->nb_slots++,
                       target);
        return true;
    }
    fallthrough = ir_new_label(ir);
    if (t.w32) {
        ir_brcond32(ir, ir_cond_invert(t.cond), t.a, t.b, fallthrough);
    } else {
        ir_brcond(ir, ir_cond_invert(t.cond), t.a, t.b, fallthrough);
    }
    a64_gen_goto(ctx, target);
    ir_set_label(ir, fallthrough);
    a64_gen_goto(ctx, ctx->next_pc);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

/* B / BL: op 00101 imm26. The link value is written first: decoding may
 * continue at the target. */
static bool trans_b(A64DisasContext *ctx, uint32_t insn)
{
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 0, 26) * 4);

    if (insn >> 31) {
        ir_movi(ctx->ir, a64_x[30], (int64_t)ctx->next_pc);
    }
    if (target > ctx->pc && tuning_on(TUNING_superblock) &&
        tb_may_grow(ctx->tb) &&
        (target & GUEST_PAGE_MASK) == (ctx->tb->pc & GUEST_PAGE_MASK)) {
        ctx->next_pc = target;
        return true;
    }
    a64_gen_goto(ctx, target);
    ctx->state = A64_DISAS_JUMPED;
    return true;
}

/* B.cond: 0101010 0 imm19 0 cond (AL and NV branch always) */
static bool trans_b_cond(A64DisasContext *ctx, uint32_t insn)
{
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 19) * 4);

    return gen_cond_branch(ctx, a64_cond_test(ctx, insn & 15), target);
}

/* CBZ / CBNZ: sf 011010 op imm19 Rt */
static bool trans_cbz(A64DisasContext *ctx, uint32_t insn)
{
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 19) * 4);
    IRCond taken = (insn >> 24 & 1) ? IR_COND_NE : IR_COND_EQ;

    return gen_cond_branch(ctx,
                           a64_test(taken, a64_gpr(ctx, a64_rd(insn)),
                                   ir_const(ctx->ir, 0), !(insn >> 31)),
                           target);
}

/* TBZ / TBNZ: b5 011011 op b40 imm14 Rt */
static bool trans_tbz(A64DisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    uint64_t target = ctx->pc + (uint64_t)(a64_sfield(insn, 5, 14) * 4);
    IRCond taken = (insn >> 24 & 1) ? IR_COND_NE : IR_COND_EQ;
    unsigned bit = (insn >> 31) << 5 | a64_field(insn, 19, 5);
    IRTempId t = ir_temp(ir);

    ir_andi(ir, t, a64_gpr(ctx, a64_rd(insn)), (int64_t)(1ull << bit));
    return gen_cond_branch(ctx, a64_test(taken, t, ir_const(ir, 0), false),
                           target);
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
