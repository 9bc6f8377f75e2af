/*
 * Guest syscalls: dispatch by the asm-generic number (syscall-table.def)
 * plus per-ABI rows for the arch-specific range (abi.c).
 *
 * Every handler has the same shape: it gets the six raw argument registers
 * and returns a value or -errno (guest errno values equal the host's for
 * the asm-generic ABIs). Handlers check every guest pointer (lock_user,
 * copy_from_user ... in linux-user/mmap.h) before touching it.
 */
#ifndef MIMIC_SYSCALL_H
#define MIMIC_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>

#include "translator/cpu.h"

typedef int64_t SyscallFn(CPUCommon *cpu, const uint64_t *a);

typedef struct SyscallDef {
    const char *name;
    SyscallFn *fn;    /* NULL: not implemented (-ENOSYS) */
    const char *args; /* -strace format, see syscall-table.def */
} SyscallDef;

#define SYSCALL(nr, name, handler, args) SyscallFn sys_##name;
#include "syscall/syscall-table.def"
#undef SYSCALL

void syscall_init(void);
int64_t do_syscall(CPUCommon *cpu, uint64_t nr, const uint64_t *args);
/* May nr be restarted after a signal handler with SA_RESTART? (Linux
 * never restarts waits with timeouts and the signal-mask waits.) */
bool syscall_restartable(uint64_t nr);
/* The entry for nr (generic table, then the ABI's own), or NULL. */
const SyscallDef *syscall_lookup(uint64_t nr);

#endif
