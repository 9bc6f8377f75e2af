/*
 * AdvSIMD integer helpers: element loops over copies of the V registers.
 *
 * Operands are copied out of env->v before any result is written, so rd may
 * alias rn or rm. Elements travel as zero-extended uint64_t; signed
 * operations sign-extend them with sext() and do the arithmetic in 128 bits
 * where 64-bit elements could overflow, then saturate (setting FPSR.QC) or
 * truncate to the element width.
 *
 * Speed: the element-wise and pairwise loops are instantiated once per
 * (operation, size) pair, and the operations real programs use most (byte
 * compares, UMAXP/UMINP/ADDP, XTN/SHRN, SXTL/UXTL/SSHLL/USHLL, 16/32-bit
 * lane arithmetic and shifts) have SSE2 versions, which every x86-64 host
 * has.
 */
#include <emmintrin.h>
#include <stdbool.h>
#include <string.h>

#include "frontends/aarch64/helpers-simd.h"

#define QC (1u << 27)

typedef __int128 i128;
typedef unsigned __int128 u128;

static inline int d_rd(uint64_t d)
{
    return d & 31;
}
static inline int d_rn(uint64_t d)
{
    return (d >> 5) & 31;
}
static inline int d_rm(uint64_t d)
{
    return (d >> 10) & 31;
}
static inline int d_size(uint64_t d)
{
    return (d >> 15) & 3;
}
static inline int d_op(uint64_t d)
{
    return (d >> 24) & 0xff;
}
static inline uint32_t d_imm(uint64_t d)
{
    return (uint32_t)(d >> 32);
}

static inline uint64_t emask(int bits)
{
    return bits >= 64 ? ~0ull : (1ull << bits) - 1;
}

static inline int64_t sext(uint64_t x, int bits)
{
    return bits >= 64 ? (int64_t)x : (int64_t)(x << (64 - bits)) >> (64 - bits);
}

static inline void vread(const CPUARMState *env, int r, uint64_t *v)
{
    v[0] = env->v[r][0];
    v[1] = env->v[r][1];
}

static inline void vwrite(CPUARMState *env, int r, const uint64_t *v)
{
    env->v[r][0] = v[0];
    env->v[r][1] = v[1];
}

/* Saturate x to a signed / unsigned `bits`-bit value. */
static uint64_t sat_s(CPUARMState *env, i128 x, int bits)
{
    i128 max = ((i128)1 << (bits - 1)) - 1, min = -max - 1;

    if (x > max) {
        env->fpsr |= QC;
        x = max;
    } else if (x < min) {
        env->fpsr |= QC;
        x = min;
    }
    return (uint64_t)x & emask(bits);
}

static uint64_t sat_u(CPUARMState *env, i128 x, int bits)
{
    i128 max = ((i128)1 << bits) - 1;

    if (x > max) {
        env->fpsr |= QC;
        x = max;
    } else if (x < 0) {
        env->fpsr |= QC;
        x = 0;
    }
    return (uint64_t)x & emask(bits);
}

/*
 * The register-controlled shifts (SSHL family): shift a by the signed
 * amount sh (left when positive). round: rounding right shifts; sat:
 * saturating left shifts (right shifts never saturate).
 */
static uint64_t shift_elem(CPUARMState *env, uint64_t a, int sh, int bits,
                           bool sgn, bool round, bool sat)
{
    i128 x = sgn ? (i128)sext(a, bits) : (i128)a;

    if (sh >= 0) {
        if (!sat) {
            return sh >= bits ? 0 : (a << sh) & emask(bits);
        }
        if (x == 0) {
            return 0;
        }
        if (sh >= bits) {
            x = x < 0 ? -((i128)1 << 100) : ((i128)1 << 100);
        } else {
            x <<= sh;
        }
        return sgn ? sat_s(env, x, bits) : sat_u(env, x, bits);
    }
    sh = -sh;
    if (round) {
        if (sh > 65) {
            return 0;
        }
        return (uint64_t)((x + ((i128)1 << (sh - 1))) >> sh) & emask(bits);
    }
    if (sh >= 64) {
        return sgn && x < 0 ? emask(bits) : 0;
    }
    return (uint64_t)(x >> sh) & emask(bits);
}

static uint64_t pmul8(uint64_t a, uint64_t b, int bits)
{
    uint64_t r = 0;

    for (int i = 0; i < bits; i++) {
        if (b >> i & 1) {
            r ^= a << i;
        }
    }
    return r;
}

static uint64_t count_cls(uint64_t a, int bits)
{
    int64_t s = sext(a, bits);
    int n = 0;

    for (int i = bits - 2; i >= 0; i--) {
        if (((s >> i) & 1) != ((s >> (bits - 1)) & 1)) {
            break;
        }
        n++;
    }
    return n;
}

static uint64_t count_clz(uint64_t a, int bits)
{
    return a == 0 ? (uint64_t)bits
                  : (uint64_t)(__builtin_clzll(a) - (64 - bits));
}

static uint64_t rbit8(uint64_t a)
{
    uint64_t r = 0;

    for (int i = 0; i < 8; i++) {
        r |= (a >> i & 1) << (7 - i);
    }
    return r;
}

/* URECPE / URSQRTE on 32-bit elements: the Arm ARM's 9-bit estimate
 * tables computed as they are specified. */
static uint64_t urecpe32(uint64_t x)
{
    uint32_t a, b;

    if (!(x >> 31)) {
        return 0xffffffffu;
    }
    a = (uint32_t)(x >> 23) * 2 + 1;
    b = (1u << 19) / a;
    return (uint64_t)(((b + 1) / 2) & 0x1ff) << 23;
}

static uint64_t ursqrte32(uint64_t x)
{
    uint64_t a = x >> 23, b = 512;

    if (!(x >> 30)) {
        return 0xffffffffu;
    }
    if (a < 256) {
        a = a * 2 + 1;
    } else {
        a = ((a >> 1) << 1) + 1;
        a *= 2;
    }
    while (a * (b + 1) * (b + 1) < (1ull << 28)) {
        b++;
    }
    return (((b + 1) / 2) & 0x1ff) << 23;
}

/* One element of an element-wise operation at `bits` bits. */
static inline __attribute__((always_inline)) uint64_t
elt_op(CPUARMState *env, int op, int bits, uint64_t a, uint64_t b, uint64_t d,
       uint32_t imm)
{
    uint64_t m = emask(bits);
    i128 sa = sext(a, bits), sb = sext(b, bits), sd = sext(d, bits);
    i128 t;

    switch (op) {
    case SIMD_OP_ADD:
        return a + b;
    case SIMD_OP_SUB:
        return a - b;
    case SIMD_OP_MUL:
        return a * b;
    case SIMD_OP_MLA:
        return d + a * b;
    case SIMD_OP_MLS:
        return d - a * b;
    case SIMD_OP_SQADD:
        return sat_s(env, sa + sb, bits);
    case SIMD_OP_UQADD:
        return sat_u(env, (i128)a + b, bits);
    case SIMD_OP_SQSUB:
        return sat_s(env, sa - sb, bits);
    case SIMD_OP_UQSUB:
        return sat_u(env, (i128)a - b, bits);
    case SIMD_OP_SHADD:
        return (uint64_t)((sa + sb) >> 1);
    case SIMD_OP_UHADD:
        return (uint64_t)(((i128)a + b) >> 1);
    case SIMD_OP_SRHADD:
        return (uint64_t)((sa + sb + 1) >> 1);
    case SIMD_OP_URHADD:
        return (uint64_t)(((i128)a + b + 1) >> 1);
    case SIMD_OP_SHSUB:
        return (uint64_t)((sa - sb) >> 1);
    case SIMD_OP_UHSUB:
        return (uint64_t)(((i128)a - b) >> 1);
    case SIMD_OP_SMAX:
        return sa > sb ? a : b;
    case SIMD_OP_SMIN:
        return sa < sb ? a : b;
    case SIMD_OP_UMAX:
        return a > b ? a : b;
    case SIMD_OP_UMIN:
        return a < b ? a : b;
    case SIMD_OP_SABD:
        return (uint64_t)(sa > sb ? sa - sb : sb - sa);
    case SIMD_OP_UABD:
        return a > b ? a - b : b - a;
    case SIMD_OP_SABA:
        return d + (uint64_t)(sa > sb ? sa - sb : sb - sa);
    case SIMD_OP_UABA:
        return d + (a > b ? a - b : b - a);
    case SIMD_OP_CMEQ:
        return a == b ? m : 0;
    case SIMD_OP_CMGE:
        return sa >= sb ? m : 0;
    case SIMD_OP_CMGT:
        return sa > sb ? m : 0;
    case SIMD_OP_CMHI:
        return a > b ? m : 0;
    case SIMD_OP_CMHS:
        return a >= b ? m : 0;
    case SIMD_OP_CMTST:
        return (a & b) ? m : 0;
    case SIMD_OP_CMEQ0:
        return a == 0 ? m : 0;
    case SIMD_OP_CMGE0:
        return sa >= 0 ? m : 0;
    case SIMD_OP_CMGT0:
        return sa > 0 ? m : 0;
    case SIMD_OP_CMLE0:
        return sa <= 0 ? m : 0;
    case SIMD_OP_CMLT0:
        return sa < 0 ? m : 0;
    case SIMD_OP_SSHL:
        return shift_elem(env, a, (int8_t)b, bits, true, false, false);
    case SIMD_OP_USHL:
        return shift_elem(env, a, (int8_t)b, bits, false, false, false);
    case SIMD_OP_SRSHL:
        return shift_elem(env, a, (int8_t)b, bits, true, true, false);
    case SIMD_OP_URSHL:
        return shift_elem(env, a, (int8_t)b, bits, false, true, false);
    case SIMD_OP_SQSHL:
        return shift_elem(env, a, (int8_t)b, bits, true, false, true);
    case SIMD_OP_UQSHL:
        return shift_elem(env, a, (int8_t)b, bits, false, false, true);
    case SIMD_OP_SQRSHL:
        return shift_elem(env, a, (int8_t)b, bits, true, true, true);
    case SIMD_OP_UQRSHL:
        return shift_elem(env, a, (int8_t)b, bits, false, true, true);
    case SIMD_OP_SQDMULH:
        return sat_s(env, (2 * sa * sb) >> bits, bits);
    case SIMD_OP_SQRDMULH:
        return sat_s(env, (2 * sa * sb + ((i128)1 << (bits - 1))) >> bits,
                     bits);
    case SIMD_OP_PMUL:
        return pmul8(a, b, bits);
    case SIMD_OP_AND:
        return a & b;
    case SIMD_OP_BIC:
        return a & ~b;
    case SIMD_OP_ORR:
        return a | b;
    case SIMD_OP_ORN:
        return a | ~b;
    case SIMD_OP_EOR:
        return a ^ b;
    case SIMD_OP_BSL:
        return (a & d) | (b & ~d);
    case SIMD_OP_BIT:
        return (a & b) | (d & ~b);
    case SIMD_OP_BIF:
        return (d & b) | (a & ~b);
    case SIMD_OP_SUQADD:
        return sat_s(env, sd + (i128)a, bits);
    case SIMD_OP_USQADD:
        return sat_u(env, (i128)d + sa, bits);
    case SIMD_OP_ABS:
        return (uint64_t)(sa < 0 ? -sa : sa);
    case SIMD_OP_NEG:
        return -a;
    case SIMD_OP_SQABS:
        return sat_s(env, sa < 0 ? -sa : sa, bits);
    case SIMD_OP_SQNEG:
        return sat_s(env, -sa, bits);
    case SIMD_OP_CLS:
        return count_cls(a, bits);
    case SIMD_OP_CLZ:
        return count_clz(a, bits);
    case SIMD_OP_CNT:
        return (uint64_t)__builtin_popcountll(a);
    case SIMD_OP_NOT:
        return ~a;
    case SIMD_OP_RBIT:
        return rbit8(a);
    case SIMD_OP_SSHR:
        return shift_elem(env, a, -(int)imm, bits, true, false, false);
    case SIMD_OP_USHR:
        return shift_elem(env, a, -(int)imm, bits, false, false, false);
    case SIMD_OP_SRSHR:
        return shift_elem(env, a, -(int)imm, bits, true, true, false);
    case SIMD_OP_URSHR:
        return shift_elem(env, a, -(int)imm, bits, false, true, false);
    case SIMD_OP_SSRA:
        return d + shift_elem(env, a, -(int)imm, bits, true, false, false);
    case SIMD_OP_USRA:
        return d + shift_elem(env, a, -(int)imm, bits, false, false, false);
    case SIMD_OP_SRSRA:
        return d + shift_elem(env, a, -(int)imm, bits, true, true, false);
    case SIMD_OP_URSRA:
        return d + shift_elem(env, a, -(int)imm, bits, false, true, false);
    case SIMD_OP_SRI: {
        uint64_t km = imm >= (uint32_t)bits ? 0 : m >> imm;
        uint64_t v = imm >= (uint32_t)bits ? 0 : a >> imm;
        return (d & ~km) | (v & km);
    }
    case SIMD_OP_SLI: {
        uint64_t km = (m << imm) & m;
        return (d & ~km) | ((a << imm) & km);
    }
    case SIMD_OP_SHL:
        return a << imm;
    case SIMD_OP_SQSHL_IMM:
        return shift_elem(env, a, (int)imm, bits, true, false, true);
    case SIMD_OP_UQSHL_IMM:
        return shift_elem(env, a, (int)imm, bits, false, false, true);
    case SIMD_OP_URECPE:
        return urecpe32(a);
    case SIMD_OP_URSQRTE:
        return ursqrte32(a);
    case SIMD_OP_SQSHLU:
        t = sa;
        if (t < 0) {
            env->fpsr |= QC;
            return 0;
        }
        return sat_u(env, t << imm, bits);
    default:
        return 0;
    }
}

static inline int vec_elems(uint64_t desc, int size)
{
    if (desc & SD_SCALAR) {
        return 1;
    }
    return ((desc & SD_Q) ? 16 : 8) >> size;
}

/* The element loop, inlined once per (op, size) so that both are
 * constants: the helpers below dispatch to these specialised copies. */
static inline __attribute__((always_inline)) void
elt_loop(CPUARMState *env, uint64_t desc, int op, int size)
{
    int bits = 8 << size, ne = vec_elems(desc, size);
    uint32_t imm = d_imm(desc);
    uint64_t n[2], m[2], d[2], r[2] = {0, 0}, mask = emask(bits), be = 0;

    vread(env, d_rn(desc), n);
    vread(env, d_rm(desc), m);
    vread(env, d_rd(desc), d);
    if (desc & SD_ELEM) {
        be = a64_lane_get(m, size, imm);
    }
    for (int i = 0; i < ne; i++) {
        uint64_t b = (desc & SD_ELEM) ? be : a64_lane_get(m, size, i);
        uint64_t x =
            elt_op(env, op, bits, a64_lane_get(n, size, i), b, a64_lane_get(d, size, i), imm);
        a64_lane_set(r, size, i, x & mask);
    }
    vwrite(env, d_rd(desc), r);
}

#define ELT_CASE(name)                                                         \
    case SIMD_OP_##name:                                                       \
        switch (d_size(desc)) {                                                \
        case 0:                                                                \
            elt_loop(env, desc, SIMD_OP_##name, 0);                            \
            break;                                                             \
        case 1:                                                                \
            elt_loop(env, desc, SIMD_OP_##name, 1);                            \
            break;                                                             \
        case 2:                                                                \
            elt_loop(env, desc, SIMD_OP_##name, 2);                            \
            break;                                                             \
        default:                                                               \
            elt_loop(env, desc, SIMD_OP_##name, 3);                            \
            break;                                                             \
        }                                                                      \
        break;

/* SSE2 versions of the hottest byte/halfword/word operations (glibc's
 * string functions live on CMEQ, CMHS, UMAXP/UMINP and ADDP). Q=0 results
 * are computed on all 16 bytes and the top half cleared.
 *
 * Two 64-bit loads: generated code writes the halves with 64-bit stores,
 * and a 128-bit load of them would stall on store forwarding. */
static inline __m128i xload(const CPUARMState *env, int r)
{
    __m128i lo = _mm_loadl_epi64((const __m128i *)&env->v[r][0]);
    __m128i hi = _mm_loadl_epi64((const __m128i *)&env->v[r][1]);

    return _mm_unpacklo_epi64(lo, hi);
}

static inline void xstore(CPUARMState *env, uint64_t desc, __m128i v)
{
    if (!(desc & SD_Q)) {
        v = _mm_move_epi64(v);
    }
    _mm_storeu_si128((__m128i *)env->v[d_rd(desc)], v);
}

/* 32-bit lane multiply (SSE2 has only the 32x32->64 PMULUDQ). */
static inline __m128i mullo32(__m128i a, __m128i b)
{
    __m128i even = _mm_mul_epu32(a, b);
    __m128i odd = _mm_mul_epu32(_mm_srli_epi64(a, 32), _mm_srli_epi64(b, 32));

    return _mm_unpacklo_epi32(_mm_shuffle_epi32(even, _MM_SHUFFLE(0, 0, 2, 0)),
                              _mm_shuffle_epi32(odd, _MM_SHUFFLE(0, 0, 2, 0)));
}

static bool elt_fast(CPUARMState *env, uint64_t desc, __m128i b)
{
    __m128i a = xload(env, d_rn(desc)), r;
    __m128i ones = _mm_set1_epi32(-1), zero = _mm_setzero_si128();
    __m128i sgn = _mm_set1_epi8((char)0x80);
    __m128i cnt = _mm_cvtsi32_si128((int)d_imm(desc));

    switch (d_size(desc) << 8 | d_op(desc)) {
    case 0 << 8 | SIMD_OP_ADD:
        r = _mm_add_epi8(a, b);
        break;
    case 0 << 8 | SIMD_OP_SUB:
        r = _mm_sub_epi8(a, b);
        break;
    case 0 << 8 | SIMD_OP_CMEQ:
        r = _mm_cmpeq_epi8(a, b);
        break;
    case 0 << 8 | SIMD_OP_CMEQ0:
        r = _mm_cmpeq_epi8(a, zero);
        break;
    case 0 << 8 | SIMD_OP_CMGT:
        r = _mm_cmpgt_epi8(a, b);
        break;
    case 0 << 8 | SIMD_OP_CMGE:
        r = _mm_andnot_si128(_mm_cmpgt_epi8(b, a), ones);
        break;
    case 0 << 8 | SIMD_OP_CMHI:
        r = _mm_cmpgt_epi8(_mm_xor_si128(a, sgn), _mm_xor_si128(b, sgn));
        break;
    case 0 << 8 | SIMD_OP_CMHS:
        r = _mm_cmpeq_epi8(_mm_max_epu8(a, b), a);
        break;
    case 0 << 8 | SIMD_OP_CMTST:
        r = _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(a, b), zero), ones);
        break;
    case 0 << 8 | SIMD_OP_UMAX:
        r = _mm_max_epu8(a, b);
        break;
    case 0 << 8 | SIMD_OP_UMIN:
        r = _mm_min_epu8(a, b);
        break;
    case 1 << 8 | SIMD_OP_ADD:
        r = _mm_add_epi16(a, b);
        break;
    case 1 << 8 | SIMD_OP_SUB:
        r = _mm_sub_epi16(a, b);
        break;
    case 1 << 8 | SIMD_OP_CMEQ:
        r = _mm_cmpeq_epi16(a, b);
        break;
    case 1 << 8 | SIMD_OP_MUL:
        r = _mm_mullo_epi16(a, b);
        break;
    case 1 << 8 | SIMD_OP_MLA:
        r = _mm_add_epi16(xload(env, d_rd(desc)), _mm_mullo_epi16(a, b));
        break;
    case 1 << 8 | SIMD_OP_MLS:
        r = _mm_sub_epi16(xload(env, d_rd(desc)), _mm_mullo_epi16(a, b));
        break;
    case 2 << 8 | SIMD_OP_MUL:
        r = mullo32(a, b);
        break;
    case 2 << 8 | SIMD_OP_MLA:
        r = _mm_add_epi32(xload(env, d_rd(desc)), mullo32(a, b));
        break;
    case 2 << 8 | SIMD_OP_MLS:
        r = _mm_sub_epi32(xload(env, d_rd(desc)), mullo32(a, b));
        break;
    case 1 << 8 | SIMD_OP_SMAX:
        r = _mm_max_epi16(a, b);
        break;
    case 1 << 8 | SIMD_OP_SMIN:
        r = _mm_min_epi16(a, b);
        break;
    case 2 << 8 | SIMD_OP_ADD:
        r = _mm_add_epi32(a, b);
        break;
    case 2 << 8 | SIMD_OP_SUB:
        r = _mm_sub_epi32(a, b);
        break;
    case 2 << 8 | SIMD_OP_CMEQ:
        r = _mm_cmpeq_epi32(a, b);
        break;
    case 2 << 8 | SIMD_OP_CMGT:
        r = _mm_cmpgt_epi32(a, b);
        break;
    case 3 << 8 | SIMD_OP_ADD:
        r = _mm_add_epi64(a, b);
        break;
    case 3 << 8 | SIMD_OP_SUB:
        r = _mm_sub_epi64(a, b);
        break;
    case 1 << 8 | SIMD_OP_SHL:
        r = _mm_sll_epi16(a, cnt);
        break;
    case 2 << 8 | SIMD_OP_SHL:
        r = _mm_sll_epi32(a, cnt);
        break;
    case 3 << 8 | SIMD_OP_SHL:
        r = _mm_sll_epi64(a, cnt);
        break;
    case 1 << 8 | SIMD_OP_USHR:
        r = _mm_srl_epi16(a, cnt);
        break;
    case 2 << 8 | SIMD_OP_USHR:
        r = _mm_srl_epi32(a, cnt);
        break;
    case 3 << 8 | SIMD_OP_USHR:
        r = _mm_srl_epi64(a, cnt);
        break;
    case 1 << 8 | SIMD_OP_SSHR: /* counts >= the width fill with the sign */
        r = _mm_sra_epi16(a, cnt);
        break;
    case 2 << 8 | SIMD_OP_SSHR:
        r = _mm_sra_epi32(a, cnt);
        break;
    default:
        return false;
    }
    xstore(env, desc, r);
    return true;
}

static __attribute__((noinline)) void elt_slow(CPUARMState *env, uint64_t desc)
{
    switch (d_op(desc)) {
        SIMD_ELT_OPS(ELT_CASE)
    default:
        break;
    }
}

uint64_t a64_helper_simd_elt(CPUARMState *env, uint64_t desc)
{
    if (!(desc & (SD_SCALAR | SD_ELEM))) {
        if (elt_fast(env, desc, xload(env, d_rm(desc)))) {
            return 0;
        }
    } else if (!(desc & SD_SCALAR) && d_size(desc) != 0) {
        /* by element: the m operand is one lane, broadcast */
        uint64_t e = a64_lane_get(env->v[d_rm(desc)], d_size(desc), d_imm(desc));
        __m128i b = d_size(desc) == 1 ? _mm_set1_epi16((short)e)
                                      : _mm_set1_epi32((int)e);
        if (d_size(desc) <= 2 && elt_fast(env, desc, b)) {
            return 0;
        }
    }
    elt_slow(env, desc);
    return 0;
}

#undef ELT_CASE

/* ADDP, [SU]MAXP, [SU]MINP: pairs of the concatenation n:m. Scalar ADDP
 * adds the two 64-bit elements of n. */
static inline __attribute__((always_inline)) void
pair_loop(CPUARMState *env, uint64_t desc, int op, int size)
{
    int bits = 8 << size, ne = vec_elems(desc, size);
    uint64_t n[2], m[2], r[2] = {0, 0}, c[32];

    vread(env, d_rn(desc), n);
    vread(env, d_rm(desc), m);
    for (int i = 0; i < ne; i++) {
        c[i] = a64_lane_get(n, size, i);
        c[ne + i] = a64_lane_get(m, size, i);
    }
    for (int i = 0; i < ne; i++) {
        uint64_t x = elt_op(env, op, bits, c[2 * i], c[2 * i + 1], 0, 0);
        a64_lane_set(r, size, i, x & emask(bits));
    }
    vwrite(env, d_rd(desc), r);
}

#define PAIR_CASE(name)                                                        \
    case SIMD_OP_##name:                                                       \
        switch (d_size(desc)) {                                                \
        case 0:                                                                \
            pair_loop(env, desc, SIMD_OP_##name, 0);                           \
            break;                                                             \
        case 1:                                                                \
            pair_loop(env, desc, SIMD_OP_##name, 1);                           \
            break;                                                             \
        case 2:                                                                \
            pair_loop(env, desc, SIMD_OP_##name, 2);                           \
            break;                                                             \
        default:                                                               \
            pair_loop(env, desc, SIMD_OP_##name, 3);                           \
            break;                                                             \
        }                                                                      \
        break;

/* ADDP, [SU]MAXP, [SU]MINP: pairs of the concatenation n:m. Scalar ADDP
 * adds the two 64-bit elements of n. */
static bool pair_fast_b(CPUARMState *env, uint64_t desc)
{
    __m128i n = xload(env, d_rn(desc)), m = xload(env, d_rm(desc));
    __m128i lo8 = _mm_set1_epi16(0xff), ev, od, r;

    if (!(desc & SD_Q)) {
        n = _mm_unpacklo_epi64(n, m);
        m = _mm_setzero_si128();
    }
    ev = _mm_packus_epi16(_mm_and_si128(n, lo8), _mm_and_si128(m, lo8));
    od = _mm_packus_epi16(_mm_srli_epi16(n, 8), _mm_srli_epi16(m, 8));
    switch (d_op(desc)) {
    case SIMD_OP_UMAX:
        r = _mm_max_epu8(ev, od);
        break;
    case SIMD_OP_UMIN:
        r = _mm_min_epu8(ev, od);
        break;
    case SIMD_OP_ADD:
        r = _mm_add_epi8(ev, od);
        break;
    default:
        return false;
    }
    xstore(env, desc, r);
    return true;
}

uint64_t a64_helper_simd_pair(CPUARMState *env, uint64_t desc)
{
    if (d_size(desc) == 0 && !(desc & SD_SCALAR) && pair_fast_b(env, desc)) {
        return 0;
    }
    if (d_size(desc) == 3) { /* ADDP .2d */
        uint64_t r[2] = {env->v[d_rn(desc)][0] + env->v[d_rn(desc)][1],
                         env->v[d_rm(desc)][0] + env->v[d_rm(desc)][1]};
        if (desc & SD_SCALAR) {
            r[1] = 0;
        }
        vwrite(env, d_rd(desc), r);
        return 0;
    }
    if (desc & SD_SCALAR) {
        uint64_t r[2] = {env->v[d_rn(desc)][0] + env->v[d_rn(desc)][1], 0};
        vwrite(env, d_rd(desc), r);
        return 0;
    }
    switch (d_op(desc)) {
        PAIR_CASE(ADD)
        PAIR_CASE(SMAX)
        PAIR_CASE(SMIN)
        PAIR_CASE(UMAX)
        PAIR_CASE(UMIN)
    default:
        break;
    }
    return 0;
}

#undef PAIR_CASE

static inline i128 ext_elem(uint64_t x, int bits, bool sgn)
{
    return sgn ? (i128)sext(x, bits) : (i128)x;
}

/* Three-different long forms: wide result elements (size + 1) from narrow
 * elements of n (or wide elements of n with imm bit 0 set: the W forms)
 * and m; SD_ELEM takes m's element imm >> 1. */
uint64_t a64_helper_simd_long(CPUARMState *env, uint64_t desc)
{
    int size = d_size(desc), bits = 8 << size, wbits = bits * 2;
    int op = d_op(desc), ne = (desc & SD_SCALAR) ? 1 : 64 / bits;
    int base = (desc & SD_PART) ? ne : 0;
    bool sgn = desc & SD_SIGNED, wide_n = d_imm(desc) & 1;
    uint64_t n[2], m[2], d[2], r[2] = {0, 0}, wm = emask(wbits);

    vread(env, d_rn(desc), n);
    vread(env, d_rm(desc), m);
    vread(env, d_rd(desc), d);
    for (int i = 0; i < ne; i++) {
        i128 a = wide_n ? ext_elem(a64_lane_get(n, size + 1, i), wbits, sgn)
                        : ext_elem(a64_lane_get(n, size, base + i), bits, sgn);
        uint64_t bm = (desc & SD_ELEM) ? a64_lane_get(m, size, d_imm(desc) >> 1)
                                       : a64_lane_get(m, size, base + i);
        i128 b = ext_elem(bm, bits, sgn);
        uint64_t dv = a64_lane_get(d, size + 1, i);
        i128 sd = sext(dv, wbits), p;
        uint64_t x;

        switch (op) {
        case SIMD_OP_ADD:
            x = (uint64_t)(a + b);
            break;
        case SIMD_OP_SUB:
            x = (uint64_t)(a - b);
            break;
        case SIMD_OP_ABD:
            x = (uint64_t)(a > b ? a - b : b - a);
            break;
        case SIMD_OP_ABA:
            x = dv + (uint64_t)(a > b ? a - b : b - a);
            break;
        case SIMD_OP_MUL:
            x = (uint64_t)(a * b);
            break;
        case SIMD_OP_MLA:
            x = dv + (uint64_t)(a * b);
            break;
        case SIMD_OP_MLS:
            x = dv - (uint64_t)(a * b);
            break;
        case SIMD_OP_SQDMULL:
            x = sat_s(env, 2 * a * b, wbits);
            break;
        case SIMD_OP_SQDMLAL:
            p = sext(sat_s(env, 2 * a * b, wbits), wbits);
            x = sat_s(env, sd + p, wbits);
            break;
        case SIMD_OP_SQDMLSL:
            p = sext(sat_s(env, 2 * a * b, wbits), wbits);
            x = sat_s(env, sd - p, wbits);
            break;
        case SIMD_OP_PMULL:
            x = pmul8((uint64_t)a & emask(bits), (uint64_t)b & emask(bits),
                      bits);
            break;
        default:
            x = 0;
            break;
        }
        a64_lane_set(r, size + 1, i, x & wm);
    }
    vwrite(env, d_rd(desc), r);
    return 0;
}

/* Right shift of a wide element by sh (0..64), optionally rounding. */
static i128 rshift_w(i128 x, int sh, bool round)
{
    if (sh == 0) {
        return x;
    }
    if (round) {
        x += (i128)1 << (sh - 1);
    }
    return x >> sh;
}

/* Narrowing: size is the narrow element size; n (and m for ADDHN) hold
 * wide elements. Q=0 writes the low half and zeroes the rest; SD_PART
 * writes the high half and keeps the low one. */
/* XTN and SHRN (of any shift) with SSE2: shift the wide lanes, gather
 * their low halves into the low 64 bits. */
static void narrow_fast(CPUARMState *env, uint64_t desc)
{
    __m128i n = xload(env, d_rn(desc)), r;
    __m128i cnt = _mm_cvtsi32_si128((int)d_imm(desc));

    switch (d_size(desc)) {
    case 0:
        n = _mm_and_si128(_mm_srl_epi16(n, cnt), _mm_set1_epi16(0xff));
        r = _mm_packus_epi16(n, n);
        break;
    case 1:
        n = _mm_srl_epi32(n, cnt);
        n = _mm_shufflelo_epi16(n, _MM_SHUFFLE(3, 3, 2, 0));
        n = _mm_shufflehi_epi16(n, _MM_SHUFFLE(3, 3, 2, 0));
        r = _mm_shuffle_epi32(n, _MM_SHUFFLE(3, 3, 2, 0));
        break;
    default:
        n = _mm_srl_epi64(n, cnt);
        r = _mm_shuffle_epi32(n, _MM_SHUFFLE(3, 3, 2, 0));
        break;
    }
    if (desc & SD_PART) {
        r = _mm_unpacklo_epi64(xload(env, d_rd(desc)), r);
    } else {
        r = _mm_move_epi64(r);
    }
    _mm_storeu_si128((__m128i *)env->v[d_rd(desc)], r);
}

uint64_t a64_helper_simd_narrow(CPUARMState *env, uint64_t desc)
{
    int size = d_size(desc), bits = 8 << size, wbits = bits * 2;
    int op = d_op(desc), ne = (desc & SD_SCALAR) ? 1 : 64 / bits;
    int base = (desc & SD_PART) ? ne : 0, sh = (int)d_imm(desc);
    uint64_t n[2], m[2], r[2] = {0, 0};

    if (!(desc & SD_SCALAR) && (op == SIMD_OP_XTN || op == SIMD_OP_SHRN)) {
        narrow_fast(env, desc);
        return 0;
    }
    vread(env, d_rn(desc), n);
    vread(env, d_rm(desc), m);
    if (desc & SD_PART) {
        vread(env, d_rd(desc), r);
    }
    for (int i = 0; i < ne; i++) {
        uint64_t a = a64_lane_get(n, size + 1, i), b = a64_lane_get(m, size + 1, i), x;
        i128 sa = sext(a, wbits), ua = a;

        switch (op) {
        case SIMD_OP_XTN:
            x = a;
            break;
        case SIMD_OP_SQXTN:
            x = sat_s(env, sa, bits);
            break;
        case SIMD_OP_UQXTN:
            x = sat_u(env, ua, bits);
            break;
        case SIMD_OP_SQXTUN:
            x = sat_u(env, sa, bits);
            break;
        case SIMD_OP_SHRN:
            x = (uint64_t)rshift_w(ua, sh, false);
            break;
        case SIMD_OP_RSHRN:
            x = (uint64_t)rshift_w(ua, sh, true);
            break;
        case SIMD_OP_SQSHRN:
            x = sat_s(env, rshift_w(sa, sh, false), bits);
            break;
        case SIMD_OP_SQRSHRN:
            x = sat_s(env, rshift_w(sa, sh, true), bits);
            break;
        case SIMD_OP_UQSHRN:
            x = sat_u(env, rshift_w(ua, sh, false), bits);
            break;
        case SIMD_OP_UQRSHRN:
            x = sat_u(env, rshift_w(ua, sh, true), bits);
            break;
        case SIMD_OP_SQSHRUN:
            x = sat_u(env, rshift_w(sa, sh, false), bits);
            break;
        case SIMD_OP_SQRSHRUN:
            x = sat_u(env, rshift_w(sa, sh, true), bits);
            break;
        case SIMD_OP_ADDHN:
            x = (uint64_t)(((u128)a + b) >> bits);
            break;
        case SIMD_OP_RADDHN:
            x = (uint64_t)(((u128)a + b + ((u128)1 << (bits - 1))) >> bits);
            break;
        case SIMD_OP_SUBHN:
            x = ((a - b) & emask(wbits)) >> bits;
            break;
        case SIMD_OP_RSUBHN:
            x = (((a - b) + (1ull << (bits - 1))) & emask(wbits)) >> bits;
            break;
        default:
            x = 0;
            break;
        }
        a64_lane_set(r, size, base + i, x & emask(bits));
    }
    vwrite(env, d_rd(desc), r);
    return 0;
}

/* SSHLL/USHLL/SHLL (op SHLL, imm = shift) and [SU]ADDLP/[SU]ADALP: size is
 * the narrow element size. */
/* SSHLL/USHLL/SHLL with SSE2: interleave the narrow lanes with zeros or
 * their sign, then shift. */
static void widen_fast(CPUARMState *env, uint64_t desc)
{
    __m128i n = xload(env, d_rn(desc)), zero = _mm_setzero_si128(), ext, r;
    __m128i cnt = _mm_cvtsi32_si128((int)d_imm(desc));
    bool sgn = desc & SD_SIGNED;

    if (desc & SD_PART) {
        n = _mm_srli_si128(n, 8);
    }
    switch (d_size(desc)) {
    case 0:
        ext = sgn ? _mm_cmpgt_epi8(zero, n) : zero;
        r = _mm_sll_epi16(_mm_unpacklo_epi8(n, ext), cnt);
        break;
    case 1:
        ext = sgn ? _mm_cmpgt_epi16(zero, n) : zero;
        r = _mm_sll_epi32(_mm_unpacklo_epi16(n, ext), cnt);
        break;
    default:
        ext = sgn ? _mm_cmpgt_epi32(zero, n) : zero;
        r = _mm_sll_epi64(_mm_unpacklo_epi32(n, ext), cnt);
        break;
    }
    _mm_storeu_si128((__m128i *)env->v[d_rd(desc)], r);
}

uint64_t a64_helper_simd_widen(CPUARMState *env, uint64_t desc)
{
    int size = d_size(desc), bits = 8 << size, wbits = bits * 2;
    int ne = ((desc & SD_Q) ? 16 : 8) >> (size + 1);
    bool sgn = desc & SD_SIGNED;
    uint64_t n[2], d[2], r[2] = {0, 0}, wm = emask(wbits);

    if (d_op(desc) == SIMD_OP_SHLL) {
        widen_fast(env, desc);
        return 0;
    }
    /* [SU]ADDLP, [SU]ADALP */
    vread(env, d_rn(desc), n);
    vread(env, d_rd(desc), d);
    for (int i = 0; i < ne; i++) {
        i128 a = ext_elem(a64_lane_get(n, size, 2 * i), bits, sgn);
        i128 b = ext_elem(a64_lane_get(n, size, 2 * i + 1), bits, sgn);
        uint64_t x = (uint64_t)(a + b);
        if (d_op(desc) == SIMD_OP_ADALP) {
            x += a64_lane_get(d, size + 1, i);
        }
        a64_lane_set(r, size + 1, i, x & wm);
    }
    vwrite(env, d_rd(desc), r);
    return 0;
}

/* Byte reductions with SSE2: PSADBW sums, and a max/min folded over
 * halves (signed ones biased by 0x80). Q=0 pads the top half with zeros
 * for the sums and with a copy of the low half for max/min. */
static bool across_fast_b(CPUARMState *env, uint64_t desc)
{
    __m128i x = xload(env, d_rn(desc)), zero = _mm_setzero_si128();
    __m128i bias = _mm_set1_epi8((char)0x80);
    bool sgn = desc & SD_SIGNED;
    uint64_t r;

    switch (d_op(desc)) {
    case SIMD_OP_ADDV:
    case SIMD_OP_ADDLV:
        if (sgn && d_op(desc) == SIMD_OP_ADDLV) {
            return false;
        }
        if (!(desc & SD_Q)) {
            x = _mm_move_epi64(x);
        }
        x = _mm_sad_epu8(x, zero);
        x = _mm_add_epi64(x, _mm_srli_si128(x, 8));
        r = (uint64_t)_mm_cvtsi128_si64(x);
        r &= d_op(desc) == SIMD_OP_ADDV ? 0xff : 0xffff;
        break;
    case SIMD_OP_MAXV:
    case SIMD_OP_MINV:
        if (!(desc & SD_Q)) {
            x = _mm_unpacklo_epi64(x, x);
        }
        if (sgn) {
            x = _mm_xor_si128(x, bias);
        }
        for (int sh = 8; sh >= 1; sh >>= 1) {
            __m128i y;
            switch (sh) {
            case 8:
                y = _mm_srli_si128(x, 8);
                break;
            case 4:
                y = _mm_srli_si128(x, 4);
                break;
            case 2:
                y = _mm_srli_si128(x, 2);
                break;
            default:
                y = _mm_srli_si128(x, 1);
                break;
            }
            x = d_op(desc) == SIMD_OP_MAXV ? _mm_max_epu8(x, y)
                                           : _mm_min_epu8(x, y);
        }
        if (sgn) {
            x = _mm_xor_si128(x, bias);
        }
        r = (uint64_t)_mm_cvtsi128_si64(x) & 0xff;
        break;
    default:
        return false;
    }
    env->v[d_rd(desc)][0] = r;
    env->v[d_rd(desc)][1] = 0;
    return true;
}

uint64_t a64_helper_simd_across(CPUARMState *env, uint64_t desc)
{
    int size = d_size(desc), bits = 8 << size, op = d_op(desc);
    int ne = ((desc & SD_Q) ? 16 : 8) >> size;
    bool sgn = desc & SD_SIGNED;
    uint64_t n[2], r[2] = {0, 0};
    i128 acc;

    if (size == 0 && across_fast_b(env, desc)) {
        return 0;
    }
    vread(env, d_rn(desc), n);
    acc = ext_elem(a64_lane_get(n, size, 0), bits, sgn);
    for (int i = 1; i < ne; i++) {
        i128 x = ext_elem(a64_lane_get(n, size, i), bits, sgn);
        switch (op) {
        case SIMD_OP_MAXV:
            acc = x > acc ? x : acc;
            break;
        case SIMD_OP_MINV:
            acc = x < acc ? x : acc;
            break;
        default:
            acc += x;
            break;
        }
    }
    if (op == SIMD_OP_ADDLV) {
        r[0] = (uint64_t)acc & emask(bits * 2);
    } else {
        r[0] = (uint64_t)acc & emask(bits);
    }
    vwrite(env, d_rd(desc), r);
    return 0;
}

uint64_t a64_helper_simd_perm(CPUARMState *env, uint64_t desc)
{
    int size = d_size(desc), op = d_op(desc);
    int ne = ((desc & SD_Q) ? 16 : 8) >> size, half = ne / 2;
    uint64_t n[2], m[2], r[2] = {0, 0};

    vread(env, d_rn(desc), n);
    vread(env, d_rm(desc), m);
    for (int i = 0; i < ne; i++) {
        uint64_t x;
        int j = i >> 1, odd = i & 1;

        switch (op) {
        case SIMD_OP_ZIP1:
        case SIMD_OP_ZIP2:
            j += op == SIMD_OP_ZIP2 ? half : 0;
            x = a64_lane_get(odd ? m : n, size, j);
            break;
        case SIMD_OP_UZP1:
        case SIMD_OP_UZP2:
            j = 2 * i + (op == SIMD_OP_UZP2);
            x = j < ne ? a64_lane_get(n, size, j) : a64_lane_get(m, size, j - ne);
            break;
        case SIMD_OP_TRN1:
        case SIMD_OP_TRN2:
            j = (i & ~1) + (op == SIMD_OP_TRN2);
            x = a64_lane_get(odd ? m : n, size, j);
            break;
        default: /* REV: reverse the elements inside each container */
            j = i ^ (((1 << d_imm(desc)) >> size) - 1);
            x = a64_lane_get(n, size, j);
            break;
        }
        a64_lane_set(r, size, i, x);
    }
    vwrite(env, d_rd(desc), r);
    return 0;
}

uint64_t a64_helper_simd_tbl(CPUARMState *env, uint64_t desc)
{
    int nregs = (int)d_imm(desc), bytes = (desc & SD_Q) ? 16 : 8;
    uint8_t tbl[64], idx[16], r[16] = {0}, d[16];

    for (int k = 0; k < nregs; k++) {
        memcpy(tbl + 16 * k, env->v[(d_rn(desc) + k) & 31], 16);
    }
    memcpy(idx, env->v[d_rm(desc)], 16);
    memcpy(d, env->v[d_rd(desc)], 16);
    for (int i = 0; i < bytes; i++) {
        if (idx[i] < 16 * nregs) {
            r[i] = tbl[idx[i]];
        } else if (desc & SD_SIGNED) {
            r[i] = d[i];
        }
    }
    memcpy(env->v[d_rd(desc)], r, 16);
    return 0;
}

uint64_t a64_helper_simd_ld_deint(CPUARMState *env, uint64_t desc)
{
    int nregs = (int)d_imm(desc), size = d_size(desc), rt = d_rd(desc);
    int hbytes = (desc & SD_Q) ? 16 : 8, ne = hbytes >> size;
    uint64_t buf[8], r[4][2] = {{0}};

    for (int k = 0; k < nregs; k++) {
        memcpy((uint8_t *)buf + hbytes * k, env->v[(rt + k) & 31], hbytes);
    }
    for (int e = 0; e < ne * nregs; e++) {
        a64_lane_set(r[e % nregs], size, e / nregs, a64_lane_get(buf, size, e));
    }
    for (int k = 0; k < nregs; k++) {
        vwrite(env, (rt + k) & 31, r[k]);
    }
    return 0;
}

uint64_t a64_helper_simd_st_word(CPUARMState *env, uint64_t desc, uint64_t idx)
{
    int nregs = (int)d_imm(desc), size = d_size(desc), rt = d_rd(desc);
    int ne = ((desc & SD_Q) ? 16 : 8) >> size;
    uint64_t buf[8];

    for (int e = 0; e < ne * nregs; e++) {
        const uint64_t *v = env->v[(rt + e % nregs) & 31];
        a64_lane_set(buf, size, e, a64_lane_get(v, size, e / nregs));
    }
    return buf[idx];
}
