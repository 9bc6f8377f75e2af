/*
 * If-conversion of short branch hammocks (TUNING_ifconv).
 *
 * riscv64 without Zicond has no conditional move: compilers branch around
 * one or two register operations (min/max, a binary search step), and on
 * random data the host mispredicts half of those branches. When both sides
 * of a forward conditional branch are a few plain register operations
 * that meet again, the TB computes both sides and picks each written
 * register's value with a movcond; translation goes on at the join. The
 * shapes (B the branch, E the fall-through side, T the taken side, J the
 * join):
 *   triangle        B T; E..; T = J:
 *   diamond         B T; E..; j J; T: T..; J:
 *   out of line     B T; E..; J: ... T: T..; j J   (J anywhere in E.. or
 *                                                   right after it)
 * The side instructions cannot fault or trap (integer ALU only, no
 * division), so nothing between the branch and the join is observable
 * and the block records no instruction boundary inside. The TB's guest
 * range grows to cover an out-of-line side (ctx->cover_end), so writing
 * that code still invalidates the TB.
 */
#include "frontends/riscv64/translate.h"
#include "translator/guest-mem.h"
#include "translator/tb.h"
#include "translator/tuning.h"

#define IFCONV_MAX_SIDE 4 /* instructions per side */

typedef struct RVSide {
    int n;
    uint64_t pc[IFCONV_MAX_SIDE];
    uint32_t insn[IFCONV_MAX_SIDE];
    unsigned len[IFCONV_MAX_SIDE];
    uint64_t end;       /* pc after the last side instruction scanned */
    uint32_t stop_insn; /* the instruction at `end`, 0 if not fetched */
    unsigned stop_len;
} RVSide;

/* A register operation with no effect but its rd: OP, OP-IMM, OP-32,
 * OP-IMM-32 (no division or remainder), LUI, AUIPC. */
static bool rv_pure_alu(uint32_t insn)
{
    uint32_t opc = insn & 0x7f, f7 = insn >> 25, f3 = rv_funct3(insn);

    switch (opc) {
    case 0x13: case 0x1b: case 0x37: case 0x17:
        break;
    case 0x33: case 0x3b:
        if (f7 == 1 && f3 >= 4) {
            return false; /* div, divu, rem, remu (and W) */
        }
        break;
    default:
        return false;
    }
    return rv_lookup(insn) != NULL;
}

/* Is insn `jal x0, X`? Then *dest = X. */
static bool rv_is_jump(uint32_t insn, uint64_t pc, uint64_t *dest)
{
    if ((insn & 0xfff) != 0x06f) {
        return false;
    }
    int64_t imm = (int64_t)((int32_t)(insn & 0x80000000) >> 11) |
                  (insn & 0xff000) | ((insn >> 9) & 0x800) |
                  ((insn >> 20) & 0x7fe);
    *dest = pc + (uint64_t)imm;
    return true;
}

/* Scan up to IFCONV_MAX_SIDE pure instructions from pc, all on `page`,
 * none at a breakpoint; stop before `limit` (0: none) or the first other
 * instruction, which is left in stop_insn. */
static void rv_scan_side(RVDisasContext *ctx, uint64_t pc, uint64_t limit,
                         uint64_t page, RVSide *s)
{
    RVDisasContext nx = *ctx;
    uint64_t fault_addr;

    s->n = 0;
    s->stop_insn = 0;
    for (;;) {
        s->end = pc;
        if (limit && pc >= limit) {
            return;
        }
        nx.pc = pc;
        if (((pc + 3) & GUEST_PAGE_MASK) != page ||
            !rv_fetch(&nx, &fault_addr) || nx.insn == 0 ||
            translator_debug_check(ctx->tb, pc, 1) != TRANSLATOR_DEBUG_NONE) {
            return;
        }
        if (!rv_pure_alu(nx.insn) || s->n == IFCONV_MAX_SIDE) {
            s->stop_insn = nx.insn;
            s->stop_len = nx.len;
            return;
        }
        s->pc[s->n] = pc;
        s->insn[s->n] = nx.insn;
        s->len[s->n] = nx.len;
        s->n++;
        pc += nx.len;
    }
}

/* How many of side s's instructions lie before pc `at`, or -1 when `at` is
 * not one of its instruction boundaries. */
static int rv_side_prefix(const RVSide *s, uint64_t at)
{
    for (int k = 0; k < s->n; k++) {
        if (s->pc[k] == at) {
            return k;
        }
    }
    return at == s->end ? s->n : -1;
}

/* Translate side s's first n instructions; false if one did not translate
 * as a plain operation. */
static bool rv_gen_side(RVDisasContext *ctx, const RVSide *s, int n)
{
    for (int k = 0; k < n; k++) {
        ctx->pc = s->pc[k];
        ctx->insn = s->insn[k];
        ctx->len = s->len[k];
        ctx->next_pc = ctx->pc + ctx->len;
        rv_translate_one(ctx);
        if (ctx->state != RV_DISAS_NEXT) {
            return false;
        }
    }
    return true;
}

static uint32_t rv_side_writes(const RVSide *s, int n)
{
    uint32_t m = 0;
    for (int k = 0; k < n; k++) {
        m |= 1u << rv_rd(s->insn[k]);
    }
    return m & ~1u;
}

bool rv_try_ifconv(RVDisasContext *ctx, uint32_t insn, IRCond cond,
                   int64_t offset)
{
    IRContext *ir = ctx->ir;
    uint64_t page = ctx->tb->pc & GUEST_PAGE_MASK, target = ctx->pc + offset;
    uint64_t join, dest, branch_pc = ctx->pc, cover = 0;
    RVSide es, ts = { 0 };
    int ne = -1, nt = 0;

    if (!tuning_on(TUNING_ifconv) || offset <= 0 ||
        !tb_may_branch_inside(ctx->tb)) {
        return false;
    }
    rv_scan_side(ctx, ctx->next_pc, target, page, &es);
    if (es.end == target && es.n > 0) {
        ne = es.n; /* triangle */
        join = target;
    }
    if (ne < 0 && es.stop_insn && es.end + es.stop_len == target &&
        rv_is_jump(es.stop_insn, es.end, &join) && join > target) {
        rv_scan_side(ctx, target, join, page, &ts); /* diamond */
        if (ts.end == join && ts.n > 0) {
            ne = es.n;
            nt = ts.n;
        }
    }
    if (ne < 0) {
        rv_scan_side(ctx, target, 0, page, &ts); /* out of line */
        if (ts.stop_insn && rv_is_jump(ts.stop_insn, ts.end, &dest) &&
            ((ts.end + ts.stop_len - 1) & GUEST_PAGE_MASK) == page) {
            ne = rv_side_prefix(&es, dest);
            nt = ts.n;
            join = dest;
            cover = ts.end + ts.stop_len;
        }
    }
    if (ne < 0 || ne + nt == 0) {
        return false;
    }

    /* The condition's operands first: a side may overwrite them. */
    IRTempId c1 = ir_temp(ir), c2 = ir_temp(ir);
    IRTempId saved[32], else_val[32];
    uint32_t written = rv_side_writes(&es, ne) | rv_side_writes(&ts, nt);
    uint32_t mark = ir->nb_insns;
    RVDisasContext undo = *ctx;

    ir_mov(ir, c1, rv_gpr(ctx, rv_rs1(insn)));
    ir_mov(ir, c2, rv_gpr(ctx, rv_rs2(insn)));
    for (int r = 1; r < 32; r++) {
        if (written >> r & 1) {
            saved[r] = ir_temp(ir);
            ir_mov(ir, saved[r], rv_x[r]);
        }
    }
    if (!rv_gen_side(ctx, &es, ne)) {
        goto undo;
    }
    for (int r = 1; r < 32; r++) {
        if (written >> r & 1) {
            else_val[r] = ir_temp(ir);
            ir_mov(ir, else_val[r], rv_x[r]);
            ir_mov(ir, rv_x[r], saved[r]);
        }
    }
    if (!rv_gen_side(ctx, &ts, nt)) {
        goto undo;
    }
    for (int r = 1; r < 32; r++) {
        if (written >> r & 1) {
            ir_movcond(ir, cond, rv_x[r], c1, c2, rv_x[r], else_val[r]);
        }
    }
    if (cover > ctx->cover_end) {
        ctx->cover_end = cover;
    }
    ctx->pc = branch_pc;
    ctx->next_pc = join;
    ctx->state = RV_DISAS_NEXT;
    return true;

undo:
    ir->nb_insns = mark;
    *ctx = undo;
    return false;
}
