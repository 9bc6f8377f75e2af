/*
 * C helpers for the aarch64 atomics (trans-atomic.c): the exclusive monitor
 * (LDXR/STXR and pairs) and the LSE instructions (CAS, CASP, LD<op>, SWP).
 *
 * All of them touch guest memory and may raise: the translator stores pc
 * before the call. They change CPU state only after the guest access
 * succeeded, so a host fault inside one restarts the instruction cleanly.
 * `size` arguments are log2 bytes (0 = byte .. 3 = doubleword). Returned
 * memory values are zero-extended from the access size.
 *
 * The monitor (CPUARMState excl_*): excl_size is log2 of the bytes the
 * whole exclusive load read (2 for LDXR W, 3 for LDXP W, 4 for LDXP X);
 * a store-exclusive must match both address and size. trans-atomic.c arms
 * it inline for LDXR with the same meaning.
 */
#ifndef MIMIC_AARCH64_HELPERS_MEM_H
#define MIMIC_AARCH64_HELPERS_MEM_H

#include <stdint.h>

#include "translator/cpu.h"

/* LDXR/LDAXR (and LDXP of two words, as one doubleword): load, and arm the
 * monitor with (addr, size, value). */
uint64_t a64_helper_ldxr(CPUCommon *cpu, uint64_t addr, uint64_t size);
/* STXR/STLXR: 0 if stored, 1 if the monitor was not armed for (addr, size)
 * or memory no longer holds the value LDXR saw. Always clears the monitor. */
uint64_t a64_helper_stxr(CPUCommon *cpu, uint64_t addr, uint64_t val,
                         uint64_t size);
/* LDXP/STXP of two doublewords (16-byte aligned): ldxp returns the low one
 * and leaves the high one in excl_val2. */
uint64_t a64_helper_ldxp(CPUCommon *cpu, uint64_t addr);
uint64_t a64_helper_stxp(CPUCommon *cpu, uint64_t addr, uint64_t lo,
                         uint64_t hi);

/* CAS: returns the old memory value; stores `val` if it equalled `cmp`. */
uint64_t a64_helper_cas(CPUCommon *cpu, uint64_t addr, uint64_t cmp,
                        uint64_t val, uint64_t size);
/* CASP with doublewords: returns the old low doubleword and leaves the old
 * high one in excl_val2 (clearing the monitor, as a store may). */
uint64_t a64_helper_casp(CPUCommon *cpu, uint64_t addr, uint64_t cmp_lo,
                         uint64_t cmp_hi, uint64_t new_lo, uint64_t new_hi);

/* LSE read-modify-write ops: old = *addr; *addr = op(old, val); return old.
 * A64_LSE_OPS(X): X(name) for each; helpers a64_helper_<name>_{b,h,w,x}.
 * Order = the opc field (o3 = 0), then swp. */
/* clang-format off */
#define A64_LSE_OPS(X)                                                     \
    X(ldadd) X(ldclr) X(ldeor) X(ldset) X(ldsmax) X(ldsmin) X(ldumax)      \
    X(ldumin) X(swp)
/* clang-format on */

#define A64_LSE_DECL(name)                                                     \
    uint64_t a64_helper_##name##_b(CPUCommon *cpu, uint64_t addr,              \
                                   uint64_t val);                              \
    uint64_t a64_helper_##name##_h(CPUCommon *cpu, uint64_t addr,              \
                                   uint64_t val);                              \
    uint64_t a64_helper_##name##_w(CPUCommon *cpu, uint64_t addr,              \
                                   uint64_t val);                              \
    uint64_t a64_helper_##name##_x(CPUCommon *cpu, uint64_t addr, uint64_t val);
A64_LSE_OPS(A64_LSE_DECL)
#undef A64_LSE_DECL

#endif
