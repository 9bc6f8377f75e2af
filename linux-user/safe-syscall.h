/*
 * Blocking host syscalls that a guest signal can interrupt without a lost
 * wakeup.
 *
 * Guest signal handlers run only between guest instructions, so a signal
 * that arrives while a thread sits in a blocking host syscall must end that
 * syscall. The race to close: the signal arrives after the last check for
 * pending signals but before the kernel has entered the syscall — a plain
 * syscall() would then block with the signal stuck in our queue.
 *
 * safe_syscall() checks the thread's pending flag and enters the kernel in
 * one stretch of assembly (safe-syscall-x86_64.S). The host signal handler
 * (signal.c) rewinds a thread it interrupts inside that stretch, before the
 * syscall instruction, so it returns -MIMIC_ERESTARTSYS instead of blocking.
 * A signal that arrives once the kernel is inside the syscall makes the
 * kernel return -EINTR (our host handlers are installed without
 * SA_RESTART).
 *
 * Handlers return either code unchanged; do_syscall() turns both into a
 * restart or -EINTR once the guest handler has run, following the guest's
 * SA_RESTART and the syscall's restart rules, as the kernel does.
 *
 * Use it for every syscall that can block indefinitely: read/write on
 * pipes, sockets and terminals, wait4, futex waits, accept/connect/recv/
 * send, poll/select/epoll waits, sleeps, flock/F_SETLKW, sigsuspend.
 */
#ifndef MIMIC_LINUX_USER_SAFE_SYSCALL_H
#define MIMIC_LINUX_USER_SAFE_SYSCALL_H

#include <stdint.h>

/* The kernel's ERESTARTSYS: never seen by the guest. */
#define MIMIC_ERESTARTSYS 512

/* The host syscall `nr` with up to six arguments: its result or -errno,
 * or -MIMIC_ERESTARTSYS if a guest signal was pending before it blocked. */
long safe_syscall(long nr, ...);

#define safe_syscall0(nr) safe_syscall(nr)

#endif
