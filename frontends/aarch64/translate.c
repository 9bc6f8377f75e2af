/*
 * The aarch64 decode loop: fetch, look up the pattern tables, call the
 * trans function, and decide where the TB ends. Owns the IR globals and the
 * operand/exit helpers every trans-*.c file shares.
 *
 * A TB ends on a control transfer (the trans function emits the exits and
 * sets A64_DISAS_JUMPED), when a trans function asks for it
 * (A64_DISAS_STOP), after a64_max_insns instructions, when the IR is nearly
 * full, or at a page boundary.
 */
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "frontends/aarch64/translate.h"
#include "translator/guest-mem.h"

unsigned a64_max_insns = 64;

IRTempId a64_x[32];
IRTempId a64_pc, a64_nf, a64_zf, a64_cf, a64_vf;

static const char *const a64_x_names[32] = {
    "x0",  "x1",  "x2",  "x3",  "x4",  "x5",  "x6",  "x7",
    "x8",  "x9",  "x10", "x11", "x12", "x13", "x14", "x15",
    "x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23",
    "x24", "x25", "x26", "x27", "x28", "x29", "x30", "sp",
};

void a64_init_globals(IRContext *ctx)
{
    for (int i = 0; i < 32; i++) {
        a64_x[i] = ir_global(ctx, offsetof(CPUARMState, x[i]), a64_x_names[i]);
    }
    a64_pc = ir_global(ctx, offsetof(CPUARMState, common.pc), "pc");
    a64_nf = ir_global(ctx, offsetof(CPUARMState, nf), "nf");
    a64_zf = ir_global(ctx, offsetof(CPUARMState, zf), "zf");
    a64_cf = ir_global(ctx, offsetof(CPUARMState, cf), "cf");
    a64_vf = ir_global(ctx, offsetof(CPUARMState, vf), "vf");
}

IRTempId a64_gpr(A64DisasContext *ctx, int r)
{
    return r == 31 ? ir_const(ctx->ir, 0) : a64_x[r];
}

IRTempId a64_gpr_sp(A64DisasContext *ctx, int r)
{
    return a64_x[r];
}

IRTempId a64_gpr_dst(A64DisasContext *ctx, int r)
{
    return r == 31 ? ir_temp(ctx->ir) : a64_x[r];
}

IRTempId a64_gpr_sp_dst(A64DisasContext *ctx, int r)
{
    return a64_x[r];
}

void a64_set_w(A64DisasContext *ctx, int r, IRTempId val)
{
    if (r != 31) {
        ir_ext32u(ctx->ir, a64_x[r], val);
    }
}

void a64_gen_goto(A64DisasContext *ctx, int slot, uint64_t dest)
{
    ir_goto_tb(ctx->ir, slot);
    ir_movi(ctx->ir, a64_pc, (int64_t)dest);
    ir_exit_tb(ctx->ir, (uintptr_t)ctx->tb | (uintptr_t)slot);
}

void a64_gen_goto_reg(A64DisasContext *ctx, IRTempId target)
{
    ir_mov(ctx->ir, a64_pc, target);
    ir_goto_ptr(ctx->ir);
}

void a64_gen_exception(A64DisasContext *ctx, int excp)
{
    ir_gen_exception(ctx->ir, a64_pc, ctx->pc, excp);
}

void a64_gen_sync_pc(A64DisasContext *ctx)
{
    ir_movi(ctx->ir, a64_pc, (int64_t)ctx->pc);
}

static const A64Pattern *const a64_tables[] = {
    a64_int_patterns,    a64_branch_patterns, a64_sys_patterns,
    a64_ldst_patterns,   a64_atomic_patterns, a64_fp_patterns,
    a64_simd_patterns,   a64_simd_ldst_patterns,
};

const A64Pattern *a64_lookup(uint32_t insn)
{
    for (size_t t = 0; t < sizeof(a64_tables) / sizeof(a64_tables[0]); t++) {
        for (const A64Pattern *p = a64_tables[t]; p->trans; p++) {
            if ((insn & p->mask) == p->match) {
                return p;
            }
        }
    }
    return NULL;
}

static void a64_translate_one(A64DisasContext *ctx)
{
    const A64Pattern *p = a64_lookup(ctx->insn);
    uint32_t mark = ctx->ir->nb_insns;

    ctx->state = A64_DISAS_NEXT;
    if (p && p->trans(ctx, ctx->insn)) {
        return;
    }
    ctx->ir->nb_insns = mark;
    ctx->state = A64_DISAS_JUMPED;
    a64_gen_exception(ctx, EXCP_ILLEGAL);
}

void a64_translate(IRContext *ir, TranslationBlock *tb, CPUCommon *cpu)
{
    A64DisasContext ctx = {.ir = ir, .cpu = cpu, .tb = tb, .pc = tb->pc};
    unsigned n = 0;

    for (;;) {
        ir_insn_start(ir, ctx.pc);
        if (!translator_fetch(ctx.pc, 4, &ctx.insn)) {
            if (n == 0) {
                ir_st_env(ir, ir_const(ir, (int64_t)ctx.pc),
                          offsetof(CPUCommon, fault_addr), IR_MO_64);
                ir_st_env(ir, ir_const(ir, SEGV_MAPERR),
                          offsetof(CPUCommon, fault_code), IR_MO_32);
                a64_gen_exception(&ctx, EXCP_SEGV);
                ctx.next_pc = ctx.pc + 4;
            } else {
                ctx.ir->nb_insns--; /* the insn_start just emitted */
                a64_gen_goto(&ctx, 0, ctx.pc);
                ctx.next_pc = ctx.pc;
            }
            break;
        }
        ctx.next_pc = ctx.pc + 4;
        a64_translate_one(&ctx);
        n++;
        if (ctx.state == A64_DISAS_JUMPED) {
            break;
        }
        if (ctx.state == A64_DISAS_STOP || n >= a64_max_insns ||
            ir_nearly_full(ir) ||
            (ctx.next_pc & GUEST_PAGE_MASK) != (tb->pc & GUEST_PAGE_MASK)) {
            a64_gen_goto(&ctx, 0, ctx.next_pc);
            break;
        }
        ctx.pc = ctx.next_pc;
    }
    tb->size = (uint32_t)(ctx.next_pc - tb->pc);
}

void a64_cpu_reset(CPUCommon *cpu)
{
    CPUARMState *env = a64_env(cpu);
    size_t off = offsetof(CPUARMState, x);

    memset((char *)env + off, 0, sizeof(*env) - off);
    env->zf = 1; /* Z clear */
    env->excl_addr = UINT64_MAX;
    cpu->pc = 0;
}

void a64_dump_state(CPUCommon *cpu, void (*print)(const char *, ...))
{
    CPUARMState *env = a64_env(cpu);
    uint32_t nzcv = a64_nzcv_get(env);

    print(" pc  %016llx  nzcv %c%c%c%c\n", (unsigned long long)cpu->pc,
          nzcv >> 31 & 1 ? 'N' : '-', nzcv >> 30 & 1 ? 'Z' : '-',
          nzcv >> 29 & 1 ? 'C' : '-', nzcv >> 28 & 1 ? 'V' : '-');
    for (int i = 0; i < 32; i++) {
        print(" %-3s %016llx%s", a64_x_names[i], (unsigned long long)env->x[i],
              (i & 3) == 3 ? "\n" : "");
    }
    for (int i = 0; i < 32; i++) {
        print(" q%-2d %016llx%016llx%s", i, (unsigned long long)env->v[i][1],
              (unsigned long long)env->v[i][0], (i & 1) ? "\n" : "");
    }
    print(" fpcr %08x fpsr %08x\n", env->fpcr, env->fpsr);
}

bool a64_cpu_select(const char *name)
{
    static const char *const models[] = {"cortex-a53", "cortex-a72", "max",
                                         "any"};

    if (!strcmp(name, "help")) {
        printf("Available CPUs:\n");
        printf("  max         ARMv8.0-A + CRC32, LSE atomics, LRCPC\n");
        printf("  cortex-a53, cortex-a72, any: the same as max\n");
        return true;
    }
    for (size_t i = 0; i < sizeof(models) / sizeof(models[0]); i++) {
        if (!strcmp(name, models[i])) {
            return true;
        }
    }
    return false;
}
