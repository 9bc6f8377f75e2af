/*
 * The A extension: LR/SC and the AMOs, .w and .d.
 *
 *   funct5[31:27] aq[26] rl[25] rs2[24:20] rs1[19:15] funct3[14:12] rd 0101111
 *   funct3 010 = .w, 011 = .d; lr has rs2 = 0.
 *
 * Everything goes through helpers.c, which uses host atomics on the guest
 * address and raises SIGBUS for misaligned addresses; pc is stored first so
 * a raise or a host fault inside the helper lands on this instruction. The
 * host atomics are sequentially consistent, so aq/rl need nothing more.
 */
#include "frontends/riscv64/helpers.h"
#include "frontends/riscv64/translate.h"

/* rd = helper(env, rs1[, rs2]) with the .w or .d helper by funct3. */
static bool gen_amo(RVDisasContext *ctx, uint32_t insn, const IRHelper *w,
                    const IRHelper *d, bool has_rs2)
{
    IRContext *ir = ctx->ir;
    const IRHelper *h = rv_funct3(insn) == 2 ? w : d;
    IRTempId rd = rv_gpr_dst(ctx, rv_rd(insn));
    IRTempId rs1 = rv_gpr(ctx, rv_rs1(insn));

    rv_gen_sync_pc(ctx);
    if (has_rs2) {
        ir_call(ir, h, rd, 3, IR_ENV, rs1, rv_gpr(ctx, rv_rs2(insn)));
    } else {
        ir_call(ir, h, rd, 2, IR_ENV, rs1);
    }
    return true;
}

static bool trans_lr(RVDisasContext *ctx, uint32_t insn)
{
    static const IRHelper w = IR_HELPER(rv_helper_lr_w, 0);
    static const IRHelper d = IR_HELPER(rv_helper_lr_d, 0);
    return gen_amo(ctx, insn, &w, &d, false);
}

static bool trans_sc(RVDisasContext *ctx, uint32_t insn)
{
    static const IRHelper w = IR_HELPER(rv_helper_sc_w, 0);
    static const IRHelper d = IR_HELPER(rv_helper_sc_d, 0);
    return gen_amo(ctx, insn, &w, &d, true);
}

#define RV_AMO_TRANS(name)                                                 \
    static bool trans_amo##name(RVDisasContext *ctx, uint32_t insn)        \
    {                                                                      \
        static const IRHelper w = IR_HELPER(rv_helper_amo##name##_w, 0);   \
        static const IRHelper d = IR_HELPER(rv_helper_amo##name##_d, 0);   \
        return gen_amo(ctx, insn, &w, &d, true);                           \
    }
RV_AMO_OPS(RV_AMO_TRANS)
#undef RV_AMO_TRANS

/* funct5 values, in RV_AMO_OPS order. */
#define F5(x) ((uint32_t)(x) << 27 | 0x2f)
#define RV_AMO_PAT(name, f5)                                               \
    {0xf800607f, F5(f5) | 0x2000, trans_amo##name, "amo" #name},

/* Both widths: mask funct3 bit 0 out (010 and 011 only). */
const RVPattern rv_amo_patterns[] = {
    {0xf9f0607f, F5(0x02) | 0x2000, trans_lr, "lr"},
    {0xf800607f, F5(0x03) | 0x2000, trans_sc, "sc"},
    RV_AMO_PAT(swap, 0x01)
    RV_AMO_PAT(add, 0x00)
    RV_AMO_PAT(xor, 0x04)
    RV_AMO_PAT(and, 0x0c)
    RV_AMO_PAT(or, 0x08)
    RV_AMO_PAT(min, 0x10)
    RV_AMO_PAT(max, 0x14)
    RV_AMO_PAT(minu, 0x18)
    RV_AMO_PAT(maxu, 0x1c)
    {0, 0, NULL, NULL},
};

#undef RV_AMO_PAT
#undef F5
