/*
 * The aarch64 Linux user ABI pieces arch.c puts in the GuestArch:
 * the signal frame (signal.c).
 */
#ifndef MIMIC_AARCH64_USER_H
#define MIMIC_AARCH64_USER_H

#include <stddef.h>
#include <stdint.h>

#include "translator/guest.h"

/* What a signal takes off the stack: Linux's struct rt_sigframe (4688
 * bytes) and the frame record {fp, lr} above it (a multiple of 16). */
#define A64_SIGFRAME_SIZE 4704
void a64_setup_sigframe(CPUCommon *cpu, void *frame, uint64_t frame_addr,
                        const GuestSigFrame *f);
void a64_restore_sigframe(CPUCommon *cpu, const void *frame, GuestSigFrame *f);
/* mov x8, #139 (rt_sigreturn); svc #0 */
extern const uint32_t a64_sigtramp[2];

#endif
