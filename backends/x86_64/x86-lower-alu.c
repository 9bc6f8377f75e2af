/*
 * Lowering of the pure IR ops (moves, arithmetic, logic, shifts, bit
 * counts, extensions, setcond, movcond) to x86-64.
 *
 * w32 ops use 32-bit operand size, which zero-extends the result exactly
 * as the IR requires. Constants become immediates when the instruction
 * has an imm form and the value fits (w32: always, as the low word).
 * Every lowering follows the register protocol of x86-gen.h: claim fixed
 * registers, read the other inputs as operands, then allocate the output
 * (reusing a dying input's register when possible), then emit. Flags are
 * only live between a cmp and its setcc/cmov in the same op.
 */
#include <stddef.h>

#include "backends/x86_64/x86-gen.h"
#include "translator/cpu.h"
#include "translator/tuning.h"

static bool x86_in_reg(X86Gen *s, IRTempId t)
{
    return s->t[t].reg >= 0 || s->t[t].kind == IR_TEMP_ENV;
}

static int x86_reg_of(X86Gen *s, IRTempId t)
{
    return s->t[t].kind == IR_TEMP_ENV ? X86_R14 : s->t[t].reg;
}

/* op r, o for an ALU op. */
static void x86_alu_opnd(X86Gen *s, X86AluOp op, bool w64, int r, X86Opnd o)
{
    switch (o.kind) {
    case X86_OPND_REG:
        x86_alu_rr(&s->a, op, w64, r, o.reg);
        break;
    case X86_OPND_IMM:
        x86_alu_ri(&s->a, op, w64, r, (int32_t)o.imm);
        break;
    default:
        x86_alu_rm(&s->a, op, w64, r, o.mem);
        break;
    }
}

void x86_emit_cmp(X86Gen *s, bool w64, int ra, X86Opnd b)
{
    if (b.kind == X86_OPND_IMM && b.imm == 0) {
        x86_test_rr(&s->a, w64, ra, ra);
    } else {
        x86_alu_opnd(s, X86_CMP, w64, ra, b);
    }
}

/* For a commutative op: should (a, b) be swapped so the two-address form
 * reuses b's register, or so a constant ends up as the immediate? */
static bool x86_want_swap(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1), b = x86_arg(insn, 2);

    if (x86_is_const(s, a) != x86_is_const(s, b)) {
        return x86_is_const(s, a);
    }
    return !x86_ra_clobberable(s, a, d, 1) && x86_ra_clobberable(s, b, d, 2);
}

/* Two-address setup for d = a op b: returns d's register holding a, and b
 * as an operand (imm/mem when allowed). */
static int x86_binop_setup(X86Gen *s, const IRInsn *insn, bool commute,
                           bool imm_ok, X86Opnd *ob)
{
    int ia = 1, ib = 2;

    if (commute && x86_want_swap(s, insn)) {
        ia = 2;
        ib = 1;
    }
    *ob = x86_ra_opnd(s, insn, ib, insn->w32, imm_ok, true);
    return x86_ra_out_from(s, x86_arg(insn, 0), x86_arg(insn, ia), ia,
                           insn->w32);
}

static void x86_lower_logic(X86Gen *s, const IRInsn *insn, X86AluOp op)
{
    X86Opnd ob;
    int r = x86_binop_setup(s, insn, true, true, &ob);
    x86_alu_opnd(s, op, !insn->w32, r, ob);
}

/* add/sub of the constant input ib: lea when input ia stays live, else
 * add. False when the constant does not fit an imm32. */
static bool x86_lower_add_imm(X86Gen *s, const IRInsn *insn, int ia, int ib,
                              bool sub)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, ia);
    uint64_t v = (uint64_t)x86_const_val(s, x86_arg(insn, ib));
    int64_t imm;

    v = sub ? 0 - v : v;
    imm = insn->w32 ? (int32_t)v : (int64_t)v;
    if (!x86_fits_i32(imm)) {
        return false;
    }
    if (x86_in_reg(s, a) && !x86_ra_clobberable(s, a, d, ia)) {
        int ra = x86_reg_of(s, a);
        int r = x86_ra_out(s, d);
        x86_lea(&s->a, !insn->w32, r, x86_mem(ra, (int32_t)imm));
        return true;
    }
    int r = x86_ra_out_from(s, d, a, ia, insn->w32);
    if (imm != 0 || insn->w32) {
        x86_alu_ri(&s->a, X86_ADD, !insn->w32, r, (int32_t)imm);
    }
    return true;
}

/* d = a + (b << k): lea d, [a + b * 2^k] (k > 3: the shift first). */
static void x86_lower_addsh(X86Gen *s, const IRInsn *insn)
{
    unsigned k = (unsigned)insn->args[3] & 63;
    int ra = x86_ra_in(s, x86_arg(insn, 1));
    int rb = x86_ra_in(s, x86_arg(insn, 2));

    if (k > 3) {
        int t = x86_ra_scratch(s, 0);
        x86_mov_rr(&s->a, true, t, rb);
        x86_shift_ri(&s->a, X86_SHL, true, t, k);
        rb = t;
        k = 0;
    }
    int r = x86_ra_out(s, x86_arg(insn, 0));
    x86_lea(&s->a, true, r, x86_mem_idx(ra, rb, (int)k, 0));
}

static void x86_lower_add(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1), b = x86_arg(insn, 2);

    if (x86_is_const(s, a) != x86_is_const(s, b)) {
        int ia = x86_is_const(s, a) ? 2 : 1;
        if (x86_lower_add_imm(s, insn, ia, 3 - ia, false)) {
            return;
        }
    } else if (!x86_is_const(s, a) && x86_in_reg(s, a) && x86_in_reg(s, b) &&
               !x86_ra_clobberable(s, a, d, 1) &&
               !x86_ra_clobberable(s, b, d, 2)) {
        int ra = x86_reg_of(s, a), rb = x86_reg_of(s, b);
        int r = x86_ra_out(s, d);
        x86_lea(&s->a, !insn->w32, r,
                rb == X86_R14 ? x86_mem_idx(rb, ra, 0, 0)
                              : x86_mem_idx(ra, rb, 0, 0));
        return;
    }
    x86_lower_logic(s, insn, X86_ADD);
}

static void x86_lower_sub(X86Gen *s, const IRInsn *insn)
{
    if (x86_is_const(s, x86_arg(insn, 2)) &&
        x86_lower_add_imm(s, insn, 1, 2, true)) {
        return;
    }
    X86Opnd ob;
    int r = x86_binop_setup(s, insn, false, true, &ob);
    x86_alu_opnd(s, X86_SUB, !insn->w32, r, ob);
}

static void x86_lower_mul(X86Gen *s, const IRInsn *insn)
{
    bool w64 = !insn->w32;
    int ia = 1, ib = 2;

    if (x86_want_swap(s, insn)) {
        ia = 2;
        ib = 1;
    }
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, ia);
    X86Opnd ob = x86_ra_opnd(s, insn, ib, insn->w32, true, true);
    if (ob.kind == X86_OPND_IMM) {
        int ra = x86_ra_in(s, a);
        int r = x86_ra_out_reuse(s, d, a, ia);
        x86_imul_ri(&s->a, w64, r, ra, (int32_t)ob.imm);
        return;
    }
    int r = x86_ra_out_from(s, d, a, ia, insn->w32);
    if (ob.kind == X86_OPND_REG) {
        x86_imul_rr(&s->a, w64, r, ob.reg);
    } else {
        x86_op_rm(&s->a, X86_OPC_IMUL_GvEv, w64, r, ob.mem);
    }
}

/* High half of a widening multiply: one-operand mul/imul into rdx:rax. */
static void x86_lower_mulh(X86Gen *s, const IRInsn *insn, X86Grp3Op op)
{
    int ia = 1, ib = 2;

    if (x86_is_const(s, x86_arg(insn, 2))) {
        ia = 2;
        ib = 1;
    }
    x86_ra_claim(s, X86_RAX);
    x86_ra_claim(s, X86_RDX);
    X86Opnd ob = x86_ra_opnd(s, insn, ib, insn->w32, false, true);
    x86_ra_copy_to(s, x86_arg(insn, ia), X86_RAX, insn->w32);
    if (ob.kind == X86_OPND_REG) {
        x86_grp3(&s->a, op, !insn->w32, ob.reg);
    } else {
        x86_grp3_mem(&s->a, op, !insn->w32, ob.mem);
    }
    x86_ra_bind(s, x86_arg(insn, 0), X86_RDX);
}

/* A forward rel8 jump; x86_land8() points it at the current position. */
static uint8_t *x86_jcc8_fwd(X86Asm *a, int cc)
{
    if (cc < 0) {
        x86_byte(a, 0xeb);
        x86_byte(a, 0);
    } else {
        x86_jcc8(a, (X86Cond)cc, 0);
    }
    return a->ptr;
}

static void x86_land8(X86Asm *a, uint8_t *after)
{
    after[-1] = (uint8_t)(a->ptr - after);
}

/* cmp divisor, imm (register or memory operand). */
static void x86_div_cmp(X86Gen *s, X86Opnd ob, bool w64, int32_t imm)
{
    if (ob.kind == X86_OPND_REG) {
        x86_alu_ri(&s->a, X86_CMP, w64, ob.reg, imm);
    } else {
        x86_alu_mi(&s->a, X86_CMP, w64, ob.mem, imm);
    }
}

static void x86_div_full(X86Gen *s, X86Opnd ob, bool sgn, bool w64)
{
    if (ob.kind == X86_OPND_REG) {
        x86_grp3(&s->a, sgn ? X86_IDIV : X86_DIV, w64, ob.reg);
    } else {
        x86_grp3_mem(&s->a, sgn ? X86_IDIV : X86_DIV, w64, ob.mem);
    }
}

/* Unsigned 64-bit div of rax by b (rdx already zero): the 32-bit div
 * when both operands are below 2^32, which is several times faster on many
 * cores and gives the same zero-extended result. t is a scratch register. */
static void x86_divu64_by_div(X86Gen *s, X86Opnd ob, int t)
{
    X86Asm *a = &s->a;

    x86_mov_rr(a, true, t, X86_RAX);
    if (ob.kind == X86_OPND_REG) {
        x86_alu_rr(a, X86_OR, true, t, ob.reg);
    } else {
        x86_alu_rm(a, X86_OR, true, t, ob.mem);
    }
    x86_shift_ri(a, X86_SHR, true, t, 32);
    uint8_t *full = x86_jcc8_fwd(a, X86_CC_NE);
    if (ob.kind == X86_OPND_REG) {
        x86_grp3(a, X86_DIV, false, ob.reg);
    } else {
        x86_grp3_mem(a, X86_DIV, false, ob.mem);
    }
    uint8_t *done = x86_jcc8_fwd(a, -1);
    x86_land8(a, full);
    x86_div_full(s, ob, false, true);
    x86_land8(a, done);
}

/* The x/0 results: quotient all ones, remainder the dividend. */
static void x86_div_by_zero(X86Gen *s, bool w64, bool rem)
{
    if (rem) {
        x86_mov_rr(&s->a, w64, X86_RDX, X86_RAX);
    } else {
        x86_mov_ri(&s->a, X86_RAX, w64 ? UINT64_MAX : UINT32_MAX);
    }
}

/*
 * divu/remu (64-bit) through the division site's slot of the CPU's divisor
 * cache (translator/div-magic.h), with n in rax and the divisor in rb:
 *
 *         test rb, rb; jz zero
 *         cmp rb, [slot.d]; jne miss
 *   hit:  mov t, rax; mul qword [slot.m]          ; rdx = hi
 *         mov rax, t; sub rax, rdx; shr rax, 1; add rax, rdx
 *         mov edx, [slot.shift]; shrx rax, rax, rdx         ; quotient
 *         rem: imul rax, rb; mov rdx, t; sub rdx, rax      ; remainder
 *         jmp done
 *   zero: the x/0 result; jmp done
 *   miss: cmp rb, [slot.pend]; je fill
 *         mov [slot.pend], rb
 *   slow: xor edx, edx; div (as without the cache); jmp done
 *   fill: cmp rb, 1; je slow                      ; never cached
 *         lea t, [rb - 1]; bsr t, t; mov [slot.shift], t    ; l - 1
 *         mov edx, 2; shlx rdx, rdx, t; sub rdx, rb         ; 2^l - d
 *         mov t, rax; xor eax, eax; div rb; inc rax         ; m
 *         mov [slot.m], rax; mov [slot.d], rb; mov rax, t; jmp hit
 *   done:
 *
 * The fill's div cannot fault: d >= 2 and its high half 2^l - d < d.
 */
static void x86_lower_divu_cached(X86Gen *s, const IRInsn *insn, bool rem)
{
    X86Asm *a = &s->a;
    uint64_t pc = s->tb->nb_insns ? s->tb->insn_pc[s->tb->nb_insns - 1] : 0;
    int32_t slot = (int32_t)offsetof(CPUCommon, div_cache) +
                   (int32_t)(div_cache_index(pc) * sizeof(DivCacheSlot));
    X86Mem sd = x86_mem(X86_R14, slot + (int32_t)offsetof(DivCacheSlot, d));
    X86Mem sm = x86_mem(X86_R14, slot + (int32_t)offsetof(DivCacheSlot, m));
    X86Mem sp = x86_mem(X86_R14, slot + (int32_t)offsetof(DivCacheSlot, pend));
    X86Mem ss = x86_mem(X86_R14,
                        slot + (int32_t)offsetof(DivCacheSlot, shift));

    x86_ra_claim(s, X86_RAX);
    x86_ra_claim(s, X86_RDX);
    X86Opnd ob = x86_ra_opnd(s, insn, 2, false, false, false);
    int rb = ob.reg;
    x86_ra_copy_to(s, x86_arg(insn, 1), X86_RAX, false);
    /* Before any branch: see x86_lower_div. */
    int t = x86_ra_scratch(s, 0);

    x86_test_rr(a, true, rb, rb);
    uint8_t *to_zero = x86_jcc32(a, X86_CC_E, a->ptr);
    x86_alu_rm(a, X86_CMP, true, rb, sd);
    uint8_t *to_miss = x86_jcc32(a, X86_CC_NE, a->ptr);

    uint8_t *hit = a->ptr;
    x86_mov_rr(a, true, t, X86_RAX);
    x86_grp3_mem(a, X86_MUL, true, sm);
    x86_mov_rr(a, true, X86_RAX, t);
    x86_alu_rr(a, X86_SUB, true, X86_RAX, X86_RDX);
    x86_shift_ri(a, X86_SHR, true, X86_RAX, 1);
    x86_alu_rr(a, X86_ADD, true, X86_RAX, X86_RDX);
    x86_load(a, 2, false, X86_RDX, ss);
    x86_shiftx(a, X86_SHRX, true, X86_RAX, X86_RAX, X86_RDX);
    if (rem) {
        x86_imul_rr(a, true, X86_RAX, rb);
        x86_mov_rr(a, true, X86_RDX, t);
        x86_alu_rr(a, X86_SUB, true, X86_RDX, X86_RAX);
    }
    uint8_t *done[3];
    done[0] = x86_jmp32(a, a->ptr);

    x86_patch_rel32(to_zero, a->ptr);
    x86_div_by_zero(s, true, rem);
    done[1] = x86_jmp32(a, a->ptr);

    x86_patch_rel32(to_miss, a->ptr);
    x86_alu_rm(a, X86_CMP, true, rb, sp);
    uint8_t *to_fill = x86_jcc8_fwd(a, X86_CC_E);
    x86_store(a, 3, rb, sp);
    uint8_t *slow = a->ptr;
    x86_zero(a, X86_RDX);
    x86_divu64_by_div(s, ob, t);
    done[2] = x86_jmp32(a, a->ptr);

    x86_land8(a, to_fill);
    x86_alu_ri(a, X86_CMP, true, rb, 1);
    x86_jcc8(a, X86_CC_E, (int8_t)(slow - (a->ptr + 2)));
    x86_lea(a, true, t, x86_mem(rb, -1));
    x86_op_rr(a, X86_OPC_BSR, true, t, t);
    x86_store(a, 2, t, ss);
    x86_mov_ri(a, X86_RDX, 2);
    x86_shiftx(a, X86_SHLX, true, X86_RDX, X86_RDX, t);
    x86_alu_rr(a, X86_SUB, true, X86_RDX, rb);
    x86_mov_rr(a, true, t, X86_RAX);
    x86_zero(a, X86_RAX);
    x86_grp3(a, X86_DIV, true, rb);
    x86_alu_ri(a, X86_ADD, true, X86_RAX, 1);
    x86_store(a, 3, X86_RAX, sm);
    x86_store(a, 3, rb, sd);
    x86_mov_rr(a, true, X86_RAX, t);
    x86_jmp_to(a, hit);

    for (int i = 0; i < 3; i++) {
        x86_patch_rel32(done[i], a->ptr);
    }
    x86_ra_bind(s, x86_arg(insn, 0), rem ? X86_RDX : X86_RAX);
}

/*
 * divs/divu/rems/remu with the IR's defined corner cases (ir-ops.def); x86
 * div faults on both, so they branch around it:
 *
 *       mov rax, a; test b (cmp b, 0); jz zero
 *       signed: cmp b, -1; je minus1; cqo      unsigned: xor edx, edx
 *       div/idiv b; jmp done              (unsigned 64-bit: a 32-bit div
 *                                          when a | b < 2^32)
 *   zero:   div: mov rax, -1     rem: mov rdx, rax     ; jmp done
 *   minus1: div: neg rax         rem: xor edx, edx
 *   done:   the quotient is in rax, the remainder in rdx
 *
 * Unsigned 64-bit ones go through the divisor cache when it is on.
 */
static void x86_lower_div(X86Gen *s, const IRInsn *insn, bool sgn, bool rem)
{
    X86Asm *a = &s->a;
    bool w64 = !insn->w32;
    uint8_t *to_zero, *to_m1 = NULL, *done[2];

    if (!sgn && w64 && tuning_on(TUNING_div_cache) && x86_features.bmi2) {
        x86_lower_divu_cached(s, insn, rem);
        return;
    }
    x86_ra_claim(s, X86_RAX);
    x86_ra_claim(s, X86_RDX);
    X86Opnd ob = x86_ra_opnd(s, insn, 2, insn->w32, false, true);
    x86_ra_copy_to(s, x86_arg(insn, 1), X86_RAX, insn->w32);
    /* Any register the lowering needs is taken now: an allocation may
     * spill, and a spill emitted inside the branches below would be
     * skipped on the other paths. */
    int t = !sgn && w64 ? x86_ra_scratch(s, 0) : -1;
    x86_div_cmp(s, ob, w64, 0);
    to_zero = x86_jcc8_fwd(a, X86_CC_E);
    if (sgn) {
        x86_div_cmp(s, ob, w64, -1);
        to_m1 = x86_jcc8_fwd(a, X86_CC_E);
        if (w64) {
            x86_byte(a, 0x48);
        }
        x86_byte(a, 0x99); /* cqo / cdq */
    } else {
        x86_zero(a, X86_RDX);
    }
    if (!sgn && w64) {
        x86_divu64_by_div(s, ob, t);
    } else {
        x86_div_full(s, ob, sgn, w64);
    }
    done[0] = x86_jcc8_fwd(a, -1);
    x86_land8(a, to_zero);
    x86_div_by_zero(s, w64, rem);
    done[1] = NULL;
    if (sgn) {
        done[1] = x86_jcc8_fwd(a, -1);
        x86_land8(a, to_m1);
        if (rem) {
            x86_zero(a, X86_RDX);
        } else {
            x86_grp3(a, X86_NEG, w64, X86_RAX);
        }
    }
    x86_land8(a, done[0]);
    if (done[1]) {
        x86_land8(a, done[1]);
    }
    x86_ra_bind(s, x86_arg(insn, 0), rem ? X86_RDX : X86_RAX);
}

static void x86_lower_unary(X86Gen *s, const IRInsn *insn, X86Grp3Op op)
{
    int r = x86_ra_out_from(s, x86_arg(insn, 0), x86_arg(insn, 1), 1,
                            insn->w32);
    x86_grp3(&s->a, op, !insn->w32, r);
}

static void x86_lower_bswap(X86Gen *s, const IRInsn *insn)
{
    int r = x86_ra_out_from(s, x86_arg(insn, 0), x86_arg(insn, 1), 1,
                            insn->w32);
    x86_bswap(&s->a, !insn->w32, r);
}

/* andc/orc: a op ~b. */
static void x86_lower_opc_not(X86Gen *s, const IRInsn *insn, X86AluOp op)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1), b = x86_arg(insn, 2);
    bool w64 = !insn->w32;

    if (x86_is_const(s, b)) {
        int64_t nv = ~x86_const_val(s, b);
        nv = insn->w32 ? (int32_t)nv : nv;
        if (x86_fits_i32(nv)) {
            int r = x86_ra_out_from(s, d, a, 1, insn->w32);
            x86_alu_ri(&s->a, op, w64, r, (int32_t)nv);
            return;
        }
    }
    if (op == X86_AND && x86_features.bmi1) {
        int ra = x86_ra_in(s, a), rb = x86_ra_in(s, b);
        int r = x86_ra_clobberable(s, a, d, 1) ? x86_ra_out_reuse(s, d, a, 1)
                                               : x86_ra_out_reuse(s, d, b, 2);
        x86_andn(&s->a, w64, r, rb, ra);
        return;
    }
    int t = x86_ra_scratch(s, 0);
    x86_ra_copy_to(s, b, t, insn->w32);
    x86_grp3(&s->a, X86_NOT, w64, t);
    int r = x86_ra_out_from(s, d, a, 1, insn->w32);
    x86_alu_rr(&s->a, op, w64, r, t);
}

static void x86_lower_xnor(X86Gen *s, const IRInsn *insn)
{
    X86Opnd ob;
    int r = x86_binop_setup(s, insn, true, true, &ob);
    x86_alu_opnd(s, X86_XOR, !insn->w32, r, ob);
    x86_grp3(&s->a, X86_NOT, !insn->w32, r);
}

static void x86_lower_shift_imm(X86Gen *s, const IRInsn *insn, X86ShiftOp op)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1);
    unsigned mask = insn->w32 ? 31 : 63;
    unsigned n = (unsigned)x86_const_val(s, x86_arg(insn, 2)) & mask;
    bool rot = op == X86_ROL || op == X86_ROR;

    if (rot && n && x86_features.bmi2 && !x86_ra_clobberable(s, a, d, 1)) {
        int ra = x86_ra_in(s, a);
        int r = x86_ra_out(s, d);
        x86_rorx(&s->a, !insn->w32, r, ra, op == X86_ROR ? n : (mask + 1 - n));
        return;
    }
    int r = x86_ra_out_from(s, d, a, 1, insn->w32);
    if (n) {
        x86_shift_ri(&s->a, op, !insn->w32, r, n);
    } else if (insn->w32) {
        x86_mov_rr(&s->a, false, r, r);
    }
}

static void x86_lower_shift(X86Gen *s, const IRInsn *insn, X86ShiftOp op)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1), b = x86_arg(insn, 2);

    if (x86_is_const(s, b)) {
        x86_lower_shift_imm(s, insn, op);
        return;
    }
    if (x86_features.bmi2 && op != X86_ROL && op != X86_ROR) {
        X86ShiftX sx = op == X86_SHL ? X86_SHLX
                       : op == X86_SHR ? X86_SHRX : X86_SARX;
        int ra = x86_ra_in(s, a), rb = x86_ra_in(s, b);
        int r = x86_ra_clobberable(s, a, d, 1) ? x86_ra_out_reuse(s, d, a, 1)
                                               : x86_ra_out_reuse(s, d, b, 2);
        x86_shiftx(&s->a, sx, !insn->w32, r, ra, rb);
        return;
    }
    x86_ra_claim(s, X86_RCX);
    x86_ra_copy_to(s, b, X86_RCX, true);
    int r = x86_ra_out_from(s, d, a, 1, insn->w32);
    x86_shift_cl(&s->a, op, !insn->w32, r);
}

/* d = opc(a) for the extensions: movzx/movsx/movsxd/mov r32. */
static void x86_lower_ext(X86Gen *s, const IRInsn *insn, int opc, bool w64)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1);
    X86Opnd oa = x86_ra_opnd(s, insn, 1, false, false, true);

    if (oa.kind == X86_OPND_MEM) {
        int r = x86_ra_out(s, d);
        x86_op_rm(&s->a, opc, w64, r, oa.mem);
    } else {
        int r = x86_ra_out_reuse(s, d, a, 1);
        x86_op_rr(&s->a, opc, w64, r, oa.reg);
    }
}

static void x86_lower_extend(X86Gen *s, const IRInsn *insn)
{
    bool w32 = insn->w32;
    switch (insn->opc) {
    case IR_ext8s:
        x86_lower_ext(s, insn, X86_OPC_MOVSBL | X86_P_REXB_RM, !w32);
        break;
    case IR_ext8u:
        x86_lower_ext(s, insn, X86_OPC_MOVZBL | X86_P_REXB_RM, false);
        break;
    case IR_ext16s:
        x86_lower_ext(s, insn, X86_OPC_MOVSWL, !w32);
        break;
    case IR_ext16u:
        x86_lower_ext(s, insn, X86_OPC_MOVZWL, false);
        break;
    case IR_ext32s:
        x86_lower_ext(s, insn, w32 ? X86_OPC_MOVL_GvEv : X86_OPC_MOVSLQ,
                      false);
        break;
    default: /* ext32u */
        x86_lower_ext(s, insn, X86_OPC_MOVL_GvEv, false);
        break;
    }
}

/* The software popcount used when the host lacks POPCNT. */
static uint64_t x86_helper_cpop(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (x * 0x0101010101010101ull) >> 56;
}

static uint64_t x86_helper_cpop32(uint64_t x)
{
    return x86_helper_cpop((uint32_t)x);
}

/* clz/ctz/cpop; bsr/bsf need the zero case patched to the width. */
static void x86_lower_count(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1);
    bool w64 = !insn->w32, fast;
    int opc;

    if (insn->opc == IR_cpop) {
        if (!x86_features.popcnt) {
            IRTempId args[1] = { a };
            x86_emit_call(s, insn->w32 ? (void *)x86_helper_cpop32
                                       : (void *)x86_helper_cpop,
                          IR_HELPER_PURE, d, args, &s->next_use[s->cur][1], 1);
            return;
        }
        fast = true;
        opc = X86_OPC_POPCNT;
    } else if (insn->opc == IR_clz) {
        fast = x86_features.lzcnt;
        opc = fast ? X86_OPC_LZCNT : X86_OPC_BSR;
    } else {
        fast = x86_features.bmi1;
        opc = fast ? X86_OPC_TZCNT : X86_OPC_BSF;
    }
    X86Opnd oa = x86_ra_opnd(s, insn, 1, false, false, true);
    int r = oa.kind == X86_OPND_MEM ? x86_ra_out(s, d)
                                    : x86_ra_out_reuse(s, d, a, 1);
    if (oa.kind == X86_OPND_MEM) {
        x86_op_rm(&s->a, opc, w64, r, oa.mem);
    } else {
        x86_op_rr(&s->a, opc, w64, r, oa.reg);
    }
    if (fast) {
        return;
    }
    /* Zero input: bsr/bsf set ZF; produce the width (clz: via the xor
     * below, width ^ (width - 1) = 2 * width - 1). */
    unsigned width = w64 ? 64 : 32;
    uint8_t *j = s->a.ptr;
    x86_jcc8(&s->a, X86_CC_NE, 0);
    x86_mov_ri(&s->a, r, insn->opc == IR_clz ? 2 * width - 1 : width);
    j[1] = (uint8_t)(s->a.ptr - (j + 2));
    if (insn->opc == IR_clz) {
        x86_alu_ri(&s->a, X86_XOR, false, r, (int32_t)(width - 1));
    }
}

static void x86_lower_setcond(X86Gen *s, const IRInsn *insn)
{
    IRCond c = (IRCond)insn->args[3];
    int ia = 1, ib = 2;

    if (c == IR_COND_ALWAYS || c == IR_COND_NEVER) {
        int r = x86_ra_out(s, x86_arg(insn, 0));
        x86_mov_ri(&s->a, r, c == IR_COND_ALWAYS);
        return;
    }
    if (x86_is_const(s, x86_arg(insn, 1)) &&
        !x86_is_const(s, x86_arg(insn, 2))) {
        ia = 2;
        ib = 1;
        c = x86_cond_swap(c);
    }
    int ra = x86_ra_in(s, x86_arg(insn, ia));
    X86Opnd ob = x86_ra_opnd(s, insn, ib, insn->w32, true, true);
    int r = x86_ra_out(s, x86_arg(insn, 0));
    x86_zero(&s->a, r);
    x86_emit_cmp(s, !insn->w32, ra, ob);
    x86_setcc(&s->a, x86_cond(c), r);
}

static void x86_lower_movcond(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0);
    IRCond c = (IRCond)insn->args[5];
    int ic1 = 1, ic2 = 2, iv1 = 3, iv2 = 4;

    if (c == IR_COND_ALWAYS || c == IR_COND_NEVER) {
        int iv = c == IR_COND_ALWAYS ? iv1 : iv2;
        bool take = x86_ra_clobberable(s, x86_arg(insn, iv), d, iv);
        int r = x86_ra_out_from(s, d, x86_arg(insn, iv), iv, insn->w32);
        if (take && insn->w32) {
            x86_mov_rr(&s->a, false, r, r);
        }
        return;
    }
    if (x86_is_const(s, x86_arg(insn, 1)) &&
        !x86_is_const(s, x86_arg(insn, 2))) {
        ic1 = 2;
        ic2 = 1;
        c = x86_cond_swap(c);
    }
    if (!x86_ra_clobberable(s, x86_arg(insn, iv2), d, iv2) &&
        x86_ra_clobberable(s, x86_arg(insn, iv1), d, iv1)) {
        iv1 = 4;
        iv2 = 3;
        c = ir_cond_invert(c);
    }
    int rc1 = x86_ra_in(s, x86_arg(insn, ic1));
    X86Opnd oc2 = x86_ra_opnd(s, insn, ic2, insn->w32, true, true);
    X86Opnd ov1 = x86_ra_opnd(s, insn, iv1, insn->w32, false, true);
    int r = x86_ra_out_from(s, d, x86_arg(insn, iv2), iv2, insn->w32);
    x86_emit_cmp(s, !insn->w32, rc1, oc2);
    if (ov1.kind == X86_OPND_REG) {
        x86_cmov_rr(&s->a, x86_cond(c), !insn->w32, r, ov1.reg);
    } else {
        x86_op_rm(&s->a, X86_OPC_CMOVCC + x86_cond(c), !insn->w32, r,
                  ov1.mem);
    }
}

static void x86_lower_mov(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0), a = x86_arg(insn, 1);
    bool take = x86_ra_clobberable(s, a, d, 1) ||
                (a == d && s->t[a].kind != IR_TEMP_CONST);

    int r = x86_ra_out_from(s, d, a, 1, insn->w32);
    if (take && insn->w32) {
        x86_mov_rr(&s->a, false, r, r);
    }
}

static void x86_lower_movi(X86Gen *s, const IRInsn *insn)
{
    IRTempId d = x86_arg(insn, 0);
    uint64_t v = (uint64_t)insn->args[1];

    /* A global not read again in this block (typically the pc before an
     * exit): store the immediate, no register. */
    if (s->t[d].kind == IR_TEMP_GLOBAL &&
        s->next_use[s->cur][0] == X86_NO_USE && x86_fits_i32((int64_t)v)) {
        x86_ra_drop(s, d);
        x86_store_imm(&s->a, 3, (int32_t)v, x86_ra_home(s, d));
        return;
    }
    int r = x86_ra_out(s, d);

    if (v == 0) {
        x86_zero(&s->a, r);
    } else {
        x86_mov_ri(&s->a, r, v);
    }
}

static void x86_lower_shifts(X86Gen *s, const IRInsn *insn)
{
    static const X86ShiftOp ops[] = {
        [IR_shl] = X86_SHL, [IR_shr] = X86_SHR, [IR_sar] = X86_SAR,
        [IR_rotl] = X86_ROL, [IR_rotr] = X86_ROR,
    };
    x86_lower_shift(s, insn, ops[insn->opc]);
}

bool x86_lower_alu(X86Gen *s, const IRInsn *insn)
{
    switch (insn->opc) {
    case IR_mov: x86_lower_mov(s, insn); break;
    case IR_movi: x86_lower_movi(s, insn); break;
    case IR_add: x86_lower_add(s, insn); break;
    case IR_addsh: x86_lower_addsh(s, insn); break;
    case IR_sub: x86_lower_sub(s, insn); break;
    case IR_mul: x86_lower_mul(s, insn); break;
    case IR_mulsh: x86_lower_mulh(s, insn, X86_IMUL1); break;
    case IR_muluh: x86_lower_mulh(s, insn, X86_MUL); break;
    case IR_divs: x86_lower_div(s, insn, true, false); break;
    case IR_divu: x86_lower_div(s, insn, false, false); break;
    case IR_rems: x86_lower_div(s, insn, true, true); break;
    case IR_remu: x86_lower_div(s, insn, false, true); break;
    case IR_neg: x86_lower_unary(s, insn, X86_NEG); break;
    case IR_not: x86_lower_unary(s, insn, X86_NOT); break;
    case IR_and: x86_lower_logic(s, insn, X86_AND); break;
    case IR_or: x86_lower_logic(s, insn, X86_OR); break;
    case IR_xor: x86_lower_logic(s, insn, X86_XOR); break;
    case IR_andc: x86_lower_opc_not(s, insn, X86_AND); break;
    case IR_orc: x86_lower_opc_not(s, insn, X86_OR); break;
    case IR_xnor: x86_lower_xnor(s, insn); break;
    case IR_shl:
    case IR_shr:
    case IR_sar:
    case IR_rotl:
    case IR_rotr: x86_lower_shifts(s, insn); break;
    case IR_ext8s:
    case IR_ext8u:
    case IR_ext16s:
    case IR_ext16u:
    case IR_ext32s:
    case IR_ext32u: x86_lower_extend(s, insn); break;
    case IR_bswap: x86_lower_bswap(s, insn); break;
    case IR_clz:
    case IR_ctz:
    case IR_cpop: x86_lower_count(s, insn); break;
    case IR_setcond: x86_lower_setcond(s, insn); break;
    case IR_movcond: x86_lower_movcond(s, insn); break;
    default: return false;
    }
    return true;
}
