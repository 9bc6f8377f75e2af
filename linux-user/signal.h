/*
 * Guest signals in user mode.
 *
 * The host is the guest's signal machinery as far as it can be:
 *  - host dispositions mirror the guest's (SIG_IGN stays ignored through
 *    execve, SIG_DFL kills or stops the process as on hardware); signals the
 *    guest handles get host_signal_handler, as do the core-dumping ones, for
 *    the "uncaught target signal" line;
 *  - each host thread's mask mirrors its guest thread's, so blocked signals
 *    stay pending in the kernel, where sigpending, sigtimedwait and signalfd
 *    find them, and the kernel picks the thread for a process signal;
 *  - guest signal numbers are the asm-generic ones, equal to x86-64's.
 * The host handler only records the signal, blocks every signal until the
 * guest handler has been entered, asks the CPU to leave generated code,
 * and rewinds a thread caught just before a blocking syscall (see
 * safe-syscall.h). The CPU loop then delivers: it builds the architecture's
 * signal frame (GuestArch.setup_sigframe) and points the guest at its
 * handler; rt_sigreturn undoes it.
 *
 * SIGSEGV and SIGBUS raised by the kernel are faults: in generated code (or
 * a helper touching guest memory) they become the guest's, after a write
 * to a page write-protected for self-modifying code is let through; any
 * other host fault is an emulator bug.
 */
#ifndef MIMIC_LINUX_USER_SIGNAL_H
#define MIMIC_LINUX_USER_SIGNAL_H

#include <stdint.h>

#include "linux-user/thread.h"
#include "translator/cpu.h"

/* Syscall results only the emulator sees (with MIMIC_ERESTARTSYS in
 * safe-syscall.h): rt_sigreturn restored every register, leave them. */
#define MIMIC_ESIGRETURN 513

/* The guest's view of one sigaction (layout conversion is in syscall/). */
typedef struct TargetSigaction {
    uint64_t handler; /* 0 = SIG_DFL, 1 = SIG_IGN */
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
} TargetSigaction;

#define TARGET_SIG_DFL 0
#define TARGET_SIG_IGN 1

/* Set by the host handler when a guest signal waits for delivery; checked
 * by safe_syscall() right before it enters the kernel. */
extern __thread volatile int signal_pending;

/* Install the host handlers; signal_init_thread once per new thread. */
void signal_init(void);
void signal_init_thread(void);
/* Map the rt_sigreturn trampoline page (after the program is loaded). */
void signal_init_trampoline(void);

/* Die of guest signal `sig` the way Linux would, after the one-line
 * "uncaught target signal" message for core-dumping signals. */
__attribute__((noreturn)) void force_sig_fatal(int sig);

/* A guest signal raised synchronously (fault, ebreak) at cpu->pc. */
void queue_guest_signal(CPUCommon *cpu, int sig, int code, uint64_t addr);

/* Deliver what the host handler recorded (cpu loop, between guest insns). */
void process_pending_signals(CPUCommon *cpu);

/* Should a syscall interrupted by the pending signal(s) restart after
 * their handlers (SA_RESTART on every one that has a handler)? */
bool signal_restart_ok(void);

int target_sigaction(int sig, const TargetSigaction *act, TargetSigaction *old);
int target_sigprocmask(int how, const uint64_t *set, uint64_t *old);
/* Make the host thread's mask match current_task->sigmask. */
void signal_sync_host_mask(void);
int target_sigaltstack(const TargetStack *ss, TargetStack *old, uint64_t sp);
/* rt_sigreturn: restore the frame at the guest sp; 0 or -EFAULT. */
int target_sigreturn(CPUCommon *cpu);

#endif
