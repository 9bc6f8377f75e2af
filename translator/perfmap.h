/*
 * -perfmap: a perf(1) map of generated code, /tmp/perf-PID.map, the file
 * perf reads for JIT code it cannot otherwise symbolize. One line per TB,
 * written when the TB is published:
 *
 *   HOSTADDR SIZE GUESTPC [SYMBOL+OFF]
 *
 * (hex, as perf expects; perf takes everything after SIZE as the name, so
 * a sample in a TB shows its guest pc and, when the guest ELF has a symbol
 * table, the guest function). A code-buffer flush reuses addresses; perf
 * resolves a sample to the latest line covering it, close enough for
 * profiles.
 */
#ifndef MIMIC_PERFMAP_H
#define MIMIC_PERFMAP_H

#include <stdbool.h>
#include <stdint.h>

struct TranslationBlock;

extern bool perfmap_enabled;

/* Open /tmp/perf-PID.map for this process (again after fork, in the
 * child). Returns 0 or -errno. */
int perfmap_open(void);
/* Record a guest function [addr, addr + size) named `name` (copied). */
void perfmap_add_symbol(uint64_t addr, uint64_t size, const char *name);
/* Write the line for a freshly generated TB (caller holds tb_lock). */
void perfmap_write_tb(const struct TranslationBlock *tb);

#endif
