/* The AdvSIMD operations mimic translates inline as 64-bit lane arithmetic
 * (compares, byte pairwise min/max/add, SHRN/XTN) and the sequences whose
 * intermediate values stay in host registers (a compare feeding UMAXP,
 * glibc's strlen step UMINP, UMINP, CMEQ #0), checked against a C model on
 * every pair of byte values and on random lanes biased to equal, zero,
 * sign-edge values. Self-checking: prints one "ok" line per test. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    uint64_t lo, hi;
} V128;

/* Run INSNS with v0 = in[0], v1 = in[1], v2 = in[2]; out = v2. */
#define T(name, insns)                                                     \
    static void name(const V128 *in, V128 *out)                            \
    {                                                                      \
        __asm__ volatile("ldr q0, [%0]\n\tldr q1, [%0, #16]\n\t"           \
                         "ldr q2, [%0, #32]\n\t" insns "\n\t"              \
                         "str q2, [%1]"                                    \
                         :                                                 \
                         : "r"(in), "r"(out)                               \
                         : "v0", "v1", "v2", "v3", "v4", "memory");        \
    }

T(cmeq_b, "cmeq v2.16b, v0.16b, v1.16b")
T(cmhs_b, "cmhs v2.16b, v0.16b, v1.16b")
T(cmhi_b, "cmhi v2.16b, v0.16b, v1.16b")
T(cmge_b, "cmge v2.16b, v0.16b, v1.16b")
T(cmgt_b, "cmgt v2.16b, v0.16b, v1.16b")
T(cmtst_b, "cmtst v2.8b, v0.8b, v1.8b")
T(cmeq_h, "cmeq v2.8h, v0.8h, v1.8h")
T(cmhs_h, "cmhs v2.4h, v0.4h, v1.4h")
T(cmhi_s, "cmhi v2.4s, v0.4s, v1.4s")
T(cmge_s, "cmge v2.2s, v0.2s, v1.2s")
T(cmgt_d, "cmgt v2.2d, v0.2d, v1.2d")
T(cmtst_d, "cmtst v2.2d, v0.2d, v1.2d")
T(cmeq0_b, "cmeq v2.16b, v0.16b, #0")
T(cmge0_b, "cmge v2.8b, v0.8b, #0")
T(cmgt0_h, "cmgt v2.8h, v0.8h, #0")
T(cmle0_s, "cmle v2.4s, v0.4s, #0")
T(cmlt0_d, "cmlt v2.2d, v0.2d, #0")
T(cmgt0_b, "cmgt v2.16b, v0.16b, #0")
T(cmle0_b, "cmle v2.16b, v0.16b, #0")
T(umaxp_b, "umaxp v2.16b, v0.16b, v1.16b")
T(uminp_b, "uminp v2.8b, v0.8b, v1.8b")
T(smaxp_b, "smaxp v2.16b, v0.16b, v1.16b")
T(sminp_b, "sminp v2.16b, v1.16b, v0.16b")
T(addp_b, "addp v2.16b, v0.16b, v0.16b")
T(addp_b8, "addp v2.8b, v0.8b, v1.8b")
/* compare results (masks) feeding the pairwise ops */
T(mask_umaxp, "cmeq v3.16b, v0.16b, v1.16b\n\tumaxp v2.16b, v3.16b, v3.16b")
T(mask_uminp, "cmhs v3.16b, v0.16b, v1.16b\n\tcmeq v4.16b, v0.16b, #0\n\t"
              "uminp v2.16b, v3.16b, v4.16b")
T(mask_smaxp, "cmgt v3.8b, v0.8b, v1.8b\n\tsmaxp v2.8b, v3.8b, v0.8b")
T(mask_sminp, "cmtst v3.16b, v0.16b, v1.16b\n\tsminp v2.16b, v1.16b, v3.16b")
T(mask_h_umaxp, "cmeq v3.8h, v0.8h, v1.8h\n\tumaxp v2.16b, v3.16b, v0.16b")
T(strchr_step, "cmeq v3.16b, v0.16b, v1.16b\n\tcmhs v2.16b, v3.16b, v0.16b\n\t"
               "umaxp v2.16b, v2.16b, v2.16b")
T(strlen_step, "uminp v2.16b, v0.16b, v1.16b\n\tuminp v2.16b, v2.16b, v2.16b\n\t"
               "cmeq v2.8b, v2.8b, #0")
T(strlen_step2, "uminp v3.16b, v0.16b, v1.16b\n\tuminp v3.16b, v3.16b, v3.16b\n\t"
                "cmeq v3.8b, v3.8b, #0\n\tadd v2.2d, v3.2d, v2.2d")
T(umin_not_fused, "umin v2.16b, v0.16b, v1.16b\n\tuminp v2.16b, v2.16b, v2.16b\n\t"
                  "cmeq v2.8b, v2.8b, #0")
T(memchr_step, "cmeq v3.16b, v0.16b, v1.16b\n\tshrn v2.8b, v3.8h, #4")
T(shrn_b, "shrn v2.8b, v0.8h, #3")
T(shrn2_b, "shrn2 v2.16b, v0.8h, #8")
T(shrn_h, "shrn v2.4h, v0.4s, #13")
T(shrn2_s, "shrn2 v2.4s, v1.2d, #32")
T(xtn_b, "xtn v2.8b, v0.8h")
T(xtn2_h, "xtn2 v2.8h, v1.4s")
T(xtn_s, "xtn v2.2s, v1.2d")
T(sli_s, "sli v2.4s, v0.4s, #7")
T(sri_h, "sri v2.8h, v1.8h, #16")
T(sri_b, "sri v2.8b, v0.8b, #3")
T(sli_d, "sli v2.2d, v1.2d, #0")
T(sli_scalar, "sli d2, d0, #63")

/* ---- the model ---------------------------------------------------------- */

enum { EQ, HS, HI, GE, GT, TST, EQ0, GE0, GT0, LE0, LT0 };
enum { UMAX, UMIN, SMAX, SMIN, ADD };

static uint64_t lane(const V128 *v, int size, int i)
{
    uint8_t b[16];
    uint64_t x = 0;

    memcpy(b, &v->lo, 8);
    memcpy(b + 8, &v->hi, 8);
    memcpy(&x, b + (i << size), 1u << size);
    return x;
}

static void set_lane(V128 *v, int size, int i, uint64_t x)
{
    uint8_t b[16];

    memcpy(b, &v->lo, 8);
    memcpy(b + 8, &v->hi, 8);
    memcpy(b + (i << size), &x, 1u << size);
    memcpy(&v->lo, b, 8);
    memcpy(&v->hi, b + 8, 8);
}

static int64_t sx(uint64_t x, int size)
{
    int sh = 64 - (8 << size);

    return (int64_t)(x << sh) >> sh;
}

static V128 m_cmp(int kind, V128 a, V128 b, int size, int q)
{
    V128 r = {0, 0};
    int n = (q ? 16 : 8) >> size;

    for (int i = 0; i < n; i++) {
        uint64_t x = lane(&a, size, i), y = lane(&b, size, i);
        int64_t s = sx(x, size), t = sx(y, size);
        int c;
        switch (kind) {
        case EQ: c = x == y; break;
        case HS: c = x >= y; break;
        case HI: c = x > y; break;
        case GE: c = s >= t; break;
        case GT: c = s > t; break;
        case TST: c = (x & y) != 0; break;
        case EQ0: c = x == 0; break;
        case GE0: c = s >= 0; break;
        case GT0: c = s > 0; break;
        case LE0: c = s <= 0; break;
        default: c = s < 0; break;
        }
        set_lane(&r, size, i, c ? ~0ull : 0);
    }
    return r;
}

static V128 m_pair(int op, V128 a, V128 b, int q)
{
    uint64_t c[32];
    V128 r = {0, 0};
    int n = q ? 16 : 8;

    for (int i = 0; i < n; i++) {
        c[i] = lane(&a, 0, i);
        c[n + i] = lane(&b, 0, i);
    }
    for (int i = 0; i < n; i++) {
        uint64_t x = c[2 * i], y = c[2 * i + 1], v;
        int64_t s = (int8_t)x, t = (int8_t)y;
        switch (op) {
        case UMAX: v = x > y ? x : y; break;
        case UMIN: v = x < y ? x : y; break;
        case SMAX: v = (uint64_t)(s > t ? s : t); break;
        case SMIN: v = (uint64_t)(s < t ? s : t); break;
        default: v = x + y; break;
        }
        set_lane(&r, 0, i, v & 0xff);
    }
    return r;
}

/* SHRN/XTN (sh = 0) to lanes of `size`; part: the "2" form into d. */
static V128 m_narrow(V128 a, V128 d, int size, int sh, int part)
{
    V128 r = part ? d : (V128){0, 0};
    int n = 8 >> size;

    for (int i = 0; i < n; i++) {
        set_lane(&r, size, part ? n + i : i, lane(&a, size + 1, i) >> sh);
    }
    return r;
}

/* SLI (left) / SRI by sh on lanes of `size`; q = 0 clears the high half. */
static V128 m_insert(V128 a, V128 d, int size, int sh, int left, int q)
{
    int bits = 8 << size, n = (q ? 16 : 8) >> size;
    uint64_t lm = bits == 64 ? ~0ull : (1ull << bits) - 1;
    V128 r = {0, 0};

    for (int i = 0; i < n; i++) {
        uint64_t x = lane(&a, size, i), y = lane(&d, size, i), km, v;
        if (left) {
            km = (lm << sh) & lm;
            v = x << sh;
        } else {
            km = sh >= bits ? 0 : lm >> sh;
            v = sh >= bits ? 0 : x >> sh;
        }
        set_lane(&r, size, i, (y & ~km) | (v & km));
    }
    return r;
}

static V128 model(int t, const V128 *in)
{
    V128 a = in[0], b = in[1], d = in[2], m;

    switch (t) {
    case 0: return m_cmp(EQ, a, b, 0, 1);
    case 1: return m_cmp(HS, a, b, 0, 1);
    case 2: return m_cmp(HI, a, b, 0, 1);
    case 3: return m_cmp(GE, a, b, 0, 1);
    case 4: return m_cmp(GT, a, b, 0, 1);
    case 5: return m_cmp(TST, a, b, 0, 0);
    case 6: return m_cmp(EQ, a, b, 1, 1);
    case 7: return m_cmp(HS, a, b, 1, 0);
    case 8: return m_cmp(HI, a, b, 2, 1);
    case 9: return m_cmp(GE, a, b, 2, 0);
    case 10: return m_cmp(GT, a, b, 3, 1);
    case 11: return m_cmp(TST, a, b, 3, 1);
    case 12: return m_cmp(EQ0, a, b, 0, 1);
    case 13: return m_cmp(GE0, a, b, 0, 0);
    case 14: return m_cmp(GT0, a, b, 1, 1);
    case 15: return m_cmp(LE0, a, b, 2, 1);
    case 16: return m_cmp(LT0, a, b, 3, 1);
    case 17: return m_cmp(GT0, a, b, 0, 1);
    case 18: return m_cmp(LE0, a, b, 0, 1);
    case 19: return m_pair(UMAX, a, b, 1);
    case 20: return m_pair(UMIN, a, b, 0);
    case 21: return m_pair(SMAX, a, b, 1);
    case 22: return m_pair(SMIN, b, a, 1);
    case 23: return m_pair(ADD, a, a, 1);
    case 24: return m_pair(ADD, a, b, 0);
    case 25: m = m_cmp(EQ, a, b, 0, 1); return m_pair(UMAX, m, m, 1);
    case 26:
        return m_pair(UMIN, m_cmp(HS, a, b, 0, 1), m_cmp(EQ0, a, b, 0, 1), 1);
    case 27: return m_pair(SMAX, m_cmp(GT, a, b, 0, 0), a, 0);
    case 28: return m_pair(SMIN, b, m_cmp(TST, a, b, 0, 1), 1);
    case 29: return m_pair(UMAX, m_cmp(EQ, a, b, 1, 1), a, 1);
    case 30:
        m = m_cmp(HS, m_cmp(EQ, a, b, 0, 1), a, 0, 1);
        return m_pair(UMAX, m, m, 1);
    case 31:
    case 32:
        m = m_pair(UMIN, a, b, 1);
        m = m_pair(UMIN, m, m, 1);
        m = m_cmp(EQ0, m, m, 0, 0);
        if (t == 32) {
            m.lo += d.lo;
            m.hi += d.hi;
        }
        return m;
    case 33: return m_narrow(m_cmp(EQ, a, b, 0, 1), d, 0, 4, 0);
    case 46:
        m = m_cmp(HS, b, a, 0, 1); /* UMIN: a where b >= a */
        for (int i = 0; i < 16; i++) {
            set_lane(&m, 0, i, lane(&m, 0, i) ? lane(&a, 0, i) : lane(&b, 0, i));
        }
        m = m_pair(UMIN, m, m, 1);
        return m_cmp(EQ0, m, m, 0, 0);
    case 34: return m_narrow(a, d, 0, 3, 0);
    case 35: return m_narrow(a, d, 0, 8, 1);
    case 36: return m_narrow(a, d, 1, 13, 0);
    case 37: return m_narrow(b, d, 2, 32, 1);
    case 38: return m_narrow(a, d, 0, 0, 0);
    case 39: return m_narrow(b, d, 1, 0, 1);
    case 40: return m_narrow(b, d, 2, 0, 0);
    case 41: return m_insert(a, d, 2, 7, 1, 1);
    case 42: return m_insert(b, d, 1, 16, 0, 1);
    case 43: return m_insert(a, d, 0, 3, 0, 0);
    case 44: return m_insert(b, d, 3, 0, 1, 1);
    default: return m_insert(a, d, 3, 63, 1, 0);
    }
}

static const struct {
    const char *name;
    void (*fn)(const V128 *, V128 *);
} tests[] = {
    {"cmeq 16b", cmeq_b},       {"cmhs 16b", cmhs_b},
    {"cmhi 16b", cmhi_b},       {"cmge 16b", cmge_b},
    {"cmgt 16b", cmgt_b},       {"cmtst 8b", cmtst_b},
    {"cmeq 8h", cmeq_h},        {"cmhs 4h", cmhs_h},
    {"cmhi 4s", cmhi_s},        {"cmge 2s", cmge_s},
    {"cmgt 2d", cmgt_d},        {"cmtst 2d", cmtst_d},
    {"cmeq #0 16b", cmeq0_b},   {"cmge #0 8b", cmge0_b},
    {"cmgt #0 8h", cmgt0_h},    {"cmle #0 4s", cmle0_s},
    {"cmlt #0 2d", cmlt0_d},    {"cmgt #0 16b", cmgt0_b},
    {"cmle #0 16b", cmle0_b},   {"umaxp 16b", umaxp_b},
    {"uminp 8b", uminp_b},      {"smaxp 16b", smaxp_b},
    {"sminp 16b", sminp_b},     {"addp 16b (n, n)", addp_b},
    {"addp 8b", addp_b8},       {"cmeq+umaxp", mask_umaxp},
    {"cmhs+cmeq+uminp", mask_uminp}, {"cmgt+smaxp 8b", mask_smaxp},
    {"cmtst+sminp", mask_sminp}, {"cmeq 8h+umaxp", mask_h_umaxp},
    {"strchr step", strchr_step}, {"strlen step", strlen_step},
    {"strlen step (other reg)", strlen_step2}, {"memchr step", memchr_step},
    {"shrn 8b #3", shrn_b},     {"shrn2 16b #8", shrn2_b},
    {"shrn 4h #13", shrn_h},    {"shrn2 4s #32", shrn2_s},
    {"xtn 8b", xtn_b},          {"xtn2 8h", xtn2_h},
    {"xtn 2s", xtn_s},          {"sli 4s #7", sli_s},
    {"sri 8h #16", sri_h},      {"sri 8b #3", sri_b},
    {"sli 2d #0", sli_d},       {"sli d #63", sli_scalar},
    {"umin, uminp, cmeq #0", umin_not_fused},
};

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* A random byte that is often an edge value. */
static uint8_t rbyte(void)
{
    static const uint8_t e[] = {0, 1, 0x7f, 0x80, 0x81, 0xfe, 0xff, 0x40};
    uint64_t r = rnd();

    return (r & 1) ? e[(r >> 1) & 7] : (uint8_t)(r >> 8);
}

static void fill(V128 *in, int pass)
{
    uint8_t b[48];

    if (pass < 4096) { /* every (a, b) byte pair, 16 per vector */
        for (int i = 0; i < 16; i++) {
            int p = pass * 16 + i;
            b[i] = (uint8_t)(p >> 8);
            b[16 + i] = (uint8_t)p;
            b[32 + i] = (uint8_t)(p * 7);
        }
    } else {
        for (int i = 0; i < 48; i++) {
            b[i] = rbyte();
        }
        /* whole lanes equal, or n a copy of m, now and then */
        if (pass % 3 == 0) {
            memcpy(b + 16, b, 8);
        }
        if (pass % 7 == 0) {
            memcpy(b + 24, b + 8, 8);
        }
    }
    memcpy(in, b, 48);
}

int main(void)
{
    for (size_t t = 0; t < sizeof(tests) / sizeof(tests[0]); t++) {
        int bad = 0;
        for (int pass = 0; pass < 4096 + 10000; pass++) {
            V128 in[3], got, want;
            fill(in, pass);
            tests[t].fn(in, &got);
            want = model((int)t, in);
            if ((got.lo != want.lo || got.hi != want.hi) && bad++ < 3) {
                printf("%s: FAIL in %016llx%016llx %016llx%016llx "
                       "%016llx%016llx got %016llx%016llx want "
                       "%016llx%016llx\n",
                       tests[t].name, (unsigned long long)in[0].hi,
                       (unsigned long long)in[0].lo,
                       (unsigned long long)in[1].hi,
                       (unsigned long long)in[1].lo,
                       (unsigned long long)in[2].hi,
                       (unsigned long long)in[2].lo,
                       (unsigned long long)got.hi, (unsigned long long)got.lo,
                       (unsigned long long)want.hi,
                       (unsigned long long)want.lo);
            }
        }
        if (!bad) {
            printf("%s: ok\n", tests[t].name);
        }
    }
    return 0;
}
