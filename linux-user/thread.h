/*
 * Guest threads in user mode: one host thread per guest thread, each with
 * its own CPU state and TaskState.
 *
 * TaskState is what Linux keeps per task that the emulator must keep
 * itself: the guest's signal mask (the host thread's mask mirrors it, see
 * signal.c), signals caught by the host handler and not yet delivered, the
 * alternate signal stack, and the tid addresses of set_tid_address and
 * CLONE_CHILD_CLEARTID.
 */
#ifndef MIMIC_LINUX_USER_THREAD_H
#define MIMIC_LINUX_USER_THREAD_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "translator/cpu.h"

#define TARGET_NSIG 64

/* The guest's stack_t, as sigaltstack and uc_stack use it. */
typedef struct TargetStack {
    uint64_t sp;
    int32_t flags;
    uint64_t size;
} TargetStack;

typedef struct TaskState {
    CPUCommon *cpu;
    int tid;
    uint64_t sigmask;       /* the guest's blocked set */
    uint64_t saved_sigmask; /* the mask to restore after rt_sigsuspend */
    bool in_sigsuspend;
    /* Caught by the host handler, waiting for delivery (bit sig-1); the
     * handler writes them, so updates are atomic. */
    uint64_t pending;
    siginfo_t pending_info[TARGET_NSIG + 1];
    TargetStack altstack;
    uint64_t clear_child_tid; /* CLONE_CHILD_CLEARTID / set_tid_address */
    uint64_t robust_list, robust_len;
} TaskState;

/* The calling thread's state (NULL on threads that run no guest code). */
extern __thread TaskState *current_task;

/* Set up the TaskState of the initial thread. */
TaskState *thread_init_main(CPUCommon *cpu);

/* Start a guest thread for clone(CLONE_VM | CLONE_THREAD ...): returns its
 * tid or -errno. */
int thread_create(CPUCommon *parent, uint64_t flags, uint64_t newsp,
                  uint64_t parent_tid, uint64_t tls, uint64_t child_tid);

/* End the calling guest thread (exit). The last one ends the process. */
__attribute__((noreturn)) void thread_exit(int status);

/* Mark the robust futexes `ts` still holds as owner-dead and wake their
 * waiters, as the kernel does when a thread exits (also on exit_group). */
void thread_release_robust_list(TaskState *ts);

/* fork() with the emulator's locks in a known state in the child; returns
 * as fork() does. The child is left with one thread. */
pid_t thread_fork(void);

#endif
