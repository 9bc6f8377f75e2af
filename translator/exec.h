/*
 * The execution loop.
 *
 * cpu_exec() runs guest code until something needs the outside world: a
 * syscall, an exception, or an exit request. Helpers raise with
 * cpu_loop_exit(), which unwinds to cpu_exec through cpu->jmp_env; host
 * faults inside generated code come back the same way after the user-mode
 * signal handler restores state.
 */
#ifndef MIMIC_EXEC_H
#define MIMIC_EXEC_H

#include <signal.h>

#include "cpu.h"
#include "guest-mem.h"
#include "guest.h"

void translator_init(const GuestArch *arch, size_t code_buffer_size);
CPUCommon *cpu_new(const GuestArch *arch);
/* A new CPU for a new guest thread: a copy of src's guest state with fresh
 * loop state. */
CPUCommon *cpu_clone(const CPUCommon *src);
void cpu_free(CPUCommon *cpu);
/* Returns a CPUException. */
int cpu_exec(CPUCommon *cpu);
/* Leave generated code / a helper for the loop with exception `excp`. The
 * caller has made cpu->pc exact. */
__attribute__((noreturn)) void cpu_loop_exit(CPUCommon *cpu, int excp);
/* Generated code's slow path for a misaligned IR_MO_ALIGN access. */
__attribute__((noreturn)) void cpu_unaligned_access(CPUCommon *cpu,
                                                    uint64_t addr,
                                                    uintptr_t host_pc);
/* A helper's atomic access of `bytes` (a power of two) at guest addr:
 * misaligned raises SIGBUS (BUS_ADRALN), beyond the guest VA width SIGSEGV
 * (host memory is there, never the guest's). The caller has made cpu->pc
 * exact. */
static inline void cpu_check_atomic_addr(CPUCommon *cpu, uint64_t addr,
                                         uint64_t bytes)
{
    if (addr & (bytes - 1)) {
        cpu->fault_addr = addr;
        cpu->fault_code = BUS_ADRALN;
        cpu_loop_exit(cpu, EXCP_BUS);
    }
    if (guest_va_limit && addr >= guest_va_limit) {
        cpu->fault_addr = addr;
        cpu->fault_code = SEGV_MAPERR;
        cpu_loop_exit(cpu, EXCP_SEGV);
    }
}
/*
 * Exclusive sections: start_exclusive() returns once every other CPU is
 * outside cpu_exec (in a syscall, or waiting at its entry), so the caller
 * may rewrite what generated code and lookups read (a full code-buffer
 * flush). CPUs inside generated code are kicked out through exit_request.
 * The caller must itself be outside cpu_exec (cpu_exec_end first).
 */
void start_exclusive(void);
void end_exclusive(void);
void cpu_exec_start(CPUCommon *cpu);
void cpu_exec_end(CPUCommon *cpu);

/* Around fork(): take the translator's locks so the child inherits them
 * free, and forget in the child every CPU but `self`. */
void cpu_fork_prepare(void);
void cpu_fork_done(bool child, CPUCommon *self);

/* The CPU running on this thread, or NULL. */
extern __thread CPUCommon *current_cpu;

#endif
