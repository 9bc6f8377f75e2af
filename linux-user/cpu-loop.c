/*
 * The user-mode CPU loop: run guest code, then handle why it stopped.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

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
    int64_t ret = do_syscall(cpu, arch->syscall_nr(cpu), args);
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
            queue_guest_signal(cpu, SIGBUS, BUS_ADRALN, cpu->fault_addr);
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
    }
}
