/*
 * Per-guest syscall ABI differences, one row per ELF machine (abi.c).
 *
 * The asm-generic ABI is shared by riscv64 and aarch64; what differs is
 * collected here so a new guest is a new row, not new code paths:
 * the arch-specific syscall numbers (244..259), the sigaction layout
 * (sa_restorer or not), and the open() flag bits that moved.
 */
#ifndef MIMIC_SYSCALL_ABI_H
#define MIMIC_SYSCALL_ABI_H

#include <stdbool.h>
#include <stdint.h>

#include "syscall/syscall.h"

/* One bit (or field) whose value differs between guest and host. */
typedef struct FlagTrans {
    uint32_t guest, host;
} FlagTrans;

typedef struct SyscallABI {
    uint16_t elf_machine;
    const SyscallDef *arch_table; /* numbers arch_base .. arch_base+n-1 */
    unsigned arch_base, arch_count;
    bool sa_restorer; /* struct sigaction has sa_restorer before sa_mask */
    /* open flags that differ from x86-64's (NULL: identical). */
    const FlagTrans *open_flags;
    unsigned n_open_flags;
} SyscallABI;

extern const SyscallABI *syscall_abi;
void syscall_abi_select(uint16_t elf_machine);

uint32_t open_flags_to_host(uint32_t guest);
uint32_t open_flags_to_guest(uint32_t host);

#endif
