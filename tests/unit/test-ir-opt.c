/*
 * Unit tests for the IR optimizer: constant folding and propagation, copy
 * propagation, algebraic identities, branch folding, dead-code elimination,
 * and promotion of block-crossing temps.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "translator/ir.h"

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
    return failures != 0;
}
