/*
 * The riscv64 decode loop: fetch, expand compressed, look up the pattern
 * tables, call the trans function, and decide where the TB ends.
 *
 * Owns the IR globals (x1..x31, f0..f31, pc, frm) and the helpers every
 * trans-*.c file shares (operand access, TB exits, exceptions). fflags is
 * deliberately not a global: the FP helpers accrue into env->fflags
 * directly, which keeps them pure (see trans-fp.c).
 *
 * A TB ends on a control transfer (the trans function emits the exits and
 * sets RV_DISAS_JUMPED), when a trans function asks for it (RV_DISAS_STOP),
 * before a gdb breakpoint or after one instruction when single-stepping
 * (translator_debug_check; a TB starting at a breakpoint only raises it),
 * after rv_max_insns instructions, when the IR is nearly full, or before an
 * instruction that starts on a page other than the TB's first one (so a TB
 * spans at most two pages, the second only through its last instruction).
 */
#include <signal.h>
#include <stddef.h>

#include "frontends/riscv64/translate.h"
#include "frontends/riscv64/helpers.h"
#include "translator/guest-mem.h"
#include "translator/tuning.h"

/* Guest instructions per TB at most. */
unsigned rv_max_insns = 64;

IRTempId rv_x[32];
IRTempId rv_f[32];
IRTempId rv_pc, rv_frm;

static const char *const rv_x_names[32] = {
    "zero", "ra", "sp", "gp", "tp",  "t0",  "t1", "t2", "s0", "s1", "a0",
    "a1",   "a2", "a3", "a4", "a5",  "a6",  "a7", "s2", "s3", "s4", "s5",
    "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static const char *const rv_f_names[32] = {
    "ft0", "ft1", "ft2",  "ft3",  "ft4", "ft5", "ft6",  "ft7",
    "fs0", "fs1", "fa0",  "fa1",  "fa2", "fa3", "fa4",  "fa5",
    "fa6", "fa7", "fs2",  "fs3",  "fs4", "fs5", "fs6",  "fs7",
    "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};

const char *rv_reg_name(int r)
{
    return rv_x_names[r & 31];
}

const char *rv_freg_name(int r)
{
    return rv_f_names[r & 31];
}

void rv_init_globals(IRContext *ctx)
{
    for (int i = 1; i < 32; i++) {
        rv_x[i] = ir_global(ctx, offsetof(CPURISCVState, x[i]),
                            rv_x_names[i]);
    }
    for (int i = 0; i < 32; i++) {
        rv_f[i] = ir_global(ctx, offsetof(CPURISCVState, f[i]),
                            rv_f_names[i]);
    }
    rv_pc = ir_global(ctx, offsetof(CPURISCVState, common.pc), "pc");
    rv_frm = ir_global(ctx, offsetof(CPURISCVState, frm), "frm");
}

IRTempId rv_gpr(RVDisasContext *ctx, int r)
{
    return r == 0 ? ir_const(ctx->ir, 0) : rv_x[r];
}

IRTempId rv_gpr_dst(RVDisasContext *ctx, int r)
{
    return r == 0 ? ir_temp(ctx->ir) : rv_x[r];
}

void rv_gen_goto(RVDisasContext *ctx, uint64_t dest)
{
    int slot = (int)ctx->nb_slots++;

    ir_goto_tb(ctx->ir, slot);
    ir_movi(ctx->ir, rv_pc, (int64_t)dest);
    ir_exit_tb(ctx->ir, (uintptr_t)ctx->tb | (uintptr_t)slot);
}

void rv_gen_exception(RVDisasContext *ctx, int excp)
{
    ir_gen_exception(ctx->ir, rv_pc, ctx->pc, excp);
}

void rv_gen_sync_pc(RVDisasContext *ctx)
{
    ir_movi(ctx->ir, rv_pc, (int64_t)ctx->pc);
}

static const RVPattern *const rv_tables[] = {
    rv_int_patterns,
    rv_amo_patterns,
    rv_bit_patterns,
    rv_fp_patterns,
};

const RVPattern *rv_lookup(uint32_t insn)
{
    for (size_t t = 0; t < sizeof(rv_tables) / sizeof(rv_tables[0]); t++) {
        for (const RVPattern *p = rv_tables[t]; p->trans; p++) {
            if ((insn & p->mask) == p->match) {
                return p;
            }
        }
    }
    return NULL;
}

/* The first instruction of a TB cannot be fetched: raise SIGSEGV for the
 * unreadable address. */
static void rv_gen_fetch_fault(RVDisasContext *ctx, uint64_t addr)
{
    IRContext *ir = ctx->ir;

    ir_st_env(ir, ir_const(ir, (int64_t)addr),
              offsetof(CPUCommon, fault_addr), IR_MO_64);
    ir_st_env(ir, ir_const(ir, SEGV_MAPERR), offsetof(CPUCommon, fault_code),
              IR_MO_32);
    rv_gen_exception(ctx, EXCP_SEGV);
}

/* Fetch one instruction at ctx->pc into ctx->insn/len. Returns false, with
 * *fault_addr set, when its bytes are not readable; 0 in ctx->insn means an
 * illegal compressed encoding. */
bool rv_fetch(RVDisasContext *ctx, uint64_t *fault_addr)
{
    uint32_t lo, hi;

    if (!translator_fetch(ctx->pc, 2, &lo)) {
        *fault_addr = ctx->pc;
        return false;
    }
    lo &= 0xffff;
    if ((lo & 3) != 3) {
        ctx->len = 2;
        ctx->insn = rv_expand_compressed((uint16_t)lo);
        return true;
    }
    if (!translator_fetch(ctx->pc + 2, 2, &hi)) {
        *fault_addr = ctx->pc + 2;
        return false;
    }
    ctx->len = 4;
    ctx->insn = lo | (hi & 0xffff) << 16;
    return true;
}

/*
 * Idiom fusion: `slli rd, rs, 32; srli rd, rd, 32` (zext.w without Zba, what
 * gcc emits for an unsigned int index) becomes one ext32u. Only when the
 * second instruction lies wholly on the TB's first page and is readable;
 * nothing between the two can fault, so they share one instruction record.
 * Returns true when it consumed both (ctx->next_pc is then past the pair).
 */
static bool rv_try_fuse(RVDisasContext *ctx, uint64_t first_page)
{
    uint32_t rd = rv_rd(ctx->insn);
    RVDisasContext nx = *ctx;
    uint64_t fault_addr;

    if ((ctx->insn & 0xfff0707f) != 0x02001013 || rd == 0 ||
        !tuning_on(TUNING_fusion) || !tb_may_grow(ctx->tb)) {
        return false; /* not slli rd, rs, 32 */
    }
    nx.pc = ctx->next_pc;
    if (((nx.pc + 3) & GUEST_PAGE_MASK) != first_page ||
        !rv_fetch(&nx, &fault_addr) ||
        nx.insn != (0x02005013u | rd << 7 | rd << 15)) {
        return false; /* not srli rd, rd, 32 */
    }
    ir_ext32u(ctx->ir, rv_x[rd], rv_gpr(ctx, rv_rs1(ctx->insn)));
    ctx->next_pc = nx.pc + nx.len;
    ctx->state = RV_DISAS_NEXT;
    return true;
}

/* Translate the instruction in ctx->insn; an illegal one raises SIGILL. */
void rv_translate_one(RVDisasContext *ctx)
{
    const RVPattern *p = ctx->insn ? rv_lookup(ctx->insn) : NULL;
    uint32_t mark = ctx->ir->nb_insns;

    ctx->state = RV_DISAS_NEXT;
    if (p && p->trans(ctx, ctx->insn)) {
        return;
    }
    /* Drop whatever a failed trans emitted before it noticed. */
    ctx->ir->nb_insns = mark;
    ctx->state = RV_DISAS_JUMPED;
    rv_gen_exception(ctx, EXCP_ILLEGAL);
}

void rv_translate(IRContext *ir, TranslationBlock *tb, CPUCommon *cpu)
{
    RVDisasContext ctx = {.ir = ir, .cpu = cpu, .tb = tb, .pc = tb->pc};
    uint64_t first_page = tb->pc & GUEST_PAGE_MASK;
    unsigned n = 0;

    for (;;) {
        uint64_t fault_addr;
        int dbg = translator_debug_check(tb, ctx.pc, n);

        if (dbg == TRANSLATOR_DEBUG_END) {
            rv_gen_goto(&ctx, ctx.pc);
            ctx.next_pc = ctx.pc;
            break;
        }
        if (dbg == TRANSLATOR_DEBUG_BREAK) {
            ir_insn_start(ir, ctx.pc);
            rv_gen_exception(&ctx, EXCP_DEBUG);
            ctx.next_pc = ctx.pc + 2;
            break;
        }
        if (!rv_fetch(&ctx, &fault_addr)) {
            if (n == 0) {
                ir_insn_start(ir, ctx.pc);
                rv_gen_fetch_fault(&ctx, fault_addr);
                ctx.next_pc = fault_addr + 2;
            } else {
                rv_gen_goto(&ctx, ctx.pc);
                ctx.next_pc = ctx.pc;
            }
            break;
        }
        ir_insn_start(ir, ctx.pc);
        ctx.next_pc = ctx.pc + ctx.len;
        if (rv_try_fuse(&ctx, first_page)) {
            n++;
        } else {
            rv_translate_one(&ctx);
        }
        n++;
        if (ctx.state == RV_DISAS_JUMPED) {
            break;
        }
        if (ctx.state == RV_DISAS_STOP || n >= rv_max_insns ||
            ir_nearly_full(ir) ||
            (ctx.next_pc & GUEST_PAGE_MASK) != first_page) {
            rv_gen_goto(&ctx, ctx.next_pc);
            break;
        }
        ctx.pc = ctx.next_pc;
    }
    tb->size = (uint32_t)((ctx.cover_end > ctx.next_pc ? ctx.cover_end
                                                        : ctx.next_pc) -
                          tb->pc);
}
