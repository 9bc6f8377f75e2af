/*
 * C helpers for aarch64 integer and system instructions (helpers.c).
 *
 * All are pure (they neither read nor write globals) and never raise.
 */
#ifndef MIMIC_AARCH64_HELPERS_H
#define MIMIC_AARCH64_HELPERS_H

#include <stdint.h>

/* UDIV/SDIV: x / 0 = 0 and INT_MIN / -1 = INT_MIN, no traps. The 32-bit
 * forms read the low words and return the zero-extended result. */
uint64_t a64_helper_udiv64(uint64_t a, uint64_t b);
uint64_t a64_helper_sdiv64(uint64_t a, uint64_t b);
uint64_t a64_helper_udiv32(uint64_t a, uint64_t b);
uint64_t a64_helper_sdiv32(uint64_t a, uint64_t b);

/* CRC32{B,H,W,X} and CRC32C*: acc is the 32-bit running value (no
 * inversion), val holds `bytes` bytes of data, least significant first. */
uint64_t a64_helper_crc32(uint64_t acc, uint64_t val, uint64_t bytes);
uint64_t a64_helper_crc32c(uint64_t acc, uint64_t val, uint64_t bytes);

/* CNTVCT_EL0: CLOCK_MONOTONIC in ns (CNTFRQ_EL0 is A64_CNTFRQ). */
#define A64_CNTFRQ 1000000000ull
uint64_t a64_helper_cntvct(void);

/* ISB: make code written through other mappings visible. */
uint64_t a64_helper_icache_sync(void);
/* IC IVAU: also drop the translations of the cache line holding addr (its
 * bytes may have changed without a store through this mapping, e.g. by
 * pwrite to a mapped file). */
#define A64_ICACHE_LINE 64
uint64_t a64_helper_ic_ivau(uint64_t addr);

#endif
