/*
 * The riscv64 Linux signal frame (arch/riscv/kernel/signal.c), built at a
 * 16-byte aligned sp:
 *
 *   0     siginfo                          128 bytes
 *   128   ucontext
 *           +0   uc_flags, uc_link         8 + 8
 *           +16  uc_stack {sp, flags, size} 24
 *           +40  uc_sigmask                8, then 120 reserved
 *           +176 uc_mcontext (16-aligned)
 *                  +0   pc, x1..x31        32 * 8
 *                  +256 f0..f31            32 * 8 (the D-extension state)
 *                  +512 fcsr               4, the rest reserved (Q state)
 *   1088  end
 *
 * The handler gets a0 = sig, a1 = &siginfo, a2 = &ucontext, and returns
 * through ra to the rt_sigreturn trampoline.
 */
#include <stddef.h>
#include <string.h>

#include "frontends/riscv64/cpu.h"
#include "frontends/riscv64/helpers.h"
#include "translator/guest.h"

typedef struct RVSigFrame {
    uint8_t info[128];
    uint64_t uc_flags, uc_link;
    uint64_t ss_sp;
    int32_t ss_flags, ss_pad;
    uint64_t ss_size;
    uint64_t sigmask;
    uint8_t reserved[120];
    uint64_t regs[32] __attribute__((aligned(16))); /* pc, x1..x31 */
    uint64_t fregs[32];
    uint32_t fcsr;
    uint8_t fp_reserved[528 - 32 * 8 - 4];
} RVSigFrame;

_Static_assert(offsetof(RVSigFrame, uc_flags) == 128, "ucontext offset");
_Static_assert(offsetof(RVSigFrame, sigmask) == 128 + 40, "uc_sigmask");
_Static_assert(offsetof(RVSigFrame, regs) == 128 + 176, "uc_mcontext");
_Static_assert(sizeof(RVSigFrame) == RV_SIGFRAME_SIZE, "rt_sigframe size");

enum { RV_RA = 1, RV_SP = 2, RV_A0 = 10, RV_A1 = 11, RV_A2 = 12 };

void rv_setup_sigframe(CPUCommon *cpu, void *frame, uint64_t frame_addr,
                       const GuestSigFrame *f)
{
    CPURISCVState *env = rv_env(cpu);
    RVSigFrame *fr = frame;

    memset(fr, 0, sizeof(*fr));
    memcpy(fr->info, f->info, sizeof(fr->info));
    fr->ss_sp = f->ss_sp;
    fr->ss_flags = f->ss_flags;
    fr->ss_size = f->ss_size;
    fr->sigmask = f->mask;
    fr->regs[0] = cpu->pc;
    memcpy(&fr->regs[1], &env->x[1], 31 * sizeof(uint64_t));
    memcpy(fr->fregs, env->f, sizeof(fr->fregs));
    fr->fcsr = (uint32_t)(env->fflags | env->frm << 5);

    env->x[RV_RA] = f->restorer;
    env->x[RV_SP] = frame_addr;
    env->x[RV_A0] = (uint64_t)f->sig;
    env->x[RV_A1] = frame_addr + offsetof(RVSigFrame, info);
    env->x[RV_A2] = frame_addr + offsetof(RVSigFrame, uc_flags);
    cpu->pc = f->handler;
}

void rv_restore_sigframe(CPUCommon *cpu, const void *frame, GuestSigFrame *f)
{
    CPURISCVState *env = rv_env(cpu);
    const RVSigFrame *fr = frame;

    cpu->pc = fr->regs[0];
    memcpy(&env->x[1], &fr->regs[1], 31 * sizeof(uint64_t));
    memcpy(env->f, fr->fregs, sizeof(env->f));
    env->fflags = fr->fcsr & 0x1f;
    env->frm = (fr->fcsr >> 5) & 7;
    env->load_res = UINT64_MAX; /* sc after a handler must fail */
    f->mask = fr->sigmask;
    f->ss_sp = fr->ss_sp;
    f->ss_flags = fr->ss_flags;
    f->ss_size = fr->ss_size;
}

/* li a7, 139 (rt_sigreturn); ecall */
const uint32_t rv_sigtramp[2] = {0x08b00893, 0x00000073};
