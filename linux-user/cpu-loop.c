/*
 * The user-mode CPU loop: run guest code, then handle why it stopped, and
 * deliver the signals that arrived meanwhile.
 *
 * A syscall a signal interrupted (-MIMIC_ERESTARTSYS from safe_syscall, or
 * -EINTR from the kernel with a guest signal pending) is restarted the way
 * Linux restarts it: the pc stays on the syscall instruction, so it runs
 * again once the handler returns — unless the syscall is one Linux never
 * restarts, or a handler lacks SA_RESTART; then the guest sees EINTR.
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

static void handle_syscall(CPUCommon *cpu)
{
    const GuestArch *arch = cpu->arch;
    uint64_t args[6];
    for (int i = 0; i < 6; i++) {
        args[i] = arch->syscall_arg(cpu, i);
    }
    uint64_t nr = arch->syscall_nr(cpu);
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
            break;
        case EXCP_ILLEGAL:
            queue_guest_signal(cpu, SIGILL, ILL_ILLOPC, cpu->pc);
            break;
        case EXCP_BREAKPOINT:
            queue_guest_signal(cpu, SIGTRAP, TRAP_BRKPT, cpu->pc);
            break;
        case EXCP_SEGV:
            queue_guest_signal(cpu, SIGSEGV, cpu->fault_code, cpu->fault_addr);
            break;
        case EXCP_BUS:
            queue_guest_signal(cpu, SIGBUS, cpu->fault_code, cpu->fault_addr);
            break;
        case EXCP_FPE:
            queue_guest_signal(cpu, SIGFPE, FPE_INTDIV, cpu->pc);
            break;
        case EXCP_NONE:
        case EXCP_INTERRUPT:
            break;
        default:
            fprintf(stderr, "mimic: internal error: unknown exception %d\n",
                    excp);
            abort();
        }
        process_pending_signals(cpu);
    }
}
