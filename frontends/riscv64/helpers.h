/*
 * C helpers called from riscv64 generated code (helpers.c), and the other
 * frontend entry points arch.c needs.
 *
 * Division helpers are pure. Helpers that touch guest memory (LR/SC, AMOs)
 * may raise: the translator stores pc before calling them and leaves their
 * IRHelper flags at 0. They change CPU state only after the guest access
 * succeeded, so a host fault inside them can restart the instruction.
 */
#ifndef MIMIC_RISCV64_HELPERS_H
#define MIMIC_RISCV64_HELPERS_H

#include <stdint.h>

#include "translator/cpu.h"
#include "translator/ir.h"
#include "translator/tb.h"

/* M: division with RISC-V semantics (no traps). The w forms use the low 32
 * bits of their inputs and return the sign-extended 32-bit result. */
uint64_t rv_helper_div(uint64_t a, uint64_t b);
uint64_t rv_helper_divu(uint64_t a, uint64_t b);
uint64_t rv_helper_rem(uint64_t a, uint64_t b);
uint64_t rv_helper_remu(uint64_t a, uint64_t b);
uint64_t rv_helper_divw(uint64_t a, uint64_t b);
uint64_t rv_helper_divuw(uint64_t a, uint64_t b);
uint64_t rv_helper_remw(uint64_t a, uint64_t b);
uint64_t rv_helper_remuw(uint64_t a, uint64_t b);

/* Zicsr counters. */
uint64_t rv_helper_rdtime(void);
uint64_t rv_helper_rdcycle(void);

/* A: LR/SC. sc returns 0 on success, 1 on failure. */
uint64_t rv_helper_lr_w(CPUCommon *cpu, uint64_t addr);
uint64_t rv_helper_lr_d(CPUCommon *cpu, uint64_t addr);
uint64_t rv_helper_sc_w(CPUCommon *cpu, uint64_t addr, uint64_t val);
uint64_t rv_helper_sc_d(CPUCommon *cpu, uint64_t addr, uint64_t val);

/* A: AMOs, returning the old memory value (sign-extended for .w).
 * RV_AMO_OPS(X): X(name) for each AMO; helpers rv_helper_amo<name>_{w,d}. */
#define RV_AMO_OPS(X)                                                      \
    X(swap) X(add) X(xor) X(and) X(or) X(min) X(max) X(minu) X(maxu)

#define RV_AMO_DECL(name)                                                  \
    uint64_t rv_helper_amo##name##_w(CPUCommon *cpu, uint64_t addr,        \
                                     uint64_t val);                        \
    uint64_t rv_helper_amo##name##_d(CPUCommon *cpu, uint64_t addr,        \
                                     uint64_t val);
RV_AMO_OPS(RV_AMO_DECL)
#undef RV_AMO_DECL

/* translate.c / arch.c */
extern unsigned rv_max_insns;
const char *rv_reg_name(int r);
const char *rv_freg_name(int r);
void rv_init_globals(IRContext *ctx);
void rv_translate(IRContext *ctx, TranslationBlock *tb, CPUCommon *cpu);

/* signal.c: the Linux signal frame (rt_sigframe). */
#define RV_SIGFRAME_SIZE 1088
struct GuestSigFrame;
void rv_setup_sigframe(CPUCommon *cpu, void *frame, uint64_t frame_addr,
                       const struct GuestSigFrame *f);
void rv_restore_sigframe(CPUCommon *cpu, const void *frame,
                         struct GuestSigFrame *f);
extern const uint32_t rv_sigtramp[2];

#endif
