/*
 * The aarch64 Linux signal frame (arch/arm64/kernel/signal.c and uapi
 * asm/sigcontext.h), built at a 16-byte aligned sp:
 *
 *   0     siginfo                          128 bytes
 *   128   ucontext
 *           +0   uc_flags, uc_link         8 + 8
 *           +16  uc_stack {sp, flags, size} 24
 *           +40  uc_sigmask                8, then 120 reserved (glibc's
 *                                          1024-bit sigset_t)
 *           +176 uc_mcontext (struct sigcontext, 16-aligned)
 *                  +0   fault_address      8
 *                  +8   regs[31]           x0..x30
 *                  +256 sp, pc, pstate     8 + 8 + 8
 *                  +288 __reserved[4096]   context records, each
 *                                          {u32 magic, u32 size, ...}:
 *                         fpsimd_context   FPSIMD_MAGIC, 528 bytes
 *                         esr_context      ESR_MAGIC, 16 bytes (faults)
 *                         terminator       magic 0, size 0
 *   4688  frame record {fp, lr}            16 bytes: the caller's x29/x30,
 *                                          so unwinders walk through
 *   4704  end
 *
 * The handler gets x0 = sig, x1 = &siginfo, x2 = &ucontext, x29 = &frame
 * record, x30 = the restorer (sa_restorer, else mimic's trampoline: the
 * same two instructions as the kernel's vDSO sigtramp, which libgcc's
 * unwinder recognises), sp = the frame.
 */
#include <signal.h> /* the numbers and codes are the same on arm64 */
#include <stddef.h>
#include <string.h>

#include "frontends/aarch64/cpu.h"
#include "frontends/aarch64/user.h"

enum {
    A64_FPSIMD_MAGIC = 0x46508001,
    A64_ESR_MAGIC = 0x45535201,
    A64_RESERVED_SIZE = 4096,
    /* siginfo: si_signo, si_errno, si_code, then si_addr at 16 */
    A64_SI_CODE = 8,
    A64_SI_ADDR = 16,
};

typedef struct A64CtxHead {
    uint32_t magic, size;
} A64CtxHead;

typedef struct A64FpsimdContext {
    A64CtxHead head;
    uint32_t fpsr, fpcr;
    uint64_t vregs[32][2] __attribute__((aligned(16)));
} A64FpsimdContext;

typedef struct A64EsrContext {
    A64CtxHead head;
    uint64_t esr;
} A64EsrContext;

typedef struct A64SigFrame {
    uint8_t info[128];
    uint64_t uc_flags, uc_link;
    uint64_t ss_sp;
    int32_t ss_flags, ss_pad;
    uint64_t ss_size;
    uint64_t sigmask;
    uint8_t sigmask_reserved[120];
    /* struct sigcontext */
    uint64_t fault_address __attribute__((aligned(16)));
    uint64_t regs[31];
    uint64_t sp, pc, pstate;
    uint8_t reserved[A64_RESERVED_SIZE] __attribute__((aligned(16)));
    /* struct frame_record, just above the rt_sigframe */
    uint64_t fr_fp, fr_lr;
} A64SigFrame;

_Static_assert(sizeof(A64FpsimdContext) == 528, "fpsimd_context size");
_Static_assert(offsetof(A64SigFrame, uc_flags) == 128, "ucontext offset");
_Static_assert(offsetof(A64SigFrame, sigmask) == 128 + 40, "uc_sigmask");
_Static_assert(offsetof(A64SigFrame, fault_address) == 128 + 176,
               "uc_mcontext");
_Static_assert(offsetof(A64SigFrame, sp) == 128 + 176 + 256, "sigcontext.sp");
_Static_assert(offsetof(A64SigFrame, reserved) == 128 + 176 + 288,
               "sigcontext.__reserved");
_Static_assert(offsetof(A64SigFrame, fr_fp) == 4688, "rt_sigframe size");
_Static_assert(sizeof(A64SigFrame) == A64_SIGFRAME_SIZE, "frame size");

enum { A64_FP = 29, A64_LR = 30 };

static uint64_t load64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof(v));
    return v;
}

/* The ESR the kernel would report for a SIGSEGV/SIGBUS: a data abort from
 * EL0 (an instruction abort when the fault is at pc), IL set, with the
 * fault status code si_code implies. The access direction (WnR) is not
 * known here and reads as 0. */
static uint64_t a64_fault_esr(int sig, int32_t code, uint64_t addr, uint64_t pc)
{
    uint64_t ec = addr == pc ? 0x20 : 0x24;
    uint64_t fsc;

    if (sig == SIGBUS) {
        fsc = 0x21; /* alignment fault */
    } else if (code == SEGV_ACCERR) {
        fsc = 0x0f; /* permission fault, level 3 */
    } else {
        fsc = 0x07; /* translation fault, level 3 */
    }
    return ec << 26 | 1u << 25 | fsc;
}

/* Fill __reserved: the FP/SIMD record, an ESR record for faults, the
 * terminator (already zero). */
static void a64_put_records(CPUARMState *env, A64SigFrame *fr, int sig)
{
    A64FpsimdContext fp;
    size_t off = 0;

    memset(&fp, 0, sizeof(fp));
    fp.head.magic = A64_FPSIMD_MAGIC;
    fp.head.size = sizeof(fp);
    fp.fpsr = env->fpsr;
    fp.fpcr = env->fpcr;
    memcpy(fp.vregs, env->v, sizeof(fp.vregs));
    memcpy(fr->reserved + off, &fp, sizeof(fp));
    off += sizeof(fp);

    if (sig == SIGSEGV || sig == SIGBUS) {
        int32_t code;
        A64EsrContext esr = {{A64_ESR_MAGIC, sizeof(A64EsrContext)}, 0};

        memcpy(&code, fr->info + A64_SI_CODE, sizeof(code));
        if (code > 0) { /* a fault, not kill() or sigqueue() */
            esr.esr =
                a64_fault_esr(sig, code, fr->fault_address, env->common.pc);
            memcpy(fr->reserved + off, &esr, sizeof(esr));
        }
    }
}

void a64_setup_sigframe(CPUCommon *cpu, void *frame, uint64_t frame_addr,
                        const GuestSigFrame *f)
{
    CPUARMState *env = a64_env(cpu);
    A64SigFrame *fr = frame;
    int32_t code;

    memset(fr, 0, sizeof(*fr));
    memcpy(fr->info, f->info, sizeof(fr->info));
    fr->ss_sp = f->ss_sp;
    fr->ss_flags = f->ss_flags;
    fr->ss_size = f->ss_size;
    fr->sigmask = f->mask;

    memcpy(&code, fr->info + A64_SI_CODE, sizeof(code));
    if ((f->sig == SIGSEGV || f->sig == SIGBUS) && code > 0) {
        fr->fault_address = load64(fr->info + A64_SI_ADDR);
    }
    memcpy(fr->regs, env->x, sizeof(fr->regs));
    fr->sp = env->x[31];
    fr->pc = cpu->pc;
    fr->pstate = a64_nzcv_get(env); /* EL0t: the mode bits are 0 */
    a64_put_records(env, fr, f->sig);
    fr->fr_fp = env->x[A64_FP];
    fr->fr_lr = env->x[A64_LR];

    env->x[0] = (uint64_t)f->sig;
    env->x[1] = frame_addr + offsetof(A64SigFrame, info);
    env->x[2] = frame_addr + offsetof(A64SigFrame, uc_flags);
    env->x[A64_FP] = frame_addr + offsetof(A64SigFrame, fr_fp);
    env->x[A64_LR] = f->restorer;
    env->x[31] = frame_addr;
    env->excl_addr = UINT64_MAX; /* exception entry clears the monitor */
    cpu->pc = f->handler;
}

/* Walk the records in __reserved for the FP/SIMD one, as the kernel's
 * parse_user_sigframe does; records it does not know are skipped. */
static const uint8_t *a64_find_fpsimd(const A64SigFrame *fr)
{
    size_t off = 0;

    while (off + sizeof(A64CtxHead) <= A64_RESERVED_SIZE) {
        A64CtxHead h;

        memcpy(&h, fr->reserved + off, sizeof(h));
        if (h.magic == 0 || h.size < sizeof(h) || (h.size & 15) ||
            h.size > A64_RESERVED_SIZE - off) {
            return NULL;
        }
        if (h.magic == A64_FPSIMD_MAGIC && h.size == sizeof(A64FpsimdContext)) {
            return fr->reserved + off;
        }
        off += h.size;
    }
    return NULL;
}

void a64_restore_sigframe(CPUCommon *cpu, const void *frame, GuestSigFrame *f)
{
    CPUARMState *env = a64_env(cpu);
    const A64SigFrame *fr = frame;
    const uint8_t *rec;

    memcpy(env->x, fr->regs, sizeof(fr->regs));
    env->x[31] = fr->sp;
    cpu->pc = fr->pc;
    a64_nzcv_set(env, (uint32_t)fr->pstate);
    rec = a64_find_fpsimd(fr);
    if (rec) {
        A64FpsimdContext fp;

        memcpy(&fp, rec, sizeof(fp));
        env->fpsr = fp.fpsr;
        env->fpcr = fp.fpcr;
        memcpy(env->v, fp.vregs, sizeof(env->v));
    }
    env->excl_addr = UINT64_MAX; /* a stxr after a handler must fail */
    f->mask = fr->sigmask;
    f->ss_sp = fr->ss_sp;
    f->ss_flags = fr->ss_flags;
    f->ss_size = fr->ss_size;
}

/* mov x8, #139 (rt_sigreturn); svc #0 */
const uint32_t a64_sigtramp[2] = {0xd2801168, 0xd4000001};
