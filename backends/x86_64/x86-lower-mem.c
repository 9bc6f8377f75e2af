/*
 * Lowering of memory ops: guest loads/stores (ld, st) and CPU state
 * fields (ld_env, st_env), plus the out-of-line fault stubs.
 *
 * Guest addresses: host = guest + guest_base. guest_base is read at code
 * generation time: 0 gives plain [addr] addressing, otherwise [r15 + addr]
 * (r15 holds guest_base, loaded by the prologue). A constant address
 * becomes a disp32 when it fits.
 *
 * IR_F_SYNC: the driver wrote dirty globals back before the op, so the CPU
 * state is exact if the access faults. The faulting host pc is the access
 * instruction itself, which lies inside its guest insn's host range.
 *
 * IR_MO_ALIGN: `test addr8, size-1; jnz stub`; the stub (at the TB end)
 * calls cpu_unaligned_access(env, addr, host pc of the access), which does
 * not return.
 *
 * Guest VA width (when guest_va_limit is set, i.e. user mode): an address
 * at or above it must fault, never reach host memory there (the emulator's
 * own). The check is on the base register only, against C = limit +
 * GUEST_GUARD_LO (see guest-mem.h):
 *
 *     cmp base, r15; jae stub                (guest_base 0: one fused uop)
 *     cmp base, [rip + C]; jae stub          (r15 holds a guest_base; C is
 *                                             an 8-byte constant at TB end)
 *
 * With guest_base 0, r15 is C or 0: the prologue loads guest_base (0), and
 * the first check after an entry from C code lands in the stub, which
 * loads C into r15 and rechecks; in range, it resumes at the access, so
 * chained TBs never reload it. Out of range (a base of C or more with an
 * offset >= -GUEST_GUARD_LO is beyond the guest space), the stub calls
 * x86_guest_segv(env, base + offset, host pc): SIGSEGV, SEGV_MAPERR at the
 * guest's address. Below C, base + offset is in the guest range or faults
 * in the guard space. A rarer offset below -GUEST_GUARD_LO checks the
 * whole address (lea scratch first); a constant address is checked at
 * translation time. A base already checked earlier in the block, and not
 * written since, is not checked again (an unrolled copy loop checks each
 * pointer once per TB).
 */
#define _GNU_SOURCE /* REG_* of ucontext */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ucontext.h>

#include "backends/x86_64/x86-gen.h"
#include "translator/exec.h"
#include "translator/guest-mem.h"
#include "translator/tuning.h"

/* Provided by the core (translator/exec.c). */
extern void cpu_unaligned_access(CPUCommon *cpu, uint64_t addr,
                                 uintptr_t host_pc);

/* The bounds stubs' slow path: the guest address is beyond the VA width. */
static void x86_guest_segv(CPUCommon *cpu, uint64_t addr, uintptr_t host_pc)
{
    cpu_restore_state(cpu, host_pc);
    cpu->fault_addr = addr;
    cpu->fault_code = SEGV_MAPERR;
    cpu_loop_exit(cpu, EXCP_SEGV);
}

/* Does the access (ld/st) use a constant address as a disp32, with no
 * register and no check? Only for an address known inside the guest range. */
static bool x86_addr_is_disp(X86Gen *s, const IRInsn *insn)
{
    IRTempId t = x86_arg(insn, 1);
    unsigned mo = (unsigned)insn->args[2];
    int64_t addr;

    if (!x86_is_const(s, t) || ((mo & IR_MO_ALIGN) && (mo & IR_MO_SIZE))) {
        return false;
    }
    addr = x86_const_val(s, t) + (int32_t)insn->args[3];
    return x86_fits_i32(addr) &&
           (!guest_va_limit || (uint64_t)addr < guest_va_limit);
}

/* The host memory operand for the guest address of a ld/st. *areg gets the
 * address register, or -1 for a constant folded into the displacement. */
static X86Mem x86_guest_mem(X86Gen *s, const IRInsn *insn, int *areg)
{
    IRTempId t = x86_arg(insn, 1);
    /* The folded offset (never set together with IR_MO_ALIGN). */
    int32_t off = (int32_t)insn->args[3];

    *areg = -1;
    if (x86_addr_is_disp(s, insn)) {
        int32_t disp = (int32_t)(x86_const_val(s, t) + off);
        return x86_mem(guest_base ? X86_R15 : X86_NOREG, disp);
    }
    int r = x86_ra_in(s, t);
    *areg = r;
    return guest_base ? x86_mem_idx(X86_R15, r, 0, off) : x86_mem(r, off);
}

/* test addr, size-1; jnz to a stub filled in by x86_emit_stubs(). */
static void x86_align_check(X86Gen *s, int areg, unsigned size_log2)
{
    X86AlignStub *st = &s->stubs[s->nb_stubs++];

    x86_test_ri8(&s->a, areg, (uint8_t)((1u << size_log2) - 1));
    uint8_t *rel = x86_jcc32(&s->a, X86_CC_NE, NULL);
    st->kind = X86_STUB_ALIGN;
    st->jcc_off = (uint32_t)(rel - s->code);
    st->access_off = x86_off(s);
    st->addr_reg = (int8_t)areg;
}

/* Does op p write temp t (globals: helpers and env stores may)? */
static bool x86_writes_temp(const IRInsn *p, IRTempId t, bool global)
{
    const IROpDef *def = &ir_op_defs[p->opc];
    for (int k = 0; k < def->nb_oargs; k++) {
        if (x86_arg(p, k) == t) {
            return true;
        }
    }
    if (global && p->opc == IR_call) {
        const IRHelper *h = (const IRHelper *)(uintptr_t)p->args[7];
        return !(h->flags & IR_HELPER_NO_WRITE_GLOBALS);
    }
    return global && p->opc == IR_st_env;
}

/* Was base temp t checked by an earlier access of the same label-free
 * stretch (every path to the current op passes through it), with a
 * guard-covered offset and no write to t since? Then t is still below C.
 * Bounded to keep translation linear; not finding is always safe. */
static bool x86_base_checked(X86Gen *s, IRTempId t)
{
    const IRContext *ctx = s->ctx;
    bool global = ctx->temps[t].kind == IR_TEMP_GLOBAL;
    uint32_t lo = s->cur > 64 ? s->cur - 64 : 0;

    for (uint32_t j = s->cur; j-- > lo;) {
        const IRInsn *p = &ctx->insns[j];
        if (p->opc == IR_set_label || x86_writes_temp(p, t, global)) {
            return false;
        }
        if ((p->opc == IR_ld || p->opc == IR_st) && x86_arg(p, 1) == t &&
            !x86_addr_is_disp(s, p) &&
            (int32_t)p->args[3] >= -(int64_t)GUEST_GUARD_LO) {
            return true;
        }
    }
    return false;
}

/* The check of a ld/st's address against the limit (see the top of the
 * file), unless an earlier access checked the same base. */
static void x86_bounds_check(X86Gen *s, const IRInsn *insn, int areg)
{
    int32_t off = (int32_t)insn->args[3];
    bool whole = off < -(int64_t)GUEST_GUARD_LO;
    int r = areg;

    if (!guest_va_limit || areg < 0 ||
        (!whole && x86_base_checked(s, x86_arg(insn, 1)))) {
        return;
    }
    if (whole) {
        r = x86_ra_scratch(s, 0);
        x86_lea(&s->a, true, r, x86_mem(areg, off));
    }
    X86AlignStub *st = &s->stubs[s->nb_stubs++];
    st->kind = X86_STUB_BOUNDS;
    st->limit_ref = 0;
    st->check_reg = (int8_t)r;
    if (guest_base) {
        uint8_t *ref = x86_alu_rm_rip(&s->a, X86_CMP, true, r, NULL);
        st->limit_ref = (uint32_t)(ref - s->code);
    } else {
        x86_alu_rr(&s->a, X86_CMP, true, r, X86_R15);
    }
    uint8_t *rel = x86_jcc32(&s->a, X86_CC_AE, NULL);
    st->jcc_off = (uint32_t)(rel - s->code);
    st->access_off = x86_off(s);
    st->addr_reg = (int8_t)areg;
    st->disp = off;
}

/* ---- lazy_sync: fault maps ------------------------------------------------ */

/*
 * With lazy_sync, dirty globals are not written back before a guest access;
 * instead the access records which registers hold which of them:
 * {access offset, register mask, env offset per register}. A host fault
 * there copies those registers from the signal context into the CPU state
 * (x86_fault_regs); the bounds/alignment stubs store them before calling
 * out. The map is taken just before the checks and the access, when the
 * binding tables match the registers, except for ld's output, which is
 * already bound to its register but not yet written: it is excluded, and
 * the driver wrote its old value back first (x86_ra_sync_one).
 *
 * Stored after the TB's code (4-aligned): u32 count, then per entry u32
 * access_off, u16 mask, then one u16 env offset per mask bit (low bit
 * first), padded to 4 bytes.
 */
int x86_fault_map_here(X86Gen *s, IRTempId exclude)
{
    X86FaultMap *fm = &s->maps[s->nb_maps];

    x86_ra_dirty_globals(s, exclude, &fm->regs);
    return fm->regs.mask ? (int)s->nb_maps++ : -1;
}

bool x86_emit_fault_maps(X86Gen *s)
{
    size_t need = 8 + (size_t)s->nb_maps * (8 + 2 * X86_NB_REGS);

    if (!s->nb_maps) {
        return true;
    }
    if ((size_t)(s->end - s->a.ptr) < need + X86_OP_MARGIN) {
        return false;
    }
    while ((uintptr_t)s->a.ptr & 3) {
        x86_byte(&s->a, 0xcc);
    }
    s->tb->fault_map = s->a.ptr;
    memcpy(s->a.ptr, &s->nb_maps, 4);
    s->a.ptr += 4;
    for (uint32_t i = 0; i < s->nb_maps; i++) {
        const X86FaultMap *fm = &s->maps[i];
        int n = __builtin_popcount(fm->regs.mask);
        memcpy(s->a.ptr, &fm->access_off, 4);
        memcpy(s->a.ptr + 4, &fm->regs.mask, 2);
        memcpy(s->a.ptr + 6, fm->regs.env_off, 2 * (size_t)n);
        s->a.ptr += 6 + 2 * n;
        while ((uintptr_t)s->a.ptr & 3) {
            x86_byte(&s->a, 0);
        }
    }
    return true;
}

/* x86 register number -> index in the signal context's gregs. */
static const int8_t x86_greg_index[16] = {
    REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
    REG_R8,  REG_R9,  REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

void x86_fault_regs(const TranslationBlock *tb, uintptr_t host_pc,
                    const void *gregs, void *env)
{
    const greg_t *g = gregs;
    const uint8_t *p;
    uint32_t count;

    if (!tb || !tb->fault_map) {
        return;
    }
    p = tb->fault_map;
    memcpy(&count, p, 4);
    p += 4;
    for (uint32_t i = 0; i < count; i++) {
        uint32_t off;
        uint16_t mask;
        memcpy(&off, p, 4);
        memcpy(&mask, p + 4, 2);
        const uint8_t *offs = p + 6;
        int n = __builtin_popcount(mask);
        p += (6 + 2 * n + 3) & ~3;
        if ((uintptr_t)tb->code + off != host_pc) {
            continue;
        }
        for (int r = 0, k = 0; r < 16; r++) {
            if (mask & (1u << r)) {
                uint16_t eo;
                memcpy(&eo, offs + 2 * k++, 2);
                uint64_t v = (uint64_t)g[x86_greg_index[r]];
                memcpy((char *)env + eo, &v, 8);
            }
        }
        return;
    }
}

/* Record the fault map for the access about to be emitted (lazy_sync),
 * and point the stubs created for it at the map. */
static void x86_access_map(X86Gen *s, IRTempId exclude, uint32_t stubs_from)
{
    int map = tuning_on(TUNING_lazy_sync) && tb_exact_faults
                  ? x86_fault_map_here(s, exclude)
                  : -1;
    if (map >= 0) {
        s->maps[map].access_off = x86_off(s);
    }
    for (uint32_t i = stubs_from; i < s->nb_stubs; i++) {
        s->stubs[i].map = map;
    }
}

static void x86_lower_ld(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0);
    unsigned mo = (unsigned)insn->args[2], size = mo & IR_MO_SIZE;
    bool align = (mo & IR_MO_ALIGN) && size;
    uint32_t stubs_from = s->nb_stubs;
    int areg;

    X86Mem m = x86_guest_mem(s, insn, &areg);
    int r = areg >= 0 ? x86_ra_out_reuse(s, d, x86_arg(insn, 1), 1)
                      : x86_ra_out(s, d);
    if (align) {
        x86_align_check(s, areg, size);
    }
    x86_bounds_check(s, insn, areg);
    x86_access_map(s, d, stubs_from);
    x86_load(&s->a, (int)size, (mo & IR_MO_SIGN) != 0, r, m);
}

static void x86_lower_st(X86Gen *s, const IRInsn *insn)
{
    unsigned mo = (unsigned)insn->args[2], size = mo & IR_MO_SIZE;
    bool align = (mo & IR_MO_ALIGN) && size;
    X86Opnd ov = x86_ra_opnd(s, insn, 0, size < 3, true, false);
    uint32_t stubs_from = s->nb_stubs;
    int areg;

    X86Mem m = x86_guest_mem(s, insn, &areg);
    if (align) {
        x86_align_check(s, areg, size);
    }
    x86_bounds_check(s, insn, areg);
    x86_access_map(s, (IRTempId)-1, stubs_from);
    if (ov.kind == X86_OPND_IMM) {
        x86_store_imm(&s->a, (int)size, (int32_t)ov.imm, m);
    } else {
        x86_store(&s->a, (int)size, ov.reg, m);
    }
}

static void x86_lower_ld_env(X86Gen *s, const IRInsn *insn)
{
    int32_t off = (int32_t)insn->args[1];
    unsigned mo = (unsigned)insn->args[2];
    int r = x86_ra_out(s, x86_arg(insn, 0));

    x86_load(&s->a, (int)(mo & IR_MO_SIZE), (mo & IR_MO_SIGN) != 0, r,
             x86_mem(X86_R14, off));
}

static void x86_lower_st_env(X86Gen *s, const IRInsn *insn)
{
    int32_t off = (int32_t)insn->args[1];
    unsigned size = (unsigned)insn->args[2] & IR_MO_SIZE;
    X86Opnd ov = x86_ra_opnd(s, insn, 0, size < 3, true, false);

    if (ov.kind == X86_OPND_IMM) {
        x86_store_imm(&s->a, (int)size, (int32_t)ov.imm,
                      x86_mem(X86_R14, off));
    } else {
        x86_store(&s->a, (int)size, ov.reg, x86_mem(X86_R14, off));
    }
}

bool x86_lower_mem(X86Gen *s, const IRInsn *insn)
{
    switch (insn->opc) {
    case IR_ld: x86_lower_ld(s, insn); break;
    case IR_st: x86_lower_st(s, insn); break;
    case IR_ld_env: x86_lower_ld_env(s, insn); break;
    case IR_st_env: x86_lower_st_env(s, insn); break;
    default: return false;
    }
    return true;
}

void x86_call_abs(X86Asm *a, const void *fn)
{
    if (x86_rel32_reaches(a->ptr + 1, fn)) {
        x86_call_rel(a, fn);
    } else {
        x86_mov_ri(a, X86_RAX, (uint64_t)(uintptr_t)fn);
        x86_call_r(a, X86_RAX);
    }
}

/* Room for one stub: its fault-map stores (8 bytes per register), mov,
 * cmp, jb, lea, mov, lea, call through rax, ud2; or the limit constant and
 * its alignment. */
#define X86_STUB_SIZE (64 + 8 * X86_NB_REGS)

/* The limit constant the checks compare with when r15 holds guest_base,
 * 8-byte aligned after the stubs. */
static bool x86_emit_limit(X86Gen *s)
{
    bool any = false;
    for (uint32_t i = 0; i < s->nb_stubs && !any; i++) {
        any = s->stubs[i].kind == X86_STUB_BOUNDS && s->stubs[i].limit_ref;
    }
    if (!any) {
        return true;
    }
    if (s->end - s->a.ptr < X86_STUB_SIZE) {
        return false;
    }
    while ((uintptr_t)s->a.ptr & 7) {
        x86_byte(&s->a, 0xcc);
    }
    const uint8_t *limit = s->a.ptr;
    x86_imm64(&s->a, guest_va_limit + GUEST_GUARD_LO);
    for (uint32_t i = 0; i < s->nb_stubs; i++) {
        if (s->stubs[i].kind == X86_STUB_BOUNDS && s->stubs[i].limit_ref) {
            x86_patch_rel32(s->code + s->stubs[i].limit_ref, limit);
        }
    }
    return true;
}

/* [guest_base 0: load C into r15, recheck, resume at the access if in
 * range;] rsi = the guest address, rdi = env, rdx = host pc; call; ud2. */
static void x86_emit_stub(X86Gen *s, const X86AlignStub *st)
{
    x86_patch_rel32(s->code + st->jcc_off, s->a.ptr);
    if (st->kind == X86_STUB_BOUNDS && !st->limit_ref) {
        x86_mov_ri(&s->a, X86_R15, guest_va_limit + GUEST_GUARD_LO);
        x86_alu_rr(&s->a, X86_CMP, true, st->check_reg, X86_R15);
        x86_jcc32(&s->a, X86_CC_B, s->code + st->access_off);
    }
    if (st->map >= 0) {
        /* the C side reads the state */
        x86_store_dirty(s, &s->maps[st->map].regs);
    }
    if (st->kind == X86_STUB_BOUNDS) {
        x86_lea(&s->a, true, X86_RSI, x86_mem(st->addr_reg, st->disp));
    } else {
        x86_mov_rr(&s->a, true, X86_RSI, st->addr_reg);
    }
    x86_mov_rr(&s->a, true, X86_RDI, X86_R14);
    x86_lea_rip(&s->a, X86_RDX, s->code + st->access_off);
    x86_call_abs(&s->a, st->kind == X86_STUB_BOUNDS
                            ? (const void *)x86_guest_segv
                            : (const void *)cpu_unaligned_access);
    x86_byte(&s->a, 0x0f); /* ud2: the call never returns */
    x86_byte(&s->a, 0x0b);
}

bool x86_emit_stubs(X86Gen *s)
{
    /* exit_request seen at entry: return tb | TB_EXIT_REQUESTED. */
    if (s->end - s->a.ptr < X86_STUB_SIZE) {
        return false;
    }
    x86_patch_rel32(s->code + s->exit_req_jcc, s->a.ptr);
    x86_mov_ri(&s->a, X86_RAX, (uintptr_t)s->tb | TB_EXIT_REQUESTED);
    x86_jmp_to(&s->a, x86_epilogue);

    for (uint32_t i = 0; i < s->nb_stubs; i++) {
        if (s->end - s->a.ptr < X86_STUB_SIZE) {
            return false;
        }
        x86_emit_stub(s, &s->stubs[i]);
    }
    return x86_emit_limit(s);
}
