/*
 * The *_nx forms of the hot FP helpers (TUNING_fp_nx, TUNING_fma_nx): the
 * bare host operation, scalar or packed, when FPCR/FPSR are in the common
 * state (round to nearest, FZ off, IXC accrued) and the result needs no
 * flag; the exact helper of fpu.c otherwise. The translator picks them
 * (trans-fp.c, trans-simd.c); tests/unit/test-a64-fpu-nx.c holds each one
 * against its exact helper.
 */
#include "frontends/aarch64/fpu.h"

#include "frontends/aarch64/cpu.h"
#include "translator/softfloat-util.h"

#include <immintrin.h>
#include <string.h>

static inline CPUARMState *env_of(uint64_t env)
{
    return (CPUARMState *)(uintptr_t)env;
}

/*
 * Programs nearly always run with FPCR's defaults (round to nearest, FZ
 * off) and set FPSR.IXC early, then never clear it. In that state an
 * operation whose result is finite and far from the subnormal range
 * raises nothing that is not already accrued: IOC comes only with a NaN
 * result (an invalid operation or a NaN operand), DZC and OFC (in RN)
 * only with an infinite one, UFC only with a tiny one, and IXC is set. An
 * infinite or NaN operand always gives an infinite, NaN or zero result
 * (x / inf), so the result's exponent is the only test needed: the bare
 * host operation (MXCSR in its default RN state, no DAZ/FTZ) is the whole
 * instruction. Anything else calls the exact helper. The translator picks
 * these helpers; the fused ones only on a host with FMA.
 */
static inline bool nx_state(const CPUARMState *env)
{
    return !(env->fpcr & (A64_FPCR_RMODE | A64_FPCR_FZ)) &&
           (env->fpsr & A64_FPSR_IXC);
}

static inline bool nx_ok_s(uint32_t r)
{
    return erange(exp32(r), FAST_S_LO, FAST_S_HI);
}

static inline bool nx_ok_d(uint64_t r)
{
    return erange(exp64(r), FAST_D_LO, FAST_D_HI);
}


#define NX2_DEF(name, expr)                                                    \
    uint64_t a64_fph_##name##_s_nx(uint64_t envp, uint64_t a, uint64_t b)      \
    {                                                                          \
        float x = b2f((uint32_t)a), y = b2f((uint32_t)b);                      \
        uint32_t r = f2b(expr);                                                \
        if (nx_ok_s(r) && nx_state(env_of(envp))) {                            \
            return r;                                                          \
        }                                                                      \
        return a64_fph_##name##_s(envp, a, b);                                 \
    }                                                                          \
    uint64_t a64_fph_##name##_d_nx(uint64_t envp, uint64_t a, uint64_t b)      \
    {                                                                          \
        double x = b2d(a), y = b2d(b);                                         \
        uint64_t r = d2b(expr);                                                \
        if (nx_ok_d(r) && nx_state(env_of(envp))) {                            \
            return r;                                                          \
        }                                                                      \
        return a64_fph_##name##_d(envp, a, b);                                 \
    }
NX2_DEF(fadd, x + y)
NX2_DEF(fsub, x - y)
NX2_DEF(fmul, x * y)
NX2_DEF(fdiv, x / y)
NX2_DEF(fnmul, -(x * y))
#undef NX2_DEF

/* A negative operand (a NaN, -0 or an invalid one) is left to the exact
 * helper, so the host square root never sees one. */
uint64_t a64_fph_fsqrt_s_nx(uint64_t envp, uint64_t a)
{
    uint32_t r;
    if (!(a & 0x80000000u)) {
        r = f2b(__builtin_sqrtf(b2f((uint32_t)a)));
        if (nx_ok_s(r) && nx_state(env_of(envp))) {
            return r;
        }
    }
    return a64_fph_fsqrt_s(envp, a);
}

uint64_t a64_fph_fsqrt_d_nx(uint64_t envp, uint64_t a)
{
    uint64_t r;
    if (!(a >> 63)) {
        r = d2b(__builtin_sqrt(b2d(a)));
        if (nx_ok_d(r) && nx_state(env_of(envp))) {
            return r;
        }
    }
    return a64_fph_fsqrt_d(envp, a);
}

/* a + n * m with the operand negations of FMA_DEF; RN rounding is
 * symmetric, so negating operands is negating the exact sum. */
#define NX_FMA_DEF(name, na, np)                                               \
    __attribute__((target("fma"))) uint64_t a64_fph_##name##_s_nx(             \
        uint64_t envp, uint64_t a, uint64_t n, uint64_t m)                     \
    {                                                                          \
        uint32_t r = f2b(__builtin_fmaf(                                       \
            b2f((uint32_t)n ^ ((uint32_t)(np) << 31)), b2f((uint32_t)m),       \
            b2f((uint32_t)a ^ ((uint32_t)(na) << 31))));                       \
        if (nx_ok_s(r) && nx_state(env_of(envp))) {                            \
            return r;                                                          \
        }                                                                      \
        return a64_fph_##name##_s(envp, a, n, m);                              \
    }                                                                          \
    __attribute__((target("fma"))) uint64_t a64_fph_##name##_d_nx(             \
        uint64_t envp, uint64_t a, uint64_t n, uint64_t m)                     \
    {                                                                          \
        uint64_t r = d2b(__builtin_fma(b2d(n ^ ((uint64_t)(np) << 63)),        \
                                       b2d(m),                                 \
                                       b2d(a ^ ((uint64_t)(na) << 63))));      \
        if (nx_ok_d(r) && nx_state(env_of(envp))) {                            \
            return r;                                                          \
        }                                                                      \
        return a64_fph_##name##_d(envp, a, n, m);                              \
    }
NX_FMA_DEF(fmadd, 0, 0)
NX_FMA_DEF(fmsub, 0, 1)
NX_FMA_DEF(fnmadd, 1, 1)
NX_FMA_DEF(fnmsub, 1, 0)
#undef NX_FMA_DEF

/* Vector forms on packed host arithmetic. A register's lanes are in host
 * order (lane 0 in the low bits), as the host's; a 64-bit vector (Q = 0)
 * computes on zeroed upper lanes, ignores them and writes zeros there. */
enum { NXV_ADD, NXV_SUB, NXV_MUL, NXV_DIV };

/* The first `lanes` lanes of r in the fast range: [2^-959, DBL_MAX] or
 * [2^-100, FLT_MAX] in magnitude (a NaN compares false). */
static inline bool nx_ok_pd(__m128d r, int lanes)
{
    __m128d a = _mm_andnot_pd(_mm_set1_pd(-0.0), r);
    __m128d lo = _mm_set1_pd(0x1p-959), hi = _mm_set1_pd(0x1.fffffffffffffp1023);
    __m128d ok = _mm_and_pd(_mm_cmpge_pd(a, lo), _mm_cmple_pd(a, hi));
    int mask = (1 << lanes) - 1;
    return (_mm_movemask_pd(ok) & mask) == mask;
}

static inline bool nx_ok_ps(__m128 r, int lanes)
{
    __m128 a = _mm_andnot_ps(_mm_set1_ps(-0.0f), r);
    __m128 ok = _mm_and_ps(_mm_cmpge_ps(a, _mm_set1_ps(0x1p-100f)),
                           _mm_cmple_ps(a, _mm_set1_ps(0x1.fffffep127f)));
    int mask = (1 << lanes) - 1;
    return (_mm_movemask_ps(ok) & mask) == mask;
}

/* Two 64-bit loads, not one of 128: generated code writes the halves of a
 * vector register separately, and a wider load would not be forwarded
 * from those stores. */
static inline __m128i nx_vload(const CPUARMState *env, int r, bool q)
{
    return _mm_set_epi64x(q ? (long long)env->v[r][1] : 0,
                          (long long)env->v[r][0]);
}

/* The vector's fields: register numbers, double lanes, Q. */
typedef struct NxVec {
    int rd, rn, rm;
    bool dbl, q;
} NxVec;

static inline NxVec nx_vdesc(uint64_t d)
{
    NxVec v = {d & 31, (d >> 5) & 31, (d >> 10) & 31, (d >> 15) & 1,
               (d >> 16) & 1};
    return v;
}

/* Check the result's lanes; store it (upper half zero for Q = 0). */
static inline bool nx_vstore(CPUARMState *env, NxVec v, __m128i r)
{
    bool ok = v.dbl ? nx_ok_pd(_mm_castsi128_pd(r), v.q ? 2 : 1)
                    : nx_ok_ps(_mm_castsi128_ps(r), v.q ? 4 : 2);
    if (ok) {
        _mm_store_si128((__m128i *)env->v[v.rd], v.q ? r : _mm_move_epi64(r));
    }
    return ok;
}

/* n op m in double and in single lanes. */
static inline __attribute__((always_inline)) __m128d nx_pd(int op, __m128d x,
                                                           __m128d y)
{
    switch (op) {
    case NXV_ADD:
        return _mm_add_pd(x, y);
    case NXV_SUB:
        return _mm_sub_pd(x, y);
    case NXV_MUL:
        return _mm_mul_pd(x, y);
    default:
        return _mm_div_pd(x, y);
    }
}

static inline __attribute__((always_inline)) __m128 nx_ps(int op, __m128 x,
                                                          __m128 y)
{
    switch (op) {
    case NXV_ADD:
        return _mm_add_ps(x, y);
    case NXV_SUB:
        return _mm_sub_ps(x, y);
    case NXV_MUL:
        return _mm_mul_ps(x, y);
    default:
        return _mm_div_ps(x, y);
    }
}

/* d = n op m, or false to leave it to the exact helper. op is a constant
 * in every caller. */
static inline __attribute__((always_inline)) bool
nx_vec_arith(CPUARMState *env, uint64_t d, int op)
{
    NxVec v = nx_vdesc(d);
    __m128i n = nx_vload(env, v.rn, v.q), m = nx_vload(env, v.rm, v.q), r;

    if (!nx_state(env)) {
        return false;
    }
    if (v.dbl) {
        r = _mm_castpd_si128(
            nx_pd(op, _mm_castsi128_pd(n), _mm_castsi128_pd(m)));
    } else {
        r = _mm_castps_si128(
            nx_ps(op, _mm_castsi128_ps(n), _mm_castsi128_ps(m)));
    }
    return nx_vstore(env, v, r);
}

/* d += (+-n) * m, or false. */
__attribute__((target("fma"))) static inline bool
nx_vec_fma(CPUARMState *env, uint64_t d, bool neg)
{
    NxVec v = nx_vdesc(d);
    __m128i n = nx_vload(env, v.rn, v.q), m = nx_vload(env, v.rm, v.q);
    __m128i a = nx_vload(env, v.rd, v.q), r;

    if (!nx_state(env)) {
        return false;
    }
    if (v.dbl) {
        __m128d x = _mm_castsi128_pd(n);
        x = neg ? _mm_xor_pd(x, _mm_set1_pd(-0.0)) : x;
        r = _mm_castpd_si128(_mm_fmadd_pd(x, _mm_castsi128_pd(m),
                                          _mm_castsi128_pd(a)));
    } else {
        __m128 x = _mm_castsi128_ps(n);
        x = neg ? _mm_xor_ps(x, _mm_set1_ps(-0.0f)) : x;
        r = _mm_castps_si128(_mm_fmadd_ps(x, _mm_castsi128_ps(m),
                                          _mm_castsi128_ps(a)));
    }
    return nx_vstore(env, v, r);
}

#define NXV_DEF(name, op)                                                      \
    uint64_t a64_fph_v##name##_nx(uint64_t envp, uint64_t d)                   \
    {                                                                          \
        return nx_vec_arith(env_of(envp), d, op) ? 0                           \
                                                 : a64_fph_v##name(envp, d);   \
    }
NXV_DEF(fadd, NXV_ADD)
NXV_DEF(fsub, NXV_SUB)
NXV_DEF(fmul, NXV_MUL)
NXV_DEF(fdiv, NXV_DIV)
#undef NXV_DEF

__attribute__((target("fma"))) uint64_t a64_fph_vfmla_nx(uint64_t envp,
                                                         uint64_t d)
{
    return nx_vec_fma(env_of(envp), d, false) ? 0 : a64_fph_vfmla(envp, d);
}

__attribute__((target("fma"))) uint64_t a64_fph_vfmls_nx(uint64_t envp,
                                                         uint64_t d)
{
    return nx_vec_fma(env_of(envp), d, true) ? 0 : a64_fph_vfmls(envp, d);
}

/* FCMP/FCMPE with FZ off and no NaN operand: nothing to raise, NZCV from
 * the host compare (equal 0110, less 1000, greater 0010). */
#define NX_CMP(x, y, slow)                                                     \
    do {                                                                       \
        if (!(env_of(envp)->fpcr & A64_FPCR_FZ)) {                             \
            if ((x) < (y)) {                                                   \
                return 8;                                                      \
            }                                                                  \
            if ((x) == (y)) {                                                  \
                return 6;                                                      \
            }                                                                  \
            if ((x) > (y)) {                                                   \
                return 2;                                                      \
            }                                                                  \
        }                                                                      \
        return slow;                                                           \
    } while (0)

uint64_t a64_fph_fcmp_s_nx(uint64_t envp, uint64_t a, uint64_t b, uint64_t e)
{
    NX_CMP(b2f((uint32_t)a), b2f((uint32_t)b), a64_fph_fcmp_s(envp, a, b, e));
}

uint64_t a64_fph_fcmp_d_nx(uint64_t envp, uint64_t a, uint64_t b, uint64_t e)
{
    NX_CMP(b2d(a), b2d(b), a64_fph_fcmp_d(envp, a, b, e));
}
#undef NX_CMP

/* ---- slow paths of IR fop (TUNING_fp_inline) ---- */

#define FOP2(name)                                                             \
    uint64_t a64_fph_fop_##name##_s(uint64_t env, uint64_t a, uint64_t b,      \
                                    uint64_t c, uint64_t x)                    \
    {                                                                          \
        (void)c, (void)x;                                                      \
        return a64_fph_##name##_s_nx(env, a, b);                               \
    }                                                                          \
    uint64_t a64_fph_fop_##name##_d(uint64_t env, uint64_t a, uint64_t b,      \
                                    uint64_t c, uint64_t x)                    \
    {                                                                          \
        (void)c, (void)x;                                                      \
        return a64_fph_##name##_d_nx(env, a, b);                               \
    }
A64_FPH_NX2(FOP2)
#undef FOP2

/* IR fop's product is a * b and its addend c: the helpers' (a, n, m) are
 * (c, a, b). */
#define FOP3(name)                                                             \
    uint64_t a64_fph_fop_##name##_s(uint64_t env, uint64_t a, uint64_t b,      \
                                    uint64_t c, uint64_t x)                    \
    {                                                                          \
        (void)x;                                                               \
        return a64_fph_##name##_s_nx(env, c, a, b);                            \
    }                                                                          \
    uint64_t a64_fph_fop_##name##_d(uint64_t env, uint64_t a, uint64_t b,      \
                                    uint64_t c, uint64_t x)                    \
    {                                                                          \
        (void)x;                                                               \
        return a64_fph_##name##_d_nx(env, c, a, b);                            \
    }
A64_FPH_FMA(FOP3)
#undef FOP3

uint64_t a64_fph_fop_fsqrt_s(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                             uint64_t x)
{
    (void)b, (void)c, (void)x;
    return a64_fph_fsqrt_s_nx(env, a);
}

uint64_t a64_fph_fop_fsqrt_d(uint64_t env, uint64_t a, uint64_t b, uint64_t c,
                             uint64_t x)
{
    (void)b, (void)c, (void)x;
    return a64_fph_fsqrt_d_nx(env, a);
}
