/*
 * The per-guest ABI rows (see abi.h).
 */
#include "syscall/abi.h"

#include <elf.h>
#include <stddef.h>

SyscallFn sys_riscv_flush_icache;

/* riscv64: 244 + 15 = riscv_flush_icache; 258 riscv_hwprobe. */
static const SyscallDef riscv64_arch_table[] = {
    [14] = {"riscv_hwprobe", NULL, "pddpx"},
    [15] = {"riscv_flush_icache", sys_riscv_flush_icache, "xxx"},
};

/* arm64's asm/fcntl.h moves four bits (guest, host = x86-64); the same
 * bits carry pipe2's O_DIRECT and O_TMPFILE's O_DIRECTORY. */
static const FlagTrans aarch64_open_flags[] = {
    {040000, 0200000},  /* O_DIRECTORY */
    {0100000, 0400000}, /* O_NOFOLLOW */
    {0200000, 040000},  /* O_DIRECT */
    {0400000, 0100000}, /* O_LARGEFILE */
};

static const SyscallABI abi_table[] = {
    {
        .elf_machine = EM_RISCV,
        .arch_table = riscv64_arch_table,
        .arch_base = 244,
        .arch_count =
            sizeof(riscv64_arch_table) / sizeof(riscv64_arch_table[0]),
        .sa_restorer = false,
    },
    {
        /* arm64: no arch-specific calls in 244..259; struct sigaction has
         * sa_restorer (SA_RESTORER 0x04000000, as on x86-64). */
        .elf_machine = EM_AARCH64,
        .sa_restorer = true,
        .open_flags = aarch64_open_flags,
        .n_open_flags =
            sizeof(aarch64_open_flags) / sizeof(aarch64_open_flags[0]),
    },
};

static const SyscallABI abi_generic = {.sa_restorer = false};

const SyscallABI *syscall_abi = &abi_generic;

void syscall_abi_select(uint16_t elf_machine)
{
    for (size_t i = 0; i < sizeof(abi_table) / sizeof(abi_table[0]); i++) {
        if (abi_table[i].elf_machine == elf_machine) {
            syscall_abi = &abi_table[i];
            return;
        }
    }
}

static uint32_t flags_trans(uint32_t v, bool to_host)
{
    const SyscallABI *abi = syscall_abi;
    if (!abi->open_flags) {
        return v;
    }
    uint32_t out = v, mask = 0;
    for (unsigned i = 0; i < abi->n_open_flags; i++) {
        mask |= to_host ? abi->open_flags[i].guest : abi->open_flags[i].host;
    }
    out &= ~mask;
    for (unsigned i = 0; i < abi->n_open_flags; i++) {
        const FlagTrans *t = &abi->open_flags[i];
        if (v & (to_host ? t->guest : t->host)) {
            out |= to_host ? t->host : t->guest;
        }
    }
    return out;
}

uint32_t open_flags_to_host(uint32_t guest)
{
    return flags_trans(guest, true);
}

uint32_t open_flags_to_guest(uint32_t host)
{
    return flags_trans(host, false);
}
