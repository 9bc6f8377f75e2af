/*
 * Unit tests for the IR optimizer: constant folding and propagation, copy
 * propagation, algebraic identities, branch folding, dead-code elimination,
 * promotion of block-crossing temps, and known-bits removal of extensions
 * (targeted cases, and random straight-line code run before and after
 * optimization through ir_eval).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "translator/ir.h"
#include "translator/tuning.h"

static int failures;
static IRContext ctx;
static IRTempId g0, g1, g2;

static void check(const char *name, int ok)
{
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
    failures += !ok;
}

static void setup(void)
{
    static int done;
    if (!done) {
        ir_context_init(&ctx);
        g0 = ir_global(&ctx, 8, "g0");
        g1 = ir_global(&ctx, 16, "g1");
        g2 = ir_global(&ctx, 24, "g2");
        done = 1;
    }
    ir_reset(&ctx);
}

static int count_live(IROpcode opc)
{
    int n = 0;
    for (uint32_t i = 0; i < ctx.nb_insns; i++) {
        n += ctx.insns[i].opc == opc;
    }
    return n;
}

static const IRInsn *last_real(void)
{
    for (int i = (int)ctx.nb_insns - 1; i >= 0; i--) {
        if (ctx.insns[i].opc != IR_nop) {
            return &ctx.insns[i];
        }
    }
    return NULL;
}

static void test_fold_chain(void)
{
    setup();
    IRTempId a = ir_temp(&ctx), b = ir_temp(&ctx);
    ir_movi(&ctx, a, 40);
    ir_addi(&ctx, b, a, 2);
    ir_shli(&ctx, g0, b, 4);
    ir_optimize(&ctx);
    const IRInsn *l = last_real();
    check("fold: constant chain becomes one movi",
          count_live(IR_movi) == 1 && l && l->opc == IR_movi &&
              l->args[0] == g0 && l->args[1] == 42 << 4);
}

static void test_fold_w32(void)
{
    setup();
    IRTempId a = ir_temp(&ctx);
    ir_movi(&ctx, a, 0x7fffffff);
    ir_add32(&ctx, g0, a, ir_const(&ctx, 1));
    ir_ext32s(&ctx, g1, g0);
    ir_optimize(&ctx);
    const IRInsn *l = last_real();
    check("fold: w32 add wraps and zero-extends, ext32s sign-extends",
          l && l->opc == IR_movi && l->args[1] == 0xffffffff80000000ull);
}

static void test_copy_prop(void)
{
    setup();
    IRTempId t = ir_temp(&ctx), u = ir_temp(&ctx);
    ir_mov(&ctx, t, g1);
    ir_mov(&ctx, u, t);
    ir_add(&ctx, g0, u, g2);
    ir_optimize(&ctx);
    const IRInsn *l = last_real();
    check("copy: add reads the original global",
          l && l->opc == IR_add && l->args[1] == g1 && l->args[2] == g2 &&
              count_live(IR_mov) == 0);
}

static void test_copy_invalidated(void)
{
    setup();
    IRTempId t = ir_temp(&ctx);
    ir_mov(&ctx, t, g1);
    ir_movi(&ctx, g1, 5);
    ir_add(&ctx, g0, t, g2);
    ir_optimize(&ctx);
    const IRInsn *l = last_real();
    check("copy: a write to the source ends the copy",
          l && l->opc == IR_add && l->args[1] == t);
}

static void test_identities(void)
{
    setup();
    IRTempId z = ir_const(&ctx, 0);
    ir_add(&ctx, g0, g1, z);
    ir_and(&ctx, g2, g1, z);
    ir_optimize(&ctx);
    check("identity: add x,0 is a copy; and x,0 is zero",
          ctx.insns[0].opc == IR_mov && ctx.insns[0].args[1] == g1 &&
              ctx.insns[1].opc == IR_movi && ctx.insns[1].args[1] == 0);
    setup();
    ir_add32(&ctx, g0, g1, ir_const(&ctx, 0));
    ir_optimize(&ctx);
    check("identity: w32 add x,0 keeps its zero extension",
          ctx.insns[0].opc == IR_add && ctx.insns[0].w32);
    setup();
    ir_xor(&ctx, g0, g1, g1);
    ir_optimize(&ctx);
    check("identity: xor x,x is zero",
          ctx.insns[0].opc == IR_movi && ctx.insns[0].args[1] == 0);
}

static void test_dce(void)
{
    setup();
    IRTempId t = ir_temp(&ctx), u = ir_temp(&ctx);
    ir_add(&ctx, t, g1, g2);
    ir_mul(&ctx, u, t, g1);
    ir_sub(&ctx, g0, g1, g2);
    ir_optimize(&ctx);
    check("dce: unused chain removed, global write kept",
          count_live(IR_add) == 0 && count_live(IR_mul) == 0 &&
              count_live(IR_sub) == 1);
    setup();
    IRTempId v = ir_temp(&ctx);
    ir_ld(&ctx, v, g1, IR_MO_64);
    ir_optimize(&ctx);
    check("dce: unused guest load kept (it may fault)",
          count_live(IR_ld) == 1);
    setup();
    ir_st(&ctx, g0, g1, IR_MO_32);
    ir_optimize(&ctx);
    check("dce: stores are kept", count_live(IR_st) == 1);
}

static void test_brcond(void)
{
    setup();
    uint32_t l = ir_new_label(&ctx);
    ir_brcond(&ctx, IR_COND_LT, ir_const(&ctx, -1), ir_const(&ctx, 0), l);
    ir_brcond(&ctx, IR_COND_LTU, ir_const(&ctx, -1), ir_const(&ctx, 0), l);
    ir_set_label(&ctx, l);
    ir_optimize(&ctx);
    check("branch: signed true becomes br, unsigned false vanishes",
          ctx.insns[0].opc == IR_br && ctx.insns[1].opc == IR_nop);
}

static void test_label_forgets(void)
{
    setup();
    IRTempId t = ir_local(&ctx);
    uint32_t l = ir_new_label(&ctx);
    ir_movi(&ctx, t, 3);
    ir_set_label(&ctx, l);
    ir_add(&ctx, g0, t, g1);
    ir_optimize(&ctx);
    const IRInsn *last = last_real();
    check("label: constants are not carried past a label",
          last && last->opc == IR_add && last->args[1] == t);
}

static void test_promote(void)
{
    setup();
    IRTempId t = ir_temp(&ctx);
    uint32_t l = ir_new_label(&ctx);
    ir_add(&ctx, t, g1, g2);
    ir_brcond(&ctx, IR_COND_EQ, g1, g2, l);
    ir_mov(&ctx, g0, t);
    ir_set_label(&ctx, l);
    ir_optimize(&ctx);
    check("promote: temp read after a branch becomes LOCAL",
          ctx.temps[t].kind == IR_TEMP_LOCAL && count_live(IR_add) == 1);
}

static void test_liveness(void)
{
    setup();
    IRTempId t = ir_temp(&ctx);
    ir_add(&ctx, t, g1, g2);
    ir_add(&ctx, g0, t, g1);
    ir_add(&ctx, g1, t, g2);
    ir_liveness(&ctx);
    check("liveness: temp dies at its last read only",
          !(ctx.insns[1].life & (1u << 1)) && (ctx.insns[2].life & (1u << 1)));
}

static void test_eval(void)
{
    uint64_t in[4], out;
    IRArg c[1] = {IR_COND_GT};
    int ok = 1;

    in[0] = 0x80000000u;
    in[1] = 1;
    ok &= ir_eval(IR_setcond, true, in, c, &out) && out == 0;
    ok &= ir_eval(IR_setcond, false, in, c, &out) && out == 1;
    in[0] = 0;
    ok &= ir_eval(IR_clz, false, in, NULL, &out) && out == 64;
    ok &= ir_eval(IR_ctz, true, in, NULL, &out) && out == 32;
    in[0] = 0x8000000000000000ull;
    in[1] = 63;
    ok &= ir_eval(IR_sar, false, in, NULL, &out) && out == ~0ull;
    in[1] = 64 + 1;
    ok &= ir_eval(IR_shr, false, in, NULL, &out) && out == 1ull << 62;
    in[0] = ~0ull;
    in[1] = ~0ull;
    ok &= ir_eval(IR_mulsh, false, in, NULL, &out) && out == 0;
    ok &= ir_eval(IR_muluh, false, in, NULL, &out) && out == ~1ull;
    ok &= !ir_eval(IR_ld, false, in, NULL, &out);
    check("eval: widths, counts and high multiplies", ok);
}


/* ---- known bits ------------------------------------------------------- */

static int count_w32(IROpcode opc)
{
    int n = 0;
    for (uint32_t i = 0; i < ctx.nb_insns; i++) {
        n += ctx.insns[i].opc == opc && ctx.insns[i].w32;
    }
    return n;
}

static void test_kb_rv_wops(void)
{
    setup();
    IRTempId t = ir_temp(&ctx);
    ir_andi(&ctx, t, g1, 1);
    ir_sub32(&ctx, g0, ir_const(&ctx, 0), t);
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    check("kb: negw of 0/1 becomes a 64-bit sub without ext32s",
          count_live(IR_ext32s) == 0 && count_live(IR_sub) == 1 &&
              count_w32(IR_sub) == 0);

    setup();
    ir_shr32(&ctx, g0, g1, ir_const(&ctx, 1));
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    check("kb: srliw by 1 needs no ext32s",
          count_live(IR_ext32s) == 0 && count_w32(IR_shr) == 1);

    setup();
    ir_shr32(&ctx, g0, g1, ir_const(&ctx, 32)); /* count 0 */
    ir_ext32s(&ctx, g0, g0);
    ir_add32(&ctx, g1, g1, g2);
    ir_ext32s(&ctx, g1, g1);
    ir_optimize(&ctx);
    check("kb: srliw by 0 and addw of unknowns keep their ext32s",
          count_live(IR_ext32s) == 2 && count_w32(IR_add) == 1);

    setup();
    IRTempId a = ir_temp(&ctx), b = ir_temp(&ctx);
    ir_ext16s(&ctx, a, g1);
    ir_ext16s(&ctx, b, g2);
    ir_add32(&ctx, g0, a, b);
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    check("kb: addw of 16-bit signed values becomes a 64-bit add",
          count_live(IR_ext32s) == 0 && count_w32(IR_add) == 0);

    setup();
    a = ir_temp(&ctx), b = ir_temp(&ctx);
    ir_ext32s(&ctx, a, g1);
    ir_ext32s(&ctx, b, g2);
    ir_add32(&ctx, g0, a, b);
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    check("kb: addw that may carry into bit 31 keeps w32 and ext32s",
          count_w32(IR_add) == 1 && count_live(IR_ext32s) == 3);

    setup();
    a = ir_temp(&ctx), b = ir_temp(&ctx);
    ir_ext32s(&ctx, a, g1);
    ir_ext32s(&ctx, b, g2);
    ir_xor32(&ctx, g0, a, b);
    ir_ext32s(&ctx, g0, g0);
    ir_ext32s(&ctx, g1, g0);
    ir_optimize(&ctx);
    check("kb: xor of sign-extended words is one",
          count_w32(IR_xor) == 0 && count_live(IR_ext32s) == 2);
}

static void test_kb_loads_and_masks(void)
{
    setup();
    IRTempId t = ir_temp(&ctx), u = ir_temp(&ctx);
    ir_ld(&ctx, t, g1, IR_MO_32 | IR_MO_SIGN);
    ir_ext32s(&ctx, g0, t);
    ir_ld(&ctx, u, g1, IR_MO_16);
    ir_ext32u(&ctx, g2, u);
    ir_optimize(&ctx);
    check("kb: extensions of loads already extended become copies",
          count_live(IR_ext32s) == 0 && count_live(IR_ext32u) == 0);

    setup();
    t = ir_temp(&ctx);
    ir_ld(&ctx, t, g1, IR_MO_32);
    ir_ext32s(&ctx, g0, t);
    ir_ld(&ctx, t, g1, IR_MO_8 | IR_MO_SIGN);
    ir_ext8u(&ctx, g2, t);
    ir_optimize(&ctx);
    check("kb: ext32s of a zero-extended word and ext8u of a signed byte stay",
          count_live(IR_ext32s) == 1 && count_live(IR_ext8u) == 1);

    setup();
    ir_add32(&ctx, g0, g1, g2);
    ir_ext32u(&ctx, g0, g0);
    ir_andi(&ctx, g1, g1, 0xff);
    ir_andi(&ctx, g2, g1, 0x1ff);
    ir_optimize(&ctx);
    check("kb: ext32u of a w32 result and a wider mask are copies",
          count_live(IR_ext32u) == 0 && count_live(IR_and) == 1);
}

static void test_kb_forgets(void)
{
    setup();
    uint32_t l = ir_new_label(&ctx);
    ir_shr32(&ctx, g0, g1, ir_const(&ctx, 1));
    ir_set_label(&ctx, l);
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    check("kb: facts die at a label", count_live(IR_ext32s) == 1);

    setup();
    static const IRHelper h = IR_HELPER(test_kb_forgets, 0);
    ir_shr32(&ctx, g0, g1, ir_const(&ctx, 1));
    ir_call(&ctx, &h, ir_temp(&ctx), 0);
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    check("kb: facts about globals die at a call that may write them",
          count_live(IR_ext32s) == 1);

    setup();
    ir_shr32(&ctx, g0, g1, ir_const(&ctx, 1));
    ir_exit_cond(&ctx, IR_COND_EQ, g1, g2, 0, 0x1000);
    ctx.insns[ctx.nb_insns - 1].args[5] = 1;
    ir_mov(&ctx, g0, g2); /* taken side only */
    ir_ext32s(&ctx, g1, g0);
    ir_optimize(&ctx);
    check("kb: a taken-side write leaves the fall-through knowing nothing",
          count_live(IR_ext32s) == 1);

    setup();
    unsigned saved = tuning_mask;
    tuning_mask &= ~TUNING_known_bits;
    ir_shr32(&ctx, g0, g1, ir_const(&ctx, 1));
    ir_ext32s(&ctx, g0, g0);
    ir_optimize(&ctx);
    tuning_mask = saved;
    check("kb: -opt no-known-bits keeps the ext32s",
          count_live(IR_ext32s) == 1);
}

/* Straight-line IR run with ir_eval: the values of all temps. */
static void kb_run(const IRInsn *insns, uint32_t n, uint64_t *v)
{
    for (uint32_t i = 0; i < n; i++) {
        const IRInsn *insn = &insns[i];
        const IROpDef *def = &ir_op_defs[insn->opc];
        uint64_t in[4] = {0}, out = 0;

        if (insn->opc == IR_nop) {
            continue;
        }
        for (int j = 0; j < def->nb_iargs; j++) {
            IRTempId a = (IRTempId)insn->args[1 + j];
            in[j] = ctx.temps[a].kind == IR_TEMP_CONST
                        ? (uint64_t)ctx.temps[a].val
                        : v[a];
        }
        if (!ir_eval((IROpcode)insn->opc, insn->w32, in,
                     &insn->args[1 + def->nb_iargs], &out)) {
            printf("kb_run: cannot run %s\n", def->name);
            failures++;
            return;
        }
        v[insn->args[0]] = out;
    }
}

static uint64_t kb_rng = 0x9e3779b97f4a7c15ull;

static uint64_t kb_rand(void)
{
    kb_rng ^= kb_rng << 13;
    kb_rng ^= kb_rng >> 7;
    kb_rng ^= kb_rng << 17;
    return kb_rng;
}

static const uint64_t kb_edges[] = {
    0, 1, 2, 31, 32, 63, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff,
    0x80000000, 0xffffffff, 0x100000000ull, 0xffffffff80000000ull,
    0x7fffffffffffffffull, 0x8000000000000000ull, ~0ull, ~1ull,
    0xffffffff7fffffffull, 0x123456789abcdef0ull,
};
#define KB_NEDGE (sizeof(kb_edges) / sizeof(kb_edges[0]))

static uint64_t kb_value(void)
{
    uint64_t r = kb_rand();
    switch (r % 4) {
    case 0: return kb_edges[(r >> 8) % KB_NEDGE];
    case 1: return (uint64_t)(int64_t)(int32_t)(r >> 16);
    case 2: return (r >> 16) & 0xffff;
    default: return kb_rand();
    }
}

/* One random op writing d; W ops are followed by ext32s d, d as riscv64
 * emits them. */
static void kb_random_op(IRTempId *pool, int np)
{
    static const IROpcode bin[] = {
        IR_add, IR_sub, IR_mul, IR_and, IR_or, IR_xor, IR_andc, IR_orc,
        IR_xnor, IR_shl, IR_shr, IR_sar, IR_rotl, IR_rotr, IR_divu,
        IR_remu, IR_mulsh,
    };
    static const IROpcode un[] = {
        IR_neg, IR_not, IR_ext8s, IR_ext8u, IR_ext16s, IR_ext16u,
        IR_ext32s, IR_ext32u, IR_bswap, IR_clz, IR_ctz, IR_cpop, IR_mov,
    };
    IRTempId d = pool[kb_rand() % np];
    IRTempId a = pool[kb_rand() % np];
    IRTempId b = kb_rand() % 3 ? pool[kb_rand() % np]
                               : ir_const(&ctx, (int64_t)kb_value());
    bool w32 = kb_rand() % 2;
    uint64_t r = kb_rand() % 10;

    if (r < 6) {
        IROpcode op = bin[kb_rand() % (sizeof(bin) / sizeof(bin[0]))];
        if (op >= IR_shl && op <= IR_rotr && kb_rand() % 2) {
            b = ir_const(&ctx, (int64_t)(kb_rand() % 70));
        }
        ir_emit(&ctx, op, w32, 3, (IRArg)d, (IRArg)a, (IRArg)b);
    } else if (r < 9) {
        IROpcode op = un[kb_rand() % (sizeof(un) / sizeof(un[0]))];
        ir_emit(&ctx, op, w32 && kb_rand() % 2, 2, (IRArg)d, (IRArg)a);
    } else {
        IRTempId c = pool[kb_rand() % np];
        ir_movcond(&ctx, (IRCond)(kb_rand() % 10), d, a, b, c, a);
        ctx.insns[ctx.nb_insns - 1].w32 = w32;
    }
    if (w32 && kb_rand() % 4) {
        ir_ext32s(&ctx, d, d);
    }
}

static void test_kb_random(void)
{
    static IRInsn orig[IR_MAX_INSNS];
    static uint64_t v0[IR_MAX_TEMPS], v1[IR_MAX_TEMPS];
    int bad = 0, removed = 0;

    for (int iter = 0; iter < 200000 && bad < 5; iter++) {
        setup();
        IRTempId pool[7] = {g0, g1, g2};
        for (int i = 3; i < 7; i++) {
            pool[i] = ir_temp(&ctx);
        }
        int n = 2 + (int)(kb_rand() % 12);
        for (int i = 0; i < n; i++) {
            kb_random_op(pool, 7);
        }
        uint32_t nb = ctx.nb_insns;
        memcpy(orig, ctx.insns, nb * sizeof(orig[0]));
        for (uint32_t t = 0; t < ctx.nb_temps; t++) {
            v0[t] = v1[t] = kb_value();
        }
        int before = count_live(IR_ext32s);
        ir_optimize(&ctx);
        removed += before - count_live(IR_ext32s);
        kb_run(orig, nb, v0);
        kb_run(ctx.insns, ctx.nb_insns, v1);
        for (int i = 0; i < 3; i++) {
            if (v0[pool[i]] != v1[pool[i]]) {
                if (bad++ < 5) {
                    printf("kb random %d: g%d %016" PRIx64 " != %016" PRIx64
                           "\n", iter, i, v0[pool[i]], v1[pool[i]]);
                }
            }
        }
    }
    check("kb: random straight-line code keeps its results", bad == 0);
    check("kb: random code loses some ext32s", removed > 10000);
}

int main(void)
{
    test_fold_chain();
    test_fold_w32();
    test_copy_prop();
    test_copy_invalidated();
    test_identities();
    test_dce();
    test_brcond();
    test_label_forgets();
    test_promote();
    test_liveness();
    test_eval();
    test_kb_rv_wops();
    test_kb_loads_and_masks();
    test_kb_forgets();
    test_kb_random();
    return failures != 0;
}
