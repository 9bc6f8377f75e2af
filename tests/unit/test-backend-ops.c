/*
 * x86-64 backend tests: generated code is run through the prologue and its
 * results compared with ir_eval (the reference semantics) for every pure
 * op, in 64-bit and w32 forms, with edge and random inputs, inputs as
 * globals, constants, shared and in-place operands, with the host's
 * BMI/LZCNT/POPCNT paths and the baseline fallbacks. Also: register
 * pressure, labels and branches in both directions, helper calls with six
 * arguments and global read/write flags, guest loads and stores (with and
 * without guest_base, aligned-access faults), goto_tb chaining through
 * patch_jump, goto_ptr, the exit_request check, insn records and buffer
 * overflow.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "backends/x86_64/x86-gen.h"
#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/ir.h"

#define NG 16
#define TEST_CPU_EXTRA uint64_t field;
#include "tests/unit/backend-harness.h"

static TranslationBlock tbs[4];
static uint32_t insn_off[4][64];
static uint64_t insn_pcs[4][64];
static int failures, checks;

static void fail(const char *name, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void fail(const char *name, const char *fmt, ...)
{
    va_list ap;
    if (failures < 60) {
        printf("FAIL %s: ", name);
        va_start(ap, fmt);
        vprintf(fmt, ap);
        va_end(ap);
        printf("\n");
    }
    failures++;
}

static void report(const char *name, int before)
{
    if (failures == before) {
        printf("PASS %s\n", name);
    }
}

static void setup(void)
{
    harness_setup(16 << 20);
}

static void new_tb(int k)
{
    TranslationBlock *tb = &tbs[k];
    memset(tb, 0, sizeof(*tb));
    tb->insn_host_off = insn_off[k];
    tb->insn_pc = insn_pcs[k];
    ir_reset(&ctx);
}

/* Generate ctx into tb k; start over at the buffer's TB area if full. */
static TranslationBlock *gen(int k)
{
    TranslationBlock *tb = &tbs[k];
    if (cb.end - cb.ptr < (1 << 16)) {
        cb.ptr = tb_area;
    }
    if (host_backend.gen_code(&ctx, tb, &cb) < 0) {
        fail("gen_code", "returned -1");
        return NULL;
    }
    return tb;
}

static uintptr_t run(TranslationBlock *tb)
{
    return host_backend.enter(&cpu, tb->code);
}

static IRInsn *emit(IROpcode opc, bool w32, int nargs, const IRArg *args)
{
    IRInsn *insn = ir_emit(&ctx, opc, w32, 0);
    insn->nargs = (uint8_t)nargs;
    memcpy(insn->args, args, sizeof(IRArg) * nargs);
    return insn;
}

/* ---- pure ops against ir_eval ------------------------------------------- */

static const IROpcode pure_ops[] = {
    IR_mov, IR_add, IR_sub, IR_mul, IR_mulsh, IR_muluh, IR_divs, IR_divu,
    IR_rems, IR_remu, IR_neg, IR_and,
    IR_or, IR_xor, IR_not, IR_andc, IR_orc, IR_xnor, IR_shl, IR_shr,
    IR_sar, IR_rotl, IR_rotr, IR_ext8s, IR_ext8u, IR_ext16s, IR_ext16u,
    IR_ext32s, IR_ext32u, IR_bswap, IR_clz, IR_ctz, IR_cpop, IR_setcond,
    IR_movcond,
};

static const uint64_t edges[] = {
    0, 1, 2, 3, (uint64_t)-1, (uint64_t)-2, (uint64_t)INT64_MIN,
    (uint64_t)INT64_MAX, 0x80000000ull, 0x7fffffffull, 0xffffffffull,
    0x100000000ull, 31, 32, 33, 63, 64, 0x8000, 0xff, 0x80,
    0x123456789abcdef0ull, 0xfedcba9876543210ull, 0xffffffff80000000ull,
};
#define NEDGES ((int)(sizeof(edges) / sizeof(edges[0])))

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    switch (rng_state & 7) {
    case 0: return rng_state >> (rng_state & 63);
    case 1: return (uint64_t)(int64_t)(int32_t)(rng_state >> 9);
    case 2: return rng_state & 127;
    default: return rng_state * 0x2545f4914f6cdd1dull;
    }
}

/* Input placement variants. */
enum {
    V_GLOBALS,  /* all inputs globals, output a different global */
    V_CONST_B,  /* last input a constant */
    V_CONST_A,  /* first input a constant */
    V_SAME,     /* a and b the same global */
    V_INPLACE,  /* output is the first input */
    V_KEEP,     /* inputs in NORMAL temps that stay live after the op */
    V_TEMPS,    /* inputs copied into NORMAL temps first */
    V_NB,
};

static int nb_inputs(IROpcode opc)
{
    return ir_op_defs[opc].nb_iargs;
}

/* Build: op(out, inputs...) per variant; returns the global holding the
 * result. Values for constants come from in[]. */
static int build_op(IROpcode opc, bool w32, int variant, const uint64_t *in,
                    IRCond cond)
{
    int ni = nb_inputs(opc), out = 0;
    IRArg args[8];
    IRTempId src[4];

    for (int i = 0; i < ni; i++) {
        src[i] = g[1 + i];
    }
    if (variant == V_CONST_B) {
        src[ni - 1] = ir_const(&ctx, (int64_t)in[ni - 1]);
    } else if (variant == V_CONST_A) {
        src[0] = ir_const(&ctx, (int64_t)in[0]);
    } else if (variant == V_SAME && ni >= 2) {
        src[1] = src[0];
    } else if (variant == V_TEMPS || variant == V_KEEP) {
        for (int i = 0; i < ni; i++) {
            IRTempId t = ir_temp(&ctx);
            ir_mov(&ctx, t, src[i]);
            src[i] = t;
        }
    }
    if (variant == V_INPLACE) {
        out = 1;
    }
    IRTempId d = variant == V_TEMPS ? ir_temp(&ctx) : g[out];
    args[0] = d;
    for (int i = 0; i < ni; i++) {
        args[1 + i] = src[i];
    }
    int n = 1 + ni;
    if (opc == IR_setcond || opc == IR_movcond) {
        args[n++] = cond;
    }
    emit(opc, w32, n, args);
    if (variant == V_TEMPS) {
        ir_mov(&ctx, g[0], d);
    }
    if (variant == V_KEEP) {
        for (int i = 0; i < ni; i++) {
            ir_mov(&ctx, g[8 + i], src[i]);
        }
    }
    ir_exit_tb(&ctx, 0);
    return out;
}

static void check_op(IROpcode opc, bool w32, int variant, const uint64_t *in,
                     IRCond cond, TranslationBlock *tb, int out)
{
    int ni = nb_inputs(opc);
    uint64_t want, vin[4];
    IRArg cst[1] = { cond };

    memcpy(vin, in, sizeof(vin));
    if (variant == V_SAME && ni >= 2) {
        vin[1] = vin[0];
    }
    memset(cpu.r, 0x5a, sizeof(cpu.r));
    for (int i = 0; i < ni; i++) {
        cpu.r[1 + i] = vin[i];
    }
    if (!ir_eval(opc, w32, vin, cst, &want)) {
        fail("ir_eval", "%s refused", ir_op_defs[opc].name);
        return;
    }
    uintptr_t ret = run(tb);
    checks++;
    if (ret != 0 || cpu.r[out] != want) {
        fail("op", "%s%s variant %d cond %d in %#" PRIx64 " %#" PRIx64
                   " %#" PRIx64 " %#" PRIx64 ": got %#" PRIx64
                   " want %#" PRIx64 " (ret %#lx)",
             ir_op_defs[opc].name, w32 ? "32" : "", variant, (int)cond,
             vin[0], vin[1], vin[2], vin[3], cpu.r[out], want,
             (unsigned long)ret);
    }
    if (variant == V_KEEP) {
        for (int i = 0; i < ni; i++) {
            if (cpu.r[8 + i] != vin[i]) {
                fail("op_keep", "%s input %d clobbered", ir_op_defs[opc].name,
                     i);
            }
        }
    }
}

static void input_set(int k, uint64_t *in)
{
    if (k < NEDGES * NEDGES) {
        in[0] = edges[k % NEDGES];
        in[1] = edges[k / NEDGES];
    } else {
        in[0] = rnd();
        in[1] = rnd();
    }
    in[2] = rnd();
    in[3] = rnd() ^ 0x55;
}

static void test_op_variant(IROpcode opc, bool w32, int variant, IRCond cond)
{
    int ni = nb_inputs(opc);
    int count = NEDGES * NEDGES + 200;
    uint64_t in[4];

    if ((variant == V_SAME || variant == V_CONST_A) && ni < 2) {
        return;
    }
    if (variant == V_CONST_B || variant == V_CONST_A) {
        /* Constants are baked into the code: one TB per input set. */
        for (int k = 0; k < count; k += 3) {
            input_set(k, in);
            new_tb(0);
            int out = build_op(opc, w32, variant, in, cond);
            TranslationBlock *tb = gen(0);
            if (tb) {
                check_op(opc, w32, variant, in, cond, tb, out);
            }
        }
        return;
    }
    new_tb(0);
    int out = build_op(opc, w32, variant, in, cond);
    TranslationBlock *tb = gen(0);
    for (int k = 0; tb && k < count; k++) {
        input_set(k, in);
        check_op(opc, w32, variant, in, cond, tb, out);
    }
}

static void test_pure_ops(const char *name)
{
    int before = failures;
    for (size_t i = 0; i < sizeof(pure_ops) / sizeof(pure_ops[0]); i++) {
        IROpcode opc = pure_ops[i];
        int ncond = (opc == IR_setcond || opc == IR_movcond) ? 12 : 1;
        for (int w = 0; w < 2; w++) {
            for (int c = 0; c < ncond; c++) {
                for (int v = 0; v < V_NB; v++) {
                    test_op_variant(opc, w, v, (IRCond)c);
                }
            }
        }
    }
    report(name, before);
}

static void test_movi(void)
{
    int before = failures;
    for (int k = 0; k < NEDGES; k++) {
        new_tb(0);
        ir_movi(&ctx, g[0], (int64_t)edges[k]);
        ir_exit_tb(&ctx, 0);
        TranslationBlock *tb = gen(0);
        cpu.r[0] = 0x1234;
        if (tb && (run(tb) != 0 || cpu.r[0] != edges[k])) {
            fail("movi", "%#" PRIx64, edges[k]);
        }
    }
    report("movi", before);
}

/* ---- register pressure ----------------------------------------------------- */

static void test_pressure(void)
{
    enum { N = 40 };
    int before = failures;
    IRTempId t[N];
    uint64_t want[N], sum = 0;

    new_tb(0);
    for (int i = 0; i < NG; i++) {
        cpu.r[i] = 0x1000 + i * 0x111;
    }
    for (int i = 0; i < N; i++) {
        t[i] = ir_temp(&ctx);
        ir_muli(&ctx, t[i], g[i % NG], i + 3);
        ir_xori(&ctx, t[i], t[i], i);
        want[i] = (cpu.r[i % NG] * (i + 3)) ^ i;
    }
    /* All N temps are live here; consume them in a scrambled order. */
    IRTempId acc = ir_temp(&ctx);
    ir_movi(&ctx, acc, 0);
    for (int k = 0; k < N; k++) {
        int i = (k * 7) % N;
        ir_rotli(&ctx, acc, acc, 5);
        ir_add(&ctx, acc, acc, t[i]);
        sum = ((sum << 5) | (sum >> 59)) + want[i];
    }
    ir_mov(&ctx, g[0], acc);
    ir_exit_tb(&ctx, 0);
    TranslationBlock *tb = gen(0);
    if (tb && (run(tb) != 0 || cpu.r[0] != sum)) {
        fail("pressure", "got %#" PRIx64 " want %#" PRIx64, cpu.r[0], sum);
    }
    report("register_pressure", before);
}

/* Many live globals plus temps, all dirty at the block end. */
static void test_many_globals(void)
{
    int before = failures;
    new_tb(0);
    for (int i = 0; i < NG; i++) {
        cpu.r[i] = i * 3 + 1;
        ir_addi(&ctx, g[i], g[i], i);
    }
    for (int i = 0; i < NG; i++) {
        ir_add(&ctx, g[i], g[i], g[(i + 1) % NG]);
    }
    ir_exit_tb(&ctx, 0);
    uint64_t want[NG];
    for (int i = 0; i < NG; i++) {
        want[i] = cpu.r[i] + i;
    }
    for (int i = 0; i < NG; i++) {
        want[i] += want[(i + 1) % NG];
    }
    TranslationBlock *tb = gen(0);
    if (tb) {
        run(tb);
        for (int i = 0; i < NG; i++) {
            if (cpu.r[i] != want[i]) {
                fail("many_globals", "g%d = %" PRIu64 " want %" PRIu64, i,
                     cpu.r[i], want[i]);
            }
        }
    }
    report("many_globals", before);
}

/* ---- branches ------------------------------------------------------------ */

static void test_branches(void)
{
    int before = failures;
    new_tb(0);
    uint32_t loop = ir_new_label(&ctx), skip = ir_new_label(&ctx);
    uint32_t done = ir_new_label(&ctx);
    IRTempId loc = ir_local(&ctx);
    ir_movi(&ctx, g[0], 0);
    ir_movi(&ctx, loc, 100);
    ir_set_label(&ctx, loop); /* backward target */
    ir_addi(&ctx, g[0], g[0], 1);
    ir_addi(&ctx, loc, loc, 2); /* a LOCAL carried across blocks */
    ir_brcond(&ctx, IR_COND_LTU, g[0], ir_const(&ctx, 10), loop);
    ir_brcond(&ctx, IR_COND_EQ, g[1], ir_const(&ctx, 5), skip); /* forward */
    ir_movi(&ctx, g[2], 111);
    ir_br(&ctx, done);
    ir_set_label(&ctx, skip);
    ir_movi(&ctx, g[2], 222);
    ir_set_label(&ctx, done);
    ir_mov(&ctx, g[3], loc);
    ir_brcond32(&ctx, IR_COND_GT, ir_const(&ctx, 0), g[4], skip);
    ir_exit_tb(&ctx, 0);
    TranslationBlock *tb = gen(0);
    for (int k = 0; tb && k < 2; k++) {
        cpu.r[1] = k ? 5 : 6;
        cpu.r[4] = 0;
        run(tb);
        if (cpu.r[0] != 10 || cpu.r[2] != (k ? 222u : 111u) ||
            cpu.r[3] != 120) {
            fail("branches", "k %d: g0 %" PRIu64 " g2 %" PRIu64 " g3 %" PRIu64,
                 k, cpu.r[0], cpu.r[2], cpu.r[3]);
        }
    }
    report("branches", before);
}

/* ---- helper calls ------------------------------------------------------------ */

static uint64_t helper6(uint64_t a, uint64_t b, uint64_t c, uint64_t d,
                        uint64_t e, uint64_t f)
{
    return a * 1 + b * 3 + c * 5 + d * 7 + e * 11 + f * 13;
}

static uint64_t helper_rw(CPUCommon *env, uint64_t x)
{
    TestCPU *c = (TestCPU *)env;
    uint64_t old = c->r[4];
    c->r[3] = 77 + x;
    return old;
}

static uint64_t helper_perm(uint64_t a, uint64_t b, uint64_t c, uint64_t d,
                            uint64_t e, uint64_t f)
{
    return a ^ (b << 8) ^ (c << 16) ^ (d << 24) ^ (e << 32) ^ (f << 40);
}

static void test_calls(void)
{
    static const IRHelper h6 = IR_HELPER(helper6, IR_HELPER_PURE);
    static const IRHelper hrw = IR_HELPER(helper_rw, 0);
    static const IRHelper hperm = IR_HELPER(helper_perm, IR_HELPER_PURE);
    int before = failures;

    new_tb(0);
    for (int i = 0; i < NG; i++) {
        cpu.r[i] = i + 1;
    }
    IRTempId t[12], r = ir_temp(&ctx), r2 = ir_temp(&ctx);
    for (int i = 0; i < 12; i++) {
        t[i] = ir_temp(&ctx);
        ir_addi(&ctx, t[i], g[i], 100 * i); /* t[i] live across calls */
    }
    ir_call(&ctx, &h6, r, 6, t[0], g[1], ir_const(&ctx, 1000), t[3], g[5],
            ir_const(&ctx, -1));
    ir_addi(&ctx, g[4], g[4], 50); /* dirty global the helper reads */
    ir_call(&ctx, &hrw, r2, 2, IR_ENV, ir_const(&ctx, 3));
    ir_mov(&ctx, g[6], g[3]); /* helper wrote g3 */
    ir_mov(&ctx, g[7], r2);
    ir_mov(&ctx, g[8], r);
    IRTempId sum = ir_temp(&ctx);
    ir_movi(&ctx, sum, 0);
    for (int i = 0; i < 12; i++) {
        ir_add(&ctx, sum, sum, t[i]);
    }
    ir_mov(&ctx, g[9], sum);
    /* Arguments already in argument registers, in a rotated order. */
    IRTempId p = ir_temp(&ctx);
    ir_call(&ctx, &hperm, p, 6, t[5], t[0], t[1], t[2], t[3], t[4]);
    ir_call(&ctx, &hperm, p, 6, p, t[5], t[4], t[3], t[2], t[1]);
    ir_mov(&ctx, g[10], p);
    ir_exit_tb(&ctx, 0);

    uint64_t tv[12], s = 0;
    for (int i = 0; i < 12; i++) {
        tv[i] = (uint64_t)(i + 1) + 100 * i;
        s += tv[i];
    }
    uint64_t want8 = helper6(tv[0], 2, 1000, tv[3], 6, (uint64_t)-1);
    uint64_t p1 = helper_perm(tv[5], tv[0], tv[1], tv[2], tv[3], tv[4]);
    uint64_t want10 = helper_perm(p1, tv[5], tv[4], tv[3], tv[2], tv[1]);
    TranslationBlock *tb = gen(0);
    if (tb) {
        run(tb);
        if (cpu.r[8] != want8 || cpu.r[4] != 55 || cpu.r[7] != 55 ||
            cpu.r[6] != 80 || cpu.r[3] != 80 || cpu.r[9] != s ||
            cpu.r[10] != want10) {
            fail("calls", "g8 %#" PRIx64 "/%#" PRIx64 " g4 %" PRIu64
                          " g7 %" PRIu64 " g6 %" PRIu64 " g9 %" PRIu64
                          "/%" PRIu64 " g10 %#" PRIx64 "/%#" PRIx64,
                 cpu.r[8], want8, cpu.r[4], cpu.r[7], cpu.r[6], cpu.r[9], s,
                 cpu.r[10], want10);
        }
    }
    report("helper_calls", before);
}

/* ---- guest memory ------------------------------------------------------------ */

static uint8_t membuf[4096] __attribute__((aligned(64)));

static void test_ldst_base(uintptr_t base, const char *name)
{
    int before = failures;
    uint64_t addr0 = base ? 0x100 : (uintptr_t)membuf + 0x100;

    guest_base = base;
    for (int i = 0; i < 64; i++) {
        membuf[0x100 + i] = (uint8_t)(0x81 + i * 7);
    }
    for (int mo = 0; mo < 8; mo++) {
        for (int konst = 0; konst < 2; konst++) {
            new_tb(0);
            IRTempId a = konst && base ? ir_const(&ctx, 0x103) : g[1];
            ir_ld(&ctx, g[0], a, (IRMemOp)mo);
            ir_addi(&ctx, g[2], g[1], 32);
            ir_st(&ctx, g[0], g[2], (IRMemOp)(mo & 3));
            ir_exit_tb(&ctx, 0);
            TranslationBlock *tb = gen(0);
            cpu.r[1] = addr0 + 3;
            memset(membuf + 0x120, 0, 16);
            if (!tb) {
                continue;
            }
            run(tb);
            unsigned size = 1u << (mo & 3);
            uint64_t raw = 0;
            memcpy(&raw, membuf + 0x103, size);
            uint64_t want = raw;
            if ((mo & IR_MO_SIGN) && size < 8) {
                int sh = 64 - 8 * size;
                want = (uint64_t)((int64_t)(raw << sh) >> sh);
            }
            uint64_t stored = 0;
            memcpy(&stored, membuf + 0x123, 8);
            uint64_t mask = size == 8 ? ~0ull : (1ull << (8 * size)) - 1;
            if (cpu.r[0] != want || stored != (want & mask)) {
                fail(name, "mo %d const %d: ld %#" PRIx64 " want %#" PRIx64
                           " st %#" PRIx64,
                     mo, konst, cpu.r[0], want, stored);
            }
        }
    }
    /* Stores of constants, all sizes. */
    for (int sz = 0; sz < 4; sz++) {
        new_tb(0);
        ir_st(&ctx, ir_const(&ctx, -3), g[1], (IRMemOp)sz);
        ir_exit_tb(&ctx, 0);
        TranslationBlock *tb = gen(0);
        memset(membuf + 0x100, 0xaa, 16);
        cpu.r[1] = addr0;
        if (tb) {
            run(tb);
            uint64_t v;
            memcpy(&v, membuf + 0x100, 8);
            uint64_t mask = sz == 3 ? ~0ull : (1ull << (8 << sz)) - 1;
            uint64_t want = ((uint64_t)-3 & mask) |
                            (0xaaaaaaaaaaaaaaaaull & ~mask);
            if (v != want) {
                fail(name, "st const size %d: %#" PRIx64, sz, v);
            }
        }
    }
    guest_base = 0;
    report(name, before);
}

static void test_ldst(void)
{
    test_ldst_base((uintptr_t)membuf, "ldst_guest_base");
    test_ldst_base(0, "ldst_no_guest_base");
}

static void test_align(void)
{
    int before = failures;
    guest_base = (uintptr_t)membuf;
    for (volatile int misalign = 0; misalign < 2; misalign++) {
        new_tb(0);
        ir_insn_start(&ctx, 0x4000);
        ir_movi(&ctx, g[5], 99); /* must be stored before the fault */
        ir_ld(&ctx, g[0], g[1], (IRMemOp)(IR_MO_32 | IR_MO_ALIGN));
        ir_st(&ctx, g[0], g[2], (IRMemOp)(IR_MO_64 | IR_MO_ALIGN));
        ir_exit_tb(&ctx, 0);
        TranslationBlock *tb = gen(0);
        cpu.r[1] = 0x200 + (misalign ? 2 : 0);
        cpu.r[2] = 0x300;
        cpu.r[5] = 0;
        memcpy(membuf + 0x200, "\x11\x22\x33\x44\x55\x66", 6);
        cpu.common.exception_index = 0;
        if (!tb) {
            continue;
        }
        if (sigsetjmp(cpu.common.jmp_env, 0) == 0) {
            run(tb);
            if (misalign) {
                fail("align", "misaligned access did not trap");
            } else if (cpu.r[0] != 0x44332211) {
                fail("align", "aligned load gave %#" PRIx64, cpu.r[0]);
            }
        } else if (!misalign) {
            fail("align", "aligned access trapped");
        } else if (cpu.common.exception_index != EXCP_BUS ||
                   cpu.common.fault_addr != 0x202 || cpu.r[5] != 99) {
            fail("align", "excp %d addr %#" PRIx64 " g5 %" PRIu64,
                 cpu.common.exception_index, cpu.common.fault_addr, cpu.r[5]);
        }
    }
    guest_base = 0;
    report("align_trap", before);
}

static void test_env_access(void)
{
    int before = failures;
    new_tb(0);
    IRTempId t = ir_temp(&ctx);
    ir_ld_env(&ctx, t, offsetof(TestCPU, field), (IRMemOp)(IR_MO_16 | IR_MO_SIGN));
    ir_mov(&ctx, g[0], t);
    ir_st_env(&ctx, g[1], offsetof(TestCPU, field) + 4, IR_MO_8);
    ir_st_env(&ctx, ir_const(&ctx, 0x7f), offsetof(TestCPU, field) + 5, IR_MO_8);
    ir_exit_tb(&ctx, 0);
    TranslationBlock *tb = gen(0);
    cpu.field = 0x8001;
    cpu.r[1] = 0x1ab;
    if (tb) {
        run(tb);
        if (cpu.r[0] != 0xffffffffffff8001ull || cpu.field != 0x7fab00008001ull) {
            fail("env_access", "g0 %#" PRIx64 " field %#" PRIx64, cpu.r[0],
                 cpu.field);
        }
    }
    report("env_access", before);
}

/* ---- exits and chaining ------------------------------------------------------ */

static void test_chaining(void)
{
    int before = failures;

    new_tb(1); /* TB2: g0 *= 3, exit 0x1230 */
    ir_muli(&ctx, g[0], g[0], 3);
    ir_exit_tb(&ctx, 0x1230);
    TranslationBlock *tb2 = gen(1);

    new_tb(0); /* TB1: g0 += 1, goto_tb 0, exit tb1|0 */
    ir_insn_start(&ctx, 0x1000);
    ir_addi(&ctx, g[0], g[0], 1);
    ir_insn_start(&ctx, 0x1004);
    ir_goto_tb(&ctx, 0);
    ir_exit_tb(&ctx, (uintptr_t)&tbs[0] | 0);
    TranslationBlock *tb1 = gen(0);
    if (!tb1 || !tb2) {
        return;
    }
    if (tb1->nb_insns != 2 || tb1->insn_pc[1] != 0x1004 ||
        tb1->insn_host_off[0] >= tb1->insn_host_off[1] ||
        tb1->insn_host_off[1] >= tb1->code_size) {
        fail("insn_records", "nb %u", tb1->nb_insns);
    }
    if (tb1->jmp_insn_off[0] == TB_NO_JUMP ||
        tb1->jmp_insn_off[1] != TB_NO_JUMP ||
        ((uintptr_t)tb1->code + tb1->jmp_insn_off[0]) % 4 != 0 ||
        tb1->jmp_reset_off[0] != tb1->jmp_insn_off[0] + 4) {
        fail("goto_tb", "slot offsets %u %u", tb1->jmp_insn_off[0],
             tb1->jmp_reset_off[0]);
    }
    cpu.r[0] = 5;
    uintptr_t ret = run(tb1);
    if (ret != (uintptr_t)&tbs[0] || cpu.r[0] != 6) {
        fail("goto_tb", "unchained ret %#lx g0 %" PRIu64, (unsigned long)ret,
             cpu.r[0]);
    }
    host_backend.patch_jump(tb1, 0, (uintptr_t)tb2->code);
    ret = run(tb1);
    if (ret != 0x1230 || cpu.r[0] != 21) {
        fail("chained", "ret %#lx g0 %" PRIu64, (unsigned long)ret, cpu.r[0]);
    }
    host_backend.patch_jump(tb1, 0, (uintptr_t)tb1->code + tb1->jmp_reset_off[0]);
    ret = run(tb1);
    if (ret != (uintptr_t)&tbs[0] || cpu.r[0] != 22) {
        fail("unchained", "ret %#lx g0 %" PRIu64, (unsigned long)ret, cpu.r[0]);
    }
    /* exit_request: nothing of the TB runs. */
    cpu.common.exit_request = 1;
    ret = run(tb1);
    cpu.common.exit_request = 0;
    if (ret != ((uintptr_t)tb1 | TB_EXIT_REQUESTED) || cpu.r[0] != 22) {
        fail("exit_request", "ret %#lx g0 %" PRIu64, (unsigned long)ret,
             cpu.r[0]);
    }
    report("goto_tb_chaining", before);
    report("exit_request", before);
}

static void test_goto_ptr(void)
{
    int before = failures;

    new_tb(1); /* the target: g0 = 42, exit 0x770 */
    ir_movi(&ctx, g[0], 42);
    ir_exit_tb(&ctx, 0x770);
    TranslationBlock *tb2 = gen(1);
    tb2->pc = 0x8000;
    tb2->flags = 0;

    new_tb(0);
    ir_movi(&ctx, g[1], 9);
    ir_goto_ptr(&ctx);
    TranslationBlock *tb1 = gen(0);
    cpu.common.pc = 0x9000; /* miss */
    cpu.common.tb_flags = 0;
    memset(cpu.common.jmp_cache, 0,
           TB_JMP_CACHE_SIZE * sizeof(TBJumpCacheEntry));
    cpu.r[0] = 0;
    if (run(tb1) != 0 || cpu.r[1] != 9 || cpu.r[0] != 0) {
        fail("goto_ptr", "miss");
    }
    for (unsigned i = 0; i < TB_JMP_CACHE_SIZE; i++) {
        cpu.common.jmp_cache[i] = (TBJumpCacheEntry){ 0x8000, tb2 };
    }
    cpu.common.pc = 0x8000;
    if (run(tb1) != 0x770 || cpu.r[0] != 42) {
        fail("goto_ptr", "hit: g0 %" PRIu64, cpu.r[0]);
    }
    memset(cpu.common.jmp_cache, 0,
           TB_JMP_CACHE_SIZE * sizeof(TBJumpCacheEntry));
    report("goto_ptr", before);
}

static void test_overflow(void)
{
    int before = failures;
    uint8_t *save_end = cb.end, *save_ptr = cb.ptr;

    new_tb(0);
    for (int i = 0; i < 200; i++) {
        ir_addi(&ctx, g[i % NG], g[(i + 3) % NG], i);
    }
    ir_exit_tb(&ctx, 0);
    cb.end = cb.ptr + 300;
    if (host_backend.gen_code(&ctx, &tbs[0], &cb) != -1 ||
        cb.ptr != save_ptr) {
        fail("overflow", "gen_code did not report a full buffer");
    }
    cb.end = save_end;
    report("buffer_overflow", before);
}

static void test_mb(void)
{
    int before = failures;
    new_tb(0);
    ir_mb(&ctx, IR_MB_ALL);
    ir_mb(&ctx, IR_MB_LD_LD);
    ir_movi(&ctx, g[0], 1);
    ir_exit_tb(&ctx, 0);
    TranslationBlock *tb = gen(0);
    if (tb && (run(tb) != 0 || cpu.r[0] != 1)) {
        fail("mb", "bad result");
    }
    report("mb", before);
}

/* ---- self loops (loop_back) ---------------------------------------------------- */

/* Reference for test_loop_back's body. */
static void loop_ref(uint64_t *r, int variant)
{
    do {
        r[1] += r[0];
        r[2] ^= r[1];
        for (int i = 5; i < 12; i++) {
            r[i] += r[i + 1];
        }
        if (variant) {
            r[13] += helper6(r[0], r[1], r[2], r[5], r[6], r[7]);
            r[3] = 77 + r[0];
            r[14] += r[4];
        }
        r[0] -= 1;
    } while (r[0] != 0);
    r[15] = 99;
}

/* A TB that loops on itself: more globals than the backend preloads, read-
 * only and written ones, helpers (one reading and writing the CPU state)
 * in the body, and exit_request seen on entry. */
static void test_loop_back(void)
{
    static const IRHelper h6 = IR_HELPER(helper6, IR_HELPER_PURE);
    static const IRHelper hrw = IR_HELPER(helper_rw, 0);
    int before = failures;

    for (int variant = 0; variant < 2; variant++) {
        uint64_t ref[NG];
        new_tb(0);
        IRTempId r = ir_temp(&ctx);
        ir_add(&ctx, g[1], g[1], g[0]);
        ir_xor(&ctx, g[2], g[2], g[1]);
        for (int i = 5; i < 12; i++) {
            ir_add(&ctx, g[i], g[i], g[i + 1]);
        }
        if (variant) {
            ir_call(&ctx, &h6, r, 6, g[0], g[1], g[2], g[5], g[6], g[7]);
            ir_add(&ctx, g[13], g[13], r);
            ir_call(&ctx, &hrw, r, 2, IR_ENV, g[0]);
            ir_add(&ctx, g[14], g[14], r);
        }
        ir_subi(&ctx, g[0], g[0], 1);
        ir_loop_back(&ctx, IR_COND_NE, g[0], ir_const(&ctx, 0));
        ir_movi(&ctx, g[15], 99);
        ir_exit_tb(&ctx, 0);
        TranslationBlock *tb = gen(0);
        if (!tb) {
            continue;
        }
        for (int i = 0; i < NG; i++) {
            cpu.r[i] = ref[i] = i * 0x9e3779b97f4a7c15ull + 1;
        }
        cpu.r[0] = ref[0] = 500;
        loop_ref(ref, variant);
        checks++;
        run(tb);
        for (int i = 0; i < NG; i++) {
            if (cpu.r[i] != ref[i]) {
                fail("loop_back", "variant %d: g%d %" PRIx64 " want %" PRIx64,
                     variant, i, cpu.r[i], ref[i]);
            }
        }
        /* exit_request at entry: nothing runs, the exit says why. */
        memcpy(ref, cpu.r, sizeof(ref));
        cpu.common.exit_request = 1;
        uintptr_t ret = run(tb);
        cpu.common.exit_request = 0;
        if (ret != ((uintptr_t)tb | TB_EXIT_REQUESTED) ||
            memcmp(ref, cpu.r, sizeof(ref))) {
            fail("loop_back", "variant %d: exit_request not honoured", variant);
        }
    }
    report("loop_back", before);
}

/* ---- side exits (exit_cond) ---------------------------------------------------- */

/* Two side exits, then a goto_tb: each exit leaves the dirty globals in the
 * CPU state, the pc set and its own slot's tag; chaining one side exit
 * jumps straight to the target TB. */
static void test_exit_cond(void)
{
    static const struct {
        uint64_t g0, ret_slot, pc, r0, r1, r2;
    } cases[] = {
        { 4, 0, 0x1000, 5, 10, 0 },    /* first exit: g1 not written yet */
        { 60, 1, 0x2000, 61, 122, 0 }, /* second */
        { 1, 2, 0x3000, 2, 4, 7 },     /* fall through both */
    };
    int before = failures;

    new_tb(1); /* target of slot 1 when chained: g2 = 42 */
    ir_movi(&ctx, g[2], 42);
    ir_exit_tb(&ctx, 0x4444);
    TranslationBlock *tb2 = gen(1);
    new_tb(0);
    ir_addi(&ctx, g[0], g[0], 1);
    ir_exit_cond(&ctx, IR_COND_EQ, g[0], ir_const(&ctx, 5), 0, 0x1000);
    ir_add(&ctx, g[1], g[0], g[0]);
    ir_exit_cond(&ctx, IR_COND_GTU, g[1], ir_const(&ctx, 100), 1, 0x2000);
    ir_movi(&ctx, g[2], 7);
    ir_goto_tb(&ctx, 2);
    ir_movi(&ctx, g[TB_MAX_JUMPS], 0x3000); /* stands in for the pc */
    ir_exit_tb(&ctx, (uintptr_t)&tbs[0] | 2);
    TranslationBlock *tb = gen(0);
    if (!tb || !tb2) {
        return;
    }
    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        cpu.r[0] = cases[k].g0;
        cpu.r[1] = 10;
        cpu.r[2] = 0;
        cpu.common.pc = 0;
        checks++;
        uintptr_t ret = run(tb);
        uint64_t pc = k == 2 ? cpu.r[TB_MAX_JUMPS] : cpu.common.pc;
        if (ret != ((uintptr_t)&tbs[0] | cases[k].ret_slot) ||
            pc != cases[k].pc || cpu.r[0] != cases[k].r0 ||
            cpu.r[1] != cases[k].r1 || cpu.r[2] != cases[k].r2) {
            fail("exit_cond", "case %zu: ret %#lx pc %#" PRIx64 " g0 %" PRIu64
                 " g1 %" PRIu64 " g2 %" PRIu64, k, (unsigned long)ret, pc,
                 cpu.r[0], cpu.r[1], cpu.r[2]);
        }
    }
    if (tb->jmp_insn_off[0] == TB_NO_JUMP || tb->jmp_insn_off[1] == TB_NO_JUMP ||
        tb->jmp_insn_off[2] == TB_NO_JUMP || tb->jmp_insn_off[3] != TB_NO_JUMP) {
        fail("exit_cond", "slots %u %u %u %u", tb->jmp_insn_off[0],
             tb->jmp_insn_off[1], tb->jmp_insn_off[2], tb->jmp_insn_off[3]);
    }
    host_backend.patch_jump(tb, 1, (uintptr_t)tb2->code);
    cpu.r[0] = 60;
    uintptr_t ret = run(tb);
    if (ret != 0x4444 || cpu.r[0] != 61 || cpu.r[1] != 122 || cpu.r[2] != 42) {
        fail("exit_cond", "chained: ret %#lx g0 %" PRIu64 " g2 %" PRIu64,
             (unsigned long)ret, cpu.r[0], cpu.r[2]);
    }
    host_backend.patch_jump(tb, 1, (uintptr_t)tb->code + tb->jmp_reset_off[1]);
    report("exit_cond", before);
}

/* ---- division under register pressure ------------------------------------- */

/* Every register holds a dirty global when an unsigned 64-bit division needs
 * its scratch register: the spill must happen on every path, the x/0 one
 * included (it once sat after the first branch). */
static void test_div_pressure(void)
{
    int before = failures;

    for (int zero = 0; zero < 2; zero++) {
        new_tb(0);
        for (int i = 0; i < 12; i++) {
            ir_addi(&ctx, g[i], g[i], 1);
        }
        ir_divu(&ctx, g[13], g[14], g[15]);
        for (int i = 0; i < 12; i++) {
            ir_addi(&ctx, g[i], g[i], 2);
        }
        ir_exit_tb(&ctx, 0);
        TranslationBlock *tb = gen(0);
        if (!tb) {
            continue;
        }
        for (int i = 0; i < NG; i++) {
            cpu.r[i] = 1000 + i;
        }
        cpu.r[15] = zero ? 0 : 7;
        checks++;
        run(tb);
        uint64_t q = zero ? UINT64_MAX : (1000 + 14) / 7;
        for (int i = 0; i < 12; i++) {
            if (cpu.r[i] != 1000u + i + 3) {
                fail("div_pressure", "x/%s: g%d %" PRIu64, zero ? "0" : "7", i,
                     cpu.r[i]);
            }
        }
        if (cpu.r[13] != q) {
            fail("div_pressure", "quotient %" PRIu64, cpu.r[13]);
        }
    }
    report("div_pressure", before);
}

int main(void)
{
    X86Features host;

    setup();
    host = x86_features;
    printf("host features: bmi1 %d bmi2 %d lzcnt %d popcnt %d\n", host.bmi1,
           host.bmi2, host.lzcnt, host.popcnt);
    test_pure_ops("pure_ops_host_features");
    x86_features = (X86Features){ 0 };
    test_pure_ops("pure_ops_baseline");
    x86_features = host;
    test_movi();
    test_pressure();
    test_many_globals();
    test_branches();
    test_calls();
    test_ldst();
    test_align();
    test_env_access();
    test_chaining();
    test_goto_ptr();
    test_overflow();
    test_mb();
    test_loop_back();
    test_exit_cond();
    test_div_pressure();
    printf("%s backend-ops: %d op checks, %d failures\n",
           failures ? "FAIL" : "PASS", checks, failures);
    return failures != 0;
}
