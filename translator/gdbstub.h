/*
 * The gdb remote-protocol server (-g): what gdb-multiarch talks to with
 * `target remote`, as it talks to QEMU's gdbstub.
 *
 * All-stop: the thread that stops (breakpoint, step, signal, ^C) takes an
 * exclusive section (every other CPU outside generated code), answers gdb
 * until it resumes the target, then lets every CPU run again. Only the
 * process that opened the server serves it; a forked child runs on
 * without gdb (its inherited breakpoints are dropped on first hit).
 *
 * Breakpoints and single-step work through translation (tb.c,
 * translator_debug_check): guest memory is never patched.
 */
#ifndef MIMIC_GDBSTUB_H
#define MIMIC_GDBSTUB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cpu.h"

/* What the runtime provides (user mode: linux-user/main.c). */
typedef struct GdbTarget {
    /* Guest memory: 0 or -EFAULT. */
    int (*read_memory)(uint64_t addr, void *buf, size_t len);
    int (*write_memory)(uint64_t addr, const void *buf, size_t len);
    const void *auxv; /* the auxv the guest was started with */
    size_t auxv_len;
    const char *exec_file; /* the guest program, for qXfer:exec-file */
    /* The thread id gdb sees for cpu (the guest tid); 0 if not yet known. */
    int (*cpu_tid)(CPUCommon *cpu);
    /* The host path gdb's vFile:open of guest path `path` reads (user mode:
     * through the -L sysroot), in buf; NULL if none. */
    const char *(*host_path)(const char *path, char *buf, size_t size);
} GdbTarget;

/* -g SPEC: "PORT" (TCP on the loopback) or a unix socket path ("%d" in it
 * becomes the pid), optionally followed by ",suspend=n" (run at once; gdb
 * may attach later). Opens the listening socket; returns 0 or -errno. */
int gdbstub_init(const char *spec, const GdbTarget *target);

/* Before the first guest instruction: unless suspend=n, wait for gdb and
 * stop there until it resumes the target. */
void gdbstub_start(CPUCommon *cpu);

/* cpu returned EXCP_DEBUG (breakpoint or finished step), or finished a
 * syscall while stepping (after_syscall): report SIGTRAP and serve gdb
 * until it resumes — unless the step was for watchpoints and none
 * changed. Returns the host signal gdb asked to deliver (0 for none). */
int gdbstub_debug_stop(CPUCommon *cpu, bool after_syscall);

/* A guest signal is about to be raised on cpu: let gdb see it. Returns the
 * signal to deliver (0: gdb discarded it); sig itself without gdb. */
int gdbstub_handle_signal(CPUCommon *cpu, int sig);

/* cpu left generated code for an exit request: stop for gdb if it sent
 * ^C or has just attached. */
void gdbstub_poll(CPUCommon *cpu);

/* Is a gdb attached to this process? */
bool gdbstub_attached(void);

/* The process is exiting with `status` (W), or dying of `sig` (X). */
void gdbstub_exit(int status);
void gdbstub_signal_exit(int sig);

#endif
