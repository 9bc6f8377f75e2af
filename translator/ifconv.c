/*
 * If-conversion of short branch hammocks (ifconv.h says what and when).
 */
#include "translator/ifconv.h"

#include "translator/guest-mem.h"
#include "translator/guest.h"
#include "translator/tuning.h"

#define IFCONV_MAX_SIDE 4 /* instructions per side */

typedef struct IfconvSide {
    int n;
    uint64_t pc[IFCONV_MAX_SIDE];
    uint32_t insn[IFCONV_MAX_SIDE];
    unsigned len[IFCONV_MAX_SIDE];
    uint32_t writes;    /* registers written (bit r) */
    uint64_t end;       /* pc after the last side instruction scanned */
    uint32_t stop_insn; /* the instruction at `end`, if stop_len */
    unsigned stop_len;
} IfconvSide;

/* Scan up to IFCONV_MAX_SIDE plain instructions from pc, all on `page`,
 * none at a breakpoint; stop before `limit` (0: none) or the first other
 * instruction, which is left in stop_insn. */
static void ifconv_scan(const IfconvArch *arch, void *dc,
                        const TranslationBlock *tb, uint64_t pc,
                        uint64_t limit, uint64_t page, IfconvSide *s)
{
    s->n = 0;
    s->writes = 0;
    s->stop_len = 0;
    for (;;) {
        uint32_t insn;
        unsigned len;
        int rd;

        s->end = pc;
        if ((limit && pc >= limit) || ((pc + 3) & GUEST_PAGE_MASK) != page ||
            translator_debug_check(tb, pc, 1) != TRANSLATOR_DEBUG_NONE ||
            !(len = arch->fetch(dc, pc, &insn))) {
            return;
        }
        rd = arch->pure_rd(insn);
        if (rd < 0 || s->n == IFCONV_MAX_SIDE) {
            s->stop_insn = insn;
            s->stop_len = len;
            return;
        }
        s->pc[s->n] = pc;
        s->insn[s->n] = insn;
        s->len[s->n] = len;
        s->n++;
        s->writes |= rd ? 1u << rd : 0;
        pc += len;
    }
}

/* How many of side s's instructions lie before `at`, or -1 when `at` is
 * not one of its instruction boundaries. */
static int ifconv_prefix(const IfconvSide *s, uint64_t at)
{
    for (int k = 0; k < s->n; k++) {
        if (s->pc[k] == at) {
            return k;
        }
    }
    return at == s->end ? s->n : -1;
}

/* Keep only the first n instructions of s (and their writes). */
static void ifconv_cut(const IfconvArch *arch, IfconvSide *s, int n)
{
    s->n = n;
    s->writes = 0;
    for (int k = 0; k < n; k++) {
        int rd = arch->pure_rd(s->insn[k]);
        s->writes |= rd > 0 ? 1u << rd : 0;
    }
}

static bool ifconv_gen_side(const IfconvArch *arch, void *dc,
                            const IfconvSide *s)
{
    for (int k = 0; k < s->n; k++) {
        if (!arch->gen(dc, s->pc[k], s->insn[k], s->len[k])) {
            return false;
        }
    }
    return true;
}

bool ifconv_try(IRContext *ir, const IfconvArch *arch, void *dc,
                TranslationBlock *tb, uint64_t next_pc, uint64_t target,
                IRCond cond, IRTempId a, IRTempId b, bool w32,
                uint64_t *join, uint64_t *cover)
{
    uint64_t page = tb->pc & GUEST_PAGE_MASK, dest;
    IfconvSide es, ts = { 0 };
    int ne = -1;

    *cover = 0;
    if (!tuning_on(TUNING_ifconv) || target <= next_pc ||
        !tb_may_branch_inside(tb)) {
        return false;
    }
    ifconv_scan(arch, dc, tb, next_pc, target, page, &es);
    if (es.end == target && es.n > 0) {
        ne = es.n; /* triangle */
        *join = target;
    }
    if (ne < 0 && es.stop_len && es.end + es.stop_len == target &&
        arch->jump(es.stop_insn, es.end, &dest) && dest > target) {
        ifconv_scan(arch, dc, tb, target, dest, page, &ts); /* diamond */
        if (ts.end == dest && ts.n > 0) {
            ne = es.n;
            *join = dest;
        }
    }
    if (ne < 0) {
        ifconv_scan(arch, dc, tb, target, 0, page, &ts); /* out of line */
        if (ts.stop_len && arch->jump(ts.stop_insn, ts.end, &dest) &&
            ((ts.end + ts.stop_len - 1) & GUEST_PAGE_MASK) == page &&
            (ne = ifconv_prefix(&es, dest)) >= 0) {
            *join = dest;
            *cover = ts.end + ts.stop_len;
        }
    }
    if (ne < 0 || ne + ts.n == 0) {
        return false;
    }
    ifconv_cut(arch, &es, ne);

    /* The condition's operands first: a side may overwrite them. Each
     * written register: saved, the fall-through side's value kept, the
     * saved value back for the taken side, then the pick. */
    uint32_t written = es.writes | ts.writes, mark = ir->nb_insns;
    IRTempId c = ir_temp(ir), saved[32], else_val[32];

    (w32 ? ir_setcond32 : ir_setcond)(ir, cond, c, a, b);
    for (int r = 1; r < 32; r++) {
        if (written >> r & 1) {
            saved[r] = ir_temp(ir);
            ir_mov(ir, saved[r], arch->reg(r));
        }
    }
    if (!ifconv_gen_side(arch, dc, &es)) {
        goto undo;
    }
    for (int r = 1; r < 32; r++) {
        if (written >> r & 1) {
            else_val[r] = ir_temp(ir);
            ir_mov(ir, else_val[r], arch->reg(r));
            ir_mov(ir, arch->reg(r), saved[r]);
        }
    }
    if (!ifconv_gen_side(arch, dc, &ts)) {
        goto undo;
    }
    for (int r = 1; r < 32; r++) {
        if (written >> r & 1) {
            ir_movcond(ir, IR_COND_NE, arch->reg(r), c, ir_const(ir, 0),
                       arch->reg(r), else_val[r]);
        }
    }
    return true;

undo:
    ir->nb_insns = mark;
    *cover = 0;
    return false;
}

bool ifconv_try_tail(IRContext *ir, const IfconvArch *arch, void *dc,
                     TranslationBlock *tb, uint64_t next_pc, uint64_t target,
                     IRCond cond, IRTempId a, IRTempId b, bool w32, int slot,
                     uint64_t *cover)
{
    uint64_t page = tb->pc & GUEST_PAGE_MASK, dest;
    IfconvSide ts;

    *cover = 0;
    if (!tuning_on(TUNING_loop_tail) || !tuning_on(TUNING_loop) ||
        !tb_may_branch_inside(tb)) {
        return false;
    }
    ifconv_scan(arch, dc, tb, target, 0, page, &ts);
    if (!ts.stop_len || !arch->jump(ts.stop_insn, ts.end, &dest) ||
        dest != tb->pc ||
        ((ts.end + ts.stop_len - 1) & GUEST_PAGE_MASK) != page) {
        return false;
    }

    /* The compare's operands as they are now: the tail may rewrite them,
     * and the back edge tests the same condition, known to hold there. */
    uint32_t mark = ir->nb_insns;
    IRTempId ca = ir_temp(ir), cb = ir_temp(ir);

    ir_mov(ir, ca, a);
    ir_mov(ir, cb, b);
    ir_exit_cond_w(ir, w32, ir_cond_invert(cond), ca, cb, slot, next_pc);
    if (!ifconv_gen_side(arch, dc, &ts)) {
        ir->nb_insns = mark;
        return false;
    }
    ir_loop_back_w(ir, w32, cond, ca, cb);
    ir_exit_cond_w(ir, w32, cond, ca, cb, slot + 1, tb->pc);
    *cover = ts.end + ts.stop_len;
    return true;
}
