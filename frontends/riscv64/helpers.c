/*
 * riscv64 helpers: division with the ISA's no-trap results, the counter
 * CSRs, and the A extension on host atomics.
 *
 * Atomics work on the host address guest_base + addr with __atomic builtins
 * (sequentially consistent, which covers every aq/rl combination). LR
 * records the address and the value it read; SC succeeds iff the address
 * matches and a compare-and-swap from that value succeeds. This accepts an
 * ABA change between LR and SC, as QEMU does, and is otherwise exact under
 * threads; a guest retry loop always makes progress.
 */
#include <signal.h>
#include <stdbool.h>
#include <time.h>

#include "frontends/riscv64/cpu.h"
#include "frontends/riscv64/helpers.h"
#include "translator/backend.h"
#include "translator/exec.h"
#include "translator/guest-mem.h"

/* ---- M --------------------------------------------------------------- */

uint64_t rv_helper_div(uint64_t a, uint64_t b)
{
    int64_t x = (int64_t)a, y = (int64_t)b;

    if (y == 0) {
        return UINT64_MAX;
    }
    if (x == INT64_MIN && y == -1) {
        return a;
    }
    return (uint64_t)(x / y);
}

uint64_t rv_helper_divu(uint64_t a, uint64_t b)
{
    return b == 0 ? UINT64_MAX : a / b;
}

uint64_t rv_helper_rem(uint64_t a, uint64_t b)
{
    int64_t x = (int64_t)a, y = (int64_t)b;

    if (y == 0) {
        return a;
    }
    if (x == INT64_MIN && y == -1) {
        return 0;
    }
    return (uint64_t)(x % y);
}

uint64_t rv_helper_remu(uint64_t a, uint64_t b)
{
    return b == 0 ? a : a % b;
}

uint64_t rv_helper_divw(uint64_t a, uint64_t b)
{
    int32_t x = (int32_t)a, y = (int32_t)b;

    if (y == 0) {
        return UINT64_MAX;
    }
    if (x == INT32_MIN && y == -1) {
        return (uint64_t)(int64_t)x;
    }
    return (uint64_t)(int64_t)(x / y);
}

uint64_t rv_helper_divuw(uint64_t a, uint64_t b)
{
    uint32_t x = (uint32_t)a, y = (uint32_t)b;

    return y == 0 ? UINT64_MAX : (uint64_t)(int64_t)(int32_t)(x / y);
}

uint64_t rv_helper_remw(uint64_t a, uint64_t b)
{
    int32_t x = (int32_t)a, y = (int32_t)b;

    if (y == 0) {
        return (uint64_t)(int64_t)x;
    }
    if (x == INT32_MIN && y == -1) {
        return 0;
    }
    return (uint64_t)(int64_t)(x % y);
}

uint64_t rv_helper_remuw(uint64_t a, uint64_t b)
{
    uint32_t x = (uint32_t)a, y = (uint32_t)b;

    return (uint64_t)(int64_t)(int32_t)(y == 0 ? x : x % y);
}

/* ---- counters ------------------------------------------------------- */

/* time: CLOCK_MONOTONIC on a 10 MHz timebase (what Linux reports for the
 * common riscv64 boards). */
uint64_t rv_helper_rdtime(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 10000000u + (uint64_t)ts.tv_nsec / 100;
}

/* cycle and instret: the host cycle counter; monotonic per thread, which is
 * all user code may rely on. */
uint64_t rv_helper_rdcycle(void)
{
#if defined(__x86_64__)
    return __builtin_ia32_rdtsc();
#else
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
#endif
}

/* ---- A --------------------------------------------------------------- */

static inline void *rv_host(uint64_t addr)
{
    return (void *)(guest_base + (uintptr_t)addr);
}

uint64_t rv_helper_lr_w(CPUCommon *cpu, uint64_t addr)
{
    CPURISCVState *env = rv_env(cpu);

    cpu_check_atomic_addr(cpu, addr, 4);
    int32_t v = __atomic_load_n((int32_t *)rv_host(addr), __ATOMIC_SEQ_CST);
    env->load_val = (uint64_t)(int64_t)v;
    env->load_res = addr;
    return (uint64_t)(int64_t)v;
}

uint64_t rv_helper_lr_d(CPUCommon *cpu, uint64_t addr)
{
    CPURISCVState *env = rv_env(cpu);

    cpu_check_atomic_addr(cpu, addr, 8);
    uint64_t v = __atomic_load_n((uint64_t *)rv_host(addr), __ATOMIC_SEQ_CST);
    env->load_val = v;
    env->load_res = addr;
    return v;
}

uint64_t rv_helper_sc_w(CPUCommon *cpu, uint64_t addr, uint64_t val)
{
    CPURISCVState *env = rv_env(cpu);

    cpu_check_atomic_addr(cpu, addr, 4);
    if (env->load_res != addr) {
        env->load_res = UINT64_MAX;
        return 1;
    }
    uint32_t expected = (uint32_t)env->load_val;
    bool ok = __atomic_compare_exchange_n((uint32_t *)rv_host(addr),
                                          &expected, (uint32_t)val, false,
                                          __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    env->load_res = UINT64_MAX;
    return !ok;
}

uint64_t rv_helper_sc_d(CPUCommon *cpu, uint64_t addr, uint64_t val)
{
    CPURISCVState *env = rv_env(cpu);

    cpu_check_atomic_addr(cpu, addr, 8);
    if (env->load_res != addr) {
        env->load_res = UINT64_MAX;
        return 1;
    }
    uint64_t expected = env->load_val;
    bool ok = __atomic_compare_exchange_n((uint64_t *)rv_host(addr),
                                          &expected, val, false,
                                          __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    env->load_res = UINT64_MAX;
    return !ok;
}

/* The new memory value for each AMO, given the old one. */
static inline int32_t amo_swap_32(int32_t o, int32_t v) { return v; }
static inline int32_t amo_add_32(int32_t o, int32_t v)
{
    return (int32_t)((uint32_t)o + (uint32_t)v);
}
static inline int32_t amo_xor_32(int32_t o, int32_t v) { return o ^ v; }
static inline int32_t amo_and_32(int32_t o, int32_t v) { return o & v; }
static inline int32_t amo_or_32(int32_t o, int32_t v) { return o | v; }
static inline int32_t amo_min_32(int32_t o, int32_t v) { return o < v ? o : v; }
static inline int32_t amo_max_32(int32_t o, int32_t v) { return o > v ? o : v; }
static inline int32_t amo_minu_32(int32_t o, int32_t v)
{
    return (uint32_t)o < (uint32_t)v ? o : v;
}
static inline int32_t amo_maxu_32(int32_t o, int32_t v)
{
    return (uint32_t)o > (uint32_t)v ? o : v;
}
static inline int64_t amo_swap_64(int64_t o, int64_t v) { return v; }
static inline int64_t amo_add_64(int64_t o, int64_t v)
{
    return (int64_t)((uint64_t)o + (uint64_t)v);
}
static inline int64_t amo_xor_64(int64_t o, int64_t v) { return o ^ v; }
static inline int64_t amo_and_64(int64_t o, int64_t v) { return o & v; }
static inline int64_t amo_or_64(int64_t o, int64_t v) { return o | v; }
static inline int64_t amo_min_64(int64_t o, int64_t v) { return o < v ? o : v; }
static inline int64_t amo_max_64(int64_t o, int64_t v) { return o > v ? o : v; }
static inline int64_t amo_minu_64(int64_t o, int64_t v)
{
    return (uint64_t)o < (uint64_t)v ? o : v;
}
static inline int64_t amo_maxu_64(int64_t o, int64_t v)
{
    return (uint64_t)o > (uint64_t)v ? o : v;
}

/* One compare-and-swap loop per AMO and width; gcc turns the simple ones
 * (swap, add, and, or, xor) into lock xchg/xadd or a tight cmpxchg loop. */
#define RV_AMO_DEF(name)                                                   \
    uint64_t rv_helper_amo##name##_w(CPUCommon *cpu, uint64_t addr,        \
                                     uint64_t val)                         \
    {                                                                      \
        cpu_check_atomic_addr(cpu, addr, 4);                                      \
        int32_t *p = rv_host(addr);                                        \
        int32_t old = __atomic_load_n(p, __ATOMIC_RELAXED);                \
        while (!__atomic_compare_exchange_n(p, &old,                       \
                                            amo_##name##_32(old, (int32_t)val), \
                                            true, __ATOMIC_SEQ_CST,        \
                                            __ATOMIC_RELAXED)) {           \
        }                                                                  \
        return (uint64_t)(int64_t)old;                                     \
    }                                                                      \
    uint64_t rv_helper_amo##name##_d(CPUCommon *cpu, uint64_t addr,        \
                                     uint64_t val)                         \
    {                                                                      \
        cpu_check_atomic_addr(cpu, addr, 8);                                      \
        int64_t *p = rv_host(addr);                                        \
        int64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);                \
        while (!__atomic_compare_exchange_n(p, &old,                       \
                                            amo_##name##_64(old, (int64_t)val), \
                                            true, __ATOMIC_SEQ_CST,        \
                                            __ATOMIC_RELAXED)) {           \
        }                                                                  \
        return (uint64_t)old;                                              \
    }
RV_AMO_OPS(RV_AMO_DEF)
#undef RV_AMO_DEF
