/*
 * The riscv64 GuestArch: CPU reset, the user-mode ABI (Linux riscv64
 * psABI: syscall number in a7, arguments a0..a5, result in a0, TLS in tp)
 * and the hooks the core and linux-user call.
 */
#include <stdio.h>
#include <string.h>

#include <capstone/capstone.h>

#include "frontends/riscv64/cpu.h"
#include "frontends/riscv64/helpers.h"
#include "frontends/riscv64/translate.h"

/* disas.c: the -d in_asm fallback for capstone without RISC-V. */
int rv_disas_insn(uint64_t pc, const uint8_t *code, size_t avail, char *buf,
                  size_t bufsize);
/* gdb.c: registers for the gdbstub. */
const char *rv_gdb_xml(const char *annex);
int rv_gdb_read_reg(CPUCommon *cpu, uint8_t *buf, int n);
int rv_gdb_write_reg(CPUCommon *cpu, const uint8_t *buf, int n);

enum {
    RV_REG_SP = 2,
    RV_REG_TP = 4,
    RV_REG_A0 = 10,
    RV_REG_A7 = 17,
};

static void rv_cpu_reset(CPUCommon *cpu)
{
    CPURISCVState *env = rv_env(cpu);

    memset(env->x, 0, sizeof(env->x));
    memset(env->f, 0, sizeof(env->f));
    env->fflags = 0;
    env->frm = 0;
    env->load_res = UINT64_MAX;
    env->load_val = 0;
    env->insn_count = 0;
    cpu->pc = 0;
}

static void rv_dump_state(CPUCommon *cpu, void (*print)(const char *, ...))
{
    CPURISCVState *env = rv_env(cpu);

    print(" pc       %016llx\n", (unsigned long long)cpu->pc);
    for (int i = 0; i < 32; i++) {
        print(" x%-2d/%-4s %016llx%s", i, rv_reg_name(i),
              (unsigned long long)env->x[i], (i & 3) == 3 ? "\n" : "");
    }
    for (int i = 0; i < 32; i++) {
        print(" f%-2d      %016llx%s", i, (unsigned long long)env->f[i],
              (i & 3) == 3 ? "\n" : "");
    }
    print(" fflags %02llx frm %llx\n", (unsigned long long)env->fflags,
          (unsigned long long)env->frm);
}

static bool rv_cpu_select(const char *name)
{
    static const char *const models[] = {"rv64", "any", "max"};

    if (!strcmp(name, "help")) {
        printf("Available CPUs:\n");
        printf("  rv64   RV64GC + Zba Zbb Zbs (any, max: the same)\n");
        return true;
    }
    for (size_t i = 0; i < sizeof(models) / sizeof(models[0]); i++) {
        if (!strcmp(name, models[i])) {
            return true;
        }
    }
    return false;
}

static uint64_t rv_syscall_nr(CPUCommon *cpu)
{
    return rv_env(cpu)->x[RV_REG_A7];
}

static uint64_t rv_syscall_arg(CPUCommon *cpu, int i)
{
    return rv_env(cpu)->x[RV_REG_A0 + i];
}

/* ecall has no compressed form, so the next insn is always pc + 4. */
static void rv_syscall_ret(CPUCommon *cpu, uint64_t ret)
{
    rv_env(cpu)->x[RV_REG_A0] = ret;
    cpu->pc += 4;
}

static void rv_init_user(CPUCommon *cpu, uint64_t entry, uint64_t sp)
{
    rv_cpu_reset(cpu);
    cpu->pc = entry;
    rv_env(cpu)->x[RV_REG_SP] = sp;
}

static void rv_set_tls(CPUCommon *cpu, uint64_t tls)
{
    rv_env(cpu)->x[RV_REG_TP] = tls;
}

static uint64_t rv_get_sp(CPUCommon *cpu)
{
    return rv_env(cpu)->x[RV_REG_SP];
}

static void rv_set_sp(CPUCommon *cpu, uint64_t sp)
{
    rv_env(cpu)->x[RV_REG_SP] = sp;
}

/* AT_HWCAP: one bit per single-letter extension, bit ('x' - 'a'). */
static uint64_t rv_hwcap(void)
{
    static const char letters[] = "imafdc";
    uint64_t caps = 0;

    for (const char *p = letters; *p; p++) {
        caps |= 1ull << (*p - 'a');
    }
    return caps;
}

/* /proc/cpuinfo, as Linux's riscv c_show() prints one hart. The ISA string
 * lists what the translator implements (see rv_cpu_select). */
static int rv_cpuinfo(char *buf, size_t size, unsigned n)
{
    return snprintf(buf, size,
                    "processor\t: %u\n"
                    "hart\t\t: %u\n"
                    "isa\t\t: rv64imafdc_zicntr_zicsr_zifencei_zba_zbb_zbs\n"
                    "mmu\t\t: sv39\n"
                    "uarch\t\t: mimic,rv64\n"
                    "mvendorid\t: 0x0\n"
                    "marchid\t\t: 0x0\n"
                    "mimpid\t\t: 0x0\n"
                    "hart isa\t: rv64imafdc_zicntr_zicsr_zifencei_zba_zbb_zbs\n"
                    "\n",
                    n, n);
}

const GuestArch riscv64_arch = {
    .name = "riscv64",
    .elf_machine = 243, /* EM_RISCV */
    .cpu_size = sizeof(CPURISCVState),
    .va_bits = 39,
#if CS_API_MAJOR >= 5
    .cs_arch = CS_ARCH_RISCV,
    .cs_mode = CS_MODE_RISCV64 | CS_MODE_RISCVC,
#else
    /* capstone 4 has no RISC-V: cs_open fails and disas.c is used. */
    .cs_arch = CS_ARCH_MAX,
    .cs_mode = 0,
#endif
    .disas_insn = rv_disas_insn,
    .init_globals = rv_init_globals,
    .cpu_reset = rv_cpu_reset,
    .translate = rv_translate,
    .dump_state = rv_dump_state,
    .cpu_select = rv_cpu_select,
    .syscall_nr = rv_syscall_nr,
    .syscall_arg = rv_syscall_arg,
    .syscall_ret = rv_syscall_ret,
    .init_user = rv_init_user,
    .set_tls = rv_set_tls,
    .hwcap = rv_hwcap,
    .get_sp = rv_get_sp,
    .set_sp = rv_set_sp,
    .sigframe_size = RV_SIGFRAME_SIZE,
    .setup_sigframe = rv_setup_sigframe,
    .restore_sigframe = rv_restore_sigframe,
    .sigtramp = rv_sigtramp,
    .sigtramp_size = sizeof(rv_sigtramp),
    .minsigstksz = 2048,
    .platform = NULL,
    .uname_machine = "riscv64",
    .default_sysroot = "/usr/riscv64-linux-gnu",
    .cpuinfo = rv_cpuinfo,
    .gdb_xml = rv_gdb_xml,
    .gdb_num_regs = 68,
    .gdb_read_reg = rv_gdb_read_reg,
    .gdb_write_reg = rv_gdb_write_reg,
};

const GuestArch *guest_arch = &riscv64_arch;
