/*
 * The aarch64 GuestArch: the user-mode ABI (Linux arm64: syscall number in
 * x8, arguments x0..x5, result in x0, TLS in TPIDR_EL0) and the hooks the
 * core and linux-user call.
 */
#include <stdio.h>

#include <capstone/capstone.h>

#include "frontends/aarch64/cpu.h"
#include "frontends/aarch64/translate.h"
#include "frontends/aarch64/user.h"

static uint64_t a64_syscall_nr(CPUCommon *cpu)
{
    return a64_env(cpu)->x[8];
}

static uint64_t a64_syscall_arg(CPUCommon *cpu, int i)
{
    return a64_env(cpu)->x[i];
}

/* The loop stops with pc at the svc; the kernel resumes after it. */
static void a64_syscall_ret(CPUCommon *cpu, uint64_t ret)
{
    a64_env(cpu)->x[0] = ret;
    cpu->pc += 4;
}

static void a64_init_user(CPUCommon *cpu, uint64_t entry, uint64_t sp)
{
    a64_cpu_reset(cpu);
    cpu->pc = entry;
    a64_env(cpu)->x[31] = sp;
}

static void a64_set_tls(CPUCommon *cpu, uint64_t tls)
{
    a64_env(cpu)->tpidr_el0 = tls;
}

static uint64_t a64_get_sp(CPUCommon *cpu)
{
    return a64_env(cpu)->x[31];
}

static void a64_set_sp(CPUCommon *cpu, uint64_t sp)
{
    a64_env(cpu)->x[31] = sp;
}

static uint64_t a64_hwcap(void)
{
    return A64_HWCAP;
}

/* Linux's names for the AT_HWCAP bits, by bit (arch/arm64 cpuinfo.c
 * hwcap_str), as /proc/cpuinfo's Features line spells them. */
static const char *const a64_hwcap_names[32] = {
    "fp",     "asimd",   "evtstrm",  "aes",     "pmull", "sha1",     "sha2",
    "crc32",  "atomics", "fphp",     "asimdhp", "cpuid", "asimdrdm", "jscvt",
    "fcma",   "lrcpc",   "dcpop",    "sha3",    "sm3",   "sm4",      "asimddp",
    "sha512", "sve",     "asimdfhm", "dit",     "uscat", "ilrcpc",   "flagm",
    "ssbs",   "sb",      "paca",     "pacg",
};

/* /proc/cpuinfo as Linux's arm64 c_show() prints one CPU: the Features
 * line names exactly the HWCAP bits mimic advertises. */
static int a64_cpuinfo(char *buf, size_t size, unsigned n)
{
    char features[256];
    size_t len = 0;

    features[0] = 0;
    for (int bit = 0; bit < 32; bit++) {
        if ((A64_HWCAP >> bit & 1) && len < sizeof(features)) {
            len +=
                (size_t)snprintf(features + len, sizeof(features) - len, "%s%s",
                                 len ? " " : "", a64_hwcap_names[bit]);
        }
    }
    return snprintf(buf, size,
                    "processor\t: %u\n"
                    "BogoMIPS\t: 50.00\n"
                    "Features\t: %s\n"
                    "CPU implementer\t: 0x00\n"
                    "CPU architecture: 8\n"
                    "CPU variant\t: 0x0\n"
                    "CPU part\t: 0x000\n"
                    "CPU revision\t: 0\n"
                    "\n",
                    n, features);
}

/* gdb.c: registers for the gdbstub. */
const char *a64_gdb_xml(const char *annex);
int a64_gdb_read_reg(CPUCommon *cpu, uint8_t *buf, int n);
int a64_gdb_write_reg(CPUCommon *cpu, const uint8_t *buf, int n);

const GuestArch aarch64_arch = {
    .name = "aarch64",
    .elf_machine = 183, /* EM_AARCH64 */
    .cpu_size = sizeof(CPUARMState),
    .va_bits = 48,
    .cs_arch = CS_ARCH_ARM64,
    .cs_mode = CS_MODE_ARM,
    .init_globals = a64_init_globals,
    .cpu_reset = a64_cpu_reset,
    .translate = a64_translate,
    .dump_state = a64_dump_state,
    .cpu_select = a64_cpu_select,
    .syscall_nr = a64_syscall_nr,
    .syscall_arg = a64_syscall_arg,
    .syscall_ret = a64_syscall_ret,
    .init_user = a64_init_user,
    .set_tls = a64_set_tls,
    .hwcap = a64_hwcap,
    .get_sp = a64_get_sp,
    .set_sp = a64_set_sp,
    .sigframe_size = A64_SIGFRAME_SIZE,
    .setup_sigframe = a64_setup_sigframe,
    .restore_sigframe = a64_restore_sigframe,
    .sigtramp = a64_sigtramp,
    .sigtramp_size = sizeof(a64_sigtramp),
    .minsigstksz = 5120,
    .at_minsigstksz = 4720, /* the frame without SVE, as Linux computes it */
    .has_hwcap2 = true,
    .platform = "aarch64",
    .uname_machine = "aarch64",
    .default_sysroot = "/usr/aarch64-linux-gnu",
    .cpuinfo = a64_cpuinfo,
    .gdb_xml = a64_gdb_xml,
    .gdb_num_regs = 68,
    .gdb_read_reg = a64_gdb_read_reg,
    .gdb_write_reg = a64_gdb_write_reg,
};

const GuestArch *guest_arch = &aarch64_arch;
