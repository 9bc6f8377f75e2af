/*
 * aarch64 atomics on host atomics: the exclusive monitor and LSE.
 *
 * Guest memory is reached at guest_base + addr with __atomic builtins, all
 * sequentially consistent (lock-prefixed on x86), which covers every
 * acquire/release variant. Misaligned addresses raise SIGBUS (BUS_ADRALN)
 * and addresses beyond the guest VA width SIGSEGV, at the instruction (the
 * translator stored pc). A host fault on the access itself comes back
 * through the user-mode SIGSEGV handler as a guest SIGSEGV.
 *
 * The exclusive monitor follows the usual emulation: LDXR records the
 * address, size and value it read; STXR succeeds iff the monitor is armed
 * for that address and size and a compare-and-swap from the recorded value
 * succeeds. An ABA change in between goes unnoticed (as in QEMU); a guest
 * retry loop always makes progress. Pairs of doublewords use cmpxchg16b, so
 * a torn LDXP read simply makes the STXP fail and the guest retry.
 */
#include <signal.h>
#include <stdbool.h>

#include "frontends/aarch64/cpu.h"
#include "frontends/aarch64/helpers-mem.h"
#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/guest-mem.h"

/* The host pointer for an access of 1 << size bytes at guest addr, after
 * the alignment and VA-width checks. */
static void *a64_host(CPUCommon *cpu, uint64_t addr, unsigned size)
{
    cpu_check_atomic_addr(cpu, addr, 1ull << size);
    return (void *)(guest_base + (uintptr_t)addr);
}

/* 16-byte compare-and-swap. On failure *lo:*hi get the memory value; on
 * success they already hold it. cmpxchg16b directly: the build has no
 * -mcx16, and gcc would call libatomic for __int128. */
static bool a64_cmpxchg16(void *p, uint64_t *lo, uint64_t *hi, uint64_t nlo,
                          uint64_t nhi)
{
    bool ok;

    __asm__ volatile("lock cmpxchg16b %1"
                     : "=@ccz"(ok), "+m"(*(volatile unsigned __int128 *)p),
                       "+a"(*lo), "+d"(*hi)
                     : "b"(nlo), "c"(nhi)
                     : "memory");
    return ok;
}

static uint64_t a64_load_n(void *p, unsigned size)
{
    switch (size) {
    case 0:
        return __atomic_load_n((uint8_t *)p, __ATOMIC_SEQ_CST);
    case 1:
        return __atomic_load_n((uint16_t *)p, __ATOMIC_SEQ_CST);
    case 2:
        return __atomic_load_n((uint32_t *)p, __ATOMIC_SEQ_CST);
    default:
        return __atomic_load_n((uint64_t *)p, __ATOMIC_SEQ_CST);
    }
}

/* Compare-and-swap of 1 << size bytes; returns the old value. */
static uint64_t a64_cmpxchg_n(void *p, uint64_t cmp, uint64_t val,
                              unsigned size)
{
    switch (size) {
    case 0: {
        uint8_t c = (uint8_t)cmp;
        __atomic_compare_exchange_n((uint8_t *)p, &c, (uint8_t)val, false,
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        return c;
    }
    case 1: {
        uint16_t c = (uint16_t)cmp;
        __atomic_compare_exchange_n((uint16_t *)p, &c, (uint16_t)val, false,
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        return c;
    }
    case 2: {
        uint32_t c = (uint32_t)cmp;
        __atomic_compare_exchange_n((uint32_t *)p, &c, (uint32_t)val, false,
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        return c;
    }
    default: {
        uint64_t c = cmp;
        __atomic_compare_exchange_n((uint64_t *)p, &c, val, false,
                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        return c;
    }
    }
}

static inline uint64_t a64_zext(uint64_t v, unsigned size)
{
    return size >= 3 ? v : v & ((1ull << (8u << size)) - 1);
}

/* ---- exclusive monitor ---------------------------------------------- */

uint64_t a64_helper_ldxr(CPUCommon *cpu, uint64_t addr, uint64_t size)
{
    CPUARMState *env = a64_env(cpu);
    uint64_t v =
        a64_load_n(a64_host(cpu, addr, (unsigned)size), (unsigned)size);

    env->excl_addr = addr;
    env->excl_size = (uint32_t)size;
    env->excl_val = v;
    return v;
}

uint64_t a64_helper_stxr(CPUCommon *cpu, uint64_t addr, uint64_t val,
                         uint64_t size)
{
    CPUARMState *env = a64_env(cpu);
    void *p = a64_host(cpu, addr, (unsigned)size);
    bool armed = env->excl_addr == addr && env->excl_size == size;

    env->excl_addr = UINT64_MAX;
    if (!armed) {
        return 1;
    }
    uint64_t cmp = env->excl_val;
    return a64_cmpxchg_n(p, cmp, val, (unsigned)size) != a64_zext(cmp, size);
}

uint64_t a64_helper_ldxp(CPUCommon *cpu, uint64_t addr)
{
    CPUARMState *env = a64_env(cpu);
    uint64_t *p = a64_host(cpu, addr, 4);
    uint64_t lo = __atomic_load_n(&p[0], __ATOMIC_SEQ_CST);
    uint64_t hi = __atomic_load_n(&p[1], __ATOMIC_SEQ_CST);

    env->excl_addr = addr;
    env->excl_size = 4;
    env->excl_val = lo;
    env->excl_val2 = hi;
    return lo;
}

uint64_t a64_helper_stxp(CPUCommon *cpu, uint64_t addr, uint64_t lo,
                         uint64_t hi)
{
    CPUARMState *env = a64_env(cpu);
    void *p = a64_host(cpu, addr, 4);
    bool armed = env->excl_addr == addr && env->excl_size == 4;

    env->excl_addr = UINT64_MAX;
    if (!armed) {
        return 1;
    }
    uint64_t clo = env->excl_val, chi = env->excl_val2;
    return !a64_cmpxchg16(p, &clo, &chi, lo, hi);
}

/* ---- LSE -------------------------------------------------------------- */

uint64_t a64_helper_cas(CPUCommon *cpu, uint64_t addr, uint64_t cmp,
                        uint64_t val, uint64_t size)
{
    void *p = a64_host(cpu, addr, (unsigned)size);

    return a64_cmpxchg_n(p, cmp, val, (unsigned)size);
}

uint64_t a64_helper_casp(CPUCommon *cpu, uint64_t addr, uint64_t cmp_lo,
                         uint64_t cmp_hi, uint64_t new_lo, uint64_t new_hi)
{
    CPUARMState *env = a64_env(cpu);
    void *p = a64_host(cpu, addr, 4);

    a64_cmpxchg16(p, &cmp_lo, &cmp_hi, new_lo, new_hi);
    env->excl_addr = UINT64_MAX;
    env->excl_val2 = cmp_hi;
    return cmp_lo;
}

/* The new memory value of the ops without a direct builtin. */
#define A64_LSE_MINMAX(sfx, UT, ST)                                            \
    static inline UT smax_##sfx(UT o, UT v)                                    \
    {                                                                          \
        return (ST)o > (ST)v ? o : v;                                          \
    }                                                                          \
    static inline UT smin_##sfx(UT o, UT v)                                    \
    {                                                                          \
        return (ST)o < (ST)v ? o : v;                                          \
    }                                                                          \
    static inline UT umax_##sfx(UT o, UT v)                                    \
    {                                                                          \
        return o > v ? o : v;                                                  \
    }                                                                          \
    static inline UT umin_##sfx(UT o, UT v)                                    \
    {                                                                          \
        return o < v ? o : v;                                                  \
    }

/* A compare-and-swap loop for op `fn` on type UT. */
#define A64_LSE_LOOP(name, fn, sfx, UT, lg)                                    \
    uint64_t a64_helper_##name##_##sfx(CPUCommon *cpu, uint64_t addr,          \
                                       uint64_t val)                           \
    {                                                                          \
        UT *p = a64_host(cpu, addr, lg);                                       \
        UT old = __atomic_load_n(p, __ATOMIC_RELAXED);                         \
        while (!__atomic_compare_exchange_n(p, &old, fn##_##sfx(old, (UT)val), \
                                            true, __ATOMIC_SEQ_CST,            \
                                            __ATOMIC_RELAXED)) {               \
        }                                                                      \
        return old;                                                            \
    }

#define A64_LSE_SIZE(sfx, UT, ST, lg)                                          \
    A64_LSE_MINMAX(sfx, UT, ST)                                                \
    uint64_t a64_helper_ldadd_##sfx(CPUCommon *cpu, uint64_t addr,             \
                                    uint64_t val)                              \
    {                                                                          \
        UT *p = a64_host(cpu, addr, lg);                                       \
        return __atomic_fetch_add(p, (UT)val, __ATOMIC_SEQ_CST);               \
    }                                                                          \
    uint64_t a64_helper_ldclr_##sfx(CPUCommon *cpu, uint64_t addr,             \
                                    uint64_t val)                              \
    {                                                                          \
        UT *p = a64_host(cpu, addr, lg);                                       \
        return __atomic_fetch_and(p, (UT)~val, __ATOMIC_SEQ_CST);              \
    }                                                                          \
    uint64_t a64_helper_ldeor_##sfx(CPUCommon *cpu, uint64_t addr,             \
                                    uint64_t val)                              \
    {                                                                          \
        UT *p = a64_host(cpu, addr, lg);                                       \
        return __atomic_fetch_xor(p, (UT)val, __ATOMIC_SEQ_CST);               \
    }                                                                          \
    uint64_t a64_helper_ldset_##sfx(CPUCommon *cpu, uint64_t addr,             \
                                    uint64_t val)                              \
    {                                                                          \
        UT *p = a64_host(cpu, addr, lg);                                       \
        return __atomic_fetch_or(p, (UT)val, __ATOMIC_SEQ_CST);                \
    }                                                                          \
    uint64_t a64_helper_swp_##sfx(CPUCommon *cpu, uint64_t addr, uint64_t val) \
    {                                                                          \
        UT *p = a64_host(cpu, addr, lg);                                       \
        return __atomic_exchange_n(p, (UT)val, __ATOMIC_SEQ_CST);              \
    }                                                                          \
    A64_LSE_LOOP(ldsmax, smax, sfx, UT, lg)                                    \
    A64_LSE_LOOP(ldsmin, smin, sfx, UT, lg)                                    \
    A64_LSE_LOOP(ldumax, umax, sfx, UT, lg)                                    \
    A64_LSE_LOOP(ldumin, umin, sfx, UT, lg)

A64_LSE_SIZE(b, uint8_t, int8_t, 0)
A64_LSE_SIZE(h, uint16_t, int16_t, 1)
A64_LSE_SIZE(w, uint32_t, int32_t, 2)
A64_LSE_SIZE(x, uint64_t, int64_t, 3)

#undef A64_LSE_SIZE
#undef A64_LSE_LOOP
#undef A64_LSE_MINMAX
