/*
 * User-mode runtime state shared by main, the cpu loop and syscalls.
 */
#ifndef MIMIC_LINUX_USER_USER_H
#define MIMIC_LINUX_USER_USER_H

#include <stdbool.h>
#include <stdint.h>

#include "loader/loader.h"
#include "translator/cpu.h"

/* What the command line and environment chose. */
#define USER_DEFAULT_STACK_SIZE (8ull << 20)

typedef struct UserOptions {
    const char *ld_prefix; /* -L */
    const char *cpu_model; /* -cpu */
    const char *argv0;     /* -0 */
    uint64_t stack_size;   /* -s */
    bool one_insn_per_tb;  /* -one-insn-per-tb / -singlestep */
    bool preserve_argv0;   /* -preserve-argv0: binfmt_misc's P layout */
} UserOptions;

extern UserOptions user_opts;
extern ImageInfo user_image;  /* the loaded program */
extern const char *user_exe;  /* its path, for /proc/self/exe */
extern const char *prog_name; /* "mimic-riscv64", prefix of every error */

/* Run the guest until it exits; never returns. */
__attribute__((noreturn)) void cpu_loop(CPUCommon *cpu);

#endif
