/*
 * The user-mode CPU loop: run guest code, then handle why it stopped, and
 * deliver the signals that arrived meanwhile.
 *
 * A syscall a signal interrupted (-MIMIC_ERESTARTSYS from safe_syscall, or
 * -EINTR from the kernel with a guest signal pending) is restarted the way
 * Linux restarts it: the pc stays on the syscall instruction, so it runs
 * again once the handler returns — unless the syscall is one Linux never
 * restarts, or a handler lacks SA_RESTART; then the guest sees EINTR.
 *
 * With gdb attached (-g), breakpoints and finished single-steps
 * (EXCP_DEBUG), synchronous guest signals and the process exit are
 * reported to it here.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "linux-user/safe-syscall.h"
#include "linux-user/signal.h"
#include "linux-user/user.h"
#include "syscall/syscall.h"
#include "translator/exec.h"
#include "translator/gdbstub.h"
#include "translator/tb.h"

/* ---- gdb ---------------------------------------------------------------- */

static void count_cpu(CPUCommon *cpu, void *opaque)
{
    (*(int *)opaque)++;
}

/* Tell gdb the process exits, if syscall nr ends it. */
static void gdb_check_exit(uint64_t nr, const uint64_t *args)
{
    const SyscallDef *d = syscall_lookup(nr);
    int n = 0;

    if (!d || (d->fn != sys_exit_group && d->fn != sys_exit)) {
        return;
    }
    if (d->fn == sys_exit) {
        tb_for_each_cpu(count_cpu, &n);
        if (n > 1) {
            return;
        }
    }
    gdbstub_exit((int)args[0]);
}

/* Will the guest die of synchronous signal sig? (No handler, or blocked:
 * Linux then forces the default action.) */
static bool sync_signal_kills(int sig)
{
    TargetSigaction act;
    if ((sig != SIGSEGV && sig != SIGBUS && sig != SIGILL && sig != SIGFPE &&
         sig != SIGTRAP) ||
        target_sigaction(sig, NULL, &act) < 0) {
        return false; /* gdb passed another signal: not forced */
    }
    return act.handler == TARGET_SIG_DFL || act.handler == TARGET_SIG_IGN ||
           (current_task && (current_task->sigmask >> (sig - 1) & 1));
}

/* A synchronous guest signal: gdb sees it first and may discard it (c) or
 * pass it on (C); one that kills the guest is reported as its exit. */
static void raise_guest_signal(CPUCommon *cpu, int sig, int code,
                               uint64_t addr)
{
    if (gdbstub_attached()) {
        sig = gdbstub_handle_signal(cpu, sig);
        if (!sig) {
            return;
        }
        if (sync_signal_kills(sig)) {
            gdbstub_signal_exit(sig);
        }
    }
    queue_guest_signal(cpu, sig, code, addr);
}

/* A breakpoint or a finished single-step. */
static void debug_stop(CPUCommon *cpu, bool after_syscall)
{
    int sig = gdbstub_debug_stop(cpu, after_syscall);
    if (sig) {
        queue_guest_signal(cpu, sig, SI_USER, 0);
    }
}

/* ---- the loop ----------------------------------------------------------- */

static void handle_syscall(CPUCommon *cpu)
{
    const GuestArch *arch = cpu->arch;
    uint64_t args[6];
    for (int i = 0; i < 6; i++) {
        args[i] = arch->syscall_arg(cpu, i);
    }
    uint64_t nr = arch->syscall_nr(cpu);
    if (gdbstub_attached()) {
        gdb_check_exit(nr, args);
    }
    int64_t ret = do_syscall(cpu, nr, args);
    if (ret == -MIMIC_ESIGRETURN) {
        return; /* rt_sigreturn loaded every register */
    }
    if (ret == -MIMIC_ERESTARTSYS || (ret == -EINTR && signal_pending)) {
        if (syscall_restartable(nr) &&
            (ret == -MIMIC_ERESTARTSYS || signal_restart_ok())) {
            return;
        }
        ret = -EINTR;
    }
    arch->syscall_ret(cpu, (uint64_t)ret);
}

void cpu_loop(CPUCommon *cpu)
{
    for (;;) {
        int excp = cpu_exec(cpu);
        switch (excp) {
        case EXCP_SYSCALL:
            handle_syscall(cpu);
            if (cpu->singlestep) {
                debug_stop(cpu, true); /* stepped over the syscall */
            }
            break;
        case EXCP_ILLEGAL:
            raise_guest_signal(cpu, SIGILL, ILL_ILLOPC, cpu->pc);
            break;
        case EXCP_BREAKPOINT:
            raise_guest_signal(cpu, SIGTRAP, TRAP_BRKPT, cpu->pc);
            break;
        case EXCP_SEGV:
            raise_guest_signal(cpu, SIGSEGV, cpu->fault_code, cpu->fault_addr);
            break;
        case EXCP_BUS:
            raise_guest_signal(cpu, SIGBUS, cpu->fault_code, cpu->fault_addr);
            break;
        case EXCP_FPE:
            raise_guest_signal(cpu, SIGFPE, FPE_INTDIV, cpu->pc);
            break;
        case EXCP_DEBUG:
            debug_stop(cpu, false);
            break;
        case EXCP_INTERRUPT:
            gdbstub_poll(cpu);
            break;
        case EXCP_NONE:
            break;
        default:
            fprintf(stderr, "mimic: internal error: unknown exception %d\n",
                    excp);
            abort();
        }
        process_pending_signals(cpu);
    }
}
