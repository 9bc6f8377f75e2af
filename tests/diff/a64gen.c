/*
 * a64gen — seeded random A64 test-case generator for differential testing.
 *
 *   a64gen SEED NCASES [CLASSES [CASE ITEMS]] > cases.S
 *
 * CLASSES is a comma list of int, mem, fp, simd, simdfp (default: all of
 * these); not in the default: fault (end most cases with a deliberate
 * fault to check the signal and the state in its context) and sp (blocks
 * that move sp into the scratch buffer, use it as a base, and restore it).
 * With CASE ITEMS, case CASE keeps only its first ITEMS items (everything
 * else is generated but not written): run-diff-a64.sh bisects a mismatch
 * with it. Items are numbered by "# item K" comments.
 * Writes an assembly file (armv8-a + crc + lse + rcpc) that, linked with
 * harness-a64.c, runs NCASES cases. Each case is a function a64_case_N that
 *   1. loads x0..x28, NZCV, FPCR (rounding mode, FZ, DN, AHP), FPSR and
 *      v0..v31 from a table of edge-biased random values (.Ltab_N);
 *   2. runs a straight-line random sequence from the enabled classes, with
 *      deliberate forward skips (B.cond, CBZ, TBZ) as the only branches;
 *   3. ends with "b a64_leave", which stores the state into out[].
 * The same seed always gives the same file; a64_body_N / a64_end_N symbols
 * and "# case N begin/end" comments delimit each case's body so
 * run-diff-a64.sh can show its listing.
 *
 * Invariants that keep both emulators running to the end and the results
 * comparable: x29 and x30 are never read or written by a case body (x30
 * holds the table pointer on entry), nor is sp outside the opt-in sp
 * blocks, which restore it and never let its real (stack) value reach a
 * register or memory that is compared; two base registers point at the
 * scratch buffer and at scratch+2048 and are never written; every memory
 * access is inside the buffer (exclusives and atomics naturally aligned)
 * unless it is a deliberate fault; no instruction is unallocated,
 * UNPREDICTABLE or outside the features mimic advertises (fp asimd crc32
 * atomics lrcpc; HINT-space instructions are NOPs without the feature);
 * system registers touched: NZCV, FPCR and FPSR (architected bits only),
 * TPIDR_EL0 (written before it is read), and EL0 cache maintenance.
 *
 * Validate a generator change against the oracle alone: run-diff-a64.sh
 * with MIMIC set to a wrapper script that runs qemu-aarch64 -E PAD=<a long
 * string> "$@" (the stack moves, so a leaked stack address is a mismatch),
 * and every generated instruction must assemble.
 *
 * Instruction templates use %-placeholders expanded by expand(): see there.
 * A64GEN_EXCLUDE=REGEX (extended) skips template instructions whose text
 * matches, e.g. to look past a known bug.
 */
#include <inttypes.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen-rng.h"

#define SCRATCH_SIZE 4096 /* must match harness-a64.c */

enum {
    C_INT = 1,
    C_MEM = 2,
    C_FP = 4,
    C_SIMD = 8,
    C_SIMDFP = 16,
    C_ALL = 31,   /* the default: everything but deliberate faults */
    C_FAULT = 32, /* end some cases with a faulting instruction */
    C_SP = 64,    /* sp-relative blocks (sp moved into scratch and back) */
};
static unsigned classes = C_ALL;
static int use_v; /* any FP/SIMD state in play */


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
    0xffffffff7fffffffULL,
    0x00000000ffff0000ULL,
    0x8000,
    0xffff,
    0x7fff,
    0x7f,
    0x80,
    0xff,
    0x0123456789abcdefULL,
    0xfedcba9876543210ULL,
    63,
    64,
    31,
    32,
    33,
};

static uint64_t rand_int(void)
{
    switch (rn(9)) {
    case 0:
    case 1:
    case 2:
        return int_edges[rn(NELEM(int_edges))];
    case 3:
        return (uint64_t)(int64_t)(int8_t)rnd();
    case 4:
        return (uint64_t)(int64_t)(int32_t)rnd();
    case 5:
        return rnd() & 0xffffffff;
    case 6:
        return 1ULL << rn(64);
    case 7:
        return rn(70);
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
    0x7ff8000000000000ULL, /* default NaN */
    0x7ff4000000000000ULL, /* sNaN */
    0xfff8000000000001ULL, /* -qNaN with payload */
    0x7ff0000000000001ULL, /* sNaN, low payload */
    0x0000000000000001ULL, /* min subnormal */
    0x800fffffffffffffULL, /* -max subnormal */
    0x0010000000000000ULL, /* min normal */
    0x7fefffffffffffffULL, /* max */
    0x43e0000000000000ULL, /* 2^63 */
    0xc3e0000000000000ULL, /* -2^63 */
    0x41dfffffffc00000ULL, /* 2^31-1 */
    0x41e0000000000000ULL, /* 2^31 */
    0xc1e0000000000000ULL, /* -2^31 */
    0x41f0000000000000ULL, /* 2^32 */
    0x43f0000000000000ULL, /* 2^64 */
    0x3ff8000000000000ULL, /* 1.5 */
    0x4004000000000000ULL, /* 2.5 */
    0xc004000000000000ULL, /* -2.5 */
    0x3fb999999999999aULL, /* 0.1 */
    0x3ff0000000000001ULL, /* 1 + ulp */
    0x380fffffe0000000ULL, /* just below float min normal */
    0x47efffffe0000000ULL, /* float max */
};

static const uint32_t flt_edges[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x3f000000, 0x40000000,
    0x7f800000, 0xff800000, 0x7fc00000, 0x7fa00000, 0xffc00001, 0x7f800001,
    0x00000001, 0x807fffff, 0x00800000, 0x7f7fffff, 0x5f000000, 0xdf000000,
    0x4f000000, 0xcf000000, 0x4f800000, 0x5f800000, 0x3fc00000, 0x40200000,
    0xc0200000, 0x3dcccccd, 0x3f800001, 0x4effffff, 0x477fe000, 0x38800000,
    0x33800000, 0x3effffff,
};

static const uint16_t half_edges[] = {
    0x0000, 0x8000, 0x3c00, 0xbc00, 0x7c00, 0xfc00, 0x7e00, 0x7d00,
    0x0001, 0x03ff, 0x0400, 0x7bff, 0x3555, 0xc500,
};

static uint64_t rand_dbl(void)
{
    switch (rn(6)) {
    case 0:
    case 1:
    case 2:
        return dbl_edges[rn(NELEM(dbl_edges))];
    case 3: /* a modest number with random mantissa */
        return ((uint64_t)(1023 - 40 + rn(80)) << 52) | (rnd() >> 12) |
               ((uint64_t)rn(2) << 63);
    case 4: { /* small integer or half-integer */
        double d = (double)((int)rn(2001) - 1000) / (chance(30) ? 2 : 1);
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
        return flt_edges[rn(NELEM(flt_edges))];
    case 3:
        return ((uint32_t)(127 - 30 + rn(60)) << 23) |
               (uint32_t)(rnd() >> 41) | ((uint32_t)rn(2) << 31);
    case 4: {
        float f = (float)((int)rn(2001) - 1000) / (chance(30) ? 2 : 1);
        uint32_t u;
        memcpy(&u, &f, 4);
        return u;
    }
    default:
        return (uint32_t)rnd();
    }
}

static uint64_t rand_half4(void)
{
    uint64_t v = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t h = chance(50) ? half_edges[rn(NELEM(half_edges))]
                                : (uint16_t)rnd();
        v |= h << (16 * i);
    }
    return v;
}

/* One 64-bit half of a V register: lanes of one kind. */
static uint64_t rand_vhalf(void)
{
    switch (rn(8)) {
    case 0:
    case 1:
        return rand_dbl();
    case 2:
    case 3:
        return ((uint64_t)rand_flt() << 32) | rand_flt();
    case 4:
        return rand_int();
    case 5:
        return rand_half4();
    case 6: { /* small lanes: good for shifts, TBL indexes, saturation */
        uint64_t v = 0;
        for (int i = 0; i < 8; i++) {
            static const uint8_t b[] = {0, 1, 2, 7, 8, 0x7f, 0x80, 0xff,
                                        0xfe, 0xf8, 0x10, 0x1f};
            v |= (uint64_t)(chance(50) ? b[rn(NELEM(b))] : rn(64)) << (8 * i);
        }
        return v;
    }
    default:
        return rnd();
    }
}

/* ---- registers ---------------------------------------------------------- */

static int base1, base2; /* scratch+0 and scratch+2048; never written */

static int writable(int r)
{
    return r >= 0 && r <= 28 && r != base1 && r != base2;
}

/* A destination x0..x28 other than the bases. */
static int rd_int(void)
{
    int r;
    do {
        r = chance(30) ? rn(8) : rn(29);
    } while (!writable(r));
    return r;
}

/* A destination distinct from up to three others (-1 = unused). */
static int rd_int_not(int a, int b, int c)
{
    int r;
    do {
        r = rd_int();
    } while (r == a || r == b || r == c);
    return r;
}

/* A source: x0..x28, or 31 (zr) where zr is allowed. */
static int rs_int(int zr_ok)
{
    if (zr_ok && chance(5)) {
        return 31;
    }
    return chance(30) ? rn(8) : rn(29);
}

static void regname(char *buf, int r, int x)
{
    if (r == 31) {
        strcpy(buf, x ? "xzr" : "wzr");
    } else {
        sprintf(buf, "%c%d", x ? 'x' : 'w', r);
    }
}

static int rv(void)
{
    return chance(30) ? rn(8) : rn(32);
}

static const char *const conds[] = {"eq", "ne", "cs", "cc", "mi", "pl",
                                    "vs", "vc", "hi", "ls", "ge", "lt",
                                    "gt", "le", "al", "nv"};

/* ---- output ------------------------------------------------------------- */

/* Items are collected per case so forward-skip labels can be placed after
 * a later item; each item is one or more complete lines. */
#define MAX_ITEMS 256
#define ITEM_LEN 512
static char items[MAX_ITEMS][ITEM_LEN];
static int nitems;
static int label_at[MAX_ITEMS + 8]; /* label id placed before item i, -1 */
static int case_no, label_no;
static int trunc_case = -1, trunc_len; /* keep only this many items */

/* Set by an item that sets up an address: the next item is appended to it,
 * so a forward skip can never land between the setup and its use. */
static int join_next;

static void item(const char *fmt, ...)
{
    char buf[ITEM_LEN];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, ITEM_LEN, fmt, ap);
    va_end(ap);
    if (join_next && nitems > 0) {
        size_t l = strlen(items[nitems - 1]);
        snprintf(items[nitems - 1] + l, ITEM_LEN - l, "\n\t%s", buf);
        join_next = 0;
        return;
    }
    snprintf(items[nitems], ITEM_LEN, "%s", buf);
    nitems++;
}

/* ---- template expansion ------------------------------------------------- */

/*
 * Per-instruction choices: sf (x or w), fp type, SIMD element size and Q.
 * Placeholders in templates:
 *   integer regs (width sf, or forced by a preceding w/x):
 *     %D dest, zr allowed      %P dest, 31 would be sp so never zr
 *     %N %M %A sources, zr ok  %Q source in an sp position, never zr
 *   integer immediates: %u imm12, %K imm16, %h movz shift, %L bitmask imm,
 *     %B 0..width-1, %I imm5, %z nzcv, %c any cond, %C cond but al/nv,
 *     %S add/sub shift spec, %R logical shift spec, %X extended register,
 *     %Z fixed-point fbits for the width
 *   FP: %p "s"/"d"; %O an FMOV-encodable immediate
 *   SIMD: %d %n %m %a register numbers, %M by-element register number,
 *     %T arrangement, %W double-width 128-bit arrangement, %H double-width
 *     same-Q arrangement, %E %F %G element letter of esize, 2*, /2,
 *     %2 "2" when Q, %i lane index, %j byte index for EXT, %r right shift
 *     1..esize, %l left shift 0..esize-1, %y esize, %k imm8, %o MOVI shift,
 *     %Y MOVI byte mask
 */
static int sf, ft, esz, vq;

/* A64GEN_EXCLUDE: an extended regex; template instructions matching it are
 * not generated (to look past a known bug). */
static regex_t exclude;
static int have_exclude;
static int vd, vn, vm, va;

static const char *arr(int e, int q)
{
    static const char *const a[4][2] = {
        {"8b", "16b"}, {"4h", "8h"}, {"2s", "4s"}, {"1d", "2d"}};
    return a[e][q];
}

static uint64_t bitmask_imm(int is64)
{
    static const int sizes[] = {2, 4, 8, 16, 32, 64};
    int e = sizes[rn(is64 ? 6 : 5)];
    int s = 1 + rn(e - 1), r = rn(e);
    uint64_t emask = e == 64 ? ~0ULL : (1ULL << e) - 1;
    uint64_t v = (1ULL << s) - 1, out = 0;

    if (r) {
        v = ((v >> r) | (v << (e - r))) & emask;
    }
    for (int i = 0; i < 64; i += e) {
        out |= v << i;
    }
    return is64 ? out : out & 0xffffffff;
}

static void fmov_imm(char *buf)
{
    int n = 16 + rn(16), r = (int)rn(8) - 3;
    double v = n / 16.0;

    while (r > 0) {
        v *= 2;
        r--;
    }
    while (r < 0) {
        v /= 2;
        r++;
    }
    sprintf(buf, "%s%.7f", chance(50) ? "-" : "", v);
}

static void expand(char *out, const char *t)
{
    char *o = out, buf[64];

    vd = rv();
    vn = chance(25) ? vd : rv();
    vm = rv();
    va = rv();
    while (*t) {
        if (*t != '%') {
            *o++ = *t++;
            continue;
        }
        t++;
        int w = sf;
        if ((*t == 'w' || *t == 'x') && strchr("DPNMAQ", t[1])) {
            w = *t == 'x';
            t++;
        }
        buf[0] = 0;
        switch (*t++) {
        case 'D':
            regname(buf, chance(4) ? 31 : rd_int(), w);
            break;
        case 'P':
            regname(buf, rd_int(), w);
            break;
        case 'N':
        case 'M':
        case 'A':
            regname(buf, rs_int(1), w);
            break;
        case 'Q':
            regname(buf, rs_int(0), w);
            break;
        case 'u':
            sprintf(buf, "%u", chance(50) ? rn(64) : rn(4096));
            break;
        case 'K': {
            static const unsigned k[] = {0, 0x7fff, 0x8000, 0xffff, 1};
            sprintf(buf, "0x%x", chance(30) ? k[rn(5)] : rn(65536));
            break;
        }
        case 'h':
            sprintf(buf, ", lsl #%u", 16 * rn(sf ? 4 : 2));
            break;
        case 'L':
            sprintf(buf, "0x%" PRIx64, bitmask_imm(sf));
            break;
        case 'B':
            sprintf(buf, "%u", chance(20) ? (sf ? 63 : 31) * rn(2) : rn(sf ? 64 : 32));
            break;
        case 'I':
            sprintf(buf, "%u", rn(32));
            break;
        case 'z':
            sprintf(buf, "%u", rn(16));
            break;
        case 'c':
            strcpy(buf, conds[rn(16)]);
            break;
        case 'C':
            strcpy(buf, conds[rn(14)]);
            break;
        case 'S': {
            static const char *const sh[] = {"lsl", "lsr", "asr"};
            unsigned amt = chance(40) ? 0 : rn(sf ? 64 : 32);
            sprintf(buf, "%s #%u", sh[rn(3)], amt);
            break;
        }
        case 'R': {
            static const char *const sh[] = {"lsl", "lsr", "asr", "ror"};
            unsigned amt = chance(40) ? 0 : rn(sf ? 64 : 32);
            sprintf(buf, "%s #%u", sh[rn(4)], amt);
            break;
        }
        case 'X': {
            static const char *const ex[] = {"uxtb", "uxth", "uxtw", "uxtx",
                                             "sxtb", "sxth", "sxtw", "sxtx"};
            int k = rn(8);
            char r[8];
            regname(r, rs_int(1), sf && (k & 3) == 3);
            sprintf(buf, "%s, %s #%u", r, ex[k], rn(5));
            break;
        }
        case 'Z':
            sprintf(buf, "%u", 1 + (chance(20) ? (sf ? 63 : 31) : rn(sf ? 64 : 32)));
            break;
        case 'p':
            strcpy(buf, ft ? "d" : "s");
            break;
        case 'O':
            fmov_imm(buf);
            break;
        case 'd':
            sprintf(buf, "%d", vd);
            break;
        case 'n':
            sprintf(buf, "%d", vn);
            break;
        case 'm':
            sprintf(buf, "%d", vm);
            break;
        case 'a':
            sprintf(buf, "%d", va);
            break;
        case 'V': /* by-element register: 4 bits for halfwords */
            sprintf(buf, "%d", esz == 1 ? (int)rn(16) : rv());
            break;
        case 'T':
            strcpy(buf, arr(esz, vq));
            break;
        case 'W':
            strcpy(buf, arr(esz + 1, 1));
            break;
        case 'H':
            strcpy(buf, esz == 0 ? (vq ? "8h" : "4h")
                        : esz == 1 ? (vq ? "4s" : "2s")
                                   : (vq ? "2d" : "1d"));
            break;
        case 'E':
            sprintf(buf, "%c", "bhsd"[esz]);
            break;
        case 'F':
            sprintf(buf, "%c", "bhsd"[esz + 1]);
            break;
        case '2':
            strcpy(buf, vq ? "2" : "");
            break;
        case 'i':
            sprintf(buf, "%u", rn(16 >> esz));
            break;
        case 'j':
            sprintf(buf, "%u", rn(vq ? 16 : 8));
            break;
        case 'r':
            sprintf(buf, "%u", chance(20) ? 8u << esz : 1 + rn(8 << esz));
            break;
        case 'l':
            sprintf(buf, "%u", chance(20) ? (8u << esz) - 1 : rn(8 << esz));
            break;
        case 'y':
            sprintf(buf, "%u", 8u << esz);
            break;
        case 'k':
            sprintf(buf, "%u", chance(20) ? 255 * rn(2) : rn(256));
            break;
        case 'o':
            sprintf(buf, "lsl #%u", 8 * rn(esz == 1 ? 2 : 4));
            break;
        case 'Y': {
            uint64_t m = 0;
            for (int i = 0; i < 8; i++) {
                m |= (uint64_t)(rn(2) ? 0xff : 0) << (8 * i);
            }
            sprintf(buf, "0x%016" PRIx64, m);
            break;
        }
        default:
            fprintf(stderr, "a64gen: bad template %s\n", t - 2);
            exit(1);
        }
        o += sprintf(o, "%s", buf);
    }
    *o = 0;
}

/* A template with a mask of allowed variants: for integer templates bit 0
 * = w, bit 1 = x; FP: bit 0 = s, bit 1 = d; SIMD: bit (esize*2 + Q). */
typedef struct {
    const char *t;
    unsigned mask;
} Tmpl;

/* Pick one template, choose sf/ft/esz/vq from its mask and emit it. */
static void emit_tmpl(const Tmpl *tab, int n, int simd)
{
    const Tmpl *e;
    char buf[ITEM_LEN];
    unsigned k;

again:
    e = &tab[rn(n)];
    if (simd) {
        do {
            k = rn(8);
        } while (!(e->mask & (1u << k)));
        esz = k >> 1;
        vq = k & 1;
    } else {
        do {
            k = rn(2);
        } while (!(e->mask & (1u << k)));
        sf = ft = k;
    }
    expand(buf, e->t);
    if (have_exclude && regexec(&exclude, buf, 0, NULL, 0) == 0) {
        goto again;
    }
    item("%s", buf);
}

/* ---- integer ------------------------------------------------------------ */

#define WX 3
#define XO 2
#define WO 1
static const Tmpl int_ops[] = {
    {"add %P, %Q, #%u", WX},
    {"add %P, %Q, #%u, lsl #12", WX},
    {"adds %D, %Q, #%u", WX},
    {"sub %P, %Q, #%u", WX},
    {"subs %D, %Q, #%u, lsl #12", WX},
    {"subs %D, %Q, #%u", WX},
    {"cmp %Q, #%u", WX},
    {"cmn %Q, #%u", WX},
    {"add %D, %N, %M, %S", WX},
    {"adds %D, %N, %M, %S", WX},
    {"sub %D, %N, %M, %S", WX},
    {"subs %D, %N, %M, %S", WX},
    {"cmp %N, %M, %S", WX},
    {"neg %D, %M, %S", WX},
    {"negs %D, %M, %S", WX},
    {"add %P, %Q, %X", WX},
    {"adds %D, %Q, %X", WX},
    {"sub %P, %Q, %X", WX},
    {"subs %D, %Q, %X", WX},
    {"and %P, %N, #%L", WX},
    {"orr %P, %N, #%L", WX},
    {"eor %P, %N, #%L", WX},
    {"ands %D, %N, #%L", WX},
    {"tst %N, #%L", WX},
    {"and %D, %N, %M, %R", WX},
    {"ands %D, %N, %M, %R", WX},
    {"bic %D, %N, %M, %R", WX},
    {"bics %D, %N, %M, %R", WX},
    {"orr %D, %N, %M, %R", WX},
    {"orn %D, %N, %M, %R", WX},
    {"eor %D, %N, %M, %R", WX},
    {"eon %D, %N, %M, %R", WX},
    {"mvn %D, %M, %R", WX},
    {"mov %D, %M", WX},
    {"movz %D, #%K%h", WX},
    {"movn %D, #%K%h", WX},
    {"movk %D, #%K%h", WX},
    {"movk %D, #%K%h", WX},
    {"sbfm %D, %N, #%B, #%B", WX},
    {"ubfm %D, %N, #%B, #%B", WX},
    {"bfm %D, %N, #%B, #%B", WX},
    {"bfm %D, %N, #%B, #%B", WX},
    {"lsl %D, %N, #%B", WX},
    {"lsr %D, %N, #%B", WX},
    {"asr %D, %N, #%B", WX},
    {"ror %D, %N, #%B", WX},
    {"sxtb %D, %wN", WX},
    {"sxth %D, %wN", WX},
    {"sxtw %xD, %wN", XO},
    {"uxtb %wD, %wN", WO},
    {"uxth %wD, %wN", WO},
    {"extr %D, %N, %M, #%B", WX},
    {"adc %D, %N, %M", WX},
    {"adcs %D, %N, %M", WX},
    {"sbc %D, %N, %M", WX},
    {"sbcs %D, %N, %M", WX},
    {"ngc %D, %M", WX},
    {"ngcs %D, %M", WX},
    {"ccmp %N, %M, #%z, %c", WX},
    {"ccmn %N, %M, #%z, %c", WX},
    {"ccmp %N, #%I, #%z, %c", WX},
    {"ccmn %N, #%I, #%z, %c", WX},
    {"csel %D, %N, %M, %c", WX},
    {"csinc %D, %N, %M, %c", WX},
    {"csinv %D, %N, %M, %c", WX},
    {"csneg %D, %N, %M, %c", WX},
    {"cset %D, %C", WX},
    {"cset %D, %C", WX},
    {"csetm %D, %C", WX},
    {"cinc %D, %N, %C", WX},
    {"cneg %D, %N, %C", WX},
    {"madd %D, %N, %M, %A", WX},
    {"msub %D, %N, %M, %A", WX},
    {"mul %D, %N, %M", WX},
    {"mneg %D, %N, %M", WX},
    {"smulh %xD, %xN, %xM", XO},
    {"umulh %xD, %xN, %xM", XO},
    {"smaddl %xD, %wN, %wM, %xA", XO},
    {"smsubl %xD, %wN, %wM, %xA", XO},
    {"umaddl %xD, %wN, %wM, %xA", XO},
    {"umsubl %xD, %wN, %wM, %xA", XO},
    {"smull %xD, %wN, %wM", XO},
    {"umull %xD, %wN, %wM", XO},
    {"udiv %D, %N, %M", WX},
    {"sdiv %D, %N, %M", WX},
    {"udiv %D, %N, %M", WX},
    {"sdiv %D, %N, %M", WX},
    {"lslv %D, %N, %M", WX},
    {"lsrv %D, %N, %M", WX},
    {"asrv %D, %N, %M", WX},
    {"rorv %D, %N, %M", WX},
    {"clz %D, %N", WX},
    {"cls %D, %N", WX},
    {"rbit %D, %N", WX},
    {"rev %D, %N", WX},
    {"rev16 %D, %N", WX},
    {"rev32 %xD, %xN", XO},
    {"crc32b %wD, %wN, %wM", WO},
    {"crc32h %wD, %wN, %wM", WO},
    {"crc32w %wD, %wN, %wM", WO},
    {"crc32x %wD, %wN, %xM", WO},
    {"crc32cb %wD, %wN, %wM", WO},
    {"crc32ch %wD, %wN, %wM", WO},
    {"crc32cw %wD, %wN, %wM", WO},
    {"crc32cx %wD, %wN, %xM", WO},
    {"mrs %xD, nzcv", XO},
    {"adr %xD, .", XO},
    {"adrp %xD, .", XO},
    {"nop", XO},
};

/* MSR NZCV writes only bits 31:28; other bits are RES0, so mask first. */
static void gen_msr_nzcv(void)
{
    int t = rd_int();
    item("and x%d, x%d, #0xf0000000\n\tmsr nzcv, x%d", t, rs_int(0), t);
}

/* HINT space: NOPs on a CPU without the features (pointer authentication
 * only touches x30 here, which no case observes); barriers; cache
 * maintenance; TPIDR_EL0. */
static void gen_hint(void)
{
    static const unsigned nops[] = {0, 1, 5, 6, 7, 16, 17, 20, 32,
                                    34, 36, 38, 45, 100, 127};
    static const char *const bars[] = {"dmb ish",  "dmb ishld", "dmb ishst",
                                       "dmb sy",   "dsb ish",   "dsb sy",
                                       "isb",      "clrex",     "dmb oshld"};
    switch (rn(5)) {
    case 0:
        item("hint #%u", nops[rn(NELEM(nops))]);
        break;
    case 3:
        item("%s", bars[rn(NELEM(bars))]);
        break;
    case 4: /* cache maintenance allowed at EL0 (what __clear_cache does) */
        item("dc cvau, x%d\n\tdsb ish\n\tic ivau, x%d\n\tdsb ish\n\tisb",
             base1, base2);
        break;
    case 1:
        item("paciasp\n\tautiasp");
        break;
    default: /* TPIDR_EL0 is free: the harness has no TLS */
        item("msr tpidr_el0, x%d\n\tmrs x%d, tpidr_el0", rs_int(0), rd_int());
        break;
    }
}

static void gen_int(void)
{
    if (chance(3)) {
        gen_msr_nzcv();
    } else if (chance(3)) {
        gen_hint();
    } else {
        emit_tmpl(int_ops, NELEM(int_ops), 0);
    }
}

/* A forward skip over 1..4 later items. */
static void gen_branch(int remaining)
{
    int skip = 1 + rn(4), at, l;
    char r[8];

    if (skip > remaining) {
        skip = remaining;
    }
    at = nitems + 1 + skip;
    l = label_at[at] >= 0 ? label_at[at] : label_no++;
    regname(r, rs_int(1), rn(2));
    switch (rn(6)) {
    case 0:
        item("cbz %s, .Lc%d_%d", r, case_no, l);
        break;
    case 1:
        item("cbnz %s, .Lc%d_%d", r, case_no, l);
        break;
    case 2:
        r[0] = 'x';
        if (strcmp(r, "xzr") == 0 || r[1] == 'z') {
            strcpy(r, "x0");
        }
        item("%s %s, #%u, .Lc%d_%d", rn(2) ? "tbz" : "tbnz", r, rn(64),
             case_no, l);
        break;
    case 3:
        if (chance(20)) {
            item("b .Lc%d_%d", case_no, l);
            break;
        }
        /* fall through */
    default:
        item("b.%s .Lc%d_%d", conds[rn(chance(10) ? 16 : 14)], case_no, l);
        break;
    }
    label_at[at] = l;
}

/* ---- loads and stores --------------------------------------------------- */

typedef struct {
    const char *op; /* ldr/str form: ldur/ldtr are derived */
    char reg;       /* w x b h s d q */
    int size, store, unpriv;
} MemOp;

static const MemOp mem_ops[] = {
    {"ldrb", 'w', 1, 0, 1},  {"ldrsb", 'w', 1, 0, 1}, {"ldrsb", 'x', 1, 0, 1},
    {"ldrh", 'w', 2, 0, 1},  {"ldrsh", 'w', 2, 0, 1}, {"ldrsh", 'x', 2, 0, 1},
    {"ldr", 'w', 4, 0, 1},   {"ldrsw", 'x', 4, 0, 1}, {"ldr", 'x', 8, 0, 1},
    {"strb", 'w', 1, 1, 1},  {"strh", 'w', 2, 1, 1},  {"str", 'w', 4, 1, 1},
    {"str", 'x', 8, 1, 1},   {"ldr", 'b', 1, 0, 0},   {"ldr", 'h', 2, 0, 0},
    {"ldr", 's', 4, 0, 0},   {"ldr", 'd', 8, 0, 0},   {"ldr", 'q', 16, 0, 0},
    {"str", 'b', 1, 1, 0},   {"str", 'h', 2, 1, 0},   {"str", 's', 4, 1, 0},
    {"str", 'd', 8, 1, 0},   {"str", 'q', 16, 1, 0},
};

static int is_vreg(char c)
{
    return c != 'w' && c != 'x';
}

/* Derive ldur/ldtr from ldr: insert c after the first two letters. */
static void derive(char *buf, const char *op, char c)
{
    sprintf(buf, "%.2s%c%s", op, c, op + 2);
}

static int log2i(int n)
{
    int l = 0;
    while ((1 << l) < n) {
        l++;
    }
    return l;
}

/* A temporary address register: base2 plus/minus up to 1024. */
static int temp_addr(int avoid1, int avoid2, int align)
{
    int t = rd_int_not(avoid1, avoid2, -1);
    int off = (int)rn(1025) & ~(align - 1);
    item("%s x%d, x%d, #%d", chance(50) ? "add" : "sub", t, base2, off);
    join_next = 1;
    return t;
}

static void gen_ldst_single(void)
{
    const MemOp *m;
    char op[16], rt[8];
    int r, sz, t, idx;

    do {
        m = &mem_ops[rn(NELEM(mem_ops))];
    } while (is_vreg(m->reg) && !use_v);
    sz = m->size;
    r = is_vreg(m->reg) ? rv() : (m->store ? rs_int(1) : rd_int());
    if (is_vreg(m->reg)) {
        sprintf(rt, "%c%d", m->reg, r);
    } else {
        regname(rt, r, m->reg == 'x');
    }
    switch (rn(7)) {
    case 0: /* unsigned scaled offset */
    case 1:
        item("%s %s, [x%d, #%d]", m->op, rt, rn(2) ? base1 : base2,
             (int)rn(2048 / sz) * sz);
        break;
    case 2: /* unscaled, maybe unaligned */
        derive(op, m->op, 'u');
        item("%s %s, [x%d, #%d]", op, rt, base2, (int)rn(512) - 256);
        break;
    case 3: /* unprivileged: plain access at EL0 */
        if (!m->unpriv) {
            item("%s %s, [x%d]", m->op, rt, base1);
            break;
        }
        derive(op, m->op, 't');
        item("%s %s, [x%d, #%d]", op, rt, base2, (int)rn(512) - 256);
        break;
    case 4: /* pre/post-index writeback: Rt != Rn */
        t = temp_addr(is_vreg(m->reg) ? -1 : r, -1, 1);
        if (rn(2)) {
            item("%s %s, [x%d, #%d]!", m->op, rt, t, (int)rn(512) - 256);
        } else {
            item("%s %s, [x%d], #%d", m->op, rt, t, (int)rn(512) - 256);
        }
        break;
    default: { /* register offset */
        int sh = rn(2) ? log2i(sz) : 0;
        idx = rd_int_not(is_vreg(m->reg) ? -1 : r, -1, -1);
        int k = (int)rn(2048 / sz >> sh << sh) - (int)(1024 / sz);
        switch (rn(4)) {
        case 0:
            item("mov x%d, #%d\n\t%s %s, [x%d, x%d, lsl #%d]", idx, k, m->op, rt,
                 base2, idx, sh);
            break;
        case 1:
            item("mov x%d, #%d\n\t%s %s, [x%d, x%d, sxtx #%d]", idx, k, m->op,
                 rt, base2, idx, sh);
            break;
        case 2: /* garbage above bit 31 must be ignored */
            item("mov x%d, #%d\n\tmovk x%d, #0x%x, lsl #32\n\t%s %s, [x%d, "
                 "w%d, sxtw #%d]",
                 idx, k, idx, rn(65536), m->op, rt, base2, idx, sh);
            break;
        default:
            item("mov x%d, #%d\n\tmovk x%d, #0x%x, lsl #48\n\t%s %s, [x%d, "
                 "w%d, uxtw #%d]",
                 idx, k < 0 ? -k : k, idx, rn(65536), m->op, rt, base1, idx,
                 sh);
            break;
        }
        break;
    }
    }
}

static void gen_ldst_pair(void)
{
    static const struct {
        const char *op;
        char reg;
        int size;
    } ops[] = {{"ldp", 'w', 4}, {"ldp", 'x', 8},   {"ldpsw", 'x', 4},
               {"stp", 'w', 4}, {"stp", 'x', 8},   {"ldnp", 'x', 8},
               {"stnp", 'w', 4}, {"ldp", 's', 4},  {"ldp", 'd', 8},
               {"ldp", 'q', 16}, {"stp", 's', 4},  {"stp", 'd', 8},
               {"stp", 'q', 16}, {"ldnp", 'q', 16}, {"stnp", 'd', 8}};
    int k, v, ld, r1, r2, sz, t, imm, range;
    char a[8], b[8];

    do {
        k = rn(NELEM(ops));
        v = is_vreg(ops[k].reg);
    } while (v && !use_v);
    ld = ops[k].op[0] == 'l';
    sz = ops[k].size;
    if (v) {
        r1 = rv();
        do {
            r2 = rv();
        } while (ld && r2 == r1);
        sprintf(a, "%c%d", ops[k].reg, r1);
        sprintf(b, "%c%d", ops[k].reg, r2);
    } else {
        r1 = ld ? rd_int() : rs_int(1);
        do {
            r2 = ld ? rd_int() : rs_int(1);
        } while (ld && r2 == r1);
        regname(a, r1, ops[k].reg == 'x');
        regname(b, r2, ops[k].reg == 'x');
    }
    range = sz == 16 ? 32 : 64; /* imm7 steps, keeps all in bounds */
    imm = ((int)rn(2 * range) - range) * sz;
    if (strstr(ops[k].op, "np") || rn(2)) {
        item("%s %s, %s, [x%d, #%d]", ops[k].op, a, b, base2, imm);
        return;
    }
    t = temp_addr(v ? -1 : r1, v ? -1 : r2, 1);
    if (rn(2)) {
        item("%s %s, %s, [x%d, #%d]!", ops[k].op, a, b, t, imm);
    } else {
        item("%s %s, %s, [x%d], #%d", ops[k].op, a, b, t, imm);
    }
}

/* Exclusives, acquire/release and LSE atomics on aligned addresses. */
static void gen_atomic(void)
{
    static const char *const sfx[] = {"b", "h", "", ""};
    static const char *const lse[] = {"ldadd", "ldclr", "ldeor", "ldset",
                                      "ldsmax", "ldsmin", "ldumax", "ldumin",
                                      "swp"};
    static const char *const ord[] = {"", "a", "al", "l"};
    int lg = rn(4), x = lg == 3, t, rt, rs, r2;
    int off = (int)rn(2048 >> 4) << 4;
    char st[8], tt[8], t2[8];

    t = rd_int();
    item("add x%d, x%d, #%d", t, base1, off);
    join_next = 1;
    switch (rn(7)) {
    case 6: /* store-exclusive with the monitor open: must fail (status 1) */
        rt = rs_int(1);
        rs = rd_int_not(t, rt, -1);
        regname(tt, rt, x);
        if (rn(2)) {
            item("ldxr%s %c%d, [x%d]\n\tclrex", sfx[lg], x ? 'x' : 'w', rs,
                 t);
            join_next = 1;
        }
        item("st%sxr%s w%d, %s, [x%d]", rn(2) ? "l" : "", sfx[lg], rs, tt,
             t);
        break;
    case 0: { /* load-exclusive, modify, store-exclusive: succeeds */
        rt = rd_int_not(t, -1, -1);
        rs = rd_int_not(t, rt, -1);
        regname(tt, rt, x);
        item("ld%sxr%s %s, [x%d]\n\tadd %s, %s, #%u\n\tst%sxr%s w%d, %s, [x%d]",
             rn(2) ? "a" : "", sfx[lg], tt, t, tt, tt, rn(64),
             rn(2) ? "l" : "", sfx[lg], rs, tt, t);
        break;
    }
    case 1: { /* exclusive pair */
        int px = rn(2);
        rt = rd_int_not(t, -1, -1);
        r2 = rd_int_not(t, rt, -1);
        rs = rd_int_not(t, rt, r2);
        regname(tt, rt, px);
        regname(t2, r2, px);
        item("ld%sxp %s, %s, [x%d]\n\teor %s, %s, %s\n\tst%sxp w%d, %s, %s, "
             "[x%d]",
             rn(2) ? "a" : "", tt, t2, t, tt, tt, t2, rn(2) ? "l" : "", rs,
             t2, tt, t);
        break;
    }
    case 2: { /* load-acquire / store-release, RCpc */
        static const char *const ops[] = {"ldar", "stlr", "ldapr"};
        int o = rn(3);
        rt = o == 1 ? rs_int(1) : rd_int_not(t, -1, -1);
        regname(tt, rt, x);
        item("%s%s %s, [x%d]", ops[o], sfx[lg], tt, t);
        break;
    }
    case 3: /* LSE read-modify-write */
    case 4:
        rs = rs_int(1);
        rt = chance(15) ? 31 : rd_int_not(t, -1, -1);
        regname(st, rs, x);
        regname(tt, rt, x);
        item("%s%s%s %s, %s, [x%d]", lse[rn(NELEM(lse))], ord[rn(4)], sfx[lg],
             st, tt, t);
        break;
    default:
        if (chance(70)) { /* CAS, made to succeed half the time */
            rs = rd_int_not(t, -1, -1);
            regname(st, rs, x);
            regname(tt, rs_int(1), x);
            if (rn(2)) {
                item("ldr%s %s, [x%d]", sfx[lg], st, t);
                join_next = 1;
            }
            item("cas%s%s %s, %s, [x%d]", ord[rn(4)], sfx[lg], st, tt, t);
        } else { /* CASP: even pairs, the compare pair is written */
            int px = rn(2);
            do {
                rs = rd_int() & ~1;
            } while (!writable(rs) || !writable(rs + 1) || rs == t ||
                     rs + 1 == t);
            rt = (rs_int(0) & ~1) % 28;
            if (rn(2)) {
                item("ldp %c%d, %c%d, [x%d]", px ? 'x' : 'w', rs,
                     px ? 'x' : 'w', rs + 1, t);
                join_next = 1;
            }
            item("casp%s %c%d, %c%d, %c%d, %c%d, [x%d]", ord[rn(4)],
                 px ? 'x' : 'w', rs, px ? 'x' : 'w', rs + 1, px ? 'x' : 'w',
                 rt, px ? 'x' : 'w', rt + 1, t);
        }
        break;
    }
}

/* AdvSIMD structure loads/stores: LD1-4/ST1-4, single lanes, LD1R-4R;
 * register lists wrap from v31 to v0. */
static void gen_ldst_struct(void)
{
    int nregs = 1 + rn(4), kind = rn(3), v0 = rv(), e = rn(4), q = rn(2);
    int ld = rn(3) != 0, bytes, t, r;
    char list[128], mnb[16], addr[64], *p = list;

    if (kind == 0) { /* multiple structures: ld1 with 1-4 regs or ldN */
        int one = nregs == 1 || rn(2);
        sprintf(mnb, "%s%d", ld ? "ld" : "st", one ? 1 : nregs);
        if (!one && e == 3 && q == 0) {
            q = 1; /* LD2-4 .1d is unallocated */
        }
        bytes = nregs * (q ? 16 : 8);
    } else if (kind == 1) { /* single lane */
        sprintf(mnb, "%s%d", ld ? "ld" : "st", nregs);
        bytes = nregs << e;
    } else { /* load and replicate */
        sprintf(mnb, "ld%dr", nregs);
        bytes = nregs << e;
    }
    for (int i = 0; i < nregs; i++) {
        if (kind == 1) {
            p += sprintf(p, "%sv%d.%c", i ? ", " : "", (v0 + i) % 32, "bhsd"[e]);
        } else {
            p += sprintf(p, "%sv%d.%s", i ? ", " : "", (v0 + i) % 32, arr(e, q));
        }
    }
    p = list + strlen(list);
    *p++ = '}';
    if (kind == 1) {
        p += sprintf(p, "[%u]", rn(16 >> e));
    }
    *p = 0;
    switch (rn(3)) {
    case 0:
        sprintf(addr, "[x%d]", rn(2) ? base1 : base2);
        break;
    case 1:
        t = temp_addr(-1, -1, 1);
        sprintf(addr, "[x%d], #%d", t, bytes);
        break;
    default:
        t = temp_addr(-1, -1, 1);
        r = rd_int_not(t, -1, -1);
        item("mov x%d, #%d", r, (int)rn(512) - 256);
        join_next = 1;
        sprintf(addr, "[x%d], x%d", t, r);
        break;
    }
    item("%s {%s, %s", mnb, list, addr);
}

static void gen_mem(void)
{
    unsigned k = rn(100);

    if (k < 45) {
        gen_ldst_single();
    } else if (k < 65) {
        gen_ldst_pair();
    } else if (k < 85 || !use_v) {
        gen_atomic();
    } else if (k < 88) {
        int r = rd_int(), x = rn(2);
        item("ldr %c%d, =0x%" PRIx64, x ? 'x' : 'w', r,
             x ? rnd() : rnd() & 0xffffffff);
    } else if (k < 90) {
        item("prfm pldl1keep, [x%d, #%u]", base1, rn(512) * 8);
    } else {
        gen_ldst_struct();
    }
}

/* ---- scalar FP ---------------------------------------------------------- */

#define SD 3
static const Tmpl fp_ops[] = {
    {"fadd %p%d, %p%n, %p%m", SD},
    {"fsub %p%d, %p%n, %p%m", SD},
    {"fmul %p%d, %p%n, %p%m", SD},
    {"fdiv %p%d, %p%n, %p%m", SD},
    {"fnmul %p%d, %p%n, %p%m", SD},
    {"fmax %p%d, %p%n, %p%m", SD},
    {"fmin %p%d, %p%n, %p%m", SD},
    {"fmaxnm %p%d, %p%n, %p%m", SD},
    {"fminnm %p%d, %p%n, %p%m", SD},
    {"fmadd %p%d, %p%n, %p%m, %p%a", SD},
    {"fmsub %p%d, %p%n, %p%m, %p%a", SD},
    {"fnmadd %p%d, %p%n, %p%m, %p%a", SD},
    {"fnmsub %p%d, %p%n, %p%m, %p%a", SD},
    {"fabs %p%d, %p%n", SD},
    {"fneg %p%d, %p%n", SD},
    {"fsqrt %p%d, %p%n", SD},
    {"fmov %p%d, %p%n", SD},
    {"frintn %p%d, %p%n", SD},
    {"frintp %p%d, %p%n", SD},
    {"frintm %p%d, %p%n", SD},
    {"frintz %p%d, %p%n", SD},
    {"frinta %p%d, %p%n", SD},
    {"frintx %p%d, %p%n", SD},
    {"frinti %p%d, %p%n", SD},
    {"fcvtns %D, %p%n", SD},
    {"fcvtnu %D, %p%n", SD},
    {"fcvtms %D, %p%n", SD},
    {"fcvtmu %D, %p%n", SD},
    {"fcvtps %D, %p%n", SD},
    {"fcvtpu %D, %p%n", SD},
    {"fcvtzs %D, %p%n", SD},
    {"fcvtzu %D, %p%n", SD},
    {"fcvtas %D, %p%n", SD},
    {"fcvtau %D, %p%n", SD},
    {"fcvtzs %wD, %p%n", SD},
    {"fcvtzu %xD, %p%n", SD},
    {"fcvtzs %D, %p%n, #%Z", SD},
    {"fcvtzu %D, %p%n, #%Z", SD},
    {"scvtf %p%d, %N", SD},
    {"ucvtf %p%d, %N", SD},
    {"scvtf %p%d, %wN", SD},
    {"ucvtf %p%d, %xN", SD},
    {"scvtf %p%d, %N, #%Z", SD},
    {"ucvtf %p%d, %N, #%Z", SD},
    {"fcvt d%d, s%n", SD},
    {"fcvt s%d, d%n", SD},
    {"fcvt h%d, s%n", SD},
    {"fcvt s%d, h%n", SD},
    {"fcvt h%d, d%n", SD},
    {"fcvt d%d, h%n", SD},
    {"fcmp %p%n, %p%m", SD},
    {"fcmpe %p%n, %p%m", SD},
    {"fcmp %p%n, #0.0", SD},
    {"fcmpe %p%n, #0.0", SD},
    {"fccmp %p%n, %p%m, #%z, %c", SD},
    {"fccmpe %p%n, %p%m, #%z, %c", SD},
    {"fcsel %p%d, %p%n, %p%m, %c", SD},
    {"fmov %wD, s%n", SD},
    {"fmov s%d, %wN", SD},
    {"fmov %xD, d%n", SD},
    {"fmov d%d, %xN", SD},
    {"fmov %xD, v%n.d[1]", SD},
    {"fmov v%d.d[1], %xN", SD},
    {"fmov %p%d, #%O", SD},
    {"mrs %xD, fpsr", SD},
    {"mrs %xD, fpcr", SD},
};

/* FPCR bits a case may set: AHP, DN, FZ, RMode. */
static uint64_t rand_fpcr(void)
{
    uint64_t v = (uint64_t)rn(4) << 22;
    if (chance(25)) {
        v |= 1 << 24;
    }
    if (chance(25)) {
        v |= 1 << 25;
    }
    if (chance(15)) {
        v |= 1 << 26;
    }
    return v;
}

/* FPSR: cumulative flags IOC DZC OFC UFC IXC IDC and QC. */
static uint64_t rand_fpsr(void)
{
    static const uint64_t bits[] = {1, 2, 4, 8, 16, 0x80, 1 << 27};
    uint64_t v = 0;
    if (chance(50)) {
        return 0;
    }
    for (unsigned i = 0; i < NELEM(bits); i++) {
        if (chance(20)) {
            v |= bits[i];
        }
    }
    return v;
}

static void gen_fp(void)
{
    if (chance(4)) {
        int t = rd_int();
        uint64_t v = rand_fpcr();
        item("movz x%d, #0x%x\n\tmovk x%d, #0x%x, lsl #16\n\tmsr fpcr, x%d", t,
             (unsigned)(v & 0xffff), t, (unsigned)(v >> 16), t);
    } else if (chance(2)) {
        int t = rd_int();
        uint64_t v = rand_fpsr();
        item("movz x%d, #0x%x\n\tmovk x%d, #0x%x, lsl #16\n\tmsr fpsr, x%d", t,
             (unsigned)(v & 0xffff), t, (unsigned)(v >> 16), t);
    } else {
        emit_tmpl(fp_ops, NELEM(fp_ops), 0);
    }
}

/* ---- AdvSIMD integer ---------------------------------------------------- */

#define B8 0x01
#define B16 0x02
#define H4 0x04
#define H8 0x08
#define S2 0x10
#define S4 0x20
#define D1 0x40
#define D2 0x80
#define BB (B8 | B16)
#define HH (H4 | H8)
#define SS (S2 | S4)
#define BHS (BB | HH | SS)
#define HS (HH | SS)
#define ALL (BHS | D2)
#define SC_BHSD (B8 | H4 | S2 | D1) /* scalar: esize from the Q=0 bit */
#define SC_HS (H4 | S2)
#define SC_BHS (B8 | H4 | S2)
#define SC_D D1

static const Tmpl simd_ops[] = {
    /* three same */
    {"add v%d.%T, v%n.%T, v%m.%T", ALL},
    {"sub v%d.%T, v%n.%T, v%m.%T", ALL},
    {"mul v%d.%T, v%n.%T, v%m.%T", BHS},
    {"mla v%d.%T, v%n.%T, v%m.%T", BHS},
    {"mls v%d.%T, v%n.%T, v%m.%T", BHS},
    {"cmeq v%d.%T, v%n.%T, v%m.%T", ALL},
    {"cmge v%d.%T, v%n.%T, v%m.%T", ALL},
    {"cmgt v%d.%T, v%n.%T, v%m.%T", ALL},
    {"cmhi v%d.%T, v%n.%T, v%m.%T", ALL},
    {"cmhs v%d.%T, v%n.%T, v%m.%T", ALL},
    {"cmtst v%d.%T, v%n.%T, v%m.%T", ALL},
    {"sqadd v%d.%T, v%n.%T, v%m.%T", ALL},
    {"uqadd v%d.%T, v%n.%T, v%m.%T", ALL},
    {"sqsub v%d.%T, v%n.%T, v%m.%T", ALL},
    {"uqsub v%d.%T, v%n.%T, v%m.%T", ALL},
    {"shadd v%d.%T, v%n.%T, v%m.%T", BHS},
    {"uhadd v%d.%T, v%n.%T, v%m.%T", BHS},
    {"srhadd v%d.%T, v%n.%T, v%m.%T", BHS},
    {"urhadd v%d.%T, v%n.%T, v%m.%T", BHS},
    {"shsub v%d.%T, v%n.%T, v%m.%T", BHS},
    {"uhsub v%d.%T, v%n.%T, v%m.%T", BHS},
    {"smax v%d.%T, v%n.%T, v%m.%T", BHS},
    {"umax v%d.%T, v%n.%T, v%m.%T", BHS},
    {"smin v%d.%T, v%n.%T, v%m.%T", BHS},
    {"umin v%d.%T, v%n.%T, v%m.%T", BHS},
    {"sabd v%d.%T, v%n.%T, v%m.%T", BHS},
    {"uabd v%d.%T, v%n.%T, v%m.%T", BHS},
    {"saba v%d.%T, v%n.%T, v%m.%T", BHS},
    {"uaba v%d.%T, v%n.%T, v%m.%T", BHS},
    {"sshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"ushl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"sqshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"uqshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"srshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"urshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"sqrshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"uqrshl v%d.%T, v%n.%T, v%m.%T", ALL},
    {"addp v%d.%T, v%n.%T, v%m.%T", ALL},
    {"smaxp v%d.%T, v%n.%T, v%m.%T", BHS},
    {"sminp v%d.%T, v%n.%T, v%m.%T", BHS},
    {"umaxp v%d.%T, v%n.%T, v%m.%T", BHS},
    {"uminp v%d.%T, v%n.%T, v%m.%T", BHS},
    {"sqdmulh v%d.%T, v%n.%T, v%m.%T", HS},
    {"sqrdmulh v%d.%T, v%n.%T, v%m.%T", HS},
    {"pmul v%d.%T, v%n.%T, v%m.%T", BB},
    {"and v%d.%T, v%n.%T, v%m.%T", BB},
    {"orr v%d.%T, v%n.%T, v%m.%T", BB},
    {"orn v%d.%T, v%n.%T, v%m.%T", BB},
    {"bic v%d.%T, v%n.%T, v%m.%T", BB},
    {"eor v%d.%T, v%n.%T, v%m.%T", BB},
    {"bsl v%d.%T, v%n.%T, v%m.%T", BB},
    {"bit v%d.%T, v%n.%T, v%m.%T", BB},
    {"bif v%d.%T, v%n.%T, v%m.%T", BB},
    {"mov v%d.%T, v%n.%T", BB},
    /* two-register misc */
    {"abs v%d.%T, v%n.%T", ALL},
    {"neg v%d.%T, v%n.%T", ALL},
    {"cls v%d.%T, v%n.%T", BHS},
    {"clz v%d.%T, v%n.%T", BHS},
    {"cnt v%d.%T, v%n.%T", BB},
    {"not v%d.%T, v%n.%T", BB},
    {"rbit v%d.%T, v%n.%T", BB},
    {"rev16 v%d.%T, v%n.%T", BB},
    {"rev32 v%d.%T, v%n.%T", BB | HH},
    {"rev64 v%d.%T, v%n.%T", BHS},
    {"sqabs v%d.%T, v%n.%T", ALL},
    {"sqneg v%d.%T, v%n.%T", ALL},
    {"suqadd v%d.%T, v%n.%T", ALL},
    {"usqadd v%d.%T, v%n.%T", ALL},
    {"cmeq v%d.%T, v%n.%T, #0", ALL},
    {"cmge v%d.%T, v%n.%T, #0", ALL},
    {"cmgt v%d.%T, v%n.%T, #0", ALL},
    {"cmle v%d.%T, v%n.%T, #0", ALL},
    {"cmlt v%d.%T, v%n.%T, #0", ALL},
    {"saddlp v%d.%H, v%n.%T", BHS},
    {"uaddlp v%d.%H, v%n.%T", BHS},
    {"sadalp v%d.%H, v%n.%T", BHS},
    {"uadalp v%d.%H, v%n.%T", BHS},
    {"xtn%2 v%d.%T, v%n.%W", BHS},
    {"sqxtn%2 v%d.%T, v%n.%W", BHS},
    {"uqxtn%2 v%d.%T, v%n.%W", BHS},
    {"sqxtun%2 v%d.%T, v%n.%W", BHS},
    {"shll%2 v%d.%W, v%n.%T, #%y", BHS},
    /* three different */
    {"saddl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"uaddl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"ssubl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"usubl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"sabal%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"uabal%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"sabdl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"uabdl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"smlal%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"umlal%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"smlsl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"umlsl%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"smull%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"umull%2 v%d.%W, v%n.%T, v%m.%T", BHS},
    {"sqdmull%2 v%d.%W, v%n.%T, v%m.%T", HS},
    {"sqdmlal%2 v%d.%W, v%n.%T, v%m.%T", HS},
    {"sqdmlsl%2 v%d.%W, v%n.%T, v%m.%T", HS},
    {"pmull%2 v%d.%W, v%n.%T, v%m.%T", BB},
    {"saddw%2 v%d.%W, v%n.%W, v%m.%T", BHS},
    {"uaddw%2 v%d.%W, v%n.%W, v%m.%T", BHS},
    {"ssubw%2 v%d.%W, v%n.%W, v%m.%T", BHS},
    {"usubw%2 v%d.%W, v%n.%W, v%m.%T", BHS},
    {"addhn%2 v%d.%T, v%n.%W, v%m.%W", BHS},
    {"raddhn%2 v%d.%T, v%n.%W, v%m.%W", BHS},
    {"subhn%2 v%d.%T, v%n.%W, v%m.%W", BHS},
    {"rsubhn%2 v%d.%T, v%n.%W, v%m.%W", BHS},
    /* by element */
    {"mul v%d.%T, v%n.%T, v%V.%E[%i]", HS},
    {"mla v%d.%T, v%n.%T, v%V.%E[%i]", HS},
    {"mls v%d.%T, v%n.%T, v%V.%E[%i]", HS},
    {"sqdmulh v%d.%T, v%n.%T, v%V.%E[%i]", HS},
    {"sqrdmulh v%d.%T, v%n.%T, v%V.%E[%i]", HS},
    {"smull%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"umull%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"smlal%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"umlal%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"smlsl%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"umlsl%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"sqdmull%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"sqdmlal%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    {"sqdmlsl%2 v%d.%W, v%n.%T, v%V.%E[%i]", HS},
    /* shifts by immediate */
    {"shl v%d.%T, v%n.%T, #%l", ALL},
    {"sshr v%d.%T, v%n.%T, #%r", ALL},
    {"ushr v%d.%T, v%n.%T, #%r", ALL},
    {"ssra v%d.%T, v%n.%T, #%r", ALL},
    {"usra v%d.%T, v%n.%T, #%r", ALL},
    {"srshr v%d.%T, v%n.%T, #%r", ALL},
    {"urshr v%d.%T, v%n.%T, #%r", ALL},
    {"srsra v%d.%T, v%n.%T, #%r", ALL},
    {"ursra v%d.%T, v%n.%T, #%r", ALL},
    {"sri v%d.%T, v%n.%T, #%r", ALL},
    {"sli v%d.%T, v%n.%T, #%l", ALL},
    {"sqshl v%d.%T, v%n.%T, #%l", ALL},
    {"uqshl v%d.%T, v%n.%T, #%l", ALL},
    {"sqshlu v%d.%T, v%n.%T, #%l", ALL},
    {"shrn%2 v%d.%T, v%n.%W, #%r", BHS},
    {"rshrn%2 v%d.%T, v%n.%W, #%r", BHS},
    {"sqshrn%2 v%d.%T, v%n.%W, #%r", BHS},
    {"uqshrn%2 v%d.%T, v%n.%W, #%r", BHS},
    {"sqrshrn%2 v%d.%T, v%n.%W, #%r", BHS},
    {"uqrshrn%2 v%d.%T, v%n.%W, #%r", BHS},
    {"sqshrun%2 v%d.%T, v%n.%W, #%r", BHS},
    {"sqrshrun%2 v%d.%T, v%n.%W, #%r", BHS},
    {"sshll%2 v%d.%W, v%n.%T, #%l", BHS},
    {"ushll%2 v%d.%W, v%n.%T, #%l", BHS},
    {"sxtl%2 v%d.%W, v%n.%T", BHS},
    {"uxtl%2 v%d.%W, v%n.%T", BHS},
    /* permutes */
    {"zip1 v%d.%T, v%n.%T, v%m.%T", ALL},
    {"zip2 v%d.%T, v%n.%T, v%m.%T", ALL},
    {"uzp1 v%d.%T, v%n.%T, v%m.%T", ALL},
    {"uzp2 v%d.%T, v%n.%T, v%m.%T", ALL},
    {"trn1 v%d.%T, v%n.%T, v%m.%T", ALL},
    {"trn2 v%d.%T, v%n.%T, v%m.%T", ALL},
    {"ext v%d.%T, v%n.%T, v%m.%T, #%j", BB},
    /* across lanes */
    {"addv %E%d, v%n.%T", BB | HH | S4},
    {"smaxv %E%d, v%n.%T", BB | HH | S4},
    {"umaxv %E%d, v%n.%T", BB | HH | S4},
    {"sminv %E%d, v%n.%T", BB | HH | S4},
    {"uminv %E%d, v%n.%T", BB | HH | S4},
    {"saddlv %F%d, v%n.%T", BB | HH | S4},
    {"uaddlv %F%d, v%n.%T", BB | HH | S4},
    /* element moves */
    {"dup v%d.%T, v%n.%E[%i]", ALL},
    {"dup v%d.%T, %wN", BHS},
    {"dup v%d.%T, %xN", D2},
    {"ins v%d.%E[%i], v%n.%E[%i]", B16 | H8 | S4 | D2},
    {"ins v%d.%E[%i], %wN", B16 | H8 | S4},
    {"ins v%d.%E[%i], %xN", D2},
    {"umov %wD, v%n.%E[%i]", B16 | H8 | S4},
    {"umov %xD, v%n.%E[%i]", D2},
    {"smov %wD, v%n.%E[%i]", B16 | H8},
    {"smov %xD, v%n.%E[%i]", B16 | H8 | S4},
    /* modified immediate */
    {"movi v%d.%T, #%k", BB},
    {"movi v%d.%T, #%k, %o", HH | SS},
    {"mvni v%d.%T, #%k, %o", HH | SS},
    {"orr v%d.%T, #%k, %o", HH | SS},
    {"bic v%d.%T, #%k, %o", HH | SS},
    {"movi v%d.%T, #%k, msl #8", SS},
    {"mvni v%d.%T, #%k, msl #16", SS},
    {"movi v%d.2d, #%Y", D2},
    {"movi d%d, #%Y", D2},
    /* scalar */
    {"add d%d, d%n, d%m", SC_D},
    {"sub d%d, d%n, d%m", SC_D},
    {"cmeq d%d, d%n, d%m", SC_D},
    {"cmge d%d, d%n, d%m", SC_D},
    {"cmgt d%d, d%n, d%m", SC_D},
    {"cmhi d%d, d%n, d%m", SC_D},
    {"cmhs d%d, d%n, d%m", SC_D},
    {"cmtst d%d, d%n, d%m", SC_D},
    {"sshl d%d, d%n, d%m", SC_D},
    {"ushl d%d, d%n, d%m", SC_D},
    {"srshl d%d, d%n, d%m", SC_D},
    {"urshl d%d, d%n, d%m", SC_D},
    {"sqadd %E%d, %E%n, %E%m", SC_BHSD},
    {"uqadd %E%d, %E%n, %E%m", SC_BHSD},
    {"sqsub %E%d, %E%n, %E%m", SC_BHSD},
    {"uqsub %E%d, %E%n, %E%m", SC_BHSD},
    {"sqshl %E%d, %E%n, %E%m", SC_BHSD},
    {"uqshl %E%d, %E%n, %E%m", SC_BHSD},
    {"sqrshl %E%d, %E%n, %E%m", SC_BHSD},
    {"uqrshl %E%d, %E%n, %E%m", SC_BHSD},
    {"sqdmulh %E%d, %E%n, %E%m", SC_HS},
    {"sqrdmulh %E%d, %E%n, %E%m", SC_HS},
    {"sqdmulh %E%d, %E%n, v%V.%E[%i]", SC_HS},
    {"sqdmull %F%d, %E%n, %E%m", SC_HS},
    {"sqdmlal %F%d, %E%n, %E%m", SC_HS},
    {"sqdmlsl %F%d, %E%n, %E%m", SC_HS},
    {"abs d%d, d%n", SC_D},
    {"neg d%d, d%n", SC_D},
    {"sqabs %E%d, %E%n", SC_BHSD},
    {"sqneg %E%d, %E%n", SC_BHSD},
    {"suqadd %E%d, %E%n", SC_BHSD},
    {"usqadd %E%d, %E%n", SC_BHSD},
    {"cmeq d%d, d%n, #0", SC_D},
    {"cmgt d%d, d%n, #0", SC_D},
    {"cmlt d%d, d%n, #0", SC_D},
    {"shl d%d, d%n, #%l", SC_D},
    {"sshr d%d, d%n, #%r", SC_D},
    {"ushr d%d, d%n, #%r", SC_D},
    {"ssra d%d, d%n, #%r", SC_D},
    {"usra d%d, d%n, #%r", SC_D},
    {"srshr d%d, d%n, #%r", SC_D},
    {"urshr d%d, d%n, #%r", SC_D},
    {"srsra d%d, d%n, #%r", SC_D},
    {"ursra d%d, d%n, #%r", SC_D},
    {"sri d%d, d%n, #%r", SC_D},
    {"sli d%d, d%n, #%l", SC_D},
    {"sqshl %E%d, %E%n, #%l", SC_BHSD},
    {"uqshl %E%d, %E%n, #%l", SC_BHSD},
    {"sqshlu %E%d, %E%n, #%l", SC_BHSD},
    {"sqshrn %E%d, %F%n, #%r", SC_BHS},
    {"uqshrn %E%d, %F%n, #%r", SC_BHS},
    {"sqrshrn %E%d, %F%n, #%r", SC_BHS},
    {"uqrshrn %E%d, %F%n, #%r", SC_BHS},
    {"sqshrun %E%d, %F%n, #%r", SC_BHS},
    {"sqrshrun %E%d, %F%n, #%r", SC_BHS},
    {"sqxtn %E%d, %F%n", SC_BHS},
    {"uqxtn %E%d, %F%n", SC_BHS},
    {"sqxtun %E%d, %F%n", SC_BHS},
    {"addp d%d, v%n.2d", SC_D},
    {"dup %E%d, v%n.%E[%i]", SC_BHSD},
};

/* TBL/TBX with 1-4 consecutive table registers; indexes are often masked
 * into range first so lookups hit the table. */
static void gen_tbl(void)
{
    int n = 1 + rn(4), v0 = rv(), idx = rv(), q = rn(2), d = rv();
    char list[96], *p = list;

    for (int i = 0; i < n; i++) {
        p += sprintf(p, "%sv%d.16b", i ? ", " : "", (v0 + i) % 32);
    }
    if (chance(60)) {
        int m = rv();
        static const int masks[] = {0x0f, 0x1f, 0x3f, 0x7f, 0x8f};
        item("movi v%d.16b, #0x%x\n\tand v%d.16b, v%d.16b, v%d.16b", m,
             masks[rn(5)], idx, idx, m);
    }
    item("%s v%d.%s, {%s}, v%d.%s", rn(2) ? "tbl" : "tbx", d,
         q ? "16b" : "8b", list, idx, q ? "16b" : "8b");
}

static void gen_simd(void)
{
    if (chance(5)) {
        gen_tbl();
    } else {
        emit_tmpl(simd_ops, NELEM(simd_ops), 1);
    }
}

/* ---- AdvSIMD FP --------------------------------------------------------- */

#define FV (S2 | S4 | D2)
#define SC_SD (S2 | D1)

static const Tmpl simdfp_ops[] = {
    {"fadd v%d.%T, v%n.%T, v%m.%T", FV},
    {"fsub v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmul v%d.%T, v%n.%T, v%m.%T", FV},
    {"fdiv v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmax v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmin v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmaxnm v%d.%T, v%n.%T, v%m.%T", FV},
    {"fminnm v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmla v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmls v%d.%T, v%n.%T, v%m.%T", FV},
    {"fabd v%d.%T, v%n.%T, v%m.%T", FV},
    {"faddp v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmaxp v%d.%T, v%n.%T, v%m.%T", FV},
    {"fminp v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmaxnmp v%d.%T, v%n.%T, v%m.%T", FV},
    {"fminnmp v%d.%T, v%n.%T, v%m.%T", FV},
    {"fmulx v%d.%T, v%n.%T, v%m.%T", FV},
    {"frecps v%d.%T, v%n.%T, v%m.%T", FV},
    {"frsqrts v%d.%T, v%n.%T, v%m.%T", FV},
    {"fcmeq v%d.%T, v%n.%T, v%m.%T", FV},
    {"fcmge v%d.%T, v%n.%T, v%m.%T", FV},
    {"fcmgt v%d.%T, v%n.%T, v%m.%T", FV},
    {"facge v%d.%T, v%n.%T, v%m.%T", FV},
    {"facgt v%d.%T, v%n.%T, v%m.%T", FV},
    {"fabs v%d.%T, v%n.%T", FV},
    {"fneg v%d.%T, v%n.%T", FV},
    {"fsqrt v%d.%T, v%n.%T", FV},
    {"frintn v%d.%T, v%n.%T", FV},
    {"frintp v%d.%T, v%n.%T", FV},
    {"frintm v%d.%T, v%n.%T", FV},
    {"frintz v%d.%T, v%n.%T", FV},
    {"frinta v%d.%T, v%n.%T", FV},
    {"frintx v%d.%T, v%n.%T", FV},
    {"frinti v%d.%T, v%n.%T", FV},
    {"fcvtns v%d.%T, v%n.%T", FV},
    {"fcvtnu v%d.%T, v%n.%T", FV},
    {"fcvtms v%d.%T, v%n.%T", FV},
    {"fcvtmu v%d.%T, v%n.%T", FV},
    {"fcvtps v%d.%T, v%n.%T", FV},
    {"fcvtpu v%d.%T, v%n.%T", FV},
    {"fcvtzs v%d.%T, v%n.%T", FV},
    {"fcvtzu v%d.%T, v%n.%T", FV},
    {"fcvtas v%d.%T, v%n.%T", FV},
    {"fcvtau v%d.%T, v%n.%T", FV},
    {"scvtf v%d.%T, v%n.%T", FV},
    {"ucvtf v%d.%T, v%n.%T", FV},
    {"frecpe v%d.%T, v%n.%T", FV},
    {"frsqrte v%d.%T, v%n.%T", FV},
    {"urecpe v%d.%T, v%n.%T", SS},
    {"ursqrte v%d.%T, v%n.%T", SS},
    {"fcmeq v%d.%T, v%n.%T, #0.0", FV},
    {"fcmge v%d.%T, v%n.%T, #0.0", FV},
    {"fcmgt v%d.%T, v%n.%T, #0.0", FV},
    {"fcmle v%d.%T, v%n.%T, #0.0", FV},
    {"fcmlt v%d.%T, v%n.%T, #0.0", FV},
    {"fcvtzs v%d.%T, v%n.%T, #%r", FV},
    {"fcvtzu v%d.%T, v%n.%T, #%r", FV},
    {"scvtf v%d.%T, v%n.%T, #%r", FV},
    {"ucvtf v%d.%T, v%n.%T, #%r", FV},
    {"fmul v%d.%T, v%n.%T, v%V.%E[%i]", FV},
    {"fmla v%d.%T, v%n.%T, v%V.%E[%i]", FV},
    {"fmls v%d.%T, v%n.%T, v%V.%E[%i]", FV},
    {"fmulx v%d.%T, v%n.%T, v%V.%E[%i]", FV},
    {"fcvtl%2 v%d.%W, v%n.%T", HH | SS},
    {"fcvtn%2 v%d.%T, v%n.%W", HH | SS},
    {"fcvtxn%2 v%d.%T, v%n.%W", SS},
    {"fcvtxn s%d, d%n", S4},
    {"fmaxv s%d, v%n.4s", S4},
    {"fminv s%d, v%n.4s", S4},
    {"fmaxnmv s%d, v%n.4s", S4},
    {"fminnmv s%d, v%n.4s", S4},
    {"fmov v%d.%T, #%O", FV},
    /* scalar */
    {"faddp %E%d, v%n.%T", S2 | D2},
    {"fmaxp %E%d, v%n.%T", S2 | D2},
    {"fminp %E%d, v%n.%T", S2 | D2},
    {"fmaxnmp %E%d, v%n.%T", S2 | D2},
    {"fminnmp %E%d, v%n.%T", S2 | D2},
    {"fabd %E%d, %E%n, %E%m", SC_SD},
    {"fmulx %E%d, %E%n, %E%m", SC_SD},
    {"frecps %E%d, %E%n, %E%m", SC_SD},
    {"frsqrts %E%d, %E%n, %E%m", SC_SD},
    {"fcmeq %E%d, %E%n, %E%m", SC_SD},
    {"fcmge %E%d, %E%n, %E%m", SC_SD},
    {"fcmgt %E%d, %E%n, %E%m", SC_SD},
    {"facge %E%d, %E%n, %E%m", SC_SD},
    {"facgt %E%d, %E%n, %E%m", SC_SD},
    {"fcmeq %E%d, %E%n, #0.0", SC_SD},
    {"fcmle %E%d, %E%n, #0.0", SC_SD},
    {"fcmlt %E%d, %E%n, #0.0", SC_SD},
    {"frecpe %E%d, %E%n", SC_SD},
    {"frsqrte %E%d, %E%n", SC_SD},
    {"frecpx %E%d, %E%n", SC_SD},
    {"fcvtns %E%d, %E%n", SC_SD},
    {"fcvtmu %E%d, %E%n", SC_SD},
    {"fcvtzs %E%d, %E%n", SC_SD},
    {"fcvtzu %E%d, %E%n", SC_SD},
    {"fcvtau %E%d, %E%n", SC_SD},
    {"scvtf %E%d, %E%n", SC_SD},
    {"ucvtf %E%d, %E%n", SC_SD},
    {"fcvtzs %E%d, %E%n, #%r", SC_SD},
    {"ucvtf %E%d, %E%n, #%r", SC_SD},
    {"fmul %E%d, %E%n, v%V.%E[%i]", SC_SD},
    {"fmla %E%d, %E%n, v%V.%E[%i]", SC_SD},
    {"fmls %E%d, %E%n, v%V.%E[%i]", SC_SD},
    {"fmulx %E%d, %E%n, v%V.%E[%i]", SC_SD},
};

static void gen_simdfp(void)
{
    emit_tmpl(simdfp_ops, NELEM(simdfp_ops), 1);
}

/* ---- sp as a base ------------------------------------------------------- */

/* One item: save sp in a temp, point sp into the scratch buffer (16-byte
 * aligned), do sp-based accesses and arithmetic, leave sp's offset from
 * base2 in a register, restore sp and clear the temp (the real stack
 * address differs between emulators). Not in the default classes: the
 * brief keeps sp fixed, this opts in. */
/* A source other than s (which holds the real sp). */
static int src_not(int s)
{
    int r;
    do {
        r = rs_int(0);
    } while (r == s);
    return r;
}

static void gen_sp(void)
{
    int s = rd_int(), n = 1 + rn(4), r, r2;
    char buf[ITEM_LEN], *p = buf;

    p += sprintf(p, "mov x%d, sp\n\tadd sp, x%d, #%u\n\tsub sp, sp, #%u", s,
                 base2, rn(32) * 16, rn(64) * 16);
    for (int i = 0; i < n; i++) {
        r = rd_int_not(s, -1, -1);
        r2 = rd_int_not(s, r, -1);
        switch (rn(8)) {
        case 0:
            p += sprintf(p, "\n\tldr x%d, [sp, #%u]", r, rn(64) * 8);
            break;
        case 1:
            p += sprintf(p, "\n\tstr w%d, [sp, #%u]", src_not(s), rn(64) * 4);
            break;
        case 2:
            p += sprintf(p, "\n\tstp x%d, x%d, [sp, #-%u]!", src_not(s),
                         src_not(s), 16 * (1 + rn(8)));
            break;
        case 3:
            p += sprintf(p, "\n\tldp x%d, x%d, [sp], #%u", r, r2,
                         16 * (1 + rn(8)));
            break;
        case 4:
            p += sprintf(p, "\n\tadd x%d, sp, #%u", r, rn(4096));
            break;
        case 5:
            p += sprintf(p, "\n\tldur w%d, [sp, #%d]", r, (int)rn(512) - 256);
            break;
        case 6:
            if (use_v) {
                p += sprintf(p, "\n\tstr q%d, [sp, #-16]!\n\tldr d%d, [sp], #16",
                             rv(), rv());
                break;
            }
            /* fall through */
        default:
            p += sprintf(p, "\n\tsub sp, sp, #%u\n\tadd x%d, sp, w%d, uxtb #%u",
                         16 * rn(8), r, src_not(s), rn(5));
            break;
        }
    }
    p += sprintf(p, "\n\tsub x%d, sp, x%d\n\tmov sp, x%d\n\tmov x%d, #%u",
                 rd_int_not(s, -1, -1), base2, s, s, rn(100));
    item("%s", buf);
}

/* ---- deliberate faults ------------------------------------------------- */

/* An instruction that faults, so the harness compares the signal, si_code,
 * si_addr and the state in the signal context. */
static void gen_fault(void)
{
    int t = rd_int(), r = rd_int_not(t, -1, -1);

    switch (rn(5)) {
    case 0:
        item("udf #%u", rn(65536));
        break;
    case 1:
        item("brk #%u", rn(65536));
        break;
    case 2: /* page zero is never mapped */
        item("mov x%d, #0x%x\n\t%s x%d, [x%d, #%u]!", t, rn(4096) & ~7,
             rn(2) ? "ldr" : "str", r, t, rn(32) * 8);
        break;
    case 3: /* text is not writable */
        item("adr x%d, .\n\tstr x%d, [x%d]", t, r, t);
        break;
    default: /* exclusives must be aligned */
        item("add x%d, x%d, #%u\n\tldxr x%d, [x%d]", t, base1, 1 + rn(7), r,
             t);
        break;
    }
}

/* ---- one case ----------------------------------------------------------- */

/* When bisecting only the truncated case is written (the others are still
 * generated, so the random sequence stays the same). */
static int quiet;

static void oprintf(const char *fmt, ...)
{
    va_list ap;

    if (quiet) {
        return;
    }
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

#define TAB_WORDS 98 /* x0-x28, nzcv, fpsr, fpcr, pad, pad, v0-v31 */

static void gen_case(int n)
{
    int len = chance(15) ? 100 + rn(120) : 20 + rn(31), i; /* some long */
    static const struct {
        unsigned cls;
        int weight;
        void (*gen)(void);
    } kinds[] = {
        {C_INT, 40, gen_int},   {C_MEM, 18, gen_mem},
        {C_FP, 20, gen_fp},     {C_SIMD, 25, gen_simd},
        {C_SIMDFP, 15, gen_simdfp},
    };
    int total = 0;

    case_no = n;
    quiet = trunc_case >= 0 && n != trunc_case;
    nitems = 0;
    for (i = 0; i < MAX_ITEMS + 8; i++) {
        label_at[i] = -1;
    }
    base1 = rn(29);
    do {
        base2 = rn(29);
    } while (base2 == base1);

    for (unsigned k = 0; k < NELEM(kinds); k++) {
        if (classes & kinds[k].cls) {
            total += kinds[k].weight;
        }
    }
    if (total == 0) {
        total = 1; /* fault or sp alone: integer work around them */
    }
    for (i = 0; i < len; i++) {
        int pick;
        if (chance(8) && i < len - 1 && (classes & (C_INT | C_FP))) {
            gen_branch(len - 1 - i);
            continue;
        }
        if ((classes & C_SP) && chance(8)) {
            gen_sp();
            continue;
        }
        pick = (int)rn(total);
        for (unsigned k = 0; k < NELEM(kinds); k++) {
            if (!(classes & kinds[k].cls) && (classes & C_ALL)) {
                continue;
            }
            if (pick < kinds[k].weight) {
                kinds[k].gen();
                break;
            }
            pick -= kinds[k].weight;
        }
    }

    if ((classes & C_FAULT) && chance(60)) {
        gen_fault();
    }

    /* Initial state table, same layout as the harness's out[]. */
    oprintf("\t.section .rodata\n\t.balign 16\n.Ltab_%d:\n", n);
    for (i = 0; i < 29; i++) {
        if (i == base1) {
            oprintf("\t.quad a64_scratch\n");
        } else if (i == base2) {
            oprintf("\t.quad a64_scratch + 2048\n");
        } else {
            oprintf("\t.quad 0x%016" PRIx64 "\n", rand_int());
        }
    }
    oprintf("\t.quad 0x%x\n", rn(16) << 28);
    oprintf("\t.quad 0x%" PRIx64 "\n", use_v ? rand_fpsr() : 0);
    oprintf("\t.quad 0x%" PRIx64 "\n", use_v ? rand_fpcr() : 0);
    oprintf("\t.quad 0, 0\n");
    for (i = 0; i < 64; i++) {
        oprintf("\t.quad 0x%016" PRIx64 "\n", use_v ? rand_vhalf() : 0);
    }

    oprintf("\t.text\n\t.globl a64_case_%d\n\t.balign 4\na64_case_%d:\n", n, n);
    oprintf("\tadrp x30, .Ltab_%d\n\tadd x30, x30, :lo12:.Ltab_%d\n", n, n);
    if (use_v) {
        for (i = 0; i < 32; i += 2) {
            oprintf("\tldp q%d, q%d, [x30, #%d]\n", i, i + 1, 272 + 16 * i);
        }
        oprintf("\tldr x0, [x30, #248]\n\tmsr fpcr, x0\n");
        oprintf("\tldr x0, [x30, #240]\n\tmsr fpsr, x0\n");
    }
    oprintf("\tldr x0, [x30, #232]\n\tmsr nzcv, x0\n");
    for (i = 0; i < 28; i += 2) {
        oprintf("\tldp x%d, x%d, [x30, #%d]\n", i, i + 1, 8 * i);
    }
    oprintf("\tldr x28, [x30, #224]\n");
    oprintf("# case %d begin (base1 x%d = scratch, base2 x%d = scratch+2048) "
           "items=%d\n",
           n, base1, base2, nitems);
    oprintf("\t.globl a64_body_%d\na64_body_%d:\n", n, n);
    for (i = 0; i < nitems; i++) {
        if (label_at[i] >= 0) {
            oprintf(".Lc%d_%d:\n", n, label_at[i]);
        }
        if (n == trunc_case && i >= trunc_len) {
            continue; /* labels still resolve, to the end */
        }
        oprintf("# item %d\n\t%s\n", i + 1, items[i]);
    }
    for (; i < MAX_ITEMS + 8; i++) {
        if (label_at[i] >= 0) {
            oprintf(".Lc%d_%d:\n", n, label_at[i]);
        }
    }
    oprintf("# case %d end\n", n);
    oprintf("\t.globl a64_end_%d\na64_end_%d:\n", n, n);
    oprintf("\tb a64_leave\n\t.ltorg\n");
}

/*
 * a64_run(fn, out), called from C: saves the callee-saved state and the out
 * pointer in a frame and branches to the case, which ends with
 * "b a64_leave". a64_leave reloads out into x30 (no case reads it) and
 * dumps the state there, resets FPCR/FPSR and returns 0 to C. sp stays
 * valid throughout because no case writes sp. After a fault the harness's
 * signal handler resumes at a64_fault_resume, which returns 1.
 *
 * frame: 0 x29/x30, 16..95 x19-x28, 96..159 d8-d15, 160 out
 * out:   0..231 x0-x28, 232 nzcv, 240 fpsr, 248 fpcr, 272..783 v0-v31
 */
static void gen_restore(void)
{
    int i;

    if (use_v) {
        printf("\tmsr fpcr, xzr\n\tmsr fpsr, xzr\n");
        for (i = 8; i < 16; i += 2) {
            printf("\tldp d%d, d%d, [sp, #%d]\n", i, i + 1, 96 + 8 * (i - 8));
        }
    }
    for (i = 19; i < 29; i += 2) {
        printf("\tldp x%d, x%d, [sp, #%d]\n", i, i + 1, 16 + 8 * (i - 19));
    }
    printf("\tldp x29, x30, [sp]\n\tadd sp, sp, #176\n\tret\n");
}

static void gen_common(int ncases)
{
    int i;

    printf("\t.text\n\t.balign 4\n\t.globl a64_run\na64_run:\n");
    printf("\tsub sp, sp, #176\n\tstp x29, x30, [sp]\n");
    for (i = 19; i < 29; i += 2) {
        printf("\tstp x%d, x%d, [sp, #%d]\n", i, i + 1, 16 + 8 * (i - 19));
    }
    if (use_v) {
        for (i = 8; i < 16; i += 2) {
            printf("\tstp d%d, d%d, [sp, #%d]\n", i, i + 1, 96 + 8 * (i - 8));
        }
    }
    printf("\tstr x1, [sp, #160]\n\tmov x29, sp\n");
    printf("\tadrp x1, a64_frame_sp\n\tmov x2, sp\n"
           "\tstr x2, [x1, :lo12:a64_frame_sp]\n\tbr x0\n");

    printf("a64_leave:\n\tldr x30, [sp, #160]\n");
    for (i = 0; i < 28; i += 2) {
        printf("\tstp x%d, x%d, [x30, #%d]\n", i, i + 1, 8 * i);
    }
    printf("\tstr x28, [x30, #224]\n");
    printf("\tmrs x0, nzcv\n\tstr x0, [x30, #232]\n");
    if (use_v) {
        printf("\tmrs x0, fpsr\n\tstr x0, [x30, #240]\n");
        printf("\tmrs x0, fpcr\n\tstr x0, [x30, #248]\n");
        for (i = 0; i < 32; i += 2) {
            printf("\tstp q%d, q%d, [x30, #%d]\n", i, i + 1, 272 + 16 * i);
        }
    }
    printf("\tmov w0, #0\n");
    gen_restore();

    /* on_fault in the harness resumes here with sp = a64_frame_sp */
    printf("\t.globl a64_fault_resume\na64_fault_resume:\n\tmov w0, #1\n");
    gen_restore();

    printf("\t.bss\n\t.balign 8\n\t.globl a64_frame_sp\na64_frame_sp:\n"
           "\t.skip 8\n");
    printf("\t.section .rodata\n\t.balign 8\n\t.globl a64_cases\na64_cases:\n");
    for (i = 0; i < ncases; i++) {
        printf("\t.quad a64_case_%d\n", trunc_case >= 0 ? trunc_case : i);
    }
    printf("\t.globl a64_tabs\na64_tabs:\n");
    for (i = 0; i < ncases; i++) {
        printf("\t.quad .Ltab_%d\n", trunc_case >= 0 ? trunc_case : i);
    }
    printf("\t.globl a64_ncases\na64_ncases:\n\t.word %d\n", ncases);
}

static unsigned parse_classes(const char *s)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"int", C_INT},   {"mem", C_MEM},       {"fp", C_FP},
                 {"simd", C_SIMD}, {"simdfp", C_SIMDFP}, {"all", C_ALL},
                 {"fault", C_FAULT}, {"sp", C_SP}};
    unsigned c = 0;
    char buf[128], *tok, *save;

    snprintf(buf, sizeof(buf), "%s", s);
    for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        unsigned k;
        for (k = 0; k < NELEM(names); k++) {
            if (strcmp(tok, names[k].name) == 0) {
                c |= names[k].bit;
                break;
            }
        }
        if (k == NELEM(names)) {
            fprintf(stderr, "a64gen: unknown class '%s'\n", tok);
            exit(2);
        }
    }
    return c;
}

int main(int argc, char **argv)
{
    uint64_t seed;
    int ncases, i;

    if (argc != 3 && argc != 4 && argc != 6) {
        fprintf(stderr, "usage: a64gen SEED NCASES [int,mem,fp,simd,simdfp "
                        "[CASE ITEMS]] > cases.S\n");
        return 1;
    }
    if (argc == 6) { /* for bisecting: case CASE keeps its first ITEMS */
        trunc_case = atoi(argv[4]);
        trunc_len = atoi(argv[5]);
    }
    seed = strtoull(argv[1], NULL, 0);
    ncases = atoi(argv[2]);
    if (argc >= 4) {
        classes = parse_classes(argv[3]);
    }
    if (!classes) {
        return 2;
    }
    use_v = (classes & (C_FP | C_SIMD | C_SIMDFP)) != 0;
    if (getenv("A64GEN_EXCLUDE") && *getenv("A64GEN_EXCLUDE")) {
        if (regcomp(&exclude, getenv("A64GEN_EXCLUDE"),
                    REG_EXTENDED | REG_NOSUB)) {
            fprintf(stderr, "a64gen: bad A64GEN_EXCLUDE regex\n");
            return 2;
        }
        have_exclude = 1;
    }
    rng_seed(seed, classes);
    printf("# generated by tests/diff/a64gen %" PRIu64 " %d\n", seed, ncases);
    gen_common(ncases);
    for (i = 0; i < ncases; i++) {
        gen_case(i);
    }
    return 0;
}
