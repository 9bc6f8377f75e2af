/*
 * CPUARMState: the aarch64 guest CPU (EL0, A64 only) as generated code sees
 * it.
 *
 * x[31] is SP; the zero register is never stored (the decoder reads it as a
 * constant and discards writes to it).
 *
 * NZCV is kept in the lazy form generated code can produce cheaply:
 *   N is bit 63 of nf      (32-bit ops store the sign-extended result)
 *   Z is set when zf == 0  (32-bit ops store the zero-extended result)
 *   C is cf (0 or 1)
 *   V is bit 63 of vf      (32-bit ops store it sign-extended)
 * a64_nzcv_get()/a64_nzcv_set() convert from and to the architectural
 * 4-bit form (MRS/MSR NZCV, signal frames, gdb).
 *
 * Vector registers are 128 bits, v[n][0] the low half; scalar FP values
 * live in the low bits of v[n] with the rest zero after a scalar write.
 * They are not IR globals: generated code reaches them with ld_env/st_env
 * at a64_vreg_offset(), and helpers through the CPU state.
 */
#ifndef MIMIC_AARCH64_CPU_H
#define MIMIC_AARCH64_CPU_H

#include <stddef.h>
#include <stdint.h>

#include "translator/cpu.h"

typedef struct CPUARMState {
    CPUCommon common; /* must be first */
    uint64_t x[32];   /* x[31] = SP */
    uint64_t nf, zf, cf, vf;
    uint64_t tpidr_el0, tpidrro_el0;
    uint32_t fpcr; /* RMode 23:22, FZ 24, DN 25, AHP 26 */
    uint32_t fpsr; /* cumulative IOC 0, DZC 1, OFC 2, UFC 3, IXC 4, IDC 7; QC 27 */
    /* Exclusive monitor (LDXR/STXR): the address LDXR read and the value(s)
     * it saw; excl_addr == UINT64_MAX when clear. */
    uint64_t excl_addr, excl_val, excl_val2;
    uint32_t excl_size; /* log2 bytes of the whole access (LDXP X: 4) */
    uint32_t pad0;
    uint64_t v[32][2] __attribute__((aligned(16)));
} CPUARMState;

static inline CPUARMState *a64_env(CPUCommon *cpu)
{
    return (CPUARMState *)cpu;
}

/* Byte offset of V register n's 64-bit half h (0 low, 1 high). */
static inline size_t a64_vreg_offset(int n, int h)
{
    return offsetof(CPUARMState, v) + (size_t)n * 16 + (size_t)h * 8;
}

/* NZCV as bits 31:28 of a 32-bit value, as MRS NZCV returns it. */
static inline uint32_t a64_nzcv_get(const CPUARMState *env)
{
    uint32_t n = (uint32_t)(env->nf >> 63);
    uint32_t z = env->zf == 0;
    uint32_t c = env->cf & 1;
    uint32_t v = (uint32_t)(env->vf >> 63);
    return n << 31 | z << 30 | c << 29 | v << 28;
}

static inline void a64_nzcv_set(CPUARMState *env, uint32_t nzcv)
{
    env->nf = (nzcv >> 31 & 1) ? UINT64_MAX : 0;
    env->zf = (nzcv >> 30 & 1) ? 0 : 1;
    env->cf = nzcv >> 29 & 1;
    env->vf = (nzcv >> 28 & 1) ? UINT64_MAX : 0;
}

/* AT_HWCAP bits mimic advertises (Linux arch/arm64 uapi hwcap.h): exactly
 * what the frontend implements. */
enum {
    A64_HWCAP_FP = 1 << 0,
    A64_HWCAP_ASIMD = 1 << 1,
    A64_HWCAP_CRC32 = 1 << 7,
    A64_HWCAP_ATOMICS = 1 << 8,
    A64_HWCAP_CPUID = 1 << 11,
    A64_HWCAP_LRCPC = 1 << 15,
};
#define A64_HWCAP                                                          \
    (A64_HWCAP_FP | A64_HWCAP_ASIMD | A64_HWCAP_CRC32 | A64_HWCAP_ATOMICS |  \
     A64_HWCAP_CPUID | A64_HWCAP_LRCPC)

#endif
