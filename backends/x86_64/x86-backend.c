/*
 * The x86-64 HostBackend: prologue/epilogue, the per-TB code generation
 * driver, jump patching for chaining, and entry into generated code.
 * Register conventions and the allocation rules are in x86-gen.h.
 *
 * Code buffer layout: the prologue area written by init() at the start of
 * the buffer, then TBs, each 16-byte aligned:
 *
 *   prologue:  push rbp rbx r12 r13 r14 r15; sub rsp, X86_FRAME_SIZE
 *              mov r14, rdi; mov r15, [guest_base]; jmp rsi
 *   exit_zero: xor eax, eax                  (backend_exit_zero)
 *   epilogue:  add rsp, X86_FRAME_SIZE; pop r15 r14 r13 r12 rbx rbp; ret
 *
 *   TB:        cmp dword [r14 + exit_request], 0; jne exit_req_stub
 *              ... ops ...
 *              ud2                           (never reached: IR ends in an exit)
 *              exit_req_stub: mov rax, tb | TB_EXIT_REQUESTED; jmp epilogue
 *              misalignment stubs
 *
 * Six pushes plus the return address are 56 bytes; X86_FRAME_SIZE is 8
 * mod 16, so rsp is 16-byte aligned in TB code, as calls require.
 */
#include <cpuid.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "backends/x86_64/x86-gen.h"
#include "translator/tuning.h"

_Static_assert((6 * 8 + 8 + X86_FRAME_SIZE) % 16 == 0,
               "TB code must run with rsp 16-byte aligned");

X86Features x86_features;
const uint8_t *x86_epilogue;
const uint8_t *x86_exit_zero;
static const uint8_t *x86_prologue;
static X86Gen x86_gen; /* translation is serialized by the core */

static const int8_t x86_saved_regs[6] = {
    X86_RBP, X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15,
};

static void x86_detect_features(void)
{
    unsigned a, b, c, d;

    if (__get_cpuid(1, &a, &b, &c, &d)) {
        x86_features.popcnt = (c >> 23) & 1;
    }
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        x86_features.bmi1 = (b >> 3) & 1;
        x86_features.bmi2 = (b >> 8) & 1;
    }
    x86_features.fma = __builtin_cpu_supports("fma") &&
                       __builtin_cpu_supports("avx");
    if (__get_cpuid(0x80000001, &a, &b, &c, &d)) {
        x86_features.lzcnt = (c >> 5) & 1;
    }
}

static void x86_init(CodeBuffer *cb)
{
    static bool detected;
    X86Asm a = { cb->ptr };

    if (!detected) {
        x86_detect_features();
        detected = true;
    }
    x86_prologue = a.ptr;
    for (int i = 0; i < 6; i++) {
        x86_push(&a, x86_saved_regs[i]);
    }
    x86_alu_ri(&a, X86_SUB, true, X86_RSP, X86_FRAME_SIZE);
    x86_mov_rr(&a, true, X86_R14, X86_RDI);
    x86_mov_ri(&a, X86_R15, (uintptr_t)&guest_base);
    x86_load(&a, 3, false, X86_R15, x86_mem(X86_R15, 0));
    x86_jmp_r(&a, X86_RSI);

    x86_exit_zero = a.ptr;
    x86_zero(&a, X86_RAX);
    x86_epilogue = a.ptr;
    x86_alu_ri(&a, X86_ADD, true, X86_RSP, X86_FRAME_SIZE);
    for (int i = 5; i >= 0; i--) {
        x86_pop(&a, x86_saved_regs[i]);
    }
    x86_ret(&a);
    backend_exit_zero = x86_exit_zero;
    cb->ptr = a.ptr;
}

static void x86_gen_start(X86Gen *s, IRContext *ctx, TranslationBlock *tb,
                          CodeBuffer *cb)
{
    uintptr_t p = ((uintptr_t)cb->ptr + 15) & ~(uintptr_t)15;

    s->ctx = ctx;
    s->tb = tb;
    s->code = (uint8_t *)p;
    s->a.ptr = s->code;
    s->end = cb->end;
    s->nb_label_refs = 0;
    s->nb_stubs = 0;
    s->nb_maps = 0;
    s->nb_exits = 0;
    s->nb_fp_stubs = 0;
    s->skip_ops = 0;
    tb->fault_map = NULL;
    tb->nb_insns = 0;
    for (int k = 0; k < TB_MAX_JUMPS; k++) {
        tb->jmp_insn_off[k] = tb->jmp_reset_off[k] = TB_NO_JUMP;
    }
    for (uint32_t i = 0; i < ctx->nb_labels; i++) {
        s->label_off[i] = -1;
    }
}

/* cmp dword [r14 + exit_request], 0; jne stub (patched by the stubs). */
static void x86_gen_entry_check(X86Gen *s)
{
    x86_alu_mi(&s->a, X86_CMP, false,
               x86_mem(X86_R14, offsetof(CPUCommon, exit_request)), 0);
    uint8_t *rel = x86_jcc32(&s->a, X86_CC_NE, NULL);
    s->exit_req_jcc = (uint32_t)(rel - s->code);
}

void x86_lower_op(X86Gen *s, const IRInsn *insn)
{
    if (ir_op_defs[insn->opc].flags & IR_F_SYNC) {
        if ((insn->opc == IR_ld || insn->opc == IR_st) &&
            tuning_on(TUNING_lazy_sync)) {
            /* Dirty globals stay in registers: the access records where
             * (x86_fault_map_here). Only ld's output, about to be rebound,
             * must reach memory first; and nothing at all when no one can
             * see the state at a fault (tb_exact_faults). */
            if (insn->opc == IR_ld && tb_exact_faults) {
                x86_ra_sync_one(s, x86_arg(insn, 0));
            }
        } else {
            x86_ra_sync_globals(s);
        }
    }
    if (!x86_lower_alu(s, insn) && !x86_lower_mem(s, insn) &&
        !x86_lower_ctl(s, insn) && !x86_lower_fp(s, insn)) {
        fprintf(stderr, "mimic: internal error: x86 backend: no lowering "
                        "for op %s\n", ir_op_defs[insn->opc].name);
        abort();
    }
}

static bool x86_gen_ops(X86Gen *s)
{
    IRContext *ctx = s->ctx;

    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        const IRInsn *insn = &ctx->insns[i];
        if (insn->opc == IR_nop) {
            continue;
        }
        /* An exit_cond with taken-side ops lowers them too (at most
         * IR_MAX_SIDE_OPS, see x86_lower_exit_cond). */
        if (s->end - s->a.ptr <
            X86_OP_MARGIN * (insn->opc == IR_exit_cond ? 3 : 1)) {
            return false;
        }
        s->cur = i;
        x86_ra_op_begin(s, insn);
        x86_lower_op(s, insn);
        x86_ra_op_end(s, insn);
        for (; s->skip_ops; s->skip_ops--) { /* lowered by the op itself */
            s->cur = ++i;
            x86_ra_skip_op(s, &ctx->insns[i]);
        }
    }
    return true;
}

static void x86_resolve_labels(X86Gen *s)
{
    for (uint32_t i = 0; i < s->nb_label_refs; i++) {
        const X86LabelRef *r = &s->label_refs[i];
        if (s->label_off[r->label] < 0) {
            fprintf(stderr, "mimic: internal error: x86 backend: label %u "
                            "used but never set\n", r->label);
            abort();
        }
        x86_patch_rel32(s->code + r->off, s->code + s->label_off[r->label]);
    }
}

static int x86_gen_code(IRContext *ctx, TranslationBlock *tb, CodeBuffer *cb)
{
    X86Gen *s = &x86_gen;

    x86_gen_start(s, ctx, tb, cb);
    if (s->end - s->a.ptr < X86_OP_MARGIN) {
        return -1;
    }
    x86_ra_begin(s);
    x86_gen_entry_check(s);
    tb->forward_entry = (uint16_t)x86_off(s);
    x86_loop_head(s);
    if (!x86_gen_ops(s)) {
        return -1;
    }
    x86_byte(&s->a, 0x0f); /* ud2: the IR must end with an exit */
    x86_byte(&s->a, 0x0b);
    if (!x86_emit_exit_stubs(s) || !x86_emit_stubs(s) ||
        !x86_emit_fp_stubs(s)) {
        return -1;
    }
    x86_resolve_labels(s);
    size_t size = (size_t)(s->a.ptr - s->code);
    if (!x86_emit_fault_maps(s)) {
        return -1;
    }
    for (int k = 0; size > 0xfffe && k < TB_MAX_JUMPS; k++) {
        if (tb->jmp_insn_off[k] != TB_NO_JUMP) {
            return -1; /* jump offsets are 16-bit; the core retries smaller */
        }
    }
    tb->code = s->code;
    tb->code_size = (uint32_t)size; /* the fault map follows, not counted */
    cb->ptr = s->a.ptr;
    return (int)size;
}

/* The rel32 is 4-byte aligned (see x86_lower_goto_tb), so one aligned
 * store retargets it atomically for threads executing the jump. */
static void x86_patch_jump(TranslationBlock *tb, int slot, uintptr_t target)
{
    uint8_t *rel = tb->code + tb->jmp_insn_off[slot];
    int32_t disp = (int32_t)(target - (uintptr_t)(rel + 4));
    __atomic_store_n((int32_t *)rel, disp, __ATOMIC_RELEASE);
}

static uintptr_t x86_enter(void *env, const void *code)
{
    uintptr_t (*fn)(void *, const void *) =
        (uintptr_t(*)(void *, const void *))x86_prologue;
    return fn(env, code);
}

const HostBackend host_backend = {
    .name = "x86_64",
    .init = x86_init,
    .gen_code = x86_gen_code,
    .patch_jump = x86_patch_jump,
    .fault_regs = x86_fault_regs,
    .enter = x86_enter,
};
