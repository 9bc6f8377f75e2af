/*
 * GuestArch: everything the core and linux-user need from a frontend.
 */
#ifndef MIMIC_GUEST_H
#define MIMIC_GUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu.h"
#include "ir.h"
#include "tb.h"

/* What a signal frame records besides the registers (user mode). */
typedef struct GuestSigFrame {
    int sig;
    const void *info; /* 128 bytes of guest siginfo */
    uint64_t handler, restorer;
    uint64_t mask;  /* uc_sigmask: the mask rt_sigreturn restores */
    uint64_t ss_sp; /* uc_stack */
    int32_t ss_flags;
    uint64_t ss_size;
} GuestSigFrame;

typedef struct GuestArch {
    const char *name;     /* "riscv64" */
    uint16_t elf_machine; /* EM_RISCV */
    size_t cpu_size;      /* sizeof the frontend's CPU state */
    unsigned va_bits;     /* user virtual address width */
    int cs_arch, cs_mode; /* capstone, for -d in_asm */
    /* Optional -d in_asm fallback when capstone cannot open cs_arch: write
     * the instruction at code (avail bytes readable, guest address pc) to
     * buf as "mnemonic  operands", the mnemonic padded to the operand
     * column; return its length in bytes, or 0 if it cannot be decoded. */
    int (*disas_insn)(uint64_t pc, const uint8_t *code, size_t avail, char *buf,
                      size_t bufsize);

    /* Register the frontend's globals in a fresh IRContext. */
    void (*init_globals)(IRContext *ctx);
    void (*cpu_reset)(CPUCommon *cpu);
    /* Decode guest code at tb->pc into ctx; set tb->size. */
    void (*translate)(IRContext *ctx, TranslationBlock *tb, CPUCommon *cpu);
    /* Print the CPU state for -d cpu / fatal errors. */
    void (*dump_state)(CPUCommon *cpu, void (*print)(const char *, ...));
    /* -cpu help: list the models; return false if `name` is unknown. */
    bool (*cpu_select)(const char *name);

    /* User-mode ABI. */
    uint64_t (*syscall_nr)(CPUCommon *cpu);
    uint64_t (*syscall_arg)(CPUCommon *cpu, int i);
    void (*syscall_ret)(CPUCommon *cpu, uint64_t ret); /* also steps pc */
    void (*init_user)(CPUCommon *cpu, uint64_t entry, uint64_t sp);
    void (*set_tls)(CPUCommon *cpu, uint64_t tls);
    uint64_t (*hwcap)(void);
    uint64_t (*get_sp)(CPUCommon *cpu);
    void (*set_sp)(CPUCommon *cpu, uint64_t sp);
    /* Signal frames: sigframe_size bytes at a 16-byte aligned guest
     * address. setup_sigframe fills `frame` (the host view of frame_addr)
     * from the CPU and f, then points the CPU at f->handler;
     * restore_sigframe reloads the registers from it and returns the rest
     * in f. */
    size_t sigframe_size;
    void (*setup_sigframe)(CPUCommon *cpu, void *frame, uint64_t frame_addr,
                           const GuestSigFrame *f);
    void (*restore_sigframe)(CPUCommon *cpu, const void *frame,
                             GuestSigFrame *f);
    /* Code of the rt_sigreturn trampoline handlers return to when the guest
     * gives no SA_RESTORER (Linux puts it in the vDSO). */
    const uint32_t *sigtramp;
    size_t sigtramp_size;
    uint32_t minsigstksz;    /* MINSIGSTKSZ: sigaltstack's lower bound */
    uint32_t at_minsigstksz; /* AT_MINSIGSTKSZ, or 0 for none */
    bool has_hwcap2;         /* the kernel passes AT_HWCAP2 (as 0) */
    const char *platform; /* AT_PLATFORM, or NULL */
    const char *uname_machine;
    /* The sysroot used when no -L is given, if it exists (Debian's cross
     * libc: /usr/<triple>), or NULL. */
    const char *default_sysroot;
    /* /proc/cpuinfo: write the block for CPU n (snprintf-style: returns the
     * length it needs, writes at most size bytes). */
    int (*cpuinfo)(char *buf, size_t size, unsigned n);

    /* gdb remote protocol (translator/gdbstub.c). gdb_xml returns the
     * target description file named `annex` ("target.xml" and the feature
     * files it includes), or NULL. Registers are numbered as in that XML;
     * gdb_read_reg writes register n in target byte order to buf and
     * returns its size in bytes (0: no such register); gdb_write_reg takes
     * the same bytes and returns the size it consumed (0: none). */
    const char *(*gdb_xml)(const char *annex);
    int gdb_num_regs;
    int (*gdb_read_reg)(CPUCommon *cpu, uint8_t *buf, int n);
    int (*gdb_write_reg)(CPUCommon *cpu, const uint8_t *buf, int n);
} GuestArch;

extern const GuestArch *guest_arch; /* the one this binary emulates */

/* Read guest code for the translator. Returns false if the bytes are not
 * mapped executable (the frontend then ends the TB, or raises EXCP_SEGV if
 * nothing was decoded yet). */
bool translator_fetch(uint64_t pc, unsigned size, uint32_t *out);

/* Debug checks for the frontends' decode loops, before decoding the
 * instruction at pc, the n-th of tb (n counts from 0):
 *  TRANSLATOR_DEBUG_END    end the TB before it (n > 0 and a breakpoint
 *                          is at pc, or tb single-steps, or -one-insn-per-tb)
 *  TRANSLATOR_DEBUG_BREAK  a gdb breakpoint at pc (n == 0): emit
 *                          EXCP_DEBUG at pc instead of the instruction
 *  TRANSLATOR_DEBUG_NONE   translate it. */
enum {
    TRANSLATOR_DEBUG_NONE,
    TRANSLATOR_DEBUG_END,
    TRANSLATOR_DEBUG_BREAK,
};
int translator_debug_check(const TranslationBlock *tb, uint64_t pc,
                           unsigned n);

/* Emit: pc = `pc`; exception_index = excp; exit to the loop. */
void ir_gen_exception(IRContext *ctx, int pc_global, uint64_t pc, int excp);

#endif
