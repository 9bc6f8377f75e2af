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

#include "cpu.h"
#include "guest.h"

void translator_init(const GuestArch *arch, size_t code_buffer_size);
CPUCommon *cpu_new(const GuestArch *arch);
/* Returns a CPUException. */
int cpu_exec(CPUCommon *cpu);
/* Leave generated code / a helper for the loop with exception `excp`. The
 * caller has made cpu->pc exact. */
__attribute__((noreturn)) void cpu_loop_exit(CPUCommon *cpu, int excp);
/* Generated code's slow path for a misaligned IR_MO_ALIGN access. */
__attribute__((noreturn)) void cpu_unaligned_access(CPUCommon *cpu,
                                                    uint64_t addr,
                                                    uintptr_t host_pc);
/* The CPU running on this thread, or NULL. */
extern __thread CPUCommon *current_cpu;

#endif
