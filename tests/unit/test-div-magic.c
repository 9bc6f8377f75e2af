/*
 * Division by a cached reciprocal (translator/div-magic.h and the x86
 * backend's divu/remu through the per-CPU divisor cache).
 *
 * 1. The math: for many divisors (small, powers of two and their
 *    neighbours, 2^63 + 1, UINT64_MAX, random of every bit length) the
 *    multiplier's defining bounds hold and the quotient formula equals real
 *    division for edge and random dividends.
 * 2. The generated code: divu/remu sites run over sequences of divisors
 *    (repeated, changing at every division, in pairs, 0 and 1 after a fill,
 *    two sites sharing one slot, constants, dividend == divisor) give the
 *    IR's results, and a filled slot holds what div_magic_u64 computes.
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "backends/x86_64/x86-gen.h"
#include "translator/backend.h"
#include "translator/cpu.h"
#include "translator/div-magic.h"
#include "translator/exec.h"
#include "translator/ir.h"
#include "translator/tuning.h"

typedef unsigned __int128 u128;

#define NG 8
#include "tests/unit/backend-harness.h"

static TranslationBlock tb;
static uint32_t insn_off[16];
static uint64_t insn_pcs[16];
static long checks, failures;

static uint64_t rng_state = 0x243f6a8885a308d3ull;

static uint64_t rnd(void)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

/* A random value of a random bit length, so small ones are common too. */
static uint64_t rnd_len(void)
{
    unsigned bits = 1 + (unsigned)(rnd() % 64);
    uint64_t v = rnd();
    return bits == 64 ? v : v & ((1ull << bits) - 1);
}

static void check(const char *what, uint64_t n, uint64_t d, uint64_t got,
                  uint64_t want)
{
    checks++;
    if (got != want) {
        if (failures < 40) {
            printf("FAIL %s: n %#" PRIx64 " d %#" PRIx64 ": got %#" PRIx64
                   " want %#" PRIx64 "\n",
                   what, n, d, got, want);
        }
        failures++;
    }
}

/* ---- 1. the math ------------------------------------------------------- */

static void check_magic(uint64_t d)
{
    uint64_t m;
    unsigned sh;
    div_magic_u64(d, &m, &sh);

    /* l = sh + 1 = ceil(log2 d): 2^(l-1) < d <= 2^l. */
    unsigned l = sh + 1;
    checks++;
    if (l < 1 || l > 64 || (d >> (l - 1)) == 0 || (l < 64 && d > (1ull << l)) ||
        (l >= 2 && d <= (1ull << (l - 1)))) {
        printf("FAIL magic_shift: d %#" PRIx64 " shift %u\n", d, sh);
        failures++;
        return;
    }
    /* (2^64 + m) * d in (2^(64+l), 2^(64+l) + d], i.e. with
     * top = 2^l - d: 2^64 * top < m * d <= 2^64 * top + d. */
    u128 top = (l == 64 ? ((u128)1 << 64) : ((u128)1 << l)) - d;
    u128 md = (u128)m * d;
    checks++;
    if (m == 0 || !(md > top << 64) || md - (top << 64) > d) {
        printf("FAIL magic_bounds: d %#" PRIx64 " m %#" PRIx64 "\n", d, m);
        failures++;
    }

    uint64_t ns[24 + 16];
    int k = 0;
    ns[k++] = 0;
    ns[k++] = 1;
    ns[k++] = d - 1;
    ns[k++] = d;
    ns[k++] = d + 1; /* wraps to 0 for UINT64_MAX: fine */
    ns[k++] = UINT64_MAX;
    ns[k++] = UINT64_MAX - 1;
    ns[k++] = 1ull << 63;
    ns[k++] = (1ull << 63) - 1;
    /* The last multiples of d below 2^64 and their neighbours. */
    uint64_t top_q = UINT64_MAX / d;
    ns[k++] = top_q * d;
    ns[k++] = top_q * d - 1;
    ns[k++] = top_q * d + (d - 1);
    for (int i = 0; i < 12; i++) {
        ns[k++] = rnd();
    }
    for (int i = 0; i < 8; i++) {
        uint64_t q = rnd() % (top_q + 1);
        ns[k++] = q * d;
        ns[k++] = q * d + (d - 1);
    }
    for (int i = 0; i < k; i++) {
        check("magic_quotient", ns[i], d, div_magic_apply(ns[i], m, sh),
              ns[i] / d);
    }
}

static void test_math(void)
{
    long before = failures;

    for (uint64_t d = 2; d < 5000; d++) {
        check_magic(d);
    }
    for (int b = 1; b < 64; b++) {
        uint64_t p = 1ull << b;
        check_magic(p);
        check_magic(p + 1);
        check_magic(p - 1 > 1 ? p - 1 : 2);
        check_magic(p + (p >> 1));
    }
    static const uint64_t special[] = {
        3,
        7,
        10,
        1000003,
        0xffffffffull,
        0x100000001ull,
        0x8000000000000001ull,
        0x7fffffffffffffffull,
        0xfffffffffffffffeull,
        UINT64_MAX,
        0xcccccccccccccccdull,
        0x5555555555555555ull,
    };
    for (size_t i = 0; i < sizeof(special) / sizeof(special[0]); i++) {
        check_magic(special[i]);
    }
    for (int i = 0; i < 200000; i++) {
        uint64_t d = rnd_len();
        check_magic(d < 2 ? 2 : d);
    }
    /* Exhaustive over small dividends and divisors. */
    for (uint64_t d = 2; d < 300; d++) {
        uint64_t m;
        unsigned sh;
        div_magic_u64(d, &m, &sh);
        for (uint64_t n = 0; n < 70000; n++) {
            uint64_t q = div_magic_apply(n, m, sh);
            if (q != n / d) {
                check("magic_small", n, d, q, n / d);
            }
        }
        checks++;
    }
    if (failures == before) {
        printf("PASS div_magic_math\n");
    }
}

/* ---- 2. the generated code --------------------------------------------- */

static void setup(void)
{
    harness_setup(4 << 20);
}

/* Site A at PC_A; site B at a pc sharing A's slot; site C in a slot of its
 * own. */
#define PC_A 0x1069cull
static uint64_t pc_b, pc_c;

static void find_pcs(void)
{
    unsigned ia = div_cache_index(PC_A);
    for (uint64_t pc = PC_A + 2;; pc += 2) {
        if (!pc_b && div_cache_index(pc) == ia) {
            pc_b = pc;
        }
        if (!pc_c && div_cache_index(pc) != ia) {
            pc_c = pc;
        }
        if (pc_b && pc_c) {
            break;
        }
    }
}

/*
 *   A: g2 = g0 / g1; g3 = g0 % g1         (one slot, both forms)
 *   B: g4 = g0 / g5                        (same slot as A)
 *   C: g6 = g0 % g0; g7 = g0 / const      (own slot; dividend == divisor)
 *   A again: g1 = g0 % g1                  (output == divisor)
 */
static uint64_t const_div;

static TranslationBlock *gen_sites(void)
{
    memset(&tb, 0, sizeof(tb));
    tb.insn_host_off = insn_off;
    tb.insn_pc = insn_pcs;
    ir_reset(&ctx);
    ir_insn_start(&ctx, PC_A);
    ir_divu(&ctx, g[2], g[0], g[1]);
    ir_remu(&ctx, g[3], g[0], g[1]);
    ir_insn_start(&ctx, pc_b);
    ir_divu(&ctx, g[4], g[0], g[5]);
    ir_insn_start(&ctx, pc_c);
    ir_remu(&ctx, g[6], g[0], g[0]);
    ir_divu(&ctx, g[7], g[0], ir_const(&ctx, (int64_t)const_div));
    ir_insn_start(&ctx, PC_A);
    ir_remu(&ctx, g[1], g[0], g[1]);
    ir_exit_tb(&ctx, 0);
    cb.ptr = tb_area;
    if (host_backend.gen_code(&ctx, &tb, &cb) < 0) {
        printf("FAIL gen_code\n");
        failures++;
        return NULL;
    }
    return &tb;
}

static uint64_t ref_div(uint64_t n, uint64_t d)
{
    return d ? n / d : UINT64_MAX;
}

static uint64_t ref_rem(uint64_t n, uint64_t d)
{
    return d ? n % d : n;
}

/* One run of the sites with dividend n, divisors d (A) and e (B). */
static void run_one(TranslationBlock *t, uint64_t n, uint64_t d, uint64_t e)
{
    memset(cpu.r, 0x5a, sizeof(cpu.r));
    cpu.r[0] = n;
    cpu.r[1] = d;
    cpu.r[5] = e;
    host_backend.enter(&cpu, t->code);
    check("site_a_div", n, d, cpu.r[2], ref_div(n, d));
    check("site_a_rem", n, d, cpu.r[3], ref_rem(n, d));
    check("site_b_div", n, e, cpu.r[4], ref_div(n, e));
    check("site_c_rem_self", n, n, cpu.r[6], ref_rem(n, n));
    check("site_c_div_const", n, const_div, cpu.r[7], ref_div(n, const_div));
    check("site_a_rem_into_divisor", n, d, cpu.r[1], ref_rem(n, d));
    if (cpu.r[5] != e || cpu.r[0] != n) {
        check("inputs_kept", n, e, cpu.r[5] ^ cpu.r[0], e ^ n);
    }
}

static uint64_t rnd_dividend(uint64_t d)
{
    switch (rnd() % 6) {
    case 0:
        return UINT64_MAX;
    case 1:
        return d ? (UINT64_MAX / d) * d - 1 : 0;
    case 2:
        return d - 1;
    case 3:
        return rnd_len();
    default:
        return rnd();
    }
}

static const uint64_t divisors[] = {
    0,
    1,
    2,
    3,
    5,
    7,
    10,
    16,
    1000003,
    0xffffffffull,
    0x100000000ull,
    0x100000001ull,
    0x7fffffffffffffffull,
    0x8000000000000000ull,
    0x8000000000000001ull,
    0xfffffffffffffffeull,
    UINT64_MAX,
};
#define NDIV (sizeof(divisors) / sizeof(divisors[0]))

static void check_slot_filled(uint64_t pc, uint64_t d)
{
    const DivCacheSlot *sl = &cpu.common.div_cache[div_cache_index(pc)];
    uint64_t m;
    unsigned sh;

    if (d < 2) {
        /* 0 is only ever the empty slot; 1 is never stored. */
        check("slot_never_one", 0, d, sl->d == 1, 0);
        return;
    }
    div_magic_u64(d, &m, &sh);
    check("slot_d", 0, d, sl->d, d);
    check("slot_m", 0, d, sl->m, m);
    check("slot_shift", 0, d, sl->shift, sh);
}

static void test_sites(const char *name)
{
    long before = failures;

    memset(cpu.common.div_cache, 0, sizeof(cpu.common.div_cache));
    for (int c = 0; c < 4; c++) {
        const_div = c == 0 ? 7 : c == 1 ? 0 : c == 2 ? 1 : rnd() | 1;
        TranslationBlock *t = gen_sites();
        if (!t) {
            return;
        }
        /* Each divisor held for a while (site B follows A: no thrash), with
         * a fill after the second division; then the slot's content. */
        for (size_t i = 0; i < NDIV; i++) {
            for (int k = 0; k < 6; k++) {
                uint64_t n = rnd_dividend(divisors[i]);
                run_one(t, n, divisors[i], divisors[i]);
            }
            if (x86_features.bmi2 && tuning_on(TUNING_div_cache)) {
                check_slot_filled(PC_A, divisors[i]);
            }
        }
        /* A divisor that changes at every division, then in pairs, then 0
         * and 1 right after a fill, then A and B fighting over the slot. */
        for (int k = 0; k < 200; k++) {
            uint64_t d = divisors[k % NDIV], e = divisors[(k * 7) % NDIV];
            run_one(t, rnd_dividend(d), d, e);
        }
        for (int k = 0; k < 200; k++) {
            uint64_t d = divisors[(k / 2) % NDIV];
            run_one(t, rnd_dividend(d), d, d);
        }
        for (int k = 0; k < 60; k++) {
            uint64_t d = 1000003;
            run_one(t, rnd(), d, d);
            run_one(t, rnd(), d, d);
            run_one(t, rnd(), k & 1, d);
            run_one(t, rnd(), d, k & 1);
        }
        for (int k = 0; k < 400; k++) {
            uint64_t d = rnd_len(), e = k & 4 ? d : rnd_len();
            run_one(t, rnd_dividend(d), d, e);
            run_one(t, rnd_dividend(d), d, e);
        }
    }
    if (failures == before) {
        printf("PASS %s\n", name);
    }
}

int main(void)
{
    X86Features host;

    test_math();
    setup();
    find_pcs();
    host = x86_features;
    test_sites("div_cache_sites");
    x86_features.bmi2 = false;
    test_sites("div_cache_no_bmi2");
    x86_features = host;
    tuning_mask &= ~TUNING_div_cache;
    test_sites("div_cache_off");
    tuning_mask |= TUNING_div_cache;
    printf("%s div-magic: %ld checks, %ld failures\n",
           failures ? "FAIL" : "PASS", checks, failures);
    return failures != 0;
}
