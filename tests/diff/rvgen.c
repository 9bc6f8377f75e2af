/*
 * rvgen — seeded random riscv64 test-case generator for differential testing.
 *
 *   rvgen SEED NCASES > cases.S
 *
 * Writes an assembly file (RV64GC + Zba/Zbb/Zbs) that, linked with
 * harness.c, runs NCASES cases. Each case is a function rv_case_N(out) that
 *   1. saves the callee-saved state and loads every integer register except
 *      sp/gp/tp, all 32 FP registers and fcsr from a table of edge-biased
 *      random values (.Ltab_N);
 *   2. runs a straight-line random sequence: ALU, immediates, shifts,
 *      mul/div/rem, loads/stores off two base registers that point into the
 *      harness's scratch buffer (never written by the sequence, offsets
 *      always in bounds and aligned), AMOs and LR/SC pairs on aligned scratch
 *      addresses, forward-only branches and jumps, every F/D operation in
 *      every static rounding mode and dyn, fcsr accesses;
 *   3. stores x1..x31, f0..f31 and fcsr into out[].
 * The harness prints them and a checksum of the scratch buffer. The same
 * seed always gives the same file; "# case N begin/end" comments delimit
 * each case so run-diff.sh can show the listing of a failing one.
 *
 * Invariants that keep both emulators running to the end: nothing jumps
 * backwards or out of the case, every memory access is in the scratch buffer
 * and naturally aligned, frm is only ever set to 0..4 (so "dyn" is legal).
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen-rng.h"

#define SCRATCH_SIZE 4096 /* must match harness.c */
#define FRAME 736 /* 65 dumped + out ptr + 13 int + 12 fp saves, 16-aligned */


/* ---- edge-biased values ------------------------------------------------- */

static const uint64_t int_edges[] = {
    0,
    1,
    2,
    -1ULL,
    -2ULL,
    0x7fffffffffffffffULL,
    0x8000000000000000ULL,
    0x7fffffff,
    0x80000000,
    0xffffffff,
    0xffffffff80000000ULL,
    0x00000000ffff0000ULL,
    0x8000,
    0xffff,
    0x7f,
    0x80,
    0xff,
    0x0123456789abcdefULL,
    0xfedcba9876543210ULL,
    63,
    64,
    31,
    32,
};

static uint64_t rand_int(void)
{
    switch (rn(8)) {
    case 0:
    case 1:
    case 2:
        return int_edges[rn(sizeof(int_edges) / sizeof(int_edges[0]))];
    case 3:
        return (uint64_t)(int64_t)(int8_t)rnd();
    case 4:
        return (uint64_t)(int64_t)(int32_t)rnd();
    case 5:
        return rnd() & 0xffffffff;
    case 6:
        return 1ULL << rn(64);
    default:
        return rnd();
    }
}

static const uint64_t dbl_edges[] = {
    0x0000000000000000ULL, /* +0 */
    0x8000000000000000ULL, /* -0 */
    0x3ff0000000000000ULL, /* 1 */
    0xbff0000000000000ULL, /* -1 */
    0x3fe0000000000000ULL, /* 0.5 */
    0x4000000000000000ULL, /* 2 */
    0x7ff0000000000000ULL, /* +inf */
    0xfff0000000000000ULL, /* -inf */
    0x7ff8000000000000ULL, /* canonical qNaN */
    0x7ff4000000000000ULL, /* sNaN */
    0xfff8000000000001ULL, /* -qNaN with payload */
    0x0000000000000001ULL, /* min subnormal */
    0x000fffffffffffffULL, /* max subnormal */
    0x0010000000000000ULL, /* min normal */
    0x7fefffffffffffffULL, /* max */
    0x43e0000000000000ULL, /* 2^63 */
    0xc3e0000000000000ULL, /* -2^63 */
    0x41dfffffffc00000ULL, /* 2^31-1 */
    0x41e0000000000000ULL, /* 2^31 */
    0x41f0000000000000ULL, /* 2^32 */
    0x43f0000000000000ULL, /* 2^64 */
    0x3ff8000000000000ULL, /* 1.5 */
    0x4004000000000000ULL, /* 2.5 */
    0xc004000000000000ULL, /* -2.5 */
    0x3fb999999999999aULL, /* 0.1 */
    0x3ff0000000000001ULL, /* 1 + ulp */
};

static const uint32_t flt_edges[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x3f000000, 0x40000000,
    0x7f800000, 0xff800000, 0x7fc00000, 0x7fa00000, 0xffc00001, 0x00000001,
    0x007fffff, 0x00800000, 0x7f7fffff, 0x5f000000, 0xdf000000, 0x4f000000,
    0xcf000000, 0x4f800000, 0x5f800000, 0x3fc00000, 0x40200000, 0xc0200000,
    0x3dcccccd, 0x3f800001, 0x4effffff,
};

static uint64_t rand_dbl(void)
{
    switch (rn(6)) {
    case 0:
    case 1:
    case 2:
        return dbl_edges[rn(sizeof(dbl_edges) / sizeof(dbl_edges[0]))];
    case 3: /* a modest number with random mantissa */
        return ((uint64_t)(1023 - 40 + rn(80)) << 52) | (rnd() >> 12) |
               ((uint64_t)rn(2) << 63);
    case 4: /* small integer */
    {
        double d = (double)((int)rn(2001) - 1000);
        uint64_t u;
        memcpy(&u, &d, 8);
        return u;
    }
    default:
        return rnd();
    }
}

static uint32_t rand_flt(void)
{
    switch (rn(6)) {
    case 0:
    case 1:
    case 2:
        return flt_edges[rn(sizeof(flt_edges) / sizeof(flt_edges[0]))];
    case 3:
        return ((uint32_t)(127 - 30 + rn(60)) << 23) | (uint32_t)(rnd() >> 41) |
               ((uint32_t)rn(2) << 31);
    case 4: {
        float f = (float)((int)rn(2001) - 1000);
        uint32_t u;
        memcpy(&u, &f, 4);
        return u;
    }
    default:
        return (uint32_t)rnd();
    }
}

static uint64_t rand_fpreg(void)
{
    unsigned k = rn(100);
    if (k < 45) {
        return rand_dbl();
    }
    if (k < 95) {
        return 0xffffffff00000000ULL | rand_flt(); /* NaN-boxed single */
    }
    return rnd(); /* improperly boxed: reads as the canonical NaN */
}

/* ---- registers ---------------------------------------------------------- */

static int base1, base2; /* scratch+0 and scratch+2048; never written */

static int writable(int r)
{
    return r != 2 && r != 3 && r != 4 && r != base1 && r != base2;
}

/* A destination: x0 sometimes, x8-x15 often (compressible), never
 * sp/gp/tp/bases. */
static int rd_int(void)
{
    int r;
    if (chance(3)) {
        return 0;
    }
    do {
        r = chance(40) ? 8 + rn(8) : 1 + rn(31);
    } while (!writable(r));
    return r;
}

/* A source: any register, including x0, sp/gp/tp excluded (stack-dependent). */
static int rs_int(void)
{
    int r;
    do {
        r = chance(40) ? 8 + rn(8) : rn(32);
    } while (r == 2 || r == 3 || r == 4);
    return r;
}

static int rfp(void)
{
    return chance(40) ? 8 + rn(8) : rn(32);
}

static const char *const rms[] = {"rne", "rtz", "rdn", "rup", "rmm", "dyn"};

static const char *rm(void)
{
    return rms[rn(6)];
}

/* ---- output ------------------------------------------------------------- */

/* Items are collected per case so forward branch labels can be placed after
 * a later item; each item is one or more complete lines. */
#define MAX_ITEMS 256
static char items[MAX_ITEMS][256];
static int nitems;
static int
    label_at[MAX_ITEMS + 8]; /* label ids placed before item i, -1 none */
static int case_no, label_no;

static void item(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(items[nitems], sizeof(items[0]), fmt, ap);
    va_end(ap);
    nitems++;
}

/* ---- instruction classes ------------------------------------------------ */

static const char *const alu_rr[] = {
    "add",    "sub",       "sll",       "slt",       "sltu",   "xor",
    "srl",    "sra",       "or",        "and",       "addw",   "subw",
    "sllw",   "srlw",      "sraw",      "sh1add",    "sh2add", "sh3add",
    "add.uw", "sh1add.uw", "sh2add.uw", "sh3add.uw", "andn",   "orn",
    "xnor",   "max",       "maxu",      "min",       "minu",   "rol",
    "rolw",   "ror",       "rorw",      "bclr",      "bext",   "binv",
    "bset",
};
static const char *const muldiv[] = {
    "mul",  "mulh", "mulhsu", "mulhu", "div",  "divu",  "rem",
    "remu", "mulw", "divw",   "divuw", "remw", "remuw",
};
/* No ctzw: qemu-riscv64 7.2, the oracle, returns 63 for ctzw of a value with
 * bit 63 set and the low 32 bits clear (tests/guest/riscv64/bitmanip.c covers
 * it). */
static const char *const alu_r1[] = {
    "clz",    "clzw",   "ctz",    "cpop",  "cpopw",
    "sext.b", "sext.h", "zext.h", "orc.b", "rev8",
};

static void gen_alu(void)
{
    int rd = rd_int();
    int rs1 =
        chance(50) && rd ? rd : rs_int(); /* rd == rs1 favours compression */
    int sh;

    switch (rn(8)) {
    case 0:
    case 1:
        item("%s x%d, x%d, x%d", alu_rr[rn(sizeof(alu_rr) / sizeof(alu_rr[0]))],
             rd, rs1, rs_int());
        break;
    case 2:
        item("%s x%d, x%d, x%d", muldiv[rn(sizeof(muldiv) / sizeof(muldiv[0]))],
             rd, rs1, rs_int());
        break;
    case 3:
        item("%s x%d, x%d", alu_r1[rn(sizeof(alu_r1) / sizeof(alu_r1[0]))], rd,
             rs1);
        break;
    case 4: {
        static const char *const ops[] = {"addi", "slti", "sltiu", "xori",
                                          "ori",  "andi", "addiw"};
        int imm = chance(50) ? (int)rn(64) - 32 : (int)rn(4096) - 2048;
        item("%s x%d, x%d, %d", ops[rn(7)], rd, rs1, imm);
        break;
    }
    case 5: {
        static const char *const ops[] = {"slli",  "srli",  "srai",
                                          "rori",  "bclri", "bexti",
                                          "binvi", "bseti", "slli.uw"};
        static const char *const opsw[] = {"slliw", "srliw", "sraiw", "roriw"};
        if (chance(30)) {
            item("%s x%d, x%d, %u", opsw[rn(4)], rd, rs1, rn(32));
        } else {
            sh = chance(20) ? (int)(chance(50) ? 63 : 0) : (int)rn(64);
            item("%s x%d, x%d, %d", ops[rn(9)], rd, rs1, sh);
        }
        break;
    }
    case 6:
        if (chance(50)) {
            item("lui x%d, 0x%x", rd,
                 chance(30) ? (unsigned)rn(32) : (unsigned)rn(1 << 20));
        } else if (chance(50)) {
            item("auipc x%d, 0x%x", rd, (unsigned)rn(1 << 20));
        } else {
            item("li x%d, %d", rd, (int)rn(64) - 32); /* c.li */
        }
        break;
    default:
        item("mv x%d, x%d", rd, rs_int()); /* c.mv */
        break;
    }
}

static void gen_mem(void)
{
    static const struct {
        const char *op;
        int size, store, fp;
    } ops[] = {
        {"lb", 1, 0, 0},  {"lbu", 1, 0, 0}, {"lh", 2, 0, 0},  {"lhu", 2, 0, 0},
        {"lw", 4, 0, 0},  {"lwu", 4, 0, 0}, {"ld", 8, 0, 0},  {"sb", 1, 1, 0},
        {"sh", 2, 1, 0},  {"sw", 4, 1, 0},  {"sd", 8, 1, 0},  {"flw", 4, 0, 1},
        {"fld", 8, 0, 1}, {"fsw", 4, 1, 1}, {"fsd", 8, 1, 1},
    };
    int k = rn(sizeof(ops) / sizeof(ops[0]));
    int sz = ops[k].size, base, off;

    if (chance(60)) { /* base1 = scratch, small offsets compress */
        base = base1;
        off = chance(60) ? (int)rn(256 / sz) * sz : (int)rn(2048 / sz) * sz;
    } else { /* base2 = scratch + 2048, negative offsets too */
        base = base2;
        off = (int)rn(4096 / sz) * sz - 2048;
    }
    if (ops[k].fp) {
        item("%s f%d, %d(x%d)", ops[k].op, rfp(), off, base);
    } else {
        item("%s x%d, %d(x%d)", ops[k].op, ops[k].store ? rs_int() : rd_int(),
             off, base);
    }
}

/* An aligned scratch address in a fresh register, then the AMO or an LR/SC
 * pair. */
static void gen_atomic(void)
{
    static const char *const amos[] = {"amoswap", "amoadd",  "amoxor",
                                       "amoand",  "amoor",   "amomin",
                                       "amomax",  "amominu", "amomaxu"};
    static const char *const ord[] = {"", ".aq", ".rl", ".aqrl"};
    int d = chance(50);
    int sz = d ? 8 : 4;
    int a, rd, v, off = (int)rn(2048 / sz) * sz;

    do {
        a = rd_int();
    } while (a == 0);
    if (chance(75)) {
        rd = rd_int();
        item("addi x%d, x%d, %d\n\t%s.%s%s x%d, x%d, (x%d)", a, base1, off,
             amos[rn(9)], d ? "d" : "w", ord[rn(4)], rd, rs_int(), a);
    } else {
        /* lr then sc to the same address with only ALU work between: succeeds
         * on every sane implementation, so the result register is comparable.
         */
        do {
            rd = rd_int();
        } while (rd == a);
        do {
            v = rd_int();
        } while (v == a);
        item("addi x%d, x%d, %d\n\tlr.%s%s x%d, (x%d)\n\taddi x%d, x%d, "
             "%d\n\tsc.%s%s x%d, x%d, (x%d)",
             a, base1, off, d ? "d" : "w", ord[rn(4)], rd, a, v, rd,
             (int)rn(64) - 32, d ? "d" : "w", ord[rn(4)], v, v, a);
    }
}

static void gen_branch(int remaining)
{
    static const char *const br[] = {"beq", "bne",  "blt",
                                     "bge", "bltu", "bgeu"};
    int skip = 1 + rn(4);
    int at, l;

    if (skip > remaining) {
        skip = remaining;
    }
    at = nitems + 1 + skip;
    l = label_at[at] >= 0 ? label_at[at] : label_no++;
    switch (rn(6)) {
    case 0:
        item("jal x%d, .Lc%d_%d", chance(50) ? 0 : rd_int(), case_no,
             l); /* c.j when x0 */
        break;
    case 1:
        item("beqz x%d, .Lc%d_%d", 8 + rn(8), case_no, l); /* c.beqz */
        break;
    case 2: {
        int t;
        do {
            t = rd_int();
        } while (t == 0);
        item("lla x%d, .Lc%d_%d\n\tjalr x%d, 0(x%d)", t, case_no, l,
             chance(50) ? 0 : rd_int(), t);
        break;
    }
    default:
        item("%s x%d, x%d, .Lc%d_%d", br[rn(6)], rs_int(), rs_int(), case_no,
             l);
        break;
    }
    label_at[at] = l;
}

static void gen_fp(void)
{
    const char *p = chance(50) ? "s" : "d";
    int fd = rfp(), fs1 = chance(40) ? fd : rfp(), fs2 = rfp();

    switch (rn(12)) {
    case 0:
    case 1: {
        static const char *const ops[] = {"fadd", "fsub", "fmul", "fdiv"};
        item("%s.%s f%d, f%d, f%d, %s", ops[rn(4)], p, fd, fs1, fs2, rm());
        break;
    }
    case 2:
        item("fsqrt.%s f%d, f%d, %s", p, fd, fs1, rm());
        break;
    case 3: {
        static const char *const ops[] = {"fmadd", "fmsub", "fnmsub", "fnmadd"};
        item("%s.%s f%d, f%d, f%d, f%d, %s", ops[rn(4)], p, fd, fs1, fs2, rfp(),
             rm());
        break;
    }
    case 4: {
        static const char *const ops[] = {"fsgnj", "fsgnjn", "fsgnjx", "fmin",
                                          "fmax"};
        item("%s.%s f%d, f%d, f%d", ops[rn(5)], p, fd, fs1, fs2);
        break;
    }
    case 5: {
        static const char *const ops[] = {"feq", "flt", "fle"};
        item("%s.%s x%d, f%d, f%d", ops[rn(3)], p, rd_int(), fs1, fs2);
        break;
    }
    case 6:
        item("fclass.%s x%d, f%d", p, rd_int(), fs1);
        break;
    case 7: {
        static const char *const it[] = {"w", "wu", "l", "lu"};
        item("fcvt.%s.%s x%d, f%d, %s", it[rn(4)], p, rd_int(), fs1, rm());
        break;
    }
    case 8: {
        static const char *const it[] = {"w", "wu", "l", "lu"};
        const char *t = it[rn(4)];
        if (p[0] == 'd' && t[0] == 'w') { /* exact: no rounding-mode operand */
            item("fcvt.d.%s f%d, x%d", t, fd, rs_int());
        } else {
            item("fcvt.%s.%s f%d, x%d, %s", p, t, fd, rs_int(), rm());
        }
        break;
    }
    case 9:
        if (chance(50)) {
            item("fcvt.s.d f%d, f%d, %s", fd, fs1, rm());
        } else {
            item("fcvt.d.s f%d, f%d", fd, fs1);
        }
        break;
    case 10:
        switch (rn(4)) {
        case 0:
            item("fmv.x.w x%d, f%d", rd_int(), fs1);
            break;
        case 1:
            item("fmv.x.d x%d, f%d", rd_int(), fs1);
            break;
        case 2:
            item("fmv.w.x f%d, x%d", fd, rs_int());
            break;
        default:
            item("fmv.d.x f%d, x%d", fd, rs_int());
            break;
        }
        break;
    default:
        switch (rn(6)) {
        case 0:
            item("frflags x%d", rd_int());
            break;
        case 1:
            item("fsflags x%d, x%d", rd_int(),
                 rs_int()); /* only the low 5 bits count */
            break;
        case 2:
            item("fsflagsi x%d, %u", rd_int(), rn(32));
            break;
        case 3:
            item("frrm x%d", rd_int());
            break;
        case 4:
            item("fsrmi x%d, %u", rd_int(),
                 rn(5)); /* 5..7 would make dyn illegal */
            break;
        default:
            item("frcsr x%d", rd_int());
            break;
        }
        break;
    }
}

/* ---- one case ----------------------------------------------------------- */

static void gen_case(int n)
{
    int len = 30 + rn(31), i;

    case_no = n;
    nitems = 0;
    for (i = 0; i < MAX_ITEMS + 8; i++) {
        label_at[i] = -1;
    }
    base1 = 8 + rn(8); /* compressible loads/stores need x8..x15 */
    do {
        base2 = 5 + rn(27);
    } while (base2 == base1);

    for (i = 0; i < len; i++) {
        unsigned k = rn(100);
        if (k < 35) {
            gen_alu();
        } else if (k < 50) {
            gen_mem();
        } else if (k < 56) {
            gen_atomic();
        } else if (k < 62 && i < len - 1) {
            gen_branch(len - 1 - i);
        } else if (k < 64) {
            item(chance(50) ? "fence" : "fence rw, rw");
        } else {
            gen_fp();
        }
    }

    /* Initial state table: x1..x31 (x2..x4 unused), f0..f31, fcsr. */
    printf("\t.section .rodata\n\t.balign 8\n.Ltab_%d:\n", n);
    for (i = 1; i < 32; i++) {
        if (i == base1) {
            printf("\t.quad rv_scratch\n");
        } else if (i == base2) {
            printf("\t.quad rv_scratch + 2048\n");
        } else {
            printf("\t.quad 0x%016" PRIx64 "\n", rand_int());
        }
    }
    for (i = 0; i < 32; i++) {
        printf("\t.quad 0x%016" PRIx64 "\n", rand_fpreg());
    }
    printf("\t.quad 0x%x\n", (rn(5) << 5) | rn(32));

    printf("\t.text\n\t.globl rv_case_%d\n\t.balign 4\nrv_case_%d:\n", n, n);
    printf("\tlla x31, .Ltab_%d\n\tld x5, %d(x31)\n\tfscsr x5\n", n, 63 * 8);
    for (i = 0; i < 32; i++) {
        printf("\tfld f%d, %d(x31)\n", i, (31 + i) * 8);
    }
    for (i = 1; i < 32; i++) {
        if (i != 2 && i != 3 && i != 4) {
            printf("\tld x%d, %d(x31)\n", i, (i - 1) * 8);
        }
    }
    printf("# case %d begin (base1 x%d = scratch, base2 x%d = scratch+2048)\n",
           n, base1, base2);
    for (i = 0; i < nitems; i++) {
        if (label_at[i] >= 0) {
            printf(".Lc%d_%d:\n", n, label_at[i]);
        }
        printf("\t%s\n", items[i]);
    }
    for (; i < MAX_ITEMS + 8; i++) {
        if (label_at[i] >= 0) {
            printf(".Lc%d_%d:\n", n, label_at[i]);
        }
    }
    printf("# case %d end\n", n);
    printf("\tj rv_leave\n");
}

/*
 * rv_run(fn, out), called from C: saves the callee-saved state in a frame
 * and jumps to the case, which ends with "j rv_leave". rv_leave dumps the
 * state into the frame, copies it to out and returns to C. sp stays valid
 * throughout because no case writes sp. gp and tp are not dumped: tp points
 * at TLS that libc placed with brk, which may differ between emulators.
 *
 * frame: 0..247 x1..x31, 256..511 f0..f31, 512 fcsr, 520 out,
 *        528 ra, 536.. s0-s11, 632.. fs0-fs11
 */
static void gen_common(int ncases)
{
    int i;

    printf("\t.text\n\t.balign 4\n\t.globl rv_run\nrv_run:\n");
    printf("\taddi sp, sp, -%d\n\tsd a1, 520(sp)\n\tsd ra, 528(sp)\n", FRAME);
    for (i = 0; i < 12; i++) {
        printf("\tsd s%d, %d(sp)\n", i, 536 + 8 * i);
    }
    for (i = 0; i < 12; i++) {
        printf("\tfsd fs%d, %d(sp)\n", i, 632 + 8 * i);
    }
    printf("\tjr a0\n");

    printf("rv_leave:\n");
    for (i = 1; i < 32; i++) {
        if (i == 2 || i == 3 || i == 4) {
            printf("\tsd x0, %d(sp)\n", (i - 1) * 8);
        } else {
            printf("\tsd x%d, %d(sp)\n", i, (i - 1) * 8);
        }
    }
    for (i = 0; i < 32; i++) {
        printf("\tfsd f%d, %d(sp)\n", i, 256 + 8 * i);
    }
    printf("\tfrcsr t0\n\tsd t0, 512(sp)\n\tfscsr x0\n\tld a0, 520(sp)\n");
    printf("\tmv t1, sp\n\taddi t2, sp, 520\n");
    printf(
        "1:\tld t0, 0(t1)\n\tsd t0, 0(a0)\n\taddi t1, t1, 8\n\taddi a0, a0, 8\n"
        "\tbltu t1, t2, 1b\n");
    printf("\tld ra, 528(sp)\n");
    for (i = 0; i < 12; i++) {
        printf("\tld s%d, %d(sp)\n", i, 536 + 8 * i);
    }
    for (i = 0; i < 12; i++) {
        printf("\tfld fs%d, %d(sp)\n", i, 632 + 8 * i);
    }
    printf("\taddi sp, sp, %d\n\tret\n", FRAME);

    printf("\t.section .rodata\n\t.balign 8\n\t.globl rv_cases\nrv_cases:\n");
    for (i = 0; i < ncases; i++) {
        printf("\t.quad rv_case_%d\n", i);
    }
    printf("\t.globl rv_ncases\nrv_ncases:\n\t.word %d\n", ncases);
}

int main(int argc, char **argv)
{
    uint64_t seed;
    int ncases, i;

    if (argc != 3) {
        fprintf(stderr, "usage: rvgen SEED NCASES > cases.S\n");
        return 1;
    }
    seed = strtoull(argv[1], NULL, 0);
    ncases = atoi(argv[2]);
    rng_seed(seed, 0);
    printf("# generated by tests/diff/rvgen %" PRIu64 " %d\n", seed, ncases);
    printf("\t.option norelax\n");
    gen_common(ncases);
    for (i = 0; i < ncases; i++) {
        gen_case(i);
    }
    return 0;
}
