/*
 * Lowering of memory ops: guest loads/stores (ld, st) and CPU state
 * fields (ld_env, st_env), plus the out-of-line misalignment stubs.
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
 */
#include <stdio.h>
#include <stdlib.h>

#include "backends/x86_64/x86-gen.h"

/* Provided by the core (translator/exec.c). */
extern void cpu_unaligned_access(CPUCommon *cpu, uint64_t addr,
                                 uintptr_t host_pc);

/* The host memory operand for guest address input idx. *areg gets the
 * address register, or -1 for a constant folded into the displacement. */
static X86Mem x86_guest_mem(X86Gen *s, const IRInsn *insn, int idx,
                            bool need_reg, int *areg)
{
    IRTempId t = x86_arg(insn, idx);
    /* The folded offset (never set together with IR_MO_ALIGN). */
    int32_t off = (int32_t)insn->args[idx + 2];

    *areg = -1;
    if (x86_is_const(s, t) && !need_reg &&
        x86_fits_i32(x86_const_val(s, t) + off)) {
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
    st->jcc_off = (uint32_t)(rel - s->code);
    st->access_off = x86_off(s);
    st->addr_reg = (int8_t)areg;
}

static void x86_lower_ld(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0);
    unsigned mo = (unsigned)insn->args[2], size = mo & IR_MO_SIZE;
    bool align = (mo & IR_MO_ALIGN) && size;
    int areg;

    X86Mem m = x86_guest_mem(s, insn, 1, align, &areg);
    int r = areg >= 0 ? x86_ra_out_reuse(s, d, x86_arg(insn, 1), 1)
                      : x86_ra_out(s, d);
    if (align) {
        x86_align_check(s, areg, size);
    }
    x86_load(&s->a, (int)size, (mo & IR_MO_SIGN) != 0, r, m);
}

static void x86_lower_st(X86Gen *s, const IRInsn *insn)
{
    unsigned mo = (unsigned)insn->args[2], size = mo & IR_MO_SIZE;
    bool align = (mo & IR_MO_ALIGN) && size;
    X86Opnd ov = x86_ra_opnd(s, insn, 0, size < 3, true, false);
    int areg;

    X86Mem m = x86_guest_mem(s, insn, 1, align, &areg);
    if (align) {
        x86_align_check(s, areg, size);
    }
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

/* Room for one stub: movs, lea, call through rax, ud2. */
#define X86_STUB_SIZE 40

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
        const X86AlignStub *st = &s->stubs[i];
        if (s->end - s->a.ptr < X86_STUB_SIZE) {
            return false;
        }
        x86_patch_rel32(s->code + st->jcc_off, s->a.ptr);
        x86_mov_rr(&s->a, true, X86_RSI, st->addr_reg);
        x86_mov_rr(&s->a, true, X86_RDI, X86_R14);
        x86_lea_rip(&s->a, X86_RDX, s->code + st->access_off);
        x86_call_abs(&s->a, (const void *)cpu_unaligned_access);
        x86_byte(&s->a, 0x0f); /* ud2: cpu_unaligned_access never returns */
        x86_byte(&s->a, 0x0b);
    }
    return true;
}
