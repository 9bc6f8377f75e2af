/*
 * Signals in user mode: the host fault handler (guest faults, self-modifying
 * code) and guest signal state. Guest signal numbers are the asm-generic
 * ones, equal to x86-64's, so no translation table is needed for them.
 *
 * Delivery to guest handlers is not implemented yet: a signal whose action
 * is fatal kills the emulator with the same signal; one with a guest
 * handler is logged under -d unimp and dropped.
 */
#ifndef MIMIC_LINUX_USER_SIGNAL_H
#define MIMIC_LINUX_USER_SIGNAL_H

#include <stdint.h>

#include "translator/cpu.h"

#define TARGET_NSIG 64

/* The guest's view of one sigaction (layout conversion is in syscall/). */
typedef struct TargetSigaction {
    uint64_t handler; /* 0 = SIG_DFL, 1 = SIG_IGN */
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
} TargetSigaction;

/* Set by the host handler when a guest signal waits for delivery; checked
 * by safe_syscall() right before it enters the kernel. */
extern __thread volatile int signal_pending;

/* Install the host handlers; call once per thread for the altstack. */
void signal_init(void);
void signal_init_thread(void);

/* Die of guest signal `sig` the way Linux would, after the one-line
 * "uncaught target signal" message for core-dumping signals. */
__attribute__((noreturn)) void force_sig_fatal(int sig);

/* A guest signal raised synchronously (fault, ebreak) at cpu->pc. */
void queue_guest_signal(CPUCommon *cpu, int sig, int code, uint64_t addr);

/* kill()/tgkill() aimed at ourselves: act per the guest disposition. */
int signal_send_self(int sig);

int target_sigaction(int sig, const TargetSigaction *act, TargetSigaction *old);
int target_sigprocmask(int how, const uint64_t *set, uint64_t *old);

#endif
