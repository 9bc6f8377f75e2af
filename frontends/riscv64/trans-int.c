/*
 * RV64I, M, Zicsr and Zifencei: the integer base ISA.
 *
 * Encodings (bit 31 on the left):
 *   R  funct7[31:25] rs2[24:20] rs1[19:15] funct3[14:12] rd[11:7] opcode
 *   I  imm[11:0]               rs1        funct3        rd       opcode
 *   S  imm[11:5]     rs2       rs1        funct3   imm[4:0]      opcode
 *   B  imm[12|10:5]  rs2       rs1        funct3  imm[4:1|11]    opcode
 *   U  imm[31:12]                                        rd      opcode
 *   J  imm[20|10:1|11|19:12]                             rd      opcode
 *
 * Most handlers are instances of a few shapes (register-register,
 * register-immediate, load, store, branch), stamped out from tables below.
 * Division maps to the IR's div/rem ops, whose results for x/0 and
 * INT_MIN/-1 are RISC-V's (the C helpers in helpers.c remain for
 * -opt no-inline-div).
 */
#include <stddef.h>

#include "frontends/riscv64/helpers.h"
#include "frontends/riscv64/translate.h"
#include "translator/guest-mem.h"
#include "translator/log.h"
#include "translator/tuning.h"

typedef void (*RVGenRRR)(IRContext *, IRTempId, IRTempId, IRTempId);

/* rd = op(rs1, rs2); w forms sign-extend the 32-bit result. */
static bool gen_rrr(RVDisasContext *ctx, uint32_t insn, RVGenRRR op, bool w)
{
    IRContext *ir = ctx->ir;
    IRTempId rd = rv_gpr_dst(ctx, rv_rd(insn));

    op(ir, rd, rv_gpr(ctx, rv_rs1(insn)), rv_gpr(ctx, rv_rs2(insn)));
    if (w) {
        ir_ext32s(ir, rd, rd);
    }
    return true;
}

/* rd = op(rs1, imm) where imm is the I-type immediate (or a shift amount
 * masked by the caller). */
static bool gen_rri(RVDisasContext *ctx, uint32_t insn, RVGenRRR op,
                    int64_t imm, bool w)
{
    IRContext *ir = ctx->ir;
    IRTempId rd = rv_gpr_dst(ctx, rv_rd(insn));

    if (op == ir_add32 && imm == 0) { /* sext.w: one movsxd */
        ir_ext32s(ir, rd, rv_gpr(ctx, rv_rs1(insn)));
        return true;
    }
    op(ir, rd, rv_gpr(ctx, rv_rs1(insn)), ir_const(ir, imm));
    if (w) {
        ir_ext32s(ir, rd, rd);
    }
    return true;
}

static void gen_slt(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_setcond(c, IR_COND_LT, d, a, b);
}

static void gen_sltu(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    ir_setcond(c, IR_COND_LTU, d, a, b);
}

/* mulhsu: high half of signed a times unsigned b
 *       = muluh(a, b) - (a < 0 ? b : 0). */
static void gen_mulhsu(IRContext *c, IRTempId d, IRTempId a, IRTempId b)
{
    IRTempId hi = ir_temp(c), t = ir_temp(c);

    ir_muluh(c, hi, a, b);
    ir_sari(c, t, a, 63);
    ir_and(c, t, t, b);
    ir_sub(c, d, hi, t);
}

/* ---- register-register (OP, OP-32) ------------------------------------ */

/* X(name, mask-free funct7<<25 | funct3<<12 | opcode, builder, w) */
#define RV_RRR_OPS(X)                                        \
    X(add, 0x00000033, ir_add, false)                        \
    X(sub, 0x40000033, ir_sub, false)                        \
    X(sll, 0x00001033, ir_shl, false)                        \
    X(slt, 0x00002033, gen_slt, false)                       \
    X(sltu, 0x00003033, gen_sltu, false)                     \
    X(xor, 0x00004033, ir_xor, false)                        \
    X(srl, 0x00005033, ir_shr, false)                        \
    X(sra, 0x40005033, ir_sar, false)                        \
    X(or, 0x00006033, ir_or, false)                          \
    X(and, 0x00007033, ir_and, false)                        \
    X(addw, 0x0000003b, ir_add32, true)                      \
    X(subw, 0x4000003b, ir_sub32, true)                      \
    X(sllw, 0x0000103b, ir_shl32, true)                      \
    X(srlw, 0x0000503b, ir_shr32, true)                      \
    X(sraw, 0x4000503b, ir_sar32, true)                      \
    X(mul, 0x02000033, ir_mul, false)                        \
    X(mulh, 0x02001033, ir_mulsh, false)                     \
    X(mulhsu, 0x02002033, gen_mulhsu, false)                 \
    X(mulhu, 0x02003033, ir_muluh, false)                    \
    X(mulw, 0x0200003b, ir_mul32, true)

#define RV_RRR_TRANS(name, match, op, w)                                   \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_rrr(ctx, insn, op, w);                                  \
    }
RV_RRR_OPS(RV_RRR_TRANS)
#undef RV_RRR_TRANS

/* ---- division ------------------------------------------------------------ */

/* X(name, match, IR op builder, w). The IR's division ops have RISC-V's
 * results for x / 0 and MIN / -1 (ir-ops.def), so each is one op (plus the
 * sign extension of a W result); -opt no-inline-div calls the C helpers. */
#define RV_DIV_OPS(X)                                        \
    X(div, 0x02004033, ir_divs, false)                       \
    X(divu, 0x02005033, ir_divu, false)                      \
    X(rem, 0x02006033, ir_rems, false)                       \
    X(remu, 0x02007033, ir_remu, false)                      \
    X(divw, 0x0200403b, ir_divs32, true)                     \
    X(divuw, 0x0200503b, ir_divu32, true)                    \
    X(remw, 0x0200603b, ir_rems32, true)                     \
    X(remuw, 0x0200703b, ir_remu32, true)

#define RV_DIV_TRANS(name, match, op, w)                                   \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        static const IRHelper h =                                          \
            IR_HELPER(rv_helper_##name, IR_HELPER_PURE);                   \
        IRTempId d = rv_gpr_dst(ctx, rv_rd(insn));                         \
        IRTempId a = rv_gpr(ctx, rv_rs1(insn));                            \
        IRTempId b = rv_gpr(ctx, rv_rs2(insn));                            \
        if (!tuning_on(TUNING_inline_div)) {                               \
            ir_call(ctx->ir, &h, d, 2, a, b);                              \
            return true;                                                   \
        }                                                                  \
        op(ctx->ir, d, a, b);                                              \
        if (w) {                                                           \
            ir_ext32s(ctx->ir, d, d);                                      \
        }                                                                  \
        return true;                                                       \
    }
RV_DIV_OPS(RV_DIV_TRANS)
#undef RV_DIV_TRANS

/* ---- register-immediate (OP-IMM, OP-IMM-32) ------------------------------ */

/* X(name, funct3<<12 | opcode, builder, w) with the I-type immediate */
#define RV_RRI_OPS(X)                                        \
    X(addi, 0x00000013, ir_add, false)                       \
    X(slti, 0x00002013, gen_slt, false)                      \
    X(sltiu, 0x00003013, gen_sltu, false)                    \
    X(xori, 0x00004013, ir_xor, false)                       \
    X(ori, 0x00006013, ir_or, false)                         \
    X(andi, 0x00007013, ir_and, false)                       \
    X(addiw, 0x0000001b, ir_add32, true)

#define RV_RRI_TRANS(name, match, op, w)                                   \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_rri(ctx, insn, op, rv_imm_i(insn), w);                  \
    }
RV_RRI_OPS(RV_RRI_TRANS)
#undef RV_RRI_TRANS

/* Shifts by immediate: funct6 shamt[25:20] (RV64, 6 bits) or funct7
 * shamt[24:20] for the w forms; X(name, funct<<25.. | funct3 | opcode,
 * builder, shamt mask, w). */
#define RV_SHIFTI_OPS(X)                                     \
    X(slli, 0x00001013, ir_shl, 63, false)                   \
    X(srli, 0x00005013, ir_shr, 63, false)                   \
    X(srai, 0x40005013, ir_sar, 63, false)                   \
    X(slliw, 0x0000101b, ir_shl32, 31, true)                 \
    X(srliw, 0x0000501b, ir_shr32, 31, true)                 \
    X(sraiw, 0x4000501b, ir_sar32, 31, true)

#define RV_SHIFTI_TRANS(name, match, op, m, w)                             \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_rri(ctx, insn, op, (insn >> 20) & (m), w);              \
    }
RV_SHIFTI_OPS(RV_SHIFTI_TRANS)
#undef RV_SHIFTI_TRANS

/* lui: imm[31:12] rd 0110111 */
static bool trans_lui(RVDisasContext *ctx, uint32_t insn)
{
    ir_movi(ctx->ir, rv_gpr_dst(ctx, rv_rd(insn)),
            (int64_t)(int32_t)(insn & 0xfffff000));
    return true;
}

/* auipc: imm[31:12] rd 0010111 */
static bool trans_auipc(RVDisasContext *ctx, uint32_t insn)
{
    ir_movi(ctx->ir, rv_gpr_dst(ctx, rv_rd(insn)),
            (int64_t)(ctx->pc + (int64_t)(int32_t)(insn & 0xfffff000)));
    return true;
}

/* ---- loads and stores -------------------------------------------------- */

static IRTempId gen_addr(RVDisasContext *ctx, uint32_t insn, int64_t imm)
{
    IRTempId rs1 = rv_gpr(ctx, rv_rs1(insn));
    IRTempId addr;

    if (imm == 0) {
        return rs1;
    }
    addr = ir_temp(ctx->ir);
    ir_addi(ctx->ir, addr, rs1, imm);
    return addr;
}

/* X(name, funct3<<12 | opcode, memop) */
#define RV_LOAD_OPS(X)                                       \
    X(lb, 0x00000003, IR_MO_8 | IR_MO_SIGN)                  \
    X(lh, 0x00001003, IR_MO_16 | IR_MO_SIGN)                 \
    X(lw, 0x00002003, IR_MO_32 | IR_MO_SIGN)                 \
    X(ld, 0x00003003, IR_MO_64)                              \
    X(lbu, 0x00004003, IR_MO_8)                              \
    X(lhu, 0x00005003, IR_MO_16)                             \
    X(lwu, 0x00006003, IR_MO_32)

#define RV_LOAD_TRANS(name, match, mo)                                     \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        IRTempId addr = gen_addr(ctx, insn, rv_imm_i(insn));               \
        ir_ld(ctx->ir, rv_gpr_dst(ctx, rv_rd(insn)), addr, (mo));          \
        return true;                                                       \
    }
RV_LOAD_OPS(RV_LOAD_TRANS)
#undef RV_LOAD_TRANS

#define RV_STORE_OPS(X)                                      \
    X(sb, 0x00000023, IR_MO_8)                               \
    X(sh, 0x00001023, IR_MO_16)                              \
    X(sw, 0x00002023, IR_MO_32)                              \
    X(sd, 0x00003023, IR_MO_64)

#define RV_STORE_TRANS(name, match, mo)                                    \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        IRTempId addr = gen_addr(ctx, insn, rv_imm_s(insn));               \
        ir_st(ctx->ir, rv_gpr(ctx, rv_rs2(insn)), addr, (mo));             \
        return true;                                                       \
    }
RV_STORE_OPS(RV_STORE_TRANS)
#undef RV_STORE_TRANS

/* ---- control transfer --------------------------------------------------- */

/* Branch taken → a chained exit to the target, else one to the next insn;
 * or a side exit and translation goes on (exit_cond), or a loop (loop_back). */
static bool gen_branch(RVDisasContext *ctx, uint32_t insn, IRCond cond)
{
    IRContext *ir = ctx->ir;
    uint32_t fallthrough;

    if (rv_try_ifconv(ctx, insn, cond, rv_imm_b(insn))) {
        return true;
    }
    if (ctx->pc + rv_imm_b(insn) == ctx->tb->pc && tuning_on(TUNING_loop) &&
        tb_may_branch_inside(ctx->tb)) {
        /* A loop within this TB: stays in generated code (IR loop_back);
         * not when each TB execution is to be logged or chaining is off. */
        ir_loop_back(ir, cond, rv_gpr(ctx, rv_rs1(insn)),
                     rv_gpr(ctx, rv_rs2(insn)));
        ir_exit_cond(ir, cond, rv_gpr(ctx, rv_rs1(insn)),
                     rv_gpr(ctx, rv_rs2(insn)), (int)ctx->nb_slots++,
                     ctx->tb->pc);
        rv_gen_goto(ctx, ctx->next_pc);
        ctx->state = RV_DISAS_JUMPED;
        return true;
    }
    if (ctx->nb_slots + 3 <= TB_MAX_JUMPS &&
        rv_try_loop_tail(ctx, insn, cond, rv_imm_b(insn))) {
        return true;
    }
    if (tuning_on(TUNING_side_exit) && ctx->nb_slots + 3 <= TB_MAX_JUMPS &&
        tb_may_branch_inside(ctx->tb)) {
        /* Taken: a side exit; not taken: keep translating this TB (two
         * slots stay free for however it ends). */
        ir_exit_cond(ir, cond, rv_gpr(ctx, rv_rs1(insn)),
                     rv_gpr(ctx, rv_rs2(insn)), (int)ctx->nb_slots++,
                     ctx->pc + rv_imm_b(insn));
        return true;
    }
    fallthrough = ir_new_label(ir);
    ir_brcond(ir, ir_cond_invert(cond), rv_gpr(ctx, rv_rs1(insn)),
              rv_gpr(ctx, rv_rs2(insn)), fallthrough);
    rv_gen_goto(ctx, ctx->pc + rv_imm_b(insn));
    ir_set_label(ir, fallthrough);
    rv_gen_goto(ctx, ctx->next_pc);
    ctx->state = RV_DISAS_JUMPED;
    return true;
}

/* X(name, funct3<<12 | 1100011, condition) */
#define RV_BRANCH_OPS(X)                                     \
    X(beq, 0x00000063, IR_COND_EQ)                           \
    X(bne, 0x00001063, IR_COND_NE)                           \
    X(blt, 0x00004063, IR_COND_LT)                           \
    X(bge, 0x00005063, IR_COND_GE)                           \
    X(bltu, 0x00006063, IR_COND_LTU)                         \
    X(bgeu, 0x00007063, IR_COND_GEU)

#define RV_BRANCH_TRANS(name, match, cond)                                 \
    static bool trans_##name(RVDisasContext *ctx, uint32_t insn)           \
    {                                                                      \
        return gen_branch(ctx, insn, cond);                                \
    }
RV_BRANCH_OPS(RV_BRANCH_TRANS)
#undef RV_BRANCH_TRANS

/* jal: imm[20|10:1|11|19:12] rd 1101111. A forward target is translated
 * on the TB's first page is translated into the same TB (a superblock):
 * decoding just continues there, and the decode loop's length limit still
 * ends the TB (with a goto_tb to the target). Only forward, so
 * [tb->pc, next_pc) still covers every instruction translated (what
 * invalidation looks at). */
static bool trans_jal(RVDisasContext *ctx, uint32_t insn)
{
    uint64_t dest = ctx->pc + rv_imm_j(insn);

    if (rv_rd(insn)) {
        ir_movi(ctx->ir, rv_x[rv_rd(insn)], (int64_t)ctx->next_pc);
    }
    if (dest > ctx->pc && tuning_on(TUNING_superblock) &&
        tb_may_grow(ctx->tb) &&
        (dest & GUEST_PAGE_MASK) == (ctx->tb->pc & GUEST_PAGE_MASK)) {
        ctx->next_pc = dest;
        return true;
    }
    rv_gen_goto(ctx, dest);
    ctx->state = RV_DISAS_JUMPED;
    return true;
}

/* jalr: imm[11:0] rs1 000 rd 1100111. The target is computed before rd is
 * written, since rd may be rs1. */
static bool trans_jalr(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    IRTempId target = gen_addr(ctx, insn, rv_imm_i(insn));

    ir_andi(ir, rv_pc, target, ~(int64_t)1);
    if (rv_rd(insn)) {
        ir_movi(ir, rv_x[rv_rd(insn)], (int64_t)ctx->next_pc);
    }
    ir_goto_ptr(ir);
    ctx->state = RV_DISAS_JUMPED;
    return true;
}

/* ---- system -------------------------------------------------------------- */

/* ecall: 000000000000 00000 000 00000 1110011 */
static bool trans_ecall(RVDisasContext *ctx, uint32_t insn)
{
    rv_gen_exception(ctx, EXCP_SYSCALL);
    ctx->state = RV_DISAS_JUMPED;
    return true;
}

/* ebreak: 000000000001 00000 000 00000 1110011 */
static bool trans_ebreak(RVDisasContext *ctx, uint32_t insn)
{
    rv_gen_exception(ctx, EXCP_BREAKPOINT);
    ctx->state = RV_DISAS_JUMPED;
    return true;
}

/* fence: fm[31:28] pred[27:24] succ[23:20] rs1 000 rd 0001111, with
 * pred/succ bits I O R W. Device input/output count as reads/writes.
 * fence.tso (fm = 1000) drops the store→load ordering. */
static bool trans_fence(RVDisasContext *ctx, uint32_t insn)
{
    unsigned pred = (insn >> 24) & 15, succ = (insn >> 20) & 15;
    bool pr = pred & 0xa, pw = pred & 0x5, sr = succ & 0xa, sw = succ & 0x5;
    unsigned kind = (pr && sr ? IR_MB_LD_LD : 0) |
                    (pr && sw ? IR_MB_LD_ST : 0) |
                    (pw && sr ? IR_MB_ST_LD : 0) |
                    (pw && sw ? IR_MB_ST_ST : 0);

    if ((insn >> 28) == 8) {
        kind &= ~IR_MB_ST_LD;
    }
    if (kind) {
        ir_mb(ctx->ir, kind);
    }
    return true;
}

/* fence.i: imm rs1 001 rd 0001111. Writes through the mapping that is
 * executed invalidate their TBs already (code pages are write-protected);
 * code written through another mapping of shared memory is dropped by
 * guest_icache_sync. The TB ends so the next pc is looked up afresh. */
static uint64_t rv_helper_fence_i(void)
{
    guest_icache_sync();
    return 0;
}

static bool trans_fence_i(RVDisasContext *ctx, uint32_t insn)
{
    static const IRHelper h = IR_HELPER(rv_helper_fence_i, IR_HELPER_PURE);

    ir_call(ctx->ir, &h, ir_temp(ctx->ir), 0);
    ctx->state = RV_DISAS_STOP;
    return true;
}

/* ---- Zicsr --------------------------------------------------------------- */

enum {
    CSR_FFLAGS = 0x001,
    CSR_FRM = 0x002,
    CSR_FCSR = 0x003,
    CSR_CYCLE = 0xc00,
    CSR_TIME = 0xc01,
    CSR_INSTRET = 0xc02,
};

static bool csr_is_fp(int csr)
{
    return csr >= CSR_FFLAGS && csr <= CSR_FCSR;
}

static bool gen_csr_read(RVDisasContext *ctx, int csr, IRTempId dst)
{
    static const IRHelper h_time = IR_HELPER(rv_helper_rdtime, IR_HELPER_PURE);
    static const IRHelper h_cycle =
        IR_HELPER(rv_helper_rdcycle, IR_HELPER_PURE);

    switch (csr) {
    case CSR_TIME:
        ir_call(ctx->ir, &h_time, dst, 0);
        return true;
    case CSR_CYCLE:
    case CSR_INSTRET:
        ir_call(ctx->ir, &h_cycle, dst, 0);
        return true;
    default:
        return csr_is_fp(csr) && rv_fp_csr_read(ctx, csr, dst);
    }
}

/*
 * csrrw/csrrs/csrrc and their immediate forms:
 *   csr[31:20] rs1/uimm[19:15] funct3[14:12] rd 1110011
 * funct3 bits 1:0 pick write/set/clear, bit 2 the uimm form. csrrs/csrrc
 * with rs1 = x0 (uimm = 0) do not write; csrrw always writes and reads only
 * when rd != x0. CSRs with csr[11:10] = 11 are read-only.
 */
static bool trans_csr(RVDisasContext *ctx, uint32_t insn)
{
    IRContext *ir = ctx->ir;
    int csr = insn >> 20, rd = rv_rd(insn), rs1 = rv_rs1(insn);
    int kind = rv_funct3(insn) & 3; /* 1 rw, 2 rs, 3 rc */
    bool writes = kind == 1 || rs1 != 0;
    bool reads = kind != 1 || rd != 0;
    IRTempId src, old, val;

    if (!csr_is_fp(csr) && csr != CSR_CYCLE && csr != CSR_TIME &&
        csr != CSR_INSTRET) {
        return false;
    }
    if (writes && (csr >> 10) == 3) {
        return false;
    }
    src = (insn & 0x4000) ? ir_const(ir, rs1) : rv_gpr(ctx, rs1);
    /* Read into a temp: rd may be rs1, which the write still needs. */
    old = ir_temp(ir);
    if (reads && !gen_csr_read(ctx, csr, old)) {
        return false;
    }
    if (writes) {
        val = src;
        if (kind != 1) {
            val = ir_temp(ir);
            if (kind == 2) {
                ir_or(ir, val, old, src);
            } else {
                ir_andc(ir, val, old, src);
            }
        }
        if (!rv_fp_csr_write(ctx, csr, val)) {
            return false;
        }
        /* frm feeds translation-time rounding decisions: end the TB. */
        ctx->state = RV_DISAS_STOP;
    }
    if (rd) {
        ir_mov(ir, rv_x[rd], old);
    }
    return true;
}

const RVPattern rv_int_patterns[] = {
#define X_RRR(name, match, op, w) {0xfe00707f, match, trans_##name, #name},
    RV_RRR_OPS(X_RRR)
#undef X_RRR
#define X_DIV(name, match, op, w) {0xfe00707f, match, trans_##name, #name},
    RV_DIV_OPS(X_DIV)
#undef X_DIV
#define X_RRI(name, match, op, w) {0x0000707f, match, trans_##name, #name},
    RV_RRI_OPS(X_RRI)
#undef X_RRI
    /* RV64 shifts keep funct6 (bits 31:26), w forms funct7. */
#define X_SHIFTI(name, match, op, m, w)                                    \
    {(m) == 63 ? 0xfc00707f : 0xfe00707f, match, trans_##name, #name},
    RV_SHIFTI_OPS(X_SHIFTI)
#undef X_SHIFTI
#define X_MEM(name, match, mo) {0x0000707f, match, trans_##name, #name},
    RV_LOAD_OPS(X_MEM)
    RV_STORE_OPS(X_MEM)
#undef X_MEM
#define X_BR(name, match, cond) {0x0000707f, match, trans_##name, #name},
    RV_BRANCH_OPS(X_BR)
#undef X_BR
    {0x0000007f, 0x00000037, trans_lui, "lui"},
    {0x0000007f, 0x00000017, trans_auipc, "auipc"},
    {0x0000007f, 0x0000006f, trans_jal, "jal"},
    {0x0000707f, 0x00000067, trans_jalr, "jalr"},
    {0xffffffff, 0x00000073, trans_ecall, "ecall"},
    {0xffffffff, 0x00100073, trans_ebreak, "ebreak"},
    /* fence ignores rs1/rd and reserved fm values, as the ISA asks. */
    {0x0000707f, 0x0000000f, trans_fence, "fence"},
    {0x0000707f, 0x0000100f, trans_fence_i, "fence.i"},
    {0x0000307f, 0x00001073, trans_csr, "csrrw"},
    {0x0000307f, 0x00002073, trans_csr, "csrrs"},
    {0x0000307f, 0x00003073, trans_csr, "csrrc"},
    {0, 0, NULL, NULL},
};

#undef RV_RRR_OPS
#undef RV_DIV_OPS
#undef RV_RRI_OPS
#undef RV_SHIFTI_OPS
#undef RV_LOAD_OPS
#undef RV_STORE_OPS
#undef RV_BRANCH_OPS
