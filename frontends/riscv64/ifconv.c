/*
 * riscv64's side of if-conversion (translator/ifconv.h): without Zicond
 * there is no conditional move, so compilers branch around one or two
 * register operations (min/max, a binary search step), and on random data
 * the host mispredicts half of those branches.
 */
#include "frontends/riscv64/translate.h"
#include "translator/ifconv.h"

static unsigned rv_ifc_fetch(void *dc, uint64_t pc, uint32_t *insn)
{
    RVDisasContext nx = *(RVDisasContext *)dc;
    uint64_t fault_addr;

    nx.pc = pc;
    if (!rv_fetch(&nx, &fault_addr) || nx.insn == 0) {
        return 0;
    }
    *insn = nx.insn;
    return nx.len;
}

/* OP, OP-IMM, OP-32, OP-IMM-32 (no division or remainder), LUI, AUIPC:
 * nothing but rd changes. */
static int rv_ifc_pure_rd(uint32_t insn)
{
    uint32_t opc = insn & 0x7f, f7 = insn >> 25, f3 = rv_funct3(insn);

    switch (opc) {
    case 0x13: case 0x1b: case 0x37: case 0x17:
        break;
    case 0x33: case 0x3b:
        if (f7 == 1 && f3 >= 4) {
            return -1; /* div, divu, rem, remu (and W) */
        }
        break;
    default:
        return -1;
    }
    return rv_lookup(insn) ? (int)rv_rd(insn) : -1;
}

/* jal x0, target */
static bool rv_ifc_jump(uint32_t insn, uint64_t pc, uint64_t *dest)
{
    if ((insn & 0xfff) != 0x06f) {
        return false;
    }
    *dest = pc + (uint64_t)rv_imm_j(insn);
    return true;
}

static bool rv_ifc_gen(void *dc, uint64_t pc, uint32_t insn, unsigned len)
{
    RVDisasContext *ctx = dc;

    ctx->pc = pc;
    ctx->insn = insn;
    ctx->len = len;
    ctx->next_pc = pc + len;
    rv_translate_one(ctx);
    return ctx->state == RV_DISAS_NEXT;
}

static IRTempId rv_ifc_reg(int r)
{
    return rv_x[r];
}

static const IfconvArch rv_ifconv_arch = {
    .fetch = rv_ifc_fetch,
    .pure_rd = rv_ifc_pure_rd,
    .jump = rv_ifc_jump,
    .gen = rv_ifc_gen,
    .reg = rv_ifc_reg,
};

bool rv_try_ifconv(RVDisasContext *ctx, uint32_t insn, IRCond cond,
                   int64_t offset)
{
    RVDisasContext undo = *ctx;
    uint64_t join, cover;

    if (!ifconv_try(ctx->ir, &rv_ifconv_arch, ctx, ctx->tb, ctx->next_pc,
                    ctx->pc + (uint64_t)offset, cond,
                    rv_gpr(ctx, rv_rs1(insn)), rv_gpr(ctx, rv_rs2(insn)),
                    false, &join, &cover)) {
        *ctx = undo;
        return false;
    }
    *ctx = undo;
    ctx->next_pc = join;
    ctx->state = RV_DISAS_NEXT;
    if (cover > ctx->cover_end) {
        ctx->cover_end = cover;
    }
    return true;
}

bool rv_try_loop_tail(RVDisasContext *ctx, uint32_t insn, IRCond cond,
                      int64_t offset)
{
    RVDisasContext undo = *ctx;
    uint64_t cover;

    if (!ifconv_try_tail(ctx->ir, &rv_ifconv_arch, ctx, ctx->tb,
                         ctx->next_pc, ctx->pc + (uint64_t)offset, cond,
                         rv_gpr(ctx, rv_rs1(insn)), rv_gpr(ctx, rv_rs2(insn)),
                         false, (int)ctx->nb_slots, &cover)) {
        *ctx = undo;
        return false;
    }
    *ctx = undo;
    ctx->nb_slots += 2;
    rv_gen_goto(ctx, ctx->tb->pc); /* not reached: the loop_back's tests */
    ctx->state = RV_DISAS_JUMPED;
    if (cover > ctx->cover_end) {
        ctx->cover_end = cover;
    }
    return true;
}
