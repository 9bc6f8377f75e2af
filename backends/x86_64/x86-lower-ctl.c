/*
 * Lowering of control and side-effect ops: labels and branches, TB exits
 * (goto_tb, exit_tb, goto_ptr), guest instruction records, helper calls
 * and barriers.
 *
 * Every block-ending op first stores dirty globals and locals
 * (x86_ra_bb_end); code after a label assumes all values in memory.
 * Branch operands are read before that, since NORMAL temps are dropped
 * without a store; only stores come between reading them and the cmp.
 *
 * goto_tb: a 5-byte `jmp rel32` whose rel32 is 4-byte aligned so
 * patch_jump can retarget it with one atomic store while other threads
 * run it; it initially jumps to the next instruction (the unchained exit).
 *
 * Calls follow SysV: arguments in rdi rsi rdx rcx r8 r9, result in rax,
 * rsp 16-byte aligned (the prologue keeps it so for all TB code).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backends/x86_64/x86-gen.h"

static const int8_t x86_arg_regs[6] = {
    X86_RDI, X86_RSI, X86_RDX, X86_RCX, X86_R8, X86_R9,
};

/* ---- labels and branches ------------------------------------------------- */

static void x86_jump_label(X86Gen *s, int cc, uint32_t label)
{
    int32_t off = s->label_off[label];

    if (off >= 0) {
        const uint8_t *target = s->code + off;
        if (cc < 0) {
            x86_jmp_to(&s->a, target);
        } else {
            x86_jcc32(&s->a, (X86Cond)cc, target);
        }
        return;
    }
    uint8_t *rel = cc < 0 ? x86_jmp32(&s->a, NULL)
                          : x86_jcc32(&s->a, (X86Cond)cc, NULL);
    s->label_refs[s->nb_label_refs++] =
        (X86LabelRef){ (uint32_t)(rel - s->code), label };
}

/* The operands of a compare-and-branch op (a, b, cond in args 0..2) put
 * in place for x86_emit_cmp(s, !w32, *ra, *ob), a constant a swapped to
 * the right; returns the condition to test then. */
static IRCond x86_branch_operands(X86Gen *s, const IRInsn *insn, int *ra,
                                  X86Opnd *ob)
{
    IRCond c = (IRCond)insn->args[2];
    int ia = 0, ib = 1;

    if (x86_is_const(s, x86_arg(insn, 0))) {
        ia = 1;
        ib = 0;
        c = x86_cond_swap(c);
    }
    *ra = x86_ra_in(s, x86_arg(insn, ia));
    *ob = x86_ra_opnd(s, insn, ib, insn->w32, true, false);
    return c;
}

static void x86_lower_brcond(X86Gen *s, const IRInsn *insn)
{
    IRCond c = (IRCond)insn->args[2];
    uint32_t label = (uint32_t)insn->args[3];
    X86Opnd ob;
    int ra;

    if (c == IR_COND_ALWAYS || c == IR_COND_NEVER) {
        x86_ra_bb_end(s);
        if (c == IR_COND_ALWAYS) {
            x86_jump_label(s, -1, label);
        }
        return;
    }
    c = x86_branch_operands(s, insn, &ra, &ob);
    x86_ra_bb_end(s);
    x86_emit_cmp(s, !insn->w32, ra, ob);
    x86_jump_label(s, x86_cond(c), label);
}

static void x86_lower_set_label(X86Gen *s, const IRInsn *insn)
{
    x86_ra_bb_end(s);
    s->label_off[insn->args[0]] = (int32_t)x86_off(s);
}

/* ---- TB exits ------------------------------------------------------------ */

/* The patchable jump of goto_tb / exit_cond (the allocator state is the
 * caller's business). */
static void x86_emit_goto_tb(X86Gen *s, int slot)
{
    unsigned pad = (unsigned)(-(uintptr_t)(s->a.ptr + 1)) & 3;
    x86_nops(&s->a, pad);
    uint8_t *rel = x86_jmp32(&s->a, NULL);
    s->tb->jmp_insn_off[slot] = (uint16_t)(rel - s->code);
    s->tb->jmp_reset_off[slot] = (uint16_t)(s->a.ptr - s->code);
}

static void x86_lower_goto_tb(X86Gen *s, const IRInsn *insn)
{
    x86_ra_bb_end(s);
    x86_emit_goto_tb(s, (int)insn->args[0] & (TB_MAX_JUMPS - 1));
}

/* Leave through goto_tb `slot` to guest pc `dest` (guest state stored). */
static void x86_emit_exit_tail(X86Gen *s, int slot, uint64_t dest)
{
    X86Mem pc = x86_mem(X86_R14, offsetof(CPUCommon, pc));

    x86_emit_goto_tb(s, slot);
    if (x86_fits_i32((int64_t)dest)) {
        x86_store_imm(&s->a, 3, (int32_t)dest, pc);
    } else {
        x86_mov_ri(&s->a, X86_RAX, dest);
        x86_store(&s->a, 3, X86_RAX, pc);
    }
    x86_mov_ri(&s->a, X86_RAX, (uintptr_t)s->tb | (uintptr_t)slot);
    x86_jmp_to(&s->a, x86_epilogue);
}

/*
 * exit_cond a, b, cond, slot, dest, n: a side exit that leaves the
 * register state alone on the fall-through, which stays straight-line
 * code:
 *
 *       cmp a, b; jcond stub
 *       ...                       (the TB goes on)
 *   stub (after the TB's code, x86_emit_exit_stubs):
 *       mov [env + g], reg        for each dirty global in a register at
 *       jmp rel32                 the branch (goto_tb slot: patched when
 *       mov qword [env + pc], dest; mov rax, tb | slot; jmp epilogue
 *
 * With n taken-side ops, the taken side is lowered in line instead, from
 * a copy of the allocator state that the fall-through then drops:
 *
 *       cmp a, b; j!cond skip
 *       ...the n ops...; the stores and the chained exit as above
 *   skip:
 */
/* Taken side with its n ops, in line: from a copy of the allocator state
 * that the fall-through (at skip) takes back; the driver then skips the
 * ops (X86Gen.skip_ops). */
static void x86_exit_side_inline(X86Gen *s, const IRInsn *insn, IRCond c)
{
    uint32_t nside = (uint32_t)insn->args[5], e = s->cur;
    uint8_t *skip = x86_jcc32(&s->a, x86_cond(ir_cond_invert(c)), NULL);
    X86DirtyRegs dirty;

    if (nside > IR_MAX_SIDE_OPS) {
        fprintf(stderr, "mimic: internal error: x86 backend: %u taken-side "
                        "ops on an exit_cond\n", nside);
        abort();
    }
    x86_ra_save(s);
    for (uint32_t k = 1; k <= nside; k++) {
        const IRInsn *op = &s->ctx->insns[e + k];
        s->cur = e + k;
        x86_ra_op_begin(s, op);
        x86_lower_op(s, op);
        x86_ra_op_end(s, op);
    }
    s->cur = e;
    x86_ra_dirty_globals(s, (IRTempId)IR_ARG_NONE, &dirty);
    x86_store_dirty(s, &dirty);
    x86_emit_exit_tail(s, (int)insn->args[3] & (TB_MAX_JUMPS - 1),
                       (uint64_t)insn->args[4]);
    x86_patch_rel32(skip, s->a.ptr);
    x86_ra_restore(s);
    s->skip_ops = nside;
}

/* Taken side with no ops: jcc to a stub emitted after the TB's code, which
 * stores the globals dirty in registers now. */
static void x86_exit_stub_add(X86Gen *s, const IRInsn *insn, IRCond c)
{
    X86ExitStub *st;

    if (s->nb_exits >= TB_MAX_JUMPS) {
        fprintf(stderr, "mimic: internal error: x86 backend: more side "
                        "exits than goto_tb slots\n");
        abort(); /* frontends take a slot per exit_cond */
    }
    st = &s->exits[s->nb_exits++];
    st->jcc_off = (uint32_t)(x86_jcc32(&s->a, x86_cond(c), NULL) - s->code);
    st->slot = (uint8_t)(insn->args[3] & (TB_MAX_JUMPS - 1));
    st->dest = (uint64_t)insn->args[4];
    x86_ra_dirty_globals(s, (IRTempId)IR_ARG_NONE, &st->regs);
}

static void x86_lower_exit_cond(X86Gen *s, const IRInsn *insn)
{
    X86Opnd ob;
    int ra;
    IRCond c = x86_branch_operands(s, insn, &ra, &ob);

    x86_emit_cmp(s, !insn->w32, ra, ob);
    if (insn->args[5]) {
        x86_exit_side_inline(s, insn, c);
    } else {
        x86_exit_stub_add(s, insn, c);
    }
}

#define X86_EXIT_STUB_SIZE (48 + 8 * X86_NB_REGS)

bool x86_emit_exit_stubs(X86Gen *s)
{
    for (uint32_t i = 0; i < s->nb_exits; i++) {
        const X86ExitStub *st = &s->exits[i];

        if (s->end - s->a.ptr < X86_EXIT_STUB_SIZE) {
            return false;
        }
        x86_patch_rel32(s->code + st->jcc_off, s->a.ptr);
        x86_store_dirty(s, &st->regs);
        x86_emit_exit_tail(s, st->slot, st->dest);
    }
    return true;
}

static void x86_lower_exit_tb(X86Gen *s, const IRInsn *insn)
{
    uint64_t val = (uint64_t)insn->args[0];

    x86_ra_bb_end(s);
    if (val == 0) {
        x86_jmp_to(&s->a, x86_exit_zero);
        return;
    }
    x86_mov_ri(&s->a, X86_RAX, val);
    x86_jmp_to(&s->a, x86_epilogue);
}

/*
 * goto_ptr probes the CPU's jump cache inline and jumps straight to the
 * cached TB; only a miss calls tb_lookup_ptr(). The probe relies on:
 * tb_jmp_cache_index() (cpu.h) being the hash here, entries being
 * {pc, tb} of 16 bytes, and invalidation clearing every entry that names an
 * invalid TB, so a non-null tb with matching pc and flags is live.
 *
 *   mov  rax, [env + pc] (or reg)  mov  rdx, [rcx + 8]     ; entry.tb
 *   mov  ecx, eax                  test rdx, rdx
 *   shr  ecx, 1                    jz   miss
 *   and  ecx, SIZE - 1             mov  esi, [env + tb_flags]
 *   shl  ecx, 4                    cmp  esi, [rdx + flags]
 *   add  rcx, [env + jmp_cache]    jne  miss
 *   cmp  rax, [rcx]                jmp  [rdx + code]
 *   jne  miss                miss: mov rdi, env; call tb_lookup_ptr; jmp rax
 */
static void x86_lower_goto_ptr(X86Gen *s)
{
    X86Asm *a = &s->a;
    uint8_t *miss[3];
    int pc_reg = -1;

    /* The new pc is usually still in a register: reading it there saves
     * a store-to-load round trip on the way to the jump. */
    for (IRTempId g = 1; g < s->ctx->nb_globals; g++) {
        if (s->ctx->temps[g].env_offset == offsetof(CPUCommon, pc)) {
            pc_reg = s->t[g].reg;
            break;
        }
    }
    x86_ra_bb_end(s);
    if (pc_reg >= 0) {
        x86_mov_rr(a, true, X86_RAX, pc_reg);
    } else {
        x86_load(a, 3, false, X86_RAX,
                 x86_mem(X86_R14, offsetof(CPUCommon, pc)));
    }
    x86_mov_rr(a, false, X86_RCX, X86_RAX);
    x86_shift_ri(a, X86_SHR, false, X86_RCX, 1);
    x86_alu_ri(a, X86_AND, false, X86_RCX, TB_JMP_CACHE_SIZE - 1);
    x86_shift_ri(a, X86_SHL, false, X86_RCX, 4);
    x86_alu_rm(a, X86_ADD, true, X86_RCX,
               x86_mem(X86_R14, offsetof(CPUCommon, jmp_cache)));
    x86_alu_rm(a, X86_CMP, true, X86_RAX, x86_mem(X86_RCX, 0));
    miss[0] = x86_jcc32(a, X86_CC_NE, a->ptr);
    x86_load(a, 3, false, X86_RDX, x86_mem(X86_RCX, 8));
    x86_test_rr(a, true, X86_RDX, X86_RDX);
    miss[1] = x86_jcc32(a, X86_CC_E, a->ptr);
    x86_load(a, 2, false, X86_RSI,
             x86_mem(X86_R14, offsetof(CPUCommon, tb_flags)));
    x86_alu_rm(a, X86_CMP, false, X86_RSI,
               x86_mem(X86_RDX, offsetof(TranslationBlock, flags)));
    miss[2] = x86_jcc32(a, X86_CC_NE, a->ptr);
    x86_op_rm(a, X86_OPC_GRP5, false, 4,
              x86_mem(X86_RDX, offsetof(TranslationBlock, code)));
    for (int i = 0; i < 3; i++) {
        x86_patch_rel32(miss[i], a->ptr);
    }
    x86_mov_rr(a, true, X86_RDI, X86_R14);
    x86_call_abs(a, (const void *)tb_lookup_ptr);
    x86_jmp_r(a, X86_RAX);
}

static void x86_lower_insn_start(X86Gen *s, const IRInsn *insn)
{
    uint32_t n = s->tb->nb_insns++;
    s->tb->insn_pc[n] = (uint64_t)insn->args[0];
    s->tb->insn_host_off[n] = x86_off(s);
}

/* ---- calls --------------------------------------------------------------- */

/* Where argument t is right now (after the caller-saved evacuation). */
static X86Opnd x86_call_src(X86Gen *s, IRTempId t)
{
    X86Opnd o = { X86_OPND_REG, -1, 0, { 0, 0, 0, 0 } };

    if (s->t[t].kind == IR_TEMP_CONST) {
        o.kind = X86_OPND_IMM;
        o.imm = x86_const_val(s, t);
    } else if (s->t[t].kind == IR_TEMP_ENV) {
        o.reg = X86_R14;
    } else if (s->t[t].reg >= 0) {
        o.reg = s->t[t].reg;
    } else {
        o.kind = X86_OPND_MEM;
        o.mem = x86_ra_home(s, t);
    }
    return o;
}

/* Register-to-register argument moves as a parallel copy: emit a move
 * whose destination no pending move reads; break cycles with xchg. */
static void x86_parallel_move(X86Gen *s, int8_t *dst, int8_t *src, int n)
{
    while (n > 0) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            pick = i;
            for (int j = 0; j < n; j++) {
                if (j != i && src[j] == dst[i]) {
                    pick = -1;
                    break;
                }
            }
        }
        if (pick >= 0) {
            x86_mov_rr(&s->a, true, dst[pick], src[pick]);
        } else {
            pick = 0;
            int8_t d = dst[0], sr = src[0];
            x86_xchg_rr(&s->a, d, sr);
            for (int j = 1; j < n; j++) {
                src[j] = src[j] == d ? sr : src[j] == sr ? d : src[j];
            }
        }
        dst[pick] = dst[n - 1];
        src[pick] = src[n - 1];
        n--;
        for (int j = 0; j < n; j++) {
            if (dst[j] == src[j]) {
                dst[j] = dst[n - 1];
                src[j] = src[n - 1];
                n--;
                j--;
            }
        }
    }
}

/* ---- self loops (IR loop_back) -------------------------------------------- */

/*
 * A TB that branches to its own pc runs as a loop in its code:
 *
 *   entry:  cmp [env + exit_request], 0; jne exit_req_stub
 *           mov rbx, [env + g1] ...           (preload: the globals read
 *   head:   ...ops...                          most often, up to
 *   loop_back a, b, cond:                      X86_MAX_LOOP_REGS)
 *           store dirty globals, except preloaded ones the body writes
 *           cmp a, b; j!cond skip
 *           cmp [env + exit_request], 0; jne skip
 *           parallel moves / loads putting g1.. back into their head regs
 *           jmp head
 *   skip:   ...the fall-through (the IR after loop_back tests the
 *           condition again and leaves to tb->pc if it holds)
 *
 * The moves run only on the taken path, so the allocator's state on the
 * fall-through is untouched. At the head, preloaded globals are in their
 * registers, marked dirty if the body writes them (their memory copy may
 * be stale from the second iteration on), clean otherwise; every other
 * global is in memory: the state the back edge rebuilds.
 */
/* The back edge reads the preloaded globals again: until loop_back, an op
 * must not take one's register as if it died there (next_use). */
static void x86_loop_keep_live(X86Gen *s)
{
    IRContext *ctx = s->ctx;
    uint32_t lb = 0;

    while (lb < ctx->nb_insns && ctx->insns[lb].opc != IR_loop_back) {
        lb++;
    }
    for (uint32_t i = 0; i < lb; i++) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        for (int j = 0; j < def->nb_oargs + def->nb_iargs; j++) {
            for (int k = 0; k < s->nb_loop; k++) {
                if (insn->args[j] == s->loop_temp[k] &&
                    s->next_use[i][j] == X86_NO_USE) {
                    s->next_use[i][j] = (uint16_t)lb;
                }
            }
        }
    }
}

void x86_loop_head(X86Gen *s)
{
    static uint16_t reads[IR_MAX_TEMPS];
    static uint16_t first[IR_MAX_TEMPS];
    static uint8_t written[IR_MAX_TEMPS];
    IRContext *ctx = s->ctx;
    bool loops = false;

    s->nb_loop = 0;
    memset(reads, 0, sizeof(reads[0]) * ctx->nb_globals);
    memset(written, 0, sizeof(written[0]) * ctx->nb_globals);
    for (uint32_t i = 0; i < ctx->nb_insns; i++) {
        const IRInsn *insn = &ctx->insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        loops |= insn->opc == IR_loop_back;
        for (int j = 0; j < def->nb_oargs; j++) {
            if (insn->args[j] < ctx->nb_globals) {
                written[insn->args[j]] = 1;
            }
        }
        for (int j = def->nb_oargs; j < def->nb_oargs + def->nb_iargs; j++) {
            IRArg a = insn->args[j];
            if (a != IR_ARG_NONE && a < ctx->nb_globals &&
                s->t[a].kind == IR_TEMP_GLOBAL && reads[a]++ == 0) {
                first[a] = (uint16_t)i;
            }
        }
    }
    if (!loops) {
        return;
    }
    s->tb->self_loop = true;
    while (s->nb_loop < X86_MAX_LOOP_REGS) {
        IRTempId best = 0;
        for (IRTempId g = 1; g < ctx->nb_globals; g++) {
            if (reads[g] && (!best || reads[g] > reads[best])) {
                best = g;
            }
        }
        if (!best) {
            break;
        }
        reads[best] = 0;
        s->loop_temp[s->nb_loop] = best;
        s->loop_reg[s->nb_loop] = (int8_t)x86_ra_in(s, best);
        s->loop_written[s->nb_loop] = written[best];
        s->t[best].next = first[best];
        s->nb_loop++;
    }
    for (int i = 0; i < s->nb_loop; i++) {
        s->t[s->loop_temp[i]].dirty = s->loop_written[i];
    }
    x86_loop_keep_live(s);
    s->locked = 0;
    s->loop_head_off = x86_off(s);
}

/* Taken path of loop_back: rebuild the head's register binding. */
static void x86_loop_reconcile(X86Gen *s)
{
    int8_t md[X86_MAX_LOOP_REGS], ms[X86_MAX_LOOP_REGS];
    int n = 0;

    for (int i = 0; i < s->nb_loop; i++) {
        int cur = s->t[s->loop_temp[i]].reg;
        if (cur >= 0 && cur != s->loop_reg[i]) {
            md[n] = s->loop_reg[i];
            ms[n++] = (int8_t)cur;
        }
    }
    x86_parallel_move(s, md, ms, n);
    for (int i = 0; i < s->nb_loop; i++) {
        if (s->t[s->loop_temp[i]].reg < 0) {
            x86_load(&s->a, 3, false, s->loop_reg[i],
                     x86_ra_home(s, s->loop_temp[i]));
        }
    }
}

static void x86_lower_loop_back(X86Gen *s, const IRInsn *insn)
{
    X86Opnd ob;
    int ra;
    IRCond c = x86_branch_operands(s, insn, &ra, &ob);

    x86_ra_sync_globals_but_loop(s);
    x86_emit_cmp(s, !insn->w32, ra, ob);
    uint8_t *skip = x86_jcc32(&s->a, x86_cond(ir_cond_invert(c)), NULL);
    x86_alu_mi(&s->a, X86_CMP, false,
               x86_mem(X86_R14, offsetof(CPUCommon, exit_request)), 0);
    uint8_t *requested = x86_jcc32(&s->a, X86_CC_NE, NULL);
    x86_loop_reconcile(s);
    x86_jmp_to(&s->a, s->code + s->loop_head_off);
    x86_patch_rel32(skip, s->a.ptr);
    x86_patch_rel32(requested, s->a.ptr);
}

static void x86_call_args(X86Gen *s, const IRTempId *args, int nargs)
{
    X86Opnd src[6];
    int8_t md[6], ms[6];
    int n = 0;

    for (int k = 0; k < nargs; k++) {
        src[k] = x86_call_src(s, args[k]);
        if (src[k].kind == X86_OPND_REG && src[k].reg != x86_arg_regs[k]) {
            md[n] = x86_arg_regs[k];
            ms[n++] = (int8_t)src[k].reg;
        }
    }
    x86_parallel_move(s, md, ms, n);
    for (int k = 0; k < nargs; k++) {
        if (src[k].kind == X86_OPND_IMM) {
            x86_mov_ri(&s->a, x86_arg_regs[k], (uint64_t)src[k].imm);
        } else if (src[k].kind == X86_OPND_MEM) {
            x86_load(&s->a, 3, false, x86_arg_regs[k], src[k].mem);
        }
    }
}

void x86_emit_call(X86Gen *s, const void *fn, unsigned flags, IRTempId d,
                   const IRTempId *args, const uint16_t *after, int nargs)
{
    bool may_read = !(flags & IR_HELPER_NO_READ_GLOBALS);
    bool may_write = !(flags & IR_HELPER_NO_WRITE_GLOBALS);

    if (may_read || may_write) {
        x86_ra_sync_globals(s);
    }
    x86_ra_before_call(s, args, after, nargs, may_write);
    x86_call_args(s, args, nargs);
    x86_call_abs(&s->a, fn);
    x86_ra_after_call(s);
    if (may_write) {
        x86_ra_drop_globals(s);
    }
    if ((IRArg)d != IR_ARG_NONE) {
        x86_ra_bind(s, d, X86_RAX);
    }
}

static void x86_lower_call(X86Gen *s, const IRInsn *insn)
{
    const IRHelper *h = (const IRHelper *)(uintptr_t)insn->args[7];
    int nargs = (int)insn->args[8];
    IRTempId args[6];
    uint16_t after[6];
    int n = 0;

    for (int k = 0; k < nargs && k < 6; k++) {
        if (insn->args[1 + k] != IR_ARG_NONE) {
            args[n] = x86_arg(insn, 1 + k);
            after[n++] = s->next_use[s->cur][1 + k];
        }
    }
    x86_emit_call(s, h->fn, h->flags, x86_arg(insn, 0), args, after, n);
}

bool x86_lower_ctl(X86Gen *s, const IRInsn *insn)
{
    switch (insn->opc) {
    case IR_nop: break;
    case IR_set_label: x86_lower_set_label(s, insn); break;
    case IR_br:
        x86_ra_bb_end(s);
        x86_jump_label(s, -1, (uint32_t)insn->args[0]);
        break;
    case IR_brcond: x86_lower_brcond(s, insn); break;
    case IR_call: x86_lower_call(s, insn); break;
    case IR_insn_start: x86_lower_insn_start(s, insn); break;
    case IR_goto_tb: x86_lower_goto_tb(s, insn); break;
    case IR_exit_tb: x86_lower_exit_tb(s, insn); break;
    case IR_goto_ptr: x86_lower_goto_ptr(s); break;
    case IR_loop_back: x86_lower_loop_back(s, insn); break;
    case IR_exit_cond: x86_lower_exit_cond(s, insn); break;
    case IR_mb:
        if (insn->args[0] & IR_MB_ST_LD) {
            x86_fence(&s->a);
        }
        break;
    default: return false;
    }
    return true;
}
