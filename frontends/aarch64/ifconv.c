/*
 * aarch64's side of if-conversion (translator/ifconv.h). Compilers use
 * CSEL for most selects, but still branch around a register operation or
 * two at times (glibc's and gcc's binary searches, a merge step). The side
 * instructions may read NZCV (CSEL) but must not write it. Registers are
 * numbered 1..31 for x0..x30 here (0: writes nothing).
 */
#include "frontends/aarch64/translate.h"
#include "translator/ifconv.h"

static unsigned a64_ifc_fetch(void *dc, uint64_t pc, uint32_t *insn)
{
    (void)dc;
    return translator_fetch(pc, 4, insn) ? 4 : 0;
}

/* Rd as 1..31, 0 for XZR, -1 for SP as Rd or an instruction that does
 * more than write one general register. */
static int a64_ifc_pure_rd(uint32_t insn)
{
    unsigned rd = insn & 31, s = insn >> 29 & 1, opc = insn >> 29 & 3;
    bool sp_rd = false; /* Rd 31 is SP, not XZR */

    switch (insn >> 23 & 0x3f) {
    case 0x22: /* ADD/SUB (immediate) */
        if (s) {
            return -1;
        }
        sp_rd = true;
        break;
    case 0x24: /* AND/ORR/EOR (immediate); not ANDS */
        if (opc == 3) {
            return -1;
        }
        sp_rd = true;
        break;
    case 0x25: /* MOVN/MOVZ/MOVK */
        if (opc == 1) {
            return -1;
        }
        break;
    case 0x26: /* SBFM/BFM/UBFM */
    case 0x27: /* EXTR */
        break;
    default:
        switch (insn >> 24 & 0x1f) {
        case 0x0a: /* logical (shifted register); not ANDS/BICS */
            if (opc == 3) {
                return -1;
            }
            break;
        case 0x0b: /* ADD/SUB (shifted or extended register); not S */
            if (s) {
                return -1;
            }
            sp_rd = insn >> 21 & 1;
            break;
        case 0x1a:
            if ((insn >> 21 & 0xff) == 0xd4 && !s) {
                break; /* CSEL/CSINC/CSINV/CSNEG */
            }
            if ((insn >> 21 & 0xff) == 0xd6 && !s &&
                ((insn >> 10 & 0x3c) == 0x08 || /* LSLV/LSRV/ASRV/RORV */
                 ((insn >> 30 & 1) && !(insn >> 16 & 31) &&
                  (insn >> 10 & 0x3f) <= 5))) { /* RBIT, REV16/32/64, CLZ, CLS */
                break;
            }
            return -1;
        default:
            return -1;
        }
    }
    if (rd == 31) {
        return sp_rd ? -1 : 0;
    }
    return a64_lookup(insn) ? (int)rd + 1 : -1;
}

/* B (no link) */
static bool a64_ifc_jump(uint32_t insn, uint64_t pc, uint64_t *dest)
{
    if ((insn & 0xfc000000) != 0x14000000) {
        return false;
    }
    *dest = pc + (uint64_t)(a64_sfield(insn, 0, 26) * 4);
    return true;
}

static bool a64_ifc_gen(void *dc, uint64_t pc, uint32_t insn, unsigned len)
{
    A64DisasContext *ctx = dc;

    ctx->pc = pc;
    ctx->insn = insn;
    ctx->next_pc = pc + len;
    a64_translate_one(ctx);
    return ctx->state == A64_DISAS_NEXT;
}

static IRTempId a64_ifc_reg(int r)
{
    return a64_x[r - 1];
}

static const IfconvArch a64_ifconv_arch = {
    .fetch = a64_ifc_fetch,
    .pure_rd = a64_ifc_pure_rd,
    .jump = a64_ifc_jump,
    .gen = a64_ifc_gen,
    .reg = a64_ifc_reg,
};

bool a64_try_ifconv(A64DisasContext *ctx, A64Test t, uint64_t target)
{
    A64DisasContext undo = *ctx;
    uint64_t join, cover;

    if (!ifconv_try(ctx->ir, &a64_ifconv_arch, ctx, ctx->tb, ctx->next_pc,
                    target, t.cond, t.a, t.b, t.w32, &join, &cover)) {
        *ctx = undo;
        return false;
    }
    *ctx = undo;
    ctx->next_pc = join;
    ctx->state = A64_DISAS_NEXT;
    if (cover > ctx->cover_end) {
        ctx->cover_end = cover;
    }
    return true;
}
